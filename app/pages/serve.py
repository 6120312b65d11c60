"""Start the dashboard the way `bash dev.sh app` does: the Streamlit server in this process,
with the modules imported and the opening corpus loaded *before* it listens, so the first
visitor's page is drawn from warm caches (a cold first run spent ~1 s importing pandas and
our modules and ~0.3 s reading the corpus while the browser waited).

    python -m app.pages.serve [STREAMLIT OPTIONS] [-- --corpus DIR]

Everything after "--" goes to the dashboard, as with `streamlit run dashboard.py -- …`. A
corpus that cannot be read is not an error here: the page says why.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def warm(app_args: list[str]) -> float:
    """Import what the first page needs and load the corpus it opens on (the cached call the
    page makes, with the same arguments). Returns the seconds it took."""
    t0 = time.perf_counter()
    import pandas  # noqa: F401
    import plotly.graph_objects  # noqa: F401

    from app import cards, evidence, filters, launch, selections, tables  # noqa: F401
    from app.pages import parts, shell  # noqa: F401
    from app.web_font import ensure_static_font
    from briefing import charts, export  # noqa: F401
    from extract.corpus import read_meta
    from extract.errors import InputError
    from store import loader

    ensure_static_font()  # checked on every run: its first check hashes the font
    corpus = Path(launch.corpus_from_argv(app_args, ROOT / "seeds"))
    if corpus.is_dir():
        papers = loader.paper_folders(corpus)
        opening = Path(papers[0]) if papers else corpus
        try:
            city = read_meta(opening).city or ""
        except InputError:
            city = ""
        shell.load(str(opening.resolve()), loader.corpus_fingerprint(opening), city)
        _first_page(app_args)
    return time.perf_counter() - t0


def _first_page(app_args: list[str]) -> None:
    """One run of the landing page, headless (Streamlit's AppTest): Streamlit and plotly import
    and build on first use (page config, elements, figure validators), our page builds its
    cached charts, so a first visitor waits no longer than a second one."""
    from streamlit.testing.v1 import AppTest

    argv, warm_export = sys.argv, os.environ.get("ZZ_WARM_EXPORT")
    sys.argv = [str(ROOT / "dashboard.py"), *app_args]  # what the page reads its corpus from
    # kaleido's Chromium starts 8 s after a real visitor's first page, not during this run
    os.environ["ZZ_WARM_EXPORT"] = "0"
    try:
        AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    finally:
        sys.argv = argv
        if warm_export is None:
            os.environ.pop("ZZ_WARM_EXPORT", None)
        else:
            os.environ["ZZ_WARM_EXPORT"] = warm_export


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    app_args = argv[argv.index("--") + 1 :] if "--" in argv else []
    try:
        took = warm(app_args)
        print(f"dashboard: modules and corpus loaded in {took:.1f} s", file=sys.stderr)
    except Exception as exc:
        print(f"dashboard: not preloaded ({type(exc).__name__}: {exc}); the first page loads it", file=sys.stderr)
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", str(ROOT / "dashboard.py"), *argv]
    return cli.main()


if __name__ == "__main__":
    sys.exit(main())
