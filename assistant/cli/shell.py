"""A file name as it is typed after `skisse` in a shell, for the commands our messages suggest."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

# Letters (æ, ø, å too), digits and the punctuation a shell leaves alone; anything else
# (a space, brackets, «#», quotes, «&») would break the command if copied as shown.
_PLAIN = re.compile(r"[\w@%+=:,./-]+")


def shell_arg(path: Path | str) -> str:
    """`path` ready to paste into a shell: as it is when plain, in single quotes otherwise."""
    text = str(path)
    return text if _PLAIN.fullmatch(text) else shlex.quote(text)
