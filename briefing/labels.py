"""Words shown to people: metric names, units, dates, numbers and UI strings.

Chinese first (lang="zh"), English as the option (lang="en"). Any other lang value falls
back to Chinese so a typo never crashes a chart.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

import pandas as pd

from briefing.words import (
    EVENT_KIND_NAMES,
    METRIC_NAMES,
    ORG_SUFFIX_EN,
    PAPER_EN,
    PAPER_KIND_EN,
    PLACE_EN,
    PLACE_SUFFIX_EN,
    QUALIFIER_WORDS,
    SECTOR_WORDS,
    STRINGS,
    UNIT_NAMES,
)
from extract.corpus import DEFAULT_CITY, headline
from extract.gazetteer import divisions
from extract.places import short_name
from extract.world import english_names

LANGS = ("zh", "en")

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def t(key: str, lang: str = "zh", **fmt) -> str:
    """The word for key (briefing/words.py), {placeholders} filled from fmt.

    The one missing-key rule of the product: an unknown key comes back as itself, so a gap
    shows on screen instead of crashing a briefing (tests/test_words.py keeps it from
    happening)."""
    pair = STRINGS.get(key)
    text = _pick(pair, lang) if pair else key
    return text.format(**fmt) if fmt else text


def _pinyin(text: str) -> list[str]:
    # imported when English first asks: its phrase table is slow to load, and a Chinese page
    # never needs it
    from pypinyin import lazy_pinyin

    return lazy_pinyin(text)


def _romanised(stem: str) -> str:
    return "".join(_pinyin(stem)).capitalize() if stem else ""


def _words(stem: str) -> str:
    """A name's pinyin in two-syllable words (most Chinese words have two characters):
    中国航发南方工业 → Zhongguo Hangfa Nanfang Gongye."""
    syllables = _pinyin(stem)
    return " ".join("".join(syllables[i : i + 2]).capitalize() for i in range(0, len(syllables), 2))


def organisation_name(name: str) -> str:
    """An organisation's name in English: romanised, its kind (有限公司, 医院 …) translated."""
    for suffix, english in ORG_SUFFIX_EN:
        if name.endswith(suffix) and len(name) > len(suffix):
            return f"{_words(name[: -len(suffix)])} {english}"
    return _words(name)


def place_name(place: str, lang: str = "zh") -> str:
    """A place as written (zh) or in English: 株洲市 → Zhuzhou, 天元区 → Tianyuan District,
    攸县 → Youxian County, 湖北省 → Hubei, 日本 → Japan; any other Chinese name (a company, a
    hospital) in pinyin with its kind in English (organisation_name)."""
    if lang != "en" or not place:
        return place
    if place in PLACE_EN:
        return PLACE_EN[place]
    if place in english_names():
        return english_names()[place]
    if not re.fullmatch(r"[\u4e00-\u9fff]+", place):
        return place
    for suffix, english in PLACE_SUFFIX_EN:
        if place.endswith(suffix) and len(place) > len(suffix):
            stem = place[: -len(suffix)]
            if not divisions().is_division(place) and suffix not in ("省", "市"):
                break
            # 攸县 → Youxian County: a one-character stem keeps its suffix in the name
            if len(stem) == 1:
                return _romanised(place) + english
            return _romanised(stem) + english
    return organisation_name(place)


def written_differently(place: str, lang: str = "zh") -> bool:
    """True when the page shows `place` other than as the articles write it (so the Chinese
    belongs beside it, on hover)."""
    return place_name(place, lang) != place


def city_name(city: str, lang: str = "zh") -> str:
    return place_name(city, lang)


def sector_name(sector: str, lang: str = "zh") -> str:
    """A sector as written (zh) or in English from its word pieces (words.SECTOR_WORDS):
    重点项目 → key projects, 寄递企业 → delivery firms. A name with a piece the table lacks
    stays as written rather than half translated."""
    if lang != "en" or not sector:
        return sector
    pieces, i = [], 0
    longest = max(map(len, SECTOR_WORDS))
    while i < len(sector):
        for n in range(min(longest, len(sector) - i), 0, -1):
            english = SECTOR_WORDS.get(sector[i : i + n])
            if english:
                pieces.append(english)
                i += n
                break
        else:
            return sector
    return " ".join(pieces)


