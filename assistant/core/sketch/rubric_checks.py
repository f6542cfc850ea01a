"""The checks a rubric's criteria are judged with, one model per kind (`kind = "keywords"` …),
validated when a rubric is read (see `rubric`)."""

# No `from __future__ import annotations`: pydantic would evaluate every field annotation of
# this module from its string at import (see `rubric`).

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

# Schemas are built when a rubric is first validated, not at import (see `rubric`).
_CONFIG = ConfigDict(extra="forbid", defer_build=True)


class _Check(BaseModel):
    model_config = _CONFIG


class EligibilityCheck(_Check):
    kind: Literal["eligibility"]


class PageLimitCheck(_Check):
    kind: Literal["page_limit"]
    warn_fraction: float = 0.95  # warn when this share of the limit is used


class SectionCheck(_Check):
    kind: Literal["section"]
    section: str
    fail_below_words: int = 0
    warn_below_words: int = 60
    missing: Literal["fail", "warn"] = "fail"
    need_words: list[str] = []  # patterns that show the text speaks of a need; none found: warn
    solution_words: list[str] = []  # patterns that show it describes a solution instead: warn
    # Patterns of a sentence that names the answer or says it exists and is used already («the
    # solution is …», «such systems are in use abroad»): a need so told is not unsolved: warn.
    solved_words: list[str] = []
    vague_words: list[str] = []  # patterns of talk in general terms; two kinds and no figure: warn
    # Patterns of a sentence that speaks of trends, change or what ought to be («Klimaendringene og
    # demografien gir nye forventninger», «Vi trenger løsninger som går på tvers») rather than of
    # what goes wrong for whom: a part told mostly in such sentences, none sized, warns.
    general_words: list[str] = []
    # A need told concretely, sentence by sentence: what goes wrong (`wrong_words`: «venter»,
    # «fråvær», «do not get»), how much, how often or where (`scale_words`: a figure, «kvar natt»,
    # «for months», «langt frå sentrum») and for whom (`affected_words`: residents, patients,
    # pupils, staff). A text that tells its need so in enough sentences tells it, whatever part
    # heading or problem word it lacks (see `checks_told`).
    affected_words: list[str] = []
    wrong_words: list[str] = []
    scale_words: list[str] = []
    # Patterns of a line or sentence that argues nothing (a partner named with its role, «Vi er
    # godt egnet.» with no reason): a part made only of such says nothing of its own: warn.
    hollow: list[str] = []
    # A part of one sentence that matches none of these (a figure, an earlier deed, data held, a
    # first or only position, an arrangement shared already) claims without a reason: warn.
    lone_reasons: list[str] = []
    # With no part of its own, the part named first in `answer_parts` («Om partnerskapet») that
    # makes the claim (`claims`: «Vi er godt egnet», «best placed») and gives no reason in any
    # line (each hollow, or the claim alone without a `lone_reasons` reason) is the answer: warn.
    answer_parts: list[str] = []
    claims: list[str] = []
    because: list[str] = []  # a claim that goes on to give its reason («… fordi vi …») is no bare claim
    # Patterns of a reason why the applicant is placed to do it (an earlier deed, data or land held,
    # a whole chain covered, knowing the field in detail): a part headed as the section passes on
    # the first line or sentence giving one, quoted; long enough and giving none, it warns. A match
    # inside one of `no_reasons` (the body's size or its responsibility: «landets største», «har
    # ansvaret for») is no reason.
    reasons: list[str] = []
    no_reasons: list[str] = []
    # Patterns of a company's own track record (its experience, what it has delivered, whom it
    # knows, «the data» unnamed): when the applicant is a company, these are its sales pitch, not
    # a reason the public partnership is best placed, and void the reason words they cover like
    # `no_reasons`. Data or assets told, a service run, the partners' own reasons still count.
    firm_pitch: list[str] = []
    # Patterns of a sentence that shows, wherever it stands, a reason of the applicant's own that
    # can be checked (data or a series it holds, infrastructure or a register it owns or runs, a
    # pilot it ran, a deed kept up since a year): with no part headed as the section, one such
    # sentence in the need or the partners' part argues it unheaded.
    unheaded_reasons: list[str] = []


