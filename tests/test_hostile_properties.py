"""Property-based: the files a received corpus brings (corpus.json, official/series.json, an
official CSV), generated from their grammars plus junk, never end in a traceback, and a refusal
never writes anything."""

from __future__ import annotations

import json
import math
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.errors import InputError
from store.ingest import add_article
from store.loader import load_corpus
from store.official import import_series, load_official
from store.recordstore import RecordStore

ARTICLE = "截至2月19日24时，甲市累计报告确诊病例78例。\n"
SETTINGS = settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)

junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)
dates = st.one_of(
    st.sampled_from(
        ["2020-02-21", "2020-02-30", "0001-01-01", "9999-12-31", "2020-02-21 08:12", "2020年2月21日", "", "1e309"]
    ),
    junk,
)
articles = st.dictionaries(
    st.sampled_from(["a.txt", "b.txt", "../x.txt", ""]),
    st.one_of(dates, st.fixed_dictionaries({"published": dates})),
    max_size=3,
)
meta = st.one_of(
    st.fixed_dictionaries(
        {},
        optional={
            "paper": st.one_of(st.text(max_size=8), junk),
            "city": st.one_of(st.sampled_from(["甲市", "株洲", "", None]), junk),
            "articles": st.one_of(articles, junk),
        },
    ),
    junk,
)


def raw_json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, allow_nan=True).encode()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@SETTINGS
@given(meta, st.booleans())
def test_any_corpus_json_opens_or_is_one_message(value, truncated):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
        data = raw_json(value)
        (folder / "corpus.json").write_bytes(data[: len(data) // 2] if truncated else data)
        try:
            corpus = load_corpus(folder, store=RecordStore(None))
        except InputError as exc:
            assert exc.code == "bad_metadata" and exc.zh and exc.en
        else:
            assert all(a.published == "" or a.published[:4].isdigit() for a in corpus.articles)
        before = snapshot(folder)
        try:
            add_article(folder, ARTICLE.replace("78", "79").encode(), "new.txt", None)
        except InputError:
            assert snapshot(folder) == before  # refused: nothing written


series_entry = st.one_of(
    st.fixed_dictionaries(
        {"file": st.one_of(st.just("s.csv"), junk)},
        optional={
            k: st.one_of(st.text(max_size=6), junk) for k in ("source", "source_en", "convention", "region", "note")
        },
    ),
    junk,
)


@SETTINGS
@given(st.one_of(st.fixed_dictionaries({"series": st.one_of(st.lists(series_entry, max_size=3), junk)}), junk))
def test_any_series_index_loads_or_is_reported(index):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "official").mkdir()
        (folder / "official" / "s.csv").write_text("date,confirmed\n2020-02-01,3\n", encoding="utf-8")
        (folder / "official" / "series.json").write_bytes(raw_json(index))
        series = load_official(folder)
        assert all(isinstance(exc, InputError) for _, exc in series.errors)


cells = st.one_of(
    st.sampled_from(
        [
            "2020-02-01",
            "2020-02-02 08:00",
            "0001-01-01",
            "9999-12-31",
            "inf",
            "-1",
            "1e309",
            "nan",
            "3",
            "3.5",
            "",
            "甲市",
            "=cmd|' /C calc'!A0",
        ]
    ),
    st.text(max_size=8),
)
header = st.lists(
    st.sampled_from(["date", "日期", "confirmed", "累计确诊", "region", "cured", "x", ""]), min_size=1, max_size=4
)


@SETTINGS
@given(header, st.lists(st.lists(cells, min_size=1, max_size=4), max_size=5), st.sampled_from(["asof", "published"]))
def test_any_official_csv_is_imported_or_refused_without_a_write(head, rows, convention):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        src = Path(tmp) / "s.csv"
        src.write_text("\n".join(",".join(r) for r in [head, *rows]) + "\n", encoding="utf-8")
        try:
            n = import_series(folder, src, "某卫健委", convention, region="甲市")
        except InputError as exc:
            assert exc.zh and exc.en and not (folder / "official").exists()
            return
        frame = load_official(folder).frame
        assert len(frame) == n
        assert all(math.isfinite(v) and v >= 0 for v in frame["value"])
        assert frame["date"].between("1899-12-31", "2101-01-01").all()
