"""In-text Chinese dates, dateparser-style: parametrized cases with a fixed reference date."""

import datetime as dt

import pytest

from extract import extract_text
from extract.dates import (
    checked_iso,
    find_dates,
    infer_reference,
    parse_user_date,
    resolve_bare_day,
    resolve_md,
)

REF = dt.date(2020, 2, 21)  # publication date of the paper the phrases come from


@pytest.mark.parametrize(
    "phrase,expected,since",
    [
        ("截至2月19日24时", "2020-02-19", False),  # 24时 ends the day; not the next day
        ("2月19日0时-24时", "2020-02-19", False),
        ("2月13日至14日", "2020-02-14", False),  # a range is as of its end
        ("1月7日至1月9日", "2020-01-09", False),
        ("2020年1月30日", "2020-01-30", False),
        ("3月14日上午10时40分", "2020-03-14", False),
        ("自1月24日收治首例确诊病例以来", "2020-01-24", True),
        ("2月10日以来", "2020-02-10", True),
        ("昨日", "2020-02-20", False),
        ("前天", "2020-02-19", False),
        ("12月30日", "2019-12-30", False),  # December in a February paper: last year
    ],
)
def test_find_dates(phrase, expected, since):
    d = find_dates(phrase, REF)[0]
    assert d.date.isoformat() == expected
    assert d.since is since


def test_bare_day_takes_month_from_context():
    assert resolve_bare_day(1, dt.date(2020, 3, 1)) == dt.date(2020, 3, 1)
    assert resolve_bare_day(28, dt.date(2020, 3, 2)) == dt.date(2020, 2, 28)


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("3月1日，我市又有7名患者治愈出院。截至1日15时，我市累计确诊80例。", "2020-03-02", "2020-03-01"),
        ("截至1日15时，我市累计确诊80例。", "2020-03-02", "2020-03-01"),
        ("截至2月19日24时，我市累计报告确诊病例78例。", "2020-02-21", "2020-02-19"),
        ("昨日，我市累计报告确诊病例78例。", "2020-02-20", "2020-02-19"),
        ("我市累计报告确诊病例78例。", "2020-02-20", "2020-02-20"),  # nothing closer: the paper's date
    ],
)
def test_figure_dates(text, published, expected):
    recs = [r for r in extract_text(text, published=published) if r.metric == "confirmed_total"]
    assert [r.date for r in recs] == [expected]


def test_malformed_dates_do_not_crash():
    assert find_dates("2月30日，13月5日", REF) == []
    assert extract_text("截至2月30日24时，我市累计确诊80例。", published="2020-03-02")[0].date == "2020-03-02"


def test_reference_inferred_from_text_without_metadata():
    ref, how = infer_reference("2020年3月2日 株洲日报讯 截至3月1日，我市累计确诊80例。", None)
    assert (ref, how) == (dt.date(2020, 3, 2), "text")
    ref, how = infer_reference("没有日期的文字", None)
    assert how == "default" and ref.year == 2020


@pytest.mark.parametrize(
    "typed,expected",
    [
        ("2020-02-21", "2020-02-21"),
        ("2020年2月21日", "2020-02-21"),
        ("2月21日", "2020-02-21"),
        ("2020/2/21", "2020-02-21"),
        ("Feb 21 2020", "2020-02-21"),
        ("21 February 2020", "2020-02-21"),
    ],
)
def test_parse_user_date(typed, expected):
    assert parse_user_date(typed).isoformat() == expected


@pytest.mark.parametrize("typed", ["", "not a date", "2020-02-30", "2月31日"])
def test_parse_user_date_refuses(typed):
    assert parse_user_date(typed) is None


@pytest.mark.parametrize(
    "phrase,ref,expected",
    [
        ("截至1月3日", dt.date(2020, 12, 30), "2021-01-03"),  # early January in a late-December paper
        ("12月30日至1月2日", dt.date(2021, 1, 3), "2021-01-02"),  # a range's end follows its start
        ("12月30日", dt.date(2021, 1, 3), "2020-12-30"),
    ],
)
def test_dates_across_new_year(phrase, ref, expected):
    assert find_dates(phrase, ref)[0].date.isoformat() == expected


@pytest.mark.parametrize(
    "text, year",
    [
        ("到2035年，基本实现现代化。2月17日，全市新增确诊病例2例。", 2020),  # a plan's year is no date's
        ("2016年3月份试营业以来，接待游客。2月17日，全市新增确诊病例2例。", 2020),  # nor a history's
        ("2021年工作会议召开。1月5日，全市新增确诊病例2例。", 2021),  # a bare year still counts
        ("2020年2月17日0-24时，全市新增确诊病例2例。十四五规划到2025年。", 2020),  # full dates first
    ],
)
def test_reference_year_from_text(text, year):
    from extract.dates import infer_reference

    ref, how = infer_reference(text, None)
    assert (ref.year, how) == (year, "text")


