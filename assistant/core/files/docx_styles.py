"""Word's paragraph styles as the reader needs them: heading level, numbering, bold, size.

Styles are looked up by id through their `basedOn` chain, so a custom style based on
«Heading 1» is a heading too, and localised names («Overskrift 1», «Tittel») count.
"""

from __future__ import annotations

import re

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{%s}" % W
_HEADING_NAME = re.compile(r"^(?:heading|overskrift|berschrift|rubrik|otsikko|titre|kop|nagłówek)\s*(\d)$")
_TITLE_NAME = {"title", "tittel", "titel", "titre", "otsikko"}
_OFF = {"0", "false", "off", "none"}


def on(element) -> bool:
    """A w:b / w:i toggle: present and not switched off."""
    if element is None:
        return False
    return (element.get(_W + "val") or "true").lower() not in _OFF


class Styles:
    """Paragraph styles by id: name, base style, outline level, numbering, bold and size."""

    def __init__(self, document) -> None:
        self.by_id: dict[str, object] = {}
        root = document.styles.element
        for style in root.findall(_W + "style"):
            sid = style.get(_W + "styleId")
            if sid:
                self.by_id[sid] = style
        self.default_size = 22  # half-points: Word's 11 pt
        size = root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}sz")
        if size is not None and (size.get(_W + "val") or "").isdigit():
            self.default_size = int(size.get(_W + "val"))
        lang = root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}lang")
        self.language = lang.get(_W + "val") if lang is not None else None
        self._chain_cache: dict[str, list] = {}

    def chain(self, sid: str | None) -> list:
        """The style and the styles it is based on, nearest first (at most 20)."""
        if not sid:
            sid = next((k for k, s in self.by_id.items() if s.get(_W + "default") in ("1", "true") and s.get(_W + "type") == "paragraph"), None)
            if not sid:
                return []
        if sid in self._chain_cache:
            return self._chain_cache[sid]
        out, seen, cur = [], set(), sid
        while cur and cur not in seen and len(out) < 20 and cur in self.by_id:
            seen.add(cur)
            style = self.by_id[cur]
            out.append(style)
            based = style.find(_W + "basedOn")
            cur = based.get(_W + "val") if based is not None else None
        self._chain_cache[sid] = out
        return out

    def heading_level(self, sid: str | None) -> int | None:
        """0 for a title style, 1-9 for a heading style, None for anything else."""
        for style in self.chain(sid):
            name_el = style.find(_W + "name")
            names = {(style.get(_W + "styleId") or "").lower(), (name_el.get(_W + "val") if name_el is not None else "").lower()}
            for name in names:
                if name.replace(" ", "") in _TITLE_NAME:
                    return 0
                if m := _HEADING_NAME.match(name.strip()):
                    return int(m.group(1))
            outline = style.find(f"{_W}pPr/{_W}outlineLvl")
            if outline is not None and (outline.get(_W + "val") or "").isdigit() and int(outline.get(_W + "val")) < 9:
                return int(outline.get(_W + "val")) + 1
        return None

    def find(self, sid: str | None, path: str):
        for style in self.chain(sid):
            found = style.find(path)
            if found is not None:
                return found
        return None

    def name(self, sid: str | None) -> str:
        style = self.by_id.get(sid or "")
        name_el = style.find(_W + "name") if style is not None else None
        return (name_el.get(_W + "val") if name_el is not None else sid or "") or ""
