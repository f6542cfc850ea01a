"""`skisse serve [PATH]`: the window in a browser, for a video call, safe by default (see advisor/serve.py).

Only argparse happens at import time; the handler imports what it uses.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..i18n import t
from .advisor_common import fail


def register(sub: argparse._SubParsersAction, lang: str) -> None:
    tr = lambda key: t(f"advisor.cli.{key}", lang)  # noqa: E731

    serve = sub.add_parser("serve", help=tr("serve_help"), description=tr("serve_help"))
    serve.add_argument("path", metavar="PATH", nargs="?", help=tr("opt_serve_path"))
    serve.add_argument("--host", default="127.0.0.1", help=tr("opt_host"))
    serve.add_argument("--port", type=int, default=8000, help=tr("opt_port"))
    serve.add_argument("--public-url", metavar="URL", help=t("serve.opt_public_url", lang))
    serve.add_argument("--allow-coach", action="store_true", help=t("serve.opt_allow_coach", lang))
    serve.add_argument("--max-windows", type=int, default=3, metavar="N", help=t("serve.opt_max_windows", lang))
    serve.set_defaults(handler=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    """Serve the window behind a per-run key, Host/Origin checks, one folder and (by default) no model."""
    from urllib.parse import urlsplit

    from ..advisor.serve import WILDCARD, make_server, new_token, serve_command, served_folder, window_environment

    lang = args.lang
    try:
        import textual_serve.server  # noqa: F401
    except ImportError:
        raise fail(t("advisor.cli.serve_needs", lang)) from None
    path = Path(args.path).expanduser() if args.path else None
    if path is not None and not path.exists():
        raise fail(t("serve.not_a_folder", lang, path=str(path)))
    if args.public_url:
        parts = urlsplit(args.public_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise fail(t("serve.bad_public_url", lang, url=args.public_url))
    elif args.host in WILDCARD:
        raise fail(t("serve.needs_public_url", lang, host=args.host))
    folder = served_folder(path)
    sketch = path if path is not None and path.is_file() else None
    env = window_environment(folder, allow_coach=args.allow_coach, environ=dict(os.environ))
    for name in [n for n in os.environ if n not in env]:
        del os.environ[name]  # textual-serve gives each window a copy of this process's environment
    os.environ.update(env)
    os.chdir(folder)
    token = new_token()
    command = serve_command(sketch, lang=lang)

    def announce() -> None:
        if args.host not in ("127.0.0.1", "localhost", "::1"):
            behind_https = (args.public_url or "").startswith("https://")
            print(t("serve.public_https" if behind_https else "serve.public", lang, host=args.host), file=sys.stderr)
        print(t("serve.warning", lang, folder=str(folder)), file=sys.stderr)
        print(t("serve.coach_on" if args.allow_coach else "serve.coach_disabled", lang), file=sys.stderr)
        print(t("serve.url", lang, url=f"{server.public_url}/?token={token}"), file=sys.stderr, flush=True)

    server = make_server(command, host=args.host, port=args.port, token=token, public_url=args.public_url, lang=lang, announce=announce, max_windows=max(1, args.max_windows))
    server.serve()
    return 0
