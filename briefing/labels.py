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

from extract.corpus import DEFAULT_CITY
from extract.places import short_name

LANGS = ("zh", "en")

METRIC_NAMES = {
    "confirmed_total": ("累计确诊", "Confirmed (cumulative)"),
    "confirmed_new": ("新增确诊", "New confirmed"),
    "recovered_total": ("累计治愈出院", "Recovered (cumulative)"),
    "recovered_new": ("新增出院", "New recovered"),
    "deaths_total": ("累计死亡", "Deaths (cumulative)"),
    "deaths_new": ("新增死亡", "New deaths"),
    "hospitalized": ("在院治疗", "In hospital"),
    "severe": ("重症", "Severe"),
    "critical": ("危重症", "Critical"),
    "severe_new": ("新增重症", "New severe"),
    "critical_total": ("累计危重症", "Critical (cumulative)"),
    "recovery_rate": ("治愈率", "Recovery rate"),
    "suspected": ("疑似病例", "Suspected"),
    "observation": ("医学观察", "Under medical observation"),
    "observation_released_total": ("累计解除医学观察", "Released from observation (cumulative)"),
    "observation_released_new": ("当日解除医学观察", "Released from observation (day)"),
    "close_contacts_total": ("累计密切接触者", "Close contacts (cumulative)"),
    "resumed": ("已复工", "Resumed"),
    "sector_total": ("总数", "Total in sector"),
    "resumption_rate": ("复工率", "Resumption rate"),
    "workers_returned": ("返岗人数", "Workers returned"),
    "worker_return_rate": ("返岗率", "Worker return rate"),
    "services_resumed": ("恢复运营", "Services restored"),
}

# English for the units the extractor keeps as the text states them.
UNIT_NAMES = {
    "例": ("例", "cases"),
    "人": ("人", "people"),
    "家": ("家", "firms"),
    "个": ("个", "items"),
    "%": ("%", "%"),
    "条": ("条", "routes"),
    "台": ("台", "vehicles"),
    "辆": ("辆", "vehicles"),
    "户": ("户", "households"),
    "座": ("座", "sites"),
}

QUALIFIER_WORDS = {
    # (zh prefix, zh suffix, en prefix)
    "more_than": ("超过", "", "over "),
    "about": ("约", "", "about "),
    "less_than": ("不足", "", "under "),
}

EVENT_KIND_NAMES = {
    "first_case": ("首例确诊", "First case"),
    "level1_response": ("一级响应", "Level-1 response"),
    "designated_hospital": ("设立定点医院", "Designated hospital"),
    "first_recovery": ("首例治愈", "First recovery"),
    "all_recovered": ("全部治愈", "All recovered"),
    "zero_new": ("新增清零", "No new cases"),
}

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

