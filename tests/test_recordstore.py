"""store.recordstore: the DuckDB records store under the corpus loader.

Incremental re-extraction, a new engine version, files it cannot read, a crash mid-write and
writers in several processes at once, each against a real store file in a temporary folder.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pytest

from extract.records import Event, Record
from store import recordstore
from store.loader import load_corpus
from store.recordstore import Key, RecordStore, store_path_for

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def own_store(monkeypatch):
    """Stores beside their corpus folders, as users have them (not the session's shared one)."""
    monkeypatch.delenv(recordstore.STORE_DIR_ENV, raising=False)


def rec(doc="a.txt", value=1.0, **kw) -> Record:
    base = dict(
        doc=doc,
        date="2020-02-19",
        region="甲市",
        metric="confirmed_total",
        sector="",
        value=value,
        unit="例",
        qualifier="",
        quote="累计确诊1例",
        start=0,
        end=6,
    )
    return Record(**{**base, **kw})


def ev(doc="a.txt") -> Event:
    return Event(
        doc=doc,
        date="2020-01-23",
        kind="level1_response",
        label="一级响应",
        quote="启动一级响应",
        start=0,
        end=6,
        region="甲市",
    )


def extracted_at(store: RecordStore) -> dict[str, float]:
    with duckdb.connect(str(store.path), read_only=True) as con:
        return dict(con.execute("SELECT doc, extracted_at FROM articles").fetchall())


# ------------------------------------------------------------------ the store itself


def test_records_and_events_come_back_as_they_went_in(tmp_path):
    store = RecordStore(tmp_path / "s.duckdb")
    k1, k2, k3 = Key("a" * 64, "甲市", "2020-02-20"), Key("b" * 64, "甲市", ""), Key("c" * 64, "甲市", "")
    records = [rec(value=1.5, rule="r.one", published="2020-02-20"), rec(value=2, qualifier="more_than")]
    store.put_many([(k1, "a.txt", "某日报", records, [ev()]), (k2, "b.txt", "", [], [])])
    got = store.get_many([k1, k2, k3])
    assert got[k1].records == records and got[k1].events == [ev()]
    assert got[k2].records == [] and got[k2].events == []  # no figures is an answer, not a miss
    assert k3 not in got
    assert store.known([k1, k2, k3]) == {k1, k2}


def test_putting_a_key_again_replaces_it(tmp_path):
    store = RecordStore(tmp_path / "s.duckdb")
    key = Key("a" * 64, "甲市", "")
    store.put_many([(key, "a.txt", "", [rec(value=1), rec(value=2)], [ev()])])
    store.put_many([(key, "a.txt", "", [rec(value=3)], [])])
    assert store.get_many([key])[key].records == [rec(value=3)]
    assert store.count() == {"articles": 1, "records": 1, "events": 0, "articles_current": 1, "distinct_keys": 1}


def test_another_engine_version_does_not_see_old_records(tmp_path):
    key = Key("a" * 64, "甲市", "")
    RecordStore(tmp_path / "s.duckdb", engine="old").put_many([(key, "a.txt", "", [rec()], [])])
    new = RecordStore(tmp_path / "s.duckdb", engine="new")
    assert new.get_many([key]) == {} and new.known([key]) == set()
    new.put_many([(key, "a.txt", "", [rec(value=9)], [])])
    assert new.count()["articles"] == 1  # the old version's rows are replaced, not kept
    assert RecordStore(tmp_path / "s.duckdb", engine="old").get_many([key]) == {}


def test_the_engine_version_follows_the_extract_package(monkeypatch):
    v = recordstore.engine_version()
    assert len(v) == 16 and v == recordstore.engine_version()
    recordstore.engine_version.cache_clear()
    monkeypatch.setattr(recordstore, "_ENGINE_PACKAGES", ("cpca", "not-a-package-zz"))
    try:
        assert recordstore.engine_version() != v
    finally:
        recordstore.engine_version.cache_clear()


def test_a_store_of_another_schema_is_started_afresh(tmp_path):
    path = tmp_path / "s.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE store_meta (name VARCHAR, value VARCHAR)")
        con.execute("INSERT INTO store_meta VALUES ('schema', '0')")
        con.execute("CREATE TABLE records (whatever INTEGER)")
        con.execute("CREATE TABLE articles (x INTEGER)")
        con.execute("CREATE TABLE events (y INTEGER)")
    store = RecordStore(path)
    key = Key("a" * 64, "甲市", "")
    store.put_many([(key, "a.txt", "", [rec()], [])])
    assert store.get_many([key])[key].records == [rec()]


