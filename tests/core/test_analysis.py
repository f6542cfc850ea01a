"""The word index behind the checker's pattern search: it may skip words, never a match."""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from assistant.core.judging.analysis import Analysis, fold, literal_keys
from assistant.core.sketch.document import parse_sketch
from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.rubric import load_rubric

PATTERNS = (
    r"\bklima\w*",
    r"\bGruß\b",
    r"\bsamarbeid\w*",
    r"\b(?:KI|AI)\b",
    r"\bco₂",
    r"\bdigital\w*",
    r"\d+\s?%",
    r"\bμg\b",
    r"\w*regnskap\w*",
    r"\b\w+direktør(?:en|ane)?\b",
    r"\w+(?:revisjon|statistikk)\b",
    r"\b(?:(?:vi|kommunen)\s+)?(?:skal|vil)\b",
    r"\b(?:maintenance\s+)?backlog\b",
    r"(?P<p0>\b(?:ferdig\s+)?prosjektert\b)|(?P<p1>\bklar til\b)",
    r"\b(?-i:[A-ZÆØÅ])[\wæøå]+s\s+rapport\w*",
    r"\b[A-ZÆØÅ][\wæøå]*direktorat\w*",
    r"(?<!\bkan\s)(?<!\bkunne\s)\bvidereutvikle\w*",
    r"\b(?!prosjekt|drift)\w{3,}(?:kostnad|kostnader)\b",
    r"(?<![\d.,])(?:[5-9]|[1-9]\d)\s*%",
)
WORDS = ["KLİMA", "klima", "Klimautslipp", "ſamarbeid", "SAMARBEID", "GRUẞ", "gruß", "Gruss", "KI", "ki", "AI",
         "CO₂", "co₂-utslipp", "DİGITAL", "digitalt", "ıdigital", "µg", "μg", "40 %", "12%", "Σ", "ς", "og", "–",
         "årsregnskap", "REGNSKAPET", "regnskap-", "Helsedirektøren", "direktør", "KOMMUNEDIREKTØRANE", "kommunerevisjon",
         "statistikk", "SSB-statistikk", "vi", "Kommunen", "skal", "VIL", "vil", "maintenance", "backlog", "Backlog",
         "ferdig", "prosjektert", "klar", "til", "Helsedirektoratet", "ıdirektorat", "ſkattedirektoratet", "SSBs",
         "Kommunens", "ÅLESUNDS", "rapport", "RAPPORTEN", "kan", "kunne", "videreutvikle", "VİDEREUTVİKLE",
         "driftskostnader", "prosjektkostnad", "Personalkostnader", "55 %", "5%", "4 %", "12 %", "Ωmega", "_x"]


def _both_ways(text: str, pattern: str) -> tuple[list[int], list[int]]:
    a = Analysis(parse_sketch(text))
    rx = re.compile(pattern, re.IGNORECASE | re.MULTILINE)
    spans = a.spans_for()
    keyed = [h.start for h in a.find(rx, spans, keys=literal_keys((pattern,)))]
    every_word = [h.start for h in a.find(rx, spans)]
    return keyed, every_word


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30), st.sampled_from(PATTERNS))
def test_the_index_never_hides_a_match(words: list[str], pattern: str) -> None:
    keyed, every_word = _both_ways("## Behov\n\n" + " ".join(words) + ".\n", pattern)
    assert keyed == every_word


def test_letters_the_matcher_takes_for_others_are_found() -> None:
    for text, pattern in (("KLİMAUTSLIPP", r"\bklima\w*"), ("GRUẞ", r"\bGruß\b"), ("ſamarbeid", r"\bsamarbeid\w*"), ("DİGITAL", r"\bdigital\w*")):
        keyed, _ = _both_ways(f"## Behov\n\nVi ser {text} her.\n", pattern)
        assert keyed, (text, pattern)


def test_green_aims_in_capitals_with_a_dotted_i_count() -> None:
    body = "Tiltaket gir lavere KLİMAUTSLIPP og mindre KLİMAAVTRYKK, og vi måler energibruken i byggene."
    report = check_sketch(parse_sketch(f"## Grønnere og smartere\n\n{body}\n"), load_rubric(None))
    plain = check_sketch(parse_sketch(f"## Grønnere og smartere\n\n{body.replace('İ', 'I')}\n"), load_rubric(None))
    assert [c.status for c in report.criteria if c.id == "green-smart"] == [c.status for c in plain.criteria if c.id == "green-smart"]


def test_fold_is_one_letter_for_one_and_agrees_with_the_matcher() -> None:
    for cp in range(0x10000):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        f = fold(c)
        assert len(f) == 1, hex(cp)
        assert re.fullmatch("(?i)" + re.escape(c), f), hex(cp)
        upper = c.upper()
        if len(upper) == 1 and re.fullmatch("(?i)" + re.escape(c), upper):
            assert fold(upper) == f, hex(cp)


def test_words_inside_a_word_and_optional_lead_words_get_keys() -> None:
    """Patterns the index once tried at every word: a literal inside a word, an optional first word."""
    assert literal_keys((r"\w*regnskap\w*",)) == {"*regn"}
    assert literal_keys((r"\w+(?:revisjon|statistikk)\b",)) == {"*revi", "*stat"}
    assert literal_keys((r"\b(?:(?:vi|kommunen)\s+)?(?:skal|vil)\b",)) == {"vi", "komm", "skal", "vil"}
    assert literal_keys((r"(?P<p0>\bklar til\b)",)) == {"klar"}
    # A lookbehind with its own word edge, a lookahead, a leading class, a counted word prefix.
    assert literal_keys((r"(?<!\bkan\s)\bvidereutvikle\b",)) == {"vide"}
    assert literal_keys((r"\b(?!prosjekt)\w{3,}(?:kostnad|utgift)",)) == {"*kost", "*utgi"}
    assert literal_keys((r"\b(?-i:[A-CÅ])\w+s rapport",)) == {"a", "b", "c", "å"}
    assert literal_keys((r"(?:[5-9]|[1-9]\d)\s*%",)) == set("123456789")
    # What cannot be keyed stays unknown: every word is tried.
    for pattern in (r"(?:the )?", r"\w*\d", r"\w*ab", r"(?:vi )*skal", r"[A-Z]?foo", r"[^a]foo", r"[\w]foo",
                    r"(?-i:[A-Z]x", r"[a-\u00ff]x", r"[A-Z]*foo", r"(?!ab"):
        assert literal_keys((pattern,)) is None, pattern
