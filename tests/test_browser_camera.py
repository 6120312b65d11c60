"""The camera button of a chart downloads what the export writes (issue 9): a 1920×1080 PNG
with the chart's title, as-of subtitle and source line, in the browser, with no server-side
export at all.

Same requirements as test_browser.py: skips loudly without Debian chromium, fails under
REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import io

import pytest

from tests.browser_support import dashboard_page

pytestmark = pytest.mark.browser


def test_camera_download_is_the_slide_picture(browser_env, tmp_path):
    from PIL import Image

    with dashboard_page(browser_env, tmp_path, viewport=(1600, 1000)) as page:
        chart = page.locator(".js-plotly-plot").first
        chart.scroll_into_view_if_needed()
        # the figure on the page is the slide figure: title, as-of subtitle, source line
        texts = chart.evaluate("""el => [el.layout.title.text, (el.layout.title.subtitle || {}).text,
                                         ...(el.layout.annotations || []).filter(a => a.name === 'source')
                                             .map(a => a.text)]""")
        assert texts[0].startswith("株洲市") and texts[1].startswith("截至") and texts[2].startswith("数据来源：")
        chart.hover()
        button = chart.locator(".modebar-btn[data-title*='png'], .modebar-btn[data-title*='PNG']").first
        with page.expect_download(timeout=60_000) as info:
            button.click()
        png = info.value.path().read_bytes()
        name = info.value.suggested_filename
    assert name.startswith("zhuzhou_cumulative_cases_2020-03-14_zh"), name
    image = Image.open(io.BytesIO(png))
    assert image.size == (1920, 1080), image.size
    # the source line is drawn in the bottom-left corner (ink there, not a blank margin)
    corner = image.convert("L").crop((0, 1000, 900, 1080))
    assert corner.getextrema()[0] < 160, "no source line in the bottom-left corner"
