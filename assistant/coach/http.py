"""Every model provider's HTTP client reads response bodies through a counter.

A hostile or broken model server could otherwise send a body without end, and the provider's
client would hold all of it in memory (a JSON reply is read whole; a streamed line is buffered
until its newline). `cap(client)` adds two event hooks to an httpx client (or to the httpx2
client the Anthropic and OpenAI SDKs use; the hooks are public API of both):

- on every request, `Accept-Encoding: gzip, deflate`, so the body is counted as it is decoded;
- on every response, the body stream is wrapped: past MAX_RESPONSE_BYTES (of the bytes
  received, and of the bytes they decode to) `ReplyTooLarge` is raised, the client closes the
  connection and the rest is never read. A gzip or deflate body is decoded here, a bounded
  amount at a time, so a small compressed body cannot unpack to gigabytes in one step; a body
  in another encoding (br, zstd), which was not asked for, is refused.

Nothing here imports httpx at start-up: the hooks find the library from the objects they get.
"""

from __future__ import annotations

import importlib
import zlib
from collections.abc import Iterator
from typing import Any

# The most a response body may hold, streamed or not (a whole assessment is some kilobytes; a
# streamed reply stops at llm.MAX_REPLY_CHARS well before this).
MAX_RESPONSE_BYTES = 32_000_000
_STEP = 1 << 16  # the most one step of decoding may produce
_ACCEPTED = "gzip, deflate"


class ReplyTooLarge(Exception):
    """A model server sent more than MAX_RESPONSE_BYTES in one response."""


class ReplyEncodingRefused(Exception):
    """A model server compressed a body in an encoding that was not asked for (br, zstd)."""


def _limit() -> int:
    return MAX_RESPONSE_BYTES


class _Done:
    """What a hook returns: awaitable for an async client, ignored by a sync one."""

    def __await__(self):  # type: ignore[no-untyped-def]
        return iter(())


class _Counter:
    """Counts the bytes received and, for gzip or deflate, decodes them a bounded step at a time."""

    def __init__(self, encoding: str) -> None:
        self.received = 0
        self.decoded = 0
        self.encoding = encoding
        self.inflate = self._new() if encoding else None
        self.first = True

    def _new(self) -> Any:
        # gzip: a gzip header; deflate: zlib's (raw deflate is tried if that fails, as httpx does)
        return zlib.decompressobj(zlib.MAX_WBITS | 16 if self.encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS)

    def _count(self, n: int, decoded: bool) -> None:
        if decoded:
            self.decoded += n
        else:
            self.received += n
        if self.received > _limit() or self.decoded > _limit():
            raise ReplyTooLarge(max(self.received, self.decoded))

    def feed(self, chunk: bytes) -> Iterator[bytes]:
        self._count(len(chunk), decoded=False)
        if self.inflate is None:
            yield chunk
            return
        data = chunk
        while data:
            try:
                out = self.inflate.decompress(data, _STEP)
            except zlib.error:
                if not (self.first and self.encoding == "deflate"):
                    raise
                self.inflate, self.first = zlib.decompressobj(-zlib.MAX_WBITS), False
                continue
            self.first = False
            self._count(len(out), decoded=True)
            if out:
                yield out
            if self.inflate.eof and self.inflate.unused_data:  # a second gzip member
                data, self.inflate = self.inflate.unused_data, self._new()
            else:
                data = self.inflate.unconsumed_tail

    def end(self) -> Iterator[bytes]:
        if self.inflate is not None:
            out = self.inflate.flush()
            self._count(len(out), decoded=True)
            if out:
                yield out


def _library(obj: object) -> Any:
    """The httpx-like library (httpx, httpx2) an object comes from."""
    return importlib.import_module(type(obj).__module__.split(".")[0])


def _wrap(response: Any) -> None:
    lib = _library(response)
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding in ("", "identity"):
        encoding = ""
    elif encoding in ("gzip", "x-gzip", "deflate"):
        del response.headers["content-encoding"]  # decoded here, so the client passes it through
    else:
        raise ReplyEncodingRefused(encoding)
    counter = _Counter(encoding)
    inner = response.stream

    class Capped(lib.SyncByteStream, lib.AsyncByteStream):  # type: ignore[misc,name-defined]
        """The body as the client reads it, sync or async (as the stream it wraps allows)."""

        def __iter__(self):  # type: ignore[no-untyped-def]
            for chunk in inner:
                yield from counter.feed(chunk)
            yield from counter.end()

        async def __aiter__(self):  # type: ignore[no-untyped-def]
            async for chunk in inner:
                for out in counter.feed(chunk):
                    yield out
            for out in counter.end():
                yield out

        def close(self) -> None:
            if isinstance(inner, lib.SyncByteStream):
                inner.close()

        async def aclose(self) -> None:
            if isinstance(inner, lib.AsyncByteStream):
                await inner.aclose()

    response.stream = Capped()


def request_hook(request: Any) -> _Done:
    """Ask for a body this module can count as it decodes it."""
    request.headers["accept-encoding"] = _ACCEPTED
    return _Done()


def response_hook(response: Any) -> _Done:
    """Read the body through the counter (sync and async clients alike)."""
    _wrap(response)
    return _Done()


def hooks() -> dict[str, list]:
    """The event hooks to give a client when it is made (`event_hooks=hooks()`)."""
    return {"request": [request_hook], "response": [response_hook]}


def cap(client: Any) -> Any:
    """Add the hooks to an httpx or httpx2 client, sync or async (once); returns the client."""
    current = {name: list(found) for name, found in client.event_hooks.items()}
    for name, hook in (("request", request_hook), ("response", response_hook)):
        if hook not in current.setdefault(name, []):
            current[name].append(hook)
    client.event_hooks = current
    return client


def capped_async_client(timeout: float) -> Any:
    import httpx

    return httpx.AsyncClient(timeout=timeout, event_hooks=hooks())


def capped_client(timeout: float) -> Any:
    import httpx

    return httpx.Client(timeout=timeout, event_hooks=hooks())


def cap_anthropic(model: Any, timeout: float) -> Any:
    """langchain-anthropic makes its SDK clients itself, on a shared default httpx client: each is
    replaced, once made, by a copy on a client of the SDK's own kind with the hooks."""
    import anthropic

    for name, kind in (("_client", anthropic.DefaultHttpxClient), ("_async_client", anthropic.DefaultAsyncHttpxClient)):
        sdk = getattr(model, name)
        model.__dict__[name] = sdk.with_options(http_client=cap(kind(timeout=timeout)))
    return model


def cap_mistral(model: Any) -> Any:
    """langchain-mistralai keeps its two httpx clients as fields: the hooks are added to them."""
    for name in ("client", "async_client"):
        client = getattr(model, name, None)
        if client is not None:
            cap(client)
    return model
