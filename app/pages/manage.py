"""管理语料 / Manage corpus: the folder and its home city, adding articles, adding a figure the
extractor missed, corrections (list, undo), importing an official series, the records store.
Opens even when the corpus cannot be read: this is where the folder is changed."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from app import editing, evidence
from app.pages import parts, shell
from app.text import md_plain as md
from briefing import labels
from briefing.labels import t
from extract.errors import InputError
from store import corrections as corr
from store.ingest import DEFAULT_MAX_BYTES
from store.official import CONVENTIONS, MAX_SERIES_BYTES, import_series_data
from store.recordstore import STORE_NAME, RecordStore

ctx = shell.context()
lang = ctx.lang

parts.title(ctx, t("page_manage", lang))

# ---------------------------------------------------------------- the folder and its city

st.subheader(t("manage_folder_header", lang))
key = shell.widget_key("corpus_dir", lang, ctx.corpus)
folder_typed = st.text_input(t("corpus_dir", lang), key=key, help=t("corpus_help", lang)).strip()
if folder_typed != ctx.corpus:  # another folder: the whole app reads it
    st.session_state["corpus_dir"] = folder_typed
    st.rerun()
if ctx.problem:
    st.error(ctx.problem)
    st.stop()

folder = ctx.folder
if ctx.papers:
    st.caption(t("manage_paper", lang, paper=md(ctx.paper_labels.get(folder, folder))))
city_key = f"home_city::{folder}"
city = st.text_input(
    t("city_label", lang), key=shell.widget_key(city_key, lang, ctx.meta_city), help=t("city_help", lang)
).strip()
if city != ctx.city:
    st.session_state[city_key] = city
    st.rerun()
if (line := shell.home_city_note(ctx)) is not None:
    getattr(st, line.level)(line.text)  # the words escaped in the table's own markdown
    if ctx.data.home.source in ("guessed", "unknown"):  # offer to keep the answer in the folder
        with st.form(f"save_city::{folder}"):
            paper_name = st.text_input(t("city_save_paper", lang), value=ctx.data.meta.paper or Path(folder).name)
            label = "city_save" if ctx.data.home.city else "city_save_feed"
            if st.form_submit_button(t(label, lang)):
                saved = editing.save_home_city(folder, ctx.data.home.city, paper_name, lang)
                getattr(st, saved.level)(saved.text)
                if saved.level == "success":
                    st.rerun()
for name, zh, en in ctx.errors:
    st.warning(t("file_error", lang, name=md(name), msg=md(en if lang == "en" else zh)))

# ---------------------------------------------------------------- articles

st.subheader(t("add_header", lang))
st.caption(t("add_limit", lang, mb=DEFAULT_MAX_BYTES // (1024 * 1024)))
with st.form("add_articles", clear_on_submit=True):
    uploads = st.file_uploader(
        t("add_files", lang), type=["txt", "html", "htm"], accept_multiple_files=True, key="upload_files"
    )
    pasted_title = st.text_input(t("add_title", lang), key="paste_title")
    pasted = st.text_area(t("add_paste", lang), key="paste_text", height=120)
    published = st.text_input(t("add_published", lang), key="add_published")
    submitted = st.form_submit_button(t("add_submit", lang))
if submitted:
    # extracted in the server's worker process, one article at a time: the bar moves, a refusal
    # stops nothing, and other sessions' pages are not held up
    bar = st.progress(0.0, text=t("add_busy", lang))
    msgs = editing.add_articles(
        folder,
        [(f.name, f.getvalue()) for f in uploads or []],
        (pasted_title, pasted),
        published,
        lang,
        progress=lambda done, total: bar.progress(done / total, text=t("add_busy", lang)),
    )
    bar.empty()
    st.session_state["add_messages"] = msgs or [editing.Message("warning", t("add_nothing", lang))]
    st.rerun()  # the new files change the corpus fingerprint: reload
parts.show(st.session_state.get("add_messages", []))

if not ctx.ready:
    st.stop()
data, articles = ctx.data, ctx.articles

# ---------------------------------------------------------------- a missed figure

st.subheader(t("add_fig_header", lang))
parts.fix_message("add_figure")
# outside the form, so typing filters the list at once
article_filter = st.text_input(t("add_fig_filter", lang), key="add_fig_filter")
names = evidence.article_options(articles, article_filter, evidence.ARTICLE_OPTIONS)
if len(articles) > len(names) and not article_filter:
    st.caption(t("add_fig_more", lang, n=evidence.ARTICLE_OPTIONS))
with st.form("add_figure_form"):
    add_doc = st.selectbox(
        t("fix_doc", lang),
        names,
        key="add_fig_doc",
        format_func=lambda d: labels.source_name(d, articles, data.meta.paper, lang),
    )
    add_metric = st.selectbox(
        t("add_fig_metric", lang),
        editing.metric_choices(),
        key=shell.widget_key("add_fig_metric", lang),
        format_func=lambda m: editing.metric_label(m, lang),
    )
    add_date = st.date_input(t("fix_date", lang), value=ctx.filters.end or ctx.filters.hi, key="add_fig_date")
    add_region = st.text_input(t("add_fig_region", lang), value=data.city or "", key="add_fig_region")
    add_sector = st.text_input(t("add_fig_sector", lang), key="add_fig_sector")
    add_value = st.number_input(t("fix_value", lang), min_value=0.0, key="add_fig_value")
    add_unit = st.text_input(t("add_fig_unit", lang), key="add_fig_unit")
    add_note = st.text_input(t("fix_note", lang), key="add_fig_note")
    if st.form_submit_button(t("add_fig_submit", lang)):
        st.session_state["fix_message"] = (
            "add_figure",
            editing.add_figure(
                folder,
                add_doc,
                add_metric,
                add_date.isoformat(),
                add_value,
                lang,
                region=add_region,
                sector=add_sector,
                unit=add_unit,
                note=add_note,
            ),
        )
        st.rerun()

# ---------------------------------------------------------------- corrections

st.subheader(t("corr_header", lang))
rows = editing.correction_rows(folder, lambda: data.extracted, lang)
if not rows:
    st.caption(t("corr_none", lang))
for row in rows:
    c1, c2 = st.columns([6, 1])
    c1.text(row.text)
    if row.active and c2.button(t("corr_undo", lang), key=f"undo_{row.id}"):
        corr.undo_correction(folder, row.id)
        st.rerun()

# ---------------------------------------------------------------- an official series

st.subheader(t("official_header", lang))
st.caption(t("official_help", lang, mb=MAX_SERIES_BYTES // (1024 * 1024)))
with st.form("import_official", clear_on_submit=True):
    series_file = st.file_uploader(t("official_file", lang), type=["csv"], key="official_file")
    source = st.text_input(t("official_source", lang), key="official_source")
    source_en = st.text_input(t("official_source_en", lang), key="official_source_en")
    convention = st.radio(
        t("official_convention", lang),
        CONVENTIONS,
        index=None,
        key="official_convention",
        format_func=lambda c: t(f"convention_{c}", lang),
    )
    series_region = st.text_input(
        t("official_region", lang), key="official_region", help=t("official_region_help", lang)
    )
    if st.form_submit_button(t("official_submit", lang)):
        if series_file is None or not source.strip() or convention is None:
            st.session_state["official_message"] = editing.Message("warning", t("official_missing", lang))
        else:
            try:
                n = import_series_data(
                    folder,
                    series_file.getvalue(),
                    series_file.name,
                    source.strip(),
                    convention,
                    series_region.strip() or None,
                    source_en.strip(),
                )
                st.session_state["official_message"] = editing.Message("success", t("official_done", lang, n=n))
            except InputError as exc:
                st.session_state["official_message"] = editing.Message("error", exc.en if lang == "en" else exc.zh)
        st.rerun()
if "official_message" in st.session_state:
    parts.show([st.session_state.pop("official_message")])

# ---------------------------------------------------------------- the records store

st.subheader(t("store_header", lang))
store = data.store if isinstance(data.store, RecordStore) else None
if store is None:
    st.caption(t("store_memory", lang))
else:
    try:
        n = store.count()
        st.caption(
            t(
                "store_counts",
                lang,
                name=STORE_NAME,
                articles=n["articles_current"],
                records=n["records"],
                events=n["events"],
            )
        )
    except Exception as exc:
        st.caption(t("store_busy", lang, why=md(str(exc))))
