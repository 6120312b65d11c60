"""The resumption rules: 复工 N 家, 复工率 P%, 到岗 N 人, restored services, a sector's size.
Each figure keeps its sector (企业, 规上工业企业 …) and may belong to a named organisation."""

from __future__ import annotations

import re
from dataclasses import replace

from extract import rules
from extract.clause import LIST_LOOKBACK, TERM_SEP, Clause, ClauseRules, Figure, last_match
from extract.numbers import Quantity, find_quantities
from extract.places import Place, unlisted_scope

# 到信华科技、东金电子…三家公司调研企业复工复产: the firms an inspection visited
_VISITED = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:公司|企业|工厂|项目)?(?:调研|走访|视察|督查|督导|检查|察看|看望|慰问)")
_QI_ZHONG_LEAD = re.compile(r"其中")
_BATCH_RESUMED = re.compile(
    r"(?:一批|部分|多家|一些|大批)[\u4e00-\u9fff]{0,10}?(?:企业|项目|工厂)[\u4e00-\u9fff]{0,4}?(?:复工|复产|开工)"
)
_ALONG_WITH_RESUMING = re.compile(r"[^,，。;；]{0,16}?的(?:复工复产|复工|复产|开工)")
_SITES_IN_ZUO = re.compile(r"(?:煤矿|矿井|矿山|电厂|电站|商务楼宇|楼宇)")


def _sites_in_zuo(q: Quantity, before: str, after: str) -> str:
    """The mines or office buildings a count in 座 counts (49座煤矿, 复工楼宇113座), or "" for
    anything else (a bridge, a tower)."""
    if q.unit != "座":
        return ""
    m = _SITES_IN_ZUO.match(after) or _SITES_IN_ZUO.search(before)
    return m.group() if m else ""


def _along_with_resuming(t: str, s_start: int, q: Quantity, after: str) -> bool:
    """随着…等4座煤矿2月18日的复产,全市…已有54座复产: the few whose resuming led up to the count."""
    return _ALONG_WITH_RESUMING.match(after) is not None and t.find("随着", s_start, q.start) >= 0


# 户 next to an enterprise noun counts enterprises (46户规模以上工业企业, 规模以上企业11户)
_ENTERPRISE_AT = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:企业|工商户|市场主体|商户|租户)")
_ENTERPRISE_BEFORE = re.compile(r"(?:企业|工商户|市场主体|商户|租户|行业)(?:共有|共|有|达|为)?\s*$")

# what a count of enterprises or projects counts, written right before it (规模以上企业11户)
_SIZE_VERB = r"(?:共有|共|有|达|为)?\s*$"  # (规模以上企业有1200户: the verb is not the sector's word)
_SECTOR_BEFORE = re.compile(rules.SECTOR_RE.pattern + r"(?:\([\u4e00-\u9fff]{1,6}\))?" + _SIZE_VERB)

_RATE_OPENING = re.compile(r"\s*(?:其)?(?:" + rules.RESUMPTION_RATE_RE.pattern + r")(?:已)?(?:达到|达|为)?\s*")
_ANY_RATE_WORD = re.compile(rules.RESUMPTION_RATE_RE.pattern + "|" + rules.WORKER_RATE_RE.pattern)
_BARE_TERM = re.compile(r"[\u4e00-\u9fff]{2,3}")
_SIZE_VERB_AFTER = re.compile(_SIZE_VERB)
_PART_OPENS = re.compile(r"其中[,，]?\s*$")
_WHOLE_WORDS = re.compile(r"全[市区县州]|共|摸排")


def _same_kind(a: Quantity, b: Quantity) -> bool:
    """Do two counts count the same things? 家 and 户 both count firms (100家企业已有81户复产)."""
    return a.unit == b.unit or {a.unit, b.unit} == {"家", "户"}


_LONG_NOUN_ALL_RESUMED = re.compile(
    r"[^\d,;。:()]{1,60}?(?:企业|项目|单位|工厂|商户)(?=" + rules.ALL_RESUMED_RE.pattern.removeprefix(",?") + ")"
)


