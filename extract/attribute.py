"""Attribution: the place a figure is about (its date: dating.py).

A figure takes the nearest place named before it, with the exceptions a reader makes: travel history, list items that own only their own item,
bracketed attributions, 该县/全区 back-references, organisations' short names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract import rules
from extract.case_rules import CASE_COUNT
from extract.clause import Figure, last_match_in
from extract.dating import in_closed_bracket
from extract.gazetteer import divisions
from extract.numbers import CN_NUM_CHARS, Quantity
from extract.places import (
    GENERIC_ZONES,
    NOWHERE,
    OPTIONAL_REFS,
    SHIP_REFS,
    TOWN_REFS,
    ZONE_SHORT_REFS,
    Place,
    matcher_for,
    short_name,
    unlisted_scope,
)
from extract.records import RESUMPTION_METRICS
from extract.segment import DATELINE, ArticleContext
from extract.speakers import is_home_word, issuing_county, speaks_for
from extract.world import countries, foreign_canon


def _region_scope(scope: str) -> str:
    """A district's or a zone's figure is the home city's (scope "home"); other scopes stay."""
    return "home" if scope in ("sub", "zone") else scope


# 累计报告本地确诊病例339例 after a sentence on 境外输入 cases: the place's own, not elsewhere's
_LOCAL_NAMED = re.compile(r"本地|本土")


def figure_place(ctx: ArticleContext, fig: Figure) -> tuple[str, str]:
    """(region, scope) of a figure: the nearest place named before it; a figure that counts
    an earlier one again (辽宁省共报告了30例…所有30名患者都在…) is that one's place's."""
    region, scope = _own_place(ctx, fig.restates if fig.restates is not None else fig)
    if scope == "local" and ctx.city is not None and fig.metric in RESUMPTION_METRICS and _TOWN_NAME.fullmatch(region):
        return region, "home"  # 店口镇224家规模以上企业已全部复工: a town of the city reports its firms
    return region, scope


# a town's own name (not 该镇, nor a description: 这些较远乡)
def _earlier_sentence_only(ctx: ArticleContext, pl: Place, fig: Figure, s_start: int, para_start: int) -> bool:
    """Does a place named in an earlier sentence own that sentence only? A district does unless
    the later one breaks it down, it opens its paragraph or its firms go on past a "；"."""
    if pl.start >= s_start:
        return False
    return (
        pl.scope in ("sub", "local")
        and not _broken_down(ctx, pl, s_start)
        and not _opens_its_paragraph(ctx, pl, para_start)
        and not _governs_past_semicolon(ctx, pl, fig)
    )


def _governs_past_semicolon(ctx: ArticleContext, pl: Place, fig: Figure) -> bool:
    """店口镇224家规模以上企业已全部复工；规模以下企业复产率超过60%: a place whose firms the
    sentence counts goes on past its "；" (a case bulletin's "；" starts the city's part)."""
    return fig.metric in RESUMPTION_METRICS and pl.start >= ctx.bounds.full_sentence_start(fig.q.start)


_TOWN_NAME = re.compile(r"(?![该本全各此其])(?:(?![这那些较])[\u4e00-\u9fff]){2,4}(?:镇|乡|街道)")


