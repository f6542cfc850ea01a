"""`skisse serve` end to end: the page over HTTP, the app's screen over its websocket, and a
headless Chromium screenshot of the app running in the browser."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

aiohttp = pytest.importorskip("aiohttp")
pytest.importorskip("textual_serve")

pytestmark = pytest.mark.slow

ENTRY = "from assistant.cli.main import entry; entry()"
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]|\x1b\][^\x07]*\x07")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


def wait_for_port(port: int, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server exited: {Path(process.log_path).read_text(errors='replace')}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise AssertionError(f"nothing listens on port {port}")


def _die_with_parent() -> None:
    """In the child: get SIGTERM when the test process goes away, so no server outlives a run."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except Exception:  # noqa: BLE001 - not Linux: the finally blocks still stop the server
        pass


def start_server(home: Path, *extra: str, env: dict[str, str] | None = None, cwd: Path | None = None):
    port = free_port()
    environ = dict(os.environ, SKISSE_HOME=str(home), SKISSE_LANG="nb", PYTHONUNBUFFERED="1", **(env or {}))
    log = open(home.parent / f"serve-{port}.log", "w")  # noqa: SIM115 - closed with the process
    process = subprocess.Popen(
        [sys.executable, "-c", ENTRY, "--lang", "nb", "serve", "--port", str(port), *extra],
        env=environ,
        cwd=cwd,
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
        preexec_fn=_die_with_parent,
    )
    process.log_path = log.name  # type: ignore[attr-defined]
    log.close()
    return port, process


def served_token(port: int, process: subprocess.Popen, timeout: float = 60) -> str:
    """The key in the address the server printed (waits for it, and for the port)."""
    wait_for_port(port, process, timeout)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = re.search(rf"http://127\.0\.0\.1:{port}/\?token=([A-Za-z0-9_-]+)", Path(process.log_path).read_text(errors="replace"))
        if found:
            return found.group(1)
        time.sleep(0.1)
    raise AssertionError("the server printed no address with a key")


@dataclass
class Served:
    port: int
    token: str
    process: subprocess.Popen
    folder: Path

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.origin}/?token={self.token}"


@contextlib.contextmanager
def serving(home: Path, folder: Path, *extra: str, env: dict[str, str] | None = None):
    home.mkdir(parents=True, exist_ok=True)
    port, process = start_server(home, *extra, env=env, cwd=folder)
    try:
        yield Served(port, served_token(port, process), process, folder)
    finally:
        stop(process)


@pytest.fixture
def folder(tmp_path) -> Path:
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    return work


@pytest.fixture
def served(skisse_home, folder):
    with serving(skisse_home, folder) as server:
        yield server


def screen_text(chunks: list[bytes]) -> str:
    return ANSI.sub("", b"".join(chunks).decode("utf-8", "replace"))


class Window:
    """The served window as a browser drives it: keys in, screen bytes out."""

    def __init__(self, ws) -> None:
        self.ws = ws
        self.chunks: list[bytes] = []

    @property
    def text(self) -> str:
        return screen_text(self.chunks)

    async def until(self, *wanted: str, timeout: float = 90) -> str:
        """Screen text, once every wanted text arrived; fails with what was shown if not in time."""
        deadline = time.monotonic() + timeout
        start = len(self.chunks)
        # Spaces folded: a wrapped line arrives as its two halves with the padding between them.
        while not all(" ".join(w.split()) in " ".join(screen_text(self.chunks[start:]).split()) for w in wanted):
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"never shown: {wanted!r}; screen: {screen_text(self.chunks[start:])[-3000:]!r}")
            try:
                message = await asyncio.wait_for(self.ws.receive(), left)
            except asyncio.TimeoutError:
                continue
            if message.type == aiohttp.WSMsgType.BINARY:
                self.chunks.append(message.data)
            elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
                raise AssertionError(f"the window closed; screen: {self.text[-3000:]!r}")
        return screen_text(self.chunks[start:])

    async def keys(self, text: str) -> None:
        await self.ws.send_json(["stdin", text])

    async def settle(self, seconds: float) -> None:
        """Read what the window sends for a while (no assertion on time: only to let it work)."""
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            try:
                message = await asyncio.wait_for(self.ws.receive(), left)
            except asyncio.TimeoutError:
                break
            if message.type == aiohttp.WSMsgType.BINARY:
                self.chunks.append(message.data)
            elif message.type != aiohttp.WSMsgType.TEXT:
                break


def drive(server: Served, script, timeout: float = 180):
    """Load the page and open its WebSocket exactly as the browser does, then run `script(window)`."""

    async def run():
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout + 20)) as session:
            async with session.get(server.url) as response:
                assert response.status == 200
                html = await response.text()
            ws_url = re.search(r'data-session-websocket-url="([^"]+)"', html).group(1)
            assert ws_url == f"ws://127.0.0.1:{server.port}/ws/{server.token}"
            async with session.ws_connect(f"{ws_url}?width=120&height=36", origin=server.origin) as ws:
                await ws.send_json(["resize", {"width": 120, "height": 36}])
                window = Window(ws)
                try:
                    return await script(window)
                finally:
                    await ws.send_json(["stdin", "\x11"])  # Ctrl+Q, as a closing tab ends the window

    return asyncio.run(asyncio.wait_for(run(), timeout + 30))


