"""A faster `rich.text.strip_control_codes` for the window, same result.

Every rich `Text` strips control codes from its string with `str.translate` and a dict, which
costs some 50 µs for a 500-character paragraph. Textual's TextArea makes a `Text` of the whole
paragraph for each screen row it draws, so with soft wrap a keypress in a five-page sketch
spent about 4 ms in that call alone. Sketches hold no control codes; a regex search says so in
a few microseconds, and only a string that has one goes through rich's own function.

`install()` replaces the name rich's `Text` looks up, and only when it is still rich's own
function (a later rich that moves it keeps its behaviour, and loses nothing but speed).
"""

from __future__ import annotations

import re

# The codes rich strips: BEL, BS, VT, FF, CR (rich.control._CONTROL_STRIP_TRANSLATE).
_CONTROL = re.compile("[\x07\x08\x0b\x0c\x0d]")


def install() -> bool:
    """Use the fast check in rich's Text; True when it is (now) in place."""
    import rich.control
    import rich.text

    original = rich.control.strip_control_codes
    current = getattr(rich.text, "strip_control_codes", None)
    if getattr(current, "__wrapped_original__", None) is original:
        return True
    if current is not original or set(getattr(rich.control, "_CONTROL_STRIP_TRANSLATE", {})) != {7, 8, 11, 12, 13}:
        return False

    def strip_control_codes(text: str, *args: object, _search=_CONTROL.search) -> str:
        if not args and _search(text) is None:
            return text
        return original(text, *args)

    strip_control_codes.__wrapped_original__ = original  # type: ignore[attr-defined]
    rich.text.strip_control_codes = strip_control_codes  # type: ignore[assignment]
    return True