def _own_place(ctx: ArticleContext, fig: Figure) -> tuple[str, str]:
    t = ctx.text
    pi = fig.para
    p = ctx.paras[pi]
    pos = fig.q.start
    c_start, _ = ctx.bounds.clause(fig.q.start, fig.q.end)
    s_start = ctx.bounds.sentence_start(fig.q.start)
    listed = _listed_owner(ctx, fig, pi, s_start)
    if listed is not None:
        return listed
    # 新增确诊病例1例（湘潭县）: a place in brackets right after the figure owns it
    if fig.org_ok and not (fig.metric in ("resumed", "sector_total") and fig.q.unit in ("家", "户")):
        # an organisation is the most specific subject: 中车株洲所7000余名员工返岗 (not of a count
        # of enterprises: 百威啤酒…等重点企业和18户口腔企业复工 counts a sector, not a company)
        alias = _org_alias(ctx, t[c_start : fig.q.start])
        if alias:
            return alias, "home"
        orgs = [
            pl
            for pl in ctx.places(pi, fig.q.start)
            if pl.scope == "org" and s_start <= pl.start and pl.end <= pos and not _examples_of_count(t, pl.end, fig.q)
        ]
        if orgs:
            return _org_named_at(ctx, orgs[-1]), "home"
        # (该公司自2月20日开始复工复产,目前复工复产率已达100%: the sentence's subject; 公司复工复产
        # “火力全开”。目前,已有90多名工人返岗: the paragraph's)
        lo = max(p.start, s_start - _QUOTE_REACH)
        subject = t.find("公司", lo, s_start) >= 0 and _FIRM_SUBJECT.search(t, lo, s_start) is not None
        backref = subject or _ORG_BACKREF.search(t, s_start, fig.q.start) is not None
        if backref or _firm_speaks(ctx, fig, p, s_start):
            # 该公司员工到岗率达94%: the company named last before it in the paragraph (a manager's
            # quote: or in the one before, of the same story, where the scene was set), else earlier
            # in its story (within reach), else one the text does not name in full (来到金盛水产…，
            # 目前该企业…): not the city's either way
            before = ctx.paras[pi - 1] if not backref and pi and ctx.paras[pi - 1].story == p.story else p
            named = _firm_named_before(ctx, before, pos)
            return (
                named if named[1] == "home" or not subject else _firm_named_before(ctx, _story_reach(ctx, pi, pos), pos)
            )
    if fig.metric in CASE_COUNT and _HOSPITAL_BACKREF.search(t, max(s_start, c_start - 40), fig.q.start):
        return "该院", "institution"  # 截止2月11日24时,该院累计治愈…12例: the hospital the story is about
    if fig.metric in CASE_COUNT and (home := _CARE_HOME.search(t, max(s_start, c_start - 40), fig.q.start)):
        return home.group(1), "institution"  # 沃尔夫斯堡市一家养老院29日新增3例…死亡病例: the home's
    if fig.metric in CASE_COUNT:
        inst = (
            _institution(ctx, fig, pi, c_start, s_start)
            if _INSTITUTION_WORD.search(t, s_start, ctx.bounds.clause(fig.q.start, fig.q.end)[1])
            else None
        )
        if inst is not None:
            return inst, "institution"  # 协和医院又有27名患者出院, 4例在某医院: the hospital's
        group = (
            next(
                (
                    pl
                    for pl in ctx.places(pi, fig.q.end)
                    if pl.scope == "group" and fig.q.end <= pl.start <= fig.q.end + 2
                ),
                None,
            )
            if _GROUP_AFTER.match(t, fig.q.end)
            else None
        )
        if group is not None:
            return group.name, "group"  # 47名中国同胞被确诊: a group's count, no place's
        owner = _bracket_owner(ctx, fig, pi)
        if owner is not None:
            return owner
        m = _OWNER_AFTER.match(t, fig.q.end)
        if m:  # 现有疑似病例1例为抚州市病例: the place after 为 owns the figure
            after = next((pl for pl in ctx.places(pi, m.end()) if pl.start == m.end()), None)
            if (
                after is not None
                and after.scope in ("home", "sub", "zone", "other")
                and (not m.group("clause") or _OWNED_CASES.match(t, after.end))
            ):
                return after.name, _region_scope(after.scope)
    if rules.REST_OF_PLACES.match(t, c_start, fig.q.start):
        return "其余", "local"
    lead = _clause_lead(ctx, fig, c_start, pi)
    if lead is not None:
        return lead
    places = ctx.places(pi, fig.q.start)
    topic = _topic_subject(ctx, pi, c_start, s_start, places, pos)
    if topic is not None:
        return topic
    for pl in reversed(places):
        if pl.end > pos:
            continue
        if pl.scope == "org":
            continue
        if pl.scope in ("home", "sub", "zone", "other") and any(
            o.scope == "org" and o.start == pl.start and pl.end < o.end for o in places
        ):
            continue  # 武汉 opening 武汉协和医院 is the hospital's name, not the place
        if pl.scope in ("other", "home", "sub", "zone") and (
            _is_baseline(ctx, pl) or (t[pl.start - 1 : pl.start] == "是" and _MOST_OF.match(t, pl.end))
        ):
            # 复产率78.26%，高于全省23日复产率12.96个百分点; 马德里自治区是西班牙疫情最严重的地区,
            # 目前累计…: what it is compared with, not the subject
            continue
        if (
            pl.name in NOWHERE
            and (pl.start < s_start or t.find("、", pl.end, pos) >= 0 or _owns_its_clause(t, pl, pos))
            and (
                ctx.city
                or _PART_LEAD.search(t, max(p.start, pl.start - 12), pl.start)
                or (pl.start < s_start and _LOCAL_NAMED.search(t, s_start, pos) is not None)
            )
        ):
            continue  # 疑似病例转外地核减1例、确诊病例155例; 在外地的…141人,其余353人: its own item only
        if pl.scope == "group":
            if _group_not_owner(ctx, pi, pl, fig, pos):
                continue
            return pl.name, "group"  # 撤侨航班: no place, no one's figure
        if pl.scope in ("foreignref", "provref"):
            ref = _referred(ctx, pl, pi)
            if ref is None:
                continue  # 船上 with no ship named before: no one's reference
            return ref
        if pl.scope == "other" and _in_dateline(ctx, pl):
            continue  # 新华社罗马3月8日电: where the reporter files from, not what the figure is about
        if pl.scope == "zoneref":
            zone = _zone_before(ctx, pl, pi) or _own_zone(ctx, pl)
            if zone is not None:
                return zone
            continue
        country = _feeds_country(ctx, pl, pi)
        if country is not None:
            return country  # 伊朗卫生部…全国死亡人数累计达到4110人: that country's 全国
        if pl.scope == "home" and is_home_word(ctx, pl):
            if _COMPARED_IN.search(t, max(p.start, pl.start - 2), pl.start) and (
                _COMPARED_AFTER.match(t, pl.end) or t.endswith("率先在", max(p.start, pl.start - 3), pl.start)
            ):
                continue  # 在全市率先实现100%复工, 率先在全市实现: the city is what it is compared within
            return speaks_for(ctx, pi, pl.start)
        if pl.scope == "subref":
            r = _resolve_subref(ctx, pl, pi)
            if r:
                return r
            if pl.name in _COUNTY_SELF:
                county = issuing_county(ctx, pi)  # the county whose bulletin this is (its signature)
                if county is not None:
                    return county, _region_scope(unlisted_scope(county, ctx.city))
                return pl.name, "unplaced"  # a county paper's 我县 with no county named: not the city's
            continue
        if _earlier_sentence_only(ctx, pl, fig, s_start, p.start):
            continue  # a district named in an earlier sentence doesn't own this one (a zone a story
            # is about does: 高新区已复工…。…18户口腔企业先后复工)
        if pl.scope == "zone" and pl.start < s_start and _ZONE_ITEM.match(t, pl.end):
            continue  # …、南湖新区7例。当日出院2例: a zone that was a list's item owns only its item
        if (pl.scope == "other" and _is_travel(t, pl)) or _HOSPITAL_SITE.match(t, pl.end):
            continue  # 均有武汉旅居史, 在吕梁市定点医疗机构…治疗: where patients went, not whose figure
        if _is_item_place(t, pl, fig.q.start) or _part_then_whole(ctx, pl, places, p.start, pos):
            # 韶山市2例；累计出院病例10例: a list item's place owns only its item;
            # 其中东京都单日新增112例;死亡病例单日新增19例: the part's, then the whole's again
            continue
        if _aside(ctx, pl, places, s_start, pos):
            continue
        lo = max(p.start, pl.start - 200)  # bounded: linear time on any paragraph
        if t.rfind("(", lo, pl.start) > t.rfind(")", lo, pl.start) and t.find(")", pl.end, fig.q.start) >= 0:
            continue  # a bracketed attribution belongs to the figure before it
        if (
            fig.q.unit != "%"
            and pl.scope in ("other", "home", "sub", "zone")
            and not t.startswith("(", pl.end)  # 西班牙、义大利(16万2488确诊…): the bracket is its own
            and any(
                x.end <= pl.start
                and pl.start - x.end <= 5
                and x.scope in ("other", "home", "sub", "zone")
                and _JOINED_BETWEEN.fullmatch(t, x.end, pl.start)
                for x in places
            )
        ):
            # 庆尚北道和大邱市累计确诊48, 合计日本国内和“钻石公主”号邮轮…20人死亡: two places' count
            return pl.name, "unplaced"
        return _as_named(ctx, pl)
    # no place in this paragraph: the place the story's earlier paragraphs speak of, else the
    # city that speaks (a dateline, a title), else the home city
    return _carried_place(ctx, pi) or _headline_subject(ctx, pi) or speaks_for(ctx, pi, pos)


def _headline_subject(ctx: ArticleContext, pi: int) -> tuple[str, str] | None:
    """In a feed (no home city), a headline that names no place (新增20例 累計215例) is about
    the place its story's first paragraph opens with (台灣新增20例…)."""
    p = ctx.paras[pi]
    if ctx.city is not None or not p.headline:
        return None
    for j in range(pi + 1, min(len(ctx.paras), pi + 4)):
        nxt = ctx.paras[j]
        if nxt.story != p.story:
            return None
        if nxt.headline or nxt.byline:
            continue
        first = next(
            (pl for pl in ctx.named_places(j) if pl.scope == "other" and not _in_dateline(ctx, pl)),
            None,
        )
        return None if first is None else (first.name, "other")
    return None


def _group_not_owner(ctx: ArticleContext, pi: int, pl: Place, fig: Figure, pos: int) -> bool:
    """Is a group named before the figure (撤侨, 境外) not the figure's owner?"""
    p, t = ctx.paras[pi], ctx.text
    if in_closed_bracket(t, p.start, pl, pos):
        return True  # 累计882例(含包机归国人员确诊14例),累计死亡29例: the bracket's group only
    # 新增20例境外移入 累計215例: the kind of the new count, not the total's place
    return (
        p.headline
        and fig.metric.endswith("_total")
        and _COUNT_JUST_BEFORE.search(t, max(p.start, pl.start - 6), pl.start) is not None
    )


_COUNT_JUST_BEFORE = re.compile(r"\d\s*(?:例|人|名|宗)\s*$")


def _as_named(ctx: ArticleContext, pl: Place) -> tuple[str, str]:
    """(region, scope) of the place a figure is about; 國內 in what Taiwan's epidemic command
    centre says (中央流行疫情指揮中心今日公布，國內新增23例) is 台湾, not the country."""
    if pl.name == "全国" and ctx.text.startswith("国内", pl.start) and _TAIWAN_SPEAKS.search(ctx.text):
        return "台湾", "other"
    if pl.name in GENERIC_ZONES:
        named = _zone_named_before(ctx, pl)
        if named is not None:
            return named, "home"  # 紫竹高新区…。高新区内企业已全面复工: the story's own zone
    return pl.name, _region_scope(pl.scope)


_ZONE_LOOKBACK = 6  # paragraphs of the story looked back at (bounded)


def _zone_named_before(ctx: ArticleContext, pl: Place) -> str | None:
    """The zone a story named in full (紫竹高新区) that its later bare 高新区 stands for."""
    pi = ctx.para_of(pl.start)
    story = ctx.paras[pi].story
    for i in range(pi, max(-1, pi - _ZONE_LOOKBACK), -1):
        if ctx.paras[i].story != story:
            break
        for other in reversed(ctx.named_places(i)):
            if (
                other.start < pl.start
                and other.name != pl.name
                and other.name.endswith(pl.name)
                and other.scope == "zone"
            ):
                return other.name
    return None


