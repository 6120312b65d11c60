import pytest

from extract.numbers import find_quantities, parse_chinese_int


@pytest.mark.parametrize(
    "text,value,approx",
    [
        ("十二", 12, False),
        ("二十", 20, False),
        ("两万", 20000, False),
        ("一百零五", 105, False),
        ("三千", 3000, False),
        ("七", 7, False),
        ("三四十", 30, True),
        ("一两百", 100, True),
        ("十", 10, False),
    ],
)
def test_parse_chinese_int(text, value, approx):
    assert parse_chinese_int(text) == (value, approx)


@pytest.mark.parametrize(
    "text,value,unit,qualifier",
    [
        ("1.7万余名", 17000, "人", "more_than"),
        ("超过5000人", 5000, "人", "more_than"),
        ("70%以上", 70, "%", "more_than"),
        ("近千人", 1000, "人", "about"),
        ("约3万人", 30000, "人", "about"),
        ("不足10例", 10, "例", "less_than"),
        ("两例", 2, "例", ""),
        ("七成", 70, "%", ""),
        ("94.14%", 94.14, "%", ""),
        ("100多名", 100, "人", "more_than"),
        ("38例", 38, "例", ""),
        ("1,234例", 1234, "例", ""),
        ("43家", 43, "家", ""),
        ("三四十人", 30, "人", "about"),
        # every qualifier word, written out (a word dropped from the tables fails here: issue 13)
        ("不到100人", 100, "人", "less_than"),
        ("100人以下", 100, "人", "less_than"),
        ("200人左右", 200, "人", "about"),
        ("200人上下", 200, "人", "about"),
        ("将近300人", 300, "人", "about"),
        ("接近300人", 300, "人", "about"),
        ("大约300人", 300, "人", "about"),
        ("逾400人", 400, "人", "more_than"),
        ("400余人", 400, "人", "more_than"),
        ("400人以上", 400, "人", "more_than"),
        ("多达500人", 500, "人", ""),
        ("达到500人", 500, "人", ""),
        ("达500人", 500, "人", ""),
    ],
)
def test_quantities(text, value, unit, qualifier):
    (q,) = find_quantities(text)
    assert (q.value, q.unit, q.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize(
    "text", ["1171.73万人次", "44880人份", "82岁", "14天", "2270.7亿元", "31台次", "成功出院", "第二人民医院", "第3例"]
)
def test_not_quantities(text):
    assert find_quantities(text) == []


# ---------------------------------------------------------------- caught mutants (bench/mutation.py)
# Each test below was written to kill a mutant that passed every other test; the comment names it.


# Kills: a digit or unit dropped from _DIGITS / _SMALL_UNITS / _BIG_UNITS (萬, 億 too), or its value ±1.
@pytest.mark.parametrize(
    "text,value",
    [
        ("零", 0),
        ("〇", 0),
        ("一", 1),
        ("二", 2),
        ("两", 2),
        ("三", 3),
        ("四", 4),
        ("五", 5),
        ("六", 6),
        ("七", 7),
        ("八", 8),
        ("九", 9),
        ("十五", 15),
        ("三百", 300),
        ("五千", 5000),
        ("三万五千", 35000),
        ("一亿", 100_000_000),
        ("兩萬", 20_000),  # traditional forms (Big5 pages): 兩, 萬, 億
        ("一億", 100_000_000),
        ("两千零二十", 2020),
        ("二〇二〇", 2020),
        ("二零二一", 2021),
        ("九〇", 90),  # digit by digit (a year, 九〇后)
    ],
)
def test_every_chinese_digit_and_unit(text, value):
    assert parse_chinese_int(text) == (value, False)


# Kills: `== _DIGITS[...] + 1` (== → !=, 1 → 0/2) and a digit dropped from the 三四十 rule's classes.
@pytest.mark.parametrize(
    "text,value",
    [
        ("三四", 3),
        ("三四万", 30_000),
        ("五六百", 500),
        ("一两千", 1000),
        ("八九十", 80),
    ],
)
def test_two_adjacent_digits_are_an_approximate_lower_bound(text, value):
    assert parse_chinese_int(text) == (value, True)


# Kills: no single mutant today (each guard it pins is doubled by another); kept: no number, no value.
@pytest.mark.parametrize("text", ["", "例", "三a"])
def test_not_a_chinese_number(text):
    assert parse_chinese_int(text) is None


# Kills: a unit dropped from UNIT_CANON or QUANTITY's unit alternation; 成's `value *= 10`; 萬/億 dropped
# from _BIG_UNITS (a KeyError on 1.5萬人).
@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("5例", 5, "例"),
        ("5名", 5, "人"),
        ("5人", 5, "人"),
        ("5位", 5, "人"),
        ("5家", 5, "家"),
        ("5个", 5, "个"),
        ("5%", 5, "%"),
        ("5条", 5, "条"),
        ("5台", 5, "台"),
        ("5辆", 5, "辆"),
        ("5户", 5, "户"),
        ("5座", 5, "座"),
        ("三成", 30, "%"),
        ("1亿人", 100_000_000, "人"),
        ("1.5万人", 15_000, "人"),
        ("1.5萬人", 15_000, "人"),
        ("2億人", 200_000_000, "人"),
    ],
)
def test_every_unit_and_its_canonical_form(text, value, unit):
    (q,) = find_quantities(text)
    assert (q.value, q.unit, q.raw_unit) == (value, unit, text[-1])
    assert (q.start, q.end) == (0, len(text))


