"""Ninth BLIND table of golden cases taken from REAL narrative local news (January–April 2020).

Each of the 20 entries is a short verbatim excerpt in which a city, prefecture, county, district or zone tells its
own story, or in which a local, provincial or national outlet tells one place's story: city papers and their portals
(梧州日报 and 兰州日报 on 今日梧州/今日兰州 pages, 皖西日报 on an investment site for 六安, 焦作日报's e-paper,
沧州日报 on 长城网 for 青县, 宁晋报 on 宁晋's government site), city, district and county government sites (朔州's
press office on 怀仁, 秦州区 of 天水), reposted city and county announcements (铜陵's 2月10日 report on a TV site,
简阳疾控 via 封面新闻 machine-rewritten on freep, 南平's clearing in a WeChat post), provincial and national outlets
covering one place (新安晚报 on 芜湖, 经济观察网 on 深圳, 新华社 on 上海, 人民网 on 中关村 and on 宜昌's 茉莉,
新华每日电讯 on 恩施's workers' train, 经济日报 on 宜昌, 中国发展网 on 荆门高新区·掇刀区) and a 青岛 TV item on a
property site. `city` names the prefecture-level home city in full. `expect` lists every tuple the text supports for
that city, for its districts, counties and county-level cities, for its zones and towns, and for any firm the text
gives a figure to; each tuple reads (metric, region, as_of_iso_date, value, sector, qualifier).

How it was made: the annotations come from the texts alone, under the binding rules of tests/cases/ANNOTATION.md and
shared/gold/FORMAT.md (and the dev_cases.py docstring they point to). Nothing of the extractor was opened or run.
From the other tables only blind8_narrative.py's docstring and its first two entries were read, for the layout and
the reading choices listed there, which this table follows where they apply; the `city=` lines of blind6, blind7 and
blind8 were grepped for their home cities; two phrase hits were looked at in context, and they were lines of the
dropped-pages lists in blind5's and blind7's docstrings. The texts were found with the `search` tool (corpus
`pages`); each text is what the search showed of its page.

Home cities and outlets (20 cases, 19 home cities, 13 provinces and municipalities):
  梧州市 (梧州日报, the 2月27日 press conference: cases, sector rates, buses and taxis) · 朔州市 (the city press
  office on 怀仁市: one case, 97 firms) · 六安市 (皖西日报, four sectors) · 兰州市 (兰州日报, one hospital's
  clearing, no figure) · 青岛市 (a hospital's two discharges, ordinals, no figure) · 北京市 (人民网 on a mirror,
  traditional: 中关村 接近九成) · 成都市 (简阳's first discharge, machine-rewritten) · 深圳市 (经济观察网 on a
  mirror, traditional: 2 discharges, 4 in all) · 铜陵市 (the 2月10日 report with a resident of another city) · 芜湖市
  (新安晚报 on a mirror, traditional: county and zone list) · 恩施土家族苗族自治州 (workers' train to 绍兴, no
  figure) · 上海市 (新华社, firms' rates on 2月10日) · 天水市 (秦州区's checkpoint item, no figure) · 焦作市
  (示范区's workers sent out, no figure) · 荆门市 (荆门高新区·掇刀区: clearing, two firms and the zone's returns) ·
  宜昌市 ×2 (经济日报 on the 3月26日 press conference with 襄阳 beside it; 人民网 on one patient, traditional, no
  figure) · 沧州市 (青县经济开发区) · 邢台市 (宁晋经济开发区 and one firm) · 南平市 (the clearing post with its blank
  lines).
  Provinces and municipalities: 广西, 山西, 安徽 (×3), 甘肃 (×2), 山东, 北京, 四川, 广东, 湖北 (×4), 上海, 河南, 河北
  (×2), 福建 — none of the home cities is one of blind6's, blind7's or blind8's.
Texts are copied as found: traditional characters with pinyin residue ("網(wǎng)", "復(fù)工"), doubled commas (",,",
",。"), machine-rewritten Chinese ("2年8月8日", "建阳市", "排放标准"), an unclosed quote (宜昌), stray bars and
spaces ("( 2020-03-20 ) … |", "乘坐上 “点对点”"), runs of blank lines (南平), page chrome kept where it dates a page
(title, date and source lines). Paragraphs not needed were dropped and a paragraph is only ever cut after a full
sentence; leading indentation, share widgets and spam title lines were not kept. `published` is the date (and time)
the page itself shows; where it shows none, the note says what stands in for it (a URL date, a dateline, the story's
own day).

Ways of writing covered (number of cases; see the notes):
  (1) counts in words (4): 两名患者 beside the ordinals 第19例、第20例 (南平), 五百余名 (恩施, leaving, no tuple),
    一家三口 (青岛, a family, no tuple), 一名分包干部 (青县, no figure); counts written wholly in words stayed rare
    in fresh pages;
  (2) proportions in words (1 with a tuple): 接近九成 → 90 about (中关村); 复产率 read as a resumption rate where it
    is the share of firms back (六安 88.8, 青县 80); 85%以上 of buses (梧州) and 约80%有意愿 (上海) are shares no
    metric covers; no fresh 过半, 六成 or 三分之二 survived the overlap check;
  (3) implied figures said once (5): 清零 → hospitalized 0 (南平, 荆门), 存量疑似病例全部排除 → suspected 0 (荆门),
    已全部治愈 with its total (南平 20/20), one case 已出院 (怀仁 1/1), 全部复工 → sector_total, resumed, 100 (宁晋,
    怀仁);
  (4) today's against the total (5): 2 against 4 (深圳), 2 against 20 (南平), 3 against 11 (芜湖), one county
    discharge (简阳), 即将治愈出院 for the next day (芜湖, no tuple);
  (5) zones as places (7): 中关村, 经开区 in a list (芜湖), 荆门高新区 → 高新区, 青县经济开发区, 宁晋经济开发区,
    示范区 (焦作, no tuple), 六安经济技术开发区 in page chrome (no figure);
  (6) dates (8): morning pages (梧州 06:44, 宁晋 08:39), starts (2月18日以来), patients' histories (怀仁, 简阳, 深圳,
    青岛, 南平, 铜陵), a run of days ending on the as-of date (南平 21日, 荆门 23天); no fresh page with a 比…提高
    comparison date survived the overlap check;
  (7) workers leaving, or not back at a home firm (3): 恩施's train to 绍兴, 焦作示范区's workers to 郑州富士康 and
    elsewhere, 宜昌's 输出劳务人员29.3万人; new hires (焦作's 247) are not returns either;
  (8) a figure stays with its own company (3): 湖北航特 and 湖北金泉 beside the zone's 2000余人 (荆门), 河北瑞达
    beside the zone's 23 firms (宁晋), 7家企业 sharing 247 hires (焦作, no tuple);
  (9) one institution is not the city (3): 兰州市肺科医院's clearing, 市胸科医院's two discharges (青岛),
    宜昌市第三医院's one patient;
  (10) pages that name the home place with no figure of its own (6): 兰州, 青岛, 恩施, 天水, 焦作, 宜昌 (茉莉);
  (11) another city's or province's figures nearby, no tuple for them (6): 襄阳 (宜昌), 无为市 (铜陵), 绍兴 (恩施),
    福州 (南平), 郑州 (焦作), 全省 30% (兰州).

Reading choices made here where the binding conventions are silent (each note says which):
* A county's own announcement of its one discharge (简阳) gives recovered_new 1; one hospital's discharges (青岛's
  two, 宜昌's 茉莉) and a patient's history inside a status line (怀仁's 2月18日) give none.
* 即将治愈出院N例 for the next day with no 累计 that includes them (芜湖) is a plan: no tuple.
* 复产率 stated as the share of a zone's or sector's firms back at work is read as resumption_rate (六安, 青县).
* A zone inside a county keeps its whole name (青县经济开发区, 宁晋经济开发区); 荆门高新区·掇刀区, one administration
  the text also calls 荆门高新区, is given as 高新区.
* A rate of region-coordinated projects in a city's own paragraph (梧州's 自治区层面统筹推进在建重大项目) is the
  city's; counts of bus lines and transport companies back in service are services_resumed, a share of buses running
  is not.
* A residence subtotal (铜陵's 本市26例) beside the total is no second total; a case a city reports for another
  city's resident (外市1例(无为市)) stays in the reporting city's total.

Overlap and exclusion checks: for every case the source URL and two to four distinctive phrases of 10+ characters
(numbers with their nouns, names of firms, headlines; traditional and simplified forms where the page had them) were
grepped with `grep -rlF` across tests/cases and tests/data (file names only): no hit. About seventy candidate pages
were dropped before writing because their URL or a phrase of theirs was already in another table (among them pages on
定西, 恩施's clearing, 运城, 天津, 中山, 黄石, 钟祥, 淄博, 湾里, 平顶山, 周口, 新乡, 集美, 德州 ×2, 宁德, 东城区,
泾源, 乌拉特中旗, 铜陵's clearing, 宣城, 淮南, 昆明, 钦州, 郑州's airport, 德阳, 滁州, 衡水, 宜春, 上饶, 福州, 阜阳,
临沂, 海丰, 大余, 夏邑 and 清徐); others were dropped because they came from 2021–2026 (苍溪, 旺苍, 紫云, 宁明, 营山,
霸州, 铜仁's train), gave no usable year (华蓥, 凌源), named a Hunan place (黄冈's 英山 page with 兴山, 汨罗) or had
a home city of blind6–8 (黄冈, 温州's 泰顺, 合肥's 巢湖, 咸阳, 延边, 沽源, 滨海, 福州台商投资区, 吉安's 井冈山经开区,
银川, 石嘴山, 重庆's 巫山, 大连). Every excerpt and what the search showed of each page was checked for the reserved
city and for Hunan places and outlets: none; none comes from the DXY feed or a site reposting its live reports.
"""

