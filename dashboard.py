"""疫情时间线 (COVID-19 timeline of a corpus's home city): the dashboard's entry.

    streamlit run dashboard.py                       # the bundled seeds/
    streamlit run dashboard.py -- --corpus DIR       # another corpus folder

It declares the pages (app/pages/: timeline, data & sources, data quality, compare, briefing,
manage corpus) and what they share (app/pages/shell.py: language, corpus, filters, the view
in the URL); what they show is computed in app/ without Streamlit, and unit tested there.
"""

from __future__ import annotations

import streamlit as st

from app.evidence import EVIDENCE_CSS
from app.pages import shell
from app.text import page_title
from app.web_font import ensure_static_font

# The title names the corpus's home city; until it is known, the bare title.
st.set_page_config(page_title=page_title(""), page_icon="📈", layout="wide")
ensure_static_font()  # dev.sh put it there already; a bare `streamlit run` gets it from the next load
st.html(EVIDENCE_CSS)  # style tags only: applied to the page, no element drawn

start = shell.language()
pages = shell.pages(start.lang)
current = st.navigation(list(pages.values()), position="sidebar")
page = next(url for url, p in pages.items() if p is current)
ctx = shell.open_corpus(start, page)
shell.sidebar_filters(ctx, page)
current.run()
shell.write_link(ctx)
