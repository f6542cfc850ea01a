"""Interview answers in the sketch: one marked block per question, shaped into sketch prose.

Each answer lives between `<!-- svar: need.q2 -->` and `<!-- /svar -->`, so answering the same
question again replaces it instead of adding a second paragraph. The markers are Markdown
comments: they never count as content and never reach the PDF. A conversational reply («Ja, …»,
«Se tabellen under.») is turned into a sentence, or kept as a note (a comment) when there is no
sentence to keep. The rules are data, per language, in `rubric/answers.toml`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache

from ..data.paths import rubric_dir
from .answerbudget import budget_lines_named

_OPEN = "<!-- svar: {key} -->"
_CLOSE = "<!-- /svar -->"
_BLOCK = re.compile(r"<!-- svar: (?P<key>[a-z0-9-]+\.q\d+) -->\n(?P<body>.*?)\n?<!-- /svar -->", re.DOTALL)
_NOTE = re.compile(r"^<!-- notat: .*-->$", re.DOTALL)


@dataclass(frozen=True)
class Rules:
    interjections: tuple[str, ...]
    pointers: tuple[re.Pattern[str], ...]
    min_words: int = 4
    bare: frozenset[str] = frozenset()  # interjections that open a sentence without a comma («Ja vi har …»)
    unknown: tuple[re.Pattern[str], ...] = ()  # replies saying the answer is not known yet


@dataclass(frozen=True)
class Shaped:
    """What an answer becomes in the sketch: prose, or a note when it holds no sentence."""

    text: str
    note: bool = False


@cache
def rules(lang: str) -> Rules:
    data = tomllib.loads((rubric_dir() / "answers.toml").read_text(encoding="utf-8"))
    table = data.get(lang) or data["nb"]
    words = sorted((str(w) for w in table.get("interjections", [])), key=len, reverse=True)
    return Rules(
        interjections=tuple(words),
        pointers=tuple(re.compile(p, re.IGNORECASE) for p in table.get("pointers", [])),
        min_words=int(table.get("min_words", 4)),
        bare=frozenset(str(w).casefold() for w in table.get("bare", [])),
        unknown=tuple(re.compile(p, re.IGNORECASE) for p in table.get("unknown", [])),
    )


_CLAUSES = re.compile(r"\s*(?:[,;:.!?–]+|\s-\s|\b(?:men|but)\b)\s*", re.IGNORECASE)


def not_known(answer: str) -> bool:
    """Whether a reply says the answer is not known yet («veit ikkje», «Nei, vet ikke», «må sjekke
    med økonomisjefen», «don't know»), in any of the three languages: the question stays open."""
    clauses = [c for c in _CLAUSES.split(answer.strip()) if c and c.strip(" .!?…")]
    everything = [rules(lang) for lang in ("nb", "nn", "en")]
    words = {w.casefold() for r in everything for w in r.interjections}
    unknown = [p for r in everything for p in r.unknown]
    said = False
    for clause in clauses:
        clause = " ".join(clause.strip(" .!?…").split())
        if any(p.fullmatch(clause) for p in unknown):
            said = True
        elif clause.casefold() not in words:
            return False  # a clause that says something: an answer, not «don't know»
    return said


_NOTE_TEXT = re.compile(r"^<!-- notat: (?:«[^»]*»\s*)?(?P<text>.*?)\s*-->$", re.DOTALL)


def left_open(content: str | None) -> bool:
    """Whether an answer's block holds nothing but a reply that the answer is not known yet (kept
    as a note): the question counts as open, so the interview comes back to it."""
    lines = [line.strip() for line in (content or "").splitlines() if line.strip()]
    if not lines or not all(is_note(line) for line in lines):
        return False
    return any((m := _NOTE_TEXT.match(line)) is not None and not_known(m.group("text")) for line in lines)


def answer_key(section: str, number: int) -> str:
    """The key of the `number`th (1-based) question of a section: 'need.q2'."""
    return f"{section}.q{number}"


def answered_keys(body: str) -> set[str]:
    """The questions answered in a section's body, by their markers."""
    return {m.group("key") for m in _BLOCK.finditer(body)} if "<!-- svar:" in body else set()


def answers_as_written(body: str) -> list[str]:
    """The questions whose answer still stands in a section's body as the interview wrote it,
    between its marks, with text that reaches the PDF (not only a note): to be edited into prose."""
    if "<!-- svar:" not in body:
        return []
    return [m.group("key") for m in _BLOCK.finditer(body) if any(line.strip() and not is_note(line) for line in m.group("body").splitlines())]


def parts_as_written(sketch) -> int:
    """How many parts of a sketch still hold interview answers as the interview wrote them."""
    return sum(1 for section in sketch.sections if answers_as_written(section.body))


def answer_in(body: str, key: str) -> str | None:
    """The text kept for one question, or None."""
    for m in _BLOCK.finditer(body):
        if m.group("key") == key:
            return m.group("body")
    return None


def set_answer(body: str, key: str, content: str) -> str:
    """The body with the answer to `key` replaced (or added at the end)."""
    content = content.strip("\n")
    block = f"{_OPEN.format(key=key)}\n{content}\n{_CLOSE}"
    for m in _BLOCK.finditer(body):
        if m.group("key") == key:
            return body[: m.start()] + block + body[m.end() :]
    head = body.rstrip("\n")
    return f"{head}\n\n{block}" if head.strip() else block


def note(text: str) -> str:
    """A note for the sketch's file: a comment that cannot be closed early by its own text."""
    safe = " ".join(text.split()).replace("--", "–").replace("<!", "‹!")
    return f"<!-- notat: {safe} -->"


def is_note(text: str) -> bool:
    return bool(_NOTE.match(text.strip()))


# A pronoun that ends an interjection («ja, det», «nei, det») is the subject of the sentence
# that follows it: «Ja, det er forankra hos kommunedirektøren.» keeps «Det er forankra …»,
# never «Er forankra …».
_SUBJECT_LAST = re.compile(r"[\s,]+(?P<subject>det|dette|that|it)$", re.IGNORECASE)


# What ends an interjection: punctuation («Ja, …», «No. …», «Nei – …»), or the end of the reply.
_AFTER_WORD = r"(?:\s*[,.!:;]+|\s+[–-]+(?=\s|$)|\s*$)\s*"


def _strip_interjection(text: str, words: tuple[str, ...], bare: frozenset[str] = frozenset()) -> tuple[str, str]:
    """The text without the conversational word it opens with, and the subject pronoun that
    word ended with («det» of «Ja, det …»), to put back when a sentence follows ('' if none).

    The word must be followed by punctuation or end the reply: «No supplier offers …», «Kanskje
    vi kan …», «Right now …», «Well-being …» are sentences that begin with that word, and dropping
    it would change what they say. Only the words in `bare` («ja», «yes») are dropped when a
    sentence follows after a blank alone («Ja vi har tall fra SSB»)."""
    for word in words:
        after = rf"(?:{_AFTER_WORD}|\s+)" if word.casefold() in bare else _AFTER_WORD
        m = re.match(rf"{re.escape(word)}\b{after}", text, re.IGNORECASE)
        if m:
            subject = _SUBJECT_LAST.search(text[: len(word)])  # as written: «Det» or «det»
            return text[m.end() :], subject.group("subject") if subject else ""
    return text, ""


UNKNOWN_WORDS = 12  # a reply this short that says the answer is not known yet holds nothing for the sketch
LIST_LINE = 80  # lines typed one under the other, each at most this long, are a list


def shape_answer(answer: str, lang: str, question: str = "") -> Shaped:
    """Turn an interview reply into text fit for the sketch, or a note when it holds no sentence.

    «Ja, kjøpet av den ferdige løsningen er holdt utenfor totalen.» becomes «Kjøpet av den ferdige
    løsningen er holdt utenfor totalen.»; «Ja», «Se tabellen under.» become notes that keep the
    question they answer."""
    r = rules(lang)
    text = answer.strip()
    first, _, rest = text.partition("\n")
    structured = bool(rest) and any(line.lstrip().startswith(("|", "-", "*", "1.")) for line in rest.splitlines())
    stripped, subject = _strip_interjection(first, r.interjections, r.bare)
    stripped = stripped.strip()
    words = len(re.findall(r"\w+", stripped))
    pointer = words <= 8 and any(p.search(stripped) for p in r.pointers)
    unknown = not rest and words <= UNKNOWN_WORDS and not_known(text)  # «veit ikkje, må sjekke med økonomisjefen»
    if (not rest and (words < r.min_words or pointer or unknown)) or (rest and not stripped and not structured):
        quoted = f"«{question.strip()}» " if question.strip() else ""
        return Shaped(note(quoted + text), note=True)
    if subject and stripped and not re.match(r"[,.;:!?]", stripped):
        stripped = f"{subject} {stripped}"
    if stripped:
        stripped = stripped[0].upper() + stripped[1:]
        if not rest and stripped[-1] not in ".!?:…»)\"":
            stripped += "."
    lines = [stripped] if stripped else []
    if rest and not structured:
        # Lines typed one under the other are meant apart, but Markdown joins them into one
        # paragraph (a budget «Post: beløp» per line became one run-on line in the PDF): short
        # lines become a list, longer ones paragraphs of their own.
        typed = [line.strip() for line in [*lines, *rest.splitlines()] if line.strip()]
        if len(typed) > 1 and all(len(line) <= LIST_LINE for line in typed):
            return Shaped("\n".join(f"- {line}" for line in typed))
        return Shaped("\n\n".join(typed))
    if rest:
        lines.append(rest.rstrip())
    return Shaped("\n".join(lines).strip("\n"))


# ---------------------------------------------------------------- what an answer names


_BODY_NAMES = re.compile(
    r"(?:[A-ZÆØÅ][\w-]*\s+){1,3}(?:fylkeskommune|kommune|herad)\b"
    r"|Helse\s+(?:Sør-Øst|Vest|Midt-Norge|Nord|[A-ZÆØÅ][\w-]+)(?:\s+HF)?"
    r"|(?:[A-ZÆØÅ][\w-]*\s+){1,3}HF\b"
    r"|(?:Universitetet|Høgskolen|Høgskulen|Statsforvalteren|Statsforvaltaren)\s+i\s+[A-ZÆØÅ][\w-]+(?:\s+og\s+[A-ZÆØÅ][\w-]+)?"
    r"|\b(?:NTNU|UiO|UiB|UiT|OsloMet|NAV|Husbanken|Kartverket|Statens vegvesen)\b"
)
_LEADING = re.compile(r"^(?:(?:Både|Også|Og|Med|Vi|I|Sammen|Dessuten|Deretter|Også|Både|Both|And|With|We|In|Together|Hos|Frå|Fra|For|Mellom|Blant)\s+)+")
_ORGNR = re.compile(r"\b(\d{3}\s?\d{3}\s?\d{3})\b")


@dataclass
class Found:
    """Partners, budget lines and an applicant named in one answer."""

    partners: list[str] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)  # partner name -> the role the answer gives it
    budget: list[tuple[str, int]] = field(default_factory=list)
    applicant: tuple[str, str | None] | None = None

    def __bool__(self) -> bool:
        return bool(self.partners or self.budget or self.applicant)


