"""Plotly figure builders shared by the dashboard and the image/slide export.

Every builder takes the points frame from briefing.timeline (stated and, optionally,
derived rows), returns a plotly.graph_objects.Figure and never raises on empty data.

Conventions the callers rely on:
- x values are ISO date strings ('2020-02-19') of the chosen date basis, exactly the
  dates a figure was reported for; no day in between is invented.
- every data trace has customdata rows [point_id, date label, value label, note];
  customdata[0] is the point_id of the points frame, to look evidence up.
- derived figures are their own trace (hollow markers, legend "…（推算）"), so lines only
  ever join stated figures.
- key events are dashed vertical shapes with annotations named "event:<kind>".
"""
from __future__ import annotations

from datetime import date as _date
from typing import Callable, Iterable

import pandas as pd
import plotly.graph_objects as go

from . import labels
from .labels import format_date, format_number, metric_name, t
from .timeline import events_frame, series

FALLBACK_FONT_FAMILY = ("Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, "
                        "WenQuanYi Micro Hei, sans-serif")

HOME = "株洲市"

# Calm, print-safe colours; fixed per metric so a metric looks the same on every slide.
COLORWAY = ["#3E6E9E", "#C8704E", "#4E8F6A", "#8C6BB1", "#B8963E", "#5B9AA9",
            "#9C5B6E", "#7A7A7A"]
METRIC_COLORS = {
    "confirmed_total": "#B5534B",
    "recovered_total": "#4E8F6A",
    "hospitalized": "#3E6E9E",
    "confirmed_new": "#C8704E",
    "recovered_new": "#6FAF8A",
    "observation": "#8C6BB1",
    "observation_released_total": "#B8963E",
    "resumed": "#3E6E9E",
    "sector_total": "#B9C6D3",
}
EVENT_COLOR = "#8A8A8A"
MAX_TICKS = 10
EXPORT_WIDTH, EXPORT_HEIGHT, EXPORT_SCALE = 1920, 1080, 2


def font_family() -> str:
    """briefing.fonts.FONT_FAMILY when that module exists, else a CJK-first stack."""
    try:
        from .fonts import FONT_FAMILY
    except ImportError:
        return FALLBACK_FONT_FAMILY
    return FONT_FAMILY or FALLBACK_FONT_FAMILY


# ---------------------------------------------------------------- shared layout pieces

def _iso(ts) -> str:
    return pd.Timestamp(ts).strftime("%Y-%m-%d")


def _base_figure(title: str, y_title: str, lang: str) -> go.Figure:
    family = font_family()
    fig = go.Figure()
    fig.update_layout(
        template="plotly_white",
        # Title pinned to the top edge, legend just above the plot: a legend that wraps
        # to two rows then grows into the margin instead of over the title.
        title={"text": title, "x": 0.02, "xanchor": "left", "y": 0.98, "yref": "container",
               "yanchor": "top", "font": {"size": 28}},
        font={"family": family, "size": 18, "color": "#333333"},
        hoverlabel={"font": {"family": family}},
        colorway=COLORWAY,
        height=540,  # 16:9 at the dashboard's usual 960 px; exports set 1920×1080
        margin={"l": 80, "r": 40, "t": 140, "b": 80},
        legend={"orientation": "h", "x": 0, "xanchor": "left", "y": 1.02, "yanchor": "bottom"},
        hovermode="closest",
    )
    fig.update_yaxes(title_text=y_title, rangemode="tozero", gridcolor="#E6E6E6",
                     zerolinecolor="#CCCCCC")
    fig.update_xaxes(title_text=t("date", lang), gridcolor="#F0F0F0")
    fig.layout.meta = {"lang": lang}
    return fig


def _empty(fig: go.Figure, lang: str) -> go.Figure:
    """Friendly empty chart: hidden axes and a centred 无数据 / No data."""
    fig.add_annotation(name="no_data", text=t("no_data", lang), x=0.5, y=0.5,
                       xref="paper", yref="paper", showarrow=False,
                       font={"size": 28, "color": "#999999"})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def _thin(values: list[str], max_ticks: int = MAX_TICKS) -> list[str]:
    """At most max_ticks values, spread evenly, first and last always kept."""
    if len(values) <= max_ticks:
        return values
    step = (len(values) - 1) / (max_ticks - 1)
    picked = sorted({round(i * step) for i in range(max_ticks)})
    return [values[i] for i in picked]


def date_ticks(dates: Iterable, lang: str) -> tuple[list[str], list[str]]:
    """tickvals (ISO) and ticktext ('2月19日' / 'Feb 19') from the dates that hold data.

    Explicit text rather than tickformat: d3's month names are English-only, and ticks
    on data dates say exactly which days were reported.
    """
    vals = sorted({_iso(d) for d in dates if not pd.isna(d)})
    vals = _thin(vals)
    return vals, [format_date(v, lang) for v in vals]


