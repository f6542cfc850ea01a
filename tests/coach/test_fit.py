"""Cuts to fit the page limit, cheapest against the rubric first."""

from __future__ import annotations

from assistant.coach.context import DraftContext
from assistant.coach.fit import estimated_pages, rank_cuts

SKETCH = """---
title: Test
applicant: Eksempel kommune
language: nb
---

# Test

## Problem og behov

Kommunen hadde 1 240 fallulykker blant hjemmeboende eldre i 2023 (egne tall fra fagsystemet).

Vi skal utvikle en app med kunstig intelligens og sensorer som varsler hjemmetjenesten.

Dette er et viktig område som mange har vært opptatt av lenge, og som vi gjerne vil jobbe mer med framover sammen med andre.

## Budsjett

| Post | Beløp |
|---|---:|
| Utvikling | 1 000 000 |
"""


def test_cheapest_cuts_first() -> None:
    cuts = rank_cuts(DraftContext(SKETCH, "nb"))
    texts = [c.text for c in cuts]
    assert all(c.section != "budget" for c in cuts)
    figures = texts.index(next(t for t in texts if "1 240" in t))
    tech = texts.index(next(t for t in texts if "kunstig intelligens" in t))
    filler = texts.index(next(t for t in texts if "viktig område" in t))
    assert figures == len(texts) - 1  # the paragraph with numbers and a source is kept longest
    assert tech < figures and filler < figures
    tech_cut = cuts[tech]
    assert any("løsning" in r for r in tech_cut.reasons)
    assert cuts[figures].value > cuts[tech].value


def test_pages_come_from_the_real_layout() -> None:
    from assistant.core.rendering.render import default_renderer

    ctx = DraftContext(SKETCH, "nb")
    assert estimated_pages(ctx) == default_renderer().page_info(ctx.sketch, ctx.rubric.layout).fraction
    long = SKETCH.replace("## Budsjett", ("Et avsnitt med mange ord. " * 1000) + "\n\n## Budsjett")
    assert estimated_pages(DraftContext(long, "nb")) > 5


def test_pages_estimated_from_words_when_the_sketch_cannot_be_laid_out(monkeypatch) -> None:
    from assistant.core.rendering import render
    from assistant.core.rendering.render import RenderError

    class Broken:
        def page_info(self, sketch, layout):  # noqa: ANN001, ANN202
            raise RenderError("no layout")

    monkeypatch.setattr(render, "default_renderer", lambda: Broken())
    ctx = DraftContext(SKETCH, "nb")
    assert ctx.pages is None
    assert 0 < estimated_pages(ctx) < 1
    long = SKETCH.replace("## Budsjett", ("Et avsnitt med mange ord. " * 600) + "\n\n## Budsjett")
    assert estimated_pages(DraftContext(long, "nb")) > 5
