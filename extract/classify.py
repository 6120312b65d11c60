"""Classification: what a quantity counts (its metric and sector) from the words around it.

Case figures combine a family (确诊, 出院 …) with a modifier (新增, 累计, 现有); the
combination is a table in rules.py. Resumption figures (复工 N 家, 复工率 P%, 到岗 N 人,
restored services) have their own branch. None-statements (无新增确诊病例) are figures of 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extract import rules
from extract.numbers import Quantity, find_quantities
from extract.places import GENERIC_ZONES, HOME_WORDS, Place, unlisted_scope
from extract.records import CASE_METRICS
from extract.segment import ArticleContext, candidate_quantities


@dataclass
class Figure:
    metric: str
    sector: str
    span: tuple[int, int]  # clean-text span of the quote
    q: Quantity
    rule: str
    para: int
    value: float | None = None  # override (none-statements)
    unit: str = ""
    org_ok: bool = False  # may be attributed to an organisation
    item_place: Place | None = None  # the district named in its own list item
    # a list's next items take this figure's metric: not when its own words come after the
    # number (东胜区1例已痊愈出院 says what happened to that one case, not what the list counts)
    inheritable: bool = True

    @property
    def number(self) -> float:
        return self.q.value if self.value is None else self.value


@dataclass(frozen=True, slots=True)
class Clause:
    """One quantity in its clause: the offsets and words the classifier's rules read."""

    q: Quantity
    pi: int  # the paragraph's index
    start: int  # the clause's first character (after its comma)
    end: int  # … and the end of the clause
    sentence_start: int
    item_start: int  # where this list item's own words begin (after 、 or the previous number)
    before: str  # text[item_start : q.start]
    after: str  # text[q.end : end]
    after_to_next: str  # text[q.end : the next quantity], within the clause
    sentence_figs: list[Figure]  # the figures found so far in this sentence
    next_q: Quantity | None


def _last(regex: re.Pattern, s: str):
    last = None
    for m in regex.finditer(s):
        last = m
    return last


def _contacts_family(words_before: str, mod: str | None, observation_in_sentence: bool) -> str:
    """Close contacts, or what is said of them: 已解除医学观察的密切接触者440人 (released),
    仍纳入医学观察的密切接触者160人 / 尚在医学观察的密切接触者还有604人 (under
    observation); 目前追踪到密切接触者N人 stays the contacts traced."""
    before = {_family(m) for m in rules.CASE_FAMILY_RE.finditer(words_before)}
    if "released" in before:
        return "released"
    if "observation" in before or (mod == "current" and observation_in_sentence):
        return "observation"
    return "close_contacts"


def _last_in(regex: re.Pattern, s: str, lo: int, hi: int) -> re.Match | None:
    last = None
    for m in regex.finditer(s, lo, hi):
        last = m
    return last


def _family(m: re.Match) -> str:
    family = m.lastgroup
    assert family is not None  # CASE_FAMILY_RE is all named alternatives
    return family


def _modifier(s: str) -> re.Match | None:
    return _last(rules.MODIFIER_RE, s)


def _case_metric(family: str, mod: str | None, parent_kind: str | None) -> str | None:
    """rules.FAMILY_METRICS, plus one thing the table can't say: a 危重症 count inside a
    breakdown of a cumulative total (其中危重症N例) is itself cumulative."""
    metric = rules.FAMILY_METRICS.get(family, {}).get(mod or "plain")
    if family == "critical" and metric == "critical" and parent_kind == "cumulative":
        return "critical_total"
    return metric


_SENTENCE_END_LIST = re.compile(r"[。:]\s*[\u4e00-\u9fff]{2,8}\d+例、")
# a bare 累计N例 / 新增N例 right after another family's figure continues that family
_BARE_AFTER_NEW = {
    m: {"confirmed_total": f"{fam}_total", "confirmed_new": f"{fam}_new"}
    for fam in ("deaths", "recovered")
    for m in (f"{fam}_new", f"{fam}_total")
}
_COUNT_BEFORE_BRACKET = re.compile(r"\d+(?:例|人|名)$")
_RESTATED_WINDOW = 3000
_HEADER_END = re.compile(r"(?:病例|患者|病人)(?:中|里)")
# how many of a sentence's figures a list item looks back over for its list's metric: past a
# long bracketed breakdown (福州市66例(鼓楼区2例、…十二项…);厦门市34例) to the list's head
_LIST_LOOKBACK = 60
_RATE_WORDS = re.compile(
    r"(?:的)?(?:" + rules.RESUMPTION_RATE_RE.pattern + "|" + rules.WORKER_RATE_RE.pattern + ")"
)  # how far back a header's count is looked for (bounded: linear time)

# 户 next to an enterprise noun counts enterprises (46户规模以上工业企业, 规模以上企业11户)
_ENTERPRISE_AT = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:企业|工商户|市场主体|商户|租户)")
_ENTERPRISE_BEFORE = re.compile(r"(?:企业|工商户|市场主体|商户|租户|行业)(?:共有|共|有|达|为)?\s*$")

# what a count of enterprises or projects counts, written right before it (规模以上企业11户)
_SECTOR_BEFORE = re.compile(rules.SECTOR_RE.pattern + r"(?:\([\u4e00-\u9fff]{1,6}\))?(?:共有|共|有|达|为)?\s*$")

