"""A corpus folder from someone else: its records store, links, FIFOs, official files and
metadata may be hostile, and the machine may do ordinary things (a notebook holding the store
open). Each case here is one way a received corpus leaked a local file, took the machine's
memory, lost a user's store, hung, or ended in a traceback before issue 19.

No case reaches the network: the one that names an http:// address points at a server of the
test's own on 127.0.0.1 and checks that nothing asked it for anything.
"""

from __future__ import annotations

import http.server
import json
import os
import shutil
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import ClassVar

import duckdb
import pytest

from conftest import ROOT, SEEDS
from extract.corpus import read_meta
from extract.errors import InputError
from store import recordstore
from store.loader import load_corpus
from store.official import import_series, load_official
from store.recordstore import Key, RecordStore, StoreUnavailable, store_path_for

SECRET = "SECRET-0f9c-local-file-content"


@pytest.fixture
def own_store(monkeypatch):
    """Stores beside their corpus folders, as received corpora bring them."""
    monkeypatch.delenv(recordstore.STORE_DIR_ENV, raising=False)


@pytest.fixture
def secret_file(tmp_path) -> Path:
    path = tmp_path / "private" / "notes.txt"
    path.parent.mkdir()
    path.write_text(f"{SECRET}\n截至2月19日24时，我市累计报告确诊病例999例。\n", encoding="utf-8")
    return path


@pytest.fixture
def received(tmp_path, own_store) -> Path:
    """The seeds with their store, as a colleague would zip and send them."""
    folder = tmp_path / "received"
    shutil.copytree(SEEDS, folder, ignore=shutil.ignore_patterns(".*"))
    load_corpus(folder)  # the store is built, as the sender had it
    return folder


def tamper(folder: Path, *statements: str) -> None:
    """What the sender did to the store with a DuckDB of their own (here one that installs
    nothing, so that no test reaches the network)."""
    with duckdb.connect(
        str(store_path_for(folder)), config={"autoload_known_extensions": False, "autoinstall_known_extensions": False}
    ) as con:
        for stmt in statements:
            con.execute(stmt)


def aside(folder: Path, why: str) -> list[Path]:
    return sorted(folder.glob(f"{recordstore.STORE_NAME}.{why}-*"))


def all_text(data) -> str:
    return "\n".join(f"{r.quote} {r.region} {r.doc}" for r in data.records) + "\n".join(
        f"{e.quote} {e.label}" for e in data.events
    )


# ------------------------------------------------------------------ 1. a store reads no local file


@pytest.mark.parametrize(
    "statements",
    [
        # the records table replaced by a view whose quote is a local file
        [
            "ALTER TABLE records RENAME TO records_real",
            "CREATE VIEW records AS SELECT r.* REPLACE ((SELECT content FROM read_text('{secret}')) AS quote) "
            "FROM records_real r",
        ],
        # a macro that shadows a function the project's SQL calls
        ["CREATE MACRO coalesce(a, b) AS (SELECT content FROM read_text('{secret}'))"],
        ["CREATE MACRO substr(a, b, c) AS 'X'"],
        # a table of its own, a sequence, a view named like a table of ours
        ["CREATE TABLE extra (x VARCHAR)"],
        ["CREATE SEQUENCE s"],
        ["DROP TABLE files", "CREATE VIEW files AS SELECT * FROM read_csv('{secret}')"],
        # one of our tables with a column of another type
        ["ALTER TABLE records ALTER COLUMN value TYPE VARCHAR"],
    ],
    ids=["records-view", "coalesce-macro", "substr-macro", "extra-table", "sequence", "files-view", "column-type"],
)
def test_a_store_holding_what_we_did_not_create_is_moved_aside_and_rebuilt(received, secret_file, statements):
    try:
        tamper(received, *[s.format(secret=secret_file) for s in statements])
    except duckdb.Error as exc:  # this DuckDB cannot even create it: nothing to test
        pytest.skip(f"DuckDB refused the tampering itself: {exc}")
    data = load_corpus(received)
    assert SECRET not in all_text(data)
    assert aside(received, "foreign"), "the foreign store is kept aside, not deleted"
    assert any("没有创建" in zh and "did not create" in en for zh, en in data.notes)
    assert data.records == load_corpus(received, store=RecordStore(None)).records
    # the rebuilt store is ours and opens quietly
    assert not RecordStore(store_path_for(received)).notes


