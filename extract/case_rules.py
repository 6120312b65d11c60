"""The case rules: what a count of people (例, 人, 名) or a case rate counts. A family
(确诊, 出院 …) and a modifier (新增, 累计, 现有) make the metric (the table in rules.py); a list's
items inherit their head's; a section header restates."""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence

from extract import rules
from extract.clause import LIST_LOOKBACK, Clause, ClauseRules, Figure, last_match, last_match_in
from extract.gazetteer import divisions, short_form
from extract.numbers import Quantity, find_quantities
from extract.places import GENERIC_ZONES, HOME_WORDS, Place, unlisted_scope
from extract.records import CASE_METRICS


def _contacts_family(words_before: str, mod: str | None, observation_in_sentence: bool) -> str:
    """Close contacts, or what is said of them: 已解除医学观察的密切接触者440人 (released),
    仍纳入医学观察的密切接触者160人 / 尚在医学观察的密切接触者还有604人 (under
    observation); 目前追踪到密切接触者N人 stays the contacts traced."""
    before = {_family(m) for m in rules.CASE_FAMILY_RE.finditer(words_before)}
    if "released" in before:
        return "released"
    if "observation" in before and mod == "total" and not rules.CURRENT_OBSERVATION_WORDS.search(words_before):
        return "close_contacts"  # 累计医学观察密切接触者1709人: everyone observed so far, the contacts
    if "observation" in before or (mod == "current" and observation_in_sentence):
        return "observation"
    return "close_contacts"


_ICU_WORDS = frozenset(("重症监护", "加护病房", "深切治疗部"))


def _family(m: re.Match) -> str:
    family = m.lastgroup
    assert family is not None  # CASE_FAMILY_RE is all named alternatives
    return family


def last_modifier(s: str) -> re.Match | None:
    return last_match(rules.MODIFIER_RE, s)


def _case_metric(family: str, mod: str | None, parent_kind: str | None) -> str | None:
    """rules.FAMILY_METRICS, plus one thing the table can't say: a 危重症 count inside a
    breakdown of a cumulative total (其中危重症N例) is itself cumulative."""
    metric = rules.FAMILY_METRICS.get(family, {}).get(mod or "plain")
    if family == "critical" and metric == "critical" and parent_kind == "cumulative":
        return "critical_total"
    return metric


# an item's own 新增/累计 between its place and number (其中莫斯科新增1370例) over its list's modifier
_ITEM_OWN_MODIFIER = re.compile(r"\s*(新增|累计)(?:达到?|为|至|增至)?\s*")  # (全国累计达227例)
_SWITCH_MODIFIER = {
    f"{family}_{mod}": {"新增": f"{family}_new", "累计": f"{family}_total"}
    for family in ("confirmed", "recovered", "deaths")
    for mod in ("new", "total")
}
_DAY_CONFIRMED = re.compile(
    r"\d{1,2}月\d{1,2}日(?:新)?确诊(?:的)?|(?<![\d月])\d{1,2}日死于"
)  # (纽约州8日死于…的患者达779人)
_CUTOFF_BEFORE = re.compile(r"(?:截至|截止|至|到)\s*(?:20\d\d年)?$")


def _confirmed_on_a_day(t: str, lo: int, kw_end: int) -> bool:
    """1月30日确诊的两个病例, 2月3日确诊五例: the cases confirmed that day (截至2月3日确诊12例: so far)."""
    m = _DAY_CONFIRMED.search(t, max(lo, kw_end - 9), kw_end + 1)
    return (
        m is not None
        and m.end() in (kw_end, kw_end + 1)
        and not _CUTOFF_BEFORE.search(t, max(lo, m.start() - 4), m.start())
    )


