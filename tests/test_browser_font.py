"""Chinese on any machine: the page draws Chinese with the project's own font, served with
the app, even where the browser finds no CJK font at all (issue 9).

The browser here runs with fontconfig pointing at an empty font folder, so Chinese can only
come from the font the app serves (static/ + [[theme.fontFaces]]). Two different strings of
four characters are drawn in the page's own font and compared: boxes ("tofu") would make
them the same picture.

Same requirements as test_browser.py: skips loudly without Debian chromium, fails under
REQUIRE_BROWSER=1.
"""
from __future__ import annotations

import pytest

from test_browser import _ink_difference, browser_env, dashboard_page  # noqa: F401

pytestmark = pytest.mark.browser

PROBE = """(text) => {
    const el = document.createElement('div');
    el.textContent = text;
    el.id = 'zz-probe';
    el.style.cssText = 'position:fixed;top:120px;left:700px;font-size:48px;background:#fff;'
        + 'color:#000;padding:4px;z-index:99999';
    // the page's own font: what its title is drawn with
    el.style.fontFamily = getComputedStyle(document.querySelector('h1')).fontFamily;
    document.body.appendChild(el);
}"""


def test_page_draws_chinese_without_a_system_cjk_font(browser_env, tmp_path):
    fonts = tmp_path / "no-fonts"
    fonts.mkdir()
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">'
                    f"<fontconfig><dir>{fonts}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>")
    env = {**browser_env, "FONTCONFIG_FILE": str(conf)}
    with dashboard_page(env, tmp_path, viewport=(1400, 900)) as page:
        status = page.evaluate("async () => (await fetch('app/static/NotoSansSC-Regular.otf')).status")
        assert status == 200, f"the font is not served (HTTP {status})"
        page.wait_for_function("""() => [...document.fonts].some(
            f => f.family.replace(/"/g, '') === 'Noto Sans SC' && f.status === 'loaded')""",
            timeout=60_000)
        assert page.evaluate("""() => document.fonts.check('48px "Noto Sans SC"', '株洲疫情复工复产')""")
        shots = []
        for text in ("株洲疫情", "复工复产"):
            page.evaluate(PROBE, text)
            shots.append(page.locator("#zz-probe").screenshot())
            page.evaluate("() => document.getElementById('zz-probe').remove()")
    differ, ink_a, _ink_b = _ink_difference(*shots)
    print(f"served font: 株洲疫情 vs 复工复产 differ on {differ:.1%} of pixels (ink {ink_a} px)")
    assert ink_a > 500, "nothing drawn"
    assert differ > 0.05, "the two strings look the same: boxes, not glyphs"
