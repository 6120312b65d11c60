"""Golden extraction cases from REAL county-level local news, development set, Jan–Apr 2020.

What it is: 25 short verbatim excerpts of how a county (县, 自治县, a county-level city, a county's
industrial zone) tells its own epidemic and resumption news: county bulletins signed by the
county's headquarters, county 融媒体中心 sites (长江云 cjyun), county news sites (庆元网, 福清新闻网,
福鼎新闻网), county government pages, county WeChat/"发布" accounts relayed by portals (ttnews
mirrors, forum reposts), a county desk of a city paper (右江日报 via yybnet), a county site relaying
the provincial bulletin (开江网) and, for the counties and zones it names, one city bulletin on a
local portal (萍乡). Each case's `city` is the prefecture-level city (or autonomous prefecture) its
county belongs to, written in full; its `expect` lists EVERY tuple a careful reader takes for that
home city, for the home city's districts, counties and zones, and for organisations the text names:

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Annotated from the texts alone, following tests/cases/ANNOTATION.md (binding),
shared/gold/FORMAT.md and the conventions in the docstring of dev_cases.py, without reading or
running the extractor and without reading the other case tables (only the docstring and the first
two entries of blind3_narrative.py, for the format; the overlap greps below name files, and where
a hit needed confirming, the matching lines only).

Sources (county → city): 庆元县 → 丽水市 (庆元网 notice No. 14); 泽库县 → 黄南藏族自治州 (county
government site); 上林县 → 南宁市 (county bulletin reposted on a forum archiver, garbled "病*" and
stripped numbers); 理县 → 阿坝藏族羌族自治州 (理县人民政府 via 中国小康网); 罗平县 → 曲靖市 (罗平疫情防控
领导小组办公室 via ttnews); 什邡市 → 德阳市 (什邡市卫生健康局 via ttnews, traditional characters);
钟祥市 → 荆门市 (three daily bulletins: the 钟祥市融媒体中心 site twice, a local forum once); 松滋市 →
荆州市 (bulletin mirror with the numbers stripped out); 靖江市 → 泰州市 (a local forum repost of the
领导小组办公室 notice); 福清市 → 福州市 (two daily bulletins: 福清新闻网 and the 福州新闻网 county
channel); 泾源县轻工产业园区 → 固原市 (宁夏新闻网 zone item); 隆林各族自治县 → 百色市 (右江日报 county desk
via yybnet); 福鼎市 → 宁德市 (a 福鼎新闻网 story, and the 福鼎工业园区 item via a traditional mirror);
楚雄市 → 楚雄彝族自治州 (the county-level city's item via ttnews, traditional); 萍乡市 (the city bulletin
on a 萍乡 portal, for 上栗县, 武功山风景名胜区 and 经开区); 新昌县 → 绍兴市 (a machine-rewritten copy of
a 新昌 story); 清徐县 → 太原市 (a 太原 paper's story via a mirror); an unnamed county's "两重一实"
projects (no city named: `city=None`); an unnamed county's discharge note near 咸阳 (→ 咸阳市); 开江县
→ 达州市 (开江网 relaying the 四川 bulletin); 佛冈县 → 清远市 (county government page, no figure).

Every `text` is verbatim (traditional characters, garbling such as "20202月17日", "病*", "截至年3月8日",
"确诊病例例", "290例本地281例,市外9例)", rewritten wording such as "边肖", page chrome such as 商家广告位,
请输入验证码, 制作/责编 lines kept as found); paragraphs not needed were left out and a paragraph is cut
only after a full sentence. `source` is the page read. `published` is the page's own date (and time)
when it shows one; otherwise the note says what was used (a signature date, a title date, the date
the story reports, an interval the story fixes, or None when nothing dates the page).

Ways of writing covered (case counts; a case can count more than once):
  (1) a county (县, 自治县) bulletin signed by the county's headquarters or health bureau, the county
      named in the title, speaking as 我县/全县 (庆元, 泽库, 上林, 理县, 罗平): 5;
  (2) a county-level city speaking as 我市/全市, the speaker named in the signature or title (钟祥 ×3,
      松滋, 靖江, 福清 ×2, 什邡, 楚雄): 9;
  (3) towns, streets and villages named with figures, which give no tuple (庆元 竹口镇新窑村, 钟祥
      2月17日, 福清 ×2, 福鼎 桐城街道's 12家): 5;
  (4) none-statements and 连续N天 runs (泽库 all zeros, 上林, 什邡 and 德阳 无新增, 理县 无…疫情发生, 钟祥
      2月23日 无新增, 钟祥 3月20日 连续18天, 松滋 连续18天 / 在院病人数为0 / 疑似病人数为0, 萍乡 现无 / 连续14天
      for its counties and zones): 8;
  (5) today's versus cumulative versus current (钟祥 当日出院 vs 累计出院 and 现有重症, 钟祥 新增治愈出院,
      钟祥 在院治疗, 靖江 截止目前, 什邡 已解除 / 尚在, 萍乡 现有确诊): 6;
  (6) institutions and sub-groups that give no tuple (钟祥 人民医院 "清零" and the 30 transferred cases,
      靖江 市人民医院集中医学观察25人, 泽库 and 罗平 returnee cohorts, 理县 contacts of one ex-suspect,
      清徐 and 新昌 contacts of one patient): 7;
  (7) resumption by the county or its zone: enterprises, 规上工业企业, workers back, markets,
      pharmacies and 个体经营户 reopening, a company's share of workers back (泾源园区, 隆林, 福鼎园区,
      福鼎 品品香, 楚雄, 罗平 企业复产复工 arrivals): 6;
  (8) zones as their own regions (泾源县轻工产业园区, 福鼎工业园区, 萍乡 武功山风景名胜区 and 经开区): 3;
  (9) a 我县 figure with no county named anywhere, hence no tuple (两重一实 projects, 王甜甜's discharge,
      佛冈 我县规模以上企业 without a number): 3;
 (10) ordinals and plans that are not counts (清徐 首例, 新昌 首例/第一名, 福鼎 计划复工142家, 福鼎园区
      将于2月12日复工的7家): 4;
 (11) garbled, stripped or rewritten text (上林 "共人", 松滋 "确诊病例例", 泽库 "20202月", 钟祥 "27。",
      新昌 "边肖"): 5;
 (12) Hubei's clinically diagnosed cases inside the county total (钟祥 2月17日, 2月23日, 3月20日): 3;
 (13) a qualifier (隆林 返岗员工近700人): 1;
 (14) pages with figures of places that are not home (开江网 relaying 我省; 什邡 page quoting 我省): 2;
 (15) a county page with no figure at all (佛冈): 1.
Not found in fresh, unused Jan–Apr 2020 county pages of the corpus (the ones found were already in
other tables, outside the period, or Hunan pages): discharge stories worded 又有两名患者 / 最后一名患者 of a
named county, a county's own 清零 / 双清零, counts written in words, 复工率达九成以上 and 比上周提高N个百分点.

Reading choices made here where the binding conventions are silent (each note says which):

* Cohorts of arrivals (泽库's 湖北省/其他省份返泽居家观察, 罗平's 外省入罗人员 under 隔离观察) and the contacts
  of one patient or one ex-suspect (清徐 其他7名, 新昌 最后13名, 理县 68人中尚在医学留观的30人) give no
  observation, observation_released or close_contacts_total tuple: each is a stated sub-group, and
  the county's own total is never stated (罗平 states two groups, 931 and 1, and no total).
* The arrivals 罗平 lists as 企业复产复工1120人 are workers returned to 罗平 (workers_returned, sector
  企业复产复工); its 个体经营户259人 and 其他672人 are people, not reopened businesses: no tuple.
* 福鼎工业园区's 外省返岗员工86名 is workers_returned for the zone; the 7 enterprises that 将于2月12日复工 are
  a plan: no tuple.
* Hubei's bulletins of mid-February count clinically diagnosed cases as cases: 钟祥's 累计报告…病例310例
  (其中确诊病例283例;临床诊断病例27例) gives confirmed_total 310, 确诊病例317例 (…原临床诊断病例27) gives
  317, and 319例(含原临床诊断病例27例) gives 319.
* 钟祥 3月20日: the city hospital's "清零" is an institution's (no tuple), but the text's partition of
  the 319 cases (人民医院 cases all discharged; of the 30 transferred, 在院治疗4例) makes 4 the county's
  hospitalized count.
* "理县无新冠肺炎疫情发生" is confirmed_total 0; "什邡市無確診病例和疑似病例報告" is confirmed_total 0 and
  suspected 0; 萍乡's "现无确诊病例县(区)有…上栗县" is hospitalized 0 for each place named.
* "其中:重症病例0例" under a 累计报告 line (泽库) and "无重症…病例" (萍乡) are read as severe 0.
* "22個農貿市場復市率100%" (楚雄) gives sector_total, resumed and resumption_rate, as ANNOTATION.md's
  全部复工，复工率100% does; 复市 counts as resumption.
* A county figure whose county the text never names gives no tuple whatever `city` is; where the page
  names neither county nor city, `city=None` (两重一实).

Overlap check: for each case, two or more distinctive phrases of 10+ characters were grepped with
`grep -rlF` across tests/cases and /work/shared (file names only) before the case was kept, and the
whole set was grepped again after writing; candidates that hit were dropped (南漳 ×2, 通城, 巫山, 永胜,
弥渡, 宜君, 夏邑, 东至, 湖口, 泰顺, 沽源, 崇信, 运河经济开发区, 福州台商投资区, 诸城, 神农架, 舒城, 沁源, 兴国,
海丰, 巴中 ×2 and a 咸宁 city bulletin on the 通山 site). Three written cases were removed when tables
written meanwhile by other sessions turned out to use the same pages: 钟祥 2月3日 (blind4_feeds.py),
建德 2月4日 and 惠民 2月17日 (blind4_narrative.py). `duplicates --repo tests/cases --min-lines 3
--most 200` was run after writing: it lists no run of identical lines shared by a case here and
another file (only shape-alone boilerplate such as published/city/expect=[] lines).
No text mentions 株洲 or comes from Hunan; none comes from the DXY feed.
"""

