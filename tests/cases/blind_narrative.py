"""Golden extraction cases from REAL city-paper narrative news, BLIND set, Jan–Apr 2020.

What it is: 24 short verbatim excerpts of a city's, county's or development zone's own
narrative news about its own place (a city or county paper or its site/app, a county-level
city's propaganda office, a district outlet, a city press conference as written up, a zone's
figures as a paper relayed them), with `city` = the prefecture-level home city in full and
`expect` = the COMPLETE set of tuples for that city, its districts/counties/zones and named
organisations:

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Annotated BLIND: written from the texts alone, before any run of the engine, following
tests/cases/ANNOTATION.md, the docstring of dev_cases.py and shared/gold/FORMAT.md, without
reading or running the extractor and without reading the other case tables (only their
docstrings and the two format examples of dev_narrative.py).

Cities / outlets (all but two outside the cities named in eval_narrative.py's and
holdout_narrative.py's docstrings: 资阳市 and 绵阳市 appear there with other stories, here
with a county's and a district's): 南阳市 (press-conference live text), 襄阳市 (枣阳市
bulletin), 北京市 (顺义区 outlet, traditional mirror), 合肥市 (合肥高新区 item, traditional
mirror), 绵阳市 (封面新闻 on 涪城区), 盐城市 (滨海台 / 江苏广电), 广元市 (city
health commission bulletin with a discharge story), 汉中市 (汉中日报), 中山市 (中山资讯 and a
中山 commentary), 黄石市 (大冶市融媒体中心), 铜陵市 (安徽市场报), 成都市 (中国商报 on 成都高新区),
双鸭山市 (黑龙江日报客户端), 泉州市 (东南网泉州频道 on 丰泽区), 宜昌市 (人民网 photo caption,
traditional mirror), 六安市 (舒城 item, traditional mirror), 武汉市 (人民周刊), 资阳市 (乐至
county story, traditional mirror), 大庆市 (大庆 TV story via a repost site), 上海市 (青年报),
周口市 (周口 city story), 安庆市 (中共桐城市委宣传部), 揭阳市 (揭阳新闻 via a rewriting site).
A few are a provincial or national outlet writing about one city (安徽市场报, 黑龙江日报,
封面新闻, 中国商报, 人民网, 人民周刊); the note says so. Every `text` is verbatim (traditional
characters, pinyin residue such as "(dāng)", "?", half-width `, ( ) :`, odd line breaks and
page chrome kept as found); paragraphs not needed were left out. `source` is the page read.
No text mentions 株洲 or comes from Hunan; none comes from the DXY feed; none is used by
another case table (checked by grepping a distinctive phrase of each excerpt).

`published`: the page's own date (and time when the page gives one); where the page shows
none or only a repost date, the note says what was used (the date the story itself reports,
or the ttnews.xyz page id decoded). Cases with expect=[] keep a date anyway.

Ways of writing covered (see the notes): counts in words and ordinals (患者一…患者五, 这两名
患者, 第5、第6例, 第二位治愈患者, 确诊患者1/2); implied figures (全部治愈出院 with the total,
"清零", 零死亡, 所有密切接触者…全部解除医学观察, 所有病例均在指定医院隔离治疗); today's
versus the total in a noun phrase (此次出院的3名患者 / 顺义10例确诊病例, 我市共确诊155例患者);
zones (合肥高新区, 成都高新区; a 高新区 listed among towns; 火炬开发区 as a residence);
comparisons with other places and with an earlier level (高于全国24.2%、全省56.6%, 从42人
下降到了27人); shares that are no metric (产能恢复至61%, 运力恢复了67%左右, 产值恢复至60%至
70%); workers leaving for jobs elsewhere (滨海, 宜昌); company-level figures in a company
round-up (乐至, 成都, 大庆); and four pages that name the city with no figure (舒城, 武汉, 上海,
周口: route numbers, household and volunteer counts, lines NOT resumed).

Reading choices made here where the binding conventions are silent (each note says which):

* A zone named with its city in front keeps the generic part (合肥高新区, 成都高新区 → 高新区), as
  in dev_cases. A 高新区 listed among a county-level city's towns and 街办 (大冶) is a unit below
  county level, like a 街道: no tuple.
* 全部治愈出院 with the total gives confirmed_total and recovered_total but not hospitalized 0;
  only "清零" wording gives hospitalized 0 (and, for 确诊和疑似…清零, suspected 0).
* 所有密切接触者…全部解除了医学观察 → observation 0; "N名密切接触者，他们正在接受医学观察" →
  close_contacts_total N and observation N; "所有病例均在指定医院隔离治疗" after the stated
  total → hospitalized = that total.
* A one-patient discharge story gives recovered_new 1 to the place the story attributes the
  patient to (丰泽区首例…患者, 铜陵市…最后1例); a patient's residence (住中山市火炬开发区, 家住
  苍溪县) is no district count.
* "从42人下降到了27人" over "2月10日到2月17日": both levels are figures with their own dates
  (42 on 2月10日, 27 on 2月17日). Counts summed over a week (2月10日到2月17日…新增10例…治愈
  出院人数达25人) are no day's figure: no tuple.
* "在治(危)重症0例" → severe 0 and critical 0.
* "复工复产65户…复工率100%" → sector_total 65 as well, as eval_narrative.py reads 100%复工.
* In January 2020 "输入性确诊病例" (cases arriving from Hubei) is the day's whole new count, not
  an imported-from-abroad subtotal: it is kept as confirmed_new.
* A qualifier written twice (约35万余人) is read "about"; qualifiers are not part of the match.
"""