def test_every_connection_can_touch_no_file_and_its_settings_are_locked(tmp_path, secret_file):
    store = RecordStore(tmp_path / "s.duckdb")
    with store._connect() as con:
        with pytest.raises(duckdb.Error):
            con.execute(f"SELECT * FROM read_text('{secret_file}')").fetchall()
        with pytest.raises(duckdb.Error):
            con.execute("SET enable_external_access = true")
        with pytest.raises(duckdb.Error):
            con.execute("INSTALL httpfs")
        assert con.execute("SELECT current_setting('memory_limit')").fetchone()[0] != ""
        assert con.execute("SELECT current_setting('autoinstall_known_extensions')").fetchone()[0] is False


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self):
        _Recorder.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"quote\nLEAKED\n")

    do_HEAD = do_GET

    def log_message(self, *args):
        pass


def test_a_view_naming_an_address_sends_no_request(received):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Recorder.hits = []
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/exfil.csv"
        local = received.parent / "local.csv"
        local.write_text("quote\nlocal\n", encoding="utf-8")
        # bound to a local file when made, to the address once opened (as httpfs would let a
        # sender make it directly)
        tamper(
            received,
            f"CREATE MACRO url() AS '{local}'",
            "ALTER TABLE records RENAME TO records_real",
            "CREATE VIEW records AS SELECT r.* REPLACE ((SELECT max(quote) FROM read_csv(url())) AS quote) "
            "FROM records_real r",
            f"CREATE OR REPLACE MACRO url() AS '{url}'",
        )
        data = load_corpus(received)
        assert "LEAKED" not in all_text(data)
        assert aside(received, "foreign")
        time.sleep(0.2)
        assert _Recorder.hits == []
    finally:
        server.shutdown()


def test_a_view_that_multiplies_the_records_is_refused_before_it_runs(received):
    tamper(
        received,
        "ALTER TABLE records RENAME TO records_real",
        "CREATE VIEW records AS SELECT r.* FROM records_real r, range(200000)",
    )
    t0 = time.monotonic()
    data = load_corpus(received)
    assert len(data.records) < 1000 and time.monotonic() - t0 < 60
    assert aside(received, "foreign")


def test_forged_rows_with_impossible_values_are_not_read_back(received):
    tamper(
        received,
        "UPDATE records SET value = 'inf'::DOUBLE WHERE seq = 0",
        "UPDATE records SET value = 'nan'::DOUBLE WHERE seq = 1",
        "UPDATE records SET date = '9999-12-31' WHERE seq = 2",
        "UPDATE records SET date = '0001-01-01' WHERE seq = 3",
        "UPDATE records SET metric = 'made_up' WHERE seq = 4",
        "UPDATE events SET date = '2020-02-30'",
    )
    data = load_corpus(received)
    assert data.records and not aside(received, "foreign")
    assert all(r.value == r.value and r.value != float("inf") for r in data.records)
    assert all("1900" < r.date < "2101" for r in data.records)
    assert not data.events
    assert any("未读取" in zh and "not read" in en for zh, en in data.notes)
    from briefing.timeline import build_timeline

    build_timeline(data.records)  # the timeline is built from what is left


# ------------------------------------------------------------------ 2. a busy store is not thrown away

HOLDER = textwrap.dedent("""
    import duckdb, sys, time
    con = duckdb.connect({path!r})          # a notebook: holds the store open and writes to it
    print("holding", flush=True)
    sys.stdin.readline()
    con.execute("CREATE TABLE IF NOT EXISTS my_notes (x INTEGER)")
    con.execute("INSERT INTO my_notes VALUES (42)")
    con.close()
    print("wrote", flush=True)
""")


