"""`skisse serve --allow-coach` in a real browser: headless Chromium loads the printed address,
its own page script opens the window's WebSocket, keys go in as the browser's key events, and the
question reaches a model on 127.0.0.1 whose reply comes back to the page. What the page shows is
read from the WebSocket frames Chromium received (DevTools' Network events): the terminal draws
on a canvas, so its text is not in the page. No timed assertion: every wait is generous and
fails with what the page had received."""

from __future__ import annotations

import asyncio
import base64
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from .test_serve import _die_with_parent, first_page, free_port, screen_text, serving

aiohttp = pytest.importorskip("aiohttp")
pytest.importorskip("textual_serve")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("chromium") is None and shutil.which("chromium-browser") is None, reason="chromium is not installed"),
]

INSIDE = "---\ntitle: Skissen i mappen\napplicant:\n  name: Bodø kommune\n  kind: kommune\n---\n\n## Sammendrag\n\nEldre i Bodø faller hjemme.\n"
QUESTION = "Hva er svakest?"
MODEL_REPLY = "Svar fra modellen."
EMPTY_FIELD = "Spør om skissen; Enter sender"
OFFLINE_REPLY = "Dette er det svakeste i utkastet nå"  # how the offline coach answers this question
COACH_OFF = "Språkmodellen er av i nettleservinduet"


def _fold(text: str) -> str:
    return " ".join(text.split())


class Page:
    """One Chromium tab over the DevTools protocol, with the WebSocket frames it has received."""

    def __init__(self, ws) -> None:
        self.ws = ws
        self.frames: list[bytes] = []
        self.pending: dict[int, asyncio.Future] = {}
        self.ids = iter(range(1, 1_000_000))
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for message in self.ws:
            data = json.loads(message.data)
            if data.get("id") in self.pending:
                self.pending.pop(data["id"]).set_result(data)
            elif data.get("method") == "Network.webSocketFrameReceived":
                response = data["params"]["response"]
                payload = response.get("payloadData", "")
                self.frames.append(base64.b64decode(payload) if response.get("opcode") == 2 else payload.encode())

    async def call(self, method: str, **params):
        n = next(self.ids)
        self.pending[n] = asyncio.get_running_loop().create_future()
        await self.ws.send_json({"id": n, "method": method, "params": params})
        answer = await asyncio.wait_for(self.pending[n], 120)
        assert "error" not in answer, answer
        return answer.get("result", {})

    def text(self, since: int = 0) -> str:
        return _fold(screen_text(self.frames[since:]))

    async def until(self, *wanted: str, since: int = 0, timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        while not all(_fold(w) in self.text(since) for w in wanted):
            if time.monotonic() > deadline:
                raise AssertionError(f"the page never received {wanted!r}; it had: {self.text(since)[-3000:]!r}")
            await asyncio.sleep(0.3)

    async def key(self, key: str, code: str, vk: int, text: str | None = None) -> None:
        params = {"key": key, "code": code, "windowsVirtualKeyCode": vk, "nativeVirtualKeyCode": vk}
        await self.call("Input.dispatchKeyEvent", type="keyDown" if text else "rawKeyDown", **params, **({"text": text} if text else {}))
        await self.call("Input.dispatchKeyEvent", type="keyUp", **params)


async def _ask_in_chromium(debug_port: int, url: str, reached) -> tuple[str, str]:
    """(what the page received after the question was sent, everything it received)."""
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=None)) as session:
        tab = await first_page(session, debug_port, within=60)
        async with session.ws_connect(tab["webSocketDebuggerUrl"], max_msg_size=0) as ws:
            page = Page(ws)
            try:
                await page.call("Network.enable")
                await page.call("Page.enable")
                await page.call("Emulation.setDeviceMetricsOverride", width=1280, height=800, deviceScaleFactor=1, mobile=False)
                await page.call("Page.navigate", url=url)
                await page.until("Skissen i mappen")
                # As a click into the page would: the terminal's input field takes the keys.
                focused = await page.call(
                    "Runtime.evaluate",
                    expression="(() => { const t = document.querySelector('.xterm-helper-textarea'); t.focus(); return document.activeElement === t; })()",
                    returnByValue=True,
                )
                assert focused["result"]["value"] is True
                await page.key("F12", "F12", 123)
                await page.until(EMPTY_FIELD)
                typed = len(page.frames)
                await page.call("Input.insertText", text=QUESTION)
                await page.until(QUESTION, since=typed)
                sent = len(page.frames)
                await page.key("Enter", "Enter", 13, "\r")
                await page.until(EMPTY_FIELD, QUESTION, since=sent)  # taken: the field empty, the question in the chat
                for _ in range(600):
                    if reached(page.text(sent)):
                        break
                    await asyncio.sleep(0.5)
                return page.text(sent), page.text()
            finally:
                page.reader.cancel()


@pytest.mark.parametrize("allowed", [True, False], ids=["allowed by the owner", "refused by default"])
def test_a_question_typed_in_chromium_reaches_the_model_only_with_allow_coach(skisse_home, tmp_path: Path, allowed: bool):
    sys.path.insert(0, str(Path(__file__).parents[1] / "coach"))  # the coach tests' local servers
    from openai_server import start

    folder = tmp_path / "work"
    folder.mkdir()
    sketch = folder / "skisse.md"
    sketch.write_text(INSIDE)
    model = start()
    model.reply = MODEL_REPLY
    env = {"SKISSE_MODEL": "test-model", "SKISSE_BASE_URL": model.base_url, "OPENAI_API_KEY": "sk-owner"}
    if allowed:
        reached = lambda shown: bool(model.requests) and MODEL_REPLY in shown  # noqa: E731
    else:
        reached = lambda shown: OFFLINE_REPLY in shown  # noqa: E731
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    profile = tempfile.mkdtemp(prefix="skisse-chromium-")
    try:
        with serving(skisse_home, folder, str(sketch), *(["--allow-coach"] if allowed else []), env=env) as server:
            debug_port = free_port()
            chrome = subprocess.Popen(
                [
                    browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", f"--user-data-dir={profile}",
                    f"--remote-debugging-port={debug_port}", "--window-size=1280,800", "about:blank",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                preexec_fn=_die_with_parent,
            )
            try:
                shown, whole = asyncio.run(asyncio.wait_for(_ask_in_chromium(debug_port, server.url, reached), 600))
            finally:
                chrome.terminate()
                try:
                    chrome.wait(10)
                except subprocess.TimeoutExpired:
                    chrome.kill()
                    chrome.wait(10)
    finally:
        model.release.set()
        model.shutdown()
        model.server_close()
        shutil.rmtree(profile, ignore_errors=True)
    if allowed:
        assert len(model.requests) == 1 and QUESTION in json.dumps(model.requests[0], ensure_ascii=False)
        assert MODEL_REPLY in shown and OFFLINE_REPLY not in shown  # the model's reply reached the browser
    else:
        assert model.requests == []  # the question was taken, and nothing billed to the owner
        assert OFFLINE_REPLY in shown and COACH_OFF in whole and MODEL_REPLY not in whole
