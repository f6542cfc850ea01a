"""A coach made from the core's findings alone, used when the coach package cannot be loaded."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from ..core.judging.findings import Level
from ..core.sketch.sections import spec
from ..i18n import t
from .services import Services, ServiceUnavailable


class FindingsCoach:
    """Replies with what the rubric check says about the section just answered."""

    offline = True
    builtin = True  # named in the reader's language wherever it is shown

    def __init__(self, services: Services) -> None:
        self.services = services
        self.name = "offline"

    async def astream(self, request: Any) -> AsyncIterator[str]:
        text = await asyncio.to_thread(self._reply, request)
        for paragraph in text.split("\n\n"):
            yield paragraph + "\n\n"

    def _reply(self, request: Any) -> str:
        from ..core.judging.checkup import parse
        from ..core.sketch.rubric import RubricError

        lang = request.lang
        sketch = parse(request.sketch_text)
        section = sketch.section(request.section) if request.section else None
        words = len((section.text if section else "").split())
        title = spec(request.section).title.get(lang) if request.section and spec(request.section) else ""
        lines = [t("tui.coach.section_words", lang, section=title, words=words)]
        try:
            # The checkup the live panel made of this text: found in the core's cache, not made again.
            found_in = self.services.checkup(request.sketch_text)
            from ..core.judging.engine import report_in

            report = report_in(found_in.report, lang, found_in.rubric)  # the findings in the coach's language
        except (ServiceUnavailable, RubricError):
            report = None
        if report is not None:
            found = [
                f for c in report.criteria for f in c.findings if f.section == request.section and f.level is not Level.INFO
            ]
            if found:
                lines += [f"- {f.message}" + (f" {f.suggestion}" if f.suggestion else "") for f in found[:5]]
            else:
                lines.append(t("tui.coach.section_clean", lang))
        return "\n\n".join(lines)
