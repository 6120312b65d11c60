"""Chinese news text → dated, sourced records of a city's COVID-19 figures.

>>> from extract import extract_text
>>> [r.metric for r in extract_text("截至2月19日24时，我市累计报告确诊病例78例。",
...                                  published="2020-02-21")]
['confirmed_total']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from extract.corpus import (
    DEFAULT_CITY,
    Article,
    CorpusMeta,
    article_paths,
    home_city,
    iter_articles,
    load_article,
    read_meta,
)
from extract.engine import MAX_FIGURES, extract_article
from extract.errors import InputError
from extract.records import CSV_COLUMNS, METRICS, Event, Record

__all__ = [
    "CSV_COLUMNS",
    "MAX_FIGURES",
    "METRICS",
    "Article",
    "Event",
    "InputError",
    "Record",
    "extract_article",
    "extract_events",
    "extract_paths",
    "extract_text",
    "iter_articles",
    "read_meta",
]


def extract_text(
    text: str,
    doc: str = "",
    published: str | None = None,
    city: str | None = DEFAULT_CITY,
    keep_other_places: bool = False,
    max_figures: int | None = MAX_FIGURES,
) -> list[Record]:
    return extract_article(text, doc, published, city, keep_other_places, max_figures)[0]


def extract_events(text: str, doc: str = "", published: str | None = None, city: str = DEFAULT_CITY) -> list[Event]:
    return extract_article(text, doc, published, city)[1]


def _texts(paths: list[Path], root: Path | None) -> Iterator[str]:
    """The texts of a few articles, for a guess of whose they are (unreadable ones left out)."""
    from extract.home import sample

    for p in sample(paths):
        try:
            yield load_article(p, root=root).text
        except (InputError, OSError):
            continue


def _expand(
    paths: Iterable[str | Path], city: str | None, errors: list | None, notes: list | None
) -> Iterator[tuple[Path, CorpusMeta, Path | None, str | None]]:
    """(file, its folder's metadata, the corpus folder it must stay in — None for a file named
    by the user —, its home city) for every article the paths name."""
    metas: dict[Path, CorpusMeta] = {}  # corpus.json is read once per folder

    def meta_of(folder: Path) -> CorpusMeta:
        if folder not in metas:
            metas[folder] = read_meta(folder)
            if errors is not None:
                errors.extend((folder / name, exc) for name, exc in metas[folder].problems)
        return metas[folder]

    def home_of(meta: CorpusMeta, where: Path, sample: list[Path], root: Path | None) -> str | None:
        home = home_city(meta, city, lambda: _texts(sample, root))
        if notes is not None and home.note():
            notes.append((where, home.note()))
        return home.city

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            meta = meta_of(p)
            skipped: list = []
            found = article_paths(p, skipped)
            if skipped and errors is None:
                raise skipped[0][1]
            if errors is not None:
                errors.extend((p / name, exc) for name, exc in skipped)
            home = home_of(meta, p, found, p) if found else None
            for a in found:
                yield a, meta, p, home
        else:
            meta = meta_of(p.parent)
            yield p, meta, None, home_of(meta, p, [p], None)


def extract_paths(
    paths: Iterable[str | Path],
    city: str | None = None,
    keep_other_places: bool = False,
    errors: list | None = None,
    max_figures: int = MAX_FIGURES,
    notes: list | None = None,
) -> Iterator[tuple[Article, list[Record], list[Event]]]:
    """Articles one at a time (a large archive is streamed, never held whole).

    city: the home city; default the folder's (corpus.json's, else the city its articles
    speak for, else none: extract.corpus.home_city). Files that can't be read are reported
    into `errors` as (path, InputError) and skipped; what was guessed about a folder's city
    into `notes` as (path, (zh, en)).
    """
    for path, meta, root, home in _expand(paths, city, errors, notes):
        try:
            art = load_article(path, meta.published(path.name), root=root)
        except (InputError, OSError) as exc:
            if errors is None:
                raise
            errors.append((path, exc))
            continue
        try:
            recs, events = extract_article(
                art.text, art.name, art.published or None, home, keep_other_places, max_figures
            )
        except InputError as exc:  # over the figure budget
            if errors is None:
                raise
            errors.append((path, exc))
            continue
        yield art, recs, events
