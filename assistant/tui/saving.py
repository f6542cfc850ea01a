"""The window's side of saving: the autosaver and the lock of the open sketch, recovery of
journalled text, save results, conflicts with the file on disk, and Ctrl+S.

`Saving` is part of `SkisseApp` (app.py); it reads the app's `draft`, `saver`, `lock`,
`save_delay` and `save_error`, and the core does the saving itself (`core/files/autosave.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .messages import SaveEvent
from .safe import shown

if TYPE_CHECKING:
    from .draft import Draft


class Saving:
    """Saving for the app: one autosaver and one lock per open sketch."""

    def _commit_screen(self) -> None:
        """What the screen holds that is not in the draft yet (a row being edited) goes in."""
        commit = getattr(self.screen, "commit", None)
        if commit:
            commit()

    def _reload_screen(self) -> None:
        """The draft's text changed under the screen (recovered, reloaded): show it again."""
        reload = getattr(self.screen, "load", None)
        if reload:
            reload()

    def _start_saving(self, draft: Draft) -> None:
        """Lock the file, and save it from here on with the core's autosaver (journal, conflicts)."""
        from ..core.files.autosave import AutoSaver
        from ..core.files.locks import FileGuard, SketchLock

        self.lock = SketchLock(draft.path)
        holder = self.lock.acquire()
        if self.lock.notice:
            self.notify(self.lock.notice, severity="warning", timeout=12, markup=False)
        if holder is not None:
            self.notify(self.tr("tui.lock.held", host=holder.host, pid=holder.pid), severity="warning", timeout=10)
        guard = FileGuard.from_disk(draft.path)
        self.saver = AutoSaver(
            draft.path,
            guard=guard,
            delay=self.save_delay,
            on_saved=lambda path: self.post_message(SaveEvent("saved")),
            on_conflict=lambda conflict: self.post_message(SaveEvent("conflict", conflict=conflict)),
            on_error=lambda error: self.post_message(SaveEvent("error", error=error)),
            lang=self.lang,
        ).start()

    def _stop_saving(self) -> None:
        if self.saver is not None:
            self.saver.close()
            self.saver = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def _offer_recovery(self, draft: Draft) -> None:
        """Text journalled by a session that ended without saving it: offer it back."""
        from ..core.files.autosave import damaged_journal, discard, recovery_for

        recovery = recovery_for(draft.path)
        aside = damaged_journal(draft.path)
        if aside is not None:
            self.notify(self.tr("files.journal_damaged", name=draft.path.name, moved=str(aside)), severity="warning", timeout=12)
        if recovery is None or recovery.text == draft.text:
            return
        from .screens.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if draft is not self.draft:
                return
            if yes:
                draft.set_text(recovery.text)
                self._reload_screen()
                self.notify(self.tr("tui.recovery.done"))
            else:
                discard(draft.path)

        when = recovery.time.replace("T", " ")[:16]
        self.push_screen(
            ConfirmScreen(self.tr("tui.recovery.ask", when=when), self.tr("tui.recovery.yes"), self.tr("tui.recovery.no")),
            answered,
        )

    def save_now(self) -> bool:
        """The one place the draft is written: the autosaver's flush (atomic, guarded, journalled)."""
        if self.saver is None:
            return False
        ok = self.saver.flush()
        self.save_error = None if ok else (str(self.saver.last_error) if self.saver.last_error else "conflict")
        return ok

    def flush_save(self) -> None:
        self.save_now()

    def on_save_event(self, event: SaveEvent) -> None:
        """The one place save results from the autosaver's thread are handled."""
        if event.kind == "error":
            self.save_error = str(event.error)
            self.notify(self.tr("tui.save.failed", reason=str(event.error)), severity="error", timeout=10)
        elif event.kind == "conflict":
            self._resolve_conflict(event.conflict)
        elif event.kind == "saved" and self.draft is not None and self.saver is not None and not self.saver.pending:
            self.draft.saved_text = self.draft.text  # an autosave keeps no version (see versioning.py)

    def _resolve_conflict(self, conflict) -> None:
        from ..core.files.storage import SkisseFileError
        from .screens.conflict import ConflictScreen

        if self.draft is None or self.saver is None or isinstance(self.screen, ConflictScreen):
            return
        saver, draft = self.saver, self.draft

        def chosen(choice: str | None) -> None:
            if saver is not self.saver:
                return
            try:
                if choice == "overwrite":
                    saver.guard.overwrite(conflict, lang=self.lang)
                    saver.mark_saved(conflict.mine)
                    self.notify(self.tr("tui.conflict.overwritten"))
                else:
                    if choice == "mine":
                        copy = saver.guard.keep_mine(conflict, lang=self.lang)
                        self.notify(self.tr("tui.conflict.copied", path=str(copy)), timeout=10)
                    draft.set_text(saver.guard.reload())
                    self._reload_screen()
            except SkisseFileError as exc:
                self.notify(shown(exc), severity="error", timeout=10)
                return
            saver.resolved()

        self.push_screen(ConflictScreen(conflict), chosen)

    def action_save(self) -> None:
        self._commit_screen()
        if self.save_now() and self.draft is not None:
            self.notify(self.tr("tui.save.done", path=str(self.draft.path)))
            self.keep_version("save")  # every explicit save keeps a version
