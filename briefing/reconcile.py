"""The paper's figures against an official series, by as-of date.

For every stated (not derived, not qualified) case figure of the paper that has an official
counterpart — the official value of the same place and metric as of the same day, the day
before or the day after — a verdict:

  agrees       the paper's value is the official value as of the same day
  paper_lags   it is the official value as of the day before (the paper printed yesterday's count)
  paper_leads  it is the official value as of the day after (the paper had it first)
  disagrees    none of the three

Official values never replace the paper's: both stay, side by side, in this table.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

VERDICTS = ("agrees", "paper_lags", "paper_leads", "disagrees")
COLUMNS = [
    "point_id",
    "date",
    "region",
    "metric",
    "value",
    "unit",
    "official",
    "official_before",
    "official_after",
    "difference",
    "verdict",
    "source",
    "source_en",
    "doc",
    "quote",
]
_DAY = pd.Timedelta(days=1)


def _at(official: pd.DataFrame, shift: pd.Timedelta, name: str) -> pd.DataFrame:
    out = official[["date", "region", "metric", "value"]].rename(columns={"value": name})
    out = out.assign(date=out["date"] - shift)  # the value as of (date + shift), keyed by date
    return out.drop_duplicates(["date", "region", "metric"], keep="last")


def reconcile(points: pd.DataFrame, official: pd.DataFrame) -> pd.DataFrame:
    """One row per paper figure with an official counterpart (COLUMNS), in date order."""
    if points is None or points.empty or official is None or official.empty:
        return pd.DataFrame(columns=COLUMNS)
    official = official.assign(date=pd.to_datetime(official["date"]))
    stated = points[
        ~points["derived"].astype(bool)
        & (points["sector"] == "")
        & (points["qualifier"] == "")
        & points["metric"].isin(set(official["metric"]))
    ]
    table = stated[["point_id", "date", "region", "metric", "value", "unit", "doc", "quote"]]
    for shift, name in ((pd.Timedelta(0), "official"), (-_DAY, "official_before"), (_DAY, "official_after")):
        table = table.merge(_at(official, shift, name), on=["date", "region", "metric"], how="left")
    table = table[table[["official", "official_before", "official_after"]].notna().any(axis=1)].copy()
    sources = official.drop_duplicates(["region", "metric"], keep="last")[["region", "metric", "source", "source_en"]]
    table = table.merge(sources, on=["region", "metric"], how="left")
    same = np.isclose(table["value"], table["official"])
    table["verdict"] = np.select(
        [
            same,
            np.isclose(table["value"], table["official_before"]),
            np.isclose(table["value"], table["official_after"]),
        ],
        ["agrees", "paper_lags", "paper_leads"],
        default="disagrees",
    )
    table["difference"] = table["value"] - table["official"]
    return table[COLUMNS].sort_values(["date", "region", "metric"], kind="stable").reset_index(drop=True)


def verdict_counts(table: pd.DataFrame) -> dict[str, int]:
    """How many figures got each verdict (every verdict present, zero included)."""
    counts = table["verdict"].value_counts() if not table.empty else pd.Series(dtype=int)
    return {v: int(counts.get(v, 0)) for v in VERDICTS}


def official_series(official: pd.DataFrame, metric: str, region: str) -> pd.DataFrame:
    """date, value of one official series (as-of dates), in date order."""
    if official is None or official.empty:
        return pd.DataFrame(columns=["date", "value"])
    rows = official[(official["metric"] == metric) & (official["region"] == region)]
    return rows[["date", "value", "source", "source_en"]].sort_values("date").reset_index(drop=True)
