"""Golden extraction cases for FEED texts, BLIND set, Jan–Apr 2020.

Feed texts are round-ups and wire items that summarise bulletins of several places: the
national health commission's daily report (with 湖北/武汉 in brackets and the 港澳台 line),
provincial bulletins with per-city lists (new, discharged, current-in-hospital, deaths),
provincial papers' summaries, a city bulletin relayed by a provincial paper, a 上海 bulletin
quoted by a portal (本市 = 上海市), news-agency world round-ups (韩国, 日本, 巴西, the 钻石公主号),
and a resumption survey. Each case is a short verbatim excerpt of a public page found with
the search tool (`pages`), with its `source` URL; traditional characters, pinyin residue
("時(shí)", "(dāng)"), "?" for lost characters, odd spacing (" , ") and ASCII quotes are kept as
found; paragraphs not needed were left out.

Annotated BLIND: from the texts alone, before any run of the engine, following
tests/cases/ANNOTATION.md (binding), the docstring of dev_cases.py and
shared/gold/FORMAT.md, without reading or running the extractor or the other case tables
(only their docstrings and the two format examples of dev_feeds.py).

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Sources: national report (2月19日, 3月19日; 新华社, 中新网 via mirrors), provincial bulletins or
summaries of 吉林, 甘肃 (×2), 山东 (大众日报), 广西 (广西头条), 河南, 湖北, 福建, 辽宁 (辽宁日报),
a 中新/多地 "清零" round-up, the 连云港 bulletin in 现代快报, the 上海 bulletin quoted by a portal,
新华社's 日韩 round-up and a 中国新闻网-based world round-up. No page comes from Hunan or
mentions 株洲 (checked on the excerpts), none comes from the DXY feed, none is used by another
case table (checked by grepping a distinctive phrase of each excerpt).

Four cases have city=None (every place with a figure is expected: provinces as 吉林省, cities,
foreign countries by their short name, foreign states as written, the ship as 钻石公主号);
twelve have a home city (a prefecture-level city of the list, or the city the item is about)
and expect only that city and its counties.

Reading choices made here where the binding conventions are silent (see each note):

* Sum check: in "61例在定点医院进行隔离治疗。兰州市26例、天水市9例…" the list adds up to 61,
  so it is the current-in-hospital list (hospitalized per city), not the cumulative one.
* A 新增 count for a reporting window inside one day (韩国 23日9时至16时; 上海 14日12—24时) is
  kept as that day's confirmed_new: it is the report's own 新增 figure.
* A province-wide none-statement (广西无新增…确诊病例) is the province's figure: no
  confirmed_new 0 is inferred for its cities.
* 日本共有确诊病例773例 "包括钻石公主号…在内" is 日本's stated total; the ship keeps its own 634.
* A 本地 (local) per-city total is that city's confirmed_total; imported cases attributed to a
  city (美国1例、巴西1例(福州市报告)) are an imported-only subtotal and give nothing.
* A date written only as a day (22日, 24日) takes the month of the dateline; a foreign country's
  "当地时间24日0时至25日0时" is dated 24日, and "截至目前" in the same paragraph too.
* "复工复产率" over 个体工商户 is resumption_rate with sector 个体工商户; rises "比3月6日提高…个
  百分点" are comparisons with a baseline: no tuple.
"""

