"""The built-in coach's answers to free questions, as the coach window (F12) shows them with no
model configured: «what is missing / weakest / ready to submit» gets the whole sketch from the
checkup; a question about one subject gets that subject's criteria, the sketch's own text on it
and a closing question on it; the line saying it cannot answer freely ends every reply, once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.coach.base import CoachRequest
from assistant.coach.offline import OfflineCoach
from assistant.i18n import t

SKETCHES = Path(__file__).parents[1] / "fixtures" / "sketches"


def _emptied(text: str, *headings: str) -> str:
    """The sketch with these parts' headings kept and their text gone."""
    for heading in headings:
        text = re.sub(r"(^## " + re.escape(heading) + r"\n)(.*?)(?=^## )", r"\1\n", text, flags=re.S | re.M)
    return text


@pytest.fixture(scope="module")
def two_empty() -> str:
    """A sketch that meets every criterion but «Grønnere og smartere samfunn», with two parts empty."""
    strong = (SKETCHES / "sterk-bokmal.md").read_text(encoding="utf-8")
    return _emptied(strong, "Grønnere og smartere", "Dialog med næringslivet")


def _ask(text: str, question: str, lang: str, coach: OfflineCoach | None = None) -> list[str]:
    """The reply's paragraphs, without the one-time introduction."""
    coach = coach or OfflineCoach(lang=lang)
    coach._introduced = True
    reply = coach.reply(CoachRequest(kind="ask", sketch_text=text, question=question, lang=lang))
    return reply.split("\n\n")


def _ends_honestly(paragraphs: list[str], lang: str) -> None:
    honest = t("coach.offline.free_questions", lang)
    assert paragraphs[-1] == honest
    assert "\n\n".join(paragraphs).count(honest) == 1


OVERVIEW = [
    ("nb", "Hva mangler før vi kan sende inn?"),
    ("nb", "Hva er det svakeste i skissen?"),
    ("nb", "Er vi klare til å sende inn?"),
    ("nb", "Kan vi levere nå, eller hva må vi fikse?"),
    ("nn", "Kva manglar før vi kan sende inn?"),
    ("nn", "Kva er det svakaste i skissa?"),
    ("nn", "Er skissa klar til innlevering?"),
    ("en", "What is missing before we can submit?"),
    ("en", "What's the weakest part of the sketch?"),
    ("en", "Are we ready to submit?"),
    ("en", "Is the sketch ready for submission?"),
]

TITLES = {
    "nb": {"green": "Grønnere og smartere samfunn", "need": "Behovet er godt beskrevet", "budget": "Tentativt budsjett", "parts": ["«Grønnere og smartere»", "«Dialog med næringslivet»"]},
    "nn": {"green": "Grønare og smartare samfunn", "need": "Behovet er godt skildra", "budget": "Tentativt budsjett", "parts": ["«Grønare og smartare»", "«Dialog med næringslivet»"]},
    "en": {"green": "A greener and smarter society", "need": "The need is well described", "budget": "Tentative budget", "parts": ["“Greener and smarter”", "“Dialogue with business”"]},
}
GREEN_REASON = {
    "nb": "Skissen sier ikke hvordan prosjektet bidrar til et grønnere og smartere samfunn.",
    "en": "The sketch does not say how the project contributes to a greener and smarter society.",
}


@pytest.mark.parametrize("lang, question", OVERVIEW)
def test_what_is_missing_is_answered_for_the_whole_sketch(two_empty: str, lang: str, question: str) -> None:
    paragraphs = _ask(two_empty, question, lang)
    reply = "\n\n".join(paragraphs)
    words = TITLES[lang]
    # The failing criterion first, with the check's own reason and advice.
    assert paragraphs[0] == t("coach.offline.weakest", lang)
    failing = paragraphs[1]
    assert failing.startswith(t("coach.offline.overview_fail", lang, count=1))
    assert f"- **{words['green']}**: " in failing
    assert "\n  → " in failing
    if lang in GREEN_REASON:
        assert GREEN_REASON[lang] in failing
    # Then the two parts with no text, named in the reader's language.
    empty = next(p for p in paragraphs if p.startswith(t("coach.offline.overview_empty", lang, parts="").split("{")[0][:8]))
    assert all(part in empty for part in words["parts"])
    assert paragraphs.index(empty) > 1
    # Then what is met, in one line, the need among it; never a block per criterion of one part.
    met = next(p for p in paragraphs if p.startswith(t("coach.offline.overview_pass", lang, criteria="")[:6]))
    assert "\n" not in met and words["need"] in met and words["budget"] in met
    assert paragraphs.index(met) > paragraphs.index(empty)
    assert f"**{words['need']}**:" not in reply
    assert words["green"] not in met
    _ends_honestly(paragraphs, lang)


