"""Official series beside the paper's (issue 11): the importer (shapes, conventions, bad files),
the reconciliation verdicts on small frames, the overlay, the dashboard's table and the deck's slide."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from briefing import charts
from briefing.reconcile import VERDICTS, reconcile, verdict_counts
from briefing.timeline import build_timeline
from conftest import run_app
from extract.errors import InputError
from store.loader import load_corpus
from store.official import OFFICIAL_DIR, SERIES_FILE, import_series, load_official, parse_series

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BUNDLED = SEEDS / OFFICIAL_DIR


def csv_bytes(text: str) -> bytes:
    return text.encode("utf-8")


# ------------------------------------------------------------------ the importer


def test_the_bundled_daily_file_and_the_per_update_file_agree():
    daily = parse_series((BUNDLED / "zhuzhou_official_daily.csv").read_bytes(), "daily.csv", convention="published")
    updates = parse_series((BUNDLED / "zhuzhou_dxy_updates.csv").read_bytes(), "updates.csv", convention="published")
    both = daily.merge(updates, on=["date", "region", "metric"], suffixes=("_d", "_u"))
    assert len(both) == len(updates) > 100  # every day the updates cover
    assert (both["value_d"] == both["value_u"]).all()  # the last update of each day is the day's value
    assert set(daily["region"]) == {"株洲市"} and set(updates["region"]) == {"株洲市"}  # 株洲 → 株洲市


def test_one_row_per_update_keeps_the_last_of_each_day():
    rows = parse_series(
        csv_bytes(
            "updateTime,cityName,city_confirmedCount\n"
            "2020-02-01 09:00:00,甲市,5\n2020-02-01 21:30:00,甲市,7\n"
            "2020-02-02 08:00:00,甲市,9\n"
        ),
        "u.csv",
    )
    assert rows[["date", "value"]].values.tolist() == [
        [pd.Timestamp("2020-02-01"), 7.0],
        [pd.Timestamp("2020-02-02"), 9.0],
    ]


@pytest.mark.parametrize("convention,as_of", [("asof", "2020-02-10"), ("published", "2020-02-09")])
def test_the_date_convention_sets_the_as_of_day(convention, as_of):
    rows = parse_series(
        csv_bytes("日期,累计确诊,累计治愈\n2020-02-10,61,10\n"),
        "x.csv",
        region="株洲",
        convention=convention,
        source="卫健委",
    )
    assert set(rows["date"]) == {pd.Timestamp(as_of)} and set(rows["reported"]) == {pd.Timestamp("2020-02-10")}
    assert set(rows["metric"]) == {"confirmed_total", "recovered_total"} and set(rows["region"]) == {"株洲市"}
    assert set(rows["convention"]) == {convention} and set(rows["source"]) == {"卫健委"}


@pytest.mark.parametrize(
    "text,kwargs,code",
    [
        ("", {"region": "甲市"}, "empty"),  # refused by the decoder, as an empty article is
        ("date,region,confirmed\n", {}, "empty_series"),
        ("city,confirmed\n甲市,1\n", {}, "no_date_column"),
        ("date,region,温度\n2020-02-01,甲市,3\n", {}, "no_metric_column"),
        ("date,confirmed\n2020-02-01,1\n", {}, "no_region"),
        ("date,region,confirmed\n二月一日,甲市,1\n", {}, "bad_series_date"),
        ("date,region,confirmed\n2020-02-01,甲市,-4\n", {}, "bad_series_value"),
        ("date,region,confirmed\n2020-02-01,甲市,很多\n", {}, "bad_series_value"),
        ("date,region,confirmed\n2020-02-01,甲市,1\n", {"convention": "yesterday"}, "bad_convention"),
        # found by tests/test_hostile_properties.py: pandas raised AttributeError on a repeated name
        ("date,date,region,confirmed\n2020-02-01,2020-02-01,甲市,1\n", {}, "bad_series_header"),
    ],
)
def test_a_bad_file_is_refused_in_both_languages(text, kwargs, code):
    with pytest.raises(InputError) as err:
        parse_series(csv_bytes(text), "bad.csv", **kwargs)
    assert err.value.code == code
    assert "bad.csv" in err.value.zh and "bad.csv" in err.value.en
    assert any("\u4e00" <= c <= "\u9fff" for c in err.value.zh)


def test_import_registers_the_file_and_a_refused_file_writes_nothing(tmp_path):
    corpus = tmp_path / "c"
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns(".*", OFFICIAL_DIR))
    good = tmp_path / "wjw.csv"
    good.write_text("date,confirmed,deaths\n2020-02-20,78,0\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("when,confirmed\nyesterday,1\n", encoding="utf-8")
    with pytest.raises(InputError):
        import_series(corpus, bad, "某", "asof", region="株洲市")
    assert not (corpus / OFFICIAL_DIR).exists()
    assert import_series(corpus, good, "市卫健委", "asof", region="株洲市", source_en="City health commission") == 2
    entry = json.loads((corpus / OFFICIAL_DIR / SERIES_FILE).read_text(encoding="utf-8"))["series"]
    assert entry == [
        {
            "file": "wjw.csv",
            "source": "市卫健委",
            "source_en": "City health commission",
            "convention": "asof",
            "region": "株洲市",
        }
    ]
    series = load_official(corpus)
    assert not series.errors and set(series.frame["value"]) == {78.0, 0.0}
    # importing the same name again replaces its entry rather than adding a second one
    import_series(corpus, good, "市卫健委", "published", region="株洲市")
    assert len(json.loads((corpus / OFFICIAL_DIR / SERIES_FILE).read_text(encoding="utf-8"))["series"]) == 1


def test_a_registered_file_that_breaks_is_reported_not_fatal(tmp_path):
    corpus = tmp_path / "c"
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns(".*"))
    (corpus / OFFICIAL_DIR / "zhuzhou_official_daily.csv").write_text("nonsense\n1\n", encoding="utf-8")
    data = load_corpus(corpus)
    assert data.records and data.official.empty
    assert [name for name, _ in data.errors] == ["zhuzhou_official_daily.csv"]


def test_the_command_line_imports_and_explains_a_refusal(tmp_path):
    corpus = tmp_path / "c"
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns(".*", OFFICIAL_DIR))
    bad = tmp_path / "bad.csv"
    bad.write_text("date,region,confirmed\n2020-02-01,甲市,-1\n", encoding="utf-8")
    res = subprocess.run(
        [sys.executable, "-m", "store", "official", str(corpus), str(bad), "--source", "x", "--convention", "asof"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 1 and "负" in res.stderr and "not counts" in res.stderr
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "store",
            "official",
            str(corpus),
            str(BUNDLED / "zhuzhou_dxy_updates.csv"),
            "--source",
            "丁香园",
            "--convention",
            "published",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    assert not load_official(corpus).frame.empty


# ------------------------------------------------------------------ reconciliation


def point(date, value, metric="confirmed_total", qualifier="", derived=False, region="甲市"):
    return {
        "point_id": f"{date}|{region}|{metric}|",
        "date": pd.Timestamp(date),
        "region": region,
        "metric": metric,
        "sector": "",
        "value": float(value),
        "unit": "例",
        "qualifier": qualifier,
        "derived": derived,
        "doc": "a.txt",
        "quote": "q",
    }


def official_rows(values: dict, metric="confirmed_total", region="甲市"):
    return pd.DataFrame(
        [
            {
                "date": pd.Timestamp(d),
                "region": region,
                "metric": metric,
                "value": float(v),
                "source": "卫健委",
                "source_en": "health commission",
            }
            for d, v in values.items()
        ]
    )


def test_each_verdict_on_a_small_frame():
    official = official_rows({"2020-02-09": 60, "2020-02-10": 61, "2020-02-11": 68, "2020-02-12": 71})
    points = pd.DataFrame(
        [
            point("2020-02-10", 61),
            point("2020-02-11", 61),
            point("2020-02-12", 68 + 3),
            point("2020-02-09", 61),
            point("2020-02-10", 99, metric="deaths_total"),
            point("2020-03-30", 5),
        ]
    )
    table = reconcile(points, official)
    got = {(r["date"].strftime("%m-%d"), r["metric"]): r["verdict"] for r in table.to_dict("records")}
    assert got == {
        ("02-09", "confirmed_total"): "paper_leads",  # 61 is the official count of the 10th
        ("02-10", "confirmed_total"): "agrees",
        ("02-11", "confirmed_total"): "paper_lags",  # 61 was the 10th's count
        ("02-12", "confirmed_total"): "agrees",
    }
    # no official counterpart (another metric, a day far away): not in the table
    row = table[table["date"] == pd.Timestamp("2020-02-11")].iloc[0]
    assert row["official"] == 68 and row["difference"] == -7 and row["source"] == "卫健委"
    assert verdict_counts(table) == {"agrees": 2, "paper_lags": 1, "paper_leads": 1, "disagrees": 0}


def test_disagreement_derived_and_qualified_figures():
    official = official_rows({"2020-02-10": 61})
    points = pd.DataFrame(
        [
            point("2020-02-10", 70),
            point("2020-02-10", 61, metric="confirmed_total", qualifier="more_than", region="乙市"),
            point("2020-02-10", 61, derived=True, region="丙市"),
        ]
    )
    table = reconcile(
        points,
        pd.concat(
            [
                official,
                official_rows({"2020-02-10": 61}, region="乙市"),
                official_rows({"2020-02-10": 61}, region="丙市"),
            ]
        ),
    )
    assert table["verdict"].tolist() == ["disagrees"] and table["region"].tolist() == ["甲市"]
    assert reconcile(points, official_rows({})).empty and reconcile(points.iloc[:0], official).empty


def test_official_values_never_replace_the_papers():
    data = load_corpus(SEEDS)
    before = build_timeline(data.records, data.published_by_doc()).points
    assert not data.official.empty
    assert not any(str(r.rule).startswith("official") for r in data.records)
    table = reconcile(before, data.official)
    after = build_timeline(data.records, data.published_by_doc()).points
    pd.testing.assert_frame_equal(
        before.drop(columns=["evidence", "docs", "inputs"]), after.drop(columns=["evidence", "docs", "inputs"])
    )
    counts = verdict_counts(table)
    print("seeds against the bundled official series:", counts)
    assert sum(counts.values()) == len(table) >= 6 and counts["agrees"] >= len(table) - 2
    assert set(table["verdict"]) <= set(VERDICTS)


# ------------------------------------------------------------------ overlay, dashboard, deck


@pytest.mark.parametrize("lang,word", [("zh", "官方："), ("en", "Official: ")])
def test_the_cumulative_chart_overlays_the_official_lines(lang, word):
    data = load_corpus(SEEDS)
    points = build_timeline(data.records, data.published_by_doc()).points
    fig = charts.build_chart(
        "cumulative_cases", points, region=data.city, lang=lang, home=data.city, official=data.official
    )
    official = [tr for tr in fig.data if (tr.meta or {}).get("official")]
    assert {tr.name for tr in official} >= {word + ("累计确诊" if lang == "zh" else "Total confirmed")}
    assert all(tr.line.dash == "dash" and tr.customdata is None and tr.hoverinfo == "skip" for tr in official)
    paper = [tr for tr in fig.data if not (tr.meta or {}).get("official")]
    assert paper and all(tr.customdata is not None for tr in paper if len(tr.x or ()))
    plain = charts.build_chart(
        "cumulative_cases",
        points,
        region=data.city,
        lang=lang,
        home=data.city,
        official=data.official,
        date_basis="published",
    )
    assert not [tr for tr in plain.data if (tr.meta or {}).get("official")]  # compared by as-of only


def test_the_dashboard_shows_the_comparison():
    at = run_app()
    assert any("与官方对照" in c.value for c in at.caption)  # the timeline's line under the cards
    at.switch_page("app/pages/quality.py").run()
    assert not at.exception
    assert "报纸与官方数字对照" in [s.value for s in at.subheader]
    assert any("个报纸数字有官方对应值" in i.value for i in at.info)
    table = next(d.value for d in at.dataframe if "对照结果" in d.value.columns)
    assert len(table) >= 6 and set(table["对照结果"]) <= {"一致", "报纸晚一天", "报纸早一天", "不一致"}
    at.multiselect(key="recon_verdicts::zh").set_value(["disagrees"]).run()
    table = next(d.value for d in at.dataframe if "对照结果" in d.value.columns)
    assert set(table["对照结果"]) <= {"不一致"}


def test_an_official_series_is_imported_from_the_manage_page(tmp_path):
    """The Manage corpus page's form runs the same checks as `store official`: a good CSV is
    registered, a refused one writes nothing and says why."""
    from store.official import import_series_data, load_official

    corpus = tmp_path / "c"
    corpus.mkdir()
    good = "date,city,confirmed\n2020-02-19,株洲市,78\n2020-02-20,株洲市,79\n".encode()
    with pytest.raises(InputError):
        import_series_data(corpus, good, "../x.csv", "卫健委", "asof")  # a parent reference
    assert not (corpus / "official").exists()
    assert import_series_data(corpus, good, "up/x.csv", "卫健委", "asof") == 2
    assert (corpus / "official" / "x.csv").read_bytes() == good  # the basename, never a path
    assert len(load_official(corpus).frame) == 2
    before = sorted(p.name for p in (corpus / "official").iterdir())
    with pytest.raises(InputError):
        import_series_data(corpus, b"no,dates\n1,2\n", "bad.csv", "卫健委", "asof")
    assert sorted(p.name for p in (corpus / "official").iterdir()) == before


def test_the_deck_has_the_comparison_slide(tmp_path):
    from briefing.chromium import chrome_available

    if not chrome_available():
        pytest.skip("the deck renders its charts with Chromium (the browser tests say so loudly)")
    from pptx import Presentation

    from briefing.deck import build_deck

    data = load_corpus(SEEDS)
    prs = Presentation(io.BytesIO(build_deck(data, "en")))
    slides = [s for s in prs.slides if any(sh.has_table for sh in s.shapes)]
    assert len(slides) == 1
    texts = " ".join(sh.text_frame.text for sh in slides[0].shapes if sh.has_text_frame)
    assert "The paper against the official series" in texts and "agree" in texts
    table = next(sh for sh in slides[0].shapes if sh.has_table).table
    header = [c.text for c in table.rows[0].cells]
    assert header == ["As-of date", "Metric", "Value", "Official", "Verdict"]
    assert len(table.rows) >= 2
