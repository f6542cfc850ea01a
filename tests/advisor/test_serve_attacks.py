"""`skisse serve` refuses what a stranger tries, driven over HTTP and the WebSocket as a browser
does (127.0.0.1 only): no key, a wrong key, a foreign Origin or Host, a path outside the served
folder, the owner's language model; the owner with the printed address still gets the window."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from .test_serve import Served, Window, drive, folder, screen_text, served, serving  # noqa: F401 - fixtures

aiohttp = pytest.importorskip("aiohttp")
pytest.importorskip("textual_serve")

pytestmark = pytest.mark.slow

SECRET = "HEMMELIG-NOKKEL-123"
BASHRC = "# the owner's shell settings\n"
INSIDE = """---
title: Skissen i mappen
applicant:
  name: Bodø kommune
  kind: kommune
---

## Sammendrag

Eldre i Bodø faller hjemme.
"""


def children(pid: int) -> list[int]:
    """The server's child processes (textual-serve starts one shell per window)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


async def _status(session, url: str, **headers: str) -> int:
    async with session.get(url, headers=headers, allow_redirects=False) as response:
        await response.read()
        return response.status


async def _ws_status(session, url: str, **headers: str) -> int:
    try:
        async with session.ws_connect(url, headers=headers):
            return 101
    except aiohttp.WSServerHandshakeError as exc:
        return exc.status


def test_the_page_needs_the_key_and_the_served_host(served: Served):
    async def run():
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as s:
            base = served.origin
            return {
                "no key": await _status(s, f"{base}/"),
                "wrong key": await _status(s, f"{base}/?token=x{served.token}"),
                "empty key": await _status(s, f"{base}/?token="),
                "foreign Host": await _status(s, served.url, Host=f"evil.example:{served.port}"),
                "foreign Origin": await _status(s, served.url, Origin="https://evil.example"),
                "download without the cookie": await _status(s, f"{base}/download/abc"),
                "right": await _status(s, served.url),
            }

    statuses = asyncio.run(run())
    assert statuses == {
        "no key": 403,
        "wrong key": 403,
        "empty key": 403,
        "foreign Host": 403,
        "foreign Origin": 403,
        "download without the cookie": 403,
        "right": 200,
    }


def test_a_websocket_without_key_origin_or_host_starts_no_window(served: Served):
    ws = f"ws://127.0.0.1:{served.port}/ws"
    right_origin = {"Origin": served.origin}
    wrong = served.token[:-1] + ("B" if served.token.endswith("A") else "A")  # one character off

    async def run():
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as s:
            return {
                "no key": await _ws_status(s, ws, **right_origin),
                "no key, with a slash": await _ws_status(s, f"{ws}/", **right_origin),
                "wrong key": await _ws_status(s, f"{ws}/{wrong}", **right_origin),
                "no Origin": await _ws_status(s, f"{ws}/{served.token}"),
                "foreign Origin": await _ws_status(s, f"{ws}/{served.token}", Origin="https://evil.example"),
                "DNS rebinding": await _ws_status(
                    s, f"{ws}/{served.token}", Origin=f"http://evil.example:{served.port}", Host=f"evil.example:{served.port}"
                ),
                "null Origin": await _ws_status(s, f"{ws}/{served.token}", Origin="null"),
            }

    statuses = asyncio.run(run())
    assert statuses == dict.fromkeys(statuses, 403)
    assert children(served.process.pid) == []  # no window was started for any of them

    # The same request with the key and the right Origin does start one (so the check above can fail).
    async def started() -> list[int]:
        async with aiohttp.ClientSession() as s:
            async with s.ws_connect(f"{ws}/{served.token}", origin=served.origin) as socket:
                await socket.receive(timeout=60)
                return children(served.process.pid)

    assert asyncio.run(asyncio.wait_for(started(), 90))


@pytest.fixture
def owner_home(tmp_path: Path) -> Path:
    home = tmp_path / "owner"
    (home / ".ssh").mkdir(parents=True)
    (home / ".bashrc").write_text(BASHRC)
    (home / ".ssh" / "id_ed25519").write_text(SECRET + "\n")
    (home / ".ssh" / "id_ed25519").chmod(0o600)
    return home