class Phrase(BaseModel):
    """A pattern that marks solution-first or technology-first wording."""

    model_config = _CONFIG
    pattern: str  # a regular expression, matched case-insensitively
    weight: int = 1  # an explicit 'we will build X' weighs more than a technology noun


class TechnologyFirstCheck(_Check):
    kind: Literal["technology_first"]
    phrases: list[Phrase]
    lead_sections: list[str] = ["summary", "need"]
    fail_at: int = 2  # this many solution-first phrases in the lead sections fail the criterion
    warn_at: int = 1  # this many warn; fewer are only pointed out
    # A part headed as the solution («Løsningen», «Løsningen vi vil utvikle») counts as much as
    # a plan to build a named technology (patterns matched against the heading, lower-cased).
    solution_headings: list[str] = []
    # A technology named as what exists or is tried elsewhere today («Markedet tilbyr i dag …
    # sensorer», «St. Olavs har hatt førerløse vogner siden 2010») describes the state of things,
    # not the sketch's starting point: such a sentence takes a technology noun out of the count,
    # but not a first-person plan to build or buy it.
    described: list[str] = []
    # …unless the same sentence says what the applicant will do with it («… finnes i dag, og vi
    # vil ta dem i bruk»): then it is a plan again.
    planned: list[str] = []
    # A sentence that specifies what the technology will do («Appen skal vise hvor bussen er, … når
    # barnet ikke skal være med») is a plan: a «not» elsewhere in it does not take the noun out.
    specified: list[str] = []
    # A sketch that says outright its solution is not chosen («Vi har ikke valgt verken teknologi
    # eller leverandør», «the final solution may just as well be a change of rules»): a plan to
    # build a tool said outside the summary and the need is then one road among others.
    open_solution: list[str] = []
    # A phrase in a sentence that says «not» («vi ber ikke om en app») does not count; nynorsk «no»
    # («now») before a verb or a word of its own («vi ønskjer no å utvikle …») is no English «no».
    negations: list[str] = ["\\bikke\\b", "\\bikkje\\b", "\\bnot\\b", "(?<![.\\w])no\\b(?!\\s+(?:å|har|hev|er|skal|vil|ønskjer|treng|kan|må|blir|vert|ein|ei|eit|dei|vi|me|i|på|for)\\b)", "\\buten\\b", "\\butan\\b", "\\bwithout\\b", "\\bkanskje\\b", "\\bmaybe\\b", "\\bperhaps\\b", "\\bfor eksempel\\b", "\\btil dømes\\b", "\\bf\\.\\s?eks\\b", "\\bfor example\\b", "\\bfor instance\\b", "\\be\\.\\s?g\\.", "\\bkan være\\b", "\\bkan vere\\b", "\\bcould be\\b", "\\bsammen med (?:leverandør\\w*|næringslivet|markedet|bedrift\\w*)", "\\bsaman med (?:leverandør\\w*|næringslivet|marknaden|bedrift\\w*)", "\\btogether with (?:suppliers|business|the market|companies)", "\\b(?:ingen|inga|nobody|no one|none)\\s+(?:\\w+\\s+)?(?:har|hev|tilbyr|leverer|has|have|offers?)\\b", "\\bkan (?:bli|vere|være) (?:ein|en|ei) del av\\b", "\\b(?:could|may|might) (?:become|be) (?:a )?part of\\b", "\\b(?:opp|op) til (?:partnerskapet|partnarskapet|leverandørene|leverandørane|markedet|marknaden|dialogen)\\b", "\\bup to the (?:partnership|suppliers|market|dialogue)\\b", "\\b(?:nærliggende|nærliggjande|fristende|fristande) å (?:tenke|tenkje) på\\b", "\\b(?:tempting|obvious|natural) to think of\\b", "\\b(?:hvordan|korleis|how)\\s+(?:vi|me|man|ein|en|we|one)\\s+(?:skal|vil|kan|bør|should|shall|can|could|would)\\b"]


class NumbersCheck(_Check):
    kind: Literal["numbers"]
    exclude_sections: list[str] = ["budget"]
    min_figures: int = 3
    sources: list[str] = []
    # Sources that open with a mark, not a word: «(Helse Fonna, 2024)», a footnote «[^1]».
    marked_sources: list[str] = []


