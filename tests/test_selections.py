"""app/selections.py: the points a chart click or a table row selects."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from app import selections


def test_pids_from_chart_and_table_events():
    event = {
        "selection": {"points": [{"curve_number": 0, "point_index": 1, "customdata": ["pid-b", "2月19日", "78例", ""]}]}
    }
    assert selections.pids_from_chart_event(event) == ["pid-b"]
    fig = go.Figure(go.Scatter(x=[1, 2], y=[3, 4], customdata=[["pid-a"], ["pid-b"]]))
    no_custom = {"selection": {"points": [{"curve_number": 0, "point_index": 0}]}}
    assert selections.pids_from_chart_event(no_custom, fig) == ["pid-a"]
    assert selections.pids_from_chart_event(None) == []
    assert selections.pids_from_chart_event({"selection": {"points": []}}) == []
    frame = pd.DataFrame({"point_id": ["x", "y"]})
    assert selections.pids_from_table_event({"selection": {"rows": [1]}}, frame, "point_id") == ["y"]
    assert selections.pids_from_table_event({"selection": {"rows": [7]}}, frame, "point_id") == []


def test_has_data():
    fig = go.Figure(go.Scatter(x=["2020-02-19"], y=[1]))
    assert selections.has_data(fig) and not selections.has_data(go.Figure())
