import sys

import pytest

from extract import extract_text
from extract.places import canonical_city, find_full_orgs, matcher_for, short_name, unlisted_scope

CITY = "株洲市"


@pytest.mark.parametrize(
    "text,name,scope",
    [
        ("我市", "株洲市", "home"),
        ("全市", "株洲市", "home"),
        ("株洲", "株洲市", "home"),
        ("醴陵市", "醴陵市", "sub"),
        ("醴陵", "醴陵市", "sub"),
        ("溁口区", "渌口区", "sub"),
        ("长沙", "长沙市", "other"),
        ("黄冈", "黄冈市", "other"),
        ("全省", "湖南省", "other"),
        ("援鄂", "湖北省", "other"),
        ("雨湖区", "雨湖区", "other"),
    ],
)
def test_zhuzhou_places(text, name, scope):
    (p,) = [p for p in matcher_for("株洲市").find(text) if p.scope != "org"]
    assert (p.name, p.scope) == (name, scope)


def test_home_city_is_a_setting():
    m = matcher_for("湘潭市")
    kinds = {p.name: p.scope for p in m.find("我市 雨湖区 株洲")}
    assert kinds == {"湘潭市": "home", "雨湖区": "sub", "株洲市": "other"}
    assert canonical_city("湘潭") == "湘潭市"


@pytest.mark.parametrize(
    "text,region",
    [
        ("截至2月20日，我市累计确诊80例。", "株洲市"),
        ("截至2月20日，醴陵市累计确诊5例。", "醴陵市"),
        ("天元区落实重点措施，全区规模以上工业企业复工78家。", "天元区"),
        ("醴陵市多措并举推进复工。截至2月20日，该市已有321家规模工业企业复工。", "醴陵市"),
    ],
)
def test_region_of_figure(text, region):
    recs = extract_text(text, published="2020-02-21")
    assert recs and {r.region for r in recs} == {region}


@pytest.mark.parametrize(
    "text",
    [
        "长沙市累计确诊病例200例。",
        "在黄冈战斗了一个多月。“我们收治了70余位患者，其中危重症患者有三四十人。”",
        "全省累计报告确诊病例1016例。",
        "在芦淞区董家堰街道，目前整个街道无一例确诊病例。",
    ],
)
def test_other_places_and_localities_are_not_the_city(text):
    assert extract_text(text, published="2020-02-21") == []
    # …but they are kept, with their own region, when asked for
    others = extract_text(text, published="2020-02-21", keep_other_places=True)
    assert all(r.region != "株洲市" for r in others)


# ---------------------------------------------------------------- caught mutants (bench/mutation.py)
# Each test below was written to kill a mutant that passed every other test; the comment names it.


def named(city: str, text: str) -> list[tuple]:
    return [(p.name, p.scope, p.start, p.end) for p in matcher_for(city).find_named(text)]


ZHUZHOU_SUBS = {
    "荷塘区": "荷塘区",
    "芦淞区": "芦淞区",
    "石峰区": "石峰区",
    "天元区": "天元区",
    "渌口区": "渌口区",
    "醴陵市": "醴陵市",
    "攸县": "攸县",
    "茶陵县": "茶陵县",
    "炎陵县": "炎陵县",
    "云龙示范区": "云龙示范区",
    "株洲高新区": "高新区",
    "高新区": "高新区",
    "株洲经开区": "株洲经开区",
    "经开区": "经开区",
    # bulletins drop the suffix in lists (荷塘5例、芦淞3例)
    "荷塘": "荷塘区",
    "芦淞": "芦淞区",
    "石峰": "石峰区",
    "天元": "天元区",
    "渌口": "渌口区",
    "醴陵": "醴陵市",
    "茶陵": "茶陵县",
    "炎陵": "炎陵县",
    # misprints and old names
    "溁口区": "渌口区",
    "绿口区": "渌口区",
    "株洲县": "渌口区",
    "云龙区": "云龙示范区",
}


# Kills: a district dropped from GAZETTEER["株洲市"] or ALIASES; the stem rule's `len(stem) >= 2`, 高新/经开/示范
# exclusions and the 3-character 市 → stem rule.
@pytest.mark.parametrize("word,name", ZHUZHOU_SUBS.items())
def test_home_city_districts_short_forms_and_old_names(word, name):
    assert named(CITY, word) == [(name, "sub", 0, len(word))]