# ---------------------------------------------------------------- caught mutants (bench/mutation.py)
# Each test below was written to kill a mutant that passed every other test; the comment names it.


def _mention(text, ref=REF):
    (d,) = find_dates(text, ref)
    return d


# Kills: a word dropped from _TIME (上午 … 早) or from PRE_RE (截至, 截止到, 至 …); the look-back `start - 12`.
@pytest.mark.parametrize(
    "text",
    [
        "2月19日上午10时",
        "2月19日下午3时",
        "2月19日晚上8时",
        "2月19日傍晚6时",
        "2月19日凌晨2时",
        "2月19日中午12时",
        "2月19日早上7时",
        "2月19日晚间9时",
        "2月19日夜间11时",
        "2月19日晚8时",
        "2月19日早8时",
        "2月19日10点",
        "2月19日10时30分",
        "2月19日10时半",
        "2月19号",
        "2月19日0时-24时",
        "2月19日0时—24时",
        "2月19日0时–24时",
        "2月19日0时~24时",
        "2月19日0时至24时",
        "2月19日0时到24时",
        "截至2月19日",
        "截止2月19日",
        "截止到2月19日",
        "截止到 2月19日",
        "至2月19日",
        "到2月19日",
    ],
)
def test_a_date_mention_covers_its_time_of_day_and_its_lead_word(text):
    d = _mention(text)
    assert (d.date, d.first, d.since, d.explicit) == (dt.date(2020, 2, 19), dt.date(2020, 2, 19), False, True)
    assert (d.start, d.end) == (0, len(text))


# Kills: a separator dropped from DATE_RE's range part (至|到|-|—|–|~).
@pytest.mark.parametrize(
    "text",
    [
        "2月13日至14日",
        "2月13日到14日",
        "2月13日-14日",
        "2月13日—14日",
        "2月13日–14日",
        "2月13日~14日",
        "2月13日至2月14日",
    ],
)
def test_every_range_separator(text):
    d = _mention(text)
    assert (d.first, d.date, d.end) == (dt.date(2020, 2, 13), dt.date(2020, 2, 14), len(text))


# Kills: a word dropped from the `post` group or from the since tuples (以来 起 开始 至今; 自 从).
@pytest.mark.parametrize(
    "text,since",
    [
        ("2月10日以来", True),
        ("2月10日起", True),
        ("2月10日开始", True),
        ("2月10日至今", True),
        ("自2月10日", True),
        ("从2月10日", True),
        ("2月10日后", False),
    ],
)
def test_period_starts(text, since):
    d = _mention(text)
    assert (d.date, d.since, d.start, d.end) == (dt.date(2020, 2, 10), since, 0, len(text))


# Kills: 19 or 20 dropped from YEAR_BEFORE_RE (a written year is kept, 1998 too).
@pytest.mark.parametrize(
    "text,expected",
    [
        ("2020年12月30日", dt.date(2020, 12, 30)),  # a written year wins over the nearest year
        ("1998年2月3日", dt.date(1998, 2, 3)),
        ("2020 年 12 月 30 日", dt.date(2020, 12, 30)),  # … written with spaces too
    ],
)
def test_a_written_year_is_kept(text, expected):
    d = _mention(text)
    assert (d.date, d.start, d.end) == (expected, 0, len(text))


# Kills: resolve_md's `> 31` / `> 335` (cmp, ±1) and its year ± 1.
@pytest.mark.parametrize(
    "month,day,ref,expected",
    [
        (3, 23, REF, dt.date(2020, 3, 23)),  # up to 31 days after the paper: this year
        (3, 24, REF, dt.date(2019, 3, 24)),  # later: last year's
        (1, 31, dt.date(2020, 12, 31), dt.date(2020, 1, 31)),  # 335 days before: this year
        (1, 30, dt.date(2020, 12, 31), dt.date(2021, 1, 30)),  # earlier: next year's
    ],
)
def test_month_day_year_thresholds(month, day, ref, expected):
    assert resolve_md(month, day, ref) == expected
    assert _mention(f"{month}月{day}日", ref).date == expected


