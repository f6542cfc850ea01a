"""Small helpers for Pilot tests: waiting, typing, opening a screen the way the user does, and
reading the chat."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from assistant.core.sketch.model import Language, Metadata, Organisation, OrgKind
from assistant.tui.draft import Draft
from assistant.tui.screens.coach import CoachScreen
from assistant.tui.screens.interview import ChatMessage, InterviewScreen


async def wait_for(pilot, condition: Callable[[], object], *, rounds: int = 400, step: float = 0.05) -> None:
    """Let the app run until `condition()` holds; fail (not time out silently) if it never does."""
    for _ in range(rounds):
        if condition():
            return
        await pilot.pause(step)
    raise AssertionError(f"condition never held: {getattr(condition, '__name__', condition)}")


async def type_text(pilot, text: str) -> None:
    await pilot.press(*text)


async def send(pilot, text: str) -> None:
    """Type `text` and press Enter, as the user answers or asks."""
    await type_text(pilot, text)
    await pilot.press("enter")


async def type_lines(pilot, lines: list[str]) -> None:
    """Type the lines into one box, Ctrl+J between them (not sent)."""
    for n, line in enumerate(lines):
        if n:
            await pilot.press("ctrl+j")
        await type_text(pilot, line)


def new_sketch(path: Path, *, orgnr: str | None = None) -> Draft:
    """An empty bokmål sketch «Trygg hjemme» by Bodø kommune, written at `path`."""
    applicant = Organisation(name="Bodø kommune", orgnr=orgnr, kind=OrgKind.KOMMUNE)
    return Draft.create(path, Metadata(title="Trygg hjemme", applicant=applicant, language=Language.NB))


def said(screen, role: str, kind: type = ChatMessage) -> list[str]:
    """The texts of the chat's messages with the class `role` («msg-note», «msg-coach» …), in order."""
    return [m.source for m in screen.query(kind) if m.has_class(role)]


async def open_screen(pilot, app, key: str, name: str):
    """Press `key` and wait until the screen called `name` is shown."""
    await pilot.press(key)
    await wait_for(pilot, lambda: getattr(app.screen, "screen_name", "") == name)
    return app.screen


async def open_interview(pilot, app) -> InterviewScreen:
    """The interview, as it opens first for an empty sketch."""
    await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
    return app.screen


async def open_coach(pilot, app) -> CoachScreen:
    """F12 from the editor or the interview, once one of them is shown."""
    await wait_for(pilot, lambda: getattr(app.screen, "screen_name", "") in ("editor", "interview"))
    await pilot.press("f12")
    await wait_for(pilot, lambda: isinstance(app.screen, CoachScreen))
    return app.screen


async def go_to(pilot, screen: InterviewScreen, section: str, number: int = 1) -> None:
    """Ask the interview's question `number` of `section`."""
    screen.ask(next(i for i, s in enumerate(screen.steps) if s.section == section and s.number == number))
    await pilot.pause()


async def asked(pilot, app) -> str:
    """Wait for the yes/no question (ConfirmScreen); its text, as shown."""
    from assistant.tui.screens.confirm import ConfirmScreen

    await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
    return str(app.screen.query_one("#confirm-question").render())


async def open_export(pilot, app):
    """F6 once the sketch is open; the export screen, once it has checked the sketch."""
    await wait_for(pilot, lambda: app.draft is not None)
    screen = await open_screen(pilot, app, "f6", "export")
    await wait_for(pilot, lambda: screen.state is not None)
    return screen


async def jump_to_first_finding(pilot, app) -> int:
    """F8 to the editor's checklist, Enter on its first finding; the line the finding is on."""
    from assistant.tui.widgets.checklist import Checklist

    checklist = app.screen.query_one(Checklist)
    await pilot.press("f8")
    assert checklist.has_focus
    index, line = next(
        (i, checklist._finding_lines[o.id])
        for i in range(checklist.option_count)
        if (o := checklist.get_option_at_index(i)).id in checklist._finding_lines
    )
    checklist.highlighted = index
    await pilot.press("enter")
    return line
