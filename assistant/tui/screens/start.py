"""The first screen: recent sketches, a new sketch, or a file to open."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from ..keys import UiLanguage
from ..messages import OpenSketch
from ..safe import shown
from ..widgets.footer import CompactFooter
from ..widgets.start_action import StartAction


class StartScreen(UiLanguage, Screen):
    """Recent sketches on the left; new and open on the right."""

    screen_name = "start"
    BINDINGS = [
        Binding("n", "new", "tui.key.new", id="start.new"),
        Binding("o", "open", "tui.key.open", id="start.open"),
    ]

    def compose(self) -> ComposeResult:
        # Built with its final texts: changing widgets after mount would style them twice.
        entries = self._entries()
        # Focus lands straight on the widget `on_mount` wants: the first focusable one would be
        # the recent list even when it is hidden, and moving focus again restyles both widgets.
        self.AUTO_FOCUS = "#recent" if entries else "#new-button"
        yield Header()
        with Horizontal(id="start-body"):
            with Vertical(id="recent-pane"):
                yield Static(self.tr("tui.start.recent"), id="recent-title", classes="pane-title")
                if entries:  # a first start has none: the list is mounted when one appears
                    yield OptionList(*self._options(entries), id="recent")
                empty = Static(self.tr("tui.start.no_recent"), id="recent-empty")
                empty.display = not entries
                yield empty
            with Vertical(id="actions-pane"):
                yield Static(self.tr("tui.start.welcome"), id="welcome")
                yield StartAction(self.tr("tui.start.new"), id="new-button", primary=True)
                yield StartAction(self.tr("tui.start.open"), id="open-button")
        yield CompactFooter()

    def on_mount(self) -> None:
        options = self._recent()
        if options is not None and options.option_count:
            options.highlighted = 0
            options.focus()
        else:
            self.query_one("#new-button").focus()

    def _recent(self) -> OptionList | None:
        found = self.query("#recent")
        return found.first(OptionList) if found else None

    def relabel(self) -> None:
        self.query_one("#recent-title", Static).update(self.tr("tui.start.recent"))
        self.query_one("#recent-empty", Static).update(self.tr("tui.start.no_recent"))
        self.query_one("#welcome", Static).update(self.tr("tui.start.welcome"))
        self.query_one("#new-button", StartAction).label = self.tr("tui.start.new")
        self.query_one("#open-button", StartAction).label = self.tr("tui.start.open")

    def _entries(self):
        from ...core.files.confine import is_inside

        # A served window lists only the sketches in its folder (no names of the owner's others).
        return [e for e in self.app.recent.entries() if is_inside(e.path) and Path(e.path).exists()]  # type: ignore[attr-defined]

    def _options(self, entries) -> list[Option]:
        options = []
        for entry in entries:
            when = datetime.fromtimestamp(entry.opened).strftime("%d.%m.%Y %H:%M") if entry.opened else ""
            title = entry.title or Path(entry.path).stem
            options.append(Option(f"[b]{_escape(title)}[/b]\n  [dim]{_escape(_where(entry.path))} · {when}[/dim]", id=entry.path))
        return options

    def reload(self) -> None:
        """Read the recent list again (it changes when a sketch is opened)."""
        entries = self._entries()
        options = self._recent()
        if options is None:
            if not entries:
                return
            options = OptionList(id="recent")
            self.query_one("#recent-pane").mount(options, before="#recent-empty")
        options.clear_options()
        options.add_options(self._options(entries))
        options.display = bool(entries)
        self.query_one("#recent-empty").display = not entries
        if entries:
            options.highlighted = 0
            options.focus()
        else:
            self.query_one("#new-button").focus()

    @on(OptionList.OptionSelected, "#recent")
    def _recent_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.app.post_message(OpenSketch(Path(event.option.id)))

    @on(StartAction.Pressed, "#new-button")
    def action_new(self) -> None:
        from .new_sketch import NewSketchScreen

        self.app.push_screen(NewSketchScreen())

    @on(StartAction.Pressed, "#open-button")
    def action_open(self) -> None:
        from .open_file import OpenFileScreen

        def opened(path: Path | None) -> None:
            if path is not None:
                self.app.post_message(OpenSketch(path))

        self.app.push_screen(OpenFileScreen(), opened)


def _escape(text: str) -> str:
    return shown(text)  # markup escaped (a backslash before «[» too), controls made visible


def _where(path: str) -> str:
    """The path as the list shows it: under the home folder as «~/…», so it fits the list at 80
    columns rather than breaking inside the file name."""
    try:
        home = Path.home()
        return str(Path("~") / Path(path).relative_to(home)) if home != Path("/") else path
    except (ValueError, RuntimeError):  # outside the home folder, or no home folder known
        return path
