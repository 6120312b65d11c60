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
- key events are dashed vertical shapes with annotations named "event:<kind>"; on the
  case charts (cumulative, daily new) the x-range reaches back to events before the first
  reported figure (that stretch is honestly empty: nothing was reported yet).
- the layout (tick choice, event labels, headroom, legend room, category wrapping) is
  computed in one place, fit_layout(), at the end of every builder; the slide export calls
  it again at slide size, and add_source() (the source line of dashboard and slides) too.
"""

from __future__ import annotations

import copy
import html
from collections.abc import Callable, Iterable
from datetime import date as _date

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from extract.corpus import DEFAULT_CITY

from . import labels
from .chart_layout import (
    DAY_MS,
    EVENT_FONT_SIZE,
    EVENT_MAX_EM,
    SLIDE_HEIGHT,
    SLIDE_SCALE,
    SLIDE_WIDTH,
    figure_meta,
    fit_layout,
    text_px,
    thin,
)
from .events import merge_events
from .labels import format_date, format_number, iso_day, metric_name, t
from .reconcile import official_series
from .timeline import series

FALLBACK_FONT_FAMILY = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, WenQuanYi Micro Hei, sans-serif"

# Calm, print-safe colours; fixed per metric so a metric looks the same on every slide.
COLORWAY = ["#3E6E9E", "#C8704E", "#4E8F6A", "#8C6BB1", "#B8963E", "#5B9AA9", "#9C5B6E", "#7A7A7A"]
# Colours drawn together stay apart for colour-blind readers (deutan, protan, tritan, simulated
# with colorspacious: tests/test_charts.py), and each has 3:1 contrast on white; mostly from
# Okabe & Ito's and Paul Tol's safe palettes. Red/green pairs were 8.5 ΔE apart for deutans.
METRIC_COLORS = {
    "confirmed_total": "#CC3311",
    "recovered_total": "#009E73",
    "hospitalized": "#332288",
    "active": "#8C6BB1",
    "confirmed_new": "#D55E00",
    "recovered_new": "#5B9AA9",
    "confirmed_new_avg7": "#332288",
    "observation": "#882255",
    "observation_released_total": "#999933",
    "resumed": "#3E6E9E",
    "sector_total": "#B9C6D3",
    # Rates: one colour per metric (a sector's 复工率 and 返岗率 never share one), one
    # marker symbol per region·sector.
    "resumption_rate": "#3E6E9E",
    "worker_return_rate": "#C8704E",
}
BAR_SLOT_DAYS = 0.8  # the bars of one day together span 0.8 day on a date axis
PLACE_SYMBOLS = ["circle", "square", "diamond", "triangle-up", "triangle-down", "pentagon", "hexagon", "star"]
EVENT_COLOR = "#8A8A8A"


def font_family() -> str:
    """briefing.fontconfig.FONT_FAMILY when that module exists, else a CJK-first stack."""
    try:
        from .fontconfig import FONT_FAMILY
    except ImportError:
        return FALLBACK_FONT_FAMILY
    return FONT_FAMILY or FALLBACK_FONT_FAMILY


# ---------------------------------------------------------------- shared layout pieces


def _base_figure(title: str, y_title: str, lang: str) -> go.Figure:
    family = font_family()
    fig = go.Figure()
    fig.update_layout(
        template="plotly_white",
        # Title pinned to the top edge, legend just above the plot: a legend that wraps
        # to two rows then grows into the margin instead of over the title.
        title={
            "text": title,
            "x": 0.02,
            "xanchor": "left",
            "y": 0.98,
            "yref": "container",
            "yanchor": "top",
            "font": {"size": 28},
        },
        font={"family": family, "size": 18, "color": "#333333"},
        hoverlabel={"font": {"family": family}},
        colorway=COLORWAY,
        height=540,  # 16:9 at the dashboard's usual 960 px; exports set 1920×1080
        margin={"l": 80, "r": 40, "t": 140, "b": 80},
        legend={"orientation": "h", "x": 0, "xanchor": "left", "y": 1.02, "yanchor": "bottom"},
        hovermode="closest",
    )
    fig.update_yaxes(title_text=y_title, rangemode="tozero", gridcolor="#E6E6E6", zerolinecolor="#CCCCCC")
    fig.update_xaxes(title_text=t("date", lang), gridcolor="#F0F0F0")
    fig.layout.meta = {"lang": lang}
    return fig


def _empty(fig: go.Figure, lang: str) -> go.Figure:
    """Friendly empty chart: hidden axes and a centred 无数据 / No data."""
    fig.add_annotation(
        name="no_data",
        text=t("no_data", lang),
        x=0.5,
        y=0.5,
        xref="paper",
        yref="paper",
        showarrow=False,
        font={"size": 28, "color": "#999999"},
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def date_ticks(dates: Iterable, lang: str) -> tuple[list[str], list[str]]:
    """tickvals (ISO) and ticktext ('2月19日' / 'Feb 19') from the dates that hold data.

    Explicit text rather than tickformat: d3's month names are English-only, and ticks
    on data dates say exactly which days were reported.
    """
    vals = sorted({iso_day(d) for d in dates if not pd.isna(d)})
    vals = thin(vals)
    return vals, [format_date(v, lang) for v in vals]


def _x_title(lang: str, date_basis: str) -> str:
    return t("published_date" if date_basis == "published" else "asof_date", lang)


def _shorten(text: str, size: float, max_em: float = EVENT_MAX_EM) -> str:
    """text, cut with '…' when it is wider than max_em (the full text stays in the hover)."""
    limit = max_em * size
    if text_px(text, size) <= limit:
        return text
    while text and text_px(text + "…", size) > limit:
        text = text[:-1]
    return text.rstrip() + "…"


def add_events(fig: go.Figure, events, lang: str = "zh", x_range: tuple | None = None, before: bool = False) -> int:
    """Dashed vertical line + short label per key event; returns how many were drawn.

    events: list of extract.records.Event or a frame with date, label (kind optional).
    x_range (first, last) keeps events inside the plotted days so the axis is not stretched;
    before=True lists the events before first in one lead-in label at the axis' left edge
    (the case charts name 首例确诊 and 一级响应 without leaving most of the plot empty).
    Labels sit in rows at the top of the plot area; fit_layout() picks row and side.
    Shapes and labels are built as lists and set once: adding them one by one makes plotly
    re-validate the whole list each time (quadratic in the events).
    """
    frame = merge_events(events)  # one line per kind of event, however many articles repeat it
    earlier = frame.iloc[0:0]
    if x_range is not None and not frame.empty:
        lo, hi = pd.Timestamp(x_range[0]), pd.Timestamp(x_range[1])
        earlier = frame[frame["date"] < lo] if before else earlier
        frame = frame[(frame["date"] >= lo) & (frame["date"] <= hi)]
    font = {"size": EVENT_FONT_SIZE, "color": "#555555"}
    shapes, notes = list(fig.layout.shapes), list(fig.layout.annotations)
    for day, kind, label, quote in zip(frame["date"], frame["kind"], frame["label"], frame["quote"]):
        kind, x = str(kind or ""), iso_day(day)
        text = labels.event_label(str(label or ""), kind, lang)
        shapes.append(
            go.layout.Shape(
                type="line",
                name=f"event:{kind}",
                x0=x,
                x1=x,
                xref="x",
                y0=0,
                y1=1,
                yref="paper",
                layer="below",
                line={"color": EVENT_COLOR, "width": 1.5, "dash": "dash"},
            )
        )
        notes.append(
            go.layout.Annotation(
                name=f"event:{kind}",
                x=x,
                xref="x",
                y=1,
                yref="paper",
                xanchor="left",
                yanchor="top",
                xshift=3,
                showarrow=False,
                text=_shorten(text, EVENT_FONT_SIZE),
                hovertext=f"{format_date(day, lang)} {text} {html.escape(str(quote or ''))}".strip(),
                font=font,
                bgcolor="rgba(255,255,255,0.85)",
                borderpad=1,
            )
        )
    if not earlier.empty and x_range is not None:
        names = [
            labels.event_label(str(lb or ""), str(k or ""), lang) for lb, k in zip(earlier["label"], earlier["kind"])
        ]
        head = t("events_earlier", lang)
        sep, joiner = (": ", ", ") if lang == "en" else ("：", "、")
        notes.append(
            go.layout.Annotation(
                name="event:earlier",
                x=iso_day(x_range[0]),
                xref="x",
                y=1,
                yref="paper",
                xanchor="left",
                yanchor="top",
                xshift=3,
                showarrow=False,
                text=_shorten(f"◀ {head}{sep}{joiner.join(names)}", EVENT_FONT_SIZE, 2 * EVENT_MAX_EM),
                hovertext="<br>".join(f"{format_date(d, lang)} {n}" for d, n in zip(earlier["date"], names)),
                font=font,
                bgcolor="rgba(255,255,255,0.85)",
                borderpad=1,
            )
        )
    fig.update_layout(shapes=shapes, annotations=notes)
    return len(frame) + len(earlier)


def _note(row, lang: str) -> str:
    if row["derived"]:
        return row["rule_note_en"] if lang == "en" else row["rule_note"]
    n = int(row["n_sources"])
    text = f"{n} source{'s' if n != 1 else ''}" if lang == "en" else f"来源{n}篇"
    if row["conflict"]:
        text += f" · {t('conflict', lang)}"
    if labels.written_differently(row.get("region", ""), lang):  # the name as the articles write it
        text = f"{row['region']} · {text}"
    return text


def _customdata(rows: pd.DataFrame, lang: str) -> list[list[str]]:
    return [
        [
            r["point_id"],
            format_date(r["x"], lang),
            format_number(r["value"], r["unit"], lang, r["qualifier"]),
            _note(r, lang),
        ]
        for r in rows.to_dict("records")
    ]  # dicts: a Series per row is slow


HOVER = "%{customdata[1]}<br>%{fullData.name}: %{customdata[2]}<br>%{customdata[3]}<extra></extra>"


def _derived_name(name: str, lang: str) -> str:
    return f"{name} ({t('derived', lang)})" if lang == "en" else f"{name}（{t('derived', lang)}）"


def _with_gaps(days: list[str], values: list, customdata: list) -> tuple[list, list, list]:
    """A line joins reports on consecutive days only: an unreported day is a gap (None),
    never a zero and never a straight line drawn through days nobody reported."""
    xs: list[str | None] = []
    ys: list = []
    cd: list = []
    for i, (day, value, row) in enumerate(zip(days, values, customdata)):
        if i and (pd.Timestamp(day) - pd.Timestamp(days[i - 1])).days > 1:
            xs.append(None)
            ys.append(None)
            cd.append([""] * len(row))
        xs.append(day)
        ys.append(value)
        cd.append(row)
    return xs, ys, cd


def _line_traces(
    fig: go.Figure,
    rows: pd.DataFrame,
    name: str,
    color: str,
    lang: str,
    dash: str = "solid",
    group: str | None = None,
    symbol: str = "circle",
) -> None:
    """Stated rows as lines+markers; derived rows as hollow markers with no line."""
    group = group or name
    stated, derived = rows[~rows["derived"]], rows[rows["derived"]]
    if not stated.empty:
        xs, ys, cd = _with_gaps([iso_day(x) for x in stated["x"]], stated["value"].tolist(), _customdata(stated, lang))
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                name=name,
                connectgaps=False,
                mode="lines+markers",
                legendgroup=group,
                customdata=cd,
                hovertemplate=HOVER,
                line={"color": color, "width": 3, "dash": dash},
                marker={"color": color, "size": 9, "symbol": symbol},
            )
        )
    if not derived.empty:
        fig.add_trace(
            go.Scatter(
                x=[iso_day(x) for x in derived["x"]],
                y=derived["value"].tolist(),
                name=_derived_name(name, lang),
                mode="markers",
                legendgroup=group,
                customdata=_customdata(derived, lang),
                hovertemplate=HOVER,
                # Open symbols are stroked in marker.color (a white fill would hide them).
                marker={"color": color, "size": 12, "symbol": f"{symbol}-open", "line": {"color": color, "width": 2.5}},
            )
        )


def _metric_lines(
    points: pd.DataFrame, metrics: list[str], region: str, lang: str, date_basis: str, fig: go.Figure
) -> list:
    xs = []
    for metric in metrics:
        rows = series(points, metric, region, "", date_basis)
        if rows.empty:
            continue
        _line_traces(fig, rows, metric_name(metric, lang), METRIC_COLORS.get(metric, COLORWAY[0]), lang, group=metric)
        xs.extend(rows["x"])
    return xs


def _finish_time_chart(
    fig: go.Figure, xs: list, lang: str, events, date_basis: str, events_before: bool = False
) -> go.Figure:
    """Date axis over the reported days (reaching back to earlier events when
    events_before), events drawn, tick candidates noted, then fit_layout()."""
    if not xs:
        return _empty(fig, lang)
    data_days = sorted({iso_day(x) for x in xs if not pd.isna(x)})
    if events is not None:
        add_events(fig, events, lang, (data_days[0], data_days[-1]), before=events_before)
    event_days = sorted(
        {str(s.x0) for s in fig.layout.shapes if str(s.name or "").startswith("event:")} - set(data_days)
    )
    vals = sorted(set(data_days) | set(event_days))
    # The axis spans the reported days only: earlier events are the lead-in label.
    lo, hi = pd.Timestamp(data_days[0]), pd.Timestamp(data_days[-1])
    pad = max(pd.Timedelta(days=1), (hi - lo) * 0.04)
    meta = figure_meta(fig)
    meta["date_ticks"] = {"vals": vals, "text": [format_date(v, lang) for v in vals], "data": data_days}
    fig.layout.meta = meta
    fig.update_xaxes(
        type="date",
        title_text=_x_title(lang, date_basis),
        tickmode="array",
        tickvals=vals,
        ticktext=meta["date_ticks"]["text"],
        range=[(lo - pad).isoformat(sep=" "), (hi + pad).isoformat(sep=" ")],
    )
    return fit_layout(fig)


def _note_derived(fig: go.Figure, lang: str) -> None:
    if any(str(tr.name).endswith(("（推算）", "(derived)")) for tr in fig.data):
        fig.add_annotation(
            name="derived_note",
            text=t("derived_note", lang),
            x=1,
            y=0,
            yshift=-48,
            xref="paper",
            yref="paper",
            xanchor="right",
            yanchor="top",
            showarrow=False,
            font={"size": 12, "color": "#777777"},
        )


# ---------------------------------------------------------------- the charts


def _official_lines(fig: go.Figure, official: pd.DataFrame | None, metrics: list[str], region: str, lang: str) -> None:
    """The official series as thin dashed lines under the paper's points (as-of dates), each
    in its metric's colour, named as official."""
    for metric in metrics:
        rows = official_series(official, metric, region)
        if rows.empty:
            continue
        source = rows["source_en" if lang == "en" else "source"].iloc[-1]
        fig.add_trace(
            go.Scatter(
                x=[iso_day(d) for d in rows["date"]],
                y=rows["value"].tolist(),
                mode="lines",
                name=t("official_series", lang, metric=metric_name(metric, lang)),
                legendgroup=metric,
                line={"color": METRIC_COLORS.get(metric, COLORWAY[0]), "width": 2, "dash": "dash"},
                opacity=0.7,
                meta={"official": True, "source": source},
                # no hover and no click: on the days both report the same count the line runs
                # through the paper's marker, and a click must reach the marker (its sentence);
                # the official values are in the comparison table
                hoverinfo="skip",
            )
        )


