"""The one record type that travels from extraction to export, and its CSV/JSON forms.

The CSV header and column order are the contract in ../shared/gold/FORMAT.md; the extra
fields (rule, published, kind) ride along in the Python objects and the JSON form only.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from typing import TextIO

CSV_COLUMNS = ("doc", "date", "region", "metric", "sector", "value", "unit", "qualifier", "quote", "start", "end")

# Metric vocabulary (FORMAT.md). kind: cumulative series may never fall; current
# figures are stocks on a day; daily figures are flows; percent is a rate.
CASE_METRICS = {
    "confirmed_total": "cumulative",
    "confirmed_new": "daily",
    "recovered_total": "cumulative",
    "recovered_new": "daily",
    "deaths_total": "cumulative",
    "deaths_new": "daily",
    "hospitalized": "current",
    "severe": "current",
    "critical": "current",
    "severe_new": "daily",
    "critical_total": "cumulative",
    "recovery_rate": "percent",
    "suspected": "current",
    "observation": "current",
    "observation_released_total": "cumulative",
    "observation_released_new": "daily",
    "close_contacts_total": "cumulative",
}
RESUMPTION_METRICS = {
    "resumed": "current",
    "sector_total": "current",
    "resumption_rate": "percent",
    "workers_returned": "current",
    "worker_return_rate": "percent",
    "services_resumed": "current",
}
METRICS = {**CASE_METRICS, **RESUMPTION_METRICS}

QUALIFIERS = ("", "more_than", "about", "less_than")


def format_value(value: float) -> str:
    """17000.0 → '17000', 94.14 → '94.14' (digits only, as FORMAT.md asks)."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.4f}".rstrip("0").rstrip(".")


@dataclass(frozen=True, slots=True)
class Record:
    doc: str
    date: str  # ISO date the figure is as of
    region: str  # canonical place or organisation
    metric: str
    sector: str
    value: float
    unit: str
    qualifier: str
    quote: str  # == text[start:end] of the article's own text
    start: int
    end: int
    rule: str = ""  # id of the rule that made it, to trace a wrong figure
    published: str = ""  # the article's publication date, when known
    scope: str = "home"  # home (city, its districts, organisations) | other | local

    def csv_row(self) -> list[str]:
        return [
            self.doc,
            self.date,
            self.region,
            self.metric,
            self.sector,
            format_value(self.value),
            self.unit,
            self.qualifier,
            self.quote,
            str(self.start),
            str(self.end),
        ]

    def as_dict(self) -> dict:
        # fields one by one: dataclasses.asdict deep-copies every value (1.2 s of a 2.5 s
        # timeline over 16,800 records) and every field here is a plain scalar
        d = {name: getattr(self, name) for name in _RECORD_FIELDS}
        d["value"] = float(self.value)
        return d

    @property
    def kind(self) -> str:
        return METRICS.get(self.metric, "")


@dataclass(frozen=True, slots=True)
class Event:
    """A key event (first case admitted, level-1 response, 清零 …) for timeline annotations."""

    doc: str
    date: str
    kind: str  # first_case, level1_response, first_recovery, all_recovered, …
    label: str  # short Chinese label for the chart
    quote: str
    start: int
    end: int
    published: str = ""
    region: str = ""  # the place the event happened (the home city unless --all-places)

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in _EVENT_FIELDS}


EVENT_COLUMNS = ("doc", "date", "region", "kind", "label", "quote", "start", "end")


# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection):
# =HYPERLINK(…), +cmd|' /C calc'!A0, @SUM(…), -2+3+cmd|x. Every CSV the project writes
# passes its cells through spreadsheet_safe; its readers undo it with spreadsheet_text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?%?")


def spreadsheet_safe(value):
    """A text cell a spreadsheet would run as a formula, with a leading apostrophe (shown
    as text, not run); numbers, and text that starts otherwise, unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def spreadsheet_text(value: str) -> str:
    """Undo spreadsheet_safe on a cell read back from our own CSV."""
    if value.startswith("'") and value[1:].startswith(FORMULA_START) and not _NUMBER.fullmatch(value[1:]):
        return value[1:]
    return value


def write_csv(records: Iterable[Record], out: TextIO) -> int:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    n = 0
    for r in records:
        w.writerow([spreadsheet_safe(v) for v in r.csv_row()])
        n += 1
    return n


def write_events_csv(events: Iterable[Event], out: TextIO) -> int:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(EVENT_COLUMNS)
    n = 0
    for e in events:
        w.writerow([spreadsheet_safe(v) for v in (e.doc, e.date, e.region, e.kind, e.label, e.quote, e.start, e.end)])
        n += 1
    return n


def iter_json_lines(items: Iterable[Record | Event]) -> Iterator[str]:
    for it in items:
        yield json.dumps(it.as_dict(), ensure_ascii=False)


def read_csv(src: str | TextIO) -> list[Record]:
    """Read records back from the CSV form (the gold files use the same columns)."""
    if isinstance(src, str) and "\n" not in src:  # a path
        with open(src, encoding="utf-8", newline="") as fh:
            return read_csv(fh)
    f = io.StringIO(src) if isinstance(src, str) else src
    try:
        out: list[Record] = []
        for raw in csv.DictReader(f):
            row = {k: spreadsheet_text(v) if isinstance(v, str) else v for k, v in raw.items()}
            out.append(
                Record(
                    doc=row["doc"],
                    date=row["date"],
                    region=row["region"],
                    metric=row["metric"],
                    sector=row.get("sector", "") or "",
                    value=float(row["value"]),
                    unit=row.get("unit", "") or "",
                    qualifier=row.get("qualifier", "") or "",
                    quote=row.get("quote", "") or "",
                    start=int(row.get("start") or 0),
                    end=int(row.get("end") or 0),
                    rule=row.get("rule", "") or "",
                )
            )
        return out
    finally:
        if f is not src:
            f.close()


_RECORD_FIELDS = tuple(f.name for f in fields(Record))
_EVENT_FIELDS = tuple(f.name for f in fields(Event))
