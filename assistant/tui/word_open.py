"""Opening a Word file in the window: imported to a sketch beside it, then the details asked for.

The Word file is only read. What the import could not find (title, applicant, organisation
number, kind; the guessed language, the rubric, the partners to confirm) is asked for in
`ImportDetailsScreen` before the sketch opens; what the user enters is written into the
metadata block atomically, the imported text kept as a version and as NAME~. Keeping the sketch
as imported loses nothing: it opens as the import wrote it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .safe import shown

if TYPE_CHECKING:
    from ..core.sketch.model import Metadata


class WordOpening:
    """Mixin for the app: `_open_word` is called by `open_sketch` for a `.docx`."""

    def _open_word(self, path: Path) -> bool:
        """A Word file is imported to NAME.md beside it and that sketch opened; the Word file is
        only read. When NAME.md exists, the user chooses: open it, or import to a new name."""
        from ..core.files.docx_import import default_target, free_target
        from .screens.confirm import ConfirmScreen

        target = default_target(path)
        if not target.exists():
            return self._import_word(path, target)
        fresh = free_target(target)

        def answered(new_file: bool | None) -> None:
            if new_file:
                self._import_word(path, fresh)
            else:
                self.open_sketch(target)

        question = self.tr("tui.word.exists", target=target.name, docx=path.name, fresh=fresh.name)
        self.push_screen(ConfirmScreen(question, self.tr("tui.word.import_new", fresh=fresh.name), self.tr("tui.word.open_existing", target=target.name)), answered)
        return True

    def _import_word(self, path: Path, target: Path) -> bool:
        from ..core.files.confine import inside
        from ..core.files.docx_import import import_docx
        from ..core.files.storage import SkisseFileError

        try:
            inside(path, lang=self.lang)  # a served window reads and writes only in its folder
            inside(target, lang=self.lang)
            result = import_docx(path, target, lang=self.lang)
        except SkisseFileError as exc:
            self.notify(shown(str(exc)), severity="error", timeout=8)
            return False
        from .screens.import_details import ImportDetailsScreen, needs_details

        if not (result.guessed and needs_details(result.sketch.meta)):
            self.notify(self.tr("tui.word.imported", docx=path.name, target=target.name), timeout=8)
            for note in result.notes:
                self.notify(shown(note), severity="warning", timeout=10)
            return self.open_sketch(target)
        # The form says all of it in its own lines: a toast would sit on top of its buttons at 80×24.
        imported = target.read_text(encoding="utf-8")

        def answered(meta: Metadata | None) -> None:
            if meta is None:  # kept as imported: the sketch opens as the import wrote it
                self.notify(self.tr("tui.word.kept", target=target.name), timeout=8)
                self.open_sketch(target)
                return
            if self.open_sketch(target, record=False) and self.draft is not None:
                self.draft.set_metadata(meta)
                self.flush_save()  # atomic, the imported file kept as NAME~
                from .advising import record_save_in_background

                # Both texts become versions, in order: the import as it was, then the completed one.
                from ..advisor.versions import note_key

                record_save_in_background(self, note=note_key("completed"), before=imported, before_note=note_key("imported"))
                backup = target.with_name(target.name + "~")
                self.notify(self.tr("tui.word.completed", target=target.name, backup=backup.name), timeout=10)

        self.push_screen(ImportDetailsScreen(result.sketch.meta, docx_name=path.name, target_name=target.name, notes=result.notes), answered)
        return True
