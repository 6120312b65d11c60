"""What the dashboard shows, computed without Streamlit (so it can be unit tested).

dashboard.py is layout and widgets only; everything it displays comes from here or from
briefing.timeline / briefing.charts:

- region choices, date bounds, filtering (the exact frame the table shows and the CSV holds)
- headline cards (value, as-of date, change since the previous report)
- evidence: the sentence around a figure with the figure highlighted, as HTML in which
  *all* article text is escaped (html.escape) — article HTML is never passed through
- data-quality items (conflicts, failed checks) with their evidence
- chart/table selections → point ids

Chinese first (lang="zh"), English with lang="en".
"""
from __future__ import annotations

import argparse
import csv
import html
import io
import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import pandas as pd

from extract.corpus import DEFAULT_CITY
from extract.records import spreadsheet_safe

from briefing import labels
from briefing.labels import article_title, format_date, format_number, iso_day, metric_name, source_name
from briefing.timeline import date_column, filter_points, merge_events, point_evidence, series

# ---------------------------------------------------------------- UI words

def ui(key: str, lang: str = "zh", **fmt) -> str:
    """The dashboard's words come from the product's one table (briefing/words.py)."""
    return labels.t(key, lang, **fmt)


# What can make markdown out of plain text: links and images ([…](…), bare URLs), emphasis,
# code, math, HTML, headings and list markers at a line's start. Other characters stay as
# they are, so "COVID-19" or "In hospital (cases)" read unchanged.
_MARKDOWN = re.compile(r"([\\`*\[\]<>~$#]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9]))")   # snake_case stays
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


# ---------------------------------------------------------------- corpus argument

def corpus_from_argv(argv: Sequence[str] | None, default: str | Path) -> str:
    """`streamlit run dashboard.py -- --corpus DIR` → DIR; anything else → default.

    Only looks for --corpus, so other arguments (pytest's, under AppTest) are ignored.
    """
    argv = list(argv or [])
    if not any(a == "--corpus" or a.startswith("--corpus=") for a in argv):
        return str(default)
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--corpus")
    known, _ = ap.parse_known_args(argv)
    return known.corpus or str(default)


def corpus_roots(argv: Sequence[str] | None, corpus: str | Path, env: Mapping[str, str] | None = None
                 ) -> list[Path]:
    """The folders the corpus setting may open: each `--corpus-root DIR` given at launch, and
    ZZ_CORPUS_ROOT (folders joined by os.pathsep); without either, the folder of the corpus
    the app was started on. A typed path elsewhere (a home folder, /etc) is refused."""
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--corpus-root", action="append", default=[])
    known, _ = ap.parse_known_args(list(argv or []))
    given = list(known.corpus_root)
    given += [p for p in (env if env is not None else os.environ).get("ZZ_CORPUS_ROOT", "").split(os.pathsep) if p]
    return [Path(p).expanduser().resolve() for p in (given or [corpus])]


def within_roots(folder: str | Path, roots: Sequence[Path]) -> bool:
    """Whether folder (symlinks resolved) is one of roots or lies below one."""
    try:
        real = Path(folder).expanduser().resolve()
    except (OSError, RuntimeError):
        return False
    return any(real == root or root in real.parents for root in roots)


# ---------------------------------------------------------------- regions, dates, filters

def _is_subregion(region: str, city: str) -> bool:
    return region != city and bool(re.fullmatch(r"[\u4e00-\u9fff]{1,8}(?:区|县|市|示范区|新区)", region))


def region_options(points: pd.DataFrame, city: str | None) -> list[str]:
    """The home city first, then each of its counties/districts that has figures.

    Known counties come in gazetteer order; others that look like one (X区/X县/X市) follow
    alphabetically. Organisations and localities are left out (the table can show them).
    A corpus without a home city (city None) lists every place with figures, most first.
    """
    present = set(points["region"].dropna()) if not points.empty else set()
    if city is None:
        counts = points["region"].value_counts() if not points.empty else pd.Series(dtype=int)
        return sorted(present, key=lambda r: (-int(counts.get(r, 0)), r))
    try:
        from extract.places import GAZETTEER
        known = [r for r in GAZETTEER.get(city, ()) if r in present]
    except ImportError:  # pragma: no cover - extract is part of the project
        known = []
    rest = sorted(r for r in present if r not in known and _is_subregion(r, city)
                  and r not in _other_cities())
    return [city, *known, *rest]


