"""The project's CJK font, served to the browser.

The page and each chart's camera download are drawn by the reader's browser, which on a
machine without a CJK font shows every Chinese character as a box. Streamlit serves the
files of `static/` beside dashboard.py (server.enableStaticServing) and declares theme font
faces (.streamlit/config.toml), so the font the exports use is put there for the page too.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from briefing.fonts import font_path

ROOT = Path(__file__).resolve().parent.parent
STATIC_FONT = "NotoSansSC-Regular.otf"   # the name .streamlit/config.toml's fontFaces url uses


def ensure_static_font(root: Path = ROOT) -> Path:
    """Copy the bundled font to <root>/static/ (once; again if it changed)."""
    src = font_path()
    dest = root / "static" / STATIC_FONT
    if not dest.is_file() or dest.stat().st_size != src.stat().st_size:
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_suffix(".part")
        shutil.copyfile(src, tmp)
        tmp.replace(dest)
    return dest


if __name__ == "__main__":   # dev.sh runs this before the server starts
    print(ensure_static_font())
