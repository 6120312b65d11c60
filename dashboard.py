"""株洲疫情时间线 — interactive dashboard.

    streamlit run dashboard.py                       # the bundled seeds/
    streamlit run dashboard.py -- --corpus DIR       # another corpus folder

A thin UI layer: widgets and layout only. Data comes from briefing.pipeline /
briefing.timeline, charts from briefing.charts, everything displayed from briefing.view
(which is unit tested without Streamlit).
"""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefing import charts, view  # noqa: E402
from briefing.labels import format_date, metric_name  # noqa: E402
from briefing.pipeline import corpus_fingerprint, load_corpus  # noqa: E402
from briefing.timeline import build_timeline  # noqa: E402

DEFAULT_CORPUS = view.corpus_from_argv(sys.argv[1:], ROOT / "seeds")
EVIDENCE_KEY = "evidence_point"


# ---------------------------------------------------------------- data (cached by content)

@st.cache_data(show_spinner=False, max_entries=8)
def load(folder: str, fingerprint: tuple):
    """Corpus → (CorpusData, Timeline, error messages). fingerprint (file names, sizes,
    mtimes) is part of the cache key, so a changed file is re-read; extraction itself is
    cached per file sha256 in briefing.pipeline."""
    data = load_corpus(folder)
    errors = [(name, getattr(exc, "zh", str(exc)), getattr(exc, "en", str(exc)))
              for name, exc in data.errors]
    data = dataclasses.replace(data, errors=[])   # exceptions do not pickle; keep messages
    timeline = build_timeline(data.records, data.published_by_doc())
    return data, timeline, errors


# ---------------------------------------------------------------- sidebar

st.set_page_config(page_title="株洲疫情时间线", page_icon="📈", layout="wide")

with st.sidebar:
    lang = st.radio(view.ui("language_label"), ["zh", "en"], key="lang", horizontal=True,
                    format_func=lambda v: {"zh": "中文", "en": "English"}[v])
    st.header(view.ui("settings", lang))
    folder = st.text_input(view.ui("corpus_dir", lang), value=DEFAULT_CORPUS, key="corpus_dir",
                           help=view.ui("corpus_help", lang)).strip()

if not Path(folder).is_dir():
    st.title(view.ui("page_title", lang))
    st.error(view.ui("corpus_missing", lang, folder=folder))
    st.stop()

data, timeline, load_errors = load(str(Path(folder).resolve()), corpus_fingerprint(folder))
points, articles = timeline.points, data.article_by_name

for name, zh, en in load_errors:
    st.sidebar.warning(view.ui("file_error", lang, name=name, msg=en if lang == "en" else zh))
if points.empty:
    st.title(view.ui("page_title", lang))
    st.warning(view.ui("corpus_empty", lang))
    st.stop()

with st.sidebar:
    basis = st.radio(view.ui("date_basis_label", lang), ["asof", "published"], key="date_basis",
                     format_func=lambda v: view.ui(f"basis_{v}", lang))
    lo, hi = view.date_bounds(points, basis)
    if lo is None:   # publication dates unknown (no corpus.json): fall back to as-of dates
        st.warning(view.ui("no_published", lang))
        basis = "asof"
        lo, hi = view.date_bounds(points, basis)
    range_key = f"date_range_{basis}"
    if not view.range_within(st.session_state.get(range_key), lo, hi):
        st.session_state.pop(range_key, None)   # another corpus: its old range may not fit
    picked = st.date_input(view.ui("date_range", lang), value=(lo, hi), min_value=lo,
                           max_value=hi, key=range_key, format="YYYY-MM-DD")
    start, end = view.normalize_range(picked, lo, hi)
    regions = view.region_options(points, data.city)
    if st.session_state.get("region") not in regions:
        st.session_state.pop("region", None)
    region = st.selectbox(view.ui("region_label", lang), regions, key="region")
    all_metrics = view.metric_options(points)
    kept = [m for m in st.session_state.get("metrics", []) if m in all_metrics]
    if kept != st.session_state.get("metrics", kept):   # another corpus lacks some metrics
        st.session_state.pop("metrics")
    metrics = st.multiselect(view.ui("metrics_label", lang), all_metrics, default=all_metrics,
                             key="metrics", format_func=lambda m: metric_name(m, lang))
    log = st.checkbox(view.ui("log_label", lang), key="log_scale")

# ---------------------------------------------------------------- header and cards

st.title(view.ui("page_title", lang))
st.caption(data.source_line(lang))
sep = "：" if lang == "zh" else ": "
st.info(f"{view.ui(f'basis_note_{basis}', lang)}  \n{view.ui('date_range', lang)}{sep}"
        f"{format_date(start, lang)} — {format_date(end, lang)}")

st.subheader(f"{region} · {view.ui('cards_header', lang)}")
for col, card in zip(st.columns(5), view.headline_cards(points, region, lang, basis, end)):
    with col:
        st.metric(card.label, card.value, card.delta, delta_color=card.delta_color,
                  delta_description=card.delta_description, help=card.help or None, border=True)
        st.caption(card.caption)

# ---------------------------------------------------------------- charts

