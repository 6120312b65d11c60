"""app/cards.py: the headline cards (latest figure, change since the report before, caption)."""

from __future__ import annotations

from app import cards
from briefing.timeline import build_timeline
from extract.records import Record


def test_headline_cards_latest_and_change(seeds_timeline):
    _data, tl = seeds_timeline
    cs = {c.key: c for c in cards.headline_cards(tl.points, "株洲市", "zh")}
    conf = cs["confirmed_total"]
    assert (conf.value, conf.delta, conf.delta_description) == ("80例", 0, "与3月1日持平")
    assert conf.caption == "截至3月14日 · 3月15日见报" and conf.delta_color == "off"
    rec = cs["recovered_total"]
    assert (rec.value, rec.delta, rec.delta_description, rec.delta_color) == ("80例", "+11例", "较3月1日", "normal")
    hosp = cs["hospitalized"]
    assert (hosp.delta, hosp.delta_color) == ("-11例", "inverse")
    obs = cs["observation"]
    assert (obs.value, obs.delta, obs.delta_description) == ("379人", None, "无上次报道可比")
    res = cs["resumption"]
    assert (res.label, res.value) == ("复工率·重点项目", "94.14%")
    assert res.point_id == "2020-02-28|株洲市|resumption_rate|重点项目"


def test_headline_cards_up_to_feb19_and_in_english(seeds_timeline):
    _, tl = seeds_timeline
    cs = {c.key: c for c in cards.headline_cards(tl.points, "株洲市", "en", end="2020-02-19")}
    assert [cs[k].value for k in ("confirmed_total", "recovered_total", "hospitalized", "observation")] == [
        "78",
        "40",
        "38",
        "379",
    ]
    assert cs["confirmed_total"].caption == "As of Feb 19 · published Feb 21"
    assert cs["confirmed_total"].label == "Total confirmed (cases)"
    assert cs["observation"].label == "Under medical observation (people)"
    assert (cs["resumption"].label, cs["resumption"].value) == ("Resumption rate · delivery firms", "84%")


def test_headline_cards_region_without_case_figures(seeds_timeline):
    _, tl = seeds_timeline
    cs = {c.key: c for c in cards.headline_cards(tl.points, "醴陵市", "zh")}
    assert cs["confirmed_total"].value == "—" and cs["confirmed_total"].delta is None
    assert (cs["resumption"].label, cs["resumption"].value) == ("已复工·规模工业企业", "321家")


def _records(*rows):
    out = []
    for i, (date, metric, value, unit, doc, published, sector) in enumerate(rows):
        out.append(
            Record(
                doc=doc,
                date=date,
                region="株洲市",
                metric=metric,
                sector=sector,
                value=value,
                unit=unit,
                qualifier="",
                quote=f"q{i}",
                start=0,
                end=2,
                published=published,
            )
        )
    return out


def test_rate_card_change_is_in_percentage_points():
    tl = build_timeline(
        _records(
            ("2020-02-10", "resumption_rate", 60.0, "%", "a.txt", "2020-02-11", "寄递企业"),
            ("2020-02-17", "resumption_rate", 84.0, "%", "b.txt", "2020-02-18", "寄递企业"),
        )
    )
    res = cards.headline_cards(tl.points, "株洲市", "zh")[-1]
    assert (res.value, res.delta, res.delta_description) == ("84%", "+24个百分点", "较2月10日")
    res_en = cards.headline_cards(tl.points, "株洲市", "en")[-1]
    assert res_en.delta == "+24 pp"


def test_derived_card_is_marked():
    tl = build_timeline(
        _records(
            ("2020-02-19", "confirmed_total", 78.0, "例", "a.txt", "2020-02-21", ""),
            ("2020-02-19", "recovered_total", 40.0, "例", "a.txt", "2020-02-21", ""),
            ("2020-02-19", "deaths_total", 0.0, "例", "a.txt", "2020-02-21", ""),
        )
    )
    hosp = cards.headline_cards(tl.points, "株洲市", "zh")[2]
    assert hosp.derived and hosp.label == "在院治疗（推算）" and hosp.value == "38例"
    assert "推算" in hosp.help
