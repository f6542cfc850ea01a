"""A served window is kept in its folder: every way to open, create or write a file checks it,
symbolic links followed; outside `skisse serve` nothing is restricted."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.core.files import confine
from assistant.core.files.confine import OutsideFolder

INSIDE = "---\ntitle: Skissen i mappen\napplicant:\n  name: Bodø kommune\n  kind: kommune\n---\n\n## Sammendrag\n\nEldre faller.\n"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    target = tmp_path / "owner" / ".bashrc"
    target.parent.mkdir()
    target.write_text("# shell\n")
    return target


def test_paths_inside_pass_and_outside_are_refused(served_folder: Path, outside: Path, monkeypatch):
    monkeypatch.chdir(served_folder)
    (served_folder / "sub").mkdir()
    (served_folder / "ut.md").symlink_to(outside)
    (served_folder / "ut-mappe").symlink_to(outside.parent)
    assert confine.is_inside(served_folder / "a.md") and confine.is_inside("sub/b.md") and confine.is_inside("ny.md")
    for path in (outside, "../owner/.bashrc", served_folder / "ut.md", served_folder / "ut-mappe" / "x.md", "/etc/passwd", "~/.bashrc"):
        assert not confine.is_inside(path), path
    with pytest.raises(OutsideFolder) as refused:
        confine.inside(outside, lang="en")
    assert str(refused.value) == f"{outside}: is outside the folder this browser window was started for ({served_folder}); nothing was opened or written"


def test_the_folder_is_read_once_and_cannot_be_changed_later(served_folder: Path, monkeypatch):
    assert confine.root() == served_folder.resolve()
    monkeypatch.setenv(confine.ENV_ROOT, "/")
    monkeypatch.setenv(confine.ENV_COACH, "1")
    assert confine.root() == served_folder.resolve() and not confine.coach_allowed()


def test_nothing_is_restricted_outside_serve(outside: Path):
    confine._settings.cache_clear()
    assert confine.root() is None and confine.is_inside(outside) and confine.coach_allowed()


def test_exports_outside_the_folder_are_refused(served_folder: Path, outside: Path):
    from assistant.core.sketch.document import parse_sketch
    from assistant.core.rendering.export import export_markdown

    sketch = parse_sketch(INSIDE)
    with pytest.raises(OutsideFolder):
        export_markdown(sketch, outside, lang="nb")
    assert outside.read_text() == "# shell\n"
    export_markdown(sketch, served_folder / "ut.export.md", lang="nb")
    assert "Eldre faller." in (served_folder / "ut.export.md").read_text()


def test_a_draft_outside_is_neither_read_nor_written(served_folder: Path, outside: Path):
    from assistant.tui.draft import Draft

    with pytest.raises(OutsideFolder):
        Draft.open(outside)
    draft = Draft(outside, "# overwritten\n")
    with pytest.raises(OutsideFolder):
        draft.save()
    assert outside.read_text() == "# shell\n"


def test_the_served_tui_refuses_a_sketch_outside_its_folder(served_folder: Path, outside: Path, capsys):
    from assistant.cli.main import main

    assert main(["--lang", "nb", "tui", str(outside)]) == 2
    err = capsys.readouterr().err
    assert "ligger utenfor mappen" in err and "Traceback" not in err


def test_a_served_window_gets_the_offline_coach(served_folder: Path, monkeypatch):
    from assistant.coach.offline import OfflineCoach
    from assistant.tui.services import Services

    monkeypatch.setenv("SKISSE_MODEL", "openai:gpt-4o-mini")
    assert isinstance(Services().make_coach(), OfflineCoach)


def test_the_window_environment_has_no_provider_keys_unless_the_coach_is_allowed(tmp_path: Path):
    from assistant.advisor.serve import window_environment

    env = {"OPENAI_API_KEY": "sk-1", "ANTHROPIC_API_KEY": "sk-2", "SKISSE_API_KEY": "k", "HOME": "/h", "PATH": "/bin"}
    closed = window_environment(tmp_path, allow_coach=False, environ=env)
    assert closed == {"HOME": "/h", "PATH": "/bin", confine.ENV_ROOT: str(tmp_path), confine.ENV_COACH: "0"}
    opened = window_environment(tmp_path, allow_coach=True, environ=env)
    assert opened["OPENAI_API_KEY"] == "sk-1" and opened[confine.ENV_COACH] == "1"


@pytest.mark.parametrize(
    ("host", "port", "public", "hosts", "origins"),
    [
        ("127.0.0.1", 8000, None, {"127.0.0.1:8000", "localhost:8000", "[::1]:8000"}, {"http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000"}),
        ("0.0.0.0", 8000, "https://skisse.example.no", {"skisse.example.no"}, {"https://skisse.example.no"}),
        ("10.0.0.5", 8080, None, {"10.0.0.5:8080"}, {"http://10.0.0.5:8080"}),
    ],
)
def test_only_the_served_address_is_accepted(host, port, public, hosts, origins):
    from assistant.advisor.serve import allowed_addresses

    got_hosts, got_origins, _ = allowed_addresses(host, port, public)
    assert got_hosts == hosts and got_origins == origins


async def test_the_new_sketch_form_refuses_a_path_outside(served_folder: Path, tmp_path: Path, monkeypatch):
    from textual.widgets import Input

    from assistant.tui.app import make_app
    from assistant.tui.screens.new_sketch import NewSketchScreen

    monkeypatch.chdir(served_folder)
    target = tmp_path / "elsewhere" / "ny.md"
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        app.screen.query_one("#title", Input).value = "Ny skisse"
        app.screen.query_one("#applicant", Input).value = "Bodø kommune"
        app.screen.query_one("#path", Input).value = str(target)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, NewSketchScreen)
        assert "ligger utenfor mappen" in str(app.screen.query_one("#form-error").render())
        assert app.screen.query_one("#path", Input).value  # the suggested name lies in the folder
    assert not target.parent.exists()  # not even the folder was made


def test_a_served_portfolio_leaves_out_links_that_lead_out_of_the_folder(served_folder: Path, tmp_path: Path):
    from assistant.advisor.portfolio import build_portfolio

    (served_folder / "egen.md").write_text(INSIDE)
    secret = tmp_path / "annen" / "fortrolig.md"
    secret.parent.mkdir()
    secret.write_text(INSIDE.replace("Skissen i mappen", "Fortrolig plan"))
    (served_folder / "lenke.md").symlink_to(secret)
    portfolio = build_portfolio(served_folder, jobs=1, pages=False)
    assert [Path(row.path).name for row in portfolio.rows] == ["egen.md"]


async def test_the_export_screen_of_a_served_window_writes_nothing_outside(served_folder: Path, outside: Path, monkeypatch):
    import shutil

    from textual.widgets import Checkbox, Input

    from assistant.tui.app import make_app

    monkeypatch.chdir(served_folder)
    sketch = served_folder / "sterk.md"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "sketches" / "sterk-bokmal.md", sketch)
    app = make_app(sketch)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f6")
        for _ in range(200):
            if getattr(app.screen, "screen_name", "") == "export" and app.screen.state is not None:
                break
            await pilot.pause(0.05)
        screen = app.screen
        screen.query_one("#want-pdf", Checkbox).value = False
        screen.query_one("#md-path", Input).value = str(outside)
        await pilot.press("f7")
        for _ in range(200):
            if "ligger utenfor mappen" in str(screen.query_one("#export-result").render()):
                break
            await pilot.pause(0.05)
        assert "ligger utenfor mappen" in str(screen.query_one("#export-result").render())
    assert outside.read_text() == "# shell\n"


def test_a_served_window_allowed_the_coach_gets_the_configured_model(served_folder: Path, monkeypatch):
    from assistant.coach.offline import OfflineCoach
    from assistant.tui.services import Services

    monkeypatch.setenv(confine.ENV_COACH, "1")
    confine._settings.cache_clear()
    monkeypatch.setenv("SKISSE_MODEL", "test-model")
    monkeypatch.setenv("SKISSE_BASE_URL", "http://127.0.0.1:9/v1")
    assert not isinstance(Services().make_coach(), OfflineCoach)
