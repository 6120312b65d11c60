"""python -m store build CORPUS [--workers N] [--scheduler ADDRESS] [--city CITY]
   python -m store export CORPUS OUT_DIR        records as Parquet (city=…/month=…/)
   python -m store info CORPUS                  what the records store holds"""
from __future__ import annotations

import argparse
import sys

from store.recordstore import RecordStore, engine_version


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m store", description="The corpus folder's records store.")
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="extract every article not stored yet, on Dask")
    b.add_argument("corpus")
    b.add_argument("--workers", type=int, default=None, help="LocalCluster processes (default: CPUs)")
    b.add_argument("--scheduler", default=None, help="an existing Dask scheduler, e.g. tcp://10.0.0.5:8786")
    b.add_argument("--city", default=None, help="home city (default: corpus.json's)")
    e = sub.add_parser("export", help="records as Parquet, partitioned by city and month")
    e.add_argument("corpus")
    e.add_argument("out")
    i = sub.add_parser("info", help="rows in the records store")
    i.add_argument("corpus")
    args = ap.parse_args(argv)

    if args.cmd == "build":
        from store.build import build
        report = build(args.corpus, args.city, args.workers, args.scheduler)
        print(f"{report.articles} 篇文章 articles: {report.already} 已在记录库 already stored, "
              f"{report.extracted} 新提取 extracted now ({report.megabytes:.1f} MB in {report.seconds:.1f} s, "
              f"{report.mb_per_s:.2f} MB/s on {report.workers} worker(s))")
        for name, why in report.refused + report.unreadable:
            print(f"  未提取 not extracted: {name}: {why}", file=sys.stderr)
        return 0
    store = RecordStore.beside(args.corpus)
    for zh, en in store.notes:
        print(f"{zh}\n{en}", file=sys.stderr)
    if args.cmd == "export":
        print(store.export_parquet(args.out))
        return 0
    n = store.count()
    print(f"{store.path or '(memory)'} · engine {engine_version()}: {n['articles_current']} articles of this "
          f"engine version ({n['articles']} in all), {n['records']} records, {n['events']} events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
