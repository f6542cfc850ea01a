"""Comments and next steps carry one number per sketch: the one the report, the plain `coach`
listing, the add message and `--resolve N` / `--step-done N` all use."""

from __future__ import annotations

import shutil
import sqlite3

from assistant.cli.main import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([*map(str, argv)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _two_sketches(sketch_file):
    """A first sketch takes ids 1-2 of steps and 1 of comments, so the second's ids are not 1, 2."""
    other = sketch_file.with_name("annen.md")
    shutil.copy(sketch_file, other)
    return other


def test_step_done_takes_the_number_the_report_shows(capsys, sketch_file):
    other = _two_sketches(sketch_file)
    run(capsys, "coach", other, "-a", "Kari", "--step", "Eldre steg A", "--step", "Eldre steg B", "-c", "Eldre kommentar", "--lang", "en")
    code, out, _ = run(capsys, "coach", sketch_file, "-a", "Kari", "--step", "Første steg: finn kilde", "--lang", "en")
    assert code == 0 and "Next step 1: Første steg: finn kilde" in out
    code, out, _ = run(capsys, "coach", sketch_file, "--step", "Andre steg: skriv om budsjett", "--lang", "en")
    assert "Next step 2: Andre steg" in out
    _, report, _ = run(capsys, "report", sketch_file, "--lang", "en")
    assert "1. Første steg: finn kilde\n2. Andre steg: skriv om budsjett" in report

    code, out, _ = run(capsys, "coach", sketch_file, "--step-done", "2", "--lang", "en")
    assert code == 0 and "Next step 2 is done." in out
    _, report, _ = run(capsys, "report", sketch_file, "--lang", "en")
    assert "1. Første steg: finn kilde" in report and "Andre steg" not in report.split("Agreed next steps")[1]
    # The step keeps its number once another is done: step 1 stays 1, a new one is 3.
    code, out, _ = run(capsys, "coach", sketch_file, "--step-done", "1", "--step", "Tredje", "--lang", "en")
    assert "Next step 3: Tredje" in out and "Next step 1 is done." in out
    _, report, _ = run(capsys, "report", sketch_file, "--lang", "en")
    assert "3. Tredje" in report.split("Agreed next steps")[1]
    # The other sketch's steps are untouched.
    _, report, _ = run(capsys, "report", other, "--lang", "en")
    assert "1. Eldre steg A\n2. Eldre steg B" in report


def test_the_plain_call_lists_open_steps_and_comments_with_their_numbers(capsys, sketch_file):
    other = _two_sketches(sketch_file)
    run(capsys, "coach", other, "-a", "Kari", "-c", "Annen skisse", "--step", "Annet", "--lang", "en")
    run(capsys, "coach", sketch_file, "-a", "Kari", "-c", "Skriv mer om data", "--step", "Finn en kilde", "--lang", "en")
    code, out, _ = run(capsys, "coach", sketch_file, "--lang", "en")
    assert code == 0
    assert "Open comments:" in out and "  1 " in out.split("Open comments:")[1]
    steps = out.split("Next steps not yet done:")[1]
    assert "  1 Finn en kilde" in steps
    code, out, _ = run(capsys, "coach", sketch_file, "--resolve", "1", "--lang", "en")
    assert code == 0 and "Comment 1 resolved." in out
    _, out, _ = run(capsys, "coach", other, "--log", "--lang", "en")
    assert "Comment 1" in out  # the other sketch's comment is still open and still its number 1
    _, out, _ = run(capsys, "coach", other, "--lang", "en")
    assert "Annen skisse" in out.split("Open comments:")[1]


def test_a_wrong_number_names_the_valid_ones(capsys, sketch_file):
    code, _, err = run(capsys, "coach", sketch_file, "-a", "Kari", "--step-done", "1", "--lang", "en")
    assert code == 2 and err.strip().splitlines()[-1].endswith("no next step 1: this sketch has no next steps yet")
    run(capsys, "coach", sketch_file, "--step", "A", "--step", "B", "-c", "C", "--lang", "en")
    code, _, err = run(capsys, "coach", sketch_file, "--step-done", "4", "--lang", "en")
    assert code == 2 and "no next step 4 on this sketch (its next steps are numbered 1, 2)" in err
    assert len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "coach", sketch_file, "--resolve", "7")
    assert code == 2 and "ingen kommentar nr. 7 på denne skissen (kommentarene har nr. 1)" in err


def test_a_database_from_before_keeps_every_step_and_comment_with_a_number(capsys, sketch_file, skisse_home):
    """Rows written with global ids (two sketches interleaved) read back numbered per sketch."""
    other = _two_sketches(sketch_file)
    run(capsys, "coach", sketch_file, "-a", "Kari", "--step", "S1", "--lang", "en")
    run(capsys, "coach", other, "-a", "Kari", "--step", "O1", "-c", "OC1", "--lang", "en")
    run(capsys, "coach", sketch_file, "--step", "S2", "-c", "SC1", "--lang", "en")
    from assistant.advisor.db import default_db_path

    with sqlite3.connect(default_db_path()) as conn:
        rows = conn.execute("SELECT id, text FROM steps ORDER BY id").fetchall()
    assert rows == [(1, "S1"), (2, "O1"), (3, "S2")]  # the ids are global; nothing is renumbered on disk
    _, report, _ = run(capsys, "report", sketch_file, "--lang", "en")
    assert "1. S1\n2. S2" in report
    code, out, _ = run(capsys, "coach", sketch_file, "--step-done", "2", "--resolve", "1", "--lang", "en")
    assert code == 0
    _, report, _ = run(capsys, "report", sketch_file, "--lang", "en")
    assert "1. S1" in report and "S2" not in report and "SC1" not in report
    _, report, _ = run(capsys, "report", other, "--lang", "en")
    assert "1. O1" in report and "OC1" in report


def test_the_log_lists_a_step_being_done_as_it_lists_a_comment_resolved(capsys, sketch_file):
    """`--step-done N` is an entry of the session's log, with the step's number and text, as
    `--resolve N` is (it was missing: the log showed the step agreed, never the step done)."""
    other = _two_sketches(sketch_file)
    run(capsys, "coach", other, "-a", "Kari", "--step", "Annet", "--lang", "en")
    run(capsys, "coach", sketch_file, "-a", "Kari", "--step", "Add yearly budget split", "-c", "Skriv mer", "--lang", "en")
    code, out, _ = run(capsys, "coach", sketch_file, "--step-done", "1", "--resolve", "1", "--lang", "en")
    assert code == 0 and "Next step 1 is done." in out
    run(capsys, "coach", sketch_file, "--end", "--lang", "en")
    code, out, _ = run(capsys, "coach", sketch_file, "--log", "--lang", "en")
    assert code == 0
    log = out.split("Next step: Add yearly budget split", 1)[1]
    assert "Next step 1 done: Add yearly budget split" in log and "Comment 1 resolved." in log
    assert log.index("Next step 1 done") < log.index("Session ended.")
    for lang, line in (("nb", "Neste steg 1 er gjort: Add yearly budget split"), ("nn", "Neste steg 1 er gjort: Add yearly budget split")):
        _, out, _ = run(capsys, "coach", sketch_file, "--log", "--lang", lang)
        assert line in out
