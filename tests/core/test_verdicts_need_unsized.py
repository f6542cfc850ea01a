"""How the checker reads a short need part that gives no figure, in a sketch that sizes nothing
else either: who is hit and how many is untold, so the need warns (never fails: the words may
still tell it). A longer part, a figure in the part, or figures elsewhere in the text (a data
part) let it stand. Each reading is tried in bokmål, nynorsk and English."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch, report_in
from assistant.core.sketch.document import parse_sketch


def sketch(heading: str, body: str, extra: str = "") -> str:
    return f"# Skisse\n\n**Søker:** Halden kommune\n\n## {heading}\n\n{body}\n\n{extra}## Budsjett\n\n- Prosjektledelse: 1 000 000 kr\n"


def need(text: str) -> str:
    return check_sketch(parse_sketch(text)).statuses()["need-described"]


SHORT = [
    ("Utfordringen", "Mange innbyggere bruker ikke biblioteket, særlig ungdom og menn i arbeidsfør alder. Mange ber oss om hjelp til å logge inn "
     "på offentlige tjenester på nett, og vi har ikke kapasitet til å hjelpe alle. Åpningstidene passer heller ikke for alle som vil komme."),
    ("Utfordringa", "Mange innbyggjarar brukar ikkje biblioteket, særleg ungdom og menn i arbeidsfør alder. Mange ber oss om hjelp til å logge inn "
     "på offentlege tenester på nett, og vi har ikkje kapasitet til å hjelpe alle. Opningstidene passar heller ikkje for alle som vil kome."),
    ("The challenge", "Many residents do not use the library, especially young people and men of working age. Many ask us for help to log in "
     "to public services online, and we do not have the capacity to help everyone. The opening hours do not suit everyone who wants to come."),
]


@pytest.mark.parametrize(("heading", "body"), SHORT)
def test_a_short_need_sized_nowhere_warns(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "warn"


def test_the_finding_says_how_many_is_untold() -> None:
    heading, body = SHORT[2]
    report = report_in(check_sketch(parse_sketch(sketch(heading, body))), "en")
    message = " ".join(f.message for c in report.criteria if c.id == "need-described" for f in c.findings)
    assert "how many" in message and "words" in message


# Near misses: the same part with a figure of its own, the same part beside a data part that
# sizes it, and a part long enough to tell the mechanism in words.
@pytest.mark.parametrize(("heading", "body"), SHORT)
def test_a_figure_in_the_part_lets_it_stand(heading: str, body: str) -> None:
    body = body.replace("Mange", "Over 9 000", 1).replace("Many", "Over 9,000", 1)
    assert need(sketch(heading, body)) == "pass"


@pytest.mark.parametrize(("heading", "body"), SHORT)
def test_figures_elsewhere_let_it_stand(heading: str, body: str) -> None:
    data = "## Tall\n\nI 2024 fikk biblioteket 2 300 spørsmål om innlogging, og 41 prosent av dem kom på kveldstid.\n\n"
    assert need(sketch(heading, body, data)) == "pass"


def test_a_long_part_without_figures_stands() -> None:
    heading, body = SHORT[0]
    more = (" Når de ikke får hjelp hos oss, går de til servicetorget eller NAV-kontoret, der de må vente, og mange gir opp og lar søknader"
            " og svar ligge. Eldre som har mistet bankbrikken, må få hjelp av pårørende som bor langt unna. Ungdom som trenger et sted å gjøre"
            " lekser, står utenfor når biblioteket stenger klokka fire. De ansatte bruker tid på enkeltsaker de ikke er lært opp til, og"
            " annen formidling blir liggende. Innvandrere som lærer norsk, finner ikke kurs på kveldstid, og frivillige som vil hjelpe dem,"
            " har ikke rom å være i når skolene er stengt og forsamlingshuset er utleid til andre formål hele uka.")
    assert need(sketch(heading, body + more)) == "pass"


# Figures that size the applicant or the plan, not the need: a part on the applicant or its
# partners after the need («11 000 employees», «25 years of experience»), the dialogue («21
# companies took part»), a goal's number («bærekraftsmål 11 og 17») or the project's own budget.
ABOUT_US = {
    "nb": ("## Hvorfor oss\n\nSykehuset betjener over 600 000 innbyggere med 11 000 ansatte. Prosjekteieren har 25 års klinisk erfaring.\n\n"
           "## Dialog med næringslivet\n\nI oktober holdt vi et dialogmøte der 21 bedrifter deltok, og vi hadde 9 enkeltmøter.\n\n"),
    "nn": ("## Kvifor oss\n\nSjukehuset har over 600 000 innbyggjarar i opptaksområdet og 11 000 tilsette. Prosjekteigaren har 25 års klinisk erfaring.\n\n"
           "## Dialog med næringslivet\n\nI oktober heldt vi eit dialogmøte der 21 bedrifter var med, og vi hadde 9 einskildmøte.\n\n"),
    "en": ("## Why us\n\nThe hospital serves more than 600 000 residents with 11 000 employees. The project owner has 25 years of clinical experience.\n\n"
           "## Dialogue with business\n\nIn October we held a market dialogue where 21 companies took part, followed by 9 one-to-one meetings.\n\n"),
}
GOALS = {
    "nb": "## Bærekraft\n\nProsjektet bygger opp under bærekraftsmål 11 og 17. Det samlede prosjektbudsjettet er 46 millioner kroner.\n\n",
    "nn": "## Berekraft\n\nProsjektet byggjer opp under berekraftsmål 11 og 17. Det samla prosjektbudsjettet er 46 millionar kroner.\n\n",
    "en": "## Sustainability\n\nThe project supports goals 11 and 17. The total project budget is NOK 46 million over three years.\n\n",
}
LANGS = {"nb": SHORT[0], "nn": SHORT[1], "en": SHORT[2]}


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_figures_about_the_applicant_and_its_dialogue_size_no_need(lang: str) -> None:
    heading, body = LANGS[lang]
    assert need(sketch(heading, body, ABOUT_US[lang])) == "warn"


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_a_goals_number_or_the_projects_budget_sizes_no_need(lang: str) -> None:
    heading, body = LANGS[lang]
    assert need(sketch(heading, body, GOALS[lang])) == "warn"


# Near misses: a part read as the applicant's that comes before the need is its background («Kvifor
# vi skriv»), and its figures size the need; a goal said as a share («mål 30 prosent») is a figure.
BACKGROUND = {
    "nb": ("Hvorfor skriver vi denne skissen?", "Bane NOR registrerte 312 naturfarehendelser i 2023, mot 178 i 2015, og 1 060 skredpunkter er kjent."),
    "nn": ("Kvifor vi skriv", "I 2023 var det om lag 3 100 personar med vedtak om heimesjukepleie, og berre 38 prosent av dei var undersøkte."),
    "en": ("Why we write", "In 2023 about 3 100 people had home nursing, and only 38 per cent of them had a dental check in two years."),
}


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_figures_in_a_why_part_before_the_need_size_it(lang: str) -> None:
    heading, body = LANGS[lang]
    lead, figures = BACKGROUND[lang]
    text = f"# Skisse\n\n**Søker:** Halden kommune\n\n## {lead}\n\n{figures}\n\n## {heading}\n\n{body}\n\n## Budsjett\n\n- Prosjektledelse: 1 000 000 kr\n"
    assert need(text) == "pass"


def test_a_goal_said_as_a_share_is_a_figure() -> None:
    heading, body = LANGS["nb"]
    extra = "## Mål\n\nVårt mål 30 prosent færre besøk uten hjelp, og mål 40 prosent flere brukere på kveldstid.\n\n"
    assert need(sketch(heading, body, extra)) == "pass"
