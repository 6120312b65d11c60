"""Golden extraction cases for FEED texts, ninth BLIND set, Jan–Apr 2020.

What is here: 20 feed texts, i.e. bulletins, round-ups and wire items that summarise several places: provincial bulletins with
per-city lists read for one city (new, discharged, deaths, cumulative, current in hospital, a city's paragraph printed under its
province's bulletin, a half-day window, a cumulative list with districts marked 已痊愈出院 and a suspected list), a city paper's headline on its province's
bulletin, two national round-ups read without a home city (one with province sections and none-statements, one with imported-only
and local-only sub-groups beside 湖北 and 武汉), and world items (日本 with 北海道, 东京都 and 钻石公主号, 韩国 with a two-place sum, 纽约州
and 纽约市, 意大利 with 伦巴第大区, 泰国 twice, 香港 with ordinals, a cluster and ship returnees, 澳门 with patients from 武汉, 台湾 with an
all-imported new count and a 215 that is a total). Every case is a short verbatim excerpt of a public page found with the search
tool (`pages` corpus); its `source` is that page's URL. Traditional characters, pinyin residue ("內(nèi)蒙古", "時(shí)"), a
site's rewritten source line ("完美体育·(中国)官方网站讯"), a headline run into the body ("…844例2020年2月11日0-24时"), a doubled phrase
("新增确诊病例新增确诊病例122例"), a headline repeated as page chrome between paragraphs, image headings ("各市(州)确诊病例情况表"),
indentation and trailing spaces, and page chrome (timestamps, 来源, 原标题, 编辑, 责编, a signature) are kept as found. Paragraphs a
case does not need were left out, and a paragraph is cut only after a full sentence; each note says what was left out (mostly
where the search excerpt broke off).

How it was annotated: BLIND, i.e. as a careful reader of the texts alone. Nothing of the extractor was opened or run (no code
under extract/, store/, briefing/, app/ or evaluation/, no `python -m extract`, no test). The binding conventions are
tests/cases/ANNOTATION.md, shared/gold/FORMAT.md and the conventions in dev_cases.py's docstring; for layout and precedent only the
docstring and the first two CASES entries of blind8_feeds.py were read (its reading choices are followed where the binding
conventions are silent). Nothing else in tests/cases or tests/data was read; they were only grepped (see the checks below).

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Sources:
* Provincial bulletins read for one city: 湖北 2月28日 (a news mirror) for 孝感, 福建 2月17日 (泉州晚报) for 泉州, 江西 2月11日 (a local portal)
  for 新余, 内蒙古 to 2月8日10时 (a rewritten mirror) for 赤峰, 内蒙古 2月20日8时—21日7时 (央视 on a mirror, traditional, 08:26) for 包头, 安徽 3月3日
  (人民网安徽, 08:32) for 六安, 四川 2月6日 with 泸州's own paragraph (a 泸州 portal, 10:32) for 泸州, 广东 2月12日 (中新社) for 东莞, 广东 to
  2月10日12时 (南方都市报) for 佛山.
* city=None: the national round-up of 2月15日 (a portal), the NHC report of 3月31日 (a news mirror), 日本 2月21日 (中新社, 08:53 page),
  韩国 3月5日 (新华社), 纽约州 3月22日 (证券时报 quoting 央视), 意大利 3月7日 (人民日报客户端), 泰国 1月31日 (央视 on 文汇报's site) and 3月23日
  (泰国中华网), 香港 2月24日 (新华社, traditional), 澳门 2月16日 (央视网), 台湾 3月24日 (a timeline page quoting 中央通訊社, traditional).

City split: eleven cases have city=None and nine have a home city.
* city=None: every place with a figure is expected: 全国, provinces in full (湖北省, 广东省, 黑龙江省, 西藏自治区, 青海省, 上海市), 武汉市,
  foreign countries by their usual short name (日本, 韩国, 意大利, 泰国), foreign states, regions and cities as written (北海道, 东京都,
  纽约州, 纽约市, 伦巴第大区), 香港, 澳门, 台湾 and the ship as 钻石公主号. No case has more than six places.
* Home city: a prefecture-level city in full; only that city and its districts, counties, county-level cities and banners are expected
  (泉州's nine, 包头's 东河区, 土默特右旗 and 昆都仑区, 赤峰's 元宝山区, 松山区 and 林西县).

Ways of writing covered (counts of cases; a case can count under several):
  (1) foreign places, 港澳台 and ships: 9 (日本 with 北海道/东京都/钻石公主号, 韩国, 纽约州/纽约市, 意大利/伦巴第大区, 泰国 twice, 香港, 澳门, 台湾);
      钻石公主号 as a place in 1 and its returnees in 香港 as a group in 1;
  (2) speakers and other places' items: 4 (泉州晚报's headline on 福建's bulletin, 泸州's own paragraph under 四川's, 澳门's coordination
      centre, 台湾's command centre);
  (3) origin and residence: 7 (宁德市古田县/湖北省武汉市/泉州市石狮市 inside other cities' lists for 泉州, 龙马潭区石洞街道人 and 从武汉返回 for
      泸州, 湖北返粤人员 for 东莞, 均来自武汉 for 澳门, 埼玉's charter flight left out of 日本, nationalities in 泰国 1月31日, the ship's
      passengers quarantined in 香港);
  (4) one institution or group: 2 (香港's 佛堂 cluster; the ship returnees in 香港);
  (5) a province's totals beside a city's figures: 9 (every home-city case; 东莞's 累计死亡2例 is the rule's own pattern);
  (6) current versus cumulative, severity and subtotals: 11 (赤峰's 已痊愈出院 and current suspected list, 包头's 现存确诊 list, 六安's 清零, 湖北 and 广东's 在院/重症/危重 in the round-up,
      全国/湖北/武汉's 现有确诊 and 现有疑似, 意大利's 现有患者, 泰国's 在治疗中 twice and 重症, 香港's 住院/嚴重/無危殆, 纽约州's 入院;
      imported-only and local-only sub-groups in the 3月31日 report and 泰国 3月23日; 台湾's all-imported new count);
  (7) deaths in lists and lines: 4 (孝感's 新增病亡 list, 东莞's 新增死亡, the 3月31日 report's 湖北/上海, 意大利);
  (8) ordinals and totals that look like them: 3 (香港's 第75/76/77宗, 泰国's 第1例, 台湾's 累計215例);
  (9) none-statements and zeros: 8 (泉州无新增, 六安 清零, 西藏/青海 连续…无新增, 现有疑似病例0例 for 湖北/武汉, 钻石公主号 未有新增, 無患者危殆,
      澳门 连续12天没有新增, the region's 無新增 not read for 包头);
  (10) dates: morning pages (08:26, 08:32, 08:53, 10:32) with dated and undated figures (六安's 清零 dated the day before), half-day and
      part-day windows (0-12时, 0时至16时, 8时至7时), 截至2月8日10时, 昨天(16日), 截至目前 taking the item's date, 至此/当天, a comparison's
      baseline (昨日新增7例, 较3月6日18时) that is no tuple, forecasts (3月4日预计) that are no tuple, and pages without a date (the figures'
      date, a signature's date or the lead's date taken as published, as in blind7/blind8).

Reading choices made where the binding conventions are silent (each note says which it uses):
* Local-only counts (本土病例1例(广东1例)) and imported-only subtotals get no tuple (blind4/5/7/8); a place's whole count that happens
  to be all imported (台湾's 20, 武汉's 1) is the place's figure.
* A sum of two places (大邱市和庆尚北道…5187例) gets no tuple; a headline threshold (突破6000例) restating the body's total is the same
  figure, one tuple.
* A district named through its city in a provincial list (包頭市東河區1例) gives the district's tuple only, not the city's.
* One patient's residence inside the home city (龙马潭区石洞街道人) gives no district tuple.
* Severity words: 重症/重型/嚴重 → severe and 危重/危重型/危重症/危殆 → critical, as current figures; 新增重症 → severe_new; 病死率 has no
  metric (not used here); a comparison's baseline figure (昨日新增7例) is no tuple.
* 已痊愈出院 written after a district's count in a cumulative list (松山区1例已痊愈出院) gives that district's recovered_total (implied), not
  the city's.

Exclusion and overlap checks:
* No page comes from Hunan or mentions 株洲 or a Hunan place, and none comes from the DXY feed or a mirror of it; this was checked on
  every excerpt and on all the page text the search tool returned. Candidates whose text named a Hunan place were not used (a 达州
  bulletin of 2月12日 whose patient drove 经湖南), national reports were cut before any list that could hold one, and a scan of this file
  for the fourteen Hunan names (simplified and traditional), 湘 and 株洲 finds them only in this paragraph.
* Before annotating, each candidate's URL and two or more distinctive snippets (10+ characters; simplified and traditional forms)
  were grepped with `grep -rlF` across tests/cases and tests/data (file names only). Every page that hit was dropped: over 40
  candidates, e.g. 湖北 2月2日/2月3日, 河北 2月8日/3月8日, 广东 1月30日/2月3日, 福建 2月12日/2月13日/2月14日, 江西 2月2日/2月9日/3月2日/3月9日,
  河南 2月1日/2月2日/2月15日/2月28日, 辽宁 2月14日, 甘肃 2月2日/2月14日/2月20日, 贵州 2月14日/3月1日, 海南 1月26日/2月4日/2月29日, 山西
  2月1日/2月10日/2月29日, 内蒙古 2月19日/2月22日, 安徽 2月18日, 十堰 2月6日, 宜昌 2月5日, 广元 2月14日, 南充 3月10日, 达州 2月9日/2月20日,
  临沂 2月19日, 上海 2月7日, 日本 2月20日/3月18日, 新加坡 2月15日/2月22日, 泰国 2月4日/2月8日, 意大利 3月11日, 美国 3月22日 (JHU), 台湾 3月18日,
  澳门 2月3日. One more was caught by a snippet grep after writing and replaced: 湖北 2月10日 in a traditional digest (its text is in
  another table from another mirror).
* Home cities avoid every `city=` of blind7_feeds.py and blind8_feeds.py (grepped). A grep of the other tables for lines with the same
  place and date as this file's tuples (only matching lines shown) found the NHC report of 3月3日 already annotated (so a 中央社 page of
  it was dropped) and one identical line, 纽约州's deaths of 3月22日 (114), from a different page: kept, and said in that note.
"""

