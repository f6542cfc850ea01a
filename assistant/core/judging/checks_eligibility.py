"""Who may apply: the applicant's kind (registry, legal form, name, what the text says of it),
and the organisation numbers of the applicant and its partners."""

from __future__ import annotations

from ..sketch import rubric as r
from ..sketch.model import OrgKind
from ..sketch.orgs import format_orgnr, orgnr_problem
from .checks_base import Context, Outcome
from .findings import Finding, Level, Status


def check_eligibility(ctx: Context, check: r.EligibilityCheck) -> Outcome:
    sketch = ctx.analysis.sketch
    out: list[Finding] = []
    applicant = sketch.applicant
    if applicant is None:
        out.append(ctx.finding(Level.WARN, "eligibility.no-applicant", line=1))
        return Outcome(Status.WARN, out)
    status = Status.PASS
    kind = applicant.kind
    what = _private_what(applicant)
    if kind is OrgKind.PRIVATPERSON and applicant.basis == "person":
        # Only the shape of the name says «person»: a guess, so the checker says it cannot tell.
        out.append(ctx.finding(Level.WARN, "eligibility.maybe-person", line=1, name=applicant.name))
        status = Status.WARN
    elif kind in (OrgKind.SELSKAP, OrgKind.PRIVATPERSON, OrgKind.FORSKNING, OrgKind.KLYNGE, OrgKind.BRUKERORGANISASJON):
        if kind is OrgKind.PRIVATPERSON:
            out.append(ctx.finding(Level.FAIL, "eligibility.private-person", line=1, name=applicant.name))
        elif what:
            out.append(ctx.finding(Level.FAIL, "eligibility.private-kind", line=1, name=applicant.name, what=ctx.say(f"eligibility.what-{what}")))
        else:
            out.append(ctx.finding(Level.FAIL, "eligibility.not-public", line=1, name=applicant.name))
        status = Status.FAIL
    elif kind is OrgKind.UKJENT:
        out.append(ctx.finding(Level.WARN, "eligibility.unknown-kind", line=1, name=applicant.name))
        status = Status.WARN
    elif applicant.basis is None and (private := _named_private(applicant.name)) is not None:
        # The metadata declares a public kind («kind: offentlig») for a name whose legal form is a
        # company's or a foundation's («Nordic Care AS»): a body owned by public bodies may be
        # such a company, but nothing in the text says so, so the checker says it cannot tell.
        out.append(ctx.finding(Level.WARN, "eligibility.declared-private", line=1, name=applicant.name, kind=kind.value, what=ctx.say(f"eligibility.what-{private}")))
        status = Status.WARN
    else:
        out.append(ctx.finding(Level.INFO, "eligibility.public", line=1, name=applicant.name, kind=kind.value))
        if applicant.basis == "e-mail":
            # Only the domain of the writer's address says who applies: enough to tell the kind,
            # but the sketch should say it.
            out.append(ctx.finding(Level.INFO, "eligibility.from-email", line=1, name=applicant.name))
    problem = orgnr_problem(applicant.orgnr)
    if applicant.orgnr and problem:
        out.append(ctx.finding(Level.WARN, "eligibility.orgnr-invalid", line=1, name=applicant.name, orgnr=applicant.orgnr))
        status = Status.WARN if status is Status.PASS else status
    elif not applicant.orgnr:
        out.append(ctx.finding(Level.INFO, "eligibility.orgnr-missing", line=1, name=applicant.name))
    from ..sketch.orgnr_owners import orgnr_owner

    for party in [applicant, *sketch.partners]:
        if party is not applicant and party.orgnr and orgnr_problem(party.orgnr):
            out.append(ctx.finding(Level.WARN, "eligibility.orgnr-invalid", line=1, name=party.name, orgnr=format_orgnr(party.orgnr)))
            status = Status.WARN if status is Status.PASS else status
        elif party.orgnr and not orgnr_problem(party.orgnr) and (owner := orgnr_owner(party.name, party.orgnr)):
            # A public body named with another registered body's number («Akershus fylkeskommune,
            # org.nr. 817 920 632», Trøndelag's) is still the body named: who may apply is unchanged,
            # so the slip is said beside the verdict, not held against it: a warning to act on
            # (shown wherever warnings are, the command line's short list too), the verdict a pass.
            out.append(ctx.finding(Level.WARN, "eligibility.orgnr-other-body", line=1, name=party.name, orgnr=format_orgnr(party.orgnr), owner=owner))
    return Outcome(status, out)


def _named_private(name: str) -> str | None:
    """What private form a name carries by itself (a company's legal form, «Stiftelsen …»), or None."""
    from ..sketch.registry import classify, private_kind

    found = private_kind(classify(name))
    return found if found in ("company", "private-foundation", "private-school") else None


def _private_what(applicant) -> str | None:  # noqa: ANN001
    """What kind of private body the applicant's name says it is (company, consultancy, …)."""
    from ..sketch.registry import classify, private_kind

    if applicant.kind not in (OrgKind.SELSKAP, OrgKind.BRUKERORGANISASJON, OrgKind.FORSKNING, OrgKind.KLYNGE):
        return None
    body = classify(applicant.name)
    found = private_kind(body)
    if found in ("company", "consultancy", "private-school", "private-foundation"):
        return found
    return {"forskning": "research", "klynge": "cluster", "brukerorganisasjon": "association"}.get(body.kind.value)