def test_a_store_another_program_holds_is_waited_for_then_left_alone(received, monkeypatch):
    path = store_path_for(received)
    before = path.stat().st_ino
    monkeypatch.setenv(recordstore.STORE_WAIT_ENV, "1")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER.format(path=str(path))], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        t0 = time.monotonic()
        data = load_corpus(received)
        waited = time.monotonic() - t0
        assert data.records  # extracted in memory meanwhile
        assert any("占用" in zh and "held open" in en for zh, en in data.notes)
        assert 1 <= waited < 30
        assert path.stat().st_ino == before and not list(received.glob(".zz-records.duckdb.*-*"))
        with pytest.raises(StoreUnavailable):
            RecordStore(path)
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "wrote"  # the notebook's write landed in the store
    finally:
        holder.kill()
        holder.wait()
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("SELECT x FROM my_notes").fetchall() == [(42,)]


def test_a_store_whose_permissions_forbid_is_left_alone_and_said(received):
    path = store_path_for(received)
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available here (the only way to forbid root a file)")
    try:
        data = load_corpus(received)
        assert any("权限" in zh and "permission" in en for zh, en in data.notes)
        assert data.records and not list(received.glob(".zz-records.duckdb.*-*"))
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


# ------------------------------------------------------------------ 3. links and special files


def test_a_link_out_of_the_corpus_is_not_read_and_is_said(received, secret_file):
    (received / "zz.txt").symlink_to(secret_file)
    (received / "zz_inside.txt").symlink_to(received / sorted(p.name for p in received.glob("0*.txt"))[0])
    (received / "loop.txt").symlink_to(received / "loop.txt")
    data = load_corpus(received)
    assert SECRET not in all_text(data) and "zz.txt" not in {a.name for a in data.articles}
    skipped = dict(data.errors)
    assert "zz.txt" in skipped and "语料库文件夹之外" in skipped["zz.txt"].zh and "outside" in skipped["zz.txt"].en
    assert "loop.txt" in skipped
    assert "zz_inside.txt" in {a.name for a in data.articles}  # a link inside the corpus is an article


def test_the_extract_cli_skips_a_link_out_and_a_fifo_in_a_folder(received, secret_file):
    (received / "zz.txt").symlink_to(secret_file)
    os.mkfifo(received / "pipe.txt")
    res = subprocess.run(
        [sys.executable, "-m", "extract", str(received)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert res.returncode == 1 and "999" not in res.stdout and SECRET not in res.stdout
    assert "zz.txt" in res.stderr and "pipe.txt" in res.stderr and "Traceback" not in res.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["extract", "{fifo}"],
        ["store", "add", "{corpus}", "{fifo}"],
        ["store", "official", "{corpus}", "{fifo}", "--source", "x", "--convention", "asof", "--region", "甲市"],
        ["extract", "{zero}"],
    ],
    ids=["extract-fifo", "add-fifo", "official-fifo", "extract-dev-zero"],
)
def test_a_file_named_on_the_command_line_that_is_no_regular_file_is_refused_at_once(received, tmp_path, argv):
    fifo = tmp_path / "named.txt"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    args = [a.format(fifo=fifo, corpus=received, zero=zero) for a in argv]
    res = subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert res.returncode != 0 and "Traceback" not in res.stderr + res.stdout
    assert "不是普通文件" in res.stderr + res.stdout and "not a regular file" in res.stderr + res.stdout


def test_a_corpus_json_that_is_a_fifo_or_a_link_out_is_said(tmp_path, secret_file):
    folder = tmp_path / "c"
    folder.mkdir()
    os.mkfifo(folder / "corpus.json")
    with pytest.raises(InputError, match="not a regular file"):
        read_meta(folder)
    (folder / "corpus.json").unlink()
    (folder / "corpus.json").symlink_to(secret_file)
    with pytest.raises(InputError, match="outside the corpus"):
        read_meta(folder)


