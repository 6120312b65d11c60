"""What a click on a chart or a table row selected, as point ids."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd


def _get(obj: Any, key: str, default=None):
    if obj is None:
        return default
    if isinstance(obj, Mapping):
        return obj.get(key, default)
    try:
        return obj[key]
    except (KeyError, TypeError, IndexError):
        return getattr(obj, key, default)


def pids_from_chart_event(event: Any, fig=None) -> list[str]:
    """Point ids of the points selected in a Plotly chart (st.plotly_chart on_select).

    Uses customdata[0] (the point_id every chart trace carries); falls back to the
    figure's trace data when the event has no customdata.
    """
    selection = _get(event, "selection")
    points = _get(selection, "points") or []
    out = []
    for p in points:
        cd = _get(p, "customdata")
        pid = None
        if isinstance(cd, (list, tuple)) and cd:
            pid = cd[0]
        elif isinstance(cd, str):
            pid = cd
        if pid is None and fig is not None:
            curve = _get(p, "curve_number")
            idx = _get(p, "point_index", _get(p, "point_number"))
            try:
                pid = fig.data[int(curve)].customdata[int(idx)][0]
            except (TypeError, IndexError, ValueError, AttributeError):
                pid = None
        if pid:
            out.append(str(pid))
    return list(dict.fromkeys(out))


def pids_from_table_event(event: Any, frame: pd.DataFrame, column: str) -> list[str]:
    """Point ids of the selected rows of st.dataframe(on_select=…) showing frame."""
    rows = _get(_get(event, "selection"), "rows") or []
    out = []
    for r in rows:
        try:
            out.append(str(frame.iloc[int(r)][column]))
        except (IndexError, ValueError, KeyError):
            continue
    return out


def compare_picks(event: Any, fig) -> list[tuple[int, str]]:
    """(panel, point id) of the points clicked in a compare_chart: the panel says whose city."""
    panels = ((fig.layout.meta or {}).get("panel_of_trace") or []) if fig is not None else []
    out = []
    for p in _get(_get(event, "selection"), "points") or []:
        cd = _get(p, "customdata")
        pid = cd[0] if isinstance(cd, (list, tuple)) and cd else cd if isinstance(cd, str) else None
        try:
            panel = panels[int(_get(p, "curve_number"))]
        except (TypeError, ValueError, IndexError):
            continue
        if pid:
            out.append((panel, pid))
    return out


def has_data(fig) -> bool:
    """True when the figure has at least one trace with points."""
    return any(len(getattr(tr, "x", None) or ()) > 0 for tr in fig.data)
