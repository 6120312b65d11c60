"""Sentences that once came out wrong (found on the seeds or by review), kept so they stay right.

Same format as dev_cases.py.
"""

CASES = [
    dict(id="bug-yi-ren-yi-an-idiom",
         text="针对危重症患者采取“一人一团队一方案”的措施，实行“订单式”治疗。",
         published="2020-03-15", city="株洲市", expect=[],
         note="一人 in an idiom was read as 1 critical patient"),
    dict(id="bug-masks-are-not-projects",
         text="市发改委：5万个口罩支持重点项目复工",
         published="2020-03-02", city="株洲市", expect=[],
         note="a verb phrase (口罩支持重点项目) was taken as the sector"),
    dict(id="bug-org-alias-beats-city-name",
         text="中车株洲电力机车研究所有限公司员工表示，远程办公更严格了。\n\n2月10日以来，中车株洲所7000余名员工返岗。",
         published="2020-02-16", city="株洲市",
         expect=[("workers_returned", "中车株洲电力机车研究所有限公司", "2020-02-16", 7000, "", "more_than")],
         note="株洲 inside the abbreviation 中车株洲所 made the figure the city's"),
    dict(id="bug-date-at-paragraph-start",
         text="株洲日报讯 详细情况如下。\n3月14日，株洲最后一名新冠肺炎确诊患者出院。",
         published="2020-03-15", city="株洲市",
         expect=[("hospitalized", "株洲市", "2020-03-14", 0, "", "")],
         note="a date mention swallowed the preceding newline and fell outside its paragraph"),
    dict(id="bug-wu-yi-li-is-zero",
         text="截至2月14日，攸县无一例确诊病例。",
         published="2020-02-16", city="株洲市",
         expect=[("confirmed_total", "攸县", "2020-02-14", 0, "", "")],
         note="无一例 was read as 1"),
]
