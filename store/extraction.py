"""Extraction of one article, cached by its content (sha256), home city and publication
date: reopening a corpus is instant and a changed file is re-read. The one cache both the
corpus loader (pipeline) and the corrections CLI use."""
from __future__ import annotations

import dataclasses
import hashlib

from extract import extract_article
from extract.corpus import Article
from extract.records import Event, Record

# (sha256, city, published) → (records, events); bounded so a long-running app stays small
_CACHE: dict[tuple[str, str, str], tuple[list[Record], list[Event]]] = {}
_CACHE_MAX = 5000


def extract_cached(article: Article, city: str) -> tuple[list[Record], list[Event]]:
    key = (article.sha256 or hashlib.sha256(article.text.encode()).hexdigest(), city, article.published)
    hit = _CACHE.get(key)
    if hit is None:
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.clear()
        hit = extract_article(article.text, article.name, article.published or None, city)
        _CACHE[key] = hit
    recs, events = hit
    if recs and recs[0].doc != article.name or events and events[0].doc != article.name:
        # the same text under another name (a reprint): its figures are this file's
        recs = [dataclasses.replace(r, doc=article.name) for r in recs]
        events = [dataclasses.replace(e, doc=article.name) for e in events]
    return recs, events