def _other_cities() -> set[str]:
    try:
        from extract.places import GAZETTEER
    except ImportError:  # pragma: no cover
        return set()
    return set(GAZETTEER)


def paper_labels(homes: Mapping[str, tuple[str | None, str]], lang: str = "zh") -> dict[str, str]:
    """folder → 'city · paper' for an archive's papers (homes: folder → (city, paper name)),
    every label different: two papers of one city are told apart by paper, two folders with
    the same corpus.json by folder name. A corpus without a home city says so."""
    def base(folder: str) -> str:
        city, paper = homes[folder]
        where = labels.place_name(city, lang) if city else ui("no_home_city", lang)
        return f"{where} · {labels.paper_name(paper, lang) if paper else Path(folder).name}"

    out = {f: base(f) for f in homes}
    for tell in (lambda f: Path(f).name, str):   # by folder name, then by the whole path
        seen: dict[str, int] = {}
        for label in out.values():
            seen[label] = seen.get(label, 0) + 1
        out = {f: (f"{label} ({tell(f)})" if seen[label] > 1 else label) for f, label in out.items()}
    return out


def panel_titles(panels: Sequence[tuple[str, str]], lang: str = "zh") -> list[str]:
    """Small multiples' titles from (city, paper label): the city's name, or the paper's
    label where two panels are the same city's."""
    cities = [c for c, _ in panels]
    return [labels.place_name(c, lang) if cities.count(c) == 1 else label for c, label in panels]


def date_bounds(points: pd.DataFrame, date_basis: str = "asof") -> tuple[date | None, date | None]:
    """First and last day with data on the chosen basis (None, None when there is none)."""
    col = date_column(date_basis)
    days = points[col].dropna() if col in points else pd.Series([], dtype="datetime64[ns]")
    if days.empty:
        return None, None
    return days.min().date(), days.max().date()


# A year of papers on one axis makes every report a dot; the page opens on the latest
# DEFAULT_WINDOW_DAYS when the data span more than LONG_SPAN_DAYS (the full range one click away).
LONG_SPAN_DAYS, DEFAULT_WINDOW_DAYS = 120, 90
TABLE_PAGE_ROWS = 100   # each row's quotes travel to the browser: 500 rows were ~1 MB


def default_range(lo: date | None, hi: date | None) -> tuple[date | None, date | None]:
    """The range the page opens on: all of it, or its last DEFAULT_WINDOW_DAYS when long."""
    if lo is None or hi is None or (hi - lo).days <= LONG_SPAN_DAYS:
        return lo, hi
    return hi - pd.Timedelta(days=DEFAULT_WINDOW_DAYS - 1).to_pytimedelta(), hi


