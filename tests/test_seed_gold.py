"""The seed gold through the real scorer: recall 1.000, precision 1.000, negatives 0."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import GOLD, ROOT


def _score(records_csv: str, tmp_path) -> dict:
    out = tmp_path / "records.csv"
    out.write_text(records_csv, encoding="utf-8")
    res = subprocess.run(
        [
            sys.executable,
            str(GOLD / "score.py"),
            str(out),
            str(GOLD / "seeds_expected.csv"),
            str(GOLD / "seeds_negatives.csv"),
            "--verbose",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    m = re.search(r"recall=([\d.]+).*precision=([\d.]+).*negatives=(\d+)", res.stdout)
    assert m, res.stdout
    return {
        "recall": float(m.group(1)),
        "precision": float(m.group(2)),
        "negatives": int(m.group(3)),
        "report": res.stdout,
    }


def test_cli_scores_on_seed_gold(tmp_path):
    res = subprocess.run(
        [sys.executable, "-m", "extract", "seeds", "--format", "csv"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    s = _score(res.stdout, tmp_path)
    assert s["recall"] == 1.0, s["report"]
    assert s["precision"] == 1.0, s["report"]
    assert s["negatives"] == 0, s["report"]


def test_every_quote_is_its_slice(seed_extraction):
    arts, recs, events = seed_extraction
    texts = {a.name: a.text for a in arts}
    assert recs and events
    for r in list(recs) + list(events):
        assert texts[r.doc][r.start : r.end] == r.quote


def test_headline_figures_of_0219(seed_extraction):
    _, recs, _ = seed_extraction
    got = {(r.metric, r.value) for r in recs if r.date == "2020-02-19" and r.region == "株洲市"}
    assert {("confirmed_total", 78), ("recovered_total", 40), ("hospitalized", 38), ("observation", 379)} <= got


def test_events_are_dated_from_text(seed_extraction):
    _, _, events = seed_extraction
    by_kind = {e.kind: e.date for e in events}
    assert by_kind["first_case"] == "2020-01-24"
    assert by_kind["level1_response"] == "2020-01-23"
    assert by_kind["first_recovery"] == "2020-02-02"
    assert by_kind["all_recovered"] == "2020-03-14"


def test_events_are_the_home_citys():
    from extract import extract_article

    text = "3月5日，长沙市最后一名确诊患者治愈出院。\n2月3日，我市首例确诊病例治愈出院。"
    recs, events = extract_article(text, "d.txt", "2020-03-06", "株洲市", keep_other_places=True)
    assert not any(r.metric == "hospitalized" and r.region == "株洲市" for r in recs)
    assert [e.region for e in events if e.kind == "all_recovered"] == ["长沙市"]
    assert "first_case" not in {e.kind for e in events}  # a first *recovery*, not a first case


def test_metadata_short_form_and_bom(tmp_path):
    from extract.corpus import read_meta
    from extract.errors import InputError

    (tmp_path / "corpus.json").write_bytes(
        b"\xef\xbb\xbf" + '{"city": "湘潭市", "articles": {"a.txt": "2020-02-01"}}'.encode()
    )
    meta = read_meta(tmp_path)
    assert meta.city == "湘潭市" and meta.published("a.txt") == "2020-02-01"
    (tmp_path / "corpus.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(InputError):
        read_meta(tmp_path)
