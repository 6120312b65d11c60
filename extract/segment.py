"""Segmentation: paragraphs and stories, clause and sentence bounds, candidate quantities.

The article context holds the repaired text with what is found on it lazily, per
paragraph (dates, places): most paragraphs of a paper hold no figure, so nothing is
looked up until a quantity needs it.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from extract import rules
from extract.dates import DateMention, bare_day_number, find_dates, resolve_bare_day
from extract.numbers import QUANTITY, Quantity, iter_quantities
from extract.places import (
    Place,
    find_full_orgs,
    foreign_divisions,
    latin_counties,
    matcher_for,
    names_a_country,
    outlet_country,
    own_country_words,
    towns_written_short,
)

# A bracket ends a clause, except a Latin name's (武汉冠状病毒(COVID-19)确诊病例: one noun phrase)
# (a bracket round one character is inside a word: 开(复)工率; the ")" is matched before its
# look-behinds, which would otherwise be tried at every position of a paragraph)
HARD = re.compile(
    r"[,;。!?:\n]|\((?![A-Za-z0-9-]{0,15}[A-Za-z][A-Za-z0-9-]{0,15}\))(?![\u4e00-\u9fff]\))"
    r"|\)(?<![A-Za-z]\))(?<!-\d\))(?<!-\d\d\))(?<!\([\u4e00-\u9fff]\))"
)
SENT = re.compile(r"[。!?;\n]")
FULL_STOP = re.compile(r"[。!?\n]")  # a sentence including its "；" parts: what a verb can govern
BYLINE = re.compile(r"^\s*(?:[\u4e00-\u9fff]{2,6}(?:日报|晚报|新闻)?记者|通讯员|本报记者|摄影|责任编辑|编辑)")
DATELINE = re.compile(
    r"(?:日报讯|晚报讯|本报讯|本报[\u4e00-\u9fff]{2,8}\d{1,2}月\d{1,2}日讯|新华社.{0,10}电|综合.{0,12}消息|综合.{0,6}新闻"
    r"|(?:中新社|中新网|央广网|央视网|人民网|国际在线|[\u4e00-\u9fff]{2,6}(?:新闻网|网|社))[\u4e00-\u9fff]{0,8}"
    r"\d{1,2}月\d{1,2}日(?:电|消息))"
)


# 相较9日, 除1月27日…之外: a baseline's or an exception's day leaves no date in force after it
_BASELINE_BEFORE = re.compile(
    r"(?:较|比|相较于?|相比于?|与|除了?|低于|高于|超过|不及|原定于?|延期至?|推迟[至到]?|延迟至?|计划于)\s*$"
)  # (低于昨天的增幅; 原定于2月3日复工,延期至2月10日复工: planned starts, no figure's day)


# 纽约州8日死于…的患者达779人: the day of that count alone, not what later paragraphs are as of
OWN_DAY_ONLY = ("死于",)


def baseline_date(text: str, d: DateMention) -> bool:
    return _BASELINE_BEFORE.search(text, max(0, d.start - 4), d.start) is not None


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    headline: bool
    byline: bool
    story: int
    _places: list[Place] | None = None


_DATELINE_OPENING = 60  # characters of a story's first paragraph a dateline is looked for in


_NO_DATES: list[DateMention] = []  # shared by every paragraph without a date: read, never changed


@dataclass
class ArticleContext:
    """One article as the stages see it, complete when built: its text, paragraphs, reference
    date, home city and bounds; what is found on it is memoised per paragraph (below)."""

    text: str  # repaired text
    paras: list[Paragraph]
    ref: dt.date
    city: str | None  # None: a corpus without a home city
    morning: bool = False  # published before noon: an undated figure is the day before's
    para_starts: list[int] = field(init=False)
    bounds: Bounds = field(init=False)
    _orgs: list[str] | None = None
    _dates: dict[int, list[DateMention]] = field(default_factory=dict)
    _story_dates: dict[int, dt.date | None] = field(default_factory=dict)
    _carried: dict[int, DateMention | None] = field(default_factory=dict)
    _dating: dict[int, bool] = field(default_factory=dict)
    _local: dict[int, list[Place]] = field(default_factory=dict)
    _local_starts: dict[int, list[int]] = field(default_factory=dict)
    _named_starts: dict[int, list[int]] = field(default_factory=dict)
    _date_ends: dict[int, list[int]] = field(default_factory=dict)
    _story_first: dict[int, int] | None = None
    _orgs_by_lead: dict[str, list[str]] | None = None
    _towns: list[str] | None = None
    _foreign_feed: bool | None = None
    _outlet_country: str | None = "?"
    memo: dict = field(default_factory=dict)  # per-article answers the later stages reuse
    _placed: list[int] = field(default_factory=list)  # paragraphs whose named places are held

    PLACE_WINDOW = 600  # how far back a figure's place is looked for within its paragraph
    # Answers kept per paragraph, sentence or key before they are let go (all are found again
    # on demand): a page of a million one-line figures is read in bounded memory, a news page
    # never reaches it.
    KEEP = 4096

    def __post_init__(self) -> None:
        self.para_starts = [p.start for p in self.paras]
        self.bounds = Bounds(self.text, self.para_starts)

    def trim(self) -> None:
        """Let go of the memoised answers once a cache holds more than KEEP: called between
        figures only, never while an answer is being found."""
        # (_dates stays: a story's date is looked for once over all its paragraphs, and most hold
        # none — kept as one shared empty list, they cost a dict slot each)
        for cache in (
            self._carried,
            self._dating,
            self._local,
            self._local_starts,
            self._named_starts,
            self._date_ends,
            self.memo,
        ):
            if len(cache) > self.KEEP:
                cache.clear()
        if len(self._placed) > self.KEEP:
            for i in self._placed:
                self.paras[i]._places = None
            self._placed.clear()
        self.bounds.trim(self.KEEP)

    def nearest_before(self, i: int, name: str, has: Callable[[int], bool], reach: int) -> int:
        """The nearest paragraph j before i in i's story for which has(j), at most reach back
        (-1: none). Goes on from paragraph i-1's answer when it is at hand (figures come in
        text order): a page of one-line figures asks one paragraph per figure, not reach."""
        story = self.paras[i].story
        if i == 0 or self.paras[i - 1].story != story:
            got = -1
        elif has(i - 1):
            got = i - 1
        elif (before := self.memo.get((name, i - 1))) is not None:
            got = before  # (i-1 has none: the nearest before it is the nearest before i)
        else:
            got = next(
                (
                    j
                    for j in range(i - 2, max(-1, i - 1 - reach), -1)
                    # (stories are runs of paragraphs: one of the story's is after any other's)
                    if self.paras[j].story == story and has(j)
                ),
                -1,
            )
        self.memo[(name, i)] = got
        return got if got >= 0 and i - got <= reach else -1

    def dates_in(self, i: int) -> list[DateMention]:
        """Date mentions of paragraph i (found on first use: most paragraphs hold no figure)."""
        got = self._dates.get(i)
        if got is None:
            p = self.paras[i]
            got = find_dates(self.text, self._dateline_day(i) or self.ref, p.start, p.end) or _NO_DATES
            self._dates[i] = got
        return got

    def _dateline_day(self, i: int) -> dt.date | None:
        """The day of the dateline that opens paragraph i's story (央广网锡林郭勒3月3日消息, 新华社
        罗马3月8日电), from which the story's 今天/昨日 count; None without one. Read from the
        story's first body paragraph's opening only, once per story."""
        story = self.paras[i].story
        key = ("dateline", story)
        if key not in self.memo:
            self.memo[key] = None
            first = self._first_of_story(story)
            for j in range(first, min(first + 3, len(self.paras))):
                p = self.paras[j]
                if p.story != story:
                    break
                if p.headline or p.byline:
                    continue
                opening = find_dates(self.text, self.ref, p.start, min(p.end, p.start + _DATELINE_OPENING))
                self.memo[key] = next(
                    (d.date for d in opening if d.explicit and not d.since and d.date and self._in_dateline(p, d)),
                    None,
                )
                if self.memo[key] is not None or opening:
                    break  # the first paragraph that dates anything decides (a page's chrome may come first)
        return self.memo[key]

    def _first_of_story(self, story: int) -> int:
        if self._story_first is None:
            self._story_first = {}
            for k, p in enumerate(self.paras):
                self._story_first.setdefault(p.story, k)
        return self._story_first.get(story, len(self.paras))

    def date_ends(self, i: int) -> list[int]:
        """End offsets of paragraph i's date mentions, for bisection."""
        got = self._date_ends.get(i)
        if got is None:
            got = self._date_ends[i] = [d.end for d in self.dates_in(i)]
        return got

    def dates_figures(self, d: DateMention) -> bool:
        """Does a date mention date figures? Its sentence states one (a figure word and a
        number: 2月17日，全市新增确诊病例3例) or frames what follows (现将2月17日…情况通报
        如下). A meeting's or a decision's date (2月16日，市委召开会议) dates nothing after it."""
        got = self._dating.get(d.start)
        if got is None:
            s = self.bounds.sentence_start(d.start)
            e = self.bounds.sentence_end(d.end)
            got = (
                bool(rules.FRAME_RE.search(self.text, d.end, e))
                or bool(rules.TRIGGER_RE.search(self.text, s, e) and self._counts_after(d.end, e))
                # 2月26日0-24时,广西无新增确诊病例;新增治愈出院…: a none-statement is a figure too
                or bool(rules.NONE_RE.search(self.text, d.end, e))
                # 2月19日0—24时: a day's reporting window frames the figures after it
                or bool(rules.DAY_BLOCK_RE.search(self.text, d.start, min(e, d.end + 8)))
            )
            self._dating[d.start] = got
        return got

    def _counts_after(self, start: int, end: int) -> bool:
        """A number in text[start:end] that can count something (1月26日夫妻二人确诊: the couple
        the story is about, no count; the first few looked at: bounded work)."""
        for k, m in enumerate(QUANTITY.finditer(self.text, start, end)):
            if k >= 4 or not rules.RESTATED_BEFORE.search(self.text, max(start, m.start() - 5), m.start()):
                return True
        return False

    def _own_date(self, j: int) -> DateMention | None:
        """Paragraph j's last explicit as-of date that dates figures."""
        if self.paras[j].headline or self.paras[j].byline:
            return None
        # explicit dates and relative days (截至昨天16时): both say what the figures are as of
        own = [
            d
            for d in self.dates_in(j)
            if not d.since
            and (d.explicit or d.date is not None)
            and (d.date is not None or d.bare_day)
            and self.dates_figures(d)
            and not baseline_date(self.text, d)
            and not self.text.startswith(OWN_DAY_ONLY, d.end)
        ]
        if not own:
            return None
        last = own[-1]
        if last.bare_day:  # 截至21日24时: its month from the story (a bare day dates later paragraphs too)
            day = bare_day_number(self.text[last.start : last.end])
            resolved = resolve_bare_day(day, self.story_date(self.paras[j].story) or self.ref) if day else None
            return DateMention(last.start, last.end, resolved, resolved, False, True) if resolved else None
        return last

    def carried_date(self, i: int) -> DateMention | None:
        """The date earlier paragraphs of paragraph i's story leave in force (截至2月17日24时
        in the lead paragraph dates the contacts in the next). Memoised: paragraphs walked
        over share the answer, so a long story is walked once."""
        if i in self._carried:
            return self._carried[i]
        story = self.paras[i].story
        chain = []
        j = i
        while True:
            chain.append(j)
            k = j - 1
            if k < 0 or self.paras[k].story != story or (self.paras[k].headline and not self.paras[j].headline):
                value = None  # a sub-heading opens a section: dates above it stay above it
                break
            value = self._own_date(k)
            if value is not None:
                break
            if k in self._carried:
                value = self._carried[k]
                break
            j = k
        for c in chain:
            self._carried[c] = value
        return value

    def story_date(self, story: int) -> dt.date | None:
        """A story's date: its dateline (株洲日报讯 2月13日至14日，…: the days the story
        reports, figures or not), else its first date that dates figures, else a date its
        headline gives (深圳累计416例（截至2月20日24时）). A plain lead sentence's date
        (2月16日，市委召开会议) is not the date of what the story counts."""
        if story not in self._story_dates:
            found = headline_date = None
            for i in range(self._first_of_story(story), len(self.paras)):
                p = self.paras[i]
                if p.story != story:
                    break
                if p.byline:
                    continue
                for d in self.dates_in(i):
                    if d.since or not d.explicit or d.date is None:
                        continue
                    if p.headline:
                        headline_date = headline_date or d.date
                    elif (
                        self.dates_figures(d) or DATELINE.search(self.text, p.start, d.start) or self._in_dateline(p, d)
                    ):
                        found = d.date
                        break
                if found:
                    break
            self._story_dates[story] = found or headline_date
        return self._story_dates[story]

    def _in_dateline(self, p: Paragraph, d: DateMention) -> bool:
        """新华社罗马3月11日电: the date is the dateline's own."""
        m = DATELINE.search(self.text, max(p.start, d.start - 30), min(p.end, d.end + 4))  # bounded
        return m is not None and m.start() <= d.start and d.end <= m.end()

    @property
    def orgs(self) -> list[str]:
        """Full organisation names in the article, longest first (found only when needed)."""
        if self._orgs is None:
            self._orgs = find_full_orgs(self.text)
        return self._orgs

    @property
    def orgs_by_lead(self) -> dict[str, list[str]]:
        """Full organisation names by their first two characters (what an abbreviation keeps),
        longest first: a clause looks up its own pairs instead of trying every name."""
        if self._orgs_by_lead is None:
            index: dict[str, list[str]] = {}
            for org in self.orgs:
                index.setdefault(org[:2], []).append(org)
            self._orgs_by_lead = index
        return self._orgs_by_lead

    def para_of(self, pos: int) -> int:
        return bisect_right(self.para_starts, pos) - 1

    def named_places(self, i: int) -> list[Place]:
        """Home, district and other places named in paragraph i (the gazetteer's)."""
        p = self.paras[i]
        if p._places is None:
            text = self.text[p.start : p.end]
            found = matcher_for(self.city).find_named(text)
            if self.foreign_feed:  # 瓜亚斯省是厄瓜多尔疫情最严重的地区: regions the tables lack
                abroad = foreign_divisions(text, found)
                if abroad:  # (伊塞克湖州 over the 湖州 inside it)
                    found = [x for x in found if not any(a.start < x.start and x.end <= a.end for a in abroad)]
                found = sorted(found + abroad, key=lambda x: (x.start, -(x.end - x.start)))
            if self.city is None and _LATIN_LETTER.search(text):  # Santa Clara县
                found = sorted(found + latin_counties(text, found), key=lambda x: (x.start, -(x.end - x.start)))
            if self.outlet_country:  # 联合早报's 本地新增106起: Singapore's
                found = sorted(
                    found + own_country_words(text, self.outlet_country), key=lambda x: (x.start, -(x.end - x.start))
                )
            p._places = [Place(x.start + p.start, x.end + p.start, x.name, x.scope) for x in found]
            self._placed.append(i)
        return p._places

    @property
    def outlet_country(self) -> str | None:
        """The country of a paper abroad a corpus without a home city quotes (its 我国, 本地)."""
        if self._outlet_country == "?":
            self._outlet_country = outlet_country(self.text) if self.city is None else None
        return self._outlet_country

    @property
    def foreign_feed(self) -> bool:
        """A corpus without a home city, and an article that names a foreign country."""
        if self._foreign_feed is None:
            self._foreign_feed = self.city is None and names_a_country(self.text)
        return self._foreign_feed

    def _named_start_list(self, i: int) -> list[int]:
        starts = self._named_starts.get(i)
        if starts is None:
            starts = self._named_starts[i] = [pl.start for pl in self.named_places(i)]
        return starts

    @property
    def towns(self) -> list[str]:
        """The home city's towns named in the article, when its towns are its districts (东莞)."""
        if self._towns is None:  # (a scan of the whole text: kept apart from what trim lets go)
            self._towns = matcher_for(self.city).towns(self.text)
        return self._towns

    def named_before(self, i: int, pos: int, k: int) -> list[Place]:
        """The last k named places of paragraph i that start before pos."""
        upto = bisect_left(self._named_start_list(i), pos)
        return self.named_places(i)[max(0, upto - k) : upto]

    def places(self, i: int, pos: int) -> list[Place]:
        """Places for a figure at pos in paragraph i, in text order: the paragraph's named
        places near pos, plus the villages and organisations of pos's own sentence (its "；"
        parts counted as one) — the rules never look further for those, and finding them is
        the costly part."""
        s_end = self.bounds.sentence_end(pos)
        # (a sentence counting its "；" parts as one: 店口镇224家…已全部复工；规模以下企业复产率…
        # — whether an earlier part's locality governs is attribute's rule to say)
        s_start = self.bounds.full_sentence_start(pos)
        sid = self.bounds.full_sentence_id(pos)
        local_all = self._local.get(sid)
        if local_all is None:  # found once per sentence, however long, then bisected
            end = self.bounds.full_sentence_end_unbounded(pos)
            local_all = [
                Place(x.start + sid, x.end + sid, x.name, x.scope)
                for x in matcher_for(self.city).find_local_and_orgs(self.text[sid:end])
            ]
            if self.towns:  # 东莞's 麻涌镇, written 麻涌 in a later sentence
                local_all = sorted(
                    local_all + towns_written_short(self.text, self.towns, sid, end),
                    key=lambda p: (p.start, -(p.end - p.start)),
                )
            self._local[sid] = local_all
            self._local_starts[sid] = [pl.start for pl in local_all]
        local_starts = self._local_starts[sid]
        local = local_all[bisect_left(local_starts, s_start) : bisect_right(local_starts, s_end)]
        local = [x for x in local if x.end <= s_end]
        named = self.named_places(i)
        starts = self._named_start_list(i)
        lo = bisect_left(starts, pos - self.PLACE_WINDOW)
        hi = bisect_right(starts, s_end)
        near = named[lo:hi]
        # a locality inside a named place (景德镇 in 景德镇市) is that place, not a town
        spans = [(pl.start, pl.end) for pl in near]
        local = [x for x in local if not any(a <= x.start and x.end <= b for a, b in spans)]
        orgs = [(x.start, x.end) for x in local if x.scope == "org" and x.name.endswith(_FIRM_ENDS)]
        if orgs:  # 内蒙古 opening 内蒙古中高化工有限公司 is part of the firm's name, not a place of the text
            near = [pl for pl in near if not any(a <= pl.start and pl.end < b for a, b in orgs)]
        return sorted(near + local, key=lambda p: (p.start, -(p.end - p.start)))


