"""What the browser tests share: the dashboard in Debian Chromium through Playwright.

The `browser_env` fixture is in conftest.py (it calls browser_environment() here); the rest is
imported as plain functions:

    from tests.browser_support import dashboard_page

    def test_x(browser_env, tmp_path):
        with dashboard_page(browser_env, tmp_path, path="data") as page:
            ...

Needs /usr/bin/chromium and the playwright package (never downloads a browser). Without them
a browser test skips loudly; with REQUIRE_BROWSER=1 (CI) it fails instead.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from pathlib import Path

import pytest

from conftest import require_browser
from tests.streamlit_server import ServerFailed, serving

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def unavailable(reason: str):
    """Skip loudly (on stderr), or fail under REQUIRE_BROWSER=1."""
    msg = f"BROWSER TEST NOT RUN: {reason}"
    if require_browser():
        pytest.fail(msg + " (REQUIRE_BROWSER=1)")
    print("\n" + "!" * 78 + f"\n{msg}\n" + "!" * 78, file=sys.stderr)
    pytest.skip(msg)


def browser_environment() -> dict:
    """The environment for the servers and Chromium: a CJK font named (FONTCONFIG_FILE); skips
    (or fails) when Chromium, playwright or pillow is missing."""
    if not Path(CHROMIUM).is_file() or not os.access(CHROMIUM, os.X_OK):
        unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError as exc:
        unavailable(f"the playwright package is not installed ({exc})")
    try:
        import PIL  # noqa: F401
    except ImportError as exc:
        unavailable(f"pillow is not installed ({exc})")
    from briefing.fontconfig import ensure_cjk_font

    ensure_cjk_font()  # before any Chromium starts: sets FONTCONFIG_FILE in os.environ
    env = dict(os.environ)
    assert env.get("FONTCONFIG_FILE"), "ensure_cjk_font() did not set FONTCONFIG_FILE"
    return env


@contextlib.contextmanager
def streamlit_server(launch: list[str], env: dict, log: Path, extra: list[str] | tuple = ()):
    """tests.streamlit_server.serving(), a server that does not come up failing the test."""
    try:
        with serving(launch, env, log, extra) as server:
            yield server
    except ServerFailed as exc:
        pytest.fail(str(exc))


@contextlib.contextmanager
def chromium_page(env: dict, url: str, viewport=(1600, 1000)):
    """A page of a headless Chromium (Debian's) opened on `url`; the browser closed afterwards."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, env=env, headless=True)
        try:
            page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
            page.goto(url, wait_until="domcontentloaded")
            yield page
        finally:
            browser.close()


@contextlib.contextmanager
def dashboard_page(
    env: dict, tmp_path: Path, *app_args: str, viewport=(1600, 1000), path: str = "", ready: str = ".js-plotly-plot"
):
    """`streamlit run dashboard.py -- APP_ARGS` on a free port and a Chromium page on it at
    /PATH (a page's address and query; "": the landing page), `ready` (a CSS selector: by
    default a chart) drawn; both stopped afterwards. The one way the browser tests start the
    app."""
    extra = ["--", *app_args] if app_args else []
    with (
        streamlit_server(["-m", "streamlit", "run", "dashboard.py"], env, tmp_path / "streamlit.log", extra) as server,
        chromium_page(env, server.url + path, viewport) as page,
    ):
        page.wait_for_selector(ready, timeout=90_000)
        yield page


def clickable_marker(page, near_title: str | None = None) -> dict | None:
    """{x, y} of a marker in the first chart that a click reaches (nothing, such as an event
    label, lies on top of it); with near_title, the one closest to the subplot titled so."""
    return page.evaluate(
        """(title) => {
        const plot = document.querySelector('.js-plotly-plot');
        let ax = null;
        if (title) {
            const t = [...plot.querySelectorAll('.annotation-text')].find(e => e.textContent === title);
            const r = t.getBoundingClientRect();
            ax = r.x + r.width / 2;
        }
        let best = null;
        for (const pt of plot.querySelectorAll('.scatterlayer .point')) {
            const r = pt.getBoundingClientRect();
            const x = r.x + r.width / 2, y = r.y + r.height / 2;
            const hit = document.elementFromPoint(x, y);
            if (!hit || !hit.classList.contains('nsewdrag')) continue;
            if (ax === null) return {x, y};
            if (!best || Math.abs(x - ax) < Math.abs(best.x - ax)) best = {x, y};
        }
        return best;
    }""",
        near_title,
    )


def ink_difference(png_a: bytes, png_b: bytes) -> tuple[float, int, int]:
    """(share of differing pixels, dark pixels in a, dark pixels in b) of two renderings,
    compared on their common top-left area in grayscale."""
    from PIL import Image, ImageChops

    a = Image.open(io.BytesIO(png_a)).convert("L")
    b = Image.open(io.BytesIO(png_b)).convert("L")
    w, h = min(a.width, b.width), min(a.height, b.height)
    a, b = a.crop((0, 0, w, h)), b.crop((0, 0, w, h))
    changed = sum(ImageChops.difference(a, b).histogram()[65:])
    ink_a, ink_b = sum(a.histogram()[:128]), sum(b.histogram()[:128])
    return changed / float(w * h), ink_a, ink_b
