"""Places outside the mainland's divisions: countries, their cities, Hong Kong, Macau, Taiwan,
cruise ships and evacuation groups. A feed (新加坡累计确诊病例增至18例) gives them figures of
their own; they are never a Chinese city's.

Countries come from pycountry's Chinese (zh_CN) translations of ISO 3166 (LGPL-2.1, its own
data files read through gettext), short common names first; the tables below add the names
Chinese news uses where the translation is formal or dated (大韩民国 → 韩国, 柬埔塞 → 柬埔寨),
the foreign cities and regions that 2020's news named most, and names that are also ordinary
words or pieces of them (加纳 in 增加纳入, 海地 in 沿海地区), which are left out.
"""

from __future__ import annotations

import gettext
from functools import cache

# name as written → canonical name (the news's usual short name)
ALIASES = {
    "大韩民国": "韩国",
    "南韩": "韩国",
    "朝鲜民主主义人民共和国": "朝鲜",
    "伊朗伊斯兰共和国": "伊朗",
    "柬埔塞": "柬埔寨",
    "柬埔寨": "柬埔寨",
    "马尔他": "马耳他",
    "马耳他": "马耳他",
    "瓜地马拉": "危地马拉",
    "危地马拉": "危地马拉",
    "孟加拉": "孟加拉国",
    "孟加拉国": "孟加拉国",
    "吉尔吉斯坦": "吉尔吉斯斯坦",
    "吉尔吉斯斯坦": "吉尔吉斯斯坦",
    "阿拉伯联合酋长国": "阿联酋",
    "沙特阿拉伯": "沙特",  # the news's short name
    "沙特": "沙特",
    "老挝人民民主共和国": "老挝",
    "阿拉伯叙利亚共和国": "叙利亚",
    "委内瑞拉玻利瓦尔共和国": "委内瑞拉",
    "玻利维亚": "玻利维亚",  # (short names the zh_CN translation lacks)
    "蒙古国": "蒙古国",
    "波黑": "波黑",
    "多米尼加": "多米尼加",
    "特立尼达和多巴哥": "特立尼达和多巴哥",
    "美利坚合众国": "美国",
    "全美": "美国",  # 全美累计有232宗确诊: the whole country, as overseas papers write it
    "义大利": "意大利",  # Taiwan's names (traditional, then simplified): 義大利, 紐西蘭, 澳洲, 寮國
    "纽西兰": "新西兰",
    "寮国": "老挝",
    "沙乌地阿拉伯": "沙特",
    "印度尼西亚": "印尼",  # the news's usual short name
    "印尼": "印尼",
    "俄罗斯联邦": "俄罗斯",
    "大不列颠及北爱尔兰联合王国": "英国",
    "德意志联邦共和国": "德国",
    "法兰西共和国": "法国",
    "意大利共和国": "意大利",
    "日本国": "日本",
    "新加坡共和国": "新加坡",
    "泰王国": "泰国",
    "澳洲": "澳大利亚",
    "菲律宾共和国": "菲律宾",
    "中国香港": "香港",
    "香港特区": "香港",
    "香港特别行政区": "香港",
    "中国澳门": "澳门",
    "澳门特区": "澳门",
    "澳门特别行政区": "澳门",
    "中国台湾": "台湾",
    "台湾省": "台湾",
    "台湾地区": "台湾",
    "中国台湾省": "台湾",
    # what Macau's and Hong Kong's own bulletins call themselves
    "本澳": "澳门",
    "全澳": "澳门",
    "本港": "香港",
    "全港": "香港",
    # Colombia has no 省: a 哥伦比亚省 is Canada's British Columbia (its 不列 lost in print)
    "哥伦比亚省": "不列颠哥伦比亚省",
}
# Foreign cities, states and regions 2020's news named with figures of their own.
FOREIGN_SUBDIVISIONS = (
    "大邱市",
    "大邱",
    "庆尚北道",
    "千叶县",
    "爱知县",
    "和歌山县",
    "熊本县",
    "兵库县",
    "埼玉县",
    "京都府",
    "首尔",
    "京畿道",
    "仁川",
    "釜山",
    "东京都",
    "东京",
    "北海道",
    "大阪府",
    "大阪",
    "横滨",
    "神奈川县",
    "爱知县",
    "伦巴第大区",
    "伦巴第",
    "威尼托大区",
    "威尼托",
    "艾米利亚-罗马涅",
    "艾米利亚-罗马涅大区",
    "伦巴底大区",
    "伦巴底",
    "普利亚大区",
    "拉齐奥大区",
    "拉西奥大区",
    "皮埃蒙特大区",
    "托斯卡纳大区",
    "马尔凯大区",
    "加泰罗尼亚",
    "米兰",
    "罗马",
    "纽约州",
    "纽约市",
    "纽约",
    "华盛顿州",
    "加利福尼亚州",
    "加州",
    "新泽西州",
    "密歇根州",
    "路易斯安那州",
    "马萨诸塞州",
    "宾夕法尼亚州",
    "伊利诺伊州",
    "佛罗里达州",
    "得克萨斯州",
    "佐治亚州",
    "康涅狄格州",
    "马里兰州",
    "科罗拉多州",
    "俄亥俄州",
    "印第安纳州",
    "弗吉尼亚州",
    "田纳西州",
    "北卡罗来纳州",
    "亚利桑那州",
    "威斯康星州",
    "明尼苏达州",
    "俄勒冈州",
    # continents, which world round-ups count too (欧洲新冠肺炎确诊病例已超过20万例)
    "欧洲",
    "亚洲",
    "非洲",
    "北美洲",
    "南美洲",
    "拉丁美洲",
    "大洋洲",
    # Canada's provinces
    "安大略省",
    "魁北克省",
    "不列颠哥伦比亚省",
    "艾伯塔省",
    "阿尔伯塔省",
    "萨斯喀彻温省",
    "曼尼托巴省",
    "新斯科舍省",
    "新不伦瑞克省",
    "西雅图",
    "德黑兰",
    "库姆",
    "巴黎",
    "伦敦",
    "马德里",
    "柏林",
    "北莱茵-威斯特法伦州",
    "巴伐利亚州",
    "莫斯科州",
    "莫斯科",
    # US counties overseas papers counted one by one (南加州: 洛杉矶县, 橙县 …)
    "洛杉矶县",
    "橙县",
    "奥兰治县",
    "河滨县",
    "圣伯纳迪诺县",
    "圣地亚哥县",
    "圣克拉拉县",
    "阿拉米达县",
    "范图拉县",
    "库克县",
    "韦斯特切斯特县",
    "拿骚县",
    "萨福克县",
    "韦恩县",
    "卑尔根县",
    "迈阿密-戴德县",
    "布劳沃德县",
    # capitals and large cities wires gave figures of their own (伊斯坦布尔累计确诊病例最多,共12231例);
    # names that are also pieces of ordinary words or of other names (河内, 金边, 汉堡; 都柏林 in
    # 首都柏林) are left out
    "雅加达",
    "伊斯坦布尔",
    "安卡拉",
    "孟买",
    "马尼拉",
    "曼谷",
    "吉隆坡",
    "洛杉矶",
    "旧金山",
    "芝加哥",
    "波士顿",
    "底特律",
    "新奥尔良",
    "维也纳",
    "布鲁塞尔",
    "阿姆斯特丹",
    "斯德哥尔摩",
    "里斯本",
    "巴塞罗那",
    "慕尼黑",
    "悉尼",
    "墨尔本",
    "多伦多",
    "卡加利",  # Calgary, as Canada's Chinese-language press writes it
    "波尔图",
    "科英布拉",
    "贝加莫",
    "布雷西亚",
    "温哥华",
    "蒙特利尔",
    "开罗",
    "约翰内斯堡",
    "利雅得",
    "迪拜",
    "卡拉奇",
    "伊斯兰堡",
    "拉合尔",
    "胡志明市",
    "仰光",
    "加德满都",
    "科伦坡",
    "圣彼得堡",
    "基辅",
    "华沙",
    "布拉格",
    "布达佩斯",
    "雅典",
    "日内瓦",
    "苏黎世",
    "墨西哥城",
    "布宜诺斯艾利斯",
    "利马",
    "波士顿市",
    "剑桥市",
    "新德里",
    "努尔苏丹",  # (not 苏丹 inside it)
    "阿拉木图",
    "卡拉干达",
    "比什凯克",
    "塔什干",
    "巴格达",
    "贝鲁特",
    "安曼",
    "多哈",
    "耶路撒冷",
    "特拉维夫",
)
# Countries whose regions 2020's feeds counted one by one (ISO 3166-2 top-level subdivisions,
# pycountry's zh_CN names), with the suffix the news adds to a bare name (巴伐利亚 → 巴伐利亚州)
SUBDIVISION_SUFFIX = {
    "JP": "",
    "DE": "州",
    "ES": "自治区",
    "FR": "大区",
    "IT": "大区",
    "US": "州",
    "CA": "",
    "AU": "州",
    "BR": "州",
    "IN": "",
    "IR": "省",
    "ZA": "省",
    "TH": "府",
    "NL": "省",
}
# Regions the news names whose zh_CN translation is missing or formal, and German states' short
# names (北威州, 巴符州): name as written → English name
NEWS_REGIONS = {
    "大东部大区": "Grand Est",
    "上法兰西大区": "Hauts-de-France",
    "法兰西岛大区": "Île-de-France",
    "新阿基坦大区": "Nouvelle-Aquitaine",
    "奥克西塔尼大区": "Occitanie",
    "诺曼底大区": "Normandy",
    "卢瓦尔河地区大区": "Pays de la Loire",
    "奥弗涅-罗讷-阿尔卑斯大区": "Auvergne-Rhône-Alpes",
    "勃艮第-弗朗什-孔泰大区": "Bourgogne-Franche-Comté",
    "普罗旺斯-阿尔卑斯-蓝色海岸大区": "Provence-Alpes-Côte d'Azur",
    "中央-卢瓦尔河谷大区": "Centre-Val de Loire",
    "加泰罗尼亚自治区": "Catalonia",
    "马德里自治区": "Community of Madrid",
    "安达卢西亚": "Andalusia",
    "巴斯克": "Basque Country",
    "巴斯克自治区": "Basque Country",
    "卡斯蒂利亚-莱昂": "Castile and León",
    "纳瓦拉": "Navarre",
    "巴伦西亚": "Valencia",
    "瓦伦西亚": "Valencia",
    "加利西亚": "Galicia",
    "穆尔西亚": "Murcia",
    "巴登-符腾堡州": "Baden-Württemberg",
    "北威州": "North Rhine-Westphalia",
    "巴符州": "Baden-Württemberg",
    "萨安州": "Saxony-Anhalt",
    "圣保罗州": "São Paulo",
    "里约热内卢州": "Rio de Janeiro",
    "塞阿拉州": "Ceará",
    "塞阿拉": "Ceará",
    "巴西利亚联邦区": "Federal District (Brazil)",
    "雅加达首都特区": "Jakarta",
    "难府": "Nan",  # (Thailand's Chinese press; zh_CN: 楠府)
    "德里": "Delhi",
    "自由州省": "Free State",
    # India's states the 2020 news counted, missing from the zh_CN translation
    "马哈拉施特拉邦": "Maharashtra",
    "喀拉拉邦": "Kerala",
    "古吉拉特邦": "Gujarat",
    "拉贾斯坦邦": "Rajasthan",
    "卡纳塔克邦": "Karnataka",
    "特伦甘纳邦": "Telangana",
    "安得拉邦": "Andhra Pradesh",
    # France's departments with the first clusters (not ISO's top level)
    "上莱茵省": "Haut-Rhin",
    "下莱茵省": "Bas-Rhin",
    "瓦兹省": "Oise",
    "莫尔比昂省": "Morbihan",
    # Canada's provinces as its Chinese-language press writes them
    "亚省": "Alberta",
    "亚伯达省": "Alberta",
    "卑诗省": "British Columbia",
    "安省": "Ontario",
    "魁省": "Quebec",
    "姆普马兰加省": "Mpumalanga",  # the wires' name (zh_CN: 普马兰加省)
    "姆普马兰加": "Mpumalanga",
    "英格兰": "England",
    "苏格兰": "Scotland",
    "威尔士": "Wales",
    "北爱尔兰": "Northern Ireland",
    "麻州": "Massachusetts",  # (the Chinese press in Boston: 马萨诸塞州)
    "拉各斯州": "Lagos State",
    "阿布贾首都区": "Federal Capital Territory (Nigeria)",
    "阿布贾": "Abuja",
}


