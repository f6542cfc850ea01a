"""An organisation number copied from another body (the form's example, a partner's) is caught:
the registry knows whose number it is."""

from __future__ import annotations

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.orgnr_owners import orgnr_owner

BERGEN = "964338531"  # Bergen kommune's number, as the registry has it


def _sketch(applicant: str, orgnr: str, partner: str = "") -> str:
    partners = f"partners:\n  - name: {partner}\n    orgnr: \"{BERGEN}\"\n" if partner else ""
    return (
        f"---\ntitle: Trygg hjemme\napplicant:\n  name: {applicant}\n  orgnr: \"{orgnr}\"\n  kind: kommune\n{partners}---\n\n"
        "# Behov\n\nFlere eldre bor hjemme lenger.\n"
    )


def _eligibility(text: str):
    report = check_sketch(parse_sketch(text))
    return report.criterion("eligibility")


def test_a_number_that_belongs_to_another_registered_body_is_named():
    assert orgnr_owner("Trondheim kommune", BERGEN) == "Bergen kommune"
    assert orgnr_owner("Trondheim kommune", "964 338 531") == "Bergen kommune"
    result = _eligibility(_sketch("Trondheim kommune", BERGEN))
    # Trondheim kommune may apply whatever number it wrote: the slip is said beside the pass.
    assert result.status.value == "pass"
    said = [f for f in result.findings if "964 338 531 står oppført på Bergen kommune, ikke på Trondheim kommune" in f.message]
    assert said and said[0].level.value == "warn"  # shown, not hidden among the notes
    assert "rett nummeret" in said[0].message


def test_the_command_line_shows_the_copied_number_beside_the_pass(tmp_path, capsys):
    from assistant.cli.main import main

    path = tmp_path / "trondheim.md"
    path.write_text(_sketch("Trondheim kommune", BERGEN), encoding="utf-8")
    main(["--lang", "nn", "check", "--no-pages", str(path)])
    out = capsys.readouterr().out
    eligibility = out[out.index("eligibility") : out.index("page-limit")]
    assert "OK" in out.split("eligibility")[0].splitlines()[-1]
    assert "964 338 531 står oppført på Bergen kommune, ikkje på Trondheim kommune" in eligibility


def test_a_partner_with_a_copied_number_is_named_too():
    result = _eligibility(_sketch("Bergen kommune", BERGEN, partner="Askøy kommune"))
    assert any("ikke på Askøy kommune" in f.message for f in result.findings)
    assert not any("ikke på Bergen kommune" in f.message for f in result.findings)


def test_the_bodys_own_number_any_unknown_number_and_an_unregistered_unit_pass():
    assert orgnr_owner("Bergen kommune", BERGEN) is None
    assert orgnr_owner("Bergen Municipality", BERGEN) is None  # another name of the same body
    assert orgnr_owner("Trondheim kommune", "911111128") is None  # a valid number the registry does not know
    assert orgnr_owner("Trondheim kommune", "974760673") == "Brønnøysundregistrene"
    assert orgnr_owner("Etat for helse og omsorg", BERGEN) is None  # a unit may use its parent's number
    assert orgnr_owner("Trondheim kommune", None) is None
    # An agency and its directorate may share one number: neither is a municipality or county.
    assert orgnr_owner("Statens vegvesen", "971032081") is None
    result = _eligibility(_sketch("Bergen kommune", BERGEN))
    assert result.status.value == "pass"


AKERSHUS_GIVEN_TRONDELAGS = "817 920 632"  # Trøndelag fylkeskommune's number


def _verdict(text: str):
    return check_sketch(parse_sketch(text)).criterion("eligibility")


def test_a_county_written_with_another_countys_number_in_any_language_still_may_apply():
    # The applicant line as people write it, without a metadata block, in bokmål, nynorsk and English.
    for text in (
        f"**Søker:** Akershus fylkeskommune, org.nr. {AKERSHUS_GIVEN_TRONDELAGS}\n\n# Behov\n\nFlere faller på isen.\n",
        f"**Søkjar:** Akershus fylkeskommune (org.nr. {AKERSHUS_GIVEN_TRONDELAGS})\n\n# Behovet\n\nFleire fell på isen.\n",
        f"**Applicant:** Akershus County Council (organisation number {AKERSHUS_GIVEN_TRONDELAGS})\n\n# Need\n\nMore people fall on ice.\n",
    ):
        result = _verdict(text)
        assert result.status.value == "pass", text
        assert any("Trøndelag fylkeskommune" in f.message and f.level.value == "warn" for f in result.findings), text


def test_near_misses_a_private_applicant_or_a_broken_number_still_count_against_it():
    # A company with a county's number is still a company: the number does not make it public.
    result = _verdict(f"**Søker:** Nordvik Rådgivning AS, org.nr. {AKERSHUS_GIVEN_TRONDELAGS}\n\n# Behov\n\nTekst.\n")
    assert result.status.value == "fail"
    # A number whose check digit is wrong is no registered number at all: it still warns.
    result = _verdict("**Søker:** Akershus fylkeskommune, org.nr. 817 920 633\n\n# Behov\n\nTekst.\n")
    assert result.status.value == "warn"
