"""Nineteenth BLIND table of golden cases taken from REAL narrative local news (January–April 2020).

Removed before the first run (the maintainer's overlap check): b19n01, 池州's hospital discharge story,
which shares three windows with a holdout table.

Each of the 6 entries is a short verbatim excerpt in which a prefecture-level city (or a county, a county-level city or
a firm inside it) tells its own story, or in which an outlet tells one place's story: a hospital's discharge story with
the city's bulletin inside it, on a spam mirror that garbles the virus's name and drops the year (池州), a provincial
economic paper's e-paper story on a county-level city's resumption (运城's 河津市), a provincial paper's story on a county
directly under Hainan province, on the China.com.cn Hainan channel (临高县), a provincial portal's story on workers
leaving by train for jobs in another province, in traditional characters with pinyin glosses (定西), a provincial
paper's steel-works story on the yybnet local-paper mirror (嘉峪关, no figure) and a firm's own news page on a
refractory-materials works visited by the mayor (营口's 大石桥市, no figure). `city` names the home city in full (for
临高县, a county directly under the province, the county itself, as 万宁市 and 仙桃市 were home cities in earlier
tables). `expect` lists every tuple the text supports for that city, its districts, counties and zones, and for any
firm the text gives a figure to; each tuple reads (metric, region, as_of_iso_date, value, sector, qualifier).

How it was made: the annotations come from the texts alone, under the binding rules of tests/cases/ANNOTATION.md and
shared/gold/FORMAT.md (and the dev_cases.py docstring they point to); where ANNOTATION.md lists open readings, the
first-listed one is followed. Nothing of the extractor was opened or run, and no test, CLI or evaluation script was run.
From the other tables only blind18_narrative.py's docstring and its first two entries were read, for the layout; the
`city=` values of all blind*.py tables were grepped for their home cities (283 names; none of this table's 6 home
cities is among them); blind19_feeds.py did not exist when this table was finished; every other look at the tables was
a `grep -rlF` (file names only). The texts were found with the `search` tool (corpus `pages`; one try of `code` found
only a list of links to national media, no local story); each text is what the search showed of its page.

Six entries, two of them without a figure (the most allowed) and one whose figures are all of a kind that gives no
tuple (workers leaving), fewer than asked for: the brief allows a smaller table when candidates run out, and they did.
Some 165 searches went to the ~60 prefectures and leagues (and the Hainan counties) no blind table uses yet, one by one
with their counties, towns, zones, firms, hospitals and papers (营口, 辽阳, 朝阳, 白山, 伊春, 七台河, 黑河, 乌海, 阿拉善,
运城, 衡水, 开封, 安阳, 鹰潭, 池州, 崇左, 玉溪, 昭通, 楚雄, 文山, 德宏, 西宁, 海西, 固原, 中卫, 武威, 定西, 嘉峪关,
克拉玛依, 喀什, 塔城, 阿勒泰, 石河子, 阿坝, 黔东南, 西藏's prefectures, 琼海, 文昌, 临高, 澄迈, 定安, 陵水, 保亭,
昌江, 东方, 五指山 …): discharge, first-case, 双清零, resumption, 到岗/返岗, workers-leaving and firm stories; e-paper
mirrors (数字报) of given dates, 人民网 and 中新网 provincial channels, hospital pages, trade-association and firm sites,
Hong Kong papers. Most searches returned provincial bulletins (not stories), pages of cities already used, pages of
2021–2026, or the same few pages again. About 20 pages went through the checks; 6 are kept.

Overlap and exclusion checks: for every candidate the URL's distinctive part and three to six distinctive
12–20-character snippets (headlines, figures with their nouns, names of firms, people and places) were converted with
OpenCC to simplified (t2s) and to traditional (s2t), and each form, with the snippet as found, was grepped with
`grep -rlF` across tests/cases and tests/data; every kept excerpt was then converted whole to simplified and ten
15-character windows spread over it were grepped, each also in traditional and as found. Kept texts have no hit. No
kept excerpt carries a per-place list of figures.
Dropped for an overlap (1 page): 琼海市's 中央复工复产调研组 story (qionghai.hainan.gov.cn t20200319_2763421: URL and four
snippets hit eval_realworld).
Dropped for other reasons: pages of another month or year (定安县's project story on dingan.hainan.gov.cn, dated
2020-06-30; 凭祥's 208 外贸企业 story for 崇左, 24 May 2020; 抚松县沿江乡's 3家企业 on the 吉林日报 e-paper, whose address
carries 2024-09; 衡水's 通告 on a bbs mirror, January 2021); pages without a date (凌源经济开发区's 98% for 朝阳, as three
earlier helpers also found; 新疆油田's stories for 克拉玛依; 辽阳's 奥克 visit); pages the search showed without an
address (阜城县's 123家企业 for 衡水; 贵溪铜基地 for 鹰潭; 安钢 on a spam mirror for 安阳); a city bulletin on a city
department's site (开封市应急管理局's 2 February bulletin: a bulletin, not a story, left to the feeds table) and a county
bulletin for a kept city (东至县's bulletin on pxte.cn, 池州); pages whose only figures are a province's or one
hospital's (青海省第四人民医院's discharge stories for 西宁); a per-place list (西藏's 规上企业 by prefecture); a story whose
figures lie beyond what the search showed (海西州's "海西答卷"); pages without a figure beyond the two allowed (衡水
开发区's firm visit on lvtc.net; 铁力's return-to-villages buses for 伊春, whose mirror also carries an advertisement
naming 长沙); and pages of used cities (many).
Every kept excerpt was checked for the reserved city and for 湖南 places and outlets (none is named), and none comes
from the DXY feed, a mirror of it or a site reposting its live reports.

Home cities and outlets (6 cases, 6 home cities, 6 provinces):
  池州市 (安徽; the hospital's story with the city's bulletin, on the bbs.chizhoushizx.com archiver mirror) ·
  运城市 (山西; 山西经济日报's e-paper: 河津市's 81家规上企业 and 97.5%) ·
  临高县 (海南; 海南日报 on hainan.china.com.cn: 109 projects/93/85.3%, 229 firms/196/85.6%) ·
  定西市 (甘肃; 每日甘肃网 on a traditional-character mirror: 378 workers leaving for 福州, no tuple) ·
  嘉峪关市 (甘肃; 甘肃日报 on the yybnet mirror: 酒钢 and the city's quarantine hotels, no figure) ·
  营口市 (辽宁; 嘉晨集团's news page on a spam-hijacked copy: the mayor's visit to a 大石桥市 works, no figure).
Texts are copied as found: a virus name masked by the mirror ("新型冠状病*") and a dropped year ("年2月2日0-24时"), a
hospital name cut out ("1月31日,医院。") (池州); traditional characters with pinyin glosses ("每日甘肅網(wǎng)", "聯(lián)系",
"節(jié)日", "據(jù)") (定西); full-width and half-width punctuation as shown. Lines of page chrome (source, author, editor
and time lines, photo captions, spam title suffixes, "热门资讯"/"新闻推荐" blocks), paragraph indentation and blank lines,
repeated sub-headlines and paragraphs not needed were dropped; a paragraph is only cut after a full sentence.
`published` is the date (and time) the page shows; where it shows none, the note says what stands in for it (the story's
own day, the date in the e-paper's address).

Ways of writing covered (number of cases; see the notes):
  (1) a hospital's discharge story (1): 医院收治的一名…患者…于今天上午出院 → no tuple (one institution is not the city),
    with the city's bulletin inside it: 新增确诊病例0例 → confirmed_new 0, 累计报告…确诊病例6例,疑似病例2例 →
    confirmed_total 6 and suspected 2, 目前,累计追踪密切接触者80人 → close_contacts_total, 新增疑似病例2例 → no metric (池州);
  (2) a county-level city's resumption under a prefecture dateline (1): 本报运城3月13日讯 … 河津市… 截至目前,全市81家规上
    企业正常生产,复工复产率达到97.5% → 全市 read as 河津市 (运城);
  (3) a county's projects and firms with totals, counts and rates (1): 项目109个,已复工93个,复工率85.3%; 229家企业中已有196家
    企业复产,复产率85.6% → sector_total, resumed, resumption_rate; a headline figure (全县196家企业复工复产) repeating the
    body's (临高县);
  (4) workers leaving for jobs in another province (1): 載著378名定西籍務工人員…奔向福州 → no workers_returned for 定西;
    5趟專列累計運送務工人員3636人 is the province's (我省) and of leaving workers too → no tuple (定西);
  (5) numbers that are not figures (6): ages, 20余名医护人员 (a team), 咳嗽10天, patient ordinals (1.王某某), 2×100吨,
    每小时制氧20000立方, 2×6兆瓦, 100条/10个方面/20条 (policies), 七条/八条措施, 5辆专用班车, 第五趟, G1904次, 8時02分,
    150余名党员干部职工 (volunteers, not returning workers), 109间客房, 3天/10天, 超纯镁砂;
  (6) date readings (4): a dropped year ("年2月2日") read as 2020-02-02; 目前 after 截至2月2日24时 in the same paragraph (池州);
    截至目前 in a story datelined 3月13日 and published on the 14th (运城); an undated headline figure taking the body's
    截至3月11日 (临高县); the story's own day standing in for `published` (池州);
  (7) pages naming the city with no figure (2): 嘉峪关, 营口.

Reading choices made here where the binding conventions are silent or open (each note says which; unsure ones say so):
* Open readings of ANNOTATION.md: none of them is needed — no local-only count, short prefecture name, garbled place
  name read as a place, 全部解除 after a count of contacts, ordinal discharge, intensive-care count or 危重症 inside a
  cumulative breakdown occurs in the kept texts.
* A hospital's story of one patient's discharge gives no recovered_new: ANNOTATION.md's "one institution is not the city"
  (a hospital's count of patients gives no tuple); the city's figures in the bulletin the story quotes are the city's.
* 疑似病例2例 in a 截至…24时 累计报告 sentence is read as the current suspected count (suspected 2), as Anhui's city bulletins
  word it (unsure: 累计 could be read as governing it, and suspected has no cumulative metric).
* 全市 right after a county-level city is named (河津市…全市81家规上企业) is that city, not the dateline's 运城 (本报运城3月13日讯
  names where the reporter files from); the next paragraph's 该市 (河津市) supports it (unsure).
* 正常生产 (81家规上企业正常生产) is read as resumed, beside the stated 复工复产率 (unsure).
* 截至目前 in a story datelined 3月13日 takes the dateline's day, 2020-03-13, not the e-paper's date 2020-03-14 (unsure: the
  mechanical fallback of dev_cases.py is the publication date).
* A county directly under the province (临高县) is its own home city; its figures take region 临高县.
* 复产率 is read as resumption_rate and 复产 as resumed, as in blind17 and blind18.
* 组织5辆专用班车为复工复产企业提供专线服务 (shuttle buses organised for firms) is not read as services_resumed: nothing
  that had stopped is said to run again (unsure).
"""

