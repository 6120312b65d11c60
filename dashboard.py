"""疫情时间线 (COVID-19 timeline of a corpus's home city) — interactive dashboard.

    streamlit run dashboard.py                       # the bundled seeds/
    streamlit run dashboard.py -- --corpus DIR       # another corpus folder

A thin UI layer: widgets and layout only. Data comes from store.pipeline /
briefing.timeline, charts from briefing.charts, everything displayed from app.view
(which is unit tested without Streamlit).
"""
from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app import editing, view  # noqa: E402
from app.view import md_plain as md  # noqa: E402
from app.fonts import ensure_static_font  # noqa: E402
from briefing import charts  # noqa: E402
from store import corrections as corr  # noqa: E402
from briefing import export  # noqa: E402
from store.ingest import DEFAULT_MAX_BYTES  # noqa: E402
from briefing import labels  # noqa: E402
from briefing.labels import format_date, metric_name  # noqa: E402
from store.pipeline import corpus_fingerprint, load_corpus, paper_folders  # noqa: E402
from store.recordstore import STORE_NAME  # noqa: E402
from briefing.snapshot import corpus_timeline  # noqa: E402
from briefing.reconcile import VERDICTS, reconcile, verdict_counts  # noqa: E402
from extract.corpus import folder_home, read_meta  # noqa: E402
from extract.decode import InputError  # noqa: E402

DEFAULT_CORPUS = view.corpus_from_argv(sys.argv[1:], ROOT / "seeds")
CORPUS_ROOTS = view.corpus_roots(sys.argv[1:], DEFAULT_CORPUS)
EVIDENCE_KEY = "evidence_point"


# ---------------------------------------------------------------- data (cached by content)

@st.cache_resource(show_spinner=False, max_entries=4)
def load(folder: str, fingerprint: str, city: str):
    """Corpus → (CorpusData, Timeline, error messages), one copy shared by every session and
    never changed by the page (cache_data pickled 200 MB per session at 10,000 articles).
    fingerprint (a digest of file names, sizes, mtimes) is part of the cache key, so a changed file or
    correction is re-read;
    records come from the records store (store.recordstore), keyed by file content."""
    try:
        data = load_corpus(folder, city or None)
    except InputError as exc:   # e.g. an unreadable corrections.csv: say so, show nothing wrong
        where = ("corrections.csv" if exc.code.startswith("bad_correction") else
                 STORE_NAME if exc.code.startswith("store_") else "corpus.json")
        return None, None, [(where, exc.zh, exc.en)]
    errors = [(name, getattr(exc, "zh", str(exc)), getattr(exc, "en", str(exc)))
              for name, exc in data.errors]
    errors += [(STORE_NAME, zh, en) for zh, en in data.notes]   # e.g. the store could not be written
    data = dataclasses.replace(data, errors=[])   # exceptions do not pickle; keep messages
    timeline = corpus_timeline(data, fingerprint)   # kept in the records store per corpus state
    return data, timeline, errors


# ---------------------------------------------------------------- sidebar

# The title names the corpus's home city; until it is known, the bare title.
st.set_page_config(page_title=view.page_title(""), page_icon="📈", layout="wide")
ensure_static_font()   # dev.sh put it there already; a bare `streamlit run` gets it from the next load
st.html(view.EVIDENCE_CSS)   # style tags only: applied to the page, no element drawn

with st.sidebar:
    lang = st.radio(view.ui("language_label"), ["zh", "en"], key="lang", horizontal=True,
                    format_func=lambda v: {"zh": "中文", "en": "English"}[v])
    st.header(view.ui("settings", lang))
    folder = st.text_input(view.ui("corpus_dir", lang), value=DEFAULT_CORPUS, key="corpus_dir",
                           help=view.ui("corpus_help", lang)).strip()

if not view.within_roots(folder, CORPUS_ROOTS):
    # Only the folders the app was started for: a typed path must not list, read or write
    # anyone's other files.
    st.title(view.page_title("", lang))
    st.error(view.ui("corpus_outside", lang, folder=md(folder),
                     roots=md(", ".join(str(r) for r in CORPUS_ROOTS))))
    st.stop()
if not Path(folder).is_dir():
    st.title(view.page_title("", lang))
    st.error(view.ui("corpus_missing", lang, folder=md(folder)))
    st.stop()


