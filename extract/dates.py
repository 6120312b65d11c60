"""In-text Chinese dates → ISO dates, relative to a reference (publication) date.

dateparser 1.5 misreads most Chinese month-day forms (`1月24日` → 2020-01-08), so the
in-text resolver is written here; dateparser is only used for dates a user types
(`parse_user_date`), where tests show it right.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from extract.numbers import parse_chinese_int

DEFAULT_YEAR = 2020  # the corpus' year when neither metadata nor text gives one
# Dates a door accepts (corpus.json, an official series, a stored record): pandas and the
# charts cannot place 0001-01-01 or 9999-12-31, and no news of this kind lies outside.
MIN_DATE, MAX_DATE = dt.date(1900, 1, 1), dt.date(2100, 12, 31)
_ISO_DAY_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+-]*)?")

_TIME = r"(?:\s*(?:上午|下午|晚上|傍晚|凌晨|中午|早上|晚间|夜间|深夜|晚|早)?\s*(?:\d{1,2}(?:时|点)(?:\d{1,2}分|半)?)?)"
_RANGE_TIME = r"(?:\s*\d{1,2}时\s*(?:-|—|–|~|至|到)\s*\d{1,2}时)?"
# Starts at the digits (a leading optional group would be tried at every position); the
# 截至/自 word before a date is read by looking back (PRE_RE).
DATE_RE = re.compile(
    r"(?:(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]|(?P<bd>\d{1,2})\s*日(?=\s*\d{1,2}(?:\s*[-—–~至到]\s*\d{1,2})?时|统计|通报|公布|发布|宣布|表示|说|称|报告|介绍|举行|召开|新增|无新增|累计|死于|全天|当天|上午|下午|晚上|晚间|傍晚|凌晨|中午|早上|深夜|夜间|晚|[我本全][市县区省州]|\s*[,，]))"
    + _RANGE_TIME
    + _TIME
    + r"(?:\s*(?:至|到|-|—|–|~)\s*(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*[日号])?"
    + _TIME
    + r"(?P<post>\s*(?:以来|起|开始|至今|以后|之后|后))?"
)
_SPAN_OF_DAYS = ("连续", "持续", "第", "近", "共", "达")
_MIDNIGHT = re.compile(r"\s*(?:[日号])?\s*(?:0|零|〇)\s*(?:时|点)(?!\s*(?:-|—|–|~|至|到))")
YEAR_BEFORE_RE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*$")
# 截至当地时间7日0时, 截至美国东部时间22日15时: a time zone between 截至 and its day
_ZONE = r"(?:(?:当地|北京|[\u4e00-\u9fff]{2,4}(?:东部|西部|中部|标准))时间)?"
PRE_RE = re.compile(r"(?P<pre>截至|截止到|截止|自|从|至|到|继)\s*" + _ZONE + r"\s*$")

# A bare day in a 截至 phrase: 截至1日15时, 截至20日.
BARE_DAY_RE = re.compile(r"(?P<pre>截至到?|截止到?)\s*" + _ZONE + r"\s*(?P<bd>\d{1,2})\s*日")
RELATIVE_RE = re.compile(
    r"昨日|昨天|前日|前天|今日|今天|今晚|当天|当日|目前|至此|截至目前|截至(?:本报)?出版时|截至发稿|日前|近日|本周"
)
# 截至本报出版时: the paper's own day, whatever the text said before (截至发稿时 is the story's:
# a morning paper's copy is filed the day before)
_AT_PUBLICATION = re.compile(r"截至(?:本报)?出版时")
_RELATIVE_DAYS = {"昨日": -1, "昨天": -1, "前日": -2, "前天": -2, "今日": 0, "今天": 0, "今晚": 0}
YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年")
FULL_DATE_YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号](?!\s*(?:以来|起|开始))")
YEAR_MONTH_RE = re.compile(r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月")
BARE_YEAR_RE = re.compile(r"(?<![到至])((?:19|20)\d{2})\s*年(?![、,]|远景|目标|度|底|前|以来|以后|至)")
ISO_DATE_RE = re.compile(r"(?<!\d)(20\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    date: dt.date | None  # resolved as-of date (range → its end); None = "use context"
    first: dt.date | None  # range start, or same as date
    since: bool  # 自…以来 / …起: a period's start, not an as-of date
    explicit: bool  # written as a date (not 目前/至此)
    bare_day: bool = False  # 1日 without a month: month comes from context


def resolve_md(month: int, day: int, ref: dt.date, year: int | None = None) -> dt.date | None:
    """Month-day → date in the year that puts it nearest before (or just after) ref."""
    try:
        if year:
            return dt.date(year, month, day)
        d = dt.date(ref.year, month, day)
        # a December date in a January paper belongs to the previous year, and a January
        # date in a late-December paper to the next
        if (d - ref).days > 31:
            d = dt.date(ref.year - 1, month, day)
        elif (ref - d).days > 335:
            d = dt.date(ref.year + 1, month, day)
        return d
    except ValueError:
        return None  # 2月30日 and other malformed dates: no date, not a crash


_BARE_DAY_NUM = re.compile(r"(\d{1,2})\s*日")


def bare_day_number(span: str) -> int | None:
    """The day a bare-day mention dates its figures: the range's end (3日0时至4日16时 → 4)."""
    days = list(_BARE_DAY_NUM.finditer(span))
    if not days:
        return None
    end = int(days[-1].group(1))
    if (len(days) > 1 or span.startswith(("截至", "截止"))) and _MIDNIGHT.match(span, days[-1].end(1)) and end > 1:
        return end - 1  # 24日0时至25日0时, 截至10日0时: the end of the day before
    return end


