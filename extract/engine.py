"""text → records: finds every quantity, decides what it counts, where, and as of when.

One pass per article over a layout-repaired copy of the text:
  1. paragraphs and stories (a story starts at a headline run with a byline);
  2. date mentions (dates.py) and, lazily per paragraph, place mentions (places.py);
  3. every quantity with a unit (numbers.py) is classified by the words around it
     (rules.py), then given the nearest date and place before it.
Offsets are mapped back to the original text, so `text[start:end] == quote`.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from extract import rules
from extract.events import find_events
from extract.dates import DateMention, find_dates, infer_reference, resolve_bare_day
from extract.layout import repair
from extract.numbers import CN_NUM_CHARS, QUANTITY, Quantity, find_quantities, parse_quantity
from extract.places import Place, matcher_for, canonical_city
from extract.records import CASE_METRICS, Event, Record

HARD = re.compile(r"[,;。!?:()\n]")
SENT = re.compile(r"[。!?;\n]")
FULL_STOP = re.compile(r"[。!?\n]")   # a sentence including its "；" parts: what a verb can govern
BYLINE = re.compile(r"^\s*(?:[\u4e00-\u9fff]{2,6}(?:日报|晚报|新闻)?记者|通讯员|本报记者|摄影|责任编辑|编辑)")
DATELINE = re.compile(r"(?:日报讯|晚报讯|本报讯|新华社.{0,10}电|综合.{0,12}消息|综合.{0,6}新闻)")


@dataclass
class Paragraph:
    start: int
    end: int
    headline: bool
    byline: bool
    story: int
    _places: list[Place] | None = None


@dataclass
class Figure:
    metric: str
    sector: str
    span: tuple[int, int]         # clean-text span of the quote
    q: Quantity
    rule: str
    para: int
    value: float | None = None    # override (none-statements)
    unit: str = ""
    org_ok: bool = False          # may be attributed to an organisation
    item_place: Place | None = None  # the district named in its own list item


@dataclass
class ArticleContext:
    text: str                      # repaired text
    paras: list[Paragraph]
    para_starts: list[int]
    ref: dt.date
    city: str
    bounds: "Bounds | None" = None
    _orgs: list[str] | None = None
    _dates: dict[int, list[DateMention]] = field(default_factory=dict)
    _story_dates: dict[int, dt.date | None] = field(default_factory=dict)
    _local: dict[int, list[Place]] = field(default_factory=dict)

    def dates_in(self, i: int) -> list[DateMention]:
        """Date mentions of paragraph i (found on first use: most paragraphs hold no figure)."""
        got = self._dates.get(i)
        if got is None:
            p = self.paras[i]
            got = self._dates[i] = find_dates(self.text, self.ref, p.start, p.end)
        return got

    def story_date(self, story: int) -> dt.date | None:
        """A story's dateline: the first as-of date in its first dated body paragraph."""
        if story not in self._story_dates:
            found = None
            for i, p in enumerate(self.paras):
                if p.story != story or p.headline or p.byline:
                    continue
                for d in self.dates_in(i):
                    if not d.since and d.explicit and d.date is not None:
                        found = d.date
                        break
                if found:
                    break
            self._story_dates[story] = found
        return self._story_dates[story]

    @property
    def orgs(self) -> list[str]:
        """Full organisation names in the article, longest first (found only when needed)."""
        if self._orgs is None:
            from extract.places import _RUN_BEFORE, _suffix_matches
            found = {m.group() for m in _suffix_matches(self.text, _ORG_FULL_SUFFIX, _RUN_BEFORE,
                                                        _ORG_FULL, 4, 20)}
            self._orgs = sorted(found, key=len, reverse=True)
        return self._orgs

    def para_of(self, pos: int) -> int:
        return bisect_right(self.para_starts, pos) - 1

    def named_places(self, i: int) -> list[Place]:
        """Home, district and other places named in paragraph i (the gazetteer's)."""
        p = self.paras[i]
        if p._places is None:
            p._places = [Place(x.start + p.start, x.end + p.start, x.name, x.scope)
                         for x in matcher_for(self.city).find_named(self.text[p.start:p.end])]
        return p._places

    def places(self, i: int, pos: int) -> list[Place]:
        """Places for a figure at pos in paragraph i: the paragraph's named places, plus the
        villages and organisations of pos's own sentence — the rules never look further for
        those, and finding them is the costly part."""
        s_start = self.bounds.sentence_start(pos)
        out = self._local.get(s_start)
        if out is None:
            s_end = self.bounds.sentence_end(pos)
            local = [Place(x.start + s_start, x.end + s_start, x.name, x.scope)
                     for x in matcher_for(self.city).find_local_and_orgs(self.text[s_start:s_end])]
            out = self._local[s_start] = sorted(self.named_places(i) + local,
                                                key=lambda p: (p.start, -(p.end - p.start)))
        return out


