"""Image export: real kaleido + Chromium renders of the seed charts, opened and checked.

Browser tests skip loudly when no Chrome/Chromium is found, and fail instead when
REQUIRE_BROWSER=1 (CI). Layout helpers and the no-browser error are tested without one.
"""

from __future__ import annotations

import io
import itertools
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import warnings
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import plotly.graph_objects as go
import pytest
from PIL import Image, ImageChops, ImageStat

from briefing import chart_layout, charts, chromium, export, fontconfig, labels
from briefing.cli import main as cli_main
from conftest import SEEDS, require_browser
from store.loader import load_corpus

CHART_NAMES = list(charts.CHARTS)
SEED_SOURCE = "数据来源：株洲日报，2020年1月31日—3月15日"


@pytest.fixture(scope="module")
def browser():
    if not chromium.chrome_available():
        msg = (
            "NO CHROME/CHROMIUM FOUND — kaleido image export is NOT tested "
            "(install chromium or set BROWSER_PATH; REQUIRE_BROWSER=1 makes this a failure)"
        )
        if require_browser():
            pytest.fail(msg)
        warnings.warn(msg, stacklevel=2)
        pytest.skip(msg)
    return chromium.chrome_path()


@pytest.fixture(scope="module")
def seeds():
    return load_corpus(SEEDS)


@pytest.fixture(scope="module")
def exported(browser, seeds, tmp_path_factory):
    out = tmp_path_factory.mktemp("charts")
    paths = export.export_charts(seeds, out, formats=("png", "svg", "pdf"))
    ready, _ = export.slide_charts(seeds)
    return out, paths, {c.name: c for c in ready}


