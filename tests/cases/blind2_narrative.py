"""Golden extraction cases from REAL city/county narrative news, second BLIND set, Jan–Apr 2020.

What it is: 23 short verbatim excerpts of a city's, county's, district's or development
zone's own narrative news about its own place (county-level city 融媒体中心 items, county
bulletins and press conferences, a district government page, city papers and city sites, a
few provincial or national outlets writing about one city: the note says so), with `city` =
the prefecture-level home city in full and `expect` = the COMPLETE set of tuples for that
city, its districts/counties/zones and named organisations:

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Annotated BLIND: written from the texts alone, before any run of the engine, following
tests/cases/ANNOTATION.md (binding), the docstring of dev_cases.py and shared/gold/FORMAT.md,
without reading or running the extractor and without reading the other case tables (only
their docstrings and the first entries of blind_narrative.py for the format).

Cities / outlets (of these, only 襄阳市 is named in the docstrings of the blind, eval or
holdout narrative tables: there with 枣阳市, here with 南漳县):
荆门市 (钟祥市融媒体中心), 梅州市 (兴宁市融媒体中心), 清远市 (a 清远 WeChat account relaying
南方+), 平顶山市 (平顶山 city news, traditional mirror), 大理白族自治州 (弥渡县 story via 云南网),
眉山市 (眉山网 ×2: 洪雅 workers' buses; city project and enterprise figures, traditional
mirror), 长治市 (沁源县交通运输局 notice via 沁源融媒), 宝鸡市 (宝鸡市交通运输局 via a Shaanxi site), 常州市 (金坛区 government page), 神农架林区
(林区 bulletin), 长春市 (人民网吉林频道, traditional), 信阳市 (中新网 on 信阳's workers' trains),
咸宁市 (长江日报 on the 咸宁 mayor's briefing), 淮安市 (现代快报 relaying the 淮安 bulletin),
丽江市 (永胜县 press conference via 丽江网), 铜川市 (宜君县 item, traditional repost), 汕尾市 (海丰
county page), 达州市 (达州 city bulletin via a 163 account), 新乡市 (新乡 city bulletin on a
city bureau's site), 襄阳市 (南漳县 bulletin on a county forum), 漯河市 (漯河日报 on a village in
郾城区). Every `text` is verbatim (traditional characters, pinyin residue such as "(xì)",
aggregator spacing " , " and "2 月 12 日", odd line breaks inside words, page chrome kept as
found); paragraphs not needed were left out, and a paragraph is cut only after a full
sentence. `source` is the page read. No text mentions 株洲 or comes from Hunan; none comes
from the DXY feed; none is used by another case table (checked by grepping a distinctive
phrase of each excerpt across tests/cases and shared/).

`published`: the page's own date (and time) when it shows one; otherwise the note says what
was used (the date the story reports, a repost date decoded from a ttnews page id, or the day
after a bulletin's data day). Every case dates its figures in the text, so `published` only
supplies the year, except where the note says otherwise.

Ways of writing covered (see the notes):
  (1) county and county-level-city figures in their own words: 我县/全县/该县 (南漳, 永胜, 宜君,
      洪雅), 我市 of a county-level city (钟祥), 全区/我区 of a 林区 (神农架), a district page
      (金坛区) giving the city's and its own figure;
  (2) counts in words and loose units (3名…成女士、王女士、彭女士, 清远最后两例, 两名痊愈市民,
      12位患者, 该患者 in a one-discharge story, 1人/名);
  (3) implied figures said once (42例患者全部治愈出院, 全部治愈出院 with the total, 在治确诊患者…
      实现清零, 治愈出院率达100%, 全部解除隔离医学观察, 无死亡病例, 全部恢复营业 after a count);
  (4) today's versus the total in a noun phrase (本次3名治愈患者 vs 已达9人; 梅州市16例确诊病例中…
      兴宁市8例确诊患者; 现有确诊病例23例 vs 累计报告58例);
  (5) zones as their own regions (淮安经济技术开发区, 淮安工业园区, 淮安生态文旅区, 苏淮高新区; 新乡's
      高新区 and 平原示范区 inside a county's bracket);
  (6) comparison and baseline dates that date no figure (较2月底提升8.1个百分点 beside an
      electricity index; 由2月4日的最高点后逐渐下降; forecasts 预计2月29日…可达到100%, 计划2月20日
      以后复产);
  (7) workers leaving for jobs elsewhere (洪雅 buses to 潮汕, 信阳 trains to 深圳/上海): no tuple;
  (8) hospital lists and patients' residence or origin that are no district count (新乡 hospital
      list, 现住淮安区, 现住于清城区, 户籍宜城市);
  (9) sector lists (永胜 supermarkets/petrol stations/markets, 眉山 projects);
 (10) four pages that name the city with no figure of it (沁源 notice, 长春 mall story, 海丰
      meeting, 漯河 village shops).
Proportions written in words (六成, 九成以上) could not be found in fresh, unused 2020 pages of
the corpus; the proportions here are written in digits.

Reading choices made here where the binding conventions are silent (each note says which):

* A zone whose full name starts with its city keeps its generic short name (淮安经济技术开发区 →
  经开区, 淮安工业园区 → 工业园区, 淮安生态文旅区 → 生态文旅区); a zone with its own proper name
  keeps it (苏淮高新区, 平原示范区); a bare 高新区 stays 高新区. A state farm listed among the
  districts (白马湖农场) is read like a 乡镇: no tuple.
* 全部治愈出院 with the total gives confirmed_total and recovered_total but not hospitalized 0 (as
  blind_narrative.py); "在治确诊患者…实现清零" gives hospitalized 0; "全部解除隔离医学观察" gives
  observation 0.
* A hospital's share of a city's discharges or inpatients (新乡市传染病院11例, 信阳市中心医院1例,
  钟祥市人民医院同仁医院) gives no tuple; the city's own statement of the same discharges does.
* 用工人数 of resumed projects or enterprises is read as workers_returned (约 → about).
  Electricity-based 复工指数/复产指数 are no metric (like electricity shares).
* 复产营业率 / 复产率 over counted businesses is resumption_rate; "已经全部恢复营业" right after the
  count of such businesses gives resumed = that count; a rate of 100% with a total but without
  全部复工 wording gives no resumed count.
* "市区54条公交线路全部恢复运营" gives services_resumed 54 (sector 公交线路); vehicles put back into
  service (公交车辆, 巡游出租车, 网约车) are services_resumed too; "暂未恢复" gives no tuple.
* "近几天零增长" in a paragraph dated 截至2月23日 gives one confirmed_new 0 on that date.

Removed after scoring: a 齐齐哈尔新闻网 industry-list case turned out to be the same excerpt as a
dev_feeds.py case (its grep check missed it); the first-run score without it is in the CHANGELOG.
"""