_HEADING_RE = re.compile(r"\s*#")


def _paragraphs(text: str) -> list[Paragraph]:
    paras: list[Paragraph] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if len(line) > rules.HEADLINE_MAX + 8:   # a body paragraph: no need to look closer
            paras.append(Paragraph(pos, end, _HEADING_RE.match(line) is not None, False, 0))
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
            while j < n and (paras[j].headline or not text[paras[j].start:paras[j].end].strip()):
                j += 1
            window = text[paras[i].start:paras[min(j, n - 1)].end]
            if any(paras[k].byline for k in range(i, min(j, n))) or DATELINE.search(window) \
                    or text[paras[i].start:paras[i].end].lstrip().startswith("#"):
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

    _last_para = (0, -1)   # lookups come in text order: the last paragraph usually answers

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

    def clause(self, start: int, end: int) -> tuple[int, int]:
        hard, lo, hi = self._positions(self._hard, HARD, start)
        i = bisect_left(hard, start)
        a = hard[i - 1] + 1 if i else lo
        j = bisect_left(hard, end)
        b = hard[j] if j < len(hard) else hi
        return a, b

    def sentence_start(self, pos: int) -> int:
        sent, lo, _ = self._positions(self._sent, SENT, pos)
        i = bisect_left(sent, pos)
        return sent[i - 1] + 1 if i else lo

    def full_sentence_start(self, pos: int) -> int:
        """Start of pos's sentence counting "；" parts as one (what a verb can govern)."""
        full, lo, _ = self._positions(self._full, FULL_STOP, pos)
        i = bisect_left(full, pos)
        return full[i - 1] + 1 if i else lo

    def sentence_end(self, pos: int) -> int:
        sent, _, hi = self._positions(self._sent, SENT, pos)
        i = bisect_left(sent, pos)
        return sent[i] if i < len(sent) else hi


def _last(regex: re.Pattern, s: str):
    last = None
    for m in regex.finditer(s):
        last = m
    return last


def _family(m: re.Match) -> str:
    return m.lastgroup


def _modifier(s: str) -> re.Match | None:
    return _last(rules.MODIFIER_RE, s)


def _case_metric(family: str, mod: str | None, parent_kind: str | None) -> str | None:
    if family in ("confirmed", "weak_case"):
        if mod == "new":
            return "confirmed_new"
        if mod == "current":
            return "hospitalized"
        return "confirmed_total"
    if family == "recovered":
        return "recovered_new" if mod == "new" else "recovered_total"
    if family == "deaths":
        return "deaths_new" if mod == "new" else "deaths_total"
    if family == "severe":
        return "severe_new" if mod == "new" else "severe"
    if family == "critical":
        if mod == "new":
            return None
        return "critical_total" if parent_kind == "cumulative" or mod == "total" else "critical"
    if family == "hospitalized":
        return "hospitalized"
    if family == "suspected":
        return "suspected" if mod in (None, "current") else None
    if family == "observation":
        return "observation"
    if family == "released":
        return "observation_released_new" if mod == "new" else "observation_released_total"
    if family == "close_contacts":
        return "close_contacts_total" if mod != "new" else None
    if family == "recovery_rate":
        return "recovery_rate"
    return None


# Case counts (not the recovery rate): what a list item or a 其中 breakdown can inherit.
_CASE_COUNT = {m for m, kind in CASE_METRICS.items() if kind != "percent"}


