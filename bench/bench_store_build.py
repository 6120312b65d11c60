"""Extraction of a large archive into the records store: one process, Dask with 1 and 2 workers.

    .venv/bin/python bench/bench_store_build.py [--mb 500] [--keep]

Builds a synthetic archive of --mb MB (the mixed kind of bench/bench_extract.py: its archive,
copied with a distinct line per copy so every file is a new text to extract) and extracts it
three times into a fresh store each time, in the same run:
  plain     one process, no Dask: read, decode, extract, store in batches (the same batches and
            the same store writes as the Dask path, so only the distribution differs)
  dask ×1   python -m store build --workers 1 (a LocalCluster of one process)
  dask ×2   python -m store build --workers 2
and prints MB/s for each, the scaling efficiency (×2 / ×1; the issue's bar is ≥ 1.8), the Dask
overhead (plain / dask ×1 time − 1; bar ≤ 10%), the peak RSS of the client and of each worker,
and from these, what a 100 GB archive would take on N workers.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.corpus import Article, article_paths, read_meta  # noqa: E402
from extract.decode import InputError, decode_bytes  # noqa: E402
from store import build as build_mod  # noqa: E402
from store.extraction import extract_one  # noqa: E402
from store.recordstore import RecordStore  # noqa: E402

ARCHIVE = ROOT / "bench" / "archive"


def make_archive(mb: float, folder: Path) -> tuple[int, int]:
    sources = list(article_paths(ARCHIVE))
    if not sources:
        sys.exit(f"no bench archive in {ARCHIVE}: run bench/bench_extract.py once to build it")
    src_meta = read_meta(ARCHIVE)
    folder.mkdir(parents=True)
    target, total, articles, copy = int(mb * 1e6), 0, {}, 0
    while total < target:
        for src in sources:
            if total >= target:
                break
            name = f"c{copy:03d}_{src.name}"
            data = src.read_bytes() + f"\n（副本{copy}）\n".encode()
            (folder / name).write_bytes(data)
            articles[name] = {"published": src_meta.published(src.name)}
            total += len(data)
        copy += 1
    (folder / "corpus.json").write_text(
        json.dumps({"paper": src_meta.paper, "city": src_meta.city, "articles": articles}, ensure_ascii=False),
        encoding="utf-8",
    )
    return total, len(articles)


def plain(folder: Path, store: RecordStore) -> float:
    """One process: the same batches and store writes as store.build, without Dask."""
    meta = read_meta(folder)
    city = build_mod.canonical_city(meta.city)
    report = build_mod.BuildReport()
    t0 = time.perf_counter()  # keying the archive included, as in build()
    todo = build_mod._todo(folder, city, store, report)
    for batch in build_mod._batches(todo):
        results = []
        for name, data, published in build_mod._payload(batch):
            try:
                art = Article(
                    name=name,
                    text=decode_bytes(data, name).text,
                    published=published,
                    sha256=hashlib.sha256(data).hexdigest(),
                )
                results.append((name, *extract_one(art, city), ""))
            except InputError as exc:
                results.append((name, [], [], exc.en))
        build_mod._store_results(store, batch, results, meta.paper, report)
    return time.perf_counter() - t0


def dask_build(folder: Path, store: RecordStore, workers: int) -> tuple[float, float, list[float]]:
    """(seconds of the whole build incl. cluster start, seconds after start, workers' peak RSS MB)."""
    from dask.distributed import Client, LocalCluster

    t0 = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        up = time.perf_counter()
        build_mod.build(folder, scheduler=cluster.scheduler_address, store=store, progress=False)
        with Client(cluster.scheduler_address) as client:
            got = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
            peaks = sorted(got.values())
    end = time.perf_counter()
    return end - t0, end - up, peaks


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=500.0)
    ap.add_argument("--keep", action="store_true", help="keep the archive folder (printed)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench_store_"))
    try:
        folder = tmp / "archive"
        t = time.perf_counter()
        size, n = make_archive(args.mb, folder)
        mb = size / 1e6
        print(f"archive: {n} articles, {mb:.0f} MB, written in {time.perf_counter() - t:.0f} s", flush=True)
        rows = {}
        t_plain = plain(folder, RecordStore(tmp / "plain.duckdb"))
        rows["plain"] = (t_plain, t_plain, [])
        print(f"plain     {t_plain:8.1f} s  {mb / t_plain:6.2f} MB/s", flush=True)
        for w in (1, 2):
            total, after_start, peaks = dask_build(folder, RecordStore(tmp / f"dask{w}.duckdb"), w)
            rows[f"dask ×{w}"] = (total, after_start, peaks)
            print(
                f"dask ×{w}    {total:8.1f} s  {mb / total:6.2f} MB/s (cluster start excluded: "
                f"{mb / after_start:.2f} MB/s); worker peak RSS {', '.join(f'{p:.0f}' for p in peaks)} MB",
                flush=True,
            )
        counts = {name: RecordStore(tmp / f"{name}.duckdb").count()["records"] for name in ("plain", "dask1", "dask2")}
        print(f"records stored: {counts} ({'same' if len(set(counts.values())) == 1 else 'DIFFER'})")
        one, two = rows["dask ×1"][1], rows["dask ×2"][1]
        efficiency = one / two
        overhead = one / t_plain - 1
        client_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print()
        print(f"scaling efficiency ×2 / ×1: {efficiency:.2f} (bar ≥ 1.8: {'PASS' if efficiency >= 1.8 else 'FAIL'})")
        print(
            f"Dask overhead against the plain loop: {overhead * 100:+.1f}% "
            f"(bar ≤ 10%: {'PASS' if overhead <= 0.10 else 'FAIL'})"
        )
        print(f"client peak RSS {client_peak:.0f} MB (all three runs)")
        per_worker = mb / one
        print()
        print(f"on paper, from {per_worker:.2f} MB/s per worker and efficiency {efficiency / 2:.2f} per added worker:")
        for workers in (8, 32, 128):
            rate = per_worker * workers * min(1.0, efficiency / 2)
            print(
                f"  100 GB on {workers:>3} workers ≈ {100_000 / rate / 60:6.0f} min ({rate:.0f} MB/s), if the "
                f"client's store writes keep up"
            )
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
