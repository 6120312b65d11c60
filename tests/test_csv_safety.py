"""CSV formula injection (issue 13): a hand-added figure's note becomes its quote, and an
article's text reaches the quote column; a spreadsheet runs a cell that starts with
= + - @ TAB CR. Every CSV the project writes (the dashboard's download, corrections.csv,
`python -m extract`) writes such text as text; numbers stay numbers; our readers get the
text back as it was.
"""

from __future__ import annotations

import csv
import io
import shutil

import pandas as pd
import pytest

from app import tables
from conftest import SEEDS
from extract import cli
from extract.records import Record, read_csv, spreadsheet_safe, spreadsheet_text, write_csv
from store import corrections as corr

PAYLOADS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd", "-2+3+cmd|x", "\t=1+1", "\r=1+1"]
NUMBERS = ["-2", "+3", "-0.5", "94.14%", "1e3"]


@pytest.mark.parametrize("text", PAYLOADS)
def test_formula_text_is_written_as_text_and_read_back(text):
    safe = spreadsheet_safe(text)
    assert safe == "'" + text and spreadsheet_text(safe) == text


@pytest.mark.parametrize("text", [*NUMBERS, "株洲市", "'quoted", ""])
def test_numbers_and_plain_text_are_untouched(text):
    assert spreadsheet_safe(text) == text and spreadsheet_text(text) == text
    assert spreadsheet_safe(-2.0) == -2.0


def _cells(data: str) -> list[str]:
    return [c for row in csv.reader(io.StringIO(data, newline="")) for c in row]


def test_download_csv_neutralises_every_text_cell():
    frame = pd.DataFrame({"原文": PAYLOADS, "数值": [-2.0] * len(PAYLOADS), "备注": [*NUMBERS, "x"]})
    cells = _cells(tables.csv_bytes(frame).decode("utf-8-sig"))
    assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) and c not in [*NUMBERS, "-2.0"] for c in cells), cells
    assert "-2.0" in cells and '\'=HYPERLINK("http://x","y")' in cells


def test_extract_cli_csv_neutralises_quotes(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text('=HYPERLINK("http://x","y") 截至2月19日24时，株洲市累计确诊病例78例。\n', encoding="utf-8")
    assert cli.main([str(article), "--city", "株洲市"]) == 0
    out = capsys.readouterr().out
    assert not any(c.startswith("=") for c in _cells(out))
    records = read_csv(out)
    assert records and all(not r.quote.startswith("'") for r in records)


def test_records_csv_round_trip():
    rec = Record(
        doc="a.txt",
        date="2020-02-19",
        region="株洲市",
        metric="confirmed_total",
        sector="",
        value=78,
        unit="例",
        qualifier="",
        quote="=1+1",
        start=0,
        end=3,
        rule="x",
    )
    buf = io.StringIO()
    write_csv([rec], buf)
    assert "'=1+1" in buf.getvalue()
    assert read_csv(buf.getvalue())[0].quote == "=1+1"


def test_corrections_csv_writes_a_note_as_text_and_reads_it_back(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    doc = sorted(p.name for p in corpus.glob("*.txt"))[0]
    corr.add_correction(
        corpus,
        "add",
        doc,
        "2020-02-19",
        "confirmed_total",
        value=1,
        note='=HYPERLINK("http://evil.example","点我")',
        sector="@SUM(1+1)*cmd",
    )
    text = (corpus / corr.CORRECTIONS_NAME).read_text(encoding="utf-8")
    assert not any(c.startswith(("=", "@")) for c in _cells(text))
    back = corr.load_corrections(corpus)[-1]
    assert back.note == '=HYPERLINK("http://evil.example","点我")' and back.sector == "@SUM(1+1)*cmd"
