"""Corpus folder → records → timeline: the one path the CLI, the dashboard and tests share.

Extraction is cached by file content (sha256) and home city, so reopening a corpus is
instant and a changed file is re-read. Corrections (corrections.csv in the folder) are
applied on top of extraction, never written into it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from extract.corpus import Article, CorpusMeta, article_paths, load_article, read_meta
from extract.places import canonical_city
from extract.decode import InputError
from extract.records import Event, Record

from store.extraction import extract_cached

@dataclass
class CorpusData:
    folder: Path
    meta: CorpusMeta
    city: str
    articles: list[Article]
    records: list[Record]            # after corrections
    events: list[Event]
    errors: list[tuple[str, InputError | OSError]] = field(default_factory=list)
    extracted: list[Record] = field(default_factory=list)   # before corrections

    @property
    def article_by_name(self) -> dict[str, Article]:
        return {a.name: a for a in self.articles}

    def published_by_doc(self) -> dict[str, str]:
        return {a.name: a.published for a in self.articles if a.published}

    def published_span(self) -> tuple[str, str] | None:
        """(first, last) publication dates of the articles, ISO; None if none is known."""
        dates = sorted(a.published for a in self.articles if a.published)
        return (dates[0], dates[-1]) if dates else None


def load_corpus(folder: str | Path, city: str | None = None) -> CorpusData:
    folder = Path(folder)
    meta = read_meta(folder)
    home = canonical_city(city or meta.city)   # 株洲 and 株洲市 are one city; empty → default
    articles, records, events, errors = [], [], [], []
    for path in article_paths(folder):
        try:
            art = load_article(path, meta.published(path.name))
        except (InputError, OSError) as exc:
            errors.append((path.name, exc))
            continue
        try:
            recs, evs = extract_cached(art, home)
        except InputError as exc:   # over the figure budget: said, not extracted
            errors.append((path.name, exc))
            continue
        articles.append(art)
        records.extend(recs)
        events.extend(evs)
    extracted = list(records)
    try:
        from store.corrections import apply_corrections, load_corrections
        records = apply_corrections(records, load_corrections(folder))
    except ImportError:
        pass
    return CorpusData(folder, meta, home, articles, records, events, errors, extracted)


def corpus_fingerprint(folder: str | Path) -> tuple:
    """Cheap key for UI caches: names, sizes and mtimes of every file in the folder."""
    folder = Path(folder)
    if not folder.is_dir():
        return ()
    out = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_file():
                st = entry.stat()   # one stat per file (is_file reads the directory entry)
                out.append((entry.name, st.st_size, st.st_mtime_ns))
    return tuple(sorted(out))