def paper_name(paper: str, lang: str = "zh") -> str:
    """株洲日报 → Zhuzhou Daily; a paper the tables cannot name stays as written."""
    if lang != "en" or not paper:
        return paper
    if paper in PAPER_EN:
        return PAPER_EN[paper]
    for kind, english in PAPER_KIND_EN:
        if paper.endswith(kind) and len(paper) > len(kind):
            where = paper[: -len(kind)]
            named = (
                place_name(where, "en")
                if where in PLACE_EN or divisions().is_division(where)
                else place_name(where + "市", "en")
                if divisions().is_division(where + "市")
                else ""
            )
            return (named or _romanised(where)) + english
    return paper


def app_title(city: str = DEFAULT_CITY, lang: str = "zh") -> str:
    """株洲市 → '株洲疫情时间线' / 'Zhuzhou COVID-19 timeline'; no city → the bare title."""
    if lang == "en":
        return f"{city_name(city, 'en')} COVID-19 timeline" if city else "COVID-19 timeline"
    return f"{short_name(city) if city else ''}疫情时间线"


def file_prefix(city: str = DEFAULT_CITY) -> str:
    """Start of download file names: 株洲市 → 'zhuzhou' (safe file-name characters only)."""
    name = city_name(city or DEFAULT_CITY, "en").lower().replace(" ", "_")
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in name)


def metric_name(metric: str, lang: str = "zh") -> str:
    pair = METRIC_NAMES.get(metric)
    return _pick(pair, lang) if pair else metric


def unit_name(unit: str, lang: str = "zh") -> str:
    pair = UNIT_NAMES.get(unit)
    return _pick(pair, lang) if pair else unit


def event_label(label: str, kind: str = "", lang: str = "zh") -> str:
    """Events carry a Chinese label; English uses the kind's name when we know it."""
    if lang == "en" and kind in EVENT_KIND_NAMES:
        return EVENT_KIND_NAMES[kind][1]
    return label or (_pick(EVENT_KIND_NAMES[kind], lang) if kind in EVENT_KIND_NAMES else kind)


def _as_date(d) -> date | None:
    if d is None or (not isinstance(d, (str, date, datetime)) and pd.isna(d)):
        return None
    ts = pd.Timestamp(d)
    return None if pd.isna(ts) else ts.date()


def iso_day(d) -> str:
    """Any date-like value → '2020-02-19'; '' for a missing date."""
    day = _as_date(d)
    return "" if day is None else day.isoformat()


def format_date(d, lang: str = "zh", with_year: bool = False) -> str:
    """2020-02-19 → '2月19日' (zh) / 'Feb 19' (en); '' for a missing date."""
    day = _as_date(d)
    if day is None:
        return ""
    if lang == "en":
        text = f"{MONTHS_EN[day.month - 1]} {day.day}"
        return f"{text}, {day.year}" if with_year else text
    text = f"{day.month}月{day.day}日"
    return f"{day.year}年{text}" if with_year else text


def _plain_number(value: float, lang: str) -> str:
    v = float(value)
    if v.is_integer():
        return f"{int(v):,}" if lang == "en" else str(int(v))
    text = f"{v:.2f}".rstrip("0").rstrip(".")
    return text


def _wan(value: float) -> str:
    """17000 → '1.7万' (one decimal at most, trailing zero dropped)."""
    text = f"{value / 10000:.1f}".rstrip("0").rstrip(".")
    return f"{text}万"