# Kills: 截至|截止到? alternatives dropped from BARE_DAY_RE; the bare day's `\d{1,2}时` lookahead.
@pytest.mark.parametrize("text", ["截至20日", "截止20日", "截止到20日", "20日15时"])
def test_bare_days(text):
    d = _mention(text)
    assert (d.date, d.bare_day, d.start, d.end) == (None, True, 0, len(text))


# Kills: the range end's reference `first + timedelta(days=15)` → 14 (2月16日 would fall a year back).
def test_a_range_ends_after_it_starts():
    assert (_mention("1月1日至2月16日").first, _mention("1月1日至2月16日").date) == (
        dt.date(2020, 1, 1),
        dt.date(2020, 2, 16),
    )


# Kills: inside()'s `- 1`, `i >= 0` and `pos < ends[i]` (cmp and int mutants).
def test_a_bare_day_inside_a_date_is_not_found_twice():
    """截至1日15时 is one mention (the date regex and the 截至 bare-day regex both match it)."""
    assert [(d.start, d.end, d.bare_day) for d in find_dates("截至1日15时", REF)] == [(0, 7, True)]
    assert len(find_dates("截至2月19日24时,截至1日15时", REF)) == 2


# Kills: inside()'s `pos < ends[i]` → `<=`: a 截至 bare day right where a date ends is a mention of its
# own, not part of that date.
def test_a_bare_day_right_after_a_date_is_its_own_mention():
    got = find_dates("自2月1日起截至3日我市累计治愈出院12人", REF)
    assert [(d.start, d.end, d.date, d.since, d.bare_day) for d in got] == [
        (0, 6, dt.date(2020, 2, 1), True, False),
        (6, 10, None, False, True),
    ]


# Kills: `start > lo` → `>=` (a bare day at the text's start), and find_dates' lo default 0 → -1.
def test_a_bare_day_at_the_start_of_a_text_or_after_a_word():
    assert [d.bare_day for d in find_dates("1日15时,累计确诊80", REF)] == [True]
    assert [(d.bare_day, d.start) for d in find_dates("我市20日15时召开会议", REF)] == [(True, 2)]


# Kills: a word dropped from RELATIVE_RE or _RELATIVE_DAYS, or its offset ±1.
@pytest.mark.parametrize(
    "word,days", [("昨日", -1), ("昨天", -1), ("前日", -2), ("前天", -2), ("今日", 0), ("今天", 0)]
)
def test_relative_days(word, days):
    d = _mention(word)
    assert (d.date, d.explicit) == (REF + dt.timedelta(days=days), False)


# Kills: 日前 or 目前 dropped from RELATIVE_RE (they keep 前天 / 前日 from being read inside them).
@pytest.mark.parametrize("text", ["日前天元区发布通告", "目前日均新增2例"])
def test_words_that_hold_a_relative_day_are_not_one(text):
    """日前天… is 日前 (recently) + 天元区, not 前天; 目前日均 is not 前日."""
    assert find_dates(text, REF) == []


# Kills: resolve_bare_day's `> 7` (cmp, ±1) and the month-before fallback.
@pytest.mark.parametrize(
    "day,context,expected",
    [
        (9, dt.date(2020, 3, 2), dt.date(2020, 3, 9)),  # a week ahead at most: the same month
        (10, dt.date(2020, 3, 2), dt.date(2020, 2, 10)),  # further: the month before
        (31, dt.date(2020, 4, 15), dt.date(2020, 3, 31)),  # April has no 31st
        (31, dt.date(2020, 3, 2), None),  # …and February none either
    ],
)
def test_resolve_bare_day(day, context, expected):
    assert resolve_bare_day(day, context) == expected


