"""The process's one Chromium for images: a kaleido server, started on first use (or warmed up
in the background), after briefing.fontconfig.ensure_cjk_font() so Chromium sees the bundled
Chinese font, and stopped at exit. A browser that is missing, fails to start, dies or hangs
is an ExportUnavailable, never a blocked caller.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
import time

from . import fontconfig

log = logging.getLogger(__name__)

RENDER_TIMEOUT = 180.0  # s; kaleido's own per-figure timeout is 90 s
_BROWSER_FAILURES = ("ChromeNotFoundError", "BrowserFailedError", "BrowserClosedError")


class ExportUnavailable(RuntimeError):
    """No Chrome/Chromium to render images with (or it failed to start / answer)."""

    def __init__(self, detail: str = ""):
        self.detail = detail
        msg = (
            "无法导出图片：未找到可用的 Chrome/Chromium 浏览器（kaleido 需要它来生成 PNG/SVG/PDF）。"
            "请在仪表盘中使用图表右上角的相机图标（“下载图片”）按钮，它在您的浏览器里生成图片，始终可用；"
            "或安装 Chromium（Debian/Ubuntu：apt-get install chromium）或设置 BROWSER_PATH。\n"
            "Cannot export images: no working Chrome/Chromium browser was found (kaleido needs one "
            'to render PNG/SVG/PDF). Use the camera icon ("Download plot as a png") at the top '
            "right of each chart in the dashboard, which renders in your own browser and always "
            "works; or install Chromium (Debian/Ubuntu: apt-get install chromium) or set "
            "BROWSER_PATH."
        )
        super().__init__(msg + (f"\n({detail})" if detail else ""))

    def one_line(self) -> str:
        """For a command line: one line, Chinese first."""
        why = f" ({self.detail})" if self.detail else ""
        return (
            "无法导出：没有可用的 Chromium（apt-get install chromium，或设置 BROWSER_PATH） / "
            f"cannot export: no working Chromium (apt-get install chromium, or set BROWSER_PATH){why}"
        )


def chrome_path() -> str | None:
    """The Chrome/Chromium kaleido would use (BROWSER_PATH, PATH, usual places), or None."""
    try:
        from choreographer.browsers.chromium import Chromium

        path = Chromium.find_browser(skip_local=False)
    except Exception:
        return None
    return path if path and os.path.isfile(path) and os.access(path, os.X_OK) else None


def chrome_available() -> bool:
    return chrome_path() is not None


# ---------------------------------------------------------------- the kaleido server


class ChromiumRenderer:
    """Owns the kaleido server: one render at a time (kaleido's sync server is not re-entrant),
    started once, restarted after a browser died, stopped at exit."""

    def __init__(self, timeout: float = RENDER_TIMEOUT):
        self.timeout = timeout
        self._lock = threading.RLock()
        self._started = False
        self._atexit_registered = False
        self._warming: threading.Thread | None = None

    def render(self, spec: dict, opts: dict) -> bytes:
        """A figure's dict → image bytes (opts: kaleido's format, width, height, scale)."""
        with self._lock:
            self._ensure()
            return self._calc(spec, opts)

    def warm_up(self, delay: float = 0.0) -> threading.Thread | None:
        """Start the server in a background thread (once), so the first deck or ZIP a user asks
        for does not wait for Chromium to start. delay: seconds to wait first (the dashboard
        lets the browser draw the page before a Chromium competes with it for the cores). None
        without Chrome."""
        if self._warming is not None or not chrome_available():
            return self._warming

        def start():
            time.sleep(delay)
            try:
                with self._lock:
                    self._ensure()
            except ExportUnavailable as exc:  # said again, in one line, when an export is asked for
                log.info("export server not started: %s", exc.one_line())

        self._warming = threading.Thread(target=start, name="kaleido-warm-up", daemon=True)
        self._warming.start()
        return self._warming

    def stop(self) -> None:
        import kaleido

        with self._lock:
            if self._started:
                kaleido.stop_sync_server(silence_warnings=True)
                self._started = False

    def _ensure(self) -> None:
        """Start the server once (font first); ExportUnavailable without Chrome."""
        if self._started and _server_alive():
            return
        if not chrome_available():
            raise ExportUnavailable()
        import kaleido

        fontconfig.ensure_cjk_font()  # Chromium reads FONTCONFIG_FILE only when it starts
        _quiet_browser_failures()
        kaleido.start_sync_server(mathjax=False, silence_warnings=True)
        self._started = True
        if not self._atexit_registered:
            atexit.register(self.stop)
            self._atexit_registered = True

    def _calc(self, fig: dict, opts: dict) -> bytes:
        """kaleido.calc_fig_sync, but a browser that dies or hangs raises instead of blocking."""
        import kaleido

        box: dict = {}

        def work():
            try:
                box["out"] = kaleido.calc_fig_sync(fig, opts=opts)
            except BaseException as exc:
                box["err"] = exc

        worker = threading.Thread(target=work, name="kaleido-call", daemon=True)
        worker.start()
        server = _server_thread()
        deadline = time.monotonic() + self.timeout
        while worker.is_alive():
            worker.join(0.1)
            if not worker.is_alive():
                break
            if server is not None and not server.is_alive():
                # The browser failed to start or died: reset, so a later call starts afresh
                # (the helper thread stays blocked on the dead server's queue; it is a daemon).
                self.stop()
                raise ExportUnavailable("Chromium failed to start or stopped (kaleido server died)")
            if time.monotonic() > deadline:
                raise ExportUnavailable(f"no image from Chromium within {self.timeout:.0f} s")
        if "err" in box:
            err = box["err"]
            if type(err).__name__ in _BROWSER_FAILURES:
                self.stop()
                raise ExportUnavailable(f"{type(err).__name__}: {err}") from err
            raise err
        return box["out"]


RENDERER = ChromiumRenderer()


def warm_up(delay: float = 0.0) -> threading.Thread | None:
    """RENDERER.warm_up: start the process's Chromium in the background."""
    return RENDERER.warm_up(delay)


def _quiet_browser_failures() -> None:
    """A browser that fails to start kills kaleido's server thread with a traceback on stderr;
    the caller already reports it in one line (ExportUnavailable), so log it instead."""
    # choreographer logs its watchdog closing a failed browser as a warning: same story
    logging.getLogger("choreographer").setLevel(logging.ERROR)
    if getattr(threading.excepthook, "_zz_quiet", False):
        return
    previous = threading.excepthook

    def hook(args):
        if args.exc_type is not None and args.exc_type.__name__ in _BROWSER_FAILURES:
            logging.getLogger(__name__).debug("kaleido server thread: %s", args.exc_value)
            return
        previous(args)

    hook._zz_quiet = True  # type: ignore[attr-defined]
    threading.excepthook = hook


def _server_alive() -> bool:
    import kaleido

    server = getattr(kaleido, "_global_server", None)
    return server is None or server.is_running()


def _server_thread():
    # kaleido keeps its server in a private singleton; used only to notice a dead browser.
    import kaleido

    return getattr(getattr(kaleido, "_global_server", None), "_thread", None)
