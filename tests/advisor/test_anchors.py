"""Comments stay on the words they were made on, whatever edits do around them."""

from __future__ import annotations

import pytest

from assistant.advisor.anchors import anchor_for_quote, locate, make_anchor
from assistant.advisor.comments import CommentStatus, add_comment, list_comments, reanchor, set_status
from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.editing import set_section_body

QUOTE = "Pårørende opplever at de må ta et stort ansvar."


def test_anchor_records_section_and_context(sketch_text):
    sketch = parse_sketch(sketch_text)
    anchor = anchor_for_quote(sketch, QUOTE)
    assert anchor is not None
    assert anchor.section == "need"
    assert sketch_text[anchor.start : anchor.start + len(QUOTE)] == QUOTE
    assert anchor.prefix.endswith("på andre måter. ")
    assert anchor.suffix.startswith("\nAnsatte melder")


def test_moved_paragraph_keeps_its_comment(db, sketch_file, sketch_text):
    sketch = parse_sketch(sketch_text)
    anchor = anchor_for_quote(sketch, QUOTE)
    comment = add_comment(db, sketch_file, anchor, "Hvor mange pårørende? Tall fra egen undersøkelse?", author="Kari Rådgiver")

    # The paragraph moves from «Problem og behov» to the end of «Tall og data», and text is
    # added before it, so every offset after the edit point shifts.
    need = sketch.section("need").body
    paragraph = need.strip().split("\n\n")[0]
    new_need = need.replace(paragraph, "").strip()
    edited = parse_sketch(set_section_body(sketch, "need", "Et nytt første avsnitt om ventelister.\n\n" + new_need))
    data_body = edited.section("data").body.strip() + "\n\n" + paragraph
    moved_text = set_section_body(edited, "data", data_body)
    moved = parse_sketch(moved_text)
    assert QUOTE.split()[0] in moved.section("data").body

    (after,) = reanchor(db, sketch_file, moved)
    assert after.id == comment.id
    assert not after.orphaned
    assert after.section == "data"
    assert moved_text[after.span[0] : after.span[1]].replace("\n", " ") == QUOTE
    assert after.span[0] != comment.span[0]


def test_edited_quote_is_found_by_fuzzy_match(db, sketch_file, sketch_text):
    sketch = parse_sketch(sketch_text)
    add_comment(db, sketch_file, anchor_for_quote(sketch, QUOTE), "Kilde?", author="Kari")
    edited = sketch_text.replace(QUOTE, "Pårørende opplever at de selv må ta et svært stort ansvar.")
    (after,) = reanchor(db, sketch_file, parse_sketch(edited))
    assert not after.orphaned
    assert edited[after.span[0] : after.span[1]].startswith("Pårørende opplever at de selv")
    assert after.section == "need"


def test_deleted_text_orphans_the_comment_but_keeps_it(db, sketch_file, sketch_text):
    sketch = parse_sketch(sketch_text)
    add_comment(db, sketch_file, anchor_for_quote(sketch, QUOTE), "Kilde?", author="Kari")
    gone = sketch_text.replace(QUOTE, "")
    (after,) = reanchor(db, sketch_file, parse_sketch(gone))
    assert after.orphaned
    assert after.quote == QUOTE
    assert after.span is None


def test_repeated_quote_picks_the_one_with_matching_context():
    text = "## Sammendrag\n\nVi trenger hjelp. Første gang.\n\n## Problem og behov\n\nVi trenger hjelp. Andre gang.\n"
    sketch = parse_sketch(text)
    second = text.rindex("Vi trenger hjelp.")
    anchor = make_anchor(sketch, second, second + len("Vi trenger hjelp."))
    assert anchor.section == "need"
    shifted = "Innledning.\n\n" + text
    found = locate(anchor, parse_sketch(shifted))
    assert found.start == shifted.rindex("Vi trenger hjelp.")


def test_section_comment_follows_its_section(sketch_text):
    sketch = parse_sketch(sketch_text)
    anchor = make_anchor(sketch, section="budget")
    assert not anchor.is_span
    shorter = parse_sketch(set_section_body(sketch, "summary", "Kort."))
    found = locate(anchor, shorter)
    assert shorter.source[found.start : found.end].lstrip().startswith("| Post")
    assert locate(anchor, parse_sketch("# Tom\n")) is None


@pytest.mark.parametrize("status", [CommentStatus.RESOLVED, CommentStatus.OPEN])
def test_status_round_trip(db, sketch_file, sketch_text, status):
    sketch = parse_sketch(sketch_text)
    c = add_comment(db, sketch_file, make_anchor(sketch, section="need"), "Skriv mer om brukerne", author="Ola")
    assert c.is_open and c.created
    done = set_status(db, c.id, status, by="Ola")
    assert done.status is status
    assert (done.resolved is not None) == (status is CommentStatus.RESOLVED)
    assert [x.id for x in list_comments(db, sketch_file, status=CommentStatus.OPEN)] == ([c.id] if status is CommentStatus.OPEN else [])


def _sentences(text: str) -> list[str]:
    import re

    body = text.split("# Trygg heim", 1)[1]
    return [s for s in re.findall(r"[A-ZÆØÅ][^.\n|]{30,}\.", body)]


@pytest.mark.parametrize("index", range(8))
def test_each_sentence_is_found_after_a_word_changes_and_text_moves(sketch_text, index):
    sentences = _sentences(sketch_text)
    assert len(sentences) >= 8
    sentence = sentences[index]
    sketch = parse_sketch(sketch_text)
    anchor = anchor_for_quote(sketch, sentence)
    words = sentence.split()
    words[len(words) // 2] = "ENDRET"
    changed = " ".join(words)
    edited = sketch_text.replace(sentence, changed).replace("# Trygg heim\n", "# Trygg heim\n\nEt nytt avsnitt som flytter alt.\n", 1)
    found = locate(anchor, parse_sketch(edited))
    assert found is not None
    want = edited.index(changed)
    overlap = min(found.end, want + len(changed)) - max(found.start, want)
    assert overlap >= 0.8 * len(changed)
    assert found.score < 1.0


def test_a_comment_on_the_whole_sketch_never_goes_astray(db, sketch_file, sketch_text):
    add_comment(db, sketch_file, make_anchor(parse_sketch(sketch_text)), "Godt utgangspunkt.", author="Kari")
    (after,) = reanchor(db, sketch_file, parse_sketch("# Helt ny tekst\n"))
    assert not after.orphaned and after.section is None
