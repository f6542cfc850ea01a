"""Norwegian money amounts: parse what people write, format the way Norwegians read."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# Spaces people (and word processors) put between thousands.
_SPACES = "\u00a0\u202f\u2009\u2007 \t'"
_MILLION = re.compile(r"\b(mill(?:ioner|ion)?\.?|mnok|m(?:kr)?\b|mln\.?)", re.IGNORECASE)
_THOUSAND = re.compile(r"\b(tusen|k(?:kr|nok)?\b|tnok|t\.?\s?kr)", re.IGNORECASE)
_BILLION = re.compile(r"\b(mrd\.?|milliard\w*|bnok|billions?\b|bn\b)", re.IGNORECASE)
_NUMBER = re.compile(r"-?\d[\d\u00a0\u202f\u2009\u2007 '.,]*")
_CURRENCY = re.compile(r"\b(kr\.?|nok|,-)", re.IGNORECASE)
_MAX_DIGITS = 24  # digits, sign and decimal mark of the longest number read as an amount

# The forms of an amount of money as it closes a line, shared by every reader that asks whether a
# line ends in one: digits in groups of three («1 100 000», «2.400.000»), a currency word, a scale.
GROUPED_DIGITS = r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})++"
MONEY_UNIT = r"(?:kr\.?|kroner|NOK)"
_MILLIONS_SAID = r"(?:mill\w*\.?(?:\s*(?:kr|kroner|NOK))?|million)"
# A line that ends in an amount of money: «Markedsdialog 200 000 kr», «Evaluering: 1 100 000»,
# «… 500,-», «NOK 1.2 million», «… 2,5 mill. kr», a table cell «| 400 000 |», a bold «… 600 000 kr**».
# Searched in the line; each reader adds its own conditions.
ENDS_IN_AMOUNT = re.compile(
    rf"(?:{GROUPED_DIGITS}(?:,-)?\s*{MONEY_UNIT}?"
    rf"|\d[\d \u00a0.,]*\s*(?:{MONEY_UNIT}|,-|{_MILLIONS_SAID})"
    rf"|(?:kr\.?|NOK)\s*\d[\d \u00a0.,]*\s*(?:mill\w*\.?|million)?)\s*[|*_]*\s*$",
    re.IGNORECASE,
)


def _to_decimal(raw: str, scaled: bool) -> Decimal | None:
    """Read '1 250 000', '1.250.000', '1,25', '1.2' as a Decimal."""
    s = raw.strip().rstrip(".,")
    for ch in _SPACES:
        s = s.replace(ch, "")
    if not s or s in {"-"}:
        return None
    if len(s) > _MAX_DIGITS:
        # No budget holds a thousand trillion kroner; a longer run of digits is no amount, and
        # turning half a million digits into a number would take seconds.
        return None
    if "," in s and "." in s:
        # The last separator is the decimal mark: 1.250.000,50 or 1,250,000.50
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        head, _, tail = s.rpartition(",")
        if s.count(",") == 1 and (len(tail) != 3 or scaled):
            s = head + "." + tail  # decimal comma: 1,25 mill.
        else:
            s = s.replace(",", "")  # thousands: 1,250,000
    elif "." in s:
        head, _, tail = s.rpartition(".")
        if s.count(".") == 1 and (len(tail) != 3 or scaled):
            pass  # decimal point: NOK 1.2M
        else:
            s = s.replace(".", "")  # thousands: 1.250.000
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def parse_amount(text: str) -> int | None:
    """Parse a Norwegian amount into whole kroner, or None when it holds no amount.

    >>> parse_amount("1 250 000 kr"), parse_amount("1,25 mill."), parse_amount("MNOK 1,2")
    (1250000, 1250000, 1200000)
    """
    if not text:
        return None
    cleaned = text.replace(",-", "").replace("–", "-").strip()
    match = _NUMBER.search(cleaned)
    if not match:
        return None
    rest = cleaned[: match.start()] + " " + cleaned[match.end() :]
    factor = 1
    if _BILLION.search(rest):
        factor = 1_000_000_000
    elif _MILLION.search(rest):
        factor = 1_000_000
    elif _THOUSAND.search(rest):
        factor = 1_000
    value = _to_decimal(match.group(0), scaled=factor != 1)
    if value is None:
        return None
    return int((value * factor).to_integral_value())


def looks_like_amount(text: str) -> bool:
    """True when a table cell holds a number (with or without currency)."""
    return parse_amount(text) is not None and bool(re.search(r"\d", text))


def format_amount(value: int, *, currency: bool = False, lang: str = "nb", nbsp: bool = False) -> str:
    """Format whole kroner with a space as thousands separator (non-breaking if asked).

    >>> format_amount(1250000, currency=True)
    '1 250 000 kr'
    """
    space = "\u00a0" if nbsp else " "
    sign = "-" if value < 0 else ""
    digits = f"{abs(value):,}".replace(",", space)
    unit = (space + ("NOK" if lang == "en" else "kr")) if currency else ""
    return f"{sign}{digits}{unit}"


def format_millions(value: int, lang: str = "nb") -> str:
    """Format an amount in millions, Norwegian style: '1,25 mill. kr'."""
    millions = Decimal(value) / Decimal(1_000_000)
    text = f"{millions:.2f}".rstrip("0").rstrip(".")
    if lang == "en":
        return f"NOK {text} million"
    return f"{text.replace('.', ',')} mill. kr"


# An amount of money in running text: a number with a currency or a scale word before or after
# it, or a «k» right after it («300k», «1 200k»: thousands); after a currency, «m» and «k» right
# after the number are millions and thousands («NOK 6.1m», «NOK 300k», «6.1m NOK», «kNOK 1 200»);
# a bare «2.4m» is left alone (metres). Each part is a run that cannot overlap the next, so the pattern scans in linear time.
# «2,000,000» (English thousands) is one number; «2,000» alone stays for parse_amount to read.
_NUM = r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})++(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}+(?:\.\d+)?|\d++(?:[.,]\d+)?"
_UNIT_AFTER = (
    r"(?:mill(?:ionene|ionane|ionen|ioner|ionar|ions|ion|\.)?|mnok|mkr|mrd\.?|milliard(?:ene|ane|er|ar)?|billions?|bn|tusen|tnok|kkr|"
    r"kr\.?|kroner|nok|,-)"
)
_YEAR_BEFORE_NUMBER = re.compile(r"(?<![\w.,])(?:19|20)\d\d(?=[ \u00a0\u202f](?:(?:kr\.?|nok|mnok)\s?)?\d)", re.IGNORECASE)
_MONEY_IN_TEXT = re.compile(
    r"(?<![\w.,])(?<!\d[ \u00a0\u202f])(?:(?:kr\.?|nok|mnok|knok|tnok)\s?(?:" + _NUM + r")(?:\s?(?:mill(?:ioner|ionar|ion|\.)?|mrd\.?|milliard(?:er|ar)?|billions?|bn|tusen)|[mk])?"
    r"|(?:" + _NUM + r")(?:\s?" + _UNIT_AFTER + r"|k|m(?=\s?(?:kr\.?|kroner|nok)(?!\w)))(?:\s?(?:kr\.?|kroner|nok))?)(?!\w)(?:,-)?",
    re.IGNORECASE,
)


def find_amounts(text: str) -> list[tuple[int, int, int]]:
    """(start, end, whole kroner) of every amount of money written in a text.

    >>> [a[2] for a in find_amounts("kr 2 400 000,- og 1,2 mill. kr, NOK 3.0 million, 1200 tusen, 2,5 MNOK")]
    [2400000, 1200000, 3000000, 1200000, 2500000]
    """
    out = []
    # «utprøving sommeren 2028 100 000 kr»: a year just before an amount is not the head of a
    # grouped number (no group has four digits); masked, the amount after it is read.
    scanned = _YEAR_BEFORE_NUMBER.sub(lambda m: "Y" * len(m.group(0)), text) if _YEAR_BEFORE_NUMBER.search(text) else text
    for m in _MONEY_IN_TEXT.finditer(scanned):
        value = parse_amount(text[m.start() : m.end()])
        if value is not None and value > 0:
            out.append((m.start(), m.end(), value))
    return out


# An amount written in words («ca. fem millioner kroner», «fire og ein halv million», «roughly five
# million NOK», «halvannen million»): a number word, an optional «og en halv», a scale word, and
# either a currency after it or nothing more to the phrase (a stop, a comma, the line's end), so
# «fem millioner innbyggere» is no amount.
_NUMBER_WORDS = {
    "en": 1, "ein": 1, "ett": 1, "eitt": 1, "one": 1, "a": 1, "to": 2, "two": 2, "tre": 3, "three": 3, "fire": 4,
    "four": 4, "fem": 5, "five": 5, "seks": 6, "six": 6, "sju": 7, "syv": 7, "seven": 7, "åtte": 8, "eight": 8,
    "ni": 9, "nine": 9, "ti": 10, "ten": 10, "elleve": 11, "eleven": 11, "tolv": 12, "twelve": 12, "femten": 15,
    "fifteen": 15, "tjue": 20, "tjuge": 20, "twenty": 20, "tretti": 30, "thirty": 30, "femti": 50, "fifty": 50,
}
_HALF_WORDS = {"halvannen": Decimal("1.5"), "halvannan": Decimal("1.5"), "halvanna": Decimal("1.5"), "halv": Decimal("0.5"), "half a": Decimal("0.5")}
_SCALE_WORDS = {"mill": 1_000_000, "milliard": 1_000_000_000, "billion": 1_000_000_000, "tusen": 1_000, "thousand": 1_000}
_WORDS_AMOUNT = re.compile(
    r"(?<![\w-])(?:(?P<num>" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")(?P<half>\s+(?:og|and)\s+(?:en|ein|ei|a)\s+(?:halv|half))?"
    r"|(?:en\s+|ein\s+|ei\s+)?(?P<frac>halvannen|halvannan|halvanna|halv|half a))"
    r"\s+(?P<scale>milliard(?:er|ar)?|billions?|mill(?:ioner|ionar|ions|ion|\.)?|tusen|thousand)"
    r"(?P<cur>\s+(?:kroner|kr\.?|nok)\b)?(?=(?P<more>\s+[^\W\d_]+)?)",
    re.IGNORECASE,
)


def find_word_amounts(text: str) -> list[tuple[int, int, int]]:
    """(start, end, whole kroner) of every amount of money written in words in a text.

    >>> [a[2] for a in find_word_amounts("ca. fem millioner kroner, fire og en halv million, 5 millioner innbyggere")]
    [5000000, 4500000]
    """
    out: list[tuple[int, int, int]] = []
    for m in _word_matches(text):
        if not m.group("cur") and m.group("more"):
            continue  # «fem millioner innbyggere», «two million users»: a count, not money
        if m.group("num"):
            value = Decimal(_NUMBER_WORDS[m.group("num").casefold()]) + (Decimal("0.5") if m.group("half") else 0)
        else:
            value = _HALF_WORDS[re.sub(r"\s+", " ", m.group("frac").casefold())]
        scale = next(v for k, v in _SCALE_WORDS.items() if m.group("scale").casefold().startswith(k))
        out.append((m.start(), m.end(), int(value * scale)))
    return out


# Where an amount in words may be: its scale word. The full pattern is tried only near one, so a
# long text with none costs one quick scan.
_SCALE_HINT = re.compile(r"mill|milliard|billion|tusen|thousand", re.IGNORECASE)
_WORDS_REACH = 40  # characters before a scale word that its number words can take


def _word_matches(text: str):
    """_WORDS_AMOUNT's matches in the text, looked for only near a scale word."""
    last_end = 0
    for hint in _SCALE_HINT.finditer(text):
        if hint.start() < last_end:
            continue
        lo = max(last_end, hint.start() - _WORDS_REACH)
        for m in _WORDS_AMOUNT.finditer(text, lo, min(len(text), hint.end() + _WORDS_REACH)):
            if m.start() <= hint.start() < m.end():
                last_end = m.end()
                yield m
                break
