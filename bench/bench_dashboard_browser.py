"""The dashboard against a minimal Streamlit + Plotly app, side by side in one headless Chromium.

    .venv/bin/python bench/bench_dashboard_browser.py [--rounds 3] [--json PATH]

Each round starts a fresh server for each app in turn (minimal, dashboard, minimal, dashboard, …:
interleaved, so a noisy machine slows both alike) and measures, in the same Chromium:
  * first chart: page.goto → the first `.js-plotly-plot .main-svg` drawn, on a first visit
    (new browser context; for the dashboard this includes extracting the seeds, cached in the
    server process afterwards) and on a second visit (a new page in the same context);
  * then, on the dashboard's second visit, through its pages: a click on a point of the first
    chart → the evidence quote (`.zz-evidence mark`) under it; the sidebar link to Data &
    sources → its table; a click on the table's first row → the evidence under the table; the
    link to Briefing → its build button; building the deck ("生成简报（PPTX）") → its download
    button (kaleido starts a Chromium in the server for the first build); the language switch
    zh → en → the English title; a second deck build, in English (kaleido running); the link
    back to Timeline → its first chart.
Also the websocket messages each step produced (Streamlit ForwardMsg, parsed), to tell where the
time goes: page load until the websocket opens, the script run on the server (new_session →
script_finished), the browser drawing.

Prints medians and minima, the ratio dashboard / minimal for the first chart, and PASS/FAIL
against the targets (first chart within 1.3× of the minimal app, click to evidence < 1 s, page
move and language switch ≤ 1 s, deck ≤ 3 s warm). Exits 0 whatever the figures (a benchmark, not a test); 1 when an app cannot start or
Chromium / playwright is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The servers are started, checked and stopped as the browser tests do it.
from tests.streamlit_server import ServerFailed, start, stop  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
VIEWPORT = {"width": 1600, "height": 1000}
FIRST_CHART = ".js-plotly-plot .main-svg"
TRACES_DRAWN = ".js-plotly-plot .scatterlayer .trace, .js-plotly-plot .barlayer .trace"
N_CHARTS = 5  # the dashboard on the seeds, city view
EN_TITLE = "Zhuzhou COVID-19 timeline"
BRIEFING_EN = "Briefing"  # the Briefing page's title in English
TARGET_RATIO = 1.3
TARGET_EVIDENCE_S = 1.0
TARGET_DECK_S = 3.0
TARGET_PAGE_S = 1.0  # a page move → the page's first element; the language switch

# How each app is started: the minimal app as a bare `streamlit run`; the dashboard as users
# start it (`bash dev.sh app` → app/pages/serve.py, which loads its modules and opening corpus
# before the server listens); with --cold also as a bare `streamlit run dashboard.py`.
APPS = {"minimal": ["-m", "streamlit", "run", "bench/minimal_app.py"], "dashboard": ["-m", "app.pages.serve"]}
COLD = {"dashboard_cold": ["-m", "streamlit", "run", "dashboard.py"]}

# In every page, before its scripts: page-clock times (ms since navigation) of the first Plotly
# container / drawn chart, and the long tasks (main thread busy > 50 ms).
PAGE_PROBE = """
window.__zzLong = [];
try {
    new PerformanceObserver(list => { for (const e of list.getEntries())
        window.__zzLong.push([e.startTime, e.duration]); }).observe({type: 'longtask', buffered: true});
} catch (e) {}
window.__zzMarks = {};
new MutationObserver(() => {
    const m = window.__zzMarks, now = performance.now();
    if (m.container === undefined && document.querySelector('[data-testid="stPlotlyChart"]')) m.container = now;
    if (m.svg === undefined && document.querySelector('.js-plotly-plot .main-svg')) m.svg = now;
}).observe(document, {subtree: true, childList: true});
"""
PAGE_FIGURES = """() => {
    const m = window.__zzMarks || {}, svg = m.svg ?? performance.now();
    const res = name => performance.getEntriesByType('resource').find(r => r.name.includes(name));
    const chunk = res('/PlotlyChart.'), font = res('NotoSansSC');
    const long = (window.__zzLong || []).filter(([t]) => t < svg);
    return {
        plotly_js_loaded: chunk ? chunk.responseEnd / 1000 : null,
        chart_container: m.container !== undefined ? m.container / 1000 : null,
        chart_svg_page_clock: m.svg !== undefined ? m.svg / 1000 : null,
        long_tasks_before_chart: long.reduce((a, [, d]) => a + d, 0) / 1000,
        longest_task_before_chart: long.reduce((a, [, d]) => Math.max(a, d), 0) / 1000,
        font_loaded: font ? font.responseEnd / 1000 : null,
        font_bytes: font ? font.transferSize : null,
    };
}"""


# ---------------------------------------------------------------- websocket trace


class WsTrace:
    """Arrival times (time.monotonic, in this process) of the Streamlit websocket's messages
    to one page, by ForwardMsg type; the plotly deltas are told apart."""

    def __init__(self, page):
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        self._parse = ForwardMsg.FromString
        self.opened: float | None = None
        self.events: list[tuple[float, str, int]] = []  # (t, kind, bytes)
        self.sent: list[float] = []
        page.on("websocket", self._on_ws)

    def _on_ws(self, ws) -> None:
        if "_stcore/stream" not in ws.url:
            return
        self.opened = time.monotonic()
        ws.on("framereceived", self._on_frame)
        ws.on("framesent", lambda _payload: self.sent.append(time.monotonic()))

    def _on_frame(self, payload) -> None:
        t = time.monotonic()
        if isinstance(payload, str):
            self.events.append((t, "text", len(payload)))
            return
        try:
            msg = self._parse(payload)
        except Exception:
            self.events.append((t, "?", len(payload)))
            return
        kind = msg.WhichOneof("type") or "?"
        if (
            kind == "delta"
            and msg.delta.WhichOneof("type") == "new_element"
            and msg.delta.new_element.WhichOneof("type") == "plotly_chart"
        ):
            kind = "plotly_delta"
        self.events.append((t, kind, len(payload)))

    def first(self, kind: str, after: float) -> float | None:
        for t, k, _ in self.events:
            if t >= after and (k == kind or (kind == "delta" and k == "plotly_delta")):
                return t
        return None

    def bytes_between(self, after: float, before: float) -> int:
        return sum(n for t, _, n in self.events if after <= t <= before)

    def wait_finished(self, page, after: float, timeout: float = 120) -> float | None:
        """Pump Playwright until a script_finished arrives after `after`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            t = self.first("script_finished", after)
            if t is not None:
                return t
            page.wait_for_timeout(50)
        return None


