"""Adding articles through the dashboard in a real browser: a GBK-encoded article and an
HTML page are uploaded with the Manage corpus page's form, and their figures reach the charts.

Same requirements as test_browser.py: skips loudly without Debian chromium, fails under
REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import shutil
import time

import pytest

from conftest import SEEDS
from tests.browser_support import dashboard_page

pytestmark = pytest.mark.browser

GBK_ARTICLE = "株洲日报讯 截至2月25日24时，我市累计报告新冠肺炎确诊病例80例，出院病例61例，在院治疗19例。"
HTML_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>复工</title>"
    "<script>alert(1)</script></head><body><h1>复工复产</h1>"
    "<p>截至2月27日，全市规模以上工业企业复工1203家，复工率&nbsp;95.5%。</p></body></html>"
)


def _plot_x_values(page) -> list[str]:
    """Every x value of every trace of the paper's figures on the page (dates as ISO): the
    official series' lines (meta.official) cover every day and are left out."""
    return page.evaluate("""() => Array.from(document.querySelectorAll('.js-plotly-plot'))
        .flatMap(div => (div.data || []).filter(t => !(t.meta && t.meta.official))
            .flatMap(t => (t.x || []).map(v => String(v))))""")


def test_upload_gbk_and_html_through_the_dashboard(browser_env, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns(".*"))
    gbk = tmp_path / "zzrb_0226.txt"
    gbk.write_bytes(GBK_ARTICLE.encode("gbk"))
    html = tmp_path / "fugong.html"
    html.write_text(HTML_PAGE, encoding="utf-8")

    with dashboard_page(browser_env, tmp_path, "--corpus", str(corpus)) as page:
        assert not any(x.startswith("2020-02-25") for x in _plot_x_values(page))

        # articles are added on the Manage corpus page
        page.locator('[data-testid="stSidebarNav"] a', has_text="管理语料").click()
        page.get_by_text("添加文章").first.wait_for(timeout=60_000)
        page.locator(".st-key-upload_files input[type=file]").set_input_files([str(gbk), str(html)])
        page.wait_for_timeout(1500)  # the uploader sends the files to the server
        page.get_by_role("button", name="保存到语料库").click()
        page.get_by_text("fugong", exact=False).first.wait_for(timeout=60_000)
        page.locator('[data-testid="stSidebarNav"] a', has_text="时间线").click()
        page.wait_for_selector(".js-plotly-plot", timeout=60_000)

        deadline = time.monotonic() + 60
        xs: list[str] = []
        while time.monotonic() < deadline:
            xs = _plot_x_values(page)
            if any(x.startswith("2020-02-25") for x in xs) and any(x.startswith("2020-02-27") for x in xs):
                break
            page.wait_for_timeout(500)
        assert any(x.startswith("2020-02-25") for x in xs), "GBK article's figures not charted"
        assert any(x.startswith("2020-02-27") for x in xs), "HTML page's figures not charted"
        assert "alert(1)" not in page.content()

    stored = sorted(p.name for p in corpus.glob("*.txt"))
    assert len(stored) == 7
    html_txt = next(p for p in corpus.glob("fugong*.txt"))
    assert "<p>" not in html_txt.read_text(encoding="utf-8")  # stored as text
    gbk_txt = next(p for p in corpus.glob("zzrb_0226*.txt"))
    assert gbk_txt.read_text(encoding="utf-8") == GBK_ARTICLE  # stored as UTF-8
