import pytest

from assistant.core.sketch.amounts import format_amount, format_millions, parse_amount


@pytest.mark.parametrize(
    ("text", "kroner"),
    [
        ("1 250 000", 1_250_000),
        ("1 250 000 kr", 1_250_000),
        ("1\u00a0250\u00a0000", 1_250_000),
        ("1\u202f250\u202f000 kr", 1_250_000),
        ("1,25 mill.", 1_250_000),
        ("1,25 mill. kr", 1_250_000),
        ("NOK 1.2M", 1_200_000),
        ("MNOK 1,2", 1_200_000),
        ("2,5 MNOK", 2_500_000),
        ("kr 500 000,-", 500_000),
        ("1.250.000", 1_250_000),
        ("1,250,000", 1_250_000),
        ("3 mrd.", 3_000_000_000),
        ("450 tusen", 450_000),
        ("**2 400 000**", 2_400_000),
        ("0", 0),
    ],
)
def test_parse_amount_reads_norwegian_styles(text: str, kroner: int) -> None:
    assert parse_amount(text) == kroner


@pytest.mark.parametrize("text", ["", "abc", "Utvikling", "–"])
def test_parse_amount_none_without_digits(text: str) -> None:
    assert parse_amount(text) is None


def test_format_amount_uses_space_thousands() -> None:
    assert format_amount(1_250_000) == "1 250 000"
    assert format_amount(1_250_000, currency=True) == "1 250 000 kr"
    assert format_amount(1_250_000, currency=True, lang="en") == "1 250 000 NOK"
    assert format_amount(-5000) == "-5 000"
    assert format_amount(1_250_000, nbsp=True) == "1\u00a0250\u00a0000"


def test_format_millions() -> None:
    assert format_millions(1_250_000) == "1,25 mill. kr"
    assert format_millions(2_000_000, "en") == "NOK 2 million"
