"""The advisor logic knows no screen: importing it loads neither Textual nor LangChain."""

from __future__ import annotations

import subprocess
import sys


def test_advisor_modules_import_without_textual_or_langchain():
    code = (
        "import sys, pkgutil, importlib, assistant.advisor as a\n"
        "for m in pkgutil.iter_modules(a.__path__):\n"
        "    importlib.import_module('assistant.advisor.' + m.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('textual', 'langchain', 'langchain_core', 'openai'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""


def test_cli_module_is_light_at_import():
    code = "import sys, assistant.cli.cmd_coach, assistant.cli.cmd_history, assistant.cli.cmd_report, assistant.cli.cmd_portfolio, assistant.cli.cmd_serve\nprint(','.join(sorted(n for n in sys.modules if n.split('.')[0] in ('textual', 'rich', 'sqlite3', 'textual_serve'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""
