"""The timeline's checks on stated figures: a cumulative series never falls, nobody recovers
without being confirmed, and confirmed = recovered + in hospital + deaths where all four are
stated. Each failure names its evidence."""

from __future__ import annotations

import pandas as pd

from extract.records import format_value as _fmt  # 80.0 → '80', 94.14 → '94.14'

from .labels import format_date
from .points import case_wide, stated_only

CHECK_COLUMNS = ["check", "date", "region", "metric", "message_zh", "message_en", "evidence"]


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
    stated = stated_only(points)
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

    wide = case_wide(stated, ["confirmed_total", "recovered_total", "hospitalized", "deaths_total"])
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
