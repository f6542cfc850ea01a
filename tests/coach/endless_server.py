"""A model server on 127.0.0.1 that answers every request with a body without end (or, with
`bomb`, a small gzip body that unpacks to hundreds of megabytes), counting what it sent."""

from __future__ import annotations

import json
import socket
import threading
import zlib
from dataclasses import dataclass, field

HARD_STOP = 512 * 1024 * 1024  # never more than this, whatever the client does
CHUNK = b"a" * 65536


@dataclass
class EndlessServer:
    sock: socket.socket
    bomb: bool = False
    sent: list[int] = field(default_factory=list)  # bytes of body sent, one entry per request answered
    paths: list[str] = field(default_factory=list)
    threads: list[threading.Thread] = field(default_factory=list)

    @property
    def url(self) -> str:
        host, port = self.sock.getsockname()
        return f"http://{host}:{port}"

    def close(self) -> None:
        self.sock.close()
        for thread in self.threads:
            thread.join(timeout=120)


def _read_request(conn: socket.socket) -> tuple[str, dict]:
    data = b""
    while b"\r\n\r\n" not in data:
        more = conn.recv(65536)
        if not more:
            raise ConnectionError
        data += more
    head, body = data.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    length = next((int(line.split(":", 1)[1]) for line in lines[1:] if line.lower().startswith("content-length:")), 0)
    while len(body) < length:
        body += conn.recv(65536)
    try:
        payload = json.loads(body or b"{}")
    except ValueError:
        payload = {}
    return lines[0].split(" ")[1], payload if isinstance(payload, dict) else {}


def _answer(server: EndlessServer, conn: socket.socket) -> None:
    sent = 0
    try:
        conn.settimeout(120)
        path, payload = _read_request(conn)
        server.paths.append(path)
        streamed = payload.get("stream") is True
        kind = "text/event-stream" if streamed and "/api/" not in path else ("application/x-ndjson" if "/api/" in path else "application/json")
        start = b'data: {"choices":[{"index":0,"delta":{"content":"' if kind == "text/event-stream" else b'{"message":{"role":"assistant","content":"'
        if server.bomb:
            packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
            body = packer.compress(start) + b"".join(packer.compress(b"\0" * (1 << 20)) for _ in range(300)) + packer.flush()
            conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Encoding: gzip\r\nContent-Length: {len(body)}\r\n\r\n".encode())
            conn.sendall(body)
            sent = len(body)
            return
        conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nTransfer-Encoding: chunked\r\n\r\n".encode())
        piece = f"{len(start):x}\r\n".encode() + start + b"\r\n"
        conn.sendall(piece)
        sent += len(start)
        frame = f"{len(CHUNK):x}\r\n".encode() + CHUNK + b"\r\n"
        while sent < HARD_STOP:  # a line that never ends: the client has to stop reading
            conn.sendall(frame)
            sent += len(CHUNK)
    except OSError:
        pass  # the client closed the connection: what it was meant to do
    finally:
        server.sent.append(sent)
        conn.close()


def start(*, bomb: bool = False) -> EndlessServer:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    server = EndlessServer(sock, bomb=bomb)

    def serve() -> None:
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            thread = threading.Thread(target=_answer, args=(server, conn), daemon=True)
            server.threads.append(thread)
            thread.start()

    threading.Thread(target=serve, daemon=True).start()
    return server