_RATE_OPENING = re.compile(r"\s*(?:其)?(?:" + rules.RESUMPTION_RATE_RE.pattern + r")(?:已)?(?:达到|达|为)?\s*")
_ANY_RATE_WORD = re.compile(rules.RESUMPTION_RATE_RE.pattern + "|" + rules.WORKER_RATE_RE.pattern)
_BARE_TERM = re.compile(r"[\u4e00-\u9fff]{2,3}")
_WHOLE_WORDS = re.compile(r"全[市区县州]|共|摸排")

# Case counts (not the recovery rate): what a list item or a 其中 breakdown can inherit.
CASE_COUNT = {m for m, kind in CASE_METRICS.items() if kind != "percent"}


class Classifier:
    """Decides the metric of each quantity from the words of its clause and sentence."""

    def __init__(self, ctx: ArticleContext):
        self.ctx = ctx
        self.t = ctx.text

    def classify(
        self, q: Quantity, prev_q: Quantity | None, next_q: Quantity | None, sentence_figs: list[Figure], pi: int
    ) -> list[Figure]:
        t = self.t
        p = self.ctx.paras[pi]
        c_start, c_end = self.ctx.bounds.clause(q.start, q.end)
        s_start = self.ctx.bounds.sentence_start(q.start)
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
        after_to_next = t[q.end : next_q.start] if next_q and next_q.start < c_end else after

        def clause() -> Clause:
            return Clause(
                q, pi, c_start, c_end, s_start, item_start, before, after, after_to_next, sentence_figs, next_q
            )

        # 一名患者, 一人一案: a Chinese 一 is an article or idiom unless a modifier counts it
        mod_before = _modifier(before)
        if q.chinese and q.value == 1 and (mod_before is None or mod_before.group() == "最后"):
            return []
        if q.value == 1 and rules.NAMED_PATIENT_AFTER.match(after):
            return []  # 还有一名来自开江的确诊患者李某治愈出院: one named patient's story, not a count
        if (
            q.unit in rules.CASE_UNITS
            and q.value > 1
            and rules.RESTATED_BEFORE.search(t, max(p.start, q.start - 5), q.start)
        ):
            return []  # 这3名患者确诊后…: the patients counted before, pointed back at
        if t[max(p.start, q.start - 2) : q.start].endswith(("无", "没有")):
            return []  # 无一例: a none-statement, handled by _none_figures
        if rules.FORECAST_OPENING.match(t, s_start):
            return []  # 预计本周内,…服务业企业复工率超过50%: a forecast
        if rules.NOT_A_COUNT_BEFORE.search(t, max(c_start, t.rfind("、", c_start, q.start) + 1), q.start):
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
        if rules.GROUP_BOUND_BEFORE.search(before) or rules.CLUSTER_BEFORE.search(before):
            return []  # 均超过100例 (each of a group), 与第31例有关的确诊病例 (a cluster)
        if q.unit in rules.CASE_UNITS and rules.HEADER_COUNT_AFTER.match(t, q.end) and self._restated(q):
            return []  # 3例确诊病例中，西陵区2例: the header restates a figure given before
        if q.unit == "%" or q.unit in ("家", "个", "户", "项", "人", "条", "台", "辆"):
            res = self._resumption(clause())
            if res:
                return res
        if q.unit in rules.CASE_UNITS or q.unit == "%":
            return self._case(clause())
        return []

    def _place_opens(self, c_start: int, q: Quantity, pi: int) -> bool:
        """Does a place name the clause's subject (湖北28日新增423例), not a heading's (新增6例患者信息)?"""
        return any(
            c_start <= pl.start < q.start
            and pl.scope in ("home", "sub", "zone", "other")
            and self.t[pl.start : pl.end] not in HOME_WORDS
            for pl in self.ctx.places(pi, q.start)
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
        place = next(
            (
                pl
                for pl in self.ctx.places(pi, q.start)
                if pl.start == term_start and pl.scope in ("sub", "zone", "home", "other")
            ),
            None,
        )
        if place is None:
            return None
        rest = self.t[place.end : term_start + len(term)]  # nothing, or the list's metric word
        return place if not rest or _RATE_WORDS.fullmatch(rest) else None

    def _restated(self, q: Quantity) -> bool:
        """Was q's number stated as a count earlier (a header restating it: 179例病例中)?"""
        lo = max(0, q.start - _RESTATED_WINDOW)
        return any(x.value == q.value and x.unit in rules.CASE_UNITS for x in find_quantities(self.t, lo, q.start))

    # -- cases ---------------------------------------------------------------------
    def _case(self, c: Clause) -> list[Figure]:
        t, q, pi, sentence_figs = self.t, c.q, c.pi, c.sentence_figs
        before, after, item_start = c.before, c.after, c.item_start  # narrowed below to this item's
        c_start, s_start = c.start, c.sentence_start
        header_after = rules.HEADER_COUNT_AFTER.match(after)
        if header_after is not None:
            after = after[: header_after.end()]  # 157例确诊病例中已有136例…: this count's words end at 中
        header_before = _last(_HEADER_END, before)
        if header_after is None and header_before is not None:
            item_start += header_before.end()  # …确诊病例中已有136例治愈出院: the header is not this item's
            before = before[header_before.end() :]
        kw = None
        kw_before = True
        for m in rules.CASE_FAMILY_RE.finditer(before):
            if kw is None or _family(m) != "weak_case" or _family(kw) == "weak_case":
                kw = m
        if kw is None and rules.PATIENTS_COUNTED.match(after) and not rules.CASE_FAMILY_RE.search(after):
            # 又有两名新冠肺炎患者两次核酸检测为阴性，临床治愈出院: the predicate in the next clause
            nxt = rules.DISCHARGE_CLAUSE_NEXT.match(t, q.end + len(after))
            if nxt is not None:
                after = t[q.end : nxt.end()]
        if kw is None or _family(kw) == "weak_case":
            verb, noun = _words_after(after.split("、", 1)[0])  # 9例、东胜区1例已痊愈出院: the next item's verb
            after_kw = verb or noun
            if after_kw is not None and (kw is None or verb is not None):
                kw, kw_before = after_kw, False
        extra: list[Figure] = []
        if (
            kw is not None
            and not kw_before
            and self._names_item(q, before, pi)
            and any(f.inheritable and f.item_place is not None for f in sentence_figs[-8:])
        ):
            # 东胜区1例已痊愈出院 inside a list of districts: an item of the list, with a note
            inherited = self._inherit(q, before, item_start, s_start, sentence_figs, pi)
            if inherited:
                return inherited
        if kw is None:
            inherited = self._inherit(q, before, item_start, s_start, sentence_figs, pi)
            if not inherited and q.unit == "例":
                # 累计416例 / 新增423例: a count of cases with no other word is the confirmed total
                # or the new confirmed cases (headlines write them so)
                for rx, bare_metric, bare_rule in (
                    (rules.BARE_TOTAL_BEFORE, "confirmed_total", "case.bare_total"),
                    (rules.BARE_NEW_BEFORE, "confirmed_new", "case.bare_new"),
                ):
                    bare = rx.search(before)
                    if bare is not None and (bare_rule != "case.bare_new" or self._place_opens(c_start, q, pi)):
                        bare_metric = _bare_metric(bare_metric, sentence_figs, s_start)
                        return [
                            Figure(bare_metric, "", (item_start + bare.start(), q.end), q, bare_rule, pi, unit=q.unit)
                        ]
            return inherited
        family = _family(kw)
        if kw_before and family in ("confirmed", "weak_case"):
            verb = rules.VERB_BEFORE_CONFIRMED.search(before, 0, kw.start())
            if verb is not None:  # 累计出院新冠肺炎确诊患者41人: discharges of confirmed patients
                family = "deaths" if verb.group("family") in ("死亡", "病亡") else "recovered"
            elif rules.CURRENT_BEFORE_CONFIRMED.search(before, 0, kw.start()):
                family = "hospitalized"  # 现在院隔离治疗确诊病例120例: current, not cumulative
        if not kw_before and kw.group() == "接受治疗" and re.match(r"\s*在", after):
            return []  # 6例在市妇儿中心接受治疗: where some are treated, a share of the current count
        if not kw_before and rules.SOURCE_AFTER.match(after):
            return []  # 2例系武汉输入病例的密切接触者: a subset by source
        # 境外输入累计…, 确诊境外输入病例共10例, 11例境外输入确诊病例: counted by where they came from;
        # a sentence that opens with 境外输入 speaks of those cases throughout
        imported = (
            rules.IMPORTED_BEFORE.search(before)
            or (not kw_before and rules.IMPORTED_BEFORE.search(after, 0, kw.start()))
            or rules.IMPORTED_OPENING.match(t, self.ctx.bounds.full_sentence_start(q.start))
        )
        if (family == "recovery_rate" and q.unit != "%") or _compared_or_reports(t, q, kw, kw_before, family, before):
            return []
        if family == "recovered" and q.unit == "%" and kw_before and rules.DISCHARGED_SHARE_BEFORE.search(before):
            family = "recovery_rate"  # 出院总人数达80%: the share discharged
        elif family != "recovery_rate" and q.unit == "%":
            return []
        if family in ("observation", "released", "close_contacts") and q.unit not in rules.CASE_UNITS:
            return []  # people: 人, sometimes 例 (232例密切接触者正在接受医学观察)
        if family in ("observation", "released", "close_contacts") and self._about_patients(pi, s_start, q):
            return []  # 已追踪到该56岁男子的密切接触者共19人: one patient's contacts, not the city's
        # modifier: the clause's own word wins; else the last one earlier in the sentence
        clause_text = t[c_start : q.start] + (after if not kw_before else "")
        mod_m = _modifier(t[c_start : q.start]) or (_modifier(after[: kw.start()]) if not kw_before else None)
        word = mod_m  # the sentence's word when the clause has none (no part of the quote)
        if word is None and family not in ("severe", "critical", "hospitalized"):
            word = _sentence_modifier(t, s_start, c_start)
        mod = self._word_modifier(word, family, q)
        parent_kind = None
        if "其中" in clause_text and sentence_figs:
            parent_kind = CASE_METRICS.get(sentence_figs[-1].metric, "current")
        elif family == "critical" and mod is None:
            sm = _modifier(t[s_start:c_start])
            if (
                sm
                and sm.lastgroup == "total"
                and sentence_figs
                and CASE_METRICS.get(sentence_figs[-1].metric) == "cumulative"
            ):
                parent_kind = "cumulative"
        if (
            mod is None
            and family in ("recovered", "deaths", "confirmed", "weak_case")
            and parent_kind is None
            and rules.DAY_BLOCK_RE.search(t, self.ctx.bounds.full_sentence_start(q.start), q.start)
        ):
            mod = "new"  # 2月8日0时-24时，…；治愈出院8例: the day's block
        if not kw_before and family == "recovered" and re.search(r"全部|均已|都已|均", after[: kw.start()]):
            mod = "total"  # 8例确诊患者全部治愈出院: all of them, the total (and the confirmed total)
        if not kw_before and mod is None and family in ("recovered", "deaths"):
            mod = "new"  # 3月8日，炎陵县1名患者治愈出院: that day's discharges
        discharge = (
            kw_before
            and mod is None
            and family == "recovered"
            and parent_kind is None
            and q.unit == "人"
            and rules.DISCHARGE_VERB_BEFORE.search(before) is not None
        )
        if discharge:
            mod = "new"  # 今日治愈出院5人: a discharge report, that day's, unless 累计/共 says otherwise
        if family == "close_contacts":
            family = _contacts_family(
                before[: kw.start()] if kw_before else "", mod, "观察" in t[s_start : q.end + len(after)]
            )
        metric = _case_metric(family, mod, parent_kind)
        rule = "case.discharge_report" if discharge else f"case.{family}.{mod or 'plain'}"
        if imported:
            # 境外输入累计确诊5例: a subset with no metric of ours; 新增境外输入1例 is the day's
            # figure only beside 无新增本地确诊病例 (the engine keeps it then)
            if metric != "confirmed_new":
                return []
            rule = "case.imported_new"
        if kw_before and family in ("confirmed", "weak_case"):
            # 死亡病例中，A市确诊病例1例: the section's header says what its items count
            section = _last_in(rules.SECTION_HEADER_RE, t, self.ctx.bounds.full_sentence_start(q.start), q.start)
            header = self._header_metric(section.group("head")) if section is not None else None
            if header is not None and not header.startswith("confirmed"):
                metric, rule = header, "case.section_item_word"
        if metric is None or _last_of_set(word, family):
            return []  # 已确诊的最后3名患者: the last ones of a set (what happens to them), no count of cases
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
        # a count whose words follow it passes its metric on only when it ends its sentence and a
        # list that adds up to it follows (61例在定点医院进行隔离治疗。兰州市26例、天水市9例…)
        inheritable = kw_before or bool(_SENTENCE_END_LIST.match(t, span[1]))
        fig = Figure(metric, "", span, q, rule, pi, unit=q.unit, inheritable=inheritable)
        # 累计确诊的80例患者全部治愈出院: the same number is also the recovered total
        m_all = re.search(r"(?:全部|均已|都已)(?:治愈(?:出院)?|痊愈出院|康复出院|出院)", after)
        extra.extend(_also_critical(t, family, kw_before, item_start + kw.start(), span, q, pi))
        if m_all is None and metric == "confirmed_total":
            # 累计确诊病例10例，已全部治愈出院: the next clause says all recovered
            nxt = _ALL_RECOVERED_NEXT.match(t, q.end + len(after))
            if nxt is not None:
                extra.append(
                    Figure("recovered_total", "", (span[0], nxt.end()), q, "case.all_recovered", pi, unit=q.unit)
                )
        if m_all and (
            metric == "confirmed_total"
            or (metric == "recovered_total" and re.search(r"确诊|病例|患者", before + after[: m_all.start()]))
        ):
            end = q.end + m_all.end()
            fig = Figure(metric, "", (span[0], max(span[1], end)), q, fig.rule, pi, unit=q.unit)
            other = "recovered_total" if metric == "confirmed_total" else "confirmed_total"
            extra.append(Figure(other, "", (span[0], max(span[1], end)), q, "case.all_recovered", pi, unit=q.unit))
        return [fig, *extra]

    def _word_modifier(self, word: re.Match | None, family: str, q: Quantity) -> str | None:
        """The modifier a word gives, with what the table can't say: 目前已确诊61例 is the count
        so far; 当日上午，渭源县已有1名患者治愈出院 is that day's (截至目前…已有 is the total)."""
        if word is None:
            return None
        mod = word.lastgroup
        if mod == "current" and family in ("confirmed", "weak_case") and word.group() in ("目前", "正在", "还有"):
            return "total"
        if word.group() == "已有" and family in ("recovered", "deaths"):
            lo = self.ctx.bounds.full_sentence_start(q.start)
            if rules.DAY_WORD_RE.search(self.t, lo, q.start) and not rules.CUTOFF_WORD_RE.search(self.t, lo, q.start):
                return "new"
        return mod

    def _inherit(self, q, before, item_start, s_start, sentence_figs, pi):
        """List items (`其中：荷塘区5例、芦淞区3例`) take the metric of the list they are in.
        The item's words are `before`, starting at item_start: right before the number, or
        the k-th term of a 分别 list (荷塘区、芦淞区分别为3例和2例)."""
        if self._parent_is_no_figure(q, sentence_figs):
            return []  # 新增疑似病例4562例(湖北省2606例): the bracket breaks down no figure of ours
        if rules.NOT_A_COUNT_BEFORE.search(self.t, s_start, q.start) or (
            rules.IMPORTED_BEFORE.search(self.t, s_start, q.start)
            and not any(self._passes_on(f, q) for f in sentence_figs[-_LIST_LOOKBACK:])
        ):
            return []  # 预计治愈出院63例，阜阳17例…; 境外输入病例共10例，其中丽水8例: no figure's items
        item_end = item_start + len(before)
        places = [
            pl
            for pl in self.ctx.places(pi, q.start)
            if item_end - 3 <= pl.end <= item_end
            and pl.start >= item_start - 1
            and pl.scope in ("sub", "zone", "home", "other", "local")
        ]
        # a zone in a list (高新区1例 among 淮南's districts) is the list's owner's
        places = [
            Place(pl.start, pl.end, pl.name, self._unlisted_scope(pl.name, sentence_figs))
            if pl.scope == "zone" or (pl.scope == "sub" and pl.name in GENERIC_ZONES)
            else pl
            for pl in places
        ]
        if not places:
            g = rules.GENERIC_DISTRICT_RE.search(before)
            if g is None or rules.NOT_DISTRICT.match(g.group(1)):
                return []
            name = g.group(1)
            start = item_end - len(name)
            inner = [pl for pl in self.ctx.places(pi, q.start) if start < pl.end < item_end]
            if inner:  # 锡林郭勒盟锡林浩特市: the county after the named prefecture, and its owner
                cut = inner[-1].end
                name, start = self.t[cut:item_end], cut
                scope = "other" if inner[-1].scope == "other" else "sub"
            else:
                scope = self._unlisted_scope(name, sentence_figs)
            if len(name) < 2:
                return []
            places = [Place(start, item_end, name, scope)]
        pl = places[-1]
        metric = None
        rule = "case.list_item"
        # a header governs its list across "；" (进贤县3例；安义县1例), up to the full stop
        section = _last_in(rules.SECTION_HEADER_RE, self.t, self.ctx.bounds.full_sentence_start(q.start), q.start)
        if section is not None:
            metric, rule = self._header_metric(section.group("head")), "case.section_item"
        elif any(self._passes_on(f, q) for f in sentence_figs[-_LIST_LOOKBACK:]):
            metric = next(f.metric for f in reversed(sentence_figs[-_LIST_LOOKBACK:]) if self._passes_on(f, q))
        else:
            metric = self._header_metric(self.t[s_start : q.start])
        if metric is None or q.unit not in rules.CASE_UNITS:
            return []
        fig = Figure(metric, "", (pl.start, q.end), q, rule, pi, unit=q.unit)
        fig.item_place = pl
        out = [fig]
        if self.t.endswith("各", 0, q.start):
            # 越秀区、海珠区、白云区各4例: each place of the list has that many
            prev = pl
            for other in reversed(self.ctx.places(pi, q.start)):
                if other.end > prev.start or other.scope not in ("sub", "zone", "home", "other"):
                    continue
                if self.t[other.end : prev.start].strip() not in ("、", "和", "及"):
                    break
                each = Figure(metric, "", (other.start, q.end), q, rule, pi, unit=q.unit)
                each.item_place = other
                out.append(each)
                prev = other
        return out

    def _parent_is_no_figure(self, q: Quantity, sentence_figs: list[Figure]) -> bool:
        """Is q inside a bracket opened right after a count that made no figure?"""
        t = self.t
        lo = max(self.ctx.bounds.full_sentence_start(q.start), q.start - 200)
        opener = t.rfind("(", lo, q.start)
        if opener < 0 or t.find(")", opener, q.start) >= 0:
            return False
        head = _COUNT_BEFORE_BRACKET.search(t, max(lo, opener - 16), opener)
        return head is not None and not any(f.q.end == opener for f in sentence_figs)

    def _unlisted_scope(self, name: str, sentence_figs: list[Figure]) -> str:
        """A list item the gazetteer doesn't name (温州: 鹿城区31例; 赣江新区1例): the
        company it keeps decides — in a list of the home city's districts it is one too, in a
        list of other cities another place; with no neighbour, the national table."""
        last = next((f.item_place for f in reversed(sentence_figs[-3:]) if f.item_place), None)
        if last is not None and last.scope in ("sub", "other"):
            return last.scope
        return unlisted_scope(name, self.ctx.city)

    def _passes_on(self, fig: Figure, q: Quantity) -> bool:
        """Does fig's metric carry to the list item q? Not from inside a bracket to outside
        it: 市南区7例(已治愈出院1例,死亡1例)、市北区12例 — 12 is not a death count."""
        if not fig.inheritable or fig.metric not in CASE_COUNT:
            return False
        between = self.t[fig.q.end : q.start]
        return between.count(")") <= between.count("(")

    def _names_item(self, q: Quantity, before: str, pi: int) -> bool:
        """Does a place name open q's item (东胜区1例)?"""
        if any(pl.end >= q.start - 1 and pl.end <= q.start for pl in self.ctx.places(pi, q.start)):
            return True
        g = rules.GENERIC_DISTRICT_RE.search(before)
        return g is not None and before.endswith(g.group(1))

    def _about_patients(self, pi: int, s_start: int, q: Quantity) -> bool:
        """Is this sentence about particular patients (a case description: 患者沈某，男，24岁
        …已追踪密切接触者3人) rather than the city's totals (累计, 全市 …)?"""
        p = self.ctx.paras[pi]
        if rules.CITY_SCALE_RE.search(self.t, s_start, q.start):
            return False
        return bool(rules.PATIENT_RE.search(self.t, max(p.start, q.start - 400), q.start))

    @staticmethod
    def _header_metric(words: str) -> str | None:
        """The metric a list's lead words name: the last strong family word (出院病例 is
        about discharges, not the weak 病例 at its end) with its modifier."""
        strong = weak = None
        for m in rules.CASE_FAMILY_RE.finditer(words):
            if _family(m) == "weak_case":
                weak = m
            else:
                strong = m
        fam = strong or weak
        if fam is None:
            return None
        mod_m = _modifier(words)
        return _case_metric(_family(fam), mod_m.lastgroup if mod_m else None, None)

    # -- work resumption ---------------------------------------------------------------
    def _resumption(self, c: Clause) -> list[Figure]:
        t, q, pi, sentence_figs, next_q = self.t, c.q, c.pi, c.sentence_figs, c.next_q
        before, after, after_to_next, item_start = c.before, c.after, c.after_to_next, c.item_start
        c_start, c_end, s_start = c.start, c.end, c.sentence_start
        if q.unit == "%":
            m = _last(rules.RESUMPTION_RATE_RE, before)
            w = _last(rules.WORKER_RATE_RE, before)
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
                return [
                    self._fig(
                        "resumption_rate",
                        q,
                        item_start + m.start(),
                        q.end,
                        pi,
                        self._sector(s_start, q.start, sentence_figs, default=""),
                        "resume.rate",
                    )
                ]
            share = rules.RESUMED_SHARE_BEFORE.search(t, c_start, q.start)
            share_fig = (
                next((f for f in reversed(sentence_figs[-3:]) if f.metric in ("resumed", "workers_returned")), None)
                if share
                else None
            )
            if share_fig is not None and rules.OTHER_MEASURE.search(t, share_fig.q.end, q.start):
                share_fig = None  # 已复工的1010家…，2019年产值约3320亿元，占全市的99.1%: a share of output
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
            vb = rules.RATE_BY_VERB_BEFORE.search(before)
            va = rules.RATE_BY_VERB_AFTER.match(after) if vb is None else None
            if vb is not None or va is not None:
                start = item_start + vb.start() if vb is not None else q.start
                end = q.end + va.end() if va is not None else q.end
                return [
                    self._fig(
                        "resumption_rate",
                        q,
                        start,
                        end,
                        pi,
                        self._sector(s_start, q.start, sentence_figs, default=""),
                        "resume.rate_by_verb",
                    )
                ]
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
            q.unit == "人"
            and rules.WORKERS_LEAVING.search(
                t, self.ctx.bounds.full_sentence_start(q.start), self.ctx.bounds.sentence_end(q.end)
            )
            and not rules.WORKERS_BROUGHT_BACK_ANY.search(t, c_start, q.start)
        ):
            return []  # workers leaving for jobs elsewhere are not the place's returned workers
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
            m = _last(rules.WORKER_NOUN_BEFORE, before)
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
        if q.unit not in ("家", "个", "户", "项"):  # 户: enterprises too (复工复产3327户); 项: projects
            return []
        if (
            q.unit == "户"
            and not rules.RESUME_VERB_RE.search(t, c_start, c_end)
            and not (
                _ENTERPRISE_AT.match(after) or _ENTERPRISE_BEFORE.search(before)
            )  # 46户规模以上工业企业中，已有36户复工: enterprises, the sentence says what resumed
        ):
            return []  # 户 counts households unless its clause says something resumed
        if rules.NEW_STARTS_BEFORE.search(before):
            return []  # 新开工2家: new starts
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
        sector = rules.clean_sector(sec_after.group()) if sec_after else ""
        span_end = q.end + (sec_after.end() if sec_after else 0)
        if sec_after is None and re.match(r"^[\u4e00-\u9fff]{1,3}(?:组|队|人|次|天|批|个)", after):
            return []  # 6个指导组: not what resumed
        # N个重点项目已(经有/开工)M个: N is the sector's size, M what resumed
        if sec_after and next_q is not None and next_q.unit == q.unit:
            between = t[q.end + sec_after.end() : next_q.start]
            if (
                len(between) <= 12
                and rules.RESUME_VERB_RE.search(t, q.end, self.ctx.bounds.sentence_end(q.end))
                and re.fullmatch(
                    r"(?:中|里|,|已经|目前|现已|已|有|实现|建设|生产|合计|累计|共计|共|" + rules.RESUME_VERB + r")*",
                    between,
                )
            ):
                return [self._fig("sector_total", q, q.start, span_end, pi, sector, "resume.sector_total")]
        # 410个重点项目全部复工 / 重点农产品生产企业45家，全部复工复产: the sector's size,
        # and resumed = that size (implied by 全部, so its own rule id)
        m_all = rules.ALL_RESUMED_RE.match(t, span_end)
        if m_all and (sec_after or t[span_end] == ","):
            if not sector:
                sector = self._sector(c_start, q.start, sentence_figs, default="")
            if sector:
                end = m_all.end()
                return [
                    self._fig("sector_total", q, q.start, end, pi, sector, "resume.sector_total"),
                    self._fig("resumed", q, q.start, end, pi, sector, "resume.all_resumed"),
                ]
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
                or (sec_before and (self._names_whole(lo, q, pi) or (next_q is not None and next_q.unit == "%")))
            ) and self._resumed_next(q, next_q, c_end):
                sector = sector or rules.clean_sector(sec_before.group() if sec_before else "")
                start = sec_before.start() if sec_before and not sec_after else q.start
                return [self._fig("sector_total", q, start, span_end, pi, sector, "resume.sector_size")]
            return []
        if not sector:
            sector = self._sector(c_start, q.start, sentence_figs, default="")
            if not sector:
                sector = self._sector(s_start, q.start, sentence_figs, default="企业" if q.unit == "家" else "")
            if not sector:
                return []
        verb_b = _last(rules.RESUME_VERB_RE, before)
        if verb_b is not None and before.endswith(("未", "没有", "未能"), 0, verb_b.start()):
            return []  # 尚未复产两户: what has not resumed
        start = item_start + (verb_b.start() if verb_b else 0)
        sec_b = _last(rules.SECTOR_RE, before)
        if sec_b is not None:
            start = min(
                start, item_start + sec_b.start() + (len(sec_b.group()) - len(rules.clean_sector(sec_b.group())))
            )
        end = span_end
        if verb_b is None:
            va = rules.RESUME_VERB_RE.search(after)
            if va:
                end = q.end + va.end()
        return [self._fig("resumed", q, start, end, pi, sector, "resume.count")]

    def _listed_rate(self, q: Quantity, c_start: int, s_start: int, sentence_figs: list[Figure], pi: int):
        """A rate every place of a named list has: A、B、C(…)复工率均达100% / D、E均在90%以上 (the
        rate word of the clause before). A term the gazetteer doesn't know stands as written when
        at least two others are places (东侨 among 宁德's counties)."""
        t = self.t
        bound = rules.GROUP_BOUND_BEFORE.search(t, c_start, q.start)
        if bound is None:
            return []
        head_end = bound.start()
        rate = _last(_ANY_RATE_WORD, t[c_start:head_end])
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
        terms = _TERM_SEP.split(t[c_start:head_end])
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
        all (全区…257个, 共入驻企业11211家, 共摸排…504户)?"""
        return bool(_WHOLE_WORDS.search(self.t, lo, q.start)) or any(
            pl.start == lo and pl.scope in ("sub", "zone", "home") for pl in self.ctx.places(pi, q.start)
        )

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
            next_q.unit != q.unit
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
        for f in reversed(sentence_figs[-_LIST_LOOKBACK:]):  # bounded: linear time
            if f.q.start < part:
                break
            own.append(f)
        return (
            bool(own)
            and own[0].metric == "workers_returned"
            and not any(f.metric in ("resumed", "sector_total", "resumption_rate") for f in own)
        )

    def _sector(self, lo, hi, sentence_figs, default="企业") -> str:
        m = _last(rules.SECTOR_RE, self.t[lo:hi])
        if m is not None:
            return rules.clean_sector(m.group())
        for f in reversed(sentence_figs[-20:]):  # a sector carries over a list, not a page
            if f.sector:
                return f.sector
        return default

    def _fig(self, metric, q, start, end, pi, sector, rule):
        return Figure(metric, sector, (start, end), q, rule, pi, unit=q.unit, org_ok=True)


def _words_after(own_after: str) -> tuple[re.Match | None, re.Match | None]:
    """The first verb and the first noun of the words after a count (7名确诊患者治愈出院: 出院, 确诊)."""
    verb = noun = None
    for m in rules.CASE_FAMILY_RE.finditer(own_after):
        f = _family(m)
        if f == "recovered" and rules.DESCRIBED_PATIENTS_AFTER.match(own_after, m.end()):
            continue  # 4名治愈患者在医护人员的陪同下走出: patients described, not a report
        if f in ("observation", "released") and rules.PATIENTS_COUNTED.match(own_after):
            continue  # 4名患者…返回当地进行医学隔离观察: discharged patients, not the contacts
        if f in rules.VERB_FAMILIES and verb is None:
            verb = m
        elif f in rules.NOUN_FAMILIES and noun is None:
            noun = m
    return verb, noun


def _listed_places(ctx: ArticleContext, pi: int, lo: int, hi: int) -> list[Place]:
    """The districts of a list that a none-statement covers: `A区、B县、C市均无…` and
    nothing else between the clause start and 均/都."""
    tail = rules.LIST_ALL_RE.search(ctx.text, lo, hi)
    if tail is None:
        return []
    places = [
        pl
        for pl in ctx.places(pi, tail.start())
        if lo <= pl.start and pl.end <= tail.start() and pl.scope in ("sub", "zone", "other")
    ]
    if len(places) < 2:
        return []
    pos = lo
    for pl in places:
        if ctx.text[pos : pl.start].strip("、和及 ") != "":
            return []
        pos = pl.end
    return places if ctx.text[pos : tail.start()].strip() == "" else []


def none_figures(ctx: ArticleContext) -> list[Figure]:
    out = []
    t = ctx.text
    for m in rules.NONE_RE.finditer(t):
        pi = ctx.para_of(m.start())
        c_start, _ = ctx.bounds.clause(m.start(), m.end())
        if rules.VAGUE_STREAK_RE.search(t[c_start : m.start()]):
            continue
        if rules.IMPORTED_OPENING.match(t, ctx.bounds.full_sentence_start(m.start())):
            continue  # 境外输入现有确诊病例811例…，无死亡病例: about the imported cases
        if m.group("imported") and not m.group("local"):
            continue  # 无新增境外输入确诊病例: about imported cases only, no metric of ours
        kw, neg, new = m.group("kw"), m.group("neg"), bool(m.group("new"))
        metric = rules.NONE_METRICS.get(kw, (None, None))[0 if new else 1]
        if metric is None and kw == "病例" and neg == "未有" and t[max(0, m.start() - 1) : m.start()] == "尚":
            metric = "confirmed_total"  # 延庆区尚未有病例: none so far
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
    for m in rules.NONE_AFTER_RE.finditer(t):
        pi = ctx.para_of(m.start())
        kw = m.group("kw")
        metric = rules.NONE_AFTER_METRICS[kw]
        q = Quantity(m.start(), m.end(), m.start(), 0.0, "例", "", "", False)
        out.append(Figure(metric, "", (m.start(), m.end()), q, "case.none_after", pi, value=0.0, unit="例"))
    return out


def _cleared(ctx: ArticleContext) -> list[Figure]:
    """住院病例清零, 确诊病例、疑似病例清零, 双清零: zeros for what the clause says was cleared."""
    out = []
    t = ctx.text
    found = [(m, False) for m in rules.CLEARED_RE.finditer(t)] + [(m, True) for m in rules.RELEASED_ALL_RE.finditer(t)]
    found.sort(key=lambda x: x[0].start())
    for m, released in found:
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
        elif released:  # 疑似病例和密切接触者已全部解除隔离: nobody is left under watch
            metrics = [metric for metric, rx in rules.CLEARED_NOUNS if metric != "hospitalized" and rx.search(words)]
        else:
            metrics = [metric for metric, rx in rules.CLEARED_NOUNS if rx.search(words)]
            if "hospitalized" in metrics and "observation" in metrics and not re.search(r"在院|住院|确诊|病例", words):
                metrics.remove("hospitalized")  # 密切接触者医学观察清零: the contacts only
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
    head = _TERMS_LEAD.match(t, head_start, m.start())  # 其中河西区、和平区复工率分别…: 其中 is no term
    if head is not None:
        head_start = head.end()
    words_start, head_end = c_start, m.start()
    if head_start == m.start() and c_start >= 2 and t[c_start - 1] == ",":
        prev_start, prev_end = ctx.bounds.clause(c_start - 2, c_start - 1)
        lead = _TERMS_LEAD.match(t, prev_start, prev_end)
        tail = _SHARED_METRIC_TAIL.search(t, prev_start, prev_end)
        if tail is None:
            return None
        head_start, head_end, words_start = lead.end() if lead else prev_start, tail.start(), prev_start
    terms = [x for x in _TERM_SEP.split(t[head_start:head_end]) if x]
    if k >= len(terms) or len(terms) < 2:
        return None
    pos = head_start + sum(len(x) for x in terms[:k])
    term = terms[k]
    pos = t.find(term, pos)
    return term, pos, words_start


# 、 and 和/及/与 between terms, not opening one (和平区、河东区: 和平区 is a term)
_TERM_SEP = re.compile(r"、|(?<=[^、])(?:和|及|与)")
_TERMS_LEAD = re.compile(r"\s*(?:其中|包括|另外|此外|同时)\s*")
# 和平区、河东区、河西区的复工率均超过80%: the metric the terms share, after the last of them
_SHARED_METRIC_TAIL = re.compile(
    r"(?:的)?(?:" + rules.RESUMPTION_RATE_RE.pattern + "|" + rules.WORKER_RATE_RE.pattern + r")[^、]*$"
)
_ALL_RECOVERED_NEXT = re.compile(r"[,;]\s*(?:目前|现)?(?:已经?|均已)?(?:全部|均)(?:已)?(?:治愈出院|治愈|出院)")


def classify_article(ctx: ArticleContext) -> list[Figure]:
    """Every figure of an article, in text order, then its none-statements. Figures of one
    sentence (counting "；" parts as one: a list runs on across them) are classified
    together, so list items and section headers see what came before them."""
    quantities = candidate_quantities(ctx)
    clf = Classifier(ctx)
    figures: list[Figure] = []
    sentence_key: tuple[int, int] | None = None
    sentence_figs: list[Figure] = []
    list_parent: Figure | None = None  # the figure a list breaks down, while its items run on
    for k, q in enumerate(quantities):
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
                        if _SENTENCE_END_LIST.match(ctx.text, f.span[1]) and _list_sum(ctx, s_start) == f.q.value
                    ]
                    carry = closing or whole[:1]
            elif list_parent is not None and s_start == ctx.paras[pi].start:
                carry = [list_parent]
            sentence_key, sentence_figs = (pi, s_start), carry
        prev_q = quantities[k - 1] if k and quantities[k - 1].end > s_start else None
        next_q = quantities[k + 1] if k + 1 < len(quantities) else None
        figs = clf.classify(q, prev_q, next_q, sentence_figs, pi)
        sentence_figs.extend(figs)
        figures.extend(figs)
    figures.extend(none_figures(ctx))
    return figures


def _bare_metric(bare_metric: str, sentence_figs: list[Figure], s_start: int) -> str:
    """死亡病例新增12例,累计46例: a bare 累计 after another family's figure is that family's total."""
    prev = sentence_figs[-1] if sentence_figs else None
    if prev is not None and prev.q.end >= s_start and prev.metric in _BARE_AFTER_NEW:
        return _BARE_AFTER_NEW[prev.metric].get(bare_metric, bare_metric)
    return bare_metric


def _compared_or_reports(t: str, q: Quantity, kw: re.Match, kw_before: bool, family: str, before: str) -> bool:
    """治愈率均高于全国24.2% (the level it is compared with, another place's); 累计报告病例848例。
    其中,疑似病例4例…、确诊病例155例、排除688例 (reports that suspected and excluded cases split)."""
    if kw_before and rules.COMPARED_BETWEEN.search(before, kw.end()):
        return True
    return family == "weak_case" and bool(rules.WEAK_TOTAL_SPLIT.match(t, q.end))


def _sentence_modifier(t: str, s_start: int, c_start: int) -> re.Match | None:
    """The sentence's modifier for a clause that has none, not one inside a bracket
    (疑似病例4例(当天新增3例)、…、确诊病例155例: the 新增 is the bracket's)."""
    word = _modifier(t[s_start:c_start])
    if word is not None and t.count(")", s_start + word.end(), c_start) > t.count("(", s_start + word.end(), c_start):
        return None
    return word


def _last_of_set(word: re.Match | None, family: str) -> bool:
    return word is not None and word.group() == "最后" and family in ("confirmed", "weak_case")


def _also_critical(
    t: str, family: str, kw_before: bool, kw_at: int, span: tuple[int, int], q: Quantity, pi: int
) -> list[Figure]:
    """在治(危)重症0例: severe and critical, written as one word."""
    if family != "severe" or not kw_before or not t.endswith("(危)", 0, kw_at):
        return []
    return [Figure("critical", "", span, q, "case.severe_and_critical", pi, unit=q.unit)]


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
