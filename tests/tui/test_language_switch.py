"""The window's language changes every text at once: the interview's transcript, its current
question and keys; Textual's own quit toast; the history's notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.core.sketch.model import Language, Metadata, Organisation, OrgKind
from assistant.tui.app import make_app
from assistant.tui.draft import Draft
from assistant.tui.interview_plan import interview_steps
from assistant.tui.screens.interview import ChatMessage

from .conftest import FakeCoach
from .helpers import open_interview, send, wait_for


@pytest.fixture
def sketch(tmp_path: Path) -> Path:
    meta = Metadata(title="Trygg heime", applicant=Organisation(name="Bodø kommune", kind=OrgKind.KOMMUNE), language=Language.NN)
    Draft.create(tmp_path / "s.md", meta)
    return tmp_path / "s.md"


def _footer_text(app) -> str:
    from textual.widgets._footer import FooterKey

    return " ".join(f"{k.key_display} {k.description}" for k in app.screen.query(FooterKey))


async def test_switching_language_on_the_interview_says_every_question_again_in_the_new_one(sketch: Path) -> None:
    app = make_app(sketch, lang="nn", coach=FakeCoach("Notert."), save_delay=0.05)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_interview(pilot, app)
        await send(pilot, "Bodø kommune har mange eldre som bur heime åleine om natta.")
        await wait_for(pilot, lambda: screen.index > 0 and not screen._replying)
        rubric = app.services.rubric_for(app.draft.sketch)
        nynorsk, english = interview_steps(rubric, "nn"), interview_steps(rubric, "en")
        asked = [m.source for m in screen.query(ChatMessage) if m.has_class("msg-question")]
        assert nynorsk[screen.index].question in asked[-1]
        assert "Ny linje" in _footer_text(app)

        app.set_language("en")
        await pilot.pause()
        asked = [m.source for m in screen.query(ChatMessage) if m.has_class("msg-question")]
        assert english[0].question in asked[0] and english[screen.index].question in asked[-1]
        assert not any(nynorsk[i].question in "\n".join(asked) for i in (0, screen.index) if nynorsk[i].question != english[i].question)
        progress = str(screen.query_one("#progress").render())
        assert progress.startswith(f"Question {screen.index + 1} of")
        notes = " ".join(m.source for m in screen.query(ChatMessage) if not m.has_class("msg-user"))
        assert "I ask the rubric's questions" in notes and "Eg stiller" not in notes
        await wait_for(pilot, lambda: "New line" in _footer_text(app))
        assert "Ny linje" not in _footer_text(app)
        # The answer stays as written.
        assert any("bur heime åleine" in m.source for m in screen.query(ChatMessage) if m.has_class("msg-user"))


@pytest.mark.parametrize(("lang", "title", "hint"), [("nb", "Vil du avslutte?", "Trykk Ctrl+Q for å avslutte Skisse."), ("nn", "Vil du avslutte?", "Trykk Ctrl+Q for å avslutte Skisse."), ("en", "Do you want to quit?", "Press Ctrl+Q to quit Skisse.")])
async def test_ctrl_c_in_the_editor_says_how_to_quit_in_the_window_language(strong: Path, lang: str, title: str, hint: str) -> None:
    from assistant.tui.screens.editor import EditorScreen

    app = make_app(strong, lang=lang, coach=FakeCoach("Bra."), save_delay=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        await pilot.press("ctrl+c")
        await wait_for(pilot, lambda: app._notifications)
        shown = list(app._notifications)[-1]
        assert shown.title == title and shown.message.startswith(hint)
        assert not any("Do you want" in n.title for n in app._notifications) or lang == "en"


async def test_the_last_exports_result_follows_the_language_switch(tmp_path: Path) -> None:
    # «Eksportert: …» stayed in nynorsk under the English buttons after Ctrl+P → English.
    from assistant.tui.screens.export import ExportScreen

    from render_helpers import STRONG_SKETCH

    path = tmp_path / "sterk.md"
    path.write_text(STRONG_SKETCH, encoding="utf-8")
    app = make_app(path, lang="nn", save_delay=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "screen_name", None) in ("interview", "editor"))
        await pilot.press("f6")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.state is not None)
        screen = app.screen
        await pilot.press("f7")
        await wait_for(pilot, lambda: screen.result is not None)
        result = screen.query_one("#export-result")
        assert "Eksportert" in str(result.render())
        app.set_language("en")
        await pilot.pause()
        shown = str(result.render())
        assert "Eksportert" not in shown and "sterk.pdf" in shown and "sterk.export.md" in shown
