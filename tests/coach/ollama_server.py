"""A small Ollama-compatible server on 127.0.0.1 for tests: `POST /api/chat`, streamed as
newline-delimited JSON the way Ollama streams, or one JSON object when `stream` is false.

`script` takes one step per request: ok, 404 (the model is not pulled), 500. Requests are kept
(see `local_server.py`).
"""

from __future__ import annotations

import json

from local_server import LocalServer, RecordingHandler, reply_pieces, serve


class OllamaServer(LocalServer):
    def __init__(self) -> None:
        super().__init__(_Handler, reply="Tallene mangler kilde; legg til KOSTRA-tall for hjemmetjenesten.")


class _Handler(RecordingHandler):
    server: OllamaServer

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        body = self.read_request()
        step = self.server.next_step()
        if step == "404":
            return self.send_json(404, {"error": f"model '{body.get('model')}' not found, try pulling it first"})
        if step == "500":
            return self.send_json(500, {"error": "llama runner process has terminated"})
        pieces = reply_pieces(self.server.reply)
        done = {
            "model": body.get("model"), "created_at": "2026-11-27T00:00:00Z",
            "message": {"role": "assistant", "content": ""}, "done": True, "done_reason": "stop",
            "total_duration": 1000, "load_duration": 10, "prompt_eval_count": 250, "prompt_eval_duration": 100,
            "eval_count": len(pieces), "eval_duration": 500,
        }
        if not body.get("stream", True):
            return self.send_json(200, {**done, "message": {"role": "assistant", "content": self.server.reply}})
        self.start_chunked("application/x-ndjson")
        for piece in pieces:
            part = {"model": body.get("model"), "created_at": "2026-11-27T00:00:00Z", "message": {"role": "assistant", "content": piece}, "done": False}
            self.chunk((json.dumps(part, ensure_ascii=False) + "\n").encode())
        self.chunk((json.dumps(done) + "\n").encode())
        self.end_chunked()


def start() -> OllamaServer:
    return serve(OllamaServer())
