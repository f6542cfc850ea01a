"""The command palette's app-wide commands, the language commands found by their names in every
language.

An English user in a window that speaks bokmål types «English» or «language», not «engelsk»
or «språk». Each language command is matched against its title in all three languages, its
language's own names and the words for «language», and shown with its title in the UI language.
One provider gives every app-wide command, so the list keeps one order from run to run.
"""

from __future__ import annotations

from textual.command import Hit, Hits
from textual.system_commands import SystemCommandsProvider

from ..i18n import LANGUAGES, t

# Words a user may type for the commands as a group, whatever the UI language.
LANGUAGE_WORDS = ("language", "språk", "sprak")
# Each language's own and English names (the catalogue titles carry the UI language's).
NAMES = {"nb": ("bokmål", "bokmal", "norwegian"), "nn": ("nynorsk", "norwegian"), "en": ("english", "engelsk")}


def language_terms(lang: str) -> tuple[str, ...]:
    """What finds the command that switches to `lang`, in any UI language."""
    key = f"tui.palette.lang_{lang}"
    return (*(t(key, other) for other in LANGUAGES), *NAMES[lang], *LANGUAGE_WORDS)


class AppCommands(SystemCommandsProvider):
    """Textual's system-command provider, with other names for the commands that have them
    (`App.command_aliases`: title -> words)."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        aliases = getattr(self.app, "command_aliases", {})
        for name, help_text, callback, *_ in self.app.get_system_commands(self.screen):
            own = matcher.match(name)
            score = max([own, *(matcher.match(term) for term in aliases.get(name, ()))])
            if score > 0:
                yield Hit(score, matcher.highlight(name) if own > 0 else name, callback, text=name, help=help_text)
