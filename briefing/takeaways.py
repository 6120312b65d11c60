"""What a briefing says in words, computed from the numbers: each chart's one-sentence
takeaway, the key figures of the title slides. The sentences' words, in both languages, are
the words table's (`take_*` in briefing/words.py); this module only picks the figures.

Numbers are said in their chart's unit (AXIS_UNITS: cases in 例 / cases, people in 人 /
people); only stated figures are used, qualified ones keep their 超过/约 wording.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from extract.corpus import DEFAULT_CITY

from . import labels
from .labels import asof_label, format_date, format_number, metric_name, t, unit_name
from .timeline import Timeline, series

# The unit each metric's chart counts in (its y axis: 病例数（例） / 人数（人）). A number in a
# takeaway or on a card is said in that unit, whatever word the article used (治愈出院46人 is
# plotted, and so said, as 46例); counts (家/个) and rates (%) keep the record's own unit.
AXIS_UNITS = {
    **dict.fromkeys(
        ("confirmed_total", "confirmed_new", "recovered_total", "recovered_new", "deaths_total", "hospitalized"), "例"
    ),
    **dict.fromkeys(("observation", "observation_released_total"), "人"),
}


def _points(timeline) -> pd.DataFrame:
    return timeline.points if isinstance(timeline, Timeline) else timeline


def _last(points, metric, region, sector: str | None = "", include_derived=False):
    rows = series(points, metric, region, sector, include_derived=include_derived)
    return None if rows.empty else rows.iloc[-1]


def _on(points, metric, region, sector, day):
    """The stated row of metric for (region, sector) on day, or None."""
    rows = series(points, metric, region, sector, include_derived=False)
    rows = rows[rows["date"] == day]
    return None if rows.empty else rows.iloc[-1]


def _unit(row) -> str:
    """The unit a figure is said in: its chart's (AXIS_UNITS), else the record's own."""
    return AXIS_UNITS.get(row["metric"], row["unit"])


def _num(row, lang: str, unit: bool = True) -> str:
    return format_number(row["value"], _unit(row) if unit else "", lang, row["qualifier"])


def _say(key: str, row, lang: str, **more) -> str:
    """The words table's sentence part `key` for a figure: {n} with its unit, {bare} without."""
    return t(key, lang, n=_num(row, lang), bare=_num(row, lang, unit=False), **more)


def place_label(region: str, sector: str, home: str, lang: str) -> str:
    """'重点项目' for the home city's own sectors, '醴陵市规模工业企业' elsewhere."""
    place, sector = labels.place_name(region, lang), labels.sector_name(sector, lang)
    if region == home:
        return sector or place
    if not sector:
        return place
    return f"{place} {sector}" if lang == "en" else place + sector


def _preferred(points, metric, home):
    """Latest stated row of metric: the home city's (any sector) first, else any region's."""
    rows = points[(points["metric"] == metric) & ~points["derived"].astype(bool)]
    rows = rows.dropna(subset=["date"])
    if rows.empty:
        return None
    own = rows[rows["region"] == home]
    pick = own if not own.empty else rows
    return pick.sort_values(["date", "sector"], kind="stable").iloc[-1]


def _lead(day, lang: str) -> str:
    return t("take_lead", lang, asof=asof_label(day, lang))


def _cumulative(pts, region: str, lang: str) -> str | None:
    conf = _last(pts, "confirmed_total", region)
    if conf is None:
        other = [r for r in (_last(pts, m, region) for m in ("recovered_total", "hospitalized")) if r is not None]
        if not other:
            return None
        row = max(other, key=lambda r: r["date"])
        return _lead(row["date"], lang) + _say("take_single", row, lang, metric=metric_name(row["metric"], lang))
    day = conf["date"]
    rec = _on(pts, "recovered_total", region, "", day)
    dead = _on(pts, "deaths_total", region, "", day)
    hosp = _on(pts, "hospitalized", region, "", day)
    deaths = 0.0 if dead is None else float(dead["value"])
    exact = conf["qualifier"] == "" and rec is not None and rec["qualifier"] == ""
    if exact and conf["value"] > 0 and rec["value"] == conf["value"] and deaths == 0:
        return _say("take_all_recovered", conf, lang, asof=asof_label(day, lang))
    # the first figure names the unit (cases), the others share it
    parts = [_say("take_confirmed_total", conf, lang, unit=unit_name(_unit(conf), lang))]
    parts += [
        _say(f"take_{row['metric']}", row, lang) for row in (rec, dead if deaths > 0 else None, hosp) if row is not None
    ]
    return _lead(day, lang) + t("take_sep", lang).join(parts)