def _rel(t: float | None, t0: float) -> float | None:
    return None if t is None else round(t - t0, 3)


# ---------------------------------------------------------------- measures


def visit(context, port: int, timeout_ms: int = 120_000) -> tuple[object, WsTrace, dict]:
    """A new page on the app: page.goto → first chart drawn, with where the time went."""
    page = context.new_page()
    trace = WsTrace(page)
    t0 = time.monotonic()
    page.goto(f"http://127.0.0.1:{port}/", wait_until="domcontentloaded", timeout=timeout_ms)
    t_dom = time.monotonic()
    page.wait_for_selector(FIRST_CHART, timeout=timeout_ms)
    t_svg = time.monotonic()
    page.wait_for_selector(TRACES_DRAWN, timeout=timeout_ms)
    t_traces = time.monotonic()
    t_done = trace.wait_finished(page, t0)
    try:
        in_page = {k: (round(v, 3) if isinstance(v, float) else v) for k, v in page.evaluate(PAGE_FIGURES).items()}
    except Exception:
        in_page = {}
    out = {
        "first_chart": round(t_svg - t0, 3),
        "traces_drawn": _rel(t_traces, t0),
        "dom_content_loaded": _rel(t_dom, t0),
        "ws_open": _rel(trace.opened, t0),
        "new_session": _rel(trace.first("new_session", t0), t0),
        "first_delta": _rel(trace.first("delta", t0), t0),
        "first_plotly_delta": _rel(trace.first("plotly_delta", t0), t0),
        "script_finished": _rel(t_done, t0),
        "ws_bytes": trace.bytes_between(t0, t_done or time.monotonic()),
        **in_page,
    }
    return page, trace, out