def table_page(frame: pd.DataFrame, page: int, rows: int = TABLE_PAGE_ROWS) -> pd.DataFrame:
    """Rows of one page (1-based; clamped to the pages there are)."""
    pages = max(1, -(-len(frame) // rows))
    page = min(max(1, int(page)), pages)
    return frame.iloc[(page - 1) * rows: page * rows]


def range_within(value: Any, lo: date | None, hi: date | None) -> bool:
    """True when every date in a date_input value lies in [lo, hi] (None counts as fine)."""
    if value is None:
        return True
    vals = value if isinstance(value, (list, tuple)) else [value]
    for v in vals:
        if v is None:
            continue
        d = pd.Timestamp(v).date()
        if (lo is not None and d < lo) or (hi is not None and d > hi):
            return False
    return True


def normalize_range(value: Any, lo: date | None, hi: date | None) -> tuple[date | None, date | None]:
    """A date_input value (tuple of 0–2 dates, or one date) → (start, end) inside [lo, hi].

    While the user is halfway through picking a range the widget returns one date: the
    range then runs from it to hi.
    """
    if isinstance(value, (list, tuple)):
        vals = [v for v in value if v is not None]
    elif value is None:
        vals = []
    else:
        vals = [value]
    start = pd.Timestamp(vals[0]).date() if vals else lo
    end = pd.Timestamp(vals[1]).date() if len(vals) > 1 else hi
    if start is not None and end is not None and start > end:
        start, end = end, start
    if lo is not None and start is not None:
        start = max(start, lo)
    if hi is not None and end is not None:
        end = min(end, hi)
    return start, end


def shown_points(points: pd.DataFrame, start=None, end=None, metrics: Iterable[str] | None = None,
                 date_basis: str = "asof", regions: Iterable[str] | None = None) -> pd.DataFrame:
    """The points the charts and the table use: date range on the chosen basis, metrics,
    regions (None = no limit)."""
    return filter_points(points, start=start, end=end,
                         regions=None if regions is None else list(regions),
                         metrics=None if metrics is None else list(metrics),
                         date_basis=date_basis)


def up_to(points: pd.DataFrame, end=None, date_basis: str = "asof") -> pd.DataFrame:
    """Points on or before end (cards: "latest as of the end of the range")."""
    return filter_points(points, end=end, date_basis=date_basis)


def last_asof(points: pd.DataFrame):
    """Last as-of date among the points (for chart file names); None if empty."""
    days = points["date"].dropna() if "date" in points else []
    return None if len(days) == 0 else days.max()


def metric_options(points: pd.DataFrame) -> list[str]:
    """Metrics present, in the vocabulary's order (labels.METRIC_NAMES)."""
    present = set(points["metric"]) if not points.empty else set()
    order = list(labels.METRIC_NAMES)
    return [m for m in order if m in present] + sorted(present - set(order))


# ---------------------------------------------------------------- headline cards

@dataclass
class Card:
    key: str                      # confirmed_total, …, resumption
    label: str                    # 累计确诊
    value: str                    # 80例
    delta: str | int | None       # "+11例", 0 (gray, no arrow) or None (no earlier report)
    delta_description: str | None  # 较3月1日 / 与3月1日持平
    delta_color: str              # normal | inverse | off
    caption: str                  # 截至3月14日 · 3月15日见报
    help: str
    point_id: str | None = None
    date: pd.Timestamp | None = None          # as-of date of the figure
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
        return None, ui("no_previous", lang)
    change = float(last["value"]) - float(prev["value"])
    when = format_date(prev[basis_col], lang)
    if abs(change) < 1e-9:
        return 0, ui("unchanged", lang, date=when)
    sign = "+" if change > 0 else "-"
    if last["unit"] == "%":
        number = f"{abs(change):.2f}".rstrip("0").rstrip(".")
        text = f"{sign}{number}{ui('pp', lang)}"
    else:
        text = sign + format_number(abs(change), last["unit"], lang)
    return text, ui("since", lang, date=when)


def _caption(row: pd.Series, lang: str, date_basis: str = "asof") -> str:
    """截至3月14日 · 3月15日见报 — the date the cards go by comes first."""
    asof = format_date(row["date"], lang)
    if pd.isna(row["published"]):
        return ui("asof_only", lang, asof=asof)
    key = "published_caption" if date_basis == "published" else "asof_caption"
    return ui(key, lang, asof=asof, published=format_date(row["published"], lang))


def _card_from_series(key: str, label: str, rows: pd.DataFrame, color: str, lang: str,
                      date_basis: str) -> Card:
    if rows.empty:
        return Card(key, label, "—", None, None, "off", ui("no_data", lang), "")
    last = rows.iloc[-1]
    prev = rows.iloc[-2] if len(rows) > 1 else None
    delta, description = _delta(last, prev, lang, "x")
    derived = bool(last["derived"])
    if derived:
        label += ui("card_derived", lang)
        help_text = last["rule_note_en"] if lang == "en" else last["rule_note"]
    else:
        docs = last["docs"] if isinstance(last["docs"], list) and last["docs"] else [last["doc"]]
        help_text = ui("card_help", lang, doc="; ".join(docs))
    value = format_number(last["value"], last["unit"], lang, last["qualifier"])
    unit = labels.unit_name(last["unit"], lang)
    if lang == "en" and unit and unit != "%":
        # '1,419 people' does not fit a fifth of the page: the unit goes to the label
        value = format_number(last["value"], "", lang, last["qualifier"])
        label += f" ({unit})"
    return Card(
        key=key, label=label,
        value=value,
        delta=delta, delta_description=description,
        delta_color="off" if delta is None or delta == 0 else color,
        caption=_caption(last, lang, date_basis), help=help_text, point_id=str(last["point_id"]),
        date=last["date"], published=last["published"], derived=derived,
        raw_value=float(last["value"]))


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
        _unit_rank=(cand["unit"] == "家").astype(int))
    best = cand.sort_values([col, "_metric_rank", "_unit_rank", "value"], kind="stable").iloc[-1]
    return series(points, best["metric"], region, best["sector"], date_basis)


def headline_cards(points: pd.DataFrame, region: str, lang: str = "zh",
                   date_basis: str = "asof", end=None) -> list[Card]:
    """Five cards: confirmed, recovered, in hospital, under observation, resumption.

    Each is the latest figure for region up to end (on the date basis) with its as-of
    date, publication date and the change since the previous report of the same series.
    Derived figures (在院 computed from the same day's figures) are marked.
    """
    pts = up_to(points, end, date_basis) if end is not None else points
    cards = []
    for metric, color in CARD_METRICS:
        rows = series(pts, metric, region, "", date_basis, include_derived=True)
        cards.append(_card_from_series(metric, metric_name(metric, lang), rows, color, lang,
                                       date_basis))
    rows = _resumption_rows(pts, region, date_basis)
    if rows.empty:
        label = ui("card_resumption", lang)
    else:
        last = rows.iloc[-1]
        label = metric_name(last["metric"], lang)
        if last["sector"]:
            label += (" · " if lang == "en" else "·") + labels.sector_name(str(last["sector"]), lang)
    cards.append(_card_from_series("resumption", label, rows, "normal", lang, date_basis))
    return cards


# ---------------------------------------------------------------- evidence as safe HTML

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
    "</style>")


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
        if ch == "\n" and (text[max(0, s - 3):s] == "\n\n\n" or
                            text[text.rfind("\n", 0, s - 1) + 1:][:1] == "#"):
            break   # a layout gap, or the line before is a heading
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
        if ch == "\n" and (text[e:e + 3] == "\n\n\n" or text[e + 1:e + 2] == "#"):
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
        return f'<mark>{html.escape(quote or "")}</mark>'
    s, e, cut_left, cut_right = sentence_span(text, start, end, max_side)
    chars = [(c, start <= i < end) for i, c in enumerate(text[s:e], start=s)]
    chars = _tidy(chars)
    parts, buf, flag = [], [], None
    for c, f in chars + [("", None)]:
        if f != flag and buf:
            chunk = html.escape("".join(buf))
            parts.append(f'<mark>{chunk}</mark>' if flag else chunk)
            buf = []
        flag = f
        buf.append(c)
    return ("…" if cut_left else "") + "".join(parts) + ("…" if cut_right else "")


