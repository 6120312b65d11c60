"""The whole dashboard, page by page, under streamlit.testing (AppTest: conftest.run_app).

AppTest runs the script in-process, without a browser: widgets are driven by key
(lang, corpus_dir, date_basis, date_range_asof / date_range_published, region, metrics,
log_scale, evidence_point, table_all_regions). The helpers the pages draw with are tested one
module at a time, without Streamlit: tests/test_cards.py, test_evidence.py, test_filters.py,
test_launch.py, test_links.py, test_quality.py, test_selections.py, test_tables.py,
test_editing.py, test_serve.py; in a real browser: tests/test_browser*.py.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from app import quality
from briefing import labels
from conftest import ROOT, SEEDS, conflicting_corpus, goto, run_app
from store.loader import load_corpus
from store.recordstore import RecordStore

FEB19_CONFIRMED = "2020-02-19|株洲市|confirmed_total|"


# ---------------------------------------------------------------- helpers


def lang_of(at) -> str:
    return at.session_state["lang"]


def switch_language(at, lang: str):
    """Click the other language (its radio is keyed by the language shown, as every widget
    whose words change with it)."""
    at.radio(key=f"lang::{lang_of(at)}").set_value(lang).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def widget(at, kind: str, name: str):
    """A filter's widget, keyed by filter, page language and (in the sidebar) the page drawn
    (app/pages/shell.py)."""
    lang = lang_of(at)
    for w in getattr(at, kind):
        if w.key == f"{name}::{lang}" or str(w.key).startswith(f"{name}::{lang}::"):
            return w
    raise KeyError(f"no {kind} keyed {name}::{lang}")


def shown_cards(at) -> dict[str, tuple[str, str, str]]:
    """label → (value, delta, caption) of the five headline cards."""
    out = {}
    for col in at.main.columns:
        if not len(col.metric):
            continue
        m = col.metric[0]
        caption = col.caption[0].value if len(col.caption) else ""
        out[m.label] = (m.value, m.delta, caption)
    return out


def source_line(at) -> str:
    return next(c.value for c in at.caption if c.value.startswith(("数据来源", "Source")))


def html_text(at) -> str:
    return "\n".join(h.proto.body for h in at.html)


# ---------------------------------------------------------------- the app


def test_runs_on_seeds():
    at = run_app()
    assert at.title[0].value == "株洲疫情时间线"
    assert "数据来源：株洲日报" in source_line(at)
    assert len(shown_cards(at)) == 5
    assert len(at.get("plotly_chart")) == 5
    # The landing page is the timeline: no table, no forms (they are on their own pages).
    assert not at.dataframe and not at.get("file_uploader")
    # The UI says which date it goes by, as-of by default.
    assert at.radio(key="date_basis::zh::timeline").value == "asof"
    assert "数据截至日期" in at.info[0].value
    assert [e.value for e in at.error] == []


def test_cards_show_latest_city_figures():
    at = run_app()
    c = shown_cards(at)
    value, _delta, caption = c["累计确诊"]
    assert value == "80例" and "截至3月14日" in caption and "3月15日见报" in caption
    assert c["累计治愈出院"][:2] == ("80例", "+11例")
    assert c["在院治疗"][:2] == ("0例", "-11例")
    assert c["医学观察"][0] == "379人" and "截至2月19日" in c["医学观察"][2]
    assert c["复工率·重点项目"][0] == "94.14%"


def test_date_range_ending_feb19_shows_feb19_figures():
    at = run_app()
    widget(at, "date_input", "date_range_asof").set_value((dt.date(2020, 2, 14), dt.date(2020, 2, 19))).run()
    assert not at.exception
    c = shown_cards(at)
    assert c["累计确诊"][0] == "78例"
    assert c["累计治愈出院"][0] == "40例"
    assert c["在院治疗"][0] == "38例"
    assert c["医学观察"][0] == "379人"
    for label in ("累计确诊", "累计治愈出院", "在院治疗", "医学观察"):
        assert "截至2月19日" in c[label][2], (label, c[label])
    # Resumption: the latest report up to Feb 19 is the couriers' 84% of Feb 17.
    assert c["复工率·寄递企业"][0] == "84%"
    assert "2月19日" in at.info[0].value


def test_switching_language_to_english():
    at = run_app()
    switch_language(at, "en")
    assert not at.exception
    assert at.title[0].value == "Zhuzhou COVID-19 timeline"  # from the corpus's city
    c = shown_cards(at)
    # The unit goes to the label in English: '1,419 people' would not fit a fifth of the page.
    assert c["Total confirmed (cases)"][0] == "80"
    assert "As of Mar 14" in c["Total confirmed (cases)"][2]
    assert "In hospital (cases)" in c and "Under medical observation (people)" in c
    assert at.radio(key="date_basis::en::timeline").label == "Dates shown are"
    assert "Source: Zhuzhou Daily" in source_line(at)
    assert at.subheader[0].value == "Zhuzhou · Latest figures"
    goto(at, "data")
    assert "Data table" in [s.value for s in at.subheader]


def test_english_page_has_chinese_only_where_it_is_written_so(seeds_timeline):
    """In English the page's own words are English: headings, labels, cards, chart titles,
    axes and legends. Chinese stays only in names no table can translate (a company) and
    in what articles say (headlines, quotes), issue 9."""
    import re

    _data, tl = seeds_timeline
    as_written = {r for r in tl.points["region"] if labels.place_name(r, "en") == r}
    at = run_app()
    switch_language(at, "en")
    texts = [
        at.title[0].value,
        *(h.value for h in at.subheader),
        *(c.value for c in at.caption),
        *(m.label for m in at.metric),
        *(m.value for m in at.metric),
        *(
            w.label
            for kind in ("selectbox", "multiselect", "checkbox", "button", "text_input")
            for w in at.get(kind)
            if w.label != labels.t("language_label", "en")
            and w.key not in ("home_city", "add_published")
            and not str(w.key).startswith("home_city")
        ),
        *(labels.place_name(o, "en") for o in widget(at, "selectbox", "region").options),
    ]
    for chart in at.get("plotly_chart"):
        fig = json.loads(chart.proto.spec)
        layout = fig["layout"]
        texts += [layout.get("title", {}).get("text", ""), layout.get("yaxis", {}).get("title", {}).get("text", "")]
        texts += [a.get("text", "") for a in layout.get("annotations", [])]
        texts += [t.get("name", "") for t in fig["data"]]
    leftovers = {
        run
        for text in texts
        for run in re.findall(r"[\u4e00-\u9fff]+", str(text))
        if not any(run in name for name in as_written)
    }
    assert not leftovers, leftovers


def test_switching_region_to_liling_shows_its_resumption():
    at = run_app()
    assert widget(at, "selectbox", "region").options == ["株洲市", "天元区", "醴陵市"]
    widget(at, "selectbox", "region").set_value("醴陵市").run()
    assert not at.exception
    c = shown_cards(at)
    assert c["已复工·规模工业企业"][0] == "321家"
    assert "截至2月20日" in c["已复工·规模工业企业"][2]
    assert c["累计确诊"][0] == "—"  # no case figures for the county-level city
    assert any("醴陵市" in s.value for s in at.subheader)
    # Only the resumption counts have data there (no rates are reported for 醴陵市).
    assert [c.key for c in at.get("plotly_chart")] == ["chart_resumption_counts"]
    goto(at, "data")  # the region is one filter for every page
    table = at.dataframe[0].value
    assert set(table["地区"]) == {"醴陵市"} and len(table) == 2
    goto(at, "timeline")
    # The region survives a language switch.
    switch_language(at, "en")
    assert widget(at, "selectbox", "region").value == "醴陵市"
    assert shown_cards(at)["Resumed · above-size industrial firms (firms)"][0] == "321"
    assert widget(at, "selectbox", "region").format_func("醴陵市") == "Liling"


def test_evidence_for_a_selected_point_shows_its_quote():
    at = run_app()
    # Options are shown as labels; set_value takes the point id behind them.
    assert "2月19日 · 株洲市 · 累计确诊 · 78例" in widget(at, "selectbox", "evidence_point").options
    widget(at, "selectbox", "evidence_point").set_value(FEB19_CONFIRMED).run()
    assert not at.exception
    body = html_text(at)
    assert "2月19日 · 株洲市 · 累计确诊 · 78例" in body
    assert "004_b7adce7465891e7b.txt" in body and "报道日期：2月21日" in body
    assert "<mark" in body and ">累计报告新冠肺炎确诊病例78例</mark>" in body
    assert "截至2月19日24时" in body  # the whole sentence, not just the figure


def test_evidence_via_session_state_and_derived_point():
    at = run_app(evidence_point="2020-03-14|株洲市|recovery_rate|")
    assert any("推算" in t.value for t in at.text)
    body = html_text(at)
    assert "（推算）" in body
    # A derived figure shows the sentences of the figures it was computed from.
    assert body.count('class="zz-evidence"') >= 2
    assert ">累计收治新冠肺炎确诊病例80例</mark>" in body


def test_published_date_basis_switch():
    at = run_app()
    at.radio(key="date_basis::zh::timeline").set_value("published").run()
    assert not at.exception
    assert "报道日期" in at.info[0].value
    assert widget(at, "date_input", "date_range_published").value == (dt.date(2020, 2, 16), dt.date(2020, 3, 15))
    assert shown_cards(at)["累计确诊"][2].startswith("3月15日见报")


def test_metrics_and_log_controls():
    at = run_app()
    widget(at, "checkbox", "log_scale").check().run()
    assert not at.exception
    widget(at, "multiselect", "metrics").set_value(["confirmed_total", "recovered_total"]).run()
    assert not at.exception
    assert len(at.get("plotly_chart")) == 1  # only the cumulative chart has data left
    options = widget(at, "selectbox", "evidence_point").options
    goto(at, "data")
    table = at.dataframe[0].value
    assert set(table["指标"]) == {"累计确诊", "累计治愈出院"}
    assert len(options) == len(table) and all("累计" in o for o in options)
    goto(at, "timeline")  # the filters were kept while the page did not draw them
    assert widget(at, "checkbox", "log_scale").value is True
    assert widget(at, "multiselect", "metrics").value == ["confirmed_total", "recovered_total"]


def test_csv_download_is_exactly_the_table(monkeypatch):
    import streamlit.testing.v1.app_test as app_mod
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

    stores = []

    class Recording(MemoryMediaFileStorage):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            stores.append(self)

    monkeypatch.setattr(app_mod, "MemoryMediaFileStorage", Recording)
    at = run_app("data")
    widget(at, "date_input", "date_range_asof").set_value((dt.date(2020, 2, 17), dt.date(2020, 2, 19))).run()
    at.checkbox(key="table_all_regions").check().run()
    shown = at.dataframe[0].value
    button = at.get("download_button")[0]
    assert button.proto.url.endswith(".csv")
    file_id = button.proto.url.rsplit("/", 1)[1].split(".")[0]
    content = stores[-1].get_file(file_id).content
    assert content.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the Chinese
    csv = pd.read_csv(io.BytesIO(content), encoding="utf-8-sig", keep_default_na=False, dtype=str)
    assert list(csv.columns) == list(shown.columns)
    assert len(csv) == len(shown) > 0
    assert list(csv["point_id"]) == list(shown["point_id"])
    assert set(csv["数据截至日期"]) <= {"2020-02-17", "2020-02-18", "2020-02-19"}


def test_corpus_from_command_line(monkeypatch):
    """`streamlit run dashboard.py -- --corpus DIR` puts DIR in the script's argv."""
    other = ROOT / "tests" / "data" / "xiangtan"
    monkeypatch.setattr("sys.argv", ["dashboard.py", "--corpus", str(other)])
    at = run_app()
    assert shown_cards(at)["累计确诊"][0] == "36例"
    goto(at, "manage")
    assert at.text_input(key="corpus_dir::zh").value == str(other)
    goto(at, "timeline")
    # This corpus has no corpus.json, so no publication dates: the switch falls back.
    at.radio(key="date_basis::zh::timeline").set_value("published").run()
    assert not at.exception
    assert shown_cards(at)["累计确诊"][2] == "截至3月11日"
    assert any("没有报道日期" in w.value for w in at.warning)
    assert "数据截至日期" in at.info[0].value


