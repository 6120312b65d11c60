"""Charts → slide-ready images (PNG 1920×1080, SVG, PDF) through one kaleido server.

    paths = export_charts(load_corpus("seeds"), Path("out/charts"), formats=("png", "svg"))
    paths.skipped          # [(chart, reason)] for charts with no data (nothing written)
    blob = charts_zip(data)  # every chart PNG in one ZIP, for a dashboard download

Every exported figure carries its title, the as-of date of its data (截至3月14日) and the
corpus source line (数据来源：株洲日报，2020年1月31日—3月15日), laid out at 960×540 CSS px
(16:9) with margins for a projector; PNGs are rendered at scale 2 → 1920×1080.

Rendering needs Chrome/Chromium, through the process's one kaleido server (briefing/chromium.py).
Without a browser, render_image raises ExportUnavailable, whose message points to the chart's
own download button (camera icon) in the dashboard, which renders in the user's browser and
always works.
"""

from __future__ import annotations

import io
import logging
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from store.atomic import write_bytes_atomic

from . import chart_layout, charts, fontconfig, labels
from .chromium import RENDERER
from .labels import asof_label
from .timeline import Timeline, timeline_of

log = logging.getLogger(__name__)

FORMATS = ("png", "svg", "pdf")
WIDTH, HEIGHT, SCALE = chart_layout.SLIDE_WIDTH, chart_layout.SLIDE_HEIGHT, chart_layout.SLIDE_SCALE  # PNG 1920×1080

# Slide layout in CSS px at 960×540 (doubled in the PNG). The builders' margins are for the
# dashboard; on a slide the top also holds the as-of date and the bottom the source line.
MARGIN = {"l": 90, "r": 50, "t": 150, "b": 125}
TITLE_SIZE, SUBTITLE_SIZE, SOURCE_SIZE = 30, 20, 15
LEGEND_SIZE = 17
SOURCE_COLOR = "#666666"


def render_image(
    fig: go.Figure, fmt: str = "png", width: int = WIDTH, height: int = HEIGHT, scale: float = SCALE
) -> bytes:
    """fig → PNG/SVG/PDF bytes via the process's one kaleido server (started on first use).

    The figure is copied and its font family set to fontconfig.FONT_FAMILY (the bundled Noto Sans
    SC first), so Chinese never falls back to boxes. Raises ExportUnavailable without Chrome.
    """
    fmt = fmt.lower()
    if fmt not in (*FORMATS, "jpeg", "jpg", "webp"):
        raise ValueError(f"unsupported format {fmt!r}; use one of {FORMATS}")
    # A plain dict copy: the caller's figure is left alone and nothing is re-validated.
    spec = fig.to_dict() if isinstance(fig, go.Figure) else go.Figure(fig).to_dict()
    spec.setdefault("layout", {}).setdefault("font", {})["family"] = fontconfig.FONT_FAMILY
    opts = {"format": "jpeg" if fmt == "jpg" else fmt, "width": int(width), "height": int(height), "scale": scale}
    return RENDERER.render(spec, opts)


# ---------------------------------------------------------------- figures for slides


def figure_asof(fig: go.Figure, points: pd.DataFrame) -> pd.Timestamp | None:
    """Latest as-of date among the points a figure plots (customdata[0] is the point_id)."""
    ids = {
        str(row[0])
        for tr in fig.data
        if getattr(tr, "customdata", None) is not None
        for row in tr.customdata
        if len(row)
    }
    if not ids:
        return None
    dates = points.loc[points["point_id"].isin(ids), "date"].dropna()
    return None if dates.empty else pd.Timestamp(dates.max())


def slide_figure(fig: go.Figure, asof, source: str, lang: str = "zh") -> go.Figure:
    """A copy of a builder's figure laid out for a 16:9 slide: title, as-of date, source.

    Only the slide's own look is set here (size, margins, title with the as-of date, type
    sizes); ticks, event labels, headroom, legend room and category wrapping are laid out
    by chart_layout.fit_layout at the slide's size, exactly as for the dashboard, and the source
    line is chart_layout.add_source, the dashboard's own.
    """
    fig = go.Figure(fig)
    title = fig.layout.title.text or ""
    fig.update_layout(
        width=WIDTH,
        height=HEIGHT,
        font_family=fontconfig.FONT_FAMILY,
        paper_bgcolor="white",
        plot_bgcolor="white",
        title={
            "text": title,
            "x": 0.02,
            "xanchor": "left",
            "xref": "container",
            "y": 0.965,
            "yanchor": "top",
            "yref": "container",
            "font": {"size": TITLE_SIZE, "color": "#222222"},
            "subtitle": {"text": asof_label(asof, lang), "font": {"size": SUBTITLE_SIZE, "color": "#555555"}},
        },
        legend={
            "orientation": "h",
            "y": 1.02,
            "yanchor": "bottom",
            "x": 0,
            "xanchor": "left",
            "font": {"size": LEGEND_SIZE},
        },
    )
    chart_layout.fit_layout(fig, WIDTH, HEIGHT, margin=MARGIN)
    # Bottom left, aligned with the title, below the axis title (MARGIN["b"] has room).
    return chart_layout.add_source(fig, source, size=SOURCE_SIZE, color=SOURCE_COLOR)