def _daily(pts, region: str, lang: str) -> str | None:
    rows = [r for r in (_last(pts, m, region) for m in ("confirmed_new", "recovered_new")) if r is not None]
    if not rows:
        return None
    by_day: dict = {}
    for r in sorted(rows, key=lambda r: r["date"]):
        day_parts = by_day.setdefault(r["date"], [])
        # each day's first figure names the unit (cases), the next shares it
        unit = "" if day_parts else f" {unit_name(_unit(r), lang)}"
        day_parts.append(_say(f"take_{r['metric']}", r, lang, unit=unit))
    return t("take_day_sep", lang).join(
        t("take_day", lang, day=format_date(d, lang)) + t("take_sep", lang).join(v) for d, v in by_day.items()
    )


def _observation(pts, region: str, lang: str) -> str | None:
    rows = [r for r in (_last(pts, m, region) for m in ("observation", "observation_released_total")) if r is not None]
    if not rows:
        return None
    day = max(r["date"] for r in rows)
    same = [_say(f"take_{r['metric']}", r, lang) for r in rows if r["date"] == day]
    return _lead(day, lang) + t("take_sep", lang).join(same)


def _rates(pts, region: str, lang: str) -> str | None:
    row = _preferred(pts, "resumption_rate", region)
    also: str | None = "worker_return_rate"
    if row is None:
        row, also = _preferred(pts, "worker_return_rate", region), None
    if row is None:
        return None
    rows = [row]
    if also and (other := _on(pts, also, row["region"], row["sector"], row["date"])) is not None:
        rows.append(other)
    rates = [
        _say("take_rate", r, lang, name=metric_name(r["metric"], lang), lname=metric_name(r["metric"], lang).lower())
        for r in rows
    ]
    place = place_label(row["region"], row["sector"], region, lang)
    return _lead(row["date"], lang) + t("take_place", lang, place=place) + t("take_sep", lang).join(rates)


def _counts(pts, region: str, lang: str) -> str | None:
    row = _preferred(pts, "resumed", region)
    if row is None:
        return None
    total = _on(pts, "sector_total", row["region"], row["sector"], row["date"])
    tail = _say("take_of_total", total, lang) if total is not None else ""
    place = place_label(row["region"], row["sector"], region, lang)
    return _lead(row["date"], lang) + _say("take_resumed", row, lang, place=place, tail=tail)


_SENTENCES = {
    "cumulative_cases": _cumulative,
    "daily_new_cases": _daily,
    "observation": _observation,
    "resumption_rates": _rates,
    "resumption_counts": _counts,
}


def takeaway(chart_name: str, timeline, lang: str = "zh", region: str = DEFAULT_CITY) -> str:
    """One sentence a slide can lead with, computed from the chart's latest figures.

    timeline: a briefing.timeline.Timeline or its points frame. Returns 无数据 / No data
    without figures; KeyError for a chart it does not know."""
    if chart_name not in _SENTENCES:
        raise KeyError(f"unknown chart {chart_name!r}")
    pts = _points(timeline)
    if pts is None or pts.empty:
        return t("no_data", lang)
    return _SENTENCES[chart_name](pts, region, lang) or t("no_data", lang)


@dataclass
class KeyFigure:
    label: str
    value: str  # formatted with unit (80例, 94.14%) or "—"
    date: pd.Timestamp | None
    derived: bool = False
    evidence: list = field(default_factory=list)  # [{doc, published, quote, ...}]

    def date_text(self, lang: str) -> str:
        return asof_label(self.date, lang) if self.date is not None else t("deck_no_data", lang)


def key_figures(timeline, lang: str = "zh", region: str = DEFAULT_CITY) -> list[KeyFigure]:
    """Latest 累计确诊, 累计治愈出院, 在院治疗, 医学观察 (region) and 复工率 (its latest sector)."""
    pts = _points(timeline)
    out = []
    for metric in ("confirmed_total", "recovered_total", "hospitalized", "observation"):
        row = _last(pts, metric, region, "", include_derived=True)
        label = metric_name(metric, lang)
        if row is None:
            out.append(KeyFigure(label, "—", None))
            continue
        out.append(KeyFigure(label, _num(row, lang), row["date"], bool(row["derived"]), list(row["evidence"])))
    row = _preferred(pts, "resumption_rate", region)
    base = t("deck_resumption_rate_of", lang)
    if row is None:
        out.append(KeyFigure(base, "—", None))
    else:
        place = place_label(row["region"], row["sector"], region, lang)
        out.append(
            KeyFigure(
                t("deck_figure_of", lang, figure=base, place=place),
                _num(row, lang),
                row["date"],
                False,
                list(row["evidence"]),
            )
        )
    return out


def data_asof(timeline) -> pd.Timestamp | None:
    """The latest as-of date of any stated figure: the deck's 'data as of' date."""
    pts = _points(timeline)
    if pts is None or pts.empty:
        return None
    days = pts.loc[~pts["derived"].astype(bool), "date"].dropna()
    return None if days.empty else pd.Timestamp(days.max())
