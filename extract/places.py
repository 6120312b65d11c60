"""Places: the home city, its counties and districts, other places, localities, organisations.

A figure's region is the nearest place named before it (same clause, sentence, paragraph,
then earlier paragraphs of the same story). 我市/全市/本市 and the city's own name are the
home city; 全区/该县 … are the nearest county or district; 长沙, 黄冈, 全省 … are other places.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from extract.gazetteer import AMBIGUOUS_SHORT, MUNICIPALITIES, autonomous_short, divisions, short_form
from extract.patterns import word_scanner
from extract.world import GROUPS, foreign_places, part_of_another_word

# The home city when nothing names one: the paper this project began with. Written once.
DEFAULT_CITY = "株洲市"

# Hunan's prefecture-level cities and their counties/districts (the paper's neighbourhood).
# A city not listed still works: its own name and 我市 mark it, its districts fall back
# to the generic X区/X县 pattern inside breakdown lists.
GAZETTEER: dict[str, tuple[str, ...]] = {
    "株洲市": (
        "荷塘区",
        "芦淞区",
        "石峰区",
        "天元区",
        "渌口区",
        "醴陵市",
        "攸县",
        "茶陵县",
        "炎陵县",
        "云龙示范区",
        "株洲高新区",
        "高新区",
        "株洲经开区",
        "经开区",
    ),
    "长沙市": ("芙蓉区", "天心区", "岳麓区", "开福区", "雨花区", "望城区", "长沙县", "浏阳市", "宁乡市", "湘江新区"),
    "湘潭市": (
        "雨湖区",
        "岳塘区",
        "湘潭县",
        "湘乡市",
        "韶山市",
        "湘潭高新区",
        "昭山示范区",
        "九华示范区",
        "湘潭经开区",
    ),
    "衡阳市": (
        "珠晖区",
        "雁峰区",
        "石鼓区",
        "蒸湘区",
        "南岳区",
        "衡阳县",
        "衡南县",
        "衡山县",
        "衡东县",
        "祁东县",
        "耒阳市",
        "常宁市",
    ),
    "邵阳市": (
        "双清区",
        "大祥区",
        "北塔区",
        "邵东市",
        "新邵县",
        "邵阳县",
        "隆回县",
        "洞口县",
        "绥宁县",
        "新宁县",
        "城步苗族自治县",
        "武冈市",
    ),
    "岳阳市": (
        "岳阳楼区",
        "云溪区",
        "君山区",
        "岳阳县",
        "华容县",
        "湘阴县",
        "平江县",
        "汨罗市",
        "临湘市",
        "屈原管理区",
    ),
    "常德市": ("武陵区", "鼎城区", "安乡县", "汉寿县", "澧县", "临澧县", "桃源县", "石门县", "津市市"),
    "张家界市": ("永定区", "武陵源区", "慈利县", "桑植县"),
    "益阳市": ("资阳区", "赫山区", "南县", "桃江县", "安化县", "沅江市", "大通湖区"),
    "郴州市": (
        "北湖区",
        "苏仙区",
        "桂阳县",
        "宜章县",
        "永兴县",
        "嘉禾县",
        "临武县",
        "汝城县",
        "桂东县",
        "安仁县",
        "资兴市",
    ),
    "永州市": (
        "零陵区",
        "冷水滩区",
        "祁阳县",
        "东安县",
        "双牌县",
        "道县",
        "江永县",
        "宁远县",
        "蓝山县",
        "新田县",
        "江华瑶族自治县",
    ),
    "怀化市": (
        "鹤城区",
        "中方县",
        "沅陵县",
        "辰溪县",
        "溆浦县",
        "会同县",
        "麻阳苗族自治县",
        "新晃侗族自治县",
        "芷江侗族自治县",
        "靖州苗族侗族自治县",
        "通道侗族自治县",
        "洪江市",
    ),
    "娄底市": ("娄星区", "双峰县", "新化县", "冷水江市", "涟源市"),
    "湘西土家族苗族自治州": ("吉首市", "泸溪县", "凤凰县", "花垣县", "保靖县", "古丈县", "永顺县", "龙山县"),
}
# Common misprints/old names in the dumps → canonical name.
ALIASES = {"溁口区": "渌口区", "绿口区": "渌口区", "株洲县": "渌口区", "株洲高新区": "高新区", "云龙区": "云龙示范区"}
# Places that are never the home city's own figures, unless the home city is one of them.
OTHER_PLACES = (
    "湖北省",
    "湖北",
    "武汉市",
    "武汉",
    "黄冈市",
    "黄冈",
    "孝感",
    "襄阳",
    "荆州",
    "随州",
    "十堰",
    "宜昌",
    "鄂州",
    "咸宁",
    "荆门",
    "恩施",
    "仙桃",
    "天门",
    "潜江",
    "湖南省",
    "湖南",
    "全省",
    "全国",
    "国内",
    "境外",
    "海外",
    "国外",
    "省内",
    "北京",
    "上海",
    "天津",
    "重庆",
    "广东",
    "浙江",
    "江西",
    "河南",
    "江苏",
    "安徽",
    "四川",
    "山东",
    "福建",
    "广西",
    "贵州",
    "云南",
    "萍乡",
    "韩国",
    "日本",
    "意大利",
    "伊朗",
    "美国",
    "援鄂",
    "支援湖北",
    "驰援湖北",
    "驰援武汉",
    "外地",
    "外市",
    "外省",
    "外县",
    "市外",
    "省外",  # 外市22例: cases from elsewhere
)
# Words that name elsewhere without naming a place: another place's figures when there is a home
# city, nobody's in a corpus without one.
NOWHERE = ("境外", "海外", "国外", "外地", "外市", "外省", "外县", "市外", "省外", "国际间")
OTHER_CANON = {
    "湖北": "湖北省",
    "援鄂": "湖北省",
    "支援湖北": "湖北省",
    "驰援湖北": "湖北省",
    "驰援武汉": "武汉市",
    "武汉": "武汉市",
    "黄冈": "黄冈市",
    "湖南": "湖南省",
    "全省": "湖南省",
    "省内": "湖南省",
    "国内": "全国",
    "孝感": "孝感市",
    "襄阳": "襄阳市",
    "荆州": "荆州市",
    "随州": "随州市",
    "十堰": "十堰市",
    "宜昌": "宜昌市",
    "鄂州": "鄂州市",
    "咸宁": "咸宁市",
    "荆门": "荆门市",
    "恩施": "恩施土家族苗族自治州",
    "仙桃": "仙桃市",
    "天门": "天门市",
    "潜江": "潜江市",
    "萍乡": "萍乡市",
    "北京": "北京市",
    "上海": "上海市",
    "天津": "天津市",
    "重庆": "重庆市",
    "广东": "广东省",
    "浙江": "浙江省",
    "江西": "江西省",
    "河南": "河南省",
    "江苏": "江苏省",
    "安徽": "安徽省",
    "四川": "四川省",
    "山东": "山东省",
    "福建": "福建省",
    "广西": "广西壮族自治区",
    "贵州": "贵州省",
    "云南": "云南省",
}
# District names whose stem is an everyday word (新建项目, 光明日报, 青山绿水): only their
# full names count.
COMMON_WORD_STEMS = frozenset(
    {
        "新建",
        "青山",
        "光明",
        "和平",
        "长安",
        "新华",
        "解放",
        "人民",
        "胜利",
        "红旗",
        "朝阳",
        "白云",
        "平安",
        "太平",
        "永安",
        "安宁",
        "城中",
        "城东",
        "城西",
        "城南",
        "城北",
        "市中",
        "郊区",
        "矿区",
        "江北",
        "江南",
        "东湖",
        "西湖",
        "开发",
        "新城",
        "老城",
        "城关",
        "中心",
        "东城",
        "西城",
        "南山",
        "海港",
        "开放",
        "建设",
        "发展",
        "文化",
        "高新",
        "经开",
        "先进",
        "振兴",
        "兴隆",
        "团结",
        "前进",
    }
)
# outlets and bodies whose names open with 中国: never the country's figures
CHINA_NAMED_OUTLETS = (
    "中国青年网",
    "中国新闻网",
    "中国日报",
    "中国侨网",
    "中国经济网",
    "中国网",
    "中国小康网",
    "中国政府网",
    "中国之声",
    "中国国际广播电台",
    "中国驻",
)
_CORPS = "新疆生产建设兵团"
_CORPS_AS_SUBJECT = "和" + _CORPS  # the national report's subject when 报告 follows
# Who speaks for the whole country: its figures are never a city's.
NATIONAL_WORDS = (
    "全国",
    "内地",  # Hong Kong's and Macau's word for the mainland (內地確診個案…9692宗)
    "国家卫健委",
    "国家卫生健康委",
    "国家卫生健康委员会",
    "31个省(自治区、直辖市)",
    "31个省(自治区、直辖市)和新疆生产建设兵团",
    "31个省(区、市)和新疆生产建设兵团",
    "和新疆生产建设兵团",  # the national report's subject, however its first words came out (garbled, 区/自治区)
    "内地",
    "中国内地",
    "中国大陆",
    "全中国",
    "31个省",
    "各省(自治区、直辖市)",
    "全国各地",
)
HOME_WORDS = ("我市", "全市", "本市", "市内")  # the city that speaks (speakers.py), else the home city
# A prefecture that is no 市 says so in its own words: 全州/我州 (自治州), 全盟 (盟), 全区 is a district's.
PREFECTURE_HOME_WORDS = {"州": ("全州", "我州", "本州", "州内"), "盟": ("全盟", "我盟", "本盟"), "地区": ("全地区",)}
# A country named before: 该国累计确诊… is that country's.
_CONTINENTS = frozenset({"欧洲", "亚洲", "非洲", "北美洲", "南美洲", "拉丁美洲", "大洋洲"})
_OUTLET_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:网|報|报|社|台|周刊|时报|日报|杂志|集团|公司)")
# the world as a figure's place: 全球新冠肺炎确诊病例已超过100万例 (nobody's figure of ours)
_WORLD = ("全球", "全世界")
_WORLD_FIGURE_AFTER = re.compile(r"(?:范围内)?[^,，。;；]{0,10}?(?:确诊|病例|感染|死亡|累计)")
# (该邦: an Indian state named before; 船上, 该邮轮: a ship named before, if any)
SHIP_REFS = ("船上", "该邮轮", "该游轮", "该船")
# …that may also point at a Chinese place (该州: 恩施州 too): no one's only when a foreign one is named
OPTIONAL_REFS = (*SHIP_REFS, "该州")
FOREIGN_REFS = ("该国", "该地区", "该邦", *OPTIONAL_REFS)
# Special places the bulletins name whose patients' counts are no region's: hospitals, their
# campuses and wards, cabin hospitals, quarantine sites (scope "institution", never a city's).
INSTITUTION_SUFFIX = r"(?:医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中心|治疗中心)"
# Zone names every city has: they mean the home city's own zone, never another city's, and
# have no short form (高新 alone is 高新技术, not a place).
GENERIC_ZONES = ("高新区", "经开区")
# those names as a city's own zone is written right after the city's name
GENERIC_ZONE_FORMS = {"高新区": "高新区", "经开区": "经开区"}
# the kinds of zone a city has one of, named after it: written right after the home city's name,
# the zone is named without it (银川经济技术开发区 → 经济技术开发区); 武汉开发区 stays whole
_CITY_ZONE_KINDS = frozenset({*GENERIC_ZONE_FORMS, "经济技术开发区", "高新技术产业开发区", "经济开发区"})
# Development zones, parks and demonstration areas are places of their own (杭州钱塘新区, 运河经济
# 开发区, 泰祥创业园): found by their suffix, named without the home city's prefix.
ZONE_SUFFIX = (
    r"(?:经济技术开发区|高新技术产业开发区|经济开发区|开发区|高新区|经开区|新区|示范区|产业园区|产业园|"
    r"工业园区|工业园|工贸园区|创业园|科技园|科技城|科学城|投资区|保税区|实验区|集聚区|合作区|文旅区|度假区|风景名胜区|风景区)"
)
# Zones named by their kind, which several cities have: the city's name is part of theirs
# (福州台商投资区), and the kind alone points back at the one named before.
# A zone's short name standing for the one named before (综保区 → …综合保税区): what its name ends with
ZONE_SHORT_REFS = {"综保区": "综合保税区"}
_ZONE_SHORT_KINDS = {w: (w, "zoneref") for w in ZONE_SHORT_REFS}
ZONE_TYPE_NAMES = ("台商投资区", "保税区", "综合保税区", "出口加工区", "保税港区")
_ZONE_SUFFIX_RE = re.compile(
    "(?=[经高开新示产工创科投保实集合文度风])" + ZONE_SUFFIX
)  # gate: the suffixes' first characters
# what may stand before a zone's name in a run of characters: not part of it
_ZONE_LEAD = re.compile(
    r".*(?:我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|整个|园区|在|的|和|与|及|对|向|从|据|了|为|是|将|有|"
    r"到|于|、|全|该|本|我|各|等|个|家|座|获悉|走访|调研|考察|视察|其中|包括|含)|(?:市|省|县)"
)
# 该街道/全村 … point back at a locality: figures there are not the city's or a county's.
LOCAL_REFS = (
    "该街道",
    "该社区",
    "该村",
    "该镇",
    "该乡",
    "全村",
    "全镇",
    "全乡",
    "整个街道",
    "整个社区",
    "该小区",
    "全街道",
    "本村",
    "本社区",
    "以上村组",
    "上述村组",
    "以上村",
    "上述村",
    "各村组",
    "村组",
)
TOWN_REFS = ("该街道", "该镇")
SUB_REFS = (
    "全区",
    "该区",
    "本区",
    "我区",
    "全县",
    "该县",
    "本县",
    "我县",
    "该市",
    "全县市",
    "区内",
    "县内",
    "新区",
    "全旗",
    "该旗",
    "本旗",
    "我旗",  # a banner (内蒙古's county) speaking of itself
)
LOCALITY_SUFFIX = r"(?:村|社区|街道办事处|街道|乡|镇|小区|地区)"
ORG_SUFFIX = (
    r"(?:(?:研究所|研究院|集团)?(?:股份有限公司|有限责任公司|有限公司)|集团|研究所|研究院|公司|专业合作社|合作社"
    r"|医院|院区|隔离点|救治中心)"
)
# a name may hold its city in brackets: 来明工业(厦门)有限公司
ORG_RE = re.compile(r"(?:[\u4e00-\u9fffA-Za-z0-9]|\([\u4e00-\u9fff]{2,4}\)){2,24}?" + ORG_SUFFIX)
LOCALITY_RE = re.compile(r"[\u4e00-\u9fff]{2,6}?" + LOCALITY_SUFFIX + r"(?![村民里])")
# Scans start at the (rare) suffix and look back, instead of trying every position.
_ORG_SUFFIX_RE = re.compile(ORG_SUFFIX)
_LOCALITY_SUFFIX_RE = re.compile(LOCALITY_SUFFIX + r"(?![村民里])")
_RUN_BEFORE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+(?:\([\u4e00-\u9fff]{2,4}\)[\u4e00-\u9fffA-Za-z0-9]*)?$")
_CJK_RUN_BEFORE = re.compile(r"[\u4e00-\u9fff]+$")
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff](?<![在的和与及该本我全])")


def _suffix_matches(text: str, suffix_re: re.Pattern, run_re: re.Pattern, full_re: re.Pattern, lo: int, hi: int):
    """Like full_re.finditer, found by suffix: the run of name characters before each suffix."""
    last_end = 0
    for sm in suffix_re.finditer(text):
        if sm.start() < last_end:
            continue
        run = run_re.search(text, max(last_end, sm.start() - hi), sm.start())
        if run is None or sm.start() - run.start() < lo:
            continue
        m = full_re.match(text, run.start())
        if m is None or m.end() > sm.end():
            m = full_re.fullmatch(text, run.start(), sm.end())
        if m is not None:
            last_end = m.end()
            yield m


# Generic words that end like a locality but name none (进社区, 乡村, 城乡 …).
# what the disease was called after the place it was found in (Singapore's 武汉冠病)
_DISEASE_NAMES = ("肺炎", "冠状病毒", "冠病")  # (not 新型冠状病毒: 枣阳市新型冠状病毒…指挥部 speaks)
_NOT_LOCALITY = re.compile(
    r"^(?:各|全|该|本|城|农|乡|社|一|每|市|两|多|村|街|小|此|其|镇|所在|进|到|在|驻|下|深入|派驻|走进|回到|以上|以下)"
    r"|(?:乡村|农村|城乡|城镇|集镇|乡镇|进社区|驻社区)$"
    r"|.*[最的]"  # 疫情最严重的地区: a description, no name
)
# 地区 names an area (王府井地区) unless it says which kind (重点地区, 其他地区, 台湾地区 is named),
# wherever the run of characters before it starts (累计排摸重点地区返建人员)
_KIND_OF_AREA = re.compile(
    r"(?:风险|重点|其他|其它|有关|相关|部分|周边|偏远|贫困|发达|沿海|边境|山区|城市|疫情|发生|流行|严重|以外|以下|以上|所在"
    r"|[省市县区州国内外])地区$"
)


@dataclass(frozen=True, slots=True)
class Place:
    start: int
    end: int
    name: str  # canonical: 株洲市, 醴陵市, 湖北省, 中国航发南方工业有限公司, 新加坡, …
    scope: str  # home | sub | zone | zoneref | other | local | org | subref | provref | foreignref | group


def short_name(city: str) -> str:
    """株洲市 → 株洲 (what the paper writes when it means the city); 临夏回族自治州 → 临夏."""
    ethnic = autonomous_short(city) if city.endswith("自治州") else None
    if ethnic and len(ethnic) >= 2:
        return ethnic
    for suf in ("土家族苗族自治州", "市", "州", "地区", "盟"):
        if city.endswith(suf) and len(city) > len(suf) + 1:
            return city[: -len(suf)]
    return city


def canonical_city(name: str | None) -> str:
    """The one home-city rule: 株洲 and 株洲市 (and 株洲市 typed with spaces) are one city;
    an empty name is the default city. Any Chinese prefecture-level city is known."""
    name = re.sub(r"\s+", "", name or "")
    if not name:
        return DEFAULT_CITY
    if name in GAZETTEER:
        return name
    for city in GAZETTEER:
        if short_name(city) == name:
            return city
    known = divisions().cities.values()
    if name in known:
        return name
    for city in known:
        if short_form(city) == name:
            return city
    return name


def unlisted_scope(name: str, city: str | None) -> str:
    """A district name found only by its suffix (温州: 鹿城区31例) in a list: the home
    city's when the national table says so or doesn't know it; another city's otherwise
    (always, in a corpus without a home city)."""
    if city is None:
        return "other"
    owners = divisions().county_city(name)
    if not owners or city in owners:  # city: already canonical (the engine's edge made it so)
        return "sub"
    return "other"


_TIME_ZONE_AFTER = re.compile(r"(?:东部|西部|中部|东|西|太平洋|当地)?时间")
# right after a place's name, the rest of a hospital's name and its count: 黄石医院1例
_HOSPITAL_COUNT_AFTER = re.compile(
    r"(?:市|县|区)?(?:第[一二三四五六七八九十]+)?(?:人民|中心|中医|传染病|妇幼保健|儿童|妇女儿童)?医院\s*\d"
)


@dataclass(frozen=True)
class PlaceMatcher:
    city: str | None  # None: a corpus without a home city
    regex: re.Pattern
    kinds: dict  # surface form → (canonical, scope)

    def find_named(self, text: str) -> list[Place]:
        """Only the gazetteer's places (home, districts, other places): no organisations or
        villages. Enough to know which city a paragraph is about, and much cheaper."""
        out: list[Place] = []
        pos = 0
        while (m := self.regex.search(text, pos)) is not None:
            pos = m.end()
            name, scope = self.kinds[m.group()]
            if m.start() and (
                part_of_another_word(m.group(), text[max(0, m.start() - 2) : m.start()])
                or (scope == "subref" and m.group() == "新区" and _NAME_CHAR.match(text, m.start() - 1))
            ):
                pos = m.start() + 1  # 今日本市 names no 日本, 高新区 no 新区: look again from the next character
                continue
            end = m.end()
            if scope in ("home", "sub", "other") and _HOSPITAL_COUNT_AFTER.match(text, end):
                continue  # 含黄石医院1例: a hospital's count, not the place's (one institution is not the city)
            if text.startswith(_DISEASE_NAMES, end):
                continue  # 武汉肺炎, 武汉冠状病毒, 武汉冠病测试: a name the disease was given, no place
            if _TIME_ZONE_AFTER.match(text, end):
                continue  # 美国东部时间3月31日18时: a clock, no place
            if m.group() in _WORLD and not _WORLD_FIGURE_AFTER.match(text, end):
                continue  # 确诊病例依然全球居首: a ranking, no place the next figures are about
            if m.group() in _CONTINENTS and _OUTLET_AFTER.match(text, end):
                continue  # 亚洲文旅网讯: an outlet's name, no place
            nxt = text[end : end + 1]
            if (
                scope == "sub"
                and nxt in ("区", "县", "市")
                and m.group() + nxt != name
                and not name.endswith(nxt)
                and len(m.group()) >= 2
            ):
                # 即墨区 written where the table still has 即墨市 (renamed since): the text's name
                name, end = m.group() + nxt, end + 1
            start = m.start()
            if m.group() == _CORPS_AS_SUBJECT and not text.startswith("报告", end):
                # 河北、上海和新疆生产建设兵团各1例: the corps is a place of its own in a list
                start, name, scope = start + 1, _CORPS, "other"
            out.append(Place(start, end, name, scope))
        zones = _outermost(self._zones(text, out))  # 金山科技城电子产业园: one zone, not two
        if zones:  # a word inside a zone's name (新区 in 钱塘新区) is no place of its own
            out = [pl for pl in out if not any(z.start <= pl.start and pl.end <= z.end for z in zones)]
            out = sorted(out + zones, key=lambda p: (p.start, -(p.end - p.start)))
        return out

    def _zones(self, text: str, named: list[Place]) -> list[Place]:
        """Zones by their suffix (a scan for the rare suffix, then the run before it)."""
        out = []
        for sm in _ZONE_SUFFIX_RE.finditer(text):
            run = _CJK_RUN_BEFORE.search(text, max(0, sm.start() - 8), sm.start())
            if run is None:  # 目前，创业园内…: the zone named before
                if sm.group() not in GENERIC_ZONES:
                    out.append(Place(sm.start(), sm.end(), sm.group(), "zoneref"))
                continue
            first_named = next((pl for pl in named if run.start() <= pl.start < sm.start()), None)
            if first_named is not None:  # 走访调研福州台商投资区: the name starts at the place it names
                start = first_named.start
            else:
                lead = _ZONE_LEAD.match(text, run.start(), sm.start())
                start = lead.end() if lead else run.start()
            inside = [pl for pl in named if start <= pl.start < sm.end()]
            if any(pl.start <= start and pl.end >= sm.end() for pl in named):
                continue  # the whole name is a known place already (滨海新区, 湘江新区)
            # a zone the home city's name opens is the city's; one named alone is decided by the
            # company it keeps (a list of other cities' figures: theirs), as a bare district is
            scope = "zone" if self.city else "other"
            if inside and inside[0].start == start:
                head = inside[0]
                scope = {"other": "other", "home": "sub"}.get(head.scope, scope) if self.city else "other"
                if (
                    head.scope in ("home", "other")
                    and sm.start() - head.end >= 2
                    and text[head.end : sm.end()] not in ZONE_TYPE_NAMES
                ):
                    start = head.end  # 杭州钱塘新区 → 钱塘新区 (the city's own name is no part of it)
                elif head.scope == "home" and head.end == sm.start() and sm.group() in _CITY_ZONE_KINDS:
                    # 南阳市高新区 → 高新区, 银川经济技术开发区 → 经济技术开发区: the home city's own zone,
                    # named without the city (tests/cases/ANNOTATION.md)
                    name = GENERIC_ZONE_FORMS.get(sm.group(), sm.group())
                    out.append(Place(start, sm.end(), name, "zone" if self.city else "other"))
                    continue
            elif re.search(r"(?:我|本|全)市$", text[run.start() : start]):
                scope = "sub"
            name = text[start : sm.end()]
            if (len(name) - len(sm.group()) < 2 and sm.group() not in GENERIC_ZONES) or name in ZONE_TYPE_NAMES:
                # 创业园, 投资区, 台商投资区 alone: the zone named before (attribute.py looks it up)
                # 创业园, 投资区 alone: the zone named before (attribute.py looks it up)
                out.append(Place(sm.start(), sm.end(), sm.group(), "zoneref"))
                continue
            out.append(Place(start, sm.end(), name, scope))
        return out

    def find(self, text: str) -> list[Place]:
        out = self.find_named(text) + self.find_local_and_orgs(text)
        out.sort(key=lambda p: (p.start, -(p.end - p.start)))
        return out

    def towns(self, text: str) -> list[str]:
        """The towns (镇) of a home city without counties named in text, in order; [] for any
        other city (its towns are localities, not districts)."""
        if self.city is None or not _without_counties(self.city):
            return []
        found = _suffix_matches(text, _LOCALITY_SUFFIX_RE, _CJK_RUN_BEFORE, LOCALITY_RE, 2, 6)
        names = (self._locality_name(m.group()) for m in found)
        return list(dict.fromkeys(n for n in names if n.endswith(("镇", "街道")) and not _NOT_LOCALITY.match(n)))

    def _locality_name(self, run: str) -> str:
        """A locality's name without what leads into it (目前店口镇, 从东莞市南城街道)."""
        if self.city is not None:
            for home in (self.city, short_form(self.city)):
                at = run.rfind(home)
                if at >= 0 and len(run) - at - len(home) >= 3:
                    run = run[at + len(home) :]
                    break
        lead = _LOCALITY_LEAD.match(run)
        return run[lead.end() :] if lead and len(run) - lead.end() >= 3 else run

    def find_local_and_orgs(self, text: str) -> list[Place]:
        """Villages, streets, communities and organisations: found by their suffix."""
        out = []
        # a prefecture with no counties (东莞, 中山) is divided into towns: its 镇 and 街道 are
        # its districts (麻涌镇 is to 东莞 what 福田区 is to 深圳)
        towns = "sub" if self.city is not None and _without_counties(self.city) else "local"
        for m in _suffix_matches(text, _LOCALITY_SUFFIX_RE, _CJK_RUN_BEFORE, LOCALITY_RE, 2, 6):
            name = self._locality_name(m.group())  # 目前店口镇: 店口镇
            if not _NOT_LOCALITY.match(m.group()) and not _NOT_LOCALITY.match(name) and not _KIND_OF_AREA.search(name):
                scope = towns if name.endswith(("镇", "街道")) else "local"
                out.append(Place(m.end() - len(name), m.end(), name, scope))
        for m in _suffix_matches(text, _ORG_SUFFIX_RE, _RUN_BEFORE, ORG_RE, 2, 24):
            # 鹤壁市3例…患者先后从鹤壁市第三人民医院: a count ends what came before the name
            cut = max((c.end() for c in _ORG_RUN_CUT.finditer(m.group())), default=0)
            name = _trim_org(m.group()[cut:]) if len(m.group()) - cut >= 4 else ""
            if len(name) <= 4 and _HOME_LEAD_RE.match(m.group(), cut):
                continue  # 我市快递公司: a kind of firm of the city, no firm's name
            if name and not _ORG_SUFFIX_RE.fullmatch(name):  # (因为公司是…: no name, a bare 公司)
                out.append(Place(m.start() + cut, m.end(), name, "org"))
        return out


