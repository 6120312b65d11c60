"""Correcting a figure in a real browser, the way it once broke: select point A, then point
B, save a change, read corrections.csv. The form kept A's value and date and wrote them
against B (issue 9); it must show B's and write B's.

Same requirements as test_browser.py: skips loudly without Debian chromium, fails under
REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import csv
import shutil

import pytest

from conftest import SEEDS
from tests.browser_support import dashboard_page

pytestmark = pytest.mark.browser

A_LABEL = "2月19日 · 株洲市 · 累计确诊 · 78例"
B_LABEL = "3月1日 · 株洲市 · 累计确诊 · 80例"


def _pick_point(page, label: str) -> None:
    box = page.get_by_label("数据点")
    box.click()
    page.keyboard.type(label)  # the list is virtualised: filter it to the one option
    page.get_by_role("option", name=label).first.click()
    page.wait_for_timeout(500)


def _form_value(page) -> float:
    field = page.get_by_label("正确的数值").first
    return float(field.input_value())


def test_correction_form_follows_the_selected_point(browser_env, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    with dashboard_page(browser_env, tmp_path, "--corpus", str(corpus), viewport=(1600, 1200)) as page:
        _pick_point(page, A_LABEL)
        page.get_by_text("更正这个数据").first.click()
        page.get_by_label("正确的数值").first.wait_for(timeout=30_000)
        assert _form_value(page) == 78.0

        _pick_point(page, B_LABEL)
        page.wait_for_function(
            "() => [...document.querySelectorAll('input')].some(i => i.value.startsWith('80'))", timeout=30_000
        )
        # the previous point's form may linger for a moment while the page reruns
        page.wait_for_function(
            "() => [...document.querySelectorAll('input[type=radio]')].filter(r => "
            "r.closest('label') && r.closest('label').innerText.includes('修改数值或日期')).length <= 1",
            timeout=30_000,
        )
        if not page.get_by_label("正确的数值").first.is_visible():
            page.get_by_text("更正这个数据").first.click()
        assert _form_value(page) == 80.0
        page.get_by_role("radio", name="修改数值或日期").last.check(force=True)
        field = page.get_by_label("正确的数值").first
        field.fill("81")
        field.press("Tab")
        page.get_by_role("button", name="保存更正").click()
        page.get_by_text("已保存更正").first.wait_for(timeout=30_000)

    rows = list(csv.DictReader((corpus / "corrections.csv").open(encoding="utf-8")))
    assert [(r["date"], r["value"], r["new_value"], r["new_date"]) for r in rows] == [("2020-03-01", "80", "81", "")], (
        rows
    )
