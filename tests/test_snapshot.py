"""briefing.snapshot: a corpus's timeline kept in its records store, read back by a fresh server.

The bytes must give back exactly the frames that went in (whatever the records), a new corpus
state must never be answered from an old snapshot, and a snapshot is data: bytes someone else
put in a store are never run.
"""

from __future__ import annotations

import io
import json
import os
import pickle
import shutil
import time
import zipfile
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_timeline_oracle import record

from briefing import snapshot
from briefing.snapshot import corpus_timeline, timeline_from_bytes, timeline_to_bytes
from briefing.timeline import Timeline, build_timeline, timeline_of
from store import loader, recordstore
from store.loader import corpus_fingerprint, load_corpus


@pytest.fixture
def own_store(monkeypatch):
    """The corpus's own store beside it, as users have it (not the session's shared one)."""
    monkeypatch.delenv(recordstore.STORE_DIR_ENV, raising=False)


def assert_same(got: Timeline, want: Timeline) -> None:
    for name in Timeline._fields:
        a, b = getattr(got, name), getattr(want, name)
        # list columns come back Arrow-backed (a row's list is made when read), of the type they
        # were built with (evidence, docs) or from Python lists: the same values
        lazy = [c for c in a.columns if isinstance(a[c].dtype, pd.ArrowDtype)]
        assert all(b[c].dtype in (object, a[c].dtype) for c in lazy), name
        pd.testing.assert_frame_equal(a.drop(columns=lazy), b.drop(columns=lazy), check_exact=True)
        assert list(a.columns) == list(b.columns), name
        assert type(a.index) is type(b.index), name  # assert_frame_equal takes 0..n for a RangeIndex
        for col in [*a.columns[a.dtypes == "object"], *lazy]:  # lists stay lists, ints stay ints
            assert list(map(repr, a[col])) == list(map(repr, b[col])), (name, col)


def snapshots(store) -> list[tuple[str, str]]:
    with duckdb.connect(str(store.path), read_only=True) as con:
        return con.execute("SELECT scope, key FROM snapshots").fetchall()


# ---------------------------------------------------------------- bytes


def test_the_seeds_timeline_comes_back_exactly(seeds_dir):
    data = load_corpus(seeds_dir)
    built = timeline_of(data)
    assert_same(timeline_from_bytes(timeline_to_bytes(built)), built)


@settings(max_examples=60, deadline=None)
@given(st.lists(record, max_size=40))
def test_any_timeline_comes_back_exactly(records):
    built = build_timeline(records)  # conflicts, failed checks, derived points, empty frames
    assert_same(timeline_from_bytes(timeline_to_bytes(built)), built)


def test_a_column_arrow_would_change_goes_as_json():
    # Arrow cannot hold ints, floats and text in one column: JSON keeps each as it was; a set JSON
    # cannot hold either, so the snapshot says no (the caller builds the timeline instead)
    odd = pd.DataFrame(
        {
            "mixed": pd.Series([1, 2.5, None, "x"], dtype=object),
            "ints_as_floats": pd.Series([[1], [2.5], [], None], dtype=object),  # Arrow: [1.0]
            "floats": pd.Series([[{"v": 1.5}], [], [{"v": None}], None], dtype=object),
        }
    )
    back = timeline_from_bytes(timeline_to_bytes(Timeline(odd, odd, odd, odd))).points
    assert list(back.columns) == list(odd.columns)
    assert list(map(repr, back["mixed"])) == ["1", "2.5", "None", "'x'"]
    assert list(map(repr, back["ints_as_floats"])) == ["[1]", "[2.5]", "[]", "None"]
    assert list(map(repr, back["floats"])) == ["[{'v': 1.5}]", "[]", "[{'v': None}]", "None"]
    with pytest.raises(TypeError):
        timeline_to_bytes(Timeline(pd.DataFrame({"x": pd.Series([{1, 2}], dtype=object)}), odd, odd, odd))