_ORG_RUN_CUT = re.compile(r"\d+(?:例|名|人|位)")
_SHORT_TOWNS = 12  # distinct towns of one article looked for in short form (bounded work)


def towns_written_short(text: str, towns: list[str], lo: int = 0, hi: int | None = None) -> list[Place]:
    """麻涌镇召开…。截至2月20日,麻涌已有968家企业复工: a town of a prefecture without counties
    (PlaceMatcher.towns, named in full somewhere in the article), written short in text[lo:hi]
    (its full name as region)."""
    hi = len(text) if hi is None else hi
    out = []
    for town in towns[:_SHORT_TOWNS]:
        short = town[:-1]
        if len(short) < 2:
            continue
        i = text.find(short, lo, hi)
        while i >= 0:
            if not text.startswith(town, i):
                out.append(Place(i, i + len(short), town, "sub"))
            i = text.find(short, i + len(short), hi)
    return out


# words that lead into a name without being part of it (在…, 据…, 因为…, 其中…): one table for
# organisations' names and foreign regions' (below)
# the speaker's own place before a kind of firm (我市快递公司复工率超八成): the city's sector
_HOME_LEADS = r"我市|本市|全市|我县|本县|全县|我区|本区|全区"
_HOME_LEAD_RE = re.compile(r"^(?:[\u4e00-\u9fff]{0,3}?(?:" + _HOME_LEADS + r"))")
_NAME_LEAD_WORDS = (
    r"在|由|据|对|向|为|与|和|及|是|到|从|其中|目前|当前|截至|包括"
    r"|因为|由于|所以|但是|而且|并且|虽然|因此|于是|同时|同样|也|还|又"
)
_LOCALITY_LEAD = re.compile(r"^(?:" + _NAME_LEAD_WORDS + r")+")
_ORG_LEAD = re.compile(
    r"^(?:尚在|仍在|正在|均在|现在|来到|走进|走访|深入|位于|了解|介绍|例如|比如|譬如|诸如|记者|\d*月[上中下]旬|\d*月初|\d*月底|\d*月末|"
    + _NAME_LEAD_WORDS
    + r"|"
    + _HOME_LEADS
    + r")+"
)


