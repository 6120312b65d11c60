"""How a chart is laid out at a given size: one layout for the dashboard, the slide PNGs and
the deck (fit_layout). Sizes in CSS px; text widths estimated from the font size (CJK and
full-width characters 1 em, others about 0.55 em), so it runs without a browser."""

from __future__ import annotations

import html
import itertools
import math
import re
from collections.abc import Iterable
from typing import TypeVar

import pandas as pd
import plotly.graph_objects as go

# A slide figure is laid out at 960×540 CSS px and drawn at 2× → a 1920×1080 PNG, by the
# export and by the dashboard's camera button alike (fonts sized for that layout).
SLIDE_WIDTH, SLIDE_HEIGHT, SLIDE_SCALE = 960, 540, 2

# Layout, in CSS px. Builders lay a chart out for the dashboard's usual 960×540 (16:9);
# the slide export lays it out again at its own size and margins (fit_layout).
LAYOUT_WIDTH, LAYOUT_HEIGHT = 960, 540
T = TypeVar("T")
MAX_TICKS = 10  # date tick labels on an axis, at most
DEFAULT_MARGIN = {"l": 80, "r": 80, "t": 100, "b": 80}  # plotly's own, for bare figures
DAY_MS = 86_400_000
TICK_PAD_EM = 0.6  # clear space between two date tick labels, in em
EVENT_FONT_SIZE = 13
EVENT_ROW_PX = 21  # one row of event labels at the top of the plot area
EVENT_TOP_PAD = 3
EVENT_MAX_LEVELS = 4  # rows of event labels before labels may touch
EVENT_MAX_EM = 11  # longer event labels are shortened (full text on hover)
LEGEND_ROW_PX = 28
SOURCE_SIZE, SOURCE_COLOR = 12, "#777777"
AXIS_ROOM_PX = 80  # bottom margin that tick labels + x-axis title need


def thin(values: list[T], max_ticks: int = MAX_TICKS) -> list[T]:
    """At most max_ticks values, spread evenly, first and last always kept."""
    if len(values) <= max_ticks:
        return values
    step = (len(values) - 1) / (max_ticks - 1)
    picked = sorted({round(i * step) for i in range(max_ticks)})
    return [values[i] for i in picked]


def text_px(text: str, size: float) -> float:
    """Rough rendered width: CJK and full-width characters 1 em, others about 0.55 em."""
    text = str(text).replace("<br>", "\n")
    return max(sum(size if ord(c) >= 0x2E80 else 0.55 * size for c in line) for line in text.split("\n"))


def figure_meta(fig: go.Figure) -> dict:
    """The figure's layout.meta as a dict (our layout notes: date ticks, panels)."""
    meta = fig.layout.meta
    return dict(meta) if isinstance(meta, dict) else {}


def _margin(fig: go.Figure) -> dict:
    m = fig.layout.margin
    return {k: (getattr(m, k) if getattr(m, k) is not None else DEFAULT_MARGIN[k]) for k in ("l", "r", "t", "b")}


def _size(fig: go.Figure, width=None, height=None) -> tuple[float, float]:
    return (float(width or fig.layout.width or LAYOUT_WIDTH), float(height or fig.layout.height or LAYOUT_HEIGHT))


def plot_area(fig: go.Figure, width=None, height=None) -> tuple[float, float]:
    """(width, height) in px of the plot area inside the margins at the given figure size."""
    w, h = _size(fig, width, height)
    m = _margin(fig)
    return max(w - m["l"] - m["r"], 50.0), max(h - m["t"] - m["b"], 50.0)


def _ms(value) -> float:
    return pd.Timestamp(value).value / 1e6


def _x_range(fig: go.Figure) -> tuple[float, float] | None:
    """The date axis' range in epoch ms: layout range, else the ticks, else the data;
    None when the x-axis is not a date axis."""
    ax = fig.layout.xaxis
    if ax.type != "date":
        return None
    if ax.range:
        return _ms(ax.range[0]), _ms(ax.range[1])
    days = [_ms(v) for v in (ax.tickvals or ())]
    if not days:
        days = [_ms(x) for tr in fig.data for x in (getattr(tr, "x", None) or ())]
    if not days:
        return None
    lo, hi = min(days), max(days)
    pad = max(DAY_MS, 0.04 * (hi - lo))
    return lo - pad, hi + pad


def _font_size(*fonts) -> float:
    for f in fonts:
        if f is not None and f.size:
            return float(f.size)
    return 12.0


