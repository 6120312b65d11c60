"""Golden extraction cases, evaluation set.

Same format and conventions as dev_cases.py (read its docstring). The sentences, the
numbers and several of the home cities differ from the dev set: keep this set out of
any tuning loop and use it only to measure.

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)
"""

CASES = [
    # ------------------------------------------------------------------ bulletins: 株洲
    dict(
        id="zz-early-feb-bulletin-muqian",
        text=(
            "2月6日0—24时，我市新增新型冠状病毒感染的肺炎确诊病例3例，新增重症病例1例，新增出院病例2例，"
            "无新增死亡病例。截至2月6日24时，全市累计报告确诊病例64例，现有重症病例11例，其中危重症5例；"
            "累计出院病例8例，在院治疗56例。目前，全市共追踪密切接触者1439人，尚在医学观察1020人。"
        ),
        published="2020-02-07",
        city="株洲市",
        expect=[
            ("confirmed_new", "株洲市", "2020-02-06", 3, "", ""),
            ("severe_new", "株洲市", "2020-02-06", 1, "", ""),
            ("recovered_new", "株洲市", "2020-02-06", 2, "", ""),
            ("deaths_new", "株洲市", "2020-02-06", 0, "", ""),
            ("confirmed_total", "株洲市", "2020-02-06", 64, "", ""),
            ("severe", "株洲市", "2020-02-06", 11, "", ""),
            ("critical", "株洲市", "2020-02-06", 5, "", ""),
            ("recovered_total", "株洲市", "2020-02-06", 8, "", ""),
            ("hospitalized", "株洲市", "2020-02-06", 56, "", ""),
            ("close_contacts_total", "株洲市", "2020-02-06", 1439, "", ""),
            ("observation", "株洲市", "2020-02-06", 1020, "", ""),
        ],
        note="无新增死亡病例 -> deaths_new 0; a nonzero 新增重症; 目前 takes the paragraph's 2月6日",
    ),
    dict(
        id="zz-new-cases-by-county-colon-list",
        text="1月28日，我市新增新型冠状病毒感染的肺炎确诊病例7例，其中：醴陵市2例、攸县2例、石峰区1例、芦淞区1例、渌口区1例。",
        published="2020-01-29",
        city="株洲市",
        expect=[
            ("confirmed_new", "株洲市", "2020-01-28", 7, "", ""),
            ("confirmed_new", "醴陵市", "2020-01-28", 2, "", ""),
            ("confirmed_new", "攸县", "2020-01-28", 2, "", ""),
            ("confirmed_new", "石峰区", "2020-01-28", 1, "", ""),
            ("confirmed_new", "芦淞区", "2020-01-28", 1, "", ""),
            ("confirmed_new", "渌口区", "2020-01-28", 1, "", ""),
        ],
        note="a breakdown of new cases, not of the cumulative total",
    ),
    dict(
        id="zz-recovered-new-parenthetical-list",
        text="2月24日，我市新增治愈出院病例5例（荷塘区2例，天元区1例，茶陵县2例）。",
        published="2020-02-25",
        city="株洲市",
        expect=[
            ("recovered_new", "株洲市", "2020-02-24", 5, "", ""),
            ("recovered_new", "荷塘区", "2020-02-24", 2, "", ""),
            ("recovered_new", "天元区", "2020-02-24", 1, "", ""),
            ("recovered_new", "茶陵县", "2020-02-24", 2, "", ""),
        ],
        note="breakdown inside full-width parentheses, separated by ，",
    ),
    dict(
        id="zz-you-you-zhiyu-zengzhi-zhiyulv",
        text="2月26日下午，又有2名新冠肺炎患者从市中心医院治愈出院，我市治愈出院人数增至62人，治愈率升至77.5%。",
        published="2020-02-27",
        city="株洲市",
        expect=[
            ("recovered_new", "株洲市", "2020-02-26", 2, "", ""),
            ("recovered_total", "株洲市", "2020-02-26", 62, "", ""),
            ("recovery_rate", "株洲市", "2020-02-26", 77.5, "", ""),
        ],
        note="又有N名…治愈出院 / 治愈出院人数增至N人 / 治愈率升至",
    ),
    dict(
        id="zz-streak-inside-bulletin",
        text=(
            "3月2日0时至24时，我市无新增新冠肺炎确诊病例，已连续16天无新增。截至3月2日24时，我市累计确诊病例80例，"
            "累计治愈出院72例，在院治疗8例，无死亡病例。"
        ),
        published="2020-03-03",
        city="株洲市",
        expect=[
            ("confirmed_new", "株洲市", "2020-03-02", 0, "", ""),
            ("confirmed_total", "株洲市", "2020-03-02", 80, "", ""),
            ("recovered_total", "株洲市", "2020-03-02", 72, "", ""),
            ("hospitalized", "株洲市", "2020-03-02", 8, "", ""),
            ("deaths_total", "株洲市", "2020-03-02", 0, "", ""),
        ],
        note="无新增 and 连续16天无新增 state the same zero: one tuple; 16 is not a figure",
    ),
    dict(
        id="zz-headline-streak-then-body",
        text=(
            "好消息 我市连续2天无新增确诊病例\n\n株洲日报讯 2月17日，市卫健委发布通报，2月16日0时-24时，"
            "我市无新增新冠肺炎确诊病例，新增出院病例2例。"
        ),
        published="2020-02-18",
        city="株洲市",
        expect=[
            ("confirmed_new", "株洲市", "2020-02-16", 0, "", ""),
            ("recovered_new", "株洲市", "2020-02-16", 2, "", ""),
        ],
        note="a dateless headline restates the body's zero; the bulletin day is 2月16日, not the 2月17日 release",
    ),
    dict(
        id="zz-layout-break-county-recovered",
        text="截至2月19日24时，我市累计出院病例40例，其中醴陵市出院9\n\n例、攸县出院6例；在院治疗38例。",
        published="2020-02-20",
        city="株洲市",
        expect=[
            ("recovered_total", "株洲市", "2020-02-19", 40, "", ""),
            ("recovered_total", "醴陵市", "2020-02-19", 9, "", ""),
            ("recovered_total", "攸县", "2020-02-19", 6, "", ""),
            ("hospitalized", "株洲市", "2020-02-19", 38, "", ""),
        ],
        note="number and unit split by a blank line inside a breakdown list",
    ),
    dict(
        id="zz-layout-break-contacts-number-and-word",
        text=(
            "截至2月12日24时，全市累计追踪密切接触者17\n\n25人，已解除医学观察1066人，尚有659人正在接受医学\n\n观察。"
        ),
        published="2020-02-13",
        city="株洲市",
        expect=[
            ("close_contacts_total", "株洲市", "2020-02-12", 1725, "", ""),
            ("observation_released_total", "株洲市", "2020-02-12", 1066, "", ""),
            ("observation", "株洲市", "2020-02-12", 659, "", ""),
        ],
        note="1725 broken across a blank line; 医学\\n\\n观察 broken mid-word",
    ),
    dict(
        id="zz-continuation-then-next-story",
        text=(
            "据统计，截至2月24日，全市已有规模以上工业企业1211家复工，复工率93.4%， >>> 下转 A2版②\n\n"
            "战“疫”一线的“娘子军”\n\n株洲日报记者 谭琳\n\n1月31日，市中心医院派出第二批共15名护士驰援湖北。"
        ),
        published="2020-02-26",
        city="株洲市",
        expect=[
            ("resumed", "株洲市", "2020-02-24", 1211, "规模以上工业企业", ""),
            ("resumption_rate", "株洲市", "2020-02-24", 93.4, "规模以上工业企业", ""),
        ],
        note="after >>> 下转 comes another story: its 1月31日 and 15名护士 belong to nothing above",
    ),
    dict(
        id="zz-zuori-industry-sector-total",
        text="记者昨日从市工信局获悉，全市1296家规模以上工业企业中，已复工1271家，复工率98.1%；返岗员工16.2万人，返岗率94.5%。",
        published="2020-03-04",
        city="株洲市",
        expect=[
            ("sector_total", "株洲市", "2020-03-03", 1296, "规模以上工业企业", ""),
            ("resumed", "株洲市", "2020-03-03", 1271, "规模以上工业企业", ""),
            ("resumption_rate", "株洲市", "2020-03-03", 98.1, "规模以上工业企业", ""),
            ("workers_returned", "株洲市", "2020-03-03", 162000, "规模以上工业企业", ""),
            ("worker_return_rate", "株洲市", "2020-03-03", 94.5, "规模以上工业企业", ""),
        ],
        note="昨日 dates every figure of the sentence; 16.2万 -> 162000",
    ),
    dict(
        id="zz-key-projects-by-county-quanbu-kaigong",
        text=(
            "截至3月9日，全市重点建设项目开工率已达96.5%。分县市区看，茶陵县23个重点项目已全部开工，"
            "炎陵县开工18个，渌口区开工21个。"
        ),
        published="2020-03-10",
        city="株洲市",
        expect=[
            ("resumption_rate", "株洲市", "2020-03-09", 96.5, "重点建设项目", ""),
            ("sector_total", "茶陵县", "2020-03-09", 23, "重点项目", ""),
            ("resumed", "茶陵县", "2020-03-09", 23, "重点项目", ""),
            ("resumed", "炎陵县", "2020-03-09", 18, "重点项目", ""),
            ("resumed", "渌口区", "2020-03-09", 21, "重点项目", ""),
        ],
        note="全部开工 gives size and resumed; the county list carries 重点项目 over; no rate of 100 is stated",
    ),
    dict(
        id="zz-bus-and-taxi-restored",
        text="2月11日，市区恢复开通公交线路26条，投入公交车320台；出租车恢复运营1200余台。",
        published="2020-02-12",
        city="株洲市",
        expect=[
            ("services_resumed", "株洲市", "2020-02-11", 26, "公交线路", ""),
            ("services_resumed", "株洲市", "2020-02-11", 320, "公交车", ""),
            ("services_resumed", "株洲市", "2020-02-11", 1200, "出租车", "more_than"),
        ],
        note="市区 is the city's urban area: region 株洲市; 1200余台 -> more_than",
    ),
    dict(
        id="zz-march-bulletin-leiji-zhiyu",
        text=(
            "3月9日0—24时，我市无新增新冠肺炎确诊病例，新增出院病例2例。截至3月9日24时，我市累计报告确诊病例80例，"
            "累计治愈79例，现有住院病例1例，累计死亡0例。"
        ),
        published="2020-03-10",
        city="株洲市",
        expect=[
            ("confirmed_new", "株洲市", "2020-03-09", 0, "", ""),
            ("recovered_new", "株洲市", "2020-03-09", 2, "", ""),
            ("confirmed_total", "株洲市", "2020-03-09", 80, "", ""),
            ("recovered_total", "株洲市", "2020-03-09", 79, "", ""),
            ("hospitalized", "株洲市", "2020-03-09", 1, "", ""),
            ("deaths_total", "株洲市", "2020-03-09", 0, "", ""),
        ],
        note="累计治愈 (without 出院) is recovered_total; 累计死亡0例",
    ),
    dict(
        id="zz-changzhutan-three-cities",
        text="长株潭三市中，截至2月9日24时，长沙市累计确诊217例，湘潭市累计确诊33例，我市累计确诊病例74例。",
        published="2020-02-10",
        city="株洲市",
        expect=[
            ("confirmed_total", "株洲市", "2020-02-09", 74, "", ""),
        ],
        note="长沙 and 湘潭 sit in the same sentence with the same metric; only 我市 is home",
    ),
    dict(
        id="zz-shier-li-recovered-with-age",
        text="截至2月9日，我市已有十二例新冠肺炎患者治愈出院，其中年龄最大的75岁。",
        published="2020-02-10",
        city="株洲市",
        expect=[
            ("recovered_total", "株洲市", "2020-02-09", 12, "", ""),
        ],
        note="十二例 in Chinese numerals; the age 75 is not a figure",
    ),
    dict(
        id="zz-qianri-observation-release",
        text="据市卫健委介绍，前日全市当日解除医学观察54人，累计解除医学观察261人。",
        published="2020-02-05",
        city="株洲市",
        expect=[
            ("observation_released_new", "株洲市", "2020-02-03", 54, "", ""),
            ("observation_released_total", "株洲市", "2020-02-03", 261, "", ""),
        ],
        note="前日 = publication date - 2",
    ),
    dict(
        id="zz-jiezhi-fagao-services-rates",
        text="记者昨日下午从市商务局获悉，截至发稿时，全市规模以上服务业企业复工率已超过80%，员工到岗率近七成。",
        published="2020-02-29",
        city="株洲市",
        expect=[
            ("resumption_rate", "株洲市", "2020-02-28", 80, "规模以上服务业企业", "more_than"),
            ("worker_return_rate", "株洲市", "2020-02-28", 70, "规模以上服务业企业", "about"),
        ],
        note="截至发稿时 is the reporting day, here stated as 昨日; 近七成 -> 70 about",
    ),
    dict(
        id="zz-fullwidth-severe-suspected",
        text="截至2月3日24时，全市现有重症病例１２例（其中危重症６例），疑似病例２１例。",
        published="2020-02-04",
        city="株洲市",
        expect=[
            ("severe", "株洲市", "2020-02-03", 12, "", ""),
            ("critical", "株洲市", "2020-02-03", 6, "", ""),
            ("suspected", "株洲市", "2020-02-03", 21, "", ""),
        ],
        note="full-width digits inside a severe/critical/suspected list",
    ),
    dict(
        id="zz-fullwidth-recovery-rate-only",
        text="截至３月６日，我市新冠肺炎患者治愈率达９５％，高于全省平均水平。",
        published="2020-03-07",
        city="株洲市",
        expect=[
            ("recovery_rate", "株洲市", "2020-03-06", 95, "", ""),
        ],
        note="a rate alone; 全省平均 carries no number",
    ),
    dict(
        id="zz-home-and-huanggang-team-same-day",
        text=(
            "3月9日，我市又有2名患者治愈出院，累计治愈出院79人。同日，株洲援黄冈医疗队负责的病区又有12名患者出院，"
            "累计收治患者146人。"
        ),
        published="2020-03-10",
        city="株洲市",
        expect=[
            ("recovered_new", "株洲市", "2020-03-09", 2, "", ""),
            ("recovered_total", "株洲市", "2020-03-09", 79, "", ""),
        ],
        note="identical wording (又有N名…出院, 累计…N人) for the Huanggang ward must not become Zhuzhou figures",
    ),
    dict(
        id="zz-company-chaoguo-5000-yishang",
        text=(
            "截至2月18日，株洲中车时代电气股份有限公司返岗员工超过5000人，到岗率达85%以上；"
            "株洲旗滨集团股份有限公司生产线全部复产。"
        ),
        published="2020-02-19",
        city="株洲市",
        expect=[
            ("workers_returned", "株洲中车时代电气股份有限公司", "2020-02-18", 5000, "", "more_than"),
            ("worker_return_rate", "株洲中车时代电气股份有限公司", "2020-02-18", 85, "", "more_than"),
        ],
        note="超过5000人 and 85%以上 -> more_than; 全部复产 without a number is no figure",
    ),
    dict(
        id="zz-commerce-and-markets",
        text="截至2月29日，全市限额以上商贸企业复工1082家，复工率约89%；农贸市场开业率100%。",
        published="2020-03-01",
        city="株洲市",
        expect=[
            ("resumed", "株洲市", "2020-02-29", 1082, "限额以上商贸企业", ""),
            ("resumption_rate", "株洲市", "2020-02-29", 89, "限额以上商贸企业", "about"),
            ("resumption_rate", "株洲市", "2020-02-29", 100, "农贸市场", ""),
        ],
        note="开业率 is a resumption rate for markets; 约89% -> about",
    ),
    dict(
        id="zz-bus-lines-vs-passengers",
        text="3月10日，全市城乡公交线路恢复至146条，当天公交客运量达8.6万人次。",
        published="2020-03-11",
        city="株洲市",
        expect=[
            ("services_resumed", "株洲市", "2020-03-10", 146, "城乡公交线路", ""),
        ],
        note="lines restored are a figure; passenger volume (人次) is not",
    ),
    dict(
        id="zz-hightech-zone-full-name",
        text="截至2月23日，株洲高新区已有规模以上工业企业264家复工，复工率92%，返岗员工3.2万人。",
        published="2020-02-24",
        city="株洲市",
        expect=[
            ("resumed", "高新区", "2020-02-23", 264, "规模以上工业企业", ""),
            ("resumption_rate", "高新区", "2020-02-23", 92, "规模以上工业企业", ""),
            ("workers_returned", "高新区", "2020-02-23", 32000, "规模以上工业企业", ""),
        ],
        note="株洲高新区 canonicalises to 高新区 and must not be read as the city (株洲) itself",
    ),
    # ------------------------------------------------------------------ negatives: 株洲
    dict(
        id="neg-national-hubei-province",
        text=(
            "2月13日0—24时，全国31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例5090例，"
            "其中湖北省新增确诊病例4823例；全省新增确诊病例24例。"
        ),
        published="2020-02-14",
        city="株洲市",
        expect=[],
        note="national, Hubei and provincial figures; 31 is a count of provinces",
    ),
    dict(
        id="neg-teams-ages-batches",
        text="2月7日，我市第三批支援湖北医疗队37名队员出征，年龄最小的23岁。此前，我市已派出两批共38名医护人员驰援黄冈。",
        published="2020-02-08",
        city="株洲市",
        expect=[],
        note="我市 + 名 but team sizes and ages; 两批 counts batches",
    ),
    dict(
        id="neg-fee-relief-and-loans",
        text="疫情发生以来，全市已为1263家企业减免社保费2.3亿元，累计发放贷款48.6亿元。",
        published="2020-03-05",
        city="株洲市",
        expect=[],
        note="家 + 企业 but about fee relief, not resumption; money",
    ),
    dict(
        id="neg-fever-clinics-isolation-sites-days",
        text="全市设立发热门诊31个、集中隔离观察点12处，对来自武汉的返乡人员一律居家隔离观察14天。",
        published="2020-01-27",
        city="株洲市",
        expect=[],
        note="facilities and a duration next to the word 观察",
    ),
    # ------------------------------------------------------------------ other home cities
    dict(
        id="xt-home-with-zhuzhou-same-day",
        text="2月13日，湘潭市又有3名新冠肺炎患者治愈出院，全市累计出院患者达到13人。同日，株洲市新增出院病例5例。",
        published="2020-02-14",
        city="湘潭市",
        expect=[
            ("recovered_new", "湘潭市", "2020-02-13", 3, "", ""),
            ("recovered_total", "湘潭市", "2020-02-13", 13, "", ""),
        ],
        note="in a Xiangtan text Zhuzhou is the other place",
    ),
    dict(
        id="xt-county-new-cases-no-city-sum",
        text="1月30日，湘乡市新增新型冠状病毒感染的肺炎确诊病例两例，韶山市新增一例。截至1月30日24时，全市累计确诊病例18例。",
        published="2020-01-31",
        city="湘潭市",
        expect=[
            ("confirmed_new", "湘乡市", "2020-01-30", 2, "", ""),
            ("confirmed_new", "韶山市", "2020-01-30", 1, "", ""),
            ("confirmed_total", "湘潭市", "2020-01-30", 18, "", ""),
        ],
        note="两例/一例; the city's new count (3) is not stated and must not be summed",
    ),
    dict(
        id="xt-published-none-march",
        text="2020年3月6日，湘潭市卫健委通报：截至3月5日24时，全市累计报告新冠肺炎确诊病例36例，累计治愈出院32例，在院治疗4例。",
        published=None,
        city="湘潭市",
        expect=[
            ("confirmed_total", "湘潭市", "2020-03-05", 36, "", ""),
            ("recovered_total", "湘潭市", "2020-03-05", 32, "", ""),
            ("hospitalized", "湘潭市", "2020-03-05", 4, "", ""),
        ],
        note="year from 2020年 in the text; the release date is not the as-of date",
    ),
    dict(
        id="hy-hengyang-distribution-list",
        text=(
            "截至2月8日24时，衡阳市累计报告新型冠状病毒肺炎确诊病例43例，分布为：耒阳市8例、衡南县6例、衡东县5例、"
            "祁东县4例、常宁市4例、衡山县3例、衡阳县3例、珠晖区3例、蒸湘区3例、雁峰区2例、石鼓区2例。"
        ),
        published="2020-02-09",
        city="衡阳市",
        expect=[
            ("confirmed_total", "衡阳市", "2020-02-08", 43, "", ""),
            ("confirmed_total", "耒阳市", "2020-02-08", 8, "", ""),
            ("confirmed_total", "衡南县", "2020-02-08", 6, "", ""),
            ("confirmed_total", "衡东县", "2020-02-08", 5, "", ""),
            ("confirmed_total", "祁东县", "2020-02-08", 4, "", ""),
            ("confirmed_total", "常宁市", "2020-02-08", 4, "", ""),
            ("confirmed_total", "衡山县", "2020-02-08", 3, "", ""),
            ("confirmed_total", "衡阳县", "2020-02-08", 3, "", ""),
            ("confirmed_total", "珠晖区", "2020-02-08", 3, "", ""),
            ("confirmed_total", "蒸湘区", "2020-02-08", 3, "", ""),
            ("confirmed_total", "雁峰区", "2020-02-08", 2, "", ""),
            ("confirmed_total", "石鼓区", "2020-02-08", 2, "", ""),
        ],
        note="分布为： instead of 其中：; 衡阳县 is a county, distinct from 衡阳市",
    ),
    dict(
        id="hy-hengyang-may-all-cleared",
        text="截至5月7日24时，衡阳市累计报告确诊病例48例，已全部治愈出院，现有确诊病例清零，已连续79天无新增确诊病例。",
        published="2020-05-08",
        city="衡阳市",
        expect=[
            ("confirmed_total", "衡阳市", "2020-05-07", 48, "", ""),
            ("recovered_total", "衡阳市", "2020-05-07", 48, "", ""),
            ("hospitalized", "衡阳市", "2020-05-07", 0, "", ""),
            ("confirmed_new", "衡阳市", "2020-05-07", 0, "", ""),
        ],
        note="May: 已全部治愈出院 -> recovered 48; 清零 -> hospitalized 0; 连续79天无新增 -> confirmed_new 0 once",
    ),
    dict(
        id="cs-changsha-home-bulletin-day-only",
        text=(
            "2月21日0—24时，长沙市无新增确诊病例，新增出院病例11例。截至21日24时，全市累计确诊病例242例，"
            "累计出院病例150例，死亡病例2例，在院治疗90例，其中重症13例。"
        ),
        published="2020-02-22",
        city="长沙市",
        expect=[
            ("confirmed_new", "长沙市", "2020-02-21", 0, "", ""),
            ("recovered_new", "长沙市", "2020-02-21", 11, "", ""),
            ("confirmed_total", "长沙市", "2020-02-21", 242, "", ""),
            ("recovered_total", "长沙市", "2020-02-21", 150, "", ""),
            ("deaths_total", "长沙市", "2020-02-21", 2, "", ""),
            ("hospitalized", "长沙市", "2020-02-21", 90, "", ""),
            ("severe", "长沙市", "2020-02-21", 13, "", ""),
        ],
        note="Changsha home with nonzero deaths; 截至21日 takes February",
    ),
    dict(
        id="cs-changsha-counties-liuyang-ningxiang",
        text="2月11日，浏阳市又有4名新冠肺炎患者治愈出院，浏阳市累计治愈出院达到11人；宁乡市当日无新增确诊病例。",
        published="2020-02-12",
        city="长沙市",
        expect=[
            ("recovered_new", "浏阳市", "2020-02-11", 4, "", ""),
            ("recovered_total", "浏阳市", "2020-02-11", 11, "", ""),
            ("confirmed_new", "宁乡市", "2020-02-11", 0, "", ""),
        ],
        note="county-level cities (…市) of the home city are districts/counties, not other cities",
    ),
    dict(
        id="cs-changsha-april-asymptomatic",
        text="4月19日0—24时，长沙市新增无症状感染者1例（境外输入），无新增确诊病例。目前，全市现有无症状感染者2例。",
        published="2020-04-20",
        city="长沙市",
        expect=[
            ("confirmed_new", "长沙市", "2020-04-19", 0, "", ""),
        ],
        note="April: asymptomatic infections are not confirmed cases and have no metric",
    ),
    dict(
        id="yy-yueyang-contacts-observation",
        text=(
            "截至2月24日24时，岳阳市累计报告确诊病例156例，累计治愈出院病例98例，死亡病例1例，现有住院病例57例；"
            "累计追踪到密切接触者4358人，尚在医学观察1026人。"
        ),
        published="2020-02-25",
        city="岳阳市",
        expect=[
            ("confirmed_total", "岳阳市", "2020-02-24", 156, "", ""),
            ("recovered_total", "岳阳市", "2020-02-24", 98, "", ""),
            ("deaths_total", "岳阳市", "2020-02-24", 1, "", ""),
            ("hospitalized", "岳阳市", "2020-02-24", 57, "", ""),
            ("close_contacts_total", "岳阳市", "2020-02-24", 4358, "", ""),
            ("observation", "岳阳市", "2020-02-24", 1026, "", ""),
        ],
        note="Yueyang home; 死亡病例1例 is cumulative",
    ),
    dict(
        id="nc-nanchang-april-local",
        text=(
            "4月1日0时至24时，南昌市无新增本地确诊病例，无新增疑似病例，无新增无症状感染者。截至4月1日24时，"
            "全市累计报告确诊病例230例，累计出院病例229例，死亡病例1例。"
        ),
        published="2020-04-02",
        city="南昌市",
        expect=[
            ("confirmed_new", "南昌市", "2020-04-01", 0, "", ""),
            ("confirmed_total", "南昌市", "2020-04-01", 230, "", ""),
            ("recovered_total", "南昌市", "2020-04-01", 229, "", ""),
            ("deaths_total", "南昌市", "2020-04-01", 1, "", ""),
        ],
        note="another province; 无新增疑似 is not 'no suspected cases now'; hospitalized 0 is implied, not stated",
    ),
    dict(
        id="bj-beijing-june-benshi-districts",
        text="6月14日0时至24时，本市新增本地确诊病例36例，其中丰台区22例、大兴区6例、海淀区4例、西城区2例、房山区1例、门头沟区1例。",
        published="2020-06-15",
        city="北京市",
        expect=[
            ("confirmed_new", "北京市", "2020-06-14", 36, "", ""),
            ("confirmed_new", "丰台区", "2020-06-14", 22, "", ""),
            ("confirmed_new", "大兴区", "2020-06-14", 6, "", ""),
            ("confirmed_new", "海淀区", "2020-06-14", 4, "", ""),
            ("confirmed_new", "西城区", "2020-06-14", 2, "", ""),
            ("confirmed_new", "房山区", "2020-06-14", 1, "", ""),
            ("confirmed_new", "门头沟区", "2020-06-14", 1, "", ""),
        ],
        note="June, 本市 in a municipality's bulletin, districts of a home city the extractor has never seen",
    ),
]
