"""app/links.py: a view as URL query parameters and back, checked against the corpus."""

from __future__ import annotations

import datetime as dt

import pytest

from app import links

D = dt.date
BOUNDS = {"asof": (D(2020, 2, 14), D(2020, 3, 14)), "published": (D(2020, 2, 16), D(2020, 3, 15))}
REGIONS = ["株洲市", "天元区", "醴陵市"]
METRICS = ["confirmed_total", "recovered_total", "resumed"]


def check(**link):
    return links.check_view(
        links.read(link), regions=REGIONS, metrics=METRICS, bounds=BOUNDS, points={"2020-02-19|株洲市|confirmed_total|"}
    )


def test_read_keeps_only_the_links_own_parameters_one_value_each():
    got = links.read({"region": ["天元区", "醴陵市"], "utm_source": "x", "lang": " en ", "log": []})
    assert got == {"region": "醴陵市", "lang": "en"}


def test_a_good_link_is_taken_whole():
    c = check(
        region="醴陵市",
        metrics="resumed,confirmed_total",
        basis="published",
        **{"from": "2020-02-20", "to": "2020-03-01"},
        log="1",
        avg="0",
        point="2020-02-19|株洲市|confirmed_total|",
    )
    assert not c.bad
    assert c.values == {
        "region": "醴陵市",
        "metrics": ["resumed", "confirmed_total"],
        "basis": "published",
        "range": (D(2020, 2, 20), D(2020, 3, 1)),
        "log": True,
        "avg": False,
        "point": "2020-02-19|株洲市|confirmed_total|",
    }


@pytest.mark.parametrize(
    "field, link",
    [
        ("region", {"region": "火星"}),
        ("metrics", {"metrics": "confirmed_total,nonsense"}),
        ("metrics", {"metrics": ","}),
        ("range", {"from": "2020-13-40"}),
        ("range", {"from": "2020-03-01", "to": "2020-02-01"}),  # reversed
        ("range", {"from": "2019-01-01", "to": "2020-03-01"}),  # outside the data
        ("basis", {"basis": "tomorrow"}),
        ("log", {"log": "maybe"}),
        ("point", {"point": "2020-02-19|火星|x|"}),
    ],
)
def test_a_value_that_does_not_fit_is_dropped_and_named(field, link):
    c = check(**link)
    assert field not in c.values and [name for name, _ in c.bad] == [field]


def test_one_bound_of_a_range_is_enough():
    assert check(**{"from": "2020-03-01"}).values["range"] == (D(2020, 3, 1), D(2020, 3, 14))
    assert check(to="2020-02-20").values["range"] == (D(2020, 2, 14), D(2020, 2, 20))


def test_an_overlong_value_is_refused():
    c = check(region="株洲市" * 200)
    assert "region" not in c.values and c.bad[0][0] == "region"


def test_the_range_is_checked_on_the_links_own_date_basis():
    c = check(basis="published", to="2020-03-15")  # the 15th exists as a publication date only
    assert c.values["range"] == (D(2020, 2, 16), D(2020, 3, 15))
    assert "range" in [name for name, _ in check(to="2020-03-15").bad]


def test_language_and_city():
    assert links.check_language({"lang": "en"}).values == {"lang": "en"}
    assert links.check_language({"lang": "fr"}).bad == [("lang", "fr")]
    papers = {"/a/zhuzhou": ("株洲市", "株洲日报"), "/a/sz": ("深圳市", "深圳特区报"), "/a/sz2": ("深圳市", "深圳晚报")}
    assert links.check_city({"city": "株洲市"}, papers).values == {"city": "/a/zhuzhou"}
    assert links.check_city({"city": "sz2"}, papers).values == {"city": "/a/sz2"}
    assert links.check_city({"city": "长沙市"}, papers).bad == [("city", "长沙市")]
    # a link names a paper by its city where no other paper shares it, else by its folder
    assert links.city_param("/a/zhuzhou", papers) == "株洲市"
    assert links.city_param("/a/sz2", papers) == "sz2"


def test_params_say_only_what_differs_from_the_default_and_read_back():
    default = dict(
        region="株洲市",
        default_region="株洲市",
        start=D(2020, 2, 14),
        end=D(2020, 3, 14),
        opening=(D(2020, 2, 14), D(2020, 3, 14)),
        metrics=METRICS,
        all_metrics=METRICS,
    )
    assert links.params(**default) == {}
    changed = {
        **default,
        "region": "醴陵市",
        "end": D(2020, 3, 1),
        "metrics": ["resumed"],
        "lang": "en",
        "log": True,
        "point": "2020-02-19|株洲市|confirmed_total|",
    }
    query = links.params(**changed)
    assert query == {
        "region": "醴陵市",
        "from": "2020-02-14",
        "to": "2020-03-01",
        "metrics": "resumed",
        "lang": "en",
        "log": "1",
        "point": "2020-02-19|株洲市|confirmed_total|",
    }
    back = check(**query)
    assert not back.bad and back.values["range"] == (D(2020, 2, 14), D(2020, 3, 1))
    assert links.address("http://127.0.0.1:8501/data", query).startswith("http://127.0.0.1:8501/data?region=%E9%86%B4")
    assert links.address("http://x/", {}) == "http://x/"


def test_notes_are_plain_text_in_both_languages():
    (zh,) = links.notes([("region", "[x](http://evil.example)")], "zh")
    (en,) = links.notes([("region", "a" * 100)], "en")
    assert "\\[x\\]" in zh and "地区" in zh
    assert en.startswith("The link's region") and "…" in en and "a" * 60 not in en
