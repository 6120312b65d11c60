"""Records → a tidy timeline: merge duplicate reports, settle conflicts, check, derive.

Pure pandas. Two dates travel with every figure and are never mixed up:
  date       the day the figure is *as of* (截至2月19日24时 → 2020-02-19)
  published  the day the paper printed it (reporting date)
Functions that pick or order by date take date_basis="asof" (default) or "published".
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

import numpy as np
import pandas as pd

from extract.corpus import DEFAULT_CITY
from extract.records import METRICS, Event, Record
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

CHECK_COLUMNS = ["check", "date", "region", "metric", "message_zh", "message_en", "evidence"]

DATE_BASES = ("asof", "published")


# ---------------------------------------------------------------- records → frame


def _first_date(text: str) -> str:
    # Gold rows may say "2020-02-13|2020-02-14" (either accepted); the last is the
    # conservative as-of day, since the figure was certainly true by then.
    return str(text).split("|")[-1].strip() if text else ""


def _published_for(doc: str, published_by_doc: Mapping | None) -> str:
    if not published_by_doc or doc not in published_by_doc:
        return ""
    found = published_by_doc[doc]
    # Accept corpus.json's {"doc": {"published": ...}} as well as {"doc": "2020-02-21"}.
    if isinstance(found, Mapping):
        found = found.get("published", "")
    return found or ""


_IN_FIELDS = [
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
    "scope",
]


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
    col = columns[name].astype(object)
    if pd.api.types.infer_dtype(col, skipna=False) != "string":  # Records hold str; frames may not
        col = col.where(col.notna(), "").map(str)
    return col.where(col != "", default) if default else col


def records_frame(
    records: Iterable[Record] | pd.DataFrame, published_by_doc: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """One row per record, typed: date/published as datetime64, value as float.

    published comes from the record itself, else from published_by_doc (doc → date, or
    corpus.json's doc → {"published": date}); NaT when neither knows.
    """
    cols = _record_columns(records)
    frame = pd.DataFrame(index=cols.index)
    # Gold rows may say "2020-02-13|2020-02-14" (either accepted); the last is the
    # conservative as-of day, since the figure was certainly true by then.
    dates = [d.rsplit("|", 1)[-1].strip() if "|" in d else d for d in _text(cols, "date")]
    frame["date"] = pd.to_datetime(pd.Series(dates, dtype=object), errors="coerce")
    for name in ("region", "metric", "sector"):
        frame[name] = _text(cols, name)
    frame["value"] = pd.to_numeric(cols["value"]).astype(float) if "value" in cols else float("nan")
    for name in ("unit", "qualifier", "doc"):
        frame[name] = _text(cols, name)
    published = _text(cols, "published")
    if published_by_doc:
        known = {doc: str(_published_for(doc, published_by_doc)) for doc in frame["doc"].unique()}
        published = published.where(published != "", frame["doc"].map(known))
    frame["published"] = pd.to_datetime(published.replace("", None), errors="coerce")
    frame["quote"] = _text(cols, "quote")
    for name in ("start", "end"):
        frame[name] = pd.to_numeric(cols[name], errors="coerce").fillna(0).astype(int) if name in cols else 0
    frame["rule"] = _text(cols, "rule")
    frame["kind"] = frame["metric"].map(METRICS).fillna("")
    frame["scope"] = _text(cols, "scope", "home")
    frame["derived"] = False
    frame["revised"] = False
    return frame[FRAME_COLUMNS].reset_index(drop=True)


# ---------------------------------------------------------------- merge and conflicts


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
            _typed_points(pd.DataFrame(columns=POINT_COLUMNS)),
            _typed_conflicts(pd.DataFrame(columns=CONFLICT_COLUMNS)),
        )
    col = {
        name: frame[name].to_numpy(dtype=object)
        for name in ("region", "metric", "sector", "unit", "qualifier", "kind", "doc", "quote", "rule")
    }
    start, end = frame["start"].to_numpy(dtype=int), frame["end"].to_numpy(dtype=int)
    key = frame.groupby(KEY, sort=True, dropna=False).ngroup().to_numpy()  # sorted key order
    rows = pd.DataFrame(
        {
            "key": key,
            "value": frame["value"].to_numpy(),
            "published": frame["published"],
            "doc": pd.factorize(col["doc"])[0],
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
    exact = pd.Series(col["qualifier"][mine_pos] == "").groupby(mine_key).any().to_numpy()
    corrected = (
        pd.Series([str(r).startswith(CORRECTION_RULE_PREFIX) for r in col["rule"][mine_pos]])
        .groupby(mine_key)
        .any()
        .to_numpy()
    )
    docs_rows = mine.drop_duplicates(["key", "doc"]).sort_values(["key", "pos"], kind="stable")
    docs = _lists_by(docs_rows["key"].to_numpy(), col["doc"][docs_rows["pos"].to_numpy()].tolist(), n_keys)
    # Evidence: one entry per distinct quote location, where it was first seen.
    loc = mine.assign(start=start[mine_pos], end=end[mine_pos])[["key", "doc", "start", "end", "pos"]]
    loc["first_pos"] = loc.groupby(["key", "doc", "start", "end"], sort=False)["pos"].transform("min")
    loc = loc.drop_duplicates(["key", "doc", "start", "end"], keep="last").sort_values(
        ["key", "first_pos"], kind="stable"
    )
    at = loc["pos"].to_numpy()
    entries = [
        {"doc": d, "published": p, "quote": q, "start": int(s), "end": int(e), "rule": r or ""}
        for d, p, q, s, e, r in zip(
            col["doc"][at],
            _iso_days(frame["published"].iloc[at]),
            col["quote"][at],
            start[at],
            end[at],
            col["rule"][at],
        )
    ]
    evidence = _lists_by(loc["key"].to_numpy(), entries, n_keys)

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
    return _typed_points(points), _typed_conflicts(conflict_rows)


def _typed_points(points: pd.DataFrame) -> pd.DataFrame:
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


# ---------------------------------------------------------------- checks


def _stated(points: pd.DataFrame) -> pd.DataFrame:
    return points[~points["derived"].astype(bool)] if "derived" in points else points


def _by_date(points: pd.DataFrame, metrics: list[str]) -> pd.DataFrame:
    """Wide frame: one row per (date, region) of case figures, one column per metric."""
    case = points[(points["sector"] == "") & points["metric"].isin(metrics)]
    if case.empty:
        return pd.DataFrame(columns=["date", "region", *metrics])
    wide = case.pivot_table(index=["date", "region"], columns="metric", values="value", aggfunc="first")
    return wide.reindex(columns=metrics).reset_index()


def _evidence_of(points: pd.DataFrame, date, region: str, metrics: list[str], sector: str = "") -> list[dict]:
    rows = points[
        (points["date"] == date)
        & (points["region"] == region)
        & (points["sector"] == sector)
        & points["metric"].isin(metrics)
    ]
    out = []
    for _, r in rows.iterrows():
        for e in r["evidence"]:
            out.append({**e, "metric": r["metric"], "value": float(r["value"]), "point_id": r["point_id"]})
    return out


def checks(points: pd.DataFrame) -> pd.DataFrame:
    """Failed checks only (an empty frame means all passed). Stated figures only.

    cumulative_falls        a cumulative series falls from one stated date to the next
    recovered_gt_confirmed  recovered_total > confirmed_total on the same date
    balance                 confirmed_total ≠ recovered + hospitalized + deaths where all
                            four are stated for one date and region
    """
    stated = _stated(points)
    failures = []

    # 1. Cumulative series never fall. Qualified values (超过/约) are skipped: an
    # approximate count followed by an exact one is not evidence of a fall.
    cumulative = stated[(stated["kind"] == "cumulative") & (stated["qualifier"] == "")].sort_values(
        ["region", "metric", "sector", "date"], kind="stable"
    )
    before = cumulative.groupby(["region", "metric", "sector"], sort=False)[["date", "value", "evidence"]].shift()
    falls = cumulative["value"] < before["value"]  # vectorised; Python only per failure
    for row, prev in zip(cumulative[falls].to_dict("records"), before[falls].to_dict("records")):
        region, metric = row["region"], row["metric"]
        failures.append(
            {
                "check": "cumulative_falls",
                "date": row["date"],
                "region": region,
                "metric": metric,
                "message_zh": (
                    f"{region}{metric}为累计数，却从{format_date(prev['date'], 'zh')}的"
                    f"{_fmt(prev['value'])}降到{format_date(row['date'], 'zh')}的"
                    f"{_fmt(row['value'])}"
                ),
                "message_en": (
                    f"{region} {metric} is cumulative but falls from "
                    f"{_fmt(prev['value'])} ({format_date(prev['date'], 'en')}) to "
                    f"{_fmt(row['value'])} ({format_date(row['date'], 'en')})"
                ),
                "evidence": list(prev["evidence"]) + list(row["evidence"]),
            }
        )

    wide = _by_date(stated, ["confirmed_total", "recovered_total", "hospitalized", "deaths_total"])
    conf_, rec_ = wide["confirmed_total"], wide["recovered_total"]
    unbalanced = (conf_ - (rec_ + wide["hospitalized"] + wide["deaths_total"])).abs() > 1e-9  # NaN → False
    for row in wide[(rec_ > conf_) | unbalanced].to_dict("records"):
        date, region = row["date"], row["region"]
        conf, rec = row["confirmed_total"], row["recovered_total"]
        hosp, dead = row["hospitalized"], row["deaths_total"]

        # 2. Nobody recovers without first being confirmed.
        if pd.notna(conf) and pd.notna(rec) and rec > conf:
            failures.append(
                {
                    "check": "recovered_gt_confirmed",
                    "date": date,
                    "region": region,
                    "metric": "recovered_total",
                    "message_zh": f"{region}{format_date(date, 'zh')}累计治愈{_fmt(rec)}多于累计确诊{_fmt(conf)}",
                    "message_en": (
                        f"{region} {format_date(date, 'en')}: recovered {_fmt(rec)} exceeds confirmed {_fmt(conf)}"
                    ),
                    "evidence": _evidence_of(stated, date, region, ["confirmed_total", "recovered_total"]),
                }
            )

        # 3. Every confirmed case is recovered, in hospital or dead.
        if all(pd.notna(v) for v in (conf, rec, hosp, dead)) and abs(conf - (rec + hosp + dead)) > 1e-9:
            failures.append(
                {
                    "check": "balance",
                    "date": date,
                    "region": region,
                    "metric": "confirmed_total",
                    "message_zh": (
                        f"{region}{format_date(date, 'zh')}累计确诊{_fmt(conf)}≠治愈{_fmt(rec)}"
                        f"+在院{_fmt(hosp)}+死亡{_fmt(dead)}（={_fmt(rec + hosp + dead)}）"
                    ),
                    "message_en": (
                        f"{region} {format_date(date, 'en')}: confirmed {_fmt(conf)} ≠ "
                        f"recovered {_fmt(rec)} + in hospital {_fmt(hosp)} + deaths "
                        f"{_fmt(dead)} (= {_fmt(rec + hosp + dead)})"
                    ),
                    "evidence": _evidence_of(
                        stated, date, region, ["confirmed_total", "recovered_total", "hospitalized", "deaths_total"]
                    ),
                }
            )

    out = pd.DataFrame(failures, columns=CHECK_COLUMNS)
    out["date"] = pd.to_datetime(out["date"])
    return out.sort_values(["date", "check"], kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------- derived figures


def _derived_row(
    template: dict, metric: str, value: float, unit: str, inputs: pd.Series, note_zh: str, note_en: str
) -> dict:
    evidence = [e for ev in inputs["evidence"] for e in ev]
    published = inputs["published"].dropna()
    return {
        "point_id": point_id(template["date"], template["region"], metric, ""),
        "date": template["date"],
        "region": template["region"],
        "metric": metric,
        "sector": "",
        "value": value,
        "unit": unit,
        "qualifier": "",
        "kind": METRICS.get(metric, ""),
        # A derived figure is known once its last input was printed.
        "published": published.max() if not published.empty else pd.NaT,
        "doc": "",
        "quote": "",
        "start": 0,
        "end": 0,
        "rule": "derived",
        "docs": list(dict.fromkeys(d for ds in inputs["docs"] for d in ds)),
        "evidence": evidence,
        "n_sources": 0,
        "conflict": False,
        "revised": False,
        "corrected": False,
        "derived": True,
        "rule_note": note_zh,
        "rule_note_en": note_en,
        "inputs": list(inputs["point_id"]),
    }


def derived_points(points: pd.DataFrame) -> pd.DataFrame:
    """Figures computed from stated ones on the *same* date — never between dates.

    hospitalized  = confirmed_total − recovered_total − deaths_total, where all three are
                    stated and hospitalized is not
    active        = the same difference wherever all three are stated (现有确诊)
    recovery_rate = recovered_total / confirmed_total × 100, one decimal (half up), where
                    both are stated and the rate is not

    Returns only the new rows (derived=True, n_sources=0, evidence = the inputs'
    evidence, inputs = their point_ids); see with_derived() for points plus these.
    Qualified inputs (超过/约) are skipped: arithmetic on them would look exact.
    """
    stated = _stated(points)
    exact = stated[stated["qualifier"] == ""]
    metrics = ["confirmed_total", "recovered_total", "deaths_total", "hospitalized", "recovery_rate"]
    have = _by_date(stated, metrics)
    exact_wide = _by_date(exact, metrics)
    rows = []
    # Looked up by (date, region) through indexes built once: filtering the whole frame for
    # every row was quadratic in an archive's dates × regions.
    have_at = {(d, r): row for d, r, row in zip(have["date"], have["region"], have.to_dict("records"))}
    case = exact[(exact["sector"] == "") & exact["metric"].isin(metrics)]
    rows_at = case.groupby(["date", "region"], sort=False).indices  # positions, built once
    for row in exact_wide.to_dict("records"):
        date, region = row["date"], row["region"]
        already = have_at[(date, region)]
        conf, rec, dead = row["confirmed_total"], row["recovered_total"], row["deaths_total"]

        def inputs(names, key=(date, region)):
            return case.iloc[rows_at[key]].set_index("metric").loc[names].reset_index()

        if all(pd.notna(v) for v in (conf, rec, dead)) and pd.isna(already["hospitalized"]):
            value = conf - rec - dead
            used = inputs(["confirmed_total", "recovered_total", "deaths_total"])
            rows.append(
                _derived_row(
                    {"date": date, "region": region},
                    "hospitalized",
                    value,
                    "例",
                    used,
                    f"推算：累计确诊{_fmt(conf)} − 累计治愈{_fmt(rec)} − 死亡{_fmt(dead)} = {_fmt(value)}",
                    f"Derived: confirmed {_fmt(conf)} − recovered {_fmt(rec)} − deaths {_fmt(dead)} = {_fmt(value)}",
                )
            )

        if all(pd.notna(v) for v in (conf, rec, dead)):
            # Active cases wherever all three are stated (a stated 在院 may count differently:
            # the two side by side show it).
            value = conf - rec - dead
            used = inputs(["confirmed_total", "recovered_total", "deaths_total"])
            rows.append(
                _derived_row(
                    {"date": date, "region": region},
                    "active",
                    value,
                    "例",
                    used,
                    f"推算：现有确诊 = 累计确诊{_fmt(conf)} − 累计治愈{_fmt(rec)} − 死亡{_fmt(dead)} = {_fmt(value)}",
                    f"Derived: active = confirmed {_fmt(conf)} − recovered {_fmt(rec)} − deaths "
                    f"{_fmt(dead)} = {_fmt(value)}",
                )
            )

        if pd.notna(conf) and pd.notna(rec) and conf > 0 and pd.isna(already["recovery_rate"]):
            # Decimal keeps 69/80 = 86.25 exact so it rounds half up to 86.3, like a person would.
            rate = (Decimal(repr(rec)) * 100 / Decimal(repr(conf))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            used = inputs(["recovered_total", "confirmed_total"])
            rows.append(
                _derived_row(
                    {"date": date, "region": region},
                    "recovery_rate",
                    float(rate),
                    "%",
                    used,
                    f"推算：累计治愈{_fmt(rec)} ÷ 累计确诊{_fmt(conf)} × 100 = {rate}%",
                    f"Derived: recovered {_fmt(rec)} ÷ confirmed {_fmt(conf)} × 100 = {rate}%",
                )
            )
    return _typed_points(pd.DataFrame(rows, columns=POINT_COLUMNS))


AVERAGE_WINDOW = 7  # days in the average of daily new cases (OWID, JHU)


def _daily_new(rows: list[dict]) -> dict:
    """day → (new cases, input rows) for one region: the stated 新增确诊, else the difference of
    the totals stated on that day and the day before (never a negative one, never across a
    gap)."""
    new = {r["date"]: r for r in rows if r["metric"] == "confirmed_new"}
    total = {r["date"]: r for r in rows if r["metric"] == "confirmed_total"}
    out = {}
    for day in sorted(set(new) | set(total)):
        if day in new:
            out[day] = (float(new[day]["value"]), [new[day]])
            continue
        before = total.get(day - pd.Timedelta(days=1))
        if before is not None and total[day]["value"] >= before["value"]:
            out[day] = (float(total[day]["value"] - before["value"]), [before, total[day]])
    return out


def average_points(points: pd.DataFrame, window: int = AVERAGE_WINDOW) -> pd.DataFrame:
    """The 7-day average of daily new cases (metric confirmed_new_avg7) on each day that ends
    `window` consecutive days all with a daily figure (_daily_new); its inputs as evidence.
    Stated, exact, whole-region figures only."""
    stated = _stated(points)
    used = stated[
        (stated["qualifier"] == "")
        & (stated["sector"] == "")
        & stated["metric"].isin(["confirmed_new", "confirmed_total"])
    ]
    out = []
    for region, group in used.groupby("region", sort=False):
        daily = _daily_new(group.to_dict("records"))
        days = sorted(daily)
        run = 0  # consecutive days with a figure, ending at days[i]
        for i, day in enumerate(days):
            run = run + 1 if i and (day - days[i - 1]).days == 1 else 1
            if run < window:
                continue
            span = days[i - window + 1 : i + 1]
            values = [daily[d][0] for d in span]
            mean = float((Decimal(repr(sum(values))) / window).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
            inputs = pd.DataFrame(list({r["point_id"]: r for d in span for r in daily[d][1]}.values()))
            shown = "、".join(_fmt(v) for v in values)
            out.append(
                _derived_row(
                    {"date": day, "region": region},
                    "confirmed_new_avg7",
                    mean,
                    "例",
                    inputs,
                    f"推算：{format_date(span[0], 'zh')}至{format_date(day, 'zh')}每日新增确诊（{shown}）"
                    f"的{window}日平均 = {_fmt(mean)}",
                    f"Derived: {window}-day average of daily new cases {format_date(span[0], 'en')}–"
                    f"{format_date(day, 'en')} ({', '.join(_fmt(v) for v in values)}) = {_fmt(mean)}",
                )
            )
    return _typed_points(pd.DataFrame(out, columns=POINT_COLUMNS))


def with_derived(points: pd.DataFrame) -> pd.DataFrame:
    """Stated points plus derived_points(points) and average_points(points), sorted by key."""
    found = [f for f in (derived_points(points), average_points(points)) if not f.empty]
    extra = pd.concat(found, ignore_index=True) if found else pd.DataFrame(columns=POINT_COLUMNS)
    if extra.empty:
        return points.copy()
    both = pd.concat([points, extra], ignore_index=True)
    return _typed_points(both.sort_values(KEY, kind="stable").reset_index(drop=True))


# ---------------------------------------------------------------- one call for callers


class Timeline(NamedTuple):
    points: pd.DataFrame  # stated + derived
    conflicts: pd.DataFrame  # every candidate of every conflicting key
    failed_checks: pd.DataFrame


def build_timeline(
    records: Iterable[Record] | pd.DataFrame, published_by_doc: Mapping[str, str] | None = None
) -> Timeline:
    """records → frame → merged points (+ derived) with conflicts and failed checks."""
    points, conflicts = merge_points(records_frame(records, published_by_doc))
    return Timeline(with_derived(points), conflicts, checks(points))


# ---------------------------------------------------------------- selecting


def date_column(date_basis: str) -> str:
    if date_basis not in DATE_BASES:
        raise ValueError(f"date_basis must be one of {DATE_BASES}, not {date_basis!r}")
    return "date" if date_basis == "asof" else "published"


def filter_points(
    points: pd.DataFrame, start=None, end=None, regions=None, metrics=None, sectors=None, date_basis: str = "asof"
) -> pd.DataFrame:
    """Rows within [start, end] (inclusive, on the chosen date basis) and the given lists.

    None means no limit. With date_basis="published", rows without a publication date
    drop out once start or end is given.
    """
    col = date_column(date_basis)
    mask = pd.Series(True, index=points.index)
    if start is not None:
        mask &= points[col] >= pd.Timestamp(start)
    if end is not None:
        mask &= points[col] <= pd.Timestamp(end)
    if regions is not None:
        mask &= points["region"].isin(list([regions] if isinstance(regions, str) else regions))
    if metrics is not None:
        mask &= points["metric"].isin(list([metrics] if isinstance(metrics, str) else metrics))
    if sectors is not None:
        mask &= points["sector"].isin(list([sectors] if isinstance(sectors, str) else sectors))
    return points[mask]


def series(
    points: pd.DataFrame,
    metric: str,
    region: str = DEFAULT_CITY,
    sector: str | None = "",
    date_basis: str = "asof",
    include_derived: bool = True,
) -> pd.DataFrame:
    """One metric's points for a region (and sector; None = every sector), sorted by date.

    Adds column `x`: the as-of date, or the publication date with date_basis="published"
    (rows without one are dropped there).
    """
    col = date_column(date_basis)
    sel = points[(points["metric"] == metric) & (points["region"] == region)]
    if sector is not None:
        sel = sel[sel["sector"] == sector]
    if not include_derived:
        sel = _stated(sel)
    sel = sel.assign(x=sel[col]).dropna(subset=["x"])
    return sel.sort_values(["x", "date", "sector"], kind="stable").reset_index(drop=True)


class Latest(NamedTuple):
    value: float | None
    date: pd.Timestamp | None
    previous: float | None
    previous_date: pd.Timestamp | None


def latest(
    points: pd.DataFrame,
    metric: str,
    region: str = DEFAULT_CITY,
    sector: str = "",
    date_basis: str = "asof",
    include_derived: bool = False,
) -> Latest:
    """(value, date, previous value, previous date) for a headline card; Nones when absent."""
    s = series(points, metric, region, sector, date_basis, include_derived)
    if s.empty:
        return Latest(None, None, None, None)
    last = s.iloc[-1]
    if len(s) == 1:
        return Latest(float(last["value"]), last["x"], None, None)
    prev = s.iloc[-2]
    return Latest(float(last["value"]), last["x"], float(prev["value"]), prev["x"])


def events_frame(events: Iterable[Event] | pd.DataFrame | None) -> pd.DataFrame:
    """Events as a frame with date (datetime64), label, kind, doc, quote, start, end, region."""
    cols = ["date", "label", "kind", "doc", "quote", "start", "end", "region"]
    if events is None:
        return pd.DataFrame(columns=cols).astype({"date": "datetime64[ns]"})
    if isinstance(events, pd.DataFrame):
        frame = events.copy()
    else:
        frame = pd.DataFrame([e.as_dict() if isinstance(e, Event) else dict(e) for e in events])
    for c in cols:
        if c not in frame:
            frame[c] = "" if c not in ("start", "end") else 0
    frame = frame[cols].copy()
    frame["date"] = pd.to_datetime(frame["date"].astype(str).map(_first_date), errors="coerce")
    return frame.dropna(subset=["date"]).sort_values("date", kind="stable").reset_index(drop=True)


def merge_events(events: Iterable[Event] | pd.DataFrame | None) -> pd.DataFrame:
    """One row per kind of event and region: the first date it is reported for, with every
    article that mentions it (docs, in date order; n_articles). A year of papers repeats
    一级响应 and 清零 in hundreds of articles; the charts and the table show the event once.
    Events of no known kind are told apart by their label."""
    frame = events_frame(events)
    if frame.empty:
        return frame.assign(docs=pd.Series(dtype=object), n_articles=pd.Series(dtype=int))
    frame = frame.assign(_key=frame["kind"].where(frame["kind"].astype(str) != "", frame["label"]))
    groups = frame.groupby(["_key", "region"], sort=False)
    first = groups.head(1).set_index(["_key", "region"])  # frame is sorted by date
    docs = groups["doc"].agg(lambda d: list(dict.fromkeys(d)))
    first = first.assign(docs=docs, n_articles=docs.map(len))
    return first.reset_index().drop(columns="_key").sort_values("date", kind="stable").reset_index(drop=True)


def point_evidence(points: pd.DataFrame, pid: str, conflicts: pd.DataFrame | None = None) -> dict:
    """Everything behind one point, for a clicked chart point (customdata[0] is its id).

    {"point": row as dict (or None), "evidence": [...], "candidates": conflict rows for
    this key as dicts (empty unless the sources disagreed)}.
    """
    rows = points[points["point_id"] == pid]
    candidates = [] if conflicts is None or conflicts.empty else conflicts[conflicts["key"] == pid].to_dict("records")
    if rows.empty:
        return {"point": None, "evidence": [], "candidates": candidates}
    row = rows.iloc[0].to_dict()
    return {"point": row, "evidence": list(row["evidence"]), "candidates": candidates}


def flat_points(points: pd.DataFrame) -> pd.DataFrame:
    """The points frame without list columns (for st.dataframe / CSV): docs joined with
    '; ', quotes joined with ' | ', inputs joined with '; '; evidence dropped."""
    flat = points.drop(columns=["evidence"]).copy()
    flat["docs"] = [("; ".join(d) if isinstance(d, list) else "") for d in points["docs"]]
    flat["inputs"] = [("; ".join(d) if isinstance(d, list) else "") for d in points["inputs"]]
    flat["quotes"] = [" | ".join(e["quote"] for e in ev) if isinstance(ev, list) else "" for ev in points["evidence"]]
    return flat
