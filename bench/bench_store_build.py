"""Extraction of a large archive into the records store, and what decides whether it scales.

    .venv/bin/python bench/bench_store_build.py [--mb 500] [--keep] [--no-local]

Builds a synthetic archive of --mb MB (the mixed kind of bench/bench_extract.py: its archive,
copied with a distinct line per copy so every file is a new text to extract) and extracts it
into a fresh store each time, in the same run:
  plain     one process, no Dask: read, decode, extract, store in batches (the same batches and
            the same store writes as the Dask path, so only the distribution differs)
  dask ×1   store.build with a LocalCluster of one process (what `python -m store build` starts)
  dask ×2   the same with two
  external  a `dask scheduler` and --workers `dask worker` processes started on their own, as on
            a cluster (all on this machine), the client being this process
For the external run it prints the CPU seconds per MB of the client, the scheduler and each
worker, read from the processes themselves (psutil), the client's share of the workers' CPU
(target ≤ 5%), the client's own stages, and from these rates the modelled time of a 100 GB
archive on 8, 32 and 128 workers with the stage that limits each.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.corpus import Article, article_paths, folder_home, read_meta  # noqa: E402
from extract.decode import decode_bytes  # noqa: E402
from extract.errors import InputError  # noqa: E402
from store import build as build_mod  # noqa: E402
from store.extraction import extract_one  # noqa: E402
from store.recordstore import RecordStore  # noqa: E402

ARCHIVE = ROOT / "bench" / "archive"
CLUSTER_SIZES = (8, 32, 128)
ARCHIVE_MB = 100_000  # the modelled archive: 100 GB


def make_archive(mb: float, folder: Path) -> tuple[int, int]:
    sources = list(article_paths(ARCHIVE))
    if not sources:
        sys.exit(f"no bench archive in {ARCHIVE}: run bench/bench_extract.py once to build it")
    src_meta = read_meta(ARCHIVE)
    folder.mkdir(parents=True)
    target, total, articles, copy = int(mb * 1e6), 0, {}, 0
    while total < target:
        for src in sources:
            if total >= target:
                break
            name = f"c{copy:03d}_{src.name}"
            data = src.read_bytes() + f"\n（副本{copy}）\n".encode()
            (folder / name).write_bytes(data)
            articles[name] = {"published": src_meta.published(src.name)}
            total += len(data)
        copy += 1
    (folder / "corpus.json").write_text(
        json.dumps({"paper": src_meta.paper, "city": src_meta.city, "articles": articles}, ensure_ascii=False),
        encoding="utf-8",
    )
    return total, len(articles)


def plain(folder: Path, store: RecordStore) -> float:
    """One process: the same extraction and store writes as store.build, without Dask."""
    meta = read_meta(folder)
    city = folder_home(folder, None, meta).city
    t0 = time.perf_counter()  # keying the archive included, as in build()
    if hasattr(build_mod, "run_local"):
        build_mod.run_local(folder, city, store)
        return time.perf_counter() - t0
    # the build before Arrow batches (kept so this bench measures an older tree too)
    report = build_mod.BuildReport()
    todo = build_mod._todo(folder, city, store, report)
    for batch in build_mod._batches(todo):
        results = []
        for name, data, published in build_mod._payload(batch):
            try:
                text = decode_bytes(data, name).text
                art = Article(name=name, text=text, published=published, sha256=hashlib.sha256(data).hexdigest())
                results.append((name, *extract_one(art, city), ""))
            except InputError as exc:
                results.append((name, [], [], exc.en))
        build_mod._store_results(store, batch, results, meta.paper, report)
    return time.perf_counter() - t0


def local_build(folder: Path, store: RecordStore, workers: int) -> tuple[float, float, list[float]]:
    """(seconds of the whole build incl. cluster start, seconds after start, workers' peak RSS MB)."""
    from dask.distributed import Client, LocalCluster

    t0 = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        up = time.perf_counter()
        build_mod.build(folder, scheduler=cluster.scheduler_address, store=store, progress=False)
        with Client(cluster.scheduler_address) as client:
            got = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
            peaks = sorted(got.values())
    end = time.perf_counter()
    return end - t0, end - up, peaks


@contextlib.contextmanager
def external_cluster(workers: int, tmp: Path):
    """A `dask scheduler` and `dask worker` processes of their own (no nanny: each worker is one
    process whose CPU can be read), as a cluster runs them; yields (address, scheduler, workers)."""
    from dask.distributed import Client

    dask = str(Path(sys.executable).with_name("dask"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # the tree this bench is in, not the installed one
    sched_file = tmp / "scheduler.json"
    logs = tmp / "logs"
    logs.mkdir(exist_ok=True)
    procs: list[subprocess.Popen] = []

    def start(args: list[str], log: str) -> subprocess.Popen:
        with open(logs / log, "w") as out:
            procs.append(subprocess.Popen([dask, *args], env=env, stdout=out, stderr=subprocess.STDOUT))
        return procs[-1]

    try:
        scheduler = start(
            ["scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", str(sched_file)],
            "scheduler.log",
        )
        deadline = time.monotonic() + 60
        while not sched_file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        address = json.loads(sched_file.read_text())["address"]
        worker_procs = [
            start(
                ["worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard", "--host", "127.0.0.1"],
                f"worker{i}.log",
            )
            for i in range(workers)
        ]
        with Client(address) as client:
            client.wait_for_workers(workers, timeout=120)
            # every worker imports the engine before the clock starts (as a long-running
            # cluster's would have): the build measures extraction, not imports
            client.run(lambda: __import__("store.build") and None)
        yield address, psutil.Process(scheduler.pid), [psutil.Process(p.pid) for p in worker_procs]
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


def _cpu(proc: psutil.Process) -> float:
    t = proc.cpu_times()
    return t.user + t.system


IDLE_S = 5.0  # seconds of an idle cluster measured before the build


def external_build(folder: Path, store: RecordStore, workers: int, tmp: Path) -> dict:
    """Wall time and CPU seconds of each process of a build on an external cluster, and each
    process's CPU while idle (heartbeats, event loops: a cost per second, not per MB)."""
    with external_cluster(workers, tmp) as (address, scheduler, worker_procs):
        procs = {"client": psutil.Process(), "scheduler": scheduler, **{f"w{i}": p for i, p in enumerate(worker_procs)}}
        idle0 = {k: _cpu(p) for k, p in procs.items()}
        time.sleep(IDLE_S)
        before = {k: _cpu(p) for k, p in procs.items()}
        t0 = time.perf_counter()
        report = build_mod.build(folder, scheduler=address, store=store, progress=False)
        wall = time.perf_counter() - t0
        after = {k: _cpu(p) for k, p in procs.items()}
    cpu = {k: after[k] - before[k] for k in before}
    idle = {k: (before[k] - idle0[k]) / IDLE_S for k in before}
    net = {k: max(0.0, cpu[k] - idle[k] * wall) for k in cpu}
    stages = dict(getattr(report, "stage_cpu", {}) or {})
    return {"wall": wall, "cpu": cpu, "idle": idle, "net": net, "stages": stages, "report": report}


def model(mb: float, cpu: dict[str, float]) -> None:
    """Rates per CPU-second of each stage (net of idle: on a cluster N times as fast, a cost per
    second is spread over N times the MB), and what 100 GB takes on N workers: a worker's rate
    times N, until the client or the scheduler (one process each) saturates first."""
    worker_cpu = sum(v for k, v in cpu.items() if k.startswith("w"))
    rates = {
        "workers (per worker)": mb / worker_cpu,
        "client": mb / max(cpu["client"], 1e-9),
        "scheduler": mb / max(cpu["scheduler"], 1e-9),
    }
    print()
    print("rates (MB per CPU-second; one process each for the client and the scheduler):")
    for name, rate in rates.items():
        print(f"  {name:<22} {rate:10.1f} MB/s")
    print()
    print(f"modelled {ARCHIVE_MB / 1000:.0f} GB archive (network and disk not modelled):")
    for n in CLUSTER_SIZES:
        limits = {
            "workers": rates["workers (per worker)"] * n,
            "client": rates["client"],
            "scheduler": rates["scheduler"],
        }
        stage = min(limits, key=lambda k: limits[k])
        rate = limits[stage]
        print(
            f"  {n:>3} workers: {ARCHIVE_MB / rate / 60:7.1f} min at {rate:7.0f} MB/s, limited by the {stage}"
            + (f" (workers alone: {ARCHIVE_MB / limits['workers'] / 60:.1f} min)" if stage != "workers" else "")
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=500.0)
    ap.add_argument("--workers", type=int, default=2, help="workers of the external cluster")
    ap.add_argument("--no-local", action="store_true", help="the external cluster only (no plain / dask ×1 / ×2)")
    ap.add_argument("--keep", action="store_true", help="keep the archive folder (printed)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench_store_"))
    try:
        folder = tmp / "archive"
        t = time.perf_counter()
        size, n = make_archive(args.mb, folder)
        mb = size / 1e6
        print(f"archive: {n} articles, {mb:.0f} MB, written in {time.perf_counter() - t:.0f} s", flush=True)
        counts = {}
        if not args.no_local:
            rows = {}
            t_plain = plain(folder, RecordStore(tmp / "plain.duckdb"))
            print(f"plain     {t_plain:8.1f} s  {mb / t_plain:6.2f} MB/s", flush=True)
            for w in (1, 2):
                total, after_start, peaks = local_build(folder, RecordStore(tmp / f"dask{w}.duckdb"), w)
                rows[w] = after_start
                print(
                    f"dask ×{w}    {total:8.1f} s  {mb / total:6.2f} MB/s (cluster start excluded: "
                    f"{mb / after_start:.2f} MB/s); worker peak RSS {', '.join(f'{p:.0f}' for p in peaks)} MB",
                    flush=True,
                )
            print(
                f"×2 / ×1: {rows[1] / rows[2]:.2f}× as fast; Dask ×1 against the plain loop: "
                f"{(rows[1] / t_plain - 1) * 100:+.0f}%"
            )
            counts.update(
                {name: RecordStore(tmp / f"{name}.duckdb").count()["records"] for name in ("plain", "dask1", "dask2")}
            )

        ext = external_build(folder, RecordStore(tmp / "external.duckdb"), args.workers, tmp)
        counts["external"] = RecordStore(tmp / "external.duckdb").count()["records"]
        print(f"records stored: {counts} ({'same' if len(set(counts.values())) == 1 else 'DIFFER'})")
        cpu = ext["cpu"]
        worker_cpu = sum(v for k, v in cpu.items() if k.startswith("w"))
        print()
        print(
            f"external cluster (dask scheduler + {args.workers} dask worker processes, this process the "
            f"client): {ext['wall']:.1f} s, {mb / ext['wall']:.2f} MB/s"
        )
        net = ext["net"]
        print("CPU seconds per MB, from each process (psutil); net: less the process's idle CPU/s × the wall time")
        for name, sec in cpu.items():
            label = {"client": "client", "scheduler": "scheduler"}.get(name, f"worker {name[1:]}")
            print(
                f"  {label:<10} {sec / mb:8.4f} s/MB  ({sec:6.1f} s; idle {ext['idle'][name] * 100:4.1f}% of a core; "
                f"net {net[name] / mb:.4f} s/MB)"
            )
        share = cpu["client"] / worker_cpu
        net_share = net["client"] / sum(v for k, v in net.items() if k.startswith("w"))
        print(
            f"client's share of the workers' CPU: {share * 100:.1f}%, net of idle {net_share * 100:.1f}% "
            f"(target ≤ 5%: {'PASS' if share <= 0.05 else 'FAIL'})"
        )
        if ext["stages"]:
            print("the client's stages (process CPU while in each; the rest: Dask's comm thread, idle):")
            for stage, sec in ext["stages"].items():
                print(f"  {stage:<22} {sec / mb * 1000:8.2f} ms/MB")
            rest = cpu["client"] - sum(ext["stages"].values())
            print(f"  {'comm, (de)serialise':<22} {rest / mb * 1000:8.2f} ms/MB")
        model(mb, net)
        print(f"client peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB (every run)")
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
