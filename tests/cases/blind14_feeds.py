"""Golden extraction cases for FEED texts, fourteenth BLIND set, Jan–Apr 2020.

What is here: 17 feed texts, i.e. bulletins, round-ups and wire items that summarise several places (issue 20). Seven are read for
one home city and ten have city=None:
* Home city (a prefecture-level city in full; only that city, its districts and counties are expected): 兴安盟 (内蒙古's bulletin of
  2月28日 on a portal: the day's discharges and a discharge list; a league, prefecture level), 佳木斯市 (黑龙江's 1月29日 bulletin with the NHC's paragraph, traditional,
  on a repost site), 肇庆市 (西江日报 retelling 广东's 2月6日12时 bulletin with the city's figures and contacts), 洛阳市 (a 洛阳 WeChat post
  on 河南's 2月3日 figures with the city's day-by-day history and patients' residences), 泰安市 (the city's own 2月12日 bulletin with a
  county list, suspected cases, residence notes and a critical count, on 大众网), 防城港市 (a machine-translated 新华社 item on 广西's 1月27日
  figures), 阜新市 (辽宁's 2月1日 noon bulletin on 新宾县's government site). None of these seven is a `city=` of blind*.py (grepped).
* city=None (every place the text gives figures to; at most six places a case): 荷兰/比利时/卢森堡 (新华社 3月16日, traditional, garbled),
  泰国 (人民网 4月23日), 印度 (俄罗斯卫星通讯社 4月15日), 法国 (央视 3月22日, traditional, garbled), 意大利 with 伦巴第/艾米利亚-罗马涅/威尼托
  (a machine-reworded 新华社 item, 3月4日), 印尼 with 雅加达 (东方日报 of Malaysia retelling 中央社, 3月18日), 土耳其 with 伊斯坦布尔 (新华社
  4月3日), 菲律宾 (新华社 3月8日, traditional, garbled), 新加坡 (a Singapore site's item on the ministry's 2月17日 statement), 全国 with
  湖北省 (Now新聞台 of Hong Kong, 1月31日, traditional).
Every case is a short verbatim excerpt of a public page found with the search tool (`pages` corpus); its `source` is that page's URL (also
in a comment above the entry). Traditional characters, a converter's garbled pinyin (衛(wèi)生, 數(shù)), doubled commas (,,  ,、), odd spacing
(4日00: 00, 正在接受医学观察415), run-on sentences of a machine translation and headlines/date lines are kept as found. Paragraphs a case does
not need were left out, a paragraph is cut only after a full sentence, and each note says what was left out.

How it was made: BLIND, as a careful reader of the texts alone. Nothing of the extractor was opened or run (no code under extract/, store/,
briefing/, app/ or evaluation/, no CLI, no test). Binding conventions: tests/cases/ANNOTATION.md (including 'Readings still open', where
the first-listed reading is followed and the note says so), shared/gold/FORMAT.md and the conventions in dev_cases.py's docstring. For
the layout only the docstring and the first two CASES entries of blind13_feeds.py were read. Nothing else in tests/cases or tests/data
was read; they were only grepped for file names (checks below). About 150 candidate pages were looked at; 17 were kept. The 内蒙古
2月28日 text was first read for 鄂尔多斯市; when blind14_narrative.py (written at the same time) took 鄂尔多斯市 as a `city=`, this case was
re-read for 兴安盟, so that no home city is shared with any blind table.

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Ways of writing covered (counts of cases; a case can count under several):
  (1) foreign places, 港澳台: 10 (three countries in one wire item, countries with a region or city: 意大利's regions, 雅加达, 伊斯坦布尔;
      全国 with 湖北省 from Hong Kong, and 港澳台 as a sum that gets no tuple);
  (2) speakers and other places' items: 15 (a city paper retelling its province's bulletin with 全市; a city post with 我市; wire items
      retelling foreign ministries; 本地/全国 meaning 新加坡 or 印尼 by their speaker; 全国 meaning China only in the Hong Kong item);
  (3) origin and residence: 5 (泰安's 居住地为… notes, 洛阳's 居住在涧西区, 菲律宾's patients from 臺灣/日本, 新加坡's evacuee from 武汉,
      阜新 case's 沈阳 patient transferred from 铁岭);
  (4) aggregates, shares and counts of places: 7 (港澳台 合共, 约九成八, 约占一半, 35%低于65歲, 9个城市, 56个省, 77个府有68个府, 12个省级行政区);
  (5) a province's totals beside a city's figures: 6 (every home-city case except 泰安's own bulletin);
  (6) current versus cumulative, severity and breakdowns: 9 (a 现存确诊 list without the home league, 正留院/正在接受治疗/住院治療/留医, 加护病房 and 重癥監護 as
      critical, 含危重症病例1例 inside a cumulative count, 重症病例 inside a cumulative breakdown, 出院病例 lists per county);
  (7) deaths: 9 (country totals and news, 伊斯坦布尔's and 雅加达's deaths in a list sentence, 意大利's regions, 无死亡病例 → 0);
  (8) ordinals and firsts: 6 (病例14, 首例/第二例/第三例, 第7例…第10例, 第76、77起/第50例, 首例確診 of other cities, 首次/首宗);
  (9) none-statements and zeros: 2 (泰安's 无新增…确诊病例 and 无死亡病例; 内蒙古's region-level nones not spread to a city);
  (10) qualifiers and words: 4 (超过1000例, 2430多例, 逾千宗, counts in words 两起/两例/五例/四名);
  (11) dates: pages with a time before noon whose figures are dated (01:00, 08:32, 08:37: the morning rule does not apply), one after noon
      with undated figures (12:16: the publication date), 截至当地时间4日00: 00, 当地时间, a window 1月31日23时30分至2月1日14时30分, past
      daily counts with their own dates (洛阳's 1月31日/2月1日), 目前/迄今 taking an earlier paragraph's date, undated pages.

Reading choices made where the binding conventions are silent (each note says which it uses):
* Open readings, first-listed followed: an intensive-care count is critical (法国 1746, 新加坡 4); 危重症 inside a cumulative count is
  critical_total (泰安 1).
* A league's entry in a numbered list that names only one county-level city (11.兴安盟乌兰浩特市1例) gives the figure to both.
* A province's none-statements (内蒙古自治区报告无新增…) are not spread to the home city; new-case lists that do not name the home city give
  it no tuple (not a 0).
* Patients' residences inside the home city (两名居住在涧西区; 2例居住地为岱岳区) give no district tuple, by the binding residence rule (unsure).
* 比前一天增长4例 is the day's rise → confirmed_new (卢森堡; unsure). 截至当地时间4日00: 00 is dated by its written date (意大利; unsure).
* A cumulative breakdown's 重症病例 is severe (意大利; there is no cumulative severe metric). A garbled 2307例疑似病例为阳性 gets no tuple.
* The four new patients' 均已住院接受治疗 is no country in-hospital count (菲律宾). A headline's rounded threshold (超两万, 超一千例) is the
  body's figure. 输入性 in a January 辽宁 bulletin (from 湖北) is not an imported-from-abroad subtotal.
* Foreign regions and cities are named as written where the figure stands (伦巴第, 艾米利亚-罗马涅, 威尼托, 雅加达, 伊斯坦布尔); countries by
  their usual short name (荷兰, 比利时, 卢森堡, 印尼, 菲律宾 …).

Exclusion and overlap checks:
* No page comes from Hunan, mentions 株洲 or a Hunan place (the excerpts were scanned for the Hunan names of ANNOTATION.md and for 湘),
  or comes from the DXY feed or a mirror of it; every page is of 2020. A 中央社 round-up of 1月26日 was dropped because it names 湖南.
* Before annotating, each kept candidate's URL (its distinctive part) and 4–5 distinctive 12–20-character snippets (headline, figures
  with their nouns, names), each as found, converted to simplified and to traditional (OpenCC t2s/s2t), were grepped with `grep -rlF`
  (file names only) across tests/cases and tests/data; then the whole excerpt was converted to simplified and ten 15-character windows
  spread over it were grepped, each also in traditional; every number of three or more digits was grepped too and its hits checked by
  file (e.g. 1413, 2839, 1559, 2546 and 5806 occur elsewhere as other texts' unrelated figures, in files with no 荷兰/泰国/法国/意大利 text,
  or as 湖北's same-day total in other texts). Judged no hit: shared boilerplate windows (…新型冠状病毒感染的肺炎新增确诊病…, …感染的肺炎确诊病例,
  無新增新冠肺炎確診病例,無新增, and the single list item 乌兰察布市2例(四子王旗1例、化德县1例), which recurs in another day's 内蒙古 list
  whose other items differ); the item 兴安盟乌兰浩特市1例 recurs in other days' 内蒙古 confirmed lists and in a later discharge list (the
  league's single case, unchanged for weeks), but this day's discharge sentence and its lists as wholes occur nowhere else; 肇庆市14例 occurs in other 广东 lists, but this case's text and sentences do not.
* Dropped for a hit (URL or text already in a table or in tests/data), by place and date: 广东 2月4日12时 and 1月23日; 江西 2月2日 (traditional),
  2月6日, 2月11日, 2月20日 (its discharge list) and 宜春 2月19日; 河北 2月8日 (traditional); 黑龙江 1月30日, 2月9日, 2月27日, 3月14日;
  山东 1月31日 and 枣庄 2月15日; 河南 1月25日, 2月1日, 2月15日 and 开封 2月1日; 内蒙古 2月5日, 2月8日, 2月9日, 2月19日, 2月21日, 2月22日,
  3月3日; 广西 2月1日, 2月3日, 2月14日, 2月15日; 云南 2月7日, 2月11日; 贵州 2月6日, 2月14日, 3月1日; 甘肃 2月2日, 2月14日, 2月20日;
  陕西 2月1日, 2月4日, 2月9日, 2月10日; 四川 2月4日, 2月6日, 2月11日, 2月19日; 山西 2月1日; 吉林 2月4日; 宁夏 2月26日, 2月29日 (and its
  per-city list, frozen for weeks); 青海 2月3日; 西藏 2月27日, 3月26日; 湖北 2月2日, 2月27日, 2月28日; 浙江 3月2日; 福建 2月3日, 2月6日 and
  the 三明 lists of 2月10日/2月12日/2月17日; 荷比卢 3月14日, 3月21日, 3月27日 (mirror addresses already used); 法国 3月6日; 钻石公主号 2月12日;
  新加坡 2月15日 (tests/data/feed_dev).
* Other candidates left out: 安徽 3月1日 (its cumulative list is frozen from 2月24日 to 3月3日, a day already in a table); 河北 4月1日 (frozen
  list); second items for a country already kept (荷比卢 3月25日/3月29日, 菲律宾 4月13日, 泰国 4月25日, 印尼 3月24日); too many places for a
  case without home city (澳大利亚 3月18日 with eight states, 加拿大 3月23日/3月31日, the full 19-region list of 意大利); pages without a date
  (保定's county list); single-city pages that are no feed (阳江); scrambled or word-salad mirrors (贵州 2月13日/2月28日); and 全球 totals.
"""

