"""Sixth BLIND table of golden cases taken from REAL narrative local news (January–April 2020).

Each of the 24 entries is a short verbatim excerpt in which a city, county, district, town or zone
reports on itself, or in which a local or regional outlet tells one place's story: city dailies retold on
county portals (达州日报, 桂林's 广西日报 item), county and prefecture government sites (福贡县人民政府),
a district's news site (东南网 on 平和县, 漳州 on 云霄县), provincial portals (四川在线, 陕西日报's
sxdaily, 每日甘肃, 吉安新闻网), national outlets covering one place (央广网 on 锡林郭勒盟, 新华社 on 酉阳,
人民网 on 罗田, 中国发展网 on 宕昌, 中新网 on 南宁), a county 融媒体 site reposting a neighbour's news
(通城县's cjyun page on 苏州/昆山) and several mirrors (ttnews, jiangsulong, freep.cn, g2bonline,
yingchengzx, dddjmc). `city` names the prefecture-level home city in full. `expect` lists every tuple the
text supports for that city, for its districts and counties, for its zones and towns, and for any firm the
text gives a figure to; each tuple reads (metric, region, as_of_iso_date, value, sector, qualifier).

How it was made: the annotations come from the texts alone, under the binding rules of
tests/cases/ANNOTATION.md and shared/gold/FORMAT.md (and the dev_cases.py docstring they point to).
Nothing of the extractor was opened or run. From the other tables only blind5_narrative.py's docstring and
its first two entries were looked at, for the layout and for the reading choices listed there, which this
table follows where they apply. The texts were found with the `search` tool (corpus `pages`).

Home cities and outlets (24 cases, 22 home cities, 15 provinces, regions and municipalities):
  达州市 ×2 (达州日报 on a 开江 county page, 2月9日 figures; 四川在线, 2月20日 figures) · 巴中市 (a ttnews
  repost, traditional, of the city's 2月4日 figures) · 咸阳市 (the city's press conference in 陕西日报's
  sxdaily) · 酒泉市 (阿克塞哈萨克族自治县's worker bus, ttnews, traditional) · 陇南市 (宕昌县's 扶贫车间,
  中国发展网) · 黄冈市 (罗田县's departing workers, 人民网) · 怒江傈僳族自治州 (福贡县's government site) ·
  漳州市 ×2 (平和县 on 东南网; 云霄县 on a 漳州 portal) · 福州市 (a traditional mirror of 澎湃/福州新闻网 with
  pinyin residue) · 泉州市 (a machine-rewritten 澎湃 item, garbled) · 重庆市 (新华社 on 酉阳县, traditional
  with ",," residue) · 锡林郭勒盟 (央广网, ttnews) · 呼伦贝尔市 (央视 on 莫力达瓦达斡尔族自治旗, on a news
  mirror) · 温州市 (a traditional mirror of a 新华社 item) · 宁波市 (新华社 photo story, traditional, with
  上海 and 安徽 lines nearby) · 苏州市 (通城县's cjyun site reposting the 昆山 arrival) · 合肥市 (新安晚报 on
  合肥循环经济示范园, on a mirror dated 2022 with the rate's number lost) · 吉安市 (井冈山经开区, 吉安新闻网)
  · 南宁市 (中新网 on a mirror, with the 广西 bulletin around it) · 桂林市 (临桂区's 四塘镇 in 广西日报) ·
  许昌市 (a 新华网 caption on 鄢陵县) · 广州市 (南方日报 on the first workers' train).
  Provinces: 四川, 陕西, 甘肃, 湖北, 云南, 福建, 重庆, 内蒙古, 浙江, 江苏, 安徽, 江西, 广西, 河南, 广东 —
  西北 (咸阳, 酒泉, 陇南), 西南 (达州, 巴中, 怒江, 重庆), 内蒙古 (锡林郭勒, 呼伦贝尔) included.
  (No fresh page from 河北, 山东, 山西, 辽宁, 吉林, 黑龙江, 海南, 宁夏, 青海 or 新疆 survived the
  overlap check: every local narrative found for them was already held by another table or was a
  provincial bulletin with no home city.)
Texts are copied as found: traditional characters, pinyin residue ("復(fù)工"), doubled punctuation (",,",
",、", ",。"), machine-rewritten Chinese ("新诊断肺炎", "锦江市", "199澎湃新闻"), a lost number ("复工率达到%"),
spaces before 。 and page chrome (title lines, date lines, source lines, captions). Paragraphs not needed were
dropped, and a paragraph is only ever cut after a full sentence. `published` is the date (and time) the page
itself shows; where it shows none, the note says what stands in for it (a ttnews repost id, a URL date, a
dateline, or the story's own day).

Ways of writing covered (number of cases; see the notes):
  (a) counts in words and loose units (6): 仅剩1例 and 1例危重型 (锡林郭勒), 两名患者 beside 2例 (呼伦贝尔), 200多名员工 (平和's 中宝食品), 近2000人 (井冈山经开区), 超過13000名 (宁波石化区), 上万人
      (井冈山经开区, no tuple);
  (b) implied figures said once (5): 7名…全部治愈出院 → 7 and 7 (呼伦贝尔); 所有确诊病例均已治愈出院(共47例)
      and 病例已被清除 → 47/47 and hospitalized 0 (泉州); 已無重型患者 → severe 0, 出院病例0人 → 0 (巴中);
      企业已经全面复工复产 with no count → 100 (井冈山经开区); 42家…实现全部复工 → 42 and 42 (循环经济示范园);
  (c) today's against the total in a noun phrase (4): 锡盟已确诊的9名…病例中,8名 (锡林郭勒), 南宁市累计确诊的55例
      病例中…其余54例 (南宁), 在院的11例患者中 (咸阳), 新增3例 against 累計15例 (巴中);
  (d) zones and sub-county places as places (4): 井冈山经开区, 合肥循环经济示范园 (→ 循环经济示范园), 寧波石化區
      (→ 石化区), 昆山市 as the county-level place workers reached; and a town named with no figure (四塘镇);
  (e) resumption by sector, county and firm (7): 108家规模以上工业企业 and 6385名 with one firm's 200多名 (平和),
      132家/73家 (云霄), 42/42 (循环园), 100 and 近2000 (井冈山经开区), 187 of 208 at one firm (酉阳), 13 workers
      brought to one cement firm (阿克塞), 454 workers fetched by a city (福州);
  (f) workers leaving for jobs elsewhere, no tuple (2): 罗田 (274 to 东莞), 四塘镇 (70 to 广东); and 广州南站's 496
      arrivals bound for six cities (no figure of 广州's own);
  (g) places named with no figure (6): 宕昌, 福贡, 罗田, 四塘镇, 鄢陵, 广州;
  (h) another city's, the province's or the country's figures nearby, no tuple for them (6): 广西's totals and
      玉林/钦州 (南宁), 上海's 特斯拉 and 安徽's 92% (宁波), 麻城 (苏州), 泉州市惠安县 and a project's 13 workers (福州),
      石油石化行业's 95% (宁波);
  (i) dates that are not the figure's date (6): 昨日 inside a report dated 2月16日 (福州 → 2月15日), a repost ten
      days after the story (巴中, 阿克塞), 2月8日 transfer date (咸阳), a 2022 mirror date for a 2020 story (合肥),
      the story's 3月6日 inside a 3月7日 write-up (泉州); plus 连续7天为零 as ONE confirmed_new 0 (咸阳);
  (j) bulletins retold as news with a county breakdown (3): 达州 ×2, 巴中.
  No fresh local page with a dated comparison of the 比2月X日提高 kind, or with 过半/三分之二/六成 for the home
  place, survived the overlap check; the only word-proportions here belong to other places (安徽, 石油石化行业)
  or to capacity (90%以上产能恢复), which has no metric.

Reading choices made here where the binding conventions are silent (each note says which):
* A transferred patient stays the home city's: 1例危重病例…转往西安唐都医院救治 → critical 1 for 咸阳市 (as in
  blind5); 在院的11例 counts him.
* A discharge batch described by where the patients come from (4名来自多伦县,1名来自锡林浩特市) gives the counties
  nothing: 来自 is origin under the binding rule (blind5 split a batch written 其中赣县区确诊病例2例, a different wording).
* 在岗 / 到岗 staff at a firm that has resumed are that firm's workers_returned (as in blind5): 187人到崗 (酉阳),
  超過13000名員工在崗 (宁波石化区). Workers brought IN to a place or firm are workers_returned for it
  (阿克塞's 13, 福州's 454, 昆山's 216); workers sent OUT are not (罗田, 四塘镇).
* A project's workers fetched by a district (接回13名延安中學西校區項目的工人) give no tuple: a project is
  neither a firm nor the district's count.
* 全部复工 with the rate's number lost (复工率达到%) gives the counts only (blind4/blind5 add no rate when a
  count is given); 全面复工复产 with no count gives resumption_rate 100.
* A zone named after a county-level city, not the home city (井冈山经开区 in 吉安市), keeps its full name.
* 截至目前 at the end of a narrative takes the page date, not the date of an earlier scene paragraph (平和).
* Machine-garbled place names are read as the place meant when the text's own sum proves it (泉州's 锦江市20例
  is 晋江市; the nine items add up to 47); an unreadable one (锦江民族) gives nothing.
* 累计集中医学观察466人(其中密切接触者214人) → close_contacts_total 214 only: the 466 includes people who were
  not contacts and has no metric.

Overlap check: for every case, two to four distinctive phrases of 10+ characters (numbers with their
nouns, names of firms and people, headlines; traditional and simplified forms where the page was
traditional) were grepped with `grep -rlF` across tests/cases and /work/shared (file names only, other
tables not opened): no hit. About forty candidate pages were dropped before writing because a phrase of
theirs was already in another table (among them pages on 泰顺, 定西, 双鸭山, 合肥高新区, 天津, 衡水 ×2, 临夏,
湾里区, 南漳, 通城, 宜君, 福州高新区, 运河经济开发区, 七台河, 钦州, 柳州, 齐齐哈尔, 淮南, 新乡, 信阳, 赤峰,
甘孜, 驻马店's 比亚迪 bus, 桂林's 2月22日 bulletin, 咸宁, 成都高新区, 运城, 广元, 滁州 and 安徽's 复工過半);
pages were also dropped because they named a Hunan place (英山/兴山's 湖南永州医疗队, a 临澧 bus), because
they were from 2021–2022 (宁明, 紫云, 宣汉's bus, 肃宁, 德化), or because the speaker of 我市 could not be fixed
(华蓥) or the year was unclear (融安). `duplicates --repo tests/cases --min-lines 3 --most 60` (and --most 200) lists no pair
with this file's cases. No text mentions the reserved city or a Hunan place (checked on every excerpt
and on what the search showed of each page); none comes from the DXY feed.
"""

