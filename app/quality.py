"""Data-quality items (conflicts, failed checks) with their evidence, a page at a time."""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from app.evidence import evidence_html
from briefing.labels import format_date, format_number, metric_name, t


@dataclass
class QualityItem:
    title: str  # plain text
    message: str  # plain text
    blocks: list[str]  # escaped HTML evidence blocks


def conflict_items(
    conflicts: pd.DataFrame, points: pd.DataFrame, articles: Mapping[str, Any] | None, lang: str = "zh"
) -> list[QualityItem]:
    """One item per conflicting key: which value was plotted and why, every candidate's
    source sentence."""
    if conflicts is None or conflicts.empty:
        return []
    out = []
    keys = set(conflicts["key"])
    # the points of these keys, looked up once (a filter of every point per key was quadratic)
    plotted = {r["point_id"]: r for r in points[points["point_id"].isin(keys)].to_dict("records")}
    for key, group in conflicts.groupby("key", sort=True):
        first = group.iloc[0]
        prow = plotted.get(key)
        unit = prow["unit"] if prow is not None else ""
        note = ""
        if prow is not None:
            note = prow["rule_note_en"] if lang == "en" else prow["rule_note"]
        title = " · ".join(
            p
            for p in (
                format_date(first["date"], lang),
                str(first["region"]),
                metric_name(first["metric"], lang),
                str(first["sector"]),
            )
            if p
        )
        blocks = []
        ordered = group.sort_values("chosen", ascending=False, kind="stable")
        for _, same in ordered.groupby("value", sort=False):
            # a value an archive printed in 70 articles: its first few sentences and a count
            rows = same.to_dict("records")
            for c in rows[:QUOTES_PER_VALUE]:
                tag = (
                    (t("chosen", lang) if c["chosen"] else t("not_chosen", lang))
                    + " · "
                    + format_number(c["value"], unit, lang, c["qualifier"])
                )
                blocks.append(evidence_html(c, articles, lang, extra=tag))
            if len(rows) > QUOTES_PER_VALUE:
                blocks.append(
                    f'<p class="zz-more">{html.escape(t("more_sources", lang, n=len(rows) - QUOTES_PER_VALUE, value=format_number(rows[0]["value"], unit, lang)))}</p>'
                )
        out.append(QualityItem(title, note, blocks))
    return out


QUOTES_PER_VALUE = 3


QUALITY_PAGE_ITEMS = 10  # an archive has thousands of conflicts: a page of them at a time


def quality_pages(n_items: int, per_page: int = QUALITY_PAGE_ITEMS) -> int:
    return max(1, -(-n_items // per_page))


def conflict_keys(conflicts: pd.DataFrame | None) -> list[str]:
    """The conflicting keys in the order the panel lists them."""
    return [] if conflicts is None or conflicts.empty else sorted(set(conflicts["key"]))


def conflict_items_page(
    conflicts: pd.DataFrame,
    points: pd.DataFrame,
    articles: Mapping[str, Any] | None,
    lang: str = "zh",
    page: int = 1,
    per_page: int = QUALITY_PAGE_ITEMS,
) -> list[QualityItem]:
    """conflict_items for one page of keys only (1-based, clamped): HTML is built for what is shown."""
    keys = conflict_keys(conflicts)
    page = min(max(1, int(page)), quality_pages(len(keys), per_page))
    wanted = set(keys[(page - 1) * per_page : page * per_page])
    return conflict_items(conflicts[conflicts["key"].isin(wanted)], points, articles, lang) if wanted else []


def check_items_page(
    failed: pd.DataFrame,
    articles: Mapping[str, Any] | None,
    lang: str = "zh",
    page: int = 1,
    per_page: int = QUALITY_PAGE_ITEMS,
) -> list[QualityItem]:
    if failed is None or failed.empty:
        return []
    page = min(max(1, int(page)), quality_pages(len(failed), per_page))
    return check_items(failed.iloc[(page - 1) * per_page : page * per_page], articles, lang)


def check_items(failed: pd.DataFrame, articles: Mapping[str, Any] | None, lang: str = "zh") -> list[QualityItem]:
    """One item per failed check: its message and the evidence of the figures involved."""
    if failed is None or failed.empty:
        return []
    out = []
    for _, r in failed.iterrows():
        title = " · ".join(
            p
            for p in (format_date(r["date"], lang), str(r["region"]), metric_name(r["metric"], lang), str(r["check"]))
            if p
        )
        message = r["message_en"] if lang == "en" else r["message_zh"]
        blocks = []
        evidence = list(r["evidence"] or [])
        shown_per: dict = {}
        for e in evidence:
            # each figure's first few sentences (an archive reprints one in dozens of articles)
            which = (e.get("metric"), e.get("value"), e.get("point_id"))
            shown_per[which] = shown_per.get(which, 0) + 1
            if shown_per[which] > QUOTES_PER_VALUE:
                continue
            tag = ""
            if "metric" in e:
                tag = metric_name(e["metric"], lang) + " " + format_number(e.get("value"), "", lang)
            blocks.append(evidence_html(e, articles, lang, extra=tag))
        hidden = sum(max(0, n - QUOTES_PER_VALUE) for n in shown_per.values())
        if hidden:
            blocks.append(f'<p class="zz-more">{html.escape(t("more_evidence", lang, n=hidden))}</p>')
        out.append(QualityItem(title, message, blocks))
    return out
