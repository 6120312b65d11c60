"""The figures table, its CSV, the paper against the official series, the key events."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from briefing import labels
from briefing.events import merge_events
from briefing.labels import format_date, format_number, iso_day, metric_name, source_name, t
from extract.corpus import DEFAULT_CITY
from extract.records import spreadsheet_safe

TABLE_PAGE_ROWS = 100  # each row's quotes travel to the browser: a page, not the whole table


def table_page(frame: pd.DataFrame, page: int, rows: int = TABLE_PAGE_ROWS) -> pd.DataFrame:
    """Rows of one page (1-based; clamped to the pages there are)."""
    pages = max(1, -(-len(frame) // rows))
    page = min(max(1, int(page)), pages)
    return frame.iloc[(page - 1) * rows : page * rows]


TABLE_FIELDS = (
    "date",
    "published",
    "region",
    "metric",
    "sector",
    "value",
    "unit",
    "qualifier",
    "derived",
    "conflict",
    "sources",
    "quote",
    "point",
    "doc",
)


def reconciliation_frame(
    recon: pd.DataFrame,
    lang: str = "zh",
    verdicts: Iterable[str] | None = None,
    articles: Mapping[str, Any] | None = None,
    paper: str = "",
) -> pd.DataFrame:
    """The reconciliation table as shown and downloaded: columns in the UI language, values
    with their unit, the verdict in words; the point id kept for a click's evidence."""
    if verdicts is not None:
        recon = recon[recon["verdict"].isin(list(verdicts))]

    def number(v, unit):
        return "" if pd.isna(v) else format_number(float(v), unit, lang)

    rows = []
    for r in recon.to_dict("records"):
        rows.append(
            {
                t("col_date", lang): iso_day(r["date"]),
                t("col_region", lang): labels.place_name(r["region"], lang),
                t("col_metric", lang): metric_name(r["metric"], lang),
                t("col_value", lang): number(r["value"], r["unit"]),
                t("col_official", lang): number(r["official"], r["unit"]),
                t("col_official_before", lang): number(r["official_before"], r["unit"]),
                t("col_official_after", lang): number(r["official_after"], r["unit"]),
                t("col_difference", lang): "" if pd.isna(r["difference"]) else f"{r['difference']:+g}",
                t("col_verdict", lang): t(f"verdict_{r['verdict']}", lang),
                t("col_sources", lang): source_name(r["doc"], articles, paper, lang) if r["doc"] else "",
                t("col_quote", lang): r["quote"],
                t("col_point", lang): r["point_id"],
            }
        )
    return pd.DataFrame(
        rows,
        columns=[
            t(c, lang)
            for c in (
                "col_date",
                "col_region",
                "col_metric",
                "col_value",
                "col_official",
                "col_official_before",
                "col_official_after",
                "col_difference",
                "col_verdict",
                "col_sources",
                "col_quote",
                "col_point",
            )
        ],
    )


def official_latest_line(recon: pd.DataFrame, lang: str = "zh", end=None) -> str:
    """The latest paper figure with an official counterpart (up to end), as one line for the cards."""
    rows = recon if end is None else recon[recon["date"] <= pd.Timestamp(end)]
    rows = rows[rows["official"].notna()]
    if rows.empty:
        return ""
    order = {"confirmed_total": 0, "recovered_total": 1, "hospitalized": 2, "deaths_total": 3}
    last = rows[rows["date"] == rows["date"].max()]
    r = last.assign(_o=last["metric"].map(order).fillna(9)).sort_values("_o").iloc[0]
    return t(
        "official_latest",
        lang,
        date=format_date(r["date"], lang),
        metric=metric_name(r["metric"], lang),
        paper=format_number(float(r["value"]), r["unit"], lang),
        official=format_number(float(r["official"]), r["unit"], lang),
        verdict=t(f"verdict_{r['verdict']}", lang),
    )