CASES = [
    # ================================================================ 1. press conferences, bulletins, implied figures
    dict(
        id="bl-nr-nanyang-0220-press-conference-comparisons",
        text=(
            "【图文直播 | 南阳市新冠肺炎疫情防控第十场\n专题新闻发布会】\n\n"
            "媒体朋友们:\n大家好!\n下面,我就当前我市疫情防控工作有关情况介绍如下:\n"
            "截至2月20日24时,全市累计报告病例848例。其中,疑似病例4例(当天新增3例)、疑似病例转外地核减1例、确诊病例155例、排除688例。确诊病例中,已经治愈91例,现在院治疗55例,转省级医院6例,死亡3例。\n"
            "目前累计追踪到密切接触者4694人,其中解除医学观察3514人,尚在医学观察人1180(其中集中观察369人,居家观察811人)。\n"
            "从疫情防控救治情况看,我市共确诊155例患者,已治愈出院91例、治愈率58.7%,治愈率均高于全国24.2%、全省56.6%的水平。从2月18日24时至20日24时,连续3天确诊病人“0”报告,疑似病例报告呈持续下降态势,当前疫情高发态势平稳有回落,联防联控、医疗救治措施成效显现,但仍处在关键阶段,特别是随着复工复产、复学和部分商场、集贸市场恢复经营,疫情发展形势仍然严峻,我们绝对不能掉以轻心。"
        ),
        published="2020-02-21",
        city="南阳市",
        expect=[
            ("suspected", "南阳市", "2020-02-20", 4, "", ""),
            ("confirmed_total", "南阳市", "2020-02-20", 155, "", ""),
            ("recovered_total", "南阳市", "2020-02-20", 91, "", ""),
            ("hospitalized", "南阳市", "2020-02-20", 55, "", ""),
            ("deaths_total", "南阳市", "2020-02-20", 3, "", ""),
            ("close_contacts_total", "南阳市", "2020-02-20", 4694, "", ""),
            ("observation_released_total", "南阳市", "2020-02-20", 3514, "", ""),
            ("observation", "南阳市", "2020-02-20", 1180, "", ""),
            ("recovery_rate", "南阳市", "2020-02-20", 58.7, "", ""),
            ("confirmed_new", "南阳市", "2020-02-20", 0, "", ""),
        ],
        note="the city's own press conference (title names 南阳市, so 我市/全市 = 南阳市). 累计报告病例848 counts excluded and suspected reports too (no metric); "
        "疑似病例4例 is the current suspected count, its 当天新增3例 has no metric; 排除688/核减1 no metric. 现在院治疗55 → hospitalized; the 6 转省级医院 are not "
        "added (sums never expected). 集中观察369/居家观察811 split the 1180 by kind, not by place. 全国24.2% and 全省56.6% are other places' rates (no tuple). "
        "我市共确诊155例患者 restates the total (one tuple). 连续3天…“0”报告 → one confirmed_new 0 on the run's last day (20日). 目前 takes 2月20日 from the paragraph before. "
        "Page (a live-text mirror) shows no date: published = the day after the data (截至2月20日24时), the conference day",
        source="https://www.uulucky.com/show-1927512.html",
    ),
    dict(
        id="bl-nr-zaoyang-0316-qingling-contacts-released",
        text=(
            "截至2020年3月16日24时\n枣阳市新型冠状病毒感染的肺炎疫情通报\n"
            "2020年3月16日0时至24时,我市无新增确诊病例,无新增疑似病例。\n"
            "截至3月16日24时,全市累计报告确诊病例194例,其中:南城61例、北城33例、吴店26例、西城19例、环城13例、新市10例、兴隆8例、刘升6例、熊集3例、王城3例、七方3例、琚湾2例、太平2例、鹿头1例、杨垱1例、平林1例、车河1例、农业农村局1例(张湾社区)。累计治愈出院190例。累计死亡4例。全市累计追踪密切接触者2158人,累计追踪密切接触者的密切接触者635人,所有密切接触者隔离期满全部解除了医学观察。\n"
            "鉴于2月16日以来,我市已连续30天无新增确诊病例,2月27日以来连续19天无新增疑似病例,确诊和疑似病例(除死亡病例外)全部治愈出院,实现“清零”。从3月18日开始我市新冠肺炎疫情不再实行日通报。\n"
            "枣阳市新型冠状病毒感染肺炎疫情防控指挥部办公室\n2020年3月17日"
        ),
        published="2020-03-17",
        city="襄阳市",
        expect=[
            ("confirmed_new", "枣阳市", "2020-03-16", 0, "", ""),
            ("confirmed_total", "枣阳市", "2020-03-16", 194, "", ""),
            ("recovered_total", "枣阳市", "2020-03-16", 190, "", ""),
            ("deaths_total", "枣阳市", "2020-03-16", 4, "", ""),
            ("close_contacts_total", "枣阳市", "2020-03-16", 2158, "", ""),
            ("observation", "枣阳市", "2020-03-16", 0, "", ""),
            ("hospitalized", "枣阳市", "2020-03-16", 0, "", ""),
            ("suspected", "枣阳市", "2020-03-16", 0, "", ""),
        ],
        note="a county-level city's own bulletin (signature 枣阳市…指挥部办公室, so 我市/全市 = 枣阳市, a county of the home city 襄阳市). Towns (南城, 吴店…) and "
        "农业农村局 are below county level: no tuple. 无新增确诊 and 连续30天无新增确诊 → one confirmed_new 0 on 3月16日; 无新增疑似 has no metric. "
        "所有密切接触者…全部解除了医学观察 → observation 0; 密切接触者的密切接触者635 has no metric. 确诊和疑似病例…全部治愈出院,实现“清零” → hospitalized 0 and "
        "suspected 0; the paragraph's dates are starts (以来), so the 清零 takes 3月16日 from the paragraph before. Page is a 2021 repost; published = the bulletin's own date",
        source="http://m.qebk.com/news/484108.html",
    ),
    dict(
        id="bl-nr-shunyi-0307-last-three-all-ten-discharged",
        text=(
            "順義,有個重磅好消息\n\n3月7日上午10時\n\n順義區已確診的\n\n最後3名新冠肺炎患者\n\n迄今為止\n\n順義10例確診病例\n\n已全部治癒出院\n\n"
            "實現“零死亡”\n\n沒有醫務人員感染\n\n沒有院內感染病例\n\n沒有“本土”病例\n\n實現“零感染”\n\n階段性完成戰疫\n\n“雙零”工作目標\n\n"
            "顺义,有个重磅好消息\n\n此次出院的3名患者\n\n全力救治、精心護理下\n\n病情得到持續改善\n\nCT影像顯示炎症明顯吸收\n\n2次核酸檢測均為陰性\n\n"
            "經醫療救治專家組評估\n\n符合最新出院標準\n\n顺义,有个重磅好消息顺义,有个重磅好消息\n\n發生疫情以來\n\n患者年齡最大的61歲\n\n最小的10歲\n\n"
            "顺义,有个重磅好消息顺义,有个重磅好消息\n\n截至昨天\n\n順義區已連續28天\n\n沒有新增確診病例\n\n但是\n\n今天順義所有好消息\n\n都是用沉重的代價換回來的"
        ),
        published="2020-03-07",
        city="北京市",
        expect=[
            ("recovered_new", "顺义区", "2020-03-07", 3, "", ""),
            ("confirmed_total", "顺义区", "2020-03-07", 10, "", ""),
            ("recovered_total", "顺义区", "2020-03-07", 10, "", ""),
            ("deaths_total", "顺义区", "2020-03-07", 0, "", ""),
            ("confirmed_new", "顺义区", "2020-03-06", 0, "", ""),
        ],
        note="a district outlet's post (traditional mirror, one phrase per line, image alt text 顺义,有个重磅好消息 repeated). 此次出院的3名患者 / 最後3名 → today's recovered_new; "
        "順義10例確診病例已全部治癒出院 → confirmed_total and recovered_total 10 (implied once; no hospitalized 0, the post says no 清零); 零死亡 → deaths_total 0; "
        "零感染 of staff and 沒有本土病例 have no metric; ages and 2次 are no counts. 截至昨天…連續28天沒有新增 → one confirmed_new 0 on 3月6日. "
        "published = the day the post reports (3月7日…今天); the ttnews page id is a repost of 2020-03-11",
        source="https://p2.ttnews.xyz/a/5e692bd0dc9b5e5edaf6a1ad?lang=zh-hant",
    ),
    dict(
        id="bl-nr-guangyuan-0214-discharge-story-and-bulletin",
        text=(
            "(一)治愈出院病例情况患者\n\n"
            "侯某某,男,51岁,常驻武汉市江岸区,1月21日从武汉汉口回到苍溪县陵江镇后一直在家居家观察。1月30日诊断为疑似病例,2月3日确诊,转诊广元市第三人民医院治疗后,连续三次核酸检测阴性,2月14日17时30分,市疾病预防控制中心核酸检测复核阴性,经市级专家综合评估,准予出院,转回苍溪县人民医院继续医学观察14天。\n\n"
            "(二)确诊和疑似病例相关情况\n\n"
            "2月14日0-24时,我市无新增新冠肺炎确诊病例,1例确诊病例治愈出院。\n\n"
            "截至2月14日24时,我市累计报告确诊病例6例(苍溪县5例,剑阁县1例)。无新增或解除疑似病例,现有疑似病例2例(旺苍县1例、青川县1例)。确诊病例治愈出院2例(苍溪县2例)。在治(危)重症0例,死亡0例。目前正在接受医学观察128人。\n\n"
            "广元市卫生健康委员会\n\n2020年2月15日"
        ),
        published="2020-02-15",
        city="广元市",
        expect=[
            ("confirmed_new", "广元市", "2020-02-14", 0, "", ""),
            ("recovered_new", "广元市", "2020-02-14", 1, "", ""),
            ("confirmed_total", "广元市", "2020-02-14", 6, "", ""),
            ("confirmed_total", "苍溪县", "2020-02-14", 5, "", ""),
            ("confirmed_total", "剑阁县", "2020-02-14", 1, "", ""),
            ("suspected", "广元市", "2020-02-14", 2, "", ""),
            ("suspected", "旺苍县", "2020-02-14", 1, "", ""),
            ("suspected", "青川县", "2020-02-14", 1, "", ""),
            ("recovered_total", "广元市", "2020-02-14", 2, "", ""),
            ("recovered_total", "苍溪县", "2020-02-14", 2, "", ""),
            ("severe", "广元市", "2020-02-14", 0, "", ""),
            ("critical", "广元市", "2020-02-14", 0, "", ""),
            ("deaths_total", "广元市", "2020-02-14", 0, "", ""),
            ("observation", "广元市", "2020-02-14", 128, "", ""),
        ],
        note="the city health commission's bulletin (signature names 广元市, so 我市 = 广元市) opening with the story of the one discharged patient: the discharge is the "
        "bulletin's 1例…治愈出院 (one tuple for the city); his 苍溪县陵江镇 home and 武汉市江岸区 residence are no district counts; 51岁, 三次, 14天 are no figures. "
        "Bracketed county breakdowns carry the metric they break down (confirmed_total, suspected, recovered_total). 在治(危)重症0例 → severe 0 and critical 0. "
        "无新增或解除疑似 has no metric. 目前 takes 2月14日 from its paragraph",
        source="http://www.dzsm.com/showarticle.asp?id=58997",
    ),
    dict(
        id="bl-nr-daye-0302-town-list-with-gaoxinqu",
        text=(
            "大冶市新冠肺炎最新疫情(3月2日)\n\n03-03 07:33   大冶市融媒体中心\n\n"
            "3月2日0-24时,大冶市无新增新冠肺炎病例。新增出院4例(含黄石医院1例)转指定场所继续实施康复隔离和医学观察。\n\n"
            "截至3月2日24时,大冶市累计报告新冠肺炎病例241例,其中高新区60例、金牛镇39例、灵乡镇24例、东岳街办24例、还地桥镇20例、保安镇15例、金湖街办15例、金山店镇13例、陈贵镇10例、殷祖镇10例、刘仁八镇5例、大箕铺镇4例、茗山乡2例。累计出院202例(含黄石医院15例)。病亡6例(含黄石医院2例)。\n\n"
            "3月2日0-24时,大冶市无新增新冠肺炎疑似病例。\n\n"
            "截至3月2日24时,大冶市现有新冠肺炎疑似病例5例,其中金牛镇2例、灵乡镇、殷祖镇、高新区各1例。"
        ),
        published="2020-03-03 07:33",
        city="黄石市",
        expect=[
            ("confirmed_new", "大冶市", "2020-03-02", 0, "", ""),
            ("recovered_new", "大冶市", "2020-03-02", 4, "", ""),
            ("confirmed_total", "大冶市", "2020-03-02", 241, "", ""),
            ("recovered_total", "大冶市", "2020-03-02", 202, "", ""),
            ("deaths_total", "大冶市", "2020-03-02", 6, "", ""),
            ("suspected", "大冶市", "2020-03-02", 5, "", ""),
        ],
        note="the county-level city's own media centre (大冶市, a county of 黄石市). The town list is below county level, and the 高新区 in it is 大冶's zone listed among "
        "镇 and 街办: reading choice, no tuple for it (not 黄石's zone either). (含黄石医院1例/15例/2例) say where patients were treated: part of 大冶's counts, no "
        "hospital tuple. 无新增…疑似 has no metric. Morning page time, but every figure is dated 3月2日 in the text",
        source="http://m-dayeyun.cjyun.org/p/96899.html",
    ),
    dict(
        id="bl-nr-tongling-0229-last-patient-all-29-cured",
        text=(
            "2月29日上午,铜陵市人民医院最后1例新冠肺炎住院患者治愈出院。至此,铜陵市累计确诊的29例患者全部治愈出院,率先在全省实现了新冠肺炎住院患者“清零”目标。\n"
            "在抗击疫情过程中,安徽省坚持“两并重一保障”(即重症轻症并重、西医中医并重,强化救治保障),采取多项措施抓实抓细救治工作,尽最大努力提高治愈率,在院治疗的新冠肺炎患者数量不断减少。安徽省卫生健康委2月27日提出实施在院确诊病例“清零”行动,计划用10天左右时间,实现在院治疗存量患者全部治愈出院。截至2月29日,安徽全省累计确诊病例990例,治愈出院868例,治愈率达87.7%,9家省、市级定点医院的新冠肺炎住院患者已全部治愈出院。"
        ),
        published="2020-03-02",
        city="铜陵市",
        expect=[
            ("recovered_new", "铜陵市", "2020-02-29", 1, "", ""),
            ("confirmed_total", "铜陵市", "2020-02-29", 29, "", ""),
            ("recovered_total", "铜陵市", "2020-02-29", 29, "", ""),
            ("hospitalized", "铜陵市", "2020-02-29", 0, "", ""),
        ],
        note="provincial paper (安徽市场报) on one city. The last inpatient of the city's designated hospital is the city's last patient (至此,铜陵市…全部治愈出院): a "
        "one-discharge story → recovered_new 1 for 铜陵市; 累计确诊的29例患者全部治愈出院 → confirmed_total and recovered_total 29 (noun phrase = the total); "
        "住院患者“清零” → hospitalized 0. The province's 990/868/87.7% and the 9 hospitals are not the home city's; 10天左右 is a plan",
        source="http://ahscb.com/html/2020-03/02/content_293000.htm",
    ),
    dict(
        id="bl-nr-jieyang-0128-two-imported-words-all-in-hospital",
        text=(
            "记者从市卫生局了解到,28日我市又出现了2例新的输入性确诊病例。截至28日24: 00,已有6例新冠状病毒感染的肺炎确诊病例,无重症病例、危重病例和死亡病例。所有病例均在指定医院隔离治疗,病情稳定。此外,目前已经跟踪了73名密切接触者,他们正在接受医学观察,没有发现任何异常情况。\n\n"
            "据了解,这两名患者是:庄,女,22岁,武汉市揭西县大学生,患者19日开始咳嗽,24日去医院,体温正常。26日,由于生病,他病情加重。揭西县人民医院隔离治疗,28日凌晨转到揭阳市人民医院隔离治疗;陈某,男,52岁,来自普宁市,长期在湖北省武汉市汉口做生意。20日飞往揭阳,21日出现发热,26日去当地卫生站治疗,26日去普宁人民医院隔离治疗,28日转到揭阳人民医院隔离治疗。\n\n"
            "来源:揭阳新闻\n\n标题:揭阳已报告6例新冠状病毒感染的肺炎确诊病例"
        ),
        published="2020-01-29",
        city="揭阳市",
        expect=[
            ("confirmed_new", "揭阳市", "2020-01-28", 2, "", ""),
            ("confirmed_total", "揭阳市", "2020-01-28", 6, "", ""),
            ("severe", "揭阳市", "2020-01-28", 0, "", ""),
            ("critical", "揭阳市", "2020-01-28", 0, "", ""),
            ("deaths_total", "揭阳市", "2020-01-28", 0, "", ""),
            ("hospitalized", "揭阳市", "2020-01-28", 6, "", ""),
            ("close_contacts_total", "揭阳市", "2020-01-28", 73, "", ""),
            ("observation", "揭阳市", "2020-01-28", 73, "", ""),
        ],
        note="揭阳新闻 rewritten by an aggregator (garbling such as 武汉市揭西县大学生 and 24: 00 kept). 输入性 in January means arrived from Hubei: the day's whole new "
        "count, kept (reading choice). 这两名患者 restates the 2. 无重症病例、危重病例和死亡病例 → severe 0, critical 0, deaths_total 0; 所有病例均在指定医院隔离治疗 "
        "after the stated 6 → hospitalized 6; 73名密切接触者,他们正在接受医学观察 → close_contacts_total and observation 73. 揭西县/普宁市 are patients' "
        "residences, no county counts; ages and day numbers are no figures. No date on the page: published = the day after 28日 (the year and month come from it)",
        source="http://www.jydingliang.cn/jyxw/1876.html",
    ),
    dict(
        id="bl-nr-tongcheng-0202-county-city-speaker-ordinals",
        text=(
            "2月3日桐城市新型冠状病毒感染的肺炎疫情情况通报\n\n2020-02-03 19:27:48安徽热线\n\n"
            "根据安庆市疫情通报,截至2月2日24时,桐城市新增报告新型冠状病毒感染的肺炎确诊病例2例,累计11例。\n\n"
            "新增确诊2例患者基本情况\n\n"
            "确诊患者1:男,40岁,桐城人。患者曾接触过我市之前某确诊患者,1月31日出现发热症状,由120转运到桐城市人民医院就诊。目前在安庆市立医院北院区(安庆传染病医院)进行隔离治疗,患者病情稳定。\n\n"
            "确诊患者2:女,29岁,桐城人,武汉某公司职工。1月21日患者驾车由武汉市返回桐城市,1月30日出现不适症状,1月31日到桐城市人民医院就诊。目前在安庆市立医院北院区(安庆传染病医院)进行隔离治疗,患者病情稳定。\n\n"
            "中共桐城市委宣传部\n\n2020年2月3日"
        ),
        published="2020-02-03 19:27",
        city="安庆市",
        expect=[
            ("confirmed_new", "桐城市", "2020-02-02", 2, "", ""),
            ("confirmed_total", "桐城市", "2020-02-02", 11, "", ""),
        ],
        note="a county-level city's propaganda office (signature 中共桐城市委宣传部: 我市 = 桐城市, not the home city 安庆市). The figures are 桐城市's though the source is "
        "安庆市疫情通报: nothing for 安庆市. 确诊患者1/2 are patient numbers; 120 is the ambulance number; ages are no counts; treatment in 安庆's hospital gives nothing",
        source="http://m.rx365.cn/news/20200203/57564.html",
    ),
    # ================================================================ 2. discharge stories: words, ordinals, one patient, hospitals
    dict(
        id="bl-nr-hanzhong-0220-five-discharged-hospital-split",
        text=(
            "汉中5名新冠肺炎治愈者昨天出院 目前全市累计已有10名确诊病例痊愈\n\n汉中日报 2020-02-21 10:34 大字\n\n"
            "本报讯(记者 赵颖飞)2月20日下午,汉中市又有5名新冠肺炎确诊患者先后治愈出院,其中汉中市传染病医院出院3例,汉中市中心医院出院2例。至此,汉中市累计已有10名确诊病例痊愈。\n\n"
            "据了解,患者一,男,36岁,与新冠肺炎确诊患者密切接触后出现症状,1月29日确诊为新冠肺炎;患者二,女,33岁,与新冠肺炎确诊患者密切接触后出现症状,1月29日确诊为新冠肺炎;患者三,男,41岁,与新冠肺炎确诊患者密切接触后出现症状,1月31日确诊为新冠肺炎。这3名患者确诊后先后转入汉中市传染病医院进行救治。\n\n"
            "患者四,男,37岁,与新冠肺炎确诊患者密切接触后出现症状;患者五,女,65岁,与新冠肺炎确诊患者密切接触后出现症状。2名患者分别于1月29日、1月27日入住汉中市中心医院,均在1月30日确诊为新冠肺炎并接受治疗。\n\n"
            "经过定点医院综合治疗,5名患者目前体温正常,发热咳嗽等呼吸道症状消失,新冠肺炎病毒核酸检测阴性,影像学病灶明显吸收。经汉中市新冠肺炎医疗专家组认定,5名患者符合确诊病例治愈出院标准,2月20日正式出院。患者出院后,将继续居家隔离14天,医院也将密切随访。"
        ),
        published="2020-02-21 10:34",
        city="汉中市",
        expect=[
            ("recovered_new", "汉中市", "2020-02-20", 5, "", ""),
            ("recovered_total", "汉中市", "2020-02-20", 10, "", ""),
        ],
        note="city paper. The city is the subject (汉中市又有5名…治愈出院; 至此,汉中市累计已有10名): recovered_new 5 and recovered_total 10 on 2月20日 (headline 昨天 = "
        "published-1, the same figures). The split by hospital (传染病医院3例, 中心医院2例; 这3名患者, 2名患者) is institutions': no tuple. 患者一…患者五 are patient "
        "numbers in words. Morning page time, but the text dates the discharges",
        source="https://m.yybnet.net/hanzhong/news/202002/10212693.html",
    ),
    dict(
        id="bl-nr-shuangyashan-0225-three-one-severe",
        text=(
            "双鸭山又有3名新冠肺炎确诊患者治愈出院 累计治愈23例\n  来源:黑龙江日报客户端  作者:宋瑞红 记者 刘晓云\n2020-02-25 11:18:53\n\n"
            "2月25日,双鸭山市3名新冠肺炎确诊患者在市人民医院治愈出院,其中1名为省专家组评估的重型患者。截至目前,双鸭山市新冠肺炎治愈患者累计已达23人。\n\n"
            "上午10时,市人民医院传染科医护人员欢送3名治愈出院患者,并亲切地叮嘱他们,出院后要保持良好心态,监测体温,加强营养,适当锻炼。接过医护人员送上的鲜花,呼吸着外面新鲜的空气,3名治愈出院患者激动不已,纷纷向医护人员表示深深的敬意和谢意。"
        ),
        published="2020-02-25 11:18",
        city="双鸭山市",
        expect=[
            ("recovered_new", "双鸭山市", "2020-02-25", 3, "", ""),
            ("recovered_total", "双鸭山市", "2020-02-25", 23, "", ""),
        ],
        note="provincial paper's app on one city; the city is the subject (双鸭山市3名…在市人民医院治愈出院). 其中1名为…重型患者 describes a discharged patient: no "
        "severe tuple. 截至目前 takes 2月25日 from its paragraph (the morning page time does not move dated figures). Headline 累计治愈23例 = the same tuple",
        source="http://www.hljnews.cn/article/47/153347.html",
    ),
    dict(
        id="bl-nr-fengze-0226-second-cured-ordinal",
        text=(
            "东南网2月27日讯(本网记者 潘贤利 通讯员 郑玲玲)“真的非常感谢照顾我的这些医护人员。”26日下午2时30分,从医护人员手中接过鲜花的新冠肺炎治愈患者程先生掩饰不住内心的激动。他是丰泽区首例新冠肺炎确诊患者,也是继25日丰泽区首例治愈新冠肺炎患者出院后的第二位治愈患者。 据介绍,今年50岁的程先生长期居住于武汉,1月22日从武汉返回丰泽家中,1月26日因发热到泉州市第一医院东街院区发热门诊就诊,并收治入院,后确诊为新冠肺炎病例,转入泉州市定点医院隔离治疗。"
        ),
        published="2020-02-27",
        city="泉州市",
        expect=[
            ("recovered_new", "丰泽区", "2020-02-26", 1, "", ""),
            ("recovered_new", "丰泽区", "2020-02-25", 1, "", ""),
        ],
        note="泉州 channel of the provincial news site, on a district. Two one-patient discharges, each attributed to 丰泽区: 程先生 on 26日 and 丰泽区首例治愈…患者 on 25日 "
        "(month from the dateline). 首例确诊患者 and 第二位治愈患者 are ordinals: no confirmed or recovered total. 长期居住于武汉 is residence; 50岁, 2时30分 no figures; "
        "泉州市第一医院 / 定点医院 are institutions",
        source="http://qz.fjsen.com/2020-02/27/content_30193397.htm",
    ),
    dict(
        id="bl-nr-zhongshan-0207-fifth-sixth-discharged-torch-zone",
        text=(
            "今天有2例患者治愈,是我市确诊病例第5、第6例治愈出院。\n\n"
            "王某,男,34岁,住中山市火炬开发区。1月17日至21日去武汉公干,1月22日发病,1月23日确诊为新型冠状病毒感染的肺炎,病情普通,住院期间主要治疗措施是隔离、抗病毒及相应对症治疗和中药治疗。治疗后病情逐步好转,现治愈出院。"
        ),
        published="2020-02-07",
        city="中山市",
        expect=[
            ("recovered_new", "中山市", "2020-02-07", 2, "", ""),
        ],
        note="city news site's write-up of the city press conference (the earlier paragraphs with the 到2月7日0时止 totals were left out). 今天 = published; no speaker "
        "named, so 我市 = the home city. 第5、第6例 are ordinals: no recovered_total 6. 住中山市火炬开发区 is the patient's residence: no zone tuple; 34岁, dates no figures",
        source="http://www.zhongshanline.com/zixun/xinwen/70726.html",
    ),
    dict(
        id="bl-nr-zhongshan-0217-week-levels-and-period-sums",
        text=(
            "观察|严控+复工:中山如何变“两难”为“两全”?\n\n"
            "在刚刚过去的一周时间里,中山市迎来春节过后第一波返工潮的考验,也逐渐迈开了复工复产的步伐。在“一手严控,一手有序复工”信号的指引下,包括华帝、欧普照明、联合光电在内的多家本土知名企业已经陆续实现复工。\n\n"
            "而从过去一周的中山疫情发展情况看,2月10日到2月17日,中山新冠肺炎病例新增10例,同时段内治愈出院人数达25人,留院治疗人数从42人下降到了27人。从数据上看,中山的疫情防控工作在返工首周取得了良好效果。\n\n"
            "不过,这也并不意味着我们可以放松警惕。2月16日东莞新增确诊病例8例,主要为返程高峰带来的输入性病例。这提醒我们疫情防控仍在“半山腰”。同为制造业城市,东莞、佛山、中山都承受着同样巨大的疫情防控压力。\n\n"
            "从过去一周中山的新增病例情况看,10例中有6例为此前确诊患者的密切接触者,其余有3例为2月前发病。此外,还有一例确诊患者一直没有症状,通过对疫情流行地区来粤人员排查发现,2月15日咽拭子标本检测结果为新型冠状病毒阳性。"
        ),
        published="2020-02-17",
        city="中山市",
        expect=[
            ("hospitalized", "中山市", "2020-02-17", 27, "", ""),
            ("hospitalized", "中山市", "2020-02-10", 42, "", ""),
        ],
        note="a 中山 commentary. 留院治疗人数从42人下降到了27人 over 2月10日到2月17日: two levels with their own dates (reading choice). 新增10例 and 治愈出院…25人 are sums "
        "over a week, no day's figure: no tuple (reading choice); 6例/3例/一例 break the week's cases down by source, no tuple. 东莞's 8 is another city. "
        "Companies resumed with no count. Page date = the ttnews page id (2020-02-17)",
        source="https://p2.ttnews.xyz/a/5e4a558cdc9b5e6e91553955?lang=zh-hans",
    ),
    # ================================================================ 3. zones, sectors and companies
    dict(
        id="bl-nr-hefei-0220-gaoxinqu-trad-two-sectors",
        text=(
            "合肥高新區億元以上工業企業復工率達96% 預計本周內全部復工\n來源:未知 日期:2020-02-20 點擊:次\n"
            "截至2月20日,高新區累計復工規模以上工業企業237家,復工率87.7%,復工人數約4.45萬人,主要集中在電子信息、新能源、生物醫藥、新材料等新興制造業領域。其中,億元以上工業企業復工125家,復工率96%。預計本周內,高新區億元以上工業企業將實現復工全覆蓋,限額以上服務業企業復工率超過50%。\n"
            "據了解,高新區已經實現了連續二十多天的新增0確診、0疑似。在做好疫情防控的同時,高新區有序恢復生產。"
        ),
        published="2020-02-20",
        city="合肥市",
        expect=[
            ("resumed", "高新区", "2020-02-20", 237, "规模以上工业企业", ""),
            ("resumption_rate", "高新区", "2020-02-20", 87.7, "规模以上工业企业", ""),
            ("workers_returned", "高新区", "2020-02-20", 44500, "规模以上工业企业", "about"),
            ("resumed", "高新区", "2020-02-20", 125, "亿元以上工业企业", ""),
            ("resumption_rate", "高新区", "2020-02-20", 96, "亿元以上工业企业", ""),
            ("confirmed_new", "高新区", "2020-02-20", 0, "", ""),
        ],
        note="zone item (traditional mirror): 合肥高新区 → 高新区 (dev_cases convention). Title and body state the same 96% (one tuple). 預計本周內… (复工全覆盖, 服务业复工率"
        "超过50%) is a forecast: no tuple. 連續二十多天的新增0確診 → one confirmed_new 0 on 2月20日 (the date of the paragraph before); 0疑似 (new suspected) has no "
        "metric. Regions are written in simplified characters",
        source="http://cdsnjd.com/news/gxq/202002208640.html",
    ),
    dict(
        id="bl-nr-chengdu-0304-gaoxinqu-workers-company",
        text=(
            "【本报成都讯】日前,记者从成都高新区获悉,目前该区规上工业企业已全部安全有序复工约12.7万人;服务业复工17303家,约35万余人。全区备案复工企业总计1.8万余家,涉及复工人员49万余人。\n"
            "2月10日,成都高新区AI创新中心迎来第一批复工员工,哆可梦公司首批一百余人正式上班。在成都高新区新经济局和天府软件园的指导下,哆可梦公司预先制订好应急防控方案,并安排采购相应的防护物资。\n"
            "此外,目前成都高新区电子信息规上工业企业复工率达100%,龙头企业成都京东方产能恢复至61%,2月内电子信息产业产值恢复至去年同期60%至70%的水平。"
        ),
        published="2020-03-04",
        city="成都市",
        expect=[
            ("workers_returned", "高新区", "2020-03-04", 127000, "规上工业企业", "about"),
            ("resumed", "高新区", "2020-03-04", 17303, "服务业", ""),
            ("workers_returned", "高新区", "2020-03-04", 350000, "服务业", "about"),
            ("resumed", "高新区", "2020-03-04", 18000, "备案复工企业", "more_than"),
            ("workers_returned", "高新区", "2020-03-04", 490000, "备案复工企业", "more_than"),
            ("resumption_rate", "高新区", "2020-03-04", 100, "电子信息规上工业企业", ""),
            ("workers_returned", "哆可梦公司", "2020-02-10", 100, "", "more_than"),
        ],
        note="national business paper (中国商报) on the zone; 成都高新区 → 高新区. 目前 with no stated date → publication date. 规上工业企业已全部…复工 has no count of "
        "enterprises (no resumed/sector_total), only the ~12.7万 workers. 约35万余人: 约 and 余 both written, read about (qualifiers are not matched). "
        "哆可梦公司首批一百余人 is a company's figure dated 2月10日 (company keeps its own region, sector empty). 京东方产能61% and 产值60%至70% are no metric",
        source="http://epaper.cbt.com.cn/ep_m/cbtm/html/2020/03/04/08/08_65.htm",
    ),
    dict(
        id="bl-nr-fucheng-0302-district-all-resumed-view-count",
        text=(
            "四川涪城区规上工业企业实现全面复工\n\n封面新闻 2020-03-02 12:17 34514\n\n企业防疫消毒\n\n熊嘉莉 王敬尧  封面新闻记者 周洪攀 姚茂强\n\n"
            "3月2日,记者从绵阳市涪城区工信局获悉,涪城区86家规模以上工业企业全部复工,复工率达到100%,企业在岗人数11883人,占员工总数的82.4%。\n\n"
            "据介绍,涪城区工信局针对企业复工复产成立5个工作组,通过主动上门,精准服务的方式,收集企业在疫情防控和复工复产中面临的困难和问题,并协同企业所在园区、乡镇、街道及联合防控技术专家组,共同解决企业难题。\n\n"
            "到目前为止,涪城区86家规模以上工业企业已全部复工,复工率达到100%。"
        ),
        published="2020-03-02 12:17",
        city="绵阳市",
        expect=[
            ("sector_total", "涪城区", "2020-03-02", 86, "规模以上工业企业", ""),
            ("resumed", "涪城区", "2020-03-02", 86, "规模以上工业企业", ""),
            ("resumption_rate", "涪城区", "2020-03-02", 100, "规模以上工业企业", ""),
            ("workers_returned", "涪城区", "2020-03-02", 11883, "规模以上工业企业", ""),
            ("worker_return_rate", "涪城区", "2020-03-02", 82.4, "规模以上工业企业", ""),
        ],
        note="provincial news app (封面新闻) on a district of the home city. 86家…全部复工,复工率达到100% → sector_total, resumed and rate (ANNOTATION); stated twice "
        "= one set. 企业在岗人数 → workers_returned, 占员工总数的82.4% → worker_return_rate. 34514 after the page time is a view count, 5个工作组 no figure; "
        "到目前为止 takes 3月2日",
        source="http://www.thecover.cn/news/bk8C/kkVTDA=",
    ),
    dict(
        id="bl-nr-lezhi-0225-company-round-up-trad",
        text=(
            "2月25日,記者來到四川宏泰熊貓專用汽車制造有限公司,實地走訪了解樂至工業企業復工復產情況。\n"
            "據了解,四川宏泰熊貓專用汽車制造有限公司在2月16日正式復工前,便備齊了口罩、酒精及消毒液等物資,確保公司防疫工作在四月底之前都能正常進行。同時,為了確保復工復產順利進行,宏泰公司目前所有老員工均已返崗。\n"
            "隨后,記者又走進四川聯友紡織工業有限公司生產廠區看到,偌大的細紗車間內,繁忙的生產線上,多名工人戴著口罩將一摞摞筒紗放置于細紗機上,車間內20臺細紗機同時運作,緊張而有序。\n"
            "“從2月15日正式復工以來,陸續返崗的工人有560人,基本上達到了正常生產所需的90%,各項生產也已經進入正軌了?!睋榻B,為確保員工安全,公司備齊了各類防疫物資,每天都要求工人消毒殺菌及體溫檢測。\n"
            "記者從樂至縣經科信局了解到,為確保企業安全有序開展生產經營,樂至縣各級各部門指導企業落實好各項疫情防控措施,同時研究制定支持企業復工復產20條措施,從加大減負支持力度、加大金融支持力度、加大財政支持力度、加大穩崗就業支持力度等4大方面,穩妥推進企業復工復產,確保全年經濟工作開好局、起好步。\n"
            "截至目前,樂至縣復工復產工業企業共計268戶,復工人員8002人。其中,規模以上工業企業復工復產65戶,復工人員4626人,復工率100%;規模以下工業企業復工復產203戶"
        ),
        published="2020-02-25",
        city="资阳市",
        expect=[
            ("workers_returned", "四川联友纺织工业有限公司", "2020-02-25", 560, "", ""),
            ("worker_return_rate", "四川联友纺织工业有限公司", "2020-02-25", 90, "", "about"),
            ("resumed", "乐至县", "2020-02-25", 268, "工业企业", ""),
            ("workers_returned", "乐至县", "2020-02-25", 8002, "工业企业", ""),
            ("resumed", "乐至县", "2020-02-25", 65, "规模以上工业企业", ""),
            ("workers_returned", "乐至县", "2020-02-25", 4626, "规模以上工业企业", ""),
            ("resumption_rate", "乐至县", "2020-02-25", 100, "规模以上工业企业", ""),
            ("sector_total", "乐至县", "2020-02-25", 65, "规模以上工业企业", ""),
            ("resumed", "乐至县", "2020-02-25", 203, "规模以下工业企业", ""),
        ],
        note="county story (traditional mirror; the mangled quote-close ?!睋榻B and the cut last sentence kept as found). 目前 = the day of the visit (2月25日). "
        "Each company keeps its own figures: 宏泰's 所有老員工均已返崗 has no count; 聯友's 560 returned workers and 基本上…90% of the staff it needs → "
        "worker_return_rate about 90 for that company. County totals by sector; 复工率100% of the 65 → sector_total 65 too (reading choice). 20條措施, 4大方面, "
        "20臺細紗機, 四月底 are no figures",
        source="http://www.duesmart.com/details.aspx?id=161944",
    ),
    dict(
        id="bl-nr-daqing-0327-bus-company-lines",
        text=(
            "大庆市区公交线路基本恢复 这两条线路运营时间待定\n原标题:市区公交线路基本恢复运营\n"
            "近日,记者从我市公交车运营公司了解到,截至目前,市区大部分公交线路已恢复正常运营。记者从市油城公共交通运输有限公司获悉,截至3月27日,公司所属42条公交线路,已恢复运营40条。受疫情影响,107路和317路公交车恢复运营时间待定。\n"
            "市油城公交公司生产运行部干事柴启峰:“由于受疫情影响,客流量比较小,目前40条公交线路,运力已经恢复了67%左右。”"
        ),
        published="2020-03-27",
        city="大庆市",
        expect=[
            ("services_resumed", "市油城公共交通运输有限公司", "2020-03-27", 40, "公交线路", ""),
            ("sector_total", "市油城公共交通运输有限公司", "2020-03-27", 42, "公交线路", ""),
        ],
        note="city TV story reposted (page id dated 2020-05-19; published = the date the story reports). The 42/40 lines are one bus company's: the company is the region, "
        "written as the text writes it (市油城公共交通运输有限公司); 市区大部分公交线路 has no count. 107路/317路 are route numbers; 运力恢复了67%左右 is capacity: no metric",
        source="http://6666669.com/znl/20200519/1616.html",
    ),
    # ================================================================ 4. workers leaving for jobs elsewhere
    dict(
        id="bl-nr-binhai-0219-third-batch-leaves-for-shanghai",
        text=(
            "当前,是广大务工人员返岗务工的重要时节。为了方便外出务工人员复工返岗,盐城市滨海县统一安排了一批“外出务工专车”,全力护送他们返岗复工。\n\n"
            "2月19日中午,滨海县第三批赴上海、浙江等地的务工人员搭乘“外出务工专车”前往上海返岗复工。出发前,工作人员再次叮嘱他们,在外工作要做好个人安全防护。\n\n"
            "出发现场,工作人员逐一对50名外出务工人员进行信息登记、测量体温,安排好相关事宜后,两辆外出务工专车顺利出发。\n\n"
            "滨海县劳动就业管理处负责人张道庄介绍,目前滨海县已经先后组织三个批次、二百多人,到上海、苏南等地务工,下一步将加大组织力度,在确保安全的前提下,为更多的外出务工者提供专车服务。"
        ),
        published="2020-02-19",
        city="盐城市",
        expect=[],
        note="county TV via 江苏广电: 50名 and 二百多人 are 滨海县 workers LEAVING for jobs in 上海/苏南 (ANNOTATION: no workers_returned for the home place); 第三批, "
        "三个批次, 两辆 are no figures",
        source="http://news.jstv.com/a/20200219/fb3320c6e4334c51ae18466a8b29a2d6.shtml",
    ),
    dict(
        id="bl-nr-yichang-0323-train-to-shenzhen-trad",
        text=(
            "湖北宜昌:首發農民工返崗復工專列\n2020-03-24 09:51:47\n來源:人民網\n"
            "2020年3月23日,湖北省宜昌市載有1171名農民工的專列由宜昌東開往深圳北,他們大多來自宜昌市各縣市區赴廣東深圳返崗復工人員。據悉,這是新冠肺炎疫情得到有效控制后,由宜昌發出的首趟返崗復工專列。文振效/人民圖片"
        ),
        published="2020-03-24 09:51",
        city="宜昌市",
        expect=[],
        note="national outlet's photo caption on one city (traditional mirror): the 1171 migrant workers leave 宜昌 for jobs in 深圳 (返崗復工 there): no workers_returned "
        "for 宜昌; 首趟 is an ordinal",
        source="http://otuountil.com/post/102/120527",
    ),
    # ================================================================ 5. the city named, no figure
    dict(
        id="bl-nr-shucheng-volunteers-no-figure-trad",
        text=(
            "舒城:疫情防控,萬佛湖鎮社區志願者主動請纓擔任“守門員”...\n\n"
            "面對嚴峻的新型冠狀病毒疫情形勢,街道社區居民主動請纓加入街道社區抗擊疫情志願者隊伍當中,用自己的實際行動做好小區疫情防控的守門員。\n\n"
            "街道社區志願者堅守在執勤點\n\n"
            "香樟園小區總共200 多戶,原本這裡無人看守,來往居民絡繹不絕,車輛也是頻繁的出入,門口垃圾長期堆積,不利於疫情防控,志願者們首先消除衛生死角,清洗或更換小區垃圾桶;對小區花圃綠草進行整治提升美化小區環境,努力給居民營造乾淨整潔的生活環境;也為疫情防控奠定了基礎。\n\n"
            "自志願者們到來,小區煥然一新,井然有序。她們佩戴著口罩,輪流負責該小區的值守工作,一絲不苟、嚴格落實門禁制度,相關登記記錄。主動勸導居民疫情嚴重不要外出。疫情當前,還有很多熱心志願者們默默地堅守在自己的崗位,他們不畏嚴寒,不畏疫情,自願加入這場“疫情防控”,為守護居民的生命健康防線,凝聚成了眾志成城的力量。(秦譽)"
        ),
        published="2020-02-07",
        city="六安市",
        expect=[],
        note="county story (舒城县 of 六安市, traditional mirror; a repeated title line left out; 街道社區志願者堅守在執勤點 is a photo caption): 200 多戶 are households of one estate, no metric. "
        "published = the ttnews page id decoded (2020-02-07)",
        source="https://p2.ttnews.xyz/a/5e3c6c4fdc9b5e6d7d43718e?lang=zh-hant",
    ),
    dict(
        id="bl-nr-wuhan-0212-sinking-cadres-no-metric",
        text=(
            "2月12日,武汉江岸区桃源社区的一名大学生志愿者在进行电话排查。\n本报记者 张武军摄\n"
            "“快递就放在门口,您别进去了!我们请居民来取。”2月12日中午,正是午饭时间,外卖小哥们在武汉街头忙碌穿梭。当两名小哥来到武汉市江岸区台北街桃源社区1号门门口时,遇到五六名身穿“红马甲”的志愿者。“我们社区现居住着近2000户居民,共6个出入口,每个出入口都有市里支援的党员志愿者,劝导居民减少进出。”桃源社区党总支书记胡郡艳说。\n"
            "这些党员志愿者,又叫“下沉”党员干部,连日来,武汉市共派出34498名机关单位、企事业单位干部职工,下沉社区共同参与疫情防控。"
        ),
        published="2020-02-13",
        city="武汉市",
        expect=[],
        note="national weekly (人民周刊) on the city; no case or resumption figure: 34498 cadres sent to communities, 近2000户, 6个出入口, 两名/五六名 people are no "
        "metric; 江岸区 is named without a figure. published from the page path (renwu_0213)",
        source="https://peopleweekly.cn/html/2020/renwu_0213/25312.html",
    ),
    dict(
        id="bl-nr-shanghai-0211-youth-volunteers-no-figure",
        text=(
            "青春守护城市|他们,每个人都是一道“防线”\n2020-02-11 青年\n\n"
            "疫情就是命令,防疫就是责任。仿佛一夜之间,社区、机场、火车站、道口等地,都多出了一群人——防疫志愿者。\n\n"
            "在虹桥火车站,由闵行团区委招募的志愿者分布在引导岗和信息申报岗,每天几十名志愿者,一起为城市“守门”。\n\n"
            "在道口,疫情当前,逢车必查。每一辆进入上海的车辆都接受严格排查,志愿者守在自己的岗位,数小时不吃不喝不休息,为乘客测量体温、查看身份证、检查健康信息登记,一丝不苟。\n\n"
            "他们守护上海,他们每人都是一道防线,也为上海市民带来了温暖、力量和信心。"
        ),
        published="2020-02-11",
        city="上海市",
        expect=[],
        note="city paper (青年报) feature; 每天几十名志愿者 and 数小时 are vague and no metric; 闵行 named without a figure",
        source="http://www.why.com.cn/wx/article/2020/02/11/15814278241168591344.html",
    ),
    dict(
        id="bl-nr-zhoukou-0305-bus-lines-not-resumed",
        text=(
            "03.05 周口:中心城区公交运行基本恢复正常\n\n"
            "“目前,还有4条公交线路没有恢复运行,中心城区其他公交线路均已正常运行。”3月5日,记者从市公交总公司了解到,中心城区公交运行基本恢复正常。\n\n"
            "当日上午,记者在市公交总公司第一分公司场站看到,一辆19路公交车完成两圈线路运行后进入场站,场站工作人员对车辆进行消毒作业。\n\n"
            "“现在,3路、8路、13路和36路公交线路没有恢复运行,中心城区其他公交线路已经恢复正常运行。”市公交总公司工作人员介绍,目前各条公交线路已经逐步恢复正常,很多公交线路投入车辆已接近平时标准。"
        ),
        published="2020-03-05",
        city="周口市",
        expect=[],
        note="city story: the only count is of lines NOT resumed (4条…没有恢复运行), and 其他公交线路 has no number: no services_resumed. 19路/3路/8路/13路/36路 are route "
        "numbers, 两圈 no figure. published = the story's date (3月5日; ttnews repost id of 2020-03-07)",
        source="https://ttnews.xyz/a/5e631c2cdc9b5e266372ead3?lang=zh-hans",
    ),
]