_TAIWAN_SPEAKS = re.compile(r"中央流行疫情指挥中心|疾病管制署|疾管署|疾管家|卫福部")


def _topic_subject(ctx: ArticleContext, pi: int, c_start: int, s_start: int, places, pos: int):
    """随着最后4例患者出院，德阳市18例…已全部治愈出院: a figure in a 随着 clause that names no
    place is the main clause's, whose subject follows it in the sentence."""
    t = ctx.text
    if not _TOPIC_CLAUSE.match(t, c_start) or any(s_start <= pl.start < pos for pl in places):
        return None
    s_end = ctx.bounds.sentence_end(pos)
    main = t.find(",", pos, s_end)
    after = [
        pl
        for pl in ctx.named_places(pi)
        if main >= 0 and main < pl.start < min(s_end, main + 12) and pl.scope in ("home", "sub", "zone", "other")
    ]
    if not after:
        return None
    subject = after[0]
    for nxt in after[1:]:  # 四川德阳市: the most specific of the places written together
        if nxt.start != subject.end:
            break
        subject = nxt
    if is_home_word(ctx, subject):
        return speaks_for(ctx, pi, subject.start)
    return subject.name, _region_scope(subject.scope)


def _broken_down(ctx: ArticleContext, pl: Place, s_start: int) -> bool:
    """…乐至县复工复产工业企业共计268户。其中,规模以上工业企业复工复产65户: a sentence that opens
    with 其中 breaks down the sentence before, whose subject it keeps."""
    full = ctx.bounds.full_sentence_start(s_start)  # its "；" parts too
    return (
        pl.scope == "sub"
        and full > 0
        and pl.start < full
        and bool(rules.BREAKDOWN_OPENING_RE.match(ctx.text, full))
        and pl.start >= ctx.bounds.sentence_start(full - 1)
    )


def _opens_its_paragraph(ctx: ArticleContext, pl: Place, para_start: int, any_verb: bool = False) -> bool:
    """截至4月20日24时,利川市累计报告…58例。目前累计治愈出院57例: a county that is the subject of
    its paragraph's first sentence (after the date frame, before its first figure word) owns the
    paragraph's later sentences too (a listed district, 荷塘区3例。…, does not)."""
    return (
        pl.scope == "sub"
        and pl.name[-1] in "市县旗区"
        and bool(_PARAGRAPH_SUBJECT.fullmatch(ctx.text, para_start, pl.start))
        and (any_verb or bool(_SUBJECT_VERB.match(ctx.text, pl.end)))
    )


# a paragraph's opening words before its subject: a date frame (截至2020年4月20日24时,) at most
# a county's own organ as a story's subject: 勐腊县住建局, 县委、县政府 (not its hospital or a firm)
_COUNTY_ORGAN_AFTER = re.compile(
    r"(?:委|政府|人民政府|[\u4e00-\u9fff]{1,4}局|[\u4e00-\u9fff]{1,3}办公室|防控指挥部|融媒体中心)"
    r"(?![\u4e00-\u9fff]{0,2}(?:医院|学校|公司))"
)
_PARAGRAPH_SUBJECT = re.compile(
    r"\s*(?:(?:截至|截止|截止到)?[\d年月日时:点0-9\-—至]{0,24}\s*[,，]?\s*)?(?:(?:截至)?目前|当前|至此)?\s*[,，]?\s*"
)
# (目前,河西区商务楼宇共计131座: a few words of what it counts may come first)
_SUBJECT_VERB = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:累计|新增|无新增|现有|共|已|报告)")
_TOPIC_CLAUSE = re.compile(r"\s*随着")
# 该企业, 这家台企, 公司员工到岗率…: the company the story is about
# (a bare 公司 opening its clause is the story's company: 目前,公司对于返岗的172名员工)
_ORG_BACKREF = re.compile(r"(?:该|这家|此)(?:企业|公司|厂|集团|项目|台企)|(?<![\u4e00-\u9fff])公司")
# a firm's manager speaking (企业负责人王勇说, 合作社负责人妥丰岩如是说): as the source before a
# figure (据企业负责人介绍,…), after a quote (“…265名本地工人到岗…”企业负责人王勇说), or before
# the paragraph's later sentences (该公司相关负责人崔炳森说,…。目前,已有590人返岗上班)
# (…有限公司副总经理魏魁介绍; “…”该公司介绍: the firm itself)
_SAYS = r"(?:如是说|说|介绍|表示|称)"
_MANAGER_SAYS = (
    r"(?:(?:企业|公司|厂|合作社)(?:的)?(?:相关)?(?:负责人|副?总经理|经理|董事长|副?厂长|副?总裁|总监)[\u4e00-\u9fff]{0,3}"
    r"|(?<=该|此)(?:企业|公司|厂|合作社)|(?<=这家)(?:企业|公司|厂|合作社))" + _SAYS
)
_FIRM_SOURCE_BEFORE = re.compile(r"据" + _MANAGER_SAYS)
_FIRM_SPEAKER_BEFORE = re.compile(r"(?:该|这家|此)?" + _MANAGER_SAYS)
_FIRM_SPEAKER_AFTER = re.compile(r"[,，]?\s*(?:该|这家|此)?" + _MANAGER_SAYS)
_TO_THE_FACTORY = re.compile(r"[^,;。，；]{0,6}?(?:到厂|返厂|回到(?:厂里|工厂))")


def _clause_lead(ctx: ArticleContext, fig: Figure, c_start: int, pi: int) -> tuple[str, str] | None:
    """A place the gazetteer doesn't know, opening the figure's clause: 新建县复工率88.1% (a
    district by its suffix); in a feed, 豪登省总确诊76例 after a country is named (that
    country's province, state or county, as written)."""
    t = ctx.text
    lead = rules.CLAUSE_DISTRICT_RE.match(t, c_start, fig.span[0])
    if lead is not None and rules.NOT_CLAUSE_DISTRICT.match(lead.group(1)):
        lead = None
    foreign = lead is None and ctx.city is None
    if foreign:
        lead = rules.FOREIGN_DIVISION_LEAD.match(t, c_start, fig.span[0])
    if lead is None or any(c_start <= pl.start < fig.span[0] for pl in ctx.places(pi, fig.q.start)):
        return None
    if not foreign:
        return lead.group(1), _region_scope(unlisted_scope(lead.group(1), ctx.city))
    name = lead.group(1)
    if divisions().county_city(name) or name in divisions().provinces.values():
        return None  # a Chinese division: the gazetteer's business
    at = Place(c_start, c_start, "", "other")
    return (name, "other") if _foreign_before(ctx, at, pi, countries_only=True)[1] == "other" else None


_FIRM_REACH = 600  # characters a firm's name is looked for before its figure (bounded)


# 中盐集团、兰太实业、庆华集团等120户企业复工复产: firms named as examples of a count, no owner of it
_EXAMPLES_OF_COUNT = re.compile(r"[^,，。;；]{0,80}?等\s*(?:\d+|[一二两三四五六七八九十百]+)\s*(?:户|家|个|项|所|座)")


def _examples_of_count(t: str, name_end: int, q: Quantity) -> bool:
    """Is the firm named up to name_end one of the examples of a count (…等25个项目) that q is,
    or that comes before q (…等25个项目已开复工,开复工率55.6%: the rate is the count's too)?"""
    return _EXAMPLES_OF_COUNT.match(t, name_end, q.end) is not None


# a bare 公司 as a sentence's subject (公司复工复产…): the company the story is at
_FIRM_SUBJECT = re.compile(r"(?:^|(?<=[。,，]))公司(?:复工|复产|开工|恢复生产|已)")


def _story_reach(ctx: ArticleContext, pi: int, pos: int):
    """The earliest paragraph of pi's story that starts within _FIRM_REACH of pos (pi's own
    at least): where the company a story is at was named."""
    story, j = ctx.paras[pi].story, pi
    while j > 0 and ctx.paras[j - 1].story == story and ctx.paras[j - 1].start >= pos - _FIRM_REACH:
        j -= 1
    return ctx.paras[j]