def test_criteria_not_met_come_before_those_to_strengthen() -> None:
    weak = (SKETCHES / "svak-kort.md").read_text(encoding="utf-8")
    paragraphs = _ask(weak, "Hva gjenstår før innsending?", "nb")
    heads = [p.split("\n", 1)[0] for p in paragraphs]
    fail = heads.index(t("coach.offline.overview_fail", "nb", count=2))
    warn = heads.index(t("coach.offline.overview_warn", "nb"))
    empty = next(i for i, h in enumerate(heads) if h.startswith("**Deler uten tekst:**"))
    met = next(i for i, h in enumerate(heads) if h.startswith("**Oppfylt:**"))
    assert fail < warn < empty < met
    assert "- **Behovet er underbygd med tall og data**: De eneste tallene står i budsjettet" in paragraphs[fail]
    assert "- **Forankring hos toppledelsen**: Skissen sier ikke at prosjektet er forankret hos toppledelsen." in paragraphs[warn]
    assert "«Tall og data»" in paragraphs[empty]
    # The closing question is on the worst criterion, before the honest line.
    assert paragraphs[-2] == "Hva er problemet dere vil løse?"
    _ends_honestly(paragraphs, "nb")


BUDGET = [
    ("nb", "Er budsjettet vårt stort nok til det vi skal gjøre?", "Hva vil prosjektet koste, uten selve anskaffelsen? Sett opp poster og beløp."),
    ("nb", "Hva koster prosjektet?", "Hva vil prosjektet koste, uten selve anskaffelsen? Sett opp poster og beløp."),
    ("nn", "Er budsjettet vårt stort nok?", "Kva vil prosjektet koste, utan sjølve anskaffinga? Set opp postar og beløp."),
    ("en", "Is our budget big enough for what we plan?", "What will the project cost, without the procurement itself? List items and amounts."),
    ("en", "What about the costs?", "What will the project cost, without the procurement itself? List items and amounts."),
]


@pytest.mark.parametrize("lang, question, closing", BUDGET)
def test_a_budget_question_is_answered_from_the_budget(two_empty: str, lang: str, question: str, closing: str) -> None:
    paragraphs = _ask(two_empty, question, lang)
    reply = "\n\n".join(paragraphs)
    assert paragraphs[0].startswith(f"**{TITLES[lang]['budget']}**: ")
    assert any(p.startswith("> ") for p in paragraphs)  # the sketch's own words on its budget
    assert "11700000" in re.sub(r"\D", "", reply) or "11,7" in reply  # and its total, as the core adds it up
    assert paragraphs[-2] == closing
    # Not the question about what the municipality spends today, nor the whole list.
    assert "per år" not in reply and "per year" not in reply
    assert TITLES[lang]["green"] not in reply
    _ends_honestly(paragraphs, lang)


NEAR_MISS = [
    ("nb", "Hva mangler i budsjettet?", "budget"),
    ("nb", "Er vi klare med dialogen med næringslivet?", "dialogue"),
    ("nn", "Kva manglar i budsjettet?", "budget"),
    ("nn", "Kva er det svakaste med samarbeidspartnarane?", "partners"),
    ("en", "What is missing in the budget?", "budget"),
    ("en", "Is the management anchoring ready to submit?", "management"),
]


@pytest.mark.parametrize("lang, question, subject", NEAR_MISS)
def test_a_question_about_one_subject_does_not_get_the_whole_list(two_empty: str, lang: str, question: str, subject: str) -> None:
    paragraphs = _ask(two_empty, question, lang)
    reply = "\n\n".join(paragraphs)
    heads = [t("coach.offline.overview_fail", lang, count=1), t("coach.offline.overview_pass", lang, criteria="")[:6], t("coach.offline.overview_warn", lang)]
    assert not any(p.startswith(h) for p in paragraphs for h in heads)
    if subject != "dialogue":
        assert TITLES[lang]["green"] not in reply
    _ends_honestly(paragraphs, lang)


