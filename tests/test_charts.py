"""Charts: inspect the Figure objects the builders return (no rendering)."""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest

from briefing import chart_layout, charts, export, labels
from briefing import events as ev
from briefing import points as pts
from briefing import timeline as tl
from extract.records import Event, Record, read_csv

ROOT = Path(__file__).resolve().parents[1]
CITY = "株洲市"


def rec(metric, value, date, doc="a.txt", sector="", unit="例", region=CITY, qualifier=""):
    return Record(
        doc=doc,
        date=date,
        region=region,
        metric=metric,
        sector=sector,
        value=float(value),
        unit=unit,
        qualifier=qualifier,
        quote=f"{metric}{value}",
        start=0,
        end=3,
        published="2020-03-20",
    )


@pytest.fixture(scope="module")
def points():
    records = [
        rec("confirmed_total", 78, "2020-02-19"),
        rec("recovered_total", 40, "2020-02-19"),
        rec("hospitalized", 38, "2020-02-19"),
        rec("deaths_total", 0, "2020-02-19"),
        # 3-01: 在院 not stated → derived 80 − 69 − 0 = 11
        rec("confirmed_total", 80, "2020-03-01"),
        rec("recovered_total", 69, "2020-03-01"),
        rec("deaths_total", 0, "2020-03-01"),
        rec("confirmed_new", 0, "2020-02-19"),
        rec("recovered_new", 3, "2020-02-19"),
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
    return pts.merge_points(pts.records_frame([]))[0]


EVENTS = [
    Event("a.txt", "2020-02-20", "first_recovery", "首例治愈", "引文", 0, 2),
    Event("a.txt", "2020-06-01", "all_recovered", "范围外", "引文", 0, 2),
]


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
    # reported days only; the ten unreported days between are a gap, not a line (issue 9)
    assert list(confirmed.x) == ["2020-02-19", None, "2020-03-01"]
    assert list(confirmed.y) == [78, None, 80]
    assert confirmed.mode == "lines+markers" and confirmed.connectgaps is False
    stated_hosp = by_name(fig, "在院治疗")
    assert list(stated_hosp.x) == ["2020-02-19"]  # the line never reaches derived points


def test_a_line_joins_consecutive_days_only():
    rows = [
        {
            "point_id": f"2020-02-{d}|x|confirmed_total|",
            "date": f"2020-02-{d}",
            "x": pd.Timestamp(f"2020-02-{d}"),
            "value": v,
            "unit": "例",
            "qualifier": "",
            "derived": False,
            "n_sources": 1,
            "conflict": False,
            "rule_note": "",
            "rule_note_en": "",
        }
        for d, v in (("10", 5), ("11", 7), ("14", 9))
    ]
    fig = go.Figure()
    charts._line_traces(fig, pd.DataFrame(rows), "累计确诊", "#000", "zh")
    assert list(fig.data[0].x) == ["2020-02-10", "2020-02-11", None, "2020-02-14"]
    assert list(fig.data[0].y) == [5, 7, None, 9]  # a gap, never a zero
    assert fig.data[0].customdata[2][0] == ""  # nothing to click in the gap


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
    assert {"Total confirmed", "In hospital", "In hospital (derived)"} <= {tr.name for tr in en.data}


def test_customdata_traces_back_to_points(points):
    ids = point_ids(points)
    for build in (charts.cumulative_cases, charts.daily_new_cases, charts.observation):
        fig = build(points, CITY, "zh")
        for tr in fig.data:
            assert tr.customdata is not None and len(tr.customdata) == len(tr.x)
            assert {row[0] for row in tr.customdata} - {""} <= ids  # "": a gap between reports
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
    assert len(vals) <= chart_layout.MAX_TICKS
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
    assert [a.text for a in en.layout.annotations if (a.name or "").startswith("event:")] == ["First recovery"]
    frame_events = pd.DataFrame({"date": ["2020-02-25"], "label": ["复工"]})
    fig = charts.daily_new_cases(points, CITY, "zh", events=frame_events)
    assert [a.text for a in fig.layout.annotations if (a.name or "").startswith("event:")] == ["复工"]


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
    assert {tr.name for tr in fig.data} == {"Under medical observation", "Total released from observation"}
    assert "People" in fig.layout.yaxis.title.text


def test_resumption_rates_by_sector(points):
    fig = charts.resumption_rates(points, "zh")
    names = {tr.name for tr in fig.data}
    assert {"寄递企业复工率", "寄递企业返岗率", "重点项目复工率"} == names
    assert list(by_name(fig, "重点项目复工率").y) == [94.14]
    assert by_name(fig, "寄递企业返岗率").line.dash == "dot"
    assert fig.layout.yaxis.ticksuffix == "%"
    assert all(row[0] in point_ids(points) for tr in fig.data for row in tr.customdata)


def bars_by_axis(fig, name):
    """x-axis name → (its y-axis title, [(category, value, text)]) of the bars called name."""
    out = {}
    for tr in fig.data:
        if tr.name == name:
            xa = "xaxis" + (tr.xaxis or "x")[1:]
            ya = "yaxis" + (tr.yaxis or "y")[1:]
            out.setdefault(xa, (fig.layout[ya].title.text, []))[1].extend(zip(tr.x, tr.y, tr.text))
    return out


def test_resumption_counts_one_unit_and_one_kind_of_place_per_axis(points):
    """家 and 个 never share a count axis, and the city's sectors never share one with a
    county's (issue 9): one panel each, its axis naming its unit."""
    fig = charts.resumption_counts(points, "zh")
    resumed = bars_by_axis(fig, "已复工")
    assert sorted(resumed.values()) == sorted(
        [
            ("数量（个）", [("重点项目", 289, "289个")]),
            ("数量（家）", [("寄递企业", 43, "43家")]),
            ("", [("醴陵市·规模工业企业", 321, "321家")]),  # on 寄递企业's scale, beside it
        ]
    )
    # a unit's panels share one scale; its axis title is said once
    assert fig.layout.yaxis3.matches == "y2" and fig.layout.yaxis2.title.text == "数量（家）"
    total = bars_by_axis(fig, "总数")
    assert list(total.values()) == [("数量（个）", [("重点项目", 307, "307个")])]
    assert sum(tr.showlegend is not False for tr in fig.data if tr.name == "已复工") == 1
    assert fig.layout.barmode == "group"
    early = charts.resumption_counts(points, "zh", as_of="2020-02-18")
    assert [c for _, bars in bars_by_axis(early, "已复工").values() for c, _, _ in bars] == ["寄递企业"]
    assert early.layout.yaxis.title.text == "数量（家）"
    en = charts.resumption_counts(points, "en")
    assert {t for t, _ in bars_by_axis(en, "Resumed").values()} == {"Count (firms)", "Count (items)", ""}
    ticks = [t for k in en.layout.to_plotly_json() if k.startswith("xaxis") for t in en.layout[k].ticktext]
    assert "key projects" in ticks or "key<br>projects" in ticks  # broken between words


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
    # laid out at the slide's 960×540 and drawn at 2×: a 1920×1080 PNG, as the export writes
    # (1920×1080 at 2× was a 3840×2160 picture with fonts half their slide size)
    assert opts == {
        "format": "png",
        "filename": "zhuzhou_confirmed_total_2020-03-14_zh",
        "width": 960,
        "height": 540,
        "scale": 2,
    }
    assert (opts["width"], opts["height"]) == (export.WIDTH, export.HEIGHT)
    # The file name comes from the corpus's city, not a fixed one.
    other = charts.config_for_download("observation", "en", "2020-02-16", city="湘潭市")
    assert other["toImageButtonOptions"]["filename"] == "xiangtan_observation_2020-02-16_en"


def test_event_hover_escapes_the_article_quote(points):
    events = [
        Event(
            doc="a.txt",
            date="2020-02-20",
            label="首例治愈",
            kind="first_recovery",
            quote="<img src=x onerror=alert(1)> & 出院",
            start=0,
            end=5,
        )
    ]
    fig = charts.cumulative_cases(points, CITY, "zh", events=events)
    note = next(a for a in fig.layout.annotations if (a.name or "").startswith("event:"))
    assert "<img" not in note.hovertext
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; 出院" in note.hovertext


XIANGTAN = ROOT / "tests" / "data" / "xiangtan"


@pytest.fixture(scope="module")
def xiangtan_points():
    from store.loader import load_corpus

    data = load_corpus(XIANGTAN, "湘潭市")
    assert data.city == "湘潭市"
    return tl.build_timeline(data.records, data.published_by_doc()).points


def test_resumption_charts_list_the_home_citys_own_sectors(xiangtan_points):
    """The home city comes from the data: 湘潭市's sectors go without its name, first."""
    pts = xiangtan_points
    rates = charts.build_chart("resumption_rates", pts, region="湘潭市", home="湘潭市")
    assert "规模以上工业企业复工率" in {tr.name for tr in rates.data}
    assert not any(str(tr.name).startswith("湘潭市") for tr in rates.data)
    counts = charts.build_chart("resumption_counts", pts, region="湘潭市", home="湘潭市")
    cats = [c for tr in counts.data if tr.name == "已复工" for c in tr.x]
    assert cats[0] == "规模以上工业企业" and any(c.startswith("湘潭县·") for c in cats)
    assert not any(c.startswith("湘潭市") for c in cats)
    # With another home city the same figures are someone else's.
    other = charts.resumption_counts(pts, "zh")
    assert "湘潭市·规模以上工业企业" in [c for tr in other.data if tr.name == "已复工" for c in tr.x]


def test_font_falls_back_without_fonts_module(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "briefing.fontconfig", None)  # import now fails
    assert charts.font_family() == charts.FALLBACK_FONT_FAMILY


# ---------------------------------------------------------------- gold integration


def test_gold_city_chart_has_reported_figures():
    published = json.loads((ROOT / "seeds" / "corpus.json").read_text(encoding="utf-8"))
    timeline = tl.build_timeline(read_csv(str(ROOT / "tests" / "gold" / "seeds_expected.csv")), published["articles"])
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
    # Every unit the extractor reports has English words (名/位 are reported as 人).
    assert labels.format_number(12, "辆", "en") == "12 vehicles"
    assert labels.format_number(300, "户", "en") == "300 households"
    assert labels.format_number(5, "座", "en") == "5 sites"
    from extract.numbers import UNIT_CANON

    assert set(UNIT_CANON.values()) <= set(labels.UNIT_NAMES)
    assert "名" not in labels.UNIT_NAMES
    assert labels.iso_day(pd.Timestamp("2020-02-19 13:00")) == "2020-02-19"
    assert labels.iso_day(pd.NaT) == labels.iso_day(None) == ""
    assert labels.app_title("株洲市") == "株洲疫情时间线"
    assert labels.app_title("湘潭市", "en") == "Xiangtan COVID-19 timeline"
    assert labels.metric_name("confirmed_total", "zh") == "累计确诊"
    assert labels.metric_name("confirmed_total", "en") == "Total confirmed"
    assert labels.t("no_data", "en") == "No data" and labels.t("missing_key") == "missing_key"


# ---------------------------------------------------------------- one layout for dashboard and slides

# The seeds' key events: three in the days before the first figure (2月14日), one on
# 2月2日, one on the last day (3月14日).
SEED_EVENTS = [
    Event("a.txt", "2020-01-22", "designated_hospital", "设立定点医院", "设立定点医院", 0, 2),
    Event("a.txt", "2020-01-23", "level1_response", "一级响应", "启动一级响应", 0, 2),
    Event("a.txt", "2020-01-24", "first_case", "首例确诊", "收治首例确诊病例", 0, 2),
    Event("a.txt", "2020-02-02", "first_recovery", "首例治愈出院", "首例患者治愈出院", 0, 2),
    Event("a.txt", "2020-03-14", "all_recovered", "确诊患者清零", "确诊患者清零", 0, 2),
]
EARLY = {"2020-01-22", "2020-01-23", "2020-01-24", "2020-02-02"}


@pytest.fixture(scope="module")
def gold_points():
    published = json.loads((ROOT / "seeds" / "corpus.json").read_text(encoding="utf-8"))
    return tl.build_timeline(
        read_csv(str(ROOT / "tests" / "gold" / "seeds_expected.csv")), published["articles"]
    ).points


def event_notes(fig):
    return [a for a in fig.layout.annotations if (a.name or "").startswith("event:")]


def event_lines(fig):
    return [s for s in fig.layout.shapes if (s.name or "").startswith("event:")]


def label_box(fig, ann, width=None):
    """(left, right, top, bottom) px of an event label inside the plot area (top = 0)."""
    plot_w, _ = chart_layout.plot_area(fig, width)
    lo, hi = (chart_layout._ms(v) for v in fig.layout.xaxis.range)
    x = (chart_layout._ms(ann.x) - lo) / (hi - lo) * plot_w + ann.xshift
    w = chart_layout.text_px(ann.text, ann.font.size) + 6
    left = x if ann.xanchor == "left" else x - w
    top = -ann.yshift
    return left, left + w, top, top + chart_layout.EVENT_ROW_PX


def y_px_from_top(fig, y, height=None):
    """Where value y is drawn, in px below the plot area's top edge."""
    _, plot_h = chart_layout.plot_area(fig, None, height)
    lo, top = fig.layout.yaxis.range
    return (1 - (y - lo) / (top - lo)) * plot_h


def earlier_note(fig):
    notes = [a for a in fig.layout.annotations if a.name == "event:earlier"]
    return notes[0] if notes else None


@pytest.mark.parametrize("build", [charts.cumulative_cases, charts.daily_new_cases])
def test_case_charts_span_their_data_and_name_earlier_events_in_a_lead_in(gold_points, build):
    """Sparse data (issue 9): the axis spans the reported days, not the events before them
    (which left 60% of the plot empty); the earlier events are one lead-in label at the
    left edge, each with its date on hover."""
    fig = build(gold_points, CITY, "zh", events=SEED_EVENTS)
    xs = [x for tr in fig.data for x in tr.x if x is not None]
    first_data, last_data = pd.Timestamp(min(xs)), pd.Timestamp(max(xs))
    lo, hi = (pd.Timestamp(v) for v in fig.layout.xaxis.range)
    assert first_data - pd.Timedelta(days=2) <= lo < first_data
    assert last_data < hi <= last_data + pd.Timedelta(days=2)
    assert not ({s.x0 for s in event_lines(fig)} & EARLY), "no event line outside the axis"
    lead = earlier_note(fig)
    assert lead is not None and lead.text.startswith("◀ 此前：") and "一级响应" in lead.text
    assert pd.Timestamp(lead.x) <= first_data and lead.xanchor == "left"
    for day in ("1月22日", "1月23日", "1月24日", "2月2日"):
        assert day in lead.hovertext
    en = earlier_note(build(gold_points, CITY, "en", events=SEED_EVENTS))
    assert en.text.startswith("◀ Earlier: ") and "Jan 23" in en.hovertext


def test_other_charts_keep_to_their_own_days(gold_points):
    fig = charts.observation(gold_points, CITY, "zh", events=SEED_EVENTS)
    assert not ({a.x for a in event_notes(fig)} & EARLY)
    rates = charts.resumption_rates(gold_points, "zh", events=SEED_EVENTS)
    assert event_notes(rates) == [] and pd.Timestamp(rates.layout.xaxis.range[0]) > pd.Timestamp("2020-02-02")


def test_the_real_seed_events_show_on_the_case_charts(gold_points, seed_extraction):
    _, _, events = seed_extraction
    for name in ("cumulative_cases", "daily_new_cases"):
        fig = charts.build_chart(name, gold_points, lang="zh", events=events)
        lead = earlier_note(fig)
        assert lead is not None and "1月23日" in lead.hovertext, name


@pytest.mark.parametrize("width", [None, 960, 700, 1400])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_event_labels_never_overprint_and_stay_inside(gold_points, width, lang):
    fig = charts.cumulative_cases(gold_points, CITY, lang, events=SEED_EVENTS)
    if width:
        chart_layout.fit_layout(fig, width)
    plot_w, _ = chart_layout.plot_area(fig, width)
    boxes = [label_box(fig, a, width) for a in event_notes(fig)]
    assert len(boxes) == 2  # 3月14日 and the lead-in naming the four earlier events
    for i, a in enumerate(boxes):
        assert a[0] >= -0.5 and a[1] <= plot_w + 0.5, "label runs out of the plot area"
        for b in boxes[i + 1 :]:
            overlap_x = min(a[1], b[1]) > max(a[0], b[0])
            overlap_y = min(a[3], b[3]) > max(a[2], b[2])
            assert not (overlap_x and overlap_y), (a, b)


def test_event_label_at_the_right_edge_flips_left(gold_points):
    fig = charts.cumulative_cases(gold_points, CITY, "zh", events=SEED_EVENTS)
    notes = {a.x: a for a in event_notes(fig)}
    assert notes["2020-03-14"].xanchor == "right" and notes["2020-03-14"].xshift < 0
    assert earlier_note(fig).xanchor == "left"
    # three events a day apart: a staircase of rows, not one over another
    close = [
        Event("a.txt", d, kind, label, label, 0, 2)
        for d, kind, label in (
            ("2020-02-20", "first_case", "首例确诊"),
            ("2020-02-21", "level1_response", "一级响应"),
            ("2020-02-22", "designated_hospital", "设立定点医院"),
        )
    ]
    fig = charts.cumulative_cases(gold_points, CITY, "zh", events=close)
    boxes = [label_box(fig, a) for a in event_notes(fig)]
    assert len(boxes) == 3 and len({b[2] for b in boxes}) >= 2
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (min(a[1], b[1]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[2], b[2]))


@pytest.mark.parametrize("log", [False, True])
def test_event_labels_sit_above_the_markers(gold_points, log):
    """No data marker under a label: clicking 3月14日's 80 hits the point, not the label."""
    fig = charts.cumulative_cases(gold_points, CITY, "zh", events=SEED_EVENTS, log=log)
    note = next(a for a in event_notes(fig) if a.x == "2020-03-14")
    left, right, _top, bottom = label_box(fig, note)
    plot_w, _ = chart_layout.plot_area(fig)
    lo, hi = (chart_layout._ms(v) for v in fig.layout.xaxis.range)
    under = [
        (tr.name, y)
        for tr in fig.data
        for x, y in zip(tr.x, tr.y)
        if left - 8 <= (chart_layout._ms(x) - lo) / (hi - lo) * plot_w <= right + 8 and (not log or y > 0)
    ]
    assert ("累计确诊", 80) in under
    for name, y in under:
        value = math.log10(y) if log else y
        assert y_px_from_top(fig, value) >= bottom + 6, (name, y)


def test_event_labels_above_bars_and_their_text(gold_points):
    fig = charts.daily_new_cases(
        gold_points, CITY, "zh", events=[*SEED_EVENTS, Event("a.txt", "2020-03-01", "x", "某事件", "q", 0, 1)]
    )
    note = next(a for a in event_notes(fig) if a.x == "2020-03-01")
    _, _, _, bottom = label_box(fig, note)
    assert y_px_from_top(fig, 7) >= bottom + 20  # the bar of 7 and its "7" stay clear


def test_long_event_labels_are_shortened_with_the_full_text_on_hover(points):
    long = "启动重大突发公共卫生事件一级应急响应并设立指挥部"
    fig = charts.cumulative_cases(points, CITY, "zh", events=[Event("a.txt", "2020-02-25", "x", long, "q", 0, 1)])
    note = event_notes(fig)[0]
    assert note.text.endswith("…") and len(note.text) < len(long)
    assert long in note.hovertext


@pytest.mark.parametrize("name", ["cumulative_cases", "daily_new_cases", "observation", "resumption_rates"])
@pytest.mark.parametrize("width", [None, 700, 960, 1600])
def test_no_two_date_ticks_closer_than_the_minimum_spacing(gold_points, name, width):
    fig = charts.build_chart(name, gold_points, lang="zh", events=SEED_EVENTS)
    if width:
        chart_layout.fit_layout(fig, width)
    vals = list(fig.layout.xaxis.tickvals)
    days = [chart_layout._ms(v) for v in vals]
    # in pixels at this width, no two tick labels touch: centres at least half of both
    # labels' widths apart (the property, not a copy of tick_spacing's formula)
    lo, hi = (chart_layout._ms(v) for v in fig.layout.xaxis.range)
    plot_w, _ = chart_layout.plot_area(fig, width)
    size = fig.layout.font.size
    xs = [(d - lo) / (hi - lo) * plot_w for d in days]
    widths = [chart_layout.text_px(t, size) for t in fig.layout.xaxis.ticktext]
    for i in range(len(xs) - 1):
        assert xs[i + 1] - xs[i] >= (widths[i] + widths[i + 1]) / 2, list(fig.layout.xaxis.ticktext)
    every = fig.layout.meta["date_ticks"]["vals"]
    assert vals[0] == every[0] and vals[-1] == every[-1]  # first and last always kept
    assert len(fig.layout.xaxis.ticktext) == len(vals)


def test_feb19_and_feb20_do_not_overprint(gold_points):
    fig = charts.cumulative_cases(gold_points, CITY, "zh")
    text = list(fig.layout.xaxis.ticktext)
    assert "2月19日" in text and "2月20日" not in text and text[-1] == "3月14日"


def test_declutter_keeps_ends_and_prefers_reported_days():
    days = [0, 1, 2, 10, 11, 30]
    assert chart_layout.declutter(days, 5) == [0, 3, 5]
    assert chart_layout.declutter(days, 5, first_pass=[4]) == [0, 4, 5]
    assert chart_layout.declutter([0, 1], 5) == [0, 1]  # the ends even when close


def test_resumption_rates_give_each_metric_its_own_colour(gold_points):
    fig = charts.resumption_rates(gold_points, "zh")
    rate = by_name(fig, "寄递企业复工率")
    ret = by_name(fig, "寄递企业返岗率")
    assert list(rate.y) == [84] and list(ret.y) == [64]
    assert rate.marker.color != ret.marker.color and rate.line.color != ret.line.color
    colours = {}
    for tr in fig.data:
        metric = "resumption_rate" if tr.name.endswith("复工率") else "worker_return_rate"
        colours.setdefault(metric, set()).add(tr.marker.color)
    assert colours == {
        "resumption_rate": {charts.METRIC_COLORS["resumption_rate"]},
        "worker_return_rate": {charts.METRIC_COLORS["worker_return_rate"]},
    }
    # the place is told by the marker symbol: same place, same symbol
    assert rate.marker.symbol == ret.marker.symbol
    assert by_name(fig, "重点项目复工率").marker.symbol != rate.marker.symbol
    assert all(row[0] in set(gold_points["point_id"]) for tr in fig.data for row in tr.customdata)


def test_daily_bars_are_a_0_8_day_slot_wide(gold_points):
    fig = charts.daily_new_cases(gold_points, CITY, "zh")
    slot = 0.8 * 86_400_000
    per_day = {}
    for tr in fig.data:
        assert tr.width is not None and tr.offset is not None
        for x, w, off in zip(tr.x, tr.width, tr.offset):
            per_day.setdefault(x, []).append((off, w))
    for day, bars in per_day.items():
        assert sum(w for _, w in bars) == pytest.approx(slot), day
        bars.sort()
        assert bars[0][0] == pytest.approx(-slot / 2)  # centred on the day
        for (o1, w1), (o2, _) in itertools.pairwise(bars):
            assert o1 + w1 == pytest.approx(o2)  # side by side
    assert per_day["2020-03-01"] == [(-slot / 2, slot)]  # alone: the whole slot
    assert len(per_day["2020-02-19"]) == 2


def test_source_line_once_and_shared_with_the_dashboard(points):
    fig = charts.cumulative_cases(points, CITY, "zh", events=EVENTS)
    chart_layout.add_source(fig, "数据来源：株洲日报")
    chart_layout.add_source(fig, "数据来源：株洲日报，<b>2020年</b>")
    sources = [a for a in fig.layout.annotations if a.name == "source"]
    assert len(sources) == 1 and sources[0].text == "数据来源：株洲日报，&lt;b&gt;2020年&lt;/b&gt;"
    assert fig.layout.margin.b == 112
    built = chart_layout.add_source(charts.cumulative_cases(points, CITY, "zh"), "来源")
    assert [a.text for a in built.layout.annotations if a.name == "source"] == ["来源"]
    assert chart_layout.add_source(go.Figure(), "").layout.annotations == ()


def test_fit_layout_is_repeatable(gold_points):
    fig = charts.cumulative_cases(gold_points, CITY, "zh", events=SEED_EVENTS)
    once = fig.layout.to_plotly_json()
    chart_layout.fit_layout(fig)
    assert fig.layout.to_plotly_json() == once
    chart_layout.fit_layout(fig, 400)
    assert fig.layout.to_plotly_json() != once  # a narrower plot: labels laid out again
    chart_layout.fit_layout(fig, chart_layout.LAYOUT_WIDTH)
    assert fig.layout.to_plotly_json() == once


def test_category_labels_wrap_in_the_builder(points):
    fig = charts.resumption_counts(points, "zh")
    axes = [fig.layout[k] for k in fig.layout.to_plotly_json() if k.startswith("xaxis")]
    assert any("醴陵市<br>规模工业企业" in ax.ticktext for ax in axes)
    assert all(ax.tickangle == 0 and list(ax.tickvals) == list(ax.categoryarray) for ax in axes)


def test_wrapped_legend_gets_room_in_the_builder(gold_points):
    fig = charts.resumption_rates(gold_points, "zh")
    rows = chart_layout.legend_rows(fig)
    assert fig.layout.margin.t == 140 + chart_layout.LEGEND_ROW_PX * (rows - 1)
    chart_layout.fit_layout(fig, 2000)
    assert chart_layout.legend_rows(fig, 2000) == 1 and fig.layout.margin.t == 140


def test_a_reported_zero_is_a_visible_bar(gold_points):
    """新增确诊 0 on 2月19日 is a report: drawn (its outline is a line on the axis, with its
    text '0'), never dropped and never confused with an unreported day (issue 9)."""
    fig = charts.daily_new_cases(gold_points, CITY, "zh")
    new = by_name(fig, "新增确诊")
    zero = [i for i, y in enumerate(new.y) if y == 0]
    assert zero and new.text[zero[0]] == "0"
    assert new.marker.line.width >= 2 and new.marker.line.color == new.marker.color


def test_events_merge_and_each_merged_event_is_one_label(gold_points):
    """A year of papers repeats 一级响应 and 清零 in hundreds of articles (issue 12): the
    timeline merges them (one per kind and region, the first date, every article as
    evidence) and the chart draws one line and one label per merged event, in linear time."""
    import time

    kinds = [("first_case", "首例确诊"), ("level1_response", "一级响应"), ("all_recovered", "确诊患者清零")]
    events = [
        Event(f"a{i}.txt", f"2020-02-{20 + i % 9:02d}", kind, label, label, 0, 2, region="株洲市")
        for i in range(3000)
        for kind, label in [kinds[i % 3]]
    ]
    merged = ev.merge_events(events)
    assert len(merged) == 3 and merged["n_articles"].tolist() == [1000, 1000, 1000]
    assert merged.iloc[0]["date"] == pd.Timestamp("2020-02-20")
    assert len(merged.iloc[0]["docs"]) == 1000
    t0 = time.perf_counter()
    fig = charts.cumulative_cases(gold_points, CITY, "zh", events=events)
    assert time.perf_counter() - t0 < 5
    assert len(event_notes(fig)) == 3 and len(event_lines(fig)) == 3
    # another region's event of the same kind stays its own
    other = ev.merge_events(
        [*events, Event("b.txt", "2020-02-25", "first_case", "首例确诊", "q", 0, 1, region="醴陵市")]
    )
    assert len(other) == 4


# ---------------------------------------------------------------- colour-blind readers (issue 21)


def _cam02(hex_colour: str, deficiency: str | None):
    import numpy as np
    from colorspacious import cspace_convert

    rgb = np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)]) / 255
    if deficiency:
        rgb = np.clip(
            cspace_convert(rgb, {"name": "sRGB1+CVD", "cvd_type": deficiency, "severity": 100}, "sRGB1"), 0, 1
        )
    return cspace_convert(rgb, "sRGB1", "CAM02-UCS")


