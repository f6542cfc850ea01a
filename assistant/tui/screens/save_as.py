"""«Lagre som …»: the sketch to another file the user names.

The dialog checks the name before anything is written: a Markdown file (.md), in a folder that
exists, inside the served folder when the window is `skisse serve`'s (`core/files/confine`), and
never over an existing file without a second «yes». The app writes it (`unsaved.Unsaved._save_as`).
"""

from __future__ import annotations

import os
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from ..keys import UiLanguage


def _writable(folder: Path) -> bool:
    """A folder a new file can be made in, as far as can be told without writing (root passes
    os.access, so the mode bits are looked at too; an immutable folder fails os.access even so)."""
    try:
        return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK) and bool(folder.stat().st_mode & 0o222)
    except OSError:
        return False


def suggested_path(current: Path, lang: str = "nb") -> Path:
    """Where a copy would go: beside the sketch if that folder can be written, else the current
    folder, else the home folder; in a served window, only inside the served folder. A free name
    («NAME-kopi.md», «NAME-copy.md» in English)."""
    from ...core.files.confine import is_inside, root
    from ...i18n import t

    current = Path(current)
    served = root()
    places = [current.parent, Path.cwd()] + ([served] if served is not None else [Path.home()])
    folder = next((p for p in places if is_inside(p) and _writable(p)), places[0])
    stem, suffix, copy = current.stem, current.suffix or ".md", t("tui.save_as.copy", lang)
    for n in range(1, 1000):
        candidate = folder / (f"{stem}-{copy}{suffix}" if n == 1 else f"{stem}-{copy}-{n}{suffix}")
        if not candidate.exists():
            return candidate
    return folder / f"{stem}-{copy}{suffix}"


class SaveAsScreen(UiLanguage, ModalScreen[Path | None]):
    """Returns the path to write (checked; the user said yes to replacing it if it exists), or None."""

    AUTO_FOCUS = "#save-as-path"

    DEFAULT_CSS = """
    SaveAsScreen { align: center middle; }
    #save-as-dialog { width: 76; max-width: 100%; height: auto; max-height: 100%; border: thick $primary; background: $surface; padding: 0 1; }
    #save-as-hint { color: $text-muted; height: auto; }
    #save-as-error { color: $text-error; height: auto; }
    #save-as-buttons { height: auto; align-horizontal: center; }
    #save-as-buttons Button { margin: 0 1; }
    """
    BINDINGS = [Binding("escape", "cancel", "tui.key.cancel", id="save_as.cancel")]

    def __init__(self, suggestion: Path, *, error: str = "") -> None:
        super().__init__()
        self.suggestion = suggestion
        self.error = error  # why the last try failed (markup-safe text), shown at once
        self._replace: Path | None = None  # the existing file the user was asked about

    def compose(self) -> ComposeResult:
        with Vertical(id="save-as-dialog"):
            yield Static(self.tr("tui.save_as.title"), id="save-as-title")
            yield Input(str(self.suggestion), id="save-as-path")
            yield Static(self.tr("tui.save_as.help"), id="save-as-hint")
            yield Static(self.error, id="save-as-error")
            with Horizontal(id="save-as-buttons"):
                yield Button(self.tr("tui.save_as.save"), id="save-as-save", variant="primary")
                yield Button(self.tr("tui.save_as.cancel"), id="save-as-cancel")

    def _problem(self, path: Path) -> str | None:
        from ...core.files.confine import is_inside, root

        if not str(path).strip() or path.name in ("", ".", ".."):
            return self.tr("tui.save_as.need_name")
        if not is_inside(path):
            return self.tr("serve.outside", path=str(path), folder=str(root()))
        if path.suffix.lower() != ".md":
            return self.tr("tui.new.need_md")
        if path.is_dir():
            return self.tr("tui.save_as.is_folder", path=str(path))
        if not path.parent.is_dir():
            return self.tr("tui.save_as.no_folder", folder=str(path.parent))
        return None

    @on(Input.Submitted)
    @on(Button.Pressed, "#save-as-save")
    def _submit(self) -> None:
        raw = self.query_one("#save-as-path", Input).value.strip()
        path = Path(raw).expanduser() if raw else Path("")
        error = self.query_one("#save-as-error", Static)
        problem = self._problem(path)
        if problem is not None:
            error.update(problem)
            return
        path = path.absolute()
        if path.exists() and self._replace != path:
            self._replace = path  # asked once; the same name again means yes
            error.update(self.tr("tui.save_as.exists", name=path.name))
            self.query_one("#save-as-save", Button).label = self.tr("tui.save_as.replace")
            return
        self.dismiss(path)

    @on(Input.Changed)
    def _changed(self) -> None:
        if self._replace is not None:
            self._replace = None
            self.query_one("#save-as-save", Button).label = self.tr("tui.save_as.save")
            self.query_one("#save-as-error", Static).update("")

    @on(Button.Pressed, "#save-as-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
