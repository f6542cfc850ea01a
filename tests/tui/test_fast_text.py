"""The window's faster control-code strip gives rich's result for any text."""

from __future__ import annotations

import rich.control
import rich.text
from hypothesis import given
from hypothesis import strategies as st

from assistant.tui.fast_text import install


def test_installed_in_rich_text_and_idempotent() -> None:
    assert install() and install()
    assert rich.text.strip_control_codes is not rich.control.strip_control_codes
    assert rich.text.Text("a\rb\x07c\x08d\x0be\x0cf").plain == "abcdef"


@given(st.text(alphabet=st.sampled_from(list("aæ \t\n\x07\x08\x0b\x0c\x0d\x1b«»")) | st.characters(), max_size=200))
def test_same_result_as_rich(text: str) -> None:
    install()
    assert rich.text.strip_control_codes(text) == rich.control.strip_control_codes(text)