# Hunan's other prefectures and their counties and districts (2020): never 株洲's figures.
HUNAN_OTHERS = {
    "长沙市": "芙蓉区 天心区 岳麓区 开福区 雨花区 望城区 长沙县 浏阳市 宁乡市 湘江新区",
    "湘潭市": "雨湖区 岳塘区 湘潭县 湘乡市 韶山市 湘潭高新区 昭山示范区 九华示范区 湘潭经开区",
    "衡阳市": "珠晖区 雁峰区 石鼓区 蒸湘区 南岳区 衡阳县 衡南县 衡山县 衡东县 祁东县 耒阳市 常宁市",
    "邵阳市": "双清区 大祥区 北塔区 邵东市 新邵县 邵阳县 隆回县 洞口县 绥宁县 新宁县 城步苗族自治县 武冈市",
    "岳阳市": "岳阳楼区 云溪区 君山区 岳阳县 华容县 湘阴县 平江县 汨罗市 临湘市 屈原管理区",
    "常德市": "武陵区 鼎城区 安乡县 汉寿县 澧县 临澧县 桃源县 石门县 津市市",
    "张家界市": "永定区 武陵源区 慈利县 桑植县",
    "益阳市": "资阳区 赫山区 南县 桃江县 安化县 沅江市 大通湖区",
    "郴州市": "北湖区 苏仙区 桂阳县 宜章县 永兴县 嘉禾县 临武县 汝城县 桂东县 安仁县 资兴市",
    "永州市": "零陵区 冷水滩区 祁阳县 东安县 双牌县 道县 江永县 宁远县 蓝山县 新田县 江华瑶族自治县",
    "怀化市": "鹤城区 中方县 沅陵县 辰溪县 溆浦县 会同县 麻阳苗族自治县 新晃侗族自治县 芷江侗族自治县 "
    "靖州苗族侗族自治县 通道侗族自治县 洪江市",
    "娄底市": "娄星区 双峰县 新化县 冷水江市 涟源市",
    "湘西土家族苗族自治州": "吉首市 泸溪县 凤凰县 花垣县 保靖县 古丈县 永顺县 龙山县",
}


# Kills: a city or district dropped from GAZETTEER (another Hunan city's); `s not in GENERIC_ZONES`.
@pytest.mark.parametrize("city", HUNAN_OTHERS)
def test_other_hunan_cities_and_their_districts_are_other_places(city):
    short = short_name(city)
    assert named(CITY, city) == [(city, "other", 0, len(city))]
    assert named(CITY, short) == [(city, "other", 0, len(short))]
    for district in HUNAN_OTHERS[city].split():
        assert named(CITY, district) == [(district, "other", 0, len(district))], district


# Kills: a word dropped from OTHER_PLACES, OTHER_CANON or NATIONAL_WORDS, or the home-province words.
@pytest.mark.parametrize(
    "word,name",
    [
        ("湖北", "湖北省"),
        ("援鄂", "湖北省"),
        ("支援湖北", "湖北省"),
        ("驰援湖北", "湖北省"),
        ("驰援武汉", "武汉市"),
        ("武汉", "武汉市"),
        ("黄冈", "黄冈市"),
        ("国内", "全国"),
        ("全省", "湖南省"),
        ("省内", "湖南省"),
        ("我省", "湖南省"),
        ("本省", "湖南省"),
        ("全省各地", "湖南省"),
        ("湖南", "湖南省"),
        ("湖南省", "湖南省"),
        ("恩施", "恩施土家族苗族自治州"),
        ("仙桃", "仙桃市"),
        ("天门", "天门市"),
        ("潜江", "潜江市"),
        ("境外", "境外"),
        ("海外", "海外"),
        ("国外", "国外"),
        ("韩国", "韩国"),
        ("日本", "日本"),
        ("意大利", "意大利"),
        ("伊朗", "伊朗"),
        ("美国", "美国"),
        ("外地", "外地"),
        ("外市", "外市"),
        ("外省", "外省"),
        ("外县", "外县"),
        ("市外", "市外"),
        ("省外", "省外"),
        ("全国", "全国"),
        ("国家卫健委", "全国"),
        ("国家卫生健康委", "全国"),
        ("国家卫生健康委员会", "全国"),
        ("31个省(自治区、直辖市)", "全国"),
        ("31个省(自治区、直辖市)和新疆生产建设兵团", "全国"),
        ("31个省(区、市)和新疆生产建设兵团", "全国"),
        ("内地", "全国"),
        ("中国内地", "全国"),
        ("31个省", "全国"),
        ("各省(自治区、直辖市)", "全国"),
        ("全国各地", "全国"),
    ],
)
def test_words_for_other_places_name_them_whole(word, name):
    assert named(CITY, word) == [(name, "other", 0, len(word))]


