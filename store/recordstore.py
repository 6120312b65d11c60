"""The records store: every article's records and events in one embedded DuckDB file.

An article is extracted once. Its records are keyed by what decides them — the article's
content hash (sha256 of its bytes), the home city and the publication date — and stamped with
the engine version (a hash of the extract package's own files and the versions of the data
packages it reads). Reopening a corpus reads the records back; a changed article, or any change
to the engine, re-extracts exactly the articles whose key or stamp no longer matches.

    store = RecordStore.beside(corpus_folder)      # <corpus>/.zz-records.duckdb
    found = store.get_many(keys)                   # key → Extracted (hits only)
    store.put_many([(key, "doc.txt", "株洲日报", records, events), ...])

Every operation opens the file, works in one transaction and closes it, holding the store
folder's lock (threads of this process and other processes, see store.atomic.folder_lock), so
two dashboards and a `python -m store build` can share a store: DuckDB lets one process open a
file for writing at a time, the lock makes the others wait instead of failing. A process killed
mid-write leaves the last committed state (DuckDB's write-ahead log rolls the rest back).

A store may arrive with someone else's corpus folder, so it is opened as untrusted:
- every connection has external access, extension autoloading and autoinstalling off and its
  configuration locked, with a memory limit: no SQL in the file can read a local file, reach the
  network or take the machine's memory;
- a store holding anything this code did not create (a view, a macro, a sequence, a table or
  column of its own, other column types) is *foreign*: moved aside to `<name>.foreign-<time>`;
  a damaged one (another DuckDB storage version, not a database) to `<name>.unreadable-<time>`;
  either way a new store is started, the records are re-extracted and `notes` says so (zh/en);
- a store another program holds open (a notebook, the DuckDB CLI) is waited for a bounded time
  (ZZ_STORE_WAIT seconds) and then left as it is with a message (StoreUnavailable), as is one
  whose permissions forbid reading or writing it;
- rows whose values no door would let in (a non-finite value, a date outside 1900–2100, an
  unknown metric) are not read back.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from extract.corpus import no_corpus
from extract.dates import MAX_DATE, MIN_DATE
from extract.errors import InputError
from extract.records import METRICS, QUALIFIERS, Event, Record
from store.atomic import folder_lock
from store.wire import EVENT_FIELDS, RECORD_FIELDS, Batch, batch_of

STORE_NAME = ".zz-records.duckdb"  # hidden: never listed as an article or in the UI's fingerprint
STORE_DIR_ENV = "ZZ_STORE_DIR"  # one shared store there instead
SCHEMA_VERSION = "2"  # 2: the files table
STORE_MEMORY_ENV = "ZZ_STORE_MEMORY"  # DuckDB's memory limit per store (default 2GB)
STORE_WAIT_ENV = "ZZ_STORE_WAIT"  # seconds to wait for a store another program holds (default 10)

_INT_FIELDS = {"start", "end"}
_KEY = ["key_sha256", "key_city", "key_published"]  # the records' own published is a field


class Key(NamedTuple):
    """What decides an article's records: its bytes, the home city, its publication date."""

    sha256: str
    city: str
    published: str


class Extracted(NamedTuple):
    records: list[Record]
    events: list[Event]


# ------------------------------------------------------------------ engine version

_ENGINE_FILES = {".py", ".json", ".csv", ".tsv", ".txt", ".yaml", ".yml"}
_ENGINE_PACKAGES = ("cpca", "dateparser", "opencc", "charset-normalizer", "pycountry")


@lru_cache(maxsize=1)
def engine_version() -> str:
    """Hash of the extract package's files and of its data packages' versions: any change to
    a rule, a word table or a gazetteer gives a new version and re-extraction."""
    import extract

    root = Path(extract.__file__).resolve().parent
    h = hashlib.sha256()
    for path in sorted(
        p for p in root.rglob("*") if p.is_file() and p.suffix in _ENGINE_FILES and "__pycache__" not in p.parts
    ):
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for name in _ENGINE_PACKAGES:
        try:
            h.update(f"{name}={metadata.version(name)}\0".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name}=none\0".encode())
    return h.hexdigest()[:16]


