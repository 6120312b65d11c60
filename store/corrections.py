"""Corrections of extracted figures, kept apart from extraction in ``corrections.csv``.

The file sits in the corpus folder, UTF-8 with a header, one correction a row, and can be
read and edited by hand (a BOM or a GBK re-save by a spreadsheet is tolerated)::

    id,created,action,doc,date,region,metric,sector,value,new_value,new_date,unit,note,undone

action
    ``wrong``   the figure is not in the article: matching records are removed;
    ``change``  the figure is misread: value and/or date (and unit, if given) replaced;
    ``add``     a figure the extractor missed: a new record (quote = note or 人工添加,
                start = end = 0, rule ``correction.add``).

A correction identifies its figure by doc, date, metric and — when not blank — region,
sector and the original ``value``; blank means "any". Changed and added records carry a
rule starting with ``correction.`` so the UI can badge them. Corrections are applied in
file order, each to the result of the ones before (a change of a changed figure works).
Undo marks a row ``undone=1`` — history is kept, nothing is deleted. A correction whose
figure is gone (the article was re-extracted differently, or removed) is never silently
dropped: :func:`unmatched` lists it, as it does rows that can't be read.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from extract.corpus import no_corpus
from extract.decode import DEFAULT_MAX_BYTES, decode_bytes
from extract.errors import InputError
from extract.files import read_bytes
from extract.records import METRICS, Record, format_value, spreadsheet_safe, spreadsheet_text
from store.atomic import folder_lock, write_text_atomic

CORRECTIONS_NAME = "corrections.csv"
COLUMNS = (
    "id",
    "created",
    "action",
    "doc",
    "date",
    "region",
    "metric",
    "sector",
    "value",
    "new_value",
    "new_date",
    "unit",
    "note",
    "undone",
)
REQUIRED_COLUMNS = ("id", "action", "doc", "date", "metric")
ACTIONS = ("wrong", "change", "add")
ADDED_QUOTE = "人工添加"
CORRECTION_RULE_PREFIX = "correction."  # every rule id a correction gives a record starts so (the timeline reads it)
_TRUE = {"1", "true", "yes", "y", "是"}
_FALSE = {"", "0", "false", "no", "n", "否"}


@dataclass(frozen=True)
class Correction:
    id: str
    created: str
    action: str  # wrong | change | add
    doc: str
    date: str  # ISO date of the figure (for add: of the new figure unless new_date)
    region: str = ""
    metric: str = ""
    sector: str = ""
    value: float | None = None  # original value, to identify the figure (add: the value)
    new_value: float | None = None
    new_date: str = ""
    unit: str = ""
    note: str = ""
    undone: bool = False
    error: str = ""  # why a hand-edited row can't be used ("" when fine); never applied
    raw: tuple = field(default=(), compare=False, repr=False)  # CSV cells as read

    @property
    def active(self) -> bool:
        return not self.undone and not self.error

    def matches(self, r: Record) -> bool:
        return (
            r.doc == self.doc
            and r.metric == self.metric
            and r.date == self.date
            and (not self.region or r.region == self.region)
            and (not self.sector or r.sector == self.sector)
            and (self.value is None or _same(r.value, self.value))
        )

    def describe(self) -> str:
        where = " ".join(x for x in (self.doc, self.date, self.region, self.metric, self.sector) if x)
        old = "" if self.value is None else f" = {format_value(self.value)}"
        if self.action == "wrong":
            return f"wrong: {where}{old}"
        if self.action == "change":
            to = ", ".join(
                x
                for x in (
                    "" if self.new_value is None else f"value {format_value(self.new_value)}",
                    f"date {self.new_date}" if self.new_date else "",
                    f"unit {self.unit}" if self.unit else "",
                )
                if x
            )
            return f"change: {where}{old} → {to}"
        v = self.new_value if self.new_value is not None else self.value
        return f"add: {where} = {'' if v is None else format_value(v)}{self.unit}"

    def row(self) -> dict[str, str]:
        if self.raw:
            return dict(self.raw)
        return {
            "id": self.id,
            "created": self.created,
            "action": self.action,
            "doc": self.doc,
            "date": self.date,
            "region": self.region,
            "metric": self.metric,
            "sector": self.sector,
            "value": _fmt(self.value),
            "new_value": _fmt(self.new_value),
            "new_date": self.new_date,
            "unit": self.unit,
            "note": self.note,
            "undone": "1" if self.undone else "0",
        }


def _same(a: float, b: float) -> bool:
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def _fmt(v: float | None) -> str:
    return "" if v is None else format_value(v)


def default_unit(metric: str) -> str:
    kind = METRICS.get(metric, "")
    if kind == "percent":
        return "%"
    if metric in ("resumed", "sector_total"):
        return "家"
    if metric == "workers_returned":
        return "人"
    if metric == "services_resumed":
        return "个"
    return "例"


# ------------------------------------------------------------------ parsing


def _bad(code: str, zh: str, en: str) -> InputError:
    return InputError(code, zh, en)


def _parse_date(s: str | None) -> str | None:
    s = (s or "").strip()
    if not s:
        return ""
    from extract.dates import MAX_DATE, MIN_DATE, parse_user_date

    d: dt.date | None
    try:
        d = dt.date.fromisoformat(s)
    except ValueError:
        if len(s) > 100:
            return None
        try:
            d = parse_user_date(s)
        except Exception:
            return None
    return d.isoformat() if d and MIN_DATE <= d <= MAX_DATE else None


def _parse_number(s) -> float | str | None:
    """float, None for blank, or an error string."""
    if s is None:
        return None
    if isinstance(s, (int, float)):
        v = float(s)
    else:
        t = str(s).strip().replace(",", "").replace("，", "").rstrip("%％").strip()
        if not t:
            return None
        try:
            v = float(t)
        except ValueError:
            return f"not a number: {s!r} / 不是数字：{s}"
    if not math.isfinite(v) or v < 0:
        return f"not a non-negative number: {s!r} / 应为非负数：{s}"
    return v


def _problems(
    action: str, doc: str, date: str | None, metric: str, region: str, value, new_value, new_date: str | None
) -> list[tuple[str, str]]:
    """(en, zh) problems of a correction's fields; [] when usable."""
    out = []
    if action not in ACTIONS:
        out.append(
            (
                f"action must be one of {', '.join(ACTIONS)}, not {action!r}",
                f"操作应为 wrong（错误）、change（修改）或 add（添加），而不是“{action}”",
            )
        )
    if not doc:
        out.append(("doc (the article's file name) is missing", "缺少文章文件名（doc）"))
    if date is None:
        out.append(("date cannot be read (write it as 2020-02-19)", "日期无法识别（请写成 2020-02-19）"))
    elif not date:
        out.append(("date is missing", "缺少日期"))
    if metric not in METRICS:
        out.append(
            (
                f"unknown metric {metric!r} (one of: {', '.join(METRICS)})",
                f"未知的指标“{metric}”（可用：{', '.join(METRICS)}）",
            )
        )
    if new_date is None:
        out.append(("new_date cannot be read (write it as 2020-02-19)", "新日期无法识别（请写成 2020-02-19）"))
    for label, v in (("value", value), ("new_value", new_value)):
        if isinstance(v, str):
            out.append((f"{label}: {v.split(' / ')[0]}", f"{label}：{v.split(' / ')[-1]}"))
    if action == "change" and new_value is None and not new_date:
        out.append(("a change needs a new value or a new date", "修改需要给出新数值或新日期"))
    if action == "add":
        if new_value is None and value is None:
            out.append(("an added figure needs a value", "添加的数字需要给出数值"))
        if not region:
            out.append(("an added figure needs a region", "添加的数字需要给出地区"))
    return out


