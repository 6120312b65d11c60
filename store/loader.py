"""Corpus folder → records → timeline: the one path the CLI, the dashboard and tests share.

Records are kept in the records store (store.recordstore), keyed by file content, home city,
publication date and engine version: reopening a corpus reads them back, and a changed file
or engine is re-extracted. Corrections (corrections.csv in the folder) are
applied on top of extraction, never written into it.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from extract.corpus import (
    METADATA_NAME,
    Article,
    CorpusMeta,
    HomeCity,
    article_names,
    headline,
    home_city,
    is_article_name,
    load_article,
    no_corpus,
    read_meta,
)
from extract.decode import decode_bytes
from extract.errors import InputError
from extract.files import read_bytes, within
from extract.home import sample
from extract.records import Event, Record
from store.corrections import apply_corrections, corrected_columns, load_corrections
from store.extraction import article_key, extract_articles, store_missing
from store.official import OFFICIAL_DIR, load_official
from store.recordstore import RecordStore, StoreUnavailable
from store.wire import EVENT_FIELDS, RECORD_FIELDS


@dataclass
class CorpusData:
    folder: Path
    meta: CorpusMeta
    city: str | None  # the home city; None: a corpus without one (a feed)
    articles: list[Article | StoredArticle]  # StoredArticle: unchanged files, text read when shown
    read_events: Callable[[], list[Event]] = list  # the articles' events, read from the store when asked
    # the articles' records and events, read from the store when asked
    read_extracted: Callable[[], tuple[list[Record], list[Event]]] = lambda: ([], [])
    # records or events as columns (RECORD_FIELDS, EVENT_FIELDS) straight from the store, or
    # None: then from read_extracted / read_events
    read_columns: Callable[[str], pd.DataFrame | None] = lambda table: None
    corrections: list = field(default_factory=list)  # store.corrections.Correction, applied to them
    errors: list[tuple[str, InputError | OSError]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (zh, en) from the records store
    official: pd.DataFrame | None = None  # official series (store.official.COLUMNS), never merged into records
    home: HomeCity | None = None  # where city comes from (given, corpus.json, guessed …)
    store: RecordStore | None = None  # the records store file it was read through (for snapshots); None in memory
    _read: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    # Records are read when first asked for: a fresh dashboard on an archive draws its first
    # chart from the timeline kept in the store (briefing.snapshot) without them (reading them
    # is most of a reopen). Sessions share one CorpusData: one reads, the others wait.
    @property
    def extracted(self) -> list[Record]:
        """Records as extracted, before corrections."""
        with _READING:
            if "extracted" not in self._read:
                self._read["extracted"], events = self.read_extracted()
                self._read.setdefault("events", events)  # read with them: kept
            return self._read["extracted"]

    @property
    def events(self) -> list[Event]:
        """The articles' events (the charts' labels): a dashboard whose timeline is kept in the
        store reads none."""
        with _READING:
            if "events" not in self._read:
                self._read["events"] = self.read_events()
            return self._read["events"]

    @property
    def records(self) -> list[Record]:
        """Records after corrections."""
        with _READING:
            if "records" not in self._read:
                self._read["records"] = apply_corrections(self.extracted, self.corrections)
            return self._read["records"]

    def record_columns(self) -> pd.DataFrame:
        """Records after corrections as columns (store.wire.RECORD_FIELDS), for the timeline: read
        from the store as one frame (an archive's million records never become Records), with
        the corrections applied to the few files they name; the same rows, in the same order,
        as `records`."""
        return self._columns(
            "records", RECORD_FIELDS, lambda: self.records, lambda c: corrected_columns(c, self.corrections)
        )

    def event_columns(self) -> pd.DataFrame:
        """The events as columns (EVENT_FIELDS), as record_columns reads the records."""
        return self._columns("events", EVENT_FIELDS, lambda: self.events)

    def _columns(self, table: str, fields: list[str], items: Callable[[], list], fix=lambda c: c) -> pd.DataFrame:
        # from the store unless the lists were read already (or the store cannot answer)
        with _READING:
            if table not in self._read:
                columns = self.read_columns(table)
                if columns is not None:
                    return fix(columns)
            return pd.DataFrame({name: [getattr(x, name) for x in items()] for name in fields}, columns=fields)

    @property
    def article_by_name(self) -> dict[str, Article | StoredArticle]:
        return {a.name: a for a in self.articles}

    def published_by_doc(self) -> dict[str, str]:
        return {a.name: a.published for a in self.articles if a.published}

    def published_span(self) -> tuple[str, str] | None:
        """(first, last) publication dates of the articles, ISO; None if none is known."""
        dates = sorted(a.published for a in self.articles if a.published)
        return (dates[0], dates[-1]) if dates else None


_READING = threading.RLock()


class StoredArticle:
    """An article whose file is unchanged since the store last read it: name, date, hash and
    headline from the store; its text is read and decoded only when something shows it (an
    archive of 10,000 articles opens without reading them)."""

    __slots__ = ("_folder", "_text", "encoding", "name", "published", "sha256", "title")

    def __init__(self, folder: Path, name: str, published: str, encoding: str, sha256: str, title: str):
        self.name, self.published, self.encoding, self.sha256, self.title = name, published, encoding, sha256, title
        self._folder = folder
        self._text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = decode_bytes(read_bytes(self._folder / self.name, root=self._folder), self.name).text
        return self._text


def load_corpus(
    folder: str | Path, city: str | None = None, store: RecordStore | None = None, fingerprint: str | None = None
) -> CorpusData:
    """Read the folder's articles; their records come from the records store (extracted and
    stored the first time, and again when an article or the engine changes). store: the
    folder's own (RecordStore.beside) unless given. A file whose name, size and mtime the
    store knows is not read at all (StoredArticle). fingerprint: corpus_fingerprint(folder)
    just taken (the dashboard's cache key): the sizes and mtimes it read are used, not read
    again, so the corpus loaded is the one that key names."""
    folder = Path(folder)
    if not folder.is_dir():
        raise no_corpus(folder)
    meta = read_meta(folder)
    store = store if store is not None else RecordStore.beside(folder)
    where = str(folder.resolve())
    known = store.file_index(where)
    articles: list = []
    errors: list = list(meta.problems)  # a publication date that is no date: said, left out
    read_now = []
    base = str(folder) + os.sep  # one concatenation per file, not os.path.join (a hundred thousand files)
    fingerprinted, plain = _fingerprinted_stats(folder, fingerprint)
    # the fingerprint's own listing when every entry was a plain file or folder (no link, no
    # FIFO for article_names to refuse): an archive is listed once, not twice
    names = sorted(n for n in fingerprinted if is_article_name(n)) if plain else article_names(folder, errors)
    for name in names:  # names and os.stat: no Path for a file not read
        try:
            size_mtime = fingerprinted.get(name)
            if size_mtime is None:
                stat = os.stat(base + name)
                size_mtime = stat.st_size, stat.st_mtime_ns
            hit = known.get(name)
            if hit is not None and (hit[0], hit[1]) == size_mtime:
                articles.append(StoredArticle(folder, name, meta.published(name), hit[3], hit[2], hit[4]))
                continue
            art = load_article(folder / name, meta.published(name), root=folder)
        except (InputError, OSError) as exc:
            errors.append((name, exc))
            continue
        articles.append(art)
        read_now.append((name, *size_mtime, art.sha256, art.encoding, headline(art.text)))
    store.put_files(where, read_now)
    # the one home-city rule: given, corpus.json's, none (a feed), else the city the articles
    # speak for, guessed from a few of them, else none
    home_rule = home_city(meta, city, lambda: (a.text for a in sample(articles)))
    home = home_rule.city
    # new and changed articles are extracted and stored now; what was stored is read when asked
    # for (its events and records)
    already = _stored_already(store, where, home, fingerprint, articles)
    stored, refused = already or store_missing(articles, home, store, meta.paper)
    if already is None and fingerprint and not refused and len(stored) == len(articles) and store.path is not None:
        # this state of the folder is all stored: the next open with the same fingerprint asks
        # the store once instead of for each article (a marker a store from elsewhere may fake:
        # a record that is missing after all is extracted when it is read, see read_back)
        store.put_snapshot(_complete_scope(where, home), _complete_key(fingerprint, store), b"")
    errors.extend(refused)  # over the figure budget: said, not extracted
    articles = [a for a in articles if a.name in stored]
    corrections = load_corrections(folder)  # now: a corrections.csv that cannot be read is said at once

    notes = store.notes  # the store's own list: what it says later (rows not read back) is shown too

    def read_back(records: bool) -> dict:
        # extract_articles again, not the store alone: a key another engine version replaced
        # meanwhile (a second checkout sharing the store) is extracted, never silently missing
        try:
            again, _ = extract_articles(articles, home, store, meta.paper, records=records)
        except StoreUnavailable as exc:  # another program took the store meanwhile: extract here
            notes.append((f"{exc.zh} 本次在内存中提取。", f"{exc.en} Extracted in memory this time."))
            again, _ = extract_articles(articles, home, RecordStore(None), meta.paper)
        return again

    def read_extracted() -> tuple[list[Record], list[Event]]:
        again = read_back(records=True)
        found = [again[a.name] for a in articles if a.name in again]
        return [r for f in found for r in f.records], [e for f in found for e in f.events]

    def read_events() -> list[Event]:
        again = read_back(records=False)
        return [e for a in articles if a.name in again for e in again[a.name].events]

    named: list = []  # (name, key) of every article, made once for records and events

    def read_columns(table: str) -> pd.DataFrame | None:
        named[:] = named or [(a.name, article_key(a, home)) for a in articles]
        try:
            columns, missing = store.records_frame(named, table)
        except StoreUnavailable:
            return None
        # a key another engine version replaced meanwhile: read_extracted extracts it again
        return None if missing else columns

    official = load_official(folder)
    errors.extend(official.errors)
    home_note = home_rule.note()
    if home_note:
        notes.append(home_note)
    return CorpusData(
        folder,
        meta,
        home,
        articles,
        read_events,
        read_extracted,
        read_columns,
        corrections,
        errors,
        notes=notes,
        official=official.frame,
        store=store if store.path is not None else None,  # in memory: no snapshots
        home=home_rule,
    )


def _complete_scope(where: str, home: str | None) -> str:
    return f"complete\0{where}\0{home or ''}"


def _complete_key(fingerprint: str, store: RecordStore) -> str:
    return f"{fingerprint}\0{store.engine}"


def _stored_already(
    store: RecordStore, where: str, home: str | None, fingerprint: str | None, articles: list
) -> tuple[set[str], list] | None:
    """Every article's name when this folder state (its fingerprint, this engine, this home city)
    was stored whole before; None to ask the store article by article."""
    if not fingerprint or store.path is None:
        return None
    if store.get_snapshot(_complete_scope(where, home), _complete_key(fingerprint, store)) is None:
        return None
    return {a.name for a in articles}, []


def paper_folders(folder: str | os.PathLike) -> list[Path]:
    """The papers of an archive: one folder per paper (each with its corpus.json and home
    city, or articles), side by side in the archive's folder. [] for a folder that holds
    articles itself (a single paper) or nothing of the kind."""
    folder = Path(folder)
    if not folder.is_dir() or _has_articles(folder):
        return []
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_dir()
        and not p.name.startswith(".")
        and within(p, folder)  # a link to a folder elsewhere is not one of its papers
        and ((p / METADATA_NAME).is_file() or _has_articles(p))
    )


def _has_articles(folder: Path) -> bool:
    # runs on every dashboard rerun: the first article file answers, no listing of the folder
    with os.scandir(folder) as entries:
        return any(is_article_name(e.name) and e.is_file() for e in entries)


def corpus_fingerprint(folder: str | Path) -> str:
    """Cheap key for UI caches and the timeline snapshot: a digest of the names, sizes and
    mtimes of every file in the folder and in its official/ series folder ("" for no folder).
    A digest, not the list: Streamlit hashes a cache's arguments on every call, and hashing
    an archive's (name, size, mtime) tuples each time is slow."""
    folder = Path(folder)
    if not folder.is_dir():
        return ""
    out, stats = [], {}
    plain = True  # every entry of the folder a regular file or a folder (the directory entry says)
    for where, prefix in ((folder, ""), (folder / OFFICIAL_DIR, OFFICIAL_DIR + "/")):
        if not where.is_dir():
            continue
        with os.scandir(where) as entries:
            for entry in entries:
                if not prefix and not entry.is_file(follow_symlinks=False) and not entry.is_dir(follow_symlinks=False):
                    plain = False  # a link, a FIFO …: load_corpus lists the folder itself
                if entry.is_file() and not entry.name.startswith("."):  # not the store, not temporaries
                    st = entry.stat()  # one stat per file (is_file reads the directory entry)
                    out.append(f"{prefix}{entry.name}\0{st.st_size}\0{st.st_mtime_ns}\n")
                    if not prefix:
                        stats[entry.name] = (st.st_size, st.st_mtime_ns)
    digest = hashlib.sha256("".join(sorted(out)).encode()).hexdigest()
    with _FINGERPRINTED_LOCK:
        _FINGERPRINTED.pop(str(folder), None)
        _FINGERPRINTED[str(folder)] = (digest, stats, plain)
        while len(_FINGERPRINTED) > 4:  # a few folders (an archive's papers), not every one ever seen
            _FINGERPRINTED.pop(next(iter(_FINGERPRINTED)))
    return digest


# The sizes and mtimes behind the last fingerprint of a few folders: load_corpus(fingerprint=…)
# stats an archive's 100,000 files once, not twice.
_FINGERPRINTED: dict[str, tuple[str, dict[str, tuple[int, int]], bool]] = {}
_FINGERPRINTED_LOCK = threading.Lock()


def _fingerprinted_stats(folder: Path, fingerprint: str | None) -> tuple[dict[str, tuple[int, int]], bool]:
    """The sizes and mtimes the fingerprint read, and whether its listing can stand for the
    folder's (({}, False): none to use)."""
    if not fingerprint:
        return {}, False
    with _FINGERPRINTED_LOCK:
        digest, stats, plain = _FINGERPRINTED.get(str(folder), ("", {}, False))
    return (stats, plain) if digest == fingerprint else ({}, False)
