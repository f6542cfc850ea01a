"""The metadata block a sketch may start with (YAML between «---» lines): read safely (no
aliases, nesting and length capped), each problem a localised note with line and column, the
applicant, partners, language and rubric taken from it. The parser (`document`) calls it."""

from __future__ import annotations

from typing import Any

import yaml

from .model import Language, Metadata, Organisation, OrgKind, ParseNote, Partner
from .orgs import kind_from_text, normalise_orgnr, unit_kind

MAX_METADATA_LINES = 400

_META_ALIASES = {
    "tittel": "title",
    "søker": "applicant",
    "søkar": "applicant",
    "partnere": "partners",
    "partnarar": "partners",
    "samarbeidspartnere": "partners",
    "språk": "language",
    "mål": "language",
    "lang": "language",
    "rubrikk": "rubric",
    "kriterier": "rubric",
}


class _MetadataLoader(yaml.SafeLoader):
    """Safe YAML without aliases: a metadata block needs none, and aliases can build cycles and bombs."""

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, _ALIASES, event.start_mark)
        return super().compose_node(parent, index)


# libyaml, when PyYAML was built with it (its wheels are): some ten times faster than the
# Python loader on a metadata block. It is the more lenient of the two (a tab after a colon is
# taken as a space) and words some errors differently; what both read, they read alike (tested).
_C_LOADER = getattr(yaml, "CSafeLoader", None)
# A metadata block needs three levels (partners: - name: …); past this it is not metadata. The
# cap is counted on the event stream, before anything is built: libyaml's builder recurses in C
# with no limit of its own in older releases (a crash, not an error), and Python's recursion
# limit must not decide what a block means.
MAX_METADATA_DEPTH = 100


_KNOWN_KINDS = ", ".join(k.value for k in OrgKind if k is not OrgKind.UKJENT)
_ALIASES = "aliases (*name) are not allowed in the metadata block"  # PyYAML's words for our refusal


class _TooDeep(Exception):
    """The metadata block nests deeper than MAX_METADATA_DEPTH."""


def _load_metadata(raw: str) -> Any:
    """The metadata block as YAML: safe, without aliases, at most MAX_METADATA_DEPTH deep."""
    loader = _C_LOADER
    if loader is not None:
        try:
            raw.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: libyaml reads UTF-8 only
            loader = None
    loader = loader or _MetadataLoader
    depth = 0
    for event in yaml.parse(raw, Loader=loader):
        if isinstance(event, yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, _ALIASES, event.start_mark)
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_METADATA_DEPTH:
                raise _TooDeep
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return yaml.load(raw, Loader=loader)


def _yaml_problem(exc: yaml.YAMLError, raw: str) -> str:
    """The problem as a line of text; libyaml leaves out the character it stopped at."""
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    mark = getattr(exc, "problem_mark", None)
    if problem.startswith("found character that") and mark is not None and 0 <= mark.index < len(raw):
        problem = problem.replace("found character", f"found character {raw[mark.index]!r}", 1)
    return problem


# What PyYAML (either loader) says, as the one thing a writer must fix, said in plain words.
# The first match wins; each names a `parse.metadata_yaml_*` key (assistant/locale/parse.toml).
_YAML_KINDS = (
    ("tab", ("tab character", "'\\t'")),
    ("char", ("cannot start any token",)),
    ("colon", ("mapping values are not allowed",)),
    ("quote", ("quoted scalar",)),
    ("key", ("could not find expected ':'",)),
    ("bracket", ("flow sequence", "flow mapping", "',' or ']'", "',' or '}'")),
    ("indent", ("block collection", "block mapping", "expected <block end>", "did not find expected")),
)


def _yaml_note(exc: yaml.YAMLError, raw: str, line: int, column: int | None = None) -> ParseNote:
    """The YAML reader's problem as a note in plain words, with its line and column: a tab, a
    character that cannot begin a value, a colon inside a value, a quote or bracket not closed,
    a line with no «:», an indentation that does not line up. PyYAML's own English words are kept
    as `detail`: said in English runs and logs only (`ParseNote.text`)."""
    if isinstance(exc, yaml.composer.ComposerError) and (exc.problem or "").startswith(_ALIASES):
        return ParseNote(line=line, code="metadata-yaml", key="parse.metadata_aliases")
    problem = _yaml_problem(exc, raw)
    said = f"{getattr(exc, 'context', None) or ''} {problem}"
    kind = next((k for k, words in _YAML_KINDS if any(w in said for w in words)), None)
    values = {"detail": problem}
    mark = getattr(exc, "problem_mark", None)
    if kind == "char" and mark is not None and 0 <= mark.index < len(raw):
        values["char"] = raw[mark.index]
    if column is not None:
        values["column"] = str(column)
    return ParseNote(line=line, code="metadata-yaml", key=f"parse.metadata_yaml_{kind}" if kind else "parse.metadata_yaml", values=values)