# Kills: a suffix dropped from short_name's tuple; `len(city) > len(suf) + 1`.
# Kills: a short name dropped from OTHER_PLACES / OTHER_CANON.
@pytest.mark.parametrize(
    "word",
    [
        "孝感",
        "襄阳",
        "荆州",
        "随州",
        "十堰",
        "宜昌",
        "鄂州",
        "咸宁",
        "荆门",
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
    ],
)
def test_short_names_of_other_places(word):
    ((_, scope, start, end),) = named(CITY, word)
    assert (scope, start, end) == ("other", 0, len(word))


# Kills: `province != city` and the 全省 → home province rule for a city outside GAZETTEER.
def test_the_home_province_is_other_for_a_city_outside_hunan():
    assert named("武汉市", "湖南") == [("湖南省", "other", 0, 2)]
    assert named("武汉市", "全省") == [("湖北省", "other", 0, 2)]


# Kills: a word dropped from HOME_WORDS.
@pytest.mark.parametrize("city", ["株洲市", "长沙市", "宜昌市"])
@pytest.mark.parametrize("word", ["我市", "全市", "本市", "市内"])
def test_home_words(city, word):
    assert named(city, word) == [(city, "home", 0, 2)]


# Kills: a word dropped from PREFECTURE_HOME_WORDS (全州/州内 … are an autonomous prefecture's own).
@pytest.mark.parametrize(
    "city,words",
    [
        ("湘西土家族苗族自治州", ["全州", "我州", "本州", "州内"]),
        ("锡林郭勒盟", ["全盟", "我盟", "本盟"]),
        ("大兴安岭地区", ["全地区"]),
    ],
)
def test_a_prefecture_that_is_no_city_speaks_of_itself(city, words):
    for word in words:
        assert named(city, word) == [(city, "home", 0, len(word))], word


# Kills: a hospital word dropped from _HOSPITAL_COUNT_AFTER, or a scope from the places it applies
# to: 黄石市传染病医院1例 counts a hospital's patients, not the city's.
@pytest.mark.parametrize("kind", ["", "人民", "中心", "中医", "传染病", "妇幼保健", "儿童", "妇女儿童", "第一人民"])
@pytest.mark.parametrize("place", ["黄石市", "醴陵市", CITY])
def test_a_place_opening_a_hospitals_count_is_not_named(place, kind):
    assert named(CITY, f"含{place}{kind}医院1例") == []


# Kills: part_of_another_word's look at text[m.start() - 1] → [m.start()]: 今日本市 names 本市, not 日本.
def test_a_place_inside_another_word_is_passed_over():
    assert named(CITY, "今日本市新增2例") == [(CITY, "home", 2, 4)]


# Kills: a word dropped from SUB_REFS.
@pytest.mark.parametrize(
    "word", ["全区", "该区", "本区", "我区", "全县", "该县", "本县", "我县", "该市", "全县市", "区内", "县内"]
)
def test_words_that_point_back_at_a_district(word):
    assert named(CITY, word) == [(word, "subref", 0, len(word))]


# Kills: the `m.start() - 1` of the 新区 test (→ - 0): 在新区 points back at a 新区, 高新区 does not.
def test_a_new_zone_pointed_at_but_not_inside_a_zones_name():
    assert named(CITY, "在新区") == [("新区", "subref", 1, 3)]
    assert named(CITY, "高新区") == [("高新区", "sub", 0, 3)]


# Kills: a word dropped from LOCAL_REFS.
@pytest.mark.parametrize(
    "word",
    [
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
    ],
)
def test_words_that_point_back_at_a_locality(word):
    assert (word, "local", 0, len(word)) in named(CITY, word)


# Kills: GENERIC_ZONES entries; `if mine` and the `city not in GAZETTEER` zone rule.
@pytest.mark.parametrize(
    "city,word,expected",
    [
        ("长沙市", "高新区", []),  # never 株洲's zone
        ("长沙市", "经开区", []),
        ("湘潭市", "高新区", [("湘潭高新区", "sub", 0, 3)]),  # the city's own zone
        ("湘潭市", "经开区", [("湘潭经开区", "sub", 0, 3)]),
        ("宜昌市", "高新区", [("高新区", "sub", 0, 3)]),  # a city outside the table
        ("宜昌市", "宜昌高新区", [("高新区", "sub", 0, 5)]),
        ("宜昌市", "经开区", [("经开区", "sub", 0, 3)]),
    ],
)
def test_generic_zones_are_the_home_citys(city, word, expected):
    assert named(city, word) == expected


