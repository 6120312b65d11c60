"""Golden extraction cases for FEED texts, tenth BLIND set, Jan–Apr 2020.

What is here: 20 feed texts, i.e. bulletins, round-ups and wire items that summarise several places: provincial bulletins with
per-city lists read for one city (new, discharged, deaths, cumulative, current in hospital, county-level cities nested in a city's
bracket, a table of cities, an imported-only subtotal in a city's bracket, a list under 在院 and one under 危重型), a city's own bulletin
with its counties and a half-day window, a city bulletin with its counties and an aggregate 中心城区, a city site's headline on its
province's bulletin, a national NHC report read without a home city (全国, 湖北, 武汉 and three one-death places), and world items
(新加坡 in two languages, 西班牙 with four autonomous communities, 德国 with three states and 柏林, 美国 with three states, 钻石公主号 beside
日本, 台湾 with a returnee flight, 香港 with ship passengers, an ordinal and a cluster, 日本 with four prefectures, the ship and a sum of
the two, 法国 with three regions). Every case is a short verbatim excerpt of a public page found with the search tool (`pages`
corpus); its `source` is that page's URL. Traditional characters and pinyin residue ("國(guó)", "時(shí)", "?。ㄗ灾螀^(qū)"), doubled commas
(",,"), a page's own summary cut off mid-list and then repeated in full, a missing year ("年3月28日"), blank counts ("密切接触者人"),
a table printed as "|" lines, an English paragraph after each Chinese one, a related-article headline between a dateline and the
body, a list printed twice, indentation and page chrome (timestamps, 来源, 原标题, 更新日期) are kept as found. Paragraphs a case does
not need were left out, and a paragraph is cut only after a full sentence; each note says what was left out.

How it was annotated: BLIND, i.e. as a careful reader of the texts alone. Nothing of the extractor was opened or run (no code
under extract/, store/, briefing/, app/ or evaluation/, no `python -m extract`, no test). The binding conventions are
tests/cases/ANNOTATION.md, shared/gold/FORMAT.md and the conventions in dev_cases.py's docstring; for layout and precedent only the
docstring and the first two CASES entries of blind9_feeds.py were read (its reading choices are followed where the binding
conventions are silent). Nothing else in tests/cases or tests/data was read; they were only grepped (see the checks below).

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Sources:
* Bulletins read for one city: 浙江 3月18日 (a portal quoting 浙江新闻) for 湖州, 陕西 to 2月9日10时 (华商报 on a local portal, 00:57) for 宝鸡,
  威海's own bulletin of 3月28日 0-12时 with 山东's half-day lines (a portal) for 威海, 吉林 2月23日 (新京报 on a portal, 08:11) for 辽源, 江苏
  3月6日 (中新网 on a mirror) for 宿迁, 河南 2月13日 with the NHC's lead (a portal) for 新乡, 四川 2月11日 with its table (a forum) for 内江,
  荆州's own bulletin of 3月4日 (云上荆州) for 荆州, 广东 2月6日 under a 河源 site's headline for 河源, 湖北 3月19日 (云上荆州, 08:43) for 随州.
* city=None: the NHC report of 2月21日 (新华社, traditional mirror), 新加坡 3月4日 (a bilingual school blog), 西班牙 3月25日 (新华社 on a
  mirror), 德国 4月6日 (卫星通讯社, traditional), 美国 3月21日 (新华网, traditional), 钻石公主号 2月12日 (中新社, traditional mirror), 台湾
  4月14日 (中评社), 香港 2月24日 (东网 on a camp site's news page, traditional), 日本 3月11日 (新华社 on a news mirror), 法国 3月6日 (a
  French Chinese-language site).

City split: ten cases have city=None and ten have a home city.
* city=None: every place with a figure is expected: 全国, provinces in full (湖北省, 河北省, 上海市), 武汉市, 新疆生产建设兵团, foreign
  countries by their usual short name (新加坡, 西班牙, 德国, 美国, 日本, 法国), foreign states, regions and cities as written (in simplified
  script: 马德里自治区, 加泰罗尼亚自治区, 巴斯克, 安达卢西亚, 巴伐利亚州, 北莱茵-威斯特法伦州, 巴登-符腾堡州, 柏林, 纽约州, 华盛顿州,
  加利福尼亚州, 北海道, 爱知县, 大阪府, 东京都, 大东部大区, 上法兰西大区, 法兰西岛大区), 香港, 台湾 and the ship as 钻石公主号. No case has
  more than six places.
* Home city: a prefecture-level city in full; only that city and its districts, counties and county-level cities are expected
  (威海's 环翠区/文登区/荣成市/乳山市, 新乡's 长垣市, 荆州's six counties and county-level cities).

Ways of writing covered (counts of cases; a case can count under several):
  (1) foreign places, 港澳台 and ships: 9 (新加坡, 西班牙, 德国, 美国, 钻石公主号 with 日本, 台湾, 香港, 日本 with 钻石公主号, 法国);
  (2) speakers and other places' items: 5 (威海's own bulletin above 山东's lines, 荆州's 全市, 四川's 我省 read for 内江, 河源's site headline
      on 广东's bulletin, 香港's 本港);
  (3) origin, residence, returnees and evacuees: 3 (台湾's 214名湖北返台民眾, 香港's ship passengers flown in by 包机, 日本's 含包机归国14例);
  (4) one institution, group, sum or aggregate: 5 (荆州's 中心城区, 香港's 佛堂 and travel companions, the quarantine officer beside 钻石公主号,
      威海's 高区/经区/临港区 counted in 环翠区, 日本国内和钻石公主号合计);
  (5) a province's totals beside a city's figures: 10 (every home-city case);
  (6) current versus cumulative, severity and subtotals: 11 (辽源's 在院 list, 宿迁's 全部出院, 威海/荆州/随州/内江 totals, 荆州's 在院/重症/
      危重症/疑似, the NHC's 现有确诊/重症/疑似 for 全国/湖北/武汉, 西班牙's and 法国's intensive-care counts, 钻石公主号's 重症; imported-only
      subtotals in 湖州's bracket and 山东's 境外输入 line; 台湾's 境外移入/本土 split);
  (7) deaths in lists and lines: 6 (威海's 乳山市, 荆州's county list, 随州's 其他16个市州均为0例, the NHC's one-death places, 西班牙's regions,
      美国's states);
  (8) ordinals and totals that look like them: 2 (香港's 第80宗, 台湾's 睽違36天 and 393);
  (9) none-statements and zeros: 7 (威海 无新增, 荆州 无新增/无新增病亡, 随州's 均为0例, 宿迁's implied 在院 0, 台湾 無新增, the province's
      无新增 not read for 宿迁/随州, 日本's ship 仍为696例 with no new figure);
  (10) dates: morning pages (00:57, 08:11, 08:43) whose figures carry their own dates, half-day windows (0-12时, 截至2月9日10时), 截至2月11日
      24时 in a table heading, 昨日 in 香港's item, local-time datelines (美国 21日 = 北京 22日), 目前/至此/截至目前 taking the item's date,
      and pages without a date (the figures' or the lead's date taken as published, as in blind7/blind8/blind9).

Reading choices made where the binding conventions are silent (each note says which it uses):
* Imported-only subtotals (湖州市12例(其中境外输入病例2例), 累计报告境外输入确诊病例13例) get no tuple (blind4/5/7/8/9); 台湾's 境外移入/本土
  split likewise.
* A sum of places (日本国内和钻石公主号合计…20人死亡) and an aggregate of districts (荆州's 中心城区) get no tuple, as blind9 read a sum of two
  places.
* A province's 无新增 is not read for a city (blind9's reading for 包头); a list's explicit 其他16个市州均为0例 is read for each of them.
* A county-level city nested in its city's bracket (新乡市55例(含长垣市12例)) is that city's county (its tuple is given); 梅河口市 and
  公主岭市, listed beside the cities in 吉林's bulletin, are the reason that case is read for 辽源 (whose counties are not in doubt).
* 重症监护室 / 情况严重 counts abroad (西班牙 3166, 法国 39) → severe, current: the word 重症/严重 maps to severe as in blind9; unsure (an
  ICU count could also be read as critical).
* 台湾's 解除隔离 after patients → recovered_total (those released are recovered patients).
* Foreign state and region names are given in simplified script as written (巴伐利亞州 → 巴伐利亚州).
* A headline threshold (突破9萬例, 超過兩萬例) restating the body's total is the same figure, one tuple; a related-article headline printed
  between the dateline and the body (德國累計確診新冠肺炎病例已達6.7萬例) is another page's, no tuple.

Exclusion and overlap checks:
* No page comes from Hunan or mentions 株洲 or a Hunan place, and none comes from the DXY feed or a mirror of it; this was checked on
  every excerpt and on all the page text the search tool returned. National and provincial items were cut before any list that
  could hold a Hunan place (the NHC report before its 港澳台 line, 河源's page before its national section), and a scan of this file
  for the fourteen Hunan names (simplified and traditional), 湘 and 株洲 finds them only in this paragraph.
* Before annotating, each candidate's URL and two or more distinctive snippets (10+ characters; simplified and traditional forms)
  were grepped with `grep -rlF` across tests/cases and tests/data (file names only). Every page that hit was dropped: over 50
  candidates, e.g. 河北 2月8日/2月10日/2月26日, 浙江 2月21日, 陕西 2月4日, 黑龙江 2月9日/2月23日/3月14日, 云南 2月3日/2月7日/2月11日, 广西 2月15日,
  贵州 2月14日, 吉林 2月4日/2月20日, 辽宁 2月20日/2月29日, 江苏 3月4日, 河南 2月2日/2月15日, 安徽 2月13日/3月3日, 山西 2月1日/2月10日/2月29日,
  江西 3月2日/3月4日, 甘肃 2月14日/2月20日, 新疆 2月24日/2月28日, 海南 2月29日, 淮南, 钟祥, 运城, 钦州, 滁州, 巴中, 宣城, the NHC reports of
  2月14日/2月23日, 韩国 3月1日, 伊朗 3月7日, 新加坡 2月7日/2月22日, 德国 3月7日, 美国 4月14日, 澳门 2月16日/3月30日, 香港 2月6日.
* Home cities avoid every `city=` of blind7_feeds.py, blind8_feeds.py and blind9_feeds.py (grepped).
"""