# ------------------------------------------------------------------ schema


def _columns(fields: list[str]) -> str:
    return ", ".join(
        f'"{f}" {"BIGINT" if f in _INT_FIELDS else "DOUBLE" if f == "value" else "VARCHAR"}' for f in fields
    )


_SCHEMA = [
    "CREATE TABLE IF NOT EXISTS store_meta (name VARCHAR, value VARCHAR)",
    # one row per extracted article key (also when it had no figures: that is an answer too)
    "CREATE TABLE IF NOT EXISTS articles (key_sha256 VARCHAR, key_city VARCHAR, key_published VARCHAR, "
    "engine VARCHAR, doc VARCHAR, paper VARCHAR, n_records INTEGER, n_events INTEGER, "
    "extracted_at DOUBLE)",
    f"CREATE TABLE IF NOT EXISTS records (key_sha256 VARCHAR, key_city VARCHAR, key_published VARCHAR, "
    f"seq INTEGER, {_columns(RECORD_FIELDS)})",
    f"CREATE TABLE IF NOT EXISTS events (key_sha256 VARCHAR, key_city VARCHAR, key_published VARCHAR, "
    f"seq INTEGER, {_columns(EVENT_FIELDS)})",
    # what a corpus folder's files held when last read, by name, size and mtime: reopening a
    # folder reads no article whose file is unchanged (its text is read when shown)
    "CREATE TABLE IF NOT EXISTS files (folder VARCHAR, name VARCHAR, size BIGINT, mtime_ns BIGINT, "
    "engine VARCHAR, sha256 VARCHAR, encoding VARCHAR, title VARCHAR)",
    # what a higher layer built from a corpus (the timeline), one row per scope, valid for one
    # key (the corpus state and the builder's code): a fresh server does not build it again.
    # Added without a schema bump: an older store gains the empty table and keeps its records.
    "CREATE TABLE IF NOT EXISTS snapshots (scope VARCHAR, key VARCHAR, made DOUBLE, data BLOB)",
]


_TABLES = ("store_meta", "articles", "records", "events", "files", "snapshots")


def _config() -> dict:
    """A connection that can touch nothing but its own file: what a received store's views or
    macros would need (read_text, httpfs, COPY) is refused, and no SQL can switch it back."""
    return {
        "enable_external_access": False,
        "autoload_known_extensions": False,
        "autoinstall_known_extensions": False,
        "memory_limit": os.environ.get(STORE_MEMORY_ENV, "").strip() or "2GB",
        "lock_configuration": True,
    }


@lru_cache(maxsize=1)
def _own_tables() -> dict[str, str]:
    """table → its CREATE statement as DuckDB prints it: what a store of ours may hold."""
    with duckdb.connect(":memory:", config=_config()) as con:
        for stmt in _SCHEMA:
            con.execute(stmt)
        return dict(con.execute("SELECT table_name, sql FROM duckdb_tables()").fetchall())


# (what, query listing such things that are not DuckDB's own): none may be in a store of ours
_NOT_OURS = (
    ("视图 view", "SELECT view_name FROM duckdb_views() WHERE NOT internal"),
    ("宏 macro", "SELECT function_name FROM duckdb_functions() WHERE NOT internal"),
    ("序列 sequence", "SELECT sequence_name FROM duckdb_sequences()"),
    ("索引 index", "SELECT index_name FROM duckdb_indexes()"),
    ("类型 type", "SELECT type_name FROM duckdb_types() WHERE NOT internal"),
    ("约束 constraint", "SELECT table_name FROM duckdb_constraints()"),
    ("模式 schema", "SELECT schema_name FROM duckdb_schemas() WHERE NOT internal AND schema_name <> 'main'"),
    (
        "数据库 database",
        "SELECT database_name FROM duckdb_databases() WHERE NOT internal AND database_name <> current_database()",
    ),
)


