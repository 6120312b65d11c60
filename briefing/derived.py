"""Figures computed from stated ones: in hospital, active and the recovery rate on the same date
(never between dates), and the 7-day average of daily new cases. Each keeps its inputs and a
note that shows the arithmetic."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pandas as pd

from extract.records import METRICS
from extract.records import format_value as _fmt  # 80.0 → '80', 94.14 → '94.14'

from .labels import format_date
from .points import (
    KEY,
    POINT_COLUMNS,
    case_wide,
    joined_lists,
    point_id,
    stated_only,
    typed_points,
)

_FROM = "_from"  # a derived row's inputs by position in the points frame, while it is made


def _light(points: pd.DataFrame) -> pd.DataFrame:
    """points without their evidence and docs lists (made into Python lists by to_dict, a
    million reports in an archive), with each row's position in _FROM."""
    return points.drop(columns=["evidence", "docs"]).assign(**{_FROM: np.arange(len(points))})


def _with_lists(rows: list[dict], points: pd.DataFrame) -> pd.DataFrame:
    """Derived rows as a typed frame, their evidence and docs joined from their inputs'."""
    frame = pd.DataFrame(rows, columns=[*POINT_COLUMNS, _FROM])
    groups = frame.pop(_FROM).tolist()
    for col in ("evidence", "docs") if groups else ():
        joined = joined_lists(points[col], groups, unique=col == "docs")
        frame[col] = joined.array if isinstance(points[col].dtype, pd.ArrowDtype) else joined.to_numpy()
    return typed_points(frame)


def _derived_row(
    template: dict, metric: str, value: float, unit: str, inputs: list[dict], note_zh: str, note_en: str
) -> dict:
    """inputs: the stated points used, as row dicts (without their lists: _light)."""
    published = [row["published"] for row in inputs if pd.notna(row["published"])]
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
        "published": max(published) if published else pd.NaT,
        "doc": "",
        "quote": "",
        "start": 0,
        "end": 0,
        "rule": "derived",
        "docs": None,  # the inputs' (_with_lists)
        "evidence": None,
        "n_sources": 0,
        "conflict": False,
        "revised": False,
        "corrected": False,
        "derived": True,
        "rule_note": note_zh,
        "rule_note_en": note_en,
        "inputs": [row["point_id"] for row in inputs],
        _FROM: [row[_FROM] for row in inputs],
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
    full, points = points, _light(points)
    stated = stated_only(points)
    exact = stated[stated["qualifier"] == ""]
    metrics = ["confirmed_total", "recovered_total", "deaths_total", "hospitalized", "recovery_rate"]
    have = case_wide(stated, metrics)
    exact_wide = case_wide(exact, metrics)
    rows = []
    # Looked up by (date, region) through indexes built once: filtering the whole frame for
    # every row was quadratic in an archive's dates × regions.
    have_at = {(d, r): row for d, r, row in zip(have["date"], have["region"], have.to_dict("records"))}
    case = exact[(exact["sector"] == "") & exact["metric"].isin(metrics)]
    # one stated point per (date, region, metric): the key is unique among stated points
    point_at = {(r["date"], r["region"], r["metric"]): r for r in case.to_dict("records")}
    for row in exact_wide.to_dict("records"):
        date, region = row["date"], row["region"]
        already = have_at[(date, region)]
        conf, rec, dead = row["confirmed_total"], row["recovered_total"], row["deaths_total"]

        def inputs(names, date=date, region=region):
            return [point_at[(date, region, name)] for name in names]

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
    return _with_lists(rows, full)


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
    full, points = points, _light(points)
    stated = stated_only(points)
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
            inputs = list({r["point_id"]: r for d in span for r in daily[d][1]}.values())
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
    return _with_lists(out, full)


def with_derived(points: pd.DataFrame) -> pd.DataFrame:
    """Stated points plus derived_points(points) and average_points(points), sorted by key."""
    found = [f for f in (derived_points(points), average_points(points)) if not f.empty]
    extra = pd.concat(found, ignore_index=True) if found else pd.DataFrame(columns=POINT_COLUMNS)
    if extra.empty:
        return points.copy()
    both = pd.concat([points, extra], ignore_index=True)
    return typed_points(both.sort_values(KEY, kind="stable").reset_index(drop=True))