class _Classifier:
    """Decides the metric of each quantity from the words of its clause and sentence."""

    def __init__(self, ctx: ArticleContext):
        self.ctx = ctx
        self.t = ctx.text

    def classify(self, q: Quantity, prev_q: Quantity | None, next_q: Quantity | None,
                 sentence_figs: list[Figure], pi: int) -> list[Figure]:
        t = self.t
        p = self.ctx.paras[pi]
        c_start, c_end = self.ctx.bounds.clause(q.start, q.end)
        s_start = self.ctx.bounds.sentence_start(q.start)
        item_start = max(c_start, t.rfind("、", c_start, q.start) + 1,
                         prev_q.end if prev_q and prev_q.end > c_start else c_start)
        before = t[item_start:q.start]
        resp = _respectively(t, c_start, q, pi, self.ctx)
        if resp is not None:
            before, item_start = resp
        after_end = c_end
        after = t[q.end:after_end]
        after_to_next = t[q.end:next_q.start] if next_q and next_q.start < c_end else after
        # 一名患者, 一人一案: a Chinese 一 is an article or idiom unless a modifier counts it
        mod_before = _modifier(before)
        if q.chinese and q.value == 1 and (mod_before is None or mod_before.group() == "最后"):
            return []
        if t[max(p.start, q.start - 2):q.start].endswith(("无", "没有")):
            return []   # 无一例: a none-statement, handled by _none_figures
        if q.unit == "%" or q.unit in ("家", "个", "人", "条", "台", "辆"):
            res = self._resumption(q, before, after, after_to_next, c_start, c_end, s_start,
                                   item_start, sentence_figs, pi, next_q)
            if res:
                return res
        if q.unit in rules.CASE_UNITS or q.unit == "%":
            return self._case(q, before, after, c_start, s_start, item_start, sentence_figs, pi)
        return []

    # -- cases ---------------------------------------------------------------------
    def _case(self, q, before, after, c_start, s_start, item_start, sentence_figs, pi):
        t = self.t
        kw = None
        kw_before = True
        for m in rules.CASE_FAMILY_RE.finditer(before):
            if kw is None or _family(m) != "weak_case" or _family(kw) == "weak_case":
                kw = m
        if kw is None or _family(kw) == "weak_case":
            verb = noun = None
            for m in rules.CASE_FAMILY_RE.finditer(after):
                f = _family(m)
                if f in rules.VERB_FAMILIES and verb is None:
                    verb = m
                elif f in rules.NOUN_FAMILIES and noun is None:
                    noun = m
            after_kw = verb or noun
            if after_kw is not None and (kw is None or verb is not None):
                kw, kw_before = after_kw, False
        extra: list[Figure] = []
        if kw is None:
            return self._inherit(q, before, s_start, sentence_figs, pi)
        family = _family(kw)
        if family == "recovery_rate" and q.unit != "%":
            return []
        if family != "recovery_rate" and q.unit == "%":
            return []
        if family in ("observation", "released", "close_contacts") and q.unit != "人":
            return []
        # modifier: the clause's own word wins; else the last one earlier in the sentence
        clause_text = t[c_start:q.start] + (after if not kw_before else "")
        mod_m = _modifier(t[c_start:q.start]) or (_modifier(after[:kw.start()]) if not kw_before else None)
        mod = mod_m.lastgroup if mod_m else None
        if mod is None and family not in ("severe", "critical", "hospitalized"):
            sm = _modifier(t[s_start:c_start])
            mod = sm.lastgroup if sm else None
        parent_kind = None
        if "其中" in clause_text and sentence_figs:
            parent_kind = CASE_METRICS.get(sentence_figs[-1].metric, "current")
        elif family == "critical" and mod is None:
            sm = _modifier(t[s_start:c_start])
            if sm and sm.lastgroup == "total" and sentence_figs and \
                    CASE_METRICS.get(sentence_figs[-1].metric) == "cumulative":
                parent_kind = "cumulative"
        if not kw_before and mod is None and family in ("recovered", "deaths"):
            mod = "new"   # 3月8日，炎陵县1名患者治愈出院: that day's discharges
        if family == "close_contacts" and mod == "current":
            family = "observation"   # 尚在医学观察的密切接触者还有604人
        metric = _case_metric(family, mod, parent_kind)
        if metric is None:
            return []
        # the quote starts at the modifier when it belongs to this list item, else the keyword
        mod_at = mod_m.start() + c_start if mod_m is not None else None
        if mod_at is not None and mod_at < item_start:
            mod_at = None
        if kw_before:
            qs = item_start + kw.start()
            if mod_at is not None and mod_at < qs:
                qs = mod_at
            span = (qs, q.end)
        else:
            qs = q.start
            if mod_at is not None and mod_at < qs:
                qs = mod_at
            span = (qs, q.end + kw.end())
        fig = Figure(metric, "", span, q, f"case.{family}.{mod or 'plain'}", pi, unit=q.unit)
        # 累计确诊的80例患者全部治愈出院: the same number is also the recovered total
        m_all = re.search(r"全部(?:治愈(?:出院)?|出院)", after)
        if m_all is None and metric == "confirmed_total":
            # 累计确诊病例10例，已全部治愈出院: the next clause says all recovered
            nxt = _ALL_RECOVERED_NEXT.match(t, q.end + len(after))
            if nxt is not None:
                extra.append(Figure("recovered_total", "", (span[0], nxt.end()), q,
                                    "case.all_recovered", pi, unit=q.unit))
        if m_all and (metric == "confirmed_total" or (
                metric == "recovered_total" and re.search(r"确诊", before + after[:m_all.start()]))):
            end = q.end + m_all.end()
            fig = Figure(metric, "", (span[0], max(span[1], end)), q, fig.rule, pi, unit=q.unit)
            other = "recovered_total" if metric == "confirmed_total" else "confirmed_total"
            extra.append(Figure(other, "", (span[0], max(span[1], end)), q,
                                "case.all_recovered", pi, unit=q.unit))
        return [fig] + extra

    def _inherit(self, q, before, s_start, sentence_figs, pi):
        """List items (`其中：荷塘区5例、芦淞区3例`) take the metric of the list they are in."""
        places = [pl for pl in self.ctx.places(pi, q.start) if pl.end <= q.start and pl.end >= q.start - 3
                  and pl.scope in ("sub", "home", "other", "local")]
        if not places:
            g = rules.GENERIC_DISTRICT_RE.search(before)
            if g is None or rules.NOT_DISTRICT.match(g.group(1)) or not before.endswith(g.group(1)):
                return []
            start = q.start - len(g.group(1))
            places = [Place(start, q.start, g.group(1), "sub")]
        pl = places[-1]
        metric = None
        if sentence_figs and sentence_figs[-1].metric in _CASE_COUNT:
            metric = sentence_figs[-1].metric
            if metric in ("recovery_rate",):
                return []
        else:
            m = _last(rules.CASE_FAMILY_RE, self.t[s_start:q.start])
            if m is not None:
                mod_m = _modifier(self.t[s_start:q.start])
                metric = _case_metric(_family(m), mod_m.lastgroup if mod_m else None, None)
        if metric is None or q.unit not in rules.CASE_UNITS:
            return []
        fig = Figure(metric, "", (pl.start, q.end), q, "case.list_item", pi, unit=q.unit)
        fig.item_place = pl
        return [fig]

    # -- work resumption ---------------------------------------------------------------
    def _resumption(self, q, before, after, after_to_next, c_start, c_end, s_start, item_start,
                    sentence_figs, pi, next_q=None):
        t = self.t
        p_end = self.ctx.paras[pi].end
        sentence_before = t[s_start:q.start]
        if q.unit == "%":
            m = _last(rules.RESUMPTION_RATE_RE, before)
            w = _last(rules.WORKER_RATE_RE, before)
            if w is not None and (m is None or w.start() > m.start()):
                return [self._fig("worker_return_rate", q, item_start + w.start(), q.end, pi,
                                  self._sector(s_start, q.start, sentence_figs, default=""),
                                  "resume.worker_rate")]
            if m is not None:
                return [self._fig("resumption_rate", q, item_start + m.start(), q.end, pi,
                                  self._sector(s_start, q.start, sentence_figs, default=""),
                                  "resume.rate")]
            return []
        if q.unit == "人":
            m = _last(rules.WORKER_NOUN_BEFORE, before)
            if m is not None:
                return [self._fig("workers_returned", q, item_start + m.start(), q.end, pi,
                                  self._sector(s_start, q.start, sentence_figs, default=""),
                                  "resume.workers_before")]
            m = rules.WORKER_AFTER.match(after)
            if m is not None:
                return [self._fig("workers_returned", q, q.start, q.end + m.end(), pi,
                                  self._sector(s_start, q.start, sentence_figs, default=""),
                                  "resume.workers_after")]
            return []
        if q.unit in ("条", "台", "辆", "个"):
            svc = rules.SERVICE_NOUN_RE.search(before)
            # 已恢复道路客运班线170条，客车497台；城市公交线路31条: the verb governs the whole
            # enumeration, across "；", up to the full stop
            if svc is not None and rules.SERVICE_VERB_RE.search(
                    t, self.ctx.bounds.full_sentence_start(q.start), q.start):
                return [self._fig("services_resumed", q, item_start + svc.start(), q.end, pi,
                                  rules.clean_sector(svc.group()), "resume.services")]
        if q.unit not in ("家", "个"):
            return []
        # the sector: the noun right after the unit (321家规模工业企业), else the nearest before
        sec_after = rules.SECTOR_RE.match(after)
        if sec_after and rules.NOT_SECTOR_RE.search(sec_after.group()):
            sec_after = None
            if q.chinese or q.value >= 10_000:
                return []   # 5万个口罩支持重点项目复工: masks, not projects
        sector = rules.clean_sector(sec_after.group()) if sec_after else ""
        span_end = q.end + (sec_after.end() if sec_after else 0)
        if sec_after is None and re.match(r"^[\u4e00-\u9fff]{1,3}(?:组|队|人|次|天|批|个)", after):
            return []  # 6个指导组: not what resumed
        # N个重点项目已(经有/开工)M个: N is the sector's size, M what resumed
        if sec_after and next_q is not None and next_q.unit == q.unit:
            between = t[q.end + sec_after.end():next_q.start]
            if len(between) <= 12 and rules.RESUME_VERB_RE.search(
                    t, q.end, self.ctx.bounds.sentence_end(q.end)) and re.fullmatch(
                    r"(?:中|里|,|已经|目前|现已|已|有|实现|建设|生产|" + rules.RESUME_VERB + r")*", between):
                return [self._fig("sector_total", q, q.start, span_end, pi, sector, "resume.sector_total")]
        if sec_after and re.match(r"^(?:已经?|均已|已)?全部(?:" + rules.RESUME_VERB + ")", after[sec_after.end():]):
            m_all = re.match(r"^(?:已经?|均已|已)?全部(?:" + rules.RESUME_VERB + ")", after[sec_after.end():])
            end = span_end + m_all.end()
            return [self._fig("sector_total", q, q.start, end, pi, sector, "resume.sector_total"),
                    self._fig("resumed", q, q.start, end, pi, sector, "resume.all_resumed")]
        # 全市共有规模工业企业1200家，已复工1100家: the first is the sector's size
        if re.search(r"共有|总共|共计|总数", before) and not rules.RESUME_VERB_RE.search(before + after_to_next) \
                and rules.RESUME_VERB_RE.search(t, q.end, self.ctx.bounds.sentence_end(q.end)):
            return [self._fig("sector_total", q, item_start, span_end, pi,
                              sector or self._sector(s_start, q.start, sentence_figs), "resume.sector_total")]
        clause = t[c_start:c_end]
        if not rules.RESUME_VERB_RE.search(clause):
            return []
        if not sector:
            sector = self._sector(c_start, q.start, sentence_figs, default="")
            if not sector:
                sector = self._sector(s_start, q.start, sentence_figs,
                                      default="企业" if q.unit == "家" else "")
            if not sector:
                return []
        verb_b = _last(rules.RESUME_VERB_RE, before)
        start = item_start + (verb_b.start() if verb_b else 0)
        sec_b = _last(rules.SECTOR_RE, before)
        if sec_b is not None:
            start = min(start, item_start + sec_b.start() + (len(sec_b.group()) - len(rules.clean_sector(sec_b.group()))))
        end = span_end
        if verb_b is None:
            va = rules.RESUME_VERB_RE.search(after)
            if va:
                end = q.end + va.end()
        return [self._fig("resumed", q, start, end, pi, sector, "resume.count")]

    def _sector(self, lo, hi, sentence_figs, default="企业") -> str:
        m = _last(rules.SECTOR_RE, self.t[lo:hi])
        if m is not None:
            return rules.clean_sector(m.group())
        for f in reversed(sentence_figs):
            if f.sector:
                return f.sector
        return default

    def _fig(self, metric, q, start, end, pi, sector, rule):
        return Figure(metric, sector, (start, end), q, rule, pi, unit=q.unit, org_ok=True)