class KeywordsCheck(_Check):
    kind: Literal["keywords"]
    patterns: list[str]
    exclude: list[str] = []  # a hit inside a match of one of these does not count
    sections: list[str] = []  # empty: the whole text
    exclude_sections: list[str] = []
    fail_below: int = 0  # fewer distinct hits than this: fail
    warn_below: int = 1  # fewer distinct hits than this: warn
    # A hit that is an amount of at least this many kroner is enough alone (a large budget item).
    large_amount: int = 0
    # In a sketch of fewer words than this, a single hit says little: warn; unless the hit
    # stands under the criterion's own heading in a part of a full sentence, or in a sentence
    # matching one of `aims` («… vil gi ein grønare by»: the sketch states it as its aim).
    thin_text_words: int = 0
    aims: list[str] = []
    # A part whose heading matches one of `heading` («Grønnere og smartere») over a body of a
    # sentence or more (and no `negated` in it) states the aim: it counts as a hit.
    heading: list[str] = []
    # Words found, each standing only in `incidental_sections` (the problem as it is today, the
    # partners, the suppliers) and each time in a sentence matching none of `gains`, are met by
    # chance: warn. When a part headed as one of `gain_parts` names no gain of the kind, a word
    # naming a topic (none of `heading`) in any part is met by chance unless the rest of its
    # sentence matches `gains`.
    incidental_sections: list[str] = []
    gains: list[str] = []
    # When every word found is one of `slogan` («grønnere», «smarter», «bærekraftig») and none
    # stands in a paragraph (or, for a heading, a part) saying what changes (`concrete`: less
    # transport, lower emissions, use of resources, time), the aim is a slogan: warn. A slogan word followed in its sentence by one of `explained` («… der etterlevelse skjer
    # automatisk», «… som gir flere ferdige kandidater») is explained there.
    slogan: list[str] = []
    concrete: list[str] = []
    explained: list[str] = []
    # When every word found stands in a sentence matching one of `in_passing` (an effect the
    # project may also bring: «kan òg gje lågare energibruk», «som òg gir lågare utslepp», «bra for
    # miljøet») and naming no figure, the aim is said only in passing: warn, quoting it.
    in_passing: list[str] = []
    # An effect said in passing and then owned as an aim after it in its sentence («… og dermed
    # lavere utslipp – det er et mål i seg selv for oss», «which is an aim of ours too») is an aim.
    passing_owned: list[str] = []
    # A part headed by the aim (`heading`), the only place the words found stand, of a line or two
    # with no figure and no aim said (`aim_said`), whose every clause says what a tool brings
    # (`tool_benefit`) or a gain on one of `aside_topics` (each one topic: travel, paper, energy …)
    # that the rest of the sketch never names, says a by-product in passing: warn, quoting it.
    aim_said: list[str] = []
    tool_benefit: list[str] = []
    aside_topics: list[str] = []
    # With no hit, one of these (an aim said in other words) makes the verdict warn, not fail.
    soft: list[str] = []
    # With no hit, a line or sentence of a part headed as one of `gain_parts` («Gevinster»,
    # «Kva vi får att») that names one of `public_gains` (a gain for society: fewer call-outs,
    # public funds better prioritised) and none of `own_gains` (the body's own staffing or time)
    # states the aim.
    gain_parts: list[str] = []
    public_gains: list[str] = []
    own_gains: list[str] = []
    # So does, in any part, a sentence that says what the project does to win such a gain
    # (`means_end`: «Ved å gi bedre informasjon tidlig kan vi … unngå unødvendige utrykninger»).
    means_end: list[str] = []
    # A hit whose sentence says its subject is more of today's service («om korleis klinikkane
    # kan utvidast», «about recruiting») does not count; with no other hit, warn quoting it.
    same_service: list[str] = []
    # A hit whose sentence says the dialogue is held to pick a vendor, or only to show vendors a
    # concept already drawn up («for å velge leverandør», «where we present the concept and
    # requirements»), does not count; with no other hit, warn quoting it.
    vendor_choice: list[str] = []
    # A hit in a paragraph that picks a vendor so («… og vi velger den beste. Vi vil ha dialog med
    # leverandører før konkurransen.») is set aside the same way, unless the paragraph plans to
    # develop with business or an innovation partnership (one of `developed_with`).
    developed_with: list[str] = []
    # A hit in a sentence matching one of these is enough alone: a planned talk with firms about
    # what they have or could develop («Vi vil gjerne snakke med leverandører om hva som finnes»).
    enough_alone: list[str] = []
    # Words standing in the criterion's own part when that part is one sentence matching none of
    # these (see SectionCheck.lone_reasons) do not count: the sentence only claims.
    lone_reasons: list[str] = []
    # See SectionCheck.answer_parts: such a part, with `drop_units` as its hollow lines, leaves no hit.
    answer_parts: list[str] = []
    claims: list[str] = []
    because: list[str] = []
    # The headings of the sketch's own part on what the criterion asks («Forankring»): when that
    # part says it is only planned (`negated`) and no word found stands in it, nor a strong word
    # (`strong`) in a sentence elsewhere, the verdict warns, quoting the part.
    own_part: list[str] = []
    # With `statements_only`: a sentence whose plan or «not» (`negated`) stands in another clause
    # than the word found, beside a clause that says it is done (`strong`), still states it.
    clauses: bool = False
    # A hit that is an amount below this many kroner does not count (a budget line, not a cost area).
    small_amount: int = 0
    # A sentence matching one of these gives the value of a stock (equipment, buildings), not a
    # yearly cost: its amounts count only from `large_amount`.
    asset_words: list[str] = []
    # A sentence matching one of these gives a cost summed over the partners («samla for dei seks
    # kommunane»): each public body's share is what `small_amount` is held against.
    shared_words: list[str] = []
    # A sketch that sizes its own cost small but says the same cost or task weighs on many bodies
    # («ei stor oppgåve for alle kystkommunane», «most municipalities face the same cost») shows
    # a large budget item all the same.
    scaled: list[str] = []
    # With `small_amount`: hits that name a cost without sizing it («kostnadene», «dyrt», «costly»).
    # When the sketch sizes its problem's cost itself, and only small (sums, staff-years), these
    # do not outweigh its own figures.
    bare_words: list[str] = []
    # With `bare_words`: the public service areas that weigh on public budgets by their size (care
    # and health, welfare benefits, schools, transport, water and waste, fire and justice,
    # buildings). When every hit is a bare cost word («kostnadene», «dyrt», «costly») and no
    # paragraph holding one names such an area, the cost is named but not shown to be large.
    heavy_areas: list[str] = []
    # With `bare_words`: figures that size a need besides money and staff time (a cost's share or
    # growth in per cent, a public stock in millions of square metres). When every hit is a bare
    # cost word and the sketch gives no such figure, nor an amount or staff time, outside its own
    # project (`own_project`: sentences naming the project, the application, the partnership),
    # the cost is called large, not shown large.
    sizing_figures: list[str] = []
    own_project: list[str] = []
    # With `large_amount`: a hit matching one of these shows how large the cost is (a figure,
    # «flere milliarder», «den største enkeltposten», «en stor del av budsjettet»). The pass
    # finding quotes those; when none does, the sentence of the first cost word, not the bare word.
    scale_words: list[str] = []
    # A hit whose sentence matches one of these, in a sketch whose applicant is no public body,
    # is the applicant's own cost («Vi bruker 60 mill. kr i året på drivstoff»), not a public one.
    private_own: list[str] = []
    # A hit whose sentence matches one of these does not count (the project's own budget in prose).
    drop_sentences: list[str] = []
    # A hit whose whole sentence (a list item or table row counts as one) matches one of these is
    # dropped: the sentence says nothing of what the criterion asks («- Valle kommune – testarena»).
    drop_units: list[str] = []
    # Hits read as statements: a hit standing alone on its line (a heading, a label) does not
    # count; nor one whose sentence matches `negated`, nor one whose sentence matches `weak`
    # unless it also matches `strong` («er orientert» is not «har godkjent»).
    statements_only: bool = False
    # With `statements_only`: when given, a hit counts only in a sentence matching one of these,
    # one that says a leader or body backs, owns or has dealt with the project itself
    # («har godkjent skissen», «er prosjekteigar», «leads the steering group»): «Rådmannen ønsker
    # et mer digitalt bibliotek» or «Formannskapet vedtok en strategi» names a leader, not anchoring.
    backing: list[str] = []
    negated: list[str] = []
    weak: list[str] = []
    strong: list[str] = []
    # A hit that is one of these general nouns as a whole («board», «council», «styret»,
    # «direktør») counts only in a sentence matching `strong`: «the Norwegian Board of Health
    # Supervision has pointed out» names a body, «the board has approved» anchors.
    said_with: list[str] = []
    # When given, a `said_with` hit counts in a sentence matching one of these instead of
    # `strong`: «bedrifter» counts in «vi vil ha dialog med bedriftene», not in «et tilbud som
    # passer for innbyggere og næringsliv».
    said_with_words: list[str] = []
    # A hit matching one of these (the body's chief executive) in a sentence that says only
    # `weak` or `negated` («Kommunedirektøren er orientert», «ennå ikke lagt fram for rådmannen»)
    # makes the verdict `warn` whatever else is found, unless the same role is said strongly too.
    doubt_roles: list[str] = []
    # Which kind of body a `doubt_roles` role heads (a kind of `OrgKind` → its chiefs'
    # words): «Kommunedirektøren er orientert» in a sketch from a municipal enterprise (KF), an
    # IKS or a state agency names the owner's or a partner's chief, not the applicant's own.
    chief_of: dict[str, list[str]] = {}
    # A board or political body (`governing`) said to have decided or to back the sketch anchors it
    # above any chief: «Fellesrådet gjorde vedtak om å søkje. Kommunedirektøren er orientert.» is
    # decided, not in doubt.
    governing: list[str] = []
    # When the applicant is not a public body and no hit's sentence matches `public_roles`, the
    # anchoring is the applicant's own: it passes when a sentence names one of `own_roles` (its
    # board, daglig leder, director) with a `strong` word, and warns otherwise.
    public_roles: list[str] = []
    own_roles: list[str] = []
    # With such own anchoring, a sentence beside it that names a public partner (`public_bodies`)
    # and says its leadership is only informed, asked or still to anchor it (`pending`, or the
    # check's `negated` and `weak` words) leaves the public anchoring the call asks for open.
    public_bodies: list[str] = []
    pending: list[str] = []
    settled: list[str] = []  # a partner's leader has approved or signed: not open
    # Who a partner's backing must come from to anchor it with top management: its chief
    # executive, a director, its board or a political body. «Kommunane har gjeve støttebrev» or a
    # kommunalsjef's «tilslutning» does not say so; when empty, any backing counts.
    top_roles: list[str] = []
    # A private applicant that says it applies on behalf of public bodies («Vi søker på vegne av
    # et nettverk av kommuner», «På vegne av: norske kommuner»): its own board alone leaves the
    # anchoring the call asks for open, until a sentence says those bodies' leaders back it.
    on_behalf: list[str] = []


