"""Records → points: one typed row per record (records_frame), then one point per
(date, region, metric, sector) with its evidence and the candidates of a conflict (merge_points).

Two dates travel with every figure and are never mixed up:
  date       the day the figure is *as of* (截至2月19日24时 → 2020-02-19)
  published  the day the paper printed it (reporting date)
Both are datetime64 from records_frame on; point_id is a key, not a date to parse back.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from extract.records import METRICS, Record
from extract.records import format_value as _fmt  # 80.0 → '80', 94.14 → '94.14'
from store.corrections import CORRECTION_RULE_PREFIX

from .labels import format_date, iso_day

KEY = ["date", "region", "metric", "sector"]


FRAME_COLUMNS = [
    "date",
    "region",
    "metric",
    "sector",
    "value",
    "unit",
    "qualifier",
    "doc",
    "published",
    "quote",
    "start",
    "end",
    "rule",
    "kind",
    "scope",
    "derived",
    "revised",
]


POINT_COLUMNS = [
    "point_id",
    "date",
    "region",
    "metric",
    "sector",
    "value",
    "unit",
    "qualifier",
    "kind",
    "published",
    "doc",
    "quote",
    "start",
    "end",
    "rule",
    "docs",
    "evidence",
    "n_sources",
    "conflict",
    "revised",
    "derived",
    "rule_note",
    "rule_note_en",
    "inputs",
    "corrected",
]


CONFLICT_COLUMNS = [
    "key",
    "date",
    "region",
    "metric",
    "sector",
    "value",
    "qualifier",
    "doc",
    "published",
    "quote",
    "start",
    "end",
    "n_sources",
    "chosen",
]


# A point's evidence and docs as the points frame holds them: Arrow lists (an archive's points
# cite a million reports; Python dicts for each would be most of a cold open, and of its memory).
# A row reads back as a Python list of dicts (docs: of names), as before.
# Its text is dictionary-encoded: reprints repeat one quote hundreds of times, and reordering
# the frame then moves indices, not the quotes.
_TEXT = pa.dictionary(pa.int32(), pa.string())
EVIDENCE_TYPE = pa.list_(
    pa.struct(
        [
            ("doc", _TEXT),
            ("published", _TEXT),
            ("quote", _TEXT),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("rule", _TEXT),
        ]
    )
)
DOCS_TYPE = pa.list_(_TEXT)


def joined_lists(column: pd.Series, groups: list[list[int]], unique: bool = False) -> pd.Series:
    """For each group of row positions of column (evidence, docs), those rows' lists joined in
    order (unique: each item once, the first kept), in the column's own type. Arrow columns are
    joined in Arrow: a derived point's inputs cite hundreds of reports in an archive."""
    if not isinstance(column.dtype, pd.ArrowDtype):
        rows = column.tolist()
        joined = [[x for at in g for x in rows[at]] for g in groups]
        return pd.Series([list(dict.fromkeys(j)) if unique else j for j in joined], dtype=object)
    arrow = pa.array(column.array)
    arrow = arrow.combine_chunks() if isinstance(arrow, pa.ChunkedArray) else arrow
    sizes = np.array([len(g) for g in groups], dtype=np.int64)
    taken = arrow.take(pa.array([at for g in groups for at in g], pa.int64()))
    values = taken.flatten()
    owner = np.repeat(np.repeat(np.arange(len(groups)), sizes), pc.list_value_length(taken).to_numpy())
    if unique:
        seen = values.indices if pa.types.is_dictionary(values.type) else values
        keep = ~pd.DataFrame({"group": owner, "item": seen.to_numpy(zero_copy_only=False)}).duplicated().to_numpy()
        values, owner = values.filter(pa.array(keep)), owner[keep]
    offsets = np.concatenate([[0], np.cumsum(np.bincount(owner, minlength=len(groups)))]).astype(np.int32)
    joined = pa.ListArray.from_arrays(pa.array(offsets), values).cast(column.dtype.pyarrow_dtype)
    return pd.Series(pd.arrays.ArrowExtensionArray(joined))


def _texts_at(series: pd.Series, at: np.ndarray) -> pa.Array:
    """series[at] as dictionary-encoded Arrow text, "" for missing, without a Python string
    per row."""
    whole = series.array if isinstance(series.dtype, pd.StringDtype) else series.astype(object).to_numpy()
    text = pa.array(whole)  # (chunked, as the store's columns come)
    text = text.combine_chunks() if isinstance(text, pa.ChunkedArray) else text
    coded = text.cast(pa.string()).fill_null("").dictionary_encode()
    return coded.take(pa.array(at)).cast(_TEXT)