def test_lists_of_rows_travel_as_dictionaries_and_come_back_exactly():
    # a point's evidence: flat dicts with one set of keys, text and whole numbers: built field by
    # field, the text dictionary-encoded (reprints repeat a quote); rows that differ in their keys,
    # or a bool among ints, take the generic path and still come back as they were
    quote = "新增确诊病例3例，累计确诊80例"
    ev = [{"doc": f"a{i}.txt", "quote": quote, "start": i, "end": i + 9} for i in range(300)]
    odd_keys = [[{"doc": "a", "start": 1}], [{"doc": "b"}]]
    with_bool = [[{"doc": "a", "start": True}], [{"doc": "b", "start": 2}]]
    frame = pd.DataFrame(
        {
            "evidence": pd.Series([ev[:200], [], ev[200:]], dtype=object),
            "odd_keys": pd.Series([*odd_keys, []], dtype=object),
            "with_bool": pd.Series([*with_bool, []], dtype=object),
        }
    )
    blob = timeline_to_bytes(Timeline(frame, frame, frame, frame))
    back = timeline_from_bytes(blob).points
    for col in frame.columns:
        assert list(map(repr, back[col])) == list(map(repr, frame[col])), col
    # each entry does not carry its own copy of a quote it shares
    distinct = [{**e, "quote": f"{i:03d}{quote[3:]}"} for i, e in enumerate(ev)]
    frame["evidence"] = pd.Series([distinct[:200], [], distinct[200:]], dtype=object)
    assert len(blob) + 4 * 300 * len(quote.encode()) // 2 < len(timeline_to_bytes(Timeline(frame, frame, frame, frame)))


def test_repeated_text_of_a_long_frame_is_sent_once_and_comes_back_as_text():
    # an archive's conflicts repeat each candidate's key, doc and quote hundreds of times
    quote = "截至2月19日24时，我市累计报告新冠肺炎确诊病例77例" * 3
    n = 3000
    frame = pd.DataFrame(
        {
            "key": pd.Series([f"2020-02-{1 + i % 28:02d}|甲市|confirmed_total|" for i in range(n)], dtype="str"),
            "quote": pd.Series([quote if i % 2 else quote[::-1] for i in range(n)], dtype="str"),
            "doc": pd.Series([f"{i:05d}.txt" for i in range(n)], dtype="str"),  # distinct: left as it is
            "value": [float(i) for i in range(n)],
        }
    )
    blob = timeline_to_bytes(Timeline(frame, frame, frame, frame))
    back = timeline_from_bytes(blob).conflicts
    pd.testing.assert_frame_equal(back, frame, check_exact=True)
    assert len(blob) < n * len(quote.encode())  # four frames in less than one frame's quotes


def test_a_snapshot_whose_text_would_decode_to_gigabytes_is_refused():
    # one megabyte of text repeated by 100,000 indices: 100 GB once decoded, from a 0.4 MB blob
    huge = pa.DictionaryArray.from_arrays(pa.array([0] * 100_000, pa.int32()), pa.array(["x" * 1_000_000]))
    listed = pa.ListArray.from_arrays(pa.array([0, 100_000], pa.int32()), huge)
    for column, kinds in ((huge, {"coded": ["t"], "list": []}), (listed, {"coded": [], "list": ["t"]})):
        table = pa.table({"t": column}).replace_schema_metadata(
            {snapshot._PYTHON_COLUMNS: json.dumps({"json": [], "order": ["t"], **kinds}).encode()}
        )
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, table.schema) as writer:
            writer.write_table(table)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
            for name in Timeline._fields:
                zf.writestr(f"{name}.arrow", sink.getvalue().to_pybytes())
        with pytest.raises(ValueError):
            timeline_from_bytes(out.getvalue())


# ---------------------------------------------------------------- in the store


def test_a_fresh_load_reads_the_timeline_the_first_one_kept(corpus, own_store, monkeypatch):
    first = load_corpus(corpus)
    built = corpus_timeline(first, corpus_fingerprint(corpus))
    assert len(snapshots(first.store)) == 1

    monkeypatch.setattr(snapshot, "timeline_of", lambda *a: pytest.fail("built again"))
    again = load_corpus(corpus)  # a fresh server: nothing in memory
    assert_same(corpus_timeline(again, corpus_fingerprint(corpus)), built)


def test_a_timeline_kept_in_the_background_is_there_for_the_next_load(corpus, own_store, monkeypatch):
    # the dashboard's first chart does not wait for the snapshot to be written
    first = load_corpus(corpus)
    release = __import__("threading").Event()
    put = first.store.put_snapshot
    monkeypatch.setattr(first.store, "put_snapshot", lambda *a: (release.wait(30), put(*a)))
    built = corpus_timeline(first, corpus_fingerprint(corpus), keep_in_background=True)
    assert snapshots(first.store) == []  # returned while the write still waits
    release.set()
    snapshot.wait_until_kept()
    assert len(snapshots(first.store)) == 1
    monkeypatch.setattr(snapshot, "timeline_of", lambda *a: pytest.fail("built again"))
    assert_same(corpus_timeline(load_corpus(corpus), corpus_fingerprint(corpus)), built)


