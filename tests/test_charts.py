"""Charts: inspect the Figure objects the builders return (no rendering)."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest

from briefing import charts, labels
from briefing import timeline as tl
from extract.records import Event, Record, read_csv

ROOT = Path(__file__).resolve().parents[1]
CITY = "株洲市"


def rec(metric, value, date, doc="a.txt", sector="", unit="例", region=CITY, qualifier=""):
    return Record(doc=doc, date=date, region=region, metric=metric, sector=sector,
                  value=float(value), unit=unit, qualifier=qualifier, quote=f"{metric}{value}",
                  start=0, end=3, published="2020-03-20")


@pytest.fixture(scope="module")
def points():
    records = [
        rec("confirmed_total", 78, "2020-02-19"), rec("recovered_total", 40, "2020-02-19"),
        rec("hospitalized", 38, "2020-02-19"), rec("deaths_total", 0, "2020-02-19"),
        # 3-01: 在院 not stated → derived 80 − 69 − 0 = 11
        rec("confirmed_total", 80, "2020-03-01"), rec("recovered_total", 69, "2020-03-01"),
        rec("deaths_total", 0, "2020-03-01"),
        rec("confirmed_new", 0, "2020-02-19"), rec("recovered_new", 3, "2020-02-19"),
        rec("recovered_new", 7, "2020-03-01"),
        rec("observation", 379, "2020-02-19", unit="人"),
        rec("observation_released_total", 1419, "2020-02-19", unit="人"),
        rec("resumption_rate", 84, "2020-02-17", sector="寄递企业", unit="%"),
        rec("worker_return_rate", 64, "2020-02-17", sector="寄递企业", unit="%"),
        rec("resumption_rate", 94.14, "2020-02-28", sector="重点项目", unit="%"),
        rec("resumed", 289, "2020-02-28", sector="重点项目", unit="个"),
        rec("sector_total", 307, "2020-02-28", sector="重点项目", unit="个"),
        rec("resumed", 43, "2020-02-17", sector="寄递企业", unit="家"),
        rec("resumed", 321, "2020-02-20", sector="规模工业企业", unit="家", region="醴陵市"),
    ]
    return tl.build_timeline(records).points


@pytest.fixture
def empty_points():
    return tl.merge_points(tl.records_frame([]))[0]


EVENTS = [Event("a.txt", "2020-02-20", "first_recovery", "首例治愈", "引文", 0, 2),
          Event("a.txt", "2020-06-01", "all_recovered", "范围外", "引文", 0, 2)]


def by_name(fig, name):
    found = [tr for tr in fig.data if tr.name == name]
    assert found, [tr.name for tr in fig.data]
    return found[0]


def point_ids(points):
    return set(points["point_id"])


# ---------------------------------------------------------------- cumulative cases

def test_cumulative_cases_traces_and_exact_dates(points):
    fig = charts.cumulative_cases(points, CITY, "zh")
    assert isinstance(fig, go.Figure)
    confirmed = by_name(fig, "累计确诊")
    assert list(confirmed.x) == ["2020-02-19", "2020-03-01"]  # reported days only
    assert list(confirmed.y) == [78, 80]
    assert confirmed.mode == "lines+markers"
    stated_hosp = by_name(fig, "在院治疗")
    assert list(stated_hosp.x) == ["2020-02-19"]  # the line never reaches derived points


def test_derived_points_have_hollow_markers_and_own_legend(points):
    fig = charts.cumulative_cases(points, CITY, "zh")
    derived = by_name(fig, "在院治疗（推算）")
    stated = by_name(fig, "在院治疗")
    assert list(derived.x) == ["2020-03-01"] and list(derived.y) == [11]
    assert derived.mode == "markers" and derived.marker.symbol == "circle-open"
    assert stated.marker.symbol != derived.marker.symbol
    assert derived.marker.color == stated.line.color  # open symbols stroke in marker.color
    assert derived.legendgroup == stated.legendgroup
    assert any(a.name == "derived_note" for a in fig.layout.annotations)
    en = charts.cumulative_cases(points, CITY, "en")
    assert {"Confirmed (cumulative)", "In hospital", "In hospital (derived)"} <= {
        tr.name for tr in en.data}


def test_customdata_traces_back_to_points(points):
    ids = point_ids(points)
    for build in (charts.cumulative_cases, charts.daily_new_cases, charts.observation):
        fig = build(points, CITY, "zh")
        for tr in fig.data:
            assert tr.customdata is not None and len(tr.customdata) == len(tr.x)
            assert {row[0] for row in tr.customdata} <= ids
            assert "customdata" in tr.hovertemplate
    confirmed = by_name(charts.cumulative_cases(points, CITY, "zh"), "累计确诊")
    assert confirmed.customdata[0][0] == "2020-02-19|株洲市|confirmed_total|"


def test_chinese_and_english_date_ticks(points):
    zh = charts.cumulative_cases(points, CITY, "zh")
    assert list(zh.layout.xaxis.tickvals) == ["2020-02-19", "2020-03-01"]
    assert list(zh.layout.xaxis.ticktext) == ["2月19日", "3月1日"]
    en = charts.cumulative_cases(points, CITY, "en")
    assert list(en.layout.xaxis.ticktext) == ["Feb 19", "Mar 1"]


def test_tick_labels_thinned_but_keep_ends():
    vals, text = charts.date_ticks(pd.date_range("2020-01-20", periods=40), "zh")
    assert len(vals) <= charts.MAX_TICKS
    assert text[0] == "1月20日" and text[-1] == "2月28日"


def test_titles_axes_font_and_log(points):
    fig = charts.cumulative_cases(points, CITY, "zh", log=True)
    assert "累计确诊" in fig.layout.title.text and CITY in fig.layout.title.text
    assert "例" in fig.layout.yaxis.title.text
    assert fig.layout.yaxis.type == "log"
    assert "sans-serif" in fig.layout.font.family
    assert fig.layout.xaxis.title.text == labels.t("asof_date", "zh")


def test_events_drawn_as_dashed_lines_with_labels(points):
    fig = charts.cumulative_cases(points, CITY, "zh", events=EVENTS)
    shapes = [s for s in fig.layout.shapes if (s.name or "").startswith("event:")]
    notes = [a for a in fig.layout.annotations if (a.name or "").startswith("event:")]
    # The June event lies outside the plotted days and is left out.
    assert len(shapes) == 1 and len(notes) == 1
    assert shapes[0].line.dash == "dash" and shapes[0].x0 == "2020-02-20"
    assert notes[0].text == "首例治愈"
    en = charts.cumulative_cases(points, CITY, "en", events=EVENTS)
    assert [a.text for a in en.layout.annotations if (a.name or "").startswith("event:")] == [
        "First recovery"]
    frame_events = pd.DataFrame({"date": ["2020-02-25"], "label": ["复工"]})
    fig = charts.daily_new_cases(points, CITY, "zh", events=frame_events)
    assert [a.text for a in fig.layout.annotations if (a.name or "").startswith("event:")] == [
        "复工"]


def test_publication_date_basis_moves_x(points):
    fig = charts.cumulative_cases(points, CITY, "zh", date_basis="published")
    assert set(by_name(fig, "累计确诊").x) == {"2020-03-20"}
    assert fig.layout.xaxis.title.text == labels.t("published_date", "zh")


# ---------------------------------------------------------------- other charts

def test_daily_new_cases_bars(points):
    fig = charts.daily_new_cases(points, CITY, "zh")
    assert all(isinstance(tr, go.Bar) for tr in fig.data)
    assert list(by_name(fig, "新增确诊").y) == [0]  # a stated zero is a bar, not a gap
    assert list(by_name(fig, "新增出院").x) == ["2020-02-19", "2020-03-01"]
    assert fig.layout.barmode == "group"


def test_observation_chart(points):
    fig = charts.observation(points, CITY, "en")
    assert {tr.name for tr in fig.data} == {"Under medical observation",
                                            "Released from observation (cumulative)"}
    assert "People" in fig.layout.yaxis.title.text


def test_resumption_rates_by_sector(points):
    fig = charts.resumption_rates(points, "zh")
    names = {tr.name for tr in fig.data}
    assert {"寄递企业复工率", "寄递企业返岗率", "重点项目复工率"} == names
    assert list(by_name(fig, "重点项目复工率").y) == [94.14]
    assert by_name(fig, "寄递企业返岗率").line.dash == "dot"
    assert fig.layout.yaxis.ticksuffix == "%"
    assert all(row[0] in point_ids(points) for tr in fig.data for row in tr.customdata)


def test_resumption_counts_grouped_bars(points):
    fig = charts.resumption_counts(points, "zh")
    resumed = by_name(fig, "已复工")
    assert list(resumed.x) == ["重点项目", "寄递企业", "醴陵市·规模工业企业"]
    assert list(resumed.y) == [289, 43, 321]
    assert list(resumed.text) == ["289个", "43家", "321家"]
    total = by_name(fig, "总数")
    assert list(total.x) == ["重点项目"] and list(total.y) == [307]
    assert fig.layout.barmode == "group"
    early = charts.resumption_counts(points, "zh", as_of="2020-02-18")
    assert list(by_name(early, "已复工").x) == ["寄递企业"]


@pytest.mark.parametrize("name", list(charts.CHARTS))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_empty_data_gives_a_friendly_figure(name, lang, empty_points):
    fig = charts.build_chart(name, empty_points, lang=lang, events=EVENTS)
    assert len(fig.data) == 0
    texts = [a.text for a in fig.layout.annotations]
    assert ("无数据" if lang == "zh" else "No data") in texts


def test_unknown_region_is_empty_not_an_error(points):
    fig = charts.cumulative_cases(points, "不存在区", "zh")
    assert len(fig.data) == 0 and fig.layout.annotations[0].text == "无数据"


def test_config_for_download():
    cfg = charts.config_for_download("confirmed_total", "zh", pd.Timestamp("2020-03-14"))
    opts = cfg["toImageButtonOptions"]
    assert opts == {"format": "png", "filename": "zhuzhou_confirmed_total_2020-03-14_zh",
                    "width": 1920, "height": 1080, "scale": 2}


def test_font_falls_back_without_fonts_module(monkeypatch):
    import sys
    monkeypatch.setitem(sys.modules, "briefing.fonts", None)  # import now fails
    assert charts.font_family() == charts.FALLBACK_FONT_FAMILY


# ---------------------------------------------------------------- gold integration

def test_gold_city_chart_has_reported_figures():
    published = json.loads((ROOT / "seeds" / "corpus.json").read_text(encoding="utf-8"))
    timeline = tl.build_timeline(read_csv(str(ROOT / "tests" / "gold" / "seeds_expected.csv")),
                                 published["articles"])
    fig = charts.cumulative_cases(timeline.points, CITY, "zh")
    confirmed = by_name(fig, "累计确诊")
    got = dict(zip(confirmed.x, confirmed.y))
    assert got["2020-02-19"] == 78 and got["2020-03-14"] == 80
    assert "2月19日" in fig.layout.xaxis.ticktext
    for name in charts.CHARTS:
        assert len(charts.build_chart(name, timeline.points, lang="zh").data) > 0


# ---------------------------------------------------------------- labels

def test_labels_formatting():
    assert labels.format_date("2020-02-19", "zh") == "2月19日"
    assert labels.format_date(pd.Timestamp("2020-02-19"), "en") == "Feb 19"
    assert labels.format_date(None, "zh") == ""
    assert labels.format_number(80, "例", "zh") == "80例"
    assert labels.format_number(94.14, "%", "zh") == "94.14%"
    assert labels.format_number(17000, "人", "zh", compact=True) == "1.7万人"
    assert labels.format_number(17000, "人", "en") == "17,000 people"
    assert labels.format_number(5000, "人", "zh", "more_than") == "超过5000人"
    assert labels.format_number(80, "例", "en") == "80 cases"
    assert labels.metric_name("confirmed_total", "zh") == "累计确诊"
    assert labels.metric_name("confirmed_total", "en") == "Confirmed (cumulative)"
    assert labels.t("no_data", "en") == "No data" and labels.t("missing_key") == "missing_key"
