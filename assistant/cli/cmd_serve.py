"""`skisse serve [PATH]`: the window in a browser, for a video call.

Only argparse happens at import time; the handler imports what it uses.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..i18n import t
from .advisor_common import fail


def register(sub: argparse._SubParsersAction, lang: str) -> None:
    tr = lambda key: t(f"advisor.cli.{key}", lang)  # noqa: E731

    serve = sub.add_parser("serve", help=tr("serve_help"), description=tr("serve_help"))
    serve.add_argument("path", metavar="PATH", nargs="?", help=tr("opt_path"))
    serve.add_argument("--host", default="127.0.0.1", help=tr("opt_host"))
    serve.add_argument("--port", type=int, default=8000, help=tr("opt_port"))
    serve.add_argument("--public-url", metavar="URL", help=tr("opt_public_url"))
    serve.set_defaults(handler=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    from ..advisor.serve import make_server, serve_command

    try:
        import textual_serve.server  # noqa: F401 - only whether it is installed
    except ImportError:
        raise fail(t("advisor.cli.serve_needs", args.lang)) from None
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(t("advisor.cli.serve_public", args.lang, host=args.host), file=sys.stderr)
    command = serve_command(Path(args.path) if args.path else None, lang=args.lang)
    server = make_server(command, host=args.host, port=args.port, public_url=args.public_url, lang=args.lang)
    server.serve()
    return 0