def _firm_named_before(ctx: ArticleContext, para, pos: int) -> tuple[str, str]:
    """The company named last before pos from para's start (a full name, else as a sentence
    names it: 四川裕罗公司车间); one the text does not name: not the city's either way."""
    lo = max(para.start, pos - _FIRM_REACH)
    # the name that ends last, and the longest of those ending there (单县六和饲料有限公司食品分公司,
    # not the 食品分公司 inside it)
    found = ((ctx.text.rfind(o, lo, pos), o) for o in ctx.orgs[:_ORGS_PER_LEAD])
    named = max(((at, o) for at, o in found if at >= 0), key=lambda x: (x[0] + len(x[1]), len(x[1])), default=(-1, ""))
    if named[0] < 0:
        named = _local_org_before(ctx, para, pos)
    return (named[1], "home") if named[0] >= 0 else ("该企业", "local")


def _local_org_before(ctx: ArticleContext, para, pos: int) -> tuple[int, str]:
    """(start, name) of the last organisation named from para's start up to pos as a sentence's
    own words name it (四川裕罗公司车间: no 有限公司 to find it by); (-1, "") when none."""
    lo = max(para.start, pos - _FIRM_REACH)
    orgs = [x for x in matcher_for(ctx.city).find_local_and_orgs(ctx.text[lo:pos]) if x.scope == "org"]
    return (orgs[-1].start + lo, orgs[-1].name) if orgs else (-1, "")


def _firm_speaks(ctx: ArticleContext, fig: Figure, p, s_start: int) -> bool:
    """The firm the story is at is the source of the figure: its manager introduces it in the
    sentence, or says it in a quote (bounded: the sentence, the paragraph's quote)."""
    t = ctx.text
    lo = max(p.start, fig.q.start - _QUOTE_REACH)  # bounded either way: linear on any paragraph
    if _FIRM_SOURCE_BEFORE.search(t, max(s_start, lo), fig.q.start):
        return True
    if _TO_THE_FACTORY.match(t, fig.q.end) and _firm_named_before(ctx, p, fig.q.start)[1] == "home":
        return True  # …云南绿润食用菌发展有限公司…。现已有…22名工人到厂上班: the factory named before
    # 该公司相关负责人崔炳森说，…。目前，已有590人返岗上班: the manager's account runs on in the
    # paragraph's later sentences, while no place is named after the speaker
    # (全市, 我县, 全省 are places here too: any place named after the speaker ends the account)
    said = last_match_in(_FIRM_SPEAKER_BEFORE, t, lo, s_start)
    if said is not None and not any(
        said.end() <= pl.start < fig.q.start and pl.scope != "org" for pl in ctx.places(fig.para, fig.q.start)
    ):
        return True
    close = t.find("”", fig.q.end, min(p.end, fig.q.end + _QUOTE_REACH))
    if close >= 0 and t.rfind("“", lo, fig.q.start) >= 0 and bool(_FIRM_SPEAKER_AFTER.match(t, close + 1)):
        return True
    # 记者又走进四川联友纺织工业有限公司…。“从2月15日正式复工以来,返岗的工人有560人…”: a quote
    # opening the paragraph after the reporter walked into a firm is the firm's
    prev = ctx.paras[fig.para - 1] if fig.para else None
    return (
        prev is not None
        and t.startswith("“", p.start)
        and fig.q.start - p.start <= _QUOTE_REACH
        and prev.story == p.story
        and _REPORTER_VISITS_FIRM.search(t, prev.start, min(prev.end, prev.start + _QUOTE_REACH)) is not None
    )


_REPORTER_VISITS_FIRM = re.compile(r"记者[^。]{0,8}?(?:走进|来到|走访|探访|深入)[^。]{0,30}?(?:公司|厂|集团)")


_QUOTE_REACH = 300


_HOSPITAL_BACKREF = re.compile(r"(?:该|本|我|此)院(?!士|长|党委|领导)")
# cheap gates before a figure's places are looked at for a hospital or a group
_INSTITUTION_WORD = re.compile(r"医院(?!管理局)|院区|病区|方舱|隔离点|救治中心|治疗中心")  # 医院管理局: an authority
_CARE_HOME = re.compile(r"(?:一家|该|这家|此|多家)(养老院|敬老院|福利院)")
_GROUP_AFTER = re.compile(r"(?![(]含|[(]其中).{0,2}(?:中国|同胞|撤侨|包机|港澳台)")  # not a (含…) breakdown
INSTITUTION_RE = re.compile(r"(?:医院|院区|病区|方舱|隔离点|酒店|宾馆|救治中心|治疗中心|留观点)$")
# what stands before an institution's name inside a matched run: 现有153例在定点医院, 走出市人民医院
_INSTITUTION_LEAD = re.compile(
    r"^.*(?:在|到|于|从|往|经|由|走出|离开|进入|转入|送往|转至|陪同下|,|，|\d+(?:例|人|名)(?:患者)?)"
)
# hospitals in general (定点医院): where a place's patients are, not an institution of its own
_GENERIC_INSTITUTION = re.compile(
    r"(?:定点|指定|收治|救治|隔离|医疗|确诊|所在|就诊|各级|各)(?:救治)?(?:医疗机构|医院)$"
    r"|病例|患者|病人"
)


def _institution_name(name: str) -> str | None:
    """The named institution a matched organisation run ends in, or None (a company, a
    hospital in general)."""
    if not INSTITUTION_RE.search(name):
        return None
    name = _INSTITUTION_LEAD.sub("", name)
    return name if len(name) >= 4 and not _GENERIC_INSTITUTION.search(name) else None


def _institution(ctx: ArticleContext, fig: Figure, pi: int, c_start: int, s_start: int) -> str | None:
    """The hospital (ward, cabin hospital, quarantine site) a case count is about: the subject
    of the figure's clause or of its sentence's opening (协和医院今日又有27名患者出院; 湖北省中西医
    结合医院18名患者痊愈出院，…重症患者1人), or where the count is, named right after it (4例在某
    医院隔离治疗). Where patients left from (又有两名患者从市中心医院治愈出院) is the place's count."""
    t = ctx.text
    c_end = ctx.bounds.clause(fig.q.start, fig.q.end)[1]
    for pl in ctx.places(pi, fig.q.start):
        if pl.scope != "org" or pl.end > c_end or pl.end <= s_start:
            continue
        name = _institution_name(pl.name)
        if name is None:
            continue
        at = pl.end - len(name)
        # a preposition right before it, or opening its noun phrase (经A、B等医院…, 经A医院B院区)
        prep = _PREPOSITION.search(t, max(s_start, at - 3), at) or _PREPOSITION_ANY.search(
            t, max(s_start, ctx.bounds.clause(at, at + 1)[0]), at
        )
        if at >= fig.q.end:  # after the number: 4例在某医院隔离治疗 (均在: all of them, the place's)
            if (
                prep is not None
                and prep.group() in ("在", "于")
                and at <= c_end
                and t[prep.start() - 1] not in "均都皆全"
            ):
                return name
            continue
        # the clause's subject, or what the sentence is about before it counts anything
        subject = prep is None and (at >= c_start or not _COUNT_IN.search(t, s_start, at))
        if subject:
            return name
    return None


_PREPOSITION = re.compile(r"(?:从|自|在|于|到|至|经|由|走出|离开|送往|转至|转入|转往|前往)$")
_PREPOSITION_ANY = re.compile(r"从|自|在|于|到|至|经|由|走出|离开|送往|转至|转入|转往|前往")
_COUNT_IN = re.compile(r"\d+(?:例|人|名)")


