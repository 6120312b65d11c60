"""Golden extraction cases for FEED texts, eleventh BLIND set, Jan–Apr 2020.

What is here: 20 feed texts, i.e. bulletins, round-ups and wire items that summarise several places: provincial bulletins with
per-city lists read for one city (宁夏 with counties named without their city, 内蒙古's numbered list, 辽宁 with a treatment centre
named after a city, 青海's 全部治愈出院 for a 州, 湖北 with 含临床诊断病例 subtotals, 江西, 吉林's bilingual
bulletin with lists under 在院, 江苏 with a list under 在院 of 危重型), two cities' own bulletins with their districts and counties (咸宁, with
county names written short; 绍兴, followed by its province's), a national report retold by a foreign broadcaster read without a home city (全国, 湖北, 武汉, an imported-only
province list), and items without a home city on 西藏 (twice), 意大利, 美国 with two states, two cruise ships (至尊公主号,
珊瑚公主号), 澳门 (twice) and 日本 with the 钻石公主号. Every case is a short verbatim excerpt of a public page found with the
search tool (`pages` corpus); its `source` is that page's URL. Traditional characters, a scraper's inserted fragments (位新, 冠肺,
炎患院, 复出) and doubled 澳门, a machine-reworded item with a misspelt prefecture (爱源县), WeChat chrome ('点击蓝字 轻松关注', a stray
'、'), a numbered list, an English paragraph after the Chinese, 'Time:'/'字號:' page lines and signatures are kept as found.
Paragraphs a case does not need were left out, and a paragraph is cut only after a full sentence; each note says what was left out.

How it was annotated: BLIND, i.e. as a careful reader of the texts alone. Nothing of the extractor was opened or run (no code
under extract/, store/, briefing/, app/ or evaluation/, no `python -m extract`, no test). The binding conventions are
tests/cases/ANNOTATION.md (including its 'Readings still open', where the first-listed reading is followed and the note says so),
shared/gold/FORMAT.md and the conventions in dev_cases.py's docstring; for layout and precedent only the docstring and the first
two CASES entries of blind10_feeds.py were read (its reading choices are followed where the binding conventions are silent).
Nothing else in tests/cases or tests/data was read; they were only grepped (see the checks below).

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Sources:
* Bulletins read for one city: 宁夏 2月26日 (a news portal) for 吴忠, 内蒙古 to 2月5日9时 (an association's site) for 乌兰察布, 辽宁
  2月24日 (a company site) for 沈阳, 青海 3月17日 (a portal) for 海北藏族自治州, 湖北 2月13日 on 黄石's news app (07:51) for 黄石,
  咸宁's own bulletin of 3月2日 (on its county 通山's app) for 咸宁, 江西 2月6日 (a WeChat account) for 抚州, 吉林 2月19日 (the province's
  bilingual foreign-affairs site) for 四平, 江苏 3月3日 (央视新闻 on a portal, 09:01) for 连云港, 绍兴's own bulletin of 2月11日 with
  浙江's under 新闻多看点 (a county news site) for 绍兴.
* city=None: 西藏 3月26日 (人民网, 10:02), 西藏's only patient discharged 2月12日 (新华社 on the central government's traditional
  mirror), the NHC's 3月19日 figures retold by VOA, 意大利 3月12日 (an essay site), 美国 4月21日 with 纽约州 and 新泽西州 (a traditional
  portal's 延伸閱讀), the 至尊公主号 (the San Francisco consulate's notice, 3月6日), the 珊瑚公主号 (a wire item quoting 中央社, 4月2日),
  澳门 3月6日 (文匯網, traditional), 澳门 4月12日 (中评社 on a scraper page), 日本 4月3日 with the 钻石公主号 (a reworded copy).

City split: ten cases have city=None and ten have a home city.
* city=None: every place with a figure is expected: 全国, provinces in full (湖北省, 西藏自治区), 武汉市, foreign countries by their
  usual short name (意大利, 美国, 日本), foreign states as written in simplified script (纽约州, 新泽西州), 澳门, and ships by their names
  (至尊公主号, 珊瑚公主号, 钻石公主号). No case has more than three places.
* Home city: a prefecture-level city in full (海北藏族自治州 as the first-listed open reading on prefecture names asks); only that
  city and its districts, counties, banners and county-level cities are expected (吴忠's 利通区/青铜峡市/同心县/红寺堡区, 乌兰察布's
  化德县/四子王旗, 咸宁's 咸安区/赤壁市/嘉鱼县/通山县/崇阳县/通城县, 绍兴's 越城区/柯桥区/上虞区/诸暨市/嵊州市/新昌县).

Ways of writing covered (counts of cases; a case can count under several):
  (1) foreign places, 港澳台 and ships: 7 (意大利, 美国 with two states, 至尊公主号, 珊瑚公主号, 澳门 twice, 日本 with 钻石公主号);
  (2) speakers and other places' items: 7 (绍兴's own bulletin with 全市 above 浙江's lines, 咸宁's 全市, 青海's 我省, 黄石's app carrying 湖北's
      bulletin, VOA retelling the NHC, 中评社 quoting 文汇报 on 澳门, 文匯網 quoting 澳門's centre);
  (3) origin, residence, nationality, returnees: 5 (西藏's patient 係湖北省隨州市人, 澳门's patient's stays in 珠海/中山, 澳门's 菲律宾/西班牙
      patients, 日本's 包机回国 counted inside its total, the Chinese crew and passengers on the 至尊公主号);
  (4) one institution, group, sum or aggregate: 9 (沈阳中心17人, 仁伯爵's isolation ward, 咸宁's fever clinic, 日本's sums 3508/84 and six prefectures' joint
      20, the two ships' passenger/crew splits, 中国以外, 全球, 含临床诊断病例 subtotals);
  (5) a province's totals beside a city's figures: 9 (every home-city case but 咸宁's own bulletin; 吉林's 死亡1例(四平市));
  (6) current versus cumulative, severity and subtotals: 11 (西藏's 现有…0例, 咸宁's 危重 inside its cumulative count, 意大利's 现有患者, 全国's 现有确诊, 辽宁's 在院 and the
      centre, 青海's 全部治愈出院, 吉林's 在院 list and 重症/危重症 brackets, 江苏's 危重型 under 在院 → critical, 绍兴's 重症病人,
      澳门's 住院治疗 and 零病人/零重症, VOA's imported-only province list and 228);
  (7) deaths in lists and lines: 8 (咸宁's 病亡 bracket and 无新增病亡, 湖北's 病亡 list, 四平's bracket, 美国's states, 日本 and
      the ship, 意大利's new deaths, zero deaths in 西藏 and 澳门);
  (8) ordinals: 4 (内蒙古's item numbers 1.–11., 西藏's 首例, 澳门's 第8例, 澳门's 第11/12/13位出院病人 and 第15/31/12例);
  (9) none-statements and zeros: 10 (西藏's 0s and 连续57天, 咸宁's 0例 and 通城0例, 西藏's 连续13天 and 清零, VOA's 零增长 for 全国/湖北/武汉, 澳门's 零病人/零死亡,
      澳门's 连续第4天无新增, 绍兴's 无新增, the province's 无新增 not read for 沈阳/海北/连云港);
  (10) dates: morning pages whose figures carry their own dates (10:02, 07:51, 09:01), a 9时 cut-off (截至2020年2月5日9时), signatures dated the day after the figures, local dates abroad (当地时间3月12日18时, 美東時間4月21日下午6時, 美西时间3月6日), a day without its month
      taking it from the item (当地时间2日 with 4月4日, 6日 with 3月4日, 12日 in a 4月13日 dispatch), 截至11日24時, 目前/当前/截至目前
      taking the item's date, and pages without a date (the figures', the signature's or the lead's date taken as published, as in
      blind7-10). No case here exercises the morning rule for a figure without any date (none was found that passed the checks).

Reading choices made where the binding conventions are silent (each note says which it uses):
* Open readings, first-listed reading followed: local-only counts are the place's figures (VOA's 源自国内感染的新病例…零增长 → 全国
  confirmed_new 0); a prefecture's full name (海北州 → 海北藏族自治州); one patient's discharge named by an ordinal or as the only
  one (西藏's 唯一…患者, 澳门's 第8例) gives no recovered_new, only what it implies.
* 至少 N ('at least') is read like 以上 → more_than (美国's 820104; unsure).
* Open reading, first-listed: 危重 inside a cumulative breakdown (累计…836例,其中重症病例3例,危重病例6例) → critical_total; the 重症
  beside it, which has no cumulative metric, → severe (咸宁; unsure).
* County names written short in a city's lists (咸安, 赤壁, 通城) take their full names (咸安区, 赤壁市, 通城县).
* 全部治愈出院 of a province's total is read for each city in its bracket (海北's 3 → recovered_total 3); an only case cured →
  recovered_total 1 (西藏).
* A joint figure for several places (six prefectures 共有20人) and sums of places (3508, 84) get no tuple (blind9/10 read sums so).
* A headline restating the body's figure (累计死亡破千, 超82萬, 上升至2796例) is the same figure, one tuple (as blind10).
* Imported-only figures get no tuple, including a province list of imported new cases (VOA), as blind4/5/7/8/9/10.
* Figures abroad are dated by the local date the text gives (as blind10's local-time datelines).

Exclusion and overlap checks:
* No page comes from Hunan or mentions 株洲 or a Hunan place, and none comes from the DXY feed or a mirror of it; this was checked on
  every excerpt and on all the page text the search tool returned (a 宁夏 page of 1月30日 was dropped for a related-article link
  naming a Hunan county). A scan of this file for the fourteen Hunan names (simplified and traditional) and 湘 finds none; 株洲 appears only
  in this paragraph.
* Before annotating, each candidate's URL and two or more distinctive snippets (10+ characters; simplified and traditional forms)
  were grepped with `grep -rlF` across tests/cases and tests/data (file names only). Every page that hit was dropped, and so was a
  page whose text hit in another script: over 60 candidates, e.g. 宁夏 2月15日/2月23日/2月29日, 内蒙古 2月19日/2月22日, 广西 2月1日/
  2月3日/2月11日/2月14日/2月15日, 新疆 2月15日/2月28日, 安徽 2月6日/2月13日/2月18日/2月24日/3月1日, 合肥 2月3日, 西藏 2月27日, 韩国
  2月29日/3月5日, 辽宁 2月14日/2月15日/2月20日/2月29日, 福建 2月12日/2月13日/2月14日/2月17日, 贵州 2月14日/2月28日/3月1日, 甘肃
  2月2日/2月14日/2月20日, 青海 2月11日/2月15日, 河北 2月8日/2月10日/2月26日, 山东 3月3日, 湖北 2月2日/2月27日/2月28日, 江西 1月30日/
  3月2日/3月4日/3月9日, 宜春 2月19日, 黑龙江 2月9日 (and its traditional copy), 海南 2月4日/2月29日, 吉林 2月10日, 铁岭 3月2日, 黄石
  2月4日, 日本 3月18日, 香港 3月31日, 河南 2月1日/2月2日/2月28日, 广东 2月4日/2月10日, 江苏 2月14日/2月28日/3月4日/3月6日/3月8日,
  浙江 2月21日/3月2日, 绍兴 2月21日, and 湖北 2月10日 (its text, under another address, was in blind_feeds.py: found by a final
  snippet check of this file and replaced). Bulletins of other days that share stable list fragments with older tables (宁夏,
  辽宁, 青海, 吉林, 江苏 and 西藏 lists that did not change for days, an 意大利 sentence pattern, 咸宁's bulletin of 2月26日 in dev_realworld.py)
  are different texts and were kept. The VOA item (b11f05) retells the NHC report of 3月19日 whose own text is in blind_feeds.py:
  it shares that day's figures and the imported-case list (广东14例,上海8例,北京6例,福建3例…) but is another text in other words
  (local-only 零增长, 中国大陆, 周五); kept, and flagged here.
* Home cities avoid every `city=` of blind7_feeds.py, blind8_feeds.py, blind9_feeds.py and blind10_feeds.py (grepped).
"""

