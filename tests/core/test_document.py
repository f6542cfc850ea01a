"""The sketch document: sections by heading synonyms, metadata, lossless write-back."""

from pathlib import Path

import pytest

from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.editing import metadata_block, set_budget, set_metadata, set_section_body
from assistant.core.sketch.model import BudgetCategory, BudgetLine, Language, Metadata, OrgKind, Organisation
from assistant.core.sketch.sections import match_heading

FIXTURES = Path(__file__).parents[1] / "fixtures" / "sketches"


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("Problem og behov", "need"),
        ("1. Behovet", "need"),
        ("Utfordringa", "need"),
        ("2) Kunnskapsgrunnlag", "data"),
        ("Tall og data", "data"),
        ("Tal og data", "data"),
        ("Samarbeidspartnere", "partners"),
        ("Samarbeidspartnarar", "partners"),
        ("Hvorfor oss?", "why-us"),
        ("Kvifor oss", "why-us"),
        ("Hvorfor er vi best egnet?", "why-us"),
        ("Budsjett", "budget"),
        ("Tentativt budsjett (eks. anskaffelse)", "budget"),
        ("Dialog med næringslivet", "business-dialogue"),
        ("Samarbeid med næringslivet", "business-dialogue"),
        ("Grønnere og smartere samfunn", "green-smart"),
        ("The need", "need"),
        ("Why us", "why-us"),
        ("**Budget**", "budget"),
        ("Vedlegg", None),
    ],
)
def test_headings_are_recognised_in_nb_nn_en(heading: str, section: str | None) -> None:
    assert match_heading(heading) == section


def test_parse_reads_metadata_sections_and_budget() -> None:
    text = (FIXTURES / "sterk-bokmal.md").read_text(encoding="utf-8")
    sketch = parse_sketch(text)
    assert sketch.title == "Trygg hjemme lenger"
    assert sketch.applicant == Organisation(name="Bergen kommune", orgnr="964338531", kind=OrgKind.KOMMUNE)
    assert [p.name for p in sketch.partners] == ["Askøy kommune", "Helse Bergen HF"]
    keys = [s.key for s in sketch.sections]
    assert keys == ["summary", "need", "data", "partners", "why-us", "green-smart", "business-dialogue", "budget"]
    budget = sketch.budget
    assert budget is not None
    assert [line.amount for line in budget.lines] == [2_400_000, 900_000, 600_000, 6_000_000, 1_800_000]
    assert budget.stated_total == 11_700_000
    assert budget.lines[2].category is BudgetCategory.MARKET_DIALOGUE


def test_unchanged_sketch_writes_back_byte_for_byte() -> None:
    for path in FIXTURES.glob("*.md"):
        raw = path.read_bytes().decode("utf-8", errors="replace")
        assert parse_sketch(raw).to_markdown() == raw, path.name


def test_applicant_and_partners_read_from_text() -> None:
    text = (
        "# Renere fjorder\r\n\r\n**Søker:** Trondheim kommune (org.nr. 942 110 464)\r\n"
        "**Partnere:** Malvik kommune, Trøndelag fylkeskommune og Miljødirektoratet\r\n\r\n"
        "## Behovet\r\n\r\nTekst.\r\n"
    )
    sketch = parse_sketch(text)
    assert sketch.applicant is not None
    assert sketch.applicant.name == "Trondheim kommune"
    assert sketch.applicant.orgnr == "942110464"
    assert sketch.applicant.kind is OrgKind.KOMMUNE
    assert [p.name for p in sketch.partners] == ["Malvik kommune", "Trøndelag fylkeskommune", "Miljødirektoratet"]
    assert [p.kind for p in sketch.partners] == [OrgKind.KOMMUNE, OrgKind.FYLKESKOMMUNE, OrgKind.STATLIG]
    assert sketch.newline == "\r\n"
    assert sketch.to_markdown() == text


def test_company_applicant_is_recognised() -> None:
    sketch = parse_sketch("---\napplicant: Smart Omsorg AS\n---\n\n## Behov\n\nTekst.\n")
    assert sketch.applicant is not None and sketch.applicant.kind is OrgKind.SELSKAP


