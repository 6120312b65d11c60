"""The dashboard in a real browser: `streamlit run` + Debian Chromium through Playwright.

Checks that the Plotly charts draw, that Chinese renders as glyphs (not tofu boxes),
saves a full-page screenshot to artifacts/dashboard.png and prints the time from server
start to the first drawn chart.

Needs /usr/bin/chromium and the playwright package (never downloads a browser). Without
them the test skips loudly; with REQUIRE_BROWSER=1 (CI) it fails instead.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.browser_support import chromium_page, clickable_marker, ink_difference, streamlit_server

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "artifacts"
SCREENSHOT = ARTIFACTS / "dashboard.png"
# Plotly draws a scatter trace as .scatterlayer .trace, a bar as .barlayer .trace .point path.
CHART_DRAWN = ".js-plotly-plot .scatterlayer .trace, .js-plotly-plot .barlayer .trace"
BAR_PATHS = ".js-plotly-plot .barlayer .trace .point path"
N_CHARTS = 5  # seeds, city view: cumulative, daily new, observation, rates, counts

pytestmark = pytest.mark.browser


def test_dashboard_in_chromium(browser_env, tmp_path):
    t0 = time.monotonic()
    # started as `bash dev.sh app` starts it: the launcher that warms the first page
    with (
        streamlit_server(["-m", "app.pages.serve"], browser_env, tmp_path / "streamlit.log") as server,
        chromium_page(browser_env, server.url) as page,
    ):
        served = server.healthy_s
        page.wait_for_selector(CHART_DRAWN, timeout=120_000)
        first_chart = time.monotonic() - t0
        print(f"\ntime from server start to first chart: {first_chart:.1f} s (server healthy after {served:.1f} s)")

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
        share, ink_a, ink_b = ink_difference(
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
        share2, ink2a, ink2b = ink_difference(
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
    assert server.proc.poll() is not None, "streamlit server still running"
