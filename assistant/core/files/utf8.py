"""UTF-8 with a few damaged bytes: told apart from Windows-1252, and read with each bad byte as U+FFFD.

A sketch saved as UTF-8 and then damaged (a few bytes from a bad copy, a broken sync, a paste
of binary junk) must not be read as Windows-1252: that would turn every «ø» in it into «Ã¸»,
and the next save would write the garbled text. Kept apart from `storage` so the rule, its
threshold and its counting are in one place.
"""

from __future__ import annotations

import re

# A file is UTF-8 with a few damaged bytes, not Windows-1252, when it holds at least one valid
# multi-byte UTF-8 sequence («ø» as C3 B8) for every this many bytes that do not decode. Text
# really written in Windows-1252 or Latin-1 has next to no valid sequences: its æøå (E6 F8 E5)
# are lead bytes without the continuation bytes UTF-8 needs, and a valid pair would take a
# capital such as «Ã» followed by a symbol such as «¸». Measured on the 1 002 Windows-1252 and
# Latin-1 encodings of the sketches in tests/: not one valid sequence. Random bytes hold some:
# 200 of them give about 85 bad bytes and 6 valid sequences (one per 14), so the rule must be
# well below 14 for junk alone not to make a Windows-1252 file UTF-8. At 4, each of those 1 002
# files with 200 random bytes put in is still read as Windows-1252, and 775 of the 874 UTF-8
# sketches with the same junk are read as UTF-8 (the rest have a dozen «æøå–» or fewer; at 8
# it is 847, but 9 Windows-1252 files with junk would turn to U+FFFD).
UTF8_BAD_BYTES_PER_SEQUENCE = 4
_ASCII_BYTES = bytes(range(128))
_REPLACEMENT = "\ufffd"
# "surrogateescape" decodes each byte that does not decode as one of these, in C.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def each_bad_byte_replaced(data: bytes) -> tuple[str, int]:
    """`data` as UTF-8, each byte that does not decode as one U+FFFD (Python's "replace" gives
    one for a broken sequence of up to three bytes); and the count of those bytes."""
    return _ESCAPED_BYTE.subn(_REPLACEMENT, data.decode("utf-8", errors="surrogateescape"))


def read_if_mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """(text, bad bytes) when `data`, not valid UTF-8, is mostly UTF-8 (see
    `UTF8_BAD_BYTES_PER_SEQUENCE`); None when it reads better as Windows-1252.

    Decided first on a count made in C (one U+FFFD per broken sequence, so never more than the
    bad bytes): a Windows-1252 file with a million «æøå» is told apart in milliseconds."""
    replaced = data.decode("utf-8", errors="replace")
    ascii_bytes = len(data) - len(data.translate(None, _ASCII_BYTES))  # counted in C
    broken = replaced.count(_REPLACEMENT) - data.count(_REPLACEMENT.encode())  # a U+FFFD in the file is no loss
    sequences = len(replaced) - ascii_bytes - broken  # each valid multi-byte sequence is one character
    if sequences == 0 or broken > sequences * UTF8_BAD_BYTES_PER_SEQUENCE:
        return None
    text, bad = each_bad_byte_replaced(data)
    return (text, bad) if bad <= sequences * UTF8_BAD_BYTES_PER_SEQUENCE else None
