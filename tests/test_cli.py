"""The CLI as a user runs it: another city's bulletins with --city, JSON, events, bad files."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

XT = ROOT / "tests" / "data" / "xiangtan"


def run(*args, **kw):
    return subprocess.run([sys.executable, "-m", "extract", *args], cwd=ROOT, capture_output=True, text=True, **kw)


def test_other_city_folder_with_city_flag(tmp_path):
    res = run(str(XT), "--city", "湘潭市")
    assert res.returncode == 0, res.stderr
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows and list(rows[0].keys()) == [
        "doc",
        "date",
        "region",
        "metric",
        "sector",
        "value",
        "unit",
        "qualifier",
        "quote",
        "start",
        "end",
    ]
    regions = {r["region"] for r in rows}
    assert "湘潭市" in regions and "株洲市" not in regions and "长沙市" not in regions
    out = tmp_path / "xt.csv"
    out.write_text(res.stdout, encoding="utf-8")
    score = subprocess.run(
        [sys.executable, str(ROOT / "tests/gold/score.py"), str(out), str(XT / "expected.csv")],
        capture_output=True,
        text=True,
        check=True,
    )
    recall = float(score.stdout.split("recall=")[1].split()[0])
    precision = float(score.stdout.split("precision=")[1].split()[0])
    assert recall >= 0.95 and precision >= 0.95, score.stdout


def test_json_has_rule_ids():
    res = run("seeds/004_b7adce7465891e7b.txt", "--format", "json")
    objs = [json.loads(line) for line in res.stdout.splitlines()]
    assert objs and all(o["rule"] for o in objs)
    assert any(o["metric"] == "observation" and o["value"] == 379 for o in objs)


def test_events_csv():
    res = run("seeds", "--events")
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert {"first_case", "all_recovered"} <= {r["kind"] for r in rows}


def test_bad_file_is_reported_and_skipped(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text("截至2月19日24时，我市累计报告确诊病例78例。", encoding="utf-8")
    res = run(str(tmp_path), "--city", "株洲市")
    assert "empty.txt" in res.stderr
    assert "78" in res.stdout  # the readable file is still extracted
    assert res.returncode == 1  # …and the exit code says something was skipped


def test_missing_path_and_empty_folder_say_so(tmp_path):
    res = run(str(tmp_path / "nope.txt"))
    assert res.returncode == 1
    assert "找不到该文件" in res.stderr and "no such file" in res.stderr
    assert "Traceback" not in res.stderr and "Errno" not in res.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    res = run(str(empty))
    assert res.returncode == 2
    assert "没有找到文章" in res.stderr and "no articles" in res.stderr


def briefing(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args], cwd=ROOT, capture_output=True, text=True, env=env, timeout=180
    )


def store_cli(*args):
    return subprocess.run([sys.executable, "-m", "store", *args], cwd=ROOT, capture_output=True, text=True, timeout=180)


def test_store_add_refuses_a_missing_corpus_unless_asked(tmp_path):
    target = tmp_path / "new_corpus"
    article = ROOT / "seeds" / "004_b7adce7465891e7b.txt"
    res = store_cli("add", str(target), str(article), "--published", "2020-02-21")
    assert res.returncode == 2 and not target.exists()
    assert "语料库文件夹不存在" in res.stderr and "--create" in res.stderr
    res = store_cli("add", str(target), str(article), "--published", "2020-02-21", "--create")
    assert res.returncode == 0, res.stdout + res.stderr
    assert (target / article.name).is_file()


@pytest.mark.parametrize("command", [["add", "{corpus}", "{article}"], ["corrections", "{corpus}", "list"]])
def test_briefing_corpus_commands_still_work_and_say_where_they_moved(tmp_path, command):
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "seeds", corpus)
    article = tmp_path / "new.txt"
    article.write_text("本报讯 2月21日，某市新增确诊病例1例。", encoding="utf-8")
    args = [a.format(corpus=corpus, article=article) for a in command]
    res = briefing(*args)
    assert res.returncode == 0, res.stdout + res.stderr
    assert f"python -m store {command[0]}" in res.stderr and "已移至" in res.stderr
    assert res.stdout  # the command itself ran: a line per file, or the corrections' list
    assert (corpus / "new.txt").is_file() == (command[0] == "add")


def test_briefing_help_lists_only_what_it_makes():
    res = briefing("--help")
    assert res.returncode == 0
    assert {"export", "deck", "zip"} <= set(res.stdout.split("{")[1].split("}")[0].split(","))
    assert "corrections" not in res.stdout.split("{")[1].split("}")[0]


def test_store_help_lists_every_corpus_command():
    res = store_cli("--help")
    assert res.returncode == 0
    listed = set(res.stdout.split("{")[1].split("}")[0].split(","))
    assert listed == {"add", "corrections", "build", "official", "export", "info"}


@pytest.mark.parametrize("browser", ["missing", "broken"])
def test_export_without_a_working_browser_is_one_line(tmp_path, browser):
    import os

    path = tmp_path / "chrome"
    if browser == "broken":
        path.write_text("#!/bin/sh\nexit 1\n")
        path.chmod(0o755)
    env = {**os.environ, "BROWSER_PATH": str(path)}
    res = briefing("deck", "seeds", "--out", str(tmp_path / "deck.pptx"), env=env)
    assert res.returncode == 1
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "无法导出" in lines[0] and "cannot export" in lines[0], res.stderr
    assert not (tmp_path / "deck.pptx").exists()
