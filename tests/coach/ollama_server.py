"""A small Ollama-compatible server on 127.0.0.1 for tests: `POST /api/chat`, streamed as
newline-delimited JSON the way Ollama streams, or one JSON object when `stream` is false.

`script` takes one step per request: ok, 404 (the model is not pulled), 500. Request bodies and
paths are kept.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class OllamaServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script: list[str] = []
        self.requests: list[dict] = []
        self.raw_bodies: list[bytes] = []
        self.paths: list[str] = []
        self.reply = "Tallene mangler kilde; legg til KOSTRA-tall for hjemmetjenesten."
        self.lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def next_step(self) -> str:
        with self.lock:
            return self.script.pop(0) if self.script else "ok"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: OllamaServer

    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = json.loads(raw or b"{}")
        with self.server.lock:
            self.server.requests.append(body)
            self.server.raw_bodies.append(raw)
            self.server.paths.append(self.path)
        step = self.server.next_step()
        if step == "404":
            return self._send(404, {"error": f"model '{body.get('model')}' not found, try pulling it first"})
        if step == "500":
            return self._send(500, {"error": "llama runner process has terminated"})
        words = self.server.reply.split(" ")
        pieces = [w + (" " if i < len(words) - 1 else "") for i, w in enumerate(words)]
        done = {
            "model": body.get("model"), "created_at": "2026-11-27T00:00:00Z",
            "message": {"role": "assistant", "content": ""}, "done": True, "done_reason": "stop",
            "total_duration": 1000, "load_duration": 10, "prompt_eval_count": 250, "prompt_eval_duration": 100,
            "eval_count": len(pieces), "eval_duration": 500,
        }
        if not body.get("stream", True):
            return self._send(200, {**done, "message": {"role": "assistant", "content": self.server.reply}})
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for piece in pieces:
            part = {"model": body.get("model"), "created_at": "2026-11-27T00:00:00Z", "message": {"role": "assistant", "content": piece}, "done": False}
            self._chunk((json.dumps(part, ensure_ascii=False) + "\n").encode())
        self._chunk((json.dumps(done) + "\n").encode())
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _send(self, status: int, data: dict) -> None:
        payload = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):X}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()


def start() -> OllamaServer:
    server = OllamaServer()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
