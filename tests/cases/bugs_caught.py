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
]
