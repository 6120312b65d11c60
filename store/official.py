"""Official daily series (a health commission's or an aggregator's counts) beside the paper's.

A corpus folder keeps its series in `official/`: the CSV files as imported and `series.json`,
which says for each file where it comes from and which date convention it follows:

    {"series": [{"file": "zhuzhou_official_daily.csv", "source": "丁香园 …", "source_en": "DXY …",
                 "convention": "published", "note": "…"}]}

convention  "asof"       a row's date is the day the counts are true as of (截至D日24时)
            "published"  a row's date is the day they were reported; the counts are as of the
                         day before (provinces publish the morning after), so as-of = date − 1

Comparison is always by as-of date. Accepted shapes: one row per day, or one row per update
with a timestamp (the last update of each day is kept); a region column, or one region per
file (given on import). Column names are read through the tables below (rules as data), in
English or Chinese. Official values are kept apart from the extracted records: they never
replace a figure the paper printed.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from extract.corpus import no_corpus
from extract.dates import MAX_DATE, MIN_DATE
from extract.decode import decode_bytes
from extract.errors import InputError
from extract.files import read_bytes, read_text
from extract.places import canonical_city
from store.atomic import folder_lock, write_bytes_atomic, write_text_atomic

OFFICIAL_DIR = "official"
SERIES_FILE = "series.json"
CONVENTIONS = ("asof", "published")

DATE_COLUMNS = (
    "date",
    "日期",
    "day",
    "updatetime",
    "update_time",
    "updated",
    "time",
    "时间",
    "datetime",
    "timestamp",
    "report_date",
    "报告日期",
)
REGION_COLUMNS = ("region", "city", "cityname", "地区", "城市", "place", "area")
METRIC_COLUMNS = {
    "confirmed_total": ("confirmed", "confirmed_total", "city_confirmedcount", "confirmedcount", "累计确诊", "确诊"),
    "recovered_total": (
        "recovered",
        "cured",
        "recovered_total",
        "city_curedcount",
        "curedcount",
        "累计治愈",
        "治愈",
        "累计出院",
        "出院",
    ),
    "deaths_total": ("deaths", "dead", "deaths_total", "city_deadcount", "deadcount", "累计死亡", "死亡"),
    "hospitalized": ("hospitalized", "in_hospital", "在院", "在院治疗"),
    "observation": ("observation", "under_observation", "医学观察", "正在医学观察"),
}
MAX_SERIES_BYTES = 20 * 1024 * 1024
COLUMNS = ["date", "reported", "region", "metric", "value", "source", "source_en", "file", "convention"]


@dataclass
class OfficialSeries:
    frame: pd.DataFrame  # COLUMNS; date = as-of day, reported = the file's day
    errors: list[tuple[str, InputError]] = field(default_factory=list)  # (file, why) not read


def _bad(code: str, zh: str, en: str) -> InputError:
    return InputError(code, zh, en)


def _pick(header: list[str], names: tuple[str, ...]) -> str | None:
    wanted = {n.lower() for n in names}
    return next((h for h in header if h.strip().lower() in wanted), None)


def parse_series(
    data: bytes, name: str, region: str | None = None, convention: str = "asof", source: str = "", source_en: str = ""
) -> pd.DataFrame:
    """CSV bytes → rows of COLUMNS (one per day, region and metric); InputError when the file
    cannot be read as a series, naming the file and the problem in Chinese and English."""
    if convention not in CONVENTIONS:
        raise _bad(
            "bad_convention",
            f"{name}：日期口径应为 asof 或 published，而不是 {convention!r}",
            f"{name}: the date convention must be asof or published, not {convention!r}",
        )
    text = decode_bytes(data, name).text
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as exc:
        raise _bad("bad_series_csv", f"{name} 不是可读的 CSV：{exc}", f"{name} is not a readable CSV: {exc}") from None
    rows = [r for r in rows if any(c.strip() for c in r)]
    if len(rows) < 2:
        raise _bad("empty_series", f"{name} 没有数据行", f"{name} has no data rows")
    header = [h.strip().lstrip("\ufeff") or f"_column{i + 1}" for i, h in enumerate(rows[0])]
    twice = sorted({h for h in header if header.count(h) > 1})
    if twice:
        raise _bad(
            "bad_series_header",
            f"{name} 的表头有重复的列名：{', '.join(twice)}",
            f"{name}: the header names a column twice: {', '.join(twice)}",
        )
    date_col = _pick(header, DATE_COLUMNS)
    if date_col is None:
        raise _bad(
            "no_date_column",
            f"{name} 没有日期列（应为 date、日期、updateTime 之一）",
            f"{name} has no date column (date, 日期, updateTime …)",
        )
    metrics = {m: c for m, names in METRIC_COLUMNS.items() if (c := _pick(header, names))}
    if not metrics:
        raise _bad(
            "no_metric_column",
            f"{name} 没有可识别的数字列（确诊、治愈、死亡、在院、医学观察）",
            f"{name} has no column we can read (confirmed, recovered, deaths, in hospital, observation)",
        )
    region_col = _pick(header, REGION_COLUMNS)
    if region_col is None and not region:
        raise _bad(
            "no_region",
            f"{name} 没有地区列：导入时请指定地区（--region）",
            f"{name} has no region column: give the region on import (--region)",
        )
    width = len(header)
    frame = pd.DataFrame([(r + [""] * width)[:width] for r in rows[1:]], columns=header, dtype=object)
    stamps = pd.to_datetime(frame[date_col].str.strip(), errors="coerce", format="mixed")
    if stamps.isna().any():
        bad = frame.loc[stamps.isna(), date_col].head(3).tolist()
        lines = [int(i) + 2 for i in frame.index[stamps.isna()][:3]]
        raise _bad(
            "bad_series_date",
            f"{name} 第 {lines} 行的日期无法识别：{bad}",
            f"{name}: the dates on lines {lines} cannot be read: {bad}",
        )
    outside = (stamps < pd.Timestamp(MIN_DATE)) | (stamps > pd.Timestamp(MAX_DATE) + pd.Timedelta(days=1))
    if outside.any():
        bad = frame.loc[outside, date_col].head(3).tolist()
        lines = [int(i) + 2 for i in frame.index[outside][:3]]
        raise _bad(
            "bad_series_date",
            f"{name} 第 {lines} 行的日期不在 1900–2100 年间：{bad}",
            f"{name}: the dates on lines {lines} are not between 1900 and 2100: {bad}",
        )
    frame["_stamp"] = stamps
    frame["_region"] = (
        [canonical_city(str(v).strip()) for v in frame[region_col]] if region_col else canonical_city(region)
    )
    # One row per update: the last update of each day stands for the day.
    frame = frame.sort_values("_stamp", kind="stable")
    frame["_day"] = frame["_stamp"].dt.normalize()
    frame = frame.drop_duplicates(["_day", "_region"], keep="last")
    out = []
    for metric, col in metrics.items():
        values = pd.to_numeric(frame[col].str.strip().replace("", None), errors="coerce")
        wrong = frame[col].str.strip().ne("") & (values.isna() | (values < 0) | ~np.isfinite(values))
        if wrong.any():
            bad = frame.loc[wrong, col].head(3).tolist()
            raise _bad(
                "bad_series_value",
                f"{name} 的「{col}」列有无法识别或为负的数：{bad}",
                f"{name}: column {col!r} has values that are not counts: {bad}",
            )
        part = pd.DataFrame(
            {"reported": frame["_day"], "region": frame["_region"], "metric": metric, "value": values}
        ).dropna(subset=["value"])
        out.append(part)
    series = pd.concat(out, ignore_index=True)
    shift = pd.Timedelta(days=1 if convention == "published" else 0)
    series["date"] = series["reported"] - shift
    series["source"], series["source_en"] = source or name, source_en or source or name
    series["file"], series["convention"] = name, convention
    return series[COLUMNS].sort_values(["region", "metric", "date"], kind="stable").reset_index(drop=True)


_ENTRY_TEXT = ("file", "source", "source_en", "convention", "region", "note")


def _entries(folder: Path) -> list[dict]:
    path = folder / OFFICIAL_DIR / SERIES_FILE
    try:
        raw = json.loads(read_text(path, MAX_SERIES_BYTES, root=folder))
    except FileNotFoundError:
        return []
    except RecursionError:
        raise _bad(
            "bad_series_index", f"无法读取 {path}：嵌套层数过多", f"cannot read {path}: nested too deeply"
        ) from None
    except InputError as exc:
        raise _bad("bad_series_index", f"无法读取 {path}：{exc.zh}", f"cannot read {path}: {exc.en}") from None
    except (OSError, ValueError) as exc:
        raise _bad("bad_series_index", f"无法读取 {path}：{exc}", f"cannot read {path}: {exc}") from None
    entries = raw.get("series") if isinstance(raw, dict) else None
    if not isinstance(entries, list) or not all(
        isinstance(e, dict)
        and isinstance(e.get("file"), str)
        and e["file"].strip()
        and all(isinstance(e.get(k, ""), str) for k in _ENTRY_TEXT)
        for e in entries
    ):
        raise _bad(
            "bad_series_index",
            f'{path} 的格式不对：应为 {{"series": [{{"file": "….csv", "source": "…"}}]}}，各项都是文字',
            f'{path} is malformed: expected {{"series": [{{"file": "….csv", "source": "…"}}]}} with text values',
        )
    return entries


def load_official(folder: str | os.PathLike) -> OfficialSeries:
    """Every series registered in the folder's official/series.json; a file that cannot be
    read is reported (errors), the others are kept."""
    folder = Path(folder)
    parts, errors = [], []
    try:
        entries = _entries(folder)
    except InputError as exc:
        return OfficialSeries(pd.DataFrame(columns=COLUMNS), [(SERIES_FILE, exc)])
    for e in entries:
        path = folder / OFFICIAL_DIR / Path(e["file"]).name
        try:
            parts.append(
                parse_series(
                    read_bytes(path, MAX_SERIES_BYTES, root=folder),
                    path.name,
                    e.get("region"),
                    e.get("convention", "asof"),
                    e.get("source", ""),
                    e.get("source_en", ""),
                )
            )
        except (OSError, InputError) as exc:
            errors.append(
                (
                    path.name,
                    exc
                    if isinstance(exc, InputError)
                    else _bad("series_unreadable", f"无法读取 {path.name}：{exc}", f"cannot read {path.name}: {exc}"),
                )
            )
    frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=COLUMNS)
    return OfficialSeries(frame, errors)


def import_series(
    folder: str | os.PathLike,
    source_file: str | os.PathLike,
    source: str,
    convention: str,
    region: str | None = None,
    source_en: str = "",
    note: str = "",
) -> int:
    """Check a CSV file as a series, then copy it into the folder's official/ and register it
    (replacing an entry of the same file name). Returns the number of (day, metric) values.
    Nothing is written when the file is refused."""
    folder, source_file = Path(folder), Path(source_file)
    if not folder.is_dir():
        raise no_corpus(folder)
    data = read_bytes(source_file, MAX_SERIES_BYTES)
    in_place = source_file.resolve() == (folder / OFFICIAL_DIR / source_file.name).resolve()
    return import_series_data(
        folder, data, source_file.name, source, convention, region, source_en, note, write=not in_place
    )


def import_series_data(
    folder: str | os.PathLike,
    data: bytes,
    name: str,
    source: str,
    convention: str,
    region: str | None = None,
    source_en: str = "",
    note: str = "",
    write: bool = True,
) -> int:
    """import_series for a file's bytes (an upload): `name` is the uploaded file's name, kept as
    its basename (a name with a path or a parent reference is refused). write=False: the
    file is official/NAME already; register it only."""
    from store.ingest import checked_basename, clean_stem

    folder = Path(folder)
    if not folder.is_dir():
        raise no_corpus(folder)
    if len(data) > MAX_SERIES_BYTES:
        raise _bad(
            "series_too_big",
            f"{name} 超过 {MAX_SERIES_BYTES // (1024 * 1024)} MB",
            f"{name} is larger than {MAX_SERIES_BYTES // (1024 * 1024)} MB",
        )
    if write:  # an upload's name is someone else's: its basename, cleaned, as .csv
        stem = clean_stem(checked_basename(name))
        if not stem:
            raise _bad("series_bad_name", f"无法使用的文件名：{name!r}", f"unusable file name: {name!r}")
        name = stem if stem.lower().endswith(".csv") else stem + ".csv"
    rows = parse_series(data, name, region, convention, source, source_en)
    target_dir = folder / OFFICIAL_DIR
    with folder_lock(folder):
        entries = [e for e in _entries(folder) if Path(e["file"]).name != name]
        target_dir.mkdir(exist_ok=True)
        if write:
            write_bytes_atomic(target_dir / name, data)  # the bytes checked, not the file again
        entry = {"file": name, "source": source, "source_en": source_en or source, "convention": convention}
        if region:
            entry["region"] = region
        if note:
            entry["note"] = note
        write_text_atomic(
            target_dir / SERIES_FILE, json.dumps({"series": [*entries, entry]}, ensure_ascii=False, indent=2) + "\n"
        )
    return len(rows)