CASES = [
    # https://m.news.shi-fen.com/china/202002/50-641391.html
    dict(
        id="b14f01",
        text="原标题:2020年2月27日7时至28日7时内蒙古自治区新冠肺炎疫情情况\n来源:内蒙古自治区卫生健康委员会\n2020年2月27日7时至28日7时,内蒙古自治区报告无新增新冠肺炎确诊病例,无新增疑似病例,新增出院病例5例,排除疑似病例1例。\n新增出院病例5例为乌海市海勃湾区1例,赤峰市元宝山区1例、红山区1例、翁牛特旗1例,兴安盟乌兰浩特市1例;排除1例疑似病例为呼伦贝尔市莫力达瓦旗1例\n截至2月28日7时,内蒙古自治区累计报告新冠肺炎确诊病例75例,现存确诊病例32例,出院病例43例,重症病例4例,危重病例3例。\n其中,现存确诊病例32例为:\n1.锡林郭勒盟7例(锡林浩特市3例、多伦县4例)\n2.包头市6例(土默特右旗4例、昆都仑区2例)\n3.呼和浩特市5例(玉泉区2例、新城区1例、赛罕区1例、回民区1例)\n4.通辽市的霍林郭勒市5例\n5.呼伦贝尔市莫力达瓦旗3例\n6.巴彦淖尔市2例(临河区1例、乌拉特中旗1例)\n7.鄂尔多斯市达拉特旗2例\n8.乌兰察布市化德县1例\n9.赤峰市翁牛特旗1例\n出院病例43例为:\n1.鄂尔多斯市9例(东胜区1例、鄂托克前旗1例、达拉特旗7例)\n2.赤峰市8例(松山区2例、元宝山区2例、红山区1例、林西县1例、翁牛特旗2例)\n3.巴彦淖尔市6例(乌拉特中旗3例、五原县2例、临河区1例)\n4.包头市5例(昆都仑区1例、东河区1例、土右旗3例)\n5.呼伦贝尔市4例(满洲里市1例、牙克石市1例、莫力达瓦旗2例)\n6.呼和浩特市2例(新城区1例、玉泉区1例)\n7.乌兰察布市2例(四子王旗1例、化德县1例)\n8.锡林郭勒盟2例(锡林浩特市1例、二连浩特市1例)\n9.通辽市2例(经济开发区1例、霍林郭勒市1例)\n10.乌海市海勃湾区2例\n11.兴安盟乌兰浩特市1例",
        published="2020-02-28",
        city="兴安盟",
        expect=[
            ("recovered_new", "兴安盟", "2020-02-28", 1, "", ""),
            ("recovered_new", "乌兰浩特市", "2020-02-28", 1, "", ""),
            ("recovered_total", "兴安盟", "2020-02-28", 1, "", ""),
            ("recovered_total", "乌兰浩特市", "2020-02-28", 1, "", ""),
        ],
        note="内蒙古's bulletin for 2月27日7时至28日7时 on a portal (原标题 and 来源 lines kept; the page prints only 202002 in its address, the cut-off date 2月28日 is taken as published and dates the window's figures). Read for 兴安盟 (a league, prefecture level): 新增出院病例5例为…兴安盟乌兰浩特市1例 → recovered_new 1 for the league and for 乌兰浩特市; under 出院病例43例为 the item 11.兴安盟乌兰浩特市1例 is the league's entry in a numbered list and names its only county-level city → recovered_total 1 for both (unsure: one could give the county-level city only). 兴安盟 is absent from the 现存确诊 list: no hospitalized tuple (a figure the text does not state; not a 0). The region's none-statements (无新增…确诊病例, 无新增疑似病例) and its 75/32/43/4/3 are 内蒙古's and are not spread to the league. Other leagues and cities (鄂尔多斯市达拉特旗2例, 乌海市海勃湾区1例/2例 …) are not home. Left out: the 重症/危重 breakdown line, cut mid-list in the source, and the page's navigation text",
        source="https://m.news.shi-fen.com/china/202002/50-641391.html",
    ),
    # https://feifmx.com/internationalgd/10000166/20200317/37926655.html
    dict(
        id="b14f02",
        text="新華社布魯塞爾3月16日電(記者潘革平 任靜)荷蘭,、比利時和盧森堡三國16日分別報告新冠肺炎確診病例增至1413例、1058例和81例,。\n荷蘭國家公共衛(wèi)生與環(huán)境研究所16日發(fā)布公報說,,荷蘭在此前24小時新增確診病例278例,新增死亡病例4例,;累計確診病例1413例,,累計死亡24例,,死亡病例平均年齡為79歲。目前荷蘭確診患者中,,有205人住院治療,。\n比利時國家公共衛(wèi)生研究所16日發(fā)布公報說,過去24小時內(nèi)比利時新增確診病例172例,,新增死亡1例,;累計病例1058例,累計死亡5例,。\n盧森堡衛(wèi)生大臣波萊特·萊納特16日宣布,,盧森堡累計病例81例,,比前一天增長4例。",
        published="2020-03-17",
        city=None,
        expect=[
            ("confirmed_total", "荷兰", "2020-03-16", 1413, "", ""),
            ("confirmed_new", "荷兰", "2020-03-16", 278, "", ""),
            ("deaths_new", "荷兰", "2020-03-16", 4, "", ""),
            ("deaths_total", "荷兰", "2020-03-16", 24, "", ""),
            ("hospitalized", "荷兰", "2020-03-16", 205, "", ""),
            ("confirmed_new", "比利时", "2020-03-16", 172, "", ""),
            ("deaths_new", "比利时", "2020-03-16", 1, "", ""),
            ("confirmed_total", "比利时", "2020-03-16", 1058, "", ""),
            ("deaths_total", "比利时", "2020-03-16", 5, "", ""),
            ("confirmed_total", "卢森堡", "2020-03-16", 81, "", ""),
            ("confirmed_new", "卢森堡", "2020-03-16", 4, "", ""),
        ],
        note="新华社 布鲁塞尔 3月16日电 on a mirror, traditional with a converter's garbling (衛(wèi)生, 內(nèi)) and doubled commas (荷蘭,、 / ,,) kept as found; published from the address (20200317). The lead's 1413/1058/81 and the body's 累計 figures are one tuple each. 荷兰: 此前24小時新增 278 and 新增死亡 4 are the 16日 report's new figures; 目前…有205人住院治療 → hospitalized 205. 死亡病例平均年齡為79歲 is an age. 卢森堡's 累計病例81例,,比前一天增長4例 → confirmed_total 81 and the day's rise 4 as confirmed_new (unsure: read as a comparison it would give no tuple). Left out: 吕特's quote, the paragraph on 比利时's king, the rest of the 卢森堡 paragraph, and a 陕西 item appended by the mirror",
        source="https://feifmx.com/internationalgd/10000166/20200317/37926655.html",
    ),
    # https://ttnews.xyz/a/5e330000dc9b5e277a810c89?lang=zh-hant
    dict(
        id="b14f03",
        text="黑龍江新增6例,鶴崗市、大興安嶺地區首例確診!\n\n2020年1月29日0-24時, 黑龍江省報告新型冠狀病毒感染的肺炎新增確診病例6例。新增重症病例2例。鶴崗市、大興安嶺地區為報告首例確診病例。新增疑似病例48例。\n\n截至1月29日24時,黑龍江省累計報告新型冠狀病毒感染的肺炎確診病例43例,其中:哈爾濱市13例、齊齊哈爾市3例、牡丹江市1例、佳木斯市5例、大慶市5例、雞西市1例、雙鴨山市1例、七臺河市2例、鶴崗市1例、綏化市10例、大興安嶺地區1例;累計重症病例6例。死亡病例1例為綏化市確診病例。累計報告疑似病例105例。\n\n全省當日發熱門診診療人數3118人。目前追蹤到密切接觸者1470人, 已解除醫學觀察273人,尚有1106人正在接受醫學觀察。\n\n1月29日0—24時,31個省(自治區、直轄市)和新疆生產建設兵團報告新增確診病例1737例(西藏首例確診病例),新增重症病例131例,新增死亡病例38例(湖北37例、四川1例),新增治癒出院病例21例,新增疑似病例4148例。",
        published="2020-01-29",
        city="佳木斯市",
        expect=[
            ("confirmed_total", "佳木斯市", "2020-01-29", 5, "", ""),
        ],
        note="黑龙江's bulletin for 1月29日0-24時 plus the NHC's national paragraph, traditional, on a repost site without a date (the figures' date taken as published, as in blind7-13). Read for 佳木斯: only 截至1月29日24時…佳木斯市5例 → confirmed_total 5. The day's 6 new cases name only 鶴崗市 and 大興安嶺地區 (首例, no count for 佳木斯, not a 0). Not 佳木斯's: the province's 6/2/48/43/6/105/3118/1470/273/1106, 綏化市's death, the other cities, and the NHC's national figures with 湖北37例、四川1例 and 西藏首例. Left out: the NHC's second and third paragraphs (national cumulative figures and 港澳臺) and the page's share links",
        source="https://ttnews.xyz/a/5e330000dc9b5e277a810c89?lang=zh-hant",
    ),
    # http://world.people.com.cn/n1/2020/0423/c1002-31685398.html
    dict(
        id="b14f04",
        text="泰国新增13例新冠肺炎确诊病例 累计确诊2839例\n\n2020年04月23日13:46 | 来源:人民网-国际频道\n\n人民网曼谷4月23日电(记者孙广勇)当地时间4月23日,泰国新冠肺炎疫情应对管理中心在例行发布会上透露,泰国新增13例新冠肺炎确诊病例,连续十多天呈下降趋势。新增病例感染途径分为三类。第一类为与确诊患者接触感染;第二类为前往人群密集的购物商场等公共场所或在高危感染区工作感染;第三类患者有国外旅居史。目前,泰国累计确诊病例2839例。其中50例死亡,2430多例治愈,359例正留院治疗。曼谷地区的病例数量约占一半,全国77个府有68个府出现确诊病例。",
        published="2020-04-23 13:46",
        city=None,
        expect=[
            ("confirmed_new", "泰国", "2020-04-23", 13, "", ""),
            ("confirmed_total", "泰国", "2020-04-23", 2839, "", ""),
            ("deaths_total", "泰国", "2020-04-23", 50, "", ""),
            ("recovered_total", "泰国", "2020-04-23", 2430, "", "more_than"),
            ("hospitalized", "泰国", "2020-04-23", 359, "", ""),
        ],
        note="人民网 曼谷 4月23日电 (headline, date line and lead). 当地时间4月23日 dates the lead; 目前, 泰国累计确诊病例2839例。其中50例死亡,2430多例治愈,359例正留院治疗 → confirmed_total 2839, deaths_total 50, recovered_total 2430 more_than (多), hospitalized 359. The headline repeats 13 and 2839 (one tuple each). 曼谷…约占一半 is a share of cases with no metric and gives 曼谷 no tuple; 77个府有68个府 counts places; 三类/第一类 are no counts. Left out: the paragraphs on the curfew (with a from-to change 上百例…约20例, no dated figure) and on the flight ban",
        source="http://world.people.com.cn/n1/2020/0423/c1002-31685398.html",
    ),
    # http://www.kcqsx.com/zhaoqing/202002/851515.html
    dict(
        id="b14f05",
        text="肇庆市新增一例确诊病例\n\n来源:西江日报 2020-02-07 01:00\n\n西江日报讯 (记者 张苑卉 通讯员 叶剑如) 记者从市卫健局获悉,截至2月6日12时,全省累计报告新型冠状病毒感染的肺炎确诊病例970例。6日当天0时-12时全省新增确诊病例26例,其中肇庆市新增确诊病例1例,为封开县1例。全市累计确诊病例14例,有183名密切接触者,正接受集中医学观察111人,解除医学观察72人。\n\n病例14,男,55岁,封开人,在封开县江口镇经营乐惠士多店,店内经营一张麻将台,供牌友娱乐。患者平常活动点为乐惠士多店和曙光路31号家中,1月24日晚到封开县广信嘉园朋友家中聚餐,1月28日晚到封开县唐八叔清补羊火锅店聚餐。患者无其它外出旅游史。2月2日出现发热、轻微气喘等症状, 2月5日采集患者咽拭子及血清标本检测,2月6日检测结果显示阳性,确诊为新型冠状病毒感染的肺炎病例。",
        published="2020-02-07 01:00",
        city="肇庆市",
        expect=[
            ("confirmed_new", "肇庆市", "2020-02-06", 1, "", ""),
            ("confirmed_new", "封开县", "2020-02-06", 1, "", ""),
            ("confirmed_total", "肇庆市", "2020-02-06", 14, "", ""),
            ("close_contacts_total", "肇庆市", "2020-02-06", 183, "", ""),
            ("observation", "肇庆市", "2020-02-06", 111, "", ""),
            ("observation_released_total", "肇庆市", "2020-02-06", 72, "", ""),
        ],
        note="西江日报 (肇庆's paper) retelling 广东's 2月6日12时 bulletin with the city's own figures, on a portal that prints the paper's time (01:00; every figure is dated 截至2月6日12时 / 6日当天0时-12时, so the morning rule does not apply). 其中肇庆市新增确诊病例1例,为封开县1例 → confirmed_new 1 for the city and 封开县. 全市 (the paper and 市卫健局 speak) 累计确诊病例14例 → confirmed_total 14; 有183名密切接触者,正接受集中医学观察111人,解除医学观察72人 → close_contacts_total 183, observation 111, observation_released_total 72 (111+72=183, a cumulative release). Not 肇庆's: 全省 970 and 26. 病例14 is an ordinal; the patient's 55岁, 31号 and dates are no figures. Left out: the patient paragraph's last sentence (目前,患者属重症病例…, one patient's condition), the disinfection paragraph and the list of 13 places by district",
        source="http://www.kcqsx.com/zhaoqing/202002/851515.html",
    ),
    # https://sputniknews.cn/20200415/1031221627.html
    dict(
        id="b14f06",
        text="印度新冠病毒感染确诊病例一昼夜新增超一千例\n\n俄罗斯卫星通讯社新德里4月15日电 印度卫生和家庭福利部发布数据表明,印全国新冠病毒感染确诊病例一昼夜新增超过1000例,累计达到11439例。\n其中包括正在接受治疗9756例、康复1305例、死亡377例、离境1例。\n印度总理莫迪4月14日表示,已经决定将隔离制度延长至5月3日。",
        published="2020-04-15",
        city=None,
        expect=[
            ("confirmed_new", "印度", "2020-04-15", 1000, "", "more_than"),
            ("confirmed_total", "印度", "2020-04-15", 11439, "", ""),
            ("hospitalized", "印度", "2020-04-15", 9756, "", ""),
            ("recovered_total", "印度", "2020-04-15", 1305, "", ""),
            ("deaths_total", "印度", "2020-04-15", 377, "", ""),
        ],
        note="俄罗斯卫星通讯社 新德里 4月15日电 (headline and the first two paragraphs). 一昼夜新增超过1000例 (headline 超一千例, the same figure) → confirmed_new 1000 more_than, dated by the dateline; 累计达到11439例, 其中包括正在接受治疗9756例、康复1305例、死亡377例 → confirmed_total 11439, hospitalized 9756 (正在接受治疗), recovered_total 1305, deaths_total 377. 离境1例 has no metric. 5月3日 is a date. Left out: the photo credit and related-link lines between the paragraphs, and the last paragraph (WHO's global count: 全球 is no place in the vocabulary)",
        source="https://sputniknews.cn/20200415/1031221627.html",
    ),
    # https://freewechat.com/a/MzA3ODg0MjU1Mg==/2649541003/{{href}}
    dict(
        id="b14f07",
        text="洛阳新增5例确诊新冠肺炎患者情况发布\n2月4日,河南省卫生健康委发布公开信息,截至2月3日24时,河南省共报告新型冠状病毒感染的肺炎确诊病例675例。其中,我市累计确诊12例。这是继1月22日确诊首例、1月26日确诊第二例、1月30日确诊第三例、1月31日确诊两例病例,2月1日确诊两例后,2月3日确诊五例。\n2月4日上午,洛阳市疾控中心介绍了患者情况——\n问:这五名患者基本信息有哪些?\n答:这五名患者,两名居住在涧西区,三名居住在瀍河区。分别是涧西区的徐某、陈某。瀍河区的甄某、杨某和吕某。\n问:患者是如何确诊的?\n答:患者徐某,男,53岁,家住涧西区。1月21日与妻子、女儿从洛阳自驾车回信阳市固始县老家。1月22日在老家与从武汉回家的表弟交谈时未做任何有效防护。1月25日返回洛阳。1月26日徐某出现发热,1月30日自驾车到河科大一附院开元院区发热门诊就诊。1月31日采样送检,市疾控中心检测结果为阳性,转至市传染病医院进行隔离治疗。2月3日,经专家组会诊为确诊病例。",
        published="2020-02-04",
        city="洛阳市",
        expect=[
            ("confirmed_total", "洛阳市", "2020-02-03", 12, "", ""),
            ("confirmed_new", "洛阳市", "2020-02-03", 5, "", ""),
            ("confirmed_new", "洛阳市", "2020-02-01", 2, "", ""),
            ("confirmed_new", "洛阳市", "2020-01-31", 2, "", ""),
        ],
        note="A 洛阳 outlet's WeChat post (mirror; the lead's 2月4日 taken as published) retelling 河南's figures as of 2月3日24时 with the city's own history. 我市 = 洛阳 (the headline names the city): 累计确诊12例 → confirmed_total 12 on 2月3日; 1月31日确诊两例, 2月1日确诊两例, 2月3日确诊五例 → confirmed_new 2 / 2 / 5 on those dates (counts in words). 1月22日确诊首例、1月26日确诊第二例、1月30日确诊第三例 are ordinals: no tuple. 两名居住在涧西区,三名居住在瀍河区 say where the patients live → no district tuple by the binding residence rule (unsure: a by-residence district count is the other reading). 河南省 675 is the province's. Not 洛阳's: 信阳市固始县 and 武汉 in the patient's history; 53岁 and dates. Left out: the other four patients' histories",
        source="https://freewechat.com/a/MzA3ODg0MjU1Mg==/2649541003/{{href}}",
    ),
    # http://www.muzhuzai.net/qznews/2020/0323/599092.html
    dict(
        id="b14f08",
        text="法國新增1559例新冠肺炎確診病例 累計16018例\n2020-03-23 08:37:20 來源: 央視新聞客戶端\n22日,法國衛(wèi)生部稱,法國新增新冠病毒感染病例1559例,總數(shù)達到16018人。其中35%低于65歲。 而由新冠病毒感染死亡病例增加112例,總數(shù)達到674例。法國現(xiàn)有7240名感染者在接受住院治療,其中1746人在接受重癥監(jiān)護。法國政府表示,在限行的措施看到效果之前,感染情況還會嚴(yán)重。(總臺記者 江華)",
        published="2020-03-23 08:37",
        city=None,
        expect=[
            ("confirmed_new", "法国", "2020-03-22", 1559, "", ""),
            ("confirmed_total", "法国", "2020-03-22", 16018, "", ""),
            ("deaths_new", "法国", "2020-03-22", 112, "", ""),
            ("deaths_total", "法国", "2020-03-22", 674, "", ""),
            ("hospitalized", "法国", "2020-03-22", 7240, "", ""),
            ("critical", "法国", "2020-03-22", 1746, "", ""),
        ],
        note="央视新闻客户端 on a portal, traditional with the converter's garbling (衛(wèi)生, 數(shù), 嚴(yán)) kept; the page's time is 08:37 but the text dates its figures 22日, so the morning rule does not apply. 新增…1559例,總數(shù)達到16018人 → confirmed_new 1559, confirmed_total 16018 (headline the same); 死亡病例增加112例,總數(shù)達到674例 → deaths_new 112, deaths_total 674; 現(xiàn)有7240名感染者在接受住院治療 → hospitalized 7240; 其中1746人在接受重癥監(jiān)護 → critical 1746 (open reading, first-listed: an intensive-care count is critical). 35%低于65歲 is an age share (no tuple). Left out: the page's view/comment counter line",
        source="http://www.muzhuzai.net/qznews/2020/0323/599092.html",
    ),
    # http://taian.dzwww.com/2013sy/zhxw/202002/t20200213_5027977.html
    dict(
        id="b14f09",
        text="泰安市新型冠状病毒肺炎疫情情况 (2月12日12时-24时)\n\n2020-02-13 08:32:11 来源: 泰安市卫生健康委 作者:\n\n  2月12日12时-24时,泰安市无新增新型冠状病毒肺炎确诊病例和疑似病例。\n  截至2月12日24时,泰安市累计新型冠状病毒肺炎确诊病例32例(含危重症病例1例,治愈出院4例,无死亡病例),其中泰山区22例(泰山区上报,2例居住地为岱岳区,1例居住地为新泰市,6例居住地为泰安高新区,1例居住地为徂汶景区),岱岳区1例,新泰市4例,肥城市2例,东平县2例,宁阳县1例。疑似病例4例,其中泰山区3例,肥城市1例。排除疑似病例13例,其中泰山区6例(泰山区上报,3例居住地为岱岳区,2例居住地为泰安高新区),岱岳区1例,新泰市4例,宁阳县1例,东平县1例。治愈出院4例(泰山区3例,东平县1例)。\n  目前,已追踪到密切接触者745人,累计解除医学观察330人,正在接受医学观察415。其他密切接触者正在排查。\n  注:1.根据国家卫健委关于疫情信息报告新要求,按病例确诊时医院所在县区统计;2.为便于开展工作,对上报地与居住地不一致的进行标注。",
        published="2020-02-13 08:32",
        city="泰安市",
        expect=[
            ("confirmed_new", "泰安市", "2020-02-12", 0, "", ""),
            ("confirmed_total", "泰安市", "2020-02-12", 32, "", ""),
            ("confirmed_total", "泰山区", "2020-02-12", 22, "", ""),
            ("confirmed_total", "岱岳区", "2020-02-12", 1, "", ""),
            ("confirmed_total", "新泰市", "2020-02-12", 4, "", ""),
            ("confirmed_total", "肥城市", "2020-02-12", 2, "", ""),
            ("confirmed_total", "东平县", "2020-02-12", 2, "", ""),
            ("confirmed_total", "宁阳县", "2020-02-12", 1, "", ""),
            ("critical_total", "泰安市", "2020-02-12", 1, "", ""),
            ("recovered_total", "泰安市", "2020-02-12", 4, "", ""),
            ("recovered_total", "泰山区", "2020-02-12", 3, "", ""),
            ("recovered_total", "东平县", "2020-02-12", 1, "", ""),
            ("deaths_total", "泰安市", "2020-02-12", 0, "", ""),
            ("suspected", "泰安市", "2020-02-12", 4, "", ""),
            ("suspected", "泰山区", "2020-02-12", 3, "", ""),
            ("suspected", "肥城市", "2020-02-12", 1, "", ""),
            ("close_contacts_total", "泰安市", "2020-02-12", 745, "", ""),
            ("observation_released_total", "泰安市", "2020-02-12", 330, "", ""),
            ("observation", "泰安市", "2020-02-12", 415, "", ""),
        ],
        note="泰安's own bulletin for 2月12日12时-24时 as reposted by 大众网 (page time 08:32; every figure is dated, so the morning rule does not apply). 无新增…确诊病例和疑似病例 → confirmed_new 0 (无新增疑似 has no metric). 累计…确诊病例32例 with the county list → confirmed_total per district; the bracket (泰山区上报,2例居住地为岱岳区,…6例居住地为泰安高新区,1例居住地为徂汶景区) says where 泰山区's patients live → no tuple for 高新区/徂汶景区 and nothing added to 岱岳区's own 1 (residence). (含危重症病例1例,治愈出院4例,无死亡病例) inside the cumulative count → critical_total 1 (open reading, first-listed), recovered_total 4, deaths_total 0; 治愈出院4例(泰山区3例,东平县1例) repeats the 4 and splits it. 疑似病例4例,其中泰山区3例,肥城市1例 → suspected. 已追踪到密切接触者745人,累计解除医学观察330人,正在接受医学观察415 → close_contacts_total, observation_released_total, observation. 排除疑似病例13例 and its list have no metric. The 注 lines' 1./2. are item numbers",
        source="http://taian.dzwww.com/2013sy/zhxw/202002/t20200213_5027977.html",
    ),
    # http://m.rcggzy.com/view.php?aid=24169
    dict(
        id="b14f10",
        text="意大利确诊病例已增至2546例其中79人死亡在19个地\n\n北京,3月4日(新华社)——根据泛欧社报道,截至当地时间4日00: 00,意大利新皇冠肺炎病毒的确诊病例数已增加至2546例,包括229例重症病例、160例治愈病例和79例死亡病例。此外,一次性核酸检测发现2307例疑似病例为阳性。\n\n据报道,当地时间3日晚,意大利紧急民防部长、新皇冠病毒应急委员会主任安杰洛·博雷利向媒体做了例行的疫情通报,介绍了政府目前采取的防御措施以及各地区的疫情情况。\n\n据资料显示,意大利三个新患肺炎流行最严重的地区是伦巴第、艾米利亚-罗马涅和维尼托。伦巴第的确诊病例已经增加到1520例,共有55人死亡。艾米利亚-罗马涅有420例确诊病例和18例死亡病例。威尼托的确诊病例已经上升到333例,其中3例死亡。",
        published="2020-03-04",
        city=None,
        expect=[
            ("confirmed_total", "意大利", "2020-03-04", 2546, "", ""),
            ("severe", "意大利", "2020-03-04", 229, "", ""),
            ("recovered_total", "意大利", "2020-03-04", 160, "", ""),
            ("deaths_total", "意大利", "2020-03-04", 79, "", ""),
            ("confirmed_total", "伦巴第", "2020-03-04", 1520, "", ""),
            ("deaths_total", "伦巴第", "2020-03-04", 55, "", ""),
            ("confirmed_total", "艾米利亚-罗马涅", "2020-03-04", 420, "", ""),
            ("deaths_total", "艾米利亚-罗马涅", "2020-03-04", 18, "", ""),
            ("confirmed_total", "威尼托", "2020-03-04", 333, "", ""),
            ("deaths_total", "威尼托", "2020-03-04", 3, "", ""),
        ],
        note="A machine-reworded 新华社 item (新皇冠肺炎, 一次性核酸检测, the headline cut at 在19个地) on a local portal; the dateline's 3月4日 is taken as published. 截至当地时间4日00: 00 (spacing kept) is read by its written date 3月4日 (unsure: the same instant is 3日24时); the regional paragraph states no date of its own and 当地时间3日晚 dates a sentence with no figure, so the regions take the lead's date. 确诊病例数已增加至2546例,包括229例重症病例、160例治愈病例和79例死亡病例 → confirmed_total 2546, severe 229 (no cumulative severe metric exists), recovered_total 160, deaths_total 79. 此外,一次性核酸检测发现2307例疑似病例为阳性 is garbled (suspected cases that are positive) and gets no tuple (unsure). Regions as written where the figures stand: 伦巴第 1520/55, 艾米利亚-罗马涅 420/18, 威尼托 333/3 (written 维尼托 in the list sentence before). 19个地 counts places. Left out: the sentence on 马尔凯 and 利古里亚 deaths and the long list of 19 regions (to keep the case short), and the portal's editor and counter lines",
        source="http://m.rcggzy.com/view.php?aid=24169",
    ),
    # http://www4.freep.cn/hot/4730689.html
    dict(
        id="b14f11",
        text="广西钦州新型肺炎_广西累计确诊新型冠状病毒感染肺炎51例\n\n新华社南宁1月28日电\n\n广西卫生委员会27日0时至24时宣布,广西有5例新确诊的由新冠状病毒感染引起的肺炎病例,其中北海2例,梧州2例,桂林1例目前,广西已报告51例确诊病例\n\n广西确诊病例涉及9个城市,其中南宁5例,柳州6例,桂林15例,梧州4例,北海11例,防城港3例,玉林2例,百色2例,河池3例所有病例都在指定医院隔离治疗。目前有5例重症病例(防城港1例,桂林2例,柳州2例),无医务人员感染病例。目前,已追踪到492名密切接触者,455名正在接受医学观察,26名已从观察中释放,11名已变成疑似或确诊病例。(结束)",
        published="2020-01-28",
        city="防城港市",
        expect=[
            ("confirmed_total", "防城港市", "2020-01-27", 3, "", ""),
            ("severe", "防城港市", "2020-01-27", 1, "", ""),
        ],
        note="A machine-translated retelling of 新华社 南宁 1月28日电 on 广西's 1月27日 figures (run-on sentences such as 桂林1例目前 and 河池3例所有病例 kept as found; the page title names 钦州, which has no figure). Read for 防城港: 广西确诊病例涉及9个城市,其中…防城港3例 → confirmed_total 3 as of 1月27日 (the day the text gives); 目前有5例重症病例(防城港1例…) → severe 1 (目前 takes the 27日 of the paragraph before). The day's new cases (北海2例,梧州2例,桂林1例) name no 防城港 (no tuple, not a 0). Not home: 广西's 5/51/5/492/455/26/11 and the other cities; 9个城市 counts places. Left out: the page's related-topics lines",
        source="http://www4.freep.cn/hot/4730689.html",
    ),
    # https://boron.orientaldaily.com.my/index.php/news/international/2020/03/18/331688
    dict(
        id="b14f12",
        text="(雅加达18日讯)印尼周三通报新增55例新冠肺炎确诊病例,其中的30例在雅加达,全国累计达227例,另新增12人死亡,死亡总数共19人。全国至少12个省级行政区有确诊病例。\n据台湾《中央社》报导,印尼政府,负责就2019冠状病毒疾病发言、卫生部疾病管制及预防局秘书长艾玛德今天宣布截至中午12时的统计。\n印尼共34个省级行政区,先前包括雅加达特区及日惹特区在内,已有9个省级行政区出现确诊,今天再新增楠榜省、东爪哇及东加里曼丹省。\n先前出现确诊的地区还包括西爪哇、中爪哇、峇里岛、北苏拉威西、西加里曼丹、万丹省以及廖内群岛等地。\n根据统计,新冠肺炎确诊病例多数集中在雅加达,今天新增的55例有30例在雅加达,总计19人死亡中,12例在雅加达。",
        published="2020-03-18",
        city=None,
        expect=[
            ("confirmed_new", "印尼", "2020-03-18", 55, "", ""),
            ("confirmed_total", "印尼", "2020-03-18", 227, "", ""),
            ("deaths_new", "印尼", "2020-03-18", 12, "", ""),
            ("deaths_total", "印尼", "2020-03-18", 19, "", ""),
            ("confirmed_new", "雅加达", "2020-03-18", 30, "", ""),
            ("deaths_total", "雅加达", "2020-03-18", 12, "", ""),
        ],
        note="东方日报 (Malaysia), dateline (雅加达18日讯), retelling 中央社 on 印尼's noon figures; 周三 and 今天 are the 18日 of the dateline. 全国 here is 印尼 (the speaker), not China. 新增55例…其中的30例在雅加达,全国累计达227例,另新增12人死亡,死亡总数共19人 → 印尼 confirmed_new 55, confirmed_total 227, deaths_new 12, deaths_total 19 and 雅加达 confirmed_new 30; the last paragraph repeats 55/30 and adds 总计19人死亡中,12例在雅加达 → 雅加达 deaths_total 12 (a deaths list under the total). Counts of provinces (12个, 34个, 9个) and the newly affected provinces get no tuple; 2019 is the disease's name; 中午12时 is a time",
        source="https://boron.orientaldaily.com.my/index.php/news/international/2020/03/18/331688",
    ),
    # http://xinbin.gov.cn/ins.asp?s=98&i=11128
    dict(
        id="b14f13",
        text="2020年1月31日23时30分至2月1日14时30分辽宁新型冠状病毒感染的肺炎疫情情况\n\n2020年1月31日23时30分至2月1日14时30分,辽宁新增3例输入性新型冠状病毒感染的肺炎确诊病例。其中大连市2例,阜新市1例。\n\n截至2020年2月1日14时30分,辽宁省累计报告新型冠状病毒感染的肺炎确诊病例63例,其中重型病例6例,大连市治愈出院1例。确诊病例中,沈阳市13例(1例为铁岭市转至沈阳市就诊)、大连市10例、鞍山市1例、本溪市3例、丹东市5例、锦州市7例、营口市1例、阜新市2例,辽阳市1例、铁岭市2例、朝阳市6例、盘锦市7例、葫芦岛市5例。\n\n目前62名在治患者均在定点医疗机构隔离治疗,病情平稳。62名在治患者中,51例病例为输入性病例,6例病例为武汉输入病例家属,4例为现有确诊病例的密切接触者,1例正在对其感染情况进行流行病调查。\n\n目前累计追踪到密切接触者898人,已解除医学观察110人,现有788人正在接受医学观察,其余正在追踪中。",
        published="2020-02-01",
        city="阜新市",
        expect=[
            ("confirmed_new", "阜新市", "2020-02-01", 1, "", ""),
            ("confirmed_total", "阜新市", "2020-02-01", 2, "", ""),
        ],
        note="辽宁's bulletin for 1月31日23时30分至2月1日14时30分, reposted by 新宾县's government site (the title and the body; the page's view counter and date line left out, its 2月1日 taken as published). Read for 阜新: 新增3例输入性…确诊病例。其中大连市2例,阜新市1例 → confirmed_new 1 (输入性 here means cases brought in from 湖北, not an imported-from-abroad subtotal); 截至2020年2月1日14时30分…阜新市2例 → confirmed_total 2. Not 阜新's: 辽宁's 63/6/62/51/6/4/1/898/110/788, 大连市治愈出院1例, the other cities, and 沈阳市13例(1例为铁岭市转至沈阳市就诊) (a transfer between two other cities). Left out: the site's footer",
        source="http://xinbin.gov.cn/ins.asp?s=98&i=11128",
    ),
    # https://m.news.shi-fen.com/world/202004/51-687217.html
    dict(
        id="b14f14",
        text="土耳其累计确诊病例超两万\n\n日期:04-04\n\n原标题:土耳其累计确诊病例超两万\n\n新华社伊斯坦布尔4月3日电(记者王峰)据土耳其卫生部长科贾3日公布的新冠疫情最新数据,在过去24小时里,土耳其新增确诊病例2786例,累计确诊病例20921例;新增死亡病例69例,累计死亡425例;累计治愈484例。\n\n据科贾介绍,目前土耳其第一大城市伊斯坦布尔累计确诊病例最多,共12231例。土耳其每个省都已经报告确诊病例,其中56个省出现了死亡病例,死亡病例最多的城市是伊斯坦布尔,共有210例。\n\n土耳其总统埃尔多安3日表示,从3日24时起,没有许可的车辆禁止出入土耳其全国30个大城市和宗古尔达克省,此项规定15天内有效;20岁以下和65岁以上的人都必须执行自我隔离措施,不得外出;所有人在市场、超市等人员密集场所必须佩戴口罩。",
        published="2020-04-04",
        city=None,
        expect=[
            ("confirmed_new", "土耳其", "2020-04-03", 2786, "", ""),
            ("confirmed_total", "土耳其", "2020-04-03", 20921, "", ""),
            ("deaths_new", "土耳其", "2020-04-03", 69, "", ""),
            ("deaths_total", "土耳其", "2020-04-03", 425, "", ""),
            ("recovered_total", "土耳其", "2020-04-03", 484, "", ""),
            ("confirmed_total", "伊斯坦布尔", "2020-04-03", 12231, "", ""),
            ("deaths_total", "伊斯坦布尔", "2020-04-03", 210, "", ""),
        ],
        note="新华社 伊斯坦布尔 4月3日电 on a portal (page date 04-04, kept with the 原标题 line). 科贾3日公布…在过去24小时里 → the 3日 figures: confirmed_new 2786, confirmed_total 20921, deaths_new 69, deaths_total 425, recovered_total 484. The headline's 超两万 is the same cumulative figure (no tuple of its own). 目前…伊斯坦布尔累计确诊病例最多,共12231例 and 死亡病例最多的城市是伊斯坦布尔,共有210例 → 伊斯坦布尔 confirmed_total 12231, deaths_total 210 (目前 takes the 3日 of the paragraph before). 56个省 and 30个大城市 count places; 3日24时, 15天, 20岁, 65岁 are no figures. Left out: the page's tag line and related links",
        source="https://m.news.shi-fen.com/world/202004/51-687217.html",
    ),
    # http://yinlong168.com/politics/2020-03/09/c_1125682574.htm
    dict(
        id="b14f15",
        text="新華社馬尼拉3月8日電(記者袁夢晨 楊柯)菲律賓衛(wèi)生部8日晚發(fā)布通報說,該國當天新增4例新冠肺炎確診病例,目前累計確診病例為10例。\n通報說,菲律賓第7例新冠肺炎病例為一名來自中國臺灣地區(qū)的38歲男性,他與一名在中國臺灣地區(qū)確診的病例有過密切接觸;第8例為一名32歲菲律賓男性,曾有日本旅行史;第9例為一名86歲美國男性,近期有美國和韓國旅行史;第10例為一名57歲菲律賓男性,近期與一名確診病例有過密切接觸。\n菲衛(wèi)生部表示,上述4人均已住院接受治療,衛(wèi)生部門正在收集核實他們的具體患病信息,并追蹤密切接觸者。\n菲律賓迄今共有10例新冠肺炎確診病例,其中1人死亡,2人已出院。",
        published="2020-03-09",
        city=None,
        expect=[
            ("confirmed_new", "菲律宾", "2020-03-08", 4, "", ""),
            ("confirmed_total", "菲律宾", "2020-03-08", 10, "", ""),
            ("deaths_total", "菲律宾", "2020-03-08", 1, "", ""),
            ("recovered_total", "菲律宾", "2020-03-08", 2, "", ""),
        ],
        note="新华社 马尼拉 3月8日电 on a mirror of 新华网, traditional with the converter's garbling (衛(wèi)生, 發(fā)布, 地區(qū)) kept; published from the address (2020-03/09). 當天新增4例…目前累計確診病例為10例 → confirmed_new 4, confirmed_total 10 on 8日; 迄今共有10例…其中1人死亡,2人已出院 → deaths_total 1, recovered_total 2 (inside a cumulative count; the 10 is the same tuple). 第7例…第10例 are ordinals; 38歲/32歲/86歲/57歲 are ages; 中國臺灣地區, 日本, 美國, 韓國 are the patients' origins and travel (no tuple for those places). 上述4人均已住院接受治療 describes the four new patients only, not the country's in-hospital count (no tuple). Left out: the page's gallery and editor lines",
        source="http://yinlong168.com/politics/2020-03/09/c_1125682574.htm",
    ),
    # https://www.theonlinecitizen.com/2020/02/17/%e6%ad%a6%e6%b1%89%e5%86%a0%e7%8a%b6%e7%97%85%e6%af%92%ef%bc%9a%e6%9c%ac%e5%9c%b017%e6%97%a5%e6%b7%bb%e4%b8%a4%e8%b5%b7%e7%97%85%e4%be%8b-%e6%ad%a6%e6%b1%89%e8%bf%94%e5%9b%bd%e4%b8%80%e5%b2%81/
    dict(
        id="b14f16",
        text="新加坡卫生部发文告证实,截至2月17日中午12时,本地再增加两起武汉冠状病毒(COVID-19)确诊病例,全国累计病例77例,累计治愈出院病例24起。\n\n第76、77起病例\n\n第76起病例是年仅一岁的新加坡籍男童,他是在本月9日和家人从中国武汉撤返我国。在登机时也未出现症状,返回我国后就接受隔离。\n\n基于安全起见,当局对从武汉撤返的国人都进行武汉冠病测试,男婴是在昨日中午确诊。\n\n至于第77起病例,则是35岁本地男公民,近期未到过中国,于今早确诊患病。他曾接触第50例病患(64岁星展银行职员),目前已在国家传染病中心被隔离。\n\n至于目前仍在留医治疗的53位确诊病患,目前大多情况稳定或有起色。不过,仍有四名病患需待在加护病房。",
        published="2020-02-17",
        city=None,
        expect=[
            ("confirmed_new", "新加坡", "2020-02-17", 2, "", ""),
            ("confirmed_total", "新加坡", "2020-02-17", 77, "", ""),
            ("recovered_total", "新加坡", "2020-02-17", 24, "", ""),
            ("hospitalized", "新加坡", "2020-02-17", 53, "", ""),
            ("critical", "新加坡", "2020-02-17", 4, "", ""),
        ],
        note="A Singapore site's Chinese item on 卫生部's 2月17日 statement (body from its start; the page's date from its address). 本地 and 全国 are 新加坡 (the speaker is 新加坡卫生部). 截至2月17日中午12时,本地再增加两起…确诊病例 → confirmed_new 2 (a count in words); 全国累计病例77例,累计治愈出院病例24起 → confirmed_total 77, recovered_total 24; 目前仍在留医治疗的53位确诊病患 → hospitalized 53; 仍有四名病患需待在加护病房 → critical 4 (open reading, first-listed: an intensive-care count is critical; 目前 takes the 17日 of the lead). 第76、77起 and 第50例 are ordinals; 一岁, 35岁, 64岁 are ages; 昨日中午确诊 dates one of the two counted cases and adds no tuple; the evacuation from 武汉 (撤返) is no place. Left out: the site's related-article blurbs",
        source="https://www.theonlinecitizen.com/2020/02/17/%e6%ad%a6%e6%b1%89%e5%86%a0%e7%8a%b6%e7%97%85%e6%af%92%ef%bc%9a%e6%9c%ac%e5%9c%b017%e6%97%a5%e6%b7%bb%e4%b8%a4%e8%b5%b7%e7%97%85%e4%be%8b-%e6%ad%a6%e6%b1%89%e8%bf%94%e5%9b%bd%e4%b8%80%e5%b2%81/",
    ),
    # https://news.now.com/home/international/player?newsId=378740
    dict(
        id="b14f17",
        text="新型冠狀病毒肺炎全球確診病例近一萬宗 2020年1月31日 12:16 【Now新聞台】新型冠狀病毒肺炎全球確診病例近一萬宗。 其中約九成八是內地確診個案,目前增至9692宗。武漢所在的湖北省新增逾千宗個案,達到5806宗;青海、山東、天津、甘肅及北京等地都有新增確診病例。死亡人數就增至213人,湖北省佔了204人。 港澳台目前合共有28宗確診個案,全球其他地區總數已突破100宗。意大利首次有人確診感染,美國就出現首宗人傳人病例。 美國國務院在世衛將疫情列為全球關注的突發公共衛生事件後,發第四級旅遊警告,促國民不要前往中國,是最高級別警告。",
        published="2020-01-31 12:16",
        city=None,
        expect=[
            ("confirmed_total", "全国", "2020-01-31", 9692, "", ""),
            ("deaths_total", "全国", "2020-01-31", 213, "", ""),
            ("confirmed_new", "湖北省", "2020-01-31", 1000, "", "more_than"),
            ("confirmed_total", "湖北省", "2020-01-31", 5806, "", ""),
            ("deaths_total", "湖北省", "2020-01-31", 204, "", ""),
        ],
        note="Now新聞台 (Hong Kong), traditional, Cantonese counter 宗 (headline printed twice on the page, kept once). The text dates none of its figures and the page's time is 12:16, after noon, so they are dated by the publication date (the morning rule does not apply). 內地確診個案…增至9692宗 → 全国 confirmed_total 9692; 湖北省新增逾千宗個案,達到5806宗 → confirmed_new 1000 more_than (逾) and confirmed_total 5806; 死亡人數就增至213人,湖北省佔了204人 → deaths_total 213 for 全国 (read as the mainland's, as its 湖北 share shows; unsure) and 204 for 湖北省. No tuple: 全球…近一萬宗 and 全球其他地區…突破100宗 (全球 is no place), 約九成八 (a share), 港澳台…合共有28宗 (a sum over three places), 青海、山東、天津、甘肅及北京 (new cases without counts), 意大利首次 and 美國首宗 (firsts), 第四級 (a warning level)",
        source="https://news.now.com/home/international/player?newsId=378740",
    ),
]