def _apply_date_ticks(fig: go.Figure, dates: Iterable, lang: str) -> None:
    vals, text = date_ticks(dates, lang)
    fig.update_xaxes(type="date", tickmode="array", tickvals=vals, ticktext=text)


def _x_title(lang: str, date_basis: str) -> str:
    return t("published_date" if date_basis == "published" else "asof_date", lang)


def add_events(fig: go.Figure, events, lang: str = "zh", x_range: tuple | None = None) -> int:
    """Dashed vertical line + short label per key event; returns how many were drawn.

    events: list of extract.records.Event or a frame with date, label (kind optional).
    x_range (first, last) keeps events inside the plotted days so the axis is not stretched.
    """
    frame = events_frame(events)
    if x_range is not None and not frame.empty:
        lo, hi = pd.Timestamp(x_range[0]), pd.Timestamp(x_range[1])
        frame = frame[(frame["date"] >= lo) & (frame["date"] <= hi)]
    for i, ev in enumerate(frame.itertuples(index=False)):
        kind = str(ev.kind or "")
        x = _iso(ev.date)
        fig.add_shape(type="line", name=f"event:{kind}", x0=x, x1=x, xref="x",
                      y0=0, y1=1, yref="paper", layer="below",
                      line={"color": EVENT_COLOR, "width": 1.5, "dash": "dash"})
        # Stagger labels over three heights so neighbouring events do not overprint.
        fig.add_annotation(name=f"event:{kind}", x=x, xref="x", y=0.98 - 0.07 * (i % 3),
                           yref="paper", xanchor="left", yanchor="top", showarrow=False,
                           text=labels.event_label(str(ev.label or ""), kind, lang),
                           hovertext=f"{format_date(ev.date, lang)} {ev.quote or ''}".strip(),
                           font={"size": 13, "color": "#555555"},
                           bgcolor="rgba(255,255,255,0.8)")
    return len(frame)


def _note(row, lang: str) -> str:
    if row["derived"]:
        return row["rule_note_en"] if lang == "en" else row["rule_note"]
    n = int(row["n_sources"])
    text = f"{n} source{'s' if n != 1 else ''}" if lang == "en" else f"来源{n}篇"
    if row["conflict"]:
        text += f" · {t('conflict', lang)}"
    return text


def _customdata(rows: pd.DataFrame, lang: str) -> list[list[str]]:
    return [[r["point_id"], format_date(r["x"], lang),
             format_number(r["value"], r["unit"], lang, r["qualifier"]), _note(r, lang)]
            for _, r in rows.iterrows()]


HOVER = "%{customdata[1]}<br>%{fullData.name}: %{customdata[2]}<br>%{customdata[3]}<extra></extra>"


def _derived_name(name: str, lang: str) -> str:
    return f"{name} ({t('derived', lang)})" if lang == "en" else f"{name}（{t('derived', lang)}）"


def _line_traces(fig: go.Figure, rows: pd.DataFrame, name: str, color: str, lang: str,
                 dash: str = "solid", group: str | None = None) -> None:
    """Stated rows as lines+markers; derived rows as hollow markers with no line."""
    group = group or name
    stated, derived = rows[~rows["derived"]], rows[rows["derived"]]
    if not stated.empty:
        fig.add_trace(go.Scatter(
            x=[_iso(x) for x in stated["x"]], y=stated["value"].tolist(), name=name,
            mode="lines+markers", legendgroup=group, customdata=_customdata(stated, lang),
            hovertemplate=HOVER, line={"color": color, "width": 3, "dash": dash},
            marker={"color": color, "size": 9, "symbol": "circle"}))
    if not derived.empty:
        fig.add_trace(go.Scatter(
            x=[_iso(x) for x in derived["x"]], y=derived["value"].tolist(),
            name=_derived_name(name, lang), mode="markers", legendgroup=group,
            customdata=_customdata(derived, lang), hovertemplate=HOVER,
            # Open symbols are stroked in marker.color (a white fill would hide them).
            marker={"color": color, "size": 12, "symbol": "circle-open",
                    "line": {"color": color, "width": 2.5}}))


def _metric_lines(points: pd.DataFrame, metrics: list[str], region: str, lang: str,
                  date_basis: str, fig: go.Figure) -> list:
    xs = []
    for metric in metrics:
        rows = series(points, metric, region, "", date_basis)
        if rows.empty:
            continue
        _line_traces(fig, rows, metric_name(metric, lang),
                     METRIC_COLORS.get(metric, COLORWAY[0]), lang, group=metric)
        xs.extend(rows["x"])
    return xs


