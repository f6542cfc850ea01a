"""The Skisse app: the App class and the one factory that builds it with its dependencies."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer

from ..core.sketch.safetext import visible
from ..i18n import LANGUAGES
from .early_keys import EarlyKeys
from .gcfreeze import freeze_imports
from .keys import localise_bindings
from .language_commands import AppCommands, language_terms
from .messages import DraftChanged, OpenSketch
from .safe import ControlCharacters, shown
from .safe import tr as safe_tr
from .saving import Saving
from .services import Services
from .settings import RecentFiles, TuiSettings
from .unsaved import Unsaved
from .versioning import Versioning
from .live_scheduling import LiveScheduling
from .word_open import WordOpening

if TYPE_CHECKING:  # imported on first use: the start screen needs none of them
    from .draft import Draft
    from .live import LiveState

SAVE_DELAY = 1.5  # seconds after the last change (a journal keeps every change before that)
LIVE_DELAY = 0.15  # pause in typing before the live panel is recomputed (compute takes ~0.1 s)
WORKSPACE = ("interview", "editor", "budget", "partners", "export", "coach")


class SkisseApp(EarlyKeys, LiveScheduling, WordOpening, Versioning, Unsaved, Saving, App):
    """From nothing to a checked, exported sketch: start, interview, editor, budget, partners, export."""

    CSS_PATH = ["app.tcss", "screens/start.tcss"]  # the start screen is the default screen: its styles load with the app
    TITLE = "Skisse"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS: ClassVar[set] = {AppCommands}  # Textual's system commands, the language ones by any language's name
    BINDINGS = [
        Binding("f1", "help", "tui.key.help", id="help", priority=True),
        # «?» too, wherever it is not typed into a field (fields take printable keys first).
        Binding("question_mark", "help", "tui.key.help", id="help.question", show=False),
        Binding("f2", "show('interview')", "tui.key.interview", id="interview", priority=True, show=False),
        Binding("f3", "show('editor')", "tui.key.editor", id="editor", priority=True, show=False),
        Binding("f4", "show('budget')", "tui.key.budget", id="budget", priority=True, show=False),
        Binding("f5", "show('partners')", "tui.key.partners", id="partners", priority=True, show=False),
        Binding("f6", "show('export')", "tui.key.export", id="export", priority=True, show=False),
        Binding("f12", "show('coach')", "tui.key.coach", id="coach", priority=True, show=False),
        Binding("ctrl+s", "save", "tui.key.save", id="save"),
        Binding("f10", "save_as", "tui.key.save_as", id="save_as", show=False),
        Binding("ctrl+o", "start", "tui.key.start", id="start", show=False),
        # From a sketch opened in the portfolio: back to it (shown only then; a screen's own Esc,
        # such as the budget form's «clear», comes first).
        Binding("escape", "portfolio_back", "tui.key.portfolio_back", id="portfolio.return"),
        Binding("ctrl+q", "quit", "tui.key.quit", id="quit", priority=True),
    ]

    def __init__(
        self,
        *,
        services: Services,
        settings: TuiSettings,
        recent: RecentFiles,
        path: Path | None = None,
        coach: Any = None,
        save_delay: float = SAVE_DELAY,
        live_delay: float = LIVE_DELAY,
    ) -> None:
        super().__init__()
        self._controls = ControlCharacters()
        from .fast_text import install

        install()  # rich's control-code strip, done in microseconds for text that has none
        self.services = services
        self.settings = settings
        self.recent = recent
        self.initial_path = path
        self._coach = coach
        self.save_delay = save_delay
        self.live_delay = live_delay
        self.draft: Draft | None = None
        self.live: LiveState | None = None
        self.save_error: str | None = None
        self.saver: Any = None  # core.files.autosave.AutoSaver for the open sketch
        self.lock: Any = None  # core.files.locks.SketchLock for the open sketch
        self._live_timer: Timer | None = None
        self.command_aliases: dict[str, tuple[str, ...]] = {}  # palette title -> other words that find it
        self.portfolio_screen: Screen | None = None  # the portfolio a sketch was opened from, kept as it was
        localise_bindings(self, self.lang)

    # ------------------------------------------------------------------ language

    @property
    def lang(self) -> str:
        return self.settings.lang

    def get_line_filters(self):  # type: ignore[no-untyped-def]
        """Textual's filters, then ours: no control character from a sketch, a file name or a
        model reaches the terminal (see `safe.ControlCharacters`)."""
        return [*super().get_line_filters(), self._controls]

    def tr(self, key: str, /, **kwargs: object) -> str:
        return safe_tr(key, self.lang, **kwargs)  # each value shown as text, never as markup

    def action_command_palette(self) -> None:
        """Textual's palette, with its placeholder and «no matches» in the UI language."""
        from .textual_texts import Palette, localise_textual

        if self.use_command_palette and not Palette.is_open(self):
            localise_textual(self.lang)
            self.push_screen(Palette(id="--command-palette", lang=self.lang))

    def search_themes(self) -> None:
        from textual.theme import ThemeProvider

        from .textual_texts import Palette

        self.push_screen(Palette(providers=[ThemeProvider], placeholder=self.tr("tui.palette.themes_placeholder"), lang=self.lang))

    def set_language(self, lang: str) -> None:
        """Switch the UI language, keep it in the settings, and redraw the current screen."""
        if lang not in LANGUAGES:
            return
        self.settings.lang = lang
        self.settings.save()
        from .textual_texts import localise_textual

        localise_textual(lang)
        localise_bindings(self, lang)
        for screen in self.screen_stack:
            localise_bindings(screen, lang)
            relabel = getattr(screen, "relabel", None)
            if relabel:
                relabel()
        self.refresh_bindings()
        self.schedule_live(immediately=True)  # the checklist's titles in the new language
        self.notify(self.tr("tui.lang.changed"))

    # ------------------------------------------------------------------ coach

    @property
    def coach(self) -> Any:
        """The coach, made on first use so start-up never waits for it."""
        if self._coach is None:
            try:
                self._coach = self.services.make_coach()
            except Exception:  # noqa: BLE001 - no coach package or a bad config: fall back
                from .fallback_coach import FindingsCoach

                self._coach = FindingsCoach(self.services)
        return self._coach

    # ------------------------------------------------------------------ start

    def get_default_screen(self) -> Screen:
        """The start screen is the bottom of the stack; workspace screens go on top of it."""
        from .screens.start import StartScreen

        return StartScreen()

    def on_mount(self) -> None:
        import asyncio

        from ..core.files.exiting import register_exit
        from .textual_texts import localise_textual

        localise_textual(self.lang)  # Textual's own key texts, before any of its menus is made
        # SIGTERM/SIGHUP: once the autosaver has saved, the window closes in order from the event
        # loop (the terminal restored), rather than through an exception raised mid-frame.
        loop = asyncio.get_running_loop()
        self._unregister_exit = register_exit(lambda code: loop.call_soon_threadsafe(self._leave_on_signal, code))
        from ..core.files import confine

        if confine.active():  # a window of `skisse serve`: say what it may do
            self.sub_title = self.tr("serve.banner", folder=str(confine.root()))
            if not confine.coach_allowed():
                self.notify(self.tr("serve.coach_off"), timeout=8, markup=False)
        self._start_versioning()
        if self.initial_path is not None:
            self.open_sketch(self.initial_path)

    def _leave_on_signal(self, code: int) -> None:
        self._commit_screen()  # an editor's pending row or field goes into the draft, and is saved below
        self._stop_saving()
        self.exit(return_code=code)

    def open_sketch(self, path: Path, *, new: Draft | None = None, record: bool = True, force: bool = False) -> bool:
        """Open a sketch (or take a just-created one) and go to the right screen. With text of the
        open sketch not in its file, the user is asked first (`leave_then`) unless `force`."""
        from ..core.files.storage import SkisseFileError, is_word_file
        from .draft import Draft

        if not force and self.saver is not None and self.draft is not None and (self.saver.pending or self.saver.conflict is not None):
            self.leave_then(lambda: self.open_sketch(path, new=new, record=record, force=True), closing="open")
            return False

        if new is None and is_word_file(Path(path)):
            return self._open_word(Path(path))
        try:
            draft = new or Draft.open(Path(path), lang=self.lang)  # its errors in the window's language
        except SkisseFileError as exc:
            self.notify(shown(exc), severity="error", timeout=8)
            return False
        self._stop_saving()
        self.draft = draft
        self.live = None
        self._start_saving(draft)
        draft.listeners.append(self._draft_changed)
        for warning in draft.warnings:
            self.notify(shown(warning), severity="warning", timeout=8)
        self.recent.add(draft.path, draft.sketch.title)
        self.sub_title = visible(str(draft.path))
        has_text = any(s.body.strip() for s in draft.sketch.sections)
        self.action_show("editor" if has_text and new is None else "interview")
        self.schedule_live(immediately=True)
        self._offer_recovery(draft)
        self._changed_at = None
        if record:
            self.keep_version("open")  # the text as opened, for the history
        return True

    @on(OpenSketch)
    def _open_requested(self, message: OpenSketch) -> None:
        self.open_sketch(message.path)

    # ------------------------------------------------------------------ navigation

    def make_screen(self, name: str) -> Screen:
        from .screens.budget import BudgetScreen
        from .screens.coach import CoachScreen
        from .screens.editor import EditorScreen
        from .screens.export import ExportScreen
        from .screens.interview import InterviewScreen
        from .screens.partners import PartnersScreen

        return {
            "interview": InterviewScreen,
            "editor": EditorScreen,
            "budget": BudgetScreen,
            "partners": PartnersScreen,
            "export": ExportScreen,
            "coach": CoachScreen,
        }[name]()

    def action_show(self, name: str) -> None:
        """Go to a workspace screen, replacing the one shown."""
        if self.draft is None:
            self.notify(self.tr("tui.no_sketch"), severity="warning")
            return
        if getattr(self.screen, "screen_name", None) == name:
            return
        commit = getattr(self.screen, "commit", None)
        if commit:
            commit()
        self.keep_version("screen", changed_only=True)
        screen = self.make_screen(name)
        self.sub_title = visible(str(self.draft.path))  # the sketch's name again, after a portfolio
        if getattr(self.screen, "screen_name", None) in WORKSPACE:
            self.switch_screen(screen)
        else:
            while len(self.screen_stack) > 1:
                self.pop_screen()
            self.push_screen(screen)

    def _leave_workspace(self) -> None:
        """Save what the screen holds, keep a version if the text changed, and go down to the
        start screen: what leaving the sketch's screens does, whichever way the user leaves."""
        commit = getattr(self.screen, "commit", None)
        if commit:
            commit()
        self.flush_save()
        self.keep_version("screen", changed_only=True)
        while len(self.screen_stack) > 1:
            self.pop_screen()

    def action_start(self) -> None:
        self._leave_workspace()
        refresh = getattr(self.screen, "reload", None)
        if refresh:
            refresh()

    def keep_portfolio(self, screen: Screen) -> None:
        """Keep `screen` (a portfolio) when a sketch is opened from it, filter and sort as they
        are, so Esc can go back to it. An earlier one not on screen is let go."""
        old = self.portfolio_screen
        if old is screen:
            return
        if old is not None and old not in self.screen_stack:
            self.uninstall_screen(old)
            old.remove()
        self.portfolio_screen = screen
        if not self.is_screen_installed(screen):
            self.install_screen(screen, name=f"portfolio-{id(screen)}")  # installed: not removed when popped

    def action_portfolio_back(self) -> None:
        """Back to the portfolio the open sketch came from (saved first)."""
        screen = self.portfolio_screen
        if screen is None or self.screen is screen:
            return
        if screen in self.screen_stack:  # a sketch's screen laid over it: back down to it
            commit = getattr(self.screen, "commit", None)
            if commit:
                commit()
            self.flush_save()
            self.keep_version("screen", changed_only=True)
            while self.screen is not screen:
                self.pop_screen()
        else:
            self._leave_workspace()
            self.push_screen(screen)
        screen.returned()  # type: ignore[attr-defined]

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)
        else:
            self.push_screen(HelpScreen())

    def action_help_quit(self) -> None:
        """Ctrl+C (Textual's «Do you want to quit?» hint) in the UI language."""
        self.notify(self.tr("tui.quit_hint.message"), title=self.tr("tui.quit_hint.title"), markup=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Workspace actions only once a sketch is open."""
        if action in ("show", "save", "save_as") and self.draft is None:
            return False
        shown = getattr(self.screen, "screen_name", None)
        if action in ("show", "save", "save_as") and shown == "portfolio":
            # The portfolio's own keys (F5 checks the folder again) are not the sketch's, even
            # with a sketch still open from it; Enter on its row opens it again.
            return False
        if action == "portfolio_back":
            return self.portfolio_screen is not None and self.screen is not self.portfolio_screen and shown in WORKSPACE
        return True

    def action_language(self, lang: str) -> None:
        self.set_language(lang)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        # Textual's own commands, in the UI language (Textual has no translations); «Keys» opens
        # Skisse's help, which lists every key in the user's language.
        yield SystemCommand(self.tr("tui.palette.theme"), self.tr("tui.palette.theme_help"), self.action_change_theme)
        yield SystemCommand(self.tr("tui.palette.quit"), self.tr("tui.palette.quit_help"), self.action_quit)
        yield SystemCommand(self.tr("tui.palette.keys"), self.tr("tui.palette.keys_help"), self.action_help)
        if screen.maximized is not None:
            yield SystemCommand(self.tr("tui.palette.minimize"), self.tr("tui.palette.minimize_help"), screen.action_minimize)
        elif screen.focused is not None and screen.focused.allow_maximize:
            yield SystemCommand(self.tr("tui.palette.maximize"), self.tr("tui.palette.maximize_help"), screen.action_maximize)
        yield SystemCommand(self.tr("tui.palette.screenshot"), self.tr("tui.palette.screenshot_help"), lambda: self.set_timer(0.1, self.deliver_screenshot))
        # Found by their names in every language («English» in a bokmål window): `AppCommands`.
        self.command_aliases = {}
        for lang in LANGUAGES:
            title = self.tr(f"tui.palette.lang_{lang}")
            self.command_aliases[title] = language_terms(lang)
            yield SystemCommand(title, self.tr("tui.palette.lang_help"), lambda lang=lang: self.set_language(lang))
        for name in WORKSPACE:
            yield SystemCommand(self.tr(f"tui.key.{name}"), self.tr(f"tui.palette.{name}"), lambda name=name: self.action_show(name))
        yield SystemCommand(self.tr("tui.key.start"), self.tr("tui.palette.start"), self.action_start)
        if self.check_action("portfolio_back", ()):
            yield SystemCommand(self.tr("tui.key.portfolio_back"), self.tr("tui.palette.portfolio_back"), self.action_portfolio_back)
        yield SystemCommand(self.tr("tui.key.save"), self.tr("tui.palette.save"), self.action_save)
        if self.draft is not None:
            yield SystemCommand(self.tr("tui.key.save_as"), self.tr("tui.palette.save_as"), self.action_save_as)
        from .coaching import advisor_commands

        yield from advisor_commands(self)

    # ------------------------------------------------------------------ changes, saving

    def _draft_changed(self, draft: Draft) -> None:
        if draft is not self.draft:
            return
        if self.saver is not None:
            self.saver.touch(draft.text)  # journalled at once, saved after the delay
        self._changed()  # a version once the window is idle (versioning.py)
        self.schedule_live()
        self.screen.post_message(DraftChanged())

    async def action_quit(self) -> None:
        """Ctrl+Q and the palette's «Quit»: saved first; text that cannot be saved is asked about."""
        from .coaching import end_session_before

        self._commit_screen()

        def leave() -> None:
            self.leave_then(lambda: end_session_before(self, self.quit_now))

        if not self.ask_before_losing_typing(leave):  # typing in no file is asked about first
            leave()

    def on_unmount(self) -> None:
        self._stop_saving()
        unregister = getattr(self, "_unregister_exit", None)
        if unregister is not None:
            unregister()

    # ------------------------------------------------------------------ events

    async def on_event(self, event: events.Event) -> None:
        if self.hold_early_key(event):  # the editor is being put up: kept for it (early_keys.py)
            return
        if isinstance(event, events.Key) and self._live_running():
            # A key on its way, most likely to the text: the state being computed would then be
            # for the text before it and thrown away. Stop it now, before the key's frame is
            # drawn, so the two do not share the CPU, and compute again after the next pause
            # (for the same text, if the key changed none).
            self.workers.cancel_group(self, "live")
            self.schedule_live()
        await super().on_event(event)


def make_app(
    path: Path | str | None = None,
    *,
    lang: str | None = None,
    services: Services | None = None,
    settings: TuiSettings | None = None,
    coach: Any = None,
    data_dir: Path | None = None,
    config_dir: Path | None = None,
    **options: Any,
) -> SkisseApp:
    """Build the app with its dependencies; tests pass fakes for any of them."""
    freeze_imports()
    from ..core.data.paths import user_config_dir, user_data_dir
    from ..i18n import system_language

    data_dir = data_dir or user_data_dir()
    config_dir = config_dir or user_config_dir()
    services = services or Services()
    services.data_dir, services.config_dir = data_dir, config_dir
    if settings is None:
        settings = TuiSettings.load(config_dir / "tui.json", default_lang=system_language())
    if lang:
        settings.lang = lang
    recent = RecentFiles(data_dir / "recent.json", clock=services.clock)
    return SkisseApp(
        services=services,
        settings=settings,
        recent=recent,
        path=Path(path) if path else None,
        coach=coach,
        **options,
    )