def test_broken_metadata_is_a_note_not_an_exception() -> None:
    sketch = parse_sketch("---\ntitle: [unclosed\n---\n\n## Behov\n\nTekst her.\n")
    assert any(n.code == "metadata-yaml" for n in sketch.notes)
    assert sketch.section("need") is not None


def test_headings_inside_code_fences_are_not_sections() -> None:
    sketch = parse_sketch("## Behov\n\n```\n## Budsjett\n```\n")
    assert [s.key for s in sketch.sections] == ["need"]


def test_set_section_body_changes_only_that_section() -> None:
    text = (FIXTURES / "sterk-bokmal.md").read_text(encoding="utf-8")
    sketch = parse_sketch(text)
    new = set_section_body(sketch, "why-us", "Vi har gjort dette før.")
    after = parse_sketch(new)
    assert after.section("why-us").body.strip() == "Vi har gjort dette før."
    for key in ("need", "data", "budget"):
        assert after.section(key).body.strip() == sketch.section(key).body.strip()


def test_set_section_body_adds_a_missing_section_in_order() -> None:
    sketch = parse_sketch("# T\n\n## Behov\n\nA.\n\n## Budsjett\n\nB.\n")
    new = parse_sketch(set_section_body(sketch, "data", "Tall fra SSB."))
    assert [s.key for s in new.sections] == ["need", "data", "budget"]
    assert new.section("data").heading == "Tall og data"


def test_set_budget_round_trips_and_keeps_procurement_out_of_total() -> None:
    sketch = parse_sketch("## Budsjett\n\nTentativt.\n")
    lines = [
        BudgetLine(item="Utvikling", category=BudgetCategory.DEVELOPMENT, amount=3_000_000),
        BudgetLine(item="Kjøp av løsning", category=BudgetCategory.PROCUREMENT, amount=9_000_000),
    ]
    after = parse_sketch(set_budget(sketch, lines))
    assert after.budget is not None
    assert [(b.item, b.category, b.amount) for b in after.budget.lines] == [
        ("Utvikling", BudgetCategory.DEVELOPMENT, 3_000_000),
        ("Kjøp av løsning", BudgetCategory.PROCUREMENT, 9_000_000),
    ]
    assert after.budget.stated_total == 3_000_000
    assert "Tentativt." in after.source


@pytest.mark.parametrize(
    "budget_body",
    ["    ```", "```\nkode", "   ~~~", "\t```"],
    ids=["four-spaces-is-not-a-fence", "unclosed-fence", "three-spaces-is-a-fence", "tab-is-not-a-fence"],
)
def test_a_budget_written_after_fence_like_lines_is_read(budget_body: str) -> None:
    """A table is found by the same fence rule as headings (CommonMark: at most three spaces
    in), so a table written after a fence-like line is read back, whatever the line is."""
    sketch = parse_sketch(f"# Sammendrag\n# Budsjett\n{budget_body}")
    after = parse_sketch(set_budget(sketch, [BudgetLine(item="Utvikling", amount=250_000)]))
    assert after.budget is not None and [line.amount for line in after.budget.lines] == [250_000]
    assert budget_body.strip() in after.source


def test_set_metadata_replaces_block_and_keeps_body() -> None:
    sketch = parse_sketch("---\ntitle: A\n---\n\n## Behov\n\nTekst.\n")
    meta = Metadata(title="B", applicant=Organisation(name="Oslo kommune", orgnr="974760673", kind=OrgKind.KOMMUNE), language=Language.NN)
    after = parse_sketch(set_metadata(sketch, meta))
    assert after.meta.title == "B" and after.language is Language.NN
    assert after.applicant.orgnr == "974760673"
    assert after.source.endswith("## Behov\n\nTekst.\n")
    assert metadata_block(meta).startswith("---\n")


