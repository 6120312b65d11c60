"""store.build: `python -m store build` on a real Dask LocalCluster, a worker killed mid-batch,
an existing scheduler, and the records it stores read back by the corpus loader."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from store import build as build_mod
from store import recordstore
from store.build import build
from store.loader import load_corpus
from store.recordstore import RecordStore

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::ResourceWarning")


@pytest.fixture
def archive(tmp_path, monkeypatch) -> Path:
    """The seeds and three altered copies of each (20 distinct texts), with their dates; the
    store beside the folder."""
    monkeypatch.delenv(recordstore.STORE_DIR_ENV, raising=False)
    folder = tmp_path / "archive"
    shutil.copytree(ROOT / "seeds", folder, ignore=shutil.ignore_patterns(".*"))
    meta = json.loads((folder / "corpus.json").read_text(encoding="utf-8"))
    for i in range(3):
        for src in sorted((ROOT / "seeds").glob("*.txt")):
            name = f"copy{i}_{src.name}"
            (folder / name).write_text(src.read_text(encoding="utf-8") + f"\n（转载{i}）", encoding="utf-8")
            meta["articles"][name] = dict(meta["articles"][src.name])
    (folder / "corpus.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return folder


def stored_docs(folder: Path) -> list[str]:
    with duckdb.connect(str(folder / recordstore.STORE_NAME), read_only=True) as con:
        return sorted(d for (d,) in con.execute("SELECT doc FROM articles").fetchall())


def extracted_at(folder: Path) -> dict:
    with duckdb.connect(str(folder / recordstore.STORE_NAME), read_only=True) as con:
        return dict(con.execute("SELECT doc, extracted_at FROM articles").fetchall())


def test_build_on_a_local_cluster_stores_what_the_loader_reads(archive, tmp_path):
    report = build(archive, workers=2, progress=False)
    assert report.workers == 2 and report.articles == 20 and report.extracted == 20 and report.already == 0
    assert stored_docs(archive) == sorted(p.name for p in archive.glob("*.txt"))
    before = extracted_at(archive)

    data = load_corpus(archive)  # reads the store: extracts nothing
    assert extracted_at(archive) == before
    plain = tmp_path / "plain"
    shutil.copytree(archive, plain, ignore=shutil.ignore_patterns(".*"))
    fresh = load_corpus(plain, store=RecordStore(None))  # the same corpus, extracted in this process
    assert data.records == fresh.records and data.events == fresh.events

    again = build(archive, workers=1, progress=False)  # nothing left to do: no cluster started
    assert again.extracted == 0 and again.already == 20 and again.workers == 0


def test_a_worker_that_dies_mid_batch_loses_no_article(archive, tmp_path, monkeypatch):
    die = tmp_path / "die-once"
    die.write_text("x")
    monkeypatch.setenv(build_mod.DIE_ONCE_ENV, str(die))  # the workers inherit it
    monkeypatch.setattr(build_mod, "BATCH_ARTICLES", 3)
    report = build(archive, workers=2, progress=False)
    assert not die.exists()  # a worker did die
    assert report.extracted == 20
    n = RecordStore.beside(archive).count()
    assert n["articles"] == n["distinct_keys"] == 20  # every article, each exactly once
    monkeypatch.delenv(build_mod.DIE_ONCE_ENV)
    plain = tmp_path / "plain"
    shutil.copytree(archive, plain, ignore=shutil.ignore_patterns(".*"))
    assert load_corpus(archive).records == load_corpus(plain, store=RecordStore(None)).records


def test_an_existing_scheduler_is_used_and_left_running(archive):
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        report = build(archive, scheduler=cluster.scheduler_address, progress=False)
        assert report.extracted == 20 and report.workers == 1
        with Client(cluster.scheduler_address) as client:  # still there
            assert len(client.scheduler_info()["workers"]) == 1


def test_the_command_line_builds_and_reports_in_both_languages(archive):
    out = subprocess.run(
        [sys.executable, "-m", "store", "build", str(archive), "--workers", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    assert "20 新提取 extracted now" in out.stdout and "MB/s" in out.stdout
    assert "篇 articles" in out.stderr  # the progress line
    info = subprocess.run(
        [sys.executable, "-m", "store", "info", str(archive)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert "20 articles of this engine version" in info.stdout


def test_a_batch_comes_back_as_arrow_columns_not_records(archive):
    """The wire format: a worker's result is Arrow tables (appended to DuckDB in bulk), never a
    list of pickled Records, also as it arrives through a real cluster."""
    import pyarrow as pa
    from dask.distributed import Client, LocalCluster

    from extract.corpus import Article
    from extract.records import Record
    from store.extraction import extract_one
    from store.wire import ARTICLE_SCHEMA, EVENT_SCHEMA, RECORD_SCHEMA, Batch, payload_table, to_records

    names = sorted(p.name for p in archive.glob("*.txt"))[:3]
    items = [(n, (archive / n).read_bytes(), "2020-02-20", "") for n in names]
    items.append(("flood.txt", "".join(f"确诊{i % 97}例\n" for i in range(6000)).encode(), "", ""))
    payload = payload_table(items)  # the client's side is columns too
    with (
        LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster.scheduler_address) as client,
    ):
        got = client.submit(build_mod.extract_batch, payload, "株洲市", "株洲日报").result()
    assert isinstance(got, Batch)
    assert all(isinstance(t, pa.Table) for t in got)
    assert (got.articles.schema, got.records.schema, got.events.schema) == (ARTICLE_SCHEMA, RECORD_SCHEMA, EVENT_SCHEMA)
    assert not any(isinstance(v, Record) for t in got for col in t.columns for v in col.to_pylist()[:5])
    arts = got.articles.to_pylist()
    assert [a["name"] for a in arts] == [*names, "flood.txt"]
    assert arts[-1]["error"] and "5000" in arts[-1]["error"] and arts[-1]["n_records"] == 0  # over the budget
    assert all(len(a["key_sha256"]) == 64 and a["paper"] == "株洲日报" for a in arts)  # hashed on the worker
    # the same records as the engine gives in this process, in order
    first = got.records.filter(pa.compute.equal(got.records["article"], 0))
    text = (archive / names[0]).read_text(encoding="utf-8")
    want, _ = extract_one(Article(names[0], text, "2020-02-20"), "株洲市")
    assert to_records(first) == want


def test_keying_reads_only_what_it_must(archive, monkeypatch):
    """A fresh archive is hashed by the workers (the client reads each file once, to send it);
    an unchanged archive is keyed from the store's file index and not read at all; a touched
    file alone is read and hashed by the client, and found in the store."""
    first = sorted(p.name for p in archive.glob("*.txt"))[0]
    shutil.copy(archive / first, archive / "reprint.txt")
    meta = json.loads((archive / "corpus.json").read_text(encoding="utf-8"))
    meta["articles"]["reprint.txt"] = meta["articles"][first]  # the same text, the same day
    (archive / "corpus.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    report = build(archive, workers=1, progress=False)
    assert report.articles == 21 and report.hashed == 0 and not report.refused
    assert len(stored_docs(archive)) == 20  # the reprint's text: one key, stored once

    reads = []
    real = build_mod.read_bytes
    monkeypatch.setattr(build_mod, "read_bytes", lambda *a, **k: reads.append(a[0]) or real(*a, **k))
    again = build(archive, workers=1, progress=False)
    assert again.already == 21 and again.extracted == 0 and again.hashed == 0 and reads == []
    os.utime(archive / first, ns=(1, 1))
    touched = build(archive, workers=1, progress=False)
    assert touched.already == 21 and touched.hashed == 1 and [p.name for p in reads] == [first]
    data = load_corpus(archive)  # the build wrote the index the loader reads: no file read either
    assert data.articles and {type(a).__name__ for a in data.articles} == {"StoredArticle"}
