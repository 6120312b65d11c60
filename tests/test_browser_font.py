"""Chinese on any machine: the page declares the project's own CJK font and the app serves
it, for browsers that find no CJK font at all (issue 9).

The browser here runs with fontconfig pointing at an empty font folder, so Chinese can only
come from the font the app serves (static/ + [[theme.fontFaces]]).

Same requirements as test_browser.py: skips loudly without Debian chromium, fails under
REQUIRE_BROWSER=1.
"""
from __future__ import annotations

import pytest

from test_browser import browser_env, dashboard_page  # noqa: F401

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


def test_page_declares_and_serves_its_cjk_font(browser_env, tmp_path):
    """Where the browser has no CJK font (an empty fontconfig), the page declares the
    project's Noto Sans SC and the app serves it.

    Whether the glyphs then draw is not asserted: in this Chromium the served 8 MB OTF loads
    in some page loads and ends in FontFace status "error" in others (no console message,
    HTTP 200, full length) — open in issue 9. The probe below records which it was."""
    fonts = tmp_path / "no-fonts"
    fonts.mkdir()
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">'
                    f"<fontconfig><dir>{fonts}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>")
    env = {**browser_env, "FONTCONFIG_FILE": str(conf)}
    with dashboard_page(env, tmp_path, viewport=(1400, 900)) as page:
        status = page.evaluate("async () => (await fetch('app/static/NotoSansSC-Regular.otf')).status")
        assert status == 200, f"the font is not served (HTTP {status})"
        assert page.evaluate("""() => getComputedStyle(document.querySelector('h1')).fontFamily""") \
            .startswith('"Noto Sans SC"')
        page.evaluate(PROBE, "株洲疫情")   # text in the font makes the browser fetch it
        page.wait_for_function("""() => [...document.fonts].some(f =>
            f.family.replace(/"/g, '') === 'Noto Sans SC' && f.status !== 'unloaded' && f.status !== 'loading')""",
            timeout=60_000)
        states = page.evaluate("""() => [...document.fonts].filter(
            f => f.family.replace(/"/g, '') === 'Noto Sans SC').map(f => f.status)""")
    print(f"served font face: {states}")
    assert states, "the page declares no Noto Sans SC font face"
