"""Who speaks: the city that 本市/我市/全市 mean.

A feed quotes other cities' own bulletins (北京市卫健委通报：本市新增…; （合肥讯）我市新增…): 本市
there is the city that speaks — named by the bulletin's issuer, a dateline, a title or a source
line — and only when the text names no speaker is it the corpus's home city. In a corpus
without a home city an unplaced 我市 is nobody's.

Cues are found on the places the matcher names (so only real cities speak) and the words
right around them (rules as data below). An issuer or source cue speaks for the rest of its
paragraph; a dateline or a title for its whole story.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from extract.gazetteer import MUNICIPALITIES, divisions

if TYPE_CHECKING:  # pragma: no cover
    from extract.places import Place
    from extract.segment import ArticleContext

# After a city's name: who issues its figures (卫健委, 疫情防控指挥部 …) or publishes them (发布, 日报)
ISSUER_AFTER = re.compile(
    r"市?(?:人民政府|政府)?(?:新闻办公室|新闻办|卫生健康委员会|卫生健康委|卫健委|卫生健康局|卫健局|"
    r"疾病预防控制中心|疾控中心|(?:新冠肺炎|新型冠状病毒肺炎)?疫情防控(?:工作)?(?:应急)?(?:领导小组|指挥部)(?:办公室)?|"
    r"(?:应对)?新型冠状病毒(?:感染的?)?肺炎\s*疫情(?:联防联控|防控)?(?:工作)?(?:应急)?(?:领导小组|指挥部)(?:办公室)?|"
    r"(?:新冠肺炎|新型冠状病毒(?:感染的?)?肺炎)(?:疫情)?(?:联防联控|防控)(?:工作)?(?:应急)?(?:领导小组|指挥部)(?:办公室)?|"
    r"发布|官方微博|官微|日报|晚报|广播电视台|融媒体中心)"
)
# A relayed item's source line names who speaks in all of it: 来源:信阳市卫生健康委员会
SOURCE_LINE_BEFORE = re.compile(r"(?:^|\n)\s*(?:来源|稿源|信息来源|消息来源)\s*[:：]\s*$")
# Before a city's name: a dateline's agency (新华社武汉2月5日电) or a bracket (（合肥讯）)
DATELINE_BEFORE = re.compile(r"(?:新华社|中新社|中新网|人民网|央视网|央广网|本报|记者)\s*$|[（(【]\s*$")
DATELINE_AFTER = re.compile(r"\s*(?:\d{1,2}月\d{1,2}日\s*(?:电|讯)|讯\s*[)）】]|(?:日报|晚报)讯)")
# A title that opens with a city: 北京：新增2例 / 北京新增确诊病例2例 / 湘潭市新冠肺炎疫情通报
TITLE_AFTER = re.compile(r"\s*(?:市)?\s*[:：]|\s*(?:市)?(?:新增|累计|无新增|确诊|[^\n,。:]{0,16}?(?:疫情|通报|发布))")


# What may stand before a title's place: a page's date stamp (02.28, 03.06) or a tag ([资讯])
# ([资讯]: layout.normalize_width makes square brackets round)
TITLE_LEAD = re.compile(r"\s*(?:(?:\d{1,4}[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?|\([^)\n]{1,6}\)|【[^】\n]{1,6}】)\s*)?")


# after a county opening a headline, a headline's words (not a photo caption's 患者张某)
_HEADLINE_REST = re.compile(r"(?![^\n]{0,6}(?:患者|某|摄))[^\n]{6,}")


def _is_city(name: str) -> bool:
    nation = divisions()
    return name in MUNICIPALITIES or name in nation.cities.values()


def _is_own_county(ctx: ArticleContext, pl: Place) -> bool:
    """A county or county-level city of the home city: its own bulletin (枣阳市…疫情通报, its
    指挥部's signature) says 我市/我县 of itself."""
    return pl.scope == "sub" and bool(ctx.city) and ctx.city in divisions().county_city(pl.name)


def _speaks(ctx: ArticleContext, pl: Place, headline: bool) -> tuple[str, int, int] | None:
    """(reach, start, end) when pl is a speaker cue — reach "para" (an issuer, a source
    line) or "story" (a dateline, a title) — and the span of the words that make it one."""
    if not (pl.scope in ("home", "other") and _is_city(pl.name)) and not _is_own_county(ctx, pl):
        return None
    t = ctx.text
    after = DATELINE_AFTER.match(t, pl.end)
    before = DATELINE_BEFORE.search(t, max(0, pl.start - 6), pl.start)
    if after and (before or t[pl.end : after.end()].lstrip().startswith(("日报讯", "晚报讯"))):
        return "story", before.start() if before else pl.start, after.end()
    opens = headline and TITLE_LEAD.fullmatch(t, ctx.paras[ctx.para_of(pl.start)].start, pl.start) is not None
    title = TITLE_AFTER.match(t, pl.end) if opens else None
    if title:
        return "story", pl.start, title.end()
    issuer = ISSUER_AFTER.match(t, pl.end)
    if issuer:
        # 来源:信阳市卫生健康委员会 over a relayed bulletin: the whole story is the issuer's
        source = SOURCE_LINE_BEFORE.search(t, max(0, pl.start - 6), pl.start)
        return ("story" if source else "para"), (source.start() if source else pl.start), issuer.end()
    official = _OFFICIAL_AFTER.match(t, pl.end)
    if official:
        return "story", pl.start, official.end()  # 宜昌市常务副市长陈惠霞表示: the city that speaks
    invited = _INVITED_AFTER.match(t, pl.end) if _INVITED_BEFORE.search(t, max(0, pl.start - 4), pl.start) else None
    if invited:
        return "story", pl.start, invited.end()  # 邀请怀仁市委…负责同志介绍情况: the county's own speakers
    if opens and _is_own_county(ctx, pl) and pl.name[-1] in "市县旗区" and _HEADLINE_REST.match(t, pl.end):
        return "story", pl.start, pl.end  # 密山市防疫生产两不误…: a story about the county, its headline says
    governs = _GOVERNS_AFTER.match(t, pl.end) if pl.name.endswith("市") and _is_own_county(ctx, pl) else None
    if governs and _CLAUSE_OPENS_BEFORE.search(t, max(0, pl.start - 8), pl.start):
        return "para", pl.start, governs.end()  # 河津市统筹做好…。截至目前,全市81家…: the county-level city
    return None


# a county-level city as the subject of its paragraph's work (河津市统筹做好…, 河津市积极推动…)
_GOVERNING = r"(?:统筹|坚持|积极|全力|扎实|切实|着力|有序|精准|多措并举)"
_GOVERNS_AFTER = re.compile(_GOVERNING)
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:^|[。\n,，:：])\s*$")


