"""Dating: the day a figure is *as of*.

A figure takes the nearest date stated before it in its paragraph that dates figures (not a
meeting's, not a date inside a closed bracket, not the day of a level it introduces), else the
day its story's earlier paragraphs left in force, else its story's date, else the paper's — the
day before for a bulletin published in the morning.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right

from extract.clause import Figure
from extract.dates import DateMention, bare_day_number, resolve_bare_day
from extract.places import Place
from extract.segment import OWN_DAY_ONLY, ArticleContext, baseline_date

_DATES_BACK = 12  # dates looked back over for one figure: a figure's date is near it
_STALE_DAYS = 45  # an earlier sentence's date this much older than the page is no 目前's


def figure_date(ctx: ArticleContext, fig: Figure) -> tuple[dt.date, bool]:
    """(the date fig is as of, whether it is the morning rule's): the nearest date before it
    that dates figures, else the date its story's earlier paragraphs left in force, else its
    story's date, else the paper's — the day before, for a bulletin published in the morning
    (a daily bulletin reports the previous day)."""
    p = ctx.paras[fig.para]
    pos = fig.q.start
    if p.headline:
        # a headline's own date (湖北28日新增423例), else its story's
        own = [d for d in ctx.dates_in(fig.para) if d.end <= pos and not d.since and d.explicit]
        if own and own[-1].bare_day:
            return _bare_day(ctx, ctx.dates_in(fig.para), ctx.dates_in(fig.para).index(own[-1]), p.story), False
        if own and own[-1].date is not None:
            return own[-1].date, False
        return ctx.story_date(p.story) or undated_date(ctx), _morning(ctx, p.story)
    dates = ctx.dates_in(fig.para)
    own_sentence = ctx.bounds.sentence_start(pos)
    anchored = False  # 至此/当天/目前 in the figure's sentence point back at the date before
    # from the last date ending before pos, and never more than a few back (linear time)
    last = bisect_right(ctx.date_ends(fig.para), pos) - 1
    own_clause = ctx.bounds.clause(fig.q.start, fig.q.end)[0]
    for i in range(last, max(-1, last - _DATES_BACK), -1):
        d = dates[i]
        if d.since and d.start >= own_clause and ctx.text.startswith("继", d.start) and d.date is not None:
            return d.date, False  # 继2月13日新增2例后: that day's own figure
        if d.since and fig.metric == "services_resumed" and d.start >= own_sentence and d.date is not None:
            return d.date, False  # 自2月18日14时起,恢复…3条公交线路运营: the day service restarts
        if d.end <= pos and not d.since:
            if baseline_date(ctx.text, d):
                continue  # 较3月6日18时新增1247例: the day compared with, not the figure's
            if d.start < own_sentence and in_closed_bracket(ctx.text, p.start, d, pos):
                continue  # 累计排除47例(另:原1例…今日…为阳性)。目前…61例: the bracket's own day
            own_value = _VALUE_DATED.match(ctx.text, d.end)
            if own_value is not None and own_value.end() <= fig.q.num_start:
                continue  # 全国治愈比例8.2%,1月27日为1.3%;武汉治愈比例6.2%: that level's day, not 6.2%'s
            if d.start < own_sentence and ctx.text.startswith(OWN_DAY_ONLY, d.end):
                continue  # 纽约州8日死于…779人。…目前确诊…: the day of that count alone
            if not d.explicit and d.start >= own_sentence:
                anchored = True
            if d.start < own_sentence and d.explicit and not anchored and not ctx.dates_figures(d):
                continue  # 2月16日，市委召开会议。…: a meeting's date, not the figures'
            if (
                anchored
                and d.explicit
                and d.start < own_sentence
                and not _is_frame(ctx, d)
                and any(_is_frame(ctx, e) for e in dates[max(0, i - _DATES_BACK) : i])
            ):
                continue  # 截至2月22日24时…继2月13日新增2例后…。目前…: 目前 is the report's cut-off
            if d.start < own_sentence and d.date is not None and _stale_for_now(ctx, d.date, own_sentence, pos):
                continue  # 截至2019年12月底,…308家。目前,复产企业245家: a base long before, not now
            if d.bare_day:
                return _bare_day(ctx, dates, i, p.story), False
            if d.date is not None:
                return d.date, False
    if _SAME_DAY.search(ctx.text, own_sentence, pos):
        # 昨天下午，…召开发布会。\n…获悉，当天全市最后2例…出院: the day the story last named
        for j in range(fig.para - 1, max(-1, fig.para - 4), -1):
            if ctx.paras[j].story != p.story:
                break
            dates_j = ctx.dates_in(j)
            named = [i for i, d in enumerate(dates_j) if (d.date is not None or d.bare_day) and not d.since]
            if named:  # (埃及卫生部2日晚间说: a bare day, resolved as where it stands)
                k = named[-1]
                day = _bare_day(ctx, dates_j, k, p.story) if dates_j[k].bare_day else dates_j[k].date
                if day is not None:
                    return day, False
    carried = ctx.carried_date(fig.para)
    if (
        carried is not None
        and carried.date is not None  # a carried date is always resolved
        and not _stale_for_now(ctx, carried.date, own_sentence, pos)
    ):
        return carried.date, False
    # looked up only when nothing nearer dates it
    story = ctx.story_date(p.story)
    if (
        story is not None
        and _NOW.search(ctx.text, own_sentence, pos)
        and (not _named_before(ctx, fig.para, story, pos) or _stale_for_now(ctx, story, own_sentence, pos))
    ):
        return undated_date(
            ctx
        ), ctx.morning  # 截止目前 with the story's date only in a later paragraph: the paper's day
    return story or undated_date(ctx), _morning(ctx, p.story)


def _named_before(ctx: ArticleContext, para: int, day: dt.date, pos: int) -> bool:
    """Does the story name day before pos (in its paragraph or a few before it)?"""
    story = ctx.paras[para].story
    for j in range(para, max(-1, para - _DATES_BACK), -1):
        if ctx.paras[j].story != story:
            break
        if any(d.date == day and d.end <= pos for d in ctx.dates_in(j)):
            return True
    return False


_NOW = re.compile(r"(?:截至|截止)?目前|至今")


def _stale_for_now(ctx: ArticleContext, day: dt.date, lo: int, pos: int) -> bool:
    """目前 (text[lo:pos]) after a date long before the page: now, not that day."""
    return (ctx.ref - day).days > _STALE_DAYS and bool(_NOW.search(ctx.text, lo, pos))


def in_closed_bracket(t: str, lo: int, d: DateMention | Place, pos: int) -> bool:
    """Is the date (or place) inside a bracket that closes before pos?"""
    lo = max(lo, d.start - 200)  # bounded look-back: linear time on any paragraph
    return t.rfind("(", lo, d.start) > t.rfind(")", lo, d.start) and t.find(")", d.end, pos) >= 0


# 1月27日为1.3%: a date that dates the one number it introduces
_VALUE_DATED = re.compile(r"\s*(?:为|是)\s*\d+(?:\.\d+)?\s*(?:%|例|人)")
_SAME_DAY = re.compile(r"当天|当日|同日|同一天")


def _is_frame(ctx: ArticleContext, d: DateMention) -> bool:
    """A 截至 date: the cut-off a report's figures are as of."""
    return d.explicit and ctx.text.startswith(("截至", "截止"), d.start)


def undated_date(ctx: ArticleContext) -> dt.date:
    """A figure the text gives no date: as of the publication day, or the day before when the
    page was published in the morning."""
    return ctx.ref - dt.timedelta(days=1) if ctx.morning else ctx.ref


def _morning(ctx: ArticleContext, story: int) -> bool:
    return ctx.morning and ctx.story_date(story) is None


def _bare_day(ctx: ArticleContext, dates: list[DateMention], i: int, story: int) -> dt.date:
    """截至1日15时: the month of the paragraph's previous date, else of the story or paper."""
    d = dates[i]
    day = bare_day_number(ctx.text[d.start : d.end])
    assert day is not None  # a bare-day mention is matched as \d{1,2}日 (dates.py)
    context = (
        next((e.date for e in reversed(dates[max(0, i - _DATES_BACK) : i]) if e.date is not None and e.explicit), None)
        or ctx.story_date(story)
        or ctx.ref
    )
    got = resolve_bare_day(day, context) or context
    if got < context:
        # the context's month rolled back (根据2月5号的统计 … 截至19日, published 2月19日): a day
        # between the context and the paper's date is the nearer reading
        near = resolve_bare_day(day, ctx.ref)
        if near is not None and context <= near <= ctx.ref:
            return near
    return got
