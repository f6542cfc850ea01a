"""A title that names a part («Grønare og smartare vinterdrift», «Budsjett prosa») is the title
written by `skisse new` and the form, never that part: the part is the template's own `##`
heading below, where the interview writes its answers."""

from __future__ import annotations

import pytest

from assistant.core.sketch.answers import set_answer
from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.editing import set_section_body
from assistant.core.sketch.model import Language
from assistant.core.sketch.rubric import load_rubric
from assistant.core.sketch.template import template_sketch


@pytest.mark.parametrize(
    ("lang", "title", "part"),
    [
        (Language.NN, "Grønare og smartare vinterdrift", "green-smart"),
        (Language.NN, "Budsjett prosa", "budget"),
        (Language.NB, "Grønnere og smartere byer", "green-smart"),
        (Language.NB, "Dialog med næringslivet om vinterdrift", "business-dialogue"),
        (Language.EN, "Greener and smarter winter roads", "green-smart"),
        (Language.EN, "Why us matters", "why-us"),
    ],
)
def test_a_title_naming_a_part_stays_the_title_and_the_part_is_the_template_heading(lang: Language, title: str, part: str) -> None:
    text = template_sketch(title=title, applicant="Ørsta kommune", orgnr=None, kind=None, lang=lang, rubric=load_rubric("innovasjonspartnerskap"))
    sketch = parse_sketch(text)
    assert sketch.title == title
    assert [s.heading for s in sketch.sections if s.key == part] != [title]
    section = sketch.section(part)
    assert section is not None and section.level == 2 and section.heading != title
    # An answer goes under the part's own heading, below the summary, not under the title.
    written = set_section_body(sketch, part, set_answer(section.body, f"{part}.q1", "Mindre salt på vegane gir mindre avrenning."))
    lines = written.splitlines()
    answer_at = lines.index("Mindre salt på vegane gir mindre avrenning.")
    assert lines.index(f"## {section.heading}") < answer_at
    assert lines.index(f"# {title}") < next(n for n, line in enumerate(lines) if line.startswith("## ")) < answer_at
    assert parse_sketch(written).section(part).text.startswith("Mindre salt")


def test_a_level_one_heading_naming_a_part_with_no_heading_of_its_own_below_is_still_that_part() -> None:
    # A sketch written with «# Budsjett» as its only budget heading keeps its budget.
    text = "---\ntitle: Trygg heime\n---\n\n# Budsjett\n\nProsjektleiing 600 000 kr.\n\n## Samandrag\n\nTekst.\n\n## Problem og behov\n\nTekst.\n"
    sketch = parse_sketch(text)
    assert sketch.section("budget") is not None and "600 000" in sketch.section("budget").body


def test_a_title_without_metadata_naming_a_part_is_the_title() -> None:
    text = "# Budsjett prosa\n\n## Samandrag\n\nTekst.\n\n## Budsjett\n\nProsjektleiing 600 000 kr.\n"
    sketch = parse_sketch(text)
    assert sketch.title == "Budsjett prosa"
    assert sketch.section("budget").heading == "Budsjett"
