"""The store at the top of the scale: a synthetic feed of N articles built, reopened, charted.

    .venv/bin/python bench/bench_scale.py [--articles 10000 100000] [--workers 2]

For each size, a corpus of N articles copied from the bench archive (bench/archive, a distinct
line per copy: every file a new text) is built into its records store (`store.build`, a
LocalCluster of --workers), then opened twice, each time in a fresh process as a dashboard
starts:
  cold   load_corpus + the timeline built from every record (the first open after a build);
         the snapshot it keeps is written by a thread meanwhile, its time printed apart
  warm   load_corpus + the timeline kept in the store: the first chart's data
and prints each time with its growth against the smallest size (linear: the ratio of sizes).
Targets at 100,000 articles: reopen to the first chart's data ≤ 3 s; the timeline with
≥ 1,000,000 records ≤ 10 s cold.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.corpus import article_paths, read_meta  # noqa: E402

ARCHIVE = ROOT / "bench" / "archive"

# run in a fresh process: what a dashboard starting on the corpus does before its first chart
OPEN = """
import json, sys, time
t0 = time.perf_counter()
from briefing.snapshot import corpus_timeline
from store.loader import corpus_fingerprint, load_corpus
t1 = time.perf_counter()
fingerprint = corpus_fingerprint(sys.argv[1])  # first, as the dashboard keys its cache by it
data = load_corpus(sys.argv[1], fingerprint=fingerprint)
t2 = time.perf_counter()
timeline = corpus_timeline(data, fingerprint, keep_in_background=True)
t3 = time.perf_counter()
from briefing.snapshot import KEPT_SECONDS, wait_until_kept
wait_until_kept()  # after the clock: the snapshot a cold open writes while the first chart draws
rows = len(data.record_columns()) if "cold" in sys.argv else 0  # the timeline's input rows
print(json.dumps({"imports": t1 - t0, "open": t2 - t1, "timeline": t3 - t2, "kept": sum(KEPT_SECONDS),
                  "records": rows, "articles": len(data.articles)}))
"""


def make_feed(n: int, folder: Path) -> float:
    sources = list(article_paths(ARCHIVE))
    if not sources:
        sys.exit(f"no bench archive in {ARCHIVE}: run bench/bench_extract.py once to build it")
    meta = read_meta(ARCHIVE)
    folder.mkdir(parents=True)
    articles, total = {}, 0
    for i in range(n):
        src = sources[i % len(sources)]
        name = f"f{i:06d}_{src.name}"
        data = src.read_bytes() + f"\n（副本{i // len(sources)}）\n".encode()
        (folder / name).write_bytes(data)
        articles[name] = {"published": meta.published(src.name)}
        total += len(data)
    (folder / "corpus.json").write_text(
        json.dumps({"paper": meta.paper, "city": meta.city, "articles": articles}, ensure_ascii=False),
        encoding="utf-8",
    )
    return total / 1e6


def open_once(folder: Path, *flags: str) -> dict:
    out = subprocess.run([sys.executable, "-c", OPEN, str(folder), *flags], cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0:  # say why: the bench's own traceback would only name the subprocess
        raise SystemExit(f"opening {folder} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    from store.build import build
    from store.recordstore import RecordStore

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench_scale_"))
    rows = {}
    try:
        for n in sorted(args.articles):
            folder = tmp / f"feed{n}"
            mb = make_feed(n, folder)
            t = time.perf_counter()
            report = build(folder, workers=args.workers, progress=False)
            built = time.perf_counter() - t
            records = RecordStore.beside(folder).count()["records"]
            cold, warm = open_once(folder, "cold"), open_once(folder)
            rows[n] = (built, cold["open"] + cold["timeline"], warm["open"] + warm["timeline"])
            print(
                f"{n:>7} articles ({mb:.0f} MB, {records:,} records stored, {cold['records']:,} in the "
                f"timeline with reprints): build {built:.0f} s "
                f"({report.extracted} extracted, {mb / built:.2f} MB/s); cold open + timeline "
                f"{rows[n][1]:.2f} s (open {cold['open']:.2f}, timeline {cold['timeline']:.2f}; its snapshot "
                f"written meanwhile in the background in {cold['kept']:.2f} s); "
                f"warm, to the first chart's data {rows[n][2]:.2f} s (imports {warm['imports']:.1f} s "
                f"not counted)",
                flush=True,
            )
            if not args.keep:
                shutil.rmtree(folder, ignore_errors=True)
        small = min(rows)
        for n in sorted(rows):
            if n == small:
                continue
            b, c, w = (rows[n][i] / rows[small][i] for i in range(3))
            print(
                f"growth {small} → {n} ({n / small:.0f}× the articles): build ×{b:.1f}, cold ×{c:.1f}, "
                f"first chart ×{w:.1f}"
            )
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
