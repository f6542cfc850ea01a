"""The words that say a text speaks of the project's budget, not of a body's own: cues that a
block is the budget, a budget cited as a source or owned by a body, a budget part saying there is
no budget yet, and the sentences that state a total. `budget` finds and reads budgets with them."""

from __future__ import annotations

import re

from .amounts import find_amounts

# A year's budget named as a source in brackets («(budsjett 2024)», «(budget 2023)»): the body's own
# annual budget, not the project's.
# So is a body's budget named as its own («Mattilsynet bruker en stor del av budsjettet sitt, som
# er på 1,8 mrd.», «kommunens årsbudsjett», «its annual budget»): a figure about the need.
_CITED_BUDGET = re.compile(
    r"\((?:[^()\n]{0,40}\s)?(?:budsjett|budget)\w*\s+(?:for\s+)?(?:19|20)\d\d\s*\)|"
    r"\bbudsjett(?:et|a)\s+(?:sitt|sin|vårt|vår|deira|deires|deres|hennar|hans)\b|\b(?:sitt|sine|vårt|deira|deres)\s+(?:årlege\s+|årlige\s+|samla\s+|samlede\s+)?budsjett\w*|"
    r"\b(?:års|drifts|helse|kommune|stats)budsjett\w*|\b\w+(?:kommunes|kommunens|fylkeskommunens|etatens|direktoratets|tilsynets|statens)\s+budsjett\w*|"
    r"\b(?:its|their|our)\s+(?:own\s+|annual\s+|yearly\s+|operating\s+|total\s+)*budget\b|\b(?:annual|operating|state|municipal)\s+budgets?\b|"
    # The strain on public budgets, which is the need, not the project's budget («det er kjernen i
    # budsjettutfordringen til kommunene», «budsjettpresset», «store offentlege budsjettpostar»,
    # «budget pressures», «large public budget items»).
    r"\bbudsjett(?:utfordring|press|situasjon|kutt|belastning|balanse|sprekk|overskridels)\w*|"
    r"\b(?:store|tunge|offentlige|offentlege)\s+(?:offentlige\s+|offentlege\s+)?budsjettpost\w*|"
    r"\bbudget(?:ary)?\s+(?:pressures?|challenges?|constraints?|cuts?|strain|situation)\b|\b(?:large|heavy|major)\s+(?:public\s+)?budget\s+items?\b",
    re.IGNORECASE,
)
# A budget part that says the budget is not made yet («Vi vil komme tilbake til et budsjett
# dersom skissen går videre», «Vi har ikkje laga budsjett enno», «A budget will be prepared
# later»): no budget, whatever amounts the rest of the text gives.
NO_BUDGET_YET = re.compile(
    r"\b(?:komme|kome)\s+tilbake\s+(?:til|med)\s+(?:et\s+|eit\s+|ett\s+|detaljert\s+|eit\s+detaljert\s+|et\s+detaljert\s+)?budsjett|"
    r"\b(?:ikke|ikkje|ennå\s+ikke|enno\s+ikkje)\s+(?:laget|laga|utarbeidet|utarbeida|satt\s+opp|sett\s+opp|lagt|fastsatt|fastsett)\s+(?:noe\s+|noko\s+|et\s+|eit\s+)?budsjett|"
    r"\bbudsjett(?:et)?\s+(?:vil\s+bli|blir|skal|vert|kjem|kommer)\s+(?:utarbeid\w*|laget|laga|lages|lagast|sett\s+opp|satt\s+opp|fastsatt|fastsett|klart?|seinare|senere)|"
    r"\bbudsjett(?:et)?\s+(?:er|står)\s+(?:ikke|ikkje)\s+(?:klart|ferdig|laget|laga|utarbeidet|utarbeida)|\bhar\s+(?:ennå\s+|enno\s+)?(?:ikke|ikkje|ingen)\s+budsjett|"
    r"\b(?:return|come\s+back)\s+(?:to|with)\s+(?:a|the)\s+(?:detailed\s+)?budget|\b(?:not|yet\s+to)\s+(?:yet\s+)?(?:prepared|made|drawn\s+up|developed|set\s+up)\s+(?:a|the|any)\s+budget|"
    r"\bbudget\s+(?:will|is\s+to|shall)\s+be\s+(?:prepared|made|drawn\s+up|developed|set)\b|\b(?:have|has)\s+no\s+budget\b|\bno\s+budget\s+(?:yet|has\s+been)\b|"
    # «Vi vil utarbeide et budsjett … dersom skissen går videre»: a budget still to be made.
    r"\b(?:vil|skal|kommer\s+til\s+å|kjem\s+til\s+å)\s+(?:utarbeide|utarbeida|lage|laga|sette\s+opp|setje\s+opp|setja\s+opp)\s+(?:et|eit|ett)\s+(?:\w+\s+)?budsjett\b"
    r"(?=[^.\n]{0,120}\b(?:dersom|når|om|viss|hvis|etter|seinare|senere)\b)|"
    r"\b(?:will|shall|are\s+going\s+to)\s+(?:prepare|draw\s+up|develop|make|set\s+up)\s+(?:a|the)\s+(?:\w+\s+)?budget\b(?=[^.\n]{0,120}\b(?:if|when|once|after|later)\b)",
    re.IGNORECASE,
)