def _from_row(row: Mapping[str | None, Any], fields: Sequence[str]) -> Correction:
    # a csv.DictReader row: str (or None) cells, and under None the cells past the header
    g = {k: (row.get(k) or "") for k in fields}
    action = g.get("action", "").strip().lower()
    doc = g.get("doc", "").strip()
    date = _parse_date(g.get("date", ""))
    metric = g.get("metric", "").strip()
    region = g.get("region", "").strip()
    value = _parse_number(g.get("value", ""))
    new_value = _parse_number(g.get("new_value", ""))
    new_date = _parse_date(g.get("new_date", ""))
    undone_s = g.get("undone", "").strip().lower()
    problems = _problems(action, doc, date, metric, region, value, new_value, new_date)
    if not g.get("id", "").strip():
        problems.append(("id is missing", "缺少编号（id）"))
    if undone_s not in _TRUE | _FALSE:
        problems.append((f"undone must be 0 or 1, not {undone_s!r}", f"undone 应为 0 或 1，而不是“{undone_s}”"))
    if row.get(None):
        problems.append(("the row has more cells than the header", "该行的单元格比表头多"))
    err = "; ".join(f"{en} / {zh}" for en, zh in problems)
    return Correction(
        id=g.get("id", "").strip(),
        created=g.get("created", "").strip(),
        action=action,
        doc=doc,
        date=date or "",
        region=region,
        metric=metric,
        sector=g.get("sector", "").strip(),
        value=value if not isinstance(value, str) else None,
        new_value=new_value if not isinstance(new_value, str) else None,
        new_date=new_date or "",
        unit=g.get("unit", "").strip(),
        note=g.get("note", ""),
        undone=undone_s in _TRUE,
        error=err,
        raw=tuple((k, g[k]) for k in fields),
    )


