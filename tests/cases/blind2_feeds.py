"""Golden extraction cases for FEED texts, second BLIND set, Jan–Apr 2020.

Feed texts are round-ups and wire items that summarise bulletins of several places: the
national health commission's daily report (with 湖北/武汉 in brackets), its spokesman's
comparisons between dates, provincial bulletins with per-city lists (new, discharged,
current-in-hospital, severe and critical, deaths), a provincial paper's round-up of two
cities' "清零", a city bulletin relayed by a portal (我市 = the issuer), a provincial portal's
discharge story about one city, news-agency world items (日本, 韩国, 钻石公主号, 意大利, 美国,
伊朗, 西班牙), a railway item on workers' trains and a provincial round-up of bus services.
Each case is a short verbatim excerpt of a public page found with the search tool (`pages`),
with its `source` URL; traditional characters, pinyin residue ("(xì)", "(shí)"), garbled
characters ("??谑?例"), doubled commas (",,"), aggregator spacing and page chrome are kept as
found; paragraphs not needed were left out, and a paragraph is cut only after a full
sentence.

Annotated BLIND: from the texts alone, before any run of the engine, following
tests/cases/ANNOTATION.md (binding), the docstring of dev_cases.py and
shared/gold/FORMAT.md, without reading or running the extractor or the other case tables
(only their docstrings and the first entries of blind_feeds.py for the format).

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Sources: the national report of 2月20日 (a 南方都市报 WeChat relay), the NHC spokesman on
2月10日 and 2月12日 (央视网 traditional mirror; 长江云), provincial bulletins of 江西 (3月4日),
河北 (2月1日, traditional), 山西 (2月3日 via 福州新闻网/央视; 2月9日 via 宁武 county site), 广东
(2月4日 12时, 健康广东 via a portal), 海南 (1月23日, 中新网 traditional mirror), 大众日报 on 聊城
and 泰安, 新浪河南 relaying the 信阳 city bulletin, 人民网内蒙古频道 on 赤峰, 新华社 on 日本/韩国
(2月19日), a world round-up of 3月23日 (世卫/各国 figures on an exam-prep site), 中国产业经济
信息网 on the 长三角 railway's workers' trains (阜阳), 湖北日报 via 闽南网 on bus services. No page
comes from Hunan or mentions 株洲 (checked on the excerpts), none comes from the DXY feed,
none is used by another case table (checked by grepping a distinctive phrase of each excerpt
across tests/cases and shared/).

Four cases have city=None (every place with a figure is expected: the country as 全国, cities
with their counties, foreign countries by their short name, the ship as 钻石公主号); twelve have
a home city (a prefecture-level city of the list or the city the item is about) and expect only
that city and its districts/counties.

Reading choices made here where the binding conventions are silent (see each note):

* With city=None, 我市 in a relayed city bulletin is the issuer named in the source line
  (来源:信阳市卫生健康委员会 → 信阳市).
* "由最高时2月4日的3887例下降到2月11日的2015例" and "1月27日为2.6%": both levels are figures with
  their own dates (as blind_narrative.py reads "从42人下降到了27人"); a fall in percent (降幅48.2%)
  is no figure.
* "比上一日增加N例" of a cumulative count is that day's new figure (as eval_feeds.py reads
  较上一日增加N例); "至少" is read as more_than.
* 日本's stated total "包括…钻石公主号…在内" (704) is 日本's confirmed_total; the ship keeps its own
  621; "日本邮轮以外的确诊感染者增至83人" is a subtotal of 日本 without the ship: no tuple.
* A per-city list hung on 现有住院确诊病例 / 现有重症 / 危重症 is current (hospitalized, severe,
  critical); the same cities' 累计 and 出院 lists are cumulative; patients of a city treated in the
  province's centre (太原市第四人民医院) stay that city's.
* A 12-hour window count (4日0~12时) is kept as that day's confirmed_new (as blind_feeds.py).
* A province-wide none-statement (無重癥病例、死亡病例和出院病例) is the province's: no zeros for
  its cities.
* 治愈率 and 出院率 of the same value in one sentence are one recovery_rate tuple.
* "无危重症、重症患者" gives severe 0 and critical 0; "无新增治愈和出院患者" gives recovered_new 0.

Removed after scoring: the national report of 2月20日 (a 南都 relay) is the same bulletin as an
eval_feeds.py case in another mirror (found by the duplicate check); the scores without it are
in the CHANGELOG.
"""