def public_bodies_named(text: str, *, bare_places: bool = False) -> list[str]:
    """Public bodies named in free text, in order, each once («Askøy kommune», «Helse Bergen HF»,
    «Helse Sør-Øst RHF»): the registry's reading (`registry.find_organisations`), with the
    pattern above for names it does not hold. With `bare_places` (an answer about partners), a
    municipality written without «kommune» («Lier og Øvre Eiker er med») is that municipality."""
    return [name for name, _start, _key in _bodies_at(text, bare_places=bare_places)]


def _bodies_at(text: str, *, bare_places: bool = False) -> list[tuple[str, int, str]]:
    """(name, where, registry key) of each public body named in `text`, in order, each once."""
    from .registry import classify, find_organisations

    spans: list[tuple[int, int, str, str]] = []  # start, end, name, key
    for f in find_organisations(text):
        if f.body.kind.is_public:
            spans.append((f.start, f.end, " ".join(text[f.start : f.end].split()), f.body.key))
    for m in _BODY_NAMES.finditer(text):
        if any(a < m.end() and m.start() < b for a, b, _n, _k in spans):
            continue
        lead = _LEADING.match(" ".join(m.group(0).split()))
        name = _LEADING.sub("", " ".join(m.group(0).split()))
        start = m.start() + (len(lead.group(0)) if lead else 0)
        spans.append((start, m.end(), name, classify(name).key))
    if bare_places:
        for start, end, place in _bare_places(text, [(a, b) for a, b, _n, _k in spans]):
            name = f"{place} kommune"
            spans.append((start, end, name, classify(name).key))
    out: list[tuple[str, int, str]] = []
    seen: set[str] = set()
    for start, _end, name, key in sorted(spans):
        if name and key not in seen and name.casefold() not in seen:
            seen.update({key, name.casefold()})
            out.append((name, start, key))
    return out