def resolve_bare_day(day: int, context: dt.date) -> dt.date | None:
    """截至1日15时 in a paragraph about March → March 1; a day after the context → month before."""
    try:
        d = context.replace(day=day)
    except ValueError:
        d = None
    if d is None or (d - context).days > 7:
        prev = context.replace(day=1) - dt.timedelta(days=1)
        try:
            d = prev.replace(day=day)
        except ValueError:
            return None
    return d


# a date's morning in which a bulletin was released (its figures are the previous day's)
_MORNING_RELEASE = re.compile(
    r"\s*[日号]\s*(?:上午|早上|早晨|清晨|凌晨)\s*[,，]?[^。;,，]{0,24}?(?:发布|通报|公布|通告)"
)


_RELATIVE_SINCE = re.compile(r"(?:开始|起|以来)")
_SAID_ON_REACH = 40
_SENTENCE_BREAK = re.compile(r"[。！？!?；;\n]")


def _said_on(stated: list[DateMention], starts: list[int], text: str, pos: int) -> dt.date | None:
    """3月30日,泰国政府发言人对外公布,今日新增确诊136人: 今日 in a sentence that a stated day
    opens is that day, not the page's (a report a few days late). stated: the written dates,
    in order, starts their offsets (bisected: a page of dates costs one look per 今日)."""
    i = bisect_left(starts, pos) - 1
    while i >= 0 and stated[i].bare_day and stated[i].end >= pos - _SAID_ON_REACH:
        i -= 1  # (a bare day, 10日, is dated later from its context)
    if i < 0:
        return None
    d = stated[i]
    if d.bare_day or d.end < pos - _SAID_ON_REACH or d.since or d.date is None or d.first != d.date:
        return None
    if _SENTENCE_BREAK.search(text, d.end, pos) or text.startswith("截", d.start):
        return None
    return d.date