def _article_text(articles: Mapping[str, Any] | None, doc: str) -> str:
    if not articles or doc not in articles:
        return ""
    art = articles[doc]
    return art if isinstance(art, str) else getattr(art, "text", "") or ""


def evidence_html(item: Mapping[str, Any], articles: Mapping[str, Any] | None,
                  lang: str = "zh", extra: str = "") -> str:
    """One source as a block: headline, file, publication date, highlighted sentence.

    item: {doc, published, quote, start, end}. articles: doc → Article (or its text).
    extra: a short plain-text tag shown first (e.g. '采用 · 78例'); escaped too.
    """
    doc = str(item.get("doc", "") or "")
    text = _article_text(articles, doc)
    start, end = int(item.get("start") or 0), int(item.get("end") or 0)
    quote = str(item.get("quote", "") or "")
    published = item.get("published")
    pub = format_date(published, lang) if published is not None and str(published) != "" \
        and not (not isinstance(published, str) and pd.isna(published)) else ui("unknown", lang)
    title = article_title(text, start) if text else ""
    sentence = highlight_html(text, start, end, quote) if text else \
        f'<mark>{html.escape(quote)}</mark>'
    sep = "：" if lang == "zh" else ": "
    meta = []
    if extra:
        meta.append(f"<b>{html.escape(extra)}</b>")
    if title:
        meta.append(html.escape(f"{ui('source_label', lang)}{sep}《{title}》" if lang == "zh"
                                else f"{ui('source_label', lang)}{sep}“{title}”"))
    meta.append(html.escape(f"{ui('file_label', lang)}{sep}{doc or ui('unknown', lang)}"))
    meta.append(html.escape(f"{ui('published_label', lang)}{sep}{pub}"))
    return (f'<div class="zz-evidence"><div class="zz-meta">{" · ".join(meta)}</div>'
            f'<div class="zz-text">{sentence}</div></div>')


