"""The README is checked: its first lines give the two newcomer commands, and every CLI
command it shows exists (extract commands are run for real on the bundled data)."""
from __future__ import annotations

import re
import shlex
import subprocess
import sys

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = [line.strip().split("#")[0].strip() for line in README.splitlines()
            if re.match(r"\s*\.venv/bin/python -m (extract|briefing)\b", line)]


def test_first_lines_give_app_and_test_commands():
    head = "\n".join(README.splitlines()[:8])
    assert "bash dev.sh app" in head and "bash dev.sh test" in head
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash dev.sh test" in ci   # CI runs the README's test command


def test_readme_shows_cli_commands():
    assert any(" -m extract " in c for c in COMMANDS)
    assert any(" -m briefing " in c for c in COMMANDS)


def test_extract_commands_run():
    for cmd in COMMANDS:
        argv = shlex.split(cmd.split(">")[0])
        if argv[2] != "extract":
            continue
        res = subprocess.run([sys.executable, *argv[1:]], cwd=ROOT, capture_output=True,
                             text=True, timeout=120)
        assert res.returncode == 0, (cmd, res.stderr)
        assert res.stdout.strip(), cmd


def test_briefing_subcommands_exist():
    for cmd in COMMANDS:
        argv = shlex.split(cmd)
        if argv[2] != "briefing":
            continue
        res = subprocess.run([sys.executable, "-m", "briefing", argv[3], "--help"], cwd=ROOT,
                             capture_output=True, text=True, timeout=60)
        assert res.returncode == 0, (cmd, res.stderr)


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