def _iso_days_at(dates: pd.Series, at: np.ndarray) -> pa.Array:
    """The ISO days of dates[at] ("" for NaT), each distinct day formatted once."""
    codes, uniques = pd.factorize(dates.iloc[at])
    days = pa.array([*_iso_days(pd.Series(uniques)), ""], pa.string())
    return pa.DictionaryArray.from_arrays(pa.array(np.where(codes < 0, len(uniques), codes), pa.int32()), days)


def _lists_at(keys: np.ndarray, items: pa.Array, n: int, kind: pa.DataType) -> pd.api.extensions.ExtensionArray:
    """items (sorted by keys) → one Arrow list per key 0..n-1."""
    offsets = pa.array(np.searchsorted(keys, np.arange(n + 1)).astype(np.int32))
    return pd.arrays.ArrowExtensionArray(pa.ListArray.from_arrays(offsets, items).cast(kind))


def _published_for(doc: str, published_by_doc: Mapping | None) -> str:
    if not published_by_doc or doc not in published_by_doc:
        return ""
    found = published_by_doc[doc]
    # Accept corpus.json's {"doc": {"published": ...}} as well as {"doc": "2020-02-21"}.
    if isinstance(found, Mapping):
        found = found.get("published", "")
    return found or ""


# what records_frame reads from a record; the rest of FRAME_COLUMNS it derives
_IN_FIELDS = [c for c in FRAME_COLUMNS if c not in ("kind", "derived", "revised")]


def _record_columns(records: Iterable[Record] | pd.DataFrame) -> pd.DataFrame:
    """The input as columns, read field by field (a dict per record is slow on archives);
    text stays as Python objects until the merge has picked its rows."""
    if isinstance(records, pd.DataFrame):
        return records.reset_index(drop=True)
    records = list(records)
    if all(isinstance(r, Record) for r in records):
        return pd.DataFrame(
            {name: pd.Series([getattr(r, name) for r in records], dtype=object) for name in _IN_FIELDS},
            columns=_IN_FIELDS,
        )
    return pd.DataFrame([r.as_dict() if isinstance(r, Record) else dict(r) for r in records])


def _text(columns: pd.DataFrame, name: str, default: str = "") -> pd.Series:
    if name not in columns:
        return pd.Series([default] * len(columns), index=columns.index, dtype=object)
    if isinstance(columns[name].dtype, pd.StringDtype):  # from the store: text already, kept in Arrow
        col = columns[name].fillna("")
        return col.where(col != "", default) if default else col
    col = columns[name].astype(object)
    if pd.api.types.infer_dtype(col, skipna=False) != "string":  # Records hold str; frames may not
        col = col.where(col.notna(), "").map(str)
    return col.where(col != "", default) if default else col


def as_of_day(text: str) -> str:
    """The as-of day of a record's or an event's date text. Gold rows may say
    "2020-02-13|2020-02-14" (either accepted); the last is the conservative as-of day, since the
    figure was certainly true by then."""
    return str(text).rsplit("|", 1)[-1].strip() if text else ""


def _days(texts: pd.Series, read=str) -> pd.Series:
    """Date texts → datetime64 (NaT for "" and what is no date), each distinct text parsed once:
    an archive's million records hold a few hundred dates."""
    codes, uniques = pd.factorize(texts, use_na_sentinel=False)
    days = pd.to_datetime(pd.Series([read(u) or None for u in uniques], dtype=object), errors="coerce")
    return pd.Series(days.to_numpy()[codes] if len(codes) else days.to_numpy()[:0], index=texts.index)


