"""Extraction throughput and memory on a large synthetic archive.

    python bench/bench_extract.py [--mb 55] [--baseline-mb 0.5]

Builds bench/archive/ (git-ignored): the seed articles repeated with their in-text dates
shifted by k days, until the archive holds --mb megabytes of UTF-8 text. Then prints
  * engine: MB/s and articles/s over the whole archive (one process, one core), streamed
    file by file through extract.extract_paths;
  * peak memory (max RSS) of the engine over a fifth of the archive and over all of it,
    each in a fresh subprocess — flat means the ratio stays near 1;
  * a naive baseline in the same process on a slice of the archive: dateparser.search_dates
    plus one regex per metric — the obvious first implementation — and the speed ratio;
  * the decoder's UTF-8 fast path against bare bytes.decode.
Figures vary with the machine; ratios against the in-process baseline are what to compare.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ARCHIVE = ROOT / "bench" / "archive"
DATE = re.compile(r"(\d{1,2})月(\d{1,2})日")


def shift_dates(text: str, days: int) -> str:
    def sub(m):
        try:
            d = dt.date(2020, int(m.group(1)), int(m.group(2))) + dt.timedelta(days=days)
        except ValueError:
            return m.group()
        return f"{d.month}月{d.day}日"

    return DATE.sub(sub, text)


def build_archive(mb: float) -> tuple[int, int]:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    meta = json.loads((ROOT / "seeds" / "corpus.json").read_text(encoding="utf-8"))
    target = int(mb * 1024 * 1024)
    existing = sum(p.stat().st_size for p in ARCHIVE.glob("*.txt")) if ARCHIVE.exists() else 0
    if existing >= target:
        return existing, len(list(ARCHIVE.glob("*.txt")))
    ARCHIVE.mkdir(parents=True, exist_ok=True)
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in seeds]
    articles, total, k = {}, 0, 0
    while total < target:
        for name, text in texts:
            shift = k % 300
            body = shift_dates(text, shift)
            out = ARCHIVE / f"{k:05d}_{name}"
            out.write_text(body, encoding="utf-8")
            pub = dt.date.fromisoformat(meta["articles"][name]["published"]) + dt.timedelta(days=shift)
            articles[out.name] = {"published": pub.isoformat()}
            total += len(body.encode("utf-8"))
        k += 1
    (ARCHIVE / "corpus.json").write_text(
        json.dumps({"paper": "株洲日报", "city": "株洲市", "articles": articles}, ensure_ascii=False), encoding="utf-8"
    )
    return total, len(articles)


def run_engine(limit: int | None) -> dict:
    """Extract the first `limit` articles (all if None); returns timing and max RSS."""
    from extract import extract_paths
    from extract.corpus import article_paths

    paths = article_paths(ARCHIVE)[:limit] if limit else article_paths(ARCHIVE)
    t0 = time.perf_counter()
    n_bytes = n_art = n_rec = 0
    for art, recs, _events in extract_paths(paths):
        n_bytes += len(art.text.encode("utf-8"))
        n_art += 1
        n_rec += len(recs)
    secs = time.perf_counter() - t0
    return {
        "bytes": n_bytes,
        "articles": n_art,
        "records": n_rec,
        "seconds": secs,
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


# The naive baseline: dateparser finds dates, one regex per metric finds numbers.
NAIVE_RULES = {
    "confirmed_total": re.compile(r"累计(?:报告)?(?:新冠肺炎)?确诊(?:病例)?(\d+)例"),
    "confirmed_new": re.compile(r"新增(?:新冠肺炎)?确诊(?:病例)?(\d+)例"),
    "recovered_total": re.compile(r"(?:出院病例|治愈出院|累计治愈)(\d+)例"),
    "hospitalized": re.compile(r"在院治疗(\d+)例"),
    "observation": re.compile(r"(\d+)人正在接受医学观察"),
    "resumption_rate": re.compile(r"复工率(\d+(?:\.\d+)?)%"),
}


def run_naive(paths: list[Path]) -> dict:
    from dateparser.search import search_dates

    t0 = time.perf_counter()
    n_bytes = n_rec = 0
    for p in paths:
        text = p.read_text(encoding="utf-8")
        n_bytes += len(text.encode("utf-8"))
        for para in text.split("\n"):
            if not para.strip():
                continue
            found = search_dates(para, languages=["zh"]) or []
            for rx in NAIVE_RULES.values():
                n_rec += len(rx.findall(para))
            _ = found
    return {"bytes": n_bytes, "seconds": time.perf_counter() - t0, "records": n_rec}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=55.0)
    ap.add_argument("--baseline-mb", type=float, default=0.5)
    ap.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        print(json.dumps(run_engine(args.child or None)))
        return

    size, n = build_archive(args.mb)
    print(f"archive: {size / 2**20:.1f} MB in {n} articles ({ARCHIVE})")

    def child(limit: int) -> dict:
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(limit)], capture_output=True, text=True, check=True
        )
        return json.loads(out.stdout.strip().splitlines()[-1])

    fifth = child(max(1, n // 5))
    full = child(0)
    mbps = full["bytes"] / 2**20 / full["seconds"]
    print(
        f"engine:   {mbps:6.2f} MB/s  {full['articles'] / full['seconds']:7.1f} articles/s  "
        f"({full['records']} records in {full['seconds']:.1f} s, one core)"
    )
    print(
        f"memory:   max RSS {fifth['max_rss_mb']:.0f} MB over {fifth['bytes'] / 2**20:.0f} MB, "
        f"{full['max_rss_mb']:.0f} MB over {full['bytes'] / 2**20:.0f} MB "
        f"(ratio {full['max_rss_mb'] / fifth['max_rss_mb']:.2f} for {full['bytes'] / fifth['bytes']:.1f}× the data)"
    )

    # same process: the engine and the naive baseline on the same slice
    from extract.corpus import article_paths

    paths, acc = [], 0
    for p in article_paths(ARCHIVE):
        if acc >= args.baseline_mb * 2**20:
            break
        paths.append(p)
        acc += p.stat().st_size
    eng = run_engine(len(paths))
    naive = run_naive(paths)
    e_mbps = eng["bytes"] / 2**20 / eng["seconds"]
    n_mbps = naive["bytes"] / 2**20 / naive["seconds"]
    print(
        f"baseline: naive dateparser.search_dates + regex per metric {n_mbps:6.3f} MB/s on "
        f"{naive['bytes'] / 2**20:.2f} MB; engine {e_mbps:.2f} MB/s on the same slice "
        f"→ engine is {e_mbps / n_mbps:.0f}× faster"
    )

    from extract.decode import decode_bytes

    blob = (ROOT / "seeds" / "004_b7adce7465891e7b.txt").read_bytes() * 900
    t0 = time.perf_counter()
    blob.decode("utf-8")
    base = time.perf_counter() - t0
    t0 = time.perf_counter()
    decode_bytes(blob, "big.txt", max_bytes=None)
    ours = time.perf_counter() - t0
    print(
        f"decoder:  UTF-8 fast path {len(blob) / 2**20 / ours:.0f} MB/s, "
        f"{ours / base:.1f}× bare bytes.decode on {len(blob) / 2**20:.0f} MB"
    )


if __name__ == "__main__":
    main()
