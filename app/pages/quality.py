"""数据质量 / Data quality: conflicting reports, failed checks, the paper against the official
series."""

from __future__ import annotations

import streamlit as st

from app import evidence, quality, selections, tables
from app.pages import parts, shell
from app.text import md_plain as md
from briefing.labels import t
from briefing.reconcile import VERDICTS, reconcile, verdict_counts

ctx = shell.context()
shell.require(ctx)
lang, f, data, points = ctx.lang, ctx.filters, ctx.data, ctx.points
timeline, articles = ctx.timeline, ctx.articles

parts.title(ctx, t("page_quality", lang))
st.subheader(t("quality_header", lang))


def quality_panel(header: str, total: int, items_on, none_key: str, key: str) -> None:
    """Conflicts or failed checks, each with its evidence (escaped HTML from app.quality); a
    page of them at a time (an archive has thousands), built only for the page shown."""
    st.markdown(f"**{t(header, lang)}**")
    if not total:
        st.success(t(none_key, lang))
        return
    page = 1
    if total > quality.QUALITY_PAGE_ITEMS:
        pages = quality.quality_pages(total)
        page = st.number_input(
            t("quality_page", lang, n=total, pages=pages, per=quality.QUALITY_PAGE_ITEMS),
            min_value=1,
            max_value=pages,
            value=1,
            step=1,
            key=key,
        )
    for item in items_on(page):
        with st.expander(md(item.title), expanded=total <= quality.QUALITY_PAGE_ITEMS):
            st.text(item.message)
            for block in item.blocks:
                st.html(block)


q1, q2 = st.columns(2)
with q1:
    quality_panel(
        "conflicts_header",
        len(quality.conflict_keys(timeline.conflicts)),
        lambda page: quality.conflict_items_page(timeline.conflicts, points, articles, lang, page),
        "conflicts_none",
        "conflicts_page",
    )
with q2:
    quality_panel(
        "checks_header",
        len(timeline.failed_checks),
        lambda page: quality.check_items_page(timeline.failed_checks, articles, lang, page),
        "checks_none",
        "checks_page",
    )

st.subheader(t("recon_header", lang))
if data.official is None or data.official.empty:
    st.caption(t("recon_no_series", lang))
else:
    recon = reconcile(points, data.official)  # by as-of date
    first = data.official.iloc[0]
    st.caption(
        md(
            t(
                "recon_source",
                lang,
                source=first["source_en" if lang == "en" else "source"],
                convention=t(f"convention_{first['convention']}", lang),
            )
        )
    )
    if recon.empty:
        st.caption(t("recon_none", lang))
    else:
        st.info(t("recon_counts", lang, n=len(recon), **verdict_counts(recon)))
        verdicts = st.multiselect(
            t("recon_filter", lang),
            list(VERDICTS),
            key=shell.widget_key("recon_verdicts", lang, list(VERDICTS)),
            format_func=lambda v: t(f"verdict_{v}", lang),
        )
        st.session_state["recon_verdicts"] = verdicts
        recon_table = tables.reconciliation_frame(recon, lang, verdicts, articles, data.meta.paper)
        st.caption(t("recon_hint", lang))
        shown = points[points["point_id"].isin(set(recon_table.get(t("col_point", lang), [])))]
        labels_by_pid = {
            pid: evidence.point_label(row, lang) for pid, row in zip(shown["point_id"], shown.to_dict("records"))
        }

        @st.fragment
        def recon_block(rows) -> None:
            event = st.dataframe(
                rows, key="recon_table", on_select="rerun", selection_mode="single-row", hide_index=True
            )
            pids = selections.pids_from_table_event(event, rows, t("col_point", lang))
            parts.evidence_under(ctx, pids, "recon_table", labels_by_pid)

        recon_block(recon_table)
        st.download_button(
            t("recon_download", lang),
            tables.csv_bytes(recon_table),
            file_name=f"official_{data.city}.csv",
            mime="text/csv",
            key="recon_csv",
        )