def cumulative_cases(
    points: pd.DataFrame,
    region: str = DEFAULT_CITY,
    lang: str = "zh",
    events=None,
    log: bool = False,
    date_basis: str = "asof",
    official: pd.DataFrame | None = None,
    active: bool = False,
) -> go.Figure:
    """累计确诊 / 累计治愈出院 / 在院治疗 over time; derived 在院 as hollow markers; with an
    official series (as-of dates only), its lines beside the paper's points; active: the derived
    active cases (现有确诊) as a dotted line, hidden until its legend entry is clicked (the
    dashboard; a slide has no use for a hidden line)."""
    fig = _base_figure(labels.chart_title("cumulative_cases", lang, region), t("cases_axis", lang), lang)
    metrics = ["confirmed_total", "recovered_total", "hospitalized"]
    if official is not None and date_basis == "asof":
        _official_lines(fig, official, metrics, region, lang)
    xs = _metric_lines(points, metrics, region, lang, date_basis, fig)
    rows = series(points, "active", region, "", date_basis) if active else pd.DataFrame()
    if not rows.empty:  # one click on its legend entry shows it
        days, ys, cd = _with_gaps([iso_day(x) for x in rows["x"]], rows["value"].tolist(), _customdata(rows, lang))
        fig.add_trace(
            go.Scatter(
                x=days,
                y=ys,
                name=_derived_name(metric_name("active", lang), lang),
                mode="lines+markers",
                connectgaps=False,
                customdata=cd,
                hovertemplate=HOVER,
                visible="legendonly",
                line={"color": METRIC_COLORS["active"], "width": 2, "dash": "dot"},
                marker={"color": METRIC_COLORS["active"], "size": 8, "symbol": "diamond-open"},
            )
        )
    if log:
        # Zero (e.g. 在院 0 after 清零) has no place on a log axis; plotly leaves it out.
        fig.update_yaxes(type="log", rangemode="normal")
    _note_derived(fig, lang)
    return _finish_time_chart(fig, xs, lang, events, date_basis, events_before=True)


