"""Timeline and charts at archive size (issue 12): does each step grow linearly?

    .venv/bin/python bench/bench_dashboard.py [--sizes 5 500 2000 10000] [--rounds 3]

Builds corpora of N articles from the bench archive (bench/archive, repeated when N is larger,
each copy its own file) and, per size, with the records already extracted (extraction is
measured by bench_extract.py and cached by the store): build_timeline, the timeline read back
from the store (briefing.snapshot, what a fresh dashboard server does), each chart's build,
all five together, and the process's peak RSS growth while doing it. Prints seconds (best of
--rounds) and the growth ratio of each step from one size to the next relative to the growth
in articles (≈1 is linear; the issue's bar is ≤ 5 for 4× the articles, i.e. ≤ 1.25 here).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import itertools  # noqa: E402

from briefing import charts  # noqa: E402
from briefing.snapshot import corpus_timeline  # noqa: E402
from briefing.timeline import build_timeline  # noqa: E402
from store import loader  # noqa: E402

ARCHIVE = ROOT / "bench" / "archive"


def build_corpus(n: int, folder: Path) -> Path:
    sources = sorted(ARCHIVE.glob("*.txt"))
    if not sources:
        sys.exit(f"no bench archive in {ARCHIVE}: run bench/bench_extract.py once to build it")
    folder.mkdir(parents=True)
    for i in range(n):
        src = sources[i % len(sources)]
        shutil.copyfile(src, folder / f"{i:06d}_{src.name}")
    return folder


def best(fn, rounds: int) -> tuple[float, object]:
    out, times = None, []
    for _ in range(rounds):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return min(times), out


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[5, 500, 2000, 10000])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            folder = build_corpus(n, Path(tmp) / f"c{n}")
            t0 = time.perf_counter()
            data = loader.load_corpus(folder, "株洲市")
            extract_s = time.perf_counter() - t0
            # reopened, records stored (issue 10): folder → records → timeline → the first chart
            t0 = time.perf_counter()
            data = loader.load_corpus(folder, "株洲市")
            reopen_s = time.perf_counter() - t0
            first_tl = build_timeline(data.records, data.published_by_doc())
            charts.build_chart(
                "cumulative_cases", first_tl.points, region=data.city, events=data.events, home=data.city
            )
            first_chart_s = time.perf_counter() - t0
            # what a fresh dashboard server does: the timeline kept in the store (briefing.snapshot)
            fingerprint = loader.corpus_fingerprint(folder)
            t0 = time.perf_counter()
            corpus_timeline(data, fingerprint)  # builds it and keeps it: the first server ever
            keep_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            data = loader.load_corpus(folder, "株洲市")
            kept_tl = corpus_timeline(data, fingerprint)
            charts.build_chart("cumulative_cases", kept_tl.points, region=data.city, events=data.events, home=data.city)
            fresh_first_chart_s = time.perf_counter() - t0
            t_kept, _ = best(lambda data=data, fp=fingerprint: corpus_timeline(data, fp), args.rounds)
            before = rss_mb()
            t_tl, tl = best(lambda data=data: build_timeline(data.records, data.published_by_doc()), args.rounds)
            per_chart = {}
            for name in charts.CHARTS:
                per_chart[name], _ = best(
                    lambda name=name, data=data, tl=tl: charts.build_chart(
                        name, tl.points, region=data.city, events=data.events, home=data.city
                    ),
                    args.rounds,
                )
            rows.append(
                {
                    "n": n,
                    "records": len(data.records),
                    "points": len(tl.points),
                    "extract": extract_s,
                    "reopen": reopen_s,
                    "first_chart_data": first_chart_s,
                    "fresh_first_chart_data": fresh_first_chart_s,
                    "keep": keep_s,
                    "timeline": t_tl,
                    "timeline_kept": t_kept,
                    **per_chart,
                    "all": t_tl + sum(per_chart.values()),
                    "rss_growth": rss_mb() - before,
                    "rss": rss_mb(),
                }
            )
            print(
                f"{n:>6} articles: {len(data.records):>7} records, {len(tl.points):>6} points, "
                f"extract {extract_s:6.1f} s (not part of the target), reopen {reopen_s:5.2f} s, "
                f"reopen → first chart {first_chart_s:5.2f} s ({fresh_first_chart_s:5.2f} s with the timeline "
                f"kept, which took {keep_s:5.2f} s to build and keep once), timeline {t_tl:6.2f} s "
                f"(read back {t_kept:5.2f} s), "
                f"charts {sum(per_chart.values()):6.2f} s, peak RSS {rows[-1]['rss']:.0f} MB",
                flush=True,
            )
            shutil.rmtree(folder)
    steps = ["timeline", "timeline_kept", *charts.CHARTS, "all"]
    print(f"\nseconds (best of {args.rounds})")
    print(f"{'step':<20}" + "".join(f"{r['n']:>10}" for r in rows))
    for step in steps:
        print(f"{step:<20}" + "".join(f"{r[step]:>10.3f}" for r in rows))
    print("\ngrowth per step ÷ growth in articles (1 = linear)")
    for a, b in itertools.pairwise(rows):
        k = b["n"] / a["n"]
        ratios = {s: (b[s] / a[s]) / k if a[s] > 1e-4 else float("nan") for s in steps}
        worst = max((v for v in ratios.values() if v == v), default=float("nan"))
        print(
            f"{a['n']} → {b['n']} ({k:.0f}×): "
            + ", ".join(f"{s} {v:.2f}" for s, v in ratios.items())
            + f"; worst {worst:.2f}"
        )
    last = rows[-1]
    print(
        f"\ntarget at {last['n']} articles: timeline + five charts ≤ 2 s: {last['all']:.2f} s "
        f"({'PASS' if last['all'] <= 2 else 'FAIL'}); process peak RSS {last['rss']:.0f} MB (≤ 1 GB: "
        f"{'PASS' if last['rss'] <= 1024 else 'FAIL'})"
    )
    print(
        f"target at {last['n']} articles (issue 10): reopening with records stored → the first chart "
        f"≤ 2 s: {last['first_chart_data']:.2f} s ({'PASS' if last['first_chart_data'] <= 2 else 'FAIL'}); "
        f"with the timeline kept in the store (a fresh server after the first): {last['fresh_first_chart_data']:.2f} s"
    )


if __name__ == "__main__":
    main()