def legend_rows(fig: go.Figure, width=None) -> int:
    """Rows the horizontal legend takes at this width (a close estimate; 0 when hidden)."""
    if fig.layout.showlegend is False:
        return 0
    names = [str(tr.name) for tr in fig.data if tr.name and tr.showlegend is not False]
    if not names or (len(names) < 2 and fig.layout.showlegend is not True):
        return 0
    size = _font_size(fig.layout.legend.font, fig.layout.font)
    avail, _ = plot_area(fig, width)
    items = [50 + text_px(name, size) for name in names]  # symbol + gap + text
    if sum(items) <= avail:
        return 1
    # Once a horizontal legend wraps, plotly aligns its items in columns as wide as the
    # widest item, so count with that width.
    per_row = max(1, int(avail // max(items)))
    return -(-len(items) // per_row)


def tick_spacing(fig: go.Figure, width=None) -> float:
    """Least gap in days between two date tick labels so they do not overprint.

    Proportional to the axis' date span: the widest label plus TICK_PAD_EM, in days at the
    plot width. 0 when the figure has no date ticks.
    """
    ax = fig.layout.xaxis
    span = _x_range(fig)
    texts = list(figure_meta(fig).get("date_ticks", {}).get("text", ())) or list(ax.ticktext or ())
    if ax.type != "date" or span is None or not texts:
        return 0.0
    size = _font_size(ax.tickfont, fig.layout.font)
    plot_w, _ = plot_area(fig, width)
    widest = max(text_px(tx, size) for tx in texts)
    return (span[1] - span[0]) / DAY_MS * (widest + TICK_PAD_EM * size) / plot_w


def declutter(days: list[float], gap: float, first_pass: Iterable[int] = ()) -> list[int]:
    """Indices of days (sorted) to keep: first and last always, then each of first_pass and
    then the rest, in order, when it is at least gap from every day kept so far."""
    n = len(days)
    if n <= 2:
        return list(range(n))
    kept = [0, n - 1]
    first_pass = [i for i in first_pass if 0 < i < n - 1]
    order = first_pass + [i for i in range(1, n - 1) if i not in set(first_pass)]
    for i in order:
        if all(abs(days[i] - days[k]) >= gap for k in kept):
            kept.append(i)
    return sorted(kept)


def _fit_date_ticks(fig: go.Figure, width) -> None:
    """Tick the reported days (and the events' days) that fit: no two labels closer than
    tick_spacing(); first and last always kept; reported days before events' days."""
    ax = fig.layout.xaxis
    meta = figure_meta(fig)
    cand = meta.get("date_ticks")
    if ax.type != "date" or not cand:
        return
    vals, texts = list(cand["vals"]), list(cand["text"])
    data = set(cand.get("data", vals))
    if not vals:
        return
    gap = tick_spacing(fig, width) * DAY_MS
    days = [_ms(v) for v in vals]
    keep = declutter(days, gap, [i for i, v in enumerate(vals) if v in data])
    keep = thin(keep)
    fig.update_xaxes(tickmode="array", tickvals=[vals[i] for i in keep], ticktext=[texts[i] for i in keep])


def _event_annotations(fig: go.Figure) -> list:
    return [
        a
        for a in fig.layout.annotations
        if str(a.name or "").startswith("event:") and a.xref == "x" and a.x is not None
    ]


def _place_event_labels(fig: go.Figure, width) -> list[tuple[tuple[float, float], int]]:
    """Row and side of every event label; returns [((left px, right px), row)].

    A label goes right of its line, or left of it when it would run past the plot's right
    edge; rows at the top of the plot area are filled from the top so labels of nearby
    events never overprint (a staircase for events days apart).
    """
    anns = _event_annotations(fig)
    span = _x_range(fig)
    if not anns or span is None or span[1] <= span[0]:
        return []
    plot_w, _ = plot_area(fig, width)
    lo, hi = span
    rows: list[list[tuple[float, float]]] = [[] for _ in range(EVENT_MAX_LEVELS)]
    placed = []

    def overlap(iv, row) -> float:
        return sum(max(0.0, min(iv[1], o[1]) - max(iv[0], o[0]) + 4) for o in rows[row])

    for ann in sorted(anns, key=lambda a: _ms(a.x)):
        x = (_ms(ann.x) - lo) / (hi - lo) * plot_w
        w = text_px(ann.text or "", _font_size(ann.font, fig.layout.font)) + 6
        spans = {"left": (x + 3, x + 3 + w), "right": (x - 3 - w, x - 3)}
        fits = {"left": spans["left"][1] <= plot_w, "right": spans["right"][0] >= 0}
        sides = [s for s in ("left", "right") if fits[s]] or (["right"] if x > plot_w / 2 else ["left"])
        choice = next(
            ((row, side) for row in range(EVENT_MAX_LEVELS) for side in sides if overlap(spans[side], row) == 0), None
        )
        if choice is None:  # crowded: the row where it touches least
            choice = min(
                ((row, side) for row in range(EVENT_MAX_LEVELS) for side in sides),
                key=lambda c: (overlap(spans[c[1]], c[0]), c[0]),
            )
        row, side = choice
        iv = spans[side]
        rows[row].append(iv)
        placed.append((iv, row))
        ann.update(
            y=1,
            yref="paper",
            yanchor="top",
            xanchor=side,
            xshift=3 if side == "left" else -3,
            yshift=-(EVENT_TOP_PAD + row * EVENT_ROW_PX),
        )
    return placed


def _trace_points(fig: go.Figure, log: bool):
    """Per trace: (x ms, y on the axis' scale, joined by lines?, clearance px above)."""
    out = []
    for tr in fig.data:
        if tr.type not in ("scatter", "bar") or tr.visible is False or tr.x is None or tr.y is None:
            continue
        n = len(tr.x)
        shifts = [0.0] * n
        if tr.type == "bar" and tr.offset is not None and tr.width is not None:
            offs = list(tr.offset) if isinstance(tr.offset, (list, tuple)) else [tr.offset] * n
            wids = list(tr.width) if isinstance(tr.width, (list, tuple)) else [tr.width] * n
            shifts = [float(o) + float(w) / 2 for o, w in zip(offs, wids)]
        pts = []
        for x, y, shift in zip(tr.x, tr.y, shifts):
            if y is None or (isinstance(y, float) and math.isnan(y)) or (log and y <= 0):
                continue
            try:
                pts.append((_ms(x) + shift, math.log10(y) if log else float(y)))
            except (ValueError, TypeError):
                continue
        lines = tr.type == "scatter" and "lines" in (tr.mode or "lines")
        clear = 28 if tr.type == "bar" and tr.text is not None and tr.textposition in ("outside", "auto", None) else 10
        out.append((sorted(pts), lines, clear))
    return out


def _fit_headroom(fig: go.Figure, placed, width, height) -> None:
    """Raise the y-axis top just enough that no marker, bar (with its text) or line runs
    under an event label: labels sit above the traces, never on a clickable point."""
    ax = fig.layout.yaxis
    meta = figure_meta(fig)
    if "y_base" not in meta:
        meta["y_base"] = list(ax.range) if ax.range else None
        fig.layout.meta = meta
    base = meta["y_base"]
    percent = ax.ticksuffix == "%"
    # Back to the builder's own axis first, so laying out again starts afresh.
    ax.range, ax.autorange = base, None
    if percent and base:
        ax.tickmode, ax.tickvals = None, None
    span = _x_range(fig)
    if not placed or ax.visible is False or span is None:
        return
    log = ax.type == "log"
    traces = _trace_points(fig, log)
    values = [y for pts, _, _ in traces for _, y in pts]
    if not values:
        return
    plot_w, plot_h = plot_area(fig, width, height)
    x_lo, x_hi = span
    lo = base[0] if base else (min(values) - 0.1 * ((max(values) - min(values)) or 1) if log else min(0.0, min(values)))
    clear_max = max(c for _, _, c in traces)
    top_all = base[1] if base else lo + (max(values) - lo) * plot_h / (plot_h - clear_max)
    need = top_all
    for (a_px, b_px), row in placed:
        band = EVENT_TOP_PAD + (row + 1) * EVENT_ROW_PX
        a = x_lo + (a_px - 8) / plot_w * (x_hi - x_lo)
        b = x_lo + (b_px + 8) / plot_w * (x_hi - x_lo)
        for pts, lines, clear in traces:
            ys = [y for x, y in pts if a <= x <= b]
            if lines:  # a line passing under the label between two points
                for (x0, y0), (x1, y1) in itertools.pairwise(pts):
                    for edge in (a, b):
                        if x0 < edge < x1:
                            ys.append(y0 + (y1 - y0) * (edge - x0) / (x1 - x0))
            share = (plot_h - band - clear) / plot_h
            if ys and share > 0.2:
                need = max(need, lo + (max(ys) - lo) / share)
    if need > top_all + 1e-9 * max(1.0, abs(top_all)):
        fig.update_yaxes(range=[lo, need], autorange=False)
        if percent and base:  # headroom above 100 % carries no tick
            fig.update_yaxes(tickmode="array", tickvals=list(range(0, int(base[1]) + 1, 20)))


def _wrap_category(label: str, slot_px: float, size: float) -> str:
    """'醴陵市·规模工业企业' → '醴陵市<br>规模工业企业' (place over sector); a part wider than
    its category's slot is broken further, so category labels stay horizontal."""
    parts = [p.strip() for p in str(label).split("·") if p.strip()] or [str(label)]
    room = max(slot_px - 0.5 * size, 3 * size)
    lines = []
    for part in parts:
        # English breaks between words, Chinese between characters
        pieces = re.findall(r"\S+\s*", part) if " " in part else list(part)
        line = ""
        for piece in pieces:
            if line and text_px((line + piece).rstrip(), size) > room:
                lines.append(line.rstrip())
                line = ""
            line += piece
        lines.append(line.rstrip())
    return "<br>".join(lines)


def _fit_categories(fig: go.Figure, width) -> None:
    """Every category axis (one per panel) wraps its labels to its own slot width."""
    plot_w, _ = plot_area(fig, width)
    for name in [k for k in fig.layout.to_plotly_json() if k.startswith("xaxis")]:
        ax = fig.layout[name]
        if ax.type != "category" or not ax.categoryarray:
            continue
        cats = list(ax.categoryarray)
        share = (ax.domain[1] - ax.domain[0]) if ax.domain else 1.0
        size = _font_size(ax.tickfont, fig.layout.font)
        ax.update(
            tickmode="array",
            tickvals=cats,
            tickangle=0,
            ticktext=[_wrap_category(c, plot_w * share / len(cats), size) for c in cats],
        )


def fit_layout(fig: go.Figure, width=None, height=None, margin: dict | None = None) -> go.Figure:
    """Lay a chart out for width × height CSS px (default: the figure's own size, else the
    dashboard's 960 × 540). The one place both the dashboard and the slide export use:

    - top margin grows by a row per extra legend row (a wrapped legend stays under the title)
    - date ticks: no two labels closer than tick_spacing(); first and last always kept
    - event labels: rows at the top of the plot area, left of their line near the right edge
    - y-axis headroom so no data marker lies under an event label
    - category labels wrapped to stay horizontal

    margin replaces the builder's margins (e.g. a slide's). Safe to call again: everything
    is recomputed from what the builder drew. Returns fig.
    """
    meta = figure_meta(fig)
    if margin:
        fig.update_layout(margin=margin)
        meta.pop("margin_t", None)
    base_t = meta.setdefault("margin_t", _margin(fig)["t"])
    fig.layout.meta = meta
    rows = legend_rows(fig, width)
    top = base_t + LEGEND_ROW_PX * max(0, rows - 1)
    if top != _margin(fig)["t"]:
        fig.update_layout(margin={"t": top})
    _fit_date_ticks(fig, width)
    placed = _place_event_labels(fig, width)
    _fit_headroom(fig, placed, width, height)
    _fit_categories(fig, width)
    return fig


def add_source(fig: go.Figure, text: str, size: float = SOURCE_SIZE, color: str = SOURCE_COLOR) -> go.Figure:
    """The source line (数据来源：株洲日报，…) at the bottom left, under the x-axis title and
    aligned with the chart title; once per figure (a second call replaces the first).

    Used by the dashboard (so a downloaded PNG carries it onto a slide) and the slide
    export. The text is HTML-escaped. Grows the bottom margin when it has no room for it.
    """
    if not text:
        return fig
    fig.layout.annotations = [a for a in fig.layout.annotations if a.name != "source"]
    m = _margin(fig)
    bottom = max(int(m["b"]), AXIS_ROOM_PX + round(size) + 20)
    width, _ = _size(fig)
    fig.update_layout(margin={"b": bottom})
    fig.add_annotation(
        name="source",
        text=html.escape(text),
        showarrow=False,
        xref="paper",
        x=0,
        xanchor="left",
        xshift=-(m["l"] - round(0.02 * width)),
        yref="paper",
        y=0,
        yanchor="bottom",
        yshift=-(bottom - 10),
        font={"size": size, "color": color},
    )
    return fit_layout(fig)  # the plot area changed height: headroom again
