"""Pure unit tests of the TUI's non-screen parts: plan, draft edits, settings, parsing helpers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.core.rendering.pages import PageInfo
from assistant.core.sketch.model import (
    BudgetCategory,
    BudgetLine,
    Language,
    Metadata,
    Organisation,
    OrgKind,
    Partner,
    PartnerRole,
)
from assistant.core.sketch.rubric import load_rubric
from assistant.core.sketch.sections import section_order
from assistant.tui.draft import Draft, new_sketch_text
from assistant.tui.interview_plan import interview_steps
from assistant.tui.live import compute_live
from assistant.tui.screens.budget import parse_years
from assistant.tui.screens.export import default_paths
from assistant.tui.screens.new_sketch import slug
from assistant.tui.screens.partners import kind_for, role_of
from assistant.tui.services import Services, ServiceUnavailable, count_tokens
from assistant.tui.settings import RecentFiles, TuiSettings
from assistant.tui.widgets.orgnr_input import orgnr_state
from assistant.tui.widgets.page_gauge import format_pages


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", None),
        ("964338531", None),
        ("964 338 531", None),
        ("96433853", "InvalidLength"),
        ("964338532", "InvalidChecksum"),
        ("964-338-531", "InvalidFormat"),
    ],
)
def test_orgnr_state(value: str, expected: str | None) -> None:
    assert orgnr_state(value) == expected


@pytest.mark.parametrize(
    ("fraction", "limit", "lang", "expected"),
    [(3.4, 5, "nb", "3,4 av 5 sider"), (5.04, 5, "nn", "5,0 av 5 sider"), (0.46, 5, "en", "0.5 of 5 pages")],
)
def test_format_pages(fraction: float, limit: int, lang: str, expected: str) -> None:
    assert format_pages(fraction, limit, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026: 500 000; 2027: 1,2 mill.", {"2026": 500_000, "2027": 1_200_000}),
        ("År 1: 100 000", {"År 1": 100_000}),
        ("", {}),
        ("neste år: 5", None),
        ("2026: mye", None),
    ],
)
def test_parse_years(text: str, expected: dict | None) -> None:
    assert parse_years(text) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [("Trygg hjemme i Bodø", "trygg-hjemme-i-bodø"), ("  ", "skisse"), ("Grønn/smart: 2026!", "grønn-smart-2026")],
)
def test_slug(title: str, expected: str) -> None:
    assert slug(title) == expected


@pytest.mark.parametrize(
    ("role", "name", "kind"),
    [
        (PartnerRole.PUBLIC, "Fauske kommune", OrgKind.KOMMUNE),
        (PartnerRole.PUBLIC, "Salten regionråd", OrgKind.OFFENTLIG),
        (PartnerRole.BUSINESS, "Omsorgsteknologi AS", OrgKind.SELSKAP),
        (PartnerRole.RESEARCH, "SINTEF", OrgKind.FORSKNING),
        (PartnerRole.CLUSTER, "Arena helseinnovasjon", OrgKind.KLYNGE),
        (PartnerRole.USER_ORGANISATION, "Pensjonistforbundet", OrgKind.BRUKERORGANISASJON),
    ],
)
def test_partner_kind_roundtrip(role: PartnerRole, name: str, kind: OrgKind) -> None:
    assert kind_for(role, name) is kind
    assert role_of(kind) is role


def test_interview_follows_section_order_and_rubric_questions() -> None:
    rubric = load_rubric("innovasjonspartnerskap")
    steps = interview_steps(rubric, "nb")
    sections = [s.section for s in steps]
    # Sections come in the sketch's order, each one at least once, never revisited.
    assert list(dict.fromkeys(sections)) == section_order()
    questions = {q.nb for c in rubric.criteria for q in c.questions}
    asked = [s.question for s in steps if not s.from_guide]
    assert asked and set(asked) <= questions
    need_questions = [q.nb for q in rubric.criterion("need-described").questions]
    assert all(any(s.question == q and s.section == "need" for s in steps) for q in need_questions)


def test_interview_without_rubric_asks_the_guides_in_the_language() -> None:
    steps = interview_steps(None, "nn")
    assert [s.section for s in steps] == section_order()
    assert all(s.from_guide for s in steps)
    assert steps[0].question.startswith("Kva er problemet")


def _meta() -> Metadata:
    return Metadata(
        title="Trygg hjemme",
        applicant=Organisation(name="Bodø kommune", orgnr="972418013", kind=OrgKind.KOMMUNE),
        language=Language.NB,
        rubric="innovasjonspartnerskap",
    )


def test_new_sketch_has_metadata_title_and_every_section(tmp_path: Path) -> None:
    draft = Draft.create(tmp_path / "s.md", _meta())
    on_disk = (tmp_path / "s.md").read_text(encoding="utf-8")
    assert on_disk == new_sketch_text(_meta()) == draft.text
    sketch = draft.sketch
    assert sketch.title == "Trygg hjemme"
    assert sketch.applicant is not None and sketch.applicant.orgnr == "972418013"
    assert [s.key for s in sketch.sections] == section_order()
    assert not draft.dirty


def test_answers_append_to_their_section_and_keep_the_rest(tmp_path: Path) -> None:
    draft = Draft.create(tmp_path / "s.md", _meta())
    draft.append_to_section("need", "Eldre faller hjemme.")
    draft.append_to_section("need", "Det koster 40 mill. kr i året.")
    draft.append_to_section("data", "SSB: 2 300 innbyggere over 80 år.")
    assert draft.sketch.section("need").body.strip() == "Eldre faller hjemme.\n\nDet koster 40 mill. kr i året."
    assert "SSB: 2 300" in draft.sketch.section("data").body
    assert draft.sketch.section("summary").body.strip() == ""
    assert draft.dirty
    assert draft.save() is True
    assert "Det koster 40 mill. kr i året." in (tmp_path / "s.md").read_text(encoding="utf-8")
    assert (tmp_path / "s.md~").exists()  # the previous version is kept
    assert draft.save() is False  # nothing new to write


def test_budget_written_as_table_and_read_back(tmp_path: Path) -> None:
    draft = Draft.create(tmp_path / "s.md", _meta())
    lines = [
        BudgetLine(item="Markedsdialog", category=BudgetCategory.MARKET_DIALOGUE, amount=400_000),
        BudgetLine(item="Prototyp", category=BudgetCategory.DEVELOPMENT, amount=2_500_000, years={"2026": 1_000_000, "2027": 1_500_000}),
        BudgetLine(item="Kjøp av løsningen", category=BudgetCategory.PROCUREMENT, amount=3_000_000),
    ]
    draft.set_budget(lines, ["2026", "2027"])
    budget = draft.sketch.budget
    assert budget is not None
    assert [(b.item, b.category, b.amount) for b in budget.lines] == [(b.item, b.category, b.amount) for b in lines]
    assert budget.lines[1].years == {"2026": 1_000_000, "2027": 1_500_000}
    assert budget.total_excluding_procurement == 2_900_000
    assert budget.stated_total == 2_900_000
    assert "| **Sum ekskl. anskaffelse** |" in draft.text


def test_partners_go_into_the_metadata_block(tmp_path: Path) -> None:
    draft = Draft.create(tmp_path / "s.md", _meta())
    draft.set_partners([Partner(name="Fauske kommune", orgnr="972417971", kind=OrgKind.KOMMUNE, role="deler behovet")])
    assert draft.text.startswith("---\ntitle: Trygg hjemme\n")
    assert [(p.name, p.orgnr, p.role) for p in draft.sketch.partners] == [("Fauske kommune", "972417971", "deler behovet")]
    assert len(draft.sketch.public_bodies) == 2


def test_recent_files_newest_first_deduplicated_and_capped(tmp_path: Path) -> None:
    clock = iter(range(100)).__next__
    recent = RecentFiles(tmp_path / "data" / "recent.json", clock=lambda: float(clock()))
    for n in range(15):
        recent.add(tmp_path / f"s{n}.md", f"S{n}")
    recent.add(tmp_path / "s3.md", "S3 igjen")
    entries = recent.entries()
    assert len(entries) == 12
    assert entries[0].title == "S3 igjen" and entries[0].path == str((tmp_path / "s3.md").resolve())
    assert [e.path for e in entries].count(str((tmp_path / "s3.md").resolve())) == 1


def test_recent_file_that_is_garbage_reads_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "recent.json"
    path.write_text("{not json", encoding="utf-8")
    assert RecentFiles(path).entries() == []


def test_settings_keep_language_and_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "tui.json"
    settings = TuiSettings.load(path, default_lang="nn")
    assert settings.lang == "nn"
    settings.lang = "en"
    settings.extra["keymap"] = {"help": "f10"}
    settings.save()
    again = TuiSettings.load(path)
    assert again.lang == "en" and again.extra == {"keymap": {"help": "f10"}}
    path.write_text(json.dumps({"lang": "xx"}), encoding="utf-8")
    assert TuiSettings.load(path, default_lang="nb").lang == "nb"


def test_default_export_paths_never_the_sketch(tmp_path: Path) -> None:
    md, pdf = default_paths(tmp_path / "skisse.md")
    assert md == tmp_path / "skisse.export.md" and pdf == tmp_path / "skisse.pdf"


def test_token_count_is_exact_from_bundled_encoding() -> None:
    tokens, exact = count_tokens("Eldre faller hjemme og havner på sykehus.")
    assert exact and 5 < tokens < 30


def test_live_state_reports_what_is_unavailable_without_failing() -> None:
    def no_render(sketch, layout):
        raise ServiceUnavailable("render")

    def broken_check(*args):
        raise RuntimeError("rubric exploded\nsecond line")

    text = new_sketch_text(_meta()) + "\nEldre faller hjemme.\n"
    state = compute_live(text, Services(page_info=no_render))
    assert state.pages is None and state.report is not None
    assert state.report.criterion("page-limit").status.value == "n/a"  # judged without pages
    assert state.problems == ["render"] and state.errors == []
    state = compute_live(text, Services(page_info=lambda sketch, layout: PageInfo(pages=1, fraction=0.3), check=broken_check))
    assert state.report is None
    assert state.errors == ["rubric exploded"]
    assert state.words == 3


def test_live_state_from_the_real_core() -> None:
    text = (Path(__file__).parents[1] / "fixtures" / "sketches" / "sterk-bokmal.md").read_text(encoding="utf-8")
    state = compute_live(text, Services())
    assert isinstance(state.pages, PageInfo) and 1 <= state.pages.pages <= 5
    assert state.report is not None and state.report.criterion("public-collaboration") is not None
    assert state.words > 500 and state.lix > 20 and state.tokens > state.words
    # The panel shows the check's own figures: `skisse check` says the same.
    stats = state.report.stats
    assert (state.words, state.lix, state.lix_band) == (stats.words, stats.lix, stats.lix_band)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Troms County Authority", OrgKind.FYLKESKOMMUNE),
        ("Hovedredningssentralen Nord-Norge", OrgKind.STATLIG),
        ("Sykehusinnkjøp HF", OrgKind.HELSEFORETAK),
        ("Pensjonistforbundet", OrgKind.BRUKERORGANISASJON),
        ("Vegteknikk Rådgivning AS", OrgKind.SELSKAP),
        ("Nordlys Montessoriskole", OrgKind.SELSKAP),
        ("Ås kommune. Partner", OrgKind.UKJENT),
    ],
)
def test_the_forms_read_a_kind_as_the_checker_does(name: str, kind: OrgKind) -> None:
    from assistant.core.sketch.orgs import infer_kind
    from assistant.core.sketch.registry import classify

    assert infer_kind(name) is kind
    assert infer_kind(name) is classify(name).kind
    # The partners form offers the role that kind belongs to.
    assert role_of(infer_kind(name)) is (PartnerRole.PUBLIC if kind.is_public else role_of(kind))
