"""Start screen, new-sketch form, open dialog, language, and `skisse PATH`."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import Input, OptionList

from assistant.cli.main import _sketch_path_arg, build_parser
from assistant.tui.app import make_app
from assistant.tui.screens.editor import EditorScreen
from assistant.tui.screens.help import HelpScreen
from assistant.tui.screens.new_sketch import NewSketchScreen
from assistant.tui.screens.open_file import OpenFileScreen
from assistant.tui.screens.start import StartScreen
from assistant.tui.settings import RecentFiles

from .helpers import open_screen, send, type_text, wait_for

FIXTURES = Path(__file__).parents[1] / "fixtures" / "sketches"


async def test_org_number_is_checked_as_it_is_typed(tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        assert isinstance(app.screen, NewSketchScreen)
        app.screen.query_one("#orgnr", Input).focus()
        status = app.screen.query_one("#orgnr-status")
        await type_text(pilot, "97241801")
        assert "ni siffer" in str(status.render())
        await type_text(pilot, "4")
        assert "Kontrollsifferet" in str(status.render())
        await pilot.press("backspace")
        await type_text(pilot, "3")
        assert "Gyldig" in str(status.render())
        await type_text(pilot, "x")  # letters are not taken
        assert app.screen.query_one("#orgnr", Input).value == "972418013"


async def test_a_number_registered_to_another_body_is_warned_of_as_it_is_typed(tmp_path: Path, monkeypatch) -> None:
    """Bergen kommune's number typed for Drammen kommune: the form says whose it is (as `skisse
    check` does later), not «Gyldig»; the sketch can still be made."""
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        screen = app.screen
        assert isinstance(screen, NewSketchScreen)
        status = screen.query_one("#orgnr-status")
        await type_text(pilot, "Trygg hjemme")
        screen.query_one("#applicant", Input).focus()
        await type_text(pilot, "Drammen kommune")
        screen.query_one("#orgnr", Input).focus()
        await type_text(pilot, "964338531")
        await pilot.pause()
        shown = str(status.render())
        assert "står oppført på Bergen kommune, ikke på Drammen kommune" in shown and "Gyldig" not in shown
        assert status.region.width and status.region.bottom <= 24  # on screen at 80×24
        # The applicant corrected to the number's owner: the number is fine again.
        screen.query_one("#applicant", Input).value = "Bergen kommune"
        await pilot.pause()
        assert "Gyldig" in str(status.render())
        # Not a hard block: with the other name back, the sketch is made with the number as typed.
        screen.query_one("#applicant", Input).value = "Drammen kommune"
        await pilot.pause()
        assert "Bergen kommune" in str(status.render())
        await pilot.press("ctrl+n")
        await wait_for(pilot, lambda: not isinstance(app.screen, NewSketchScreen))
        assert "964338531" in (tmp_path / "trygg-hjemme.md").read_text(encoding="utf-8").replace(" ", "")


async def test_a_number_unknown_to_the_registry_or_a_body_it_does_not_know_is_not_warned_of(tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        screen = app.screen
        status = screen.query_one("#orgnr-status")
        screen.query_one("#applicant", Input).value = "Bodø kommune"
        screen.query_one("#orgnr", Input).value = "972418013"  # Bodø's own
        await pilot.pause()
        assert "Gyldig" in str(status.render())
        screen.query_one("#applicant", Input).value = "Bergen kommune, Etat for helse"  # a unit may use its body's number
        screen.query_one("#orgnr", Input).value = "964338531"
        await pilot.pause()
        assert "Gyldig" in str(status.render())


async def test_form_refuses_missing_fields_and_bad_numbers(tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        app.screen.query_one("#orgnr", Input).value = "123"
        await pilot.press("ctrl+n")
        error = str(app.screen.query_one("#form-error").render())
        assert "tittel" in error and "søker" in error and "ni siffer" in error
        assert isinstance(app.screen, NewSketchScreen)
        assert not list(tmp_path.glob("*.md"))


async def test_recent_sketches_are_listed_and_open(tmp_path: Path, skisse_home: Path) -> None:
    path = tmp_path / "sterk.md"
    shutil.copy(FIXTURES / "sterk-bokmal.md", path)
    RecentFiles(skisse_home / "data" / "recent.json").add(path, "Trygg hjemme lenger")
    RecentFiles(skisse_home / "data" / "recent.json").add(tmp_path / "borte.md", "Finnes ikke")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        recent = app.screen.query_one("#recent", OptionList)
        assert recent.option_count == 1  # the missing file is left out
        assert "Trygg hjemme lenger" in str(recent.get_option_at_index(0).prompt)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        assert app.draft.path == path


async def test_open_dialog_takes_a_typed_path_and_reports_a_missing_one(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "sterk-nynorsk.md", tmp_path / "nn.md")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o")
        assert isinstance(app.screen, OpenFileScreen)
        await send(pilot, "finst-ikkje.md")
        assert "finnes ikke" in str(app.screen.query_one("#open-error").render())
        app.screen.query_one("#open-path", Input).value = "nn.md"
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        assert app.draft.path == tmp_path / "nn.md"
        await pilot.press("ctrl+o")
        assert isinstance(app.screen, StartScreen)
        recent = app.screen.query_one("#recent", OptionList)  # mounted now that there is one
        assert recent.option_count == 1 and recent.display
        await pilot.pause()
        assert app.screen.focused is recent
        assert not app.screen.query_one("#recent-empty").display


async def test_the_start_actions_press_with_enter_and_a_click() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.screen.focused is app.screen.query_one("#new-button")
        assert not app.screen.query("#recent")  # no recent sketches: no list behind the notice
        await pilot.press("enter")
        assert isinstance(app.screen, NewSketchScreen)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        await pilot.click("#open-button")
        await wait_for(pilot, lambda: isinstance(app.screen, OpenFileScreen))


async def test_a_file_that_cannot_be_read_is_reported_not_raised(tmp_path: Path) -> None:
    (tmp_path / "bin.md").write_bytes(b"%PDF-1.7\x00\x01\x02" * 100)
    app = make_app(tmp_path / "bin.md")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen) and app.draft is None
        assert any(str(tmp_path / "bin.md") in n.message and n.severity == "error" for n in app._notifications)


async def test_language_switch_relabels_and_is_remembered(skisse_home: Path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        assert "Siste skisser" in str(app.screen.query_one("#recent-title").render())
        app.set_language("nn")
        await pilot.pause()
        assert str(app.screen.query_one("#new-button").label) == "Ny skisse (N)"
        assert "Ingen skisser enno" in str(app.screen.query_one("#recent-empty").render())
        assert app.screen.active_bindings["o"].binding.description == "Opna fil"
        app.set_language("en")
        await pilot.pause()
        assert app.screen.active_bindings["o"].binding.description == "Open file"
        commands = [c.title for c in app.get_system_commands(app.screen)]
        assert "Language: Norwegian Nynorsk" in commands
    again = make_app()
    assert again.lang == "en"


async def test_help_opens_and_closes_with_f1(tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        assert "F7 eksporterer" in app.screen.query_one("#help-text").source
        await pilot.press("f1")
        assert isinstance(app.screen, StartScreen)


async def test_workspace_keys_wait_for_a_sketch() -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.check_action("show", ("editor",)) is False
        await pilot.press("f3")
        assert isinstance(app.screen, StartScreen)


def test_a_sketch_path_as_the_first_argument_opens_the_tui(tmp_path: Path) -> None:
    parser = build_parser("nb")
    (tmp_path / "finnes").write_text("x", encoding="utf-8")
    assert _sketch_path_arg(parser, ["min-skisse.md"]) == "min-skisse.md"
    assert _sketch_path_arg(parser, ["--lang", "nn", str(tmp_path / "finnes")]) == str(tmp_path / "finnes")
    assert _sketch_path_arg(parser, ["check", "min-skisse.md"]) is None
    assert _sketch_path_arg(parser, ["tui"]) is None
    assert _sketch_path_arg(parser, ["ukjent"]) is None


async def test_language_from_the_command_palette(skisse_home: Path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "Palette")  # Textual's, in Norwegian
        await type_text(pilot, "nynorsk")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.lang == "nn")
        assert isinstance(app.screen, StartScreen)
        assert str(app.screen.query_one("#open-button").label) == "Opna fil (O)"


def test_plain_skisse_and_skisse_path_go_straight_to_the_window(monkeypatch) -> None:
    import assistant.cli.cmd_tui as cmd_tui
    from assistant.cli.main import main

    seen = []
    monkeypatch.setattr(cmd_tui, "run_tui", lambda args: seen.append((args.path, args.lang)) or 0)
    assert main([]) == 0
    assert main(["min-skisse.md"]) == 0
    assert main(["tui", "annen.md"]) == 0
    assert main(["--lang", "en", "min-skisse.md"]) == 0
    assert seen == [(None, "nb"), ("min-skisse.md", "nb"), ("annen.md", "nb"), ("min-skisse.md", "en")]


async def test_the_form_reads_the_applicants_kind_as_the_checker_does(tmp_path: Path) -> None:
    """Names the old name-ending guess missed: an English county name, a directorate the registry
    lists, and one Norwegian makes of «-direktoratet»; the kind shown is the checker's."""
    from textual.widgets import Select

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        kind = app.screen.query_one("#kind", Select)
        for name, expected in (("Troms County Authority", "fylkeskommune"), ("Domstoladministrasjonen", "statlig-etat"), ("Valgdirektoratet", "statlig-etat"), ("Bodø kommune", "kommune")):
            app.screen.query_one("#applicant", Input).value = name
            await pilot.pause()
            assert kind.value == expected, name


def _burst(app, *pieces: str) -> None:
    """Keys posted in one go, as a fast typist or a text expander sends them (tmux send-keys):
    nothing waits for the focus to move after a Tab."""
    from textual import events

    for piece in pieces:
        if piece in ("tab", "shift+tab"):
            app.post_message(events.Key(piece, "\t" if piece == "tab" else None))
        else:
            for ch in piece:
                app.post_message(events.Key(ch, ch))


async def test_fast_typing_after_tab_fills_the_next_field_of_the_new_sketch_form(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NewSketchScreen)
        _burst(app, "Safe nights", "tab", "Bodø kommune", "tab", "972418021", "shift+tab")
        await pilot.pause()
        await pilot.pause()
        values = {field.id: field.value for field in app.screen.query(Input)}
        assert values["title"] == "Safe nights"
        assert values["applicant"] == "Bodø kommune"
        assert values["orgnr"] == "972418021"
        assert app.focused is not None and app.focused.id == "applicant"  # Shift+Tab went back


async def test_fast_typing_after_tab_fills_the_next_field_of_the_partners_form(tmp_path: Path) -> None:
    path = tmp_path / "s.md"
    shutil.copy(FIXTURES / "sterk-bokmal.md", path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_screen(pilot, app, "f5", "partners")
        app.screen.query_one("#name", Input).focus()
        await pilot.pause()
        _burst(app, "Meløy kommune", "tab", "964983380")
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one("#name", Input).value == "Meløy kommune"
        assert app.screen.query_one("#orgnr", Input).value == "964983380"


def _keys(app, *pieces: str) -> None:
    """Keys posted in one go: a named key («ctrl+end», «backspace») or text, one key a letter."""
    from textual import events

    for piece in pieces:
        if piece in ("ctrl+end", "ctrl+home", "backspace", "enter", "left", "up"):
            app.post_message(events.Key(piece, "\r" if piece == "enter" else None))
        else:
            for ch in piece:
                app.post_message(events.Key(ch, ch))


async def test_ctrl_end_then_text_in_one_burst_writes_at_the_end(tmp_path: Path) -> None:
    """`skisse --lang nn sterk.md`, then at once Ctrl+End and text: the text went to the first
    section, where the editor had put the cursor (Ctrl+End, a binding, acted only after the
    letters typed after it). Keys in one burst act in the order typed, Backspace too."""
    from textual.widgets import TextArea

    path = tmp_path / "sterk.md"
    shutil.copy(FIXTURES / "sterk-bokmal.md", path)
    app = make_app(path, lang="nn", save_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        _keys(app, "ctrl+end", "Siste linja.x", "backspace", "enter", "ctrl+home", "# ")
        area = app.screen.query_one("#text", TextArea)
        await wait_for(pilot, lambda: area.text.startswith("# ") and area.text.endswith("Siste linja.\n"))
        before = path.read_text(encoding="utf-8")
        assert area.text == "# " + before + "Siste linja.\n"


async def test_keys_typed_while_the_editor_is_put_up_reach_its_text(tmp_path: Path) -> None:
    """Keys that come before the editor has mounted (typed at once after the command) were lost:
    they are kept and reach the opened editor in order."""
    from textual.widgets import TextArea

    path = tmp_path / "sterk.md"
    shutil.copy(FIXTURES / "sterk-bokmal.md", path)
    app = make_app(path, lang="nn", save_delay=60)
    opened = app.open_sketch

    def open_then_type(*args, **kwargs):
        done = opened(*args, **kwargs)
        assert isinstance(app.screen, EditorScreen) and app.focused is None  # not mounted yet
        _keys(app, "ctrl+end", "Skrive med ein gong.")
        return done

    app.open_sketch = open_then_type
    async with app.run_test(size=(80, 24)) as pilot:
        area = app.screen.query_one("#text", TextArea)
        await wait_for(pilot, lambda: area.text.endswith("Skrive med ein gong."))
        assert area.text == path.read_text(encoding="utf-8") + "Skrive med ein gong."
        assert app.focused is area


async def test_a_recent_sketch_under_home_is_listed_as_a_short_path(tmp_path: Path, skisse_home: Path, monkeypatch) -> None:
    """At 80 columns the list is narrow: a sketch under the home folder is shown as «~/…»."""
    home = tmp_path / "brukar"
    (home / "Dokumenter").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    path = home / "Dokumenter" / "trygg-hjemme-om-natten.md"
    shutil.copy(FIXTURES / "sterk-bokmal.md", path)
    RecentFiles(skisse_home / "data" / "recent.json").add(path, "Trygg hjemme om natten")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        prompt = str(app.screen.query_one("#recent", OptionList).get_option_at_index(0).prompt)
        assert "~/Dokumenter/trygg-hjemme-om-natten.md" in prompt and str(home) not in prompt