# Kills: a word dropped from BARE_YEAR_RE's lookbehind/lookahead; the order FULL_DATE → YEAR_MONTH → BARE_YEAR;
# `y != year`; the ISO stamp's year test; `2000 <=`.
@pytest.mark.parametrize(
    "text,expected",
    [
        # a year of a plan, a history, a list or an annual report is not the paper's year
        ("2019年度经济稳中有进。1月5日,全市新增确诊病例2例。", dt.date(2020, 1, 5)),
        ("2019年底完工。1月5日,全市新增确诊病例2例。", dt.date(2020, 1, 5)),
        ("2019年前完工。1月5日,全市新增确诊病例2例。", dt.date(2020, 1, 5)),
        ("2019年以后。1月5日,全市新增确诊病例2例。", dt.date(2020, 1, 5)),
        ("2019年至今。1月5日,全市新增确诊病例2例。", dt.date(2020, 1, 5)),
        ("到2019年完成。1月5日,全市新增确诊病例2例。", dt.date(2020, 1, 5)),
        ("至2019年完成。1月5日,全市新增确诊病例2例。", dt.date(2020, 1, 5)),
        ("2019年目标。1月5日,全市新增确诊病例2例。", dt.date(2020, 1, 5)),
        ("2019年远景。1月5日,全市新增确诊病例2例。", dt.date(2020, 1, 5)),
        ("2018年、2019年目标。1月5日,全市新增确诊病例2例。", dt.date(2020, 1, 5)),
        ("2019年我市经济增长。1月5日,全市新增确诊病例2例。", dt.date(2019, 1, 5)),  # a bare year counts
        # a full date's year before a month's, a month's before a bare year's
        ("2016年3月1日起施行。2020年2月17日,全市新增确诊病例2例。", dt.date(2020, 2, 17)),
        ("2016年3月1日开始施行。2020年2月17日,全市新增确诊病例2例。", dt.date(2020, 2, 17)),
        ("2016年3月份开业。2020年2月17日,全市新增确诊病例2例。", dt.date(2020, 2, 17)),
        ("2019年我市经济增长。2020年2月,全市新增确诊病例2例。2月17日,全市新增确诊病例2例。", dt.date(2020, 2, 17)),
        # a date of another year is not the latest of this one
        ("2020年2月17日,全市新增2例。2019 年 12 月 30 日,武汉通报不明原因肺炎。", dt.date(2020, 2, 17)),
        # a web page's stamp of the text's year is the day; a repost's later stamp is not
        ("2020-02-18 08:30 来源:株洲日报 全市新增确诊病例2例", dt.date(2020, 2, 18)),
        ("2023-05-06 转载 2020年2月17日,全市新增确诊病例2例。", dt.date(2020, 2, 17)),
        ("2000年1月5日,全市新增2例。", dt.date(2000, 1, 5)),  # years from 2000 on
    ],
)
def test_reference_from_text(text, expected):
    assert infer_reference(text, None) == (expected, "text")


# Kills: 以来 dropped from FULL_DATE_YEAR_RE's lookahead: a history's date is refused however many spaces
# (a PDF's justified line) stand before its 以来, not only within the 10 characters read after it.
def test_a_history_date_with_spaces_before_its_yilai_is_not_the_texts_year():
    text = "2016年3月1日          以来,2020年2月17日,全市新增确诊病例2例。"
    assert infer_reference(text, None) == (dt.date(2020, 2, 17), "text")


# Kills: the default's dt.date(year, 1, 1) ± 1 (January 1 of the year found, else of DEFAULT_YEAR).
def test_reference_without_a_dated_sentence_is_the_years_first_day():
    assert infer_reference("没有日期的文字", None) == (dt.date(2020, 1, 1), "default")
    assert infer_reference("2019年我市经济增长。", None) == (dt.date(2019, 1, 1), "default")


# Kills: `2000 <= year` → `<`/2001; `published[:10]` → 9/11.
def test_reference_ignores_last_century_and_reads_metadata_timestamps():
    assert infer_reference("1999年1月5日,全市新增2例。", None) == (dt.date(2020, 1, 1), "default")
    assert infer_reference("x", "2020-02-21T08:00:00") == (dt.date(2020, 2, 21), "metadata")
    assert infer_reference("3月1日", "not a date") == (dt.date(2020, 3, 1), "text")


# Kills: RELATIVE_BASE dropped from dateparser's settings (Feb 21 takes the given year).
@pytest.mark.parametrize(
    "typed,year,expected",
    [
        ("Feb 21", 2020, dt.date(2020, 2, 21)),
        ("Feb 21", 2021, dt.date(2021, 2, 21)),
        ("2月21日", 2021, dt.date(2021, 2, 21)),
        ("2020年2月21日 星期五", 2021, dt.date(2020, 2, 21)),  # free-form Chinese, through dateparser
        ("February 2020", 2020, None),
        ("21st", 2020, None),  # no day, or no month: no date, not a guess
        ("2020", 2020, None),
    ],
)
def test_parse_user_date_forms(typed, year, expected):
    assert parse_user_date(typed, year) == expected


# Kills: a word dropped from the bare day's lookahead (…日15时/新增/无新增/累计/全天/当天, a time of day, a
# comma, a word that reports: 20日发布): 20日 before the day's figures is a date.
@pytest.mark.parametrize(
    "tail",
    [
        *("15时", "新增确诊病例2例", "无新增确诊病例", "累计确诊80例", "全天无新增确诊病例", "当天新增2例"),
        *("上午", "下午", "傍晚", "凌晨", "中午", "早上", "晚", ",全市新增2例", "，全市新增2例"),
        *("统计", "通报", "公布", "发布", "宣布", "15时-24时"),
    ],
)
def test_a_bare_day_before_the_days_figures(tail):
    assert [(d.date, d.bare_day, d.start) for d in find_dates("20日" + tail, REF)] == [(None, True, 0)]


