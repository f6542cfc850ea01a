"""An input for an organisasjonsnummer that knows, as it is typed, whether the number is valid."""

from __future__ import annotations

from textual.widgets import Input

from ...core.sketch.orgs import normalise_orgnr, orgnr_problem


def orgnr_state(value: str) -> str | None:
    """None for empty or valid; otherwise why not: 'InvalidLength', 'InvalidChecksum', 'InvalidFormat'."""
    digits = normalise_orgnr(value)
    if not value.strip():
        return None
    if digits is None or len(digits) != len(value.replace(" ", "").replace("\u00a0", "")):
        return "InvalidFormat"
    return orgnr_problem(digits)


class OrgnrInput(Input):
    """Digits and spaces only; `problem` says what is wrong with the number (None: fine or empty)."""

    DEFAULT_CSS = """
    OrgnrInput { width: 24; }
    """

    def __init__(self, value: str = "", **kwargs) -> None:
        super().__init__(value=value, restrict=r"[0-9 ]*", max_length=11, **kwargs)

    @property
    def problem(self) -> str | None:
        return orgnr_state(self.value)

    def owner_other_than(self, name: str) -> str | None:
        """The registered body a valid number belongs to when that is another body than `name`
        («964 338 531» typed for «Drammen kommune»: «Bergen kommune»), as the checker warns; None
        when the number is empty, invalid, unknown or `name`'s own."""
        from ...core.sketch.orgnr_owners import orgnr_owner  # the registry loads on first use

        if not self.value.strip() or not name.strip() or self.problem is not None:
            return None
        return orgnr_owner(name, normalise_orgnr(self.value))