def _flat(text: str) -> str:
    """NFKC (PDF text has compatibility forms) and no whitespace (extractors add some)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


# ---------------------------------------------------------------- files for the seeds


@pytest.mark.browser
def test_every_seed_chart_is_exported_in_every_format(exported, seeds):
    out, paths, ready = exported
    assert set(ready) == set(CHART_NAMES), "the seeds have data for every chart"
    assert paths.skipped == []
    assert len(paths) == len(CHART_NAMES) * 3
    names = sorted(p.name for p in paths)
    assert names == sorted(p.name for p in out.iterdir()), "no stray or temp files"
    # <chart>_<asof-date>.<fmt>, the date being the latest as-of date in that chart's data
    assert "cumulative_cases_2020-03-14.png" in names
    assert "resumption_counts_2020-02-28.pdf" in names
    for name, chart in ready.items():
        for fmt in ("png", "svg", "pdf"):
            assert f"{name}_{chart.asof:%Y-%m-%d}.{fmt}" in names


@pytest.mark.browser
def test_as_of_dates_come_from_each_charts_data(exported):
    _, _, ready = exported
    assert {n: f"{c.asof:%Y-%m-%d}" for n, c in ready.items()} == {
        "cumulative_cases": "2020-03-14",
        "daily_new_cases": "2020-03-01",
        "observation": "2020-02-19",
        "resumption_rates": "2020-02-28",
        "resumption_counts": "2020-02-28",
    }


@pytest.mark.browser
@pytest.mark.parametrize("name", CHART_NAMES)
def test_png_is_1920x1080_and_not_blank(exported, name):
    out, _, ready = exported
    im = Image.open(out / f"{ready[name].stem}.png")
    assert im.size == (1920, 1080)
    rgb = im.convert("RGB")
    assert ImageStat.Stat(rgb.convert("L")).stddev[0] > 15, "flat image"
    colours = rgb.getcolors(maxcolors=1 << 22)
    assert colours is not None and len(colours) > 50, "too few colours for a rendered chart"
    # The trace colours are really drawn, not just the text.
    hexes = {"#{:02X}{:02X}{:02X}".format(*c) for _, c in colours}
    if name == "cumulative_cases":
        expected = {charts.METRIC_COLORS[m] for m in ("confirmed_total", "recovered_total", "hospitalized")}
        assert expected <= hexes


@pytest.mark.browser
@pytest.mark.parametrize("name", CHART_NAMES)
def test_svg_parses_and_carries_title_asof_and_source(exported, seeds, name):
    out, _, ready = exported
    chart = ready[name]
    root = ET.parse(out / f"{chart.stem}.svg").getroot()
    assert root.tag.endswith("svg")
    texts = ["".join(el.itertext()) for el in root.iter() if el.tag.endswith("}text")]
    assert chart.title in texts
    assert labels.asof_label(chart.asof) in texts
    # from the articles, not hard-coded
    assert labels.source_line(seeds.meta.paper, seeds.published_span(), "zh") == SEED_SOURCE
    assert SEED_SOURCE in texts
    assert root.get("viewBox") == "0 0 960 540"


@pytest.mark.browser
@pytest.mark.parametrize("name", CHART_NAMES)
def test_pdf_is_one_16_9_page_with_the_title(exported, name):
    from pypdf import PdfReader

    out, _, ready = exported
    chart = ready[name]
    reader = PdfReader(out / f"{chart.stem}.pdf")
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) / float(box.height) == pytest.approx(16 / 9, rel=1e-3)
    text = _flat(reader.pages[0].extract_text())
    assert _flat(chart.title) in text
    assert _flat(labels.asof_label(chart.asof)) in text
    assert _flat(SEED_SOURCE) in text


@pytest.mark.browser
def test_expected_titles(exported):
    _, _, ready = exported
    assert ready["cumulative_cases"].title == labels.chart_title("cumulative_cases", "zh", "株洲市")
    assert ready["cumulative_cases"].title == "株洲市累计确诊、治愈与在院病例"


# ---------------------------------------------------------------- Chinese is not boxes

TOFU_TITLES = ("株洲市累计确诊病例", "湘潭市新增出院人数")  # same length, no shared glyph


def _title_figure(title: str) -> go.Figure:
    fig = go.Figure()
    fig.update_layout(
        title={"text": title, "x": 0.02, "xanchor": "left", "y": 0.95, "yanchor": "top", "font": {"size": 48}},
        paper_bgcolor="white",
        plot_bgcolor="white",
        xaxis_visible=False,
        yaxis_visible=False,
    )
    return fig


def _title_region(png: bytes) -> Image.Image:
    # Title row at scale 2: 48 px font → ~100 px tall, 9 glyphs → < 900 px wide.
    return Image.open(io.BytesIO(png)).convert("L").crop((0, 0, 1100, 170))


def _ink(im: Image.Image) -> int:
    return sum(im.point(lambda v: 255 if v < 160 else 0).histogram()[255:])


def _differ(a: Image.Image, b: Image.Image) -> float:
    """Share of inked pixels that differ: boxes ("tofu") are alike for every character."""
    diff = ImageChops.difference(a, b).point(lambda v: 255 if v > 80 else 0)
    changed = diff.histogram()[255]
    return changed / max(1, max(_ink(a), _ink(b)))


@pytest.mark.browser
def test_chinese_titles_render_as_glyphs_not_boxes(browser):
    a, b = (_title_region(export.render_image(_title_figure(t), "png")) for t in TOFU_TITLES)
    assert _ink(a) > 2000 and _ink(b) > 2000, "title not drawn at all"
    share = _differ(a, b)
    assert share > 0.3, f"two different Chinese titles look alike ({share:.2f}): boxes?"


_NO_CJK_SCRIPT = """
import sys, kaleido, plotly.io as pio
figs, out = sys.argv[1], sys.argv[2]
kaleido.start_sync_server(mathjax=False)
for i, line in enumerate(open(figs, encoding="utf-8")):
    fig = pio.from_json(line)
    png = kaleido.calc_fig_sync(fig, opts={"format": "png", "width": 960, "height": 540,
                                           "scale": 2})
    open(f"{out}/{i}.png", "wb").write(png)