CASES = [
    dict(
        id="b6n01",
        text=(
            "达州市累计报告新冠肺炎确诊病例28例\n\n"
            "来源:达州日报 2020-02-11 09:32\n\n"
            "本报讯 昨日,记者从相关部门获悉,2月9日,达州市新增新型冠状病毒肺炎确诊病例3例。\n\n"
            "患者蒲某,女,2月5日出现咳嗽症状,2月7日因病情加重到开江县人民医院就诊,随即隔离治疗。\n\n"
            "患者刘某,男,2月3日出现干咳,全身乏力,2月4日到开江县人民医院就诊,随即隔离治疗。\n\n"
            "患者杨某,女,2月6日出现干咳症状,2月9日因病情加重到开江县人民医院就诊,随即隔离治疗。\n\n"
            "截至2月9日24时,达州市累计报告新型冠状病毒肺炎确诊病例28例。其中:通川区5例、达川区3例、宣汉县3例、大竹县3例、渠县4例、开江县6例、万源市4例。\n\n"
            "28例患者中,重症1例,已治愈出院5例,其余患者病情均稳定。\n\n"
            "目前,累计追踪到密切接触者1738人并实行医学观察,现已解除医观察962人,继续接受医学观察776人。"
        ),
        published="2020-02-11 09:32",
        city="达州市",
        expect=[
            ("confirmed_new", "达州市", "2020-02-09", 3, "", ""),
            ("confirmed_total", "达州市", "2020-02-09", 28, "", ""),
            ("confirmed_total", "通川区", "2020-02-09", 5, "", ""),
            ("confirmed_total", "达川区", "2020-02-09", 3, "", ""),
            ("confirmed_total", "宣汉县", "2020-02-09", 3, "", ""),
            ("confirmed_total", "大竹县", "2020-02-09", 3, "", ""),
            ("confirmed_total", "渠县", "2020-02-09", 4, "", ""),
            ("confirmed_total", "开江县", "2020-02-09", 6, "", ""),
            ("confirmed_total", "万源市", "2020-02-09", 4, "", ""),
            ("severe", "达州市", "2020-02-09", 1, "", ""),
            ("recovered_total", "达州市", "2020-02-09", 5, "", ""),
            ("close_contacts_total", "达州市", "2020-02-09", 1738, "", ""),
            ("observation_released_total", "达州市", "2020-02-09", 962, "", ""),
            ("observation", "达州市", "2020-02-09", 776, "", ""),
        ],
        note="达州日报 (本报讯) on the yybnet page of 开江 county ('今日开江'); the page shows 2020-02-11 09:32 (the title line "
        "and date line kept, the footer dropped). The city's 2月9日 figures told as news: 新增…确诊病例3例 → confirmed_new 3 on "
        "2月9日 (the 本报讯's 昨日 is the reporter's day, not the figure's). The three patients went to 开江县人民医院: a hospital, "
        "not a breakdown, so no confirmed_new for 开江县. The district list breaks down the 28 → one confirmed_total per place. "
        "28例患者中,重症1例 → severe 1; 已治愈出院5例 → recovered_total 5. 目前 (paragraph without a date) takes the 截至2月9日24时 "
        "of the earlier paragraph. 2月3日…2月9日 in the patient lines are history dates.",
        source="https://yybnet.net/dazhou/kaijiang/202002/10180909.html",
    ),
    dict(
        id="b6n02",
        text=(
            "达州市新增1例新型冠状病毒肺炎确诊病例 累计确诊41例\n\n"
            "2020-02-21 09:27:21来源:四川在线编辑:覃贻花\n\n"
            "四川在线消息:从达州市卫健委获悉,2月20日,达州市新增1例新型冠状病毒肺炎确诊病例。\n\n"
            "患者唐某,28岁,女,在隔离医学观察期间,于2月20日出现症状,转入开江县人民医院,随即隔离治疗。\n\n"
            "截止2月20日24时,达州市累计报告新型冠状病毒肺炎确诊病例41例,其中:通川区5例、达川区3例、宣汉县5例、大竹县6例、渠县8例、开江县10例、万源市4例。\n\n"
            "41例患者中,重症2例,已治愈出院11例,其余患者病情均稳定。\n\n"
            "目前,累计追踪到密切接触者2457人并实行医学观察,现已解除医学观察2308人,继续接受医学观察149人。"
        ),
        published="2020-02-21 09:27",
        city="达州市",
        expect=[
            ("confirmed_new", "达州市", "2020-02-20", 1, "", ""),
            ("confirmed_total", "达州市", "2020-02-20", 41, "", ""),
            ("confirmed_total", "通川区", "2020-02-20", 5, "", ""),
            ("confirmed_total", "达川区", "2020-02-20", 3, "", ""),
            ("confirmed_total", "宣汉县", "2020-02-20", 5, "", ""),
            ("confirmed_total", "大竹县", "2020-02-20", 6, "", ""),
            ("confirmed_total", "渠县", "2020-02-20", 8, "", ""),
            ("confirmed_total", "开江县", "2020-02-20", 10, "", ""),
            ("confirmed_total", "万源市", "2020-02-20", 4, "", ""),
            ("severe", "达州市", "2020-02-20", 2, "", ""),
            ("recovered_total", "达州市", "2020-02-20", 11, "", ""),
            ("close_contacts_total", "达州市", "2020-02-20", 2457, "", ""),
            ("observation_released_total", "达州市", "2020-02-20", 2308, "", ""),
            ("observation", "达州市", "2020-02-20", 149, "", ""),
        ],
        note="四川在线 (provincial portal) on 达州's 2月20日 figures; the page shows 2020-02-21 09:27:21 (title and date line kept, "
        "'编辑推荐' dropped). Same shape as b6n01 ten days later: 新增1例 → confirmed_new 1 on 2月20日; the patient's 转入开江县人民医院 "
        "is a hospital, not an attribution (no confirmed_new for 开江县 although its total rose). 截止2月20日24时 dates the list, the "
        "41例患者中 line and the 目前 paragraph. 28岁 is an age.",
        source="https://sichuan.scol.com.cn/fffy/202002/57490151.html",
    ),
    dict(
        id="b6n03",
        text=(
            "2月5日巴中疫情圖,新增3例,累計15例無重型患者\n\n"
            "截至2月4日24時,全市累計報告新型冠狀病毒感染的肺炎確診病例15例(巴州區7例,通江縣5例,平昌縣3例)。其中新增3例:巴州區2人,通江縣1人,均為湖北返巴人員。尚在醫院治療15例,已無重型患者,患者病情均平穩。出院病例0人。死亡病例0人。\n\n"
            "全市尚有新型冠狀病毒感染的肺炎疑似病例2例(巴州區2人),較上日無增減,患者病情平穩。\n\n"
            "全市累計集中醫學觀察466人(其中密切接觸者214人),解除醫學觀察134人,仍在接受醫學觀察332人。"
        ),
        published="2020-02-15 12:36",
        city="巴中市",
        expect=[
            ("confirmed_total", "巴中市", "2020-02-04", 15, "", ""),
            ("confirmed_total", "巴州区", "2020-02-04", 7, "", ""),
            ("confirmed_total", "通江县", "2020-02-04", 5, "", ""),
            ("confirmed_total", "平昌县", "2020-02-04", 3, "", ""),
            ("confirmed_new", "巴中市", "2020-02-04", 3, "", ""),
            ("confirmed_new", "巴州区", "2020-02-04", 2, "", ""),
            ("confirmed_new", "通江县", "2020-02-04", 1, "", ""),
            ("hospitalized", "巴中市", "2020-02-04", 15, "", ""),
            ("severe", "巴中市", "2020-02-04", 0, "", ""),
            ("recovered_total", "巴中市", "2020-02-04", 0, "", ""),
            ("deaths_total", "巴中市", "2020-02-04", 0, "", ""),
            ("suspected", "巴中市", "2020-02-04", 2, "", ""),
            ("suspected", "巴州区", "2020-02-04", 2, "", ""),
            ("close_contacts_total", "巴中市", "2020-02-04", 214, "", ""),
            ("observation_released_total", "巴中市", "2020-02-04", 134, "", ""),
            ("observation", "巴中市", "2020-02-04", 332, "", ""),
        ],
        note="A ttnews repost (traditional) of 巴中's 2月5日 infographic text; published = the repost id 2020-02-15 12:36 +08 "
        "(title kept, the credit lines 制圖/編輯/校對 and '分享到' dropped). 全市 = 巴中市, named in the title. Every figure is "
        "dated by 截至2月4日24時 (the title's 2月5日 is the release day). Regions are given in simplified form (巴州區 → 巴州区). "
        "其中新增3例:巴州區2人,通江縣1人 breaks down the new 3 (人 counts cases here); 湖北返巴人員 is origin, not place. 尚在醫院治療15例 "
        "→ hospitalized 15; 已無重型患者 → severe 0; 出院病例0人 → recovered_total 0; 死亡病例0人 → deaths_total 0; 疑似病例2例(巴州區2人) "
        "→ suspected 2 for the city and for 巴州区. 累計集中醫學觀察466人 has no metric (it includes non-contacts; reading choice), "
        "其中密切接觸者214人 → close_contacts_total 214.",
        source="https://ttnews.xyz/a/5e477555dc9b5e7ed78e63c2",
    ),
    dict(
        id="b6n04",
        text=(
            "2月17日,咸阳新冠肺炎疫情防控第二场新闻发布会消息,截至2月17日12时,咸阳市累计确诊新冠肺炎感染病例17例,已治愈出院6例,有疑似病例4例,均已隔离治疗,病情平稳。可喜的是,从2月11日至今,咸阳市新增确诊病例已经连续7天为零。\n"
            "咸阳市委宣传部副部长、市政府新闻办主任李君宇介绍,在院的11例患者中,10例患者全部在咸阳市中心医院东郊分院救治,病情平稳,另外1例危重病例已于2月8日下午转往西安唐都医院救治。此外,咸阳共排查出密切接触者1600人,解除医学观察1301人,剩余299人全部安排隔离医学观察。(记者 黄香梅)"
        ),
        published="2020-02-17",
        city="咸阳市",
        expect=[
            ("confirmed_total", "咸阳市", "2020-02-17", 17, "", ""),
            ("recovered_total", "咸阳市", "2020-02-17", 6, "", ""),
            ("suspected", "咸阳市", "2020-02-17", 4, "", ""),
            ("confirmed_new", "咸阳市", "2020-02-17", 0, "", ""),
            ("hospitalized", "咸阳市", "2020-02-17", 11, "", ""),
            ("critical", "咸阳市", "2020-02-17", 1, "", ""),
            ("close_contacts_total", "咸阳市", "2020-02-17", 1600, "", ""),
            ("observation_released_total", "咸阳市", "2020-02-17", 1301, "", ""),
            ("observation", "咸阳市", "2020-02-17", 299, "", ""),
        ],
        note="陕西日报's sxdaily on 咸阳's second press conference; the page shows no time, its URL and text give 2020-02-17 "
        "(editor lines dropped). 截至2月17日12时 dates the first paragraph; the second paragraph has no date and takes it. "
        "从2月11日至今…连续7天为零 → ONE confirmed_new 0 on the last day of the run (至今 = 2月17日); 2月11日 is the start. "
        "在院的11例患者中 → hospitalized 11 (a noun phrase of the current count); the 10 at 咸阳市中心医院东郊分院 are a hospital's "
        "(no tuple); the 1例危重病例 moved to a 西安 hospital stays 咸阳's → critical 1 (reading choice, as in blind5); 2月8日 is the "
        "transfer date, not the figure's. 排查出密切接触者1600人 → close_contacts_total; 解除医学观察1301人 → "
        "observation_released_total; 剩余299人…隔离医学观察 → observation.",
        source="http://www.sxdaily.com.cn/2020-02/17/content_8444826.html",
    ),
    dict(
        id="b6n05",
        text=(
            "阿克塞縣專車服務農民工返崗復工\n\n"
            "2月23日下午,甘肅省酒泉市阿克塞哈薩克族自治縣首趟返程務工接送專車順利從敦煌火車站安全接回了該縣甘肅恆亞水泥有限公司工作的13名外地務工人員,這些來自江蘇、河南、四川、貴州等省區的農民工將通過居家隔離後走上工作崗位。\n\n"
            "為切實加強疫情防控工作,保障農民工返崗復工點對點服務和成規模、成批次安全有序返崗,阿克塞哈薩克族自治縣人力資源和社會保障局、交通運輸局、發改局、工信局、\n\n"
            '衛健局等單位加強與各企業溝通聯絡,點對點摸清各企業返崗務工人員信息,制定返崗復工人員接送方案,按照"一車一方案"的原則,組織開展包車直達運輸,幫助農民工安全有序返崗,打通農民工返崗"最先和最後一公里"。'
        ),
        published="2020-03-11 08:15",
        city="酒泉市",
        expect=[
            ("workers_returned", "甘肃恒亚水泥有限公司", "2020-02-23", 13, "", ""),
        ],
        note="A ttnews repost (traditional) of a 阿克塞 county item; published = the repost id 2020-03-11 08:15 +08 (the story is "
        "dated 2月23日 in its text; the paragraph broken across a photo is kept as found, the 擬稿人 line and '分享到' dropped). "
        "The county's first bus fetched 13 outside workers who work at one firm of the county → workers_returned 13 for that firm "
        "(region in simplified form; company-level worker figures have sector ''), dated 2月23日. Workers brought IN count as "
        "returning (reading choice); no tuple for 阿克塞哈萨克族自治县 itself, whose own count the text does not give. 江蘇、河南、四川、"
        "貴州 are where the workers come from; 敦煌火車站 is another county's station.",
        source="https://ttnews.xyz/a/5e682da5dc9b5e187738cb31",
    ),
    dict(
        id="b6n06",
        text=(
            "2020-03-10 中国发展网\n"
            "两河口镇山背、罗湾村易地扶贫搬迁点的宕昌县腾达实业扶贫车间,用工覆盖了周边14个乡镇的贫困户。\n"
            "中国经济导报、中国发展网刘辉、张永宽、高洁林记者王斌报道3月9日,位于甘肃陇南市宕昌县两河口镇山背、罗湾村易地扶贫搬迁点的宕昌县腾达实业扶贫车间在沉寂近多日后又热闹了起来,哒哒哒”的织机运转声不绝于耳,工人们戴着口罩在生产线上熟练的操作着编织机,车间呈现出一派忙碌有序的生产景象。\n"
            "据了解,宕昌县腾达实业扶贫车间成立以来,主要生产地毯、成衣、手套等,车间用工覆盖了周边14个乡镇的贫困户。但在3月3日分批次复工后,生产线上的产品不同以往,而是生产当前防疫所需的口罩及白大褂。\n"
            "“疫情期间,我们想多为社会做点贡献,已经向县红十字会捐赠了价值4.38万元的口罩和白大褂。”腾达实业扶贫车间负责人张军说,“接下来,车间会不断提高产量,加紧生产,助力疫情防控。”"
        ),
        published="2020-03-10",
        city="陇南市",
        expect=[],
        note="中国发展网 (national outlet) on one 扶贫车间 of 宕昌县 in 陇南; the page shows 2020-03-10 (the date line kept; the "
        "later 木耳乡 paragraphs dropped). The city and the county are named with no figure: 14个乡镇 is the reach of the workshop's "
        "hiring, 4.38万元 a donation, 3月3日 and 3月9日 dates; the workshop's resumption has no count → nothing. The unbalanced "
        "'哒哒哒”' quote is as found.",
        source="http://special.chinadevelopment.com.cn/2020zt/xgfyjjz/fgfc/2020/03/1624637.shtml",
    ),
    dict(
        id="b6n07",
        text=(
            "罗田启动首趟农民工返岗“点对点”专车\n\n"
            "2020年03月15日16:54  来源:人民网-图片频道\n\n"
            "“受疫情影响40多天出不了家门,工厂一直在催,为难之时,是党和政府帮助我们农民工解决了燃眉之急,关键的时刻还是要依靠党和政府。”3月15日上午,罗田县大河岸镇农民工王守刚在车上向前来送行的县领导挥手致意,并表达了感激之情。\n\n"
            "9时许,罗田县首批274名返岗农民工乘坐政府九台专车,从该县大别山客运中心缓缓驶出前往广东东莞。。\n\n"
            "这是罗田疫情期间首次以“点对点”方式护送农民工赴省外务工。\n\n"
            "上午8时,来自罗田县11乡镇的274名东莞务工人员由乡镇安排专车接送,从家门口直达大别山客运中心,县政府安排的9辆大巴车早已在乘车区等候。\n\n"
            "罗田是务工大县,常年在外务工人员15.7万人,部分务工人员受疫情影响滞留县内。2月底,罗田县人社局迅速开发一款适合农民工的注册登记信息软件,制作成二维码发放到每一位务工人员手中,直接扫码填写信息,采集到有效信息9.1万条,并进行数据分析,全面掌握农民工务工需求、去向目的地、工种技能等信息,制定“一地一策”输送方案。"
        ),
        published="2020-03-15 16:54",
        city="黄冈市",
        expect=[],
        note="人民网 photo story on 罗田县 (黄冈); the page shows 2020年03月15日16:54 (the leaders' names sentence, the boarding "
        "paragraph and the cut-off last sentence dropped). 274名 are workers LEAVING for jobs in 东莞: no workers_returned for 罗田县 "
        "or 黄冈市 (binding rule). 40多天, 11乡镇, 九台/9辆, 15.7万人 (常年在外务工, no metric), 9.1万条 (records) give nothing. "
        "The doubled 。。 is as found.",
        source="http://pic.people.com.cn/n1/2020/0315/c159994-31632629-6.html",
    ),
    dict(
        id="b6n08",
        text=(
            "扶贫车间忙复工 巾帼脱贫有信心\n\n"
            "2020-03-02 18:27:37 来源:福贡县人民政府 作者:黄琼敏 责任编辑:康康 字号:T|T\n\n"
            "扶贫车间忙复工 巾帼脱贫有信心\n\n"
            "  来源:福贡石月亮网 作者:黄琼敏\n\n"
            "“巾帼扶贫车间”内缝纫机忙碌的响声似乎表达着人民复工后内心的喜悦。面对当前疫情新形势,福贡县各级妇联组织积极响应县委县政府部署要求,坚持一手抓疫情防控,一手抓复工复产,加强统筹,积极帮助协调“巾帼扶贫车间”复工复产,确保疫情防控和贫困劳动力就业两手抓、两不误。\n\n"
            "复工复产关乎人民的生计和发展,在保障员工健康安全的前提下,“巾帼扶贫车间”有序开工复工复产,推动扶贫产业回到正轨,让贫困劳动力优先复工,为贫困户保障基本的生活经济来源。"
        ),
        published="2020-03-02 18:27",
        city="怒江傈僳族自治州",
        expect=[],
        note="福贡县人民政府's item (via 中国小康网's county pages); the page shows 2020-03-02 18:27:37 (title, date line and the repeated title and source line kept, "
        "the villager's quote dropped). 福贡县 (怒江州) is named with no figure: the workshop's 有序开工复工复产 has neither a count "
        "nor a word like 全部 → nothing.",
        source="https://xianyu.chinaxiaokang.com/nujianglisuzuzizhizhoudiji/fugongxian/huizhan/2020/0302/2695552.html",
    ),
    dict(
        id="b6n09",
        text=(
            "平和县发放近8万只口罩 保障企业复工复产\n\n"
            "zz.fjsen.com  2020-03-02 10:37:14   来源:东南网  我来说两句\n\n"
            "企业要复工,防控措施就要做到位。连日来,平和县工信局积极筹备一批防控物资,先后为该县复工复产的规模以上工业企业发放口罩近8万只,有效解决返岗员工的口罩需求,为企业顺利复工提供安全保障。\n\n"
            "2月22日,笔者在县工信局里看到,工作人员正在有序地为复产复工的企业发放第四批口罩。当天,共有80家复工复产企业前来领取口罩,发放口罩32220个。中宝食品作为该县较早复工复产的企业,目前已有200多名员工复工返岗,而口罩紧缺一直是企业复工比较棘手的问题,这次县工信局为他们发放了1000多只口罩,解决了他们短期内的燃眉之急,企业方表示十分感谢。\n\n"
            "而在2月12日复工生产的宏绿食品,已经领到了第二批口罩。\n\n"
            "截至目前,平和县共有108家规模以上工业企业复工复产,6385名员工返岗返工。下一步,县工信局将继续筹备防控物资,为后续复产复工的企业解决实际需求。 (林泽霖 )"
        ),
        published="2020-03-02 10:37",
        city="漳州市",
        expect=[
            ("workers_returned", "中宝食品", "2020-02-22", 200, "", "more_than"),
            ("resumed", "平和县", "2020-03-02", 108, "规模以上工业企业", ""),
            ("workers_returned", "平和县", "2020-03-02", 6385, "规模以上工业企业", ""),
        ],
        note="东南网's 漳州 channel on 平和县; the page shows 2020-03-02 10:37:14 (editor lines dropped). A county story with one firm "
        "given its own figure: 中宝食品…目前已有200多名员工复工返岗 sits in the 2月22日 scene → workers_returned 200 more_than for the "
        "firm on 2月22日 (sector ''). 80家复工复产企业前来领取口罩 counts firms collecting masks on one day, not the county's resumed "
        "firms → nothing; 8万只, 32220个, 1000多只 are masks; 宏绿食品's 2月12日 is a start date. The closing 截至目前 takes the page "
        "date, not the earlier scene's 2月22日 (reading choice) → resumed 108 and workers_returned 6385 for 平和县, sector "
        "规模以上工业企业 for both (the 6385 are those firms' staff).",
        source="https://m.folksfolks.com/zz/2020-03/02/content_30197954.htm",
    ),
    dict(
        id="b6n10",
        text=(
            "本网讯(徐荫圈)2月12日,年味尚浓,云霄县工业企业早已掀起复工热潮。一段时间来,云霄县以“早谋划、广宣传、驻一线”为抓手,迅速打响节后复工战役,助力企业早复工、早生产、早出效益。各乡镇(开发区)在春节前提前摸底,摸清春节期间企业生产和项目建设情况,为企业节后复产排进度、定计划。\n"
            "截至2月11日,全县132家规模以上工业企业,已开工73家。"
        ),
        published="2020-02-12",
        city="漳州市",
        expect=[
            ("sector_total", "云霄县", "2020-02-11", 132, "规模以上工业企业", ""),
            ("resumed", "云霄县", "2020-02-11", 73, "规模以上工业企业", ""),
        ],
        note="A 漳州 news portal's 本网讯 on 云霄县; the page shows no date of its own, the dateline 2月12日 stands in for published "
        "(the sentence on the job fair dropped). 全县 = 云霄县, named before the figure. 截至2月11日 dates the figure: 132家规模以上"
        "工业企业 → sector_total 132, 已开工73家 → resumed 73 (开工 after the holiday is resumption here). The 各乡镇(开发区) are named "
        "with no figure. No rate is stated and none is computed.",
        source="https://www.zzyxxw.com/Article/details?infoid=14112",
    ),
    dict(
        id="b6n11",
        text=(
            "福州包車赴全國多地接工人返崗:昨日已接回4\n\n"
            "時(shí)間:2020-02-18 17:13來源:網(wǎng)絡(luò)整理 瀏覽:\n\n"
            "據(jù)福州新聞網(wǎng)2月16日消息,近日福州市各縣(市)區(qū)與交通運(yùn)輸部門兵分多路,奔赴全國各地接榕務(wù)工人員返崗,推動(dòng)全市各類企業(yè)有序復(fù)工復(fù)產(chǎn)。\n\n"
            "根據(jù)統(tǒng)計(jì)顯示,昨日福州赴省內(nèi)及全國各地共接回務(wù)工人員454人。\n\n"
            "2月16日早上6時(shí),首輛復(fù)工人員專車從福州出發(fā),前往泉州市惠安縣輞川鎮(zhèn),接回13名延安中學(xué)西校區(qū)項(xiàng)目的工人返崗。"
        ),
        published="2020-02-18 17:13",
        city="福州市",
        expect=[
            ("workers_returned", "福州市", "2020-02-15", 454, "", ""),
        ],
        note="A traditional mirror with pinyin residue of a 澎湃 item quoting 福州新闻网; the page shows 2020-02-18 17:13 (the title "
        "is cut off as found: '昨日已接回4'; the 澎湃 and 鼓楼区 working-group paragraphs dropped). 昨日…共接回務工人員454人 is inside a "
        "report dated 2月16日 → as of 2月15日, not the page's 2月18日. Workers fetched INTO the city → workers_returned 454 for "
        "福州市 (sector none named). The 13 workers fetched from 泉州市惠安縣 for one school-building project give no tuple: a project "
        "is neither a firm nor the district's count (reading choice); 泉州市惠安縣輞川鎮 is another city's town.",
        source="http://g2bonline.com/guonazixun/71149.html",
    ),
    dict(
        id="b6n12",
        text=(
            "泉州新冠肺炎隔离酒店_泉州市新冠肺炎确诊病例6日已全部出院,9人在医学隔离观察\n\n"
            "根据泉州市卫生委员会官方网站的查询,199澎湃新闻的记者发现,该委员会官方网站发布的新闻标题为“今天,我市所有确诊的新诊断肺炎病例均已治愈出院。”今天下午,泉州市指定医院确诊的最后一例新诊断肺炎病例已治愈出院,泉州市确诊的新诊断肺炎病例已被清除。自1月23日泉州报告首例确诊病例以来,共治愈新发冠状动脉肺炎47例(包括1例危重病例和3例重症病例),实现了确诊患者零死亡、医务人员零感染。\n\n"
            "此外,根据泉州市卫生委员会官方网站3月7日上午发布的《泉州市新官肺炎疫情通报》,泉州市在3月6日0至24小时内报告了0例新官肺炎新确诊病例和2例新治愈出院病例。因此,泉州所有确诊病例均已治愈出院(共47例),无一例死亡病例。报告0例新的疑似冠状肺炎病例\n\n"
            "公告还介绍,截至3月6日24时,泉州市共报告新发肺炎确诊病例47例,其中鲤城区1例,丰泽区4例(其中锦江民族1例),洛江区1例,惠安县2例,安溪县2例,永春县2例,石狮市2例,锦江市20例,南安市13例目前,有0例新诊断肺炎的疑似病例报告。共追踪了1725名密切接触者,包括1706名从医疗观察中释放的人,10名被转变为疑似或确诊病例的人,以及9名仍在接受医疗隔离观察的人。(本文来源于澎湃新闻,欲了解更多原创信息,请下载“澎湃新闻”应用程序)"
        ),
        published="2020-03-07",
        city="泉州市",
        expect=[
            ("hospitalized", "泉州市", "2020-03-06", 0, "", ""),
            ("recovered_total", "泉州市", "2020-03-06", 47, "", ""),
            ("confirmed_total", "泉州市", "2020-03-06", 47, "", ""),
            ("deaths_total", "泉州市", "2020-03-06", 0, "", ""),
            ("confirmed_new", "泉州市", "2020-03-06", 0, "", ""),
            ("recovered_new", "泉州市", "2020-03-06", 2, "", ""),
            ("confirmed_total", "鲤城区", "2020-03-06", 1, "", ""),
            ("confirmed_total", "丰泽区", "2020-03-06", 4, "", ""),
            ("confirmed_total", "洛江区", "2020-03-06", 1, "", ""),
            ("confirmed_total", "惠安县", "2020-03-06", 2, "", ""),
            ("confirmed_total", "安溪县", "2020-03-06", 2, "", ""),
            ("confirmed_total", "永春县", "2020-03-06", 2, "", ""),
            ("confirmed_total", "石狮市", "2020-03-06", 2, "", ""),
            ("confirmed_total", "晋江市", "2020-03-06", 20, "", ""),
            ("confirmed_total", "南安市", "2020-03-06", 13, "", ""),
            ("suspected", "泉州市", "2020-03-06", 0, "", ""),
            ("close_contacts_total", "泉州市", "2020-03-06", 1725, "", ""),
            ("observation_released_total", "泉州市", "2020-03-06", 1706, "", ""),
            ("observation", "泉州市", "2020-03-06", 9, "", ""),
        ],
        note="A machine-rewritten copy of a 澎湃 item on freep.cn (garbling kept: 新诊断肺炎, 新官肺炎, 新发冠状动脉肺炎, '199澎湃新闻', "
        "a missing 。 before 目前; the 发热门诊 paragraph and page chrome dropped). The page shows no date; published = 3月7日, the day of "
        "the bulletin the text cites; all figures are of 3月6日 (the title's 6日, the bulletin's 3月6日 and 截至3月6日24时). 确诊…病例已被"
        "清除 → hospitalized 0 (在院清零); 共治愈…47例 and 所有确诊病例均已治愈出院(共47例) → recovered_total 47 and confirmed_total 47 "
        "(said once; the list's 47 is the same); the bracket 1例危重病例和3例重症病例 is inside the cured, no current tuple; 零死亡 / "
        "无一例死亡病例 → deaths_total 0; 0例…新确诊 → confirmed_new 0; 2例新治愈出院 → recovered_new 2; 有0例…疑似病例 → suspected 0. "
        "The district list adds up to 47 only if the garbled 锦江市20例 is 晋江市 (reading choice); (其中锦江民族1例) is unreadable → "
        "nothing. Contacts: 1725 → close_contacts_total, 1706 released → observation_released_total, 9 still observed → "
        "observation; the 10 turned cases have no metric.",
        source="http://freep.cn/zhuangxiu_6/News_5935226.html",
    ),
    dict(
        id="b6n13",
        text=(
            "新華社重慶3月1日電\n"
            "題:防疫促復(fù)工戰(zhàn)貧不放松——來自重慶最后“摘帽”貧困縣酉陽的一線觀察\n"
            "新華社記者李勇,、張桂林,、周凱\n"
            "田間管護忙機器響起來\n"
            "2月底的武陵山區(qū)乍暖還寒,酉陽縣泔溪鎮(zhèn)漫山的花椒樹已發(fā)出嫩芽,,郁郁蔥蔥,。72歲的貧困戶劉自榮在樹叢中熟練地剪枝,在青花椒基地工作已經(jīng)兩年的她,,每天可以拿到80元工資,。\n"
            "員工進出測溫,、消毒,,潔凈車間錯峰生產,在酉陽縣武陵山制藥公司,,208名員工中已經有187人到崗,。"
        ),
        published="2020-03-01",
        city="重庆市",
        expect=[
            ("workers_returned", "酉阳县武陵山制药公司", "2020-03-01", 187, "", ""),
        ],
        note="A traditional mirror of a 新华社 feature on 酉阳县 (重庆), with pinyin residue and doubled punctuation kept; the "
        "URL and the dateline give 3月1日, no time (the lead paragraph, the paragraphs between the two kept ones and everything after "
        "the firm's sentence dropped). One firm given its own figure: 208名員工中已經有187人到崗 → workers_returned 187 for the firm as "
        "written in full (simplified form; sector ''; 到崗 at a resumed firm counts as returned, as in blind5); 208 is its "
        "staff, not a tuple, and no rate is stated. 72歲 is an age, 80元 a wage, 兩年 a duration; 2月底 dates the scene only; "
        "酉阳县 itself has no figure.",
        source="https://feifmx.com/zw/news/13000776/20200301/37853162.html",
    ),
    dict(
        id="b6n14",
        text=(
            "03.03 内蒙古锡林郭勒盟5例新冠肺炎患者集体痊愈出院\n\n"
            "央广网锡林郭勒3月3日消息(记者宝音)内蒙古锡林郭勒盟5例新冠肺炎患者今天一起痊愈出院,目前锡林郭勒盟仅剩1例确诊病例。\n\n"
            "这5名确诊患者均在锡林郭勒盟中心医院进行隔离治疗。4名来自多伦县,1名来自锡林浩特市。锡林浩特市的1名确诊患者于2月10号入院,入院后病情进展为重症。多伦县4名确诊患者从2月12号开始陆续转入锡盟中心医院。\n\n"
            "截至目前,锡盟已确诊的9名新冠肺炎病例中,8名确诊患者经救治后痊愈出院,还有1例危重型新冠肺炎患者继续在治疗。"
        ),
        published="2020-03-04 23:39",
        city="锡林郭勒盟",
        expect=[
            ("recovered_new", "锡林郭勒盟", "2020-03-03", 5, "", ""),
            ("hospitalized", "锡林郭勒盟", "2020-03-03", 1, "", ""),
            ("confirmed_total", "锡林郭勒盟", "2020-03-03", 9, "", ""),
            ("recovered_total", "锡林郭勒盟", "2020-03-03", 8, "", ""),
            ("critical", "锡林郭勒盟", "2020-03-03", 1, "", ""),
        ],
        note="央广网 on the league, reposted on ttnews; published = the repost id 2020-03-04 23:39 +08 (title kept; the paragraph "
        "on the discharge criteria and '分享到' dropped). The dateline 3月3日 dates 今天 and 截至目前. 5例…今天一起痊愈出院 → "
        "recovered_new 5 for the league (it names the league, not the hospital); 仅剩1例确诊病例 and 还有1例危重型…继续在治疗 → "
        "hospitalized 1 (once) and critical 1. 锡盟已确诊的9名…病例中,8名…痊愈出院 → confirmed_total 9 and recovered_total 8 (a "
        "total in a noun phrase). 4名来自多伦县,1名来自锡林浩特市 is where the patients come from (来自 = origin, binding rule): no "
        "per-county tuples. 入院后病情进展为重症 is history (he is cured), not current severe. 2月10号, 2月12号 are dates of history.",
        source="https://ttnews.xyz/a/5e5fcbc5dc9b5e476c351c41?lang=zh-hans",
    ),
    dict(
        id="b6n15",
        text=(
            "据呼伦贝尔市卫生健康委会消息,3月4日,呼伦贝尔市莫力达瓦达斡尔族自治旗2例新冠肺炎确诊病例郭某某和鄂某某出院。截至目前,呼伦贝尔市7名确诊新冠肺炎患者全部治愈出院。\n"
            "患者郭某某,女,86岁,莫力达瓦达斡尔族自治旗人。2月5日经诊断为新冠肺炎确诊病例,随即转至呼伦贝尔市级定点医疗机构呼伦贝尔市传染病医院进行集中救治。\n"
            "鄂某某,男,49岁,莫力达瓦达斡尔族自治旗人,2月11日经诊断为新冠肺炎确诊病例,并收入莫旗人民医院进行集中救治。\n"
            "今天(4日),经内蒙古自治区新冠肺炎医疗救治专家组远程会诊,确认郭某某和鄂某某治愈情况达到《新型冠状病毒肺炎诊疗方案(第七版)》出院标准。出院后两名患者将继续在定点医疗机构进行隔离医学观察。(总台央视记者 刘晓波 修治国)"
        ),
        published="2020-03-04",
        city="呼伦贝尔市",
        expect=[
            ("recovered_new", "莫力达瓦达斡尔族自治旗", "2020-03-04", 2, "", ""),
            ("confirmed_total", "呼伦贝尔市", "2020-03-04", 7, "", ""),
            ("recovered_total", "呼伦贝尔市", "2020-03-04", 7, "", ""),
        ],
        note="央视 on 呼伦贝尔, on the 华商网 news mirror; the page shows no date, the story's own 3月4日 / 今天(4日) stands in for "
        "published. 呼伦贝尔市莫力达瓦达斡尔族自治旗2例…出院 → recovered_new 2 for the banner (the place is named with its city before "
        "it; no separate city tuple, reading choice). 7名确诊…患者全部治愈出院 → confirmed_total 7 and recovered_total 7, said once "
        "(截至目前 = 3月4日); no hospitalized 0 is stated. 莫力达瓦达斡尔族自治旗人 is residence; 86岁, 49岁 ages; 2月5日, 2月11日 "
        "diagnosis dates; the two hospitals and 第七版 give nothing.",
        source="http://www.huashangw.com/news/show-41430.html",
    ),
    dict(
        id="b6n16",
        text=(
            "溫州將按“三個時(shí)段”推進(jìn)復(fù)工復(fù)產(chǎn)\n\n"
            "2020-02-13 10:42:00\n\n"
            "  記者12日從浙江省溫州市相關(guān)發(fā)布會獲悉,當(dāng)?shù)卦趪?yán)格落實(shí)疫情防控措施的前提下,正圍繞關(guān)鍵時(shí)間點(diǎn),有序推進(jìn)企業(yè)復(fù)工復(fù)產(chǎn),并針對各類企業(yè)制定了復(fù)工操作手冊。\n\n"
            "  截至2月11日24時(shí),溫州累計(jì)報(bào)告新冠肺炎確診病例481例,居浙江各地市首位。另一方面,溫州民營經(jīng)濟(jì)發(fā)達(dá)、外來務(wù)工人員眾多。經(jīng)前期排查,溫州市以外的“三返”人員將達(dá)207.6萬人。"
        ),
        published="2020-02-13 10:42",
        city="温州市",
        expect=[
            ("confirmed_total", "温州市", "2020-02-11", 481, "", ""),
        ],
        note="A traditional mirror (pinyin residue and the mojibake '當(dāng)?shù)卦…' kept) of a 新华社 item on 温州's resumption plan; "
        "the page shows 2020-02-13 10:42:00 (breadcrumb dropped; the second paragraph cut after the 207.6萬人 sentence, before "
        "its mojibake tail; the three-stage paragraphs dropped). 截至2月11日24時 → confirmed_total 481 on 2月11日 (居浙江各地市首位 is "
        "a rank). 記者12日 is the reporting day. The 207.6萬 '三返' people expected from outside the city are a forecast of arrivals "
        "with no metric.",
        source="http://m.jsshyy.com/xwzx/hgjj/202002/t20200213_25369.html",
    ),
    dict(
        id="b6n17",
        text=(
            "特斯拉上海超級工廠全自動生產(chǎn)線制造完成的新車。(新華社記者 丁汀攝)\n\n\n"
            "位于杭州灣南岸的寧波石化經(jīng)濟(jì)技術(shù)開發(fā)區(qū)(寧波石化區(qū)),連續(xù)4年位居中國化工園區(qū)前三名,2018年規(guī)模以上產(chǎn)值1900億元,擁有一家千億企業(yè)、兩家百億企業(yè)。從2月9日下達(dá)復(fù)工通知到2月13日,寧波石化區(qū)90%以上產(chǎn)能恢復(fù),超過13000名員工在崗。\n"
            "目前,作為重要的國民經(jīng)濟(jì)上游產(chǎn)業(yè),中國石油石化行業(yè)復(fù)工率超過95%。\n\n\n"
            "位于長三角西部的馬鞍山鋼鐵,中國特大型鋼鐵聯(lián)合企業(yè)之一,安徽省最大的工業(yè)企業(yè),春節(jié)期間仍持續(xù)生產(chǎn)。隨著全面復(fù)工復(fù)產(chǎn),這家大型鋼鐵廠噴薄出更多熱力。\n"
            "至2月25日,馬鞍山鋼鐵所在的安徽省規(guī)模以上工業(yè)企業(yè)復(fù)工92%,復(fù)工人數(shù)156.5萬人,占全省上年同期企業(yè)人數(shù)的59.5%。"
        ),
        published="2020-03-01",
        city="宁波市",
        expect=[
            ("workers_returned", "石化区", "2020-02-13", 13000, "", "more_than"),
        ],
        note="Page 2 of a 新华社 photo story on a traditional mirror (pinyin residue kept); the URL dates it 2020-03-01, no time. "
        "Home city 宁波市: its zone 寧波石化經濟技術開發區(寧波石化區) drops the city's name → region 石化区. 從2月9日…到2月13日 → "
        "the figure is of 2月13日 (2月9日 is the start); 超過13000名員工在崗 at a resumed zone → workers_returned 13000 more_than "
        "(在崗 as returned, as in blind5). 90%以上產能恢復 is capacity, no metric; 連續4年, 前三名, 1900億元, 一家千億, 兩家百億 are "
        "rankings and output. 中國石油石化行業 95% is the country's sector; 特斯拉上海 a caption; 安徽省's 92% / 156.5萬人 / 59.5% "
        "(至2月25日) the province's, and 馬鞍山 another city: nothing for 宁波.",
        source="http://m.dddjmc.com/news/txnews/cnnews/sh/2020-03-01/2360945_2.html",
    ),
    dict(
        id="b6n18",
        text=(
            "刚刚,江苏首趟湖北低风险地区返岗复工专车抵苏\n\n"
            "今天上午10点28分\n\n"
            "跨越700公里多的距离\n\n"
            "历经13个小时\n\n"
            "来自湖北省低风险地区首批返岗复工专车\n\n"
            "——\n\n"
            "载有216名湖北麻城市务工人员的\n\n"
            "大巴车队顺利抵达苏州昆山市\n\n"
            "这是江苏省发出的首趟\n\n"
            "有组织、大规模的湖北籍务工人员\n\n"
            "返岗复工专车\n\n"
            "苏州\n\n"
            "是20万湖北人的奋斗热土、第二故乡\n\n"
            "湖北省麻城市是国家级贫困县,有大量劳动者迫切盼望尽快回苏返岗复工,但由于疫情防控期间湖北省与全国其他地区的交通尚未完全恢复,当地劳动者回苏返岗之路并不顺畅。\n\n"
            "第一批近千人均为已经在苏州落实用人单位的务工返岗人员,其中首批216人将接送到麻城务工人员相对集中的昆山市。"
        ),
        published="2020-03-22",
        city="苏州市",
        expect=[
            ("workers_returned", "昆山市", "2020-03-22", 216, "", ""),
        ],
        note="通城县's cjyun site (a 湖北 county 融媒体 page) reposting the 苏州 story in short lines; the page shows no date: the "
        "arrival the text calls 今天 was 3月22日 (the 新华社 report of the same bus convoy), which stands in for published and dates "
        "the figure (the officials' paragraph and the 3月18日 / 3月21日 paragraphs dropped; the last one is cut mid-sentence on the "
        "page). 216名…务工人员…抵达苏州昆山市 → workers_returned 216 for 昆山市, the county-level city they reached (brought IN, "
        "reading choice). 第一批近千人 is the planned first batch, not arrivals → nothing; 20万湖北人 is a population; 700公里, 13个小时 "
        "are distance and time. 麻城 is the place they come from (another province's city) → nothing.",
        source="http://tongcheng.cjyun.org/p/31781.html",
    ),
    dict(
        id="b6n19",
        text=(
            "合肥循环园42家规上企业全部复工复工率达\n"
            "2022/9/29 来源:不详新安晚报安徽网大皖客户端讯记者今天从肥东县获悉,截至2月28日,该县合肥循环经济示范园园区属地42家规模以上企业实现全部复工,规上企业复工率达到%。\n"
            "据了解,疫情发生后,园区持续帮助企业解决日常防控所需的口罩、消毒液等物资难题,指导企业严格落实疫情防控措施,促进企业持续生产。此外,对企业开展“一对一”精准服务,进一步帮助企业解决存在的用工、资金等难题,积极帮助企业申报省市县对企业的扶持优惠政策,鼓励企业扩大销售市场、提高生产能力,尽可能减少疫情对园区企业造成的影响。\n"
            "张威许亚玲新安晚报安徽网大皖客户端记者刘旸"
        ),
        published="2020-02-29",
        city="合肥市",
        expect=[
            ("sector_total", "循环经济示范园", "2020-02-28", 42, "规模以上企业", ""),
            ("resumed", "循环经济示范园", "2020-02-28", 42, "规模以上企业", ""),
        ],
        note="A 新安晚报 (大皖客户端) item on a mirror whose own date line reads 2022/9/29 and whose numbers after 达/达到 are lost "
        "('复工率达', '复工率达到%'); the story is the 2020 one (截至2月28日, 疫情发生后 with masks and disinfectant as the firms' need) "
        "and published stands at the day after its 截至2月28日 (reading choice for a page with a false date). The zone 合肥循环经济示范园 "
        "drops its city's name → 循环经济示范园 (该县 = 肥东县 has no figure of its own). 42家规模以上企业实现全部复工 → sector_total 42 "
        "and resumed 42; the rate's number is lost and, a count being given, no resumption_rate is added (reading choice). The "
        "by-line is as found.",
        source="http://www1.yingchengzx.com/gjyzz/1905.html",
    ),
    dict(
        id="b6n20",
        text=(
            "井冈山经开区企业全面复工复产\n"
            "2020-04-03 09:43 来源: 吉安新闻网—井冈山报\n\n"
            "吉安新闻网讯(记者彭健明)为最大限度降低新冠肺炎疫情对经济社会造成的影响,奋力夺取疫情防控和经济社会发展“双胜利”,连日来,井冈山经开区精准施策、分类指导,在落实市政府“六个必须”“五个到位”“四个坚持”要求的基础上,结合经开区实际情况制定了“十查”标准,出台了支持企业复工复产“八条”硬核措施,全力支持企业复工复产并取得积极成效。截至目前,经开区企业已经全面复工复产。\n\n"
            "同时,实施保用工稳就业专项行动,推进经开区大招工活动,坚持“线上线下、移动固定”双向发力,现已帮助企业招工上万人,基本满足了企业用工需求;大力解决企业用工保障相关问题,建立企业用工服务联络员制度,鼓励开展“点对点”包车服务。该区还采取政府购买服务方式为企业接回本地员工近2000人,确保务工人员安全有序返岗复工。"
        ),
        published="2020-04-03 09:43",
        city="吉安市",
        expect=[
            ("resumption_rate", "井冈山经开区", "2020-04-03", 100, "企业", ""),
            ("workers_returned", "井冈山经开区", "2020-04-03", 2000, "", "about"),
        ],
        note="吉安新闻网 (井冈山报) on the city's 井冈山经开区; the page shows 2020-04-03 09:43 (title and date line kept; the second "
        "paragraph on 应开尽开 and the 产业链 paragraph dropped). The zone is named after a county-level city, not the home city, so "
        "it keeps its full name (reading choice); 经开区 / 该区 after it are the same zone. 截至目前,经开区企业已经全面复工复产 with no "
        "count → resumption_rate 100, sector 企业 (as in blind5). 为企业接回本地员工近2000人 → workers_returned 2000 about. "
        "帮助企业招工上万人 counts new hires, not returning staff → nothing. 六个必须 / 五个到位 / 四个坚持 / 十查 / 八条 are slogans.",
        source="http://www.jgsdaily.com/2020/0403/129499.shtml",
    ),
    dict(
        id="b6n21",
        text=(
            "(抗击新冠肺炎)广西连续7日确诊病例“零新增” 疫情防控救治显成效中新网南宁3月3日电(采访人员 黄艳梅)广西壮族自治区卫生健康委员会3日通报 , 3月2日0-24时 , 广西无新增新型冠状病毒肺炎确诊病例 , 无新增疑似病例 , 新增治愈出院病例14例 , 无新增死亡病例 。 目前 , 广西已连续7天无新增确诊病例 , 连续6天无新增疑似病例 。\n"
            "3月2日广西新增治愈出院病例中 , 南宁市2例 , 柳州市1例 , 桂林市1例 , 北海市2例 , 钦州市1例 , 玉林市4例 , 河池市3例 。 至此 , 玉林、钦州两市的确诊病例全部治愈出院 , 广西已有6个城市实现确诊病例全部治愈出院 。\n"
            "南宁市是广西累计报告新冠肺炎确诊病例最多的城市 。 3月2日 , 在南宁市第四人民医院隔离救治的最后2例确诊病例治愈出院 。 南宁市累计确诊的55例病例中 , 除1例危重病例在广西壮族自治区人民医院邕武医院进行隔离治疗外 , 其余54例全部治愈出院 , 治愈率累计达98.18% 。\n"
            "根据广西壮族自治区卫生健康委员会通报 , 目前广西累计报告确诊病例252例 , 累计出院病例202例 , 累计死亡病例2例(河池市1例、北海市1例) , 现有确诊病例48例 , 均在院治疗 , 其中危重病例5例(南宁市1例、北海市1例、防城港市2例、河池市1例);现有疑似病例0例 。"
        ),
        published="2020-03-04 10:28",
        city="南宁市",
        expect=[
            ("recovered_new", "南宁市", "2020-03-02", 2, "", ""),
            ("confirmed_total", "南宁市", "2020-03-02", 55, "", ""),
            ("recovered_total", "南宁市", "2020-03-02", 54, "", ""),
            ("hospitalized", "南宁市", "2020-03-02", 1, "", ""),
            ("critical", "南宁市", "2020-03-02", 1, "", ""),
            ("recovery_rate", "南宁市", "2020-03-02", 98.18, "", ""),
        ],
        note="A 中新网 item on the jiangsulong mirror (spaces before , and 。 kept); published = the mirror's URL timestamp "
        "2020-03-04 10:28 +08 (the page's title line dropped; the excerpt starts at the 中新网 dateline, which the mirror runs on "
        "from the title). Home city 南宁市 with the 广西 bulletin around it. The list 新增治愈出院病例中,南宁市2例 gives 南宁 "
        "recovered_new 2 on 3月2日 — the same two as the 最后2例 of 南宁市第四人民医院 (one tuple; the hospital's count itself is an "
        "institution's). 南宁市累计确诊的55例病例中 → confirmed_total 55; 其余54例全部治愈出院 → recovered_total 54; 除1例危重病例…进行"
        "隔离治疗 → hospitalized 1 and critical 1 (the province's 危重病例…南宁市1例 is the same); 治愈率累计达98.18% → "
        "recovery_rate 98.18. The province's 14, 252, 202, 2, 48, 5, 0, its 连续7天/6天, and the other cities' items (柳州, 桂林, 北海, "
        "钦州, 玉林, 河池, 防城港; 玉林、钦州 清零) give nothing for 南宁; 广西无新增 names no city.",
        source="http://tech.jiangsulong.com/a/2020/0304/1583288897.html",
    ),
    dict(
        id="b6n22",
        text=(
            "顺畅交通 返岗复工到位快\n\n"
            "广西日报 2020-02-28 07:18 大字\n\n"
            "“复工专车让我们在家门口坐车,一下车就进厂,解决了返岗困难,也降低了自行返岗与外界人员接触增加感染病毒的风险。”2月25日,坐上复工专车的桂林市临桂区四塘镇贫困户王开卿告诉记者。\n\n"
            "为解决贫困户外出返工困难,该镇主动提前掌握广东用人单位、企业复工时间和地点等防控要求,由15个行政村上报返岗人员信息,并对务工明确且相对集中的人员进行梳理统计,采取统一由政府出资租专车点对点输送方式助务工人员返岗。据统计,该镇租用了3辆专车分别前往广东广州、深圳、佛山等地,帮助70名外出务工人员、其中包含23名贫困户安全返岗。(记者/巫美桥红通讯员/徐紫娟)"
        ),
        published="2020-02-28 07:18",
        city="桂林市",
        expect=[],
        note="广西日报 on 临桂区's 四塘镇, on the yybnet page of 临桂; the page shows 2020-02-28 07:18 (the '新闻推荐' footer dropped). "
        "The 70 workers (23 of them from poor households) are taken to jobs in 广东 — workers LEAVING the town, not returning to it → "
        "nothing for 四塘镇, 临桂区 or 桂林市 (binding rule). 15个行政村 and 3辆专车 are not figures; 2月25日 dates the scene.",
        source="https://m.yybnet.net/guilin/lingui/202002/10234174.html",
    ),
    dict(
        id="b6n23",
        text=(
            "2月16日,河南省鄢陵县产业集聚区,河南凯豫纺织服装有限公司的员工正在工作。\n"
            "为确保企业安全平稳有序开工,尽快恢复正常生产,近期,河南省鄢陵县在做好新冠肺炎疫情防控的同时,积极推动企业复工复产,当地电力、人社、财税等多部门出台相关政策,帮助企业解决缺员工、缺设备、缺原材料和资金紧张等问题,把疫情影响降到最低,全力支持企业有序复工复产。新华网发(牛书培 摄)"
        ),
        published="2020-02-18",
        city="许昌市",
        expect=[],
        note="A 新华网 photo caption on 鄢陵县 (许昌) reposted by a news site; the URL dates it 2020-02-18, no time. The county, its "
        "产业集聚区 and one firm are named with no figure: a firm whose staff 正在工作 and a county that 积极推动企业复工复产 give no "
        "count and no word like 全部 → nothing. 2月16日 dates the photo.",
        source="http://m.xcctv.cn/news/guonei/2020/0218/227008.html",
    ),
    dict(
        id="b6n24",
        text=(
            "首趟異地務(wù)工人員返崗專列18日晚抵達(dá)廣州南站\n\n"
            "時(shí)間 : 2020-02-19 10:32:37 來源 : 南方日?qǐng)?bào)網(wǎng)絡(luò)版\n\n"
            "18日,從昆明開出的D4856次列車停靠在廣州南站,這是抵達(dá)廣東的首趟異地務(wù)工人員返崗專列。圖片來源:南方+客戶端\n\n"
            "  “等不是辦法,干才有希望!”經(jīng)過近8個(gè)小時(shí)行駛,18日22時(shí)26分,從云南昆明南站開出的D4856次列車停靠在廣州南站。來自云南省文山壯族苗族自治州西疇縣的唐恰友,再一次踏上這片他工作了11年的土地,他用這句在老家經(jīng)常講的口號(hào)自勉。唐恰友感嘆,今年假期“有點(diǎn)長(zhǎng)”,盡管疫情依然嚴(yán)峻,但腳踏實(shí)地干下去,就會(huì)有希望。\n\n"
            "  這是今年抵達(dá)廣東的首趟異地務(wù)工人員返崗專列,也拉開了人社部門省際協(xié)作組織異地務(wù)工人員節(jié)后有序返粵返崗的序幕。和唐恰友一樣,車上的496名乘客都來自云南,抵達(dá)廣州后,他們將搭上工作所在地派出的大巴,分別前往廣州、深圳、珠海、佛山、東莞、惠州等多座城市。\n\n"
            "  省人社廳副廳長(zhǎng)葛國(guó)興介紹,接下來還會(huì)有不少于10趟返崗專列從云南、四川、廣西等勞務(wù)輸出大省開往廣東,推動(dòng)廣東有序復(fù)工復(fù)產(chǎn)。"
        ),
        published="2020-02-19 10:32",
        city="广州市",
        expect=[],
        note="南方日报's item on the 广东 government portal's traditional mirror (pinyin residue kept; breadcrumb, print links and "
        "'返工.jpg' dropped); the page shows 2020-02-19 10:32:37. The 496 returning workers arrive at 广州南站 but go on to six "
        "cities (广州 among them) with no split → no workers_returned for 广州市 (reading choice: arrival at a station is not the "
        "city's count); the province-wide first train and the forecast 不少于10趟 give nothing. 8個小時, 18日22時26分, 11年 are "
        "durations and times; 云南/西疇縣 is where the workers come from.",
        source="http://m.145252e.com/gdywdt/zwzt/yqfk/gdzxd/content/post_2901031.html",
    ),
]
