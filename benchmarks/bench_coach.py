"""Coach speed: start-up with a model configured, token counting, offline replies, and a streamed
reply from a local OpenAI-compatible server through the real client.

Run: python benchmarks/bench_coach.py [--runs N]

Each line prints the median and a ratio against a baseline measured in the same run: start-up
with no model configured; the deterministic check alone; the server's own time to stream.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "coach"))

from _common import median_time  # noqa: E402
from _corpus import STRONG_SKETCH, five_page_sketch  # noqa: E402

HEAVY = ("langchain", "langchain_core", "langchain_openai", "openai", "anthropic", "tiktoken")
STARTUP = """
import json, sys, time
t = time.perf_counter()
from assistant.cli.main import build_parser
build_parser("nb")
from assistant.coach.base import make_coach
coach = make_coach()
print(json.dumps({"s": time.perf_counter() - t, "offline": coach.offline,
                  "heavy": sorted(m for m in sys.modules if m.split(".")[0] in HEAVY)}))
""".replace("HEAVY", repr(HEAVY))



def _startup(env: dict) -> dict:
    out = subprocess.run([sys.executable, "-c", STARTUP], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_startup(runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base_env = {**os.environ, "SKISSE_HOME": tmp}
        base_env.pop("SKISSE_MODEL", None)
        model_env = {**base_env, "SKISSE_MODEL": "openai:gpt-4o-mini", "OPENAI_API_KEY": "sk-bench"}
        _startup(base_env)  # warm the file cache
        offline, model = [], []
        for _ in range(runs):  # interleaved, so a busy moment hits both
            offline.append(_startup(base_env))
            model.append(_startup(model_env))
    base = statistics.median(r["s"] for r in offline)
    full = statistics.median(r["s"] for r in model)
    heavy = sorted({m for r in model for m in r["heavy"]})
    print("start-up (CLI parser + make_coach) with openai:gpt-4o-mini configured")
    print(f"  median {full * 1000:8.1f} ms   ({full / base:.2f}x with no model, {base * 1000:.1f} ms); "
          f"LangChain/SDK modules loaded: {len(heavy)} {heavy if heavy else ''}")
    code = "import time; t=time.perf_counter(); import langchain_openai, langchain_core.prompts; print(time.perf_counter()-t)"
    deferred = statistics.median(float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout) for _ in range(max(3, runs // 2)))
    print(f"  deferred to the first request: importing langchain-openai takes {deferred * 1000:.0f} ms")


def bench_tokens(runs: int) -> None:
    from assistant.coach import tokens

    text = five_page_sketch(0)
    start = time.perf_counter()
    enc = tokens.offline_encoding("o200k_base")
    build = time.perf_counter() - start
    counter = tokens.counter_for("gpt-4o-mini")
    count = median_time(lambda i: counter.count(text), runs)
    approx = median_time(lambda i: len(text) / 3.6, runs)
    n = counter.count(text)
    print(f"token count of a five-page sketch with o200k_base ({n} tokens)")
    print(f"  median {count * 1000:8.2f} ms   (encoding built once from the wheel's file in {build * 1000:.0f} ms; "
          f"{count / max(approx, 1e-9):.0f}x a length estimate); exact: {enc is not None}")


def bench_offline(runs: int) -> None:
    from assistant.coach.base import CoachRequest
    from assistant.coach.offline import OfflineCoach
    from assistant.core.sketch.document import parse_sketch
    from assistant.core.judging.engine import check_sketch
    from assistant.core.sketch.rubric import load_rubric

    texts = [five_page_sketch(i % 5) for i in range(runs)]
    rubric = load_rubric()
    check_sketch(parse_sketch(texts[0]), rubric)
    base = median_time(lambda i: check_sketch(parse_sketch(texts[i]), rubric), runs)
    cases = (
        ("interview", "need", "Vi har mange som faller."),
        ("ask", None, "Vi har mange som faller."),
        ("ask", None, "Hva mangler før vi kan sende inn?"),  # the whole sketch
        ("ask", None, "Er budsjettet vårt stort nok?"),  # one subject
        ("fit", None, ""),
        ("assess", None, ""),
    )
    for kind, section, question in cases:
        coach = OfflineCoach(lang="nb")
        # A draft no case has judged before: the core caches a checkup, and a reply on a judged
        # draft would measure nothing but the text it puts together.
        fresh = [f"{texts[i]}\n\nSist endret {kind} {question} {i}.\n" for i in range(runs)]
        req = [CoachRequest(kind=kind, sketch_text=fresh[i], section=section, question=question, lang="nb") for i in range(runs)]
        full = median_time(lambda i: coach.reply(req[i]), runs)
        print(f"offline coach '{kind}' reply{f' to «{question}»' if kind == 'ask' else ''}, five-page sketch")
        print(f"  median {full * 1000:8.1f} ms   ({full / base:.1f}x the deterministic check alone, {base * 1000:.1f} ms)")


def bench_http_stream(runs: int) -> None:
    from openai_server import start

    from assistant.coach.base import CoachRequest
    from assistant.coach.llm import LangChainCoach
    from assistant.coach.settings import CoachSettings

    server = start()
    server.reply = " ".join(["ord"] * 200)
    settings = CoachSettings(model="bench", base_url=server.base_url, local_model=True, backoff_s=0)
    request = CoachRequest(kind="ask", sketch_text=STRONG_SKETCH, question="Hva mangler?", lang="nb")

    async def one() -> tuple[float, float]:
        coach = LangChainCoach(settings, lang="nb")
        start = time.perf_counter()
        first = None
        async for _ in coach.astream(request):
            if first is None:
                first = time.perf_counter() - start
        return first or 0.0, time.perf_counter() - start

    asyncio.run(one())  # imports and connection set-up
    results = [asyncio.run(one()) for _ in range(runs)]
    raw = median_time(lambda i: _raw_stream(server.base_url), runs)
    server.shutdown()
    first = statistics.median(r[0] for r in results)
    total = statistics.median(r[1] for r in results)
    print("streamed reply of 200 words from a local OpenAI-compatible server (prompt building included)")
    print(f"  median first chunk {first * 1000:6.1f} ms, whole reply {total * 1000:6.1f} ms   ({total / raw:.1f}x the same stream read raw with httpx, {raw * 1000:.1f} ms)")


def _raw_stream(base_url: str) -> None:
    import httpx

    body = {"model": "bench", "stream": True, "messages": [{"role": "user", "content": "x"}]}
    with httpx.stream("POST", base_url + "/chat/completions", json=body, timeout=10) as r:
        for _ in r.iter_lines():
            pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args, _ = parser.parse_known_args()
    bench_startup(max(5, args.runs // 2))
    bench_tokens(args.runs)
    bench_offline(args.runs)
    bench_http_stream(args.runs)


if __name__ == "__main__":
    main()
