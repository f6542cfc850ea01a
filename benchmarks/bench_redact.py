"""Redaction before a cloud model: how much it catches, what it wrongly touches, what it costs.

Run: python benchmarks/bench_redact.py [--runs N] [--sketches N] [--seed N]

Recall per kind and false positives are measured on the generated corpus the tests use
(`tests/reliability/personal_corpus.py`: identity numbers, phones and e-mail addresses planted in
every form and place, beside amounts, budget cells, dates, year ranges, org numbers and KOSTRA
figures). A planted item is caught when what identifies the person is gone from the redacted
text; a number that must stay is a false positive when any hit overlaps it.

Times are medians, with a ratio against a baseline measured in the same run: the deterministic
check of the same five-page sketch (what Skisse already does before every coach request).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from _common import median_time  # noqa: E402
from _corpus import five_page_sketch  # noqa: E402

TARGET_RECALL = {"identity": 99.5, "phone": 98.0, "email": 98.0}
TARGET_REDACT_MS = 5.0



def bench_quality(count: int, seed: int) -> None:
    from reliability.personal_corpus import IDENTITY, corpus, leaked

    from assistant.coach.redact import redact
    from assistant.core.sketch.personal import find_personal_data

    sketches = corpus(seed=seed, count=count)
    planted, caught, kept, touched = Counter(), Counter(), Counter(), Counter()
    other_hits = 0
    for sketch in sketches:
        for text, in_question in ((sketch.text, False), (sketch.question, True)):
            redacted, _ = redact(text)
            for p in (p for p in sketch.planted if p.in_question == in_question):
                group = "identity" if p.kind in IDENTITY else p.kind
                planted[group] += 1
                caught[group] += not leaked(p, redacted)
        hits = find_personal_data(sketch.text)
        for k in sketch.kept:
            kept[k.kind] += 1
            touched[k.kind] += any(h.start < k.end and k.start < h.end for h in hits)
        mine = [(p.start, p.end) for p in sketch.planted if not p.in_question]
        other_hits += sum(not any(h.start < e and s < h.end for s, e in mine) for h in hits)
    total = sum(planted.values())
    print(f"recall on {count} generated sketches (seed {seed}), {total} planted identifiers")
    for group in ("identity", "phone", "email"):
        recall = 100 * caught[group] / planted[group]
        print(f"  {group:9s} {caught[group]:5d} / {planted[group]:5d}  {recall:6.2f} %   target >= {TARGET_RECALL[group]} %")
    print(f"false positives: {sum(touched.values())} of {sum(kept.values())} numbers that must stay were touched "
          f"({', '.join(f'{k} {touched[k]}/{kept[k]}' for k in sorted(kept))}); target 0")
    print(f"  other hits (neither planted nor kept): {other_hits}")


def bench_speed(runs: int) -> None:
    from reliability.personal_corpus import corpus

    from assistant.coach.redact import redact
    from assistant.core.sketch.document import parse_sketch
    from assistant.core.judging.engine import check_sketch
    from assistant.core.sketch.rubric import load_rubric

    rubric = load_rubric()
    texts = [five_page_sketch(i % 5) for i in range(runs)]
    check_sketch(parse_sketch(texts[0]), rubric)
    redact(texts[0])  # imports and caches, as after the first request
    check = median_time(lambda i: check_sketch(parse_sketch(texts[i]), rubric), runs)
    clean = median_time(lambda i: redact(texts[i]), runs)
    planted = corpus(seed=99, count=runs)
    # A five-page sketch with a generated sketch's personal data (some 30 identifiers) added.
    dirty_texts = [texts[i] + "\n\n" + planted[i].text.split("---", 2)[2] for i in range(runs)]
    dirty = median_time(lambda i: redact(dirty_texts[i]), runs)
    print(f"redact a five-page sketch ({len(texts[0])} characters)")
    print(f"  median {clean * 1000:8.2f} ms   target <= {TARGET_REDACT_MS:.0f} ms   ({clean / check:.2f}x the deterministic check, {check * 1000:.1f} ms)")
    print(f"  with some 30 identifiers added ({len(dirty_texts[0])} characters): median {dirty * 1000:.2f} ms ({dirty / check:.2f}x the check)")
    rng = random.Random(1)
    hostile = {
        "numbers in groups of three": " ".join(str(rng.randint(0, 999)) for _ in range(250_000))[:1_000_000],
        "a budget table of 60 000 rows": "| Post | Beløp |\n|---|---:|\n" + "| Utvikling | 45000000 |\n" * 40_000,
        "mobile numbers, one a line": "mobil 912 34 567\n" * 60_000,
        "e-mail addresses, one a line": "kari.nordmann@nav.no\n" * 50_000,
    }
    for name, text in hostile.items():
        start = time.perf_counter()
        redact(text)
        print(f"  1 MB of {name}: {time.perf_counter() - start:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--sketches", type=int, default=60)
    parser.add_argument("--seed", type=int, default=16)
    args, _ = parser.parse_known_args()
    bench_quality(args.sketches, args.seed)
    bench_speed(args.runs)


if __name__ == "__main__":
    main()