# Kills: the renamed-district rule's table (区 县 市), `len(m.group()) >= 2` and `not name.endswith(nxt)`.
@pytest.mark.parametrize(
    "city,text,name",
    [
        ("青岛市", "即墨区", "即墨区"),  # renamed since the national table (即墨市): the text's name
        ("内江市", "隆昌市", "隆昌市"),  # 隆昌县 → 隆昌市
        ("长沙市", "望城县", "望城县"),  # an old name: 望城区 today
    ],
)
def test_renamed_districts_keep_the_texts_name(city, text, name):
    assert named(city, text) == [(name, "sub", 0, 3)]


# Kills: a stem dropped from COMMON_WORD_STEMS (those of a real district).
@pytest.mark.parametrize(
    "city,stem",
    [
        ("北京市", "东城"),
        ("北京市", "西城"),
        ("南昌市", "东湖"),
        ("南昌市", "西湖"),
        ("南昌市", "新建"),
        ("承德市", "兴隆"),
        ("佳木斯市", "前进"),
        ("深圳市", "南山"),
        ("天津市", "和平"),
        ("西宁市", "城东"),
        ("西宁市", "城中"),
        ("西宁市", "城北"),
        ("西宁市", "城西"),
        ("兰州市", "城关"),
        ("兰州市", "安宁"),
        ("阜新市", "太平"),
        ("济南市", "市中"),
        ("海东市", "平安"),
        ("丹东市", "振兴"),
        ("石家庄市", "新华"),
        ("西安市", "新城"),
        ("西安市", "长安"),
        ("长春市", "朝阳"),
        ("三明市", "永安"),
        ("宁波市", "江北"),
        ("南宁市", "江南"),
        ("秦皇岛市", "海港"),
        ("广州市", "白云"),
        ("新乡市", "红旗"),
        ("洛阳市", "老城"),
        ("焦作市", "解放"),
        ("武汉市", "青山"),
    ],
)
def test_a_district_stem_that_is_an_everyday_word_is_no_place(city, stem):
    """新建项目, 青山绿水, 和平年代: only the full name (新建区) is the district."""
    assert not any(scope == "sub" for _, scope, _, _ in named(city, stem + "一词"))


@pytest.mark.parametrize(
    "city,short",
    [
        ("株洲市", "株洲"),
        ("湘西土家族苗族自治州", "湘西"),
        ("恩施州", "恩施"),
        ("大兴安岭地区", "大兴安岭"),
        ("锡林郭勒盟", "锡林郭勒"),
        ("沙市", "沙市"),  # a one-character stem keeps its suffix
    ],
)
def test_short_name(city, short):
    assert short_name(city) == short


# Kills: re.sub(r"\s+") dropped; the short-name loops of canonical_city.
@pytest.mark.parametrize(
    "typed,city",
    [
        ("株洲", "株洲市"),
        ("湘西", "湘西土家族苗族自治州"),
        (" 株 洲 ", "株洲市"),
        ("", "株洲市"),
        ("宜昌", "宜昌市"),
        ("恩施", "恩施土家族苗族自治州"),
    ],
)
def test_canonical_city(typed, city):
    assert canonical_city(typed) == city


# Kills: AMBIGUOUS_SHORT / MUNICIPALITIES tests, `short != home_short`, the 3-character 市 stem rule.
@pytest.mark.parametrize(
    "city,word,expected",
    [
        ("株洲市", "温州", [("温州市", "other", 0, 2)]),  # any city of the country, by its short name
        ("株洲市", "白银", []),  # …unless that is an everyday word (silver)
        ("株洲市", "攸", []),  # 攸县 has no one-character short form
        ("武汉市", "武汉", [("武汉市", "home", 0, 2)]),  # a listed other place that is the home city
        ("温州市", "浙江", [("浙江省", "other", 0, 2)]),  # the home province by its short name
        ("北京市", "全省", [("全省", "other", 0, 2)]),  # a municipality is its own province
        ("北京市", "北京", [("北京市", "home", 0, 2)]),
        ("武汉市", "省内", [("湖北省", "other", 0, 2)]),  # 省内 is the home province, not 湖南
        ("长沙市", "湘江新闻", []),  # 湘江新区 has no short form (湘江新闻 is the news)
        ("益阳市", "资阳", [("资阳区", "sub", 0, 2)]),  # in 益阳's lists 资阳 is its district, not 资阳市
        ("娄底市", "冷水江", []),  # only a three-character 市 (醴陵市 → 醴陵) has a short form
    ],
)
def test_places_seen_from_other_home_cities(city, word, expected):
    assert named(city, word) == expected