@st.cache_data(show_spinner=False, max_entries=512)
def paper_home(paper: str, fingerprint: str) -> tuple[str | None, str]:
    """(home city, paper name) of an archive's paper folder by the one home-city rule (a folder
    without corpus.json: the city its articles speak for); fingerprint keys the cache."""
    try:
        meta = read_meta(Path(paper))
    except InputError:
        return None, ""
    return folder_home(Path(paper), meta=meta).city, meta.paper


def _compare_page(chosen: list[str], paper_labels: dict) -> None:
    """Several cities' papers side by side: their latest figures, then each case chart as
    small multiples; a click shows the sentence (corrections are on a city's own page)."""
    st.title(view.ui("compare_page_title", lang))
    if not chosen:
        st.info(view.ui("compare_pick", lang))
        return
    loaded = []
    for paper in chosen:
        data_, timeline_, errors_ = load(str(Path(paper).resolve()), corpus_fingerprint(paper), "")
        for name, zh, en in errors_:
            st.sidebar.warning(view.ui("file_error", lang, name=md(name), msg=md(en if lang == "en" else zh)))
        if data_ is not None and not timeline_.points.empty and data_.city:   # a feed has no one city to compare
            loaded.append((paper, data_, timeline_))
    if not loaded:
        st.warning(view.ui("corpus_empty", lang))
        return
    for paper, data_, timeline_ in loaded:
        st.caption(md(labels.source_line(data_.meta.paper, data_.published_span(), lang)))
    for paper, data_, timeline_ in loaded:
        st.markdown(f"**{md(view.ui('compare_cards', lang, city=labels.place_name(data_.city, lang), paper=labels.paper_name(data_.meta.paper, lang) or Path(paper).name))}**")
        for col, card in zip(st.columns(5), view.headline_cards(timeline_.points, data_.city, lang)):
            with col:
                st.metric(md(card.label), card.value, card.delta, delta_color=card.delta_color,
                          border=True)
                st.caption(md(card.caption))
    st.caption(view.ui("compare_hint", lang))
    for name in charts.CHARTS:
        if name not in charts.REGIONAL_CHARTS:
            continue
        fig = charts.compare_chart(name, [(d.city, tl.points) for _, d, tl in loaded], lang=lang,
                                   titles=view.panel_titles([(d.city, paper_labels[p]) for p, d, _ in loaded], lang))
        if not view.has_data(fig):
            continue
        event = st.plotly_chart(fig, key=f"compare_{name}", theme=None, on_select="rerun",
                                selection_mode="points")
        for panel, pid in view.compare_picks(event, fig)[:1]:
            _, data_, timeline_ = loaded[panel]
            ev = view.evidence_view(timeline_.points, pid, data_.article_by_name, timeline_.conflicts, lang)
            if ev.found:
                with st.container(border=True):
                    st.html(view.heading_html(ev.title))
                    for block in ev.blocks:
                        st.html(block)


def _show(messages) -> None:
    for m in messages:
        getattr(st, m.level)(md(m.text))


papers = [str(p) for p in paper_folders(folder)]
if papers:
    # An archive of several papers (one folder each): one city's full page, or several compared.
    paper_labels = view.paper_labels({p: paper_home(p, corpus_fingerprint(p)) for p in papers}, lang)
    with st.sidebar:
        chosen = st.multiselect(view.ui("papers_label", lang), papers, default=papers[:4],
                                key=f"papers::{folder}", help=view.ui("papers_help", lang),
                                format_func=lambda p: paper_labels[p])
    if len(chosen) != 1:
        _compare_page(chosen, paper_labels)
        st.stop()
    folder = chosen[0]