def chart_spec(at, key: str) -> dict:
    return json.loads(next(c for c in at.get("plotly_chart") if c.key == key).proto.spec)


def test_home_city_comes_from_the_corpus(tmp_path):
    """A 湘潭市 corpus: 湘潭 in the title, its own sectors listed as the home city's."""
    corpus = tmp_path / "xiangtan"
    shutil.copytree(ROOT / "tests" / "data" / "xiangtan", corpus)
    (corpus / "corpus.json").write_text(
        json.dumps({"paper": "湘潭日报", "city": "湘潭市"}, ensure_ascii=False), encoding="utf-8"
    )
    at = run_app(corpus_dir=str(corpus))
    assert at.title[0].value == "湘潭疫情时间线"
    assert widget(at, "selectbox", "region").value == "湘潭市"
    rates = [t["name"] for t in chart_spec(at, "chart_resumption_rates")["data"]]
    assert "规模以上工业企业复工率" in rates
    assert not any(n.startswith("湘潭市") for n in rates)
    cats = chart_spec(at, "chart_resumption_counts")["data"][0]["x"]
    assert cats[0] == "规模以上工业企业" and not any(c.startswith("湘潭市") for c in cats)
    chart = next(c for c in at.get("plotly_chart") if c.key == "chart_cumulative_cases")
    opts = json.loads(chart.proto.config)["toImageButtonOptions"]
    assert opts["filename"].startswith("xiangtan_cumulative_cases_")
    switch_language(at, "en")
    assert at.title[0].value == "Xiangtan COVID-19 timeline"


