"""Golden extraction cases from REAL city/county narrative news, third BLIND set, Jan–Apr 2020.

What it is: 15 short verbatim excerpts of a city's, county's, district's or development
zone's own narrative news about its own place (city evening papers and city news sites, a
county 融媒体中心 site, a county-level city's own account, a development zone's government
page, a city's press conference relayed by a portal, two provincial or national outlets
writing about one city: the note says so), with `city` = the prefecture-level home city in
full and `expect` = the COMPLETE set of tuples for that city, its districts/counties/zones and
named organisations:

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Annotated BLIND: written from the texts alone, before any run of the engine, following
tests/cases/ANNOTATION.md (binding) and shared/gold/FORMAT.md, without reading or running the
extractor and without reading the other case tables (only the docstrings and the first two
entries of blind2_narrative.py and blind2_feeds.py, for the format and the reading choices
made there).

Cities / outlets (none of them is named in the docstrings of blind2_narrative.py or
blind2_feeds.py): 宣城市 (新安晚报 / 安徽网 on the 宣城 bulletin), 金华市 (义乌's own "义乌,清零!"
item via a ttnews repost), 秦皇岛市 (燕赵晚报 via a Hebei portal), 恩施土家族苗族自治州 (恩施日报 via
a repost site), 桂林市 (桂林晚报 via a 临桂 page), 重庆市 (今日重庆网 on the city press
conference), 深圳市 (深圳梦 WeChat account), 沈阳市 (央视 item on one 沈阳 hospital, via a portal),
北京市 (the city press conference relayed by a portal), 龙岩市 (上杭工业园区 item via 长江有色金属网),
六安市 (舒城县融媒体中心 site), 宜昌市 (秭归发布 via the 秭归 county app), 驻马店市 (驻马店网), 苏州市
(名城苏州, traditional mirror), 南通市 (南通经济技术开发区 government page). Every `text` is
verbatim (traditional characters, aggregator spacing "2 月 27 日", empty lines and page chrome
such as 阅读数 or a WeChat archive date kept as found); paragraphs not needed were left out,
and a paragraph is cut only after a full sentence. `source` is the page read. No text
mentions 株洲 or any place of Hunan; none comes from the DXY feed; none is used by another
case table (checked by grepping a distinctive phrase of each excerpt across tests/cases and
shared/, file names only).

`published`: the page's own date (and time) when it shows one; otherwise the note says what
was used (the date the story reports, the date in a page path, a signature date, or a repost
date decoded from a ttnews page id). Every case but 义乌's dates its figures in the text.

Ways of writing covered (see the notes):
  (1) counts in words and counts by name: 最后两例 (恩施), 两名患者…双双出院 of one hospital
      (沈阳, no tuple), 两条公交线路 (秭归), recovered patients listed by name per county (宣城:
      郎溪县张某、宁国市樊某某、绩溪县方某、曹某某), 最后一例/最后 1 例 (义乌, 秦皇岛);
  (2) totals in a noun phrase and implied figures said once: 义乌市共确诊病例16例…已全部治愈,
      治愈率达100% and "清零"; 已无在院救治…确诊病例 (秦皇岛); 确诊病例"清零" (恩施); 北碚区、南川区
      尚未有病例 (重庆) → confirmed_total 0;
  (3) today's versus the total: 当天/本次 discharges against 累计 (恩施, 北京, 重庆 0-12时 against
      截至2月8日24时), a hospital's 累计出院8人 against the city's 累计治愈出院9人 (沈阳);
  (4) zones as their own regions: 大鹏新区 in a district list (深圳), 上杭工业园区 with its
      enterprises, zones named without a figure (重庆's 两江新区、高新区、万盛经开区; 南通经济技术开发区);
  (5) a county speaking as 我县/全县 (舒城, 秭归), a county-level city of the home city (义乌);
  (6) an earlier date's figures beside the current ones (深圳: 截至2月3日24时…福田区…16例,累计54例
      against 截至2月4日24时), a forecast (重庆: 预计今天下午还有12例) that gives no tuple;
  (7) resumption by sector and company (上杭工业园区: 投产企业, 规上企业, 福建紫金铜业有限公司), transport
      services restored (舒城 公交线路; 秭归 出租车, 公交线路, 公交车辆);
  (8) workers leaving for jobs elsewhere (驻马店: 200余名农民工 to 广州/泉州): no tuple;
  (9) district and county lists (桂林 twelve districts/counties, 深圳 ten districts, 宣城 four,
      重庆 four 区县);
 (10) two pages that name the city with no figure of it (苏州 观前街 foot traffic; 南通开发区
      inspection), plus the 驻马店 page (workers leaving only).
Proportions written in words (六成, 九成以上) and comparison baselines (比2月20日提高…,
由…提高到…) could not be found in fresh, unused Jan–Apr 2020 local pages of the corpus (the ones
found were already used by other tables, or dated outside the period, or had no date); no case
here covers them.

Reading choices made here where the binding conventions are silent (each note says which):

* Patients listed by name after a count give that count per county (宣城: 已治愈出院4例(郎溪县张某、
  宁国市樊某某、绩溪县方某、曹某某) → 郎溪县 1, 宁国市 1, 绩溪县 2).
* A provincial bulletin released in the morning (广西 2月22日上午) reports the previous day: the
  city paper's 新增 and 目前 figures are dated 2月21日.
* "清零" / "已无在院救治…确诊病例" after a last discharge gives hospitalized 0 (besides the
  discharge); 全部治愈 with the total gives confirmed_total and recovered_total.
* A discharge story whose subject is one hospital (沈阳市第六人民医院…两名患者…双双出院) gives no
  recovered_new for the city, even though the city's own 累计 is stated in the same sentence.
* "自1月24日确诊第一批11名患者" is read as 11 new cases on 1月24日.
* 集中救治医院共收治392例 (admissions of the city's designated hospitals), 二代/三代/社区感染病例 and
  居住小区 counts are no metric.
* 全县88台出租车复工率100% → services_resumed 88 (出租车) and resumption_rate 100 (出租车); vehicles
  put back into service are services_resumed (公交车辆); trips, 班次 per day and passengers carried
  are no metric; 班线客车 "通往全县12个乡镇" counts townships, not lines: no tuple.
* A company's 工人返工率 is worker_return_rate with the company as region and an empty sector; a
  zone written as a county's zone (上杭工业园区) keeps that name.
"""

