"""Read a skisse from Markdown, and change it without touching what was not changed.

A sketch's `source` is the file's text; parsing never changes it, so writing an unchanged
sketch gives the file back byte for byte. Edits splice new text into the old (`editing`).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import yaml

from .budget import find_budget, parse_budget
from .model import Budget, Language, Metadata, Organisation, OrgKind, ParseNote, Partner, Section, Sketch
from .orgs import infer_kind, kind_from_text, normalise_orgnr
from .parties import read_parties
from .text import FENCE, strip_inline
from .sections import classify_body, exact_heading, leading_heading, match_heading

_ATX_OPEN = re.compile(r" {0,3}(#{1,6})(?=[ \t]|$)")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
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


def _lines(text: str) -> list[str]:
    return text.splitlines()


def _detect_newline(text: str) -> str:
    crlf = text.count("\r\n")
    return "\r\n" if crlf and crlf >= text.count("\n") - crlf else "\n"


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
    fields: dict[str, Any] = {"name": str(name).strip(), "orgnr": orgnr, "kind": kind or infer_kind(str(name))}
    if cls is Partner:
        role = data.get("role") or data.get("rolle")
        fields["role"] = str(role) if role else None
        if kind is None and raw_kind is None:
            fields["kind"] = infer_kind(str(name))
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


def _headings(lines: list[str], start: int) -> list[tuple[int, int, str]]:
    """(index, level, text) of every heading outside code fences, from line index `start`."""
    found: list[tuple[int, int, str]] = []
    in_fence = False
    prev_blank = True
    for i in range(start, len(lines)):
        line = lines[i]
        if FENCE.match(line):
            in_fence = not in_fence
            prev_blank = False
            continue
        if in_fence:
            continue
        atx = atx_heading(line)
        if atx is not None:
            if atx[1].strip():  # «#» alone names nothing and holds nothing: no part starts there
                found.append((i, *atx))
        elif (pseudo := _pseudo_heading(lines, i, start)) is not None:
            found.append(pseudo)
        elif (
            i > start
            and _SETEXT.match(line)
            and lines[i - 1].strip()
            and not prev_blank
            and not lines[i - 1].lstrip().startswith(("|", "-", "*", ">", "#"))
            and (line.strip().startswith("=") or len(line.strip()) >= 2)
        ):
            level = 1 if line.strip().startswith("=") else 2
            # A setext heading owns only its one text line when the line before is blank.
            if i - 2 < start or not lines[i - 2].strip():
                found.append((i - 1, level, lines[i - 1].strip()))
        prev_blank = not line.strip()
    return found


def atx_heading(line: str) -> tuple[int, str] | None:
    """(level, text) of an ATX heading line (`## Behov ##`), or None.

    Read with string operations after the opening hashes: a lazy `(.*?)` followed by optional
    closing hashes and trailing blanks re-scanned the rest of the line from every character
    (20 KB of spaces inside a heading took 6.6 s)."""
    m = _ATX_OPEN.match(line)
    if m is None:
        return None
    rest = line[m.end() :].strip(" \t")
    closed = rest.rstrip("#")
    if closed != rest and closed and closed[-1] in " \t":
        rest = closed.rstrip(" \t")  # the closing sequence: «## Behov ##» (a heading of hashes alone keeps them)
    return len(m.group(1)), rest.strip()


# Matched against the line with its trailing blanks stripped, so `.*` runs to the end once (a
# lazy `.*?` before `\s*$` re-scanned a line of blanks from every character).
_HASH_NO_SPACE = re.compile(r"^ {0,3}(#{1,6})(\d[\d.)]*\s*\S.*)$")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?P<text>[^*_]{2,80}?)\1\s*:?\s*$")
_PLAIN_LINE = re.compile(r"^\s{0,3}(?P<text>[A-ZÆØÅ][^.!;|*#>\n]{1,58}[^.,;:!|\s])\s*$")
_NUMBERED_TEXT = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+[^\W\d]")
_NUMBERED_LINE = re.compile(r"^\s{0,3}(?:\d{1,2}|[A-H])[.)]\s+(?P<text>[^.!?]{2,60}?)\s*[:?]?\s*$")


# A plain line standing alone with more words than this is a heading only if it starts with a
# part's name.
PLAIN_HEADING_WORDS = 7


def _pseudo_heading(lines: list[str], i: int, start: int) -> tuple[int, int, str] | None:
    """Headings as word processors leave them: '#7. Budsjett', a bold line, '5. Grønnere …'.

    Only lines that stand alone and name a known section count, so ordinary bold text and
    numbered lists stay what they are.
    """
    line = lines[i]
    if m := _HASH_NO_SPACE.match(line.rstrip()):
        return (i, len(m.group(1)), m.group(2).strip()) if match_heading(m.group(2)) else None
    alone = (i == start or not lines[i - 1].strip()) and (i + 1 >= len(lines) or not lines[i + 1].strip())
    if not alone:
        return None
    bold = _BOLD_LINE.match(line)
    m = bold or _NUMBERED_LINE.match(line)
    if m is None:
        # A short line standing alone, as a heading pasted from a word processor loses its mark.
        # A longer line (a title, a sentence) names a part only when it starts with the part's
        # name: «Eit sunt måltid kvar skuledag – utan å sprengje budsjettet» is no budget.
        if (plain := _PLAIN_LINE.match(line)) and match_heading(text := plain.group("text")):
            if len(text.split()) <= PLAIN_HEADING_WORDS or leading_heading(text):
                return (i, 0, text.strip())
        return None
    text = m.group("text").strip()
    # A bold line must name a section exactly; a numbered line («3. Hvorfor er vi rett
    # partnerskap?») may name it as a heading does.
    if (exact_heading(text) if bold else match_heading(text)) is None and not (bold and _NUMBERED_TEXT.match(text)):
        # A bold line standing alone that numbers itself («**3. Begrunnelse for valg av
        # partnerskap**») is a heading a word processor left, whatever it names.
        return None
    return (i, 0, text)


def parse_sketch(text: str) -> Sketch:
    """Parse a sketch. Never raises on odd text: what it cannot read becomes a note."""
    notes: list[ParseNote] = []
    if "\x00" in text:
        notes.append(ParseNote(code="nul", key="parse.nul"))
    lines = _lines(text)
    data, fm_end = _split_front_matter(lines, notes)
    meta = _metadata(data, notes)

    headings = _headings(lines, fm_end)
    recognised = [(i, lvl, t, match_heading(t)) for i, lvl, t in headings]
    known_levels = [lvl for _, lvl, _, key in recognised if key and lvl]
    # The level most recognised headings use is the sections' level (ties: the deeper, since
    # a title sits above the sections). A deeper heading is a sub-heading inside a section,
    # unless it names a section the sketch has nowhere else (mixed levels from a word
    # processor); a shallower one before any section is the title.
    if not any(key for _, _, _, key in recognised):
        # No heading names a section: the level that several headings share (a lone title above
        # them aside) is the sections' level; one heading alone stays a title.
        levels = [lvl for _, lvl, _, _ in recognised if lvl][1:]
        per_level = Counter(levels)  # counted once: `levels.count` per heading was quadratic (100 000 «#» lines)
        known_levels = [lv for lv in levels if per_level[lv] >= 2]
    level_counts = Counter(known_levels)
    section_level = max(level_counts, key=lambda lv: (level_counts[lv], lv)) if level_counts else 2
    at_level = {key for _, lvl, _, key in recognised if key and lvl in (0, section_level)}
    title = meta.title
    starts: list[tuple[int, int, str, str | None]] = []
    seen: set[str] = set()
    for i, lvl, heading, key in recognised:
        lvl = lvl or section_level  # a word-processor heading stands at the sections' level
        if lvl > section_level and (key is None or key in at_level or key in seen):
            continue
        if lvl < section_level and not starts:
            if title is None and key is None:
                title = strip_inline(heading).strip("*_ ") or None
            if key is None or title is None:
                continue
        if key:
            seen.add(key)
        starts.append((i, lvl, heading, key))

    sections: list[Section] = []
    for n, (i, lvl, heading, key) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        body_start = i + 2 if (i + 1 < len(lines) and _SETEXT.match(lines[i + 1]) and atx_heading(lines[i]) is None) else i + 1
        if key is None:  # a heading that names no section: what its text is about, when that is clear
            key = classify_body("\n".join(lines[body_start:end]))
        sections.append(
            Section(
                key=key,
                heading=heading,
                level=lvl,
                line=i + 1,
                end_line=end,
                body="\n".join(lines[body_start:end]),
                body_line=body_start + 1,
            )
        )
    preamble_end = starts[0][0] if starts else len(lines)
    preamble = "\n".join(lines[fm_end:preamble_end])
    if not title:
        for i, lvl, heading, key in recognised:
            if i < preamble_end and key is None:
                title = strip_inline(heading).strip("*_ ") or None
                break

    applicant = meta.applicant
    partners: list[Partner] = list(meta.partners)
    if applicant is None or not partners:
        parties = read_parties(lines, fm_end, [(s.line, s.end_line) for s in sections if s.key == "partners"])
        if applicant is None:
            applicant = parties.applicant
        if not partners:
            partners = parties.partners
    if applicant is not None:
        partners = [p for p in partners if p.name.casefold() != applicant.name.casefold()]

    budget: Budget | None = None
    for budget_section in (s for s in sections if s.key == "budget"):
        budget = parse_budget(budget_section.body, budget_section.body_line)
        if budget is not None and budget.lines:
            break
    if budget is None or not budget.lines:
        # No budget part, or one without amounts: a budget written elsewhere (in the text of a
        # sketch without headings, under a heading that names something else).
        budget = find_budget(lines, fm_end, [(s.body_line, s.end_line) for s in sections if s.key in ("need", "data")]) or budget
        if budget is not None:
            for row in budget.unreadable_rows:
                notes.append(ParseNote(line=row, code="budget-row", key="parse.budget_row"))

    if not sections:
        notes.append(ParseNote(code="no-sections", key="parse.no_sections"))
    return Sketch(
        source=text,
        meta=meta,
        has_front_matter=data is not None,
        front_matter_end=fm_end,
        title=title,
        applicant=applicant,
        partners=partners,
        preamble=preamble,
        sections=sections,
        budget=budget,
        notes=notes,
        newline=_detect_newline(text),
        section_level=section_level,
    )
