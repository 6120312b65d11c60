"""Switching the language in a real browser keeps the reader's choices: the "dates shown
are" radio lost its selection after the switch (issue 9), which AppTest cannot see (it is
the browser that redraws a radio whose labels changed).

Same requirements as test_browser.py: skips loudly without Debian chromium, fails under
REQUIRE_BROWSER=1.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT
from test_browser import CHROMIUM, CHROMIUM_ARGS, _free_port, _stop, _wait_healthy, browser_env  # noqa: F401

pytestmark = pytest.mark.browser


def test_date_basis_survives_the_language_switch(browser_env, tmp_path):
    from playwright.sync_api import sync_playwright

    port = _free_port()
    log = tmp_path / "streamlit.log"
    cmd = [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port),
           "--server.address", "127.0.0.1", "--server.headless", "true"]
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=browser_env, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
    try:
        _wait_healthy(proc, port, log)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                         env=browser_env, headless=True)
            try:
                page = browser.new_page(viewport={"width": 1600, "height": 1000})
                page.goto(f"http://127.0.0.1:{port}/", wait_until="domcontentloaded")
                page.wait_for_selector(".js-plotly-plot", timeout=90_000)
                page.get_by_role("radio", name="报道日期").check(force=True)
                page.wait_for_function(
                    "() => document.body.innerText.includes('报道日期') && "
                    "[...document.querySelectorAll('input[type=radio]')].some(r => r.checked && "
                    "r.closest('label') && r.closest('label').innerText.includes('报道日期'))",
                    timeout=30_000)
                page.get_by_role("radio", name="en").check(force=True)
                published = page.get_by_role("radio", name="Publication date")
                published.wait_for(timeout=30_000)
                page.wait_for_timeout(1500)
                assert published.is_checked()
                assert not page.get_by_role("radio", name="As-of date (default)").is_checked()
            finally:
                browser.close()
    finally:
        _stop(proc)