# A foreign country's regions the tables do not name (瓜亚斯省, 新州, 克勒拉省, 金郡), found by
# their suffix in a feed that names a foreign country: the run of name characters before it,
# without the words that lead into a name (让克勒拉省…, 以克勒拉省…, 德里和拉吉斯坦省)
_DIVISION_SUFFIX = re.compile(r"[省州郡邦](?!份|际|级|界)")
_STEM_RUN = re.compile(r"[\u4e00-\u9fff]{1,6}$")
# (and single characters no foreign region's name opens with, some Chinese names do: 以色列,
# 都江堰 are organisations' leads too)
_STEM_LEAD = re.compile(r"^(?:当地|首府|境内|[东西南北中]{1,2}部|于|以|让|使|而|但|且|都|" + _NAME_LEAD_WORDS + r")+")
# a word or a count's unit inside the run: the name starts after it (9例在拉各斯州, 德里和拉吉斯坦省)
_STEM_CUT = re.compile(r".*(?:[在于和与及是为从到对向让使以例人名的]|[东西南北中]部|来自)")  # (巴东部旁遮普省)
# words, not names: 东部各州, 联邦州, 多个州, 自治州, 外省, 邻省, 该邦
_NOT_IN_STEM = re.compile(
    r"^[该本全我各每外一两三多邻个几数此其另他某整这那哪首次]|[的个部方边近半最]|联邦|自治|直辖|沿海|内陆|兄弟|疫情"
    # a ministry (日本厚生劳动省, 外务省): no region
    r"|(?:劳动|外务|法务|科学|产业|防卫|交通|总务|财务|水产|环境|卫生|内务|教育|司法|国防|工业|商务|外交)$"
)