# A budget part that opens by saying it is not made, its heading the subject («Budsjett» over
# «– Ikke satt opp ennå», «Budsjett: ikkje laga enno», «Budget: not yet worked out»).
NOT_MADE_OPENING = re.compile(
    r"^[\s*_>:•–—-]*(?:(?:er|is|has)\s+)?(?:ennå\s+|enno\s+|endå\s+)?(?:ikke|ikkje|not)\s+(?:(?:yet|ennå|enno|endå|been)\s+)?"
    r"(?:satt\s+opp|sett\s+opp|laget|laga|lagd|utarbeidet|utarbeidd|utarbeida|beregnet|berekna|klart|klar|ferdig|drawn\s+up|prepared|worked\s+out|made|ready|set\s+up|done|calculated)\b",
    re.IGNORECASE,
)
# A single sum given as a guess, not as the project's cost («tenker kanskje 2–3 mill. kr», «maybe
# 2–3 million», «a rough guess»): the writer says no budget stands behind it.
GUESSED_SUM = re.compile(
    r"\b(?:kanskje|kanhende|kan\s+hende|muligens|moglegvis|maybe|perhaps|possibly|gjett\w*|guess\w*|tipper|tippar|aner\s+ikke|veit\s+ikkje|vet\s+ikke|no\s+idea)\b",
    re.IGNORECASE,
)

_CITED_REACH = 80  # characters either side of a cue that a cited or owned budget's words can take


def _cue(text: str) -> bool:
    """Whether the text speaks of the project's budget: a cue that is not inside a year's budget
    cited as a source or a body's own budget. Each cue's neighbourhood alone is read, so a long
    text with no cue costs one scan."""
    for m in _BUDGET_CUE.finditer(text):
        lo = max(0, m.start() - _CITED_REACH)
        window = text[lo : m.end() + _CITED_REACH]
        if not any(c.start() + lo <= m.start() and m.end() <= c.end() + lo for c in _CITED_BUDGET.finditer(window)):
            return True
    return False


_BUDGET_CUE = re.compile(
    r"\bbudsjett\w*|\bkostnadsoverslag\w*|\bprosjektperiode\w*|\bprosjektet\s+(?:vil\s+)?kost\w*|\bfrikjøp\w*|"
    r"\bprosjektled\w*|\bprosjektleiing\w*|\butviklingsfase\w*|\bbudget\w*|\bproject\s+(?:cost|management)\w*|\bstaff time\b",
    re.IGNORECASE,
)


_BUDGET_LABEL = re.compile(
    r"^\W*(?:tentativt\s+|foreløpig\s+|total\s+|samla\s+|samlet\s+|estimated\s+|tentative\s+)?(?:budsjett|budget|kostnadsoverslag|kostnadsramme)\w*\s*:",
    re.IGNORECASE,
)


_TOTAL_CUE = re.compile(
    r"\bkostnad(?:en|ene)?\s+(?:er|blir)\s+(?:beregnet|berekna|anslått|estimert|rekna)\b|\b(?:prosjektet|partnerskapet|partnarskapet)\s+(?:vil\s+)?kost\w*|"
    r"\b(?:total|samla|samlet)\w*\s+(?:kostnad|budsjett)\w*|\bbudsjettet\s+(?:er|blir|på)\b|\bestimated\s+(?:cost|budget)\b|"
    r"\bthe (?:project|partnership) (?:will )?costs?\b|\btotal budget\b|\bsøk(?:er|jer)\s+(?:derfor\s+|dykk\s+)?om\b|\bwe apply for\b|\bI apply for\b|"
    r"\bapplying for\b|\bsøknadsbeløp\w*|"
    # «Det tentative budsjettet for prosjektperioden 2027–2029 utgjer 5 400 000 kroner», «The
    # tentative budget amounts to …»: a budget said to be the project's, and what it comes to.
    r"\b(?:tentative?|tentativt|foreløpig\w*|førebels\w*|provisional|indicative)\s+(?:budsjett|budget)\w*|"
    r"\b(?:budsjett|budget)\w*\s[^.\n]{0,80}?\b(?:utgjer|utgjør|beløper|amounts?\s+to|totals?)\b",
    re.IGNORECASE,
)