def _finish_time_chart(fig: go.Figure, xs: list, lang: str, events, date_basis: str) -> go.Figure:
    if not xs:
        return _empty(fig, lang)
    _apply_date_ticks(fig, xs, lang)
    fig.update_xaxes(title_text=_x_title(lang, date_basis))
    if events is not None:
        add_events(fig, events, lang, (min(xs), max(xs)))
    return fig


def _note_derived(fig: go.Figure, lang: str) -> None:
    if any(str(tr.name).endswith(("（推算）", "(derived)")) for tr in fig.data):
        fig.add_annotation(name="derived_note", text=t("derived_note", lang), x=1, y=0, yshift=-48,
                           xref="paper", yref="paper", xanchor="right", yanchor="top",
                           showarrow=False,
                           font={"size": 12, "color": "#777777"})


# ---------------------------------------------------------------- the charts

def cumulative_cases(points: pd.DataFrame, region: str = HOME, lang: str = "zh", events=None,
                     log: bool = False, date_basis: str = "asof") -> go.Figure:
    """累计确诊 / 累计治愈出院 / 在院治疗 over time; derived 在院 as hollow markers."""
    fig = _base_figure(labels.chart_title("cumulative_cases", lang, region),
                       t("cases_axis", lang), lang)
    xs = _metric_lines(points, ["confirmed_total", "recovered_total", "hospitalized"],
                       region, lang, date_basis, fig)
    if log:
        # Zero (e.g. 在院 0 after 清零) has no place on a log axis; plotly leaves it out.
        fig.update_yaxes(type="log", rangemode="normal")
    _note_derived(fig, lang)
    return _finish_time_chart(fig, xs, lang, events, date_basis)


def daily_new_cases(points: pd.DataFrame, region: str = HOME, lang: str = "zh", events=None,
                    date_basis: str = "asof") -> go.Figure:
    """新增确诊 and 新增出院 as grouped bars on the days they were reported."""
    fig = _base_figure(labels.chart_title("daily_new_cases", lang, region),
                       t("cases_axis", lang), lang)
    xs = []
    for metric in ("confirmed_new", "recovered_new"):
        rows = series(points, metric, region, "", date_basis)
        if rows.empty:
            continue
        fig.add_trace(go.Bar(
            x=[_iso(x) for x in rows["x"]], y=rows["value"].tolist(),
            name=metric_name(metric, lang), marker_color=METRIC_COLORS[metric],
            customdata=_customdata(rows, lang), hovertemplate=HOVER,
            text=[format_number(v, "", lang) for v in rows["value"]], textposition="outside"))
        xs.extend(rows["x"])
    fig.update_layout(barmode="group", bargap=0.3)
    return _finish_time_chart(fig, xs, lang, events, date_basis)


def observation(points: pd.DataFrame, region: str = HOME, lang: str = "zh", events=None,
                date_basis: str = "asof") -> go.Figure:
    """正在医学观察 (a stock) and 累计解除医学观察 (cumulative) in people."""
    fig = _base_figure(labels.chart_title("observation", lang, region),
                       t("people_axis", lang), lang)
    xs = _metric_lines(points, ["observation", "observation_released_total"], region, lang,
                       date_basis, fig)
    _note_derived(fig, lang)
    return _finish_time_chart(fig, xs, lang, events, date_basis)


def _place_label(region: str, sector: str, lang: str) -> str:
    """'寄递企业' for the city's own sectors, '醴陵市·项目' elsewhere, the region alone if no sector."""
    parts = [p for p in (region if region != HOME else "", sector) if p] or [region]
    return (" · " if lang == "en" else "·").join(parts)


def _series_label(region: str, sector: str, metric: str, lang: str) -> str:
    """'寄递企业复工率', '醴陵市·规模工业企业复工率', '寄递企业 · Resumption rate'."""
    place = _place_label(region, sector, lang)
    return f"{place} · {metric_name(metric, lang)}" if lang == "en" else \
        place + metric_name(metric, lang)


def _home_first(frame: pd.DataFrame, *more: str, ascending=True) -> pd.DataFrame:
    """Sort with the home city's rows first, then by region and the given columns."""
    cols = ["_other", "region", *more]
    asc = [True, True] + ([ascending] * len(more) if isinstance(ascending, bool) else ascending)
    return (frame.assign(_other=frame["region"] != HOME)
            .sort_values(cols, ascending=asc, kind="stable").drop(columns="_other"))