CASES = [
    dict(
        id="b11f01",
        text=(
            "原标题:宁夏新增确诊病例1例新增出院病例4例\n"
            "2月27日,宁夏应对新型冠状病毒肺炎疫情工作指挥部发布最新全区新型冠状病毒肺炎疫情通报。\n"
            "2020年2月26日0-24时,全区新增1例新型冠状病毒肺炎确诊病例(沙坡头区1例),新增出院病例4例(青铜峡市2例、同心县1例、隆德县1例)。\n"
            "截至2月26日24时,全区现有确诊病例7例,累计出院病例65例。全区累计报告确诊病例72例,其中银川市33例(兴庆区13例、金凤区8例、西夏区6例、永宁县5例、灵武市1例),石嘴山市1例(大武口区),吴忠市28例(利通区4例、青铜峡市4例、同心县16例、红寺堡区4例),固原市5例(原州区2例、隆德县3例),中卫市4例(沙坡头区3例、中宁县1例),宁东1例(宁东镇)。现有疑似病例4例(较25日减少1例)。\n"
            "目前,累计解除隔离医学观察4151人,尚集中隔离医学观察296人。"
        ),
        published="2020-02-27",
        city="吴忠市",
        expect=[
            ("recovered_new", "青铜峡市", "2020-02-26", 2, "", ""),
            ("recovered_new", "同心县", "2020-02-26", 1, "", ""),
            ("confirmed_total", "吴忠市", "2020-02-26", 28, "", ""),
            ("confirmed_total", "利通区", "2020-02-26", 4, "", ""),
            ("confirmed_total", "青铜峡市", "2020-02-26", 4, "", ""),
            ("confirmed_total", "同心县", "2020-02-26", 16, "", ""),
            ("confirmed_total", "红寺堡区", "2020-02-26", 4, "", ""),
        ],
        note="宁夏's bulletin of 2月26日 (released 2月27日, as the text says; the page prints no time, so published is that release date). Read for 吴忠: the discharge bracket lists counties without their cities; 青铜峡市 and 同心县 are 吴忠's (the cumulative list nests them under 吴忠市), so 青铜峡市2例 → recovered_new 2 and 同心县1例 → recovered_new 1 (2月26日, 0-24时); 隆德县 is 固原's. No recovered_new for 吴忠市 itself: the sum 3 is not stated. 吴忠市28例(利通区4例、青铜峡市4例、同心县16例、红寺堡区4例) → confirmed_total for the city and its four districts/counties (截至2月26日24时). Not 吴忠's: the region's 1 new case (沙坡头区, 中卫), its 4 discharges, 7 现有, 65 出院, 72 total, 4 suspected, the (较25日减少1例) baseline, the observation counts, and the other cities' lists. Nothing was left out",
        source="https://m.news.shi-fen.com/china/202002/50-639889.html",
    ),
    dict(
        id="b11f02",
        text=(
            "内蒙古自治区新型冠状病毒感染的肺炎疫情情况\n\n"
            "Time:2020-02-06 浏览次数:1875次 分享更多:\n\n"
            "来源:内蒙古自治区卫生健康委员会;学习强国内蒙古学习平台\n\n"
            "截至2020年2月5日9时, 内蒙古自治区累计报告新型冠状病毒感染的肺炎确诊病例42例,其中:\n\n\n"
            "1.鄂尔多斯市11例(达拉特旗9例、东胜区1例、鄂托克前旗1例)\n\n\n"
            "2.包头市7例(土右旗4例、昆都仑区3例)\n\n\n"
            "3.呼和浩特市5例(新城区2例、玉泉区1例、赛罕区1例、回民区1例)\n\n\n"
            "4.巴彦淖尔市4例(五原县2例、临河区2例)\n\n\n"
            "5.呼伦贝尔市3例(满洲里市1例已痊愈出院、牙克石市1例、莫力达瓦旗1例)\n\n\n"
            "6.赤峰市3例(松山区1例、林西县1例、元宝山区1例)\n\n\n"
            "7.乌兰察布市3例(化德县2例、四子王旗1例)\n\n\n"
            "8.锡林郭勒盟2例(锡林浩特市1例,二连浩特市1例)\n\n\n"
            "9.乌海市海勃湾区2例\n\n\n"
            "10.兴安盟乌兰浩特市1例\n\n\n"
            "11.通辽市经济开发区1例。\n\n\n"
            "疑似病例4例(临河区2例、赤峰市元宝山区1例、鄂尔多斯市达拉特旗1例)。均在定点医院接受隔离治疗。目前,追踪到的密切接触者1181人,尚在接受医学观察中。当日解除医学观察51人。"
        ),
        published="2020-02-06",
        city="乌兰察布市",
        expect=[
            ("confirmed_total", "乌兰察布市", "2020-02-05", 3, "", ""),
            ("confirmed_total", "化德县", "2020-02-05", 2, "", ""),
            ("confirmed_total", "四子王旗", "2020-02-05", 1, "", ""),
        ],
        note="内蒙古's count to 2月5日9时, reposted on an association's site (Time:2020-02-06, no hour; the figures carry their own date). Read for 乌兰察布: item 7, 乌兰察布市3例(化德县2例、四子王旗1例) → confirmed_total 3 for the city and 2/1 for its two banners/counties, as of 2月5日 (截至2020年2月5日9时). The list's ordinals 1.–11. are item numbers, not counts. 乌兰察布 has no suspected case in the 疑似 bracket and no discharge, so nothing else is stated for it. Not 乌兰察布's: the region's 42 and 4 suspected, the contacts (1181, 51 released, with 当日 dated by the 9时 count), the other leagues' and cities' lists (满洲里市1例已痊愈出院 is 呼伦贝尔's). Left out: the site's navigation chrome before the title and the closing paragraph on the Party committee's measures",
        source="http://nmgyyxh.cn/Xwtx_kpydxx_Detailsid_805.html",
    ),
    dict(
        id="b11f03",
        text=(
            "西藏连续57天没有新增病例\n\n"
            "2020年03月27日10:02  来源:人民网-西藏频道\n \n\n"
            "人民网拉萨3月27日电(徐驭尧)3月27日上午,西藏自治区卫健委公布《3月26日西藏自治区新型冠状病毒肺炎疫情情况》:\n\n"
            "截至3月26日24时,西藏现有新冠肺炎确诊病例0例,重症病例0例,死亡病例0例,疑似病例0例,治愈出院病例1例,累计确诊新冠肺炎病例1例。连续57天无新增确诊或疑似病例。\n\n"
            "西藏自治区唯一确诊病例,已于2月12日治愈出院。\n\n"
            "(责编:廉梦歌、柴济东)"
        ),
        published="2020-03-27 10:02",
        city=None,
        expect=[
            ("hospitalized", "西藏自治区", "2020-03-26", 0, "", ""),
            ("severe", "西藏自治区", "2020-03-26", 0, "", ""),
            ("deaths_total", "西藏自治区", "2020-03-26", 0, "", ""),
            ("suspected", "西藏自治区", "2020-03-26", 0, "", ""),
            ("recovered_total", "西藏自治区", "2020-03-26", 1, "", ""),
            ("confirmed_total", "西藏自治区", "2020-03-26", 1, "", ""),
            ("confirmed_new", "西藏自治区", "2020-03-26", 0, "", ""),
        ],
        note="西藏's bulletin for 3月26日 as reported by 人民网 on the morning of 3月27日 (10:02; the figures carry their own date, 截至3月26日24时, so the morning rule does not apply). Without a home city the region is the place: 现有…确诊病例0例 → hospitalized 0; the 重症 and 疑似 zeros in the same 现有 list → severe 0 and suspected 0; 死亡病例0例 → deaths_total 0; 治愈出院病例1例 → recovered_total 1; 累计确诊…1例 → confirmed_total 1. 连续57天无新增确诊或疑似病例 (and the headline's 连续57天没有新增病例) → one confirmed_new 0 on 3月26日; 57 is a duration. The last sentence restates an old discharge of the one patient (已于2月12日治愈出院): no recovered_new for 2月12日 — it is a past event already counted in recovered_total 1, and under the first-listed open reading a discharge of one patient named as the only/first one gives no recovered_new anyway. Nothing was left out",
        source="http://xz.people.com.cn/n2/2020/0327/c138901-33908110.html",
    ),
    dict(
        id="b11f04",
        text=(
            "西藏唯一新冠肺炎患者治愈出院\n\n"
            "2020-02-12 19:57 來源: 新華社\n"
            "字號:默認 超大 | 打印 |\n\n"
            "新華社拉薩2月12日電(記者 羅博、白少波)西藏自治區唯一新冠肺炎患者在入院治療18天后,體溫恢復正常,呼吸道症狀明顯好轉,肺部炎症明顯吸收,兩次核酸檢測均為陰性,達到治愈出院標準12日正式出院。\n\n"
            "患者張某某,34歲,男性,係湖北省隨州市人。1月22日—24日從武昌乘火車到拉薩市旅遊。1月25日晚,張某某出現咳嗽、發熱症狀,自行前往西藏自治區指定定點醫療機構就診並收住入院,接受隔離治療。1月29日,張某某被確認為西藏新冠肺炎首例確診病例。\n\n"
            "截至目前,張某某作為西藏唯一的新冠肺炎確診病例,其出院後西藏新冠肺炎確診病例將清零,疫情防控阻擊戰取得階段性成效。這意味著西藏在全國31個省(區、市)中首次實現確診病例和疑似病例清零。\n\n"
            "據介紹,新冠肺炎疫情發生後,在自治區新冠肺炎疫情工作領導小組週密部署下,各相關部門、各地市全面強化相關工作措施,堅持外防輸入、內防擴散,以預防為主“控源頭”、全面摸排“消存量”、分類管理“控增量”、阻斷途徑“防傳播”,累計排查23萬人次,有效控制了疫情傳播。截至11日24時,西藏實現連續13天無新增確診和疑似病例。"
        ),
        published="2020-02-12 19:57",
        city=None,
        expect=[
            ("confirmed_total", "西藏自治区", "2020-02-12", 1, "", ""),
            ("recovered_total", "西藏自治区", "2020-02-12", 1, "", ""),
            ("hospitalized", "西藏自治区", "2020-02-12", 0, "", ""),
            ("suspected", "西藏自治区", "2020-02-12", 0, "", ""),
            ("confirmed_new", "西藏自治区", "2020-02-11", 0, "", ""),
        ],
        note="新华社 on 西藏's only patient's discharge, traditional mirror on the central government site (19:57). Without a home city the region is the place (西藏/西藏自治區 → 西藏自治区). The discharge of the one patient (西藏自治區唯一新冠肺炎患者…12日正式出院) follows the first-listed open reading (one patient's discharge named as the only/first/last one): no recovered_new, only what it implies. 唯一的新冠肺炎確診病例 → confirmed_total 1; as the one case is cured, recovered_total 1 (全部治愈 with the total stated); 確診病例將清零 and 實現確診病例和疑似病例清零 → hospitalized 0 and suspected 0 (双清零). These take 2月12日 (截至目前 with no date of its own takes the item's 12日). 截至11日24時…連續13天無新增確診和疑似病例 → one confirmed_new 0 on 2月11日; 13 is a duration. No tuple: 湖北省隨州市人 (the patient's origin, not a place with a figure), 首例確診病例 (an ordinal), 18天 (a duration), 34歲 (an age), 全國31個省, 累計排查23萬人次 (screenings, no metric). Left out: the page's 'EN' link line before the title and the hospital director's paragraph between the third and the last paragraph",
        source="http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2020-02/12/content_5477872.htm",
    ),
    dict(
        id="b11f05",
        text=(
            "华盛顿 —\n"
            "中国最新数据显示,输入性新冠病毒病例周五创新高,达到228例。越来越多的省出现这类病例给中国当局带来了新的压力。\n"
            "但在另一方面,周五(3月20日)公布的新数据显示,源自国内感染的新病例继续保持零增长。\n"
            "中国卫健委报告说,3月19日中国大陆出现了39例境外输入性病例。其中广东14例,上海8例,北京6例,福建3例,其它天津、辽宁、黑龙江、浙江、山东、广西、四川、甘肃各1例。目前,累计境外输入确诊病例228例。\n"
            "中国大陆目前现有确诊病例6569例,累计治愈出院病例71150例。累计死亡病例3248例,累计确诊病例89670例。\n"
            "3月19日中国疫情重灾区湖北和武汉的新增病例都继续保持零增长。"
        ),
        published="2020-03-20",
        city=None,
        expect=[
            ("confirmed_new", "全国", "2020-03-19", 0, "", ""),
            ("hospitalized", "全国", "2020-03-19", 6569, "", ""),
            ("recovered_total", "全国", "2020-03-19", 71150, "", ""),
            ("deaths_total", "全国", "2020-03-19", 3248, "", ""),
            ("confirmed_total", "全国", "2020-03-19", 89670, "", ""),
            ("confirmed_new", "湖北省", "2020-03-19", 0, "", ""),
            ("confirmed_new", "武汉市", "2020-03-19", 0, "", ""),
        ],
        note="VOA (华盛顿) on the NHC's report published 周五 3月20日 for 3月19日 (the page gives no time; published is the 20th the text names). Without a home city: 中国大陆 → 全国. 源自国内感染的新病例继续保持零增长 is a local-only count beside imported ones reported apart: it follows the first-listed open reading (the place's figure) → confirmed_new 0 for 全国, dated 3月19日 (the day the 20th's data cover, as the next paragraph states). The imported-only figures get no tuple: 228 (in the lead and as 累计境外输入确诊病例), the 39 new and the province list (广东14例, 上海8例, 北京6例, 福建3例, eight provinces 各1例) — those are imported-only subtotals, not the provinces' new cases. 中国大陆目前现有确诊病例6569例 → hospitalized 6569; 累计治愈出院 71150, 累计死亡 3248, 累计确诊 89670; 目前 has no date in its paragraph and takes 3月19日, the date the report's earlier paragraph states. 湖北和武汉的新增病例都继续保持零增长 → confirmed_new 0 for 湖北省 and 武汉市 on 3月19日. Left out: two paragraphs between the 零增长 paragraph and the NHC paragraph (Europe's outbreak and returning students; a 路透社 quote of an NHC official) and five between the NHC paragraph and the 现有 paragraph (entry points, the provinces' sources, a Beijing resident's quote, 甘肃's disciplined officials with 两人 testing positive, a foreign ministers' video meeting)",
        source="https://voa.pangea-cms.com/preview/zh-CN/a/china-imported-coronavirus-cases-at-record-no-domestic-transfers-2nd-day-20200320/5337995.html",
    ),
    dict(
        id="b11f06",
        text=(
            "疫情严重地区华人能回国吗?中国驻意大利大使:不流动是最大的安全\n\n"
            "当地时间3月12日,世卫组织发布最新一期新冠肺炎情况每日报告,截至北京时间3月12日17时,中国以外新冠肺炎确诊病例达到44067例(新增6703例),死亡1440例(新增310例)。\n\n"
            "意大利新增2651例 累计死亡破千\n\n"
            "根据当地时间3月12日18时意大利卫生部公布的最近数据,意大利现有新冠病毒患者12839例,死亡1016例,治愈1258例,累计确诊感染新冠病毒总人数为15113例,较3月11日18时新增2651例,新增189例死亡病例。"
        ),
        published="2020-03-13",
        city=None,
        expect=[
            ("hospitalized", "意大利", "2020-03-12", 12839, "", ""),
            ("deaths_total", "意大利", "2020-03-12", 1016, "", ""),
            ("recovered_total", "意大利", "2020-03-12", 1258, "", ""),
            ("confirmed_total", "意大利", "2020-03-12", 15113, "", ""),
            ("confirmed_new", "意大利", "2020-03-12", 2651, "", ""),
            ("deaths_new", "意大利", "2020-03-12", 189, "", ""),
        ],
        note="A news round-up on 意大利 (an essay site's copy; its own stamp 时间:2019-08-02 is wrong and was left out; published is taken as 3月13日 Beijing time, since 意大利's 3月12日18时 figures could not be printed in China before then — the page's later paragraphs speak of 当地时间12日夜 and the ambassador's interview 昨晚). Figures are dated by the local date the text gives (当地时间3月12日18时 → 3月12日). 现有新冠病毒患者12839例 → hospitalized 12839 (current); 死亡1016例 → deaths_total (the sub-headline's 累计死亡破千 restates it: one tuple, not a 1000 more_than); 治愈1258例 → recovered_total; 累计确诊…15113例 → confirmed_total; 较3月11日18时新增2651例 → confirmed_new 2651 (3月11日18时 is the baseline, not a date of its own), and the headline's 新增2651例 is the same figure; 新增189例死亡病例 → deaths_new 189. No tuple: 中国以外's 44067/6703/1440/310 (the world outside China is no place). Left out: the page's date line and 相关推荐 label after the title (with the title printed again), and everything after the 意大利 paragraph (a Milan photo caption, the Chinese expert team, the ambassador's answers, and a world round-up whose 伊朗 paragraph the page cuts off mid-sentence)",
        source="https://600zi.400zi.cn/e/3/787/lm2B2d36mq.html",
    ),
    dict(
        id="b11f07",
        text=(
            "延伸閱讀:\n\n"
            "全球確診病例超256萬\n\n"
            "據約翰斯·霍普金斯大學最新統計,截至北京時間4月22日7時全球累計確診超256萬例,累計死亡病例為176926例\n\n"
            "美國累計確診超82萬例\n\n"
            "據美國約翰斯·霍普金斯大學疫情實時監測系統顯示,截至美東時間4月21日下午6時,美國已至少有新冠病毒感染病例820104例,包括死亡病例44228例。與該系統大約24小時前的數據相比,美國新增感染病例37945例,新增死亡病例2653例。\n\n"
            "當前,疫情最嚴重的紐約州有確診病例超25萬,包括死亡病例18821例。新澤西州有確診病例89900例,包括死亡病例4520例。"
        ),
        published="2020-04-22",
        city=None,
        expect=[
            ("confirmed_total", "美国", "2020-04-21", 820104, "", "more_than"),
            ("deaths_total", "美国", "2020-04-21", 44228, "", ""),
            ("confirmed_new", "美国", "2020-04-21", 37945, "", ""),
            ("deaths_new", "美国", "2020-04-21", 2653, "", ""),
            ("confirmed_total", "纽约州", "2020-04-21", 250000, "", "more_than"),
            ("deaths_total", "纽约州", "2020-04-21", 18821, "", ""),
            ("confirmed_total", "新泽西州", "2020-04-21", 89900, "", ""),
            ("deaths_total", "新泽西州", "2020-04-21", 4520, "", ""),
        ],
        note="The 延伸閱讀 part of a traditional-script page on the foreign ministry's travel warning (no date on the page; published is taken from the lead's 北京時間4月22日7時). Figures are dated by the local date the text gives (截至美東時間4月21日下午6時 → 4月21日). 美國已至少有…820104例 → confirmed_total 820104 with more_than (至少 'at least' read like 以上; unsure, it could be read exact); the headline 美國累計確診超82萬例 restates it (one tuple, as blind10 read headline thresholds); 包括死亡病例44228例 → deaths_total; 與…大約24小時前的數據相比…新增 37945 / 新增死亡 2653 → confirmed_new and deaths_new (the comparison is the window, not a date). 當前 has no date of its own and takes the report's 4月21日: 紐約州…超25萬 → confirmed_total 250000 more_than, deaths 18821; 新澤西州 89900 and 4520 (state names in simplified script: 纽约州, 新泽西州). No tuple: 全球's 256萬 and 176926 (the world is no place). Left out: the foreign ministry's warning and hotlines before 延伸閱讀, the rest of the last paragraph after its second sentence (此外, five states 也超過了3萬), and the 西班牙 section after it",
        source="https://ttnews.xyz/a/606b04fd6931689dbd7cef02?lang=zh-hant",
    ),
    dict(
        id="b11f08",
        text=(
            "近日,“至尊公主”号邮轮上出现新型冠状病毒肺炎确诊病例。驻旧金山总领馆高度关注船上中国公民安全与健康。美西时间3月6日下午,经与美方联系确认,“至尊公主”号上有11名中国籍工作人员,乘客中有9名来自大陆的中国公民。总领馆已经与船上中国籍工作人员取得联系,提醒他们注意加强个人防护。目前,他们健康状况稳定。总领馆正设法了解中国籍乘客相关情况,同时密切关注邮轮的停靠安排以及疫情防控措施,将根据疫情情况和当地有关规定,向船上中国公民提供领事保护与协助。\n"
            "船上中国籍乘客的家属,可通过电子邮件(consulate.sfo@gmail.com)与驻旧金山总领馆联系。\n"
            "当地时间3月6日,美国副总统彭斯宣布,在“至尊公主”号邮轮上共有46人接受了新冠病毒检测,其中21人新冠病毒检测呈阳性,24人呈阴性,1人检测待完成。在感染的21人中,19人为工作人员,2人为乘客。彭斯表示,本周末将采取措施,将“至尊公主号”停靠在一个非商业码头,陆续让3500名左右船员和游客接受新冠病毒检测。"
        ),
        published="2020-03-06",
        city=None,
        expect=[
            ("confirmed_total", "至尊公主号", "2020-03-06", 21, "", ""),
        ],
        note="The San Francisco consulate's notice on the 至尊公主号 (Grand Princess), with the U.S. vice-president's figures (the page gives no date; published is the notice's own 3月6日, local time as written). Without a home city the ship is the place, by its name (“至尊公主”号 / 至尊公主号 → 至尊公主号). 46人接受了…检测,其中21人…呈阳性 → confirmed_total 21 on 3月6日 (当地时间); 在感染的21人中,19人为工作人员,2人为乘客 breaks the same 21 down by role (no places): no further tuple. No tuple: the 11 Chinese crew and 9 Chinese passengers (people on board, no metric), the 46 tested, 24 negative and 1 pending (tests have no metric), the 3500名左右 people to be tested; 美国 gets nothing (the ship's figures are not the country's). Nothing was left out",
        source="https://m.ciwei.com/news/detail/bb8d27a0dd63cd85.html",
    ),
    dict(
        id="b11f09",
        text=(
            "据“中央社”报道,当地时间2日,美国公主邮轮公司又有一艘邮轮遭遇新冠肺炎疫情冲击,该公司表示,“珊瑚公主”号正开往美国佛罗里达州劳德岱堡,船上有12名乘客和船员确诊感染新冠肺炎。\n"
            "据报道,公主邮轮公司在一份声明中说,“珊瑚公主”号上共有1898人,包括1020名乘客和878名船员,目前为止有7名乘客和5名船员确诊感染新冠肺炎,并称“珊瑚公主号正前往劳德岱堡,估计4月4日抵达”,乘客们将在各自的房间中自我隔离。\n"
            "《今日美国》报道称,目前不清楚公主邮轮公司是否获准停靠佛州。\n"
            "此前,荷美航运公司的邮轮“赞丹”号和“鹿特丹”号陆续停泊劳德岱堡,“赞丹”号邮轮上有200多人通报出现类似流感症状,并有多人确诊感染新冠病毒。\n"
            "公主游轮公司旗下的“钻石公主”号和“至尊公主号”先前曾发生重大疫情,分别停靠日本横滨和美国加州奥克兰。“红宝石公主”号也出现确诊案例,预定本周末再度停靠澳大利亚悉尼。"
        ),
        published="2020-04-04",
        city=None,
        expect=[
            ("confirmed_total", "珊瑚公主号", "2020-04-02", 12, "", ""),
        ],
        note="A wire item quoting 中央社 on the 珊瑚公主号 (Coral Princess); the page gives no date in its text, published is the date in its address (2020-04-04). 当地时间2日 takes its month from the item (估计4月4日抵达) → 4月2日. Without a home city the ship is the place, by its name: 船上有12名乘客和船员确诊 → confirmed_total 12; 目前为止有7名乘客和5名船员确诊 splits the same 12 by role (no places, no further tuple). No tuple: 1898/1020/878 (people on board), the 赞丹号's 200多人 with flu-like symptoms (no metric) and 多人确诊 (no number), the 钻石公主号, 至尊公主号 and 红宝石公主号 named without figures, 美国/佛罗里达州/日本/澳大利亚 (ports and owners, no figures of theirs). Nothing was left out",
        source="https://m.iverstown.com/Article/news/world/2020-04-04/229244.html",
    ),
    dict(
        id="b11f10",
        text=(
            "【省卫健委】2020年2月24日0时至24时辽宁新型冠状病毒肺炎疫情情况\n\n \n\n"
            "  2020年2月24日0时至24时,辽宁省无新增新型冠状病毒肺炎确诊病例。新增10例治愈出院病例,其中沈阳市2例、大连市2例、阜新市2例、铁岭市2例、盘锦市2例。全省累计报告新型冠状病毒肺炎确诊病例121例,治愈出院83例,死亡1例。\n\n"
            "  现有37名确诊患者在院治疗,其中有35名在沈阳、大连、锦州三个省集中救治中心治疗(沈阳中心17人、大连中心9人、锦州中心9人),其余2人分别在朝阳市、葫芦岛市定点医疗机构隔离治疗。37名在治患者中,重型病例1例,危重型病例1例。\n\n"
            "  全省121例确诊病例中,沈阳市28例、大连市19例、鞍山市4例、本溪市3例、丹东市7例、锦州市12例、营口市1例、阜新市8例、辽阳市3例、铁岭市7例、朝阳市6例、盘锦市11例、葫芦岛市12例。\n\n"
            "  目前累计追踪到密切接触者2717人,已解除医学观察2653人,现有64人正在接受医学观察。"
        ),
        published="2020-02-24",
        city="沈阳市",
        expect=[
            ("recovered_new", "沈阳市", "2020-02-24", 2, "", ""),
            ("confirmed_total", "沈阳市", "2020-02-24", 28, "", ""),
        ],
        note="辽宁's bulletin for 2月24日 reposted on a company site (no page date; published is the figures' date, as in blind7/8/9/10). Read for 沈阳: 新增10例治愈出院病例,其中沈阳市2例 → recovered_new 2 (2月24日, 0-24时); 全省121例确诊病例中,沈阳市28例 → confirmed_total 28 (the paragraph states no date and takes the bulletin's 2月24日). 沈阳中心17人 is the count of one institution, the province's 沈阳 treatment centre, which takes patients from several cities: not 沈阳's hospitalized (one institution is not the city); 沈阳 is also only the centre's location in 在沈阳、大连、锦州三个省集中救治中心. Not 沈阳's: the province's 无新增 (a province's none-statement is not read for a city, as blind9/10), its 10 discharges, 121/83/1, 37 in hospital with 1 severe and 1 critical, the contacts, and the other cities' figures. Left out: the company site's title chrome before the bulletin's title and its 网站地图 link at the end",
        source="https://ms3377.com/content/7023.html",
    ),
    dict(
        id="b11f11",
        text=(
            "自2月6日起,青海省连续41天无新增确诊病例和疑似病例\n\n"
            "原标题:自2月6日起,青海省连续41天无新增确诊病例和疑似病例\n\n"
            "2020年3月17日0-24时,当日青海省无新型冠状病毒肺炎新增确诊病例和疑似病例。\n\n"
            "截至3月17日24时,青海省累计报告新型冠状病毒肺炎确诊病例18例(其中西宁市15例,海北州3例),已全部治愈出院。\n\n"
            "目前累计追踪到密切接触者437人,已全部解除医学观察。\n\n"
            "自2月6日起,我省连续41天无新增确诊病例和疑似病例。\n\n"
            "来源:青海省卫生健康委"
        ),
        published="2020-03-17",
        city="海北藏族自治州",
        expect=[
            ("confirmed_total", "海北藏族自治州", "2020-03-17", 3, "", ""),
            ("recovered_total", "海北藏族自治州", "2020-03-17", 3, "", ""),
        ],
        note="青海's bulletin for 3月17日 on a news portal (no page date; published is the figures' date, as in blind7-10). Read for 海北 (home city given in full; the text writes 海北州 — the region follows the first-listed open reading, the prefecture's full name 海北藏族自治州). 确诊病例18例(其中…海北州3例),已全部治愈出院 → confirmed_total 3 and, as all 18 including 海北's 3 are cured, recovered_total 3 (截至3月17日24时). Not 海北's: the province's 无新增 (a province's none-statement is not read for a city), its 18, the 437 contacts all released (the province's), the 连续41天 run (我省 = 青海, the speaker), and 西宁市15例. 自2月6日起 is a start, not a date. Nothing was left out except the portal's breadcrumb line before the title and its 相关阅读 links after the source line",
        source="https://news.shi-fen.com/china/202003/50-665707.html",
    ),
    dict(
        id="b11f12",
        text=(
            "咸宁市关于新型冠状病毒肺炎的情况通报\n"
            "2020年3月2日0时-24时,咸宁市新增新型冠状病毒肺炎病例0例。全市新增治愈出院19例,其中:咸安8例,赤壁7例,崇阳2例,通山1例,嘉鱼县1例,通城0例。无新增病亡病例。\n"
            "截至3月2日24时,咸宁市累计报告新型冠状病毒肺炎病例836例,其中重症病例3例,危重病例6例,已治愈出院749例,其中:咸安286例,赤壁175例,嘉鱼105例,通山77例,通城54例,崇阳52例。病亡12例(赤壁4例,咸安3例,通城2例,崇阳2例,嘉鱼1例)。确诊病例中,咸安区311例,赤壁市200例,嘉鱼县116例,通山县84例,崇阳县67例,通城县58例。目前累计追踪到密切接触者14903人,已解除医学观察14163人,尚有371人正在接受医学观察。\n"
            "3月1日,咸宁市发热门诊共就诊298人,现存留观89人。\n"
            "咸宁市新型冠状病毒感染的肺炎防控指挥部办公室\n"
            "2020年3月3日\n"
            "来源 :云上咸宁"
        ),
        published="2020-03-03",
        city="咸宁市",
        expect=[
            ("confirmed_new", "咸宁市", "2020-03-02", 0, "", ""),
            ("recovered_new", "咸宁市", "2020-03-02", 19, "", ""),
            ("recovered_new", "咸安区", "2020-03-02", 8, "", ""),
            ("recovered_new", "赤壁市", "2020-03-02", 7, "", ""),
            ("recovered_new", "崇阳县", "2020-03-02", 2, "", ""),
            ("recovered_new", "通山县", "2020-03-02", 1, "", ""),
            ("recovered_new", "嘉鱼县", "2020-03-02", 1, "", ""),
            ("recovered_new", "通城县", "2020-03-02", 0, "", ""),
            ("deaths_new", "咸宁市", "2020-03-02", 0, "", ""),
            ("confirmed_total", "咸宁市", "2020-03-02", 836, "", ""),
            ("confirmed_total", "咸安区", "2020-03-02", 311, "", ""),
            ("confirmed_total", "赤壁市", "2020-03-02", 200, "", ""),
            ("confirmed_total", "嘉鱼县", "2020-03-02", 116, "", ""),
            ("confirmed_total", "通山县", "2020-03-02", 84, "", ""),
            ("confirmed_total", "崇阳县", "2020-03-02", 67, "", ""),
            ("confirmed_total", "通城县", "2020-03-02", 58, "", ""),
            ("severe", "咸宁市", "2020-03-02", 3, "", ""),
            ("critical_total", "咸宁市", "2020-03-02", 6, "", ""),
            ("recovered_total", "咸宁市", "2020-03-02", 749, "", ""),
            ("recovered_total", "咸安区", "2020-03-02", 286, "", ""),
            ("recovered_total", "赤壁市", "2020-03-02", 175, "", ""),
            ("recovered_total", "嘉鱼县", "2020-03-02", 105, "", ""),
            ("recovered_total", "通山县", "2020-03-02", 77, "", ""),
            ("recovered_total", "通城县", "2020-03-02", 54, "", ""),
            ("recovered_total", "崇阳县", "2020-03-02", 52, "", ""),
            ("deaths_total", "咸宁市", "2020-03-02", 12, "", ""),
            ("deaths_total", "赤壁市", "2020-03-02", 4, "", ""),
            ("deaths_total", "咸安区", "2020-03-02", 3, "", ""),
            ("deaths_total", "通城县", "2020-03-02", 2, "", ""),
            ("deaths_total", "崇阳县", "2020-03-02", 2, "", ""),
            ("deaths_total", "嘉鱼县", "2020-03-02", 1, "", ""),
            ("close_contacts_total", "咸宁市", "2020-03-02", 14903, "", ""),
            ("observation_released_total", "咸宁市", "2020-03-02", 14163, "", ""),
            ("observation", "咸宁市", "2020-03-02", 371, "", ""),
        ],
        note="咸宁's own bulletin for 3月2日, signed 2020年3月3日, on the app of its county 通山 (published is the signature date; no time). Read for 咸宁 (全市 = 咸宁市, the named issuer). The lists write most counties short (咸安, 赤壁, 崇阳, 通山, 通城, 嘉鱼): regions take their full names (咸安区, 赤壁市, 崇阳县, 通山县, 通城县, 嘉鱼县), as the 确诊病例中 list writes them. 新增…病例0例 → confirmed_new 0; 新增治愈出院19例 with its list → recovered_new for the city and six counties, including 通城0例 → 0 (a list's explicit zero is a figure); 无新增病亡病例 → deaths_new 0 (all 3月2日). 截至3月2日24时: 累计…836例 → confirmed_total with the 确诊病例中 list; 已治愈出院749例 with its list → recovered_total; 病亡12例 with its bracket → deaths_total. 其中重症病例3例,危重病例6例 sit inside the cumulative 836: 危重 follows the first-listed open reading (危重症 inside a cumulative breakdown → critical_total 6); 重症 has no cumulative metric and is read as severe 3. 目前累计追踪到密切接触者14903人 → close_contacts_total, 已解除医学观察14163人 → observation_released_total, 尚有371人正在接受医学观察 → observation 371 (目前 takes 3月2日). No tuple: the fever clinic's 298 visits and 89 under observation there on 3月1日 (one kind of institution, no metric). Nothing was left out",
        source="http://m-tongshan.cjyun.org/p/66587.html",
    ),
    dict(
        id="b11f13",
        text=(
            "2020年2月13日湖北省新型冠状病毒肺炎疫情情况\n\n"
            "2020-02-14 07:51   发布于湖北 阅读数: 32587 湖北省卫生健康委员会\n\n"
            "2020年2月13日0—24时,湖北省新增新冠肺炎病例4823例(含临床诊断病例3095例),其中:武汉市3910例、黄石市32例、十堰市24例、襄阳市10例、宜昌市67例、荆州市54例、荆门市21例、鄂州市69例、孝感市135例、黄冈市163例、咸宁市200例、随州市46例、恩施州8例、仙桃市20例、天门市54例、潜江市10例。全省新增病亡116例(含临床诊断病例8例),其中:武汉市88例、黄石市2例、十堰市1例、襄阳市3例、宜昌市2例、荆州市4例、荆门市1例、鄂州市2例、孝感市8例、黄冈市1例、咸宁市1例、随州市2例、仙桃市1例。新增出院690例(含临床诊断病例214例),其中:武汉市370例、黄石市24例、十堰市8例、襄阳市7例、宜昌市9例、荆州市57例、荆门市13例、鄂州市21例、孝感市48例、黄冈市77例、咸宁市15例、随州市10例、恩施州10例、仙桃市10例、天门市8例、潜江市3例。"
        ),
        published="2020-02-14 07:51",
        city="黄石市",
        expect=[
            ("confirmed_new", "黄石市", "2020-02-13", 32, "", ""),
            ("deaths_new", "黄石市", "2020-02-13", 2, "", ""),
            ("recovered_new", "黄石市", "2020-02-13", 24, "", ""),
        ],
        note="湖北's bulletin for 2月13日 on 黄石's own news app, posted 2月14日 07:51 (the figures carry their own date, 2月13日0—24时, so the morning rule does not apply). Read for 黄石: 新增…黄石市32例 → confirmed_new 32; 新增病亡…黄石市2例 → deaths_new 2; 新增出院…黄石市24例 → recovered_new 24. The brackets (含临床诊断病例3095例/8例/214例) are the province's sub-groups (clinically diagnosed cases): no tuple. Not 黄石's: the province's 4823/116/690 and every other city's figures (荆州市54例 and 天门市54例 share a value, as do 宜昌市2例 and 黄石市2例 in the deaths list). 阅读数: 32587 is a read counter. Left out: the next paragraph (截至2020年2月13日24时, the cities' revised cumulative counts), which the page cuts off mid-list",
        source="http://m-huangshifb.cjyun.org/p/262527.html",
    ),
    dict(
        id="b11f14",
        text=(
            "2020年2月6日江西省新型冠状病毒感染的肺炎疫情情况\n"
            "点击蓝字 轻松关注\n"
            "、\n"
            "2020年2月6日0-24时,江西省报告新型冠状病毒感染的肺炎新增确诊病例61例,新增治愈出院病例8例。\n"
            "新增确诊病例中,南昌市13例、抚州市10例、新余市9例、宜春市8例、上饶市8例、赣州市7例、九江市3例、萍乡市1例、鹰潭市1例、吉安市1例。新增治愈出院病例中,南昌市4例、抚州市2例、九江市1例、宜春市1例。\n"
            "截至2月6日24时,江西省累计报告新型冠状病毒感染的肺炎确诊病例661例,其中重症病例58例,治愈出院病例45例。\n"
            "确诊病例中,南昌市162例、九江市95例、新余市87例、上饶市86例、宜春市62例、赣州市59例、抚州市56例、萍乡市24例、吉安市16例、鹰潭市10例、景德镇市4例。治愈出院病例中,南昌市14例、抚州市7例、新余市5例、宜春市5例、上饶市5例、九江市4例、赣州市2例、景德镇市1例、萍乡市1例、吉安市1例。\n"
            "目前追踪到密切接触者16631人,解除医学观察5102人,尚有11529人正在接受医学观察。\n"
            "江西省卫生健康委员会\n"
            "2020年2月7日\n"
            "来源:江西省卫生健康委官网\n"
            "编辑/杨鑫 统筹/黄迅前 审核/万德芝"
        ),
        published="2020-02-07",
        city="抚州市",
        expect=[
            ("confirmed_new", "抚州市", "2020-02-06", 10, "", ""),
            ("recovered_new", "抚州市", "2020-02-06", 2, "", ""),
            ("confirmed_total", "抚州市", "2020-02-06", 56, "", ""),
            ("recovered_total", "抚州市", "2020-02-06", 7, "", ""),
        ],
        note="江西's bulletin for 2月6日, signed 2020年2月7日, on a WeChat account (published is the signature date; the page gives no time). Read for 抚州: 新增确诊病例中…抚州市10例 → confirmed_new 10; 新增治愈出院病例中…抚州市2例 → recovered_new 2 (2月6日, 0-24时); 确诊病例中…抚州市56例 → confirmed_total 56 and 治愈出院病例中…抚州市7例 → recovered_total 7 (截至2月6日24时; the lists' paragraph has no date and takes it). 抚州 is not named in any severe list (the 58 重症 are the province's only). Not 抚州's: the province's 61/8/661/58/45, the contacts, and the other cities' figures (鹰潭市10例 in the total list shares 抚州's new value). The account's '点击蓝字 轻松关注' and a stray '、' line are chrome, kept. Nothing was left out",
        source="https://freewechat.com/a/MzI5OTMwMzM2MQ==/2247506888/{{href}}",
    ),
    dict(
        id="b11f15",
        text=(
            "【文匯網訊】據澳門特區政府網站消息,澳門應變協調中心6日表示,澳門第8例新型冠狀病毒感染確診病例的患者6日下午康復出院,並轉送往高頂公共衞生臨床中心作康復期隔離。至今,澳門累計10名確診患者均已康復出院,目前仁伯爵綜合醫院隔離病房沒有任何住院病人。\n"
            "6日出院的患者為澳門居民,64歲女性,無業,曾於1月10日至17日因帶狀皰疹曾於珠海住院治療,並於1月21日曾到中山三鄉菜市場購物;1月28日,開始出現發燒、咽痛及肌肉痛。曾到不同醫療機構就診,2月2日轉到仁伯爵綜合醫院,確診新型冠狀病毒肺炎。\n"
            "該名患者住院34日,3月1日起大便核酸檢測陰性,3月4日及6日兩次鼻咽部核酸檢測為陰性,符合出院標準,6日下午出院,轉往高頂公共衞生臨床中心接受康復期隔離。\n"
            "澳門衞生局局長李展潤表示,澳門累計10名確診患者均已康復出院,即現在澳門零病人、零重症、零死亡、零院內感染個案。\n"
            "責任編輯:喬一"
        ),
        published="2020-03-06",
        city=None,
        expect=[
            ("confirmed_total", "澳门", "2020-03-06", 10, "", ""),
            ("recovered_total", "澳门", "2020-03-06", 10, "", ""),
            ("hospitalized", "澳门", "2020-03-06", 0, "", ""),
            ("severe", "澳门", "2020-03-06", 0, "", ""),
            ("deaths_total", "澳门", "2020-03-06", 0, "", ""),
        ],
        note="文匯網 on 澳門's last patient's discharge (the date is in the address; the text's 6日 takes March from 3月4日及6日). Without a home city: 澳門 → 澳门. The discharge of the 第8例 patient follows the first-listed open reading (one patient's discharge named by an ordinal): no recovered_new, only what it implies. 澳門累計10名確診患者均已康復出院 (said twice: one tuple each) → confirmed_total 10 and recovered_total 10; 零病人、零重症、零死亡 → hospitalized 0, severe 0, deaths_total 0 (零院內感染個案 has no metric). 仁伯爵綜合醫院隔離病房沒有任何住院病人 is one hospital's ward: no tuple of its own (the 0 for 澳门 comes from 零病人). No tuple: 第8例 (an ordinal), 64歲, 住院34日 and the dates of the patient's history; 珠海 and 中山 are where she had been (no figures of theirs). Nothing was left out",
        source="http://news.wenweipo.com/2020/03/06/IN2003060088.htm",
    ),
    dict(
        id="b11f16",
        text=(
            "澳门3位新冠肺炎患者康复出院\n\n"
            "中评社香港4月13日电/据香港文汇报报道,澳门澳门新型冠状病毒感染应变协调中心12日表示,位新当天3位新冠肺炎患者康复出院,冠肺到路环高顶公共卫生临床中心进行14天康复期隔离。炎患院至此,复出澳门治愈患者已达13人,澳门还有32位患者住院治疗。位新  应变协调中心当天举行新闻发布会。冠肺据介绍,炎患院第11位出院病人是复出第15例确诊患者,31岁男性菲律宾籍雇员,澳门住院26天;第12位出院病人是位新第31例确诊患者,27岁男性澳门居民,冠肺住院19天;第13位出院病人是炎患院第12例确诊患者,47岁男性西班牙籍旅客,复出住院28天。  这3位患者目前临床情况稳定,无发热和呼吸道症状,胸部CT检查无肺炎表现,先后接受两次鼻咽拭子病毒核酸检测均为阴性,符合出院标准。  应变协调中心表示,澳门自4月9日连续第4天无新增确诊病例,累计确诊病例数维持在45例,目前正在接受医学观察的仍有583人。"
        ),
        published="2020-04-13",
        city=None,
        expect=[
            ("recovered_new", "澳门", "2020-04-12", 3, "", ""),
            ("recovered_total", "澳门", "2020-04-12", 13, "", ""),
            ("hospitalized", "澳门", "2020-04-12", 32, "", ""),
            ("confirmed_new", "澳门", "2020-04-12", 0, "", ""),
            ("confirmed_total", "澳门", "2020-04-12", 45, "", ""),
            ("observation", "澳门", "2020-04-12", 583, "", ""),
        ],
        note="中评社 (香港, 4月13日) quoting 文汇报 on 澳门, on a scraper page that garbles the text by inserting fragments of its title (位新, 冠肺, 炎患院, 复出) and doubles 澳门: kept as found. The page's own stamp (时间:2024-05-03, a scraper's) was left out; published is the dateline's 4月13日. The centre spoke on 12日 (当天 = 12日): 当天3位…患者康复出院 → recovered_new 3 (three patients, not one named by an ordinal, so the open reading on single discharges does not apply; the headline restates it); 澳门治愈患者已达13人 → recovered_total 13; 还有32位患者住院治疗 → hospitalized 32; 自4月9日连续第4天无新增确诊病例 → one confirmed_new 0 on 4月12日 (the run's last day; 4 is a duration); 累计确诊病例数维持在45例 → confirmed_total 45; 正在接受医学观察的仍有583人 → observation 583. No tuple: the ordinals 第11/12/13位出院病人 and 第15/31/12例确诊患者, ages, 住院26/19/28天 and 14天 (durations), 菲律宾 and 西班牙 (the patients' nationality, not places with figures). Left out: the scraper's breadcrumb and stamp line between the title and the dateline, and the last paragraph (the hospital's stock of test kits)",
        source="http://www.xiaoshuotop.com/html/230f398818.html",
    ),
    dict(
        id="b11f17",
        text=(
            "吉林省卫生健康委员会关于新型冠状病毒肺炎疫情情况通报(2020年2月20日公布)Daily update on the novel coronavirus-infected pneumonia in Jilin Province (Announced on February 20, 2020)\n\n"
            "  2月19日0-24时,全省新增确诊病例1例(通化市),为重症病例。新增治愈出院4例(四平市3例,松原市1例)。\n\n"
            "  截至2月19日24时,全省累计报告确诊病例91例,累计治愈出院40例(长春市19例,四平市7例,延边州4例,吉林市3例,松原市2例,公主岭市2例,通化市1例,辽源市1例,梅河口市1例),死亡1例(四平市),现在院隔离治疗确诊病例50例。其中长春市26例,四平市7例,辽源市6例,公主岭市4例,通化市3例,吉林市2例,延边州1例,白城市1例。\n\n"
            "  在院治疗确诊病例中,44例为普通病例,3例为重症病例(长春市2例,通化市1例),3例为危重症病例(长春市1例,白城市1例,公主岭市1例)。上述确诊病例的密切接触者3832人,已解除医学观察3372人,正在指定地点隔离或居家隔离医学观察460人。累计在密切接触者中主动开展核酸检测筛查出确诊患者13例。\n\n"
            "  2月19日0-24时,全省原有36例疑似病例中,排除14例;新增疑似病例9例;现有疑似病例31例,已全部隔离治疗,目前正在进一步明确诊断。\n\n"
            "  来源:吉林省卫生健康委员会\n\n"
            "From 00:00 to 24:00 on February 19, 1 confirmed case was reported in Tonghua City of the province, which is a severe case. 4 cured and discharged from hospital (3 in Siping and 1 in Songyuan)."
        ),
        published="2020-02-20",
        city="四平市",
        expect=[
            ("recovered_new", "四平市", "2020-02-19", 3, "", ""),
            ("recovered_total", "四平市", "2020-02-19", 7, "", ""),
            ("deaths_total", "四平市", "2020-02-19", 1, "", ""),
            ("hospitalized", "四平市", "2020-02-19", 7, "", ""),
        ],
        note="吉林's bilingual bulletin for 2月19日 on the province's foreign-affairs site (2020年2月20日公布: published that day; no time). Read for 四平: 新增治愈出院4例(四平市3例,…) → recovered_new 3 (2月19日, 0-24时; the English '3 in Siping' restates it: one tuple); 累计治愈出院40例(…四平市7例…) → recovered_total 7; 死亡1例(四平市) → deaths_total 1 (a province's cumulative with the city in its bracket: the bracket is the city's share, here all of it); 现在院隔离治疗…其中…四平市7例 → hospitalized 7 (a list under 在院 gives each place hospitalized; it shares the value 7 with recovered_total). All 截至2月19日24时. 四平 is in neither the 重症 nor the 危重症 bracket, and the bulletin gives no city's cumulative confirmed count. Not 四平's: the province's 1 new (通化市), 4 discharges, 91/40/1/50, 44/3/3, the contacts and 13 screened, the suspected counts, and the other cities' figures. Left out: the English version of the remaining paragraphs, which the page cuts off mid-sentence",
        source="http://wb.jl.gov.cn/zthd_85367/qlkjxxgzbd/jlzxd_wszfw/202002/t20200220_6841165.html",
    ),
    dict(
        id="b11f18",
        text=(
            "日本新冠状病毒确诊病例上升至2796例\n\n"
            "据日本NHK报道,4月3日,日本福井县、爱源县、冈山县、三重县、冲绳县和和歌山县共有20人被确诊。\n\n"
            "截至上午11点30分,日本确诊感染病例总数为2796例,其中包括机场检疫人员和乘坐包机回国的人员。此外,“钻石公主”号游轮的712名乘客和船员受到感染,总数为3508人。\n\n"
            "目前,日本的死亡人数为73人,其中包括11名来自“钻石公主”号游轮的乘客,共有84人死亡。"
        ),
        published="2020-04-03",
        city=None,
        expect=[
            ("confirmed_total", "日本", "2020-04-03", 2796, "", ""),
            ("confirmed_total", "钻石公主号", "2020-04-03", 712, "", ""),
            ("deaths_total", "日本", "2020-04-03", 73, "", ""),
            ("deaths_total", "钻石公主号", "2020-04-03", 11, "", ""),
        ],
        note="A machine-reworded copy of an NHK-based item on 日本 (a sports site; its stamp 时间:2020-06-20 20:50 is a scraper's and was left out; published is the item's own 4月3日). 截至上午11点30分 and 目前 take 4月3日. 日本确诊感染病例总数为2796例 → confirmed_total 2796 for 日本 (the headline restates it; airport-quarantine and charter-flight returnees are counted inside it, no tuple of their own: evacuation flights are no place); “钻石公主”号…712名乘客和船员受到感染 → confirmed_total 712 for 钻石公主号; 总数为3508人 is the sum of the two (no tuple, as blind9/10 read sums of places). 日本的死亡人数为73人 → deaths_total 73; the 11 passengers of the ship → deaths_total 11 for 钻石公主号 (the reworded 其中包括 is contradicted by 共有84人 = 73 + 11, so the 11 is read as the ship's own; unsure); 共有84人死亡 is a sum: no tuple. 福井县、爱源县(sic, 爱媛县)、冈山县、三重县、冲绳县和和歌山县共有20人被确诊 is one figure for six prefectures together: no place has it, no tuple (the garbled 爱源县 does not matter here). Left out: the site's stamp line after the title and its trailing '(时间)' and link labels",
        source="http://5kgc.com/wuxin/13544.html",
    ),
    dict(
        id="b11f19",
        text=(
            "江苏4日通报:无新增新冠肺炎确诊病例 新增治愈出院10例\n\n"
            "2020-03-04 09:01 来源:央视新闻客户端\n\n"
            "2020年3月3日0—24时,江苏省无新增新型冠状病毒肺炎确诊病例,新增出院病例10例。\n\n"
            "截至3月3日24时,江苏省累计报告新型冠状病毒肺炎确诊病例631例。其中,南京市93例、无锡市55例、徐州市79例、常州市51例、苏州市87例、南通市40例、连云港市48例、淮安市66例、盐城市27例、扬州市23例、镇江市12例、泰州市37例、宿迁市13例。\n\n"
            "累计确诊病例中,在院病例66例。其中,轻型病例6例;普通型病例57例;重型病例1例(南京市1例);危重型病例2例(无锡市1例、连云港市1例)。\n\n"
            "出院病例565例。其中,南京市74例、无锡市50例、徐州市71例、常州市50例、苏州市69例、南通市40例、连云港市42例、淮安市58例、盐城市27例、扬州市23例、镇江市11例、泰州市37例、宿迁市13例。\n\n"
            "目前,江苏省追踪到密切接触者12638人,已解除医学观察12573人,尚有65人正在接受医学观察。(消息来源:央视新闻客户端 中央广播电视总台央视记者 吴睿)\n\n"
            "责编:郭彦伟"
        ),
        published="2020-03-04 09:01",
        city="连云港市",
        expect=[
            ("confirmed_total", "连云港市", "2020-03-03", 48, "", ""),
            ("critical", "连云港市", "2020-03-03", 1, "", ""),
            ("recovered_total", "连云港市", "2020-03-03", 42, "", ""),
        ],
        note="江苏's bulletin for 3月3日 as carried by 央视新闻 on 3月4日 09:01 (the figures carry their own date, 截至3月3日24时, so the morning rule does not apply). Read for 连云港: 累计报告…其中…连云港市48例 → confirmed_total 48; 在院病例66例。其中…危重型病例2例(无锡市1例、连云港市1例) → critical 1 for 连云港 (a list under 在院 is current, so this is critical, not critical_total); 出院病例565例。其中…连云港市42例 → recovered_total 42. The paragraphs without a date take the bulletin's 3月3日. No hospitalized figure is stated for 连云港 (the difference 48 − 42 is not stated, and a difference is never expected). Not 连云港's: the province's 无新增 (a province's none-statement is not read for a city), its 10 discharges, 631/66/6/57/1/2/565, the contacts, and the other cities' figures. Nothing was left out",
        source="http://cneb.gov.cn/2020/03/04/ARTI1583283621013371.shtml",
    ),
    dict(
        id="b11f20",
        text=(
            "2020年2月12日\n"
            "绍兴市新型冠状病毒肺炎疫情\n"
            "情况通报\n"
            "2020年2月11日0-24时,绍兴市无新增新型冠状病毒肺炎确诊病例;新增出院1例,为柯桥区患者。\n"
            "截至2020年2月11日24时,绍兴市累计报告新型冠状病毒肺炎确诊病例41例,重症病人7例,累计出院13例。确诊病例中,其中越城区14例、柯桥区8例、上虞区8例、诸暨市7例、嵊州市2例、新昌县2例。重症病例中,其中越城区1例、柯桥区2例、上虞区2例、诸暨市2例。出院病例中,其中越城区8例、柯桥区1例、上虞区1例、诸暨市3例。全市共追踪到密切接触者2038人,已解除隔离观察1568人,尚有466人正在接受隔离医学观察,其中4例隔离中的密切接触者被确诊。\n"
            "新闻多看点:\n"
            "2020年2月11日0-24时,浙江省报告新型冠状病毒肺炎新增确诊病例14例,新增出院病例28例。其中:\n"
            "新增确诊病例中,杭州市2例、宁波市2例、温州市7例、嘉兴市2例、金华市1例;新增出院病例中,杭州市3例、宁波市6例、温州市8例、湖州市1例、嘉兴市1例、绍兴市1例、金华市3例、台州市3例、丽水市2例。\n"
            "截至2月11日24时,浙江省累计报告新型冠状病毒肺炎确诊病例1131例,现有重症病例80例(其中危重31例),累计出院279例。其中:\n"
            "确诊病例中,杭州市159例、宁波市153例、温州市481例、湖州市10例、嘉兴市42例、绍兴市41例、金华市54例、衢州市21例、舟山市10例、台州市143例、丽水市17例;重症病例中,杭州市15例、宁波市11例、温州市26例、湖州市1例、嘉兴市5例、绍兴市7例、金华市5例、衢州市3例、舟山市1例、台州市5例、丽水市1例;出院病例中,杭州市51例、宁波市24例、温州市107例、湖州市4例、嘉兴市6例、绍兴市13例、金华市19例、衢州市5例、舟山市5例、台州市38例、丽水市7例。"
        ),
        published="2020-02-12",
        city="绍兴市",
        expect=[
            ("confirmed_new", "绍兴市", "2020-02-11", 0, "", ""),
            ("recovered_new", "绍兴市", "2020-02-11", 1, "", ""),
            ("recovered_new", "柯桥区", "2020-02-11", 1, "", ""),
            ("confirmed_total", "绍兴市", "2020-02-11", 41, "", ""),
            ("confirmed_total", "越城区", "2020-02-11", 14, "", ""),
            ("confirmed_total", "柯桥区", "2020-02-11", 8, "", ""),
            ("confirmed_total", "上虞区", "2020-02-11", 8, "", ""),
            ("confirmed_total", "诸暨市", "2020-02-11", 7, "", ""),
            ("confirmed_total", "嵊州市", "2020-02-11", 2, "", ""),
            ("confirmed_total", "新昌县", "2020-02-11", 2, "", ""),
            ("severe", "绍兴市", "2020-02-11", 7, "", ""),
            ("severe", "越城区", "2020-02-11", 1, "", ""),
            ("severe", "柯桥区", "2020-02-11", 2, "", ""),
            ("severe", "上虞区", "2020-02-11", 2, "", ""),
            ("severe", "诸暨市", "2020-02-11", 2, "", ""),
            ("recovered_total", "绍兴市", "2020-02-11", 13, "", ""),
            ("recovered_total", "越城区", "2020-02-11", 8, "", ""),
            ("recovered_total", "柯桥区", "2020-02-11", 1, "", ""),
            ("recovered_total", "上虞区", "2020-02-11", 1, "", ""),
            ("recovered_total", "诸暨市", "2020-02-11", 3, "", ""),
            ("close_contacts_total", "绍兴市", "2020-02-11", 2038, "", ""),
            ("observation_released_total", "绍兴市", "2020-02-11", 1568, "", ""),
            ("observation", "绍兴市", "2020-02-11", 466, "", ""),
        ],
        note="绍兴's own bulletin of 2月12日 for 2月11日, followed on a county news site by 浙江's bulletin under 新闻多看点 (published is the bulletin's 2020年2月12日; no time). Read for 绍兴: 无新增…确诊病例 → confirmed_new 0; 新增出院1例,为柯桥区患者 → recovered_new 1 for the city and, as a breakdown of one, for 柯桥区; 累计…确诊病例41例 with the district list → confirmed_total for the city and its six districts/county-level cities/county; 重症病人7例 (a present count, the province's 现有重症 list gives 绍兴市7例 too) → severe 7 with the four districts' severe; 累计出院13例 with the list → recovered_total for the city and four districts. 全市 = 绍兴市, the bulletin's named issuer: 追踪到密切接触者2038人 → close_contacts_total, 已解除隔离观察1568人 → observation_released_total, 尚有466人正在接受隔离医学观察 → observation 466 (其中4例…被确诊 is no tuple). All 截至2020年2月11日24时. The province's section repeats 绍兴市1例 (discharges), 41, 7 and 13: the same figures, one tuple each. Not 绍兴's: the province's 14/28/1131/80/31/279 and the other cities' figures. Left out: the province's last paragraph (contacts; the page cuts it off mid-sentence)",
        source="http://pasxw.com/index.asp?bh=20202121731115488",
    ),
]
