"""The dashboard's pages, languages and links in a real browser (issues 21 and 24).

AppTest reads a widget's options through its format_func; the browser keeps the labels it
drew first for a widget whose key did not change, which is how an English page kept a
Chinese sidebar. These tests read what Chromium shows.

Same requirements as test_browser.py: skips loudly without Debian chromium, fails under
REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import re
import time
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from tests.browser_support import dashboard_page

pytestmark = pytest.mark.browser

CJK = re.compile(r"[\u4e00-\u9fff]+")
SIDEBAR = '[data-testid="stSidebar"]'
EN_TITLE = "Zhuzhou COVID-19 timeline"
ZH_TITLE = "株洲疫情时间线"
LINK = "?region=" + quote("醴陵市") + "&metrics=resumed,sector_total,resumption_rate"


def _sidebar(page) -> str:
    """What the sidebar shows: its text, and the values its inputs display (a selectbox's
    choice is an input's value)."""
    side = page.locator(SIDEBAR)
    values = side.locator("input:not([type=radio]):not([type=checkbox])").evaluate_all("els => els.map(e => e.value)")
    return side.inner_text() + "\n" + "\n".join(values)


def _settled_sidebar(page, done, timeout: float = 30.0) -> str:
    """The sidebar's text once done(text) holds, or as it is after timeout: a rerun on a busy
    machine can take seconds, but a widget that never changes its words still fails."""
    deadline = time.monotonic() + timeout
    text = _sidebar(page)
    while not done(text) and time.monotonic() < deadline:
        page.wait_for_timeout(250)
        text = _sidebar(page)
    return text


def _wait_title(page, title: str) -> None:
    page.get_by_role("heading", name=title).first.wait_for(timeout=30_000)


def _nav(page, label: str) -> None:
    page.locator('[data-testid="stSidebarNav"] a', has_text=label).click()


def test_the_sidebar_speaks_the_page_language_and_keeps_the_choices(browser_env, tmp_path):
    with dashboard_page(browser_env, tmp_path, path=LINK) as page:
        _wait_title(page, ZH_TITLE)
        # one more choice made by hand: the date basis
        page.get_by_role("radio", name="报道日期").check(force=True)
        page.wait_for_function(
            "() => [...document.querySelectorAll('input[type=radio]')].some(r => r.checked && "
            "r.closest('label') && r.closest('label').innerText.includes('报道日期'))",
            timeout=30_000,
        )
        before = _sidebar(page)
        assert "醴陵市" in before and "已复工" in before and "累计确诊" not in before, before

        page.get_by_role("radio", name="English").check(force=True)
        _wait_title(page, EN_TITLE)
        text = _settled_sidebar(page, lambda t: not set(CJK.findall(t)) - {"中文"})
        leftovers = set(CJK.findall(text)) - {"中文"}
        assert not leftovers, (leftovers, text)
        # the same choices, in English
        assert "Liling" in text and "Resumed" in text and "Resumption rate" in text, text
        assert "Total confirmed" not in text
        assert page.get_by_role("radio", name="Publication date").is_checked()

        page.get_by_role("radio", name="中文").check(force=True)
        _wait_title(page, ZH_TITLE)
        text = _settled_sidebar(page, lambda t: "Liling" not in t and "Resumed" not in t and "Region" not in t)
        for english in ("Liling", "Resumed", "Resumption rate", "Publication date", "Timeline", "Region"):
            assert english not in text, (english, text)
        assert "醴陵市" in text and "复工率" in text
        assert page.get_by_role("radio", name="报道日期").is_checked()


def test_pages_move_fast_and_a_shared_link_restores_the_view(browser_env, tmp_path):
    with dashboard_page(browser_env, tmp_path, path=LINK) as page:
        _wait_title(page, ZH_TITLE)
        page.get_by_role("radio", name="English").check(force=True)
        _wait_title(page, EN_TITLE)
        moves = {}
        for label, ready in (
            ("Data & sources", ".st-key-data_table [data-testid='stDataFrame']"),
            ("Data quality", "text=No conflicting sources."),
            ("Timeline", ".js-plotly-plot .main-svg"),
        ):
            t0 = time.monotonic()
            _nav(page, label)
            page.wait_for_selector(ready, timeout=30_000)
            moves[label] = time.monotonic() - t0
        print(f"\npage moves (click → first element): {moves}")
        assert max(moves.values()) < 5, moves  # the bench holds the 1 s target; this catches a hang
        _nav(page, "Data & sources")
        page.wait_for_selector(".st-key-data_table [data-testid='stDataFrame']", timeout=30_000)
        # the URL follows the run: the link a user copies once the page has settled
        deadline = time.monotonic() + 15
        while "metrics" not in parse_qs(urlsplit(page.url).query) and time.monotonic() < deadline:
            page.wait_for_timeout(250)
        shared = page.url
        query = parse_qs(urlsplit(shared).query)
        assert urlsplit(shared).path.endswith("/data"), shared
        assert query["region"] == ["醴陵市"] and query["lang"] == ["en"], query
        # (was lost about 1 run in 6: the multiselect shared by two pages came back empty from
        # the page being left; the sidebar's widgets are now keyed by page too)
        assert query["metrics"] == ["resumed,sector_total,resumption_rate"], query

        # A fresh browser context (no session, no cookies): the link alone restores the view.
        context = page.context.browser.new_context(viewport={"width": 1600, "height": 1000})
        try:
            other = context.new_page()
            other.goto(shared, wait_until="domcontentloaded")
            other.wait_for_selector(".st-key-data_table [data-testid='stDataFrame']", timeout=90_000)
            other.get_by_role("heading", name="Data & sources").first.wait_for(timeout=30_000)

            # the link's view comes with the page's rerun: read the sidebar once it has settled
            def restored(t: str) -> bool:
                return "Liling" in t and "Resumed" in t and "Total confirmed" not in t

            text = _settled_sidebar(other, restored)
            assert restored(text), text
        finally:
            context.close()


def test_a_bad_link_falls_back_with_a_note(browser_env, tmp_path):
    bad = "?region=" + quote("火星") + "&from=2020-13-40&lang=xx&point=nothing"
    with dashboard_page(browser_env, tmp_path, path=bad) as page:
        _wait_title(page, ZH_TITLE)
        alerts = page.locator('[data-testid="stAlert"]').all_inner_texts()
        said = "\n".join(alerts)
        assert "火星" in said and "2020-13-40" in said and "xx" in said and "nothing" in said, said
        # the default view: the home city, every chart
        assert "株洲市" in _sidebar(page)
        page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot').length >= 5", timeout=30_000)
