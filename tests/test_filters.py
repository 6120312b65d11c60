"""app/filters.py: the regions and date bounds offered, and date ranges made valid."""

from __future__ import annotations

import datetime as dt

from app import filters


def test_region_options_and_date_bounds(seeds_timeline):
    data, tl = seeds_timeline
    assert filters.region_options(tl.points, data.city) == ["株洲市", "天元区", "醴陵市"]
    assert filters.date_bounds(tl.points, "asof") == (dt.date(2020, 2, 14), dt.date(2020, 3, 14))
    assert filters.date_bounds(tl.points, "published") == (dt.date(2020, 2, 16), dt.date(2020, 3, 15))
    assert filters.date_bounds(tl.points.iloc[0:0], "asof") == (None, None)


def test_normalize_range_and_range_within():
    lo, hi = dt.date(2020, 2, 1), dt.date(2020, 3, 1)
    assert filters.normalize_range((dt.date(2020, 2, 10),), lo, hi) == (dt.date(2020, 2, 10), hi)
    assert filters.normalize_range((), lo, hi) == (lo, hi)
    assert filters.normalize_range(None, lo, hi) == (lo, hi)
    assert filters.normalize_range((dt.date(2020, 2, 20), dt.date(2020, 2, 10)), lo, hi) == (
        dt.date(2020, 2, 10),
        dt.date(2020, 2, 20),
    )
    assert filters.normalize_range((dt.date(2020, 1, 1), dt.date(2020, 4, 1)), lo, hi) == (lo, hi)
    assert filters.range_within((lo, hi), lo, hi) and filters.range_within(None, lo, hi)
    assert not filters.range_within((dt.date(2020, 1, 1), hi), lo, hi)
