"""A corpus folder: articles (.txt/.html) plus corpus.json (paper, home city, publication dates)."""
from __future__ import annotations

import hashlib
import os
import re
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from extract.dates import checked_iso
from extract.decode import DEFAULT_MAX_BYTES, InputError, decode_bytes
from extract.files import listed_files, read_bytes
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
    # (article name, why) for entries whose values were left out (a publication date that is no
    # date): the article is still read, without them
    problems: list[tuple[str, InputError]] = field(default_factory=list)

    def published(self, name: str) -> str:
        return (self.articles.get(name) or {}).get("published", "") or ""


MAX_METADATA_BYTES = 20 * 1024 * 1024


def no_corpus(folder: str | os.PathLike) -> InputError:
    """The refusal of a corpus folder that does not exist (nothing is created in its place)."""
    return InputError("no_corpus", f"语料库文件夹不存在：{folder}", f"no such corpus folder: {folder}")


def _bad_metadata(path: Path, zh: str, en: str) -> InputError:
    return InputError("bad_metadata", f"无法读取元数据 {path}：{zh}", f"cannot read metadata {path}: {en}")


def read_meta_json(folder: Path) -> dict | None:
    """corpus.json as it is written (every key kept), None when there is none; InputError when
    it is not a readable JSON object (a link out of the folder, a FIFO, nesting too deep …)."""
    path = Path(folder) / METADATA_NAME
    try:
        data = read_bytes(path, MAX_METADATA_BYTES, root=folder)
    except FileNotFoundError:
        return None
    except InputError as exc:
        raise _bad_metadata(path, exc.zh, exc.en) from None
    except OSError as exc:
        raise _bad_metadata(path, exc.strerror or str(exc), exc.strerror or str(exc)) from None
    try:
        raw = json.loads(data.decode("utf-8-sig"))   # a BOM from Windows editors is fine
    except RecursionError:
        raise _bad_metadata(path, "嵌套层数过多", "nested too deeply") from None
    except ValueError as exc:
        raise _bad_metadata(path, str(exc), str(exc)) from None
    if not isinstance(raw, dict):
        raise InputError("bad_metadata", f"元数据 {path} 应是一个 JSON 对象（{{\"paper\": …}}）",
                         f"metadata {path} must be a JSON object ({{\"paper\": …}})")
    if not isinstance(raw.get("articles") or {}, dict):
        raise InputError("bad_metadata", f"元数据 {path} 的 articles 应是一个对象（{{\"a.txt\": …}}）",
                         f"metadata {path}: articles must be an object ({{\"a.txt\": …}})")
    for key in ("paper", "city"):
        if raw.get(key) is not None and not isinstance(raw[key], str):
            raise InputError("bad_metadata", f"元数据 {path} 的 {key} 应是文字，而不是 {raw[key]!r:.40}",
                             f"metadata {path}: {key} must be text, not {raw[key]!r:.40}")
    return raw


def read_meta(folder: Path) -> CorpusMeta:
    raw = read_meta_json(folder)
    if raw is None:
        return CorpusMeta()
    articles, problems = {}, []
    for name, entry in (raw.get("articles") or {}).items():
        # {"a.txt": "2020-02-01"} is accepted as short for {"a.txt": {"published": "2020-02-01"}}
        entry = {"published": entry} if not isinstance(entry, dict) else dict(entry)
        given = entry.get("published")
        if given not in (None, "") and checked_iso(given) is None:
            problems.append((name, InputError(
                "bad_published", f"corpus.json 中 {name} 的发布日期 {given!r:.40} 不是 1900–2100 年间的日期"
                                 f"（应为 2020-02-21 这样的形式），已忽略",
                f"corpus.json: the publication date of {name}, {given!r:.40}, is not a date between "
                f"1900 and 2100 (write it as 2020-02-21); it was left out")))
            entry.pop("published")
        elif given:
            entry["published"] = checked_iso(given)
        articles[name] = entry
    city = canonical_city(raw["city"]) if raw.get("city") else ""   # 株洲 → 株洲市, once
    return CorpusMeta(paper=raw.get("paper") or "", city=city, articles=articles, problems=problems)


_FIRST_LINE = re.compile("[^\\s][^\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]*")
TITLE_CHARS = 60


def headline(text: str) -> str:
    """An article's headline: its first non-empty line without markdown '#', at most 60
    characters (found without splitting the whole text)."""
    first = _FIRST_LINE.search(text or "")
    title = first.group(0).strip().lstrip("#").strip() if first else ""
    return title if len(title) <= TITLE_CHARS else title[:TITLE_CHARS - 1] + "…"


def load_article(path: Path, published: str = "", root: Path | None = None) -> Article:
    """One article file, decoded; root: the corpus folder its real path must stay in."""
    path = Path(path)
    data = read_bytes(path, DEFAULT_MAX_BYTES, root=root)
    dec = decode_bytes(data, path.name)
    return Article(name=path.name, text=dec.text, published=published,
                   encoding=dec.encoding, sha256=hashlib.sha256(data).hexdigest())


def is_article_name(name: str) -> bool:
    """An article's file name: .txt/.html/.htm, not hidden (macOS's ._ companions, the records
    store, half-written temporaries all start with a dot, and the corpus fingerprint skips them)."""
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in ARTICLE_SUFFIXES


def article_paths(folder: Path, skipped: list[tuple[str, InputError]] | None = None) -> list[Path]:
    """The folder's article files, by name: regular files, or links to one inside the folder;
    what was passed over (a link out of the folder, a FIFO …) is said in skipped."""
    return listed_files(folder, is_article_name, skipped)


def iter_articles(folder: Path, meta: CorpusMeta | None = None) -> Iterator[Article]:
    """Articles one at a time, so a large archive is never held whole in memory."""
    meta = meta or read_meta(folder)
    for p in article_paths(folder):
        yield load_article(p, meta.published(p.name), root=folder)