SENTENCE_END_LIST = re.compile(r"(?:病例|患者|病人)?[。:]\s*[\u4e00-\u9fff]{2,8}\d+例[、,]")
# a bare 累计N例 / 新增N例 right after another family's figure continues that family
_BARE_AFTER_NEW = {
    m: {"confirmed_total": f"{fam}_total", "confirmed_new": f"{fam}_new"}
    for fam in ("deaths", "recovered")
    for m in (f"{fam}_new", f"{fam}_total")
}
_COUNT_BEFORE_BRACKET_OWNER = re.compile(r"\d+(?:例|人|名)$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_COUNT_AT = re.compile(r"\d+(?:\.\d+)?\s*(?:例|人|名|宗)")
_ITEM_LEADS = ("其中", "包括", "含", "另", "和", "及", "与", "为")
_COUNT_BEFORE_BRACKET = re.compile(r"\d+(?:例|人|名)$")
_COUNT_NOUN_BEFORE_BRACKET = re.compile(r"(?P<count>\d+(?:例|人|名))(?:为|是|系)?[\u4e00-\u9fff]{0,6}$")
# 新增疑似病例42例,其中:合肥4例、…: a count opening the list its items break down (the last one)
_COUNT_THEN_LIST = re.compile(r"(?P<count>\d+(?:例|人|名))\s*[,，]?\s*$")  # right before the last 其中
# 毕节市23例(治愈16例): a bracket that breaks an item's count into cures and deaths — the count is its cases
# 阿布贾首都区以35例紧随其后, 该州以91例继续成为病例最多的地区: a place ranked by its cases
_RANKED_PLACES = re.compile(r"(?:疫情|病例)最(?:为)?(?:严重|多)的[^,，。;；]{0,12}?(?:为|是|包括|有)")
_RANKED_BY = re.compile(r"\s*以\s*")
_RANKED_AFTER = re.compile(
    r"\s*(?:继续|仍|依然|再次)?(?:紧随其后|紧跟其后|居[次首后第]|位[居列]|排[名在第]|名列|领先|成为|高居)"
)
_OUTCOMES_BRACKET_AFTER = re.compile(r"\s*[(（](?:其中)?(?:治愈|出院|死亡|治愈出院)")
_HEADER_END = re.compile(r"(?:病例|患者|病人)(?:中|里)")
# discharges counted among excluded suspects, in the same clause or its bracket (排除病例出院1例)
_NEAR = 40  # characters a rule looks back over for words that belong to a count (bounded work)
_BRACKET_NEAR = 120  # … and for the bracket a count is in
_EXCLUDED_BEFORE = re.compile(r"排除[^确诊。;,]{0,12}$")
_EXCLUDED_COUNT = re.compile(r"排除[^。;,()]{0,8}?\d+例$")
_COUNT_HEADER_HAS = re.compile(
    r"[\u4e00-\u9fff]{0,8}?(?:病例|患者|病人)(?=(?:已有|已经有|现已有|已(?:经)?(?:治愈|康复)?出院|已(?:经)?治愈)$)"
)


# Case counts (not the recovery rate): what a list item or a 其中 breakdown can inherit.
CASE_COUNT = {m for m, kind in CASE_METRICS.items() if kind != "percent"}


def _words_after(own_after: str) -> tuple[re.Match | None, re.Match | None]:
    """The first verb and the first noun of the words after a count (7名确诊患者治愈出院: 出院, 确诊)."""
    verb = noun = None
    for m in rules.CASE_FAMILY_RE.finditer(own_after):
        f = _family(m)
        if f == "recovered" and rules.DESCRIBED_PATIENTS_AFTER.match(own_after, m.end()):
            continue  # 4名治愈患者在医护人员的陪同下走出: patients described, not a report
        if f in ("observation", "released") and rules.PATIENTS_COUNTED.match(own_after):
            continue  # 4名患者…返回当地进行医学隔离观察: discharged patients, not the contacts
        if f in ("close_contacts", "observation", "released") and _PATIENTS_OF.search(own_after, 0, m.start()):
            continue  # 两例患者的密切接触者共27人: the count is of the patients, not their contacts
        if f == "hospitalized" and verb is None and _PATIENT_NOUN.match(own_after, m.end()):
            if noun is None:  # 最后3例住院患者今天出院: inpatients (a noun); what they did follows
                noun = m
            continue
        if f in rules.VERB_FAMILIES and verb is None:
            if _COUNT_RIGHT_AFTER.match(own_after, m.end()):
                continue  # 14例确诊病例累计出院13例: the verb is the next count's
            verb = m
        elif f in rules.NOUN_FAMILIES and noun is None:
            noun = m
    return verb, noun


_COUNT_RIGHT_AFTER = re.compile(r"\s*[\d一二两三四五六七八九十]+\s*(?:例|人|名|位|宗)")
_NOUN_AFTER_VERB = re.compile(r"(?:出院)?病例")  # 有5宗死亡病例, 治愈病例: a tally (治愈患者 are the day's)
_ENDS_WITH_AND = re.compile(r"(?:和|及|与)\s*$")  # 5宗死亡病例和32宗治愈病例: 死亡 is the item before's
_EXACT_AFTER_THRESHOLD = re.compile(r",\s*(达到|已达|达)\s*$")
_NONE_NEXT = re.compile(r"(?<!医治|抢救|救治)无(?!症状|效)|没有")  # 累计15例无重型患者: 重型 is what there is none of
_FROM_DESCRIPTION = re.compile(r"^(?:名|例|人|位)?(?:分别)?来自[^,，。;；]{0,30}?的")


_INSTITUTION_ITEM = re.compile(r"市?(?:中心|医院|院区|方舱)")
_RESIDENTS_SPLIT = re.compile(r"外市|外地|外省|市外|非本市")
_REPORTS_WITH_EXCLUDED = re.compile(r"\s*\(含[^()]{0,16}?排除")
_CASE_COUNT_IN = re.compile(r"\d\s*(?:例|人|名)")
_NEW_AFTER_TOTAL = re.compile(r"\s*[,，;]\s*(?:其中)?(?:单日|当日|当天|今日|昨日)?新增\s*")
_PLANNED = re.compile(r"[^,;。]{0,8}?(?:将|即将|预计|有望|可望)(?:于[^,;。]{0,8})?(?:治愈|康复|痊愈)?出院")
_FAMILY_SUBJECT = re.compile(r"(?:该|这个|这一|此)家庭|一家(?:人|[三四五六七]口)")
_TESTED_BEFORE = re.compile(r"(?:测试|检测|筛查)了?\s*$")
_LOCAL_WORD = re.compile(r"(?:本土|本地)(?:确诊)?(?:病例|患者)?\s*$")


def _local_part(t: str, c: Clause, q: Quantity) -> bool:
    """本土病例1例 after 其中境外输入病例35例 in its sentence: the local part of a split count."""
    lo = max(c.sentence_start, q.start - 80)  # bounded
    word = _LOCAL_WORD.search(t, max(lo, q.start - 10), q.start)
    return word is not None and _IMPORTED_WORD.search(t, lo, word.start()) is not None and "其中" in t[lo : q.start]


_OTHER_COUNT = re.compile(r"[\n\d]")  # another count, or a line break, before the clause's verb


def _every_suspect(family: str, own_word: re.Match | None) -> bool:
    """累计疑似病例3,549例 (the clause's own 累计): every suspect ever reported, not those now."""
    return family == "suspected" and own_word is not None and own_word.group() in ("累计", "累积")


def _described_part(t: str, c: Clause, family: str, after: str, kw_before: bool) -> bool:
    """Patients described, not counted: 2例系武汉输入病例的密切接触者 (a subset by source),
    其中1例治愈患者为该市首例确诊患者 (who one was), contacts diagnosed later, 3名患者治愈出院,其中1名
    为…重型患者 (how ill a discharged one or a suspected case is: no confirmed severity)."""
    q, figs = c.q, c.sentence_figs
    if not kw_before and (rules.SOURCE_AFTER.match(after) or rules.IDENTITY_AFTER.match(after)):
        return True
    if rules.AGE_PART_AFTER.match(after if not kw_before else c.after):
        return True  # 2名死亡患者年龄在41至65岁之间, 其中有40人未满40岁: a part by age
    if family in ("confirmed", "weak_case") and _PRELIMINARY.search(t, max(c.start, q.start - 8), q.end + 8):
        return True  # 另有两例初步确诊个案: positive in a first test, not yet confirmed
    if kw_before and t[q.start - 1 : q.start] == "的" and rules.SOURCE_AFTER.match(c.after):
        return True  # 今晚出院的2人都是…家庭聚集性疫情中的患者: who they are
    if q.raw_unit in ("名", "位") and _NATIONALITY_AFTER.match(c.after):
        return True  # 确诊的患者包括1名台湾人、4名日本人: who they are, not a place's count
    if _TURNED_INTO.search(t, max(c.start, q.start - 12), q.start):
        return True  # 原重症病例转为普通病例1例: cases moved from one kind to another, no count of either
    if _CONTACTS_DIAGNOSED.search(t, max(c.sentence_start, q.start - 120), q.start) or _CONTACTS_BECAME_CASES.match(
        c.after
    ):
        return True  # …已诊断疑似病例15例、确诊病例3例, 其中4例隔离中的密切接触者被确诊: contacts found ill
    if family == "recovered" and not kw_before and _PLANNED.match(after):
        return True  # 近期还有两例患者将出院: a plan, not a discharge
    if _FAMILY_SUBJECT.search(t, max(c.sentence_start, q.start - 30), q.start):
        return True  # 该家庭共有5人确诊, 目前已经有3人出院: one family's, not the place's
    if family == "suspected" and _TESTED_BEFORE.search(t, max(c.start, q.start - 6), q.start):
        return True  # 已经测试了61401例疑似病例: tests made, not the suspected cases now
    if family in ("confirmed", "weak_case") and _local_part(t, c, q):
        return True  # 其中境外输入病例35例,本土病例1例: a local-only subtotal, no place's count
    return (
        family in ("severe", "critical")
        and bool(figs)
        and figs[-1].metric in ("recovered_new", "recovered_total", "suspected")
        and _PART_OF.search(t, max(c.sentence_start, q.start - 6), q.start) is not None
    )  # …治愈出院,其中1名为重型患者; 现有疑似病例254例,其中重症7例: not the confirmed cases' severity


_PRELIMINARY = re.compile(r"初步(?:确诊|检测呈?阳性)")
_NATIONALITY_AFTER = re.compile(r"[\u4e00-\u9fff]{1,6}?人(?:[、,，。;；及和以与]|$)")
_TURNED_INTO = re.compile(r"(?:病例|患者)转为(?:普通|轻症|轻型|普通型)(?:病例|患者|型)?$")
_CONTACTS_BECAME_CASES = re.compile(r"[^,，。;；]{0,12}?密切接触者(?:已|后)?(?:被)?(?:确诊|诊断)")
_CONTACTS_DIAGNOSED = re.compile(r"密切接触者[^。;]*?(?:已|被)?诊断为?[^,，。;；]*$")


_NONE_WORDS = ("无", "没有", "未")
_PARTS_LOOKED_AT = 24  # figures of a sentence a part's parent is looked for among


def _live_modifier(t: str, lo: int, hi: int) -> re.Match | None:
    """The last modifier in t[lo:hi] (offsets into that slice), unless it is a none-statement's
    (无新增确诊病例 已治愈出院38例: that 新增 is the zero's, not the discharges')."""
    word = last_modifier(t[lo:hi])
    if word is not None and t.endswith(_NONE_WORDS, lo, lo + word.start()):
        return None
    return word


_IMPORTED_WORD = re.compile(r"境外输入|输入性")
_LOCAL_WORD = re.compile(r"本地|本土")


def imported_only(t: str, start: int, end: int) -> bool:
    """Does the text from a sentence's start speak of imported cases only: are they named before
    its first count (境外输入…, 截至…,累计报告境外输入确诊病例64例,…)?"""
    first = _COUNT_AT.search(t, start, end)
    return _IMPORTED_WORD.search(t, start, first.start() if first else end) is not None


_PATIENTS_OF = re.compile(r"(?:患者|病例|病人)的\s*$")
_PATIENT_NOUN = re.compile(r"(?:的)?(?:患者|病人|病例)")
_PART_OF = re.compile(r"(?:其中|当中|内有)[^,;。]{0,3}$")
_NEXT_ITEM = re.compile(r"、|(?:和|及|与|,|，)(?=\s*[\d一二两三四五六七八九十])|(?<=[破超达])(?=\d)")
# 3例患者先后从A医院、B医院和C医院治愈出院: the hospitals they left from are no next items
_FROM_HOSPITALS = re.compile(
    r"(?:从|自|在|于)(?:[^,，。;；、和及与]{1,20}?(?:医院|院区|方舱医院|救治中心)(?:[、和及与]|(?=[\u4e00-\u9fff]))){2,}"
)
_ALL_RECOVERED_NEXT = re.compile(r"[,;]\s*(?:目前|现)?(?:已经?|均已)?(?:全部|均)(?:已)?(?:治愈出院|治愈|出院)")
_ALL_OBSERVED_NEXT = re.compile(
    r"[,;]\s*(?:目前|现)?(?:已)?(?:按要求|按规定)?(?:均|全部|都)(?:已|在|正在)?(?:接受|进行|实行|实施|落实)?(?:了)?"
    r"(?:严格的?)?(?:集中|居家)?(?:隔离)?医学(?:隔离)?观察"
)
# what the next clause implies of a count, said once: (the count's metric, the words, implied metric, rule)
_IMPLIED_NEXT = (
    # 累计确诊病例10例，已全部治愈出院: all of them recovered
    ("confirmed_total", _ALL_RECOVERED_NEXT, "recovered_total", "case.all_recovered"),
    # 追踪到密切接触者94人,均在接受医学观察: all of them under observation
    ("close_contacts_total", _ALL_OBSERVED_NEXT, "observation", "case.all_observed"),
)


def _implied_by_next(t: str, q: Quantity, pos: int, metric: str | None, start: int, pi: int) -> list[Figure]:
    """The figure the clause after a count implies of it (_IMPLIED_NEXT), or none."""
    for of, words, implied, rule in _IMPLIED_NEXT:
        nxt = words.match(t, pos) if metric == of else None
        if nxt is not None:
            return [Figure(implied, "", (start, nxt.end()), q, rule, pi, unit=q.unit)]
    return []


def _bare_metric(bare_metric: str, sentence_figs: list[Figure], s_start: int, q: Quantity) -> str:
    """死亡病例新增12例,累计46例: a bare 累计 after another family's figure is that family's total
    (in the same unit: 有14人死亡,…,加州目前累计有71宗 counts cases again)."""
    prev = sentence_figs[-1] if sentence_figs else None
    if prev is not None and prev.q.end >= s_start and prev.metric in _BARE_AFTER_NEW and prev.q.raw_unit == q.raw_unit:
        return _BARE_AFTER_NEW[prev.metric].get(bare_metric, bare_metric)
    return bare_metric


def _compared_or_reports(t: str, q: Quantity, kw: re.Match, kw_before: bool, family: str, before: str) -> bool:
    """治愈率均高于全国24.2% (the level it is compared with, another place's), 新增病例总数比周六
    的75例减少 (the count compared with); 累计报告病例848例。
    其中,疑似病例4例…、确诊病例155例、排除688例 (reports that suspected and excluded cases split)."""
    if kw_before and (
        rules.COMPARED_BETWEEN.search(before, kw.end()) or rules.COMPARED_WITH_BEFORE.search(before, kw.end())
    ):
        return True
    return family == "weak_case" and bool(rules.WEAK_TOTAL_SPLIT.match(t, q.end))


_CUTOFF = re.compile(r"截至|截止")


def _phrase_of(after: str, headline: bool) -> str:
    """A headline's words after a count end at its space (新增86人確診 共970人 再多兩死: 死 is
    the next phrase's)."""
    return _HEADLINE_PHRASE_END.split(after, 1)[0] if headline else after


def _previous_counts_word(t: str, item_start: int, kw: re.Match | None) -> bool:
    """Is the word before the count the previous count's, right after it (累計514死1萬1364例確診:
    死 is the 514's)?"""
    if kw is None:
        return False
    at = item_start + kw.start()
    return t[at - 1].isdigit() and t[at + len(kw.group())].isdigit()  # (digit, word, digit)


def _words_after_decide(kw: re.Match | None, before: str, after: str) -> bool:
    """Do the words after the count say what it counts? With no strong word before it, after an
    item joined by 和, and where 确诊 only says which patients (已确诊的最后2例…患者治愈出院,
    确诊个案中6人死亡: the verb after says what happened to them)."""
    if kw is None or _family(kw) == "weak_case" or _ENDS_WITH_AND.search(before):
        return True
    return (
        _family(kw) == "confirmed"
        and (before.startswith("的", kw.end()) or _CASES_HEADER_REST.fullmatch(before, kw.end()) is not None)
        and not _OTHER_COUNT.search(after)
    )


_HEADLINE_PHRASE_END = re.compile(r"\s")
_ITEM_FOUND_TAIL = re.compile(r"(?:首次发现|首次报告|首现|新发现)$")
_CONFIRMED_HEADER = re.compile(r"(?:累计)?确诊(?:个案|病例|患者)(?:中|当中)")
_CASES_HEADER_REST = re.compile(r"(?:个案|病例|患者|病人)(?:中|当中)\s*[,，:：]?\s*")  # 确诊个案中6人死亡
_CHANGE_TO = frozenset(("增至", "增加至", "增加到", "增长到", "上升到", "上升至", "攀升至", "升至"))
_BARE_COUNT_AT = re.compile(r"\s*\d[\d,.]*\s*(?:例|宗)\s*[,，;；]")
_COUNT_CLAUSE_BEFORE = re.compile(r"\d\s*(?:例|宗)\s*[,，]\s*$")  # (a total, then its day's 新增N例)


def _sentence_modifier(
    t: str, s_start: int, c_start: int, q: Quantity | None = None, sentence_figs: Sequence[Figure] = ()
) -> re.Match | None:
    """The sentence's modifier for a clause that has none, not one inside a bracket
    (疑似病例4例(当天新增3例)、…、确诊病例155例: the 新增 is the bracket's), nor a day's count's
    that a part (其中…) is too large to be of (累计确诊66,492例,较昨日新增2,641例,其中11,053例重症,
    1,523例死亡: parts of the total)."""
    part = t.rfind("其中", s_start, c_start)
    if q is not None and part >= 0:
        # the parts listed after 其中 so far; the count they are parts of is the nearest before
        # it that none of them exceeds
        near = sentence_figs[-_PARTS_LOOKED_AT:]  # bounded: a list of thousands stays linear
        largest = max([q.value] + [f.number for f in near if f.q.start > part])
        parent = next((f for f in reversed(near) if f.q.end <= part and f.number >= largest), None)
        if parent is not None and parent.metric.endswith("_total"):
            return last_modifier(t[s_start : parent.q.end])
    word = _live_modifier(t, s_start, c_start)
    if word is not None and t.count(")", s_start + word.end(), c_start) > t.count("(", s_start + word.end(), c_start):
        return None
    if word is not None and word.group().startswith(("较", "比")):
        return None  # 较昨日增加571宗: that clause's own change, not the sentence's
    if (
        word is not None
        and word.group() == "新增"
        and _BARE_COUNT_AT.match(t, s_start + word.end())
        and _COUNT_CLAUSE_BEFORE.search(t, max(s_start, s_start + word.start() - 12), s_start + word.start())
    ):
        return None  # 确诊病例6297例,新增450例,疑似病例12340例: the bare 新增's own count, not the list's
    return word


def _carried_modifier(
    t: str,
    s_start: int,
    c_start: int,
    item_start: int,
    q: Quantity,
    sentence_figs: Sequence[Figure],
    family: str,
    kw_before: bool,
) -> re.Match | None:
    """The sentence's modifier for a clause that has none — not a 增至 of another count before a
    death or a discharge told as it happened (确诊病例增至8人,一名患者死亡); for a severe count
    only as the next item of a list of new counts (新增确诊病例3143例(湖北2447例)、重症病例962例)."""
    if family in ("severe", "critical", "hospitalized") and not (
        family == "severe"
        and t[item_start - 1 : item_start] == "、"
        and sentence_figs
        and sentence_figs[-1].metric.endswith("_new")
    ):
        return None
    word = _sentence_modifier(t, s_start, c_start, q, sentence_figs)
    if word is not None and not kw_before and family in ("deaths", "recovered") and word.group() in _CHANGE_TO:
        return None
    return word


def _last_of_set(word: re.Match | None, family: str) -> bool:
    # 已确诊的最后3名患者, 潍坊最后3例住院患者: the last ones of a set, not a count held now
    return word is not None and word.group() == "最后" and family in ("confirmed", "weak_case", "hospitalized")


def _also_critical(
    t: str, family: str, kw_before: bool, kw_at: int, span: tuple[int, int], q: Quantity, pi: int
) -> list[Figure]:
    """在治(危)重症0例: severe and critical, written as one word."""
    if family != "severe" or not kw_before or not t.endswith("(危)", 0, kw_at):
        return []
    return [Figure("critical", "", span, q, "case.severe_and_critical", pi, unit=q.unit)]


# 危重型病例及重型病例各1例: two families, the same count each
_EACH_OF_SEVERE_PAIR = re.compile(r"(?:危重|重)[型症](?:病例|患者)?(?:及|和|与|、)(?:危重|重)[型症](?:病例|患者)?各$")


def _each_of_pair(t: str, family: str, c: Clause, span: tuple[int, int], clause_text: str) -> list[Figure]:
    """The other family of 危重型及重型病例各1例 (the classifier read the nearer one)."""
    q = c.q
    if family not in ("severe", "critical") or not _EACH_OF_SEVERE_PAIR.search(t, max(0, q.start - 16), q.start):
        return []
    other = "critical" if family == "severe" else "severe"
    metric = _case_metric(other, None, _parent_kind(t, c, other, None, clause_text))
    return [Figure(metric, "", span, q, "case.each_of_pair", c.pi, unit=q.unit)] if metric else []


def _parent_kind(t: str, c: Clause, family: str, mod: str | None, clause_text: str) -> str | None:
    """The kind of the figure a 其中 breaks down (its items count the same way), or a total's
    for 危重症 under a 累计 sentence; None when the clause breaks nothing down."""
    figs = c.sentence_figs
    if family == "critical" and t.startswith(("目前", "现在"), c.sentence_start):
        return "current"  # 目前…累计报告确诊病例32例，其中危重型病例…1例: today's state, not a tally
    if "其中" in clause_text and figs:
        return CASE_METRICS.get(figs[-1].metric, "current")
    if family == "critical" and mod is None and not (figs and figs[-1].metric == "severe"):
        # (其中重症36例，危重24例: the pair is today's state, as 重症 always is)
        sm = last_modifier(t[c.sentence_start : c.start])
        if sm and sm.lastgroup == "total" and figs and CASE_METRICS.get(figs[-1].metric) == "cumulative":
            return "cumulative"
    return None


def _section_head(section: re.Match) -> str:
    """The words of a list's header (rules.SECTION_HEADER_RE names them in one of seven forms)."""
    if section.group("head5"):
        return "新增确诊病例"  # a bare 新增N例 counts cases, as case.bare_new reads it
    if section.group("head6") is not None:
        return "累计死亡病例"  # 总计19人死亡中: the deaths so far
    return (
        section.group("head")
        or section.group("head2")
        or section.group("head3")
        or section.group("head4")
        or section.group("head7")
    )


def _header_before(t: str, before: str, item_start: int) -> re.Match | None:
    """The header this count's words follow: …确诊病例中已有136例, or a count's own noun phrase
    (4名确诊患者已有3名…: 3's words start at 已有)."""
    header = last_match(_HEADER_END, before)
    if header is None and t[item_start - 1 : item_start] in ("名", "例", "人", "位", "个"):
        header = _COUNT_HEADER_HAS.match(before)
    return header


def _remaining_in_treatment(before: str, after: str) -> bool:
    """其余3名确诊病例已转至省集中救治大连中心治疗: the cases left, in treatment somewhere."""
    return bool(rules.REMAINING_BEFORE.search(before)) and bool(rules.IN_TREATMENT_AFTER.search(after))


def _discharged_so_far(t: str, c: Clause, words_before_verb: str) -> bool:
    """其中3例已治愈出院 (当中492人已经死亡) after a total: the part of it discharged (dead) so far."""
    figs = c.sentence_figs
    return (
        "已" in words_before_verb
        and re.search(r"其中|当中", t[max(c.start, c.q.start - _NEAR) : c.q.start]) is not None
        and bool(figs)
        and figs[-1].metric == "confirmed_total"
    )


def _in_total_breakdown(t: str, c: Clause, family: str) -> bool:
    """…累计确诊病例2839例。其中50例死亡,2430多例治愈: a later item of a 其中 breakdown of the
    total (its parts so far, not the day's); 162488人确诊、21067人死亡: deaths right beside a
    total are the total's too."""
    k = t.rfind("其中", max(c.sentence_start, c.q.start - _NEAR), c.q.start)
    if k >= 0 and any(f.q.end <= k and f.metric == "confirmed_total" for f in c.sentence_figs[-4:]):
        return True
    if _CONFIRMED_HEADER.search(t, max(c.sentence_start, c.q.start - _NEAR), c.q.start):
        return True  # 确诊个案中6人死亡: among every confirmed case so far
    total = next((f for f in c.sentence_figs[-4:] if f.metric == "confirmed_total"), None)
    if total is not None and _CUTOFF.search(t, max(c.sentence_start, total.q.start - _NEAR), total.q.start):
        return True  # 截至4月2日,莫斯科确诊2475例,140例康复,20例死亡: the cut-off's totals
    last = c.sentence_figs[-1] if c.sentence_figs else None
    return (
        family == "deaths"
        and last is not None
        and last.metric == "confirmed_total"
        and last.q.end >= c.sentence_start
        and c.q.start - last.q.end <= _BESIDE
        and _DEATHS_RIGHT_AFTER.match(c.after) is not None  # (not 增至8人,一名患者死亡: one's death)
    )


_DEATHS_RIGHT_AFTER = re.compile(r"\s*(?:死亡|病亡|身亡|死)")


_BESIDE = 12  # characters between a total and the count read beside it
# 确诊病例,再新增99例: a clause that is only the noun, the count in the next
# (not a counted noun: 包括21个死亡病例,过去24小时新增269例 — the 269 are no deaths)
_TOPIC_NOUN_BEFORE = re.compile(r"(?<![\d个例名])(?P<kw>确诊病例|死亡病例|治愈出院病例|出院病例)(?:数|人数)?\s*,\s*$")


# 2月10日,达到30例: a bare verb of reaching, alone in its clause (the date before it at most)
def _last_family(t: str, lo: int, hi: int) -> str:
    """The last strong family word in t[lo:hi] (死亡病例 is about deaths, not the weak 病例 at its
    end), else the last weak one; "" when none."""
    strong = weak = ""
    for m in rules.CASE_FAMILY_RE.finditer(t, lo, hi):
        if _family(m) == "weak_case":
            weak = "weak_case"
        else:
            strong = _family(m)
    return strong or weak


_REACH_ALONE = re.compile(r"(?:^|[,，]\s*)(?:已|已经)?(?:累计)?(?:达到|增至|增加到|增加至|升至|上升到|上升至)了?\s*$")
_NONE_LEAD = re.compile(r"(?:无|没有|未)(?:新增|新发)?(?:报告)?$")
# 新增…1559例,总数达到16018人: the total of what was just counted
_TOTAL_OF_PREVIOUS = re.compile(
    r"(?:总数|总人数|总计)(?:已)?(?:达到|达|为|增至|升至|上升至|来到)?\s*$"
)  # (达到 may be the count's own)


# 其中的30例在雅加达: a list item written with its place after the count
# (25例位于首都努尔苏丹, 22例位于南部城市阿拉木图: where, with what kind of place it is)
_IN_PLACE_AFTER = re.compile(r"(?:新增|确诊)?(?:病例)?(?:在|位于)" + rules.PLACE_KIND_WORDS)
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[,;。，；]|$)")  # (not a bracket: 4人死亡(4人在北林区))


