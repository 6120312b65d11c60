"""A dashboard view as URL query parameters, and back.

A link holds what the user chose (city, region, date range, metrics, language, date basis, log
scale, 7-day average, the selected figure); the page is the URL's path (st.navigation). Reading
a link never fails: a value that does not fit the corpus (an unknown region, a bad date) is
dropped with a short note, and the view falls back to its default for that field.

Values come from whoever wrote the link: each is bounded in length and checked against the
corpus's own choices before it is used; none is ever rendered as markdown or HTML.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.text import md_plain
from briefing.labels import t

PARAMS = ("city", "region", "from", "to", "metrics", "lang", "basis", "log", "avg", "point")
MAX_VALUE_CHARS = 400  # a link's value longer than this is not one of ours
LANGS = ("zh", "en")
BASES = ("asof", "published")
TRUE, FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off", "")


def read(params: Mapping[str, Any]) -> dict[str, str]:
    """The link's own parameters (PARAMS), each one string: a repeated parameter keeps its last
    value, an overlong one is dropped (and said so by notes())."""
    out = {}
    for name in PARAMS:
        value = params.get(name)
        if isinstance(value, (list, tuple)):
            value = value[-1] if value else None
        if value is None:
            continue
        out[name] = str(value).strip()[: MAX_VALUE_CHARS + 1]
    return out


@dataclass
class Checked:
    """What a link asked for, checked against what the corpus offers: `values` holds only the
    fields that fit; `bad` the (field, value) pairs that did not."""

    values: dict[str, Any] = field(default_factory=dict)
    bad: list[tuple[str, str]] = field(default_factory=list)

    def take(self, name: str, raw: str, value: Any, ok: bool) -> None:
        if ok and len(raw) <= MAX_VALUE_CHARS:
            self.values[name] = value
        else:
            self.bad.append((name, raw))


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def check_language(link: Mapping[str, str]) -> Checked:
    """The link's language (checked before anything else is drawn)."""
    out = Checked()
    if "lang" in link:
        out.take("lang", link["lang"], link["lang"], link["lang"] in LANGS)
    return out


def check_city(link: Mapping[str, str], papers: Mapping[str, tuple[str | None, str]]) -> Checked:
    """An archive's paper: `city` names a paper folder (its name) or a home city (the first paper
    of that city). papers: folder path → (home city, paper name)."""
    out = Checked()
    if "city" not in link or not papers:
        return out
    raw = link["city"]
    by_name = {folder.rstrip("/").rsplit("/", 1)[-1]: folder for folder in papers}
    by_city: dict[str, str] = {}
    for folder, (city, _) in papers.items():
        if city:
            by_city.setdefault(city, folder)
    folder = by_name.get(raw) or by_city.get(raw)
    out.take("city", raw, folder, folder is not None)
    return out


def city_param(folder: str, papers: Mapping[str, tuple[str | None, str]]) -> str:
    """What a link says for an archive's paper: its home city when no other paper shares it
    (readable), else the folder's name (unique)."""
    city = papers.get(folder, (None, ""))[0]
    if city and sum(1 for c, _ in papers.values() if c == city) == 1:
        return city
    return folder.rstrip("/").rsplit("/", 1)[-1]


def check_view(
    link: Mapping[str, str],
    *,
    regions: Sequence[str],
    metrics: Sequence[str],
    bounds: Mapping[str, tuple[date | None, date | None]],
    points: Sequence[str] = (),
) -> Checked:
    """The rest of a link, against the loaded corpus: regions and metrics it has, the date
    bounds of each basis (asof / published), the point ids it has."""
    out = Checked()
    basis = "asof"
    if "basis" in link:
        ok = link["basis"] in BASES and bounds.get(link["basis"], (None, None))[0] is not None
        out.take("basis", link["basis"], link["basis"], ok)
        basis = link["basis"] if ok else basis
    if "region" in link:
        out.take("region", link["region"], link["region"], link["region"] in regions)
    if "metrics" in link:
        asked = [m for m in link["metrics"].split(",") if m]
        known = [m for m in asked if m in metrics]
        out.take("metrics", link["metrics"], known, bool(known) and len(known) == len(asked))
    if "from" in link or "to" in link:
        lo, hi = bounds.get(basis, (None, None))
        start = _iso(link.get("from", "")) if "from" in link else lo
        end = _iso(link.get("to", "")) if "to" in link else hi
        ok = lo is not None and start is not None and end is not None and lo <= start <= end <= hi
        raw = f"{link.get('from', '')}–{link.get('to', '')}"
        out.take("range", raw, (start, end), ok)
    for name in ("log", "avg"):
        if name in link:
            value = link[name].lower()
            out.take(name, link[name], value in TRUE, value in TRUE or value in FALSE)
    if "point" in link:
        out.take("point", link["point"], link["point"], link["point"] in points)
    return out


def notes(bad: Sequence[tuple[str, str]], lang: str = "zh") -> list[str]:
    """One short line per value that did not fit, as markdown-safe text."""
    out = []
    for name, raw in bad:
        shown = raw if len(raw) <= 60 else raw[:57] + "…"
        out.append(t(f"link_bad_{name}", lang, value=md_plain(shown)))
    return out


def params(
    *,
    city: str | None = None,
    region: str | None = None,
    default_region: str | None = None,
    start: date | None = None,
    end: date | None = None,
    opening: tuple[date | None, date | None] = (None, None),
    metrics: Sequence[str] = (),
    all_metrics: Sequence[str] = (),
    lang: str = "zh",
    basis: str = "asof",
    log: bool = False,
    avg: bool = False,
    point: str | None = None,
) -> dict[str, str]:
    """The query parameters of a view: only what differs from the page's default, so a link
    to the default view is the bare address."""
    out: dict[str, str] = {}
    if city:
        out["city"] = city
    if region and region != default_region:
        out["region"] = region
    if start is not None and end is not None and (start, end) != tuple(opening):
        out["from"], out["to"] = start.isoformat(), end.isoformat()
    if list(metrics) != list(all_metrics):
        out["metrics"] = ",".join(metrics)
    if lang != "zh":
        out["lang"] = lang
    if basis != "asof":
        out["basis"] = basis
    if log:
        out["log"] = "1"
    if avg:
        out["avg"] = "1"
    if point:
        out["point"] = point
    return out


def address(base: str, query: Mapping[str, str]) -> str:
    """The page's address with the view's query string (percent-encoded)."""
    from urllib.parse import urlencode

    return f"{base}?{urlencode(query)}" if query else base
