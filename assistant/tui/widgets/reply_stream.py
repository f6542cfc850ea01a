"""A coach reply streamed into the chat, chunk by chunk, by a worker in the group "llm".

The coach screen and the interview both stream replies this way: Esc stops the reply
(cancels the group), Ctrl+R retries one that failed or was stopped. Each screen decides what
a reply's end means for it (in its `Worker.StateChanged` handler); the streaming, the keys'
availability and how a failure reads are here.
"""

from __future__ import annotations

from collections.abc import AsyncIterable
from typing import Any

from textual.widgets import Markdown
from textual.worker import Worker

REPLY_GROUP = "llm"


async def stream_into(target: Markdown, chunks: AsyncIterable[str]) -> None:
    """Write the chunks into `target` as they come."""
    # The stream starts on the first chunk: stopping one whose task never ran would
    # turn a coach failure into a cancellation.
    stream = None
    try:
        async for chunk in chunks:
            if stream is None:
                stream = Markdown.get_stream(target)
            await stream.write(chunk)
    finally:
        if stream is not None:
            await stream.stop()


def reply_failure(error: BaseException | None, lang: str = "nb") -> tuple[str, bool, str]:
    """(message for the user, retryable?, the partial reply it carries) of a failed reply.

    A failure that is no CoachError (a bug, or a coach that raised something else) gets a plain
    sentence; its Python text goes to the log, never to the screen."""
    message = getattr(error, "message_for_user", None)
    if not message:
        import logging

        from ...i18n import t

        logging.getLogger(__name__).warning("coach reply failed: %s: %s", type(error).__name__, error)
        message = t("coach.error.unknown", lang)
    return message, bool(getattr(error, "retryable", True)), getattr(error, "partial", "")


class StreamingReplies:
    """Mixin for a screen that streams replies (put it before `Screen`): stop and retry keys."""

    _can_retry = False

    @property
    def _replying(self) -> bool:
        return any(w.group == REPLY_GROUP and not w.is_finished for w in self.workers)  # type: ignore[attr-defined]

    def _is_reply(self, worker: Worker[Any]) -> bool:
        """Whether a state change is a reply's; if so the stop and retry keys are looked at again."""
        if worker.group != REPLY_GROUP:
            return False
        self.refresh_bindings()  # type: ignore[attr-defined]
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Stop only while a reply streams; retry only after one failed or was stopped."""
        if action == "stop":
            return self._replying
        if action == "retry":
            return self._can_retry
        return True

    def action_stop(self) -> None:
        self.workers.cancel_group(self, REPLY_GROUP)  # type: ignore[attr-defined]
