"""Bytes → text: encoding detection and clear refusals of bad input (HTML: extract/html_text.py).

``decode_bytes(data, name)`` turns the raw bytes of one article file into a
:class:`Decoded` (text, encoding, kind) or refuses it with an :class:`InputError`
that carries a message in Chinese (``.zh``) and English (``.en``).  It never
returns a partial result.

Offsets
    Every record offset elsewhere in the project indexes into ``Decoded.text``:
    the text *after* decoding, after line-ending normalisation (CRLF and lone CR
    become LF) and, for HTML, after conversion to plain text.  It is not an index
    into the original bytes.  Callers that store an article's text must store this
    text (for HTML: as the article's ``.txt``) so that offsets stay honest.
    Nothing else is changed: no Unicode normalisation, no trimming of plain text,
    stray control characters (a form feed, say) are kept as they are.

Detection order (first match wins)
    1. size limit (``max_bytes``), empty input, magic numbers of binary formats;
    2. byte-order marks: UTF-8, UTF-32, UTF-16 (a BOM is never part of the text);
    3. NUL bytes / a high share of control characters → binary;
    4. strict UTF-8 — the fast path taken by most files; it costs one
       ``bytes.decode`` plus a NUL scan, control-character statistics on at most
       three 64 KB windows and, only if a CR is present, the line-ending replace
       (no detector, no regex over the whole text);
    5. bytes that are almost entirely valid UTF-8 with a few broken sequences are
       refused (damaged or truncated UTF-8) rather than decoded as mojibake;
    6. GB18030 (a superset of GBK and GB2312) and Big5 are both tried strictly
       and each result is scored by the share of its non-ASCII characters that are
       common characters of that script (GB2312 level 1, or Big5's
       frequently-used block) or common punctuation; text misread in the other
       encoding scores far lower (kana, bopomofo, rare or private-use characters),
       also for short snippets.  Ties go to GB18030;
    7. for HTML, a ``<meta charset=…>`` in the first 8 KB: a GB/Big5 label picks
       that family if its reading is plausible; any other label is used unless a
       GB18030/Big5 reading is very plausible (old Chinese sites often declare
       iso-8859-1 by mistake); otherwise the best-scoring reading of step 6 wins;
    8. charset-normalizer, only as the last resort (guesses that would not read
       ASCII as ASCII — UTF-16 without BOM, EBCDIC — are ignored); failing that a
       weakly plausible GB18030/Big5 reading, failing that ``undecodable``.

A file that looks like HTML (by its suffix or its first tags) is turned into its visible
text by ``extract.html_text``; plain text never touches the HTML parser.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from extract.errors import InputError
from extract.html_text import html_to_text, looks_like_html

MB = 1024 * 1024
DEFAULT_MAX_BYTES = 20 * MB

# A decoded legacy-encoding candidate must have at least this share of plausible
# non-ASCII characters to be accepted without asking charset-normalizer.
MIN_PLAUSIBLE = 0.5
# If charset-normalizer has no answer, a candidate this plausible is still used.
MIN_PLAUSIBLE_LAST_RESORT = 0.3
# More control characters than this share (of the bytes looked at) → binary.
MAX_CONTROL_SHARE = 0.05
# Almost-valid UTF-8: at most this share of the non-ASCII characters broken …
MAX_BROKEN_UTF8_SHARE = 0.02
# … and at least this many valid multi-byte characters.
MIN_VALID_UTF8_CHARS = 20

_SAMPLE = 65536  # bytes / characters per sample window for the statistics


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    kind: str = "text"  # text | html


# --------------------------------------------------------------------------- api


def decode_bytes(data: bytes, name: str = "", *, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Decoded:
    """Decode one article file's bytes; HTML is turned into plain text.

    ``name`` is the file name: it only serves the messages and HTML detection by
    suffix (.html/.htm).  ``max_bytes`` (default 20 MB; ``None`` for no limit)
    bounds the input size.

    The returned ``text`` has LF line endings only (CRLF and CR are normalised)
    and all offsets computed downstream are offsets into this returned text.
    For HTML (``kind == "html"``) the text is the visible text: ``<script>``,
    ``<style>`` and ``<head>`` content dropped, block elements separated by blank
    lines ("\\n\\n"), entities unescaped, runs of white space collapsed.

    Raises :class:`InputError` with ``code`` one of ``empty``, ``binary``,
    ``too_large``, ``undecodable`` — never a partial result.
    """
    if not isinstance(data, bytes):
        data = bytes(data)
    label = name
    if max_bytes is not None and len(data) > max_bytes:
        raise too_large(len(data), max_bytes, label)
    if not data or data.isspace():
        raise _empty(label)
    _refuse_magic(data, label)

    text, encoding = _decode(data, name, label)

    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if looks_like_html(text[:_SAMPLE], name):
        text = html_to_text(text, label)
        if not text:
            raise InputError(
                "empty",
                f"HTML 文件去掉标签、脚本和样式后没有剩下任何正文文字：{_zh(label)}",
                f"HTML file has no text left after removing tags, scripts and styles: {_en(label)}",
            )
        return Decoded(text, encoding, "html")
    if not text or text.isspace():
        raise _empty(label)
    return Decoded(text, encoding, "text")


# ------------------------------------------------------------------ refusals


def _zh(label: str) -> str:
    return label or "（未命名）"


def _en(label: str) -> str:
    return label or "(unnamed)"


def _fmt_mb(n: int) -> str:
    mb = n / MB
    if mb >= 0.1:
        return f"{mb:.1f}".rstrip("0").rstrip(".")
    return f"{mb:.3g}"


def too_large(size: int, limit: int, label: str) -> InputError:
    return InputError(
        "too_large",
        f"文件过大：{_zh(label)} 有 {_fmt_mb(size)} MB，超过上限 {_fmt_mb(limit)} MB（{limit} 字节）",
        f"file too large: {_en(label)} is {_fmt_mb(size)} MB, over the limit of {_fmt_mb(limit)} MB ({limit} bytes)",
    )


def _empty(label: str) -> InputError:
    return InputError("empty", f"文件为空（没有任何文字）：{_zh(label)}", f"file is empty (no text): {_en(label)}")


def _undecodable(label: str) -> InputError:
    return InputError(
        "undecodable",
        f"无法识别 {_zh(label)} 的文字编码（已尝试 UTF-8、UTF-16、GB18030/GBK、Big5 及自动检测）；"
        f"请将文件另存为 UTF-8 编码",
        f"cannot determine the text encoding of {_en(label)} (tried UTF-8, UTF-16, "
        f"GB18030/GBK, Big5 and automatic detection); please save it as UTF-8",
    )


_MAGIC = (
    (b"%PDF-", "PDF", "PDF"),
    (b"PK\x03\x04", "ZIP（如 Word .docx / Excel .xlsx）", "ZIP (e.g. Word .docx / Excel .xlsx)"),
    (b"PK\x05\x06", "ZIP", "ZIP"),
    (b"PK\x07\x08", "ZIP", "ZIP"),
    (b"\x89PNG\r\n\x1a\n", "PNG 图片", "PNG image"),
    (b"\xff\xd8\xff", "JPEG 图片", "JPEG image"),
    (b"GIF87a", "GIF 图片", "GIF image"),
    (b"GIF89a", "GIF 图片", "GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "旧版 Office（.doc/.xls）", "legacy Office (.doc/.xls)"),
    (b"\x1f\x8b", "GZIP 压缩", "GZIP archive"),
    (b"Rar!\x1a\x07", "RAR 压缩", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z 压缩", "7z archive"),
)


def _refuse_magic(data: bytes, label: str) -> None:
    for magic, zh_kind, en_kind in _MAGIC:
        if data.startswith(magic):
            raise _binary_format(label, zh_kind, en_kind)
    if b"%PDF-" in data[:1024]:  # PDF readers accept junk before the header
        raise _binary_format(label, "PDF", "PDF")


def _binary_format(label: str, zh_kind: str, en_kind: str) -> InputError:
    return InputError(
        "binary",
        f"{_zh(label)} 是 {zh_kind} 文件，不是文本；请先转换为纯文本（.txt，UTF-8）或 HTML 再导入",
        f"{_en(label)} is a {en_kind} file, not text; convert it to plain text (.txt, UTF-8) or HTML first",
    )


def _binary_nul(label: str) -> InputError:
    return InputError(
        "binary",
        f"{_zh(label)} 含有空字节（NUL），看起来是二进制文件（或没有 BOM 的 UTF-16 文本），不是文本；"
        f"请另存为 UTF-8 纯文本",
        f"{_en(label)} contains NUL bytes: it looks like a binary file (or UTF-16 text without "
        f"a byte-order mark), not text; please save it as UTF-8 plain text",
    )


def _binary_control(label: str, share: float) -> InputError:
    return InputError(
        "binary",
        f"{_zh(label)} 中控制字符约占 {share:.0%}，看起来是二进制文件，不是文本",
        f"{_en(label)} is about {share:.0%} control characters: it looks like a binary file, not text",
    )


# Control characters that do not occur in text (tab, LF, FF and CR do).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_CONTROL_CHARS = _CONTROL_BYTES.decode("ascii")


def _sample(seq):
    """Up to three windows (head, middle, tail) of a long bytes/str; all of a short one."""
    n = len(seq)
    if n <= 4 * _SAMPLE:
        return (seq,)
    mid = n // 2
    return seq[:_SAMPLE], seq[mid : mid + _SAMPLE], seq[-_SAMPLE:]


def _refuse_binary_bytes(data: bytes, label: str) -> None:
    """NUL anywhere, or a high share of control bytes (sampled on large inputs)."""
    if b"\x00" in data:
        raise _binary_nul(label)
    windows = _sample(data)
    total = sum(len(w) for w in windows)
    if not total:
        return
    ctrl = sum(len(w.translate(None, _NOT_CONTROL)) for w in windows)
    share = ctrl / total
    if share > MAX_CONTROL_SHARE:
        raise _binary_control(label, share)


def _refuse_binary_text(text: str, label: str) -> None:
    """Same test on decoded text (UTF-16/32, or a detector's guess)."""
    if "\x00" in text:
        raise _binary_nul(label)
    windows = _sample(text)
    total = sum(len(w) for w in windows)
    if not total:
        return
    ctrl = sum(w.count(c) for w in windows for c in _CONTROL_CHARS)
    share = ctrl / total
    if share > MAX_CONTROL_SHARE:
        raise _binary_control(label, share)


# ------------------------------------------------------------------ decoding

_BOMS = (
    # UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def _decode(data: bytes, name: str, label: str) -> tuple[str, str]:
    # 1. UTF-8 with BOM
    if data.startswith(codecs.BOM_UTF8):
        body = data[3:]
        _refuse_binary_bytes(body, label)
        try:
            return body.decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as err:
            raise _broken(label, "UTF-8", err.start + 3) from None
    # 2. UTF-32 / UTF-16 with BOM (the codec consumes the BOM)
    for bom, codec, display in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as err:
                if codec == "utf-32":  # FF FE 00 00 may be UTF-16-LE + U+0000
                    continue
                raise _broken(label, display, err.start) from None
            _refuse_binary_text(text, label)
            return text, codec
    # 3. binary?
    _refuse_binary_bytes(data, label)
    # 4. fast path: strict UTF-8
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        utf8_error = err
    # 5. damaged UTF-8 is refused, not decoded as mojibake
    if _mostly_utf8(data):
        raise _broken(label, "UTF-8", utf8_error.start)
    # 6.–8. legacy encodings
    return _decode_legacy(data, name, label)


def _broken(label: str, display: str, pos: int) -> InputError:
    return InputError(
        "undecodable",
        f"{_zh(label)} 看起来是 {display} 编码，但在第 {pos} 字节处有无效字节（文件可能已损坏、"
        f"被截断或混用了多种编码）；请修复后另存为 UTF-8",
        f"{_en(label)} looks like {display} but has invalid bytes at byte offset {pos} (the file "
        f"may be damaged, truncated or mix encodings); please repair it and save as UTF-8",
    )


def _mostly_utf8(data: bytes) -> bool:
    """Valid multi-byte UTF-8 all over, with only a few broken sequences.

    Called only once strict UTF-8 has failed; long inputs are judged on three
    windows (a character cut at a window edge counts as broken, which the share
    absorbs).
    """
    valid = broken = 0
    for window in _sample(data):
        text = window.decode("utf-8", "replace")
        bad = text.count("\ufffd") - window.count(b"\xef\xbf\xbd")
        non_ascii = len(text) - len(text.encode("ascii", "ignore"))
        valid += non_ascii - bad
        broken += bad
    return valid >= MIN_VALID_UTF8_CHARS and broken <= MAX_BROKEN_UTF8_SHARE * (valid + broken)


_GB_LABELS = {
    "gb2312",
    "gbk",
    "gb18030",
    "x-gbk",
    "chinese",
    "csgb2312",
    "iso-ir-58",
    "gb_2312",
    "gb_2312-80",
    "csiso58gb231280",
    "cp936",
    "ms936",
    "windows-936",
    "euc-cn",
    "euccn",
}
_BIG5_LABELS = {
    "big5",
    "big-5",
    "cn-big5",
    "csbig5",
    "x-x-big5",
    "big5-hkscs",
    "big5hkscs",
    "cp950",
    "ms950",
    "windows-950",
}
_NOT_CHARSETS = {
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "utf-32-le",
    "utf-32-be",
    "unicode-escape",
    "raw-unicode-escape",
    "idna",
    "punycode",
    "undefined",
    "utf-7",
    "utf-8",
    "utf-8-sig",
    "hz",
}
_BIG5_FAMILY = ("big5", "cp950", "big5hkscs")
# A non-Chinese <meta charset> (often a misconfigured iso-8859-1) loses to a
# GB18030/Big5 reading that is at least this plausible.
MIN_PLAUSIBLE_OVER_DECLARED = 0.8


def _decode_legacy(data: bytes, name: str, label: str) -> tuple[str, str]:
    candidates = []  # (score, preference, text, encoding), best first
    gb = _try_decode(data, ("gb18030",))
    if gb:
        candidates.append((_plausibility(gb[0], _common_simplified()), 1, *gb))
    b5 = _try_decode(data, _BIG5_FAMILY)
    if b5:
        candidates.append((_plausibility(b5[0], _common_traditional()), 0, *b5))
    candidates.sort(key=lambda c: (c[0], c[1]), reverse=True)

    declared = _declared_charset(data, name)
    if declared in _GB_LABELS or declared in _BIG5_LABELS:
        want_gb = declared in _GB_LABELS
        for score, _, text, enc in candidates:
            if (enc == "gb18030") == want_gb and score >= MIN_PLAUSIBLE:
                return _strip_bom(text), enc
    elif declared and not (candidates and candidates[0][0] >= MIN_PLAUSIBLE_OVER_DECLARED):
        found = _decode_declared(data, declared)
        if found is not None:
            _refuse_binary_text(found[0], label)
            return _strip_bom(found[0]), found[1]

    if candidates and candidates[0][0] >= MIN_PLAUSIBLE:
        return _strip_bom(candidates[0][2]), candidates[0][3]

    guess = _charset_normalizer_guess(data)
    if guess is not None:
        _refuse_binary_text(guess[0], label)
        return _strip_bom(guess[0]), guess[1]
    if candidates and candidates[0][0] >= MIN_PLAUSIBLE_LAST_RESORT:
        return _strip_bom(candidates[0][2]), candidates[0][3]
    raise _undecodable(label)


def _decode_declared(data: bytes, declared: str) -> tuple[str, str] | None:
    try:
        info = codecs.lookup(declared)
    except LookupError:
        return None
    if info.name in _NOT_CHARSETS or not getattr(info, "_is_text_encoding", True):
        return None
    try:
        return data.decode(info.name), info.name
    except (UnicodeError, LookupError, ValueError):
        return None


def _strip_bom(text: str) -> str:
    # GB18030 has its own BOM (84 31 95 33), which decodes to U+FEFF.
    return text[1:] if text.startswith("\ufeff") else text


def _try_decode(data: bytes, encodings) -> tuple[str, str] | None:
    for enc in encodings:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return None


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None or not best.encoding:
            return None
        probe = "Aa0 <p>,.\n"
        if probe.encode("ascii").decode(best.encoding) != probe:
            return None  # UTF-16 without a BOM, EBCDIC …: noise for an article
        return str(best), best.encoding
    except Exception:  # a third-party detector must not turn bad input into a crash
        return None


_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)


def _declared_charset(data: bytes, name: str) -> str:
    """The charset of an HTML ``<meta charset>`` / ``http-equiv`` in the first 8 KB."""
    head = data[:8192]
    if not looks_like_html(head.decode("latin-1"), name):
        return ""
    m = _META_CHARSET.search(head)
    return m.group(1).decode("ascii").lower() if m else ""


# ---------------------------------------------------- GB18030 versus Big5 score


def _block(encoding: str, rows: range, cells) -> frozenset:
    chars = set()
    for r in rows:
        for c in cells:
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes((r, c)).decode(encoding))
    return frozenset(chars)


