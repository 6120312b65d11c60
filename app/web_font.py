"""The project's CJK font, served to the browser.

The page and each chart's camera download are drawn by the reader's browser, which on a
machine without a CJK font shows every Chinese character as a box. Streamlit serves the
files of `static/` beside dashboard.py (server.enableStaticServing) and declares theme font
faces (.streamlit/config.toml), so the font the exports use is put there for the page too.

Not the whole 8 MB OTF: its FontFace did not load reliably in headless Chromium (issue 9).
The page gets a WOFF2 subset (about 1.4 MB) of the characters Chinese text commonly needs:
every GB2312 character (its 6,763 hanzi and its symbols), Latin-1, CJK punctuation and
full-width forms, and every character in the app's own strings and bundled seeds.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import sys
import threading
import time
from pathlib import Path

from briefing.fontconfig import font_path
from store.atomic import folder_lock, write_bytes_atomic, write_text_atomic

ROOT = Path(__file__).resolve().parent.parent
STATIC_FONT = "NotoSansSC-subset.woff2"  # the name .streamlit/config.toml's fontFaces url uses
LEGACY_FONTS = ("NotoSansSC-Regular.otf",)  # whole-font copies this module used to serve
BUILD = "1"  # bump when the subsetter options below change: forces a rebuild

# Ranges beyond GB2312: ASCII/Latin-1, dashes/quotes/ellipsis, arrows, CJK symbols and
# punctuation, CJK compatibility and small forms, full-width and half-width forms.
RANGES = (
    (0x20, 0x7E),
    (0xA0, 0xFF),
    (0x2010, 0x2027),
    (0x2030, 0x203B),
    (0x2190, 0x2193),
    (0x3000, 0x303F),
    (0xFE30, 0xFE6B),
    (0xFF01, 0xFF65),
    (0xFFE0, 0xFFE6),
)
# Where the app's strings live (UI text, labels, place names) and the default corpus.
TEXT_SOURCES = (
    ("dashboard.py",),
    ("app", "*.py"),
    ("briefing", "*.py"),
    ("extract", "*.py"),
    ("seeds", "*.txt"),
    ("seeds", "*.json"),
)

_LOCK = threading.Lock()  # Streamlit sessions are threads; folder_lock also covers processes


def _gb2312() -> set[int]:
    """Every character of GB2312: rows 1-9 (symbols) and 16-87 (the hanzi), no download."""
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(ord(bytes((hi, lo)).decode("gb2312")))
    return chars


def _app_chars(root: Path) -> set[int]:
    found: set[int] = set()
    for parts in TEXT_SOURCES:
        folder, pattern = (root, parts[0]) if len(parts) == 1 else (root / parts[0], parts[1])
        for path in sorted(folder.glob(pattern)):
            try:
                found.update(ord(c) for c in path.read_text(encoding="utf-8") if ord(c) > 0x7F)
            except (OSError, UnicodeDecodeError):
                continue
    return found


@functools.lru_cache(maxsize=4)  # dashboard.py calls ensure_static_font on every rerun
def charset(root: Path = ROOT) -> frozenset[int]:
    """The code points the served subset covers (those the font has are kept)."""
    ranges = {cp for lo, hi in RANGES for cp in range(lo, hi + 1)}
    return frozenset(_gb2312() | ranges | _app_chars(root))


def _woff2_available() -> bool:
    try:
        import brotli  # noqa: F401
    except ImportError:
        return False
    return True


def _stamp(src: Path, chars: frozenset[int], flavor: str) -> str:
    """What the served file was built from: source font, character set, format, options."""
    from fontTools import version as fonttools_version

    st = src.stat()
    digest = hashlib.sha256(",".join(map(str, sorted(chars))).encode()).hexdigest()[:16]
    return (
        f"build={BUILD} fonttools={fonttools_version} flavor={flavor} "
        f"source={src.name}:{st.st_size}:{st.st_mtime_ns} chars={len(chars)}:{digest}\n"
    )


def build_subset(src: Path, chars: frozenset[int], flavor: str | None) -> bytes:
    """The subset font as bytes: WOFF2 (flavor "woff2") or the plain OTF (None)."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options(
        name_IDs=["*"],
        name_languages=["*"],  # keep copyright and the OFL notice
        notdef_outline=True,  # a missing character is a visible box
    )
    font = TTFont(src)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=chars)
    subsetter.subset(font)
    font.flavor = flavor
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _is_current(dest: Path, stamp_file: Path, stamp: str) -> bool:
    try:
        return dest.is_file() and stamp_file.read_text(encoding="utf-8") == stamp
    except OSError:
        return False


def ensure_static_font(root: Path = ROOT) -> Path:
    """Put the subset web font at <root>/static/STATIC_FONT, built only when it is missing
    or its source font, character set or build options changed; return its path."""
    src = font_path()
    dest = root / "static" / STATIC_FONT
    stamp_file = dest.with_name(dest.name + ".stamp")
    # Streamlit declares every face format("woff2"); browsers read the data's real format,
    # so without brotli an OTF subset under the same name still loads (as the 8 MB OTF did).
    flavor = "woff2" if _woff2_available() else None
    stamp = _stamp(src, charset(root), flavor or "otf")
    if _is_current(dest, stamp_file, stamp):
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    with _LOCK, folder_lock(dest.parent):
        if not _is_current(dest, stamp_file, stamp):  # another thread or process built it
            write_bytes_atomic(dest, build_subset(src, charset(root), flavor))
            write_text_atomic(stamp_file, stamp)  # after the font: a crash between rebuilds
            for name in LEGACY_FONTS:
                (dest.parent / name).unlink(missing_ok=True)
    return dest


if __name__ == "__main__":  # dev.sh runs this before the server starts
    t0 = time.monotonic()
    path = ensure_static_font()
    took = time.monotonic() - t0
    if took > 1:
        print(f"built {path.name}: {path.stat().st_size:,} bytes in {took:.1f} s", file=sys.stderr)
    print(path)
