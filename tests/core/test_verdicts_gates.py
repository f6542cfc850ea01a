"""The four gates read the way an evaluator reads them: who sends the sketch when a header line
says «Skisse fra **X** (…, org.nr. …)» (a stop inside «org.nr.» or «f.eks.» ends no sentence, and
the name may be in bold), and a landline given as the office's (beside the body's mailbox, or
said to answer in office hours) that is no person's number."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

from .one_criterion import one_result

BODY = "\n\n## Behov\n\nOvervann gir skader for 1,1 milliarder kroner i Oslo (Finans Norge, 2023).\n"


def sketch(head: str, tail: str = ""):
    return parse_sketch("# Skisse\n\n" + head + BODY + tail)


def verdict(head: str, criterion: str, tail: str = "") -> str:
    report = check_sketch(sketch(head, tail))
    return next(c for c in report.criteria if c.id == criterion).status.value


# ------------------------------------------------------------------ eligibility: «Skisse fra **X** (…)»


@pytest.mark.parametrize(
    ("head", "name"),
    [
        (
            "Skisse fra **Foreningen Unge Sinn, Vestfold** (interesseorganisasjon for unge, org.nr. 999 991 173)\n\n"
            "I samarbeid med Tønsberg kommune, Sandefjord kommune og Sykehuset i Vestfold HF",
            "Foreningen Unge Sinn",
        ),
        (
            "Skisse frå __Stiftinga Hardanger Kulturarv__ (privat stifting, jf. vedtektene)\n\nI lag med Ullensvang herad",
            "Stiftinga Hardanger Kulturarv",
        ),
        (
            "Sketch from **The Coastal Heritage Foundation** (a private foundation, reg.no. 999 991 173), "
            "in cooperation with Tromsø Municipality",
            "The Coastal Heritage Foundation",
        ),
        ("Skissen sendes av *Foreningen Aktiv Alderdom* (f.eks. frivillige), sammen med Bergen kommune.", "Foreningen Aktiv Alderdom"),
    ],
)
def test_a_private_sender_in_bold_before_an_abbreviation_is_the_applicant(head: str, name: str) -> None:
    applicant = sketch(head).applicant
    assert applicant is not None and applicant.name == name, (head, applicant)
    assert verdict(head, "eligibility") == "fail", head


@pytest.mark.parametrize(
    "head",
    [
        "Skisse fra **Tønsberg kommune** (avd. psykisk helse, jf. vedtak) i samarbeid med Foreningen Unge Sinn",
        "Skisse frå **Bergen kommune**, etat for helse m.m., i lag med Stiftinga Hardanger Kulturarv",
        "Sketch from **Tromsø Municipality** (dept. of health, e.g. youth services), with The Coastal Heritage Foundation",
    ],
)
def test_a_public_sender_in_bold_before_an_abbreviation_stays_the_applicant(head: str) -> None:
    assert verdict(head, "eligibility") == "pass", head


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("Innsendt av: Foreningen for Eldre i Drammen, i samarbeid med Drammen kommune", "Foreningen for Eldre i Drammen"),
        ("Denne skissen kommer fra Foreningen Unge Sinn, en interesseorganisasjon, i samarbeid med Tønsberg kommune.", "Foreningen Unge Sinn"),
        ("Skissa kjem frå Stiftinga Kystarv, i lag med Ullensvang herad.", "Stiftinga Kystarv"),
        ("The Green Coast Foundation (a private foundation) submits this sketch together with Bodø Municipality.", "The Green Coast Foundation"),
        ("Vi er en frivillig forening, Turlaget Sunnmøre, og søker sammen med Ålesund kommune.", "Turlaget Sunnmøre"),
        ("Vi i Turlaget Sunnmøre er ein frivillig organisasjon med 3000 medlemar. Vi søkjer saman med Ålesund kommune.", "Turlaget Sunnmøre"),
        ("We are a small consultancy, Fjordline Advisory, writing with Bergen Municipality.", "Fjordline Advisory"),
    ],
)
def test_a_private_sender_said_in_other_words_is_the_applicant(head: str, name: str) -> None:
    applicant = sketch(head).applicant
    assert applicant is not None and applicant.name == name, (head, applicant)
    assert verdict(head, "eligibility") == "fail", head


@pytest.mark.parametrize(
    "head",
    [
        # Near misses: a public body that calls itself an organisation, sends the sketch, or quotes a partner.
        "Bergen kommune søker. Vi er en stor organisasjon med 20 000 ansatte.",
        "**Søker:** Bergen kommune\n\nVi er en stor organisasjon med 20 000 ansatte.",
        "Bodø kommune sender denne skissen i samarbeid med Stiftelsen Kystens Hus.",
        "Bergen kommune søker sammen med Foreningen Aktiv Alderdom, som skriver: «Vi er en frivillig forening.»",
        "**Applicant:** Tromsø Municipality\n**Prepared by:** Arctic Advisory AS",
    ],
)
def test_a_public_sender_beside_a_private_body_stays_the_applicant(head: str) -> None:
    assert verdict(head, "eligibility") == "pass", head


# ------------------------------------------------------------------ personal data: the office's landline


@pytest.mark.parametrize(
    "line",
    [
        "Foreningen Unge Sinn, Vestfold, post@ungesinn-vestfold.no, telefon 33 30 45 00 (kontortid).",
        "Stiftinga Kystarv, postmottak@kystarv.no, tlf. 57 65 43 21 (i kontortida).",
        "The Coastal Heritage Foundation, post@chf.no, phone 77 60 12 34 (office hours).",
        "Kontakt: firmapost@vestvind.no eller 33 30 45 00.",
        "Ring kontoret på 33 30 45 00 mellom 9 og 15.",
        # A landline given for «us», the body or one of its units, with no person near it.
        "Kontakt oss på 33 30 45 00.",
        "Statens vegvesen, divisjon Drift og vedlikehold, telefon 22 07 30 00, firmapost@vegvesen.no.",
        "**Kontaktpunkt:** Eining for areal og teknisk, Kvam herad, tlf. 56 55 30 00",
        "Contact: Road maintenance division, phone 22 07 30 00.",
    ],
)
def test_a_landline_given_as_the_offices_passes(line: str) -> None:
    assert verdict("**Søker:** Bergen kommune", "personal-data", tail=f"\n## Kontakt\n\n{line}\n") == "pass", line


# Many staff have only a work mobile: in a contact line, or beside the body's address, it is the
# submission's contact (an evaluator signs it), as a landline there is.
@pytest.mark.parametrize(
    "line",
    [
        "post@ungesinn.no, mobil 912 34 567 (kontortid)",
        "Contact: Ola Hansen, senior engineer, ola.hansen@vegvesen.no, +47 915 02 000",
        "Kontaktperson: Sigrun Hatlestad, seksjonsleiar, sigrun.hatlestad@vegvesen.no, tlf. 915 22 406",
        "**Prosjektleder:** Anders Vatne, Kystverket, 907 11 563",
        "Styret i Tverrelvdalen IL\nv/ leder Roar Isaksen, tlf. 915 55 123",
    ],
)
def test_a_work_mobile_in_a_contact_line_passes(line: str) -> None:
    assert verdict("**Søker:** Bergen kommune", "personal-data", tail=f"\n## Kontakt\n\n{line}\n") == "pass", line


@pytest.mark.parametrize(
    "line",
    [
        "Kontakt: Kari Nordmann, privat tlf 33 30 45 00",
        "Kontakt: Kari Nordmann, kari.n@gmail.com, tlf 33 30 45 00",
        "Contact: Ola Hansen, private mobile 912 34 567",
        "Kontakt: Ola Hansen, ola.hansen@hotmail.com, 912 34 567",
    ],
)
def test_a_persons_line_or_a_private_number_still_warns(line: str) -> None:
    assert verdict("**Søker:** Bergen kommune", "personal-data", tail=f"\n## Kontakt\n\n{line}\n") == "warn", line


@pytest.mark.parametrize(
    "line",
    [
        "Bruker Ola Hansen (912 34 567) ringer oss flere ganger i uka.",
        "One user, Ola Hansen, mobile 912 34 567, calls us every week.",
    ],
)
def test_a_mobile_outside_a_contact_line_still_warns(line: str) -> None:
    assert verdict("**Søker:** Bergen kommune", "personal-data", tail=f"\n## Behov\n\n{line}\n") == "warn", line



# ------------------------------------------------------------------ budget-present: no budget yet, a sum in words

NEED_WITH_FIGURES = (
    "## Hvorfor det er et stort problem\n\n"
    "Mattilsynet bruker en stor del av budsjettet sitt, som er på om lag 1,8 milliarder kroner, på tilsyn, "
    "og matbåren sykdom koster samfunnet om lag 1 milliard kroner årlig.\n\n"
)


def budget_verdict(part: str, heading: str = "## Økonomi") -> str:
    text = "# Skisse\n\n**Søker:** Bergen kommune\n\n" + NEED_WITH_FIGURES + (f"{heading}\n\n{part}\n" if heading else part + "\n")
    return one_result(text, "budget-present").status.value


@pytest.mark.parametrize(
    "part",
    [
        "Prosjektet vil i hovedsak gjennomføres med egne ressurser. Vi vil komme tilbake til et budsjett dersom skissen går videre.",
        "Vi har ikkje laga eit budsjett enno; det gjer vi saman med partnarane.",
        "Budsjettet vil bli utarbeidet i neste fase, sammen med kommunene.",
        "We will return to a budget if the sketch is selected.",
        "A budget will be prepared later, together with the partners.",
    ],
)
def test_a_budget_part_that_says_no_budget_yet_fails_whatever_figures_the_need_gives(part: str) -> None:
    assert budget_verdict(part) == "fail", part


def test_the_bodys_own_budget_in_the_need_is_no_project_budget() -> None:
    assert budget_verdict("Vi har ingen flere opplysninger.", heading="## Annet") == "fail"


@pytest.mark.parametrize(
    "part",
    [
        # Near misses: the part says a detailed budget comes later, but gives the sum now.
        "Vi kommer tilbake til et detaljert budsjett. Prosjektet er anslått til ca. 6 mill. kr.",
        "Budsjettet vil bli utarbeidet i neste fase.\n\n- Prosjektledelse: 1,2 mill. kr\n- Utvikling: 3 mill. kr",
        "We will return to a detailed budget; we estimate roughly five million NOK in total.",
    ],
)
def test_a_later_detailed_budget_beside_a_sum_now_passes(part: str) -> None:
    assert budget_verdict(part) == "pass", part


@pytest.mark.parametrize(
    "part",
    [
        "Vi anslår at prosjektet vil koste ca. fem millioner kroner over tre år.",
        "Prosjektet har en ramme på omkring fire og en halv million kroner, mest til frikjøp og utvikling.",
        "Samla kostnad er rekna til om lag tre millionar kroner.",
        "We estimate the project at roughly five million NOK in total.",
        "Vi søker om halvannen million kroner til behovsavklaring og markedsdialog.",
    ],
)
def test_a_sum_written_in_words_is_a_tentative_budget(part: str) -> None:
    assert budget_verdict(part) == "pass", part


def test_a_sum_in_words_without_a_budget_part_counts_when_a_sentence_speaks_of_cost() -> None:
    assert budget_verdict("## Gjennomføring\n\nProsjektet vil koste om lag fem millioner kroner over to år.", heading="") == "pass"


@pytest.mark.parametrize(
    "part",
    [
        # Near misses: a count in words is no money.
        "Løsningen kan nå fem millioner innbyggere.",
        "The service could reach two million users.",
    ],
)
def test_a_count_in_words_is_no_budget(part: str) -> None:
    assert budget_verdict(part, heading="## Budsjett") == "fail", part


# ------------------------------------------------------------------ budget-excludes-procurement: English roll-out


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Rollout to all schools", "fail"),
        ("Rolling out the app in every unit", "fail"),
        ("Utrulling til alle skular", "fail"),
        # Near misses: testing equipment and staff time are the project's own costs.
        ("Test equipment for the pilot", "pass"),
        ("Staff buy-out for testing", "pass"),
    ],
)
def test_a_rollout_line_is_procurement_in_english_too(item: str, expected: str) -> None:
    part = f"- Project management: NOK 1,000,000\n- {item}: NOK 3,000,000\n\nTotal: NOK 4,000,000"
    text = "# Skisse\n\n**Søker:** Bergen kommune" + BODY + f"\n## Budget\n\n{part}\n"
    report = check_sketch(parse_sketch(text))
    assert next(c for c in report.criteria if c.id == "budget-excludes-procurement").status.value == expected, item


# ------------------------------------------------------------------ personal-data: the submission's contact person


@pytest.mark.parametrize(
    "line",
    [
        # A staff member named with a work address or an office landline: the submission's contact.
        "Kontaktperson: Kari Nordmann, prosjektleder, kari.nordmann@bergen.kommune.no",
        "Kontakt: Kari Nordmann, post@x.no, tlf 33 30 45 00",
        "**Kontaktperson:** Tone Myrvang, kommunalsjef, Vefsn kommune, tone.myrvang@vefsn.kommune.no, tlf. 75 10 10 00",
        "Kontaktperson: dagleg leiar, post@kystarv.no, direkte 57 65 43 21",
        "Kontakt: Gunhild Sæle, beredskapskoordinator, gunhild.saele@sogndal.kommune.no",
        "Contact: Marte Lid Aasen, innovation adviser, Helse Bergen HF, marte.lid.aasen@helse-bergen.no",
        "Contact: Ola Hansen, office hours, 77 60 12 34",
        "| Kontaktperson | Kari Nesheim, prosjektleder, kari.nesheim@ivar.no, 51 90 00 00 |",
        "Ansvar for innsending: Siri Aune, siri.aune@namsos.kommune.no",
        "kjell.ove.bakke@sunnfjord.kommune.no / 57 72 30 00",
        "**Kontakt:** nav.kari@nav.no",
        "Kari Nordmann, tlf 33 30 45 00 (kontortid)",  # under the heading «Kontakt»
    ],
)
def test_a_contact_persons_work_address_or_landline_is_a_note_not_a_warning(line: str) -> None:
    assert verdict("**Søker:** Bergen kommune", "personal-data", tail=f"\n## Kontakt\n\n{line}\n") == "pass", line


def test_the_contact_note_points_at_the_line_and_names_the_safer_choice() -> None:
    parsed = sketch("**Søker:** Bergen kommune", tail="\n## Kontakt\n\nKontaktperson: Kari Nordmann, kari.nordmann@bergen.kommune.no\n")
    result = next(c for c in check_sketch(parsed).criteria if c.id == "personal-data")
    assert [f.level.value for f in result.findings] == ["info"]
    assert "kari.nordmann" not in result.findings[0].message  # a message may reach a cloud model
    assert result.findings[0].line is not None
    assert "postmottak@" in (result.findings[0].suggestion or "")


def test_a_citizens_landline_in_a_case_story_still_warns() -> None:
    tail = "\n## Bakgrunn\n\nEin brukar, Kari Nordmann, tlf 33 30 45 00, ventar på svar.\n"
    assert verdict("**Søker:** Bergen kommune", "personal-data", tail=tail) == "warn"


# ------------------------------------------------------------------ personal data: a number said to be an identity number


@pytest.mark.parametrize(
    "line",
    [
        "Lånerkortet var registrert på fødselsnummer 14035228417, men fornyinga feila.",
        "Brukaren (personnummer 140352 28417) fekk ikkje logge inn.",
        "The resident's national ID 14035228417 was printed on the letter.",
    ],
)
def test_an_eleven_digit_number_said_to_be_an_identity_number_fails_though_its_check_digits_do_not_hold(line: str) -> None:
    assert verdict("**Søker:** Bergen kommune", "personal-data", tail=f"\n## Behov\n\n{line}\n") == "fail", line


@pytest.mark.parametrize(
    "line",
    [
        "Saken har nummer 14035228417 i arkivet.",  # no label: a case number, not a person's
        "Fødselsnummer skal aldri stå i skissen; totalt 14 035 228 417 kroner er brukt.",  # grouped in thousands, far from the word
    ],
)
def test_an_unlabelled_eleven_digit_number_with_failing_check_digits_is_no_identity_number(line: str) -> None:
    assert verdict("**Søker:** Bergen kommune", "personal-data", tail=f"\n## Behov\n\n{line}\n") == "pass", line