def _feeds_country(ctx: ArticleContext, pl: Place, pi: int) -> tuple[str, str] | None:
    """A feed's 全国/国内 after a foreign country is named: that country (None otherwise)."""
    if (
        pl.scope == "other"
        and pl.name == "全国"
        and ctx.city is None
        and ctx.text[pl.start : pl.end] in ("全国", "国内")
        and _as_named(ctx, pl)[0] == "全国"  # (國內 in Taiwan's own words is 台湾)
    ):
        country = _foreign_before(ctx, pl, pi, countries_only=True)
        if country[1] == "other":
            return country
    return None


# 该邦 → the last state (…邦) named before, not the country around it (印度卫生部…该邦累计…)
_REF_KIND = {"该邦": "邦", "该州": "州", **dict.fromkeys(SHIP_REFS, "号")}


def _referred(ctx: ArticleContext, ref: Place, pi: int) -> tuple[str, str] | None:
    """What 该国/该邦/该州/船上 (a foreign place named before) or a feed's 全省 (the province
    named before) point back at; None for a reference that may be domestic (船上, 该州) with no
    foreign place of its kind before it: the loop looks on."""
    if ref.scope == "provref":
        return _province_before(ctx, ref, pi)
    got = _foreign_before(ctx, ref, pi)
    return None if got[1] == "unplaced" and ref.name in OPTIONAL_REFS else got


def _foreign_before(ctx: ArticleContext, ref: Place, pi: int, countries_only: bool = False) -> tuple[str, str]:
    """该国 → the country named last before it in the story (a figure of its own); a country's
    全国 only ever a country's (not a ship's: 中国大陆…累计确诊 after 钻石公主号 is China's)."""
    allowed = frozenset(countries().values()) if countries_only else foreign_canon()
    kind = _REF_KIND.get(ref.name, "")
    story = ctx.paras[pi].story
    for j in range(pi, max(-1, pi - 6), -1):
        if ctx.paras[j].story != story:
            break
        for pl in reversed(ctx.named_before(j, ref.start, 50)):
            if pl.end > ref.start or pl.scope != "other" or not pl.name.endswith(kind):
                continue
            if pl.name in allowed or (kind and not divisions().is_division(pl.name)):
                return pl.name, "other"  # (该州 after 拉各斯州, a feed's region no table names)
    return ref.name, "unplaced"


def _province_before(ctx: ArticleContext, ref: Place, pi: int) -> tuple[str, str]:
    """全省 in a corpus without a home city → the province named last before it in the story
    (not where patients came from: 新增无症状感染者1例(湖北输入)), else the province of the city
    its dateline names (本报杭州4月21日讯 …我省: 浙江省)."""
    nation = divisions()
    provinces = set(nation.provinces.values())
    foreign = foreign_canon()
    story = ctx.paras[pi].story
    dateline = None
    for j in range(pi, max(-1, pi - 6), -1):
        if ctx.paras[j].story != story:
            break
        for pl in reversed(ctx.named_before(j, ref.start, 50)):
            if pl.end > ref.start:
                continue
            if (pl.name in provinces or (pl.name.endswith("省") and pl.name in foreign)) and not _is_travel(
                ctx.text, pl
            ):
                return pl.name, "other"  # (亚省…令到本省确诊人数为661人: Alberta's, in a Canadian page)
            if dateline is None and _in_dateline(ctx, pl):
                dateline = nation.province_of(pl.name)
    return (dateline, "other") if dateline else (ref.name, "unplaced")


_DATELINE_REACH = 30


def _in_dateline(ctx: ArticleContext, pl: Place) -> bool:
    p = ctx.paras[ctx.para_of(pl.start)]
    # a dateline is short: looked for near the place only (linear time on any paragraph)
    m = DATELINE.search(ctx.text, max(p.start, pl.start - _DATELINE_REACH), min(p.end, pl.end + 16))
    return m is not None and m.start() <= pl.start and pl.end <= m.end()


def _zone_before(ctx: ArticleContext, ref: Place, pi: int) -> tuple[str, str] | None:
    """创业园 / 投资区 alone → the zone of that kind named last before it in the story."""
    story = ctx.paras[pi].story
    suffix = ZONE_SHORT_REFS.get(ref.name, ref.name)
    for j in range(pi, max(-1, pi - 6), -1):
        if ctx.paras[j].story != story:
            break
        for pl in reversed(ctx.named_before(j, ref.start, 50)):
            if pl.end <= ref.start and pl.scope in ("zone", "sub", "other") and pl.name.endswith(suffix):
                return pl.name, _region_scope(pl.scope)
    return None


def _own_zone(ctx: ArticleContext, ref: Place) -> tuple[str, str] | None:
    """示范区(高新区)73家规模以上企业…, no zone named before: the home city's own zone, by the
    name it is written with (the bracket gives its other name)."""
    if ctx.city and _ZONE_ALIAS_AFTER.match(ctx.text, ref.end):
        return ref.name, "home"  # (a zone's figure is the home city's scope)
    return None


_ZONE_ALIAS_AFTER = re.compile(r"[(（](?:高新区|经开区|开发区|示范区|新区|[\u4e00-\u9fff]{0,6}(?:园区|产业园))[)）]")


def _carried_place(ctx: ArticleContext, pi: int) -> tuple[str, str] | None:
    """Another place carried from up to 7 earlier paragraphs of the story: the last one each
    speaks of, outside brackets and lists (江西省累计报告…; not 泉州市石狮市1例、湖北省武汉市9例
    inside a breakdown, not 湖北输入). None when it is the home city or none is found
    (the caller asks who speaks). Once per paragraph."""
    key = ("carried_place", pi)
    if key in ctx.memo:
        return ctx.memo[key]
    j = ctx.nearest_before(pi, "subject_before", lambda k: _paragraph_subject(ctx, k)[0], _CARRIED_PARAS)
    got = _paragraph_subject(ctx, j)[1] if j >= 0 else None
    ctx.memo[key] = got
    return got


_CARRIED_PARAS = 7
_AFTER_OTHERS = ("之后", "以后")


def _opens_an_org_name(ctx: ArticleContext, pl: Place) -> bool:
    """西藏甘露藏药股份有限公司: the place opens a company's full name, it is no subject."""
    t = ctx.text
    if not _ORG_SUFFIX_NEAR.search(t, pl.end, pl.end + 24):
        return False  # (no company's suffix after it: the article's names are not collected)
    return any(t.startswith(o, pl.start) for o in ctx.orgs_by_lead.get(t[pl.start : pl.start + 2], ())[:_ORGS_PER_LEAD])


_ORG_SUFFIX_NEAR = re.compile(r"公司|集团|研究所|厂")