def test_a_file_that_is_no_store_is_moved_aside_with_a_note(tmp_path):
    path = tmp_path / "s.duckdb"
    path.write_bytes(b"this is not a database" * 500)
    store = RecordStore(path)
    assert store.notes and "无法读取" in store.notes[0][0] and "could not be read" in store.notes[0][1]
    aside = list(tmp_path.glob("s.duckdb.unreadable-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not")
    key = Key("a" * 64, "甲市", "")
    store.put_many([(key, "a.txt", "", [rec()], [])])
    assert key in store.get_many([key])


def test_parquet_export_is_partitioned_by_city_and_month(tmp_path):
    store = RecordStore(tmp_path / "s.duckdb")
    store.put_many(
        [
            (Key("a" * 64, "甲市", ""), "a.txt", "甲日报", [rec(), rec(date="2020-03-01", value=5)], []),
            (Key("b" * 64, "乙市", ""), "b.txt", "乙日报", [rec(doc="b.txt", region="乙市")], []),
        ]
    )
    out = store.export_parquet(tmp_path / "pq")
    with duckdb.connect() as con:
        rows = con.execute(
            f"SELECT city, month, paper, value FROM read_parquet('{out}/**/*.parquet', "
            "hive_partitioning = true) ORDER BY city, month"
        ).fetchall()
    assert rows == [
        ("乙市", "2020-02", "乙日报", 1.0),
        ("甲市", "2020-02", "甲日报", 1.0),
        ("甲市", "2020-03", "甲日报", 5.0),
    ]


# ------------------------------------------------------------------ through the corpus loader


def test_reopening_reads_the_store_and_a_new_article_alone_is_extracted(corpus, own_store):
    first = load_corpus(corpus)
    store = RecordStore.beside(corpus)
    assert store.path == corpus / recordstore.STORE_NAME and store.path.is_file()
    before = extracted_at(store)
    assert len(before) == len(first.articles) == 5

    again = load_corpus(corpus)
    assert again.records == first.records and again.events == first.events
    assert extracted_at(store) == before  # nothing extracted again

    src = sorted(corpus.glob("*.txt"))[0]
    (corpus / "new_article.txt").write_text(src.read_text(encoding="utf-8") + "\n本报讯。", encoding="utf-8")
    third = load_corpus(corpus)
    after = extracted_at(store)
    assert set(after) - set(before) == {"new_article.txt"}
    assert {d: t for d, t in after.items() if d in before} == before
    assert {r.doc for r in third.records} >= {"new_article.txt"}


def test_a_changed_article_is_extracted_again(corpus, own_store):
    load_corpus(corpus)
    store = RecordStore.beside(corpus)
    before = extracted_at(store)
    target = sorted(corpus.glob("*.txt"))[1]
    target.write_text(target.read_text(encoding="utf-8").replace("累计", "累计", 1) + "\n（完）", encoding="utf-8")
    load_corpus(corpus)
    after = extracted_at(store)
    changed = {d for d in after if after[d] != before.get(d)}
    assert changed == {target.name}


def test_a_reprint_is_stored_once_and_cites_its_own_file(corpus, own_store):
    src = sorted(corpus.glob("*.txt"))[0]
    shutil.copyfile(src, corpus / "reprint.txt")
    meta = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))
    meta["articles"]["reprint.txt"] = dict(meta["articles"][src.name])  # same text, same day
    (corpus / "corpus.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    data = load_corpus(corpus)
    mine = [r for r in data.records if r.doc == "reprint.txt"]
    theirs = [r for r in data.records if r.doc == src.name]
    assert mine and [(r.metric, r.value) for r in mine] == [(r.metric, r.value) for r in theirs]
    assert RecordStore.beside(corpus).count()["articles"] == 5  # 6 files, 5 distinct texts


def test_an_unwritable_folder_extracts_in_memory_and_says_so(tmp_path, own_store, monkeypatch):
    folder = tmp_path / "ro"
    shutil.copytree(ROOT / "seeds", folder)

    create = RecordStore._create

    def refuse_files(self):  # as root, chmod does not stop a write: refuse it here
        if self.path is not None:
            raise duckdb.IOException("read-only file system")
        create(self)

    monkeypatch.setattr(RecordStore, "_create", refuse_files)
    data = load_corpus(folder)
    assert data.records and data.notes and "内存" in data.notes[0][0] and "memory" in data.notes[0][1]
    assert not (folder / recordstore.STORE_NAME).exists()


def test_the_session_store_is_shared_and_kept_out_of_the_corpus(corpus):
    assert os.environ.get(recordstore.STORE_DIR_ENV)
    load_corpus(corpus)
    assert not (corpus / recordstore.STORE_NAME).exists()
    assert store_path_for(corpus) == store_path_for(ROOT / "seeds")


# ------------------------------------------------------------------ crashes and concurrency

CRASH = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {root!r})
    from store import recordstore
    from store.recordstore import Key, RecordStore
    from extract.records import Record
    r = Record(doc="b.txt", date="2020-02-20", region="甲市", metric="confirmed_total", sector="",
               value=2.0, unit="例", qualifier="", quote="q", start=0, end=1)
    def stall(store):
        print("in transaction", flush=True)
        time.sleep(60)
    recordstore._before_commit = stall
    RecordStore({path!r}).put_many([(Key("b" * 64, "甲市", ""), "b.txt", "", [r] * 1000, []),
                                    (Key("a" * 64, "甲市", ""), "a.txt", "", [r], [])])
