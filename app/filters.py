"""The filters' choices (regions, papers, dates, metrics) and the points they leave."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from briefing import labels
from briefing.labels import t
from briefing.timeline import date_column, filter_points


def _is_subregion(region: str, city: str) -> bool:
    return region != city and bool(re.fullmatch(r"[\u4e00-\u9fff]{1,8}(?:区|县|市|示范区|新区)", region))


def region_options(points: pd.DataFrame, city: str | None) -> list[str]:
    """The home city first, then each of its counties/districts that has figures.

    Known counties come in gazetteer order; others that look like one (X区/X县/X市) follow
    alphabetically. Organisations and localities are left out (the table can show them).
    A corpus without a home city (city None) lists every place with figures, most first.
    """
    present = set(points["region"].dropna()) if not points.empty else set()
    if city is None:
        counts = points["region"].value_counts() if not points.empty else pd.Series(dtype=int)
        return sorted(present, key=lambda r: (-int(counts.get(r, 0)), r))
    try:
        from extract.places import GAZETTEER

        known = [r for r in GAZETTEER.get(city, ()) if r in present]
    except ImportError:  # pragma: no cover - extract is part of the project
        known = []
    rest = sorted(r for r in present if r not in known and _is_subregion(r, city) and r not in _other_cities())
    return [city, *known, *rest]


def _other_cities() -> set[str]:
    try:
        from extract.places import GAZETTEER
    except ImportError:  # pragma: no cover
        return set()
    return set(GAZETTEER)


def paper_labels(homes: Mapping[str, tuple[str | None, str]], lang: str = "zh") -> dict[str, str]:
    """folder → 'city · paper' for an archive's papers (homes: folder → (city, paper name)),
    every label different: two papers of one city are told apart by paper, two folders with
    the same corpus.json by folder name. A corpus without a home city says so."""

    def base(folder: str) -> str:
        city, paper = homes[folder]
        where = labels.place_name(city, lang) if city else t("no_home_city", lang)
        return f"{where} · {labels.paper_name(paper, lang) if paper else Path(folder).name}"

    out = {f: base(f) for f in homes}
    for tell in (lambda f: Path(f).name, str):  # by folder name, then by the whole path
        seen: dict[str, int] = {}
        for label in out.values():
            seen[label] = seen.get(label, 0) + 1
        out = {f: (f"{label} ({tell(f)})" if seen[label] > 1 else label) for f, label in out.items()}
    return out


def panel_titles(panels: Sequence[tuple[str, str]], lang: str = "zh") -> list[str]:
    """Small multiples' titles from (city, paper label): the city's name, or the paper's
    label where two panels are the same city's."""
    cities = [c for c, _ in panels]
    return [labels.place_name(c, lang) if cities.count(c) == 1 else label for c, label in panels]


def date_bounds(points: pd.DataFrame, date_basis: str = "asof") -> tuple[date | None, date | None]:
    """First and last day with data on the chosen basis (None, None when there is none)."""
    col = date_column(date_basis)
    days = points[col].dropna() if col in points else pd.Series([], dtype="datetime64[ns]")
    if days.empty:
        return None, None
    return days.min().date(), days.max().date()


# A year of papers on one axis makes every report a dot; the page opens on the latest
# DEFAULT_WINDOW_DAYS when the data span more than LONG_SPAN_DAYS (the full range one click away).
LONG_SPAN_DAYS, DEFAULT_WINDOW_DAYS = 120, 90


def default_range(lo: date | None, hi: date | None) -> tuple[date | None, date | None]:
    """The range the page opens on: all of it, or its last DEFAULT_WINDOW_DAYS when long."""
    if lo is None or hi is None or (hi - lo).days <= LONG_SPAN_DAYS:
        return lo, hi
    return hi - pd.Timedelta(days=DEFAULT_WINDOW_DAYS - 1).to_pytimedelta(), hi


def range_within(value: Any, lo: date | None, hi: date | None) -> bool:
    """True when every date in a date_input value lies in [lo, hi] (None counts as fine)."""
    if value is None:
        return True
    vals = value if isinstance(value, (list, tuple)) else [value]
    for v in vals:
        if v is None:
            continue
        d = pd.Timestamp(v).date()
        if (lo is not None and d < lo) or (hi is not None and d > hi):
            return False
    return True


def normalize_range(value: Any, lo: date | None, hi: date | None) -> tuple[date | None, date | None]:
    """A date_input value (tuple of 0–2 dates, or one date) → (start, end) inside [lo, hi].

    While the user is halfway through picking a range the widget returns one date: the
    range then runs from it to hi.
    """
    if isinstance(value, (list, tuple)):
        vals = [v for v in value if v is not None]
    elif value is None:
        vals = []
    else:
        vals = [value]
    start = pd.Timestamp(vals[0]).date() if vals else lo
    end = pd.Timestamp(vals[1]).date() if len(vals) > 1 else hi
    if start is not None and end is not None and start > end:
        start, end = end, start
    if lo is not None and start is not None:
        start = max(start, lo)
    if hi is not None and end is not None:
        end = min(end, hi)
    return start, end


def shown_points(
    points: pd.DataFrame,
    start=None,
    end=None,
    metrics: Iterable[str] | None = None,
    date_basis: str = "asof",
    regions: Iterable[str] | None = None,
) -> pd.DataFrame:
    """The points the charts and the table use: date range on the chosen basis, metrics,
    regions (None = no limit)."""
    return filter_points(
        points,
        start=start,
        end=end,
        regions=None if regions is None else list(regions),
        metrics=None if metrics is None else list(metrics),
        date_basis=date_basis,
    )


def up_to(points: pd.DataFrame, end=None, date_basis: str = "asof") -> pd.DataFrame:
    """Points on or before end (cards: "latest as of the end of the range")."""
    return filter_points(points, end=end, date_basis=date_basis)


def last_asof(points: pd.DataFrame):
    """Last as-of date among the points (for chart file names); None if empty."""
    days = points["date"].dropna() if "date" in points else []
    return None if len(days) == 0 else days.max()


def metric_options(points: pd.DataFrame) -> list[str]:
    """Metrics present, in the vocabulary's order (labels.METRIC_NAMES)."""
    present = set(points["metric"]) if not points.empty else set()
    order = list(labels.METRIC_NAMES)
    return [m for m in order if m in present] + sorted(present - set(order))
