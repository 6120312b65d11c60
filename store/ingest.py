"""Adding articles to a corpus folder: uploads in the dashboard, `python -m store add`.

Every article is stored as UTF-8 text (``name.txt``; an HTML page is stored as its
extracted text), so record offsets index the stored file exactly. An add either
completes — article file plus its corpus.json entry — or leaves the folder exactly as
it was: bad input is refused with an :class:`InputError` (message in Chinese and
English) before anything is written, both files are written atomically, and if the
metadata write fails the article just written is removed again.

corpus.json entry of an added article::

    "name.txt": {"published": "2020-02-21", "published_from": "user" | "text" | "",
                 "sha256": <of the stored UTF-8 text>, "encoding": <of the upload>,
                 "kind": "text" | "html", "original_name": <as uploaded>, "added": <ISO time>}
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import math
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from extract.corpus import METADATA_NAME, article_paths, folder_home, no_corpus, read_meta_json
from extract.decode import decode_bytes
from extract.errors import InputError
from extract.files import read_bytes
from store.atomic import folder_lock, write_bytes_atomic, write_text_atomic

MB = 1024 * 1024
_DEFAULT_MB = 20


def _max_bytes_from_env() -> int:
    """ZZ_MAX_UPLOAD_MB (may be fractional); 20 MB when unset or not a positive number."""
    raw = os.environ.get("ZZ_MAX_UPLOAD_MB", "").strip()
    try:
        mb = float(raw)
    except ValueError:
        return _DEFAULT_MB * MB
    if not math.isfinite(mb) or mb <= 0:
        return _DEFAULT_MB * MB
    return max(1, int(mb * MB))


DEFAULT_MAX_BYTES = _max_bytes_from_env()

# Suffixes replaced by .txt (the stored file is always the decoded text).
_TEXT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".shtml")
_WINDOWS_BAD = re.compile(r'[<>:"|?*]')
_SEPARATORS = re.compile(r"[/\\]")
_SPACES = re.compile(r"\s+")
_DOTS_ONLY = re.compile(r"[.\s]*\.\.[.\s]*")  # "..", "...", ". ." – a parent reference
_ABSOLUTE = re.compile(r"^(?:[/\\]|[A-Za-z]:|~[/\\])")
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}
MAX_STEM_BYTES = 180  # file systems allow 255 bytes; room for "_99.txt" and temp names
MAX_DATE_CHARS = 100


@dataclass(frozen=True)
class AddResult:
    status: str  # "added" | "duplicate"
    stored_name: str  # the article's name in the folder (for a duplicate: the existing one)
    encoding: str  # encoding of the upload
    kind: str  # "text" | "html"
    n_figures: int  # figures extracted from it (0: accepted, but nothing found)
    message_zh: str
    message_en: str
    published: str = ""  # ISO date stored in corpus.json ("" if unknown)
    published_from: str = ""  # "user" | "text" | ""
    original_name: str = ""

    @property
    def added(self) -> bool:
        return self.status == "added"


# ------------------------------------------------------------------ file names


def _shown(name: str) -> str:
    """A name safe to print: control characters as \\xNN escapes."""
    return "".join(
        c if unicodedata.category(c) not in ("Cc", "Cs") else f"\\x{ord(c):02x}" if ord(c) < 256 else f"\\u{ord(c):04x}"
        for c in name
    )


def _bad_name(filename: str, zh_why: str, en_why: str) -> InputError:
    shown = _shown(filename)
    return InputError(
        "bad_name",
        f"文件名不安全，已拒绝：“{shown}”{zh_why}；请把文件改成普通的文件名（如 2020-02-21.txt）后再添加",
        f"unsafe file name refused: {shown!r} {en_why}; rename the file to a plain name "
        f"(such as 2020-02-21.txt) and add it again",
    )


def checked_basename(filename: str) -> str:
    """The last path component of an uploaded file's name, or InputError("bad_name").

    Refused: control characters, absolute paths (/x, \\x, C:…, ~/…), any parent
    reference (..). A plain relative path (``folder/a.txt``) gives its basename.
    """
    filename = filename or ""
    if any(unicodedata.category(c) == "Cc" for c in filename):
        raise _bad_name(filename, "含有控制字符（如换行、制表符或不可见字符）", "contains control characters")
    if _ABSOLUTE.match(filename):
        raise _bad_name(filename, "是绝对路径", "is an absolute path")
    parts = _SEPARATORS.split(filename)
    if any(_DOTS_ONLY.fullmatch(p) for p in parts):
        raise _bad_name(filename, "含有上级目录（..）", "points outside the folder (..)")
    return parts[-1]


def clean_stem(name: str) -> str:
    """File-name stem to store under: CJK kept, junk removed, .txt/.html suffix dropped.

    "" when nothing usable is left (the caller then names the file by its content hash).
    """
    s = _SPACES.sub(" ", unicodedata.normalize("NFC", name))  # tabs, line breaks → space
    s = "".join(
        "_" if unicodedata.category(c) in ("Cs", "Co") else c  # lone surrogates, private use
        for c in s
        if unicodedata.category(c) not in ("Cc", "Cf")
    )  # controls, bidi, zero-width
    s = _SEPARATORS.sub("_", s)
    s = _WINDOWS_BAD.sub("_", s)
    s = _SPACES.sub(" ", s).strip()
    low = s.lower()
    for suffix in _TEXT_SUFFIXES:
        if low.endswith(suffix):
            s = s[: -len(suffix)]
            break
    s = s.strip(" .")  # no hidden files, no trailing dots (Windows)
    while len(s.encode("utf-8")) > MAX_STEM_BYTES:
        s = s[:-1]
    s = s.rstrip(" .")
    if s.split(".")[0].upper() in _RESERVED:
        s = "_" + s
    if not s.strip("_ "):
        return ""
    return s


def safe_name(filename: str) -> str:
    """Stored name for an uploaded file name ("" stem → caller uses a hash name)."""
    stem = clean_stem(checked_basename(filename))
    return stem + ".txt" if stem else ""


def _unique_name(folder: Path, name: str, meta_articles: dict) -> str:
    taken = {n.casefold() for n in meta_articles}
    if folder.is_dir():
        taken |= {p.name.casefold() for p in folder.iterdir()}
    if name.casefold() not in taken:
        return name
    stem = name[: -len(".txt")]
    k = 2
    while f"{stem}_{k}.txt".casefold() in taken:
        k += 1
    return f"{stem}_{k}.txt"


# ------------------------------------------------------------------ metadata


def read_meta_raw(folder: Path) -> dict:
    """corpus.json as a dict with every key kept ({} when missing); InputError if unreadable
    (then nothing is added, so as not to overwrite it)."""
    try:
        return read_meta_json(folder) or {}
    except InputError as exc:
        raise InputError(
            exc.code, f"{exc.zh}；为免覆盖，未添加任何文章", f"{exc.en}; nothing was added so as not to overwrite it"
        ) from None


def set_home_city(folder: str | os.PathLike, city: str | None, paper: str = "") -> None:
    """Write the folder's home city (None: a corpus without one, "city": null) and, when given,
    its paper's name into corpus.json, keeping every other key; atomic, under the folder's lock."""
    folder = Path(folder)
    if not folder.is_dir():
        raise no_corpus(folder)
    with folder_lock(folder):
        raw = read_meta_raw(folder)
        raw["city"] = city
        if paper.strip():
            raw["paper"] = paper.strip()
        write_text_atomic(folder / METADATA_NAME, dump_meta(raw))


def dump_meta(raw: dict) -> str:
    """JSON laid out like the seeds' corpus.json: one line per article."""

    def dumps(v):
        return json.dumps(v, ensure_ascii=False)

    lines = ["{"]
    items = list(raw.items())
    for i, (key, value) in enumerate(items):
        comma = "," if i < len(items) - 1 else ""
        if key == "articles" and isinstance(value, dict) and value:
            lines.append(f"  {dumps(key)}: {{")
            arts = list(value.items())
            for j, (name, entry) in enumerate(arts):
                lines.append(f"    {dumps(name)}: {dumps(entry)}{',' if j < len(arts) - 1 else ''}")
            lines.append("  }" + comma)
        else:
            lines.append(f"  {dumps(key)}: {dumps(value)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ duplicates

# (realpath, size, mtime_ns) → sha256 of the decoded text; cheap re-checks of a big folder
_TEXT_SHA: dict[tuple[str, int, int], str] = {}
_TEXT_SHA_MAX = 50_000


def _text_sha(path: Path) -> str | None:
    try:
        st = path.stat()
        key = (os.path.realpath(path), st.st_size, st.st_mtime_ns)
        hit = _TEXT_SHA.get(key)
        if hit is not None:
            return hit
        data = read_bytes(path, root=path.parent)
        text = decode_bytes(data, path.name).text
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    except (OSError, InputError, UnicodeError):
        return None  # an unreadable article can't be a duplicate of anything
    if len(_TEXT_SHA) >= _TEXT_SHA_MAX:
        _TEXT_SHA.clear()
    _TEXT_SHA[key] = sha
    return sha


def find_duplicate(folder: Path, text_sha: str) -> str | None:
    """Name of an article in the folder whose decoded text has this sha256, else None."""
    folder = Path(folder)
    if not folder.is_dir():
        return None
    for p in article_paths(folder):
        if _text_sha(p) == text_sha:
            return p.name
    return None


# ------------------------------------------------------------------ adding


def parse_published(published: str | None) -> str:
    """ISO date for a user-typed publication date; "" when not given; InputError("bad_date")."""
    if published is None or not str(published).strip():
        return ""
    s = str(published)
    d = None
    if len(s) <= MAX_DATE_CHARS and not any(unicodedata.category(c) == "Cc" for c in s.strip()):
        from extract.dates import parse_user_date

        try:
            d = parse_user_date(s)
        except Exception:  # a free-form parser must not turn a typo into a crash
            d = None
    if d is None or not 1900 <= d.year <= 2100:
        shown = _shown(s[:MAX_DATE_CHARS])
        raise InputError(
            "bad_date",
            f"无法识别发布日期“{shown}”；请写成 2020-02-21、2020年2月21日 或 2月21日",
            f"cannot read the publication date {shown!r}; write it as 2020-02-21, 2020年2月21日 or Feb 21 2020",
        )
    return d.isoformat()


def _count_figures(text: str, name: str, published: str, city: str | None) -> int:
    from extract import extract_text

    try:
        return len(extract_text(text, name, published or None, city))
    except InputError:  # over the figure budget: its own clear message
        raise
    except Exception as exc:  # storing it would break every later load of the corpus
        raise InputError(
            "extract_failed",
            f"读取 {name} 的数字时程序出错（{type(exc).__name__}），为保证语料库可用，未添加；请把该文件报告给维护者",
            f"extracting figures from {name} failed ({type(exc).__name__}: {exc}); "
            f"it was not added so the corpus stays loadable — please report this "
            f"file",
        ) from exc


def _messages(
    status: str, name: str, n: int, requested: str, renamed: bool, published: str, published_from: str
) -> tuple[str, str]:
    if status == "duplicate":
        return (f"未添加：内容与已有文章 {name} 完全相同。", f"Not added: same content as the existing article {name}.")
    zh, en = [], []
    if renamed:
        zh.append(f"已有同名文章 {requested}，新文章另存为 {name}。")
        en.append(f"An article named {requested} already exists; saved as {name}.")
    if n:
        zh.append(f"已添加 {name}：识别出 {n} 个数字。")
        en.append(f"Added {name}: {n} figure{'s' if n != 1 else ''} found.")
    else:
        zh.append(f"已添加 {name}，但没有识别出任何疫情或复工数字。")
        en.append(f"Added {name}, but no figures were found in it.")
    if published_from == "text":
        zh.append(f"未提供发布日期，已按正文推断为 {published}。")
        en.append(f"No publication date given; {published} was inferred from the text.")
    elif not published:
        zh.append("未提供发布日期，正文中也没有找到日期；“昨日”等相对日期可能不准。")
        en.append("No publication date given and none found in the text; relative dates (“yesterday”) may be off.")
    return " ".join(zh), " ".join(en)


def add_article(
    folder: str | os.PathLike,
    data: bytes,
    filename: str,
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> AddResult:
    """Add one uploaded file to the corpus folder; InputError (nothing written) if refused."""
    base = checked_basename(filename)
    return _add(Path(folder), bytes(data), base, clean_stem(base), filename, published, max_bytes)


def add_text(folder: str | os.PathLike, text: str, title: str, published: str | None = None) -> AddResult:
    """Add pasted text under a title (path separators and control characters in it are
    replaced, not refused: a headline may well contain "/")."""
    if not isinstance(text, str):
        raise TypeError("text must be str")
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(
            "undecodable",
            "粘贴的文字中含有无效字符（孤立的代理项），无法保存",
            "the pasted text contains invalid characters (lone surrogates) and cannot be stored",
        ) from None
    title = title or ""
    return _add(Path(folder), data, "", clean_stem(title), title, published, DEFAULT_MAX_BYTES)


def _add(
    folder: Path, data: bytes, decode_name: str, stem: str, original: str, published: str | None, max_bytes: int | None
) -> AddResult:
    if folder.exists() and not folder.is_dir():
        raise InputError("no_corpus", f"{folder} 不是文件夹", f"{folder} is not a folder")
    pub_user = parse_published(published)
    dec = decode_bytes(data, decode_name, max_bytes=max_bytes)
    try:
        stored = dec.text.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(
            "undecodable",
            f"{_shown(original)} 解码后含有无效字符，无法保存为 UTF-8",
            f"{_shown(original)!r} decodes to invalid characters and cannot be stored as UTF-8",
        ) from None
    text_sha = hashlib.sha256(stored).hexdigest()
    provisional = (stem or f"article_{text_sha[:12]}") + ".txt"
    original_name = original.encode("utf-8", "replace").decode("utf-8")

    meta = read_meta_raw(folder)  # refuses a corrupt corpus.json before anything else
    dup = find_duplicate(folder, text_sha)
    if dup is not None:
        return _duplicate(dup, dec, original_name, meta)

    # What the pipeline will read back from the stored file (normally the same text).
    try:
        back = decode_bytes(stored, provisional, max_bytes=None).text
    except InputError as exc:
        raise InputError(
            exc.code,
            f"{exc.zh}（保存为文本后无法读回，未添加）",
            f"{exc.en} (the stored text could not be read back; not added)",
        ) from None
    if pub_user:
        pub, pub_from = pub_user, "user"
    else:
        from extract.dates import infer_reference

        ref, how = infer_reference(back, None)
        pub, pub_from = (ref.isoformat(), "text") if how == "text" else ("", "")
    city = folder_home(folder).city if folder.is_dir() else (meta.get("city") or None)
    n = _count_figures(back, provisional, pub, city)

    created = not folder.exists()
    if created:
        folder.mkdir(parents=True)
    try:
        with folder_lock(folder):
            meta = read_meta_raw(folder)
            dup = find_duplicate(folder, text_sha)  # again, now that we hold the lock
            if dup is not None:
                return _duplicate(dup, dec, original_name, meta)
            articles = meta.get("articles") or {}
            name = _unique_name(folder, provisional, articles)
            target = folder / name
            write_bytes_atomic(target, stored)
            try:
                if not meta:
                    meta = {"paper": "", "city": ""}
                articles[name] = {
                    "published": pub,
                    "published_from": pub_from,
                    "sha256": text_sha,
                    "encoding": dec.encoding,
                    "kind": dec.kind,
                    "original_name": original_name,
                    "added": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
                }
                meta["articles"] = articles
                write_text_atomic(folder / METADATA_NAME, dump_meta(meta))
            except BaseException:
                with contextlib.suppress(OSError):
                    target.unlink()
                raise
    except BaseException:
        if created:
            with contextlib.suppress(OSError):
                folder.rmdir()  # only if still empty
        raise
    zh, en = _messages("added", name, n, provisional, name != provisional, pub, pub_from)
    return AddResult("added", name, dec.encoding, dec.kind, n, zh, en, pub, pub_from, original_name)


def _duplicate(existing: str, dec, original_name: str, meta: dict) -> AddResult:
    entry = (meta.get("articles") or {}).get(existing) or {}
    zh, en = _messages("duplicate", existing, 0, existing, False, "", "")
    return AddResult(
        "duplicate",
        existing,
        dec.encoding,
        dec.kind,
        0,
        zh,
        en,
        entry.get("published", "") or "",
        entry.get("published_from", "") or "",
        original_name,
    )
