"""Seventh BLIND table of golden cases taken from REAL narrative local news (January–April 2020).

Each of the 24 entries is a short verbatim excerpt in which a city, county, district or zone reports on
itself, or in which a local, provincial or national outlet tells one place's story: city dailies and
their sites (大众日报 on 潍坊, 菏泽日报 on its firms and on 郓城, 济宁新闻网, 三秦都市报 on 铜川), county and
prefecture sites (临沂's government site, 宿州's 拂晓新闻网 item reposted on a college site, 延边州疫情防控办 on a 吉林 broadcaster's
site, 嵊泗县人民政府, 景德镇 health commission), provincial portals and papers (人民网-宁夏频道 on 银川,
山西日报 on 晋中, 河南日报客户端 on 鹤壁), national outlets covering one place (央广网 on 大连, 中新社
on 洋浦, 新华社 on 毕节's workers' train, a national item on 海东's noodle-shop workers), a 县疾控中心 notice
on a portal (孝义) and several mirrors and reposts (ttnews ×4, bili3, p146, damoshentu, freep, njflxhb,
tskxwl). `city` names the prefecture-level home city in full. `expect` lists every tuple the text supports
for that city, for its districts, counties and county-level cities, for its zones and towns, and for any
firm the text gives a figure to; each tuple reads (metric, region, as_of_iso_date, value, sector,
qualifier).

How it was made: the annotations come from the texts alone, under the binding rules of
tests/cases/ANNOTATION.md and shared/gold/FORMAT.md (and the dev_cases.py docstring they point to).
Nothing of the extractor was opened or run. From the other tables only blind6_narrative.py's docstring and
its first two entries were looked at, for the layout and for the reading choices listed there, which this
table follows where they apply. The texts were found with the `search` tool (corpus `pages`).

Home cities and outlets (24 cases, 22 home cities, 16 provinces and regions):
  大连市 (央广网 on a traditional mirror, 2月24日 discharges) · 鹤壁市 (河南日报客户端 via ttnews) · 潍坊市
  (大众日报客户端, 3月8日 clearing, with other 山东 cities around it) · 神农架林区 (楚天都市报 on a mirror dated
  2025) · 宿州市 (拂晓新闻网 bulletin reposted on 宿州职业技术学院's site, dates garbled) · 银川市 (人民网-宁夏频道
  on 银川经济技术开发区) · 海东市 (a national item on 海东's 拉面 workers) · 临沂市 (the city's site, with the
  山东 bulletin under it) · 吕梁市 (孝义市疾控中心's notice on a 163 page) · 铜川市 (三秦都市报) · 菏泽市 ×2
  (菏泽日报 on three firms; 菏泽日报 on the mayor's visit to 郓城, no figure) · 济宁市 ×2 (济宁新闻网 on 2月7日
  resumption, traditional with pinyin residue; 齐鲁晚报 on one discharge, traditional) · 金华市 (the city's
  3月4日 bulletin on ttnews, traditional) · 连云港市 (ttnews, traditional, with the 江苏 bulletin around it) ·
  绥化市 (a machine-rewritten mirror of the city's 2月21日 bulletin) · 晋中市 (山西日报, traditional, a hospital's
  discharge only) · 毕节市 (新华社 live-stream notice on ttnews) · 舟山市 (嵊泗县人民政府) · 儋州市 (中新社 on
  洋浦经济开发区) · 景德镇市 (the city's 3月27日 bulletin) · 石嘴山市 (a machine-rewritten item) · 延边朝鲜族自治州
  (延边州疫情防控办 notice).
  Provinces: 辽宁, 河南, 山东, 湖北, 安徽, 宁夏, 青海, 山西, 陕西, 浙江, 江苏, 黑龙江, 贵州, 海南, 江西, 吉林 —
  eight of the ten provinces blind6 could not fill (山东, 山西, 辽宁, 吉林, 黑龙江, 海南, 宁夏, 青海) are covered;
  no fresh 河北 or 新疆 local narrative survived the overlap check.
Texts are copied as found: traditional characters, pinyin residue ("復(fù)工", "濟(jì)寧"), stray bytes ("49歲?;颊呷朐汉?,"),
machine-rewritten Chinese ("新发冠状病毒", "遂宁县", "兰溪县", "回报率", "退石企业"), dates that lost their digits
("2020340时至24时", "截至3424时", "2年2月21日"), "標准", page chrome kept where it dates a page (title lines,
date lines, source lines, a ttnews "03.05" prefix, "本篇文章757字,读完约2分钟"). Paragraphs not needed were dropped
and a paragraph is only ever cut after a full sentence; leading indentation was not kept. `published` is the
date (and time) the page itself shows; where it shows none, the note says what stands in for it (a ttnews
repost id, a URL date, a dateline, a signature date, or the story's own day).

Ways of writing covered (number of cases; see the notes):
  (1) counts in words and loose units (9): 两例 and 两例患者的密切接触者 (孝义), 最后两名 / 两位确诊患者 / 8位患者 /
      其余6名 (铜川), 又有一名 and 该患者 (济宁), 以上2名患者 (大连), 最后3例住院患者 (潍坊), 200余名工人 (菏泽),
      超过3.88万人 (银川); 1万余人 (海东) and 800余名 (毕节) give no tuple;
  (2) implied figures said once (8): 累计确诊的10例病例全部治愈 and 双清零 → 10/10, hospitalized 0, suspected 0, and
      全部解除医学观察 → 101 (神农架); 确诊44例,治愈出院44例 with 住院患者"清零" and 零死亡 (潍坊); 清零! → hospitalized 0
      (连云港); 三清零 limited to 在铜川治疗的 → suspected 0 and observation 0 but no hospitalized 0 (铜川); 现正在…治疗 and
      全部实行…医学隔离观察 (孝义); 89家, 复工率100% → 89/89/100 (银川); 均已复工复产 with no count → 100 and 14家…全部
      复工复产 → 14/14 (济宁); 53家…全部复产 → 53/53 and 8家…全部恢复运营 → 8/8 (洋浦);
  (3) today's against the total (6): 以上2名患者…今日出院 against 累计出院11例 (大连), 首批3例 against 陆续共有8例 (鹤壁),
      最后3例住院患者 against 确诊44例 (潍坊), 此次出院的两位 against 8位患者中…其余6名 (铜川), 又有一名 against
      累计…30例 (济宁), 新增治愈出院6例 with a county split against 累计 lists (绥化);
  (4) zones as places (4): 银川经济技术开发区 (→ 经济技术开发区), 洋浦经济开发区, and two zones named with no figure
      (菏泽高新区, 郓城县经济开发区);
  (5) dates that are starts or history, not as-of dates (5): 从2月12日…出院后 (鹤壁), 自2月13日以來…連續21天 (金华),
      已连续13天 (铜川), 连续14天 (神农架), 2月6日被收入院 / 2月12日確定 (济宁);
  (6) proportions in words (1): 总复工率超过八成 → 80 more_than (洋浦); plus machine-rewritten 回报率 for 复工率/返岗率
      (石嘴山);
  (7) workers leaving, or not yet arrived (3): 海东's 1万余人 sent to noodle shops elsewhere, 毕节's 800余名 bound for
      海宁, 嵊泗's buses leaving to fetch 64 workers (no tuple for any);
  (8) a figure stays with its own company (3): 单县六和饲料有限公司食品分公司's 200余名 beside two firms without a count
      (菏泽), 海南金海浆纸业有限公司's 98% beside the zone's figures (洋浦), 宁夏苏宁新能源设备有限公司's 37 beside the
      city's (石嘴山);
  (9) pages that name the home place with no figure of its own (5): 郓城 (菏泽), 晋中 (a hospital's discharge), 毕节,
      海东, 嵊泗;
  (10) bulletins with a county or district split (6): 宿州, 金华, 绥化, 景德镇, 延边, and 连云港 inside the 江苏 list;
  (11) another city's, the province's or the country's figures nearby, no tuple for them (9): 潍坊 (济南, 烟台, 德州…),
      临沂 (山东, whose 现有疑似病例1例 is not 临沂's),
      连云港 (江苏 and twelve cities), 晋中 (山西 and 太原), 银川 (宁夏's 复工指数), 景德镇 (江西), 铜川 (西安), 毕节
      (嘉兴, 海宁), 嵊泗 (阜阳).
  No fresh local page with a 复工率 compared with an earlier date (比2月X日提高) for the home place, nor with 过半,
  六成 or 三分之二, survived the overlap check (a 青岛 item with 比复工首日(2月9日)提高29.5% was replaced, see below).

Reading choices made here where the binding conventions are silent (each note says which):
* A discharge reported only as a hospital's (晋中市…定点救治医院…1名…治愈出院) gives the city nothing, even where the
  province's 3例 minus 太原's two would leave one for 晋中: a hospital's count is not the city's, and differences are
  never expected.
* Buses that leave to fetch workers (开赴…阜阳市,迎接64名返岗员工来嵊就业) give no workers_returned: the workers have not
  returned yet on the day of the text (blind6 counted workers once they were brought in).
* 返岗人员8504人,复工率达90% after 53家…全部复产 is read as the staff's return rate (worker_return_rate 90), since the
  firms' own rate is already 100% (洋浦).
* Machine-rewritten 回报率 is read as the rate it renders (工业企业回报率 → resumption_rate, 人员回报率 →
  worker_return_rate), and garbled county names are read as the place meant when the text itself settles it (绥化's
  遂宁县15例 is 绥棱县, named in the discharge list; 兰溪县 is 兰西县; the sums 47 and 26 hold).
* 三清零 limited to 在铜川治疗的 cases gives no hospitalized 0 for 铜川: two of its patients were moved to 西安, and a
  transferred patient stays the home city's (as in blind6).
* 全部解除医学观察 after a stated count gives observation_released_total = that count (神农架, 潍坊), as 全部治愈 gives
  recovered_total; 全部实行…隔离医学观察 after a stated count gives observation = that count (孝义).
* 均已复工复产 with no count gives resumption_rate 100; N家…全部复工 with a count gives sector_total N and resumed N only
  (blind6's precedent).
* 在岗 / 上岗 staff at resumed firms are workers_returned (as in blind5/blind6): 在岗员工超过3.88万人 (银川),
  上岗企业职工6.8万人 (济宁).
* A page's mirror date far after the story (2025) does not date the story's 今天; the bulletin's own 截至 date does.
* 累计报告…疑似病例2例 in a prefecture notice whose suspected cases are all still under diagnosis is suspected 2
  (延边).

Overlap check: for every case, two to four distinctive phrases of 10+ characters (numbers with their
nouns, names of firms and people, headlines; traditional, pinyin-residue and simplified forms where the page
had them) were grepped with `grep -rlF` across tests/cases and /work/shared (file names only, other tables
not opened): no hit. About thirty candidate pages were dropped before writing because a phrase of theirs was
already in another table (among them pages on 双鸭山, 聊城/泰安, 恩施, 秦皇岛, 淄博, 宜春, 上饶, 中山 ×2, 湖口,
东至, 滁州, 乐至, 资阳高新区, 涪城, 宁德, 松原, 枣庄, 泽库, 沽源, 滨海, 长春, 眉山, 梅州/兴宁, 萍乡, 清远, 大冶,
湾里, 临夏 and 黄冈's firms); pages were also dropped because they were from 2021–2025 (紫云, 华蓥, 宣汉, 宁明, 德化,
惠州, 肃宁, a 2025 "正月初十" page), because the page gave no usable date (凌源经济开发区, 漳平, 梅州's 清零 item,
中山's 正月十六 survey, 海口国家高新区), because the source address was missing (宿松, 金华's 2.18 item), or because
they named a Hunan place (four pages). After writing, `duplicates --repo tests/cases --min-lines 3 --most 200`
paired this file's 青岛 tuples (央广网, traditional, 2月23日 sector figures) with identical tuples in another table:
the text differed, but the figures had already been annotated, so the case was replaced by 临沂's; the run
after that lists no pair with this file's cases other than the module docstring's layout (a shape match with
blind6's docstring). No text mentions the reserved city or a Hunan place (checked on
every excerpt and on what the search showed of each page); none comes from the DXY feed.
"""

