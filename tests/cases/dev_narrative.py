"""Golden extraction cases from REAL narrative news (development set), Jan–Apr 2020.

Same format and conventions as dev_cases.py (read its docstring), dev_realworld.py and
ANNOTATION.md:

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

What this table is: a city's OWN narrative news about itself (a city or county paper, the
paper's website or app, a city TV/融媒体 site, a development zone's or county's own news
page, a city press conference as the local media wrote it up): discharge stories, "清零"
stories, zone and county resumption stories, workers leaving on special buses, company
features. No text comes from Hunan or mentions 株洲, none from the DXY feed. A few stories
about one city come from a regional paper or a wire service (南国早报, 中国日报, 中新社,
新华社, 台湾网); the note says so. `city` is always the prefecture-level home city in full.

Every `text` is a verbatim excerpt (whole paragraphs or sentences, as found: traditional
characters, half-width `, ( ) :`, pinyin glosses, doubled commas and photo captions kept).
`source` is the page the text was read from.

`published`: the page's own date (with its time when the page gives one). Where the page
shows no date, the note says what was used (the date the story itself reports, or the
repost date encoded in a ttnews.xyz page id); every such case dates its figures explicitly,
so `published` only supplies the year. Cases with expect=[] may have published=None.

Ways of writing covered (each at least four times; see the notes):
  (1) counts in words / loose units (三名, 两名, 6位患者, 最后一名 … in a one-discharge story)
  (2) implied figures said once (全部治愈出院 with the total, 清零/动态清零, 零死亡)
  (3) today's versus the total in a noun phrase (当天出院的三名患者, 确诊的9例…中)
  (4) zones are places (高新区, 经开区, 钱塘新区, 台商投资区, 创业园, 中关村东城园 …)
  (5) a comparison's baseline date is not the figure's date (较前一天, 相比3月5日, 高于全省23日…)
  (6) proportions in words (超六成, 六成以上, 过半, 百分之八十左右, 接近九成/近9成), and
      proportions in words that are no metric (客流恢复三成, 出货量六成)
  (7) workers leaving for jobs elsewhere are not workers returning
  (8) a figure stays with its own company in a list of companies
plus discharge reports (recovered_new) and pages that name the city but state no figure.

Choices made here beyond dev_cases.py / ANNOTATION.md (listed so they can be argued with):

* A story about ONE discharge (首例…治愈出院, 最后一名确诊患者…出院, a named patient)
  gives recovered_new 1 for the place the story attributes the patient to, on the day of
  the discharge. The patient's home town (余姚人, 蓬安县, 灵山县…人) is origin, not place.
* A hospital as grammatical subject (临沂市人民医院今日又有4名患者治愈出院) gives nothing, as
  ANNOTATION.md says; but a city statement of the same discharges (headline 又有3例出院 over
  全市已有7名…; 我市又有两名…; 6例…治愈出院…我县累计…20例) is the city's/county's.
  Patients of the home city treated in another city's centre (丹东市最后2例…在省集中救治大连
  中心治愈出院; 1例危重病例在太原市第四人民医院) stay the home city's.
* Implied: 全部治愈出院 after a stated total → confirmed_total and recovered_total;
  住院病例/在院治疗人数/确诊患者 清零 and 动态清零 → hospitalized 0; 疑似病例清零 or 疑似病例
  已全部解除隔离 → suspected 0; 密切接触者医学观察清零 or 密切接触者已全部解除隔离 →
  observation 0; 患者零死亡 → deaths_total 0; 仅余1例…仍在治疗 → hospitalized 1.
  已全部复工/复产 with no count gives no tuple (泰祥创业园 规上企业己全部复工); with a count
  (50家重点工业企业已全部复工) it gives sector_total and resumed, as in dev_cases.
* Zones: a zone named with its city in front keeps the generic part, as dev_cases does for
  株洲高新区 → 高新区 (福州高新区, 资阳 高新区 → 高新区; 临夏经开区 → 经开区); a zone with a
  proper name keeps it (钱塘新区, 福州台商投资区, 运河经济开发区, 中关村东城园, 泰祥创业园);
  bare 东侨 in a 宁德 list → 东侨经济技术开发区; 台州's 集聚区 stays 集聚区. A business area
  below district level (王府井地区) gives nothing, like a 街道.
* Where a story defines its own words: 复产率 computed over enterprises (46户…中已有36户
  复工复产,复产率78.26%) is resumption_rate; 复工率 computed over workers (用工8606人,
  到岗5363人,复工率62.32%) is worker_return_rate. 出院总人数达80% (a county's discharged
  share of its cases) is recovery_rate. 占…规上工业企业的91% is resumption_rate.
* 各N户…复产率均100%: sector_total N and resumption_rate 100 for each listed county; the
  resumed count is not written, so it is not expected.
* A rate restated in words elsewhere in the same text (title 近9成, body 接近九成) is one
  tuple 90 about; the exact rate (88.9) is its own tuple.
* Shares that are no metric stay out: 产能 (80-85%的产能, 产能利用率…的有359家), market
  share (80%来自科峰公司), footfall (人流量恢复至疫情前三成), cargo (出货的量…六成),
  electricity, output value (占全市的99.1%), seat occupancy (核定载客数50%).
* Workers who board a bus or train to jobs elsewhere (返岗复工人员, 外出务工人员, 农民工…
  赴浙江/开往上海) give no tuple for the home place; workers arriving to the home place's
  firms (定海区55家企业接回278名员工) are workers_returned there.
"""