kaleido.stop_sync_server()
"""


@pytest.mark.browser
def test_the_box_detector_catches_a_browser_without_a_chinese_font(browser, tmp_path):
    """Same figures, Chromium with a Latin-only fontconfig: CJK becomes identical boxes."""
    latin = Path("/usr/share/fonts/truetype/dejavu")
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<fontconfig>\n'
        + (f"  <dir>{latin}</dir>\n" if latin.is_dir() else "")
        + f"  <cachedir>{tmp_path / 'fc-cache'}</cachedir>\n</fontconfig>\n",
        encoding="utf-8",
    )
    figs = tmp_path / "figs.jsonl"
    with open(figs, "w", encoding="utf-8") as fh:
        for t in TOFU_TITLES:
            fig = _title_figure(t)
            fig.update_layout(font_family='"Noto Sans SC", sans-serif')
            fh.write(fig.to_json() + "\n")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
    subprocess.run(
        [sys.executable, "-c", _NO_CJK_SCRIPT, str(figs), str(tmp_path)],
        env=env,
        check=True,
        timeout=240,
        capture_output=True,
    )
    a, b = (_title_region((tmp_path / f"{i}.png").read_bytes()) for i in (0, 1))
    assert _differ(a, b) < 0.02, "without a CJK font the titles should be identical boxes"


# ---------------------------------------------------------------- skipping, zip, CLI


@pytest.mark.browser
def test_charts_without_data_are_skipped_and_reported(browser, corpus, tmp_path, caplog):
    for p in corpus.glob("*.txt"):
        if not p.name.startswith("003_"):  # 003: resumption figures only
            p.unlink()
    data = load_corpus(corpus)
    with caplog.at_level("WARNING", logger="briefing.export"):
        paths = export.export_charts(data, tmp_path / "out", formats=("png",))
    skipped = dict(paths.skipped)
    assert set(skipped) == {"cumulative_cases", "daily_new_cases", "observation"}
    written = {p.name for p in paths}
    assert written == {"resumption_rates_2020-02-14.png", "resumption_counts_2020-02-14.png"}
    assert sorted(written) == sorted(p.name for p in (tmp_path / "out").iterdir())
    for name in skipped:
        assert name in caplog.text


@pytest.mark.browser
def test_empty_corpus_writes_nothing(browser, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    paths = export.export_charts(load_corpus(empty), tmp_path / "out")
    assert list(paths) == [] and len(paths.skipped) == len(CHART_NAMES)
    assert not (tmp_path / "out").exists()


@pytest.mark.browser
def test_cli_export_and_zip(browser, seeds, tmp_path, capsys):
    assert cli_main(["export", str(SEEDS), "--out", str(tmp_path / "c"), "--format", "svg"]) == 0
    printed = capsys.readouterr().out.split()
    assert len(printed) == len(CHART_NAMES) and all(Path(p).is_file() for p in printed)
    # zip: charts_zip(data) behind the CLI — every chart's PNG, 1920×1080
    target = tmp_path / "z" / "charts.zip"
    assert cli_main(["zip", str(SEEDS), "--out", str(target)]) == 0
    with zipfile.ZipFile(target) as zf:
        names = zf.namelist()
        assert sorted(names) == sorted(f"{c.stem}.png" for c in export.slide_charts(seeds)[0])
        for n in names:
            assert Image.open(io.BytesIO(zf.read(n))).size == (1920, 1080)


@pytest.mark.browser
def test_english_export(browser, seeds, tmp_path):
    paths = export.export_charts(seeds, tmp_path, formats=("svg",), lang="en")
    svg = next(p for p in paths if p.name.startswith("cumulative_cases_"))
    texts = ["".join(el.itertext()) for el in ET.parse(svg).getroot().iter()]
    assert "As of Mar 14" in texts
    assert labels.source_line(seeds.meta.paper, seeds.published_span(), "en") in texts


@pytest.mark.browser
def test_render_image_keeps_the_callers_figure(browser):
    fig = _title_figure("株洲")
    before = fig.to_json()
    export.render_image(fig, "svg")
    assert fig.to_json() == before


@pytest.mark.browser
def test_seconds_per_image(browser, seeds):
    times = export.time_exports(seeds, rounds=1)
    print("\nkaleido seconds per image (warm server):", {k: round(v, 3) for k, v in times.items()})
    assert times["png"] < 10 and times["svg"] < 10 and times["pdf"] < 10


# ---------------------------------------------------------------- without a browser


def test_no_browser_raises_export_unavailable(monkeypatch):
    monkeypatch.setattr(chromium, "chrome_available", lambda: False)
    monkeypatch.setattr(chromium, "RENDERER", chromium.ChromiumRenderer())  # a fresh one, never started
    monkeypatch.setattr(export, "RENDERER", chromium.RENDERER)
    with pytest.raises(chromium.ExportUnavailable) as info:
        export.render_image(_title_figure("株洲"), "png")
    msg = str(info.value)
    assert "Chrome" in msg and "Chromium" in msg
    assert "相机" in msg and "camera" in msg  # the in-browser download always works


_BROKEN_BROWSER_SCRIPT = """
import plotly.graph_objects as go
from briefing import chromium, export
try:
    export.render_image(go.Figure(), "png")
