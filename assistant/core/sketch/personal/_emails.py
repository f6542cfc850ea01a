"""E-mail addresses by an address grammar: any letters, and the «(at)» / «[at]» / « at » spellings.

The local part is dot-separated atoms of letters, digits and `_ + - %` (Unicode letters included:
`jörg.möller62@…`); the domain is two or more labels of letters, digits and hyphens, the last all
letters. `@` may be written `(at)`, `[at]`, `{at}`, `(a)`, `(krøllalfa)` or ` at ` (the last only when
the local part has a dot, underscore, hyphen or digit, so that "look at bergen.kommune.no" is
prose), and a dot `(dot)`, `[dot]`, `(punktum)`.

An address is personal unless every part of its local part is a role word (`postmottak@…`,
`innovasjon.prosjekt@…`: the addresses a sketch should give) on an organisation's domain; every
address at a consumer provider (gmail, hotmail, online.no …) is personal.
"""

from __future__ import annotations

import re

_DOT = r"(?:\.|\s?[(\[{]\s?(?:dot|punktum|prikk)\s?[)\]}]\s?)"
_BRACKET_AT = r"\s?[(\[{<]\s?(?:at|a|alfa|krøllalfa|snabel-a)\s?[)\]}>]\s?"
_ATOM = r"[\w+%\-]++"
_LABEL = r"[^\W_](?:[\w\-]*[^\W_])?"
_DOMAIN = rf"{_LABEL}(?:{_DOT}{_LABEL})*{_DOT}(?P<tld>[^\W\d_]{{2,24}}|xn--[\w\-]+)(?![^\W_]|-)"
EMAIL = re.compile(
    rf"(?<![\w.+%\-])(?P<local>{_ATOM}(?:{_DOT}{_ATOM})*+)"
    rf"(?P<at>\s?@\s?|{_BRACKET_AT}|\s(?:at|AT)\s)"
    rf"(?P<domain>{_DOMAIN})",
)
# Where an address may be: an @, a bracketed «at», or « at » before something with a dot in it
# («at» is a common Norwegian word: "viser at 59 916 innbyggere" must not send the regex looking).
_HINT = re.compile(r"@|[(\[{<]\s?(?:at|a|alfa|krøllalfa|snabel-a)\s?[)\]}>]|\sat\s+[^\W_][\w\-]*(?:\.|\s?[(\[{]\s?(?:dot|punktum|prikk))", re.I)

# A mailbox at a consumer provider is a private person's, whatever its name says.
CONSUMER_DOMAINS = {
    "gmail.com", "googlemail.com", "hotmail.com", "hotmail.no", "outlook.com", "outlook.no", "live.com",
    "live.no", "msn.com", "yahoo.com", "yahoo.no", "icloud.com", "me.com", "mac.com", "online.no",
    "getmail.no", "broadpark.no", "start.no", "frisurf.no", "c2i.net", "chello.no", "altibox.no",
    "lyse.net", "proton.me", "protonmail.com", "pm.me", "gmx.com", "gmx.net", "aol.com", "mail.com",
    "tutanota.com", "yandex.com", "hushmail.com",
}
ROLE_WORDS = {
    "post", "postmottak", "postkasse", "firmapost", "kontakt", "contact", "info", "informasjon", "servicetorg",
    "servicesenter", "sentralbord", "kundeservice", "support", "hjelp", "help", "noreply", "no-reply", "no",
    "reply", "admin", "administrasjon", "innovasjon", "prosjekt", "project", "sekretariat", "office", "kontor",
    "okonomi", "økonomi", "faktura", "invoice", "personal", "hr", "it", "presse", "press", "media",
    "kommunikasjon", "redaksjon", "webmaster", "ikt", "drift", "mottak", "soknad", "søknad", "anskaffelser",
    "innkjop", "innkjøp", "lup", "fou", "utvikling", "tjenester", "helse", "omsorg", "skole", "barnehage",
    "velferdsteknologi", "digitalisering", "kundesenter", "servicekontor", "politikk", "styret", "sak", "arkiv",
}


