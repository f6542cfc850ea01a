"""The advisor commands as a user runs them: coach, history, report, portfolio."""

from __future__ import annotations

import csv
import io
import json

import pytest

from assistant.cli.main import main

from .corpus import make_corpus

NEW_DATA = "Hjemmetjenesten kjører 1,4 millioner kilometer i året, og 38 prosent av arbeidstiden går til reise.\nI 2023 ventet 240 personer på sykehjemsplass (egne tall).\nPleie- og omsorgstjenestene"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_coach_then_history_then_report(capsys, sketch_file, tmp_path):
    path = str(sketch_file)
    code, out, _ = run(capsys, "coach", path, "--advisor", "Kari Nordmann", "--comment", "Flere tall her", "--section", "data", "--quote", "31 prosent", "--step", "Finn tall for reisetid")
    assert code == 0
    assert "Møte 1 startet med Kari Nordmann" in out
    assert "Lagret som versjon 1." in out
    assert "Kommentar 1 lagt til (Tall og data)." in out
    assert "Vurderinger:" not in out and "Åpne kommentarer" not in out  # an action prints its own result
    code, out, _ = run(capsys, "coach", path)  # a plain call: the verdicts and the open comments
    assert "Vurderinger:" in out and "Uendret siden versjon 1." in out
    assert "1 Tall og data «31 prosent»: Flere tall her — Kari Nordmann" in out

    sketch_file.write_text(sketch_file.read_text(encoding="utf-8").replace("Pleie- og omsorgstjenestene", NEW_DATA), encoding="utf-8")
    code, out, _ = run(capsys, "coach", path, "--resolve", "1", "--end", "--log")
    assert code == 0
    assert "Lagret som versjon 2." in out
    assert "Endrede deler: Tall og data" in out
    assert "bør forbedres → bestått" in out
    assert "Kommentar 1 er løst." in out and "Møte 1 er avsluttet." in out
    assert out.count("Kommentar 1 er løst.") == 2  # once as done, once in the log

    code, out, _ = run(capsys, "history", path, "--log")
    assert "Møte 1 · Kari Nordmann" in out
    assert "Kommentar 1 (Tall og data) «31 prosent»: Flere tall her" in out
    assert "Versjon 2 lagret. Endrede deler: Tall og data." in out and "data-backing: warn → pass" in out
    assert "Neste steg: Finn tall for reisetid" in out and "Møtet ble avsluttet." in out

    code, out, _ = run(capsys, "history", path, "--json")
    versions = json.loads(out)
    assert [v["number"] for v in versions] == [1, 2]
    assert versions[0]["verdicts"]["data-backing"] == "warn" and versions[1]["verdicts"]["data-backing"] == "pass"

    code, out, _ = run(capsys, "history", path, "--compare", "1", "-1", "--json")
    cmp = json.loads(out)
    assert {"criterion": "data-backing", "before": "warn", "after": "pass"} in cmp["verdicts"]
    assert cmp["sections_changed"] == ["data"]

    code, out, _ = run(capsys, "history", path, "--compare", "1", "2")
    assert "1,4" in out and "Versjon 1" in out and "Versjon 2" in out

    code, out, _ = run(capsys, "report", path)
    assert out.startswith("# Tilbakemelding på skissen «Trygg heim")
    assert "**Rådgiver:** Kari Nordmann" in out
    assert "(data-backing): bør forbedres → bestått" in out
    assert "Ingen åpne kommentarer." in out
    assert "1. Finn tall for reisetid" in out
    assert "## Sidetall\n\n1,1 av 5 sider." in out or "av 5 sider." in out

    target = tmp_path / "rapport.md"
    code, _, err = run(capsys, "report", path, "--language", "en", "-o", str(target))
    assert code == 0 and "rapport.md" in err
    assert target.read_text(encoding="utf-8").startswith("# Feedback on the sketch “Trygg heim")


def test_report_pdf(capsys, sketch_file, tmp_path):
    target = tmp_path / "rapport.pdf"
    run(capsys, "coach", str(sketch_file), "--advisor", "Kari", "--comment", "Skriv om brukerne", "--section", "need")
    code, _, _ = run(capsys, "report", str(sketch_file), "-o", str(target))
    assert code == 0
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    pypdf = pytest.importorskip("pypdf")
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert "Tilbakemelding" in text and "Skriv om brukerne" in text