CASES = [
    # ================================================================ 1. county bulletins: 我县/全县, signatures, none-statements
    dict(
        id="dev-cty-qingyuan-0208-notice-village",
        text=(
            "您当前的位置 : 庆元网  >  公告栏  >  公告公示   正文\n"
            "庆元县应对冠状病毒肺炎疫情防控工作指挥部通告第14号\n"
            "2020年02月09日 19:35来源:庆元网 作者:\n\n"
            "  截止2月8日,我县共报告新型冠状病毒肺炎确诊病例7例,其中竹口镇新窑村4例,最后一例发病时间为2月1日。为切实做好竹口镇新窑村疫情防控工作,根据《中华人民共和国传染病防治法》等有关法律、规范要求,对新窑村在最后一例病例发病时间(2月1日)后14天内实施限制人员、车辆进出的管控措施。\n\n"
            "  庆元县应对“冠状病毒肺炎”疫情防控工作指挥部\n\n"
            "  2020年2月9日\n\n"
            "    (编辑:周爱琴)"
        ),
        published="2020-02-09 19:35",
        city="丽水市",
        expect=[
            ("confirmed_total", "庆元县", "2020-02-08", 7, "", ""),
        ],
        note="庆元 (a county of 丽水市) speaking as 我县 in a notice headed and signed by the county's headquarters. 我县共报告…确诊病例7例 → "
        "confirmed_total 7 as of 截止2月8日. 竹口镇新窑村4例 is a village's figure (below county level): no tuple. 最后一例发病时间 is an onset "
        "date, not a count; 14天 is a duration.",
        source="http://qynews.zjol.com.cn/qynews/system/2020/02/09/032193141.shtml",
    ),
    dict(
        id="dev-cty-zeku-0217-all-zero-returnee-cohorts",
        text=(
            "首页 >泽库要闻\n\n"
            "泽库县新型冠状病毒感染的肺炎疫情情况通报(2020年2月18日)\n\n"
            "时间:2020-02-18 |浏览:13460\n\n"
            "20202月17日0—24时,泽库县卫生健康局报告新型冠状病毒感染的肺炎新增确诊病例0例,新增重症病例0例,新增死亡病例0例,新增出院病例0例。截至2月17日24时,累计报告新型冠状病毒感染的肺炎确诊病例0例,其中:重症病例0例,死亡病例0例,出院病例0例。\n\n"
            "目前湖北省返泽居家观察0人,已解除居家观察0人,正在接受居家观察0人(其中密切接触者居家观察0人);湖北省以外其他省份返泽居家观察累计1559人,已解除居家观察771人,正在接受居家观察788人,其中省内231人,其中干部职工75人。"
        ),
        published="2020-02-18",
        city="黄南藏族自治州",
        expect=[
            ("confirmed_new", "泽库县", "2020-02-17", 0, "", ""),
            ("severe_new", "泽库县", "2020-02-17", 0, "", ""),
            ("deaths_new", "泽库县", "2020-02-17", 0, "", ""),
            ("recovered_new", "泽库县", "2020-02-17", 0, "", ""),
            ("confirmed_total", "泽库县", "2020-02-17", 0, "", ""),
            ("severe", "泽库县", "2020-02-17", 0, "", ""),
            ("deaths_total", "泽库县", "2020-02-17", 0, "", ""),
            ("recovered_total", "泽库县", "2020-02-17", 0, "", ""),
        ],
        note="泽库 (a county of 黄南藏族自治州, 青海) county government page; the county is named in the title and as the reporter (泽库县卫生健康局). "
        "The garbled '20202月17日' is 2月17日 of 2020. Every 0 is a figure: 新增确诊/重症/死亡/出院 0 → confirmed_new, severe_new, deaths_new, "
        "recovered_new 0; 累计…确诊病例0例 → confirmed_total 0; 其中:重症病例0例 → severe 0 (reading choice: NHC wording), 死亡病例0例 → "
        "deaths_total 0, 出院病例0例 → recovered_total 0. The second paragraph counts cohorts of returnees by origin (湖北省 / 其他省份) under home "
        "observation; the county's own observation total is never stated: no tuple (reading choice); 1559, 771, 788, 231 and 75 are no metric.",
        source="http://www.zeku.gov.cn/news/show/503",
    ),
    dict(
        id="dev-cty-shangli-0201-garbled-counts",
        text=(
            "商家广告位\n"
            "上林县2月1日新型冠状病*感染的肺炎疫情通报\n"
            "全县广大人民群众:截止2月1日18时,对新型冠状病*感染的肺炎疫情排查情况:疑似病例0例,确诊病例0例。累计排查从湖北武汉经往人员共人(当天排查新增58人:学生8人、务工返乡40人、旅游探亲10人),其中务工人员人,学生人,旅游探亲人。目前仍有处于居家观察期人员(返回上林14天内)人,解除居家观察人。已经追踪排查密切接触人人,正在接受医学观察41人(3医院住院观察,38人实行居家定位追踪观察),镇圩乡韦某已排除疑似病例,医院返回镇圩乡进行居家隔离医学观察。"
        ),
        published="2020-02-01",
        city="南宁市",
        expect=[
            ("suspected", "上林县", "2020-02-01", 0, "", ""),
            ("confirmed_total", "上林县", "2020-02-01", 0, "", ""),
            ("observation", "上林县", "2020-02-01", 41, "", ""),
        ],
        note="上林 (a county of 南宁市) bulletin addressed to 全县广大人民群众, reposted on a forum archiver with 商家广告位 chrome, '病*' masking and "
        "numbers stripped ('共人', '人,解除居家观察人', '密切接触人人'): a stripped number is no figure. 疑似病例0例 → suspected 0; 确诊病例0例 → "
        "confirmed_total 0; 正在接受医学观察41人 → observation 41 (the 3 + 38 split gives nothing more). 58 returnees screened that day (学生8人、"
        "务工返乡40人、旅游探亲10人) are no metric (务工返乡 are workers coming home, not returning to work). 镇圩乡韦某 is one ruled-out suspect. "
        "The page shows no date: published = the title date, 2月1日; the excerpt stops before the last, unfinished sentence of the page.",
        source="http://bbs.ejiaostore.com/archiver/showtopic-7478.aspx",
    ),
    dict(
        id="dev-cty-lixian-0218-no-case-distractors",
        text=(
            "2月18日,理县新型冠状病毒肺炎疫情防控工作通报\n\n"
            "2020-02-19 08:00:00 来源:理县人民政府 作者:消息 责任编辑:康康 字号:T|T\n\n"
            "据理县应对新型冠状病毒肺炎疫情联防联控机制领导小组办公室通报,截至2月18日12时,理县新型冠状病毒肺炎疫情防控工作情况如下:\n\n"
            "一、医疗救治情况\n\n"
            "县应急局职工陈某(四川省人民医院反馈1例理县籍疑似新冠肺炎病例,五次核酸检测结果均为阴性,陈某解除“疑似”病例。陈某妻子、陈某长子、次子均无异常)已出院。与陈某直接接触的68人中尚在医学留观的30人。对州指挥部办公室反馈排查追踪和管理的密切接触者常某和刘某(2人核酸检测均为阴性),截止目前两人14天观察期已满,继续实行不少于14天的居家隔离观察,目前两人生命体征及体温无异常。\n\n"
            "二、卡点检测情况\n\n"
            "自2月17日12时至2月18日12时,2个防疫检查卡点共检查车辆400辆、检查人员800人,其中进州车辆134辆,进州人数263人;进县车辆101辆、进县人数158人;卡点共劝返34辆,劝返人数共84人;米亚罗卡点过境131辆,过境人员295人。\n\n"
            "三、捐款捐物情况 \n\n"
            "截止2月18日12时,理县红十字会共接收抗击新冠病毒肺炎疫情捐款180笔,共1426856.05元。\n\n"
            "截至目前,理县无新冠肺炎疫情发生。"
        ),
        published="2020-02-19 08:00",
        city="阿坝藏族羌族自治州",
        expect=[
            ("confirmed_total", "理县", "2020-02-18", 0, "", ""),
        ],
        note="理县 (a county of 阿坝州) government bulletin relayed by 中国小康网. 截至目前,理县无新冠肺炎疫情发生 → confirmed_total 0 (reading choice: "
        "no case at all); 截至目前 takes the bulletin's own date, 截至2月18日12时. 陈某 was a suspected case ruled out (解除“疑似”), so his 已出院 "
        "is no recovery. 与陈某直接接触的68人中尚在医学留观的30人 counts the contacts of one ex-suspect, not the county's observation total: no "
        "tuple (reading choice); 常某和刘某(2人) likewise. Checkpoint counts (车辆400辆, 检查人员800人 …) and donations are no metric.",
        source="http://xianyu.chinaxiaokang.com/abazangzuzizhizhou/lixian/yaowen/2020/0219/1029695.html",
    ),
    dict(
        id="dev-cty-luoping-0306-arrivals-one-case-cured",
        text=(
            "03.06 罗平县新冠肺炎防控情况通报,截止3月6日18时\n\n   \n\n"
            "罗平县新冠肺炎防控\n\n情况通报\n\n \n\n"
            "截止2020年3月6日18时,外省入罗人员累计2051人(其中,湖北籍14人,罗平籍自湖北返回20人,其他省份2017人;企业复产复工1120人、个体经营户259人、其他672人)。超过潜伏期(14天)解除医学观察1016人,仍在隔离观察931人,其他104人,目前均无症状。定点隔离医学观察1人(累计解除隔离医学观察94人)。累计确诊病例1人,已治愈出院。\n\n \n\n"
            "罗平县新型冠状病毒感染的肺炎\n\n疫情防控领导小组办公室\n\n2020年3月6日\n\n"
            "来源/罗平疫情防控领导小组办公室"
        ),
        published="2020-03-06",
        city="曲靖市",
        expect=[
            ("confirmed_total", "罗平县", "2020-03-06", 1, "", ""),
            ("recovered_total", "罗平县", "2020-03-06", 1, "", ""),
            ("workers_returned", "罗平县", "2020-03-06", 1120, "企业复产复工", ""),
        ],
        note="罗平 (a county of 曲靖市, 云南) bulletin via ttnews, named in title and signature. 累计确诊病例1人,已治愈出院 → confirmed_total 1 and "
        "recovered_total 1 (the implied total said once; no 清零 is stated, so no hospitalized 0). The 2051 arrivals are split by origin and by "
        "purpose: 企业复产复工1120人 → workers_returned 1120 (sector 企业复产复工; reading choice), 个体经营户259人 and 其他672人 are people, not "
        "reopened businesses: no tuple. The observation figures come in two stated groups (arrivals: 解除1016, 仍在931; 定点隔离: 1, 累计解除94) and "
        "the county total is not stated: no observation tuples (reading choice).",
        source="https://ttnews.xyz/amp/5e63a5a3dc9b5e4845257163?lang=zh-hans",
    ),
    dict(
        id="dev-cty-shifang-0205-county-and-city",
        text=(
            "截至2月5日24時,我省累計報告新型冠狀病毒肺炎確診病例321例,什邡市無確診病例和疑似病例報告\n\n\n"
            "截至2月5日24時,什邡市無確診病例和疑似病例報告。\n\n"
            "累計追蹤到密切接觸者29人,已解除醫學觀察27人,尚在接受醫學觀察2人,無異常。\n\n"
            "據健康四川官微:截至2月5日24時,我省累計報告新型冠狀病毒肺炎確診病例321例,涉及21個市(州)、120個縣(市、區)。\n\n"
            "321名確診患者中,正在住院隔離治療293人(其中危重18人),已治癒出院27人,死亡1人。當日解除醫學觀察777人,現有6782人正在接受醫學觀察。\n\n"
            "據健康德陽官微疫情權威發佈:截至2月5日24時,德陽市累計新型冠狀病毒感染的肺炎確診病例12例(綿竹市5例、廣漢市3例、旌陽區3例、中江縣1例),無新增。追蹤到密切接觸者469人,已解除集中醫學觀察86人。\n\n"
            "什邡市衛生健康局\n2020年2月6日"
        ),
        published="2020-02-06",
        city="德阳市",
        expect=[
            ("confirmed_total", "什邡市", "2020-02-05", 0, "", ""),
            ("suspected", "什邡市", "2020-02-05", 0, "", ""),
            ("close_contacts_total", "什邡市", "2020-02-05", 29, "", ""),
            ("observation_released_total", "什邡市", "2020-02-05", 27, "", ""),
            ("observation", "什邡市", "2020-02-05", 2, "", ""),
            ("confirmed_total", "德阳市", "2020-02-05", 12, "", ""),
            ("confirmed_total", "绵竹市", "2020-02-05", 5, "", ""),
            ("confirmed_total", "广汉市", "2020-02-05", 3, "", ""),
            ("confirmed_total", "旌阳区", "2020-02-05", 3, "", ""),
            ("confirmed_total", "中江县", "2020-02-05", 1, "", ""),
            ("confirmed_new", "德阳市", "2020-02-05", 0, "", ""),
            ("close_contacts_total", "德阳市", "2020-02-05", 469, "", ""),
            ("observation_released_total", "德阳市", "2020-02-05", 86, "", ""),
        ],
        note="什邡 (a county-level city of 德阳市) health bureau bulletin via a ttnews mirror in traditional characters; the page title repeats the "
        "first line. 什邡市無確診病例和疑似病例報告 → confirmed_total 0 and suspected 0 (reading choice); the contacts paragraph has no date of its "
        "own and takes 截至2月5日24時: 累計追蹤到密切接觸者29人 → close_contacts_total, 已解除 27 → observation_released_total, 尚在 2 → observation. "
        "The 我省 (四川) figures are the province's: not expected. The 德阳 paragraph is the home city's: 12 with its bracket per district/county, "
        "無新增 → confirmed_new 0, 469 → close_contacts_total, 已解除集中醫學觀察86人 → observation_released_total. published = the signature date.",
        source="https://ttnews.xyz/a/5e3baeb9dc9b5e1d063d973c?lang=zh-hant",
    ),
    # ================================================================ 2. county-level cities: 我市/全市 of a county, townships, current vs total
    dict(
        id="dev-cty-zhongxiang-0223-garbled-bracket-clinical-merged",
        text=(
            "钟祥市新型冠状病毒肺炎疫情日报(2月24日)\n\n"
            "2020年2月23日0—24时,全市无新增新冠病毒肺炎病例,新增治愈出院13例。\n\n\n"
            "截至2020年2月23日24时,全市累计报告新冠病毒肺炎确诊病例317例,其中确诊病例290例本地281例,市外9例),原临床诊断病例27。"
        ),
        published="2020-02-24",
        city="荆门市",
        expect=[
            ("confirmed_new", "钟祥市", "2020-02-23", 0, "", ""),
            ("recovered_new", "钟祥市", "2020-02-23", 13, "", ""),
            ("confirmed_total", "钟祥市", "2020-02-23", 317, "", ""),
        ],
        note="钟祥 (a county-level city of 荆门市) daily bulletin on the 钟祥 融媒体 site; 全市 is 钟祥市 (title). 无新增…病例 → confirmed_new 0; "
        "新增治愈出院13例 → recovered_new 13 (today's, no 累计); 累计报告…确诊病例317例 → confirmed_total 317, the clinically diagnosed 27 already "
        "merged in (原临床诊断病例). The page's garbling is kept ('290例本地281例,市外9例)' without its opening bracket, '27' without 例); the 290 / "
        "27 and 本地 / 市外 splits give nothing more. The town-by-town and village-by-village lists that follow were left out. The page shows "
        "no date: published = the title date (2月24日).",
        source="http://zhongxiang.cjyun.org/p/87038.html",
    ),
    dict(
        id="dev-cty-zhongxiang-0217-clinical-diagnoses",
        text=(
            "2020年2月17日0—24时,全市新增新冠病毒肺炎确诊病例1例(旧口1例),无新增临床诊断病例。\n"
            "截至2020年2月17日24时,全市累计报告新冠病毒肺炎病例310例(本地301例,市外9例),其中确诊病例283例(本地274例,市外9例);临床诊断病例27例(较前一日核减3例,订正为其他疾病)。283例确诊病例分布为:洋梓5例(本地5例)、长寿2例(本地2例)、丰乐4例(本地4例)、胡集32例(本地30例、市外2例)、双河7例(本地6例、市外1例)、磷矿4例(本地4例)、文集6例(本地5例、市外1例)、冷水5例(本地5例)、石牌12例(本地10例、市外2例)、旧口13例(本地11例、市外2例)、柴湖21例(本地21例)、长滩6例(本地6例)、东桥2例(本地2例)、客店2例(本地2例)、郢中137例(本地136例、市外1例)、南湖渔场12例(本地12例)、大口林场4例(本地4例)、南湖新区7例(本地7例)、温峡水库2例(本地2例)。27例临床诊断病例分布为:胡集4例(本地4例)、双河1例(本地1例)、冷水2例(本地2例)、石牌2例(本地2例)、旧口1例(本地1例)、柴湖5例(本地5例)、客店1例(本地1例)、张集1例(本地1例)、郢中9例(本地9例)、南湖新区1例(本地1例)。当日出院2例,累计出院31例,累计死亡11例(旧口2例、南湖渔场2例、胡集1例、郢中6例),其余病例均在定点医疗机构接受治疗(现有重症病例1例在市人民医院接受治疗)。\n"
            "钟祥市新型冠状病毒感染的肺炎防控指挥部\n"
            "2020年2月18日\n"
            "请输入验证码"
        ),
        published="2020-02-18",
        city="荆门市",
        expect=[
            ("confirmed_new", "钟祥市", "2020-02-17", 1, "", ""),
            ("confirmed_total", "钟祥市", "2020-02-17", 310, "", ""),
            ("recovered_new", "钟祥市", "2020-02-17", 2, "", ""),
            ("recovered_total", "钟祥市", "2020-02-17", 31, "", ""),
            ("deaths_total", "钟祥市", "2020-02-17", 11, "", ""),
            ("severe", "钟祥市", "2020-02-17", 1, "", ""),
        ],
        note="钟祥 (荆门市) bulletin on the 钟祥 融媒体 site, signed by the 钟祥市 headquarters (page chrome 请输入验证码 kept). Hubei counted clinically "
        "diagnosed cases as cases in mid-February: 累计报告…病例310例 → confirmed_total 310 (reading choice), the 283 / 27 split and the 本地 / 市外 "
        "split give nothing more; 新增确诊病例1例…无新增临床诊断病例 → confirmed_new 1. 当日出院2例 → recovered_new 2, 累计出院31例 → "
        "recovered_total 31, 累计死亡11例 → deaths_total 11. 现有重症病例1例在市人民医院接受治疗 is the city's severe count (the hospital only says "
        "where): severe 1. Towns, 林场, 水库 and 南湖新区 are below county level: no tuple. published = the signature date.",
        source="http://zhongxiang.cjyun.org/p/86384.html",
    ),
    dict(
        id="dev-cty-zhongxiang-0319-hospital-qingling-transferred",
        text=(
            "[资讯] 钟祥市新型冠状病毒肺炎疫情日报 (3月20日)\n\n"
            "[复制链接]\n"
            "发表于 2020-3-20 11:31:14 | 显示全部楼层 |阅读模式\n \n"
            "2020年3月19日0—24时,全市无新增新冠病毒肺炎病例。自3月2日开始,连续18天无病例报告。\n\n"
            "截至2020年3月19日24时,全市累计报告新冠病毒肺炎病例319例(含原临床诊断病例27例),累计出院300例,累计死亡15例。\n\n"
            "319例病例中,在我市人民医院治疗的病例已全部“清零”;转到荆门市定点医疗机构治疗的30例重症、危重症病例,已出院24例,死亡2例,在院治疗4例。所有出院病人分期在集中留观点接受康复医学观察。\n\n"
            "根据3月19日湖北省市县疫情风险等级评估结果,我市由中风险市转为低风险市,从明日起暂停疫情发布。\n\n"
            "钟祥市新型冠状病毒感染的肺炎防控指挥部\n"
            "2020年3月20日"
        ),
        published="2020-03-20 11:31",
        city="荆门市",
        expect=[
            ("confirmed_new", "钟祥市", "2020-03-19", 0, "", ""),
            ("confirmed_total", "钟祥市", "2020-03-19", 319, "", ""),
            ("recovered_total", "钟祥市", "2020-03-19", 300, "", ""),
            ("deaths_total", "钟祥市", "2020-03-19", 15, "", ""),
            ("hospitalized", "钟祥市", "2020-03-19", 4, "", ""),
        ],
        note="钟祥's last daily bulletin, reposted on a local forum (post time 2020-3-20 11:31). 无新增 and 连续18天无病例报告 → one confirmed_new 0 on "
        "3月19日. 319例(含原临床诊断病例27例) → confirmed_total 319; 累计出院300例, 累计死亡15例 → totals. 在我市人民医院治疗的病例已全部“清零” "
        "is one hospital's: no tuple by itself; but the text partitions the 319 cases (those treated at the city hospital, all out; the 30 "
        "transferred to 荆门, of whom 在院治疗4例), so 4 is the county's hospitalized count (reading choice; 319−300−15 agrees). The transferred "
        "group's 已出院24例, 死亡2例 are a sub-group's: no tuple. 荆门市定点医疗机构 names the home city with no figure of its own.",
        source="http://www.hujibbs.com/forum.php?extra=page%3D1&mod=viewthread&tid=38008",
    ),
    dict(
        id="dev-cty-songzi-0308-stripped-numbers",
        text=(
            "松滋市3月9日新冠肺炎疫情通报\n\n"
            "截至年3月8日24时,全市连续18天无新增新冠肺炎确诊病例。累计报告新冠肺炎确诊病例例,其中治愈出院例,病亡4例,在院病人数为0。疑似病人数为0。\n\n"
            "松滋市新型冠状病毒感染的肺炎疫情防控指挥部\n\n"
            "年3月9日\n\n"
            "制   作:李曼灵 \n\n"
            "责   编:胡庆华\n\n"
            "编   审:卢 盛\n\n"
            "法律顾问:陈 为\n\n"
            "松滋新闻"
        ),
        published="2020-03-09",
        city="荆州市",
        expect=[
            ("confirmed_new", "松滋市", "2020-03-08", 0, "", ""),
            ("deaths_total", "松滋市", "2020-03-08", 4, "", ""),
            ("hospitalized", "松滋市", "2020-03-08", 0, "", ""),
            ("suspected", "松滋市", "2020-03-08", 0, "", ""),
        ],
        note="松滋 (a county-level city of 荆州市) bulletin on a mirror that stripped most numbers and the year ('截至年3月8日', '确诊病例例', '治愈出院例'): "
        "a stripped number is no figure, so no confirmed_total or recovered_total. 连续18天无新增 → one confirmed_new 0 on 3月8日; 病亡4例 → "
        "deaths_total 4; 在院病人数为0 → hospitalized 0; 疑似病人数为0 → suspected 0. The 制作/责编 credits are page chrome. The page shows no "
        "date: published = the title date (3月9日; the year from the period). The paragraphs on 中风险 and advice to residents were left out.",
        source="http://www.nydjfy.com/xxzl/xxzl/15668.html",
    ),
    dict(
        id="dev-cty-jingjiang-0206-checkpoints-contacts",
        text=(
            "2月5日16:00至2月6日16:00,我市7个联合检查点累计检查车辆6692辆,乘客13670人次,劝返外籍车辆652辆,人员1630人次。\n"
            "各镇(街道、园区、办事处)共摸排湖北(含武汉)来(返)靖人员1598人、其中武汉928人,接触者1351人,市疾控中心认定密切接触者190人,实施居家隔离3145人。\n"
            "全市发热门诊共接诊26人次,建议需居家医学观察12人。市人民医院集中医学观察25人。\n"
            "截止目前,全市确诊病例8例,治愈出院1例。\n"
            "靖江市新型冠状病毒感染的肺炎\n"
            "疫情防控工作领导小组办公室\n"
            "2020年2月6日"
        ),
        published="2020-02-06",
        city="泰州市",
        expect=[
            ("close_contacts_total", "靖江市", "2020-02-06", 190, "", ""),
            ("confirmed_total", "靖江市", "2020-02-06", 8, "", ""),
            ("recovered_total", "靖江市", "2020-02-06", 1, "", ""),
        ],
        note="靖江 (a county-level city of 泰州市) daily notice reposted on a local forum; 我市/全市 is 靖江市 by the signature. 截止目前 has no date in "
        "its paragraph and takes the notice's period (2月5日16:00至2月6日16:00) → 2月6日: confirmed_total 8, recovered_total 1 (治愈出院 in a 截止 "
        "line is cumulative). 市疾控中心认定密切接触者190人 → close_contacts_total 190. Checkpoint counts, 摸排 arrivals (1598, 928, 接触者1351), "
        "实施居家隔离3145人 (cumulative measures), fever-clinic counts (26人次, 12人) are no metric; 市人民医院集中医学观察25人 is one hospital's: no "
        "tuple. The 公安局 paragraph (警情) was left out.",
        source="https://www.0523sq.com/forum.php?goto=lastpost&mod=redirect&tid=1413",
    ),
    dict(
        id="dev-cty-fuqing-0201-villages-suspects",
        text=(
            "当前位置:福清新闻网 >> 新闻中心 >> 福清要闻 >> 正文\n\n"
            "最新!福清新增确诊2例,来自这两个地方\n\n"
            "2020-02-02 19:42:59来源:壹福清\n\n"
            "最新!福清新增确诊2例,来自这两个地方\n\n"
            "福清市新型冠状病毒感染的肺炎疫情情况\n\n"
            "2月1日0-24时,福清市新增新型冠状病毒感染的肺炎确诊病例2例。其中:\n\n"
            "龙田镇(锦美村)1例、\n\n"
            "石竹街道(福兴社区)1例。\n\n"
            "新增疑似病例3例,其中:\n\n"
            "龙山街道(北店村)1例、\n\n"
            "宏路街道(宏路村)1例、\n\n"
            "高山镇(西江村)1例。\n\n"
            "截至2月1日24时,福清市累计报告新型冠状病毒感染的肺炎确诊病例11例。其中:\n\n"
            "海口镇(东岐村)1例、龙江街道(东南村)1例、高山镇(岑下村)3例、东瀚镇(莲峰村)1例、龙田镇(锦美村)2例、石竹街道(福兴社区)2例、三山镇(坑边村)1例。\n\n"
            "累计排除新型冠状病毒感染的肺炎疑似病例14例,尚有疑似病例3例,其中:龙山街道(北店村)1例、宏路街道(宏路村)1例、高山镇(西江村)1例。\n\n"
            "福清市新型冠状病毒感染肺炎防控工作应急指挥部\n\n"
            "2020年2月2日"
        ),
        published="2020-02-02 19:42",
        city="福州市",
        expect=[
            ("confirmed_new", "福清市", "2020-02-01", 2, "", ""),
            ("confirmed_total", "福清市", "2020-02-01", 11, "", ""),
            ("suspected", "福清市", "2020-02-01", 3, "", ""),
        ],
        note="福清 (a county-level city of 福州市) bulletin on 福清新闻网, from the 壹福清 account; the headline repeats. Every town, street and village "
        "(龙田镇(锦美村) …) is below county level: no tuple. 新增确诊病例2例 → confirmed_new 2; 累计…确诊病例11例 → confirmed_total 11; 新增疑似病例3例 "
        "has no metric; 尚有疑似病例3例 → suspected 3; 累计排除…14例 is no metric.",
        source="http://www.fqxww.cn/news/fqnews/20200202/5e36b5c34362d.shtml",
    ),
    dict(
        id="dev-cty-fuqing-0202-suspects-confirmed",
        text=(
            "最新!福清新增确诊3例,来自这三个镇村!\n"
            "2020-02-03 18:28:25 来源:壹福清微信\n"
            "福清市新型冠状病毒感染的肺炎疫情情况\n"
            "2月2日0-24时,福清市新增新型冠状病毒感染的肺炎确诊病例3例。其中:龙山街道(北店村)1例、宏路街道(宏路村)1例、高山镇(西江村)1例。\n"
            "新增疑似病例1例,其中:高山镇(岑下村)1例。\n"
            "截至2月2日24时,福清市累计报告新型冠状病毒感染的肺炎确诊病例14例。其中:海口镇(东岐村)1例、龙江街道(东南村)1例、高山镇(岑下村)3例、东瀚镇(莲峰村)1例、龙田镇(锦美村)2例、石竹街道(福兴社区)2例、三山镇(坑边村)1例、龙山街道(北店村)1例、宏路街道(宏路村)1例、高山镇(西江村)1例。\n"
            "累计排除新型冠状病毒感染的肺炎疑似病例14例,尚有疑似病例1例,其中:高山镇(岑下村)1例。\n"
            "福清市新型冠状病毒感染肺炎防控工作应急指挥部\n"
            "2020年2月3日"
        ),
        published="2020-02-03 18:28",
        city="福州市",
        expect=[
            ("confirmed_new", "福清市", "2020-02-02", 3, "", ""),
            ("confirmed_total", "福清市", "2020-02-02", 14, "", ""),
            ("suspected", "福清市", "2020-02-02", 1, "", ""),
        ],
        note="The next day's 福清 bulletin, relayed by the 福州新闻网 county channel from the 壹福清 WeChat account; the three suspects of 2月1日 became "
        "the three new confirmed cases. confirmed_new 3, confirmed_total 14, 尚有疑似病例1例 → suspected 1; 新增疑似 and 累计排除 have no metric; "
        "streets and villages give no tuple. The editor's closing reminder was left out.",
        source="https://xczx.fznews.com.cn/node/15926/20200203/5e3bcd5075e04.shtml",
    ),
    # ================================================================ 3. resumption: zones, 规上企业, workers, markets, 个体经营户
    dict(
        id="dev-cty-jingyuan-zone-0220-enterprises-workers",
        text=(
            ">>您当前位置:首页 -> 专题 -> 2020 -> “疫”战一线\n"
            '【"疫"战一线】泾源县轻工产业园区稳妥推进企业复工复产\n'
            "2020-02-24 14:18:54   \n"
            "2020-02-24 14:18:54    来源:泾源县轻工业园区\n\n"
            "  为全面做好疫情防控、稳妥有序推进企业复工复产,县人民政府出台了《泾源县应对新型冠状病毒肺炎疫情影响促进中小微企业健康发展的若干措施》,降低企业损失,减轻企业负担,提振企业信心。\n\n"
            "  截至2月20日,泾源县轻工产业园区正常生产经营的9家企业中,已复工复产4家,已返岗员工17人,均为在泾员工。(泾源县轻工业园区  王永鹏)"
        ),
        published="2020-02-24 14:18",
        city="固原市",
        expect=[
            ("sector_total", "泾源县轻工产业园区", "2020-02-20", 9, "企业", ""),
            ("resumed", "泾源县轻工产业园区", "2020-02-20", 4, "企业", ""),
            ("workers_returned", "泾源县轻工产业园区", "2020-02-20", 17, "企业", ""),
        ],
        note="A county's industrial zone (泾源县, 固原市, 宁夏) as its own region, on 宁夏新闻网 from the zone's own office. 正常生产经营的9家企业中,已复工复产"
        "4家 → sector_total 9 and resumed 4; 已返岗员工17人 → workers_returned 17 (sector kept as the zone's enterprises). No rate is stated and "
        "none is computed. The middle paragraph on the 管委会's methods was left out.",
        source="http://www.nxnews.net/zt/2020/yzyx/202002/t20200224_6603154.html",
    ),
    dict(
        id="dev-cty-longlin-0223-rule-scale-near-700",
        text=(
            "本报隆林讯2月23日上午,春光正好,在隆林各族自治县新州镇水洞村,杨卜东夫妇正按农技人员传授的技术管护桑园。\n"
            "当前,隆林积极推进疫情防控和复工复产“双线作战”,引导农业、工信、扶贫等相关部门主动服务,推进春耕生产、脱贫攻坚、企业复产等工作。从2月1日开始,该县农业农村部门组织县、乡农技人员到田间地头指导农业生产783人次。全县已完成蔬菜、玉米等春播春种面积4400多亩,计划种桑面积3万亩。\n"
            "针对当前疫情防控物资紧缺的情况,该县结合相关扶持政策,积极做好有关公司的转产引导工作。该县一家公司已接到自治区有关部门订购的300万顶一次性医用头罩和100万双一次性医用鞋套,成为疫情防控物资代加工点。目前,全县7家规模以上工业企业已有5家复工复产,经排查检测符合条件返岗员工近700人。(韦珺儒)"
        ),
        published="2020-02-23",
        city="百色市",
        expect=[
            ("sector_total", "隆林各族自治县", "2020-02-23", 7, "规模以上工业企业", ""),
            ("resumed", "隆林各族自治县", "2020-02-23", 5, "规模以上工业企业", ""),
            ("workers_returned", "隆林各族自治县", "2020-02-23", 700, "规模以上工业企业", "about"),
        ],
        note="右江日报's county desk (本报隆林讯) via yybnet; the county is named in full in the dateline sentence, then 隆林 / 该县 / 全县. 全县7家规模以上工业"
        "企业已有5家复工复产 → sector_total 7, resumed 5; 返岗员工近700人 → workers_returned 700, about. 783人次 of field guidance, 4400多亩, 3万亩 "
        "and the orders (300万顶, 100万双) are no metric; 新州镇水洞村 is below county level. The page shows no date: published = the date the "
        "story reports (2月23日); 目前 takes it (the 2月23日 sentence states no figure; 从2月1日开始 is a start).",
        source="https://yybnet.net/baise/longlin/202002/10230242.html",
    ),
    dict(
        id="dev-cty-fuding-zone-0210-enterprises-returnees",
        text=(
            "福鼎新聞網訊 “在復工復產過程中,大家一定要把防疫準備工作做好,有什么困難和疑問直接給我打電話。”近日,福鼎工業園區黨員志愿服務隊隊員李學佳對企業負責人說道。\n"
            "防疫期間,園區共懸掛宣傳標語50余條,張貼《福鼎市應對新冠肺炎疫情工作領導小組通告》、溫馨提示、勸返告知書、《致全市企業和重點項目施工單位的一封信》等2000多份,依托移動大數據,發送疫情防控相關信息3萬余條,其中針對園區各企業主定向發送要求延遲復工等信息1500余條。截止2月10日,園區共摸排外省返崗員工86名,其中湖北籍員工2名,浙江溫州籍員工17名(1人移送市集中隔離點隔離);勸返到鼎員工7名。\n"
            "目前,園區晨冠生物科技等16家企業已復工復產,并做好企業員工防控各項措施;福達機電(雙岳廠區)、華博龍等7家企業已經向市發改、工信局備案,將于2月12日復工生產。"
        ),
        published="2020-02-11",
        city="宁德市",
        expect=[
            ("workers_returned", "福鼎工业园区", "2020-02-10", 86, "员工", ""),
            ("resumed", "福鼎工业园区", "2020-02-10", 16, "企业", ""),
        ],
        note="A zone of 福鼎 (a county-level city of 宁德市), 福鼎新闻网讯 in a traditional mirror; the zone is its own region. 園區共摸排外省返崗員工86名 → "
        "workers_returned 86 (reading choice; the 湖北籍 2 and 溫州籍 17 are its sub-groups, 勸返 7 are kept away): no further tuples. 目前,園區…16家"
        "企業已復工復產 → resumed 16; 目前 takes the date the earlier paragraph gave its figures (截止2月10日), the 2月12日 in its own paragraph "
        "being a plan; the 7 enterprises that 將于2月12日復工 are a plan: no tuple. Slogans, leaflets and messages are no metric. The page shows "
        "no date: published = 2月11日, inside the interval the story fixes (figures 截止2月10日, a restart 將于2月12日). The paragraph on the "
        "volunteer teams was left out.",
        source="http://www.bbczb.com.cn/xinwenpindao/bmcz/75653.html",
    ),
    dict(
        id="dev-cty-fuding-0213-company-share-plans",
        text=(
            "本报讯(见习记者 林强 通讯员 王婷婷) “防疫物资储备是否充足?复工进展怎么样?还需要我们提供哪些支持?”2月13日,位于福鼎市桐城街道的福建大吉刀剪五金有限公司、福建品品香茶业有限公司先后迎来了一批“服务队”。\n"
            "“年前我们已经接到近20万把的外贸订单,需要加紧投入生产。”福建大吉刀剪五金有限公司总经理陈品格介绍,自2月10日复工以来,该公司严格落实各项防疫措施,但口罩、消毒液等防疫物资不足。“向街道办事处反馈后,他们帮我们一一协调解决了,每天还有专人上门指导防疫工作,现在复工复产很顺利。”\n"
            "“受疫情影响,目前复工的生产性人员达80%,其他到岗人员则通过电子商务平台、微信、电话等方式,为全国各地的茶友茶商服务。”福建品品香茶业有限公司总经理邵克平介绍,该公司申请复工生产后,在服务小组的指导服务下,通过发放口罩、检测体温、消毒等方式,全力做好疫情防控和复工复产工作。\n"
            "疫情防控有力,复工复产有序。福鼎市桐城街道积极帮助复工企业落实口罩、消毒剂、温度计等防疫物资,帮助第一批12家规上企业顺利复工生产。截至2月12日,福鼎全市已分两批批复太姥山、桐山、沙埕、福鼎工业园区等11个乡镇、部门的工业企业复工复产方案,计划复工工业企业142家,其中规上企业93家。"
        ),
        published="2020-02-13",
        city="宁德市",
        expect=[
            ("worker_return_rate", "福建品品香茶业有限公司", "2020-02-13", 80, "", ""),
        ],
        note="福鼎新闻网 story (本报讯) on a street of 福鼎 (a county-level city of 宁德市). 目前复工的生产性人员达80% is one company's share of "
        "production staff back → worker_return_rate 80 with the company as region and an empty sector; 目前 takes the publication date (the "
        "2月13日 sentence states no figure). 桐城街道's 12家规上企业 is a street's figure (below county level): no tuple. 福鼎全市 …计划复工工业企业142家,"
        "其中规上企业93家 are approved plans, not resumption: no tuple; 11个乡镇、部门 counts approving units. 近20万把 orders and 自2月10日复工 of one "
        "company are no metric. The page shows no date: published = the date the story reports (2月13日). One background paragraph was left out.",
        source="http://fdxww.com/xinwenpindao/wmkfd/75938.html",
    ),
    dict(
        id="dev-cty-chuxiong-0223-markets-individual-traders",
        text=(
            "02.28 楚雄市:全力做好個體經營戶復工復市服務工作\n\n"
            "近段時間以來,楚雄市在有力防控疫情的前提下穩步推進企業復工復產工作,最大限度地減少疫情對經濟運行帶來的衝擊和影響,促進全市經濟持續健康發展。\n\n"
            "在保障其他工作有序推進的同時,楚雄市增設了由市政府分管副市長任組長的企業復工復產工作組,牢固樹立“一盤棋”思想,堅持“兩手抓、兩手硬”工作方針,把疫情防控和服務個體經營戶復工復市工作有機結合起來,指導經營戶有序恢復經營。市市場監管局派出98名執法人員組成17個工作組下沉社區,指導商家落實疫情防控措施加快復工復市;15個市場監管所按照屬地原則安排40名執法人員指導轄區內個體經營戶疫情防控和復工復市工作,同時組建5個專項工作組,對老城區和開發區復市經營主體進行監督檢查,特別加強對餐飲經營單位從業人員健康管理、出入人員掃碼登記、體溫檢測、佩戴口罩、內外環境消毒、餐飲行業嚴禁場內就餐、嚴禁經營野生動物等疫情防控措施落實情況進行監督檢查。針對網絡訂餐數量激增的實際情況,圍繞復市經營戶的設施設備消毒、原料索票索證、場所衛生等工作重點,加強對復市的小餐飲店、小作坊、小超市、小雜鋪等“五小”行業的嚴格監管,並邀請疾控專家對部分營業經營主體進行了現場技術指導。\n\n"
            "截止2月23日,市內22個農貿市場復市率100%;438家藥店復市率100%;36130戶個體經營戶已復工復市11187戶,復工率達到31%。"
        ),
        published="2020-02-28",
        city="楚雄彝族自治州",
        expect=[
            ("sector_total", "楚雄市", "2020-02-23", 22, "农贸市场", ""),
            ("resumed", "楚雄市", "2020-02-23", 22, "农贸市场", ""),
            ("resumption_rate", "楚雄市", "2020-02-23", 100, "农贸市场", ""),
            ("sector_total", "楚雄市", "2020-02-23", 438, "药店", ""),
            ("resumed", "楚雄市", "2020-02-23", 438, "药店", ""),
            ("resumption_rate", "楚雄市", "2020-02-23", 100, "药店", ""),
            ("sector_total", "楚雄市", "2020-02-23", 36130, "个体经营户", ""),
            ("resumed", "楚雄市", "2020-02-23", 11187, "个体经营户", ""),
            ("resumption_rate", "楚雄市", "2020-02-23", 31, "个体经营户", ""),
        ],
        note="楚雄 (the county-level city seat of 楚雄彝族自治州) item via ttnews in traditional characters (date prefix 02.28); 全市/市內 is 楚雄市 "
        "(title). Reopening of markets, pharmacies and 个体经营户: 22個農貿市場復市率100% → sector_total 22, resumed 22, resumption_rate 100 (复市 "
        "counts as resumption; reading choice as for 全部复工，复工率100%); the same for 438家藥店; 36130戶個體經營戶已復工復市11187戶,復工率達到31% → "
        "sector_total 36130, resumed 11187, resumption_rate 31. Inspectors (98名, 17個工作組, 15個所, 40名, 5個專項工作組) are no metric; 開發區 is "
        "named without a figure.",
        source="https://p2.ttnews.xyz/a/5e59feeadc9b5e3293097f1e",
    ),
    # ================================================================ 4. a city bulletin's counties and zones; then no tuple: sub-groups, ordinals, unnamed counties, other places, no figures
    dict(
        id="dev-cty-pingxiang-0222-counties-zones-none",
        text=(
            "2020年2月22日萍乡市新型冠状病毒肺炎疫情情况根据江西省卫生健康委2月23日通报,2020年2月22日0-24时,萍乡市无新增新型冠状病毒肺炎确诊病例,新增治愈出院病例2例。 截至2月22日24时,萍乡市现有确诊病例20例,累计报告确诊病例33例,治愈出院13例,无重症和死亡病例。 现无确诊病例县(区)有武功山风景名胜区、上栗县。连续14天无新增确诊病例县(区)有武功山风景名胜区、萍乡经济技术开发区、上栗县。\n"
            "目前追踪到密切接触者317人,已解除医学观察292人,尚有25人正在接受医学观察。 萍乡市卫生健康委员会 2020年2月23日 |"
        ),
        published="2020-02-23",
        city="萍乡市",
        expect=[
            ("confirmed_new", "萍乡市", "2020-02-22", 0, "", ""),
            ("recovered_new", "萍乡市", "2020-02-22", 2, "", ""),
            ("hospitalized", "萍乡市", "2020-02-22", 20, "", ""),
            ("confirmed_total", "萍乡市", "2020-02-22", 33, "", ""),
            ("recovered_total", "萍乡市", "2020-02-22", 13, "", ""),
            ("severe", "萍乡市", "2020-02-22", 0, "", ""),
            ("deaths_total", "萍乡市", "2020-02-22", 0, "", ""),
            ("hospitalized", "武功山风景名胜区", "2020-02-22", 0, "", ""),
            ("hospitalized", "上栗县", "2020-02-22", 0, "", ""),
            ("confirmed_new", "武功山风景名胜区", "2020-02-22", 0, "", ""),
            ("confirmed_new", "经开区", "2020-02-22", 0, "", ""),
            ("confirmed_new", "上栗县", "2020-02-22", 0, "", ""),
            ("close_contacts_total", "萍乡市", "2020-02-22", 317, "", ""),
            ("observation_released_total", "萍乡市", "2020-02-22", 292, "", ""),
            ("observation", "萍乡市", "2020-02-22", 25, "", ""),
        ],
        note="The 萍乡 city bulletin on a 萍乡 local portal (title run into the first sentence, a trailing '|' kept), read for the counties and zones it "
        "names without a number. 无新增 → confirmed_new 0; 新增治愈出院病例2例 → recovered_new 2; 现有确诊病例20例 → hospitalized 20; 累计 33 and 治愈出院 13 "
        "→ totals; 无重症和死亡病例 → severe 0 and deaths_total 0. 现无确诊病例县(区)有武功山风景名胜区、上栗县 → hospitalized 0 for each (现无 is "
        "current; reading choice); 连续14天无新增确诊病例县(区) → one confirmed_new 0 on 2月22日 for each of 武功山风景名胜区, 萍乡经济技术开发区 (a zone: "
        "经开区, as 株洲高新区 is 高新区) and 上栗县. The contacts paragraph takes 截至2月22日24时: 317 → close_contacts_total, 292 → "
        "observation_released_total, 25 → observation. 江西省卫生健康委 is only the source. published = the signature date.",
        source="http://www.cs0799.com/portal.php?aid=25730&mod=view",
    ),
    dict(
        id="dev-cty-xinchang-contacts-released-spun-text",
        text=(
            "本篇文章362字,读完约1分钟\n"
            "今天上午9: 00,随着最后13名密切接触者正式从集中隔离医学观察中释放,绍兴市第一名确诊的新型冠状病毒感染肺炎患者,新昌市所有参与的集中隔离医学观察人员均已从隔离中释放。\n"
            "1月23日,根据省卫生委员会新型冠状病毒肺炎疫情诊断小组专家评估,我市确诊首例输入性新型冠状病毒肺炎病例,患者为新昌县从武汉归国人员。所有密切接触者都要接受医学观察。\n"
            "“我被孤立了,我也是一个英雄”。这句简单而有力的话融化了新冠状病毒感染密切接触者的心,他们在集中隔离区被隔离了14天。新昌县卫生局党委专职副书记陈新带领县疾控中心和心理志愿者进入集中隔离区,迎接13名成功解除隔离的亲密接触者,向他们致以美好的新年问候,并指示他们回家后要好好休息,注意卫生,减少疫情正式解除前外出,积极配合党委和政府开展防疫和战争工作。\n"
            "边肖:记者杨萍萍·陈文华\n"
            "标题:绍兴首例新肺炎确诊病例的所有密切接触者均已脱离隔离状态\n"
            "地址:http://www.sihaijt.com/sxzx/3889.html"
        ),
        published=None,
        city="绍兴市",
        expect=[],
        note="A machine-rewritten copy ('边肖' for 编辑, '新昌市' for 新昌县, '亲密接触者') of a 新昌 (a county of 绍兴市) story: the close contacts of "
        "绍兴's first case, a 新昌 resident, all left centralised observation. 13名 are the contacts of one patient: no observation_released tuple for "
        "新昌县 or 绍兴市 (reading choice, as for 清徐); 首例 and 第一名 are ordinals; 14天 is a duration. The page shows no date and the text only "
        "'今天' and '1月23日': published=None (no tuple needs a date).",
        source="http://www.sihaijt.com/sxzx/3889.html",
    ),
    dict(
        id="dev-cty-qingxu-0208-first-case-ordinal",
        text=(
            '"争取早日康复"清徐县委书记电话问候首例确诊患者\n\n'
            "11.02.2020  07:12\n\n"
            "坚定信心 打赢疫情阻击战 来自抗击疫情一线的报道\n\n"
            "  “喂,老刘,你好!我是剑峰!今天感觉怎么样,好些了吗?”2月10日一早,清徐县委书记、县长王剑峰特意给正在接受治疗的全县首例新冠肺炎确诊患者老刘打电话,仔细询问身体和治疗情况,并叮嘱他不要有后顾之忧,乐观积极地配合治疗。2月8日,清徐县清源镇苹果园小区居民老刘,被市疾控中心确诊为该县首例新冠肺炎患者。当天早上,县新冠肺炎疫情防控领导小组办公室即发布通告,第一时间向社会公布了老刘的基本情况,同时对其他7名密切接触者实施隔离医学观察。"
        ),
        published="2020-02-11 07:12",
        city="太原市",
        expect=[],
        note="A 太原 paper's front-line story on 清徐 (a county of 太原市) via a mirror (date shown as 11.02.2020 07:12). 全县首例 / 该县首例 are "
        "ordinals, not counts: no confirmed tuple. 对其他7名密切接触者实施隔离医学观察 counts the contacts of one patient ('其他' implies more), "
        "not the county's close-contact or observation total: no tuple (reading choice). 市疾控中心 names the home city with no figure.",
        source="http://taiyuan.baogaosu.com/xinwen/%E6%B8%85%E5%BE%90%E5%8E%BF%E5%A7%94%E4%B9%A6%E8%AE%B0%E7%94%B5%E8%AF%9D%E9%97%AE%E5%80%99%E9%A6%96%E4%BE%8B%E7%A1%AE%E8%AF%8A/81425156",
    ),
    dict(
        id="dev-cty-unnamed-county-projects-0323",
        text=(
            "我縣“兩重一實”項目扎實推進\n"
            "2020-03-23 07:20 瀏覽人次:\n"
            "今年來,我縣統(tǒng)籌抓好疫情防控和重點項目建設(shè),目前全縣總投資210億元的75個“兩重一實”項目扎實推進。\n"
            "始終堅持項目為王,積極開展招商“屏對屏”,洽談52個項目,簽約億元以上項目7個;75個“兩重一實”項目中,已開復(fù)工50個項目,其中22個重大產(chǎn)業(yè)項目中現(xiàn)代農(nóng)業(yè)物流園、嘉鋼精密等14個項目,33個重點工程中東海大道、港城路北延、縣人民醫(yī)院遷建等21個項目,20件為民辦實事中新型農(nóng)村社區(qū)建設(shè)、“四好農(nóng)村路”提升改造等15個項目已復(fù)工,累計完成投資9.19億元。"
        ),
        published="2020-03-23 07:20",
        city=None,
        expect=[],
        note="A county page (traditional, garbled '統(tǒng)籌') that never names its county, nor does the page name a city: the 75 projects, 已開復工50個 "
        "and the per-category 14 / 21 / 15 are a county's whose name we do not know: no tuple (ANNOTATION.md), whatever the home city; "
        "city=None because nothing on the page names one. 52 projects negotiated, 7 signed, investment amounts are no metric.",
        source="http://heb-chengxin.com/detailed/economics/protake/2020-03-23/39452.html",
    ),
    dict(
        id="dev-cty-unnamed-county-discharge-wang",
        text=(
            "筆者從第一時間獲悉我縣感染新型冠狀病毒患者王甜甜已經(jīng)出院。鳳安醫(yī)院院長段鵬博于今天下午兩點半去接王甜甜。王甜甜是陜西武功人,半年前在武漢打工,1月23日返回咸陽,當天出現(xiàn)發(fā)熱,1月25日被確診為新型冠狀病毒患者。從確診到今天,前后歷經(jīng)13天治愈。\n"
            "在此,我們?yōu)槿耐跆鹛鹱YR,也為所有醫(yī)務(wù)工作者致敬,你們辛苦了!"
        ),
        published="2020-02-07",
        city="咸阳市",
        expect=[],
        note="A discharge note about 我縣's patient in a garbled traditional mirror; the county is never named (武功 is the patient's origin, 咸阳 "
        "where she returned; 鳳安醫院 is a hospital): a figure of a county whose name we do not know gives no tuple, and the one discharge is "
        "never the prefecture's. city = 咸阳市, the only city the text points to. The page shows no date: published = 2月7日, 13 days after the "
        "1月25日 diagnosis (從確診到今天,前后歷經13天).",
        source="http://www.excel-2003.com.cn/news/show_1206355.html",
    ),
    dict(
        id="dev-cty-kaijiang-site-relays-province-0313",
        text=(
            "我省无新增新型冠状病毒肺炎确诊病例,低风险县市区增至158个\n"
            "  3月13日0-24时,我省新型冠状病毒肺炎无新增确诊病例,新增治愈出院病例10例,无新增疑似病例,无新增死亡病例。\n \n"
            "  截至3月14日0时,我省累计报告新型冠状病毒肺炎确诊病例539例,涉及21个市(州)。\n \n"
            "  全省现有无现症病例区(低风险县;市、区;)158个、散发病例区(中风险县;市、区;)25个,无社区暴发和局部流行区(高风险县;市、区;)。(过去24小时新增金堂县、三台县、仪陇县、阆中市、甘洛县为低风险县;市、区;)。\n \n"
            "  539名确诊患者中,正在住院隔离治疗26人,已治愈出院510人,死亡3人。\n \n"
            "  现有疑似病例0例。\n \n"
            "  现有261人正在接受医学观察。\n\n"
            "主办:中共开江县委  开江县人民政府   承办:开江县委宣传部 开江县互联 网信息管理中心\n"
            "@Copyright 2015 开江网 All Rights Reserved  \n"
            "互联网新闻登载服务许可证:川新备15-140013      备案号:蜀ICP备16027395号"
        ),
        published="2020-03-14",
        city="达州市",
        expect=[],
        note="The 开江县 (达州市) news site relaying the 四川 provincial bulletin (page chrome 主办:中共开江县委 kept; garbled '县;市、区;'). 我省/全省 is the "
        "province, whose figures are never the home city's; the counties named (金堂县、三台县、仪陇县、阆中市、甘洛县) are other cities' and get no "
        "figure; 开江 itself has none: no tuple. published = the date in the page path (0314).",
        source="http://www.kjwww.cn/html/special/2020/0314/5772.html",
    ),
    dict(
        id="dev-cty-fogang-0225-resumption-without-figure",
        text=(
            "为更好地落实分区分级精准复工复产的相关政策措施,2月25日,县委书记董和平率队到迳头镇的清远南玻节能新材料有限公司调研企业疫情防控和复工复产有关情况。县工信局、迳头镇参与了调研。\n"
            "董和平一行查看了企业防疫情况,走进了公司项目工地、员工食堂,询问了企业复工复产后员工到位情况及遇到的问题和困难,听取了企业负责人的情况介绍,部门负责人介绍了我县规模以上企业复工复产有关情况。"
        ),
        published="2020-02-25",
        city="清远市",
        expect=[],
        note="佛冈 (a county of 清远市) government page; the excerpt says 我县 and 县委书记 without naming the county, and 我县规模以上企业复工复产有关情况 "
        "has no number: no tuple. 清远南玻节能新材料有限公司 is named without a figure. The page shows no date: published = the date the story "
        "reports (2月25日).",
        source="http://www.fogang.gov.cn/ywdt/tpxw/content/post_1005316.html",
    ),
]
