"""Mutation testing of the extractor's rules and the timeline's checks (issue 13).

    python bench/mutation.py [--modules extract/numbers.py ...] [--max-per-module 60]
                             [--seed 13] [--jobs 2] [--tests tests/a.py ...] [--json out.json]
                             [--list] [--keep]

Not part of the normal test run: it is slow (a full run is minutes, not seconds).

What it does
  * copies the repository this script lives in to a temporary folder (one copy per job;
    .git, .venv, caches and bench/archive are left out) and mutates only those copies, so
    it can be run from a working tree someone is editing;
  * for each target module, generates one-change mutants from its AST:
      cmp      a comparison operator swapped: < ↔ <=, > ↔ >=, == ↔ !=
      int      an integer constant +1 or -1
      boolop   and ↔ or
      not      a `not` removed
      regex    one alternative dropped from a regex alternation in a string literal
               (a|b|c → a|c); only in strings that compile as a regex before and after
      table    one element dropped from a tuple/list/set of strings, or one entry from a
               dict whose keys are strings (the word tables)
      return   return True ↔ return False
    docstrings are not mutated; a target may be limited to some functions
    (briefing/timeline.py:checks,_stated means those functions only);
  * samples at most --max-per-module of them per module (random.Random(seed), so the same
    seed gives the same mutants), runs the module's tests on each (pytest -x -q
    -p no:cacheprovider; a mutant is killed when they fail, also when it no longer
    imports) with a per-mutant timeout (a hang counts as killed: reported apart);
  * prints, per module: mutants, killed, survived, timeouts, score = (killed + timeouts) /
    mutants, then every survivor as file:line, kind, the mutation and the mutated line.

The default tests per module are fast ones that exercise it (the browser tests never);
tests/test_caught_mutants.py holds the unit tests written to kill earlier survivors.
Mutants that cannot change behaviour (equivalent) are listed in EQUIVALENT with a reason:
they still count as survivors in the score; the table also shows the score without them.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import json
import os
import queue
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The timeline's checks (cumulative never falls, recovered ≤ confirmed, the balance) and the
# helpers only they use.
TIMELINE_CHECKS = "briefing/timeline.py:checks,_stated,_by_date,_evidence_of"
DEFAULT_MODULES = [
    "extract/numbers.py",
    "extract/dates.py",
    "extract/places.py",
    "extract/classify.py",
    TIMELINE_CHECKS,
]

_EXTRACT_TESTS = [
    "tests/test_caught_mutants.py",
    "tests/test_numbers.py",
    "tests/test_dates.py",
    "tests/test_places.py",
    "tests/test_golden.py",
    "tests/test_seed_gold.py",
]
DEFAULT_TESTS = {
    "extract/numbers.py": _EXTRACT_TESTS,
    "extract/dates.py": _EXTRACT_TESTS,
    "extract/places.py": _EXTRACT_TESTS,
    "extract/classify.py": _EXTRACT_TESTS,
    "briefing/timeline.py": ["tests/test_caught_mutants.py", "tests/test_timeline.py"],
}

# Left out of the copies: not needed by the tests, or large.
_SKIP_TOP = {".git", ".venv", "artifacts", "out", ".hypothesis", ".pytest_cache"}
_SKIP_ANY = {"__pycache__", ".pytest_cache", "node_modules"}

# Mutants that cannot change what the code computes, keyed by (file, the unmutated line
# stripped, the column of the mutated node on it, the mutation as printed): see Mutant.key.
# Each still counts as a survivor in the score; the table's last column leaves them out.
EQUIVALENT: dict[tuple[str, str, int, str], str] = {}


@dataclass
class Mutant:
    path: str  # relative to the repository, e.g. extract/numbers.py
    line: int
    kind: str
    desc: str
    start: int  # byte span replaced in the module's source
    end: int
    new: str  # replacement text
    col: int = 0  # where the mutated node starts on its line (characters)
    source_line: str = ""  # that line of the unmutated module, stripped
    mutated_line: str = ""
    status: str = ""  # killed | survived | timeout | error
    seconds: float = 0.0
    detail: str = ""  # first failing test, for killed mutants

    @property
    def key(self) -> tuple[str, str, int, str]:
        """Names a mutant by its code, not its line number (lines move when the file changes)."""
        return (self.path, self.source_line, self.col, self.desc)


# ------------------------------------------------------------------ mutant generation

_CMP_SWAP = {
    ast.Lt: (ast.LtE, "<", "<="),
    ast.LtE: (ast.Lt, "<=", "<"),
    ast.Gt: (ast.GtE, ">", ">="),
    ast.GtE: (ast.Gt, ">=", ">"),
    ast.Eq: (ast.NotEq, "==", "!="),
    ast.NotEq: (ast.Eq, "!=", "=="),
}
_CMP_TOKEN = {"<": r"<(?!=)", "<=": r"<=", ">": r">(?!=)", ">=": r">=", "==": r"==", "!=": r"!="}


def _short(s: str, n: int = 40) -> str:
    s = s.replace("\n", "\\n")
    return s if len(s) <= n else s[: n - 1] + "…"


def regex_groups(p: str) -> list[tuple[int, int, list[int]]]:
    """(content start, content end, positions of its top-level |) for every group of the
    pattern p with an alternation, the pattern itself included. Escapes and [...] classes
    are skipped; an unbalanced ) (a fragment of a longer pattern) ends nothing."""
    stack: list[tuple[int, list[int]]] = [(0, [])]
    groups = []
    i, n = 0, len(p)
    while i < n:
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            j = i + 1
            if j < n and p[j] == "^":
                j += 1
            if j < n and p[j] == "]":
                j += 1
            while j < n and p[j] != "]":
                j += 2 if p[j] == "\\" else 1
            i = j + 1
            continue
        if c == "(":
            j = i + 1
            if p.startswith("?", j):
                m = re.match(r"\?(?:P<\w+>|P=\w+\)|[:=!>]|<[=!]|[aiLmsux-]+:|[aiLmsux]+\)|#[^)]*\))", p[j:])
                if m is None:
                    return []
                j += m.end()
                if m.group().endswith(")") and not m.group().startswith("?P<"):
                    i = j  # (?i) or (?P=name) or a comment: no content
                    continue
            stack.append((j, []))
            i = j
            continue
        if c == ")":
            if len(stack) > 1:
                start, bars = stack.pop()
                if bars:
                    groups.append((start, i, bars))
            i += 1
            continue
        if c == "|":
            stack[-1][1].append(i)
        i += 1
    if len(stack) == 1 and stack[0][1]:
        groups.append((0, n, stack[0][1]))
    return groups


def drop_alternatives(p: str) -> list[tuple[str, str, str]]:
    """(mutated pattern, the dropped alternative, the group) for each alternative of each
    alternation of p."""
    out = []
    for start, end, bars in regex_groups(p):
        edges = [start - 1, *bars, end]
        for k in range(len(edges) - 1):
            a, b = edges[k] + 1, edges[k + 1]
            if k < len(edges) - 2:
                new = p[:a] + p[b + 1 :]  # the alternative and the | after it
            else:
                new = p[: edges[k]] + p[b:]  # the | before it and the alternative
            out.append((new, p[a:b], p[start:end]))
    return out


class _Generator(ast.NodeVisitor):
    def __init__(self, path: str, src: str, functions: set[str] | None):
        self.path = path
        self.src = src
        self.b = src.encode("utf-8")
        self.line_starts = [0]
        for line in self.b.splitlines(keepends=True):
            self.line_starts.append(self.line_starts[-1] + len(line))
        self.functions = functions
        self.mutants: list[Mutant] = []
        self.docstrings: set[int] = set()
        self.fstring_parts: set[int] = set()
        self._in_target = functions is None

    # positions ----------------------------------------------------------------
    def off(self, lineno: int, col: int) -> int:
        return self.line_starts[lineno - 1] + col

    def span(self, node) -> tuple[int, int]:
        return self.off(node.lineno, node.col_offset), self.off(node.end_lineno, node.end_col_offset)

    def text(self, a: int, b: int) -> str:
        return self.b[a:b].decode("utf-8")

    def add(self, node, kind: str, desc: str, start: int, end: int, new: str):
        line = self.b[self.line_starts[node.lineno - 1] : self.line_starts[node.lineno]]
        col = len(line[: node.col_offset].decode("utf-8", "replace"))
        self.mutants.append(
            Mutant(
                self.path, node.lineno, kind, desc, start, end, new, col=col, source_line=line.decode("utf-8").strip()
            )
        )

    # scoping ------------------------------------------------------------------
    def visit_Module(self, node):
        self._docstring(node)
        self.generic_visit(node)

    def _docstring(self, node):
        body = getattr(node, "body", [])
        if (
            body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            self.docstrings.add(id(body[0].value))

    def _scoped(self, node):
        self._docstring(node)
        if self.functions is not None and not self._in_target and node.name in self.functions:
            self._in_target = True
            self.generic_visit(node)
            self._in_target = False
        else:
            self.generic_visit(node)

    visit_FunctionDef = visit_AsyncFunctionDef = visit_ClassDef = _scoped

    def visit_JoinedStr(self, node):
        for v in node.values:
            self.fstring_parts.add(id(v))
        self.generic_visit(node)

    # mutations ----------------------------------------------------------------
    def visit_Compare(self, node):
        if self._in_target:
            operands = [node.left, *node.comparators]
            for i, op in enumerate(node.ops):
                swap = _CMP_SWAP.get(type(op))
                if swap is None:
                    continue
                _, old, new = swap
                a = self.span(operands[i])[1]
                b = self.span(operands[i + 1])[0]
                gap = self.text(a, b)
                code = gap.split("#", 1)[0]
                m = re.search(_CMP_TOKEN[old], code)
                if m is None:
                    continue
                self.add(
                    node,
                    "cmp",
                    f"{old} → {new}",
                    a + len(gap[: m.start()].encode()),
                    a + len(gap[: m.end()].encode()),
                    new,
                )
        self.generic_visit(node)

    def visit_BoolOp(self, node):
        if self._in_target:
            old, new = ("and", "or") if isinstance(node.op, ast.And) else ("or", "and")
            # every operator of the chain: the one AST operator becomes the other
            parts = []
            for left, right in zip(node.values, node.values[1:]):
                a, b = self.span(left)[1], self.span(right)[0]
                gap = self.text(a, b)
                m = re.search(rf"\b{old}\b", gap.split("#", 1)[0])
                if m is None:
                    parts = []
                    break
                parts.append((a + len(gap[: m.start()].encode()), a + len(gap[: m.end()].encode())))
            if parts:
                start, end = parts[0][0], parts[-1][1]
                seg = self.b[start:end]
                for s, e in reversed(parts):
                    seg = seg[: s - start] + new.encode() + seg[e - start :]
                self.add(node, "boolop", f"{old} → {new}", start, end, seg.decode())
        self.generic_visit(node)

    def visit_UnaryOp(self, node):
        if self._in_target and isinstance(node.op, ast.Not):
            a, b = self.span(node)
            oa, ob = self.span(node.operand)
            self.add(
                node,
                "not",
                f"not {_short(self.text(oa, ob))} → {_short(self.text(oa, ob))}",
                a,
                b,
                "(" + self.text(oa, ob) + ")",
            )
        self.generic_visit(node)

    def visit_Return(self, node):
        v = node.value
        if self._in_target and isinstance(v, ast.Constant) and isinstance(v.value, bool):
            a, b = self.span(v)
            self.add(node, "return", f"return {v.value} → return {not v.value}", a, b, str(not v.value))
        self.generic_visit(node)

    def visit_Constant(self, node):
        if not self._in_target or id(node) in self.docstrings or id(node) in self.fstring_parts:
            return
        v = node.value
        a, b = self.span(node)
        if isinstance(v, int) and not isinstance(v, bool):
            for d in (1, -1):
                self.add(node, "int", f"{v} → {v + d}", a, b, str(v + d))
        elif isinstance(v, str) and "|" in v:
            try:
                re.compile(v)
            except re.error:
                return
            for new, alt, group in drop_alternatives(v):
                try:
                    re.compile(new)
                except re.error:
                    continue
                self.add(node, "regex", f"drop {alt!r} from {_short(group)!r}", a, b, repr(new))

    def _table(self, node, elts, open_, close):
        if not self._in_target or len(elts) < 2:
            return
        if not all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in elts):
            return
        segs = [self.text(*self.span(e)) for e in elts]
        a, b = self.span(node)
        for k, e in enumerate(elts):
            rest = segs[:k] + segs[k + 1 :]
            body = ", ".join(rest) + ("," if open_ == "(" and len(rest) == 1 else "")
            self.add(e, "table", f"drop {e.value!r} ({len(elts)} → {len(elts) - 1})", a, b, open_ + body + close)

    def visit_Tuple(self, node):
        self._table(node, node.elts, "(", ")")
        self.generic_visit(node)

    def visit_List(self, node):
        self._table(node, node.elts, "[", "]")
        self.generic_visit(node)

    def visit_Set(self, node):
        self._table(node, node.elts, "{", "}")
        self.generic_visit(node)

    def visit_Dict(self, node):
        keys = node.keys
        if (
            self._in_target
            and len(keys) >= 2
            and all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in keys)
        ):
            items = [f"{self.text(*self.span(k))}: {self.text(*self.span(v))}" for k, v in zip(keys, node.values)]
            a, b = self.span(node)
            for i, k in enumerate(keys):
                self.add(
                    k,
                    "table",
                    f"drop key {k.value!r} ({len(keys)} → {len(keys) - 1})",
                    a,
                    b,
                    "{" + ", ".join(items[:i] + items[i + 1 :]) + "}",
                )
        self.generic_visit(node)


def parse_target(spec: str) -> tuple[str, set[str] | None]:
    path, _, funcs = spec.partition(":")
    return path, ({f for f in funcs.split(",") if f} if funcs else None)


def generate(root: Path, spec: str) -> list[Mutant]:
    """Every valid, distinct mutant of a target (path or path:func1,func2)."""
    path, functions = parse_target(spec)
    src = (root / path).read_text(encoding="utf-8")
    tree = ast.parse(src)
    if functions:
        defined = {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
        missing = functions - defined
        if missing:
            raise SystemExit(f"{path}: no function {', '.join(sorted(missing))}")
    gen = _Generator(path, src, functions)
    gen.visit(tree)
    out, seen = [], set()
    for m in gen.mutants:
        new_src = gen.b[: m.start] + m.new.encode() + gen.b[m.end :]
        if new_src == gen.b or new_src in seen:
            continue
        try:
            compile(new_src, path, "exec")
        except SyntaxError:
            continue
        seen.add(new_src)
        # the mutated source's line where the change starts (a word table is rewritten on one line)
        a = new_src.rfind(b"\n", 0, m.start) + 1
        b = new_src.find(b"\n", m.start)
        m.mutated_line = new_src[a : b if b >= 0 else len(new_src)].decode("utf-8").strip()
        out.append(m)
    return out


def sample(mutants: list[Mutant], n: int, seed: int, spec: str) -> list[Mutant]:
    if n <= 0 or len(mutants) <= n:
        return list(mutants)
    rng = random.Random(f"{seed}:{spec}")
    picked = rng.sample(range(len(mutants)), n)
    return [mutants[i] for i in sorted(picked)]


# ------------------------------------------------------------------ running


def _ignore(root: Path):
    def ignore(directory, names):
        rel = Path(directory).resolve().relative_to(root)
        skip = {n for n in names if n in _SKIP_ANY or n.endswith(".egg-info")}
        if rel == Path("."):
            skip |= {n for n in names if n in _SKIP_TOP}
        if rel == Path("bench"):
            skip |= {"archive"}
        return skip

    return ignore


def make_copy(root: Path, dst: Path) -> Path:
    shutil.copytree(root, dst, ignore=_ignore(root), symlinks=True)
    return dst


def _env(copy: Path) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(copy) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # a mutant of the same size and second must not reuse a .pyc
    env.pop("REQUIRE_BROWSER", None)
    return env


_RUNNING: set[subprocess.Popen] = set()  # the test runs under way (killed on Ctrl-C / SIGTERM)
_STOP = threading.Event()


def _kill(proc: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)  # pytest and anything it started (its own session)


def run_tests(copy: Path, tests: list[str], timeout: float) -> tuple[str, float, str]:
    """('passed' | 'failed' | 'timeout' | 'error', seconds, the first failure's line)."""
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "-x",
        "-q",
        "-p",
        "no:cacheprovider",
        "--no-header",
        "-m",
        "not browser",
        *tests,
    ]
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        cwd=copy,
        env=_env(copy),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    _RUNNING.add(proc)
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(proc)
        proc.communicate()
        return "timeout", time.perf_counter() - t0, ""
    finally:
        _RUNNING.discard(proc)
    if _STOP.is_set():
        return "error", time.perf_counter() - t0, "interrupted"
    secs = time.perf_counter() - t0
    if proc.returncode == 0:
        return "passed", secs, ""
    if proc.returncode in (1, 2):  # tests failed, or collection failed (the mutant broke an import)
        first = next((ln for ln in out.splitlines() if ln.startswith(("FAILED", "ERROR"))), "")
        return "failed", secs, first[:200]
    return "error", secs, out[-2000:]