def test_corpus_is_fingerprinted_once_per_run(monkeypatch):
    import store.loader as loader

    calls = []
    real = loader.corpus_fingerprint
    monkeypatch.setattr(loader, "corpus_fingerprint", lambda f: calls.append(f) or real(f))
    run_app()
    assert len(calls) == 1


def test_corpus_fingerprint_follows_the_files_only(tmp_path):
    from store.loader import corpus_fingerprint

    (tmp_path / "a.txt").write_text("我市", encoding="utf-8")
    first = corpus_fingerprint(tmp_path)
    (tmp_path / "sub").mkdir()
    (tmp_path / ".zz-records.duckdb").write_bytes(b"the store")  # written by loading: not a change
    assert corpus_fingerprint(tmp_path) == first
    os.utime(tmp_path / "a.txt", ns=(1, 1))
    assert corpus_fingerprint(tmp_path) != first
    (tmp_path / "official").mkdir()
    before = corpus_fingerprint(tmp_path)
    (tmp_path / "official" / "series.json").write_text("{}", encoding="utf-8")
    assert corpus_fingerprint(tmp_path) != before
    assert corpus_fingerprint(tmp_path / "nope") == ""
    assert len(first) == 64  # a digest: Streamlit hashes it on every cached call


def test_a_load_keyed_by_a_fingerprint_stats_no_file_again(tmp_path, monkeypatch):
    # an archive's 100,000 files are stat-ed once per open: for the fingerprint, whose figures
    # the load then uses (the corpus loaded is the one its cache key names)
    import store.loader as loader

    shutil.copytree(ROOT / "seeds", tmp_path / "c")
    folder = tmp_path / "c"
    fingerprint = loader.corpus_fingerprint(folder)
    stats = []
    real_stat = loader.os.stat
    monkeypatch.setattr(loader.os, "stat", lambda p, *a, **k: stats.append(p) or real_stat(p, *a, **k))
    kept = loader.load_corpus(folder, fingerprint=fingerprint)
    assert not [p for p in stats if str(p).endswith(".txt")]
    assert len(kept.articles) == len(list(folder.glob("*.txt")))
    loader.load_corpus(folder, fingerprint="another")  # not the last fingerprint taken: stat-ed
    assert len([p for p in stats if str(p).endswith(".txt")]) == len(kept.articles)


