"""A small OpenAI-compatible chat server on 127.0.0.1 for tests.

Each request takes the next step of `script` (default "ok"):
ok (SSE or JSON), 401, 429, 500, stall (two chunks, then silence), cut (two chunks, then the
connection drops mid-chunk). Request bodies are kept in `requests`.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class ChatServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script: list[str] = []
        self.requests: list[dict] = []
        self.raw_bodies: list[bytes] = []
        self.paths: list[str] = []  # request paths with their query (Azure puts the deployment there)
        self.headers: list[dict[str, str]] = []
        self.reply = "Behovet er godt beskrevet, men tallene mangler kilde."
        self.structured: dict | None = None  # the JSON an assessment request gets
        self.release = threading.Event()  # ends a stall
        self.lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def next_step(self) -> str:
        with self.lock:
            return self.script.pop(0) if self.script else "ok"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: ChatServer

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        length = int(self.headers.get("Content-Length", 0))
        raw = self.rfile.read(length)
        body = json.loads(raw or b"{}")
        with self.server.lock:
            self.server.requests.append(body)
            self.server.raw_bodies.append(raw)
            self.server.paths.append(self.path)
            self.server.headers.append({k.lower(): v for k, v in self.headers.items()})
        step = self.server.next_step()
        if step in ("401", "429", "500"):
            return self._error(int(step))
        if body.get("stream"):
            return self._stream(body, step)
        content = self.server.reply
        if body.get("response_format") or body.get("tools"):
            content = json.dumps(self.server.structured or {}, ensure_ascii=False)
        message: dict = {"role": "assistant", "content": content}
        if body.get("tools"):
            name = body["tools"][0]["function"]["name"]
            message = {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": name, "arguments": content}}]}
        self._json(200, {
            "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": body.get("model", "m"),
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
        })

    def _json(self, status: int, data: dict, headers: dict | None = None) -> None:
        payload = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(payload)

    def _error(self, status: int) -> None:
        kinds = {401: "invalid_api_key", 429: "rate_limit_exceeded", 500: "server_error"}
        headers = {"Retry-After": "0"} if status == 429 else None
        self._json(status, {"error": {"message": f"test error {status}", "type": kinds[status], "code": kinds[status]}}, headers)

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):X}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _event(self, body: dict, delta: dict, finish: str | None = None) -> None:
        event = {
            "id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 0, "model": body.get("model", "m"),
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }
        self._chunk(f"data: {json.dumps(event, ensure_ascii=False)}\n\n".encode())

    def _stream(self, body: dict, step: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        words = self.server.reply.split(" ")
        pieces = [w + (" " if i < len(words) - 1 else "") for i, w in enumerate(words)]
        self._event(body, {"role": "assistant", "content": ""})
        for i, piece in enumerate(pieces):
            if step in ("stall", "cut") and i == 2:
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
            self._chunk(f"data: {json.dumps(usage)}\n\n".encode())
        self._chunk(b"data: [DONE]\n\n")
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()


def start() -> ChatServer:
    server = ChatServer()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
