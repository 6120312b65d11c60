"""Accuracy of the extractor on the golden tables and the scored corpora.

    python evaluation/evaluate.py                 # every table and corpus
    python evaluation/evaluate.py eval_realworld  # one table (a module of tests/cases)
    python evaluation/evaluate.py --failures dev_realworld

Per table: cases passed exactly, and record-level recall / precision over the expected
tuples (metric, region, date, value, qualifier), the same key the golden tests compare.
Per corpus folder (tests/data/*/ with expected.csv): the shared scorer's recall,
precision and negatives. Keep the eval tables out of any tuning loop: run them to
measure, not to look for sentences to fix.
"""

from __future__ import annotations

import argparse
import importlib
import io
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import extract_paths, extract_text  # noqa: E402
from extract.records import write_csv  # noqa: E402

TABLES = (
    "dev_cases",
    "dev_realworld",
    "dev_feeds",
    "dev_narrative",
    "dev_county",
    "eval_cases",
    "eval_realworld",
    "eval_feeds",
    "eval_narrative",
    "blind_narrative",
    "blind_feeds",
    "blind2_narrative",
    "blind2_feeds",
    "blind3_narrative",
    "blind3_feeds",
    "blind4_narrative",
    "blind4_feeds",
    "blind5_narrative",
    "blind5_feeds",
    "blind6_narrative",
    "blind6_feeds",
    "blind7_narrative",
    "blind7_feeds",
    "blind8_narrative",
    "blind8_feeds",
    "blind9_narrative",
    "blind9_feeds",
    "blind10_narrative",
    "blind10_feeds",
    "blind11_narrative",
    "blind11_feeds",
    "blind12_narrative",
    "blind12_feeds",
    "blind13_narrative",
    "blind13_feeds",
    "blind14_narrative",
    "blind14_feeds",
    "blind15_narrative",
    "blind15_feeds",
    "blind16_narrative",
    "blind16_feeds",
    "blind17_narrative",
    "blind17_feeds",
    "blind18_narrative",
    "blind18_feeds",
    "blind19_narrative",
    "blind19_feeds",
    "blind20_narrative",
    "blind20_feeds",
    "blind21_narrative",
    "blind21_feeds",
    "blind22_narrative",
    "blind22_feeds",
    "blind23_narrative",
    "blind23_feeds",
    "blind24_narrative",
    "blind24_feeds",
    "blind25_narrative",
    "blind25_feeds",
    "blind26_narrative",
    "blind26_feeds",
    "blind27_narrative",
    "blind27_feeds",
    "bugs_caught",
)
# Measured once, at the end of a round (--holdout): never read, never tuned against.
HOLDOUTS = ("holdout_realworld", "holdout_feeds", "holdout_narrative")
SCORER = ROOT.parent / "shared" / "tools" / "score.py"


def _key(metric, region, date, value, qualifier):
    return (metric, region, date, round(float(value), 2), qualifier or "")


def score_table(name: str, show_failures: bool = False) -> dict:
    try:
        module = importlib.import_module(f"tests.cases.{name}")
    except ModuleNotFoundError:
        return {}
    passed = tp = n_want = n_got = 0
    for case in module.CASES:
        recs = extract_text(
            case["text"], doc="case.txt", published=case.get("published"), city=case.get("city", "株洲市")
        )  # None: a corpus without a home city
        got = {_key(r.metric, r.region, r.date, r.value, r.qualifier) for r in recs}
        want = {_key(m, reg, d, v, q) for m, reg, d, v, _s, q in case["expect"]}
        tp += len(got & want)
        n_want += len(want)
        n_got += len(got)
        if got == want:
            passed += 1
        elif show_failures:
            print(f"  FAIL {case['id']}\n    missing={sorted(want - got)}\n    extra={sorted(got - want)}")
    return {
        "table": name,
        "cases": len(module.CASES),
        "passed": passed,
        "recall": tp / n_want if n_want else 1.0,
        "precision": tp / n_got if n_got else 1.0,
        "tp": tp,
        "expected": n_want,
        "emitted": n_got,
    }


def score_corpus(folder: Path) -> str:
    buf = io.StringIO()
    # the folder's own home city: corpus.json's, else the one its articles speak for, else none
    write_csv((r for _a, recs, _e in extract_paths([folder]) for r in recs), buf)
    out = folder / ".records.csv"
    out.write_text(buf.getvalue(), encoding="utf-8")
    try:
        neg = folder / "negatives.csv"
        args = [sys.executable, str(SCORER), str(out), str(folder / "expected.csv")]
        if neg.exists():
            args.append(str(neg))
        res = subprocess.run(args, capture_output=True, text=True)
        return (res.stdout.strip().splitlines() or [res.stderr.strip()])[-1]
    finally:
        out.unlink()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tables", nargs="*", default=list(TABLES))
    ap.add_argument("--failures", action="store_true", help="list the cases that differ")
    ap.add_argument(
        "--holdout",
        action="store_true",
        help=f"also the holdout tables ({', '.join(HOLDOUTS)}): once per round, scores only",
    )
    args = ap.parse_args(argv)
    if args.holdout:
        if args.failures:
            ap.error("--holdout prints scores only: a holdout's failures are never read")
        args.tables = [*args.tables, *HOLDOUTS]
    print(f"{'table':16} {'cases':>5} {'exact':>6} {'recall':>7} {'precision':>9}")
    for name in args.tables:
        s = score_table(name, args.failures)
        if s:
            print(
                f"{s['table']:16} {s['cases']:5d} {s['passed']:6d} {s['recall']:7.3f} {s['precision']:9.3f}"
                f"   ({s['tp']}/{s['expected']} expected, {s['emitted']} emitted)"
            )
    if set(args.tables) >= set(TABLES) and SCORER.exists():
        for folder in sorted((ROOT / "tests" / "data").glob("*/expected.csv")):
            print(f"corpus {folder.parent.name}: {score_corpus(folder.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
