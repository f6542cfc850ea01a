"""Hostile input to every command: a clear one-line message or a normal result, never a traceback.

Each case runs the real `skisse` entry point in a subprocess (the timeout is a guard against
hanging, not a speed assertion), then checks the exit code, stderr, and that the input and the
folder around it are exactly as they were.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import main as cli_main

GUARD_SECONDS = 240
SKETCH = (
    "---\ntitle: Trygg hjemme\napplicant: Vestby kommune\n---\n# Trygg hjemme\n\n## Sammendrag\n\n"
    "Eldre i Vestby vil bo hjemme lenger.\n\n## Problem og behov\n\nBehovet er stort.\n\n"
    "## Budsjett\n\n| Post | Beløp |\n|---|---|\n| Utvikling | 1 000 000 |\n"
)


def _cp1252() -> bytes:
    return (SKETCH + "Økonomi, «sitat» – og én tankestrek.\n").encode("cp1252")


def _half_junk() -> bytes:
    """A UTF-8 sketch with 200 random bytes (the same each run) in the middle: read as UTF-8."""
    import random

    rng = random.Random(7)
    good = (SKETCH + "Før, økonomi og Øvre Eiker – færre feil. " * 30 + "\n").encode()
    return good[: len(good) // 2] + bytes(rng.randrange(256) for _ in range(200)) + good[len(good) // 2 :]


def _lines() -> bytes:
    return (SKETCH + "Linje med tekst om behovet i kommunen.\n" * 100_000).encode()


def _long_line() -> bytes:
    return (SKETCH + "ord " * 262_144 + "\n").encode()


def _deep() -> bytes:
    nested = "\n".join(("  " * i) + "- punkt" for i in range(1000))
    quotes = ">" * 1000 + " sitat"
    return (SKETCH + nested + "\n\n" + quotes + "\n").encode()


def _twenty_mb() -> bytes:
    line = "Et avsnitt om behovet, med tall: 1 250 000 kr.\n".encode()
    return SKETCH.encode() + line * (20 * 1024 * 1024 // len(line) + 10)


INPUTS = {
    "cp1252": _cp1252,
    "half-junk": _half_junk,
    "binary": lambda: b"%PDF-1.7\n" + bytes(range(256)) * 64,
    "20mb": _twenty_mb,
    "100k-lines": _lines,
    "1mb-line": _long_line,
    "nul-bytes": lambda: SKETCH.encode() + b"tekst\x00med\x00nul\n",
    "bad-metadata": lambda: b"---\ntitle: [uavsluttet\napplicant: {name: \n  - x: y\n---\n## Behov\n\nTekst.\n",
    "unclosed-metadata": lambda: b"---\ntitle: X\n## Behov\n\nTekst.\n",
    "broken-table": lambda: (SKETCH + "| a | b\n|---|\n| 1 | 2 | 3 | 4 |\n|\n| | |\n| x || y |\n|:-:|--:|\n").encode(),
    "deep-nesting": _deep,
    "empty": lambda: b"",
    "folder": None,
    "missing": None,
    "read-only": lambda: SKETCH.encode(),
}

# Commands that take a sketch PATH; OUT is a folder outside the input's folder.
COMMANDS = {
    "check": ["check", "{path}"],
    "check-no-pages": ["check", "--no-pages", "{path}"],
    "check-json": ["check", "--json", "--no-pages", "{path}"],
    "export-pdf": ["export", "--force", "--pdf", "-o", "{out}/out.pdf", "{path}"],
    "export-md": ["export", "--force", "--md", "-o", "{out}/out.md", "{path}"],
    "assess": ["assess", "--json", "{path}"],
    "history": ["history", "{path}"],
    "report": ["report", "-o", "{out}/report.md", "{path}"],
    "coach-log": ["coach", "--log", "{path}"],
}
SLOW = {"check", "export-pdf", "report"}  # these lay the sketch out with typst
# history and coach --log read the history database, not the file: a normal answer is fine there.
READS_FILE = {"check", "check-no-pages", "check-json", "export-pdf", "export-md", "assess", "report"}


def _available(command: str) -> bool:
    parser = cli_main.build_parser("en")
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return command in sub.choices


def _make_input(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    if name == "folder":
        (folder / "a-folder.md").mkdir()
        return folder / "a-folder.md"
    if name == "missing":
        return folder / "nope.md"
    path = folder / "skisse.md"
    path.write_bytes(INPUTS[name]())
    if name == "read-only":
        path.chmod(0o444)
    return path


def _snapshot(folder: Path) -> dict[str, bytes | None]:
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None) for p in sorted(folder.rglob("*"))}


def run_skisse(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    code = "import sys; from assistant.cli.main import main; sys.exit(main())"
    return subprocess.run(
        [sys.executable, "-c", code, "--lang", "en", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        cwd=cwd,
        timeout=GUARD_SECONDS,
        stdin=subprocess.DEVNULL,
    )


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY")}
    env.update(SKISSE_HOME=str(home), SKISSE_LANG="en", NO_COLOR="1", COLUMNS="100", PYTHONFAULTHANDLER="0")
    return env


@pytest.mark.parametrize("command", [pytest.param(c, marks=pytest.mark.slow) if c in SLOW else c for c in COMMANDS])
@pytest.mark.parametrize("case", list(INPUTS))
def test_hostile_input(tmp_path, skisse_home, case, command):
    name = COMMANDS[command][0]
    if not _available(name):
        pytest.skip(f"skisse {name} is not part of this build")
    path = _make_input(tmp_path, case)
    out = tmp_path / "out"
    out.mkdir()
    before = _snapshot(path.parent)
    args = [a.format(path=path, out=out) for a in COMMANDS[command]]
    result = run_skisse(args, _env(skisse_home), tmp_path)

    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr[-2000:]
    assert result.returncode in (0, 1, 2), (result.returncode, result.stderr[-2000:])
    if result.returncode == 2:
        last = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ""
        assert last.startswith("skisse: ") and len(last) < 400, result.stderr[-2000:]
    if case in ("binary", "folder", "missing") and command in READS_FILE:
        assert result.returncode == 2, (result.returncode, result.stdout[-500:])
        assert {"binary": "this is a PDF", "folder": "folder", "missing": "no such file"}[case] in result.stderr
    if case == "20mb" and command in READS_FILE:
        assert result.returncode == 2 or "200 000" in result.stdout + result.stderr
    # The input and its folder are untouched.
    assert _snapshot(path.parent) == before


@pytest.mark.parametrize("case", ["folder", "read-only", "existing", "missing-parent"])
def test_new_never_overwrites(tmp_path, skisse_home, case):
    if not _available("new"):
        pytest.skip("skisse new is not part of this build")
    folder = tmp_path / "in"
    folder.mkdir()
    target = {"folder": folder / "d.md", "read-only": folder / "s.md", "existing": folder / "s.md", "missing-parent": folder / "x" / "s.md"}[case]
    if case == "folder":
        target.mkdir()
    elif case in ("read-only", "existing"):
        target.write_text(SKETCH, encoding="utf-8")
        if case == "read-only":
            target.chmod(0o444)
    before = _snapshot(folder)
    result = run_skisse(["new", str(target)], _env(skisse_home), tmp_path)
    assert "Traceback" not in result.stderr
    assert result.returncode == 2 and result.stderr.strip().splitlines()[-1].startswith("skisse: ")
    assert _snapshot(folder) == before


def test_new_force_on_read_only_keeps_the_file(tmp_path, skisse_home):
    if not _available("new"):
        pytest.skip("skisse new is not part of this build")
    target = tmp_path / "s.md"
    target.write_text(SKETCH, encoding="utf-8")
    target.chmod(0o444)
    result = run_skisse(["new", "--force", str(target)], _env(skisse_home), tmp_path)
    assert "Traceback" not in result.stderr
    assert result.returncode == 2 and "read-only" in result.stderr
    assert target.read_text(encoding="utf-8") == SKETCH


@pytest.mark.parametrize("case", ["binary", "nul-bytes", "cp1252"])
def test_portfolio_over_a_folder_of_hostile_files(tmp_path, skisse_home, case):
    if not _available("portfolio"):
        pytest.skip("skisse portfolio is not part of this build")
    path = _make_input(tmp_path, case)
    (path.parent / "god.md").write_text(SKETCH, encoding="utf-8")
    before = _snapshot(path.parent)
    result = run_skisse(["portfolio", "--no-pages", "--jobs", "1", str(path.parent)], _env(skisse_home), tmp_path)
    assert "Traceback" not in result.stderr and result.returncode in (0, 1, 2), result.stderr[-2000:]
    assert _snapshot(path.parent) == before