# Kills: `not owners or city in owners` (boolop, not) in unlisted_scope.
def test_unlisted_district_scope():
    assert unlisted_scope("鹿城区", "温州市") == "sub"  # the national table says it is the city's
    assert unlisted_scope("鹿城区", "株洲市") == "other"  # …or another city's
    assert unlisted_scope("某某区", "株洲市") == "sub"  # unknown: the list it stands in decides


def local_and_orgs(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.scope) for p in matcher_for(CITY).find_local_and_orgs(text)]


# Kills: a suffix dropped from LOCALITY_SUFFIX.
@pytest.mark.parametrize("text", ["龙泉村", "金山社区", "月塘街道办事处", "月塘街道", "白关镇", "仙庾乡", "明月小区"])
def test_every_locality_suffix(text):
    assert local_and_orgs(text) == [(text, "local")]


# Kills: a word dropped from _NOT_LOCALITY's opening alternation.
@pytest.mark.parametrize(
    "text",
    [
        "各居民小区",
        "全体居民小区",
        "该居民小区",
        "本居民小区",
        "城中村",
        "农民新村",
        "乡间小镇",
        "社区街道",
        "一个小区",
        "每个小区",
        "市内各小区",
        "两个社区",
        "多个小区",
        "村民小区",
        "街道社区",
        "小山村",
        "此类小区",
        "其他社区",
        "镇中心小区",
        "所在社区",
        "进入小区",
        "到访社区",
        "在该社区",
        "驻守村",
        "下沉社区",
        "深入社区",
        "派驻社区",
        "走进社区",
        "回到社区",
        "以上社区",
        "以下小区",
    ],
)
def test_words_that_end_like_a_locality_but_name_none(text):
    assert local_and_orgs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        *(
            pytest.param(
                t,
                marks=pytest.mark.xfail(
                    strict=True,
                    reason="places._NOT_LOCALITY's (?:乡村|农村|城乡…)$ branch is tried with re.match, so only "
                    "from the start of the match: it never fires (found as equivalent mutants)",
                ),
            )
            for t in ("美丽乡村", "广大农村", "统筹城乡", "新型城镇", "送温暖进社区", "干部驻社区")
        ),
        "来自重点地区",  # (places._KIND_OF_AREA is searched: the kind of 地区 wherever the run starts)
        "我市周边地区",
    ],
)
def test_generic_words_ending_in_a_locality_word(text):
    assert local_and_orgs(text) == []


# Kills: a word dropped from _KIND_OF_AREA's 地区 list: 重点地区, 周边地区 … name no place (王府井地区 does).
@pytest.mark.parametrize(
    "word",
    [
        *("风险", "重点", "有关", "相关", "部分", "周边", "偏远", "贫困", "发达", "沿海", "边境", "山区", "疫情"),
        *("发生", "流行", "严重", "以外", "省", "县", "区", "州", "国", "内", "外"),
    ],
)
def test_area_words_name_no_locality(word):
    assert local_and_orgs(word + "地区") == []
    assert local_and_orgs("王府井地区") == [("王府井地区", "local")]


# Kills: a suffix dropped from ORG_SUFFIX.
@pytest.mark.parametrize(
    "text",
    [
        "株洲千金药业研究所",
        "湖南省中医药研究院",
        "株洲中车集团",
        "株洲中车时代电气股份有限公司",
        "湖南华菱钢铁有限责任公司",
        "株洲千金药业有限公司",
        "株洲顺丰公司",
        "株洲市中心医院",
        "中车株洲电力机车研究所有限公司",
        "中国航发南方工业有限公司",
        "湖南建工集团有限公司",
        "湖南省交通科学研究院有限公司",
        "株洲市荷塘区集中隔离点",
        "株洲市传染病救治中心",
    ],
)
def test_every_organisation_suffix(text):
    assert local_and_orgs(text) == [(text, "org")]