def _paragraph_subject(ctx: ArticleContext, j: int) -> tuple[bool, tuple[str, str] | None]:
    """(does paragraph j speak of a place, the place it carries on: None for the home city or
    a province that is not another's) — the same for every later paragraph that looks back."""
    key = ("paragraph_subject", j)
    if key in ctx.memo:
        return ctx.memo[key]
    t = ctx.text
    pj = ctx.paras[j]
    got = None
    subject = next(
        (
            x
            for x in reversed(ctx.named_places(j)[-50:])
            if (
                x.scope in ("home", "other", "sub", "provref")
                or (x.scope == "zone" and _ZONE_STORY_LEAD.fullmatch(t, pj.start, x.start) is not None)
            )
            and x.name not in NOWHERE
            and not _is_travel(t, x)
            and not _opens_an_org_name(ctx, x)
            and _outside_brackets(t, max(pj.start, x.start - 400), x.start)
            and not _ITEM.match(t, x.end)
            and not _ITEM_WITH_NOTE.match(t, x.end)  # 布鲁塞尔846例(12%): a list's item, with its share
            and not (t.endswith("在", 0, x.start) and t[x.end : x.end + 1] in _CLAUSE_ENDS)  # 全都在湖北。
            and t[x.end : x.end + 1] not in _ENUMERATING
            and not t.startswith(_AFTER_OTHERS, x.end)  # 继义大利、西班牙与美国之后: the ones before it
            # 其中，衡水市…: another place named as a part of the one before carries nothing
            and not (
                x.scope == "other"
                and (
                    _SUBSET_LEAD.search(t, max(pj.start, x.start - 4), x.start)
                    # (其中包括712名来自…“钻石公主”号邮轮确诊病例: a part its clause opens on)
                    or _PART_CLAUSE.match(t, ctx.bounds.clause(x.start, x.end)[0]) is not None
                )
            )
        ),
        None,
    )
    if subject is not None:
        if subject.scope == "provref":  # 全省累计报告…。在院的73例中: the province named before
            got = _province_before(ctx, subject, j)
            got = got if got[1] == "other" else None
        elif subject.scope == "other":
            # …印全国…累计达到11439例。⏎其中包括正在接受治疗9756例: India's, carried
            got = _feeds_country(ctx, subject, j) or _as_named(ctx, subject)
        elif subject.scope == "sub" and (
            _opens_its_paragraph(ctx, subject, pj.start, any_verb=True)
            or _COUNTY_ORGAN_AFTER.match(t, subject.end) is not None  # 勐腊县住建局把…: its organ tells it
        ):
            got = (subject.name, _region_scope("sub"))  # 蒙自市坚持…。…302户四上企业已复工222户: the county's story
        elif subject.scope == "zone":
            # 枣庄新闻网讯 连日来,台儿庄经济开发区…。⏎截至2月16日,…9家企业…复工复产: the zone's story
            got = (subject.name, _region_scope("zone"))
    ctx.memo[key] = (subject is not None, got)
    return ctx.memo[key]


_SUBSET_LEAD = re.compile(r"其中\s*[,:]?\s*$")
_PART_CLAUSE = re.compile(r"\s*其中(?:包括|包含|有)")
# what may open a story before the zone it is about: a dateline, a reporter, 连日来
_ZONE_STORY_LEAD = re.compile(
    r"\s*(?:[^,。\n]{0,16}?(?:讯|电)\s*)?(?:\([^()]{0,16}\)\s*)?(?:连日来|近日|日前|近期|目前|今年以来|[\d月日]{2,8})?\s*,?\s*"
)
_ZONE_ITEM = re.compile(r"\d+(?:例|人|名)[、;,)。(]")  # 南湖新区1例(本地1例)。: a list's item
# 其中29宗為境外輸入病例: elsewhere named as a part of the count (a feed's subject stays the whole)
_PART_LEAD = re.compile(r"其中[^,;。，；]{0,8}$")
_STOPS = re.compile(r"[;。；]")


def _listed_owner(ctx: ArticleContext, fig: Figure, pi: int, s_start: int) -> tuple[str, str] | None:
    """Whose a list says the figure is: its item's place, or no one's for a sum its places break
    down (至今累计131人死亡,包括日本境内确诊119人、钻石公主号12人)."""
    pl = fig.item_place
    if pl is None:
        return ("", "unplaced") if _sum_of_places_after(ctx, fig, pi, s_start) else None
    if is_home_word(ctx, pl):
        return speaks_for(ctx, pi, pl.start)
    # 印尼…新增55例…,其中的30例在雅加达,全国累计达227例: the country's 全国, an item or not
    return _feeds_country(ctx, pl, pi) or (pl.name, _region_scope(pl.scope))


_INCLUDES_AFTER = re.compile(r"[^,;。\d]{0,6}?,\s*包括")


def _sum_of_places_after(ctx: ArticleContext, fig: Figure, pi: int, s_start: int) -> bool:
    """In a feed, is the figure a sum its sentence names no place for, broken down at once into
    places one of which the paragraph named before (…131人死亡,包括日本境内…119人、钻石公主号12人:
    more than 日本's; 死亡病例新增19例,包括德岛县首例及大阪府4例 is the country's, its parts listed)?"""
    t = ctx.text
    m = _INCLUDES_AFTER.match(t, fig.q.end) if ctx.city is None else None
    if m is None:
        return False
    before = [pl for pl in ctx.places(pi, fig.q.start) if pl.end <= fig.q.start and pl.scope not in ("org", "local")]
    if any(pl.start >= s_start for pl in before):
        return False
    end = ctx.bounds.sentence_end(m.end())
    named = {pl.name for pl in ctx.places(pi, end) if m.end() <= pl.start < end and pl.scope not in ("org", "local")}
    return len(named) >= 2 and any(pl.name in named for pl in before)


def _part_then_whole(ctx: ArticleContext, pl: Place, places: list[Place], para_start: int, pos: int) -> bool:
    """Is pl a part a 其中 named (其中东京都…) in a sentence part that ended before pos, its whole
    named by a place of the sentence before it? The whole then owns what follows (not 全球's:
    其中美国…;死亡病例5758例 stays 美国's)."""
    t = ctx.text
    if _PART_LEAD.search(t, max(para_start, pl.start - 12), pl.start) is None or not _STOPS.search(t, pl.end, pos):
        return False
    s_start = ctx.bounds.sentence_start(pl.start)
    return any(
        s_start <= x.start and x.end <= pl.start and x.scope in ("other", "home", "sub") and x.name != pl.name
        for x in places
    )


_CLAUSE_ENDS = frozenset(",;。，；\n")


