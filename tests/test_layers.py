"""The import rule (../shared/DESIGN.md): extract/ imports nothing of ours outside itself,
and no module of it imports the engine back (the engine is the orchestration on top)."""

from __future__ import annotations

import ast

from conftest import ROOT

OURS = {"extract", "store", "briefing", "app", "dashboard", "tests", "bench"}


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                yield a.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            for a in node.names:
                yield f"{node.module}.{a.name}"


def test_extract_imports_only_itself():
    bad = []
    for path in sorted((ROOT / "extract").glob("*.py")):
        for name in _imports(path):
            top = name.split(".")[0]
            if top in OURS and top != "extract":
                bad.append((path.name, name))
    assert not bad, bad


def test_nothing_in_extract_imports_the_engine():
    bad = []
    for path in sorted((ROOT / "extract").glob("*.py")):
        if path.name in ("engine.py", "__init__.py", "home.py"):
            continue  # the package's front door re-exports the engine's entry point; home.py guesses
            # a folder's city by extracting a few of its articles (a user of the engine, not a stage)
        for name in _imports(path):
            if name == "extract.engine" or name.startswith("extract.engine."):
                bad.append(path.name)
    assert not bad, bad


def test_lower_layers_never_import_higher_ones():
    order = ["extract", "store", "briefing", "app"]
    bad = []
    for i, low in enumerate(order):
        folder = ROOT / low
        if not folder.is_dir():
            continue
        higher = set(order[i + 1 :]) | {"streamlit", "dashboard"} if low != "app" else {"dashboard"}
        for path in sorted(folder.glob("*.py")):
            for name in _imports(path):
                if name.split(".")[0] in higher:
                    bad.append((f"{low}/{path.name}", name))
    assert not bad, bad


def test_streamlit_only_in_the_pages():
    """app/ computes what the pages show without Streamlit (tested without a server); only
    app/pages/ and the entry, dashboard.py, draw (issue 21). No page is imported back."""
    bad = []
    for path in sorted((ROOT / "app").glob("*.py")):
        for name in _imports(path):
            if name.split(".")[0] == "streamlit" or name.startswith("app.pages"):
                bad.append((path.name, name))
    assert not bad, bad
    assert any(n.startswith("streamlit") for n in _imports(ROOT / "app" / "pages" / "shell.py"))
    assert "sys.path" not in (ROOT / "dashboard.py").read_text(encoding="utf-8")  # dev.sh installs the project