def test_a_served_window_opens_nothing_outside_its_folder(skisse_home, folder: Path, owner_home: Path, tmp_path: Path):
    outside = tmp_path / "elsewhere" / "secret.md"
    outside.parent.mkdir()
    outside.write_text(f"# {SECRET}\n")
    (folder / "link.md").symlink_to(outside)  # a link in the folder that leads out of it
    (folder / "inne.md").write_text(INSIDE)
    tries = [str(outside), "~/.bashrc", "~/.ssh/id_ed25519", "link.md", "../elsewhere/secret.md", "/etc/passwd"]

    async def script(window: Window) -> str:
        await window.until("Siste skisser", "Åpne fil (O)")
        for path in tries:
            await window.keys("o")
            await window.until("Åpne en skisse")
            await window.keys(path + "\r")
            await window.until("ligger utenfor mappen")
            await window.keys("\x1b")  # Esc closes the dialog
            await window.settle(0.3)
        # The owner's own sketch in the folder opens as before.
        await window.keys("o")
        await window.until("Åpne en skisse")
        await window.keys("inne.md\r")
        return await window.until("Skissen i mappen", "Eldre i Bodø faller hjemme")

    with serving(skisse_home, folder, env={"HOME": str(owner_home)}) as server:
        text = drive(server, script, timeout=240)
    assert SECRET not in text and "owner's shell" not in text
    assert (owner_home / ".bashrc").read_text() == BASHRC
    assert not list(owner_home.glob(".bashrc*~")) and not list(outside.parent.glob("*~"))
    assert outside.read_text() == f"# {SECRET}\n"


def test_the_tree_in_a_served_window_hides_links_out_of_the_folder(skisse_home, folder: Path, tmp_path: Path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "hemmelig-plan.md").write_text(f"# {SECRET}\n")
    (folder / "snarvei").symlink_to(outside)
    (folder / "lenke-ut.md").symlink_to(outside / "hemmelig-plan.md")
    (folder / "synlig-skisse.md").write_text(INSIDE)

    async def script(window: Window) -> str:
        await window.until("Siste skisser")
        await window.keys("o")
        text = await window.until("Åpne en skisse", "synlig-skisse.md")
        await window.settle(1.0)
        return text + window.text

    with serving(skisse_home, folder) as server:
        text = drive(server, script)
    assert "snarvei" not in text and "lenke-ut" not in text and SECRET not in text


def test_the_recent_list_of_a_served_window_names_only_sketches_in_its_folder(skisse_home, folder: Path, tmp_path: Path):
    import json

    other = tmp_path / "andre" / "fortrolig-soknad.md"
    other.parent.mkdir()
    other.write_text(INSIDE)
    mine = folder / "var-skisse.md"
    mine.write_text(INSIDE)
    data = skisse_home / "data"
    data.mkdir(parents=True)
    (data / "recent.json").write_text(json.dumps([{"path": str(other), "title": "Fortrolig", "opened": 1}, {"path": str(mine), "title": "Vår skisse", "opened": 2}]))

    async def script(window: Window) -> str:
        text = await window.until("Siste skisser", "Vår skisse")
        await window.settle(1.0)
        return text + window.text

    with serving(skisse_home, folder) as server:
        text = drive(server, script)
    assert "fortrolig-soknad" not in text and "Fortrolig" not in text


# ------------------------------------------------------------------ the coach


QUESTION = "Hva er svakest?"
MODEL_REPLY = "Svar fra modellen."
EMPTY_FIELD = "Spør om skissen; Enter sender"  # the field's placeholder: shown only when it is empty


async def ask_in_the_window(window: Window, question: str = QUESTION) -> None:
    """Open the coach (F12), type the question and send it; returns once the window took it: the
    field is empty again and the question stands in the chat.

    Every key goes in a write of its own kind: in one write, «Ctrl+U then text» reached the field
    as the text first and Ctrl+U after it (a printable key is inserted where it arrives, Ctrl+U
    runs as a binding once it has bubbled up to the app), so the field was emptied after typing
    and Enter sent an empty question, which the coach screen ignores. That, not the load, was why
    the test of an allowed model saw no request."""
    await window.until("Skissen i mappen")
    await window.keys("\x1b[24~")  # F12: the coach
    await window.until(EMPTY_FIELD)
    for _ in range(5):
        await window.keys(question)
        try:
            await window.until(question, timeout=30)
        except AssertionError:  # typed before the field had focus: try again
            continue
        await window.keys("\r")
        try:
            await window.until(EMPTY_FIELD, question, timeout=60)
            return
        except AssertionError:  # the Enter did not reach the field: empty it (alone) and type again
            await window.keys("\x15")
            await window.until(EMPTY_FIELD, timeout=30)
    raise AssertionError(f"the window never took the question; screen: {window.text[-3000:]!r}")


def _ask_the_coach(server: Served, reached=None) -> str:
    """Ask the coach in the served window; then wait until `reached()` holds (None: read what the
    window shows for a while, the offline coach's reply)."""

    async def script(window: Window) -> str:
        await ask_in_the_window(window)
        if reached is None:
            await window.settle(8.0)  # only to let it work; the assertions are on what arrived
            return window.text
        asked = len(window.chunks)
        for _ in range(600):  # generous: the first request imports the provider's client
            if reached() and MODEL_REPLY in " ".join(screen_text(window.chunks[asked:]).split()):
                break
            await window.settle(0.5)
        return window.text

    return drive(server, script, timeout=600)