@cache
def subdivisions() -> dict[str, str]:
    """A foreign region's name as written → its English name: ISO 3166-2 top-level subdivisions
    of SUBDIVISION_SUFFIX's countries by their zh_CN names, with and without the suffix (a bare
    name of two characters, 汉堡 or 萨尔, only with its suffix: alone it is an ordinary word
    too), and NEWS_REGIONS."""
    out: dict[str, str] = {}
    try:
        import pycountry

        zh = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["zh_CN"])
    except (ImportError, OSError):
        zh = None
    if zh is not None:
        for code, suffix in SUBDIVISION_SUFFIX.items():
            for sub in pycountry.subdivisions.get(country_code=code) or ():
                if sub.parent_code is not None:
                    continue
                name = zh.gettext(sub.name)
                if name.startswith("伪") or not all("\u4e00" <= ch <= "\u9fff" or ch in "-－·" for ch in name):
                    continue  # untranslated (Grand-Est): NEWS_REGIONS has the news's name
                name = name.replace("－", "-")
                if len(name) >= 3 or (suffix and name.endswith(suffix)):
                    out.setdefault(name, sub.name)  # 楠府: two characters, but with its suffix
                if not suffix:
                    continue
                if not name.endswith(suffix):
                    if not name.endswith("区"):  # (华盛顿哥伦比亚特区 takes no 州)
                        out.setdefault(name + suffix, sub.name)
                elif len(name) - len(suffix) >= 3:
                    out.setdefault(name[: -len(suffix)], sub.name)  # 新泽西(州), 西开普(省)
    out.update(NEWS_REGIONS)
    return {n: e for n, e in out.items() if n not in NOT_PLACES}