def _foreign(con) -> str | None:
    """What in an open store this code did not create, or None when it is all ours."""
    for what, query in _NOT_OURS:
        names = [r[0] for r in con.execute(query).fetchall()]
        if names:
            return f"{what}: {', '.join(map(str, names[:3]))}"
    own = _own_tables()
    tables = dict(
        con.execute("SELECT table_name, sql FROM duckdb_tables() WHERE database_name = current_database()").fetchall()
    )
    if not tables:
        return None  # a new file
    if tables.get("store_meta") != own["store_meta"]:  # every store of ours begins with it
        return f"表 table: store_meta ({(tables.get('store_meta') or 'missing')[:80]})"
    row = con.execute("SELECT value FROM store_meta WHERE name = 'schema'").fetchone()
    schema = row[0] if row else None
    for name, sql in tables.items():
        if name not in own:
            return f"表 table: {name}"
        if sql != own[name] and schema == SCHEMA_VERSION:  # an older layout is dropped unread
            return f"表 table: {name} ({sql[:80]})"
    return None


class StoreUnavailable(InputError):
    """The store file exists but cannot be used now (another program holds it, permissions): it
    is left exactly as it is."""


def _wait_seconds() -> float:
    try:
        return max(0.0, float(os.environ.get(STORE_WAIT_ENV, "") or 10))
    except ValueError:
        return 10.0


def _busy(path: Path, exc: Exception) -> StoreUnavailable:
    holder = str(exc).split("Conflicting lock is held in", 1)[-1].split(". See also")[0].strip()
    return StoreUnavailable(
        "store_busy",
        f"记录库 {path} 正被另一个程序占用（{holder}），等待 {_wait_seconds():.0f} 秒后仍未释放；"
        f"未改动它。请关闭那个程序（例如笔记本或 DuckDB 命令行）后再试。",
        f"the records store {path} is held open by another program ({holder}) and was not "
        f"released within {_wait_seconds():.0f} s; it was left as it is. Close that program "
        f"(a notebook, the DuckDB CLI) and try again.",
    )


def _forbidden(path: Path, exc: Exception | None = None) -> StoreUnavailable:
    return StoreUnavailable(
        "store_forbidden",
        f"没有读写记录库 {path} 的权限；未改动它。",
        f"no permission to read and write the records store {path}; it was left as it is.",
    )


def _valid_date(col: str, blank_ok: bool = True) -> str:
    day = f"try_strptime(left({col}, 10), '%Y-%m-%d')"  # a publication date may carry its time
    ok = (
        f"(regexp_full_match(left({col}, 10), '\\d{{4}}-\\d{{2}}-\\d{{2}}') AND {day} IS NOT NULL "
        f"AND {day} BETWEEN TIMESTAMP '{MIN_DATE}' AND TIMESTAMP '{MAX_DATE}')"
    )
    return f"({col} = '' OR {ok})" if blank_ok else ok


def _not_null(alias: str, fields: list[str]) -> str:
    return " AND ".join(f'{alias}."{f}" IS NOT NULL' for f in fields)


# A row is read back only when a door would have let it in: a forged store's inf, NaN, year 9999
# or unknown metric would otherwise break the timeline, the charts or the deck.
_RECORD_OK = (
    f"{_not_null('r', RECORD_FIELDS)} AND isfinite(r.value) AND r.value >= 0 "
    f'AND r.start >= 0 AND r."end" >= r.start AND {_valid_date("r.date")} '
    f"AND {_valid_date('r.published')} "
    f"AND r.metric IN ({', '.join(repr(m) for m in METRICS)}) "
    f"AND r.qualifier IN ({', '.join(repr(q) for q in QUALIFIERS)})"
)
_EVENT_OK = f"{_not_null('e', EVENT_FIELDS)} AND {_valid_date('e.date')}"


