"""Plain text made safe for Streamlit's markdown, and the page title."""

from __future__ import annotations

import re

from briefing import labels
from extract.corpus import DEFAULT_CITY

# What can make markdown out of plain text: links and images ([…](…), bare URLs), emphasis,
# code, math, HTML, headings and list markers at a line's start. Other characters stay as
# they are, so "COVID-19" or "In hospital (cases)" read unchanged.
_MARKDOWN = re.compile(r"([\\`*\[\]<>~$#]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9]))")  # snake_case stays
_LINE_START = re.compile(r"(?m)^(\s*)([-+=|])")
_ORDERED = re.compile(r"(?m)^(\s*\d+)\.")
_AUTOLINK = re.compile(r"(://|www\.)", re.IGNORECASE)


def md_plain(text) -> str:
    """User-controlled text (file names, titles, sectors, notes, paths) for a place Streamlit
    renders as markdown (messages, titles, card labels, expander titles): escaped, so
    [x](http://…) is shown, never a live link or a remote image."""
    out = _MARKDOWN.sub(r"\\\1", str(text))
    out = _AUTOLINK.sub(lambda m: "\\" + m.group(1) if m.group(1) == "://" else m.group(1)[:3] + "\\.", out)
    out = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), out)
    out = _ORDERED.sub(lambda m: m.group(1) + "\\.", out)
    return out.replace("\n", "  \n")


def page_title(city: str = DEFAULT_CITY, lang: str = "zh") -> str:
    """The dashboard's title for the corpus's home city: 株洲市 → 株洲疫情时间线."""
    return labels.app_title(city, lang)
