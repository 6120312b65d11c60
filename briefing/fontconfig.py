"""A CJK font for headless Chromium (kaleido exports, browser tests).

CI and fresh developer machines have no system CJK font, so Chromium draws
Chinese labels as empty boxes ("tofu"). Instead of depending on a Debian
font package, we ship Noto Sans SC (SIL OFL 1.1) through a PyPI wheel and
point fontconfig at it with FONTCONFIG_FILE. Chromium on Linux finds every
font through fontconfig and inherits our environment, so the variable must
be set *before* any Chromium (kaleido server, Playwright, Selenium) starts.

Usage::

    from briefing.fontconfig import ensure_cjk_font, FONT_FAMILY
    ensure_cjk_font()                      # before kaleido.start_sync_server()
    fig.update_layout(font_family=FONT_FAMILY)
"""

from __future__ import annotations

import os
import tempfile
from importlib import metadata, resources
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

# Standard library only (like this module): no import cycle, nothing heavy to load.
from store.atomic import write_text_atomic

# Data-only wheel with Noto Sans SC + Noto Serif SC (notofonts/noto-cjk
# SubsetOTF/SC). SC-only on purpose: a pan-CJK collection can make
# Chromium's per-character fallback pick the Japanese face and draw
# Japanese glyph variants of Chinese characters.
FONT_DIST = "pylopdf-fonts-zh-cn"
FONT_PACKAGE = "pylopdf_fonts_zh_cn"
FONT_FILE = "NotoSansSC-Regular.otf"
FONT_NAME = "Noto Sans SC"  # fontconfig family name of FONT_FILE

# CSS font-family stack for Plotly layouts / page CSS: the bundled font
# first so exports look the same everywhere, then what viewers on other
# systems are likely to have, then the generic fallback.
FONT_FAMILY = f'"{FONT_NAME}", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif'

_APP = "zhuzhou-timeline"
_SYSTEM_CONF = Path("/etc/fonts/fonts.conf")
_configured: str | None = None  # path of the fonts.conf we activated


def font_path() -> Path:
    """Return the bundled font file (found via package metadata, not a fixed path)."""
    candidate: Any  # a package resource, or a file from the distribution's list
    try:
        candidate = resources.files(FONT_PACKAGE) / FONT_FILE
    except ModuleNotFoundError:
        candidate = None
    if candidate is None or not candidate.is_file():
        # Fall back to the distribution's file list (e.g. odd install layouts).
        try:
            dist = metadata.distribution(FONT_DIST)
        except metadata.PackageNotFoundError:
            raise RuntimeError(f"CJK font package {FONT_DIST!r} is not installed; pip install {FONT_DIST}") from None
        hits = [f for f in dist.files or () if f.name == FONT_FILE]
        if not hits:
            raise RuntimeError(f"{FONT_FILE} not found in {FONT_DIST}")
        candidate = hits[0].locate()
    # fontconfig needs a real directory on disk (not a zip member).
    path = Path(str(candidate)).resolve()
    if not path.is_file():
        raise RuntimeError(f"{FONT_FILE} is not a file on disk: {path}")
    return path


def _config_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    for root in (Path(base), Path(tempfile.gettempdir())):
        d = root / _APP / "fontconfig"
        try:
            d.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(d, os.W_OK):
            return d
    raise RuntimeError("no writable directory for the fontconfig file")


def _render_conf(font_dir: Path, cache_dir: Path, base_conf: str | None) -> str:
    lines = [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
        f"<!-- written by {_APP} briefing/fontconfig.py; safe to delete -->",
        "<fontconfig>",
        # Our own cache dir first: site-packages may be read-only, and a
        # cache saves every Chromium start from rescanning the 8 MB font.
        f"  <cachedir>{escape(str(cache_dir))}</cachedir>",
    ]
    if base_conf:
        # Keep the system fonts (DejaVu etc.), rules and other cache dirs.
        lines.append(f'  <include ignore_missing="yes">{escape(base_conf)}</include>')
    lines += [
        f"  <dir>{escape(str(font_dir))}</dir>",
        # Generic families (Plotly's default ends in sans-serif; Streamlit's
        # UI too) may also end on the bundled font, after the system's picks.
        "  <alias><family>sans-serif</family>",
        f"    <accept><family>{escape(FONT_NAME)}</family></accept></alias>",
        "</fontconfig>",
        "",
    ]
    return "\n".join(lines)


def ensure_cjk_font() -> str:
    """Make the bundled CJK font visible to fontconfig; return FONT_FAMILY.

    Writes <cache>/zhuzhou-timeline/fontconfig/fonts.conf and sets
    os.environ["FONTCONFIG_FILE"] to it. Idempotent. Call it before any
    Chromium process starts: a running browser keeps its old font set.
    """
    global _configured
    if _configured and os.environ.get("FONTCONFIG_FILE") == _configured:
        return FONT_FAMILY

    font_dir = font_path().parent
    conf_dir = _config_dir()
    conf_file = conf_dir / "fonts.conf"

    # Chain to whatever config was in force (a caller's FONTCONFIG_FILE, or
    # the system one), but never to our own file (that would loop).
    previous = os.environ.get("FONTCONFIG_FILE")
    if previous and Path(previous).resolve() != conf_file.resolve():
        base_conf: str | None = previous
    elif _SYSTEM_CONF.is_file():
        base_conf = str(_SYSTEM_CONF)
    else:
        base_conf = None

    text = _render_conf(font_dir, conf_dir / "cache", base_conf)
    try:
        unchanged = conf_file.read_text(encoding="utf-8") == text
    except OSError:
        unchanged = False
    if not unchanged:
        # Atomic replace: parallel test workers may race on the same file.
        write_text_atomic(conf_file, text)

    os.environ["FONTCONFIG_FILE"] = str(conf_file)
    _configured = str(conf_file)
    return FONT_FAMILY