CASES = [
    dict(
        id="b19n02",
        text=(
            "本报运城3月13日讯(记者欧志强 通讯员申海霞 任芙蓉)日前,山西宏达钢铁集团全面铺开2×100吨精品钢、每小时制氧20000立方、2×6兆瓦余热余压发电三个重点项目建设,中铝山西新材料有限公司氧化铝仓储建设项目顺利推进……\n"
            "连日来,河津市统筹做好疫情防控与经济社会发展工作,有序推动企业复工复产。截至目前,全市81家规上企业正常生产,复工复产率达到97.5%。\n"
            "同时,该市制定了《河津市2020年优化营商环境100条》,从10个方面为企业提供全方位、全要素、全流程、全周期性服务;出台《关于应对新冠肺炎疫情支持中小企业发展的意见》,推出20条“硬核”措施,让政策“跑在”企业前面,解决中小企业发展难题,全力推动疫情防控和经济发展两不误。"
        ),
        published="2020-03-14",
        city="运城市",
        expect=[
            ("resumed", "河津市", "2020-03-13", 81, "规上企业", ""),
            ("resumption_rate", "河津市", "2020-03-13", 97.5, "规上企业", ""),
        ],
        note=(
            "山西经济日报's story on its e-paper (epaper.sxrb.com, sxjjrb); the page shows no date line, so the e-paper date in the address, 20200314, gives `published`. The paragraph without figures (据悉,面对突如其来的疫情…) was left out. The dateline 本报运城3月13日讯 names where the report was filed; 连日来,河津市统筹… 截至目前,全市81家规上企业正常生产,复工复产率达到97.5% → 全市 read as 河津市, the county-level city the story names right before it (the next paragraph's 该市 is 河津市 too; unsure: the dateline reading would give 运城市). 正常生产 read as resumed (unsure) → resumed 81 and resumption_rate 97.5, sector 规上企业, region 河津市; no total is stated (81 of 83 is not written), so no sector_total. 截至目前 has no date in its paragraph; it takes the dateline's day, 2020-03-13 (unsure: the publication date, 2020-03-14, is the mechanical fallback). 2×100吨精品钢, 每小时制氧20000立方, 2×6兆瓦 (capacities), 《河津市2020年优化营商环境100条》, 10个方面 and 20条“硬核”措施 are no figures; 山西宏达钢铁集团 and 中铝山西新材料有限公司 have no figure."
        ),
        source="http://epaper.sxrb.com/shtml/sxjjrb/20200314/469083.shtml",
    ),
    dict(
        id="b19n03",
        text=(
            "临高:全县196家企业复工复产\n"
            "3月12日,记者从全省复工复产视频调度会临高分会场获悉,该县在抓好疫情防控工作的同时,多措并举、精准发力,帮助企业项目复工复产。截至3月11日,临高县政府投资500万以上项目109个,已复工93个,复工率85.3%;229家企业中已有196家企业复产,复产率85.6%。\n"
            "临高结合我省出台的“复工复产七条措施”“共渡难关八条措施”出台相关文件,重点做好企业稳岗参保中小企业返还失业保险费、减免中小企业(含个体工商户)租金和强化金融支持工作,并对返琼务工人员在集中观察或隔离期间,区分不同工种给予企业一定补助,同时组织5辆专用班车为复工复产企业提供专线服务,帮助企业解决“返工难”。"
        ),
        published="2020-03-13",
        city="临高县",
        expect=[
            ("sector_total", "临高县", "2020-03-11", 109, "政府投资500万以上项目", ""),
            ("resumed", "临高县", "2020-03-11", 93, "政府投资500万以上项目", ""),
            ("resumption_rate", "临高县", "2020-03-11", 85.3, "政府投资500万以上项目", ""),
            ("sector_total", "临高县", "2020-03-11", 229, "企业", ""),
            ("resumed", "临高县", "2020-03-11", 196, "企业", ""),
            ("resumption_rate", "临高县", "2020-03-11", 85.6, "企业", ""),
        ],
        note=(
            "海南日报's story (作者 张惠宁) on the China.com.cn Hainan channel; the page line 时间:2020-03-13 gives `published`; the source, time, author and editor lines and the paragraph without figures (据介绍,临高多位县领导…) were left out. 临高县 is a county directly under Hainan province and is its own home city (as 万宁市 in earlier tables). 3月12日 is the day of the meeting, with no figure. 截至3月11日,临高县政府投资500万以上项目109个,已复工93个,复工率85.3% → sector_total 109, resumed 93, resumption_rate 85.3, sector 政府投资500万以上项目 (the county's name dropped from the sector); 229家企业中已有196家企业复产,复产率85.6% → sector_total 229, resumed 196 (复产 read as resumed), resumption_rate 85.6 (复产率), sector 企业. The headline 全县196家企业复工复产 repeats the body's 196: one tuple, dated by the body's 截至3月11日. 我省 (海南省) is named only for its 七条/八条措施 (policies, no figures); 5辆专用班车 organised for firms is not read as services_resumed (nothing stopped is said to run again; unsure)."
        ),
        source="http://hainan.china.com.cn/2020-03/13/content_41090203.html",
    ),
    dict(
        id="b19n04",
        text=(
            "甘肅省開出第五趟“點對點”復工專列 378名定西籍務工人員乘坐定制式高鐵奔向福州\n"
            "每日甘肅網(wǎng)3月9日訊(掌上蘭州·蘭州晨報通訊員強科 關杰 記者徐靜雯) 3月8日上午8時02分,載著378名定西籍務工人員的G1904次列車緩緩駛出定西北站奔向福州,這也是我省第五趟“點對點”、定制式高鐵務工專列。\n"
            "為進一步做好務工人員進站乘車、安全防護工作,蘭州鐵路局客運部、隴西車務段黨委提前與定西市人力資源和社會保障局等單位聯(lián)系接洽,研究部署相關事宜。定西北站還為出行的女性務工人員表達了節(jié)日的問候。據(jù)蘭州鐵路局客運部有關人員介紹,自2月21日我省首趟務工專列開行以來,截至目前,5趟專列累計運送務工人員3636人。"
        ),
        published="2020-03-09",
        city="定西市",
        expect=[],
        note=(
            "每日甘肃网's story (from 兰州晨报) on a mirror that prints traditional characters with pinyin glosses (每日甘肅網(wǎng), 聯(lián)系, 節(jié)日, 據(jù)); the page line 發(fā)布時間:2020-3-9 gives `published`. Left out: the editor/source line, the repeated sub-headlines and two photo captions (one names 和政縣, a county of 临夏, with no figure) and the 熱門資訊 block. 載著378名定西籍務工人員的G1904次列車…駛出定西北站奔向福州 counts workers leaving for jobs elsewhere: no workers_returned for 定西市 (ANNOTATION.md: workers leaving are not workers returning). 自2月21日我省首趟務工專列開行以來,截至目前,5趟專列累計運送務工人員3636人 is 甘肃省's (我省), not the home city's, and counts leaving workers too: no tuple. 第五趟 is an ordinal, G1904次 a train number, 8時02分 a time, 2月21日 a start (以來). So no tuple at all, though the page has figures; it is not counted among the pages without a figure."
        ),
        source="http://accessaubrey.com/read73348.html",
    ),
    dict(
        id="b19n05",
        text=(
            "酒钢 有序复工 持续抗疫\n"
            "新冠肺炎疫情发生以来,酒钢集团克服困难,主动作为,通过采购物资补缺口、捐赠防疫物资助抗疫、选派医务人员驰援武汉、抓细抓实疫情防控工作等一系列举措,吹响疫情防控“集结号”,筑起疫情防控的“钢铁长城”。同时,酒钢集团职工众志成城、全力以赴开展生产经营建设工作,确保疫情防控和生产经营发展两手抓、两不误、两促进、双胜利。\n"
            "酒钢集团在做好企业内部防控的同时,积极践行国有企业的责任和担当,主动投入到支援疫情防控工作之中。\n"
            "新冠肺炎疫情防控工作刚开始,嘉峪关市需要一处宾馆作为全市疫情隔离观察点。酒钢集团紫玉酒店公司迅速安排部署,确定将鸿盛宾馆、酒钢酒楼作为疫情隔离观察点。\n"
            "1月28日,紫玉酒店公司150余名党员干部职工放弃休假,对鸿盛宾馆、酒钢酒楼所有房间卫生进行集中清理,并组织专业维修人员对设备设施进行检查维修。3天后,109间客房全部具备入住条件并交付使用。\n"
            "为有效防控疫情,1月30日,嘉峪关市新型冠状病毒疫情联防联控工作领导小组决定,用10天时间,完成市第一人民医院传染病区CT用房建设。"
        ),
        published="2020-03-05 05:20",
        city="嘉峪关市",
        expect=[],
        note=(
            "甘肃日报's story (新甘肃·甘肃日报记者 张文博) on the yybnet mirror of local papers (今日嘉峪关); the page line 甘肃日报 2020-03-05 05:20 gives `published`. Left out: the photo captions, the byline and the paragraph the search cut off mid-sentence (接到建设任务后,…). A page naming the city with no figure (one of the two allowed): 嘉峪关市 needs 一处宾馆 as its quarantine point; 150余名党员干部职工 are volunteers cleaning rooms, not returning workers; 109间客房 are rooms; 3天后 and 用10天时间 are durations; 1月28日, 1月30日 date actions. 酒钢集团 and 紫玉酒店公司 have no resumption figure."
        ),
        source="https://yybnet.net/jiayuguan/news/202003/10253542.html",
    ),
    dict(
        id="b19n06",
        text=(
            "营口市委副书记、市长许桂清一行到嘉晨耐火材料公司调研\n"
            "2月19日下午,市委副书记、市长许桂清,常务副市长方景广、市政府秘书长李秀斌,大石桥市委书记王立伟、市长韩文志等一行,到集团下属企业金岱国际科技有限公司实地调研了解疫情防控期间新开工项目、企业复工复产及生产经营情况。董事长孙寿宽、总裁孙朝英、副董事长孙路新、集团办公室主任王雪宏,耐火公司总经理董吉奎、副总经理兼总工程师毕德利等领导陪同。\n"
            "董事长向许市长等一行汇报了公司的疫情防控和生产情况,并着重对高科技“超纯镁砂”项目进行了详细介绍。董事长表示:当前营口疫情防控虽然是低风险地区,但是我们更不能有丝毫大意,坚决贯彻落实市政府指示要求,在继续做好疫情防控工作的前提下,全面有序恢复生产,持续加大科技创新投入力度,继续为营口市社会稳定和经济发展做出贡献。\n"
            "许市长详细询问疫情防控开展情况及企业开复工过程中遇到的实际困难,并对集团耐火公司引领镁产业转型升级、实现菱镁矿石“变废为宝”给予充分肯定,强调要严格落实防护措施的基础上,抓好企业复工复产,确保疫情防控与企业发展两不误。"
        ),
        published="2020-02-20 14:00",
        city="营口市",
        expect=[],
        note=(
            "嘉晨集团's own news item on a spam-hijacked copy of its site (the title carries a gambling site's name, left out); the page line 2020-02-20 14:00:10 gives `published` (to the minute). A page naming the city with no figure (one of the two allowed): the mayor's visit on 2月19日下午 to 金岱国际科技有限公司 in 大石桥市 (a county-level city of 营口); 营口疫情防控虽然是低风险地区 states a risk level, not a figure; 超纯镁砂 is a product. No count, rate or case figure for 营口市, 大石桥市 or the firm."
        ),
        source="https://www.nationalanchor.com/newsinfo/id=266.html",
    ),
]