def _none_figures(ctx: ArticleContext) -> list[Figure]:
    out = []
    t = ctx.text
    for m in rules.NONE_RE.finditer(t):
        pi = ctx.para_of(m.start())
        p = ctx.paras[pi]
        c_start, _ = ctx.bounds.clause(m.start(), m.end())
        if rules.VAGUE_STREAK_RE.search(t[c_start:m.start()]):
            continue
        kw, neg, new = m.group("kw"), m.group("neg"), bool(m.group("new"))
        if "确诊" in kw or kw in ("病例", "本地病例"):
            metric = "confirmed_new" if new else "confirmed_total"
            if kw == "病例" and not new:
                continue          # 无病例 alone is too vague
        elif "死亡" in kw:
            metric = "deaths_new" if new else "deaths_total"
        elif "危重" in kw:
            metric = None if new else "critical"
        elif "重症" in kw:
            metric = "severe_new" if new else "severe"
        elif "疑似" in kw:
            metric = None if new else "suspected"
        else:
            metric = None
        if neg == "零" and kw not in ("死亡", "确诊", "确诊病例", "病例"):
            metric = None
        if metric is None:
            continue
        q = Quantity(m.start(), m.end(), m.start(), 0.0, "例", "", "", False)
        rule = "case.none_local" if m.group("local") else "case.none"
        out.append(Figure(metric, "", (m.start(), m.end()), q, rule, pi, value=0.0, unit="例"))
    for m in rules.NONE_AFTER_RE.finditer(t):
        pi = ctx.para_of(m.start())
        kw = m.group("kw")
        metric = {"确诊病例": "confirmed_new", "确诊患者": "confirmed_new", "死亡病例": "deaths_new",
                  "重症病例": "severe_new"}[kw]
        q = Quantity(m.start(), m.end(), m.start(), 0.0, "例", "", "", False)
        out.append(Figure(metric, "", (m.start(), m.end()), q, "case.none_after", pi, value=0.0, unit="例"))
    return out


