"""In-text Chinese dates, dateparser-style: parametrized cases with a fixed reference date."""

import datetime as dt

import pytest

from extract import extract_text
from extract.dates import find_dates, infer_reference, parse_user_date, resolve_bare_day

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
