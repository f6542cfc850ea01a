"""How well the verdicts hold: the real checker against a labelled corpus of sketches.

Run: python benchmarks/bench_rubric.py [--split dev|test|both] [--json] [--no-pages] [-v]

Each sketch in tests/corpus/<split>/*.md is checked the way `skisse check` checks it (page count
included) and compared with the label an evaluator gave it in tests/corpus/<split>/labels.toml.
The positive class is the label `fail`; a checker `fail` or `warn` counts as flagged (how many
of each is shown apart); labels `either` are left out; a label `n/a` agrees with a checker
`n/a` or `pass`. Per criterion: the confusion matrix and the balanced accuracy; then the macro
balanced accuracy, the strong sketches given any false `fail`, and the files the four gate
criteria get wrong. A split that is not there is reported as absent.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GATES = ("eligibility", "budget-present", "budget-excludes-procurement", "personal-data")
TARGET_MACRO = 0.95


@dataclass
class Tally:
    tp_fail: int = 0  # label fail, checker fail
    tp_warn: int = 0  # label fail, checker warn
    fn: int = 0  # label fail, checker pass / n/a
    fp_fail: int = 0  # label pass or n/a, checker fail
    fp_warn: int = 0  # label pass or n/a, checker warn
    tn: int = 0
    either: int = 0
    wrong: list[str] = field(default_factory=list)  # "file: label → checker"

    @property
    def tp(self) -> int:
        return self.tp_fail + self.tp_warn

    @property
    def fp(self) -> int:
        return self.fp_fail + self.fp_warn

    @property
    def scored(self) -> int:
        return self.tp + self.fn + self.fp + self.tn

    def balanced_accuracy(self) -> float | None:
        rates = []
        if self.tp + self.fn:
            rates.append(self.tp / (self.tp + self.fn))
        if self.tn + self.fp:
            rates.append(self.tn / (self.tn + self.fp))
        return sum(rates) / len(rates) if rates else None


def _check(path: Path, pages: bool):
    """The verdicts `skisse check` gives one file: {criterion id: status}."""
    from assistant.core.judging.batch import check_path

    report = check_path(path, render=pages)
    return {c.id: (c.status.value if hasattr(c.status, "value") else str(c.status)) for c in report.criteria}, report


def _chosen(name: str, only: list[str], skip: list[str]) -> bool:
    """Whether a file is measured: it matches one --only pattern (when any) and no --skip pattern."""
    if only and not any(fnmatch.fnmatch(name, pat) for pat in only):
        return False
    return not any(fnmatch.fnmatch(name, pat) for pat in skip)


def measure(split_dir: Path, pages: bool = True, only: list[str] | None = None, skip: list[str] | None = None) -> dict | None:
    labels_path = split_dir / "labels.toml"
    if not split_dir.is_dir() or not labels_path.is_file():
        return None
    labels = tomllib.loads(labels_path.read_text(encoding="utf-8"))
    tallies: dict[str, Tally] = {}
    strong_false_fail: dict[str, list[str]] = {}
    gate_wrong: dict[str, set[str]] = {g: set() for g in GATES}
    chosen = [p for p in split_dir.glob("*.md") if _chosen(p.name, only or [], skip or [])]
    files = sorted(p for p in chosen if p.name in labels)
    unlabelled = sorted(p.name for p in chosen if p.name not in labels)
    errors: dict[str, str] = {}
    unknown: dict[str, list[str]] = {}  # a label under an id the checker has no criterion for
    for path in files:
        entry = labels[path.name]
        try:
            verdicts, _ = _check(path, pages)
        except Exception as exc:  # a file the checker cannot read: every criterion counts as not flagged
            errors[path.name] = f"{type(exc).__name__}: {exc}"
            verdicts = {}
        for cid, value in entry.items():
            if not isinstance(value, dict) or "label" not in value:
                continue
            label = value["label"]
            if verdicts and cid not in verdicts:
                unknown.setdefault(cid, []).append(path.name)  # not scored: said, so it is not lost silently
                continue
            tally = tallies.setdefault(cid, Tally())
            got = verdicts.get(cid, "n/a")
            if label == "either":
                tally.either += 1
                continue
            flagged = got in ("fail", "warn")
            if label == "fail":
                if got == "fail":
                    tally.tp_fail += 1
                elif got == "warn":
                    tally.tp_warn += 1
                else:
                    tally.fn += 1
                    tally.wrong.append(f"{path.name}: fail → {got}")
            else:  # pass or n/a
                if got == "fail":
                    tally.fp_fail += 1
                    if entry.get("strong"):
                        strong_false_fail.setdefault(path.name, []).append(cid)
                elif got == "warn":
                    tally.fp_warn += 1
                else:
                    tally.tn += 1
                if flagged:
                    tally.wrong.append(f"{path.name}: {label} → {got}")
            if cid in gate_wrong and (flagged != (label == "fail")):
                gate_wrong[cid].add(path.name)
    accuracies = {cid: t.balanced_accuracy() for cid, t in tallies.items()}
    scored = [v for v in accuracies.values() if v is not None]
    return {
        "files": len(files),
        "strong": sum(1 for p in files if labels[p.name].get("strong")),
        "unlabelled": unlabelled,
        "errors": errors,
        "unknown_criteria": unknown,
        "criteria": {
            cid: {
                "tp_fail": t.tp_fail,
                "tp_warn": t.tp_warn,
                "fn": t.fn,
                "fp_fail": t.fp_fail,
                "fp_warn": t.fp_warn,
                "tn": t.tn,
                "either": t.either,
                "balanced_accuracy": accuracies[cid],
                "wrong": t.wrong,
            }
            for cid, t in tallies.items()
        },
        "macro_balanced_accuracy": sum(scored) / len(scored) if scored else None,
        "strong_with_false_fail": len(strong_false_fail),
        "strong_false_fails": strong_false_fail,
        "gate_wrong": {g: sorted(v) for g, v in gate_wrong.items()},
    }


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def print_split(name: str, result: dict | None, verbose: bool) -> None:
    print(f"== {name}")
    if result is None:
        print("  absent (no tests/corpus/%s/labels.toml)" % name)
        return
    print(f"  {result['files']} sketches ({result['strong']} strong)")
    for fname, error in result["errors"].items():
        print(f"  could not check {fname}: {error}")
    for cid, names in result["unknown_criteria"].items():
        print(f"  labels under «{cid}», which is no criterion of the checker (not scored): {len(names)} files, e.g. {names[0]}")
    if result["unlabelled"]:
        print(f"  without labels (left out): {', '.join(result['unlabelled'])}")
    print(f"  {'criterion':30} {'TP(f/w)':>9} {'FN':>4} {'FP(f/w)':>9} {'TN':>4} {'either':>6} {'bal.acc':>8}")
    for cid, c in result["criteria"].items():
        tp = f"{c['tp_fail'] + c['tp_warn']}({c['tp_fail']}/{c['tp_warn']})"
        fp = f"{c['fp_fail'] + c['fp_warn']}({c['fp_fail']}/{c['fp_warn']})"
        print(f"  {cid:30} {tp:>9} {c['fn']:>4} {fp:>9} {c['tn']:>4} {c['either']:>6} {_fmt(c['balanced_accuracy']):>8}")
        if verbose:
            for w in c["wrong"]:
                print(f"      {w}")
    macro = result["macro_balanced_accuracy"]
    print(f"  macro balanced accuracy {_fmt(macro)}   target >= {TARGET_MACRO}")
    print(f"  strong sketches with a false fail: {result['strong_with_false_fail']}   target 0")
    for fname, cids in result["strong_false_fails"].items():
        print(f"      {fname}: {', '.join(cids)}")
    for gate, wrong in result["gate_wrong"].items():
        print(f"  gate {gate}: {len(wrong)} wrong   target 0" + (f"  ({', '.join(wrong)})" if verbose and wrong else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus", help="folder holding dev/ and test/")
    parser.add_argument("--json", action="store_true", help="the figures as JSON")
    parser.add_argument("--no-pages", action="store_true", help="skip the page count (page-limit becomes n/a)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every disagreement")
    parser.add_argument("--only", action="append", default=[], metavar="PATTERN", help="measure only files whose name matches (e.g. 'zk-*'); repeatable")
    parser.add_argument("--skip", action="append", default=[], metavar="PATTERN", help="leave out files whose name matches; repeatable")
    args, _ = parser.parse_known_args(argv)  # run.py passes its own arguments to every bench
    splits = ("dev", "test") if args.split == "both" else (args.split,)
    results = {s: measure(args.corpus / s, pages=not args.no_pages, only=args.only, skip=args.skip) for s in splits}
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        for s in splits:
            print_split(s, results[s], args.verbose)
    # A misnamed label would leave a criterion unscored for those files: not a figure to trust.
    return 1 if any(r and r["unknown_criteria"] for r in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