def test_a_load_keyed_by_a_fingerprint_lists_the_folder_once(tmp_path, monkeypatch):
    # the fingerprint's listing stands for the folder's when every entry is a plain file or
    # folder; a link (which article_names refuses, with a message) makes the load list it again
    import store.loader as loader

    shutil.copytree(ROOT / "seeds", tmp_path / "c", ignore=shutil.ignore_patterns(".*"))
    folder = tmp_path / "c"
    listed = []
    real = loader.article_names
    monkeypatch.setattr(loader, "article_names", lambda f, e=None: listed.append(f) or real(f, e))
    plain = loader.load_corpus(folder, fingerprint=loader.corpus_fingerprint(folder))
    assert listed == [] and len(plain.articles) == len(list(folder.glob("*.txt")))
    (folder / "elsewhere.txt").symlink_to(tmp_path / "outside.txt")
    (tmp_path / "outside.txt").write_text("截至2月1日24时，我市累计确诊病例9例。", encoding="utf-8")
    linked = loader.load_corpus(folder, fingerprint=loader.corpus_fingerprint(folder))
    assert listed == [folder] and any(name == "elsewhere.txt" for name, _ in linked.errors)
    assert [a.name for a in linked.articles] == [a.name for a in plain.articles]


def test_a_folder_state_stored_whole_is_not_checked_article_by_article(tmp_path, monkeypatch):
    # the second open of an unchanged folder asks the store once; a marker that lies (a store
    # from elsewhere) loses nothing: the records it lacks are extracted when they are read
    import store.loader as loader

    shutil.copytree(ROOT / "seeds", tmp_path / "c", ignore=shutil.ignore_patterns(".*"))
    folder = tmp_path / "c"
    first = loader.load_corpus(folder, fingerprint=loader.corpus_fingerprint(folder))
    want = sorted(map(repr, first.records))
    calls = []
    real = loader.store_missing
    monkeypatch.setattr(loader, "store_missing", lambda *a, **k: calls.append(1) or real(*a, **k))
    again = loader.load_corpus(folder, fingerprint=loader.corpus_fingerprint(folder))
    assert calls == [] and sorted(map(repr, again.records)) == want
    with duckdb.connect(str(RecordStore.beside(folder).path)) as con:
        # the marker stays, the articles' records are gone (as a store from elsewhere may have it)
        con.execute("DELETE FROM records")
        con.execute("DELETE FROM events")
        con.execute("DELETE FROM articles")
    lied = loader.load_corpus(folder, fingerprint=loader.corpus_fingerprint(folder))
    assert calls == [] and sorted(map(repr, lied.records)) == want
    (folder / "new.txt").write_text("截至2月1日24时，我市累计确诊病例9例。", encoding="utf-8")
    loader.load_corpus(folder, fingerprint=loader.corpus_fingerprint(folder))
    assert calls == [1]  # a new state of the folder: checked article by article


