"""Classification: what a quantity counts (its metric and sector) from the words around it.

Case figures combine a family (确诊, 出院 …) with a modifier (新增, 累计, 现有); the
combination is a table in rules.py. Resumption figures (复工 N 家, 复工率 P%, 到岗 N 人,
restored services) have their own branch. None-statements (无新增确诊病例) are figures of 0.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from extract import rules
from extract.case_rules import CASE_COUNT, SENTENCE_END_LIST, CaseRules, imported_only, last_modifier
from extract.clause import TERM_SEP, Clause, Figure, last_match_in
from extract.numbers import Quantity, find_quantities
from extract.places import Place
from extract.resumption_rules import ResumptionRules
from extract.segment import ArticleContext, candidate_quantities

_RESTATED_WINDOW = 3000  # how far back a header's count is looked for (bounded: linear time)
# (含1例重型): a part of the count right before it, in brackets
_PART_BRACKET = re.compile(r"[(（](?:含|包括|其中)[^()（）]{0,30}[)）]")
_EACH_JOINS = ("和", "、", "及", "与")
_PLACE_ENDS = ("省", "州", "市", "区", "县", "旗", "盟")
_SEVERITY = frozenset(("severe", "severe_new", "critical", "critical_total"))
_PART_LEAD = re.compile(r"\s*(?:包括|其中|含)")


def _outcome_before(t: str, c_start: int, sentence_figs: list[Figure]) -> bool:
    """Does the clause (包括4位重症患者) break down the discharges or deaths just counted?"""
    return (
        bool(sentence_figs)
        and sentence_figs[-1].metric.startswith(("recovered", "deaths"))
        and _PART_LEAD.match(t, c_start) is not None
    )


_PART_OPENINGS = ("(含", "（含")
_PART_OF_OUTCOME = re.compile(r"[)）]\s*(?:均|都)?(?:已经|已)?(?:临床)?(?:治愈|康复|痊愈)?(?:出院|死亡|病亡|离世)")
_RATE_WORDS = re.compile(r"(?:的)?(?:" + rules.RESUMPTION_RATE_RE.pattern + "|" + rules.WORKER_RATE_RE.pattern + ")")


class Classifier(CaseRules, ResumptionRules):
    """Decides the metric of each quantity from the words of its clause and sentence: the
    case rules (case_rules.py) or the resumption rules (resumption_rules.py)."""

    def classify(
        self, q: Quantity, prev_q: Quantity | None, next_q: Quantity | None, sentence_figs: list[Figure], pi: int
    ) -> list[Figure]:
        t = self.t
        p = self.ctx.paras[pi]
        c_start, c_end = self.ctx.bounds.clause(q.start, q.end)
        s_start = self.ctx.bounds.sentence_start(q.start)
        if rules.FROM_BASELINE.search(t, max(c_start, q.start - 8), q.start) and rules.CHANGE_TO_AFTER.match(t, q.end):
            return []  # 从8人倍增至16人: where the change started, not a figure
        if _bound_then_count(t, q, next_q):
            return []  # 已经突破6000宗确诊个案,急增至6295人: the mark passed, then the count itself
        if prev_q is not None and _bound_then_count(t, prev_q, q):
            c_start, prev_q = self.ctx.bounds.clause(prev_q.start, prev_q.end)[0], None  # its words are this one's
        if prev_q is not None and rules.FROM_BASELINE.search(t, max(c_start, prev_q.start - 8), prev_q.start):
            prev_q = None  # …从8人倍增至16人: the 16's words are the clause's, not after the 8
        item_start = max(
            c_start, t.rfind("、", c_start, q.start) + 1, prev_q.end if prev_q and prev_q.end > c_start else c_start
        )
        before = t[item_start : q.start]
        resp = _respectively(t, c_start, q, pi, self.ctx)
        if resp is not None and q.unit == "%" and self._term_place(resp, pi, q) is not None:
            return self._respective_rate(
                Clause(q, pi, c_start, c_end, s_start, item_start, before, "", "", sentence_figs, next_q), resp
            )
        if resp is not None:
            before, item_start, _words = resp
        after_end = c_end
        after = t[q.end : after_end]
        part = _PART_BRACKET.match(t, q.end) if after_end == q.end else None
        if part is not None:  # 其中6例(含1例重型)已经治愈出院: the count's words come after the bracket
            after_end = self.ctx.bounds.clause(part.end(), part.end())[1]
            after = " " * (part.end() - q.end) + t[part.end() : after_end]  # (blanked: offsets kept)
        after_to_next = t[q.end : next_q.start] if next_q and next_q.start < c_end else after

        def clause() -> Clause:
            return Clause(
                q, pi, c_start, c_end, s_start, item_start, before, after, after_to_next, sentence_figs, next_q
            )

        # 一名患者, 一人一案: a Chinese 一 is an article or idiom unless a modifier counts it
        mod_before = last_modifier(before)
        if (
            q.chinese
            and q.value == 1
            and (mod_before is None or mod_before.group() == "最后")
            and not _next_in_list(t, q, sentence_figs)
        ):
            return []
        if (
            q.raw_unit == "名"
            and t.endswith("前", 0, q.start)
            and t[q.start - 2 : q.start - 1] not in _WORDS_ENDING_QIAN
        ):
            return []  # 确诊病例数前3名: a ranking's length, no count
        if q.value == 1 and rules.NAMED_PATIENT_AFTER.match(after):
            return []  # 还有一名来自开江的确诊患者李某治愈出院: one named patient's story, not a count
        if (
            q.unit in rules.CASE_UNITS
            and q.value > 1
            and rules.RESTATED_BEFORE.search(t, max(p.start, q.start - 5), q.start)
        ):
            return []  # 这3名患者确诊后…: the patients counted before, pointed back at
        if q.unit in rules.CASE_UNITS and (
            rules.NOT_A_COUNT_AFTER.match(t, q.end)
            or rules.ASYMPTOMATIC_SENTENCE.match(t, self.ctx.bounds.full_sentence_start(q.start))
            or rules.EXCEPT_BEFORE.search(t, max(c_start, q.start - 30), q.start)
            or rules.SUBSET_KIND_BEFORE.search(t, max(c_start, q.start - 16), q.start)
            or rules.CONTACT_OF_BEFORE.search(t, max(c_start, q.start - 30), q.start)
            or rules.CLUSTER_IN_CLAUSE.search(t, c_start, q.start)
            or _severity_shift(t, s_start, q.start)
            or rules.PER_CAPITA_BEFORE.search(t, max(c_start, q.start - 16), q.start)
        ):
            return []  # 322人无症状, 1149名疑似人员正在接受检测, 邮轮以外的…83人: no place's count
        if (
            q.unit in rules.CASE_UNITS
            and _PART_OF_OUTCOME.match(t, c_end)
            and t[c_start - 1 : c_start + 1] in _PART_OPENINGS
        ):
            return []  # 6例(含1例重型)已经治愈出院: how ill one of the discharged was, no count of the severe
        if q.qualifier == "about" and rules.DAILY_AVERAGE_BEFORE.search(t, s_start, q.start):
            return []  # 近几日每天新增确诊病例1500例左右: a typical day of late, no day's count
        if t[max(p.start, q.start - 2) : q.start].endswith(("无", "没有")):
            return []  # 无一例: a none-statement, handled by _none_figures
        if (
            rules.FORECAST_OPENING.match(t, s_start)
            or rules.FORECAST_CLAUSE_BEFORE.search(t, max(s_start, c_start - 16), c_start)
            or rules.MODAL_BEFORE.search(t, c_start, q.start)
        ):
            return []  # 预计本周内,…复工率超过50%; 预计2月29日,…可达到100%: a forecast
        # (a closed bracket before the count is its own: …(…共订正核减279例),新增治愈出院病例1209例)
        if rules.NOT_A_COUNT_BEFORE.search(
            t, max(c_start, t.rfind("、", c_start, q.start) + 1, t.rfind(")", c_start, q.start) + 1), q.start
        ):
            return []  # 核减…病例19例, 订正重复报告病例195例, 预计…: corrections, forecasts
        if q.unit == "%" and rules.GROUP_BOUND_BEFORE.search(before):
            listed = self._listed_rate(q, c_start, s_start, sentence_figs, pi)
            if listed:
                return listed  # 蕉城、东侨、福鼎规上工业企业复工率均达100%: each place named has it
        if (
            q.unit in rules.CASE_UNITS
            and q.qualifier in ("more_than", "less_than")
            and rules.THRESHOLD_AFTER.match(t, q.end)
        ):
            return []  # 住院病例超过10例的…还剩4市: a bound that picks out places
        if (
            rules.GROUP_BOUND_BEFORE.search(before)
            or rules.CLUSTER_BEFORE.search(before)
            or (t.find("个", c_start, q.start) >= 0 and rules.COUNTED_REGIONS_BEFORE.search(t, c_start, q.start))
        ):  # 均超过100例 (each of a group), 与第31例有关的确诊病例 (a cluster), 5个省区…为0 (each)
            return []
        if (
            q.unit in rules.CASE_UNITS
            and (rules.HEADER_COUNT_AFTER.match(t, q.end) or rules.RESTATING_HEADER_AFTER.match(t, q.end))
            and self._restated(q)
        ):
            return []  # 3例确诊病例中，西陵区2例; 9例新增出院中,: the header restates a figure given before
        changed = self._changed_to(q, c_start, sentence_figs, pi)
        if changed:
            return changed
        if q.unit == "%" or q.unit in ("家", "个", "户", "项", "人", "条", "台", "辆", "座"):
            res = self._resumption(clause())
            if res:
                return res
        if q.unit in rules.CASE_UNITS or q.unit == "%":
            figs = self._case(clause())
            if figs and _outcome_before(t, c_start, sentence_figs):  # 16位…痊愈出院,包括4位重症患者
                figs = [f for f in figs if f.metric not in _SEVERITY]  # how ill some of them were
            return self._respective_place(figs, resp, pi, q)
        return []

    def _respective_place(self, figs: list[Figure], resp, pi: int, q: Quantity) -> list[Figure]:
        """武汉市、黄冈市确诊病例分别为3000例和2000例: the k-th count is the k-th term's place's (not
        both places' together)."""
        place = self._place_opening_term(resp, pi, q) if resp is not None else None
        for f in figs:
            if place is not None and f.item_place is None:
                f.item_place = place
        if place is not None and figs:
            figs = figs + self._each_term_too(figs, place, pi, q)
        return figs

    def _each_term_too(self, figs: list[Figure], first: Place, pi: int, q: Quantity) -> list[Figure]:
        """德里和拉贾斯坦邦分别新增1名: one number after 分别 for a list of places is each one's."""
        t = self.t
        c_end = self.ctx.bounds.clause(q.start, q.end)[1]
        resp = last_match_in(rules.RESPECTIVELY_RE, t, first.end, q.start)
        if resp is None or find_quantities(t, resp.end(), q.start) or find_quantities(t, q.end, c_end):
            return []
        out: list[Figure] = []
        prev = first
        for pl in self.ctx.places(pi, q.start):
            if pl.start < prev.end or pl.end > resp.start():
                continue
            if pl.scope not in ("sub", "zone", "home", "other") or t[prev.end : pl.start] not in _EACH_JOINS:
                break
            for f in figs:
                each = replace(f, item_place=pl)
                out.append(each)
            prev = pl
        return out

    def _place_opening_term(self, resp, pi: int, q: Quantity) -> Place | None:
        """The place a 分别 list's k-th term opens with, if any."""
        term_start = resp[1]
        return next(
            (
                pl
                for pl in self.ctx.places(pi, q.start)
                if pl.start == term_start and pl.scope in ("sub", "zone", "home", "other")
            ),
            None,
        )

    def _respective_rate(self, c: Clause, resp) -> list[Figure]:
        """滨海新区、宁河区复工率分别达到99.3%、99.1%: the rate's words are the head's (from
        resp[2] on), its place the k-th term's."""
        t, q, head = self.t, c.q, resp[2]
        after = t[q.end : c.end]
        figs = self._resumption(
            replace(c, start=head, item_start=head, before=t[head : q.start], after=after, after_to_next=after)
        )
        place = self._term_place(resp, c.pi, q)
        for f in figs:
            f.item_place = place
        return figs

    def _term_place(self, resp, pi: int, q: Quantity) -> Place | None:
        """The place a 分别 list's term names (None: the terms are metrics, 复工率、到岗率分别…)."""
        term, term_start, _words = resp
        place = self._place_opening_term(resp, pi, q)
        if place is None:
            return None
        rest = self.t[place.end : term_start + len(term)]  # nothing, or the list's metric word
        return place if not rest or _RATE_WORDS.fullmatch(rest) else None

    def _changed_to(self, q: Quantity, c_start: int, sentence_figs: list[Figure], pi: int) -> list[Figure]:
        """复工率由2月20日的78.5%提高到3月3日的96.5%: the level it changed to is the same
        measure as the level it changed from (the clause's figure before it), on its own date."""
        verb = rules.CHANGED_TO_BEFORE.search(self.t, max(c_start, q.start - 20), q.start)
        last = sentence_figs[-1] if sentence_figs else None
        if verb is None or last is None or last.q.end > verb.start() or last.q.end < c_start or last.unit != q.unit:
            return []
        fig = replace(last, q=q, span=(verb.start(), q.end), rule=last.rule + "+changed_to", value=None)
        fig.para = pi
        return [fig]

    def _restated(self, q: Quantity) -> bool:
        """Was q's number stated as a count earlier (a header restating it: 179例病例中)?"""
        lo = max(0, q.start - _RESTATED_WINDOW)
        return any(
            x.value == q.value and x.unit in rules.CASE_UNITS and self.t[x.start - 1 : x.start] not in _PLACE_ENDS
            for x in find_quantities(self.t, lo, q.start)
        )  # (西开普省2例 is one place's item, not the 新增的2例 a header counts)


def _bound_then_count(t: str, q: Quantity, next_q: Quantity | None) -> bool:
    return (
        q.qualifier == "more_than"
        and next_q is not None
        and not next_q.qualifier
        and (next_q.unit == q.unit or {q.unit, next_q.unit} <= rules.CASE_UNITS)  # (6000宗…6295人)
        and next_q.value >= q.value
        and _EXACT_NEXT.fullmatch(t, q.end, next_q.start) is not None
    )


# 突破6000宗确诊个案,急增至6295人; 已超过100万例,共计1007977例
_EXACT_NEXT = re.compile(r"[^。;；,，]{0,10}\s*[,，]\s*(?:急增至|增至|增加至|达到|达|共计|总计|共|为|即)\s*")


def _next_in_list(t: str, q: Quantity, sentence_figs: list[Figure]) -> bool:
    """其中55人正在接受治疗、两人出院、一人死亡: 一 as the next count of a list, no article."""
    return (
        t[q.start - 1 : q.start] in ("、", ",", "，")
        and bool(sentence_figs)
        and q.start - sentence_figs[-1].q.end <= _LIST_GAP
    )


_LIST_GAP = 8  # characters from one listed count to the next


def _listed_places(ctx: ArticleContext, pi: int, lo: int, hi: int) -> list[Place]:
    """The districts of a list that a none-statement covers: `A区、B县、C市均无…` and
    nothing else between the clause start and 均/都."""
    only = _ONLY_LEAD.match(ctx.text, lo, hi)  # 目前只有南邦府和难府没有…: each, with no 均/都
    tail = rules.LIST_ALL_RE.search(ctx.text, lo, hi)
    if tail is None and only is None:
        return []
    end = tail.start() if tail is not None else hi
    places = [
        pl for pl in ctx.places(pi, end) if lo <= pl.start and pl.end <= end and pl.scope in ("sub", "zone", "other")
    ]
    if len(places) < 2:
        return []
    pos = only.end() if only is not None else lo
    for pl in places:
        if ctx.text[pos : pl.start].strip("、和及 ") != "":
            return []
        pos = pl.end
    return places if ctx.text[pos:end].strip() == "" else []


_ONLY_LEAD = re.compile(r"\s*(?:目前|当前|现在|至今)?(?:只有|仅有|仅剩|仅)")


_WORDS_ENDING_QIAN = set("目此之日提以当生先")  # 目前1名死亡 is a count, 前3名 a ranking
_DISCHARGE_NOUNS = ("治愈出院病例", "出院病例")
_ONE_HOSPITAL = re.compile(r"(?:该|本|此)院(?!士|长)")


_SO_FAR = ("至今", "迄今")
_NONE_SO_FAR = re.compile(r"(?:尚|至今|迄今|以来|截至目前|到目前为止)$")


def none_figures(ctx: ArticleContext) -> list[Figure]:
    out = []
    t = ctx.text
    for m in rules.NONE_RE.finditer(t):
        pi = ctx.para_of(m.start())
        c_start, _ = ctx.bounds.clause(m.start(), m.end())
        if rules.VAGUE_STREAK_RE.search(t[c_start : m.start()]):
            continue
        if not m.group("local") and imported_only(t, ctx.bounds.full_sentence_start(m.start()), m.start()):
            continue  # 境外输入现有确诊病例811例…，无死亡病例: about the imported cases
        if m.group("imported") and not m.group("local"):
            continue  # 无新增境外输入确诊病例: about imported cases only, no metric of ours
        kw, neg, new = m.group("kw"), m.group("neg"), bool(m.group("new"))
        new = (
            new
            or bool(rules.STREAK_BEFORE_RE.search(t, max(c_start, m.start() - 12), m.start()))
            or (t.endswith(("今", "今日", "当日", "单日"), 0, m.start()) and not t.endswith(_SO_FAR, 0, m.start()))
        )  # 已连续5天无确诊病例, 今零确诊: no new case (至今无确诊病例: none so far)
        if kw in _DISCHARGE_NOUNS and rules.DAY_BLOCK_RE.search(
            t, ctx.bounds.full_sentence_start(m.start()), m.start()
        ):
            new = True  # 2月13日0时至24时,…无治愈出院病例: none that day (无死亡病例 stays none ever)
        metric = rules.NONE_METRICS.get(kw, (None, None))[0 if new else 1]
        if (
            metric is None
            and kw == "病例"
            and not new
            and _NONE_SO_FAR.search(t, max(c_start, m.start() - 8), m.start())
        ):
            metric = "confirmed_total"  # 延庆区尚未有病例, 平谷区自有疫情以来无报告病例: none so far
        if neg == "零" and kw not in rules.NONE_ZERO_NOUNS:
            metric = None
        if metric is None:
            continue
        q = Quantity(m.start(), m.end(), m.start(), 0.0, "例", "", "", False)
        listed = _listed_places(ctx, pi, c_start, m.start())
        if listed:
            # 点军区、猇亭区、…均无新增确诊病例: one zero for each district of the list
            for pl in listed:
                fig = Figure(metric, "", (pl.start, m.end()), q, "case.none_list", pi, value=0.0, unit="例")
                fig.item_place = pl
                out.append(fig)
            continue
        group = rules.UNNAMED_GROUP_BEFORE.search(
            t, max(ctx.bounds.sentence_start(m.start()), m.start() - 30), m.start()
        )
        if group is not None and not rules.WHOLE_BEFORE_GROUP.search(t, max(0, group.start() - 3), group.start()):
            continue  # 沿海四个县(市、区)连续20天无新增确诊病例: places the text does not name
        rule = "case.none_local" if m.group("local") else "case.none"
        out.append(Figure(metric, "", (m.start(), m.end()), q, rule, pi, value=0.0, unit="例"))
        end = m.end()
        while (more := rules.NONE_MORE_RE.match(t, end)) is not None:
            # 无重症病例、危重病例和死亡病例: the 无 covers each noun of the list
            end = more.end()
            more_metric = rules.NONE_METRICS.get(more.group("kw"), (None, None))[0 if new else 1]
            if more_metric is not None:
                q = Quantity(m.start(), end, m.start(), 0.0, "例", "", "", False)
                out.append(
                    Figure(more_metric, "", (m.start(), end), q, "case.none_list_nouns", pi, value=0.0, unit="例")
                )
    out.extend(_cleared(ctx))
    # the zero forms are rare: a cheap substring test before a scan of the whole page
    zero = rules.ZERO_GATE.search(t) is not None
    for rx, rule in (
        (rules.NONE_AFTER_RE, "case.none_after"),
        (rules.ZERO_AFTER_RE if zero else None, "case.zero_after"),
        (rules.ZERO_CURRENT_RE if zero else None, "case.zero_current"),
    ):
        for m in rx.finditer(t) if rx is not None else ():
            pi = ctx.para_of(m.start())
            if rules.VAGUE_RUN_BEFORE.search(t, ctx.bounds.full_sentence_start(m.start()), m.start()):
                continue  # 连续多日，我市新增确诊病例为零: a vague run, no day's figure
            metric = rules.NONE_AFTER_METRICS[m.group("kw")]
            q = Quantity(m.start(), m.end(), m.start(), 0.0, "例", "", "", False)
            out.append(Figure(metric, "", (m.start(), m.end()), q, rule, pi, value=0.0, unit="例"))
    return out


def _cleared(ctx: ArticleContext) -> list[Figure]:
    """住院病例清零, 确诊病例、疑似病例清零, 双清零: zeros for what the clause says was cleared."""
    out = []
    t = ctx.text
    # what each match says was cleared: "" (清零), "released" (全部解除隔离), "excluded" (全部排除)
    found = [(m, "") for m in rules.CLEARED_RE.finditer(t)]
    if "全部" in t:  # both start with optional words, so the regex engine cannot skip to 全部
        found += [(m, "released") for m in rules.RELEASED_ALL_RE.finditer(t)]
        found += [(m, "excluded") for m in rules.EXCLUDED_ALL_RE.finditer(t)]
    found.sort(key=lambda x: x[0].start())
    for m, kind in found:
        if rules.CLEARED_NEGATED.search(t, max(0, m.start() - 5), m.start()):
            continue  # 尚未清零
        pi = ctx.para_of(m.start())
        c_start, _ = ctx.bounds.clause(m.start(), m.end())
        s_start, s_end = ctx.bounds.sentence_start(m.start()), ctx.bounds.sentence_end_unbounded(m.start())
        if (
            rules.CLEARED_NOT_BEFORE.search(t, s_start, m.start())
            or t[s_end : s_end + 1] in ("?", "？")
            or rules.CLEARED_NOT_BEFORE.search(t, m.end(), s_end)
        ):
            continue  # 随着…清零, 清零，是否意味着…？: a topic or a question
        if rules.CLEARED_REST.search(t, s_start, m.start()):
            continue  # 其他县(市、区)都已实现清零: the rest of the places, no one's figure
        if rules.CLEARED_TOPIC.search(t, c_start, m.start()):
            continue  # 随着病例清零: a topic
        words = t[max(c_start, m.start() - 24) : m.start()]
        if rules.CLEARED_GOAL.match(t, m.end()) and not rules.CLEARED_GOAL_MET.search(words):
            continue  # 清零目标: a goal
        if c_start > s_start and rules.CLEARED_BARE_CLAUSE.match(words):
            # 确诊和疑似病例全部治愈出院,实现“清零”: the clause before says what was cleared
            c_start = ctx.bounds.clause(c_start - 1, c_start - 1)[0]
            opening = t.rfind("(", s_start, c_start)
            if c_start > s_start and t[c_start - 1] == ")" and opening >= 0:
                c_start = ctx.bounds.clause(opening, opening)[0]  # 确诊和疑似病例(除死亡病例外)全部…
            words = t[max(c_start, m.start() - 40) : m.start()]
        if t[max(0, m.start() - 1) : m.start()] == "双" or "双清零" in t[m.start() - 1 : m.end()]:
            metrics = ["hospitalized", "suspected"]
        elif kind == "excluded":  # 存量疑似病例全部排除: no suspected case is left
            metrics = ["suspected"] if "疑似" in words else []
        elif kind == "released":  # 疑似病例和密切接触者已全部解除隔离: nobody is left under watch
            metrics = [metric for metric, rx in rules.CLEARED_NOUNS if metric != "hospitalized" and rx.search(words)]
        else:
            metrics = [metric for metric, rx in rules.CLEARED_NOUNS if rx.search(words)]
            if "hospitalized" in metrics and "observation" in metrics and not re.search(r"在院|住院|确诊|病例", words):
                metrics.remove("hospitalized")  # 密切接触者医学观察清零: the contacts only
        if _ONE_HOSPITAL.search(words):
            continue  # 该院收治入院的确诊病例暂时宣告“清零”: one hospital's patients
        start = m.start() - len(words)
        q = Quantity(start, m.end(), start, 0.0, "例", "", "", False)
        group = _enumerated_places(ctx, pi, s_start, m.start())
        for metric in metrics:
            if group:  # 廊坊、邢台、保定5市确诊病例清零: each place of the list
                for pl in group:
                    fig = Figure(metric, "", (pl.start, m.end()), q, "case.cleared", pi, value=0.0, unit="例")
                    fig.item_place = pl
                    out.append(fig)
            else:
                out.append(Figure(metric, "", (start, m.end()), q, "case.cleared", pi, value=0.0, unit="例"))
    return out


def _enumerated_places(ctx: ArticleContext, pi: int, lo: int, hi: int) -> list[Place]:
    """The places of an enumeration (A、B和C…) in text[lo:hi], when it names two or more."""
    places = [
        pl
        for pl in ctx.places(pi, hi)
        if lo <= pl.start and pl.end <= hi and pl.scope in ("home", "sub", "zone", "other")
    ]
    run: list[Place] = []
    for pl in places:
        if run and ctx.text[run[-1].end : pl.start].strip() in ("、", "和", "及", "与", "，", ","):
            run.append(pl)
        else:
            run = [pl]
    return run if len(run) >= 2 else []


def _severity_shift(t: str, s_start: int, q_start: int) -> bool:
    """Does the count count patients moving between severities (重型病例转普通型病例7例, …转危重型
    病例中,江北区1例): a flow, neither severity's count? The shift must be the count's own words,
    with no figure word between."""
    shift = last_match_in(rules.SEVERITY_SHIFT, t, max(s_start, q_start - 80), q_start)
    return shift is not None and rules.CASE_FAMILY_RE.search(t, shift.end(), q_start) is None


def _respectively(t: str, c_start: int, q: Quantity, pi: int, ctx) -> tuple[str, int, int] | None:
    """复工率、员工到岗率分别达到99.6%和97.8% → the k-th term for the k-th number: (the term,
    where it starts, where the words that say what is counted start). The terms may stand in the
    clause before (和平区、河东区、河西区的复工率均超过80%，分别达到87.5%、87.5%、80.8%)."""
    m = None
    for m2 in rules.RESPECTIVELY_RE.finditer(t, c_start, q.start):
        m = m2
    if m is None:
        return None
    k = len(find_quantities(t, m.end(), q.start))
    head_start = max(c_start, t.rfind(",", c_start, m.start()) + 1)
    if t.startswith("、", head_start) and head_start >= 2 and t[head_start - 1] == ",":
        head_start = ctx.bounds.clause(head_start - 2, head_start - 1)[0]  # 荷蘭,、比利時…: a stray comma
    head = _TERMS_LEAD.match(t, head_start, m.start())  # 其中河西区、和平区复工率分别…: 其中 is no term
    if head is not None:
        head_start = head.end()
    words_start, head_end = c_start, m.start()
    own = t[head_start : m.start()].strip()
    if (not own or _COUNTED_WORDS_ONLY.fullmatch(own)) and c_start >= 2 and t[c_start - 1] == ",":
        before = _terms_in_clause_before(t, c_start, ctx)
        if before is None:
            return None
        head_start, head_end, words_start = before
        if own:
            words_start = c_start  # …是疫情最严重的地区,累计确诊病例分别为1319例和881例: its own words
    terms = [x for x in TERM_SEP.split(t[head_start:head_end]) if x.strip(", ")]
    if k >= len(terms) or len(terms) < 2:
        return None
    pos = head_start + sum(len(x) for x in terms[:k])
    term = terms[k].strip(", ")
    if k == len(terms) - 1 and (tail := _LAST_TERM_TAIL.search(term)) is not None:
        term = term[: tail.start()]  # 荷兰、比利时和卢森堡三国16日分别…: the last term is 卢森堡
    pos = t.find(term, pos)
    return term, pos, words_start


def _terms_in_clause_before(t: str, c_start: int, ctx) -> tuple[int, int, int] | None:
    """(start, end of the terms, start of the counted words) in the clause before a 分别 clause
    that names none: 和平区、河东区的复工率均超过80%, 出现在莫斯科和莫斯科州, 旁遮普省和信德省是
    疫情最严重的地区."""
    prev_start, prev_end = ctx.bounds.clause(c_start - 2, c_start - 1)
    lead = _TERMS_LEAD.match(t, prev_start, prev_end)
    tail = _SHARED_METRIC_TAIL.search(t, prev_start, prev_end) or _MOST_AFFECTED_TAIL.search(t, prev_start, prev_end)
    if tail is not None:
        return (lead.end() if lead else prev_start), tail.start(), prev_start
    where = last_match_in(_PLACES_LEAD, t, prev_start, prev_end)
    if where is not None:
        # 此次确诊病例大部分出现在莫斯科和莫斯科州,分别为857例和199例: the places where they were
        return where.end(), prev_end, prev_start
    return None


# 累计确诊病例分别为…: a 分别 clause whose own words say only what is counted
_COUNTED_WORDS_ONLY = re.compile(r"(?:累计|新增|现有)?(?:确诊|死亡|治愈|出院)?(?:病例|患者)?(?:数|人数)?")


# what follows the last term of a 分别 list before its verb: a count of the places, a day
_LAST_TERM_TAIL = re.compile(r"(?:等)?(?:[两三四五六七八九十]|\d+)(?:国|个国家|省|个省|地)|\d{1,2}月|\d{1,2}日")


_TERMS_LEAD = re.compile(r"\s*(?:其中|包括|另外|此外|同时)\s*")
_PLACES_LEAD = re.compile(r"(?:出现在|集中在|分布在|分布于|发生在)")
# 旁遮普省和信德省是疫情最严重的地区,累计确诊病例分别为1319例和881例: the places, then what they are
# (北威州和巴伐利亚州两地分布最多,分别为329例和117例: the places, then that they hold the most)
_MOST_AFFECTED_TAIL = re.compile(
    r"(?:是|为|成为)[^,，;；。]{0,10}?最(?:严重|多)的[\u4e00-\u9fff]{0,4}$"
    r"|(?:[两三四五六七八九十]|\d+)(?:地|省|州|国|个地区)(?:分布|病例|确诊)?最(?:多|严重|集中)$"
)
# 和平区、河东区、河西区的复工率均超过80%: the metric the terms share, after the last of them
_SHARED_METRIC_TAIL = re.compile(
    r"(?:的)?(?:" + rules.RESUMPTION_RATE_RE.pattern + "|" + rules.WORKER_RATE_RE.pattern + r")[^、]*$"
)


def classify_article(ctx: ArticleContext) -> Iterator[Figure]:
    """Every figure of an article, in text order, then its none-statements. Figures of one
    sentence (counting "；" parts as one: a list runs on across them) are classified
    together, so list items and section headers see what came before them. Yielded as they
    are found (final then): the engine places each while its paragraph's answers are at hand."""
    quantities = candidate_quantities(ctx)
    clf = Classifier(ctx)
    nones = none_figures(ctx)
    # a paragraph's figures are kept only until the reading leaves it: what the all-in-hospital
    # phrase and 所有N名患者 look back at (a page of a million figures holds one paragraph's)
    nones_of: dict[int, list[Figure]] = {}
    for f in nones:
        nones_of.setdefault(f.para, []).append(f)
    held: dict[int, list[Figure]] = {}  # paragraph → its figures, while the reading is in it
    all_in_hospital: list[tuple[int, list[Figure]]] = []

    def leave(paras: list[int]) -> None:
        for i in paras:
            all_in_hospital.append((i, _all_in_hospital(ctx, held.pop(i, []) + nones_of.pop(i, []))))

    sentence_key: tuple[int, int] | None = None
    sentence_figs: list[Figure] = []
    list_parent: Figure | None = None  # the figure a list breaks down, while its items run on
    for k, q in enumerate(quantities):
        ctx.trim()
        pi = ctx.para_of(q.start)
        if ctx.paras[pi].byline:
            continue
        s_start = ctx.bounds.full_sentence_id(q.start)
        if sentence_key is not None and pi != sentence_key[0]:
            # 累计报告确诊病例281例。其中：福州市66例(…)。\n厦门市34例(…)。: a paragraph that is a list
            # item goes on with the list the previous paragraph opened (其中：…, or 其中： at its end)
            last = _last_unbracketed(ctx.text, sentence_key[1], sentence_figs)
            if last and rules.LIST_TO_FOLLOW_RE.match(ctx.text, last[0].q.end, ctx.paras[sentence_key[0]].end):
                list_parent = last[0]
            if list_parent is not None and not rules.ITEM_PARAGRAPH_RE.match(ctx.text, ctx.paras[pi].start):
                list_parent = None
        if (pi, s_start) != sentence_key:
            # 累计报告确诊病例133例。其中：晋中市37例…: a sentence opening with 其中 breaks
            # down the previous sentence's main figure; a bare list of places (东城区3例、西城区17例…)
            # right after a total breaks down that sentence's first figure
            carry = []
            if sentence_key and sentence_key[0] == pi:
                if rules.BREAKDOWN_OPENING_RE.match(ctx.text, s_start):
                    carry = _last_unbracketed(ctx.text, sentence_key[1], sentence_figs)
                    list_parent = carry[0] if carry else None
                elif rules.BARE_LIST_OPENING_RE.match(ctx.text, s_start) and not rules.CASE_FAMILY_RE.search(
                    ctx.text, s_start, ctx.bounds.full_sentence_end(s_start)
                ):
                    whole = [f for f in sentence_figs if f.item_place is None and f.metric in CASE_COUNT]
                    # …，61例在定点医院进行隔离治疗。兰州市26例、…: the count the list follows, when its
                    # words close the sentence; else the sentence's first (a total, then its parts)
                    closing = [
                        f
                        for f in whole[-1:]
                        if SENTENCE_END_LIST.match(ctx.text, f.span[1]) and _list_sum(ctx, s_start) == f.q.value
                    ]
                    carry = closing or whole[:1]
            elif list_parent is not None and s_start == ctx.paras[pi].start:
                carry = [list_parent]
            sentence_key, sentence_figs = (pi, s_start), carry
        prev_q = quantities[k - 1] if k and quantities[k - 1].end > s_start else None
        next_q = quantities[k + 1] if k + 1 < len(quantities) else None
        figs = clf.classify(q, prev_q, next_q, sentence_figs, pi)
        leave([i for i in held if i < pi])  # (held holds one or two paragraphs)
        if figs and rules.ALL_OF_THEM_BEFORE.search(ctx.text, max(ctx.paras[pi].start, q.start - 4), q.start):
            said = next((f for f in reversed(held.get(pi, [])[-20:]) if f.q.value == q.value), None)
            for f in figs:
                f.restates = said
        sentence_figs.extend(figs)
        for f in figs:
            held.setdefault(f.para, []).append(f)
        yield from figs
    leave(sorted({*held, *nones_of}))
    yield from nones
    for _i, found in sorted(all_in_hospital, key=lambda x: x[0]):
        yield from found


_OUT_OF_HOSPITAL = ("recovered_total", "recovered_new", "deaths_total", "deaths_new")


def _all_in_hospital(ctx: ArticleContext, figures: list[Figure]) -> list[Figure]:
    """已有6例确诊病例…。所有病例均在指定医院隔离治疗: the total is also today's count in
    hospital (said once, implied), unless the paragraph states that count itself."""
    out = []
    # only a paragraph's text after its first total can hold the phrase that matters: the scan
    # of a whole page is skipped (most paragraphs state no total)
    first_total: dict[int, int] = {}
    for f in figures:
        if f.metric == "confirmed_total" and f.item_place is None:
            first_total[f.para] = min(first_total.get(f.para, f.q.end), f.q.end)
    for pi, start in sorted(first_total.items()):
        end = ctx.paras[pi].end
        # the phrase may run on past the paragraph's end (its longest form is under 64 characters)
        for m in rules.ALL_IN_HOSPITAL_RE.finditer(ctx.text, start, end + 64):
            if m.start() >= end:
                break
            mine = [f for f in figures if f.para == pi and f.q.end <= m.start() and f.item_place is None]
            total = next((f for f in reversed(mine) if f.metric == "confirmed_total"), None)
            if total is None or any(
                f.para == pi and (f.metric == "hospitalized" or (f.metric in _OUT_OF_HOSPITAL and f.q.value > 0))
                for f in figures
            ):
                continue  # the paragraph says how many are in hospital, or that some have left it
            out.append(
                Figure("hospitalized", "", (m.start(), m.end()), total.q, "case.all_in_hospital", pi, unit=total.unit)
            )
    return out


def _list_sum(ctx: ArticleContext, start: int) -> float:
    """The sum of a bare list's counts (兰州市26例、天水市9例…): which figure it breaks down."""
    end = ctx.bounds.full_sentence_end(start)
    return sum(x.value for x in find_quantities(ctx.text, start, end) if x.unit == "例")


def _last_unbracketed(text: str, sentence_start: int, figs: list[Figure]) -> list[Figure]:
    """The figure a following 其中 breaks down: the sentence's last one outside brackets
    (确诊病例56例(含重症病例3例、出院病例1例)。其中：… breaks down the 56)."""
    for fig in reversed(figs):
        start = fig.q.start
        lo = max(sentence_start, start - 400)
        if text.count("(", lo, start) <= text.count(")", lo, start):
            return [fig]
    return figs[-1:]