def _figure_date(ctx: ArticleContext, fig: Figure) -> dt.date:
    p = ctx.paras[fig.para]
    pos = fig.q.start
    story_date = ctx.story_date(p.story)
    if p.headline:
        return story_date or ctx.ref
    dates = ctx.dates_in(fig.para)
    for i in range(len(dates) - 1, -1, -1):
        d = dates[i]
        if d.end <= pos and not d.since:
            if d.bare_day:
                return _bare_day(ctx, dates, i, story_date)
            if d.date is not None:
                return d.date
    return story_date or ctx.ref


def _bare_day(ctx: ArticleContext, dates: list[DateMention], i: int, story_date) -> dt.date:
    """截至1日15时: the month of the paragraph's previous date, else of the story or paper."""
    d = dates[i]
    day = int(re.search(r"(\d{1,2})\s*日", ctx.text[d.start:d.end]).group(1))
    context = story_date or ctx.ref
    for e in reversed(dates[:i]):
        if e.date is not None and e.explicit:
            context = e.date
            break
    return resolve_bare_day(day, context) or context


def _figure_place(ctx: ArticleContext, fig: Figure) -> tuple[str, str]:
    """(region, scope) of a figure: the nearest place named before it."""
    t = ctx.text
    pi = fig.para
    p = ctx.paras[pi]
    pos = fig.q.start
    c_start, _ = ctx.bounds.clause(fig.q.start, fig.q.end)
    s_start = ctx.bounds.sentence_start(fig.q.start)
    if fig.item_place is not None:
        pl = fig.item_place
        return pl.name, {"sub": "home"}.get(pl.scope, pl.scope)
    # 新增确诊病例1例（湘潭县）: a place in brackets right after the figure owns it
    if fig.org_ok:
        # an organisation is the most specific subject: 中车株洲所7000余名员工返岗
        alias = _org_alias(ctx, t[c_start:fig.q.start])
        if alias:
            return alias, "home"
        orgs = [pl for pl in ctx.places(pi, fig.q.start) if pl.scope == "org" and s_start <= pl.start
                and pl.end <= pos]
        if orgs:
            return orgs[-1].name, "home"
    for pl in reversed(ctx.places(pi, fig.q.start)):
        if pl.end > pos:
            continue
        if pl.scope == "org":
            if pl.start >= c_start and fig.metric in _CASE_COUNT and pl.name.endswith("医院"):
                return pl.name, "home"
            continue
        if pl.scope == "subref":
            r = _resolve_subref(ctx, pl, pi)
            if r:
                return r
            continue
        if pl.scope in ("sub", "local") and pl.start < s_start:
            continue   # a district named in an earlier sentence doesn't own this one
        if pl.scope == "other" and _TRAVEL.match(t, pl.end) or \
                pl.scope == "other" and re.search(r"(?:从|自|来自|离开|途经)$", t[max(0, pl.start - 3):pl.start]):
            continue   # 均有武汉旅居史: where patients travelled, not where the figure is
        if _is_item_place(t, pl, fig.q.start):
            continue   # 韶山市2例；累计出院病例10例: a list item's place owns only its item
        if t.rfind("(", 0, pl.start) > t.rfind(")", 0, pl.start) and t.find(")", pl.end) < fig.q.start:
            continue   # a bracketed attribution belongs to the figure before it
        return pl.name, {"sub": "home"}.get(pl.scope, pl.scope)
    # no place in this paragraph: another place carried from the story's earlier paragraphs
    story = p.story
    for j in range(pi - 1, max(-1, pi - 4), -1):
        pj = ctx.paras[j]
        if pj.story != story:
            break
        pls = [x for x in ctx.named_places(j) if x.scope in ("home", "other")]
        if pls:
            last = pls[-1]
            if last.scope == "other":
                return last.name, "other"
            break
    return ctx.city, "home"