@lru_cache(maxsize=1)
def _country_scanner() -> re.Pattern:
    from extract.world import countries

    return word_scanner(n for n in countries() if n not in ("香港", "澳门", "台湾") and len(n) >= 2)


# Chinese-language papers abroad: their 我国, 本国 and 本地 are their own country's
# (本地新增106起,…使我国总病例达1481起 in 联合早报 is Singapore)
OUTLET_COUNTRY = {
    "联合早报": "新加坡",
    "早报网": "新加坡",
    "新明日报": "新加坡",
    "星洲日报": "马来西亚",
    "南洋商报": "马来西亚",
    "菲律宾商报": "菲律宾",
}
_OUTLET_RE = re.compile("|".join(OUTLET_COUNTRY))
_OWN_COUNTRY_WORDS = re.compile(r"我国|本国|本地(?!区|人|居民|传播|感染|病例|个案|确诊|时间)")


def outlet_country(text: str) -> str | None:
    """The country of the paper abroad the text names as its source, if any."""
    m = _OUTLET_RE.search(text)
    return OUTLET_COUNTRY[m.group()] if m else None


def own_country_words(text: str, country: str) -> list[Place]:
    """我国, 本国, 本地 in a paper abroad: its country."""
    return [Place(m.start(), m.end(), country, "other") for m in _OWN_COUNTRY_WORDS.finditer(text)]