class CaseRules(ClauseRules):
    """The case branch of the classifier (Classifier._case)."""

    def _new_part_of_total(self, q: Quantity, s_start: int, sentence_figs: list[Figure]) -> bool:
        """…累计报告确诊病例15例。其中新增3例: the day's new ones among the total just given."""
        if not sentence_figs or sentence_figs[-1].metric != "confirmed_total":
            return False
        if _NEW_AFTER_TOTAL.fullmatch(self.t, sentence_figs[-1].q.end, q.start):
            return True  # 累计确诊病例达47610例,单日新增7937例: the total's new ones of the day
        return (
            rules.BREAKDOWN_OPENING_RE.match(self.t, s_start) is not None
            and self.t.rfind("新增", s_start, q.start) >= 0
        )

    def _imported_sentence(self, q: Quantity, pi: int, family: str) -> bool:
        """Does q's sentence speak of imported cases only — named before its first count
        (境外输入…, 截至…,累计报告境外输入确诊病例64例,治愈出院病例6例) — or, for what is not a
        confirmed count, the sentence before it in its paragraph (…境外输入确诊病例10例…。治愈出院
        病例1例。现有疑似病例40例)? Local-only counts (本地) are left as they are read today."""
        bounds, t = self.ctx.bounds, self.t
        start = bounds.full_sentence_start(q.start)
        if imported_only(t, start, q.start):
            return True
        para_start = self.ctx.paras[pi].start
        if family in ("confirmed", "weak_case") or start - 1 <= para_start:
            return False
        if _COUNT_AT.search(t, start, q.start) or _LOCAL_WORD.search(t, start, q.start):
            return False  # 累计报告本地确诊病例339例,治愈出院327例: its own sentence's subject
        prev = bounds.full_sentence_start(start - 1)
        return prev >= para_start and imported_only(t, prev, start)

    def _place_opens(self, c_start: int, q: Quantity, pi: int, s_start: int) -> bool:
        """Does a place name the clause's subject (湖北28日新增423例, 意大利:新增587例), or open a
        sentence no other count comes before this one in (本地单日的冠病新病例再次破百,昨天(4月7日)
        新增106起) — not a heading's (新增6例患者信息)?"""
        label = c_start - 1 if self.t[c_start - 1 : c_start] in (":", "：") else c_start
        opener = s_start + len(self.t[s_start:c_start]) - len(self.t[s_start:c_start].lstrip())
        return any(
            (
                c_start <= pl.start < q.start
                or pl.end == label < c_start
                or (pl.start == opener < c_start and not find_quantities(self.t, pl.end, q.start))
            )
            and pl.scope in ("home", "sub", "zone", "other")
            and self.t[pl.start : pl.end] not in HOME_WORDS
            for pl in self.ctx.places(pi, q.start)
        )

    # -- cases ---------------------------------------------------------------------
    def _case(self, c: Clause) -> list[Figure]:
        t, q, pi, sentence_figs = self.t, c.q, c.pi, c.sentence_figs
        before, after, item_start = c.before, c.after, c.item_start  # narrowed below to this item's
        # 伊朗暴增1234例 外长顾问不治: past a headline's space is its next phrase, not this count's words
        after = _phrase_of(after, self.ctx.paras[c.pi].headline)
        c_start, s_start = c.start, c.sentence_start
        header_after = rules.HEADER_COUNT_AFTER.match(after)
        if header_after is not None:
            after = after[: header_after.end()]  # 157例确诊病例中已有136例…: this count's words end at 中
        header_before = _header_before(t, before, item_start)
        if header_after is None and header_before is not None:
            item_start += header_before.end()  # …确诊病例中已有136例治愈出院: the header is not this item's
            before = before[header_before.end() :]
        kw = None
        kw_before = True
        for m in rules.CASE_FAMILY_RE.finditer(before):
            if kw is None or _family(m) != "weak_case" or _family(kw) == "weak_case":
                kw = m
        patients = rules.PATIENTS_COUNTED.match(after) if kw is None else None
        if patients is not None and not rules.CASE_FAMILY_RE.search(after, patients.end()):
            # 又有两名新冠肺炎患者两次核酸检测为阴性，临床治愈出院: the predicate in the next clause
            nxt = rules.DISCHARGE_CLAUSE_NEXT.match(t, q.end + len(after))
            if nxt is not None:
                after = t[q.end : nxt.end()]
        previous_word = _previous_counts_word(t, item_start, kw)
        if _words_after_decide(kw, before, after) or previous_word:
            # 9例、东胜区1例已痊愈出院, 709宗确诊病例和5宗死亡病例: the next item's words are its own
            # (分别来自A、B、C的患者…: a description, not items)
            desc = _FROM_DESCRIPTION.match(after)  # blanked, not cut: the words keep their offsets
            own = " " * desc.end() + after[desc.end() :] if desc else after
            own = _FROM_HOSPITALS.sub(lambda m: " " * len(m.group()), own)
            verb, noun = _words_after(_NONE_NEXT.split(_NEXT_ITEM.split(own, 1)[0], 1)[0])
            after_kw = verb or noun
            if (
                noun is not None
                and verb is not None
                and noun.start() < verb.start()
                and (
                    _family(noun) == "suspected"
                    or (
                        _family(noun) in ("severe", "critical")
                        # (在重症监护室接受治疗: an ICU count is the critical, ANNOTATION.md)
                        and _family(verb) == "hospitalized"
                    )
                )
            ):
                # 现有4例疑似病例住院隔离治疗, 还有1例危重型患者继续在治疗: suspected (critical)
                # patients, wherever they are treated
                after_kw = noun
            if after_kw is not None and (
                kw is None or verb is not None or previous_word or _ENDS_WITH_AND.search(before)
            ):
                kw, kw_before = after_kw, False
        extra: list[Figure] = []
        if (
            kw is not None
            and not kw_before
            # (…;临河区1例危重病例死亡: a death, whatever the list counts; not 1例有4人死亡)
            and (_family(kw) != "deaths" or _OTHER_COUNT.search(after, 0, kw.start()) is not None)
            and self._names_item(q, before, pi)
            and any(f.inheritable and f.item_place is not None for f in sentence_figs[-8:])
        ):
            # 东胜区1例已痊愈出院 inside a list of districts: an item of the list, with a note
            inherited = self._inherit(q, before, item_start, s_start, sentence_figs, pi)
            if inherited:
                return inherited
        if kw is None:
            return self._no_family_word(c, q, before, item_start, s_start, sentence_figs, pi)
        family = _family(kw)
        if kw_before and family in ("confirmed", "weak_case"):
            verb = rules.VERB_BEFORE_CONFIRMED.search(before, 0, kw.start())
            if verb is not None:  # 累计出院新冠肺炎确诊患者41人: discharges of confirmed patients
                family = "deaths" if verb.group("family") in ("死亡", "病亡") else "recovered"
            elif rules.CURRENT_BEFORE_CONFIRMED.search(before, 0, kw.start()):
                family = "hospitalized"  # 现在院隔离治疗确诊病例120例: current, not cumulative
        elif family in ("confirmed", "weak_case") and _remaining_in_treatment(before, after):
            family = "hospitalized"  # 其余3名确诊病例已转至…中心治疗: the rest, still treated
        if not kw_before and kw.group() == "接受治疗" and re.match(r"\s*在", after):
            return []  # 6例在市妇儿中心接受治疗: where some are treated, a share of the current count
        if _described_part(t, c, family, after, kw_before):
            return []
        if kw_before and family in ("confirmed", "weak_case") and rules.PART_KIND_BEFORE.search(before, 0, kw.start()):
            return []  # (含临床诊断病例4例), 临床转确诊1例, 男性病例147例: a part of the count beside it
        if self._of_excluded(q, s_start, family, after if not kw_before else ""):
            return []  # 累计排除85例(其中累计出院34例), 原1例排除病例: excluded suspects, not cases
        # 境外输入累计…, 确诊境外输入病例共10例, 11例境外输入确诊病例: counted by where they came from;
        # a sentence that opens with 境外输入 speaks of those cases throughout
        imported = (
            rules.IMPORTED_BEFORE.search(before)
            or (not kw_before and rules.FOREIGN_IMPORTED_AFTER.search(after, 0, kw.start()))
            or self._imported_sentence(q, pi, family)
        )
        if (
            (family == "recovery_rate" and q.unit != "%")
            or _compared_or_reports(t, q, kw, kw_before, family, before)
            or (q.qualifier == "less_than" and rules.STREAK_RE.search(t, c_start, q.start))
        ):  # (确诊数已连续6天维持在50例以下: a bound the days stayed under, no count)
            return []
        if family == "recovered" and q.unit == "%" and kw_before and rules.DISCHARGED_SHARE_BEFORE.search(before):
            family = "recovery_rate"  # 出院总人数达80%: the share discharged
        elif family != "recovery_rate" and q.unit == "%":
            return []
        if family in ("observation", "released", "close_contacts") and q.unit not in rules.CASE_UNITS:
            return []  # people: 人, sometimes 例 (232例密切接触者正在接受医学观察)
        if family in ("observation", "released", "close_contacts") and self._about_patients(pi, s_start, q):
            return []  # 已追踪到该56岁男子的密切接触者共19人: one patient's contacts, not the city's
        # modifier: the clause's own word wins; else the last one earlier in the sentence
        clause_text = t[c_start : q.start] + (after if not kw_before else "")
        mod_m = _live_modifier(t, c_start, q.start) or (last_modifier(after[: kw.start()]) if not kw_before else None)
        word = mod_m  # the sentence's word when the clause has none (no part of the quote)
        if word is None:
            word = _carried_modifier(t, s_start, c_start, item_start, q, sentence_figs, family, kw_before)
        mod = self._word_modifier(word, family, q)
        if (
            mod is None
            and family in ("confirmed", "deaths")
            and kw_before
            and _confirmed_on_a_day(t, s_start, item_start + kw.end())
        ):
            mod = "new"  # 1月30日确诊的两个病例: the cases confirmed that day
        parent_kind = _parent_kind(t, c, family, mod, clause_text)
        if (
            mod is None
            and family in ("recovered", "deaths", "confirmed", "weak_case")
            and parent_kind is None
            and (
                rules.DAY_BLOCK_RE.search(t, self.ctx.bounds.full_sentence_start(q.start), q.start)
                or rules.DAY_WORD_OPENING.match(t, self.ctx.bounds.full_sentence_start(q.start))
            )
        ):
            mod = "new"  # 2月8日0时-24时，…；治愈出院8例 / 据了解,当日…；治愈出院病例5例: the day's block
        if (
            not kw_before
            and family == "recovered"
            and (re.search(r"全部|均已|都已|均", after[: kw.start()]) or t.endswith("首", 0, q.start))
        ):
            # 8例确诊患者全部治愈出院: all of them, the total (and the confirmed total);
            # 首10例患者已康复出院: the first ten, all discharged so far
            mod = "total"
        if (
            not kw_before
            and mod is None
            and family in ("recovered", "deaths")
            and _discharged_so_far(t, c, after[: kw.start()])
        ):
            mod = "total"  # 全县确诊病例4例，其中3例已治愈出院: the total's part discharged so far
        if (
            not kw_before
            and mod is None
            and family in ("recovered", "deaths")
            and not _NOUN_AFTER_VERB.match(after, kw.end())
            # 累计确诊…，其中8346例重症，2744例死亡: the total's part (其中 near, as _discharged_so_far)
            and not (parent_kind == "cumulative" and "其中" in t[max(c.start, q.start - _NEAR) : q.start])
            and not _in_total_breakdown(t, c, family)
        ):
            mod = "new"  # 3月8日，炎陵县1名患者治愈出院: that day's discharges (有5宗死亡病例: a count held)
        discharge = (
            kw_before
            and mod is None
            and family == "recovered"
            and parent_kind is None
            and q.unit == "人"
            and rules.DISCHARGE_VERB_BEFORE.search(before) is not None
        )
        if discharge:
            mod = "new"  # 今日治愈出院5人: a discharge report, that day's, unless 累计/共 says otherwise
        if family == "close_contacts":
            family = _contacts_family(
                before[: kw.start()] if kw_before else "", mod, "观察" in t[s_start : q.end + len(after)]
            )
        # (an ICU count is today's, whatever total it is part of: 累计病例4898人,其中732人在重症监护室)
        metric = _case_metric(family, mod, parent_kind if kw.group() not in _ICU_WORDS else None)
        # (interned: a page of figures holds one string per rule id, not one per figure)
        rule = "case.discharge_report" if discharge else sys.intern(f"case.{family}.{mod or 'plain'}")
        if imported:
            # 境外输入累计确诊5例: a subset with no metric of ours; 新增境外输入1例 is the day's
            # figure only beside 无新增本地确诊病例 (the engine keeps it then)
            if metric != "confirmed_new":
                return []
            rule = "case.imported_new"
        if kw_before and family in ("confirmed", "weak_case"):
            # 死亡病例中，A市确诊病例1例: the section's header says what its items count
            section = last_match_in(rules.SECTION_HEADER_RE, t, self.ctx.bounds.full_sentence_start(q.start), q.start)
            header = self._header_metric(_section_head(section)) if section is not None else None
            if header is not None and not header.startswith("confirmed"):
                metric, rule = header, "case.section_item_word"
        if metric is None or _last_of_set(word, family) or _every_suspect(family, mod_m):
            return []  # 已确诊的最后3名患者: the last ones of a set (what happens to them), no count of cases
        # the quote starts at the modifier when it belongs to this list item, else the keyword
        mod_at = mod_m.start() + c_start if mod_m is not None else None
        if mod_at is not None and mod_at < item_start:
            mod_at = None
        if kw_before:
            qs = item_start + kw.start()
            if mod_at is not None and mod_at < qs:
                qs = mod_at
            span = (qs, q.end)
        else:
            qs = q.start
            if mod_at is not None and mod_at < qs:
                qs = mod_at
            span = (qs, q.end + kw.end())
        # a count whose words follow it passes its metric on only when it ends its sentence and a
        # list that adds up to it follows (61例在定点医院进行隔离治疗。兰州市26例、天水市9例…)
        inheritable = kw_before or bool(SENTENCE_END_LIST.match(t, span[1]))
        fig = Figure(metric, "", span, q, rule, pi, unit=q.unit, inheritable=inheritable)
        # 累计确诊的80例患者全部治愈出院: the same number is also the recovered total
        m_all = re.search(r"(?:全部|均已|都已)(?:治愈(?:出院)?|痊愈出院|康复出院|出院)", after)
        extra.extend(_also_critical(t, family, kw_before, item_start + kw.start(), span, q, pi))
        extra.extend(_each_of_pair(t, family, c, span, clause_text))
        if m_all is None:
            extra.extend(_implied_by_next(t, q, q.end + len(after), metric, span[0], pi))
        if m_all and (
            metric == "confirmed_total"
            or (metric == "recovered_total" and re.search(r"确诊|病例|患者", before + after[: m_all.start()]))
        ):
            end = q.end + m_all.end()
            fig = Figure(metric, "", (span[0], max(span[1], end)), q, fig.rule, pi, unit=q.unit)
            other = "recovered_total" if metric == "confirmed_total" else "confirmed_total"
            extra.append(Figure(other, "", (span[0], max(span[1], end)), q, "case.all_recovered", pi, unit=q.unit))
        return [fig, *extra]

    def _of_excluded(self, q: Quantity, s_start: int, family: str, words_after: str) -> bool:
        """A count of excluded suspects: 原1例排除病例 (排除 right after the number), or their
        discharges, in the clause right after 排除 (排除病例出院1例) or in the bracket after an
        excluded count (累计排除47例(…其中累计出院11例))."""
        if words_after.startswith("排除"):
            return True
        if family != "recovered":
            return False
        t = self.t
        lo = max(s_start, q.start - _NEAR)  # bounded look-back: linear time on any sentence
        if _EXCLUDED_BEFORE.search(t, lo, q.start):
            return True
        opener = t.rfind("(", max(s_start, q.start - _BRACKET_NEAR), q.start)
        return (
            opener > 0
            and t.find(")", opener, q.start) < 0
            and bool(_EXCLUDED_COUNT.search(t, max(s_start, opener - _NEAR), opener))
        )

    def _word_modifier(self, word: re.Match | None, family: str, q: Quantity) -> str | None:
        """The modifier a word gives, with what the table can't say: 目前已确诊61例 is the count
        so far; 当日上午，渭源县已有1名患者治愈出院 is that day's (截至目前…已有 is the total)."""
        if word is None:
            return None
        mod = word.lastgroup
        if mod == "current" and family in ("confirmed", "weak_case") and word.group() in ("目前", "正在", "还有"):
            return "total"
        if word.group() == "还有" and family == "deaths" and self.t.startswith(word.group(), q.start - 2):
            return "new"  # 在英格兰还有403人死亡: more deaths, as 又有 says
        if word.group() == "已有" and family in ("recovered", "deaths"):
            lo = self.ctx.bounds.full_sentence_start(q.start)
            if rules.DAY_WORD_RE.search(self.t, lo, q.start) and not rules.CUTOFF_WORD_RE.search(self.t, lo, q.start):
                return "new"
        return mod

    def _inherit(self, q, before, item_start, s_start, sentence_figs, pi):
        """List items (`其中：荷塘区5例、芦淞区3例`) take the metric of the list they are in.
        The item's words are `before`, starting at item_start: right before the number, or
        the k-th term of a 分别 list (荷塘区、芦淞区分别为3例和2例)."""
        if self._parent_is_no_figure(q, sentence_figs):
            return []  # 新增疑似病例4562例(湖北省2606例): the bracket breaks down no figure of ours
        t = self.t
        if not before and t[q.start - 1 : q.start] == "(" and t.startswith(")", q.end):
            # 巴伐利亚州(23846例),北莱茵-威斯特法伦州(18735例): the place before the bracket
            named = next((pl for pl in self.ctx.places(pi, q.start) if pl.end == q.start - 1), None)
            if named is not None and named.start >= s_start:
                before, item_start = t[named.start : q.start], named.start
        opener = t.rfind("(", s_start, q.start)
        if opener < 0 or t.find(")", opener, q.start) >= 0:
            opener = q.start
        lo = max(s_start, t.rfind(")", s_start, opener) + 1)  # brackets closed before are their own
        if rules.NOT_A_COUNT_BEFORE.search(self.t, lo, q.start) or (
            rules.IMPORTED_BEFORE.search(self.t, s_start, q.start)
            and not any(self._passes_on(f, q) for f in sentence_figs[-LIST_LOOKBACK:])
        ):
            return []  # 预计治愈出院63例，阜阳17例…; 境外输入病例共10例，其中丽水8例: no figure's items
        item_end = item_start + len(before)
        if (tail := _ITEM_FOUND_TAIL.search(before)) is not None:
            item_end -= len(tail.group())  # 孝感市首次发现22例: the place ends before what its words say
        places = [
            pl
            for pl in self.ctx.places(pi, q.start)
            # (up to the digits: 色达2例 reads 达 as a qualifier word, the county's name ends there)
            if item_end - 3 <= pl.end <= (max(item_end, q.num_start) if item_end == q.start else item_end)
            and pl.start >= item_start - 1
            and pl.scope in ("sub", "zone", "home", "other", "local")
        ]
        # 朔城区3例: 城区 (the home city's district) ending another's name is not named by it
        places = [pl for pl in places if not self._ends_a_longer_name(pl, item_start)]
        # a zone in a list (高新区1例 among 淮南's districts) is the list's owner's
        places = [
            Place(pl.start, pl.end, pl.name, self._unlisted_scope(pl.name, sentence_figs))
            if pl.scope == "zone" or (pl.scope == "sub" and pl.name in GENERIC_ZONES)
            else pl
            for pl in places
        ]
        if self._bracket_owner_is_other(item_start, pi):
            # 阳泉市4例(城区2例、盂县2例): a bracket breaking down another city's count holds its places
            places = [Place(pl.start, pl.end, pl.name, "other") if pl.scope in ("sub", "zone") else pl for pl in places]
        places = places or self._place_after(q, pi)
        if not places:
            g = rules.GENERIC_DISTRICT_RE.search(before)
            if g is None or rules.NOT_DISTRICT.match(g.group(1)):
                return []
            name = g.group(1)
            start = item_end - len(name)
            inner = [pl for pl in self.ctx.places(pi, q.start) if start < pl.end < item_end]
            if inner:  # 锡林郭勒盟锡林浩特市: the county after the named prefecture, and its owner
                cut = inner[-1].end
                name, start = self.t[cut:item_end], cut
                scope = "other" if inner[-1].scope == "other" else "sub"
            elif self._bracket_owner_is_other(item_start, pi):
                scope = "other"
            else:
                scope = self._unlisted_scope(name, sentence_figs)
            if len(name) < 2:
                return []
            places = [Place(start, item_end, name, scope)]
        pl = places[-1]
        if _INSTITUTION_ITEM.match(t, pl.end, q.start):
            return []  # (沈阳中心17人、大连中心9人): a treatment centre's patients, not the city's
        if t[pl.start : pl.end] in ("本市", "本地") and _RESIDENTS_SPLIT.search(
            t, pl.end, min(self.ctx.bounds.full_sentence_end(pl.end), pl.end + 200)
        ):
            # 其中:本市26例(…);外市1例: the residents' part of the total, no second total (a
            # group's figure: its bracket's districts still read as its items)
            pl = Place(pl.start, pl.end, "本市居民", "group")
        # 河池市都安县1例: the county's count is its prefecture's too
        owner = self._sole_prefecture_before(pl, item_start, pi, q.start)
        metric = None
        rule = "case.list_item"
        # a header governs its list across "；" (进贤县3例；安义县1例), up to the full stop
        section = last_match_in(rules.SECTION_HEADER_RE, self.t, self.ctx.bounds.full_sentence_start(q.start), q.start)
        if section is not None and opener < q.start and section.end() <= opener:
            section = None  # 确诊病例中,出院病例9例(赤峰市松山区1例…): the bracket's own figure's items
        if (
            section is not None
            and any(  # (the last few figures: a long section stays linear)
                f.q.start > section.end() and not f.rule.startswith("case.section_item")
                for f in sentence_figs[-LIST_LOOKBACK:]
            )
        ):
            section = None  # 新增病例中9例在A州,…该州以91例(a total of its own),B区以35例: the section has ended
        if section is not None:
            metric, rule = (
                self._header_metric(_section_head(section)),
                "case.section_item",
            )
        elif _RANKED_BY.fullmatch(self.t, pl.end, q.num_start) and _RANKED_AFTER.match(self.t, q.end):
            metric, rule = "confirmed_total", "case.ranked_item"  # B区以35例紧随其后: a ranking's count
        elif any(self._passes_on(f, q) for f in sentence_figs[-LIST_LOOKBACK:]):
            parent = next(f for f in reversed(sentence_figs[-LIST_LOOKBACK:]) if self._passes_on(f, q))
            parent = self._total_before_next_list(parent, q, sentence_figs) or parent
            metric = self._summed_parent(q, sentence_figs) or parent.metric
            if parent.rule == "case.imported_new":
                rule = parent.rule  # 新增境外输入6例,其中广州3例: the items of an imported-only count are too
        else:
            metric = self._header_metric(self.t[s_start : q.start])
            if metric is None and self.t.startswith("其中", s_start) and s_start > self.ctx.paras[pi].start:
                # …已有34个出现确诊病例。其中北海道118例: the sentence before says what is counted
                prev = max(self.ctx.paras[pi].start, self.ctx.bounds.sentence_start(s_start - 1), s_start - 120)
                if not _CASE_COUNT_IN.search(self.t, prev, s_start):  # (a sentence of counts has its own)
                    metric = self._header_metric(self.t[prev:s_start])
            if metric is None and q.unit == "例" and _RANKED_PLACES.search(self.t, s_start, q.start):
                metric, rule = "confirmed_total", "case.ranked_item"  # 最严重的三个联邦州为北威州(6301例)
        if metric is None or q.unit not in rules.CASE_UNITS:
            return []
        if metric != "confirmed_new" and _OUTCOMES_BRACKET_AFTER.match(self.t, q.end):
            metric = "confirmed_total"
        own = _ITEM_OWN_MODIFIER.fullmatch(self.t, pl.end, q.num_start)
        if own is not None and metric in _SWITCH_MODIFIER:
            metric = _SWITCH_MODIFIER[metric].get(own.group(1), metric)  # 其中莫斯科新增1370例: its own word
        fig = Figure(metric, "", (min(pl.start, q.start), max(pl.end, q.end)), q, rule, pi, unit=q.unit)
        fig.item_place = pl
        out = [fig]
        if owner is not None:
            whole = Figure(metric, "", (owner.start, q.end), q, rule, pi, unit=q.unit)
            whole.item_place = owner
            out.append(whole)
        if self.t.endswith("各", 0, q.start):
            # 越秀区、海珠区、白云区各4例: each place of the list has that many
            prev = pl
            for other in reversed(self.ctx.places(pi, q.start)):
                if other.end > prev.start or other.scope not in ("sub", "zone", "home", "other"):
                    continue
                if self.t[other.end : prev.start].strip() not in ("、", "和", "及"):
                    break
                each = Figure(metric, "", (other.start, q.end), q, rule, pi, unit=q.unit)
                each.item_place = other
                out.append(each)
                prev = other
        return out

    def _total_before_next_list(self, parent: Figure, q: Quantity, sentence_figs: list[Figure]) -> Figure | None:
        """…桂林1例目前,广西已报告51例确诊病例广西确诊病例涉及9个城市,其中南宁5例: a count of the
        same kind stated after the last list and before this item's 其中 heads the new list."""
        k = self.t.rfind("其中", max(parent.q.end, q.start - 300), q.start)  # (bounded look-back)
        if k < 0:
            return None
        later = [
            f
            for f in sentence_figs[-LIST_LOOKBACK:]
            if parent.q.end < f.q.end <= k
            and f.metric in CASE_COUNT
            and f.item_place is None
            and f.metric.split("_")[0] == parent.metric.split("_")[0]  # (not 死亡N例 between: its own)
        ]
        return later[-1] if later else None

    def _place_after(self, q: Quantity, pi: int) -> list[Place]:
        """其中的30例在雅加达, 12例在雅加达: an item whose place follows it, its clause's end."""
        m = _IN_PLACE_AFTER.match(self.t, q.end)
        if m is None:
            return []
        return [
            pl
            for pl in self.ctx.places(pi, m.end() + 12)
            if pl.start == m.end() and pl.scope in ("sub", "zone", "other") and _CLAUSE_END_AFTER.match(self.t, pl.end)
        ][:1]

    def _parent_is_no_figure(self, q: Quantity, sentence_figs: list[Figure]) -> bool:
        """Is q inside a bracket opened right after a count that made no figure, or in a list
        opened by 其中 right after one (新增疑似病例42例,其中:合肥4例…)?"""
        t = self.t
        lo = max(self.ctx.bounds.full_sentence_start(q.start), q.start - 200)
        opener = t.rfind("(", lo, q.start)
        if opener >= 0 and t.find(")", opener, q.start) < 0:
            # 新增疑似病例4562例(湖北省2606例); 1例为本土病例(黑龙江1例): the count, maybe its noun
            head = _COUNT_NOUN_BEFORE_BRACKET.search(t, max(lo, opener - 16), opener)
            return head is not None and not any(f.q.end == head.end("count") for f in sentence_figs)
        qizhong = t.rfind("其中", lo, q.start)  # the last 其中: found once, not looked ahead for
        lead = _COUNT_THEN_LIST.search(t, max(lo, qizhong - 12), qizhong) if qizhong >= 0 else None
        if lead is None or any(f.q.end == lead.end("count") for f in sentence_figs):
            return False
        # only a count whose own words name no figure of ours (新增疑似病例42例), not a bound that
        # picks out a group (14个市州累计确诊病例均超过100例,其中武汉市4109例)
        words = t[self.ctx.bounds.clause(lead.start(), lead.start() + 1)[0] : lead.start()]
        families = [_family(m) for m in rules.CASE_FAMILY_RE.finditer(words)]
        strong = [f for f in families if f != "weak_case"]  # 疑似病例: 疑似, not 病例
        if not families:
            return False
        if "排除" in words:
            return True  # 排除疑似病例13例,其中泰山区6例…: suspects ruled out, no figure of ours
        mod = last_modifier(words)
        family = (strong or families)[-1]
        kind = (mod.lastgroup if mod else None) or "plain"
        return rules.FAMILY_METRICS.get(family, {}).get(kind, "") is None

    def _ends_a_longer_name(self, pl: Place, item_start: int) -> bool:
        """A two-character district (城区, 郊区) with more of a name before it (朔城区, 平城区)."""
        t = self.t
        return (
            pl.scope == "sub"
            and pl.end - pl.start <= 2
            and pl.start > item_start
            and bool(_CJK.match(t, pl.start - 1))
            and not t.endswith(_ITEM_LEADS, item_start, pl.start)
        )

    def _reach_of_previous(self, q: Quantity, s_start: int, c_start: int, pi: int) -> list[Figure]:
        """1月18日,广安确诊首例…病例。2月10日,达到30例: a total reached, of what the sentence
        before (in the paragraph) counted, or its own clause before (确诊病例数已超过2万大关,累计
        达到了20142例); no figure word of its own."""
        p_start = self.ctx.paras[pi].start
        if self.t.find("输入", s_start, c_start) >= 0:
            return []  # 输入性新冠病毒病例周五创新高,达到228例: imported cases only, no metric of ours
        family = _last_family(self.t, s_start, c_start) if c_start > s_start else ""
        if not family and s_start <= p_start:
            return []
        if not family:
            family = _last_family(self.t, self.ctx.bounds.sentence_start(s_start - 1), s_start)
        if family not in ("confirmed", "weak_case", "deaths", "recovered"):
            return []
        metric = _case_metric(family, "total", None)
        return [Figure(metric, "", (q.start, q.end), q, "case.reach_of_previous", pi, unit=q.unit)] if metric else []

    def _bracket_owner_is_other(self, item_start: int, pi: int) -> bool:
        """Is the item inside a bracket right after another city's count (大同市11例(…))?"""
        t = self.t
        lo = max(self.ctx.paras[pi].start, item_start - 120)  # bounded: an item is near its bracket
        opener = t.rfind("(", lo, item_start)
        if opener < 0 or t.find(")", opener, item_start) >= 0:
            return False
        owner = _COUNT_BEFORE_BRACKET_OWNER.search(t, lo, opener)
        if owner is None:
            return False
        named = [pl for pl in self.ctx.places(pi, opener) if pl.end == owner.start()]
        return bool(named) and named[-1].scope == "other"

    def _no_family_word(
        self, c: Clause, q: Quantity, before: str, item_start: int, s_start: int, sentence_figs: list[Figure], pi: int
    ) -> list[Figure]:
        """A count with no figure word of its own: a list item, a 较前一天增加, a bare 累计/新增."""
        c_start = c.start
        if rules.HEADER_COUNT_AFTER.match(c.after):
            return []  # 铜川8位患者中除两名…外: the patients a breakdown starts from, no list's item
        inherited = self._inherit(q, before, item_start, s_start, sentence_figs, pi)
        if not inherited and (change := rules.BARE_CHANGE_BEFORE.search(before)) is not None:
            return self._day_change(q, item_start + change.start(), sentence_figs, s_start, pi)
        if not inherited and (whole := _TOTAL_OF_PREVIOUS.search(before)) is not None:
            return self._total_of_previous(q, item_start + whole.start(), sentence_figs, s_start, pi)
        if (
            not inherited
            and not c.after.strip()  # (the count ends its clause: not 3人还在留院就医)
            and (topic := _TOPIC_NOUN_BEFORE.search(self.t, max(s_start, c_start - 24), c_start))
        ):
            # 钻石公主号确诊病例,再新增99例; …的累计确诊病例,来到454人: the noun stated first, the count after
            lead = self.t[max(s_start, topic.start() - 8) : topic.start()]
            noun = rules.CASE_FAMILY_RE.match(topic.group("kw"))  # (its family from the one words table)
            assert noun is not None  # every noun _TOPIC_NOUN_BEFORE names opens with a family word
            family = _family(noun)
            mod = self._word_modifier(last_modifier(before) or last_modifier(lead), family, q)
            metric = _case_metric(family, mod, None)
            # (无新增确诊病例,目前全台维持393例: the noun is a none-statement's)
            if metric is not None and q.unit in rules.CASE_UNITS and not _NONE_LEAD.search(lead):
                return [Figure(metric, "", (topic.start(), q.end), q, "case.topic_then_count", pi, unit=q.unit)]
        reach = before + self.t[q.start : q.num_start]  # (达到 may open the quantity's own span)
        if not inherited and q.unit == "例" and _REACH_ALONE.search(reach) and not c.after.strip():
            reached = self._reach_of_previous(q, s_start, c_start, pi)
            if reached:
                return reached
        most = rules.MOST_THEN_COUNT.search(self.t, max(s_start, q.start - 24), q.start)
        if not inherited and most is not None and q.unit == "例":
            # 纽约州确诊病例最多,为15783例: the count the superlative's clause names
            metric = "deaths_total" if most.group("kw").startswith("死亡") else "confirmed_total"
            return [Figure(metric, "", (most.start(), q.end), q, "case.most_then_count", pi, unit=q.unit)]
        if not inherited and q.unit == "例":
            # 累计416例 / 新增423例: a count of cases with no other word is the confirmed total
            # or the new confirmed cases (headlines write them so)
            for rx, bare_metric, bare_rule in (
                (rules.BARE_TOTAL_BEFORE, "confirmed_total", "case.bare_total"),
                (rules.BARE_NEW_BEFORE, "confirmed_new", "case.bare_new"),
            ):
                bare = rx.search(before)
                if bare is not None and _REPORTS_WITH_EXCLUDED.match(self.t, q.end):
                    return []  # 累计48,549例(含44,890例排除): reports tested, not cases
                if bare is not None and (
                    bare_rule != "case.bare_new"
                    or self._place_opens(c_start, q, pi, s_start)
                    or self._new_part_of_total(q, s_start, sentence_figs)
                ):
                    bare_metric = _bare_metric(bare_metric, sentence_figs, s_start, q)
                    return [Figure(bare_metric, "", (item_start + bare.start(), q.end), q, bare_rule, pi, unit=q.unit)]
            exact = _EXACT_AFTER_THRESHOLD.search(self.t, max(s_start, q.num_start - 6), q.num_start)
            prev = sentence_figs[-1] if sentence_figs else None
            if exact and prev is not None and prev.q.qualifier == "more_than" and prev.q.value < q.value:
                if prev.metric.endswith("_new"):  # 湖北省新增逾千宗個案,達到5806宗: the total it reached
                    return self._total_of_previous(q, exact.start(1), sentence_figs, s_start, pi)
                # 死亡病例超过1万例,达到10335例: the exact count the threshold was said of
                return [Figure(prev.metric, "", (exact.start(1), q.end), q, "case.exact_after", pi, unit=q.unit)]
        return inherited

    def _total_of_previous(
        self, q: Quantity, start: int, sentence_figs: list[Figure], s_start: int, pi: int
    ) -> list[Figure]:
        """新增…病例1559例,总数达到16018人: the total of the new count just given."""
        return self._pair_of_previous(q, start, sentence_figs, s_start, pi, ("_new", "_total"), "case.total_of_new")

    def _day_change(self, q: Quantity, start: int, sentence_figs: list[Figure], s_start: int, pi: int) -> list[Figure]:
        """累计276例治愈，较前一天增加116例: the new count of the cumulative figure just given;
        the change of a current count (现存病例…较前一天增加443例) is no figure we keep."""
        return self._pair_of_previous(q, start, sentence_figs, s_start, pi, ("_total", "_new"), "case.bare_change")

    @staticmethod
    def _pair_of_previous(
        q: Quantity, start: int, sentence_figs: list[Figure], s_start: int, pi: int, swap: tuple[str, str], rule: str
    ) -> list[Figure]:
        """The other half (new ↔ total) of the figure just given in this sentence, or nothing."""
        prev = sentence_figs[-1] if sentence_figs else None
        if prev is None or prev.q.end < s_start or not prev.metric.endswith(swap[0]):
            return []
        metric = prev.metric[: -len(swap[0])] + swap[1]
        if metric not in CASE_METRICS:
            return []
        return [Figure(metric, "", (start, q.end), q, rule, pi, unit=q.unit)]

    def _list_before(self, sentence_figs: list[Figure]) -> str:
        """The list so far, bounded: the last 300 characters of the sentence up to its last figure
        (a list of thousands of items is read near the item, so the work per item is constant)."""
        if not sentence_figs:
            return ""
        end = sentence_figs[-1].q.end
        return self.t[max(self.ctx.bounds.full_sentence_start(end), end - 300) : end]

    def _sole_prefecture_before(self, pl: Place, item_start: int, pi: int, end: int) -> Place | None:
        """The prefecture right before an item's county (河池市都安县1例) when the sentence names
        it in no other item: then the county's count is the prefecture's count too."""
        if pl.scope not in ("sub", "other") or pl.start <= item_start:
            return None
        head = next((o for o in self.ctx.places(pi, pl.start) if o.end == pl.start and o.start >= item_start - 1), None)
        if head is None or head.scope not in ("home", "other") or not head.name.endswith(("市", "州", "盟", "地区")):
            return None
        t = self.t
        lo = self.ctx.bounds.full_sentence_start(end)
        opener = max(t.rfind("(", lo, item_start), t.rfind("（", lo, item_start))
        if opener >= 0 and max(t.find(")", opener, item_start), t.find("）", opener, item_start)) < 0:
            lo = opener  # the item's list is the bracket's: 累计死亡病例1例(河池市都安县1例)
            closer = re.compile(r"[)）。]")
        else:
            closer = re.compile("。")
        stop = closer.search(t, end, end + 300)
        span = t[lo : stop.start() if stop else min(len(t), end + 300)]
        if span.count(t[head.start : head.end]) != 1:
            return None
        after = _COUNT_AT.match(t, end)
        after_end = after.end() if after else end
        if t.startswith("、", after_end):  # 赤峰市松山区1例、元宝山区1例: the next item is the prefecture's too
            nxt = next((o for o in self.ctx.places(pi, after_end + 1) if o.start == after_end + 1), None)
            if nxt is None or not nxt.name.endswith(("市", "州", "盟", "地区")) or nxt.scope == "sub":
                return None
        return head

    def _unlisted_scope(self, name: str, sentence_figs: list[Figure]) -> str:
        """A list item the gazetteer doesn't name (温州: 鹿城区31例; 赣江新区1例): the national
        table when it knows a county or county-level city as another city's only (邓州市 after
        永城市 in 商丘's list); else the company it keeps — in a list of the home city's districts it is one
        too, in a list of other cities another place; with no neighbour, the national table."""
        if self.ctx.city is not None and unlisted_scope(name, self.ctx.city) == "other":
            # a district is trusted to the table only when the list names its owner: districts are
            # made and renamed often (深圳's 龙华区 is newer than the table's, 海口's)
            listed = self._list_before(sentence_figs) if not name.endswith(("市", "县")) else ""
            if name.endswith(("市", "县")) or any(short_form(o) in listed for o in divisions().county_city(name)):
                return "other"
        last = next((f.item_place for f in reversed(sentence_figs[-3:]) if f.item_place), None)
        if last is not None and last.scope in ("sub", "other"):
            return last.scope
        if last is not None and last.scope == "home" and name.endswith("市"):
            return "other"  # 吐鲁番市1例、兵团第六师五家渠市1例: the home city's peer in a list of cities
        return unlisted_scope(name, self.ctx.city)

    def _summed_parent(self, q: Quantity, sentence_figs: list[Figure]) -> str | None:
        """…确诊病例13例,治愈出院8人;其中东区7例、西区5例、米易县1例: a 其中 list whose counts add
        up to an earlier figure of the sentence than the last breaks that one down (its metric)."""
        t = self.t
        opener = t.rfind("其中", max(self.ctx.bounds.full_sentence_start(q.start), q.start - 200), q.start)
        if opener < 0:
            return None
        key = ("list_sum", opener)
        if key not in self.ctx.memo:  # once per list: its items share it
            end = min(self.ctx.bounds.sentence_end(opener), opener + 400)  # up to its "；"
            self.ctx.memo[key] = sum(x.value for x in find_quantities(t, opener, end) if x.unit == "例")
        total = self.ctx.memo[key]
        near = [f for f in sentence_figs[-LIST_LOOKBACK:] if f.q.end <= opener and self._passes_on(f, q)]
        if len(near) < 2 or near[-1].number == total:
            return None
        return next((f.metric for f in reversed(near) if f.number == total), None)

    def _passes_on(self, fig: Figure, q: Quantity) -> bool:
        """Does fig's metric carry to the list item q? Not from inside a bracket to outside
        it: 市南区7例(已治愈出院1例,死亡1例)、市北区12例 — 12 is not a death count."""
        if not fig.inheritable or fig.metric not in CASE_COUNT:
            return False
        between = self.t[fig.q.end : q.start]
        return between.count(")") <= between.count("(")

    def _names_item(self, q: Quantity, before: str, pi: int) -> bool:
        """Does a place name open q's item (东胜区1例)?"""
        if any(pl.end >= q.start - 1 and pl.end <= q.start for pl in self.ctx.places(pi, q.start)):
            return True
        g = rules.GENERIC_DISTRICT_RE.search(before)
        return g is not None and before.endswith(g.group(1))

    def _about_patients(self, pi: int, s_start: int, q: Quantity) -> bool:
        """Is this sentence about particular patients (a case description: 患者沈某，男，24岁
        …已追踪密切接触者3人) rather than the city's totals (累计, 全市 …)?"""
        p = self.ctx.paras[pi]
        if rules.CITY_SCALE_RE.search(self.t, s_start, q.start):
            return False
        last = last_match_in(rules.PATIENT_RE, self.t, max(p.start, q.start - 400), q.start)
        # …现住址萍乡市湘东区…。截至2月4日24时,萍乡市累计报告…。目前追踪到密切接触者224人: the
        # city's totals came between the patients and this count
        return last is not None and not rules.CITY_SCALE_RE.search(self.t, last.end(), q.start)

    @staticmethod
    def _header_metric(words: str) -> str | None:
        """The metric a list's lead words name: the last strong family word (出院病例 is
        about discharges, not the weak 病例 at its end) with its modifier."""
        strong = weak = None
        for m in rules.CASE_FAMILY_RE.finditer(words):
            if _family(m) == "weak_case":
                weak = m
            else:
                strong = m
        fam = strong or weak
        if fam is None:
            return None
        mod_m = last_modifier(words)
        return _case_metric(_family(fam), mod_m.lastgroup if mod_m else None, None)