def find_dates(text: str, ref: dt.date, lo: int = 0, hi: int | None = None) -> list[DateMention]:
    """All date mentions in text[lo:hi] (offsets into text), in order. Bare days get their
    month later, from context."""
    hi = len(text) if hi is None else hi
    out: list[DateMention] = []
    for m in DATE_RE.finditer(text, lo, hi):
        start = m.start()
        if m.group("bd") and start > lo and text[start - 1] in "月0123456789":
            continue
        if m.group("bd") and text.endswith(_SPAN_OF_DAYS, lo, start):
            continue  # 已连续21日无新增: a number of days, not the 21st
        yr = YEAR_BEFORE_RE.search(text, max(lo, start - 7), start) if m.group("m") else None
        if yr:
            start = yr.start()
        pre = PRE_RE.search(text, max(lo, start - 12), start)
        start = pre.start() if pre else start
        since = bool(
            m.group("post") and m.group("post").strip() in ("以来", "起", "开始", "至今", "以后", "之后")
        ) or bool(
            pre and pre.group("pre") in ("自", "从", "继") and not m.group("d2")
        )  # 继2月13日新增2例后: an event, past (从2月18日至20日 is a range: its end dates it)
        if m.group("bd"):
            out.append(DateMention(start, m.end(), None, None, since, True, bare_day=True))
            continue
        year = int(yr.group("y")) if yr else None
        first = resolve_md(int(m.group("m")), int(m.group("d")), ref, year)
        if first is None:
            continue
        last = first
        if m.group("d2"):
            m2 = int(m.group("m2")) if m.group("m2") else first.month
            # the range's end follows its start: 12月30日至1月2日 ends in the next year
            last = resolve_md(m2, int(m.group("d2")), first + dt.timedelta(days=15)) or first
        if (
            pre
            and pre.group("pre").startswith("截")
            and _MIDNIGHT.match(text, m.end("d") if not m.group("d2") else m.end("d2"))
        ):
            # 截至2月20日0时: the end of 2月19日
            first = last = last - dt.timedelta(days=1)
        elif not m.group("d2") and _MORNING_RELEASE.match(text, m.end("d"), hi):
            # 2月22日上午,自治区卫健委发布通报,桂林市新增…: a morning's bulletin reports the day before
            first = last = last - dt.timedelta(days=1)
        out.append(DateMention(start, m.end(), last, first, since, True))
    starts = [d.start for d in out]
    ends = [d.end for d in out]

    def inside(pos: int) -> bool:  # within a date already found (out is sorted by start)
        i = bisect_right(starts, pos) - 1
        return i >= 0 and pos < ends[i]

    written_oddly = [
        DateMention(m.start(), m.end(), day, day, False, True)
        for m in _GARBLED_RE.finditer(text, lo, hi)
        if not inside(m.start()) and (day := resolve_md(int(m.group("m")), int(m.group("d")), ref)) is not None
    ]  # 截至3424时, 2020340时至24时: 3月4日, with 年/月/日 lost in a repost
    written_oddly += [
        DateMention(m.start(), m.end(), day, day, False, True)
        for m in _TODAY_NUMBERED.finditer(text, lo, hi)
        if (day := resolve_bare_day(int(m.group(1)), ref)) is not None
    ]  # 今(17)日公布: today, the 17th (Taiwan's way)
    written_oddly += [
        DateMention(m.start(), m.end(), day, day, False, True)
        for m in _WEEKDAY_NUMBERED.finditer(text, lo, hi)
        if (day := resolve_bare_day(int(m.group(1)), ref)) is not None
    ]  # 以色列星期天(29日)新增628起: that weekday, the 29th (Singapore's and Malaysia's way)
    written_oddly += [
        DateMention(m.start(), m.end(), day, day, False, True)
        for m in _DATE_IN_WORDS.finditer(text, lo, hi)
        if not inside(m.start()) and (day := _date_in_words(m, ref)) is not None
    ]  # 二月十号零点至二十四点 (a broadcast's transcript): February 10th
    written_oddly += [
        DateMention(m.start(), m.end(), day, day, False, True)
        for m in _WEEKDAY.finditer(text, lo, hi)
        if not inside(m.start())
        and not text.endswith(("较", "比", "与", "于"), lo, m.start())  # 相比周五增加了2795人: a baseline
        and (day := _last_weekday(m.group(1), ref)) is not None
    ]  # 周六,菲律宾卫生部表示,当日新增76例 (a page of Sunday 4月5日): Saturday the 4th
    written_oddly += [
        DateMention(m.start(), m.end(), day, day, False, True)
        for m in _MONTH_END.finditer(text, lo, hi)
        if not inside(m.start()) and (day := _month_end(m, ref)) is not None
    ]  # 截至2019年12月底: the month's last day
    for m in BARE_DAY_RE.finditer(text, lo, hi):
        if not inside(m.start()):
            midnight = _MIDNIGHT.match(text, m.end(), hi)  # 截至10日0时: part of the mention
            end = midnight.end() if midnight else m.end()
            out.append(DateMention(m.start(), end, None, None, False, True, bare_day=True))
    for m in RELATIVE_RE.finditer(text, lo, hi):
        if inside(m.start()):
            continue
        word = m.group()
        if _AT_PUBLICATION.fullmatch(word):
            out.append(DateMention(m.start(), m.end(), ref, ref, False, False))
            continue
        if word in _RELATIVE_DAYS and text.endswith(("较", "比", "与"), lo, m.start()):
            continue  # 较昨日增加571宗: the baseline, not the figure's day
        if word in _RELATIVE_DAYS:
            if _RELATIVE_SINCE.match(text, m.end()) and text.endswith(("从", "自"), lo, m.start()):
                continue  # 合作社从昨天开始就复工了: when it started, no day a figure is as of
            d = ref + dt.timedelta(days=_RELATIVE_DAYS[word])
            said = _said_on(out, starts, text, m.start()) if _RELATIVE_DAYS[word] == 0 else None
            out.append(DateMention(m.start(), m.end(), said or d, said or d, False, False))
    out += written_oddly  # checked against the regular dates only (inside)
    out.sort(key=lambda d: d.start)
    # 截至美国东部时间22日15时(北京时间23日3时): the bracket converts the date before it; that one dates
    return [d for d in out if not (d.start > lo and _CONVERTED_BEFORE.search(text, max(lo, d.start - 8), d.start))]