def test_points_carry_their_evidence_as_arrow_lists(corpus):
    # an archive's points cite a million reports: Arrow lists, not a Python dict per report;
    # a row still reads as a list of dicts
    points = timeline_of(load_corpus(corpus)).points
    assert isinstance(points["evidence"].dtype, pd.ArrowDtype)
    assert isinstance(points["docs"].dtype, pd.ArrowDtype)
    row = points[~points["derived"]].iloc[0]
    assert type(row["evidence"]) is list and set(row["evidence"][0]) == {
        "doc",
        "published",
        "quote",
        "start",
        "end",
        "rule",
    }
    assert row["doc"] in row["docs"]
    derived = points[points["derived"]]
    assert not derived.empty and all(type(e) is list for e in derived["evidence"])


def test_a_changed_corpus_is_built_again_and_keeps_one_snapshot(corpus, own_store, seeds_dir):
    corpus_timeline(load_corpus(corpus), corpus_fingerprint(corpus))
    (corpus / "999_new.txt").write_text("截至2月20日24时，甲市累计报告新冠肺炎确诊病例77例。", encoding="utf-8")
    data = load_corpus(corpus)
    got = corpus_timeline(data, corpus_fingerprint(corpus))
    assert_same(got, timeline_of(data))
    assert "999_new.txt" in set(got.points["doc"])
    assert len(snapshots(data.store)) == 1  # the old state's snapshot was replaced


def test_a_correction_is_seen_by_the_next_load(corpus, own_store):
    data = load_corpus(corpus)
    before = corpus_timeline(data, corpus_fingerprint(corpus))
    wrong = data.records[0]  # said not to be in its article: its point goes
    (corpus / "corrections.csv").write_text(
        "id,created,action,doc,date,region,metric,sector,value,new_value,new_date,unit,note,undone\n"
        f"1,2020-03-01,wrong,{wrong.doc},{wrong.date},{wrong.region},{wrong.metric},{wrong.sector},"
        f"{wrong.value},,,,,\n",
        encoding="utf-8",
    )
    corrected = load_corpus(corpus)
    got = corpus_timeline(corrected, corpus_fingerprint(corpus))
    assert_same(got, timeline_of(corrected))
    assert len(got.points) < len(before.points)


def test_another_state_city_engine_or_article_list_is_another_key():
    keys = {
        snapshot.snapshot_key("f1", "甲市", "e1", ["a"]),
        snapshot.snapshot_key("f1", "乙市", "e1", ["a"]),
        snapshot.snapshot_key("f1", "甲市", "e2", ["a"]),
        snapshot.snapshot_key("f2", "甲市", "e1", ["a"]),
        snapshot.snapshot_key("f1", "甲市", "e1", ["a", "b"]),
    }
    assert len(keys) == 5
    assert snapshot.snapshot_key("f1", "甲市", "e1", ["b", "a"]) == snapshot.snapshot_key(
        "f1", "甲市", "e1", ["a", "b"]
    )


def test_the_code_between_store_and_frames_is_in_the_key():
    # corrections, reprints and the corpus reader live in store/: a change there changes the
    # records a timeline is built from, as a change in extract/ does (the engine version)
    import store

    snapshot.code_version.cache_clear()
    try:
        before = snapshot.code_version()
        corrections = Path(store.__file__).parent / "corrections.py"
        text = corrections.read_bytes()
        corrections.write_bytes(text + b"\n# changed\n")
        try:
            snapshot.code_version.cache_clear()
            assert snapshot.code_version() != before
        finally:
            corrections.write_bytes(text)
    finally:
        snapshot.code_version.cache_clear()


def test_an_article_that_could_not_be_read_once_is_back_next_time(corpus, own_store, monkeypatch):

    name = sorted(p.name for p in corpus.glob("*.txt"))[0]
    real = loader.load_article

    def flaky(path, published="", root=None):  # a network share's hiccup on one file
        if path.name == name:
            raise OSError("Input/output error")
        return real(path, published, root)

    monkeypatch.setattr(loader, "load_article", flaky)
    missing = load_corpus(corpus)
    assert name not in {a.name for a in missing.articles}
    corpus_timeline(missing, corpus_fingerprint(corpus))
    monkeypatch.setattr(loader, "load_article", real)
    back = load_corpus(corpus)
    assert name in set(corpus_timeline(back, corpus_fingerprint(corpus)).points["doc"])