def store_path_for(folder: str | os.PathLike) -> Path:
    """Where a corpus folder's store lives: beside its articles, or $ZZ_STORE_DIR/records.duckdb,
    one store shared by every corpus (keys are contents, so sharing is safe: a text two corpora
    hold is extracted once)."""
    elsewhere = os.environ.get(STORE_DIR_ENV)
    if elsewhere:
        return Path(elsewhere) / "records.duckdb"
    return Path(folder).resolve() / STORE_NAME


class RecordStore:
    """Records and events of extracted articles, in a DuckDB file (or in memory: path=None)."""

    def __init__(self, path: str | os.PathLike | None, engine: str | None = None):
        self.path = Path(path) if path is not None else None
        self.engine = engine or engine_version()
        self.notes: list[tuple[str, str]] = []  # (zh, en) things the user should know
        self._memory = duckdb.connect(":memory:", config=_config()) if self.path is None else None
        self._memory_lock = threading.RLock()
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._prepare()

    @classmethod
    def beside(cls, folder: str | os.PathLike, engine: str | None = None) -> RecordStore:
        """The corpus folder's store; in memory (with a note) when its folder cannot be written."""
        if not Path(folder).is_dir():  # never made in its place
            raise no_corpus(folder)
        path = store_path_for(folder)
        try:
            return cls(path, engine)
        except StoreUnavailable as exc:  # busy or forbidden: left as it is, this run in memory
            store = cls(None, engine)
            store.notes.append(
                (
                    f"{exc.zh} 本次在内存中提取，关闭后不保留。",
                    f"{exc.en} Records are extracted in memory this time and not kept.",
                )
            )
            return store
        except (OSError, duckdb.IOException) as exc:
            store = cls(None, engine)
            store.notes.append(
                (
                    f"记录库无法写入（{path}：{exc}），本次在内存中提取，关闭后不保留。",
                    f"The records store cannot be written ({path}: {exc}); records are "
                    f"extracted in memory this time and not kept.",
                )
            )
            return store

    # -------------------------------------------------------------- connections

    def _connect(self):
        """A hardened connection; waits for a store another program holds (bounded), then
        StoreUnavailable; a damaged file raises duckdb.Error."""
        if self._memory is not None:
            return _Borrowed(self._memory)
        assert self.path is not None
        if self.path.exists() and not os.access(self.path, os.R_OK | os.W_OK):
            raise _forbidden(self.path)
        deadline = time.monotonic() + _wait_seconds()
        while True:
            try:
                return duckdb.connect(str(self.path), config=_config())
            except duckdb.Error as exc:
                if "Conflicting lock" in str(exc):
                    if time.monotonic() < deadline:
                        time.sleep(0.2)
                        continue
                    raise _busy(self.path, exc) from None
                if "Permission denied" in str(exc):
                    raise _forbidden(self.path, exc) from None
                raise

    def _locked(self):
        # the in-memory store's one connection is shared by this process's threads
        return folder_lock(self.path.parent) if self.path is not None else self._memory_lock

    def _prepare(self) -> None:
        with self._locked():
            try:
                self._create()
            except _Foreign as exc:  # someone else's objects: keep the file, start afresh
                self._move_aside(
                    "foreign",
                    f"记录库含有本程序没有创建的内容（{exc}）",
                    f"the records store holds things this program did not create ({exc})",
                )
                self._create()
            except StoreUnavailable:
                raise
            except duckdb.Error as exc:  # not a store we can read: keep it, start afresh
                if self.path is None or not self.path.exists():
                    raise
                self._move_aside(
                    "unreadable",
                    f"旧记录库无法读取（{exc.__class__.__name__}）",
                    f"The old records store could not be read ({exc.__class__.__name__})",
                )
                self._create()

    def _move_aside(self, why: str, zh: str, en: str) -> None:
        assert self.path is not None
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.{why}-{stamp}")
        n = 1
        while aside.exists():
            n += 1
            aside = self.path.with_name(f"{self.path.name}.{why}-{stamp}-{n}")
        for suffix in ("", ".wal"):
            old = Path(str(self.path) + suffix)
            if old.exists():
                os.replace(old, Path(str(aside) + suffix))
        self.notes.append(
            (
                f"{zh}，已移至 {aside.name}，重新提取。",
                f"{en}; it was moved to {aside.name} and the articles are extracted again.",
            )
        )

    def _create(self) -> None:
        with self._connect() as con:
            foreign = _foreign(con)
            if foreign:
                raise _Foreign(foreign)
            for stmt in _SCHEMA:
                con.execute(stmt)
            found = con.execute("SELECT value FROM store_meta WHERE name = 'schema'").fetchone()
            if found is not None and found[0] != SCHEMA_VERSION:
                # another layout: its rows mean nothing to this code; re-extract everything
                for table in ("articles", "records", "events", "files", "snapshots", "store_meta"):
                    con.execute(f"DROP TABLE IF EXISTS {table}")
                for stmt in _SCHEMA:
                    con.execute(stmt)
                found = None
            if found is None:
                con.execute("INSERT INTO store_meta VALUES ('schema', ?)", [SCHEMA_VERSION])

    # -------------------------------------------------------------- reading

    def get_many(self, keys: Iterable[Key], records: bool = True) -> dict[Key, Extracted]:
        """The stored extraction of each key made by this engine version; absent keys are misses.
        records=False: events only (records []), for a loader that reads records when asked."""
        wanted = pd.DataFrame(list(dict.fromkeys(keys)), columns=_KEY, dtype=object)
        if wanted.empty:
            return {}
        with self._locked(), self._connect() as con:
            con.register("wanted", wanted)
            try:
                con.execute(
                    "CREATE TEMP TABLE hit AS SELECT a.key_sha256, a.key_city, a.key_published FROM articles a "
                    "JOIN wanted w USING (key_sha256, key_city, key_published) WHERE a.engine = ?",
                    [self.engine],
                )
                hits = con.execute("SELECT key_sha256, key_city, key_published FROM hit").fetchall()
                rec_cols = ", ".join(f'r."{f}"' for f in RECORD_FIELDS)
                rows = (
                    con.execute(
                        f"SELECT r.key_sha256, r.key_city, r.key_published, {rec_cols}, {_RECORD_OK} FROM records r "
                        f"JOIN hit USING (key_sha256, key_city, key_published) "
                        f"ORDER BY r.key_sha256, r.key_city, r.key_published, r.seq"
                    ).fetchall()
                    if records
                    else []
                )
                ev_cols = ", ".join(f'e."{f}"' for f in EVENT_FIELDS)
                events = con.execute(
                    f"SELECT e.key_sha256, e.key_city, e.key_published, {ev_cols}, {_EVENT_OK} FROM events e "
                    f"JOIN hit USING (key_sha256, key_city, key_published) "
                    f"ORDER BY e.key_sha256, e.key_city, e.key_published, e.seq"
                ).fetchall()
            finally:
                con.execute("DROP TABLE IF EXISTS hit")
                con.unregister("wanted")
        out = {Key(*h): Extracted([], []) for h in hits}
        dropped = 0
        for row in rows:
            if row[-1]:
                out[Key(*row[:3])].records.append(Record(*row[3:-1]))
            else:
                dropped += 1
        for row in events:
            if row[-1]:
                out[Key(*row[:3])].events.append(Event(*row[3:-1]))
            else:
                dropped += 1
        if dropped:
            self._say_dropped(dropped)
        return out

    def records_frame(self, named: Sequence[tuple[str, Key]], table: str = "records") -> tuple[pd.DataFrame, set[Key]]:
        """The stored records (or table="events": events) of each (file name, key) as one frame
        (RECORD_FIELDS or EVENT_FIELDS; doc = the file's name, so a reprint cites itself), in
        the order given, then each article's own order; and the keys this engine version has not
        stored. Columns straight from DuckDB: no Record per row, for a timeline of an archive's
        million records."""
        fields, ok = {"records": (RECORD_FIELDS, _RECORD_OK), "events": (EVENT_FIELDS, _EVENT_OK)}[table]
        alias = table[0]  # r, e: the alias the checks name
        if not named:
            return pd.DataFrame({f: pd.Series(dtype=object) for f in fields}), set()
        names, keys = zip(*named, strict=True)
        wanted = pd.DataFrame(
            {"pos": np.arange(len(names)), "name": pd.Series(names, dtype=object)}
            | {k: pd.Series(v, dtype=object) for k, v in zip(_KEY, zip(*keys, strict=True), strict=True)}
        )
        cols = ", ".join("w.name AS doc" if f == "doc" else f'{alias}."{f}"' for f in fields)
        with self._locked(), self._connect() as con, _registered(con, "wanted", wanted):
            missing = con.execute(
                "SELECT DISTINCT w.key_sha256, w.key_city, w.key_published FROM wanted w ANTI JOIN "
                "(SELECT * FROM articles WHERE engine = ?) a USING (key_sha256, key_city, key_published)",
                [self.engine],
            ).fetchall()
            found = con.sql(
                f"SELECT {cols}, {ok} AS ok FROM wanted w "
                f"JOIN articles a USING (key_sha256, key_city, key_published) "
                f"JOIN {table} {alias} USING (key_sha256, key_city, key_published) "
                f"WHERE a.engine = $engine ORDER BY w.pos, {alias}.seq",
                params={"engine": self.engine},
            ).to_arrow_table()
        frame = found.to_pandas()
        bad = ~frame.pop("ok").astype(bool)
        if bad.any():
            self._say_dropped(int(bad.sum()))
            frame = frame[~bad].reset_index(drop=True)
        return frame, {Key(*k) for k in missing}

    def _say_dropped(self, dropped: int) -> None:
        self.notes.append(
            (
                f"记录库中有 {dropped} 行数值或日期不合理（非有限数、1900–2100 年以外的日期、未知指标），未读取。",
                f"{dropped} rows of the records store hold values no extraction makes (a value that "
                f"is not finite, a date outside 1900–2100, an unknown metric); they were not read.",
            )
        )

    def known(self, keys: Iterable[Key]) -> set[Key]:
        """The keys this engine version has stored, without reading their records."""
        asked = list(dict.fromkeys(keys))
        wanted = pd.DataFrame(asked, columns=_KEY, dtype=object)
        if wanted.empty:
            return set()
        with self._locked(), self._connect() as con, _registered(con, "wanted", wanted):
            # the keys not stored come back, not those stored: a reopened archive asks about
            # 100,000 articles it has and gets none back
            missing = con.execute(
                "SELECT w.key_sha256, w.key_city, w.key_published FROM wanted w ANTI JOIN "
                "(SELECT * FROM articles WHERE engine = ?) a USING (key_sha256, key_city, key_published)",
                [self.engine],
            ).fetchall()
        return set(asked).difference(Key(*r) for r in missing)

    def file_index(self, folder: str) -> dict[str, tuple[int, int, str, str, str]]:
        """name → (size, mtime_ns, sha256, encoding, title) of a folder's files as last read by
        this engine version."""
        with self._locked(), self._connect() as con:
            rows = con.execute(
                "SELECT name, size, mtime_ns, sha256, encoding, title FROM files WHERE folder = ? AND engine = ?",
                [folder, self.engine],
            ).fetchall()
        return {r[0]: tuple(r[1:]) for r in rows}

    def put_files(self, folder: str, rows: list[tuple[str, int, int, str, str, str]]) -> None:
        """Remember (name, size, mtime_ns, sha256, encoding, title) of files just read."""
        if not rows:
            return
        frame = pd.DataFrame(
            [(folder, *r[:3], self.engine, *r[3:]) for r in rows],
            columns=["folder", "name", "size", "mtime_ns", "engine", "sha256", "encoding", "title"],
        )
        with self._locked(), self._connect() as con:
            con.register("new_files", frame)
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute("DELETE FROM files WHERE folder = ? AND name IN (SELECT name FROM new_files)", [folder])
                con.execute("INSERT INTO files SELECT * FROM new_files")
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
            finally:
                con.unregister("new_files")

    def get_snapshot(self, scope: str, key: str) -> bytes | None:
        """The bytes put under scope for this key; None when the scope holds another key or nothing
        (or the store cannot be read now: a snapshot is a cache, missing it costs only time)."""
        try:
            with self._locked(), self._connect() as con:
                row = con.execute("SELECT data FROM snapshots WHERE scope = ? AND key = ?", [scope, key]).fetchone()
        except (duckdb.Error, OSError, StoreUnavailable):
            return None
        return bytes(row[0]) if row else None

    def put_snapshot(self, scope: str, key: str, data: bytes) -> bool:
        """Keep data for (scope, key), replacing what the scope held: one snapshot per scope, so
        a corpus that changes every day does not grow the store by one copy a day. Returns whether
        it was kept (a full disk or a read-only store: not kept, nothing else lost)."""
        try:
            with self._locked(), self._connect() as con:
                con.execute("BEGIN TRANSACTION")
                try:
                    con.execute("DELETE FROM snapshots WHERE scope = ?", [scope])
                    con.execute("INSERT INTO snapshots VALUES (?, ?, ?, ?)", [scope, key, time.time(), data])
                    con.execute("COMMIT")
                except BaseException:
                    con.execute("ROLLBACK")
                    raise
        except (duckdb.Error, OSError, StoreUnavailable):
            return False
        return True

    def count(self) -> dict[str, int]:
        """Rows per table (articles of this engine version and of any)."""
        with self._locked(), self._connect() as con:
            n = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "records", "events")}
            n["articles_current"] = con.execute(
                "SELECT count(*) FROM articles WHERE engine = ?", [self.engine]
            ).fetchone()[0]
            n["distinct_keys"] = con.execute(
                "SELECT count(*) FROM (SELECT DISTINCT key_sha256, key_city, key_published FROM articles)"
            ).fetchone()[0]
        return n

    # -------------------------------------------------------------- writing

    def put_many(self, items: Iterable[tuple[Key, str, str, list[Record], list[Event]]]) -> int:
        """Store (key, doc, paper, records, events) for each article, replacing whatever the key
        held before (any engine version), in one transaction. Returns the number of articles."""
        rows = [((doc, *key, paper, 0, "", "", ""), recs, evs) for key, doc, paper, recs, evs in items]
        return self.put_batch(batch_of(rows)) if rows else 0

    def put_batch(self, batch: Batch, folder: str | None = None, mtimes: dict[str, int] | None = None) -> int:
        """Store a batch's extraction as it came from a worker (store.wire: Arrow tables, appended
        in bulk), replacing whatever its keys held before, in one transaction; its articles with
        an error are not stored. folder and mtimes (name → mtime_ns): the files' index rows are
        written in the same transaction, so reopening the folder reads none of them. Returns the
        number of articles stored."""
        # one article per key: a reprint the workers hashed (two names, one text) is stored once
        ok = (
            f"FROM new_articles WHERE error = '' QUALIFY row_number() OVER "
            f"(PARTITION BY {', '.join(_KEY)} ORDER BY article) = 1"
        )
        with self._locked(), self._connect() as con:
            tables = {"new_articles": batch.articles, "new_records": batch.records, "new_events": batch.events}
            if mtimes:
                tables["new_mtimes"] = pa.table(
                    {"name": list(mtimes), "mtime_ns": pa.array(list(mtimes.values()), pa.int64())}
                )
            for name, table in tables.items():
                con.register(name, table)
            con.execute("BEGIN TRANSACTION")
            try:
                (n,) = con.execute(f"SELECT count(*) FROM (SELECT article {ok})").fetchone()
                # the DELETEs scan the whole store: run them only when a key is there already
                (again,) = con.execute(
                    f"SELECT count(*) FROM articles JOIN (SELECT {', '.join(_KEY)} {ok}) USING ({', '.join(_KEY)})"
                ).fetchone()
                if again:
                    for table in ("articles", "records", "events"):
                        con.execute(f"DELETE FROM {table} WHERE ({', '.join(_KEY)}) IN (SELECT {', '.join(_KEY)} {ok})")
                con.execute(
                    f"INSERT INTO articles SELECT {', '.join(_KEY)}, ?, name, paper, n_records, n_events, ? {ok}",
                    [self.engine, time.time()],
                )
                for table, fields in (("records", RECORD_FIELDS), ("events", EVENT_FIELDS)):
                    cols = ", ".join(f'x."{f}"' for f in fields)
                    con.execute(
                        f"INSERT INTO {table} SELECT a.key_sha256, a.key_city, a.key_published, x.seq, {cols} "
                        f"FROM new_{table} x JOIN (SELECT article, {', '.join(_KEY)} {ok}) a USING (article)"
                    )
                if folder is not None and mtimes:
                    con.execute(
                        "DELETE FROM files WHERE folder = ? AND name IN (SELECT name FROM new_mtimes)", [folder]
                    )
                    con.execute(
                        "INSERT INTO files SELECT ?, a.name, a.size, m.mtime_ns, ?, a.key_sha256, a.encoding, a.title "
                        "FROM new_articles a JOIN new_mtimes m USING (name) WHERE a.encoding <> ''",
                        [folder, self.engine],
                    )
                if _before_commit is not None:
                    _before_commit(self)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
            finally:
                for name in tables:
                    con.unregister(name)
        return n

    def export_parquet(self, out_dir: str | os.PathLike) -> Path:
        """Records of this engine version as Parquet for other tools, partitioned by city and
        month of the as-of date: out_dir/city=…/month=2020-02/….parquet."""
        import pyarrow as pa
        import pyarrow.dataset as ds

        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        cols = ", ".join(f'r."{f}"' for f in RECORD_FIELDS)
        # Written by pyarrow, not DuckDB's COPY: the store's connection may touch no file but its own.
        with self._locked(), self._connect() as con:
            reader = con.sql(
                f"SELECT r.key_city AS city, a.paper, {cols}, coalesce(nullif(substr(r.date, 1, 7), ''), 'unknown') "
                f"AS month FROM records r JOIN articles a USING (key_sha256, key_city, key_published) "
                f"WHERE a.engine = $engine AND {_RECORD_OK}",
                params={"engine": self.engine},
            ).to_arrow_reader()
            schema = reader.schema
            ds.write_dataset(
                reader,
                out,
                format="parquet",
                existing_data_behavior="overwrite_or_ignore",
                partitioning=ds.partitioning(pa.schema([schema.field("city"), schema.field("month")]), flavor="hive"),
            )
        return out


# Test hook: called inside put_many's transaction, before COMMIT (kill the process there to
# check that a crash mid-write leaves the previous state).
_before_commit = None


@contextmanager
def _registered(con, name: str, frame: pd.DataFrame):
    """frame readable as the view `name` on con while the block runs."""
    con.register(name, frame)
    try:
        yield
    finally:
        con.unregister(name)


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


class _Foreign(Exception):
    """A store that holds something this code did not create."""


class _Borrowed:
    """The in-memory store's one connection, used like a fresh one but never closed."""

    def __init__(self, con):
        self.con = con

    def __enter__(self):
        return self.con

    def __exit__(self, *exc):
        return False