def point_label(row: Mapping[str, Any], lang: str = "zh") -> str:
    """'2月19日 · 株洲市 · 累计确诊 · 78例' (+ sector, + （推算）)."""
    parts = [format_date(row["date"], lang), labels.place_name(str(row["region"]), lang),
             metric_name(row["metric"], lang)]
    if row.get("sector"):
        parts.append(labels.sector_name(str(row["sector"]), lang))
    parts.append(format_number(row["value"], row.get("unit", ""), lang, row.get("qualifier", "")))
    text = " · ".join(parts)
    if row.get("derived"):
        text += ui("card_derived", lang)
    return text


ARTICLE_OPTIONS = 200   # articles a selectbox lists at once; a filter finds the others


def article_options(articles: Mapping[str, Any], query: str = "", limit: int = ARTICLE_OPTIONS) -> list[str]:
    """Article names for a selectbox: those whose file name or headline contains query (any
    case), newest publication first, at most limit. Headlines come from the store when it
    has them, so no article is read for this."""
    query = (query or "").strip().lower()

    def headline(art) -> str:
        return getattr(art, "title", "") or article_title(getattr(art, "text", "") or "")

    found = [(getattr(a, "published", "") or "", name) for name, a in articles.items()
             if not query or query in name.lower() or query in headline(a).lower()]
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
    title: str            # plain text; dashboards render it as text (not HTML)
    note: str             # derived rule or conflict note, plain text
    blocks: list[str]     # HTML blocks from evidence_html (escaped)
    candidates: list[str]  # HTML blocks of conflicting values (escaped)
    derived: bool = False


def evidence_view(points: pd.DataFrame, pid: str | None, articles: Mapping[str, Any] | None,
                  conflicts: pd.DataFrame | None = None, lang: str = "zh") -> EvidenceView:
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
        note = ui("evidence_derived", lang,
                  note=row["rule_note_en"] if lang == "en" else row["rule_note"])
    elif row["conflict"]:
        note = row["rule_note_en"] if lang == "en" else row["rule_note"]
    blocks = [evidence_html(e, articles, lang) for e in info["evidence"]]
    cands = []
    for c in info["candidates"]:
        tag = (ui("chosen", lang) if c["chosen"] else ui("not_chosen", lang)) + " · " + \
            format_number(c["value"], row["unit"], lang, c.get("qualifier", ""))
        cands.append(evidence_html(c, articles, lang, extra=tag))
    return EvidenceView(True, title, note, blocks, cands, bool(row["derived"]))


def heading_html(text: str) -> str:
    """A small heading for plain text (escaped)."""
    return f'<div style="font-size:1.15em;font-weight:600;margin:4px 0">{html.escape(text)}</div>'


# ---------------------------------------------------------------- selections → point ids

def _get(obj: Any, key: str, default=None):
    if obj is None:
        return default
    if isinstance(obj, Mapping):
        return obj.get(key, default)
    try:
        return obj[key]
    except (KeyError, TypeError, IndexError):
        return getattr(obj, key, default)


def pids_from_chart_event(event: Any, fig=None) -> list[str]:
    """Point ids of the points selected in a Plotly chart (st.plotly_chart on_select).

    Uses customdata[0] (the point_id every chart trace carries); falls back to the
    figure's trace data when the event has no customdata.
    """
    selection = _get(event, "selection")
    points = _get(selection, "points") or []
    out = []
    for p in points:
        cd = _get(p, "customdata")
        pid = None
        if isinstance(cd, (list, tuple)) and cd:
            pid = cd[0]
        elif isinstance(cd, str):
            pid = cd
        if pid is None and fig is not None:
            curve = _get(p, "curve_number")
            idx = _get(p, "point_index", _get(p, "point_number"))
            try:
                pid = fig.data[int(curve)].customdata[int(idx)][0]
            except (TypeError, IndexError, ValueError, AttributeError):
                pid = None
        if pid:
            out.append(str(pid))
    return list(dict.fromkeys(out))


