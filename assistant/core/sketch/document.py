"""Read a skisse from Markdown, and change it without touching what was not changed.

A sketch's `source` is the file's text; parsing never changes it, so writing an unchanged
sketch gives the file back byte for byte. Edits splice new text into the old (`editing`).
"""

from __future__ import annotations

import re
from collections import Counter

from .amounts import ENDS_IN_AMOUNT
from .budget import NO_BUDGET_YET, find_budget, parse_budget, reads_as_costs
from .budgetwords import words_total
from .frontmatter import _metadata, _split_front_matter
from .headinglike import heading_like, headings_among
from .model import Budget, Metadata, ParseNote, Partner, Section, Sketch
from .orgs import infer_kind
from .mentions import only_positive
from .parties import MAX_CHARS as MAX_PARTY_CHARS, read_parties
from .registry import classify, find_organisations
from .text import FENCE, prose, strip_inline
from .sections import classify_body, exact_heading, leading_heading, match_heading

_ATX_OPEN = re.compile(r" {0,3}(#{1,6})(?=[ \t]|$)")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
def _lines(text: str) -> list[str]:
    return text.splitlines()


def _detect_newline(text: str) -> str:
    crlf = text.count("\r\n")
    return "\r\n" if crlf and crlf >= text.count("\n") - crlf else "\n"


def _headings(lines: list[str], start: int, *, marked_only: bool = False, bold: bool = True) -> list[tuple[int, int, str]]:
    """(index, level, text) of every heading outside code fences, from line index `start`;
    with `marked_only`, only headings marked as such (`#`, setext), none guessed from a lone
    numbered or bold line (a text Skisse wrote itself, such as the feedback report). `bold`
    False: the text has no `**` or `__` anywhere, so no bold line to read as a heading."""
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
        elif not marked_only and (pseudo := _pseudo_heading(lines, i, start)) is not None:
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
    marked = [(lvl, text) for _, lvl, text in found if lvl]
    title_only = len(marked) == 1 and marked[0][0] == 1 and match_heading(marked[0][1]) is None
    if bold and not marked_only and (not marked or title_only):
        # No heading marked as one anywhere, or only the title («# Digital inkludering i Vestland»
        # above bold lines): a draft pasted from a word processor, whose headings are bold lines.
        # Those worded as headings and followed by text are headings, by the rule the Word import
        # uses (`headinglike`).
        taken = {i for i, _, _ in found}
        found = sorted(found + [h for h in _bold_headings(lines, start) if h[0] not in taken])
    if not marked_only and (not marked or title_only):
        found = sorted(found + _numbered_between(lines, start, found))
    return found


_SEQ_LINE = re.compile(r"^\s{0,3}(?P<n>\d{1,2})(?P<sep>[.)]?)[ \t]+(?P<text>[A-ZÆØÅ][^.!?|]{1,60}?)\s*[:?]?\s*$")