# English names of the places above that pycountry does not name (its names are countries').
ENGLISH = {
    "香港": "Hong Kong",
    "澳门": "Macao",
    "台湾": "Taiwan",
    "韩国": "South Korea",
    "朝鲜": "North Korea",
    "大邱市": "Daegu",
    "大邱": "Daegu",
    "庆尚北道": "North Gyeongsang",
    "千叶县": "Chiba",
    "爱知县": "Aichi",
    "和歌山县": "Wakayama",
    "熊本县": "Kumamoto",
    "兵库县": "Hyogo",
    "埼玉县": "Saitama",
    "京都府": "Kyoto",
    "首尔": "Seoul",
    "仁川": "Incheon",
    "莫斯科": "Moscow",
    "莫斯科州": "Moscow Oblast",
    "雅加达": "Jakarta",
    "伊斯坦布尔": "Istanbul",
    "安卡拉": "Ankara",
    "孟买": "Mumbai",
    "马尼拉": "Manila",
    "曼谷": "Bangkok",
    "吉隆坡": "Kuala Lumpur",
    "洛杉矶": "Los Angeles",
    "卡加利": "Calgary",
    "波尔图": "Porto",
    "科英布拉": "Coimbra",
    "贝加莫": "Bergamo",
    "布雷西亚": "Brescia",
    "伦巴底": "Lombardy",
    "伦巴底大区": "Lombardy",
    "拉西奥大区": "Lazio",
    "加泰罗尼亚": "Catalonia",
    "珊瑚公主号": "Coral Princess",
    "红宝石公主号": "Ruby Princess",
    "鹿特丹号": "Rotterdam (ship)",
    "赞丹号": "Zaandam",
    "玻利维亚": "Bolivia",
    "蒙古国": "Mongolia",
    "波黑": "Bosnia and Herzegovina",
    "多米尼加": "Dominican Republic",
    "特立尼达和多巴哥": "Trinidad and Tobago",
    "洛杉矶县": "Los Angeles County",
    "橙县": "Orange County",
    "奥兰治县": "Orange County",
    "河滨县": "Riverside County",
    "圣伯纳迪诺县": "San Bernardino County",
    "圣地亚哥县": "San Diego County",
    "圣克拉拉县": "Santa Clara County",
    "阿拉米达县": "Alameda County",
    "范图拉县": "Ventura County",
    "库克县": "Cook County",
    "韦斯特切斯特县": "Westchester County",
    "拿骚县": "Nassau County",
    "萨福克县": "Suffolk County",
    "韦恩县": "Wayne County",
    "卑尔根县": "Bergen County",
    "迈阿密-戴德县": "Miami-Dade County",
    "布劳沃德县": "Broward County",
    "旧金山": "San Francisco",
    "芝加哥": "Chicago",
    "波士顿": "Boston",
    "底特律": "Detroit",
    "新奥尔良": "New Orleans",
    "维也纳": "Vienna",
    "布鲁塞尔": "Brussels",
    "阿姆斯特丹": "Amsterdam",
    "斯德哥尔摩": "Stockholm",
    "里斯本": "Lisbon",
    "巴塞罗那": "Barcelona",
    "慕尼黑": "Munich",
    "悉尼": "Sydney",
    "墨尔本": "Melbourne",
    "多伦多": "Toronto",
    "温哥华": "Vancouver",
    "蒙特利尔": "Montreal",
    "开罗": "Cairo",
    "约翰内斯堡": "Johannesburg",
    "利雅得": "Riyadh",
    "迪拜": "Dubai",
    "卡拉奇": "Karachi",
    "伊斯兰堡": "Islamabad",
    "拉合尔": "Lahore",
    "胡志明市": "Ho Chi Minh City",
    "仰光": "Yangon",
    "加德满都": "Kathmandu",
    "科伦坡": "Colombo",
    "圣彼得堡": "Saint Petersburg",
    "基辅": "Kyiv",
    "努尔苏丹": "Nur-Sultan",
    "阿拉木图": "Almaty",
    "卡拉干达": "Karaganda",
    "比什凯克": "Bishkek",
    "塔什干": "Tashkent",
    "巴格达": "Baghdad",
    "贝鲁特": "Beirut",
    "安曼": "Amman",
    "多哈": "Doha",
    "耶路撒冷": "Jerusalem",
    "特拉维夫": "Tel Aviv",
    "华沙": "Warsaw",
    "布拉格": "Prague",
    "布达佩斯": "Budapest",
    "雅典": "Athens",
    "日内瓦": "Geneva",
    "苏黎世": "Zurich",
    "墨西哥城": "Mexico City",
    "布宜诺斯艾利斯": "Buenos Aires",
    "利马": "Lima",
    "波士顿市": "Boston",
    "剑桥市": "Cambridge (Massachusetts)",
    "新德里": "New Delhi",
    "京畿道": "Gyeonggi",
    "釜山": "Busan",
    "东京都": "Tokyo",
    "东京": "Tokyo",
    "北海道": "Hokkaido",
    "大阪府": "Osaka",
    "大阪": "Osaka",
    "横滨": "Yokohama",
    "神奈川县": "Kanagawa",
    "伦巴第大区": "Lombardy",
    "伦巴第": "Lombardy",
    "威尼托大区": "Veneto",
    "威尼托": "Veneto",
    "艾米利亚-罗马涅": "Emilia-Romagna",
    "米兰": "Milan",
    "罗马": "Rome",
    "纽约州": "New York State",
    "纽约市": "New York City",
    "纽约": "New York",
    "华盛顿州": "Washington State",
    "加利福尼亚州": "California",
    "加州": "California",
    "新泽西州": "New Jersey",
    "密歇根州": "Michigan",
    "路易斯安那州": "Louisiana",
    "马萨诸塞州": "Massachusetts",
    "宾夕法尼亚州": "Pennsylvania",
    "伊利诺伊州": "Illinois",
    "佛罗里达州": "Florida",
    "得克萨斯州": "Texas",
    "佐治亚州": "Georgia (US state)",
    "康涅狄格州": "Connecticut",
    "马里兰州": "Maryland",
    "科罗拉多州": "Colorado",
    "俄亥俄州": "Ohio",
    "印第安纳州": "Indiana",
    "弗吉尼亚州": "Virginia",
    "田纳西州": "Tennessee",
    "北卡罗来纳州": "North Carolina",
    "亚利桑那州": "Arizona",
    "威斯康星州": "Wisconsin",
    "明尼苏达州": "Minnesota",
    "俄勒冈州": "Oregon",
    "欧洲": "Europe",
    "亚洲": "Asia",
    "非洲": "Africa",
    "北美洲": "North America",
    "南美洲": "South America",
    "拉丁美洲": "Latin America",
    "大洋洲": "Oceania",
    "安大略省": "Ontario",
    "魁北克省": "Quebec",
    "不列颠哥伦比亚省": "British Columbia",
    "艾伯塔省": "Alberta",
    "阿尔伯塔省": "Alberta",
    "萨斯喀彻温省": "Saskatchewan",
    "曼尼托巴省": "Manitoba",
    "新斯科舍省": "Nova Scotia",
    "新不伦瑞克省": "New Brunswick",
    "西雅图": "Seattle",
    "德黑兰": "Tehran",
    "库姆": "Qom",
    "巴黎": "Paris",
    "伦敦": "London",
    "马德里": "Madrid",
    "柏林": "Berlin",
    "北莱茵-威斯特法伦州": "North Rhine-Westphalia",
    "巴伐利亚州": "Bavaria",
    "钻石公主号": "Diamond Princess",
    "威士特丹号": "Westerdam",
    "至尊公主号": "Grand Princess",
    "大公主号": "Grand Princess",
    "歌诗达赛琳娜号": "Costa Serena",
    "歌诗达大西洋号": "Costa Atlantica",
    "歌诗达维多利亚号": "Costa Victoria",
    "赛琳娜号": "Costa Serena",
}
# Countries left out: their names are ordinary words, or pieces of common phrases.
NOT_PLACES = frozenset(
    {
        "中国",
        "加纳",
        "中非",
        "中非共和国",
        "海地",
        "马里",
        "多哥",
        "乍得",
        "纽埃",
        "帕劳",
        "瑙鲁",
        "汤加",
        "关岛",
        "圣诞岛",
        "南极洲",
        "刚果",
        "蒙古",
        "首都特区",  # Canberra's in ISO 3166-2, but Jakarta's too (雅加达首都特区) and others'
    }
)
# A match preceded by one of these characters is part of another word: 今日本市 is no 日本,
# 内蒙古 no 蒙古, 东南非 no 南非.
NOT_AFTER = {
    "日本": set("0123456789今昨前当次同每某该元是假周号一二三四五六七八九十廿卅两几数本节"),
    "南非": set("东西"),
    "亚省": set("东南西北"),  # 东南亚省份: no Alberta
    "船上": set("渔货客商帆木小大这那此每一其艘条只"),  # 渔船上, 一艘船上: another boat
    "美国": set("中完"),
    "全美": set("安健完齐十保"),  # 安全美丽, 完全美好: no country
    "法国": set("违合"),
    "英国": set("精"),
    "内地": set("国境省市区县腹"),  # 国内地区, 境内地区: no mainland
    "利马": set("胜顺便有锐福权红水地流失盈得专"),  # 胜利马上, 顺利马到成功: no Lima
}
# Special groups: no place, no one's figure (evacuation flights, returnee groups).
GROUPS = (
    "撤侨航班",
    "撤侨包机",
    "包机接回",
    "撤侨人员",
    "撤侨",
    "港澳台地区",
    "港澳台",
    "中国同胞",
    "中国公民",
    "中国籍",
    "中国游客",
    "中国乘客",
    "中国船员",
    "中国留学生",
    "中国人",
    "全球",  # 全球新冠肺炎确诊病例已超过100万例: the world's (places.py: only before a figure)
    "全世界",
    "中国以外",  # 中国以外全世界…: everywhere but China
    "中国之外",
    "中国病例",  # 第四名中国病例 in 泰国's count: a nationality, not the country's figure
    "中国患者",
    "中国病人",
    "同胞",
    "商业包机",
    "包机",
    "低风险区",
    "中风险区",
    "高风险区",
)
# Cruise ships are places of their own: the ship's name is the region.
SHIPS = (
    "钻石公主号",
    "威士特丹号",
    "至尊公主号",
    "大公主号",
    "歌诗达赛琳娜号",
    "赛琳娜号",
    "珊瑚公主号",
    "红宝石公主号",
    "赞丹号",
    "鹿特丹号",
    "歌诗达大西洋号",
    "歌诗达维多利亚号",
)
# written without 号 or with quotes inside (“钻石公主”号): the ship still
SHIP_ALIASES = {
    "钻石公主": "钻石公主号",
    "威士特丹": "威士特丹号",
    "至尊公主": "至尊公主号",
    "珊瑚公主": "珊瑚公主号",
    "红宝石公主": "红宝石公主号",
}


