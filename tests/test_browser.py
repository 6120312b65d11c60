"""The dashboard in a real browser: `streamlit run` + Debian Chromium through Playwright.

Checks that the Plotly charts draw, that Chinese renders as glyphs (not tofu boxes),
saves a full-page screenshot to artifacts/dashboard.png and prints the time from server
start to the first drawn chart.

Needs /usr/bin/chromium and the playwright package (never downloads a browser). Without
them the test skips loudly; with REQUIRE_BROWSER=1 (CI) it fails instead.
"""

from __future__ import annotations

import contextlib
import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import require_browser

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "artifacts"
SCREENSHOT = ARTIFACTS / "dashboard.png"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
# Plotly draws a scatter trace as .scatterlayer .trace, a bar as .barlayer .trace .point path.
CHART_DRAWN = ".js-plotly-plot .scatterlayer .trace, .js-plotly-plot .barlayer .trace"
BAR_PATHS = ".js-plotly-plot .barlayer .trace .point path"
N_CHARTS = 5  # seeds, city view: cumulative, daily new, observation, rates, counts

pytestmark = pytest.mark.browser


def _unavailable(reason: str):
    msg = f"BROWSER TEST NOT RUN: {reason}"
    if require_browser():
        pytest.fail(msg + " (REQUIRE_BROWSER=1)")
    print("\n" + "!" * 78 + f"\n{msg}\n" + "!" * 78, file=sys.stderr)
    pytest.skip(msg)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(proc: subprocess.Popen, port: int, log: Path, timeout: float = 60) -> None:
    url = f"http://127.0.0.1:{port}/_stcore/health"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"streamlit exited with {proc.returncode}:\n{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200 and resp.read().strip() == b"ok":
                    return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"streamlit did not serve within {timeout} s:\n{log.read_text(errors='replace')}")


