"""app/tables.py: the data table, its CSV and its pages, and the events table."""

from __future__ import annotations

import datetime as dt
import io

import pandas as pd

from app import filters, tables
from briefing.events import events_between, events_frame
from extract.records import Event


def test_table_pages():
    frame = pd.DataFrame({"x": range(1201)})
    assert list(tables.table_page(frame, 1, 500)["x"])[:2] == [0, 1] and len(tables.table_page(frame, 1, 500)) == 500
    assert list(tables.table_page(frame, 3, 500)["x"]) == [1000 + i for i in range(201)]
    assert len(tables.table_page(frame, 99, 500)) == 201 and len(tables.table_page(frame, 0, 500)) == 500
    assert len(tables.table_page(frame, 1)) == tables.TABLE_PAGE_ROWS
    assert filters.default_range(dt.date(2020, 1, 1), dt.date(2020, 3, 1)) == (dt.date(2020, 1, 1), dt.date(2020, 3, 1))


def test_table_frame_and_csv_round_trip(seeds_timeline):
    _, tl = seeds_timeline
    pts = filters.shown_points(tl.points, "2020-02-17", "2020-02-19", None, "asof", ["株洲市"])
    frame = tables.table_frame(pts, "zh")
    assert len(frame) == len(pts) and list(frame.columns)[:4] == ["数据截至日期", "报道日期", "地区", "指标"]
    assert set(frame["数据截至日期"]) == {"2020-02-17", "2020-02-19"}
    derived = frame[frame["推算"]]
    assert list(derived["指标"]) == ["现有确诊", "治愈率"] and derived["原文"].str.contains("推算").all()
    back = pd.read_csv(io.BytesIO(tables.csv_bytes(frame)), encoding="utf-8-sig", keep_default_na=False)
    assert list(back.columns) == list(frame.columns) and len(back) == len(frame)
    assert list(back["point_id"]) == list(frame["point_id"])
    en = tables.table_frame(pts, "en")
    assert "As-of date" in en.columns and "Total confirmed" in set(en["Metric"])
    # a reprint's sentence, word for word, is one quote; its source is still listed
    stated = pts[~pts["derived"]].head(1).copy()
    ev = stated["evidence"].iloc[0]
    stated["evidence"] = [[*ev, {**ev[0], "doc": "reprint.txt"}, {**ev[0], "quote": "另一句"}]]
    stated["docs"] = [[*list(stated["docs"].iloc[0]), "reprint.txt"]]
    row = tables.table_frame(stated, "zh").iloc[0]
    assert row["原文"] == f"{ev[0]['quote']} | 另一句" and "reprint.txt" in row["文件"]
    assert tables.csv_name("株洲市", "2020-02-17", "2020-02-19") == "zhuzhou_data_株洲市_2020-02-17_2020-02-19_zh.csv"
    assert tables.csv_name(None, "2020-02-09", None, "en", city="湘潭市") == "xiangtan_data_all_2020-02-09_end_en.csv"


def test_events_between_and_table():
    evs = [
        Event("a.txt", "2020-01-24", "first_case", "首例确诊", "收治首例\n确诊病例", 0, 4),
        Event("a.txt", "2020-03-14", "all_recovered", "确诊患者清零", "q", 0, 1),
    ]
    assert list(events_between(events_frame(evs), "2020-02-01", "2020-03-31")["kind"]) == ["all_recovered"]
    table = tables.events_table(evs, "en")
    assert list(table["Event"]) == ["First case", "All recovered"]
    assert list(table["As-of date"]) == ["Jan 24", "Mar 14"]
    assert table["Quote"].iloc[0] == "收治首例确诊病例"
