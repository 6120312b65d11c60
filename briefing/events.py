"""Events (一级响应, 清零, 复工 …) as a frame: dates as datetime64, each kind once per region with
every article that reports it."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from extract.records import Event

from .points import as_of_day

EVENT_COLUMNS = ["date", "label", "kind", "doc", "quote", "start", "end", "region"]


def events_frame(events: Iterable[Event] | pd.DataFrame | None) -> pd.DataFrame:
    """Events as a frame with date (datetime64), label, kind, doc, quote, start, end, region,
    sorted by date. A frame this function made is returned as it is: dates are parsed once,
    when the timeline is built (Timeline.events), and stay datetime64 after."""
    cols = EVENT_COLUMNS
    if events is None:
        return pd.DataFrame(columns=cols).astype({"date": "datetime64[ns]"})
    if isinstance(events, pd.DataFrame):
        if list(events.columns) == cols and pd.api.types.is_datetime64_any_dtype(events["date"]):
            return events
        frame = events.copy()
    else:
        frame = pd.DataFrame([e.as_dict() if isinstance(e, Event) else dict(e) for e in events])
    for c in cols:
        if c not in frame:
            frame[c] = "" if c not in ("start", "end") else 0
    frame = frame[cols].copy()
    frame["date"] = pd.to_datetime(frame["date"].astype(str).map(as_of_day), errors="coerce")
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


def events_between(events: pd.DataFrame, start=None, end=None) -> pd.DataFrame:
    """The rows of an events frame whose (as-of) date lies in [start, end]; None: no limit."""
    frame = events_frame(events)
    mask = pd.Series(True, index=frame.index)
    if start is not None:
        mask &= frame["date"] >= pd.Timestamp(start)
    if end is not None:
        mask &= frame["date"] <= pd.Timestamp(end)
    return frame[mask].reset_index(drop=True)
