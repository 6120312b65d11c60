"""python -m store build CORPUS [--workers N] [--scheduler ADDRESS] [--city CITY]
   python -m store official CORPUS FILE --source NAME --convention asof|published [--region R]
   python -m store export CORPUS OUT_DIR        records as Parquet (city=…/month=…/)
   python -m store info CORPUS                  what the records store holds

Every command refuses a corpus folder that does not exist (nothing is created in its place) and
ends with one zh/en line and exit 1 on an error (-v: with its traceback)."""

from __future__ import annotations

import argparse
import sys

import duckdb

from extract.corpus import no_corpus
from extract.errors import guarded
from store.recordstore import RecordStore, engine_version


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"应为正整数 / must be a whole number of at least 1, not {text!r}")
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m store", description="The corpus folder's records store.")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-v", "--verbose", action="store_true", help="a traceback with an error's message")
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="extract every article not stored yet, on Dask", parents=[common])
    b.add_argument("corpus")
    b.add_argument("--workers", type=_positive, default=None, help="LocalCluster processes (default: CPUs)")
    b.add_argument("--scheduler", default=None, help="an existing Dask scheduler, e.g. tcp://10.0.0.5:8786")
    b.add_argument("--city", default=None, help="home city (default: corpus.json's)")
    e = sub.add_parser("export", help="records as Parquet, partitioned by city and month", parents=[common])
    e.add_argument("corpus")
    e.add_argument("out")
    o = sub.add_parser("official", help="import an official daily series (CSV) into the corpus", parents=[common])
    o.add_argument("corpus")
    o.add_argument("file")
    o.add_argument("--source", required=True, help="who publishes it, as the UI should name it")
    o.add_argument("--source-en", default="", help="the same in English")
    o.add_argument(
        "--convention",
        required=True,
        choices=["asof", "published"],
        help="asof: a row's date is the as-of day; published: the report day (as of the day before)",
    )
    o.add_argument("--region", default=None, help="the region, when the file has no region column")
    i = sub.add_parser("info", help="rows in the records store", parents=[common])
    i.add_argument("corpus")
    args = ap.parse_args(argv)
    return guarded(lambda: _run(args), args.verbose, also=(duckdb.Error,))


def _run(args) -> int:
    if args.cmd == "build":
        from store.build import build

        report = build(args.corpus, args.city, args.workers, args.scheduler)
        for zh, en in report.notes:
            print(f"{zh}\n{en}", file=sys.stderr)
        print(
            f"{report.articles} 篇文章 articles: {report.already} 已在记录库 already stored, "
            f"{report.extracted} 新提取 extracted now ({report.megabytes:.1f} MB in {report.seconds:.1f} s, "
            f"{report.mb_per_s:.2f} MB/s on {report.workers} worker(s))"
        )
        for name, why in report.refused + report.unreadable:
            print(f"  未提取 not extracted: {name}: {why}", file=sys.stderr)
        if report.unsaved:
            print(
                f"{report.unsaved} 篇的记录未能保存（记录库无法写入） / the records of {report.unsaved} "
                f"article(s) were not saved (the records store cannot be written)",
                file=sys.stderr,
            )
        return 1 if report.refused or report.unreadable or report.unsaved else 0
    if args.cmd == "official":
        from store.official import import_series

        imported = import_series(args.corpus, args.file, args.source, args.convention, args.region, args.source_en)
        print(f"已导入 imported {imported} 个数值 values from {args.file}")
        return 0
    from pathlib import Path

    if not Path(args.corpus).is_dir():
        raise no_corpus(args.corpus)
    store = RecordStore.beside(args.corpus)
    for zh, en in store.notes:
        print(f"{zh}\n{en}", file=sys.stderr)
    if args.cmd == "export":
        print(store.export_parquet(args.out))
        return 0
    n = store.count()
    print(
        f"{store.path or '(memory)'} · engine {engine_version()}: {n['articles_current']} articles of this "
        f"engine version ({n['articles']} in all), {n['records']} records, {n['events']} events"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