def records_frame(
    records: Iterable[Record] | pd.DataFrame, published_by_doc: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """One row per record, typed: date/published as datetime64, value as float.

    published comes from the record itself, else from published_by_doc (doc → date, or
    corpus.json's doc → {"published": date}); NaT when neither knows.
    """
    cols = _record_columns(records)
    frame = pd.DataFrame(index=cols.index)
    frame["date"] = _days(_text(cols, "date"), as_of_day)
    for name in ("region", "metric", "sector"):
        frame[name] = _text(cols, name)
    frame["value"] = pd.to_numeric(cols["value"]).astype(float) if "value" in cols else float("nan")
    for name in ("unit", "qualifier", "doc"):
        frame[name] = _text(cols, name)
    published = _text(cols, "published")
    if published_by_doc:
        known = {doc: str(_published_for(doc, published_by_doc)) for doc in frame["doc"].unique()}
        published = published.where(published != "", frame["doc"].map(known))
    frame["published"] = _days(published)
    frame["quote"] = _text(cols, "quote")
    for name in ("start", "end"):
        frame[name] = pd.to_numeric(cols[name], errors="coerce").fillna(0).astype(int) if name in cols else 0
    frame["rule"] = _text(cols, "rule")
    frame["kind"] = frame["metric"].map(METRICS).fillna("")
    frame["scope"] = _text(cols, "scope", "home")
    frame["derived"] = False
    frame["revised"] = False
    return frame[FRAME_COLUMNS].reset_index(drop=True)


def point_id(date, region: str, metric: str, sector: str = "") -> str:
    """Stable key string for a point: '2020-02-19|株洲市|confirmed_total|'."""
    return f"{iso_day(date)}|{region}|{metric}|{sector}"


def _conflict_notes(chosen: dict, others: list[dict]) -> tuple[str, str]:
    when = chosen["latest"]
    when_zh = format_date(when, "zh") or "日期不详"
    when_en = format_date(when, "en") or "date unknown"
    rest_zh = "；".join(f"{_fmt(o['value'])}（{o['n_sources']}篇）" for o in others)
    rest_en = "; ".join(
        f"{_fmt(o['value'])} ({o['n_sources']} source{'s' if o['n_sources'] != 1 else ''})" for o in others
    )
    zh = (
        f"来源数值不一致：取最新报道（{when_zh}）的{_fmt(chosen['value'])}；"
        f"同日期相同时取来源较多者，再取先出现者。其他数值：{rest_zh}"
    )
    en = (
        f"Sources disagree: plotted the value from the latest publication ({when_en}), "
        f"{_fmt(chosen['value'])}; ties → more sources, then first seen. Others: {rest_en}"
    )
    return zh, en


def _iso_days(dates: pd.Series) -> list[str]:
    return dates.dt.strftime("%Y-%m-%d").fillna("").tolist()


def _lists_by(codes: np.ndarray, items: list, n: int) -> list[list]:
    """items (sorted by codes) → one list per code 0..n-1."""
    bounds = np.searchsorted(codes, np.arange(n + 1))
    return [items[a:b] for a, b in itertools.pairwise(bounds)]


class _Rows:
    """A frame's text columns by row positions, as object arrays: only the rows asked for are
    turned into Python strings (an archive's frame has a million rows and a few thousand points)."""

    def __init__(self, frame: pd.DataFrame):
        self.frame = frame

    def __getitem__(self, name: str) -> _Column:
        return _Column(self.frame[name])


class _Column:
    def __init__(self, series: pd.Series):
        self.series = series

    def __getitem__(self, at) -> np.ndarray:
        return self.series.iloc[at].to_numpy(dtype=object)


def merge_points(frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One point per (date, region, metric, sector), plus every candidate of a conflict.

    Several reports of the same number become one point with an `evidence` list of
    {doc, published, quote, start, end} and `n_sources` (distinct articles). Different
    numbers for one key are a conflict: the plotted value is the one from the latest
    publication date; ties → larger n_sources, then the value seen first. A qualified
    value (more_than/about) and an exact one of the same number are not a conflict.

    `published` on a point is the earliest publication of its plotted value (when it was
    first reported). `revised` is True when a later publication replaced a value an
    earlier one had printed.

    Group operations on a narrow frame of codes; the text columns are read once as arrays
    and indexed by row position, so Python runs once per point or conflicting row, never
    per record.
    """
    frame = frame.reset_index(drop=True)
    if frame.empty:
        return (
            typed_points(pd.DataFrame(columns=POINT_COLUMNS)),
            _typed_conflicts(pd.DataFrame(columns=CONFLICT_COLUMNS)),
        )
    col = _Rows(frame)
    start, end = frame["start"].to_numpy(dtype=int), frame["end"].to_numpy(dtype=int)
    key = frame.groupby(KEY, sort=True, dropna=False).ngroup().to_numpy()  # sorted key order
    rows = pd.DataFrame(
        {
            "key": key,
            "value": frame["value"].to_numpy(),
            "published": frame["published"],
            "doc": pd.factorize(frame["doc"])[0],
            "pos": np.arange(len(frame)),
        }
    )
    rows["cand"] = rows.groupby(["key", rows["value"].round(6)], sort=False).ngroup().to_numpy()

    # Candidates (one value of one key), ranked by the stated rule: latest publication first
    # (unknown dates count as oldest), then more sources, then the value seen first.
    by_cand = rows.groupby("cand", sort=True)
    cands = pd.DataFrame(
        {
            "key": by_cand["key"].first(),
            "value": by_cand["value"].first(),
            "first_seen": by_cand["pos"].min(),
            "n_sources": by_cand["doc"].nunique(),
            "latest": by_cand["published"].max(),
            "earliest": by_cand["published"].min(),
        }
    )
    cands["cand"] = cands.index
    cands["has_latest"] = cands["latest"].notna()
    cands["latest0"] = cands["latest"].fillna(pd.Timestamp(0))
    cands = cands.sort_values(
        ["key", "has_latest", "latest0", "n_sources", "first_seen"],
        ascending=[True, False, False, False, True],
        kind="stable",
    )
    cands["rank"] = cands.groupby("key", sort=False).cumcount().to_numpy()
    n_keys = int(key.max()) + 1
    chosen = cands[cands["rank"] == 0].set_index("key").sort_index()  # one per key
    conflict = cands.groupby("key", sort=True).size().to_numpy() > 1
    # The value printed first (earliest publication, then first seen): revised when it lost.
    first_printed = (
        cands.assign(no_earliest=cands["earliest"].isna(), earliest0=cands["earliest"].fillna(pd.Timestamp(0)))
        .sort_values(["key", "no_earliest", "earliest0", "first_seen"], kind="stable")
        .drop_duplicates("key")
        .set_index("key")
        .sort_index()
    )
    revised = conflict & (first_printed["cand"].to_numpy() != chosen["cand"].to_numpy())

    # The chosen value's reports, in the order seen (rows are in position order).
    rank_of = np.empty(len(cands), dtype=int)
    rank_of[cands["cand"].to_numpy()] = cands["rank"].to_numpy()
    mine = rows[rank_of[rows["cand"].to_numpy()] == 0]
    mine_key, mine_pos = mine["key"].to_numpy(), mine["pos"].to_numpy()
    first = mine.drop_duplicates("key").sort_values("key")["pos"].to_numpy()  # per key
    # An exact statement of the number beats "more than"/"about" the same number.
    exact = pd.Series(frame["qualifier"].eq("").to_numpy(dtype=bool)[mine_pos]).groupby(mine_key).any().to_numpy()
    by_hand = frame["rule"].astype(str).str.startswith(CORRECTION_RULE_PREFIX).to_numpy(dtype=bool)
    corrected = pd.Series(by_hand[mine_pos]).groupby(mine_key).any().to_numpy()
    docs_rows = mine.drop_duplicates(["key", "doc"]).sort_values(["key", "pos"], kind="stable")
    docs = _lists_at(
        docs_rows["key"].to_numpy(), _texts_at(frame["doc"], docs_rows["pos"].to_numpy()), n_keys, DOCS_TYPE
    )
    # Evidence: one entry per distinct quote location, where it was first seen.
    loc = mine.assign(start=start[mine_pos], end=end[mine_pos])[["key", "doc", "start", "end", "pos"]]
    loc["first_pos"] = loc.groupby(["key", "doc", "start", "end"], sort=False)["pos"].transform("min")
    loc = loc.drop_duplicates(["key", "doc", "start", "end"], keep="last").sort_values(
        ["key", "first_pos"], kind="stable"
    )
    at = loc["pos"].to_numpy()
    entries = pa.StructArray.from_arrays(
        [
            _texts_at(frame["doc"], at),
            _iso_days_at(frame["published"], at),
            _texts_at(frame["quote"], at),
            pa.array(start[at], pa.int64()),
            pa.array(end[at], pa.int64()),
            _texts_at(frame["rule"], at),
        ],
        fields=list(EVIDENCE_TYPE.value_type),
    )
    evidence = _lists_at(loc["key"].to_numpy(), entries, n_keys, EVIDENCE_TYPE)

    dates = frame["date"].to_numpy()[first]
    pids = [
        f"{d}|{r}|{m}|{s}"
        for d, r, m, s in zip(
            _iso_days(frame["date"].iloc[first]), col["region"][first], col["metric"][first], col["sector"][first]
        )
    ]
    notes_zh, notes_en = [""] * n_keys, [""] * n_keys
    conflict_rows = pd.DataFrame(columns=CONFLICT_COLUMNS)
    if conflict.any():
        in_conflict = cands[conflict[cands["key"].to_numpy()]]
        ranked = _lists_by(
            in_conflict["key"].to_numpy(), in_conflict[["value", "n_sources", "latest"]].to_dict("records"), n_keys
        )
        for k in np.flatnonzero(conflict):
            notes_zh[k], notes_en[k] = _conflict_notes(ranked[k][0], ranked[k][1:])
        part = rows[conflict[key]]
        by_cand_id = cands.set_index("cand")
        part = part.assign(rank=rank_of[part["cand"].to_numpy()]).sort_values(["key", "rank", "pos"], kind="stable")
        at, cand_id = part["pos"].to_numpy(), part["cand"].to_numpy()
        conflict_rows = pd.DataFrame(
            {
                "key": [pids[k] for k in part["key"]],
                "date": frame["date"].to_numpy()[at],
                "region": col["region"][at],
                "metric": col["metric"][at],
                "sector": col["sector"][at],
                "value": by_cand_id.loc[cand_id, "value"].to_numpy(),
                "qualifier": col["qualifier"][at],
                "doc": col["doc"][at],
                "published": frame["published"].to_numpy()[at],
                "quote": col["quote"][at],
                "start": start[at],
                "end": end[at],
                "n_sources": by_cand_id.loc[cand_id, "n_sources"].to_numpy(),
                "chosen": (part["rank"] == 0).to_numpy(),
            },
            columns=CONFLICT_COLUMNS,
        )

    points = pd.DataFrame(
        {
            "point_id": pids,
            "date": dates,
            "region": col["region"][first],
            "metric": col["metric"][first],
            "sector": col["sector"][first],
            "value": chosen["value"].to_numpy(),
            "unit": col["unit"][first],
            "qualifier": np.where(exact, "", col["qualifier"][first]),
            "kind": col["kind"][first],
            "published": chosen["earliest"].to_numpy(),
            "doc": col["doc"][first],
            "quote": col["quote"][first],
            "start": start[first],
            "end": end[first],
            "rule": col["rule"][first],
            "docs": docs,
            "evidence": evidence,
            "n_sources": chosen["n_sources"].to_numpy(),
            "conflict": conflict,
            "revised": revised,
            "derived": False,
            "rule_note": notes_zh,
            "rule_note_en": notes_en,
            "inputs": [[] for _ in range(n_keys)],
            "corrected": corrected,
        },
        columns=POINT_COLUMNS,
    )
    return typed_points(points), _typed_conflicts(conflict_rows)


def typed_points(points: pd.DataFrame) -> pd.DataFrame:
    points["date"] = pd.to_datetime(points["date"])
    points["published"] = pd.to_datetime(points["published"])
    points["value"] = points["value"].astype(float)
    points["n_sources"] = points["n_sources"].astype(int)
    for col in ("conflict", "revised", "derived", "corrected"):
        points[col] = points[col].astype(bool)
    return points


def _typed_conflicts(conflicts: pd.DataFrame) -> pd.DataFrame:
    conflicts["date"] = pd.to_datetime(conflicts["date"])
    conflicts["published"] = pd.to_datetime(conflicts["published"])
    conflicts["value"] = conflicts["value"].astype(float)
    conflicts["chosen"] = conflicts["chosen"].astype(bool)
    return conflicts


def stated_only(points: pd.DataFrame) -> pd.DataFrame:
    return points[~points["derived"].astype(bool)] if "derived" in points else points


def case_wide(points: pd.DataFrame, metrics: list[str]) -> pd.DataFrame:
    """Wide frame: one row per (date, region) of case figures, one column per metric."""
    case = points[(points["sector"] == "") & points["metric"].isin(metrics)]
    if case.empty:
        return pd.DataFrame(columns=["date", "region", *metrics])
    wide = case.pivot_table(index=["date", "region"], columns="metric", values="value", aggfunc="first")
    return wide.reindex(columns=metrics).reset_index()
