"""The baseline for bench/bench_dashboard_browser.py: a bare Streamlit page with one small
Plotly line chart and nothing else (no data loading, no sidebar, no widgets).

    streamlit run bench/minimal_app.py
"""

import plotly.graph_objects as go
import streamlit as st

st.title("Minimal Plotly app")
fig = go.Figure(
    go.Scatter(x=list(range(20)), y=[(i * 7) % 11 + i for i in range(20)], mode="lines+markers", name="series")
)
fig.update_layout(height=400, margin=dict(l=40, r=20, t=40, b=40), title="One line chart")
st.plotly_chart(fig, key="chart")
