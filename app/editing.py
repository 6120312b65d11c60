"""Pure helpers behind the dashboard's "add articles" and "correct a figure" forms.

The forms themselves live in dashboard.py; what they say and what they write is decided
here, so it can be tested without Streamlit.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from app.text import md_plain
from briefing import labels
from briefing.labels import iso_day, metric_name, t
from extract.errors import InputError
from extract.records import METRICS, Record
from store import corrections as corr
from store import ingest

ACTIONS = ("wrong", "change")


@dataclass(frozen=True)
class Message:
    level: str  # success | info | warning | error
    text: str


def add_message(name: str, result: Any, lang: str = "zh") -> Message:
    """What the user is told about one added file: stored, duplicate, nothing found, or why
    it was refused (an InputError)."""
    if isinstance(result, InputError):
        return Message("error", f"{name}：{result.zh}" if lang == "zh" else f"{name}: {result.en}")
    text = result.message_en if lang == "en" else result.message_zh
    if result.status == "duplicate":
        return Message("info", text)
    return Message("success" if result.n_figures else "warning", text)


# ---------------------------------------------------------------- adding in a worker process

_POOL: ProcessPoolExecutor | None = None
_POOL_LOCK = threading.Lock()


def _worker() -> ProcessPoolExecutor:
    """One worker process for the server, started on first use ("spawn": a fork of a server
    with threads running is unsafe); extraction there holds no lock other sessions wait on."""
    global _POOL
    with _POOL_LOCK:
        if _POOL is None:
            _POOL = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        return _POOL


def add_one(folder: str, name: str, data: bytes | str, published: str | None, pasted: bool = False):
    """In the worker: add one article (an upload's bytes, or pasted text under the title
    `name`), then extract it into the records store, so the page's next load only reads it.
    Returns the AddResult, or ("refused", code, zh, en)."""
    try:
        if pasted:
            result = ingest.add_text(folder, data, name, published or None)
        else:
            result = ingest.add_article(folder, data, name, published or None)
    except InputError as exc:
        return ("refused", exc.code, exc.zh, exc.en)
    if result.added:
        from store.loader import load_corpus

        with contextlib.suppress(Exception):
            load_corpus(folder)
    return result


def add_articles(
    folder,
    files: Sequence[tuple[str, bytes]],
    pasted: tuple[str, str] | None,
    published: str | None,
    lang: str = "zh",
    progress: Callable[[int, int], None] | None = None,
    worker: bool = True,
) -> list[Message]:
    """Add uploads (name, bytes) and pasted (title, text) one at a time in the worker process
    (worker=False: here), calling progress(done, total) after each; a refused file writes
    nothing and does not stop the others."""
    jobs = [(name, data, False) for name, data in files]
    if pasted is not None and pasted[1].strip():
        jobs.append((pasted[0], pasted[1], True))
    out = []
    for done, (name, data, is_pasted) in enumerate(jobs, start=1):
        shown = name or (("粘贴的文字" if lang == "zh" else "pasted text") if is_pasted else name)
        args = (str(folder), name, data, published, is_pasted)
        try:
            result = _worker().submit(add_one, *args).result() if worker else add_one(*args)
        except (BrokenProcessPool, OSError, RuntimeError):  # no worker to be had: here, then
            result = add_one(*args)
        if isinstance(result, tuple):
            result = InputError(*result[1:])
        out.append(add_message(shown, result, lang))
        if progress is not None:
            progress(done, len(jobs))
    return out


def metric_choices() -> list[str]:
    return list(METRICS)


def metric_label(metric: str, lang: str = "zh") -> str:
    return f"{metric_name(metric, lang)} ({metric})"


def fix_key(part: str, point_id: str) -> str:
    """The correction form's widget keys, one set per timeline point."""
    return f"fix_{part}::{point_id}"


