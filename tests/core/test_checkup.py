"""core.judging.checkup: the one road from text to verdict, judged once per text, rubric, layout and renderer."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from assistant.core.judging import checkup as checkup_module
from assistant.core.judging.checkup import checkup, parse
from assistant.core.rendering.pages import PageInfo

SKETCH = (Path(__file__).parents[1] / "fixtures" / "sketches" / "sterk-bokmal.md").read_text(encoding="utf-8")


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    from assistant.core.sketch import document
    from assistant.core.judging import engine

    counts = {"parse": 0, "check": 0}
    parse_sketch, check_sketch = document.parse_sketch, engine.check_sketch

    def counted_parse(*args, **kwargs):
        counts["parse"] += 1
        return parse_sketch(*args, **kwargs)

    def counted_check(*args, **kwargs):
        counts["check"] += 1
        return check_sketch(*args, **kwargs)

    monkeypatch.setattr(document, "parse_sketch", counted_parse)
    monkeypatch.setattr(engine, "check_sketch", counted_check)
    return counts


def test_the_same_text_is_read_and_judged_once(calls: dict[str, int]) -> None:
    first = checkup(SKETCH, path="a.md")
    again = checkup(SKETCH, path="b.md")
    assert calls == {"parse": 1, "check": 1}
    assert parse(SKETCH) is first.sketch is again.sketch
    assert (first.report.path, again.report.path) == ("a.md", "b.md")  # each caller's own copy
    assert first.report.criteria is again.report.criteria
    assert first.pages is not None and first.report.pages == first.pages.pages
    assert first.report.statuses()["page-limit"] == "pass"


def test_another_rubric_or_no_page_count_is_judged_anew(calls: dict[str, int]) -> None:
    ours = checkup(SKETCH)
    other = checkup(SKETCH, rubric_id="innovasjon-norge-ioa")
    bare = checkup(SKETCH, pages=False)
    given = checkup(SKETCH, pages=PageInfo(pages=6, fraction=5.4))
    assert calls == {"parse": 1, "check": 4}
    assert "effekt" in other.report.statuses() and "effekt" not in ours.report.statuses()
    assert bare.pages is None and bare.report.statuses()["page-limit"] == "n/a"
    assert given.report.statuses()["page-limit"] == "fail"


def test_two_threads_asking_at_once_share_one_judging(calls: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.core.judging import engine

    started, release = threading.Event(), threading.Event()
    counted = engine.check_sketch

    def slow(*args, **kwargs):
        started.set()
        release.wait(30)
        return counted(*args, **kwargs)

    monkeypatch.setattr(engine, "check_sketch", slow)
    results = []
    threads = [threading.Thread(target=lambda: results.append(checkup(SKETCH, pages=False))) for _ in range(2)]
    threads[0].start()
    assert started.wait(30)
    threads[1].start()
    release.set()
    for thread in threads:
        thread.join(30)
    assert calls["check"] == 1 and len(results) == 2
    assert results[0].report.statuses() == results[1].report.statuses()


def test_a_page_count_that_fails_is_kept_beside_the_verdicts_and_not_cached(calls: dict[str, int]) -> None:
    def broken(sketch, layout):  # noqa: ANN001, ANN202
        raise RuntimeError("typst is gone")

    first = checkup(SKETCH, pages=broken)
    assert str(first.page_error) == "typst is gone"
    assert first.pages is None and first.report.statuses()["page-limit"] == "n/a"
    assert first.report.statuses()["data-backing"] == "pass"
    checkup(SKETCH, pages=broken)
    assert calls["check"] == 2  # tried again: the next attempt may lay it out


def test_the_cache_is_bounded() -> None:
    for n in range(checkup_module.CACHE_SIZE + 5):
        checkup(SKETCH + f"\n<!-- {n} -->\n", pages=False)
    assert len(checkup_module._checked) == checkup_module.CACHE_SIZE
    assert len(checkup_module._parsed) <= checkup_module.PARSE_CACHE_SIZE