# A repost that lost 年, 月 and 日 but kept the digits: 截至3424时 (3月4日24时), 2020340时至24时
# (2020年3月4日0时至24时), 20201260-24时, a line's 230-24时. Only before a day's end or its 0时至24时, where the digits cannot be a count.
_GARBLED_RE = re.compile(
    r"(?:(?<=截至)|(?<=截止)|(?<=2020)|(?<=年)|(?<![^\n]))(?P<m>[1-4])(?P<d>[1-2]\d|3[01]|[1-9])(?=24时|0时?(?:至|-|—|–)24时)"
)
_TODAY_NUMBERED = re.compile(r"今\s*\(\s*(\d{1,2})\s*\)\s*日")
# a weekday with no date beside it: the last such day up to the page's (not 每周六, 上周六, 周一至
# 周五, 周一起, nor one numbered: 星期天(29日) above)
_WEEKDAY = re.compile(
    r"(?<![每上下本这前后])(?:星期|周|礼拜)([一二三四五六日天])(?![(（\s]*\d|[至到、和及起]|开始|以来|末|年|刊|报|期|边|内)"
)
_WEEKDAYS = "一二三四五六"
_DATE_IN_WORDS = re.compile(
    r"(?<![一二三四五六七八九十])([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})[日号]"
)


def _date_in_words(m: re.Match, ref: dt.date) -> dt.date | None:
    month, day = parse_chinese_int(m.group(1)), parse_chinese_int(m.group(2))
    if month is None or day is None or not 1 <= month[0] <= 12 or not 1 <= day[0] <= 31:
        return None
    return resolve_md(month[0], day[0], ref)


def _last_weekday(name: str, ref: dt.date) -> dt.date | None:
    wd = 6 if name in "日天" else _WEEKDAYS.index(name)
    return ref - dt.timedelta(days=(ref.weekday() - wd) % 7)


_WEEKDAY_NUMBERED = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]\s*[(（]\s*(\d{1,2})\s*日\s*[)）]")
_CONVERTED_BEFORE = re.compile(r"[(（]\s*(?:即)?北京时间\s*$")


def _stamp_years_later(stated: list[int], day: dt.date) -> bool:
    """Is a page's stamp a repost's, later than any of the text's full dates allows: a later
    year than all of them, and not the first months of the next year (a story of 2月14日
    recalls 2019年12月27日)?"""
    return max(stated) < day.year and (day.year - max(stated) >= 2 or day.month > 3)


# a wire's dateline: (中央社記者楊明珠東京13日專電), 新华社柏林3月6日电, 中新社…6日电
_WIRE_DATELINE = re.compile(
    r"(?:中央社|新华社|中新社|中新网|路透社?|法新社|美联社|共同社)[^()（）\n。]{0,16}?(\d{1,2})日"
    r"(?:专电|电|综合外电报[道导]|综合报[道导]|讯)"
)
_DATELINE_OPENING = 300  # characters a wire's dateline is looked for in


def _filed_day(text: str, published: dt.date) -> dt.date:
    """The day a wire item was filed when its page is stamped the day after (中央社東京13日專電 on
    a page of 3/14 01:00): 今天, 今晚 in it are the 13th."""
    m = _WIRE_DATELINE.search(text, 0, _DATELINE_OPENING)
    if m is None:
        return published
    before = published - dt.timedelta(days=1)
    return before if int(m.group(1)) == before.day else published


