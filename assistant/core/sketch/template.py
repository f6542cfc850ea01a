"""A new sketch: the metadata block and every section with its guiding questions as comments.

Which questions go in which section is the rubric's answer (each criterion's `sections`), the
same the interview and the coach take."""

from __future__ import annotations

from .editing import metadata_block
from .model import Language, Metadata, Organisation
from .orgs import infer_kind, kind_from_text, normalise_orgnr
from .rubric import Rubric
from .sections import section_specs

_TITLE = {Language.NB: "Tittel på skissen", Language.NN: "Tittel på skissa", Language.EN: "Title of the sketch"}
_APPLICANT = {Language.NB: "Navn på søker", Language.NN: "Namn på søkjar", Language.EN: "Name of applicant"}


def one_line(text: str | None) -> str | None:
    """A title or a name as one line: line breaks, tabs and other control characters become single
    spaces (a title with «\n---\n## Budsjett» would otherwise end the metadata block early and
    add a section of its own)."""
    if text is None:
        return None
    return " ".join("".join(" " if (ord(ch) < 32 or ch in "\x7f\x85\u2028\u2029") else ch for ch in text).split())


def metadata_reads_back(text: str, *, title: str | None, applicant: str | None) -> bool:
    """Whether the reader gives back, with no note on the metadata, the title and applicant name
    `text` was written with (None: not checked)."""
    from .document import parse_sketch

    sketch = parse_sketch(text)
    back = sketch.meta
    return (
        not any(note.code.startswith("metadata") for note in sketch.notes)
        and (title is None or back.title == title)
        and (applicant is None or (back.applicant is not None and back.applicant.name == applicant))
    )


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
    name = one_line(applicant) or _APPLICANT[lang]
    title = one_line(title)
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
