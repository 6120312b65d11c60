"""A corpus folder: articles (.txt/.html) plus corpus.json (paper, home city, publication dates)."""
from __future__ import annotations

import hashlib
import os
import re
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from extract.decode import InputError, decode_bytes
from extract.places import DEFAULT_CITY as DEFAULT_CITY  # re-exported: where callers look
from extract.places import canonical_city

METADATA_NAME = "corpus.json"
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


@dataclass(frozen=True)
class Article:
    name: str            # file name, no folder: the record's `doc`
    text: str            # decoded text; record offsets index into it
    published: str = ""  # ISO publication date from metadata, "" if unknown
    encoding: str = "utf-8"
    sha256: str = ""


@dataclass
class CorpusMeta:
    paper: str = ""
    city: str = ""
    articles: dict = field(default_factory=dict)   # name → {"published": ISO, ...}

    def published(self, name: str) -> str:
        return (self.articles.get(name) or {}).get("published", "") or ""


def read_meta(folder: Path) -> CorpusMeta:
    path = Path(folder) / METADATA_NAME
    if not path.is_file():
        return CorpusMeta()
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"))   # a BOM from Windows editors is fine
    except (OSError, ValueError) as exc:
        raise InputError("bad_metadata", f"无法读取元数据 {path}：{exc}",
                         f"cannot read metadata {path}: {exc}") from exc
    if not isinstance(raw, dict):
        raise InputError("bad_metadata", f"元数据 {path} 应是一个 JSON 对象（{{\"paper\": …}}）",
                         f"metadata {path} must be a JSON object ({{\"paper\": …}})")
    articles = raw.get("articles") if isinstance(raw.get("articles"), dict) else {}
    # {"a.txt": "2020-02-01"} is accepted as short for {"a.txt": {"published": "2020-02-01"}}
    articles = {name: ({"published": v} if isinstance(v, str) else v if isinstance(v, dict) else {})
                for name, v in articles.items()}
    city = canonical_city(str(raw["city"])) if raw.get("city") else ""   # 株洲 → 株洲市, once
    return CorpusMeta(paper=str(raw.get("paper") or ""), city=city, articles=articles)


_FIRST_LINE = re.compile("[^\\s][^\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]*")
TITLE_CHARS = 60


def headline(text: str) -> str:
    """An article's headline: its first non-empty line without markdown '#', at most 60
    characters (found without splitting the whole text)."""
    first = _FIRST_LINE.search(text or "")
    title = first.group(0).strip().lstrip("#").strip() if first else ""
    return title if len(title) <= TITLE_CHARS else title[:TITLE_CHARS - 1] + "…"


def load_article(path: Path, published: str = "") -> Article:
    path = Path(path)
    data = path.read_bytes()
    dec = decode_bytes(data, path.name)
    return Article(name=path.name, text=dec.text, published=published,
                   encoding=dec.encoding, sha256=hashlib.sha256(data).hexdigest())


def is_article_name(name: str) -> bool:
    """An article's file name: .txt/.html/.htm, not hidden (macOS's ._ companions, the records
    store, half-written temporaries all start with a dot, and the corpus fingerprint skips them)."""
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in ARTICLE_SUFFIXES


def article_paths(folder: Path) -> list[Path]:
    folder = Path(folder)
    # scandir's entries know whether they are files without a stat each; sorted by name, not
    # by Path (10,000 files: 0.22 s → 0.02 s)
    with os.scandir(folder) as entries:
        names = sorted(e.name for e in entries if is_article_name(e.name) and e.is_file())
    return [folder / name for name in names]


def iter_articles(folder: Path, meta: CorpusMeta | None = None) -> Iterator[Article]:
    """Articles one at a time, so a large archive is never held whole in memory."""
    meta = meta or read_meta(folder)
    for p in article_paths(folder):
        yield load_article(p, meta.published(p.name))