@pytest.mark.xfail(
    strict=True,
    reason="places._trim_org: _ORG_KIND_LEAD reads 湖南中小企业 as a kind of company leading into the name, "
    "so 湖南中小企业担保有限公司 is cut to 担保有限公司",
)
def test_a_company_named_for_small_businesses_keeps_its_name():
    assert local_and_orgs("湖南中小企业担保有限公司") == [("湖南中小企业担保有限公司", "org")]


# Kills: a word dropped from _ORG_LEAD.
@pytest.mark.parametrize(
    "lead",
    [
        "尚在",
        "仍在",
        "正在",
        "均在",
        "现在",
        "在",
        "由",
        "据",
        "对",
        "向",
        "为",
        "与",
        "和",
        "及",
        "是",
        "到",
        "从",
        "来到",
        "了解",
        "介绍",
        "其中",
        "目前",
        "当前",
        "截至",
    ],
)
def test_words_before_an_organisation_are_not_its_name(lead):
    assert local_and_orgs(lead + "湘雅医院") == [("湘雅医院", "org")]


# Kills: 院区 dropped from ORG_SUFFIX (a hospital's campus is an organisation of its own).
def test_a_hospitals_campus():
    assert local_and_orgs("株洲市中心医院河西院区") == [("株洲市中心医院", "org"), ("河西院区", "org")]


# Kills: find_full_orgs' suffix table and its longest-first sort.
def test_full_organisation_names_longest_first():
    text = (
        "株洲千金药业有限公司,中国航发南方工业有限公司,中车株洲电力机车研究所有限公司,湖南华菱钢铁有限责任公司,"
        "株洲中车时代电气股份有限公司,株洲中车集团,株洲千金药业研究所,株洲顺丰公司,湖南建工集团有限公司"
    )
    got = find_full_orgs(text)
    assert set(got) == {
        "中车株洲电力机车研究所有限公司",
        "株洲中车时代电气股份有限公司",
        "湖南华菱钢铁有限责任公司",
        "中国航发南方工业有限公司",
        "株洲千金药业有限公司",
        "株洲千金药业研究所",
        "株洲中车集团",
        "湖南建工集团有限公司",
    }
    assert [len(x) for x in got] == sorted((len(x) for x in got), reverse=True)  # 株洲顺丰公司: no full name


# Kills: find_full_orgs' look-back 20 → 19 (a name of 20 characters before its suffix is read whole),
# and its `len(name) >= 4` (→ `>`, 4 → 3): 华为集团 is a name, 大集团 after 的 is none.
def test_full_organisation_names_from_4_characters_and_up_to_20_before_the_suffix():
    name = "株洲市荷塘区金山工业园区中小企业融资担保有限公司"
    assert find_full_orgs(name) == [name]
    assert find_full_orgs("园区内的华为集团") == ["华为集团"]
    assert find_full_orgs("这是一座城市里的大集团") == []


# Kills: a word dropped from _ORG_KIND_LEAD (台企/外企/民企/国企/…企业 before a full name is its kind, not
# part of it).
@pytest.mark.parametrize("kind", ["台资企业", "台企", "外企", "民企", "国企"])
def test_the_kind_of_enterprise_before_a_full_name_is_not_part_of_it(kind):
    assert find_full_orgs(f"{kind}福州汇昌纺织有限公司") == ["福州汇昌纺织有限公司"]


@pytest.mark.xfail(
    strict=True,
    reason="places.find_full_orgs: the suffix scan takes 集团有限公司 as the suffix and wants 4 characters "
    "before it, so a 3-character name (步步高集团有限公司) is not found, though _ORG_FULL reads it whole",
)
def test_a_full_name_of_three_characters_before_its_group_suffix():
    assert find_full_orgs("步步高集团有限公司") == ["步步高集团有限公司"]


# Kills: a suffix dropped from ZONE_SUFFIX (产业园区 → 产业园, 工业园区 → 工业园 cut the name short).
@pytest.mark.parametrize(
    "suffix",
    [
        "示范区",
        "产业园区",
        "工业园区",
        "创业园",
        "科技园",
        "投资区",
        "保税区",
        "实验区",
        "集聚区",
        "合作区",
        "新区",
        "开发区",
        "高新区",
        "经开区",
    ],
)
def test_every_zone_suffix(suffix):
    assert named(CITY, "金山" + suffix) == [("金山" + suffix, "zone", 0, 2 + len(suffix))]


