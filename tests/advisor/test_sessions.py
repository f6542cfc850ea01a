"""A coaching session over two versions, from the first check to the feedback report."""

from __future__ import annotations

from assistant.advisor.anchors import anchor_for_quote, make_anchor
from assistant.advisor.comments import CommentStatus, add_comment, set_status
from assistant.advisor.report import feedback_markdown
from assistant.advisor.service import checkpoint, record_save
from assistant.advisor.sessions import add_step, end_session, events, open_session, start_session, steps_for
from assistant.advisor.versions import compare, list_versions, restore_version, version_by_number
from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.editing import set_section_body

MORE_DATA = (
    "Antall innbyggere over 80 år i Bergen vil øke fra 12 500 i 2024 til 21 000 i 2035 (SSB).\n"
    "Pleie- og omsorgstjenestene utgjør i dag 31 prosent av kommunens netto driftsutgifter (KOSTRA).\n"
    "Hjemmetjenesten kjører 1,4 millioner kilometer i året, og 38 prosent av arbeidstiden går til reise (egne tall).\n"
    "I 2023 ventet 240 personer på sykehjemsplass, mot 150 i 2019 (egne tall)."
)


def test_session_with_comments_over_two_versions_gives_the_report(db, sketch_file, sketch_text):
    # First meeting: the advisor checks the sketch, comments, and agrees a next step.
    first = start_session(db, sketch_file, "Kari Nordmann")
    cp1 = checkpoint(db, sketch_file, sketch_text, session=first, note=None)
    assert cp1.is_new and cp1.version.number == 1
    assert cp1.report.criterion("data-backing").status.value == "warn"
    sketch = parse_sketch(sketch_text)
    on_data = add_comment(
        db, sketch_file, anchor_for_quote(sketch, "31 prosent av kommunens netto driftsutgifter"),
        "Få med tall for reisetid og ventelister.", author="Kari Nordmann", session_id=first.id,
    )
    on_why = add_comment(db, sketch_file, make_anchor(sketch, section="why-us"), "Nevn erfaringene fra Askøy.", author="Kari Nordmann", session_id=first.id)
    add_step(db, sketch_file, "Legge inn tall for reisetid fra turplanleggeren", session_id=first.id)
    end_session(db, first.id)
    assert open_session(db, sketch_file) is None

    # Between meetings the applicant adds numbers; the data paragraph is rewritten around the quote.
    edited = set_section_body(sketch, "data", MORE_DATA)
    sketch_file.write_text(edited, encoding="utf-8")

    # Second meeting: a new version, one comment resolved, one more step.
    second = start_session(db, sketch_file, "Kari Nordmann")
    cp2 = checkpoint(db, sketch_file, edited, session=second, note=None)
    assert cp2.is_new and cp2.version.number == 2
    assert cp2.sections == ["data"]
    assert "data-backing: warn → pass" in [str(c) for c in cp2.changes]
    set_status(db, on_data.id, CommentStatus.RESOLVED, by="Kari Nordmann", session_id=second.id)
    add_step(db, sketch_file, "Be rådmannen om en forankringserklæring", session_id=second.id)
    report = feedback_markdown(db, sketch_file, cp2.report, text=edited, lang="nb", session=second)

    assert report.startswith("# Tilbakemelding på skissen «Trygg heim – velferdsteknologi i heimetenesta»")
    assert "**Søker:** Bergen kommune" in report
    assert "**Rådgiver:** Kari Nordmann" in report
    assert "**Versjon:** 2" in report
    # The verdict table: one row per criterion, with the evidence.
    table = [line for line in report.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert len(table) == len(cp2.report.criteria)
    data_row = next(line for line in table if line.startswith("| Behovet er underbygd med tall og data |"))
    assert "| bestått |" in data_row and "SSB" in data_row
    # Progress since the first meeting.
    assert "Sammenlignet med versjon 1" in report
    assert "- Behovet er underbygd med tall og data (data-backing): bør forbedres → bestått" in report
    assert "- Endrede deler: Tall og data." in report
    # Only the open comment, with where it belongs.
    assert f"**Hvorfor oss**: {on_why.body} — Kari Nordmann" in report
    assert on_data.body not in report
    # Both agreed steps, in order.
    assert "1. Legge inn tall for reisetid fra turplanleggeren\n2. Be rådmannen om en forankringserklæring" in report
    # Judged as `skisse check` judges it: with the page count of its PDF.
    assert cp2.report.pages is not None and cp2.report.criterion("page-limit").status.value == "pass"
    shown = f"{cp2.report.page_fraction:.1f}".replace(".", ",")
    assert f"{shown} av 5 sider." in report and "Sidetallet er ikke målt" not in report

    # The session logs what happened in it.
    kinds = [e.kind for e in events(db, second.id)]
    assert kinds == ["start", "check", "version", "resolve", "step"]
    version_event = events(db, second.id)[2]
    assert version_event.data["changes"] == [str(c) for c in cp2.changes]
    assert version_event.data["sections_changed"] == ["data"]
    assert [s.text for s in steps_for(db, sketch_file)] == [
        "Legge inn tall for reisetid fra turplanleggeren",
        "Be rådmannen om en forankringserklæring",
    ]


def test_report_in_nynorsk_and_first_meeting(db, sketch_file, sketch_text):
    session = start_session(db, sketch_file, "Ola")
    cp = checkpoint(db, sketch_file, sketch_text, session=session, note=None)
    report = feedback_markdown(db, sketch_file, cp.report, text=sketch_text, lang="nn", session=session)
    assert report.startswith("# Tilbakemelding på skissa")
    assert "Dette er det første møtet" in report
    assert "Ingen opne kommentarar." in report
    assert "Ingen neste steg er avtalte." in report


def test_unchanged_save_keeps_no_new_version(db, sketch_file, sketch_text):
    a = record_save(sketch_file, sketch_text, db=db)
    b = record_save(sketch_file, sketch_text, db=db)
    assert a.is_new and not b.is_new
    assert len(list_versions(db, sketch_file)) == 1


def test_compare_two_versions_side_by_side(db, sketch_file, sketch_text):
    checkpoint(db, sketch_file, sketch_text, note=None)
    edited = set_section_body(parse_sketch(sketch_text), "data", MORE_DATA)
    checkpoint(db, sketch_file, edited, note=None)
    cmp = compare(version_by_number(db, sketch_file, 1), version_by_number(db, sketch_file, -1))
    assert "data-backing: warn → pass" in [str(v) for v in cmp.verdict_changes]
    assert all(v.before != v.after for v in cmp.verdict_changes)
    assert cmp.sections_changed == ["data"]
    inserted = [r for r in cmp.rows if r.tag in ("insert", "replace")]
    assert any(r.right and "1,4 millioner kilometer" in r.right and r.left is None for r in inserted)
    assert all(r.left == r.right for r in cmp.rows if r.tag == "equal")


def test_restoring_a_version_restores_the_file(db, sketch_file, sketch_text):
    checkpoint(db, sketch_file, sketch_text, note=None)
    edited = set_section_body(parse_sketch(sketch_text), "data", MORE_DATA)
    sketch_file.write_text(edited, encoding="utf-8")
    checkpoint(db, sketch_file, edited, note=None)
    # An unsaved-to-history edit on disk is kept as a version before the restore.
    on_disk = edited + "\nEn linje skrevet etter siste sjekk.\n"
    sketch_file.write_text(on_disk, encoding="utf-8")

    session = start_session(db, sketch_file, "Kari")
    restored = restore_version(db, sketch_file, version_by_number(db, sketch_file, 1), session_id=session.id)

    assert sketch_file.read_text(encoding="utf-8") == sketch_text
    assert sketch_file.with_name(sketch_file.name + "~").read_text(encoding="utf-8") == on_disk
    versions = list_versions(db, sketch_file)
    assert [v.number for v in versions] == [1, 2, 3, 4]
    assert versions[2].text == on_disk and versions[2].note == "note:before-restore"
    assert restored.number == 4 and restored.text == sketch_text and restored.note == "note:restored:1"
    assert [e.kind for e in events(db, session.id)] == ["start", "restore"]


def test_history_lives_in_the_user_data_dir(skisse_home, sketch_file, sketch_text):
    from assistant.advisor.db import HistoryDB

    cp = record_save(sketch_file, sketch_text)
    assert cp.version.number == 1
    path = skisse_home / "data" / "history.sqlite3"
    assert path.is_file()
    with HistoryDB() as db:
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert len(list_versions(db, sketch_file)) == 1


def test_a_save_the_rubric_cannot_judge_is_still_kept(db, sketch_file, sketch_text):
    import pytest

    from assistant.core.sketch.rubric import RubricError

    def broken_rubric(text, path):
        raise RubricError("rubric/innovasjonspartnerskap/rubric.toml: criteria: duplicate id x")

    with pytest.raises(RubricError):
        record_save(sketch_file, sketch_text, db=db, check=broken_rubric)
    (version,) = list_versions(db, sketch_file)
    assert version.text == sketch_text and version.report is None


def test_a_sketch_naming_an_unknown_rubric_is_judged_by_the_default_one(db, sketch_file, sketch_text):
    named = sketch_text.replace("language: nb", "language: nb\nrubric: finnes-ikke")
    assert named != sketch_text
    record_save(sketch_file, named, db=db)
    (version,) = list_versions(db, sketch_file)
    assert version.text == named and version.report is not None
    assert version.report.rubric == "innovasjonspartnerskap"
    # Kept in the sketch's language, with the note's key, so a reader in English reads it in English.
    assert any("finnes-ikke" in note and "aldri med en fil" in note for note in version.report.notes)
    assert any("finnes-ikke" in note and "never by file" in note for note in version.report.read_in("en").notes)


def test_autosaves_keep_a_version_at_most_every_few_minutes(db, sketch_file, sketch_text, clock):
    from datetime import timedelta

    assert record_save(sketch_file, sketch_text, db=db, min_interval=300).version.number == 1
    assert record_save(sketch_file, sketch_text + "\nA.\n", db=db, min_interval=300) is None
    clock.t += timedelta(minutes=6)
    assert record_save(sketch_file, sketch_text + "\nAB.\n", db=db, min_interval=300).version.number == 2
    # An explicit save is always kept.
    assert record_save(sketch_file, sketch_text + "\nABC.\n", db=db).version.number == 3


def test_two_processes_saving_the_same_text_keep_one_version(tmp_path, sketch_file, sketch_text):
    import threading

    from assistant.advisor.db import HistoryDB
    from assistant.advisor.versions import record_version

    path = tmp_path / "shared.sqlite3"
    HistoryDB(path).close()
    barrier = threading.Barrier(4)

    def save() -> None:
        with HistoryDB(path) as db:
            barrier.wait()
            record_version(db, sketch_file, sketch_text)

    threads = [threading.Thread(target=save) for _ in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    with HistoryDB(path) as db:
        assert len(list_versions(db, sketch_file)) == 1