CASES = [
    # ================================================================ (a) round-ups with one home city
    dict(
        id="bl-fd-deyang-0307-qingling-roundup-home-city",
        text=(
            "确诊■中国多地实现新冠肺炎确诊病例“清零”\n\n"
            '中国疫情防控呈现总体平稳、稳中向好的态势 。 这几天 , 多地陆续传来新冠肺炎确诊病例"清零"的好消息 。\n'
            "根据国家卫生健康委的通报 , 湖北7日新增的41例确诊病例 , 全都来自武汉 。 也就是说 , 除武汉外 , 湖北其他市州7日的新增确诊病例全部为零 , 这也是自疫情暴发以来 , 湖北除武汉以外地区新增确诊病例连续第三天实现零增长 。\n"
            '昨天(8日) , 安徽省新冠肺炎确诊病例治愈出院3例 , 至此 , 全省在院新冠肺炎确诊病例实现全部"清零" 。 截至3月8日 , 全省累计确诊新冠肺炎患者990例 , 累计治愈984例 , 治愈率达99.4% 。\n'
            "8日 , 新疆最后1例新冠肺炎确诊病例出院 , 至此 , 新疆实现新冠肺炎确诊病例清零 。 目前 , 新疆已连续18天无新增确诊病例 。\n"
            '昨天(8日)上午 , 海南三亚中心医院最后一名新冠肺炎确诊患者治愈出院 , 至此 , 三亚实现新冠肺炎确诊患者"清零" , 医护人员零感染 。\n'
            '7日下午 , 随着最后4例新冠肺炎确诊患者出院 , 四川德阳市18例新冠肺炎确诊病例已全部治愈出院 , 实现了确诊病例"清零" , 且全市连续15天无新增确诊病例 。\n'
            '7日 , 四川泸州最后两例新冠肺炎确诊患者治愈出院 。 实现了确诊病例"零死亡"、医务人员"零感染" 。 同时 , 连续17天确诊患者零增加 。\n'
            '截至6日24时 , 江西鹰潭市、景德镇市、宜春市等7个设区市住院确诊病例已"清零" 。 73个县(市、区)住院确诊病例全部"清零" 。'
        ),
        published="2020-03-09",
        city="德阳市",
        expect=[
            ("recovered_new", "德阳市", "2020-03-07", 4, "", ""),
            ("confirmed_total", "德阳市", "2020-03-07", 18, "", ""),
            ("recovered_total", "德阳市", "2020-03-07", 18, "", ""),
            ("hospitalized", "德阳市", "2020-03-07", 0, "", ""),
            ("confirmed_new", "德阳市", "2020-03-07", 0, "", ""),
        ],
        note="a national round-up (aggregator spacing ' , ' and ASCII quotes kept) read for one city: 最后4例…出院 → recovered_new 4 on 7日 (month from the 3月 "
        'figures); 18例…已全部治愈出院 → confirmed_total and recovered_total 18; 确诊病例"清零" → hospitalized 0; 全市连续15天无新增 → one confirmed_new 0 on 7日. '
        "湖北/武汉, 安徽, 新疆, 三亚, 泸州, 江西's cities are other places. published from the page path (2020/0309)",
        source="http://jiangsulong.com/a/2020/0309/030a35122020.html",
    ),
    dict(
        id="bl-fd-lanzhou-0214-gansu-in-hospital-list-trad",
        text=(
            "2月13日20時(shí)至2月14日20時(shí),甘肅無新增新型冠狀病毒肺炎確診病例。新增出院5例。截至2月14日20時(shí),甘肅累計報告新型冠狀病毒肺炎確診病例90例,累計治愈出院44例,累計死亡病例2例。44例在定點(diǎn)醫院進行隔離治療,其中蘭州市16例、平?jīng)鍪?例、甘南州6例、定西市5例、白銀市4例、天水市3例、隴南市1例、慶陽市1例。現有重型病例5例,危重型病例1例。\n"
            "新增疑似病例4例,蘭州市4例。現有疑似病例9例,其中蘭州市6例、甘南州3例。\n"
            "目前,累計追蹤到密切接觸者3804人,已解除醫學觀察2935人,其余869人正在接受醫學觀察。"
        ),
        published="2020-02-14 21:59",
        city="兰州市",
        expect=[
            ("hospitalized", "兰州市", "2020-02-14", 16, "", ""),
            ("suspected", "兰州市", "2020-02-14", 6, "", ""),
        ],
        note="provincial bulletin (traditional mirror, 平凉's entry garbled to 平?jīng)鍪?例). The per-city list hangs on 44例在定點醫院進行隔離治療,其中… → "
        "兰州 hospitalized 16 (current, not cumulative); 現有疑似…其中蘭州市6例 → suspected 6; 新增疑似…蘭州市4例 has no metric. The province's 90/44/2, "
        "重型/危重型 and contacts are not the city's. 20時 windows date to 2月14日",
        source="http://m.nibeiya.com/news/gansu/2020021421594649570.htm",
    ),
    dict(
        id="bl-fd-tianshui-0207-gansu-list-sums-to-in-hospital-trad",
        text=(
            "甘肅新增4例新冠肺炎確診病例累計確診71例\n\n2020年02月08日09:54  來源:人民網-甘肅頻道\n\n"
            "人民網蘭州2月8日電(高翔)據甘肅省衛生健康委員會消息,截至2月7日20時,甘肅新增4例新冠肺炎確診病例。新增確診病例中,定西市3例、平涼市1例。新增死亡病例1例。甘肅累計報告新冠肺炎確診病例71例,累計治愈出院9例,累計死亡病例1例,61例在定點醫院進行隔離治療。蘭州市26例、天水市9例、定西市7例、隴南市4例、白銀市4例、甘南州3例、張掖市2例、慶陽市2例、平涼市2例、臨夏州1例、金昌市1例。現有重型病例7例、增加2例,危重型病例2例。\n\n"
            "累計發生12起聚集性疫情,分別為:蘭州6起,隴南、臨夏、天水、定西、白銀、甘南各1起。\n\n"
            "新增疑似病例5例,蘭州市3例、平涼市2例。現有疑似病例21例,蘭州市9例、天水市5例、平涼市5例、白銀市1例、甘南州1例。\n\n"
            "目前,累計追蹤到密切接觸者2669人,已解除醫學觀察1555人,其余1114人正在接受醫學觀察。"
        ),
        published="2020-02-08 09:54",
        city="天水市",
        expect=[
            ("hospitalized", "天水市", "2020-02-07", 9, "", ""),
            ("suspected", "天水市", "2020-02-07", 5, "", ""),
        ],
        note="provincial bulletin in a provincial news channel (traditional). The city list after 61例在定點醫院進行隔離治療。 adds up to 61 (not 71): the current-in-"
        "hospital list (reading choice) → 天水 hospitalized 9; 現有疑似…天水市5例 → suspected 5. 天水…1起聚集性疫情 has no metric. Morning page time, but the text "
        "dates its figures (截至2月7日20時)",
        source="http://gs.people.com.cn/BIG5/n2/2020/0208/c183348-33776221.html",
    ),
    dict(
        id="bl-fd-yantai-0303-shandong-remaining-in-hospital",
        text=(
            "3月3日下午,山东省卫健委发布最新疫情防控数据,3日0-12时,山东新增治愈出院14例。山东累计治愈出院数突破500例,达到511例,治愈出院率为67.4%。\n"
            "截至3月3日12时,东营未出现疑似和确诊病例,泰安、聊城、菏泽3市新冠肺炎住院病例清零,青岛、枣庄、日照、滨州剩余住院病例1例,临沂剩余2例,威海剩余4例,淄博剩余6例,烟台剩余10例。16市中,住院病例超过10例的目前还剩4市。\n"
            "山东首例治愈病例1月29日出院,2月26日累计治愈数超过半数,目前3月2日单日出院人数最多,为42例。\n"
            "截至3月3日12时,山东省累计确诊病例758例(其中,重症病例7例,危重症病例2例,死亡病例6例);尚有526人正在接受医学观察。"
        ),
        published="2020-03-04",
        city="烟台市",
        expect=[
            ("hospitalized", "烟台市", "2020-03-03", 10, "", ""),
        ],
        note="provincial paper's summary relayed by a city site: 烟台剩余10例 continues the list of 剩余住院病例 → hospitalized 10 (current). The province's 14/511/67.4%/"
        "758 and the single-day record 42 (3月2日, the province's) are not 烟台's; 16市, 4市 are counts of cities. published from the page path",
        source="http://news.qingdaonews.com/zonghe/2020-03/04/content_21357148.htm",
    ),
    dict(
        id="bl-fd-hechi-0226-guangxi-severe-critical-deaths",
        text=(
            "广西保持0新增,崇左疑似病例全部清零\n\n"
            "广西卫健委通报,2月26日0-24时,广西无新增新型冠状病毒肺炎确诊病例;无新增疑似病例;新增治愈出院病例21例(南宁市6例,柳州市3例,桂林市1例,北海市5例,贵港市1例,河池市3例,来宾市2例);无新增死亡病例。\n\n"
            "目前全区累计报告确诊病例252例,累计出院病例159例,累计死亡病例2例(河池市1例、北海市1例),现有确诊病例91例,均在院治疗,其中重症病例2例(桂林市1例、河池市1例),危重病例5例(南宁市1例、北海市1例、防城港市2例、河池市1例);现有疑似病例5例。\n\n"
            "累计确诊病例中,南宁市55例、柳州市24例、桂林市32例、梧州市5例、北海市44例、防城港市19例、钦州市8例、贵港市8例、玉林市11例、百色市3例、贺州市4例、河池市28例、来宾市11例。\n\n"
            "本日无新增密切接触者,现有938人正在接受医学观察。\n\n"
            "目前,越来越多患者治愈出院。此外,重症患者也减少到2例,4个地市已经连续20天以上无新增确诊病例报告。"
        ),
        published="2020-02-27",
        city="河池市",
        expect=[
            ("recovered_new", "河池市", "2020-02-26", 3, "", ""),
            ("deaths_total", "河池市", "2020-02-26", 1, "", ""),
            ("severe", "河池市", "2020-02-26", 1, "", ""),
            ("critical", "河池市", "2020-02-26", 1, "", ""),
            ("confirmed_total", "河池市", "2020-02-26", 28, "", ""),
        ],
        note="provincial bulletin relayed by a WeChat account (its banner line left out). Bracketed lists carry the metric of their header: 新增治愈出院 → recovered_new, "
        "累计死亡 → deaths_total, (现有) 重症/危重 → severe/critical, 累计确诊病例中 → confirmed_total. 广西无新增…确诊/死亡 are the province's: nothing inferred "
        "for 河池 (reading choice). 4个地市 are unnamed. 目前 takes 2月26日. No date on the page: published = the day after the bulletin's day",
        source="https://freewechat.com/a/MzAxOTE1NzMxOQ==/2651890220/1",
    ),
    dict(
        id="bl-fd-xinyang-0215-henan-county-in-brackets",
        text=(
            "原标题:河南新增新冠肺炎确诊病例19例,新增出院病例42例\n"
            "2020年2月15日0-24时,河南省新增新型冠状病毒肺炎确诊病例19例,新增出院病例42例。新增确诊病例中,信阳市9例、郑州市4例、开封市1例、许昌市1例、新乡市1例、周口市1例、南阳市1例、商丘市1例。\n"
            "截至2月15日24时,全省累计报告新型冠状病毒肺炎确诊病例1231例,现有重症病例36例,现有危重病例36例,累计死亡病例13例,累计出院病例397例(核减1例)。其中:确诊病例中,信阳市261例(含固始县30例)、南阳市151例(含邓州市17例)、郑州市148例(含巩义市9例)、驻马店市138例(含新蔡县10例)、商丘市91例(含永城市14例)、周口市71例(含鹿邑县7例)、平顶山市58例(含汝州市1例)、新乡市56例(含长垣市12例)、安阳市51例(含滑县2例)、许昌市38例、漯河市34例、洛阳市31例、焦作市30例、开封市26例(含兰考县5例)、鹤壁市19例、濮阳市17例、三门峡市7例、济源示范区4例。\n"
            "目前累计追踪到密切接触者33787人,2月15日已解除观察6006人,诊断为疑似63人,共有8136人正在接受医学观察。"
        ),
        published="2020-02-16",
        city="信阳市",
        expect=[
            ("confirmed_new", "信阳市", "2020-02-15", 9, "", ""),
            ("confirmed_total", "信阳市", "2020-02-15", 261, "", ""),
            ("confirmed_total", "固始县", "2020-02-15", 30, "", ""),
        ],
        note="provincial bulletin via a portal. 信阳市261例(含固始县30例): the bracket breaks down the city's total, so 固始县 (a county of 信阳) gets confirmed_total 30. "
        "The province's totals, 重症/危重 and contacts are not the city's. No date on the page: published = the day after the bulletin's day",
        source="https://xwzx.qqzyw.com/show-296980.html",
    ),
    dict(
        id="bl-fd-yichang-0210-hubei-deaths-and-fatality-trad",
        text=(
            "2020年2月10日0時(shí)—24時(shí),湖北省新增新冠肺炎病例2097例,其中:武漢市1552例、孝感市101例、黃岡市80例、鄂州市65例、隨州市46例、襄陽市44例、天門市44例、黃石市30例、荊州市30例、十堰市24例、宜昌市23例、仙桃市22例、荊門市15例、恩施州8例、咸寧市8例、潛江市5例。\n"
            "全省新增死亡103例,其中:武漢市67例、孝感市8例、黃岡市7例、仙桃市4例、襄陽市3例、黃石市2例、荊州市2例、鄂州市2例、恩施州2例、隨州市2例、十堰市1例、荊門市1例、咸寧市1例、潛江市1例。\n"
            "新增出院427例,其中:武漢市162例、黃岡市90例、孝感市58例、仙桃市25例、黃石市15例、十堰市13例、鄂州市13例、荊州市10例、宜昌市9例、襄陽市7例、咸寧市7例、恩施州7例、荊門市6例、隨州市3例、天門市2例。\n"
            "截至2020年2月10日24時(shí),湖北省累計(jì)報(bào)告新冠肺炎病例31728例,其中:武漢市18454例、孝感市2642例、黃岡市2332例、隨州市1095例、荊州市1075例、襄陽市1063例、黃石市835例、鄂州市790例、宜昌市772例、荊門市656例、咸寧市515例、十堰市505例、仙桃市438例、天門市261例、恩施州195例、潛江市90例、神農(nóng)架林區(qū)10例。\n"
            "全省累計治愈出院2222例。\n"
            "全省累計死亡974例,病死率3.07%,其中:武漢市748例、病死率4.05%,天門市10例、病死率3.83%,潛江市3例、病死率3.33%,鄂州市26例、病死率3.29%,荊門市21例、病死率3.20%,仙桃市11例、病死率2.51%,黃岡市52例、病死率2.23 %,荊州市17例、病死率1.58%,孝感市41例、病死率1.55%,襄陽市12例、病死率1.13%,隨州市12例、病死率1.10%,宜昌市8例、病死率1.04%,恩施州2例、病死率1.03%,咸寧市5例、病死率0.79%,黃石市5例、病死率0.60%,十堰市1例、病死率0.20%。"
        ),
        published="2020-02-11",
        city="宜昌市",
        expect=[
            ("confirmed_new", "宜昌市", "2020-02-10", 23, "", ""),
            ("recovered_new", "宜昌市", "2020-02-10", 9, "", ""),
            ("confirmed_total", "宜昌市", "2020-02-10", 772, "", ""),
            ("deaths_total", "宜昌市", "2020-02-10", 8, "", ""),
        ],
        note="provincial bulletin (traditional mirror with pinyin residue). Lists under 新增病例 / 新增出院 / 累计報告 / 累计死亡 give 宜昌 new, discharged, total and deaths; "
        "宜昌 is absent from the 新增死亡 list, so no deaths_new is stated. 病死率1.04% (case fatality) has no metric. published from the page path",
        source="http://m.1aqj.cn/news/gn/shxw/202002/11/1858692.shtml",
    ),
    dict(
        id="bl-fd-wuhan-0319-national-report-brackets",
        text=(
            "31个省份和新疆兵团新增确诊病例39例,全为境外输入\n\n2020-03-20 09:49 来源:中国新闻网\n\n"
            "中新网3月20日电 据国家卫健委网站消息,3月19日0—24时,31个省(自治区、直辖市)和新疆生产建设兵团报告新增确诊病例39例,新增死亡病例3例(湖北2例,辽宁1例),新增疑似病例31例。\n\n"
            "当日新增治愈出院病例730例,解除医学观察的密切接触者1197人,重症病例减少178例。\n\n"
            "截至3月19日24时,据31个省(自治区、直辖市)和新疆生产建设兵团报告,现有确诊病例6569例(其中重症病例2136例),累计治愈出院病例71150例,累计死亡病例3248例,累计报告确诊病例80967例,现有疑似病例104例。累计追踪到密切接触者684331人,尚在医学观察的密切接触者8989人。\n\n"
            "湖北新增确诊病例0例(武汉0例),新增治愈出院病例703例(武汉624例),新增死亡病例2例(武汉2例),现有确诊病例6287例(武汉6118例),其中重症病例2098例(武汉2062例)。累计治愈出院病例58381例(武汉41389例),累计死亡病例3132例(武汉2498例),累计确诊病例67800例(武汉50005例)。新增疑似病例0例(武汉0例),现有疑似病例0例(武汉0例)。\n\n"
            "3月19日0—24时,新增报告境外输入确诊病例39例(广东14例,上海8例,北京6例,福建3例,天津、辽宁、黑龙江、浙江、山东、广西、四川、甘肃各1例)。截至3月19日24时,累计报告境外输入确诊病例228例。\n\n"
            "累计收到港澳台地区通报确诊病例333例:香港特别行政区208例(出院98例,死亡4例),澳门特别行政区17例(出院10例),台湾地区108例(出院26例,死亡1例)。"
        ),
        published="2020-03-20 09:49",
        city="武汉市",
        expect=[
            ("confirmed_new", "武汉市", "2020-03-19", 0, "", ""),
            ("recovered_new", "武汉市", "2020-03-19", 624, "", ""),
            ("deaths_new", "武汉市", "2020-03-19", 2, "", ""),
            ("hospitalized", "武汉市", "2020-03-19", 6118, "", ""),
            ("severe", "武汉市", "2020-03-19", 2062, "", ""),
            ("recovered_total", "武汉市", "2020-03-19", 41389, "", ""),
            ("deaths_total", "武汉市", "2020-03-19", 2498, "", ""),
            ("confirmed_total", "武汉市", "2020-03-19", 50005, "", ""),
            ("suspected", "武汉市", "2020-03-19", 0, "", ""),
        ],
        note="national report via a wire and a city portal, read for 武汉: each bracketed (武汉N例) is 武汉's figure with the metric of the clause it sits in; 现有确诊 "
        "→ hospitalized, 其中重症 → severe (current). 新增疑似0例(武汉0例) has no metric. The 湖北 paragraph states no date of its own: it follows the 3月19日 "
        "paragraphs (and the morning rule gives the same day). National, 湖北, imported and 港澳台 figures are other places",
        source="http://news.qingdaonews.com/zonghe/2020-03/20/content_21442685.htm",
    ),
    dict(
        id="bl-fd-shanghai-0219-national-deaths-list-each-one-trad",
        text=(
            "新華社北京2月20日電(記者許晟、田曉航)記者20日從國家衛(wèi)生健康委員會了解到,2月19日0—24時,31個?。ㄗ灾螀^(qū)、直轄市)和新疆生產(chǎn)建設(shè)兵團報告新增確診病例394例,新增死亡病例114例(湖北108例,河北、上海、福建、山東、云南、陜西各1例),新增疑似病例1277例。\n"
            "當日新增治愈出院病例1779例,解除醫(yī)學(xué)觀察的密切接觸者25318人,重癥病例減少113例。\n"
            "截至2月19日24時,據(jù)31個?。ㄗ灾螀^(qū)、直轄市)和新疆生產(chǎn)建設(shè)兵團報告,現(xiàn)有確診病例56303例(其中重癥病例11864例),累計治愈出院病例16155例,累計死亡病例2118例,累計報告確診病例74576例(江西、河南、云南省各核減1例),現(xiàn)有疑似病例4922例。累計追蹤到密切接觸者589163人,尚在醫(yī)學(xué)觀察的密切接觸者126363人。"
        ),
        published="2020-02-20",
        city="上海市",
        expect=[
            ("deaths_new", "上海市", "2020-02-19", 1, "", ""),
        ],
        note="national report via 新华社 (traditional mirror, garbled 省(自治区 as ?。ㄗ灾…). The deaths list 河北、上海、…各1例 gives 上海 deaths_new 1 (各 distributes "
        "the 1). Everything else is the country's; 江西、河南、云南省各核減1例 is a correction of other provinces",
        source="http://m.wjbbs.cn/politics/2020-02/20/c_1125600309.htm",
    ),
    dict(
        id="bl-fd-fuzhou-0321-fujian-local-total-imported-attributed-trad",
        text=(
            "一、境外輸入疫情\n"
            "3月21日0—24時,福建省報告新增境外輸入新型冠狀病毒肺炎確診病例4例,其中:\n美國1例、巴西1例(福州市報告);\n菲律賓2例(廈門市、泉州市各報告1例)。\n"
            "當日報告新增境外輸入新型冠狀病毒肺炎疑似病例7例,其中:\n法國1例(福州市報告);\n菲律賓6例(泉州市報告)。\n"
            "截至3月21日24時,福建省累計報告境外輸入新型冠狀病毒肺炎確診病例11例(已治愈出院病例0例、目前住院病例11例,無死亡病例),現有報告境外輸入新型冠狀病毒肺炎疑似病例7例。\n"
            "二、本地疫情\n"
            "3月21日0—24時,福建省報告新增本地新型冠狀病毒肺炎確診病例0例,報告新增本地新型冠狀病毒肺炎疑似病例0例。\n"
            "截至3月21日24時,福建省累計報告本地新型冠狀病毒肺炎確診病例296例(已治愈出院病例295例、目前住院病例0例、死亡病例1例),其中:福州市72例、廈門市35例、漳州市20例、泉州市47例、三明市14例、莆田市56例、南平市20例、龍巖市6例、寧德市26例。\n"
            "現有報告本地新型冠狀病毒肺炎疑似病例0例。\n"
            "三、密切接觸者\n目前密切接觸者已解除醫學觀察10972人,尚有779人正在接受醫學觀察。"
        ),
        published="2020-03-22",
        city="福州市",
        expect=[
            ("confirmed_total", "福州市", "2020-03-21", 72, "", ""),
        ],
        note="provincial bulletin reposted by a travel agency's site (its advert left out). 美國1例、巴西1例(福州市報告) and 法國1例 are imported-only (ANNOTATION): no "
        "tuple for 福州 nor for the countries (origins). The 本地 per-city list is each city's total: 福州市72例. The province's new/none figures and contacts "
        "are not the city's. No date on the page: published = the day after the bulletin's day",
        source="http://www.kuntengsuxiu.com/article/3946.html",
    ),
    dict(
        id="bl-fd-lianyungang-0215-city-bulletin-case-numbers",
        text=(
            "现代快报讯(记者 王晓宇)2 月 16 日,连云港市新型冠状病毒感染的肺炎疫情防控工作领导小组办公室发布消息,2 月 15 日 0-24 时,经江苏省卫生健康委确认,连云港市新增新型冠状病毒肺炎确诊病例 2 例,新增出院病例 2 例。截至 2020 年 2 月 15 日 24 时,全市累计报告新型冠状病毒肺炎确诊病例 48 例。其中,危重型病例 1 例,出院病例 12 例。\n"
            "病例 47,男,32 岁,现住海州区,有湖北地区旅居史。2 月 15 日确诊为新型冠状病毒肺炎病例,目前在市定点医院隔离治疗,生命体征平稳。\n"
            "病例 48,男,29 岁,现住海州区,有确诊病例密切接触史。2 月 13 日,至市传染病医院,被收治住院隔离治疗。2 月 15 日确诊为新型冠状病毒肺炎病例,目前在市定点医院隔离治疗,生命体征平稳。\n"
            "目前,连云港市追踪到密切接触者 1208 人,已解除医学观察 875 人,尚有 333 人正在接受医学观察。"
        ),
        published="2020-02-16",
        city="连云港市",
        expect=[
            ("confirmed_new", "连云港市", "2020-02-15", 2, "", ""),
            ("recovered_new", "连云港市", "2020-02-15", 2, "", ""),
            ("confirmed_total", "连云港市", "2020-02-15", 48, "", ""),
            ("critical", "连云港市", "2020-02-15", 1, "", ""),
            ("recovered_total", "连云港市", "2020-02-15", 12, "", ""),
            ("close_contacts_total", "连云港市", "2020-02-15", 1208, "", ""),
            ("observation_released_total", "连云港市", "2020-02-15", 875, "", ""),
            ("observation", "连云港市", "2020-02-15", 333, "", ""),
        ],
        note="a city bulletin relayed by a provincial paper (spaces around numbers kept). 病例 47 / 病例 48 are patient numbers; 海州区 is their residence (no district "
        "count); 2 月 16 日 is the release day, not a figure's date. 危重型…1 例 → critical; 出院病例 12 例 under 截至 → recovered_total. 目前 takes 2月15日 from the "
        "bulletin's dated paragraph",
        source="https://app.myzaker.com/news/article.php?pk=5e48b0da1bc8e0201b00004f",
    ),
    dict(
        id="bl-fd-shenyang-0330-liaoning-individual-businesses-trad",
        text=(
            "遼寧省近八成個體工商戶復工復產\n\n趙銘\n\n2020年04月02日08:40  來源:遼寧日報\n\n原標題:我省近八成個體工商戶復工復產\n\n"
            "日前,遼寧省市場監管局組織各市及沈撫新區對1087619戶個體工商戶進行復工復產情況抽樣調查。數據顯示,截至3月30日,全省個體工商戶總體復工復產率達到78.86%,比3月6日抽樣調查數據提高20.95個百分點。\n\n"
            "從行業看,批發和零售行業復工復產率82.53%,居民服務、修理和其他服務業復工復產率78.67%,制造業復工復產率75.43%,住宿和餐飲行業復工復產率70.67%,其他行業復工復產率75.06%,分別比3月6日提高15.91、21.6、29.34、35.15、24個百分點。\n\n"
            "沈陽、大連市個體工商戶復工復產率分別為74.28%、66.84%﹔鐵嶺、錦州市個體工商戶復工復產率超過90%﹔葫蘆島、鞍山、撫順、阜新、本溪、盤錦、遼陽等市個體工商戶復工復產率超過80%。"
        ),
        published="2020-04-02 08:40",
        city="沈阳市",
        expect=[
            ("resumption_rate", "沈阳市", "2020-03-30", 74.28, "个体工商户", ""),
        ],
        note="provincial paper via 人民网 (traditional): 沈陽、大連市…分別為74.28%、66.84% → 沈阳 74.28 (respectively). The sentence has no date: it takes 截至3月30日 from "
        "the survey paragraph; 比3月6日提高… are rises against a baseline (no tuple). 近八成/78.86% and the industry rates are the province's; 1087619戶 is the "
        "sample; 沈撫新區 is named without a figure. Morning page time, figures dated in the text",
        source="http://ln.people.com.cn/BIG5/n2/2020/0402/c378317-33921537.html",
    ),
    # ================================================================ (b) corpus without a home city
    dict(
        id="bl-fd-none-0302-jilin-discharges-and-in-hospital-trad",
        text=(
            "首頁 > > 降到個位數(shù)!吉林省今天又有5名患者治愈出院\n"
            "3月2日,吉林省又有5名新冠肺炎患者治愈出院,其中長春市1名,四平市3名,公主嶺市1名。截至目前,吉林省累計治愈出院患者共有83名,在院治療確診患者降到個位數(shù),9人。今天公主嶺市出院患者為男性,2月3日入當(dāng)?shù)囟c(diǎn)醫(yī)院治療。\n"
            "四平市出院患者均為男性,分別于2月3日、2月8日和2月13日被確診為新冠肺炎患者,入住當(dāng)?shù)囟c(diǎn)醫(yī)院治療。\n"
            "長春市出院的患者為女性,于2月15日收入吉林大學(xué)第一醫(yī)院治療,并診斷為新冠肺炎確診病例。\n"
            "經(jīng)醫(yī)療救治專家組會診,以上3地5名患者達(dá)到《新型冠狀病毒肺炎診療方案》規(guī)定的解除隔離和出院標(biāo)準(zhǔn),可以出院。\n"
            "目前,吉林省確診病例93例,在院隔離治療確診病例9例,其中長春市5例,通化市3例,白城市1例?,F(xiàn)有疑似病例9例,已經(jīng)全部隔離治療。\n"
            "(記者:葛曉晶)"
        ),
        published="2020-03-02",
        city=None,
        expect=[
            ("recovered_new", "吉林省", "2020-03-02", 5, "", ""),
            ("recovered_new", "长春市", "2020-03-02", 1, "", ""),
            ("recovered_new", "四平市", "2020-03-02", 3, "", ""),
            ("recovered_new", "公主岭市", "2020-03-02", 1, "", ""),
            ("recovered_total", "吉林省", "2020-03-02", 83, "", ""),
            ("hospitalized", "吉林省", "2020-03-02", 9, "", ""),
            ("confirmed_total", "吉林省", "2020-03-02", 93, "", ""),
            ("hospitalized", "长春市", "2020-03-02", 5, "", ""),
            ("hospitalized", "通化市", "2020-03-02", 3, "", ""),
            ("hospitalized", "白城市", "2020-03-02", 1, "", ""),
            ("suspected", "吉林省", "2020-03-02", 9, "", ""),
        ],
        note="provincial discharge item (traditional mirror, garbled 當(dāng)?shù)囟c(diǎn) and 。現 lost to ?,F(xiàn) kept). The discharge breakdown gives each place's "
        "recovered_new (公主岭市 is listed apart as its own place); 在院治療確診患者…9人 and the 其中 list under 在院隔離治療 give hospitalized (current), not "
        "confirmed_total. 以上3地5名 restates the 5. Dates of the patients' admissions are no figures. No date on the page: published = the day the item "
        "reports (3月2日…今天)",
        source="http://quangouzu.com/p/156142.html",
    ),
    dict(
        id="bl-fd-none-0214-shanghai-benshi-quoted-half-day",
        text=(
            "上海市卫健委今早(2月15日)通报:2020年2月14日12—24时,上海市排除新型冠状病毒肺炎疑似病例47例;新增确诊病例8例,其中7例为外地来沪人员,1例为本市常住人口。\n"
            "针对7例为外地来沪人员,上海发布在回复网友提问时表示,据了解,上述7个病例来自同一家庭,在外地旅行后于1月23日抵沪,在沪期间与确诊病例有接触史。\n"
            "据国家卫健委数据统计,2月14日0-24时,全国除湖北以外地区新增确诊病例221例,连续第11日呈下降态势"
        ),
        published="2020-02-15",
        city=None,
        expect=[
            ("confirmed_new", "上海市", "2020-02-14", 8, "", ""),
        ],
        note="a portal quoting the 上海 bulletin: the speaker is named (上海市卫健委), so 本市 = 上海市, but 本市常住人口 / 外地来沪人员 split the 8 by origin, not by place. "
        "The 12—24时 window's 新增 is kept as 2月14日's confirmed_new (reading choice); 排除疑似 has no metric. 全国除湖北以外地区 is no place: no tuple; 第11日 is an "
        "ordinal",
        source="http://www.aifangjie.cn/gnxw/2020-02-15/11307.html",
    ),
    dict(
        id="bl-fd-none-0223-japan-korea-ship-xinhua",
        text=(
            "日韩新冠病毒感染病例数继续攀升\n\n国际新闻|来源:新华网2020-02-24 10:10:22|网络编辑:罗娴子\n\n"
            "  新华社北京2月23日电  综合新华社驻外记者报道:近日,日本和韩国新冠病毒感染确诊病例数继续攀升,分别达到773例和602例,其中韩国确诊病例增加较多。23日,韩国政府已将新冠肺炎疫情预警上调至最高的“严重”级别。此外,意大利、伊朗等国家新增病例也有所增加。\n\n"
            "  根据韩国疾病管理本部的最新通报,当地时间23日9时至16时,韩国又新增新冠病毒感染病例46例,新增死亡病例1例。目前,韩国累计确诊病例已攀升至602例,其中累计死亡5例。\n\n"
            "  据世界卫生组织最新统计数据,停靠在日本横滨港的“钻石公主”号邮轮累计确诊新冠病毒感染病例634例。截至22日,“钻石公主”号邮轮上尚有约300名乘客和1000名船员。\n\n"
            "  日本厚生劳动省22日晚公布了当天全国汇总感染者数据,不包括“钻石公主”号邮轮在内,日本国内各地共新增27例确诊病例。这27例新增病例中有一例是19日离开“钻石公主”号邮轮回家的日本人。\n\n"
            "  据日本广播协会(NHK)电视台23日下午公布的最新统计数据,日本47个都道府县中共有16个发现新冠病毒感染确诊病例。包括“钻石公主”号邮轮的634例确诊病例在内,日本共有确诊病例773例。"
        ),
        published="2020-02-24 10:10",
        city=None,
        expect=[
            ("confirmed_new", "韩国", "2020-02-23", 46, "", ""),
            ("deaths_new", "韩国", "2020-02-23", 1, "", ""),
            ("confirmed_total", "韩国", "2020-02-23", 602, "", ""),
            ("deaths_total", "韩国", "2020-02-23", 5, "", ""),
            ("confirmed_total", "钻石公主号", "2020-02-23", 634, "", ""),
            ("confirmed_new", "日本", "2020-02-22", 27, "", ""),
            ("confirmed_total", "日本", "2020-02-23", 773, "", ""),
        ],
        note="新华社 world round-up (a regional portal's copy; the 文在寅 paragraph left out). Lead and body state 773/602 once each. 韩国: 23日9时至16时 window kept as "
        "23日's new (reading choice); 目前 takes 23日. The ship is its own region; its 634 has no date of its own: the dateline's 23日 (NHK's 23日 figure "
        "repeats it); 约300名乘客和1000名船员 are people aboard, no metric. 日本: 22日…当天…新增27例 → 2月22日; 773 includes the ship as the text says (reading "
        "choice). 47个都道府县/16个 count prefectures; 一例…日本人 describes one of the 27; 意大利/伊朗 get no figure",
        source="https://bbrtv.com/2020/0224/529467.html",
    ),
    dict(
        id="bl-fd-none-0324-korea-japan-tokyo-brazil-states",
        text=(
            "韩国\n据韩媒报道,韩国中央防疫对策本部25日通报,当地时间24日0时至25日0时,韩国新增100例新冠肺炎确诊病例,累计确诊9137例。另外,截至目前,韩国国内累计死亡病例增至127例。\n"
            "日本\n据日本放送协会(NHK)25日凌晨的消息,24日,日本国内共新增71例新冠肺炎确诊病例,创单日增幅新高。截至目前,日本累计新冠肺炎确诊病例已增至1211例。据报道,24日,日本东京都还新增1例死亡病例,目前,日本国内新冠肺炎累计死亡病例为43例。\n"
            "巴西\n巴西卫生部24日宣布,该国新增新冠肺炎确诊病例310例,累计2201例;死亡病例新增12例,累计46例。据巴西卫生部当天发布的数据,圣保罗州和里约热内卢州是巴西疫情最为严重的地区,两地确诊病例分别超过800例和300例,死亡病例分别为40例和6例。(备注:信息来源“中国新闻网”。)"
        ),
        published="2020-03-25",
        city=None,
        expect=[
            ("confirmed_new", "韩国", "2020-03-24", 100, "", ""),
            ("confirmed_total", "韩国", "2020-03-24", 9137, "", ""),
            ("deaths_total", "韩国", "2020-03-24", 127, "", ""),
            ("confirmed_new", "日本", "2020-03-24", 71, "", ""),
            ("confirmed_total", "日本", "2020-03-24", 1211, "", ""),
            ("deaths_new", "东京都", "2020-03-24", 1, "", ""),
            ("deaths_total", "日本", "2020-03-24", 43, "", ""),
            ("confirmed_new", "巴西", "2020-03-24", 310, "", ""),
            ("confirmed_total", "巴西", "2020-03-24", 2201, "", ""),
            ("deaths_new", "巴西", "2020-03-24", 12, "", ""),
            ("deaths_total", "巴西", "2020-03-24", 46, "", ""),
            ("confirmed_total", "圣保罗州", "2020-03-24", 800, "", "more_than"),
            ("confirmed_total", "里约热内卢州", "2020-03-24", 300, "", "more_than"),
            ("deaths_total", "圣保罗州", "2020-03-24", 40, "", ""),
            ("deaths_total", "里约热内卢州", "2020-03-24", 6, "", ""),
        ],
        note="world round-up based on 中国新闻网 (the global-total lead paragraph left out). 韩国: 24日0时至25日0时 is the 24th's report; 截至目前 in the same paragraph "
        "dated 24日 too (reading choice). 日本: 截至目前/目前 take 24日 from their paragraph; 东京都 (a foreign region as written) has its own death. 巴西 "
        "and its two states (分别…: respectively; 超过 → more_than) on 24日 (当天). 创单日增幅新高 is no figure. Month from the 3月 source; no date on the "
        "page: published = 3月25日 (the reports' day)",
        source="http://m.360amy.com/jiankangbaike/25469.html",
    ),
]