def test_restore_from_the_command_line(capsys, sketch_file, sketch_text):
    run(capsys, "coach", str(sketch_file), "--advisor", "Kari")
    sketch_file.write_text(sketch_text + "\nNy linje.\n", encoding="utf-8")
    run(capsys, "coach", str(sketch_file), "--advisor", "Kari")
    code, out, _ = run(capsys, "history", str(sketch_file), "--restore", "1")
    assert code == 0 and "Versjon 1 er gjenopprettet" in out
    assert sketch_file.read_text(encoding="utf-8") == sketch_text
    # The table shows the restore's notes in the reader's language, not the words they were kept in.
    code, out, _ = run(capsys, "history", str(sketch_file))
    assert "gjenopprettet versjon 1" in out
    assert "restored version" not in out and "note:" not in out
    code, out, _ = run(capsys, "--lang", "en", "history", str(sketch_file))
    assert "restored version 1" in out and "gjenopprettet" not in out


def test_a_note_kept_in_words_before_notes_were_keys_is_shown_as_written():
    from assistant.advisor.versions import note_key, note_text

    assert note_text("restored version 1", "nb") == "restored version 1"
    assert note_text(note_key("restored", 4), "nn") == "oppretta att versjon 4"
    assert note_text(None, "nb") == ""


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["coach", "{path}"], "--advisor"),
        (["coach", "{path}", "-a", "Kari", "--comment", "x", "--quote", "finnes ikke i teksten"], "fant ikke «finnes ikke i teksten»"),
        (["coach", "{path}", "-a", "Kari", "--comment", "x", "--section", "nope"], "ingen del «nope»"),
        (["coach", "{path}", "-a", "Kari", "--resolve", "99"], "ingen kommentar nr. 99"),
        (["history", "{path}"], "ingen versjoner"),
        (["coach", "{missing}", "-a", "Kari"], "finnes ikke"),
    ],
)
def test_one_line_errors(capsys, sketch_file, monkeypatch, argv, message):
    import getpass

    def no_login_name() -> str:
        raise OSError("No username set in the environment")

    monkeypatch.delenv("SKISSE_ADVISOR", raising=False)
    monkeypatch.setattr(getpass, "getuser", no_login_name)  # no name anywhere: --advisor is asked for
    argv = [a.format(path=sketch_file, missing=sketch_file.with_name("nope.md")) for a in argv]
    code, _, err = run(capsys, *argv)
    assert code != 0
    assert err.startswith("skisse: ") and err.count("\n") == 1
    assert message in err


