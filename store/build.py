"""`python -m store build CORPUS`: extract an archive in parallel on Dask into its records store.

    python -m store build CORPUS [--workers N] [--scheduler ADDRESS] [--city 株洲市]

The client keys every article (sha256 of its bytes, home city, publication date) from the
store's file index where it can (an unchanged file is not read), and skips what the store
already holds for this engine version. The rest go to the workers in batches (a few MB each) as
bytes in an Arrow table, so the workers need no access to the folder; a worker hashes (what the
client did not), decodes and extracts, and the batch's records and events come back as Arrow
tables (store.wire), never as pickled Records: the client appends them to the store in bulk, a
few batches per transaction. The client is one process for every worker of a cluster, so it
does as little per MB as it can. At most two batches per worker are in flight: memory on the
client and on every worker stays flat in the size of the archive.

A worker that dies mid-batch loses nothing: Dask runs the batch again on another worker, and the
store replaces a key's rows rather than adding to them, so every article is stored exactly once.
Without --scheduler a LocalCluster of --workers processes (default: the CPUs) is started and
stopped; with it, the named cluster is used as it is.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import pyarrow as pa
import pyarrow.compute as pc

from extract.corpus import Article, CorpusMeta, article_paths, folder_home, headline, no_corpus, read_meta
from extract.decode import decode_bytes
from extract.errors import InputError
from extract.files import read_bytes
from store.extraction import extract_one
from store.recordstore import Key, RecordStore
from store.wire import Batch, batch_of, concat, payload_table

BATCH_BYTES = 4 * 1024 * 1024
BATCH_ARTICLES = 500
WRITE_BYTES = 64 * 1024 * 1024  # of articles, written to the store at once
IN_FLIGHT_PER_WORKER = 2
# Test hook (fault injection): when this names a file, the first worker to see it removes it
# and dies on the spot, mid-batch, as a killed machine would.
DIE_ONCE_ENV = "ZZ_BUILD_DIE_ONCE"


class Todo(NamedTuple):
    path: Path
    key: Key  # sha256 "" when the client did not hash the file: the worker does
    size: int
    mtime_ns: int


@dataclass
class BuildReport:
    articles: int = 0  # article files in the corpus
    already: int = 0  # found in the store (this engine version)
    extracted: int = 0  # extracted now
    refused: list[tuple[str, str]] = field(default_factory=list)  # (name, reason) not extracted
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (zh, en) from the records stores
    unsaved: int = 0  # extracted into a store that could not be written (kept in memory)
    megabytes: float = 0.0  # of the articles extracted now
    seconds: float = 0.0
    workers: int = 0
    hashed: int = 0  # files the client read and hashed to key them (the rest: the index, the workers)
    stage_cpu: dict[str, float] = field(default_factory=dict)  # the client's main thread, by stage

    @property
    def mb_per_s(self) -> float:
        return self.megabytes / self.seconds if self.seconds else 0.0


class _Stage:
    """Adds the CPU time of its block to report.stage_cpu[name]: the process's, as DuckDB
    writes on threads of its own (so Dask's comm thread, meanwhile, counts too)."""

    def __init__(self, report: BuildReport, name: str):
        self.report, self.name = report, name

    def __enter__(self) -> None:
        self.t0 = time.process_time()

    def __exit__(self, *exc) -> None:
        cpu = self.report.stage_cpu
        cpu[self.name] = cpu.get(self.name, 0.0) + time.process_time() - self.t0


# ------------------------------------------------------------------ on the workers


def extract_batch(payload: pa.Table, city: str | None, paper: str = "") -> Batch:
    """The articles' bytes (store.wire.PAYLOAD_SCHEMA) → their records and events as Arrow
    tables (store.wire.Batch): what one task does. The worker hashes what the client did not."""
    die = os.environ.get(DIE_ONCE_ENV)
    if die:
        try:
            os.remove(die)
        except FileNotFoundError:
            pass
        else:
            os._exit(1)
    items: list[tuple[tuple, list, list]] = []
    columns = (payload.column(f).to_pylist() for f in ("name", "data", "published", "sha256"))
    for name, data, published, sha in zip(*columns, strict=True):
        sha = sha or hashlib.sha256(data).hexdigest()
        row = (name, sha, city or "", published, paper, len(data))
        try:
            dec = decode_bytes(data, name)
        except InputError as exc:
            items.append(((*row, "", "", f"{exc.zh} / {exc.en}"), [], []))
            continue
        art = Article(name=name, text=dec.text, published=published, sha256=sha)
        try:
            recs, evs = extract_one(art, city)
        except InputError as exc:  # over the figure budget: said, not stored
            items.append(((*row, dec.encoding, headline(dec.text), f"{exc.zh} / {exc.en}"), [], []))
            continue
        items.append(((*row, dec.encoding, headline(dec.text), ""), recs, evs))
    return batch_of(items)


# ------------------------------------------------------------------ on the client


def _todo(
    folder: Path, city: str | None, store: RecordStore, report: BuildReport, meta: CorpusMeta | None = None
) -> list[Todo]:
    """What to extract, reading as little as can be: a file the store's index knows (same name,
    size and mtime) is keyed by the hash it remembers, unread; one whose mtime alone changed
    (touched, copied over) is read and hashed here, as it most likely holds the text the store
    has; any other file goes to a worker unhashed, and the worker hashes the bytes it gets (a
    reprint among them is extracted twice and stored once: the store replaces a key)."""
    meta = meta if meta is not None else read_meta(folder)
    skipped: list[tuple[str, InputError]] = list(meta.problems)
    paths = article_paths(folder, skipped)
    report.unreadable.extend((name, f"{exc.zh} / {exc.en}") for name, exc in skipped)
    report.articles += len(paths)
    where = str(folder.resolve())
    index = store.file_index(where)
    keyed: list[Todo] = []
    touched: list[tuple[str, int, int, str, str, str]] = []
    for path in paths:
        try:
            st = path.stat()
            hit = index.get(path.name)
            sha = ""
            if hit is not None and hit[0] == st.st_size:
                if hit[1] == st.st_mtime_ns:
                    sha = hit[2]
                else:
                    sha = hashlib.sha256(read_bytes(path, root=folder)).hexdigest()
                    report.hashed += 1
                    if sha == hit[2]:  # the same text: the index learns the new mtime
                        touched.append((path.name, st.st_size, st.st_mtime_ns, sha, hit[3], hit[4]))
        except InputError as exc:
            report.unreadable.append((path.name, f"{exc.zh} / {exc.en}"))
            continue
        except OSError as exc:
            report.unreadable.append((path.name, exc.strerror or str(exc)))
            continue
        keyed.append(Todo(path, Key(sha, city or "", meta.published(path.name)), st.st_size, st.st_mtime_ns))
    store.put_files(where, touched)
    stored = store.known([t.key for t in keyed if t.key.sha256])
    seen: set[Key] = set()
    todo = []
    for t in keyed:
        if t.key in stored or t.key in seen:  # a reprint is extracted once
            report.already += 1
            continue
        if t.key.sha256:
            seen.add(t.key)
        todo.append(t)
    return todo


def _batches(todo: list[Todo]) -> Iterator[list[Todo]]:
    batch: list[Todo] = []
    size = 0
    for t in todo:
        if batch and (size + t.size > BATCH_BYTES or len(batch) >= BATCH_ARTICLES):
            yield batch
            batch, size = [], 0
        batch.append(t)
        size += t.size
    if batch:
        yield batch


def _payload(batch: list[Todo], report: BuildReport) -> pa.Table:
    out = []
    for t in batch:
        try:
            data = read_bytes(t.path, root=t.path.parent)
        except InputError as exc:  # a file that changed into something else since it was listed
            report.unreadable.append((t.path.name, f"{exc.zh} / {exc.en}"))
            continue
        except OSError as exc:
            report.unreadable.append((t.path.name, exc.strerror or str(exc)))
            continue
        out.append((t.path.name, data, t.key.published, t.key.sha256))
    return payload_table(out)


class _Writer:
    """Appends the workers' batches to their stores a few at a time (WRITE_BYTES of articles):
    each write opens the store, commits and checkpoints, a fixed cost that one write per 4 MB
    batch made the client's largest. Every article is written once all are done (flush)."""

    def __init__(self, report: BuildReport):
        self.report = report
        self.held: dict[tuple[int, Path], tuple[RecordStore, list[Batch], dict[str, int], list[int]]] = {}

    def add(self, store: RecordStore, folder: Path, batch: list[Todo], result: Batch) -> None:
        errors = result.articles.filter(pc.not_equal(result.articles["error"], ""))
        self.report.refused.extend(zip(errors["name"].to_pylist(), errors["error"].to_pylist(), strict=True))
        self.report.megabytes += sum(t.size for t in batch) / 1e6
        _, results, mtimes, size = self.held.setdefault((id(store), folder), (store, [], {}, [0]))
        results.append(result)
        mtimes.update((t.path.name, t.mtime_ns) for t in batch)
        size[0] += sum(t.size for t in batch)
        if size[0] >= WRITE_BYTES:
            self._write((id(store), folder))

    def _write(self, where: tuple[int, Path]) -> None:
        store, results, mtimes, _ = self.held.pop(where)
        stored = store.put_batch(concat(results), str(where[1].resolve()), mtimes)
        self.report.extracted += stored
        if store.path is None:
            self.report.unsaved += stored

    def flush(self) -> None:
        for where in list(self.held):
            self._write(where)

    def done(self) -> int:
        """Articles received so far (written or held)."""
        held = sum(r.articles.num_rows for _, results, _, _ in self.held.values() for r in results)
        return self.report.extracted + len(self.report.refused) + held


def run_local(folder: Path, city: str | None, store: RecordStore, paper: str = "") -> BuildReport:
    """The build's keying, batches and store writes in this process, without Dask (what the
    bench compares the cluster against)."""
    report = BuildReport()
    writer = _Writer(report)
    for batch in _batches(_todo(folder, city, store, report)):
        writer.add(store, folder, batch, extract_batch(_payload(batch, report), city, paper))
    writer.flush()
    return report


class Progress:
    """articles done / to do, MB/s and time left, on one line (a line every few s when not a tty)."""

    def __init__(self, total: int, megabytes: float, stream=sys.stderr, every: float = 5.0):
        self.total, self.megabytes, self.stream = total, megabytes, stream
        self.t0 = self.last = time.monotonic()
        self.every = 0.2 if getattr(stream, "isatty", lambda: False)() else every

    def __call__(self, done: int, mb_done: float, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self.last < self.every:
            return
        self.last = now
        rate = mb_done / (now - self.t0) if now > self.t0 else 0.0
        left = (self.megabytes - mb_done) / rate if rate else 0.0
        bar = "#" * int(30 * done / self.total) if self.total else ""
        line = f"[{bar:<30}] {done}/{self.total} 篇 articles · {rate:.2f} MB/s · 剩余 left {left:.0f} s"
        tty = getattr(self.stream, "isatty", lambda: False)()
        print(("\r" + line) if tty else line, end="\n" if final or not tty else "", file=self.stream, flush=True)


SCHEDULER_TIMEOUT = 10  # seconds to reach a --scheduler before saying so


def _local_cluster(workers: int):
    """A LocalCluster only this process can use: the scheduler and workers listen on loopback
    with temporary TLS credentials (another local user cannot submit tasks to it), and their
    HTTP servers (Dask always starts one) serve no route at all: no dashboard, no metrics."""
    import dask
    from dask.distributed import Client, LocalCluster

    with dask.config.set({"distributed.scheduler.http.routes": [], "distributed.worker.http.routes": []}):
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            security=True,
            dashboard_address=None,
            scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
        )
    return cluster, Client(cluster)


def build(
    corpus: str | os.PathLike,
    city: str | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    store: RecordStore | None = None,
    progress: Callable[[int, float], None] | bool | None = True,
) -> BuildReport:
    """Extract every article the store does not hold yet, on Dask. corpus: one paper's folder,
    or an archive of several (store.loader.paper_folders), each into its own folder's store
    with its own home city, on one cluster."""
    from dask.distributed import Client, as_completed

    from store.loader import paper_folders

    if workers is not None and workers < 1:
        raise InputError(
            "bad_workers",
            f"工作进程数应至少为 1，而不是 {workers}",
            f"the number of workers must be at least 1, not {workers}",
        )
    if not Path(corpus).is_dir():
        raise no_corpus(corpus)
    folders = paper_folders(corpus) or [Path(corpus)]
    report = BuildReport()
    t0 = time.monotonic()
    jobs = []
    keying = _Stage(report, "key (stat, index, hash)")
    for folder in folders:
        meta = read_meta(folder)
        home_rule = folder_home(folder, city, meta)
        home = home_rule.city
        home_note = home_rule.note()
        if home_note:
            zh, en = home_note
            report.notes.append((f"{folder}: {zh}", f"{folder}: {en}"))
        paper_store = store if store is not None else RecordStore.beside(folder)
        report.notes.extend(paper_store.notes)
        with keying:
            jobs.append((folder, meta, home, paper_store, _todo(folder, home, paper_store, report, meta)))
    todo_all = [t for *_, todo in jobs for t in todo]
    show = Progress(len(todo_all), sum(t.size for t in todo_all) / 1e6) if progress is True else (progress or None)
    if not todo_all:
        report.seconds = time.monotonic() - t0
        return report

    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout=SCHEDULER_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise InputError(
                "no_scheduler",
                f"无法连接 Dask 调度器 {scheduler}（{SCHEDULER_TIMEOUT} 秒内无应答：{exc}）",
                f"cannot reach the Dask scheduler {scheduler} (no answer within {SCHEDULER_TIMEOUT} s: {exc})",
            ) from None
    else:
        cluster, client = _local_cluster(workers if workers is not None else os.cpu_count() or 1)
    try:
        report.workers = len(client.scheduler_info()["workers"])
        window = max(1, report.workers * IN_FLIGHT_PER_WORKER)
        pending = (
            (folder, meta, home, paper_store, batch)
            for folder, meta, home, paper_store, todo in jobs
            for batch in _batches(todo)
        )
        reading, writing = _Stage(report, "read files"), _Stage(report, "write the store")
        writer = _Writer(report)
        running = as_completed()
        job_of = {}

        def submit_next() -> bool:
            job = next(pending, None)
            if job is None:
                return False
            _, meta, home, _, batch = job
            with reading:
                payload = _payload(batch, report)
            fut = client.submit(extract_batch, payload, home, meta.paper, pure=False, retries=2)
            job_of[fut.key] = job
            running.add(fut)
            return True

        for _ in range(window):
            if not submit_next():
                break
        for fut in running:
            folder, _, _, paper_store, batch = job_of.pop(fut.key)
            result = fut.result()
            fut.release()
            submit_next()  # the workers get the next batch before the client writes this one
            with writing:
                writer.add(paper_store, folder, batch, result)
            if show:
                show(writer.done(), report.megabytes)
        with writing:
            writer.flush()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    report.seconds = time.monotonic() - t0
    if isinstance(show, Progress):
        show(report.extracted + len(report.refused), report.megabytes, final=True)
    return report