def infer_reference(text: str, published: str | None) -> tuple[dt.date, str]:
    """The date relative words count from: the publication date, else inferred from the text.

    Returns (date, how) where how is "metadata", "text" or "default".
    """
    if published:
        try:
            day = dt.date.fromisoformat(published[:10])
        except ValueError:
            pass
        else:
            # a mirror's stamp years after the text's own full dates (2025-12-04 on a story of
            # 2020年2月17日) dates nothing in it: the text's dates are read instead
            stated = [int(m.group(1)) for m in FULL_DATE_YEAR_RE.finditer(text)]
            # (a history's date weeks before the stamp, 自2019年12月27日启动…, is no mirror's sign)
            if not stated or not _stamp_years_later(stated, day):
                return _filed_day(text, day), "metadata"
    years: Counter[int] = Counter()
    # the year of full dates (2020年2月17日), else of months, else a bare year that is not a
    # plan's or a history's (2035年远景目标, 2016年3月份试营业以来)
    for rx in (FULL_DATE_YEAR_RE, YEAR_MONTH_RE, BARE_YEAR_RE):
        years = Counter(
            int(m.group(1))
            for m in rx.finditer(text)
            if 2000 <= int(m.group(1)) <= 2100 and "以来" not in text[m.end() : m.end() + 10]
        )
        if years:
            break
    year = years.most_common(1)[0][0] if years else DEFAULT_YEAR
    probe = dt.date(year, 12, 31)
    latest = None
    for m in DATE_RE.finditer(text):
        if m.group("m") and m.group("d"):
            yr = YEAR_BEFORE_RE.search(text, max(0, m.start() - 7), m.start())
            y = int(yr.group("y")) if yr else year
            if y != year:
                continue
            d = resolve_md(int(m.group("m")), int(m.group("d")), probe, y)
            if d and (latest is None or d > latest):
                latest = d
    # A web page's own stamp (2020-02-18 08:30): the bulletin's day when it is of the text's
    # year; a repost years later (2023-05-06) is not the bulletin's date and is passed over.
    for m in ISO_DATE_RE.finditer(text):
        if int(m.group(1)) != year:
            continue
        try:
            d = dt.date(year, int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
        if latest is None or d > latest:
            latest = d
    if latest is not None:
        return latest, "text"
    # only months (3月份…, 3月当月开工生产73家): the end of the latest month the text names
    months = [int(m.group(1)) for m in _MONTH_ONLY.finditer(text) if 1 <= int(m.group(1)) <= 12]
    if months:
        last = max(months)
        return dt.date(year, last, calendar.monthrange(year, last)[1]), "text"
    return dt.date(year, 1, 1) if years else dt.date(DEFAULT_YEAR, 1, 1), "default"


# 截至2019年12月底, 截至1月末: a cut-off at a month's end (2月底前, a deadline, has no 截至)
_MONTH_END = re.compile(r"(?:截至|截止到?)\s*(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?:底|末)")


def _month_end(m: re.Match, ref: dt.date) -> dt.date | None:
    month = int(m.group("m"))
    if not 1 <= month <= 12:
        return None
    year = int(m.group("y")) if m.group("y") else ref.year - (month > ref.month)
    return dt.date(year, month, calendar.monthrange(year, month)[1])


_MONTH_ONLY = re.compile(r"(?<![\d-])(\d{1,2})\s*月(?:份|当月|底|末)")


def checked_iso(value: object) -> str | None:
    """value when it is an ISO date (2020-02-21, optionally with a time) of a real day between
    MIN_DATE and MAX_DATE, else None."""
    if not isinstance(value, str):
        return None
    return _checked_iso_text(value)


@lru_cache(maxsize=4096)  # an archive's corpus.json repeats a few hundred days 100,000 times
def _checked_iso_text(value: str) -> str | None:
    m = _ISO_DAY_RE.fullmatch(value.strip())
    if not m:
        return None
    try:
        day = dt.date(*map(int, m.groups()))
    except ValueError:
        return None
    return value.strip() if MIN_DATE <= day <= MAX_DATE else None


_USER_FORMS = (
    (re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$"), ("y", "m", "d")),
    (re.compile(r"^\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?\s*$"), ("m", "d")),
)


def parse_user_date(s: str, default_year: int = DEFAULT_YEAR) -> dt.date | None:
    """A date typed by a user or written in metadata: 2020-02-21, 2020年2月21日, 2月21日,
    Feb 21 2020, 21 February 2020. None when it can't be read (never a guess)."""
    if not s or not s.strip():
        return None
    for rx, parts in _USER_FORMS:
        m = rx.match(s)
        if m:
            vals = dict(zip(parts, map(int, m.groups())))
            try:
                return dt.date(vals.get("y", default_year), vals["m"], vals["d"])
            except ValueError:
                return None
    import dateparser  # slow to import; only needed for free-form user input

    parsed = dateparser.parse(
        s,
        languages=["en", "zh"],
        settings={
            "PREFER_DAY_OF_MONTH": "first",
            "RELATIVE_BASE": dt.datetime(default_year, 1, 1),
            "REQUIRE_PARTS": ["month", "day"],
        },
    )
    return parsed.date() if parsed else None
