"""text → records: the orchestration of one article.

    repair (layout.py) → segment (segment.py) → classify (classify.py)
                       → date (dating.py), place (attribute.py) → records (records.py), events (events.py)

Offsets are mapped back to the original text, so `text[start:end] == quote`.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left

from extract.attribute import bracket_breakdowns, figure_place
from extract.classify import classify_article
from extract.clause import Figure
from extract.dates import infer_reference
from extract.dating import figure_date
from extract.decode import InputError
from extract.events import find_events
from extract.layout import Repaired, repair
from extract.numbers import QUANTITY, UNIT_CANON
from extract.places import DEFAULT_CITY, canonical_city
from extract.records import Event, Record
from extract.segment import ArticleContext, paragraphs

# A news article states tens of figures, a whole day's paper a few hundred; a file with tens
# of thousands of number+unit runs is a table or a flood (250,000 lines of 确诊N例 took 40 s
# and 700 MB). Past this budget the article is refused before any work is done.
MAX_FIGURES = 5000


def too_many_figures(text: str, limit: int = MAX_FIGURES) -> int:
    """The number of figure-like runs when it is over limit, else 0 (counting stops there)."""
    # each run ends in one unit character: counting those (a C scan each) settles almost
    # every article without the regex scan, which cost an eighth of a mixed archive's time
    if sum(map(text.count, UNIT_CANON)) <= limit:
        return 0
    n = 0
    for n, _ in enumerate(QUANTITY.finditer(text), start=1):
        if n > limit:
            return sum(1 for _ in QUANTITY.finditer(text))
    return 0


MORNING_RULE = "+date.morning"  # appended to a figure's rule id when the morning rule dated it
_DAY_NAMED = re.compile(r"\d{1,2}\s*[日号]|[今昨前当]日|[今昨前当]天|[一二三四五六七八九十]{1,3}[日号]")
_STAMP = re.compile(r"(20\d{2})-(\d{1,2})-(\d{1,2})[ T]+(\d{1,2}):(\d{2})")


def published_in_morning(published: str | None, text: str, ref) -> bool:
    """Whether the morning rule applies: the page was published before noon — the time given
    with its publication date (2020-02-05 08:12), else a page stamp of the reference day near
    the top of the text — and its text names no day at all (7日通报, 于7日出院 date it)."""
    m = _STAMP.match(published or "")
    if m is None:
        m = next(
            (
                x
                for x in _STAMP.finditer(text, 0, 400)
                if (int(x.group(1)), int(x.group(2)), int(x.group(3))) == (ref.year, ref.month, ref.day)
            ),
            None,
        )
    if m is not None and int(m.group(4)) == int(m.group(5)) == 0:
        return False  # 2020-03-06 00:00:00: a page's placeholder, no time of day
    return m is not None and int(m.group(4)) < 12 and _DAY_NAMED.search(text) is None


def _shared(strings: dict[str, str], s: str) -> str:
    return strings.setdefault(s, s)


_LAST_ONE = re.compile(r"最[后後][一1]")


def _near(body: float, headline: float) -> bool:
    """The headline's number is the body's, or the body's rounded (within 5%)."""
    return body == headline or (body > 0 and abs(body - headline) <= 0.05 * body)


def _local_and_imported(records: list[Record]) -> list[Record]:
    """无新增本地确诊病例 (body or title) is the day's figure only when no other case is stated;
    新增境外输入1例 is the day's new cases only beside it (no local one), else a subset."""

    def key(r: Record) -> tuple[str, str, str]:
        return r.date, r.region, r.metric

    none_local = {key(r) for r in records if r.rule == "case.none_local"}
    stated = {
        key(r)
        for r in records
        if r.rule not in ("case.none_local", "case.imported_new")
        or (r.rule == "case.imported_new" and key(r) in none_local)
    }
    return [
        r
        for r in records
        if not (
            (r.rule == "case.imported_new" and key(r) not in none_local)
            or (r.rule == "case.none_local" and key(r) in stated)
        )
    ]


def _thresholds_stated_exactly(records: list[Record]) -> list[Record]:
    """累计死亡突破1万例 … 仍有1万3人染疫病亡: a threshold the article also states exactly (the
    exact count at or above it, within half again) says nothing more; the exact count stays."""
    exact: dict[tuple, list[float]] = {}
    for r in records:
        if not r.qualifier:
            exact.setdefault((r.date, r.region, r.metric, r.sector), []).append(r.value)
    for values in exact.values():
        values.sort()  # (bisected below: a flood of thresholds costs n log n, not n²)

    def restated(r: Record) -> bool:
        values = exact.get((r.date, r.region, r.metric, r.sector), [])
        i = bisect_left(values, r.value)
        return i < len(values) and values[i] <= 1.5 * r.value

    # (rates keep both: sectors are told apart by words the sector may not keep)
    return [r for r in records if r.qualifier != "more_than" or r.unit == "%" or not restated(r)]


def article_context(text: str, published: str | None, city: str | None) -> tuple[Repaired, ArticleContext]:
    """The repaired text (with its offset map) and the context the stages share."""
    rep = repair(text)
    clean = rep.text
    ref, how = infer_reference(clean, published)
    stamp = published if how == "metadata" else None  # not a mirror's stamp of years later
    ctx = ArticleContext(clean, paragraphs(clean), ref, city, morning=published_in_morning(stamp, clean, ref))
    return rep, ctx


_PLACE_BATCH = 512  # (well under ArticleContext.KEEP: a batch's answers are still held)