def _all_resumed_after_long_noun(t: str, at: int, c_end: int, sector: str) -> tuple[re.Match | None, str]:
    """全部复工 after a noun longer than a sector's words (涉及保障城市运行必需、疫情防控必需…的
    相关企业): the whole noun is what resumed, all of it."""
    m = _LONG_NOUN_ALL_RESUMED.match(t, at, c_end)
    if m is None:
        return None, sector
    return rules.ALL_RESUMED_RE.match(t, m.end(), c_end), rules.clean_sector(sector + m.group())


# 复工企业中, 已复工的企业中: a header saying the counts after it resumed
_RESUMED_HEADER = re.compile(r"(?:已)?(?:复工复产|复工|复产)(?:的)?(?:企业|单位|项目)(?:中|当中)\s*[,，:：]\s*$")
_RESPECTIVE_VERB = re.compile(rules.RESPECTIVELY_RE.pattern + "$")
_SUPPLIED_BEFORE = re.compile(r"配备|配发|发放|调配|调拨|捐赠|捐助|配送|赠送|分发|筹集|筹措")
_DESTINATION_BEFORE = re.compile(r"(?<![达增升])到$|赴$|前往$")
_CLOSED_BRACKET = re.compile(r"\([^()]*\)")
_PART_OPENER = re.compile(r"[^,;。()]{0,12}?[,(]其中[,:]?")
_NEXT_PART = re.compile(r"[,、;]")
_NOT_YET = re.compile(r"待|拟|未|计划|准备|申请")
_PLANNED_BEFORE_VERB = re.compile(r"将|拟|计划|准备|预计|近期")


def _workers_named_before(before: str, q: Quantity) -> re.Match | None:
    """复工员工29775人, 返岗的172名员工: the words before a count of people that make it workers
    back (not 返岗的一名工作人员说: one worker speaking)."""
    m = last_match(rules.WORKER_NOUN_BEFORE, before)
    if m is not None and "企业" in m.group() and _WORKFORCE_AFTER.match(before, m.end()):
        return None  # 120户复工复产企业员工总人数30847人: the resumed firms' whole staff, not those back
    return None if m is not None and m.group().endswith("的") and q.value <= 1 else m


def _other_count_between(t: str, fig: Figure, end: int) -> bool:
    """停产企业8户,占比6.2%: a count between a figure and a share, the share's own (not a change of
    the figure: 复工4052家,较前一天增加27家,占…87.5% is still the share resumed)."""
    between = [x for x in find_quantities(t, fig.q.end, end) if x.unit != "%"]  # (rates between: figures)
    return bool(between) and not _CHANGE_BEFORE.search(t, max(fig.q.end, between[-1].start - 6), between[-1].start)


_CHANGE_BEFORE = re.compile(r"(?:增加|新增|减少|增长|下降)$")
_WORKFORCE_AFTER = re.compile(r"(?:总人数|总数|人数)(?:为|达|共|有)?$")


def _share_of_count_before(q: Quantity, sentence_figs: list[Figure]) -> bool:
    """4家混凝土企业,已复产3家,复产率75%: the share of the firms just counted, not output."""
    return bool(sentence_figs) and sentence_figs[-1].metric == "resumed" and q.start - sentence_figs[-1].q.end <= 12


