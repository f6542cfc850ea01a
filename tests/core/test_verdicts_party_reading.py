"""Who applies and who takes part, read the way an evaluator reads it: a field or a first-person
sentence that says the applicant is a private person, bodies that apply «i lag med» / «jointly
with» one another, a bold «**Partners**» line over a list, a multi-word key («Participating public
entities:»), a partner the registry lacks whose own words tell its kind («Ålesund Havnevesen»,
«Oslo tingrett»), and one body named twice in two ways."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

BODY = "\n\n## Behov\n\nOvervann gir skader for 1,1 milliarder kroner i Oslo (Finans Norge, 2023).\n"


def sketch(head: str):
    return parse_sketch("# Skisse\n\n" + head + BODY)


def verdict(head: str, criterion: str) -> str:
    report = check_sketch(sketch(head))
    return next(c for c in report.criteria if c.id == criterion).status.value


def partners(head: str) -> list[str]:
    return [p.name for p in sketch(head).partners]


def bodies(head: str) -> list[str]:
    return [b.name for b in sketch(head).public_bodies]


# ------------------------------------------------------------------ a private person applies


@pytest.mark.parametrize(
    ("head", "name"),
    [
        # The field says so; the public bodies the person has talked to are not the applicant.
        (
            "**Søkjar:** Nils Ante Sara, reineigar i Kautokeino (privatperson)\n\n"
            "Eg har snakka med Statsforvaltaren i Troms og Finnmark og Kautokeino kommune, som vil vere med som partnarar.",
            "Nils Ante Sara",
        ),
        (
            "**Søker:** Kari Hansen (privatperson)\n\nJeg har snakket med Bodø kommune og Nordland fylkeskommune, som vil være partnere.",
            "Kari Hansen",
        ),
        (
            "**Applicant:** John Smith, private individual\n\nI have spoken to Tromsø Municipality, which will join as a partner.",
            "John Smith",
        ),
        # The person's own sentence says so.
        (
            "**Søker:** Kari Hansen\n\nJeg skriver denne skissen som privatperson, fordi jeg har sett problemet i Bergen kommune.",
            "Kari Hansen",
        ),
        ("**Søkjar:** Ola Nordmann\n\nEg søkjer som privatperson og har snakka med Voss herad.", "Ola Nordmann"),
        ("**Applicant:** Mary Olsen\n\nI am writing this sketch as a private citizen; Bergen kommune knows of it.", "Mary Olsen"),
    ],
)
def test_an_applicant_the_text_calls_a_private_person_is_not_eligible(head: str, name: str) -> None:
    applicant = sketch(head).applicant
    assert applicant is not None and applicant.name == name, head
    assert verdict(head, "eligibility") == "fail", head


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("**Søker:** Kari Hansen\n\nJeg er prosjektleder i Bodø kommune og skriver på vegne av kommunen.", "Bodø kommune"),
        ("**Søker:** Kari Hansen\n\nJeg søker på vegne av Bodø kommune, ikke som privatperson.", "Bodø kommune"),
        ("**Applicant:** Kari Hansen\n\nI work at Nord University as a research adviser.", "Nord universitet"),
        ("**Søker:** Bodø kommune\n\nTjenesten skal nå privatpersoner og bedrifter i hele kommunen.", "Bodø kommune"),
    ],
)
def test_a_person_writing_for_a_public_body_or_about_private_persons_is_not_the_applicant(head: str, name: str) -> None:
    applicant = sketch(head).applicant
    assert applicant is not None and applicant.name.casefold() in {name.casefold(), "nord university"}, (head, applicant)
    assert verdict(head, "eligibility") == "pass", head


def test_a_person_who_has_only_talked_to_a_body_does_not_apply_for_it() -> None:
    # «Eg har snakka med Statsforvaltaren» names a body the person talked to, not one the person
    # works for: the person is the applicant.
    head = "**Søkjar:** Nils Ante Sara\n\nEg har snakka med Statsforvaltaren i Troms og Finnmark, som vil vere med."
    applicant = sketch(head).applicant
    assert applicant is not None and applicant.name == "Nils Ante Sara"
    assert verdict(head, "eligibility") == "fail"


# ------------------------------------------------------------------ applying together


@pytest.mark.parametrize(
    "head",
    [
        "Etnedal kommune søkjer i lag med Sør-Aurdal kommune. Kommunedirektørane står bak skissa.",
        "Gran kommune søker i lag med Lunner kommune om et innovasjonspartnerskap.",
        "Tromsø Municipality applies jointly with Balsfjord Municipality for an innovation partnership.",
        "Bodø Municipality, in collaboration with Nordland County Authority, submits this sketch.",
        "This sketch is sent by Molde kommune in cooperation with Møre og Romsdal fylkeskommune.",
    ],
)
def test_bodies_that_apply_in_company_with_another_are_both_parties(head: str) -> None:
    assert len(bodies(head)) == 2, (head, bodies(head))
    assert verdict(head, "public-collaboration") == "pass", head


@pytest.mark.parametrize(
    "head",
    [
        "Etnedal kommune søkjer. Vi vil utvikle løysingar i lag med næringslivet.",
        "Tromsø Municipality applies. We want new forms of cooperation between schools and NAV.",
        "Bodø Municipality applies. Nordland County Authority publishes the statistics we use.",
    ],
)
def test_a_body_named_without_a_word_of_joining_is_no_partner(head: str) -> None:
    assert len(bodies(head)) == 1, (head, bodies(head))
    assert verdict(head, "public-collaboration") == "warn", head


# ------------------------------------------------------------------ partners' lists and fields


@pytest.mark.parametrize(
    "head",
    [
        "**Applicant:** Helse Midt-Norge RHF\n\n**Partners**\n- St. Olavs hospital HF – clinical partner\n- Trøndelag County Authority – planning",
        "**Søkjar:** Voss herad\n\n**Partnarar**\n- Ulvik herad\n- Vestland fylkeskommune",
        "**Søker:** Bergen kommune\n\n__Samarbeidspartnere__\n\n- Askøy kommune\n- Helse Bergen HF",
        "**Applicant:** Nord University\n**Participating public entities:** Nordland County Authority; Bodø Municipality",
        "**Søker:** Bodø kommune\n**Deltakende offentlige virksomheter:** Nordland fylkeskommune, Salten regionråd",
        "**Søkjar:** Voss herad\n**Deltakande offentlege verksemder:** Ulvik herad og Aurland kommune",
    ],
)
def test_partners_under_a_bold_key_or_a_longer_key_are_read(head: str) -> None:
    assert len(bodies(head)) >= 3, (head, bodies(head))
    assert verdict(head, "public-collaboration") == "pass", head


@pytest.mark.parametrize(
    ("head", "named"),
    [
        (
            "**Søker / Applicant:** Stavangerregionen Havn IKS\n**Partnere / Partners:** Bergen og Omland Havnevesen (BOH), Ålesund Havnevesen",
            ["Bergen og Omland Havnevesen", "Ålesund Havnevesen"],
        ),
        ("**Søker:** Domstoladministrasjonen\n**Partnere:** Oslo tingrett, Agder tingrett", ["Oslo tingrett", "Agder tingrett"]),
        ("**Applicant:** Levanger kommune\n**Partners:** Inntrøndelag legevakt (host municipality Steinkjer)", ["Inntrøndelag legevakt"]),
        ("**Søkjar:** Sogndal kommune\n**Partnarar:** Sunnfjord og Ytre Sogn interkommunale brannvesen", ["Sunnfjord og Ytre Sogn interkommunale brannvesen"]),
    ],
)
def test_a_listed_partner_whose_own_words_say_it_is_public_counts(head: str, named: list[str]) -> None:
    assert partners(head) == named, head
    assert verdict(head, "public-collaboration") == "pass", head


@pytest.mark.parametrize(
    "head",
    [
        "**Søker:** Valgdirektoratet\n**Partnere:** Kommunal- og distriktsdepartementet (observatør)",
        "**Applicant:** Bergen kommune\n**Partners:** Statens vegvesen (observer)",
        "**Søker:** Hol kommune\n**Partnere:** Kari Hansen, Per Olsen",
        "**Søker:** Kongsberg kommune\n**Partnarar:** Hallingdal-kommunane (Gol, Hol) gjennom regionrådet",
    ],
)
def test_an_observer_a_person_or_a_broken_fragment_is_no_public_partner(head: str) -> None:
    assert len(bodies(head)) == 1, (head, bodies(head))
    assert not any(")" in p for p in partners(head)), partners(head)


# ------------------------------------------------------------------ one body, two names


@pytest.mark.parametrize(
    ("head", "named"),
    [
        (
            "**Søkjar:** Voss herad\n\nStatsforvaltaren i Vestland er partnar i prosjektet. Statsforvaltaren stadfesta dette i møte.",
            ["Statsforvaltaren i Vestland"],
        ),
        ("**Applicant:** University Hospital of North Norway (UNN)\n**Partners:** UNN, Tromsø Municipality", ["Tromsø Municipality"]),
        ("**Applicant:** City of Oslo\n**Partners:** Oslo kommune, Bærum kommune", ["Bærum kommune"]),
    ],
)
def test_one_body_named_in_two_ways_is_one_party(head: str, named: list[str]) -> None:
    assert partners(head) == named, head


def test_two_offices_of_one_state_body_are_two_parties() -> None:
    head = "**Søker:** Statsforvalteren i Vestland\n**Partnere:** Statsforvalteren i Rogaland"
    assert len(bodies(head)) == 2
    assert verdict(head, "public-collaboration") == "pass"


# ------------------------------------------------------------------ what the applicant's field says it is


@pytest.mark.parametrize(
    "head",
    [
        "**Applicant:** NIVK – Norsk institutt for vann og klima AS (research institute, limited company)",
        "**Applicant:** Funksjonshemmedes transportforum (FTF) – an interest organisation registered as a voluntary association",
        "Søkjar: Næringsforeininga i Aust-Finnmark (medlemsorganisasjon for om lag 140 bedrifter)",
        "**Søkjar:** Vestlandet Nyrepasientforeining (for nyresjuke og pårørande)",
        "**Søker:** Sauland Seniorboliger Borettslag (org.nr. 879 754 321)",
        "**Søker:** Fjordnett (ideell organisasjon for eldre på bygdene)",
        "**Applicant:** Nordic Water Lab (a private research institute)",
    ],
)
def test_an_applicant_described_as_a_company_an_association_or_an_institute_is_not_eligible(head: str) -> None:
    assert verdict(head, "eligibility") == "fail", head


@pytest.mark.parametrize(
    "head",
    [
        # The description speaks of whom the body serves or works with, not of what it is.
        "**Søker:** Bodø kommune (samarbeider med medlemsorganisasjoner og frivillige lag)",
        "**Applicant:** Stavanger Municipality (on behalf of the interest organisations in the region)",
        "**Søker:** Oslo kommune, Bymiljøetaten (i dialog med Nordic Water Lab, et forskningsinstitutt)",
    ],
)
def test_a_public_applicant_that_names_private_bodies_in_its_field_stays_eligible(head: str) -> None:
    assert verdict(head, "eligibility") == "pass", head


# ------------------------------------------------------------------ names that hold «og»


@pytest.mark.parametrize(
    ("head", "named"),
    [
        (
            "**Søker:** Hjartdal kommune\n**Samarbeidspartnere:** Notodden kommune, Vestfold og Telemark fylkeskommune",
            ["Notodden kommune", "Vestfold og Telemark fylkeskommune"],
        ),
        ("**Søkjar:** Volda kommune\n**Partnarar:** Helse Møre og Romsdal HF og Høgskulen i Volda", ["Helse Møre og Romsdal HF", "Høgskulen i Volda"]),
        ("**Applicant:** Alta Municipality\n**Partners:** Troms og Finnmark fylkeskommune and Hammerfest Municipality", ["Troms og Finnmark fylkeskommune", "Hammerfest Municipality"]),
    ],
)
def test_a_name_that_holds_og_is_one_body_not_two_fragments(head: str, named: list[str]) -> None:
    assert partners(head) == named, head


def test_the_applicants_former_name_is_not_a_partner() -> None:
    head = (
        "**Søker:** Vestfold fylkeskommune (tidligere Vestfold og Telemark fylkeskommune)\n**Partnere:** Larvik kommune\n\n"
        "Delingen av Vestfold og Telemark fylkeskommune har ikke stanset samarbeidet."
    )
    assert partners(head) == ["Larvik kommune"]


def test_a_first_line_listing_the_bodies_keeps_a_name_that_holds_og_whole() -> None:
    text = "Kristiansund kommune – Averøy kommune – Møre og Romsdal fylkeskommune\n\n# Trygg ferjekai" + BODY
    assert [p.name for p in parse_sketch(text).partners] == ["Averøy kommune", "Møre og Romsdal fylkeskommune"]


# ------------------------------------------------------------------ a leader's title is not part of a name


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("Styret i Sogn brann og redning IKS har vedteke å vere partnar.", "Sogn brann og redning IKS"),
        ("Board of Nordic Impact Advisors AS approved the sketch.", "Nordic Impact Advisors AS"),
        ("Direktøren i Sykehusapotekene HF har godkjent deltakinga.", "Sykehusapotekene HF"),
        ("Gjennom Pasientreiser HF kan resultata spreiast.", "Pasientreiser HF"),
    ],
)
def test_a_board_or_a_leader_named_before_a_body_is_not_part_of_its_name(sentence: str, named: str) -> None:
    from assistant.core.sketch.registry import find_organisations

    assert [f.body.name for f in find_organisations(sentence)] == [named]


@pytest.mark.parametrize("name", ["Styrk Helse AS", "Board Games AS", "Forte Consulting AS", "Direktoratet for byggkvalitet"])
def test_a_name_that_only_begins_like_a_title_is_whole(name: str) -> None:
    from assistant.core.sketch.registry import find_organisations

    assert [f.body.name for f in find_organisations(f"{name} er med.")] == [name]


# ------------------------------------------------------------------ kinds written in a metadata block


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("FYLK", "fylkeskommune"),
        ("KOMM", "kommune"),
        ("HF", "helseforetak"),
        ("IKS", "offentlig"),
        ("university college", "offentlig"),
        ("statleg høgskule", "offentlig"),
        ("state enterprise", "statlig-etat"),
        ("AS (heileigd av Helse Vest RHF)", "selskap"),
        ("STI", "brukerorganisasjon"),
    ],
)
def test_a_kind_in_the_metadata_block_as_a_register_code_or_in_words_is_read(kind: str, expected: str) -> None:
    text = f"---\ntitle: X\napplicant:\n  name: Eksempel\n  kind: {kind}\n---\n\n# X" + BODY
    s = parse_sketch(text)
    assert s.applicant is not None and s.applicant.kind.value == expected
    assert not [n for n in s.notes if n.code == "metadata-field"], kind


def test_a_unit_named_after_its_body_in_the_metadata_block_has_the_bodys_kind() -> None:
    text = "---\ntitle: X\napplicant: Bergen kommune\npartners:\n  - name: NTNU, Department of Structural Engineering\n---\n\n# X" + BODY
    assert [p.kind.value for p in parse_sketch(text).partners] == ["offentlig"]


# ------------------------------------------------------------------ named, but not as a partner


@pytest.mark.parametrize(
    "head",
    [
        # Only told, asked or contacted.
        "**Søker:** Bergen kommune\n\n## Partnere\n\nMidler kommer fra Helse Vest RHF og Politidirektoratet, som begge er orientert.",
        "**Applicant:** Halden Prison\n\n## Partners\n\nWe have informed Halden Municipality, NAV Halden and Østfold County Authority about the project, and all three have been positive.",
        "**Søkjar:** Levanger kommune\n\n## Partnarar\n\nTrøndelag fylkeskommune ved seksjon for idrett og friluftsliv er orientert.",
        "**Søker:** Tynset kommune\n\n## Partnere\n\nStatsforvalteren i Innlandet, landbruksavdelingen, er orientert.",
        "**Søkjar:** Voss herad\n\n## Partnarar\n\nFagmiljøet ved Høgskulen på Vestlandet er spurt om følgjeevaluering.",
        "**Applicant:** Bodø kommune\n\n## Partners\n\nNord University has been contacted about following the project.",
        # Only in a reference group, as an observer or as an example.
        "**Søkjar:** Vestland fylkeskommune\n\n## Partnarar\n\nStatens vegvesen og Sjøfartsdirektoratet har sagt seg villige til å delta i ei referansegruppe.",
        "**Søker:** Molde kommune\n\n## Partnere\n\nStatens vegvesen er med som referansepartner.",
        "**Applicant:** Tromsø kommune\n\n## Partners\n\nThe Norwegian Public Roads Administration will sit on the reference group.",
        "**Applicant:** Troms fylkeskommune\n\nWe will hold a dialogue with contractors and research partners such as SINTEF and UiT.",
        "**Søker:** Fredrikstad kommune\n\nVi vil samarbeide med fagmiljø, for eksempel Høgskolen i Østfold.",
        # Said to apply alone; the others only interested.
        "**Applicant:** Halden Prison\n\n## Partners\n\nHalden Prison applies alone. Østfold University College has also expressed interest in evaluating the project.",
        "**Søker:** Halden fengsel\n\n## Partnere\n\nHalden fengsel søker alene. Høgskolen i Østfold har også uttrykt interesse for å evaluere prosjektet.",
    ],
)
def test_a_body_only_told_asked_watching_or_given_as_an_example_is_no_partner(head: str) -> None:
    assert len(bodies(head)) <= 1, (head, bodies(head))
    assert verdict(head, "public-collaboration") == "warn", head


@pytest.mark.parametrize(
    "head",
    [
        # Told, and then said to take part.
        "**Søker:** Bodø kommune\n\n## Partnere\n\nNordland fylkeskommune er orientert og har vedtatt å delta som partner.",
        "**Applicant:** Bodø kommune\n\n## Partners\n\nWe have informed Nordland County Authority, which has since signed on as a partner.",
        # A partner named beside an observer.
        "**Søker:** Molde kommune\n\n## Partnere\n\nRauma kommune er partner, og Statens vegvesen deltar som observatør.",
        "**Søkjar:** Voss herad\n\n## Partnarar\n\nUlvik herad deltek i prosjektet; Statsforvaltaren sit i referansegruppa.",
        # «Orientert» said of a leader, not of the body.
        "**Søker:** Tromsø kommune\n\n## Partnere\n\nTroms fylkeskommune er partner. Fylkesdirektøren i Troms fylkeskommune er orientert.",
    ],
)
def test_a_body_said_to_take_part_stays_a_partner(head: str) -> None:
    assert len(bodies(head)) == 2, (head, bodies(head))
    assert verdict(head, "public-collaboration") == "pass", head


# ------------------------------------------------------------------ a private body named first in the field


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("**Applicant:** Fjordline Consulting (on behalf of Bergen Municipality)", "Fjordline Consulting"),
        ("**Søkjar:** Stiftinga Hardanger Kulturarv, i samarbeid med Ullensvang herad", "Stiftinga Hardanger Kulturarv"),
        ("**Applicant:** The Coastal Heritage Foundation (a private foundation), with Tromsø Municipality as partner", "The Coastal Heritage Foundation"),
        ("**Søker:** Stiftelsen Trygg Oppvekst sammen med Drammen kommune", "Stiftelsen Trygg Oppvekst"),
        ("**Søker:** Vestvind Rådgivning på vegne av Bodø kommune", "Vestvind Rådgivning"),
    ],
)
def test_a_private_body_named_first_in_the_applicants_field_is_the_applicant(head: str, name: str) -> None:
    applicant = sketch(head).applicant
    assert applicant is not None and applicant.name == name, (head, applicant)
    assert verdict(head, "eligibility") == "fail", head


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("**Søker:** Kari Nordmann, rådgiver i Bodø kommune", "Bodø kommune"),
        ("**Søker:** Helse og omsorg, Bodø kommune", "Bodø kommune"),
        ("**Søker:** Kommunedirektøren i Bodø kommune", "Bodø kommune"),
        ("**Søker:** Regionrådet for Hadeland (Gran, Lunner og Jevnaker kommuner)", "Gran kommune"),
        ("**Søker:** Prosjektgruppen Trygg Hverdag på vegne av Bodø kommune", "Bodø kommune"),
    ],
)
def test_a_person_a_unit_or_a_public_body_named_first_leaves_the_public_applicant(head: str, name: str) -> None:
    applicant = sketch(head).applicant
    assert applicant is not None and applicant.name == name, (head, applicant)
    assert verdict(head, "eligibility") == "pass", head


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Stiftelsen Trygg Oppvekst søker sammen med Drammen kommune om et innovasjonspartnerskap.", "Stiftelsen Trygg Oppvekst"),
        ("Stiftinga Hardanger Kulturarv (privat stifting) søkjer i lag med Ullensvang herad.", "Stiftinga Hardanger Kulturarv"),
        ("The Coastal Heritage Foundation applies together with Tromsø Municipality.", "The Coastal Heritage Foundation"),
        ("Denne skissen sendes av Foreningen Aktiv Alderdom i samarbeid med Bergen kommune.", "Foreningen Aktiv Alderdom"),
        ("Nordic Water Consulting, a small advisory firm, applies on behalf of Stavanger Municipality.", "Nordic Water Consulting"),
        ("Skisse fra Vestvind Rådgivning, på vegne av Bodø kommune.", "Vestvind Rådgivning"),
    ],
)
def test_a_private_body_a_sentence_says_applies_is_the_applicant(sentence: str, name: str) -> None:
    applicant = sketch(sentence).applicant
    assert applicant is not None and applicant.name == name, (sentence, applicant)
    assert verdict(sentence, "eligibility") == "fail", sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Bergen kommune søker sammen med Stiftelsen Trygg Oppvekst.",
        "Gjennom Klyngen Smart Vann søker Bergen kommune om partnerskap.",
        "Med støtte fra Stiftelsen Dam søker Bergen kommune om partnerskap.",
        "Bergen kommune søker. Stiftelsen Trygg Oppvekst er partner.",
    ],
)
def test_a_private_body_named_beside_a_public_applicant_leaves_it_the_applicant(sentence: str) -> None:
    applicant = sketch(sentence).applicant
    assert applicant is not None and applicant.name == "Bergen kommune", (sentence, applicant)
    assert verdict(sentence, "eligibility") == "pass", sentence


# ------------------------------------------------------------------ a signed letter of intent


@pytest.mark.parametrize(
    "head",
    [
        "**Søker:** Bodø kommune\n\n## Partnere\n\nSaltdal kommune har signert en intensjonsavtale om å delta.",
        "**Søkjar:** Bodø kommune\n\n## Partnarar\n\nSaltdal kommune har skrive under ein intensjonsavtale.",
        "**Søker:** Bodø kommune\n\n## Partnere\n\nIntensjonsavtale med Saltdal kommune er signert.",
        "**Applicant:** Bodø kommune\n\n## Partners\n\nSaltdal Municipality has signed a letter of intent to take part.",
        "**Søker:** Bodø kommune\n**Partnere:** Saltdal kommune (intensjonsavtale signert)",
    ],
)
def test_a_partner_that_has_signed_a_letter_of_intent_takes_part(head: str) -> None:
    assert partners(head) in (["Saltdal kommune"], ["Saltdal Municipality"]), head
    assert verdict(head, "public-collaboration") == "pass", head


@pytest.mark.parametrize(
    "head",
    [
        "**Søker:** Bodø kommune\n\n## Partnere\n\nSaltdal kommune har intensjon om å bli med, men det er ikke avklart.",
        "**Søker:** Bodø kommune\n\n## Partnere\n\nVi har en intensjon om å invitere Saltdal kommune.",
        "**Søker:** Bodø kommune\n**Partnere:** Saltdal kommune (intensjon)",
    ],
)
def test_a_partner_named_only_with_an_intention_does_not_take_part_yet(head: str) -> None:
    assert partners(head) == [], head
    assert verdict(head, "public-collaboration") == "warn", head
