"""Hostile sketches: one shape each that once made a check pattern re-scan a run at every start.

`hostile_sketch(kind, size)` gives a sketch whose «need» (or budget) section is `size`
characters of the shape. Shared by `bench_hostile.py` and the tests (`tests/core/test_hostile_regex.py`).
"""

from __future__ import annotations

HEAD = '---\ntitle: T\napplicant:\n  name: Bergen kommune\n  orgnr: "964338531"\n---\n\n'

# kind: (what comes first, the repeated unit[, what ends the run]). Each was quadratic or worse
# before; the measured time of a 20 KB file then is in the comment.
SHAPES = {
    "dots": ("## Behov\n\n", "1."),  # «1.1.1.…»: 6.1 s for 20 KB (large-budget-items)
    "commas": ("## Behov\n\n", "12345, 678, "),  # 2.3 s for 20 KB (large-budget-items)
    "spaced-amounts": ("## Behov\n\n", "1 000 000 "),  # 4.0 s for 2 500 amounts (large-budget-items)
    "kr-amounts": ("## Behov\n\n", "kr 1 "),
    "budget-dots": ("## Budsjett\n\n", "1."),  # the budget check's money pattern
    "budget-cell": ("## Budsjett\n\n| Post | Beløp |\n|---|---|\n| a |", "1 ", " |"),  # one cell of digits
    "open-tags": ("## Behov\n\n", "<a "),  # the HTML-tag pattern: 17 s for 1 MB
    "open-links": ("## Behov\n\n", "[a]("),  # the link pattern: 4 s for 1 MB
    "open-comments": ("## Behov\n\n", "<!--x "),
    "heading-blanks": ("## Behov\n\n## a", " ", "b"),  # the ATX heading pattern: 6.6 s for 20 KB
    "numbered-heading-blanks": ("## Behov\n\n#1a", " ", "b"),  # «#7. Budsjett» headings: 2.2 s for 20 KB
    "blank-line": ("## Behov\n\n", " ", "x"),  # the «Søker:» field pattern: 3.3 s for 3 000 blanks
    "field-blanks": ("Søker: Bergen", " ", "kommune"),  # a «Søker:» line's names: 0.3 s for 3 000 blanks
    "field-no-colon": ("Søker", " ", "x"),  # a field key, blanks, no colon: the same pattern
    "addressed-blanks": ("## Behov\n\n", " ", "til Innovasjon Norge"),  # «Til …» lines: 6.7 s for 8 000 blanks
    "heading-lines": ("", "#\n"),  # 100 000 headings: the level count was quadratic
    "place-list": ("Skisse fra ", "Aa, Bb og "),  # a list of places read before «kommuner»: 186 s for 200 KB
    "place-list-plural": ("Skisse fra ", "Bodø, Ås og kommuner "),  # the same, read back from each plural word
    "technology-nouns": ("## Behov\n\n", "sensorer og "),  # each technology noun searched its whole «sentence»: minutes for 200 KB
    "open-brackets": ("## Behov\n\n", "(a rapport "),  # a source in brackets, looked for at every bracket
    "cost-and-board-words": ("## Behov\n\n", "kostnad styret orientert kr 5 000 "),  # every hit's sentence is the whole megabyte
    "budget-prose-amounts": ("## Budsjett\n\n", "Post 2 kr (1 kr) og 1 kr. "),  # one line of sentences with amounts: 145 s for 500 KB
    "excluded-senses": ("## Mål\n\n", "mer energi til å smart sensor bærekraftig bemanning "),  # hits × excluded spans: 4.8 s for 1 MB
    "thousands-commas": ("## Budsjett\n\nNOK 1", ",000"),  # «NOK 1,000,000,…» read as English thousands
}


def hostile_sketch(kind: str, size: int) -> str:
    """A sketch with `size` characters of the shape `kind` (see SHAPES)."""
    before, unit, *after = SHAPES[kind]
    body = (unit * (size // len(unit) + 1))[:size]
    return f"{HEAD}{before}{body}{''.join(after)}\n"