def names_a_country(text: str) -> bool:
    """Does text name a foreign country (a feed's world news)?"""
    return _country_scanner().search(text) is not None


_LONGEST_NAME = 40  # characters: no known place's name is longer (a bounded look-back per suffix)


def foreign_divisions(text: str, known: list[Place]) -> list[Place]:
    """Regions of a foreign country named by their suffix in text (a paragraph of a feed that
    names a foreign country), that no known place covers and the gazetteer does not know."""
    nation = divisions()
    out: list[Place] = []
    starts = [pl.start for pl in known]  # (sorted: the names near each suffix are bisected)
    for m in _DIVISION_SUFFIX.finditer(text):
        run = _STEM_RUN.search(text, max(0, m.start() - 6), m.start())
        if run is None:
            continue
        near = known[bisect_left(starts, run.start() - _LONGEST_NAME) : bisect_left(starts, m.end())]
        stem = run.group()
        ends = [pl.end for pl in near if run.start() <= pl.end <= m.start()]
        if ends:
            stem = text[max(ends) : m.start()]  # 华盛顿州金郡: the region inside the state named first
        lead = _STEM_LEAD.match(stem)
        stem = stem[lead.end() :] if lead else stem
        cut = _STEM_CUT.match(stem)
        if cut is not None and len(stem) - cut.end() >= 2:
            stem = stem[cut.end() :]
        if not stem or (len(stem) == 1 and m.group() not in "州郡") or _NOT_IN_STEM.search(stem):
            continue
        name, start = stem + m.group(), m.start() - len(stem)
        if any(nation.is_division(name + x) for x in ("", "市", "区", "县")) or nation.is_division(stem + "省"):
            continue  # 温州, 黄州: a Chinese city or district written short
        across = [pl for pl in near if pl.start < m.end() and start < pl.end]
        if across and not _tail_of_longer_name(text, start, m.end(), across):
            continue  # inside or across a name the tables know
        out.append(Place(start, m.end(), name, "other"))
    return out


