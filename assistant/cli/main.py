"""`skisse`: the entry point. Each subcommand lives in its own module with `register()`.

Subcommand modules import only argparse-level things at import time; the work they do
imports what it needs when it runs, so `skisse --help` and start-up stay fast.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import re
import sys
from types import SimpleNamespace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator

from ..i18n import system_language, t

# Module names under assistant.cli, in the order `--help` lists them.
COMMANDS = [
    "cmd_tui",
    "cmd_new",
    "cmd_check",
    "cmd_export",
    "cmd_import",
    "cmd_rubric",
    "cmd_coach_llm",
    "cmd_coach",
    "cmd_history",
    "cmd_report",
    "cmd_portfolio",
    "cmd_serve",
]


# Which module registers each command, so that `skisse check …` builds only the parser it uses.
COMMAND_MODULES = {
    "tui": "cmd_tui",
    "new": "cmd_new",
    "check": "cmd_check",
    "export": "cmd_export",
    "import": "cmd_import",
    "rubric": "cmd_rubric",
    **dict.fromkeys(["assess", "ask", "models"], "cmd_coach_llm"),
    **{name: f"cmd_{name}" for name in ("coach", "history", "report", "portfolio", "serve")},
}


class CliError(Exception):
    """A failure to report in one line on stderr, with an exit code."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def build_parser(lang: str | None = None, *, command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or with `command` only that command's part of it."""
    import argparse  # not for plain `skisse`, which goes straight to the window

    lang = lang or system_language()
    localise_argparse(lang)
    parser = argparse.ArgumentParser(
        prog="skisse",
        description=t("cli.description", lang),
        epilog=t("cli.epilog", lang),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"skisse {_version()}", help=t("cli.argparse.version", lang))
    parser.add_argument("--lang", choices=["nb", "nn", "en"], help=t("cli.opt.lang", lang))
    sub = parser.add_subparsers(dest="command", metavar=t("cli.commands_metavar", lang), title=t("cli.commands_title", lang))
    for name in [COMMAND_MODULES[command]] if command in COMMAND_MODULES else COMMANDS:
        try:
            module = importlib.import_module(f"{__package__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__package__}.{name}":
                continue  # a command whose module is not part of this build
            raise
        module.register(sub, lang)
    _lang_everywhere(parser, lang)
    localise_metavars(parser, lang)
    return parser


def _lang_everywhere(parser: argparse.ArgumentParser, lang: str) -> None:
    """`--lang` after the command too («skisse check ny.md --lang en»), on every command and
    sub-command. Given there, it stands; not given, the one before the command does."""
    import argparse

    for action in parser._subparsers._group_actions if parser._subparsers else []:
        for command in (getattr(action, "choices", None) or {}).values():
            if not any("--lang" in a.option_strings for a in command._actions):
                command.add_argument("--lang", choices=["nb", "nn", "en"], default=argparse.SUPPRESS, help=t("cli.opt.lang", lang))
            _lang_everywhere(command, lang)


_METAVAR_WORD = re.compile(r"[A-Z][A-Z_]*")


def localise_metavars(parser: argparse.ArgumentParser, lang: str) -> None:
    """The placeholders in usage and help («PATH», «DIR», «--title TITLE») in `lang`, for every
    command: each upper-case word of a metavar (given, or argparse's from the option's name) is
    looked up under `cli.metavar.*`; a word with no entry (ID, N, URL) is left as it is."""
    import argparse

    def word(match: re.Match[str]) -> str:
        key = f"cli.metavar.{match.group()}"
        text = t(key, lang)
        return match.group() if text == key else text

    seen: set[int] = set()

    def walk(p: argparse.ArgumentParser) -> None:
        if id(p) in seen:
            return
        seen.add(id(p))
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                for child in action.choices.values():
                    walk(child)
                continue
            if action.nargs == 0 or (action.choices is not None and action.metavar is None):
                continue  # a flag takes no value; a list of choices shows its choices
            metavar = action.metavar
            if metavar is None:
                metavar = action.dest.upper() if action.option_strings else action.dest
            if isinstance(metavar, tuple):
                action.metavar = tuple(_METAVAR_WORD.sub(word, m) for m in metavar)
            else:
                action.metavar = _METAVAR_WORD.sub(word, metavar)

    walk(parser)


# argparse's own texts (Python 3.11+) -> catalogue keys. argparse looks its texts up through the
# module's `_` and `ngettext` at the moment it prints, so replacing them is enough.
ARGPARSE_TEXTS = {
    "usage: ": "cli.argparse.usage",
    "show this help message and exit": "cli.argparse.help",
    "show program's version number and exit": "cli.argparse.version",
    "positional arguments": "cli.argparse.positional",
    "options": "cli.argparse.options",
    "optional arguments": "cli.argparse.options",
    "%(prog)s: error: %(message)s\n": "cli.argparse.error",
    "the following arguments are required: %s": "cli.argparse.required",
    "unrecognized arguments: %s": "cli.argparse.unrecognized",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli.argparse.invalid_choice",
    "argument %(argument_name)s: %(message)s": "cli.argparse.argument",
    "expected one argument": "cli.argparse.expected_one",
    "expected at most one argument": "cli.argparse.expected_at_most_one",
    "expected at least one argument": "cli.argparse.expected_at_least_one",
    "invalid %(type)s value: %(value)r": "cli.argparse.invalid_value",
    "not allowed with argument %s": "cli.argparse.not_allowed_with",
    "ignored explicit argument %r": "cli.argparse.ignored_explicit",
    "one of the arguments %s is required": "cli.argparse.one_required",
    "ambiguous option: %(option)s could match %(matches)s": "cli.argparse.ambiguous",
    "unexpected option string: %s": "cli.argparse.unexpected_option",
}


def localise_argparse(lang: str) -> None:
    """argparse's «usage:», «show this help message and exit», «options» and its errors in `lang`."""
    import argparse

    def translate(text: str) -> str:
        key = ARGPARSE_TEXTS.get(text)
        return t(key, lang) if key else text

    def ntranslate(singular: str, plural: str, n: int) -> str:
        if singular == "expected %s argument":
            return t("cli.argparse.expected_n", lang)
        return singular if n == 1 else plural

    argparse._ = translate  # type: ignore[attr-defined]
    argparse.ngettext = ntranslate  # type: ignore[attr-defined]


def _version() -> str:
    from .. import __version__

    return __version__


def _first_word(argv: list[str]) -> str | None:
    """The first argument that is not an option (nor the value of --lang)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def _sketch_path_arg(parser: argparse.ArgumentParser, argv: list[str]) -> str | None:
    """`skisse mysketch.md`: a first positional that is no command but a file (or a .md name)."""
    from pathlib import Path

    commands: set[str] = set()
    for action in parser._subparsers._group_actions if parser._subparsers else []:
        commands |= set(getattr(action, "choices", None) or {})
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg == "--lang":
            skip = True
            continue
        if arg.startswith("-"):
            continue
        if arg in commands:
            return None
        return arg if (arg.endswith(".md") or _exists(Path(arg))) else None
    return None


def _exists(path) -> bool:
    """Whether a path is there; a name the system cannot look up (too long) is not."""
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = system_language()
    explicit = None  # the language asked for on the command line, which wins over the saved one
    argv = [a for arg in argv for a in (arg.split("=", 1) if arg.startswith("--lang=") else [arg])]
    if "--lang" in argv:
        i = len(argv) - 1 - argv[::-1].index("--lang")  # the last one given, as argparse reads it
        if i + 1 < len(argv) and argv[i + 1] in ("nb", "nn", "en"):
            lang = explicit = argv[i + 1]
    # The core's own messages (files, rendering) follow the chosen language too, for this run only.
    with _core_language(explicit):
        return _main(argv, lang, explicit)


def _main(argv: list[str], lang: str, explicit: str | None) -> int:
    if not argv or (len(argv) == 1 and not argv[0].startswith("-") and argv[0].endswith(".md")):
        # Plain `skisse` or `skisse sketch.md`: straight to the window, no parser to build.
        from .cmd_tui import run_tui

        return _run(run_tui, SimpleNamespace(path=argv[0] if argv else None, lang=lang, explicit_lang=explicit), lang)
    parser = build_parser(lang, command=_first_word(argv))
    sketch_path = _sketch_path_arg(parser, argv)
    if sketch_path is not None:
        argv.remove(sketch_path)
    args = parser.parse_args(argv)
    args.lang = args.lang or lang
    args.explicit_lang = explicit
    handler = getattr(args, "handler", None)
    if handler is None:
        # No subcommand: open the TUI (a file may be given as `skisse PATH`).
        from .cmd_tui import run_tui

        handler = run_tui
        args.path = sketch_path
    return _run(handler, args, lang)


@contextlib.contextmanager
def _core_language(lang: str | None) -> Iterator[None]:
    """SKISSE_LANG set to `lang` while one command runs, and put back as it was after it."""
    if lang is None:
        yield
        return
    before = os.environ.get("SKISSE_LANG")
    os.environ["SKISSE_LANG"] = lang
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("SKISSE_LANG", None)
        else:
            os.environ["SKISSE_LANG"] = before


# The arguments that name a file or folder a command reads (check, export, import, history,
# report, coach, portfolio, the window).
_PATH_ARGS = ("path", "paths", "folder")


def _vet_paths(args: argparse.Namespace, lang: str) -> None:
    """Every file or folder the command line names, looked at once before any command runs. A
    name the system cannot look up at all (longer than the system allows, a loop of links) is
    one line here, in the words reading it gives («kunne ikke lese filen: File name too long»),
    instead of an error raised wherever a command first asks whether it is a folder. A name
    that is simply not there is left to the command, which says so in its own words."""
    import errno
    import os

    writing = getattr(args, "command", None) == "new"  # a file to be written, not read
    for attr in _PATH_ARGS:
        value = getattr(args, attr, None)
        for name in value if isinstance(value, list) else [value]:
            if not isinstance(name, str) or not name:
                continue
            try:
                os.stat(name)
            except (FileNotFoundError, NotADirectoryError, PermissionError):
                continue
            except (OSError, ValueError) as exc:
                from ..core.files.storage import plain_os_error

                # A plain phrase in the user's language, never the system's «File name too long».
                reason = plain_os_error(exc if isinstance(exc, OSError) else OSError(errno.EINVAL, ""), lang)
                raise CliError(t("storage.write_failed_new" if writing else "storage.read_failed", lang, path=name, reason=reason)) from None


def _run(handler, args: argparse.Namespace, lang: str) -> int:
    logging_on = _start_logging()
    streams = _safe_streams(handler)
    try:
        _vet_paths(args, lang)
        return int(handler(args) or 0)
    except CliError as exc:
        print(f"skisse: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print(f"skisse: {t('cli.interrupted', lang)}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`| head`): the verdict already made stands (check: 1 for a
        # failing criterion), and what is left in the buffer goes nowhere instead of raising again.
        _silence_stdout()
        return int(getattr(args, "exit_code", 0))
    except Exception as exc:  # unexpected: one line for the user, the traceback in a crash report
        from ..core.files.logs import crash_report

        report = crash_report(exc, context=f"skisse {getattr(args, 'command', None) or 'tui'}")
        print(f"skisse: {t('reliability.crash', lang, kind=type(exc).__name__, path=report or '-')}", file=sys.stderr)
        return 2
    finally:
        if streams is not None:
            sys.stdout, sys.stderr = streams
        if logging_on:
            from ..core.files.logs import teardown_logging

            teardown_logging()


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _safe_streams(handler) -> tuple | None:
    """Every line a command prints (its results, its errors, a model's reply) goes through
    `safetext.visible`: text from a sketch, a file name or a model never reaches the terminal
    as control characters. The window draws its own screen and is left alone. Returns the
    streams to put back."""
    from ..core.sketch.safetext import SafeStream

    if getattr(handler, "__name__", "") == "run_tui":
        return None
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(sys.stdout), SafeStream(sys.stderr)
    return saved


def _start_logging() -> bool:
    """The rotating log in the state dir (level from SKISSE_LOG, default INFO); never fatal."""
    import os

    try:
        from ..core.files.logs import setup_logging

        setup_logging(os.environ.get("SKISSE_LOG", "INFO").upper())
    except (OSError, ValueError):
        return False
    return True


def entry() -> None:  # pragma: no cover - console script shim
    code = main()
    # Nothing the run made is garbage worth collecting now: moved out of the collector's reach,
    # the interpreter's last full collection at exit is skipped (some 30 ms of a 0.3 s check).
    # Exit handlers, flushing and closing all happen as before.
    import gc

    gc.freeze()
    sys.exit(code)