def daily_new_cases(
    points: pd.DataFrame,
    region: str = DEFAULT_CITY,
    lang: str = "zh",
    events=None,
    date_basis: str = "asof",
    average: bool = False,
) -> go.Figure:
    """新增确诊 and 新增出院 as grouped bars on the days they were reported; average: the 7-day
    average of new cases (timeline.average_points) as a line over them, where it exists.

    The bars of one day share a slot of BAR_SLOT_DAYS (0.8 day, in ms on the date axis),
    side by side, so they keep their width however long the axis is; a figure reported
    alone that day has the whole slot, centred on the day.
    """
    fig = _base_figure(labels.chart_title("daily_new_cases", lang, region), t("cases_axis", lang), lang)
    parts = [
        (metric, rows)
        for metric in ("confirmed_new", "recovered_new")
        if not (rows := series(points, metric, region, "", date_basis)).empty
    ]
    slot = BAR_SLOT_DAYS * DAY_MS
    on_day: dict[str, list[str]] = {}  # day → metrics with a bar that day, in order
    for metric, rows in parts:
        for x in rows["x"]:
            on_day.setdefault(iso_day(x), []).append(metric)
    xs = []
    for metric, rows in parts:
        days = [iso_day(x) for x in rows["x"]]
        widths = [slot / len(on_day[d]) for d in days]
        fig.add_trace(
            go.Bar(
                x=days,
                y=rows["value"].tolist(),
                name=metric_name(metric, lang),
                marker_color=METRIC_COLORS[metric],
                width=widths,
                offset=[-slot / 2 + on_day[d].index(metric) * w for d, w in zip(days, widths)],
                customdata=_customdata(rows, lang),
                hovertemplate=HOVER,
                text=[format_number(v, "", lang) for v in rows["value"]],
                textposition="outside",
                constraintext="none",  # same text size over a narrow bar as over a wide one
                # the outline draws a reported zero as a line on the axis: seen, not missing
                marker_line={"color": METRIC_COLORS[metric], "width": 3},
            )
        )
        xs.extend(rows["x"])
    if average:
        rows = series(points, "confirmed_new_avg7", region, "", date_basis)
        if not rows.empty:
            xs_avg, ys, cd = _with_gaps(
                [iso_day(x) for x in rows["x"]], rows["value"].tolist(), _customdata(rows, lang)
            )
            fig.add_trace(
                go.Scatter(
                    x=xs_avg,
                    y=ys,
                    name=_derived_name(metric_name("confirmed_new_avg7", lang), lang),
                    mode="lines+markers",
                    connectgaps=False,
                    customdata=cd,
                    hovertemplate=HOVER,
                    line={"color": METRIC_COLORS["confirmed_new_avg7"], "width": 3},
                    marker={"color": METRIC_COLORS["confirmed_new_avg7"], "size": 7, "symbol": "circle-open"},
                )
            )
            xs.extend(rows["x"])
            _note_derived(fig, lang)
    fig.update_layout(barmode="group", bargap=0.3)
    return _finish_time_chart(fig, xs, lang, events, date_basis, events_before=True)