CASES = [
    dict(
        id="b9f01",
        text=(
            "湖北除武汉外新增3例,注意疑似病例数\n\n"
            "日期:02-29\n"
            "新冠肺炎武汉湖北\n\n"
            "原标题:湖北除武汉外新增3例,注意疑似病例数\n\n"
            "据湖北省卫健委消息,2月28日湖北新增新冠肺炎确诊病例423例,其中除武汉市外鄂州市、孝感市、恩施州各1例。\n\n"
            "另外,28日湖北省新增疑似病例159例,与昨日新增332例相比有大幅减少。\n\n"
            "2020年2月28日0—24时,湖北省新增新冠肺炎确诊病例423例,其中:武汉市420例、鄂州市1例、孝感市1例、恩施州1例,黄石市、十堰市、襄阳市、宜昌市、荆州市、荆门市、黄冈市、咸宁市、随州市、仙桃市、天门市、潜江市、神农架林区均为0例。\n\n"
            "湖北省新增病亡45例,其中:武汉市37例、随州市2例、黄石市1例、十堰市1例、襄阳市1例、鄂州市1例、孝感市1例、黄冈市1例,宜昌市、荆州市、荆门市、咸宁市、恩施州、仙桃市、天门市、潜江市、神农架林区均为0例。\n\n"
            "湖北省新增出院2492例,其中:武汉市1726例、孝感市252例、黄冈市78例、鄂州市62例、随州市57例、荆州市52例、襄阳市49例、咸宁市33例、宜昌市33例、十堰市32例、天门市30例、荆门市29例、黄石市22例、仙桃市20例、恩施州9例、潜江市8例、神农架林区0例。\n\n"
            "截至2020年2月28日24时,湖北省累计报告新冠肺炎确诊病例66337例,其中:武汉市48557例、孝感市3518例、黄冈市2904例、荆州市1579例、鄂州市1390例、随州市1307例、襄阳市1175例、黄石市1013例、宜昌市931例、荆门市924例、咸宁市836例、十堰市671例、仙桃市575例、天门市496例、恩施州252例、潜江市198例、神农架林区11例。"
        ),
        published="2020-02-29",
        city="孝感市",
        expect=[
            ("confirmed_new", "孝感市", "2020-02-28", 1, "", ""),
            ("deaths_new", "孝感市", "2020-02-28", 1, "", ""),
            ("recovered_new", "孝感市", "2020-02-28", 252, "", ""),
            ("confirmed_total", "孝感市", "2020-02-28", 3518, "", ""),
        ],
        note="湖北's bulletin of 2月28日 on a news mirror (日期:02-29). Read for 孝感: the lead's 除武汉外鄂州市、孝感市、恩施州各1例 and the list's 孝感市1例 are one figure → confirmed_new 1; 新增病亡…孝感市1例 → deaths_new 1; 新增出院…孝感市252例 → recovered_new 252; 累计报告…孝感市3518例 → confirmed_total 3518, all dated 2月28日 (28日 / 0—24时 / 截至24时). The province's 423/45/2492/66337 and the new suspected 159 and 昨日's 332 (a comparison, and no metric) are not 孝感's; the zeros of the other cities are other cities'. Left out: the province's 累计治愈出院 paragraph, cut because the search excerpt breaks off inside its list",
        source="https://m.news.shi-fen.com/china/202002/50-642908.html",
    ),
    dict(
        id="b9f02",
        text=(
            "2月17日福建省新增确诊病例2例 泉州无新增确诊病例\n\n"
            "泉州晚报\n\n"
            "2月17日0—24时,福建省报告新增新型冠状病毒肺炎确诊病例2例。其中:\n\n"
            "福州市2例(仓山区2例)。\n\n"
            "新增治愈出院病例7例。\n\n"
            "报告新增新型冠状病毒肺炎疑似病例2例。其中:\n\n"
            "福州市2例(仓山区1例、晋安区1例)。\n\n"
            "截至2月17日24时,福建省累计报告新型冠状病毒肺炎确诊病例292例(危重型8例、重型10例,无死亡病例)。其中:\n\n"
            "福州市71例(鼓楼区2例、仓山区10例、晋安区11例、长乐区8例、闽侯县3例、连江县8例、罗源县1例、闽清县7例、永泰县2例、福清市16例、宁德市古田县1例、湖北省武汉市2例);\n\n"
            "厦门市35例(思明区13例、海沧区2例、湖里区3例、集美区4例、翔安区3例、泉州市石狮市1例、湖北省武汉市9例);\n\n"
            "漳州市20例(芗城区9例、龙文区1例、云霄县2例、诏安县2例、长泰县3例、东山县1例、南靖县1例、龙海市1例);\n\n"
            "泉州市46例(鲤城区1例、丰泽区4例、洛江区1例、惠安县2例、安溪县2例、永春县2例、石狮市2例、晋江市19例、南安市13例);\n\n"
            "三明市14例(三元区2例、宁化县1例、尤溪县2例、沙县5例、将乐县1例、永安市3例);\n\n"
            "莆田市55例(城厢区31例、涵江区3例、荔城区7例、秀屿区6例、湄洲湾北岸3例、仙游县5例);\n\n"
            "南平市20例(延平区4例、建阳区1例、顺昌县1例、浦城县1例、光泽县1例、松溪县5例、政和县1例、武夷山市3例、建瓯市2例、湖北省孝感市1例);\n\n"
            "龙岩市6例(永定区5例、武平县1例);\n\n"
            "宁德市25例(蕉城区3例、霞浦县4例、古田县10例、周宁县6例、福安市1例、福鼎市1例)。\n\n"
            "累计治愈出院病例91例,目前住院病例201例。"
        ),
        published="2020-02-18",
        city="泉州市",
        expect=[
            ("confirmed_new", "泉州市", "2020-02-17", 0, "", ""),
            ("confirmed_total", "泉州市", "2020-02-17", 46, "", ""),
            ("confirmed_total", "鲤城区", "2020-02-17", 1, "", ""),
            ("confirmed_total", "丰泽区", "2020-02-17", 4, "", ""),
            ("confirmed_total", "洛江区", "2020-02-17", 1, "", ""),
            ("confirmed_total", "惠安县", "2020-02-17", 2, "", ""),
            ("confirmed_total", "安溪县", "2020-02-17", 2, "", ""),
            ("confirmed_total", "永春县", "2020-02-17", 2, "", ""),
            ("confirmed_total", "石狮市", "2020-02-17", 2, "", ""),
            ("confirmed_total", "晋江市", "2020-02-17", 19, "", ""),
            ("confirmed_total", "南安市", "2020-02-17", 13, "", ""),
        ],
        note="福建's bulletin of 2月17日 as printed by 泉州晚报 (page of 2月18日). Read for 泉州: the paper's headline 泉州无新增确诊病例 → confirmed_new 0 for 2月17日 (the only new cases are 福州's); 泉州市46例(…) → confirmed_total 46 and one tuple per district, county and county-level city in its bracket. 厦门's list holds 泉州市石狮市1例: a patient of 石狮 counted by 厦门 (the place that reports it), so it adds nothing to 泉州 or 石狮 (石狮市 keeps the 2 of 泉州's own list); likewise 宁德市古田县, 湖北省武汉市 and 湖北省孝感市 inside other cities' lists are those cities' patients by origin. The province's 292, 危重型8/重型10, 无死亡病例, 91 and 201 are 福建省's; new suspected cases have no metric. Left out: the list of current suspected cases, cut where the search excerpt breaks off",
        source="http://m.qzcns.com/qznews/2020/0218/596718.html",
    ),
    dict(
        id="b9f03",
        text=(
            "江西卫健委:新增确诊病例40例,累计确诊病例844例2020年2月11日0-24时,江西省报告新型冠状病毒肺炎新增确诊病例40例,新增治愈出院病例25例。 新增确诊病例中,南昌市10例、新余市7例、宜春市5例、上饶市5例、九江市4例、鹰潭市4例、萍乡市3例、吉安市1例、抚州市1例。 新增治愈出院病例中,南昌市7例、宜春市6例、新余市4例、上饶市2例、抚州市2例、九江市1例、萍乡市1例、赣州市1例、吉安市1例。 截至2月11日24时,江西省累计报告新型冠状病毒肺炎确诊病例844例,其中治愈出院病例152例,死亡病例1例,现有重症病例53例。 确诊病例中,南昌市204例(核减1例)、新余市117例、上饶市116例、九江市105例、宜春市88例、赣州市72例、抚州市68例、萍乡市29例、吉安市21例(核增1例)、鹰潭市18例、景德镇市5例、赣江新区1例。治愈出院病例中,南昌市53例、新余市26例、宜春市16例、上饶市15例、九江市14例、抚州市11例、赣州市8例、吉安市5例、萍乡市2例、景德镇市1例、鹰潭市1例。 目前追踪到密切接触者21693人,解除医学观察12624人,尚有9069人正在接受医学观察。 江西省卫生健康委员会 2020年2月12日"
        ),
        published="2020-02-12",
        city="新余市",
        expect=[
            ("confirmed_new", "新余市", "2020-02-11", 7, "", ""),
            ("recovered_new", "新余市", "2020-02-11", 4, "", ""),
            ("confirmed_total", "新余市", "2020-02-11", 117, "", ""),
            ("recovered_total", "新余市", "2020-02-11", 26, "", ""),
        ],
        note="江西's bulletin of 2月11日 on a local portal, headline run into the body as found; the page shows no date, so the signature's 2020年2月12日 is taken as published (the figures are dated 2月11日 anyway). Read for 新余: 新增确诊病例中…新余市7例 → confirmed_new 7; 新增治愈出院病例中 … 新余市4例 → recovered_new 4; 确诊病例中…新余市117例 → confirmed_total 117; 治愈出院病例中…新余市26例 (the list under the cumulative 152) → recovered_total 26. 核减/核增 belong to 南昌 and 吉安; the province's 40/25/844/152/1/53 and the contacts are 江西省's; 赣江新区 is not a 新余 zone. The portal's stray trailing '4' after the date was left out",
        source="http://m.jinriluxi.com/p/2776.html",
    ),
    dict(
        id="b9f04",
        text=(
            "完美体育·(中国)官方网站讯(皇利华 李晨生) 截至2月8日10时,内蒙古自治区累计报告新型冠状病毒感染的肺炎确诊病例52例,其中:\n"
            "1.鄂尔多斯市11例(达拉特旗9例、东胜区1例已痊愈出院、鄂托克前旗1例已痊愈出院)\n"
            "2.包头市10例(土默特右旗7例、昆都仑区3例)\n"
            "3.呼和浩特市7例(玉泉区3例、新城区2例、赛罕区1例、回民区1例)\n"
            "4.呼伦贝尔市5例(莫力达瓦旗3例、满洲里市1例已痊愈出院、牙克石市1例)\n"
            "5.巴彦淖尔市4例(五原县2例、临河区2例)\n"
            "6.赤峰市4例(元宝山区2例、松山区1例已痊愈出院、林西县1例)\n"
            "7.乌兰察布市3例(化德县2例、四子王旗1例)\n"
            "8.通辽市3例(霍林郭勒市2例、经济开发区1例)\n"
            "9.乌海市海勃湾区2例\n"
            "10.锡林郭勒盟2例(锡林浩特市1例、二连浩特市1例已痊愈出院)\n"
            "11.兴安盟乌兰浩特市1例\n"
            "疑似病例10例(巴彦淖尔市乌拉特中旗3例;赤峰市元宝山区2例;乌海市乌达区1例;包头市土默特右旗1例;通辽市科尔沁区1例;呼伦贝尔市海拉尔区1例、牙克石市1例)。均在定点医院接受隔离治疗。目前,尚在接受医学观察的密切接触者1451人。当日解除医学观察113人。\n"
            "内蒙古自治区党委、政府高度重视疫情防控工作,各项工作正在按照国家疫情防控工作的统一部署,紧张有序的推进落实中。"
        ),
        published="2020-02-08",
        city="赤峰市",
        expect=[
            ("confirmed_total", "赤峰市", "2020-02-08", 4, "", ""),
            ("confirmed_total", "元宝山区", "2020-02-08", 2, "", ""),
            ("confirmed_total", "松山区", "2020-02-08", 1, "", ""),
            ("confirmed_total", "林西县", "2020-02-08", 1, "", ""),
            ("recovered_total", "松山区", "2020-02-08", 1, "", ""),
            ("suspected", "元宝山区", "2020-02-08", 2, "", ""),
        ],
        note="内蒙古's cumulative list to 2月8日10时 on a site that rewrote the source line (完美体育·(中国)官方网站讯, kept as found); the page shows no date, so the statistics' day is taken as published (blind7). Read for 赤峰: 6.赤峰市4例(元宝山区2例、松山区1例已痊愈出院、林西县1例) → confirmed_total 4 for the city and 2, 1 and 1 for its districts and county; 松山区1例已痊愈出院 says the district's one case has recovered → recovered_total 1 for 松山区 (implied, stated once; 赤峰's own recovered total is not stated, so none for the city). 疑似病例10例(…赤峰市元宝山区2例…) lists current suspected cases (均在定点医院接受隔离治疗) → suspected 2 for 元宝山区. The region's 52/10, the contacts (1451, 当日解除113) and the other leagues' and cities' figures (their 已痊愈出院 included) are not 赤峰's",
        source="http://t517.com/news/detail/737/59501.html",
    ),
    dict(
        id="b9f05",
        text=(
            "內(nèi)蒙古無(wú)新增新冠肺炎確診病例 新增出院5例\n\n"
            "2020-02-21 08:26 來(lái)源:央視新聞客戶端\n\n"
            "2020年2月20日8時(shí)至21日7時(shí),內(nèi)蒙古自治區(qū)報(bào)告無(wú)新增新冠肺炎確診病例,無(wú)新增疑似病例,新增出院病例5例,排除疑似病例1例,1例危重病例轉(zhuǎn)為重癥病例,1例重癥病例轉(zhuǎn)為普通病例。\n\n"
            "新增出院病例5例為鄂爾多斯市達(dá)拉特旗2例,包頭市東河區(qū)1例,呼和浩特市玉泉區(qū)1例,呼倫貝爾市的牙克石市1例;排除1例疑似病例為包頭市土右旗1例;巴彥淖爾市臨河區(qū)1例重癥病例轉(zhuǎn)為普通病例,錫林郭勒盟錫林浩特市1例危重病例轉(zhuǎn)為重癥病例。\n\n"
            "截至2月21日7時(shí),內(nèi)蒙古自治區(qū)累計(jì)報(bào)告新冠肺炎確診病例75例,現(xiàn)存確診病例59例,出院病例16例,重癥病例2例,危重病例5例。\n\n"
            "其中,現(xiàn)存確診病例59例為:\n\n"
            "1.包頭市9例(土默特右旗7例、昆都侖區(qū)2例)\n\n"
            "2.巴彥淖爾市8例(五原縣2例、臨河區(qū)2例、烏拉特中旗4例)\n\n"
            "3.錫林郭勒盟8例(錫林浩特市4例、多倫縣4例)\n\n"
            "4.通遼市7例(霍林郭勒市6例、經(jīng)濟(jì)開發(fā)區(qū)1例)\n\n"
            "5.鄂爾多斯市達(dá)拉特旗6例\n\n"
            "6.赤峰市6例(元寶山區(qū)1例、松山區(qū)1例、紅山區(qū)1例、翁牛特旗3例)\n\n"
            "7.呼和浩特市5例(玉泉區(qū)2例、新城區(qū)1例、賽罕區(qū)1例、回民區(qū)1例)\n\n"
            "8.呼倫貝爾市5例(莫力達(dá)瓦旗5例)\n\n"
            "9.烏海市海勃灣區(qū)2例\n\n"
            "10.烏蘭察布市2例(化德縣2例)\n\n"
            "11.興安盟烏蘭浩特市1例"
        ),
        published="2020-02-21 08:26",
        city="包头市",
        expect=[
            ("recovered_new", "东河区", "2020-02-21", 1, "", ""),
            ("hospitalized", "包头市", "2020-02-21", 9, "", ""),
            ("hospitalized", "土默特右旗", "2020-02-21", 7, "", ""),
            ("hospitalized", "昆都仑区", "2020-02-21", 2, "", ""),
        ],
        note="内蒙古's report for 2月20日8时—21日7时 (央视 on a mirror, traditional with pinyin residue, a morning page whose figures are all dated: the window and 截至2月21日7時 → 2020-02-21). Read for 包头: 新增出院…包頭市東河區1例 → recovered_new 1 for 东河区 (the item names the district through its city; no figure for 包头 as a whole is stated, and the 5 is the region's); 現存確診病例59例為: 1.包頭市9例(土默特右旗7例、昆都侖區2例) → hospitalized (current) 9 for the city and 7 and 2 for its banner and district. 排除1例疑似病例為包頭市土右旗1例: a suspected case struck off, no metric. 無新增確診 is said of the autonomous region, not of 包头: no confirmed_new 0 for 包头. The region's 75/59/16/2/5 and the severity changes of 巴彥淖爾 and 錫林郭勒 are not 包头's. Left out: the list of 16 discharged cases, where the excerpt breaks off",
        source="http://yqmw666.cn/2020/02/21/ARTI1582244731807210.shtml",
    ),
    dict(
        id="b9f06",
        text=(
            "安徽无新增确诊病例 6个地市同时“清零”\n\n"
            "2020年03月04日08:32  来源:人民网-安徽频道\n"
            " \n\n"
            "人民网合肥3月4日电(周坤) 4日,安徽省卫健委发布疫情报告,2020年3月3日0-24时,安徽省报告无新增确诊病例,无新增疑似病例,新增治愈出院病例24例。\n\n"
            "新增治愈出院病例中,阜阳6例、六安6例、合肥4例、蚌埠4例、宿州1例、淮南1例、滁州1例、马鞍山1例。\n\n"
            "截至3月3日24时,安徽省累计报告确诊病例990例,累计治愈出院病例941例,累计死亡病例6例,累计医学观察密切接触者28299人。目前,仍在院治疗43例,医学观察521人。\n\n"
            "3月4日预计治愈出院15例,其中阜阳4例、宿州3例、蚌埠3例、淮北1例、滁州1例、宣城1例、安庆1例、黄山1例。安徽省在院患者将减少到28例,累计治愈956例,治愈率将达到96.6%。继铜陵、六安之后,今日阜阳、蚌埠、安庆、滁州、宿州、黄山6个市将同时实现“清零”。\n\n"
            "(责编:马玲玲、关飞)"
        ),
        published="2020-03-04 08:32",
        city="六安市",
        expect=[
            ("recovered_new", "六安市", "2020-03-03", 6, "", ""),
            ("hospitalized", "六安市", "2020-03-03", 0, "", ""),
        ],
        note="人民网安徽's report of 安徽's bulletin for 3月3日 (an 08:32 page). Read for 六安: 新增治愈出院病例中…六安6例 → recovered_new 6 on 3月3日. 继铜陵、六安之后 … 实现“清零” says 六安 has already cleared its patients in hospital (the paragraph is about 在院患者): in-hospital cases cleared → hospitalized 0; the text gives that no date and the page is a morning one, so it is dated the day before (3月3日). 3月4日预计治愈出院 … and 今日…6个市将同时实现“清零” are forecasts: no tuple (blind8). The province's 24/990/941/6/28299/43/521 and its forecast 28/956/96.6% are 安徽省's; 无新增确诊/疑似 are said of the province",
        source="http://ah.people.com.cn/GB/n2/2020/0304/c358266-33847879.html",
    ),
    dict(
        id="b9f07",
        text=(
            "四川新增23例新冠肺炎确诊病例(泸州1例、宜宾1例、内江1例)\n\n"
            "来源:健康四川等 作者:健康四川等 发表时间:2020-02-07 10:32\n\n"
            "    截至2月6日24时我省新型冠状病毒肺炎疫情最新情况\n\n"
            "    2月6日0-24时,我省新型冠状病毒肺炎新增确诊病例23例,新增治愈出院病例10例,无新增死亡病例。\n\n"
            "    新增确诊病例中,成都市5例、甘孜州5例、广安市3例、达州市3例、泸州市1例、绵阳市1例、内江市1例、乐山市1例、南充市1例、宜宾市1例、巴中市1例。\n\n"
            "    新增治愈出院病例中,成都市6例、达州市3例、遂宁市1例。\n\n"
            "    截至2月6日24时,我省累计报告新型冠状病毒肺炎确诊病例344例,涉及21个市(州)、120个县(市、区)。 \n\n"
            "    344名确诊患者中,正在住院隔离治疗306人(其中危重19人),已治愈出院37人,死亡1人。\n\n"
            "    当日解除医学观察1166人,现有7226人正在接受医学观察。 \n\n"
            "四川省新型冠状病毒肺炎确诊人数分布图\n\n\n"
            "各市(州)确诊病例情况表\n"
            "(截至2020年2月6日24时)\n\n\n"
            "泸州最新情况\n\n"
            "    2月6日,泸州市新增新型冠状病毒感染的肺炎确诊病例1例。具体新增确诊病例情况如下:\n\n"
            "    患者肖某,女,38岁,龙马潭区石洞街道人,系确诊病例许某妻子。1月20日上午,其丈夫许某(1月26日确诊)从武汉返回龙马潭区石洞街道宝藏山庄小区。1月27日上午,肖某被隔离在龙马潭区某集中隔离点。2月4日,经核酸检测确认,随即被泸州市某定点医院收治隔离。"
        ),
        published="2020-02-07 10:32",
        city="泸州市",
        expect=[
            ("confirmed_new", "泸州市", "2020-02-06", 1, "", ""),
        ],
        note="A 泸州 portal's page: 四川's bulletin for 2月6日 followed by 泸州's own paragraph (泸州最新情况). Both state one new case for 泸州 on 2月6日 (新增确诊病例中…泸州市1例; 2月6日,泸州市新增…确诊病例1例) → one tuple confirmed_new 1. The patient lives in 龙马潭区 (residence describing one patient, not a district count: no 龙马潭区 tuple); her husband returned 从武汉 and was 1月26日确诊 (a patient's own history, no count of a place); 2月4日,经核酸检测确认 is her test date, not the count's. 泸州 is not in the discharge list and no none-statement names it. The province's 23/10/无新增死亡/344/306/19/37/1 and contacts are 四川省's. The two headings of images (分布图, 情况表) are kept as found; left out: the patient's list of places visited",
        source="http://chuannan.cn/news/20200207_33391.html",
    ),
    dict(
        id="b9f08",
        text=(
            "原标题:广东累计报告新冠肺炎1241例 新增东莞死亡1例\n"
            "中新社广州2月13日电 (蔡敏婕)广东省卫生健康委员会13日通报,截至2月12日24时,广东累计报告新冠肺炎确诊病例1241例。12日当天全省新增确诊病例22例,新增死亡1例为75岁男性,为湖北返粤人员,因发生难治性脓毒性休克、多器官功能障碍综合征,经全力抢救无效死亡。\n"
            "12日,新增出院43例,累计出院284例。新增死亡病例1例,为东莞市1例,累计死亡2例。另有疑似病例123例。有3123名密切接触者正在接受医学观察。\n"
            "累计报告确诊病例中,深圳市391例居首,年龄介于2月龄至90岁之间。(完)\n"
            "【编辑:张燕玲】"
        ),
        published="2020-02-13",
        city="东莞市",
        expect=[
            ("deaths_new", "东莞市", "2020-02-12", 1, "", ""),
        ],
        note="中新社's report of 广东's bulletin of 2月12日 (dateline 2月13日). Read for 东莞: 新增死亡病例1例,为东莞市1例 → deaths_new 1 on 2月12日; the 累计死亡2例 beside it is the province's total (ANNOTATION: a province's total beside a city's figure), not 东莞's. The dead man was 湖北返粤人员: origin, no 湖北 figure. The province's 1241/22/43/284/123/3123 and 深圳's 391 are not 东莞's",
        source="https://xwzx.qqzyw.com/show-296068.html",
    ),
    dict(
        id="b9f09",
        text=(
            "广东省政府新闻办举行第十六场疫情防控新闻发布会,通报广东新型冠状病毒感染的肺炎疫情防控工作有关情况。\n"
            "截至2月10日12时,全省累计报告新冠肺炎确诊病例1159例。10日当天0-12时全省新增确诊病例8例。新增确诊病例中,佛山市2例、惠州市2例、广州市1例、深圳市1例、肇庆市1例、江门市1例。另有疑似病例158例。有3158名密切接触者正在接受医学观察。\n"
            "通过梳理广东省卫生健康委员会官网公布的疫情情况,南都记者发现,自1月27日开始,广东省卫健委每半天公布一次疫情变化数据。2月10日0-12时,广东全省新增8例确诊病例,这是除1月27日0-12时全省新增5例确诊病例之外,全省第二次出现半天新增病例数量在十位数以下。并且,相较9日半天新增11例确诊病例减少了3例。\n"
            "确诊病例中,深圳市369例、广州市314例、珠海市85例、佛山市70例、东莞市60例、中山市56例、惠州市52例、汕头市25例、湛江市21例、江门市20例、肇庆市15例、阳江市13例、梅州市13例、清远市10例、茂名市10例、揭阳市7例、韶关市6例、汕尾市5例、潮州市5例、河源市3例。男性568例,女性591例,年龄介于2月龄-90岁之间。\n"
            "截至2月10日12时,在院的1003例确诊病例中,轻型81例,普通型798例,重型83例,危重型41例。新增出院12例,累计出院155例。累计死亡1例。"
        ),
        published="2020-02-10",
        city="佛山市",
        expect=[
            ("confirmed_new", "佛山市", "2020-02-10", 2, "", ""),
            ("confirmed_total", "佛山市", "2020-02-10", 70, "", ""),
        ],
        note="南方都市报's page on 广东's half-day figures to 2月10日12时 (URL dated 2月10日). Read for 佛山: 10日当天0-12时…新增确诊病例中,佛山市2例 → confirmed_new 2 (a half-day window of 2月10日); 确诊病例中…佛山市70例 under 截至2月10日12时 → confirmed_total 70. The province's 1159/8/158/3158, the comparisons (1月27日's 5, 9日's 11, 减少了3例), the sex and age split and the hospital breakdown (1003/81/798/83/41, 12/155/1) are 广东省's or no counts",
        source="https://m.mp.oeeee.com/a/BAAFRD000020200210261487.html",
    ),
    dict(
        id="b9f10",
        text=(
            "2月15日0—24时,31个省(自治区、直辖市)和新疆生产建设兵团报告新增确诊病例2009例 (湖北 1843例 )。\n"
            "其中,6个省区新增病例数为1,5个省区新增病例数为0, 西藏已连续17天无新增病例,青海连续10天无新增病例 。 黑龙江新增确诊人数为20例,较前日有较大幅度增加(昨日新增7例)。\n"
            "湖北新增:1843\n"
            "2020年2月15日0—24时,湖北省新增新冠肺炎确诊病例1843例(含临床诊断病例888例),全省新增病亡139例,新增出院849例,新增疑似病例1036例。\n"
            "截至2020年2月15日24时,湖北省累计报告新冠肺炎病例56249例,累计治愈出院病例5623例,累计死亡病例1596例。\n"
            "目前仍在院治疗39447例,其中:重症8439例、危重症1957例。累计追踪密切接触者183183人,尚在接受医学观察74261人。\n"
            "广东新增:22\n"
            "截至2月15日24时,广东省累计报告新冠肺炎确诊病例1316例。15日当天全省新增确诊病例22例,新增出院50例,累计出院436例。\n"
            "截至2月15日24时,在院的878例确诊病例中,轻型79例,普通型696例,重型71例,危重型32例。累计死亡2例。\n"
            "黑龙江新增:20\n"
            "2020年2月15日0-24时,黑龙江省报告新型冠状病毒感染的肺炎新增确诊病例20例。新增治愈出院病例22例。新增重症病例7例。新增疑似病例44例。\n"
            "截至2月15日24时,黑龙江省报告新型冠状病毒感染的肺炎确诊病例445例,死亡病例11例,治愈出院病例70例。现有疑似病例122例。\n"
            "全省当日发热门诊诊疗人数1941人。目前追踪到密切接触者14912人, 已解除医学观察10121人,尚有4685人正在接受医学观察。"
        ),
        published="2020-02-16",
        city=None,
        expect=[
            ("confirmed_new", "全国", "2020-02-15", 2009, "", ""),
            ("confirmed_new", "湖北省", "2020-02-15", 1843, "", ""),
            ("confirmed_new", "西藏自治区", "2020-02-15", 0, "", ""),
            ("confirmed_new", "青海省", "2020-02-15", 0, "", ""),
            ("confirmed_new", "黑龙江省", "2020-02-15", 20, "", ""),
            ("deaths_new", "湖北省", "2020-02-15", 139, "", ""),
            ("recovered_new", "湖北省", "2020-02-15", 849, "", ""),
            ("confirmed_total", "湖北省", "2020-02-15", 56249, "", ""),
            ("recovered_total", "湖北省", "2020-02-15", 5623, "", ""),
            ("deaths_total", "湖北省", "2020-02-15", 1596, "", ""),
            ("hospitalized", "湖北省", "2020-02-15", 39447, "", ""),
            ("severe", "湖北省", "2020-02-15", 8439, "", ""),
            ("critical", "湖北省", "2020-02-15", 1957, "", ""),
            ("close_contacts_total", "湖北省", "2020-02-15", 183183, "", ""),
            ("observation", "湖北省", "2020-02-15", 74261, "", ""),
            ("confirmed_total", "广东省", "2020-02-15", 1316, "", ""),
            ("confirmed_new", "广东省", "2020-02-15", 22, "", ""),
            ("recovered_new", "广东省", "2020-02-15", 50, "", ""),
            ("recovered_total", "广东省", "2020-02-15", 436, "", ""),
            ("hospitalized", "广东省", "2020-02-15", 878, "", ""),
            ("severe", "广东省", "2020-02-15", 71, "", ""),
            ("critical", "广东省", "2020-02-15", 32, "", ""),
            ("deaths_total", "广东省", "2020-02-15", 2, "", ""),
            ("recovered_new", "黑龙江省", "2020-02-15", 22, "", ""),
            ("severe_new", "黑龙江省", "2020-02-15", 7, "", ""),
            ("confirmed_total", "黑龙江省", "2020-02-15", 445, "", ""),
            ("deaths_total", "黑龙江省", "2020-02-15", 11, "", ""),
            ("recovered_total", "黑龙江省", "2020-02-15", 70, "", ""),
            ("suspected", "黑龙江省", "2020-02-15", 122, "", ""),
            ("close_contacts_total", "黑龙江省", "2020-02-15", 14912, "", ""),
            ("observation_released_total", "黑龙江省", "2020-02-15", 10121, "", ""),
            ("observation", "黑龙江省", "2020-02-15", 4685, "", ""),
        ],
        note="A national round-up of 2月15日 on a portal, read without a home city (six places). 全国: 新增确诊病例2009例 → confirmed_new. 湖北: 1843 (stated in the lead, the heading 湖北新增:1843 and the body: one tuple); 含临床诊断病例888例 is a sub-group, no tuple; 新增病亡139, 新增出院849, 累计56249/5623/1596, 目前仍在院治疗39447 → hospitalized, 重症8439 → severe, 危重症1957 → critical, 累计追踪密切接触者 and 尚在接受医学观察; 新增疑似病例1036 has no metric. 西藏已连续17天无新增病例 and 青海连续10天无新增病例 → one confirmed_new 0 each on 2月15日 (the run's last day). 黑龙江: new 20 (lead and body: one tuple); 较前日…(昨日新增7例) is the comparison's baseline: no tuple (ANNOTATION: a comparison's date and figure are not the figure's); 新增治愈出院22, 新增重症病例7 → severe_new, 445/11/70, 现有疑似122 → suspected, contacts 14912, 已解除医学观察10121 → observation_released_total, 尚有4685 → observation; 发热门诊诊疗人数 and 新增疑似44 have no metric. 广东: 1316/22/50/436, 在院的878例 → hospitalized, 重型71 → severe, 危重型32 → critical (current, blind8), 累计死亡2; 轻型/普通型 counts have no metric. 6个省区…为1,5个省区…为0 name no province: no tuple. The page shows no date: the day after the figures' day is taken as published. Left out: the 河南 section and what follows, where the excerpt breaks off",
        source="http://48903.com/news/show-108039.html",
    ),
    dict(
        id="b9f11",
        text=(
            "警惕!第一次通报就新增130,武汉还首次出现这种病例!\n\n"
            "原标题:警惕!第一次通报就新增130,武汉还首次出现这种病例!\n\n"
            "3月31日0—24时,31个省(自治区、直辖市)和新疆生产建设兵团报告新增确诊病例36例,其中境外输入病例35例,本土病例1例(广东1例);新增死亡病例7例(湖北6例,上海1例);新增疑似病例26例,均为境外输入病例。\n\n"
            "当日新增治愈出院病例186例,解除医学观察的密切接触者1418人,重症病例减少62例。\n\n"
            "境外输入现有确诊病例691例(含重症病例20例),现有疑似病例169例。累计确诊病例806例,累计治愈出院病例115例,累计死亡病例0例。\n\n"
            "警惕!第一次通报就新增130,武汉还首次出现这种病例!\n\n"
            "截至3月31日24时,据31个省(自治区、直辖市)和新疆生产建设兵团报告,现有确诊病例2004例(含重症病例466例),现有疑似病例172例。累计确诊病例81554例,累计治愈出院病例76238例,累计死亡病例3312例,累计追踪到密切接触者707913人,尚在医学观察的密切接触者20314人。\n\n"
            "警惕!第一次通报就新增130,武汉还首次出现这种病例!\n\n"
            "湖北新增确诊病例1例(武汉1例,为境外输入病例),新增治愈出院病例173例(武汉173例),新增死亡病例6例(武汉5例),现有确诊病例1283例(武汉1279例),其中重症病例435例(武汉432例)。累计治愈出院病例63326例(武汉46175例),累计死亡病例3193例(武汉2553例),累计确诊病例67802例(武汉50007例)。新增疑似病例0例(武汉0例),现有疑似病例0例(武汉0例)。\n\n"
            "31个省(自治区、直辖市)和新疆生产建设兵团报告新增无症状感染者130例,当日转为确诊病例2例,当日解除隔离302例。尚在医学观察无症状感染者1367例,比前一日减少174例。"
        ),
        published="2020-04-01",
        city=None,
        expect=[
            ("confirmed_new", "全国", "2020-03-31", 36, "", ""),
            ("deaths_new", "全国", "2020-03-31", 7, "", ""),
            ("recovered_new", "全国", "2020-03-31", 186, "", ""),
            ("observation_released_new", "全国", "2020-03-31", 1418, "", ""),
            ("hospitalized", "全国", "2020-03-31", 2004, "", ""),
            ("severe", "全国", "2020-03-31", 466, "", ""),
            ("suspected", "全国", "2020-03-31", 172, "", ""),
            ("confirmed_total", "全国", "2020-03-31", 81554, "", ""),
            ("recovered_total", "全国", "2020-03-31", 76238, "", ""),
            ("deaths_total", "全国", "2020-03-31", 3312, "", ""),
            ("close_contacts_total", "全国", "2020-03-31", 707913, "", ""),
            ("observation", "全国", "2020-03-31", 20314, "", ""),
            ("deaths_new", "湖北省", "2020-03-31", 6, "", ""),
            ("deaths_new", "上海市", "2020-03-31", 1, "", ""),
            ("confirmed_new", "湖北省", "2020-03-31", 1, "", ""),
            ("confirmed_new", "武汉市", "2020-03-31", 1, "", ""),
            ("recovered_new", "湖北省", "2020-03-31", 173, "", ""),
            ("recovered_new", "武汉市", "2020-03-31", 173, "", ""),
            ("deaths_new", "武汉市", "2020-03-31", 5, "", ""),
            ("hospitalized", "湖北省", "2020-03-31", 1283, "", ""),
            ("hospitalized", "武汉市", "2020-03-31", 1279, "", ""),
            ("severe", "湖北省", "2020-03-31", 435, "", ""),
            ("severe", "武汉市", "2020-03-31", 432, "", ""),
            ("recovered_total", "湖北省", "2020-03-31", 63326, "", ""),
            ("recovered_total", "武汉市", "2020-03-31", 46175, "", ""),
            ("deaths_total", "湖北省", "2020-03-31", 3193, "", ""),
            ("deaths_total", "武汉市", "2020-03-31", 2553, "", ""),
            ("confirmed_total", "湖北省", "2020-03-31", 67802, "", ""),
            ("confirmed_total", "武汉市", "2020-03-31", 50007, "", ""),
            ("suspected", "湖北省", "2020-03-31", 0, "", ""),
            ("suspected", "武汉市", "2020-03-31", 0, "", ""),
        ],
        note="The NHC report for 3月31日 on a news mirror (page chrome: the headline repeated between paragraphs, kept as found), read without a home city. 全国: 新增确诊36, 新增死亡7 (湖北6例,上海1例 → deaths_new for each), 新增治愈出院186, 解除医学观察的密切接触者1418 → observation_released_new, 现有确诊2004 → hospitalized, 含重症466 → severe, 现有疑似172 → suspected, 累计81554/76238/3312, contacts 707913 and 20314 → observation. 其中境外输入病例35例 and the whole 境外输入 paragraph (691/20/169/806/115/0) are imported-only subtotals: no tuple. 本土病例1例(广东1例) is a local-only count: no tuple for 广东 (blind4/5/7/8 reading). 湖北新增确诊病例1例(武汉1例,为境外输入病例): the one case is the province's and the city's whole new count, which happens to be imported → confirmed_new 1 for 湖北省 and 武汉市 (not an imported-only subtotal beside another figure). 湖北/武汉 pairs → one tuple each; 现有确诊 → hospitalized; 现有疑似病例0例 → suspected 0; 新增疑似 has no metric. 重症病例减少62例 and 比前一日减少174例 are changes, no tuple; the 130 of the headline and the last paragraph are asymptomatic infections, no metric. Left out: the 港澳台 paragraph, where the excerpt breaks off",
        source="https://news.shi-fen.com/china/202004/50-683693.html",
    ),
    dict(
        id="b9f12",
        text=(
            "日本确诊人数上升至739人\n\n"
            "2020-02-22 08:53 作者:ITHC.CN\n\n"
            "中新社东京2月21日电 (记者 吕少威)截至当地时间21日22时,日本新型冠状病毒感染确诊人数上升至739人。\n\n"
            "当天北海道新增3例确诊,其中2人是兄弟,在读小学,还有1名是在新千岁机场工作的检疫官。北海道确诊总数已达8例。\n\n"
            "东京都也新增3例确诊,其中1名50多岁女性感染者感染路径不明,其余两例都与此前已确诊的感染者有过接触。至此,东京都确诊总数上升至28例。东京都政府表示,未来三周是关键时期,期间东京都政府举办的大型活动原则上中止或延期。\n\n"
            "截至21日22时,停泊在横滨的邮轮“钻石公主”号未有新增确诊报告,从本月3日晚该船抵达横滨接受检疫以来,船内感染总数已达634例。从19日开始,船上检测结果呈阴性、没有相关症状且客房内没有出现确诊者的乘客被允许下船。19日有443人下船,20日有274人下船,21日有253人下船,总数达970人,厚生劳动省称21日将结束所有符合条件乘客的下船工作。(完)"
        ),
        published="2020-02-22 08:53",
        city=None,
        expect=[
            ("confirmed_total", "日本", "2020-02-21", 739, "", ""),
            ("confirmed_new", "北海道", "2020-02-21", 3, "", ""),
            ("confirmed_total", "北海道", "2020-02-21", 8, "", ""),
            ("confirmed_new", "东京都", "2020-02-21", 3, "", ""),
            ("confirmed_total", "东京都", "2020-02-21", 28, "", ""),
            ("confirmed_new", "钻石公主号", "2020-02-21", 0, "", ""),
            ("confirmed_total", "钻石公主号", "2020-02-21", 634, "", ""),
        ],
        note="中新社东京2月21日电 on a portal (page 2月22日 08:53; every figure is dated 21日, so the morning rule does not apply). City=None: 日本's 确诊人数上升至739人 → confirmed_total 739 (截至21日22时); 当天北海道新增3例 and 确诊总数已达8例; 东京都也新增3例 and 至此…28例 (至此 takes 当天 = 21日); the ship 钻石公主号 (written “钻石公主”号): 未有新增确诊报告 → confirmed_new 0 and 船内感染总数已达634例 → confirmed_total 634. The two brothers and the quarantine officer are the 北海道 3 described; the disembarked passengers (443/274/253/970) are no metric; 三周 is a duration. Left out: paragraphs on the party congress, 石川县's first case and 埼玉县's boy back on the 武汉 charter flight (not needed; kept short)",
        source="http://www.ithc.cn/article/360990.html",
    ),
    dict(
        id="b9f13",
        text=(
            "韩国新冠肺炎确诊病例突破6000例\n\n"
            "日期:03-05\n"
            "新冠肺炎\n\n"
            "原标题:韩国新冠肺炎确诊病例突破6000例\n\n"
            "新华社首尔3月5日电(记者陆睿耿学鹏)韩国疾病管理本部5日发布的最新统计数据显示,当地时间5日0时至16时,韩国新增322例新冠肺炎病例,累计确诊病例增至6088例。\n\n"
            "由于出现聚集性感染,韩国新冠肺炎确诊病例主要集中在大邱市和庆尚北道。截至5日0时,大邱市和庆尚北道的确诊病例总数达5187例。大邱市和庆尚北道清道郡、庆山市已被韩国政府指定为传染病特别管理地区。"
        ),
        published="2020-03-05",
        city=None,
        expect=[
            ("confirmed_new", "韩国", "2020-03-05", 322, "", ""),
            ("confirmed_total", "韩国", "2020-03-05", 6088, "", ""),
        ],
        note="新华社首尔3月5日电 on a news mirror (日期:03-05). 韩国: 5日0时至16时…新增322例 → confirmed_new 322 (a part-day window of 5日) and 累计确诊病例增至6088例 → confirmed_total 6088; the headline's 突破6000例 restates that total as a threshold: the same figure, one tuple (no separate 6000 more_than). 大邱市和庆尚北道的确诊病例总数达5187例 is the sum of two places with no figure of either: no tuple (reading choice). 清道郡 and 庆山市 carry no figure",
        source="https://m.news.shi-fen.com/world/202003/51-649917.html",
    ),
    dict(
        id="b9f14",
        text=(
            "证券时报e公司讯,当地时间3月22日,纽约州长科莫在每日发布会上,更新了当前纽约州的疫情。截至3月22日上午11点半,纽约州新冠肺炎确诊人数已经得到了15168人,死亡114人。在15168例中,1974例目前已经入院(13%)。其中,纽约市确诊9045例。目前纽约州已经测试了61401例疑似新冠肺炎病例,超过其他各州。(央视新闻)"
        ),
        published="2020-03-23",
        city=None,
        expect=[
            ("confirmed_total", "纽约州", "2020-03-22", 15168, "", ""),
            ("deaths_total", "纽约州", "2020-03-22", 114, "", ""),
            ("hospitalized", "纽约州", "2020-03-22", 1974, "", ""),
            ("confirmed_total", "纽约市", "2020-03-22", 9045, "", ""),
        ],
        note="证券时报 quoting 央视 on 纽约州's governor's briefing (URL dated 3月23日; figures 截至3月22日上午11点半). 纽约州: 确诊人数…15168人 → confirmed_total, 死亡114人 → deaths_total, 1974例目前已经入院 → hospitalized (current); (13%) is their share of cases: no metric. 纽约市 (a foreign city as written): 确诊9045例 → confirmed_total. 测试了61401例疑似…病例 counts tests, not current suspected cases: no tuple. (Another table holds the same 纽约州 deaths figure for that day from a different page; this page's text appears in no table.)",
        source="http://www.herich.com.cn/gupiao/hangyefenxi/shehuifuwuye/2020-03-23/629164.html",
    ),
    dict(
        id="b9f15",
        text=(
            "意大利:封锁伦巴第大区及14个省 包括米兰和威尼斯\n\n"
            "当地时间3月8日,意大利政府发布新法令,规定自3月8日起,除工作及健康等紧急状况,禁止出入伦巴第大区及分布在威尼托、艾米利亚-罗马涅、皮埃蒙特和马尔凯大区的14个省,其中包括伦巴第大区首府米兰及著名旅游城市威尼斯。\n\n"
            "截至3月7日18时,伦巴第大区确诊3420例新冠肺炎病例,为意大利疫情最为严重的大区。大区包括米兰、布雷西亚、贝加莫、科莫等城市,是意大利重要的经济大区。\n\n"
            "根据当地时间3月7日18时意大利卫生部公布的最新数据,意大利现有新冠病毒患者5061例,死亡233例,治愈589例,累计确诊感染新冠病毒总人数为5883例,较3月6日18时新增1247例,新增36例死亡病例。\n\n"
            "来源:人民日报客户端\n\n"
            "编辑:金凯"
        ),
        published="2020-03-08",
        city=None,
        expect=[
            ("confirmed_total", "伦巴第大区", "2020-03-07", 3420, "", ""),
            ("hospitalized", "意大利", "2020-03-07", 5061, "", ""),
            ("deaths_total", "意大利", "2020-03-07", 233, "", ""),
            ("recovered_total", "意大利", "2020-03-07", 589, "", ""),
            ("confirmed_total", "意大利", "2020-03-07", 5883, "", ""),
            ("confirmed_new", "意大利", "2020-03-07", 1247, "", ""),
            ("deaths_new", "意大利", "2020-03-07", 36, "", ""),
        ],
        note="人民日报客户端 on a local portal; the page shows no date, and its lead is the decree of 当地时间3月8日, so 3月8日 is taken as published (every figure is dated 3月7日). 伦巴第大区 (a foreign region as written): 截至3月7日18时…确诊3420例 → confirmed_total. 意大利: 现有新冠病毒患者5061例 → hospitalized (current cases), 死亡233 → deaths_total, 治愈589 → recovered_total, 累计确诊…5883 → confirmed_total, 较3月6日18时新增1247例 → confirmed_new as of 3月7日 (3月6日18时 is the baseline), 新增36例死亡病例 → deaths_new. The 14 provinces, 米兰, 威尼斯 and the other cities carry no figure. Left out: the page's comment widget",
        source="http://cmstop.zt.jsw.com.cn/p/74630.html",
    ),
    dict(
        id="b9f16",
        text=(
            "1月31日,泰国卫生部发布新型冠状病毒疫情最新情况,新增确诊病例5例,其中1例为泰国出租车司机,未去过中国,是泰国第1例确诊的人传人病例,其余4例是中国人。\n"
            "截至目前,泰国共确诊19例,17例中国人,2例泰国人,其中7人经治疗已痊愈,还有12人在治疗中。泰国副总理兼卫生部长阿努廷在发布会上表示,泰国政府会尽全力防控疫情,保护所有泰国人和在泰外国人的生命和健康安全。他同时表示,目前还没有必要取消面向中国游客的免落地签证费政策。\n"
            "编辑:孙欣祺\n"
            "来源:央视新闻"
        ),
        published="2020-01-31",
        city=None,
        expect=[
            ("confirmed_new", "泰国", "2020-01-31", 5, "", ""),
            ("confirmed_total", "泰国", "2020-01-31", 19, "", ""),
            ("recovered_total", "泰国", "2020-01-31", 7, "", ""),
            ("hospitalized", "泰国", "2020-01-31", 12, "", ""),
        ],
        note="央视 on 文汇报's site (URL dated 2020-01-31). 泰国: 新增确诊病例5例 → confirmed_new on 1月31日; 截至目前 in the next paragraph takes the date the item stated (1月31日): 共确诊19例 → confirmed_total, 7人经治疗已痊愈 → recovered_total, 12人在治疗中 → hospitalized. 第1例确诊的人传人病例 is an ordinal; 17例中国人/2例泰国人 and 其余4例是中国人 are nationalities of patients, not places: no tuple for 中国",
        source="https://whb.cn/zhuzhan/ztqfkxxgzbdfyyq/20200131/319299.html",
    ),
    dict(
        id="b9f17",
        text=(
            "中国政府捐赠泰国抗疫物资到了!泰再增122确诊病例\n\n"
            "泰国中华网3月23日综合报道 3月23日,中国驻泰王国大使馆官方脸书账号发布消息,中国政府捐赠泰国政府的抗疫物资已经运抵素万那普国际机场。当天下午,泰国国务院事务部长在新冠肺炎疫情管理中心发布会上确认这一消息。\n\n"
            "当天,卫生部在疫情通报会上透露,泰国当日报告新增确诊病例新增确诊病例122例,累计确诊病例达到721例,目前仍在治疗中的有668例,其中重症患者7例。新增7例治愈病例,累计治愈病例52例,死亡1例。\n\n"
            "卫生部发言人特威信医师介绍,新增的确诊病例共分为3组:\n\n"
            "第一组:与确诊病例密切接触人员共20人。分别为拳击场4人,包括观众,拳手助理,分布在暖武里府、佛统府以及乌汶府;与此前确诊病例密切接触人员16人。\n\n"
            "第二组:输入性新增病例10例,其中,外国人来泰4人,泰国籍公民2人;在人群密集场所被感染6人,为酒吧工作人员和与外国人有接触人员,分布在普吉、黎逸府、甲米以及素叻府;\n\n"
            "第三组:感染来源尚在调查中,一共92例。"
        ),
        published="2020-03-23",
        city=None,
        expect=[
            ("confirmed_new", "泰国", "2020-03-23", 122, "", ""),
            ("confirmed_total", "泰国", "2020-03-23", 721, "", ""),
            ("hospitalized", "泰国", "2020-03-23", 668, "", ""),
            ("severe", "泰国", "2020-03-23", 7, "", ""),
            ("recovered_new", "泰国", "2020-03-23", 7, "", ""),
            ("recovered_total", "泰国", "2020-03-23", 52, "", ""),
            ("deaths_total", "泰国", "2020-03-23", 1, "", ""),
        ],
        note="泰国中华网 of 3月23日 (the doubled 新增确诊病例新增确诊病例 kept as found). 泰国 on 当天 = 3月23日: 新增…122例 → confirmed_new, 累计…721例 → confirmed_total, 目前仍在治疗中的有668例 → hospitalized, 其中重症患者7例 → severe, 新增7例治愈病例 → recovered_new, 累计治愈病例52例 → recovered_total, 死亡1例 → deaths_total. The three groups are sub-groups of the 122: 输入性新增病例10例 is an imported-only subtotal (no tuple), 20/4/16/6/92 and 外国人4人/泰国籍公民2人 have no region; the provinces (府) named are where cases are, with no count each. Left out: the paragraph on China's donated supplies (not needed)",
        source="https://thaizhonghua.com/2020/03/23/83194.html",
    ),
    dict(
        id="b9f18",
        text=(
            "新華網 正文\n"
            "香港新冠肺炎確診病例新增5例 累計79例\n"
            "2020-02-24 20:52:02 來源: 新華網\n\n"
            "  新華社香港2月24日電(記者丁梓懿)香港特區政府衛生署24日表示,香港新增5例新冠肺炎確診病例,累計確診病例增至79例。\n\n"
            "  香港特區政府衛生署和醫院管理局24日舉行簡報會,衛生署衛生防護中心傳染病處主任張竹君表示,第75宗個案是一名35歲男商人,與家人同住元朗,2月初曾駕車前往深圳住所,8日后沒有再回內地,19日開始發燒咳嗽,正在屯門醫院隔離。\n\n"
            "  第76宗和第77宗個案都曾前往北角一間佛堂,分別是一名57歲女子和一名68歲女子。目前共有6位年長女患者因去過該佛堂而被確診。\n\n"
            "  張竹君表示,目前已有130名曾到過佛堂的市民聯絡衛生防護中心,其中有7人感到不適被送往醫院,16人需要檢疫,另有107人要接受醫學監察。\n\n"
            "  另外兩名患者是“鉆石公主”號郵輪的乘客,分別為一名59歲女子和一名58歲女子,她們由日本返港后在駿洋邨進行隔離。\n\n"
            "  據介紹,正在接受檢疫的“鉆石公主”號郵輪乘客,目前已有12人住院,其中3人被確診,另有2人初步檢測結果為陽性。\n\n"
            "  目前香港累計報告79例新冠肺炎確診病例,其中58人正在醫院接受隔離治療,19人出院,兩人死亡。據香港醫院管理局總行政經理(病人安全及風險管理)何婉霞介紹,在58位住院患者中,7人病情嚴重,51人情況穩定,無患者危殆。"
        ),
        published="2020-02-24 20:52",
        city=None,
        expect=[
            ("confirmed_new", "香港", "2020-02-24", 5, "", ""),
            ("confirmed_total", "香港", "2020-02-24", 79, "", ""),
            ("hospitalized", "香港", "2020-02-24", 58, "", ""),
            ("recovered_total", "香港", "2020-02-24", 19, "", ""),
            ("deaths_total", "香港", "2020-02-24", 2, "", ""),
            ("severe", "香港", "2020-02-24", 7, "", ""),
            ("critical", "香港", "2020-02-24", 0, "", ""),
        ],
        note="新华社香港2月24日电 on a mirror of 新华网 (traditional). 香港: 新增5例 → confirmed_new, 累計…79例 (stated twice: one tuple), 58人正在醫院接受隔離治療 → hospitalized, 19人出院 → recovered_total, 兩人死亡 → deaths_total 2 (a count in words), 7人病情嚴重 → severe, 無患者危殆 → critical 0. 第75宗, 第76宗和第77宗 are ordinals; 6位年長女患者 are one cluster's (a 佛堂, an institution): no tuple; the 130/7/16/107 people linked to it are no place's counts. The ship's passengers in quarantine in 香港 (12人住院,其中3人被確診, 2人初步陽性) are a returnee group (like 撤侨): no tuple, and the ship itself is given no figure. 深圳 and 日本 carry no figure. Left out: the site's share links (關注新華網/微博/Qzone/評論) and the unrelated spam lines around the article",
        source="http://m.wxykgl.com/politics/2020-02/24/c_1125620548.htm",
    ),
    dict(
        id="b9f19",
        text=(
            "澳门已连续12天无新增确诊病例 一对母子康复出院\n"
            "编辑: 母曼晔 | 时间: 2020-02-17 17:51:17 | 来源: 央视网 |\n"
            "昨天(16日),澳门特区政府新型冠状病毒感染应变协调中心举行新闻发布会表示,澳门又有两例新冠肺炎确诊患者于昨天康复出院。\n"
            "应变协调中心表示,这两位康复出院的患者均来自武汉,为39岁女性和14岁男性,两人为母子关系。据介绍,从2月5号开始,澳门已经连续12天没有新增新冠肺炎确诊病例,累计确诊的10例中有5例已康复出院。"
        ),
        published="2020-02-17 17:51",
        city=None,
        expect=[
            ("recovered_new", "澳门", "2020-02-16", 2, "", ""),
            ("confirmed_new", "澳门", "2020-02-16", 0, "", ""),
            ("confirmed_total", "澳门", "2020-02-16", 10, "", ""),
            ("recovered_total", "澳门", "2020-02-16", 5, "", ""),
        ],
        note="央视网 on a portal (17:51 on 2月17日): 澳门's coordination centre's briefing of 昨天(16日). 又有两例…于昨天康复出院 → recovered_new 2 (两例 → 2) on 2月16日; 从2月5号开始…已经连续12天没有新增…确诊病例 (and the headline) → one confirmed_new 0 on the run's last day, 2月16日 (the briefing's day; 12 is a duration); 累计确诊的10例中有5例已康复出院 → confirmed_total 10 and recovered_total 5, dated by the briefing (16日). The two patients 均来自武汉: origin, no 武汉 figure; ages and kinship are no counts. Left out: the paragraph on public services reopening from 17号 and the page's recommended links",
        source="https://itaiwannews.cn/2020-02-17/d58d5c45-e1c1-15df-27c3-9d521710a414.html",
    ),
    dict(
        id="b9f20",
        text=(
            "武漢肺炎24日新增20例境外移入 累計215例\n\n"
            "疫情指揮中心指揮官陳時中今天宣布,台灣新增20例武漢肺炎確診,全為境外移入,多為旅外就學或工作。年齡介於5至60餘歲間。這些案子都在掌控中。\n\n"
            "資料來源: 中央通訊社"
        ),
        published="2020-03-24",
        city=None,
        expect=[
            ("confirmed_new", "台湾", "2020-03-24", 20, "", ""),
            ("confirmed_total", "台湾", "2020-03-24", 215, "", ""),
        ],
        note="A timeline page quoting 中央通訊社 on 台湾's command centre (traditional; the page shows no date: the headline's 24日 is taken as published and 今天 resolves to it). 台灣新增20例…確診,全為境外移入 → confirmed_new 20: this is 台湾's whole new count, all of which is imported, not an imported-only subtotal beside another figure; 累計215例 → confirmed_total 215 (a total, not the ordinal 第215例). The age range is no count",
        source="https://www.youtiline.com/tl/COVID-19/event/?id=1346",
    ),
]
