"""python -m store build CORPUS [--workers N] [--scheduler ADDRESS] [--city CITY]
   python -m store official CORPUS FILE --source NAME --convention asof|published [--region R]
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
    o = sub.add_parser("official", help="import an official daily series (CSV) into the corpus")
    o.add_argument("corpus")
    o.add_argument("file")
    o.add_argument("--source", required=True, help="who publishes it, as the UI should name it")
    o.add_argument("--source-en", default="", help="the same in English")
    o.add_argument("--convention", required=True, choices=["asof", "published"],
                   help="asof: a row's date is the as-of day; published: the report day (as of the day before)")
    o.add_argument("--region", default=None, help="the region, when the file has no region column")
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
    if args.cmd == "official":
        from extract.decode import InputError
        from store.official import import_series
        try:
            n = import_series(args.corpus, args.file, args.source, args.convention, args.region, args.source_en)
        except (InputError, OSError) as exc:
            print(f"{getattr(exc, 'zh', exc)}\n{getattr(exc, 'en', exc)}", file=sys.stderr)
            return 1
        print(f"已导入 imported {n} 个数值 values from {args.file}")
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