_TRAVEL = re.compile(r"(?:市|省)?(?:旅居史|旅行史|接触史|居住史|返乡|返株|来株|返回|入境|输入|籍|来|回)")
_ITEM = re.compile(r"(?:有|共|新增|累计)?[\d" + CN_NUM_CHARS + r"]+(?:\.\d+)?(?:例|人|名|家)[、;,)。]")


def _bracket_place(ctx: ArticleContext, fig: Figure) -> Place | None:
    """新增确诊病例1例（湘潭县）: a district in brackets right after a figure is its breakdown."""
    m = re.match(r"\s*\(([^()]{2,12})\)", ctx.text[fig.q.end:fig.q.end + 16])
    if not m:
        return None
    inside = [pl for pl in ctx.named_places(fig.para)
              if fig.q.end <= pl.start and pl.end <= fig.q.end + m.end() and pl.scope == "sub"]
    return inside[0] if len(inside) == 1 else None


def _is_item_place(t: str, pl: Place, q_start: int) -> bool:
    """A place that heads its own list item (荷塘区5例、) owns only that item."""
    return q_start > pl.end + 3 and bool(_ITEM.match(t, pl.end))


def _respectively(t: str, c_start: int, q: Quantity, pi: int, ctx) -> tuple[str, int] | None:
    """复工率、员工到岗率分别达到99.6%和97.8% → the k-th term for the k-th number."""
    m = None
    for m2 in rules.RESPECTIVELY_RE.finditer(t, c_start, q.start):
        m = m2
    if m is None:
        return None
    k = len(find_quantities(t, m.end(), q.start))
    head_start = max(c_start, t.rfind(",", 0, m.start()) + 1)
    terms = [x for x in re.split(r"、|和|及|与", t[head_start:m.start()]) if x]
    if k >= len(terms) or len(terms) < 2:
        return None
    pos = head_start + sum(len(x) for x in terms[:k])
    term = terms[k]
    pos = t.find(term, pos)
    return term, pos