def pids_from_table_event(event: Any, frame: pd.DataFrame, column: str) -> list[str]:
    """Point ids of the selected rows of st.dataframe(on_select=…) showing frame."""
    rows = _get(_get(event, "selection"), "rows") or []
    out = []
    for r in rows:
        try:
            out.append(str(frame.iloc[int(r)][column]))
        except (IndexError, ValueError, KeyError):
            continue
    return out


# ---------------------------------------------------------------- table and CSV

TABLE_FIELDS = ("date", "published", "region", "metric", "sector", "value", "unit",
                "qualifier", "derived", "conflict", "sources", "quote", "point", "doc")


def reconciliation_frame(recon: pd.DataFrame, lang: str = "zh", verdicts: Iterable[str] | None = None,
                         articles: Mapping[str, Any] | None = None, paper: str = "") -> pd.DataFrame:
    """The reconciliation table as shown and downloaded: columns in the UI language, values
    with their unit, the verdict in words; the point id kept for a click's evidence."""
    if verdicts is not None:
        recon = recon[recon["verdict"].isin(list(verdicts))]

    def number(v, unit):
        return "" if pd.isna(v) else format_number(float(v), unit, lang)

    rows = []
    for r in recon.to_dict("records"):
        rows.append({
            ui("col_date", lang): iso_day(r["date"]), ui("col_region", lang): labels.place_name(r["region"], lang),
            ui("col_metric", lang): metric_name(r["metric"], lang),
            ui("col_value", lang): number(r["value"], r["unit"]),
            ui("col_official", lang): number(r["official"], r["unit"]),
            ui("col_official_before", lang): number(r["official_before"], r["unit"]),
            ui("col_official_after", lang): number(r["official_after"], r["unit"]),
            ui("col_difference", lang): "" if pd.isna(r["difference"]) else f"{r['difference']:+g}",
            ui("col_verdict", lang): ui(f"verdict_{r['verdict']}", lang),
            ui("col_sources", lang): source_name(r["doc"], articles, paper, lang) if r["doc"] else "",
            ui("col_quote", lang): r["quote"],
            ui("col_point", lang): r["point_id"],
        })
    return pd.DataFrame(rows, columns=[ui(c, lang) for c in (
        "col_date", "col_region", "col_metric", "col_value", "col_official", "col_official_before",
        "col_official_after", "col_difference", "col_verdict", "col_sources", "col_quote", "col_point")])


def official_latest_line(recon: pd.DataFrame, lang: str = "zh", end=None) -> str:
    """The latest paper figure with an official counterpart (up to end), as one line for the cards."""
    rows = recon if end is None else recon[recon["date"] <= pd.Timestamp(end)]
    rows = rows[rows["official"].notna()]
    if rows.empty:
        return ""
    order = {"confirmed_total": 0, "recovered_total": 1, "hospitalized": 2, "deaths_total": 3}
    last = rows[rows["date"] == rows["date"].max()]
    r = last.assign(_o=last["metric"].map(order).fillna(9)).sort_values("_o").iloc[0]
    return ui("official_latest", lang, date=format_date(r["date"], lang), metric=metric_name(r["metric"], lang),
              paper=format_number(float(r["value"]), r["unit"], lang),
              official=format_number(float(r["official"]), r["unit"], lang), verdict=ui(f"verdict_{r['verdict']}", lang))