except chromium.ExportUnavailable as exc:
    print("UNAVAILABLE", "相机" in str(exc))
"""


def test_a_browser_that_will_not_start_raises_instead_of_hanging(tmp_path):
    """BROWSER_PATH=/bin/false: kaleido's server thread dies; we must not wait forever."""
    env = {**os.environ, "BROWSER_PATH": shutil.which("false") or "/bin/false"}
    done = subprocess.run(
        [sys.executable, "-c", _BROKEN_BROWSER_SCRIPT],
        env=env,
        cwd=SEEDS.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "UNAVAILABLE True" in done.stdout, done.stderr[-2000:]


def test_chrome_path_honours_browser_path(monkeypatch, tmp_path):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-browser"))
    assert chromium.chrome_path() is None
    assert chromium.chrome_available() is False


# ---------------------------------------------------------------- layout, no rendering


def test_slide_figure_has_title_asof_and_source(seeds):
    ready, _ = export.slide_charts(seeds)
    for chart in ready:
        lay = chart.figure.layout
        assert lay.title.text == chart.title
        assert lay.title.subtitle.text == labels.asof_label(chart.asof)
        sources = [a for a in lay.annotations if a.name == "source"]
        assert len(sources) == 1 and sources[0].text == SEED_SOURCE
        assert sources[0].font.size == export.SOURCE_SIZE
        # Bottom left, aligned with the title (2 % of the width), below the axis title.
        assert sources[0].xshift == -(export.MARGIN["l"] - round(0.02 * export.WIDTH))
        assert lay.margin.b == export.MARGIN["b"] and sources[0].yshift == -(lay.margin.b - 10)
        assert (lay.width, lay.height) == (960, 540)
        assert lay.font.family == fontconfig.FONT_FAMILY


def test_adjacent_date_ticks_are_thinned(seeds):
    ready = {c.name: c for c in export.slide_charts(seeds)[0]}
    fig = ready["cumulative_cases"].figure
    ax = fig.layout.xaxis
    # The axis spans the reported days (earlier events are the lead-in label); 2月20日 would
    # overprint 2月19日: first and last always stay.
    assert list(ax.ticktext) == ["2月19日", "3月1日", "3月14日"]
    gap = chart_layout.tick_spacing(fig) * chart_layout.DAY_MS
    days = [chart_layout._ms(v) for v in ax.tickvals]
    assert all(b - a >= gap for a, b in itertools.pairwise(days))


def test_slide_layout_is_the_builders_layout_at_slide_size(seeds):
    """The slide reuses chart_layout.fit_layout: same events, same rules, only the size differs."""
    ready = {c.name: c for c in export.slide_charts(seeds)[0]}
    timeline = export.timeline_of(seeds)
    for name in ("cumulative_cases", "daily_new_cases"):
        slide = ready[name].figure
        built = charts.build_chart(name, timeline.points, lang="zh", events=seeds.events)

        def events(f):
            return sorted((a.x, a.text) for a in f.layout.annotations if (a.name or "").startswith("event:"))

        assert events(slide) == events(built)
        assert "event:earlier" in {a.name for a in slide.layout.annotations}
        assert slide.layout.xaxis.range == built.layout.xaxis.range
        again = chart_layout.fit_layout(go.Figure(slide), export.WIDTH, export.HEIGHT)
        assert again.layout.to_plotly_json() == slide.layout.to_plotly_json()
    clear = [a for a in ready["cumulative_cases"].figure.layout.annotations if a.name == "event:all_recovered"]
    assert len(clear) == 1 and clear[0].xanchor == "right"  # 3月14日, at the right edge


def test_long_category_labels_wrap(seeds):
    ready = {c.name: c for c in export.slide_charts(seeds)[0]}
    lay = ready["resumption_counts"].figure.layout
    axes = [lay[k] for k in lay.to_plotly_json() if k.startswith("xaxis")]
    assert any("醴陵市<br>规模工业企业" in ax.ticktext for ax in axes)
    assert all(ax.tickangle == 0 for ax in axes)


def test_wide_legend_gets_room_under_the_title():
    fig = go.Figure(
        [go.Scatter(x=["2020-02-01"], y=[i], name=f"醴陵市规模工业企业复工率{i}", customdata=[["p"]]) for i in range(7)]
    )
    out = export.slide_figure(fig, "2020-02-01", "来源", "zh")
    assert out.layout.margin.t > export.MARGIN["t"]


def test_asof_label():
    assert labels.asof_label("2020-03-14") == "截至3月14日"
    assert labels.asof_label("2020-03-14", "en") == "As of Mar 14"
    assert labels.asof_label(None) == ""


def test_unknown_format_is_refused(seeds, tmp_path):
    with pytest.raises(ValueError):
        export.export_charts(seeds, tmp_path, formats=("gif",))


# ---------------------------------------------------------------- reuse, home city, atomic writes


def _tiny_png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (16, 9), "white").save(buf, "PNG")
    return buf.getvalue()


