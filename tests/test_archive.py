"""An archive of two cities' papers (issue 10): the seeds (株洲市) and three Shenzhen bulletins
(深圳市, tests/data/realworld_dev), one folder each with its corpus.json — found as papers, built
into their stores on Dask, compared as small multiples, and opened in the dashboard (AppTest
and a real browser)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app import selections
from briefing import charts
from briefing.timeline import build_timeline
from conftest import run_app
from store.loader import load_corpus, paper_folders
from tests.browser_support import clickable_marker, dashboard_page

ROOT = Path(__file__).resolve().parent.parent
SHENZHEN = ROOT / "tests" / "data" / "realworld_dev"


def make_archive(folder: Path) -> Path:
    shutil.copytree(ROOT / "seeds", folder / "zhuzhou", ignore=shutil.ignore_patterns(".*"))
    shutil.copytree(SHENZHEN, folder / "shenzhen", ignore=shutil.ignore_patterns(".*", "*.csv", "*.md"))
    return folder


@pytest.fixture
def archive(tmp_path) -> Path:
    return make_archive(tmp_path / "archive")


@pytest.fixture(scope="module")
def two_cities():
    out = []
    for folder in (ROOT / "seeds", SHENZHEN):
        data = load_corpus(folder)
        out.append((data.city, build_timeline(data.records, data.published_by_doc()).points))
    return out


def test_papers_are_the_archive_folders_with_a_corpus(archive):
    (archive / "notes").mkdir()  # no corpus.json, no articles: not a paper
    assert [p.name for p in paper_folders(archive)] == ["shenzhen", "zhuzhou"]
    assert paper_folders(archive / "zhuzhou") == []  # a paper itself
    assert paper_folders(archive / "missing") == []


def test_every_record_keeps_its_city(archive):
    cities = {p.name: load_corpus(p) for p in paper_folders(archive)}
    assert cities["zhuzhou"].city == "株洲市" and cities["shenzhen"].city == "深圳市"
    assert any(r.region == "深圳市" for r in cities["shenzhen"].records)
    assert not any(r.region == "深圳市" for r in cities["zhuzhou"].records)
    assert cities["shenzhen"].meta.paper.startswith("深圳市卫生健康委员会")


def test_build_takes_an_archive_paper_by_paper(archive, monkeypatch):
    from store import recordstore
    from store.build import build
    from store.recordstore import RecordStore

    monkeypatch.delenv(recordstore.STORE_DIR_ENV, raising=False)
    report = build(archive, workers=1, progress=False)
    assert report.articles == report.extracted == 8
    for paper, n in (("zhuzhou", 5), ("shenzhen", 3)):
        assert RecordStore.beside(archive / paper).count()["articles"] == n


@pytest.mark.parametrize("name", sorted(charts.REGIONAL_CHARTS))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_compare_chart_is_small_multiples_on_one_scale(two_cities, name, lang):
    fig = charts.compare_chart(name, two_cities, lang=lang)
    titles = [a.text for a in fig.layout.annotations][:2]
    assert titles == (["株洲市", "深圳市"] if lang == "zh" else ["Zhuzhou", "Shenzhen"])
    assert fig.layout.yaxis2.matches == "y" and fig.layout.xaxis2.matches == "x"
    panels = fig.layout.meta["panel_of_trace"]
    assert len(panels) == len(fig.data) and set(panels) <= {0, 1}
    # each city's traces carry that city's points only, and each metric is in the legend once
    for trace, panel in zip(fig.data, panels):
        city = two_cities[panel][0]
        assert all(cd[0].split("|")[1] == city for cd in trace.customdata or [] if cd[0])  # "" = a gap
    legend = [t.name for t in fig.data if t.showlegend is not False]
    assert len(legend) == len(set(legend))
    assert fig.layout.title.text.startswith("对比" if lang == "zh" else "Compared")


def test_compare_chart_is_for_case_charts_only(two_cities):
    with pytest.raises(ValueError):
        charts.compare_chart("resumption_counts", two_cities)


def test_a_click_in_a_panel_names_its_city(two_cities):
    fig = charts.compare_chart("cumulative_cases", two_cities)
    last = len(fig.data) - 1
    pid = fig.data[last].customdata[0][0]
    event = {"selection": {"points": [{"curve_number": last, "point_index": 0, "customdata": [pid]}]}}
    assert selections.compare_picks(event, fig) == [(fig.layout.meta["panel_of_trace"][last], pid)]
    assert "深圳市" in pid and selections.compare_picks({"selection": {"points": []}}, fig) == []


# ------------------------------------------------------------------ the dashboard


def test_the_dashboard_compares_the_cities_of_an_archive(archive):
    at = run_app("compare", corpus_dir=str(archive))
    assert at.title[0].value == "对比"
    picker = at.multiselect(key="compare::zh")
    assert len(picker.value) == 2
    figures = at.get("plotly_chart")
    assert len(figures) >= 2
    page = "\n".join(m.value for m in at.markdown)
    assert "株洲市 · 株洲日报 · 最新数字" in page and "深圳市 · " in page
    assert len(list(at.metric)) == 10  # five cards per city

    # A city's own pages: chosen in the sidebar, kept from page to page.
    at.switch_page("app/pages/timeline.py").run()
    paper = at.selectbox(key="paper::zh::timeline")
    assert paper.value == str(archive / "shenzhen") or paper.value == str(archive / "zhuzhou")
    paper.set_value(str(archive / "zhuzhou")).run()
    assert not at.exception
    assert at.title[0].value == "株洲疫情时间线"
    assert len(at.get("plotly_chart")) == 5
    at.switch_page("app/pages/data.py").run()
    assert at.selectbox(key="paper::zh::data").value == str(archive / "zhuzhou")
    assert set(at.dataframe[0].value["地区"]) == {"株洲市"}


def test_the_compare_page_in_english(archive):
    at = run_app("compare", corpus_dir=str(archive), lang="en")
    assert at.title[0].value == "Compare"
    page = "\n".join(m.value for m in at.markdown)
    assert "Zhuzhou · Zhuzhou Daily · latest figures" in page and "Shenzhen · " in page


@pytest.mark.browser
def test_two_cities_side_by_side_in_the_browser(browser_env, tmp_path):
    folder = make_archive(tmp_path / "archive")
    with dashboard_page(browser_env, tmp_path, "--corpus", str(folder), viewport=(1600, 1200), path="compare") as page:
        page.wait_for_selector(".js-plotly-plot .gtitle", timeout=60_000)
        first = page.locator(".js-plotly-plot").first
        titles = first.locator(".annotation-text").evaluate_all("els => els.map(e => e.textContent)")
        assert "株洲市" in titles and "深圳市" in titles, titles
        # a marker in the Shenzhen panel (the one under its title): its sentence is Shenzhen's
        target = clickable_marker(page, near_title="深圳市")
        assert target, "no clickable marker"
        page.mouse.move(target["x"] - 4, target["y"])
        page.mouse.move(target["x"], target["y"])
        page.wait_for_selector(".hoverlayer .hovertext", timeout=10_000)
        page.mouse.click(target["x"], target["y"])
        page.wait_for_selector(".zz-evidence mark", timeout=60_000)
        evidence = page.locator(".zz-evidence").first.inner_text()
        assert "深圳" in evidence, evidence
