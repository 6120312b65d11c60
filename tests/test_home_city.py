"""Whose figures a folder holds (issues 20 and 25): the one home-city rule, a guess from the
text for a folder without corpus.json, and a corpus without a home city (a feed) — in the
engine, the command line, the store build and the dashboard."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, run_app
from extract import extract_text
from extract.corpus import CorpusMeta, HomeCity, home_city, read_meta
from extract.home import guess_home_city
from store.loader import load_corpus
from store.recordstore import RecordStore
from tests.browser_support import dashboard_page

XT = ROOT / "tests" / "data" / "xiangtan"  # Xiangtan bulletins, no corpus.json
SZ = ROOT / "tests" / "data" / "realworld_dev"  # Shenzhen, corpus.json says 深圳市
FEED = ROOT / "tests" / "data" / "feed_dev"  # a feed: corpus.json says "city": null


def texts(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


# ------------------------------------------------------------------ the rule and the guess


def test_the_rule_takes_the_first_that_says():
    def never():
        raise AssertionError("the texts are read only for a guess")

    assert home_city(CorpusMeta(city="深圳市"), "株洲", never) == HomeCity("株洲市", "given")
    assert home_city(CorpusMeta(city="深圳市"), None, never) == HomeCity("深圳市", "corpus.json")
    assert home_city(CorpusMeta(feed=True), None, never) == HomeCity(None, "feed")
    assert home_city(CorpusMeta(), None, None) == HomeCity(None, "unknown")
    guessed = home_city(CorpusMeta(), None, lambda: texts(XT))
    assert guessed.city == "湘潭市" and guessed.source == "guessed" and guessed.evidence
    assert "湘潭" in guessed.note()[0] and "湘潭" in guessed.note()[1]


def test_a_guess_needs_the_text_to_say_and_gives_its_evidence():
    xt = guess_home_city(texts(XT))
    assert xt.city == "湘潭市" and any("湘潭" in e for e in xt.evidence)
    assert guess_home_city(texts(SZ)).city == "深圳市"
    assert guess_home_city(["（合肥讯）我市新增确诊病例3例，累计确诊106例。"]).city == "合肥市"
    # two cities' bulletins, one each: the text does not say whose the folder is
    assert guess_home_city(["北京市卫健委通报：本市新增确诊病例2例。", "上海发布：本市新增确诊病例3例。"]).city is None
    assert guess_home_city(["我市新增确诊病例3例。"]).city is None  # 我市 with nobody speaking
    assert guess_home_city([]).city is None


def test_corpus_json_city_null_is_a_feed():
    assert read_meta(FEED).feed and read_meta(FEED).city == ""
    assert not read_meta(SEEDS).feed


# ------------------------------------------------------------------ the engine without a home city


@pytest.mark.parametrize(
    "text,city,expected",
    [
        ("据该国卫生部通报，新加坡累计确诊病例增至18例。", None, {("confirmed_total", "新加坡", 18)}),
        ("据该国卫生部通报，新加坡累计确诊病例增至18例。", "深圳市", set()),
        ("北京市卫健委通报：本市新增确诊病例2例。", None, {("confirmed_new", "北京市", 2)}),
        ("北京市卫健委通报：本市新增确诊病例2例。", "深圳市", set()),
        ("北京市卫健委通报：本市新增确诊病例2例。", "北京市", {("confirmed_new", "北京市", 2)}),
        ("（合肥讯）我市新增确诊病例3例。", "深圳市", set()),
        ("我市新增确诊病例3例。", None, set()),  # nobody speaks: nobody's
        ("我市新增确诊病例3例。", "深圳市", {("confirmed_new", "深圳市", 3)}),
        ("武汉协和医院今日又有27名患者治愈出院。", "武汉市", set()),
        ("全省新增死亡病例1例（黄石市），累计死亡病例3例。", "黄石市", {("deaths_new", "黄石市", 1)}),
        ("死亡病例中，黄石市确诊病例1例。", "黄石市", {("deaths_total", "黄石市", 1)}),
        ("江西省现在院隔离治疗确诊病例15例，其中：南昌市12例、九江市3例。", "九江市", {("hospitalized", "九江市", 3)}),
        (
            "日本新增确诊病例3例，钻石公主号邮轮上累计确诊355例。",
            None,
            {("confirmed_new", "日本", 3), ("confirmed_total", "钻石公主号", 355)},
        ),
        ("今日本市新增确诊病例2例。", "深圳市", {("confirmed_new", "深圳市", 2)}),  # 今日本市 names no 日本
    ],
)
def test_figures_go_to_the_place_that_the_text_gives(text, city, expected):
    got = {(r.metric, r.region, r.value) for r in extract_text(text, published="2020-02-05", city=city)}
    assert got == expected


def test_a_morning_page_without_a_day_reports_the_day_before():
    (rec,) = extract_text("深圳市新增确诊病例5例。", published="2020-02-05 08:12", city="深圳市")
    assert rec.date == "2020-02-04" and rec.rule.endswith("+date.morning")
    (rec,) = extract_text("深圳市新增确诊病例5例。", published="2020-02-05 15:00", city="深圳市")
    assert rec.date == "2020-02-05" and "+" not in rec.rule
    (rec,) = extract_text("深圳市卫健委5日通报：新增确诊病例5例。", published="2020-02-05 08:12", city="深圳市")
    assert "+" not in rec.rule  # the text names a day: no guess from the time


# ------------------------------------------------------------------ the command line and the loader


def cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "extract", *map(str, args)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_the_cli_reads_a_folder_without_corpus_json_as_its_own_city_and_says_so():
    res = cli(XT)
    assert res.returncode == 0, res.stderr
    regions = {r["region"] for r in csv.DictReader(io.StringIO(res.stdout))}
    assert "湘潭市" in regions and "株洲市" not in regions
    assert "湘潭市" in res.stderr and "corpus.json" in res.stderr


def test_the_cli_reads_a_feed_as_every_place_without_a_city():
    res = cli(FEED)
    assert res.returncode == 0, res.stderr
    regions = {r["region"] for r in csv.DictReader(io.StringIO(res.stdout))}
    assert len(regions) >= 5 and "株洲市" not in regions
    assert "corpus.json" not in res.stderr  # the folder says it is a feed: nothing guessed


def test_the_loader_guesses_once_and_keeps_the_answer(tmp_path):
    data = load_corpus(XT, store=RecordStore(None))
    assert data.city == "湘潭市" and data.home.source == "guessed"
    assert any("湘潭" in zh for zh, _ in data.notes)
    assert data.records and not any(r.region == "株洲市" for r in data.records)
    feed = load_corpus(FEED, store=RecordStore(None))
    assert feed.city is None and feed.home.source == "feed"
    assert len({r.region for r in feed.records}) >= 5


def test_store_build_keys_a_guessed_folder_by_its_city(tmp_path, monkeypatch):
    from store import recordstore
    from store.build import build

    monkeypatch.delenv(recordstore.STORE_DIR_ENV, raising=False)
    folder = tmp_path / "xt"
    shutil.copytree(XT, folder, ignore=shutil.ignore_patterns(".*", "*.csv"))
    report = build(folder, workers=1, progress=False)
    assert report.extracted == 4 and any("湘潭" in zh for zh, _ in report.notes)
    assert load_corpus(folder).records  # read back from the store it built
    import duckdb

    with duckdb.connect(str(folder / recordstore.STORE_NAME), read_only=True) as con:
        assert {c for (c,) in con.execute("SELECT DISTINCT key_city FROM articles").fetchall()} == {"湘潭市"}


# ------------------------------------------------------------------ the dashboard


def archive_with_a_guess(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    shutil.copytree(SEEDS, root / "zhuzhou", ignore=shutil.ignore_patterns(".*"))
    shutil.copytree(SZ, root / "shenzhen", ignore=shutil.ignore_patterns(".*", "*.csv", "*.md"))
    shutil.copytree(XT, root / "xt", ignore=shutil.ignore_patterns(".*", "*.csv", "*.md"))
    return root


def test_an_archive_folder_without_corpus_json_is_its_own_city_on_the_page(tmp_path):
    root = archive_with_a_guess(tmp_path)
    at = run_app(corpus_dir=str(root), timeout=120)
    picker = at.selectbox(key="paper::zh::timeline")
    labels = list(picker.options)  # AppTest shows the formatted labels
    assert len(set(labels)) == 3 and any(label.startswith("湘潭市") for label in labels), labels
    picker.set_value(str(root / "xt")).run()
    assert not at.exception
    assert at.title[0].value == "湘潭疫情时间线"
    page = "\n".join(x.value for x in [*at.info, *at.markdown, *at.subheader, *at.caption])
    assert "湘潭市" in page and "株洲市" not in "\n".join(s.value for s in at.subheader)
    assert any("按文章判断为" in c.value for c in at.caption)  # said on the timeline, saved on Manage
    at.switch_page("app/pages/manage.py").run()
    assert any("按文章判断为" in i.value for i in at.info)
    at.button[[b.label for b in at.button].index("写入 corpus.json")].click().run()
    assert not at.exception
    saved = json.loads((root / "xt" / "corpus.json").read_text(encoding="utf-8"))
    assert saved["city"] == "湘潭市" and saved["paper"]


def test_a_feed_opens_as_many_regions(tmp_path):
    folder = tmp_path / "feed"
    shutil.copytree(FEED, folder, ignore=shutil.ignore_patterns(".*"))
    at = run_app(corpus_dir=str(folder), timeout=120)
    assert at.title[0].value == "疫情时间线"
    regions = at.selectbox(key="region::zh::timeline").options
    assert len(regions) >= 5 and "株洲市" not in regions
    at.selectbox(key="region::zh::timeline").set_value(regions[1]).run()
    assert not at.exception and len(at.get("plotly_chart")) >= 1


def test_compare_charts_tell_panels_apart_and_speak_the_page_language():
    from app import filters
    from briefing import charts
    from briefing.timeline import build_timeline

    data = load_corpus(SEEDS, store=RecordStore(None))
    points = build_timeline(data.records, data.published_by_doc()).points
    titles = filters.panel_titles([("株洲市", "株洲市 · 株洲日报"), ("株洲市", "株洲市 · 株洲晚报")], "zh")
    assert titles == ["株洲市 · 株洲日报", "株洲市 · 株洲晚报"]
    fig = charts.compare_chart("cumulative_cases", [("株洲市", points), ("株洲市", points)], lang="zh", titles=titles)
    assert [a.text for a in fig.layout.annotations][:2] == titles
    assert all("月" in t for t in fig.layout.xaxis.ticktext)
    fig = charts.compare_chart("cumulative_cases", [("株洲市", points)], lang="en")
    assert fig.layout.xaxis.ticktext and not any("月" in t for t in fig.layout.xaxis.ticktext)
    labels = filters.paper_labels(
        {"/a/x": ("株洲市", "株洲日报"), "/b/x": ("株洲市", "株洲日报"), "/c/y": (None, "")}, "zh"
    )
    assert len(set(labels.values())) == 3 and labels["/c/y"].startswith("无本地城市")


@pytest.mark.browser
def test_a_feed_in_the_browser_lists_its_places_and_draws_one(browser_env, tmp_path):
    folder = tmp_path / "feed"
    shutil.copytree(FEED, folder, ignore=shutil.ignore_patterns(".*"))
    with dashboard_page(browser_env, tmp_path, "--corpus", str(folder)) as page:
        page.wait_for_selector("h1", timeout=60_000)
        assert page.locator("h1").first.inner_text().strip() == "疫情时间线"
        box = page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').first
        box.click()
        options = page.locator('[role="option"]').all_inner_texts()
        assert len(options) >= 5 and "株洲市" not in options, options
        page.locator('[role="option"]').nth(1).click()
        # the page redraws for that place: its cards' heading names it
        page.wait_for_selector(f'h3:has-text("{options[1]}")', timeout=60_000)
        page.wait_for_selector(".js-plotly-plot", timeout=60_000)
