"""The sketch being edited: its text, its parse, and the one place it is saved."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from ..core.judging.checkup import parse
from ..core.sketch.editing import metadata_block, set_budget, set_metadata, set_section_body
from ..core.files.storage import atomic_write_text, read_text_file
from ..core.sketch.model import BudgetLine, Language, Metadata, Organisation, Partner, Sketch
from ..core.sketch.sections import section_specs


def new_sketch_text(meta: Metadata) -> str:
    """A fresh sketch: the metadata block, the title, and every section heading in order."""
    lang = meta.language
    lines = [metadata_block(meta).rstrip("\n"), ""]
    if meta.title:
        lines += [f"# {meta.title}", ""]
    for spec in section_specs():
        lines += [f"## {spec.title.get(lang)}", ""]
    return "\n".join(lines)


class Draft:
    """A sketch file open for editing. Every change goes through here; `save` writes it."""

    def __init__(self, path: Path, text: str, *, warnings: list[str] | None = None) -> None:
        self.path = Path(path)
        self._text = text
        self._sketch: Sketch | None = None
        self.saved_text: str | None = None
        self.warnings = warnings or []
        self.listeners: list[Callable[[Draft], None]] = []
        self._save_lock = threading.Lock()
        self._undo: list[tuple[str, str, str]] = []  # (what, text before, text after) of whole writes
        # The interview's answers written (question, answer, text after): an undo puts one back in
        # its box, also after the interview screen was left and made anew.
        self.answers_written: list[tuple[int, str, str]] = []
        # An answer typed in the interview and not sent (question, text): back in its box when
        # the interview is made anew after another screen, not lost with the screen left.
        self.unsent_answer: tuple[int, str] | None = None
        self.interview_at: int | None = None  # the question the interview was left at, this session
        # A budget or partner form holding typing not yet added, by screen: (row being changed,
        # field values), put back when the screen is made anew.
        self.unsent_forms: dict[str, tuple[int | None, dict[str, object]]] = {}
        # A question typed to the coach and not sent: back in its box when the coach is made anew.
        self.unsent_question: str | None = None

    @classmethod
    def open(cls, path: Path, *, lang: str | None = None) -> Draft:
        """Read a sketch file (raises `SkisseFileError` with a one-line message in `lang`, the
        window's language; the system's when None)."""
        from ..core.files.confine import inside

        loaded = read_text_file(inside(path, lang=lang), lang=lang)
        draft = cls(path, loaded.text, warnings=loaded.warnings)
        # A file read as cp1252 stays untouched until the user edits it; the first save writes UTF-8.
        draft.saved_text = loaded.text
        return draft

    @classmethod
    def create(cls, path: Path, meta: Metadata) -> Draft:
        """A new sketch at `path`, written at once so it exists on disk."""
        from ..core.sketch.template import metadata_reads_back, one_line

        applicant = meta.applicant.model_copy(update={"name": one_line(meta.applicant.name)}) if meta.applicant else None
        meta = meta.model_copy(update={"title": one_line(meta.title), "applicant": applicant})
        draft = cls(path, new_sketch_text(meta))
        if not metadata_reads_back(draft.text, title=meta.title, applicant=applicant.name if applicant else None):
            from ..core.files.storage import SkisseFileError
            from ..i18n import system_language, t

            raise SkisseFileError(t("files.metadata_unreadable", system_language(), path=path), key="metadata_unreadable")
        draft.save()
        return draft

    # ------------------------------------------------------------------ state

    @property
    def text(self) -> str:
        return self._text

    @property
    def sketch(self) -> Sketch:
        if self._sketch is None:
            self._sketch = parse(self._text)  # shared with the checkup of the same text
        return self._sketch

    @property
    def dirty(self) -> bool:
        return self._text != self.saved_text

    @property
    def language(self) -> Language:
        return self.sketch.language

    def set_text(self, text: str) -> None:
        """Replace the whole text (the editor's way)."""
        if text == self._text:
            return
        self._text = text
        self._sketch = None
        for listener in list(self.listeners):
            listener(self)

    # ------------------------------------------------------------------ undo of whole writes

    UNDO_DEPTH = 20

    def remember(self, what: str, before: str, *, joins: str | None = None) -> None:
        """Keep `before` so the write that just made the current text can be undone (an answer
        written by the interview, a budget list turned into the table). `what` names the write.
        With `joins`, a write made right after one of that name (the text still as it left it)
        becomes part of it: one undo takes back both (an answer and the table it filled)."""
        if before == self._text:
            return
        if joins is not None and self._undo and self._undo[-1][0] == joins and self._undo[-1][2] == before:
            self._undo[-1] = (joins, self._undo[-1][1], self._text)
            return
        self._undo.append((what, before, self._text))
        del self._undo[: -self.UNDO_DEPTH]

    def can_undo(self) -> str | None:
        """What the last remembered write was, when the text is still as it left it."""
        if self._undo and self._undo[-1][2] == self._text:
            return self._undo[-1][0]
        return None

    def undo(self) -> str | None:
        """Put back the text from before the last remembered write; None (nothing changed) when
        there is none or the text has been changed since (that text is never thrown away: the
        history keeps the earlier version)."""
        what = self.can_undo()
        if what is None:
            return None
        _, before, _ = self._undo.pop()
        self.set_text(before)
        return what

    # ------------------------------------------------------------------ edits

    def set_section(self, section_id: str, body: str) -> None:
        self.set_text(set_section_body(self.sketch, section_id, body))

    def append_to_section(self, section_id: str, paragraph: str) -> None:
        """Add a paragraph at the end of a section (created in its place if missing)."""
        section = self.sketch.section(section_id)
        old = section.body.strip("\n") if section else ""
        new = f"{old}\n\n{paragraph.strip()}" if old.strip() else paragraph.strip()
        self.set_section(section_id, new)

    def set_budget(self, lines: list[BudgetLine], years: list[str] | None = None) -> None:
        self.set_text(set_budget(self.sketch, lines, years))

    def metadata(self) -> Metadata:
        """The metadata as the sketch holds it, with the title read from the text filled in.
        Organisations read from the text are not: they go into the metadata only when the user
        says so (see `found_in_text`)."""
        sketch = self.sketch
        meta = sketch.meta.model_copy(deep=True)
        if meta.title is None and sketch.title:
            meta.title = sketch.title
        return meta

    def found_in_text(self) -> list[Partner]:
        """Partners read from the text (prose, lists, tables) that the metadata does not hold."""
        sketch = self.sketch
        held = {p.name.casefold() for p in sketch.meta.partners}
        return [p for p in sketch.partners if p.name.casefold() not in held] if not sketch.meta.partners else []

    def set_partners(self, partners: list[Partner]) -> None:
        meta = self.metadata()
        meta.partners = list(partners)
        self.set_text(set_metadata(self.sketch, meta))

    def set_metadata(self, meta: Metadata) -> None:
        """Replace the whole metadata block (the body is left as it is)."""
        self.set_text(set_metadata(self.sketch, meta))

    def set_applicant(self, applicant: Organisation | None) -> None:
        meta = self.metadata()
        meta.applicant = applicant
        self.set_text(set_metadata(self.sketch, meta))

    # ------------------------------------------------------------------ disk

    def save(self) -> bool:
        """Write the text atomically, keeping the previous file as NAME~. False when unchanged."""
        with self._save_lock:  # the autosave thread and a save on exit never write at once
            text = self._text
            if text == self.saved_text:
                return False
            from ..core.files.confine import inside

            atomic_write_text(inside(self.path), text, backup=True)
            self.saved_text = text
            return True