def _split_front_matter(lines: list[str], notes: list[ParseNote]) -> tuple[dict[str, Any] | None, int]:
    """(metadata mapping, number of lines the block takes); (None, 0) when there is none."""
    if not lines or lines[0].lstrip("\ufeff").strip() != "---":
        return None, 0
    for i in range(1, min(len(lines), MAX_METADATA_LINES)):
        if lines[i].strip() in ("---", "..."):
            raw = "\n".join(lines[1:i])
            try:
                data = _load_metadata(raw) if raw.strip() else {}
            except (RecursionError, _TooDeep):
                notes.append(ParseNote(line=2, code="metadata-yaml", key="parse.metadata_too_deep"))
                return {}, i + 1
            except yaml.YAMLError as exc:
                if "nesting depth" in str(exc):  # libyaml's own cap, met before ours in a long flow
                    notes.append(ParseNote(line=2, code="metadata-yaml", key="parse.metadata_too_deep"))
                    return {}, i + 1
                mark = getattr(exc, "problem_mark", None)
                # A problem found at the end of the block (libyaml's mark is then past its last
                # line) is on the block's last line.
                line = min(mark.line + 2, i) if mark is not None else 1
                column = mark.column + 1 if mark is not None and mark.line + 2 <= i else None
                notes.append(_yaml_note(exc, raw, line, column))
                return {}, i + 1
            if data is None:
                data = {}
            if not isinstance(data, dict):
                notes.append(ParseNote(line=2, code="metadata-shape", key="parse.metadata_shape"))
                return {}, i + 1
            return data, i + 1
    notes.append(ParseNote(line=1, code="metadata-unclosed", key="parse.metadata_unclosed"))
    return None, 0


def _org(value: Any, cls: type[Organisation], notes: list[ParseNote], where: str) -> Organisation | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = {"name": value}
    if not isinstance(value, dict):
        notes.append(ParseNote(line=2, code="metadata-field", key=f"parse.{where}_shape"))
        return None
    data = {str(k).casefold(): v for k, v in value.items()}
    name = data.get("name") or data.get("navn") or data.get("namn")
    if not name:
        notes.append(ParseNote(line=2, code="metadata-field", key=f"parse.{where}_no_name"))
        return None
    raw_kind = data.get("kind") or data.get("type") or data.get("art")
    kind = kind_from_text(str(raw_kind)) if raw_kind else None
    if raw_kind and kind is None:
        notes.append(ParseNote(line=2, code="metadata-field", key=f"parse.{where}_kind", values={"kind": str(raw_kind), "known": _KNOWN_KINDS}))
    orgnr = normalise_orgnr(data.get("orgnr") or data.get("org_nr") or data.get("organisasjonsnummer") or data.get("org"))
    fields: dict[str, Any] = {"name": str(name).strip(), "orgnr": orgnr, "kind": kind or unit_kind(str(name))}
    if cls is Partner:
        role = data.get("role") or data.get("rolle")
        fields["role"] = str(role) if role else None
        if kind is None and raw_kind is None:
            fields["kind"] = unit_kind(str(name))
    return cls(**fields)


def _metadata(data: dict[str, Any] | None, notes: list[ParseNote]) -> Metadata:
    if not data:
        return Metadata()
    data = {_META_ALIASES.get(str(k).casefold(), str(k).casefold()): v for k, v in data.items()}
    lang = str(data.get("language") or "nb").strip().casefold()
    lang = {"bokmål": "nb", "bokmal": "nb", "no": "nb", "nynorsk": "nn", "english": "en", "engelsk": "en"}.get(lang, lang)
    if lang not in {"nb", "nn", "en"}:
        notes.append(ParseNote(line=2, code="metadata-field", key="parse.language", values={"language": lang}))
        lang = "nb"
    partners_raw = data.get("partners") or []
    if not isinstance(partners_raw, list):
        partners_raw = [partners_raw]
    partners = [p for p in (_org(v, Partner, notes, "partners") for v in partners_raw) if p is not None]
    extra = {k: v for k, v in data.items() if k not in {"title", "applicant", "partners", "language", "rubric"}}
    return Metadata(
        title=str(data["title"]).strip() if data.get("title") else None,
        applicant=_org(data.get("applicant"), Organisation, notes, "applicant"),
        partners=partners,  # type: ignore[arg-type]
        language=Language(lang),
        rubric=_rubric_name(data.get("rubric"), notes),
        **extra,
    )


def _rubric_name(value: Any, notes: list[ParseNote]) -> str | None:
    """The rubric id the metadata names. Only a known id chooses the rubric: a path (relative or
    absolute) or an unknown name is noted and the default rubric is used, so that no file can
    pick the rules it is judged by. The value is kept as written, so the file saves unchanged."""
    if not value:
        return None
    name = str(value)
    from .rubric import DEFAULT_RUBRIC, known_rubric_ids

    if name != DEFAULT_RUBRIC and name not in known_rubric_ids():
        known = ", ".join(sorted(known_rubric_ids()))
        notes.append(ParseNote(line=2, code="metadata-rubric", key="parse.rubric", values={"name": name, "known": known, "default": DEFAULT_RUBRIC}))
    return name
