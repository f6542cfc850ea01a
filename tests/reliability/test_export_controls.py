"""Escape sequences, control and bidi characters pasted into a sketch (from a terminal, a log)
never reach the PDF, the Word file or the Markdown copy; the check says once that they are there,
naming the first line; the sketch file itself is left as it is."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import docx
from pypdf import PdfReader

from assistant.tui.app import make_app
from assistant.tui.screens.editor import EditorScreen

from tui.helpers import wait_for

SKETCHES = Path(__file__).parents[1] / "fixtures" / "sketches"
# What no export may hold: C0 controls but tab and line ends, DEL, C1, bidi embeddings,
# overrides and isolates.
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def hostile(path: Path) -> bytes:
    """The strong nynorsk sketch with what the walkthrough pasted in: a window title and a
    colour in the metadata (YAML escapes), a hyperlink, BEL and a right-to-left override in the
    body (raw), and a coloured budget cell."""
    text = (SKETCHES / "sterk-nynorsk.md").read_text(encoding="utf-8")
    text = text.replace("title: Reint vatn, tette røyr", 'title: "Reint \\e]0;HACKED\\a vatn"')
    text = text.replace("  name: Alver kommune", '  name: "Alver kommune\\e[31m"', 1)
    text = text.replace("Vass- og avløpsnettet", "Vass- og \x1b]8;;http://evil\x07lenkje\x1b]8;;\x07 og \u202eevil\u202c avløpsnettet", 1)
    assert text.count("\x1b") == 2 and "\u202e" in text
    data = text.encode("utf-8")
    path.write_bytes(data)
    return data


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, timeout=300, cwd=cwd)


def test_exports_carry_no_control_characters_and_the_sketch_is_kept(tmp_path):
    sketch = tmp_path / "esc.md"
    before = hostile(sketch)
    result = run("--lang", "nn", "export", "esc.md", "--pdf", "--md", "--docx", "--force", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sketch.read_bytes() == before

    copy = (tmp_path / "esc.export.md").read_text(encoding="utf-8")
    assert CONTROLS.search(copy) is None
    assert "# Reint  vatn" in copy and "HACKED" not in copy and "http://evil" not in copy
    assert "Vass- og lenkje og evil avløpsnettet" in copy  # the visible text, in reading order
    assert "**Søkjar:** Alver kommune (org.nr. 920 290 922)" in copy

    pdf = "".join(page.extract_text() for page in PdfReader(tmp_path / "esc.pdf").pages)
    assert CONTROLS.search(pdf) is None
    assert "]0;" not in pdf and "HACKED" not in pdf and "[31m" not in pdf
    assert "Reint vatn" in " ".join(pdf.split()) and "evil" in pdf

    word = "\n".join(p.text for p in docx.Document(tmp_path / "esc.export.docx").paragraphs)
    assert CONTROLS.search(word) is None and "HACKED" not in word and "lenkje og evil" in word


def test_check_notes_control_characters_once_naming_the_first_line(tmp_path):
    sketch = tmp_path / "esc.md"
    before = hostile(sketch)
    first = next(n for n, line in enumerate(before.decode("utf-8").splitlines(), 1) if "\x1b" in line)
    out = run("--lang", "nn", "check", "esc.md", cwd=tmp_path).stdout
    assert out.count("kontrollteikn") == 1
    assert f"Teksten har kontrollteikn på linje {first} " in out
    # Only in the metadata (YAML escapes): the note names the metadata line.
    plain = before.decode("utf-8").replace("\x1b]8;;http://evil\x07lenkje\x1b]8;;\x07 og \u202eevil\u202c ", "")
    (tmp_path / "meta.md").write_text(plain, encoding="utf-8")
    out = run("--lang", "en", "check", "meta.md", cwd=tmp_path).stdout
    assert "The text holds control characters on line 2 " in out
    # A clean sketch has no such note.
    (tmp_path / "clean.md").write_bytes((SKETCHES / "sterk-nynorsk.md").read_bytes())
    assert "control characters" not in run("--lang", "en", "check", "clean.md", cwd=tmp_path).stdout


async def test_the_window_notes_control_characters_beside_the_checklist(tmp_path):
    sketch = tmp_path / "esc.md"
    before = hostile(sketch)
    app = make_app(sketch, lang="nn")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "screen_name", None) in ("interview", "editor"))
        if not isinstance(app.screen, EditorScreen):
            await pilot.press("f3")
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen) and app.live is not None)
        note = lambda: " ".join(str(app.screen.query_one("#live-note").render()).split())  # noqa: E731
        await wait_for(pilot, lambda: "kontrollteikn på linje" in note())
        assert app.screen.query_one("#live-note").display
    assert sketch.read_bytes() == before