_HEADING_RE = re.compile(r"\s*#")
_LATIN_LETTER = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}[县郡]")  # (a cheap gate for latin_counties)
_FIRM_ENDS = ("公司", "集团")  # (a hospital keeps its city: 黄冈市惠民医院 is in 黄冈)


_BRACKET_TITLE = re.compile(r"\s*【[^【】\n]{4,120}】")
_BRACKET_OPEN = re.compile(r"\s*【")


def _split_bracket_titles(text: str):
    """Lines, with a leading 【title】 run on into its body (【宜春无新增…】 根据江西省…)
    split off as a line of its own: a title repeats the body's figures without their date."""
    for line in text.split("\n"):
        m = _BRACKET_TITLE.match(line)
        if m and m.end() < len(line) and line[m.end() :].strip():
            yield line[: m.end() - 1]  # the split costs the "】": offsets stay aligned
            yield line[m.end() :]
        else:
            yield line


def paragraphs(text: str) -> list[Paragraph]:
    paras: list[Paragraph] = []
    pos = 0
    for line in _split_bracket_titles(text):
        end = pos + len(line)
        if len(line) > rules.HEADLINE_MAX + 8:  # a body paragraph: no need to look closer
            title = _HEADING_RE.match(line) is not None or (_BRACKET_OPEN.match(line) is not None and "】" not in line)
            paras.append(Paragraph(pos, end, title, False, 0))
            pos = end + 1
            continue
        body = line.strip()
        short = 0 < len(body) <= rules.HEADLINE_MAX
        headline = short and "。" not in body and body[-1] not in ",;:" and not DATELINE.search(body)
        byline = short and len(body) <= 40 and bool(BYLINE.match(body))
        paras.append(Paragraph(pos, end, headline or body.startswith("#"), byline, 0))
        pos = end + 1
    # A story starts at a run of headline-like lines that contains or precedes a byline
    # or dateline, or at a markdown heading; sub-heads inside a story don't split it.
    story = 0
    i = 0
    n = len(paras)
    while i < n:
        if paras[i].headline and (i == 0 or not paras[i - 1].headline):
            j = i
            while j < n and (paras[j].headline or not text[paras[j].start : paras[j].end].strip()):
                j += 1
            # the headline run and the opening of the first body line: a dateline (株洲日报讯,
            # 新华社…电) stands there, not 300 characters into a paragraph
            last = paras[min(j, n - 1)]
            window = text[paras[i].start : min(last.end, last.start + 40)]
            if (
                any(paras[k].byline for k in range(i, min(j, n)))
                or DATELINE.search(window)
                or text[paras[i].start : paras[i].end].lstrip().startswith("#")
            ):
                story += 1
        paras[i].story = story
        i += 1
    return paras