@pytest.mark.parametrize("allowed", [False, True], ids=["refused by default", "allowed by the owner"])
def test_the_language_model_only_with_allow_coach(skisse_home, folder: Path, allowed: bool):
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1] / "coach"))  # the coach tests' local servers
    from openai_server import start

    model = start()
    model.reply = MODEL_REPLY
    sketch = folder / "skisse.md"
    sketch.write_text(INSIDE)
    env = {"SKISSE_MODEL": "test-model", "SKISSE_BASE_URL": model.base_url, "OPENAI_API_KEY": "sk-owner"}
    try:
        with serving(skisse_home, folder, str(sketch), *(["--allow-coach"] if allowed else []), env=env) as server:
            text = _ask_the_coach(server, (lambda: bool(model.requests)) if allowed else None)
    finally:
        model.release.set()
        model.shutdown()
        model.server_close()
    if allowed:
        assert model.requests, text[-2000:]
        assert QUESTION in json.dumps(model.requests[0], ensure_ascii=False)  # this question reached the model
        assert MODEL_REPLY in " ".join(text.split())  # and its reply reached the browser
    else:
        assert model.requests == []  # the question was asked, and nothing billed to the owner
        assert "Språkmodellen er av i nettleservinduet" in text
        assert MODEL_REPLY not in text


# ------------------------------------------------------------------ start


def test_the_start_warns_and_prints_the_address_with_its_key(skisse_home, folder: Path):
    with serving(skisse_home, folder) as server:
        log = Path(server.process.log_path).read_text()
    assert "kan lese og endre skissefilene i " + str(folder.resolve()) in log
    assert "Del den som et passord" in log
    assert f"Åpne: {server.url}" in log
    assert "Språkmodellen er av" in log
    assert len(server.token) >= 40


def test_two_runs_get_different_keys(skisse_home, folder: Path):
    with serving(skisse_home, folder) as first:
        pass
    with serving(skisse_home, folder) as second:
        pass
    assert first.token != second.token


def test_listening_on_every_address_needs_the_public_address(folder: Path, capsys, monkeypatch):
    from assistant.cli.main import main

    monkeypatch.chdir(folder)
    assert main(["--lang", "nb", "serve", "--host", "0.0.0.0", "--port", "9"]) == 2
    err = capsys.readouterr().err
    assert "--public-url" in err and "Traceback" not in err


def test_the_key_does_not_buy_unlimited_windows(skisse_home, folder: Path):
    async def run(server: Served) -> tuple[int, list[int]]:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as s:
            ws = f"ws://127.0.0.1:{server.port}/ws/{server.token}"
            async with s.ws_connect(ws, origin=server.origin) as first:
                await first.receive(timeout=60)  # the first window is running
                second = await _ws_status(s, ws, Origin=server.origin)
                async with s.get(server.url) as response:  # a second browser tab
                    page = (response.status, await response.text())
                return second, children(server.process.pid), page

    with serving(skisse_home, folder, "--max-windows", "1") as server:
        second, running, page = asyncio.run(asyncio.wait_for(run(server), 120))
    assert second == 503 and len(running) == 1
    # The visitor reads why on the page, in the window's language, instead of a dead terminal.
    assert page[0] == 503 and "Et vindu er allerede åpent" in page[1] and "last inn siden på nytt" in page[1]


def test_the_busy_page_escapes_what_it_shows():
    from assistant.advisor.serve import busy_page

    page = busy_page("<script>alert(1)</script> & co", 'en"><script>')
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page


def test_the_page_makes_the_browser_fetch_nothing_from_another_host(served: Served):
    """textual-serve's template loads Roboto Mono from Google Fonts; the served page loads it
    from its own static folder, and its CSP allows fonts and style sheets from nowhere else."""
    import re

    async def run():
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as s:
            async with s.get(served.url) as response:
                page, csp = await response.text(), response.headers.get("Content-Security-Policy", "")
            fonts = re.findall(r'url\("([^"]+\.ttf)"\)', page)
            sizes = []
            for url in fonts:
                async with s.get(url) as font:
                    sizes.append((font.status, len(await font.read())))
            return page, csp, fonts, sizes

    page, csp, fonts, sizes = asyncio.run(run())
    assert "googleapis" not in page and "gstatic" not in page
    loaded = re.findall(r'(?:href|src)\s*=\s*"([^"]+)"', page) + fonts
    assert loaded and all(url.startswith(served.origin + "/static/") for url in loaded if not url.startswith("{")), loaded
    assert fonts and all(url.startswith(f"{served.origin}/static/fonts/RobotoMono") for url in fonts)
    assert all(status == 200 and size > 10_000 for status, size in sizes)
    assert "font-src 'self'" in csp and "style-src 'self' 'unsafe-inline'" in csp and "frame-ancestors 'none'" in csp
