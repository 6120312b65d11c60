"""Shared fixtures: the bundled seeds, the gold copy, a scratch corpus."""

from __future__ import annotations

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
