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
            # Read in the saver's thread right after its save, so it is that save's finding.
            on_saved=lambda path: self.post_message(SaveEvent("saved", recreated=guard.was_gone)),
            on_conflict=lambda conflict: self.post_message(SaveEvent("conflict", conflict=conflict)),
            on_error=lambda error: self.post_message(SaveEvent("error", error=error)),
            on_journal=lambda error: self.post_message(SaveEvent("journal", error=error)),
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
                if self.save_now():
                    self.notify(self.tr("tui.recovery.done"))
                else:  # the folder still cannot be written: the text goes elsewhere, not into another failure
                    self.refresh_unsaved()
                    self.notify(self.tr("tui.recovery.still_unsaved", why=self.unsaved_state()[0] or ""), severity="warning", timeout=12)
                    self.action_save_as()
            else:
                discard(draft.path)

        self.push_screen(
            ConfirmScreen(recovery_question(recovery, self.lang), self.tr("tui.recovery.yes"), self.tr("tui.recovery.no")),
            answered,
        )

    def save_now(self) -> bool:
        """The one place the draft is written: the autosaver's flush (atomic, guarded, journalled)."""
        if self.saver is None:
            return False
        ok = self.saver.flush()
        self.save_error = None if ok else (str(self.saver.last_error) if self.saver.last_error else "conflict")
        self.refresh_unsaved()
        return ok

    def flush_save(self) -> None:
        self.save_now()

    def on_save_event(self, event: SaveEvent) -> None:
        """The one place save results from the autosaver's thread are handled."""
        if event.kind == "error":
            if self.save_error != str(event.error):  # a new failure; the lasting warning says it after
                self.notify(self.tr("tui.save.failed", reason=str(event.error)), severity="error", timeout=10)
            self.save_error = str(event.error)
        elif event.kind == "conflict":
            self._resolve_conflict(event.conflict)
        elif event.kind == "saved" and self.draft is not None and self.saver is not None and not self.saver.pending:
            self.save_error = None
            self.draft.saved_text = self.draft.text  # an autosave keeps no version (see versioning.py)
        if event.kind == "saved" and event.recreated and self.draft is not None:
            # Deleted or moved away while open: written again from the window's text, said once.
            self.notify(self.tr("tui.save.recreated", name=self.draft.path.name), severity="warning", timeout=12)
        self.refresh_unsaved()  # the warning under the screen row comes or goes with the saver's state

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
        elif self.saver is not None and self.saver.last_error is not None:
            self.notify(self.tr("tui.save.failed_hint", reason=str(self.saver.last_error)), severity="error", timeout=12)


def recovery_question(recovery, lang: str) -> str:
    """The recovery offer, honest about why the text was not saved when the journal knows: the
    save failed (disk full, read-only), or the window was closed on purpose with the text unsaved.
    Only a journal that says neither is a session that did not close properly."""
    from ..i18n import t
    from .safe import tr
    from .unsaved import failure_phrase

    when = recovery.time.replace("T", " ")[:16]
    if recovery.reason:
        return tr("tui.recovery.ask_failed", lang, when=when, name=recovery.path.name, why=failure_phrase(recovery.reason, lang))
    if recovery.closed:
        return tr("tui.recovery.ask_closed", lang, when=when, name=recovery.path.name)
    return t("tui.recovery.ask", lang, when=when)
