"""The editor: the whole sketch or one section, next to the live panel."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Header, Select, TextArea

from ...core.sketch.sections import spec
from ..keys import UiLanguage
from ..messages import LiveUpdated
from ..widgets.checklist import Checklist
from ..widgets.editor_area import EditorArea
from ..widgets.footer import CompactFooter
from ..widgets.live_panel import LivePanel
from ..widgets.nav_bar import NavBar

WHOLE = "__whole__"
SECTION_COMMIT_DELAY = 0.25


class EditorScreen(UiLanguage, Screen):
    """Typing goes to the draft; checks and the page count follow after a pause."""

    screen_name = "editor"
    takes_early_keys = True  # keys typed while it is put up are kept for its text (early_keys.py)
    CSS_PATH = "editor.tcss"
    BINDINGS = [
        Binding("ctrl+l", "choose_section", "tui.key.choose_section", id="editor.section"),
        Binding("f8", "focus_checklist", "tui.key.checklist", id="editor.checklist"),
        Binding("f9", "focus_text", "tui.key.text", id="editor.text"),
        Binding("ctrl+z", "undo", "tui.key.undo", id="editor.undo"),
        Binding("ctrl+y", "redo", "tui.key.redo", id="editor.redo"),
        Binding("ctrl+t", "comments", "tui.key.comments", id="editor.comments", show=False),
    ]

    def __init__(self, section: str = WHOLE) -> None:
        super().__init__()
        self.section = section
        self._commit_timer: Timer | None = None
        self._loading = False
        # The text last loaded, and the text area's copy of it: the area makes a lone CR, a
        # vertical tab, a form feed and the like line breaks, and that is no edit of the user's.
        self._loaded_from = ""
        self._loaded_as = ""

    def compose(self) -> ComposeResult:
        yield Header()
        yield NavBar(self.screen_name)
        with Horizontal(id="editor-body"):
            with Vertical(id="editor-pane"):
                yield Select([(self.tr("tui.editor.whole"), WHOLE)], id="section-choice", allow_blank=False, compact=True)
                yield EditorArea.code_editor("", language="markdown", soft_wrap=True, tab_behavior="focus", id="text")
                yield self._comments_panel()
            yield LivePanel(id="live")
        yield CompactFooter()

    def _comments_panel(self):
        """Advisor comments under the text; hidden while there are none."""
        from ..widgets.comments import CommentsPanel
        from ..advising import db_factory

        return CommentsPanel(self.app.draft.path, db_factory=db_factory(self.app), lang=self.lang, hide_when_empty=True, collapsible=True, id="comments")  # type: ignore[attr-defined]

    def on_mount(self) -> None:
        self.relabel()
        self.load()
        self.query_one("#comments").reload(self.app.draft.text)  # type: ignore[attr-defined]
        if self.section == WHOLE:
            # Start writing where the text is, not inside the metadata block.
            sketch = self.app.draft.sketch  # type: ignore[attr-defined]
            first = next((s for s in sketch.sections if s.key), None)
            if first is not None:
                area = self.query_one("#text", TextArea)
                row = min(first.body_line, area.document.line_count - 1)
                area.move_cursor((row, 0))
                self.call_after_refresh(area.scroll_to, y=max(0, first.line - 4), animate=False)
        self.query_one("#live", LivePanel).show_state(self.app.live, self.lang)  # type: ignore[attr-defined]
        self.query_one("#text", TextArea).focus()
        self.app.release_early_keys(self.query_one("#text", TextArea))  # type: ignore[attr-defined]

    def relabel(self) -> None:
        self.query_one(NavBar).relabel()
        choice = self.query_one("#section-choice", Select)
        options = [(self.tr("tui.editor.whole"), WHOLE)]
        sketch = self.app.draft.sketch  # type: ignore[attr-defined]
        seen = set()
        for section in sketch.sections:
            if section.key and section.key not in seen:
                seen.add(section.key)
                s = spec(section.key)
                options.append((s.title.get(self.lang) if s else section.heading, section.key))
        with self.prevent(Select.Changed):
            choice.set_options(options)
            choice.value = self.section if self.section in {o[1] for o in options} else WHOLE
        self.query_one("#live", LivePanel).show_state(self.app.live, self.lang)  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ text in and out

    def load(self) -> None:
        """Fill the text area from the draft."""
        draft = self.app.draft  # type: ignore[attr-defined]
        if self.section == WHOLE:
            text = draft.text
        else:
            section = draft.sketch.section(self.section)
            text = section.body.strip("\n") if section else ""
        area = self.query_one("#text", TextArea)
        self._loading = True
        area.load_text(text)
        self._loading = False
        self._loaded_from, self._loaded_as = text, area.text

    def typed(self) -> str:
        """The text in the area; the text as loaded while the area shows it unchanged, so a file
        is not rewritten (nor an autosave begun) before the user changes something."""
        text = self.query_one("#text", TextArea).text
        return self._loaded_from if text == self._loaded_as else text

    def commit(self) -> None:
        """Put what is typed into the draft (called before leaving, saving or quitting)."""
        if self._commit_timer is not None:
            self._commit_timer.stop()
            self._commit_timer = None
        draft = self.app.draft  # type: ignore[attr-defined]
        text = self.typed()
        if self.section == WHOLE:
            draft.set_text(text)
        else:
            section = draft.sketch.section(self.section)
            if (section.body.strip("\n") if section else "") != text.strip("\n"):
                draft.set_section(self.section, text)

    @on(TextArea.Changed, "#text")
    def _typed(self) -> None:
        if self._loading:
            return
        if self.section == WHOLE:
            self.app.draft.set_text(self.typed())  # type: ignore[attr-defined]
        else:
            if self._commit_timer is not None:
                self._commit_timer.stop()
            self._commit_timer = self.set_timer(SECTION_COMMIT_DELAY, self.commit)

    @on(Select.Changed, "#section-choice")
    def _section_changed(self, event: Select.Changed) -> None:
        value = str(event.value)
        if value == self.section:
            return
        self.commit()
        self.section = value
        self.load()
        self.query_one("#text", TextArea).focus()

    def on_key(self, event: events.Key) -> None:
        """A letter typed where it cannot be typed (the checklist, the closed section choice,
        reached with Tab) goes into the text at its cursor, and the cursor goes back there: no
        keystroke is lost. Space stays with a closed choice (it opens it); an open choice's list
        keeps its letters (they find a section)."""
        if not event.is_printable or event.character is None:
            return
        focused = self.focused
        if not isinstance(focused, (Checklist, Select)):
            return  # a field, or a list of its own (an open choice, the comments): its keys are its own
        if (event.character == " " and isinstance(focused, Select)) or event.character == "?":
            return  # «?» outside a field is the help key
        event.stop()
        event.prevent_default()
        area = self.query_one("#text", TextArea)
        area.focus()
        area.insert(event.character)

    # ------------------------------------------------------------------ live panel

    @on(LiveUpdated)
    def _live(self, message: LiveUpdated) -> None:
        self.query_one("#live", LivePanel).show_state(message.state, self.lang)

    @on(Checklist.FindingChosen)
    def _jump(self, message: Checklist.FindingChosen) -> None:
        self.show_line(message.line)

    def show_line(self, line: int) -> None:
        """Put the cursor on a 1-based line of the file. A line inside the section shown is shown
        there: only the cursor moves, the text is not reloaded, so undo keeps its history. A line
        elsewhere switches to the whole sketch."""
        if self.section != WHOLE:
            self.commit()
            section = self.app.draft.sketch.section(self.section)  # type: ignore[attr-defined]
            area = self.query_one("#text", TextArea)
            if section is not None:
                leading = len(section.body) - len(section.body.lstrip("\n"))
                row = line - section.body_line - leading
                if 0 <= row < area.document.line_count and section.body_line <= line <= section.end_line:
                    area.move_cursor((row, 0), center=True)
                    area.focus()
                    return
            self.section = WHOLE
            with self.prevent(Select.Changed):
                self.query_one("#section-choice", Select).value = WHOLE
            self.load()
        area = self.query_one("#text", TextArea)
        row = max(0, min(line - 1, area.document.line_count - 1))
        area.move_cursor((row, 0), center=True)
        area.focus()

    # ------------------------------------------------------------------ actions

    def action_choose_section(self) -> None:
        self.query_one("#section-choice", Select).focus()

    def action_focus_checklist(self) -> None:
        self.query_one(Checklist).focus()

    def action_focus_text(self) -> None:
        self.query_one("#text", TextArea).focus()

    def action_comments(self) -> None:
        """Open the advisor's comments under the text (one line while closed), or close them."""
        from ..widgets.comments import CommentsPanel

        panel = self.query_one("#comments", CommentsPanel)
        if not panel.display:
            return
        if not panel.toggle():
            self.query_one("#text", TextArea).focus()

    def action_undo(self) -> None:
        self.query_one("#text", TextArea).action_undo()

    def undo_outside(self) -> None:
        """Ctrl+Z with no typing left to undo: the last write made outside the editor (an
        interview answer, a budget list turned into the table) is undone in the draft."""
        draft = self.app.draft  # type: ignore[attr-defined]
        self.commit()
        if draft.undo() is None:
            return
        self.load()
        self.notify(self.tr("tui.interview.undone"), markup=False)

    def action_redo(self) -> None:
        self.query_one("#text", TextArea).redo()
