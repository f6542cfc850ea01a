"""What keeps the window quick: the start screen styles its widgets once, a live state being
computed for a text already typed over stops, and the loaded heap is frozen once.

No timings here: the benchmark (benchmarks/bench_tui.py) measures; these tests pin the
behaviour the speed rests on.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Button, Footer, TextArea
from textual.widgets._footer import FooterKey

import assistant.tui.gcfreeze as gcfreeze
from assistant.core.rendering.pages import PageInfo
from assistant.tui.app import make_app
from assistant.tui.live import Abandoned, compute_live
from assistant.tui.screens.editor import EditorScreen
from assistant.tui.screens.start import StartScreen
from assistant.core.judging.engine import check_sketch
from assistant.tui.services import Services


def _check(sketch, rubric, pages, path):  # type: ignore[no-untyped-def]
    return check_sketch(sketch, rubric, pages=pages, path=path)
from assistant.tui.widgets.footer import CompactFooter

from .helpers import wait_for

FIXTURES = Path(__file__).parents[1] / "fixtures" / "sketches"


# ---------------------------------------------------------------- the compact footer


class _Keys(Screen):
    BINDINGS = [Binding("n", "x", "Ny"), Binding("o", "y", "Åpne"), Binding("f1", "z", "Hjelp")]

    def __init__(self, footer: Footer) -> None:
        super().__init__()
        self.footer = footer

    def compose(self) -> ComposeResult:
        yield Button("a")
        yield Button("b")
        yield self.footer


class _FooterApp(App):
    def __init__(self, footer: Footer) -> None:
        super().__init__()
        self.footer = footer
        self.restyled: list[str] = []

    def get_default_screen(self) -> Screen:
        return _Keys(self.footer)

    def update_styles(self, node=None, animate: bool = True) -> None:
        if isinstance(node, FooterKey):
            self.restyled.append(node.key)
        super().update_styles(node, animate)


async def _footer_keys(footer: Footer) -> tuple[list[tuple], list[str]]:
    app = _FooterApp(footer)
    async with app.run_test(size=(80, 10)) as pilot:
        app.screen.query(Button).last().focus()  # a focus change: the footer recomposes
        await pilot.pause()
        keys = [(k.key, k.description, sorted(k.classes), k.region) for k in app.screen.query(FooterKey)]
        return keys, app.restyled


async def test_compact_footer_looks_like_textuals_and_styles_each_key_once() -> None:
    textual_keys, textual_restyled = await _footer_keys(Footer(compact=True))
    ours, restyled = await _footer_keys(CompactFooter())
    assert ours == textual_keys
    assert all("-compact" in classes for _, _, classes, _ in ours)
    assert textual_restyled  # Textual's keys are styled again once they get their class ...
    assert restyled == []  # ... ours have it from the start


class _Toggle(_Keys):
    hide_open = False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action == "y" and self.hide_open)


async def test_compact_footer_recomposes_only_when_its_keys_change() -> None:
    app = _FooterApp(CompactFooter())
    app.get_default_screen = lambda: _Toggle(app.footer)  # type: ignore[method-assign]
    async with app.run_test(size=(80, 10)) as pilot:
        await pilot.pause()
        before = list(app.screen.query(FooterKey))
        app.screen.query(Button).last().focus()  # the bindings may have changed: they have not
        await pilot.pause()
        assert list(app.screen.query(FooterKey)) == before
        app.screen.hide_open = True
        app.screen.refresh_bindings()
        await pilot.pause()
        assert [k.key for k in app.screen.query(FooterKey)] == [k.key for k in before if k.key != "o"]


async def test_start_screen_focus_lands_once_on_the_new_button() -> None:
    focused: list[str | None] = []
    original = Screen.set_focus

    def record(screen, widget, *args, **kwargs):
        if isinstance(screen, StartScreen) and widget is not None and widget is not screen.focused:
            focused.append(widget.id)
        return original(screen, widget, *args, **kwargs)

    app = make_app()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Screen, "set_focus", record)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, StartScreen)
            assert app.screen.focused is not None and app.screen.focused.id == "new-button"
    assert focused == ["new-button"]  # the hidden recent list never had it


# ---------------------------------------------------------------- the live panel


def test_compute_live_stops_between_steps_when_abandoned() -> None:
    text = (FIXTURES / "sterk-bokmal.md").read_text(encoding="utf-8")
    checked: list[int] = []
    services = Services(check=lambda *args: checked.append(1) or _check(*args), page_info=lambda sketch, layout: PageInfo(pages=2, fraction=1.5))
    with pytest.raises(Abandoned):
        compute_live(text, services, abandon=lambda: True)
    asked = iter([False, False, True])  # the tokens and the page count done, the check not begun
    with pytest.raises(Abandoned):
        compute_live(text, services, abandon=lambda: next(asked))
    assert checked == []
    state = compute_live(text, services, abandon=lambda: False)
    assert checked == [1] and state.report is not None and state.pages.fraction == 1.5


async def test_a_key_during_the_live_computation_stops_it_and_the_next_pause_computes_again(strong: Path) -> None:
    release = threading.Event()
    rendered: list[int] = []
    checked: list[str] = []

    def page_info(sketch, layout):
        rendered.append(1)
        if len(rendered) == 1:
            release.wait(30)  # the first computation is still running when the key comes
        return PageInfo(pages=2, fraction=1.5)

    def check(sketch, rubric, pages, path):
        checked.append(path)
        return _check(sketch, rubric, pages, path)

    app = make_app(strong, services=Services(check=check, page_info=page_info), live_delay=0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen) and rendered)
        area = app.screen.query_one("#text", TextArea)
        before = area.text
        await pilot.press("down")  # moves the cursor, changes no text
        release.set()
        await wait_for(pilot, lambda: app.live is not None)
        assert area.text == before == app.live.text
        assert len(rendered) == 2 and len(checked) == 1  # the first one stopped before its check


async def test_the_loaded_heap_is_frozen_once(strong: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    frozen: list[int] = []
    monkeypatch.setattr(gcfreeze, "_heap_frozen", False)
    monkeypatch.setattr("gc.freeze", lambda: frozen.append(1))
    other = tmp_path / "annen.md"
    shutil.copy(strong, other)
    app = make_app(strong, services=Services(page_info=lambda sketch, layout: PageInfo(pages=2, fraction=1.5)))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.live is not None)
        assert frozen == [1]
        app.open_sketch(other)
        await wait_for(pilot, lambda: app.live is not None and app.draft.path == other)
        assert frozen == [1]


def test_live_states_go_only_to_screens_that_show_them() -> None:
    # A message to the start screen under the workspace makes Textual repaint the whole editor.
    from assistant.tui.live_scheduling import _handles
    from assistant.tui.messages import LiveUpdated
    from assistant.tui.screens.coach import CoachScreen
    from assistant.tui.screens.help import HelpScreen

    assert _handles(EditorScreen(), LiveUpdated) and _handles(CoachScreen(), LiveUpdated)
    assert not _handles(StartScreen(), LiveUpdated) and not _handles(HelpScreen(), LiveUpdated)


async def test_the_start_screen_under_the_editor_gets_no_live_state(strong: Path) -> None:
    seen: list[str] = []
    app = make_app(strong, services=Services(page_info=lambda sketch, layout: PageInfo(pages=2, fraction=1.5)), live_delay=0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen) and app.live is not None)
        start = app.screen_stack[0]
        assert isinstance(start, StartScreen)
        original = start.post_message
        start.post_message = lambda message: seen.append(type(message).__name__) or original(message)  # type: ignore[method-assign]
        before = app.draft.text
        await pilot.press("x")
        await wait_for(pilot, lambda: app.live is not None and app.live.text == app.draft.text != before)
    assert "LiveUpdated" not in seen