@dataclass
class ChartExport:
    name: str
    figure: go.Figure  # slide layout, ready for render_image
    asof: pd.Timestamp
    title: str

    @property
    def stem(self) -> str:
        return f"{self.name}_{self.asof:%Y-%m-%d}"


class ExportResult(list):
    """list[Path] of written files, plus .skipped = [(chart, reason)] for charts left out."""

    def __init__(self, paths=(), skipped=()):
        super().__init__(paths)
        self.skipped: list[tuple[str, str]] = list(skipped)


def slide_charts(
    data, lang: str = "zh", region: str | None = None, timeline: Timeline | None = None
) -> tuple[list[ChartExport], list[tuple[str, str]]]:
    """Every chart with data, laid out for a slide, and [(chart, reason)] for the rest.

    timeline: the corpus's Timeline when the caller has it already (the dashboard), else
    built here. The resumption charts treat data.city as the home city.
    """
    region = region or data.city
    tl = timeline if timeline is not None else timeline_of(data)
    source = labels.source_line(data.meta.paper, data.published_span(), lang)
    ready, skipped = [], []
    for name in charts.CHARTS:
        fig = charts.build_chart(name, tl.points, region=region, lang=lang, events=tl.events, home=data.city)
        asof = figure_asof(fig, tl.points)
        if not fig.data or asof is None:
            reason = "无数据" if lang == "zh" else "no data"
            skipped.append((name, reason))
            log.warning("chart %s skipped: no data for %s", name, region)
            continue
        title = fig.layout.title.text or name
        ready.append(ChartExport(name, slide_figure(fig, asof, source, lang), asof, title))
    return ready, skipped


def export_charts(data, out_dir: Path, formats=("png",), lang: str = "zh", region: str | None = None) -> ExportResult:
    """Write every chart that has data as <chart>_<asof-date>.<fmt> into out_dir.

    formats: any of png (1920×1080), svg, pdf (one 16:9 page). Charts without data are
    not written; they are logged and listed in the result's .skipped.
    """
    formats = tuple(dict.fromkeys(f.lower() for f in ([formats] if isinstance(formats, str) else formats)))
    bad = [f for f in formats if f not in FORMATS]
    if bad:
        raise ValueError(f"unsupported format(s) {bad}; use {FORMATS}")
    out_dir = Path(out_dir)
    ready, skipped = slide_charts(data, lang, region)
    if ready:
        out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for chart in ready:
        for fmt in formats:
            path = out_dir / f"{chart.stem}.{fmt}"
            write_bytes_atomic(path, render_image(chart.figure, fmt))
            paths.append(path)
    return ExportResult(paths, skipped)


def chart_pngs(
    data, lang: str = "zh", region: str | None = None, timeline: Timeline | None = None
) -> list[tuple[ChartExport, bytes]]:
    """(chart, PNG bytes) for every chart with data — for the ZIP and the deck."""
    ready, _ = slide_charts(data, lang, region, timeline)
    return [(c, render_image(c.figure, "png")) for c in ready]


def charts_zip(data, lang: str = "zh", region: str | None = None, timeline: Timeline | None = None) -> bytes:
    """A ZIP of every chart's PNG (<chart>_<asof-date>.png) for a one-click download.

    timeline: pass the corpus's Timeline if already built (else it is built here)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as zf:  # PNGs are compressed
        for chart, png in chart_pngs(data, lang, region, timeline):
            zf.writestr(f"{chart.stem}.png", png)
    return buf.getvalue()


def time_exports(data, formats=FORMATS, rounds: int = 3, lang: str = "zh") -> dict[str, float]:
    """Seconds per image: 'first' (incl. server start if cold) and warm mean per format."""
    ready, _ = slide_charts(data, lang)
    if not ready:
        return {}
    out = {}
    t0 = time.perf_counter()
    render_image(ready[0].figure, "png")
    out["first"] = time.perf_counter() - t0
    for fmt in formats:
        t0 = time.perf_counter()
        n = 0
        for _ in range(rounds):
            for chart in ready:
                render_image(chart.figure, fmt)
                n += 1
        out[fmt] = (time.perf_counter() - t0) / n
    print("seconds per image: " + ", ".join(f"{k} {v:.3f}" for k, v in out.items()))
    return out
