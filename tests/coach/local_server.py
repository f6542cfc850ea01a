"""What the local test servers share: a threaded HTTP server on 127.0.0.1 that keeps every
request (JSON body, raw bytes, path, headers) and answers each from a script of steps."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TypeVar


class LocalServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, handler: type[BaseHTTPRequestHandler], reply: str) -> None:
        super().__init__(("127.0.0.1", 0), handler)
        self.reply = reply  # what the model answers; tests may change it
        self.script: list[str] = []  # one step per request; "ok" when it runs out
        self.requests: list[dict] = []
        self.raw_bodies: list[bytes] = []
        self.paths: list[str] = []  # with their query (Azure puts the deployment and version there)
        self.headers: list[dict[str, str]] = []
        self.lock = threading.Lock()

    @property
    def address(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    @property
    def base_url(self) -> str:
        """What a client is configured with (the server's address, unless the API adds a path)."""
        return self.address

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001
        """A client that hangs up mid-answer (as one does on a reply it cannot read) is what some
        tests provoke: not an error to print into the output the test reads. Others still print."""
        import sys

        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    def next_step(self) -> str:
        with self.lock:
            return self.script.pop(0) if self.script else "ok"


class RecordingHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: LocalServer

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def read_request(self) -> dict:
        """The request's JSON body, kept with its raw bytes, path and headers."""
        raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = json.loads(raw or b"{}")
        with self.server.lock:
            self.server.requests.append(body)
            self.server.raw_bodies.append(raw)
            self.server.paths.append(self.path)
            self.server.headers.append({k.lower(): v for k, v in self.headers.items()})
        return body

    def send_json(self, status: int, data: dict, headers: dict | None = None) -> None:
        payload = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(payload)

    def start_chunked(self, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

    def chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):X}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def end_chunked(self) -> None:
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()


def reply_pieces(reply: str) -> list[str]:
    """The reply as the words a stream sends, each with its trailing space."""
    words = reply.split(" ")
    return [w + (" " if i < len(words) - 1 else "") for i, w in enumerate(words)]


S = TypeVar("S", bound=LocalServer)


def serve(server: S) -> S:
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
