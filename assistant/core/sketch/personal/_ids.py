"""Fødselsnummer, D- and H-numbers: eleven digits in any grouping, validated with python-stdnum.

A chain of digit groups (any spaces, dots, hyphens, dashes, slashes or a line break between them)
that holds exactly eleven digits is an identity number when its two MOD11 check digits pass, or
when a label before it says it is one («fødselsnummer 14035228417») and it is written as one; when
the date, century or "born by today" check then fails, the hit is `checksum_only` (that check
depends on today's date and on rules that change in 2032), but only when the number is written
the way identity numbers are (eleven digits, or six and five). Eleven digits taken out of a longer
chain (a list number or another number before it) must pass stdnum's whole validation, so that
runs of amounts do not throw up chance matches.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._text import Chain

# Eleven digits grouped in thousands («14 037 810 186 kr», «25.400.000.000»): an amount, as no one
# writes an identity number that way, unless a label before it says it is one.
_ID_LABEL = re.compile(
    r"(?:f\.?\s?nr|fnr|fødsels|fodsels|personn|pers\.?\s?nr|d-?\s?n(?:r|o|ummer)\b|h-?\s?n(?:r|ummer)\b|identity|national id|id-?n(?:r|ummer))[^\d\n]{0,30}$",
    re.IGNORECASE,
)


def _thousands(chain: Chain) -> bool:
    sizes = [chain.cuts[k + 1] - chain.cuts[k] for k in range(len(chain))]
    return len(sizes) >= 3 and 1 <= sizes[0] <= 3 and all(size == 3 for size in sizes[1:])


@lru_cache(maxsize=65536)
def _check_digits_pass(digits: str) -> bool:
    from stdnum.no import fodselsnummer  # python-stdnum: loaded when eleven digits turn up

    return digits[9] == fodselsnummer.calc_check_digit1(digits[:9]) and digits[10] == fodselsnummer.calc_check_digit2(digits[:10])


@lru_cache(maxsize=4096)
def valid_identity(digits: str) -> bool:
    from stdnum.no import fodselsnummer

    return fodselsnummer.is_valid(digits)


def identity_kind(digits: str) -> str:
    day, month = int(digits[0:2]), int(digits[2:4])
    if 41 <= day <= 71:
        return "d-number"
    if 41 <= month <= 52:
        return "h-number"
    return "fodselsnummer"


def identity_spans(runs: list[Chain], norm: str = "") -> list[tuple[int, int, str, bool]]:
    """(start, end, digits, checksum_only) of every identity number in these chains of digits
    (`norm`: the text they are in, to read a label before a number grouped in thousands)."""
    out: list[tuple[int, int, str, bool]] = []
    for chain in runs:
        if len(chain.digits) < 11:
            continue
        if len(chain.digits) == 11:
            digits = chain.digits
            labelled = bool(_ID_LABEL.search(norm[max(0, chain.starts[0] - 60) : chain.starts[0]]))
            if not _check_digits_pass(digits):
                # «fødselsnummer 14035228417»: said to be one, written as one; a mistyped or made-up
                # number is still a person's number to the reader (and to the redaction).
                if labelled and chain.cuts in ([0, 11], [0, 6, 11]):
                    out.append((chain.starts[0], chain.ends[-1], digits, True))
                continue
            if _thousands(chain) and not labelled:
                continue
            valid = valid_identity(digits)
            # Check digits alone count only in the ways the number is written (11 or 6 + 5).
            if valid or chain.cuts in ([0, 11], [0, 6, 11]):
                out.append((chain.starts[0], chain.ends[-1], digits, not valid))
            continue
        if _thousands(chain) and not _ID_LABEL.search(norm[max(0, chain.starts[0] - 60) : chain.starts[0]]):
            continue  # «125 400 000 000 kr»: an amount grouped in thousands, however long
        out.extend(_inside_longer_chain(chain))
    return out


def _inside_longer_chain(chain: Chain) -> list[tuple[int, int, str, bool]]:
    out: list[tuple[int, int, str, bool]] = []
    index = {cut: n for n, cut in enumerate(chain.cuts)}
    i = 0
    while i < len(chain):
        j = index.get(chain.cuts[i] + 11)
        if j is not None:
            digits = chain.span(i, j)
            if _check_digits_pass(digits) and valid_identity(digits):
                out.append((chain.starts[i], chain.ends[j - 1], digits, False))
                i = j
                continue
        i += 1
    return out
