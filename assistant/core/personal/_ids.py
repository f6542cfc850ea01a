"""Fødselsnummer, D- and H-numbers: eleven digits in any grouping, validated with python-stdnum.

A chain of digit groups (any spaces, dots, hyphens, dashes, slashes or a line break between them)
that holds exactly eleven digits is an identity number when its two MOD11 check digits pass; when
the date, century or "born by today" check then fails, the hit is `checksum_only` (that check
depends on today's date and on rules that change in 2032), but only when the number is written
the way identity numbers are (eleven digits, or six and five). Eleven digits taken out of a longer
chain (a list number or another number before it) must pass stdnum's whole validation, so that
runs of amounts do not throw up chance matches.
"""

from __future__ import annotations

from ._text import Group, chains


def _check_digits_pass(digits: str) -> bool:
    from stdnum.no import fodselsnummer  # python-stdnum: loaded when eleven digits turn up

    return digits[9] == fodselsnummer.calc_check_digit1(digits[:9]) and digits[10] == fodselsnummer.calc_check_digit2(digits[:10])


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


def identity_spans(norm: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, digits, checksum_only) of every identity number in the normalised text."""
    out: list[tuple[int, int, str, bool]] = []
    for groups in chains(norm, 11):
        total = sum(len(g.digits) for g in groups)
        if total == 11:
            digits = "".join(g.digits for g in groups)
            if not _check_digits_pass(digits):
                continue
            valid = valid_identity(digits)
            # Check digits alone count only in the ways the number is written (11 or 6 + 5).
            if valid or [len(g.digits) for g in groups] in ([11], [6, 5]):
                out.append((groups[0].start, groups[-1].end, digits, not valid))
            continue
        out.extend(_inside_longer_chain(groups))
    return out


def _inside_longer_chain(groups: list[Group]) -> list[tuple[int, int, str, bool]]:
    out: list[tuple[int, int, str, bool]] = []
    i = 0
    while i < len(groups):
        total, j = 0, i
        while j < len(groups) and total < 11:
            total += len(groups[j].digits)
            j += 1
        if total == 11:
            digits = "".join(g.digits for g in groups[i:j])
            if _check_digits_pass(digits) and valid_identity(digits):
                out.append((groups[i].start, groups[j - 1].end, digits, False))
                i = j
                continue
        i += 1
    return out
