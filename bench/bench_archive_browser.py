"""The dashboard's first chart on a large corpus against the seeds, side by side in one headless Chromium.

    .venv/bin/python bench/bench_archive_browser.py [--articles 500 2000 10000] [--rounds 2] [--timeout 600]

Builds a corpus of each --articles size from the bench archive (bench/archive, copied as
bench_dashboard.py does) in a temp folder once, and fills its records store (records and the
timeline snapshot, briefing.snapshot) before anything is timed. Each round then starts a fresh
dashboard server on the bundled seeds (5 articles) and one on each corpus (`python -m app.pages.serve --
--corpus DIR`), interleaved (seeds, archive, seeds, archive, …: a noisy machine slows both
alike), and measures in the same Chromium (bench_dashboard_browser.visit):
  * first chart: page.goto → the first `.js-plotly-plot .main-svg` drawn, on a first visit
    (new browser context; includes reading the corpus's records and timeline from its store
    in the fresh server) and
    on a second visit (a new page in the same context: the corpus is cached in the server);
  * the server's peak RSS: VmHWM of the streamlit process, read after both visits, before the
    server stops; its children (kaleido's Chromium, started 8 s after the first page) are
    counted apart, by their PSS at that moment.
Also prints each server's page title (it names the corpus's city). Servers start as `bash dev.sh
app` starts them (app/pages/serve.py: the opening corpus loaded before the server listens).
--cold-timeline drops the kept timeline before each server starts: the first open after a change.

Prints medians, the ratio archive / seeds per visit and PASS/FAIL against the issue's targets
(first chart with the large corpus within 1.5× of the seeds' time, server peak RSS ≤ 1 GB).
Exits 0 whatever the figures (a benchmark, not a test); 1 when an app cannot start or Chromium
/ playwright is missing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.streamlit_server

import itertools

from bench_dashboard import build_corpus
from bench_dashboard_browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    PAGE_PROBE,
    ROOT,
    VIEWPORT,
    _fmt,
    _stat,
    browser_ready,
    visit,
)

from tests.streamlit_server import ServerFailed, start, stop

SEEDS = ROOT / "seeds"
TARGET_RATIO = 1.5
TARGET_RSS_MB = 1024
# The sidebar's corpus folder field: the folder the page shows.
# the corpus a page shows: its title names the corpus's city (the folder field is on the Manage page)
CORPUS_SHOWN = """() => document.title"""


def _status_kb(pid: int, field: str, name: str = "status") -> int:
    try:
        text = Path(f"/proc/{pid}/{name}").read_text()
    except OSError:
        return 0
    return sum(int(line.split()[1]) for line in text.splitlines() if line.startswith(field + ":"))


def server_memory(pid: int) -> dict:
    """The server process's peak RSS (VmHWM, MB) and its descendants (kaleido's Chromium, which
    chromium.warm_up starts 8 s after the first page): how many, and their PSS now (MB; shared
    pages split between them, so the sum is not inflated as a sum of their RSS would be)."""
    children, todo = [], [pid]
    while todo:
        for task in Path(f"/proc/{todo.pop()}/task").glob("*/children"):
            try:
                found = [int(c) for c in task.read_text().split()]
            except OSError:
                continue
            children += found
            todo += found
    return {
        "rss_mb": _status_kb(pid, "VmHWM") / 1024 or None,
        "children": len(children),
        "children_pss_mb": sum(_status_kb(c, "Pss", "smaps_rollup") for c in children) / 1024,
    }


def drop_kept_timeline(corpus: Path) -> None:
    """As if a file had just changed: the records stay, the timeline snapshot goes."""
    import duckdb

    from store.recordstore import store_path_for

    with duckdb.connect(str(store_path_for(corpus))) as con:
        con.execute("DELETE FROM snapshots")


def run_app(name: str, corpus: Path, browser, env: dict, logdir: Path, rnd: int, timeout_ms: int) -> dict:
    """A fresh dashboard server on corpus: two visits, then its peak RSS."""
    log = logdir / f"{name}_{rnd}.log"
    # started as users start it (bash dev.sh app): app/pages/serve.py preloads the opening corpus
    server = start(["-m", "app.pages.serve"], env, log, ["--", "--corpus", str(corpus)])
    proc, port = server.proc, server.port
    res: dict = {"server_healthy": round(server.healthy_s, 3), "log": str(log)}
    context = browser.new_context(viewport=VIEWPORT)
    context.add_init_script(PAGE_PROBE)
    try:
        for key in ("visit1", "visit2"):
            try:
                page, _, res[key] = visit(context, port, timeout_ms)
                res[key]["title"] = page.evaluate(CORPUS_SHOWN)
                page.close()
            except Exception as exc:
                reason = f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
                print(f"  round {rnd + 1} {name} {key}: no chart drawn: {reason}", flush=True)
                res[key] = {"skipped": reason}
        res.update(server_memory(proc.pid))
    finally:
        context.close()
        stop(proc)
    return res


def _values(rounds: list[dict], app: str, visit_key: str | None, key: str) -> list[float]:
    nodes = [r[app].get(visit_key, {}) if visit_key else r[app] for r in rounds]
    return [float(n[key]) for n in nodes if isinstance(n.get(key), (int, float))]


def report(rounds: list[dict], sizes: list[int]) -> None:
    for n in sizes:
        report_size(rounds, str(n), n == sizes[-1])
    if len(sizes) > 1:  # the growth ratio: each step's time for 4× the articles
        print("\nfirst chart by size, median (1st visit / 2nd visit):")
        medians = {
            n: [_stat(_values(rounds, str(n), v, "first_chart"))[0] for v in ("visit1", "visit2")] for n in sizes
        }
        for n in sizes:
            print(f"  {n:>6} articles: {_fmt(medians[n][0])} / {_fmt(medians[n][1])}")
        for a, b in itertools.pairwise(sizes):
            growth = [mb / ma if ma and mb else None for ma, mb in zip(medians[a], medians[b])]
            print(
                f"  {a} → {b} ({b / a:.0f}× the articles): first chart × {_fmt(growth[0], '')} / "
                f"× {_fmt(growth[1], '')} (the issue's bar: ≤ 5 for 4×)"
            )


def report_size(rounds: list[dict], archive: str, with_targets: bool) -> None:
    rows = [
        ("first chart, 1st visit", "visit1", "first_chart"),
        ("first chart, 2nd visit", "visit2", "first_chart"),
        ("script finished, 1st visit", "visit1", "script_finished"),
        ("script finished, 2nd visit", "visit2", "script_finished"),
        ("server start → healthy", None, "server_healthy"),
    ]
    print()
    print(
        f"{'median (min) over ' + str(len(rounds)) + ' round(s)':<30}{'seeds (5)':>20}"
        f"{f'archive ({archive})':>22}{'ratio':>9}"
    )
    print("-" * 81)
    ratios = {}
    for label, visit_key, key in rows:
        (sm, slo), (am, alo) = (_stat(_values(rounds, app, visit_key, key)) for app in ("seeds", archive))
        ratio = am / sm if am and sm else None
        if key == "first_chart":
            ratios[visit_key] = ratio
        print(
            f"{label:<30}{_fmt(sm) + ' (' + _fmt(slo) + ')':>20}{_fmt(am) + ' (' + _fmt(alo) + ')':>22}"
            f"{_fmt(ratio, '×'):>9}"
        )
    late = sorted(
        {
            f"{app} {v}"
            for r in rounds
            for app in ("seeds", archive)
            for v in ("visit1", "visit2")
            if r[app].get(v, {}).get("first_chart") and r[app][v].get("script_finished") is None
        }
    )
    if late:  # visit() waits 120 s for the run's script_finished after the chart, then goes on
        print(f"  — script finished: no script_finished within 120 s of the first chart ({', '.join(late)})")
    for app in ("seeds", archive):
        kb = [_stat(_values(rounds, app, v, "ws_bytes"))[0] for v in ("visit1", "visit2")]
        rss, pss = _values(rounds, app, None, "rss_mb"), _values(rounds, app, None, "children_pss_mb")
        print(
            f"  {app}: websocket {', '.join(f'{(k or 0) / 1024:.0f}' for k in kb)} KB (1st, 2nd visit); "
            f"server peak RSS median {_fmt(_stat(rss)[0], ' MB')}, max {_fmt(max(rss, default=None), ' MB')}; "
            f"children's PSS max {_fmt(max(pss, default=None), ' MB')}"
        )
    if not with_targets:
        return
    print()
    print(f"targets (at {archive} articles):")
    rss_max = max(_values(rounds, archive, None, "rss_mb"), default=None)
    checks = [
        (f"first chart within {TARGET_RATIO}× of the seeds (1st visit)", ratios.get("visit1"), TARGET_RATIO, "×"),
        (f"first chart within {TARGET_RATIO}× of the seeds (2nd visit)", ratios.get("visit2"), TARGET_RATIO, "×"),
        ("server peak RSS ≤ 1 GB (archive, max over rounds)", rss_max, TARGET_RSS_MB, " MB"),
    ]
    for label, value, bar, unit in checks:
        verdict = "SKIP" if value is None else "PASS" if value <= bar else "FAIL"
        print(f"  {verdict:<5} {label}: {_fmt(value, unit)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--articles",
        type=int,
        nargs="+",
        default=[10_000],
        help="articles in each large corpus, e.g. 500 2000 10000 (default 10000; targets at the last)",
    )
    ap.add_argument("--rounds", type=int, default=2, help="seeds/archive rounds (default 2)")
    ap.add_argument("--timeout", type=float, default=600, help="seconds to wait for a first chart (default 600)")
    ap.add_argument(
        "--cold-timeline",
        action="store_true",
        help="drop each corpus's kept timeline before its server starts: the first open after "
        "a change (records stored, timeline built and kept again)",
    )
    args = ap.parse_args(argv)

    ready = browser_ready()
    if ready is None:
        return 1
    sync_playwright, env = ready
    logdir = Path(tempfile.mkdtemp(prefix="bench_archive_browser_"))
    sizes = sorted(set(args.articles))
    with tempfile.TemporaryDirectory(prefix="bench_archive_corpus_") as tmp:
        # The figure is for records already extracted: fill each corpus's records store
        # first (as `python -m store build` would), so each server reads records, not text; and
        # its timeline snapshot, as the first server ever opened on this corpus state leaves it.
        from briefing.snapshot import corpus_timeline
        from store.loader import corpus_fingerprint, load_corpus

        env.pop("ZZ_STORE_DIR", None)
        corpora = {"seeds": SEEDS}
        for n in sizes:
            t = time.monotonic()
            corpora[str(n)] = archive = build_corpus(n, Path(tmp) / f"archive_{n}")
            mb = sum(p.stat().st_size for p in archive.iterdir()) / 2**20
            print(f"corpus: {n} articles, {mb:.0f} MB, in {archive} (built in {time.monotonic() - t:.1f}s)")
        t = time.monotonic()
        for folder in corpora.values():
            corpus_timeline(load_corpus(folder), corpus_fingerprint(folder))
        print(
            f"records and timeline stored beside each corpus in {time.monotonic() - t:.1f}s (not timed below)",
            flush=True,
        )
        print(
            f"{args.rounds} round(s), interleaved seeds → {' → '.join(map(str, sizes))}; Chromium {CHROMIUM}; "
            f"{os.cpu_count()} CPUs; server logs in {logdir}",
            flush=True,
        )
        rounds: list[dict] = []
        t_start = time.monotonic()
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, env=env, headless=True)
                try:
                    for rnd in range(args.rounds):
                        row = {}
                        for name, corpus in corpora.items():
                            if args.cold_timeline:
                                drop_kept_timeline(corpus)
                            t = time.monotonic()
                            row[name] = r = run_app(name, corpus, browser, env, logdir, rnd, int(args.timeout * 1000))
                            v1, v2 = (r[v].get("first_chart") for v in ("visit1", "visit2"))
                            shown = r["visit1"].get("title")
                            print(
                                f"  round {rnd + 1} {name:<8} first chart {_fmt(v1)} / {_fmt(v2)} (1st / 2nd visit), "
                                f"server peak RSS {_fmt(r['rss_mb'], ' MB')} (+ {r['children']} child process(es), "
                                f"PSS {r['children_pss_mb']:.0f} MB), "
                                f"title {shown!r}, "
                                f"{time.monotonic() - t:.0f}s in all",
                                flush=True,
                            )
                        rounds.append(row)
                finally:
                    browser.close()
        except ServerFailed as exc:
            print(f"an app did not start: {exc}", file=sys.stderr)
            return 1
    print(f"total {time.monotonic() - t_start:.0f}s")
    report(rounds, sizes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