def _settle(page, trace: WsTrace, n_charts: int) -> None:
    """Every chart drawn and no script running: ready for a click."""
    page.wait_for_function(
        """n => { const p = document.querySelectorAll('.js-plotly-plot');
                  return p.length >= n && [...p].every(d => d.querySelector('.scatterlayer .trace, .barlayer .trace')); }""",
        arg=n_charts,
        timeout=60_000,
    )
    page.wait_for_timeout(300)


def click_chart_point(page, trace: WsTrace) -> dict:
    """Click a marker of the first chart (as tests/test_browser.py does) → `.zz-evidence mark`."""
    page.locator(".js-plotly-plot").first.scroll_into_view_if_needed()
    page.wait_for_timeout(200)
    target = page.evaluate("""() => {
        const plot = document.querySelector('.js-plotly-plot');
        for (const pt of plot.querySelectorAll('.scatterlayer .point')) {
            const r = pt.getBoundingClientRect();
            const x = r.x + r.width / 2, y = r.y + r.height / 2;
            if (y < 0 || y > window.innerHeight) continue;
            const hit = document.elementFromPoint(x, y);
            if (hit && hit.classList.contains('nsewdrag')) return {x, y};
        }
        return null;
    }""")
    if not target:
        raise RuntimeError("no clickable marker in the first chart")
    if page.locator(".zz-evidence").count():
        raise RuntimeError("evidence shown before any click")
    page.mouse.move(target["x"] - 4, target["y"])
    page.mouse.move(target["x"], target["y"])
    page.wait_for_selector(".hoverlayer .hovertext", timeout=10_000)
    t0 = time.monotonic()
    page.mouse.click(target["x"], target["y"])
    page.wait_for_selector(".zz-evidence mark", timeout=60_000)
    t1 = time.monotonic()
    t_done = trace.wait_finished(page, t0)
    return {
        "evidence": round(t1 - t0, 3),
        "new_session": _rel(trace.first("new_session", t0), t0),
        "script_finished": _rel(t_done, t0),
        "ws_bytes": trace.bytes_between(t0, t_done or t1),
    }


EVIDENCE_UNDER_TABLE = """() => {
    const table = document.querySelector('[data-testid="stDataFrame"]');
    if (!table) return false;
    const bottom = table.getBoundingClientRect().bottom;
    return [...document.querySelectorAll('.zz-evidence mark')]
        .some(m => m.getBoundingClientRect().top >= bottom);
}"""


def click_table_row(page, trace: WsTrace) -> dict:
    """Click the data table's first row (its selection column) → the evidence under the table."""
    table = page.locator('[data-testid="stDataFrame"]').first
    table.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    if page.evaluate(EVIDENCE_UNDER_TABLE):
        raise RuntimeError("evidence already under the table before the click")
    box = table.bounding_box()
    # glide-data-grid: a 35 px header, then 35 px rows; the row-selection column on the left
    x, y = box["x"] + 18, box["y"] + 35 + 17
    page.mouse.move(x, y)
    page.wait_for_timeout(100)
    t0 = time.monotonic()
    page.mouse.click(x, y)
    page.wait_for_function(EVIDENCE_UNDER_TABLE, timeout=60_000)
    t1 = time.monotonic()
    t_done = trace.wait_finished(page, t0)
    return {
        "evidence": round(t1 - t0, 3),
        "script_finished": _rel(t_done, t0),
        "ws_bytes": trace.bytes_between(t0, t_done or t1),
    }


