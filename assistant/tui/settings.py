"""What the TUI remembers between runs: the UI language and the recent sketches."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..i18n import LANGUAGES

RECENT_LIMIT = 12


@dataclass
class TuiSettings:
    """UI settings, kept as JSON in the user's config dir."""

    lang: str = "nb"
    path: Path | None = None
    extra: dict = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path, default_lang: str = "nb") -> TuiSettings:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        if not isinstance(data, dict):
            data = {}
        lang = data.pop("lang", default_lang)
        if lang not in LANGUAGES:
            lang = default_lang
        return cls(lang=lang, path=path, extra=data)

    def save(self) -> None:
        if self.path is None:
            return
        # Imported here: the start screen is drawn before anything is saved.
        from ..core.files.storage import SkisseFileError, atomic_write_text

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.path, json.dumps({"lang": self.lang, **self.extra}, ensure_ascii=False, indent=2) + "\n", mode=0o600)
        except (OSError, SkisseFileError):
            pass  # a setting that cannot be kept is not worth stopping the user for


@dataclass
class RecentEntry:
    path: str
    title: str
    opened: float


class RecentFiles:
    """The sketches opened lately, newest first, in `recent.json`."""

    def __init__(self, path: Path, clock=time.time) -> None:
        self.path = path
        self.clock = clock

    def entries(self) -> list[RecentEntry]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        out: list[RecentEntry] = []
        for item in data if isinstance(data, list) else []:
            if isinstance(item, dict) and isinstance(item.get("path"), str):
                out.append(RecentEntry(item["path"], str(item.get("title") or ""), float(item.get("opened") or 0)))
        return out

    def add(self, path: Path, title: str | None) -> None:
        key = str(Path(path).resolve())
        items = [e for e in self.entries() if e.path != key]
        items.insert(0, RecentEntry(key, title or "", self.clock()))
        data = [{"path": e.path, "title": e.title, "opened": e.opened} for e in items[:RECENT_LIMIT]]
        from ..core.files.storage import SkisseFileError, atomic_write_text

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Private, as the configuration: the names of the user's sketches and where they are.
            atomic_write_text(self.path, json.dumps(data, ensure_ascii=False, indent=2) + "\n", mode=0o600)
        except (OSError, SkisseFileError):
            pass
