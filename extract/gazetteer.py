"""China's administrative divisions (provinces, prefecture-level cities, counties/districts).

The table is the one the `cpca` package ships (adcodes.csv, MIT): read as data, without
importing cpca's matcher. An adcode's first two digits name the province, four the city,
six the county; municipalities (北京市 …) are their own province and city.

places.py uses it for what a hand-made list can't cover: the districts of any home city,
the other cities of its province (a provincial bulletin lists them beside the home city),
and the province that 全省 means.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
# Short forms that are ordinary words far more often than places (白银 is silver, 安康 is
# well-being, 来宾 a guest): only their full names count as places.
AMBIGUOUS_SHORT = frozenset(
    {
        "白银",
        "中山",
        "朝阳",
        "黄山",
        "安康",
        "长治",
        "大同",
        "来宾",
        "开封",
        "北海",
        "海东",
        "海北",
        "海西",
        "玉树",
        "普洱",
        "三沙",
        "阿里",
        "山南",
        "那曲",
        "林芝",
        "兴安",
        "黄南",
        "果洛",
        "海南",
        "德宏",
        "红河",
        "文山",
        "大理",
        "楚雄",
        "迪庆",
        "怒江",
        "西双版纳",
        "黔南",
        "黔东南",
        "黔西南",
        "甘南",
        "临夏",
        "和田",
        "阿勒泰",
        "塔城",
        "博尔塔拉",
        "巴音郭楞",
        "克孜勒苏",
        "伊犁",
        "昌吉",
        "吉安",
        "永州",
        "通辽",
        "鹤壁",
        "东营",
        "锡林郭勒",
        "乌兰察布",
        "阿拉善",
        "巴彦淖尔",
        "呼伦贝尔",
        "延边",
        "恩施",
        "湘西",
        "阿坝",
        "甘孜",
        "凉山",
        "神农架",
        "济源",
        "宜春",
        "三明",
        "太原",
        "长春",
        "吉林",
    }
)
# The 55 peoples whose names autonomous prefectures and counties carry (黔东南苗族侗族自治州).
PEOPLES = [
    "壮",
    "回",
    "满",
    "维吾尔",
    "苗",
    "彝",
    "土家",
    "藏",
    "蒙古",
    "侗",
    "布依",
    "瑶",
    "白",
    "朝鲜",
    "哈尼",
    "黎",
    "哈萨克",
    "傣",
    "畲",
    "傈僳",
    "东乡",
    "仡佬",
    "拉祜",
    "佤",
    "水",
    "纳西",
    "羌",
    "土",
    "仫佬",
    "锡伯",
    "柯尔克孜",
    "景颇",
    "达斡尔",
    "撒拉",
    "布朗",
    "毛南",
    "塔吉克",
    "普米",
    "阿昌",
    "怒",
    "鄂温克",
    "京",
    "基诺",
    "德昂",
    "保安",
    "俄罗斯",
    "裕固",
    "乌孜别克",
    "门巴",
    "鄂伦春",
    "独龙",
    "赫哲",
    "高山",
    "珞巴",
    "塔塔尔",
]
_PEOPLE_TAIL = re.compile("(?:" + "|".join(sorted(PEOPLES, key=len, reverse=True)) + ")族$")


def autonomous_short(name: str) -> str | None:
    """An autonomous prefecture's or county's name without its peoples and suffix, as papers
    write it: 临夏回族自治州 → 临夏, 黔东南苗族侗族自治州 → 黔东南, 城步苗族自治县 → 城步,
    东乡族自治县 → 东乡 (the people's name is the place's); None for any other name."""
    m = re.match(r"^(.+?)自治(?:州|县|旗)$", name)
    if m is None:
        return None
    base = m.group(1)
    while True:
        tail = _PEOPLE_TAIL.search(base)
        if tail is None or tail.start() < 2:
            break
        base = base[: tail.start()]
    return base[:-1] if base.endswith("族") else base


_PEOPLE_NO_ZU = re.compile("(?:" + "|".join(p for p in PEOPLES if len(p) >= 2) + ")$")
_ETHNIC_ZHOU = re.compile(r"^(.{2,4}?)(?:[\u4e00-\u9fff]{1,6}?族)+自治(?:州|县|旗)$")
_ETHNIC_TAIL = re.compile(r"(?:壮族|回族|维吾尔)$")


def short_form(name: str) -> str:
    """株洲市 → 株洲, 江西省 → 江西, 广西壮族自治区 → 广西, 恩施土家族苗族自治州 → 恩施;
    a name whose short form would be one character (沙市 …) keeps its suffix."""
    auto = autonomous_short(name) if name.endswith("自治州") else None
    if auto and len(auto) >= 2:  # 黔西南布依族苗族自治州 → 黔西南 (peoples named, not guessed)
        bare = _PEOPLE_NO_ZU.sub("", auto)  # 伊犁哈萨克自治州 → 伊犁
        return bare if len(bare) >= 2 else auto
    m = _ETHNIC_ZHOU.match(name)
    if m:
        return m.group(1)
    for suffix in ("特别行政区", "自治区", "市", "省", "州", "地区", "盟"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return _ETHNIC_TAIL.sub("", name[: -len(suffix)])
    return name


@dataclass(frozen=True)
class Divisions:
    provinces: dict[str, str]  # province code (2 digits) → name
    cities: dict[str, str]  # city code (4 digits) → name
    counties: dict[str, tuple[str, ...]]  # city code → its counties and districts
    owners: dict[str, tuple[str, ...]]  # county or district name → the cities it belongs to

    def city_code(self, city: str) -> str | None:
        for code, name in self.cities.items():
            if name == city:
                return code
        return None

    def province_of(self, city: str) -> str | None:
        code = self.city_code(city)
        return self.provinces.get(code[:2]) if code else None

    def counties_of(self, city: str) -> tuple[str, ...]:
        """Every county and district of a city: a municipality's districts and counties sit
        under two codes of the one name (重庆市: 市辖区 and 县)."""
        return tuple(c for code, name in self.cities.items() if name == city for c in self.counties.get(code, ()))

    def cities_of_province(self, province: str) -> list[str]:
        codes = [c for c, n in self.provinces.items() if n == province]
        return [n for c, n in self.cities.items() if codes and c[:2] == codes[0] and n != province]

    @cached_property
    def _names(self) -> frozenset[str]:
        return frozenset(self.provinces.values()) | frozenset(self.cities.values()) | frozenset(self.owners)

    def is_division(self, name: str) -> bool:
        """Whether name is a province, city, county or district of the table."""
        return name in self._names

    def county_city(self, county: str) -> tuple[str, ...]:
        """The cities a county or district name belongs to (鼓楼区 → several); a county that
        became a county-level city after the table was made (怀仁县 → 怀仁市) under its old name."""
        got = self.owners.get(county, ())
        if not got and county.endswith("市") and len(county) > 2:
            got = self.owners.get(county[:-1] + "县", ())
        return got


# County-level divisions set up after the table was made, which 2020's news names
# (龙港市: carved out of 苍南县 in August 2019)
_LATER_COUNTIES = (("温州市", "龙港市"),)


def _table_path() -> Path | None:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"
    return path if path.is_file() else None


@cache
def divisions() -> Divisions:
    """The national table (read once per process); empty if the data package is missing."""
    provinces: dict[str, str] = {}
    cities: dict[str, str] = {}
    counties: dict[str, list[str]] = {}
    path = _table_path()
    rows: list[dict[str, str]] = []
    if path:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
    for row in rows:
        code, name = row["adcode"], row["name"]
        if code[2:] == "0" * 10:
            provinces[code[:2]] = name
    for row in rows:
        code, name = row["adcode"], row["name"]
        if code[4:] == "0" * 8 and code[2:4] != "00":
            if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                if provinces.get(code[:2]) in MUNICIPALITIES:
                    cities[code[:4]] = provinces[code[:2]]
                continue
            cities[code[:4]] = name
    for row in rows:
        code, name = row["adcode"], row["name"]
        if code[6:] == "0" * 6 and code[4:6] != "00" and name != "市辖区":
            counties.setdefault(code[:4], []).append(name)
    codes = {name: code for code, name in cities.items()}
    for city, county in _LATER_COUNTIES:
        if city in codes and county not in counties.get(codes[city], []):
            counties.setdefault(codes[city], []).append(county)
    owners: dict[str, list[str]] = {}
    for code, names in counties.items():
        for name in names:
            if code in cities:
                owners.setdefault(name, []).append(cities[code])
    return Divisions(
        provinces, cities, {k: tuple(v) for k, v in counties.items()}, {k: tuple(v) for k, v in owners.items()}
    )
