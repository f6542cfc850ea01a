"""What the large-budget-items pass quotes as its evidence: the words that show the size of the
cost (an amount, «fleire milliardar», the largest item or a share of a budget), never a bare
cost word alone («kostar, kostnadene»). When no word found shows a size, the finding quotes
the sentence that names the cost, so the reader sees what was read. Bokmål, nynorsk, English."""

from __future__ import annotations

import pytest

from .cost_sketch import verdict


@pytest.mark.parametrize(
    ("need", "shown", "not_shown"),
    [
        ("Sjukeheimane kostar kommunane 1,4 milliardar kroner i året, og kostnadene aukar.", "1,4 milliardar kroner", "kostar"),
        ("Pleie og omsorg er den største enkeltposten i budsjettet, og kostnadene øker hvert år.", "største enkeltposten i budsjettet", "kostnadene"),
        ("Helse og omsorg koster mye og utgjør en stor del av kostnadene i kommunene.", "stor del av kostnadene", "koster,"),
        ("Home care is costly and costs the municipalities several billion kroner every year.", "several billion", "costly"),
        ("Skuleskyssen kostar fylkeskommunen fleire milliardar, og kostnaden aukar.", "fleire milliardar", "kostnaden,"),
    ],
)
def test_the_evidence_is_the_words_that_show_the_size(need: str, shown: str, not_shown: str) -> None:
    status, said = verdict(need)
    assert status == "pass", said
    assert shown in said
    assert not_shown not in said


@pytest.mark.parametrize(
    ("need", "sentence"),
    [
        ("Ein sjukeheimsplass kostar kommunen mykje, og kostnadene aukar kvart år.", "«Ein sjukeheimsplass kostar kommunen mykje, og kostnadene aukar kvart år»"),
        ("Patient transport in the county is expensive, and the costs grow every year by 8 per cent.", "«Patient transport in the county is expensive, and the costs grow every year by 8 per cent»"),
    ],
)
def test_bare_cost_words_are_shown_in_their_sentence(need: str, sentence: str) -> None:
    status, said = verdict(need)
    assert status == "pass", said
    assert sentence in said