@cache
def _common_simplified() -> frozenset:
    """GB2312 level 1: the 3755 most common simplified characters (rows B0–D7)."""
    return _block("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF))


@cache
def _common_traditional() -> frozenset:
    """Big5 常用字: the 5401 frequently used traditional characters (A440–C67E)."""
    cells = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    return _block("big5", range(0xA4, 0xC6), cells) | _block("big5", range(0xC6, 0xC7), range(0x40, 0x7F))


def _is_common_symbol(ch: str) -> bool:
    o = ord(ch)
    return (
        0x3000 <= o <= 0x303F  # CJK symbols and punctuation 。、「」《》…
        or 0xFF01 <= o <= 0xFF5E  # full-width forms ，：；（）０-９Ａ-Ｚ
        or 0x2010 <= o <= 0x203B  # dashes, quotes “”‘’, ellipsis …, ‰
        or o in (0x00A0, 0x00B7, 0x00D7, 0x00F7, 0x2103, 0xFFE5)
    )  # nbsp · × ÷ ℃ ￥


def _plausibility(text: str, common: frozenset) -> float:
    """Share of the non-ASCII characters that are common characters or punctuation.

    ASCII is ignored: it reads the same in every candidate encoding.  Long texts are
    scored on three windows.
    """
    counts: Counter[str] = Counter()
    for window in _sample(text):
        counts.update(window)  # counted in C; then one look-up per distinct char
    n = good = 0
    for ch, k in counts.items():
        if ch < "\x80":
            continue
        n += k
        if ch in common or _is_common_symbol(ch):
            good += k
    return good / n if n else 1.0