def check_imports(copy: Path) -> None:
    res = subprocess.run(
        [sys.executable, "-c", "import extract, briefing; print(extract.__file__)"],
        cwd=copy,
        env=_env(copy),
        capture_output=True,
        text=True,
    )
    where = Path(res.stdout.strip()).resolve()
    if res.returncode != 0 or copy.resolve() not in where.parents:
        raise SystemExit(f"the copy does not import its own extract package: {res.stdout}{res.stderr}")


def run(mutants: list[Mutant], copies: list[Path], tests_of, timeout_of, progress=True) -> None:
    todo: queue.Queue = queue.Queue()
    for m in mutants:
        todo.put(m)
    originals: dict[tuple[Path, str], bytes] = {}
    lock = threading.Lock()
    done = [0]

    finished = threading.Semaphore(0)

    def worker(copy: Path):
        try:
            work(copy)
        finally:
            finished.release()

    def work(copy: Path):
        while not _STOP.is_set():
            try:
                m = todo.get_nowait()
            except queue.Empty:
                return
            target = copy / m.path
            key = (copy, m.path)
            if key not in originals:
                originals[key] = target.read_bytes()
            orig = originals[key]
            target.write_bytes(orig[: m.start] + m.new.encode() + orig[m.end :])
            try:
                result, secs, detail = run_tests(copy, tests_of(m.path), timeout_of(m.path))
            except Exception as exc:  # never lose the run to one mutant
                result, secs, detail = "error", 0.0, repr(exc)
            finally:
                target.write_bytes(orig)
            m.status = {"passed": "survived", "failed": "killed"}.get(result, result)
            m.seconds, m.detail = round(secs, 2), detail
            with lock:
                done[0] += 1
                if progress:
                    print(
                        f"  [{done[0]}/{len(mutants)}] {m.status:8} {m.path}:{m.line} {m.kind} {m.desc} ({secs:.1f}s)",
                        file=sys.stderr,
                        flush=True,
                    )

    threads = [threading.Thread(target=worker, args=(c,), daemon=True) for c in copies]
    for t in threads:
        t.start()
    # Waits on a semaphore, not Thread.join: a join interrupted by Ctrl-C can leave the
    # thread looking finished (CPython 3.11), and the copies would go while it restores.
    left = len(threads)
    try:
        while left:
            if finished.acquire(timeout=0.5):
                left -= 1
    except KeyboardInterrupt:
        _STOP.set()
        for proc in list(_RUNNING):
            _kill(proc)
        deadline = time.monotonic() + 30
        while left and time.monotonic() < deadline:
            if finished.acquire(timeout=0.5):
                left -= 1
        raise