CASES = [
    dict(
        id="b7n01",
        text=(
            "國(guó)家應(yīng)急廣播網(wǎng)大連2月24日消息(記者賈鐵生)記者從大連市衛(wèi)生健康委獲悉,2月24日,大連有2例確診患者出院,"
            "目前大連已累計(jì)出院11例。\n"
            "患者劉某,男,53歲;患者王某,男,49歲?;颊呷朐汉?,經(jīng)市級(jí)專家組科學(xué)制定方案,醫(yī)護(hù)人員精心診治和護(hù)理,"
            "患者恢復(fù)良好。經(jīng)本市專家組會(huì)診,以上2名患者均符合國(guó)家衛(wèi)生健康委新型冠狀病毒感染的肺炎確診病例出院標(biāo)準(zhǔn),"
            "已于今日出院。出院醫(yī)囑已詳細(xì)告知患者。"
        ),
        published="2020-02-24",
        city="大连市",
        expect=[
            ("recovered_new", "大连市", "2020-02-24", 2, "", ""),
            ("recovered_total", "大连市", "2020-02-24", 11, "", ""),
        ],
        note="央广网 (国家应急广播网) item on a traditional-character mirror with pinyin residue and stray bytes "
        "('49歲?;颊呷朐汉?,' kept as found). The page shows no date: the URL's 2020/02/24 and the dateline 大連2月24日消息 "
        "stand in. 2月24日,大連有2例確診患者出院 → recovered_new 2 on 2月24日 (以上2名患者…已于今日出院 restates the same two); "
        "目前…已累計出院11例 in the same sentence takes 2月24日 → recovered_total 11. 本市 is 大连 (the speaker), but "
        "本市專家組會診 states no figure. 53歲, 49歲 are ages.",
        source="http://bili3.cn/2020/02/24/ARTI1582521599221102.shtml",
    ),
    dict(
        id="b7n02",
        text=(
            "鹤壁新增3例新冠肺炎治愈患者\n\n"
            "河南日报客户端记者 郭戈 河南报业全媒体记者 蒋晓芳\n\n"
            "2月19日,鹤壁市3例新冠肺炎确诊患者先后从鹤壁市第三人民医院、浚县人民医院和淇县人民医院治愈出院,"
            "其中1例治愈患者为该市首例确诊患者。\n\n"
            "截至2月18日24时,鹤壁市累计确诊新冠肺炎病例19例,已连续7天无新增病例。从2月12日鹤壁市首批3例成功治愈患者出院后,"
            "该市陆续共有8例患者治愈出院。"
        ),
        published="2020-02-20 06:55",
        city="鹤壁市",
        expect=[
            ("recovered_new", "鹤壁市", "2020-02-19", 3, "", ""),
            ("confirmed_total", "鹤壁市", "2020-02-18", 19, "", ""),
            ("confirmed_new", "鹤壁市", "2020-02-18", 0, "", ""),
            ("recovered_new", "鹤壁市", "2020-02-12", 3, "", ""),
            ("recovered_total", "鹤壁市", "2020-02-19", 8, "", ""),
        ],
        note="河南日报客户端 story reposted on ttnews (amp page, no date shown; the ttnews id 5e4dbce3 gives "
        "2020-02-20 06:55, which stands in). The patients' details paragraph was dropped. 2月19日,鹤壁市3例…治愈出院 → "
        "recovered_new 3 on 2月19日; the three hospitals (鹤壁市第三人民医院, 浚县人民医院, 淇县人民医院) are institutions, "
        "so 浚县 and 淇县 get nothing. 截至2月18日24时…19例 → confirmed_total 19; 已连续7天无新增 → ONE confirmed_new 0 on "
        "2月18日. 从2月12日…首批3例…出院 states a batch of 3 on 2月12日 (recovered_new 3 that day); 2月12日 is the start of "
        "the run, not the date of 陆续共有8例: that figure has no date of its own and the morning repost (before 12:00) "
        "dates it to the day before, 2月19日, the story's day. 首例 is an ordinal.",
        source="https://ttnews.xyz/amp/5e4dbce3dc9b5e55f29d969d?lang=zh-hans",
    ),
    dict(
        id="b7n03",
        text=(
            "数读|山东第6个“清零”市来啦,是确诊病例超过40的首个“清零”市\n\n"
            "大众日报记者 梁开文\n\n"
            "2020-03-09 09:16:45 发布来源:大众日报客户端\n\n"
            "3月9日上午,山东省卫健委通报最新疫情防控数据,8日12-24时,山东省无新冠肺炎疑似病例,无新增确诊病例,"
            "累计确诊病例758例(其中,无重症病例,危重症病例2例,死亡病例6例);新增治愈出院9例,累计治愈出院647例。"
            "潍坊市实现住院患者“清零”。\n\n"
            "9例新增出院中,其中有潍坊3例,这也是潍坊最后3例住院患者。潍坊确诊44例,治愈出院44例,治愈率100%。"
            "潍坊也是在全省发生40例以上确诊病例城市中第一个实现清零。\n\n"
            "潍坊由市人民医院作为主体责任单位,携领市中医院和市级、县级定点医院,在省、市专家组指导下,对确诊病例“一人一方案”"
            "“一人一救治团队”、重症再加“一人一领导小组”,按照中西医结合原则,实施精准救治。潍坊新冠肺炎患者零死亡、"
            "医护人员零感染,累计追踪到密切接触者1023人,已全部解除医学观察。\n\n"
            "潍坊是山东第6个“清零”的市,之前泰安、聊城、菏泽、滨州、枣庄5市已先后实现住院患者“清零”。"
            "加上从疫情开始一直未出现确诊、疑似病例的东营,山东新冠肺炎患者数量为0的市目前为7个。\n\n"
            "此外,济南新增治愈出院3例,还剩4例住院患者;烟台新增治愈出院1例,还剩5例住院患者。德州新增治愈出院2例,"
            "住院患者还剩6例。\n\n"
            "其他市方面,住院患者少于5例的有:青岛、日照、临沂1例、威海3例、淄博4例。\n\n"
            "截至目前,山东尚有121人正在接受医学观察。\n\n"
            "(大众日报客户端记者 梁开文报道)"
        ),
        published="2020-03-09 09:16",
        city="潍坊市",
        expect=[
            ("hospitalized", "潍坊市", "2020-03-08", 0, "", ""),
            ("recovered_new", "潍坊市", "2020-03-08", 3, "", ""),
            ("confirmed_total", "潍坊市", "2020-03-08", 44, "", ""),
            ("recovered_total", "潍坊市", "2020-03-08", 44, "", ""),
            ("recovery_rate", "潍坊市", "2020-03-08", 100, "", ""),
            ("deaths_total", "潍坊市", "2020-03-08", 0, "", ""),
            ("close_contacts_total", "潍坊市", "2020-03-08", 1023, "", ""),
            ("observation_released_total", "潍坊市", "2020-03-08", 1023, "", ""),
        ],
        note="大众日报客户端 data piece; title, byline and date line kept, the footer dropped. The figures are the 8日12-24时 "
        "bulletin's → 3月8日 for everything about 潍坊 (the later paragraphs have no date of their own and take the "
        "bulletin's). 潍坊市实现住院患者“清零” → hospitalized 0; 9例新增出院中…潍坊3例,这也是潍坊最后3例住院患者 → "
        "recovered_new 3 (the 9 is the province's); 潍坊确诊44例,治愈出院44例,治愈率100% → 44, 44, 100; 零死亡 → "
        "deaths_total 0; 累计追踪到密切接触者1023人,已全部解除医学观察 → close_contacts_total 1023 and, implied once, "
        "observation_released_total 1023. 山东's 758/647/121, the other cities (泰安…东营, 济南 3/4, 烟台 1/5, 德州 2/6, 青岛…淄博) "
        "and the ordinal 第6个 give nothing.",
        source="http://dzrb.dzng.com/articleContent/3143_733253.html",
    ),
    dict(
        id="b7n04",
        text=(
            "连续14天无新增确诊病例,湖北神农架确诊疑似“双清零”\n\n"
            "时间 • 2025-12-04 23:43:09\n\n"
            "今天,神农架林区新型冠状病毒感染的肺炎防控指挥部宣布,到今天,该区累计确诊的10例病例全部治愈,实现医务人员“零感染”,"
            "完成确诊疑似“双清零”。\n\n"
            "2020年2月17日0时至24时,神农架全区无新增新冠肺炎疑似病例,无新增确诊病例,新增治愈出院2例。截至2020年2月17日24时,"
            "全区累计报告确诊病例10例,全部治愈出院。累计追踪密切接触者101人,全部解除医学观察。\n\n"
            "2月17日,全区医疗机构发热门诊当日共接诊发热病人9例,留院观察4例。\n\n"
            "截至2月17日,神农架林区已连续14天无新增确诊病例。\n\n"
            "到今天,神农架林区累计确诊的10例病例全部治愈,实现医务人员“零感染”,完成确诊疑似“双清零”。每一个治愈的患者,"
            "每一个清零的地区,都为湖北乃至全国增添了一份必胜的信心。(楚天都市报)"
        ),
        published="2025-12-04 23:43",
        city="神农架林区",
        expect=[
            ("confirmed_new", "神农架林区", "2020-02-17", 0, "", ""),
            ("recovered_new", "神农架林区", "2020-02-17", 2, "", ""),
            ("confirmed_total", "神农架林区", "2020-02-17", 10, "", ""),
            ("recovered_total", "神农架林区", "2020-02-17", 10, "", ""),
            ("close_contacts_total", "神农架林区", "2020-02-17", 101, "", ""),
            ("observation_released_total", "神农架林区", "2020-02-17", 101, "", ""),
            ("hospitalized", "神农架林区", "2020-02-17", 0, "", ""),
            ("suspected", "神农架林区", "2020-02-17", 0, "", ""),
        ],
        note="楚天都市报 story on a mirror that shows 2025-12-04 23:43:09 (kept as published, as blind6 kept a 2022 mirror "
        "date); the page's '新增/病例/治愈' tag lines were dropped. 神农架林区 is a prefecture-level place and its own home; "
        "该区/全区 are it. 2月17日 bulletin: 无新增确诊 (and 连续14天无新增, ONE tuple) → confirmed_new 0; 新增治愈出院2例 → 2; "
        "累计…10例,全部治愈出院 → confirmed_total 10 and recovered_total 10; 累计追踪密切接触者101人,全部解除医学观察 → 101 and, "
        "implied once, observation_released_total 101. 双清零 → hospitalized 0 and suspected 0. The 今天 of the announcement "
        "cannot be dated by a mirror date seven years later; the clearing restates the 截至2020年2月17日24时 bulletin, whose "
        "date it takes. 无新增疑似 has no metric; 发热病人9例, 留院观察4例 are fever-clinic counts, no metric.",
        source="https://www.tskxwl.com/yidonghulian/7151.html",
    ),
    dict(
        id="b7n05",
        text=(
            "3月5日宿州市报告新型冠状病毒肺炎疫情情况\n\n"
            "发布时间:2020-03-05 16:05阅读次数:\n\n"
            "35日宿州市报告新型冠状病毒肺炎疫情情况\n\n"
            "文章来源: 拂晓新闻网\n\n"
            "2020340时至24时,宿州市无新增确诊病例,无新增疑似病例。\n\n"
            "新增治愈出院3例,其中,埇桥区2例,灵璧县1例。\n\n"
            "截至3424时,宿州市累计报告确诊病例41例,无危重和死亡病例,累计治愈出院41例。累计医学观察密切接触者1894人,"
            "尚在医学观察5人。\n\n"
            "累计确诊病例中,埇桥区20例,灵璧县7例,砀山县7例,泗县6例,萧县1例。"
        ),
        published="2020-03-05 16:05",
        city="宿州市",
        expect=[
            ("confirmed_new", "宿州市", "2020-03-04", 0, "", ""),
            ("recovered_new", "宿州市", "2020-03-04", 3, "", ""),
            ("recovered_new", "埇桥区", "2020-03-04", 2, "", ""),
            ("recovered_new", "灵璧县", "2020-03-04", 1, "", ""),
            ("confirmed_total", "宿州市", "2020-03-04", 41, "", ""),
            ("critical", "宿州市", "2020-03-04", 0, "", ""),
            ("deaths_total", "宿州市", "2020-03-04", 0, "", ""),
            ("recovered_total", "宿州市", "2020-03-04", 41, "", ""),
            ("close_contacts_total", "宿州市", "2020-03-04", 1894, "", ""),
            ("observation", "宿州市", "2020-03-04", 5, "", ""),
            ("confirmed_total", "埇桥区", "2020-03-04", 20, "", ""),
            ("confirmed_total", "灵璧县", "2020-03-04", 7, "", ""),
            ("confirmed_total", "砀山县", "2020-03-04", 7, "", ""),
            ("confirmed_total", "泗县", "2020-03-04", 6, "", ""),
            ("confirmed_total", "萧县", "2020-03-04", 1, "", ""),
        ],
        note="拂晓新闻网 bulletin reposted on a 宿州 college site that shows 2020-03-05 16:05 (the site's name line and "
        "breadcrumb dropped). The repost lost the 月/日 characters and some digits: '35日' is 3月5日 (the title says so), "
        "'2020340时至24时' is 2020年3月4日0时至24时 and '截至3424时' is 截至3月4日24时 — all figures are 3月4日's. 无新增确诊 → 0; "
        "新增治愈出院3例,其中埇桥区2例,灵璧县1例 → 3, 2, 1; 累计…41例 with a five-county split (20+7+7+6+1 = 41); 无危重和死亡 "
        "→ critical 0 and deaths_total 0; 累计治愈出院41例 → 41 (no hospitalized 0: a difference the text does not state); "
        "累计医学观察密切接触者1894人 → close_contacts_total; 尚在医学观察5人 → observation 5. 无新增疑似 has no metric.",
        source="https://www.szzy.edu.cn/jdgcx/319/info.aspx?itemid=28800",
    ),
    dict(
        id="b7n06",
        text=(
            "百度地图大数据:截至3月10日,宁夏复工指数达64.83%\n\n"
            "2020年03月18日11:11  来源:人民网-宁夏频道\n\n"
            "人民网银川3月18日电(赵茉钰) 百度地图大数据持续跟进复工指数,据最新发布数据显示:截至3月10日, "
            "宁夏回族自治区复工指数达64.83%,在全国31个省、自治区、直辖市(港澳台除外)中排名第18名。据悉,百度地图近日统计了"
            "全国31省区市的复工指数(复工指数=初七以后百度地图统计到的累积活跃工作人口/百度地图统计到的2019年12月当地基准活跃工作人口)。\n\n"
            "随着宁夏支持引导复工复产的相关政策作用显现,越来越多的企业恢复生产。在银川经济技术开发区,截至3月12日,"
            "已有569家企业复工生产,复工率达到98%,在岗员工超过3.88万人;规模以上工业企业复工复产89家,复工率100%,产能复产率90%。"
        ),
        published="2020-03-18 11:11",
        city="银川市",
        expect=[
            ("resumed", "经济技术开发区", "2020-03-12", 569, "企业", ""),
            ("resumption_rate", "经济技术开发区", "2020-03-12", 98, "企业", ""),
            ("workers_returned", "经济技术开发区", "2020-03-12", 38800, "企业", "more_than"),
            ("resumed", "经济技术开发区", "2020-03-12", 89, "规模以上工业企业", ""),
            ("sector_total", "经济技术开发区", "2020-03-12", 89, "规模以上工业企业", ""),
            ("resumption_rate", "经济技术开发区", "2020-03-12", 100, "规模以上工业企业", ""),
        ],
        note="人民网-宁夏频道, 2020-03-18 11:11 (title and date line kept, the later policy paragraph dropped). The zone's "
        "figures: 银川经济技术开发区, written with its city's name, drops it → region 经济技术开发区. 截至3月12日 dates them: "
        "569家企业复工生产 → resumed 569; 复工率达到98% → 98; 在岗员工超过3.88万人 → workers_returned 38800 more_than (staff "
        "at work in resumed firms, as in blind5/blind6); 规模以上工业企业复工复产89家,复工率100% → resumed 89, rate 100 and, "
        "implied once, sector_total 89. 产能复产率90% is capacity, no metric. 宁夏's 复工指数64.83% (an activity index, and the "
        "region's, not the city's), its rank 第18名 and 31 are no tuple.",
        source="http://nx.people.com.cn/n2/2020/0318/c192493-33885709.html",
    ),
    dict(
        id="b7n07",
        text=(
            "作为青海海东市成效最大的扶贫产业,拉面产业是当地外出务工人员从事的最为集中的行业,共有18万人在全国279个大中城市开办了"
            "2.7万余家拉面店。2月下旬以来,海东市先后组织其中的1万余人分4批返岗复工,派出工作组实地指导恢复营业,"
            "并在政务服务、金融信贷、用工社保、子女上学等方面给予政策倾斜。"
        ),
        published="2020-03-24",
        city="海东市",
        expect=[],
        note="One paragraph of a national item on 青海's 复工复产 (3news.cn; no date shown, the URL's 2020/0324 stands in); "
        "the paragraphs on a 西宁 firm and on the province's measures were dropped. 海东市先后组织其中的1万余人分4批返岗复工 "
        "counts 海东 people sent back to noodle shops in other cities: workers leaving, not workers returning to 海东 → no "
        "workers_returned. 18万人, 279个城市, 2.7万余家拉面店 describe the trade (no metric); 2月下旬以来 is a start; 4批 is a "
        "number of batches.",
        source="https://3news.cn/24hot/2020/0324/399959.html",
    ),
    dict(
        id="b7n08",
        text=(
            "2月27日,临沂市无新增新型冠状病毒肺炎确诊病例。\n"
            "截至2月27日24时,我市累计确诊病例49例,治愈出院45例,无疑似病例。\n"
            "2月27日12-24时,山东省无新增新型冠状病毒肺炎确诊病例,累计确诊病例756例(含重症病例7例,危重症病例6例,"
            "治愈出院390例,死亡病例6例);无新增疑似病例,现有疑似病例1例。截至目前,追踪到密切接触者16812人,"
            "已解除医学观察15531人,诊断为疑似或确诊病例291例,尚有990人正在接受医学观察。\n"
            "备注:根据要求,按病例确诊时医院所在县区统计。\n"
            "(健康山东)"
        ),
        published="2020-02-28",
        city="临沂市",
        expect=[
            ("confirmed_new", "临沂市", "2020-02-27", 0, "", ""),
            ("confirmed_total", "临沂市", "2020-02-27", 49, "", ""),
            ("recovered_total", "临沂市", "2020-02-27", 45, "", ""),
            ("suspected", "临沂市", "2020-02-27", 0, "", ""),
        ],
        note="The 临沂 government site's item (linyi.gov.cn; no page date shown: the day after the figures, 2020-02-28, "
        "stands in — every figure carries its own date). 我市 is 临沂 (named in the first line). 2月27日 无新增确诊 → "
        "confirmed_new 0; 累计确诊病例49例,治愈出院45例 → 49 and 45; 无疑似病例 → suspected 0 (no hospitalized 4: a "
        "difference the text does not state). The 山东 paragraph is the province's (756, 7, 6, 390, 6, 现有疑似病例1例 — not "
        "临沂's, which has none —, 16812, 15531, 291, 990): no tuple. The 备注 on counting by hospital county changes "
        "nothing here.",
        source="http://linyi.gov.cn/info/9261/309741.htm",
    ),
    dict(
        id="b7n09",
        text=(
            "截止2020年1月31日23时,经山西省卫生健康委员会通报,我市共确诊新型冠状病毒感染的肺炎两例,"
            "现正在吕梁市定点医疗机构汾阳医院进行治疗,目前病情平稳。两例患者的密切接触者共27人,"
            "已按要求全部实行严格的居家医学隔离观察,目前一切正常。\n"
            "孝义市疾控中心\n"
            "2020年2月1日"
        ),
        published="2020-02-01",
        city="吕梁市",
        expect=[
            ("confirmed_total", "孝义市", "2020-01-31", 2, "", ""),
            ("hospitalized", "孝义市", "2020-01-31", 2, "", ""),
            ("close_contacts_total", "孝义市", "2020-01-31", 27, "", ""),
            ("observation", "孝义市", "2020-01-31", 27, "", ""),
        ],
        note="A notice signed 孝义市疾控中心 on a 163.com page (no page date shown; the signature date 2020年2月1日 stands in). "
        "我市 is the signer, the county-level city 孝义市 (home city 吕梁市): the figures are 孝义市's, not 吕梁's. "
        "截止2020年1月31日23时 dates them. 共确诊…两例 → confirmed_total 2 (a count in words); 现正在…汾阳医院进行治疗 → "
        "hospitalized 2 (汾阳医院 is a hospital, so 汾阳市 and 吕梁市 get nothing); 两例患者的密切接触者共27人 → "
        "close_contacts_total 27, and 已…全部实行…居家医学隔离观察 → observation 27 (implied once).",
        source="https://www.163.com/dy/article/F4AA6HG60545700O.html",
    ),
    dict(
        id="b7n10",
        text=(
            "铜川连续13天无新增病例 “确诊、疑似、密切接触者”三清零\n\n"
            "2020-02-20 08:26:35  来源:三秦都市报\n\n"
            "[摘要]截至2月19日,铜川已连续13天无新增确诊病例和疑似病例,实现在铜川治疗的确诊病例、疑似病例和密切接触者“三清零”。...\n\n"
            "本报铜川讯(黄宪明记者王锋袁靓)2月19日上午,记者在铜川市新型冠状病毒感染的肺炎疫情联防联控指挥部办公室了解到,"
            "随着最后两名在铜川治疗的确诊患者出院,铜川8位患者中除两名转至西安治疗外,其余6名均在铜川治愈出院。截至2月19日,"
            "铜川已连续13天无新增确诊病例和疑似病例,实现在铜川治疗的确诊病例、疑似病例和密切接触者“三清零”。\n\n"
            "据了解,此次出院的两位确诊患者一位是27岁的贺某,女,居住武汉,于1月20日回铜川,2月3日出现症状入住铜川市人民医院,"
            "被确诊为新冠肺炎。入院后,经过医护人员夜以继日全天候精心治疗,经铜川市级专家组评估符合出院标准,同意于2月19日出院;"
            "另一位是74岁的马某,男,铜川市人,与贺某系亲戚关系,入院前8天内有密切接触过来自武汉市确诊新冠肺炎患者,"
            "与确诊新冠肺炎患者共同生活4天。马某于1月28日入住铜川矿务局中心医院,2月2日被确诊为新冠肺炎普通型,经医护人员精心治疗,"
            "经铜川市级专家组评估符合出院标准,同意于2月19日出院。\n\n"
            "据了解,此次新冠肺炎疫情铜川共确诊8例患者,为家庭聚集型输入病例。"
        ),
        published="2020-02-20 08:26",
        city="铜川市",
        expect=[
            ("recovered_new", "铜川市", "2020-02-19", 2, "", ""),
            ("confirmed_total", "铜川市", "2020-02-19", 8, "", ""),
            ("recovered_total", "铜川市", "2020-02-19", 6, "", ""),
            ("confirmed_new", "铜川市", "2020-02-19", 0, "", ""),
            ("suspected", "铜川市", "2020-02-19", 0, "", ""),
            ("observation", "铜川市", "2020-02-19", 0, "", ""),
        ],
        note="三秦都市报 (title, date line and 摘要 kept; the flowers paragraph dropped, the last paragraph cut after its first "
        "sentence). Counts in words: 最后两名…出院 / 此次出院的两位确诊患者 → recovered_new 2 on 2月19日 (同意于2月19日出院); "
        "铜川8位患者 / 共确诊8例患者 → confirmed_total 8; 其余6名均在铜川治愈出院 → recovered_total 6. 已连续13天无新增确诊 → "
        "ONE confirmed_new 0 on 2月19日 (无新增疑似 has no metric). “三清零” of the cases treated in 铜川 → suspected 0 and "
        "observation 0 (the contacts cleared), but no hospitalized 0: two of 铜川's patients were moved to 西安 and a "
        "transferred patient stays the home city's (blind6). 西安 gets nothing; 27岁, 74岁 are ages; 8天, 4天 durations.",
        source="http://www.gjnews.cn/shehui/2020/127870.html",
    ),
    dict(
        id="b7n11",
        text=(
            "我市企业复工复产全力保障物资供应\n\n"
            "2020-02-10 01:05:15 来源:菏泽日报\n\n"
            "抗击疫情,众志成城。做好疫情防控工作,离不开物资的有力保障。\n\n"
            "我市各级各部门出台政策措施,从细处着手,指导企业防控、为企业减负。各家企业提前停止春节休假,通过科学有效的防控措施,"
            "有力有序组织复工复产,确保疫情防控与经济发展两不误。\n\n"
            "供应防疫物资责无旁贷\n\n"
            "医用口罩是疫情防控的急需物资。在单县,山东朱氏药业集团生产车间24小时不停运转,生产的医用口罩不断驰援防控一线。\n\n"
            "省市县三级市场监管部门联动,帮助朱氏药业两天时间办完法定60个工作日才能完成的医用口罩的生产许可。\n\n"
            "位于菏泽高新区的山东华晨医疗器械有限公司,工人们也在加班加点生产医用口罩,产品由疫情防控指挥部统一调度使用。\n\n"
            "公司负责人张友臣说:“1月27日就复工了。工人回家过年,防控期间人员流动困难,通过各级各部门的帮助,才把工人召集起来,"
            "并许诺高额工资,目前正全力生产。”\n\n"
            "全力满足群众生活需要\n\n"
            "单县六和饲料有限公司食品分公司内,生产线上的工人正在忙碌,截至2月7日,200余名工人已经回到厂里工作。"
        ),
        published="2020-02-10 01:05",
        city="菏泽市",
        expect=[
            ("workers_returned", "单县六和饲料有限公司食品分公司", "2020-02-07", 200, "", "more_than"),
        ],
        note="菏泽日报 on 中国菏泽网 (title and date line kept; two paragraphs without figures dropped, and the story, which goes "
        "on after the last paragraph kept, cut there). Three firms, one figure: 单县六和饲料有限公司食品分公司…截至2月7日,200余名工人已经回到厂里工作 "
        "→ workers_returned 200 more_than for that firm (company-level, sector ''), not for 单县 or 菏泽. 山东华晨医疗器械有限公司 "
        "(in 菏泽高新区, a zone named with no figure) 'resumed on 1月27日' with no count → nothing; 朱氏药业's 24小时, 两天, "
        "60个工作日 are durations. 我市 is 菏泽 (菏泽日报).",
        source="http://heze.cn/news/2020-02/10/content_428664.htm",
    ),
    dict(
        id="b7n12",
        text=(
            "濟(jì)寧新聞網(wǎng)2月8日訊(記者 王心融)今天下午,濟(jì)寧市人民政府召開(kāi)了新型冠狀病毒肺炎疫情處置工作第二場(chǎng)新聞發(fā)布會(huì),"
            "向社會(huì)通報(bào)濟(jì)寧市當(dāng)前疫情防控處置工作有關(guān)情況。記者了解到,截至2月7日,濟(jì)寧市已復(fù)工復(fù)產(chǎn)280家企業(yè),"
            "上崗企業(yè)職工6.8萬(wàn)人。\n"
            "按照“八個(gè)必須、五個(gè)到位、四個(gè)堅(jiān)持”的要求,濟(jì)寧市對(duì)全市重點(diǎn)項(xiàng)目復(fù)工、企業(yè)復(fù)產(chǎn)方面做足了充分準(zhǔn)備。"
            "市商務(wù)局、市市場(chǎng)監(jiān)管局要求商業(yè)企業(yè)做好職工的健康狀態(tài)登記及場(chǎng)所設(shè)施的消殺安檢;市工信局提出51條疫情防控具體措施,"
            "制作成手冊(cè)和宣傳漫畫(huà)印發(fā)給企業(yè)廣泛宣傳;市交通運(yùn)輸局也對(duì)重點(diǎn)項(xiàng)目開(kāi)工和企業(yè)復(fù)工復(fù)產(chǎn)所需的用工和原材料等人員、"
            "物資運(yùn)輸開(kāi)辟了綠色通道。\n"
            "目前,濟(jì)寧市150家重點(diǎn)企業(yè)已復(fù)工復(fù)產(chǎn)60家,公共服務(wù)類(lèi)企業(yè),如水、電、煤氣供應(yīng)企業(yè)均已復(fù)工復(fù)產(chǎn)。"
            "防控應(yīng)急物資生產(chǎn)企業(yè),如健達(dá)醫(yī)療器械、九爾實(shí)業(yè)等防護(hù)口罩生產(chǎn)企業(yè),春節(jié)期間加班加點(diǎn)、滿負(fù)荷生產(chǎn),"
            "14家消殺用品企業(yè)也全部復(fù)工復(fù)產(chǎn)。民生保障類(lèi)企業(yè),如米、面、油等食品企業(yè)以及飼料、農(nóng)副產(chǎn)品加工企業(yè)"
            "在嚴(yán)格落實(shí)防疫措施后也逐步恢復(fù)生產(chǎn)。"
        ),
        published="2020-02-08",
        city="济宁市",
        expect=[
            ("resumed", "济宁市", "2020-02-07", 280, "企业", ""),
            ("workers_returned", "济宁市", "2020-02-07", 68000, "企业", ""),
            ("sector_total", "济宁市", "2020-02-07", 150, "重点企业", ""),
            ("resumed", "济宁市", "2020-02-07", 60, "重点企业", ""),
            ("resumption_rate", "济宁市", "2020-02-07", 100, "公共服务类企业", ""),
            ("sector_total", "济宁市", "2020-02-07", 14, "消杀用品企业", ""),
            ("resumed", "济宁市", "2020-02-07", 14, "消杀用品企业", ""),
        ],
        note="济宁新闻网 (2月8日讯) on a traditional mirror with pinyin residue; no page date shown, the dateline stands in. "
        "The third paragraph is cut after the sentence on 民生保障类企业 (the next sentence is truncated on the page). "
        "截至2月7日: 已复工复产280家企业 → resumed 280; 上岗企业职工6.8万人 → workers_returned 68000 (staff at work in resumed "
        "firms). 目前 (a paragraph without a date) takes the earlier paragraph's 2月7日: 150家重点企业已复工复产60家 → "
        "sector_total 150, resumed 60; 公共服务类企业…均已复工复产 with no count → resumption_rate 100 (blind6's precedent); "
        "14家消杀用品企业也全部复工复产 → sector_total 14 and resumed 14 (no rate added when a count is given). 51條措施, "
        "第二場 are no figures of a metric.",
        source="http://damoshentu.com/news/342765.shtml",
    ),
    dict(
        id="b7n13",
        text=(
            "03.05 2020年3月5日金華市新型冠狀病毒肺炎疫情通報\n\n"
            "2020年3月4日0-24時,金華市無新增新型冠狀病毒肺炎病例。自2月13日以來,我市已連續21天未出現新增確診病例。\n\n"
            "截至3月4日24時,金華市累計報告新型冠狀病毒肺炎確診病例55例,其中婺城區1例、金東區5例、蘭溪市1例、東陽市19例、"
            "義烏市16例、永康市5例、浦江縣8例。累計治癒出院病例54例,其中婺城區1例、金東區5例、蘭溪市1例、東陽市19例、"
            "義烏市15例、永康市5例、浦江縣8例。現有住院病例1例,在定點醫療機構接受隔離治療,病情穩定。\n\n"
            "來源|金華市新型冠狀病毒肺炎疫情防控指揮部"
        ),
        published="2020-03-05",
        city="金华市",
        expect=[
            ("confirmed_new", "金华市", "2020-03-04", 0, "", ""),
            ("confirmed_total", "金华市", "2020-03-04", 55, "", ""),
            ("confirmed_total", "婺城区", "2020-03-04", 1, "", ""),
            ("confirmed_total", "金东区", "2020-03-04", 5, "", ""),
            ("confirmed_total", "兰溪市", "2020-03-04", 1, "", ""),
            ("confirmed_total", "东阳市", "2020-03-04", 19, "", ""),
            ("confirmed_total", "义乌市", "2020-03-04", 16, "", ""),
            ("confirmed_total", "永康市", "2020-03-04", 5, "", ""),
            ("confirmed_total", "浦江县", "2020-03-04", 8, "", ""),
            ("recovered_total", "金华市", "2020-03-04", 54, "", ""),
            ("recovered_total", "婺城区", "2020-03-04", 1, "", ""),
            ("recovered_total", "金东区", "2020-03-04", 5, "", ""),
            ("recovered_total", "兰溪市", "2020-03-04", 1, "", ""),
            ("recovered_total", "东阳市", "2020-03-04", 19, "", ""),
            ("recovered_total", "义乌市", "2020-03-04", 15, "", ""),
            ("recovered_total", "永康市", "2020-03-04", 5, "", ""),
            ("recovered_total", "浦江县", "2020-03-04", 8, "", ""),
            ("hospitalized", "金华市", "2020-03-04", 1, "", ""),
        ],
        note="The city's 3月4日 bulletin reposted on ttnews in traditional characters; the page shows '03.05' (kept), which "
        "stands in for the date (the id 5e61a844 gives 3月6日 09:32); the 專家提醒 paragraph was dropped. 無新增…病例 and "
        "自2月13日以來…已連續21天未出現新增確診病例 → ONE confirmed_new 0 on 3月4日 (2月13日 starts the run, 21 is a duration). "
        "The two seven-place lists break down 55 and 54 (each adds up) → one tuple per county/district, region in simplified "
        "form. 現有住院病例1例 → hospitalized 1 for the city; which county it is in is not stated (a difference, not expected).",
        source="https://ttnews.xyz/a/5e61a844dc9b5e3caddee49c",
    ),
    dict(
        id="b7n14",
        text=(
            "連雲港,清零\n\n"
            "截至2020年3月9日24時\n\n"
            "連雲港\n\n"
            "累計報告新冠肺炎確診病例48例\n\n"
            "累計出院病例48例\n\n"
            "清零!\n\n"
            "2020年3月9日0-24時,江蘇省無新增新型冠狀病毒肺炎確診病例。新增出院病例4例。\n\n"
            "截至3月9日24時,江蘇省累計報告新型冠狀病毒肺炎確診病例631例。其中,南京市93例、無錫市55例、徐州市79例、常州市51例、"
            "蘇州市87例、南通市40例、連雲港市48例、淮安市66例、鹽城市27例、揚州市23例、鎮江市12例、泰州市37例、宿遷市13例。\n\n"
            "累計確診病例中,在院病例9例。其中,輕型病例3例;普通型病例5例;危重型病例1例(無錫市1例)。\n\n"
            "累計出院病例622例。其中,南京市93例、無錫市52例、徐州市76例、常州市51例、蘇州市84例、南通市40例、連雲港市48例、"
            "淮安市66例、鹽城市27例、揚州市23例、鎮江市12例、泰州市37例、宿遷市13例。其中,南京市、常州市、南通市、連雲港市、"
            "淮安市、鹽城市、揚州市、鎮江市、泰州市、宿遷市10市的確診病例全部出院。\n\n"
            "目前,江蘇省追蹤到密切接觸者12641人,已解除醫學觀察12616人,尚有25人正在接受醫學觀察。"
        ),
        published="2020-03-15 20:56",
        city="连云港市",
        expect=[
            ("confirmed_total", "连云港市", "2020-03-09", 48, "", ""),
            ("recovered_total", "连云港市", "2020-03-09", 48, "", ""),
            ("hospitalized", "连云港市", "2020-03-09", 0, "", ""),
        ],
        note="A 连云港 post on ttnews, traditional (no page date; the id 5e6e260a gives 2020-03-15 20:56, six days after the "
        "figures; the duplicated title and the closing 專家提醒/蘇康碼 paragraphs dropped). 截至2020年3月9日24時: 累計…確診病例48例 "
        "→ 48; 累計出院病例48例 → 48; 清零! → hospitalized 0 (implied once). The 江苏 bulletin repeats 連雲港市48例 in both "
        "lists and among the 10市…全部出院 (the same tuples). 江苏's 631/622/9/4 and the twelve other cities give nothing.",
        source="https://ttnews.xyz/a/5e6e260adc9b5e74df6bd601",
    ),
    dict(
        id="b7n15",
        text=(
            "绥化市\n"
            "2年2月21日0时-24时,绥化市未报告新的确诊或疑似肺炎病例的新型冠状病毒治愈6例(北林区3例,兰溪县2例,庆安县1例)\n"
            "截至2月21日24: 00,绥化市共报告新发冠状病毒肺炎确诊病例47例,其中北林区23例,遂宁县15例,庆安县4例,兰溪县4例,"
            "安达市1例有4人死亡(4人在北林区)治愈出院26例(北林区16例,绥棱县4例,庆安县3例,兰溪县3例)无疑似病例\n"
            "全市每日发热门诊诊疗人数153人目前,已追踪到1,937名密切接触者,1,641人已脱离医疗观察,296人仍在接受医疗观察。\n"
            "来源:绥化市卫生委员会"
        ),
        published="2020-02-22",
        city="绥化市",
        expect=[
            ("confirmed_new", "绥化市", "2020-02-21", 0, "", ""),
            ("recovered_new", "绥化市", "2020-02-21", 6, "", ""),
            ("recovered_new", "北林区", "2020-02-21", 3, "", ""),
            ("recovered_new", "兰西县", "2020-02-21", 2, "", ""),
            ("recovered_new", "庆安县", "2020-02-21", 1, "", ""),
            ("confirmed_total", "绥化市", "2020-02-21", 47, "", ""),
            ("confirmed_total", "北林区", "2020-02-21", 23, "", ""),
            ("confirmed_total", "绥棱县", "2020-02-21", 15, "", ""),
            ("confirmed_total", "庆安县", "2020-02-21", 4, "", ""),
            ("confirmed_total", "兰西县", "2020-02-21", 4, "", ""),
            ("confirmed_total", "安达市", "2020-02-21", 1, "", ""),
            ("deaths_total", "绥化市", "2020-02-21", 4, "", ""),
            ("deaths_total", "北林区", "2020-02-21", 4, "", ""),
            ("recovered_total", "绥化市", "2020-02-21", 26, "", ""),
            ("recovered_total", "北林区", "2020-02-21", 16, "", ""),
            ("recovered_total", "绥棱县", "2020-02-21", 4, "", ""),
            ("recovered_total", "庆安县", "2020-02-21", 3, "", ""),
            ("recovered_total", "兰西县", "2020-02-21", 3, "", ""),
            ("suspected", "绥化市", "2020-02-21", 0, "", ""),
            ("close_contacts_total", "绥化市", "2020-02-21", 1937, "", ""),
            ("observation_released_total", "绥化市", "2020-02-21", 1641, "", ""),
            ("observation", "绥化市", "2020-02-21", 296, "", ""),
        ],
        note="A machine-rewritten mirror of the city's 2月21日 bulletin (freep; no date shown: the bulletin for 2月21日 figures "
        "appears the next day, 2020-02-22 stands in; the year of '2年2月21日' is lost). 未报告新的确诊 → confirmed_new 0 (疑似 "
        "new has no metric); 治愈6例 with its split → 6, 北林区3, 兰西县2, 庆安县1. Garbled names are read as the places meant: "
        "'兰溪县' is 兰西县 (a 绥化 county; 兰溪 is a city in 浙江), and '遂宁县15例' is 绥棱县 — 绥棱县 is named in the discharge "
        "list, which must draw on the confirmed list, and the sums hold (23+15+4+4+1 = 47; 16+4+3+3 = 26). 有4人死亡(4人在北林区) → "
        "deaths_total 4 for the city and for 北林区; 无疑似病例 → suspected 0; contacts 1937 / released 1641 / under observation "
        "296. 发热门诊153人 has no metric.",
        source="http://freep.cn/zhuangxiu_6/News_5884262.html",
    ),
    dict(
        id="b7n16",
        text=(
            "山西省又有3例新冠肺炎患者治愈出院\n\n"
            "截至目前,累計治愈出院107例\n\n"
            "2020年02月28日07:45  來源:山西日報\n\n"
            "2月27日,山西省又有3例新冠肺炎患者治愈出院。截至目前,山西省累計治愈出院107例。\n\n"
            "2月27日,被確診為新冠肺炎的太原市尖草坪區興華北小區的曹某某及其妻子同時在太原市第四人民醫院治愈出院。據悉,"
            "太原市公安局尖草坪分局2月7日發布通報稱,被確診為新冠肺炎的曹某某隱瞞、謊報疫情致60余人被緊急隔離,"
            "公安機關已對其立案偵查。\n\n"
            "2月27日,晉中市新型冠狀病毒肺炎定點救治醫院(市傳染病醫院)再度傳來好消息,1名新冠肺炎患者在醫護團隊的精心診療下,"
            "各項化驗指標均正常。經評估,符合相關出院標准,於27日治愈出院。 (曹秀娟 裴雲鋒 董冬梅)"
        ),
        published="2020-02-28 07:45",
        city="晋中市",
        expect=[],
        note="山西日报 on 人民网-山西 (BIG5 page, traditional; '標准' kept as found). With 晋中市 as home, the only 晋中 figure "
        "is a hospital's: 晉中市…定點救治醫院(市傳染病醫院)…1名新冠肺炎患者…治愈出院 — one institution's discharge gives no "
        "tuple, and reading it as 晋中's by subtracting 太原's two from the province's three would be a difference the text "
        "does not state. 山西's 3 and 107, 太原's couple (their hospital, 尖草坪區) and the 60余人 isolated after a concealment "
        "belong to other places or to no metric.",
        source="http://sx.people.com.cn/BIG5/n2/2020/0228/c189130-33834777.html",
    ),
    dict(
        id="b7n17",
        text=(
            "有序返岗!贵州毕节务工人员搭乘复工专列前往浙江\n\n"
            "20日上午11点04分,800余名务工人员将从贵州毕节出发,乘坐返程复工专列前往浙江嘉兴南站,转赴海宁市返岗。"
            "毕节作为贵州省劳务输出大市,每年外出务工人员高达200万左右。为满足务工需求,铁路部门开行“点对点”返程复工专列。"
            "如何在加强疫情防控的情况下推动企业复工?如何在确保安全的情况下做到有序劳务输出?在车站,这些务工人员又将经过怎样的核验程序?"
            "请关注新华社直播报道。"
        ),
        published="2020-02-21 04:37",
        city="毕节市",
        expect=[],
        note="新华社 live-stream notice reposted on ttnews (no page date; the id 5e4eedf9 gives 2020-02-21 04:37; 20日 is "
        "2月20日). 800余名务工人员…从贵州毕节出发…前往浙江嘉兴南站,转赴海宁市返岗 counts 毕节 people leaving for jobs in "
        "海宁: not 毕节's workers_returned, and 嘉兴/海宁 are other places. 每年外出务工人员高达200万左右 is a yearly size of "
        "the outflow, no metric. A page that names the home city with no figure of its own.",
        source="https://ttnews.xyz/a/5e4eedf9dc9b5e768b65cc5e?lang=zh-hans",
    ),
    dict(
        id="b7n18",
        text=(
            "嵊泗县发出“点对点”返岗直通车,全力保障外省员工返岗\n"
            "2月19日上午8时30分,由嵊泗县人民政府牵头、县人力社保局协调落实的首批3班“点对点”省外返岗直通车依次从嵊泗县客运总站驶出,"
            "开赴目的地——安徽省阜阳市,迎接64名返岗员工来嵊就业。\n"
            "目前,全县受疫情影响,县内复工企业普遍出现用工短缺现象,县人力社保局积极联系海渔、交通、住建等部门,"
            "努力解决外省员工返嵊难的问题,切实做好建筑工地和渔船复工的用工保障工作。同时,为严格落实疫情防控措施,"
            "嵊泗县对派出的车辆进行了严格的消毒,搭乘省外返岗直通车的工作人员上车前也全部进行了体温测量。\n"
            "据悉,每辆班车配驾驶员2名,随行的县人社、海渔、住建等工作人员5名。这批返岗员工将有效缓解全县4个建筑工地、"
            "10余艘渔船的用工紧张问题。"
        ),
        published="2020-02-19",
        city="舟山市",
        expect=[],
        note="嵊泗县人民政府 site (shengsi.gov.cn; no date shown, the URL's 2020/2/19 stands in). 嵊泗县 (home city 舟山市) "
        "sends three buses out on 2月19日 to 阜阳 to fetch 64名返岗员工: on the day of the text the workers have not yet come "
        "back, so there is no workers_returned for 嵊泗县 (reading choice: blind6 counted workers once brought in). 3班, 2名 "
        "drivers, 5名 staff, 4个建筑工地, 10余艘渔船 are no figures of a metric; 阜阳 is another place.",
        source="http://www.shengsi.gov.cn/art/2020/2/19/art_1354785_41946306.html",
    ),
    dict(
        id="b7n19",
        text=(
            "(抗击新冠肺炎)海南自贸港先行区洋浦规模以上企业全部复产\n"
            "中新社海南洋浦3月4日电 (记者 王辛莉 王子谦)海南洋浦经济开发区是海南自贸港建设的先行区和示范区,"
            "新冠肺炎疫情发生以来洋浦“一手抓防疫,一手抓生产”,在保持“零感染”的同时,采取多项有效措施帮扶企业复工复产。\n"
            "记者4日从该区管委会了解到,目前洋浦53家规模以上企业全部复产,返岗人员8504人,复工率达90%,45家新建和续建项目工地,"
            "总复工率超过八成。8家物流快递公司全部恢复运营。\n"
            "记者在洋浦采访时看到,开发区内企业防控措施严格,外来人员须讲清事由,戴口罩、检测体温、出示海南“健康一码通”后方可进入厂区。\n"
            "外资企业海南金海浆纸业有限公司是亚洲最大纸浆厂。企业经理孟祥岩介绍,目前除湖北籍员工尚未返回外,已有98%的工人在岗。"
            "2月份以来外贸没受影响,但内销品产能稍降。3月1日恢复满负荷生产。"
        ),
        published="2020-03-06",
        city="儋州市",
        expect=[
            ("sector_total", "洋浦经济开发区", "2020-03-04", 53, "规模以上企业", ""),
            ("resumed", "洋浦经济开发区", "2020-03-04", 53, "规模以上企业", ""),
            ("workers_returned", "洋浦经济开发区", "2020-03-04", 8504, "规模以上企业", ""),
            ("worker_return_rate", "洋浦经济开发区", "2020-03-04", 90, "规模以上企业", ""),
            ("sector_total", "洋浦经济开发区", "2020-03-04", 45, "新建和续建项目工地", ""),
            ("resumption_rate", "洋浦经济开发区", "2020-03-04", 80, "新建和续建项目工地", "more_than"),
            ("sector_total", "洋浦经济开发区", "2020-03-04", 8, "物流快递公司", ""),
            ("resumed", "洋浦经济开发区", "2020-03-04", 8, "物流快递公司", ""),
            ("worker_return_rate", "海南金海浆纸业有限公司", "2020-03-04", 98, "", ""),
        ],
        note="中新社 (3月4日电) on gzbs.cn; no page date shown, the URL's 20200306 stands in; the paragraphs on 中石化(香港)海南石油, "
        "labour measures and 海南炼化 were dropped. The zone lies in 儋州市 (home city); its figures keep the zone's name, "
        "洋浦经济开发区 (该区 / 洋浦 / 开发区). 记者4日…了解到,目前 → 3月4日. 53家规模以上企业全部复产 → sector_total 53 and "
        "resumed 53 (implied once); 返岗人员8504人 → workers_returned; 复工率达90% after the staff count, where the firms' own "
        "rate is already 100%, is read as the staff's return rate (worker_return_rate 90; reading choice). 45家…项目工地,"
        "总复工率超过八成 → sector_total 45, resumption_rate 80 more_than (a proportion in words). 8家物流快递公司全部恢复运营 → "
        "8 and 8. 海南金海浆纸业有限公司…已有98%的工人在岗 → that firm's worker_return_rate 98 (a figure that stays with its "
        "company). 零感染 is not a metric; 3月1日 is a date of full production.",
        source="https://www.gzbs.cn/yuanchuang/2020030639060.html",
    ),
    dict(
        id="b7n20",
        text=(
            "2020年3月27日0-24时,江西省报告无本地新增新型冠状病毒肺炎确诊病例,无本地新增疑似病例,无本地住院确诊病例。\n"
            "江西省报告无境外新增新型冠状病毒肺炎确诊病例。全省累计报告境外输入确诊病例1例。\n"
            "2020年3月27日0-24时,景德镇市无新型冠状病毒肺炎新增确诊病例。\n"
            "截至3月27日24时,景德镇市累计报告新型冠状病毒肺炎确诊病例6例(乐平市1例、珠山区4例、昌江区1例),"
            "出院病例6例(乐平市1例、珠山区4例、昌江区1例)。\n"
            "目前全市累计追踪到密切接触者468人,当日解除医学观察0人,尚在接受医学观察18人。"
        ),
        published="2020-03-28",
        city="景德镇市",
        expect=[
            ("confirmed_new", "景德镇市", "2020-03-27", 0, "", ""),
            ("confirmed_total", "景德镇市", "2020-03-27", 6, "", ""),
            ("confirmed_total", "乐平市", "2020-03-27", 1, "", ""),
            ("confirmed_total", "珠山区", "2020-03-27", 4, "", ""),
            ("confirmed_total", "昌江区", "2020-03-27", 1, "", ""),
            ("recovered_total", "景德镇市", "2020-03-27", 6, "", ""),
            ("recovered_total", "乐平市", "2020-03-27", 1, "", ""),
            ("recovered_total", "珠山区", "2020-03-27", 4, "", ""),
            ("recovered_total", "昌江区", "2020-03-27", 1, "", ""),
            ("close_contacts_total", "景德镇市", "2020-03-27", 468, "", ""),
            ("observation_released_new", "景德镇市", "2020-03-27", 0, "", ""),
            ("observation", "景德镇市", "2020-03-27", 18, "", ""),
        ],
        note="The 景德镇 health commission's 3月27日 bulletin (wsjs.jdz.gov.cn; the page date is not shown, the next day "
        "2020-03-28 stands in — every figure carries its own date). The 江西 lines (无本地新增…, 无本地住院确诊病例, 境外输入1例) "
        "are the province's and an imported-only subtotal: no tuple, and 无本地住院 does not make 景德镇's hospitalized 0. "
        "景德镇: 无…新增确诊 → 0; 6例 and 出院6例, each with a three-place split → one tuple each; no hospitalized 0 (a "
        "difference, not stated for the city). 目前 → 3月27日: contacts 468, 当日解除医学观察0人 → observation_released_new 0, "
        "尚在接受医学观察18人 → observation 18.",
        source="https://wsjs.jdz.gov.cn/zwgk/fdzdgknr/rkyjk/t75187.shtml",
    ),
    dict(
        id="b7n21",
        text=(
            "2月22日上午,濟(jì)寧市又有一名新冠肺炎確診患者治愈出院。截至目前,累計治愈出院病例30例。\n\n"
            "出院患者王某某,男,67歲,汶上縣人,2月6日被收入院治療,2月12日確定為確診病例,同日轉(zhuǎn)診到濟(jì)寧市傳染病醫(yī)院。\n\n"
            "經(jīng)濟(jì)寧市新冠肺炎醫(yī)療救治專家團(tuán)隊精心治療,該患者病情持續(xù)改善,體溫恢復(fù)正常3天以上,各項檢查檢驗結(jié)果正常,"
            "連續(xù)兩次核酸檢測均為陰性。依據(jù)國家最新版新冠肺炎診療方案,專家組會診后認(rèn)為符合出院標(biāo)準(zhǔn),已于22日上午出院。\n\n"
            "齊魯晚報·齊魯壹點記者 李錫巍"
        ),
        published="2020-02-22",
        city="济宁市",
        expect=[
            ("recovered_new", "济宁市", "2020-02-22", 1, "", ""),
            ("recovered_total", "济宁市", "2020-02-22", 30, "", ""),
        ],
        note="齐鲁晚报·齐鲁壹点 on a traditional mirror with pinyin residue (no page date; the URL's 2020-02-22 and the story's "
        "day agree). 又有一名…確診患者治愈出院 → recovered_new 1 on 2月22日 (a count in words; 該患者 is the same one); "
        "截至目前 in the same paragraph takes 2月22日 → recovered_total 30. 汶上縣人 is the patient's residence: no tuple for "
        "汶上县; 濟寧市傳染病醫院 is a hospital. 67歲 is an age; 2月6日 and 2月12日 are history dates; 3天, 兩次 are no counts "
        "of a metric.",
        source="http://m.p146.com/news/2020-02-22/detail-iimxyqvz4946245.shtml?from=sd_cnxh",
    ),
    dict(
        id="b7n22",
        text=(
            "陈平到郓城县调研疫情防控和企业复工复产情况\n\n"
            "2020-02-15 00:24:14 来源:菏泽日报\n\n"
            "中国菏泽网消息 (记者 张 慧)2月14日下午,市委副书记、市长、市新冠肺炎疫情防控工作领导小组组长陈平到郓城县部分企业、"
            "社区和集中隔离点,实地调研疫情防控和企业复工复产情况。\n\n"
            "陈平先后深入恒基机械、晶玻玻璃的生产车间,与企业负责人交流,详细了解企业疫情防控及复工复产情况,仔细询问当前存在的困难和问题。"
            "他指出,要克服麻痹大意思想,严格落实疫情防控各项措施,加强返岗人员情况摸排和管理,把各方面防控措施做细做实,"
            "确保安全生产、安全运行。县区各有关部门要做到疫情防控和企业复工复产“两手抓”,在做好疫情防控工作的前提下,"
            "全力组织推动企业复工复产,切实做到疫情防控与经济社会发展“两不误”。\n\n"
            "在郓城县经济开发区王沙湾社区疫情防控检查站,陈平实地查看出入社区人员管控、体温检测等防控措施落实情况,"
            "同奋战在疫情防控工作一线的工作人员亲切交流,详细了解社区重点人员摸排工作开展情况。他叮嘱一线人员,"
            "要在保护好自身安全的前提下,做好站点值守、入户排查、群众基本生活保障等方面工作,筑牢社区疫情防控堡垒。"
            "要在确保群众防控安全的前提下,为企业复工复产提供用工便利。"
        ),
        published="2020-02-15 00:24",
        city="菏泽市",
        expect=[],
        note="菏泽日报 on 中国菏泽网 (title and date line kept; the paragraph on the quarantine site, truncated on the page, "
        "dropped). A resumption story that names 郓城县, two firms (恒基机械, 晶玻玻璃) and a zone (郓城县经济开发区) and "
        "gives none of them a figure → no tuple. 2月14日 dates a visit, not a figure.",
        source="http://heze.cn/news/2020-02/15/content_430186.htm",
    ),
    dict(
        id="b7n23",
        text=(
            "本篇文章757字,读完约2分钟\n"
            "2月20日上午,宁夏苏宁新能源设备有限公司37名复工人员在厂门口有序排队,通过测温、登记等一系列程序进入工厂。"
            "在生产区,工人根据非常时期的工作要求进行排班,在保证产品技术的同时,最大限度地避免集群。\n"
            "石嘴山以复工复产为重点,以防疫控制为重点,组织企业推出一系列措施,确保产能逐步恢复。我市要求企业严格执行“八个务必”,"
            "如建立防疫控制机制,制定并实施防疫控制实施计划,以及在外籍员工重返工作岗位前对其进行隔离。安排58个市级部门对140家生产企业"
            "进行重点监管,并从企业人员安排、外来人员控制、厂区消毒、餐饮和通勤管理等方面严格督促企业落实疫情控制要求。"
            "积极完善退石企业员工隔离措施,为迪达流通、剑龙钢铁、福海物流等企业增加备用隔离点,为退石企业提供集中隔离室。\n"
            "目前,石嘴山市主要骨干企业生产正常。在261家规模以上工业企业中,正常生产企业有140家,占被监管企业的54%;"
            "全市工业企业回报率达到65%,人员回报率达到73%。"
        ),
        published="2020-02-20",
        city="石嘴山市",
        expect=[
            ("workers_returned", "宁夏苏宁新能源设备有限公司", "2020-02-20", 37, "", ""),
            ("sector_total", "石嘴山市", "2020-02-20", 261, "规模以上工业企业", ""),
            ("resumed", "石嘴山市", "2020-02-20", 140, "规模以上工业企业", ""),
            ("resumption_rate", "石嘴山市", "2020-02-20", 54, "规模以上工业企业", ""),
            ("resumption_rate", "石嘴山市", "2020-02-20", 65, "工业企业", ""),
            ("worker_return_rate", "石嘴山市", "2020-02-20", 73, "工业企业", ""),
        ],
        note="A machine-rewritten item (njflxhb; the page shows no date, only '本篇文章757字' chrome; the story's own day, 2月20日, "
        "stands in); the paragraph on coal supplies was dropped and the last paragraph cut after the sentence with the rates. "
        "宁夏苏宁新能源设备有限公司37名复工人员 on 2月20日 → that firm's workers_returned 37 (company-level). 目前 (no date in its "
        "paragraph) takes the earlier 2月20日. 在261家规模以上工业企业中,正常生产企业有140家,占…54% → sector_total 261, resumed "
        "140, rate 54 (140/261; '被监管企业' is a rewrite slip). '回报率' renders 复工率 (return-to-work rate): 全市工业企业回报率 "
        "65% → resumption_rate 65, 人员回报率73% → worker_return_rate 73 (reading choice). 58个部门, 140家 under supervision, "
        "'退石企业' (firms with staff returning to 石嘴山) give nothing.",
        source="http://njflxhb.com.cn/nxxw/831.html",
    ),
    dict(
        id="b7n24",
        text=(
            "【2月5日通报】我州新增确诊病例0例 新增疑似病例2例\n\n"
            "时间:2020-02-05 来源:延边州疫情防控办\n\n"
            "2020年2月4日0-24时,延边州报告新型冠状病毒感染的肺炎新增确诊病例0例新增疑似病例2例\n\n"
            "截至2月4日24时,延边州累计报告新型冠状病毒感染的肺炎确诊病例3例(均为输入性病例),疑似病例2例。确诊病例中,和龙市1例,"
            "图们市1例,延吉市1例。疑似病例中,延吉市1例,汪清县1例。无重症病例。\n\n"
            "延边州新型冠状病毒感染的肺炎\n\n"
            "疫情防控工作领导小组"
        ),
        published="2020-02-05",
        city="延边朝鲜族自治州",
        expect=[
            ("confirmed_new", "延边朝鲜族自治州", "2020-02-04", 0, "", ""),
            ("confirmed_total", "延边朝鲜族自治州", "2020-02-04", 3, "", ""),
            ("confirmed_total", "和龙市", "2020-02-04", 1, "", ""),
            ("confirmed_total", "图们市", "2020-02-04", 1, "", ""),
            ("confirmed_total", "延吉市", "2020-02-04", 1, "", ""),
            ("suspected", "延边朝鲜族自治州", "2020-02-04", 2, "", ""),
            ("suspected", "延吉市", "2020-02-04", 1, "", ""),
            ("suspected", "汪清县", "2020-02-04", 1, "", ""),
            ("severe", "延边朝鲜族自治州", "2020-02-04", 0, "", ""),
        ],
        note="延边州疫情防控办 notice on a 吉林 broadcaster's site, dated 2020-02-05 (title, date line and signature kept; the "
        "reminder paragraph and the truncated signature date dropped). 我州/延边州 → 延边朝鲜族自治州. 2月4日: 新增确诊病例0例 → "
        "confirmed_new 0 (新增疑似病例2例 has no metric); 累计…确诊病例3例 with a three-city split → 3, 和龙市1, 图们市1, 延吉市1 "
        "((均为输入性病例) is not an imported-from-abroad subtotal and changes nothing); 疑似病例2例, split 延吉市1, 汪清县1, are "
        "cases still under diagnosis → suspected 2, 1, 1 (reading choice); 无重症病例 → severe 0.",
        source="http://5dmm-www.plus.jlntv.cn/folder7516/folder7518/folder7528/2020-02-05/pTeTr6NmaQ9u2ZuB.html",
    ),
]
