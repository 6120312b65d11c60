"""Articles → their records and events, through the records store: an article already
extracted by this engine version (same bytes, home city and publication date) is read back,
the rest are extracted and stored. The one path the corpus loader, the corrections CLI and
`python -m store build` share."""

from __future__ import annotations

import dataclasses
import hashlib
import operator
from collections.abc import Sequence

from extract import extract_article
from extract.corpus import Article
from extract.errors import InputError
from extract.records import Event, Record
from store.recordstore import Extracted, Key, RecordStore


def article_key(article: Article, city: str | None) -> Key:
    """What decides an article's records; a corpus without a home city keys with city ""."""
    return Key(article.sha256 or hashlib.sha256(article.text.encode()).hexdigest(), city or "", article.published)


def extract_one(article: Article, city: str | None) -> Extracted:
    """Extract one article (no store): what a worker runs. Raises InputError for an article
    over the figure budget."""
    recs, evs = extract_article(article.text, article.name, article.published or None, city)
    return Extracted(recs, evs)


def as_doc(found: Extracted, name: str) -> Extracted:
    """The stored extraction as this file's: the same text under another name (a reprint)
    gives the same figures, each citing this file."""
    recs, evs = found
    if (recs and recs[0].doc != name) or (evs and evs[0].doc != name):
        recs = [Record(name, *_RECORD_REST(r)) for r in recs]
        evs = [Event(name, *_EVENT_REST(e)) for e in evs]
    return Extracted(recs, evs)


# doc is the first field of both: a reprint's copy is built positionally, the other fields read
# in one C call (dataclasses.replace is slow on an archive full of reprints)
_RECORD_REST = operator.attrgetter(*[f.name for f in dataclasses.fields(Record)][1:])
_EVENT_REST = operator.attrgetter(*[f.name for f in dataclasses.fields(Event)][1:])
assert next(f.name for f in dataclasses.fields(Record)) == next(f.name for f in dataclasses.fields(Event)) == "doc"


def extract_articles(
    articles: Sequence[Article], city: str | None, store: RecordStore, paper: str = "", records: bool = True
) -> tuple[dict[str, Extracted], list[tuple[str, InputError]]]:
    """name → (records, events) for every article that could be extracted, and (name, error)
    for those that could not (over the figure budget: said, not stored, tried again next time).
    records=False: what is stored already comes back with its events only (records [])."""
    keys = {a.name: article_key(a, city) for a in articles}
    found = store.get_many(keys.values(), records=records)
    failed = _extract_missing(articles, keys, found, city, store, paper)
    out = {a.name: as_doc(found[keys[a.name]], a.name) for a in articles if keys[a.name] in found}
    return out, _refused(articles, keys, failed)


def store_missing(
    articles: Sequence[Article], city: str | None, store: RecordStore, paper: str = ""
) -> tuple[set[str], list[tuple[str, InputError]]]:
    """Extract and store the articles this engine version has not stored, reading nothing back:
    the names now stored, and (name, error) for those over the figure budget."""
    keys = {a.name: article_key(a, city) for a in articles}
    stored: dict[Key, Extracted | None] = dict.fromkeys(store.known(keys.values()))
    failed = _extract_missing(articles, keys, stored, city, store, paper)
    return {a.name for a in articles if keys[a.name] in stored}, _refused(articles, keys, failed)


def _extract_missing(
    articles: Sequence[Article], keys: dict[str, Key], found: dict, city: str | None, store: RecordStore, paper: str
) -> dict[Key, InputError]:
    """Extract every article whose key is not in found, store them in one go and add them to
    found; the keys refused (over the figure budget)."""
    failed: dict[Key, InputError] = {}
    new = []
    for art in articles:
        key = keys[art.name]
        if key in found or key in failed:
            continue
        try:
            found[key] = extract_one(art, city)
        except InputError as exc:
            failed[key] = exc
            continue
        new.append((key, art.name, paper, *found[key]))
    store.put_many(new)
    return failed


def _refused(
    articles: Sequence[Article], keys: dict[str, Key], failed: dict[Key, InputError]
) -> list[tuple[str, InputError]]:
    return [(a.name, failed[keys[a.name]]) for a in articles if keys[a.name] in failed]
