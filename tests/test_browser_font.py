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

import io
import subprocess
import sys

import pytest

from conftest import ROOT
from test_browser import CHROMIUM, CHROMIUM_ARGS, _free_port, _stop, _wait_healthy, browser_env  # noqa: F401

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


def _ink(png: bytes):
    from PIL import Image

    return Image.open(io.BytesIO(png)).convert("L").point(lambda v: 255 if v < 128 else 0)


def test_page_draws_chinese_without_a_system_cjk_font(browser_env, tmp_path):
    from PIL import ImageChops
    from playwright.sync_api import sync_playwright

    fonts = tmp_path / "no-fonts"
    fonts.mkdir()
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">'
                    f"<fontconfig><dir>{fonts}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>")
    env = {**browser_env, "FONTCONFIG_FILE": str(conf)}

    port = _free_port()
    log = tmp_path / "streamlit.log"
    cmd = [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port),
           "--server.address", "127.0.0.1", "--server.headless", "true"]
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
    try:
        _wait_healthy(proc, port, log)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                         env=env, headless=True)
            try:
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.goto(f"http://127.0.0.1:{port}/", wait_until="domcontentloaded")
                page.wait_for_selector(".js-plotly-plot", timeout=90_000)
                status = page.evaluate(
                    "async () => (await fetch('app/static/NotoSansSC-Regular.otf')).status")
                assert status == 200, f"the font is not served (HTTP {status})"
                page.wait_for_function("""() => [...document.fonts].some(
                    f => f.family.replace(/"/g, '') === 'Noto Sans SC' && f.status === 'loaded')""",
                    timeout=60_000)
                loaded = page.evaluate(
                    """() => document.fonts.check('48px "Noto Sans SC"', '株洲疫情复工复产')""")
                assert loaded, "the served Noto Sans SC did not load"
                shots = []
                for text in ("株洲疫情", "复工复产"):
                    page.evaluate(PROBE, text)
                    shots.append(page.locator("#zz-probe").screenshot())
                    family = page.evaluate("() => getComputedStyle(document.getElementById('zz-probe')).fontFamily")
                    page.evaluate("() => document.getElementById('zz-probe').remove()")
            finally:
                browser.close()
    finally:
        _stop(proc)

    a, b = (_ink(s) for s in shots)
    size = (min(a.width, b.width), min(a.height, b.height))
    a, b = a.crop((0, 0, *size)), b.crop((0, 0, *size))
    total = size[0] * size[1]
    differ = 1 - ImageChops.difference(a, b).histogram()[0] / total   # pixels that are not 0
    ink = 1 - a.histogram()[0] / total
    print(f"served font ({family}): 株洲疫情 vs 复工复产 differ on {differ:.1%} of pixels (ink {ink:.1%})")
    (tmp_path / "probe.png").write_bytes(shots[0])
    assert ink > 0.02, "nothing drawn"
    assert differ > 0.05, "the two strings look the same: boxes, not glyphs"