CASES = [
    dict(
        id="b9n01",
        text=(
            "梧州市经济向好的基本面不会变 市新冠肺炎疫情防控工作领导小组指挥部举行新闻发布会通报有关情况\n"
            "来源:梧州日报 2020-02-28 06:44   https://www.yybnet.net/\n"
            "本报讯(记者 冼振宇)2月27日上午,市新型冠状病毒肺炎疫情防控工作领导小组指挥部在市广电中心召开全市疫情防控"
            "和复工复产情况新闻发布会,市卫生健康委、市发展改革委、市工业和信息化局、市交通运输局的新闻发言人分别结合"
            "各自工作介绍情况,并回答自治区媒体和市直各新闻媒体记者的提问(发布会具体情况见三版)。\n"
            "在防控疫情方面,据市卫健委最新统计,2月26日0时至24时,梧州市新冠肺炎确诊病例新增0例,疑似病例新增0例,尚在住"
            "院0例。截至2月26日24时,累计追踪到密切接触者1801人,正在接受医学观察4人(医务人员0人)。\n"
            "在推动企业有序复工复产方面,截至2月25日,梧州市规上工业企业复工率86%,规上服务业企业复工率91.9%。截至2月26"
            "日,自治区层面统筹推进在建重大项目复工率为94.6%。\n"
            "在交通运输方面,除跨省公交外55条市区公交线正常运营,全市10家公交企业、7家巡游出租车企业、7家网约出租车企业"
            "恢复正常运营,公交车运营数量达到正常水平的85%以上。"
        ),
        published="2020-02-28 06:44",
        city="梧州市",
        expect=[
            ("confirmed_new", "梧州市", "2020-02-26", 0, "", ""),
            ("hospitalized", "梧州市", "2020-02-26", 0, "", ""),
            ("close_contacts_total", "梧州市", "2020-02-26", 1801, "", ""),
            ("observation", "梧州市", "2020-02-26", 4, "", ""),
            ("resumption_rate", "梧州市", "2020-02-25", 86, "规上工业企业", ""),
            ("resumption_rate", "梧州市", "2020-02-25", 91.9, "规上服务业企业", ""),
            ("resumption_rate", "梧州市", "2020-02-26", 94.6, "自治区层面统筹推进在建重大项目", ""),
            ("services_resumed", "梧州市", "2020-02-27", 55, "市区公交线", ""),
            ("services_resumed", "梧州市", "2020-02-27", 10, "公交企业", ""),
            ("services_resumed", "梧州市", "2020-02-27", 7, "巡游出租车企业", ""),
            ("services_resumed", "梧州市", "2020-02-27", 7, "网约出租车企业", ""),
        ],
        note="梧州日报 (on a 今日梧州 portal page that shows its date and time) summing up the city's 2月27日 press "
        "conference. 2月26日0时至24时 dates the case paragraph: 确诊病例新增0例 → confirmed_new 0; 尚在住院0例 → "
        "hospitalized 0; 累计追踪到密切接触者1801人 → close_contacts_total; 正在接受医学观察4人 → observation 4 ("
        "(医务人员0人) is a subset with no metric); 疑似病例新增0例 is a new-suspect count, which has no metric. "
        "Resumption: 截至2月25日 the two sector rates (86, 91.9); 截至2月26日 the rate of the region-coordinated "
        "projects under construction, read as 梧州's own projects because it sits in 梧州's paragraph (sector as "
        "written). The transport paragraph states no date: the conference day (2月27日; the page is a morning "
        "paper of the 28th, so the day before as well) → services_resumed 55 bus lines and 10/7/7 companies back "
        "in normal operation. 公交车运营数量达到正常水平的85%以上 is a share of buses running, which no metric "
        "covers (it is neither a count of services nor a resumption rate of firms): no tuple. 跨省公交 is "
        "excluded service, no figure.",
        source="https://www.yybnet.net/wuzhou/news/202002/10233951.html",
    ),
    dict(
        id="b9n02",
        text=(
            "3月10日下午,市政府新闻办召开新闻发布会,就怀仁市疫情防控和经济社会发展等工作,邀请怀仁市委、怀仁市工业信息"
            "化局、怀仁市农业农村局相关负责同志介绍情况,同时现场回答记者提问。中央和省、市15家新闻媒体的20多位记者参"
            "加新闻发布会。\n"
            "疫情防控情况。怀仁市有新冠肺炎确诊病例1例,已于2月18日出院,3月4日居家隔离医学观察满14天,再次为其做咽拭子"
            "检测、CT检查和血象检查,检测结果为阴性,结果正常,截至3月8日19时,我市外来务工人员共计排查总数4477人,其中,湖"
            "北省6人。\n"
            "复工复产情况。在疫情防控工作开展以来,怀仁市早研判、早部署、早准备,严格执行省工信厅制定的工业企业疫情防控"
            "工作导则,由工信局靠前服务指导、服务企业精准复工复产,在防控工作中做到主体责任落实到位、防控方案制定到位、"
            "员工信息摸排到位、联动防控机制到位、防控物资准备到位、安全生产保障到位这“六个到位”;复产实行申报备案制,企"
            "业符合六个“到位”后,在防疫指挥部同意后复产,强化员工管理、强化就餐管理、强化卫生防护、强化教育宣传、强化应"
            "急预案这“五个强化”。3月1日,全市97家规上企业全部复工复产,复工复产率达100%。"
        ),
        published="2020-03-13",
        city="朔州市",
        expect=[
            ("confirmed_total", "怀仁市", "2020-03-10", 1, "", ""),
            ("recovered_total", "怀仁市", "2020-03-10", 1, "", ""),
            ("sector_total", "怀仁市", "2020-03-01", 97, "规上企业", ""),
            ("resumed", "怀仁市", "2020-03-01", 97, "规上企业", ""),
            ("resumption_rate", "怀仁市", "2020-03-01", 100, "规上企业", ""),
        ],
        note="朔州's government site on the city press office's 3月10日 conference about its county-level city 怀仁. "
        "The page shows no date: the URL's t20200313 stands in. 市政府新闻办 is 朔州's; the speakers are 怀仁's, "
        "so 我市 and 全市 in their paragraphs are 怀仁市. 怀仁市有新冠肺炎确诊病例1例,已于2月18日出院 → confirmed"
        "_total 1 and recovered_total 1 (the one case has left hospital), dated to the conference (2020-03-10). "
        "Reading choice (as in blind8): the patient's own 2月18日 discharge, told as his history in a March "
        "status line, gives no recovered_new; 3月4日 and 14天 are his observation history and its length. 外来务"
        "工人员共计排查总数4477人 (湖北省6人) counts screened incoming workers, not returning workers: no tuple. "
        "3月1日,全市97家规上企业全部复工复产,复工复产率达100% → sector_total, resumed 97 and resumption_rate 100."
        " 15家新闻媒体 and 20多位记者 are the audience; 六个到位 and 五个强化 are slogans.",
        source="http://www.shuozhou.gov.cn/xxgk/xwfbh/202003/t20200313_276072.shtml",
    ),
    dict(
        id="b9n03",
        text=(
            "陈家本在六安分会场收看全省2月份经济运行分析视频会\n"
            "发布时间:2020-02-28 来源:皖西日报 发布开发区:六安经济技术开发区\n"
            "2月26日,我市组织收看全省2月份经济运行分析视频会。市委常委、常务副市长陈家本在六安分会场收看会议并讲话。"
            "\n"
            "2月18日以来,我市坚持对全市企业项目复工情况进行日调度、日报告、日通报,紧紧盯住“四上”企业,尤其抓住产值超亿"
            "元以上工业企业复工复产,切实将疫情对经济的影响降到最低。截至2月25日,全市465家市级以上农业龙头企业已复工复"
            "产413家,复产率88.8%;932户规模以上工业企业已复工868户(其中2019年产值达亿元以上企业284户),复工率93.1%,累计"
            "返岗71428人;654家限上商贸单位已复工366家,复工率56%;122户规模以上服务业企业已复工78户,复工率63.9%。"
        ),
        published="2020-02-28",
        city="六安市",
        expect=[
            ("sector_total", "六安市", "2020-02-25", 465, "市级以上农业龙头企业", ""),
            ("resumed", "六安市", "2020-02-25", 413, "市级以上农业龙头企业", ""),
            ("resumption_rate", "六安市", "2020-02-25", 88.8, "市级以上农业龙头企业", ""),
            ("sector_total", "六安市", "2020-02-25", 932, "规模以上工业企业", ""),
            ("resumed", "六安市", "2020-02-25", 868, "规模以上工业企业", ""),
            ("resumed", "六安市", "2020-02-25", 284, "2019年产值达亿元以上企业", ""),
            ("resumption_rate", "六安市", "2020-02-25", 93.1, "规模以上工业企业", ""),
            ("workers_returned", "六安市", "2020-02-25", 71428, "规模以上工业企业", ""),
            ("sector_total", "六安市", "2020-02-25", 654, "限上商贸单位", ""),
            ("resumed", "六安市", "2020-02-25", 366, "限上商贸单位", ""),
            ("resumption_rate", "六安市", "2020-02-25", 56, "限上商贸单位", ""),
            ("sector_total", "六安市", "2020-02-25", 122, "规模以上服务业企业", ""),
            ("resumed", "六安市", "2020-02-25", 78, "规模以上服务业企业", ""),
            ("resumption_rate", "六安市", "2020-02-25", 63.9, "规模以上服务业企业", ""),
        ],
        note="皖西日报 on an investment-promotion site (page chrome dates it and names 六安经济技术开发区 as the "
        "publishing zone, which gives no figure). 我市/全市 is 六安 (the story names it). Everything is 截至2月25"
        "日; 2月18日以来 is a start and 2月26日 the meeting day. Four sectors, each size → sector_total, done → "
        "resumed, rate → resumption_rate; 复产率88.8% is the share of the 465 龙头企业 that 复工复产 (413/465), "
        "so it is read as their resumption rate, not a production-recovery rate. (其中2019年产值达亿元以上企业284"
        "户) is a part of the 868 that resumed → resumed 284 with its own sector. 累计返岗71428人 sits in the 规"
        "模以上工业企业 clause → workers_returned with that sector. 四上 names a category, not a count.",
        source="https://investchn.com/home/news/detail/id/85308.html",
    ),
    dict(
        id="b9n04",
        text=(
            "兰州市肺科医院最后一例新冠肺炎确诊病例治愈出院\n"
            "来源:兰州日报 2020-03-03 02:03   https://www.yybnet.net/\n"
            "【本报讯】3月2日下午3时许,兰州市肺科医院目前收治的最后一例新冠肺炎确诊病例孔女士治愈出院。至此,该院收治"
            "入院的确诊病例暂时宣告“清零”。\n"
            "疫情发生以来,市肺科医院累计收治28例新冠肺炎确诊病例,占到全省确诊病例的大约30%。期间,危重症、重症病例多收"
            "治于该院。该院收治的确诊病例中治愈出院26例,死亡2例。\n"
            "据悉,孔女士属家庭聚集性病例,她本人因在照顾其公公期间被感染。\n"
            "所谓任重而道远,虽然暂告“清零”,但市肺科医院的抗“疫”任务远未完成。目前,该院还有6名隔离留观人员,均为普通发"
            "热患者,无疑似病例;隔离病区医护人员尚有18人,另有3位坚守于发热门诊。"
        ),
        published="2020-03-03 02:03",
        city="兰州市",
        expect=[],
        note="兰州日报 on a 今日兰州 portal (date line kept). Every figure is one hospital's: the last confirmed "
        "patient of 兰州市肺科医院 leaving clears that hospital, not the city (the text never says the city has "
        "no patient left); 累计收治28例, 治愈出院26例, 死亡2例 are the hospital's admissions and outcomes (one "
        "institution is not the city: no tuple); 大约30% is its share of the province's cases; 6名隔离留观人员 "
        "and 无疑似病例 are the hospital's ward; 18人 and 3位 are staff. So nothing for 兰州市. The page names "
        "the home city with no figure of its own.",
        source="https://www.yybnet.net/lanzhou/news/202003/10244741.html",
    ),
    dict(
        id="b9n05",
        text=(
            "市胸科医院2名新冠肺炎患者治愈出院\n"
            "2020-02-25 15:02二手房资讯\n"
            "昨天下午,有2名青岛地区新冠肺炎确诊患者从市胸科医院治愈出院。一名为我市第25例新冠肺炎确诊病例,另一名为之"
            "前21号出院的5岁男孩的父亲、我市第14例确诊病例安先生。按照最新规定,新冠肺炎患者出院后,必须进行为期两周的"
            "集中隔离。出院后他们的状态怎么样呢?记者对安先生进行了电话采访。\n"
            "尽管还不能回家,不过安先生说自己现在的心情还是挺激动。安先生是1月28日被诊断为青岛市第14例新冠肺炎确诊病例"
            ",当天转到市胸科医院隔离病房楼。跟他同期确诊的还有他的妻子和儿子。一家三口住进了同一个医院,但是因为隔离,"
            "从那天起,便没有见过面,都靠医护人员来传递消息。2月16日和21日,由于病症较轻,安先生的妻子和儿子分别治愈出院"
            "。一家人距离团聚更近了一步。虽然是最后出院,但安先生说,自己始终都有信心。"
        ),
        published="2020-02-25 15:02",
        city="青岛市",
        expect=[],
        note="A 青岛 TV item reposted on a property-news site (its chrome 二手房资讯 and time line kept; the page's "
        "summary box, which repeats the first paragraph, was dropped). Reading choice: 有2名青岛地区新冠肺炎确诊"
        "患者从市胸科医院治愈出院 is one hospital's discharges of the day (昨天 = 2月24日), told in the hospital'"
        "s headline; the text does not say they were the city's only discharges that day, so under 'one "
        "institution is not the city' it gives no recovered_new for 青岛市 (unlike a story of a place's last "
        "patients). 第25例, 第14例 are patient numbers; 5岁 an age; 21号, 1月28日, 2月16日和21日 are the family's"
        " history (the wife's and son's own discharges, no count); 两周 a duration; 一家三口 a family. No tuple.",
        source="https://www.qindaosou.com/house/168048.html",
    ),
    dict(
        id="b9n06",
        text=(
            "人民網(wǎng)健康·生活\n"
            "中關村管委會:重點監(jiān)測企業(yè)復工接近九成\n"
            "2020年04月03日16:08 來源:人民網(wǎng)-人民健康網(wǎng)\n"
            "人民網(wǎng)北京4月3日電 (記者孫博洋)在今日舉行的國務院聯(lián)防聯(lián)控機制新聞發(fā)布會上,中關村管"
            "委會主任翟立新就中關村復工復產(chǎn)情況進行了介紹。\n"
            "翟立新表示,中關村管委會和分園一起一手抓疫情防控,一手抓復工復產(chǎn),做到“兩手抓”“兩手硬”。\n"
            "三是發(fā)揮科技優(yōu)勢助力企業(yè)的復工復產(chǎn)。疫情發(fā)生以來,中關村有200多家企業(yè)積極參與"
            "到檢測試劑、疫苗、藥物等研發(fā)生產(chǎn)工作中。"
        ),
        published="2020-04-03 16:08",
        city="北京市",
        expect=[
            ("resumption_rate", "中关村", "2020-04-03", 90, "重点监测企业", "about"),
        ],
        note="A 人民網 item copied onto a spam mirror (traditional with pinyin residue, e.g. 網(wǎng), 復(fù)工; the "
        "mirror's spam title line was not kept; the page's own date line was). The headline carries the figure: "
        "重點監測企業復工接近九成 → resumption_rate 90 about (近 + a proportion in words) for the zone 中关村 (a "
        "zone keeps its name; written 中關村), sector 重点监测企业, as of the press-conference day (今日 = 4月3日"
        "). 中關村有200多家企業 joined test-kit, vaccine and drug work: not a resumption count. The middle "
        "paragraphs of the talk (其次…) were dropped whole.",
        source="http://bgdradio.net/n1/2020/0403/c14739-31661276.html",
    ),
    dict(
        id="b9n07",
        text=(
            "四川首例新冠患者出院_四川简阳首例新冠肺炎患者8日上午治愈出院\n"
            "四川首例新冠患者出院\n"
            "封面记者陈元阳\n"
            "2年8月8日,四川省简阳市疾控中心官方微信公众号“简阳疾控”发布公告,简阳市首例新发肺炎患者金牟某于8日上午痊愈"
            "出院。\n"
            "公告称,2020年1月24日,建阳市首例新诊断肺炎患者金牟某为武汉市洪山区男性居民,乘车返回建阳东方威尼斯人区。1"
            "月26日上午,他因“害怕感冒、发烧和咳嗽10多个小时”而被送入指定的医疗机构接受治疗1月28日,他被诊断为新型冠状"
            "病毒。经定点医院对症规范治疗后,金某12天体温恢复正常,呼吸系统症状明显改善,肺部影像显示炎症吸收明显。简阳"
            "市疾病预防控制中心连续进行的两次呼吸道病原核酸检测均为阴性(两次采样间隔超过一天),达到了国家卫生和卫生委"
            "员会发布的新型冠状病毒肺炎诊疗方案的排放标准。经成都市疾控中心审查批准,他于今天(2月8日)上午出院。"
        ),
        published="2020-02-08",
        city="成都市",
        expect=[
            ("recovered_new", "简阳市", "2020-02-08", 1, "", ""),
        ],
        note="A machine-rewritten repost (freep) of 封面新闻 on 简阳's (成都's county-level city) first discharge: "
        "garbled date (2年8月8日), 简阳 rewritten as 建阳, 东方威尼斯人区, 排放标准. The page shows no date: the "
        "text's 今天(2月8日) stands in. A county's announcement of its one discharge (这位患者 in a story about "
        "one discharge → 1): 简阳市首例…于8日上午痊愈出院 → recovered_new 1 for 简阳市 on 2020-02-08 (建阳市 is "
        "the same place garbled; the place meant). Unlike a patient's history inside a later story (blind8's 杭州"
        "), this is the discharge report itself. 首例 is an ordinal; 1月24日, 1月26日, 1月28日 the patient's "
        "history; 10多个小时 and 12天 durations; the headline's 四川首例 is the rewriter's slip and no count; 武"
        "汉市洪山区 is his residence; 成都市疾控中心 approved (no figure for 成都市).",
        source="http://freep.cn/hot/4832456.html",
    ),
    dict(
        id="b9n08",
        text=(
            "原標(biāo)題:深圳“新型肺炎”患者痊愈增至4人 三位痊愈者是一家人\n"
            "經(jīng)濟(jì)觀察網(wǎng)記者于惠如 1月27日晚間,,深圳衛(wèi)健委官方微博發(fā)布了深圳新增2名“新型肺炎”"
            "患者痊愈的信息,。\n"
            "深圳衛(wèi)健委稱,,經(jīng)專家組會(huì)診,1月27日晚,,深圳2名新型冠狀病毒感染肺炎確診患者痊愈出院,。至此"
            ",深圳累計(jì)已有4名確診患者出院,。\n"
            "今晚的出院患者為一名65歲女性和一名36歲男性,。65歲女性于去年12月29日到武漢探親,2020年1月4日返深,,因“發(fā"
            ")熱,、咳嗽9天”,1月10日入院就診,。入院時(shí),,病情較重。\n"
            "今晚出院的2人都是深圳唯一一起家庭聚集性疫情中的患者,,該家庭共有5人確診“新型肺炎”,目前已經(jīng)有3人出院"
            ",,其中一名10歲男孩最先于1月23日出院,,是今晚出院的65歲女患者的外孫。"
        ),
        published="2020-01-28",
        city="深圳市",
        expect=[
            ("recovered_new", "深圳市", "2020-01-27", 2, "", ""),
            ("recovered_total", "深圳市", "2020-01-27", 4, "", ""),
        ],
        note="经济观察网 on a mirror (traditional with pinyin residue and doubled commas ',,' ',。' as found); the "
        "page shows no date, the URL's 20200128 stands in. 深圳2名…確診患者痊愈出院 on 1月27日晚 (the city health"
        " commission's own count) → recovered_new 2; 至此,深圳累計已有4名確診患者出院 → recovered_total 4. The "
        "family paragraph (該家庭共有5人確診, 已經有3人出院, the 10歲男孩 discharged 1月23日) counts one family, "
        "not the city, and the boy's discharge is history: no tuple; 唯一一起 家庭聚集性疫情 counts clusters, no "
        "metric. 65歲, 36歲, 10歲 are ages; 12月29日, 1月4日, 1月10日 and 9天 the patient's history. The "
        "paragraph on the 36-year-old's history was dropped whole.",
        source="https://feifmx.com/domestic/945/20200128/37743718.html",
    ),
    dict(
        id="b9n09",
        text=(
            "2月10日0:00-24:00,铜陵市新增新型冠状病毒肺炎确诊病例2例(义安区)。\n"
            "截至2月10日24:00,全市累计报告确诊病例27例,其中:本市26例(枞阳县21例、铜官区2例、义安区3例);外市1例(无为市"
            ")。累计治愈出院病例7例。\n"
            "在铜定点医院接受治疗的确诊病例病情平稳。\n"
            "累计医学观察密切接触者195人。\n"
            "新增病例基本信息如下:\n"
            "新增确诊病例1:张某某,男,11岁,现住铜陵市义安区钟鸣镇九榔村,为1月29日确诊病例张某某之子。1月20日乘自家车从"
            "武汉回义安区钟鸣镇九榔村家中。1月21日—24日,在家中未外出,1月25日,乘自家车到胥坝乡长杨村爷爷家,当晚住在爷"
            "爷家。1月26日,乘自家车到铜陵市人民医院陪其父就诊,后乘出租车返回家中。1月27日—2月9日,在家隔离无外出。2月"
            "10日,经核酸检测阳性,由120救护车送至义安区人民医院发热门诊就诊,住院隔离治疗。2月10日确诊,转至铜陵市人民医"
            "院。目前病情稳定。"
        ),
        published="2020-02-11",
        city="铜陵市",
        expect=[
            ("confirmed_new", "铜陵市", "2020-02-10", 2, "", ""),
            ("confirmed_new", "义安区", "2020-02-10", 2, "", ""),
            ("confirmed_total", "铜陵市", "2020-02-10", 27, "", ""),
            ("confirmed_total", "枞阳县", "2020-02-10", 21, "", ""),
            ("confirmed_total", "铜官区", "2020-02-10", 2, "", ""),
            ("confirmed_total", "义安区", "2020-02-10", 3, "", ""),
            ("recovered_total", "铜陵市", "2020-02-10", 7, "", ""),
            ("close_contacts_total", "铜陵市", "2020-02-10", 195, "", ""),
        ],
        note="铜陵's 2月10日 report as reposted on a TV-station site (the page shows no date: the day after the report"
        "'s 截至2月10日24:00 stands in). 新增…2例(义安区) → confirmed_new 2 for the city and, as a breakdown of "
        "one place, for 义安区. 累计报告确诊病例27例 → confirmed_total 27; the county list inside 本市26例 gives "
        "each district and county its confirmed_total (枞阳县 21, 铜官区 2, 义安区 3). 本市26例 is a residence "
        "subtotal of the same 27, not a second total, and 外市1例(无为市) is a case 铜陵 reports for a resident "
        "of another city (无为市 is 芜湖's): origin is not the place, so neither gives a tuple. 累计治愈出院病例7"
        "例 → recovered_total; 累计医学观察密切接触者195人 → close_contacts_total. In the patient's story 11岁 is"
        " an age, 1月29日确诊病例 an earlier patient, 120 an ambulance number, the dates his history.",
        source="http://sybtv.com.cn/wangluo/94618.html",
    ),
    dict(
        id="b9n10",
        text=(
            "新安晚報(bào) 安徽網(wǎng) 大皖客戶端訊 記者2月16日從蕪湖市衛(wèi)健委獲悉,根據(jù)省發(fā)布的最新疫情"
            "通告,2020年2月15日0-24時(shí),蕪湖市新增新型冠狀病毒肺炎確診病例0例,新增疑似病例0例,新增治愈出院病例3例"
            "。\n"
            "截至2月15日24時(shí),蕪湖市累計(jì)報(bào)告新型冠狀病毒肺炎確診病例31例,出院11例,無(wú)死亡病例。確診病"
            "例中,其中:無(wú)為市13例、蕪湖縣1例、南陵縣2例、鏡湖區(qū)6例、鳩江區(qū)1例、弋江區(qū)3例、經(jīng)開("
            "kāi)區(qū)2例、湖北籍船員3例。累計(jì)醫(yī)學(xué)觀察密切接觸者206人,已解除醫(yī)學(xué)觀察135人,尚有"
            "71人正在接受醫(yī)學(xué)觀察。2月16日即將治愈出院2例。"
        ),
        published="2020-02-16",
        city="芜湖市",
        expect=[
            ("confirmed_new", "芜湖市", "2020-02-15", 0, "", ""),
            ("recovered_new", "芜湖市", "2020-02-15", 3, "", ""),
            ("confirmed_total", "芜湖市", "2020-02-15", 31, "", ""),
            ("recovered_total", "芜湖市", "2020-02-15", 11, "", ""),
            ("deaths_total", "芜湖市", "2020-02-15", 0, "", ""),
            ("confirmed_total", "无为市", "2020-02-15", 13, "", ""),
            ("confirmed_total", "芜湖县", "2020-02-15", 1, "", ""),
            ("confirmed_total", "南陵县", "2020-02-15", 2, "", ""),
            ("confirmed_total", "镜湖区", "2020-02-15", 6, "", ""),
            ("confirmed_total", "鸠江区", "2020-02-15", 1, "", ""),
            ("confirmed_total", "弋江区", "2020-02-15", 3, "", ""),
            ("confirmed_total", "经开区", "2020-02-15", 2, "", ""),
            ("close_contacts_total", "芜湖市", "2020-02-15", 206, "", ""),
            ("observation_released_total", "芜湖市", "2020-02-15", 135, "", ""),
            ("observation", "芜湖市", "2020-02-15", 71, "", ""),
        ],
        note="新安晚报 (安徽网) on a mirror (traditional with pinyin residue; the paper's copyright paragraph before "
        "it and the blood-donation appeal after it were dropped). URL and 記者2月16日 date the page. 2月15日0-24"
        "時: 確診0例 → confirmed_new 0, 治愈出院3例 → recovered_new 3 (新增疑似0例 has no metric). 截至2月15日24"
        "時: 31例 → confirmed_total, 出院11例 → recovered_total, 無死亡病例 → deaths_total 0; the list gives each"
        " county-level place its confirmed_total (region in simplified form: 無為市 → 无为市 …; 經開區 is the "
        "zone 经开区); 湖北籍船員3例 are crew with no place: no tuple. 206 / 135 / 71 → close_contacts_total, "
        "observation_released_total, observation. Reading choice: 2月16日即將治愈出院2例 announces the next day's"
        " discharges, and no 累计 here includes them, so it is a plan, not a figure (unlike blind8's 安庆, whose "
        "累计 already counted them).",
        source="http://www.x9aky.com/newsflash/20200216/1984592.html",
    ),
    dict(
        id="b9n11",
        text=(
            "恩施五百余名务工人员搭专列赴绍兴 |\n"
            "|\n"
            "( 2020-03-20 ) 稿件来源:新华每日电讯 经济·复工 |\n"
            "搭乘专列的这些务工人员,分布于绍兴的纺织印染、机械科技、医化用品、机电建设、家具装饰等行业。恩施和绍兴经"
            "过前期对接确定了人员名单。此举旨在保障企业复工用工,降低疫情对企业生产的影响。\n"
            "为确保防疫安全,两地对搭乘专列务工人员实行“身份证+白名单+健康码+车辆信息”四级核验。他们按车厢序号集结,完"
            "成查验健康证明、测体温后,有序上车、分散就座。\n"
            "恩施、绍兴两地在国家有关部门支持下,紧急调用8节车厢增设专列,实施了此次务工人员“点对点”输送。\n"
            "18日19时34分,D658次列车顺利抵达绍兴站。经体温检测无异常后,这些务工人员将分流至绍兴各地组织的接站大巴,统"
            "一送至集中隔离点,接受14天医学观察。隔离期间的费用由绍兴市政府承担。"
        ),
        published="2020-03-20",
        city="恩施土家族苗族自治州",
        expect=[],
        note="新华每日电讯's page (date line and source line kept, with their stray bars). Workers leaving are not "
        "workers returning: 恩施五百余名务工人员搭专列赴绍兴 counts people leaving the home prefecture for jobs "
        "in 绍兴 → no workers_returned for 恩施 (and 绍兴 is not the home city). 8节车厢 counts carriages, D658 "
        "is a train number, 四级核验 a checklist, 14天 the length of 绍兴's observation of the arrivals (another "
        "city's, and no count). The page names the home prefecture with no figure of its own.",
        source="http://mrdx.cn/h5/mrdx/content/20200320/Articel06006GN.htm",
    ),
    dict(
        id="b9n12",
        text=(
            "新华社上海2月10日电(记者袁全、仇逸)目前,上海市保障城市运行的企业已基本复工。在10日的上海市政府新闻发布会"
            "上,上海市经济信息化委副主任张英介绍当前上海市企业复工情况时这样说。\n"
            "张英说,上海市制造业企业约80%有意愿复工,这部分企业复工率达到70%。80%以上的软件和信息服务企业已经复工,总体"
            "以居家办公为主,居家办公的员工数占70%以上。\n"
            "前期,上海市经信委已协调相关14个区598家重点企业复工,其中涉及疫情防控企业248家。"
        ),
        published="2020-02-10",
        city="上海市",
        expect=[
            ("resumption_rate", "上海市", "2020-02-10", 70, "有意愿复工的制造业企业", ""),
            ("resumption_rate", "上海市", "2020-02-10", 80, "软件和信息服务企业", "more_than"),
            ("resumed", "上海市", "2020-02-10", 598, "重点企业", ""),
            ("resumed", "上海市", "2020-02-10", 248, "涉及疫情防控企业", ""),
        ],
        note="新华社 on a portal (the page shows no date; the dateline 2月10日 and the same-day press conference stand"
        " in). Everything is as of the conference (10日; 目前, 前期 give no other date). 约80%有意愿复工 is a "
        "share of firms wishing to resume, no metric; 这部分企业复工率达到70% → resumption_rate 70 of those "
        "manufacturers (sector as the text bounds it). 80%以上的软件和信息服务企业已经复工 → resumption_rate 80 "
        "more_than. 居家办公的员工数占70%以上 is the share working from home, not a return rate: no tuple. 协调…"
        "598家重点企业复工,其中涉及疫情防控企业248家 → resumed 598 and, as its part, resumed 248 with their own "
        "sector. 14个区 counts districts, no figure for any of them. 保障城市运行的企业已基本复工 gives no "
        "number.",
        source="https://news.china.com/domesticgd/10000159/20200210/37783549.html",
    ),
    dict(
        id="b9n13",
        text=(
            "秦州区融媒体中心2月2日讯 1月31日晚,大雪纷飞,秦州区医疗卫生、公安、交通等部门干部坚守在各个疫情防控的高速"
            "公路卡点,为过往行人进行体温检测,只为了让新型冠状病毒感染的肺炎疫情得到有效控制!他们群防群控,齐心协力,守"
            "护百姓安康!(供稿天水市秦州区卫生健康局 孙涛)"
        ),
        published="2020-02-02",
        city="天水市",
        expect=[],
        note="秦州区's (天水) government site, a one-paragraph item. The page shows no date of its own: the dateline 2"
        "月2日讯 stands in (the disease's early name 新型冠状病毒感染的肺炎 places it in 2020). It names the "
        "district and the city with no figure: 1月31日晚 is the scene's date, 医疗卫生、公安、交通等部门 no "
        "count. No tuple.",
        source="http://www.qinzhouqu.gov.cn/info/8457/369476.htm",
    ),
    dict(
        id="b9n14",
        text=(
            "本报讯(记者付凯明 通讯员王莉)3月3日一大早,示范区人社局在示范区生态广场南口采取“点对点”形式,为郑州富士康"
            "输送第二批返岗务工人员。截至目前,该局已为郑州富士康输送返岗人员173名,另有2430名外出务工人员安全有序返岗,"
            "其中省内852名、省外1578名,同时为辖区蒙牛乳业、泰鑫机械、可屹隆瓶业、展达塑业等7家企业招聘人员247名,受到"
            "了务工人员和用工单位的一致好评。\n"
            "时下正是企业复工复产、农民工集中返岗复工的关键时期,该局在作好本单位疫情防控的同时,围绕人社系统支持企业复"
            "工复产的10条举措,积极创新工作机制,帮助务工人员安全有序返岗,当好务工者的“服务员”、返岗政策的“宣传员”、企"
            "业的“联络员”,全力做好企业复工复产期间的用工服务保障工作。"
        ),
        published="2020-03-09",
        city="焦作市",
        expect=[],
        note="焦作日报's e-paper (URL date 2020-03-09) on the 示范区 (焦作's 城乡一体化示范区). Workers leaving are "
        "not workers returning: 为郑州富士康输送返岗人员173名 sends workers to another city's factory, and 2430名"
        "外出务工人员…返岗 (省内852名、省外1578名) are migrant workers going back to jobs outside, in 河南 or "
        "beyond → no workers_returned for the 示范区. 为辖区…7家企业招聘人员247名 counts new hires recruited for "
        "local firms, not staff back at work: no workers_returned either, and no firm gets a figure of its own (7"
        "家 and 247 belong to the group). 第二批 is an ordinal, 10条举措 a policy list. So nothing, though every "
        "number sits in the home city's zone.",
        source="http://epaper.jzrb.com/rb/html/2020-03/09/content_581577.htm",
    ),
    dict(
        id="b9n15",
        text=(
            "2020-03-15 中国发展网\n"
            "3月14日一大早,荆门高新区·掇刀区科技局局长陈亮就来到荆门宏图特种飞行器制造有限公司,在厂门前与执勤人员一道"
            "给员工测体温,协调解决复岗职工开健康证明等问题。像陈亮一样,该区176名干部按照每家企业2名驻企干部的配备,对"
            "88家企业实施“一对一”包联、“点对点”帮扶,深入开展疫情防控,及时解决企业复工中的难题。\n"
            "截至3月13日24时,荆门高新区已连续23天无新增确诊病例和无症状感染者,存量疑似病例全部排除,确诊住院病例全部清"
            "零。随着疫情防控进入新阶段,企业复工复产刻不容缓。全区抽调此前下沉社区的176名机关干部,转战企业防疫复工“新"
            "战场”,进驻企业抓防疫、解困难,保障企业有序推进复工复产。\n"
            "“企业员工还在乡下,我们怎么复工?”面对企业提出的问题,荆门高新区·掇刀区迅速研究解决。3月14日上午,荆门高新区"
            "·掇刀区派出8辆大巴车,前往市内各县市区接送全区企业职工返岗。3月14日中午,在沙洋县拾桥镇客运站停靠点,湖北航"
            "特装备制造股份有限公司职工吴婷凭借手机中的健康码,顺利乘坐上 “点对点”接她返岗的大巴车。像吴婷一样,湖北航"
            "特装备制造股份有限公司共有200多人依靠这种方式返岗。在荆门高新区·掇刀区的协调下,湖北金泉新材料有限公司每"
            "天有4辆大巴车和2辆商务车深入到荆门市各乡镇接员工返岗,2天接返岗员工600多名。近两天来,荆门高新区·掇刀区和"
            "各企业通过“点对点”方式,到市内各县市区各乡镇接职工返岗人数共达到2000余人。"
        ),
        published="2020-03-15",
        city="荆门市",
        expect=[
            ("confirmed_new", "高新区", "2020-03-13", 0, "", ""),
            ("suspected", "高新区", "2020-03-13", 0, "", ""),
            ("hospitalized", "高新区", "2020-03-13", 0, "", ""),
            ("workers_returned", "湖北航特装备制造股份有限公司", "2020-03-14", 200, "", "more_than"),
            ("workers_returned", "湖北金泉新材料有限公司", "2020-03-14", 600, "", "more_than"),
            ("workers_returned", "高新区", "2020-03-14", 2000, "", "more_than"),
        ],
        note="中国发展网 (its date line kept) on 荆门高新区·掇刀区, one administration that the text also calls 荆门高"
        "新区 alone. Reading choice: the zone is the region, 荆门高新区 → 高新区 (a zone of the one-per-city kind"
        " drops its city's name), for the case figures and the zone-wide return count alike. 截至3月13日24时: 已"
        "连续23天无新增确诊病例 → ONE confirmed_new 0 on 3月13日 (23天 is a duration; 无症状感染者 has no metric)"
        "; 存量疑似病例全部排除 → suspected 0; 确诊住院病例全部清零 → hospitalized 0. Returns, dated to 3月14日 ("
        "the story's day; 近两天来 ends there): 湖北航特…共有200多人…返岗 and 湖北金泉… 2天接返岗员工600多名 → "
        "each firm's workers_returned (more_than); 接职工返岗人数共达到2000余人 → the zone's workers_returned ("
        "more_than; 各企业 together, it includes the firms' own). 176名干部, 2名驻企干部, 88家企业 (firms paired "
        "with cadres, not firms resumed), 8辆大巴车, 4辆大巴车和2辆商务车 give no tuple; 荆门宏图… and 沙洋县拾桥"
        "镇 (a pickup point in another county of 荆门) get no figure.",
        source="http://special.chinadevelopment.com.cn/2020zt/xgfyjjz/hbszgs/2020/03/1626699.shtml",
    ),
    dict(
        id="b9n16",
        text=(
            "湖北疫情防控发布会介绍宜昌、襄阳稳岗就业情况——\n"
            "生产生活秩序基本恢复正常\n"
            "本报武汉3月26日电 记者常理 董庆森报道:湖北省新冠肺炎疫情防控工作指挥部26日召开新闻发布会,介绍宜昌市、襄"
            "阳市稳岗就业和有序复工复产情况。宜昌市常务副市长陈惠霞表示,宜昌在保就业、稳岗位方面主要做了以下工作:\n"
            "一是精准施策、有序推进复工复产。分区分级分类分时,有序推进道路运输复通、项目复工、企业复产、商贸复市、工"
            "人复岗等工作,解决本地就业需求。目前,全市公共汽车、出租车、城际班车已全部恢复运营,规模以上工业企业复工率"
            "达99.1%,员工返岗率达84.8%。除限制类行业外,全市生产生活秩序基本恢复正常。\n"
            "二是积极服务外出务工人员返岗。在防输出、防输入、防扩散的前提下,采取“点对点、一站式”包机、专列、包车等方"
            "式,解决员工返岗复工需求。目前,宜昌市已输出劳务人员29.3万人。\n"
            "三是提供就业招聘服务。建立24小时用工调度保障机制,推行“不见面”就业服务,实行网上调查、网上培训、网上选岗、"
            "网上招聘,一对一为“停不得”企业选派招工专员,使企业用工需求解决率达85%。\n"
            "四是全力以赴帮助企业渡过难关。对9519家企业返还稳岗资金5128万元,稳岗29.87万个,对疫情防控保供的42家企业发"
            "放一次性吸纳就业补贴1272.5万元,免征全市1.7万家企业社保费5.32亿元。\n"
            "襄阳市副市长刘恒友表示,襄阳有序推进就业复工复产分3个阶段进行。第一阶段,3月10日以前,为疫情期间从事生活必"
            "需品经营的商贸企业实行订单配送,保障农资生产企业复工复产。"
        ),
        published="2020-03-27",
        city="宜昌市",
        expect=[
            ("resumption_rate", "宜昌市", "2020-03-26", 99.1, "规模以上工业企业", ""),
            ("worker_return_rate", "宜昌市", "2020-03-26", 84.8, "规模以上工业企业", ""),
        ],
        note="经济日报's e-paper (3月27日, page 6) on the 湖北 press conference of 3月26日. 目前 takes the conference "
        "day. 宜昌's 规模以上工业企业复工率达99.1% → resumption_rate; 员工返岗率达84.8% in the same clause → "
        "worker_return_rate with that sector. 公共汽车、出租车、城际班车已全部恢复运营 states no count: no "
        "services_resumed. Workers leaving are not workers returning: 已输出劳务人员29.3万人 → no tuple. 企业用工"
        "需求解决率达85% (share of hiring needs met), 9519家企业 / 5128万元 / 29.87万个 (job subsidies), 42家企业"
        " / 1272.5万元, 1.7万家企业 / 5.32亿元 (fee relief) are no vocabulary metric. 24小时 a duration. 襄阳's "
        "part (3个阶段, 3月10日以前) is another city's and states no figure anyway.",
        source="http://paper.ce.cn/jjrb/html/2020-03/27/content_415573.htm",
    ),
    dict(
        id="b9n17",
        text=(
            "青县开发区 70余家企业复产复工\n"
            "来源: 沧州日报  作者:贾世峰 鲁萍\n"
            "2020-03-05 14:14:57\n"
            "复产复工以来,青县经济开发区及时部署,加强管控,安排企业有序复工,目前已有70余家企业复产复工,复产率达到80%。"
            "\n"
            "在企业提交复工申请、疫情防控预案、员工筛查等资料后,他们又为本地返岗职工开具通行证,保证本地企业员工尽快上"
            "岗工作,对于非高风险的外地管理和技术人员,管委会由专人开具返岗证明,并逐一与有关检测卡点沟通,定车定点接回,"
            "统一安排身体检查及隔离有关事宜。同时,还为每一个复产复工企业指派一名分包干部,一对一蹲点帮扶企业,一方面对"
            "企业复工期间如何做好疫情防控进行悉心指导,另一方面为企业协调解决复产复工过程中的难题。\n"
            "截至目前,青县经济开发区本地复岗人员6000余人,复岗率达到90%。"
        ),
        published="2020-03-05 14:14",
        city="沧州市",
        expect=[
            ("resumed", "青县经济开发区", "2020-03-05", 70, "企业", "more_than"),
            ("resumption_rate", "青县经济开发区", "2020-03-05", 80, "企业", ""),
            ("workers_returned", "青县经济开发区", "2020-03-05", 6000, "本地复岗人员", "more_than"),
            ("worker_return_rate", "青县经济开发区", "2020-03-05", 90, "本地复岗人员", ""),
        ],
        note="沧州日报 on 长城网's 沧州 county page (source and time lines kept; leading indentation and the share "
        "widget not kept; the paragraph on the zone's preparations before resumption was dropped whole). 目前 and"
        " 截至目前 take the page's day. The zone lies in 青县 and keeps its whole name (青县经济开发区; the "
        "headline's 青县开发区 is the same zone). 已有70余家企业复产复工 → resumed 70 more_than; 复产率达到80% is"
        " the share of the zone's firms back at work (stated beside the count of firms), read as resumption_rate."
        " 本地复岗人员6000余人,复岗率达到90% → workers_returned (more_than) and worker_return_rate, sector as the"
        " text bounds it (local staff only; the outside managers fetched back are not counted). 一名分包干部 per "
        "firm is no figure.",
        source="http://cz.hebei.com.cn/system/2020/03/05/100223854.shtml",
    ),
    dict(
        id="b9n18",
        text=(
            "宁晋经济开发区23家规上企业全部复工复产\n"
            "时间:2020-02-23 08:39:13来源:宁晋报社\n"
            "测体温、登记、消毒……2月20日,河北瑞达净水剂科技有限公司复工,一套检查防控流程下来,佩戴口罩的员工方可进入厂"
            "区。\n"
            "“公司实施封闭化管理,只准入不准出。”公司副总经理牛永华说,瑞达净水剂科技有限公司高度重视疫情防控工作,复工"
            "前做足了准备,对员工进行筛查摸底,储备防控物资,已有159名员工到岗,疫情防控、复工复产两手抓,两手都要硬。\n"
            "宁晋经济开发区坚持两手抓两手硬两皆胜,在抓好疫情防控的同时,有序开展复工复产。企业制定详细的复工复产方案,"
            "每天对包括复产和停产的所有车间进行消毒防疫,提前对入厂员工进行严格的摸底排查,确保入厂人员安全、健康。经济"
            "开发区为企业配备包企干部,严格指导监督,并组成督导组对企业落实防疫措施情况进行督查,确保企业疫情防控和复工"
            "复产措施落实到位。截止2月20日,宁晋县经济开发区复工复产的规上企业23家,复工率达100%。"
        ),
        published="2020-02-23 08:39",
        city="邢台市",
        expect=[
            ("workers_returned", "河北瑞达净水剂科技有限公司", "2020-02-20", 159, "", ""),
            ("sector_total", "宁晋经济开发区", "2020-02-20", 23, "规上企业", ""),
            ("resumed", "宁晋经济开发区", "2020-02-20", 23, "规上企业", ""),
            ("resumption_rate", "宁晋经济开发区", "2020-02-20", 100, "规上企业", ""),
        ],
        note="宁晋县's government site reposting 宁晋报 (title and time line kept; the site's breadcrumb and the "
        "closing 下一步 paragraph dropped). 宁晋 is a county of 邢台; its zone keeps its whole name (宁晋经济开发"
        "区; 宁晋县经济开发区 in the last sentence is the same zone). A figure stays with its own company: 已有"
        "159名员工到岗 is 河北瑞达净水剂科技有限公司's → workers_returned 159 (sector empty), dated by the firm's"
        " 复工 day stated just before (2月20日). 截止2月20日…规上企业23家, 复工率达100% with the headline's 23家"
        "规上企业全部复工复产 → sector_total 23, resumed 23, resumption_rate 100. The page appeared at 08:39, but"
        " every figure has a stated date, so the morning rule does not apply.",
        source="http://www.ningjin.gov.cn/html/art-view.html?classid=10066&itemid=30779",
    ),
    dict(
        id="b9n19",
        text=(
            "刚刚南平也清零!钟南山的这条呼吁,请马上扩散!\n"
            "\n"
            "\n"
            "福州之后,\n"
            "今天好消息再传!\n"
            "刚刚南平清零!\n"
            "累计治愈出院病例20例。\n"
            "\n"
            "\n"
            "\n"
            "刚刚,南平市第19例、第20例\n"
            "\n"
            "新冠肺炎确诊病人治愈出院!\n"
            "\n"
            "至此,南平市累计报告确诊病例20例\n"
            "\n"
            "已全部治愈。\n"
            "\n"
            "截止3月4日24时,\n"
            "\n"
            "南平市已连续21日无新增确诊病例,\n"
            "\n"
            "医务人员“0”感染。 \n"
            "\n"
            "\n"
            "\n"
            "\n"
            "\n"
            "\n"
            "吴先生,82岁,2月5日因发热就诊松溪县医院,2月7日咽拭子新型冠状病毒核酸检测阳性后于2月8日转入南平市第一医院"
            "感染性疾病科隔离病房,确诊为“新型冠状病毒肺炎(重型)”。\n"
            "练先生,33岁,1月31日因发热3天就诊武夷山市立医院,咽拭子新型冠状病毒核酸检测阳性后于2月2日转入南平市第一医"
            "我院感染性疾病科隔离病房,确诊为“新型冠状病毒肺炎(普通型)”。\n"
            "3月5日,两名患者经南平市医疗救治临床专家组会诊,并经省级专家组认同,一致认为达到国家卫生健康委新冠肺炎确诊"
            "病例出院标准,可以出院。出院后患者居家单间隔离2周,若无不适,2周后解除隔离,门诊随访。"
        ),
        published="2020-03-05",
        city="南平市",
        expect=[
            ("recovered_new", "南平市", "2020-03-05", 2, "", ""),
            ("recovered_total", "南平市", "2020-03-05", 20, "", ""),
            ("confirmed_total", "南平市", "2020-03-05", 20, "", ""),
            ("hospitalized", "南平市", "2020-03-05", 0, "", ""),
            ("confirmed_new", "南平市", "2020-03-04", 0, "", ""),
        ],
        note="A WeChat post on a mirror (freewechat), with its many blank lines kept. The page shows no date: the "
        "discharge day (3月5日, the post's 今天/刚刚) stands in. 南平市第19例、第20例…治愈出院 with 两名患者 on 3"
        "月5日 → recovered_new 2 (the city's last two; 第19例, 第20例 are patient numbers, not counts). 至此…累计"
        "报告确诊病例20例 已全部治愈 and 累计治愈出院病例20例 → confirmed_total 20 and recovered_total 20 (said "
        "twice, one tuple each); 南平清零 → hospitalized 0. 截止3月4日24时…连续21日 无新增确诊病例 → ONE "
        "confirmed_new 0 on 3月4日 (21日 is a duration). 医务人员“0”感染 has no metric. 福州之后 names another "
        "city with no figure. In the patients' paragraphs 82岁, 33岁 are ages, 3天 and 2周 durations; 松溪县医院 "
        "and 武夷山市立医院 are where they first went (no figure for 松溪县 or 武夷山市).",
        source="https://freewechat.com/a/MzA3NDI0MTIwNw==/2653368347/{{href}}",
    ),
    dict(
        id="b9n20",
        text=(
            "共同戰(zhàn)“疫”·對口馳援\n"
            "\n"
            "唱歌向福建醫(yī)生致謝的宜昌女患者治愈出院 驚喜收到福建特產(chǎn)\n"
            "\n"
            "2020年02月27日17:31  來源:人民網(wǎng)-福建頻道\n"
            " \n"
            "\n"
            "人民網(wǎng)福州2月27日電(謝小姿)“心情很復(fù)雜,在這種大愛之下,僅僅只說感謝的話,真的是不能表達(dá)我心"
            "里的想法!26日,宜昌新冠肺炎女患者茉莉(化名)治愈出院。此前,在宜昌市第三醫(yī)院從重癥病房轉(zhuǎn)到普通病"
            "房,茉莉用歌聲向福建醫(yī)務(wù)人員表達(dá)謝意。\n"
            "\n"
            "26日上午,茉莉走出了宜昌市第三醫(yī)院隔離區(qū)。為了祝賀茉莉出院,福建醫(yī)生特地贈送了福建特產(chǎn)香"
            "囊和中藥鐵線蓮給她。收到禮物的茉莉,向福建醫(yī)務(wù)人員們深深鞠躬致謝。\n"
            "\n"
            "經(jīng)過治療,茉莉的病情開始好轉(zhuǎn),從重癥轉(zhuǎn)為輕癥,福建醫(yī)生有針對性地為茉莉制定了康復(fù"
            ")訓(xùn)練,對她后期肺功能的恢復(fù)起到較好的幫助作用。\n"
            "\n"
            "出院後的茉莉還將隔離14天。茉莉說,隔離期結(jié)束後,只要身體條件允許,她將捐獻(xiàn)自己的血漿,救助更多的"
            "人。"
        ),
        published="2020-02-27 17:31",
        city="宜昌市",
        expect=[],
        note="人民网-福建频道 on a mirror (traditional with pinyin residue, an unclosed opening quote as found; the "
        "editors' line dropped). Reading choice: one patient's discharge from one hospital (宜昌市第三醫院), told"
        " as a feature about her and the 福建 team, is no count of 宜昌's discharges on 26日 (the text gives the "
        "city no figure and does not say she was its only discharge), unlike 简阳's announcement of its one "
        "discharge (b9n07). 從重癥轉為輕癥 is her course, not a count of severe cases; 14天 a duration. The page "
        "names the home city with no figure of its own.",
        source="http://zjxiongyi.com/n2/2020/0227/c181466-33833985.html",
    ),
]
