"""Timeline: merging, conflicts, checks, derived figures — on small hand-made records."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from briefing import checks as ck
from briefing import derived as dv
from briefing import events as ev
from briefing import points as pts
from briefing import timeline as tl
from extract.records import Event, Record, read_csv

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "seeds_expected.csv"
CORPUS = ROOT / "seeds" / "corpus.json"
CITY = "株洲市"


def rec(
    metric,
    value,
    date="2020-02-19",
    doc="a.txt",
    published="",
    region=CITY,
    sector="",
    qualifier="",
    unit="例",
    quote=None,
    start=0,
    end=5,
    rule="t",
):
    return Record(
        doc=doc,
        date=date,
        region=region,
        metric=metric,
        sector=sector,
        value=float(value),
        unit=unit,
        qualifier=qualifier,
        quote=quote if quote is not None else f"{metric}{value}",
        start=start,
        end=end,
        rule=rule,
        published=published,
    )


def points_of(records, published_by_doc=None):
    points, _ = pts.merge_points(pts.records_frame(records, published_by_doc))
    return points


def one(points, metric, date="2020-02-19", region=CITY, sector=""):
    sel = points[
        (points["metric"] == metric)
        & (points["region"] == region)
        & (points["sector"] == sector)
        & (points["date"] == pd.Timestamp(date))
    ]
    assert len(sel) == 1, sel
    return sel.iloc[0]


# ---------------------------------------------------------------- records_frame


def test_records_frame_types_and_columns():
    frame = pts.records_frame(
        [rec("confirmed_total", 78, doc="a.txt"), rec("resumed", 43, sector="寄递企业", unit="家", doc="b.txt")],
        {"a.txt": "2020-02-21"},
    )
    for col in [
        "date",
        "region",
        "metric",
        "sector",
        "value",
        "unit",
        "qualifier",
        "doc",
        "published",
        "quote",
        "start",
        "end",
        "rule",
        "kind",
        "derived",
        "revised",
    ]:
        assert col in frame.columns
    assert pd.api.types.is_datetime64_any_dtype(frame["date"])
    assert pd.api.types.is_datetime64_any_dtype(frame["published"])
    assert frame["value"].dtype == float
    assert frame.loc[0, "published"] == pd.Timestamp("2020-02-21")
    assert pd.isna(frame.loc[1, "published"])  # b.txt unknown → NaT
    assert list(frame["kind"]) == ["cumulative", "current"]
    assert not frame["derived"].any() and not frame["revised"].any()


def test_record_published_wins_over_dict_and_corpus_shape_accepted():
    frame = pts.records_frame(
        [rec("confirmed_total", 78, doc="a.txt", published="2020-02-20"), rec("confirmed_total", 78, doc="b.txt")],
        {"a.txt": {"published": "2020-03-01"}, "b.txt": {"published": "2020-02-22"}},
    )
    assert list(frame["published"]) == [pd.Timestamp("2020-02-20"), pd.Timestamp("2020-02-22")]


def test_either_date_takes_the_later_day():
    frame = pts.records_frame([rec("resumed", 78, date="2020-02-13|2020-02-14", unit="家")])
    assert frame.loc[0, "date"] == pd.Timestamp("2020-02-14")


# ---------------------------------------------------------------- merge_points


def test_same_value_from_several_articles_is_one_point_with_evidence():
    points, conflicts = pts.merge_points(
        pts.records_frame(
            [
                rec("confirmed_total", 78, doc="a.txt", quote="累计确诊78例", start=10, end=17),
                rec("confirmed_total", 78, doc="b.txt", quote="确诊病例78例", start=3, end=9),
            ],
            {"a.txt": "2020-02-21", "b.txt": "2020-02-20"},
        )
    )
    assert len(points) == 1 and conflicts.empty
    p = points.iloc[0]
    assert p["value"] == 78 and p["n_sources"] == 2 and not p["conflict"]
    assert p["docs"] == ["a.txt", "b.txt"]
    assert [{k: v for k, v in e.items() if k != "rule"} for e in p["evidence"]] == [
        {"doc": "a.txt", "published": "2020-02-21", "quote": "累计确诊78例", "start": 10, "end": 17},
        {"doc": "b.txt", "published": "2020-02-20", "quote": "确诊病例78例", "start": 3, "end": 9},
    ]
    assert p["published"] == pd.Timestamp("2020-02-20")  # first reported
    assert p["point_id"] == "2020-02-19|株洲市|confirmed_total|"


def test_conflict_follows_latest_publication():
    points, conflicts = pts.merge_points(
        pts.records_frame(
            [
                rec("confirmed_total", 80, doc="new.txt"),
                rec("confirmed_total", 78, doc="old1.txt"),
                rec("confirmed_total", 78, doc="old2.txt"),
            ],
            {"new.txt": "2020-03-02", "old1.txt": "2020-02-21", "old2.txt": "2020-02-22"},
        )
    )
    p = one(points, "confirmed_total")
    # The later paper wins even though fewer articles printed it.
    assert p["value"] == 80 and p["conflict"] and p["revised"]
    assert "最新" in p["rule_note"] and "78" in p["rule_note"]
    assert "latest publication" in p["rule_note_en"]
    assert len(conflicts) == 3
    assert set(conflicts["value"]) == {78.0, 80.0}
    assert list(conflicts[conflicts["chosen"]]["doc"]) == ["new.txt"]
    assert set(conflicts["key"]) == {p["point_id"]}
    for col in ["key", "value", "doc", "published", "quote"]:
        assert col in conflicts.columns


def test_conflict_tie_on_date_goes_to_more_sources_then_first_seen():
    pub = {"a.txt": "2020-02-21", "b.txt": "2020-02-21", "c.txt": "2020-02-21"}
    points = points_of(
        [
            rec("recovered_total", 40, doc="a.txt"),
            rec("recovered_total", 41, doc="b.txt"),
            rec("recovered_total", 41, doc="c.txt"),
        ],
        pub,
    )
    assert one(points, "recovered_total")["value"] == 41
    points = points_of([rec("recovered_total", 40, doc="a.txt"), rec("recovered_total", 41, doc="b.txt")], pub)
    p = one(points, "recovered_total")
    assert p["value"] == 40 and p["conflict"] and not p["revised"]


def test_unknown_publication_counts_as_oldest():
    points = points_of(
        [rec("hospitalized", 38, doc="undated.txt"), rec("hospitalized", 37, doc="dated.txt")],
        {"dated.txt": "2020-02-21"},
    )
    assert one(points, "hospitalized")["value"] == 37


def test_qualified_and_exact_same_number_is_not_a_conflict():
    points, conflicts = pts.merge_points(
        pts.records_frame(
            [
                rec("workers_returned", 5000, doc="a.txt", qualifier="more_than", unit="人"),
                rec("workers_returned", 5000, doc="b.txt", unit="人"),
            ]
        )
    )
    p = one(points, "workers_returned")
    assert conflicts.empty and not p["conflict"] and p["n_sources"] == 2
    assert p["qualifier"] == ""  # an exact statement of it exists


def test_distinct_keys_stay_apart():
    points = points_of(
        [
            rec("resumed", 43, sector="寄递企业", unit="家"),
            rec("resumed", 289, sector="重点项目", unit="个"),
            rec("resumed", 43, sector="寄递企业", unit="家", date="2020-02-20"),
        ]
    )
    assert len(points) == 3


# ---------------------------------------------------------------- checks


def good_day():
    return [
        rec("confirmed_total", 78),
        rec("recovered_total", 40),
        rec("hospitalized", 38),
        rec("deaths_total", 0),
        rec("confirmed_total", 80, date="2020-03-01"),
        rec("recovered_total", 69, date="2020-03-01"),
    ]


def test_checks_pass_on_good_data():
    result = ck.checks(points_of(good_day()))
    assert result.empty
    assert list(result.columns) == ["check", "date", "region", "metric", "message_zh", "message_en", "evidence"]


def test_cumulative_fall_fails():
    result = ck.checks(
        points_of([rec("confirmed_total", 80, date="2020-02-19"), rec("confirmed_total", 78, date="2020-02-20")])
    )
    assert list(result["check"]) == ["cumulative_falls"]
    row = result.iloc[0]
    assert row["date"] == pd.Timestamp("2020-02-20") and row["metric"] == "confirmed_total"
    assert "80" in row["message_zh"] and "78" in row["message_en"]
    assert len(row["evidence"]) == 2


def test_a_cumulative_fall_of_one_fails():
    """80 → 79 is a fall too (a check that tolerated 1 survived every test: issue 13)."""
    result = ck.checks(
        points_of([rec("confirmed_total", 80, date="2020-02-19"), rec("confirmed_total", 79, date="2020-02-20")])
    )
    assert list(result["check"]) == ["cumulative_falls"]
    assert ck.checks(
        points_of([rec("confirmed_total", 80, date="2020-02-19"), rec("confirmed_total", 80, date="2020-02-20")])
    ).empty


def test_current_figures_may_fall():
    assert ck.checks(
        points_of([rec("hospitalized", 38, date="2020-02-19"), rec("hospitalized", 11, date="2020-03-01")])
    ).empty


def test_cumulative_checked_per_region_and_sector():
    points = points_of(
        [rec("confirmed_total", 80, region=CITY), rec("confirmed_total", 5, region="醴陵市", date="2020-02-20")]
    )
    assert ck.checks(points).empty


def test_recovered_above_confirmed_fails():
    result = ck.checks(points_of([rec("confirmed_total", 78), rec("recovered_total", 87)]))
    assert list(result["check"]) == ["recovered_gt_confirmed"]
    assert {e["metric"] for e in result.iloc[0]["evidence"]} == {"confirmed_total", "recovered_total"}


def test_balance_fails_only_when_all_four_stated():
    bad = [rec("confirmed_total", 78), rec("recovered_total", 40), rec("hospitalized", 37), rec("deaths_total", 0)]
    result = ck.checks(points_of(bad))
    assert list(result["check"]) == ["balance"]
    assert "78" in result.iloc[0]["message_zh"] and len(result.iloc[0]["evidence"]) == 4
    assert ck.checks(points_of(bad[:3])).empty  # deaths not stated → no claim


# ---------------------------------------------------------------- caught mutants (bench/mutation.py)
# Each test below was written to kill a mutant that passed every other test; the comment names it.


def checks_of(records):
    return ck.checks(points_of(records))


# Kills: a key dropped from a failure's dict, a metric dropped from an _evidence_of list, and the final
# sort keys ["date", "check"].
def test_a_failed_check_names_its_date_region_metric_and_evidence():
    result = checks_of(
        [
            rec("confirmed_total", 78, start=0, end=5),
            rec("recovered_total", 87, start=10, end=15),
            rec("hospitalized", 0, start=20, end=25),
            rec("deaths_total", 0, start=30, end=35),
            rec("confirmed_total", 77, date="2020-02-20", start=40, end=45),
        ]
    )
    # sorted by date, then check: not in the order the checks run
    assert [(str(r.date.date()), r.check) for r in result.itertuples()] == [
        ("2020-02-19", "balance"),
        ("2020-02-19", "recovered_gt_confirmed"),
        ("2020-02-20", "cumulative_falls"),
    ]
    by_check = {r["check"]: r for _, r in result.iterrows()}
    for check, metric in [
        ("balance", "confirmed_total"),
        ("recovered_gt_confirmed", "recovered_total"),
        ("cumulative_falls", "confirmed_total"),
    ]:
        row = by_check[check]
        assert row["region"] == CITY and row["metric"] == metric
        assert row["message_zh"].startswith(CITY) and row["message_en"].startswith(CITY)
    assert "87" in by_check["recovered_gt_confirmed"]["message_en"]
    assert "78" in by_check["recovered_gt_confirmed"]["message_zh"]
    assert "87" in by_check["balance"]["message_en"] and "78" in by_check["balance"]["message_zh"]
    assert {e["metric"] for e in by_check["balance"]["evidence"]} == {
        "confirmed_total",
        "recovered_total",
        "hospitalized",
        "deaths_total",
    }
    assert [e["start"] for e in by_check["cumulative_falls"]["evidence"]] == [0, 40]  # 78, then 77


# Kills: `==` → `!=` on date or region in _evidence_of.
def test_evidence_is_of_the_failing_date_and_region_only():
    result = checks_of(
        [
            rec("confirmed_total", 78),
            rec("recovered_total", 87),
            rec("confirmed_total", 95, date="2020-02-20"),
            rec("recovered_total", 90, date="2020-02-20"),
            rec("confirmed_total", 5, region="醴陵市"),
            rec("recovered_total", 3, region="醴陵市"),
        ]
    )
    (row,) = [r for _, r in result.iterrows()]
    assert row["check"] == "recovered_gt_confirmed" and row["date"] == pd.Timestamp("2020-02-19")
    assert sorted((e["metric"], e["value"]) for e in row["evidence"]) == [
        ("confirmed_total", 78),
        ("recovered_total", 87),
    ]


# Kills: no single mutant today (the `>` → `>=` mutants it was written for are now equivalent, see
# bench/mutation.py, or killed below); kept as the boundary: recovered = confirmed, in balance, passes.
def test_everyone_recovered_is_no_failure():
    assert checks_of(
        [rec("confirmed_total", 80), rec("recovered_total", 80), rec("hospitalized", 0), rec("deaths_total", 0)]
    ).empty


# Kills: `<` → `<=` in the cumulative check (a flat series does not fall).
def test_a_cumulative_fall_of_one_fails_and_a_flat_series_passes():
    assert list(checks_of([rec("confirmed_total", 80), rec("confirmed_total", 79, date="2020-02-20")])["check"]) == [
        "cumulative_falls"
    ]
    assert checks_of([rec("confirmed_total", 80), rec("confirmed_total", 80, date="2020-02-20")]).empty


# Kills: `qualifier == ""` → `!=` in the cumulative check.
def test_a_qualified_cumulative_value_is_not_a_fall():
    """超过80例 and then 78例 is no evidence of a fall: qualified values are skipped."""
    assert checks_of(
        [rec("confirmed_total", 80, qualifier="more_than"), rec("confirmed_total", 78, date="2020-02-20")]
    ).empty


# Kills: `rec > conf` → `>=` in recovered_gt_confirmed, and `and` → `or` in its guard: a row that
# fails only the balance is no recovered > confirmed.
@pytest.mark.parametrize("recovered,hospitalized", [(80, 1), (40, 30)])
def test_a_failed_balance_alone_is_not_recovered_above_confirmed(recovered, hospitalized):
    result = checks_of(
        [
            rec("confirmed_total", 80),
            rec("recovered_total", recovered),
            rec("hospitalized", hospitalized),
            rec("deaths_total", 0),
        ]
    )
    assert list(result["check"]) == ["balance"]


# Kills: "sector" dropped from the cumulative check's groupby: a series is per region, metric and
# sector (a hand-added 境外输入 subset is not the total falling).
def test_a_cumulative_series_is_per_sector():
    assert checks_of(
        [rec("confirmed_total", 80), rec("confirmed_total", 5, date="2020-02-20", sector="境外输入")]
    ).empty


# Kills: the sort keys of the cumulative check (region, metric, sector or date dropped from its
# sort_values): what fails, and the order failures of one day are listed in, must not depend on
# the order the points come in.
def test_failed_checks_do_not_depend_on_the_order_of_the_points():
    points = points_of(
        [
            rec("confirmed_total", 80),
            rec("confirmed_total", 79, date="2020-02-20"),
            rec("recovered_total", 40),
            rec("recovered_total", 39, date="2020-02-20"),
            rec("confirmed_total", 8, sector="境外输入"),
            rec("confirmed_total", 7, date="2020-02-20", sector="境外输入"),
            rec("confirmed_total", 10, region="醴陵市"),
            rec("confirmed_total", 9, date="2020-02-20", region="醴陵市"),
            rec("deaths_total", 0),
            rec("deaths_total", 1, date="2020-02-20"),  # rises: no failure, whichever order
        ]
    )
    expected = ck.checks(points)
    assert list(expected["check"]) == ["cumulative_falls"] * 4
    for reordered in (points.iloc[::-1], points.sample(frac=1, random_state=7)):
        pd.testing.assert_frame_equal(ck.checks(reordered.reset_index(drop=True)), expected)


# ---------------------------------------------------------------- derived


def test_derived_hospitalized_and_rate_are_exact_and_marked():
    points = points_of(
        [
            rec("confirmed_total", 80, date="2020-03-01"),
            rec("recovered_total", 69, date="2020-03-01"),
            rec("deaths_total", 0, date="2020-03-01"),
        ]
    )
    derived = dv.derived_points(points)
    assert derived["derived"].all()
    hosp = one(derived, "hospitalized", "2020-03-01")
    assert hosp["value"] == 11 and hosp["n_sources"] == 0
    assert "80" in hosp["rule_note"] and "69" in hosp["rule_note"] and "−" in hosp["rule_note"]
    assert len(hosp["inputs"]) == 3 and len(hosp["evidence"]) == 3
    rate = one(derived, "recovery_rate", "2020-03-01")
    assert rate["value"] == 86.3  # 86.25 rounded half up, to one decimal
    assert rate["unit"] == "%" and "÷" in rate["rule_note"]


def test_derived_never_overrides_a_stated_figure():
    points = points_of(
        [
            rec("confirmed_total", 78),
            rec("recovered_total", 40),
            rec("deaths_total", 0),
            rec("hospitalized", 38),
            rec("recovery_rate", 51.28, unit="%"),
        ]
    )
    derived = dv.derived_points(points)
    # Only active cases, which no source states: it sits beside the stated 在院, never over it.
    assert list(derived["metric"]) == ["active"] and list(derived["value"]) == [38]


def test_derived_needs_all_inputs_on_the_same_day_and_never_interpolates():
    points = points_of(
        [
            rec("confirmed_total", 78, date="2020-02-19"),
            rec("deaths_total", 0, date="2020-02-19"),
            rec("recovered_total", 46, date="2020-02-20"),
            rec("confirmed_total", 80, date="2020-03-01"),
            rec("recovered_total", 69, date="2020-03-01"),
        ]
    )
    both = dv.with_derived(points)
    derived = both[both["derived"]]
    # Only 3-01 has confirmed and recovered together; deaths missing there → no 在院.
    assert list(derived["point_id"]) == ["2020-03-01|株洲市|recovery_rate|"]
    all_days = set(both["date"])
    assert all_days == {pd.Timestamp(d) for d in ("2020-02-19", "2020-02-20", "2020-03-01")}


def test_qualified_inputs_are_not_used_for_arithmetic():
    points = points_of([rec("confirmed_total", 80, qualifier="more_than"), rec("recovered_total", 69)])
    assert dv.derived_points(points).empty


# ---------------------------------------------------------------- selecting


@pytest.fixture
def small_points():
    return points_of(
        [
            rec("confirmed_total", 78, date="2020-02-19", doc="a.txt"),
            rec("confirmed_total", 80, date="2020-03-01", doc="b.txt"),
            rec("confirmed_total", 80, date="2020-03-14", doc="c.txt"),
            rec("confirmed_total", 5, region="醴陵市", doc="a.txt"),
        ],
        {"a.txt": "2020-02-21", "b.txt": "2020-03-02", "c.txt": "2020-03-15"},
    )


def test_series_sorted_and_region_filtered(small_points):
    s = tl.series(small_points.iloc[::-1], "confirmed_total")
    assert list(s["value"]) == [78, 80, 80]
    assert list(s["x"]) == list(s["date"])


def test_series_on_publication_basis(small_points):
    s = tl.series(small_points, "confirmed_total", date_basis="published")
    assert list(s["x"]) == [pd.Timestamp(d) for d in ("2020-02-21", "2020-03-02", "2020-03-15")]
    with pytest.raises(ValueError):
        tl.series(small_points, "confirmed_total", date_basis="printed")


def test_latest_gives_value_and_previous(small_points):
    got = tl.latest(small_points, "confirmed_total", CITY)
    assert got == (80.0, pd.Timestamp("2020-03-14"), 80.0, pd.Timestamp("2020-03-01"))
    assert tl.latest(small_points, "deaths_total", CITY) == (None, None, None, None)
    single = tl.latest(small_points, "confirmed_total", "醴陵市")
    assert single.value == 5 and single.previous is None


def test_filter_points(small_points):
    got = tl.filter_points(small_points, start="2020-03-01", end="2020-03-14")
    assert set(got["date"]) == {pd.Timestamp("2020-03-01"), pd.Timestamp("2020-03-14")}
    assert len(tl.filter_points(small_points, regions=["醴陵市"])) == 1
    assert len(tl.filter_points(small_points, metrics="deaths_total")) == 0
    by_pub = tl.filter_points(small_points, end="2020-02-21", date_basis="published")
    assert len(by_pub) == 2  # both a.txt figures


def test_events_frame_from_events_and_frames():
    frame = ev.events_frame(
        [
            Event("d", "2020-03-14", "all_recovered", "全部治愈", "q", 0, 1),
            Event("d", "2020-01-22", "first_case", "首例确诊", "q", 0, 1),
        ]
    )
    assert list(frame["label"]) == ["首例确诊", "全部治愈"]
    assert pd.api.types.is_datetime64_any_dtype(frame["date"])
    frame = ev.events_frame(pd.DataFrame({"date": ["2020-02-01"], "label": ["x"]}))
    assert frame.loc[0, "kind"] == "" and ev.events_frame(None).empty


# ---------------------------------------------------------------- gold integration


def gold_timeline():
    published = json.loads(CORPUS.read_text(encoding="utf-8"))["articles"]
    return tl.build_timeline(read_csv(str(GOLD)), published)


def test_gold_records_make_the_known_city_series():
    timeline = gold_timeline()
    s = tl.series(timeline.points, "confirmed_total", CITY)
    values = dict(zip(s["date"], s["value"]))
    assert values[pd.Timestamp("2020-02-19")] == 78
    assert values[pd.Timestamp("2020-03-14")] == 80
    assert timeline.conflicts.empty
    assert timeline.failed_checks.empty  # 78 = 40 + 38 + 0 on 2-19
    p = one(timeline.points, "confirmed_total", "2020-02-19")
    assert p["published"] == pd.Timestamp("2020-02-21")
    assert p["evidence"][0]["quote"] == "累计报告新冠肺炎确诊病例78例"
    rate = one(timeline.points, "recovery_rate", "2020-03-14")
    assert rate["derived"] and rate["value"] == 100.0
    stated_rate = one(timeline.points, "recovery_rate", "2020-02-20")
    assert not stated_rate["derived"] and stated_rate["value"] == 58.9


def test_point_evidence_and_flat_points():
    points, conflicts = pts.merge_points(
        pts.records_frame(
            [
                rec("confirmed_total", 80, doc="new.txt", quote="累计确诊80例"),
                rec("confirmed_total", 78, doc="old.txt", quote="累计确诊78例"),
            ],
            {"new.txt": "2020-03-02", "old.txt": "2020-02-21"},
        )
    )
    pid = "2020-02-19|株洲市|confirmed_total|"
    got = tl.point_evidence(points, pid, conflicts)
    assert got["point"]["value"] == 80
    assert [e["quote"] for e in got["evidence"]] == ["累计确诊80例"]
    assert {c["value"] for c in got["candidates"]} == {78.0, 80.0}
    assert tl.point_evidence(points, "nope", conflicts)["point"] is None
    flat = tl.flat_points(points)
    assert "evidence" not in flat and flat.loc[0, "docs"] == "new.txt"
    assert flat.loc[0, "quotes"] == "累计确诊80例"
    assert "Mar 2" in points.loc[0, "rule_note_en"]


def test_user_corrections_are_marked_on_points():
    points, _ = pts.merge_points(
        pts.records_frame(
            [
                rec("confirmed_total", 78, doc="a.txt", rule="correction.change:case.confirmed.total"),
                rec("recovered_total", 40, doc="a.txt"),
            ],
            {"a.txt": "2020-02-21"},
        )
    )
    marked = dict(zip(points["metric"], points["corrected"]))
    assert marked == {"confirmed_total": True, "recovered_total": False}


# ---------------------------------------------------------------- 7-day average (issue 21)


def _day(n: int) -> str:
    return f"2020-02-{n:02d}"


def test_the_average_needs_seven_reported_days_and_never_crosses_a_gap():
    records = [rec("confirmed_new", n, date=_day(n), doc=f"d{n}.txt") for n in range(1, 12) if n != 9]
    avg = dv.average_points(points_of(records))
    assert list(avg["date"].dt.strftime("%Y-%m-%d")) == [_day(7), _day(8)]
    assert list(avg["value"]) == [4.0, 5.0]
    first = avg.iloc[0]
    assert first["derived"] and first["metric"] == "confirmed_new_avg7" and first["n_sources"] == 0
    assert len(first["inputs"]) == 7 and first["docs"] == [f"d{n}.txt" for n in range(1, 8)]
    assert "2月1日至2月7日" in first["rule_note"] and "= 4" in first["rule_note"]
    assert "Feb 1–Feb 7" in first["rule_note_en"]


def test_a_day_without_a_stated_new_count_takes_the_difference_of_two_totals():
    records = [rec("confirmed_new", 2, date=_day(n), doc=f"n{n}.txt") for n in range(1, 7) if n != 4]
    records += [
        rec("confirmed_total", 10, date=_day(3), doc="t3.txt"),
        rec("confirmed_total", 13, date=_day(4), doc="t4.txt"),  # day 4: 13 − 10 = 3
        rec("confirmed_new", 2, date=_day(7), doc="n7.txt"),
    ]
    [row] = dv.average_points(points_of(records)).to_dict("records")
    assert row["value"] == pytest.approx(round((2 * 6 + 3) / 7, 1))
    assert "t3.txt" in row["docs"] and "t4.txt" in row["docs"]
    assert "3" in row["rule_note"]


def test_no_average_from_a_falling_total_or_a_qualified_figure():
    records = [rec("confirmed_new", 1, date=_day(n), doc=f"n{n}.txt") for n in range(1, 8) if n != 5]
    records += [
        rec("confirmed_total", 10, date=_day(4), doc="t4.txt"),
        rec("confirmed_total", 9, date=_day(5), doc="t5.txt"),
    ]  # falls: no daily figure
    assert dv.average_points(points_of(records)).empty
    records[-1] = rec("confirmed_new", 1, date=_day(5), qualifier="约")
    assert dv.average_points(points_of(records)).empty


def test_the_average_is_per_region_and_in_the_timeline():
    records = [rec("confirmed_new", 7, date=_day(n), doc=f"a{n}.txt") for n in range(1, 8)]
    records += [rec("confirmed_new", 1, date=_day(n), doc=f"b{n}.txt", region="湘潭市") for n in range(1, 7)]
    timeline = tl.build_timeline(records)
    avg = timeline.points[timeline.points["metric"] == "confirmed_new_avg7"]
    assert list(avg["region"]) == [CITY] and list(avg["value"]) == [7.0]


def test_active_cases_are_derived_wherever_all_three_are_stated():
    points = points_of(
        [rec("confirmed_total", 80), rec("recovered_total", 69), rec("deaths_total", 1), rec("hospitalized", 12)]
    )  # a stated 在院 that counts differently
    derived = dv.derived_points(points)
    active = derived[derived["metric"] == "active"].iloc[0]
    assert active["value"] == 10 and len(active["inputs"]) == 3
    assert "现有确诊" in active["rule_note"] and "active" in active["rule_note_en"]
    assert "hospitalized" not in set(derived["metric"])  # the stated 在院 stays the only one


def test_the_timeline_dates_its_events_once():
    """Events are dated when the timeline is built; what the screen filters is that frame."""
    events = [
        Event("a.txt", "2020-01-24", "first_case", "首例确诊", "收治首例确诊病例", 0, 8),
        Event("b.txt", "2020-02-13|2020-02-14", "all_recovered", "确诊患者清零", "清零", 0, 2),
    ]
    timeline = tl.build_timeline([], events=events)
    assert pd.api.types.is_datetime64_any_dtype(timeline.events["date"])
    assert list(timeline.events["date"].dt.day) == [24, 14]  # the conservative as-of day of 13|14
    assert ev.events_frame(timeline.events) is timeline.events  # not parsed again
    assert list(ev.events_between(timeline.events, "2020-02-01")["doc"]) == ["b.txt"]
    assert tl.build_timeline([]).events.empty
