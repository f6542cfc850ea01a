"""Every failure of a model request as a `CoachError` the user can act on.

Exceptions are recognised by class name and status code, so no provider SDK has to be
imported here: openai, anthropic and mistral clients share the names below.
"""

from __future__ import annotations

import asyncio
import logging

from ..i18n import t
from .base import CoachError
from .settings import PROVIDER_KEY_ENV, CoachSettings

_TIMEOUT = {"APITimeoutError", "TimeoutException", "ReadTimeout", "ConnectTimeout", "WriteTimeout", "PoolTimeout", "TimeoutError"}
_CONNECT = {"APIConnectionError", "ConnectError", "ConnectionError", "ConnectionRefusedError"}
# A reply that is no valid answer: bytes that are not UTF-8, text that is not JSON, JSON that is
# not the API's shape (the client then fails on a missing key or a wrong type).
_INVALID = {"UnicodeError", "JSONDecodeError", "APIResponseValidationError", "ValidationError", "ValueError", "TypeError", "KeyError", "AttributeError", "IndexError"}
_log = logging.getLogger(__name__)
_CUT = {"RemoteProtocolError", "ReadError", "IncompleteRead", "ChunkedEncodingError", "StreamClosedError", "ClientPayloadError"}


def _names(exc: BaseException) -> set[str]:
    return {cls.__name__ for cls in type(exc).__mro__}


def _status(exc: BaseException) -> int | None:
    for attr in ("status_code", "status"):
        value = getattr(exc, attr, None)
        if isinstance(value, int):
            return value
    response = getattr(exc, "response", None)
    value = getattr(response, "status_code", None)
    return value if isinstance(value, int) else None


def _chain(exc: BaseException) -> list[BaseException]:
    out = []
    seen = set()
    while exc is not None and id(exc) not in seen:
        out.append(exc)
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return out


def _detail(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return (text[:200] + "…") if len(text) > 200 else (text or type(exc).__name__)


def retry_after(exc: BaseException) -> float | None:
    """Seconds the server asked us to wait (Retry-After), if it said."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    value = headers.get("retry-after")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def to_coach_error(exc: BaseException, settings: CoachSettings, lang: str, *, partial: str = "", tries: int = 1) -> CoachError:
    """The CoachError that tells the user what happened to this request and what to do."""
    if isinstance(exc, CoachError):
        if partial and not exc.partial:
            exc.partial = partial
        return exc
    where = settings.base_url or settings.label
    model = settings.label
    names: set[str] = set()
    status = None
    for link in _chain(exc):
        names |= _names(link)
        status = status or _status(link)
    provider = settings.provider if settings.provider != "openai-compatible" else settings.base_url or "openai"
    env = settings.api_key_env or PROVIDER_KEY_ENV.get(settings.provider, "SKISSE_API_KEY")

    def err(key: str, retryable: bool, code: str, **kw: object) -> CoachError:
        if key == "cut" and not partial.strip():  # nothing above to call incomplete
            key = "cut_empty"
        message = t(f"coach.error.{key}", lang, **kw)
        return CoachError(message, retryable, partial=partial, code=code)

    if "ReplyTooLarge" in names:  # a server that would not stop (http.MAX_RESPONSE_BYTES)
        return CoachError(t("reply.too_large", lang, mb=32), False, partial=partial, code="too-large")
    if "ReplyEncodingRefused" in names:  # br or zstd, not asked for: its size cannot be bounded as it is unpacked
        refused = next((link for link in _chain(exc) if type(link).__name__ == "ReplyEncodingRefused"), exc)
        return CoachError(t("reply.encoding_refused", lang, encoding=str(refused)[:40]), False, partial=partial, code="encoding")
    if status == 401 or "AuthenticationError" in names:
        return err("auth", False, "auth", env=env, provider=provider)
    if status == 403 or "PermissionDeniedError" in names:
        return err("forbidden", False, "forbidden", model=model)
    if status == 404 or "NotFoundError" in names:
        return err("not_found", False, "not-found", model=model)
    if status == 429 or "RateLimitError" in names:
        return err("rate_limit", True, "rate-limit", tries=tries)
    if status is not None and status >= 500:
        return err("server", True, "server", status=status)
    if status == 400 or "BadRequestError" in names:
        _log.warning("model request refused (400): %s", _detail(exc))
        return err("bad_request", False, "bad-request", detail=_server_message(exc) or t("coach.error.no_detail", lang))
    if names & _TIMEOUT or isinstance(exc, asyncio.TimeoutError):
        return err("timeout", True, "timeout", seconds=f"{settings.timeout_s:g}")
    if partial and (names & (_CUT | _CONNECT)):
        return err("cut", True, "cut")
    if names & _CUT:
        return err("cut", True, "cut")
    if names & _CONNECT or isinstance(exc, (ConnectionError, OSError)):
        return err("no_server", True, "no-server", where=where)
    # Logged with its Python text (for whoever reads the log); the user gets a plain sentence.
    _log.warning("model request failed: %s: %s", type(exc).__name__, _detail(exc))
    if names & _INVALID:
        return err("invalid_reply", True, "invalid-reply")
    if partial:
        return err("cut", True, "cut")
    return err("unknown", True, "unknown")


def _server_message(exc: BaseException) -> str:
    """The message the model service itself gave with a refusal (its JSON body's `message`),
    never the client library's exception text; "" when it gave none."""
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error") if isinstance(body.get("error"), dict) else body
        message = inner.get("message") if isinstance(inner, dict) else None
        if isinstance(message, str) and message.strip():
            text = " ".join(message.split())
            return (text[:200] + "…") if len(text) > 200 else text
    return ""