# ------------------------------------------------------------------ 4. values every door bounds


@pytest.mark.parametrize(
    "row, code",
    [
        ("0001-01-01,1", "bad_series_date"),
        ("9999-12-31,1", "bad_series_date"),
        ("2020-02-01,inf", "bad_series_value"),
        ("2020-02-01,1e309", "bad_series_value"),
        ("2020-02-01,nan", "bad_series_value"),
    ],
)
def test_an_official_series_with_impossible_dates_or_values_is_refused(received, tmp_path, row, code):
    src = tmp_path / "s.csv"
    src.write_text(f"date,confirmed\n2020-02-02,3\n{row}\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_series(received, src, "某卫健委", "asof", region="甲市")
    assert caught.value.code == code
    assert not (received / "official" / "s.csv").exists()


@pytest.mark.parametrize(
    "published", [123, ["2020-02-01"], None, "2020-02-30", "0001-01-01", "9999-12-31", float("nan"), {"y": 1}]
)
def test_a_publication_date_that_is_no_date_is_said_and_left_out(received, published):
    meta = json.loads((received / "corpus.json").read_text(encoding="utf-8"))
    name = sorted(meta["articles"])[0]
    meta["articles"][name] = {"published": published}
    (received / "corpus.json").write_text(json.dumps(meta), encoding="utf-8")
    data = load_corpus(received)
    article = data.article_by_name[name]
    assert article.published == ""
    if published is not None:
        assert any(n == name and "发布日期" in e.zh and "publication date" in e.en for n, e in data.errors)


@pytest.mark.parametrize(
    "text",
    [
        '["a list"]',
        "[" * 100_000 + "]" * 100_000,
        '{"city": 12}',
        '{"paper": ["x"]}',
        '{"articles": [1, 2]}',
        "{not json",
    ],
)
def test_a_corpus_json_that_cannot_be_read_is_one_message(received, text):
    (received / "corpus.json").write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_corpus(received)
    assert caught.value.code == "bad_metadata" and "corpus.json" in caught.value.en
    res = subprocess.run(
        [sys.executable, "-m", "extract", str(received)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert res.returncode == 1 and "Traceback" not in res.stderr and "corpus.json" in res.stderr


@pytest.mark.parametrize(
    "index",
    [
        '{"series": [{"file": 123}]}',
        '{"series": {"file": "a.csv"}}',
        "[]",
        '{"series": [{"file": "a.csv", "region": 5}]}',
        "[" * 100_000,
    ],
)
def test_a_series_index_that_cannot_be_read_is_one_message(received, index):
    (received / "official").mkdir(exist_ok=True)
    (received / "official" / "series.json").write_text(index, encoding="utf-8")
    series = load_official(received)
    assert series.frame.empty and series.errors and series.errors[0][1].code == "bad_series_index"


# ------------------------------------------------------------------ 6, 7. messages and exit codes


def cli(*args, timeout=120):
    return subprocess.run(
        [sys.executable, "-m", *map(str, args)], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["store", "info", "{missing}"],
        ["store", "export", "{missing}", "{out}"],
        ["store", "build", "{missing}"],
        ["briefing", "export", "{missing}", "--out", "{out}"],
        ["briefing", "deck", "{missing}", "--out", "{out}/d.pptx"],
        ["briefing", "zip", "{missing}", "--out", "{out}/c.zip"],
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_a_corpus_that_does_not_exist_is_refused_and_not_created(tmp_path, argv, own_store):
    missing = tmp_path / "no-such-corpus"
    res = cli(*[a.format(missing=missing, out=tmp_path / "out") for a in argv])
    assert res.returncode != 0 and "Traceback" not in res.stderr
    assert "no such corpus folder" in res.stderr and "语料库文件夹不存在" in res.stderr
    assert not missing.exists()


def test_store_export_to_a_place_it_cannot_write_is_one_message(received):
    blocker = received.parent / "a-file"
    blocker.write_text("x", encoding="utf-8")
    res = cli("store", "export", received, blocker / "pq")
    assert res.returncode == 1 and "Traceback" not in res.stderr and str(blocker) in res.stderr


def test_briefing_deck_out_naming_a_folder_is_one_message(received, tmp_path):
    res = cli("briefing", "deck", received, "--out", tmp_path)
    assert res.returncode == 1 and "Traceback" not in res.stderr and "folder" in res.stderr and "文件夹" in res.stderr


def test_store_build_says_what_it_refused_and_exits_non_zero(received):
    (received / "empty.txt").write_bytes(b"")
    res = cli("store", "build", received, "--workers", "1", timeout=300)
    assert res.returncode == 1 and "empty.txt" in res.stderr


def test_store_build_refuses_a_bad_worker_count_at_once(received):
    t0 = time.monotonic()
    res = cli("store", "build", received, "--workers", "-1")
    assert res.returncode == 2 and time.monotonic() - t0 < 30 and "至少为 1" not in res.stdout


def test_store_build_in_a_folder_it_cannot_write_says_nothing_was_saved(received, monkeypatch):
    from store.build import build

    def refuse(self):
        if self.path is not None:
            raise duckdb.IOException("read-only file system")
        return create(self)

    create = RecordStore._create
    (received / recordstore.STORE_NAME).unlink()
    monkeypatch.setattr(RecordStore, "_create", refuse)
    report = build(received, workers=1, progress=False)
    assert report.extracted == 5 and report.unsaved == 5 and report.notes


def test_an_unreachable_scheduler_is_one_message(received):
    (received / recordstore.STORE_NAME).unlink()  # something to extract
    t0 = time.monotonic()
    res = cli("store", "build", received, "--scheduler", "tcp://127.0.0.1:9", timeout=120)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert "Dask" in res.stderr and time.monotonic() - t0 < 60


def test_verbose_shows_the_traceback(tmp_path):
    res = cli("store", "info", tmp_path / "missing", "-v")
    assert res.returncode == 1 and "Traceback" in res.stderr


# ------------------------------------------------------------------ 8. the local cluster


def test_the_local_cluster_serves_no_dashboard_and_takes_only_its_own_client():
    import urllib.error
    import urllib.request

    from distributed import Client

    from store.build import _local_cluster

    cluster, client = _local_cluster(1)
    try:
        assert cluster.scheduler_address.startswith("tls://127.0.0.1:")
        assert client.submit(sum, [1, 2]).result() == 3
        with pytest.raises(Exception):  # noqa: B017 - no credentials: refused (TLS, OSError or timeout by version)
            Client(cluster.scheduler_address, timeout=3)
        port = (
            cluster.scheduler.http_server.port
            if hasattr(cluster.scheduler.http_server, "port")
            else next(iter(cluster.scheduler.http_server._sockets.values())).getsockname()[1]
        )
        for route in ("/status", "/metrics", "/info/main/workers.html", "/json/identity.json", "/health"):
            with pytest.raises(urllib.error.HTTPError) as caught:
                urllib.request.urlopen(f"http://127.0.0.1:{port}{route}", timeout=5)
            assert caught.value.code == 404
    finally:
        client.close()
        cluster.close()


def test_a_store_key_with_an_ordinary_corpus_still_round_trips(tmp_path):
    """The hardened store is still the store: what goes in comes back."""
    from extract.records import Record

    store = RecordStore(tmp_path / "s.duckdb")
    r = Record(
        doc="a.txt",
        date="2020-02-19",
        region="甲市",
        metric="confirmed_total",
        sector="",
        value=3.0,
        unit="例",
        qualifier="",
        quote="q",
        start=0,
        end=1,
        published="2020-02-20 08:12",
    )
    key = Key("a" * 64, "甲市", "2020-02-20 08:12")
    store.put_many([(key, "a.txt", "", [r], [])])
    assert store.get_many([key])[key].records == [r] and not store.notes