def _cues(ctx: ArticleContext, i: int) -> list[tuple[int, str, str, int]]:
    """(position, city, reach, end of the cue's words) of paragraph i's speaker cues, in text
    order (memoised). A body paragraph with no issuer or dateline word has none: its places are
    not looked up for this (most paragraphs of a paper)."""
    key = ("speaker_cues", i)
    got = ctx.memo.get(key)
    if got is None:
        p = ctx.paras[i]
        if not p.headline and not _CUE_WORD.search(ctx.text, p.start, p.end):
            got = []
        else:
            got = [
                (pl.start, pl.name, cue[0], cue[2])
                for pl in ctx.named_places(i)
                if (cue := _speaks(ctx, pl, p.headline)) is not None
            ]
        ctx.memo[key] = got
    return got


# a cheap gate before a body paragraph's places are looked at for cues
_CUE_WORD = re.compile(
    r"卫生健康|卫健|新闻办|指挥部|领导小组|发布|日报|晚报|讯|电|官方微博|官微|电视台|融媒体|疾控|疾病预防|邀请|市长"
    r"|市" + _GOVERNING
)
# a city's mayor speaking (at a provincial press conference): 宜昌市常务副市长陈惠霞表示
_OFFICIAL_AFTER = re.compile(r"市?(?:人民政府)?(?:常务)?副?市长[\u4e00-\u9fff]{2,3}(?:表示|说|介绍|指出)")
# a press conference on a county: 邀请怀仁市委、怀仁市工业信息化局…相关负责同志介绍情况
_INVITED_BEFORE = re.compile(r"邀请\s*$")
_INVITED_AFTER = re.compile(r"市?(?:委|政府|人民政府)[^。\n]{0,60}?(?:负责同志|负责人|主要领导)[^。\n]{0,12}?介绍")


def speaker_at(ctx: ArticleContext, i: int, pos: int) -> str | None:
    """The city that speaks at pos in paragraph i: the last issuer or source cue before pos in
    the paragraph, else the last dateline or title cue of the story before pos."""
    cues = _cues(ctx, i)
    k = bisect_right([c[0] for c in cues], pos) - 1
    if k >= 0:
        return cues[k][1]
    key = ("story_speaker", i)  # the same for every figure of the paragraph: once
    if key not in ctx.memo:
        ctx.memo[key] = _story_speaker(ctx, i)
    return ctx.memo[key]


def _story_speaker(ctx: ArticleContext, i: int) -> str | None:
    """The last dateline or title cue of the story in the 11 paragraphs before paragraph i
    (a story's lead is near), else the signature under it. Looked up lazily, near figures
    only: most paragraphs of a paper hold none, and their cues are never needed."""
    j = ctx.nearest_before(i, "story_cue_before", lambda k: _story_cue_of(ctx, k) is not None, _STORY_CUE_PARAS)
    return _story_cue_of(ctx, j) if j >= 0 else _signed_by_own_city(ctx, i)


_STORY_CUE_PARAS = 11


def _story_cue_of(ctx: ArticleContext, j: int) -> str | None:
    """Paragraph j's last story-wide cue (memoised: a dict lookup for the next figure)."""
    key = ("story_cue", j)
    if key not in ctx.memo:
        story = [city for _pos, city, reach, _end in _cues(ctx, j) if reach == "story"]
        ctx.memo[key] = story[-1] if story else None
    return ctx.memo[key]