def _contrast_on_white(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 1.05 / (0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2] + 0.05)


CVD_MIN_DELTA_E = 20  # CAM02-UCS distance: at 20 two lines are told apart at a glance


@pytest.mark.parametrize("name", ["cumulative_cases", "daily_new_cases", "observation"])
def test_a_charts_colours_stay_apart_for_colour_blind_readers(points, name):
    """Every pair of colours one case chart draws (its metrics, the derived lines; the official
    series reuse their metric's colour) stays CVD_MIN_DELTA_E apart in CAM02-UCS for normal
    vision and simulated full deutan, protan and tritan deficiency (colorspacious, Machado
    2009); each line has 3:1 contrast on the white page. Red against green was 8.5 apart
    for a deutan reader."""
    import itertools

    import numpy as np

    options = {"cumulative_cases": {"active": True}, "daily_new_cases": {"average": True}}.get(name, {})
    avg = [rec("confirmed_new", 1, f"2020-02-{d:02d}") for d in range(1, 8)]
    pts = pd.concat([points, tl.build_timeline(avg).points]) if name == "daily_new_cases" else points
    fig = charts.build_chart(name, pts, region=CITY, lang="zh", **options)
    colours = sorted(
        {
            c
            for tr in fig.data
            for c in (getattr(tr.marker, "color", None), getattr(getattr(tr, "line", None), "color", None))
            if isinstance(c, str) and c.startswith("#")
        }
    )
    assert len(colours) >= 2, colours
    for colour in colours:
        assert _contrast_on_white(colour) >= 3, colour
    for a, b in itertools.combinations(colours, 2):
        for deficiency in (None, "deuteranomaly", "protanomaly", "tritanomaly"):
            distance = float(np.linalg.norm(_cam02(a, deficiency) - _cam02(b, deficiency)))
            assert distance >= CVD_MIN_DELTA_E, (a, b, deficiency, round(distance, 1))
