"""Findings follow the reader's language: `check --lang`, `check --json`, the window's checklist,
the coach and the feedback report say every message, suggestion and note in the language the
user chose, whatever the sketch's; words quoted from the sketch stay as written."""

from __future__ import annotations

import json
import pickle
import re
from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.core.judging.checkup import checkup
from assistant.core.judging.engine import default_messages, report_in
from assistant.core.judging.findings import Said

ROOT = Path(__file__).parents[2]
SKETCHES = ROOT / "tests" / "fixtures" / "sketches"


def _fragments(lang: str, other: str) -> set[str]:
    """Literal words of the rubric's messages in `lang` (placeholders cut out) that the
    catalogue never says in `other`: any of them in a run for `other` is a message left untranslated."""
    theirs = " ".join(m.get(other) for m in default_messages().values())
    out = set()
    for entry in default_messages().values():
        for piece in re.split(r"\{\w+\}|«[^»]*»|\([^)]*\)", entry.get(lang)):
            piece = piece.strip(" .,:;–-")
            if len(piece) >= 14 and piece not in theirs:
                out.add(piece)
    return out


NB_ONLY = _fragments("nb", "en")
EN_ONLY = _fragments("en", "nb")


def _left_in(text: str, fragments: set[str]) -> list[str]:
    text = re.sub(r"«[^»]*»", "", text)  # quotes from the sketch stay as written
    return sorted(f for f in fragments if f in text)


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKISSE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("SKISSE_LANG", raising=False)


def test_check_says_a_bokmal_sketchs_findings_in_english_and_keeps_its_quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sketch = tmp_path / "teknologi.md"
    sketch.write_text((SKETCHES / "teknologi-forst.md").read_text(encoding="utf-8"), encoding="utf-8")
    main(["--lang", "en", "check", str(sketch), "--no-pages"])
    out = capsys.readouterr().out
    assert not _left_in(out, NB_ONLY), _left_in(out, NB_ONLY)
    assert "early in the sketch points to a solution or technology" in out
    assert "«Vi skal utvikle en app»" in out  # the sketch's own words, as written
    assert "→ Describe the need and the goal instead" in out  # the suggestion too
    main(["--lang", "nb", "check", str(sketch), "--no-pages"])
    assert "tidlig i skissen peker på en løsning" in capsys.readouterr().out


def test_check_json_messages_follow_lang_both_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nb = tmp_path / "sterk.md"
    nb.write_text((SKETCHES / "svak-kort.md").read_text(encoding="utf-8"), encoding="utf-8")
    en = tmp_path / "strong.md"
    en.write_text((SKETCHES / "strong-english.md").read_text(encoding="utf-8"), encoding="utf-8")
    main(["--lang", "en", "check", "--json", str(nb), "--no-pages"])
    said = json.loads(capsys.readouterr().out)
    texts = " ".join(f["message"] + " " + (f["suggestion"] or "") for c in said[0]["criteria"] for f in c["findings"])
    assert texts.strip() and not _left_in(texts, NB_ONLY), _left_in(texts, NB_ONLY)
    main(["--lang", "nb", "check", "--json", str(en), "--no-pages"])
    said = json.loads(capsys.readouterr().out)
    texts = " ".join(f["message"] + " " + (f["suggestion"] or "") for c in said[0]["criteria"] for f in c["findings"])
    assert texts.strip() and not _left_in(texts, EN_ONLY), _left_in(texts, EN_ONLY)
    assert "Delen finnes" in texts or "Skissen" in texts


def test_nested_words_of_the_catalogue_are_said_again_too() -> None:
    """«{name} er {what}»: the {what} («et selskap») is itself a message, and is said in English."""
    report = checkup((SKETCHES / "selskap-soker.md").read_text(encoding="utf-8"), pages=False).report
    english = report_in(report, "en")
    eligibility = english.criterion("eligibility")
    assert eligibility is not None and eligibility.findings
    text = " ".join(f.message for f in eligibility.findings)
    assert "Only publicly funded bodies" in text and "selskap (" not in text and "Bare offentlig" not in text
    assert report.criterion("eligibility").findings[0].message != eligibility.findings[0].message  # the shared checkup is unchanged


def test_what_is_said_survives_a_worker_process_and_history() -> None:
    report = checkup((SKETCHES / "teknologi-forst.md").read_text(encoding="utf-8"), pages=False).report
    again = pickle.loads(pickle.dumps(report))  # how `check DIR` brings reports back from its workers
    message = again.criteria[3].findings[0].message if again.criteria[3].findings else None
    assert isinstance(report_in(again, "en").criteria[0].findings[0].message, Said)
    assert message == report.criteria[3].findings[0].message if message else True
    assert json.loads(report.model_dump_json())["criteria"][0]["findings"][0]["message"] == str(report.criteria[0].findings[0].message)


