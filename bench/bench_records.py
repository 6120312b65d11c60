"""What one record costs on a record-dense page, against what it costs in a bulletin.

    python bench/bench_records.py [--lines 250000] [--dense-mb 2]

A page of one-line figures (确诊N例, one per line, about 2.75 MB for 250,000 lines) is read
with the per-article budget off, in a fresh subprocess, which prints seconds, µs and peak
bytes per record (tracemalloc) and the process's peak RSS. Beside it, in the same run, the
baseline: the seed bulletins repeated (bench_adversarial's DENSE archive), whose µs per
record is what a record costs where records come a few per paragraph. The ratio says how
much a flood's record costs more (per-paragraph work paid once per figure), whatever the
machine. Issue 23's target for the 250,000-line page: ≤ 5 s and ≤ 300 MB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_FLOOD = r"""
import json, resource, sys, time, tracemalloc
sys.path.insert(0, sys.argv[1])
from extract import extract_text
lines = int(sys.argv[2])
text = "".join(f"确诊{i % 97}例\n" for i in range(lines))
extract_text(text[:200], city="武汉市", max_figures=None)  # imports, compiled rules
t0 = time.perf_counter()
n = len(extract_text(text, city="武汉市", max_figures=None))
secs = time.perf_counter() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
small = text[: len(text) // 10]
tracemalloc.start()
m = len(extract_text(small, city="武汉市", max_figures=None))
peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
print(json.dumps({"mb": len(text.encode()) / 2**20, "records": n, "secs": secs, "rss_mb": rss,
                  "peak_bytes_per_record": peak / m}))
"""


def flood(lines: int) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _FLOOD, str(ROOT), str(lines)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def dense_baseline(mb: float) -> tuple[float, int]:
    """(seconds, records) over the DENSE archive, in this process."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_adversarial

    from extract import extract_text

    extract_text("热身，新增确诊病例1例", doc="a", published="2020-02-01", city="株洲市")
    _mb, secs, records = bench_adversarial.archive_speed(bench_adversarial.dense_archive(mb))
    return secs, records


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", type=int, default=250_000)
    ap.add_argument("--dense-mb", type=float, default=2.0)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    base_secs, base_records = dense_baseline(args.dense_mb)
    got = flood(args.lines)
    base_us = 1e6 * base_secs / base_records
    us = 1e6 * got["secs"] / got["records"]
    print(f"baseline (DENSE bulletins, {args.dense_mb:g} MB): {base_records} records, {base_us:.1f} µs/record")
    print(
        f"flood ({got['mb']:.2f} MB, {got['records']} records, budget off): {got['secs']:.1f} s, "
        f"{us:.1f} µs/record (×{us / base_us:.2f} the baseline's), peak RSS {got['rss_mb']:.0f} MB, "
        f"{got['peak_bytes_per_record']:.0f} B/record at the peak (tracemalloc, a tenth of the page)"
    )
    print(f"target (issue 23): ≤ 5 s and ≤ 300 MB; bench took {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
