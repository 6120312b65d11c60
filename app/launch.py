"""Which corpus folder the dashboard opens, and the folders a typed path may name."""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping, Sequence
from pathlib import Path


def corpus_from_argv(argv: Sequence[str] | None, default: str | Path) -> str:
    """`streamlit run dashboard.py -- --corpus DIR` → DIR; anything else → default.

    Only looks for --corpus, so other arguments (pytest's, under AppTest) are ignored.
    """
    argv = list(argv or [])
    if not any(a == "--corpus" or a.startswith("--corpus=") for a in argv):
        return str(default)
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--corpus")
    known, _ = ap.parse_known_args(argv)
    return known.corpus or str(default)


def corpus_roots(argv: Sequence[str] | None, corpus: str | Path, env: Mapping[str, str] | None = None) -> list[Path]:
    """The folders the corpus setting may open: each `--corpus-root DIR` given at launch, and
    ZZ_CORPUS_ROOT (folders joined by os.pathsep); without either, the folder of the corpus
    the app was started on. A typed path elsewhere (a home folder, /etc) is refused."""
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--corpus-root", action="append", default=[])
    known, _ = ap.parse_known_args(list(argv or []))
    given = list(known.corpus_root)
    given += [p for p in (env if env is not None else os.environ).get("ZZ_CORPUS_ROOT", "").split(os.pathsep) if p]
    return [Path(p).expanduser().resolve() for p in (given or [corpus])]


def within_roots(folder: str | Path, roots: Sequence[Path]) -> bool:
    """Whether folder (symlinks resolved) is one of roots or lies below one."""
    try:
        real = Path(folder).expanduser().resolve()
    except (OSError, RuntimeError):
        return False
    return any(real == root or root in real.parents for root in roots)
