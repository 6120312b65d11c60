"""Sentences that once came out wrong (found on the seeds or by review), kept so they stay right.

Same format as dev_cases.py.
"""

CASES = [
    dict(
        id="bug-yi-ren-yi-an-idiom",
        text="针对危重症患者采取“一人一团队一方案”的措施，实行“订单式”治疗。",
        published="2020-03-15",
        city="株洲市",
        expect=[],
        note="一人 in an idiom was read as 1 critical patient",
    ),
    dict(
        id="bug-masks-are-not-projects",
        text="市发改委：5万个口罩支持重点项目复工",
        published="2020-03-02",
        city="株洲市",
        expect=[],
        note="a verb phrase (口罩支持重点项目) was taken as the sector",
    ),
    dict(
        id="bug-org-alias-beats-city-name",
        text="中车株洲电力机车研究所有限公司员工表示，远程办公更严格了。\n\n2月10日以来，中车株洲所7000余名员工返岗。",
        published="2020-02-16",
        city="株洲市",
        expect=[("workers_returned", "中车株洲电力机车研究所有限公司", "2020-02-16", 7000, "", "more_than")],
        note="株洲 inside the abbreviation 中车株洲所 made the figure the city's",
    ),
    dict(
        id="bug-date-at-paragraph-start",
        text="株洲日报讯 详细情况如下。\n3月14日，株洲最后一名新冠肺炎确诊患者出院。",
        published="2020-03-15",
        city="株洲市",
        expect=[("hospitalized", "株洲市", "2020-03-14", 0, "", "")],
        note="a date mention swallowed the preceding newline and fell outside its paragraph",
    ),
    dict(
        id="bug-wu-yi-li-is-zero",
        text="截至2月14日，攸县无一例确诊病例。",
        published="2020-02-16",
        city="株洲市",
        expect=[("confirmed_total", "攸县", "2020-02-14", 0, "", "")],
        note="无一例 was read as 1",
    ),
    dict(
        id="bug-sector-size-before-comma",
        text="截至3月5日，全市纳入调度的200个重点项目中，已开工建设180个。全市共有规模工业企业1200家，已复工1100家。",
        published="2020-03-07",
        city="株洲市",
        expect=[
            ("sector_total", "株洲市", "2020-03-05", 200, "重点项目", ""),
            ("resumed", "株洲市", "2020-03-05", 180, "重点项目", ""),
            ("sector_total", "株洲市", "2020-03-05", 1200, "规模工业企业", ""),
            ("resumed", "株洲市", "2020-03-05", 1100, "规模工业企业", ""),
        ],
        note="the sector size sat in a clause without a resumption verb and was dropped",
    ),
    dict(
        id="bug-travel-history-is-not-a-place",
        text="2月2日，我市新增确诊病例两例，均有武汉旅居史；当天又有三名患者治愈出院。",
        published="2020-02-03",
        city="株洲市",
        expect=[
            ("confirmed_new", "株洲市", "2020-02-02", 2, "", ""),
            ("recovered_new", "株洲市", "2020-02-02", 3, "", ""),
        ],
        note="武汉 in 旅居史 made the next sentence's figure Wuhan's",
    ),
    dict(
        id="bug-list-item-place-does-not-carry",
        text="截至2月12日24时，全市累计报告确诊病例33例，其中雨湖区7例、韶山市2例；累计出院病例10例，在院治疗23例。",
        published="2020-02-13",
        city="湘潭市",
        expect=[
            ("confirmed_total", "湘潭市", "2020-02-12", 33, "", ""),
            ("confirmed_total", "雨湖区", "2020-02-12", 7, "", ""),
            ("confirmed_total", "韶山市", "2020-02-12", 2, "", ""),
            ("recovered_total", "湘潭市", "2020-02-12", 10, "", ""),
            ("hospitalized", "湘潭市", "2020-02-12", 23, "", ""),
        ],
        note="the last list item's district owned the figures after the list",
    ),
    dict(
        id="bug-list-item-quote-and-all-recovered-next-clause",
        text=(
            "截至3月5日，醴陵市累计确诊病例10例，已全部治愈出院。"
            "截至3月9日，全市累计有3.2万家市场主体复工复产。全市现有重症病例8例、危重病例3例。"
        ),
        published="2020-03-10",
        city="株洲市",
        expect=[
            ("confirmed_total", "醴陵市", "2020-03-05", 10, "", ""),
            ("recovered_total", "醴陵市", "2020-03-05", 10, "", ""),
            ("resumed", "株洲市", "2020-03-09", 32000, "市场主体", ""),
            ("severe", "株洲市", "2020-03-09", 8, "", ""),
            ("critical", "株洲市", "2020-03-09", 3, "", ""),
        ],
        note="all-recovered stated in the next clause; 市场主体 cut to 市场; a list item's quote began at the previous item",
    ),
    dict(
        id="bug-imported-cases-are-the-citys",
        text="3月24日0-24时，我市新增境外输入确诊病例1例，无新增本地确诊病例。",
        published="2020-03-25",
        city="株洲市",
        expect=[("confirmed_new", "株洲市", "2020-03-24", 1, "", "")],
        note="境外 in 境外输入 is how a case arrived, not where it is counted; the none-statement "
        "about local cases is not the day's total and is left out",
    ),
    dict(
        id="bug-gaoxin-is-not-a-place-in-gaoxin-jishu",
        text="截至3月9日，全市高新技术企业复工率达到95%。",
        published="2020-03-10",
        city="株洲市",
        expect=[("resumption_rate", "株洲市", "2020-03-09", 95, "高新技术企业", "")],
        note="the short form 高新 of 高新区 matched 高新技术 (found in review)",
    ),
    dict(
        id="bug-generic-zone-is-the-home-citys",
        text="截至3月9日，高新区规模以上工业企业复工率达到95%。",
        published="2020-03-10",
        city="湘潭市",
        expect=[("resumption_rate", "湘潭高新区", "2020-03-09", 95, "规模以上工业企业", "")],
        note="another city's 高新区 was filed as 株洲's and dropped (found in review)",
    ),
    dict(
        id="bug-service-list-across-semicolons",
        text=(
            "为应对务工人员返程和市民出行需求，截至2月20日，全市已恢复道路客运班线170条，客车497台；"
            "城市公交线路31条，车辆102台；出租车44台。"
        ),
        published="2020-02-21",
        city="株洲市",
        expect=[
            ("services_resumed", "株洲市", "2020-02-20", 170, "道路客运班线", ""),
            ("services_resumed", "株洲市", "2020-02-20", 497, "客车", ""),
            ("services_resumed", "株洲市", "2020-02-20", 31, "城市公交线路", ""),
            ("services_resumed", "株洲市", "2020-02-20", 102, "车辆", ""),
            ("services_resumed", "株洲市", "2020-02-20", 44, "出租车", ""),
        ],
        note="making ； a sentence boundary cut the list off from its verb 恢复",
    ),
    dict(
        id="bug-breakdown-bracket-is-no-attribution",
        text="截至3月11日24时，全市累计报告确诊病例36例（鹿城区8例、龙湾区10例），累计治愈出院34例。",
        published="2020-03-12",
        city="宁波市",
        expect=[
            ("confirmed_total", "宁波市", "2020-03-11", 36, "", ""),
            ("recovered_total", "宁波市", "2020-03-11", 34, "", ""),
        ],
        note="a bracket naming another place after a figure was taken as its owner even when it "
        "was a breakdown with counts (found by the dashboard test on a corpus read with the wrong city)",
    ),
    dict(
        id="bug-list-verb-belongs-to-next-item",
        text="内蒙古累计确诊50例，其中：鄂尔多斯市11例（达拉特旗9例、东胜区1例已痊愈出院、鄂托克前旗1例已痊愈出院），包头市9例。",
        published="2020-02-07",
        city="包头市",
        expect=[("confirmed_total", "包头市", "2020-02-07", 9, "", "")],
        note="an item's note (已痊愈出院) turned the rest of the list into discharges",
    ),
    dict(
        id="bug-villages-none-statement",
        text=(
            "在湖口镇炒石村，帮扶队全程参与村内疫情防控工作。\n"
            "通过早部署、早宣传、早防控，以上村组无一例新冠肺炎确诊病例、疑似病例。"
        ),
        published="2020-02-21",
        city="宜春市",
        expect=[],
        note="a none-statement about 以上村组 (the villages above) is not the city's cumulative zero; "
        "it came out once a travel place no longer carried to the paragraph (seed 004, found by the seed gold)",
    ),
    dict(
        id="bug-respectively-districts",
        text="2月2日，全市新增确诊病例5例，鹿城区、龙湾区、瓯海区分别为3例、1例和1例。",
        published="2020-02-03",
        city="温州市",
        expect=[
            ("confirmed_new", "温州市", "2020-02-02", 5, "", ""),
            ("confirmed_new", "鹿城区", "2020-02-02", 3, "", ""),
            ("confirmed_new", "龙湾区", "2020-02-02", 1, "", ""),
            ("confirmed_new", "瓯海区", "2020-02-02", 1, "", ""),
        ],
        note="分别 over districts gave every number to the last district (found in review)",
    ),
    dict(
        id="bug-imported-none-is-not-all-none",
        text="2月20日0-24时，全市新增本地确诊病例3例，无新增境外输入确诊病例。",
        published="2020-02-21",
        city="温州市",
        expect=[("confirmed_new", "温州市", "2020-02-20", 3, "", "")],
        note="无新增境外输入确诊病例 says nothing of all new cases (found in review)",
    ),
    dict(
        id="bug-headline-local-none",
        text="【温州无新增本地确诊病例】\n2月20日0-24时，温州市新增境外输入确诊病例1例。",
        published="2020-02-21",
        city="温州市",
        expect=[("confirmed_new", "温州市", "2020-02-20", 1, "", "")],
        note="a title's 无新增本地 survived beside the body's imported case (found in review)",
    ),
    # Found by mutation testing (issue 13): each once survived every test as a one-line
    # change of the code.
    dict(
        id="mutant-death-after-the-number",
        text="截至2月20日24时，武汉市新增确诊病例3例，1例死亡。",
        published="2020-02-21",
        city="武汉市",
        expect=[
            ("confirmed_new", "武汉市", "2020-02-20", 3, "", ""),
            ("deaths_new", "武汉市", "2020-02-20", 1, "", ""),
        ],
        note="死亡 after the number (1例死亡) is a new death",
    ),
    dict(
        id="mutant-vague-no-cases",
        text="截至2月20日24时，武汉市无病例。",
        published="2020-02-21",
        city="武汉市",
        expect=[],
        note="无病例 alone is too vague for a cumulative 0 (a spurious confirmed_total 0)",
    ),
    dict(
        id="mutant-this-community",
        text="截至2月20日24时，本社区累计确诊病例3例。",
        published="2020-02-21",
        city="武汉市",
        expect=[],
        note="本社区 points at a locality: its count is not the city's",
    ),
    # Found on the blind tables (blind_narrative, blind_feeds) once they were scored: each a way
    # of writing the engine misread, in a sentence cut from the page the blind case quotes.
    dict(
        id="bug-county-bulletin-speaks-for-itself",
        text=(
            "枣阳市新型冠状病毒感染的肺炎疫情通报\n"
            "2020年3月16日0时至24时,我市无新增确诊病例。截至3月16日24时,全市累计报告确诊病例194例。"
            "全市累计追踪密切接触者2158人,累计追踪密切接触者的密切接触者635人。"
        ),
        published="2020-03-17",
        city="襄阳市",
        expect=[
            ("confirmed_new", "枣阳市", "2020-03-16", 0, "", ""),
            ("confirmed_total", "枣阳市", "2020-03-16", 194, "", ""),
            ("close_contacts_total", "枣阳市", "2020-03-16", 2158, "", ""),
        ],
        note="a county-level city's own bulletin (its title) says 我市 of itself, not of the prefecture; "
        "密切接触者的密切接触者 (second-degree contacts) has no metric",
    ),
    dict(
        id="bug-cleared-clause-before-and-goal-met",
        text=(
            "截至3月16日24时,确诊和疑似病例(除死亡病例外)全部治愈出院,实现“清零”。\n"
            "2月29日,铜陵市率先在全省实现了新冠肺炎住院患者“清零”目标。"
        ),
        published="2020-03-17",
        city="铜陵市",
        expect=[
            ("hospitalized", "铜陵市", "2020-03-16", 0, "", ""),
            ("suspected", "铜陵市", "2020-03-16", 0, "", ""),
            ("hospitalized", "铜陵市", "2020-02-29", 0, "", ""),
        ],
        note="实现“清零” alone: the clause before (past a bracket) says what was cleared, and 除死亡病例外 "
        "is no 'rest of the places'; a 清零目标 that was met (实现了) is a statement, not a goal",
    ),
    dict(
        id="bug-suizhe-clause-and-bare-day-afternoon",
        text=(
            "8日 , 新疆最后1例新冠肺炎确诊病例出院 。\n"
            "7日下午 , 随着最后4例新冠肺炎确诊患者出院 , 四川德阳市18例新冠肺炎确诊病例已全部治愈出院 , "
            '实现了确诊病例"清零" 。'
        ),
        published="2020-03-09",
        city="德阳市",
        expect=[
            ("recovered_new", "德阳市", "2020-03-07", 4, "", ""),
            ("confirmed_total", "德阳市", "2020-03-07", 18, "", ""),
            ("recovered_total", "德阳市", "2020-03-07", 18, "", ""),
            ("hospitalized", "德阳市", "2020-03-07", 0, "", ""),
        ],
        note="a 随着 clause's figure is the main clause's place's (not the paragraph before's); 7日下午 is "
        "a date; 随着 in another clause does not make the 清零 a topic",
    ),
    dict(
        id="bug-last-three-are-not-new-cases",
        text="順義,有個重磅好消息\n\n3月7日上午10時\n\n順義區已確診的\n\n最後3名新冠肺炎患者\n\n此次出院的3名患者\n\n符合最新出院標準",
        published="2020-03-07",
        city="北京市",
        expect=[("recovered_new", "顺义区", "2020-03-07", 3, "", "")],
        note="已确诊的最后3名患者 are the last of a set: no confirmed_new",
    ),
    dict(
        id="bug-none-statement-dates-the-list-after-it",
        text=(
            "广西卫健委通报,2月26日0-24时,广西无新增新型冠状病毒肺炎确诊病例;新增治愈出院病例21例"
            "(南宁市6例,河池市3例,来宾市2例);无新增死亡病例。"
        ),
        published="2020-02-27",
        city="河池市",
        expect=[("recovered_new", "河池市", "2020-02-26", 3, "", "")],
        note="a date whose sentence states only a none-statement still dates the figures after it",
    ),
    dict(
        id="bug-day-window-before-garbled-stop",
        text=(
            "2月19日0—24時,31個?。ㄗ灾螀^(qū)、直轄市)和新疆生產(chǎn)建設(shè)兵團報告新增確診病例394例,"
            "新增死亡病例114例(湖北108例,河北、上海、福建、山東、云南、陜西各1例)。"
        ),
        published="2020-02-20",
        city="上海市",
        expect=[("deaths_new", "上海市", "2020-02-19", 1, "", "")],
        note="a day's window (0—24时) dates the figures after a garbled full stop; 陜 (a variant of 陕) "
        "names 陕西 and keeps the 各 list whole",
    ),
    dict(
        id="bug-bare-total-after-deaths",
        text="巴西卫生部3月24日宣布,该国新增新冠肺炎确诊病例310例,累计2201例;死亡病例新增12例,累计46例。",
        published="2020-03-25",
        city=None,
        expect=[
            ("confirmed_new", "巴西", "2020-03-24", 310, "", ""),
            ("confirmed_total", "巴西", "2020-03-24", 2201, "", ""),
            ("deaths_new", "巴西", "2020-03-24", 12, "", ""),
            ("deaths_total", "巴西", "2020-03-24", 46, "", ""),
        ],
        note="a bare 累计46例 after 死亡病例新增 is the deaths total, not the confirmed total",
    ),
    dict(
        id="bug-threshold-picks-out-places",
        text=(
            "截至3月3日12时,青岛、枣庄、日照、滨州剩余住院病例1例,临沂剩余2例,烟台剩余10例。"
            "16市中,住院病例超过10例的目前还剩4市。"
        ),
        published="2020-03-04",
        city="烟台市",
        expect=[("hospitalized", "烟台市", "2020-03-03", 10, "", "")],
        note="超过10例的…4市 is a bound that picks out cities, not a count",
    ),
    dict(
        id="bug-list-after-in-hospital-count-sums-to-it",
        text=(
            "截至2月7日20時,甘肅累計報告新冠肺炎確診病例71例,61例在定點醫院進行隔離治療。"
            "蘭州市26例、天水市9例、定西市7例、隴南市4例、白銀市4例、甘南州3例、張掖市2例、慶陽市2例、"
            "平涼市2例、臨夏州1例、金昌市1例。"
        ),
        published="2020-02-08",
        city="天水市",
        expect=[("hospitalized", "天水市", "2020-02-07", 9, "", "")],
        note="a bare list right after 61例在定点医院进行隔离治疗 adds up to 61: it breaks that count down",
    ),
    dict(
        id="bug-elsewhere-owns-only-its-sentence",
        text=(
            "截至2月20日24时,全市累计报告病例848例。其中,疑似病例4例(当天新增3例)、疑似病例转外地核减1例、确诊病例155例、"
            "排除688例。确诊病例中,已经治愈91例,现在院治疗55例,死亡3例。"
            "我市已治愈出院91例、治愈率58.7%,治愈率均高于全国24.2%的水平。"
        ),
        published="2020-02-21",
        city="南阳市",
        expect=[
            ("suspected", "南阳市", "2020-02-20", 4, "", ""),
            ("confirmed_total", "南阳市", "2020-02-20", 155, "", ""),
            ("recovered_total", "南阳市", "2020-02-20", 91, "", ""),
            ("hospitalized", "南阳市", "2020-02-20", 55, "", ""),
            ("deaths_total", "南阳市", "2020-02-20", 3, "", ""),
            ("recovery_rate", "南阳市", "2020-02-20", 58.7, "", ""),
        ],
        note="转外地 owned the next sentence's figures; 核减 in one list item dropped the next; 累计报告病例 "
        "split into 疑似/确诊/排除 is no confirmed total; 高于全国24.2% is the country's; the bracket's 新增 "
        "is not the 155's modifier",
    ),
    dict(
        id="bug-hospital-count-is-not-the-place",
        text="大冶市新冠肺炎最新疫情(3月2日)\n\n3月2日0-24时,大冶市无新增新冠肺炎病例。新增出院4例(含黄石医院1例)。",
        published="2020-03-03",
        city="黄石市",
        expect=[
            ("confirmed_new", "大冶市", "2020-03-02", 0, "", ""),
            ("recovered_new", "大冶市", "2020-03-02", 4, "", ""),
        ],
        note="黄石医院1例 is a hospital's part of the count: 黄石 there names no place (the title's 大冶市 speaks)",
    ),
    dict(
        id="bug-none-covers-a-list-of-nouns",
        text="截至28日24: 00,已有6例确诊病例,无重症病例、危重病例和死亡病例。在治(危)重症0例。",
        published="2020-01-29",
        city="揭阳市",
        expect=[
            ("confirmed_total", "揭阳市", "2020-01-28", 6, "", ""),
            ("severe", "揭阳市", "2020-01-28", 0, "", ""),
            ("critical", "揭阳市", "2020-01-28", 0, "", ""),
            ("deaths_total", "揭阳市", "2020-01-28", 0, "", ""),
        ],
        note="无 covers each noun of 重症病例、危重病例和死亡病例; (危)重症 is severe and critical",
    ),
    dict(
        id="bug-cured-and-pointed-back",
        text=(
            "2月20日下午,汉中市又有5名新冠肺炎确诊患者先后治愈出院。至此,汉中市累计已有10名确诊病例痊愈。"
            "这3名患者确诊后先后转入汉中市传染病医院进行救治。"
        ),
        published="2020-02-21",
        city="汉中市",
        expect=[
            ("recovered_new", "汉中市", "2020-02-20", 5, "", ""),
            ("recovered_total", "汉中市", "2020-02-20", 10, "", ""),
        ],
        note="10名确诊病例痊愈 counts recoveries; 这3名患者确诊后 points back at patients already counted",
    ),
    dict(
        id="bug-list-place-before-garbled-stop",
        text=(
            "目前,吉林省確診病例93例,在院隔離治療確診病例9例,其中長春市5例,通化市3例,白城市1例?,F(xiàn)有疑似病例9例。"
        ),
        published="2020-03-02",
        city=None,
        expect=[
            ("confirmed_total", "吉林省", "2020-03-02", 93, "", ""),
            ("hospitalized", "吉林省", "2020-03-02", 9, "", ""),
            ("hospitalized", "长春市", "2020-03-02", 5, "", ""),
            ("hospitalized", "通化市", "2020-03-02", 3, "", ""),
            ("hospitalized", "白城市", "2020-03-02", 1, "", ""),
            ("suspected", "吉林省", "2020-03-02", 9, "", ""),
        ],
        note="a list item's place (白城市1例?, 通化市3例, in a comma list) owns only its item",
    ),
    dict(
        id="bug-qizhong-keeps-the-county",
        text=(
            "截至目前,乐至县复工复产工业企业共计268户。其中,规模以上工业企业复工复产65户,复工人员4626人;"
            "规模以下工业企业复工复产203户"
        ),
        published="2020-02-25",
        city="资阳市",
        expect=[
            ("resumed", "乐至县", "2020-02-25", 268, "复工复产工业企业", ""),
            ("resumed", "乐至县", "2020-02-25", 65, "规模以上工业企业", ""),
            ("workers_returned", "乐至县", "2020-02-25", 4626, "规模以上工业企业", ""),
            ("resumed", "乐至县", "2020-02-25", 203, "规模以下工业企业", ""),
        ],
        note="a sentence opening with 其中 breaks the sentence before down: its county stays the subject",
    ),
    dict(
        id="bug-on-post-workers-and-their-share",
        text="3月2日,涪城区86家规模以上工业企业全部复工,企业在岗人数11883人,占员工总数的82.4%。",
        published="2020-03-02",
        city="绵阳市",
        expect=[
            ("resumed", "涪城区", "2020-03-02", 86, "规模以上工业企业", ""),
            ("sector_total", "涪城区", "2020-03-02", 86, "规模以上工业企业", ""),
            ("workers_returned", "涪城区", "2020-03-02", 11883, "", ""),
            ("worker_return_rate", "涪城区", "2020-03-02", 82.4, "", ""),
        ],
        note="在岗人数 counts workers back; its share of 员工总数 is the workers' rate, not the firms'",
    ),
    dict(
        id="bug-forecast-sentence",
        text="截至2月20日,高新区累计复工规模以上工业企业237家。预计本周内,限额以上服务业企业复工率超过50%。",
        published="2020-02-20",
        city="合肥市",
        expect=[("resumed", "高新区", "2020-02-20", 237, "规模以上工业企业", "")],
        note="a sentence that opens with 预计 states a forecast, not a rate",
    ),
    dict(
        id="bug-manager-account-runs-on",
        text=(
            "位于遂宁经开区的四川天马电子公司车间里机器轰鸣。\n"
            "该公司相关负责人李明介绍，为了保障员工安全，公司每天对厂区消杀两次。目前，已有420人返岗上班。"
        ),
        published="2020-03-04",
        city="遂宁市",
        expect=[("workers_returned", "四川天马电子公司", "2020-03-04", 420, "", "")],
        note="the manager's account runs on after its sentence; 四川 opens the firm's name, it is no place",
    ),
    dict(
        id="bug-forecast-in-a-quote",
        text="“力争本月底前企业复工复产达到70%以上。”园区负责人说。",
        published="2020-02-21",
        city="遂宁市",
        expect=[],
        note="a target inside a quote is a forecast, not a rate",
    ),
    dict(
        id="bug-reach-of-previous-sentence",
        text="1月24日，遂宁确诊首例新冠肺炎病例。2月9日，达到17例，此后再无新增。",
        published="2020-03-12",
        city="遂宁市",
        expect=[("confirmed_total", "遂宁市", "2020-02-09", 17, "", "")],
        note="达到17例 with no figure word of its own: the total of what the sentence before counted",
    ),
    dict(
        id="bug-today-in-a-dated-sentence",
        text="3月28日，马来西亚卫生部总监对外公布，今日新增确诊159人，累计确诊2320人。",
        published="2020-03-31",
        city=None,
        expect=[
            ("confirmed_new", "马来西亚", "2020-03-28", 159, "", ""),
            ("confirmed_total", "马来西亚", "2020-03-28", 2320, "", ""),
        ],
        note="今日 in a sentence a stated day opens is that day, not the page's",
    ),
    dict(
        id="bug-contacts-of-patients-part",
        text="4月2日，越南卫生部通报，当日新增确诊8人，其中与确诊患者有接触6人。",
        published="2020-04-02",
        city=None,
        expect=[("confirmed_new", "越南", "2020-04-02", 8, "", "")],
        note="与确诊患者有接触6人 is a part of the day's cases by how they caught it, not a count of confirmed",
    ),
    dict(
        id="bug-total-comes-to",
        text="意大利今天新增死亡病例812例，总数来到11591人。",
        published="2020-03-31",
        city=None,
        expect=[
            ("deaths_new", "意大利", "2020-03-31", 812, "", ""),
            ("deaths_total", "意大利", "2020-03-31", 11591, "", ""),
        ],
        note="总数来到N after a day's deaths: their total",
    ),
    dict(
        id="bug-english-title-and-stamp-lines-stay-apart",
        text=(
            "Latest Epidemic Update of Shanxi Province (Feb. 5th, 2020)\n"
            "发布日期: 2020-02-06  来源:管理员 打印\n"
            "250-24时,山西省报告新增确诊病例8例,其中,太原市3例、大同市2例、运城市3例。"
        ),
        published="2020-02-06",
        city="太原市",
        expect=[("confirmed_new", "太原市", "2020-02-05", 3, "", "")],
        note="an English title and the page's stamp line were joined into the bulletin's first line, and "
        "its 250-24时 (2月5日0-24时, 月 and 日 lost) was not read",
    ),
    dict(
        id="bug-all-n-patients-are-the-earlier-counts",
        text="截至2月3日12时,吉林省共报告确诊病例42例,其中长春市14例、四平市4例,所有42名患者都在定点医院隔离治疗。",
        published="2020-02-03",
        city="四平市",
        expect=[("confirmed_total", "四平市", "2020-02-03", 4, "", "")],
        note="所有42名患者 counts the province's 42 again: the province's patients in hospital, not the last city's",
    ),
    dict(
        id="bug-county-bureau-tells-the-story",
        text=(
            "连日来,县委、县政府一手抓疫情防控,一手抓经济发展。景洪市住建局坚持疫情防控、项目建设两手抓。\n"
            "截至2月25日,12家房地产企业,已复工10家,复工率83.33%。"
        ),
        published="2020-03-01",
        city="西双版纳傣族自治州",
        expect=[
            ("sector_total", "景洪市", "2020-02-25", 12, "房地产企业", ""),
            ("resumed", "景洪市", "2020-02-25", 10, "房地产企业", ""),
            ("resumption_rate", "景洪市", "2020-02-25", 83.33, "房地产企业", ""),
        ],
        note="a county's own bureau as the story's subject: its figures, not the prefecture's",
    ),
    dict(
        id="bug-applications-are-not-resumption",
        text="截至2月15日,全市各类工业企业提出申请复产复工48户,已同意复产复工企业30户。除1家企业正在申请复工以外,其余均已投入生产。",
        published="2020-02-16",
        city="保山市",
        expect=[("resumed", "保山市", "2020-02-15", 30, "企业", "")],
        note="提出申请复工48户 and 1家…正在申请复工 are applications, not firms back at work",
    ),
    dict(
        id="bug-workers-to-the-factory-are-the-firm",
        text=("位于思茅区的云南普瑞食品有限公司车间里,各加工环节生产繁忙。现已有周边村民35名工人到厂上班。"),
        published="2020-02-16 22:12",
        city="普洱市",
        expect=[("workers_returned", "云南普瑞食品有限公司", "2020-02-16", 35, "", "")],
        note="到厂 (to the factory): the firm the story is at; 思茅区 is where it stands",
    ),
    dict(
        id="bug-since-yesterday-dates-nothing",
        text=(
            "在石岗畜牧农民专业合作社内,工人们正在分拣甘草。\n"
            "“合作社从昨天开始就复工了,现在有12名职工上岗到位。”合作社负责人王林如是说。"
        ),
        published="2020-02-23 16:19",
        city="张掖市",
        expect=[("workers_returned", "石岗畜牧农民专业合作社", "2020-02-23", 12, "", "")],
        note="从昨天开始 is when work restarted, not the day of the count; 如是说 names the speaker",
    ),
    dict(
        id="bug-foreign-provinces-in-a-feed",
        text="南非卫生部3月20日发布消息,南非总确诊人数达到了202例。截至目前,豪登省总确诊93例;林波波省总确诊2例。",
        published="2020-03-20 22:00",
        city=None,
        expect=[
            ("confirmed_total", "南非", "2020-03-20", 202, "", ""),
            ("confirmed_total", "豪登省", "2020-03-20", 93, "", ""),
            ("confirmed_total", "林波波省", "2020-03-20", 2, "", ""),
        ],
        note="a feed's provinces of a foreign country, opening their clauses: their own figures",
    ),
    dict(
        id="bug-japan-after-mu-qian",
        text="截至目前日本累计报告新冠死亡病例171例。",
        published="2020-04-15",
        city=None,
        expect=[("deaths_total", "日本", "2020-04-15", 171, "", "")],
        note="目前日本 names 日本 (今日本市 does not)",
    ),
    dict(
        id="bug-foreign-region-without-its-suffix",
        text="宾夕法尼亚累计确诊病例33232例,死亡1276例。南非卫生部发布消息,西开普总确诊46例;姆普马兰加总确诊5例。",
        published="2020-04-19",
        city=None,
        expect=[
            ("confirmed_total", "宾夕法尼亚", "2020-04-19", 33232, "", ""),
            ("deaths_total", "宾夕法尼亚", "2020-04-19", 1276, "", ""),
            ("confirmed_total", "西开普", "2020-04-19", 46, "", ""),
            ("confirmed_total", "姆普马兰加", "2020-04-19", 5, "", ""),
        ],
        note="a state or province named without 州/省 (and the wires' 姆普马兰加) is still that region",
    ),
    dict(
        id="bug-jakarta-capital-region",
        text="印尼卫生部24日说,雅加达首都特区目前共有确诊病例424例,死亡31例。",
        published="2020-03-25",
        city=None,
        expect=[
            ("confirmed_total", "雅加达首都特区", "2020-03-24", 424, "", ""),
            ("deaths_total", "雅加达首都特区", "2020-03-24", 31, "", ""),
        ],
        note="首都特区 alone is no region (Canberra's in ISO 3166-2, Jakarta's here): the longer name",
    ),
    dict(
        id="bug-us-counties-unitless-tallies",
        text="河滨县目前总病例为799人、死亡人数19。圣伯纳迪诺县的病例总数为372、死亡人数13。",
        published="2020-04-05",
        city=None,
        expect=[
            ("confirmed_total", "河滨县", "2020-04-05", 799, "", ""),
            ("deaths_total", "河滨县", "2020-04-05", 19, "", ""),
            ("confirmed_total", "圣伯纳迪诺县", "2020-04-05", 372, "", ""),
            ("deaths_total", "圣伯纳迪诺县", "2020-04-05", 13, "", ""),
        ],
        note="US counties are places; 病例总数为372 and 死亡人数13 are counts without a unit",
    ),
    dict(
        id="bug-infected-verb-and-age-part",
        text="洛杉矶县公共卫生局周日发布通报,新增死亡15人、663人感染,其中2名死亡患者年龄在41至65岁之间。",
        published="2020-04-05",
        city=None,
        expect=[
            ("deaths_new", "洛杉矶县", "2020-04-05", 15, "", ""),
            ("confirmed_new", "洛杉矶县", "2020-04-05", 663, "", ""),
        ],
        note="663人感染 counts infections; 2名…年龄在… is a part by age, no count of its own",
    ),
    dict(
        id="bug-count-compared-with",
        text="橙县周日报告新增病例49人,新增病例总数比周六报告的75例减少。",
        published="2020-04-05",
        city=None,
        expect=[("confirmed_new", "橙县", "2020-04-05", 49, "", "")],
        note="比周六报告的75例: the count compared with, not a total",
    ),
    dict(
        id="bug-counted-regions-each",
        text="2月15日,全国新增确诊病例2009例。其中,6个省区新增病例数为1,5个省区新增病例数为0。",
        published="2020-02-16",
        city=None,
        expect=[("confirmed_new", "全国", "2020-02-15", 2009, "", "")],
        note="5个省区新增病例数为0 says each of five unnamed provinces had none: no figure of the country",
    ),
    dict(
        id="bug-indian-state-anaphora",
        text="据印度卫生部统计,截至4月25日,马哈拉施特拉邦是印度疫情最严重地区,该邦累计确诊6817例。",
        published="2020-04-25",
        city=None,
        expect=[("confirmed_total", "马哈拉施特拉邦", "2020-04-25", 6817, "", "")],
        note="该邦 is the state named before, not the country around it",
    ),
    dict(
        id="bug-canadian-province-abbreviation",
        text="亚省昨日在24小时之内,增加了40宗确诊个案,令到本省确诊人数为661人。",
        published="2020-03-29",
        city=None,
        expect=[
            ("confirmed_new", "亚省", "2020-03-28", 40, "", ""),
            ("confirmed_total", "亚省", "2020-03-28", 661, "", ""),
        ],
        note="亚省 is Alberta; 本省 in a Canadian page is that province; 令到…为661人 is the total",
    ),
    dict(
        id="bug-bound-then-count",
        text="加拿大全国已经突破6000宗确诊个案,急增至6295人,62人死亡。",
        published="2020-03-29",
        city=None,
        expect=[
            ("confirmed_total", "加拿大", "2020-03-29", 6295, "", ""),
            ("deaths_total", "加拿大", "2020-03-29", 62, "", ""),
        ],
        note="突破6000 is the mark passed; the count is 6295, and the deaths beside a total are a total",
    ),
    dict(
        id="bug-one-in-a-list-preliminary-danger",
        text=(
            "目前香港共累计报告58例确诊病例,其中55人正在接受治疗、两人出院、一人死亡。"
            "另有两例初步确诊个案。住院患者中有5人尚处于危险状态。"
        ),
        published="2020-02-17",
        city=None,
        expect=[
            ("confirmed_total", "香港", "2020-02-17", 58, "", ""),
            ("hospitalized", "香港", "2020-02-17", 55, "", ""),
            ("recovered_total", "香港", "2020-02-17", 2, "", ""),
            ("deaths_total", "香港", "2020-02-17", 1, "", ""),
            ("critical", "香港", "2020-02-17", 5, "", ""),
        ],
        note="一人 as a list's next count; 初步确诊 is not yet confirmed; 处于危险状态 is critical",
    ),
    dict(
        id="bug-viewed-from-and-age-part",
        text=(
            "东京都新增确诊病例78例。大阪府也新增28人确诊感染。\n"
            "从东京都的单日确诊感染人数来看,3月31日刷新最高纪录。累计感染人数达到519人。78名感染者中有40人未满40岁。"
        ),
        published="2020-03-31",
        city=None,
        expect=[
            ("confirmed_new", "东京都", "2020-03-31", 78, "", ""),
            ("confirmed_new", "大阪府", "2020-03-31", 28, "", ""),
            ("confirmed_total", "东京都", "2020-03-31", 519, "", ""),
        ],
        note="从东京都的…来看 names the place looked at (no origin); 40人未满40岁 is a part by age",
    ),
    dict(
        id="bug-ship-rise-and-so-far",
        text="游轮「歌诗达大西洋号」今(23)日再增14名船上人员确诊,该游轮迄今感染者已达48人。",
        published="2020-04-23",
        city=None,
        expect=[
            ("confirmed_new", "歌诗达大西洋号", "2020-04-23", 14, "", ""),
            ("confirmed_total", "歌诗达大西洋号", "2020-04-23", 48, "", ""),
        ],
        note="再增 is the day's rise; 迄今…已达 the total so far",
    ),
    dict(
        id="bug-world-then-its-country",
        text="截至4月3日,全球新冠肺炎确诊病例已超过100万例,共计1007977例。其中美国累计确诊238820例,确诊病例依然全球居首;死亡病例5758例。",
        published="2020-04-03",
        city=None,
        expect=[
            ("confirmed_total", "美国", "2020-04-03", 238820, "", ""),
            ("deaths_total", "美国", "2020-04-03", 5758, "", ""),
        ],
        note="the world's count is no place's; 其中美国 names 美国 (not 中美); 全球居首 is a ranking",
    ),
    dict(
        id="bug-month-end-base-then-now",
        text="截至2019年12月底,安康市建成投产毛绒玩具企业308家。目前,复产企业245家,复产率79.55%。",
        published="2020-02-24",
        city="安康市",
        expect=[
            ("sector_total", "安康市", "2019-12-31", 308, "毛绒玩具企业", ""),
            ("resumed", "安康市", "2020-02-24", 245, "", ""),
            ("resumption_rate", "安康市", "2020-02-24", 79.55, "", ""),
        ],
        note="建成投产 firms are the sector's size at 12月底; 目前 after a base that old is now",
    ),
    dict(
        id="bug-applied-or-eligible-not-resumed",
        text="截至2月13日,贺州旺高工业区内递交复工复产材料的企业有35家,经现场核验具备复工复产条件的有34家。",
        published="2020-02-21",
        city="贺州市",
        expect=[],
        note="firms that handed in papers, or may resume, have not resumed",
    ),
    dict(
        id="bug-bare-company-subject-and-projection",
        text=(
            "去年底,安康科贝尔玩具有限公司接到了一个来自德国的订单。\n"
            "突如其来的新冠肺炎疫情,完全打乱了生产节奏。\n"
            "“龙抬头”这天,公司复工复产“火力全开”,赶制“狗狗”。目前,已有90多名工人返岗,加班加点生产。"
            "等学生复学后,返岗工人大约能增加到120人。"
        ),
        published="2020-02-24",
        city="安康市",
        expect=[("workers_returned", "安康科贝尔玩具有限公司", "2020-02-24", 90, "", "more_than")],
        note="a bare 公司 opening a sentence is the story's company; 能增加到120人 is a projection; 去年底 is no 目前",
    ),
    dict(
        id="bug-company-after-a-conjunction",
        text=(
            "同样在贵州晟扬管道科技有限公司的生产车间里,也是一派繁忙的生产场景。"
            "因为公司是园区的老牌企业,员工以本地人为主,该公司自2月20日开始复工复产,目前复工复产率已达100%。"
        ),
        published="2020-02-21",
        city="黔南布依族苗族自治州",
        expect=[("resumption_rate", "贵州晟扬管道科技有限公司", "2020-02-21", 100, "", "")],
        note="因为公司 names no company (同样在… opens none either); 该公司 is the sentence's subject",
    ),
    dict(
        id="bug-company-officer-or-company-says",
        text=(
            "黛玛诗时尚服装有限公司副总经理魏魁介绍,“我们每天会有两次以上的消杀,目前开工率达到了百分之六十。”\n"
            "贺州市新伟业粉体有限公司也是复工企业之一。\n"
            "“目前我们的复工率在40%左右,每天的产量在1000吨到1500吨。”该公司介绍。"
        ),
        published="2020-02-20 16:00",
        city="郑州市",
        expect=[
            ("resumption_rate", "黛玛诗时尚服装有限公司", "2020-02-20", 60, "", ""),
            ("resumption_rate", "贺州市新伟业粉体有限公司", "2020-02-20", 40, "", "about"),
        ],
        note="a firm's 副总经理 speaking, or the firm itself after the quote: the firm's own rate",
    ),
    dict(
        id="bug-second-sector-output-share",
        text="截至2月26日,全州14家房地产企业,已复工13家,复工率92.86%;4家混凝土企业,已复产3家,复产率75%。",
        published="2020-03-23",
        city="西双版纳傣族自治州",
        expect=[
            ("sector_total", "西双版纳傣族自治州", "2020-02-26", 14, "房地产企业", ""),
            ("resumed", "西双版纳傣族自治州", "2020-02-26", 13, "房地产企业", ""),
            ("resumption_rate", "西双版纳傣族自治州", "2020-02-26", 92.86, "房地产企业", ""),
            ("sector_total", "西双版纳傣族自治州", "2020-02-26", 4, "混凝土企业", ""),
            ("resumed", "西双版纳傣族自治州", "2020-02-26", 3, "混凝土企业", ""),
            ("resumption_rate", "西双版纳傣族自治州", "2020-02-26", 75, "混凝土企业", ""),
        ],
        note="复产率 right after 已复产3家 is the share of those firms, not output beside a 复工率",
    ),
    dict(
        id="bug-only-these-provinces-have-none",
        text=(
            "3月30日,泰国政府发言人对外公布,目前累计确诊1524人。泰国共77个府,目前只有南邦府和难府没有出现确诊患者。"
            "客房内没有出现确诊者的乘客被允许下船。"
        ),
        published="2020-04-03",
        city=None,
        expect=[
            ("confirmed_total", "泰国", "2020-03-30", 1524, "", ""),
            ("confirmed_total", "南邦府", "2020-03-30", 0, "", ""),
            ("confirmed_total", "难府", "2020-03-30", 0, "", ""),
        ],
        note="只有A和B没有出现确诊患者: each has none; 没有出现确诊者的乘客 describes people, no count",
    ),
    dict(
        id="bug-county-city-governs-its-paragraph",
        text=(
            "本报运城3月13日讯 日前,山西宏达钢铁集团全面铺开三个重点项目建设。\n"
            "连日来,河津市统筹做好疫情防控与经济社会发展工作,有序推动企业复工复产。截至目前,全市81家规上企业已复工,"
            "复工复产率达到97.5%。"
        ),
        published="2020-03-14",
        city="运城市",
        expect=[
            ("resumed", "河津市", "2020-03-13", 81, "规上企业", ""),
            ("resumption_rate", "河津市", "2020-03-13", 97.5, "规上企业", ""),
        ],
        note="河津市统筹做好… makes the county-level city its paragraph's speaker: its 全市 is 河津市",
    ),
    dict(
        id="bug-unitless-summary-counts",
        text=(
            "疫情第二大热点新泽西病例8.53万;死亡4362。第三热点马萨诸塞州病例超3.8万;死亡1706。\n"
            "截至下午4点30分,意大利(16万2488确诊、2万1067死亡)。\n"
            "新增确诊病例分别为:病例21、患者胡某某,男,45岁。"
        ),
        published="2020-04-19",
        city=None,
        expect=[
            ("confirmed_total", "新泽西", "2020-04-19", 85300, "", ""),
            ("deaths_total", "新泽西", "2020-04-19", 4362, "", ""),
            ("confirmed_total", "马萨诸塞州", "2020-04-19", 38000, "", "more_than"),
            ("deaths_total", "马萨诸塞州", "2020-04-19", 1706, "", ""),
            ("confirmed_total", "意大利", "2020-04-19", 162488, "", ""),
            ("deaths_total", "意大利", "2020-04-19", 21067, "", ""),
        ],
        note="病例8.53万, 死亡4362, 16万2488确诊: counts written with no unit; 病例21 is a patient's label",
    ),
    dict(
        id="bug-listed-country-with-its-bracket",
        text="据报导,西班牙、义大利(16万2488确诊、2万1067死亡)、法国(14万3303确诊)是确诊超过10万例的国家。",
        published="2020-04-15",
        city=None,
        expect=[
            ("confirmed_total", "意大利", "2020-04-15", 162488, "", ""),
            ("deaths_total", "意大利", "2020-04-15", 21067, "", ""),
            ("confirmed_total", "法国", "2020-04-15", 143303, "", ""),
        ],
        note="A、B(…): the bracket right after B is B's alone, not a count the two places share",
    ),
    dict(
        id="bug-reach-after-a-bound",
        text=(
            "截止北京时间21日18点,德国境内新冠确诊病例数已超过2万大关,累计达到了20142例,死亡病例累计70例。\n"
            "美国新冠死亡病例超过1万例,达到10335例。"
        ),
        published="2020-03-21",
        city=None,
        expect=[
            ("confirmed_total", "德国", "2020-03-21", 20142, "", ""),
            ("deaths_total", "德国", "2020-03-21", 70, "", ""),
            ("deaths_total", "美国", "2020-03-21", 10335, "", ""),
        ],
        note="累计达到了N例 reaches what its sentence's earlier clause counts (死亡病例: deaths, not 病例)",
    ),
    dict(
        id="bug-foreign-regions-by-suffix",
        text=(
            "厄瓜多尔卫生部3月31日说,该国累计确诊病例2240例。瓜亚斯省是厄瓜多尔疫情最严重的地区,确诊病例和死亡病例分别为1563例和51例。\n"
            "截至3月31日16时,澳大利亚确诊病例增至355例。目前新州的总确诊病例数为171例。\n"
            "3月31日,华盛顿州金郡卫生部门透过声明指出,目前当地确诊病例已增至10人,其中2人死亡。\n"
            "3月31日,日本厚生劳动省表示,日本新增确诊病例59例。印度拉吉斯坦省今天新增1名确诊病例。"
        ),
        published="2020-03-31",
        city=None,
        expect=[
            ("confirmed_total", "厄瓜多尔", "2020-03-31", 2240, "", ""),
            ("confirmed_total", "瓜亚斯省", "2020-03-31", 1563, "", ""),
            ("deaths_total", "瓜亚斯省", "2020-03-31", 51, "", ""),
            ("confirmed_total", "澳大利亚", "2020-03-31", 355, "", ""),
            ("confirmed_total", "新州", "2020-03-31", 171, "", ""),
            ("confirmed_total", "金郡", "2020-03-31", 10, "", ""),
            ("deaths_total", "金郡", "2020-03-31", 2, "", ""),
            ("confirmed_new", "日本", "2020-03-31", 59, "", ""),
            ("confirmed_new", "拉吉斯坦省", "2020-03-31", 1, "", ""),
        ],
        note="a feed's foreign regions found by their suffix (省, 州, 郡, 邦); a ministry (厚生劳动省) is none",
    ),
    dict(
        id="bug-weekday-day-and-critical",
        text="(早报讯)以色列星期天(29日)新增628起2019冠状病毒疾病(COVID-19)确诊病例。美国华盛顿州新增4名确诊病例,3人命危。",
        published="2020-03-30",
        city=None,
        expect=[
            ("confirmed_new", "以色列", "2020-03-29", 628, "", ""),
            ("confirmed_new", "华盛顿州", "2020-03-29", 4, "", ""),
            ("critical", "华盛顿州", "2020-03-29", 3, "", ""),
        ],
        note="星期天(29日) is the 29th; 起 before a disease name with its English bracket; 命危 is critical",
    ),
    dict(
        id="bug-on-board-is-the-ship",
        text=(
            "滞留加州外海多天的至尊公主号邮轮载有3,500多人。\n"
            "联邦公卫官员表示,船上将近1,000名加州居民,将在空军基地完成隔离。\n"
            "当局检测了船上46人的样本,结果发现有19名船员和两名乘客共21人确诊。\n"
            "舟山一艘渔船上新增确诊病例3例。"
        ),
        published="2020-03-09",
        city=None,
        expect=[
            ("confirmed_total", "至尊公主号", "2020-03-09", 21, "", ""),
            ("confirmed_new", "舟山市", "2020-03-09", 3, "", ""),
        ],
        note="船上 is the ship named before (not the state its residents come from); a fishing boat is no ship of ours",
    ),
    dict(
        id="bug-workforce-and-halted-share",
        text=(
            "截至3月29日,全盟128户规模以上工业企业中,120户企业复工复产,复工率93.8%;停产企业8户,占比6.2%。"
            "120户复工复产企业员工总人数30847人,到岗29440人,到岗率95.4%。"
        ),
        published="2020-04-01 08:57",
        city="阿拉善盟",
        expect=[
            ("sector_total", "阿拉善盟", "2020-03-29", 128, "规模以上工业企业", ""),
            ("resumed", "阿拉善盟", "2020-03-29", 120, "规模以上工业企业", ""),
            ("resumption_rate", "阿拉善盟", "2020-03-29", 93.8, "规模以上工业企业", ""),
            ("workers_returned", "阿拉善盟", "2020-03-29", 29440, "", ""),
            ("worker_return_rate", "阿拉善盟", "2020-03-29", 95.4, "", ""),
        ],
        note="停产企业8户,占比6.2% is the halted firms' share; 员工总人数30847人 the firms' whole staff",
    ),
    dict(
        id="bug-regions-respectively-and-this-state",
        text=(
            "巴基斯坦卫生部5日晚公布,该国累计确诊病例3059例。"
            "根据数据,巴东部旁遮普省和南部信德省是疫情最严重的地区,累计确诊病例分别为1319例和881例。\n"
            "尼日利亚疾控中心公布,新增确诊病例中9例在拉各斯州,目前该州以91例继续成为病例增长最多地区。"
        ),
        published="2020-04-05",
        city=None,
        expect=[
            ("confirmed_total", "巴基斯坦", "2020-04-05", 3059, "", ""),
            ("confirmed_total", "旁遮普省", "2020-04-05", 1319, "", ""),
            ("confirmed_total", "信德省", "2020-04-05", 881, "", ""),
            ("confirmed_new", "拉各斯州", "2020-04-05", 9, "", ""),
            ("confirmed_total", "拉各斯州", "2020-04-05", 91, "", ""),
        ],
        note="A和B是…最严重的地区,…分别为N和M; 东部/南部 lead into a region's name; 该州 is the state named before",
    ),
    dict(
        id="bug-list-items-with-shares-carry-nothing",
        text=(
            "比利时新增新冠肺炎确诊病例1049例,累计确诊病例达7284例。\n"
            "在累计确诊7284个病例中,佛兰德斯大区4652例(64%),布鲁塞尔846例(12%),瓦隆大区1621例(22%)。\n"
            "自3月13日以来,已有858名患者治愈出院。\n"
            "来源:亚洲文旅网。葡萄牙新增5例确诊病例,其中里斯本4例,波尔图13例,科英布拉1例。"
        ),
        published="2020-03-27",
        city=None,
        expect=[
            ("confirmed_new", "比利时", "2020-03-27", 1049, "", ""),
            ("confirmed_total", "比利时", "2020-03-27", 7284, "", ""),
            ("confirmed_total", "佛兰德斯大区", "2020-03-27", 4652, "", ""),
            ("confirmed_total", "布鲁塞尔", "2020-03-27", 846, "", ""),
            ("confirmed_total", "瓦隆大区", "2020-03-27", 1621, "", ""),
            ("recovered_total", "比利时", "2020-03-27", 858, "", ""),
            ("confirmed_new", "葡萄牙", "2020-03-27", 5, "", ""),
            ("confirmed_new", "里斯本", "2020-03-27", 4, "", ""),
            ("confirmed_new", "波尔图", "2020-03-27", 13, "", ""),
            ("confirmed_new", "科英布拉", "2020-03-27", 1, "", ""),
        ],
        note="布鲁塞尔846例(12%) is a list's item, no subject carried on; 亚洲文旅网 is an outlet, no continent",
    ),
    dict(
        id="bug-firms-as-examples-of-a-count",
        text="截至3月29日,全盟128户规模以上工业企业中,中盐集团、兰太实业、庆华集团等120户企业复工复产,复工率93.8%。",
        published="2020-04-01 08:57",
        city="阿拉善盟",
        expect=[
            ("sector_total", "阿拉善盟", "2020-03-29", 128, "规模以上工业企业", ""),
            ("resumed", "阿拉善盟", "2020-03-29", 120, "规模以上工业企业", ""),
            ("resumption_rate", "阿拉善盟", "2020-03-29", 93.8, "规模以上工业企业", ""),
        ],
        note="firms named before 等120户 are examples of the league's count, not its owner",
    ),
    dict(
        id="bug-firm-project-examples-and-province-in-firm-name",
        text=(
            "截至3月29日,全盟重点工业项目共45项,其中内蒙古甲乙化工有限公司原药项目、内蒙古丙丁新材料股份有限公司"
            "中间体项目等25个项目已开复工建设,开复工率55.6%。"
        ),
        published="2020-04-01",
        city="阿拉善盟",
        expect=[
            ("sector_total", "阿拉善盟", "2020-03-29", 45, "重点工业项目", ""),
            ("resumed", "阿拉善盟", "2020-03-29", 25, "项目", ""),
            ("resumption_rate", "阿拉善盟", "2020-03-29", 55.6, "项目", ""),
        ],
        note="共45项 before 其中 is the size; firms before 等25个 are examples (the rate after too); 内蒙古 opens a firm's name",
    ),
    dict(
        id="bug-part-bracket-and-state-change",
        text=(
            "2月20日,又一例重型患者已于当日解除重型,转为普通型。截至目前,全市共确诊8例,其中6例(含1例重型)已经治愈出院。"
        ),
        published="2020-02-20",
        city="衡水市",
        expect=[
            ("confirmed_total", "衡水市", "2020-02-20", 8, "", ""),
            ("recovered_total", "衡水市", "2020-02-20", 6, "", ""),
        ],
        note="a patient leaving the severe state is no severe count; (含1例重型) describes the discharged, whose verb follows it",
    ),
    dict(
        id="bug-ranked-place-and-places-counted",
        text=("截止当地时间1日20时,尼日利亚确诊病例总数达174例。阿布贾首都区以35例紧随其后。"),
        published="2020-04-02",
        city=None,
        expect=[
            ("confirmed_total", "尼日利亚", "2020-04-01", 174, "", ""),
            ("confirmed_total", "阿布贾首都区", "2020-04-01", 35, "", ""),
        ],
        note="以35例紧随其后 ranks a place by its cases",
    ),
    dict(
        id="bug-count-of-places-in-a-resumption-story",
        text="3月28日,海西州首批208个项目集中开复工仪式在全州7个地区同步举行。",
        published="2020-03-30",
        city="海西蒙古族藏族自治州",
        expect=[("resumed", "海西蒙古族藏族自治州", "2020-03-28", 208, "项目", "")],
        note="7个地区 counts places, not projects",
    ),
    dict(
        id="bug-bare-new-of-a-total-governs-no-list",
        text="截至当地时间4月16日,墨西哥确诊病例6297例,新增450例,疑似病例12340例,死亡病例486例。德国境内新增5936例,死亡84例。",
        published="2020-04-17",
        city=None,
        expect=[
            ("confirmed_total", "墨西哥", "2020-04-16", 6297, "", ""),
            ("confirmed_new", "墨西哥", "2020-04-16", 450, "", ""),
            ("suspected", "墨西哥", "2020-04-16", 12340, "", ""),
            ("deaths_total", "墨西哥", "2020-04-16", 486, "", ""),
            ("confirmed_new", "德国", "2020-04-16", 5936, "", ""),
            ("deaths_new", "德国", "2020-04-16", 84, "", ""),
        ],
        note="a total's bare 新增450例 is its own; a sentence's 新增 still governs the list after it",
    ),
    dict(
        id="bug-headline-names-the-city-over-a-hospitals-discharge",
        text=(
            "梅州12日新增1例新冠肺炎治愈病例\n"
            "今天下午,市人民医院又1例新冠肺炎患者治愈出院。至此,梅州市已有5名确诊患者治愈出院。"
        ),
        published="2020-02-12 18:17",
        city="梅州市",
        expect=[
            ("recovered_new", "梅州市", "2020-02-12", 1, "", ""),
            ("recovered_total", "梅州市", "2020-02-12", 5, "", ""),
        ],
        note="the headline names the city for the hospital's discharge",
    ),
    dict(
        id="bug-as-of-the-papers-publication",
        text="3月10日,珠海市最后一名确诊患者出院。截至本报出版时,珠海已经连续23天无新增病例。",
        published="2020-03-13",
        city="珠海市",
        expect=[
            ("hospitalized", "珠海市", "2020-03-10", 0, "", ""),
            ("confirmed_new", "珠海市", "2020-03-13", 0, "", ""),
        ],
        note="截至本报出版时 is the paper's day, not the date before it",
    ),
    dict(
        id="bug-towns-firms",
        text="目前店口镇5000多家工业企业中224家规模以上企业已全部复工,复产率达到80%。",
        published="2020-02-23",
        city="绍兴市",
        expect=[
            ("sector_total", "店口镇", "2020-02-23", 5000, "工业企业", "more_than"),
            ("sector_total", "店口镇", "2020-02-23", 224, "规模以上企业", ""),
            ("resumed", "店口镇", "2020-02-23", 224, "规模以上企业", ""),
            ("resumption_rate", "店口镇", "2020-02-23", 80, "规模以上企业", ""),
        ],
        note="a town of the city reports its firms (目前 leads into its name)",
    ),
    dict(
        id="bug-mines-counted-in-zuo",
        text=(
            "晋中市共有生产煤矿93座,具备复产条件的有68座。"
            "随着甲煤业有限公司等4座煤矿2月18日的复产,晋中市煤矿已有54座复产。"
        ),
        published="2020-02-19",
        city="晋中市",
        expect=[
            ("sector_total", "晋中市", "2020-02-18", 93, "生产煤矿", ""),
            ("resumed", "晋中市", "2020-02-18", 54, "煤矿", ""),
        ],
        note="座 counts mines like 家 counts firms; the 4 whose resuming led up to the count are no figure",
    ),
    dict(
        id="bug-averages-clusters-and-digit-counts",
        text=(
            "秘鲁累计新冠确诊病例升至20914例。近几日秘鲁每天新增确诊病例1500例左右,主要集中在首都利马。"
            "截至23日上午,利马累计确诊病例14300例,胜利马上就会到来。"
            "首尔一办公楼27人集体感染。北海道的新增病例已连续五日达到两位数。"
        ),
        published="2020-04-23",
        city=None,
        expect=[
            ("confirmed_total", "秘鲁", "2020-04-23", 20914, "", ""),
            ("confirmed_total", "利马", "2020-04-23", 14300, "", ""),
        ],
        note="a typical day of late, a building's cluster and 两位数 are no counts; 胜利马上 names no Lima",
    ),
    dict(
        id="bug-one-number-after-respectively-is-each-ones",
        text="湖北省新增确诊病例10例,武汉市和孝感市分别新增1例,黄冈市和鄂州市分别新增2例和3例。",
        published="2020-03-20",
        city=None,
        expect=[
            ("confirmed_new", "湖北省", "2020-03-20", 10, "", ""),
            ("confirmed_new", "武汉市", "2020-03-20", 1, "", ""),
            ("confirmed_new", "孝感市", "2020-03-20", 1, "", ""),
            ("confirmed_new", "黄冈市", "2020-03-20", 2, "", ""),
            ("confirmed_new", "鄂州市", "2020-03-20", 3, "", ""),
        ],
        note="分别 with one number gives each place that number; with one number per place, the k-th",
    ),
    dict(
        id="bug-report-day-changes-and-restated-headers",
        text=(
            "巴拿马卫生部10日宣布,该国新冠肺炎确诊病例增至8人,一名患者死亡。"
            "另据瑞士广播电视台当天晚些时候报道,瑞士死亡病例已超300例。\n"
            "南非累计死亡病例:夸纳省7例,西开普省2例。新增的2例死亡病例中,其中一名是82岁的女性。"
        ),
        published="2020-03-10",
        city=None,
        expect=[
            ("confirmed_total", "巴拿马", "2020-03-10", 8, "", ""),
            ("deaths_new", "巴拿马", "2020-03-10", 1, "", ""),
            ("deaths_total", "瑞士", "2020-03-10", 300, "", "more_than"),
            ("deaths_total", "夸纳省", "2020-03-10", 7, "", ""),
            ("deaths_total", "西开普省", "2020-03-10", 2, "", ""),
            ("deaths_new", "南非", "2020-03-10", 2, "", ""),
        ],
        note="增至 is its own clause's; 当天晚些时候报道 dates a report, not a day's count; a place's item restates no header",
    ),
    dict(
        id="bug-severe-in-a-list-of-new-counts",
        text=(
            "2月6日0—24时,31个省市区新增确诊病例3143例(湖北2447例)、重症病例962例(湖北918例)。"
            "截至6日24时,现有确诊病例28985例(其中重症病例4821例)。"
        ),
        published="2020-02-07",
        city=None,
        expect=[
            ("confirmed_new", "全国", "2020-02-06", 3143, "", ""),
            ("confirmed_new", "湖北省", "2020-02-06", 2447, "", ""),
            ("severe_new", "全国", "2020-02-06", 962, "", ""),
            ("severe_new", "湖北省", "2020-02-06", 918, "", ""),
            ("hospitalized", "全国", "2020-02-06", 28985, "", ""),
            ("severe", "全国", "2020-02-06", 4821, "", ""),
        ],
        note="新增 governs a severe count listed after new counts with 、; the current breakdown stays current",
    ),
    dict(
        id="bug-ranked-places-with-bracketed-counts",
        text="德国累计确诊20142例。目前德国新冠疫情最严重的三个联邦州为北威州(6301例),巴符州(3668例),巴伐利亚(3107例)。",
        published="2020-03-21",
        city=None,
        expect=[
            ("confirmed_total", "德国", "2020-03-21", 20142, "", ""),
            ("confirmed_total", "北威州", "2020-03-21", 6301, "", ""),
            ("confirmed_total", "巴符州", "2020-03-21", 3668, "", ""),
            ("confirmed_total", "巴伐利亚", "2020-03-21", 3107, "", ""),
        ],
        note="places ranked by their cases, each count in brackets after its name: their totals",
    ),
    dict(
        id="bug-district-opening-a-paragraph-after-now",
        text="目前,河西区商务楼宇共计131座。截至3月5日,复工楼宇113座,占91.9%。复工单位1742家。",
        published="2020-03-09",
        city="天津市",
        expect=[
            ("resumed", "河西区", "2020-03-05", 113, "楼宇", ""),
            ("resumption_rate", "河西区", "2020-03-05", 91.9, "楼宇", ""),
            ("resumed", "河西区", "2020-03-05", 1742, "", ""),
        ],
        note="目前,河西区… opens the paragraph: the district owns its later sentences; 座 counts buildings",
    ),
    dict(
        id="bug-a-zone-named-in-full-then-short",
        text="紫竹高新区已实现100%复工\n经过排摸,高新区内企业已全面复工,复工率达100%。",
        published="2020-02-27",
        city="上海市",
        expect=[("resumption_rate", "紫竹高新区", "2020-02-27", 100, "企业", "")],
        note="the story's 高新区 is the 紫竹高新区 it named in full",
    ),
    dict(
        id="bug-our-citys-kind-of-firm-and-a-new-county-city",
        text="龙港快递业复工率超八成\n目前,我市快递公司复工率超八成。记者在我市天天快递公司看到,该公司返岗率已达到八成。",
        published="2020-02-27",
        city="温州市",
        expect=[
            ("resumption_rate", "龙港市", "2020-02-27", 80, "", "more_than"),
            ("worker_return_rate", "天天快递公司", "2020-02-27", 80, "", ""),
        ],
        note="我市快递公司 is a kind of firm of the speaking city (龙港市, set up in 2019), no firm's name",
    ),
    dict(
        id="bug-a-quote-after-the-reporter-walks-into-a-firm",
        text=(
            "随后,记者又走进四川联友纺织工业有限公司生产厂区看到,车间内20台细纱机同时运作。\n"
            "“从2月15日正式复工以来,陆续返岗的工人有560人,基本上达到了正常生产所需的90%。"
        ),
        published="2020-02-25",
        city="资阳市",
        expect=[("workers_returned", "四川联友纺织工业有限公司", "2020-02-25", 560, "", "")],
        note="a quote opening the next paragraph is the firm's voice; 四川 opens the firm's name",
    ),
    dict(
        id="bug-a-paper-abroad-speaks-for-its-country",
        text=(
            "来自 / 联合早报\n"
            "本地最大的感染群S11客工宿舍再增10起病例,使该感染群总病例达98起。\n"
            "本地单日的冠病新病例再次破百,与客工宿舍感染群相关的新病例再增39起,使我国总病例达1481起。"
        ),
        published="2020-04-07",
        city=None,
        expect=[("confirmed_total", "新加坡", "2020-04-07", 1481, "", "")],
        note="联合早报's 我国/本地 is Singapore; a cluster's counts are no place's; 总病例达 is a total",
    ),
    dict(
        id="bug-that-day-after-a-bare-day-and-more-deaths",
        text=(
            "新华社开罗4月3日电 埃及卫生部2日晚间说,埃及境内新增86例新冠肺炎确诊病例。\n"
            "埃及卫生部发言人在一份声明中说,当天新增死亡病例6例,累计死亡病例58例。\n"
            "卫生部今天公布的数据显示,英国的总死亡人数为5,373。NHS今天证实,在英格兰还有403人死亡。"
        ),
        published="2020-04-03 09:18",
        city=None,
        expect=[
            ("confirmed_new", "埃及", "2020-04-02", 86, "", ""),
            ("deaths_new", "埃及", "2020-04-02", 6, "", ""),
            ("deaths_total", "埃及", "2020-04-02", 58, "", ""),
            ("deaths_total", "英国", "2020-04-03", 5373, "", ""),
            ("deaths_new", "英格兰", "2020-04-03", 403, "", ""),
        ],
        note="当天 is the day the story last named (a bare 2日 too); 总死亡人数 is a total; 还有N人死亡 are more deaths",
    ),
    dict(
        id="bug-china-in-a-feed-and-outlets-named-china",
        text="「中国青年网」新增死亡病例1001例\n截至2月1日午夜,中国新冠病毒死亡累计升至304例。",
        published="2020-02-02",
        city=None,
        expect=[("deaths_total", "全国", "2020-02-01", 304, "", "")],
        note="中国 in a feed is the country; 中国青年网 is an outlet, no place",
    ),
    dict(
        id="bug-distances-and-items-after-and",
        text="浙江温州距离武汉800公里,已确诊新冠病毒感染265例。香港新增3例新冠肺炎确诊病例和1例疑似病例。",
        published="2020-02-02",
        city=None,
        expect=[
            ("confirmed_total", "温州市", "2020-02-02", 265, "", ""),
            ("confirmed_new", "香港", "2020-02-02", 3, "", ""),
        ],
        note="距离武汉800公里 measures from 武汉; 和1例疑似病例 is its own item, no confirmed count",
    ),
    dict(
        id="bug-died-despite-treatment",
        text="土耳其卫生部长23日表示,当天有115名新冠患者医治无效去世。另外两名去世的女性患者年龄分别为80岁和88岁。",
        published="2020-04-24",
        city=None,
        expect=[("deaths_new", "土耳其", "2020-04-23", 115, "", "")],
        note="医治无效去世: deaths (无效 is no none-statement); 两名去世的患者 describes, no count",
    ),
    dict(
        id="bug-workshops-are-a-sector",
        text="截至目前,会宁县现有的40家扶贫车间中已经复工复产的有27家,复工率达到68%。",
        published="2020-03-06",
        city="白银市",
        expect=[
            ("sector_total", "会宁县", "2020-03-06", 40, "扶贫车间", ""),
            ("resumed", "会宁县", "2020-03-06", 27, "扶贫车间", ""),
            ("resumption_rate", "会宁县", "2020-03-06", 68, "", ""),
        ],
        note="车间 is a sector noun: 40家扶贫车间中…有27家 is its size and what resumed",
    ),
    dict(
        id="bug-visits-and-planned-days",
        text=(
            "2月17日,集美区领导到甲科技、乙电子两家公司调研企业复工复产。"
            "据介绍,原定于2月3日复工,延期至2月10日复工,目前,全区企业员工返岗率达65%。"
        ),
        published="2020-02-24 16:57",
        city="厦门市",
        expect=[("worker_return_rate", "集美区", "2020-02-17", 65, "", "")],
        note="两家公司调研 counts the firms visited; 原定于/延期至 date plans, not the figure",
    ),
    dict(
        id="bug-first-in-the-city-compares",
        text="连日来,杜集区使辖区内30家规模以上工业企业率先在全市实现复工复产,确保复工复产率达到100%。",
        published="2020-03-18 16:26",
        city="淮北市",
        expect=[
            ("sector_total", "杜集区", "2020-03-18", 30, "", ""),
            ("resumed", "杜集区", "2020-03-18", 30, "", ""),
            ("resumption_rate", "杜集区", "2020-03-18", 100, "", ""),
        ],
        note="率先在全市 is what the district is compared within, not whose rate it is",
    ),
    dict(
        id="bug-counted-part-of-a-batch-that-resumed",
        text="为保障防疫期间农产品供应,我市一批农业企业提前复工,其中市级以上农业龙头企业9家,紧急供应蔬菜。",
        published="2020-02-06",
        city="无锡市",
        expect=[("resumed", "无锡市", "2020-02-06", 9, "市级以上农业龙头企业", "")],
        note="一批…复工,其中N家: the batch has no count; its counted part resumed",
    ),
    dict(
        id="bug-weekdays-cutoffs-crowds-and-boston",
        text=(
            "周六,菲律宾卫生部表示,当日新增76例新冠肺炎病例,该国新冠肺炎总数增至3094人。\n"
            "莫斯科市长网站发布消息称:\n“截至2020年4月2日,莫斯科确诊2475例感染病例,140例康复,20例死亡。”\n"
            "德国一日新增239人确诊 疫情最重州照常举办5万人足球赛\n"
            "根据各地方市镇公布的数据,波士顿市确诊人数累计1,618人。麻州累计216人死亡。"
        ),
        published="2020-04-05",
        city=None,
        expect=[
            ("confirmed_new", "菲律宾", "2020-04-04", 76, "", ""),
            ("confirmed_total", "菲律宾", "2020-04-04", 3094, "", ""),
            ("confirmed_total", "莫斯科", "2020-04-02", 2475, "", ""),
            ("recovered_total", "莫斯科", "2020-04-02", 140, "", ""),
            ("deaths_total", "莫斯科", "2020-04-02", 20, "", ""),
            ("confirmed_new", "德国", "2020-04-04", 239, "", ""),
            ("confirmed_total", "波士顿市", "2020-04-04", 1618, "", ""),
            ("deaths_total", "麻州", "2020-04-04", 216, "", ""),
        ],
        note="周六 on a Sunday's page is the day before (and the undated paragraphs after it carry it); a "
        "cut-off's counts are totals; 5万人足球赛 is a crowd",
    ),
    dict(
        id="bug-that-street-in-a-city-of-towns",
        text="记者5日从东莞市南城街道办获悉,截至3月3日,该街道的复工企业达18110家,返岗员工230062人。",
        published="2020-03-05 13:00",
        city="东莞市",
        expect=[
            ("resumed", "南城街道", "2020-03-03", 18110, "", ""),
            ("workers_returned", "南城街道", "2020-03-03", 230062, "", ""),
        ],
        note="东莞 has towns and streets for districts: 该街道 is the 南城街道 named before (从东莞市 leads into it)",
    ),
    dict(
        id="bug-date-fragments-open-no-firm",
        text="据时代新材蒙西分公司介绍,2月中旬公司复工复产,返岗员工有50多名。",
        published="2020-03-13",
        city="鄂尔多斯市",
        expect=[("workers_returned", "时代新材蒙西分公司", "2020-03-13", 50, "", "more_than")],
        note="2月中旬 leading into 公司 is a date's end, not a firm's name (no firm 月中旬公司)",
    ),
    dict(
        id="bug-contacts-released-and-watched-and-severe-among-discharged",
        text=(
            "截至2月3日12时,日照市确诊病例共判定密切接触者513 人,已解除 87 人,继续观察的 426 人。"
            "今天,日照市又有16位确诊病例痊愈出院,包括4位重症患者。"
        ),
        published="2020-02-03",
        city="日照市",
        expect=[
            ("close_contacts_total", "日照市", "2020-02-03", 513, "", ""),
            ("observation_released_total", "日照市", "2020-02-03", 87, "", ""),
            ("observation", "日照市", "2020-02-03", 426, "", ""),
            ("recovered_new", "日照市", "2020-02-03", 16, "", ""),
        ],
        note="已解除 87 人 and 继续观察的 426 人 after the contacts; 包括4位重症患者 says how ill the discharged were",
    ),
    dict(
        id="bug-deaths-among-all-confirmed-cases",
        text="台湾累计429例确诊。确诊个案中6人死亡,其余持续住院隔离中。",
        published="2020-04-28",
        city=None,
        expect=[
            ("confirmed_total", "台湾", "2020-04-28", 429, "", ""),
            ("deaths_total", "台湾", "2020-04-28", 6, "", ""),
        ],
        note="确诊个案中6人死亡: the deaths among every confirmed case so far, a total (not 6 confirmed)",
    ),
    dict(
        id="bug-headline-phrases-and-death-totals",
        text=(
            "卑诗新增86人确诊 共970人 再多两死\n"
            "卫生官亨利表示,卑诗省确诊人数累计970人。同时新增两人不幸死亡,死亡总人数达19人。"
        ),
        published="2020-03-30",
        city=None,
        expect=[
            ("confirmed_new", "卑诗省", "2020-03-30", 86, "", ""),
            ("confirmed_total", "卑诗省", "2020-03-30", 970, "", ""),
            ("deaths_new", "卑诗省", "2020-03-30", 2, "", ""),
            ("deaths_total", "卑诗省", "2020-03-30", 19, "", ""),
        ],
        note="a headline's phrase ends at its space; 死亡总人数 is a total",
    ),
    dict(
        id="bug-first-found-items",
        text="1月23日0时-24时,湖北省新增病例105例(其中武汉市新增70例,孝感市首次发现22例)。",
        published="2020-01-24",
        city=None,
        expect=[
            ("confirmed_new", "湖北省", "2020-01-23", 105, "", ""),
            ("confirmed_new", "武汉市", "2020-01-23", 70, "", ""),
            ("confirmed_new", "孝感市", "2020-01-23", 22, "", ""),
        ],
        note="孝感市首次发现22例 is an item of the new cases: the place ends before 首次发现",
    ),
    dict(
        id="bug-kinds-of-illness-another-citys-district-name-and-dates-in-words",
        text=(
            "2020年2月13日0-24时,全市累计报告新型冠状病毒肺炎确诊病例76例,其中,有轻型病例2例,普通型病例72例。"
            "已确诊病例中,按照病例管理地区划分,鼓楼区3例,云龙区6例。"
        ),
        published="2020-02-14 10:56",
        city="徐州市",
        expect=[
            ("confirmed_total", "徐州市", "2020-02-13", 76, "", ""),
            ("confirmed_total", "鼓楼区", "2020-02-13", 3, "", ""),
            ("confirmed_total", "云龙区", "2020-02-13", 6, "", ""),
        ],
        note="轻型/普通型 cases are kinds inside the total; 徐州's 云龙区 is no 株洲 zone",
    ),
    dict(
        id="bug-dates-in-words",
        text="荆州市二月十号零点至二十四点新增病例三十例,截至二月十号二十四点荆州市累计治愈出院五十六例。",
        published="2020-02-11",
        city="荆州市",
        expect=[
            ("confirmed_new", "荆州市", "2020-02-10", 30, "", ""),
            ("recovered_total", "荆州市", "2020-02-10", 56, "", ""),
        ],
        note="二月十号 (a broadcast's transcript) is February 10th",
    ),
    dict(
        id="bug-more-than-with-le",
        text="目前,余杭经济技术开发区299家规上企业已经全部实现复产,到岗率也超过了80%。",
        published="2020-03-04 17:19",
        city="杭州市",
        expect=[
            ("sector_total", "余杭经济技术开发区", "2020-03-04", 299, "", ""),
            ("resumed", "余杭经济技术开发区", "2020-03-04", 299, "", ""),
            ("worker_return_rate", "余杭经济技术开发区", "2020-03-04", 80, "", "more_than"),
        ],
        note="超过了80% is more than 80%, as 超过80% is",
    ),
    dict(
        id="bug-a-wire-filed-the-day-before-its-page",
        text=("(中央社記者楊明珠東京13日專電)日本新增35人確診。截至今晚10時,日本登記的確診者累計1422人。"),
        published="2020-03-14 01:00",
        city=None,
        expect=[
            ("confirmed_new", "日本", "2020-03-13", 35, "", ""),
            ("confirmed_total", "日本", "2020-03-13", 1422, "", ""),
        ],
        note="a wire filed on the 13th on a page stamped the 14th: its 今晚 is the 13th's",
    ),
    dict(
        id="bug-who-the-patients-are-and-where-they-went",
        text=(
            "卡塔尔卫生部8日宣布,该国当天确诊3例新冠肺炎病例,使累计确诊病例增至15例。"
            "此前确诊的12名新冠肺炎患者是卡塔尔政府从伊朗接回的人员。卫生部表示,3名新确诊患者已被送往医院治疗。\n"
            "澳大利亚新冠肺炎感染病例累计4976例,包括21个死亡病例,过去24小时新增269例。"
        ),
        published="2020-03-09",
        city=None,
        expect=[
            ("confirmed_new", "卡塔尔", "2020-03-08", 3, "", ""),
            ("confirmed_total", "卡塔尔", "2020-03-08", 15, "", ""),
            ("confirmed_total", "澳大利亚", "2020-03-08", 4976, "", ""),
            ("deaths_total", "澳大利亚", "2020-03-08", 21, "", ""),
        ],
        note="患者是…接回的人员 says who they are; 新确诊患者已被送往医院 where they went; 21个死亡病例 counts deaths",
    ),
    dict(
        id="bug-latin-counties-and-what-might-be",
        text=(
            "南湾Santa Clara县的确诊个案突破600宗,周日新增55宗确诊,累计646宗。Contra Costa县周日新增7宗确诊,累计达175宗。"
            "有科学家估计,加州平均每天的死亡人数有机会达150人,最差的情况,加州每日的死亡人数可能高达370人。"
        ),
        published="2020-03-30",
        city=None,
        expect=[
            ("confirmed_new", "Santa Clara县", "2020-03-29", 55, "", ""),
            ("confirmed_total", "Santa Clara县", "2020-03-29", 646, "", ""),
            ("confirmed_new", "Contra Costa县", "2020-03-29", 7, "", ""),
            ("confirmed_total", "Contra Costa县", "2020-03-29", 175, "", ""),
        ],
        note="a county in Latin letters with 县 is a place abroad (周日 on a Monday's page: the 29th); "
        "有机会达, 可能高达, 平均 are no counts",
    ),
    dict(
        id="bug-top-n-firms-and-mixed-units",
        text="2月17日,宿迁市工业开票50强企业已全部复产,100强企业已有81户复产。全市规上企业275家,已复工企业195家。",
        published="2020-02-19",
        city="宿迁市",
        expect=[
            ("sector_total", "宿迁市", "2020-02-17", 50, "", ""),
            ("resumed", "宿迁市", "2020-02-17", 50, "", ""),
            ("sector_total", "宿迁市", "2020-02-17", 100, "", ""),
            ("resumed", "宿迁市", "2020-02-17", 81, "", ""),
            ("sector_total", "宿迁市", "2020-02-17", 275, "", ""),
            ("resumed", "宿迁市", "2020-02-17", 195, "", ""),
        ],
        note="50强企业 counts the top fifty firms; 家 and 户 both count firms (100强…81户); "
        "a count then 已复工企业N家 names the same kind again: the first is the size",
    ),
    dict(
        id="bug-one-character-bracket-and-long-noun",
        text=(
            "截至2月14日,全市1524户规模以上工业企业中,848户实现开复工,开(复)工率为55.6%,185户涉及保障城市运行必需、群众生活必需的相关企业"
            "已全部恢复生产,复工单位工作人员22396人。为复产复工企业配备体温计(仪)391个、口罩12万个。"
        ),
        published="2020-02-15",
        city="沈阳市",
        expect=[
            ("sector_total", "沈阳市", "2020-02-14", 1524, "", ""),
            ("resumed", "沈阳市", "2020-02-14", 848, "", ""),
            ("resumption_rate", "沈阳市", "2020-02-14", 55.6, "", ""),
            ("sector_total", "沈阳市", "2020-02-14", 185, "", ""),
            ("resumed", "沈阳市", "2020-02-14", 185, "", ""),
            ("workers_returned", "沈阳市", "2020-02-14", 22396, "", ""),
        ],
        note="(复) inside 开(复)工率 is no clause break; 全部恢复生产 after a long noun still means all of them; "
        "thermometers and masks supplied to firms are not firms",
    ),
    dict(
        id="bug-full-rate-by-verb-in-its-clause",
        text="截至3月6日,全区767家重点规模以上企业中已复工492家,其中26家规上工业企业实现100%复工。",
        published="2020-03-09",
        city="天津市",
        expect=[
            ("sector_total", "天津市", "2020-03-06", 767, "", ""),
            ("resumed", "天津市", "2020-03-06", 492, "", ""),
            ("resumed", "天津市", "2020-03-06", 26, "", ""),
            ("sector_total", "天津市", "2020-03-06", 26, "", ""),
            ("resumption_rate", "天津市", "2020-03-06", 100, "", ""),
        ],
        note="实现100%复工 in the count's own clause: all 26 resumed, so the sector counts 26",
    ),
    dict(
        id="bug-count-before-its-rate-word",
        text=(
            "目前,全市350户规模以上工业企业复工率达56%。全市牛肉面馆有1000余家,目前已有近30家复工。"
            "全市27679家餐饮经营服务单位中,已有15950家复工。其中,限上餐饮企业463家,复工435家。"
        ),
        published="2020-02-20",
        city="兰州市",
        expect=[
            ("sector_total", "兰州市", "2020-02-20", 350, "", ""),
            ("resumption_rate", "兰州市", "2020-02-20", 56, "", ""),
            ("sector_total", "兰州市", "2020-02-20", 1000, "", "more_than"),
            ("resumed", "兰州市", "2020-02-20", 30, "", "about"),
            ("sector_total", "兰州市", "2020-02-20", 27679, "", ""),
            ("resumed", "兰州市", "2020-02-20", 15950, "", ""),
            ("sector_total", "兰州市", "2020-02-20", 463, "", ""),
            ("resumed", "兰州市", "2020-02-20", 435, "", ""),
        ],
        note="the 复工 of 复工率 is no verb: 350 is the whole; X有N家 then 已有M家复工, and a 其中 part's "
        "count then 复工M家, give the size; 面馆 and 餐饮…单位 are sectors",
    ),
    dict(
        id="bug-foreign-region-ending-in-a-city-name",
        text="吉尔吉斯斯坦卫生部31日表示,新增13例确诊病例,其中纳伦州3例、伊塞克湖州2例、奥什州5例、贾拉拉巴德州1例。",
        published="2020-03-31",
        city=None,
        expect=[
            ("confirmed_new", "吉尔吉斯斯坦", "2020-03-31", 13, "", ""),
            ("confirmed_new", "纳伦州", "2020-03-31", 3, "", ""),
            ("confirmed_new", "伊塞克湖州", "2020-03-31", 2, "", ""),
            ("confirmed_new", "奥什州", "2020-03-31", 5, "", ""),
            ("confirmed_new", "贾拉拉巴德州", "2020-03-31", 1, "", ""),
        ],
        note="湖州 and 德州 end foreign regions' names here: not Chinese cities",
    ),
    dict(
        id="bug-a-part-then-the-whole-again",
        text="日本昨天新增282例确诊病例,其中东京都单日新增112例;死亡病例单日新增19例,包括大阪府4例。",
        published="2020-04-29",
        city=None,
        expect=[
            ("confirmed_new", "日本", "2020-04-28", 282, "", ""),
            ("confirmed_new", "东京都", "2020-04-28", 112, "", ""),
            ("deaths_new", "日本", "2020-04-28", 19, "", ""),
            ("deaths_new", "大阪府", "2020-04-28", 4, "", ""),
        ],
        note="a place a 其中 names owns its part only: after the ; the figure is the whole's again",
    ),
    dict(
        id="bug-day-before-as-baseline-and-more-than",
        text="3月6日法国确诊病例已经增至423例,比前一天多了138例确诊病例。死亡人数从前一天的4人增至7人。",
        published="2020-03-07",
        city=None,
        expect=[
            ("confirmed_total", "法国", "2020-03-06", 423, "", ""),
            ("confirmed_new", "法国", "2020-03-06", 138, "", ""),
            ("deaths_total", "法国", "2020-03-06", 7, "", ""),
        ],
        note="比前一天多了N例 is the day's new count; 从前一天的4人增至7人 starts from the day before: 7 is the total",
    ),
    dict(
        id="bug-the-previous-counts-word",
        text="伊朗武漢肺炎再增85死 累計514死1萬1364例確診",
        published="2020-03-13",
        city=None,
        expect=[("confirmed_total", "伊朗", "2020-03-13", 11364, "", "")],
        note="514死's 死 is the 514's word, between two numbers: 1萬1364例 counts what its own 確診 says",
    ),
    dict(
        id="bug-count-then-where-it-is",
        text="截至3月20日,哈萨克斯坦全国累计确诊49例,其中25例位于首都努尔苏丹,22例位于南部城市阿拉木图,2例位于卡拉干达。",
        published="2020-03-20",
        city=None,
        expect=[
            ("confirmed_total", "哈萨克斯坦", "2020-03-20", 49, "", ""),
            ("confirmed_total", "努尔苏丹", "2020-03-20", 25, "", ""),
            ("confirmed_total", "阿拉木图", "2020-03-20", 22, "", ""),
            ("confirmed_total", "卡拉干达", "2020-03-20", 2, "", ""),
        ],
        note="N例位于 (the kind of place, then) a place: the list item's place follows it; 努尔苏丹 is not 苏丹",
    ),
    dict(
        id="bug-county-signature-short-line",
        text=(
            "接省、杭州市疫情通报,2020年3月12日0—24时,我市无新增新冠肺炎确诊病例。截至目前,我市累计确诊病例3例,均已治愈出院。\n"
            "截至3月13日10时,全市累计排摸重点地区返建来建人员7135人,已累计解除隔离观察7088人,尚有47人在隔离医学观察中。"
            "\n"
            "建德市新冠肺炎疫情防控指挥部\n"
            "2020年3月13日"
        ),
        published="2020-03-13",
        city="杭州市",
        expect=[
            ("confirmed_new", "建德市", "2020-03-12", 0, "", ""),
            ("confirmed_total", "建德市", "2020-03-12", 3, "", ""),
            ("recovered_total", "建德市", "2020-03-12", 3, "", ""),
            ("observation_released_total", "建德市", "2020-03-13", 7088, "", ""),
            ("observation", "建德市", "2020-03-13", 47, "", ""),
        ],
        note="a county's signature is a short line the layout takes for a headline: it still signs for 我市; "
        "接杭州市疫情通报 names whose bulletin was received, not who speaks; 重点地区 after other words names no "
        "place",
    ),
    dict(
        id="bug-ruled-out-risk-is-no-exclusion",
        text="截至2月25日,我市正在接受医学观察的密切接触者272人,已排除感染风险解除医学观察1770人。",
        published="2020-02-26",
        city="泸州市",
        expect=[
            ("observation", "泸州市", "2020-02-25", 272, "", ""),
            ("observation_released_total", "泸州市", "2020-02-25", 1770, "", ""),
        ],
        note="排除感染风险 (risk ruled out) is why they were released, not a count of excluded cases",
    ),
    dict(
        id="bug-a-total-and-the-places-it-includes",
        text=(
            "圣保罗州是巴西2019冠状病毒疾病(COVID-19,武汉肺炎)疫情蔓延速度最快的一州,过去24小时新增224例死亡病例,累计2049例。"
            "\n今天东京都、钻石公主号都有确诊后死亡者,共12人,至今累计131人死亡,包括日本境内确诊119人、钻石公主号12人。"
        ),
        published="2020-04-11",
        city=None,
        expect=[
            ("deaths_new", "圣保罗州", "2020-04-11", 224, "", ""),
            ("deaths_total", "圣保罗州", "2020-04-11", 2049, "", ""),
            ("deaths_total", "日本", "2020-04-11", 119, "", ""),
            ("deaths_total", "钻石公主号", "2020-04-11", 12, "", ""),
        ],
        note="X是Y…最快的一州: Y is what X is compared within (a bracket with a comma inside does not end it); "
        "N人死亡,包括A确诊N人: the header says what the items count, 确诊 only which patients; "
        "a total that includes a place named before it and another is no one's",
    ),
    dict(
        id="bug-severity-shifts-are-flows",
        text=(
            "2月11日,重庆市报告新增确诊病例16例,新增重型病例2例,重型病例转普通型病例7例,重型病例转危重型病例3例,"
            "新增死亡病例1例。重型病例转普通型病例中,万州区3例、江北区1例;危重型病例转重型病例为云阳县1例。"
            "截至2月11日24时,现有重型病例29例,危重型病例24例。"
        ),
        published="2020-02-12",
        city="重庆市",
        expect=[
            ("confirmed_new", "重庆市", "2020-02-11", 16, "", ""),
            ("severe_new", "重庆市", "2020-02-11", 2, "", ""),
            ("deaths_new", "重庆市", "2020-02-11", 1, "", ""),
            ("severe", "重庆市", "2020-02-11", 29, "", ""),
            ("critical", "重庆市", "2020-02-11", 24, "", ""),
        ],
        note="重型病例转普通型病例7例 counts patients moving between severities: neither severity's count",
    ),
    dict(
        id="bug-threshold-then-its-own-count",
        text="伊朗武肺失控 累計2336例破77死\n6名加拿大流行病学家使用数学模型估计,伊朗境内约有1万8000多起病例。",
        published="2020-03-03",
        city=None,
        expect=[("confirmed_total", "伊朗", "2020-03-03", 2336, "", "")],
        note="2336例破77死: the 死 is the 77's (a count after 破 starts a new item); what experts estimate is no count",
    ),
    dict(
        id="bug-none-so-far-and-the-days-block",
        text=(
            "3月9日0时至24时,北京市新增1例新冠肺炎确诊病例。\n"
            "据了解,当日北京市新增报告疑似病例9例;治愈出院病例5例,分别从市区两级定点医院出院。\n"
            "目前,平谷区自有疫情以来无报告病例,门头沟区至今无确诊病例。"
        ),
        published="2020-03-10",
        city="北京市",
        expect=[
            ("confirmed_new", "北京市", "2020-03-09", 1, "", ""),
            ("recovered_new", "北京市", "2020-03-09", 5, "", ""),
            ("confirmed_total", "平谷区", "2020-03-09", 0, "", ""),
            ("confirmed_total", "门头沟区", "2020-03-09", 0, "", ""),
        ],
        note="a sentence opening on 当日 reports that day, past its ;; 自有疫情以来/至今 无…病例 is none so far "
        "(至今 is no 今, today)",
    ),
    dict(
        id="bug-late-night-day",
        text="新华社北京3月5日电 以色列卫生部3日深夜说,当天新增3例新冠肺炎确诊病例,累积确诊15例。",
        published="2020-03-05",
        city=None,
        expect=[
            ("confirmed_new", "以色列", "2020-03-03", 3, "", ""),
            ("confirmed_total", "以色列", "2020-03-03", 15, "", ""),
        ],
        note="3日深夜说: a day, late at night; 当天 is that day, not the dateline's",
    ),
    dict(
        id="bug-routes-listed-before-their-count",
        text="邢台市自2月18日14时起,恢复市区2路、6路、42路共3条公交线路运营。",
        published="2020-02-19",
        city="邢台市",
        expect=[("services_resumed", "邢台市", "2020-02-18", 3, "", "")],
        note="恢复 before the routes that 共3条 sums; 自…起 is the day the service restarts",
    ),
    dict(
        id="bug-a-town-past-its-semicolon",
        text="浙江诸暨:工业重镇链式复工复产\n据介绍,目前店口镇224家规模以上企业已全部复工,复产率达到80%;规模以下企业复产率超过60%。",
        published="2020-02-23",
        city="绍兴市",
        expect=[
            ("sector_total", "店口镇", "2020-02-23", 224, "", ""),
            ("resumed", "店口镇", "2020-02-23", 224, "", ""),
            ("resumption_rate", "店口镇", "2020-02-23", 80, "", ""),
            ("resumption_rate", "店口镇", "2020-02-23", 60, "", "more_than"),
        ],
        note="a town whose firms the sentence counts goes on past its ; (its localities were looked up "
        "in the ;-part only)",
    ),
    dict(
        id="bug-workers-brought-back-noun-first",
        text="截止3月10日,句容市共发出复工专车26车次,接回企业员工613人。",
        published="2020-04-03",
        city="镇江市",
        expect=[("workers_returned", "句容市", "2020-03-10", 613, "", "")],
        note="接回企业员工613人: the workers brought back, their noun before the count (26车次 is trips)",
    ),
    dict(
        id="bug-bare-new-count-after-a-bracketed-day",
        text="来自 / 联合早报\n本地单日的冠病新病例再次破百,昨天(4月7日)新增106起,使我国总病例达1481起。",
        published="2020-04-08",
        city=None,
        expect=[
            ("confirmed_new", "新加坡", "2020-04-07", 106, "", ""),
            ("confirmed_total", "新加坡", "2020-04-07", 1481, "", ""),
        ],
        note="the bracketed day ends a clause, so the bare 新增106起 stood alone; the place opening the "
        "sentence, with no count before this one, names its subject",
    ),
    dict(
        id="bug-foreign-region-after-a-description",
        text="截至当地时间4月11日,厄瓜多尔累计确诊7257宗新冠肺炎病例。厄瓜多尔受疫情影响最严重的瓜亚斯省确诊病例达到5290例。",
        published="2020-04-12",
        city=None,
        expect=[
            ("confirmed_total", "厄瓜多尔", "2020-04-11", 7257, "", ""),
            ("confirmed_total", "瓜亚斯省", "2020-04-11", 5290, "", ""),
        ],
        note="a region's name starts after the 的 of the words describing it (最严重的瓜亚斯省)",
    ),
    dict(
        id="bug-intensive-care-is-critical",
        text="缅甸卫生部4月24日晚发布,新增新冠肺炎确诊病例5例,累计144例,其中5例死亡,9例痊愈,同时有3位患者在重症监护室接受治疗。",
        published="2020-04-25",
        city=None,
        expect=[
            ("confirmed_new", "缅甸", "2020-04-24", 5, "", ""),
            ("confirmed_total", "缅甸", "2020-04-24", 144, "", ""),
            ("deaths_total", "缅甸", "2020-04-24", 5, "", ""),
            ("recovered_total", "缅甸", "2020-04-24", 9, "", ""),
            ("critical", "缅甸", "2020-04-24", 3, "", ""),
        ],
        note="N位患者在重症监护室接受治疗 counts the critical (ANNOTATION.md's first reading), today's, "
        "not everyone in hospital",
    ),
    dict(
        id="bug-new-cases-then-where-they-are",
        text="声明说,伊拉克15日新增病例有9例位于首都巴格达,2例位于纳杰夫省。",
        published="2020-03-16",
        city=None,
        expect=[
            ("confirmed_new", "巴格达", "2020-03-15", 9, "", ""),
            ("confirmed_new", "纳杰夫省", "2020-03-15", 2, "", ""),
        ],
        note="a count with its own words, then 位于(首都)X: X's part of the day's cases, not the country's",
    ),
    dict(
        id="bug-per-capita-is-no-count",
        text="捷克累计确诊6359例。首都布拉格疫情最为严重,有1516名感染者,相当于每10万名居民中就有111名感染者。",
        published="2020-04-17",
        city=None,
        expect=[
            ("confirmed_total", "捷克", "2020-04-17", 6359, "", ""),
            ("confirmed_total", "布拉格", "2020-04-17", 1516, "", ""),
        ],
        note="每10万名居民中就有111名: a rate per head of population; neither number counts cases",
    ),
    dict(
        id="bug-contacts-as-a-kind-of-case-and-unitless-observed",
        text=(
            "截至1月30日24时,全市累计报告确诊病例110例,其中本地密接者病例9例。"
            "目前,全市累计追踪到密切接触者1437人,已解除医学观察463人,尚有974正在接受医学观察。"
        ),
        published="2020-01-31",
        city="徐州市",
        expect=[
            ("confirmed_total", "徐州市", "2020-01-30", 110, "", ""),
            ("close_contacts_total", "徐州市", "2020-01-30", 1437, "", ""),
            ("observation_released_total", "徐州市", "2020-01-30", 463, "", ""),
            ("observation", "徐州市", "2020-01-30", 974, "", ""),
        ],
        note="密接者病例 are cases who were contacts (a kind of case, no contacts count); 尚有974正在接受医学观察 "
        "leaves out its 人",
    ),
    dict(
        id="bug-two-places-hold-the-most-respectively",
        text="截至当地时间6日15时,德国共确诊感染新冠肺炎639人。639例确诊感染者中,西部的北威州和南部的巴伐利亚州两地分布最多,分别为329例和117例。",
        published="2020-03-07",
        city=None,
        expect=[
            ("confirmed_total", "德国", "2020-03-06", 639, "", ""),
            ("confirmed_total", "北威州", "2020-03-06", 329, "", ""),
            ("confirmed_total", "巴伐利亚州", "2020-03-06", 117, "", ""),
        ],
        note="A和B两地分布最多,分别为N例和M例: the terms stand in the clause before the 分别",
    ),
    dict(
        id="bug-icu-count-falls-to",
        text=(
            "(中央社巴黎14日综合外电报导)法国今天成为继义大利、西班牙与美国之后,第4个死亡病例突破1万5000例的国家。\n"
            "不过,过去24小时加护病房病人从6821人降至6730人,是连续第6天下滑。"
        ),
        published="2020-04-15",
        city=None,
        expect=[("critical", "法国", "2020-04-14", 6730, "", "")],
        note="加护病房病人从6821人降至6730人: the ICU count falls to today's; 继…美国之后 names the countries "
        "before it, not the story's subject",
    ),
    dict(
        id="bug-deaths-tally-without-unit",
        text="今天在苏格兰,又有2人死亡,死亡总数为222。",
        published="2020-04-07",
        city=None,
        expect=[
            ("deaths_new", "苏格兰", "2020-04-07", 2, "", ""),
            ("deaths_total", "苏格兰", "2020-04-07", 222, "", ""),
        ],
        note="死亡总数为222: a deaths tally's noun, then its number with no unit",
    ),
    dict(
        id="bug-tian-adds-new-cases",
        text="日本添35人確診武漢肺炎\n(中央社記者楊明珠東京13日專電)今天愛知縣的名古屋、半田市新添3人確診。",
        published="2020-03-14",
        city=None,
        expect=[
            ("confirmed_new", "日本", "2020-03-13", 35, "", ""),
            ("confirmed_new", "爱知县", "2020-03-13", 3, "", ""),
        ],
        note="添/新添 before a count (Taiwan's press) says the day's new ones",
    ),
    dict(
        id="bug-counts-under-a-resumed-header",
        text="截至3月3日,该街道的复工企业达18110家。复工企业中,内资企业、外资企业分别为17718家、392家。",
        published="2020-03-05",
        city="东莞市",
        expect=[
            ("resumed", "东莞市", "2020-03-03", 18110, "", ""),
            ("resumed", "东莞市", "2020-03-03", 17718, "", ""),
            ("resumed", "东莞市", "2020-03-03", 392, "", ""),
        ],
        note="复工企业中 heads the counts after it: each of its kinds resumed",
    ),
    dict(
        id="bug-a-part-carries-no-subject",
        text=(
            "据日本NHK电视台援引厚生劳动省的数据报道,该国已有11023人确诊感染新冠病毒,"
            "其中包括来自2月停泊在日本海岸的“钻石公主”号邮轮的病例。\n"
            "4月18日新增462例确诊病例。"
        ),
        published="2020-04-18",
        city=None,
        expect=[
            ("confirmed_total", "日本", "2020-04-18", 11023, "", ""),
            ("confirmed_new", "日本", "2020-04-18", 462, "", ""),
        ],
        note="a place named in a clause 其中包括 opens is a part: the next paragraph's figures are the country's",
    ),
    dict(
        id="bug-reported-for-work",
        text="走进恒泰源服装有限公司,公司负责人说:“2月26日正式复工,到3月1日已有103人报到上岗。”",
        published="2020-03-02",
        city="铜仁市",
        expect=[("workers_returned", "恒泰源服装有限公司", "2020-03-01", 103, "", "")],
        note="报到上岗: workers who reported for work are back",
    ),
]
