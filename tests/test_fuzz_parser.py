"""Fuzz the sketch parser: any text parses, round-trips byte for byte, and edits stay local."""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from assistant.core.sketch.budget import parse_budget
from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.editing import _unclosed_fence, set_budget, set_metadata, set_section_body
from assistant.core.sketch.model import BudgetLine
from assistant.core.sketch.personal import find_personal_data, redact
from assistant.core.sketch.sections import match_heading, section_order, section_specs
from assistant.core.sketch.text import blocks, lix, plain_text, sentences

# SKISSE_FUZZ_EXAMPLES=5000 pytest tests/test_fuzz_parser.py runs the properties on more texts.
FUZZ = settings(max_examples=int(os.environ.get("SKISSE_FUZZ_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

TITLES = [s.title.get(lang) for s in section_specs() for lang in ("nb", "nn", "en")]
WORDS = ["Behov", "kommune", "1 250 000 kr", "MNOK 2,5", "SSB", "KOSTRA", "eldre", "*uthevet*", "`kode`", "[lenke](http://x)", "æøå", "—", "tlf. 987 65 432"]

heading = st.builds(lambda lvl, t, close: "#" * lvl + " " + t + (" ##" if close else ""), st.integers(1, 6), st.sampled_from(TITLES) | st.text(max_size=20), st.booleans())
setext = st.builds(lambda t, u: f"{t}\n{u}", st.sampled_from(TITLES), st.sampled_from(["===", "---", "-", "= =", "--- "]))
paragraph = st.lists(st.sampled_from(WORDS) | st.text(max_size=15), min_size=1, max_size=8).map(" ".join)
table_row = st.lists(st.sampled_from(["Post", "2025", "1 000 000", "kr", "", ":--", "---", "Sum", "x|y", "12,5 %"]) | st.text(max_size=8), min_size=0, max_size=6).map(
    lambda cells: "|" + "|".join(cells) + ("|" if cells else "")
)
fence = st.sampled_from(["```", "~~~", "```python", "    ```"])
front = st.sampled_from(["---", "...", "title: X", "applicant: Bergen kommune", "partners: [a, b", "language: nn", "språk: en", "- liste", "key: {", "applicant: {name: Oslo kommune, orgnr: 974760673}", "partners:\n  - name: NAV\n    kind: stat"])
nested = st.integers(1, 60).map(lambda n: "\n".join(("  " * i) + "- punkt" for i in range(n))) | st.integers(1, 60).map(lambda n: ">" * n + " sitat")
line = heading | setext | paragraph | table_row | fence | front | nested | st.just("") | st.text(max_size=40)
newline = st.sampled_from(["\n", "\r\n", "\r"])
markdownish = st.builds(lambda ls, nl, end: nl.join(ls) + (nl if end else ""), st.lists(line, max_size=40), newline, st.booleans())
any_text = st.text() | markdownish | st.binary(max_size=400).map(lambda b: b.decode("cp1252", errors="replace"))

safe_body = st.lists(
    st.sampled_from(["Eldre bor lenger hjemme.", "- punkt", "1. første", "", "Tall: 1 250 000 kr.", "Lix og klarspråk."]), max_size=8
).map("\n".join)


@FUZZ
@given(any_text)
def test_any_text_parses_and_round_trips(text):
    sketch = parse_sketch(text)
    assert sketch.to_markdown() == text
    for section in sketch.sections:
        assert 1 <= section.line <= section.body_line <= max(section.end_line, section.body_line)
    # The text helpers that the checks call on every section must not fall over either.
    for section in sketch.sections:
        blocks(section.body, section.body_line)
        sentences(section.body, section.body_line)
        plain_text(section.body)
    lix(text)
    hits = find_personal_data(text)
    assert all(text[h.start : h.end] == h.text for h in hits)
    redacted, _ = redact(text)
    assert find_personal_data(redacted) == [] or len(find_personal_data(redacted)) < len(hits) or not hits


def _others(sketch, section_id):
    target = sketch.section(section_id)
    return [(s.key, s.heading, s.level, s.body.strip("\r\n")) for s in sketch.sections if s is not target]


@FUZZ
@given(markdownish, st.sampled_from(section_order()), safe_body)
# Sections read at level 1 («#» twice) beside one «##»: a section added at level 2 tipped the
# count to level 2, and both «#» headings became a title.
@example("# Problem og behov\n# Problem og behov\n## Sammendrag", "data", "")
@example("BEHOV\n# Problem og behov", "summary", "")
@example("# Sammendrag\n# Sammendrag\n# 0\nBEHOV BEHOV BEHOV", "need", "Eldre bor lenger hjemme.")
# One heading at each of three levels, each naming its own part: no title above them, all three are
# parts (read at the deepest level, the added part tipped the count and two of them became title).
@example("# Sammendrag\n\nPROBLEM#OG#BEHOV\r--\n### Tall og data", "summary", "")
# The same with a part named twice: read at level 2, a part added there would tip the count; it is
# added at a level that keeps every other part as it was.
@example("# Sammendrag\n\nPROBLEM#OG#BEHOV\r=\n## Tall og data\n## Tall og data\n### Problem og behov", "summary", "")
def test_set_section_body_keeps_every_other_section(text, section_id, body):
    sketch = parse_sketch(text)
    assume(not sketch.notes or all(n.code != "metadata-unclosed" for n in sketch.notes))
    new_text = set_section_body(sketch, section_id, body)
    after = parse_sketch(new_text)
    target = sketch.section(section_id)
    if target is not None and match_heading(target.heading) != section_id:
        # A part read by what it says, under a heading that names no part («0»): the new text goes
        # under that same heading, and is then read by what it says in turn (here: nothing).
        [part] = [s for s in after.sections if (s.heading, s.level, s.line) == (target.heading, target.level, target.line)]
        assert part.body.strip() == body.strip()
        assert [x for x in _others(after, section_id) if x[1:3] != (target.heading, target.level) or x[0] != part.key] == _others(sketch, section_id)
        return
    assert after.section(section_id) is not None
    assert after.section(section_id).body.strip("\r\n") == body.strip("\n").replace("\n", sketch.newline).strip("\r\n") or after.section(section_id).body.strip() == body.strip()
    others_before, others_after = _others(sketch, section_id), _others(after, section_id)
    fence = _unclosed_fence(text.splitlines(), sketch.front_matter_end)
    added_last = after.sections[-1].key == section_id
    if fence is not None and sketch.section(section_id) is None and others_after and added_last:
        # A section added after an open code fence closes the fence first; nothing else changes.
        key, heading, level, body = others_after[-1]
        assert body.endswith(fence)
        others_after[-1] = (key, heading, level, body[: -len(fence)].rstrip("\r\n"))
        others_before[-1] = others_before[-1][:3] + (others_before[-1][3].rstrip("\r\n"),)
    assert others_after == others_before
    assert after.meta == sketch.meta


def test_one_heading_per_level_each_naming_its_own_part_are_all_parts():
    sketch = parse_sketch("# Sammendrag\n\nKort.\n\n## Problem og behov\n\nEldre.\n\n### Tall og data\n\nSSB.\n")
    assert sketch.title is None
    assert [(s.key, s.level) for s in sketch.sections] == [("summary", 1), ("need", 2), ("data", 3)]
    # A lone heading above that names a part named again below stays the title.
    titled = parse_sketch("# Grønare og smartare vinterdrift\n\n## Grønare og smartare\n\nMindre salt.\n")
    assert titled.title == "Grønare og smartare vinterdrift"
    assert [s.key for s in titled.sections] == ["green-smart"]


def test_a_section_added_beside_headings_at_two_levels_keeps_the_others():
    text = "# Problem og behov\n\nEldre bor lenger hjemme.\n\n# Problem og behov\n\n## Sammendrag\n\nKort.\n"
    sketch = parse_sketch(text)
    assert [(s.key, s.level) for s in sketch.sections] == [("need", 1), ("need", 1), ("summary", 2)]
    after = parse_sketch(set_section_body(sketch, "data", "Tall: 1 250 000 kr."))
    assert [(s.key, s.level) for s in after.sections] == [("need", 1), ("need", 1), ("summary", 2), ("data", 1)]
    assert after.title is None
    assert after.section("need").body.strip() == "Eldre bor lenger hjemme."
    assert after.section("data").body.strip() == "Tall: 1 250 000 kr."


@FUZZ
@given(markdownish)
# A text ending in a record separator, which the parser splits lines on as on «\n»: the blank last
# line was lost with it.
@example("# Sammendrag\n# Sammendrag\n# Sammendrag\n|\n\x1e")
def test_set_metadata_keeps_the_body(text):
    sketch = parse_sketch(text)
    new_text = set_metadata(sketch, sketch.meta)
    after = parse_sketch(new_text)
    assert [(s.key, s.heading, s.body) for s in after.sections] == [(s.key, s.heading, s.body) for s in sketch.sections]


@FUZZ
@given(markdownish, st.lists(st.builds(lambda i, a: BudgetLine(item=i, amount=a), st.sampled_from(["Utvikling", "Prosjektledelse", "Pilot"]), st.integers(0, 10**9)), min_size=1, max_size=5))
# Amounts in text above an empty budget part: the table replaced them there, outside the part,
# where one line is no budget; it now goes into the budget part and the text stays.
@example("1KR;1KR\n# Budsjett", [BudgetLine(item="Utvikling", amount=0)])
# The same with no budget part at all: the table replaced the amounts under «# Sammendrag»,
# where one line is no budget.
@example("# Sammendrag\n1KR;1KR\nBUDSJETT", [BudgetLine(item="Utvikling", amount=0)])
# A short line right under «# Budsjett»: the blank line the edit put above it made it stand
# alone and read as a need heading, and the table went into that need part.
@example("# Budsjett\nBEHOV", [BudgetLine(item="Utvikling", amount=0)])
# Budget lines read after an open code fence: the table put in their place stood inside the fence
# and was read as code; the fence is closed above it.
@example("BUDSJETT\r0\n# \n```\n1K", [BudgetLine(item="Utvikling", amount=0)])
# A row-like line right above them («|», «0|»): it was read as the new table's header.
@example("BUDSJETT\r0\n# \n|\n1K", [BudgetLine(item="Utvikling", amount=0)])
@example("BUDSJETT\r0\n# \n# \n# \n0|\n1K", [BudgetLine(item="Utvikling", amount=0)])
@example("Budsjett\r0\n# \n# \n# \n1k\n0|", [BudgetLine(item="Utvikling", amount=0)])
def test_set_budget_never_raises_and_reads_back(text, lines):
    sketch = parse_sketch(text)
    new_text = set_budget(sketch, lines)
    after = parse_sketch(new_text)
    # A lone '=' or '-' line right under a heading turns into a setext heading once the edit
    # puts a blank line above it; that is the parser's reading of such text, not lost data.
    if any(re.match(r"^ {0,3}(=+|-+)[ \t]*$", line) for line in text.splitlines()):
        return
    assert after.budget is not None
    assert sum(line.amount for line in after.budget.lines) >= 0


@FUZZ
@given(st.lists(table_row, max_size=30).map("\n".join))
def test_budget_tables_of_any_shape(body):
    parse_budget(body, 1)


@pytest.mark.parametrize(
    "text",
    [
        "\n".join(("  " * i) + "- punkt" for i in range(1000)),
        ">" * 1000 + " sitat",
        "\n".join(">" * i + " linje" for i in range(1000)),
        "[" * 5000 + "]" * 5000,
        "*" * 20000,
        "|" * 20000,
        "---\n" + "a: [" * 500 + "\n---\n## Behov\n",
        "---\n" + "- " * 2000 + "x\n---\n",
        "---\n&a [*a, *a, *a]\n---\n",
        "```\n" * 1001,
        "#" * 7 + " ikke overskrift\n" + "## Behov\n" * 2000,
    ],
    ids=["list-1000", "quote-1000", "quote-ladder", "brackets", "stars", "pipes", "yaml-nesting", "yaml-list", "yaml-alias", "fences", "headings"],
)
def test_deep_nesting_and_odd_shapes(text):
    sketch = parse_sketch(text)
    assert sketch.to_markdown() == text
    for section in sketch.sections[:50]:
        sentences(section.body, section.body_line)


def test_a_section_added_below_a_lone_line_leaves_that_line_unread_as_a_heading():
    # «BEHOV» above the first heading: a blank line between it and an added «# Sammendrag» would
    # make it stand alone and read as a need heading of its own.
    text = "BEHOV\n# Problem og behov"
    sketch = parse_sketch(text)
    after = parse_sketch(set_section_body(sketch, "summary", "Kort."))
    assert [(s.key, s.heading) for s in after.sections] == [("summary", "Sammendrag"), ("need", "Problem og behov")]
    assert after.section("summary").body.strip() == "Kort."


def test_the_budget_table_keeps_a_short_line_under_the_heading_as_text():
    # «BEHOV» right under «# Budsjett»: a blank line put between them made it stand alone and
    # read as a need heading, and the one-line table went into that need part, unread.
    after = parse_sketch(set_budget(parse_sketch("# Budsjett\nBEHOV"), [BudgetLine(item="Utvikling", amount=400_000)]))
    assert [(s.key, s.heading) for s in after.sections] == [("budget", "Budsjett")]
    assert after.section("budget").body.startswith("BEHOV\n")
    assert [(line.item, line.amount) for line in after.budget.lines] == [("Utvikling", 400_000)]


def test_the_budget_table_of_a_sketch_without_a_budget_part_makes_one():
    # Amounts under «# Sammendrag» and no budget part: the table replaced them there, where a
    # one-line table is no budget; the text now stays and the table makes the budget part.
    text = "# Sammendrag\n1KR;1KR\nBUDSJETT"
    after = parse_sketch(set_budget(parse_sketch(text), [BudgetLine(item="Utvikling", amount=400_000)]))
    assert [(s.key, s.heading) for s in after.sections] == [("summary", "Sammendrag"), ("budget", "Budsjett")]
    assert after.section("summary").body.strip() == "1KR;1KR\nBUDSJETT"
    assert [(line.item, line.amount) for line in after.budget.lines] == [("Utvikling", 400_000)]
