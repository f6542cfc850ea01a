"""Hostile text cannot make a check pattern re-scan a run from every start.

Each shape in `benchmarks/_hostile.py` was quadratic (20 KB of «1.1.1.…» took 6.1 s, so the
200 000 characters a check reads would take some ten minutes). Here each is checked at that
full size: the test finishes at all only if every pattern reads the run once. Speed itself is
measured by `benchmarks/bench_hostile.py`; no clock is read here.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest

from assistant.core.sketch.amounts import parse_amount
from assistant.core.sketch.document import parse_sketch
from assistant.core.judging.engine import MAX_CHECK_CHARS, check_sketch
from assistant.core.data.paths import rubric_dir
from assistant.core.sketch.text import strip_inline

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from _hostile import SHAPES, hostile_sketch  # noqa: E402


@pytest.mark.parametrize("kind", sorted(SHAPES))
def test_a_hostile_run_the_size_a_check_reads_is_checked(kind):
    report = check_sketch(parse_sketch(hostile_sketch(kind, MAX_CHECK_CHARS)))
    assert {c.id for c in report.criteria} >= {"eligibility", "large-budget-items"}


def _budget_patterns() -> list[re.Pattern[str]]:
    data = tomllib.loads((rubric_dir() / "innovasjonspartnerskap" / "rubric.toml").read_text(encoding="utf-8"))
    crit = next(c for c in data["criteria"] if c["id"] == "large-budget-items")
    return [re.compile(p, re.IGNORECASE) for p in crit["checks"][0]["patterns"][:2]]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Området koster 1 200 000 mill. kr i året.", "1 200 000 mill. kr"),
        ("ca. 12,5 mill kr", "12,5 mill kr"),
        ("1.2 mrd.", "1.2 mrd."),
        ("12345, 678 millioner", "12345, 678 millioner"),  # the whole word, not «mill»
        ("netto 45\u00a0millioner kroner", "45\u00a0millioner kroner"),
        ("NOK 12,5 mrd i året", "NOK 12,5 mrd"),
        ("kr 1 200 000 mill", "kr 1 200 000 mill"),
    ],
)
def test_the_amount_patterns_still_find_what_people_write(text, found):
    hits = [m.group(0) for p in _budget_patterns() for m in [p.search(text)] if m]
    assert found in hits


def test_an_amount_pattern_never_starts_inside_a_digit_run():
    """Inside «1 000 000 1 000 000 …» and «12345, 678, …» only the run's first digit gets past the
    lookbehinds: every other start is refused at once, so the run is read once, not once per digit."""
    pattern = _budget_patterns()[0].pattern
    lead = re.compile(pattern[: pattern.index(r"\d+")])  # the lookbehinds before the number
    for run in ("1 000 000 " * 50, "12345, 678, " * 50, "1." * 200, "4,5\u00a0" * 50):
        assert [i for i in range(len(run)) if run[i].isdigit() and lead.match(run, i)] == [0]


def test_a_megabyte_of_digits_is_no_amount():
    assert parse_amount("1 " * 500_000) is None
    assert parse_amount("1 250 000 kr") == 1_250_000


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("a <b>x</b> d", "a  x  d"),
        ("[Lenke](https://x.no) og ![bilde](a.png)", "Lenke og bilde"),
        ("[W](https://no.wikipedia.org/wiki/Fall_(skade)) slutt", "W slutt"),
        ("a < b og c > d", "a < b og c > d"),
    ],
)
def test_links_and_tags_are_still_stripped(text, plain):
    assert strip_inline(text) == plain


# The heading pattern the parser used before (quadratic on a line of blanks): the reference the
# linear reading must agree with on every short line.
_OLD_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")


def test_headings_read_as_before():
    import random

    from assistant.core.sketch.document import atx_heading

    rng = random.Random(7)
    pieces = ["#", "##", " ", "\t", "a", "1", ".", ")", "b", "\u00a0", "\r", "Behov"]
    for _ in range(50_000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        m = _OLD_ATX.match(line)
        assert atx_heading(line) == ((len(m.group(1)), (m.group(2) or "").strip()) if m else None), repr(line)
    assert atx_heading("## Problem og behov ##") == (2, "Problem og behov")
    assert atx_heading("#Behov") is None and atx_heading("####### Behov") is None


def test_a_padded_field_value_reaches_the_name_reader_folded_and_bounded(monkeypatch):
    """«Søker:» followed by a megabyte of blanks: the name reader sees a short, folded value
    (its splitting pattern started a `\\s*` at every blank: over 15 s for 1 MB)."""
    from assistant.core.sketch import parties

    seen: list[str] = []
    real = parties.first_name

    def spy(value: str):
        seen.append(value)
        return real(value)

    monkeypatch.setattr(parties, "first_name", spy)
    parse_sketch("Søker: Bergen" + " " * 1_000_000 + "kommune\n\n## Behov\n\nTekst.\n")
    assert seen, "the applicant field was not read"
    assert all(len(v) <= 2000 and "  " not in v for v in seen)