# A line that says where to reach the applicant: a mailbox, a post box, a phone or switchboard.
_CONTACT = re.compile(
    r"[\w.+-]@[\w-]+\.\w|\bpost(?:boks|box|adresse)\b|\bp\.?\s?o\.?\s?box\b|\b(?:tlf|telefon|sentralbord|switchboard|e-post|e-mail|phone)\b\.?\s*:?\s*\+?\d",
    re.IGNORECASE,
)
# Where a sentence ends: a stop and a space.
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def before_contact(raw: str, contact: int) -> str:
    """The whole sentences of a line before the one that gives a contact, when one of them holds
    an amount; else nothing (the line is where to reach the applicant)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(raw, 0, contact)]
    head = raw[: ends[-1]] if ends else ""
    return head if find_amounts(head) else ""


# A sentence about the budget's financing: own contributions, a body providing a share of it, the
# rest applied for.
_FUNDING = re.compile(
    r"\b(?:egeninnsats|eigeninnsats|egenandel|eigendel|eigenandel|egenfinansiering|eigenfinansiering|own\s+contributions?|in-kind|"
    r"co-?fund\w*|co-?financ\w*|risikoavlastning\w*|risk\s+relief)\b|"
    r"\bstill(?:er|ar)\s+(?:sjølv(?:e)?\s+|selv\s+)?med\b|"
    r"\bdekk(?:er|jer|es|ast)\s+[^;\n]{0,60}?\bav\s+dette\b|"
    r"\b(?:covers?|contributes?|provides?)\s+[^;\n]{0,60}?(?:\bthe\s+rest\b|\bof\s+(?:this|it|the\s+total)\b|;\s*we\s+apply)|"
    r"\b(?:søk(?:er|jer)|apply)\s+(?:om\s+|for\s+)?(?:resten|restbeløpet|the\s+rest|the\s+remainder)\b",
    re.IGNORECASE,
)
# A body that pays an amount, its verb right before the sum («Nordland dekker 12 mill. kr, Troms
# 8 mill. kr og Kystverket 2 mill. kr», «Fylket betaler 3 mill.», «The county pays NOK 4 million»):
# who pays, not what is paid for. The sentence opens with the payer (`who`).
_PAYS = re.compile(
    r"^(?P<who>[^.;:\n]{1,80}?)\s+(?:dekker|dekkjer|betaler|betalar|finansierer|finansierar|bidrar\s+med|bidreg\s+med|"
    r"covers|pays|funds|finances|contributes)\s+(?:(?:inntil|opptil|om\s+lag|omlag|ca\.?|cirka|rundt|up\s+to|about|around|some)\s+)?"
    r"(?:kr\.?\s*|nok\s*)?\d",
    re.IGNORECASE,
)
# What opens a sentence about the cost itself («Budsjettet dekker 2 mill. kr til …», «Posten dekker
# …», «This covers …»): the budget or one of its posts, not a body that pays.
_COST_SUBJECT = re.compile(
    r"\b(?:budsjett\w*|beløp\w*|post(?:en|ane|ene)?|linj\w*|midl(?:ene|ane)|prosjekt\w*|summ\w*|ramm\w*|totalen|dette|det|den|"
    r"budget|amount|item|line|funds|project|sum|total|this|it)\b",
    re.IGNORECASE,
)


# A payer is named: a word of three letters or more, not a preposition that opens a time or a place.
_PAYER = re.compile(r"^(?!(?:i|in|på|on|for|med|with|av|of|til|to|etter|after|fra|frå|from|by|under|during|innen|innan)\b)[^\n]*?[^\W\d_]{3}", re.IGNORECASE)


def funding(sentence: str) -> bool:
    """Whether a sentence after a budget's costs says who pays for them (an own contribution, a
    body providing a share, the rest applied for), not one more cost."""
    if _FUNDING.search(sentence):
        return True
    m = _PAYS.match(sentence.strip(" \t*_–-"))
    if m is None:
        return False
    who = m.group("who")
    # «I 2028 dekker 7 mill. kr utviklingsfasen»: a time, not a body, opens the sentence.
    return bool(_PAYER.match(who)) and not _COST_SUBJECT.search(who)