def correct_point(
    folder,
    point: Mapping[str, Any],
    doc: str,
    action: str | None,
    lang: str = "zh",
    new_value: float | None = None,
    new_date: str | None = None,
    note: str = "",
) -> Message:
    """Write one correction for a timeline point's figure as stated in `doc`."""
    if action not in ACTIONS:
        return Message("warning", t("fix_pick_action", lang))
    date = point["date"]
    iso = iso_day(date)
    # The form is prefilled with the current figure: only what the user changed is a change.
    if new_value is not None and abs(float(new_value) - float(point["value"])) < 1e-9:
        new_value = None
    if new_date and new_date[:10] == iso:
        new_date = None
    try:
        c = corr.add_correction(
            folder,
            action,
            doc,
            iso,
            point["metric"],
            region=point["region"],
            sector=point.get("sector", "") or "",
            value=float(point["value"]),
            new_value=new_value if action == "change" else None,
            new_date=new_date if action == "change" else None,
            note=note,
        )
    except InputError as exc:
        return Message("error", exc.en if lang == "en" else exc.zh)
    return Message("success", t("fix_saved", lang, id=c.id))


def add_figure(
    folder,
    doc: str,
    metric: str,
    date: str,
    value: float,
    lang: str = "zh",
    region: str = "",
    sector: str = "",
    unit: str = "",
    note: str = "",
) -> Message:
    try:
        c = corr.add_correction(
            folder, "add", doc, date, metric, region=region, sector=sector, value=value, unit=unit, note=note
        )
    except InputError as exc:
        return Message("error", exc.en if lang == "en" else exc.zh)
    return Message("success", t("fix_saved", lang, id=c.id))


@dataclass(frozen=True)
class CorrectionRow:
    id: str
    text: str
    active: bool


def correction_rows(folder, read_records: Callable[[], Sequence[Record]], lang: str = "zh") -> list[CorrectionRow]:
    """Every correction, newest first, with its state (active, undone, matching nothing).
    read_records gives the extracted records (before corrections); it is called only when there
    is a correction to match against them (an archive's page does not read 84,000 records
    to say "no corrections")."""
    try:
        items = corr.load_corrections(folder)
    except InputError as exc:
        return [CorrectionRow("", exc.en if lang == "en" else exc.zh, False)]
    if not items:
        return []
    missed = {c.id for c in corr.unmatched(read_records(), items)}
    rows = []
    for c in reversed(items):
        state = []
        if c.undone:
            state.append(t("corr_undone", lang))
        elif c.id in missed:
            state.append(t("corr_unmatched", lang))
        if c.error:
            state.append(c.error)
        label = f"#{c.id} {metric_name(c.metric, lang)} · {c.describe()}"
        if c.note:
            label += f" — {c.note}"
        if state:
            label += f" ({'; '.join(state)})"
        rows.append(CorrectionRow(c.id, label, c.active))
    return rows


def home_city_line(home, lang: str = "zh") -> Message | None:
    """What the page says under the city field about where the home city came from
    (extract.corpus.HomeCity): a guess with its evidence, no city, a feed; None when the
    user or corpus.json gave it."""
    if home.source == "guessed":  # the evidence is the articles' own words: never markdown
        why = ("；" if lang == "zh" else "; ").join(md_plain(e) for e in home.evidence)
        return Message("info", t("city_guessed", lang, city=md_plain(labels.place_name(home.city, lang)), why=why))
    if home.source == "unknown":
        return Message("warning", t("city_unknown", lang))
    if home.source == "feed":
        return Message("info", t("city_feed", lang))
    return None


def save_home_city(folder, city: str | None, paper: str, lang: str = "zh") -> Message:
    """Write the home city (None: a corpus without one) and the paper's name into corpus.json."""
    try:
        ingest.set_home_city(folder, city, paper)
    except (InputError, OSError) as exc:
        return Message("error", getattr(exc, lang, None) or str(exc))
    return Message("success", t("city_saved", lang))
