"""`python -m extract PATH... [--city NAME] [--format csv|json] [--events]`."""

from __future__ import annotations

import argparse
import sys

from extract import MAX_FIGURES, extract_paths
from extract.errors import guarded, one_line
from extract.records import iter_json_lines, write_csv, write_events_csv


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m extract", description="Extract dated, sourced COVID-19 figures from Chinese news articles."
    )
    ap.add_argument("paths", nargs="+", help="article files (.txt/.html) or corpus folders")
    ap.add_argument(
        "--city",
        help="home city that 我市/全市/本市 mean when no other city speaks (default: "
        "corpus.json's; else the city the articles speak for; else none: every "
        "figure goes to its own place)",
    )
    ap.add_argument(
        "--format",
        choices=("csv", "json"),
        default="csv",
        help="csv (FORMAT.md columns) or json (one object per line, with rule ids)",
    )
    ap.add_argument("--events", action="store_true", help="emit key events instead of figures")
    ap.add_argument(
        "--all-places", action="store_true", help="also emit figures about other places and villages/streets"
    )
    ap.add_argument(
        "--max-figures",
        type=int,
        default=MAX_FIGURES,
        metavar="N",
        help=f"refuse an article with more than N figure-like numbers (default {MAX_FIGURES}): "
        "a data table or a flood, not news",
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="a traceback with an error's message")
    args = ap.parse_args(argv)
    return guarded(lambda: _run(args), args.verbose)


def _run(args) -> int:
    errors: list = []
    notes: list = []
    stream = extract_paths(
        args.paths,
        city=args.city,
        keep_other_places=args.all_places,
        errors=errors,
        max_figures=args.max_figures,
        notes=notes,
    )
    out = sys.stdout

    n_articles = 0

    def items():
        nonlocal n_articles
        for _art, recs, events in stream:
            n_articles += 1
            yield from (events if args.events else recs)

    if args.format == "json":
        for line in iter_json_lines(items()):
            out.write(line + "\n")
    elif args.events:
        write_events_csv(items(), out)
    else:
        write_csv(items(), out)
    for path, (zh, en) in notes:
        print(f"{path}: {zh} / {en}", file=sys.stderr)
    for path, exc in errors:
        print(f"已跳过 / skipped {path}: {_reason(exc)}", file=sys.stderr)
    if not n_articles and not errors:
        where = ", ".join(args.paths)
        print(f"没有找到文章（.txt/.html）：{where} / no articles (.txt/.html) found in: {where}", file=sys.stderr)
        return 2
    return 1 if errors else 0  # every readable file was still extracted


def _reason(exc: Exception) -> str:
    """Why a file was skipped, in Chinese and English, without a traceback's words."""
    return one_line(exc)
