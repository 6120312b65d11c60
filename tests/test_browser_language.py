"""Switching the language in a real browser keeps the reader's choices: the "dates shown
are" radio lost its selection after the switch (issue 9), which AppTest cannot see (it is
the browser that redraws a radio whose labels changed).

Same requirements as test_browser.py: skips loudly without Debian chromium, fails under
REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import pytest

from tests.browser_support import dashboard_page

pytestmark = pytest.mark.browser


def test_date_basis_survives_the_language_switch(browser_env, tmp_path):
    with dashboard_page(browser_env, tmp_path) as page:
        page.get_by_role("radio", name="报道日期").check(force=True)
        page.wait_for_function(
            "() => [...document.querySelectorAll('input[type=radio]')].some(r => r.checked && "
            "r.closest('label') && r.closest('label').innerText.includes('报道日期'))",
            timeout=30_000,
        )
        page.get_by_role("radio", name="en").check(force=True)
        published = page.get_by_role("radio", name="Publication date")
        published.wait_for(timeout=30_000)
        page.wait_for_timeout(1500)
        assert published.is_checked()
        assert not page.get_by_role("radio", name="As-of date (default)").is_checked()
