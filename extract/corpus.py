"""A corpus folder: articles (.txt/.html) plus corpus.json (paper, home city, publication dates)."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extract.dates import checked_iso
from extract.decode import DEFAULT_MAX_BYTES, decode_bytes
from extract.errors import InputError
from extract.files import listed_files, listed_names, read_bytes
from extract.places import DEFAULT_CITY as DEFAULT_CITY  # re-exported: where callers look
from extract.places import canonical_city

METADATA_NAME = "corpus.json"
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


@dataclass(frozen=True)
class Article:
    name: str  # file name, no folder: the record's `doc`
    text: str  # decoded text; record offsets index into it
    published: str = ""  # ISO publication date from metadata, "" if unknown
    encoding: str = "utf-8"
    sha256: str = ""


@dataclass
class CorpusMeta:
    paper: str = ""
    city: str = ""  # the home city corpus.json names ("" when it names none)
    feed: bool = False  # corpus.json says "city": null: a corpus without a home city
    articles: dict = field(default_factory=dict)  # name → {"published": ISO, ...}
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
        raw = json.loads(data.decode("utf-8-sig"))  # a BOM from Windows editors is fine
    except RecursionError:
        raise _bad_metadata(path, "嵌套层数过多", "nested too deeply") from None
    except ValueError as exc:
        raise _bad_metadata(path, str(exc), str(exc)) from None
    if not isinstance(raw, dict):
        raise InputError(
            "bad_metadata",
            f'元数据 {path} 应是一个 JSON 对象（{{"paper": …}}）',
            f'metadata {path} must be a JSON object ({{"paper": …}})',
        )
    if not isinstance(raw.get("articles") or {}, dict):
        raise InputError(
            "bad_metadata",
            f'元数据 {path} 的 articles 应是一个对象（{{"a.txt": …}}）',
            f'metadata {path}: articles must be an object ({{"a.txt": …}})',
        )
    for key in ("paper", "city"):
        if raw.get(key) is not None and not isinstance(raw[key], str):
            raise InputError(
                "bad_metadata",
                f"元数据 {path} 的 {key} 应是文字，而不是 {raw[key]!r:.40}",
                f"metadata {path}: {key} must be text, not {raw[key]!r:.40}",
            )
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
        iso = checked_iso(given)
        if given not in (None, "") and iso is None:
            problems.append(
                (
                    name,
                    InputError(
                        "bad_published",
                        f"corpus.json 中 {name} 的发布日期 {given!r:.40} 不是 1900–2100 年间的日期"
                        f"（应为 2020-02-21 这样的形式），已忽略",
                        f"corpus.json: the publication date of {name}, {given!r:.40}, is not a date between "
                        f"1900 and 2100 (write it as 2020-02-21); it was left out",
                    ),
                )
            )
            entry.pop("published")
        elif given:
            entry["published"] = iso
        articles[name] = entry
    city = canonical_city(raw["city"]) if raw.get("city") else ""  # 株洲 → 株洲市, once
    return CorpusMeta(
        paper=raw.get("paper") or "",
        city=city,
        feed="city" in raw and raw["city"] is None,
        articles=articles,
        problems=problems,
    )


@dataclass(frozen=True)
class HomeCity:
    """The home city of a corpus, and where it comes from — the one home-city rule:
    the city the user gives (--city, the dashboard), else corpus.json's, else none when
    corpus.json says "city": null (a feed), else the city the articles speak for (guessed,
    with its evidence), else none. Never the default city for a folder that does not say."""

    city: str | None
    source: str  # given | corpus.json | feed | guessed | unknown
    evidence: tuple[str, ...] = ()

    def note(self) -> tuple[str, str] | None:
        """(zh, en) for the user when the city was guessed or could not be: said, not hidden."""
        if self.source == "guessed":
            why = "；".join(self.evidence)
            return (
                f"corpus.json 未指定城市；按文章判断为{self.city}（{why}）",
                f"corpus.json names no city; the articles speak for {self.city} ({'; '.join(self.evidence)})",
            )
        if self.source == "unknown":
            return (
                "corpus.json 未指定城市，文章也未表明是哪个城市的：按无本地城市的语料读取（每个数字归其所属地方）",
                "corpus.json names no city and the articles do not say whose they are: read as a corpus "
                "without a home city (every figure goes to its own place)",
            )
        return None


def folder_home(folder: Path, given: str | None = None, meta: CorpusMeta | None = None) -> HomeCity:
    """home_city for a corpus folder, guessing (when it must) from a few of its articles."""
    from extract.home import sample

    folder = Path(folder)
    meta = meta if meta is not None else read_meta(folder)

    def texts() -> Iterator[str]:
        for path in sample(article_paths(folder)):
            try:
                yield load_article(path, root=folder).text
            except (InputError, OSError):
                continue

    return home_city(meta, given, texts)


def home_city(meta: CorpusMeta, given: str | None = None, texts: Callable[[], Iterable[str]] | None = None) -> HomeCity:
    """The home city for a corpus (HomeCity's rule); texts: the articles' texts, read only
    when the city must be guessed."""
    if given:
        return HomeCity(canonical_city(given), "given")
    if meta.city:
        return HomeCity(meta.city, "corpus.json")
    if meta.feed:
        return HomeCity(None, "feed")
    if texts is None:
        return HomeCity(None, "unknown")
    from extract.home import guess_home_city

    guess = guess_home_city(texts())
    if guess.city is None:
        return HomeCity(None, "unknown")
    return HomeCity(guess.city, "guessed", guess.evidence)


_FIRST_LINE = re.compile("[^\\s][^\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]*")
TITLE_CHARS = 60


def headline(text: str) -> str:
    """An article's headline: its first non-empty line without markdown '#', at most 60
    characters (found without splitting the whole text)."""
    first = _FIRST_LINE.search(text or "")
    title = first.group(0).strip().lstrip("#").strip() if first else ""
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1] + "…"


def load_article(path: Path, published: str = "", root: Path | None = None) -> Article:
    """One article file, decoded; root: the corpus folder its real path must stay in."""
    path = Path(path)
    data = read_bytes(path, DEFAULT_MAX_BYTES, root=root)
    dec = decode_bytes(data, path.name)
    return Article(
        name=path.name,
        text=dec.text,
        published=published,
        encoding=dec.encoding,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def is_article_name(name: str) -> bool:
    """An article's file name: .txt/.html/.htm, not hidden (macOS's ._ companions, the records
    store, half-written temporaries all start with a dot, and the corpus fingerprint skips them)."""
    dot = name.rfind(".")  # (not os.path.splitext: a third of listing a 100,000-file archive)
    return dot > 0 and not name.startswith(".") and name[dot:].lower() in ARTICLE_SUFFIXES


def article_paths(folder: Path, skipped: list[tuple[str, InputError]] | None = None) -> list[Path]:
    """The folder's article files, by name: regular files, or links to one inside the folder;
    what was passed over (a link out of the folder, a FIFO …) is said in skipped."""
    return listed_files(folder, is_article_name, skipped)


def article_names(folder: Path, skipped: list[tuple[str, InputError]] | None = None) -> list[str]:
    """article_paths' names only (an archive's reader stats them without a Path each)."""
    return listed_names(folder, is_article_name, skipped)


def iter_articles(folder: Path, meta: CorpusMeta | None = None) -> Iterator[Article]:
    """Articles one at a time, so a large archive is never held whole in memory."""
    meta = meta or read_meta(folder)
    for p in article_paths(folder):
        yield load_article(p, meta.published(p.name), root=folder)
