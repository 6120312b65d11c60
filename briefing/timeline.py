"""Records → a tidy timeline (points, conflicts, failed checks, events), and the selections the
screen and the files make from it.

Pure pandas. Two dates travel with every figure and are never mixed up: `date`, the day a
figure is *as of*, and `published`, the day the paper printed it. Functions that pick or order
by date take date_basis="asof" (default) or "published".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

import pandas as pd

from extract.corpus import DEFAULT_CITY
from extract.records import Event, Record

from .checks import checks
from .derived import with_derived
from .events import events_frame
from .points import merge_points, records_frame, stated_only

DATE_BASES = ("asof", "published")


class Timeline(NamedTuple):
    points: pd.DataFrame  # stated + derived
    conflicts: pd.DataFrame  # every candidate of every conflicting key
    failed_checks: pd.DataFrame
    events: pd.DataFrame  # every event report, dated (events_frame); merge_events shows each once


def build_timeline(
    records: Iterable[Record] | pd.DataFrame,
    published_by_doc: Mapping[str, str] | None = None,
    events: Iterable[Event] | pd.DataFrame | None = None,
) -> Timeline:
    """records → frame → merged points (+ derived) with conflicts and failed checks; events as
    a dated frame. Dates are datetime64 from here on."""
    points, conflicts = merge_points(records_frame(records, published_by_doc))
    return Timeline(with_derived(points), conflicts, checks(points), events_frame(events))


def timeline_of(data) -> Timeline:
    """A loaded corpus's timeline (data: store.loader.CorpusData): its records, publication
    dates and events."""
    return build_timeline(data.record_columns(), data.published_by_doc(), data.event_columns())


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
        sel = stated_only(sel)
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