def _stop(proc: subprocess.Popen) -> None:
    """Terminate the server we started (its own process group), then kill if need be."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, 15)
    except (ProcessLookupError, PermissionError):
        proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, 9)
        except (ProcessLookupError, PermissionError):
            proc.kill()
        proc.wait(timeout=10)


@contextlib.contextmanager
def dashboard_page(
    env: dict, tmp_path: Path, *app_args: str, viewport=(1600, 1000), path: str = "", ready: str = ".js-plotly-plot"
):
    """`streamlit run dashboard.py -- APP_ARGS` on a free port and a Chromium page on it at
    /PATH (a page's address and query; "": the landing page), `ready` (a CSS selector: by
    default a chart) drawn; both stopped afterwards. The one way the browser tests start the
    app."""
    from playwright.sync_api import sync_playwright

    port = _free_port()
    log = tmp_path / "streamlit.log"
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "dashboard.py",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
    ]
    if app_args:
        cmd += ["--", *app_args]
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        _wait_healthy(proc, port, log)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, env=env, headless=True)
            try:
                page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
                page.goto(f"http://127.0.0.1:{port}/{path}", wait_until="domcontentloaded")
                page.wait_for_selector(ready, timeout=90_000)
                yield page
            finally:
                browser.close()
    finally:
        _stop(proc)


def clickable_marker(page, near_title: str | None = None) -> dict | None:
    """{x, y} of a marker in the first chart that a click reaches (nothing, such as an event
    label, lies on top of it); with near_title, the one closest to the subplot titled so."""
    return page.evaluate(
        """(title) => {
        const plot = document.querySelector('.js-plotly-plot');
        let ax = null;
        if (title) {
            const t = [...plot.querySelectorAll('.annotation-text')].find(e => e.textContent === title);
            const r = t.getBoundingClientRect();
            ax = r.x + r.width / 2;
        }
        let best = null;
        for (const pt of plot.querySelectorAll('.scatterlayer .point')) {
            const r = pt.getBoundingClientRect();
            const x = r.x + r.width / 2, y = r.y + r.height / 2;
            const hit = document.elementFromPoint(x, y);
            if (!hit || !hit.classList.contains('nsewdrag')) continue;
            if (ax === null) return {x, y};
            if (!best || Math.abs(x - ax) < Math.abs(best.x - ax)) best = {x, y};
        }
        return best;
    }""",
        near_title,
    )


def _ink_difference(png_a: bytes, png_b: bytes) -> tuple[float, int, int]:
    """(share of differing pixels, dark pixels in a, dark pixels in b) of two renderings,
    compared on their common top-left area in grayscale."""
    from PIL import Image, ImageChops

    a = Image.open(io.BytesIO(png_a)).convert("L")
    b = Image.open(io.BytesIO(png_b)).convert("L")
    w, h = min(a.width, b.width), min(a.height, b.height)
    a, b = a.crop((0, 0, w, h)), b.crop((0, 0, w, h))
    changed = sum(ImageChops.difference(a, b).histogram()[65:])
    ink_a, ink_b = sum(a.histogram()[:128]), sum(b.histogram()[:128])
    return changed / float(w * h), ink_a, ink_b


@pytest.fixture(scope="module")
def browser_env():
    if not Path(CHROMIUM).is_file() or not os.access(CHROMIUM, os.X_OK):
        _unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError as exc:
        _unavailable(f"the playwright package is not installed ({exc})")
    try:
        import PIL  # noqa: F401
    except ImportError as exc:
        _unavailable(f"pillow is not installed ({exc})")
    from briefing.fontconfig import ensure_cjk_font

    ensure_cjk_font()  # before any Chromium starts: sets FONTCONFIG_FILE in os.environ
    env = dict(os.environ)
    assert env.get("FONTCONFIG_FILE"), "ensure_cjk_font() did not set FONTCONFIG_FILE"
    return env


def test_dashboard_in_chromium(browser_env, tmp_path):
    from playwright.sync_api import sync_playwright

    port = _free_port()
    log = tmp_path / "streamlit.log"
    # started as `bash dev.sh app` starts it: the launcher that warms the first page
    cmd = [
        sys.executable,
        "-m",
        "app.pages.serve",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
    ]
    t0 = time.monotonic()
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            cmd, cwd=ROOT, env=browser_env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        _wait_healthy(proc, port, log)
        served = time.monotonic() - t0
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, env=browser_env, headless=True)
            try:
                page = browser.new_page(viewport={"width": 1600, "height": 1000})
                page.goto(f"http://127.0.0.1:{port}/", wait_until="domcontentloaded")
                page.wait_for_selector(CHART_DRAWN, timeout=120_000)
                first_chart = time.monotonic() - t0
                print(
                    f"\ntime from server start to first chart: {first_chart:.1f} s "
                    f"(server healthy after {served:.1f} s)"
                )

                # Every chart drew its traces.
                page.wait_for_function(
                    """n => {
                        const plots = document.querySelectorAll('.js-plotly-plot');
                        return plots.length >= n && [...plots].every(p =>
                            p.querySelector('.scatterlayer .trace, .barlayer .trace'));
                    }""",
                    arg=N_CHARTS,
                    timeout=60_000,
                )
                counts = page.evaluate("""() => ({
                    plots: document.querySelectorAll('.js-plotly-plot').length,
                    paths: document.querySelectorAll(
                        '.js-plotly-plot .scatterlayer .trace path, .js-plotly-plot .barlayer .trace path').length,
                    points: document.querySelectorAll('.js-plotly-plot .scatterlayer .point').length,
                    bars: document.querySelectorAll('.js-plotly-plot .barlayer .trace .point path').length,
                    titles: [...document.querySelectorAll('.js-plotly-plot .gtitle')].map(t => t.textContent),
                })""")
                print(
                    f"charts: {counts['plots']}, trace paths: {counts['paths']}, "
                    f"markers: {counts['points']}, bars: {counts['bars']}"
                )
                assert counts["plots"] >= N_CHARTS
                assert counts["paths"] > 0 and counts["points"] > 0 and counts["bars"] > 0
                assert any("累计确诊" in t for t in counts["titles"]), counts["titles"]

                # Headline cards are there, in Chinese.
                page.get_by_text("累计确诊", exact=True).first.wait_for(timeout=30_000)

                # Chinese as glyphs, not boxes: two different 4-character labels must render
                # differently (tofu boxes of the same count look alike).
                label_a = page.locator('[data-testid="stMetricLabel"]', has_text="累计确诊").first
                label_b = page.locator('[data-testid="stMetricLabel"]', has_text="在院治疗").first
                share, ink_a, ink_b = _ink_difference(
                    label_a.get_by_text("累计确诊", exact=True).screenshot(),
                    label_b.get_by_text("在院治疗", exact=True).screenshot(),
                )
                print(f"card labels 累计确诊 vs 在院治疗: {share:.1%} of pixels differ, ink {ink_a} vs {ink_b} px")
                assert ink_a > 20 and ink_b > 20, "card labels rendered no ink"
                assert share > 0.03, "Chinese card labels render alike: tofu boxes?"

                # The same with the charts' font stack, large, in a probe of our own.
                from briefing.fontconfig import FONT_FAMILY

                page.evaluate(
                    """family => {
                        for (const [id, text] of [['zz-probe-a', '株洲疫情'], ['zz-probe-b', '复工复产']]) {
                            const d = document.createElement('div');
                            d.id = id; d.textContent = text;
                            Object.assign(d.style, {position: 'fixed', left: '400px',
                                top: id.endsWith('a') ? '200px' : '300px', fontFamily: family,
                                fontSize: '48px', lineHeight: '64px', background: '#fff',
                                color: '#000', zIndex: 2147483647, padding: '4px'});
                            document.body.appendChild(d);
                        }
                    }""",
                    FONT_FAMILY,
                )
                share2, ink2a, ink2b = _ink_difference(
                    page.locator("#zz-probe-a").screenshot(), page.locator("#zz-probe-b").screenshot()
                )
                print(f"probe 株洲疫情 vs 复工复产 in the chart font: {share2:.1%} differ, ink {ink2a} vs {ink2b} px")
                assert ink2a > 200 and ink2b > 200, "probe text rendered no ink"
                assert share2 > 0.05, "CJK glyphs look like boxes"
                page.evaluate("() => document.querySelectorAll('[id^=zz-probe]').forEach(e => e.remove())")

                # Full page: Streamlit scrolls inside its own container, so grow the
                # viewport to the content's height before the screenshot.
                height = page.evaluate("""() => Math.max(
                    document.body.scrollHeight,
                    ...[...document.querySelectorAll('[data-testid="stMain"], section.main, '
                        + '[data-testid="stAppViewContainer"]')].map(e => e.scrollHeight))""")
                page.set_viewport_size({"width": 1600, "height": min(int(height) + 40, 12000)})
                page.wait_for_timeout(1500)
                page.wait_for_selector(CHART_DRAWN, timeout=30_000)
                ARTIFACTS.mkdir(exist_ok=True)
                page.screenshot(path=str(SCREENSHOT), full_page=True)
                assert SCREENSHOT.stat().st_size > 50_000
                print(f"screenshot: {SCREENSHOT}")

                # Clicking a chart point shows its source sentence with the figure marked.
                # Pick a marker nothing else (an event label) lies on top of.
                target = clickable_marker(page)
                assert target, "no clickable marker in the first chart"
                assert page.locator(".zz-evidence").count() == 0
                page.mouse.move(target["x"] - 4, target["y"])
                page.mouse.move(target["x"], target["y"])
                page.wait_for_selector(".hoverlayer .hovertext", timeout=10_000)
                page.mouse.click(target["x"], target["y"])
                page.wait_for_selector(".zz-evidence mark", timeout=60_000)
                evidence = page.locator(".zz-evidence").first.inner_text()
                print(f"evidence after a click: {evidence!r}")
                assert "报道日期" in evidence and "例" in evidence
                # where the eye is: right under the chart that was clicked (it used to land
                # ~2,500 px lower, below every chart)
                gap = page.evaluate("""() => {
                    const chart = document.querySelector('.js-plotly-plot').getBoundingClientRect();
                    const ev = document.querySelector('.zz-evidence').getBoundingClientRect();
                    return ev.top - chart.bottom;
                }""")
                print(f"evidence starts {gap:.0f} px under the clicked chart")
                assert 0 <= gap < 500, gap
                # styled by the page's one stylesheet (evidence.EVIDENCE_CSS), not by each block
                look = page.evaluate("""() => {
                    const ev = getComputedStyle(document.querySelector('.zz-evidence'));
                    const mark = getComputedStyle(document.querySelector('.zz-evidence mark'));
                    return [ev.borderLeftWidth, ev.backgroundColor, mark.backgroundColor];
                }""")
                assert look == ["3px", "rgb(246, 248, 250)", "rgb(255, 224, 138)"], look
                page.locator(".zz-evidence").first.scroll_into_view_if_needed()
                page.screenshot(path=str(ARTIFACTS / "evidence.png"))
            finally:
                browser.close()
    finally:
        _stop(proc)
    assert proc.poll() is not None, "streamlit server still running"
