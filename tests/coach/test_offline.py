"""The offline coach: says what it is, asks the rubric's questions, reacts with the core's findings.

Replies are compared with the files in fixtures/offline/ (set SKISSE_UPDATE_GOLDEN=1 to rewrite
them after a deliberate change, then read the diff).
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from assistant.coach.base import Coach, CoachRequest, make_coach
from assistant.coach.offline import OfflineCoach
from assistant.coach.settings import CoachSettings
from assistant.core.sketch.rubric import load_rubric

GOLDEN = Path(__file__).parent / "fixtures" / "offline"
SKETCHES = Path(__file__).parents[1] / "fixtures" / "sketches"

# (fixture name, sketch file, [(kind, section, question), ...]) played in one session
CONVERSATIONS = {
    "interview-weak-need": ("svak", [("interview", "need", ""), ("interview", "need", "Vi har mange eldre som faller hjemme, og det er et stort problem for kommunen fordi de må på sykehus.")]),
    "ask-tech-first": ("teknologi-forst.md", [("ask", None, "Hva bør vi gjøre med teknologien?")]),
    "improve-tech-first": ("teknologi-forst.md", [("improve", "need", "")]),
    "fit-tech-first": ("teknologi-forst.md", [("fit", None, "")]),
    "budget-strong": ("sterk-bokmal.md", [("budget-narrative", None, "")]),
    "assess-tech-first": ("teknologi-forst.md", [("assess", None, "")]),
    "nn-interview-strong": ("sterk-nynorsk.md", [("interview", "data", ""), ("interview", "data", "Vi har tal frå KOSTRA.")]),
    "en-ask-strong": ("strong-english.md", [("ask", None, "What about the budget?")]),
}


def _sketch(name: str, weak_nb: str) -> str:
    return weak_nb if name == "svak" else (SKETCHES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("fixture", sorted(CONVERSATIONS))
def test_offline_replies_match_fixtures(fixture: str, weak_nb: str) -> None:
    sketch_name, turns = CONVERSATIONS[fixture]
    text = _sketch(sketch_name, weak_nb)
    lang = fixture[:2] if fixture[:3] in ("nn-", "en-") else "nb"
    coach = OfflineCoach(lang=lang)
    replies = [coach.reply(CoachRequest(kind=kind, sketch_text=text, section=section, question=q, lang=lang)) for kind, section, q in turns]
    got = "\n\n-----\n\n".join(replies) + "\n"
    path = GOLDEN / f"{fixture}.md"
    if os.environ.get("SKISSE_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8")


def test_says_plainly_it_is_the_offline_coach(weak_nb: str) -> None:
    for lang, words in (("nb", "den innebygde veilederen"), ("nn", "den innebygde rettleiaren"), ("en", "offline coach")):
        reply = OfflineCoach(lang=lang).reply(CoachRequest(kind="ask", sketch_text=weak_nb, question="?", lang=lang))
        assert words in reply.casefold()
        assert "språkmodell" in reply or "language model" in reply


def test_reacts_to_an_answer_without_numbers_with_the_numbers_finding(weak_nb: str) -> None:
    coach = OfflineCoach(lang="nb")
    answer = "Mange eldre faller hjemme og blir liggende lenge før noen finner dem."
    reply = coach.reply(CoachRequest(kind="interview", sketch_text=weak_nb, section="need", question=answer, lang="nb"))
    assert "Jeg finner ingen tall som viser hvor stort behovet er." in reply
    assert "Hvor mange innbyggere berøres, og hva koster det kommunen i dag?" in reply
    for source in ("SSB", "KOSTRA", "Helsedirektoratet"):
        assert source in reply


def test_an_answer_with_numbers_and_source_silences_the_numbers_finding(weak_nb: str) -> None:
    coach = OfflineCoach(lang="nb")
    answer = (
        "I 2023 hadde kommunen 1 240 fallulykker blant hjemmeboende over 67 år (egne tall fra fagsystemet). "
        "Hvert fall koster i snitt 95 000 kr i behandling og pleie, til sammen 118 mill. kr i året. "
        "Andelen innbyggere over 80 år vil dobles innen 2040 (SSB)."
    )
    reply = coach.reply(CoachRequest(kind="interview", sketch_text=weak_nb, section="need", question=answer, lang="nb"))
    assert "Jeg finner ingen tall" not in reply


def test_a_reply_to_an_answer_asks_nothing_and_never_says_it_has_no_more_questions(weak_nb: str) -> None:
    """The window asks the next open question itself: a reply that asked one too (or said «no more
    questions» just before the window asked another) contradicted it."""
    coach = OfflineCoach(lang="nb")
    rubric = load_rubric()
    questions = {q.nb for c in rubric.criteria for q in c.questions}
    for i in range(4):
        reply = coach.reply(CoachRequest(kind="interview", sketch_text=weak_nb, section="need", question=f"Svar nummer {i}.", lang="nb"))
        assert not any(q in reply for q in questions)
        assert "ikke flere spørsmål" not in reply


def test_streams_the_same_text_it_replies(weak_nb: str) -> None:
    request = CoachRequest(kind="ask", sketch_text=weak_nb, question="Hva med tallene?", lang="nb")

    async def collect() -> list[str]:
        return [chunk async for chunk in OfflineCoach(lang="nb").astream(request)]

    chunks = asyncio.run(collect())
    assert len(chunks) > 10
    assert "".join(chunks) == OfflineCoach(lang="nb").reply(request)


def test_offline_assessment_per_criterion(tech_first: str) -> None:
    assessment = asyncio.run(OfflineCoach(lang="nb").assess(tech_first, "nb"))
    assert assessment.offline
    ids = [c.criterion for c in assessment.criteria]
    assert ids == [c.id for c in load_rubric().criteria if c.id in ids]
    tech = assessment.criterion("not-technology-first")
    assert tech is not None and tech.score == 0 and tech.missing and tech.next_step
    assert not tech.evidence  # a failing criterion gets no evidence
    for item in assessment.criteria:
        for quote in item.evidence:
            assert " ".join(quote.split()).casefold() in " ".join(tech_first.split()).casefold().replace("**", "")
        assert not item.dropped_quotes


def test_make_coach_without_model_is_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    coach = make_coach(lang="en")
    assert isinstance(coach, Coach)
    assert coach.offline and coach.name == "Built-in coach"
    assert make_coach(CoachSettings(model="openai:gpt-4o-mini"), lang="nb").offline is False


def test_translate_offline_says_a_model_is_needed(strong_nb: str) -> None:
    reply = OfflineCoach(lang="nb").reply(CoachRequest(kind="translate", sketch_text=strong_nb, lang="nb"))
    assert "krever en språkmodell" in reply


def test_unknown_rubric_is_a_coach_error(weak_nb: str) -> None:
    from assistant.coach.base import CoachError

    coach = OfflineCoach(lang="en", rubric="no-such-rubric")
    with pytest.raises(CoachError) as info:
        asyncio.run(coach.assess(weak_nb, "en"))
    assert info.value.code == "config" and "no-such-rubric" in info.value.message_for_user


def test_answer_already_in_the_draft_is_not_counted_twice(weak_nb: str) -> None:
    from assistant.core.sketch.document import parse_sketch
    from assistant.core.sketch.editing import set_section_body

    answer = " ".join(["Mange eldre faller hjemme og blir liggende lenge."] * 3)
    with_answer = set_section_body(parse_sketch(weak_nb), "need", "Eldre faller.\n\n" + answer)
    as_ui = OfflineCoach(lang="nb").reply(CoachRequest(kind="interview", sketch_text=with_answer, section="need", question=answer, lang="nb"))
    as_cli = OfflineCoach(lang="nb").reply(CoachRequest(kind="interview", sketch_text=weak_nb, section="need", question=answer, lang="nb"))
    assert as_ui == as_cli
    assert "(26 ord)" in as_ui  # 2 + 24 words, not 2 + 48


def test_fit_over_the_limit_says_how_much_to_cut(weak_nb: str) -> None:
    from assistant.core.sketch.document import parse_sketch
    from assistant.core.sketch.editing import set_section_body

    filler = "\n\n".join(["Dette avsnittet gjentar bakgrunnen uten nye opplysninger og kan kortes ned betraktelig."] * 300)
    long = set_section_body(parse_sketch(weak_nb), "need", filler)
    reply = OfflineCoach(lang="nb").reply(CoachRequest(kind="fit", sketch_text=long, lang="nb"))
    assert "grensen er 5" in reply and "Du må kutte rundt" in reply
    assert "1. Linje" in reply
    # The pages are those of the real PDF, and the words to cut follow from this sketch's own
    # words per page (its budget table and headings take room too).
    import re

    from assistant.core.rendering.render import default_renderer
    from assistant.core.sketch.rubric import load_rubric

    sketch = parse_sketch(long)
    info = default_renderer().page_info(sketch, load_rubric(None).layout)
    assert f"omtrent {info.fraction:.1f} sider".replace(".", ",") in reply
    cut = int(re.search(r"kutte rundt (\d+) ord", reply).group(1))
    total = len(long.split())
    assert abs(cut - (info.fraction - 5) * total / info.fraction) < 0.05 * total
