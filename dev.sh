#!/usr/bin/env bash
# One entry point for a fresh machine that has only Python 3.11:
#   bash dev.sh app [-- --corpus DIR]   set up, then open the dashboard (default corpus: seeds/)
#   bash dev.sh test [PYTEST ARGS]      set up, then run the test suite (python -m pytest)
# Set-up creates .venv and installs the project with its test extras; it reruns only when
# pyproject.toml changes.
set -euo pipefail
cd "$(dirname "$0")"

PY=${PYTHON:-}
if [ -z "$PY" ]; then
  for cand in python3.11 python3 python; do
    if command -v "$cand" >/dev/null 2>&1; then PY=$cand; break; fi
  done
fi
"$PY" - <<'PYCHECK' || { echo "dev.sh: Python 3.11 or newer is needed (found: $("$PY" --version 2>&1))" >&2; exit 1; }
import sys
sys.exit(0 if sys.version_info >= (3, 11) else 1)
PYCHECK

setup() {
  [ -x .venv/bin/python ] || "$PY" -m venv .venv
  local stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e '.[test]'
    touch "$stamp"
  fi
  .venv/bin/python -m app.web_font >/dev/null   # the CJK font the page is served with (static/)
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
  app)  setup; exec .venv/bin/python -m app.pages.serve "$@" ;;   # streamlit run dashboard.py, warmed
  test) setup; exec .venv/bin/python -m pytest "$@" ;;
  *)    echo "usage: bash dev.sh app [-- --corpus DIR] | bash dev.sh test [pytest args]" >&2; exit 2 ;;
esac