@pytest.mark.parametrize(
    ("table", "amounts", "total"),
    [
        ("| Post | Beløp |\n|---|---|\n| Utvikling | 1,25 mill. |\n| Test | NOK 1.2M |\n", [1_250_000, 1_200_000], None),
        ("| Post | 2026 | 2027 |\n|---|---|---|\n| Utvikling | 500 000 | 700 000 |\n| Totalt | 500 000 | 700 000 |\n", [1_200_000], 1_200_000),
        ("| Post | Beløp\n| Utvikling | 2 000 000\n| Test | MNOK 1,5 |\n", [2_000_000, 1_500_000], None),
        ("Post | Beløp\n---|---\nUtvikling | 100 000\nSum | 100 000\n", [100_000], 100_000),
    ],
)
def test_budget_tables_in_many_shapes(table: str, amounts: list[int], total: int | None) -> None:
    sketch = parse_sketch("## Budsjett\n\n" + table)
    assert sketch.budget is not None
    assert [b.amount for b in sketch.budget.lines] == amounts
    assert sketch.budget.stated_total == total


@pytest.mark.parametrize("libyaml", [True, False], ids=["libyaml", "python-loader"])
def test_metadata_reads_alike_with_and_without_libyaml(libyaml: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.core.sketch import frontmatter

    if not libyaml:
        monkeypatch.setattr(frontmatter, "_C_LOADER", None)
    elif frontmatter._C_LOADER is None:
        pytest.skip("PyYAML was built without libyaml")
    sketch = parse_sketch("---\ntitle: Trygg heime\napplicant:\n  name: Voss herad\n  orgnr: '964338531'\npartners: [Vaksdal kommune]\n---\n\n## Behov\n\nTekst.\n")
    assert sketch.title == "Trygg heime" and sketch.applicant is not None and sketch.applicant.name == "Voss herad"
    assert [p.name for p in sketch.partners] == ["Vaksdal kommune"]
    aliased = parse_sketch("---\ntitle: &t Tittel\nrunning: *t\n---\n\n## Behov\n\nTekst.\n")
    assert any(n.code == "metadata-yaml" and "aliases" in n.message for n in aliased.notes)
    broken = parse_sketch("---\ntitle: ok\npartners: [unclosed\n---\n\n## Behov\n\nTekst.\n")
    note = next(n for n in broken.notes if n.code == "metadata-yaml")
    assert note.line == 3  # the line of the file the problem is on (the block's last), not of the block
    odd = parse_sketch("---\ntitle: @x\n---\n")
    assert any(n.line == 2 and "'@'" in n.message for n in odd.notes)
    for depth in (150, 999, 50_000):  # libyaml's builder recursed without limit in older releases
        deep = parse_sketch("---\ntitle: " + "[" * depth + "]" * depth + "\n---\n\n## Behov\n\nTekst.\n")
        assert any("nested too deeply" in n.message for n in deep.notes), depth
        assert deep.section("need") is not None
    shallow = parse_sketch("---\ntitle: x\npartners: [[[[A]]]]\n---\n")
    assert not any(n.code == "metadata-yaml" for n in shallow.notes)
    # A lone surrogate (libyaml reads UTF-8 only) is a note, never an exception.
    surrogate = parse_sketch("---\ntitle: He\ud800i\n---\n\n## Behov\n\nTekst.\n")
    assert any(n.code == "metadata-yaml" for n in surrogate.notes)


@pytest.mark.parametrize("heading", ["Grønt og smart", "Grøn og smart", "Grønt og smart samfunn", "Smartere og grønnere", "Klima og miljø", "Grønnere", "Green and smart", "Greener"])
def test_the_greener_smarter_part_under_the_headings_applicants_give_it(heading):
    """«## Grønt og smart» is that part (an advisor's `coach -s green-smart` was refused on it)."""
    from assistant.core.sketch.sections import match_heading

    assert match_heading(heading) == "green-smart"


@pytest.mark.parametrize("heading", ["Grønnere ferjer i Vestland", "Greener ferries for the coast", "Smart parkering ved sjukehuset"])
def test_near_miss_a_title_that_begins_with_greener_is_not_that_part(heading):
    from assistant.core.sketch.sections import match_heading

    assert match_heading(heading) is None