SUBJECTS = [
    ("nb", "Hvordan står det til med samarbeidspartnerne?", "**Samarbeid mellom offentlige aktører**", "Hvilke andre offentlige"),
    ("nb", "Har vi nok tall og data?", "**Behovet er underbygd med tall og data**", None),
    ("nb", "Er prosjektet forankret hos toppledelsen?", "**Forankring hos toppledelsen**: oppfylt", "Er prosjektet forankret hos kommunedirektør"),
    ("nn", "Korleis er dialogen med næringslivet?", "**Dialog med næringslivet**", None),
    ("nn", "Er prosjektet forankra hos leiinga?", "**Forankring hos toppleiinga**", "Er prosjektet forankra hos kommunedirektør"),
    ("en", "Is our data good enough?", "**The need is backed by numbers and data**", None),
    ("en", "Do we have the right partners?", "**Collaboration between public bodies**", None),
    ("en", "Is top management anchoring clear?", "**Anchoring with top management**", "Is the project anchored with the chief executive"),
]


@pytest.mark.parametrize("lang, question, block, closing", SUBJECTS)
def test_a_subject_question_gets_its_criteria_its_text_and_its_question(lang: str, question: str, block: str, closing: str | None) -> None:
    text = (SKETCHES / "sterk-bokmal.md").read_text(encoding="utf-8")
    coach = OfflineCoach(lang=lang)
    paragraphs = _ask(text, question, lang, coach)
    reply = "\n\n".join(paragraphs)
    assert any(p.startswith(block) for p in paragraphs)
    assert any(p.startswith("> ") for p in paragraphs)  # the sketch's own words on it, quoted
    if closing:
        assert paragraphs[-2].startswith(closing)
    assert paragraphs[-2].endswith("?")
    assert TITLES[lang]["green"] not in reply and TITLES[lang]["need"] + "**" not in reply
    _ends_honestly(paragraphs, lang)


def test_a_subject_whose_part_is_empty_says_so_and_what_to_write(two_empty: str) -> None:
    paragraphs = _ask(two_empty, "Hvordan er dialogen med næringslivet?", "nb")
    assert any(p.startswith("«Dialog med næringslivet» har ingen tekst ennå.") for p in paragraphs)
    assert "Hva vil prosjektet koste" not in "\n\n".join(paragraphs)


def test_the_same_subject_asked_twice_still_closes_on_that_subject(two_empty: str) -> None:
    coach = OfflineCoach(lang="nb")
    first = _ask(two_empty, "Er budsjettet stort nok?", "nb", coach)
    second = _ask(two_empty, "Er budsjettet realistisk?", "nb", coach)
    assert first[-2] != second[-2]
    third = _ask(two_empty, "Hva med budsjettet?", "nb", coach)
    assert third[-2] in (first[-2], second[-2])


def test_the_sketchs_words_are_quoted_with_their_markup_escaped() -> None:
    text = (SKETCHES / "sterk-bokmal.md").read_text(encoding="utf-8")
    text = text.replace("## Budsjett\n", "## Budsjett\n\nBudsjettet er et anslag [se vedlegg](http://x.invalid) og <b>foreløpig</b> # ikke endelig.\n\n", 1)
    paragraphs = _ask(text, "Hva med budsjettet?", "nb")
    quote = next(p for p in paragraphs if "anslag" in p)
    assert quote.startswith("> Budsjettet er et anslag \\[se vedlegg\\]")
    assert "\\<b\\>" in quote and "\\# ikke" in quote


@pytest.mark.parametrize(
    ("lang", "question"),
    [("nb", "Hva mangler i budsjettet?"), ("nn", "Kva manglar i budsjettet?"), ("en", "What is missing in the budget?")],
)
def test_comments_in_a_part_are_never_quoted(lang: str, question: str) -> None:
    """The interview's answer marks and notes, and the template's guidance, are Markdown comments:
    no reader sees them, so the coach does not quote them either; the prose around them it does."""
    text = (SKETCHES / "sterk-bokmal.md").read_text(encoding="utf-8")
    marks = (
        "<!-- svar: budget.q1 -->\n"
        "<!-- notat: Svaret på dette spørsmålet er ført inn i budsjettabellen. -->\n"
        "<!-- /svar -->\n\n"
        "<!--\n  Tenk gjennom hvilke kostnader som må med.\n-->\n\n"
    )
    text = text.replace("## Budsjett\n", "## Budsjett\n\n" + marks + "Budsjettet er et anslag for to år.\n\n", 1)
    reply = "\n\n".join(_ask(text, question, lang))
    assert "svar:" not in reply and "notat" not in reply and "Tenk gjennom" not in reply
    assert "<\\!--" not in reply and "\\<\\!--" not in reply and "<!--" not in reply
    assert "> Budsjettet er et anslag for to år." in reply