def table_frame(points: pd.DataFrame, lang: str = "zh", articles: Mapping[str, Any] | None = None,
                paper: str = "") -> pd.DataFrame:
    """The data table exactly as shown (and downloaded): one row per point, columns in
    the UI language, ISO dates, metric names in words, quotes joined with ' | ', sources
    by headline and paper/date (file names in their own column)."""
    cols = {f: ui(f"col_{f}", lang) for f in TABLE_FIELDS}
    rows = []
    order = points.sort_values(["date", "region", "metric", "sector"], kind="stable") \
        if not points.empty else points
    qual_words = {k: (v[0] if lang != "en" else v[2].strip()) for k, v in labels.QUALIFIER_WORDS.items()}
    for r in order.to_dict("records"):
        ev = r["evidence"] if isinstance(r["evidence"], list) else []
        docs = r["docs"] if isinstance(r["docs"], list) else []
        # a sentence that reprints repeat word for word is shown once (the sources column names them all)
        quote = (r["rule_note_en"] if lang == "en" else r["rule_note"]) if r["derived"] else \
            " | ".join(dict.fromkeys(e["quote"] for e in ev))
        rows.append({
            cols["date"]: iso_day(r["date"]), cols["published"]: iso_day(r["published"]),
            cols["region"]: labels.place_name(r["region"], lang), cols["metric"]: metric_name(r["metric"], lang),
            cols["sector"]: labels.sector_name(r["sector"], lang), cols["value"]: float(r["value"]),
            cols["unit"]: labels.unit_name(r["unit"], lang),
            cols["qualifier"]: qual_words.get(r["qualifier"], r["qualifier"]),
            cols["derived"]: bool(r["derived"]), cols["conflict"]: bool(r["conflict"]),
            cols["sources"]: "; ".join(source_name(d, articles, paper, lang) for d in docs),
            cols["quote"]: quote, cols["point"]: r["point_id"], cols["doc"]: "; ".join(docs),
        })
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
        w.writerow(["" if v is None or (isinstance(v, float) and v != v) else spreadsheet_safe(v)
                    for v in row])
    return buf.getvalue().encode("utf-8-sig")


def csv_name(region: str | None, start, end, lang: str = "zh", city: str = DEFAULT_CITY) -> str:
    """<city>_data_<region>_<start>_<end>_<lang>.csv (株洲_data_…; region 'all' for every
    region)."""
    reg = region or "all"
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in reg)
    return (f"{labels.file_prefix(city)}_data_{safe}_{iso_day(start) or 'start'}_"
            f"{iso_day(end) or 'end'}_{lang}.csv")


# ---------------------------------------------------------------- data quality

@dataclass
class QualityItem:
    title: str             # plain text
    message: str           # plain text
    blocks: list[str]      # escaped HTML evidence blocks


def conflict_items(conflicts: pd.DataFrame, points: pd.DataFrame,
                   articles: Mapping[str, Any] | None, lang: str = "zh") -> list[QualityItem]:
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
        title = " · ".join(p for p in (format_date(first["date"], lang), str(first["region"]),
                                         metric_name(first["metric"], lang), str(first["sector"])) if p)
        blocks = []
        ordered = group.sort_values("chosen", ascending=False, kind="stable")
        for _, same in ordered.groupby("value", sort=False):
            # a value an archive printed in 70 articles: its first few sentences and a count
            rows = same.to_dict("records")
            for c in rows[:QUOTES_PER_VALUE]:
                tag = (ui("chosen", lang) if c["chosen"] else ui("not_chosen", lang)) + " · " + \
                    format_number(c["value"], unit, lang, c["qualifier"])
                blocks.append(evidence_html(c, articles, lang, extra=tag))
            if len(rows) > QUOTES_PER_VALUE:
                blocks.append(f'<p class="zz-more">{html.escape(ui("more_sources", lang, n=len(rows) - QUOTES_PER_VALUE, value=format_number(rows[0]["value"], unit, lang)))}</p>')
        out.append(QualityItem(title, note, blocks))
    return out


QUOTES_PER_VALUE = 3


QUALITY_PAGE_ITEMS = 10   # an archive has thousands of conflicts: a page of them at a time