def _outside_brackets(t: str, lo: int, pos: int) -> bool:
    """Is pos outside any bracket opened in t[lo:pos]? Read back from pos, so a stray ")" far
    before (a garbled 省(自治区…) does not close the bracket pos is in."""
    depth = 0
    for i in range(pos - 1, lo - 1, -1):
        ch = t[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                return False
            depth -= 1
    return True


def _is_travel(t: str, pl: Place) -> bool:
    """湖北输入, 武汉旅居史, 来自武汉: where patients came from, not what a figure is about."""
    return bool(
        _TRAVEL.match(t, pl.end)
        or (_TRAVEL_BEFORE.search(t, max(0, pl.start - 5), pl.start) and not _VIEWED_FROM.match(t, pl.end))
        or _GONE_TO.search(t, max(0, pl.start - 12), pl.start)
        or _SAILING_TO.search(t, max(0, pl.start - 8), pl.start)
        or (t.endswith(("距离", "距", "离"), max(0, pl.start - 2), pl.start) and _DISTANCE_AFTER.match(t, pl.end))
    )


# 浙江温州距离武汉800公里: the place a distance is measured from
_DISTANCE_AFTER = re.compile(r"(?:约|大约)?\d+(?:多)?(?:公里|千米|英里|km)")


# 从东京都的单日确诊感染人数来看: the place whose figures are looked at, no origin
_VIEWED_FROM = re.compile(r"的[^,，;；。]{1,16}?(?:来看|看来)")


# “珊瑚公主”号正开往美国佛罗里达州…,船上有12名…确诊: where a ship is bound or berthed
_SAILING_TO = re.compile(r"(?:开往|驶往|驶向|停靠|停泊在?|停在)[\u4e00-\u9fff]{0,4}$")


# 福州赴省内及全国各地共接回务工人员454人: where a city's buses went, not whose figure it is
_GONE_TO = re.compile(r"(?:赴|奔赴|前往)[^,;。、]{0,8}(?:及|和|、)$")


_HOSPITAL_SITE = re.compile(r"(?:的)?(?:定点医疗机构|定点医院|定点救治医院|集中救治医院)")
_TRAVEL_BEFORE = re.compile(
    r"(?:从|自|来自|离开|途经|曾到|曾去|曾赴|去过|到过|前往|赴|住在|居住在|现住|家住|到达|抵达|飞抵|转到|转至|送到)"
    r"(?:中国)?$"  # 和家人从中国武汉撤返我国
)
_TRAVEL = re.compile(
    r"(?:市|省)?(?:[(（][^()（）]{0,8}[)）])?(?:旅居史|旅行史|接触史|居住史|返乡|返株|来株|返回|返[\u4e00-\u9fff]人员|入境|输入|籍|来|回|相关接触史|相关"
    r"|旅行|旅游|出差|务工|探亲|到达|抵达|飞抵|撤返|撤离|撤回"
    r"|(?:或|和|及|、)[\u4e00-\u9fff]{1,6}?(?:旅居史|旅行史|居住史|接触史))"  # 有武汉或湖北居住史
)
_ITEM = re.compile(r"(?:有|共|新增|累计)?[\d" + CN_NUM_CHARS + r"]+(?:\.\d+)?(?:例|人|名|家)[、;,)。?!]")
_ITEM_WITH_NOTE = re.compile(r"\d+(?:\.\d+)?(?:例|人|名|家)\(")  # 哈尔滨市4例(其中境外输入病例2例)、


def bracket_breakdowns(ctx: ArticleContext, figures: list[Figure]) -> list[Figure]:
    """新增确诊病例1例（湘潭县）: a case count followed by a bare place in brackets is also that
    place's figure (a breakdown of one); （太原市小店区） is the city's and its district's."""
    out: list[Figure] = []
    for fig in figures:
        found = bracket_places(ctx, fig) if fig.metric in CASE_COUNT else None
        if found is not None:
            places, bracket_end = found
            out.extend(
                Figure(
                    fig.metric,
                    "",
                    (fig.span[0], bracket_end),
                    fig.q,
                    "case.bracket_place",
                    fig.para,
                    unit=fig.unit,
                    item_place=pl,
                )
                for pl in places
            )
    return out


def bracket_places(ctx: ArticleContext, fig: Figure) -> tuple[list[Place], int] | None:
    """The places in brackets right after a figure, when they are all the bracket says (a
    district may stand with more words: （湘潭县）, （太原市小店区）, （黄石市）; not
    （均为武汉输入）)."""
    # only bare places: 8例(含邓州市1例) is a breakdown with its own figure
    m = re.match(r"\s*\(([^()\d]{2,12})\)", ctx.text[fig.q.end : fig.q.end + 16]) or _WHOSE_AFTER.match(
        ctx.text[fig.q.end : fig.q.end + 20]
    )  # 新增出院1例,为上虞区患者: said after a comma
    if not m:
        return None
    lo, hi = fig.q.end + m.start(1), fig.q.end + m.end(1)
    inside = [
        pl
        for pl in ctx.places(fig.para, fig.q.end)
        if lo <= pl.start
        and pl.end <= hi
        and pl.scope in ("sub", "zone", "home", "other")
        and not is_home_word(ctx, pl)
    ]
    if len(inside) == 1 and inside[0].scope in ("sub", "zone"):
        return inside, fig.q.end + m.end()
    if (
        not inside
        or len(inside) > 2
        or "".join(ctx.text[pl.start : pl.end] for pl in inside) != ctx.text[lo:hi].strip()
    ):
        return None
    return inside, fig.q.end + m.end()


_WHOSE_AFTER = re.compile(r"\s*[,，]\s*(?:均)?为([^,，。;；()\d]{2,10}?)(?:的)?(?:病例|患者)")


def _bracket_owner(ctx: ArticleContext, fig: Figure, pi: int) -> tuple[str, str] | None:
    """Brackets that say whose a case count is:
    * 135例在市八医院(含重症11例、危重3例): counts inside a bracket after a hospital are that
      hospital's patients, not a region's figure;
    * 1名危重症病例(晋中市平遥县,…): a bracket right after the figure naming another place
      first says where the patient is from."""
    t = ctx.text
    opener = t.rfind("(", max(0, fig.q.start - 40), fig.q.start)
    if opener >= 0 and t.find(")", opener, fig.q.start) < 0:
        for pl in ctx.places(pi, fig.q.start):
            if pl.scope == "org" and pl.end == opener:
                return pl.name, "local"
    m = _BRACKET_AFTER.match(t, fig.span[1])
    if m:
        inside = [pl for pl in ctx.places(pi, fig.q.start) if pl.start == m.end()]
        if inside and inside[0].scope == "other" and not _COUNT_NEXT.match(t, inside[0].end):
            return inside[0].name, "other"  # (雨湖区8例、…) is a breakdown, not an attribution
    return None


# 高于全省…12.96个百分点, 比全国平均水平高: a place a figure is compared with owns nothing after it
_BASELINE_BEFORE = re.compile(r"(?:高于|低于|高出|低出|快于|慢于|相较于|相比于|较|比|高|低)$")
_BASELINE_CLAUSE = re.compile(r"百分点|平均|水平|相比|同期")


def _is_baseline(ctx: ArticleContext, pl: Place) -> bool:
    t = ctx.text
    if not _BASELINE_BEFORE.search(t, max(0, pl.start - 3), pl.start):
        return False
    c_start, c_end = ctx.bounds.clause(pl.start, pl.end)
    return bool(_BASELINE_CLAUSE.search(t, pl.end, c_end)) or t[max(c_start, pl.start - 3) : pl.start].endswith(
        ("高于", "低于", "相较于", "相比于")
    )


_ENUMERATING = set("、等和及与")
_COMPARED_IN = re.compile(r"(?:在|居|列|位居|位列|排)$")
_COMPARED_AFTER = re.compile(r"(?:率先|第一|前列|首位|首个|前茅|排名|各县|各区|同类)")
_MOST_OF = re.compile(
    r"(?:\([^()\n]{0,30}\)|[^,;。]){0,24}?(?:最[^,;。]{0,6}?的(?:一个|一)?(?:地区|城市|国家|省份|州|邦|省|大区|地方)|的重灾区|的疫情中心|的震中)"
)
_JOINED_BETWEEN = re.compile(r"(?:国内|境内|本土|内)?(?:和|及|与|、)[“\"「]?")
# 现有疑似病例1例为抚州市病例; across a comma only when the place's cases follow (新增5例治愈出院
# 病例,均为锦州市确诊病例; not 均为武汉返乡人员: where they came from)
# (新增病例有9例位于首都巴格达: where they are, with what kind of place it is)
_OWNER_AFTER = re.compile(
    r"(?P<clause>[\u4e00-\u9fff]{0,8}?(?:病例|患者)\s*,)?\s*(?:(?:均|皆)?(?:为|是|系)"
    r"|位于" + rules.PLACE_KIND_WORDS + ")"
)
_OWNED_CASES = re.compile(r"(?:的)?(?:确诊)?(?:病例|患者)")
_COUNT_NEXT = re.compile(r"[^,、;)(]{0,6}?\d+(?:例|人|名)")
_BRACKET_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?(?:病例|患者))?\s*\(")


def _is_item_place(t: str, pl: Place, q_start: int) -> bool:
    """A place that heads its own list item (荷塘区5例、) owns only that item. Ended by a
    comma, it is an item only inside a list (其中醴陵市2例，攸县1例); a place that opens
    its sentence (湖南新增58例，累计确诊521例) is the subject of the whole sentence."""
    if q_start <= pl.end + 3:
        return False
    m = _ITEM.match(t, pl.end) or _ITEM_WITH_NOTE.match(t, pl.end)
    if m is None:
        return False
    if t[m.end() - 1] == "(":  # 哈尔滨市4例(其中境外输入病例2例)、: an item of a list, with its note
        close = t.find(")", m.end(), m.end() + 40)
        return 0 <= close < q_start and bool(_LIST_BEFORE.search(t, max(0, pl.start - 4), pl.start))
    if t[m.end() - 1] == ",":
        if t.startswith(("新增", "累计"), pl.end) and _SUBJECT_GOES_ON.match(t, m.end()):
            return False  # 其中莫斯科新增1370例,累计确诊达到14776例: the place's own clauses
        return bool(_LIST_BEFORE.search(t, max(0, pl.start - 4), pl.start))
    return True


_SUBJECT_GOES_ON = re.compile(r"\s*(?:累计|新增|现有|共有|治愈|出院|死亡)")


# a county speaking of itself; the county is named before it in the story, or the figure has no
# place we know (a prefecture's figure it is not)
_COUNTY_SELF = ("我县", "全县", "本县", "该县", "我旗", "全旗", "本旗", "该旗")
_LIST_BEFORE = re.compile(r"(?:[、;:(]|其中|包括|含|,(?:均)?(?:为|系)|\d(?:例|人|名|家)\)?,|(?:病例|患者)中,)\s*$")


def _resolve_subref(ctx: ArticleContext, ref: Place, pi: int) -> tuple[str, str] | None:
    """全区/该县/该市 → the nearest county or district named before it in the story."""
    if ref.name in TOWN_REFS:  # 记者从东莞市南城街道办获悉,…该街道的复工企业达18110家
        named = [(ctx.text.rfind(town, 0, ref.start), town) for town in ctx.towns]
        last = max((at, town) for at, town in named if at >= 0) if any(at >= 0 for at, _ in named) else None
        return (last[1], "home") if last is not None else None
    want = ref.name[-1]  # 区 / 县 / 市
    story = ctx.paras[pi].story
    region = _autonomous_region_named(ctx, ref, pi) if ref.name in ("我区", "全区", "本区") else None
    if region is not None:
        return region, "other"  # 宁夏…通报: 全区新增…: the region that speaks, not a district listed before
    for j in range(pi, max(-1, pi - 6), -1):
        if ctx.paras[j].story != story:
            break
        for pl in reversed(ctx.named_before(j, ref.start, 50)):  # the nearest few: bounded work
            if pl.end > ref.start:
                continue
            if pl.scope in ("sub", "zone", "other") and (pl.name.endswith(want) or (want == "区" and "区" in pl.name)):
                return pl.name, _region_scope(pl.scope)
            if pl.scope == "zone" and want != "区" and 2 <= pl.name.find(want) + 1 < len(pl.name):
                # 黟县经济开发区的…。目前,该县22家…: the county the zone is named after
                return pl.name[: pl.name.find(want) + 1], _region_scope("sub")
            if ref.name == "该市" and pl.scope == "home" and ctx.city and ctx.city.endswith("市"):
                return ctx.city, "home"  # 钦州市无新增确诊病例。目前，该市累计…: the home city itself
    if ref.name in ("我区", "全区", "本区") and ctx.city:
        # 南国早报: 我区又有6例…治愈出院 — in an autonomous region's paper, 我区 is the region
        province = divisions().province_of(ctx.city) or ""
        if province.endswith("自治区"):
            return province, "other"
    return None


def _aside(ctx: ArticleContext, pl: Place, places, s_start: int, pos: int) -> bool:
    """A place named aside from the figure at pos: the home city inside an earlier sentence
    whose subject is another place (全省累计…54例,长春市治愈出院1例…。在院…48例), or the place
    of the ones excepted (除1例在A医院隔离治疗外,其余54例…)."""
    if pl.start < s_start and pl.scope == "home" and _not_the_subject(ctx, pl, places):
        return True
    t = ctx.text
    return bool(_EXCEPT_OPEN.search(t, max(s_start, pl.start - 40), pl.start)) and bool(
        _EXCEPT_CLOSE.match(t, pl.end, pos)
    )


_EXCEPT_OPEN = re.compile(r"除(?:了)?[^,;。]*$")
_EXCEPT_CLOSE = re.compile(r"[^,;。]*?外\s*,")
_OWN_COUNT = re.compile(r"[^,;:、()]{0,16}?\d+(?:\.\d+)?(?:例|人|名)")


def _owns_its_clause(t: str, pl: Place, pos: int) -> bool:
    """Does a count follow pl in its own clause, closed before pos (在外地的密切接触者141人,其余…)?"""
    own = _OWN_COUNT.match(t, pl.end)
    return own is not None and t.find(",", own.end(), pos) >= 0


def _not_the_subject(ctx: ArticleContext, pl: Place, places) -> bool:
    """A place named inside an earlier sentence whose first place, another, opens it with its
    own count (全省累计报告确诊病例54例,长春市治愈出院1例): that sentence's subject is the first."""
    ss = ctx.bounds.sentence_start(pl.start)
    first = next((x for x in places if x.start >= ss and x.scope in ("home", "other", "sub")), None)
    if first is None or first.start >= pl.start or first.name == pl.name:
        return False
    t = ctx.text
    return (
        bool(_OWN_COUNT.match(t, first.end))
        and bool(_OWN_COUNT.match(t, pl.end))
        and t.find(",", first.end, pl.start) >= 0
    )


def _autonomous_region_named(ctx: ArticleContext, ref: Place, pi: int) -> str | None:
    """The home city's autonomous region, when its story names it before 全区/我区."""
    province = divisions().province_of(ctx.city) or "" if ctx.city else ""
    if not province.endswith("自治区"):
        return None
    short = province[:3] if province.startswith("内蒙古") else province[:2]
    story, lo = ctx.paras[pi].story, ctx.paras[pi].start
    for j in range(pi - 1, max(-1, pi - 6), -1):
        if ctx.paras[j].story != story:
            break
        lo = ctx.paras[j].start
    return province if ctx.text.rfind(short, max(lo, ref.start - 3000), ref.start) >= 0 else None


def _org_alias(ctx: ArticleContext, clause: str) -> str | None:
    """中车株洲所 → 中车株洲电力机车研究所有限公司 named earlier in the article."""
    if not _SHORT_ORG.search(clause):
        return None  # no abbreviation here: don't collect the article's organisations
    by_lead = ctx.orgs_by_lead
    # at most a few names per leading pair: an article names a handful of organisations, and
    # a page listing thousands under one city name must not cost thousands per figure
    for org in (o for k in range(len(clause) - 1) for o in by_lead.get(clause[k : k + 2], ())[:_ORGS_PER_LEAD]):
        k = clause.find(org[:2])
        if len(org) < 5:
            continue
        cand = re.match(r"[\u4e00-\u9fff]{3,8}", clause[k:])
        if not cand:
            continue
        c = cand.group()
        for L in range(len(c), 3, -1):
            if _is_subsequence(c[:L], org) and c[L - 1] in "所司厂团院":
                return org
    return None


_SHORT_ORG = re.compile(r"[\u4e00-\u9fff]{2,7}[所司厂团院]")
_ORGS_PER_LEAD = 16


@lru_cache(maxsize=1)
def _place_prefixes() -> frozenset[str]:
    nation = divisions()
    names = [*nation.provinces.values(), *nation.cities.values()]
    return frozenset(names) | frozenset(short_name(n) for n in names) | frozenset(n[:2] for n in names)


def _is_place_prefix(prefix: str) -> bool:
    """河北 in 河北瑞达…有限公司: a province or a city opening a company's name."""
    return prefix in _place_prefixes()


def _org_named_at(ctx: ArticleContext, pl: Place) -> str:
    """An organisation's name as the text gives it at pl: a branch written right after its
    parent's full name keeps it (单县六和饲料有限公司食品分公司), else the story's full name."""
    parent = next((o for o in ctx.orgs[:_ORGS_PER_LEAD] if ctx.text.endswith(o, 0, pl.start)), None)
    return parent + pl.name if parent else _org_full_name(ctx, pl.name)


def _org_full_name(ctx: ArticleContext, name: str) -> str:
    """瑞达净水剂科技有限公司 after 河北瑞达净水剂科技有限公司: the company's full name, as the
    story first gave it (the longest name ending with this one; a few looked at)."""
    key = ("org_full", name)
    if key not in ctx.memo:
        longer = [
            o
            for o in ctx.orgs[: _ORGS_PER_LEAD * 4]
            if len(o) > len(name) and o.endswith(name) and _is_place_prefix(o[: -len(name)])
        ]
        ctx.memo[key] = max(longer, key=len) if longer else name
    return ctx.memo[key]


def _is_subsequence(a: str, b: str) -> bool:
    it = iter(b)
    return all(ch in it for ch in a)
