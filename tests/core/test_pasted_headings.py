"""Headings a word processor leaves when a draft is pasted: a part's name on its own line right
above its text, numbers without a full stop, and the draft's own numbering for parts it names
in its own words."""

from __future__ import annotations

import pytest

from assistant.core.sketch.document import parse_sketch


def _keys(text: str) -> list[tuple[str, str | None]]:
    return [(s.heading, s.key) for s in parse_sketch(text).sections]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Skisse\n\nBehov\nVi trenger en bedre barnevernsvakt.\n\nØkonomi\nVi regner med ca. 3 mill. kr over to år.\n",
            [("Behov", "need"), ("Økonomi", "budget")],
        ),
        (
            "Skisse\n\nBehovet\nVatnet lek ut av leidningane.\n\nKvifor oss\nVi har felles VA-samarbeid sidan 2021.\n",
            [("Behovet", "need"), ("Kvifor oss", "why-us")],
        ),
        (
            "Sketch\n\nBudget\n| Item | Amount |\n|---|---|\n| Project management | NOK 1 200 000 |\n",
            [("Budget", "budget")],
        ),
    ],
)
def test_a_part_named_on_its_own_line_right_above_its_text_is_a_heading(text: str, want: list) -> None:
    assert _keys(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # A sentence in a paragraph, a line inside one, a line that is a budget post.
        "Skisse\n\nVi har et behov.\nBehov\nsom ingen har løst.\n",
        "Skisse\n\nBudsjettet er lite\nog dekker bare prosjektledelse.\n",
        "Skisse\n\nMarkedsdialog 200 000 kr\nUtvikling 1 000 000 kr\n",
    ],
)
def test_a_line_inside_a_paragraph_or_a_post_is_no_heading(text: str) -> None:
    assert [k for _, k in _keys(text) if k] == []


def test_numbers_without_a_full_stop_number_the_parts() -> None:
    text = (
        "Skisse\n\n1 Behovet\n\nRegnet kommer fortere enn røret tar det.\n\n"
        "2 Hva vi vil\n\nUtvikle nye måter å lede vann på.\n\n"
        "3 Derfor oss\n\nVi eier arealene vannet går gjennom.\n\n"
        "4 Forankring\n\nKommunedirektøren står bak.\n\n"
        "5 Budsjett (utkast)\n\n| Post | Beløp |\n|---|---|\n| Prosjektledelse | 3,6 MNOK |\n"
    )
    assert _keys(text) == [
        ("Behovet", "need"),
        ("Hva vi vil", None),
        ("Derfor oss", "why-us"),
        ("Forankring", None),
        ("Budsjett (utkast)", "budget"),
    ]
    # The need ends where the draft's own second part begins.
    assert "Utvikle" not in parse_sketch(text).section("need").body


def test_a_numbered_list_in_the_text_is_not_a_run_of_headings() -> None:
    text = (
        "Skisse\n\n1 Behovet\n\nRegnet kommer fortere enn røret tar det.\n\n"
        "2 Derfor oss\n\nTre grunner:\n\n3 skoler står under vann\n4 gater stenges\n"
    )
    keys = _keys(text)
    assert ("Behovet", "need") in keys and ("Derfor oss", "why-us") in keys
    assert all(h not in ("skoler står under vann", "gater stenges") for h, _ in keys)


def test_unnumbered_lines_are_not_taken_by_a_numbering_they_do_not_share() -> None:
    # «1. Behov» numbers with a full stop; «2 Hva vi vil» does not, so it is left as text.
    text = "Skisse\n\n1. Behov\n\nTekst om behovet.\n\n2 Hva vi vil\n\nMer tekst.\n\n3. Budsjett\n\nca. 2 mill. kr\n"
    assert ("Hva vi vil", None) not in _keys(text)


def test_a_line_above_a_setext_underline_is_that_one_heading() -> None:
    sketch = parse_sketch("SAMMENDRAG\n=\n\nKort om prosjektet.\n")
    assert [(s.heading, s.level) for s in sketch.sections] == [("SAMMENDRAG", 1)]



def test_bold_lines_under_a_title_alone_are_the_parts() -> None:
    # Only the title is a «#» heading; the parts are bold lines, as a word processor leaves them,
    # some in the draft's own words: the need ends where «Det vi har gjort før» begins.
    text = (
        "# Digital inkludering i Vestland\n\n**Behovet**\n\nMange eldre står utanfor digitale tenester.\n\n"
        "**Det vi har gjort før**\n\nVi har drive digihjelp i ti år og har data frå 40 000 besøk.\n"
    )
    sketch = parse_sketch(text)
    assert [s.heading for s in sketch.sections] == ["Behovet", "Det vi har gjort før"]
    assert "digihjelp" not in sketch.section("need").body


def test_bold_lines_beside_marked_parts_stay_text() -> None:
    text = "# Tittel\n\n## Behov\n\nTekst.\n\n**Det vi har gjort før**\n\nVi har data.\n\n## Budsjett\n\n2 mill. kr\n"
    sketch = parse_sketch(text)
    assert "Det vi har gjort før" not in [s.heading for s in sketch.sections]
    assert "Vi har data" in sketch.section("need").body


def test_a_line_right_above_a_marked_heading_is_no_part() -> None:
    sketch = parse_sketch("BEHOV\n# Sammendrag\n\nKort.\n\n# Problem og behov\n\nTekst.\n")
    assert [(s.key, s.heading) for s in sketch.sections] == [("summary", "Sammendrag"), ("need", "Problem og behov")]
