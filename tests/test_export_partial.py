"""An export of several formats where one fails: the others are written, and the command line
and the export screen say which were written and which were not (never «Export failed» when
files were written)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Checkbox, Input

from assistant.cli.main import main
from assistant.tui.app import make_app
from assistant.tui.screens.confirm import ConfirmScreen
from tui.helpers import open_export, wait_for

SKETCHES = Path(__file__).parent / "fixtures" / "sketches"


def _sketch(tmp_path: Path) -> Path:
    sketch = tmp_path / "s.md"
    sketch.write_bytes((SKETCHES / "sterk-bokmal.md").read_bytes())
    return sketch


def test_the_command_says_which_formats_were_written_and_which_were_not(tmp_path: Path, capsys) -> None:
    sketch = _sketch(tmp_path)
    elsewhere = tmp_path / "elsewhere.pdf"
    elsewhere.write_bytes(b"keep me")
    (tmp_path / "out.pdf").symlink_to(elsewhere)  # the PDF's target is refused; the others are not
    code = main(["--lang", "nb", "export", str(sketch), "--pdf", "--docx", "--md", "--force", "-o", str(tmp_path / "out")])
    captured = capsys.readouterr()
    assert code == 2
    assert (tmp_path / "out.docx").stat().st_size > 0 and (tmp_path / "out.md").is_file()
    assert elsewhere.read_bytes() == b"keep me"
    assert f"Skrev {tmp_path / 'out.md'}" in captured.out
    assert "PDF ble ikke skrevet: " in captured.err and "symbolsk lenke" in captured.err
    assert captured.err.strip().endswith("eksporten ble bare delvis gjort: skrevet Word, Markdown; ikke skrevet PDF (se over)")
    assert "Export failed" not in captured.err and "Eksporten feilet" not in captured.err


def test_the_command_still_fails_plainly_when_nothing_was_written(tmp_path: Path, capsys) -> None:
    sketch = _sketch(tmp_path)
    (tmp_path / "out.pdf").symlink_to(tmp_path / "elsewhere.pdf")
    assert main(["--lang", "en", "export", str(sketch), "--pdf", "--force", "-o", str(tmp_path / "out.pdf")]) == 2
    err = capsys.readouterr().err
    assert "symbolic link" in err and "partly" not in err


async def test_the_export_screen_lists_what_was_written_and_what_was_not(tmp_path: Path) -> None:
    sketch = _sketch(tmp_path)
    elsewhere = tmp_path / "elsewhere.pdf"
    elsewhere.write_bytes(b"keep me")
    link = tmp_path / "link.pdf"
    link.symlink_to(elsewhere)
    app = make_app(sketch, lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot, app)
        for box in ("#want-md", "#want-pdf", "#want-docx"):
            screen.query_one(box, Checkbox).value = True
        screen.query_one("#pdf-path", Input).value = str(link)
        await pilot.press("f7")
        if isinstance(app.screen, ConfirmScreen):
            await pilot.press("y")
        await wait_for(pilot, lambda: screen.result is not None)
        shown = " ".join(str(screen.query_one("#export-result").render()).split())
    assert shown.startswith("The export was only partly done. Written:")
    assert "Markdown: " in shown and "Word: " in shown
    assert "Not written (PDF): " in shown and "symbolic link" in shown
    assert "Export failed" not in shown
    assert (tmp_path / "s.export.md").is_file() and (tmp_path / "s.export.docx").is_file()
    assert elsewhere.read_bytes() == b"keep me"
