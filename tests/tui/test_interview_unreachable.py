"""The interview with the configured model server unreachable: each answer is written, the
built-in coach reacts and the interview moves on; one line says why; Ctrl+R asks the model again."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from assistant.coach.llm import LangChainCoach
from assistant.coach.settings import CoachSettings
from assistant.core.sketch.model import Language, Metadata, Organisation, OrgKind
from assistant.tui.app import make_app
from assistant.tui.draft import Draft

from .helpers import open_interview, said, send, wait_for

sys.path.insert(0, str(Path(__file__).parents[1] / "coach"))
from openai_server import ChatServer, serve  # noqa: E402


@pytest.fixture
def sketch(tmp_path: Path) -> Path:
    meta = Metadata(title="Safe nights at home", applicant=Organisation(name="Bodø Municipality", kind=OrgKind.KOMMUNE, orgnr="972418021"), language=Language.EN)
    Draft.create(tmp_path / "s.md", meta)
    return tmp_path / "s.md"


def _free_port() -> int:
    """A port nobody listens on (connecting to it is refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _coach(port: int) -> LangChainCoach:
    settings = CoachSettings(model="m", base_url=f"http://127.0.0.1:{port}/v1", timeout_s=5, max_retries=0, backoff_s=0, local_model=True)
    return LangChainCoach(settings, lang="en")


async def test_with_the_model_unreachable_each_answer_is_written_and_the_interview_moves_on(sketch: Path) -> None:
    port = _free_port()
    app = make_app(sketch, coach=_coach(port), save_delay=0.1, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_interview(pilot, app)
        first = screen.index
        await send(pilot, "Older people fall at home at night.")
        await wait_for(pilot, lambda: screen.index > first and not screen._replying)
        assert "Older people fall at home at night." in app.draft.text
        errors = said(screen, "msg-error")
        assert len(errors) == 1
        assert "could not be reached" in errors[0] and "built-in coach answers meanwhile" in errors[0] and f"127.0.0.1:{port}" in errors[0]
        # The built-in coach's reaction, not an empty bubble, comes after that line.
        assert said(screen, "msg-coach")[-1].strip()
        second = screen.index
        await send(pilot, "About 2 300 falls a year are reported in Bodø.")
        await wait_for(pilot, lambda: screen.index > second and not screen._replying)
        assert "About 2 300 falls a year are reported in Bodø." in app.draft.text
        assert len(said(screen, "msg-error")) == 1  # said once, not on every question
        await wait_for(pilot, lambda: "About 2 300 falls" in sketch.read_text(encoding="utf-8"))


async def test_ctrl_r_asks_the_model_again_once_it_is_back(sketch: Path) -> None:
    port = _free_port()
    app = make_app(sketch, coach=_coach(port), lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_interview(pilot, app)
        await send(pilot, "Older people fall at home at night.")
        await wait_for(pilot, lambda: screen.index == 1 and not screen._replying)
        assert screen.check_action("retry", ()) is True
        # Still down: Ctrl+R says so, and the interview stays where it is.
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: len(said(screen, "msg-error")) == 2 and not screen._replying)
        assert "Ctrl+R" in said(screen, "msg-error")[-1] and screen.index == 1

        class Back(ChatServer):  # the model server back on the same address
            def server_bind(self) -> None:
                self.server_address = ("127.0.0.1", port)
                super().server_bind()

        server = serve(Back())
        server.reply = "The model read your answer about falls."
        try:
            await pilot.press("ctrl+r")
            await wait_for(pilot, lambda: "The model read your answer" in said(screen, "msg-coach")[-1] and not screen._replying)
            assert screen.index == 1  # the reply comes where the interview is; nothing skipped
            assert "Older people fall at home at night." in server.requests[-1]["messages"][-1]["content"]
        finally:
            server.shutdown()
            server.server_close()