# Kills: a word dropped from PRE_QUAL_RE or _PRE_QUAL (超 too); the look-back `start - 2` → 1.
@pytest.mark.parametrize(
    "text,qualifier",
    [
        ("超过50例", "more_than"),
        ("超50例", "more_than"),
        ("多达50例", ""),
        ("逾50例", "more_than"),
        ("将近50例", "about"),
        ("接近50例", "about"),
        ("大约50例", "about"),
        ("不足50例", "less_than"),
        ("不到50例", "less_than"),
        ("达到50例", ""),
        ("近50例", "about"),
        ("约50例", "about"),
        ("达50例", ""),
    ],
)
def test_qualifier_word_before_the_number_is_part_of_the_quote(text, qualifier):
    """The figure's quote starts at the whole qualifier word (多达, not 达)."""
    (q,) = find_quantities(text)
    assert (q.value, q.qualifier) == (50, qualifier)
    assert q.start == 0 and q.num_start == text.index("5")


# Kills: a word dropped from _SUF_QUAL or from QUANTITY's suf/suf2 groups (with others).
@pytest.mark.parametrize(
    "text,qualifier",
    [
        ("50余例", "more_than"),
        ("50多例", "more_than"),
        ("50例以上", "more_than"),
        ("50例左右", "about"),
        ("50例上下", "about"),
        ("50例以下", "less_than"),
    ],
)
def test_qualifier_word_after_the_number(text, qualifier):
    (q,) = find_quantities(text)
    assert (q.value, q.qualifier, q.end) == (50, qualifier, len(text))


# Kills: round(value, 4) → 3 or 5 in parse_quantity.
def test_values_are_rounded_to_four_places():
    (q,) = find_quantities("3.14159%")
    assert q.value == 3.1416


# Kills: `not num[0].isdigit()` → `num[0].isdigit()`; start/end not passed on to finditer.
def test_chinese_flag_and_search_window():
    assert [q.chinese for q in find_quantities("5例和五例")] == [False, True]
    assert [q.value for q in find_quantities("共5例,新增3例", 3)] == [3]
    assert [q.value for q in find_quantities("共5例,新增3例", 0, 3)] == [5]


# Kills, in parse_proportion: the look-back's max(0, …) → max(1, …) (近 at the text's start);
# 100 → 101 and round(…, 2) → 3 for a fraction; round(value, 4) → 3; and _number's s[0] → s[1]
# (an IndexError on a one-character number: 百分之五, 三分之二).
@pytest.mark.parametrize(
    "text,value,qualifier,start",
    [
        ("近百分之八十的企业已复工", 80, "about", 0),
        ("全市规模工业企业复工率达百分之五", 5, "", 11),
        ("三分之二的员工已返岗", 66.67, "about", 0),
        ("复工企业过半", 50, "more_than", 4),
        ("治愈率为百分之3.14159", 3.1416, "", 4),
    ],
)
def test_proportions_in_words(text, value, qualifier, start):
    (q,) = find_quantities(text)
    assert (q.value, q.unit, q.qualifier, q.start) == (value, "%", qualifier, start)


# Kills: `a < w.end and w.start < b` → `or`, and `w.start < b` → `<=` (a proportion right after a
# count is no part of it).
@pytest.mark.parametrize(
    "text,figures",
    [
        ("已复工300家,占百分之八十", [(300, "家"), (80, "%")]),
        ("全市复工企业300家超过半数实现满产", [(300, "家"), (50, "%")]),
        ("复工率达百分之80%", [(80, "%")]),  # written both ways: one figure
    ],
)
def test_a_count_and_a_proportion_in_words_are_two_figures(text, figures):
    assert [(q.value, q.unit) for q in find_quantities(text)] == figures