# Kills: 0, 零 or 〇 dropped from _MIDNIGHT (截至…0时 is the end of the day before), and a separator
# dropped from its lookahead (截至…0时-24时 is the whole day, not its midnight).
@pytest.mark.parametrize(
    "text,expected",
    [
        ("截至2月20日0时", dt.date(2020, 2, 19)),
        ("截至2月20日零时", dt.date(2020, 2, 19)),
        ("截至2月20日〇时", dt.date(2020, 2, 19)),
        ("截至2月20日0点", dt.date(2020, 2, 19)),
        *[(f"截至2月20日0时{sep}24时", dt.date(2020, 2, 20)) for sep in ("-", "—", "–", "~", "至", "到")],
    ],
)
def test_midnight_closes_the_day_before_but_a_day_range_does_not(text, expected):
    assert _mention(text).date == expected


# Kills: MIN_DATE's 1 → 2 and `<=` → `<` at either end of checked_iso's range (the dates a
# corpus.json, an official series or a stored record may carry).
@pytest.mark.parametrize(
    "value,ok",
    [
        ("1900-01-01", True),
        ("1899-12-31", False),
        ("2100-12-31", True),
        ("2101-01-01", False),
        ("2020-02-21T08:00", True),
    ],
)
def test_checked_iso_accepts_days_from_1900_to_2100(value, ok):
    assert checked_iso(value) == (value if ok else None)


@pytest.mark.xfail(
    strict=True,
    reason="dates.parse_user_date: dateparser reads relative words against RELATIVE_BASE (1 January), so "
    "昨天 or yesterday becomes 31 December: a guess, where the docstring promises None",
)
@pytest.mark.parametrize("typed", ["昨天", "yesterday", "tomorrow", "3 days ago"])
def test_relative_words_are_no_user_date(typed):
    assert parse_user_date(typed, 2020) is None


def test_a_cutoff_word_a_few_spaces_before_its_date():
    # was a bug (strict xfail): the look-back of 4 characters read 截至 as 至
    d = _mention("截至   2月20日0时")
    assert (d.start, d.date) == (0, dt.date(2020, 2, 19))


@pytest.mark.parametrize("zone", ["当地时间", "北京时间", "美国东部时间"])
def test_a_cutoff_in_a_time_zone(zone):
    d = _mention(f"截至{zone}2月20日0时")
    assert (d.start, d.date) == (0, dt.date(2020, 2, 19))


@pytest.mark.xfail(
    strict=True,
    reason="dates.infer_reference drops a year whose 以来 stands within 10 characters of it only: "
    "2019年12月8日武汉市发现首例病例以来 (以来 9 characters on) counts 2019, which then ties with "
    "2020 and wins as the first, so the reference becomes 2019-12-08",
)
def test_a_history_date_far_from_its_yilai_is_not_the_texts_year():
    text = "2019年12月8日武汉市发现首例病例以来,截至2020年2月20日,全国累计确诊病例75465例。"
    assert infer_reference(text, None) == (dt.date(2020, 2, 20), "text")


# Kills: a word dropped from _MORNING_RELEASE (a time of the morning, or the verb that releases): a
# bulletin released on a date's morning reports the day before; a morning's meeting does not.
@pytest.mark.parametrize("time", ["上午", "早上", "早晨", "清晨", "凌晨"])
@pytest.mark.parametrize("verb", ["发布", "通报", "公布", "通告"])
def test_a_bulletin_released_on_a_mornings_date_reports_the_day_before(time, verb):
    assert _mention(f"2月22日{time},市卫健委{verb}").date == dt.date(2020, 2, 21)
    assert find_dates(f"2月22日{time},市委召开会议", REF)[0].date == dt.date(2020, 2, 22)


@pytest.mark.xfail(
    strict=True,
    reason="dates.find_dates looks back only 7 characters for the year before a month-day (YEAR_BEFORE_RE): "
    "2018  年 12 月 30 日, with two spaces before 年, loses its year and is read as 2019-12-30",
)
def test_a_year_written_with_spaces_before_its_date():
    d = _mention("2018  年 12 月 30 日")
    assert (d.start, d.date) == (0, dt.date(2018, 12, 30))
