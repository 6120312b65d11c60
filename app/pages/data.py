"""数据与出处 / Data & sources: every figure shown, a row's evidence under the table, the key
events, the CSV."""

from __future__ import annotations

import streamlit as st

from app import evidence, filters, selections, tables
from app.pages import parts, shell
from briefing.events import events_between
from briefing.labels import t

ctx = shell.context()
shell.require(ctx)
lang, f, data, points = ctx.lang, ctx.filters, ctx.data, ctx.points

parts.title(ctx, t("page_data", lang))
shown = filters.shown_points(points, f.start, f.end, f.metrics, f.basis)
labels_by_pid = {pid: evidence.point_label(row, lang) for pid, row in zip(shown["point_id"], shown.to_dict("records"))}

st.subheader(t("table_header", lang))
all_regions = st.checkbox(t("table_all_regions", lang), key="table_all_regions")
table_pts = shown if all_regions else filters.shown_points(shown, regions=[f.region], date_basis=f.basis)
table = tables.table_frame(table_pts, lang, ctx.articles, data.meta.paper)
point_col = t("col_point", lang)
st.caption(t("table_caption", lang, n=len(table)))
shown_rows = table
if len(table) > tables.TABLE_PAGE_ROWS:  # an archive's thousands of rows: a page at a time
    pages = -(-len(table) // tables.TABLE_PAGE_ROWS)
    page = st.number_input(
        t("table_page", lang, pages=pages, rows=tables.TABLE_PAGE_ROWS),
        min_value=1,
        max_value=pages,
        value=1,
        step=1,
        key="table_page",
    )
    shown_rows = tables.table_page(table, page)


@st.fragment
def table_block(rows, key: str) -> None:
    """A table of figures and the evidence of its selected row: a row click reruns only this."""
    event = st.dataframe(rows, key=key, on_select="rerun", selection_mode="single-row", hide_index=True)
    pids = selections.pids_from_table_event(event, rows, point_col)
    if pids:
        shell.point_param(pids[0])
    parts.evidence_under(ctx, pids, key, labels_by_pid)


table_block(shown_rows, "data_table")
st.download_button(
    t("download_csv", lang),
    tables.csv_bytes(table),
    file_name=tables.csv_name(None if all_regions else f.region, f.start, f.end, lang, city=data.city),
    mime="text/csv",
    key="download_csv",
)

st.subheader(t("events_header", lang))
events = events_between(ctx.timeline.events, None if f.start == f.lo else f.start, f.end)
ev_table = tables.events_table(events, lang, articles=ctx.articles, paper=data.meta.paper)  # as charted
if ev_table.empty:
    st.caption(t("events_none", lang))
else:
    st.dataframe(ev_table, hide_index=True, key="events_table")
