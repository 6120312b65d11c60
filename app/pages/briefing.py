"""简报 / Briefing: the PPTX deck and the ZIP of chart PNGs for the region and language shown,
built on the server (kaleido's Chromium) with a progress bar."""

from __future__ import annotations

import os

import streamlit as st

from app import filters
from app.pages import parts, shell
from app.text import md_plain as md
from briefing import chromium, export, labels
from briefing.labels import t

ctx = shell.context()
shell.require(ctx)
lang, f, data, timeline = ctx.lang, ctx.filters, ctx.data, ctx.timeline

# Chromium for the exports starts now, in the background, while the user reads the page
# (ZZ_WARM_EXPORT=0 turns this off, as the tests do).
if os.environ.get("ZZ_WARM_EXPORT", "1") != "0":
    chromium.warm_up()

parts.title(ctx, t("page_briefing", lang))
st.caption(md(labels.source_line(data.meta.paper, data.published_span(), lang)))
st.info(t("briefing_scope", lang, region=md(labels.place_name(f.region, lang))))
st.caption(t("export_hint", lang))
export_key = (ctx.folder, ctx.fingerprint, ctx.city, lang, f.region)
file_date = filters.last_asof(ctx.points)
stamp = f"{file_date:%Y-%m-%d}_" if file_date is not None else ""


@st.cache_resource(max_entries=16, show_spinner=False)
def deck_charts(key: tuple, _data, _timeline) -> list:
    """The deck's slide charts for one corpus, language and region, laid out once."""
    _, _, _, lang, region = key
    return export.slide_charts(_data, lang, region, _timeline)[0]


def build(kind: str, make, file_name: str, mime: str) -> None:
    """A build button (needs Chromium on the server) and, once built for exactly this corpus,
    language and region, its download button."""
    if st.button(t(f"export_{kind}", lang), key=f"build_{kind}", type="primary" if kind == "deck" else "secondary"):
        bar = st.progress(0.0, text=t("export_busy", lang))
        try:
            st.session_state[kind] = (
                export_key,
                make(lambda done, total: bar.progress(done / total, text=t("export_busy", lang))),
            )
        except chromium.ExportUnavailable as exc:
            st.warning(md(str(exc)))
        finally:
            bar.empty()
    if st.session_state.get(kind, (None,))[0] == export_key:
        st.download_button(
            t(f"export_download_{kind}", lang),
            st.session_state[kind][1],
            file_name=file_name,
            mime=mime,
            key=f"download_{kind}",
        )


def deck(progress) -> bytes:
    from briefing.deck import build_deck  # python-pptx loads only when asked

    return build_deck(
        data, lang, region=f.region, timeline=timeline, ready=deck_charts(export_key, data, timeline), progress=progress
    )


def charts_zip(progress) -> bytes:
    return export.charts_zip(data, lang, region=f.region, timeline=timeline)


e1, e2 = st.columns(2)
with e1:
    build(
        "deck",
        deck,
        f"briefing_{stamp}{lang}.pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    )
with e2:
    build("zip", charts_zip, f"charts_{stamp}{lang}.zip", "application/zip")
