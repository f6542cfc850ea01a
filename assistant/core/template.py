"""A new sketch: the metadata block and every section with its guiding questions as comments.

Which questions go in which section is the rubric's answer (each criterion's `sections`), the
same the interview and the coach take."""

from __future__ import annotations

from .document import metadata_block
from .model import Language, Metadata, Organisation
from .orgs import infer_kind, kind_from_text, normalise_orgnr
from .rubric import Rubric
from .sections import section_specs

_TITLE = {Language.NB: "Tittel på skissen", Language.NN: "Tittel på skissa", Language.EN: "Title of the sketch"}
_APPLICANT = {Language.NB: "Navn på søker", Language.NN: "Namn på søkjar", Language.EN: "Name of applicant"}


def template_sketch(
    *,
    title: str | None,
    applicant: str | None,
    orgnr: str | None,
    kind: str | None,
    lang: Language,
    rubric: Rubric,
) -> str:
    """The Markdown of a new, empty sketch."""
    name = applicant or _APPLICANT[lang]
    org = Organisation(
        name=name,
        orgnr=normalise_orgnr(orgnr),
        kind=kind_from_text(kind) or infer_kind(name),
    )
    meta = Metadata(title=title or _TITLE[lang], applicant=org, language=lang, rubric=rubric.id)
    parts = [metadata_block(meta), "", f"# {meta.title}", ""]
    for spec in section_specs():
        parts.append(f"## {spec.title.get(lang)}")
        parts.append("")
        # The call's guide to the section, and the questions of the criteria asked there.
        lines = [rubric.section_guide(spec.id, lang), *rubric.questions_for(spec.id, lang)]
        parts.append("<!--")
        parts.extend(f"  {line}" for line in dict.fromkeys(lines))
        parts.append("-->")
        parts.append("")
    return "\n".join(parts)
