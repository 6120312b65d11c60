"""The headline cards: a region's latest figures, their as-of dates and changes."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from app.filters import up_to
from briefing import labels
from briefing.labels import format_date, format_number, metric_name, t
from briefing.timeline import date_column, series


@dataclass
class Card:
    key: str  # confirmed_total, …, resumption
    label: str  # 累计确诊
    value: str  # 80例
    delta: str | int | None  # "+11例", 0 (gray, no arrow) or None (no earlier report)
    delta_description: str | None  # 较3月1日 / 与3月1日持平
    delta_color: str  # normal | inverse | off
    caption: str  # 截至3月14日 · 3月15日见报
    help: str
    point_id: str | None = None
    date: pd.Timestamp | None = None  # as-of date of the figure
    published: pd.Timestamp | None = None
    derived: bool = False
    raw_value: float | None = None


CARD_METRICS = (
    # metric, delta colour (a rise in cases is bad news)
    ("confirmed_total", "inverse"),
    ("recovered_total", "normal"),
    ("hospitalized", "inverse"),
    ("observation", "inverse"),
)
RESUMPTION_CARD_METRICS = ("resumption_rate", "resumed")


def _delta(last: pd.Series, prev: pd.Series | None, lang: str, basis_col: str):
    if prev is None:
        return None, t("no_previous", lang)
    change = float(last["value"]) - float(prev["value"])
    when = format_date(prev[basis_col], lang)
    if abs(change) < 1e-9:
        return 0, t("unchanged", lang, date=when)
    sign = "+" if change > 0 else "-"
    if last["unit"] == "%":
        number = f"{abs(change):.2f}".rstrip("0").rstrip(".")
        text = f"{sign}{number}{t('pp', lang)}"
    else:
        text = sign + format_number(abs(change), last["unit"], lang)
    return text, t("since", lang, date=when)


def _caption(row: pd.Series, lang: str, date_basis: str = "asof") -> str:
    """截至3月14日 · 3月15日见报 — the date the cards go by comes first."""
    asof = format_date(row["date"], lang)
    if pd.isna(row["published"]):
        return t("asof_only", lang, asof=asof)
    key = "published_caption" if date_basis == "published" else "asof_caption"
    return t(key, lang, asof=asof, published=format_date(row["published"], lang))


def _card_from_series(key: str, label: str, rows: pd.DataFrame, color: str, lang: str, date_basis: str) -> Card:
    if rows.empty:
        return Card(key, label, "—", None, None, "off", t("no_data", lang), "")
    last = rows.iloc[-1]
    prev = rows.iloc[-2] if len(rows) > 1 else None
    delta, description = _delta(last, prev, lang, "x")
    derived = bool(last["derived"])
    if derived:
        label += t("card_derived", lang)
        help_text = last["rule_note_en"] if lang == "en" else last["rule_note"]
    else:
        docs = last["docs"] if isinstance(last["docs"], list) and last["docs"] else [last["doc"]]
        help_text = t("card_help", lang, doc="; ".join(docs))
    value = format_number(last["value"], last["unit"], lang, last["qualifier"])
    unit = labels.unit_name(last["unit"], lang)
    if lang == "en" and unit and unit != "%":
        # '1,419 people' does not fit a fifth of the page: the unit goes to the label
        value = format_number(last["value"], "", lang, last["qualifier"])
        label += f" ({unit})"
    return Card(
        key=key,
        label=label,
        value=value,
        delta=delta,
        delta_description=description,
        delta_color="off" if delta is None or delta == 0 else color,
        caption=_caption(last, lang, date_basis),
        help=help_text,
        point_id=str(last["point_id"]),
        date=last["date"],
        published=last["published"],
        derived=derived,
        raw_value=float(last["value"]),
    )


def _resumption_rows(points: pd.DataFrame, region: str, date_basis: str) -> pd.DataFrame:
    """The series behind the resumption card: the latest resumption figure of the region.

    Latest report first; on the same day a rate beats a count, firms (家) beat other
    units, and a larger figure beats a smaller one. The card compares with the previous
    report of the same metric and sector only.
    """
    col = date_column(date_basis)
    cand = points[(points["region"] == region) & points["metric"].isin(RESUMPTION_CARD_METRICS)]
    cand = cand.dropna(subset=[col])
    if cand.empty:
        return cand.assign(x=cand[col])
    cand = cand.assign(
        _metric_rank=cand["metric"].map({m: -i for i, m in enumerate(RESUMPTION_CARD_METRICS)}),
        _unit_rank=(cand["unit"] == "家").astype(int),
    )
    best = cand.sort_values([col, "_metric_rank", "_unit_rank", "value"], kind="stable").iloc[-1]
    return series(points, best["metric"], region, best["sector"], date_basis)


def headline_cards(
    points: pd.DataFrame, region: str, lang: str = "zh", date_basis: str = "asof", end=None
) -> list[Card]:
    """Five cards: confirmed, recovered, in hospital, under observation, resumption.

    Each is the latest figure for region up to end (on the date basis) with its as-of
    date, publication date and the change since the previous report of the same series.
    Derived figures (在院 computed from the same day's figures) are marked.
    """
    pts = up_to(points, end, date_basis) if end is not None else points
    cards = []
    for metric, color in CARD_METRICS:
        rows = series(pts, metric, region, "", date_basis, include_derived=True)
        cards.append(_card_from_series(metric, metric_name(metric, lang), rows, color, lang, date_basis))
    rows = _resumption_rows(pts, region, date_basis)
    if rows.empty:
        label = t("card_resumption", lang)
    else:
        last = rows.iloc[-1]
        label = metric_name(last["metric"], lang)
        if last["sector"]:
            label += (" · " if lang == "en" else "·") + labels.sector_name(str(last["sector"]), lang)
    cards.append(_card_from_series("resumption", label, rows, "normal", lang, date_basis))
    return cards
