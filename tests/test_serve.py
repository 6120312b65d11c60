"""app/pages/serve.py: the launcher `bash dev.sh app` runs, which loads the opening corpus
before the server listens."""

from __future__ import annotations

import os

from conftest import SEEDS


def test_the_launcher_loads_the_opening_corpus_before_the_server_listens(monkeypatch):
    """app/pages/serve.py (what dev.sh app runs) leaves the page's own cached load filled: the
    first visitor's run reads it instead of the corpus."""
    from app.pages import serve, shell
    from extract.corpus import read_meta
    from store import loader

    monkeypatch.setenv("ZZ_WARM_EXPORT", "1")
    shell.load.clear()  # earlier tests' runs filled it
    took = serve.warm([])
    assert took > 0 and os.environ["ZZ_WARM_EXPORT"] == "1"  # restored after its headless run
    calls = []
    monkeypatch.setattr(loader, "load_corpus", lambda *a, **k: calls.append(a))
    args = (str(SEEDS.resolve()), loader.corpus_fingerprint(SEEDS), read_meta(SEEDS).city)
    data, timeline, _errors = shell.load(*args)
    assert not calls and data.city == "株洲市" and not timeline.points.empty
