"""Chinese and Arabic numerals with units and qualifiers: `1.7万余名` → 17000 more_than."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass

_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000, "萬": 10_000, "億": 100_000_000}
CN_NUM_CHARS = "零〇一二两兩三四五六七八九十百千"

# Units a figure can carry; 名/位 count people and are reported as 人 (FORMAT.md).
UNIT_CANON = {
    "例": "例",
    "宗": "例",
    "起": "例",  # 新加坡新增五起确诊病例 (Singapore and Malaysia's press)
    "名": "人",
    "人": "人",
    "位": "人",
    "家": "家",
    "个": "个",
    "项": "项",
    "%": "%",
    "条": "条",
    "台": "台",
    "辆": "辆",
    "成": "%",
    "户": "户",
    "座": "座",
    "强": "家",  # 50强企业已全部复产: the top fifty firms, a count of firms
}

# Starts at the number itself (a leading optional group would be tried at every position);
# qualifier words before it (超过, 近 …) are read by looking back.
QUANTITY = re.compile(
    # not inside an ordinal or another number: 第12例 is no count of 2 (nor 第十二例 of 二)
    r"(?<![第\d." + CN_NUM_CHARS + r"])(?P<num>\d+(?:,\d{3})*(?:\.\d+)?|[" + CN_NUM_CHARS + r"]+)"
    r"(?:[ \u3000]?(?P<scale>[万亿萬億]))?"
    # 3萬4,546例: 34546 (21 萬 4093 人: spaced)
    r"(?:(?<=[万萬])[ \u3000]?(?P<rest>\d,\d{3}(?![\d,])|\d{1,4}(?![\d.,])))?"
    r"(?P<suf>余|多)?"
    r"[ \u3000]?"  # 1 例, 46 例: a space some pages put between a number and its unit
    r"(?P<unit>例|宗(?=[和及、;]|(?:新型冠状病毒|新冠病毒|新冠肺炎|新型肺炎)?[\u4e00-\u9fff]{0,4}?(?:确诊|病例|个案|死亡|治愈|康复|出院|,|。|$))|"
    r"(?<!一)起(?=(?:新冠肺炎|武汉肺炎|新型冠状病毒肺炎|新冠状病毒|新冠病毒|(?:武汉)?冠状病毒(?:\([\w-]{0,12}\))?|(?:2019)?冠状病毒疾病(?:\([\w-]{0,12}\))?|冠病)?(?:确诊|病例|死亡病例)|\s*[,。;]|$)|名|人(?![次份均民])|位(?!数)|家|个(?![人月小星百])|%|条|台(?!次)|辆|成(?![员功为本立果])|户|座|(?<=\d)强(?=(?:民营|工业|制造业|服务业)?(?:企业|民企))|项(?=[\u4e00-\u9fff]{0,6}?(?:项目|工程|复工|开工|实现|中)|[,，]\s*(?:其中|已有|已经|目前|现已)))"
    r"(?P<suf2>以上|左右|以下|上下)?"
)
# what a 个 count counts when it counts cases (4个确诊病例, 2个病例)
_CASES_COUNTED_AFTER = re.compile(
    r"(?:新冠肺炎|新型冠状病毒肺炎|新冠病毒|新型冠状病毒)?(?:感染)?(?:确诊|疑似|死亡)?(?:病例|患者|病人)"
)
PRE_QUAL_RE = re.compile(r"(?P<w>超过|突破|多达|逾|将近|接近|大约|不足|不到|达到|至少|近|约|达|超)了?$")  # (超过了80%)

_PRE_QUAL = {
    "超过": "more_than",
    "突破": "more_than",  # 累计死亡人数突破1,000人
    "超": "more_than",
    "至少": "more_than",  # 至少1888人: the count is a floor
    "多达": "",
    "逾": "more_than",
    "近": "about",
    "将近": "about",
    "接近": "about",
    "约": "about",
    "大约": "about",
    "不足": "less_than",
    "不到": "less_than",
    "达到": "",
    "达": "",
}
_SUF_QUAL = {
    "余": "more_than",
    "多": "more_than",
    "以上": "more_than",
    "左右": "about",
    "上下": "about",
    "以下": "less_than",
}


def parse_chinese_int(s: str) -> tuple[int, bool] | None:
    """十二 → 12, 两万 → 20000, 一百零五 → 105, 三四十 → (30, approximate)."""
    if not s:
        return None
    approx = False
    # 三四十, 一两百: two adjacent digits before a unit mean "three or four tens".
    m = re.fullmatch(r"([一二两三四五六七八九])([二两三四五六七八九])([十百千万])?", s)
    if m and _DIGITS[m.group(2)] == _DIGITS[m.group(1)] + 1:
        unit = _SMALL_UNITS.get(m.group(3) or "", _BIG_UNITS.get(m.group(3) or "", 1))
        return _DIGITS[m.group(1)] * unit, True
    total = section = digit = 0
    seen = False
    for ch in s:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
            seen = True
        elif ch in _SMALL_UNITS:
            section += (digit or 1) * _SMALL_UNITS[ch]
            digit = 0
            seen = True
        elif ch in _BIG_UNITS:
            total = (total + section + digit) * _BIG_UNITS[ch]
            section = digit = 0
            seen = True
        else:
            return None
    if not seen:
        return None
    if all(c in _DIGITS for c in s) and len(s) > 1:
        # 二〇二〇 style digit strings
        return int("".join(str(_DIGITS[c]) for c in s)), approx
    return total + section + digit, approx


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int  # span in the text the match ran on
    end: int
    num_start: int  # where the digits start (after a qualifier prefix)
    value: float
    unit: str  # canonical unit (例 人 家 个 % 条 台 …)
    qualifier: str  # "" | more_than | about | less_than
    raw_unit: str
    chinese: bool  # written in Chinese numerals


def parse_quantity(m: re.Match) -> Quantity | None:
    num = m.group("num")
    chinese = not num[0].isdigit()
    qualifier = ""
    if chinese:
        parsed = parse_chinese_int(num)
        if parsed is None:
            return None
        value, approx = float(parsed[0]), parsed[1]
        if approx:
            qualifier = "about"
    else:
        value = float(num.replace(",", ""))
    scale = m.group("scale")
    if scale:
        value *= _BIG_UNITS[scale]
        rest = m.group("rest")
        if rest and not chinese and float(num.replace(",", "")).is_integer():
            value += float(rest.replace(",", ""))
    raw_unit = sys.intern(m.group("unit"))  # (one string per unit, not one per quantity)
    if raw_unit == "成":  # 七成 → 70%
        value *= 10
    start = m.start()
    pre = PRE_QUAL_RE.search(m.string, max(0, start - 3), start)
    if pre:
        start = pre.start()
        if _PRE_QUAL.get(pre.group("w")):
            qualifier = _PRE_QUAL[pre.group("w")]
    for g in ("suf", "suf2"):
        q = m.group(g)
        if q and _SUF_QUAL.get(q):
            qualifier = _SUF_QUAL[q]
    value = round(value, 4)
    unit = UNIT_CANON[raw_unit]
    if raw_unit == "个" and _CASES_COUNTED_AFTER.match(m.string, m.end()):
        unit = "例"  # 全县4个确诊病例: 个 counting cases, as 例 does
    return Quantity(
        start=start,
        end=m.end(),
        num_start=m.start("num"),
        value=value,
        unit=unit,
        qualifier=qualifier,
        raw_unit=raw_unit,
        chinese=chinese,
    )


# Proportions written in words: 百分之八十 → 80, 三分之二 → 66.67, 过半 → 50 more_than. (六成,
# 九成以上, 近八成 are QUANTITY's: 成 is a unit there.)
PROPORTION = re.compile(
    r"百分之(?P<pct>[" + CN_NUM_CHARS + r"]+|\d+(?:\.\d+)?)(?P<pct_suf>以上|左右|以下)?"
    r"|(?<![\d" + CN_NUM_CHARS + r"])(?P<den>[" + CN_NUM_CHARS + r"]+|\d+)分之(?P<nom>[" + CN_NUM_CHARS + r"]+|\d+)"
    r"|(?P<half>过半|半数以上|超过半数|一半以上|超过一半)"
)


def _number(s: str) -> float | None:
    if s[0].isdigit():
        return float(s)
    parsed = parse_chinese_int(s)
    return float(parsed[0]) if parsed else None


def parse_proportion(m: re.Match) -> Quantity | None:
    """A PROPORTION match as a percentage (unit %), its qualifier from the words."""
    qualifier = ""
    value: float | None
    if m.group("half"):
        value = 50.0
        qualifier = "more_than"
    elif m.group("pct"):
        value = _number(m.group("pct"))
        qualifier = _SUF_QUAL.get(m.group("pct_suf") or "", "")
    else:
        den, nom = _number(m.group("den")), _number(m.group("nom"))
        if not den or nom is None or nom > den:
            return None
        value = round(100 * nom / den, 2)
        qualifier = "" if value == int(value) else "about"
    if value is None:
        return None
    start = m.start()
    pre = PRE_QUAL_RE.search(m.string, max(0, start - 3), start)
    if pre:
        start = pre.start()
        qualifier = _PRE_QUAL.get(pre.group("w")) or qualifier
    return Quantity(
        start=start,
        end=m.end(),
        num_start=m.start(),
        value=round(value, 4),
        unit="%",
        qualifier=qualifier,
        raw_unit="%",
        chinese=True,
    )


def iter_quantities(text: str, start: int = 0, end: int | None = None):
    """Every quantity in text[start:end] in order: counts with units, then proportions in words,
    then counts a bulletin wrote without 例 (新增确诊病例7, 死亡病例0,)."""
    end = len(text) if end is None else end
    found = [
        q
        for m in QUANTITY.finditer(text, start, end)
        if (q := parse_quantity(m)) is not None
        and not (q.chinese and _IN_SLOGAN.match(text, q.end))
        and not (
            text[q.start - 1 : q.start] in _CHAIN_JOINS and _ORDINAL_CHAIN.search(text, max(0, q.start - 80), q.start)
        )
    ]
    # (each only where its words are: both patterns would stop at every numeral of the sentence)
    words = (
        [q for m in PROPORTION.finditer(text, start, end) if (q := parse_proportion(m)) is not None]
        if text.find("分之", start, end) >= 0 or text.find("半", start, end) >= 0
        else []
    )
    if text.find("病例", max(0, start - 2), end) >= 0 or text.find("观察", max(0, start - 2), end) >= 0:
        words += [
            _unitless(m) for m in _UNITLESS_COUNT.finditer(text, start, end) if not _PATIENT_LABEL.match(text, m.end())
        ]
    if text.find("观察", start, end) >= 0:  # 尚有974正在接受医学观察: the 人 left out
        words += [
            Quantity(m.start(), m.end(), m.start(), float(m.group()), "人", "", "", False)
            for m in _UNITLESS_OBSERVED.finditer(text, start, end)
        ]
    if text.find("数", start, end) >= 0:
        words += [_unitless(m) for m in _UNITLESS_TALLY.finditer(text, start, end)]
    if text.find("确诊", start, end) >= 0 or text.find("死亡", start, end) >= 0:
        seen = {w.start for w in words}
        words += [
            q
            for m in _UNITLESS_BY_WORD.finditer(text, start, end)
            if (q := _unitless_scaled(m)).start not in seen and not _PATIENT_LABEL.match(text, m.end())
        ]
    if not words:
        return found
    taken = [(q.start, q.end) for q in found]
    words = [w for w in words if not any(a < w.end and w.start < b for a, b in taken)]
    return sorted(found + words, key=lambda q: q.start)


# 第16例、18例、19例: the 第 of a list's first ordinal numbers the rest too (bounded look-back)
_CHAIN_JOINS = ("、", "和", "及")
_ORDINAL_CHAIN = re.compile(r"第\d+(?:例|起|宗)?(?:[、和及]\d+(?:例|起|宗)?){0,12}[、和及]$")  # (第76、77起病例)
# “四个一百”重点项目, “八个必须”: a slogan's numeral in quotes, before its closing quote
_IN_SLOGAN = re.compile(r"[\u4e00-\u9fff]{0,4}[”」』]")
# 新增确诊病例7, 死亡病例0,: a count whose 例 was left out, right after a bulletin's noun
# (正在接受医学观察415。: people under observation, the 人 left out likewise; $: a sentence's
# slice ends right before its 。)
_UNITLESS_COUNT = re.compile(
    r"(?=\d)(?:(?<=[增计积告亡院症诊]病例)|(?<=(?P<people>医学观察)))(?P<num>\d{1,6})(?=\s*(?:[,，。;；](?!\d)|$))"
)  # (not 病例1,277例)
# 尚有974正在接受医学观察: people still observed, the 人 left out before the verb
_UNITLESS_OBSERVED = re.compile(
    r"(?:(?<=尚有)|(?<=还有)|(?<=仍有))(?P<num>\d{1,6})(?=正在接受医学观察|正在医学观察|在接受医学观察)"
)
# 病例总数为5955、死亡人数13: a tally's noun, then its number with no unit (overseas papers)
_UNITLESS_TALLY = re.compile(
    r"(?:(?<=病例总数)|(?<=病例数)|(?<=(?P<people>[亡诊染]人数|亡总数)))(?:为|是|达到?|已达|增至|升至)?"
    r"(?P<num>\d{1,7}|\d{1,3}(?:,\d{3})+)(?=\s*(?:[,，。;；、](?!\d)|$))"
)
# 新泽西病例8.53万;死亡4362 and 意大利(16万2488确诊、2万1067死亡): Taiwan's and Hong Kong's
# summaries, a count right after its word, or right before it, with no unit
_UNITLESS_BY_WORD = re.compile(
    r"(?=\d)(?:"  # (a digit first: every other position fails at once, before the look-behinds)
    # (a name before 病例: 新泽西病例8.53万; not a patient's label, 为:病例21、患者胡某)
    r"(?:(?<=[\u4e00-\u9fff]病例)|(?<=死亡)|(?<=确诊)|(?<=病例[超逾近约]))(?P<num>\d+(?:\.\d+)?)(?:(?P<scale>[万萬])(?P<rest>\d{1,4})?)?"
    r"(?=\s*(?:[,，;；、。)）](?!\d)|$))"
    r"|(?<![\d.,])(?P<num2>\d+(?:\.\d+)?)(?:(?P<scale2>[万萬])(?P<rest2>\d{1,4})?)?(?=(?:确诊|死亡)[、,，;；)）]))"
)
# 病例1,男,45岁 / 病例1、病例2: a patient's label, no count
_PATIENT_LABEL = re.compile(r"\s*[,，;；]\s*(?:男|女|患者|病例|系|现住|家住|\d+岁)")


def _unitless(m: re.Match) -> Quantity:
    value = float(m.group("num").replace(",", ""))
    unit = "人" if m.group("people") else "例"
    return Quantity(m.start("num"), m.end(), m.start("num"), value, unit, "", "", False)


def _unitless_scaled(m: re.Match) -> Quantity:
    num, scale, rest = (m.group("num"), m.group("scale"), m.group("rest"))
    if num is None:
        num, scale, rest = (m.group("num2"), m.group("scale2"), m.group("rest2"))
    value = float(num) * (10_000 if scale else 1) + (float(rest) if rest else 0)
    qualifier = _WORD_QUALIFIER.get(m.string[m.start() - 1 : m.start()], "") if m.start() else ""
    return Quantity(m.start(), m.end(), m.start(), round(value, 2), "例", qualifier, "", False)


_WORD_QUALIFIER = {"超": "more_than", "逾": "more_than", "近": "about", "约": "about"}


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    return iter_quantities(text, start, end)
