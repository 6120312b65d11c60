"""Charts → slide-ready images (PNG 1920×1080, SVG, PDF) through one kaleido server.

    paths = export_charts(load_corpus("seeds"), Path("out/charts"), formats=("png", "svg"))
    paths.skipped          # [(chart, reason)] for charts with no data (nothing written)
    blob = charts_zip(data)  # every chart PNG in one ZIP, for a dashboard download

Every exported figure carries its title, the as-of date of its data (截至3月14日) and the
corpus source line (数据来源：株洲日报，2020年1月31日—3月15日), laid out at 960×540 CSS px
(16:9) with margins for a projector; PNGs are rendered at scale 2 → 1920×1080.

Rendering needs Chrome/Chromium (kaleido ≥ 1 drives it). One persistent kaleido server per
process is started lazily on the first render, after briefing.fonts.ensure_cjk_font() so
Chromium sees the bundled Chinese font, and stopped at exit. Without a browser,
render_image raises ExportUnavailable, whose message points to the chart's own download
button (camera icon) in the dashboard, which renders in the user's browser and always works.
"""

from __future__ import annotations

import atexit
import io
import logging
import os
import threading
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from store.atomic import write_bytes_atomic

from . import charts, fonts, labels
from .labels import format_date
from .timeline import Timeline, build_timeline

log = logging.getLogger(__name__)

FORMATS = ("png", "svg", "pdf")
WIDTH, HEIGHT, SCALE = charts.SLIDE_WIDTH, charts.SLIDE_HEIGHT, charts.SLIDE_SCALE  # PNG 1920×1080
RENDER_TIMEOUT = 180.0  # s; kaleido's own per-figure timeout is 90 s

# Slide layout in CSS px at 960×540 (doubled in the PNG). The builders' margins are for the
# dashboard; on a slide the top also holds the as-of date and the bottom the source line.
MARGIN = {"l": 90, "r": 50, "t": 150, "b": 125}
TITLE_SIZE, SUBTITLE_SIZE, SOURCE_SIZE = 30, 20, 15
LEGEND_SIZE = 17
SOURCE_COLOR = "#666666"


class ExportUnavailable(RuntimeError):
    """No Chrome/Chromium to render images with (or it failed to start / answer)."""

    def __init__(self, detail: str = ""):
        self.detail = detail
        msg = (
            "无法导出图片：未找到可用的 Chrome/Chromium 浏览器（kaleido 需要它来生成 PNG/SVG/PDF）。"
            "请在仪表盘中使用图表右上角的相机图标（“下载图片”）按钮，它在您的浏览器里生成图片，始终可用；"
            "或安装 Chromium（Debian/Ubuntu：apt-get install chromium）或设置 BROWSER_PATH。\n"
            "Cannot export images: no working Chrome/Chromium browser was found (kaleido needs one "
            'to render PNG/SVG/PDF). Use the camera icon ("Download plot as a png") at the top '
            "right of each chart in the dashboard, which renders in your own browser and always "
            "works; or install Chromium (Debian/Ubuntu: apt-get install chromium) or set "
            "BROWSER_PATH."
        )
        super().__init__(msg + (f"\n({detail})" if detail else ""))

    def one_line(self) -> str:
        """For a command line: one line, Chinese first."""
        why = f" ({self.detail})" if self.detail else ""
        return (
            "无法导出：没有可用的 Chromium（apt-get install chromium，或设置 BROWSER_PATH） / "
            f"cannot export: no working Chromium (apt-get install chromium, or set BROWSER_PATH){why}"
        )


def chrome_path() -> str | None:
    """The Chrome/Chromium kaleido would use (BROWSER_PATH, PATH, usual places), or None."""
    try:
        from choreographer.browsers.chromium import Chromium

        path = Chromium.find_browser(skip_local=False)
    except Exception:
        return None
    return path if path and os.path.isfile(path) and os.access(path, os.X_OK) else None


def chrome_available() -> bool:
    return chrome_path() is not None


# ---------------------------------------------------------------- the kaleido server

_LOCK = threading.RLock()  # one render at a time: kaleido's sync server is not re-entrant
_started = False
_atexit_registered = False


def _stop_server() -> None:
    global _started
    import kaleido

    with _LOCK:
        if _started:
            kaleido.stop_sync_server(silence_warnings=True)
            _started = False


def _ensure_server() -> None:
    """Start the per-process kaleido server once (font first); ExportUnavailable without Chrome."""
    global _started, _atexit_registered
    if _started and _server_alive():
        return
    if not chrome_available():
        raise ExportUnavailable()
    import kaleido

    fonts.ensure_cjk_font()  # Chromium reads FONTCONFIG_FILE only when it starts
    _quiet_browser_failures()
    kaleido.start_sync_server(mathjax=False, silence_warnings=True)
    _started = True
    if not _atexit_registered:
        atexit.register(_stop_server)
        _atexit_registered = True


_BROWSER_FAILURES = ("ChromeNotFoundError", "BrowserFailedError", "BrowserClosedError")


