"""A small server speaking Anthropic's Messages API on 127.0.0.1 for tests: `POST /v1/messages`,
streamed as the API streams (server-sent events: message_start, content_block_delta, …).

`script` takes one step per request: ok, 401, 429, 529 (overloaded). Requests are kept (see
`local_server.py`).
"""

from __future__ import annotations

import json

from local_server import LocalServer, RecordingHandler, reply_pieces, serve

_ERRORS = {401: "authentication_error", 429: "rate_limit_error", 529: "overloaded_error"}


class AnthropicServer(LocalServer):
    def __init__(self) -> None:
        super().__init__(_Handler, reply="Behovet er tydelig, men dialogen med næringslivet er for vag.")


class _Handler(RecordingHandler):
    server: AnthropicServer

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        body = self.read_request()
        step = self.server.next_step()
        if step != "ok":
            status = int(step)
            error = {"type": "error", "error": {"type": _ERRORS[status], "message": f"test error {status}"}}
            return self.send_json(status, error, {"retry-after": "0"} if status == 429 else None)
        pieces = reply_pieces(self.server.reply)
        message = {
            "id": "msg_1", "type": "message", "role": "assistant", "model": body.get("model"), "content": [],
            "stop_reason": None, "stop_sequence": None, "usage": {"input_tokens": 412, "output_tokens": 1},
        }
        if not body.get("stream"):
            done = {**message, "content": [{"type": "text", "text": self.server.reply}], "stop_reason": "end_turn",
                    "usage": {"input_tokens": 412, "output_tokens": len(pieces)}}
            return self.send_json(200, done)
        self.start_chunked("text/event-stream")
        self._event("message_start", {"type": "message_start", "message": message})
        self._event("content_block_start", {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}})
        for piece in pieces:
            self._event("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": piece}})
        self._event("content_block_stop", {"type": "content_block_stop", "index": 0})
        self._event("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None}, "usage": {"output_tokens": len(pieces)}})
        self._event("message_stop", {"type": "message_stop"})
        self.end_chunked()

    def _event(self, name: str, data: dict) -> None:
        self.chunk(f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode())


def start() -> AnthropicServer:
    return serve(AnthropicServer())