# Kills: 经济技术开发区, 高新技术产业开发区 or 经济开发区 dropped from ZONE_SUFFIX (开发区 would then cut
# the home city's zone to its last words).
# Written right after the home city's name, the zone is named without it (ANNOTATION.md).
@pytest.mark.parametrize("name", ["株洲经济技术开发区", "株洲高新技术产业开发区", "株洲经济开发区"])
def test_a_long_zone_suffix_keeps_the_zone_whole(name):
    assert named(CITY, name) == [(name[2:], "zone", 0, len(name))]


# Kills: a word dropped from _ZONE_LEAD (视察金山工业园 names 金山工业园, not 视察金山工业园). 整个 is
# covered by 个, 我市/本市/全市 by the home city's own place.
@pytest.mark.parametrize(
    "lead",
    [
        "目前",
        "当前",
        "园区",
        "在",
        "的",
        "和",
        "与",
        "及",
        "对",
        "向",
        "从",
        "据",
        "了",
        "为",
        "是",
        "将",
        "到",
        "于",
        "、",
        "全",
        "该",
        "本",
        "我",
        "各",
        "等",
        "个",
        "家",
        "座",
        "获悉",
        "走访",
        "调研",
        "考察",
        "视察",
        "其中",
        "包括",
        "含",
    ],
)
def test_words_before_a_zone_are_not_its_name(lead):
    assert named(CITY, f"{lead}金山工业园") == [("金山工业园", "zone", len(lead), len(lead) + 5)]


# Kills: 市, 省 or 县 dropped from _ZONE_LEAD's last alternation: a long zone name (past the 8
# characters looked back over) after a place starts after the place's suffix.
@pytest.mark.parametrize("place,scope", [(CITY, "home"), ("湖南省", "other"), ("茶陵县", "sub")])
def test_a_long_zone_name_after_a_place(place, scope):
    assert named(CITY, place + "金山科技城电子产业园") == [
        (place, scope, 0, 3),
        ("金山科技城电子产业园", "zone", 3, 13),
    ]


# Kills: a name dropped from ZONE_TYPE_NAMES (长沙台商投资区 keeps the city in its name), and "other"
# dropped from the heads a zone takes its scope from (长沙金山工业园 is another city's).
@pytest.mark.parametrize("zone", ["台商投资区", "保税区", "综合保税区"])
def test_a_zone_type_after_a_city_keeps_the_city(zone):
    assert named(CITY, "长沙" + zone) == [("长沙" + zone, "other", 0, 2 + len(zone))]
    assert named(CITY, "长沙金山工业园") == [("长沙市", "other", 0, 2), ("金山工业园", "other", 2, 7)]


# Kills: `head = inside[0]` → inside[-1] (the city's name opens the zone: its own, named without it).
def test_a_zone_the_home_city_opens_is_its_own():
    assert named(CITY, "株洲荷塘工业园") == [(CITY, "home", 0, 2), ("荷塘工业园", "sub", 2, 7)]


@pytest.mark.xfail(
    strict=True,
    reason="places.PlaceMatcher._zones: the first named place in the run opens the zone, so a "
    "pointing word (该市, 我区, 全县 … scope subref) is kept in its name (该市陶瓷产业园) and "
    "_ZONE_LEAD's own 该市/我区/… are never tried",
)
@pytest.mark.parametrize("lead", ["该市", "我区", "全区", "该县"])
def test_a_pointing_word_before_a_zone_is_not_its_name(lead):
    assert [(name, scope) for name, scope, _, _ in named(CITY, f"{lead}陶瓷产业园")] == [
        (lead, "subref"),
        ("陶瓷产业园", "zone"),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="places.PlaceMatcher._zones: `head = inside[0]` is the province (湖南), so 湖南株洲高新区 "
    "is taken for another place's zone and the home city's figure is dropped",
)
def test_the_home_citys_zone_after_its_province():
    recs = extract_text("截至2月20日,湖南株洲高新区已复工规模工业企业300家。", published="2020-02-21")
    assert [(r.metric, r.region, r.value) for r in recs] == [("resumed", "高新区", 300)]


# Kills: a word dropped from the province words of a corpus without a home city (provref).
@pytest.mark.parametrize("word", ["全省", "省内", "我省", "本省", "全省各地"])
def test_province_words_without_a_home_city_point_back(word):
    assert named(None, word) == [(word, "provref", 0, len(word))]