""")


def test_a_process_killed_mid_write_leaves_the_last_committed_state(tmp_path):
    path = tmp_path / "s.duckdb"
    key = Key("a" * 64, "甲市", "")
    RecordStore(path).put_many([(key, "a.txt", "", [rec()], [ev()])])
    proc = subprocess.Popen(
        [sys.executable, "-c", CRASH.format(root=str(ROOT), path=str(path))], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout.readline().strip() == "in transaction"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    t0 = time.monotonic()
    store = RecordStore(path)  # the lock died with the process; the file opens
    assert time.monotonic() - t0 < 10
    assert store.get_many([key, Key("b" * 64, "甲市", "")]) == {key: ([rec()], [ev()])}
    assert store.count()["records"] == 1 and not store.notes


WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from store.recordstore import Key, RecordStore
    from extract.records import Record
    store = RecordStore({path!r})
    for i in range(25):
        r = Record(doc=f"{tag}{{i}}.txt", date="2020-02-20", region="甲市", metric="confirmed_total",
                   sector="", value=float(i), unit="例", qualifier="", quote="q", start=0, end=1)
        store.put_many([(Key(f"{tag}{{i:03d}}", "甲市", ""), r.doc, "", [r, r], [])])
        assert Key(f"{tag}{{i:03d}}", "甲市", "") in store.known([Key(f"{tag}{{i:03d}}", "甲市", "")])
""")


