"""Bindings whose descriptions are catalogue keys, shown in the UI language."""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode

from ..i18n import t
from .safe import tr as safe_tr


CATALOGUE_PREFIXES = ("tui.", "tuicoach.", "advisor.")  # descriptions that are catalogue keys

# Tab and Shift+Tab in a form of fields: with priority, the focus moves before the next key is
# handed on, so a fast typist (or a text expander) typing «title Tab applicant» fills two fields,
# not one (without it, the keys after Tab reach the field being left).
FORM_FOCUS_KEYS = (
    Binding("tab", "app.focus_next", show=False, priority=True),
    Binding("shift+tab", "app.focus_previous", show=False, priority=True),
)


def localise_bindings(node: DOMNode, lang: str) -> None:
    """Give `node` its class bindings with descriptions translated into `lang`."""
    # The first call keeps the node's own bindings (class bindings plus any the framework
    # added, such as the command palette's) with their catalogue keys, to translate from.
    source = getattr(node, "_catalogue_bindings", None)
    if source is None:
        source = node._bindings.copy()
        node._catalogue_bindings = source  # type: ignore[attr-defined]
    bindings = []
    for group in source.key_to_bindings.values():
        for binding in group:
            description = t(binding.description, lang) if binding.description.startswith(CATALOGUE_PREFIXES) else binding.description
            if binding.action == "app.command_palette" or binding.action == "command_palette":
                description = t("tui.key.palette", lang)
            tooltip = t(binding.tooltip, lang) if binding.tooltip.startswith(CATALOGUE_PREFIXES) else binding.tooltip
            bindings.append(replace(binding, description=description, tooltip=tooltip))
    node._bindings = BindingsMap(bindings)


class _Texts:
    """`tr`: the locale's text in `self.lang`, each value shown as text, never as markup."""

    def tr(self, key: str, /, **kwargs: object) -> str:
        return safe_tr(key, self.lang, **kwargs)


class UiLanguage(_Texts):
    """Mixin for screens and widgets: bindings and texts follow the app's language."""

    @property
    def lang(self) -> str:
        return self.app.lang  # type: ignore[attr-defined]

    def on_mount(self) -> None:
        localise_bindings(self, self.lang)  # type: ignore[arg-type]


class OwnLanguage(_Texts):
    """Mixin for the advisor's screens, which a command may open in a language of its own
    (`self._lang`); without one, they speak the app's."""

    _lang: str | None = None

    @property
    def lang(self) -> str:
        return self._lang or getattr(self.app, "lang", "nb")  # type: ignore[attr-defined]
