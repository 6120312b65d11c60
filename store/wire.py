"""Records and events as Arrow columns: what a build's worker sends back and the store appends.

A batch of articles travels as three Arrow tables, never as pickled Python objects: unpickling
a Record per figure cost the client more CPU than anything else it does, and the client is one
process for every worker of a cluster. DuckDB appends an Arrow table in bulk without a copy.

    payload   (client → worker) the articles' names, bytes, publication dates and hashes
    articles  one row per article of the batch: its index, name, key, size, encoding, headline,
              counts, and the reason it was not extracted ("" when it was)
    records   one row per record: its article's index, its position (seq), the Record's fields
    events    the same for events
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import NamedTuple

import pyarrow as pa
import pyarrow.compute as pc

from extract.records import Event, Record

RECORD_FIELDS = [f.name for f in dataclasses.fields(Record)]
EVENT_FIELDS = [f.name for f in dataclasses.fields(Event)]
_INT_FIELDS = {"start", "end"}


def _type(name: str) -> pa.DataType:
    return pa.int64() if name in _INT_FIELDS else pa.float64() if name == "value" else pa.string()


RECORD_SCHEMA = pa.schema([("article", pa.int32()), ("seq", pa.int32()), *((f, _type(f)) for f in RECORD_FIELDS)])
EVENT_SCHEMA = pa.schema([("article", pa.int32()), ("seq", pa.int32()), *((f, _type(f)) for f in EVENT_FIELDS)])
ARTICLE_SCHEMA = pa.schema(
    [
        ("article", pa.int32()),
        ("name", pa.string()),
        ("key_sha256", pa.string()),
        ("key_city", pa.string()),
        ("key_published", pa.string()),
        ("paper", pa.string()),
        ("size", pa.int64()),
        ("encoding", pa.string()),
        ("title", pa.string()),
        ("n_records", pa.int32()),
        ("n_events", pa.int32()),
        ("error", pa.string()),  # "" when extracted; else why not (zh / en), nothing stored
    ]
)


# what the client sends: the articles' bytes, keyed (sha256 "" when the worker is to hash them);
# one table is a few Arrow buffers on the wire, where a list of tuples is framed item by item
PAYLOAD_SCHEMA = pa.schema(
    [("name", pa.string()), ("data", pa.binary()), ("published", pa.string()), ("sha256", pa.string())]
)


def payload_table(items: Sequence[tuple[str, bytes, str, str]]) -> pa.Table:
    """[(name, data, published, sha256 or "")] as one table (PAYLOAD_SCHEMA)."""
    cols = list(zip(*items, strict=True)) if items else [(), (), (), ()]
    return pa.Table.from_arrays(
        [pa.array(c, f.type) for c, f in zip(cols, PAYLOAD_SCHEMA, strict=True)], schema=PAYLOAD_SCHEMA
    )


class Batch(NamedTuple):
    """One batch's extraction as columns (ARTICLE_SCHEMA, RECORD_SCHEMA, EVENT_SCHEMA)."""

    articles: pa.Table
    records: pa.Table
    events: pa.Table


def _columns(items: Sequence, fields: list[str], articles: list[int], seqs: list[int], schema: pa.Schema) -> pa.Table:
    # one column at a time: a list of one attribute per row goes to Arrow in one C call
    cols = [pa.array(articles, pa.int32()), pa.array(seqs, pa.int32())]
    cols.extend(pa.array([getattr(it, f) for it in items], schema.field(f).type) for f in fields)
    return pa.Table.from_arrays(cols, schema=schema)


def records_table(per_article: Sequence[Sequence[Record]]) -> pa.Table:
    """The records of several articles (the i-th list is article i's) as one table."""
    flat, arts, seqs = _flatten(per_article)
    return _columns(flat, RECORD_FIELDS, arts, seqs, RECORD_SCHEMA)


def events_table(per_article: Sequence[Sequence[Event]]) -> pa.Table:
    flat, arts, seqs = _flatten(per_article)
    return _columns(flat, EVENT_FIELDS, arts, seqs, EVENT_SCHEMA)


def _flatten(per_article: Sequence[Sequence]) -> tuple[list, list[int], list[int]]:
    flat: list = []
    arts: list[int] = []
    seqs: list[int] = []
    for i, items in enumerate(per_article):
        flat.extend(items)
        arts.extend([i] * len(items))
        seqs.extend(range(len(items)))
    return flat, arts, seqs


ARTICLE_ROW = ("name", "key_sha256", "key_city", "key_published", "paper", "size", "encoding", "title", "error")


def batch_of(items: Sequence[tuple[tuple, Sequence[Record], Sequence[Event]]]) -> Batch:
    """[(article row, its records, its events)] → Batch; an article row holds ARTICLE_ROW's
    values (name, sha256, city, published, paper, size, encoding, headline, error)."""
    rows = [(*row[:8], len(recs), len(evs), row[8]) for row, recs, evs in items]
    cols = list(zip(*rows, strict=True)) if rows else [() for _ in range(len(ARTICLE_SCHEMA) - 1)]
    articles = pa.Table.from_arrays(
        [
            pa.array(range(len(rows)), pa.int32()),
            *(pa.array(c, ARTICLE_SCHEMA.field(i + 1).type) for i, c in enumerate(cols)),
        ],
        schema=ARTICLE_SCHEMA,
    )
    return Batch(
        articles,
        records_table([recs for _, recs, _ in items]),
        events_table([evs for _, _, evs in items]),
    )


def concat(batches: Sequence[Batch]) -> Batch:
    """Several batches as one (their article indexes renumbered): the client writes a few
    batches at a time, as each store write has a fixed cost (open, commit, checkpoint)."""
    if len(batches) == 1:
        return batches[0]
    parts: list[list[pa.Table]] = [[], [], []]
    offset = 0
    for b in batches:
        for part, table in zip(parts, b, strict=True):
            shifted = pc.add(table["article"], pa.scalar(offset, pa.int32()))
            part.append(table.set_column(0, "article", shifted))
        offset += b.articles.num_rows
    return Batch(*(pa.concat_tables(p) for p in parts))


def to_records(table: pa.Table) -> list[Record]:
    """A records table back as Records (in table order)."""
    cols = [table.column(f).to_pylist() for f in RECORD_FIELDS]
    return [Record(*row) for row in zip(*cols, strict=True)]


def to_events(table: pa.Table) -> list[Event]:
    cols = [table.column(f).to_pylist() for f in EVENT_FIELDS]
    return [Event(*row) for row in zip(*cols, strict=True)]
