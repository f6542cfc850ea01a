"""One sketch file with a short first version, and a clock the test moves: what the tests of
saving, locks and edit sessions start from."""

from __future__ import annotations

import pytest

ORIGINAL = "## Behov\n\nFørste versjon.\n"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def sketch(tmp_path):
    p = tmp_path / "skisse.md"
    p.write_text(ORIGINAL, encoding="utf-8")
    return p