def _resolve_subref(ctx: ArticleContext, ref: Place, pi: int) -> tuple[str, str] | None:
    """全区/该县/该市 → the nearest county or district named before it in the story."""
    want = ref.name[-1]   # 区 / 县 / 市
    story = ctx.paras[pi].story
    for j in range(pi, -1, -1):
        if ctx.paras[j].story != story:
            break
        for pl in reversed(ctx.named_places(j)):
            if pl.end > ref.start:
                continue
            if pl.scope in ("sub", "other") and (pl.name.endswith(want) or want == "区" and "区" in pl.name):
                return pl.name, "home" if pl.scope == "sub" else "other"
    return None


def _org_alias(ctx: ArticleContext, clause: str) -> str | None:
    """中车株洲所 → 中车株洲电力机车研究所有限公司 named earlier in the article."""
    if not _SHORT_ORG.search(clause):
        return None   # no abbreviation here: don't collect the article's organisations
    for org in ctx.orgs:
        k = clause.find(org[:2])
        if k < 0 or len(org) < 5:
            continue
        cand = re.match(r"[\u4e00-\u9fff]{3,8}", clause[k:])
        if not cand:
            continue
        c = cand.group()
        for L in range(len(c), 3, -1):
            if _is_subsequence(c[:L], org) and c[L - 1] in "所司厂团院":
                return org
    return None


_ALL_RECOVERED_NEXT = re.compile(r"[,;]\s*(?:目前|现)?(?:已经?|均已)?(?:全部|均)(?:已)?(?:治愈出院|治愈|出院)")
_SHORT_ORG = re.compile(r"[\u4e00-\u9fff]{2,7}[所司厂团院]")


def _is_subsequence(a: str, b: str) -> bool:
    it = iter(b)
    return all(ch in it for ch in a)


def _quantities_in_trigger_sentences(ctx: ArticleContext) -> list[Quantity]:
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
        for end in sents + [hi]:
            if end >= trig.start() and (start <= trig.start() or search(t, start, end)):
                for m in QUANTITY.finditer(t, start, end):
                    q = parse_quantity(m)
                    if q is not None:
                        out.append(q)
            start = end + 1
        pos = hi + 1