class Bounds:
    """Clause and sentence boundaries, found per paragraph on first use and bisected."""

    def __init__(self, text: str, para_starts: list[int]):
        self.text = text
        self.para_starts = para_starts
        self._hard: dict[int, list[int]] = {}
        self._sent: dict[int, list[int]] = {}
        self._full: dict[int, list[int]] = {}

    def trim(self, keep: int) -> None:
        for cache in (self._hard, self._sent, self._full):
            if len(cache) > keep:
                cache.clear()

    _last_para = (0, -1)  # lookups come in text order: the last paragraph usually answers

    def _para(self, pos: int) -> tuple[int, int]:
        lo, hi = self._last_para
        if lo <= pos <= hi:
            return lo, hi
        i = bisect_right(self.para_starts, pos) - 1
        lo = self.para_starts[i] if i >= 0 else 0
        hi = self.para_starts[i + 1] - 1 if i + 1 < len(self.para_starts) else len(self.text)
        self._last_para = (lo, hi)
        return lo, hi

    def _positions(self, cache: dict, rx: re.Pattern, pos: int) -> tuple[list[int], int, int]:
        lo, hi = self._para(pos)
        got = cache.get(lo)
        if got is None:
            got = cache[lo] = [m.start() for m in rx.finditer(self.text, lo, hi)]
        return got, lo, hi

    # What a rule reads around a quantity is bounded: a clause or sentence longer than this
    # (a pasted table, a page with no punctuation) is read only this far either side, so the
    # work per quantity is constant and extraction stays linear in the text.
    CLAUSE_WINDOW = 120
    SENTENCE_WINDOW = 300

    def clause(self, start: int, end: int) -> tuple[int, int]:
        hard, lo, hi = self._positions(self._hard, HARD, start)
        i = bisect_left(hard, start)
        a = hard[i - 1] + 1 if i else lo
        j = bisect_left(hard, end)
        b = hard[j] if j < len(hard) else hi
        return max(a, start - self.CLAUSE_WINDOW), min(b, end + self.CLAUSE_WINDOW)

    def sentence_id(self, pos: int) -> int:
        """Where pos's sentence really starts (unbounded): which figures share a sentence."""
        sent, lo, _ = self._positions(self._sent, SENT, pos)
        i = bisect_left(sent, pos)
        return sent[i - 1] + 1 if i else lo

    def full_sentence_id(self, pos: int) -> int:
        """Where pos's sentence starts counting "；" parts as one (unbounded)."""
        full, lo, _ = self._positions(self._full, FULL_STOP, pos)
        i = bisect_left(full, pos)
        return full[i - 1] + 1 if i else lo

    def sentence_start(self, pos: int) -> int:
        return max(self.sentence_id(pos), pos - self.SENTENCE_WINDOW)

    def full_sentence_start(self, pos: int) -> int:
        """Start of pos's sentence counting "；" parts as one (what a verb can govern)."""
        full, lo, _ = self._positions(self._full, FULL_STOP, pos)
        i = bisect_left(full, pos)
        return max(full[i - 1] + 1 if i else lo, pos - self.SENTENCE_WINDOW)

    def full_sentence_end(self, pos: int) -> int:
        """End of pos's sentence counting "；" parts as one, bounded as sentence_end is."""
        return min(self.full_sentence_end_unbounded(pos), pos + self.SENTENCE_WINDOW)

    def full_sentence_end_unbounded(self, pos: int) -> int:
        full, _, hi = self._positions(self._full, FULL_STOP, pos)
        i = bisect_left(full, pos)
        return full[i] if i < len(full) else hi

    def sentence_end_unbounded(self, pos: int) -> int:
        sent, _, hi = self._positions(self._sent, SENT, pos)
        i = bisect_left(sent, pos)
        return sent[i] if i < len(sent) else hi

    def sentence_end(self, pos: int) -> int:
        return min(self.sentence_end_unbounded(pos), pos + self.SENTENCE_WINDOW)


def candidate_quantities(ctx: ArticleContext) -> list[Quantity]:
    """Quantities whose sentence has a figure word; most of a page has none, so the cheap
    regex scan runs everywhere and parsing only where it can matter."""
    out: list[Quantity] = []
    t = ctx.text
    search = rules.TRIGGER_RE.search
    pos = 0
    while True:
        trig = search(t, pos)
        if trig is None:
            return out
        # walk this paragraph's sentences from the trigger's on; then jump to the next paragraph
        sents, lo, hi = ctx.bounds._positions(ctx.bounds._full, FULL_STOP, trig.start())
        start = lo
        for end in [*sents, hi]:
            if end >= trig.start() and (start <= trig.start() or search(t, start, end)):
                out.extend(iter_quantities(t, start, end))
            start = end + 1
        pos = hi + 1
