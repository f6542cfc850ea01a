"""Text the sketch file does not hold: said on screen while it lasts, asked about before leaving,
and saved elsewhere on request («Lagre som …»).

`Unsaved` is part of `SkisseApp` (app.py), beside `Saving` (saving.py):

* `unsaved_warning()` is the lasting line under the screen row (`widgets/nav_bar.py`) while an
  autosave or the recovery journal fails; it goes when a save succeeds;
* `leave_then(then)` runs `then` (quit, open another sketch) at once when the text is saved, and
  otherwise asks first (`screens/leave.py`): save again, save a copy elsewhere, leave anyway (the
  text stays in the recovery journal, or, if that could not be written either, is lost: said
  plainly), or stay;
* `action_save_as()` writes the sketch to a path the user chooses (`screens/save_as.py`),
  atomically, never over a file without asking, inside the served folder under `skisse serve`,
  and goes on editing that file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..core.sketch.safetext import visible
from ..i18n import t

FAILURE_PHRASE = {  # why a save failed (a storage key) -> the plain phrase the warning gives
    "disk_full": "storage.os.disk_full",
    "disk_full_new": "storage.os.disk_full",
    "no_write": "storage.os.no_access",
    "no_write_new": "storage.os.no_access",
    "read_only": "storage.os.read_only_file",
    "folder_missing": "storage.os.missing",
    "not_a_folder": "storage.os.missing",
    "conflict": "tui.unsaved.why_conflict",
    "outside": "tui.unsaved.why_outside",
}


def failure_phrase(key: str | None, lang: str) -> str:
    """A save failure's storage key as a short plain phrase («disken er full»)."""
    return t(FAILURE_PHRASE.get(key or "", "tui.unsaved.why_other"), lang)


