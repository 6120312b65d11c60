"""`python -m briefing …`: what a corpus is made into — chart files, the deck, a ZIP.

python -m briefing export seeds --out out/charts --format png svg pdf
python -m briefing deck seeds --out out/briefing.pptx
python -m briefing zip seeds --out out/charts.zip

Managing the corpus itself (add, corrections, build, official, export, info) is
`python -m store`; `briefing add|corrections` still work for one release and say so.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from extract.errors import InputError, guarded

MOVED_TO_STORE = ("add", "corrections")  # until 0.3.0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0] in MOVED_TO_STORE:
        print(
            f"`python -m briefing {argv[0]}` 已移至 `python -m store {argv[0]}`，请改用后者 / "
            f"has moved to `python -m store {argv[0]}`: please use that",
            file=sys.stderr,
        )
        from store.cli import main as store_main

        return store_main(argv)
    ap = argparse.ArgumentParser(prog="python -m briefing", description=__doc__.splitlines()[0])
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-v", "--verbose", action="store_true", help="a traceback with an error's message")
    sub = ap.add_subparsers(dest="cmd", required=True, parser_class=_with(common))

    def corpus_arg(p):
        p.add_argument("corpus", type=Path, help="corpus folder (articles + corpus.json)")
        p.add_argument("--city", help="home city (default: corpus.json, else 株洲市)")
        p.add_argument("--lang", choices=("zh", "en"), default="zh")

    p = sub.add_parser("export", help="write every chart as image files")
    corpus_arg(p)
    p.add_argument("--out", type=Path, required=True, help="output folder")
    p.add_argument("--format", nargs="+", choices=("png", "svg", "pdf"), default=["png"])
    p = sub.add_parser("deck", help="write the 16:9 PPTX briefing deck")
    corpus_arg(p)
    p.add_argument("--out", type=Path, required=True, help="output .pptx file")
    p = sub.add_parser("zip", help="write a ZIP of every chart as PNG")
    corpus_arg(p)
    p.add_argument("--out", type=Path, required=True, help="output .zip file")
    args = ap.parse_args(argv)
    import duckdb

    return guarded(lambda: _run(args), args.verbose, also=(duckdb.Error,))


def _with(common: argparse.ArgumentParser):
    """Subcommand parsers that all take the common options (-v)."""

    class Parser(argparse.ArgumentParser):
        def __init__(self, *a, **kw):
            kw.setdefault("parents", [common])
            super().__init__(*a, **kw)

    return Parser


def _run(args) -> int:
    from briefing.chromium import ExportUnavailable

    try:
        return _export(args)
    except ExportUnavailable as exc:
        print(exc.one_line(), file=sys.stderr)
        return 1


def _export(args) -> int:
    """export / deck / zip: the files the briefing is made of."""
    from store.loader import load_corpus

    if args.cmd != "export" and args.out.is_dir():
        raise InputError(
            "out_is_folder",
            f"--out {args.out} 是一个文件夹：请给出文件名（例如 {args.out / ('briefing.pptx' if args.cmd == 'deck' else 'charts.zip')}）",
            f"--out {args.out} is a folder: give a file name (e.g. "
            f"{args.out / ('briefing.pptx' if args.cmd == 'deck' else 'charts.zip')})",
        )
    data = load_corpus(args.corpus, args.city)  # refuses a folder that does not exist
    if args.cmd == "export":
        from briefing.export import export_charts

        for p in export_charts(data, args.out, formats=tuple(args.format), lang=args.lang):
            print(p)
    elif args.cmd == "deck":
        from briefing.deck import write_deck

        print(write_deck(data, args.out, lang=args.lang))
    else:
        from briefing.export import charts_zip
        from store.atomic import write_bytes_atomic

        args.out.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(args.out, charts_zip(data, lang=args.lang))
        print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
