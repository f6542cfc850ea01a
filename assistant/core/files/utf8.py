"""UTF-8 with a few damaged bytes: told apart from Windows-1252, and read with each bad byte as U+FFFD.

A sketch saved as UTF-8 and then damaged (a few bytes from a bad copy, a broken sync, a paste
of binary junk) must not be read as Windows-1252: that would turn every «ø» in it into «Ã¸»,
and the next save would write the garbled text. Kept apart from `storage` so the rule, its
threshold and its counting are in one place.
"""

from __future__ import annotations

import codecs

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
_ONE_PER_BYTE = "skisse-replace-each-byte"


def _one_replacement_per_byte(exc: UnicodeError) -> tuple[str, int]:
    """Python's "replace" gives one U+FFFD for a broken sequence of up to three bytes; here each
    byte is one, so the count the user reads is the count of bytes that could not be read."""
    assert isinstance(exc, UnicodeDecodeError)
    return "\ufffd" * (exc.end - exc.start), exc.end


codecs.register_error(_ONE_PER_BYTE, _one_replacement_per_byte)


def each_bad_byte_replaced(data: bytes) -> tuple[str, int]:
    """`data` as UTF-8, each byte that does not decode as one U+FFFD; and the count of them."""
    text = data.decode("utf-8", errors=_ONE_PER_BYTE)
    return text, text.count("\ufffd") - data.count("\ufffd".encode())  # a U+FFFD in the file is no loss


def reads_as_utf8(data: bytes, text: str, bad: int) -> bool:
    """Mostly UTF-8 (see `UTF8_BAD_BYTES_PER_SEQUENCE`), `text` being `data` decoded with
    `bad` bytes replaced; else the file reads better as Windows-1252."""
    ascii_bytes = len(data) - len(data.translate(None, _ASCII_BYTES))  # counted in C
    sequences = len(text) - ascii_bytes - bad  # each valid multi-byte sequence is one character
    return sequences > 0 and bad <= sequences * UTF8_BAD_BYTES_PER_SEQUENCE