BUILD_RESULT = r"""([ready, failed]) => {
    const buttons = [...document.querySelectorAll('[data-testid="stDownloadButton"] button')];
    if (buttons.some(b => b.innerText.trim() === ready)) return 'ready';
    const alerts = [...document.querySelectorAll('[data-testid="stAlert"], [data-testid="stAlertContainer"]')];
    const bad = alerts.find(a => failed.some(f => a.innerText.includes(f)));
    if (bad) return 'failed: ' + bad.innerText.slice(0, 300);
    const exc = document.querySelector('[data-testid="stException"]');
    return exc ? 'app exception: ' + exc.innerText.replace(/\s+/g, ' ').slice(0, 300) : false;
}"""


def build_deck(page, trace: WsTrace, build_label: str, ready_label: str) -> dict:
    """Click the deck's build button → its download button (or the export's warning)."""
    button = page.get_by_role("button", name=build_label, exact=True)
    button.scroll_into_view_if_needed()
    page.wait_for_timeout(200)
    t0 = time.monotonic()
    button.click()
    handle = page.wait_for_function(
        BUILD_RESULT, arg=[ready_label, ["无法导出", "cannot export", "Cannot export"]], timeout=90_000, polling=50
    )
    t1 = time.monotonic()
    result = handle.json_value()
    t_done = trace.wait_finished(page, t0)
    if result != "ready":
        return {"skipped": str(result)}
    return {"deck": round(t1 - t0, 3), "script_finished": _rel(t_done, t0)}


def move_to(page, trace: WsTrace, label: str, ready: str) -> dict:
    """A click on the sidebar's link to another page → that page's first element (`ready`)."""
    link = page.locator('[data-testid="stSidebarNav"] a', has_text=label).first
    t0 = time.monotonic()
    link.click()
    page.wait_for_selector(ready, timeout=60_000)
    t1 = time.monotonic()
    t_done = trace.wait_finished(page, t0)
    return {
        "page": round(t1 - t0, 3),
        "script_finished": _rel(t_done, t0),
        "ws_bytes": trace.bytes_between(t0, t_done or t1),
    }


def switch_language(page, trace: WsTrace, title: str = EN_TITLE) -> dict:
    """The sidebar's language radio zh → en → the page title (h1) in English."""
    radio = page.get_by_role("radio", name="English")
    t0 = time.monotonic()
    radio.check(force=True)
    page.wait_for_function(
        "t => [...document.querySelectorAll('h1')].some(h => h.innerText.trim() === t)",
        arg=title,
        timeout=60_000,
        polling=50,
    )
    t1 = time.monotonic()
    t_done = trace.wait_finished(page, t0)
    return {"title": round(t1 - t0, 3), "script_finished": _rel(t_done, t0), "document_title": page.title()}


# ---------------------------------------------------------------- one app, one round


def run_app(name: str, launch: list[str], browser, env: dict, logdir: Path, rnd: int, server_args: list[str]) -> dict:
    log = logdir / f"{name}_{rnd}.log"
    server = start(launch, env, log, server_args)
    port = server.port
    res: dict = {"server_healthy": round(server.healthy_s, 3)}
    context = browser.new_context(viewport=VIEWPORT)
    context.add_init_script(PAGE_PROBE)
    try:
        try:
            page, _, res["visit1"] = visit(context, port)
            page.close()
            page, trace, res["visit2"] = visit(context, port)
        except Exception as exc:
            reason = f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
            print(f"  round {rnd + 1} {name}: no chart drawn: {reason}", flush=True)
            res.setdefault("visit1", {"skipped": reason})
            res.setdefault("visit2", {"skipped": reason})
            return res
        if name == "dashboard":
            _settle(page, trace, N_CHARTS)
            # the pages: Timeline (landing) → Data & sources → Briefing → Timeline
            steps = [
                ("chart_click", lambda: click_chart_point(page, trace)),
                ("page_data", lambda: move_to(page, trace, "数据与出处", '[data-testid="stDataFrame"]')),
                ("table_click", lambda: click_table_row(page, trace)),
                ("page_briefing", lambda: move_to(page, trace, "简报", 'button:has-text("生成简报（PPTX）")')),
                ("deck_first", lambda: build_deck(page, trace, "生成简报（PPTX）", "下载简报")),
                ("language", lambda: switch_language(page, trace, BRIEFING_EN)),
                ("deck_again_en", lambda: build_deck(page, trace, "Build briefing deck (PPTX)", "Download deck")),
                ("page_timeline", lambda: move_to(page, trace, "Timeline", FIRST_CHART)),
            ]
            for step, fn in steps:
                try:
                    res[step] = fn()
                except Exception as exc:
                    res[step] = {"skipped": f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}"}
                if "skipped" in res[step]:
                    print(f"  round {rnd + 1} {step}: SKIPPED: {res[step]['skipped']}", flush=True)
                if step == "language" and "skipped" in res[step]:
                    res["deck_again_en"] = {"skipped": "the language switch failed"}
                    break
        page.close()
    finally:
        context.close()
        stop(server.proc)
        res["log"] = str(log)
    return res