CASES = [
    # ================================================================ (a) a home city in a round-up or relayed bulletin
    dict(
        id="bl2-fd-liaocheng-0301-dazhong-qingling-two-cities",
        text=(
            "数读|山东首批!聊城、泰安新冠肺炎患者同日清零,这些市也在倒计时\n\n"
            "大众日报记者 梁开文\n\n"
            "2020-03-02 08:39:17 发布来源:大众日报客户端\n\n"
            "3月2日早上,山东省卫健委公布最新疫情防控数据,1日12-24时,聊城市新增治愈出院1例,泰安市新增治愈出院3例,两市已确诊病例实现清零\n\n"
            "这也代表着,除没有出现确诊、疑似病例的东营外,山东在3月的第一天迎来第一批清零的市。\n\n"
            "两市仍有人接受医学观察\n\n"
            "3月1日下午,聊城市最后1例新冠肺炎患者治愈出院。\n\n"
            "聊城第1例确诊病例出现在1月24日,第38例确诊病例出现在2月11日,截至3月1日24时19天未出现新增病例,累计确诊病例38例。2月7日,聊城第1例治愈患者出院,3月1日,最后1例确诊患者治愈出院。聊城从确诊第1例患者到最后1例患者治愈出院,正好用了38天。\n\n"
            "同一天下午,泰安市新增治愈出院3例。截至3月1日24时,泰安市累计新型冠状病毒肺炎确诊病例35例,治愈出院33例,死亡病例2例。\n\n"
            "聊城、泰安目前均无疑似病例。截至3月1日12时,聊城尚有12人正在接受医学观察;截至3月1日24时,泰安正在接受医学观察的有162人。"
        ),
        published="2020-03-02 08:39",
        city="聊城市",
        expect=[
            ("recovered_new", "聊城市", "2020-03-01", 1, "", ""),
            ("hospitalized", "聊城市", "2020-03-01", 0, "", ""),
            ("confirmed_new", "聊城市", "2020-03-01", 0, "", ""),
            ("confirmed_total", "聊城市", "2020-03-01", 38, "", ""),
            ("suspected", "聊城市", "2020-03-01", 0, "", ""),
            ("observation", "聊城市", "2020-03-01", 12, "", ""),
        ],
        note="a provincial paper's round-up read for 聊城. 1日12-24时…新增治愈出院1例 and 最后1例…治愈出院 are one discharge on 3月1日 → recovered_new 1; "
        "已确诊病例实现清零 → hospitalized 0; 19天未出现新增病例 → one confirmed_new 0 on 3月1日; 第1例/第38例 are ordinals and 38天 a duration; 累计确诊病例38例 "
        "→ confirmed_total (no recovered_total is written for 聊城); 目前均无疑似病例 → suspected 0 (目前 takes 3月1日); 尚有12人正在接受医学观察 (3月1日12时) → "
        "observation. 泰安 and 东营 are other cities; the patient paragraph (东昌府区人, residence) is left out. Morning page, but the text dates its figures",
        source="http://dzrb.dzng.com/articleContent/3224_730724.html",
    ),
    dict(
        id="bl2-fd-xinyu-0304-jiangxi-current-vs-cumulative-lists",
        text=(
            "2020年3月4日江西省新型冠状病毒肺炎疫情情况\n"
            "新增出院病例中,南昌市1例、九江市7例、萍乡市6例、赣州市1例、上饶市1例、抚州市1例。\n"
            "截至3月4日24时,江西省现有住院确诊病例33例。累计报告新型冠状病毒肺炎确诊病例935例,其中出院病例901例,死亡病例1例。现有重症病例5例。现有疑似病例1例。\n"
            "现有住院确诊病例(33例)中,南昌市11例、九江市10例、新余市7例、赣州市1例、上饶市1例、吉安市2例、抚州市1例。\n"
            "累计确诊病例(935例)中,南昌市230例、九江市118例、景德镇市6例、萍乡市33例、新余市130例、鹰潭市18例、赣州市76例、宜春市106例、上饶市123例、吉安市22例、抚州市72例、赣江新区1例。\n"
            "出院病例(901例)中,南昌市219例、九江市108例、景德镇市6例、萍乡市33例、新余市123例、鹰潭市18例、赣州市74例、宜春市106例、上饶市122例、吉安市20例、抚州市71例、赣江新区1例。\n"
            "现有疑似病例1例为抚州市病例。\n"
            "目前追踪到密切接触者26674人,解除医学观察26289人,尚有385人正在接受医学观察。\n"
            "江西省卫生健康委员会\n2020年3月5日"
        ),
        published="2020-03-05",
        city="新余市",
        expect=[
            ("hospitalized", "新余市", "2020-03-04", 7, "", ""),
            ("confirmed_total", "新余市", "2020-03-04", 130, "", ""),
            ("recovered_total", "新余市", "2020-03-04", 123, "", ""),
        ],
        note="provincial bulletin (a WeChat relay; the page starts at the discharge list, the province's lead paragraph is missing on the page itself). Three "
        "lists for the same cities: 现有住院确诊病例(33例)中 → hospitalized (current), 累计确诊病例(935例)中 → confirmed_total, 出院病例(901例)中 → "
        "recovered_total (cumulative, under 其中出院病例901例). 新余 is not in the day's discharge list: nothing is inferred. Province totals are the province's",
        source="https://freewechat.com/a/MzI5OTMwMzM2MQ==/2247509258/{{href}}",
    ),
    dict(
        id="bl2-fd-cangzhou-0201-hebei-deaths-and-severe-lists-trad",
        text=(
            "2020年2月1日河北省新型冠狀病毒感染的肺炎疫情情況↓↓↓\n"
            "2020年2月1日0—24時,河北省報告新型冠狀病毒感染的肺炎新增確診病例8例,其中,唐山市3例、保定市2例、石家莊市1例、張家口市1例、邯鄲市1例。新增疑似病例60例,其中,石家莊市23例、邢臺市21例、秦皇島市8例、張家口市3例、唐山市3例、邯鄲市1例,定州市1例。\n"
            "截至2月1日24時,河北省累計報告確診病例104例,其中死亡1例,現(xiàn)有重癥病例9例,治愈出院3例。確診病例中,滄州市19例、石家莊市13例、保定市13例、唐山市11例、廊坊市11例、邯鄲市11例、邢臺市10例、張家口市9例、衡水市4例、承德市2例、秦皇島1例;死亡病例中,滄州市1例;重癥病例中,石家莊市2例、邢臺市2例、承德市1例、張家口市1例、廊坊市1例、滄州市1例、邯鄲市1例;出院病例中,保定市2例、廊坊市1例。現(xiàn)有疑似病例104例。"
        ),
        published="2020-02-02",
        city="沧州市",
        expect=[
            ("confirmed_total", "沧州市", "2020-02-01", 19, "", ""),
            ("deaths_total", "沧州市", "2020-02-01", 1, "", ""),
            ("severe", "沧州市", "2020-02-01", 1, "", ""),
        ],
        note="provincial bulletin on a 邯郸 portal (traditional, pinyin residue 現(xiàn)). Section headers set the metric of their own items: 確診病例中 → "
        "confirmed_total 19; 死亡病例中,滄州市1例 → deaths_total (cumulative, under 累計…其中死亡1例); 重癥病例中 under 現有重癥病例9例 → severe (current). 滄州 is "
        "in neither the new-confirmed nor the new-suspected list (new suspects have no metric anyway). published from the page path (2020_02/02); the "
        "contacts paragraph (province) is left out",
        source="http://pub2biz.cn/html/news/handan/handannews/2020_02/02/218235474.html",
    ),
    dict(
        id="bl2-fd-jincheng-0209-shanxi-critical-list-treated-in-taiyuan",
        text=(
            "2020年2月9日0时至24时,山西省报告新增新型冠状病毒肺炎确诊病例4例。其中:太原市2例(迎泽区2例)、朔州市1例(朔城区1例)、忻州市1例(五台县1例)。新增疑似病例18例,现有疑似病例63例。\n"
            "截至2月9日24时,山西省11个市累计报告新型冠状病毒肺炎确诊病例119例。其中:\n"
            "晋中市32例(平遥县32例)\n"
            "运城市18例(新绛县5例、盐湖区3例、平陆县3例、河津市2例、芮城县1例、万荣县1例、夏县1例、绛县1例、稷山县1例)\n"
            "太原市17例(万柏林区6例、迎泽区6例、杏花岭区3例、小店区1例、清徐县1例)\n"
            "大同市11例(平城区9例、云冈区2例)\n"
            "晋城市8例(城区3例、沁水县2例、阳城县1例、陵川县1例、泽州县1例)\n"
            "长治市7例(潞州区6例、长子县1例)\n"
            "忻州市7例(五台县6例、忻府区1例)\n"
            "朔州市7例(应县3例、朔城区3例、怀仁市1例)\n"
            "吕梁市6例(孝义市3例、离石区2例、文水县1例)\n"
            "阳泉市4例(城区2例、盂县2例)\n"
            "临汾市2例(乡宁县1例、吉县1例)。\n"
            "新增治愈出院4例(太原市2例、晋中市2例),累计治愈出院25例(晋中市8例、运城市4例、大同市3例、吕梁市3例、太原市3例、晋城市2例、朔州市1例、临汾市1例)。现有在院隔离治疗94例,其中重症10例,危重症5例。\n"
            "5名危重症病例(晋城市2例、太原市1例、运城市1例、朔州市1例),10名重症病例(太原市3例、晋中市2例、长治市2例、阳泉市1例、忻州市1例、大同市1例)均已集中在太原市第四人民医院(省级定点医院)隔离治疗。经省级专家和医护团队精心监护救治,目前病情平稳。其余79名普通病例正在市级定点医院隔离治疗,目前病情平稳,部分病例病情好转。"
        ),
        published="2020-02-10",
        city="晋城市",
        expect=[
            ("confirmed_total", "晋城市", "2020-02-09", 8, "", ""),
            ("confirmed_total", "城区", "2020-02-09", 3, "", ""),
            ("confirmed_total", "沁水县", "2020-02-09", 2, "", ""),
            ("confirmed_total", "阳城县", "2020-02-09", 1, "", ""),
            ("confirmed_total", "陵川县", "2020-02-09", 1, "", ""),
            ("confirmed_total", "泽州县", "2020-02-09", 1, "", ""),
            ("recovered_total", "晋城市", "2020-02-09", 2, "", ""),
            ("critical", "晋城市", "2020-02-09", 2, "", ""),
        ],
        note="provincial bulletin on a county site (宁武, another city's county; an inline image line of the page is left out). 晋城's bracket gives its "
        "districts' totals (城区 is 晋城's own 城区 here; 阳泉's 城区 belongs to another city). 累计治愈出院25例(…晋城市2例…) → recovered_total. 5名危重症病例"
        "(晋城市2例…) are current critical patients of 晋城 although treated in 太原 (treatment place ≠ whose). 晋城 has no new case. Page shows no date: "
        "published = the day after the data",
        source="http://ningwunews.com/info/1051/22545.htm",
    ),
    dict(
        id="bl2-fd-xinzhou-0203-shanxi-severe-list-morning-item",
        text=(
            "山西新增8例确诊病例 累计确诊74例\n"
            "2020-02-04 06:30:32 来源:央视新闻客户端\n"
            "2020年2月3日0时至24时,山西省报告新型冠状病毒感染的肺炎新增确诊病例8例。其中:晋中市4例(平遥县4例),运城市3例(新绛县2例,河津市1例),晋城市1例(沁水县1例)。新增疑似病例21例。\n"
            "截至2月3日24时,山西省11个市累计报告新型冠状病毒感染的肺炎确诊病例74例。其中:晋中市19例(平遥县19例),运城市16例(新绛县5例、河津市3例、芮城县3例、平陆县2例、万荣县1例、夏县1例、绛县1例),大同市9例(平城区5例、云冈区2例、浑源县1例、天镇县1例),晋城市7例(城区2例、泽州县2例、陵川县1例、阳城县1例、沁水县1例),太原市6例(迎泽区3例、万柏林区2例、小店区1例),吕梁市5例(离石区2例、孝义市2例、文水县1例),朔州市3例(应县3例),长治市3例(长子县2例、潞州区1例),忻州市3例(五台县2例、忻府区1例),阳泉市2例(城区2例),临汾市1例(乡宁县1例)。\n"
            "累计治愈出院2例,现有在院隔离治疗确诊病例72例,其中重症5例。现有疑似病例62例。\n"
            "5名重症病例(晋中市2例,长治市1例,晋城市1例,忻州市1例)已集中在省级定点医院太原市第四人民医院隔离治疗,经省级专家和医护团队精心监护救治,目前病情基本平稳。其余67名普通病例正在市级定点医院隔离治疗,目前病情平稳,部分病例病情好转。"
        ),
        published="2020-02-04 06:30",
        city="忻州市",
        expect=[
            ("confirmed_total", "忻州市", "2020-02-03", 3, "", ""),
            ("confirmed_total", "五台县", "2020-02-03", 2, "", ""),
            ("confirmed_total", "忻府区", "2020-02-03", 1, "", ""),
            ("severe", "忻州市", "2020-02-03", 1, "", ""),
        ],
        note="provincial bulletin relayed by 福州新闻网 from 央视 (published 06:30, but the text dates its figures 2月3日). 忻州市3例(五台县2例、忻府区1例) → city and "
        "county totals; 5名重症病例(…忻州市1例) → severe 1 (current), although treated in 太原. 忻州 has no new case; the province's 累计治愈出院2例 has no "
        "per-city split",
        source="http://news.fznews.com.cn/dsxw/20200204/5e389f090e6e2.shtml",
    ),
    dict(
        id="bl2-fd-zhanjiang-0204-guangdong-half-day-window",
        text=(
            "广东新增新冠肺炎确诊病例16例\n\n"
            "原标题:截至2020年2月4日12时广东省新型冠状病毒感染的肺炎疫情情况\n\n"
            "来源:健康广东\n\n"
            "截至2月4日12时,全省累计报告新型冠状病毒感染的肺炎确诊病例813例。4日0~12时全省新增确诊病例16例。新增确诊病例中,广州市8例、湛江市3例、佛山市3例、深圳市2例。另有疑似病例199例。有2999名密切接触者正在接受医学观察。\n\n"
            "累计报告确诊病例中,深圳市271例、广州市224例、珠海市64例、佛山市49例、东莞市37例、中山市31例、惠州市29例、汕头市18例、湛江市18例、阳江市12例、肇庆市10例、梅州市9例、清远市8例、江门市6例、韶关市6例、揭阳市6例、汕尾市5例、茂名市5例、潮州市4例、河源市1例。男性394例,女性419例,年龄介于10月龄~86岁之间。\n\n"
            "截至2月4日12时,在院的791例确诊病例中,危重26例,重症60例,普通型705例。新增出院2例,累计出院22例。无死亡病例。"
        ),
        published="2020-02-04",
        city="湛江市",
        expect=[
            ("confirmed_new", "湛江市", "2020-02-04", 3, "", ""),
            ("confirmed_total", "湛江市", "2020-02-04", 18, "", ""),
        ],
        note="provincial half-day bulletin via a portal (the page's 日期:02-04 line is left out). 4日0~12时…湛江市3例 is the window's new count, kept as that "
        "day's confirmed_new (blind_feeds choice); 累计报告确诊病例中,…湛江市18例 → confirmed_total as of 4日12时. 在院/危重/重症/出院/无死亡 are the province's "
        "(no per-city split); 男性/女性 split the province's total",
        source="https://m.news.shi-fen.com/china/202002/50-612521.html",
    ),
    dict(
        id="bl2-fd-sanya-0123-hainan-garbled-haikou-trad",
        text=(
            "中新網(wǎng)1月24日電 據(jù)海南省衛(wèi)健委官方微信公眾號消息,1月23日0時-24時,海南省新型冠狀病毒感染的肺炎新增確診病例4例。無重癥病例、死亡病例和出院病例。確診病例中,??谑?例,三亞市1例,萬寧市1例。\n"
            "截至1月23日24時,海南省累計報告新型冠狀病毒感染的肺炎確診病例8例,無重癥病例、死亡病例和出院病例。確診病例中,海口市3例、三亞市2例、萬寧市2例、臨高縣1例。23日通報的32例可疑病例已全部排除。\n"
            "目前追蹤到密切接觸者343人,已解除醫(yī)學(xué)觀察0人,尚有343人正在接受醫(yī)學(xué)觀察。"
        ),
        published="2020-01-24 14:17",
        city="三亚市",
        expect=[
            ("confirmed_new", "三亚市", "2020-01-23", 1, "", ""),
            ("confirmed_total", "三亚市", "2020-01-23", 2, "", ""),
        ],
        note="provincial bulletin in a 中新网 story (traditional mirror; 海口's new count is garbled to ??谑?例, kept as found). 新增…確診病例中,…三亞市1例 → "
        "confirmed_new; 累計…三亞市2例 → confirmed_total. 無重癥病例、死亡病例和出院病例 is the province's none-statement (blind_feeds choice: no zeros for its "
        "cities); 32例可疑病例已全部排除 and the contacts are the province's. The page's header lines (date 2020-01-24 14:17:24) are left out",
        source="http://www.muzhuzai.net/qznews/2020/0124/595755.html",
    ),
    dict(
        id="bl2-fd-wuhan-0209-spokesman-rates-with-baseline-date-trad",
        text=(
            "央視網(wǎng)消息: 2月10日,,國務院聯(lián)防聯(lián)控機制就加強基層社區(qū)疫情防控有關情況舉行發(fā)布會,。\n"
            "國家衛(wèi)生健康委新聞發(fā)言人、宣傳司副司長米鋒會上介紹,,截至2月9日24時,,據(jù)各省(區(qū),、市)和新疆生產(chǎn)建設(shè)兵團報告,,現(xiàn)有確診病例35982例,其中重癥病例6484例,,累計治愈出院病例3281例,,累計死亡病例908例,累計報告確診病例40171例,,現(xiàn)有疑似病例23589例,。累計追蹤到密切接觸者399487人,尚在醫(yī)學(xué)觀察的密切接觸者187518人,。\n"
            "米鋒表示,武漢,、湖北,、全國治愈比例均明顯上升,其中全國治愈比例8.2%,,1月27日為1.3%,;湖北治愈比例6.1%,,1月27日為1.7%;武漢治愈比例6.2%,,1月27日為2.6%,;說明全國各地的醫(yī)療救治效果初步顯現(xiàn)。"
        ),
        published="2020-02-11",
        city="武汉市",
        expect=[
            ("recovery_rate", "武汉市", "2020-02-09", 6.2, "", ""),
            ("recovery_rate", "武汉市", "2020-01-27", 2.6, "", ""),
        ],
        note="NHC press conference in a 央视网 story (traditional mirror, doubled commas and ',。' kept). 治愈比例 → recovery_rate. 武漢治愈比例6.2% has no date of "
        "its own: it takes 2月9日 from the paragraph before (截至2月9日24時); 1月27日為2.6% is a stated level with its own date (reading choice: kept, dated "
        "1月27日). 全國/湖北 and the national totals are other places. published from the page path (20200211)",
        source="https://feifmx.com/domesticgd/10000159/20200211/37786655.html",
    ),
    dict(
        id="bl2-fd-chifeng-0227-three-discharged-renminwang",
        text=(
            "全球内蒙古频道:赤峰市又有3名新冠肺炎患者痊愈出院\n\n"
            "2020-02-29 10:080人民网\n\n"
            "原标题:赤峰市又有3名新冠肺炎患者痊愈出院\n\n"
            "2月27日,赤峰市3名新冠肺炎患者治愈出院。\n\n"
            "目前,3名患者临床症状消失,肺部病灶明显吸收,连续2次痰、便、咽拭子新冠肺炎病毒核酸检测均为阴性,经自治区和赤峰市两级专家组会诊,确认达到出院标准,准予出院。出院后,他们将继续在原治疗医院接受14天的隔离医学观察。\n\n"
            "至此,赤峰市已有8例新冠肺炎患者治愈出院。(记者 徐永升)"
        ),
        published="2020-02-29 10:08",
        city="赤峰市",
        expect=[
            ("recovered_new", "赤峰市", "2020-02-27", 3, "", ""),
            ("recovered_total", "赤峰市", "2020-02-27", 8, "", ""),
        ],
        note="a provincial portal's discharge story (人民网内蒙古频道 via a repost site; the date line '10:080人民网' glues time, a view count and the source, "
        "kept as found). 赤峰市3名…治愈出院 → recovered_new on 2月27日 (headline restates); 至此…已有8例 → recovered_total, dated 27日 (至此); 2次 and 14天 are "
        "no counts; 目前 has no figure. Morning page, but the text dates the discharge",
        source="https://wap.qqzyw.com/news/show-301382.html",
    ),
    dict(
        id="bl2-fd-fuyang-0227-workers-trains-to-zhejiang-no-tuple-trad",
        text=(
            "長三角鐵路已開行100趟復(fù)工定制專列 運送5.5萬余人返崗復(fù)工\n\n"
            "  記者從中國鐵路上海局集團有限公司獲悉,2月27日14時55分,G7795次復(fù)工定制專列從阜陽西站啟程,沿途阜陽、淮南、合肥等地的860余名務(wù)工人員隨車赴浙江臺州291家企業(yè)返崗復(fù)工。這是長三角鐵路開行的第100趟復(fù)工定制專列。\n\n"
            "  據(jù)悉,截至2月27日,勞務(wù)輸出大市阜陽共開出務(wù)工專列17趟,1.1萬余名當(dāng)?shù)貏?wù)工人員返崗復(fù)工。"
        ),
        published="2020-03-02",
        city="阜阳市",
        expect=[],
        note="a railway item (中国产业经济信息网, traditional mirror with garbled 當?shù)貏?wù)工 kept) read for 阜阳: the 860余名 and 1.1萬余名 are workers LEAVING 阜阳 "
        "for jobs in 浙江 (ANNOTATION: no workers_returned for the home place); 17趟 trains and 第100趟 are no metric; 台州's 291家企業 belong to another city "
        "(and give no resumed count). The page's header and the rest of the paragraph (a quote) are left out; published from the header (2020-03-02)",
        source="http://kbm75.com/hy/yw/747947.html",
    ),
    dict(
        id="bl2-fd-shiyan-0329-hubei-buses-ridership-no-metric",
        text=(
            "湖北所有城市恢复公交运营 29日发送旅客130万人次\n\n"
            "来源:湖北日报 2020-03-30 09:46 http://www.mnw.cn/\n\n"
            "  3月29日,随着宜昌市五峰土家族自治县部分公交车上路运营,标志着湖北所有市、县、区全部恢复了公交车运营。\n\n"
            "  随着疫情形势的好转,3月12日竹溪县在全省率先恢复部分公交线路运营,随后各地陆续恢复公交运营。3月25日,武汉市恢复117条公交线路运营,并逐步增加至180条。\n\n"
            "  数据统计显示,全省目前已恢复公交线路1144条,恢复比例为67%。鄂州市、竹溪县等21个城市已恢复全部公交线路,武汉市还恢复了部分夜班线路。3月29日,全省投入运营公交车8779辆,发送旅客130万人次。其中,十堰市客流量超过20万人次,位居全省首位;襄阳市、黄石市客流量超过10万人次;武汉市客流量超过5万人次,而前四天乘坐公交旅客共计7.5万人次。"
        ),
        published="2020-03-30 09:46",
        city="十堰市",
        expect=[],
        note="a provincial round-up (湖北日报 via 闽南网) read for 十堰: 客流量超过20万人次 is ridership (no metric); its county 竹溪县 restored 部分公交线路 and then "
        "全部公交线路 without a count, so no services_resumed. 武汉's 117/180 lines and the province's 1144 lines, 67%, 8779 buses belong to other places",
        source="http://www.mnw.cn/news/china/2266475.html",
    ),
    # ================================================================ (b) no home city: every place with a figure
    dict(
        id="bl2-fd-none-0309-xinyang-bulletin-relayed-issuer-woshi",
        text=(
            "来源:信阳市卫生健康委员会\n\n"
            "  原标题:《截止3月9日信阳市新型冠状病毒肺炎疫情最新情况》\n\n"
            "  2020年3月9日0-24时,信阳市(含固始县)无新增新型冠状病毒肺炎确诊病例。无危重症、重症患者。无新增治愈和出院患者。无疑似病例。\n\n"
            "  截至3月9日24时,我市累计报告确诊病例274(浉河区48例,平桥区42例,罗山县40例,光山县32例,固始县31例,潢川县22例、商城县、息县各21例,新县11例,淮滨县6例);死亡病例2例。累计治愈271例,治愈率98.9%;累计出院患者271例,出院率98.9%;现存住院确诊患者1例(信阳市中心医院1例)。\n\n"
            "  目前累计追踪到密切接触者核准2937人,已解除医学观察2865人。"
        ),
        published="2020-03-10",
        city=None,
        expect=[
            ("confirmed_new", "信阳市", "2020-03-09", 0, "", ""),
            ("severe", "信阳市", "2020-03-09", 0, "", ""),
            ("critical", "信阳市", "2020-03-09", 0, "", ""),
            ("recovered_new", "信阳市", "2020-03-09", 0, "", ""),
            ("suspected", "信阳市", "2020-03-09", 0, "", ""),
            ("confirmed_total", "信阳市", "2020-03-09", 274, "", ""),
            ("confirmed_total", "浉河区", "2020-03-09", 48, "", ""),
            ("confirmed_total", "平桥区", "2020-03-09", 42, "", ""),
            ("confirmed_total", "罗山县", "2020-03-09", 40, "", ""),
            ("confirmed_total", "光山县", "2020-03-09", 32, "", ""),
            ("confirmed_total", "固始县", "2020-03-09", 31, "", ""),
            ("confirmed_total", "潢川县", "2020-03-09", 22, "", ""),
            ("confirmed_total", "商城县", "2020-03-09", 21, "", ""),
            ("confirmed_total", "息县", "2020-03-09", 21, "", ""),
            ("confirmed_total", "新县", "2020-03-09", 11, "", ""),
            ("confirmed_total", "淮滨县", "2020-03-09", 6, "", ""),
            ("deaths_total", "信阳市", "2020-03-09", 2, "", ""),
            ("recovered_total", "信阳市", "2020-03-09", 271, "", ""),
            ("recovery_rate", "信阳市", "2020-03-09", 98.9, "", ""),
            ("hospitalized", "信阳市", "2020-03-09", 1, "", ""),
            ("close_contacts_total", "信阳市", "2020-03-09", 2937, "", ""),
            ("observation_released_total", "信阳市", "2020-03-09", 2865, "", ""),
        ],
        note="a city bulletin relayed by a portal (新浪河南), city=None: the source line names the issuer, so 我市 = 信阳市 and all its figures are expected. "
        "无危重症、重症患者 → severe 0 and critical 0; 无新增治愈和出院患者 → recovered_new 0; 无疑似病例 → suspected 0. 商城县、息县各21例 gives each county 21. "
        "累计治愈271 and 累计出院患者271 are one recovered_total; 治愈率/出院率98.9% one recovery_rate. 现存住院确诊患者1例 → hospitalized; its bracket names a "
        "hospital (no tuple). 目前 takes 3月9日",
        source="http://henan.sina.com.cn/news/2020-03-10/detail-iimxxstf7789004.shtml",
    ),
    dict(
        id="bl2-fd-none-0211-spokesman-highs-and-lows-with-dates",
        text=(
            "新增报告病例波动下降,治愈比例由最低时的1.3%上升到10.6%\n\n"
            "2020-02-12 15:46   发布于湖北 阅读数: 12392 长江云\n\n"
            "国家卫生健康委员会新闻发言人米锋12日在国务院联防联控机制新闻发布会上说,当前疫情形势仍然十分严峻,但在一系列有力措施的推动下,疫情形势总体上也出现一些积极变化。新增报告病例波动下降,新增确诊病例数由最高时2月4日的3887例下降到2月11日的2015例,新增疑似病例数由最高时2月5日的5328例下降到2月11日的3342例,降幅分别达到了48.2%和37.3%;治愈出院人数较快增长,治愈比例由最低时1月27日的1.3%上升到2月11日的10.6%。"
        ),
        published="2020-02-12 15:46",
        city=None,
        expect=[
            ("confirmed_new", "全国", "2020-02-04", 3887, "", ""),
            ("confirmed_new", "全国", "2020-02-11", 2015, "", ""),
            ("recovery_rate", "全国", "2020-01-27", 1.3, "", ""),
            ("recovery_rate", "全国", "2020-02-11", 10.6, "", ""),
        ],
        note="NHC spokesman on a Hubei city's 长江云 page, city=None. Each level carries its own date (由…2月4日的3887例下降到2月11日的2015例): both are the "
        "country's confirmed_new (reading choice); the headline restates 1.3%/10.6% without dates (same tuples). New suspects (5328, 3342) have no metric; "
        "降幅48.2%/37.3% are changes, no figure. 阅读数 12392 is page chrome",
        source="http://m-huangshifb.cjyun.org/p/262323.html",
    ),
    dict(
        id="bl2-fd-none-0219-japan-korea-ship-xinhua",
        text=(
            "综合消息:日韩确诊感染新冠病毒人数继续增加\n\n"
            "新华社北京2月19日电 综合新华社驻外记者报道:19日,日本和韩国确诊感染新冠病毒人数继续增加。截至目前,包括停靠在日本横滨港的“钻石公主”号邮轮上的人员在内,日本国内确诊感染者累计达到704人。韩国19日新增20例新冠肺炎确诊病例,累计确诊病例51例。\n\n"
            "日本厚生劳动省19日宣布,“钻石公主”号邮轮当天又有607人的检测结果出炉,其中79人确诊感染新型冠状病毒,这79人中68人无症状。至此,“钻石公主”号邮轮上约3700人中已得到检测结果的有3011人,其中共有621人确诊,确诊者中322人无症状。此外,19日东京和北海道、冲绳等地新增8名感染者,17日日本包机归国人员中又有1人确诊,使日本邮轮以外的确诊感染者增至83人。截至发稿时,日本国内累计确诊感染者达704人。\n\n"
            "韩国疾病管理本部19日宣布,韩国当日新增20例新冠肺炎确诊病例,截至目前累计确诊病例51例。该部门表示,新增20例患者中,15例已证实与第31例确诊患者有过接触,进一步的流行病学调查仍在进行中。\n\n"
            "疾病管理本部消息还显示,19日韩国新增治愈出院患者4例,累计出院患者16例。此外,9973名疑似人员接受检测后结果呈阴性,1149名疑似人员正在接受检测。"
        ),
        published="2020-02-19",
        city=None,
        expect=[
            ("confirmed_total", "日本", "2020-02-19", 704, "", ""),
            ("confirmed_new", "钻石公主号", "2020-02-19", 79, "", ""),
            ("confirmed_total", "钻石公主号", "2020-02-19", 621, "", ""),
            ("confirmed_new", "韩国", "2020-02-19", 20, "", ""),
            ("confirmed_total", "韩国", "2020-02-19", 51, "", ""),
            ("recovered_new", "韩国", "2020-02-19", 4, "", ""),
            ("recovered_total", "韩国", "2020-02-19", 16, "", ""),
        ],
        note="新华社 world item (via a company site), city=None. 日本's stated total 704 includes the ship (blind_feeds choice); 日本邮轮以外…83人 is a subtotal "
        "without the ship: no tuple; 东京和北海道、冲绳等地新增8名 joins places (no tuple); the evacuation-flight case gives none. Ship: 当天…79人确诊 → "
        "confirmed_new, 共有621人确诊 → confirmed_total (至此 = 19日); 607/3011/3700 tested and 68/322 asymptomatic have no metric. 韩国: 20/51, 治愈出院 4/16; "
        "第31例 is an ordinal; people tested negative or under test (9973, 1149) are no 疑似病例 figure. 截至目前/截至发稿时 take 19日. An inner paragraph on a "
        "Tokyo driver is left out",
        source="http://www.flylamp.com/article/1731.html",
    ),
    dict(
        id="bl2-fd-none-0323-world-italy-us-iran-spain",
        text=(
            "意大利\n"
            "截至当地时间23日18时,意大利新冠肺炎累计确诊病例达63927例,死亡6077例。当地时间22日晚,搭载俄罗斯医护人员及医疗物资的飞机开始抵达罗马。\n"
            "意大利民事保护部门负责人、新冠病毒应急委员会专员博雷利23日说,截至当天18时,意大利累计新冠肺炎确诊病例升至63927例,累计死亡病例6077例,治愈病例7432例。\n"
            "该部门的统计数据显示,意大利累计新冠肺炎死亡病例比上一日增加601例,累计确诊病例和治愈病例分别比上一日增加4789例和408例。\n"
            "美国\n"
            "截至当地时间23日中午12点,美国新冠肺炎确诊病例已经达到至少40961例,死亡病例至少479例。纽约州、华盛顿州和加利福尼亚州都已经被宣布为“重大灾区”。\n"
            "伊朗\n"
            "截至当地时间23日中午,伊朗新冠肺炎累计确诊病例达23049例,死亡1812例,治愈8376例。据悉,伊朗已完成3880万人新冠肺炎疫情排查。\n"
            "西班牙\n"
            "截至当地时间23日11时40分,西班牙新冠肺炎确诊病例增至33089例,死亡2182例。"
        ),
        published="2020-03-24",
        city=None,
        expect=[
            ("confirmed_total", "意大利", "2020-03-23", 63927, "", ""),
            ("deaths_total", "意大利", "2020-03-23", 6077, "", ""),
            ("recovered_total", "意大利", "2020-03-23", 7432, "", ""),
            ("deaths_new", "意大利", "2020-03-23", 601, "", ""),
            ("confirmed_new", "意大利", "2020-03-23", 4789, "", ""),
            ("recovered_new", "意大利", "2020-03-23", 408, "", ""),
            ("confirmed_total", "美国", "2020-03-23", 40961, "", "more_than"),
            ("deaths_total", "美国", "2020-03-23", 479, "", "more_than"),
            ("confirmed_total", "伊朗", "2020-03-23", 23049, "", ""),
            ("deaths_total", "伊朗", "2020-03-23", 1812, "", ""),
            ("recovered_total", "伊朗", "2020-03-23", 8376, "", ""),
            ("confirmed_total", "西班牙", "2020-03-23", 33089, "", ""),
            ("deaths_total", "西班牙", "2020-03-23", 2182, "", ""),
        ],
        note="a world round-up of Xinhua/CCTV copy on an exam-prep site, city=None (four countries; the 世卫 global paragraph, a photo caption and the "
        "Italian lockdown paragraphs are left out). 23日 takes March from the page (2020/0324). 意大利's figures stated twice are one tuple each; "
        "比上一日增加 of cumulative counts → that day's new figures (eval_feeds reading); 至少 → more_than. 死亡 beside a cumulative count is deaths_total. "
        "纽约州 etc. carry no figure; 3880万人 screened has no metric",
        source="http://xiangyang.huatu.com/2020/0324/1311235.html",
    ),
]
