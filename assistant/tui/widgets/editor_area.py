"""The editor's text area: Textual's TextArea with a row cache that survives typing.

Textual's TextArea caches rendered rows by their position on screen, keyed (with soft wrap)
on the whole selection, and clears that cache on every edit. So each key re-renders every
visible row of a five-page sketch, some 40 rows at 0.15 ms each, though only the row being
typed in has changed.

`EditorArea` keys each rendered row on what that row shows instead: the document line's text,
which wrapped section of it, how it wraps, and the part of the cursor, selection, matching
bracket and highlights that falls on that line; the settings that shape every row (size,
theme and its styles, gutter, scroll, focus) make a per-frame part of the key. A row whose
key is unchanged is taken from the cache; any other is drawn by TextArea's own `_render_line`,
so what is drawn is TextArea's drawing. Edits, undo and redo need no invalidation: a changed
line has a new key. Style changes clear the cache, as they do TextArea's.

The key mirrors what `_render_line` reads in Textual 8.2; `tests/tui/test_editor_area.py`
compares every frame of edits, selections, undo, resizes, scrolling and themes with TextArea's
own drawing from scratch, which is the check to run when Textual is upgraded. The fast path
relies on a few TextArea internals (listed in `_NEEDS`); when one is missing, or a subclass
draws lines its own way (`get_line` overridden) or the placeholder shows, rows are drawn by
TextArea exactly as it comes.
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import TextArea

# TextArea internals the row key reads (as of Textual 8.2).
_NEEDS = (
    "_render_line",
    "_theme",
    "_highlights",
    "_matching_bracket_location",
    "_draw_cursor",
    "_has_cursor",
    "wrapped_document",
    "gutter_width",
    "line_number_start",
)
_DOCUMENT_NEEDS = ("_offset_to_line_info", "get_offsets", "height")


class EditorArea(TextArea):
    """A TextArea that re-draws only the rows whose content, cursor or selection changed.

    It also has the keys people expect from an editor that Textual's TextArea lacks:
    Ctrl+Home/Ctrl+End to the start and end of the document (with Shift: selecting), and
    Shift+PageUp/Shift+PageDown selecting a page."""

    BINDINGS = [
        Binding("ctrl+home", "document_start", "tui.key.document_start", show=False),
        Binding("ctrl+end", "document_end", "tui.key.document_end", show=False),
        Binding("ctrl+shift+home", "document_start(True)", "tui.key.select_to_start", show=False),
        Binding("ctrl+shift+end", "document_end(True)", "tui.key.select_to_end", show=False),
        Binding("shift+pageup", "page_select(-1)", "tui.key.select_page_up", show=False),
        Binding("shift+pagedown", "page_select(1)", "tui.key.select_page_down", show=False),
    ]

    def on_mount(self) -> None:
        from ..keys import localise_bindings

        localise_bindings(self, getattr(self.app, "lang", "nb"))

    async def _on_key(self, event: events.Key) -> None:
        """The area's own keys (Ctrl+End, arrows, Backspace, Ctrl+Z …) act here, in the order the
        keys came, before the next key is handled. Textual runs a widget's bindings only once the
        key has bubbled up to the app, a few message hops later, so letters typed right after
        (a burst: a fast typist, tmux send-keys, a text expander) were inserted first: «Ctrl+End,
        then text» put the text where the cursor had been."""
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            if not binding.priority and await self.app.run_action(binding.action, self):
                event.stop()
                event.prevent_default()
                return
        await super()._on_key(event)

    def action_undo(self) -> None:
        """Undo typing; with none left to undo, the screen's own undo (an interview answer
        written into the sketch, which reached this text as a whole, not as typing)."""
        if self.history.undo_stack:
            self.undo()
            return
        outside = getattr(self.screen, "undo_outside", None)
        if outside is not None:
            outside()

    def action_document_start(self, select: bool = False) -> None:
        self.move_cursor((0, 0), select=select)

    def action_document_end(self, select: bool = False) -> None:
        self.move_cursor(self.document.end, select=select)

    def action_page_select(self, direction: int) -> None:
        """Extend the selection one page up (-1) or down (1), scrolling with it."""
        height = self.content_size.height
        _, cursor = self.selection
        target = self.navigator.get_location_at_y_offset(cursor, direction * height)
        self.scroll_relative(y=direction * height, animate=False)
        self.move_cursor(target, select=True)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._row_cache: LRUCache[tuple, Strip] = LRUCache(1024)
        # The state of the frame being rendered (see `_frame_state`); None until its first row
        # is drawn, False outside a frame or when this frame is drawn TextArea's way.
        self._frame: tuple | bool | None = False
        self._fast = all(hasattr(self, name) for name in _NEEDS) and type(self).get_line is TextArea.get_line

    def notify_style_update(self) -> None:
        self._row_cache.clear()
        super().notify_style_update()

    def render_lines(self, crop: Region) -> list[Strip]:
        # The frame's state is read by the first row drawn, after TextArea.render_lines has
        # applied the theme's CSS; False draws this frame's rows TextArea's way.
        self._frame = None if self._fast else False
        try:
            return super().render_lines(crop)
        finally:
            self._frame = False

    def render_line(self, y: int) -> Strip:
        frame = self._frame
        if frame is None:
            frame = self._frame = self._frame_state() or False
        if frame is False:
            return super().render_line(y)
        frame_key, scroll_y, height, line_info, selection, cursor, bracket, highlights = frame
        absolute_y = scroll_y + y
        if absolute_y >= height:
            key: tuple = (frame_key, None)
        else:
            line_index, section = line_info[absolute_y]
            start, end = selection
            cursor_row, cursor_column = end
            key = (
                frame_key,
                line_index,
                section,
                self.document.get_line(line_index),
                tuple(self.wrapped_document.get_offsets(line_index)),
                # The selection as TextArea draws it on this line (whole, to keep it simple).
                selection if start != end and min(start, end)[0] <= line_index <= max(start, end)[0] else None,
                (cursor_column, *cursor) if cursor_row == line_index else None,
                bracket if bracket is not None and bracket[0] == line_index else None,
                tuple(highlights.get(line_index, ())) if highlights else None,
            )
        cached = self._row_cache.get(key)
        if cached is None:
            cached = self._row_cache[key] = self._render_line(y)
        return cached

    def _frame_state(self) -> tuple | None:
        """What every row of this frame depends on, read once per frame; None draws the rows
        TextArea's way (the placeholder, or a document not wrapped yet)."""
        document = self.wrapped_document
        if not all(hasattr(document, name) for name in _DOCUMENT_NEEDS):
            self._fast = False
            return None
        if self.placeholder and self.document.line_count == 1 and not self.document.get_line(0):
            return None
        height = document.height
        line_info = document._offset_to_line_info
        if len(line_info) < height:
            return None
        theme = self._theme
        theme_styles = (
            (
                theme.name,
                theme.base_style,
                theme.gutter_style,
                theme.cursor_style,
                theme.cursor_line_style,
                theme.cursor_line_gutter_style,
                theme.bracket_matching_style,
                theme.selection_style,
                id(theme.syntax_styles),
            )
            if theme
            else None
        )
        scroll_x, scroll_y = self.scroll_offset
        frame_key = (
            self.size,
            self.scrollable_content_region.size.width,
            self.virtual_size.width,
            scroll_x,
            theme_styles,
            self.rich_style,
            self.soft_wrap,
            self.show_line_numbers,
            self.gutter_width,
            self.line_number_start,
            self.indent_width,
            self.highlight_cursor_line,
            self.match_cursor_bracket,
            self._has_cursor,
            self.read_only,
            self.show_cursor,
            id(self.app.console),
        )
        selection = self.selection
        start, end = selection
        bracket = self._matching_bracket_location if start == end else None
        # The cursor row also shows the suggestion, the bracket style under the cursor when the
        # bracket has a match, and no cursor when focus or blink hide it.
        cursor = (self._draw_cursor, self.suggestion, self.has_focus, self.hide_suggestion_on_blur, bracket is not None)
        return (frame_key, scroll_y, height, line_info, selection, cursor, bracket, self._highlights)
