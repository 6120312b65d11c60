"""时间线 / Timeline, the landing page: the region's latest figures and the five charts, a
click's evidence under the chart clicked; any figure's evidence from a list (the keyboard's
way to every point)."""

from __future__ import annotations

import os

import streamlit as st

from app import cards, evidence, filters, selections, tables
from app.pages import parts, shell
from app.text import md_plain as md
from briefing import charts, chromium, export, labels
from briefing.events import events_between
from briefing.labels import format_date, t
from briefing.reconcile import reconcile

ctx = shell.context()
shell.require(ctx)
lang, f, data, points = ctx.lang, ctx.filters, ctx.data, ctx.points

parts.title(ctx, ctx.title)
source = labels.source_line(data.meta.paper, data.published_span(), lang)
st.caption(md(source))
sep = "：" if lang == "zh" else ": "
st.info(
    f"{t(f'basis_note_{f.basis}', lang)}  \n{t('date_range', lang)}{sep}"
    f"{format_date(f.start, lang)} — {format_date(f.end, lang)}"
)
if (line := shell.home_city_note(ctx)) is not None:
    st.caption(line.text)  # the words escaped in the table's own markdown; kept on Manage corpus

st.subheader(f"{md(labels.place_name(f.region, lang))} · {t('cards_header', lang)}")
for col, card in zip(st.columns(5), cards.headline_cards(points, f.region, lang, f.basis, f.end)):
    with col:
        st.metric(
            md(card.label),
            card.value,
            card.delta,
            delta_color=card.delta_color,
            delta_description=card.delta_description,
            help=md(card.help) if card.help else None,
            border=True,
        )
        st.caption(md(card.caption))

recon = reconcile(points, data.official)  # the paper against the official series, by as-of date
if line := tables.official_latest_line(recon[recon["region"] == f.region], lang, f.end):
    st.caption(md(line))

shown = filters.shown_points(points, f.start, f.end, f.metrics, f.basis)
# Key events before the first figure (首例确诊, 一级响应 …) stay on the charts unless the user
# narrowed the range's start themselves.
events = events_between(ctx.timeline.events, None if f.start == f.lo else f.start, f.end)
resumption_pts = shown if f.region == data.city else filters.shown_points(shown, regions=[f.region], date_basis=f.basis)
file_date = filters.last_asof(shown) or filters.last_asof(points)


@st.cache_resource(max_entries=320, show_spinner=False)
def slide_figure(state: tuple, name: str, _shown, _resumption_pts, _events, _points, _official=None):
    """One chart for one filter state, built once (None when it has no data): a click, a row or
    a form reruns the page without rebuilding it (state: the corpus fingerprint and every
    filter; the frames follow from it). It is the slide figure the export writes, so the
    camera button downloads the slide's picture (title, as-of subtitle, source line)."""
    _, _, _, lang, region, basis, log, avg, end, home, source = state
    options = {"date_basis": basis}
    if name == "cumulative_cases":
        options["log"] = log
        options["official"] = _official  # the official series' lines beside the paper's points
        options["active"] = True
    if name == "daily_new_cases":
        options["average"] = avg
    if name == "resumption_counts":
        options["as_of"] = end
    pts = _shown if name in charts.REGIONAL_CHARTS else _resumption_pts
    fig = charts.build_chart(name, pts, region=region, lang=lang, events=_events, home=home, **options)
    return (
        export.slide_figure(fig, export.figure_asof(fig, _points), source, lang) if selections.has_data(fig) else None
    )


state = (
    ctx.folder,
    ctx.fingerprint,
    (str(f.start), tuple(f.metrics)),
    lang,
    f.region,
    f.basis,
    f.log,
    f.avg,
    f.end,
    data.city,
    source,
)


def drawn(name: str):
    return slide_figure(state, name, shown, resumption_pts, events, points, data.official)


st.subheader(t("charts_header", lang))
st.caption(t("chart_hint", lang))
chart_notice = st.container()  # filled once the charts are built: which had no data

# The picker lists the region's figures (as the table does): an archive has thousands of
# points, and every option travels to the browser on every run.
choices = evidence.point_choices(filters.shown_points(shown, regions=[f.region], date_basis=f.basis))
labels_by_pid = {pid: evidence.point_label(row, lang) for pid, row in zip(shown["point_id"], shown.to_dict("records"))}


# Each chart and its evidence are one fragment: a click reruns that chart's block, not the page.
@st.fragment
def chart_block(name: str) -> None:
    fig = drawn(name)
    event = st.plotly_chart(
        fig,
        key=f"chart_{name}",
        theme=None,
        on_select="rerun",
        selection_mode="points",
        config=charts.config_for_download(name, lang, date=file_date, city=data.city),
    )
    pids = selections.pids_from_chart_event(event, fig)
    if pids:
        shell.point_param(pids[0])
    parts.evidence_under(ctx, pids, f"chart_{name}", labels_by_pid)


with_data = []
for name in charts.CHARTS:  # each sent as soon as it is built; full width: laid out for 16:9 slides
    if drawn(name) is not None:
        with_data.append(name)
        chart_block(name)
if not any(n in with_data for n in charts.REGIONAL_CHARTS):
    chart_notice.caption(t("no_case_data", lang, region=md(labels.place_name(f.region, lang))))
if not with_data:
    chart_notice.info(t("no_chart_data", lang))

with st.expander(t("derived_header", lang)):
    st.write(t("derived_text", lang))

# Any figure's evidence, picked from a list (what a keyboard user and the tests use).
if shell.current(shell.EVIDENCE_KEY, lang) not in choices:
    shell.forget(shell.EVIDENCE_KEY)  # a figure of another region, range or corpus
with st.container(border=True):
    st.markdown(f"**{t('evidence_header', lang)}**")
    pid = st.selectbox(
        t("evidence_select", lang),
        choices,
        index=None,
        key=shell.widget_key(shell.EVIDENCE_KEY, lang),
        format_func=lambda p: labels_by_pid.get(p, p),
        placeholder=t("evidence_placeholder", lang),
    )
    st.session_state[shell.EVIDENCE_KEY] = pid
    st.caption(t("evidence_select_help", lang))  # a caption: a help icon would share the box's label
    parts.fix_message("picker")
    if pid is not None:
        parts.evidence(ctx, pid, "picker")

# Chromium for the exports starts in the background once the page is drawn, so the first deck
# (Briefing page) does not wait for it (ZZ_WARM_EXPORT=0 turns this off, as the tests do).
if os.environ.get("ZZ_WARM_EXPORT", "1") != "0":
    chromium.warm_up(delay=8.0)  # after the browser has drawn the first page