def observation(
    points: pd.DataFrame, region: str = DEFAULT_CITY, lang: str = "zh", events=None, date_basis: str = "asof"
) -> go.Figure:
    """正在医学观察 (a stock) and 累计解除医学观察 (cumulative) in people."""
    fig = _base_figure(labels.chart_title("observation", lang, region), t("people_axis", lang), lang)
    xs = _metric_lines(points, ["observation", "observation_released_total"], region, lang, date_basis, fig)
    _note_derived(fig, lang)
    return _finish_time_chart(fig, xs, lang, events, date_basis)


def _place_label(region: str, sector: str, lang: str, home: str = DEFAULT_CITY) -> str:
    """'寄递企业' for the home city's own sectors, '醴陵市·项目' elsewhere, the region alone
    if no sector."""
    parts = [
        p for p in (labels.place_name(region, lang) if region != home else "", labels.sector_name(sector, lang)) if p
    ] or [labels.place_name(region, lang)]
    return (" · " if lang == "en" else "·").join(parts)


def _series_label(region: str, sector: str, metric: str, lang: str, home: str = DEFAULT_CITY) -> str:
    """'寄递企业复工率', '醴陵市·规模工业企业复工率', '寄递企业 · Resumption rate'."""
    place = _place_label(region, sector, lang, home)
    return f"{place} · {metric_name(metric, lang)}" if lang == "en" else place + metric_name(metric, lang)


