"""`skisse serve`: the window in a browser, for a video call, safe by default.

textual-serve starts one window process per WebSocket. Here every request passes one gate first:

- a random key made for this run (`secrets.token_urlsafe`), in the printed address: the page
  needs it as `?token=`, the WebSocket in its path (`/ws/KEY`), downloads as the cookie the
  page sets. Without it: 403, and no process is started;
- the Host header must be the served address (or `--public-url`'s), which stops DNS rebinding;
  an Origin header, required on the WebSocket, must be that address's origin, so no other web
  page the owner visits can drive the window;
- the window is started confined to one folder (`SKISSE_SERVE_ROOT`, see `core.files.confine`) and
  without the language model unless the owner passed `--allow-coach` (`SKISSE_SERVE_COACH`).

The page asks nothing of an outside host: textual-serve's template loads Roboto Mono from Google
Fonts, which would tell Google of every meeting; here that link is replaced by the same font from
textual-serve's own static folder (or the browser's monospace), and the page's CSP allows fonts
and style sheets only from the served address.

textual-serve and aiohttp are imported by `make_server` only.
"""

from __future__ import annotations

import ipaddress
import os
import re
import secrets
import shlex
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

_ENTRY = "from assistant.cli.main import entry; entry()"
COOKIE = "skisse_serve"
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
WILDCARD = ("0.0.0.0", "::", "")
# Environment variables that hold a provider's key: not passed to a window without the model.
_KEY_SUFFIXES = ("_API_KEY", "_API_TOKEN")


def serve_command(path: Path | None = None, *, lang: str | None = None, python: str | None = None) -> str:
    """A shell command that starts the Skisse TUI with this interpreter (textual-serve runs it)."""
    argv = [python or sys.executable, "-c", _ENTRY]
    if lang:
        argv += ["--lang", lang]
    argv.append("tui")
    if path is not None:
        argv.append(str(Path(path).resolve()))
    return shlex.join(argv)


def served_folder(path: Path | None) -> Path:
    """The folder a served window is kept in: the sketch's folder, the folder given, or the current one."""
    if path is None:
        return Path.cwd().resolve()
    path = Path(path).expanduser().resolve()
    return path if path.is_dir() else path.parent


def window_environment(folder: Path, *, allow_coach: bool, environ: dict[str, str] | None = None) -> dict[str, str]:
    """The environment every served window starts with (textual-serve copies `os.environ`)."""
    from ..core.files.confine import ENV_COACH, ENV_ROOT

    env = dict(os.environ if environ is None else environ)
    env[ENV_ROOT] = str(folder)
    env[ENV_COACH] = "1" if allow_coach else "0"
    if not allow_coach:
        for name in [n for n in env if n.upper().endswith(_KEY_SUFFIXES)]:
            del env[name]
    return env


def _port_suffix(scheme: str, port: int | None) -> str:
    if port is None or (scheme, port) in (("http", 80), ("https", 443)):
        return ""
    return f":{port}"


def _host_text(host: str) -> str:
    try:
        if isinstance(ipaddress.ip_address(host.strip("[]")), ipaddress.IPv6Address):
            return f"[{host.strip('[]')}]"
    except ValueError:
        pass
    return host.lower()


