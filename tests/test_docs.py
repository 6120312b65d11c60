"""The README is checked: its first lines give the two newcomer commands, and every CLI
command it shows exists (extract commands are run for real on the bundled data); every bench
and evaluation line names a script that takes the options shown."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = [
    line.strip().split("#")[0].strip()
    for line in README.splitlines()
    if re.match(r"\s*\.venv/bin/python -m (extract|briefing|store)\b", line)
]


def test_first_lines_give_app_and_test_commands():
    head = "\n".join(README.splitlines()[:8])
    assert "bash dev.sh app" in head and "bash dev.sh test" in head
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash dev.sh test" in ci  # CI runs the README's test command


def test_readme_shows_cli_commands():
    assert any(" -m extract " in c for c in COMMANDS)
    assert any(" -m briefing " in c for c in COMMANDS)


def test_extract_commands_run():
    for cmd in COMMANDS:
        argv = shlex.split(cmd.split(">")[0])
        if argv[2] != "extract":
            continue
        res = subprocess.run([sys.executable, *argv[1:]], cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert res.returncode == 0, (cmd, res.stderr)
        assert res.stdout.strip(), cmd


def test_briefing_commands_run_as_written(tmp_path):
    """Each `python -m briefing …` line of the README and its `python -m store add|corrections`
    lines, run for real on a copy of the seeds (not just `--help`): it exits 0 and writes what it
    says (issue 13). `store build` and the rest are run by tests/test_build.py."""
    import shutil

    from briefing.chromium import chrome_available

    corpus = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", corpus)
    (tmp_path / "new_article.txt").write_text("截至2月21日24时，我市累计确诊病例79例。\n", encoding="utf-8")
    ran = 0
    for cmd in COMMANDS:
        argv = shlex.split(cmd.split("#")[0])
        if not (argv[2] == "briefing" or (argv[2] == "store" and argv[3] in ("add", "corrections"))):
            continue
        if argv[3] in ("export", "deck", "zip") and not chrome_available():
            continue  # the browser tests say loudly that Chromium is missing
        args = [
            str(corpus) if a == "seeds" else str(tmp_path / a) if a.startswith("out/") or a == "new_article.txt" else a
            for a in argv[3:]
        ]
        res = subprocess.run(
            [sys.executable, "-m", argv[2], *args], cwd=tmp_path, capture_output=True, text=True, timeout=300
        )
        assert res.returncode == 0, (cmd, res.stderr)
        ran += 1
        if "--out" in args:
            out = Path(args[args.index("--out") + 1])
            assert out.exists() and (
                (out.is_file() and out.stat().st_size > 1000) or (out.is_dir() and any(out.glob("*.png")))
            ), cmd
    assert ran >= (5 if chrome_available() else 2)
    meta = (corpus / "corpus.json").read_text(encoding="utf-8")
    assert "new_article" in meta  # `store add` stored the article


def test_streamlit_config_keeps_the_server_local_and_quiet():
    """The settings the README's Security section promises (issue 13)."""
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["address"] == "127.0.0.1"
    assert config["server"].get("enableXsrfProtection", True) is True
    assert config["client"]["showErrorDetails"] == "none"
    assert config["browser"]["gatherUsageStats"] is False
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## Security" in readme and "--corpus-root" in readme and "showErrorDetails" in readme


def test_store_commands_run_as_written(tmp_path, monkeypatch):
    """Each `python -m store …` line of the README, on a copy of the seeds with its own store."""
    import shutil

    monkeypatch.delenv("ZZ_STORE_DIR", raising=False)
    corpus = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", corpus, ignore=shutil.ignore_patterns(".*"))
    ran = []
    for cmd in COMMANDS:
        argv = shlex.split(cmd)
        if argv[2] != "store" or argv[3] in ("add", "corrections"):  # run with the briefing lines
            continue
        args = [
            str(corpus)
            if a == "seeds"
            else str(tmp_path / a)
            if a.startswith("out/")
            else str(corpus / a[len("seeds/") :])
            if a.startswith("seeds/")
            else a
            for a in argv[3:]
        ]
        res = subprocess.run(
            [sys.executable, "-m", "store", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
        )
        assert res.returncode == 0, (cmd, res.stderr)
        ran.append(argv[3])
    assert ran == ["build", "info", "export", "official"]
    assert (corpus / ".zz-records.duckdb").is_file()
    assert list((tmp_path / "out" / "records").rglob("*.parquet"))


SCRIPT_LINES = [
    line.strip().split("#")[0].strip()
    for line in README.splitlines()
    if re.match(r"\s*\.venv/bin/python (bench|evaluation)/\w+\.py", line)
]


@pytest.mark.parametrize("line", SCRIPT_LINES)
def test_each_bench_and_evaluation_line_names_a_script_and_its_options(line):
    # the benches take minutes: what is checked is that the README's line would start them
    # (the script exists, parses its arguments, and has every option the line uses)
    argv = shlex.split(line)[1:]
    assert (ROOT / argv[0]).is_file(), argv[0]
    res = subprocess.run([sys.executable, argv[0], "--help"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    for option in (a for a in argv[1:] if a.startswith("--")):
        assert option in res.stdout, (option, line)


def test_the_readme_lists_every_bench():
    named = {shlex.split(line)[1] for line in SCRIPT_LINES}
    benches = {f"bench/{p.name}" for p in (ROOT / "bench").glob("bench_*.py")}
    assert benches <= named, benches - named


def test_the_version_is_the_changelogs_and_the_license_names_what_it_does_not_cover():
    """pyproject's version is the CHANGELOG's newest entry; LICENSE says which shipped parts are
    other people's work under their own terms (issue 22)."""
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    newest = re.search(r"(?m)^## (\S+)", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert newest and newest.group(1) == version
    license_text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert license_text.startswith("MIT License")
    for part in ("SIL Open Font License", "BlankerL/DXY-COVID-19-Data", "seeds/official", "株洲日报"):
        assert part in license_text, part