with st.sidebar:
    try:
        meta_city = read_meta(Path(folder)).city
    except InputError:
        meta_city = ""
    # blank: corpus.json's city, else the city the articles speak for, else none (load_corpus)
    city = st.text_input(editing.s("city_label", lang), value=meta_city, key=f"home_city::{folder}",
                         help=editing.s("city_help", lang)).strip()
    city_note = st.container()   # what the loader decided, under the field (filled after the load)
    with st.expander(editing.s("add_header", lang),
                     expanded=bool(st.session_state.get("add_messages"))):
        st.caption(editing.s("add_limit", lang, mb=DEFAULT_MAX_BYTES // (1024 * 1024)))
        with st.form("add_articles", clear_on_submit=True):
            uploads = st.file_uploader(editing.s("add_files", lang), type=["txt", "html", "htm"],
                                       accept_multiple_files=True, key="upload_files")
            pasted_title = st.text_input(editing.s("add_title", lang), key="paste_title")
            pasted = st.text_area(editing.s("add_paste", lang), key="paste_text", height=120)
            published = st.text_input(editing.s("add_published", lang), key="add_published")
            submitted = st.form_submit_button(editing.s("add_submit", lang))
        if submitted:
            msgs = editing.add_uploads(folder, [(f.name, f.getvalue()) for f in uploads or []],
                                       published, lang)
            if pasted.strip():
                msgs.append(editing.add_pasted(folder, pasted, pasted_title, published, lang))
            st.session_state["add_messages"] = msgs or [
                editing.Message("warning", editing.s("add_nothing", lang))]
            st.rerun()   # the new files change the corpus fingerprint: reload
        _show(st.session_state.get("add_messages", []))

fingerprint = corpus_fingerprint(folder)   # once per run: the load cache and the export key
data, timeline, load_errors = load(str(Path(folder).resolve()), fingerprint, city)
title = view.page_title(data.city if data is not None else (city or meta_city), lang)
st.set_page_config(page_title=title)
if data is not None and data.home is not None and (line := editing.home_city_line(data.home, lang)):
    with city_note:
        getattr(st, line.level)(line.text)   # the words escaped in the table's own markdown
        if data.home.source in ("guessed", "unknown"):   # offer to keep the answer in the folder
            with st.form(f"save_city::{folder}"):
                paper_name = st.text_input(editing.s("city_save_paper", lang),
                                           value=data.meta.paper or Path(folder).name)
                label = "city_save" if data.home.city else "city_save_feed"
                if st.form_submit_button(editing.s(label, lang)):
                    saved = editing.save_home_city(folder, data.home.city, paper_name, lang)
                    getattr(st, saved.level)(saved.text)
                    if saved.level == "success":
                        st.rerun()
for name, zh, en in load_errors:
    if name == STORE_NAME and data is not None and data.home is not None and (zh, en) == data.home.note():
        continue   # said under the city field
    st.sidebar.warning(view.ui("file_error", lang, name=md(name), msg=md(en if lang == "en" else zh)))
if data is None:
    st.title(md(title))
    st.stop()
points, articles = timeline.points, data.article_by_name

if points.empty:
    st.title(md(title))
    st.warning(view.ui("corpus_empty", lang))
    st.stop()

with st.sidebar:
    # One radio per language, started from the choice kept under "date_basis": the browser
    # draws a radio whose labels changed as a new one and showed no selection at all.
    basis_key = f"date_basis::{lang}"
    if basis_key not in st.session_state:
        st.session_state[basis_key] = st.session_state.get("date_basis", "asof")
    basis = st.radio(view.ui("date_basis_label", lang), ["asof", "published"], key=basis_key,
                     format_func=lambda v: view.ui(f"basis_{v}", lang))
    st.session_state["date_basis"] = basis
    lo, hi = view.date_bounds(points, basis)
    if lo is None:   # publication dates unknown (no corpus.json): fall back to as-of dates
        st.warning(view.ui("no_published", lang))
        basis = "asof"
        lo, hi = view.date_bounds(points, basis)
    range_key = f"date_range_{basis}"
    if not view.range_within(st.session_state.get(range_key), lo, hi):
        st.session_state.pop(range_key, None)   # another corpus: its old range may not fit
    opening = view.default_range(lo, hi)
    if opening != (lo, hi) and st.button(view.ui("full_range", lang), key="full_range"):
        st.session_state[range_key] = (lo, hi)
    picked = st.date_input(view.ui("date_range", lang), value=opening, min_value=lo,
                           max_value=hi, key=range_key, format="YYYY-MM-DD")
    start, end = view.normalize_range(picked, lo, hi)
    regions = view.region_options(points, data.city)
    if st.session_state.get("region") not in regions:
        st.session_state.pop("region", None)
    region = st.selectbox(view.ui("region_label", lang), regions, key="region",
                          format_func=lambda r: labels.place_name(r, lang))
    all_metrics = view.metric_options(points)
    kept = [m for m in st.session_state.get("metrics", []) if m in all_metrics]
    if kept != st.session_state.get("metrics", kept):   # another corpus lacks some metrics
        st.session_state.pop("metrics")
    metrics = st.multiselect(view.ui("metrics_label", lang), all_metrics, default=all_metrics,
                             key="metrics", format_func=lambda m: metric_name(m, lang))
    log = st.checkbox(view.ui("log_label", lang), key="log_scale")

# ---------------------------------------------------------------- header and cards

st.title(md(title))
st.caption(md(labels.source_line(data.meta.paper, data.published_span(), lang)))
sep = "：" if lang == "zh" else ": "
st.info(f"{view.ui(f'basis_note_{basis}', lang)}  \n{view.ui('date_range', lang)}{sep}"
        f"{format_date(start, lang)} — {format_date(end, lang)}")

st.subheader(f"{md(labels.place_name(region, lang))} · {view.ui('cards_header', lang)}")
for col, card in zip(st.columns(5), view.headline_cards(points, region, lang, basis, end)):
    with col:
        st.metric(md(card.label), card.value, card.delta, delta_color=card.delta_color,
                  delta_description=card.delta_description, help=md(card.help) if card.help else None,
                  border=True)
        st.caption(md(card.caption))

recon = reconcile(points, data.official)   # the paper against the official series, by as-of date
if (line := view.official_latest_line(recon[recon["region"] == region], lang, end)):
    st.caption(md(line))

# ---------------------------------------------------------------- charts

shown = view.shown_points(points, start, end, metrics, basis)
# Key events before the first figure (首例确诊, 一级响应 …) stay on the charts unless the user
# narrowed the range's start themselves.
events = view.events_in_range(data.events, None if start == lo else start, end)
resumption_regions = None if region == data.city else [region]
resumption_pts = shown if resumption_regions is None else \
    view.shown_points(shown, regions=resumption_regions, date_basis=basis)
file_date = view.last_asof(shown) or view.last_asof(points)
source = labels.source_line(data.meta.paper, data.published_span(), lang)



@st.cache_resource(max_entries=320, show_spinner=False)
def slide_figure(state: tuple, name: str, _shown, _resumption_pts, _events, _points, _official=None):
    """One chart for one filter state, built once (None when it has no data): a click, a row or
    a form reruns the page without rebuilding it (state: the corpus fingerprint and every
    filter; the frames follow from it). Built one at a time, so the first chart is on its way
    to the browser while the next is built. It is the slide figure the export writes, so the
    camera button downloads the slide's picture (title, as-of subtitle, source line)."""
    _, _, _, lang, region, basis, log, end, home, source = state
    options = {"date_basis": basis}
    if name == "cumulative_cases":
        options["log"] = log
        options["official"] = _official   # the official series' lines beside the paper's points
    if name == "resumption_counts":
        options["as_of"] = end
    pts = _shown if name in charts.REGIONAL_CHARTS else _resumption_pts
    fig = charts.build_chart(name, pts, region=region, lang=lang, events=_events, home=home, **options)
    return export.slide_figure(fig, export.figure_asof(fig, _points), source, lang) if view.has_data(fig) else None


filter_state = (folder, fingerprint, (str(start), tuple(metrics)), lang, region, basis, log, end, data.city,
                source)


def drawn(name: str):
    return slide_figure(filter_state, name, shown, resumption_pts, events, points, data.official)


st.subheader(view.ui("charts_header", lang))
st.caption(view.ui("chart_hint", lang))
chart_notice = st.container()   # filled once the charts are built: which had no data


# The picker lists the region's figures (as the table does): an archive has thousands of
# points, and every option travels to the browser on every run.
choices = view.point_choices(view.shown_points(shown, regions=[region], date_basis=basis))
labels_by_pid = {pid: view.point_label(row, lang)
                 for pid, row in zip(shown["point_id"], shown.to_dict("records"))}


def _evidence(pid: str, where: str) -> None:
    """A figure's sources with the sentence marked, and its correction form. where: the
    place it is shown (a chart, the table, the picker), so each place's widgets have their
    own keys; the picker's are the point's own (editing.fix_key)."""
    ev = view.evidence_view(points, pid, articles, timeline.conflicts, lang)
    if not ev.found:
        st.caption(view.ui("evidence_none", lang))
        return
    st.html(view.heading_html(ev.title))
    if ev.note:
        st.text(ev.note)
    if ev.blocks and ev.derived:
        st.caption(view.ui("evidence_inputs", lang))
    for block in ev.blocks:
        st.html(block)
    if ev.candidates:
        st.caption(view.ui("evidence_conflict", lang))
        for block in ev.candidates:
            st.html(block)
    point = points.loc[points["point_id"] == pid].iloc[0]
    if bool(point["corrected"]):
        st.caption("✎ " + editing.s("corr_badge", lang))
    if ev.derived:
        return
    key = pid if where == "picker" else f"{pid}@{where}"
    with st.expander(editing.s("fix_header", lang)):
        # Every widget is keyed by the point: a widget keeps its state per key, so a shared
        # key showed the previously selected point's value and date and saved them against
        # this one. No action is preselected: marking a figure wrong must be a choice.
        with st.form(editing.fix_key("form", key)):
            docs = list(point["docs"]) or [point["doc"]]
            fix_doc = st.selectbox(editing.s("fix_doc", lang), docs, key=editing.fix_key("doc", key),
                                   format_func=lambda d: labels.source_name(d, articles, data.meta.paper, lang),
                                   help=", ".join(docs))
            action = st.radio(editing.s("fix_action", lang), editing.ACTIONS, index=None,
                              key=editing.fix_key("action", key),
                              format_func=lambda a: editing.s(f"fix_{a}", lang))
            new_value = st.number_input(editing.s("fix_value", lang), value=float(point["value"]),
                                        key=editing.fix_key("value", key))
            new_date = st.date_input(editing.s("fix_date", lang), value=point["date"].date(),
                                     key=editing.fix_key("date", key))
            note = st.text_input(editing.s("fix_note", lang), key=editing.fix_key("note", key))
            if st.form_submit_button(editing.s("fix_submit", lang)):
                st.session_state["fix_message"] = (where, editing.correct_point(
                    folder, point, fix_doc, action, lang, new_value, new_date.isoformat(), note))
                st.rerun()   # the whole page: the corrected figure changes every chart


def _fix_message(where: str) -> None:
    if st.session_state.get("fix_message", ("",))[0] == where:
        _show([st.session_state.pop("fix_message")[1]])


def _evidence_under(pids: list[str], where: str) -> None:
    """The evidence of a click, right under what was clicked (not a screen away)."""
    _fix_message(where)
    if pids and pids[0] in labels_by_pid:
        with st.container(border=True):
            st.markdown(f"**{view.ui('evidence_header', lang)}** · {md(labels_by_pid[pids[0]])}")
            _evidence(pids[0], where)


# Each chart and its evidence are one fragment: a click reruns that chart's block, not the
# page (five figures, the table, the forms).
@st.fragment
def _chart_block(name: str) -> None:
    fig = drawn(name)
    event = st.plotly_chart(fig, key=f"chart_{name}", theme=None, on_select="rerun",
                            selection_mode="points",
                            config=charts.config_for_download(name, lang, date=file_date, city=data.city))
    _evidence_under(view.pids_from_chart_event(event, fig), f"chart_{name}")


with_data = []
for name in charts.CHARTS:   # each sent as soon as it is built; full width: laid out for 16:9 slides
    if drawn(name) is not None:
        with_data.append(name)
        _chart_block(name)
if not any(n in with_data for n in charts.REGIONAL_CHARTS):
    chart_notice.caption(view.ui("no_case_data", lang, region=md(labels.place_name(region, lang))))
if not with_data:
    chart_notice.info(view.ui("no_chart_data", lang))

with st.expander(view.ui("derived_header", lang)):
    st.write(view.ui("derived_text", lang))

# Any figure's evidence, picked from a list (what a keyboard user and the tests use).
if st.session_state.get(EVIDENCE_KEY) not in choices:
    st.session_state[EVIDENCE_KEY] = None
with st.container(border=True):
    st.markdown(f"**{view.ui('evidence_header', lang)}**")
    pid = st.selectbox(view.ui("evidence_select", lang), choices, index=None, key=EVIDENCE_KEY,
                       format_func=lambda p: labels_by_pid.get(p, p),
                       placeholder=view.ui("evidence_placeholder", lang))
    st.caption(view.ui("evidence_select_help", lang))   # a caption: a help icon would share the box's label
    _fix_message("picker")
    if pid is not None:
        _evidence(pid, "picker")
    with st.expander(editing.s("add_fig_header", lang)):
        # outside the form, so typing filters the list at once
        article_filter = st.text_input(view.ui("add_fig_filter", lang), key="add_fig_filter")
        names = view.article_options(articles, article_filter, view.ARTICLE_OPTIONS)
        if len(articles) > len(names) and not article_filter:
            st.caption(view.ui("add_fig_more", lang, n=view.ARTICLE_OPTIONS))
        with st.form("add_figure_form"):
            add_doc = st.selectbox(editing.s("fix_doc", lang), names, key="add_fig_doc",
                                   format_func=lambda d: labels.source_name(d, articles, data.meta.paper, lang))
            add_metric = st.selectbox(editing.s("add_fig_metric", lang), editing.metric_choices(),
                                      key="add_fig_metric", format_func=lambda m: editing.metric_label(m, lang))
            add_date = st.date_input(editing.s("fix_date", lang), value=end or hi, key="add_fig_date")
            add_region = st.text_input(editing.s("add_fig_region", lang), value=data.city, key="add_fig_region")
            add_sector = st.text_input(editing.s("add_fig_sector", lang), key="add_fig_sector")
            add_value = st.number_input(editing.s("fix_value", lang), min_value=0.0, key="add_fig_value")
            add_unit = st.text_input(editing.s("add_fig_unit", lang), key="add_fig_unit")
            add_note = st.text_input(editing.s("fix_note", lang), key="add_fig_note")
            if st.form_submit_button(editing.s("add_fig_submit", lang)):
                st.session_state["fix_message"] = ("picker", editing.add_figure(
                    folder, add_doc, add_metric, add_date.isoformat(), add_value, lang,
                    region=add_region, sector=add_sector, unit=add_unit, note=add_note))
                st.rerun()

# ---------------------------------------------------------------- data table

st.subheader(view.ui("table_header", lang))
all_regions = st.checkbox(view.ui("table_all_regions", lang), key="table_all_regions")
table_pts = shown if all_regions else view.shown_points(shown, regions=[region], date_basis=basis)
table = view.table_frame(table_pts, lang, articles, data.meta.paper)
point_col = view.ui("col_point", lang)
st.caption(view.ui("table_caption", lang, n=len(table)))
shown_rows = table
if len(table) > view.TABLE_PAGE_ROWS:   # an archive's thousands of rows: a page at a time
    pages = -(-len(table) // view.TABLE_PAGE_ROWS)
    page = st.number_input(view.ui("table_page", lang, pages=pages, rows=view.TABLE_PAGE_ROWS), min_value=1, max_value=pages,
                           value=1, step=1, key="table_page")
    shown_rows = view.table_page(table, page)


@st.fragment
def _table_block(rows, key: str) -> None:
    """A table of figures and the evidence of its selected row: a row click reruns only this."""
    event = st.dataframe(rows, key=key, on_select="rerun", selection_mode="single-row", hide_index=True)
    _evidence_under(view.pids_from_table_event(event, rows, point_col), key)


_table_block(shown_rows, "data_table")
st.download_button(view.ui("download_csv", lang), view.csv_bytes(table),
                   file_name=view.csv_name(None if all_regions else region, start, end, lang,
                                           city=data.city),
                   mime="text/csv", key="download_csv")

# ---------------------------------------------------------------- data quality and events

st.subheader(view.ui("quality_header", lang))


def _quality_panel(header: str, total: int, items_on, none_key: str, key: str) -> None:
    """Conflicts or failed checks, each with its evidence (escaped HTML from app.view); a page
    of them at a time (an archive has thousands), built only for the page shown."""
    st.markdown(f"**{view.ui(header, lang)}**")
    if not total:
        st.success(view.ui(none_key, lang))
        return
    page = 1
    if total > view.QUALITY_PAGE_ITEMS:
        pages = view.quality_pages(total)
        page = st.number_input(view.ui("quality_page", lang, n=total, pages=pages, per=view.QUALITY_PAGE_ITEMS),
                               min_value=1, max_value=pages, value=1, step=1, key=key)
    for item in items_on(page):
        with st.expander(md(item.title), expanded=total <= view.QUALITY_PAGE_ITEMS):
            st.text(item.message)
            for block in item.blocks:
                st.html(block)


q1, q2 = st.columns(2)
with q1:
    _quality_panel("conflicts_header", len(view.conflict_keys(timeline.conflicts)),
                   lambda page: view.conflict_items_page(timeline.conflicts, points, articles, lang, page),
                   "conflicts_none", "conflicts_page")
with q2:
    _quality_panel("checks_header", len(timeline.failed_checks),
                   lambda page: view.check_items_page(timeline.failed_checks, articles, lang, page),
                   "checks_none", "checks_page")

if data.official is not None and not data.official.empty:
    st.subheader(view.ui("recon_header", lang))
    first = data.official.iloc[0]
    st.caption(md(view.ui("recon_source", lang, source=first["source_en" if lang == "en" else "source"],
                          convention=view.ui(f"convention_{first['convention']}", lang))))
    if recon.empty:
        st.caption(view.ui("recon_none", lang))
    else:
        st.info(view.ui("recon_counts", lang, n=len(recon), **verdict_counts(recon)))
        verdicts = st.multiselect(view.ui("recon_filter", lang), list(VERDICTS), default=list(VERDICTS),
                                  key="recon_verdicts", format_func=lambda v: view.ui(f"verdict_{v}", lang))
        recon_table = view.reconciliation_frame(recon, lang, verdicts, articles, data.meta.paper)
        st.caption(view.ui("recon_hint", lang))
        _table_block(recon_table, "recon_table")
        st.download_button(view.ui("recon_download", lang), view.csv_bytes(recon_table),
                           file_name=f"official_{data.city}.csv", mime="text/csv", key="recon_csv")

st.subheader(view.ui("events_header", lang))
ev_table = view.events_table(events, lang, articles=articles, paper=data.meta.paper)   # as charted
if ev_table.empty:
    st.caption(view.ui("events_none", lang))
else:
    st.dataframe(ev_table, hide_index=True, key="events_table")

# ---------------------------------------------------------------- corrections and export

st.subheader(editing.s("corr_header", lang))
rows = editing.correction_rows(folder, lambda: data.extracted, lang)
if not rows:
    st.caption(editing.s("corr_none", lang))
for row in rows:
    c1, c2 = st.columns([6, 1])
    c1.text(row.text)
    if row.active and c2.button(editing.s("corr_undo", lang), key=f"undo_{row.id}"):
        corr.undo_correction(folder, row.id)
        st.rerun()

st.subheader(editing.s("export_header", lang))
st.caption(editing.s("export_hint", lang))
export_key = (folder, fingerprint, city, lang, region)


def _export(kind: str, build, file_name: str, mime: str) -> None:
    """A build button (needs Chromium on the server) and, once built for exactly this
    corpus, language and region, its download button."""
    if st.button(editing.s(f"export_{kind}", lang), key=f"build_{kind}"):
        bar = st.progress(0.0, text=editing.s("export_busy", lang))
        try:
            st.session_state[kind] = (export_key, build(
                lambda done, total: bar.progress(done / total, text=editing.s("export_busy", lang))))
        except export.ExportUnavailable as exc:
            st.warning(md(str(exc)))
        finally:
            bar.empty()
    if st.session_state.get(kind, (None,))[0] == export_key:
        st.download_button(editing.s(f"export_download_{kind}", lang), st.session_state[kind][1],
                           file_name=file_name, mime=mime, key=f"download_{kind}")


stamp = f"{file_date:%Y-%m-%d}_" if file_date is not None else ""


@st.cache_resource(max_entries=16, show_spinner=False)
def deck_charts(key: tuple, _data, _timeline) -> list:
    """The deck's slide charts for one corpus, language and region, laid out once."""
    _, _, _, lang, region = key
    return export.slide_charts(_data, lang, region, _timeline)[0]


def _deck(progress) -> bytes:
    from briefing.deck import build_deck   # python-pptx loads only when asked
    return build_deck(data, lang, region=region, timeline=timeline,
                      ready=deck_charts(export_key, data, timeline), progress=progress)


def _zip(progress) -> bytes:
    return export.charts_zip(data, lang, region=region, timeline=timeline)


e1, e2 = st.columns(2)
with e1:
    _export("deck", _deck, f"briefing_{stamp}{lang}.pptx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation")
with e2:
    _export("zip", _zip, f"charts_{stamp}{lang}.zip", "application/zip")

# Chromium for the exports starts in the background once the page is drawn, so the first
# deck does not wait for it (ZZ_WARM_EXPORT=0 turns this off, as the tests do).
if os.environ.get("ZZ_WARM_EXPORT", "1") != "0":
    export.warm_up(delay=8.0)   # after the browser has drawn the first page
