"""Key events (first case admitted, level-1 response, first recovery, 清零 …) with dates.

The timeline's annotations come from here, never from hard-coded dates. An event needs
an explicit date in its own sentence or clause (a since-date counts: 自1月24日收治首例确诊
病例以来 dates the first admission), and must be about the home city.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from extract.places import short_name
from extract.records import Event

if TYPE_CHECKING:  # pragma: no cover
    from extract.layout import Repaired
    from extract.segment import ArticleContext

# (kind, label shown on charts, pattern)
EVENT_RULES: list[tuple[str, str, re.Pattern]] = [
    (
        "first_case",
        "首例确诊",
        re.compile(
            r"(?:收治|确诊|报告|发现)(?:了)?(?:我市|全市|本市)?首例(?:新冠肺炎|新型冠状病毒感染的肺炎|新型冠状病毒肺炎)?"
            r"(?:确诊)?(?:病例|患者)|首例(?:新冠肺炎|新型冠状病毒感染的肺炎)?确诊病例(?![^。,;]{0,8}(?:治愈|出院))"
        ),
    ),
    ("level1_response", "一级响应", re.compile(r"启动(?:了)?重大突发公共卫生事件一级(?:应急)?响应")),
    ("designated_hospital", "设立定点医院", re.compile(r"设立(?:了)?定点(?:救治)?医院")),
    ("first_recovery", "首例治愈出院", re.compile(r"首例[^。,;]{0,16}?(?:患者|病例)[^。,;]{0,8}?治愈出院")),
    (
        "all_recovered",
        "确诊患者清零",
        re.compile(
            r"最后[一1](?:名|位|例)[^。,;]{0,16}?(?:患者|病例)[^。,;]{0,6}?出院|确诊患者[“\"]?清零|全部治愈出院"
        ),
    ),
]


_HOSPITAL_BEFORE = re.compile(r"医院(?!管理局)|院区|病区|方舱|该院|本院")


# words a rule cannot match without: first_case opens with common verbs (报告, 发现) that the
# regex engine stops at all over a page, so a page without 首例 skips its scan
_NEEDS = {"first_case": "首例"}


def _matches(text: str):
    # One scan per rule: each starts with literal words that the regex engine can skip to;
    # a single alternation of all rules would lose that and run slower.
    for kind, label, rx in EVENT_RULES:
        if _NEEDS.get(kind, "") not in text:
            continue
        for m in rx.finditer(text):
            yield kind, label, m


def find_events(
    ctx: ArticleContext, rep: Repaired, original: str, doc: str, published: str, keep_other_places: bool = False
) -> list[Event]:
    t = ctx.text
    out: list[Event] = []
    seen = set()
    for kind, label, m in _matches(t):
        pi = ctx.para_of(m.start())
        s_start = ctx.bounds.sentence_start(m.start())
        # the nearest explicit date before the phrase in its own sentence (bisected: an
        # event costs the same however many dates its paragraph holds)
        dates = ctx.dates_in(pi)
        date = None
        for i in range(bisect_right(ctx.date_ends(pi), m.start()) - 1, -1, -1):
            d = dates[i]
            if d.start < s_start:
                break
            if d.date is not None and d.explicit:
                date = d.date
                break
        if date is None:
            continue
        # other places' events (长沙市首例…) are not the city's
        places = [
            pl
            for pl in ctx.places(pi, m.start())
            if s_start <= pl.start < m.end() and pl.scope in ("home", "sub", "zone", "other", "local")
        ]
        region = ctx.city
        if places and places[-1].scope in ("other", "local"):
            if not keep_other_places:
                continue
            region = places[-1].name
        elif places and places[-1].scope in ("sub", "zone"):
            region = places[-1].name  # 钱塘新区最后一名患者出院: the district's event
        if not region:
            continue  # a corpus without a home city: an event no place owns is nobody's
        if kind == "all_recovered" and _HOSPITAL_BEFORE.search(t, places[-1].end if places else s_start, m.start()):
            continue  # 兰州市肺科医院…最后一例…出院: one hospital's last patient, not the city's
        if (
            kind == "all_recovered"
            and "全部治愈出院" in m.group()
            and not re.search(r"累计|全市|我市|本市|" + re.escape(short_name(region)), t[s_start : m.start()])
        ):
            continue  # 全部治愈出院 of one ward or county is not the city's 清零
        key = (kind, date)
        if key in seen:
            continue
        seen.add(key)
        s, e = rep.offsets.span(m.start(), m.end())
        out.append(
            Event(
                doc=doc,
                date=date.isoformat(),
                kind=kind,
                label=label,
                quote=original[s:e],
                start=s,
                end=e,
                published=published,
                region=region,
            )
        )
    out.sort(key=lambda e: (e.date, e.kind))
    return out