STRINGS = {
    "no_data": ("无数据", "No data"),
    "derived": ("推算", "derived"),
    "derived_note": ("空心点为推算值，并非报道原文", "Hollow markers are derived, not stated in a source"),
    "source": ("来源", "Source"),
    "sources": ("来源数", "Sources"),
    "date": ("日期", "Date"),
    "asof_date": ("数据截至日期", "As-of date"),
    "published_date": ("报道日期", "Publication date"),
    "date_basis": ("日期依据", "Date basis"),
    "region": ("地区", "Region"),
    "sector": ("行业", "Sector"),
    "metric": ("指标", "Metric"),
    "value": ("数值", "Value"),
    "quote": ("原文", "Quote"),
    "conflict": ("来源不一致", "Conflicting sources"),
    "checks": ("数据核查", "Data checks"),
    "checks_ok": ("全部核查通过", "All checks passed"),
    "log_scale": ("对数坐标", "Log scale"),
    "language": ("语言", "Language"),
    "download": ("下载图片", "Download image"),
    "latest": ("最新", "Latest"),
    "previous": ("上次", "Previous"),
    "events": ("关键事件", "Key events"),
    "count": ("数量", "Count"),
    "cases_axis": ("病例数（例）", "Cases"),
    "people_axis": ("人数（人）", "People"),
    "percent_axis": ("比例（%）", "Percent (%)"),
    "count_axis": ("数量（家/个）", "Count (firms / projects)"),
    "title_cumulative_cases": ("累计确诊、治愈与在院病例", "Confirmed, recovered and in-hospital cases"),
    "title_daily_new_cases": ("每日新增确诊与出院", "Daily new confirmed and recovered"),
    "title_observation": ("医学观察人数", "People under medical observation"),
    "title_resumption_rates": ("复工率与返岗率", "Resumption and worker return rates"),
    "title_resumption_counts": ("复工数量（各自最新报道）", "Resumed counts (latest report each)"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def t(key: str, lang: str = "zh") -> str:
    """UI string for key; an unknown key comes back as itself so gaps show, not crash."""
    pair = STRINGS.get(key)
    return _pick(pair, lang) if pair else key


# English names of the cities the gazetteer knows; another city keeps its Chinese name.
CITY_EN = {"株洲市": "Zhuzhou", "长沙市": "Changsha", "湘潭市": "Xiangtan", "衡阳市": "Hengyang",
           "邵阳市": "Shaoyang", "岳阳市": "Yueyang", "常德市": "Changde", "张家界市": "Zhangjiajie",
           "益阳市": "Yiyang", "郴州市": "Chenzhou", "永州市": "Yongzhou", "怀化市": "Huaihua",
           "娄底市": "Loudi", "湘西土家族苗族自治州": "Xiangxi"}


def city_name(city: str, lang: str = "zh") -> str:
    return CITY_EN.get(city, city) if lang == "en" else city


def app_title(city: str = DEFAULT_CITY, lang: str = "zh") -> str:
    """株洲市 → '株洲疫情时间线' / 'Zhuzhou COVID-19 timeline'; no city → the bare title."""
    if lang == "en":
        return f"{city_name(city, 'en')} COVID-19 timeline" if city else "COVID-19 timeline"
    return f"{short_name(city) if city else ''}疫情时间线"


def file_prefix(city: str = DEFAULT_CITY) -> str:
    """Start of download file names: 株洲市 → 'zhuzhou'; a city without an English name keeps
    its Chinese short name (safe file-name characters only)."""
    city = city or DEFAULT_CITY
    name = CITY_EN.get(city, "").lower() or short_name(city)
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


def format_number(value, unit: str = "", lang: str = "zh", qualifier: str = "",
                  compact: bool = False) -> str:
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
    return f"{region} · {base}" if lang == "en" else f"{region}{base}"


def axis_title_for_unit(unit: str, lang: str = "zh") -> str:
    """Y axis title naming the unit: 例 → 病例数（例）, % → 比例（%）."""
    key = {"例": "cases_axis", "人": "people_axis", "%": "percent_axis"}.get(unit, "count_axis")
    return t(key, lang)


def source_line(paper: str, span: tuple[str, str] | None, lang: str = "zh") -> str:
    """数据来源：株洲日报，2020年1月31日—3月15日 — from the articles' own dates, never
    hard-coded; built where it is shown (charts, deck, page), not by the storage layer."""
    paper = paper or ("本地报纸" if lang == "zh" else "local paper")
    if not span:
        return f"数据来源：{paper}" if lang == "zh" else f"Source: {paper}"
    a, b = span
    if lang == "zh":
        text = format_date(a, "zh", with_year=True) + (
            "" if a == b else "—" + format_date(b, "zh", with_year=a[:4] != b[:4]))
        return f"数据来源：{paper}，{text}"
    text = format_date(a, "en", with_year=True) + ("" if a == b else " – " + format_date(b, "en", with_year=True))
    return f"Source: {paper}, {text}"


def article_title(text: str, pos: int = 0) -> str:
    """The headline a figure sits under: the nearest '#' heading before pos, else the
    first non-empty line of the article (at most 60 characters). Plain text."""
    text = text or ""
    heading = ""
    for m in re.finditer(r"(?m)^#{1,6}[ \t]*(.+?)[ \t]*$", text[:max(pos, 0)]):
        heading = m.group(1)
    if not heading:
        for line in text.splitlines():
            if line.strip():
                heading = line.strip().lstrip("#").strip()
                break
    return heading if len(heading) <= 60 else heading[:59] + "…"


def source_name(doc: str, articles: Mapping[str, Any] | None, paper: str = "", lang: str = "zh") -> str:
    """How a source is named where people read it: 《headline》 · 株洲日报 2月21日, not the
    file's hash name (which stays in its own column or tooltip). The name alone when the
    article is unknown."""
    art = (articles or {}).get(doc)
    text = art if isinstance(art, str) else getattr(art, "text", "") if art is not None else ""
    title = article_title(text) if text else ""
    if not title:
        return doc
    published = getattr(art, "published", "") if art is not None and not isinstance(art, str) else ""
    when = format_date(published, lang) if published else ""
    where = " ".join(x for x in (paper, when) if x)
    shown = f"《{title}》" if lang == "zh" else f"“{title}”"
    return f"{shown} · {where}" if where else shown