# ------------------------------------------------------------------ report


def summary(mutants: list[Mutant], specs: list[str]) -> list[dict]:
    rows = []
    for spec in [*specs, "total"]:
        path = parse_target(spec)[0]
        ms = mutants if spec == "total" else [m for m in mutants if m.path == path]
        n = len(ms)
        killed = sum(m.status == "killed" for m in ms)
        timeouts = sum(m.status == "timeout" for m in ms)
        survived = sum(m.status == "survived" for m in ms)
        errors = sum(m.status == "error" for m in ms)
        equiv = sum(m.status == "survived" and m.key in EQUIVALENT for m in ms)
        score = 100.0 * (killed + timeouts) / n if n else 0.0
        score_ne = 100.0 * (killed + timeouts) / (n - equiv) if n - equiv else 0.0
        rows.append(
            {
                "module": spec,
                "mutants": n,
                "killed": killed,
                "survived": survived,
                "timeouts": timeouts,
                "errors": errors,
                "equivalent": equiv,
                "score": round(score, 1),
                "score_without_equivalent": round(score_ne, 1),
            }
        )
    return rows


def print_report(rows: list[dict], mutants: list[Mutant], wall: float) -> None:
    w = max(len(r["module"]) for r in rows)
    head = f"{'module':<{w}}  mutants  killed  survived  timeouts  errors  score   equiv  score w/o equiv"
    print(head)
    print("-" * len(head))
    for r in rows:
        print(
            f"{r['module']:<{w}}  {r['mutants']:>7}  {r['killed']:>6}  {r['survived']:>8}  "
            f"{r['timeouts']:>8}  {r['errors']:>6}  {r['score']:>5.1f}%  {r['equivalent']:>5}  "
            f"{r['score_without_equivalent']:>5.1f}%"
        )
    surv = [m for m in mutants if m.status in ("survived", "error")]
    if surv:
        print(f"\nsurvivors ({len(surv)}):")
        for m in sorted(surv, key=lambda m: (m.path, m.line)):
            tag = "  [equivalent: " + EQUIVALENT[m.key] + "]" if m.key in EQUIVALENT else ""
            err = "  [error]" if m.status == "error" else ""
            print(f"  {m.path}:{m.line}  {m.kind:6} {m.desc}{tag}{err}")
            print(f"      {_short(m.mutated_line, 150)}")
    print(f"\nwall time {wall:.0f} s")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--modules",
        nargs="+",
        default=DEFAULT_MODULES,
        help="targets: path or path:func1,func2 (default: numbers, dates, places, classify, the timeline's checks)",
    )
    ap.add_argument("--max-per-module", type=int, default=60, help="0 = all mutants")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--tests", nargs="+", help="test files for every module (default: per module)")
    ap.add_argument("--jobs", type=int, default=max(1, min(os.cpu_count() or 1, 2)))
    ap.add_argument(
        "--timeout", type=float, default=0, help="seconds per mutant (default: 4× the unmutated run, at least 60)"
    )
    ap.add_argument("--json", help="write the results here")
    ap.add_argument("--list", action="store_true", help="list the sampled mutants, run nothing")
    ap.add_argument("--keep", action="store_true", help="keep the temporary copies")
    args = ap.parse_args(argv)

    signal.signal(signal.SIGTERM, signal.default_int_handler)  # SIGTERM cleans up like Ctrl-C
    t_start = time.perf_counter()
    mutants: list[Mutant] = []
    for spec in args.modules:
        everyone = generate(ROOT, spec)
        picked = sample(everyone, args.max_per_module, args.seed, spec)
        print(f"{spec}: {len(everyone)} mutants, {len(picked)} sampled", file=sys.stderr)
        mutants.extend(picked)
    if args.list:
        for m in mutants:
            print(f"{m.path}:{m.line}  {m.kind:6} {m.desc}\n      {_short(m.mutated_line, 150)}")
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="zz-mutation-"))
    try:
        copies = [make_copy(ROOT, tmp / f"copy{j}") for j in range(max(1, args.jobs))]
        check_imports(copies[0])
        # each module's tests, as the copies hold them (fixed now: files written later don't count)
        tests_by_path: dict[str, list[str]] = {}
        for path in dict.fromkeys(m.path for m in mutants):
            wanted = args.tests or DEFAULT_TESTS.get(path) or _EXTRACT_TESTS
            tests_by_path[path] = [t for t in wanted if (copies[0] / t).exists()]
            missing = [t for t in wanted if t not in tests_by_path[path]]
            if missing:
                print(f"{path}: no {' '.join(missing)} (skipped)", file=sys.stderr)
            if not tests_by_path[path]:
                print(f"{path}: no tests to run", file=sys.stderr)
                return 2

        def tests_of(path: str) -> list[str]:
            return tests_by_path[path]

        # the unmutated code must pass its tests; their time sets the timeout
        baseline: dict[tuple[str, ...], float] = {}
        for path in dict.fromkeys(m.path for m in mutants):
            tests = tuple(tests_of(path))
            if tests in baseline:
                continue
            result, secs, detail = run_tests(copies[0], list(tests), 600)
            if result != "passed":
                print(f"the unmutated code fails {' '.join(tests)}: {result}\n{detail}", file=sys.stderr)
                return 2
            baseline[tests] = secs
            print(f"baseline {' '.join(tests)}: {secs:.1f} s", file=sys.stderr)

        def timeout_of(path: str) -> float:
            return args.timeout or max(60.0, 4 * baseline[tuple(tests_of(path))])

        run(mutants, copies, tests_of, timeout_of)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    finally:
        if args.keep:
            print(f"copies kept in {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    wall = time.perf_counter() - t_start
    rows = summary(mutants, args.modules)
    print_report(rows, mutants, wall)
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "seed": args.seed,
                    "max_per_module": args.max_per_module,
                    "wall_seconds": round(wall, 1),
                    "summary": rows,
                    "mutants": [{**asdict(m), "equivalent": EQUIVALENT.get(m.key, "")} for m in mutants],
                },
                ensure_ascii=False,
                indent=1,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