def format_number(value, unit: str = "", lang: str = "zh", qualifier: str = "", compact: bool = False) -> str:
    """80, 例 → '80例'; 94.14, % → '94.14%'; 17000, 人, compact → '1.7万人' (zh).

    English puts a space before word units: '80 cases', '17,000 people'. qualifier adds
    超过/约/不足 (over/about/under) so an approximate figure never reads as exact.
    """
    if value is None or pd.isna(value):
        return "—"
    v = float(value)
    if lang == "en":
        number = _plain_number(v, "en")
        u = unit_name(unit, "en")
        text = number + ("%" if u == "%" else (f" {u}" if u else ""))
        prefix = QUALIFIER_WORDS.get(qualifier, ("", "", ""))[2]
        return prefix + text
    number = _wan(v) if compact and abs(v) >= 10000 else _plain_number(v, "zh")
    prefix = QUALIFIER_WORDS.get(qualifier, ("", "", ""))[0]
    return f"{prefix}{number}{unit}"


def chart_title(chart: str, lang: str = "zh", region: str = "") -> str:
    """Slide title for a chart builder name, with the region in front when given."""
    base = t(f"title_{chart}", lang)
    if not region:
        return base
    return f"{place_name(region, lang)} · {base}" if lang == "en" else f"{region}{base}"


def axis_title_for_unit(unit: str, lang: str = "zh") -> str:
    """Y axis title naming the unit: 例 → 病例数（例）, % → 比例（%）."""
    key = {"例": "cases_axis", "人": "people_axis", "%": "percent_axis"}.get(unit, "count_axis")
    return t(key, lang)


def source_line(paper: str, span: tuple[str, str] | None, lang: str = "zh") -> str:
    """数据来源：株洲日报，2020年1月31日—3月15日 — from the articles' own dates, never
    hard-coded; built where it is shown (charts, deck, page), not by the storage layer."""
    paper = paper_name(paper, lang) or ("本地报纸" if lang == "zh" else "local paper")
    if not span:
        return f"数据来源：{paper}" if lang == "zh" else f"Source: {paper}"
    a, b = span
    if lang == "zh":
        text = format_date(a, "zh", with_year=True) + (
            "" if a == b else "—" + format_date(b, "zh", with_year=a[:4] != b[:4])
        )
        return f"数据来源：{paper}，{text}"
    text = format_date(a, "en", with_year=True) + ("" if a == b else " – " + format_date(b, "en", with_year=True))
    return f"Source: {paper}, {text}"


def article_title(text: str, pos: int = 0) -> str:
    """The headline a figure sits under: the nearest '#' heading before pos, else the
    first non-empty line of the article (at most 60 characters). Plain text."""
    text = text or ""
    heading = ""
    for m in re.finditer(r"(?m)^#{1,6}[ \t]*(.+?)[ \t]*$", text[: max(pos, 0)]):
        heading = m.group(1)
    if not heading:
        return headline(text)  # the first non-empty line (extract.corpus: one headline rule)
    return heading if len(heading) <= 60 else heading[:59] + "…"


def source_name(doc: str, articles: Mapping[str, Any] | None, paper: str = "", lang: str = "zh") -> str:
    """How a source is named where people read it: 《headline》 · 株洲日报 2月21日, not the
    file's hash name (which stays in its own column or tooltip). The name alone when the
    article is unknown."""
    art = (articles or {}).get(doc)
    # an article read back from the store carries its headline: its text is read only when shown
    title = getattr(art, "title", "") if art is not None and not isinstance(art, str) else ""
    if not title:
        text = art if isinstance(art, str) else getattr(art, "text", "") if art is not None else ""
        title = article_title(text) if text else ""
    if not title:
        return doc
    published = getattr(art, "published", "") if art is not None and not isinstance(art, str) else ""
    when = format_date(published, lang) if published else ""
    where = " ".join(x for x in (paper_name(paper, lang), when) if x)
    shown = f"《{title}》" if lang == "zh" else f"“{title}”"
    return f"{shown} · {where}" if where else shown


def asof_label(day, lang: str = "zh") -> str:
    """2020-03-14 → '截至3月14日' / 'As of Mar 14'; "" without a day."""
    text = format_date(day, lang)
    return t("asof_only", lang, asof=text) if text else ""