def test_the_windows_checklist_and_the_coach_read_findings_in_their_language() -> None:
    from assistant.coach.context import DraftContext
    from assistant.core.rendering.pages import PageInfo
    from assistant.tui.live import compute_live
    from assistant.tui.services import Services

    text = (SKETCHES / "teknologi-forst.md").read_text(encoding="utf-8")
    services = Services(page_info=lambda sketch, layout: PageInfo(pages=6, fraction=5.4))
    state = compute_live(text, services, lang="en")
    said = " ".join(f.message + " " + (f.suggestion or "") for c in state.report.criteria for f in c.findings)
    assert "The sketch is 6 pages" in said and not _left_in(said, NB_ONLY), _left_in(said, NB_ONLY)
    assert "Skissen er 6 sider" in " ".join(f.message for c in compute_live(text, services, lang="nb").report.criteria for f in c.findings)
    coach = DraftContext(text, "en", with_pages=False).report
    said = " ".join(f.message for c in coach.criteria for f in c.findings)
    assert said and not _left_in(said, NB_ONLY)


def test_the_feedback_report_says_findings_in_its_language(tmp_path: Path) -> None:
    from assistant.advisor.db import HistoryDB
    from assistant.advisor.report import feedback_markdown

    text = (SKETCHES / "teknologi-forst.md").read_text(encoding="utf-8")
    report = checkup(text, pages=False).report
    db = HistoryDB(tmp_path / "history.sqlite")
    english = feedback_markdown(db, tmp_path / "s.md", report, text=text, lang="en")
    assert "points to a solution or technology" in english and not _left_in(english, NB_ONLY), _left_in(english, NB_ONLY)
    assert "peker på en løsning" in feedback_markdown(db, tmp_path / "s.md", report, text=text, lang="nb")


@pytest.mark.parametrize(("lang", "system", "truncated", "too_long"), [
    ("en", "nb", "The text is very long", "text this long is not laid out"),
    ("nb", "en", "Teksten er svært lang", "så lang tekst blir ikke satt opp"),
])
def test_the_long_text_notes_follow_the_readers_language_not_the_sketch_or_locale(lang: str, system: str, truncated: str, too_long: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.tui.live import compute_live
    from assistant.tui.services import Services

    monkeypatch.setenv("SKISSE_LANG", system)  # the system's language is neither the reader's nor the sketch's choice
    base = (SKETCHES / ("strong-english.md" if lang == "nb" else "sterk-bokmal.md")).read_text(encoding="utf-8")
    text = base + ("\n\n" + "Ein lang tekst om behovet. " * 40) * 230  # past both the check's and the layout's limit
    state = compute_live(text, Services(), lang=lang)
    notes = "\n".join(state.report.notes)
    assert truncated in notes and too_long in notes, notes


def test_export_refuses_a_too_long_sketch_in_the_commands_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.core.files.storage import SkisseFileError
    from assistant.core.rendering.export import export_pdf
    from assistant.core.sketch.document import parse_sketch
    from assistant.core.sketch.rubric import load_rubric

    monkeypatch.setenv("SKISSE_LANG", "en")  # the system's language is not the command's
    sketch = parse_sketch((SKETCHES / "sterk-bokmal.md").read_text(encoding="utf-8") + "\n\nEin lang tekst. " * 12_000)
    with pytest.raises(SkisseFileError) as raised:
        export_pdf(sketch, load_rubric().layout, tmp_path / "s.pdf", lang="nb")
    assert "så lang tekst blir ikke satt opp" in str(raised.value) and "not laid out" not in str(raised.value)
    assert not (tmp_path / "s.pdf").exists()


@pytest.mark.parametrize(("lang", "shown"), [("nb", "0,4 av 5 sider"), ("nn", "0,4 av 5 sider"), ("en", "0.4 of 5 pages")])
def test_the_page_fill_figure_has_the_readers_decimal_mark(lang: str, shown: str) -> None:
    from assistant.core.judging.engine import check_sketch
    from assistant.core.rendering.pages import PageInfo
    from assistant.core.sketch.document import parse_sketch

    for source in ("svak-kort.md", "strong-english.md"):
        sketch = parse_sketch((SKETCHES / source).read_text(encoding="utf-8"))
        report = check_sketch(sketch, pages=PageInfo.model_construct(pages=1, fraction=0.44))
        for said in (report_in(report, lang), report_in(pickle.loads(pickle.dumps(report)), lang)):
            message = said.criterion("page-limit").findings[0].message
            assert shown in message, message


def test_lang_after_the_command_is_accepted_and_wins(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKISSE_LANG", "nb")  # `main` sets it for the core's messages; put back after
    sketch = tmp_path / "ny.md"
    sketch.write_text((SKETCHES / "svak-kort.md").read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["check", str(sketch), "--no-pages", "--lang", "en"]) in (0, 1)
    out = capsys.readouterr().out
    assert "Who may apply" in out and "Hvem kan søke" not in out
    assert main(["--lang", "en", "check", str(sketch), "--no-pages", "--lang=nn"]) in (0, 1)
    assert "Kven kan søkje" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_:
        main(["check", str(sketch), "--lang", "fr"])
    assert exit_.value.code == 2 and "--lang" in capsys.readouterr().err


def test_every_command_takes_lang_after_it() -> None:
    from assistant.cli.main import build_parser

    def commands(parser, trail=()):
        for action in parser._subparsers._group_actions if parser._subparsers else []:
            for name, command in (action.choices or {}).items():
                yield (*trail, name), command
                yield from commands(command, (*trail, name))

    found = list(commands(build_parser("en")))
    assert {"check", "export", "import", "history", "report", "coach", "portfolio", "new"} <= {t[0] for t, _ in found}
    for trail, command in found:
        assert any("--lang" in a.option_strings for a in command._actions), trail