def _home_first(frame: pd.DataFrame, *more: str, ascending=True, home: str = DEFAULT_CITY) -> pd.DataFrame:
    """Sort with the home city's rows first, then by region and the given columns."""
    cols = ["_other", "region", *more]
    asc = [True, True] + ([ascending] * len(more) if isinstance(ascending, bool) else ascending)
    return (
        frame.assign(_other=frame["region"] != home)
        .sort_values(cols, ascending=asc, kind="stable")
        .drop(columns="_other")
    )


def resumption_rates(
    points: pd.DataFrame, lang: str = "zh", events=None, date_basis: str = "asof", home: str = DEFAULT_CITY
) -> go.Figure:
    """复工率 (blue, solid) and 返岗率 (orange, dotted) per region and sector, in %.

    The colour tells the metric, the marker symbol the region·sector: a sector's two rates
    (寄递企业 84 % / 64 %) never look alike, even as single points. home: the corpus's
    city, whose sectors come first and go without the city's name.
    """
    fig = _base_figure(t("title_resumption_rates", lang), t("percent_axis", lang), lang)
    xs = []
    groups = points[points["metric"].isin(["resumption_rate", "worker_return_rate"])]
    pairs = _home_first(groups[["region", "sector"]].drop_duplicates(), "sector", home=home)
    for i, (region, sector) in enumerate(pairs.itertuples(index=False)):
        symbol = PLACE_SYMBOLS[i % len(PLACE_SYMBOLS)]
        for metric, dash in (("resumption_rate", "solid"), ("worker_return_rate", "dot")):
            rows = series(points, metric, region, sector, date_basis)
            if rows.empty:
                continue
            _line_traces(
                fig,
                rows,
                _series_label(region, sector, metric, lang, home),
                METRIC_COLORS[metric],
                lang,
                dash=dash,
                symbol=symbol,
            )
            xs.extend(rows["x"])
    fig.update_yaxes(range=[0, 105], ticksuffix="%")
    _note_derived(fig, lang)
    return _finish_time_chart(fig, xs, lang, events, date_basis)