CASES = [
    dict(
        id="b10f01",
        text=(
            "来源:浙江新闻\n"
            "2020年3月18日0-24时,浙江省新增新型冠状病毒肺炎确诊病例1例(境外输入病例),新增出院病例1例。其中:\n"
            "新增确诊病例中,丽水市1例;新增出院病例中,湖州市1例。\n"
            "截至3月18日24时,浙江省累计报告新型冠状病毒肺炎确诊病例1233例(其中境外输入病例16例),现有重症病例2例(其中危重1例),累计死亡1例,累计出院1217例。其中:\n"
            "确诊病例中,杭州市183例(其中境外输入病例2例)、宁波市157例、温州市504例、湖州市12例(其中境外输入病例2例)、嘉兴市45例、绍兴市42例、金华市55例、衢州市14例、舟山市10例、台州市146例、丽水市29例(其中境外输入病例12例)、省十里丰监狱36例;重症病例中,嘉兴市1例、丽水市1例;死亡病例中,温州市1例;出院病例中,杭州市181例、宁波市157例、温州市503例、湖州市11例、嘉兴市44例、绍兴市42例、金华市55例、衢州市14例、舟山市10例、台州市146例、丽水市18例、省十里丰监狱36例。\n"
            "全省共追踪到密切接触者43400人,当日解除医学观察152人,尚有1041人正在接受医学观察。\n"
            "()"
        ),
        published="2020-03-18",
        city="湖州市",
        expect=[
            ("recovered_new", "湖州市", "2020-03-18", 1, "", ""),
            ("confirmed_total", "湖州市", "2020-03-18", 12, "", ""),
            ("recovered_total", "湖州市", "2020-03-18", 11, "", ""),
        ],
        note="浙江's bulletin of 3月18日 on a portal quoting 浙江新闻 (the page gives no date: the figures' date is taken as published, as in blind7/8/9). Read for 湖州: 新增出院病例中…湖州市1例 → recovered_new 1 (3月18日, 0-24时); 确诊病例中…湖州市12例 → confirmed_total 12; 出院病例中…湖州市11例 → recovered_total 11 (截至3月18日24时). The bracket (其中境外输入病例2例) is an imported-only subtotal: no tuple (blind4/5/7/8/9). 湖州 is in neither the 重症 nor the 死亡 list, so no severe or death figure is stated for it (none is expected, no 0). The province's 1/1/1233/16/2/1/1/1217, the contacts and the other cities' and the prison's figures are not 湖州's. The trailing '()' is page chrome, kept. Nothing was left out",
        source="http://gswwjm.com/guonazixun/93082.html",
    ),
    dict(
        id="b10f02",
        text=(
            "陕西省输入性病例逐渐减少 发生多起聚集性疫情\n\n"
            "来源:华商报 2020-02-10 00:57   https://www.yybnet.net/\n\n"
            "据省卫健委发布,截至2月9日10时,陕西新增13例新冠肺炎确诊病例,新增疑似病例73例。新增确诊病例中,西安市8例、宝鸡市1例、渭南市4例。\n\n"
            "陕西累计报告新冠肺炎确诊病例208例(20例治愈出院),其中输入性病例112例,密切接触者84例,无明确接触史病例12例。累计确诊病例中,西安市96例、宝鸡市13例、咸阳市16例、铜川市8例、渭南市13例、延安市8例、榆林市3例、汉中市21例、安康市21例、商洛市7例、杨凌示范区1例,韩城市1例。\n\n"
            "全省现有疑似病例343例。全省新增密切接触者945人,累计10022人,均集中医学观察。新增解除密切接触者822人,累计解除密切接触者4626人。\n\n"
            "在2月9日下午举行的陕西省新型冠状病毒感染的肺炎疫情防控工作情况第九场新闻发布会上,省卫生健康委员会二级巡视员杨保利介绍,当前,陕西省疫情呈现以下四个特点:一是输入性病例逐渐减少,本地病例越来越多。二是轻症患者和隐性感染者逐渐增多,发现感染者难度加大。三是已发生多起聚集性疫情,其中一起13人发病,聚集性疫情以家庭聚集为主,还有朋友亲戚聚集。四是个别病例无明确暴露史。"
        ),
        published="2020-02-10 00:57",
        city="宝鸡市",
        expect=[
            ("confirmed_new", "宝鸡市", "2020-02-09", 1, "", ""),
            ("confirmed_total", "宝鸡市", "2020-02-09", 13, "", ""),
        ],
        note="陕西's bulletin to 2月9日10时 as printed by 华商报 on a 渭南 portal (page time 2月10日 00:57; the figures carry their own date, so the morning rule does not apply). Read for 宝鸡: 截至2月9日10时…新增确诊病例中…宝鸡市1例 → confirmed_new 1 dated 2月9日 (the window ends at 2月9日10时); 累计确诊病例中…宝鸡市13例 → confirmed_total 13, dated 2月9日 (the next paragraph of the same bulletin states no date of its own, so it takes 截至2月9日10时). Not 宝鸡's: the province's 13 new, 208 (20 discharged), 112/84/12 sub-groups, the 343 suspected and the contacts; 渭南市13例 and the cluster's 13人发病 (same number, other things); the other cities' figures. New suspected cases have no metric. Left out: the portal's navigation line before the headline, and the 13 patients' details after the press-conference paragraph",
        source="http://www.yybnet.net/weinan/chengcheng/202002/10176255.html",
    ),
    dict(
        id="b10f03",
        text=(
            "年3月28日0-12时,威海市无新增新型冠状病毒肺炎确诊病例。\n"
            "截至3月28日12时,威海市累计报告新型冠状病毒肺炎确诊病例38例,其中:环翠区(含高区、经区、临港区)22例,文登区7例,荣成市1例,乳山市8例。治愈出院病例37例(环翠区22例、文登区7例、荣成市1例、乳山市7例)。死亡病例1例(乳山市1例)。累计追踪到密切接触者人,已解除医学观察人,尚有人正在接受医学观察。\n"
            "备注:根据国家卫健委关于疫情信息报告新要求,医院所在区市统计;按省疫情信息统计要求,高区、经区、临港区医疗机构报告病例计入环翠区发布。\n"
            "年3月28日0-12时,山东省无本地住院疑似病例、确诊病例。累计报告确诊病例例,死亡病例7例,治愈出院例。\n"
            "年3月28日0-12时,山东省无新增境外输入疑似病例、确诊病例。累计报告境外输入确诊病例13例,医院隔离治疗。"
        ),
        published="2020-03-28",
        city="威海市",
        expect=[
            ("confirmed_new", "威海市", "2020-03-28", 0, "", ""),
            ("confirmed_total", "威海市", "2020-03-28", 38, "", ""),
            ("confirmed_total", "环翠区", "2020-03-28", 22, "", ""),
            ("confirmed_total", "文登区", "2020-03-28", 7, "", ""),
            ("confirmed_total", "荣成市", "2020-03-28", 1, "", ""),
            ("confirmed_total", "乳山市", "2020-03-28", 8, "", ""),
            ("recovered_total", "威海市", "2020-03-28", 37, "", ""),
            ("recovered_total", "环翠区", "2020-03-28", 22, "", ""),
            ("recovered_total", "文登区", "2020-03-28", 7, "", ""),
            ("recovered_total", "荣成市", "2020-03-28", 1, "", ""),
            ("recovered_total", "乳山市", "2020-03-28", 7, "", ""),
            ("deaths_total", "威海市", "2020-03-28", 1, "", ""),
            ("deaths_total", "乳山市", "2020-03-28", 1, "", ""),
        ],
        note="威海's own half-day bulletin of 3月28日 with 山东's lines after it (a portal; the year is missing in print, '年3月28日', kept as found; the page gives no date, the figures' date is taken as published). Read for 威海 (it names itself): 0-12时 无新增 → confirmed_new 0 dated 3月28日; 截至3月28日12时 累计38例 → confirmed_total 38 and one tuple per district and county-level city (环翠区 22, 文登区 7, 荣成市 1, 乳山市 8); 治愈出院病例37例 with its bracket → recovered_total 37 and per place; 死亡病例1例(乳山市1例) → deaths_total 1 for 威海 and for 乳山市. 高区/经区/临港区 are counted inside 环翠区's 22 (含…, and the 备注 says so): no figure of their own, no tuple. The blank counts (密切接触者人, 已解除医学观察人, 尚有人) state no figure. 山东's lines are the province's: 无本地住院… (a province's none-statement about current cases), 死亡病例7例, and 累计报告境外输入确诊病例13例 (imported-only, no tuple in any case). Left out: 山东's contact line and the table note after the last sentence",
        source="http://www1.shuichengzx.com/jwbrc/4407.html",
    ),
    dict(
        id="b10f04",
        text=(
            "吉林新增新冠肺炎2例 累计确诊93例死亡1例\n\n"
            "发布时间:2020-02-24 08:11:01 | 来源:未知\n"
            "新京报快讯 据吉林省卫健委官方微信消息,2月23日0-24时,全省新增确诊病例2例(通化市2例),系在密切接触者中主动开展核酸检测筛查发现。新增治愈出院2例(长春市1例,通化市1例)。 截至2月23日24时,全省累计报告确诊病例93例,累计治愈出院54例(长春市27例\n\n"
            "  新京报快讯 据吉林省卫健委官方微信消息,2月23日0-24时,全省新增确诊病例2例(通化市2例),系在密切接触者中主动开展核酸检测筛查发现。新增治愈出院2例(长春市1例,通化市1例)。\n\n"
            "  截至2月23日24时,全省累计报告确诊病例93例,累计治愈出院54例(长春市27例,四平市9例,吉林市5例,延边州4例,公主岭市3例,松原市2例,通化市2例,辽源市1例,梅河口市1例),死亡1例(四平市),现在院隔离治疗确诊病例38例。其中长春市18例,辽源市6例,四平市5例,通化市4例,公主岭市3例,延边州1例,白城市1例。\n\n"
            "  在院治疗确诊病例中,33例为普通型病例,1例为重型病例(长春市),4例为危重型病例(长春市1例,白城市1例,公主岭市1例,通化市1例)。上述确诊病例的密切接触者3943人,已解除医学观察3709人,正在指定地点隔离或居家隔离医学观察234人。累计在密切接触者中主动开展核酸检测筛查出确诊患者15例。\n\n"
            "  2月23日0-24时,全省原有19例疑似病例中,排除6例;新增疑似病例7例;现有疑似病例20例,已全部隔离治疗,目前正在进一步明确诊断。"
        ),
        published="2020-02-24 08:11",
        city="辽源市",
        expect=[
            ("recovered_total", "辽源市", "2020-02-23", 1, "", ""),
            ("hospitalized", "辽源市", "2020-02-23", 6, "", ""),
        ],
        note="吉林's bulletin of 2月23日 as printed by 新京报 on a portal (08:11; the page's own summary breaks off at '(长春市27例' and the text then repeats in full: kept as found). Read for 辽源: 累计治愈出院54例(…辽源市1例…) → recovered_total 1; 现在院隔离治疗确诊病例38例。其中…辽源市6例 → a list under a current header, so hospitalized 6 (not a cumulative count), both dated 2月23日 (截至2月23日24时). 辽源 has no new case, no death and no severe or critical case in the lists, so none of those is stated (nothing expected, no 0). Everything else is another place's or the province's: 通化's new 2, discharged 1 and 2, in hospital 4 and critical 1, 四平's death, the 93/54/1/38, 33/1/4, the contacts, the 15 found by screening, the suspected counts. The case is read for 辽源 rather than 通化 because 梅河口市 and 公主岭市 stand beside the cities in this list and whether they count as 通化's and 四平's county-level cities is a doubt this case should not carry. Left out: the first patient's details after the suspected paragraph",
        source="http://gdongw.com/society/108631.html",
    ),
    dict(
        id="b10f05",
        text=(
            "中新网3月7日电 据江苏卫健委网站消息,3月6日0-24时,江苏省无新增新型冠状病毒肺炎确诊病例。新增出院病例13例。1例危重型病例转为重型病例,1例重型病例转为普通型病例。\n"
            "截至3月6日24时,江苏省累计报告新型冠状病毒肺炎确诊病例631例。其中,南京市93例、无锡市55例、徐州市79例、常州市51例、苏州市87例、南通市40例、连云港市48例、淮安市66例、盐城市27例、扬州市23例、镇江市12例、泰州市37例、宿迁市13例。\n"
            "累计确诊病例中,在院病例30例。其中,轻型病例3例;普通型病例25例;重型病例1例(连云港市1例);危重型病例1例(无锡市1例)。\n"
            "累计出院病例601例。其中,南京市89例、无锡市52例、徐州市75例、常州市50例、苏州市78例、南通市40例、连云港市43例、淮安市63例、盐城市27例、扬州市23例、镇江市11例、泰州市37例、宿迁市13例。其中,南通市、盐城市、扬州市、泰州市、宿迁市5市的确诊病例全部出院。\n"
            "目前,江苏省追踪到密切接触者12639人,已解除医学观察12596人,尚有43人正在接受医学观察。"
        ),
        published="2020-03-07",
        city="宿迁市",
        expect=[
            ("confirmed_total", "宿迁市", "2020-03-06", 13, "", ""),
            ("recovered_total", "宿迁市", "2020-03-06", 13, "", ""),
            ("hospitalized", "宿迁市", "2020-03-06", 0, "", ""),
        ],
        note="江苏's bulletin of 3月6日 (中新网 3月7日电 on a mirror). Read for 宿迁: 宿迁市13例 in the cumulative list → confirmed_total 13; 宿迁市13例 in the discharged list → recovered_total 13; 南通市、盐城市、扬州市、泰州市、宿迁市5市的确诊病例全部出院 → no confirmed case of 宿迁 is left in hospital: hospitalized 0 (the implied figure, as 在院确诊病例清零 → hospitalized 0; the 13 discharged is already stated, so 全部出院 adds no second recovered tuple). All dated 3月6日 (截至3月6日24时). The province's 无新增 is not read as 宿迁's confirmed_new (blind9's reading for 包头). Not 宿迁's: the province's 13 discharged, the two class changes (transitions, no metric), 631/30/3/25/1/1/601, 连云港's severe and 无锡's critical case, the other cities' figures, the contacts. Nothing was left out",
        source="http://m.qzcns.com/qznews/2020/0307/597982.html",
    ),
    dict(
        id="b10f06",
        text=(
            "河南新增15例,治愈55例;湖北以外新增病例10连降\n"
            "2020年2月13日0-24时,河南省新增新型冠状病毒肺炎确诊病例15例,新增治愈病例55例,新增死亡病例1例。新增确诊病例中,信阳市3例、驻马店市3例、许昌市3例、南阳市1例、郑州市1例、周口市1例、平顶山市1例、新乡市1例、商丘市1例。\n"
            "截至2月13日24时,全省累计报告新型冠状病毒肺炎确诊病例1184例,现有重症病例49例,现有危重病例34例,累计死亡病例11例,累计治愈病例313例。其中:确诊病例中,信阳市243例(含固始县30例)、南阳市146例(含邓州市17例)、郑州市142例(含巩义市9例)、驻马店市137例(含新蔡县10例)、商丘市88例(含永城市14例)、周口市69例(含鹿邑县7例)、平顶山市57例(含汝州市1例)、新乡市55例(含长垣市12例)、安阳市50例(含滑县2例)、许昌市37例、漯河市33例、洛阳市30例、焦作市29例、开封市25例(含兰考县5例)、鹤壁市19例、濮阳市13例、三门峡市7例、济源示范区4例。\n"
            "目前累计追踪到密切接触者31587人,2月13日已解除观察5112人,诊断为疑似207人,共有9376人正在接受医学观察。\n"
            "湖北以外地区新增确诊病例10连降!\n"
            "2月13日0—24时,31个省(自治区、直辖市)和新疆生产建设兵团报告新增确诊病例5090例,新增重症病例2174例,新增死亡病例121例(湖北116例,黑龙江2例,安徽、河南、重庆各1例),新增疑似病例2450例。\n"
            "当日新增治愈出院病例1081例,解除医学观察的密切接触者26905人。"
        ),
        published="2020-02-13",
        city="新乡市",
        expect=[
            ("confirmed_new", "新乡市", "2020-02-13", 1, "", ""),
            ("confirmed_total", "新乡市", "2020-02-13", 55, "", ""),
            ("confirmed_total", "长垣市", "2020-02-13", 12, "", ""),
        ],
        note="河南's bulletin of 2月13日 with the NHC's lead of the same day after it (a portal; no page date, the figures' date is taken as published). Read for 新乡: 新增确诊病例中…新乡市1例 → confirmed_new 1; 新乡市55例(含长垣市12例) → confirmed_total 55 for 新乡 and 12 for 长垣市, the county-level city the bracket nests inside 新乡's count (含 = included, so 12 is part of the 55, and the text places 长垣 under 新乡); all dated 2月13日. The province's 15/55/1/1184/49/34/11/313, the contacts and the national figures (including 河南1例 among the deaths, the province's) are not 新乡's; the other cities' brackets are their counties'. Left out: the national report's paragraphs after 当日新增治愈出院…, where the search excerpt breaks off",
        source="https://wap.265xx.com/w424/99701.html",
    ),
    dict(
        id="b10f07",
        text=(
            "|\n"
            "截至2月11日24时\n"
            "我省新型冠状病毒肺炎疫情最新情况\n"
            "2月11日0-24时,我省新型冠状病毒肺炎新增确诊病例19例,新增治愈出院病例3例,无新增死亡病例。\n"
            "新增确诊病例中,甘孜州9例、达州市3例、内江市2例、成都市1例、泸州市1例、绵阳市1例、眉山市1例、宜宾市1例。\n"
            "新增治愈出院病例中,攀枝花市3例。\n"
            "截至2月11日24时,我省累计报告新型冠状病毒肺炎确诊病例436例,涉及21个市(州)、125个县(市、区)。\n"
            "436名确诊患者中,正在住院隔离治疗350人(其中危重17人),已治愈出院85人,死亡1人。\n"
            "当日解除医学观察1362人,现有5805人正在接受医学观察。\n"
            "四川省新型冠状病毒肺炎确诊人数分布图\n"
            "各市(州)确诊病例情况表\n"
            "(截至2020年2月11日24时)\n"
            "市(州)\n"
            "| 累计病例\n| 新增病例\n"
            "| 成都\n| 125\n| 1\n| 自贡\n| 9\n| 0\n| 攀枝花\n| 13\n| 0\n| 泸州\n| 19\n| 1\n| 德阳\n| 16\n| 0\n"
            "| 绵阳\n| 22\n| 1\n| 广元\n| 6\n| 0\n| 遂宁\n| 10\n| 0\n| 内江\n| 20\n| 2\n| 乐山\n| 3\n| 0\n"
            "| 南充\n| 34\n| 0\n| 宜宾\n| 10\n| 1\n| 广安\n| 30\n| 0\n| 达州\n| 33\n| 3\n| 巴中\n| 22\n| 0\n"
            "| 雅安\n| 6\n| 0\n| 眉山\n| 8\n| 1\n| 资阳\n| 3\n| 0\n| 阿坝\n| 1\n| 0\n| 甘孜\n| 36\n| 9\n| 凉山\n| 10\n| 0\n"
            "|\n"
            "来源:健康四川官微 |"
        ),
        published="2020-02-11",
        city="内江市",
        expect=[
            ("confirmed_new", "内江市", "2020-02-11", 2, "", ""),
            ("confirmed_total", "内江市", "2020-02-11", 20, "", ""),
        ],
        note="四川's bulletin of 2月11日 (我省 = 四川, the issuer named in the map's and table's titles and the 健康四川 source line) with its table of cities printed as '|' lines, on a forum (no page date; the figures' date is taken as published). Read for 内江: 新增确诊病例中…内江市2例 and the table row '内江 | 20 | 2' (columns 累计病例, 新增病例) → confirmed_new 2 (one figure, stated twice) and confirmed_total 20, both dated 2月11日 (截至2月11日24时 in the table's heading and the lead). The table writes the city short (内江 → 内江市). Not 内江's: the province's 19/3/无新增死亡/436/350/17/85/1, the counts of areas (21个市(州)、125个县(市、区)), the contacts, the other rows (including their zeros). The table's line breaks are kept as the search excerpt gives them; nothing was left out",
        source="http://www.my0830.cn/thread-827-1-1.html",
    ),
    dict(
        id="b10f08",
        text=(
            "2020年3月4日0—24时,全市无新增新冠肺炎确诊病例。\n"
            "全市无新增病亡病例。\n"
            "全市新增出院54例,其中:中心城区6例、公安县19例、石首市4例、监利县13例、洪湖市12例。\n"
            "截至2020年3月4日24时,荆州市累计报告新冠肺炎确诊病例1580例,其中:中心城区579例、江陵县34例、松滋市140例、公安县135例、石首市92例、监利县251例、洪湖市349例。(因存在市内转院情况,各地报告数据有所增减。)\n"
            "全市累计治愈出院1269例。其中:中心城区448例、江陵县33例、松滋市132例、公安县121例、石首市79例、监利县199例、洪湖市257例。\n"
            "全市累计病亡48例,其中:中心城区19例、江陵县1例、松滋市4例、公安县3例、石首市3例、监利县5例、洪湖市13例。\n"
            "目前仍在院治疗263例,其中:重症41例、危重症8例,均在定点医疗机构接受隔离治疗。\n"
            "现有疑似病例3人,当日无新增,当日排除2人。\n"
            "累计追踪密切接触者18138人,尚在接受医学观察923人。"
        ),
        published="2020-03-04",
        city="荆州市",
        expect=[
            ("confirmed_new", "荆州市", "2020-03-04", 0, "", ""),
            ("deaths_new", "荆州市", "2020-03-04", 0, "", ""),
            ("recovered_new", "荆州市", "2020-03-04", 54, "", ""),
            ("recovered_new", "公安县", "2020-03-04", 19, "", ""),
            ("recovered_new", "石首市", "2020-03-04", 4, "", ""),
            ("recovered_new", "监利县", "2020-03-04", 13, "", ""),
            ("recovered_new", "洪湖市", "2020-03-04", 12, "", ""),
            ("confirmed_total", "荆州市", "2020-03-04", 1580, "", ""),
            ("confirmed_total", "江陵县", "2020-03-04", 34, "", ""),
            ("confirmed_total", "松滋市", "2020-03-04", 140, "", ""),
            ("confirmed_total", "公安县", "2020-03-04", 135, "", ""),
            ("confirmed_total", "石首市", "2020-03-04", 92, "", ""),
            ("confirmed_total", "监利县", "2020-03-04", 251, "", ""),
            ("confirmed_total", "洪湖市", "2020-03-04", 349, "", ""),
            ("recovered_total", "荆州市", "2020-03-04", 1269, "", ""),
            ("recovered_total", "江陵县", "2020-03-04", 33, "", ""),
            ("recovered_total", "松滋市", "2020-03-04", 132, "", ""),
            ("recovered_total", "公安县", "2020-03-04", 121, "", ""),
            ("recovered_total", "石首市", "2020-03-04", 79, "", ""),
            ("recovered_total", "监利县", "2020-03-04", 199, "", ""),
            ("recovered_total", "洪湖市", "2020-03-04", 257, "", ""),
            ("deaths_total", "荆州市", "2020-03-04", 48, "", ""),
            ("deaths_total", "江陵县", "2020-03-04", 1, "", ""),
            ("deaths_total", "松滋市", "2020-03-04", 4, "", ""),
            ("deaths_total", "公安县", "2020-03-04", 3, "", ""),
            ("deaths_total", "石首市", "2020-03-04", 3, "", ""),
            ("deaths_total", "监利县", "2020-03-04", 5, "", ""),
            ("deaths_total", "洪湖市", "2020-03-04", 13, "", ""),
            ("hospitalized", "荆州市", "2020-03-04", 263, "", ""),
            ("severe", "荆州市", "2020-03-04", 41, "", ""),
            ("critical", "荆州市", "2020-03-04", 8, "", ""),
            ("suspected", "荆州市", "2020-03-04", 3, "", ""),
            ("close_contacts_total", "荆州市", "2020-03-04", 18138, "", ""),
            ("observation", "荆州市", "2020-03-04", 923, "", ""),
        ],
        note="荆州's own bulletin of 3月4日 (云上荆州; no page date, the figures' date is taken as published). 全市 is 荆州市 (the bulletin names itself: 荆州市累计报告…), also the home city. All figures dated 3月4日 (0—24时 / 截至24时; 目前 and 现有 take that date). 无新增确诊 → confirmed_new 0; 无新增病亡 → deaths_new 0; 新增出院54例 with its list → recovered_new for the city and the four counties named; 累计 1580 / 1269 / 48 with their lists → confirmed_total, recovered_total, deaths_total for the city and each of the six counties and county-level cities; 仍在院治疗263例 → hospitalized, 重症41 → severe, 危重症8 → critical (current, under the 在院 header); 现有疑似病例3人 → suspected 3 (当日无新增/排除2人 are suspected flows, no metric); 累计追踪密切接触者18138人 → close_contacts_total; 尚在接受医学观察923人 → observation. 中心城区 (6, 579, 448, 19) groups the city's central districts (not named) into one figure: an aggregate of several districts is no district, so no tuple (as blind9 read a sum of places); unsure. The bracket on 市内转院 explains the counts, no figure. Left out: the page's verification-code chrome at the end",
        source="http://jingzhou.cjyun.org/p/278101.html",
    ),
    dict(
        id="b10f09",
        text=(
            "最新!河源新增确诊1例!广东省累计确诊1018例!\n"
            "广东省新型冠状病毒感染的肺炎疫情情况\n"
            "截至2月6日24时,全省累计报告新型冠状病毒感染的肺炎确诊病例1018例。6日当天全省新增确诊病例74例。新增确诊病例中,广州市29例、深圳市20例、佛山市7例、东莞市6例、惠州市4例、中山市2例、汕头市2例、江门市2例、肇庆市1例、河源市1例。新增死亡病例1例,为肇庆市1例。另有疑似病例170例。有3522名密切接触者正在接受医学观察。\n"
            "累计报告确诊病例中,深圳市334例、广州市284例、珠海市73例、佛山市57例、东莞市53例、中山市46例、惠州市39例、汕头市22例、湛江市19例、肇庆市14例、阳江市13例、梅州市12例、江门市11例、清远市10例、揭阳市7例、韶关市6例、茂名市6例、汕尾市5例、潮州市5例、河源市2例。男性500例,女性518例,年龄介于2月龄-86岁之间。"
        ),
        published="2020-02-07",
        city="河源市",
        expect=[
            ("confirmed_new", "河源市", "2020-02-06", 1, "", ""),
            ("confirmed_total", "河源市", "2020-02-06", 2, "", ""),
        ],
        note="广东's bulletin of 2月6日 under a 河源 news site's headline (its URL is dated 0207; the text has no page date). Read for 河源: the headline's 河源新增确诊1例 and the list's 河源市1例 are one figure → confirmed_new 1, dated 2月6日 (6日当天; the headline states no date of its own and restates the bulletin); 累计报告确诊病例中…河源市2例 → confirmed_total 2 (截至2月6日24时). Not 河源's: the headline's and the body's 1018 (the province's), 74, the death 为肇庆市1例, the 170 suspected (the province's; 另有疑似病例 is current but not 河源's), the contacts, the sex split and the other cities' counts. Left out: the national section after the age sentence (the 全国 heading and the NHC report of 2月6日)",
        source="http://www.heyuanxw.com/2020/zxyc_0207/63113.html",
    ),
    dict(
        id="b10f10",
        text=(
            "湖北新增新冠肺炎确诊病例0例,武汉连续两日新增为0\n\n"
            "2020-03-20 08:43   湖北省卫健委  \n\n"
            "2020年3月19日0-24时,全省新增新冠肺炎确诊病例0例,无境外输入性病例。\n\n"
            "全省新增病亡2例,其中:武汉市2例,其他16个市州均为0例。\n\n"
            "全省新增出院703例,其中:武汉市624例、孝感市28例、荆州市15例、随州市10例、十堰市6例、鄂州市5例,宜昌市、荆门市、仙桃市均为4例,黄石市3例,襄阳市、黄冈市、咸宁市、恩施州、天门市、潜江市、神农架林区均为0例。\n\n"
            "截至2020年3月19日24时,全省累计报告新冠肺炎确诊病例67800例,其中:武汉市50005例、孝感市3518例、黄冈市2907例、荆州市1580例、鄂州市1394例、随州市1307例、襄阳市1175例、黄石市1015例、宜昌市931例、荆门市928例、咸宁市836例、十堰市672例、仙桃市575例、天门市496例、恩施州252例、潜江市198例、神农架林区11例。\n\n"
            "全省累计治愈出院58381例,其中:武汉市41389例、孝感市3349例、黄冈市2782例、荆州市1517例、鄂州市1303例、随州市1236例、襄阳市1131例、黄石市967例、宜昌市886例、荆门市875例、咸宁市821例、十堰市661例、仙桃市542例、天门市479例、恩施州245例、潜江市187例、神农架林区11例。\n\n"
            "全省累计病亡3132例,其中:武汉市2498例、孝感市128例、黄冈市125例、鄂州市58例、荆州市50例、随州市45例、襄阳市39例、荆门市39例、黄石市38例、宜昌市36例、仙桃市22例、咸宁市15例、天门市15例、潜江市9例、十堰市8例、恩施州7例、神农架林区0例。\n\n"
            "目前仍在院治疗6016例,其中:重症1657例、危重症441例,均在定点医疗机构接受隔离治疗。\n\n"
            "现有疑似病例数为0,当日新增数为0,当日排除0人,集中隔离人数为0。\n\n"
            "累计追踪密切接触者275955人,尚在接受医学观察3011人。"
        ),
        published="2020-03-20 08:43",
        city="随州市",
        expect=[
            ("deaths_new", "随州市", "2020-03-19", 0, "", ""),
            ("recovered_new", "随州市", "2020-03-19", 10, "", ""),
            ("confirmed_total", "随州市", "2020-03-19", 1307, "", ""),
            ("recovered_total", "随州市", "2020-03-19", 1236, "", ""),
            ("deaths_total", "随州市", "2020-03-19", 45, "", ""),
        ],
        note="湖北's bulletin of 3月19日 on 云上荆州 (08:43; every figure carries 3月19日, so the morning rule does not apply). Read for 随州: 新增病亡2例,其中:武汉市2例,其他16个市州均为0例 → the list's explicit zero covers 随州: deaths_new 0; 新增出院…随州市10例 → recovered_new 10; 累计 lists: 随州市1307例 → confirmed_total, 随州市1236例 → recovered_total, 随州市45例 → deaths_total; all dated 3月19日. The province's 全省新增确诊病例0例 is not read as 随州's confirmed_new (blind9's reading for 包头: a province's none-statement is the province's). The headline (武汉's run of zeros), the province's 703/67800/58381/3132/6016/1657/441, the suspected zeros, the contacts and the other cities' figures are not 随州's. Left out: the portal's app prompt at the end",
        source="http://m-jingzhou.cjyun.org/p/279301.html",
    ),
    dict(
        id="b10f11",
        text=(
            "新華社北京2月22日電(記者王希、高亢)記者22日從國(guó)家衛(wèi)生健康委員會(huì)了解到,2月21日0-24時(shí),31個(gè)?。ㄗ灾螀^(qū)、直轄市)和新疆生產(chǎn)建設(shè)兵團(tuán)報(bào)告新增確診病例397例,新增死亡病例109例(湖北106例,河北、上海和新疆生產(chǎn)建設(shè)兵團(tuán)各1例),新增疑似病例1361例。\n"
            "當(dāng)日新增治愈出院病例2393例,解除醫(yī)學(xué)觀察的密切接觸者26441人,重癥病例減少156例。\n"
            "截至2月21日24時(shí),據(jù)31個(gè)?。ㄗ灾螀^(qū)、直轄市)和新疆生產(chǎn)建設(shè)兵團(tuán)報(bào)告,現(xiàn)有確診病例53284例(其中重癥病例11477例),累計(jì)治愈出院病例20659例,累計(jì)死亡病例2345例,累計(jì)報(bào)告確診病例76288例,現(xiàn)有疑似病例5365例。累計(jì)追蹤到密切接觸者618915人,尚在醫(yī)學(xué)觀察的密切接觸者113564人。\n"
            "湖北新增確診病例366例(武漢314例),新增治愈出院病例1767例(武漢992例),新增死亡病例106例(武漢90例),現(xiàn)有確診病例47647例(武漢36680例),其中重癥病例10892例(武漢9555例)。累計(jì)治愈出院病例13557例(武漢7206例),累計(jì)死亡病例2250例(武漢1774例),累計(jì)確診病例63454例(武漢45660例)。新增疑似病例1125例(武漢927例),現(xiàn)有疑似病例4490例(武漢3414例)。"
        ),
        published="2020-02-22",
        city=None,
        expect=[
            ("confirmed_new", "全国", "2020-02-21", 397, "", ""),
            ("deaths_new", "全国", "2020-02-21", 109, "", ""),
            ("recovered_new", "全国", "2020-02-21", 2393, "", ""),
            ("observation_released_new", "全国", "2020-02-21", 26441, "", ""),
            ("hospitalized", "全国", "2020-02-21", 53284, "", ""),
            ("severe", "全国", "2020-02-21", 11477, "", ""),
            ("recovered_total", "全国", "2020-02-21", 20659, "", ""),
            ("deaths_total", "全国", "2020-02-21", 2345, "", ""),
            ("confirmed_total", "全国", "2020-02-21", 76288, "", ""),
            ("suspected", "全国", "2020-02-21", 5365, "", ""),
            ("close_contacts_total", "全国", "2020-02-21", 618915, "", ""),
            ("observation", "全国", "2020-02-21", 113564, "", ""),
            ("deaths_new", "湖北省", "2020-02-21", 106, "", ""),
            ("confirmed_new", "湖北省", "2020-02-21", 366, "", ""),
            ("recovered_new", "湖北省", "2020-02-21", 1767, "", ""),
            ("hospitalized", "湖北省", "2020-02-21", 47647, "", ""),
            ("severe", "湖北省", "2020-02-21", 10892, "", ""),
            ("recovered_total", "湖北省", "2020-02-21", 13557, "", ""),
            ("deaths_total", "湖北省", "2020-02-21", 2250, "", ""),
            ("confirmed_total", "湖北省", "2020-02-21", 63454, "", ""),
            ("suspected", "湖北省", "2020-02-21", 4490, "", ""),
            ("confirmed_new", "武汉市", "2020-02-21", 314, "", ""),
            ("recovered_new", "武汉市", "2020-02-21", 992, "", ""),
            ("deaths_new", "武汉市", "2020-02-21", 90, "", ""),
            ("hospitalized", "武汉市", "2020-02-21", 36680, "", ""),
            ("severe", "武汉市", "2020-02-21", 9555, "", ""),
            ("recovered_total", "武汉市", "2020-02-21", 7206, "", ""),
            ("deaths_total", "武汉市", "2020-02-21", 1774, "", ""),
            ("confirmed_total", "武汉市", "2020-02-21", 45660, "", ""),
            ("suspected", "武汉市", "2020-02-21", 3414, "", ""),
            ("deaths_new", "河北省", "2020-02-21", 1, "", ""),
            ("deaths_new", "上海市", "2020-02-21", 1, "", ""),
            ("deaths_new", "新疆生产建设兵团", "2020-02-21", 1, "", ""),
        ],
        note="The NHC report of 2月21日 (新华社 2月22日电 on a traditional mirror with pinyin residue and a garbled '?。ㄗ灾螀^(qū)', kept as found), read without a home city; six places. All dated 2月21日 (0-24时 / 當日 / 截至24時). 全国: 新增確診397 → confirmed_new, 新增死亡109 → deaths_new, 新增治愈出院2393 → recovered_new, 解除醫學觀察的密切接觸者26441人 (that day) → observation_released_new, 現有確診53284 → hospitalized, 其中重癥11477 → severe (current), 累計治愈出院20659, 累計死亡2345, 累計報告確診76288, 現有疑似5365 → suspected, 累計追蹤到密切接觸者618915 → close_contacts_total, 尚在醫學觀察113564 → observation. 湖北 (→ 湖北省) and 武汉 (the brackets, → 武汉市): the same metrics, with 湖北's 106 deaths stated twice (one tuple). 河北、上海和新疆生產建設兵團各1例 → deaths_new 1 each (河北省, 上海市, and the 兵团 as the report treats it, a place beside the provinces). No tuple: 新增疑似 (1361, 1125, 927: no metric), 重癥病例減少156例 (a change). Left out: the 港澳台 line and the paragraph on 湖北's 2月19日 correction, cut to keep the case to six places",
        source="http://m.yinlong168.com/politics/2020-02/22/c_1125609902.htm",
    ),
    dict(
        id="b10f12",
        text=(
            "新加坡新增两例确诊新冠病毒感染,新加坡卫生部本周三(3月4日)称。两人近期都没有前往其他疫情严重国家的出境记录,在本地感染。\n"
            "Two new cases of the coronavirus disease were confirmed, said the Ministry of Health (MOH) on Wednesday (Mar 4). Both cases have no recent travel histories to countries where there is an epidemic and were infected in Singapore.\n"
            "另有1人治愈出院。新加坡目前确诊病例一共达到112例,其中79例已完全康复。\n"
            "In addition, there is one patient who is recovered and discharged. That puts the total number of confirmed cases to 112, amongst which 79 have fully recovered."
        ),
        published="2020-03-04",
        city=None,
        expect=[
            ("confirmed_new", "新加坡", "2020-03-04", 2, "", ""),
            ("recovered_new", "新加坡", "2020-03-04", 1, "", ""),
            ("confirmed_total", "新加坡", "2020-03-04", 112, "", ""),
            ("recovered_total", "新加坡", "2020-03-04", 79, "", ""),
        ],
        note="A bilingual (Chinese, then English) item on 新加坡's figures of 3月4日 (a language school's blog; no page date, the lead's 3月4日 is taken as published), read without a home city. 新增两例 (a count in words) → confirmed_new 2; 另有1人治愈出院 → recovered_new 1 (a discharge report, not 累计); 目前确诊病例一共达到112例 → confirmed_total 112; 其中79例已完全康复 → recovered_total 79; all dated 3月4日 (本周三(3月4日); 目前 takes it). Each English sentence restates the Chinese one: the same figures, no further tuples. Nothing was left out",
        source="https://kirinmandarin.com/blog/%E3%80%90%E6%96%B0%E5%86%A0%C2%B7%E6%9C%AC%E5%9C%B0%E3%80%91%E6%96%B0%E5%8A%A0%E5%9D%A1%E6%9C%AC%E5%9C%B0%E6%96%B0%E5%A2%9E%E4%B8%A4%E4%BE%8B%E6%96%B0%E5%86%A0%E7%97%85%E6%AF%92%E6%84%9F%E6%9F%93-two-new-cases-covid-19-infections-singapore",
    ),
    dict(
        id="b10f13",
        text=(
            "新华社马德里3月25日电(谢宇智)根据西班牙卫生部25日公布的最新数据,西班牙累计新冠肺炎确诊病例达47610例,单日新增7937例,累计死亡病例3434例。\n"
            "统计数据显示,西班牙新冠肺炎死亡病例单日新增738例。目前共有3166名患者正在重症监护室接受治疗,另有5367名患者治愈出院。\n"
            "马德里自治区是西班牙疫情最严重的地区,目前累计确诊病例达14597例,死亡1825例,治愈3031例。加泰罗尼亚自治区的累计确诊病例达9937例,死亡病例为516例。巴斯克和安达卢西亚这两个自治区的确诊病例均已超过3000例。"
        ),
        published="2020-03-25",
        city=None,
        expect=[
            ("confirmed_total", "西班牙", "2020-03-25", 47610, "", ""),
            ("confirmed_new", "西班牙", "2020-03-25", 7937, "", ""),
            ("deaths_total", "西班牙", "2020-03-25", 3434, "", ""),
            ("deaths_new", "西班牙", "2020-03-25", 738, "", ""),
            ("severe", "西班牙", "2020-03-25", 3166, "", ""),
            ("recovered_total", "西班牙", "2020-03-25", 5367, "", ""),
            ("confirmed_total", "马德里自治区", "2020-03-25", 14597, "", ""),
            ("deaths_total", "马德里自治区", "2020-03-25", 1825, "", ""),
            ("recovered_total", "马德里自治区", "2020-03-25", 3031, "", ""),
            ("confirmed_total", "加泰罗尼亚自治区", "2020-03-25", 9937, "", ""),
            ("deaths_total", "加泰罗尼亚自治区", "2020-03-25", 516, "", ""),
            ("confirmed_total", "巴斯克", "2020-03-25", 3000, "", "more_than"),
            ("confirmed_total", "安达卢西亚", "2020-03-25", 3000, "", "more_than"),
        ],
        note="A 新华社 item on 西班牙's figures of 3月25日 (on a mirror), read without a home city; six places, all dated 3月25日 (25日公布; 目前 takes it). 西班牙: 累计确诊47610, 单日新增7937 → confirmed_new, 累计死亡3434, 死亡单日新增738 → deaths_new; 目前共有3166名患者正在重症监护室接受治疗 → severe 3166 (a current count; 重症 maps to severe as in blind9 — unsure: an intensive-care count could also be read as critical); 另有5367名患者治愈出院 (目前…another 5367 discharged so far) → recovered_total. 马德里自治区 14597/1825/3031 → its confirmed_total, deaths_total, recovered_total (死亡 and 治愈 follow 累计 in the same clause); 加泰罗尼亚自治区 9937/516. 巴斯克和安达卢西亚这两个自治区的确诊病例均已超过3000例 → each has more than 3000: confirmed_total 3000 more_than for each (均 distributes it; not a sum), the names as written. Nothing was left out",
        source="http://xalsdbl.com/politics/2020-03/25/c_1125767557.htm",
    ),
    dict(
        id="b10f14",
        text=(
            "德國新冠肺炎累計確診病例突破9萬例\n\n"
            "俄羅斯衛星通訊社莫斯科4月6日電 德國聯邦疾控機構羅伯特·科赫研究所發佈消息稱,德國新冠肺炎累計確診病例增至91714例,死亡病例1342例。\n"
            "Sputnik\n\n"
            "德國累計確診新冠肺炎病例已達6.7萬例\n"
            "過去24小時,德國境內新增5936例,死亡84例。\n\n"
            "累計確診病例最多的是巴伐利亞州(23846例),北萊茵-威斯特法倫州(18735例)、巴登-符騰堡州(18614例)。德國首都柏林累計確診3613例。"
        ),
        published="2020-04-06",
        city=None,
        expect=[
            ("confirmed_total", "德国", "2020-04-06", 91714, "", ""),
            ("deaths_total", "德国", "2020-04-06", 1342, "", ""),
            ("confirmed_new", "德国", "2020-04-06", 5936, "", ""),
            ("deaths_new", "德国", "2020-04-06", 84, "", ""),
            ("confirmed_total", "巴伐利亚州", "2020-04-06", 23846, "", ""),
            ("confirmed_total", "北莱茵-威斯特法伦州", "2020-04-06", 18735, "", ""),
            ("confirmed_total", "巴登-符腾堡州", "2020-04-06", 18614, "", ""),
            ("confirmed_total", "柏林", "2020-04-06", 3613, "", ""),
        ],
        note="A 卫星通讯社 item of 4月6日 on 德国's figures (traditional, AMP page), read without a home city; five places, all dated 4月6日 (the dateline; 過去24小時 ends then). 德國: 累計確診91714 (the headline's 突破9萬例 restates it: one tuple, blind9's reading of a headline threshold), 死亡病例1342 → deaths_total; 過去24小時…新增5936例,死亡84例 → confirmed_new 5936 and deaths_new 84. The states and the capital, by name in simplified script as written: 巴伐利亚州 23846, 北莱茵-威斯特法伦州 18735, 巴登-符腾堡州 18614, 柏林 3613 (累計確診, so confirmed_total). No tuple: 'Sputnik' and the line 德國累計確診新冠肺炎病例已達6.7萬例, a related article's headline printed between the dateline paragraph and the body (another page's figure of another day, not this item's). Left out: the closing paragraph on the WHO declaration and the world totals",
        source="https://big5.sputniknews.cn/amp/20200406/1031151855.html",
    ),
    dict(
        id="b10f15",
        text=(
            "新華網 正文\n"
            "約翰斯·霍普金斯大學:美國新冠肺炎確診病例超過兩萬例\n"
            "2020-03-22 01:51:44 來源: 新華網\n"
            "關注新華網\n微博\nQzone\n評論\n\n"
            "(國際疫情)(1)約翰斯·霍普金斯大學:美國新冠肺炎確診病例超過兩萬例\n\n"
            "  這是3月20日在美國新奧爾良市拍攝的一家暫時歇業的墨西哥餐廳。 新華社發(魏蘭 攝)\n\n"
            "  新華社紐約3月21日電 美國約翰斯·霍普金斯大學21日發布的最新數據顯示,截至美國東部時間21日13時30分(北京時間22日1時30分),美國新冠肺炎確診病例已達22043例,死亡278例。\n\n"
            "  根據數據,紐約州確診人數最多,達10365例,死亡56例;華盛頓州確診1524例,死亡83例;加利福尼亞州確診1267例,死亡24例。\n\n"
            "  這一數據來自該大學新冠病毒研究項目匯總的美國各州疫情報告。"
        ),
        published="2020-03-22 01:51",
        city=None,
        expect=[
            ("confirmed_total", "美国", "2020-03-21", 22043, "", ""),
            ("deaths_total", "美国", "2020-03-21", 278, "", ""),
            ("confirmed_total", "纽约州", "2020-03-21", 10365, "", ""),
            ("deaths_total", "纽约州", "2020-03-21", 56, "", ""),
            ("confirmed_total", "华盛顿州", "2020-03-21", 1524, "", ""),
            ("deaths_total", "华盛顿州", "2020-03-21", 83, "", ""),
            ("confirmed_total", "加利福尼亚州", "2020-03-21", 1267, "", ""),
            ("deaths_total", "加利福尼亚州", "2020-03-21", 24, "", ""),
        ],
        note="A 新华社 item of 3月21日 on JHU's count for 美国 (新华网, traditional; page time 3月22日 01:51 Beijing), read without a home city; four places. The figures are dated 3月21日: 截至美國東部時間21日13時30分 (the local date stated first; 北京時間22日 is the same moment), so the page's morning time does not move them. 美國: 確診已達22043 → confirmed_total (the headline's 超過兩萬例 restates it: one tuple), 死亡278 → deaths_total. 紐約州 10365/56, 華盛頓州 1524/83, 加利福尼亞州 1267/24 → confirmed_total and deaths_total each (names in simplified script). The photo caption's 3月20日 dates no figure. Left out: the page chrome after the source sentence (图集, 纠错, editor)",
        source="http://big5.xinhuanet.com/gate/big5/www.xinhuanet.com/world/2020-03/22/c_1125748847.htm",
    ),
    dict(
        id="b10f16",
        text=(
            "郵輪“鉆石公主號”新增39例確診 1名檢疫官受感染\n"
            "(抗擊新冠肺炎)郵輪“鉆石公主號”新增39例確診 1名檢疫官受感染\n"
            "中新社東京2月12日電 (記者 呂少威)日本厚生勞動省12日發(fā)布消息,,正停泊在日本橫濱近海接受大規(guī)模檢疫的郵輪“鉆石公主號”,,又有39人在新型冠狀病毒檢測中結(jié)果呈陽性,此外還有1名檢疫官也確認(rèn)感染,。\n"
            "從本月3日晚該船抵達(dá)橫濱接受檢疫以來,,已對船內(nèi)492人進(jìn)行了病毒檢測,,確診總數(shù)達(dá)174例,均被緊急送往醫(yī)院,,其中出現(xiàn)4例重癥患者,。至此,日本國內(nèi)確診總數(shù)已達(dá)203例,。\n"
            "據(jù)厚生勞動省稱,,被感染的檢疫官此前在船內(nèi)從事回收發(fā)給乘客的調(diào)查表工作。厚生勞動省將對與其密切接觸過的親屬及同事進(jìn)行健康追蹤,。"
        ),
        published="2020-02-12",
        city=None,
        expect=[
            ("confirmed_new", "钻石公主号", "2020-02-12", 39, "", ""),
            ("confirmed_total", "钻石公主号", "2020-02-12", 174, "", ""),
            ("severe", "钻石公主号", "2020-02-12", 4, "", ""),
            ("confirmed_total", "日本", "2020-02-12", 203, "", ""),
        ],
        note="A 中新社 item of 2月12日 on the ship 钻石公主号 (traditional mirror with pinyin residue and doubled commas, kept as found), read without a home city; two places. The ship: 又有39人…呈陽性 (and the headline's 新增39例確診, the same figure) → confirmed_new 39; 確診總數達174例 → confirmed_total 174; 其中出現4例重癥患者 → severe 4 (current); all dated 2月12日 (the dateline; 至此 takes it). 日本國內確診總數已達203例 → 日本's confirmed_total 203. No tuple: the quarantine officer (1名檢疫官 is one person working on board; the text counts him with neither the ship's 39 nor a stated figure of 日本's), 492人 tested (no metric), 均被緊急送往醫院 (an event said of the cumulative 174, not a current count), 本月3日 (the start of the quarantine). Left out: the sentence on the 3600 people kept on board and the paragraphs on conditions and the route, after the officer paragraph",
        source="https://ptzyk.com/kong/2020/02-12/245524.shtml",
    ),
    dict(
        id="b10f17",
        text=(
            "睽違36天台灣今零確診 陳時中開心\n"
            "http://www.CRNTT.tw   2020-04-14 14:47:43\n"
            "流行疫情指揮中心召開例行記者會,由陳時中主持。(截自疾管署直播畫面)\n"
            "  中評社台北4月14日電/流行疫情指揮中心今日下午召開例行記者會,宣布台灣無新增確診新冠肺炎病例。這是自3月9日,睽違36天以來,單日無新增確診病例,目前全台維持393例。流行疫情指揮中心指揮官、“衛福部長”陳時中表示,“不會鬆懈,但值得開心一下。”\n\n"
            "  此外,昨日新增1,345例新型冠狀病毒肺炎相關通報,截至目前累計48,549例(含44,890例排除),其中393例確診,分別為338例境外移入及55例本土病例。確診個案中6人死亡,124人解除隔離,其餘持續住院隔離中。有關3月30日返台專案航班共214名湖北返台民眾,已於今日解除隔離,並返家進行14天自主健康管理。"
        ),
        published="2020-04-14 14:47",
        city=None,
        expect=[
            ("confirmed_new", "台湾", "2020-04-14", 0, "", ""),
            ("confirmed_total", "台湾", "2020-04-14", 393, "", ""),
            ("deaths_total", "台湾", "2020-04-14", 6, "", ""),
            ("recovered_total", "台湾", "2020-04-14", 124, "", ""),
        ],
        note="A 中评社 item of 4月14日 on 台湾's command centre's briefing (traditional), read without a home city; one place. 無新增確診 (and the headline's 今零確診) → confirmed_new 0 for 4月14日 (今日); 目前全台維持393例 and 其中393例確診 → confirmed_total 393 (one figure); 確診個案中6人死亡 → deaths_total 6; 124人解除隔離 (patients released from isolation, i.e. recovered) → recovered_total 124; all dated 4月14日 (截至目前 takes the item's date). No tuple: 睽違36天 and 自3月9日 (a duration and its start: the first zero day in 36, not a run of zeros), 昨日新增1,345例…相關通報 and 累計48,549例(含44,890例排除) (reports and exclusions, no metric), 338例境外移入/55例本土 (sub-groups of the 393), 其餘持續住院隔離中 (the remainder is not stated as a number; a difference the text does not state is never expected), and the 214名湖北返台民眾 of the 3月30日 flight released from quarantine (a returnee group: no place, no tuple). Left out: the paragraph on mask sales after the flight sentence",
        source="http://49.213.3.36/doc/93_19651_105737016_1.html",
    ),
    dict(
        id="b10f18",
        text=(
            "本港昨增7宗新型肺炎 4人是「鑽石公主」號郵輪乘客\n\n\n"
            "本港昨日新增7宗確診感染新型肺炎的個案,累計個案81宗。\n\n"
            "新增的確診個案中,有4名是鑽石公主號郵輪乘客,分別為59歲女子、58歲女子、57歲男子和57歲女子。他們過往健康良好,4人曾於1月25日至2月21日逗留在郵輪,乘坐政府安排的包機於2月22日抵港,在瑪麗醫院接受治療,現時全部情況穩定。\n\n"
            "第80宗個案的57歲男子,他的五名同行者當中一人出現病徵,被送往基督教聯合醫院入院接受治療,其餘同行者沒有出現病徵,正接受檢疫。另外3名患者的同遊者都沒有出現病徵,正接受檢疫。\n\n"
            "其餘3宗新增確診個案,兩人去過北角「福慧精舍」佛堂,另一宗是本月初曾返內地的35歲商人。\n\n\n"
            "資料來源:\nON.CC 東網\n更新日期: 2020-02-25"
        ),
        published="2020-02-25",
        city=None,
        expect=[
            ("confirmed_new", "香港", "2020-02-24", 7, "", ""),
            ("confirmed_total", "香港", "2020-02-24", 81, "", ""),
        ],
        note="東網's item on 香港's cases, reposted on a camp's news page (traditional; 更新日期 2020-02-25 taken as published), read without a home city. 本港 names the place that speaks (港 = 香港, in a 香港 outlet's item): 本港昨日新增7宗 → confirmed_new 7 dated 2月24日 (昨日 = published-1); 累計個案81宗 → confirmed_total 81, same sentence, same date. No tuple: the 4 patients who were passengers of 鑽石公主號 and came back on the government's 包機 (origin of 香港's patients: they are counted in 香港's 7, not the ship's; a returnee flight is no place); 第80宗 (an ordinal); one of five travel companions sent to hospital and the others in quarantine (a group's counts, no place's figure); the 佛堂 cluster's 兩人 (one institution's count); 1月25日至2月21日 and 2月22日 (dates of stay and arrival). Nothing was left out but the site's chrome around the item",
        source="https://www.sspcamp.hk/tc/wsMNeidbd686fd640be98efaae0091fa301e613Zab8f0a6f105d996757529160177c38deaxew",
    ),
    dict(
        id="b10f19",
        text=(
            "首页 > 国际新闻 > 正文\n\n"
            "日本新冠肺炎病例增至628例\n\n"
            "原标题:日本新冠肺炎病例增至628例\n\n"
            "新华社东京3月11日电(记者华义)据日本广播协会(NHK)电视台统计,截至东京时间11日22时30分(北京时间21时30分),日本当天新增新冠肺炎确诊病例47例,国内累计确诊病例总数达628例(含包机归国14例)。\n\n"
            "据统计,截至11日,日本47个都道府县已有34个出现确诊病例。其中北海道118例,爱知县104例,大阪府80例,东京都73例。合计日本国内和“钻石公主”号邮轮,确诊患者中已有20人死亡,40人重症,475人治愈出院。\n\n"
            "此外,“钻石公主”号邮轮确诊病例数仍为696例,不包括各国接回后确诊的病例,也不包括船上隔离期满自由回家后确诊的日本人。"
        ),
        published="2020-03-11",
        city=None,
        expect=[
            ("confirmed_new", "日本", "2020-03-11", 47, "", ""),
            ("confirmed_total", "日本", "2020-03-11", 628, "", ""),
            ("confirmed_total", "北海道", "2020-03-11", 118, "", ""),
            ("confirmed_total", "爱知县", "2020-03-11", 104, "", ""),
            ("confirmed_total", "大阪府", "2020-03-11", 80, "", ""),
            ("confirmed_total", "东京都", "2020-03-11", 73, "", ""),
            ("confirmed_total", "钻石公主号", "2020-03-11", 696, "", ""),
        ],
        note="A 新华社 item of 3月11日 on 日本's count (NHK's tally, on a news mirror; the lead's date is taken as published), read without a home city; six places, all dated 3月11日 (截至东京时间11日22时30分 / 截至11日). 日本: 当天新增47 → confirmed_new, 国内累计确诊病例总数达628例 → confirmed_total 628 (the headline restates it); 含包机归国14例 counts evacuees inside 日本's total (a returnee group: no tuple of its own). The prefectures as written: 北海道 118, 爱知县 104, 大阪府 80, 东京都 73 → confirmed_total each (其中 under 截至11日, cumulative). The ship: 确诊病例数仍为696例 → 钻石公主号 confirmed_total 696 (仍为 says it did not change, but no new figure is stated, so no confirmed_new 0). No tuple: 合计日本国内和“钻石公主”号邮轮…20人死亡,40人重症,475人治愈出院 (sums of two places, as blind9 read a two-place sum); 47个都道府县已有34个 (counts of prefectures). Left out: the related-reading links after the ship paragraph",
        source="https://news.shi-fen.com/world/202003/51-657866.html",
    ),
    dict(
        id="b10f20",
        text=(
            "法国新增190例确诊病例 累计613例\n\n"
            "法国卫生总署署长萨洛蒙3月6日晚宣布,截至今天(3月6日)下午15时,法国当日新增确诊病例190人,患者总数613人,其中258人为聚集感染,39人情况严重正在重症监护室接受治疗,9人死亡,包括8男1女。\n\n"
            "全法共有16个大区出现确诊病例,除了法国本土的13个大区之外,还有三个海外领土,分别是法属圭亚那,法属马提尼克(今日新增)和法属瓜德罗普。\n\n"
            "法国本土大区确诊病例数前3名\n\n"
            "  1. 大东部大区 136例 \n"
            "  2. 上法兰西大区 97例 \n"
            "  3. 法兰西岛大区 89例 \n\n"
            "大东部大区 136例 \n\n"
            "上法兰西大区 97例 \n\n"
            "法兰西岛大区 89例 \n\n"
            "法国总理菲利普3月6日晚表示, 法国仍处于新冠疫情第二阶段,防控目标仍是全力以赴遏制疫情蔓延。"
        ),
        published="2020-03-06",
        city=None,
        expect=[
            ("confirmed_new", "法国", "2020-03-06", 190, "", ""),
            ("confirmed_total", "法国", "2020-03-06", 613, "", ""),
            ("severe", "法国", "2020-03-06", 39, "", ""),
            ("deaths_total", "法国", "2020-03-06", 9, "", ""),
            ("confirmed_total", "大东部大区", "2020-03-06", 136, "", ""),
            ("confirmed_total", "上法兰西大区", "2020-03-06", 97, "", ""),
            ("confirmed_total", "法兰西岛大区", "2020-03-06", 89, "", ""),
        ],
        note="A French Chinese-language site's item of 3月6日 (its URL is dated 2020/03/06) on 法国's figures, read without a home city; four places, all dated 3月6日 (截至今天(3月6日)下午15时). 法国: 当日新增确诊病例190人 → confirmed_new; 患者总数613人 → confirmed_total; 39人情况严重正在重症监护室接受治疗 → severe 39 (current; 严重 maps to severe as in blind9 — unsure, as an intensive-care count it could be read as critical); 9人死亡 (of the 613, so far) → deaths_total 9. The regions' list, printed twice (a numbered list, then again as lines: one figure each): 大东部大区 136, 上法兰西大区 97, 法兰西岛大区 89 → confirmed_total. No tuple: 258人为聚集感染 (a sub-group, no metric), 8男1女 (a split), 16个大区/13个大区/三个海外领土 (counts of areas), 法属马提尼克(今日新增) (a newly affected territory, no count), 第二阶段 and the ranks 1./2./3. (ordinals). Nothing was left out but the page's comment box",
        source="https://654.fr/2020/03/06/%E6%B3%95%E5%9B%BD%E6%96%B0%E5%A2%9E190%E4%BE%8B%E7%A1%AE%E8%AF%8A%E7%97%85%E4%BE%8B-%E7%B4%AF%E8%AE%A1613%E4%BE%8B/",
    ),
]