def test_portfolio_csv_json_and_table(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    folder = tmp_path / "p"
    make_corpus(folder, 6)
    code, out, _ = run(capsys, "portfolio", str(folder), "--csv", "--no-pages", "--sort", "applicant")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 6
    assert [r["applicant"] for r in rows] == sorted((r["applicant"] for r in rows), key=str.casefold)
    code, out, _ = run(capsys, "portfolio", str(folder), "--json", "--status", "fail", "--no-pages")
    data = json.loads(out)
    assert [s["file"] for s in data["sketches"]] == ["skisse-004.md"]
    code, out, _ = run(capsys, "portfolio", str(folder), "--filter", "tromsø")
    assert "skisse-004.md" in out and "skisse-001.md" not in out and "Tromsø kommune" in out
    assert "1 skisse ·" in out  # one sketch, in the singular


def test_the_portfolio_table_fits_80_columns(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    folder = tmp_path / "p"
    make_corpus(folder, 3)
    code, out, _ = run(capsys, "portfolio", str(folder), "--no-pages")
    table = [line for line in out.splitlines() if line[:1] in "┏┃┡│└"]
    assert table and all(len(line) <= 80 for line in table), max(map(len, table))
    assert all(line[-1] in "┓┃┩│┘" for line in table)  # the right edge drawn: no column cut off


def test_portfolio_on_a_file_is_refused(capsys, sketch_file):
    code, _, err = run(capsys, "portfolio", str(sketch_file))
    assert code == 2 and "ikke en mappe" in err


def test_comments_travel_in_a_sidecar_to_another_history(capsys, sketch_file, tmp_path, monkeypatch):
    sidecar = tmp_path / "omsorg.comments.json"
    run(capsys, "coach", str(sketch_file), "-a", "Kari", "-c", "Kilde?", "-q", "31 prosent")
    run(capsys, "coach", str(sketch_file), "-a", "Kari", "-c", "Mer om brukerne", "-s", "need", "--export-comments", str(sidecar))
    data = json.loads(sidecar.read_text(encoding="utf-8"))
    assert data["format"] == "skisse-comments/1"
    assert [c["body"] for c in data["comments"]] == ["Kilde?", "Mer om brukerne"]
    assert "Kilde?" not in sketch_file.read_text(encoding="utf-8")

    # Another advisor, another history database, the file edited meanwhile.
    monkeypatch.setenv("SKISSE_HOME", str(tmp_path / "other-home"))
    sketch_file.write_text(sketch_file.read_text(encoding="utf-8").replace("# Trygg heim\n", "# Trygg heim\n\nEn innledning.\n", 1), encoding="utf-8")
    code, out, _ = run(capsys, "coach", str(sketch_file), "-a", "Ola", "--import-comments", str(sidecar))
    assert code == 0 and "2 kommentarer hentet inn." in out
    assert "Tall og data «31 prosent»: Kilde? — Kari" in out
    code, out, _ = run(capsys, "coach", str(sketch_file), "-a", "Ola", "--import-comments", str(sidecar))
    assert "0 kommentarer hentet inn." in out


@pytest.mark.parametrize(
    ("content", "lang", "said"),
    [
        (None, "nn", "finst ikkje"),
        ("{ikkje json", "nn", "ikkje gyldig JSON, linje 1"),
        ('{"format": "noko anna"}', "nn", "ikkje ei kommentarfil frå «skisse coach --export-comments»"),
        ("[1, 2]", "en", "not a comments file from «skisse coach --export-comments»"),
        ('{"format": "skisse-comments/1", "comments": 5}', "en", "not a comments file"),
    ],
)
def test_a_comments_file_that_cannot_be_imported_is_one_line_in_the_users_language(capsys, sketch_file, tmp_path, content, lang, said):
    """Missing, not JSON, or not a comments file: one line, in the language asked for, and nothing
    imported (the raw «[Errno 2] No such file or directory» or a JSON parser's message was shown)."""
    sidecar = tmp_path / "kommentarar.json"
    if content is not None:
        sidecar.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "--lang", lang, "coach", str(sketch_file), "-a", "Kari", "--import-comments", str(sidecar))
    assert code == 2 and said in err, err
    assert "Errno" not in err and "Expecting" not in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_hand_edited_comments_file_keeps_what_can_be_a_comment(capsys, sketch_file, tmp_path):
    """Items that are no comment (a number, a start that is text, a status unknown) do not stop the rest."""
    sidecar = tmp_path / "kommentarer.json"
    items = [5, {"body": "Kilde?", "start": "tolv", "status": "kanskje", "section": {"x": 1}, "author": "Kari"}, {"body": "Mer om brukerne", "author": "Kari"}]
    sidecar.write_text(json.dumps({"format": "skisse-comments/1", "comments": items}), encoding="utf-8")
    code, out, err = run(capsys, "coach", str(sketch_file), "-a", "Ola", "--import-comments", str(sidecar))
    assert code == 0 and "2 kommentarer hentet inn." in out, err
    assert "Kilde? — Kari" in out and "Mer om brukerne — Kari" in out


def test_restore_is_refused_while_the_sketch_is_open_in_the_window(capsys, sketch_file, sketch_text):
    from assistant.core.files.locks import SketchLock

    run(capsys, "coach", str(sketch_file), "--advisor", "Kari")
    sketch_file.write_text(sketch_text + "\nNy linje.\n", encoding="utf-8")
    run(capsys, "coach", str(sketch_file), "--advisor", "Kari")
    window = SketchLock(sketch_file)
    assert window.acquire() is None
    try:
        code, _, err = run(capsys, "history", str(sketch_file), "--restore", "1")
    finally:
        window.release()
    assert code == 2 and "er åpen i Skisse" in err
    assert sketch_file.read_text(encoding="utf-8").endswith("Ny linje.\n")


def test_history_compare_names_the_criteria_in_the_readers_language(capsys, sketch_file):
    """Versions are judged and kept in the sketch's language (bokmål here); a reader of English
    sees the comparison's criteria in English."""
    path = str(sketch_file)
    run(capsys, "coach", path, "--advisor", "Kari")
    sketch_file.write_text(sketch_file.read_text(encoding="utf-8").replace("Pleie- og omsorgstjenestene", NEW_DATA), encoding="utf-8")
    run(capsys, "coach", path, "--end")

    code, out, _ = run(capsys, "--lang", "en", "history", path, "--compare", "1", "2")
    assert code == 0
    flat = " ".join(out.split())
    assert "The need is backed by numbers and data (data-backing)" in flat
    assert "Behovet er underbygd" not in flat

    code, out, _ = run(capsys, "--lang", "nb", "history", path, "--compare", "1", "2")
    assert "Behovet er underbygd med tall og data (data-backing)" in " ".join(out.split())


def _log_kinds(path) -> list[str]:
    from assistant.advisor.db import HistoryDB
    from assistant.advisor.sessions import events, sessions_for

    db = HistoryDB()
    try:
        return [e.kind for s in sessions_for(db, path) for e in events(db, s.id)]
    finally:
        db.close()


def test_each_coach_action_prints_only_its_own_result(capsys, sketch_file):
    path = str(sketch_file)
    code, out, _ = run(capsys, "coach", path, "-a", "Kari Rådgiver")
    assert code == 0 and out.count("  bestått") + out.count("  bør forbedres") + out.count("  ikke bestått") >= 10
    code, out, _ = run(capsys, "coach", path, "-c", "Hvor kommer tallet fra?", "-s", "data")
    assert code == 0
    assert out.strip() == "Kommentar 1 lagt til (Tall og data)."  # no «Fortsetter møte», no verdicts
    code, out, _ = run(capsys, "coach", path, "--step", "Finn kilden", "--verdicts")
    assert "Neste steg 1: Finn kilden" in out and "Vurderinger:" in out and "Åpne kommentarer:" in out


def test_log_only_reads(capsys, sketch_file):
    path = str(sketch_file)
    run(capsys, "coach", path, "-a", "Kari")
    before = _log_kinds(path)
    for _ in range(3):
        code, out, _ = run(capsys, "coach", path, "--log")
        assert code == 0 and "Logg for møte 1 med Kari" in out
    assert _log_kinds(path) == before  # no check line added by reading the log
    assert out.count("Sjekk:") == before.count("check") == 1


def test_an_invalid_section_is_refused_before_anything_is_logged(capsys, sketch_file):
    path = str(sketch_file)
    run(capsys, "coach", path, "-a", "Kari")
    before = _log_kinds(path)
    code, out, err = run(capsys, "coach", path, "-c", "x", "-s", "foo")
    assert code == 2 and out == ""
    assert "ingen del «foo»; delene den har: " in err and "need" in err and "data" in err
    assert _log_kinds(path) == before


def test_a_second_advisor_name_does_not_open_a_second_session(capsys, sketch_file):
    path = str(sketch_file)
    run(capsys, "coach", path, "-a", "Kari Rådgiver")
    before = _log_kinds(path)
    code, out, err = run(capsys, "coach", path, "-a", "Kari", "-c", "Mer tall")
    assert code == 2 and out == ""
    assert "møte 1 med Kari Rådgiver er fortsatt åpent" in err and "--end" in err
    assert _log_kinds(path) == before and before.count("start") == 1
    code, out, _ = run(capsys, "coach", path, "-c", "Mer tall")  # without a name: the open session
    assert code == 0 and "Kommentar 1 lagt til" in out
    run(capsys, "coach", path, "--end")
    code, out, _ = run(capsys, "coach", path, "-a", "Kari", "-c", "Neste møte")
    assert code == 0 and "Møte 2 startet med Kari" in out


def test_the_advisor_name_falls_back_to_the_login_name_without_user(capsys, sketch_file, monkeypatch):
    import getpass
    import pwd

    for var in ("SKISSE_ADVISOR", "USER", "LOGNAME", "LNAME", "USERNAME"):
        monkeypatch.delenv(var, raising=False)
    login = pwd.getpwuid(__import__("os").getuid()).pw_name
    assert getpass.getuser() == login
    code, out, _ = run(capsys, "coach", str(sketch_file), "-c", "Kilde?")
    assert code == 0 and f"Møte 1 startet med {login}" in out
    monkeypatch.setenv("SKISSE_ADVISOR", "Ola Veileder")
    run(capsys, "coach", str(sketch_file), "--end")
    code, out, _ = run(capsys, "coach", str(sketch_file), "-c", "Kilde igjen?")
    assert code == 0 and "Møte 2 startet med Ola Veileder" in out