@cache
def countries() -> dict[str, str]:
    """name as written → canonical country name, from pycountry's zh_CN names and ALIASES."""
    out: dict[str, str] = {}
    try:
        import pycountry

        zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    except (ImportError, OSError):  # the data package missing: the aliases alone
        zh = None
    if zh is not None:
        for c in pycountry.countries:
            if c.alpha_2 in ("CN", "HK", "MO", "TW"):
                continue
            names = [
                zh.gettext(n) for n in (getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)) if n
            ]
            names = [n for n in names if any("\u4e00" <= ch <= "\u9fff" for ch in n)]
            if not names:
                continue
            canon = ALIASES.get(names[0], names[0])
            for n in names:
                out.setdefault(n, ALIASES.get(n, canon))
    for name, canon in ALIASES.items():
        out[name] = canon
    return {n: c for n, c in out.items() if n not in NOT_PLACES and c not in NOT_PLACES}


@cache
def foreign_places() -> dict[str, str]:
    """Every name of a place outside the mainland's divisions → its canonical name."""
    out = dict(countries())
    for name in FOREIGN_SUBDIVISIONS + SHIPS + tuple(subdivisions()):
        out.setdefault(name, name)
    out.update(SHIP_ALIASES)
    for name in ("香港", "澳门", "台湾"):
        out[name] = name
    return out