@cache
def _place_pattern() -> re.Pattern[str]:
    """Every municipality's name and other names in the registry, as written (capitalised)."""
    from ..data.datafiles import read_toml
    from .registry import DATA

    names = {n for e in read_toml(DATA).get("kommune", []) for n in [e["name"], *e.get("aliases", [])]}
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


# A place written after one of these is where something is («møte i Drammen», «from Lier»), not
# a body; one followed by anything but a list's joiner, a verb or the sentence's end is part of
# another name («Drammen sykehus», «Lier bibliotek»).
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:i|på|paa|fra|frå|til|mot|ved|nær|rundt|gjennom|utenfor|utanfor|mellom|innen|innan|over|in|at|from|to|near|around|of|av|for)|[-/])\s*$",
    re.IGNORECASE,
)
_PLACE_AFTER = re.compile(r"\s*(?:$|[.,;:!?)–—]|(?:og|and|samt|&)\b)", re.IGNORECASE)
# Or words saying it takes part or has not decided, maybe after a helping verb («Lier har takka
# ja», «Øvre Eiker have joined», «Asker vurderer det»).
_PLACE_VERB = re.compile(r"\s+(?:(?:har|have|has|had|will|shall|skal|vil|er|is|are|også|òg|also|fortsatt|still|nå|no|now)\s+){0,2}", re.IGNORECASE)


