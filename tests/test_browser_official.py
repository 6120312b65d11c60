"""The official series in a real browser (issue 11): its dashed lines on the cumulative chart,
and a row of the comparison table leading to the paper's sentence and its correction form.

Same requirements as test_browser.py: skips loudly without Debian chromium, fails under
REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import pytest

from tests.browser_support import dashboard_page

pytestmark = pytest.mark.browser


def test_official_lines_and_the_comparison_table(browser_env, tmp_path):
    with dashboard_page(browser_env, tmp_path, viewport=(1600, 1200)) as page:
        chart = page.locator(".js-plotly-plot").first
        legend = chart.locator(".legendtext").evaluate_all("els => els.map(e => e.textContent)")
        assert "官方：累计确诊" in legend and "累计确诊" in legend, legend
        dashed = chart.locator(".scatterlayer .js-line").evaluate_all(
            "els => els.filter(e => (e.style.strokeDasharray || '') !== '').length"
        )
        assert dashed >= 2, dashed  # confirmed and recovered, at least

        # the comparison is on the Data quality page: the sidebar's link goes there
        page.locator('[data-testid="stSidebarNav"] a', has_text="数据质量").click()
        page.wait_for_selector(".st-key-recon_table [data-testid='stDataFrame']", timeout=60_000)
        assert page.url.split("?")[0].endswith("/quality")
        table = page.locator(".st-key-recon_table [data-testid='stDataFrame']").first
        table.scroll_into_view_if_needed()
        page.wait_for_timeout(500)
        assert page.locator(".st-key-recon_table").count() == 1
        box = table.bounding_box()
        # glide-data-grid: a 35 px header, then 35 px rows; the row-selection column on the left
        page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)
        page.wait_for_selector(".zz-evidence mark", timeout=60_000)
        evidence = page.locator(".zz-evidence").first
        text = evidence.inner_text()
        assert "报道日期" in text and "例" in text, text
        # under the table that was clicked, with the correction form beside the sentence
        gap = page.evaluate("""() => {
            const t = document.querySelector('.st-key-recon_table').getBoundingClientRect();
            const e = document.querySelector('.zz-evidence').getBoundingClientRect();
            return e.top - t.bottom;
        }""")
        assert 0 <= gap < 500, gap
        # the form is drawn after the sentence in the same run: wait for it (a busy machine)
        page.get_by_text("更正这个数据").first.wait_for(timeout=30_000)
