"""`python -m store …`: every command that manages a corpus folder.

python -m store add CORPUS FILE… [--published DATE] [--create]   add article files
python -m store corrections CORPUS list|add|undo …               corrections of figures
python -m store build CORPUS [--workers N] [--scheduler ADDRESS] [--city CITY]
python -m store official CORPUS FILE --source NAME --convention asof|published [--region R]
python -m store export CORPUS OUT_DIR        records as Parquet (city=…/month=…/)
python -m store info CORPUS                  what the records store holds

Every command refuses a corpus folder that does not exist (nothing is created in its place,
except by `add --create`) and ends with one zh/en line and exit 1 on an error (-v: with its
traceback). What the corpus is made into (charts, the deck) is `python -m briefing`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from extract.corpus import no_corpus
from extract.errors import InputError, guarded
from extract.files import read_bytes

COMMANDS = ("add", "corrections", "build", "official", "export", "info")


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"应为正整数 / must be a whole number of at least 1, not {text!r}")
    return n


def parser(prog: str = "python -m store") -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog=prog, description="Manage a corpus folder: its articles, corrections and store.")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-v", "--verbose", action="store_true", help="a traceback with an error's message")
    sub = ap.add_subparsers(dest="cmd", required=True)

    p = sub.add_parser("add", help="add article files (.txt/.html, any common encoding)", parents=[common])
    p.add_argument("corpus", type=Path)
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--published", help="publication date (2020-02-21, 2020年2月21日, Feb 21 2020 …)")
    p.add_argument("--create", action="store_true", help="create the corpus folder if it does not exist")

    p = sub.add_parser("corrections", help="list, add or undo corrections of extracted figures", parents=[common])
    p.add_argument("corpus", type=Path)
    csub = p.add_subparsers(dest="action", required=True)
    csub.add_parser("list")
    c = csub.add_parser("add")
    c.add_argument("--action", dest="kind", choices=("wrong", "change", "add"), required=True)
    c.add_argument("--doc", required=True)
    c.add_argument("--metric", required=True)
    c.add_argument("--date", required=True)
    c.add_argument("--region", default="")
    c.add_argument("--sector", default="")
    c.add_argument("--value", type=float)
    c.add_argument("--new-value", type=float)
    c.add_argument("--new-date")
    c.add_argument("--unit", default="")
    c.add_argument("--note", default="")
    c = csub.add_parser("undo")
    c.add_argument("id")

    p = sub.add_parser("build", help="extract every article not stored yet, on Dask", parents=[common])
    p.add_argument("corpus")
    p.add_argument("--workers", type=_positive, default=None, help="LocalCluster processes (default: CPUs)")
    p.add_argument("--scheduler", default=None, help="an existing Dask scheduler, e.g. tcp://10.0.0.5:8786")
    p.add_argument("--city", default=None, help="home city (default: corpus.json's)")

    p = sub.add_parser("export", help="records as Parquet, partitioned by city and month", parents=[common])
    p.add_argument("corpus")
    p.add_argument("out")

    p = sub.add_parser("official", help="import an official daily series (CSV) into the corpus", parents=[common])
    p.add_argument("corpus")
    p.add_argument("file")
    p.add_argument("--source", required=True, help="who publishes it, as the UI should name it")
    p.add_argument("--source-en", default="", help="the same in English")
    p.add_argument(
        "--convention",
        required=True,
        choices=["asof", "published"],
        help="asof: a row's date is the as-of day; published: the report day (as of the day before)",
    )
    p.add_argument("--region", default=None, help="the region, when the file has no region column")

    p = sub.add_parser("info", help="rows in the records store", parents=[common])
    p.add_argument("corpus")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    import duckdb

    return guarded(lambda: _run(args), args.verbose, also=(duckdb.Error,))


def _run(args) -> int:
    run = {"add": _add, "corrections": _corrections, "build": _build, "official": _official}
    if args.cmd in run:
        return run[args.cmd](args)
    return _store(args)


# ------------------------------------------------------------------ add


def _add(args) -> int:
    """One line per file; 1 if any was refused, 2 when the folder is missing without --create."""
    if not args.corpus.is_dir() and not args.create:
        print(
            f"语料库文件夹不存在：{args.corpus}（加 --create 以新建） / "
            f"no such corpus folder: {args.corpus} (add --create to make it)",
            file=sys.stderr,
        )
        return 2
    return add_files(args.corpus, args.files, args.published)


def add_files(corpus: Path, files, published: str | None) -> int:
    """Add each file to the corpus and say what became of it; 1 if any was refused."""
    from store import ingest  # its size limit is read at call time (tests lower it)

    refused = 0
    for f in files:
        path = Path(f)
        try:
            data = read_bytes(path, ingest.DEFAULT_MAX_BYTES)  # a regular file, bounded while read
            res = ingest.add_article(Path(corpus), data, path.name, published, max_bytes=ingest.DEFAULT_MAX_BYTES)
        except InputError as exc:
            refused += 1
            print(f"refused: {f}: {exc.en} / {exc.zh}")
            continue
        except OSError as exc:
            refused += 1
            why = exc.strerror or str(exc)
            print(f"refused: {f}: cannot read the file ({why}) / 无法读取文件（{why}）")
            continue
        print(f"{res.status}: {f} → {res.stored_name}: {res.message_en} / {res.message_zh}")
    sys.stdout.flush()
    return 1 if refused else 0


# ------------------------------------------------------------------ corrections


def _corrections(args) -> int:
    from store import corrections as cx

    folder = Path(args.corpus)
    if not folder.is_dir():
        raise no_corpus(folder)
    if args.action == "list":
        cs = cx.load_corrections(folder)
        if not cs:
            print("没有更正 / no corrections")
            return 0
        missed = {c.id for c in cx.unmatched(_fresh_records(folder, {c.doc for c in cs if c.active}), cs)}
        for c in cs:
            line = f"{c.id}\t{_status(c, missed)}\t{c.created}\t{c.describe()}"
            if c.note:
                line += f"\tnote: {c.note}"
            if c.error:
                line += f"\t{c.error}"
            print(line)
        n_missed = sum(1 for c in cs if c.active and c.id in missed)
        if n_missed:
            print(
                f"{n_missed} 条更正找不到对应的数字 / {n_missed} correction(s) match no extracted figure",
                file=sys.stderr,
            )
        return 0
    if args.action == "add":
        c = cx.add_correction(
            folder,
            args.kind,
            args.doc,
            args.date,
            args.metric,
            region=args.region,
            sector=args.sector,
            value=args.value,
            new_value=args.new_value,
            new_date=args.new_date,
            unit=args.unit,
            note=args.note,
        )
        print(f"added correction {c.id}: {c.describe()} / 已添加更正 {c.id}")
        same_doc = [x for x in cx.load_corrections(folder) if x.doc == c.doc]
        if c.action != "add" and c.id in {x.id for x in cx.unmatched(_fresh_records(folder, {c.doc}), same_doc)}:
            print(
                f"警告：更正 {c.id} 在 {c.doc} 中找不到对应的数字（请检查日期、指标、地区、行业和数值） / "
                f"warning: correction {c.id} matches no extracted figure of {c.doc} "
                f"(check date, metric, region, sector, value)",
                file=sys.stderr,
            )
        return 0
    c = cx.undo_correction(folder, args.id)
    print(f"undone correction {c.id}: {c.describe()} / 已撤销更正 {c.id}")
    return 0


def _status(c, missed_ids: set[str]) -> str:
    if c.undone:
        return "undone"
    if c.error:
        return "invalid"
    if c.id in missed_ids:
        return "unmatched"
    return "active"


def _fresh_records(folder: Path, docs: set[str]):
    """Freshly extracted (uncorrected) records of the named articles only."""
    from extract.corpus import article_paths, folder_home, load_article, read_meta
    from store.extraction import extract_articles
    from store.recordstore import RecordStore

    meta = read_meta(folder)
    city = folder_home(folder, meta=meta).city  # as the corpus loader decides it
    articles = []
    for p in article_paths(folder):
        if p.name not in docs:
            continue
        try:
            articles.append(load_article(p, meta.published(p.name)))
        except (InputError, OSError):
            continue
    found, _ = extract_articles(articles, city, RecordStore.beside(folder), meta.paper)
    return [r for a in articles if a.name in found for r in found[a.name].records]


# ------------------------------------------------------------------ the records store


def _build(args) -> int:
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


def _official(args) -> int:
    from store.official import import_series

    imported = import_series(args.corpus, args.file, args.source, args.convention, args.region, args.source_en)
    print(f"已导入 imported {imported} 个数值 values from {args.file}")
    return 0


def _store(args) -> int:
    """export / info: what the records store beside the corpus holds."""
    from store.recordstore import RecordStore, engine_version

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