def _bare_places(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Municipalities named only by their place name, where the words around say they are a body
    in a list or a sentence of their own, not a place or a part of another name."""
    from .mentions import _TAKES_PART  # the partners' check's words for taking part

    out: list[tuple[int, int, str]] = []
    for m in _place_pattern().finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if any(b <= m.start() and not text[b : m.start()].strip(" \u00a0") for _a, b in taken):
            continue  # «NAV Lier»: a body's local office
        if _PLACE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        if not _PLACE_AFTER.match(text, m.end()):
            spaces, verb = re.match(r"\s*", text[m.end() :]), _PLACE_VERB.match(text, m.end())
            starts = {m.end() + spaces.end(), *([verb.end()] if verb else [])}  # «er med», «har takka ja»
            clause = re.match(r"[^.,;:!?\n]*", text[m.end() :]).group(0)  # «Lier har vurdert det og er med»
            if not any(rx.match(text, at) for at in starts for rx in (_TAKES_PART, _JOINED, _UNDECIDED)) and not (
                verb and verb.end() > m.end() + spaces.end() and (_TAKES_PART.search(clause) or _JOINED.search(clause))
            ):
                continue
        # Only in a sentence that says who takes part or has not decided: «Time is short» is no
        # municipality of Time.
        lo = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        ends = [e for e in (text.find(c, m.end()) for c in ".!?\n") if e != -1]
        sentence = text[lo : min(ends) if ends else len(text)]
        if not (_TAKES_PART.search(sentence) or _JOINED.search(sentence) or _UNDECIDED.search(sentence)):
            continue
        out.append((m.start(), m.end(), m.group(0)))
    return out


_JOINED = re.compile(r"\b(?:joined|joins|on\s+board|vert\s+med|er\s+òg\s+med|er\s+også\s+med|(?:sa|sagt|svart|said)\s+ja|said\s+yes)\b", re.IGNORECASE)


def find_in_answer(answer: str, section: str, *, applicant: str | None, partners: list[str], budget_items: list[str]) -> Found:
    """What an answer names that belongs in the partner list (F5), the budget (F4) or the applicant."""
    from .orgs import normalise_orgnr, orgnr_problem

    found = Found()
    known = {n.casefold() for n in partners}
    bodies = public_bodies_named(answer)
    if applicant is None and bodies and section in ("partners", "summary", "why-us") and re.search(r"\bsøker\b|\bsøkjar\b|applicant", answer, re.IGNORECASE):
        numbers = [normalise_orgnr(m.group(1)) for m in _ORGNR.finditer(answer)]
        orgnr = next((n for n in numbers if n and orgnr_problem(n) is None), None)
        found.applicant = (bodies[0], orgnr)
        applicant = bodies[0]
    if section == "partners":
        named = _bodies_at(answer, bare_places=True)
        aside = _only_mentioned(answer, named) if named else set()
        have = {_key(n) for n in [*partners, *([applicant] if applicant else [])]}
        found.partners = [
            name for name, _at, key in named if name.casefold() not in known and (applicant or "").casefold() != name.casefold() and key not in have and key not in aside
        ]
        from .answerroles import role_after

        starts = [at for _name, at, _k in named]
        for n, (name, at, _k) in enumerate(named):
            if name not in found.partners:
                continue
            end = _name_end(answer, name, at)
            role = role_after(answer, end, starts[n + 1] if n + 1 < len(starts) else None)
            if role:
                found.roles[name] = role
    if section == "budget":
        from .budget import infer_category
        from .budgetmeaning import excluded
        from .model import BudgetCategory

        have = {i.casefold() for i in budget_items}
        # A line said to be kept out of the total goes into the table only as a purchase (its row
        # marked «(ikke med i summen)», outside the sum); any other such line stays in the text.
        found.budget = [
            (item, amount)
            for item, amount in budget_lines_named(answer)
            if item.casefold() not in have and (not excluded(item) or infer_category(item) is BudgetCategory.PROCUREMENT)
        ]
    return found


def _name_end(text: str, name: str, at: int) -> int:
    """Where `name`, read at `at` (its blanks made single, «kommune» added to a bare place), ends in `text`."""
    words = name.split()
    m = re.compile(r"\s+".join(re.escape(w) for w in words)).match(text, at)
    if m is None and words[-1] == "kommune":  # a bare place: the place alone stands in the text
        m = re.compile(r"\s+".join(re.escape(w) for w in words[:-1])).match(text, at)
    return m.end() if m else at + len(name)


def _key(name: str) -> str:
    from .registry import classify

    return classify(name).key


# Right after the names (or the run of names joined by «og», «and», commas): the body has not
# decided yet, or is only positive («Helse Sør-Øst RHF vurderer det», «… vurderer å bli med»,
# «Drammen er positiv», «Asker is considering it», «… har ikkje bestemt seg»), though the same
# sentence says that others take part («Lier er med, Drammen vurderer det»).
_UNDECIDED = re.compile(
    r"[ \t]*+(?:,[ \t]*+(?:som|which|who)[ \t]+)?(?:(?:også|òg|og|also|still|fortsatt|framleis|enno|ennå)[ \t]+)?"
    r"(?:vurderer|vurderar|overveier|overveg|tenker\s+på|tenkjer\s+på|ser\s+på\s+(?:det|saka|om)|"
    r"(?:is|are)\s+(?:still\s+)?(?:considering|thinking\s+about|weighing|undecided|not\s+yet\s+decided)|considers?\b|"
    r"(?:er|var|is|are|was|were)\s+(?:\w+\s+)?(?:usikker\w*|unsure|uncertain|undecided)|"
    r"(?:har|has|have)\s+(?:ikke|ikkje|not)\s+(?:\w+\s+)?(?:bestemt|avgjort|avklart|decided|confirmed|bekreftet|stadfesta))",
    re.IGNORECASE,
)
# Only positive right after the names («Drammen er positiv»), unless the rest of its clause says
# it takes part («Lier og Asker er svært positive og deltar»).
_POSITIVE_AFTER = re.compile(r"[ \t]*+(?:er|var|is|are|was|were)\s+(?:\w+\s+)?(?:positiv\w*|interessert\w*|interested|positive)\b", re.IGNORECASE)


def _only_mentioned(text: str, named: list[tuple[str, int, str]] | None = None) -> set[str]:
    """Keys of the bodies an answer names only as positive or interested, told or asked,
    watching or advising, still considering, or as examples («Helse Førde har sagt seg
    interessert», «Helse Sør-Øst RHF vurderer det»): not partners, by the same reading the
    partners' check uses (`mentions`), with the municipalities named by their place alone."""
    from .mentions import _TAKES_PART, ONLY_WATCHING, aside, joined_runs, only_positive
    from .registry import Found as Named
    from .registry import classify, find_organisations

    everything = find_organisations(text)
    if named is not None:
        taken = [(f.start, f.end) for f in everything]
        everything = sorted(
            [*everything, *(Named(a, b, classify(f"{place} kommune")) for a, b, place in _bare_places(text, taken))], key=lambda f: f.start
        )
    keys = set(only_positive(text, everything))
    for sentence in re.finditer(r"[^.!?\n]+[.!?]?", text):
        s, e = sentence.start(), sentence.end()
        inside = [f for f in everything if s <= f.start < e]
        runs = joined_runs(text, inside)
        for k, f in enumerate(inside):
            last = inside[runs[k][1]]
            positive = _POSITIVE_AFTER.match(text, last.end, e)
            if positive is not None:
                clause = re.match(r"[^,;:]*", text[positive.end() : e]).group(0)
                positive = None if _TAKES_PART.search(clause) else positive
            if aside(text, inside, runs[k], e) or ONLY_WATCHING.match(text, f.end, e) or _UNDECIDED.match(text, last.end, e) or positive:
                keys.add(f.body.key)
    return keys