shown = view.shown_points(points, start, end, metrics, basis)
events = view.events_in_range(data.events, start, end)
resumption_regions = None if region == data.city else [region]
resumption_pts = shown if resumption_regions is None else \
    view.shown_points(shown, regions=resumption_regions, date_basis=basis)
file_date = view.last_asof(shown) or view.last_asof(points)
source = data.source_line(lang)

figures = {
    "cumulative_cases": charts.cumulative_cases(shown, region=region, lang=lang, events=events,
                                                log=log, date_basis=basis),
    "daily_new_cases": charts.daily_new_cases(shown, region=region, lang=lang, events=events,
                                              date_basis=basis),
    "observation": charts.observation(shown, region=region, lang=lang, events=events,
                                      date_basis=basis),
    "resumption_rates": charts.resumption_rates(resumption_pts, lang=lang, events=events,
                                                date_basis=basis),
    "resumption_counts": charts.resumption_counts(resumption_pts, lang=lang, as_of=end,
                                                  date_basis=basis),
}
drawn = {name: fig for name, fig in figures.items() if view.has_data(fig)}

st.subheader(view.ui("charts_header", lang))
st.caption(view.ui("chart_hint", lang))
if not any(n in drawn for n in charts.REGIONAL_CHARTS):
    st.caption(view.ui("no_case_data", lang, region=region))
if not drawn:
    st.info(view.ui("no_chart_data", lang))

selected: list[str] = []   # point ids newly selected in a chart or the table this run


def _take(key: str, pids: list[str]) -> None:
    """Remember a widget's selection; a *changed* one becomes the evidence point."""
    seen = f"_seen_{key}"
    if tuple(pids) != st.session_state.get(seen, ()):
        st.session_state[seen] = tuple(pids)
        selected.extend(pids[:1])


for name, fig in drawn.items():   # full width: the charts are laid out for 16:9 slides
    fig = view.add_source_note(fig, source)
    event = st.plotly_chart(fig, key=f"chart_{name}", theme=None, on_select="rerun",
                            selection_mode="points",
                            config=charts.config_for_download(name, lang, date=file_date))
    _take(f"chart_{name}", view.pids_from_chart_event(event, fig))

with st.expander(view.ui("derived_header", lang)):
    st.write(view.ui("derived_text", lang))

# Evidence sits under the charts but is filled in last, once the table's selection is known.
evidence_box = st.container(border=True)

# ---------------------------------------------------------------- data table

st.subheader(view.ui("table_header", lang))
all_regions = st.checkbox(view.ui("table_all_regions", lang), key="table_all_regions")
table_pts = shown if all_regions else view.shown_points(shown, regions=[region], date_basis=basis)
table = view.table_frame(table_pts, lang)
point_col = view.ui("col_point", lang)
st.caption(view.ui("table_caption", lang, n=len(table)))
table_event = st.dataframe(table, key="data_table", on_select="rerun",
                           selection_mode="single-row", hide_index=True)
_take("data_table", view.pids_from_table_event(table_event, table, point_col))
st.download_button(view.ui("download_csv", lang), view.csv_bytes(table),
                   file_name=view.csv_name(None if all_regions else region, start, end, lang),
                   mime="text/csv", key="download_csv")

# ---------------------------------------------------------------- data quality and events

st.subheader(view.ui("quality_header", lang))
q1, q2 = st.columns(2)
with q1:
    st.markdown(f"**{view.ui('conflicts_header', lang)}**")
    items = view.conflict_items(timeline.conflicts, points, articles, lang)
    if not items:
        st.success(view.ui("conflicts_none", lang))
    for item in items:
        with st.expander(item.title, expanded=True):
            st.text(item.message)
            for block in item.blocks:
                st.html(block)
with q2:
    st.markdown(f"**{view.ui('checks_header', lang)}**")
    items = view.check_items(timeline.failed_checks, articles, lang)
    if not items:
        st.success(view.ui("checks_none", lang))
    for item in items:
        with st.expander(item.title, expanded=True):
            st.text(item.message)
            for block in item.blocks:
                st.html(block)

st.subheader(view.ui("events_header", lang))
ev_table = view.events_table(data.events, lang, start, end)
if ev_table.empty:
    st.caption(view.ui("events_none", lang))
else:
    st.dataframe(ev_table, hide_index=True, key="events_table")

# ---------------------------------------------------------------- evidence (filled last)

choices = view.point_choices(shown)
if selected and selected[-1] in choices:
    st.session_state[EVIDENCE_KEY] = selected[-1]
if st.session_state.get(EVIDENCE_KEY) not in choices:
    st.session_state[EVIDENCE_KEY] = None
labels_by_pid = {pid: view.point_label(row, lang)
                 for pid, row in zip(shown["point_id"], shown.to_dict("records"))}

with evidence_box:
    st.markdown(f"**{view.ui('evidence_header', lang)}**")
    pid = st.selectbox(view.ui("evidence_select", lang), choices, index=None, key=EVIDENCE_KEY,
                       format_func=lambda p: labels_by_pid.get(p, p),
                       placeholder=view.ui("evidence_placeholder", lang))
    ev = view.evidence_view(points, pid, articles, timeline.conflicts, lang)
    if not ev.found:
        st.caption(view.ui("evidence_none", lang))
    else:
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
