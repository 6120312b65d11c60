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