class ResumptionRules(ClauseRules):
    """The resumption branch of the classifier (Classifier._resumption)."""

    # -- work resumption ---------------------------------------------------------------
    def _all_of_sector(self, q: Quantity, sentence_figs: list[Figure], sector: str, rate: Figure) -> list[Figure]:
        """规模以上工业企业复工复产89家,复工率100%: all of them, so the sector counts 89 (implied by
        the full rate, its own rule id) — unless the sentence gave the sector's size already."""
        prev = sentence_figs[-1] if sentence_figs else None
        if (
            q.value != 100
            or prev is None
            or prev.metric != "resumed"
            or prev.sector != sector
            or any(f.metric == "sector_total" and f.sector == sector for f in sentence_figs)
        ):
            return []
        return [replace(prev, metric="sector_total", span=(prev.span[0], rate.span[1]), rule="resume.full_rate_total")]

    def _resumption(self, c: Clause) -> list[Figure]:
        return self._part_of_resumed(c.q, c.sentence_figs, c.pi) or self._resumption_figures(c)

    def _resumption_figures(self, c: Clause) -> list[Figure]:
        t, q, pi, sentence_figs, next_q = self.t, c.q, c.pi, c.sentence_figs, c.next_q
        before, after, after_to_next, item_start = c.before, c.after, c.after_to_next, c.item_start
        c_start, c_end, s_start = c.start, c.end, c.sentence_start
        if q.unit == "%":
            m = last_match(rules.RESUMPTION_RATE_RE, before)
            w = last_match(rules.WORKER_RATE_RE, before)
            if w is not None and (m is None or w.start() > m.start()):
                return [
                    self._fig(
                        "worker_return_rate",
                        q,
                        item_start + w.start(),
                        q.end,
                        pi,
                        self._sector(s_start, q.start, sentence_figs, default=""),
                        "resume.worker_rate",
                    )
                ]
            if (
                m is not None
                and m.group() == "复产率"
                and t.find("复工率", max(self.ctx.paras[pi].start, q.start - 600), item_start + m.start()) >= 0
                and not _share_of_count_before(q, sentence_figs)
            ):
                return []  # 复工率达到90%，…复产率达到54.9%: beside the share resumed, output restored
            if m is not None and self._rate_of_workers(m.group(), q, sentence_figs):
                return [
                    self._fig(
                        "worker_return_rate",
                        q,
                        item_start + m.start(),
                        q.end,
                        pi,
                        self._sector(s_start, q.start, sentence_figs, default=""),
                        "resume.worker_rate_after_workers",
                    )
                ]
            if m is not None:
                sector = self._sector(s_start, q.start, sentence_figs, default="")
                rate = self._fig("resumption_rate", q, item_start + m.start(), q.end, pi, sector, "resume.rate")
                return [rate, *self._all_of_sector(q, sentence_figs, sector, rate)]
            share = rules.RESUMED_SHARE_BEFORE.search(t, c_start, q.start)
            share_fig = (
                next((f for f in reversed(sentence_figs[-3:]) if f.metric in ("resumed", "workers_returned")), None)
                if share
                else None
            )
            if (
                share is not None
                and share_fig is not None
                and (
                    rules.OTHER_MEASURE.search(t, share_fig.q.end, q.start)
                    or _other_count_between(t, share_fig, share.start())
                )
            ):
                # 已复工的1010家…，2019年产值约3320亿元，占全市的99.1%: a share of output; 120户企业复工复产,…;
                # 停产企业8户,占比6.2%: the share of the count just before it, no figure of ours
                share_fig = None
            share_of = share_fig.metric if share_fig is not None else None
            if share is not None and share_of is not None:  # 已复工59户，占…的91% / 返工人员8628人，占比为75.8%
                return [
                    self._fig(
                        "resumption_rate" if share_of == "resumed" else "worker_return_rate",
                        q,
                        share.start(),
                        q.end,
                        pi,
                        self._sector(s_start, q.start, sentence_figs, default=""),
                        "resume.share",
                    )
                ]
            if rules.OUTPUT_SHARE_BEFORE.search(before):
                return []  # 25户占工业总产值80%的重点工业企业: a share of output that names the firms
            vb = rules.RATE_BY_VERB_BEFORE.search(before)
            va = rules.RATE_BY_VERB_AFTER.match(after) if vb is None else None
            if vb is not None or va is not None:
                start = item_start + vb.start() if vb is not None else q.start
                end = q.end + va.end() if va is not None else q.end
                sector = self._sector(s_start, q.start, sentence_figs, default="")
                rate = self._fig("resumption_rate", q, start, end, pi, sector, "resume.rate_by_verb")
                # (only within the count's clause: 已复工…26家,新开工2家,…实现100%复工 is a share of more)
                same_clause = (
                    bool(sentence_figs) and sentence_figs[-1].q.end >= self.ctx.bounds.clause(q.start, q.end)[0]
                )
                return [rate, *(self._all_of_sector(q, sentence_figs, sector, rate) if same_clause else [])]
            wa = rules.WORKER_RATE_AFTER.match(after)
            if wa is not None:
                return [
                    self._fig(
                        "worker_return_rate",
                        q,
                        q.start,
                        q.end + wa.end(),
                        pi,
                        self._sector(s_start, q.start, sentence_figs, default=""),
                        "resume.worker_rate_by_verb",
                    )
                ]
            return []
        if (
            (q.unit == "人" or (q.unit == "家" and _DESTINATION_BEFORE.search(t, max(0, q.start - 3), q.start)))
            and rules.WORKERS_LEAVING.search(
                t, self.ctx.bounds.full_sentence_start(q.start), self.ctx.bounds.sentence_end(q.end)
            )
            and not rules.WORKERS_BROUGHT_BACK_ANY.search(t, c_start, q.start)
        ):
            return []  # workers leaving for jobs elsewhere (输送1631名…到898家广东企业) are not the place's
        back = rules.WORKERS_BROUGHT_BACK_NOUN_FIRST.search(before) if q.unit == "人" else None
        if back is not None:  # 共免费接送员工200余人: the workers named before their count
            sector = self._sector(s_start, q.start, sentence_figs, default="")
            return [
                self._fig(
                    "workers_returned", q, item_start + back.start(), q.end, pi, sector, "resume.workers_brought_back"
                )
            ]
        if (
            q.unit == "人"
            and rules.WORKERS_BROUGHT_BACK.search(before)
            and re.match(r"(?:员工|职工|工人|务工人员)", after)
        ):
            return [
                self._fig(
                    "workers_returned",
                    q,
                    q.start,
                    q.end + 2,
                    pi,
                    self._sector(s_start, q.start, sentence_figs, default=""),
                    "resume.workers_brought_back",
                )
            ]
        if q.unit == "人":
            m = _workers_named_before(before, q)
            if m is not None:
                return [
                    self._fig(
                        "workers_returned",
                        q,
                        item_start + m.start(),
                        q.end,
                        pi,
                        self._sector(s_start, q.start, sentence_figs, default=""),
                        "resume.workers_before",
                    )
                ]
            m = rules.WORKER_AFTER.match(after)
            if m is not None:
                return [
                    self._fig(
                        "workers_returned",
                        q,
                        q.start,
                        q.end + m.end(),
                        pi,
                        self._sector(s_start, q.start, sentence_figs, default=""),
                        "resume.workers_after",
                    )
                ]
            return []
        if q.unit in ("条", "台", "辆") and (svc_after := self._service_named_after(q, before, after, pi)):
            return svc_after
        if q.unit in ("条", "台", "辆", "个"):
            svc = rules.SERVICE_NOUN_RE.search(before)
            # 已恢复道路客运班线170条，客车497台；城市公交线路31条: the verb governs the whole
            # enumeration, across "；", up to the full stop
            if svc is not None and rules.SERVICE_VERB_RE.search(
                t, self.ctx.bounds.full_sentence_start(q.start), q.start
            ):
                return [
                    self._fig(
                        "services_resumed",
                        q,
                        item_start + svc.start(),
                        q.end,
                        pi,
                        rules.clean_sector(svc.group()),
                        "resume.services",
                    )
                ]
        if q.unit not in ("家", "个", "户", "项") and not _sites_in_zuo(q, before, after):
            return []  # 户: enterprises too (复工复产3327户); 项: projects; 座: mines (49座煤矿)
        if (
            q.unit == "户"
            and not rules.RESUME_VERB_RE.search(t, c_start, c_end)
            and not (
                _ENTERPRISE_AT.match(after) or _ENTERPRISE_BEFORE.search(before)
            )  # 46户规模以上工业企业中，已有36户复工: enterprises, the sentence says what resumed
        ):
            return []  # 户 counts households unless its clause says something resumed
        if q.unit not in ("家", "户", "项") and _SUPPLIED_BEFORE.search(t, c_start, q.start):
            return []  # 为复产复工企业配备体温计391个、口罩124489个: supplies for the firms, not firms
        if (
            rules.NEW_STARTS_BEFORE.search(before)
            or _along_with_resuming(t, s_start, q, after)
            or _VISITED.match(after)
        ):
            return []  # 新开工2家: new starts; 随着…等4座煤矿2月18日的复产: the few that led up to a count
        if rules.NOT_YET_RESUMED_AFTER.search(t, q.end, c_end) or rules.APPLIED_BEFORE.search(before):
            return []  # 其余3家企业正在开展复产准备工作, 尚未复工; 提出申请复工56户: not resumed
        if rules.SIZE_BEFORE.search(before):
            # 应复工涉农企业367家，已复工363家: what should resume is the sector's size
            return [
                self._fig(
                    "sector_total",
                    q,
                    item_start,
                    q.end,
                    pi,
                    self._sector(s_start, q.start, sentence_figs),
                    "resume.sector_total",
                )
            ]
        if rules.PLACE_COUNT_AFTER.match(after):
            return []  # 30个镇街, 其余16个市州: a count of places, not of what resumed
        # the sector: the noun right after the unit (321家规模工业企业), else the nearest before
        sec_after = rules.SECTOR_RE.match(after)
        if sec_after and rules.NOT_SECTOR_RE.search(sec_after.group()):
            sec_after = None
            if q.chinese or q.value >= 10_000:
                return []  # 5万个口罩支持重点项目复工: masks, not projects
        sector = rules.clean_sector(sec_after.group()) if sec_after else _sites_in_zuo(q, before, after)
        span_end = q.end + (sec_after.end() if sec_after else 0)
        if (sec_after is None and re.match(r"^[\u4e00-\u9fff]{1,3}(?:组|队|人|次|天|批|个)", after)) or (
            rules.TEAM_AFTER.match(after)
        ):
            return []  # 6个指导组, 5个工业企业复工复产督导工作小组: teams, not what resumed
        # N个重点项目已(经有/开工)M个: N is the sector's size, M what resumed
        if sec_after and next_q is not None and _same_kind(q, next_q):
            between = t[q.end + sec_after.end() : next_q.start]
            if (
                len(between) <= 12
                and rules.RESUME_VERB_RE.search(t, q.end, self.ctx.bounds.sentence_end(q.end))
                and re.fullmatch(
                    r"(?:中|里|,|已经|目前|现已|已|有|的|实现|建设|生产|合计|累计|共计|共|" + rules.RESUME_VERB + r")*",
                    between,
                )
            ):
                return [self._fig("sector_total", q, q.start, span_end, pi, sector, "resume.sector_total")]
        # 410个重点项目全部复工 / 重点农产品生产企业45家，全部复工复产: the sector's size,
        # and resumed = that size (implied by 全部, so its own rule id)
        all_of = self._all_resumed(c, span_end, sector, sec_after is not None)
        if all_of:
            return all_of
        # 全市共有规模工业企业1200家，已复工1100家: the first is the sector's size
        if (
            re.search(r"共有|总共|共计|总数|共$", before)
            and not rules.RESUME_VERB_RE.search(before + after_to_next)
            and rules.RESUME_VERB_RE.search(t, q.end, self.ctx.bounds.sentence_end(q.end))
        ):
            return [
                self._fig(
                    "sector_total",
                    q,
                    item_start,
                    span_end,
                    pi,
                    sector or self._sector(s_start, q.start, sentence_figs),
                    "resume.sector_total",
                )
            ]
        clause = t[c_start:c_end]
        if not rules.RESUME_VERB_RE.search(clause):
            # 临夏市规模以上企业11户，复产9户 / 重点商务楼宇257个，已开工244个: what is counted
            # first, with no verb, is the size of what the next clause says resumed
            lo = item_start
            if t[c_start - 1 : c_start] == ")":  # 重点商务楼宇(园区)257个: the noun before the bracket
                lo = max(s_start, t.rfind("(", s_start, c_start), c_start - 40)
                lo = self.ctx.bounds.clause(lo, lo + 1)[0] if lo > s_start else s_start
            sec_before = _SECTOR_BEFORE.search(t, lo, q.start)
            if (
                sec_after
                or (
                    sec_before
                    and (
                        self._names_whole(lo, q, pi)
                        or (next_q is not None and next_q.unit == "%")
                        or self._names_again(sec_before.group(), next_q)
                    )
                )
            ) and self._resumed_next(q, next_q, c_end):
                sector = sector or rules.clean_sector(
                    _SIZE_VERB_AFTER.sub("", sec_before.group()) if sec_before else ""
                )
                start = sec_before.start() if sec_before and not sec_after else q.start
                return [self._fig("sector_total", q, start, span_end, pi, sector, "resume.sector_size")]
            return self._under_resumed_header(c, item_start)
        if not sector:
            sector = self._sector(c_start, q.start, sentence_figs, default="")
            if not sector:
                sector = self._sector(s_start, q.start, sentence_figs, default="企业" if q.unit == "家" else "")
            if not sector:
                return []
        verb_b = last_match(rules.RESUME_VERB_RE, before)
        if verb_b is not None and before.endswith(("未", "没有", "未能"), 0, verb_b.start()):
            return []  # 尚未复产两户: what has not resumed
        start = item_start + (verb_b.start() if verb_b else 0)
        sec_b = last_match(rules.SECTOR_RE, before)
        if sec_b is not None:
            start = min(
                start, item_start + sec_b.start() + (len(sec_b.group()) - len(rules.clean_sector(sec_b.group())))
            )
        end = span_end
        va = rules.RESUME_VERB_RE.search(after) if verb_b is None else None
        if va is not None:
            end = q.end + va.end()
        if va is not None and _PLANNED_BEFORE_VERB.search(after, 0, va.start()):
            return []  # …等38家企业也将从2月10日起陆续复工, 21户企业计划近期复产: a plan
        resumed = self._fig("resumed", q, start, end, pi, sector, "resume.count")
        if va is not None and rules.RESUMPTION_RATE_RE.match(after, va.start()) and next_q and next_q.unit == "%":
            # 350户规模以上工业企业复工率达56%: the 复工 is its rate's word; the count is the whole
            # (438家药店复市率100%: all of them, resumed too)
            size = self._fig("sector_total", q, start, span_end, pi, sector, "resume.sector_size")
            return [size] if next_q.value != 100 else [size, resumed]
        return [resumed]

    def _listed_rate(self, q: Quantity, c_start: int, s_start: int, sentence_figs: list[Figure], pi: int):
        """A rate every place of a named list has: A、B、C(…)复工率均达100% / D、E均在90%以上 (the
        rate word of the clause before). A term the gazetteer doesn't know stands as written when
        at least two others are places (东侨 among 宁德's counties)."""
        t = self.t
        bound = rules.GROUP_BOUND_BEFORE.search(t, c_start, q.start)
        if bound is None:
            return []
        head_end = bound.start()
        rate = last_match(_ANY_RATE_WORD, t[c_start:head_end])
        metric: str | None
        if rate is not None:
            metric = "worker_return_rate" if rules.WORKER_RATE_RE.fullmatch(rate.group()) else "resumption_rate"
            head_end = c_start + rate.start()
        else:
            metric = next(
                (
                    f.metric
                    for f in reversed(sentence_figs[-3:])
                    if f.metric in ("resumption_rate", "worker_return_rate") and f.item_place is not None
                ),
                None,
            )
            if metric is None:
                return []
        places = {pl.start: pl for pl in self.ctx.places(pi, q.start) if c_start <= pl.start < head_end}
        items: list[Place] = []
        pos = c_start
        terms = TERM_SEP.split(t[c_start:head_end])
        for k, term in enumerate(terms):
            start = t.find(term, pos)
            pos = start + len(term)
            pl = places.get(start)
            last = k == len(terms) - 1
            if pl is not None and pl.scope in ("sub", "zone", "home", "other") and (pl.end == pos or last):
                if last and pl.end < pos and not rules.SECTOR_RE.fullmatch(t, pl.end, pos):
                    return []
                items.append(pl)
            elif _BARE_TERM.fullmatch(term) and not last:
                items.append(Place(start, pos, term, unlisted_scope(term, self.ctx.city)))
            else:
                return []
        if len(items) < 2 or sum(1 for pl in items if pl.start in places) < 2:
            return []
        sector = self._sector(s_start, q.start, sentence_figs, default="")
        out = []
        for pl in items:
            fig = self._fig(metric, q, pl.start, q.end, pi, sector, "resume.rate_list")
            fig.item_place = pl
            out.append(fig)
        return out

    def _names_whole(self, lo: int, q: Quantity, pi: int) -> bool:
        """Does the clause count a whole — a place opens it (临夏市规模以上企业11户) or it says
        all (全区…257个, 共入驻企业11211家, 共摸排…504户), or it is a part named as a whole of its own
        (其中，限上餐饮企业463家) or what a place has (牛肉面馆有1000余家)?"""
        if _PART_OPENS.search(self.t, max(0, lo - 4), lo) or self.t.endswith("有", lo, q.start):
            return True
        return bool(_WHOLE_WORDS.search(self.t, lo, q.start)) or any(
            pl.start == lo and pl.scope in ("sub", "zone", "home") for pl in self.ctx.places(pi, q.start)
        )

    def _all_resumed(self, c: Clause, span_end: int, sector: str, sector_after: bool) -> list[Figure]:
        """sector_total and resumed for a count all of which resumed (…全部复工), else none."""
        t, q = self.t, c.q
        m_all = rules.ALL_RESUMED_RE.match(t, span_end)
        long_noun = False
        if m_all is None and q.unit in ("家", "户"):  # 185户涉及保障…、…的相关企业已全部恢复生产
            m_all, sector = _all_resumed_after_long_noun(t, span_end, c.end, sector or "")
            long_noun = m_all is not None
        if not (m_all and (sector_after or long_noun or t[span_end] == ",")):
            return []
        if not sector:
            sector = self._sector(c.start, q.start, c.sentence_figs, default="")
        if not sector:
            return []
        end = m_all.end()
        return [
            self._fig("sector_total", q, q.start, end, c.pi, sector, "resume.sector_total"),
            self._fig("resumed", q, q.start, end, c.pi, sector, "resume.all_resumed"),
        ]

    def _under_resumed_header(self, c: Clause, item_start: int) -> list[Figure]:
        """复工企业中,内资企业、外资企业分别为17718家、392家: the header says they resumed; each
        count is its term's (the words before it, a 分别 list's k-th term)."""
        q, t = c.q, self.t
        if q.unit not in ("家", "户") or not _RESUMED_HEADER.search(t, max(c.sentence_start, c.start - 16), c.start):
            return []
        sector = rules.clean_sector(_RESPECTIVE_VERB.sub("", c.before).strip(" 、,，")) or "企业"
        return [self._fig("resumed", q, item_start, q.end, c.pi, sector, "resume.count")]

    def _names_again(self, sector: str, next_q: Quantity | None) -> bool:
        """Does the next count's clause name the same kind of thing (楼宇内的规上企业275家，
        已复工企业195家): then the first count is the size of what the second says resumed."""
        head = rules.clean_sector(sector)[-2:]
        if next_q is None or len(head) < 2:
            return False
        n_start = self.ctx.bounds.clause(next_q.start, next_q.end)[0]
        return head in self.t[n_start : next_q.start] or self.t.startswith(head, next_q.end)

    def _resumed_next(self, q: Quantity, next_q: Quantity | None, c_end: int) -> bool:
        """Is the next quantity, in the very next clause of the sentence, a count in the same unit
        that its clause says resumed (复产9户, 已开工244个)? A bracket between is passed over
        (重点调度的31户企业(占全省规上工业比重70%左右)复产复工29户)."""
        t = self.t
        if t.startswith("(", c_end):
            close = t.find(")", c_end, c_end + 40)
            following = find_quantities(t, close + 1, self.ctx.bounds.sentence_end(q.end)) if close > 0 else []
            next_q, c_end = (following[0], close) if following else (None, c_end)
        if next_q is None or next_q.start > self.ctx.bounds.sentence_end(q.end):
            return False
        n_start, n_end = self.ctx.bounds.clause(next_q.start, next_q.end)
        if n_start != c_end + 1:
            return False
        if next_q.unit == "%":  # 食品行业132户，开复工率92.3%: the count the rate is of
            return bool(_RATE_OPENING.fullmatch(self.t, n_start, next_q.start))
        if (
            not _same_kind(q, next_q)
            or next_q.value > q.value  # what resumed is part of the whole
            or rules.SIZE_BEFORE.search(self.t, n_start, next_q.start)
        ):
            return False
        return bool(rules.RESUME_VERB_RE.search(self.t, n_start, n_end))

    def _rate_of_workers(self, word: str, q: Quantity, sentence_figs: list[Figure]) -> bool:
        """用工8606人，目前到岗5363人，复工率62.32%: a 复工率 right after workers counted, in a
        part of the sentence that counts no enterprise, is the share of workers back."""
        if word != "复工率":
            return False
        part = self.ctx.bounds.sentence_id(q.start)
        own = []
        for f in reversed(sentence_figs[-LIST_LOOKBACK:]):  # bounded: linear time
            if f.q.start < part:
                break
            own.append(f)
        return (
            bool(own)
            and own[0].metric == "workers_returned"
            and not any(f.metric in ("resumed", "sector_total", "resumption_rate") for f in own)
        )

    def _part_of_resumed(self, q, sentence_figs, pi) -> list[Figure]:
        """已复工868户(其中2019年产值达亿元以上企业284户): a part of what resumed, its own sector."""
        t = self.t
        prev = sentence_figs[-1] if sentence_figs else None
        if prev is None and q.unit in ("家", "个", "户"):
            return self._part_of_a_batch(q, pi)
        if prev is None or prev.metric != "resumed" or prev.q.unit != q.unit:
            return []
        # right after it: (其中…N户) or ,其中涉及疫情防控企业248家; or the next part of its list
        # (其中工业企业474家,商贸业企业312家…)
        opener = (_NEXT_PART if prev.rule == "resume.part" else _PART_OPENER).match(t, prev.span[1], q.start)
        if opener is None or t.find(")", opener.end(), q.start) >= 0:
            return []
        opener_end = opener.end()
        if rules.RESUME_VERB_RE.search(t, opener_end, q.start):
            return []  # 其中3家已复产: its own verb, read as its own figure
        sec = last_match(rules.SECTOR_RE, t[opener_end : q.start])
        whole = next((f for f in reversed(sentence_figs[-LIST_LOOKBACK:]) if f.rule != "resume.part"), prev)
        if sec is None or q.value > whole.number:
            return []
        if prev.rule == "resume.part" and _NOT_YET.search(t, opener_end, q.start):
            return []  # …其中规模以上企业45家,待审批企业71家: not a sector, another state
        start = opener_end + sec.start()
        return [self._fig("resumed", q, start, q.end, pi, rules.clean_sector(sec.group()), "resume.part")]

    def _part_of_a_batch(self, q: Quantity, pi: int) -> list[Figure]:
        """我市一批农业企业提前复工,其中市级以上农业龙头企业9家: the counted part of a batch the
        clause before says resumed (the batch has no count of its own)."""
        t = self.t
        c_start = self.ctx.bounds.clause(q.start, q.end)[0]
        lead = _QI_ZHONG_LEAD.match(t, c_start, q.start)
        if lead is None or not _BATCH_RESUMED.search(t, self.ctx.bounds.sentence_start(c_start - 1), c_start):
            return []
        sec = rules.SECTOR_RE.fullmatch(t, lead.end(), q.start)
        if sec is None:
            return []
        return [self._fig("resumed", q, lead.end(), q.end, pi, rules.clean_sector(sec.group()), "resume.part")]

    def _sector(self, lo, hi, sentence_figs, default="企业") -> str:
        # a bracket's own sector (…868户(其中亿元以上企业284户),复工率93.1%) is not the clause's
        m = last_match(rules.SECTOR_RE, _CLOSED_BRACKET.sub(lambda b: " " * len(b.group()), self.t[lo:hi]))
        if m is not None:
            return rules.clean_sector(m.group())
        for f in reversed(sentence_figs[-20:]):  # a sector carries over a list, not a page
            if f.sector and f.rule != "resume.part":
                return f.sector
        return default

    def _service_named_after(self, q, before: str, after: str, pi: int) -> list[Figure]:
        """54条公交线路全部恢复运营 (the verb after the noun), 开通16条线路 (the verb before it)."""
        m = rules.SERVICE_AFTER_RE.match(after)
        if m is None or not (
            m.group("verb")
            or rules.SERVICE_VERB_BEFORE_COUNT.search(before)
            # 恢复市区2路、6路、42路共3条公交线路运营: the verb before the routes the count sums
            or rules.SERVICE_VERB_BEFORE_LIST.search(self.t, self.ctx.bounds.clause(q.start, q.end)[0], q.start)
        ):
            return []
        return [
            self._fig(
                "services_resumed",
                q,
                q.start,
                q.end + m.end("noun"),
                pi,
                rules.clean_sector(m.group("noun")),
                "resume.services_after",
            )
        ]

    def _fig(self, metric, q, start, end, pi, sector, rule):
        return Figure(metric, sector, (start, end), q, rule, pi, unit=q.unit, org_ok=True)
