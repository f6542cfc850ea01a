"""Each version's note says what kept it, whoever kept it: `skisse coach`, `skisse report`, a
session started in the window; shown by `skisse history` (text and JSON) and the history screen,
in the reader's language."""

from __future__ import annotations

import json

from textual.widgets import DataTable

from assistant.advisor.db import HistoryDB
from assistant.advisor.versions import NOTE_NAMES, list_versions, note_key, note_text
from assistant.cli.main import main
from assistant.i18n import LANGUAGES, t
from assistant.tui.screens.history import HistoryScreen

from .test_tui import Host


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_versions_kept_by_coach_and_report_say_so_in_history(capsys, sketch_file):
    path = str(sketch_file)
    assert run(capsys, "coach", path, "-a", "Kari Rådgiver", "-c", "Kilde?")[0] == 0
    sketch_file.write_text(sketch_file.read_text(encoding="utf-8") + "\nEn ny setning om behovet.\n", encoding="utf-8")
    assert run(capsys, "report", path)[0] == 0
    code, out, _ = run(capsys, "history", path, "--json")
    notes = [v["note"] for v in json.loads(out)]
    assert notes == ["veiledning (skisse coach)", "tilbakemeldingsrapport"]
    code, out, _ = run(capsys, "history", path)
    assert "veiledning (skisse" in out and "tilbakemeldingsrapport" in out  # the note may wrap in its column
    code, out, _ = run(capsys, "--lang", "en", "history", path, "--json")
    assert [v["note"] for v in json.loads(out)] == ["coaching (skisse coach)", "feedback report"]


async def test_the_history_screen_shows_the_coach_note(capsys, sketch_file, tmp_path, skisse_home):
    assert run(capsys, "coach", str(sketch_file), "-a", "Kari", "-c", "Kilde?")[0] == 0
    app = Host(lambda: HistoryScreen(sketch_file, db_factory=lambda: HistoryDB()))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)
        table = app.screen.query_one(DataTable)
        cells = [str(c) for c in table.get_row_at(0)]
        assert any("veiledning (skisse coach)" in c for c in cells), cells


def test_every_program_note_has_words_in_every_language():
    for name in NOTE_NAMES:
        for lang in LANGUAGES:
            shown = note_text(note_key(name, 1), lang)
            assert shown and not shown.startswith("note:"), (name, lang)
            assert shown == t(f"advisor.note.{name.replace('-', '_')}", lang, number=1)
