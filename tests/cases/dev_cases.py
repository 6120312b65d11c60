"""Golden extraction cases, development set.

Each case is one short text (a sentence or a paragraph, the way a city paper or a
health-commission bulletin words it) and the COMPLETE set of figures a careful reader
takes from it for the home city, its districts/counties and named organisations.

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Conventions used here (and in eval_cases.py); see /work/shared/gold/FORMAT.md:

* `expect` is a set: a figure stated twice (headline and body) is one tuple.
* region is canonical: 株洲市 for 我市/全市/本市/株洲 when city="株洲市"; districts and
  counties keep their suffix (醴陵市, 天元区, 攸县 ...; 株洲高新区 -> "高新区"); an
  organisation's name exactly as the text writes it in full.
* Figures of places below district level (a 街道, 乡镇, 村, 社区) are not expected.
* Figures of other places (another city when it is not the home city, 全省, 全国, 湖北)
  are not expected. Nothing is hard-wired: with city="黄冈市" or "武汉市" those are home.
* A breakdown list (其中：荷塘区5例、芦淞区3例) yields one tuple per district with the
  metric of the figure it breaks down; a parenthetical attribution "新增确诊病例1例（攸县）"
  is a breakdown of one. Sums or differences the text does not state are never expected.
* None-statements are value 0: 无新增确诊病例 -> confirmed_new 0; 无死亡病例 / 零死亡 ->
  deaths_total 0; 无新增死亡 -> deaths_new 0; 当日无新增 -> confirmed_new 0.
  "连续N天无新增(确诊)病例" -> ONE tuple confirmed_new 0 on the as-of date (the last
  day of the run); N is a duration, never a value, and no tuples for the earlier days.
* 现有确诊病例N例 (NHC wording for active cases) -> hospitalized N; 现有确诊病例清零 ->
  hospitalized 0. 无新增疑似 / 无症状感染者 figures have no metric and are not expected.
* "全部治愈出院" after 累计确诊的N例 gives confirmed_total N and recovered_total N.
* Dates: 截至2月19日24时 and 2月19日0时-24时 -> 2020-02-19; 截至13日24时 takes the month
  of the paragraph; 昨日 = published-1, 前日 = published-2; 当天/同日/至此/目前/截至目前 take
  the nearest stated date in the same paragraph, else the date an earlier paragraph of the
  same bulletin stated for its figures (截至2月3日24时 … then 目前追踪到密切接触者410人 in
  the next paragraph: 2020-02-03, issue 8), else the publication date; a date in a
  sentence that states no figure (2月16日，市委召开会议) dates nothing after it; "X以来" is
  a start, never an as-of date. With published=None the year comes from "2020年" in text.
* Section headers (新增出院病例中，A市9例、B市1例；现有重症病例中，…) set the metric of
  their own items only; a province's or the country's totals are never the home city's.
* Percent figures: value is the number of percent (七成 -> 70, ９５％ -> 95).
* Qualifiers: 超过/余/多/以上 -> more_than; 约/左右/近 -> about; 不足/以下 -> less_than.
* sector (resumption metrics only) is the noun phrase the text uses for what resumed,
  minus counts, 全市/我市 and quotation marks (“五小”门店 -> 五小门店); inside a
  breakdown list the sector carries over. Company-level worker figures have sector "".
  Sector strings are verbatim choices: compare them leniently (e.g. one contains the
  other) rather than byte-for-byte.
"""

