"""app/editing.py: the helpers behind the Manage page's forms and the correction form (adding
articles, correcting a figure, listing corrections), called directly; the forms themselves are
driven in test_dashboard_editing.py (AppTest) and test_browser_upload.py (a browser)."""

from __future__ import annotations

import pytest

from app import editing
from conftest import file_digests
from store.loader import load_corpus

DOC = "004_b7adce7465891e7b.txt"


def test_the_corrections_list_reads_records_only_when_there_is_a_correction(corpus):
    # an archive's page says "no corrections" without reading its 84,000 records
    assert editing.correction_rows(corpus, lambda: pytest.fail("records read"), "zh") == []
    (corpus / "corrections.csv").write_text(
        "id,created,action,doc,date,region,metric,sector,value,new_value,new_date,unit,note,undone\n"
        "1,2020-03-01,wrong,nowhere.txt,2020-02-19,,confirmed_total,,,,,,,\n",
        encoding="utf-8",
    )
    asked = []
    [row] = editing.correction_rows(corpus, lambda: asked.append(1) or load_corpus(corpus).extracted, "zh")
    assert asked == [1] and row.active and "找不到对应数据" in row.text


def test_refused_upload_writes_nothing_and_says_why(corpus):
    before = file_digests(corpus)
    msgs = editing.add_articles(
        corpus,
        [("empty.txt", b""), ("../../evil.txt", "截至2月1日".encode()), ("bin.txt", b"\x00\x01PK\x03\x04")],
        None,
        None,
        "zh",
        worker=False,
    )
    assert [m.level for m in msgs] == ["error", "error", "error"]
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in m.text) for m in msgs)
    assert file_digests(corpus) == before


def test_gbk_upload_and_nothing_found_message(corpus):
    text = "截至2月21日24时，我市累计报告新冠肺炎确诊病例79例。"
    (m,) = editing.add_articles(corpus, [("gbk.txt", text.encode("gbk"))], None, "2020-02-22", "zh", worker=False)
    assert m.level == "success"
    (m,) = editing.add_articles(
        corpus, [("plain.txt", "今天天气很好，市民出门散步。".encode())], None, None, "en", worker=False
    )
    assert m.level == "warning"  # accepted, but the user is told nothing was found
    (m,) = editing.add_articles(corpus, [("again.txt", text.encode("utf-8"))], None, None, "zh", worker=False)
    assert m.level == "info"  # same article again: recognised by content, not stored twice


def test_change_without_anything_new_is_refused(corpus):
    point = {"date": "2020-02-19", "metric": "confirmed_total", "region": "株洲市", "sector": "", "value": 78.0}
    m = editing.correct_point(corpus, point, DOC, "change", "en", new_value=78.0, new_date="2020-02-19")
    assert m.level == "error"
    assert not (corpus / "corrections.csv").exists()


def test_articles_are_added_and_extracted_in_the_worker_process(corpus):
    """The Manage page's form: each article is added and extracted into the records store by
    the server's worker process, with progress after each; a refused one stops nothing."""
    import os

    from store.recordstore import RecordStore

    seen = []
    text = "截至2月21日24时，我市累计报告新冠肺炎确诊病例79例。"
    msgs = editing.add_articles(
        corpus,
        [("a.txt", text.encode("gbk")), ("../x.txt", b"x")],
        ("株洲日报 2月22日", "截至2月22日24时，我市累计报告新冠肺炎确诊病例80例，出院病例55例。"),
        "2020-02-22",
        "zh",
        progress=lambda done, total: seen.append((done, total)),
    )
    assert [m.level for m in msgs] == ["success", "error", "success"], msgs
    assert seen == [(1, 3), (2, 3), (3, 3)]
    pool = editing._worker()
    worker_pids = {p.pid for p in pool._processes.values()}
    assert worker_pids and os.getpid() not in worker_pids  # a process of its own
    assert RecordStore.beside(corpus).count()["articles"] >= 7  # both new ones extracted there
    data = load_corpus(corpus)
    assert {r.value for r in data.records if r.metric == "confirmed_total" and r.date >= "2020-02-21"} >= {79, 80}
    # the same answers without the worker
    (m,) = editing.add_articles(corpus, [("b.txt", text.encode())], None, None, "en", worker=False)
    assert m.level == "info"  # same text as a.txt: recognised, not stored twice
