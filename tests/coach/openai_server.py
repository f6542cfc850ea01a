"""A small OpenAI-compatible chat server on 127.0.0.1 for tests.

Each request takes the next step of `script` (default "ok"):
ok (SSE or JSON), 401, 429, 500, stall (two chunks, then silence), cut (two chunks, then the
connection drops mid-chunk), cut0 (the connection drops before any text), and replies that are no
valid answer: garbage (non-UTF-8 bytes), notjson (plain text), shape (JSON, not OpenAI's shape). Requests are kept (see `local_server.py`).
"""

from __future__ import annotations

import json
import threading

from local_server import LocalServer, RecordingHandler, reply_pieces, serve


INVALID = {
    "garbage": b"<html>this is not json \x00\xff garbage",
    "notjson": "<html>Bad Gateway – prøv igjen</html>".encode(),
    "shape": b'{"answer": "no choices here", "choices": "none"}',
}


class ChatServer(LocalServer):
    def __init__(self) -> None:
        super().__init__(_Handler, reply="Behovet er godt beskrevet, men tallene mangler kilde.")
        self.structured: dict | None = None  # the JSON an assessment request gets
        self.release = threading.Event()  # ends a stall

    @property
    def base_url(self) -> str:
        return f"{self.address}/v1"


class _Handler(RecordingHandler):
    server: ChatServer

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        body = self.read_request()
        step = self.server.next_step()
        if step in ("401", "429", "500"):
            return self._error(int(step))
        if step in INVALID:
            return self._invalid(step, bool(body.get("stream")))
        if body.get("stream"):
            return self._stream(body, step)
        content = self.server.reply
        if body.get("response_format") or body.get("tools"):
            content = json.dumps(self.server.structured or {}, ensure_ascii=False)
        message: dict = {"role": "assistant", "content": content}
        if body.get("tools"):
            name = body["tools"][0]["function"]["name"]
            message = {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": name, "arguments": content}}]}
        self.send_json(200, {
            "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": body.get("model", "m"),
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
        })

    def _invalid(self, step: str, stream: bool) -> None:
        payload = INVALID[step]
        if stream:
            self.start_chunked("text/event-stream")
            self.chunk(b"data: " + payload + b"\n\n")
            self.chunk(b"data: [DONE]\n\n")
            self.end_chunked()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _error(self, status: int) -> None:
        kinds = {401: "invalid_api_key", 429: "rate_limit_exceeded", 500: "server_error"}
        headers = {"Retry-After": "0"} if status == 429 else None
        self.send_json(status, {"error": {"message": f"test error {status}", "type": kinds[status], "code": kinds[status]}}, headers)

    def _event(self, body: dict, delta: dict, finish: str | None = None) -> None:
        event = {
            "id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 0, "model": body.get("model", "m"),
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }
        self.chunk(f"data: {json.dumps(event, ensure_ascii=False)}\n\n".encode())

    def _stream(self, body: dict, step: str) -> None:
        self.start_chunked("text/event-stream")
        pieces = reply_pieces(self.server.reply)
        self._event(body, {"role": "assistant", "content": ""})
        for i, piece in enumerate(pieces):
            if step == "cut0" or (step in ("stall", "cut") and i == 2):
                if step == "stall":
                    self.server.release.wait(10)
                else:
                    # promise 100 bytes, send a few, drop the connection
                    self.wfile.write(b"64\r\ndata: {\"id\"")
                    self.wfile.flush()
                self.close_connection = True
                self.connection.shutdown(2)
                return
            self._event(body, {"content": piece})
        self._event(body, {}, "stop")
        if (body.get("stream_options") or {}).get("include_usage"):
            usage = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 0, "model": body.get("model", "m"), "choices": [],
                     "usage": {"prompt_tokens": 321, "completion_tokens": len(pieces), "total_tokens": 321 + len(pieces)}}
            self.chunk(f"data: {json.dumps(usage)}\n\n".encode())
        self.chunk(b"data: [DONE]\n\n")
        self.end_chunked()


def start() -> ChatServer:
    return serve(ChatServer())
