"""One words table for the whole product (briefing/words.py), both languages complete.

English is a second language, not a partial one: every entry has both, every key the code
asks for exists, and places, sectors and papers have English names (issue 9).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app import tables
from briefing import charts, labels, words

ROOT = Path(__file__).resolve().parent.parent
CJK = re.compile(r"[\u4e00-\u9fff]+")
PAIR_TABLES = {
    "STRINGS": words.STRINGS,
    "METRIC_NAMES": words.METRIC_NAMES,
    "UNIT_NAMES": words.UNIT_NAMES,
    "EVENT_KIND_NAMES": words.EVENT_KIND_NAMES,
}


# English strings that quote Chinese on purpose: the language switch is for both readers,
# the date field accepts 2020年2月21日, and 我市 is the word the home city explains.
WRITTEN_IN_CHINESE_ON_PURPOSE = {"language_label", "add_published", "city_label"}


@pytest.mark.parametrize("table", sorted(PAIR_TABLES))
def test_every_entry_has_both_languages(table):
    for key, pair in PAIR_TABLES[table].items():
        assert len(pair) == 2 and all(p.strip() for p in pair), (table, key)
        _zh, en = pair
        if key not in WRITTEN_IN_CHINESE_ON_PURPOSE:
            assert not CJK.search(en), f"{table}[{key!r}] English has Chinese: {en}"


# Sentence parts whose languages say a figure differently on purpose: Chinese writes the unit
# after every number ({n}: 治愈出院69例), English names it once ({bare}: 69 recovered) and
# lowercases a metric inside a sentence ({lname}); the deck's "+2" against 等3篇.
PLACEHOLDERS_DIFFER = {
    "take_all_recovered",
    "take_confirmed_total",
    "take_recovered_total",
    "take_deaths_total",
    "take_hospitalized",
    "take_confirmed_new",
    "take_recovered_new",
    "take_rate",
    "take_of_total",
    "deck_more_sources",
}


def test_placeholders_match_between_languages():
    for key, (zh, en) in words.STRINGS.items():
        if key in PLACEHOLDERS_DIFFER:
            continue
        assert set(re.findall(r"\{(\w+)\}", zh)) == set(re.findall(r"\{(\w+)\}", en)), key


def test_name_tables_are_english():
    for table in (words.PLACE_EN, words.SECTOR_WORDS, words.PAPER_EN):
        for zh, en in table.items():
            assert CJK.fullmatch(zh) and en.strip() and not CJK.search(en), (zh, en)


# Literal keys the code asks for: labels.t("…") or t("…"), the one words lookup.
_CALL = re.compile(r"""\bt\(\s*["']([a-z][a-z0-9_]*)["']""")


def _asked_keys() -> set[str]:
    keys = set()
    for path in [ROOT / "dashboard.py", *(ROOT / "app").rglob("*.py"), *(ROOT / "briefing").glob("*.py")]:
        keys |= set(_CALL.findall(path.read_text(encoding="utf-8")))
    return keys


def test_every_key_the_code_asks_for_exists():
    asked = _asked_keys()
    assert len(asked) > 80, "the scan found too few keys: has the call style changed?"
    missing = sorted(k for k in asked if k not in words.STRINGS)
    assert not missing, f"keys with no entry in briefing/words.py: {missing}"
    # keys built from names
    for chart in charts.CHARTS:
        assert f"title_{chart}" in words.STRINGS, chart
    for field in tables.TABLE_FIELDS:
        assert f"col_{field}" in words.STRINGS, field


def test_a_missing_key_shows_itself_in_either_language():
    assert labels.t("no_such_key", "zh") == labels.t("no_such_key", "en") == "no_such_key"


@pytest.mark.parametrize(
    "place, english",
    [
        ("株洲市", "Zhuzhou"),
        ("天元区", "Tianyuan District"),
        ("醴陵市", "Liling"),
        ("攸县", "Youxian County"),
        ("湖北省", "Hubei"),
        ("武汉市", "Wuhan"),
        ("全国", "China"),
        ("浦东新区", "Pudong New Area"),
        ("广西壮族自治区", "Guangxi"),
        # not a division: a company's name in pinyin words, its kind in English (issue 21)
        ("中国航发南方工业有限公司", "Zhongguo Hangfa Nanfang Gongye Co., Ltd."),
        ("湘雅医院", "Xiangya Hospital"),
        # places outside the mainland by their English names
        ("日本", "Japan"),
        ("韩国", "South Korea"),
        ("钻石公主号", "Diamond Princess"),
        ("香港", "Hong Kong"),
    ],
)
def test_place_names_in_english(place, english):
    assert labels.place_name(place, "en") == english
    assert labels.place_name(place, "zh") == place


@pytest.mark.parametrize(
    "sector, english",
    [
        ("重点项目", "key projects"),
        ("寄递企业", "delivery firms"),
        ("规模以上工业企业", "above-size industrial firms"),
        ("项目", "projects"),
        ("城市公交线路", "city bus routes"),
        ("道路客运班线", "road passenger routes"),
        ("商贸流通企业", "trade distribution firms"),
        # a piece the table lacks: as written, never half translated
        ("某某公司", "某某公司"),
    ],
)
def test_sector_names_in_english(sector, english):
    assert labels.sector_name(sector, "en") == english


@pytest.mark.parametrize(
    "paper, english",
    [
        ("株洲日报", "Zhuzhou Daily"),
        ("人民日报", "People's Daily"),
        ("长江日报", "Changjiang Daily"),
        ("楚天都市报", "Chutian Metropolis Daily"),
        ("武汉晚报", "Wuhan Evening News"),
    ],
)
def test_paper_names_in_english(paper, english):
    assert labels.paper_name(paper, "en") == english
    assert labels.source_line(paper, ("2020-01-31", "2020-03-15"), "en").startswith(f"Source: {english}, ")


def test_one_name_for_the_words_lookup():
    """labels.t is the only lookup: no wrapper under another name (ui, s, _w) hides a key."""
    for path in [ROOT / "dashboard.py", *(ROOT / "app").rglob("*.py"), *(ROOT / "briefing").glob("*.py")]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^def (ui|s|_w)\(", text, re.M), path