def resumption_rates(points: pd.DataFrame, lang: str = "zh", events=None,
                     date_basis: str = "asof") -> go.Figure:
    """复工率 (solid) and 返岗率 (dotted) per region and sector, in %."""
    fig = _base_figure(t("title_resumption_rates", lang), t("percent_axis", lang), lang)
    xs = []
    groups = points[points["metric"].isin(["resumption_rate", "worker_return_rate"])]
    pairs = _home_first(groups[["region", "sector"]].drop_duplicates(), "sector")
    for i, (region, sector) in enumerate(pairs.itertuples(index=False)):
        color = COLORWAY[i % len(COLORWAY)]
        for metric, dash in (("resumption_rate", "solid"), ("worker_return_rate", "dot")):
            rows = series(points, metric, region, sector, date_basis)
            if rows.empty:
                continue
            _line_traces(fig, rows, _series_label(region, sector, metric, lang), color, lang,
                         dash=dash)
            xs.extend(rows["x"])
    fig.update_yaxes(range=[0, 105], ticksuffix="%")
    _note_derived(fig, lang)
    return _finish_time_chart(fig, xs, lang, events, date_basis)


def resumption_counts(points: pd.DataFrame, lang: str = "zh", as_of=None,
                      date_basis: str = "asof") -> go.Figure:
    """Latest 已复工 count per region·sector, beside the sector's size where stated.

    One category per region·sector (the city's first), grouped bars 已复工 / 总数; each
    bar's text has its unit, its hover the day it was reported. as_of limits to figures
    reported up to that day.
    """
    fig = _base_figure(t("title_resumption_counts", lang), t("count_axis", lang), lang)
    col = "published" if date_basis == "published" else "date"
    rows = points[points["metric"].isin(["resumed", "sector_total"])].copy()
    if as_of is not None:
        rows = rows[rows[col] <= pd.Timestamp(as_of)]
    rows = rows.dropna(subset=[col])
    if rows.empty:
        fig.update_xaxes(title_text="")
        return _empty(fig, lang)
    rows["x"] = rows[col]
    latest_rows = (rows.sort_values(col, kind="stable")
                   .groupby(["metric", "region", "sector"], as_index=False).tail(1))
    resumed = latest_rows[latest_rows["metric"] == "resumed"].copy()
    resumed["category"] = [_place_label(r, s, lang)
                           for r, s in zip(resumed["region"], resumed["sector"])]
    resumed = _home_first(resumed, "value", ascending=False)
    order = list(dict.fromkeys(resumed["category"]))
    for metric in ("resumed", "sector_total"):
        part = latest_rows[latest_rows["metric"] == metric].copy()
        part["category"] = [_place_label(r, s, lang)
                            for r, s in zip(part["region"], part["sector"])]
        part = part[part["category"].isin(order)]
        if part.empty:
            continue
        rank = {c: i for i, c in enumerate(order)}
        part = part.sort_values("category", key=lambda s: s.map(rank), kind="stable")
        fig.add_trace(go.Bar(
            x=part["category"].tolist(), y=part["value"].tolist(), name=metric_name(metric, lang),
            marker_color=METRIC_COLORS[metric], customdata=_customdata(part, lang),
            hovertemplate=HOVER, textposition="outside",
            text=[format_number(v, u, lang, q)
                  for v, u, q in zip(part["value"], part["unit"], part["qualifier"])]))
    fig.update_layout(barmode="group", bargap=0.25)
    fig.update_xaxes(type="category", title_text="", categoryorder="array", categoryarray=order)
    return fig


# ---------------------------------------------------------------- for callers

CHARTS: dict[str, Callable[..., go.Figure]] = {
    "cumulative_cases": cumulative_cases,
    "daily_new_cases": daily_new_cases,
    "observation": observation,
    "resumption_rates": resumption_rates,
    "resumption_counts": resumption_counts,
}
REGIONAL_CHARTS = {"cumulative_cases", "daily_new_cases", "observation"}


def build_chart(name: str, points: pd.DataFrame, region: str = HOME, lang: str = "zh",
                events=None, **options) -> go.Figure:
    """Any chart by name with one call shape (for the export loop and the deck)."""
    builder = CHARTS[name]
    if name in REGIONAL_CHARTS:
        return builder(points, region=region, lang=lang, events=events, **options)
    if name == "resumption_rates":
        return builder(points, lang=lang, events=events, **options)
    return builder(points, lang=lang, **options)


def config_for_download(name: str, lang: str = "zh", date=None, fmt: str = "png") -> dict:
    """Plotly config for st.plotly_chart(config=...): 1920×1080 @2× PNG named for the chart.

    filename: zhuzhou_<name>_<YYYY-MM-DD>_<lang>; date defaults to today (pass the data's
    last as-of date for a stable name).
    """
    day = _iso(date) if date is not None and not pd.isna(date) else _date.today().isoformat()
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in str(name))
    return {
        "displaylogo": False,
        "modeBarButtonsToRemove": ["lasso2d", "select2d"],
        "toImageButtonOptions": {
            "format": fmt, "filename": f"zhuzhou_{safe}_{day}_{lang}",
            "width": EXPORT_WIDTH, "height": EXPORT_HEIGHT, "scale": EXPORT_SCALE,
        },
    }