def _tail_of_longer_name(text: str, start: int, end: int, across: list[Place]) -> bool:
    """Is the only known name a Chinese city's short form ending a foreign region's name
    (伊塞克湖州's 湖州, 贾拉拉巴德州's 德州), with at least two characters of the name before it?"""
    return (
        len(across) == 1
        and across[0].end == end
        and across[0].start - start >= 2
        and across[0].end - across[0].start == 2
        and not _NOT_IN_STEM.search(text[start : across[0].start])
        and not _STEM_CUT.match(text, start, across[0].start)  # 转到兰州, 令到本省: a verb before a name
    )


def latin_counties(text: str, known: list[Place]) -> list[Place]:
    """Santa Clara县, Contra Costa县, Bergen郡: counties abroad written in Latin letters (never a
    Chinese county), in a corpus without a home city."""
    return [
        Place(m.start(), m.end(), m.group(), "other")
        for m in _LATIN_COUNTY.finditer(text)
        if not any(pl.start < m.end() and m.start() < pl.end for pl in known)
    ]


# a county abroad written in Latin letters with 县/郡 (the Bay Area's Chinese press)
_LATIN_COUNTY = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}[县郡]")


def _outermost(zones: list[Place]) -> list[Place]:
    """The zones no other zone contains, and of two that overlap the longer (one sweep over
    them sorted by start, longest first): 茶陵县金山科技城电子产业园 is one zone."""
    out: list[Place] = []
    reach = -1
    for z in sorted(zones, key=lambda p: (p.start, -(p.end - p.start))):
        if z.end <= reach:
            continue  # inside the last one
        if z.start < reach and out:  # overlapping the last one: the longer stays
            if z.end - z.start > out[-1].end - out[-1].start:
                out[-1] = z
                reach = z.end
            continue
        out.append(z)
        reach = z.end
    return out