def _decode_csv(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:  # re-saved by a spreadsheet as GBK, with CRLF …
        return decode_bytes(data, path.name, max_bytes=None).text
    except InputError as exc:
        raise _bad(
            "bad_corrections",
            f"无法读取更正文件 {path}：{exc.zh}",
            f"cannot read the corrections file {path}: {exc.en}",
        ) from None


def _read(folder: Path) -> tuple[list[str], list[Correction]]:
    path = Path(folder) / CORRECTIONS_NAME
    try:
        data = read_bytes(path, DEFAULT_MAX_BYTES, root=folder)
    except FileNotFoundError:
        return list(COLUMNS), []
    except InputError as exc:
        raise _bad(
            "bad_corrections",
            f"无法读取更正文件 {path}：{exc.zh}",
            f"cannot read the corrections file {path}: {exc.en}",
        ) from None
    except OSError as exc:
        raise _bad(
            "bad_corrections", f"无法读取更正文件 {path}：{exc}", f"cannot read the corrections file {path}: {exc}"
        ) from exc
    text = _decode_csv(data, path) if data.strip() else ""
    if not text.strip():
        return list(COLUMNS), []
    reader = csv.DictReader(io.StringIO(text, newline=""))
    fields = [(f or "").strip() for f in (reader.fieldnames or [])]
    reader.fieldnames = fields
    missing = [c for c in REQUIRED_COLUMNS if c not in fields]
    if missing:
        raise _bad(
            "bad_corrections",
            f"更正文件 {path} 的表头缺少列：{', '.join(missing)}（应为 {','.join(COLUMNS)}）",
            f"the corrections file {path} lacks the column(s) {', '.join(missing)} (expected {','.join(COLUMNS)})",
        )
    out, seen = [], set()
    try:
        rows = [{k: spreadsheet_text(v) if isinstance(v, str) else v for k, v in r.items()} for r in reader]
    except csv.Error as exc:
        raise _bad(
            "bad_corrections",
            f"更正文件 {path} 的 CSV 格式有误：{exc}",
            f"the corrections file {path} is not valid CSV: {exc}",
        ) from exc
    for row in rows:
        c = _from_row(row, fields)
        if c.id and c.id in seen:
            dup = f"duplicate id {c.id!r} / 编号 {c.id} 重复"
            c = replace(c, error=f"{c.error}; {dup}" if c.error else dup)
        seen.add(c.id)
        out.append(c)
    all_fields = list(COLUMNS) + [f for f in fields if f not in COLUMNS]
    return all_fields, out


def load_corrections(folder: str | Path) -> list[Correction]:
    """Every row of corrections.csv in file order ([] when there is none), undone ones too.

    Rows that can't be used carry ``error``; only an unreadable file raises InputError.
    """
    return _read(Path(folder))[1]


def _write(folder: Path, fields: list[str], corrections: Iterable[Correction]) -> None:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    for c in corrections:
        row = c.row()
        w.writerow({k: spreadsheet_safe(row.get(k, "")) for k in fields})
    write_text_atomic(Path(folder) / CORRECTIONS_NAME, buf.getvalue())


# ------------------------------------------------------------------ add / undo


def _next_id(corrections: Sequence[Correction]) -> str:
    nums = [int(c.id) for c in corrections if c.id.isdigit()]
    return str(max(nums, default=0) + 1)


def add_correction(
    folder: str | Path,
    action: str,
    doc: str,
    date: str,
    metric: str,
    region: str = "",
    sector: str = "",
    value: float | None = None,
    new_value: float | None = None,
    new_date: str | None = None,
    unit: str = "",
    note: str = "",
) -> Correction:
    """Append one correction (atomic rewrite of corrections.csv); InputError if unusable.

    For ``add`` a blank region means the corpus' home city and a blank unit the
    metric's usual unit; ``value`` or ``new_value`` gives the added figure.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise no_corpus(folder)
    action = (action or "").strip().lower()
    doc = (doc or "").strip()
    metric = (metric or "").strip()
    region = (region or "").strip()
    sector = (sector or "").strip()
    iso = _parse_date(date if isinstance(date, str) else (date.isoformat() if date else ""))
    new_iso = _parse_date(new_date if isinstance(new_date, str) or new_date is None else new_date.isoformat())
    v, nv = _parse_number(value), _parse_number(new_value)
    if action == "add" and not region:
        from extract.corpus import folder_home

        region = folder_home(folder).city or ""  # a corpus without a home city: the region must be given
    problems = _problems(action, doc, iso, metric, region, v, nv, new_iso)
    if doc and ("/" in doc or "\\" in doc or not (folder / doc).is_file()):
        problems.append((f"there is no article {doc!r} in {folder}", f"{folder} 中没有文章“{doc}”"))
    if problems:
        raise _bad(
            "bad_correction",
            "无法添加更正：" + "；".join(zh for _, zh in problems),
            "cannot add the correction: " + "; ".join(en for en, _ in problems),
        )
    if action == "add" and not unit:
        unit = default_unit(metric)
    with folder_lock(folder):
        fields, existing = _read(folder)
        c = Correction(
            id=_next_id(existing),
            created=dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            action=action,
            doc=doc,
            date=iso or "",
            region=region,
            metric=metric,
            sector=sector,
            value=v if not isinstance(v, str) else None,
            new_value=nv if not isinstance(nv, str) else None,
            new_date=new_iso or "",
            unit=(unit or "").strip(),
            note=note or "",
            undone=False,
        )
        c = replace(c, raw=tuple((k, c.row().get(k, "")) for k in fields))
        _write(folder, fields, [*existing, c])
    return c


def correction_for_record(
    folder: str | Path,
    record: Record,
    action: str,
    new_value: float | None = None,
    new_date: str | None = None,
    unit: str = "",
    note: str = "",
) -> Correction:
    """A wrong/change correction that identifies ``record`` exactly (for the dashboard)."""
    return add_correction(
        folder,
        action,
        record.doc,
        record.date,
        record.metric,
        region=record.region,
        sector=record.sector,
        value=record.value,
        new_value=new_value,
        new_date=new_date,
        unit=unit,
        note=note,
    )


def undo_correction(folder: str | Path, id: str) -> Correction:
    """Mark a correction undone (the row stays, for the record); returns it."""
    folder = Path(folder)
    want = str(id).strip()
    with folder_lock(folder):
        fields, existing = _read(folder)
        i = next((k for k, c in enumerate(existing) if c.id == want), None)
        if i is None:
            known = ", ".join(c.id for c in existing) or "none"
            raise _bad(
                "no_such_correction",
                f"没有编号为 {want} 的更正（现有：{known}）",
                f"there is no correction with id {want!r} (existing: {known})",
            )
        c = existing[i]
        if c.undone:
            return c
        row = c.row()
        row["undone"] = "1"
        done = replace(c, undone=True, raw=tuple((k, row.get(k, "")) for k in fields))
        existing[i] = done
        _write(folder, fields, existing)
    return done


# ------------------------------------------------------------------ applying


def _changed_rule(rule: str) -> str:
    if rule.startswith(CORRECTION_RULE_PREFIX):
        return rule
    return CORRECTION_RULE_PREFIX + "change" + (f":{rule}" if rule else "")


def _apply(records: Sequence[Record], corrections: Iterable[Correction]) -> tuple[list[Record], list[Correction]]:
    out: list[Record | None] = list(records)
    by_doc: dict[str, list[int]] = defaultdict(list)
    published: dict[str, str] = {}
    for i, rec in enumerate(records):
        by_doc[rec.doc].append(i)
        if rec.published:
            published.setdefault(rec.doc, rec.published)
    missed: list[Correction] = []
    for c in corrections:
        if c.undone:
            continue
        if c.error:
            missed.append(c)
            continue
        if c.action == "add":
            value = c.new_value if c.new_value is not None else c.value
            if value is None:  # an add without a value (an error row) cannot be applied
                missed.append(c)
                continue
            out.append(
                Record(
                    doc=c.doc,
                    date=c.new_date or c.date,
                    region=c.region,
                    metric=c.metric,
                    sector=c.sector,
                    value=float(value),
                    unit=c.unit or default_unit(c.metric),
                    qualifier="",
                    quote=c.note or ADDED_QUOTE,
                    start=0,
                    end=0,
                    rule=CORRECTION_RULE_PREFIX + "add",
                    published=published.get(c.doc, ""),
                    scope="home",
                )
            )
            by_doc[c.doc].append(len(out) - 1)
            continue
        hits = [i for i in by_doc.get(c.doc, ()) if (live := out[i]) is not None and c.matches(live)]
        if not hits:
            missed.append(c)
            continue
        for i in hits:
            r = out[i]
            assert r is not None  # hits are live records, each once
            if c.action == "wrong":
                out[i] = None
            else:
                out[i] = replace(
                    r,
                    value=r.value if c.new_value is None else float(c.new_value),
                    date=c.new_date or r.date,
                    unit=c.unit or r.unit,
                    rule=_changed_rule(r.rule),
                )
    return [r for r in out if r is not None], missed


def apply_corrections(records: Sequence[Record], corrections: Iterable[Correction]) -> list[Record]:
    """Records with the active corrections applied, in file order (undone ones ignored)."""
    return _apply(records, corrections)[0]


def corrected_columns(columns: pd.DataFrame, corrections: Iterable[Correction]) -> pd.DataFrame:
    """apply_corrections on records held as columns (RECORD_FIELDS, each file's rows together):
    only the files the active corrections name become Records; the result has the rows, in the
    order, apply_corrections gives (a file's corrected rows where its rows were, added ones last)."""
    active = [c for c in corrections if c.active]
    if not active:
        return columns.reset_index(drop=True)
    columns = columns.reset_index(drop=True)
    named = columns["doc"].isin({c.doc for c in active}).to_numpy()
    touched = columns[named]
    fixed = apply_corrections([Record(*row) for row in touched.itertuples(index=False, name=None)], active)
    # where each file's block of rows started: a corrected file's rows go back there
    block_start = touched.reset_index().groupby("doc", sort=False)["index"].min().to_dict()
    added = [r for r in fixed if r.rule == CORRECTION_RULE_PREFIX + "add"]
    kept = [r for r in fixed if r.rule != CORRECTION_RULE_PREFIX + "add"]
    pieces = pd.DataFrame([dataclasses.astuple(r) for r in kept + added], columns=list(columns.columns), dtype=object)
    pieces["_at"] = [block_start[r.doc] for r in kept] + [len(columns) + i for i in range(len(added))]
    rest = columns[~named].assign(_at=np.flatnonzero(~named))
    both = pd.concat([rest, pieces], ignore_index=True).sort_values("_at", kind="stable")
    return both.drop(columns="_at").reset_index(drop=True)


def unmatched(records: Sequence[Record], corrections: Iterable[Correction]) -> list[Correction]:
    """Active corrections that change nothing: wrong/change whose figure isn't among
    ``records`` (the extracted records, before corrections), and rows with an error."""
    return _apply(records, corrections)[1]


def is_corrected(record: Record) -> bool:
    return record.rule.startswith(CORRECTION_RULE_PREFIX)