def test_missing_corpus_folder_is_a_message_not_a_crash(tmp_path):
    at = run_app(corpus_dir=str(tmp_path / "nope"))
    assert any("找不到文件夹" in e.value for e in at.error)


CONFLICT_ARTICLE = """<script>alert('x')</script> 好消息 我市新增出院病例

株洲日报讯 截至2月19日24时，我市累计报告新冠肺炎确诊病例77例，出院病例40例，在院治疗37例。
"""
FALL_ARTICLE = """疫情通报

截至3月20日24时，我市累计报告新冠肺炎确诊病例79例。
"""


def test_changed_corpus_is_reread_and_quality_panel_shows_evidence(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    at = run_app("quality", corpus_dir=str(corpus))
    assert "未发现来源冲突。" in [s.value for s in at.success]

    # A new article that disagrees with 004 on Feb 19 and one whose total falls.
    (corpus / "zz_conflict.txt").write_text(CONFLICT_ARTICLE, encoding="utf-8")
    (corpus / "zz_fall.txt").write_text(FALL_ARTICLE, encoding="utf-8")
    meta = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))
    meta["articles"]["zz_conflict.txt"] = {"published": "2020-02-22"}
    meta["articles"]["zz_fall.txt"] = {"published": "2020-03-21"}
    (corpus / "corpus.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    at.run()
    assert not at.exception

    titles = [e.label for e in at.expander]
    assert "2月19日 · 株洲市 · 累计确诊" in titles
    assert any("cumulative_falls" in t for t in titles)
    body = html_text(at)
    assert "采用 · 77例" in body and "未采用 · 78例" in body
    assert "zz_conflict.txt" in body and "004_b7adce7465891e7b.txt" in body
    assert "<script>" not in body and "&lt;script&gt;" in body
    assert any("取最新报道" in t.value for t in at.text)
    assert any("降到" in t.value for t in at.text)
    # The newer report wins on the card.
    goto(at, "timeline")
    widget(at, "date_input", "date_range_asof").set_value((dt.date(2020, 2, 14), dt.date(2020, 2, 19))).run()
    assert shown_cards(at)["累计确诊"][0] == "77例"


def test_ui_strings_fill_their_placeholders():
    assert labels.t("since", "zh", date="3月1日") == "较3月1日"
    assert labels.t("since", "en", date="Mar 1") == "vs Mar 1"
    assert labels.t("no_data", "en") == "No data"


def test_home_city_without_its_suffix_shows_the_same_data(seeds_dir):
    """Typing 株洲 (not 株洲市) as the home city: the city is made canonical at the edge."""
    from store.loader import load_corpus

    short, full = load_corpus(seeds_dir, "株洲"), load_corpus(seeds_dir, "株洲市")
    assert short.city == full.city == "株洲市"
    assert len(short.records) == len(full.records) > 0
    at = run_app("manage")
    folder = at.text_input(key="corpus_dir::zh").value
    at.text_input(key=f"home_city::{folder}::zh").set_value("株洲").run()
    goto(at, "timeline")
    assert shown_cards(at)["累计确诊"][0] == "80例"


def test_sources_are_named_by_headline(seeds_dir):
    """Tables name a source by its headline and paper/date; the hash file name has its own
    column (issue 9)."""
    at = run_app("data")
    events = next(d.value for d in at.dataframe if "事件" in d.value.columns)
    assert events["来源"].str.startswith("《").all(), events["来源"].tolist()
    assert events["来源"].str.contains("株洲日报").all()
    assert not events["来源"].str.contains(r"_[0-9a-f]{16}\.txt").any()
    assert events["文件"].str.endswith(".txt").all()


def test_events_table_follows_the_charts_filters():
    """The events table lists exactly the key events the charts annotate, under the same
    date range (issue 9: it used its own filter)."""

    def charted_and_listed(at):
        goto(at, "timeline")
        spec = chart_spec(at, "chart_cumulative_cases")
        charted = {
            a["name"].split(":", 1)[1]
            for a in spec["layout"].get("annotations", [])
            if str(a.get("name", "")).startswith("event:")
        }
        goto(at, "data")
        listed = next(d.value for d in at.dataframe if "事件" in d.value.columns)
        return charted, len(listed)

    at = run_app()
    charted, n_listed = charted_and_listed(at)
    assert charted and n_listed >= len(charted)
    widget(at, "date_input", "date_range_asof").set_value((dt.date(2020, 2, 14), dt.date(2020, 2, 19))).run()
    assert not at.exception
    narrowed, n_narrowed = charted_and_listed(at)
    assert n_narrowed < n_listed
    assert n_narrowed >= len(narrowed)


def test_user_strings_render_as_plain_text_not_markdown(tmp_path):
    """Markdown injection (issue 13): a hand-added figure's sector, the home city typed in
    the sidebar and a file name reach titles, card labels and messages; a link or an image
    in them is shown as text, never rendered live."""
    import re

    from store import corrections as corr

    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    doc = sorted(p.name for p in corpus.glob("*.txt"))[0]
    link = "[重新登录](https://evil.example/login)"
    corr.add_correction(
        corpus,
        "add",
        doc,
        "2020-03-20",
        "resumed",
        region="株洲市",
        sector=link,
        value=999,
        unit="家",
        note="![p](http://evil.example/p.png)",
    )
    rendered = []

    def collect(at):
        rendered.extend(
            [
                at.title[0].value,
                *(h.value for h in at.subheader),
                *(c.value for c in at.caption),
                *(m.value for m in at.markdown),
                *(m.label for m in at.metric),
                *(e.label for e in at.expander),
                *(x.value for kind in ("warning", "error", "success", "info") for x in at.get(kind)),
            ]
        )

    at = run_app("manage", corpus_dir=str(corpus))
    at.text_input(key=f"home_city::{corpus}::zh").set_value("株洲市").run()
    for page in ("manage", "timeline", "data", "quality", "briefing"):
        collect(goto(at, page))
    live = re.compile(r"(?<!\\)\[[^\]]*(?<!\\)\]\(")
    assert any("重新登录" in str(r) for r in rendered), "the hand-added sector is not shown at all"
    assert not [r for r in rendered if live.search(str(r))]
    goto(at, "manage").text_input(key=f"home_city::{corpus}::zh").set_value("![p](http://evil.example/p.png)").run()
    goto(at, "timeline")
    assert "\\[p\\]" in at.title[0].value and not live.search(at.title[0].value)


def test_corpus_setting_refuses_folders_outside_its_roots(tmp_path):
    """The corpus field opened any folder (a private note's first line appeared as an
    article title and pasting wrote there, issue 13): a folder outside the roots the app
    was started with is refused with a clear message, nothing listed, read or written."""
    private = Path("/etc") if Path("/etc").is_dir() else tmp_path.parent.parent
    at = run_app(corpus_dir=str(private))
    assert not at.exception
    assert any("不能打开" in e.value and "--corpus-root" in e.value for e in at.error)
    assert not at.dataframe and not at.get("plotly_chart") and not at.metric
    switch_language(at, "en")
    assert any("Cannot open" in e.value for e in at.error)


def test_dashboard_on_a_500_article_corpus(tmp_path):
    """Archive size (issue 12): 500 articles (the seeds, each reprinted 100 times under its
    own name) open in AppTest within the suite's normal time, with the key events once each
    and every reprint as a source."""
    import time

    corpus = tmp_path / "c500"
    corpus.mkdir()
    meta = json.loads((SEEDS / "corpus.json").read_text(encoding="utf-8"))
    articles = {}
    for i in range(100):
        for src in sorted(SEEDS.glob("*.txt")):
            name = f"{i:03d}_{src.name}"
            shutil.copyfile(src, corpus / name)
            articles[name] = meta["articles"].get(src.name, {})
    (corpus / "corpus.json").write_text(
        json.dumps({**meta, "articles": articles}, ensure_ascii=False), encoding="utf-8"
    )
    t0 = time.perf_counter()
    at = run_app(corpus_dir=str(corpus))
    first = time.perf_counter() - t0
    assert shown_cards(at)["累计确诊"][0] == "80例"
    goto(at, "data")
    events = next(d.value for d in at.dataframe if "事件" in d.value.columns)
    assert len(events) == len(set(events["事件"])) <= 6  # merged: each event once
    assert events["来源"].str.contains("等99篇").all()
    t0 = time.perf_counter()
    at.run()
    again = time.perf_counter() - t0
    assert first < 60 and again < 5, (first, again)


def test_a_reprint_is_its_own_source(tmp_path):
    """Extraction is cached by content; a reprint under another name got the first file's
    name on its figures, so every reprint's evidence pointed at one file (found at archive
    size, issue 12)."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    src = sorted(SEEDS.glob("*.txt"))[1]
    for name in ("a.txt", "b.txt"):
        shutil.copyfile(src, corpus / name)
    data = load_corpus(corpus)
    assert {r.doc for r in data.records} == {"a.txt", "b.txt"}
    assert {e.doc for e in data.events} <= {"a.txt", "b.txt"}


def test_a_long_span_opens_on_its_last_90_days_with_the_full_range_one_click_away(tmp_path):
    """Archive size (issue 12): a year of reports opens on its latest 90 days, not a year of
    dots; the full range is one click away."""
    corpus = tmp_path / "long"
    corpus.mkdir()
    (corpus / "a.txt").write_text("截至2020年2月19日24时，我市累计报告确诊病例78例。\n", encoding="utf-8")
    (corpus / "b.txt").write_text("截至2020年10月1日24时，我市累计报告确诊病例81例。\n", encoding="utf-8")
    (corpus / "corpus.json").write_text(
        json.dumps(
            {
                "paper": "某某日报",
                "city": "武汉市",
                "articles": {"a.txt": {"published": "2020-02-20"}, "b.txt": {"published": "2020-10-02"}},
            }
        ),
        encoding="utf-8",
    )
    at = run_app(corpus_dir=str(corpus))
    assert widget(at, "date_input", "date_range_asof").value == (dt.date(2020, 7, 4), dt.date(2020, 10, 1))
    at.button(key="full_range").click().run()
    assert widget(at, "date_input", "date_range_asof").value == (dt.date(2020, 2, 19), dt.date(2020, 10, 1))
    assert not at.exception


def test_the_dashboard_pages_its_conflicts(tmp_path):
    at = run_app("quality", corpus_dir=str(conflicting_corpus(tmp_path / "c", 25)))
    per = quality.QUALITY_PAGE_ITEMS
    n_pages = -(-25 // per)
    page = at.number_input(key="conflicts_page")
    assert page.value == 1 and page.max == n_pages > 1 and "共 25 项" in page.label
    assert len([e for e in at.expander if "累计确诊" in e.label]) == per
    page.set_value(n_pages).run()
    assert not at.exception
    assert len([e for e in at.expander if "累计确诊" in e.label]) == 25 - per * (n_pages - 1)


def test_the_picker_lists_the_region_shown():
    at = run_app()
    options = widget(at, "selectbox", "evidence_point").options
    assert options and all("株洲市" in o for o in options)
    other = next(r for r in widget(at, "selectbox", "region").options if r != "株洲市")
    widget(at, "selectbox", "region").set_value(other).run()
    assert not at.exception
    options = widget(at, "selectbox", "evidence_point").options
    assert options and all(other in o for o in options), (other, options[:3])


# ---------------------------------------------------------------- pages and links (issue 21)

PAGES = ("timeline", "data", "quality", "compare", "briefing", "manage")


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_opens_in_both_languages(page, lang):
    at = run_app(page, lang=lang)
    titles = [t.value for t in at.title]
    assert titles and all(titles)
    assert not at.error, [e.value for e in at.error]
    # the navigation lists every page, in the page language
    if lang == "en":
        assert titles[0] in {
            "Zhuzhou COVID-19 timeline",
            "Data & sources",
            "Data quality",
            "Compare",
            "Briefing",
            "Manage corpus",
        }, titles


def test_the_timeline_page_draws_only_its_own_filters():
    at = run_app()
    drawn = {
        str(w.key).split("::")[0]
        for kind in ("selectbox", "multiselect", "radio", "checkbox", "date_input")
        for w in at.sidebar.get(kind)
    }
    assert drawn == {"lang", "date_basis", "date_range_asof", "region", "metrics", "log_scale", "avg7"}, drawn
    at = goto(at, "quality")
    drawn = {
        str(w.key).split("::")[0]
        for kind in ("selectbox", "multiselect", "radio", "checkbox", "date_input")
        for w in at.sidebar.get(kind)
    }
    assert drawn == {"lang", "region"}, drawn


def test_a_link_restores_the_view():
    at = run_app(
        "data",
        query={
            "region": "醴陵市",
            "lang": "en",
            "basis": "published",
            "from": "2020-02-18",
            "to": "2020-02-21",
            "metrics": "resumed,sector_total",
        },
    )
    assert lang_of(at) == "en" and at.title[0].value == "Data & sources"
    assert widget(at, "selectbox", "region").value == "醴陵市"
    assert widget(at, "radio", "date_basis").value == "published"
    assert widget(at, "date_input", "date_range_published").value == (dt.date(2020, 2, 18), dt.date(2020, 2, 21))
    assert widget(at, "multiselect", "metrics").value == ["resumed", "sector_total"]
    table = at.dataframe[0].value
    assert set(table["Region"]) == {"Liling"} and set(table["Metric"]) <= {"Resumed", "Total in sector"}
    assert not at.warning  # nothing in it needed a fallback
    # the URL follows the view (what "copy link" offers), and only what differs from the default
    assert at.query_params["region"] in ("醴陵市", ["醴陵市"]) and at.query_params["lang"] in ("en", ["en"])
    at = goto(at, "timeline")
    assert widget(at, "selectbox", "region").value == "醴陵市"
    assert "log" not in at.query_params and "avg" not in at.query_params


def test_a_bad_link_falls_back_with_a_note_never_an_error():
    at = run_app(
        query={
            "region": "火星",
            "from": "2020-13-40",
            "metrics": "confirmed_total,nonsense",
            "lang": "xx",
            "basis": "never",
            "log": "maybe",
            "point": "2020-02-19|火星|x|",
            "city": "深圳市",
        }
    )
    notes = "\n".join(w.value for w in at.warning)
    for shown in ("火星", "2020-13-40", "nonsense", "xx", "never", "maybe", "深圳市"):
        assert shown in notes, (shown, notes)
    assert lang_of(at) == "zh" and at.title[0].value == "株洲疫情时间线"
    assert widget(at, "selectbox", "region").value == "株洲市"
    assert (
        widget(at, "multiselect", "metrics").value == widget(at, "multiselect", "metrics").options
        or len(widget(at, "multiselect", "metrics").value) > 2
    )
    assert len(at.get("plotly_chart")) == 5
    at.run()  # the notes were for the link: the next run does not repeat them
    assert not at.warning


def test_a_link_value_is_markdown_safe():
    at = run_app(query={"region": "[x](http://evil.example)"})
    notes = "\n".join(w.value for w in at.warning)
    assert "\\[x\\]" in notes and "](http" not in notes.replace("\\]", "")


def test_the_seven_day_average_is_drawn_where_seven_days_are_reported(tmp_path):
    corpus = tmp_path / "daily"
    corpus.mkdir()
    articles = {}
    for day in range(1, 11):
        if day == 9:
            continue  # a day nobody reported: no average across it
        name = f"d{day:02d}.txt"
        (corpus / name).write_text(
            f"截至2月{day}日24时，我市新增确诊病例{day}例，累计确诊病例{day * (day + 1) // 2}例。\n", encoding="utf-8"
        )
        articles[name] = {"published": f"2020-02-{day + 1:02d}"}
    (corpus / "corpus.json").write_text(
        json.dumps({"paper": "某某日报", "city": "武汉市", "articles": articles}, ensure_ascii=False), encoding="utf-8"
    )
    at = run_app(corpus_dir=str(corpus))
    names = [t["name"] for t in chart_spec(at, "chart_daily_new_cases")["data"]]
    assert not any("7日平均" in n for n in names)
    widget(at, "checkbox", "avg7").check().run()
    avg = next(t for t in chart_spec(at, "chart_daily_new_cases")["data"] if "7日平均" in t["name"])
    days = [x for x in avg["x"] if x]
    assert days == ["2020-02-07", "2020-02-08"], days  # 2月1–7日 and 2–8日; none after the gap
    assert avg["y"][:2] == [4.0, 5.0]
    assert at.query_params["avg"] in ("1", ["1"])