def test_a_given_timeline_is_not_built_again(monkeypatch, seeds):
    """The dashboard hands over its timeline: slide_charts / charts_zip / build_deck use it."""
    from briefing import deck

    timeline = export.timeline_of(seeds)

    def rebuilt(*a, **k):
        raise AssertionError("timeline built again")

    monkeypatch.setattr(export, "timeline_of", rebuilt)
    monkeypatch.setattr(deck, "timeline_of", rebuilt)
    png = _tiny_png()
    monkeypatch.setattr(export, "render_image", lambda fig, fmt="png", *a, **k: png)
    ready, _ = export.slide_charts(seeds, timeline=timeline)
    assert len(ready) == len(CHART_NAMES)
    with zipfile.ZipFile(io.BytesIO(export.charts_zip(seeds, timeline=timeline))) as zf:
        assert sorted(zf.namelist()) == sorted(f"{c.stem}.png" for c in ready)
    assert deck.build_deck(seeds, timeline=timeline).startswith(b"PK")


def test_slide_charts_take_the_home_city_from_the_corpus():
    data = load_corpus(SEEDS.parent / "tests" / "data" / "xiangtan", "湘潭市")
    ready = {c.name: c for c in export.slide_charts(data)[0]}
    names = [tr.name for tr in ready["resumption_rates"].figure.data]
    assert "规模以上工业企业复工率" in names and not any(n.startswith("湘潭市") for n in names)


def test_cli_zip_is_written_atomically(monkeypatch, tmp_path, capsys):
    from store import atomic

    replaced = []
    monkeypatch.setattr(export, "charts_zip", lambda data, lang="zh", **k: b"zip bytes")
    monkeypatch.setattr(atomic, "_before_replace", lambda tmp, target: replaced.append(target))
    target = tmp_path / "z" / "charts.zip"
    assert cli_main(["zip", str(SEEDS), "--out", str(target)]) == 0
    assert target.read_bytes() == b"zip bytes" and replaced == [target]
    assert [p.name for p in target.parent.iterdir()] == ["charts.zip"]  # no temp left


def test_font_config_is_written_atomically(monkeypatch, tmp_path):
    from store import atomic

    replaced = []
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("FONTCONFIG_FILE", raising=False)  # restored after the test
    monkeypatch.setattr(fontconfig, "_configured", None)
    monkeypatch.setattr(atomic, "_before_replace", lambda tmp, target: replaced.append(target))
    fontconfig.ensure_cjk_font()
    conf = tmp_path / "zhuzhou-timeline" / "fontconfig" / "fonts.conf"
    assert replaced == [conf] and "<fontconfig>" in conf.read_text(encoding="utf-8")
    assert os.environ["FONTCONFIG_FILE"] == str(conf)
    assert [p.name for p in conf.parent.iterdir()] == ["fonts.conf"]