def resumption_counts(
    points: pd.DataFrame, lang: str = "zh", as_of=None, date_basis: str = "asof", home: str = DEFAULT_CITY
) -> go.Figure:
    """Latest 已复工 count per region·sector, beside the sector's size where stated.

    One panel per unit and place: 家 and 个 never share a count axis, and the home city's
    sectors never share one with other places' (districts, counties). In a panel, one
    category per sector (largest first), grouped bars 已复工 / 总数; each bar's text has
    its unit, its hover the day it was reported. as_of limits to figures reported up to
    that day. home: the corpus's city (as for resumption_rates).
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
    latest_rows = (
        rows.sort_values(col, kind="stable").groupby(["metric", "region", "sector"], as_index=False).tail(1)
    ).copy()
    latest_rows["category"] = [
        _place_label(r, s, lang, home) for r, s in zip(latest_rows["region"], latest_rows["sector"])
    ]
    latest_rows["_home"] = latest_rows["region"] == home
    resumed = _home_first(latest_rows[latest_rows["metric"] == "resumed"], "value", ascending=False, home=home)
    # (unit, elsewhere?) panels: a unit's panels side by side on one scale, the city's first;
    # the categories name other places (醴陵市·规模工业企业), the axis its unit.
    units = list(dict.fromkeys(resumed["unit"]))
    panels = sorted(set(zip(resumed["unit"], ~resumed["_home"])), key=lambda p: (units.index(p[0]), p[1]))
    sizes = [int(((resumed["unit"] == u) & (~resumed["_home"] == e)).sum()) for u, e in panels]
    grid = make_subplots(
        rows=1,
        cols=len(panels),
        column_widths=[n / sum(sizes) for n in sizes],
        horizontal_spacing=0.06 if len(panels) > 1 else 0.0,
    )
    grid.update_layout(fig.layout)
    fig = grid
    first_of_unit: dict[str, int] = {}
    for n, (unit, elsewhere) in enumerate(panels, start=1):
        in_panel = latest_rows[(latest_rows["_home"] != elsewhere) & (latest_rows["unit"] == unit)]
        order = list(
            dict.fromkeys(resumed.loc[(~resumed["_home"] == elsewhere) & (resumed["unit"] == unit), "category"])
        )
        rank = {c: i for i, c in enumerate(order)}
        for metric in ("resumed", "sector_total"):
            part = in_panel[(in_panel["metric"] == metric) & in_panel["category"].isin(order)]
            if part.empty:
                continue
            part = part.sort_values("category", key=lambda s: s.map(rank), kind="stable")
            fig.add_trace(
                go.Bar(
                    x=part["category"].tolist(),
                    y=part["value"].tolist(),
                    name=metric_name(metric, lang),
                    legendgroup=metric,
                    showlegend=not any(tr.name == metric_name(metric, lang) for tr in fig.data),
                    marker_color=METRIC_COLORS[metric],
                    customdata=_customdata(part, lang),
                    hovertemplate=HOVER,
                    textposition="outside",
                    cliponaxis=False,
                    text=[
                        format_number(v, u, lang, q) for v, u, q in zip(part["value"], part["unit"], part["qualifier"])
                    ],
                ),
                row=1,
                col=n,
            )
        fig.update_xaxes(type="category", title_text="", categoryorder="array", categoryarray=order, row=1, col=n)
        shared = first_of_unit.setdefault(unit, n)
        fig.update_yaxes(
            title_text=_count_axis_title(unit, lang) if shared == n else "",
            matches=None if shared == n else f"y{'' if shared == 1 else shared}",
            rangemode="tozero",
            gridcolor="#E6E6E6",
            row=1,
            col=n,
        )
    fig.update_layout(barmode="group", bargap=0.25)
    return fit_layout(fig)


def _count_axis_title(unit: str, lang: str) -> str:
    """数量（家）/ Count (firms): a count axis names its one unit."""
    return f"{t('count', lang)} ({labels.unit_name(unit, 'en')})" if lang == "en" else f"{t('count', lang)}（{unit}）"


# ---------------------------------------------------------------- for callers

CHARTS: dict[str, Callable[..., go.Figure]] = {
    "cumulative_cases": cumulative_cases,
    "daily_new_cases": daily_new_cases,
    "observation": observation,
    "resumption_rates": resumption_rates,
    "resumption_counts": resumption_counts,
}
REGIONAL_CHARTS = {"cumulative_cases", "daily_new_cases", "observation"}


def build_chart(
    name: str,
    points: pd.DataFrame,
    region: str = DEFAULT_CITY,
    lang: str = "zh",
    events=None,
    home: str = DEFAULT_CITY,
    **options,
) -> go.Figure:
    """Any chart by name with one call shape (for the export loop and the deck).

    region: the place of the case charts; home: the corpus's city (CorpusData.city), whose
    sectors the resumption charts list first and without the city's name.
    """
    builder = CHARTS[name]
    if name in REGIONAL_CHARTS:
        return builder(points, region=region, lang=lang, events=events, **options)
    if name == "resumption_rates":
        return builder(points, lang=lang, events=events, home=home, **options)
    return builder(points, lang=lang, home=home, **options)


def _spread(days: list[str], k: int) -> list[str]:
    """At most k of the days, evenly spread, first and last kept."""
    if len(days) <= k:
        return days
    step = (len(days) - 1) / (k - 1)
    return [days[round(i * step)] for i in range(k)]


def compare_chart(
    name: str, cities: list[tuple[str, pd.DataFrame]], lang: str = "zh", titles: list[str] | None = None, **options
) -> go.Figure:
    """Small multiples: one case chart for several cities side by side, one panel per city
    (its own points, as that city's paper reported them), one y scale and one calendar for
    all, so heights and timing compare at a glance; one legend. Events stay on the single-
    city charts: a row of labels per panel would crowd them."""
    if name not in REGIONAL_CHARTS:
        raise ValueError(f"{name}: only the case charts ({', '.join(sorted(REGIONAL_CHARTS))}) compare cities")
    panels = [build_chart(name, points, region=city, lang=lang, home=city, **options) for city, points in cities]
    base = _base_figure(
        t("compare_title", lang, chart=labels.chart_title(name, lang)),
        panels[0].layout.yaxis.title.text if panels else "",
        lang,
    )
    # titles: one per panel, told apart (two papers of one city: city · paper)
    grid = make_subplots(
        rows=1,
        cols=max(1, len(panels)),
        shared_yaxes=True,
        shared_xaxes=True,
        horizontal_spacing=0.06,
        subplot_titles=titles or [labels.place_name(city, lang) for city, _ in cities],
    )
    grid.update_layout(base.layout)
    grid.layout.annotations = [a.update(font={"size": 20}) for a in grid.layout.annotations]
    seen: set[str] = set()
    panel_of_trace: list[int] = []  # a click's curve number → its city (app.selections.compare_picks)
    for col, panel in enumerate(panels, start=1):
        for trace in panel.data:
            trace = copy.deepcopy(trace)
            trace.legendgroup = trace.name
            trace.showlegend = trace.name not in seen and trace.showlegend is not False
            seen.add(trace.name)
            grid.add_trace(trace, row=1, col=col)
            panel_of_trace.append(col - 1)
        if panel.layout.yaxis.type == "log":
            grid.update_yaxes(type="log", rangemode="normal", row=1, col=col)
    grid.update_yaxes(title_text="", gridcolor="#E6E6E6", rangemode="tozero")
    grid.update_yaxes(title_text=base.layout.yaxis.title.text, row=1, col=1)
    # one calendar for all panels, its ticks in the page's language (d3 writes English months)
    days = sorted({d for panel in panels for d in figure_meta(panel).get("date_ticks", {}).get("data", ())})
    vals, text = date_ticks(_spread(days, 4), lang)
    grid.update_xaxes(gridcolor="#F0F0F0", matches="x", tickmode="array", tickvals=vals, ticktext=text)
    # the legend above the panels' city names, not across them
    grid.update_layout(barmode="group", bargap=0.3, legend={"y": 1.12}, margin={"t": 170})
    grid.layout.meta = {"lang": lang, "compare": [city for city, _ in cities], "panel_of_trace": panel_of_trace}
    return grid


def config_for_download(name: str, lang: str = "zh", date=None, fmt: str = "png", city: str = DEFAULT_CITY) -> dict:
    """Plotly config for st.plotly_chart(config=...): the camera button writes what the export
    writes, a 1920×1080 PNG (960×540 at 2×) named for the chart.

    filename: <city>_<name>_<YYYY-MM-DD>_<lang> (株洲_confirmed_total_2020-03-14_zh, the
    city's short name); date defaults to today (pass the data's last as-of date for a
    stable name).
    """
    day = iso_day(date) or _date.today().isoformat()
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in str(name))
    return {
        "displaylogo": False,
        "modeBarButtonsToRemove": ["lasso2d", "select2d"],
        "toImageButtonOptions": {
            "format": fmt,
            "filename": f"{labels.file_prefix(city)}_{safe}_{day}_{lang}",
            "width": SLIDE_WIDTH,
            "height": SLIDE_HEIGHT,
            "scale": SLIDE_SCALE,
        },
    }