def test_writers_in_several_processes_and_threads_lose_nothing(tmp_path):
    path = tmp_path / "s.duckdb"
    RecordStore(path)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER.format(root=str(ROOT), path=str(path), tag=tag)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("p", "q")
    ]

    def thread_writer(tag):
        store = RecordStore(path)
        for i in range(25):
            store.put_many([(Key(f"{tag}{i:03d}", "甲市", ""), f"{tag}.txt", "", [rec(doc=f"{tag}.txt")], [])])

    with ThreadPoolExecutor(2) as pool:
        list(pool.map(thread_writer, ["t", "u"]))
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    n = RecordStore(path).count()
    assert n["articles"] == 100 and n["distinct_keys"] == 100
    assert n["records"] == 2 * 25 * 2 + 2 * 25


def test_reopening_reads_no_unchanged_file_until_its_text_is_shown(corpus, own_store):
    from briefing.labels import article_title, source_name
    from extract.corpus import load_article
    from store.loader import StoredArticle

    first = load_corpus(corpus)
    assert not any(isinstance(a, StoredArticle) for a in first.articles)  # read the first time
    target = sorted(corpus.glob("*.txt"))[2]
    target.write_text(target.read_text(encoding="utf-8") + "\n（完）", encoding="utf-8")
    again = load_corpus(corpus)
    lazy = {a.name: a for a in again.articles if isinstance(a, StoredArticle)}
    assert set(lazy) == {a.name for a in first.articles} - {target.name}  # the changed file is read
    art = next(iter(lazy.values()))
    assert art._text is None  # not read yet
    assert source_name(art.name, {art.name: art}, "株洲日报") == source_name(
        art.name, {art.name: load_article(corpus / art.name, art.published)}, "株洲日报"
    )
    assert art._text is None  # the headline came from the store
    full = load_article(corpus / art.name, art.published)
    assert art.text == full.text and art.sha256 == full.sha256 and art.title == article_title(full.text)
    assert again.records == load_corpus(corpus, store=RecordStore(None)).records


# ------------------------------------------------------------------ records read when asked


def test_a_stored_corpus_opens_without_reading_its_records(corpus, own_store, monkeypatch):
    load_corpus(corpus)  # extracted and stored
    in_memory = load_corpus(corpus, store=RecordStore(None))
    events, records = in_memory.events, in_memory.records
    asked = []
    real = RecordStore.get_many
    monkeypatch.setattr(
        RecordStore, "get_many", lambda self, keys, records=True: asked.append(records) or real(self, keys, records)
    )
    data = load_corpus(corpus)
    assert asked == []  # neither records nor events read to open it
    assert data.events == events and asked == [False]  # the events only
    assert data.records == records and asked == [False, True]


def test_records_and_events_as_columns_are_the_same_rows(corpus, own_store):
    """The timeline reads both as columns straight from the store (no Record or Event per row):
    the same rows in the same order as the lists, a reprint citing its own file."""
    import shutil

    from store.wire import EVENT_FIELDS, RECORD_FIELDS

    first = sorted(p.name for p in corpus.glob("*.txt"))[0]
    shutil.copy(corpus / first, corpus / ("copy_" + first))
    load_corpus(corpus)  # stored
    columns = load_corpus(corpus)
    records, events = columns.record_columns(), columns.event_columns()
    assert "records" not in columns._read and "events" not in columns._read  # read as columns
    lists = load_corpus(corpus, store=RecordStore(None))
    for frame, items, fields in ((records, lists.records, RECORD_FIELDS), (events, lists.events, EVENT_FIELDS)):
        assert list(frame.columns) == fields and len(frame) > 0
        assert [tuple(r) for r in frame.itertuples(index=False)] == [
            tuple(getattr(i, f) for f in fields) for i in items
        ]
    assert "copy_" + first in set(records["doc"]) | set(events["doc"])


def test_records_another_engine_replaced_meanwhile_are_extracted_not_lost(corpus, own_store):
    data = load_corpus(corpus)  # records not read yet
    store = RecordStore(store_path_for(corpus), engine="another-checkout")
    stolen = [(Key(a.sha256, data.city, a.published), a.name, "", [], []) for a in data.articles]
    store.put_many(stolen)  # replaces these keys for every engine version
    assert data.records == load_corpus(corpus, store=RecordStore(None)).records
