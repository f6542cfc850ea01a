"""The recovery offer says why the text was not saved with «fordi …» / «because …»: every reason
a journal can hold reads as a sentence after it, in bokmål, nynorsk and English («… fordi inga
skrivetilgang (…)» had no verb)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.core.files.autosave import write_journal
from assistant.core.files.locks import disk_hash
from assistant.core.files.journal import Recovery
from assistant.tui.app import make_app
from assistant.tui.saving import recovery_question
from assistant.tui.screens.confirm import ConfirmScreen
from assistant.tui.unsaved import FAILURE_PHRASE

from .helpers import wait_for

# Every reason a journal is written with: the storage keys of a failed write, a conflict, and
# keys the phrase table does not name (they get the general phrase).
REASONS = sorted({*FAILURE_PHRASE, "write_failed", "write_failed_new", "folder_changed", "too_large"})
# A finite verb of each language, one of which a clause after «fordi» / «because» must have.
VERBS = {
    "nb": {"er", "finnes", "ble", "feilet", "ligger", "har", "sa"},
    "nn": {"er", "finst", "vart", "feila", "ligg", "har", "sa"},
    "en": {"is", "are", "was", "failed", "does", "has", "refused"},
}
BECAUSE = {"nb": "fordi", "nn": "fordi", "en": "because"}


def _clause(question: str, lang: str) -> str:
    """The words between «fordi» and the time in brackets, asides in brackets left out."""
    after = question.split(f" {BECAUSE[lang]} ", 1)[1].rsplit(" (", 1)[0]
    return re.sub(r"\([^)]*\)", "", after)


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
@pytest.mark.parametrize("reason", REASONS)
def test_every_reason_reads_as_a_sentence_after_because(tmp_path: Path, reason: str, lang: str) -> None:
    recovery = Recovery(tmp_path / "sterk.md", "tekst", "2026-12-07T07:09:00", None, reason=reason)
    question = recovery_question(recovery, lang)
    words = set(re.findall(r"\w+", _clause(question, lang).casefold()))
    assert words & VERBS[lang], question


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nb", "fordi det er ingen skrivetilgang (mappen eller filen er skrivebeskyttet)"),
        ("nn", "fordi det er inga skrivetilgang (mappa eller fila er skriveverna)"),
        ("en", "because there is no permission to write (the folder or file is read-only)"),
    ],
)
async def test_the_offer_after_a_read_only_folder_reads_as_a_sentence(strong: Path, lang: str, expected: str) -> None:
    write_journal(strong, strong.read_text(encoding="utf-8") + "\nTapt?\n", disk_hash(strong), reason="no_write")
    app = make_app(strong, save_delay=60, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        question = " ".join(str(app.screen.query_one("#confirm-question").render()).split())
        assert expected in question