CASES = [
    # ================================================================ 1. bulletins and discharge stories, counts in words, implied figures
    dict(
        id="bl3-nr-xuancheng-0216-counties-and-named-patients",
        text=(
            "新安晚报 安徽网 大皖客户端讯 宣城市卫健委发布《2月16日宣城市报告新型冠状病毒肺炎疫情情况》。2020年2月15日0-24时,宣城市无新增确诊病例和疑似病例。\n"
            "截至2月15日24时,宣城市累计报告新型冠状病毒肺炎确诊病例6例(宣州区1例、郎溪县1例、宁国市2例、绩溪县2例),已治愈出院4例(郎溪县张某、宁国市樊某某、绩溪县方某、曹某某)。\n"
            "累计医学观察密切接触者1709人,解除医学观察1578人。\n"
            "自2月10日起宣城市连续6天无新增确诊病例。\n"
            "新安晚报 安徽网 大皖客户端记者 曹庆"
        ),
        published="2020-02-16",
        city="宣城市",
        expect=[
            ("confirmed_new", "宣城市", "2020-02-15", 0, "", ""),
            ("confirmed_total", "宣城市", "2020-02-15", 6, "", ""),
            ("confirmed_total", "宣州区", "2020-02-15", 1, "", ""),
            ("confirmed_total", "郎溪县", "2020-02-15", 1, "", ""),
            ("confirmed_total", "宁国市", "2020-02-15", 2, "", ""),
            ("confirmed_total", "绩溪县", "2020-02-15", 2, "", ""),
            ("recovered_total", "宣城市", "2020-02-15", 4, "", ""),
            ("recovered_total", "郎溪县", "2020-02-15", 1, "", ""),
            ("recovered_total", "宁国市", "2020-02-15", 1, "", ""),
            ("recovered_total", "绩溪县", "2020-02-15", 2, "", ""),
            ("close_contacts_total", "宣城市", "2020-02-15", 1709, "", ""),
            ("observation_released_total", "宣城市", "2020-02-15", 1578, "", ""),
        ],
        note="a provincial paper's portal (新安晚报/安徽网) relaying the 宣城 city bulletin; the page repeats the item and only the first copy is kept. "
        "无新增确诊病例 and 自2月10日起…连续6天无新增 are one confirmed_new 0 on 2月15日; 无新增疑似病例 has no metric. The county bracket gives "
        "confirmed_total per county; the discharged patients are listed by name, so the 4 splits as 郎溪县 1, 宁国市 1, 绩溪县 2 (方某、曹某某) "
        "(reading choice). 累计医学观察密切接触者 → close_contacts_total; 解除医学观察 → observation_released_total. The page shows no date: "
        "published = the bulletin's title date (2月16日)",
        source="http://m.ahwang.cn/ios/p/1984595.html",
    ),
    dict(
        id="bl3-nr-yiwu-qingling-last-patient-all-cured",
        text=(
            "义乌,清零!\n\n好消息!\n\n好消息!\n\n义乌最后一例新冠肺炎确诊患者\n\n今天治愈出院!\n\n\n义乌,清零!\n\n\n"
            "患者,陈某某,男,71岁,1月31日出现发热症状,2月11日病毒核酸检测阳性。\n\n\n义乌,清零!\n\n\n◆◆义乌,清零!◆◆\n\n\n"
            "从1月26日开始出现首例新冠肺炎患者,义乌市共确诊病例16例。其中年龄最大71岁,最小22岁。\n\n\n"
            "截至今天,确诊患者已全部治愈,治愈率达100%!这一切离不开全体医护人员的坚守和奉献,致敬最美“逆行者”们,你们辛苦了!\n\n\n"
            "◆◆27天,零新增!◆◆\n\n\n"
            "自2月12日以来,义乌已连续27天无新增确诊病例!"
        ),
        published="2020-03-11",
        city="金华市",
        expect=[
            ("recovered_new", "义乌市", "2020-03-11", 1, "", ""),
            ("confirmed_total", "义乌市", "2020-03-11", 16, "", ""),
            ("recovered_total", "义乌市", "2020-03-11", 16, "", ""),
            ("recovery_rate", "义乌市", "2020-03-11", 100, "", ""),
            ("hospitalized", "义乌市", "2020-03-11", 0, "", ""),
            ("confirmed_new", "义乌市", "2020-03-11", 0, "", ""),
        ],
        note="义乌 (a county-level city of 金华) speaking of itself, one phrase per line, via a ttnews repost. 最后一例…今天治愈出院 and the one named "
        "patient are one recovered_new 1; 义乌市共确诊病例16例 (total in a noun phrase) with 确诊患者已全部治愈 → confirmed_total and recovered_total 16 "
        '(once); 治愈率达100% → recovery_rate; "清零" after the last discharge → hospitalized 0 (reading choice); 已连续27天无新增 → one '
        "confirmed_new 0. 首例, ages and test dates are no figures. The text gives no calendar date: published (and every date) = 2020-03-11, the "
        "ttnews page id decodes to 2020-03-11 20:34 UTC and 2月12日 + 27 days without a new case points to the same day",
        source="https://ttnews.xyz/a/5e694b44dc9b5e3d97e67fc8?lang=zh-hans",
    ),
    dict(
        id="bl3-nr-qinhuangdao-0227-last-case-none-in-hospital",
        text=(
            "燕赵晚报讯(融媒体记者 马冬胜)2 月 27 日,秦皇岛市最后 1 例新冠肺炎确诊患者走出隔离病区,治愈出院。至此,秦皇岛市已无在院救治新冠肺炎确诊病例。\n"
            "患者张先生于 2 月 9 日收治到秦皇岛市第三医院,2 月 10 日确诊。在省、市专家组坐镇指挥、全市各兄弟医院大力支援下,经医护团队悉心治疗和精细护理,最终成功救治。"
            "目前体温恢复正常 3 天以上,呼吸道症状明显好转,肺部影像学显示急性渗出性病变明显改善,连续 2 次呼吸道标本核酸检测阴性(采样时间至少间隔 1 天),经省、市专家组评估,符合出院标准。"
        ),
        published="2020-02-28",
        city="秦皇岛市",
        expect=[
            ("recovered_new", "秦皇岛市", "2020-02-27", 1, "", ""),
            ("hospitalized", "秦皇岛市", "2020-02-27", 0, "", ""),
        ],
        note='燕赵晚报 (a Hebei paper) on the city, aggregator spacing ("2 月 27 日") kept. 秦皇岛市最后 1 例…治愈出院 → recovered_new 1 (the subject is the '
        "city, the hospital is only where he was treated); 已无在院救治新冠肺炎确诊病例 → hospitalized 0 (implied figure). No total is stated, so "
        "nothing else is inferred; 3 天, 2 次, 1 天 and admission dates are no figures. published from the page path (2020_02/28)",
        source="http://hdzc.net/html/news/hb/2020_02/28/14236123.html",
    ),
    dict(
        id="bl3-nr-enshi-0317-last-two-qingling-first-batch",
        text=(
            "恩施日报社全媒体记者黎袁媛 杜瑞芳\n"
            "3月17日下午,恩施州最后两例新冠肺炎确诊患者在州中心医院和湖北民族大学附属民大医院治愈出院,这标志着我州实现新冠肺炎确诊病例实现“清零”。\n"
            "据恩施州疫情防控指挥部相关负责人表示,自1月24日确诊第一批11名患者到全部清零,我州医护人员严防死守、科学救治,成功实现了确诊病例“清零”。\n"
            "截至2020年3月17记者发稿时,全州累计报告新冠肺炎确诊病例252例,累计治愈出院245例,累计死亡7例。"
        ),
        published="2020-03-17",
        city="恩施土家族苗族自治州",
        expect=[
            ("recovered_new", "恩施土家族苗族自治州", "2020-03-17", 2, "", ""),
            ("hospitalized", "恩施土家族苗族自治州", "2020-03-17", 0, "", ""),
            ("confirmed_new", "恩施土家族苗族自治州", "2020-01-24", 11, "", ""),
            ("confirmed_total", "恩施土家族苗族自治州", "2020-03-17", 252, "", ""),
            ("recovered_total", "恩施土家族苗族自治州", "2020-03-17", 245, "", ""),
            ("deaths_total", "恩施土家族苗族自治州", "2020-03-17", 7, "", ""),
        ],
        note="the prefecture's own paper (恩施日报) via a repost site; 恩施州/我州/全州 = 恩施土家族苗族自治州. 最后两例 (count in words) discharged from two "
        'hospitals, the subject being 恩施州 → recovered_new 2; 确诊病例"清零" → hospitalized 0 (once, although said twice); 自1月24日确诊第一批11名患者 → '
        "11 new cases on 1月24日 (reading choice); 截至…记者发稿时 totals → confirmed_total, recovered_total, deaths_total on 3月17日. The page shows "
        "no date: published = the day the story reports",
        source="http://www.huashangw.com/news/show-57745.html",
    ),
    dict(
        id="bl3-nr-guilin-0221-district-list-morning-bulletin",
        text=(
            "桂林市新增1例新型冠状病毒肺炎确诊病例\n\n桂林晚报 2020-02-23 10:13 大字\n\n"
            "本报讯2月22日上午,广西壮族自治区卫生健康委发布通报,桂林市新增治愈出院病例2例,新增1例新型冠状病毒肺炎确诊病例。\n\n"
            "宫某,男,56岁,常住桂林市临桂区临桂镇。2月11日作为密切接触者被隔离医学观察。2月12日出现发热、干咳等症状,送入市第三人民医院住院治疗,入院后曾多次病毒核酸检查阴性,2月21日经市疾控中心检测,新型冠状病毒核酸阳性。该患者目前病情稳定。\n\n"
            "目前桂林市累计报告确诊病例32例,其中危重型病例及重型病例各1例,累计治愈出院病例17例,现有4例疑似病例住院隔离治疗,正在接受集中隔离医学观察的确诊病例及疑似病例的密切接触者83人。\n\n"
            "累计确诊病例中,象山区7例,秀峰区2例,叠彩区4例,七星区2例,雁山区1例,临桂区2例,阳朔县3例,全州县3例,兴安县1例,永福县3例,平乐县2例,恭城瑶族自治县2例。"
        ),
        published="2020-02-23 10:13",
        city="桂林市",
        expect=[
            ("recovered_new", "桂林市", "2020-02-21", 2, "", ""),
            ("confirmed_new", "桂林市", "2020-02-21", 1, "", ""),
            ("confirmed_total", "桂林市", "2020-02-21", 32, "", ""),
            ("critical", "桂林市", "2020-02-21", 1, "", ""),
            ("severe", "桂林市", "2020-02-21", 1, "", ""),
            ("recovered_total", "桂林市", "2020-02-21", 17, "", ""),
            ("suspected", "桂林市", "2020-02-21", 4, "", ""),
            ("observation", "桂林市", "2020-02-21", 83, "", ""),
            ("confirmed_total", "象山区", "2020-02-21", 7, "", ""),
            ("confirmed_total", "秀峰区", "2020-02-21", 2, "", ""),
            ("confirmed_total", "叠彩区", "2020-02-21", 4, "", ""),
            ("confirmed_total", "七星区", "2020-02-21", 2, "", ""),
            ("confirmed_total", "雁山区", "2020-02-21", 1, "", ""),
            ("confirmed_total", "临桂区", "2020-02-21", 2, "", ""),
            ("confirmed_total", "阳朔县", "2020-02-21", 3, "", ""),
            ("confirmed_total", "全州县", "2020-02-21", 3, "", ""),
            ("confirmed_total", "兴安县", "2020-02-21", 1, "", ""),
            ("confirmed_total", "永福县", "2020-02-21", 3, "", ""),
            ("confirmed_total", "平乐县", "2020-02-21", 2, "", ""),
            ("confirmed_total", "恭城瑶族自治县", "2020-02-21", 2, "", ""),
        ],
        note="the city's evening paper relaying the provincial bulletin about its own city. The bulletin was issued 2月22日上午 and so reports "
        "2月21日 (morning-bulletin rule; the new patient also tested positive on 2月21日): every figure is dated 2月21日 (reading choice). "
        "危重型病例及重型病例各1例 → critical 1 and severe 1; 现有4例疑似病例 → suspected; 正在接受集中隔离医学观察的…密切接触者83人 → observation. "
        "The district/county list is confirmed_total per place. 宫某 常住…临桂区 is residence: no new case for 临桂区; age and dates are no figures",
        source="https://m.yybnet.net/guilin/lingui/202002/10217318.html",
    ),
    dict(
        id="bl3-nr-chongqing-0209-noon-window-zones-and-none",
        text=(
            "重庆已治愈出院新冠肺炎病人中平均住院12.7天\n\n  • 今日重庆网 2020-02-09 16:51\n\n"
            "今日重庆网讯(记者 杨光毅)2月9日举行的重庆市新冠肺炎疫情防控工作新闻发布会上,市卫健委党委副书记夏沛说,重庆已治愈出院新冠肺炎病人中,平均住院时间12.7天。\n\n"
            "据夏沛通报,截至2月8日24时,重庆4个集中救治医院共收治392例,剩余床位808张。累计有二代病例146例,三代病例15例;社区感染病例45例;无外籍人士病例。已出院的39例病人中,住院时间最长20天,最短8天,平均住院时间12.7天。\n\n"
            "“预计今天下午还有12例治愈出院。”2月9日下午3点41分,夏沛在通报相关情况时说。\n\n"
            "根据官方统计,2月9日0-12时,重庆市报告新冠肺炎新增确诊病例4例,新增出院病例2例,截至2月9日12时,重庆市累计报告新冠肺炎确诊病例450例,现有重型病例29例,危重型病例20例,死亡病例2例,出院病例41例。"
            "确诊病例分布在39个区县(含两江新区、高新区、万盛经开区),北碚区、南川区尚未有病例。确诊病例较多的区县有万州区85例,江北区23例,渝中区20例,云阳县20例。"
            "确诊病例中,男性246例,女性204例;年龄最大90岁,最小7个月。累计排除1926例疑似病例,尚有417例疑似病例正在排查中。累计追踪到密切接触者15041人,已解除医学观察8449人,尚有6592人正在接受医学观察。"
        ),
        published="2020-02-09 16:51",
        city="重庆市",
        expect=[
            ("recovered_total", "重庆市", "2020-02-08", 39, "", ""),
            ("confirmed_new", "重庆市", "2020-02-09", 4, "", ""),
            ("recovered_new", "重庆市", "2020-02-09", 2, "", ""),
            ("confirmed_total", "重庆市", "2020-02-09", 450, "", ""),
            ("severe", "重庆市", "2020-02-09", 29, "", ""),
            ("critical", "重庆市", "2020-02-09", 20, "", ""),
            ("deaths_total", "重庆市", "2020-02-09", 2, "", ""),
            ("recovered_total", "重庆市", "2020-02-09", 41, "", ""),
            ("confirmed_total", "北碚区", "2020-02-09", 0, "", ""),
            ("confirmed_total", "南川区", "2020-02-09", 0, "", ""),
            ("confirmed_total", "万州区", "2020-02-09", 85, "", ""),
            ("confirmed_total", "江北区", "2020-02-09", 23, "", ""),
            ("confirmed_total", "渝中区", "2020-02-09", 20, "", ""),
            ("confirmed_total", "云阳县", "2020-02-09", 20, "", ""),
            ("suspected", "重庆市", "2020-02-09", 417, "", ""),
            ("close_contacts_total", "重庆市", "2020-02-09", 15041, "", ""),
            ("observation_released_total", "重庆市", "2020-02-09", 8449, "", ""),
            ("observation", "重庆市", "2020-02-09", 6592, "", ""),
        ],
        note="the municipality's own news site on its press conference. 截至2月8日24时…已出院的39例 → recovered_total on 2月8日; the 0-12时 window of "
        "2月9日 gives that day's new figures and the 12时 totals (重型 → severe, 危重型 → critical). 北碚区、南川区尚未有病例 → confirmed_total 0 "
        "for each (statement of none); 两江新区、高新区、万盛经开区 are named among the 39 区县 with no figure. 4个集中救治医院共收治392例 (hospital "
        "admissions), 剩余床位, 二代/三代/社区感染病例, 无外籍人士病例, 39 区县, sexes, ages, lengths of stay and 累计排除 are no metric; 预计今天下午"
        "还有12例 is a forecast: no tuple. 尚有417例疑似病例正在排查中 → suspected (current)",
        source="https://www.jrcq.cn/Release/txtlist_i958v.html",
    ),
    dict(
        id="bl3-nr-shenzhen-0204-districts-with-new-area-and-earlier-day",
        text=(
            "最新!深圳市长走访新增数量最多的区!累计确诊289例,曾到过这163个小区\n\n深圳梦 2020-09-17\n\n"
            "最新消息:深圳市疾控中心、深圳卫生健康委发布数据:截至2月4日24时,深圳累计报告新型冠状病毒感染的肺炎确诊病例289例。各区情况如下:南山区59例、福田区57例、龙岗区45例、宝安区35例、龙华区31例、罗湖区20例、光明区9例、坪山区6例、盐田区3例、大鹏新区2例、其他(指由机场、车站、码头、关口、路卡等直接送往定点医院的)22例。\n\n\n"
            "截至2月4日24时,新增14个深圳小区,新确诊病人逗留过!其中,福田区新增数量最多(4个),分别是:香山美树苑、下梅林河背村、东海国际公寓、园中花园。而截至2月3日24时的数据显示,深圳各区确诊病例福田区新增数量最多(16例),累计54例居首。"
        ),
        published="2020-02-05",
        city="深圳市",
        expect=[
            ("confirmed_total", "深圳市", "2020-02-04", 289, "", ""),
            ("confirmed_total", "南山区", "2020-02-04", 59, "", ""),
            ("confirmed_total", "福田区", "2020-02-04", 57, "", ""),
            ("confirmed_total", "龙岗区", "2020-02-04", 45, "", ""),
            ("confirmed_total", "宝安区", "2020-02-04", 35, "", ""),
            ("confirmed_total", "龙华区", "2020-02-04", 31, "", ""),
            ("confirmed_total", "罗湖区", "2020-02-04", 20, "", ""),
            ("confirmed_total", "光明区", "2020-02-04", 9, "", ""),
            ("confirmed_total", "坪山区", "2020-02-04", 6, "", ""),
            ("confirmed_total", "盐田区", "2020-02-04", 3, "", ""),
            ("confirmed_total", "大鹏新区", "2020-02-04", 2, "", ""),
            ("confirmed_new", "福田区", "2020-02-03", 16, "", ""),
            ("confirmed_total", "福田区", "2020-02-03", 54, "", ""),
        ],
        note="a 深圳 WeChat account relaying the city's figures. The district list as of 2月4日24时 gives confirmed_total per district; 大鹏新区 "
        "(a new area) keeps its own name; 其他(…直接送往定点医院的)22例 is no place: no tuple. The earlier day's figures keep their own date: 截至2月3日24时"
        "…福田区新增…(16例),累计54例 → confirmed_new 16 and confirmed_total 54 on 2月3日. 163个小区, 14个深圳小区, (4个) count housing estates: no "
        "metric. The page shows the account's archive date 2020-09-17; published = 2020-02-05, the day after the data day",
        source="https://freewechat.com/a/MzIzMzA5ODg0Mg==/2654469970/1",
    ),
    dict(
        id="bl3-nr-shenyang-0214-one-hospital-two-vs-city-total",
        text=(
            "辽宁再有两名新冠肺炎患者治愈出院\n\n日期:02-14\n病毒感染辽宁\n\n原标题:辽宁再有两名新冠肺炎患者治愈出院\n\n"
            "2月14日凌晨,辽宁沈阳市第六人民医院再次传来令人兴奋的好消息,两名新型冠状病毒肺炎患者成功治愈并双双出院。截至目前,该医院累计出院患者数8人,沈阳市累计治愈出院患者数9人。\n\n"
            "经沈阳市专家组成员联合会诊,两名患者情况符合国家卫生健康委员会最新的新型冠状病毒感染的肺炎确诊病人解除隔离和出院标准,并向省新型冠状病毒感染的肺炎治疗领导小组、省卫生健康委上报,省卫生健康委批复同意两名患者于2月14日双双出院。截至14日凌晨一点,辽宁累计治愈出院24例。(总台央视记者李承泽)"
        ),
        published="2020-02-14",
        city="沈阳市",
        expect=[
            ("recovered_total", "沈阳市", "2020-02-14", 9, "", ""),
        ],
        note="a national broadcaster's item (央视, via a portal) about one 沈阳 hospital; the two patients' own paragraphs are left out. The two "
        "discharges (两名, count in words) are the hospital's (沈阳市第六人民医院…双双出院) and the hospital's 累计出院患者数8人 is an institution's count: no "
        "tuple (one institution is not the city; reading choice for the discharge, as the headline's subject is 辽宁). 沈阳市累计治愈出院患者数9人 → "
        "recovered_total on 2月14日 (截至目前). 辽宁 is the province: no tuple. published from the page's 日期:02-14",
        source="https://m.news.shi-fen.com/china/202002/50-623869.html",
    ),
    dict(
        id="bl3-nr-beijing-0208-press-conference-new-and-contacts",
        text=(
            "北京市又有3例新冠肺炎患者出院\n\n原标题:北京市又有3例新冠肺炎患者出院\n\n"
            "北京市又有3例新冠肺炎患者,经过医护人员精心治疗后,符合出院标准,于2月8日先后从地坛医院、佑安医院出院。在今天举行的北京市新型冠状病毒感染的肺炎疫情防控工作新闻发布会上,市卫健委新闻发言人高小俊介绍说,这3名患者中,有2名男患者,1名女患者;年龄最小的35岁,最大的54岁。\n\n"
            "2月8日0时至24时,北京市新增11例新冠肺炎确诊病例。8例为确诊病例的密切接触者,3例否认湖北接触史,正在进一步核实。目前确诊病例均已送至定点医疗机构进行救治。北京市现有疑似病例184例,新增密切接触者217例,累计确定密切接触者1419例,其中548例已解除医学观察。"
        ),
        published="2020-02-09",
        city="北京市",
        expect=[
            ("recovered_new", "北京市", "2020-02-08", 3, "", ""),
            ("confirmed_new", "北京市", "2020-02-08", 11, "", ""),
            ("suspected", "北京市", "2020-02-08", 184, "", ""),
            ("close_contacts_total", "北京市", "2020-02-08", 1419, "", ""),
            ("observation_released_total", "北京市", "2020-02-08", 548, "", ""),
        ],
        note="the city's press conference relayed by a portal. 北京市又有3例…于2月8日先后从地坛医院、佑安医院出院: the subject is the city (two hospitals) → "
        "recovered_new 3 on 2月8日; 2名男/1名女 and ages split them. 新增11例 → confirmed_new; 8例/3例 split the 11 by exposure (no tuple). 现有疑似病例 "
        "→ suspected, dated by its paragraph (2月8日); 新增密切接触者217例 has no metric; 累计确定密切接触者 → close_contacts_total; 其中548例已解除"
        "医学观察 → observation_released_total. The page shows no date: published = 今天, the day after the 2月8日 data",
        source="https://news.shi-fen.com/china/202002/50-618268.html",
    ),
    # ================================================================ 2. zones, sectors, companies, services
    dict(
        id="bl3-nr-shanghang-0216-industrial-park-company-and-sector",
        text=(
            "上杭工业园区企业复工忙\n\n   来源:\n\n"
            "2月16日,上杭县工业园区的福建紫金铜业有限公司生产车间里,工人们正戴着口罩在生产线上忙碌着。据公司总经理周建辉介绍,该公司目前工人返工率已经达到98%。\n\n"
            "同样在上杭工业园区,生产各类高端电缆和组件的福建富鑫达电子有限公司已于2月2日复工赶订单。疫情发生后,该公司为外地医疗器械厂商生产医疗线缆配件,用于支援武汉。在向当地政府申请后,该公司部分员工提前复工,2月10日开始全体员工正常复工生产,在抓好疫情防控的同时上足马力产。目前,该公司已生产3万件急需的医疗器械配件驰援武汉。\n\n"
            "据了解,截至目前,上杭工业园区内投产的企业已复工80家,其中27家规上企业复工21家。据上杭工业园区管委会负责人赖永跃介绍,园区实行干部挂钩企业制度,既抓好疫情防控工作,又服务企业复工,与时间赛跑,为全年经济发展打下坚实基础。"
        ),
        published="2020-02-16",
        city="龙岩市",
        expect=[
            ("worker_return_rate", "福建紫金铜业有限公司", "2020-02-16", 98, "", ""),
            ("resumed", "上杭工业园区", "2020-02-16", 80, "投产企业", ""),
            ("sector_total", "上杭工业园区", "2020-02-16", 27, "规上企业", ""),
            ("resumed", "上杭工业园区", "2020-02-16", 21, "规上企业", ""),
        ],
        note="a county industrial park of 龙岩 (上杭县) via an industry site (长江有色金属网); the paragraphs on orders and stock (2000吨, 500吨) are left "
        "out. 工人返工率已经达到98% → the company's worker_return_rate (company as region, empty sector; reading choice). 富鑫达's dates (2月2日, 2月10日) "
        "and 3万件 of products are no resumption count. 投产的企业已复工80家 → resumed 80 (投产企业); 27家规上企业复工21家 → sector_total 27 and resumed 21 "
        "(规上企业). The zone keeps the name the text gives it (上杭工业园区). The page (a March repost) shows no date: published = the day the story "
        "reports; 截至目前 takes 2月16日",
        source="https://ni.ccmn.cn/news/CY001/202003/f7ad184b6f5842b29db0c586c7aa71a6.html",
    ),
    dict(
        id="bl3-nr-shucheng-0226-county-bus-lines-we-county",
        text=(
            "县交通局:我县道路运输陆续复运\n发布时间:2020年02月26日 16:04          来源:     阅读数:1963\n\n"
            "连日来,舒城县道路运输行业坚持一手抓复运,一手抓防疫,陆续恢复公交车、客运班车、出租车,助力农民工返岗和企业复工复产。\n\n"
            "一手抓复运,促进复工复产。公交方面:2月21日,全县城区公交、城乡公交全面恢复,开通16条线路,通达到每个乡镇,每条线路根据客流量不等发8-16个班次,满足群众上下班需求。"
            "客运方面:继2月21日开通舒城至六安县际班线以来,为满足农民工返岗乘坐高铁动车的需要,我县运管部门积极与合肥协调,率先在全市开通舒城至合肥市际班线,直通合肥高铁南站。"
            "连日来,舒城汽车站多次增加运力,截止目前,舒城至合肥高铁南站已增加至每天16个班次(7:20分至17:20分),舒城至六安每天4个班次(9:00至15:30分),每天运送旅客300多人。"
            "出租车方面:2月24日,全县出租车也全面恢复,方便群众上下班等乘车需求。"
        ),
        published="2020-02-26 16:04",
        city="六安市",
        expect=[
            ("services_resumed", "舒城县", "2020-02-21", 16, "公交线路", ""),
        ],
        note="the county's 融媒体中心 site, the county speaking as 我县/全县. 2月21日…全县城区公交、城乡公交全面恢复,开通16条线路 → services_resumed 16 "
        "(公交线路) on 2月21日. 8-16个班次 per line, 每天16个班次 / 4个班次 (trips a day), 300多人 carried and 阅读数:1963 (page chrome) are no "
        "metric; the 班线 to 六安/合肥 and the taxis are restored without a count; 全市 is 六安市 in 率先在全市开通 (no figure)",
        source="http://www.scgdj.com/index.php?cateid=802&id=4072",
    ),
    dict(
        id="bl3-nr-zigui-0314-taxis-rate-and-two-bus-lines",
        text=(
            "秭归交通吹响复工复产“集结号”\n\n"
            "3月14日,按照市防控指挥部文件要求,秭归县交通局组建专班,现场调研,制定方案,吹响了秭归交通复工复产的“集结号”。\n\n\n\n"
            "早上7:30,秭归港客运站陆续到来的乘客打破了往日的沉寂,大家排队、扫码、购票,井然有序,每个人都很自觉地与他人保持安全距离。\n\n\n\n"
            "8:00,城际公交809从秭归港客运站准时驶出,至此,秭归县城乡公交、通村客运、出租车皆有序恢复,及时解决了复产复工人员流动问题。\n\n\n\n"
            "3月7日,出租车复工。截止目前,全县88台出租车复工率100%,共运送乘客1.5万人次。\n\n \n\n"
            "3月13日,县城通往全县12个乡镇的班线客车开通。当天发送17个班次,共运送144人;3月14日,发送33个班次,运送448人。 \n\n\n"
            "3月14日,县城内两条公交线路共投入8台车,从早7:00到晚7:00,共计44趟,运送乘客600余人。"
        ),
        published="2020-03-14",
        city="宜昌市",
        expect=[
            ("services_resumed", "秭归县", "2020-03-14", 88, "出租车", ""),
            ("resumption_rate", "秭归县", "2020-03-14", 100, "出租车", ""),
            ("services_resumed", "秭归县", "2020-03-14", 2, "公交线路", ""),
            ("services_resumed", "秭归县", "2020-03-14", 8, "公交车辆", ""),
        ],
        note="the county's own account (秭归发布) on the county app; empty lines kept. 全县88台出租车复工率100% → services_resumed 88 and "
        "resumption_rate 100 (出租车), dated by 截止目前 in a 3月14日 story. 县城内两条公交线路 (count in words) 共投入8台车 → services_resumed 2 "
        "(公交线路) and 8 (公交车辆). 班线客车 通往全县12个乡镇 counts townships, not lines (reading choice: no tuple); 809 is a route number; 班次, "
        "趟, 人次 and passengers are no metric. The page shows no date: published = the day the story reports",
        source="http://www.zgapp.sxzg.cn/p/19650.html",
    ),
    # ================================================================ 3. workers leaving, pages with no figure of the city
    dict(
        id="bl3-nr-zhumadian-0222-workers-bus-to-guangzhou-none",
        text=(
            "首页 > 经济综合资讯 市交通部门输送农民工返岗活动正式启动\n"
            "市交通部门输送农民工返岗活动正式启动\n"
            "驻马店网讯(记者 陈红 通讯员 张晓)近日,随着疫情防控得到有效遏制,各地企业陆续复工复产,我市人社部门也接到了外省企业发来的用工需求邀请函。而大批农民工外出务工,最重要的环节就是要解决交通工具问题。\n"
            "2月21日,当市运管局得知我市有200多名农民工需要到广州泉州返岗务工的消息后,立即通知市运输公司组织车辆,开通农民工返岗直通车,并连夜加班为参加输送农民工的车辆办理了相关包车手续。\n"
            "2月22日上午10点,当全市200余名农民工分别被市人社部门下属的劳务输出企业从各县区用车辆接到市中心汽车站时,市运管局局长靖玉彬、副局长张天才以及公安部门的负责人等早已等候在那里,督导车辆和人员进行各项安全检查,确保农民工的安全及时输送。\n"
            "上午11时,四辆贴有“农民工返岗直通车”的大巴徐徐驶出市中心汽车站,这标志着我市交通部门输送农民工返岗活动正式启动。"
        ),
        published="2020-02-22",
        city="驻马店市",
        expect=[],
        note="the city news site. The 200多名/200余名农民工 leave 驻马店 for jobs in 广州 and 泉州 (返岗 elsewhere): workers leaving are not workers returning "
        "→ no tuple; 四辆 buses, 10点/11时 are no figures. published from the page's source address (2020/0222)",
        source="http://app.zmdnews.cn/print.php?contentid=574951",
    ),
    dict(
        id="bl3-nr-suzhou-0323-guanqian-street-footfall-no-figure-trad",
        text=(
            "蘇州商貿服務業穩步恢復 但網吧、棋牌室還需時間……\n\n2020-03-23     名城蘇州\n\n"
            "名城蘇州網訊(記者 王子琦)陽春三月,草長鶯飛,蘇城逐漸恢復了生機。近日,蘇州發布疫情防控第14號通告,其中提到商貿服務業全面復業,餐飲行業自主復業,文化旅遊娛樂行業分類復業,體育場館按規復業。\n\n"
            "(觀前街)\n\n"
            "今天(3月23日)上午,記者走訪了蘇城街頭髮現,不同行業的復業程度有所不同。在觀前街,商貿服務業全面復業,餐飲店、便利店、服裝店、美髮店、商場等等都重現了往日的熱鬧。記者獲悉,在剛剛過去的周末,觀前主街單日流量突破3萬,商圈人流單日超11萬,蘇州人熟悉的逛吃逛吃的生活似乎又回來了。"
        ),
        published="2020-03-23",
        city="苏州市",
        expect=[],
        note="the city's news site (名城苏州), traditional mirror. A page that names the city with no figure of it: 第14號通告 is a notice number, 單日流量"
        "突破3萬 / 商圈人流單日超11萬 are foot traffic (no metric), 商貿服務業全面復業 gives no count",
        source="https://twgreatdaily.com/zh-hk/MVxMCnEBrZ4kL1ViNpa2.html",
    ),
    dict(
        id="bl3-nr-nantong-0205-development-zone-inspection-no-figure",
        text=(
            "王晖率队赴南通开发区督查调研疫情防控等工作\n发布时间:2020-02-05 【字体:\n\n"
            "昨天上午,市新型冠状病毒肺炎疫情防控指挥部指挥长、市委副书记、市长王晖率队前往南通经济技术开发区,督查调研疫情防控等工作。他强调,要深入贯彻习近平总书记重要指示批示精神和中央、省、市决策部署,清醒认识疫情防控形势的严峻性、复杂性,坚持底线思维,防止麻痹思想,以最严要求、最硬举措、最实作风,抓实抓细社区防控、企业复工、物资保障等各项重点工作,牢牢把握疫情防控的主动权。\n\n"
            "小海海中农贸市场上午对外营业,每天至少进行两次环境清洁和预防性消毒,唯一进出口处有专人看管,禁止不戴口罩者进入,市场外活禽宰杀点已全部关闭。走进市场,王晖向负责人详细询问疫情防控、农副产品供应等情况。"
        ),
        published="2020-02-05",
        city="南通市",
        expect=[],
        note="the development zone's own government page about the mayor's inspection. A page that names the city and its zone (南通经济技术开发区) "
        "with no figure: 每天至少进行两次 is a frequency (count in words, no metric); 活禽宰杀点已全部关闭 gives no count",
        source="http://www.netda.gov.cn/ntjjkfqrmzf/kfqyw/content/bf135f99-ca95-414c-ade1-d7956529aba9.html",
    ),
]