class Unsaved:
    """The app's side of unsaved text: the lasting warning, the question before leaving, Save as."""

    # ------------------------------------------------------------------ the lasting warning

    def unsaved_state(self) -> tuple[str | None, str | None]:
        """(why the last save failed, why the journal could not be written): None when fine."""
        saver = self.saver
        if saver is None:
            return None, None
        from ..core.files.storage import plain_os_error

        save = saver.failure if saver.pending else None
        journal = saver.journal_error if saver.pending else None
        return (
            failure_phrase(save, self.lang) if save else None,
            plain_os_error(journal, self.lang) if journal is not None else None,
        )

    def unsaved_warning(self) -> str | None:
        """The warning shown on every workspace screen while the text is not safe; plain text."""
        if self.draft is None:
            return None
        save, journal = self.unsaved_state()
        name = visible(self.draft.path.name)
        if save is None and journal is None:
            return None
        if save is None:
            return t("tui.unsaved.banner_journal_only", self.lang, why=journal)
        text = t("tui.unsaved.banner", self.lang, name=name, why=save)
        if journal is not None:
            text += " " + t("tui.unsaved.banner_no_journal", self.lang, why=journal)
        return text

    def refresh_unsaved(self) -> None:
        """Show or clear the warning on every screen that has the screen row."""
        from .widgets.nav_bar import NavBar

        for screen in self.screen_stack:
            for bar in screen.query(NavBar):
                bar.relabel()

    # ------------------------------------------------------------------ before leaving

    def leave_then(self, then: Callable[[], None], *, closing: str = "quit") -> None:
        """Run `then` once the text is in the file; when it cannot be, ask first.

        `closing` is "quit" (the window closes) or "open" (another sketch replaces this one)."""
        from .screens.leave import LeaveScreen

        if isinstance(self.screen, LeaveScreen):
            return  # already asking
        self._commit_screen()
        if self.draft is None or self.saver is None or self.save_now():
            then()
            return
        self.refresh_unsaved()
        save, journal = self.unsaved_state()
        why = save or failure_phrase("conflict" if self.saver.conflict is not None else None, self.lang)
        lost = journal is not None

        def chosen(choice: str | None) -> None:
            if choice == "retry":
                self.leave_then(then, closing=closing)
            elif choice == "save_as":
                self.action_save_as(after=then)
            elif choice == "leave":
                then()

        self.push_screen(LeaveScreen(name=self.draft.path.name, why=why, journal_lost=lost, closing=closing), chosen)

    def unsent_typing(self) -> list[str]:
        """What is typed and in no file, by the screen it was typed on, in the screens' order:
        an interview answer not sent, a budget line or partner not added, a question to the coach
        not sent (each screen's `commit` has put its own into the draft)."""
        draft = self.draft
        if draft is None:
            return []
        held = {
            "interview": draft.unsent_answer is not None,
            "budget": "budget" in draft.unsent_forms,
            "partners": "partners" in draft.unsent_forms,
            "coach": draft.unsent_question is not None,
        }
        return [name for name, kept in held.items() if kept]

    def ask_before_losing_typing(self, then: Callable[[], None]) -> bool:
        """Ask before `then` (quitting) throws away typing no file holds; True when asked (`then`
        runs only on «yes», with that typing let go), False when there is none."""
        unsent = self.unsent_typing()
        if not unsent:
            return False
        from .screens.confirm import ConfirmScreen

        keys = {"interview": "question", "budget": "budget", "partners": "partners", "coach": "coach"}
        question = "\n\n".join(self.tr(f"tui.unsent.{keys[name]}") for name in unsent)
        # One piece of typing: the button says what staying is for; several: only that one stays.
        stay = "stay_many" if len(unsent) > 1 else {"interview": "stay", "coach": "stay_coach"}.get(unsent[0], "stay_form")

        def answered(leave: bool | None) -> None:
            if leave and self.draft is not None:
                self.draft.unsent_answer = None
                self.draft.unsent_forms.clear()
                self.draft.unsent_question = None
                then()

        self.push_screen(ConfirmScreen(question, self.tr("tui.unsent.quit"), self.tr(f"tui.unsent.{stay}")), answered)
        return True

    def quit_now(self) -> None:
        """Close the window; unsaved text left (the user chose so) stays in the journal, and the
        terminal is told where it is once the window is gone."""
        unsaved = self.saver is not None and self.saver.pending and self.draft is not None
        journal_ok = unsaved and self.saver.journal_error is None
        name = self.draft.path.name if self.draft is not None else ""
        self._stop_saving()
        self.keep_version_on_close()  # the last text, before the window closes
        if not unsaved:
            self.exit()
            return
        key = "tui.unsaved.exit_kept" if journal_ok else "tui.unsaved.exit_lost"
        self.exit(return_code=1, message=t(key, self.lang, name=visible(name)))

    # ------------------------------------------------------------------ Save as

    def action_save_as(self, after: Callable[[], None] | None = None, *, path: Path | None = None, error: str = "") -> None:
        """Ask where, write the sketch there, and edit that file from now on. A write that fails
        asks again, saying why, with the name kept to change."""
        if self.draft is None:
            self.notify(self.tr("tui.no_sketch"), severity="warning")
            return
        from .screens.save_as import SaveAsScreen, suggested_path

        self._commit_screen()

        def chosen(target: Path | None) -> None:
            if target is None:
                return
            problem = self._save_as(target)
            if problem is not None:
                self.action_save_as(after, path=target, error=problem)
            elif after is not None:
                after()

        self.push_screen(SaveAsScreen(path or suggested_path(self.draft.path, self.lang), error=error), chosen)

    def _save_as(self, target: Path) -> str | None:
        """Write the draft to `target` (the dialog has checked it and asked before replacing a
        file) and open it; the old file's unsaved text is now in the new one, so its journal goes.
        Returns why it could not (one line), or None."""
        from ..core.files.storage import SkisseFileError, atomic_write_text

        draft, saver = self.draft, self.saver
        if draft is None:
            return ""
        text = draft.text
        try:
            atomic_write_text(target, text, backup=target.exists(), lang=self.lang, no_symlink=True, home=target.parent)
        except SkisseFileError as exc:
            return self.tr("tui.save.failed", reason=str(exc))
        if saver is not None:
            saver.mark_saved(text)  # nothing pending for the old file: closing it writes nothing more
        old = draft.path
        if not self.open_sketch(target, record=False, force=True):
            return None  # the text is in `target`; open_sketch said why it cannot be edited there
        self.refresh_unsaved()
        self.notify(self.tr("tui.save_as.done", path=str(target), old=old.name), timeout=10)
        self.keep_version("save")
        return None
