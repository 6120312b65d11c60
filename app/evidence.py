"""A figure's evidence: the sentence around it with the figure marked, as HTML in which
all article text is escaped (html.escape); article HTML is never passed through."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from briefing import labels
from briefing.labels import article_title, format_date, format_number, metric_name, t
from briefing.timeline import point_evidence

_TERMINATORS = "。！？!?"
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
# One stylesheet for every evidence block, sent once per page (dashboard.py): the same inline
# styles in each block were 300 of its 700 bytes, and a quality page shows hundreds of blocks.
EVIDENCE_CSS = (
    "<style>"
    ".zz-evidence{border-left:3px solid #3E6E9E;background:#F6F8FA;padding:8px 14px;margin:6px 0;border-radius:4px}"
    ".zz-evidence .zz-meta{font-size:0.85em;color:#555}"
    ".zz-evidence .zz-text{font-size:1.05em;line-height:1.75;margin-top:4px}"
    ".zz-evidence mark{background:#FFE08A;color:inherit;padding:0 2px;border-radius:2px}"
    "</style>"
)


def sentence_span(text: str, start: int, end: int, max_side: int = 120) -> tuple[int, int, bool, bool]:
    """(s, e, cut_left, cut_right): the sentence around text[start:end].

    A sentence ends at 。！？!?, at a heading line (# …) or at three or more line breaks
    (layout gaps inside a sentence, like 在院治疗38\\n\\n例, are not boundaries). At most
    max_side characters are taken on each side; cut_* say whether that cap was hit.
    """
    n = len(text)
    start, end = max(0, min(start, n)), max(0, min(end, n))
    s = start
    cut_left = False
    while s > 0:
        ch = text[s - 1]
        if ch in _TERMINATORS:
            break
        if ch == "\n" and (text[max(0, s - 3) : s] == "\n\n\n" or text[text.rfind("\n", 0, s - 1) + 1 :][:1] == "#"):
            break  # a layout gap, or the line before is a heading
        if start - s >= max_side:
            cut_left = True
            break
        s -= 1
    e = end
    cut_right = False
    while e < n:
        ch = text[e]
        if ch in _TERMINATORS:
            e += 1
            # keep a closing quote or bracket with its sentence
            while e < n and text[e] in "”’」』）)":
                e += 1
            break
        if ch == "\n" and (text[e : e + 3] == "\n\n\n" or text[e + 1 : e + 2] == "#"):
            break
        if e - end >= max_side:
            cut_right = True
            break
        e += 1
    return s, e, cut_left, cut_right


def _tidy(chars: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Collapse whitespace runs that hold a line break: gone between Chinese characters
    (a layout break like 38\\n\\n例), one space between Latin words. Ends trimmed."""
    out: list[tuple[str, bool]] = []
    i, n = 0, len(chars)
    while i < n:
        ch, flag = chars[i]
        if not ch.isspace():
            out.append((ch, flag))
            i += 1
            continue
        j = i
        while j < n and chars[j][0].isspace():
            j += 1
        run = "".join(c for c, _ in chars[i:j])
        prev = out[-1][0] if out else ""
        nxt = chars[j][0] if j < n else ""
        if "\n" in run or "\t" in run:
            if prev and nxt and not (_CJK.match(prev) or _CJK.match(nxt)):
                out.append((" ", flag and (chars[j][1] if j < n else False)))
        elif prev and nxt:
            out.extend(chars[i:j])
        i = j
    return out


def highlight_html(text: str, start: int, end: int, quote: str = "", max_side: int = 120) -> str:
    """The sentence around text[start:end] as HTML with the figure in <mark>.

    Every character of article text goes through html.escape — a quote containing
    <script> comes out as &lt;script&gt;. If the offsets do not match quote (an edited
    file), the quote is looked up in the text; failing that, only the quote is shown.
    """
    text = text or ""
    valid = 0 <= start < end <= len(text) and (not quote or text[start:end] == quote)
    if not valid and quote:
        found = text.find(quote)
        if found >= 0:
            start, end, valid = found, found + len(quote), True
    if not valid:
        return f"<mark>{html.escape(quote or '')}</mark>"
    s, e, cut_left, cut_right = sentence_span(text, start, end, max_side)
    chars = [(c, start <= i < end) for i, c in enumerate(text[s:e], start=s)]
    chars = _tidy(chars)
    parts, buf, flag = [], [], None
    for c, f in [*chars, ("", None)]:
        if f != flag and buf:
            chunk = html.escape("".join(buf))
            parts.append(f"<mark>{chunk}</mark>" if flag else chunk)
            buf = []
        flag = f
        buf.append(c)
    return ("…" if cut_left else "") + "".join(parts) + ("…" if cut_right else "")


def _article_text(articles: Mapping[str, Any] | None, doc: str) -> str:
    if not articles or doc not in articles:
        return ""
    art = articles[doc]
    return art if isinstance(art, str) else getattr(art, "text", "") or ""


def evidence_html(
    item: Mapping[str, Any], articles: Mapping[str, Any] | None, lang: str = "zh", extra: str = ""
) -> str:
    """One source as a block: headline, file, publication date, highlighted sentence.

    item: {doc, published, quote, start, end}. articles: doc → Article (or its text).
    extra: a short plain-text tag shown first (e.g. '采用 · 78例'); escaped too.
    """
    doc = str(item.get("doc", "") or "")
    text = _article_text(articles, doc)
    start, end = int(item.get("start") or 0), int(item.get("end") or 0)
    quote = str(item.get("quote", "") or "")
    published = item.get("published")
    pub = (
        format_date(published, lang)
        if published is not None
        and str(published) != ""
        and not (not isinstance(published, str) and pd.isna(published))
        else t("unknown", lang)
    )
    title = article_title(text, start) if text else ""
    sentence = highlight_html(text, start, end, quote) if text else f"<mark>{html.escape(quote)}</mark>"
    sep = "：" if lang == "zh" else ": "
    meta = []
    if extra:
        meta.append(f"<b>{html.escape(extra)}</b>")
    if title:
        meta.append(
            html.escape(
                f"{t('source_label', lang)}{sep}《{title}》"
                if lang == "zh"
                else f"{t('source_label', lang)}{sep}“{title}”"
            )
        )
    meta.append(html.escape(f"{t('file_label', lang)}{sep}{doc or t('unknown', lang)}"))
    meta.append(html.escape(f"{t('published_label', lang)}{sep}{pub}"))
    return (
        f'<div class="zz-evidence"><div class="zz-meta">{" · ".join(meta)}</div>'
        f'<div class="zz-text">{sentence}</div></div>'
    )


def point_label(row: Mapping[str, Any], lang: str = "zh") -> str:
    """'2月19日 · 株洲市 · 累计确诊 · 78例' (+ sector, + （推算）)."""
    parts = [
        format_date(row["date"], lang),
        labels.place_name(str(row["region"]), lang),
        metric_name(row["metric"], lang),
    ]
    if row.get("sector"):
        parts.append(labels.sector_name(str(row["sector"]), lang))
    parts.append(format_number(row["value"], row.get("unit", ""), lang, row.get("qualifier", "")))
    text = " · ".join(parts)
    if row.get("derived"):
        text += t("card_derived", lang)
    return text


ARTICLE_OPTIONS = 200  # articles a selectbox lists at once; a filter finds the others


def article_options(articles: Mapping[str, Any], query: str = "", limit: int = ARTICLE_OPTIONS) -> list[str]:
    """Article names for a selectbox: those whose file name or headline contains query (any
    case), newest publication first, at most limit. Headlines come from the store when it
    has them, so no article is read for this."""
    query = (query or "").strip().lower()

    def headline(art) -> str:
        return getattr(art, "title", "") or article_title(getattr(art, "text", "") or "")

    found = [
        (getattr(a, "published", "") or "", name)
        for name, a in articles.items()
        if not query or query in name.lower() or query in headline(a).lower()
    ]
    found.sort(key=lambda pn: (pn[0], pn[1]), reverse=True)
    return [name for _, name in found[:limit]]


def point_choices(points: pd.DataFrame) -> list[str]:
    """Point ids of the given points, ordered by date, region, metric, sector."""
    if points.empty:
        return []
    order = points.sort_values(["date", "region", "metric", "sector"], kind="stable")
    return list(dict.fromkeys(order["point_id"]))


@dataclass
class EvidenceView:
    found: bool
    title: str  # plain text; dashboards render it as text (not HTML)
    note: str  # derived rule or conflict note, plain text
    blocks: list[str]  # HTML blocks from evidence_html (escaped)
    candidates: list[str]  # HTML blocks of conflicting values (escaped)
    derived: bool = False


def evidence_view(
    points: pd.DataFrame,
    pid: str | None,
    articles: Mapping[str, Any] | None,
    conflicts: pd.DataFrame | None = None,
    lang: str = "zh",
) -> EvidenceView:
    """All that the evidence panel shows for one point id."""
    if not pid:
        return EvidenceView(False, "", "", [], [])
    info = point_evidence(points, pid, conflicts)
    row = info["point"]
    if row is None:
        return EvidenceView(False, "", "", [], [])
    title = point_label(row, lang)
    note = ""
    if row["derived"]:
        note = t("evidence_derived", lang, note=row["rule_note_en"] if lang == "en" else row["rule_note"])
    elif row["conflict"]:
        note = row["rule_note_en"] if lang == "en" else row["rule_note"]
    blocks = [evidence_html(e, articles, lang) for e in info["evidence"]]
    cands = []
    for c in info["candidates"]:
        tag = (
            (t("chosen", lang) if c["chosen"] else t("not_chosen", lang))
            + " · "
            + format_number(c["value"], row["unit"], lang, c.get("qualifier", ""))
        )
        cands.append(evidence_html(c, articles, lang, extra=tag))
    return EvidenceView(True, title, note, blocks, cands, bool(row["derived"]))


def heading_html(text: str) -> str:
    """A small heading for plain text (escaped)."""
    return f'<div style="font-size:1.15em;font-weight:600;margin:4px 0">{html.escape(text)}</div>'