CASES = [
    # ================================================================ 1. discharge stories, counts in words, implied figures
    dict(
        id="bl2-nr-zhongxiang-0209-three-women-discharged",
        text=(
            "好消息,钟祥市又有3名新冠肺炎患者治愈出院,已累计出院9人\n\n"
            "2月9日,在钟祥市人民医院同仁医院接受治疗的新冠肺炎患者成女士、王女士、彭女士,经过专家组的严密会诊,符合确诊患者出院指标。至此,钟祥市新冠肺炎治愈出院患者已达9人。\n\n"
            "下午三点,来自郢中和磷矿的新冠肺炎患者成女士和彭女士走出医院隔离区,她们带着口罩,精神状态良好。据了解,本次3名治愈患者均为女性,轻症;年龄最小的51岁,最大的59岁,平均接受治疗时间为19天。\n\n"
            "(作者:钟祥市融媒体中心 记者 徐潇 杨雨晨 通讯员 柯希轩)"
        ),
        published="2020-02-09",
        city="荆门市",
        expect=[
            ("recovered_new", "钟祥市", "2020-02-09", 3, "", ""),
            ("recovered_total", "钟祥市", "2020-02-09", 9, "", ""),
        ],
        note="county-level city's own media (钟祥市融媒体中心; 钟祥 is a county of 荆门市). The headline's subject is 钟祥市 (又有3名…已累计出院9人), so the three "
        "discharges are the county's recovered_new, although the body names the hospital (dev_narrative choice); 本次3名治愈患者 restates them (one tuple); "
        "已达9人 / 已累计出院9人 → recovered_total. 郢中 and 磷矿 are towns (residence, no tuple); ages and 19天 are no counts. Page shows no date: "
        "published = the day the story reports (2月9日)",
        source="http://zhongxiang.cjyun.org/p/85388.html",
    ),
    dict(
        id="bl2-nr-xingning-0220-city-and-county-in-one-sentence",
        text=(
            "权威发布\n"
            "2月20日梅州无新增,已连续5天无确诊病例,其中兴宁已连续13天无确诊病例。梅州市16例确诊病例中,已治愈出院10例,其中兴宁市8例确诊患者已治愈出院5例。全市无死亡病例,无医务人员感染病例。"
        ),
        published="2020-02-20",
        city="梅州市",
        expect=[
            ("confirmed_new", "梅州市", "2020-02-20", 0, "", ""),
            ("confirmed_new", "兴宁市", "2020-02-20", 0, "", ""),
            ("confirmed_total", "梅州市", "2020-02-20", 16, "", ""),
            ("recovered_total", "梅州市", "2020-02-20", 10, "", ""),
            ("confirmed_total", "兴宁市", "2020-02-20", 8, "", ""),
            ("recovered_total", "兴宁市", "2020-02-20", 5, "", ""),
            ("deaths_total", "梅州市", "2020-02-20", 0, "", ""),
        ],
        note="item of 兴宁市融媒体中心 (a county-level city of 梅州; the outlet's signature line and the province's paragraphs that follow are left out). "
        "无新增 and 已连续5天/13天无确诊病例 → one confirmed_new 0 on 2月20日 each for 梅州 and 兴宁. 梅州市16例确诊病例中 / 兴宁市8例确诊患者 are totals in a noun "
        "phrase → confirmed_total; 已治愈出院10例/5例 → recovered_total. 全市无死亡病例: no speaker is named in the excerpt, and the sentence follows 梅州市's "
        "figures → 梅州市 deaths_total 0. 无医务人员感染 has no metric. Page shows no date: published = the day the story reports",
        source="http://web.cmc.gcable.cn/xnsgbdst_html/applm/yqfk/54733.shtml",
    ),
    dict(
        id="bl2-nr-qingyuan-0224-last-two-all-twelve-qingling",
        text=(
            "清远“清零”,广东首地!\n\n\n"
            "好消息!\n\n据南方+消息,今晚(24日)\n\n清远最后两例新冠肺炎\n\n确诊患者治愈出院\n\n目前,清远12位患者全部治愈\n\n成为广东首个清零地级市\n\n\n"
            "截至目前,清远累计报告的新冠肺炎确诊病例12例(男性6名,女性6名)已全部出院,无死亡病例,治愈出院率达100%,在治确诊患者在全省率先实现清零。\n\n\n"
            "两名痊愈市民已经走出清远市人民医院感染科\n\n"
            "新增出院患者1:女,2岁,湖北人,现住于清城区龙塘镇银盏嘉福工业园欣强电子有限公司宿舍,曾到过疫情发生地。2月9日发热,2月10日到清远市人民医院就诊,2月11日经市疾病预防控制中心检测及专家组评估确认为新型冠状病毒肺炎病例。经过清远市人民医院医护团队的救治,患者体温恢复正常,生命体征平稳。为了确认患者的痊愈情况,医院先后于2月23日和2月24日对患者进行了病毒核酸检测,二次检测的结果均为阴性,2月24日CT检查符合出院指征。\n\n\n\n"
            "以上2例病例已符合国家卫生健康委办公厅印发的《新型冠状病毒肺炎诊疗方案》中的确诊病例解除隔离和出院标准。"
        ),
        published="2020-02-24",
        city="清远市",
        expect=[
            ("recovered_new", "清远市", "2020-02-24", 2, "", ""),
            ("confirmed_total", "清远市", "2020-02-24", 12, "", ""),
            ("recovered_total", "清远市", "2020-02-24", 12, "", ""),
            ("deaths_total", "清远市", "2020-02-24", 0, "", ""),
            ("recovery_rate", "清远市", "2020-02-24", 100, "", ""),
            ("hospitalized", "清远市", "2020-02-24", 0, "", ""),
        ],
        note="a 清远 WeChat account relaying 南方+ (one phrase per line). 最后两例…治愈出院 / 两名痊愈市民 / 以上2例 → recovered_new 2 on 24日 (今晚(24日)); "
        "12位患者全部治愈 and 12例…已全部出院 → confirmed_total and recovered_total 12 (once); 无死亡病例 → deaths_total 0; 治愈出院率达100% → recovery_rate; "
        "在治确诊患者…实现清零 → hospitalized 0. 男性6名,女性6名 split the total by sex (no tuple). 现住于清城区…工业园 is the patient's residence: no "
        "district or zone tuple; 新增出院患者1 is an ordinal; ages and test dates are no figures. 截至目前 takes 24日",
        source="https://freewechat.com/a/MzI0NzQwNzY1Mw==/2247571161/1",
    ),
    dict(
        id="bl2-nr-pingdingshan-0219-current-list-vs-cumulative-trad",
        text=(
            "雙零!2月19日,平頂山無新增確診病例,無新增疑似病例\n\n"
            "2月20日,從市衛健委傳來消息,2月19日0-24時,我市新增確診病例0例;新增疑似病例0例;新增治癒出院3例(衛東區2例、湛河區1例)。\n\n\n"
            "截至2月19日24時,我市累計報告確診病例58例(含汝州市1例),累計治癒出院34例(含汝州市1例),死亡1例,現有確診病例23例(含轉省人民醫院治療3例),其中新華區15例、衛東區3例、湛河區2例、魯山縣2例、寶豐縣1例;現有疑似病例4例;累計追蹤到密切接觸者1422人,解除隔離觀察1092人,正在接受醫學觀察330人。\n"
            "另悉,我市新增確診病例由2月4日的最高點後逐漸下降,目前已趨於平穩,2月15日至19日已連續5天無新增確診病例。"
        ),
        published="2020-02-20",
        city="平顶山市",
        expect=[
            ("confirmed_new", "平顶山市", "2020-02-19", 0, "", ""),
            ("recovered_new", "平顶山市", "2020-02-19", 3, "", ""),
            ("recovered_new", "卫东区", "2020-02-19", 2, "", ""),
            ("recovered_new", "湛河区", "2020-02-19", 1, "", ""),
            ("confirmed_total", "平顶山市", "2020-02-19", 58, "", ""),
            ("confirmed_total", "汝州市", "2020-02-19", 1, "", ""),
            ("recovered_total", "平顶山市", "2020-02-19", 34, "", ""),
            ("recovered_total", "汝州市", "2020-02-19", 1, "", ""),
            ("deaths_total", "平顶山市", "2020-02-19", 1, "", ""),
            ("hospitalized", "平顶山市", "2020-02-19", 23, "", ""),
            ("hospitalized", "新华区", "2020-02-19", 15, "", ""),
            ("hospitalized", "卫东区", "2020-02-19", 3, "", ""),
            ("hospitalized", "湛河区", "2020-02-19", 2, "", ""),
            ("hospitalized", "鲁山县", "2020-02-19", 2, "", ""),
            ("hospitalized", "宝丰县", "2020-02-19", 1, "", ""),
            ("suspected", "平顶山市", "2020-02-19", 4, "", ""),
            ("close_contacts_total", "平顶山市", "2020-02-19", 1422, "", ""),
            ("observation_released_total", "平顶山市", "2020-02-19", 1092, "", ""),
            ("observation", "平顶山市", "2020-02-19", 330, "", ""),
        ],
        note="city story from the city health commission (traditional mirror; 我市 = 平顶山市 from the title and 市衛健委). 現有確診病例23例…其中 is the current list "
        "(15+3+2+2+1 = 23) → hospitalized per district; the 累計 58/34 with (含汝州市1例) give 汝州市 its own total and recovered total. 含轉省人民醫院治療3例 is an "
        "institution's share (no tuple). 新增疑似病例0例 has no metric; 現有疑似病例4例 → suspected. 由2月4日的最高點 is a baseline with no figure; 連續5天無新增 "
        "restates confirmed_new 0 on 19日. published from the ttnews page id (2020-02-20), matching 2月20日…傳來消息",
        source="https://ttnews.xyz/a/5e4e234adc9b5e745892bc8c",
    ),
    dict(
        id="bl2-nr-midu-0207-one-patient-discharged",
        text=(
            "(治愈患者出院)\n"
            "2月7日13时30分,云南大理弥渡县确诊的新型冠状病毒感染的肺炎患者治愈出院。\n"
            "该患者为23岁男性,武汉务工返乡人员。1月25日到村级报备转至弥渡县人民医院隔离治疗,经弥渡县人民医院诊断,由大理州专家组评估确认,云南省卫健委公布,于1月27日确诊为新型冠状病毒感染的肺炎病例。\n"
            "来源 云南网"
        ),
        published="2020-02-07",
        city="大理白族自治州",
        expect=[
            ("recovered_new", "弥渡县", "2020-02-07", 1, "", ""),
        ],
        note="a story about ONE discharge (该患者, 23岁男性) → recovered_new 1 for 弥渡县, the county the story attributes the patient to, on 2月7日 (dev_narrative "
        "choice). 弥渡县确诊的…患者 does not state a count of cases: no confirmed_total. 武汉务工返乡 is origin; 23岁, 13时30分 are no counts. 云南网 via a "
        "repost site; page shows no date: published = the day of the discharge",
        source="http://www.wenlvnews.com/p/255160.html",
    ),
    dict(
        id="bl2-nr-shennongjia-0219-all-ten-cured-contacts-released",
        text=(
            "2020年2月19日0时至24时,全区无新增新冠肺炎疑似病例,无新增确诊病例。\n"
            "截至2020年2月19日24时全区累计报告确诊病例10例,全部治愈出院。累计追踪密切接触者101人,全部解除隔离医学观察。\n"
            "2月19日,全区医疗机构发热门诊当日共接诊发热病人9例,留院观察5例。\n"
            "截至2月19日,我区已连续16天无新增确诊病例。\n"
            "神农架林区新型冠状病毒感染的肺炎防控指挥部\n"
            "2020年2月20日"
        ),
        published="2020-02-20",
        city="神农架林区",
        expect=[
            ("confirmed_new", "神农架林区", "2020-02-19", 0, "", ""),
            ("confirmed_total", "神农架林区", "2020-02-19", 10, "", ""),
            ("recovered_total", "神农架林区", "2020-02-19", 10, "", ""),
            ("close_contacts_total", "神农架林区", "2020-02-19", 101, "", ""),
            ("observation", "神农架林区", "2020-02-19", 0, "", ""),
        ],
        note="the 林区's own bulletin (signature: 全区/我区 = 神农架林区, a prefecture-level 林区 of Hubei). 累计…10例,全部治愈出院 → confirmed_total and recovered_total 10 "
        "(implied, once; no hospitalized 0, the text says no 清零); 全部解除隔离医学观察 → observation 0 (no released count is expected: 101 is the contacts "
        "total). 无新增疑似 has no metric; 发热病人9例 and 留院观察5例 are fever-clinic counts (no metric). 连续16天无新增 restates confirmed_new 0 on 19日",
        source="http://shennongjia.cjyun.org/p/24405.html",
    ),
    dict(
        id="bl2-nr-dazhou-0321-all-42-cured-district-list",
        text=(
            "3月21日,\n我市无新增新型冠状病毒肺炎确诊病例。\n"
            "截止3月21日24时,我市累计报告新型冠状病毒肺炎确诊病例42例,其中:通川区5例、达川区3例、宣汉县5例、大竹县6例、渠县8例、开江县11例、万源市4例。\n"
            "42例患者全部治愈出院。\n"
            "目前,累计追踪到密切接触者2793人并实行医学观察,现已解除医学观察2768人,继续接受医学观察25人。"
        ),
        published="2020-03-22",
        city="达州市",
        expect=[
            ("confirmed_new", "达州市", "2020-03-21", 0, "", ""),
            ("confirmed_total", "达州市", "2020-03-21", 42, "", ""),
            ("confirmed_total", "通川区", "2020-03-21", 5, "", ""),
            ("confirmed_total", "达川区", "2020-03-21", 3, "", ""),
            ("confirmed_total", "宣汉县", "2020-03-21", 5, "", ""),
            ("confirmed_total", "大竹县", "2020-03-21", 6, "", ""),
            ("confirmed_total", "渠县", "2020-03-21", 8, "", ""),
            ("confirmed_total", "开江县", "2020-03-21", 11, "", ""),
            ("confirmed_total", "万源市", "2020-03-21", 4, "", ""),
            ("recovered_total", "达州市", "2020-03-21", 42, "", ""),
            ("close_contacts_total", "达州市", "2020-03-21", 2793, "", ""),
            ("observation_released_total", "达州市", "2020-03-21", 2768, "", ""),
            ("observation", "达州市", "2020-03-21", 25, "", ""),
        ],
        note="city bulletin on a 163 account; the excerpt names no speaker, so 我市 is the home city (达州市; the district list confirms it). 42例患者全部治愈出院 → "
        "recovered_total 42 (implied; no hospitalized 0, as in blind_narrative). 目前 takes 3月21日 from the paragraph before. The province's paragraphs "
        "that follow on the page are left out. Page shows no date: published = the day after the data (the page's provincial part is 3月22日发布)",
        source="https://m.163.com/dy/article/F8C503IQ0514CJFJ.html",
    ),
    # ================================================================ 2. county and district pages, zones
    dict(
        id="bl2-nr-nanzhang-0217-woxian-bulletin-towns-excluded",
        text=(
            "按照襄阳市防控指挥部统一要求,自今日开始,我县新型冠状病毒肺炎报告病例按照病人所在地统计,因此,将县外医疗机构报告现住址为我县病例纳入统计范围。\n"
            "2020年2月17日00:00至24:00,我县无新增报告确诊病例;新增报告疑似病例3例,其中:清河管理区2例,城关镇1例;原报告的疑似病例中排除5例;新增确诊病例治愈出院4例;排除病例出院1例。\n"
            "截止2月17日24时,全县累计报告确诊病例63例(含襄阳市中心医院诊断报告3例),其中:城关镇26例,九集镇14例(其中1例户籍宜城市,常住九集),武安镇11例,长坪镇4例,清河管理区3例,东巩镇2例,李庙镇2例,板桥镇1例。现有疑似病例16例(含襄阳市中心医院诊断报告4例),其中:城关镇5例,李庙镇3例,武安镇2例,清河管理区2例,九集镇2例,肖堰镇1例,东巩镇1例;累计治愈出院7例;累计死亡2例(城关镇1例,九集镇1例)。原报告的疑似病例中累计排除85例(其中累计出院34例)。累计追踪到密切接触者1308人,尚在接受医学观察126人。\n"
            "南漳县新型冠状病毒肺炎防控指挥部办公室\n"
            "2020年2月18日"
        ),
        published="2020-02-18",
        city="襄阳市",
        expect=[
            ("confirmed_new", "南漳县", "2020-02-17", 0, "", ""),
            ("recovered_new", "南漳县", "2020-02-17", 4, "", ""),
            ("confirmed_total", "南漳县", "2020-02-17", 63, "", ""),
            ("suspected", "南漳县", "2020-02-17", 16, "", ""),
            ("recovered_total", "南漳县", "2020-02-17", 7, "", ""),
            ("deaths_total", "南漳县", "2020-02-17", 2, "", ""),
            ("close_contacts_total", "南漳县", "2020-02-17", 1308, "", ""),
            ("observation", "南漳县", "2020-02-17", 126, "", ""),
        ],
        note="a county's own bulletin (signature: 我县/全县 = 南漳县, county of 襄阳市). Towns and 清河管理区 are below county level (no tuple); 含襄阳市中心医院诊断报告 "
        "is the hospital that diagnosed part of the county's cases (no tuple); 户籍宜城市 is origin (no tuple for 宜城市). 新增报告疑似病例3例 has no metric; "
        "现有疑似病例16例 → suspected. 排除病例出院1例 and 累计排除85例(其中累计出院34例) concern excluded suspects: no recovered figure",
        source="https://bbs.nzkd.com/thread-940876-1-1.html",
    ),
    dict(
        id="bl2-nr-jintan-0201-district-page-city-and-own-figure",
        text=(
            "截止到2020年2月1日18:00,全国确诊11889例、治愈255例、死亡259例。\n"
            "其中,江苏确诊202例、治愈5例。常州确诊14例。金坛目前无确诊病例。\n"
            "常州市金坛区新型冠状病毒感染的肺炎疫情防控应急指挥部\n"
            "2020年2月1日"
        ),
        published="2020-02-01",
        city="常州市",
        expect=[
            ("confirmed_total", "常州市", "2020-02-01", 14, "", ""),
            ("confirmed_total", "金坛区", "2020-02-01", 0, "", ""),
        ],
        note="a district's own notice (signature 常州市金坛区…指挥部) giving the nation's, the province's, the city's and its own figure: only 常州 and 金坛区 are "
        "expected (全国 and 江苏 are other places). 金坛目前无确诊病例 → confirmed_total 0 (目前 takes 2月1日 18:00 from the paragraph before). The page's "
        "exhortation paragraph is left out",
        source="https://www.jintan.gov.cn/html/czjt/2020/IJNNQALP_0201/135468.html",
    ),
    dict(
        id="bl2-nr-huaian-0211-zones-in-district-list-residence",
        text=(
            "现代快报讯(见习记者 李子璇)2 月 12 日,淮安市新冠肺炎疫情联防联控工作指挥部办公室发布消息称,2 月 11 日 0-24 时,淮安市新增新型冠状病毒感染的肺炎确诊病例 1 例,全市累计报告新型冠状病毒感染的肺炎确诊病例 47 例,已治愈出院 6 例。\n"
            "新增病例情况如下:男,85 岁,现住淮安区银河公馆,无湖北居住史和旅行史,是淮安市一确诊患者的外公,系密切接触者。2 月 2 日起在女儿家居住;2 月 7 日,因外孙被确诊为新冠肺炎患者,全家进行隔离医学观察,当晚,患者因发热被 120 专车送至淮安市淮安医院就诊,后被收治入院隔离观察治疗;2 月 10 日转至淮安市第四人民医院;2 月 11 日,被确诊为新冠肺炎。\n"
            "确诊病例中,按照病例管理地区划分,清江浦区 6 例,淮安区 29 例,淮阴区 3 例,洪泽区 0 例,盱眙县 0 例,涟水县 1 例,金湖县 2 例,淮安经济技术开发区 2 例,淮安工业园区 0 例,淮安生态文旅区 3 例,苏淮高新区 0 例,白马湖农场 1 例。\n"
            "目前,淮安市对病例相关接触者已全力摸排并采取相应防控措施,共管理密切接触者 2040 人,已解除医学观察 1172 人,868 人尚在观察中。"
        ),
        published="2020-02-12",
        city="淮安市",
        expect=[
            ("confirmed_new", "淮安市", "2020-02-11", 1, "", ""),
            ("confirmed_total", "淮安市", "2020-02-11", 47, "", ""),
            ("recovered_total", "淮安市", "2020-02-11", 6, "", ""),
            ("confirmed_total", "清江浦区", "2020-02-11", 6, "", ""),
            ("confirmed_total", "淮安区", "2020-02-11", 29, "", ""),
            ("confirmed_total", "淮阴区", "2020-02-11", 3, "", ""),
            ("confirmed_total", "洪泽区", "2020-02-11", 0, "", ""),
            ("confirmed_total", "盱眙县", "2020-02-11", 0, "", ""),
            ("confirmed_total", "涟水县", "2020-02-11", 1, "", ""),
            ("confirmed_total", "金湖县", "2020-02-11", 2, "", ""),
            ("confirmed_total", "经开区", "2020-02-11", 2, "", ""),
            ("confirmed_total", "工业园区", "2020-02-11", 0, "", ""),
            ("confirmed_total", "生态文旅区", "2020-02-11", 3, "", ""),
            ("confirmed_total", "苏淮高新区", "2020-02-11", 0, "", ""),
            ("close_contacts_total", "淮安市", "2020-02-11", 2040, "", ""),
            ("observation_released_total", "淮安市", "2020-02-11", 1172, "", ""),
            ("observation", "淮安市", "2020-02-11", 868, "", ""),
        ],
        note="a provincial paper (现代快报, aggregator spacing kept) relaying the city's own bulletin. The 病例管理地区 list gives each district, county and zone "
        "its confirmed_total, zeros included; zones named with the city in front keep the generic short name (淮安经济技术开发区 → 经开区, 淮安工业园区 → "
        "工业园区, 淮安生态文旅区 → 生态文旅区), 苏淮高新区 keeps its proper name; 白马湖农场 (a state farm) is read like a town: no tuple. 现住淮安区 is the new "
        "patient's residence: no district confirmed_new. 目前 takes 2月11日",
        source="https://app.myzaker.com/news/article.php?pk=5e4357bf1bc8e03e5400002f",
    ),
    dict(
        id="bl2-nr-xinxiang-0221-gaoxinqu-shifanqu-in-brackets-hospital-list",
        text=(
            "截至2月21日24时新乡市新型冠状病毒感染的肺炎疫情通报\n"
            "2020-02-22   来源:新乡市新型冠状病毒感染的肺炎疫情防控指挥部\n\n"
            "2月21日0:00时—24:00时,各县(市、区)报告新冠肺炎新增确诊病例0例。\n\n"
            "全市各县(市、区)累计报告确诊病例44例,其中:辉县市10例、封丘县5例、新乡县5例、卫辉市5例、延津县4例、牧野区4例、卫滨区3例、红旗区3例(含高新区1例)、原阳县3例(含平原示范区3例)、获嘉县2例。\n\n"
            "治愈出院32例(新乡医学院第一附属医院2例、省人民医院1例、市传染病院11例、辉县市人民医院8例、封丘县人民医院3例、新乡县人民医院2例、原阳县人民医院2例、延津县人民医院2例、获嘉县人民医院1例),死亡3例。\n\n"
            "现有在院确诊病例9例,疑似病例1例。"
        ),
        published="2020-02-22",
        city="新乡市",
        expect=[
            ("confirmed_new", "新乡市", "2020-02-21", 0, "", ""),
            ("confirmed_total", "新乡市", "2020-02-21", 44, "", ""),
            ("confirmed_total", "辉县市", "2020-02-21", 10, "", ""),
            ("confirmed_total", "封丘县", "2020-02-21", 5, "", ""),
            ("confirmed_total", "新乡县", "2020-02-21", 5, "", ""),
            ("confirmed_total", "卫辉市", "2020-02-21", 5, "", ""),
            ("confirmed_total", "延津县", "2020-02-21", 4, "", ""),
            ("confirmed_total", "牧野区", "2020-02-21", 4, "", ""),
            ("confirmed_total", "卫滨区", "2020-02-21", 3, "", ""),
            ("confirmed_total", "红旗区", "2020-02-21", 3, "", ""),
            ("confirmed_total", "高新区", "2020-02-21", 1, "", ""),
            ("confirmed_total", "原阳县", "2020-02-21", 3, "", ""),
            ("confirmed_total", "平原示范区", "2020-02-21", 3, "", ""),
            ("confirmed_total", "获嘉县", "2020-02-21", 2, "", ""),
            ("recovered_total", "新乡市", "2020-02-21", 32, "", ""),
            ("deaths_total", "新乡市", "2020-02-21", 3, "", ""),
            ("hospitalized", "新乡市", "2020-02-21", 9, "", ""),
            ("suspected", "新乡市", "2020-02-21", 1, "", ""),
        ],
        note="the city's own bulletin (source line: 新乡市…指挥部) on a city bureau's site. Zones inside a county's bracket are their own regions: 红旗区3例(含高新区1例) "
        "→ 高新区 1, 原阳县3例(含平原示范区3例) → 平原示范区 3 (proper name kept). 各县(市、区)…新增确诊病例0例 is the city's confirmed_new 0 (no per-county zeros "
        "are stated). The discharge list is by HOSPITAL (辉县市人民医院8例 …): institutions, no county tuple. 现有在院确诊病例9例 → hospitalized; 疑似病例1例 in the "
        "same 现有 sentence → suspected. The 长垣市 and contacts paragraphs that follow are left out",
        source="http://nyncj.xinxiang.gov.cn/Content/content/id/5373.html",
    ),
    dict(
        id="bl2-nr-yongsheng-0214-county-press-conference-sectors",
        text=(
            "发布会上,永胜县人民政府县长冯忠就永胜县疫情防控总体情况、重点建设项目复工开工情况、复产工作开展情况作介绍。\n"
            "疫情防控总体情况\n"
            "截至2月14日18时,永胜县新型冠状病毒肺炎确诊0例,疑似病例0例。\n"
            "复产工作开展情况\n"
            "县内企业复产情况。全县14家规上工业企业实现复产的有11家,共返岗463人,其余3家企业正在开展复产准备工作。截至2月14日已经复产的企业11家,计划2月20日以后复产企业3家。\n"
            "县内商贸企业复市情况。全县商贸领域流通企业中共有超市企业(含个体、乡村百货店)1033家、加油站26座、农集贸市场34个。截至目前,超市企业(含个体经营户)454家,复产营业率44%;加油站营业26座,复产营业率100%;农村集贸市场营业除禁止活禽交易外,已经全部恢复营业,复产营业率100%。"
        ),
        published="2020-02-14",
        city="丽江市",
        expect=[
            ("confirmed_total", "永胜县", "2020-02-14", 0, "", ""),
            ("suspected", "永胜县", "2020-02-14", 0, "", ""),
            ("sector_total", "永胜县", "2020-02-14", 14, "规上工业企业", ""),
            ("resumed", "永胜县", "2020-02-14", 11, "规上工业企业", ""),
            ("workers_returned", "永胜县", "2020-02-14", 463, "规上工业企业", ""),
            ("sector_total", "永胜县", "2020-02-14", 1033, "超市企业", ""),
            ("resumed", "永胜县", "2020-02-14", 454, "超市企业", ""),
            ("resumption_rate", "永胜县", "2020-02-14", 44, "超市企业", ""),
            ("sector_total", "永胜县", "2020-02-14", 26, "加油站", ""),
            ("resumed", "永胜县", "2020-02-14", 26, "加油站", ""),
            ("resumption_rate", "永胜县", "2020-02-14", 100, "加油站", ""),
            ("sector_total", "永胜县", "2020-02-14", 34, "农村集贸市场", ""),
            ("resumed", "永胜县", "2020-02-14", 34, "农村集贸市场", ""),
            ("resumption_rate", "永胜县", "2020-02-14", 100, "农村集贸市场", ""),
        ],
        note="a county press conference on the city site (丽江网); 全县 = 永胜县. 确诊0例 → confirmed_total 0; 疑似病例0例 → suspected 0. 14家…复产的有11家,共返岗463人 → "
        "sector_total, resumed, workers_returned (sector 规上工业企业); 截至2月14日已经复产的企业11家 restates; 其余3家 / 计划2月20日以后复产企业3家 are a remainder and a "
        "plan (no tuple). 复产营业率 → resumption_rate per business type; 营业26座 → resumed 26; 农村集贸市场…已经全部恢复营业 after the count 34 → resumed 34 "
        "(reading choice). 截至目前 takes 2月14日. The contacts and projects paragraphs are left out. Page shows no date: published = the figures' day",
        source="https://www.lijiang.cn/article/48508.html",
    ),
    dict(
        id="bl2-nr-yijun-0219-county-rate-and-forecast-trad",
        text=(
            "宜君縣規上企業有序復工復產\n\n"
            "“疫情防控、經濟社會發展”兩手抓、兩不誤,宜君縣復工復產工作持續推進。截至2月19日,全縣規上20戶工業企業中,已完成15戶復工復產,復產率達75%,預計2月29日,規上工業企業復產率可達到100%。\n\n"
            "記者 郭雷"
        ),
        published="2020-02-24",
        city="铜川市",
        expect=[
            ("sector_total", "宜君县", "2020-02-19", 20, "规上工业企业", ""),
            ("resumed", "宜君县", "2020-02-19", 15, "规上工业企业", ""),
            ("resumption_rate", "宜君县", "2020-02-19", 75, "规上工业企业", ""),
        ],
        note="county item (traditional repost; 全縣 = 宜君縣, county of 铜川市). 規上20戶…已完成15戶…復產率達75% → sector_total, resumed, resumption_rate (复产率 over "
        "enterprises, dev_narrative choice). 預計2月29日…可達到100% is a forecast: no tuple, and 2月29日 dates nothing. The long paragraph on the county's "
        "working groups is left out. published = the ttnews page id decoded (2020-02-24); the figures are dated 2月19日",
        source="https://ttnews.xyz/a/5e538a71dc9b5e43949e7fac",
    ),
    dict(
        id="bl2-nr-meishan-0305-projects-enterprises-electricity-index-trad",
        text=(
            "新聞來源:眉山網(wǎng)\n"
            "更新時間:2020-03-08 20:20:09\n"
            "責(zé)任編輯:毛馨怡\n"
            "眉山網(wǎng)訊(記者 李幸)我市上下在抓疫情防控的同時,正有序有力組織復(fù)工復(fù)產(chǎn)。記者從市發(fā)改委和市經(jīng)信局獲悉,截止至3月5日,我市24個在建省重點(diǎn)項(xiàng)目和規(guī)上企業(yè)已全面復(fù)工復(fù)產(chǎn)。\n"
            "數(shù)據(jù)顯示,截至3月5日,全市129個省市重點(diǎn)項(xiàng)目中在建項(xiàng)目95個,當(dāng)日無新復(fù)工項(xiàng)目,累計(jì)復(fù)工91個,復(fù)工率95.8%,用工人數(shù)約1.4萬人,市外人員占37.4%。其中,在建市重點(diǎn)項(xiàng)目(71個)復(fù)工67個,在建項(xiàng)目復(fù)工率94.4%;24個在建省重點(diǎn)項(xiàng)目復(fù)工率100%。\n"
            "全市617戶規(guī)上工業(yè)企業(yè),除去新退規(guī)和退規(guī)保留基數(shù)13戶企業(yè)外,其余企業(yè)已全面復(fù)工復(fù)產(chǎn),用工人數(shù)約6.3萬人。\n"
            "從電力指數(shù)看,截至3月3日,大工業(yè)企業(yè)復(fù)工指數(shù)達(dá)到73.6%,較2月底提升8.1個百分點(diǎn);大工業(yè)企業(yè)復(fù)產(chǎn)指數(shù)99.9%。"
        ),
        published="2020-03-08 20:20",
        city="眉山市",
        expect=[
            ("sector_total", "眉山市", "2020-03-05", 24, "在建省重点项目", ""),
            ("resumed", "眉山市", "2020-03-05", 24, "在建省重点项目", ""),
            ("resumption_rate", "眉山市", "2020-03-05", 100, "在建省重点项目", ""),
            ("sector_total", "眉山市", "2020-03-05", 95, "在建项目", ""),
            ("resumed", "眉山市", "2020-03-05", 91, "在建项目", ""),
            ("resumption_rate", "眉山市", "2020-03-05", 95.8, "在建项目", ""),
            ("workers_returned", "眉山市", "2020-03-05", 14000, "在建项目", "about"),
            ("sector_total", "眉山市", "2020-03-05", 71, "在建市重点项目", ""),
            ("resumed", "眉山市", "2020-03-05", 67, "在建市重点项目", ""),
            ("resumption_rate", "眉山市", "2020-03-05", 94.4, "在建市重点项目", ""),
            ("sector_total", "眉山市", "2020-03-05", 617, "规上工业企业", ""),
            ("workers_returned", "眉山市", "2020-03-05", 63000, "规上工业企业", "about"),
        ],
        note="city paper site (traditional mirror with pinyin residue; header lines kept). 24個在建省重點項目…已全面復工復產 and later 24個在建省重點項目復工率100% → "
        "sector_total, resumed, rate 100 (one set). 129 counts all 省市重點項目, the 在建 95 are the base of the 95.8% (91/95) → sector 在建项目; 當日無新復工項目 "
        "has no metric; 市外人員占37.4% is a share of workers (no metric); 用工人數約1.4萬/6.3萬人 → workers_returned about (reading choice). 617戶…除去13戶…"
        "其余企業已全面復工 states no resumed count (604 is not written): sector_total only; 規上企業已全面復工 in the lead has no count. 復工指數/復產指數 are "
        "electricity indices (no metric); 較2月底提升8.1個百分點 is a comparison with a baseline: no tuple, and 3月3日 dates nothing expected. The third paragraph "
        "has no date: it takes 3月5日 from the paragraph before",
        source="http://www.maijiandao.com/xwzx/msyw/202003/t20200308_480755.html",
    ),
    dict(
        id="bl2-nr-baoji-0328-bus-lines-taxis-restored",
        text=(
            "近日,宝鸡市交通运输局按照宝鸡市疫情防控指挥部办公室《关于逐步有序恢复全市交通运输秩序的通知》要求,统筹做好交通运输行业常态化疫情防控和复工复产工作,有序恢复公共交通。\n"
            "截至3月28日,市区54条公交线路全部恢复运营,投运公交车辆552台;出租车恢复正常运营,投入巡游出租车1708台、网约车656台;客运班线市级、县际班车暂未恢复。"
        ),
        published="2020-03-28",
        city="宝鸡市",
        expect=[
            ("services_resumed", "宝鸡市", "2020-03-28", 54, "公交线路", ""),
            ("services_resumed", "宝鸡市", "2020-03-28", 552, "公交车辆", ""),
            ("services_resumed", "宝鸡市", "2020-03-28", 1708, "巡游出租车", ""),
            ("services_resumed", "宝鸡市", "2020-03-28", 656, "网约车", ""),
        ],
        note="the city transport bureau's own account (via a Shaanxi site). 市区 is the city itself. Lines and vehicles put back into service → services_resumed "
        "with the noun as sector (reading choice); 全部恢复运营 adds no separate total; 暂未恢复 gives no tuple. Page shows no date: published = the figures' day",
        source="http://sxsjtt.sxtm.com/show_wap/263617",
    ),
    dict(
        id="bl2-nr-xianning-0223-mayor-rates-and-observation",
        text=(
            "[疫情]咸宁连续数日新增确诊病例零增长\n\n"
            "长江日报-长江网2月24日讯 2月24日 , 湖北省召开新型冠状病毒感染的肺炎疫情防控工作例行新闻发布会 , 介绍咸宁市新冠肺炎疫情防控工作和云南省对口支援工作情况 。\n\n"
            "湖北省咸宁市委副书记、市长王远鹤介绍 , 咸宁在疫情初期形势非常复杂 , 呈现快速爆发、集中爆发、多点爆发的态势 。 经过一个多月艰苦奋战 , 目前疫情快速蔓延势头得到有效遏制 , 出现积极性的变化 , 表现为“四降两升” , “四降”包括单日新增确诊病例数保持下降 , 由初期两位数到现在个位数 , 近几天零增长;发热门诊单日就诊人数下降 , 从单日就诊1400人次到600人次以下;重症人数连续下降;病亡率下降 。 “两升”包括治愈率稳步上升 , 截至2月23日 , 达到53.7%;解除隔离人数稳步上升 , 目前解除医学观察11207人 , 还有2733人正在接受医学观察 。"
        ),
        published="2020-02-24",
        city="咸宁市",
        expect=[
            ("confirmed_new", "咸宁市", "2020-02-23", 0, "", ""),
            ("recovery_rate", "咸宁市", "2020-02-23", 53.7, "", ""),
            ("observation_released_total", "咸宁市", "2020-02-23", 11207, "", ""),
            ("observation", "咸宁市", "2020-02-23", 2733, "", ""),
        ],
        note="a Wuhan paper (aggregator spacing kept) on the 咸宁 mayor's briefing about his own city. 近几天零增长 (title: 连续数日…零增长) → one confirmed_new 0 on the "
        "paragraph's stated date 2月23日 (reading choice); 两位数/个位数 are no figures; fever-clinic visits (1400/600人次) have no metric; 治愈率…截至2月23日达到53.7% "
        "→ recovery_rate; 目前解除医学观察11207人 → observation_released_total, 还有2733人正在接受医学观察 → observation, both dated 2月23日 (目前 takes the "
        "paragraph's stated date). 云南省 is the aid province: nothing",
        source="http://shadafang.com/a/bb/02242352Z2020.html",
    ),
    # ================================================================ 3. workers leaving for jobs elsewhere
    dict(
        id="bl2-nr-hongya-0224-buses-to-guangdong-no-tuple",
        text=(
            "“春风行动” 洪雅专车助农民工安全有序返岗\n\n"
            "眉山网讯(记者 陈燕利 文/图)“太感谢了,政府包车从家门口把我们送到打工目的地,中途不转车,为我们的安全保驾护航。”2月24日上午,登上洪雅县为返岗农民工安排的包车,该县返乡村民刘开富感慨的表示。当天,该县“春风行动”暨送外出农民工返岗活动正式启动,两辆运载50名农民工的大巴车,从洪雅客运站出发前往广东潮汕。\n\n"
            "据悉,截止目前,该县通过商务包车、客运车辆、巡游出租汽车先后运送4批农民工顺利返岗,其中开行商务包车136台次、客运车辆6台次,巡游出租汽车579台次,共运送农民工返岗1876人。"
        ),
        published="2020-02-25 12:01",
        city="眉山市",
        expect=[],
        note="workers LEAVING the county (该县 = 洪雅县) for jobs elsewhere (广东潮汕): 50名 and 共运送农民工返岗1876人 are no workers_returned for 洪雅 (ANNOTATION); "
        "vehicle trips (136台次, 6台次, 579台次) carry workers out, they are no restored service; 4批 is a count of batches. The page's header lines (新闻来源, "
        "更新时间 2020-02-25 12:01:46) are left out; published from them",
        source="http://mshw.net/xwzx/msyw/202002/t20200225_478016.html",
    ),
    dict(
        id="bl2-nr-xinyang-0307-trains-to-shenzhen-shanghai-no-tuple",
        text=(
            "返岗!大别山老区开出多趟复工专列\n"
            "3月7日17时18分,1250名大别山革命老区的外出务工人员乘坐信阳开出的返岗专列K4237次列车,踏上复工之旅,一站直达深圳西站。21时50分,同样搭乘1250名务工人员的返岗专列K4108次列车由该站开出,星夜驰往上海南站。\n"
            "这是新冠肺炎疫情发生以来,铁路部门首次为大别山革命老区务工人员开行的返岗复工专列。\n"
            "大别山革命老区的信阳市是务工人员输出大市,光山、新县、罗山、商城等县区常年在外创业、务工人员达200万人以上。"
        ),
        published="2020-03-09 12:16",
        city="信阳市",
        expect=[],
        note="a wire item (中新网 via a repost site) about one city's workers leaving by train for 深圳 and 上海: the 1250 + 1250 are no workers_returned for 信阳 "
        "or its counties; 200万人以上 working elsewhere has no metric; train numbers (K4237) and times are no counts",
        source="http://snbst.com/news/2003/84454.html",
    ),
    # ================================================================ 4. pages naming the city with no figure of it
    dict(
        id="bl2-nr-qinyuan-0225-notice-buses-resume-no-count",
        text=(
            "关于有序恢复县城公交、出租车和县域农村客运运营的通告\n"
            "根据疫情防控情况变化,依据有关规定,经县新冠肺炎疫情防控工作领导小组同意,决定于2020年2月26日零时起恢复县城公共交通、县域内出租车和农村客运班线的运营。\n"
            "恢复运营后,严格实施场站及车辆消毒通风、司乘人员自我防护、乘客体温检测、旅客实名登记、安全检查等措施,确保群众平安便捷出行。\n"
            "特此通告\n沁源县交通运输局\n2020年2月25日\n(来源:沁源融媒)"
        ),
        published="2020-02-27",
        city="长治市",
        expect=[],
        note="a county notice (沁源县, county of 长治市) restoring buses, taxis and rural coach lines with NO count: services are restored but no number is "
        "written, so no services_resumed tuple. published from the page path (2020-02/27); the notice is dated 2月25日",
        source="https://cz.sxgov.cn/content/2020-02/27/content_9819936.htm",
    ),
    dict(
        id="bl2-nr-changchun-0319-mall-reopening-no-figure-trad",
        text=(
            "長春市全面恢復正常生產生活秩序首日 綜合商場人氣恢復效果初顯\n\n"
            "人民網長春3月20日電 (王海躍)19日,按照統籌推進新冠肺炎疫情防控和經濟社會發展的工作部署,為進一步促消費、增活力,長春市全面恢復正常生產生活秩序,各類商城、商業街、購物中心、商業綜合體恢復正常營業時間並適當延長經營時間。此舉表明,服裝紡織、箱包鞋帽、古玩字畫、建材家居等各類市場正在逐步恢復活力。\n\n"
            "在長春市綠園區春城商場門口,人們佩戴口罩正有序排隊測量體溫,體溫正常方可進入。測溫負責人表示,雖然從今天起長春市全面恢復正常生產生活秩序,但商場的疫情防控措施並沒有減弱。\n\n"
            "據商家介紹,春城商場從2月15日開始恢復正常營業,但商場一直是很冷清,“今天是全面復工復產第一天,從早上九點開始陸陸續續有顧客前來挑選自己需要的用品,今天是疫情發生以來商場裡顧客最多的一天,相信隨著疫情形勢的好轉,我們的生意也會越來越好!”商家向記者表示。"
        ),
        published="2020-03-20 20:59",
        city="长春市",
        expect=[],
        note="a provincial outlet (人民网吉林频道, traditional) on the city's reopening day: dates (19日, 2月15日), a time (九點) and one mall in 綠園區; no count of "
        "anything, so nothing is expected. The page's date/source line is left out; published from it",
        source="http://jl.people.com.cn/BIG5/n2/2020/0320/c349771-33892889.html",
    ),
    dict(
        id="bl2-nr-haifeng-0302-resumption-meeting-no-figure",
        text=(
            "3月2日晚,海丰召开规上工业企业复工复产推进会,会议听取海丰县统计局、科工信局关于各镇、开发区规上工业企业复工复产的情况汇报,对全县复工复产工作进行分析,并提出意见和建议。\n"
            "会上,海丰县副县长吴光群要求各地各部门要统筹做好疫情防控和经济发展工作,在坚持防疫工作不松懈的基础上,进一步落实行业主管部门的主体责任、指导责任和各镇、区的属地责任;要提高政治站位,做到守土有责、守土尽责、守土负责;要明确任务,采取有效措施,全力推进全县复工复产;要双管齐下,统筹做好各项工作,营造良好的复工复产氛围,确保海丰县规上企业尽快全面有序安全复工复产。"
        ),
        published="2020-03-02",
        city="汕尾市",
        expect=[],
        note="a county meeting report on the city government's site (海丰县, county of 汕尾市) about resumption with no figure at all (开发区 and 各镇 are "
        "mentioned without counts). Page shows no date: published = the meeting's day",
        source="http://www.shanwei.gov.cn/shanwei/jjsw/ztzl/yqfk/sjyqgz/content/post_582580.html",
    ),
    dict(
        id="bl2-nr-luohe-0317-village-shops-no-metric",
        text=(
            "□文/图 本报记者 张晓甫\n"
            "“这几天吃饭的人多了,每天能卖20斤热干面。”3月17日上午,在郾城区李集镇李集村的主干道上,陈清霞正在店里忙着,时不时有顾客来购买热干面和馄饨。\n"
            "记者在几公里长的主干道上看到,路两旁的一些饭店、五金店和农资店等已经开始营业。在一家1000多平方米的大型综合商超里,服务员海珍珍正在一个摊位前码放鞋垫。记者在这个商超看到,每个货架上备货充足,蔬菜、水果的种类丰富。三三两两的顾客有序排队结账。"
        ),
        published="2020-03-18",
        city="漯河市",
        expect=[],
        note="city paper (漯河日报 evening edition) on shops reopening in a village of 郾城区: 20斤, 1000多平方米 and 几公里 are sales and sizes, no metric; shops are "
        "said to reopen without a count. published from the page path (2020-03/18)",
        source="http://wb.lhrb.com.cn/html/2020-03/18/content_77162.htm",
    ),
]
