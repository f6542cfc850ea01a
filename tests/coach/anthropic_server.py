"""A small server speaking Anthropic's Messages API on 127.0.0.1 for tests: `POST /v1/messages`,
streamed as the API streams (server-sent events: message_start, content_block_delta, …).

`script` takes one step per request: ok, 401, 429, 529 (overloaded). Request bodies, paths and
headers are kept.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class AnthropicServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script: list[str] = []
        self.requests: list[dict] = []
        self.raw_bodies: list[bytes] = []
        self.paths: list[str] = []
        self.headers: list[dict[str, str]] = []
        self.reply = "Behovet er tydelig, men dialogen med næringslivet er for vag."
        self.lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def next_step(self) -> str:
        with self.lock:
            return self.script.pop(0) if self.script else "ok"


_ERRORS = {401: "authentication_error", 429: "rate_limit_error", 529: "overloaded_error"}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: AnthropicServer

    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = json.loads(raw or b"{}")
        with self.server.lock:
            self.server.requests.append(body)
            self.server.raw_bodies.append(raw)
            self.server.paths.append(self.path)
            self.server.headers.append({k.lower(): v for k, v in self.headers.items()})
        step = self.server.next_step()
        if step != "ok":
            status = int(step)
            error = {"type": "error", "error": {"type": _ERRORS[status], "message": f"test error {status}"}}
            return self._send(status, error, {"retry-after": "0"} if status == 429 else None)
        words = self.server.reply.split(" ")
        pieces = [w + (" " if i < len(words) - 1 else "") for i, w in enumerate(words)]
        message = {
            "id": "msg_1", "type": "message", "role": "assistant", "model": body.get("model"), "content": [],
            "stop_reason": None, "stop_sequence": None, "usage": {"input_tokens": 412, "output_tokens": 1},
        }
        if not body.get("stream"):
            done = {**message, "content": [{"type": "text", "text": self.server.reply}], "stop_reason": "end_turn",
                    "usage": {"input_tokens": 412, "output_tokens": len(pieces)}}
            return self._send(200, done)
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self._event("message_start", {"type": "message_start", "message": message})
        self._event("content_block_start", {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}})
        for piece in pieces:
            self._event("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": piece}})
        self._event("content_block_stop", {"type": "content_block_stop", "index": 0})
        self._event("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None}, "usage": {"output_tokens": len(pieces)}})
        self._event("message_stop", {"type": "message_stop"})
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _event(self, name: str, data: dict) -> None:
        payload = f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()
        self.wfile.write(f"{len(payload):X}\r\n".encode() + payload + b"\r\n")
        self.wfile.flush()

    def _send(self, status: int, data: dict, headers: dict | None = None) -> None:
        payload = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(payload)


def start() -> AnthropicServer:
    server = AnthropicServer()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