@lru_cache(maxsize=64)
def _without_counties(city: str) -> bool:
    nation = divisions()
    return city in nation.cities.values() and not nation.counties_of(city)


def _trim_org(name: str) -> str:
    """What leads into a name is no part of it: 在…, 园区内生产不织布的台资企业福州汇昌纺织有限公司."""
    name = name[name.rfind("的") + 1 :]
    lead = _ORG_KIND_LEAD.match(name)
    if lead and len(name) - lead.end() >= 6:
        name = name[lead.end() :]
    return _ORG_LEAD.sub("", name)


_ORG_KIND_LEAD = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:企业|台企|外企|民企|国企)")


def autonomous_county_short(name: str) -> str | None:
    """The name papers write for an autonomous county: 城步苗族自治县 → 城步县, 东乡族自治县 →
    东乡县 (the people's name is the county's)."""
    short = autonomous_short(name) if name.endswith(("自治县", "自治旗")) else None
    return short + name[-1] if short and len(short) >= 2 else None


def _home_alias(name: str, city: str) -> str:
    """株洲's 云龙区 is its 云龙示范区; 徐州's 云龙区 is a district of that name."""
    canon = ALIASES.get(name, name)
    return canon if canon in GAZETTEER.get(city, ()) else name


def _add_feed_words(kinds: dict[str, tuple[str, str]]) -> None:
    """What the words a corpus without a home city uses stand for."""
    for w in ("全省", "省内", "我省", "本省", "全省各地"):  # the province named before (attribute.py)
        kinds[w] = (w, "provref")
    for w in NOWHERE:  # 外地来沪人员159例: where they came from is no place of the feed's
        kinds[w] = (w, "group")
    for w in ("全国", "国内"):
        kinds[w] = ("全国", "other")
    kinds.setdefault("中国", ("全国", "other"))  # 中国新冠病毒死亡累计升至304例: the country's
    for w in CHINA_NAMED_OUTLETS:  # 「中国青年网」新增死亡病例1001例: an outlet, no place
        kinds[w] = (w, "group")
    for w in NATIONAL_WORDS:
        kinds[w] = ("全国", "other")
    for w in HOME_WORDS:  # the speaker's, if one speaks (attribute.py); else nobody's
        kinds[w] = ("", "home")
    for w in SUB_REFS:
        kinds[w] = (w, "subref")
    for w in LOCAL_REFS:
        kinds[w] = (w, "local")


