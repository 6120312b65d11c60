"""`python -m store build CORPUS`: extract an archive in parallel on Dask into its records store.

    python -m store build CORPUS [--workers N] [--scheduler ADDRESS] [--city 株洲市]

The client reads the corpus folder once to key every article (sha256 of its bytes, home city,
publication date) and skips what the store already holds for this engine version. The rest go
to the workers in batches (a few MB each) as bytes, so the workers need no access to the folder;
a worker decodes and extracts, and the records come back to the client, which writes each batch
into the store in one transaction. At most two batches per worker are in flight: memory on the
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

from extract.corpus import Article, article_paths, folder_home, no_corpus, read_meta
from extract.decode import InputError, decode_bytes
from extract.files import read_bytes
from store.extraction import extract_one
from store.recordstore import Key, RecordStore

BATCH_BYTES = 4 * 1024 * 1024
BATCH_ARTICLES = 500
IN_FLIGHT_PER_WORKER = 2
# Test hook (fault injection): when this names a file, the first worker to see it removes it
# and dies on the spot, mid-batch, as a killed machine would.
DIE_ONCE_ENV = "ZZ_BUILD_DIE_ONCE"


class Todo(NamedTuple):
    path: Path
    key: Key
    size: int


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

    @property
    def mb_per_s(self) -> float:
        return self.megabytes / self.seconds if self.seconds else 0.0


# ------------------------------------------------------------------ on the workers


def extract_batch(batch: list[tuple[str, bytes, str]], city: str | None) -> list[tuple]:
    """[(name, data, published)] → [(name, records, events, error)]: what one task does."""
    die = os.environ.get(DIE_ONCE_ENV)
    if die:
        try:
            os.remove(die)
        except FileNotFoundError:
            pass
        else:
            os._exit(1)
    out = []
    for name, data, published in batch:
        try:
            text = decode_bytes(data, name).text
            art = Article(name=name, text=text, published=published, sha256=hashlib.sha256(data).hexdigest())
            recs, evs = extract_one(art, city)
            out.append((name, recs, evs, ""))
        except InputError as exc:
            out.append((name, [], [], exc.en))
    return out


# ------------------------------------------------------------------ on the client


def _todo(folder: Path, city: str | None, store: RecordStore, report: BuildReport) -> list[Todo]:
    meta = read_meta(folder)
    keyed: list[Todo] = []
    skipped: list[tuple[str, InputError]] = list(meta.problems)
    paths = article_paths(folder, skipped)
    report.unreadable.extend((name, f"{exc.zh} / {exc.en}") for name, exc in skipped)
    for path in paths:
        try:
            data = read_bytes(path, root=folder)
        except InputError as exc:
            report.unreadable.append((path.name, f"{exc.zh} / {exc.en}"))
            continue
        except OSError as exc:
            report.unreadable.append((path.name, exc.strerror or str(exc)))
            continue
        keyed.append(
            Todo(path, Key(hashlib.sha256(data).hexdigest(), city or "", meta.published(path.name)), len(data))
        )
    report.articles += len(paths)
    stored = store.known([t.key for t in keyed])
    seen: set[Key] = set()
    todo = []
    for t in keyed:
        if t.key in stored or t.key in seen:  # a reprint is extracted once
            report.already += 1
            continue
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


def _payload(batch: list[Todo]) -> list[tuple[str, bytes, str]]:
    return [(t.path.name, read_bytes(t.path, root=t.path.parent), t.key.published) for t in batch]


def _store_results(
    store: RecordStore, batch: list[Todo], results: list[tuple], paper: str, report: BuildReport
) -> None:
    key_of = {t.path.name: t.key for t in batch}
    items = []
    for name, recs, evs, error in results:
        if error:
            report.refused.append((name, error))
            continue
        items.append((key_of[name], name, paper, recs, evs))
    store.put_many(items)
    report.extracted += len(items)
    if store.path is None:
        report.unsaved += len(items)
    report.megabytes += sum(t.size for t in batch) / 1e6


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
        jobs.append((meta, home, paper_store, _todo(folder, home, paper_store, report)))
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
            (meta, home, paper_store, batch) for meta, home, paper_store, todo in jobs for batch in _batches(todo)
        )
        running = as_completed()
        job_of = {}

        def submit_next() -> bool:
            job = next(pending, None)
            if job is None:
                return False
            fut = client.submit(extract_batch, _payload(job[3]), job[1], pure=False, retries=2)
            job_of[fut.key] = job
            running.add(fut)
            return True

        for _ in range(window):
            if not submit_next():
                break
        for fut in running:
            meta, _, paper_store, batch = job_of.pop(fut.key)
            _store_results(paper_store, batch, fut.result(), meta.paper, report)
            fut.release()
            submit_next()
            if show:
                show(report.extracted + len(report.refused), report.megabytes)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    report.seconds = time.monotonic() - t0
    if isinstance(show, Progress):
        show(report.extracted + len(report.refused), report.megabytes, final=True)
    return report
