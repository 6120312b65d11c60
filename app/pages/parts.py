"""Pieces several pages draw: a figure's evidence with its correction form, messages, a title
with the copy-link box."""

from __future__ import annotations

import streamlit as st

from app import editing
from app.evidence import evidence_view, heading_html
from app.pages import shell
from app.text import md_plain as md
from briefing import labels
from briefing.labels import t


def show(messages) -> None:
    for m in messages:
        getattr(st, m.level)(md(m.text))


def title(ctx: shell.Context, text: str) -> None:
    """The page's title, the copy-link box beside it, and what the link's view lacked."""
    left, right = st.columns([5, 1], vertical_alignment="bottom")
    left.title(md(text))
    with right:
        shell.link_box(ctx)
    for note in ctx.notes:
        st.warning(note)


def evidence(ctx: shell.Context, pid: str, where: str) -> None:
    """A figure's sources with the sentence marked, and its correction form. where: the place
    it is shown (a chart, the table, the picker), so each place's widgets have their own keys;
    the picker's are the point's own (editing.fix_key)."""
    lang, points = ctx.lang, ctx.points
    ev = evidence_view(points, pid, ctx.articles, ctx.timeline.conflicts, lang)
    if not ev.found:
        st.caption(t("evidence_none", lang))
        return
    st.html(heading_html(ev.title))
    if ev.note:
        st.text(ev.note)
    if ev.blocks and ev.derived:
        st.caption(t("evidence_inputs", lang))
    for block in ev.blocks:
        st.html(block)
    if ev.candidates:
        st.caption(t("evidence_conflict", lang))
        for block in ev.candidates:
            st.html(block)
    point = points.loc[points["point_id"] == pid].iloc[0]
    if bool(point["corrected"]):
        st.caption("✎ " + t("corr_badge", lang))
    if ev.derived:
        return
    key = pid if where == "picker" else f"{pid}@{where}"
    # Every widget is keyed by the point: a shared key showed the previously selected point's
    # value and date and saved them against this one. No action is preselected: marking a
    # figure wrong must be a choice.
    with st.expander(t("fix_header", lang)), st.form(editing.fix_key("form", key)):
        docs = list(point["docs"]) or [point["doc"]]
        fix_doc = st.selectbox(
            t("fix_doc", lang),
            docs,
            key=editing.fix_key("doc", key),
            format_func=lambda d: labels.source_name(d, ctx.articles, ctx.data.meta.paper, lang),
            help=", ".join(docs),
        )
        action = st.radio(
            t("fix_action", lang),
            editing.ACTIONS,
            index=None,
            key=editing.fix_key("action", key),
            format_func=lambda a: t(f"fix_{a}", lang),
        )
        new_value = st.number_input(
            t("fix_value", lang), value=float(point["value"]), key=editing.fix_key("value", key)
        )
        new_date = st.date_input(t("fix_date", lang), value=point["date"].date(), key=editing.fix_key("date", key))
        note = st.text_input(t("fix_note", lang), key=editing.fix_key("note", key))
        if st.form_submit_button(t("fix_submit", lang)):
            st.session_state["fix_message"] = (
                where,
                editing.correct_point(ctx.folder, point, fix_doc, action, lang, new_value, new_date.isoformat(), note),
            )
            st.rerun()  # the whole page: the corrected figure changes every chart


def fix_message(where: str) -> None:
    if st.session_state.get("fix_message", ("",))[0] == where:
        show([st.session_state.pop("fix_message")[1]])


def evidence_under(ctx: shell.Context, pids: list[str], where: str, labels_by_pid: dict[str, str]) -> None:
    """The evidence of a click, right under what was clicked (not a screen away)."""
    fix_message(where)
    if pids and pids[0] in labels_by_pid:
        with st.container(border=True):
            st.markdown(f"**{t('evidence_header', ctx.lang)}** · {md(labels_by_pid[pids[0]])}")
            evidence(ctx, pids[0], where)