# A mailbox that starts with one of these is an office's, whatever unit follows
# (`postmottak.vann@…`, `kontakt-helse@…`): no person is called «postmottak».
MAILBOX_WORDS = {
    "post", "postmottak", "postkasse", "firmapost", "kontakt", "contact", "info", "informasjon", "servicetorg",
    "servicesenter", "sentralbord", "kundeservice", "kundesenter", "servicekontor", "noreply", "no-reply",
    "sekretariat", "mottak", "support",
}


def is_consumer_address(address: str) -> bool:
    """Whether an address (any «(at)» spelling) is a mailbox at a consumer provider: a private person's."""
    canon = re.sub(r"\s?[(\[{<]\s?(?:at|a|alfa|krøllalfa|snabel-a)\s?[)\]}>]\s?|\s(?:at|AT)\s", "@", address)
    canon = re.sub(_DOT, ".", canon, flags=re.I)
    return canon.casefold().rpartition("@")[2].strip().rstrip(".") in CONSUMER_DOMAINS


def email_is_personal(address: str) -> bool:
    """Whether an e-mail address is plausibly one person's: any local part but a role address."""
    local, _, domain = address.casefold().rpartition("@")
    if domain.rstrip(".") in CONSUMER_DOMAINS:
        return True
    parts = [p.rstrip("0123456789") for p in re.split(r"[._\-+]", local)]
    parts = [p for p in parts if p]
    if parts and parts[0] in MAILBOX_WORDS:
        return False
    if not parts:
        return True
    if all(p in ROLE_WORDS for p in parts):
        return False
    # An office's own name and its region or unit (`nav.innlandet@nav.no`, `skatt.rogaland@skatteetaten.no`,
    # `bergen-kommune@bergen.kommune.no`): every part is a role word, a label of the domain or the name of
    # a municipality or county, and at least one names the organisation itself.
    from ..registry import is_place_name

    own = {label for label in domain.split(".")[:-1] if len(label) >= 3}
    def owns(p: str) -> bool:  # «nav» of nav.no, «skatt» of skatteetaten.no
        return p in own or len(p) >= 5 and any(label.startswith(p) for label in own)

    if not all(p in ROLE_WORDS or owns(p) or is_place_name(p) for p in parts):
        return True
    # The name said whole, or shortened next to a region (`skatt.rogaland@…`, not `berg@bergen.kommune.no`).
    return not (any(p in own for p in parts) or any(owns(p) for p in parts) and any(is_place_name(p) for p in parts))


def _canonical(m: re.Match[str]) -> str:
    dot = re.compile(_DOT, re.I)
    return dot.sub(".", m.group("local")) + "@" + dot.sub(".", m.group("domain"))


_REACH = 400  # characters before an @ (or «at») that a local part, however spelt, can take


def _matches(norm: str):
    """EMAIL's matches in the whole text, found by looking only near an @ or an «at»."""
    windows: list[list[int]] = []
    for hint in _HINT.finditer(norm):
        lo, hi = max(0, hint.start() - _REACH), hint.end() + _REACH
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    last_end = 0
    for lo, hi in windows:
        for m in EMAIL.finditer(norm, max(lo, last_end), min(hi, len(norm))):
            whole = EMAIL.match(norm, m.start())  # a window's edge must not cut an address short
            if whole is not None:
                last_end = whole.end()
                yield whole


def email_spans(norm: str) -> list[tuple[int, int, str]]:
    """(start, end, address) of every personal e-mail address in the normalised text."""
    if not _HINT.search(norm):
        return []
    out: list[tuple[int, int, str]] = []
    for m in _matches(norm):
        at = m.group("at")
        if at.strip() in ("at", "AT"):
            local = m.group("local")
            if not re.search(r"[._\-\d]", local):
                continue
        address = _canonical(m)
        if email_is_personal(address):
            out.append((m.start(), m.end(), address))
    return out