_SIGNATURE_CHARS = 60  # a signature is a line of its own: the issuer's name, perhaps a date


def _signed_by_own_city(ctx: ArticleContext, i: int) -> str | None:
    """A county or county-level city of the home city whose bulletin paragraph i is in, by the
    signature under it (钟祥市…防控指挥部 / 2020年3月20日) within the next paragraphs of its
    story: whose its 我市/全市 and its unplaced figures are."""
    if not ctx.city:
        return None
    j = _signature_after(ctx, i)
    return _signature(ctx, j) if j >= 0 else None


def _signature(ctx: ArticleContext, j: int) -> str | None:
    key = ("signature", j)
    if key not in ctx.memo:
        ctx.memo[key] = _signature_of(ctx, j)
    return ctx.memo[key]


def _signature_after(ctx: ArticleContext, i: int) -> int:
    """The first signature paragraph after i in its story, within _ISSUER_PARAS - 1 (-1: none).
    Goes on from paragraph i-1's answer (found, last paragraph looked at) when it is at hand:
    one new paragraph per figure on a page of one-line figures, not eleven."""
    story = ctx.paras[i].story
    last = min(len(ctx.paras) - 1, i + _ISSUER_PARAS - 1)
    start = i + 1
    prev = ctx.memo.get(("signature_after", i - 1)) if i and ctx.paras[i - 1].story == story else None
    if prev is not None:
        found, upto = prev
        if found > i:  # (within i's reach too: it was within i-1's)
            ctx.memo[("signature_after", i)] = prev
            return found
        if found < 0:
            start = upto + 1  # nothing up to upto (past the story's end when it ended)
    got = (-1, last)
    for j in range(start, last + 1):
        if ctx.paras[j].story != story:
            got = (-1, len(ctx.paras))  # the story ends: no signature under it after i
            break
        if _signature(ctx, j) is not None:
            got = (j, j)
            break
    ctx.memo[("signature_after", i)] = got
    return got[0]


def _signature_of(ctx: ArticleContext, j: int) -> str | None:
    """The home city's county that paragraph j signs for, when j is a signature line."""
    p = ctx.paras[j]
    if p.end - p.start > _SIGNATURE_CHARS:
        return None
    for pos, place, reach, end in _cues(ctx, j):
        if reach == "story":  # (a short line read as a headline: 建德市新冠肺炎疫情防控指挥部)
            issuer = ISSUER_AFTER.match(ctx.text, pos + len(place))
            reach, end = ("para", issuer.end()) if issuer and ctx.text.startswith(place, pos) else (reach, end)
        if (
            reach == "para"
            and not ctx.text[end : p.end].strip()  # the issuer's name is the whole line
            and place.endswith(("市", "县", "旗", "区"))
            and place != ctx.city
            and ctx.city in divisions().county_city(place)
        ):
            return place
    return None


_ISSUER_PARAS = 12  # paragraphs looked at around a figure for its county's signature (bounded)


def issuing_county(ctx: ArticleContext, i: int) -> str | None:
    """The county whose own bulletin paragraph i is in: an issuer cue (南漳县…防控指挥部办公室,
    the signature under the bulletin, or its first line) in the story, near it. What a
    county's 我县/全县 mean when the story names no county before them."""
    story = ctx.paras[i].story
    for j in [*range(i, min(len(ctx.paras), i + _ISSUER_PARAS)), *range(i - 1, max(-1, i - _ISSUER_PARAS), -1)]:
        if ctx.paras[j].story != story:
            continue
        for _pos, place, reach, _end in _cues(ctx, j):
            if reach == "para" and place.endswith(("县", "旗")):
                return place
    return None


def speaks_for(ctx: ArticleContext, i: int, pos: int) -> tuple[str, str]:
    """(region, scope) for a home word (本市/我市/全市) at pos: the speaker's city when one
    speaks and it is not the home city; the home city otherwise; ("", "unplaced") in a corpus
    without a home city when nobody speaks."""
    who = speaker_at(ctx, i, pos)
    if who is not None and who.endswith("区"):
        who = None  # 余杭发布 over 杭州's bulletin: a district says 全市 of its city, not of itself
    if who is not None and who != ctx.city:
        return who, "home" if ctx.city and ctx.city in divisions().county_city(who) else "other"
    if ctx.city:
        return ctx.city, "home"
    return "", "unplaced"


def cues(ctx: ArticleContext, paras: int = 12) -> list[tuple[str, str]]:
    """(city, the words that name it as speaker) of the first paragraphs' cues: what says
    whose paper or bulletin an article is."""
    out = []
    for i in range(min(paras, len(ctx.paras))):
        for pos, city, _reach, end in _cues(ctx, i):
            start = pos - 1 if pos and ctx.text[pos - 1] in "（(【" else pos
            out.append((city, ctx.text[start:end].strip()))
    return out


_HOME_WORD = re.compile(r"我市|本市|全市|市内")


def is_home_word(ctx: ArticleContext, pl: Place) -> bool:
    return pl.scope == "home" and bool(_HOME_WORD.fullmatch(ctx.text, pl.start, pl.end))