@cache
def foreign_canon() -> frozenset[str]:
    """The canonical names of every place outside the mainland (新加坡, 香港, 钻石公主号 …)."""
    return frozenset(foreign_places().values())


# …but these words end before the name: 截至目前日本累计… names 日本 (目前 is a word of its own)
WORDS_BEFORE = {"日本": ("目前", "当前"), "美国": ("其中", "当中", "集中")}  # (其中美国累计…: not 中美)


def part_of_another_word(name: str, before: str) -> bool:
    """Whether the characters before a match of name (up to two) make it part of another word."""
    return bool(before) and before[-1] in NOT_AFTER.get(name, ()) and not before.endswith(WORDS_BEFORE.get(name, ()))


@cache
def english_names() -> dict[str, str]:
    """The canonical name of a place outside the mainland (foreign_canon) → its English name:
    pycountry's common or short name, else ENGLISH."""
    out = {**subdivisions(), **ENGLISH}
    try:
        import pycountry

        zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    except (ImportError, OSError):
        return out
    for c in pycountry.countries:
        names = [zh.gettext(n) for n in (getattr(c, "common_name", None), c.name) if n]
        names = [n for n in names if any("\u4e00" <= ch <= "\u9fff" for ch in n)]
        if names:
            out.setdefault(ALIASES.get(names[0], names[0]), getattr(c, "common_name", None) or c.name)
    return out