def table_frame(
    points: pd.DataFrame, lang: str = "zh", articles: Mapping[str, Any] | None = None, paper: str = ""
) -> pd.DataFrame:
    """The data table exactly as shown (and downloaded): one row per point, columns in
    the UI language, ISO dates, metric names in words, quotes joined with ' | ', sources
    by headline and paper/date (file names in their own column)."""
    cols = {f: t(f"col_{f}", lang) for f in TABLE_FIELDS}
    rows = []
    order = points.sort_values(["date", "region", "metric", "sector"], kind="stable") if not points.empty else points
    qual_words = {k: (v[0] if lang != "en" else v[2].strip()) for k, v in labels.QUALIFIER_WORDS.items()}
    for r in order.to_dict("records"):
        ev = r["evidence"] if isinstance(r["evidence"], list) else []
        docs = r["docs"] if isinstance(r["docs"], list) else []
        # a sentence that reprints repeat word for word is shown once (the sources column names them all)
        quote = (
            (r["rule_note_en"] if lang == "en" else r["rule_note"])
            if r["derived"]
            else " | ".join(dict.fromkeys(e["quote"] for e in ev))
        )
        rows.append(
            {
                cols["date"]: iso_day(r["date"]),
                cols["published"]: iso_day(r["published"]),
                cols["region"]: labels.place_name(r["region"], lang),
                cols["metric"]: metric_name(r["metric"], lang),
                cols["sector"]: labels.sector_name(r["sector"], lang),
                cols["value"]: float(r["value"]),
                cols["unit"]: labels.unit_name(r["unit"], lang),
                cols["qualifier"]: qual_words.get(r["qualifier"], r["qualifier"]),
                cols["derived"]: bool(r["derived"]),
                cols["conflict"]: bool(r["conflict"]),
                cols["sources"]: "; ".join(source_name(d, articles, paper, lang) for d in docs),
                cols["quote"]: quote,
                cols["point"]: r["point_id"],
                cols["doc"]: "; ".join(docs),
            }
        )
    return pd.DataFrame(rows, columns=list(cols.values()))


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """CSV of exactly the given frame; UTF-8 with BOM so Excel opens the Chinese. Text that
    a spreadsheet would run as a formula is written as text (extract.records.spreadsheet_safe)."""
    # RFC 4180 line ends, so a cell holding a bare \r is quoted (with "\n" neither pandas nor
    # the csv module quote it, and the row breaks in two)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([spreadsheet_safe(str(c)) for c in frame.columns])
    for row in frame.itertuples(index=False):
        w.writerow(["" if v is None or (isinstance(v, float) and v != v) else spreadsheet_safe(v) for v in row])
    return buf.getvalue().encode("utf-8-sig")


def csv_name(region: str | None, start, end, lang: str = "zh", city: str = DEFAULT_CITY) -> str:
    """<city>_data_<region>_<start>_<end>_<lang>.csv (株洲_data_…; region 'all' for every
    region)."""
    reg = region or "all"
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in reg)
    return f"{labels.file_prefix(city)}_data_{safe}_{iso_day(start) or 'start'}_{iso_day(end) or 'end'}_{lang}.csv"


def events_table(
    events, lang: str = "zh", start=None, end=None, articles: Mapping[str, Any] | None = None, paper: str = ""
) -> pd.DataFrame:
    """Key events in the date range (as-of dates), each once (timeline.merge_events): date,
    event, source (the first article's headline and paper/date, and how many more), quote,
    file."""
    frame = merge_events(events)
    if start is not None:
        frame = frame[frame["date"] >= pd.Timestamp(start)]
    if end is not None:
        frame = frame[frame["date"] <= pd.Timestamp(end)]
    return pd.DataFrame(
        {
            t("col_date", lang): [format_date(d, lang) for d in frame["date"]],
            t("col_event", lang): [
                labels.event_label(str(lb or ""), str(k or ""), lang) for lb, k in zip(frame["label"], frame["kind"])
            ],
            t("col_sources", lang): [
                source_name(str(d), articles, paper, lang) + (t("more_articles", lang, n=n - 1) if n > 1 else "")
                for d, n in zip(frame["doc"], frame["n_articles"])
            ],
            t("col_quote", lang): [re.sub(r"\s*\n\s*", "", str(q or "")) for q in frame["quote"]],
            t("col_doc", lang): list(frame["doc"]),
        }
    )