def warm_up(delay: float = 0.0) -> threading.Thread | None:
    """Start the kaleido server in a background thread (once per process), so the first
    deck or ZIP a user asks for does not wait for Chromium to start. delay: seconds to wait
    first (the dashboard lets the browser draw the page before a Chromium competes with it
    for the cores). None without Chrome."""
    global _warming
    if _warming is not None or not chrome_available():
        return _warming

    def start():
        time.sleep(delay)
        try:
            with _LOCK:
                _ensure_server()
        except ExportUnavailable as exc:  # said again, in one line, when an export is asked for
            log.info("export server not started: %s", exc.one_line())

    _warming = threading.Thread(target=start, name="kaleido-warm-up", daemon=True)
    _warming.start()
    return _warming


_warming: threading.Thread | None = None


def _quiet_browser_failures() -> None:
    """A browser that fails to start kills kaleido's server thread with a traceback on stderr;
    the caller already reports it in one line (ExportUnavailable), so log it instead."""
    # choreographer logs its watchdog closing a failed browser as a warning: same story
    logging.getLogger("choreographer").setLevel(logging.ERROR)
    if getattr(threading.excepthook, "_zz_quiet", False):
        return
    previous = threading.excepthook

    def hook(args):
        if args.exc_type is not None and args.exc_type.__name__ in _BROWSER_FAILURES:
            logging.getLogger(__name__).debug("kaleido server thread: %s", args.exc_value)
            return
        previous(args)

    hook._zz_quiet = True  # type: ignore[attr-defined]
    threading.excepthook = hook


def _server_alive() -> bool:
    import kaleido

    server = getattr(kaleido, "_global_server", None)
    return server is None or server.is_running()


def _server_thread():
    # kaleido keeps its server in a private singleton; used only to notice a dead browser.
    import kaleido

    return getattr(getattr(kaleido, "_global_server", None), "_thread", None)


def _calc(fig: dict, opts: dict) -> bytes:
    """kaleido.calc_fig_sync, but a browser that dies or hangs raises instead of blocking."""
    import kaleido

    box: dict = {}

    def work():
        try:
            box["out"] = kaleido.calc_fig_sync(fig, opts=opts)
        except BaseException as exc:
            box["err"] = exc

    worker = threading.Thread(target=work, name="kaleido-call", daemon=True)
    worker.start()
    server = _server_thread()
    deadline = time.monotonic() + RENDER_TIMEOUT
    while worker.is_alive():
        worker.join(0.1)
        if not worker.is_alive():
            break
        if server is not None and not server.is_alive():
            # The browser failed to start or died: reset, so a later call starts afresh
            # (the helper thread stays blocked on the dead server's queue; it is a daemon).
            _stop_server()
            raise ExportUnavailable("Chromium failed to start or stopped (kaleido server died)")
        if time.monotonic() > deadline:
            raise ExportUnavailable(f"no image from Chromium within {RENDER_TIMEOUT:.0f} s")
    if "err" in box:
        err = box["err"]
        if type(err).__name__ in _BROWSER_FAILURES:
            _stop_server()
            raise ExportUnavailable(f"{type(err).__name__}: {err}") from err
        raise err
    return box["out"]


def render_image(
    fig: go.Figure, fmt: str = "png", width: int = WIDTH, height: int = HEIGHT, scale: float = SCALE
) -> bytes:
    """fig → PNG/SVG/PDF bytes via the process's one kaleido server (started on first use).

    The figure is copied and its font family set to fonts.FONT_FAMILY (the bundled Noto Sans
    SC first), so Chinese never falls back to boxes. Raises ExportUnavailable without Chrome.
    """
    fmt = fmt.lower()
    if fmt not in (*FORMATS, "jpeg", "jpg", "webp"):
        raise ValueError(f"unsupported format {fmt!r}; use one of {FORMATS}")
    # A plain dict copy: the caller's figure is left alone and nothing is re-validated.
    spec = fig.to_dict() if isinstance(fig, go.Figure) else go.Figure(fig).to_dict()
    spec.setdefault("layout", {}).setdefault("font", {})["family"] = fonts.FONT_FAMILY
    opts = {"format": "jpeg" if fmt == "jpg" else fmt, "width": int(width), "height": int(height), "scale": scale}
    with _LOCK:
        _ensure_server()
        return _calc(spec, opts)


# ---------------------------------------------------------------- figures for slides


def asof_label(day, lang: str = "zh") -> str:
    """2020-03-14 → '截至3月14日' / 'As of Mar 14'."""
    text = format_date(day, lang)
    if not text:
        return ""
    return f"As of {text}" if lang == "en" else f"截至{text}"


def timeline_of(data) -> Timeline:
    return build_timeline(data.records, data.published_by_doc())


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
    by charts.fit_layout at the slide's size, exactly as for the dashboard, and the source
    line is charts.add_source, the dashboard's own.
    """
    fig = go.Figure(fig)
    title = fig.layout.title.text or ""
    fig.update_layout(
        width=WIDTH,
        height=HEIGHT,
        font_family=fonts.FONT_FAMILY,
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
    charts.fit_layout(fig, WIDTH, HEIGHT, margin=MARGIN)
    # Bottom left, aligned with the title, below the axis title (MARGIN["b"] has room).
    return charts.add_source(fig, source, size=SOURCE_SIZE, color=SOURCE_COLOR)


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
        fig = charts.build_chart(name, tl.points, region=region, lang=lang, events=data.events, home=data.city)
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
