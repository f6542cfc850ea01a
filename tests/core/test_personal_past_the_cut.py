"""Personal data is looked for in the whole text, also past the 200 000 characters the other
checks read: a contact line pasted after a long block must not pass as «No personal data found»."""

from __future__ import annotations

from pathlib import Path

from assistant.core.judging.engine import MAX_CHECK_CHARS, check_sketch
from assistant.core.sketch.document import parse_sketch

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sketches"
PARAGRAPH = "Dei eldre fell om natta, og ingen veit om det før morgonen kjem. " * 20 + "\n\n"


def _long(tail: str) -> str:
    base = (FIXTURES / "sterk-nynorsk.md").read_text(encoding="utf-8")
    text = base.replace("## ", PARAGRAPH * 200 + "## ", 1)
    assert len(text) > MAX_CHECK_CHARS
    return text + tail


def _personal(text: str):
    return check_sketch(parse_sketch(text)).criterion("personal-data")


def test_a_contact_line_past_the_cut_is_found_with_its_line():
    text = _long("\nKontakt: Kari Nordmann, fnr. 010190 10046, mobil 915 55 123, kari.nordmann@gmail.com\n")
    result = _personal(text)
    assert result.status.value == "fail"
    line = text.count("\n")  # the contact line is the last one
    assert {(f.quote, f.line) for f in result.findings} == {("010190 10046", line), ("915 55 123", line), ("kari.nordmann@gmail.com", line)}


def test_a_long_text_without_personal_data_still_passes():
    result = _personal(_long("\nKontakt: postmottak@volda.kommune.no, sentralbord 70 05 87 00.\n"))
    assert result.status.value == "pass", [f.message for f in result.findings]


def test_too_many_numbers_past_the_cut_to_read_is_said_not_passed():
    tail = "\n" + "\n".join(f"Konto {12345678901 + i * 7919}" for i in range(600)) + "\n"
    result = _personal(_long(tail))
    assert result.status.value in ("warn", "fail")
    assert any("Berre dei første 200 000 teikna er lesne heilt for personopplysningar" in f.message for f in result.findings)


def test_a_megabyte_of_digits_past_the_cut_is_one_piece_to_read():
    from assistant.core.judging.checks_personal import _windows

    spans, whole = _windows("1." * 400_000)
    assert whole and len(spans) == 1 and spans[0][1] - spans[0][0] <= 1200 + 2 * 300