def read_app_screen(server: Served, wanted: list[str], timeout: float = 90) -> str:
    async def script(window: Window) -> str:
        return await window.until(*wanted, timeout=timeout)

    return drive(server, script, timeout)


def test_page_loads_and_screen_text_arrives_over_the_websocket(served):
    wanted = ["Siste skisser", "Ny skisse (N)", "Åpne fil (O)"]
    text = (read_app_screen(served, wanted))
    for w in wanted:
        assert w in text


def test_serve_with_a_sketch_opens_it_in_the_browser(skisse_home, sketch_file):
    with serving(skisse_home, sketch_file.parent, str(sketch_file)) as server:
        wanted = ["Trygg heim", "Sammendrag", "Stadig flere eldre bor hjemme"]
        text = (read_app_screen(server, wanted))
    for w in wanted:
        assert w in text


def test_serve_binds_to_loopback_only(served):
    listening = []
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        address, port = fields[1].split(":")
        if fields[3] == "0A" and int(port, 16) == served.port:
            listening.append(address)
    assert listening == ["0100007F"]  # 127.0.0.1, nothing on 0.0.0.0
    tcp6 = Path("/proc/net/tcp6")
    if tcp6.exists():
        assert not [line for line in tcp6.read_text().splitlines()[1:] if line.split()[1].endswith(f":{served.port:04X}")]


def test_serve_command_runs_the_tui_with_this_python(tmp_path):
    from assistant.advisor.serve import serve_command

    command = serve_command(tmp_path / "a b.md", lang="nn")
    assert command.startswith(sys.executable)
    assert command.endswith("--lang nn tui '" + str((tmp_path / "a b.md").resolve()) + "'")


# ------------------------------------------------------------------ Chromium


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """(width, height, rows of raw pixels) of an 8-bit RGB/RGBA non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0
            bpp = 4 if colour == 6 else 3
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 0xFF
            elif f == 2:
                line[x] = (line[x] + b) & 0xFF
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 0xFF
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, rows


async def first_page(session, debug_port: int, *, within: float):
    """The browser's first page target (DevTools /json/list), asked again until it has one."""
    deadline = time.monotonic() + within
    while True:
        try:
            async with session.get(f"http://127.0.0.1:{debug_port}/json/list") as r:
                return next(t for t in await r.json() if t.get("type") == "page")
        except (aiohttp.ClientError, StopIteration):
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.3)


async def cdp_screenshot(debug_port: int, url: str, out: Path, timeout: float = 90) -> dict:
    async with aiohttp.ClientSession() as session:
        page = await first_page(session, debug_port, within=30)
        async with session.ws_connect(page["webSocketDebuggerUrl"], max_msg_size=0) as ws:
            ids = iter(range(1, 10_000))

            async def call(method: str, **params):
                n = next(ids)
                await ws.send_json({"id": n, "method": method, "params": params})
                while True:
                    msg = await ws.receive_json(timeout=60)
                    if msg.get("id") == n:
                        return msg.get("result", {})

            await call("Page.enable")
            await call("Emulation.setDeviceMetricsOverride", width=1280, height=800, deviceScaleFactor=1, mobile=False)
            await call("Page.navigate", url=url)
            state = {}
            end = time.monotonic() + timeout
            while time.monotonic() < end:
                res = await call(
                    "Runtime.evaluate",
                    expression="JSON.stringify({first: document.body && document.body.classList.contains('-first-byte'),"
                    " text: (document.querySelector('.xterm-rows') || {}).innerText || '',"
                    " closed: document.body && document.body.classList.contains('-closed')})",
                    returnByValue=True,
                )
                state = json.loads(res.get("result", {}).get("value") or "{}")
                if state.get("first") and ("Siste skisser" in state.get("text", "") or not state.get("text")):
                    break
                await asyncio.sleep(0.5)
            await asyncio.sleep(2.0)  # let the first frames paint
            shot = await call("Page.captureScreenshot", format="png")
            out.write_bytes(base64.b64decode(shot["data"]))
            return state


@pytest.mark.skipif(shutil.which("chromium") is None and shutil.which("chromium-browser") is None, reason="chromium is not installed")
def test_headless_chromium_screenshot(served, tmp_path):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    debug_port = free_port()
    profile = tempfile.mkdtemp(prefix="skisse-chromium-")
    chrome = subprocess.Popen(
        preexec_fn=_die_with_parent,
        args=[
            browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", f"--user-data-dir={profile}",
            f"--remote-debugging-port={debug_port}", "--window-size=1280,800", "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    out = Path(os.environ.get("SKISSE_SCREENSHOT", tmp_path / "serve.png"))
    try:
        state = asyncio.run(asyncio.wait_for(cdp_screenshot(debug_port, served.url, out), 180))
    finally:
        chrome.terminate()
        try:
            chrome.wait(10)
        except subprocess.TimeoutExpired:
            chrome.kill()
        shutil.rmtree(profile, ignore_errors=True)
    assert state.get("first"), "the app's first bytes never reached the browser"
    assert not state.get("closed")
    width, height, rows = png_pixels(out.read_bytes())
    assert (width, height) == (1280, 800)
    # The splash screen is two flat colours; the running app paints panes, text and a footer.
    colours = {row[i : i + 3] for row in rows[::4] for i in range(0, len(row), 16)}
    assert len(colours) > 12