def quality_pages(n_items: int, per_page: int = QUALITY_PAGE_ITEMS) -> int:
    return max(1, -(-n_items // per_page))


def conflict_keys(conflicts: pd.DataFrame | None) -> list[str]:
    """The conflicting keys in the order the panel lists them."""
    return [] if conflicts is None or conflicts.empty else sorted(set(conflicts["key"]))


def conflict_items_page(conflicts: pd.DataFrame, points: pd.DataFrame, articles: Mapping[str, Any] | None,
                        lang: str = "zh", page: int = 1, per_page: int = QUALITY_PAGE_ITEMS
                        ) -> list[QualityItem]:
    """conflict_items for one page of keys only (1-based, clamped): HTML is built for what is shown."""
    keys = conflict_keys(conflicts)
    page = min(max(1, int(page)), quality_pages(len(keys), per_page))
    wanted = set(keys[(page - 1) * per_page: page * per_page])
    return conflict_items(conflicts[conflicts["key"].isin(wanted)], points, articles, lang) if wanted else []


def check_items_page(failed: pd.DataFrame, articles: Mapping[str, Any] | None, lang: str = "zh",
                     page: int = 1, per_page: int = QUALITY_PAGE_ITEMS) -> list[QualityItem]:
    if failed is None or failed.empty:
        return []
    page = min(max(1, int(page)), quality_pages(len(failed), per_page))
    return check_items(failed.iloc[(page - 1) * per_page: page * per_page], articles, lang)


def check_items(failed: pd.DataFrame, articles: Mapping[str, Any] | None,
                lang: str = "zh") -> list[QualityItem]:
    """One item per failed check: its message and the evidence of the figures involved."""
    if failed is None or failed.empty:
        return []
    out = []
    for _, r in failed.iterrows():
        title = " · ".join(p for p in (format_date(r["date"], lang), str(r["region"]),
                                         metric_name(r["metric"], lang), str(r["check"])) if p)
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
                tag = metric_name(e["metric"], lang) + " " + \
                    format_number(e.get("value"), "", lang)
            blocks.append(evidence_html(e, articles, lang, extra=tag))
        hidden = sum(max(0, n - QUOTES_PER_VALUE) for n in shown_per.values())
        if hidden:
            blocks.append(f'<p class="zz-more">{html.escape(ui("more_evidence", lang, n=hidden))}</p>')
        out.append(QualityItem(title, message, blocks))
    return out


# ---------------------------------------------------------------- events

def events_table(events, lang: str = "zh", start=None, end=None,
                 articles: Mapping[str, Any] | None = None, paper: str = "") -> pd.DataFrame:
    """Key events in the date range (as-of dates), each once (timeline.merge_events): date,
    event, source (the first article's headline and paper/date, and how many more), quote,
    file."""
    frame = merge_events(events)
    if start is not None:
        frame = frame[frame["date"] >= pd.Timestamp(start)]
    if end is not None:
        frame = frame[frame["date"] <= pd.Timestamp(end)]
    return pd.DataFrame({
        ui("col_date", lang): [format_date(d, lang) for d in frame["date"]],
        ui("col_event", lang): [labels.event_label(str(lb or ""), str(k or ""), lang)
                                for lb, k in zip(frame["label"], frame["kind"])],
        ui("col_sources", lang): [source_name(str(d), articles, paper, lang) + (
            ui("more_articles", lang, n=n - 1) if n > 1 else "") for d, n in zip(frame["doc"], frame["n_articles"])],
        ui("col_quote", lang): [re.sub(r"\s*\n\s*", "", str(q or "")) for q in frame["quote"]],
        ui("col_doc", lang): list(frame["doc"]),
    })


def events_in_range(events, start=None, end=None) -> list:
    """Events whose (as-of) date lies in [start, end]; the input's own objects."""
    lo = pd.Timestamp(start).date() if start is not None else None
    hi = pd.Timestamp(end).date() if end is not None else None
    out = []
    for ev in events or []:
        # ISO dates parsed as such: pd.to_datetime per event took 2 s for an archive's 10,000
        try:
            day = date.fromisoformat(str(getattr(ev, "date", "")).split("|")[-1].strip()[:10])
        except ValueError:
            continue
        if (lo is None or day >= lo) and (hi is None or day <= hi):
            out.append(ev)
    return out


# ---------------------------------------------------------------- figures

def compare_picks(event: Any, fig) -> list[tuple[int, str]]:
    """(panel, point id) of the points clicked in a compare_chart: the panel says whose city."""
    panels = ((fig.layout.meta or {}).get("panel_of_trace") or []) if fig is not None else []
    out = []
    for p in _get(_get(event, "selection"), "points") or []:
        cd = _get(p, "customdata")
        pid = cd[0] if isinstance(cd, (list, tuple)) and cd else cd if isinstance(cd, str) else None
        try:
            panel = panels[int(_get(p, "curve_number"))]
        except (TypeError, ValueError, IndexError):
            continue
        if pid:
            out.append((panel, pid))
    return out


def has_data(fig) -> bool:
    """True when the figure has at least one trace with points."""
    return any(len(getattr(tr, "x", None) or ()) > 0 for tr in fig.data)