def extract_article(
    text: str,
    doc: str = "",
    published: str | None = None,
    city: str | None = DEFAULT_CITY,
    keep_other_places: bool = False,
    max_figures: int | None = MAX_FIGURES,
) -> tuple[list[Record], list[Event]]:
    """All figures (and key events) of one article. Never raises on odd text, except an
    article with more than max_figures figure-like runs: InputError("too_many_figures")
    (None: no budget, for measuring the engine itself).

    city: the home city that 我市 means when no other city speaks; None for a corpus without
    one (a feed, a wire service): every figure goes to the place the text gives it, and a
    figure no place owns is left out."""
    over = too_many_figures(text, max_figures) if max_figures is not None else 0
    if over:
        raise InputError(
            "too_many_figures",
            f"{doc or '该文章'} 含有 {over} 处数字（上限 {max_figures}），像是数据表或重复内容而非新闻，未提取",
            f"{doc or 'the article'} holds {over} figure-like numbers (limit {max_figures}): it looks "
            f"like a data table or a flood, not a news article, and was not extracted",
        )
    city = canonical_city(city) if city is not None else None
    kept = (
        {"home"}
        | ({"other"} if keep_other_places or city is None else set())
        | ({"local"} if keep_other_places else set())
    )
    rep, ctx = article_context(text, published, city)
    paras = ctx.paras
    published_iso = published[:10] if published else ""
    # one string object per distinct date, quote and rule id of the article: a table or a
    # flood states the same few thousands of times, and a record is then a few pointers
    strings: dict[str, str] = {}
    shared = functools.partial(_shared, strings)
    records: list[Record] = []
    body_keys: dict[int, set] = {}
    pending_headlines: list[tuple[int, Record, bool]] = []  # (story, record, names the home city)
    seen = set()
    in_brackets: list[Figure] = []  # 新增确诊病例1例（湘潭县）: placed after the rest, as found

    def placed(fig: Figure) -> None:
        ctx.trim()
        region, scope = figure_place(ctx, fig)
        if not paras[fig.para].headline:
            # what the body states, for any place: a headline's 累计133例 over a province's
            # bulletin is the province's, not the city's
            body_keys.setdefault(paras[fig.para].story, set()).add((fig.metric, fig.number, scope == "institution"))
        if scope not in kept:  # another place's, a village's, a hospital's, nobody's
            return
        date, morning = figure_date(ctx, fig)
        s, e = rep.offsets.span(*fig.span)
        value = fig.number
        rec = Record(
            doc=doc,
            date=shared(date.isoformat()),
            region=region,
            metric=fig.metric,
            sector=fig.sector,
            value=value,
            unit=fig.unit or fig.q.unit,
            qualifier=fig.q.qualifier,
            quote=shared(text[s:e]),
            start=s,
            end=e,
            rule=shared(fig.rule + MORNING_RULE if morning else fig.rule),
            published=published_iso,
            scope=scope,
        )
        key = (rec.date, rec.region, rec.metric, rec.sector, rec.value, rec.start)
        if key in seen:
            return
        seen.add(key)
        if paras[fig.para].headline:
            # 梅州12日新增1例治愈病例 over 粤东医院又1例…出院: the headline names the city for the hospital's
            names_home = scope == "home" and any(
                pl.scope in ("home", "sub") and pl.end <= fig.q.start for pl in ctx.places(fig.para, fig.q.start)
            )
            pending_headlines.append((paras[fig.para].story, rec, names_home))
            return
        records.append(rec)

    # figures are placed a batch at a time soon after they are classified, while their
    # paragraphs' answers are still held (a long page's are let go as the reading moves on:
    # ctx.trim); one stage at a time over a batch runs faster than the two taking turns
    batch: list[Figure] = []

    def place_batch() -> None:
        in_brackets.extend(bracket_breakdowns(ctx, batch))
        for f in batch:
            placed(f)
        batch.clear()

    for fig in classify_article(ctx):
        batch.append(fig)
        if len(batch) == _PLACE_BATCH:
            place_batch()
    place_batch()
    for fig in in_brackets:
        placed(fig)
    # Headlines repeat the story's figures without a date, often rounded (6.6万 for 66220, 超过4000
    # for 4110): keep one only if the body states nothing near it for that metric.
    for story, rec, names_home in pending_headlines:
        # a page title repeated above the story's own headline is a story of headlines only
        stated = body_keys.get(story) or body_keys.get(story + 1, set())
        if not any(
            metric == rec.metric and _near(value, rec.value) and not (names_home and institution)
            for metric, value, institution in stated
        ):
            records.append(rec)
    records = _thresholds_stated_exactly(_local_and_imported(records))
    events = find_events(ctx, rep, text, doc, published_iso, keep_other_places or city is None)
    # "the last patient was discharged" on a stated date: nobody is left in hospital
    for ev in events:
        # the home city's or one of its districts' (an event of another place survives only with
        # keep_other_places, and gives no record then)
        if (
            ev.kind == "all_recovered"
            and _LAST_ONE.search(ev.quote)  # (the page's own characters: 最後1例 too)
            and (ev.region == city or city is None or not keep_other_places)
        ):
            records.append(
                Record(
                    doc=doc,
                    date=ev.date,
                    region=ev.region,
                    metric="hospitalized",
                    sector="",
                    value=0.0,
                    unit="例",
                    qualifier="",
                    quote=ev.quote,
                    start=ev.start,
                    end=ev.end,
                    rule="event.last_discharged",
                    published=published_iso,
                )
            )
    records.sort(key=lambda r: (r.start, r.metric))
    return records, events