# ---------------------------------------------------------------- report


def _values(rounds: list[dict], app: str, *path: str) -> list[float]:
    out = []
    for r in rounds:
        node = r.get(app, {})
        for key in path:
            node = node.get(key, {}) if isinstance(node, dict) else {}
        if isinstance(node, (int, float)):
            out.append(float(node))
    return out


def _stat(vals: list[float]) -> tuple[float | None, float | None]:
    return (statistics.median(vals), min(vals)) if vals else (None, None)


def _fmt(v: float | None, unit: str = "s") -> str:
    return "—" if v is None else f"{v:.3f}{unit}" if unit == "s" else f"{v:.2f}{unit}"


def report(rounds: list[dict], apps: dict) -> dict:
    rows = [
        ("minimal: first chart, 1st visit", "minimal", ("visit1", "first_chart")),
        ("minimal: first chart, 2nd visit", "minimal", ("visit2", "first_chart")),
        ("dashboard: first chart, 1st visit", "dashboard", ("visit1", "first_chart")),
        ("dashboard: first chart, 2nd visit", "dashboard", ("visit2", "first_chart")),
        ("dashboard: chart click → evidence", "dashboard", ("chart_click", "evidence")),
        ("dashboard: table row → evidence", "dashboard", ("table_click", "evidence")),
        ("dashboard: zh → en title", "dashboard", ("language", "title")),
        ("dashboard: → Data & sources", "dashboard", ("page_data", "page")),
        ("dashboard: → Briefing", "dashboard", ("page_briefing", "page")),
        ("dashboard: → Timeline (en)", "dashboard", ("page_timeline", "page")),
        ("dashboard: deck, first build", "dashboard", ("deck_first", "deck")),
        ("dashboard: deck, again (en)", "dashboard", ("deck_again_en", "deck")),
    ]
    if "dashboard_cold" in apps:
        rows[4:4] = [
            ("bare `streamlit run`: 1st visit", "dashboard_cold", ("visit1", "first_chart")),
            ("bare `streamlit run`: 2nd visit", "dashboard_cold", ("visit2", "first_chart")),
        ]
    summary: dict = {}
    print()
    print(f"{'measure':<38}{'median':>10}{'min':>10}{'n':>4}")
    print("-" * 62)
    for label, app, path in rows:
        vals = _values(rounds, app, *path)
        med, lo = _stat(vals)
        summary[label] = {"median": med, "min": lo, "n": len(vals), "values": vals}
        print(f"{label:<38}{_fmt(med):>10}{_fmt(lo):>10}{len(vals):>4}")

    ratios = {}
    for visit_key, label in (("visit1", "1st visit"), ("visit2", "2nd visit")):
        d = summary[f"dashboard: first chart, {label}"]["median"]
        m = summary[f"minimal: first chart, {label}"]["median"]
        ratios[visit_key] = d / m if d and m else None
        print(f"{'ratio dashboard/minimal, ' + label:<38}{_fmt(ratios[visit_key], '×'):>10}")

    # where the time goes: medians of the websocket milestones after page.goto
    print()
    print("where the time goes (median s after page.goto; ws = Streamlit websocket messages):")
    cols = [
        "dom_content_loaded",
        "ws_open",
        "new_session",
        "first_delta",
        "first_plotly_delta",
        "plotly_js_loaded",
        "chart_container",
        "first_chart",
        "script_finished",
        "long_tasks_before_chart",
    ]
    short = [
        "DOMready",
        "ws open",
        "run start",
        "1st delta",
        "plotly Δ",
        "plotly.js",
        "container",
        "chart",
        "run end",
        "busy<chart",
    ]
    print(f"{'':<15}" + "".join(f"{c:>10}" for c in short) + f"{'ws KB':>7}")
    for app in apps:
        for visit_key, label in (("visit1", "1st"), ("visit2", "2nd")):
            meds = [_stat(_values(rounds, app, visit_key, c))[0] for c in cols]
            kb = _stat(_values(rounds, app, visit_key, "ws_bytes"))[0]
            print(
                f"{app + ' ' + label:<15}" + "".join(f"{_fmt(v, ''):>10}" for v in meds) + f"{(kb or 0) / 1024:>7.0f}"
            )
    print("  run start/1st delta/plotly Δ/run end: the script run's new_session, first delta, first")
    print("  plotly_chart delta and script_finished messages arriving; plotly.js: Streamlit's lazily")
    print("  loaded PlotlyChart chunk (4.7 MB) fetched; container: the first stPlotlyChart element in")
    print("  the DOM; chart: the first .main-svg; busy<chart: main-thread long tasks (>50 ms) before it.")
    for step, key in (
        ("chart_click", "evidence"),
        ("table_click", "evidence"),
        ("language", "title"),
        ("page_data", "page"),
        ("page_briefing", "page"),
        ("page_timeline", "page"),
        ("deck_first", "deck"),
        ("deck_again_en", "deck"),
    ):
        seen = _stat(_values(rounds, "dashboard", step, key))[0]
        done = _stat(_values(rounds, "dashboard", step, "script_finished"))[0]
        kb = _stat(_values(rounds, "dashboard", step, "ws_bytes"))[0]
        extra = f", {kb / 1024:.0f} KB over the ws" if kb is not None else ""
        print(f"  {step:<14} seen after {_fmt(seen)}, rerun's script_finished after {_fmt(done)}{extra}")
    healthy = {app: _stat(_values(rounds, app, "server_healthy"))[0] for app in apps}
    print(
        "  server start → /_stcore/health ok: "
        + ", ".join(f"{app} {_fmt(v)}" for app, v in healthy.items())
        + " (the dashboard's launcher loads its modules and corpus first)"
    )

    print()
    print("targets:")
    checks = []

    def check(label: str, value: float | None, ok) -> None:
        verdict = "SKIP (no figure)" if value is None else ("PASS" if ok(value) else "FAIL")
        checks.append({"target": label, "value": value, "verdict": verdict})
        print(f"  {verdict:<5} {label}: {_fmt(value, '×' if 'minimal' in label else 's')}")

    check(
        f"first chart within {TARGET_RATIO}× of the minimal app (1st visit)",
        ratios["visit1"],
        lambda v: v <= TARGET_RATIO,
    )
    check(
        f"first chart within {TARGET_RATIO}× of the minimal app (2nd visit)",
        ratios["visit2"],
        lambda v: v <= TARGET_RATIO,
    )
    check(
        f"chart click → evidence < {TARGET_EVIDENCE_S:g} s (median)",
        summary["dashboard: chart click → evidence"]["median"],
        lambda v: v < TARGET_EVIDENCE_S,
    )
    check(
        f"table row → evidence < {TARGET_EVIDENCE_S:g} s (median)",
        summary["dashboard: table row → evidence"]["median"],
        lambda v: v < TARGET_EVIDENCE_S,
    )
    check(
        f"language switch ≤ {TARGET_PAGE_S:g} s (median)",
        summary["dashboard: zh → en title"]["median"],
        lambda v: v <= TARGET_PAGE_S,
    )
    for label in ("→ Data & sources", "→ Briefing", "→ Timeline (en)"):
        check(
            f"page move {label} ≤ {TARGET_PAGE_S:g} s (median)",
            summary[f"dashboard: {label}"]["median"],
            lambda v: v <= TARGET_PAGE_S,
        )
    check(
        f"deck ≤ {TARGET_DECK_S:g} s warm (median of the second build)",
        summary["dashboard: deck, again (en)"]["median"],
        lambda v: v <= TARGET_DECK_S,
    )
    first_deck = summary["dashboard: deck, first build"]["median"]
    print(f"  info  deck, first build (kaleido's Chromium starting): {_fmt(first_deck)}")
    return {"summary": summary, "ratios": ratios, "checks": checks}