def extract_article(text: str, doc: str = "", published: str | None = None, city: str = "株洲市",
                    keep_other_places: bool = False) -> tuple[list[Record], list[Event]]:
    """All figures (and key events) of one article. Never raises on odd text."""
    city = canonical_city(city)
    rep = repair(text)
    clean = rep.text
    ref, _ = infer_reference(clean, published)
    paras = _paragraphs(clean)
    ctx = ArticleContext(clean, paras, [p.start for p in paras], ref, city)
    ctx.bounds = Bounds(clean, ctx.para_starts)
    quantities = _quantities_in_trigger_sentences(ctx)
    clf = _Classifier(ctx)
    figures: list[Figure] = []
    sentence_key = None
    sentence_figs: list[Figure] = []
    for k, q in enumerate(quantities):
        pi = ctx.para_of(q.start)
        p = paras[pi]
        if p.byline:
            continue
        s_start = ctx.bounds.sentence_start(q.start)
        if (pi, s_start) != sentence_key:
            sentence_key, sentence_figs = (pi, s_start), []
        prev_q = quantities[k - 1] if k and quantities[k - 1].end > s_start else None
        next_q = quantities[k + 1] if k + 1 < len(quantities) else None
        figs = clf.classify(q, prev_q, next_q, sentence_figs, pi)
        sentence_figs.extend(figs)
        figures.extend(figs)
    figures.extend(_none_figures(ctx))
    for fig in list(figures):
        pl = _bracket_place(ctx, fig) if fig.metric in _CASE_COUNT else None
        if pl is not None:
            figures.append(Figure(fig.metric, "", (fig.span[0], fig.q.end + (pl.end - fig.q.end) + 1), fig.q,
                                  "case.bracket_place", fig.para, unit=fig.unit, item_place=pl))

    published_iso = published[:10] if published else ""
    records: list[Record] = []
    body_keys: dict[int, set] = {}
    pending_headlines: list[tuple[Figure, Record]] = []
    seen = set()
    for fig in figures:
        region, scope = _figure_place(ctx, fig)
        if scope in ("other", "local") and not keep_other_places:
            continue
        date = _figure_date(ctx, fig)
        s, e = rep.offsets.span(*fig.span)
        value = fig.q.value if fig.value is None else fig.value
        rec = Record(doc=doc, date=date.isoformat(), region=region, metric=fig.metric,
                     sector=fig.sector, value=value, unit=fig.unit or fig.q.unit,
                     qualifier=fig.q.qualifier, quote=text[s:e], start=s, end=e, rule=fig.rule,
                     published=published_iso, scope=scope)
        key = (rec.date, rec.region, rec.metric, rec.sector, rec.value, rec.start)
        if key in seen:
            continue
        seen.add(key)
        story = paras[fig.para].story
        if paras[fig.para].headline:
            pending_headlines.append((fig, rec))
            continue
        body_keys.setdefault(story, set()).add((rec.metric, rec.value))
        records.append(rec)
    # 无新增本地确诊病例 is the day's figure only when no other (imported) case is reported
    stated = {(r.date, r.region, r.metric) for r in records if r.rule != "case.none_local"}
    records = [r for r in records if r.rule != "case.none_local"
               or (r.date, r.region, r.metric) not in stated]
    # Headlines repeat the story's figures without a date: keep one only if the body lacks it.
    for fig, rec in pending_headlines:
        if (rec.metric, rec.value) not in body_keys.get(paras[fig.para].story, set()):
            records.append(rec)
    events = find_events(ctx, rep, text, doc, published_iso, keep_other_places)
    # "the last patient was discharged" on a stated date: nobody is left in hospital
    for ev in events:
        if ev.kind == "all_recovered" and "最后一" in ev.quote and ev.region == city:
            records.append(Record(doc=doc, date=ev.date, region=city, metric="hospitalized",
                                  sector="", value=0.0, unit="例", qualifier="", quote=ev.quote,
                                  start=ev.start, end=ev.end, rule="event.last_discharged",
                                  published=published_iso))
    records.sort(key=lambda r: (r.start, r.metric))
    return records, events


_ORG_FULL_SUFFIX = re.compile(r"(?:(?:研究所|研究院|集团)?(?:股份有限公司|有限责任公司|有限公司)|研究所|集团)")
_ORG_FULL = re.compile(r"[\u4e00-\u9fff]{4,20}?(?:(?:研究所|研究院|集团)?(?:股份有限公司|有限责任公司|有限公司)|研究所|集团)")