CASES = [
    # ------------------------------------------------------------------ bulletins: 株洲
    dict(
        id="zz-daily-bulletin-full",
        text=(
            "2月11日0时-24时，我市报告新冠肺炎新增确诊病例1例，新增重症病例0例，新增死亡病例0例，"
            "新增出院病例4例。截至2月11日24时，我市累计报告新冠肺炎确诊病例76例，其中重症病例9例"
            "（其中危重症4例），死亡病例0例，出院病例19例，在院治疗57例；累计追踪到密切接触者1702人，"
            "已解除医学观察1004人，尚有698人正在接受医学观察。"
        ),
        published="2020-02-12",
        city="株洲市",
        expect=[
            ("confirmed_new", "株洲市", "2020-02-11", 1, "", ""),
            ("severe_new", "株洲市", "2020-02-11", 0, "", ""),
            ("deaths_new", "株洲市", "2020-02-11", 0, "", ""),
            ("recovered_new", "株洲市", "2020-02-11", 4, "", ""),
            ("confirmed_total", "株洲市", "2020-02-11", 76, "", ""),
            ("severe", "株洲市", "2020-02-11", 9, "", ""),
            ("critical", "株洲市", "2020-02-11", 4, "", ""),
            ("deaths_total", "株洲市", "2020-02-11", 0, "", ""),
            ("recovered_total", "株洲市", "2020-02-11", 19, "", ""),
            ("hospitalized", "株洲市", "2020-02-11", 57, "", ""),
            ("close_contacts_total", "株洲市", "2020-02-11", 1702, "", ""),
            ("observation_released_total", "株洲市", "2020-02-11", 1004, "", ""),
            ("observation", "株洲市", "2020-02-11", 698, "", ""),
        ],
        note="the full municipal bulletin shape: per-day block then cumulative block; explicit 0s are figures",
    ),
    dict(
        id="zz-early-naming-gantan-de-feiyan",
        text=(
            "1月24日，记者从市卫健委获悉，1月23日0时至24时，我市新增新型冠状病毒感染的肺炎确诊病例2例。"
            "截至1月23日24时，我市累计报告新型冠状病毒感染的肺炎确诊病例3例，共追踪到密切接触者58人。"
        ),
        published="2020-01-25",
        city="株洲市",
        expect=[
            ("confirmed_new", "株洲市", "2020-01-23", 2, "", ""),
            ("confirmed_total", "株洲市", "2020-01-23", 3, "", ""),
            ("close_contacts_total", "株洲市", "2020-01-23", 58, "", ""),
        ],
        note="January name 新型冠状病毒感染的肺炎 sits between 确诊 keywords; the 1月24日 report date is not the as-of date",
    ),
    dict(
        id="zz-feb-naming-xinxing-guanzhuang-feiyan",
        text=(
            "2月8日0—24时，我市新增新型冠状病毒肺炎确诊病例2例，新增治愈出院病例3例。截至2月8日24时，"
            "全市累计报告新型冠状病毒肺炎确诊病例71例，累计治愈出院11例，现有重症病例8例，无死亡病例。"
        ),
        published="2020-02-09",
        city="株洲市",
        expect=[
            ("confirmed_new", "株洲市", "2020-02-08", 2, "", ""),
            ("recovered_new", "株洲市", "2020-02-08", 3, "", ""),
            ("confirmed_total", "株洲市", "2020-02-08", 71, "", ""),
            ("recovered_total", "株洲市", "2020-02-08", 11, "", ""),
            ("severe", "株洲市", "2020-02-08", 8, "", ""),
            ("deaths_total", "株洲市", "2020-02-08", 0, "", ""),
        ],
        note="the 8 Feb renaming (新型冠状病毒肺炎), an em-dash hour range 0—24时, and 无死亡病例 as deaths_total 0",
    ),
    dict(
        id="zz-district-breakdown-cumulative",
        text=(
            "截至2月4日24时，我市累计报告新型冠状病毒感染的肺炎确诊病例52例，其中：荷塘区9例、芦淞区7例、"
            "石峰区5例、天元区6例、云龙示范区2例、渌口区3例、醴陵市8例、攸县7例、茶陵县4例、炎陵县1例。"
        ),
        published="2020-02-05",
        city="株洲市",
        expect=[
            ("confirmed_total", "株洲市", "2020-02-04", 52, "", ""),
            ("confirmed_total", "荷塘区", "2020-02-04", 9, "", ""),
            ("confirmed_total", "芦淞区", "2020-02-04", 7, "", ""),
            ("confirmed_total", "石峰区", "2020-02-04", 5, "", ""),
            ("confirmed_total", "天元区", "2020-02-04", 6, "", ""),
            ("confirmed_total", "云龙示范区", "2020-02-04", 2, "", ""),
            ("confirmed_total", "渌口区", "2020-02-04", 3, "", ""),
            ("confirmed_total", "醴陵市", "2020-02-04", 8, "", ""),
            ("confirmed_total", "攸县", "2020-02-04", 7, "", ""),
            ("confirmed_total", "茶陵县", "2020-02-04", 4, "", ""),
            ("confirmed_total", "炎陵县", "2020-02-04", 1, "", ""),
        ],
        note="every district of Zhuzhou in one 其中： list; the parts inherit metric and date from the total",
    ),
    dict(
        id="zz-recovered-new-by-county",
        text="2月25日0时-24时，我市无新增确诊病例，新增出院病例3例，其中醴陵市2例，攸县1例。",
        published="2020-02-26",
        city="株洲市",
        expect=[
            ("confirmed_new", "株洲市", "2020-02-25", 0, "", ""),
            ("recovered_new", "株洲市", "2020-02-25", 3, "", ""),
            ("recovered_new", "醴陵市", "2020-02-25", 2, "", ""),
            ("recovered_new", "攸县", "2020-02-25", 1, "", ""),
        ],
        note="breakdown separated by commas (，) rather than 、, attached to 新增出院 not to 确诊",
    ),
    dict(
        id="zz-liangming-zhiyu-zhici",
        text=("2月14日上午，又有两名新冠肺炎患者从市中心医院治愈出院。至此，我市累计治愈出院患者已达26人。"),
        published="2020-02-15",
        city="株洲市",
        expect=[
            ("recovered_new", "株洲市", "2020-02-14", 2, "", ""),
            ("recovered_total", "株洲市", "2020-02-14", 26, "", ""),
        ],
        note="两名 as 2; 至此 takes the date of the previous sentence; the hospital is where, the city is whose",
    ),
    dict(
        id="zz-lianxu-n-tian-wu-xinzeng",
        text="截至2月23日24时，我市已连续9天无新增确诊病例。",
        published="2020-02-24",
        city="株洲市",
        expect=[
            ("confirmed_new", "株洲市", "2020-02-23", 0, "", ""),
        ],
        note="a streak statement says the as-of day had no new case; 9 is a number of days, not a figure",
    ),
    dict(
        id="zz-recovery-rate-fullwidth-digits",
        text="截至２月２９日２４时，我市累计治愈出院新冠肺炎患者６２人，治愈率达７７．５％。",
        published="2020-03-01",
        city="株洲市",
        expect=[
            ("recovered_total", "株洲市", "2020-02-29", 62, "", ""),
            ("recovery_rate", "株洲市", "2020-02-29", 77.5, "", ""),
        ],
        note="full-width digits, full-width decimal point and ％ (leap day 2020-02-29)",
    ),
    dict(
        id="zz-layout-break-mid-number",
        text=(
            "截至2月17日24时，我市累计报告新冠肺炎确诊病例78例，出院病例30例，在院治疗4\n\n8例；"
            "已解除医学观察13\n\n02人，尚有481人正在接受医学观察。"
        ),
        published="2020-02-18",
        city="株洲市",
        expect=[
            ("confirmed_total", "株洲市", "2020-02-17", 78, "", ""),
            ("recovered_total", "株洲市", "2020-02-17", 30, "", ""),
            ("hospitalized", "株洲市", "2020-02-17", 48, "", ""),
            ("observation_released_total", "株洲市", "2020-02-17", 1302, "", ""),
            ("observation", "株洲市", "2020-02-17", 481, "", ""),
        ],
        note="page-dump column wraps split 48 and 1302 across a blank line; neither 4, 8, 13 nor 2 is a figure",
    ),
    dict(
        id="zz-layout-break-mid-word-day-only-date",
        text=(
            "2月13日0时-24时，我市新增新冠肺炎确诊病例1例，新增出院病例5例。截至13日24时，我市累计报告确"
            "\n\n诊病例77例，累计出院病例24例。"
        ),
        published="2020-02-14",
        city="株洲市",
        expect=[
            ("confirmed_new", "株洲市", "2020-02-13", 1, "", ""),
            ("recovered_new", "株洲市", "2020-02-13", 5, "", ""),
            ("confirmed_total", "株洲市", "2020-02-13", 77, "", ""),
            ("recovered_total", "株洲市", "2020-02-13", 24, "", ""),
        ],
        note="确\\n\\n诊 split by a blank line; 截至13日 has no month and takes February from the paragraph",
    ),
    dict(
        id="zz-continuation-mark-page-jump",
        text=(
            "株洲日报讯 2月23日，市卫健委通报，2月22日0时-24时，我市无新增新冠肺炎确诊病例，新增出院病例3例。"
            "截至22日24时，全市累计出院病例52例， >>> 下转 A2版①"
        ),
        published="2020-02-24",
        city="株洲市",
        expect=[
            ("confirmed_new", "株洲市", "2020-02-22", 0, "", ""),
            ("recovered_new", "株洲市", "2020-02-22", 3, "", ""),
            ("recovered_total", "株洲市", "2020-02-22", 52, "", ""),
        ],
        note="the A1 half of a story ends in a continuation mark; A2 and ① are not numbers to read",
    ),
    dict(
        id="zz-zuori-dangtian",
        text="记者昨日从市卫健委获悉，当天我市又有3名新冠肺炎患者治愈出院，全市累计治愈出院75人，现有住院治疗5例。",
        published="2020-03-05",
        city="株洲市",
        expect=[
            ("recovered_new", "株洲市", "2020-03-04", 3, "", ""),
            ("recovered_total", "株洲市", "2020-03-04", 75, "", ""),
            ("hospitalized", "株洲市", "2020-03-04", 5, "", ""),
        ],
        note="昨日 = publication date - 1, and 当天 refers back to it",
    ),
    dict(
        id="zz-qianri-county-all-cured",
        text="前日，攸县最后1名新冠肺炎患者治愈出院。至此，攸县累计确诊的7例患者全部治愈。",
        published="2020-03-08",
        city="株洲市",
        expect=[
            ("recovered_new", "攸县", "2020-03-06", 1, "", ""),
            ("confirmed_total", "攸县", "2020-03-06", 7, "", ""),
            ("recovered_total", "攸县", "2020-03-06", 7, "", ""),
        ],
        note="前日 = publication date - 2; 全部治愈 of 累计确诊的7例 gives both the confirmed and recovered totals, for the county",
    ),
    dict(
        id="zz-province-bulletin-picks-home",
        text=(
            "1月30日上午，长沙市首例确诊的新型冠状病毒感染的肺炎患者治愈出院。截至1月30日24时，"
            "全省累计报告确诊病例277例，其中株洲市累计确诊病例43例。"
        ),
        published="2020-01-31",
        city="株洲市",
        expect=[
            ("confirmed_total", "株洲市", "2020-01-30", 43, "", ""),
        ],
        note="province total 277 and Changsha's 首例 are not Zhuzhou figures; 株洲市 named explicitly is",
    ),
    dict(
        id="zz-province-city-list-new-cases",
        text=(
            "2月5日0-24时，湖南省新增新型冠状病毒感染的肺炎确诊病例65例，其中长沙市12例，株洲市9例，"
            "湘潭市4例，衡阳市6例，邵阳市5例。全省累计报告确诊病例661例。"
        ),
        published="2020-02-06",
        city="株洲市",
        expect=[
            ("confirmed_new", "株洲市", "2020-02-05", 9, "", ""),
        ],
        note="in a province list only the home city's share is a home figure; the other cities and the province are out",
    ),
    dict(
        id="zz-severe-critical-halfwidth-punct",
        text="截至2月15日24时,我市累计报告新冠肺炎确诊病例78例,重症病例8例(其中危重症4例),出院病例28例,在院治疗50例.",
        published="2020-02-16",
        city="株洲市",
        expect=[
            ("confirmed_total", "株洲市", "2020-02-15", 78, "", ""),
            ("severe", "株洲市", "2020-02-15", 8, "", ""),
            ("critical", "株洲市", "2020-02-15", 4, "", ""),
            ("recovered_total", "株洲市", "2020-02-15", 28, "", ""),
            ("hospitalized", "株洲市", "2020-02-15", 50, "", ""),
        ],
        note="ASCII commas, parentheses and full stop instead of ，（）。",
    ),
    dict(
        id="zz-suspected-contacts-january",
        text=(
            "截至1月28日24时，我市累计报告新型冠状病毒感染的肺炎确诊病例24例，现有疑似病例17例；"
            "累计追踪密切接触者741人，其中已解除医学观察106人，正在接受医学观察635人。"
        ),
        published="2020-01-29",
        city="株洲市",
        expect=[
            ("confirmed_total", "株洲市", "2020-01-28", 24, "", ""),
            ("suspected", "株洲市", "2020-01-28", 17, "", ""),
            ("close_contacts_total", "株洲市", "2020-01-28", 741, "", ""),
            ("observation_released_total", "株洲市", "2020-01-28", 106, "", ""),
            ("observation", "株洲市", "2020-01-28", 635, "", ""),
        ],
        note="疑似病例 and the contact-tracing triple; 其中 here splits contacts, not districts",
    ),
    dict(
        id="zz-county-all-discharged-zero-deaths",
        text="3月4日，醴陵市最后3名新冠肺炎患者治愈出院。至此，醴陵市累计报告的13例确诊病例全部治愈出院，实现零死亡。",
        published="2020-03-05",
        city="株洲市",
        expect=[
            ("recovered_new", "醴陵市", "2020-03-04", 3, "", ""),
            ("confirmed_total", "醴陵市", "2020-03-04", 13, "", ""),
            ("recovered_total", "醴陵市", "2020-03-04", 13, "", ""),
            ("deaths_total", "醴陵市", "2020-03-04", 0, "", ""),
        ],
        note="零死亡 is deaths_total 0; every figure belongs to the county, not the city",
    ),
    dict(
        id="zz-yilai-is-a-start-not-as-of",
        text="1月21日以来，我市累计追踪密切接触者1816人，目前已解除医学观察1502人。",
        published="2020-02-22",
        city="株洲市",
        expect=[
            ("close_contacts_total", "株洲市", "2020-02-22", 1816, "", ""),
            ("observation_released_total", "株洲市", "2020-02-22", 1502, "", ""),
        ],
        note="1月21日以来 opens the period; with no as-of date stated the publication date applies",
    ),
    dict(
        id="zz-dangri-jiechu-yixue-guancha",
        text="2月8日，全市当日解除医学观察126人，累计解除医学观察892人，尚在医学观察的密切接触者还有604人。",
        published="2020-02-09",
        city="株洲市",
        expect=[
            ("observation_released_new", "株洲市", "2020-02-08", 126, "", ""),
            ("observation_released_total", "株洲市", "2020-02-08", 892, "", ""),
            ("observation", "株洲市", "2020-02-08", 604, "", ""),
        ],
        note="当日 vs 累计 release, and observation worded 尚在医学观察…还有N人",
    ),
    dict(
        id="zz-dangri-wu-xinzeng",
        text="据市卫健委通报，2月18日，我市新冠肺炎确诊病例当日无新增，当日新增出院病例7例。",
        published="2020-02-19",
        city="株洲市",
        expect=[
            ("confirmed_new", "株洲市", "2020-02-18", 0, "", ""),
            ("recovered_new", "株洲市", "2020-02-18", 7, "", ""),
        ],
        note="当日无新增 after the noun: a none-statement for confirmed_new",
    ),
    dict(
        id="zz-liangli-sanming-chinese-numerals",
        text="2月2日，我市新增确诊病例两例，均有武汉旅居史；当天又有三名患者治愈出院。",
        published="2020-02-03",
        city="株洲市",
        expect=[
            ("confirmed_new", "株洲市", "2020-02-02", 2, "", ""),
            ("recovered_new", "株洲市", "2020-02-02", 3, "", ""),
        ],
        note="两例/三名 in Chinese numerals; 武汉旅居史 does not move the figure to Wuhan",
    ),
    dict(
        id="zz-march-paragraph-day-only-and-bare-zhuzhou",
        text="3月8日，炎陵县1名新冠肺炎患者治愈出院。截至8日18时，株洲累计确诊病例80例，累计治愈出院77例，现有住院治疗3例。",
        published="2020-03-09",
        city="株洲市",
        expect=[
            ("recovered_new", "炎陵县", "2020-03-08", 1, "", ""),
            ("confirmed_total", "株洲市", "2020-03-08", 80, "", ""),
            ("recovered_total", "株洲市", "2020-03-08", 77, "", ""),
            ("hospitalized", "株洲市", "2020-03-08", 3, "", ""),
        ],
        note="截至8日18时 in a March paragraph; 株洲 without 市 is the city; the county's one recovery stays the county's",
    ),
    dict(
        id="zz-published-none-year-in-text",
        text=(
            "2020年2月2日，市新型冠状病毒感染的肺炎疫情防控指挥部发布通报：2月1日0时至24时，"
            "我市新增确诊病例4例，累计报告确诊病例47例。"
        ),
        published=None,
        city="株洲市",
        expect=[
            ("confirmed_new", "株洲市", "2020-02-01", 4, "", ""),
            ("confirmed_total", "株洲市", "2020-02-01", 47, "", ""),
        ],
        note="no publication date: the year comes from 2020年 in the text",
    ),
    dict(
        id="zz-critical-total-cumulative",
        text="疫情发生以来，截至3月10日，我市累计出现危重症病例17例，目前均已转为普通型或治愈出院。",
        published="2020-03-11",
        city="株洲市",
        expect=[
            ("critical_total", "株洲市", "2020-03-10", 17, "", ""),
        ],
        note="累计…危重症 is critical_total, not the current critical count",
    ),
    # ------------------------------------------------------------------ 复工复产: 株洲
    dict(
        id="zz-key-projects-kaigong",
        text="截至3月5日，全市纳入调度的352个重点项目已开工328个，开工率93.2%，到岗工人3.1万余人。",
        published="2020-03-07",
        city="株洲市",
        expect=[
            ("sector_total", "株洲市", "2020-03-05", 352, "重点项目", ""),
            ("resumed", "株洲市", "2020-03-05", 328, "重点项目", ""),
            ("resumption_rate", "株洲市", "2020-03-05", 93.2, "重点项目", ""),
            ("workers_returned", "株洲市", "2020-03-05", 31000, "重点项目", "more_than"),
        ],
        note="开工/开工率 are the project wording of resumed/resumption_rate; 3.1万余 -> 31000 more_than",
    ),
    dict(
        id="zz-industry-city-and-counties",
        text=(
            "截至2月20日，全市1296家规模以上工业企业已复工1138家，复工率87.8%，返岗员工12.6万人，返岗率71.3%。"
            "其中，醴陵市复工规模以上工业企业321家，攸县复工156家，株洲高新区复工248家。"
        ),
        published="2020-02-22",
        city="株洲市",
        expect=[
            ("sector_total", "株洲市", "2020-02-20", 1296, "规模以上工业企业", ""),
            ("resumed", "株洲市", "2020-02-20", 1138, "规模以上工业企业", ""),
            ("resumption_rate", "株洲市", "2020-02-20", 87.8, "规模以上工业企业", ""),
            ("workers_returned", "株洲市", "2020-02-20", 126000, "规模以上工业企业", ""),
            ("worker_return_rate", "株洲市", "2020-02-20", 71.3, "规模以上工业企业", ""),
            ("resumed", "醴陵市", "2020-02-20", 321, "规模以上工业企业", ""),
            ("resumed", "攸县", "2020-02-20", 156, "规模以上工业企业", ""),
            ("resumed", "高新区", "2020-02-20", 248, "规模以上工业企业", ""),
        ],
        note="sector size + resumed + rates for the city, then a by-county list where the sector carries over",
    ),
    dict(
        id="zz-transport-services-restored",
        text="截至3月2日，全市已恢复道路客运班线286条、投入客车812台，城市公交线路恢复至78条，巡游出租车上线运营1860台。",
        published="2020-03-03",
        city="株洲市",
        expect=[
            ("services_resumed", "株洲市", "2020-03-02", 286, "道路客运班线", ""),
            ("services_resumed", "株洲市", "2020-03-02", 812, "客车", ""),
            ("services_resumed", "株洲市", "2020-03-02", 78, "城市公交线路", ""),
            ("services_resumed", "株洲市", "2020-03-02", 1860, "巡游出租车", ""),
        ],
        note="transport restored: lines (条) and vehicles (台), each its own sector",
    ),
    dict(
        id="zz-company-workers-and-bacheng",
        text="截至2月17日，中车株洲电力机车有限公司已有1.2万余名员工返岗，到岗率超过八成。",
        published="2020-02-18",
        city="株洲市",
        expect=[
            ("workers_returned", "中车株洲电力机车有限公司", "2020-02-17", 12000, "", "more_than"),
            ("worker_return_rate", "中车株洲电力机车有限公司", "2020-02-17", 80, "", "more_than"),
        ],
        note="company-level figures take the company as region; 八成 -> 80 percent; 超过 -> more_than",
    ),
    dict(
        id="zz-qicheng-yishang-and-yue-fullwidth-percent",
        text="目前，全市“五小”门店复工率已达七成以上，商贸流通企业员工到岗率约６５％。",
        published="2020-02-25",
        city="株洲市",
        expect=[
            ("resumption_rate", "株洲市", "2020-02-25", 70, "五小门店", "more_than"),
            ("worker_return_rate", "株洲市", "2020-02-25", 65, "商贸流通企业", "about"),
        ],
        note="七成以上 -> 70 more_than; 约６５％ -> 65 about; 目前 with no date in the paragraph takes the publication date",
    ),
    dict(
        id="zz-district-industry-17wan-yu",
        text="截至2月19日，石峰区已有114家规模以上工业企业复工，复工率达86%，返岗员工1.7万余名。",
        published="2020-02-20",
        city="株洲市",
        expect=[
            ("resumed", "石峰区", "2020-02-19", 114, "规模以上工业企业", ""),
            ("resumption_rate", "石峰区", "2020-02-19", 86, "规模以上工业企业", ""),
            ("workers_returned", "石峰区", "2020-02-19", 17000, "规模以上工业企业", "more_than"),
        ],
        note="district-level resumption; 1.7万余名 -> 17000 more_than",
    ),
    dict(
        id="zz-jin-qian-and-yue-3wan-workers",
        text="截至2月26日，云龙示范区已有近千名外地员工返岗；荷塘区累计约3万名务工人员返岗复工。",
        published="2020-02-27",
        city="株洲市",
        expect=[
            ("workers_returned", "云龙示范区", "2020-02-26", 1000, "", "about"),
            ("workers_returned", "荷塘区", "2020-02-26", 30000, "", "about"),
        ],
        note="近千 -> 1000 about; 约3万 -> 30000 about; no enterprise sector is named, so sector is empty",
    ),
    dict(
        id="zz-company-chaoguo-2000-muqian",
        text="目前，株洲千金药业股份有限公司返岗员工超过2000人，到岗率达92%。",
        published="2020-02-16",
        city="株洲市",
        expect=[
            ("workers_returned", "株洲千金药业股份有限公司", "2020-02-16", 2000, "", "more_than"),
            ("worker_return_rate", "株洲千金药业股份有限公司", "2020-02-16", 92, "", ""),
        ],
        note="超过2000人 -> more_than; 目前 alone -> publication date",
    ),
    dict(
        id="zz-construction-projects-rates",
        text=(
            "截至3月10日，全市412个在建房屋建筑和市政工程项目已复工386个，复工率93.7%，到岗工人2.86万人，到岗率81.2%。"
        ),
        published="2020-03-12",
        city="株洲市",
        expect=[
            ("sector_total", "株洲市", "2020-03-10", 412, "在建房屋建筑和市政工程项目", ""),
            ("resumed", "株洲市", "2020-03-10", 386, "在建房屋建筑和市政工程项目", ""),
            ("resumption_rate", "株洲市", "2020-03-10", 93.7, "在建房屋建筑和市政工程项目", ""),
            ("workers_returned", "株洲市", "2020-03-10", 28600, "在建房屋建筑和市政工程项目", ""),
            ("worker_return_rate", "株洲市", "2020-03-10", 81.2, "在建房屋建筑和市政工程项目", ""),
        ],
        note="2.86万 (no 余) is exact: 28600 with empty qualifier",
    ),
    dict(
        id="zz-april-fenbie-rates",
        text="截至4月15日，全市规模以上工业企业复工率、员工到岗率分别达到99.6%和97.8%，410个省市重点项目全部复工。",
        published="2020-04-16",
        city="株洲市",
        expect=[
            ("resumption_rate", "株洲市", "2020-04-15", 99.6, "规模以上工业企业", ""),
            ("worker_return_rate", "株洲市", "2020-04-15", 97.8, "规模以上工业企业", ""),
            ("sector_total", "株洲市", "2020-04-15", 410, "省市重点项目", ""),
            ("resumed", "株洲市", "2020-04-15", 410, "省市重点项目", ""),
        ],
        note="April; 分别…A和B pairs two rates with two numbers; 全部复工 makes the sector size the resumed count",
    ),
    # ------------------------------------------------------------------ negatives: 株洲
    dict(
        id="neg-huanggang-medical-team",
        text="株洲援黄冈医疗队在黄冈市惠民医院累计收治新冠肺炎患者126人，其中重症患者32人，已有98人治愈出院。",
        published="2020-03-02",
        city="株洲市",
        expect=[],
        note="patients the city's team treats in Hubei are Huanggang figures",
    ),
    dict(
        id="neg-ages-staff-fever-clinics",
        text="出院患者中年龄最大的82岁，最小的9岁。全市23家医疗机构抽调314名医护人员组建救治梯队，设立发热门诊117个。",
        published="2020-02-21",
        city="株洲市",
        expect=[],
        note="ages, hospitals, staff and fever clinics are not epidemic figures",
    ),
    dict(
        id="neg-lab-tests-since",
        text="自1月28日开展检测以来，市疾控中心已出具新冠病毒核酸检测报告1391例，最多的一天检测标本89个。",
        published="2020-02-10",
        city="株洲市",
        expect=[],
        note="检测报告…例 is lab output, not confirmed cases, although the unit is 例",
    ),
    dict(
        id="neg-subdistrict-screening-quarantine-days",
        text=(
            "在芦淞区建宁街道，工作人员挨家挨户上门，已累计摸排“三类人员”1909人，对其中32名湖北返乡人员"
            "实行居家隔离观察14天。目前，该街道无一例确诊病例和疑似病例。"
        ),
        published="2020-02-16",
        city="株洲市",
        expect=[],
        note="a subdistrict's screening and none-statement, a quarantine duration, Hubei returnees: nothing for the city or 芦淞区",
    ),
    dict(
        id="neg-passengers-and-loans",
        text=(
            "今年春运期间，全市道路客运量累计完成536.2万人次，同比下降58.7%；疫情期间，全市金融机构累计发放贷款"
            "2270.7亿元，其中向312家防疫重点企业发放优惠利率贷款18.6亿元。"
        ),
        published="2020-02-21",
        city="株洲市",
        expect=[],
        note="passenger volume, percentage change, money and a count of borrowers: no metric applies",
    ),
    dict(
        id="neg-cadres-and-inspection-teams",
        text="疫情发生以来，全市组织1.7万余名机关干部进社区（村）、驻企业，派出14个督导组开展明察暗访。",
        published="2020-02-21",
        city="株洲市",
        expect=[],
        note="1.7万余 cadres sent out are not returned workers; 督导组 are teams",
    ),
    # ------------------------------------------------------------------ other home cities
    dict(
        id="xt-bulletin-parenthetical-and-list",
        text=(
            "2月12日0时至24时，湘潭市新增新冠肺炎确诊病例1例（湘潭县），新增出院病例2例。截至2月12日24时，"
            "全市累计报告确诊病例33例，其中雨湖区7例、岳塘区10例、湘潭县9例、湘乡市5例、韶山市2例；"
            "累计出院病例10例，在院治疗23例，无死亡病例。"
        ),
        published="2020-02-13",
        city="湘潭市",
        expect=[
            ("confirmed_new", "湘潭市", "2020-02-12", 1, "", ""),
            ("confirmed_new", "湘潭县", "2020-02-12", 1, "", ""),
            ("recovered_new", "湘潭市", "2020-02-12", 2, "", ""),
            ("confirmed_total", "湘潭市", "2020-02-12", 33, "", ""),
            ("confirmed_total", "雨湖区", "2020-02-12", 7, "", ""),
            ("confirmed_total", "岳塘区", "2020-02-12", 10, "", ""),
            ("confirmed_total", "湘潭县", "2020-02-12", 9, "", ""),
            ("confirmed_total", "湘乡市", "2020-02-12", 5, "", ""),
            ("confirmed_total", "韶山市", "2020-02-12", 2, "", ""),
            ("recovered_total", "湘潭市", "2020-02-12", 10, "", ""),
            ("hospitalized", "湘潭市", "2020-02-12", 23, "", ""),
            ("deaths_total", "湘潭市", "2020-02-12", 0, "", ""),
        ],
        note="湘潭 as home city; 湘潭县 is a county of 湘潭市, not the city; （湘潭县） attributes the one new case",
    ),
    dict(
        id="hy-hengyang-bulletin",
        text=(
            "衡阳市卫健委2月20日通报：2月19日0时至24时，全市无新增新冠肺炎确诊病例，新增治愈出院病例6例，"
            "当日解除医学观察83人。截至2月19日24时，全市累计报告确诊病例48例，累计治愈出院28例，"
            "现有住院病例20例，其中重症2例；尚在医学观察252人。"
        ),
        published="2020-02-21",
        city="衡阳市",
        expect=[
            ("confirmed_new", "衡阳市", "2020-02-19", 0, "", ""),
            ("recovered_new", "衡阳市", "2020-02-19", 6, "", ""),
            ("observation_released_new", "衡阳市", "2020-02-19", 83, "", ""),
            ("confirmed_total", "衡阳市", "2020-02-19", 48, "", ""),
            ("recovered_total", "衡阳市", "2020-02-19", 28, "", ""),
            ("hospitalized", "衡阳市", "2020-02-19", 20, "", ""),
            ("severe", "衡阳市", "2020-02-19", 2, "", ""),
            ("observation", "衡阳市", "2020-02-19", 252, "", ""),
        ],
        note="衡阳 as home; the 2月20日 announcement date is not the as-of date; 其中重症 under 现有住院",
    ),
    dict(
        id="cs-changsha-home-new-by-district",
        text=(
            "2月3日0—24时，长沙市新增新型冠状病毒感染的肺炎确诊病例12例，其中浏阳市3例、望城区2例、岳麓区4例、"
            "雨花区3例。截至2月3日24时，长沙市累计确诊病例154例，累计出院8例，死亡病例0例。"
        ),
        published="2020-02-04",
        city="长沙市",
        expect=[
            ("confirmed_new", "长沙市", "2020-02-03", 12, "", ""),
            ("confirmed_new", "浏阳市", "2020-02-03", 3, "", ""),
            ("confirmed_new", "望城区", "2020-02-03", 2, "", ""),
            ("confirmed_new", "岳麓区", "2020-02-03", 4, "", ""),
            ("confirmed_new", "雨花区", "2020-02-03", 3, "", ""),
            ("confirmed_total", "长沙市", "2020-02-03", 154, "", ""),
            ("recovered_total", "长沙市", "2020-02-03", 8, "", ""),
            ("deaths_total", "长沙市", "2020-02-03", 0, "", ""),
        ],
        note="长沙 is home here, so its figures count (in a Zhuzhou paper they would not); breakdown of a NEW count",
    ),
    dict(
        id="yy-yueyang-recovered-by-county-jiezhi-muqian",
        text="2月10日，岳阳市又有7名新冠肺炎患者治愈出院，其中平江县3名、华容县2名、岳阳楼区2名。截至目前，全市累计治愈出院34人。",
        published="2020-02-11",
        city="岳阳市",
        expect=[
            ("recovered_new", "岳阳市", "2020-02-10", 7, "", ""),
            ("recovered_new", "平江县", "2020-02-10", 3, "", ""),
            ("recovered_new", "华容县", "2020-02-10", 2, "", ""),
            ("recovered_new", "岳阳楼区", "2020-02-10", 2, "", ""),
            ("recovered_total", "岳阳市", "2020-02-10", 34, "", ""),
        ],
        note="breakdown in 名; 截至目前 takes the paragraph's 2月10日",
    ),
    dict(
        id="wz-wenzhou-other-province",
        text=(
            "2月16日0—24时，我市新增新冠肺炎确诊病例2例，新增出院病例21例。截至16日24时，全市累计确诊病例504例，"
            "累计出院病例176例，其中鹿城区31例、瑞安市28例、乐清市34例。现有危重症病例5例。"
        ),
        published="2020-02-17",
        city="温州市",
        expect=[
            ("confirmed_new", "温州市", "2020-02-16", 2, "", ""),
            ("recovered_new", "温州市", "2020-02-16", 21, "", ""),
            ("confirmed_total", "温州市", "2020-02-16", 504, "", ""),
            ("recovered_total", "温州市", "2020-02-16", 176, "", ""),
            ("recovered_total", "鹿城区", "2020-02-16", 31, "", ""),
            ("recovered_total", "瑞安市", "2020-02-16", 28, "", ""),
            ("recovered_total", "乐清市", "2020-02-16", 34, "", ""),
            ("critical", "温州市", "2020-02-16", 5, "", ""),
        ],
        note="another province; 我市 = --city; the 其中 list breaks down the cumulative discharges, the nearest figure",
    ),
    dict(
        id="hg-huanggang-as-home",
        text=(
            "3月5日0—24时，黄冈市新增新冠肺炎确诊病例0例，新增治愈出院病例69例。截至3月5日24时，全市累计报告确诊病例"
            "2907例，累计治愈出院2232例，累计死亡病例125例，现有住院病例550例，其中重症病例68例、危重症病例17例。"
        ),
        published="2020-03-06",
        city="黄冈市",
        expect=[
            ("confirmed_new", "黄冈市", "2020-03-05", 0, "", ""),
            ("recovered_new", "黄冈市", "2020-03-05", 69, "", ""),
            ("confirmed_total", "黄冈市", "2020-03-05", 2907, "", ""),
            ("recovered_total", "黄冈市", "2020-03-05", 2232, "", ""),
            ("deaths_total", "黄冈市", "2020-03-05", 125, "", ""),
            ("hospitalized", "黄冈市", "2020-03-05", 550, "", ""),
            ("severe", "黄冈市", "2020-03-05", 68, "", ""),
            ("critical", "黄冈市", "2020-03-05", 17, "", ""),
        ],
        note="黄冈 is an excluded place for Zhuzhou but home here: exclusion must follow --city, not a fixed list",
    ),
    dict(
        id="wh-wuhan-may-xianyou-quezhen",
        text=(
            "5月15日0—24时，武汉市无新增确诊病例，新增治愈出院病例0例。截至5月15日24时，我市累计治愈出院病例"
            "46464例，现有确诊病例8例，其中重症病例1例。"
        ),
        published="2020-05-16",
        city="武汉市",
        expect=[
            ("confirmed_new", "武汉市", "2020-05-15", 0, "", ""),
            ("recovered_new", "武汉市", "2020-05-15", 0, "", ""),
            ("recovered_total", "武汉市", "2020-05-15", 46464, "", ""),
            ("hospitalized", "武汉市", "2020-05-15", 8, "", ""),
            ("severe", "武汉市", "2020-05-15", 1, "", ""),
        ],
        note="May bulletin wording: 现有确诊病例 (active cases) maps to hospitalized; five-digit totals",
    ),
]