def _numbered_between(lines: list[str], start: int, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The numbered lines a draft's own numbering makes headings, whatever they name: with «1
    Behovet» and «3 Derfor oss» read as parts, «2 Hva vi vil», numbered the same way and
    standing alone above its text, is a heading too, so the need ends where it begins."""
    numbered: dict[int, str] = {}
    for i, _, _ in found:
        if m := _SEQ_LINE.match(lines[i]):
            numbered[int(m.group("n"))] = m.group("sep")
    if len(numbered) < 2 or len(set(numbered.values())) != 1:
        return []
    sep, low, high = next(iter(numbered.values())), min(numbered), max(numbered) + 2
    taken = {i for i, _, _ in found}
    out: list[tuple[int, int, str]] = []
    for i in range(start, len(lines)):
        m = _SEQ_LINE.match(lines[i]) if lines[i][:4].lstrip()[:1].isdigit() else None
        if m is None or i in taken or m.group("sep") != sep or not low < int(m.group("n")) <= high or int(m.group("n")) in numbered:
            continue
        text = m.group("text").strip()
        before = i == start or not lines[i - 1].strip()
        after = next((x for x in lines[i + 1 : i + 3] if x.strip()), "")
        if before and after and not _SEQ_LINE.match(after) and _BLOCK_START.match(after) is None and heading_like(text):
            out.append((i, 0, text))
    return out


_BOLD_ONLY = re.compile(r"^\s{0,3}(\*\*|__)(?P<text>[^*_\n]{1,80}?)\1\s*$")


def _bold_headings(lines: list[str], start: int) -> list[tuple[int, int, str]]:
    """(index, 0, text) of each bold line that is a heading as `headinglike` reads one, each line
    of text counting as a paragraph (as a word processor leaves them) and code fences and
    comments as nothing."""
    items: list[tuple[int, str | None]] = []  # (index, the bold line's text when it looks like a heading)
    in_fence = False
    for i in range(start, len(lines)):
        line = lines[i]
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        stripped = line.strip()
        if in_fence or not stripped or (stripped.startswith("<!--") and stripped.endswith("-->")):
            continue
        bold = _BOLD_ONLY.match(line) if stripped[:2] in ("**", "__") else None
        text = bold.group("text").strip() if bold else None
        items.append((i, text if text and heading_like(text) else None))
    return [(items[n][0], 0, items[n][1] or "") for n in headings_among([text is not None for _, text in items])]


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
_NUMBERED_LINE = re.compile(r"^\s{0,3}(?:(?:\d{1,2}|[A-H])[.)]|\d{1,2}(?=[ \t]))\s+(?P<text>[^.!?]{2,60}?)\s*[:?]?\s*$")


_TRAILING_BRACKET = re.compile(r"\s*\([^()\n]{1,60}\)\s*:?\s*$")

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
    after_blank = i == start or not lines[i - 1].strip()
    alone = after_blank and (i + 1 >= len(lines) or not lines[i + 1].strip())
    if not alone:
        # A heading pasted from a word processor with single line breaks («Behov» right above its
        # first sentence): a short plain line after a blank that names a part exactly.
        # (Not above a setext underline, «SAMMENDRAG» over «===» being that heading already, nor right
        # above a marked heading: «BEHOV» over «# Problem og behov» is a line of text, not a part.)
        if after_blank and not _SETEXT.match(lines[i + 1]) and atx_heading(lines[i + 1]) is None and (plain := _PLAIN_LINE.match(line)) and len((text := plain.group("text")).split()) <= PLAIN_HEADING_WORDS:
            if not ENDS_IN_AMOUNT.search(line) and exact_heading(text):
                return (i, 0, text.strip())
        return None
    bold = _BOLD_LINE.match(line)
    m = bold or _NUMBERED_LINE.match(line)
    if m is None:
        # A short line standing alone, as a heading pasted from a word processor loses its mark.
        # A longer line (a title, a sentence) names a part only when it starts with the part's
        # name: «Eit sunt måltid kvar skuledag – utan å sprengje budsjettet» is no budget.
        # A line that ends in an amount («Markedsdialog 200 000 kr») is a budget post pasted as a
        # line, however it starts.
        if (plain := _PLAIN_LINE.match(line)) and not ENDS_IN_AMOUNT.search(line) and match_heading(text := plain.group("text")):
            if len(text.split()) <= PLAIN_HEADING_WORDS or leading_heading(text):
                return (i, 0, text.strip())
        return None
    text = m.group("text").strip()
    # A bold line must name a section exactly; a numbered line («3. Hvorfor er vi rett
    # partnerskap?») may name it as a heading does.
    # A bracket after the name says its unit or period («**Budsjett (NOK):**», «**Budget (tentative,
    # NOK, 2027–2029)**»): the name before it is the heading's.
    named = (exact_heading(text) or exact_heading(_TRAILING_BRACKET.sub("", text))) if bold else match_heading(text)
    if named is None and not (bold and _NUMBERED_TEXT.match(text)):
        # A bold line standing alone that numbers itself («**3. Begrunnelse for valg av
        # partnerskap**») is a heading a word processor left, whatever it names.
        return None
    return (i, 0, text)


# A line that Markdown reads as something other than a paragraph (a list, a quote, a table,
# a heading, HTML, an image or link alone).
_BLOCK_START = re.compile(r"^\s*(?:[#>|+<!\[]|[-*](?!\*)|\d{1,3}[.)]\s)")


# Before the title: a kicker («Skisse til innovasjonspartnerskap»), an address («Til Innovasjon
# Norge»), the bodies that apply («Gjøvik kommune · Østre Toten kommune»). A label that says the
# title follows («Skisse: Varmestuer for bostedsløse», «Tittel: …»).
_KICKER = re.compile(r"innovasjonspartn[ae]r?skap|innovation partnership|skissekonkurranse|sketch competition|^(?:prosjekt)?skisse$|^(?:project )?sketch$|^søknad$", re.IGNORECASE)
_ADDRESS = re.compile(r"^(?:til|to|att|attn)\b", re.IGNORECASE)
_TITLE_LABEL = re.compile(r"^(?:prosjekt)?(?:skisse|tittel|namn|navn)|^(?:project )?(?:sketch|title)$|^prosjekt(?:et)?$|^project$", re.IGNORECASE)
_DASHED = re.compile(r"\s+[–—-]\s+")
_ORG_PIECES = re.compile(r"\s*[,·|;/]\s*|\s+[–—-]\s+")


def _title_text(line: str) -> str:
    return strip_inline(line).strip("*_ \t")


def _only_bodies(text: str) -> bool:
    """Whether a line names only public or private bodies («Møre og Romsdal fylkeskommune»)."""
    from .model import OrgKind

    pieces = [p for p in _ORG_PIECES.split(text) if p.strip()]
    return bool(pieces) and all(infer_kind(p) is not OrgKind.UKJENT for p in pieces)


def _as_title(line: str) -> tuple[str | None, bool]:
    """(the title a line gives, whether it is labelled as one); (None, False) for a line that
    holds none (a kicker, an address, the applying bodies, a field such as «Søker: …»)."""
    if len(line) > TITLE_LINE_CHARS:
        return None, False  # a title is short; a long line is read no further (a run of blanks)
    text = " ".join(_title_text(line).split())
    labelled = False
    label, colon, value = text.partition(":")
    if colon and len(label) <= 40:
        if not _TITLE_LABEL.search(label.strip("*_ \t")):
            return None, False  # a field: «Søker: …», «Dato: …»
        text, labelled = value.strip("*_ \t"), True
    text = " – ".join(p for p in _DASHED.split(text) if not _KICKER.search(p)).strip()
    if not text or _ADDRESS.match(text) or _only_bodies(text):
        return None, False
    return text, labelled


# The title stands among the first lines of text: past these, a line is body text. A line
# longer than a title with its label and markup can be is no title.
TITLE_WITHIN_LINES = 12
TITLE_LINE_CHARS = 300


def _title_line(lines: list[str], start: int, starts: list[tuple[int, int, str, str | None]], title: str | None) -> tuple[int, str] | None:
    """(the 1-based line, the title) of a title written as a paragraph above the first part.

    The first line of text (kickers, addresses, the applying bodies and fields such as «Søker:
    …» aside), bold or plain, standing alone (or labelled «Skisse: …», «Tittel: …»), worded as
    a heading (`headinglike`) and naming no part, with more text below it: a draft pasted from
    a word processor («Trygg hjemme om natten» above its first paragraph). When the metadata
    gives the title, the line is the title only if it says the same."""
    heads = {i: key for i, _, _, key in starts}
    looked = 0
    for i in range(start, len(lines)):
        line = lines[i]
        stripped = line.strip()
        if not stripped or (stripped.startswith("<!--") and stripped.endswith("-->")):
            continue
        looked += 1
        if looked > TITLE_WITHIN_LINES:
            return None
        if i in heads and heads[i] is not None:
            return None  # the first part begins before any title line
        if _BOLD_ONLY.match(line) is None and _BLOCK_START.match(line):
            return None
        text, labelled = _as_title(line)
        if text is None:
            continue
        alone = labelled or i + 1 >= len(lines) or not lines[i + 1].strip() or (i + 1) in heads
        more = any(lines[k].strip() for k in range(i + 1, len(lines)))
        if not (alone and more and heading_like(text) and match_heading(text) is None):
            return None
        if title is not None and title.casefold() != text.casefold():
            return None
        return i + 1, text
    return None


# A text with no part, applicant or budget recognised is no sketch when most of its lines are not prose, most of
# what it holds is not words of sentences, and its prose is no longer than a short sketch (a
# list of services, a CSV, source code). It is checked all the same; the note says what it
# looks like.
NOT_A_SKETCH_PROSE_SHARE = 0.5  # of the lines, and of the words
NOT_A_SKETCH_PROSE_WORDS = 400


def _not_prose(lines: list[str]) -> bool:
    found = prose(lines)
    return (
        found.lines > 0
        and found.prose_lines < NOT_A_SKETCH_PROSE_SHARE * found.lines
        and found.prose_words < NOT_A_SKETCH_PROSE_SHARE * found.tokens
        and found.prose_words < NOT_A_SKETCH_PROSE_WORDS
    )


# A budget part says early on that there is no budget yet; past this it is not looked for.
_SAID_EARLY = 5000


def _control_line(text: str, meta: Metadata, front: list[str]) -> int | None:
    """The first line holding a control or bidi character (an escape sequence pasted from a
    terminal), also one the metadata block writes as a YAML escape («\\e», «\\u202e»): the
    exports leave them out, and the check says so once."""
    from .safetext import CONTROLS, first_control_line

    first = first_control_line(text)
    if first is not None:
        return first
    orgs = [o for o in (meta.applicant, *meta.partners) if o is not None]
    values = [meta.title or "", *(o.name for o in orgs), *(getattr(o, "role", None) or "" for o in orgs)]
    if any(CONTROLS.search(v) for v in values):
        return next((n + 1 for n, line in enumerate(front) if "\\" in line), 1)
    return None


def _tied_level(recognised: list[tuple[int, int, str, str | None]], counts: Counter[int]) -> int:
    """The sections' level when several levels hold as many recognised headings: the deepest, as a
    title sits above the parts, unless every heading at a shallower level names a part no other
    heading names («# Sammendrag» above «## Problem og behov» and «### Tall og data»): those are
    no title but parts, and the parts start at their level. A heading there that names no part
    («# Et trygt sted å bo») is the title the rule expects."""
    most = max(counts.values())
    tied = sorted(lv for lv, n in counts.items() if n == most)
    named = Counter(k for _, _, _, k in recognised if k)
    for level in tied[:-1]:
        at_level = [k for _, lvl, _, k in recognised if lvl == level]
        if all(k and named[k] == 1 for k in at_level):
            return level
    return tied[-1]


def parse_sketch(text: str, *, marked_headings_only: bool = False) -> Sketch:
    """Parse a sketch. Never raises on odd text: what it cannot read becomes a note.
    `marked_headings_only`: a lone line is never taken for a heading (see `_headings`)."""
    notes: list[ParseNote] = []
    if "\x00" in text:
        notes.append(ParseNote(code="nul", key="parse.nul"))
    lines = _lines(text)
    data, fm_end = _split_front_matter(lines, notes)
    meta = _metadata(data, notes)
    if (first := _control_line(text, meta, lines[:fm_end])) is not None:
        notes.append(ParseNote(code="controls", key="parse.controls", values={"first": str(first)}))

    headings = _headings(lines, fm_end, marked_only=marked_headings_only, bold="**" in text or "__" in text)
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
    section_level = _tied_level(recognised, level_counts) if level_counts else 2
    at_level = {key for _, lvl, _, key in recognised if key and lvl in (0, section_level)}
    title = meta.title
    starts: list[tuple[int, int, str, str | None]] = []
    seen: set[str] = set()
    for i, lvl, heading, key in recognised:
        lvl = lvl or section_level  # a word-processor heading stands at the sections' level
        if lvl > section_level and (key is None or key in at_level or key in seen):
            continue
        if lvl < section_level and not starts:
            # A title that names a part («# Grønare og smartare vinterdrift» above the template's
            # «## Grønare og smartare») is the title when that part has its own heading below.
            if title is None and (key is None or key in at_level):
                title = strip_inline(heading).strip("*_ ") or None
            if key is None or title is None or key in at_level:
                continue
        if key:
            seen.add(key)
        starts.append((i, lvl, heading, key))

    title_line = None
    if (found_title := _title_line(lines, fm_end, starts, title)) is not None:
        title_line, title = found_title[0], title or found_title[1]
        starts = [s for s in starts if s[0] != title_line - 1]

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
    if partners:
        # A partner the front matter lists, of which the text says only that it is interested
        # («Trondheim kommune … have expressed interest in the project»): not a partner yet.
        body_text = "\n".join(lines[fm_end:])[:MAX_PARTY_CHARS]
        lukewarm = only_positive(body_text, find_organisations(body_text))
        partners = [p for p in partners if classify(p.name).key not in lukewarm] if lukewarm else partners
    if applicant is None or not partners:
        # A part read as the partners' only by its words («Løysinga» listing «dashbord for kommunen og
        # Mattilsynet») names bodies as users or topics: there a sentence must say who takes part.
        said_partners = [(s.line, s.end_line) for s in sections if s.key == "partners" and match_heading(s.heading) == "partners"]
        parties = read_parties(lines, fm_end, said_partners)
        if applicant is None:
            applicant = parties.applicant
        if not partners:
            partners = parties.partners
    if applicant is not None:
        partners = [p for p in partners if p.name.casefold() != applicant.name.casefold()]

    budget: Budget | None = None
    for budget_section in (s for s in sections if s.key == "budget"):
        found = parse_budget(budget_section.body, budget_section.body_line, heading=budget_section.heading)
        if found is None:
            continue
        # The first part with lines, unless a later one reads as what the project pays for.
        if budget is None or (found.lines and (not budget.lines or reads_as_costs(found, strict=True))):
            budget = found
        if budget.lines and reads_as_costs(budget, strict=True):
            # «## 1.3 Kostnader» under the background (today's costs of ferries and patient
            # travel) is no budget when «# Del 7: Budsjett» names what the project pays for.
            break
    if (budget is None or not budget.lines) and not (
        (budget is None or not budget.stated_total) and any(s.key == "budget" and NO_BUDGET_YET.search(s.body[:_SAID_EARLY]) for s in sections)
    ):
        # No budget part, or one without amounts: a budget written elsewhere (in the text of a
        # sketch without headings, under a heading that names something else); not when the
        # budget part says there is no budget yet («Vi kommer tilbake til et budsjett»).
        budget = find_budget(lines, fm_end, [(s.body_line, s.end_line) for s in sections if s.key in ("need", "data")]) or budget
        if budget is not None:
            for row in budget.unreadable_rows:
                notes.append(ParseNote(line=row, code="budget-row", key="parse.budget_row"))
    if budget is None or (not budget.lines and budget.stated_total is None):
        # No amount in digits: the project's cost written in words («om lag fem millioner kroner»).
        budget = words_total(lines, fm_end, sections) or budget
    if budget is not None and budget.total_line and budget.total_line <= len(lines):
        budget.total_text = lines[budget.total_line - 1]

    # No part, no applicant, no budget, and little prose: not a sketch (one note, which says no
    # part was recognised too; it is checked all the same).
    if not any(s.key for s in sections) and applicant is None and not (budget and budget.lines) and _not_prose(lines[fm_end:]):
        notes.append(ParseNote(code="not-a-sketch", key="parse.not_a_sketch"))
    elif not sections:
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
        title_line=title_line,
    )
