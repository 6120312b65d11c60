"""Shared fixtures and helpers: the bundled seeds, the gold copy, a scratch corpus, the seeds'
timeline, the dashboard under AppTest (run_app) and the browser tests' environment (browser_env;
their helpers are in browser_support.py, the Streamlit server in streamlit_server.py)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "gold"
sys.path.insert(0, str(ROOT))
# No background Chromium for exports in every AppTest run (dashboard.py starts one per
# process for users); the tests that export start it when they need it.
os.environ.setdefault("ZZ_WARM_EXPORT", "0")
# The dashboard opens only corpus folders under its roots: the seeds and the tests' own
# temporary folders (tests of the refusal pass their own roots).
# One records store for the session's corpora (content-keyed, so the seeds' copies share their
# extraction), kept out of seeds/; tests of the store itself make their own.
os.environ.setdefault("ZZ_STORE_DIR", tempfile.mkdtemp(prefix="zz-store-"))
os.environ.setdefault(
    "ZZ_CORPUS_ROOT", os.pathsep.join([str(ROOT / "seeds"), str(ROOT / "tests"), tempfile.gettempdir()])
)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return GOLD


@pytest.fixture(scope="session")
def seed_extraction():
    """(articles, records, events) for the bundled seeds, extracted once per session."""
    from extract import extract_paths

    arts, recs, events = [], [], []
    for art, r, e in extract_paths([SEEDS]):
        arts.append(art)
        recs.extend(r)
        events.extend(e)
    return arts, recs, events


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A writable copy of the seeds corpus."""
    dst = tmp_path / "corpus"
    shutil.copytree(SEEDS, dst, ignore=shutil.ignore_patterns(".*"))  # not a records store a run left there
    return dst


def require_browser() -> bool:
    """CI sets REQUIRE_BROWSER=1: a missing Chromium is then a failure, not a skip."""
    return os.environ.get("REQUIRE_BROWSER", "") not in ("", "0")


def file_digests(folder: Path) -> dict[str, str]:
    """relative path → sha256 of every file under `folder`: compared before and after, to
    show that nothing was written."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# ---------------------------------------------------------------- the dashboard under AppTest

APP = str(ROOT / "dashboard.py")


def run_app(page: str | None = None, query: dict | None = None, *, timeout: float = 90, **state):
    """dashboard.py under streamlit.testing (AppTest: in-process, no browser) on `page`
    (app/pages/PAGE.py; None: the landing page, Timeline), with URL query parameters and session
    state (corpus_dir=…, lang=…, evidence_point=…) set before the first run, which must raise
    nothing. The one way the tests open the app without a browser."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=timeout)
    if page:
        at.switch_page(f"app/pages/{page}.py")
    for key, value in (query or {}).items():
        at.query_params[key] = value
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def goto(at, page: str):
    """Move an AppTest app to another page (the session, its filters, stay)."""
    at.switch_page(f"app/pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture(scope="module")
def seeds_timeline():
    """(corpus data, timeline) of the bundled seeds."""
    from briefing.timeline import build_timeline
    from store.loader import load_corpus

    data = load_corpus(SEEDS)
    return data, build_timeline(data.records, data.published_by_doc())


def conflicting_corpus(folder: Path, days: int) -> Path:
    """Two papers' worth of articles that disagree on every day's total: `days` conflicts."""
    folder.mkdir()
    articles = {}
    for day in range(1, days + 1):
        month, dom = 1 + (day - 1) // 28, 1 + (day - 1) % 28
        for k, (value, pub) in enumerate(((100 + day, 20), (200 + day, 21))):
            name = f"d{day:02d}_{k}.txt"
            (folder / name).write_text(f"截至{month}月{dom}日24时，我市累计确诊病例{value}例。\n", encoding="utf-8")
            articles[name] = {"published": f"2020-03-{pub:02d}"}
    (folder / "corpus.json").write_text(
        json.dumps({"paper": "株洲日报", "city": "株洲市", "articles": articles}, ensure_ascii=False), encoding="utf-8"
    )
    return folder


# ---------------------------------------------------------------- the browser tests


@pytest.fixture(scope="module")
def browser_env() -> dict:
    """The environment for a browser test's servers and Chromium (browser_support.py); the test
    skips loudly without Chromium or playwright (fails with REQUIRE_BROWSER=1)."""
    from tests.browser_support import browser_environment

    return browser_environment()