class PublicBodiesCheck(_Check):
    kind: Literal["public_bodies"]
    min_bodies: int = 2
    missing: Literal["fail", "warn"] = "warn"


class BudgetPresentCheck(_Check):
    kind: Literal["budget_present"]
    min_lines: int = 2


class BudgetProcurementCheck(_Check):
    kind: Literal["budget_procurement"]
    # Older rubric files list their own words; what a line pays for is now read by meaning
    # (rubric/budget.toml), so these are accepted and not used.
    exclusion_patterns: list[str] = []
    procurement_patterns: list[str] = []
    # A budget of one sum, in a sketch whose solution is already designed and ready to build
    # (these words), may pay for building the finished solution: warn, saying so.
    finished_cues: list[str] = []


class PersonalDataCheck(_Check):
    kind: Literal["personal_data"]


class ReadabilityCheck(_Check):
    kind: Literal["readability"]
    warn_lix: float = 55
    fail_lix: float = 70
    long_sentence_words: int = 30
    max_long_sentences: int = 5
    # Many long sentences make a text hard only when its sentences are long on the whole (this
    # many words on average) or several run past `very_long_words`; a clear text of short
    # sentences holds some long ones, and a reader does not stumble on them.
    heavy_mean_words: float = 20
    very_long_words: int = 45
    max_very_long: int = 2


Check = Annotated[
    EligibilityCheck
    | PageLimitCheck
    | SectionCheck
    | TechnologyFirstCheck
    | NumbersCheck
    | KeywordsCheck
    | PublicBodiesCheck
    | BudgetPresentCheck
    | BudgetProcurementCheck
    | PersonalDataCheck
    | ReadabilityCheck,
    Field(discriminator="kind"),
]