# ---------------------------------------------------------------- main


def _tree_state() -> str:
    """HEAD and the files changed in the working tree: what was measured."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.split("\n")
    except (OSError, subprocess.SubprocessError):
        return "unknown (no git)"
    changed = [line[3:] for line in dirty if line.strip()]
    return f"{head}" + (f" + uncommitted changes in {', '.join(changed)}" if changed else " (clean)")


def browser_ready():
    """(playwright's sync_playwright, the servers' environment), or None after saying what is
    missing. The environment names the CJK font (FONTCONFIG_FILE, read by Chromium at start,
    the page's and kaleido's) and the Chromium kaleido uses for the deck."""
    if not (Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK)):
        print(f"{CHROMIUM} is missing (apt-get install chromium)", file=sys.stderr)
        return None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        print(f"the playwright package is not installed ({exc})", file=sys.stderr)
        return None
    from briefing.fontconfig import ensure_cjk_font

    ensure_cjk_font()
    env = dict(os.environ)
    env.setdefault("BROWSER_PATH", CHROMIUM)
    return sync_playwright, env


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3, help="A B rounds (default 3)")
    ap.add_argument("--json", type=Path, help="write the figures to this file")
    ap.add_argument(
        "--server-arg",
        action="append",
        default=[],
        metavar="ARG",
        help="extra `streamlit run` option for both apps, e.g. --server-arg=--server.fileWatcherType=none (repeatable)",
    )
    ap.add_argument(
        "--cold",
        action="store_true",
        help="also start the dashboard as a bare `streamlit run dashboard.py` (no preload)",
    )
    args = ap.parse_args(argv)
    apps = {**APPS, **(COLD if args.cold else {})}

    ready = browser_ready()
    if ready is None:
        return 1
    sync_playwright, env = ready
    logdir = Path(tempfile.mkdtemp(prefix="bench_dashboard_"))
    print(
        f"{args.rounds} round(s), apps interleaved minimal → dashboard; Chromium {CHROMIUM}; "
        f"{os.cpu_count()} CPUs; server logs in {logdir}"
        + (f"; server args {' '.join(args.server_arg)}" if args.server_arg else ""),
        flush=True,
    )

    tree = _tree_state()
    print(f"tree: {tree}", flush=True)
    rounds: list[dict] = []
    t_start = time.monotonic()
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, env=env, headless=True)
            try:
                for rnd in range(args.rounds):
                    row = {}
                    for name, launch in apps.items():
                        t = time.monotonic()
                        row[name] = run_app(name, launch, browser, env, logdir, rnd, args.server_arg)
                        v1, v2 = (row[name][v].get("first_chart") for v in ("visit1", "visit2"))
                        print(
                            f"  round {rnd + 1} {name:<9} first chart {_fmt(v1)} / {_fmt(v2)} "
                            f"(1st / 2nd visit), {time.monotonic() - t:.0f}s in all",
                            flush=True,
                        )
                    rounds.append(row)
            finally:
                browser.close()
    except ServerFailed as exc:
        print(f"an app did not start: {exc}", file=sys.stderr)
        return 1
    print(f"total {time.monotonic() - t_start:.0f}s")
    if _tree_state() != tree:
        print(f"NOTE: the working tree changed during the run; now: {_tree_state()}")

    result = report(rounds, apps)
    if args.json:
        args.json.write_text(
            json.dumps(
                {"tree": tree, "server_args": args.server_arg, "rounds": rounds, **result}, ensure_ascii=False, indent=2
            ),
            encoding="utf-8",
        )
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
