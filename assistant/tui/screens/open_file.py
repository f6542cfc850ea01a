"""Open a sketch file: type a path, or pick one in the folder tree."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.markup import escape
from textual.screen import ModalScreen
from textual.widgets import DirectoryTree, Input, Static

from ..keys import UiLanguage


class SketchTree(DirectoryTree):
    """Folders, Markdown and Word files only (a Word file is imported when picked); hidden
    files and Word's «~$» lock files left out."""

    def filter_paths(self, paths):
        from ...core.files.confine import is_inside

        # In a served window, a link that leads out of the folder is not shown either.
        return [
            p
            for p in paths
            if not p.name.startswith((".", "~$"))
            and (p.is_dir() or p.suffix.lower() in {".md", ".markdown", ".txt", ".docx"})
            and is_inside(p)
        ]


class OpenFileScreen(UiLanguage, ModalScreen[Path | None]):
    """Returns the chosen path, or None when cancelled."""

    screen_name = "open"
    CSS_PATH = "open_file.tcss"
    BINDINGS = [Binding("escape", "cancel", "tui.key.cancel", id="open.cancel")]

    def __init__(self, folder: Path | None = None) -> None:
        super().__init__()
        from ...core.files.confine import root

        self.folder = folder or root() or Path.cwd()

    def compose(self) -> ComposeResult:
        with Vertical(id="open-dialog"):
            yield Static(id="open-title", classes="pane-title")
            yield Input(id="open-path", compact=True)
            yield Static(id="open-error", classes="error")
            yield SketchTree(self.folder, id="open-tree")

    def on_mount(self) -> None:
        self.query_one("#open-title", Static).update(self.tr("tui.open.title"))
        self.query_one("#open-path", Input).placeholder = self.tr("tui.open.placeholder")
        self.query_one("#open-dialog").border_subtitle = self.tr("tui.open.keys")
        self.query_one("#open-path", Input).focus()

    @on(DirectoryTree.FileSelected)
    def _picked(self, event: DirectoryTree.FileSelected) -> None:
        self.dismiss(Path(event.path))

    @on(Input.Submitted, "#open-path")
    def _typed(self, event: Input.Submitted) -> None:
        raw = event.value.strip()
        if not raw:
            return
        path = Path(raw).expanduser()
        if not path.is_absolute():
            path = self.folder / path
        from ...core.files.confine import is_inside

        if not is_inside(path):
            self.query_one("#open-error", Static).update(escape(self.tr("serve.outside", path=str(path), folder=str(self.folder))))
            return
        if not path.is_file():
            self.query_one("#open-error", Static).update(self.tr("tui.open.missing", path=str(path)))
            return
        self.dismiss(path)

    def action_cancel(self) -> None:
        self.dismiss(None)