def allowed_addresses(host: str, port: int, public_url: str | None) -> tuple[set[str], set[str], str]:
    """(Host headers, Origins, base URL) the server accepts; only the served address's own."""
    hosts: set[str] = set()
    origins: set[str] = set()
    if public_url:
        parts = urlsplit(public_url)
        netloc = _host_text(parts.hostname or "") + _port_suffix(parts.scheme, parts.port)
        hosts.add(netloc)
        origins.add(f"{parts.scheme}://{netloc}")
        base = f"{parts.scheme}://{netloc}"
    else:
        base = f"http://{_host_text(host)}{_port_suffix('http', port)}"
    names = [_host_text(host)]
    if _is_loopback(host):
        names += list(LOOPBACK_NAMES)
    if host not in WILDCARD:
        for name in names:
            hosts.add(f"{name}:{port}")
            origins.add(f"http://{name}:{port}")
            if port == 80:
                hosts.add(name)
                origins.add(f"http://{name}")
    return hosts, origins, base


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def make_server(
    command: str,
    *,
    host: str,
    port: int,
    token: str,
    public_url: str | None = None,
    lang: str = "nb",
    announce: Any = None,
    max_windows: int = 3,
) -> Any:
    """A textual-serve `Server` behind the key, Host and Origin checks (see the module doc)."""
    import aiohttp_jinja2
    import jinja2
    from aiohttp import web
    from textual_serve.server import Server, to_int

    from ..i18n import t, tn

    hosts, origins, base = allowed_addresses(host, port, public_url)
    forbidden_text = t("serve.forbidden", lang)

    def same(a: str | None, b: str) -> bool:
        return a is not None and secrets.compare_digest(a.encode("utf-8", "replace"), b.encode())

    class SafeServer(Server):
        def __init__(self) -> None:
            super().__init__(command, host=host, port=port, title="Skisse", public_url=base)
            self.token = token
            self.windows = 0  # window processes running now; each costs the owner's memory

        async def handle_websocket(self, request: web.Request) -> web.StreamResponse:
            if self.windows >= max_windows:  # the key does not buy an unlimited number of processes
                return web.Response(status=503, text=tn("serve.too_many", max_windows, lang) + "\n", headers=_HEADERS)
            self.windows += 1
            try:
                return await super().handle_websocket(request)
            finally:
                self.windows -= 1

        # -------------------------------------------------------------- the gate

        def _refused(self, request: web.Request) -> bool:
            if (request.headers.get("Host") or "").lower() not in hosts:
                return True
            origin = request.headers.get("Origin")
            path = request.path
            if origin is not None and origin.lower() not in origins:
                return True
            if path == "/":
                return not same(request.query.get("token"), token)
            if path.startswith("/ws"):
                return origin is None or not same(request.match_info.get("token"), token)
            if path.startswith("/download/"):
                return not same(request.cookies.get(COOKIE), token)
            return not path.startswith("/static/")

        @web.middleware
        async def gate(self, request: web.Request, handler):
            if self._refused(request):
                # Before any handler runs: no page, no WebSocket, no process.
                return web.Response(status=403, text=forbidden_text + "\n", headers=_HEADERS)
            response = await handler(request)
            if not isinstance(response, web.WebSocketResponse):
                response.headers.update(_HEADERS)
            return response

        async def _make_app(self) -> web.Application:
            app = web.Application(middlewares=[self.gate])
            aiohttp_jinja2.setup(app, loader=local_assets_loader(jinja2, self.templates_path, Path(self.statics_path)))
            app.add_routes(
                [
                    web.get("/", self.handle_index, name="index"),
                    web.get("/ws/{token}", self.handle_websocket, name="websocket"),
                    web.get("/download/{key}", self.handle_download, name="download"),
                    web.static("/static", self.statics_path, show_index=False, name="static"),
                ]
            )
            app.on_startup.append(self.on_startup)
            app.on_shutdown.append(self.on_shutdown)
            return app

        async def handle_index(self, request: web.Request) -> web.StreamResponse:
            if self.windows >= max_windows:
                # Said on the page, not as a dead terminal after the WebSocket is refused.
                return web.Response(status=503, text=busy_page(tn("serve.too_many_page", max_windows, lang), lang), content_type="text/html", headers=_HEADERS)
            ws_base = ("wss:" if base.startswith("https") else "ws:") + base.split(":", 1)[1]
            context = {
                "font_size": to_int(request.query.get("fontsize", "16"), 16),
                "app_websocket_url": f"{ws_base}/ws/{token}",
                "config": {"static": {"url": f"{base}/static/"}},
                "application": {"name": "Skisse"},
            }
            response = aiohttp_jinja2.render_template("app_index.html", request, context)
            secure = base.startswith("https")
            response.set_cookie(COOKIE, token, httponly=True, samesite="Strict", secure=secure, path="/")
            return response

        async def on_startup(self, app: web.Application) -> None:
            if announce is not None:
                announce()

        def serve(self, debug: bool = False) -> None:
            import asyncio
            import signal

            self.debug = debug
            self.initialize_logging()
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            try:
                loop.add_signal_handler(signal.SIGINT, self.request_exit)
                loop.add_signal_handler(signal.SIGTERM, self.request_exit)
            except NotImplementedError:
                pass
            # No access log: the key is in the WebSocket's path.
            web.run_app(self._make_app(), host=self.host, port=self.port, handle_signals=False, loop=loop, access_log=None, print=lambda *a: None)

    return SafeServer()


def busy_page(message: str, lang: str) -> str:
    """The page a visitor gets while every window the owner allowed is in use."""
    from html import escape

    return (
        f'<!doctype html><html lang="{escape(lang)}"><head><meta charset="utf-8"><title>Skisse</title></head>'
        f'<body style="font-family: monospace; margin: 3em"><p>{escape(message)}</p></body></html>\n'
    )


# A style sheet or <link> to an outside host in textual-serve's page template.
_OUTSIDE_LINK = re.compile(r"<link\b[^>]*\bhref\s*=\s*[\"']?(?:https?:)?//[^>]*>", re.IGNORECASE)
_FONT_FACES = (
    ("RobotoMono-VariableFont_wght.ttf", "normal"),
    ("RobotoMono-Italic-VariableFont_wght.ttf", "italic"),
)


def local_page(source: str, statics: Path) -> str:
    """The page template without links to outside hosts; Roboto Mono from the static folder
    when textual-serve ships it (the page's font list falls back to the browser's monospace)."""
    faces = "".join(
        f'@font-face {{ font-family: "Roboto Mono"; font-style: {style}; font-weight: 100 700; '
        f'src: url("{{{{ config.static.url }}}}fonts/{name}") format("truetype"); }}\n'
        for name, style in _FONT_FACES
        if (statics / "fonts" / name).is_file()
    )
    replacement = f"<style>\n{faces}</style>" if faces else ""
    first = True

    def swap(_match: re.Match) -> str:  # the first outside link becomes the local fonts, the rest go
        nonlocal first
        out, first = (replacement if first else ""), False
        return out

    return _OUTSIDE_LINK.sub(swap, source)


def local_assets_loader(jinja2: Any, templates: Path | str, statics: Path) -> Any:
    """A jinja2 loader for textual-serve's templates that serves them through `local_page`."""

    class LocalAssets(jinja2.FileSystemLoader):
        def get_source(self, environment, template):  # noqa: ANN001 - jinja2's signature
            source, filename, uptodate = super().get_source(environment, template)
            return local_page(source, statics), filename, uptodate

    return LocalAssets(str(templates))


_HEADERS = {
    "Referrer-Policy": "no-referrer",  # the key in the address never leaves in a Referer
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    # No font or style sheet from another host (the template's Google Fonts link is replaced).
    "Content-Security-Policy": "frame-ancestors 'none'; font-src 'self'; style-src 'self' 'unsafe-inline'",
    "X-Content-Type-Options": "nosniff",
}


def new_token() -> str:
    return secrets.token_urlsafe(32)
