"""HTML → the text a reader sees: whether bytes are an HTML page, and its visible text.

The stdlib ``html.parser`` does the parsing (roughly 1 MB/s), which is fine for article
pages; plain text never reaches it (see ``extract.decode``). The text returned is what
record offsets index into, so nothing here may depend on anything but the page.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from extract.errors import InputError

_SPACES = re.compile(r"\s*")
_HTML_OPENING = re.compile(r"<(?:!doctype\s+html|html[\s>])", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?:html|head|body|p|div|br|span|a|table|tr|td|th|li|ul|ol|h[1-6]|script|style|"
    r"meta|title|section|article|img|strong|em|b|i|font|center|link)\b[^<>]*>",
    re.IGNORECASE,
)
_MIN_TAGS = 5
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


def looks_like_html(head: str, name: str) -> bool:
    """By file suffix, a leading <!doctype html>/<html>, or several HTML tags in ``head``."""
    if name.lower().endswith(_HTML_SUFFIXES):
        return True
    if "<" not in head:
        return False
    if _starts_like_html(head):
        return True
    return any(count >= _MIN_TAGS for count, _ in enumerate(_HTML_TAG.finditer(head), start=1))


def _starts_like_html(head: str) -> bool:
    """<!doctype html> or <html> first, after white space, an XML declaration, comments."""
    lead = _SPACES.match(head)
    assert lead is not None  # \s* matches at any position
    i = lead.end()
    if head.startswith("<?xml", i):
        end = head.find(">", i)
        if end < 0:
            return False
        i = end + 1
    while True:
        gap = _SPACES.match(head, i)
        assert gap is not None  # \s* matches at any position
        i = gap.end()
        if not head.startswith("<!--", i):
            break
        end = head.find("-->", i + 4)
        if end < 0:
            return False
        i = end + 3
    return _HTML_OPENING.match(head, i) is not None


_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "tr",
        "section",
        "article",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "caption",
        "blockquote",
        "pre",
        "hr",
        "header",
        "footer",
        "main",
        "nav",
        "aside",
        "figure",
        "figcaption",
        "address",
        "form",
        "fieldset",
        "legend",
        "details",
        "summary",
        "center",
        "body",
        "html",
    }
)
_CELL_TAGS = frozenset({"td", "th"})
_SKIP_TAGS = frozenset({"script", "style", "head", "title", "noscript", "template"})
# Tags that may sit in <head>; any other start tag implicitly closes an open <head>.
_HEAD_TAGS = frozenset({"title", "meta", "link", "style", "script", "base", "noscript", "template"})
_BREAK = None  # paragraph-break marker in the chunk list
_WS_RUN = re.compile(r"[ \t\n\r\f\v\xa0\u200b]+")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list = []
        self.skip: list[str] = []  # open elements whose content is dropped

    def handle_starttag(self, tag, attrs):
        if "head" in self.skip and tag not in _HEAD_TAGS:
            self.skip = [t for t in self.skip if t not in ("head", "title")]
        if tag in _SKIP_TAGS:
            self.skip.append(tag)
        elif tag in _BLOCK_TAGS:
            self.chunks.append(_BREAK)
        elif tag in _CELL_TAGS:
            self.chunks.append(" ")

    def handle_startendtag(self, tag, attrs):  # <br/>, <p/> …: no content to skip
        if tag in _BLOCK_TAGS:
            self.chunks.append(_BREAK)
        elif tag in _CELL_TAGS:
            self.chunks.append(" ")

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            if tag in self.skip:
                idx = len(self.skip) - 1 - self.skip[::-1].index(tag)
                del self.skip[idx:]
        elif tag in _BLOCK_TAGS:
            self.chunks.append(_BREAK)
        elif tag in _CELL_TAGS:
            self.chunks.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.chunks.append(data)

    def paragraphs(self) -> list[str]:
        out: list[str] = []
        buf: list[str] = []
        for chunk in [*self.chunks, _BREAK]:
            if chunk is _BREAK:
                para = _WS_RUN.sub(" ", "".join(buf)).strip(" \u3000")
                if para:
                    out.append(para)
                buf = []
            else:
                buf.append(chunk)
        return out


def html_to_text(html: str, label: str = "") -> str:
    """Visible text of an HTML document, paragraphs separated by a blank line.

    Drops <script>, <style>, <head> (and <title>, <noscript>, <template>) content and
    comments; block elements (p, div, br, h1–h6, li, tr, section, article, …) become
    paragraph breaks ("\\n\\n"); table cells are separated by a space; entities are
    unescaped (&nbsp; becomes a space); runs of white space collapse to one space;
    paragraphs are trimmed of spaces and full-width indentation (U+3000).
    """
    for attempt in (html, _defuse_declarations(html)):
        parser = _TextExtractor()
        try:
            parser.feed(attempt)
            parser.close()
        except Exception:  # html.parser raises AssertionError on some "<![" junk
            continue
        return "\n\n".join(parser.paragraphs())
    raise InputError(
        "undecodable", f"无法解析 HTML 文件：{label or '（未命名）'}", f"cannot parse HTML file: {label or '(unnamed)'}"
    )


_BOGUS_DECL = re.compile(r"<!(?!--|doctype)[^<>]*>", re.IGNORECASE)
_OPEN_DECL = re.compile(r"<!(?!--|doctype)", re.IGNORECASE)


def _defuse_declarations(html: str) -> str:
    # "<!…>" that is neither a comment nor a doctype is a bogus comment to browsers
    # and the one construct html.parser raises on ("<![bogus]>"): drop it; an
    # unterminated one is kept as text.
    return _OPEN_DECL.sub("&lt;!", _BOGUS_DECL.sub("", html))