def test_hidden_files_are_not_articles(corpus, own_store):
    shutil.copyfile(next(corpus.glob("*.txt")), corpus / "._apple_double.txt")
    assert "._apple_double.txt" not in {a.name for a in load_corpus(corpus).articles}


def test_a_damaged_snapshot_is_built_again(corpus, own_store):
    data = load_corpus(corpus)
    built = corpus_timeline(data, corpus_fingerprint(corpus))
    ((scope, key),) = snapshots(data.store)
    data.store.put_snapshot(scope, key, b"PK\x03\x04 not a zip at all")
    assert_same(corpus_timeline(load_corpus(corpus), corpus_fingerprint(corpus)), built)
    assert timeline_from_bytes(data.store.get_snapshot(scope, key)) is not None  # replaced by a good one


class _Trap:
    def __reduce__(self):
        return (os.mkdir, (str(_Trap.where),))


def test_bytes_in_a_shared_store_are_never_run(corpus, own_store, tmp_path):
    # a corpus folder from someone else, its store holding a pickle that would run code
    data = load_corpus(corpus)
    built = corpus_timeline(data, corpus_fingerprint(corpus))
    ((scope, key),) = snapshots(data.store)
    _Trap.where = tmp_path / "ran"
    data.store.put_snapshot(scope, key, pickle.dumps(Timeline(_Trap(), _Trap(), _Trap(), _Trap())))
    assert_same(corpus_timeline(load_corpus(corpus), corpus_fingerprint(corpus)), built)
    assert not _Trap.where.exists()


def _zip(entries: dict[str, bytes], method=zipfile.ZIP_STORED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return out.getvalue()


def _arrow(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


NAMES = [f"{name}.arrow" for name in Timeline._fields]


@pytest.mark.parametrize(
    "blob",
    [
        _zip(dict.fromkeys(NAMES, b"\x00" * 50000000), zipfile.ZIP_BZIP2),  # 150 MB unpacked from a few KB
        _zip({n: _arrow(pa.table({"x": pa.nulls(10**9)})) for n in NAMES}),  # 10⁹ rows in 300 bytes
        _zip({n: _arrow(pa.table({"x": [1]})) for n in NAMES}),  # no column kinds: not ours
        _zip({"points.arrow": b""}),
        b"",
    ],
    ids=["zip-bomb", "rows-without-bytes", "foreign-arrow", "entries-missing", "empty"],
)
def test_hostile_or_foreign_bytes_are_a_miss_not_a_crash(blob, corpus, own_store):
    data = load_corpus(corpus)
    built = corpus_timeline(data, corpus_fingerprint(corpus))
    ((scope, key),) = snapshots(data.store)
    data.store.put_snapshot(scope, key, blob)
    started = time.perf_counter()
    assert_same(corpus_timeline(load_corpus(corpus), corpus_fingerprint(corpus)), built)
    assert time.perf_counter() - started < 5  # nothing unpacked or allocated for the claims


def test_a_store_that_cannot_be_written_loses_only_time(corpus, own_store, tmp_path):
    data = load_corpus(corpus)
    assert data.records  # read now: what is tested is the snapshot's read and write
    data.store.path = tmp_path / "gone" / "nowhere" / "s.duckdb"  # its folder does not exist
    assert data.store.get_snapshot("s", "k") is None and data.store.put_snapshot("s", "k", b"x") is False
    assert_same(corpus_timeline(data, corpus_fingerprint(corpus)), timeline_of(data))


def test_a_points_evidence_is_made_when_read(seeds_dir):
    # an archive's evidence is a million rows: reopening must not turn them all into dicts
    back = timeline_from_bytes(timeline_to_bytes(timeline_of(load_corpus(seeds_dir)))).points
    assert isinstance(back["evidence"].dtype, pd.ArrowDtype)
    first = back["evidence"].iloc[0]
    assert type(first) is list and first and type(first[0]) is dict and "quote" in first[0]
    assert type(back.iloc[0]["docs"]) is list  # a row read whole gives lists too