# ---------------------------------------------------------------- added with the extractor
# Common bulletin and resumption phrasings, written by the extractor's author (dev only).
CASES += [
    dict(
        id="nhc-style-bracket-list-and-close-contacts",
        text=(
            "2月5日0-24时，全市新增新型冠状病毒感染的肺炎确诊病例5例（芦淞区2例，荷塘区1例，醴陵市2例），"
            "新增重症病例1例，新增治愈出院病例2例。截至2月5日24时，全市累计报告确诊病例57例，"
            "其中重症病例7例，危重病例2例，累计治愈出院病例5例，无死亡病例。现有疑似病例12例。"
            "累计追踪到密切接触者1593人，已解除医学观察311人，尚在医学观察1282人。"
        ),
        published="2020-02-06",
        city="株洲市",
        expect=[
            ("confirmed_new", "株洲市", "2020-02-05", 5, "", ""),
            ("confirmed_new", "芦淞区", "2020-02-05", 2, "", ""),
            ("confirmed_new", "荷塘区", "2020-02-05", 1, "", ""),
            ("confirmed_new", "醴陵市", "2020-02-05", 2, "", ""),
            ("severe_new", "株洲市", "2020-02-05", 1, "", ""),
            ("recovered_new", "株洲市", "2020-02-05", 2, "", ""),
            ("confirmed_total", "株洲市", "2020-02-05", 57, "", ""),
            ("severe", "株洲市", "2020-02-05", 7, "", ""),
            ("critical", "株洲市", "2020-02-05", 2, "", ""),
            ("recovered_total", "株洲市", "2020-02-05", 5, "", ""),
            ("deaths_total", "株洲市", "2020-02-05", 0, "", ""),
            ("suspected", "株洲市", "2020-02-05", 12, "", ""),
            ("close_contacts_total", "株洲市", "2020-02-05", 1593, "", ""),
            ("observation_released_total", "株洲市", "2020-02-05", 311, "", ""),
            ("observation", "株洲市", "2020-02-05", 1282, "", ""),
        ],
        note="the 2020 national bulletin template, with a bracketed district list",
    ),
    dict(
        id="workers-noun-then-verb-and-kaifugong",
        text=(
            "截至3月3日，全市规模以上工业企业复工1050家，复工率达95.2%；员工返岗18.5万人，返岗率80.6%。"
            "全市开复工重点项目297个，全市已有4200家个体工商户开门营业。"
        ),
        published="2020-03-05",
        city="株洲市",
        expect=[
            ("resumed", "株洲市", "2020-03-03", 1050, "规模以上工业企业", ""),
            ("resumption_rate", "株洲市", "2020-03-03", 95.2, "规模以上工业企业", ""),
            ("workers_returned", "株洲市", "2020-03-03", 185000, "", ""),
            ("worker_return_rate", "株洲市", "2020-03-03", 80.6, "", ""),
            ("resumed", "株洲市", "2020-03-03", 297, "重点项目", ""),
            ("resumed", "株洲市", "2020-03-03", 4200, "个体工商户", ""),
        ],
        note="员工返岗N人 (noun before verb), 开复工 as a verb, 开门营业",
    ),
    dict(
        id="asymptomatic-are-not-confirmed",
        text="4月10日0-24时，我市无新增确诊病例，新增无症状感染者2例，均为境外输入。",
        published="2020-04-11",
        city="株洲市",
        expect=[("confirmed_new", "株洲市", "2020-04-10", 0, "", "")],
        note="无症状感染者 were reported apart from confirmed cases from April 2020",
    ),
    dict(
        id="patients-noun-after-and-increase",
        text=(
            "3月3日，我市治愈出院患者又增加5名。至此，我市累计治愈出院患者达75人，"
            "目前在院治疗的5名患者病情稳定，其中2例为重症。目前仍有232名密切接触者正在接受医学观察。"
        ),
        published="2020-03-04",
        city="株洲市",
        expect=[
            ("recovered_new", "株洲市", "2020-03-03", 5, "", ""),
            ("recovered_total", "株洲市", "2020-03-03", 75, "", ""),
            ("hospitalized", "株洲市", "2020-03-03", 5, "", ""),
            ("severe", "株洲市", "2020-03-03", 2, "", ""),
            ("observation", "株洲市", "2020-03-03", 232, "", ""),
        ],
        note="count before the noun, 又增加, a 其中 breakdown with 为",
    ),
    # ------------------------------------------------- v2: ways real reports are written
    # (issue 8; modelled on other provinces' bulletins and resumption reports, no Hunan text)
    dict(
        id="v2-sectioned-province-list",
        text=(
            "2月17日0-24时，江西省新增确诊病例3例，新增出院病例64例。新增确诊病例中，南昌市2例、九江市1例；"
            "新增出院病例中，南昌市9例、九江市5例、赣州市3例。截至2月17日24时，江西省累计报告确诊病例934例，"
            "累计出院病例362例。其中：确诊病例中，南昌市228例、九江市118例；现有重症病例中，南昌市9例；"
            "出院病例中，南昌市81例、九江市40例。"
        ),
        published="2020-02-18",
        city="南昌市",
        expect=[
            ("confirmed_new", "南昌市", "2020-02-17", 2, "", ""),
            ("recovered_new", "南昌市", "2020-02-17", 9, "", ""),
            ("confirmed_total", "南昌市", "2020-02-17", 228, "", ""),
            ("severe", "南昌市", "2020-02-17", 9, "", ""),
            ("recovered_total", "南昌市", "2020-02-17", 81, "", ""),
        ],
        rules={("recovered_new", 9): "case.section_item", ("severe", 9): "case.section_item"},
        note="each section header sets its own items' metric; the province's totals are not the city's",
    ),
    dict(
        id="v2-province-lead-without-suffix",
        text="江西新增3例，累计确诊934例\n全国新增确诊病例2048例。广东累计确诊1316例。",
        published="2020-02-18",
        city="南昌市",
        expect=[],
        note="a province or 全国 without its suffix opening a title or lead is never the home city",
    ),
    dict(
        id="v2-halfwidth-district-brackets",
        text="截至2月17日24时,南昌市累计报告确诊病例228例(其中东湖区30例,西湖区25例),累计出院81例.",
        published=None,
        city="南昌市",
        expect=[
            ("confirmed_total", "南昌市", "2020-02-17", 228, "", ""),
            ("confirmed_total", "东湖区", "2020-02-17", 30, "", ""),
            ("confirmed_total", "西湖区", "2020-02-17", 25, "", ""),
            ("recovered_total", "南昌市", "2020-02-17", 81, "", ""),
        ],
        note="half-width , ( ) . as in web reposts; the districts come from the national table",
    ),
    dict(
        id="v2-traditional-repost",
        text="截至2月17日24時，廣州市累計報告確診病例345例，累計治癒出院186例。長沙市新增確診2例。",
        published="2020-02-18",
        city="广州市",
        expect=[
            ("confirmed_total", "广州市", "2020-02-17", 345, "", ""),
            ("recovered_total", "广州市", "2020-02-17", 186, "", ""),
        ],
        note="traditional characters match through OpenCC; another city in traditional is still another city",
    ),
    dict(
        id="v2-resumption-report-with-district-rates",
        text=(
            "全市规模以上工业企业共1200家，已复工1100家、复工率91.6%，其中，东湖区复工率95.2%；"
            "新建县复工率88.1%。全市87个项目复工。新建项目中12个实现开工。到岗12.3万人、到岗率85.6%。"
        ),
        published="2020-02-20",
        city="南昌市",
        expect=[
            ("sector_total", "南昌市", "2020-02-20", 1200, "规模以上工业企业", ""),
            ("resumed", "南昌市", "2020-02-20", 1100, "规模以上工业企业", ""),
            ("resumption_rate", "南昌市", "2020-02-20", 91.6, "规模以上工业企业", ""),
            ("resumption_rate", "东湖区", "2020-02-20", 95.2, "", ""),
            ("resumption_rate", "新建县", "2020-02-20", 88.1, "", ""),
            ("resumed", "南昌市", "2020-02-20", 87, "项目", ""),
            ("resumed", "南昌市", "2020-02-20", 12, "新建项目", ""),
            ("workers_returned", "南昌市", "2020-02-20", 123000, "", ""),
            ("worker_return_rate", "南昌市", "2020-02-20", 85.6, "", ""),
        ],
        note="共N家 is the size; one rate per district, one the table doesn't know; 到岗N人 with the verb alone",
    ),
    dict(
        id="v2-frame-date-and-all-resumed",
        text=(
            "现将2月17日复工复产情况通报如下：全市规上服务业企业共350家，已复工320家；"
            "重点农产品生产企业45家，全部复工复产。"
        ),
        published="2020-02-19",
        city="南昌市",
        expect=[
            ("sector_total", "南昌市", "2020-02-17", 350, "规上服务业企业", ""),
            ("resumed", "南昌市", "2020-02-17", 320, "规上服务业企业", ""),
            ("sector_total", "南昌市", "2020-02-17", 45, "重点农产品生产企业", ""),
            ("resumed", "南昌市", "2020-02-17", 45, "重点农产品生产企业", ""),
        ],
        rules={("resumed", 45): "resume.all_resumed"},
        note="a frame date dates what follows; 全部复工复产 after a comma implies resumed = N",
    ),
    dict(
        id="v2-meeting-date-does-not-capture",
        text=(
            "2月16日，市委召开会议，研究疫情防控工作。\n截至2月17日24时，全市累计报告确诊病例50例。\n"
            "全市累计追踪到密切接触者1200人，已解除医学观察900人，尚有300人正在接受医学观察。"
        ),
        published="2020-02-18",
        city="南昌市",
        expect=[
            ("confirmed_total", "南昌市", "2020-02-17", 50, "", ""),
            ("close_contacts_total", "南昌市", "2020-02-17", 1200, "", ""),
            ("observation_released_total", "南昌市", "2020-02-17", 900, "", ""),
            ("observation", "南昌市", "2020-02-17", 300, "", ""),
        ],
        note="截至…24时 carries to the next paragraph; a meeting's date captures nothing",
    ),
    dict(
        id="v2-meeting-date-same-paragraph",
        text="2月16日，市委召开常委会会议，部署疫情防控工作。全市累计报告确诊病例50例，累计出院12例。",
        published="2020-02-18",
        city="南昌市",
        expect=[
            ("confirmed_total", "南昌市", "2020-02-18", 50, "", ""),
            ("recovered_total", "南昌市", "2020-02-18", 12, "", ""),
        ],
        note="a date in a sentence stating no figure doesn't date the next sentence's figures",
    ),
    dict(
        id="v2-patient-descriptions-state-no-figure",
        text="患者一，女，52岁，无确诊病例接触史，无武汉旅居史，1月20日发病。患者二，男，35岁。",
        published="2020-01-25",
        city="南昌市",
        expect=[],
        note="histories, ages and onset dates are not figures; 无确诊病例接触史 is no none-statement",
    ),
    dict(
        id="v2-page-chrome-and-repost-date",
        text=(
            "首页 > 新闻中心 > 本地新闻\n南昌市卫健委 2020-02-18 08:30 阅读数：1234\n"
            "2月17日0—24时,南昌市新增确诊病例2例,累计确诊病例230例,累计出院81例。\n"
            "责任编辑：张三 浏览次数：3456\n上一篇：南昌市2月16日疫情通报\n相关链接：\n本文链接：http://x.cn/a/1\n分享到："
        ),
        published=None,
        city="南昌市",
        expect=[
            ("confirmed_new", "南昌市", "2020-02-17", 2, "", ""),
            ("confirmed_total", "南昌市", "2020-02-17", 230, "", ""),
            ("recovered_total", "南昌市", "2020-02-17", 81, "", ""),
        ],
        note="navigation, counters, bylines and links yield nothing",
    ),
    dict(
        id="v2-list-none-and-each",
        text=(
            "2月19日0—24时，宜昌市新增确诊病例3例，其中西陵区、伍家岗区各1例，夷陵区1例；点军区、猇亭区均无新增确诊病例。"
            "深圳连续3天零新增，累计416例。"
        ),
        published="2020-02-20",
        city="宜昌市",
        expect=[
            ("confirmed_new", "宜昌市", "2020-02-19", 3, "", ""),
            ("confirmed_new", "西陵区", "2020-02-19", 1, "", ""),
            ("confirmed_new", "伍家岗区", "2020-02-19", 1, "", ""),
            ("confirmed_new", "夷陵区", "2020-02-19", 1, "", ""),
            ("confirmed_new", "点军区", "2020-02-19", 0, "", ""),
            ("confirmed_new", "猇亭区", "2020-02-19", 0, "", ""),
        ],
        rules={("confirmed_new", 0): "case.none_list"},
        note="各N例 gives each listed district N; a none-statement after a list is one zero per district; "
        "another city's bare total (深圳…累计416例) stays out",
    ),
    dict(
        id="v2-rates-without-lv-and-bare-total",
        text="截至25日，全市累计416例。全市规上工业企业复工98.8%，龙头企业已100%复工。",
        published="2020-02-26",
        city="中山市",
        expect=[
            ("confirmed_total", "中山市", "2020-02-25", 416, "", ""),
            ("resumption_rate", "中山市", "2020-02-25", 98.8, "规上工业企业", ""),
            ("resumption_rate", "中山市", "2020-02-25", 100, "龙头企业", ""),
        ],
        rules={("confirmed_total", 416): "case.bare_total", ("resumption_rate", 98.8): "resume.rate_by_verb"},
        note="累计N例 alone is the confirmed total; 复工98.8% and 已100%复工 are rates without 率",
    ),
]