# Kills: a word dropped from NOWHERE (外地来沪人员159例: where they came from names no place of a
# corpus without a home city, so the word is a group, not another place).
@pytest.mark.parametrize("word", ["境外", "海外", "国外", "外地", "外市", "外省", "外县", "市外", "省外"])
def test_words_for_elsewhere_without_a_home_city_are_a_group(word):
    assert named(None, word) == [(word, "group", 0, len(word))]


# Kills: ORG_RE's look-back 24 → 23 in find_local_and_orgs (a name of 24 characters before its suffix
# is read whole).
def test_a_long_organisation_name_is_read_whole():
    name = "株洲市荷塘区金山工业园区中小企业融资担保服务中心有限公司"
    assert local_and_orgs(name) == [(name, "org")]


# Without the national table the hand-made tables are all there is: every word of them must
# still be read.


@pytest.fixture
def without_national_table(monkeypatch):
    """No national table (cpca missing: gazetteer.divisions() is then empty, as documented) and
    no country names (pycountry missing: world.countries() is then its own aliases only)."""
    from extract import places, world
    from extract.gazetteer import Divisions

    def clear():
        places.matcher_for.cache_clear()
        places._country_scanner.cache_clear()
        for cached in (world.countries, world.foreign_places, world.foreign_canon, world.english_names):
            cached.cache_clear()

    monkeypatch.setattr(places, "divisions", lambda: Divisions({}, {}, {}, {}))
    monkeypatch.setitem(sys.modules, "pycountry", None)  # import pycountry raises ImportError
    clear()
    yield
    monkeypatch.undo()
    clear()


OTHER_PLACE_WORDS = {
    "湖北省": "湖北省",
    "湖北": "湖北省",
    "武汉市": "武汉市",
    "武汉": "武汉市",
    "黄冈市": "黄冈市",
    "黄冈": "黄冈市",
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
    "湖南省": "湖南省",
    "湖南": "湖南省",
    "全省": "湖南省",
    "全国": "全国",
    "国内": "全国",
    "境外": "境外",
    "海外": "海外",
    "国外": "国外",
    "省内": "湖南省",
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
    "萍乡": "萍乡市",
    "韩国": "韩国",
    "日本": "日本",
    "意大利": "意大利",
    "伊朗": "伊朗",
    "美国": "美国",
    "援鄂": "湖北省",
    "支援湖北": "湖北省",
    "驰援湖北": "湖北省",
    "驰援武汉": "武汉市",
    "外地": "外地",
    "外市": "外市",
    "外省": "外省",
    "外县": "外县",
    "市外": "市外",
    "省外": "省外",
}


# Kills: a district dropped from GAZETTEER["株洲市"] (the national table would hide it).
@pytest.mark.parametrize("word,name", ZHUZHOU_SUBS.items())
def test_home_districts_without_the_national_table(without_national_table, word, name):
    assert named(CITY, word) == [(name, "sub", 0, len(word))]


# Kills: a word dropped from OTHER_PLACES or OTHER_CANON (日本, 韩国 … too: pycountry would hide it).
@pytest.mark.parametrize("word,name", OTHER_PLACE_WORDS.items())
def test_other_places_without_the_national_table(without_national_table, word, name):
    assert named(CITY, word) == [(name, "other", 0, len(word))]


# Kills: a city or district dropped from GAZETTEER (another Hunan city's).
@pytest.mark.parametrize("city", HUNAN_OTHERS)
def test_other_hunan_cities_without_the_national_table(without_national_table, city):
    assert named(CITY, city) == [(city, "other", 0, len(city))]
    assert named(CITY, short_name(city)) == [(city, "other", 0, len(short_name(city)))]
    assert [named(CITY, d) for d in HUNAN_OTHERS[city].split()] == [
        [(d, "other", 0, len(d))] for d in HUNAN_OTHERS[city].split()
    ]


@pytest.mark.parametrize("lead", ["例如", "比如"])
def test_an_examples_word_is_no_part_of_a_company_name(lead):
    from extract.places import find_full_orgs

    assert find_full_orgs(f"{lead}东莞市彼联机械科技有限公司复工率超过94%") == ["东莞市彼联机械科技有限公司"]


def test_every_foreign_place_has_an_english_name():
    """English is a complete second language: every place outside the mainland the engine can
    name (countries, regions, cities, ships) has an English name for the English dashboard."""
    from extract import world

    missing = sorted(name for name in world.foreign_canon() if name not in world.english_names())
    assert missing == []
