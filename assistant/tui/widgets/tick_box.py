"""A checkbox whose mark says on or off in its shape, not only its colour: ✓ or blank."""

from __future__ import annotations

from textual.widgets import Checkbox


class TickBox(Checkbox):
    """Textual's compact checkbox draws ▐X▌ on and off alike (only the colour differs, which a
    monochrome terminal or a colour-blind reader does not see); this one draws ▐✓▌ or ▐ ▌."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]  # read by ToggleButton._button
        return "✓" if self.value else " "