CASES = [
    # ================================================================ 1. discharge stories (words, one patient, hospitals)
    dict(
        id="dv-nr-chuzhou-0214-headline-three-discharged",
        text=(
            "2020年02月15日\n第A01版:要闻\n\n又有3例出院\n\n全市已有7名确诊患者治愈出院\n\n"
            "本报讯(记者张开兴)2月14日上午,市级定点医院滁州市第二人民医院首批治愈的三名新冠肺炎确诊患者出院。截至目前,全市已累计治愈出院病例7例。\n\n"
            "当天出院的三名患者分别是来自琅琊区的陈某,凤阳县转入的潘某及其女儿,3人分别由其家人和所在地卫生健康部门接回,将按照规定继续进行隔离观察。"
        ),
        published="2020-02-15",
        city="滁州市",
        expect=[
            ("recovered_new", "滁州市", "2020-02-14", 3, "", ""),
            ("recovered_total", "滁州市", "2020-02-14", 7, "", ""),
        ],
        note="city paper's discharge story: headline 又有3例出院 over 全市已有7名 makes the three the city's (the only designated hospital is named as the place); "
        "三名 in words and 当天出院的三名患者 (today's, noun phrase) → recovered_new; 截至目前 takes 2月14日 from its paragraph; "
        "琅琊区/凤阳县 are residences of named patients, no district count; 首批, A01 are no figures",
        source="http://szbk.chuzhou.cn/czrb/pc/content/202002/15/content_5357.html",
    ),
    dict(
        id="dv-nr-linyi-0219-hospital-subject-city-total",
        text=(
            "2月19日,我市抗击疫情一线再度传来好消息,临沂市人民医院今日又有4名患者治愈出院,已连续6日持续有患者治愈出院。\n\n"
            "下午3时,4名新冠肺炎治愈患者在医护人员的陪同下走出市人民医院负压隔离病房,并向医务人员表达了他们深深的感激之情。4名患者在医护人员祝福中按要求分别乘专用车辆返回当地进行医学隔离观察。\n\n"
            "2月14日以来,我市已连续六天有患者治愈出院。截至目前,全市累计41名确诊患者出院。在当前防控形势的关键阶段,每每传来患者治愈出院的消息,总是特别振奋人心。\n\n"
            "截至目前,全市已累计出院新冠肺炎确诊患者41人。"
        ),
        published="2020-02-19",
        city="临沂市",
        expect=[
            ("recovered_total", "临沂市", "2020-02-19", 41, "", ""),
        ],
        note="the 4 discharges have the hospital as subject (临沂市人民医院今日又有4名…) → no tuple (ANNOTATION: one institution is not the city); "
        "连续6日/连续六天 are durations; 2月14日以来 is a start, so 截至目前 carries 2月19日 from the first paragraph; the total is stated twice = one tuple. "
        "Page undated (ttnews repost of a 临沂 local account); published = the day the story reports (今日 = 2月19日)",
        source="https://p2.ttnews.xyz/a/5e4e8792dc9b5e2652dbf8f8?lang=zh-hans",
    ),
    dict(
        id="dv-nr-dezhou-0220-liangming-other-hospital",
        text=(
            "德城區患者康某\n樂陵市患者張某\n"
            "德州新聞網訊(德州晚報全媒體記者侯進高家輝通訊員王法成攝影報道)\n"
            "2月20日,我市又有兩名新冠肺炎患者兩次核酸檢測為陰性,臨床治愈出院。本次出院的兩人均為此前我市集中轉送到省胸科醫院救治的患者,也是省胸科醫院集中收治病人后首批治愈的患者。截至目前,德州已有11名新冠肺炎患者治愈出院。\n"
            "為全力做好新冠肺炎患者的集中救治,12日起,我市確診病例集中轉送到省胸科醫院救治,截至2月18日24時,已轉送25名患者。20日當天,省胸科醫院集中收治后的首批6名患者治愈出院,其中三人來自淄博,一人來自泰安,兩人來自德州。"
        ),
        published="2020-02-20",
        city="德州市",
        expect=[
            ("recovered_new", "德州市", "2020-02-20", 2, "", ""),
            ("recovered_total", "德州市", "2020-02-20", 11, "", ""),
        ],
        note="德州晚报 (traditional mirror): 兩名 in words → recovered_new 2 although the patients were treated in the provincial hospital in Jinan; "
        "the hospital's 首批6名 and 淄博/泰安 patients are not Dezhou's; 已轉送25名患者 (transfers) has no metric; photo captions 德城區/樂陵市患者 give no district count. "
        "Page undated; published = the story's day (2月20日…20日當天)",
        source="http://m.nxhuan.com/yxkx/p/1494335.html",
    ),
    dict(
        id="dv-nr-ningbo-0131-first-discharge-one-patient",
        text=(
            "快讯丨宁波首例!新型冠状病毒感染的肺炎患者治愈出院\n\n栏目:热点资讯  时间:2020-02-16\n手机版\n\n"
            "  1月31日下午4点26分,在宁波召开的新型冠状病毒感染肺炎疫情防控工作新闻发布会上,传来好消息:今天,宁波市有新型冠状病毒感染的肺炎患者治愈出院了,这是宁波首例!\n\n"
            "  \n\n  发布会现场。\n\n"
            "  31日下午,经医护人员精心诊治和护理,余姚市人民医院接诊的一例新型冠状毒感染的肺炎患者救治情况良好,符合出院标准,于今日出院。\n\n"
            "  据悉,该患者为男性,26岁,余姚人,武汉就读大学生。1月20日从武汉回余姚,1月22日确诊为新型冠状病毒感染的肺炎,收住余姚市定点收治医院余姚市人民医院。"
        ),
        published="2020-02-16",
        city="宁波市",
        expect=[
            ("recovered_new", "宁波市", "2020-01-31", 1, "", ""),
        ],
        note="city press conference on the first discharge: a story about one patient → recovered_new 1 for 宁波市; 今天/今日 take 1月31日 from their sentences, not the repost date 2020-02-16; "
        "首例 is an ordinal; 余姚人 is residence and 余姚市人民医院 the hospital, so no 余姚市 tuple; 26岁, 1月20日, 1月22日 are no figures",
        source="https://265xx.com/w424/24921.html",
    ),
    dict(
        id="dv-nr-yuncheng-0218-first-severe-discharge-counties",
        text=(
            "我市首例新冠肺炎重症患者治愈出院\n\n截至目前全市累计治愈出院患者14例\n\n来源:运城日报发布者:李宏伟时间:2020-02-20\n\n"
            "本报讯(记者 李宏伟)2月19日,记者从运城市新型冠状病毒肺炎疫情防控指挥部获悉,我市首例新冠肺炎重症患者2月18日从太原市第四人民医院治愈出院。截至目前,我市累计治愈出院患者14例。\n\n"
            "据了解,截至2月18日12时,全市累计确诊病例19例(新绛县5例、平陆县4例、盐湖区3例、河津市2例、芮城县1例、万荣县1例、夏县1例、绛县1例、稷山县1例),累计治愈出院14例。目前在院治疗5例。其中,4例在运城市第二医院隔离治疗,目前病情平稳,1例危重病例在太原市第四人民医院隔离治疗。"
        ),
        published="2020-02-20",
        city="运城市",
        expect=[
            ("recovered_new", "运城市", "2020-02-18", 1, "", ""),
            ("recovered_total", "运城市", "2020-02-18", 14, "", ""),
            ("confirmed_total", "运城市", "2020-02-18", 19, "", ""),
            ("confirmed_total", "新绛县", "2020-02-18", 5, "", ""),
            ("confirmed_total", "平陆县", "2020-02-18", 4, "", ""),
            ("confirmed_total", "盐湖区", "2020-02-18", 3, "", ""),
            ("confirmed_total", "河津市", "2020-02-18", 2, "", ""),
            ("confirmed_total", "芮城县", "2020-02-18", 1, "", ""),
            ("confirmed_total", "万荣县", "2020-02-18", 1, "", ""),
            ("confirmed_total", "夏县", "2020-02-18", 1, "", ""),
            ("confirmed_total", "绛县", "2020-02-18", 1, "", ""),
            ("confirmed_total", "稷山县", "2020-02-18", 1, "", ""),
            ("hospitalized", "运城市", "2020-02-18", 5, "", ""),
            ("critical", "运城市", "2020-02-18", 1, "", ""),
        ],
        note="运城日报: a story about one (the first severe) patient's discharge → recovered_new 1 on 2月18日 (首例 is an ordinal, not the count); "
        "the patient was treated in 太原, still 运城's; 4例在运城市第二医院 is a hospital's share (no tuple); 1例危重病例 in a 太原 hospital is 运城's current critical; "
        "截至目前 in the lead takes 2月18日 from its sentence (2月19日 is the day the reporter learned it, 获悉, and dates nothing); the headline total is the body total",
        source="http://www.sxycrb.com/2020-02/20/content_158268.html",
    ),
    dict(
        id="dv-nr-dazhou-0309-two-discharged-one-left",
        text=(
            "達州僅餘1例確診患者仍在進一步治療\n\n"
            "  3月9日晚8時許,達州又有兩名新冠肺炎確診患者達到治癒標準,辦理了出院手續。至此,達州僅餘1例確診患者仍在進一步治療。\n\n"
            "  當晚8時許,記者在市中心醫院西區分院看到,患者曾某走出了隔離病區。據瞭解,曾某來自開江縣,女,2月23日核酸檢測陽性,收入開江縣人民醫院,隨即隔離治療。2月25日,轉入市中心醫院西區分院隔離病區,經抗感染、抗病毒、中西醫和對症支持等治療,已連續3日檢測體溫正常,兩次間隔24小時核酸檢測為陰性,呼吸道症狀完全消失,達到治癒出院標準。患者出院後,將前往當地集中隔離點醫學觀察14天。曾某是達州目前最晚確診的1例新冠肺炎患者。\n\n"
            "  同時,記者瞭解到,當天還有一名來自開江的確診患者李某治癒出院。患者李某,女,在隔離醫學觀察期間,於2月12日出現症狀,轉入開江縣人民醫院,隨即隔離治療,之後被轉入市中心醫院西區分院隔離病區治療。經過治療後,李某已達到痊癒出院標準,並於9日當天辦理了出院手續。但最後一名仍在治療的82歲高齡的確診患者谷某系李某親屬,所以李某當日沒有走出隔離病區,自願留在隔離病區進行隔離醫學觀察,準備等谷某痊癒後,一起走出隔離病區。\n\n"
            "  截至9日晚8時許,達州確診的42名新冠肺炎患者中,治癒出院人數累計達到了41人,僅餘1例存量確診病例仍在進一步治療中。除開江縣外,達州其他縣(市、區)都已實現確診病例“動態清零”。(來源:中國達州)"
        ),
        published="2020-03-12",
        city="达州市",
        expect=[
            ("recovered_new", "达州市", "2020-03-09", 2, "", ""),
            ("hospitalized", "达州市", "2020-03-09", 1, "", ""),
            ("confirmed_total", "达州市", "2020-03-09", 42, "", ""),
            ("recovered_total", "达州市", "2020-03-09", 41, "", ""),
        ],
        note="中国达州 (traditional repost): 兩名 → recovered_new; 達州確診的42名…患者中 (noun phrase) → confirmed_total 42 with the recovered total 41; "
        "僅餘1例…仍在治療 → hospitalized 1 (title, lead and last paragraph say it three times); 動態清零 of unnamed 其他縣(市、區) gives no tuple; "
        "一名 (李某) is one of the two; 3日, 24小時, 14天, 82歲, 最晚確診的1例 are no figures; 截至9日 takes March from the paragraph. "
        "Page undated: published is the repost date in the ttnews id",
        source="https://ttnews.xyz/a/5e69b3c6dc9b5e3558771c35?lang=zh-hant",
    ),
    dict(
        id="dv-nr-qinzhou-0223-named-patient-regional-paper",
        text=(
            "我区又有6例新冠肺炎患者治愈出院 钦州市疑似病例和密切接触者已全部解除隔离\n"
            "钦州新冠肺炎患者刘某(右)康复出院。 杨本忠摄\n欣慰\n"
            "南国早报南宁讯(记者周如雨钟小启通讯员杨本忠)我区战“疫”又传来令人欣慰的消息,23日和24日,南宁、钦州两地共6例新冠肺炎患者治愈出院。截至24日,钦州市疑似病例和密切接触者已全部解除隔离。\n"
            "2月24日,记者从南宁市卫生健康委员会获悉,经南宁市专家组评估,认为南宁市第四人民医院2月24日申报治愈出院的5例确诊病例:李某某、祝某某、李某某、欧某某、蒙某某,达到出院标准。2月24日上午10时,5名患者治愈出院。至此,南宁市已累计治愈出院34例。\n"
            "2月23日下午,钦州市新冠肺炎患者刘某在灵山县人民医院治愈出院;24日,钦州市无新增确诊病例。目前,该市累计确诊病例8例,治愈出院7例,还有1例已转院至自治区人民医院邕武医院接受治疗;疑似病例和密切接触者已全部解除隔离。\n"
            "据悉,治愈出院患者刘某今年28岁,灵山县檀圩镇人。23日下午,刘某在医护人员的陪伴下,手捧鲜花和中药煎液包走出隔离病房。确诊时没哭的她,在这一刻却流泪了。"
        ),
        published="2020-02-25",
        city="钦州市",
        expect=[
            ("recovered_new", "钦州市", "2020-02-23", 1, "", ""),
            ("confirmed_new", "钦州市", "2020-02-24", 0, "", ""),
            ("confirmed_total", "钦州市", "2020-02-24", 8, "", ""),
            ("recovered_total", "钦州市", "2020-02-24", 7, "", ""),
            ("hospitalized", "钦州市", "2020-02-24", 1, "", ""),
            ("suspected", "钦州市", "2020-02-24", 0, "", ""),
            ("observation", "钦州市", "2020-02-24", 0, "", ""),
        ],
        note="regional paper (南国早报) on 钦州 (yybnet local channel): one named patient's discharge → recovered_new 1 on 2月23日; 还有1例…接受治疗 → hospitalized 1; "
        "疑似病例和密切接触者已全部解除隔离 → suspected 0 and observation 0 (implied, said twice = once); 我区 = 广西 and 两地共6例 are not 钦州's; "
        "南宁's 5/34 are another city; 灵山县 is the hospital's and the patient's home, no county tuple; 目前 takes 24日 from its sentence, month from publication. "
        "Page undated: published = the day after the reported 24日",
        source="https://m.yybnet.net/qinzhou/lingshan/202002/10224132.html",
    ),
    dict(
        id="dv-nr-dingxi-0215-confirmed-nine-noun-phrase-counties",
        text=(
            "记者从甘肃省定西市卫生健康委了解到,2月15日16时许,定西市陇西县又有3名新冠肺炎患者治愈出院。当日上午,定西市渭源县已有1名新冠肺炎患者治愈出院。\n"
            "截至目前,定西市确诊的9例新冠肺炎患者中已治愈出院8例。\n"
            "患者徐某某、包某某、苏某某于2月5日收住入院。在陇西县第一人民医院经过治疗后,3名患者已连续多日体温恢复正常,咳嗽等呼吸道症状消失,徐某某、包某某2人于2月12日、14日两次核酸检测阴性,苏某某于2月12日、15日核酸检测阴性,2月15日下午经甘肃省市级专家会诊,符合出院标准,解除隔离、治愈出院。"
        ),
        published="2020-02-16",
        city="定西市",
        expect=[
            ("recovered_new", "陇西县", "2020-02-15", 3, "", ""),
            ("recovered_new", "渭源县", "2020-02-15", 1, "", ""),
            ("confirmed_total", "定西市", "2020-02-15", 9, "", ""),
            ("recovered_total", "定西市", "2020-02-15", 8, "", ""),
        ],
        note="中国日报 Gansu bureau on 定西: 定西市确诊的9例…患者中已治愈出院8例 (total in a noun phrase) → confirmed_total 9 and recovered_total 8; "
        "county discharges go to the counties; 当日上午…已有1名…治愈出院 is that morning's discharge (已有 is not 累计/共/总), so recovered_new; the city's day total (3+1) is not written, so not expected; 当日 = 2月15日; "
        "截至目前 alone in its paragraph carries 2月15日; 2人, 两次, 2月5日/12日/14日 are no figures",
        source="https://cnews.chinadaily.com.cn/a/202002/16/WS5e48b943a3107bb6b579fe6d.html",
    ),
    # ================================================================ 2. discharge reports (county and city)
    dict(
        id="dv-nr-taishun-0301-county-three-and-share",
        text=(
            "泰顺新闻网讯 经温州医科大学附属第二医院瓯江口院区、泰顺县中医院等医院医务工作者的精心治疗和护理下,3月1日,我县又有3例新冠肺炎患者治愈出院,出院总人数达80%。\n"
            "据了解,该批出院的治愈病例,已复查胸部CT感染灶明显吸收,2次咽拭子新型冠状病毒检测阴性,各项生命体征平稳,经专家组研判后认为达到出院标准,予以出院。截至3月1日,全县累计有16例新冠肺炎患者治愈出院。\n"
            "(编辑 周晓叶 来源:县卫生健康局)"
        ),
        published="2020-03-01",
        city="温州市",
        expect=[
            ("recovered_new", "泰顺县", "2020-03-01", 3, "", ""),
            ("recovered_total", "泰顺县", "2020-03-01", 16, "", ""),
            ("recovery_rate", "泰顺县", "2020-03-01", 80, "", ""),
        ],
        note="county news site (我县 = 泰顺县, city 温州市): discharge report → recovered_new; 出院总人数达80% (share of the county's cases discharged) → recovery_rate; "
        "瓯江口院区 is a hospital campus named after a zone, not the zone's figure; 2次 is a test count",
        source="http://www.tsxw66.com/system/2020/03/01/013713073.shtml",
    ),
    dict(
        id="dv-nr-tongcheng-0217-six-discharged-wei",
        text=(
            "(全媒体记者 黄争光 通讯员 吴林艳)2月17日,从通城县人民医院传出振奋人心的好消息,6例新冠肺炎患者治愈出院(含1例临床诊断患者),我县累计治愈新冠肺炎患者总数达20例。\n"
            "在治愈出院的6位患者中,年龄最大的57岁,年纪最小的20岁。他们在接受治疗后,连续10天以上体温正常,肺部影像正常,两次核酸检测(间隔24小时)均呈阴性,符合国家第五版的出院标准。医生要求出院患者在家做好自我隔离,医院将定期对他们进行回访。"
        ),
        published="2020-02-17",
        city="咸宁市",
        expect=[
            ("recovered_new", "通城县", "2020-02-17", 6, "", ""),
            ("recovered_total", "通城县", "2020-02-17", 20, "", ""),
        ],
        note="county 融媒体 discharge report (我县 = 通城县, city 咸宁市; Hubei is not Hunan): the hospital is where the news came from, the 6 are the county's (its total follows); "
        "6位患者 restates the 6 with a loose unit; (含1例临床诊断患者) is a part; ages, 10天, 两次, 24小时, 第五版 are no figures",
        source="http://tongcheng.cjyun.org/p/30631.html",
    ),
    # ================================================================ 3. implied figures (全部治愈, 清零)
    dict(
        id="dv-nr-qiantang-0304-zone-last-one-all-recovered",
        text=(
            "清零!杭州钱塘新区8例确诊患者全部治愈出院 |\n"
            "hwyst.hangzhou.com.cn 2020年03月06日 13:26:13 星期五 |\n"
            "杭州网讯 3月4日,记者获悉,杭州钱塘新区最后一名新冠肺炎确诊患者痊愈出院。至此,新区8例确诊患者全部治愈出院。 当天傍晚17时40分,接送康复患者陈先生的专车回到新区。“在医院待了20多天,太想念外面的世界了。谢谢医院的医护人员,多亏了他们的照顾。这几天还要麻烦观察隔离点的工作人员了,谢谢!”陈先生的话语里满满都是喜悦。"
        ),
        published="2020-03-06 13:26",
        city="杭州市",
        expect=[
            ("recovered_new", "钱塘新区", "2020-03-04", 1, "", ""),
            ("confirmed_total", "钱塘新区", "2020-03-04", 8, "", ""),
            ("recovered_total", "钱塘新区", "2020-03-04", 8, "", ""),
            ("hospitalized", "钱塘新区", "2020-03-04", 0, "", ""),
        ],
        note="zone (杭州钱塘新区 → 钱塘新区, not 杭州市); 最后一名…痊愈出院 → recovered_new 1; 新区8例确诊患者全部治愈出院 (total in a noun phrase, said in title and body) "
        "→ confirmed_total 8 and recovered_total 8; 清零 in the title → hospitalized 0; 至此/当天 take 3月4日; 20多天 and 17时40分 are no figures",
        source="https://hwyst.hangzhou.com.cn/xwfb/content/2020-03/06/content_7689940.htm",
    ),
    dict(
        id="dv-nr-dandong-0317-all-cleared-treatment-centre",
        text=(
            "丹東新冠肺炎確診病例全部治愈出院\n\n"
            "2020-03-19 20:05:08  |  來源:丹東新聞網  |  編輯:李靜   |  責編:胡曉萌\n\n"
            "  3月17日,丹東市最後2例新冠肺炎確診病例在省集中救治大連中心治愈出院,至此,丹東市累計確診的11例病例已全部治愈出院,實現了住院病例“清零”,疑似病例“清零”,本地確診病例在丹的密切接觸者醫學觀察“清零”,患者零死亡,醫護人員零感染。"
        ),
        published="2020-03-19 20:05",
        city="丹东市",
        expect=[
            ("recovered_new", "丹东市", "2020-03-17", 2, "", ""),
            ("confirmed_total", "丹东市", "2020-03-17", 11, "", ""),
            ("recovered_total", "丹东市", "2020-03-17", 11, "", ""),
            ("hospitalized", "丹东市", "2020-03-17", 0, "", ""),
            ("suspected", "丹东市", "2020-03-17", 0, "", ""),
            ("observation", "丹东市", "2020-03-17", 0, "", ""),
            ("deaths_total", "丹东市", "2020-03-17", 0, "", ""),
        ],
        note="丹东新闻网 (traditional cri mirror): every implied figure once — 累計確診的11例…已全部治愈出院 → confirmed_total and recovered_total 11; "
        "住院病例清零 → hospitalized 0; 疑似病例清零 → suspected 0; 密切接觸者醫學觀察清零 → observation 0; 患者零死亡 → deaths_total 0; "
        "最後2例 are 丹东's patients although treated in the Dalian centre (not Dalian's figure); 醫護人員零感染 has no metric; 至此 = 3月17日",
        source="https://big5.cri.cn/gate/big5/ln.cri.cn/20200319/2cffce1d-4b10-f835-d591-d92bedd77476.html",
    ),
    dict(
        id="dv-nr-hebi-0302-double-clear-quoted-conference",
        text=(
            "“双清零”背后的鹤壁战“疫”必胜密码———写在我市新冠肺炎确诊病例、疑似病例清零之际\n"
            "2020-03-04 03:11:16\n□本报记者 常凯 赵静\n"
            "“截至3月2日24时,我市累计报告新冠肺炎确诊病例19例,累计出院19例;追踪到密切接触者130人,已解除医学观察130人……”3月3日,我市疫情防控工作第九次新闻发布会上传出好消息,目前我市新冠肺炎确诊病例全部治愈出院,确诊病例、疑似病例清零,成为我省第七个清零的城市。"
        ),
        published="2020-03-04 03:11",
        city="鹤壁市",
        expect=[
            ("confirmed_total", "鹤壁市", "2020-03-02", 19, "", ""),
            ("recovered_total", "鹤壁市", "2020-03-02", 19, "", ""),
            ("close_contacts_total", "鹤壁市", "2020-03-02", 130, "", ""),
            ("observation_released_total", "鹤壁市", "2020-03-02", 130, "", ""),
            ("hospitalized", "鹤壁市", "2020-03-02", 0, "", ""),
            ("suspected", "鹤壁市", "2020-03-02", 0, "", ""),
        ],
        note="鹤壁日报 feature: 双清零 / 确诊病例、疑似病例清零 → hospitalized 0 and suspected 0 (said in title and body = once); 全部治愈出院 repeats the quoted 19; "
        "3月3日 is the press conference (a meeting's date captures nothing), so 目前 restates the quoted 截至3月2日24时 data; "
        "第九次, 第七个 are ordinals; the remaining-contacts count (130-130) is a difference, not expected",
        source="https://paper.hebiw.com/epaper/hbrb/2020/03/04/RB01/story/3523633.shtml",
    ),
    dict(
        id="dv-nr-nanchong-0310-all-39-last-one",
        text=(
            "截至10日24时 南充确诊患者“清零”\n"
            "3月11日凌晨0时41分,市卫健委官网发布消息称,截至10日24时, 南充公布确诊39例新冠肺炎患者,已全部治愈出院。至此,南充市收治的新冠肺炎确诊患者全部治愈“清零”。11日上午,市中心医院在该院嘉陵院区为最后一名治愈者陈先生举行了简单的送行仪式。目前,这名由蓬安县转至市中心医院嘉陵院区治愈的新冠肺炎确诊患者已转入隔离观察阶段。\n"
            "确诊病例“清零” 医护人员流下热泪\n"
            "据了解, 达到出院标准的确诊患者陈先生的老家在蓬安县。近几年,陈先生一直在武汉工作。 今年1月中旬,他驾车返回老家, 之后出现染病症状, 经检查确诊为新冠肺炎被收治隔离治疗,他是南充公布的39例新冠肺炎确诊患者中, 最后一名达到治愈出院标准的患者。\n"
            "3月10日下午,经过治疗观察及专家评估后, 陈先生被宣告达到治愈出院标准。"
        ),
        published="2020-03-11",
        city="南充市",
        expect=[
            ("confirmed_total", "南充市", "2020-03-10", 39, "", ""),
            ("recovered_total", "南充市", "2020-03-10", 39, "", ""),
            ("hospitalized", "南充市", "2020-03-10", 0, "", ""),
            ("recovered_new", "南充市", "2020-03-10", 1, "", ""),
        ],
        note="南充 local paper via yybnet: 公布确诊39例…已全部治愈出院 → confirmed_total and recovered_total 39; 收治的…确诊患者全部治愈清零 → hospitalized 0; "
        "the last patient 达到治愈出院标准 on 3月10日下午 → recovered_new 1 (one-discharge story; the 11日 ceremony is not a new discharge); "
        "南充公布的39例…确诊患者中 restates the total; 蓬安县 is his home town, 武汉 his workplace: no tuples; 截至10日 takes March from the paragraph. "
        "Page undated: published = the 11日 the story reports",
        source="https://m.yybnet.net/nanchong/pengan/202003/10275426.html",
    ),
    dict(
        id="dv-nr-huangshi-0327-inpatients-cleared",
        text=(
            "2020年3月27日\n黄石,清零!\n刚刚黄石最后的新冠肺炎病人\n从黄石“小汤山”黄石市中医医院(市传染病医院)团城山院区\n痊愈出院\n"
            "至此,黄石新冠肺炎患者\n在院治疗人数清零\n这一天,黄石人终于等到了!\n△黄石最后的新冠肺炎患者治愈出院"
        ),
        published="2020-03-27",
        city="黄石市",
        expect=[
            ("hospitalized", "黄石市", "2020-03-27", 0, "", ""),
        ],
        note="city TV (黄石广播电视台) social-media layout, one clause per line: 在院治疗人数清零 → hospitalized 0; 最后的…病人 gives no count; "
        "the hospital campus name is not a place; 2020年3月27日 at the top dates 至此",
        source="http://m-huangshifb.cjyun.org/p/268521.html",
    ),
    dict(
        id="dv-nr-tongcheng-0314-workers-leave-county-cleared",
        text=(
            "新華社武漢3月15日電(記者梁建強(qiáng))作為湖北省咸寧市率先實(shí)現(xiàn)新冠肺炎住院患者治愈“清零”的縣,,通城縣正有序組織,,點(diǎn)對(duì)點(diǎn)接應(yīng)、一站式直達(dá),,送外出務(wù)工人員返崗,。目前,,首批人員已經(jīng)集中直達(dá)浙江義烏。\n"
            "據(jù)悉,,首批返崗的外出務(wù)工人員共43人,。3月14日上午,這些人員乘坐長(zhǎng)途大巴,,啟程前往義烏返崗上班,。\n"
            "據(jù)悉,通城是全國(guó)勞務(wù)輸出示范縣,,在外務(wù)工經(jīng)商人員多年達(dá)12萬(wàn)人左右,。今年3月4日,隨著最后一名確診患者治愈出院,,通城縣成為咸寧市首個(gè)新冠肺炎住院患者全部“清零”的縣,。"
        ),
        published="2020-03-15",
        city="咸宁市",
        expect=[
            ("recovered_new", "通城县", "2020-03-04", 1, "", ""),
            ("hospitalized", "通城县", "2020-03-04", 0, "", ""),
        ],
        note="Xinhua on one county, as found on a mirror with pinyin glosses and doubled commas: 43 workers leaving for 义乌 (返崗 in the text) give no workers_returned; "
        "12萬人 working away is no figure; 隨著最后一名確診患者治愈出院 → recovered_new 1 and 住院患者全部清零 → hospitalized 0 on 3月4日 (the lead restates the 清零 without a date); "
        "首個 is an ordinal",
        source="https://feifmx.com/domesticgd/10000159/20200316/37920788.html",
    ),
    # ================================================================ 4. zones, counties and press conferences
    dict(
        id="dv-nr-taizhou-0208-presser-bare-counties-zone",
        text=(
            "台州市新型冠状病毒感染的肺炎疫情防控工作第九场新闻发布会发言稿\n\n\n何善泽\n\n\n\n新闻界的各位朋友们:\n\n大家下午好!\n\n\n一、疫情基本情况\n\n\n"
            "2020年2月8日0时-24时,全市报告新冠肺炎新增确诊病例5例,其中椒江1例、黄岩1例、温岭2例、仙居1例;治愈出院8例。\n\n\n"
            "截至2月8日24时,我市累计报告新冠肺炎确诊病例138例,其中,椒江9例、黄岩20例、路桥13例、临海8例、温岭49例、天台8例、仙居13例、三门14例、集聚区4例。重症病例8例,其中,黄岩1例,温岭2例,仙居4例,三门1例。截止今日下午3时,新增出院病例2例,累计治愈出院27例。"
        ),
        published="2020-02-09",
        city="台州市",
        expect=[
            ("confirmed_new", "台州市", "2020-02-08", 5, "", ""),
            ("confirmed_new", "椒江区", "2020-02-08", 1, "", ""),
            ("confirmed_new", "黄岩区", "2020-02-08", 1, "", ""),
            ("confirmed_new", "温岭市", "2020-02-08", 2, "", ""),
            ("confirmed_new", "仙居县", "2020-02-08", 1, "", ""),
            ("recovered_new", "台州市", "2020-02-08", 8, "", ""),
            ("confirmed_total", "台州市", "2020-02-08", 138, "", ""),
            ("confirmed_total", "椒江区", "2020-02-08", 9, "", ""),
            ("confirmed_total", "黄岩区", "2020-02-08", 20, "", ""),
            ("confirmed_total", "路桥区", "2020-02-08", 13, "", ""),
            ("confirmed_total", "临海市", "2020-02-08", 8, "", ""),
            ("confirmed_total", "温岭市", "2020-02-08", 49, "", ""),
            ("confirmed_total", "天台县", "2020-02-08", 8, "", ""),
            ("confirmed_total", "仙居县", "2020-02-08", 13, "", ""),
            ("confirmed_total", "三门县", "2020-02-08", 14, "", ""),
            ("confirmed_total", "集聚区", "2020-02-08", 4, "", ""),
            ("severe", "台州市", "2020-02-08", 8, "", ""),
            ("severe", "黄岩区", "2020-02-08", 1, "", ""),
            ("severe", "温岭市", "2020-02-08", 2, "", ""),
            ("severe", "仙居县", "2020-02-08", 4, "", ""),
            ("severe", "三门县", "2020-02-08", 1, "", ""),
            ("recovered_new", "台州市", "2020-02-09", 2, "", ""),
            ("recovered_total", "台州市", "2020-02-09", 27, "", ""),
        ],
        note="city press conference on the 台州 paper's site: county names without suffix (椒江 → 椒江区, 温岭 → 温岭市, 三门 → 三门县) and a zone named only 集聚区 "
        "(台州湾 集聚区, kept as written); two discharge figures on two days — 治愈出院8例 for 2月8日, and 截止今日下午3时 新增出院2例/累计27例 for the conference day 2月9日; "
        "第九场 is an ordinal",
        source="http://taizhou.com.cn/xwfbt/col/2020-02/09/content_6320420.htm",
    ),
    dict(
        id="dv-nr-ningde-0229-company-zone-counties",
        text=(
            "宁德网消息(记者 张文奎 文/图) 3月2日,市市场监管局和特检院工作人员来到金盛水产,向企业提供技术支持和指导,保障企业特种设备运行平稳,目前该企业复工率达100%。记者从市工信局获悉,截至2月29日,全市1081家规上工业企业中,已复工企业达1010家,复工率为93.4%。全市50家重点工业企业已全部复工。\n"
            "市工信局工作人员介绍,规上工业企业对经济发展有很强的拉动作用,已复工的1010家规上工业企业,2019年产值约3320亿元,占全市的99.1%,将为我市经济社会稳定发展持续发力。数据显示,蕉城、东侨、福鼎规上工业企业复工率均达100%,福安、霞浦、屏南、寿宁、周宁、柘荣均在90%以上。"
        ),
        published="2020-03-03",
        city="宁德市",
        expect=[
            ("resumption_rate", "金盛水产", "2020-03-02", 100, "", ""),
            ("sector_total", "宁德市", "2020-02-29", 1081, "规上工业企业", ""),
            ("resumed", "宁德市", "2020-02-29", 1010, "规上工业企业", ""),
            ("resumption_rate", "宁德市", "2020-02-29", 93.4, "规上工业企业", ""),
            ("sector_total", "宁德市", "2020-02-29", 50, "重点工业企业", ""),
            ("resumed", "宁德市", "2020-02-29", 50, "重点工业企业", ""),
            ("resumption_rate", "蕉城区", "2020-02-29", 100, "规上工业企业", ""),
            ("resumption_rate", "东侨经济技术开发区", "2020-02-29", 100, "规上工业企业", ""),
            ("resumption_rate", "福鼎市", "2020-02-29", 100, "规上工业企业", ""),
            ("resumption_rate", "福安市", "2020-02-29", 90, "规上工业企业", "more_than"),
            ("resumption_rate", "霞浦县", "2020-02-29", 90, "规上工业企业", "more_than"),
            ("resumption_rate", "屏南县", "2020-02-29", 90, "规上工业企业", "more_than"),
            ("resumption_rate", "寿宁县", "2020-02-29", 90, "规上工业企业", "more_than"),
            ("resumption_rate", "周宁县", "2020-02-29", 90, "规上工业企业", "more_than"),
            ("resumption_rate", "柘荣县", "2020-02-29", 90, "规上工业企业", "more_than"),
        ],
        note="宁德网 (宁德日报 site): one company first (金盛水产, its own 100%, dated by 3月2日 in its sentence), then the city; 50家…已全部复工 → sector_total and resumed 50; "
        "bare names in a 均达/均在 list, one of them a zone (东侨 → 东侨经济技术开发区); 数据显示 carries 截至2月29日; 2019年产值, 占全市的99.1% are no resumption figures",
        source="http://ndwww.cn/xw/ndxw/2020/0303/154102.shtml",
    ),
    dict(
        id="dv-nr-dezhou-yunhe-0223-zone-trad",
        text=(
            "運河經濟開發(fā)區(qū): 規(guī)模以上企業(yè)100%復工復產\n\n 德州晚報訊(德州晚報全媒體記者張明凱)\n\n"
            "運河經濟開發(fā)區(qū)黨工委認真貫徹落實上級決策部署,堅持“一手抓疫情防控、一手抓復工復產”,把企業(yè)復工復產各項防控措施落細落實落到位,確?!皟墒肿?、兩不誤”。\n\n"
            "截至2月23日,全區(qū)已復工規(guī)模以上工業(yè)企業(yè)26家,新開工2家,在全市率先實現100%復工復產。規(guī)上企業(yè)人數為11378人,返工人員8628人,占比為75.8%。規(guī)下企業(yè)復工24家。同時,已為工業(yè)企業(yè)辦理《戰(zhàn)疫情保暢通通行證》174件,全力保障生產運營。"
        ),
        published="2020-02-24",
        city="德州市",
        expect=[
            ("resumed", "运河经济开发区", "2020-02-23", 26, "规模以上工业企业", ""),
            ("resumption_rate", "运河经济开发区", "2020-02-23", 100, "规模以上工业企业", ""),
            ("workers_returned", "运河经济开发区", "2020-02-23", 8628, "", ""),
            ("worker_return_rate", "运河经济开发区", "2020-02-23", 75.8, "", ""),
            ("resumed", "运河经济开发区", "2020-02-23", 24, "规下企业", ""),
        ],
        note="德州晚报 on a zone (traditional mirror with pinyin-tone glosses and garbled quote marks, kept): 全區 = the zone; 100%復工復產 (title and body once) is the zone's rate; "
        "返工人員8628人,占比為75.8% → workers_returned and worker_return_rate; 規上企業人數11378 is the base, 新開工2家 new starts, 174件 permits: no tuples. "
        "Page undated: published = the day after the data date (the 德州新闻网 article number sits among 20–25 Feb items)",
        source="http://m.rqjmxh.cn/p/1495074.html",
    ),
    dict(
        id="dv-nr-ziyang-gaoxin-0228-zone-share-91",
        text=(
            "高新区战“疫”和发展两手抓、两促进\n发布时间:2020-03-03   录入:资阳高新技术产业园区管理委员会\n\n"
            "截至2月28日12时,高新区已复工复产规上工业企业59户,占处于正常生产状态的规上工业企业的91%,规上工业复工人数7983人。中车资阳机车及其投资公司、南骏汽车及其配套企业、百威啤酒、共享铸造、大千药业等重点企业和爱齐、卡瓦等18户口腔企业自1月29日起先后复工复产。"
        ),
        published="2020-03-03",
        city="资阳市",
        expect=[
            ("resumed", "高新区", "2020-02-28", 59, "规上工业企业", ""),
            ("resumption_rate", "高新区", "2020-02-28", 91, "规上工业企业", ""),
            ("workers_returned", "高新区", "2020-02-28", 7983, "规上工业", ""),
            ("resumed", "高新区", "2020-02-28", 18, "口腔企业", ""),
        ],
        note="a development zone's own page (资阳高新区 → 高新区, not 资阳市): 占…规上工业企业的91% is the zone's resumption rate; named companies carry no figure; "
        "18户口腔企业…先后复工复产 is a resumed count; 自1月29日起 is a start, so the 截至2月28日12时 of the previous sentence dates it",
        source="http://gk.ziyang.gov.cn/details.aspx?dept=5&id=12839",
    ),
    dict(
        id="dv-nr-fuzhou-gaoxin-0225-zone-muqian-dateline",
        text=(
            "福州新闻网2月25日讯(福州晚报记者 徐文宇 通讯员 廖思兴)连日来,福州高新区各企业根据员工返岗和自身情况,推进复工复产,努力降低疫情对生产经营的影响。目前全区已有复工备案企业1134家,28873人复工。\n"
            "昨日,记者在福州天宇电气股份有限公司的生产车间看到,一排排自动化生产设备正在高速运转,所有的生产线全部开工运行。天宇电气是以电力装备研发、生产为主的高科技企业,于2月10日复工。"
        ),
        published="2020-02-25",
        city="福州市",
        expect=[
            ("resumed", "高新区", "2020-02-25", 1134, "复工备案企业", ""),
            ("workers_returned", "高新区", "2020-02-25", 28873, "", ""),
        ],
        note="福州晚报 on a zone (福州高新区 → 高新区; 全区 = the zone): 目前 takes the dateline's 2月25日 in its own paragraph (the page's 09:03 time is left out of `published` so that the morning-bulletin rule, meant for bulletins, does not compete); "
        "28873人复工 is workers returned; the company visited 昨日 has no figure (所有的生产线全部开工运行, 2月10日 is a start)",
        source="http://hxcsw.com/chengshizixun/2020/0225/c_123522959.html",
    ),
    dict(
        id="dv-nr-dongcheng-0321-district-zone-below-district",
        text=(
            "時間:2020-03-22 12:28來源:北京日報 作者: 點擊:次\n"
            "257棟樓宇全部配“雙樓長”,樓宇商超等企業(yè)全面推行“一米線”……昨天,記者從東城區獲悉,在做好疫情防控工作的同時,東城全力落實好復工復產工作,目前,全區257個納入監測的重點商務樓宇(園區)開工率達95%,區屬一、二級企業開工率達100%。\n"
            "記者自東城區防控辦了解到,截至目前,全區納入監測的重點商務樓宇(園區)257個,已開工244個,樓宇(園區)開工率95%。共入駐企業11211家,累計開工企業6325家,企業開工率56.42%,入駐企業員工30余萬人,到崗員工8.4萬余人。\n"
            "同時,中關村東城園對園區內31棟重點商務樓宇進行聯系摸排,31棟大樓共有租戶1420戶,在基本實現遠程辦公的基礎上,現場復工934戶;王府井地區納入統計範圍的11棟樓宇,共涉及入駐企業總戶數667家,累計開工485家,復工率72%,到崗上班員工達8124人,其余均于家中辦公。"
        ),
        published="2020-03-22 12:28",
        city="北京市",
        expect=[
            ("sector_total", "东城区", "2020-03-21", 257, "重点商务楼宇(园区)", ""),
            ("resumed", "东城区", "2020-03-21", 244, "重点商务楼宇(园区)", ""),
            ("resumption_rate", "东城区", "2020-03-21", 95, "重点商务楼宇(园区)", ""),
            ("resumption_rate", "东城区", "2020-03-21", 100, "区属一、二级企业", ""),
            ("sector_total", "东城区", "2020-03-21", 11211, "入驻企业", ""),
            ("resumed", "东城区", "2020-03-21", 6325, "入驻企业", ""),
            ("resumption_rate", "东城区", "2020-03-21", 56.42, "入驻企业", ""),
            ("workers_returned", "东城区", "2020-03-21", 84000, "", "more_than"),
            ("sector_total", "中关村东城园", "2020-03-21", 1420, "租户", ""),
            ("resumed", "中关村东城园", "2020-03-21", 934, "租户", ""),
        ],
        note="北京日报 (traditional repost), municipality as home: a district's figures (開工 = resumed) and a zone's (中關村東城園, kept as a place); "
        "王府井地區 is an area below district level → nothing; 257棟樓宇全部配雙樓長, 31棟, 11棟, 30余萬 employees are no figures; "
        "昨天 = 3月21日 (published after noon) dates 目前, and 截至目前 in the next paragraph carries it; 95% is said twice = once",
        source="http://m.7667359.com/jianzhuzixun/fangchan/522639.html",
    ),
    # ================================================================ 5. comparisons: the baseline date is not the figure's date
    dict(
        id="dv-nr-tianjin-0301-compare-previous-day-districts",
        text=(
            "  天津北方网讯:市工信局提供的数据显示,截至昨天16时,全市4630家规上工业企业合计复工4052家,较前一天增加27家,占全市规上工业的87.5%。\n\n"
            "  连日来,我市规上工业企业的复工分区分级有序推动,截至昨天16时,疫情防控低风险区平均复工率超过96%,其中东丽区复工率达到100%,滨海新区、宁河区、西青区复工率分别达到99.3%、99.3%、99.1%,津南区、静海区、北辰区、蓟州区复工率分别达到93.7%、93.3%、92.6%、88%。疫情防控中风险区平均复工率62.2%,其中河西区、和平区复工率分别达到80.8%、75%,武清区复工率为61%。"
        ),
        published="2020-03-02 08:29",
        city="天津市",
        expect=[
            ("sector_total", "天津市", "2020-03-01", 4630, "规上工业企业", ""),
            ("resumed", "天津市", "2020-03-01", 4052, "规上工业企业", ""),
            ("resumption_rate", "天津市", "2020-03-01", 87.5, "规上工业企业", ""),
            ("resumption_rate", "东丽区", "2020-03-01", 100, "规上工业企业", ""),
            ("resumption_rate", "滨海新区", "2020-03-01", 99.3, "规上工业企业", ""),
            ("resumption_rate", "宁河区", "2020-03-01", 99.3, "规上工业企业", ""),
            ("resumption_rate", "西青区", "2020-03-01", 99.1, "规上工业企业", ""),
            ("resumption_rate", "津南区", "2020-03-01", 93.7, "规上工业企业", ""),
            ("resumption_rate", "静海区", "2020-03-01", 93.3, "规上工业企业", ""),
            ("resumption_rate", "北辰区", "2020-03-01", 92.6, "规上工业企业", ""),
            ("resumption_rate", "蓟州区", "2020-03-01", 88, "规上工业企业", ""),
            ("resumption_rate", "河西区", "2020-03-01", 80.8, "规上工业企业", ""),
            ("resumption_rate", "和平区", "2020-03-01", 75, "规上工业企业", ""),
            ("resumption_rate", "武清区", "2020-03-01", 61, "规上工业企业", ""),
        ],
        note="天津日报 (municipality as home): 较前一天增加27家 is a change against a baseline day — no tuple; 占全市规上工业的87.5% is the rate; "
        "昨天 = published-1 = 3月1日; two 分别 lists; 低风险区/中风险区 averages (96%, 62.2%) belong to groups of districts, no region",
        source="http://news.enorth.com.cn/system/2020/03/02/038042267.shtml",
    ),
    dict(
        id="dv-nr-shanghai-0308-compare-march-5",
        text=(
            "东方网记者薛宁薇、曹子琛3月9日报道:今天下午,上海举行新冠肺炎疫情防控系列新闻发布会。记者从现场获悉,截至3月8日,本市规模以上工业企业复工率已达97%。\n\n"
            "上海市经济信息化委副主任张建明通报,自新版企业复工指南发布后,建筑工地由复工审批管理转为实行告知承诺、备案管理,复工复产速度明显提高。截至3月8日,本市房屋建筑和市政基础设施工程续建工地已复工1105个,复工率达到32.4%,相比3月5日几乎翻了一倍。从全市重大工程的复工情况上看,在128项续建项目中,已有57项实现复工,复工率44.5%。"
        ),
        published="2020-03-09 14:41",
        city="上海市",
        expect=[
            ("resumption_rate", "上海市", "2020-03-08", 97, "规模以上工业企业", ""),
            ("resumed", "上海市", "2020-03-08", 1105, "房屋建筑和市政基础设施工程续建工地", ""),
            ("resumption_rate", "上海市", "2020-03-08", 32.4, "房屋建筑和市政基础设施工程续建工地", ""),
            ("sector_total", "上海市", "2020-03-08", 128, "重大工程续建项目", ""),
            ("resumed", "上海市", "2020-03-08", 57, "重大工程续建项目", ""),
            ("resumption_rate", "上海市", "2020-03-08", 44.5, "重大工程续建项目", ""),
        ],
        note="东方网 on the city press conference (本市 = 上海市): 相比3月5日几乎翻了一倍 — 3月5日 is a baseline, no tuple and no date for the 32.4%; "
        "the 重大工程 sentence has no date of its own and takes 截至3月8日 from its paragraph; 今天下午 (3月9日) is the conference",
        source="https://n.eastday.com/news/1583735828011784",
    ),
    dict(
        id="dv-nr-linxia-0227-compare-province-day-zone",
        text=(
            "我州三十六户规模以上工业企业复工复产\n"
            "每日甘肃网2月27日讯 据民族日报报道(记者幸福)全州规模以上工业企业陆续复工复产,近日记者从州工信局获悉,截至目前,全州46户规模以上工业企业中,已有36户复工复产,复产率78.26%,高于全省23日复产率12.96个百分点;全州工业企业通常用工8606人,目前到岗5363人,复工率62.32%。\n"
            "从各县市工业企业复工复产情况来看,广河县、和政县规模以上企业各5户,临夏县、康乐县规模以上企业各1户,复产率均100%;临夏市规模以上企业11户,复产9户,复产率81.82%;永靖县规模以上企业12户,复产9户,复产率75%;临夏经开区规模以上企业5户,复产3户,复产率60%;东乡县规模以上企业6户,复产3户,复产率50%;"
        ),
        published="2020-02-27",
        city="临夏回族自治州",
        expect=[
            ("sector_total", "临夏回族自治州", "2020-02-27", 46, "规模以上工业企业", ""),
            ("resumed", "临夏回族自治州", "2020-02-27", 36, "规模以上工业企业", ""),
            ("resumption_rate", "临夏回族自治州", "2020-02-27", 78.26, "规模以上工业企业", ""),
            ("workers_returned", "临夏回族自治州", "2020-02-27", 5363, "工业企业", ""),
            ("worker_return_rate", "临夏回族自治州", "2020-02-27", 62.32, "工业企业", ""),
            ("sector_total", "广河县", "2020-02-27", 5, "规模以上企业", ""),
            ("resumption_rate", "广河县", "2020-02-27", 100, "规模以上企业", ""),
            ("sector_total", "和政县", "2020-02-27", 5, "规模以上企业", ""),
            ("resumption_rate", "和政县", "2020-02-27", 100, "规模以上企业", ""),
            ("sector_total", "临夏县", "2020-02-27", 1, "规模以上企业", ""),
            ("resumption_rate", "临夏县", "2020-02-27", 100, "规模以上企业", ""),
            ("sector_total", "康乐县", "2020-02-27", 1, "规模以上企业", ""),
            ("resumption_rate", "康乐县", "2020-02-27", 100, "规模以上企业", ""),
            ("sector_total", "临夏市", "2020-02-27", 11, "规模以上企业", ""),
            ("resumed", "临夏市", "2020-02-27", 9, "规模以上企业", ""),
            ("resumption_rate", "临夏市", "2020-02-27", 81.82, "规模以上企业", ""),
            ("sector_total", "永靖县", "2020-02-27", 12, "规模以上企业", ""),
            ("resumed", "永靖县", "2020-02-27", 9, "规模以上企业", ""),
            ("resumption_rate", "永靖县", "2020-02-27", 75, "规模以上企业", ""),
            ("sector_total", "经开区", "2020-02-27", 5, "规模以上企业", ""),
            ("resumed", "经开区", "2020-02-27", 3, "规模以上企业", ""),
            ("resumption_rate", "经开区", "2020-02-27", 60, "规模以上企业", ""),
            ("sector_total", "东乡县", "2020-02-27", 6, "规模以上企业", ""),
            ("resumed", "东乡县", "2020-02-27", 3, "规模以上企业", ""),
            ("resumption_rate", "东乡县", "2020-02-27", 50, "规模以上企业", ""),
        ],
        note="民族日报 (the 临夏州 paper) via 每日甘肃网; home is an autonomous prefecture (我州 = 临夏回族自治州): 高于全省23日复产率12.96个百分点 compares with the province "
        "on another day — no tuple; here 复产率 is 36/46 enterprises (resumption_rate) and 复工率 is 5363/8606 workers (worker_return_rate); title 三十六户 in words = the body's 36; "
        "各5户…复产率均100% gives each county its size and rate (the resumed count is not written); 临夏经开区 → 经开区; 通常用工8606人 is a base, no metric; "
        "截至目前 takes the dateline's 2月27日",
        source="http://lx.gansudaily.com.cn/system/2020/02/27/017366498.shtml",
    ),
    dict(
        id="dv-nr-linxia-0227-small-firms-compare",
        text=(
            "全州八县市共摸排规模以下企业504户,复产企业228户,复产率45.24%,高全省23日复产率19.47个百分点;通常情况下用工15481人,到岗5788人,复工率37.39%。州工信局在指导企业加强疫情防控的同时,积极替企业排忧解难,克服生产中遇到的难题,争取尽快复工复产。"
        ),
        published="2020-02-27",
        city="临夏回族自治州",
        expect=[
            ("sector_total", "临夏回族自治州", "2020-02-27", 504, "规模以下企业", ""),
            ("resumed", "临夏回族自治州", "2020-02-27", 228, "规模以下企业", ""),
            ("resumption_rate", "临夏回族自治州", "2020-02-27", 45.24, "规模以下企业", ""),
            ("workers_returned", "临夏回族自治州", "2020-02-27", 5788, "规模以下企业", ""),
            ("worker_return_rate", "临夏回族自治州", "2020-02-27", 37.39, "规模以下企业", ""),
        ],
        note="the last paragraph of the same 民族日报 story on its own: 高全省23日复产率19.47个百分点 is a comparison (no tuple, 23日 dates nothing); 全州 = the prefecture; "
        "八县市 counts places; 复产率 over firms vs 复工率 over workers as in the previous case; no date in the paragraph → publication date",
        source="http://lx.gansudaily.com.cn/system/2020/02/27/017366498.shtml",
    ),
    # ================================================================ 6. proportions in words, companies in lists
    dict(
        id="dv-nr-fuzhou-taishang-0224-zone-chao-liucheng-company",
        text=(
            "台灣網2月24日訊 日前,福州市、羅源縣臺港澳辦工作人員走訪調研福州臺商投資區(松山片區)臺資企業復工復産和防疫情況。獲悉,目前投資區生産性企業復工率超90%,返崗人數超六成。\n"
            "福州市、羅源縣臺港澳辦工作人員走訪調研福州臺商投資區(松山片區)臺資企業復工復産和防疫情況。(來源:福州市臺港澳辦)\n"
            "調研團一行分別與園區臺商投資區管委會、臺企負責人進行溝通交流,了解臺資企業復工復産和防疫情況,幫助及時協調解決企業存在的困難。 據了解,目前園區生産性企業復工率超90%,已返崗人數超六成。園區內生産不織布的臺資企業福州匯昌紡織有限公司返工78人,返崗人數達96%。"
        ),
        published="2020-02-24",
        city="福州市",
        expect=[
            ("resumption_rate", "福州台商投资区", "2020-02-24", 90, "生产性企业", "more_than"),
            ("worker_return_rate", "福州台商投资区", "2020-02-24", 60, "", "more_than"),
            ("workers_returned", "福州汇昌纺织有限公司", "2020-02-24", 78, "", ""),
            ("worker_return_rate", "福州汇昌纺织有限公司", "2020-02-24", 96, "", ""),
        ],
        note="台湾网 with the 福州 台港澳办 (traditional): a zone (福州台商投资区, kept, region in simplified characters) with 超六成 in words → 60 more_than, "
        "said twice = once; the company's own 78人/96% stay with 福州汇昌纺织有限公司; 羅源縣 is where the zone lies, it gets nothing; 日前 dates nothing, 目前 → publication date. "
        "The page title (逾九成員工已返崗) contradicts the body and is left out",
        source="http://big5.chinataiwan.cn/gate/big5/www.taiwan.cn/local/dfkx/202002/t20200224_12247225.htm",
    ),
    dict(
        id="dv-nr-xiamen-taiqi-0220-liucheng-guoban-companies",
        text=(
            "中新社厦门2月20日电 (黄咏绸)“在厦台企中,目前已有六成以上复工生产。”厦门市台商投资企业协会会长吴家莹20日接受记者采访时如是说。\n\n"
            "在新冠肺炎疫情下,福建省、厦门市已推出多项支持企业共渡难关的举措,其中考虑到了台企面临的资金调度、员工返岗等问题,专门开通返厦包车、包机,“点对点”将企业员工运送到岗。\n\n"
            "“这些对台企有很大的帮助。”吴家莹称,自2月10日以来,台企有序推进复工复产,力求复工、防疫两手抓。\n\n"
            "为应对新冠肺炎疫情影响,来明工业(厦门)有限公司董事长吴进忠亲自担任总指挥,在公司内组成了一个40人左右的防疫小组,制定相关防疫举措,为正常生产做好防护。自2月10日复工以来,这家台企900多名员工中过半已返岗。\n\n"
            "吴进忠向记者表示,将持续关注疫情情况,在抓好生产的同时,抓好相关防控工作。\n\n"
            "大城钢结构(厦门)有限公司目前已有约85%的员工到岗,进入正常生产状态。"
        ),
        published="2020-02-20",
        city="厦门市",
        expect=[
            ("resumption_rate", "厦门市", "2020-02-20", 60, "台企", "more_than"),
            ("worker_return_rate", "来明工业(厦门)有限公司", "2020-02-20", 50, "", "more_than"),
            ("worker_return_rate", "大城钢结构(厦门)有限公司", "2020-02-20", 85, "", "about"),
        ],
        note="中新社 story on one city: 六成以上 → 60 more_than for the city's 台企; 过半 → 50 more_than and 约85% → 85 about, each for its own company; "
        "900多名员工 is the company's staff, 40人左右 a team; 自2月10日以来 is a start; 目前 and 20日 → 2月20日",
        source="http://wlchinahc.com/news/hangyezixun/202002/118344.html",
    ),
    dict(
        id="dv-nr-tongling-taixiang-0218-park-baifenzhi-bashi",
        text=(
            "2月18日下午,經(jīng)開區(qū)管委會黨工委書記都述奇率隊調(diào)研泰祥創(chuàng)業(yè)園疫情防控及復(fù)工復(fù)產(chǎn)工作。\n"
            "泰祥創(chuàng)業(yè)園董事長孔祥新詳細(xì)匯報了園區(qū)抗擊新冠肺炎與園區(qū)內(nèi)企業(yè)復(fù)工復(fù)產(chǎn)情況,截止2月18日,創(chuàng)業(yè)園采取多種措施預(yù)防疫情,調(diào)動各方資源購買口罩消毒液酒精等防疫物質(zhì),其中捐贈口罩1200只,價值30000元,向社會捐款4000元。目前,創(chuàng)業(yè)園內(nèi)規(guī)上企業(yè)己全部復(fù)工,整體復(fù)工率達(dá)到百分之八十左右。"
        ),
        published="2020-02-18",
        city="铜陵市",
        expect=[
            ("resumption_rate", "泰祥创业园", "2020-02-18", 80, "", "about"),
        ],
        note="an industrial park (泰祥创业园 in 铜陵经开区) as a place: 百分之八十左右 written out in words → 80 about; 規上企業己全部復工 has no count → no tuple; "
        "donated masks and money are no figures; the 經開區 itself gets nothing; 目前 takes 截止2月18日 from its paragraph. "
        "Page undated (mirror): published = the day of the reported visit",
        source="http://sandiankan.com/newsdetail.aspx?PID=1660",
    ),
    dict(
        id="dv-nr-tianjin-0302-jin-jiucheng-suppliers",
        text=(
            "原标题:天津近9成规模以上工业企业完成复工\n"
            "新华社天津3月3日电(记者栗雅婷)记者3日从天津市工业和信息化局获悉,截至3月2日16时,天津全市4630家规模以上工业企业,合计复工4118家,复工率达到88.9%,工业企业复工复产情况总体向好。\n"
            "目前在天津,汽车、石化、电子信息制造业规模以上工业企业全部复工,复工率达到100%;生物医药规模以上工业企业累计复工89家,复工率达到93%;装备制造业规模以上工业企业累计复工1445家,复工率达到91.1%;新材料产业规模以上工业企业累计复工1067家,复工率达到84%。\n"
            "天津外资企业复工进度加快,全市1160家规模以上外资工业企业,合计复工复产934家,占全市外资规模以上工业80.5%。一汽丰田、一汽大众、三星、浦项制铁、鸿富锦等制造业企业均已复工,施耐德万高(天津)电气设备有限公司天津市关键供应商全部复工,中芯国际、恩智浦等重点外资企业连续在产。\n"
            "天津市工业和信息化局总经济师周胜昔表示,目前来看,天津市工业企业复工率已经接近九成,下一步在继续抓好企业复工的基础上,重点要解决好企业生产过程中的用工、物流、产业链协同等方面的问题,打通“堵点”,全力推动复工企业提高产能。"
        ),
        published="2020-03-03",
        city="天津市",
        expect=[
            ("sector_total", "天津市", "2020-03-02", 4630, "规模以上工业企业", ""),
            ("resumed", "天津市", "2020-03-02", 4118, "规模以上工业企业", ""),
            ("resumption_rate", "天津市", "2020-03-02", 88.9, "规模以上工业企业", ""),
            ("resumption_rate", "天津市", "2020-03-02", 90, "工业企业", "about"),
            ("resumption_rate", "天津市", "2020-03-02", 100, "汽车、石化、电子信息制造业规模以上工业企业", ""),
            ("resumed", "天津市", "2020-03-02", 89, "生物医药规模以上工业企业", ""),
            ("resumption_rate", "天津市", "2020-03-02", 93, "生物医药规模以上工业企业", ""),
            ("resumed", "天津市", "2020-03-02", 1445, "装备制造业规模以上工业企业", ""),
            ("resumption_rate", "天津市", "2020-03-02", 91.1, "装备制造业规模以上工业企业", ""),
            ("resumed", "天津市", "2020-03-02", 1067, "新材料产业规模以上工业企业", ""),
            ("resumption_rate", "天津市", "2020-03-02", 84, "新材料产业规模以上工业企业", ""),
            ("sector_total", "天津市", "2020-03-02", 1160, "规模以上外资工业企业", ""),
            ("resumed", "天津市", "2020-03-02", 934, "规模以上外资工业企业", ""),
            ("resumption_rate", "天津市", "2020-03-02", 80.5, "规模以上外资工业企业", ""),
        ],
        note="Xinhua on one city (天津): 近9成 (title) and 接近九成 (quote) are one figure in words → 90 about, dated like the data; the exact 88.9 is its own tuple; "
        "施耐德万高…关键供应商全部复工 is about one company's suppliers (no count, no tuple); the named firms 均已复工 carry no number; "
        "目前 paragraphs carry 截至3月2日16时; 占…80.5% is the 外资 rate",
        source="https://m.news.shi-fen.com/china/202003/50-646918.html",
    ),
    dict(
        id="dv-nr-huanggang-0323-photo-captions-companies",
        text=(
            "3月23日,黃岡晨鳴已全面復工復產,500余名員工到崗,所有生產線已恢復80-85%的產能。該公司從3月13日著手員工返廠、生產物料準備等復工復產工作“,四進”工作人員全力幫助解決問題,并做好疫情防控工作。記者周偉胡輝攝\n"
            "3月23日下午,湖北綠宇環(huán)保有限公司大型鍋爐正在加溫預熱,3天后就可以滿負荷生產。3月18日以來,公司員工到崗率達94%,為復工復產打下堅實基礎。記者余濤攝\n"
            "3月23日下午,湖北貴族真空科技有限公司員工正在加緊調試設備。該公司每天都在召集員工返崗,為全面復工復產做準備。記者余濤攝\n"
            "湖北正茂新材料科技股份有限公司已于3月16日正式復工復產,目前訂單充足,預計3月底100%恢復產能。自3月13日以來,該公司迅速召集員工返廠并開展健康檢測,制定疫情防控預案。圖為正在生產用于黃岡市區(qū)地下綜合管廊的電力頂管產品。記者周偉胡輝攝\n"
            "3月19日,湖北科峰傳動設備有限公司減速機生產車間里,工人們正在忙著生產。疫情期間,國內口罩自動化生產線使用的減速機,80%來自科峰公司,該公司2月6日開始部分復工,目前產能已恢復70%。記者周偉余濤攝"
        ),
        published="2020-03-23",
        city="黄冈市",
        expect=[
            ("workers_returned", "黄冈晨鸣", "2020-03-23", 500, "", "more_than"),
            ("worker_return_rate", "湖北绿宇环保有限公司", "2020-03-23", 94, "", ""),
        ],
        note="黄冈日报 photo captions (traditional mirror): each figure stays with its company; 80-85%的產能 and 產能已恢復70% are capacity (no metric); "
        "80%來自科峰公司 is a market share; 預計3月底100% is a forecast; 3月18日以來 is a start, so 3月23日 dates the 94%; 3天後 no figure. "
        "Page undated: published = the photos' date 3月23日",
        source="http://wypyueling.cn/html/2020/3310.html",
    ),
    dict(
        id="dv-nr-zhanjiang-0321-footfall-sancheng-no-metric",
        text=(
            "春茶上市,茶楼开业。3月2日恢复开业的点悦楼客一天超过20人进店消费,3月7日恢复开业的御唐府“嗬唊咪”茶楼日均人流量已恢复至疫情前三成。\n"
            "相比之下,沃尔玛、昌大昌等大型商超客流量恢复程度更高。在昌大昌购物广场(金沙湾店),高峰时消费者需排起小长队等待结账,而昌大昌购物广场(荣基店)购物客流量也已恢复了超80%。"
        ),
        published=None,
        city="湛江市",
        expect=[],
        note="湛江日报 street report: proportions in words and digits that are no metric — footfall 恢复至疫情前三成, 客流量…恢复了超80%; "
        "超过20人 are customers; 3月2日/3月7日 are reopening days. Page undated",
        source="https://www.gdzjdaily.com.cn/p/2779820.html",
    ),
    dict(
        id="dv-nr-zhengzhou-0224-cargo-liucheng-no-metric",
        text=(
            "目前,新冠肺炎疫情蔓延势头得到初步遏制,各地根据疫情防控情况,制定明确的疫情分区分级标准,有序推动复工复产。在河南新郑国际机场,一架阿塞拜疆丝绸之路西部航空公司的货机上,数十吨来自欧洲的货物正在卸下飞机。随后,60多吨的中国货物将装载到这架航班,运到欧洲法兰克福、米兰、莫斯科等城市。\n"
            "河南省机场集团副总经理康书霞介绍说:“出货的量已经达到了正常水平的六成,我们预计在2月底或3月初整个进出口的业务量将会恢复正常。”"
        ),
        published="2020-02-24",
        city="郑州市",
        expect=[],
        note="郑州日报: 出货的量…正常水平的六成 is cargo volume (no metric) of a provincial airport group; 数十吨/60多吨 are freight; "
        "foreign cities are destinations; the forecast gives nothing",
        source="https://zzrb.zynews.cn/html/2020-02/24/content_1144188.htm",
    ),
    # ================================================================ 7. workers leaving are not workers returning
    dict(
        id="dv-nr-zhushan-0320-fangang-leaving-shiyan-daily",
        text=(
            "竹山集中输送5批次2000余人返岗\n\n时间:2020-03-25 08:22    来源:十堰日报  字体:  打印  播报\n\n"
            "秦楚网讯(十堰日报) 通讯员向继华 余明明报道:3月20日上午8时,乘载487名返岗复工人员的20辆大巴车从竹山县汽车客运站出发,开往上海、宁波、杭州等地。\n\n"
            "车辆出发前,客运站工作人员已对车辆进行全面消毒,对乘客进行健康“绿码”确认、目的地接收证明查验和体温检测,县人社部门工作人员为乘客分发装有口罩和饮用水、方便面、水果等物品的“爱心礼包”。随后,在交警护送下,20辆爱心大巴顺利启程。\n\n"
            "随着疫情形势逐渐好转,竹山县采用“点对点”“一站式”集中护送方式帮助在外务工人员返岗,此次集中护送的487名返岗复工人员,来自该县17个乡镇。为保障出行安全,爱心大巴客座率严格控制在核载人数50%以内。截至目前,竹山县通过“点对点”“一站式”集中输送返岗复工人员5批次2000余人。"
        ),
        published="2020-03-25 08:22",
        city="十堰市",
        expect=[],
        note="十堰日报 county story: 487名返岗复工人员 and 2000余人 leave 竹山县 for 上海/宁波/杭州 — workers leaving, not workers_returned, although the text says 返岗复工; "
        "20辆, 5批次, 17个乡镇, 核载人数50% are no figures",
        source="http://www.10yan.com.cn/2020/0325/652370.shtml",
    ),
    dict(
        id="dv-nr-guyuan-0304-first-bus-leaving-trad",
        text=(
            "03.05 暖心!我縣首批返崗直通車發車,55名務工人員順利返崗\n\n"
            "我縣舉行疫情防控期間首批務工人員有序返崗就業歡送儀式\n\n"
            "暖心!我县首批返岗直通车发车,55名务工人员顺利返岗\n\n"
            "3月4日9時,我縣在汽車客運站舉行2020首批務工人員返崗歡送儀式,55名沽源籍群眾外出務工人員,點對點運送,零風險返崗,拉開了2020年我縣疫情防控期間農村勞動力有組織轉移輸出的序幕。政府縣長秦飛,縣委常委、常務副縣長任曉偉出席儀式。\n\n"
            "發車前,工作人員對55名外出返崗人員一一進行體溫測量和核實登記信息,並要求返崗人員嚴格按照“限乘核定座位50%”的人員隔座制度就坐。\n\n"
            "儀式後,三輛政府免費提供的離鄉返崗“直通車”,在縣汽車站出發,駛往北京、天津等返崗目的地。"
        ),
        published="2020-03-05",
        city="张家口市",
        expect=[],
        note="county account (我縣 = 沽源縣, city 张家口市), traditional with a simplified duplicate title: 55名 外出務工人員 leave for 北京/天津 — "
        "顺利返岗 is their return to jobs elsewhere, no workers_returned for 沽源; 三輛, 50%, 2020 are no figures; 零風險 is no none-statement",
        source="https://ttnews.xyz/a/5e624d78dc9b5e0d1fd235a6",
    ),
    dict(
        id="dv-nr-yichuan-0221-216-leaving",
        text=(
            "原标题:《伊川县首批216名外出务工人员启程返岗》\n\n"
            "  2月21日下午5时左右,伊川县安排8辆大巴,运送首批216名外出务工人员奔赴上海、福建务工。\n\n"
            "  当日临行前,伊川县卫生部门对外出务工人员进行了严格体检、防疫知识培训。据了解,为确保外出务工人员安全到达目的地,伊川县还为每车安排了一名医务人员全程陪同服务。新华网发(高山岳 葛高远 摄)"
        ),
        published="2020-02-22",
        city="洛阳市",
        expect=[],
        note="county photo story (伊川县, city 洛阳市): 216名外出务工人员…奔赴上海、福建务工 are workers leaving; 8辆, 一名医务人员 are no figures; 首批 is an ordinal",
        source="http://henan.sina.com.cn/news/m/2020-02-22/detail-iimxxstf3543334.shtml",
    ),
    dict(
        id="dv-nr-funan-0217-bus-to-beilun-leaving",
        text=(
            "「发车」安徽阜南:农民工返岗复工包车发车\n\n"
            "2月17日12时30分 , 阜南县首辆返岗复工农民工包车出发 , “点对点”运送24名农民工至宁波北仑 。\n\n"
            "小编注意到,为做好疫情防控期间农民工返岗包车工作 , 阜南县建立协调联动机制 , 各司其职 , 各负其责 , 形成工作合力 。\n\n"
            "阜南县委宣传部提供图\n\n"
            "发车前 , 卫生防疫部门派工作人员在汽车站为乘客逐人进行了健康检查 , 交通运输局调派车辆新、技术状况好、安检合格的车辆作为运输车辆 , 汽车站为车辆配备了消毒液、体温计等防疫物品 。 同时 , 严格落实乘客不超过核定载客数50%的规定 , 对驾驶员进行严格审核把关 , 并进行防疫常识培训 。 包车实行“点对点”直达运输 , 中途不上下乘客 。"
        ),
        published="2020-02-20",
        city="阜阳市",
        expect=[],
        note="county propaganda-department story on a portal with spaced punctuation ( , 。): 24名农民工 carried to 宁波北仑 are workers leaving 阜南县 — no tuple, "
        "not for 宁波 either (another city); 首辆 is an ordinal; 核定载客数50% is a seating rule",
        source="http://tech.jiangsulong.com/a/2020/0220/1582175008.html",
    ),
    dict(
        id="dv-nr-dinghai-0225-workers-arrive-contrast",
        text=(
            "“复工专列”送安徽籍复工人员回“家”\n\n"
            "2020-02-26 13:08 来源:定海新闻网 作者:记者 尹倩倩 余秋凌 陈挺 陈炳群/摄\n\n"
            "  定海新闻网讯 2月25日晚上10时许,从宁波火车站运载安徽籍复工人员的近40辆舟山复工专列接返专车陆续抵达舟山体育场的南面体育场,待工作人员审查核实后,定海区55家企业接回278名员工。"
        ),
        published="2020-02-26 13:08",
        city="舟山市",
        expect=[
            ("workers_returned", "定海区", "2020-02-25", 278, "", ""),
        ],
        note="the contrast to the leaving cases: 定海新闻网 (district paper) on workers ARRIVING — 定海区55家企业接回278名员工 → workers_returned 278 for 定海区; "
        "安徽籍 is origin (no 安徽 tuple), 宁波火车站 a transit point; 55家企业 are the employers, not a resumed count; 近40辆 are buses",
        source="https://dhnews.zjol.com.cn/dinghaijishibao/redianxinwen1/202002/t20200226_1313345.shtml",
    ),
    # ================================================================ 8. pages that name the city but state no figure
    dict(
        id="dv-nr-neg-quanzhou-kfq-0212-inspection",
        text=(
            "市领导检查泉州开发区疫情防控和企业开工复工工作\n时间:2020-02-12 20:26 浏览量:\n\n"
            "  近日,市政协副主席王春金带队到泉州开发区督导疫情防控和企业开工复工工作。\n\n"
            "  督导组首先听取泉州开发区党工委、管委会疫情防控工作情况汇报,并就下一步工作提出具体要求。督导组一行还先后实地走访太阳海(福建)制衣有限公司、特步(中国)有限公司,深入企业车间,详细了解企业复工人员管理、环境卫生清洁消杀、防控物资储备等情况。\n\n"
            "  督导组对开发区疫情防控和企业开工复工工作表示肯定。督导组要求,要克服厌战和恐慌情绪,在法治的轨道下开展防控工作,坚持疫情防控和企业复工两手抓,两不误,抢占复工发展先机;要夯实企业主体责任,加大宣传力度,提高员工自我防护意识,做到安全有序开工;要强化联防联动和动态管理,落实好复工方案,应急预案,全力以赴打赢疫情防控阻击战。"
        ),
        published="2020-02-12 20:26",
        city="泉州市",
        expect=[],
        note="a development zone's own news page: zone and companies named, an inspection and instructions, no figure; 浏览量: is an empty counter",
        source="http://www.qzkfq.gov.cn/zwgk/xwzx/xwdt/202002/t20200212_2030691.htm",
    ),
    dict(
        id="dv-nr-neg-jinjiang-0211-leader-visit-liangci",
        text=(
            "晋江市领导调研复工复产企业和项目\n\nwww.ijjnews.com   晋江新闻网  2020-02-12 08:53\n  \n\n抓实疫情防控 有序推动复工\n\n"
            "  晋江新闻网2月12日讯  昨日上午,泉州市委常委、晋江市委书记刘文儒带队调研复工复产企业和项目,察看疫情防控及复工投产等工作情况,现场协调解决存在问题。\n\n"
            "  “你好,请先测一下体温。”在普斯特公司大门入口处设有健康登记处、测体温区、消毒区等区域,工作人员逐一对返岗员工进行身份、车次及身体健康状况等信息登记。进入车间大楼,公司返岗的员工按要求佩戴好口罩正在各自岗位上忙碌着。面对疫情,普斯特公司主动做好防控工作,除了对返岗人员进行摸排外,还实行分阶段下班、分流就餐等管理,一天两次对厂区进行消毒消杀,井然有序推进复工投产。"
        ),
        published="2020-02-12 08:53",
        city="泉州市",
        expect=[],
        note="county-level city news site (晋江 under 泉州市): a leader's visit, 返岗员工 without a number, 一天两次 a frequency in words — nothing to extract",
        source="http://news.ijjnews.com/system/2020/02/12/030007815.shtml",
    ),
    dict(
        id="dv-nr-neg-yizheng-0302-mayor-visit",
        text=(
            "孙建年率队调研企业疫情防控和复工复产工作\n发布时间:2020-03-05 来源:仪征市人民政府 发布开发区:江苏仪征经济开发区\n"
            "3月2日上午,市委副书记、代市长、市新型冠状病毒感染的肺炎疫情防控工作指挥部总指挥孙建年率市工信局等部门负责人赴市汽车工业园,调研企业疫情防控和复工复产工作。市委常委、市汽车工业园党工委书记王长田,副市长李强参加活动。\n"
            "孙建年一行先后来到上汽大众仪征分公司、扬州华翔汽车车门系统有限公司、西门子电机(中国)有限公司,听取企业防疫措施落实和员工就餐情况,了解企业复工复产情况以及存在的困难。"
        ),
        published="2020-03-05",
        city="扬州市",
        expect=[],
        note="county-level city (仪征, under 扬州市) government news: a zone (汽车工业园) and three companies named, 复工复产情况 without any figure",
        source="https://investchn.com/home/news/detail/id/86150.html",
    ),
    dict(
        id="dv-nr-neg-xinluo-0210-district-inspection",
        text=(
            "2月10日上午,市委常委、统战部长邓菊芳、市人大常委会副主任张琼珊到我区调研新型冠状病毒肺炎疫情及企业复工工作。区长张锋、副区长吴志煌参加座谈会。\n"
            "调研组一行先后前往龙岩高速路口、福建龙马环卫、中国龙工控股等地,与相关负责人深入交流,详细了解了交通卡口疫情防控、企业疫情防控及复工工作情况。座谈会上,调研组指出,当前是新型冠状病毒肺炎疫情防控工作的关键时期,各级各部门要充分认清形势,把疫情防控和企业复工工作统筹起来,确保复产复工工作平稳有序,要加强各个交通出入口的管控,严格检查,确保不漏一车、不漏一人,努力防输入、防传播、防扩散。"
        ),
        published="2020-02-11",
        city="龙岩市",
        expect=[],
        note="district 融媒体 (我区 = 新罗区, city 龙岩市): a visit to companies and checkpoints; 不漏一车、不漏一人 are slogans, not counts",
        source="http://www.lyxltv.cn/folder1/folder6/2020-02-11/50427.html",
    ),
    dict(
        id="dv-nr-neg-ezhou-0128-market-most-stalls",
        text=(
            "市商务部门积极做好生活必需品储备工作,在全力防控疫情的同时,切实保障民生。1月28号,大年初四,明堂农贸市场开市。\n"
            "在明堂农贸市场蔬菜区,大多数摊位开张营业,红菜苔、大白菜、莲藕、土豆等菜品丰富,猪肉、蛋类正常供应,水产区部分商铺也已经开业。\n"
            "为加强疫情防控工作,明堂农贸市场在开市前、闭市后,每天两次进行全面地清洗、消毒,并在市场进出口设置了体温测量点,规定进出人员必须戴口罩、接受体温测量,保障市民放心购买。\n"
            "鄂州市融媒体中心记者: 周仪、程川"
        ),
        published=None,
        city="鄂州市",
        expect=[],
        note="city 融媒体 (Hubei): a market reopens — 大多数摊位 and 部分商铺 are vague shares, 每天两次 a frequency, 大年初四 a date; no figure. Page undated",
        source="http://ysezpc.iezhou.cn/p/105481.html",
    ),
]
