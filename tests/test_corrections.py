"""store.corrections: corrections.csv, applying on top of extraction, undo, CLI."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from pathlib import Path

import pytest

from extract.errors import InputError
from extract.records import Record
from store import atomic, loader
from store.corrections import (
    COLUMNS,
    CORRECTIONS_NAME,
    Correction,
    add_correction,
    apply_corrections,
    correction_for_record,
    is_corrected,
    load_corrections,
    undo_correction,
    unmatched,
)

ROOT = Path(__file__).resolve().parent.parent
DOC = "004_b7adce7465891e7b.txt"
HAN = re.compile(r"[\u4e00-\u9fff]")


def fresh(folder: Path) -> loader.CorpusData:
    """load_corpus as after a restart: records from the store, corrections read from disk."""
    return loader.load_corpus(folder)


def key(r: Record) -> tuple:
    return (r.doc, r.date, r.region, r.metric, r.sector, r.value, r.unit, r.quote, r.start, r.end, r.rule)


def find(records, **kw) -> list[Record]:
    return [r for r in records if all(getattr(r, k) == v for k, v in kw.items())]


def snapshot(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# ------------------------------------------------------------------ round trip


def test_round_trip_wrong_change_add_then_undo(corpus):
    base = fresh(corpus)
    original = sorted(map(key, base.records))
    assert sorted(map(key, base.extracted)) == original  # nothing to correct yet
    severe = find(base.records, doc=DOC, date="2020-02-19", metric="severe")
    total = find(base.records, doc=DOC, date="2020-02-19", metric="confirmed_total")
    assert [r.value for r in severe] == [6.0] and [r.value for r in total] == [78.0]
    assert not find(base.records, doc=DOC, metric="suspected")

    wrong = add_correction(corpus, "wrong", DOC, "2020-02-19", "severe", region="株洲市", value=6)
    change = add_correction(
        corpus,
        "change",
        DOC,
        "2020年2月19日",
        "confirmed_total",
        value=78,
        new_value=79,
        new_date="2月18日",
        note="核对市卫健委原文",
    )
    added = add_correction(corpus, "add", DOC, "2020-02-19", "suspected", new_value=2, note="原文：疑似病例2例")
    assert [c.id for c in (wrong, change, added)] == ["1", "2", "3"]
    assert change.date == "2020-02-19" and change.new_date == "2020-02-18"
    assert added.region == "株洲市" and added.unit == "例"  # corpus city, metric's unit

    # restart: corrections come back from disk, records from the store
    loaded = load_corrections(corpus)
    assert loaded == [wrong, change, added]
    data = fresh(corpus)
    assert sorted(map(key, data.extracted)) == original
    assert not find(data.records, doc=DOC, date="2020-02-19", metric="severe")
    assert not find(data.records, doc=DOC, date="2020-02-19", metric="confirmed_total")
    [changed] = find(data.records, doc=DOC, metric="confirmed_total", date="2020-02-18")
    assert changed.value == 79.0 and changed.rule.startswith("correction.")
    assert changed.quote == total[0].quote and changed.start == total[0].start  # still cites the text
    [new] = find(data.records, doc=DOC, metric="suspected")
    assert (new.date, new.region, new.value, new.unit) == ("2020-02-19", "株洲市", 2.0, "例")
    assert (new.quote, new.start, new.end, new.rule) == ("原文：疑似病例2例", 0, 0, "correction.add")
    assert new.published == "2020-02-21"
    badged = [r for r in data.records if is_corrected(r)]
    assert sorted(r.metric for r in badged) == ["confirmed_total", "suspected"]
    assert len(data.records) == len(original) - 1 + 1
    assert unmatched(data.extracted, loaded) == []

    # undo all three: the original figures are back, the history stays in the file
    for c in (added, change, wrong):
        assert undo_correction(corpus, c.id).undone
    after = fresh(corpus)
    assert sorted(map(key, after.records)) == original
    rows = list(csv.DictReader(io.StringIO((corpus / CORRECTIONS_NAME).read_text(encoding="utf-8"))))
    assert [(r["id"], r["action"], r["undone"]) for r in rows] == [
        ("1", "wrong", "1"),
        ("2", "change", "1"),
        ("3", "add", "1"),
    ]


def test_undo_one_keeps_the_others(corpus):
    a = add_correction(corpus, "wrong", DOC, "2020-02-19", "severe", value=6)
    b = add_correction(corpus, "wrong", DOC, "2020-02-19", "critical", value=3)
    undo_correction(corpus, a.id)
    data = fresh(corpus)
    assert find(data.records, doc=DOC, date="2020-02-19", metric="severe")
    assert not find(data.records, doc=DOC, date="2020-02-19", metric="critical")
    assert [c.undone for c in load_corrections(corpus)] == [True, False]
    assert undo_correction(corpus, a.id).undone  # undoing twice is harmless
    with pytest.raises(InputError) as err:
        undo_correction(corpus, "99")
    assert err.value.code == "no_such_correction" and HAN.search(err.value.zh)
    assert b.id in err.value.en


def test_csv_is_human_readable(corpus):
    add_correction(
        corpus, "change", DOC, "2020-02-19", "confirmed_total", value=78, new_value=79, note="他说：“是79例”, 见第2版"
    )
    text = (corpus / CORRECTIONS_NAME).read_bytes().decode("utf-8")  # plain UTF-8
    lines = text.splitlines()
    assert lines[0] == ",".join(COLUMNS)
    assert "\r" not in text and "他说" in lines[1]
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["value"] == "78" and row["new_value"] == "79" and row["undone"] == "0"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", row["created"])


def test_change_of_a_change_applies_in_order(corpus):
    add_correction(corpus, "change", DOC, "2020-02-19", "confirmed_total", value=78, new_value=79)
    add_correction(corpus, "change", DOC, "2020-02-19", "confirmed_total", value=79, new_value=80)
    data = fresh(corpus)
    assert [r.value for r in find(data.records, doc=DOC, date="2020-02-19", metric="confirmed_total")] == [80.0]
    assert unmatched(data.extracted, load_corrections(corpus)) == []


def test_stale_correction_is_reported_not_dropped(corpus):
    ok = add_correction(corpus, "wrong", DOC, "2020-02-19", "severe", value=6)
    stale = add_correction(
        corpus, "change", DOC, "2020-02-19", "confirmed_total", value=77, new_value=80
    )  # no such figure (it reads 78)
    gone = add_correction(corpus, "wrong", DOC, "2020-02-19", "critical", value=3)
    data = fresh(corpus)
    # the article is re-worded so the figure of `gone` disappears on re-extraction
    path = corpus / DOC
    path.chmod(0o644)
    path.write_text(path.read_text(encoding="utf-8").replace("（其中危重症3例）", ""), encoding="utf-8")
    data = fresh(corpus)
    assert [c.id for c in unmatched(data.extracted, load_corrections(corpus))] == [stale.id, gone.id]
    assert not find(data.records, doc=DOC, date="2020-02-19", metric="severe")  # the rest applies
    undo_correction(corpus, stale.id)
    assert [c.id for c in unmatched(data.extracted, load_corrections(corpus))] == [gone.id]
    assert ok.active


def test_correction_for_record_targets_exactly_that_figure(corpus):
    data = fresh(corpus)
    [rec] = find(data.records, doc=DOC, date="2020-02-19", metric="hospitalized")
    c = correction_for_record(corpus, rec, "change", new_value=39, note="原文38例")
    assert (c.region, c.sector, c.value) == (rec.region, rec.sector, rec.value)
    [changed] = find(fresh(corpus).records, doc=DOC, date="2020-02-19", metric="hospitalized")
    assert changed.value == 39.0 and changed.rule == "correction.change:" + rec.rule


# ------------------------------------------------------------------ validation


@pytest.mark.parametrize(
    "kwargs, fragment",
    [
        (dict(action="delete", doc=DOC, date="2020-02-19", metric="severe"), "操作"),
        (dict(action="wrong", doc=DOC, date="someday", metric="severe"), "日期"),
        (dict(action="wrong", doc=DOC, date="2020-02-19", metric="cases"), "指标"),
        (dict(action="wrong", doc="nope.txt", date="2020-02-19", metric="severe"), "没有文章"),
        (dict(action="wrong", doc="../corpus/" + DOC, date="2020-02-19", metric="severe"), "没有文章"),
        (dict(action="change", doc=DOC, date="2020-02-19", metric="severe", value=6), "新数值"),
        (dict(action="change", doc=DOC, date="2020-02-19", metric="severe", new_value=-1), "非负"),
        (dict(action="change", doc=DOC, date="2020-02-19", metric="severe", new_value=float("nan")), "非负"),
        (dict(action="change", doc=DOC, date="2020-02-19", metric="severe", new_date="soon"), "新日期"),
        (dict(action="add", doc=DOC, date="2020-02-19", metric="severe"), "数值"),
    ],
)
def test_unusable_corrections_are_refused_and_nothing_written(corpus, kwargs, fragment):
    before = snapshot(corpus)
    with pytest.raises(InputError) as err:
        add_correction(corpus, **kwargs)
    assert err.value.code == "bad_correction" and fragment in err.value.zh
    assert snapshot(corpus) == before


def test_crash_while_writing_leaves_the_file_unchanged(corpus, monkeypatch):
    add_correction(corpus, "wrong", DOC, "2020-02-19", "severe", value=6)
    before = snapshot(corpus)

    def crash(tmp, target):
        raise OSError("disk full")

    monkeypatch.setattr(atomic, "_before_replace", crash)
    with pytest.raises(OSError):
        add_correction(corpus, "wrong", DOC, "2020-02-19", "critical", value=3)
    with pytest.raises(OSError):
        undo_correction(corpus, "1")
    assert snapshot(corpus) == before


# ------------------------------------------------------------------ hand-edited files

HEADER = ",".join(COLUMNS)


def test_hand_edited_rows(corpus):
    (corpus / CORRECTIONS_NAME).write_text(
        HEADER + "\n"
        f"1,,wrong,{DOC},2020/2/19,,severe,,6,,,,,0\n"  # another date form: fine
        f"2,,change,{DOC},2020-02-19,,confirmed_total,,78,七十九,,,,0\n"  # not a number
        f"3,,frobnicate,{DOC},2020-02-19,,severe,,6,,,,,\n"  # unknown action
        f"1,,wrong,{DOC},2020-02-19,,critical,,3,,,,,0\n",
        encoding="utf-8",
    )
    cs = load_corrections(corpus)
    assert [bool(c.error) for c in cs] == [False, True, True, True]
    assert "not a number" in cs[1].error and "数字" in cs[1].error
    data = fresh(corpus)  # a bad row never breaks loading
    assert not find(data.records, doc=DOC, date="2020-02-19", metric="severe")
    assert find(data.records, doc=DOC, date="2020-02-19", metric="confirmed_total")[0].value == 78
    assert [c.id for c in unmatched(data.extracted, cs)] == ["2", "3", "1"]
    # a new correction keeps the hand-edited rows as they were
    new = add_correction(corpus, "wrong", DOC, "2020-02-19", "observation", value=379)
    assert new.id == "4"
    lines = (corpus / CORRECTIONS_NAME).read_text(encoding="utf-8").splitlines()
    assert "2020/2/19" in lines[1] and "七十九" in lines[2] and "frobnicate" in lines[3]


def test_bom_gbk_crlf_and_extra_columns_are_tolerated(corpus):
    text = HEADER + f",reviewer\r\n1,,wrong,{DOC},2020-02-19,,severe,,6,,,,核对,0,李四\r\n"
    for data in (text.encode("utf-8-sig"), text.encode("gbk")):
        (corpus / CORRECTIONS_NAME).write_bytes(data)
        [c] = load_corrections(corpus)
        assert (c.action, c.metric, c.value, c.note, c.error) == ("wrong", "severe", 6.0, "核对", "")
    undo_correction(corpus, "1")  # rewritten as UTF-8, column kept
    rows = list(csv.DictReader(io.StringIO((corpus / CORRECTIONS_NAME).read_text(encoding="utf-8"))))
    assert rows[0]["reviewer"] == "李四" and rows[0]["undone"] == "1"


def test_missing_or_empty_file_means_no_corrections(corpus):
    assert load_corrections(corpus) == []
    (corpus / CORRECTIONS_NAME).write_text("", encoding="utf-8")
    assert load_corrections(corpus) == []
    (corpus / CORRECTIONS_NAME).write_text(HEADER + "\n", encoding="utf-8")
    assert load_corrections(corpus) == []


def test_unreadable_file_is_an_input_error(corpus):
    (corpus / CORRECTIONS_NAME).write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_corrections(corpus)
    assert err.value.code == "bad_corrections" and HAN.search(err.value.zh)
    before = snapshot(corpus)
    with pytest.raises(InputError):  # never overwritten by an add
        add_correction(corpus, "wrong", DOC, "2020-02-19", "severe", value=6)
    assert snapshot(corpus) == before


# ------------------------------------------------------------------ apply, pure


def _rec(**kw) -> Record:
    base = dict(
        doc="a.txt",
        date="2020-02-19",
        region="株洲市",
        metric="confirmed_total",
        sector="",
        value=78.0,
        unit="例",
        qualifier="",
        quote="确诊病例78例",
        start=10,
        end=17,
        rule="case.confirmed.total",
        published="2020-02-21",
    )
    base.update(kw)
    return Record(**base)


def _c(action, **kw) -> Correction:
    base = dict(
        id="1",
        created="",
        action=action,
        doc="a.txt",
        date="2020-02-19",
        region="",
        metric="confirmed_total",
        sector="",
    )
    base.update(kw)
    return Correction(**base)


def test_apply_matching_rules():
    recs = [
        _rec(),
        _rec(region="芦淞区", value=10.0),
        _rec(metric="resumed", sector="工业企业", value=500.0, unit="家"),
        _rec(metric="resumed", sector="商贸", value=500.0, unit="家"),
    ]
    # blank region = any region; value narrows it down
    assert apply_corrections(recs, [_c("wrong", value=10)]) == [recs[0], recs[2], recs[3]]
    # blank value = every matching figure of that doc/date/metric/region
    assert apply_corrections(recs, [_c("wrong")]) == recs[2:]
    # sector given: only that sector
    out = apply_corrections(recs, [_c("change", metric="resumed", sector="商贸", value=500, new_value=520)])
    assert [r.value for r in out] == [78.0, 10.0, 500.0, 520.0] and out[
        3
    ].rule == "correction.change:case.confirmed.total"
    # undone and other docs are ignored
    assert apply_corrections(recs, [_c("wrong", undone=True), _c("wrong", doc="b.txt")]) == recs
    assert [c.doc for c in unmatched(recs, [_c("wrong", undone=True), _c("wrong", doc="b.txt")])] == ["b.txt"]
    # unit may be changed along with the value
    [r] = apply_corrections([_rec()], [_c("change", value=78, new_value=0.5, unit="万人")])
    assert (r.value, r.unit, r.quote) == (0.5, "万人", "确诊病例78例")


def test_apply_does_not_modify_its_input():
    recs = [_rec()]
    kept = list(recs)
    apply_corrections(recs, [_c("wrong"), _c("add", id="2", region="株洲市", metric="suspected", value=2)])
    assert recs == kept


def test_added_record_on_a_doc_with_no_figures():
    [r] = apply_corrections([], [_c("add", region="株洲市", new_value=3, unit="例", note="")])
    assert (r.quote, r.rule, r.start, r.end, r.published) == ("人工添加", "correction.add", 0, 0, "")


# ------------------------------------------------------------------ CLI


def run(*argv) -> int:
    from store.cli import main

    return main(list(argv))


def test_cli_add_list_undo(corpus, capsys):
    assert run("corrections", str(corpus), "list") == 0
    assert "没有更正" in capsys.readouterr().out
    assert (
        run(
            "corrections",
            str(corpus),
            "add",
            "--action",
            "change",
            "--doc",
            DOC,
            "--metric",
            "confirmed_total",
            "--date",
            "2020-02-19",
            "--value",
            "78",
            "--new-value",
            "79",
            "--note",
            "核对",
        )
        == 0
    )
    out = capsys.readouterr()
    assert "added correction 1" in out.out and not out.err
    assert (
        run(
            "corrections",
            str(corpus),
            "add",
            "--action",
            "wrong",
            "--doc",
            DOC,
            "--metric",
            "severe",
            "--date",
            "2020-02-18",
        )
        == 0
    )
    assert "warning" in capsys.readouterr().err  # matches nothing: warned
    assert (
        run(
            "corrections",
            str(corpus),
            "add",
            "--action",
            "add",
            "--doc",
            DOC,
            "--metric",
            "suspected",
            "--date",
            "2月19日",
            "--value",
            "2",
        )
        == 0
    )
    capsys.readouterr()
    assert run("corrections", str(corpus), "list") == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert [ln.split("\t")[:2] for ln in lines] == [["1", "active"], ["2", "unmatched"], ["3", "active"]]
    assert "核对" in lines[0] and "1 " in out.err
    assert run("corrections", str(corpus), "undo", "2") == 0
    assert "undone correction 2" in capsys.readouterr().out
    run("corrections", str(corpus), "list")
    assert capsys.readouterr().out.splitlines()[1].split("\t")[1] == "undone"
    assert [c.id for c in load_corrections(corpus) if c.active] == ["1", "3"]


def test_cli_errors(corpus, tmp_path, capsys):
    assert run("corrections", str(corpus), "undo", "7") == 1
    assert "没有编号为 7 的更正" in capsys.readouterr().err
    assert (
        run(
            "corrections",
            str(corpus),
            "add",
            "--action",
            "change",
            "--doc",
            DOC,
            "--metric",
            "severe",
            "--date",
            "2020-02-19",
        )
        == 1
    )
    assert "新数值" in capsys.readouterr().err
    assert run("corrections", str(tmp_path / "nowhere"), "list") == 1
    assert not (corpus / CORRECTIONS_NAME).exists()


def test_record_columns_are_the_records_in_order_with_corrections(corpus):
    """The timeline reads records as columns straight from the store (store.loader
    record_columns) and corrects only the files corrections name: the same rows, in the same
    order, as the Records path — a reprint citing itself, a wrong, a change and two adds
    (one on a file with no figures) included."""
    import shutil

    from store.wire import RECORD_FIELDS

    shutil.copy(corpus / DOC, corpus / ("reprint_" + DOC))
    add_correction(corpus, "wrong", DOC, "2020-02-19", "severe", value=6)
    add_correction(corpus, "change", DOC, "2020-02-19", "confirmed_total", value=78, new_value=79)
    add_correction(corpus, "add", DOC, "2020-02-19", "suspected", new_value=2)
    first = sorted(p.name for p in corpus.glob("*.txt"))[0]
    add_correction(corpus, "add", first, "2020-02-01", "suspected", new_value=5)

    columns = fresh(corpus).record_columns()  # read first: records not yet read
    records = fresh(corpus).records
    assert list(columns.columns) == RECORD_FIELDS
    assert [tuple(row) for row in columns.itertuples(index=False)] == [
        tuple(getattr(r, f) for f in RECORD_FIELDS) for r in records
    ]
    assert any(r.doc == "reprint_" + DOC for r in records)
    assert [r.rule for r in records[-2:]] == ["correction.add", "correction.add"]
