"""对比 / Compare: small multiples, one panel per city (an archive's papers) or per place (a
feed's places, a city's districts); a click shows the sentence (corrections are on the
Manage corpus page)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from app import cards, evidence, filters, selections
from app.pages import parts, shell
from app.text import md_plain as md
from briefing import charts, labels
from briefing.labels import t
from store.loader import corpus_fingerprint

ctx = shell.context()
lang = ctx.lang
COMPARE_DEFAULT = 4  # panels a page opens with: wider than four, a panel is too narrow to read

parts.title(ctx, t("compare_page_title", lang))
if ctx.problem:
    st.error(ctx.problem)
    st.stop()

# (panel title, region, CorpusData, Timeline) per panel
panels = []
if ctx.papers:
    chosen = st.multiselect(
        t("papers_label", lang),
        ctx.papers,
        key=shell.widget_key("compare", lang, ctx.papers[:COMPARE_DEFAULT]),
        help=t("papers_help", lang),
        format_func=lambda p: ctx.paper_labels[p],
    )
    st.session_state["compare"] = chosen
    for paper in chosen:
        data, timeline, errors = shell.load(str(Path(paper).resolve()), corpus_fingerprint(paper), "")
        for name, zh, en in errors:
            st.sidebar.warning(t("file_error", lang, name=md(name), msg=md(en if lang == "en" else zh)))
        if data is not None and not timeline.points.empty and data.city:  # a feed has no one city
            panels.append((ctx.paper_labels[paper], data.city, data, timeline))
    # chart panels: the city alone where no other panel has it (short), else city · paper
    titles = filters.panel_titles([(data.city, title) for title, _, data, _ in panels], lang)
else:
    shell.require(ctx)
    regions = filters.region_options(ctx.points, ctx.data.city)
    chosen = st.multiselect(
        t("compare_regions", lang),
        regions,
        key=shell.widget_key("compare_regions", lang, regions[:COMPARE_DEFAULT]),
        format_func=lambda r: labels.place_name(r, lang),
    )
    st.session_state["compare_regions"] = chosen
    panels = [(labels.place_name(r, lang), r, ctx.data, ctx.timeline) for r in chosen]
    titles = [title for title, *_ in panels]

if not panels:
    st.info(t("compare_pick", lang))
    st.stop()

for title, region, _, timeline in panels:
    st.markdown(f"**{md(t('compare_cards_of', lang, panel=title))}**")
    for col, card in zip(st.columns(5), cards.headline_cards(timeline.points, region, lang)):
        with col:
            st.metric(md(card.label), card.value, card.delta, delta_color=card.delta_color, border=True)
            st.caption(md(card.caption))
st.caption(t("compare_hint", lang))

for name in charts.CHARTS:
    if name not in charts.REGIONAL_CHARTS:
        continue
    fig = charts.compare_chart(name, [(region, tl.points) for _, region, _, tl in panels], lang=lang, titles=titles)
    if not selections.has_data(fig):
        continue
    event = st.plotly_chart(fig, key=f"compare_{name}", theme=None, on_select="rerun", selection_mode="points")
    for panel, pid in selections.compare_picks(event, fig)[:1]:
        _, _, data, timeline = panels[panel]
        ev = evidence.evidence_view(timeline.points, pid, data.article_by_name, timeline.conflicts, lang)
        if ev.found:
            with st.container(border=True):
                st.html(evidence.heading_html(ev.title))
                for block in ev.blocks:
                    st.html(block)