@lru_cache(maxsize=32)
def matcher_for(city: str | None) -> PlaceMatcher:
    """The places a text can name, seen from the home city (None: a corpus without one, where
    every place is a place of its own and 我市 means only the city that speaks)."""
    city = canonical_city(city) if city is not None else None
    kinds: dict[str, tuple[str, str]] = {}
    home_short = short_name(city) if city else None
    nation = divisions()
    province = (nation.province_of(city) or ("湖南省" if city in GAZETTEER else "")) if city else ""
    for other_city, subs in GAZETTEER.items():
        if other_city == city:
            continue
        kinds[other_city] = (other_city, "other")
        kinds[short_name(other_city)] = (other_city, "other")
        for s in subs:
            if (city is None or s not in GAZETTEER.get(city, ())) and s not in GENERIC_ZONES:
                kinds.setdefault(s, (s, "other"))
    # Every other city and province of the country, by full name and (unless it is an
    # ordinary word too) by short name: a provincial bulletin lists the home city among them.
    for name in list(nation.cities.values()) + list(nation.provinces.values()):
        if (name in (city, province) and name not in MUNICIPALITIES) or name == city:
            continue
        canon = _SPECIAL_REGIONS.get(name, name)
        kinds.setdefault(name, (canon, "other"))
        short = short_form(name)
        if short != name and short not in AMBIGUOUS_SHORT and short != home_short:
            kinds.setdefault(short, (canon, "other"))
    # 黔西南州, 恩施州: an autonomous prefecture by its short name and 州 (before 黔西 matches)
    for name in nation.cities.values():
        if name.endswith("自治州") and name != city:
            kinds.setdefault(short_form(name) + "州", (name, "other"))
    # Countries, their cities, 香港/澳门/台湾, ships: never a Chinese city's figures
    for name, canon in foreign_places().items():
        if name != home_short and name != city:
            kinds.setdefault(name, (canon, "other"))
    for w in GROUPS:
        kinds[w] = (w, "group")
    kinds.update(_ZONE_SHORT_KINDS)
    for w in FOREIGN_REFS:
        kinds[w] = (w, "foreignref")
    for p in OTHER_PLACES:
        canon = OTHER_CANON.get(p, p)
        if city is not None and canon in (city, home_short):
            continue
        kinds[p] = (canon, "other")
    if city is None:
        _add_feed_words(kinds)
        return PlaceMatcher(city, word_scanner(kinds), kinds)
    assert home_short is not None  # city is canonical here, never empty
    # 全省, 省内, the home province by name: never the city's own figures
    home_province = province if province and province != city else "全省"
    for w in ("全省", "省内", "我省", "本省", "全省各地") + (
        (province, short_form(province)) if province != city else ()
    ):
        kinds[w] = (home_province, "other")
    for w in NATIONAL_WORDS:
        kinds[w] = ("全国", "other")
    kinds.setdefault("中国", ("全国", "other"))  # 中国新增确诊病例2000例: never the city's
    if city not in GAZETTEER:  # 高新区/经开区 of any city are its own (宜昌高新区 → 高新区)
        for zone in GENERIC_ZONES:
            kinds.setdefault(zone, (zone, "sub"))
            kinds[home_short + zone] = (zone, "sub")
    home_subs = GAZETTEER.get(city, ()) + tuple(c for c in nation.counties_of(city) if c not in GAZETTEER.get(city, ()))
    for s in home_subs:
        kinds[s] = (_home_alias(s, city), "sub")
    for s in home_subs:  # bulletins drop the suffix in lists: 咸安11例，赤壁8例
        stem = (
            s[:-1]
            if s.endswith(("区", "县"))
            and len(s) >= 3
            and "高新" not in s
            and "经开" not in s
            and "示范" not in s
            and "新区" not in s
            else s
        )
        if s.endswith("市") and len(s) == 3:
            stem = s[:-1]  # 醴陵市 → 醴陵
        if (
            stem != s
            and len(stem) >= 2
            and stem not in COMMON_WORD_STEMS
            and (stem not in kinds or (kinds[stem][1] == "other" and stem not in OTHER_PLACES))
        ):
            kinds[stem] = (_home_alias(s, city), "sub")
    for s in home_subs:  # 东乡族自治县 written 东乡县, 城步苗族自治县 城步县: the text's name
        written = autonomous_county_short(s)
        if written and written not in kinds:
            kinds[written] = (written, "sub")
    for a, canon in ALIASES.items():
        if canon in GAZETTEER.get(city, ()) or ALIASES.get(canon) in GAZETTEER.get(city, ()):
            kinds[a] = (canon, "sub")
    own_zones = [z for z in GAZETTEER.get(city, ()) if z.endswith(GENERIC_ZONES)]
    for zone in GENERIC_ZONES:
        mine = [z for z in own_zones if z.endswith(zone)]
        if mine:  # 湘潭: 高新区 → 湘潭高新区; 株洲: 高新区 is the canonical name itself
            kinds[zone] = (zone if zone in own_zones else ALIASES.get(mine[0], mine[0]), "sub")
    for w in HOME_WORDS:
        kinds[w] = (city, "home")
    for suffix, words in PREFECTURE_HOME_WORDS.items():  # 临夏回族自治州: 全州/我州 is the home
        if city.endswith(suffix):
            for w in words:
                kinds[w] = (city, "home")
    kinds[city] = (city, "home")
    kinds[home_short] = (city, "home")
    if city.endswith("自治州"):
        kinds[short_form(city) + "州"] = (city, "home")
    for w in SUB_REFS:
        kinds[w] = (w, "subref")
    for w in LOCAL_REFS:
        kinds[w] = (w, "local")
    if _without_counties(city):  # 东莞: 该街道, 该镇 point back at a town, one of its districts
        for w in TOWN_REFS:
            kinds[w] = (w, "subref")
    return PlaceMatcher(city, word_scanner(kinds), kinds)


# The table's names for the special administrative regions and Taiwan → what the news writes.
_SPECIAL_REGIONS = {"香港特别行政区": "香港", "澳门特别行政区": "澳门", "台湾省": "台湾"}


_ORG_FULL_SUFFIX = re.compile(
    r"(?:(?:研究所|研究院|集团)?(?:股份有限公司|有限责任公司|有限公司)|研究所|集团|专业合作社)"
)
_ORG_FULL = re.compile(
    r"(?:[\u4e00-\u9fff]|\([\u4e00-\u9fff]{2,4}\)){4,20}?"
    r"(?:(?:研究所|研究院|集团)?(?:股份有限公司|有限责任公司|有限公司)|研究所|集团|专业合作社)"
)


def find_full_orgs(text: str) -> list[str]:
    """Full organisation names in a text (…有限公司, …研究所), longest first."""
    found = {_trim_org(m.group()) for m in _suffix_matches(text, _ORG_FULL_SUFFIX, _RUN_BEFORE, _ORG_FULL, 4, 20)}
    return sorted((name for name in found if len(name) >= 4), key=len, reverse=True)
