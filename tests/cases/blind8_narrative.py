"""Eighth BLIND table of golden cases taken from REAL narrative local news (January–April 2020).

Each of the 20 entries is a short verbatim excerpt in which a city, prefecture, county, district or zone reports on
itself, or in which a local, provincial or national outlet tells one place's story: city and prefecture papers and
sites (张家口日报 on 河北新闻网 on 涿鹿, 昌吉日报 on 天山网, 内蒙古日报 on 乌兰察布, 丹东新闻网 on 国际在线-辽宁, 哈密日报 on
河南援疆网, 安庆's bulletin on a party-committee site, 博州's government statistics page, 绍兴's bulletin on a 绍兴 news
site, 珠江网 on 曲靖), provincial and regional outlets (广西县域经济网 on 柳州, 我苏网 on 东台, a business paper's site on
黔西南), national outlets covering one place (新华网 on 包头, 央视网 on 南疆's 皮山 via 国际在线, 央视 on 凉山's workers' buses,
a photo caption on 融安's bus) and mirrors and reposts (exmoo on 珠海, wuhanx on 杭州, freep on 雅安 machine-rewritten,
qwdsda on 红河, rs-spyder on 东台, mlzgw on 包头, salomon-boots on 凉山).
`city` names the prefecture-level home city in full. `expect` lists every tuple the text supports for that city, for its
districts, counties and county-level cities, for its zones and towns, and for any firm the text gives a figure to; each
tuple reads (metric, region, as_of_iso_date, value, sector, qualifier).

How it was made: the annotations come from the texts alone, under the binding rules of tests/cases/ANNOTATION.md and
shared/gold/FORMAT.md (and the dev_cases.py docstring they point to). Nothing of the extractor was opened or run. From
the other tables only blind7_narrative.py's docstring and its first two entries were looked at, for the layout and for
the reading choices listed there, which this table follows where they apply. The texts were found with the `search` tool
(corpus `pages`).

Home cities and outlets (20 cases, 19 home cities, 12 provinces and regions):
  珠海市 (exmoo, traditional, the 3月10日 clearing) · 杭州市 (wuhanx, the first patient's story and the 2月27日 bulletin
  with its district list) · 曲靖市 (珠江网, key projects) · 红河哈尼族彝族自治州 (qwdsda mirror, traditional, new-start
  projects, no figure) · 雅安市 (freep, machine-rewritten, with 石棉县's 四环锌锗) · 黔西南布依族苗族自治州 (a business-paper
  item on clearing and resumption) · 包头市 (新华网 on a mirror, sector rates, 鄂尔多斯 beside it) · 昌吉回族自治州 (天山网,
  first-quarter output, no figure) · 盐城市 (我苏网 on a mirror, traditional with pinyin residue, 东台经济开发区 and its firms,
  the 江苏 zones around it) · 安庆市 (the city's 2月14日 bulletin on a party site) · 乌兰察布市 (内蒙古日报, a visit, no
  figure) · 和田地区 (央视网 via 国际在线, traditional, 皮山县 beside 柯坪 and 巴楚) · 凉山彝族自治州 (央视 on a mirror,
  traditional, workers leaving) · 绍兴市 (pasxw, the 2月21日 bulletin with the 浙江 one under it) · 哈密市 (哈密日报 on
  河南援疆网, workers brought in) · 柳州市 ×2 (广西县域经济网 on 2月11日 resumption by zone, district and firm; a 新华社
  caption on 融安's workers' bus to 惠州) · 张家口市 (张家口日报 on 涿鹿县) · 博尔塔拉蒙古自治州 (博州's statistics page) ·
  丹东市 (丹东新闻网 on 国际在线-辽宁).
  Provinces and regions: 广东, 浙江, 云南, 四川, 贵州, 内蒙古, 新疆 (×4), 江苏, 安徽, 广西 (×2), 河北, 辽宁 — none of the
  home cities is one of blind6's or blind7's. No fresh 河南, 山西, 吉林 or 福建 local narrative survived the overlap check.
Texts are copied as found: traditional characters, pinyin residue ("復(fù)工", "經(jīng)濟(jì)開發(fā)區(qū)"), machine-rewritten Chinese
("规范工业企业", "回报率", "3年2月25日复工1993年2月7日"), a broken closing quote and tag ("78%?!?/P>"), stray spacing ("报告确诊病 4 例", "重点项目 100% 复工"), page
chrome kept where it dates a page (title lines, date and source lines). Paragraphs not needed were dropped and a paragraph
is only ever cut after a full sentence; leading indentation was not kept. `published` is the date (and time) the page
itself shows; where it shows none, the note says what stands in for it (a URL date, a page id, the story's own day) or
why it is None.

Ways of writing covered (number of cases; see the notes):
  (1) counts in words and loose units (7): 一男一女 beside 最後2名 (珠海), 3000多人 / 100多名工人 / 25名工人 (东台), 6800多人 and
      90家以上 (皮山, 柯坪), 1000多名产业工人 (哈密), 9600多名 (凉山, no tuple), 57名农民工 (融安, no tuple), 约占…46% (柳南);
      counts written wholly in words were not found in any page that survived the overlap check;
  (2) implied figures said once (4): 確診病例清零 and 沒有疑似病例 (珠海 → hospitalized 0, suspected 0); 确诊病例已经清零 and
      361家…已于全部复工复产 (黔西南 → hospitalized 0, 361/361); 重点项目 100% 复工 (黔西南 → rate 100);
  (3) today's against the total (4): 最後2名確診患者…治癒出院 against 累計出院97例 (珠海), 即将治愈出院3例 against 累计治愈出院
      32例 (安庆), 新增出院1例 against 累计出院21例 (绍兴), a first patient's own discharge against the city's 累计出院151例 (杭州);
  (4) zones as places (6): 经开区 in a bulletin list (安庆), 钱塘新区 (杭州), 东台经济开发区 (盐城), 柳州市新兴工业园区 and 河西高新区
      / 柳南辖区 (柳州), zones named with no figure (准东经济技术开发区, 昌吉国家高新技术产业开发区; 马龙区… in 曲靖);
  (5) dates that are starts, history or plans (6): 2月12日 / 2月26日 in a patient's story (杭州), 3月5日至9日 tests (珠海), 即将
      (安庆), 预计3月底 (丹东), 将集中开工 (曲靖), 3月8日复工生产以来 (昌吉); and 与去年同期水平基本持平 as a comparison (丹东);
  (6) proportions: only percent figures (包头's sector rates, 丹东, 博州, 雅安's 回报率); no home-place 过半, 六成, 九成 or 三分之二
      survived the overlap check;
  (7) workers leaving, or not the home place's (3): 凉山's buses to 东莞, 融安's bus to 惠州, 黔西南's 回乡务工人员返岗就业;
  (8) a figure stays with its own company (5): 四环锌锗's 199 workers beside the city's rates (雅安), 领胜's 25 workers and 78%
      复产率 beside the zone's 3000 (东台), 康明斯's 187 beside the city's 7.1万 (柳州), 五一八配件厂's capacity (丹东), 新疆崑崙綠源's
      staff total (皮山);
  (9) pages that name the home place with no figure of its own (5): 红河, 昌吉, 乌兰察布, 凉山, 融安 (柳州);
  (10) resumption by sector, district, zone and firm (8): 包头 (six industries), 柳州 (city, zone, district, firm), 丹东 (all,
      above and below size), 曲靖 (projects), 涿鹿, 博州, 雅安, 皮山;
  (11) another city's, the province's or the country's figures nearby, no tuple for them (6): 包头 (鄂尔多斯's 全市), 东台 (江苏
      and its other zones), 绍兴 (浙江 and the other cities), 和田 (阿克苏's 柯坪, 喀什's 巴楚), 哈密 (河南, 漯河), 安庆 (德阳 as
      a patient's workplace).

Reading choices made here where the binding conventions are silent (each note says which):
* A patient's own discharge told as part of his story (杭州's first patient, 2月12日,治愈出院) is no count of the city's
  discharges that day: no recovered_new. A discharge report of named last patients (珠海's 最後2名) is one.
* A bulletin's 即将治愈出院N例 for its own day, with the 累计 that includes them, is read as that day's recovered_new and
  recovered_total (安庆); a 预计 for a later date is never a figure (丹东's 预计3月底).
* 回乡务工人员返岗就业 and 新市民返岗就业 in a labour-exporting prefecture (黔西南) give no workers_returned: the text does not
  say the jobs are in the prefecture. Workers brought in to the home place (哈密's 1000多名, 东台's 3000多人) are counted.
* A firm's 复产率 (production recovery, 领胜 78%) and 产能利用率 (五一八配件厂) are no resumption_rate; staff totals (员工总数已
  超过2500人, 现有1281名员工) are no workers_returned; workers at work on a resumed line (199名工人…工作) are.
* A zone inside a county-level city keeps its whole name (东台经济开发区), and a zone first written with its city's name
  that is not of the one-per-city kinds keeps it (柳州市新兴工业园区); 柳南辖区 is 柳南区.
* A total for a list of named firms (柳钢…8家企业复工约3万人) belongs to no single firm and is not the city's: no tuple.
* Planned and new-start projects are no resumption: 计划2月新开工项目67个 / 已组织开工项目14个 / 集中开工项目103个 give nothing,
  while 计划2月内复工重点项目273个 is the size of the set of projects due to resume (sector_total) beside 已复工…86个.
* Machine-rewritten 回报率 is read as 复工率 (雅安), and its 不包括15家…回报率达到100% is kept as a second rate of the same
  sector on the same day (the text states both).
* County counts of firms reported only for output (博乐市规上企业40家…) are no sector_total: the text gives them no resumption.
* 3月当月开工生产73家 is dated to the month's last day (2020-03-31).

Overlap check: for every case, two to four distinctive phrases of 10+ characters (numbers with their nouns, names of firms,
headlines; traditional and simplified forms where the page had them) were grepped with `grep -rlF` across tests/cases
and /work/shared (file names only, other tables not opened): no hit. About forty candidate pages were dropped before
writing because a phrase of theirs was already in another table (among them pages on 丹东's 清零 notice, 岑溪's workers,
东莞, 衡水 ×2, 广元/苍溪, 滁州, 运城, 新乡, 周口, 湛江, 茂名, 宜宾, 宁德, 宣城, 呼和浩特, 乌拉特中旗, 通城, 高明, 中山, 汝州, 眉山,
南漳, 夏邑, 永胜, 齐齐哈尔, 钦州, 德阳, 定西 and 柳州's 2月26日 figures); pages were also dropped because they were from
2021–2025 (宁明, 纳雍's 2021 train, 紫云, 霸州, 孟津, 惠州's 仲恺, 保定高新区, 肃宁, 大厂) or because their home city was one
of blind6's or blind7's (福州高新区, 南宁's 东盟经开区, 宜君, 泰顺, 毕节's 纳雍). After writing, `duplicates --repo tests/cases
--min-lines 3 --most 60` paired this file only with shapes: the module docstring's end and `CASES = [` (a shape match
with blind7's), and the three-line `published=None, city=…, expect=[],` run of the no-figure cases (a shape shared with
other tables' empty cases); no text, expect line or figure repeats another table's. No text mentions the reserved city or a Hunan place (checked on
every excerpt and on what the search showed of each page); none comes from the DXY feed.
"""

CASES = [
    dict(
        id="b8n01",
        text=(
            "珠海新冠肺炎個案清零,目前沒有疑似病例。\n"
            "珠海市衛健委通報指,截至目前,珠海累計確診98例,累計死亡1例,累計出院97例,沒有疑似病例。據南方plus報道,"
            "今(10)日上午10時30分,珠海市最後2名確診患者從中大五院治癒出院,意味著珠海市新冠確診病例清零。\n"
            "出院患者為一男一女,男患者羅某64歲,1月27日出現發熱後到中大五院就診,1月30日確診為新冠肺炎。救治期間有出現核酸"
            "再次呈陽性的情況,3月5日至9日患者痰液、咽拭子、肛周拭子核酸檢測持續陰性,病情穩定,達到出院標準。"
        ),
        published="2020-03-10",
        city="珠海市",
        expect=[
            ("confirmed_total", "珠海市", "2020-03-10", 98, "", ""),
            ("deaths_total", "珠海市", "2020-03-10", 1, "", ""),
            ("recovered_total", "珠海市", "2020-03-10", 97, "", ""),
            ("suspected", "珠海市", "2020-03-10", 0, "", ""),
            ("recovered_new", "珠海市", "2020-03-10", 2, "", ""),
            ("hospitalized", "珠海市", "2020-03-10", 0, "", ""),
        ],
        note="A Hong Kong-style repost (traditional) of 南方plus on 珠海's clearing. The page shows no date: the text's "
        "今(10)日 in a story whose test dates run to 3月9日 stands in (2020-03-10). 截至目前 takes that day: 累計確診98例, "
        "累計死亡1例, 累計出院97例 → confirmed_total, deaths_total, recovered_total; 沒有疑似病例 (said twice) → suspected 0. "
        "珠海市最後2名確診患者…治癒出院 is a discharge report of the city's last two patients (一男一女 restates the two) → "
        "recovered_new 2, though they left one hospital (中大五院): the text counts them as the city's. 確診病例清零 → "
        "hospitalized 0. 64歲 is an age; 1月27日, 1月30日 and 3月5日至9日 are the patient's history, not as-of dates.",
        source="https://exmoo.com/article/143444.html",
    ),
    dict(
        id="b8n02",
        text=(
            "黄先生32岁,从事安防相关工作。1月14日,他和几个同事一起去武汉出差。\n"
            "1月19日,仍然感觉不适,去医院就诊,他在浙大一院被确诊为杭州首例新冠肺炎患者,且感染程度比较严重。\n"
            "2月12日,治愈出院,转入江干区的集中隔离点进行隔离医学观察,时间为14天。\n"
            "2月26日,经浙大一院复诊后,黄先生符合解除医学观察条件,返回家中。\n"
            "截至2月27日24时,全市已连续8天无新增新型冠状病毒肺炎确诊病例。全市累计报告新型冠状病毒肺炎确诊病例169例。"
            "其中:余杭区37例,桐庐县24例,江干区19例,萧山区18例(其中机场检疫1例),西湖区16例,拱墅区12例,上城区10例,"
            "钱塘新区8例,下城区7例,滨江区、富阳区、临安区各5例,建德市3例。累计出院151例(含核减12例)。\n"
            "除现有的2例重症病例(其中危重1例)外,其余病例病情均稳定。\n"
            "截至2月27日24时,全市共追踪到密切接触者8039人,已解除隔离医学观察7896人,尚有143人在隔离医学观察期内。"
        ),
        published="2020-02-28",
        city="杭州市",
        expect=[
            ("confirmed_new", "杭州市", "2020-02-27", 0, "", ""),
            ("confirmed_total", "杭州市", "2020-02-27", 169, "", ""),
            ("confirmed_total", "余杭区", "2020-02-27", 37, "", ""),
            ("confirmed_total", "桐庐县", "2020-02-27", 24, "", ""),
            ("confirmed_total", "江干区", "2020-02-27", 19, "", ""),
            ("confirmed_total", "萧山区", "2020-02-27", 18, "", ""),
            ("confirmed_total", "西湖区", "2020-02-27", 16, "", ""),
            ("confirmed_total", "拱墅区", "2020-02-27", 12, "", ""),
            ("confirmed_total", "上城区", "2020-02-27", 10, "", ""),
            ("confirmed_total", "钱塘新区", "2020-02-27", 8, "", ""),
            ("confirmed_total", "下城区", "2020-02-27", 7, "", ""),
            ("confirmed_total", "滨江区", "2020-02-27", 5, "", ""),
            ("confirmed_total", "富阳区", "2020-02-27", 5, "", ""),
            ("confirmed_total", "临安区", "2020-02-27", 5, "", ""),
            ("confirmed_total", "建德市", "2020-02-27", 3, "", ""),
            ("recovered_total", "杭州市", "2020-02-27", 151, "", ""),
            ("severe", "杭州市", "2020-02-27", 2, "", ""),
            ("critical", "杭州市", "2020-02-27", 1, "", ""),
            ("close_contacts_total", "杭州市", "2020-02-27", 8039, "", ""),
            ("observation_released_total", "杭州市", "2020-02-27", 7896, "", ""),
            ("observation", "杭州市", "2020-02-27", 143, "", ""),
        ],
        note="A repost page on 杭州's first patient with the city's 2月27日 bulletin under it. The page shows no date: the "
        "day after the bulletin's 截至2月27日24时 (2020-02-28) stands in. Paragraphs on the patient's 1月17日–18日 trip were "
        "dropped. 全市 is 杭州 (the story names it). 已连续8天无新增 → ONE confirmed_new 0 on 2月27日. 169例 and the district "
        "list → confirmed_total for the city and each district (钱塘新区 keeps its name; 滨江区、富阳区、临安区各5例 gives 5 to "
        "each; 机场检疫1例 is a subset with no place). 累计出院151例(含核减12例) → recovered_total 151 (12 is a correction). "
        "现有的2例重症病例(其中危重1例) → severe 2, critical 1. 密切接触者8039人 / 已解除7896人 / 尚有143人 → "
        "close_contacts_total, observation_released_total, observation. Reading choice: the first patient's own history "
        "(2月12日,治愈出院; 2月26日 released from observation) is no count of the city's discharges that day, so no "
        "recovered_new; 首例 is an ordinal, 32岁 an age, 14天 a duration.",
        source="http://wap.wuhanx.com/xinwen/40112.html",
    ),
    dict(
        id="b8n03",
        text=(
            "【防疫稳增长】曲靖市积极推动重点项目有序开工复工\n"
            "• 发布日期:2020-02-18\n"
            "• 来源:珠江网\n\n"
            "珠江网讯(通讯员 钟 欧)为积极应对新型冠状病毒感染肺炎疫情对经济发展的影响,曲靖市委、市政府在做好疫情防控工作的"
            "同时,推动一批重点项目开工、复工,确保一季度固定资产投资“开门红”。截至2月16日,各地计划共2月内复工重点项目273个、"
            "总投资1711.97亿元,全市已复工建设项目86个、总投资876.93亿元,已复工项目中有57个为市级“四个一百”重点项目,"
            "总投资742.14亿元。计划2月新开工项目67个,总投资150.27亿元,已组织开工项目14个,总投资35.24亿元。\n\n"
            "目前,马龙区、麒麟区、陆良县、富源县组织举行了集中开工,其余县(市、区)都统一于18日举行。至2月18日,全市将集中开工"
            "项目共计29个,总投资61.15亿元,逐步掀起曲靖市重点项目开工、复工的建设高潮,在坚决打好疫情防控攻坚战的前提下,"
            "恢复曲靖市经济社会稳定发展。"
        ),
        published="2020-02-18",
        city="曲靖市",
        expect=[
            ("sector_total", "曲靖市", "2020-02-16", 273, "重点项目", ""),
            ("resumed", "曲靖市", "2020-02-16", 86, "建设项目", ""),
            ("resumed", "曲靖市", "2020-02-16", 57, "市级四个一百重点项目", ""),
        ],
        note="珠江网 item, page date 2020-02-18. 截至2月16日 dates the figures. 计划2月内复工重点项目273个 is the size of the "
        "set of key projects due to resume this month → sector_total 273 (reading choice); 全市已复工建设项目86个 → resumed 86 "
        "(sector as written, 建设项目); 已复工项目中有57个为市级“四个一百”重点项目 → resumed 57 for that subset (quotation marks "
        "dropped from the sector). New starts are no resumption: 计划2月新开工项目67个, 已组织开工项目14个 and the 29 projects "
        "that 将 start together on 2月18日 (a plan) give nothing; the 总投资 sums are money. 马龙区、麒麟区、陆良县、富源县 held "
        "ceremonies but get no figure.",
        source="https://zjw.cn/info-47636.html",
    ),
    dict(
        id="b8n04",
        text=(
            "3月12日,紅河哈尼族彝族自治州舉行2020年第二次重點項目集中開工儀式。此次集中開工項目共103個,總投資250.65億元,"
            "2020年度計劃投資83.02億元,項目涵蓋綜合交通、產業發展、民生保障、城鎮基礎設施、生態環保等多個領域。\n"
            "今年以來,紅河州在抓好疫情防控的同時,層層壓實責任,鎖定目標任務,千方百計抓項目穩投資,全力推動復工復產,"
            "大力推進重點工程和重大項目建設,堅持每兩個月開工一批重大項目,對重點項目實施“一對一”跟蹤保障服務,做到“開工一批"
            "入庫一批,入庫一批開工一批”,為確保完成全年經濟社會發展各項目標任務奠定了基礎。\n"
            "(記者 李樹芬)"
        ),
        published="2020-03-13",
        city="红河哈尼族彝族自治州",
        expect=[],
        note="A traditional-character mirror of a 云南 paper's item on 红河州's second batch of new projects. The page shows "
        "no date: the URL's zhoushi_0313 under /2020/ (2020-03-13) stands in; the story's day is 3月12日. A page that names "
        "the home prefecture with no case or resumption figure: 集中開工項目共103個 are new starts (集中開工), not resumed "
        "projects, so no resumed and no sector_total; 250.65億元 and 83.02億元 are money; 第二次 and 每兩個月 are no counts. "
        "全力推動復工復產 states no number.",
        source="http://m.qwdsda.cn/html/2020/zhoushi_0313/116192.html",
    ),
    dict(
        id="b8n05",
        text=(
            "日前,记者从市经济和信息化局了解到-\n"
            "截至3月5日,全市348家规范工业企业333家已复工, 回报率为95.7%\n"
            "不包括15家因退出和政策因素而无法复工的企业\n"
            "回报率达到100%\n"
            "3年2月25日复工1993年2月7日石棉县四环锌锗科技有限公司机器轰鸣不停,84消毒剂残留\n"
            "199名工人戴着口罩在生产线上紧张有序地工作,生产的锌锭和高纯二氧化锗被包装并首先送往全国各地,形成建材、医疗器械"
            "等生产线的成套设备。“自3月初以来,我们的生产能力已恢复到90%,汉源厂和石棉厂的员工总数已超过2500人“四环锌锗公司"
            "副总工程师、技术研发中心主任杜敏表示,由于物流和原材料供应商的影响,产能无法完全恢复。\n"
            "四环锌锗只是我市工业企业复工复产的一个缩影。"
        ),
        published="2020-03-05",
        city="雅安市",
        expect=[
            ("sector_total", "雅安市", "2020-03-05", 348, "规范工业企业", ""),
            ("resumed", "雅安市", "2020-03-05", 333, "规范工业企业", ""),
            ("resumption_rate", "雅安市", "2020-03-05", 95.7, "规范工业企业", ""),
            ("resumption_rate", "雅安市", "2020-03-05", 100, "规范工业企业", ""),
            ("workers_returned", "四环锌锗科技有限公司", "2020-03-05", 199, "", ""),
        ],
        note="A machine-rewritten mirror (freep) of a 雅安 city-paper item (its 石棉县 and 汉源 plants place it there); "
        "garbling kept as found (规范工业企业 for 规上工业企业, 回报率 for 复工率, '3年2月25日复工1993年2月7日'). The page shows "
        "no date: the story's own 截至3月5日 stands in. The lines on 省经济和信息局 and its 20 monitored firms, and the "
        "company's closing sentences, were dropped. 全市/我市 with no speaker named mean the home city (the 市经济和信息化局 is "
        "the city's). 348家…333家已复工, 回报率为95.7% → sector_total, resumed, resumption_rate; 不包括15家…回报率达到100% "
        "is kept as a second rate of the same sector and day (reading choice: the text states both). The firm's figure "
        "stays with it: 199名工人…在生产线上…工作 → workers_returned 199 for 四环锌锗科技有限公司 (石棉县 is its seat), dated "
        "3月5日 since its own dates are garbled; 生产能力已恢复到90% is capacity and 员工总数已超过2500人 a staff total "
        "(no tuples); 84 is part of a product name (84消毒剂).",
        source="http://freep.cn/zhuangxiu_6/News_5925019.html",
    ),
    dict(
        id="b8n06",
        text=(
            "新冠肺炎疫情发生以来,黔西南州按照党中央、国务院和省委、省政府、州委州政府一系列决策部署,始终把疫情防控作为"
            "最重要、最紧迫的任务,打好疫情防控的阻击战。报告确诊病 4 例,累计出院病例4例,连续无新增病例,无新增无症状感染者,"
            "报告确诊病例已经清零。为把疫情冲击产业损失夺回来, 黔西南州全力以赴推动“两手硬”“防疫情、抓经济”,把疫情防控和"
            "脱贫攻坚作为当前最重要的工作。\n"
            "恢复经济复工复产,防控疫情措施有力。全州春节前正常生产的361家规模以上工业企业已于全部复工复产,回乡务工人员返岗"
            "就业34.8511万人,新市民返岗就业42138人,重点项目 100% 复工,复工复产和就业保障工作有力有效。"
        ),
        published="2020-03-19",
        city="黔西南布依族苗族自治州",
        expect=[
            ("confirmed_total", "黔西南布依族苗族自治州", "2020-03-19", 4, "", ""),
            ("recovered_total", "黔西南布依族苗族自治州", "2020-03-19", 4, "", ""),
            ("confirmed_new", "黔西南布依族苗族自治州", "2020-03-19", 0, "", ""),
            ("hospitalized", "黔西南布依族苗族自治州", "2020-03-19", 0, "", ""),
            ("sector_total", "黔西南布依族苗族自治州", "2020-03-19", 361, "规模以上工业企业", ""),
            ("resumed", "黔西南布依族苗族自治州", "2020-03-19", 361, "规模以上工业企业", ""),
            ("resumption_rate", "黔西南布依族苗族自治州", "2020-03-19", 100, "重点项目", ""),
        ],
        note="A business paper's item on 黔西南州 (spacing as found: 确诊病 4 例, 重点项目 100% 复工). The page shows no date: "
        "the URL's t20200319 (2020-03-19) stands in, and no figure has a date of its own. 报告确诊病 4 例 → confirmed_total 4; "
        "累计出院病例4例 → recovered_total 4; 连续无新增病例 → ONE confirmed_new 0; 报告确诊病例已经清零 → hospitalized 0; "
        "无新增无症状感染者 has no metric. 361家规模以上工业企业已于全部复工复产 → sector_total 361 and resumed 361 (sector "
        "without 春节前正常生产的; no rate is stated for them); 重点项目 100% 复工 → resumption_rate 100 for 重点项目. Reading "
        "choice: 回乡务工人员返岗就业34.8511万人 and 新市民返岗就业42138人 in a labour-exporting prefecture are people going back to "
        "jobs the text does not place in the prefecture (workers leaving), so no workers_returned.",
        source="http://cbt.com.cn/gsl/dfgsl/202003/t20200319_160850.html",
    ),
    dict(
        id="b8n07",
        text=(
            "2020-02-14 16:46:10 来源:新华网\n"
            "在防控疫情的同时,内蒙古自治区各地积极组织企业复工,促进生产恢复正常,努力保障全国能源和物资的供给。\n"
            "作为内蒙古最大工业城市的包头市,截至2月12日,规模以上工业企业已开工240户,开工率为58%。其中,电力、热力、燃气及水"
            "生产和供应业开工率78%,有色金属冶炼和压延加工业开工率74%,化学原料和化学制品业开工率62%,煤炭、铁矿采选业开工率50%,"
            "农副食品加工业开工率48%,装备制造业开工率37%。上述几个行业的开工企业,占到已开工企业数量的89%。\n"
            "针对全国多地电厂“燃煤”之急,“煤都”鄂尔多斯市采取了系列保障措施,恢复煤炭生产与供应。全市已有64座年产能共达3.46亿吨"
            "的煤矿复工复产,占总产能的41%,正在通过铁路和公路将煤炭快速运往全国各地。"
        ),
        published="2020-02-14 16:46",
        city="包头市",
        expect=[
            ("resumed", "包头市", "2020-02-12", 240, "规模以上工业企业", ""),
            ("resumption_rate", "包头市", "2020-02-12", 58, "规模以上工业企业", ""),
            ("resumption_rate", "包头市", "2020-02-12", 78, "电力、热力、燃气及水生产和供应业", ""),
            ("resumption_rate", "包头市", "2020-02-12", 74, "有色金属冶炼和压延加工业", ""),
            ("resumption_rate", "包头市", "2020-02-12", 62, "化学原料和化学制品业", ""),
            ("resumption_rate", "包头市", "2020-02-12", 50, "煤炭、铁矿采选业", ""),
            ("resumption_rate", "包头市", "2020-02-12", 48, "农副食品加工业", ""),
            ("resumption_rate", "包头市", "2020-02-12", 37, "装备制造业", ""),
        ],
        note="新华网 item on a mirror, page line 2020-02-14 16:46:10. The paragraphs on 鄂尔多斯's chemical firm and 呼和浩特 "
        "were dropped after the 鄂尔多斯 paragraph. 截至2月12日: 规模以上工业企业已开工240户, 开工率为58% → resumed 240 and "
        "resumption_rate 58 (开工率 is the resumption rate); the six industries' 开工率 → resumption_rate per sector. 占到已开工"
        "企业数量的89% is a share of the resumed firms, no metric. The next paragraph's 全市 is 鄂尔多斯 (the sentence's subject, "
        "another city): its 64座 coal mines and 41% give nothing; 3.46亿吨 is capacity.",
        source="http://xinwen.mlzgw.cn/news/shehui/2020/0214/33141.html",
    ),
    dict(
        id="b8n08",
        text=(
            "昌吉州一季度工业经济增势强劲实现“开门红”\n\n"
            "2020年04月08日 12:41   来源:昌吉日报\n\n"
            "天山网讯(记者刘茜报道)前进、旋转、红外测温、数据上传……4月2日,位于准东经济技术开发区的国家电网±1100千伏特高压"
            "昌吉换流站里,3台智能巡检机器人正按既定线路,对变电站内设备和线路进行巡检。\n\n"
            "昌吉换流站一季度向疆外输送电量84亿千瓦时,累计输送电量278.84亿千瓦时。1月2日,国家电投新疆五彩湾发电有限公司1号"
            "机组首次并网发电,一季度生产电量95486.27万千瓦时。\n\n"
            "一季度,新疆昌吉州电力企业开足马力生产,三家新增的“疆电外送”发电企业实现满负荷达产运行,电力热力行业和煤炭开采"
            "行业均增长45%左右,拉动全州工业增长近6个百分点。\n\n"
            "此刻,相距200多公里之外的昌吉国家高新技术产业开发区新疆汇源食品饮料有限公司果汁车间里,水线生产线正全速运转,"
            "经过吹瓶、灌装、贴标、膜包4个程序,一扎扎纯净水下线。公司生产总监翟配军说,3月8日复工生产以来,已向全疆发运纯净水"
            "3万多包,向北京等地发运沙棘汁等18万箱。"
        ),
        published="2020-04-08 12:41",
        city="昌吉回族自治州",
        expect=[],
        note="天山网 carrying 昌吉日报, page line 2020年04月08日 12:41; the paragraph on 准东's coal mine was dropped. A page "
        "that names the home prefecture, two of its zones (准东经济技术开发区, 昌吉国家高新技术产业开发区) and a firm with no "
        "case or resumption figure: electricity, output and shipments are production, 增长45%左右 and 近6个百分点 are growth, "
        "三家…发电企业实现满负荷达产运行 is no resumption count, and 新疆汇源 3月8日复工生产以来 gives a start date, not a "
        "figure. ±1100千伏, 3台 and 4个程序 are equipment counts.",
        source="http://news.ts.cn/system/2020/04/08/036198974.shtml",
    ),
    dict(
        id="b8n09",
        text=(
            "江蘇經(jīng)濟(jì)開發(fā)區(qū)企業(yè)復(fù)工66566家 規(guī)上工業(yè)企業(yè)復(fù)工率91.2%\n\n"
            "2020年03月01日10:11   來(lái)源:我蘇網(wǎng)\n\n"
            "記者從江蘇省商務廳獲悉,截至 2 月 28 日 12 時(shí),全省經(jīng)濟(jì)開發(fā)區(qū)復(fù)工企業(yè) 66566 家,復(fù)工人員 3307198 人。"
            "規(guī)上工業(yè)企業(yè)復(fù)工 13015 家,復(fù)工率 91.2%。其中,蘇州工業(yè)園區(qū)、南京經(jīng)濟(jì)技術(shù)開發(fā)區(qū)、徐州經(jīng)濟(jì)技術(shù)開發(fā)區(qū)、"
            "宿遷經(jīng)濟(jì)技術(shù)開發(fā)區(qū)等規(guī)上工業(yè)企業(yè)復(fù)工率 100%。\n\n"
            "2月27號(hào),一輛大巴從蘇州接回來(lái)自貴州的25名工人,并送達(dá)東臺(tái)領(lǐng)勝公司;2月28號(hào),4輛載有100多名工人的大巴又從"
            "昆明東川區(qū)出發(fā)抵達(dá)東臺(tái)科森公司……從本月23號(hào)開始,東臺(tái)經(jīng)濟(jì)開發(fā)區(qū)連續(xù)組織勞務(wù)專車抵達(dá)部分重點(diǎn)企業(yè),"
            "助力企業(yè)復(fù)工復(fù)產(chǎn)。\n\n"
            "到目前,已組織發(fā)車30多輛次,接收來(lái)自云南昆明、河南三門峽、陜西渭南、山西運(yùn)城等地員工3000多人,且區(qū)內(nèi)20多家"
            "重點(diǎn)企業(yè)有新員工入職,領(lǐng)勝城科技(江蘇)有限公司招聘負(fù)責(zé)人景小軍告訴記者:“主要是幫助我們企業(yè)在云南、貴州、河南"
            "等幾個(gè)用工大省,在積極地聯(lián)系務(wù)工人員, 也在點(diǎn)對(duì)點(diǎn)地聯(lián)系。截至到目前,已經(jīng)幫我們招聘了500多人。已經(jīng)有1000多人"
            "陸陸續(xù)續(xù)在路上了,目前我們復(fù)產(chǎn)率已達(dá)到78%?!?/P>"
        ),
        published="2020-03-01 10:11",
        city="盐城市",
        expect=[
            ("workers_returned", "领胜城科技(江苏)有限公司", "2020-02-27", 25, "", ""),
            ("workers_returned", "东台科森公司", "2020-02-28", 100, "", "more_than"),
            ("workers_returned", "东台经济开发区", "2020-02-28", 3000, "", "more_than"),
        ],
        note="我蘇網 story on a traditional-character mirror with pinyin residue (kept as found), page line 2020年03月01日10:11; "
        "cut before the next paragraph on 連云港 (another city). The first paragraph is 江蘇's (province) and its named zones "
        "are other cities' (蘇州, 南京, 徐州, 宿遷): no tuple for 66566家, 3307198人, 13015家, 91.2% or 100%. 東臺 is a county-level "
        "city of 盐城; reading choice: a zone inside a county-level city keeps its whole name, 东台经济开发区. Workers brought in: "
        "25名工人…送達東臺領勝公司 on 2月27號 → workers_returned 25 for the firm, written in full later as 領勝城科技(江蘇)有限公司; "
        "100多名工人…抵達東臺科森公司 on 2月28號 → 100 more_than for 东台科森公司; 到目前…接收…員工3000多人 → 3000 more_than for "
        "the zone, 到目前 taking the story's last stated date (2月28號). 發車30多輛次 are buses, 20多家 firms with new hires no "
        "resumption count, 招聘了500多人 new hires, 1000多人…在路上 not yet arrived, and the firm's 復產率78% a production "
        "recovery (no resumption_rate; it stays with the firm anyway). 本月23號 is a start. The closing '?!?/P>' is the "
        "page's garbled quote mark and tag, kept as found.",
        source="http://www.rs-spyder.com/news/folder3062/folder3063/2020/03/2020-03-01453820.html",
    ),
    dict(
        id="b8n10",
        text=(
            "2月14日安庆市新型冠状病毒肺炎疫情情况通报\n\n"
            "发表时间:2020-02-14    阅读次数:3724\n\n"
            "2020年2月13日0-24时,安庆市新增报告新型冠状病毒肺炎确诊病例1例,为怀宁县病例。\n\n"
            "累计确诊病例81例,其中桐城市17例、怀宁县15例、潜山市2例、岳西县8例、太湖县5例、望江县6例、宿松县15例、迎江区3例、"
            "大观区2例、宜秀区3例、经开区5例。\n\n"
            "2月14日即将治愈出院3例,累计治愈出院32例。\n\n"
            "新增确诊1例患者基本情况\n\n"
            "确诊患者:女,33岁,怀宁人,家在石牌镇广丰村中心组,在四川省德阳市从事早点生意,系我市之前某确诊患者的密切接触者。"
            "患者1月19日自驾车从德阳市出发,在湖北省利川市留宿一夜,途径武汉市并在武汉周边两个服务区休息,后返回怀宁县。"
        ),
        published="2020-02-14",
        city="安庆市",
        expect=[
            ("confirmed_new", "安庆市", "2020-02-13", 1, "", ""),
            ("confirmed_new", "怀宁县", "2020-02-13", 1, "", ""),
            ("confirmed_total", "安庆市", "2020-02-13", 81, "", ""),
            ("confirmed_total", "桐城市", "2020-02-13", 17, "", ""),
            ("confirmed_total", "怀宁县", "2020-02-13", 15, "", ""),
            ("confirmed_total", "潜山市", "2020-02-13", 2, "", ""),
            ("confirmed_total", "岳西县", "2020-02-13", 8, "", ""),
            ("confirmed_total", "太湖县", "2020-02-13", 5, "", ""),
            ("confirmed_total", "望江县", "2020-02-13", 6, "", ""),
            ("confirmed_total", "宿松县", "2020-02-13", 15, "", ""),
            ("confirmed_total", "迎江区", "2020-02-13", 3, "", ""),
            ("confirmed_total", "大观区", "2020-02-13", 2, "", ""),
            ("confirmed_total", "宜秀区", "2020-02-13", 3, "", ""),
            ("confirmed_total", "经开区", "2020-02-13", 5, "", ""),
            ("recovered_new", "安庆市", "2020-02-14", 3, "", ""),
            ("recovered_total", "安庆市", "2020-02-14", 32, "", ""),
        ],
        note="安庆's 2月14日 bulletin on a party-committee site, 发表时间 2020-02-14; the patient's later movements were cut "
        "after a full sentence. 2月13日0-24时…新增…1例,为怀宁县病例 → confirmed_new 1 for the city and for 怀宁县 (a breakdown "
        "of one). 累计确诊病例81例 and its list carry the same day (2月13日) → confirmed_total per county-level city, county and "
        "district; 经开区 (安庆经开区) keeps its short name. Reading choice: 2月14日即将治愈出院3例 is the bulletin's own day's "
        "discharges → recovered_new 3 on 2月14日, with 累计治愈出院32例 in the same sentence → recovered_total 32 that day. The "
        "patient is 怀宁's (residence); 德阳, 利川 and 武汉 describe her travel and work, not places with figures; 33岁 is an age.",
        source="http://aqtz.gov.cn/index.php/News/show/id/8502.html",
    ),
    dict(
        id="b8n11",
        text=(
            "察右前旗旭峰新创实业有限公司、乌兰察布东阳光化成箔有限公司、苹果(乌兰察布)数据中心已经复工复产。布小林来到这几家"
            "企业,走进施工现场、生产车间,认真了解企业疫情防控、复工复产等方面的情况,详细询问中央和自治区出台的一系列支持企业"
            "复工复产的政策措施是否得到落实、企业生产经营中还存在哪些方面的困难和问题。她指出,企业的生产经营活动一定要在落实好"
            "防护措施的前提下进行,严格防止复工复产后出现聚集性感染。各级各有关部门要靠前服务,主动了解企业需求,帮助解决好"
            "生产经营中遇到的各种困难和问题,与企业共渡难关。\n"
            "布小林还到集宁区桥西棚户区拆迁改造工程现场调研,了解工程进展和民生保障情况。\n"
            "自治区有关部门负责同志参加调研。"
        ),
        published="2020-02-28",
        city="乌兰察布市",
        expect=[],
        note="内蒙古日报's page on the region's chair visiting 乌兰察布 (page path 2020-02/28 stands in for the date; the "
        "paragraph on farms was dropped). A page that names the home city, a banner (察右前旗) and a district (集宁区) with no "
        "figure: three firms 已经复工复产 with no count gives nothing (no resumed, no rate), and 这几家企业 is no number.",
        source="http://szb.northnews.cn/nmgrb/html/2020-02/28/content_20597_106220.htm",
    ),
    dict(
        id="b8n12",
        text=(
            "新疆南疆四地州積極採取措施 加快扶貧龍頭企業復工復産\n"
            "編輯: 王瑞穎 | 時間: 2020-02-27 16:08:41 | 來源: 央視網 |\n"
            "央視網消息:這些天,在做好疫情防控的前提下,新疆南疆四地州積極採取措施,加快扶貧龍頭企業復工復産,吸納貧困勞動力"
            "就地就近就業,確保今年實現脫貧增收。\n"
            "在新疆和田地區皮山縣,新疆崑崙綠源農業科技發展有限公司的所有設備都投入運行,加緊生産。企業現有1281名員工,其中"
            "大部分都是建檔立卡貧困戶。目前在皮山縣共有34家扶貧企業實現了復工復産,到崗就業人數達6800多人。\n"
            "在新疆阿克蘇地區柯坪縣馕文化産業園的標準化生産車間裏,10多名員工也在崗位上忙碌作業。當地政府主動對接企業復工需求,"
            "幫助解決復工復産過程中存在的問題,目前已有90家以上扶貧企業復工復産。\n"
            "在這些復工企業中,生産抗疫一線防護用品和群眾生活物資的重點企業在電力保障、原材料供應、産品外運通道開通等方面都會"
            "優先得到保障。新疆銀谷泰油脂有限公司是新疆喀什地區巴楚縣規模最大的一家食用油生産企業,員工大部分都是當地貧困戶,"
            "目前企業員工返崗率已達到80%,實現生産24小時不停歇,保證食用油産量。"
        ),
        published="2020-02-27 16:08",
        city="和田地区",
        expect=[
            ("resumed", "皮山县", "2020-02-27", 34, "扶贫企业", ""),
            ("workers_returned", "皮山县", "2020-02-27", 6800, "扶贫企业", "more_than"),
        ],
        note="央視網 item on 国际在线's traditional-character gateway, page line 2020-02-27 16:08:41. The home place is 和田地区 "
        "(its 皮山縣 comes first); the other prefectures' figures are not expected: 阿克蘇's 柯坪縣 (10多名員工, 90家以上) and "
        "喀什's 巴楚縣 firm (返崗率80%). 目前 takes the page's day. 皮山縣共有34家扶貧企業實現了復工復産 → resumed 34 (sector "
        "扶贫企业), 到崗就業人數達6800多人 → workers_returned 6800 more_than for the same firms. The firm's 現有1281名員工 is a "
        "staff total, not a count of returned workers (and would stay with the firm); 四地州 and 24小時 are no counts.",
        source="https://big5.cri.cn/gate/big5/taiwan.cri.cn/2020-02-27/9a53305b-53a3-ceaf-3886-6e5f8effa909.html",
    ),
    dict(
        id="b8n13",
        text=(
            "四川涼山:近萬農民工乘專車“一站式”返崗 助力脫貧\n\n"
            "四川涼山是我國最大的彝族聚居區(qū),也是深度貧困地區(qū)。近幾年,涼山每年轉移輸出農村剩余勞動力130萬人次左右,"
            "其中相當一部分來自建檔立卡貧困戶,外出務工是他們脫貧增收的重要渠道。\n\n"
            "為保障外出務工人員安全返崗,四川涼山自2月10日起開展“春風行動”,專車專線運送農民工,至今已累計運送9600多人。\n\n"
            "在涼山州西昌汽車旅游客運中心候車廳,返崗農民工依次接受安全檢查和體溫監(jiān)測,車站工作人員詳細登記他們的健康申報"
            "證明等信息。\n\n"
            "當天共有約300名農民工乘坐專車返崗,專車會將他們直接運送到目的地廣東東莞,減少路上交通換乘環(huán)節(jié),同時節(jié)省時間。"
            "車內嚴格實行限座,空座率達到50%,確保農民工健康安全出行。\n\n"
            "記者了解到,涼山州外出務工人員主要集中在珠三角和長三角地區(qū),當地的“春風行動”,采用“點對點、一站式”跨省出行包車"
            "服務的形式,自2月10日以來,已發(fā)車500趟次,累計運送9600多名農民工返崗。"
        ),
        published=None,
        city="凉山彝族自治州",
        expect=[],
        note="A traditional-character mirror of a 央视 story (pinyin residue kept); the two interview quotes were dropped. "
        "The page shows no date and the text gives no year; 自2月10日起 and the epidemic context place it in February 2020, "
        "so published is None. Workers leaving: 累計運送9600多名農民工返崗 and 約300名…運送到目的地廣東東莞 are people leaving "
        "凉山 for jobs elsewhere, not workers_returned for the home prefecture; 130萬人次 is a yearly outflow; 500趟次 are bus "
        "trips (not transport services restored); 空座率達到50% is a seating rule. No tuple.",
        source="http://www.salomon-boots.com/news/jt/105161.html",
    ),
    dict(
        id="b8n14",
        text=(
            "2020年2月21日0-24时,绍兴市无新增新型冠状病毒肺炎确诊病例;新增出院1例,为上虞区患者。\n"
            "截至2020年2月21日24时,绍兴市累计报告新型冠状病毒肺炎确诊病例42例,现有重症病人5例,累计出院21例。确诊病例中,"
            "其中越城区14例、柯桥区9例、上虞区8例、诸暨市7例、嵊州市2例、新昌县2例。重症病例中,其中柯桥区2例、上虞区2例、"
            "嵊州市1例。出院病例中,其中越城区10例、柯桥区2例、上虞区3例、诸暨市3例、嵊州市1例、新昌县2例。全市共追踪到密切"
            "接触者2134人,已解除隔离观察1915人,尚有215人正在接受隔离医学观察,其中4例隔离中的密切接触者被确诊。\n"
            "【新闻多看点】\n"
            "2020年2月21日0-24时,浙江省报告新型冠状病毒肺炎新增确诊病例2例,新增出院病例47例。其中:\n"
            "新增确诊病例中,省十里丰监狱2例;新增出院病例中,杭州市10例、宁波市5例、温州市23例、绍兴市1例、金华市1例、台州市7例。"
        ),
        published="2020-02-22 22:35",
        city="绍兴市",
        expect=[
            ("confirmed_new", "绍兴市", "2020-02-21", 0, "", ""),
            ("recovered_new", "绍兴市", "2020-02-21", 1, "", ""),
            ("recovered_new", "上虞区", "2020-02-21", 1, "", ""),
            ("confirmed_total", "绍兴市", "2020-02-21", 42, "", ""),
            ("severe", "绍兴市", "2020-02-21", 5, "", ""),
            ("recovered_total", "绍兴市", "2020-02-21", 21, "", ""),
            ("confirmed_total", "越城区", "2020-02-21", 14, "", ""),
            ("confirmed_total", "柯桥区", "2020-02-21", 9, "", ""),
            ("confirmed_total", "上虞区", "2020-02-21", 8, "", ""),
            ("confirmed_total", "诸暨市", "2020-02-21", 7, "", ""),
            ("confirmed_total", "嵊州市", "2020-02-21", 2, "", ""),
            ("confirmed_total", "新昌县", "2020-02-21", 2, "", ""),
            ("severe", "柯桥区", "2020-02-21", 2, "", ""),
            ("severe", "上虞区", "2020-02-21", 2, "", ""),
            ("severe", "嵊州市", "2020-02-21", 1, "", ""),
            ("recovered_total", "越城区", "2020-02-21", 10, "", ""),
            ("recovered_total", "柯桥区", "2020-02-21", 2, "", ""),
            ("recovered_total", "上虞区", "2020-02-21", 3, "", ""),
            ("recovered_total", "诸暨市", "2020-02-21", 3, "", ""),
            ("recovered_total", "嵊州市", "2020-02-21", 1, "", ""),
            ("recovered_total", "新昌县", "2020-02-21", 2, "", ""),
            ("close_contacts_total", "绍兴市", "2020-02-21", 2134, "", ""),
            ("observation_released_total", "绍兴市", "2020-02-21", 1915, "", ""),
            ("observation", "绍兴市", "2020-02-21", 215, "", ""),
        ],
        note="绍兴's 2月21日 bulletin on a 绍兴 news site, with the 浙江 bulletin under 【新闻多看点】 (cut after its first list). "
        "The page shows no date: its id 20202222352534128 (2020-02-22 22:35) stands in. 无新增…确诊病例 → confirmed_new 0; "
        "新增出院1例,为上虞区患者 → recovered_new 1 for the city and for 上虞区. 截至…24时: 累计…42例, 现有重症病人5例, 累计出院21例 "
        "→ confirmed_total, severe, recovered_total; the three lists under 确诊病例中 / 重症病例中 / 出院病例中 give each district's "
        "confirmed_total, severe and recovered_total. 追踪到密切接触者2134人 / 已解除隔离观察1915人 / 尚有215人 → "
        "close_contacts_total, observation_released_total, observation; 其中4例…被确诊 counts contacts who became cases (no "
        "metric). The province's figures are 浙江's and the other cities' (not expected); its 绍兴市1例 restates the same "
        "recovered_new.",
        source="http://pasxw.com/index.asp?bh=20202222352534128",
    ),
    dict(
        id="b8n15",
        text=(
            "豫哈联手推动 伊吾县企业按下生产“快进键”\n\n"
            "2020年03月28日 16:17:25\n\n"
            "新疆中驼医用品科技有限公司工人在无菌环境中生产口罩。 ■买尔哈巴摄\n\n"
            "哈密日报讯 通讯员石彩荷 买尔哈巴 吾守尔报道\n\n"
            "连日来,伊吾县商务科技和工业信息化局工作人员在河南积极协调对接工人赴伊吾县企业复产事宜。在河南省委、省政府的帮助下,"
            "该县企业工人返岗和用工难问题得到进一步解决,为企业按下生产“快进键”打下了基础。\n\n"
            "经多方协调,截至目前,河南已经定点向哈密开通两趟专列,运送1000多名产业工人。伊吾县商务科技和工业信息化局党组书记、"
            "局长杜建国说:“河南省委、省政府对伊吾县企业职工返岗工作给予了大力支持,安排专人帮助协调工人进入火车站,还帮助伊吾县"
            "解决用工难问题,组织招聘人员来到伊吾县企业,支持我县企业的复工复产工作。”"
        ),
        published="2020-03-28 16:17",
        city="哈密市",
        expect=[
            ("workers_returned", "哈密市", "2020-03-28", 1000, "", "more_than"),
        ],
        note="哈密日报 story on 河南援疆网, page line 2020年03月28日 16:17:25 (the URL's 2020/04/07 is the repost's). The "
        "paragraph on 新疆中驼's mask line was dropped. Workers brought in to the home place are counted: 截至目前,河南已经定点向"
        "哈密开通两趟专列,运送1000多名产业工人 → workers_returned 1000 more_than for 哈密市 (the text names 哈密, not 伊吾县, as "
        "their destination), 目前 taking the page's day. 两趟专列 are trains, not transport services restored. 河南 and its "
        "officials are another province (no tuple); 伊吾县 and its firms get no figure.",
        source="http://yuanjiang.hnbs.tv/yjdt/blkx/2020/04/07/6665.html",
    ),
    dict(
        id="b8n16",
        text=(
            "人勤春来早,万事日相催。早在2月3日,位于柳州市新兴工业园区的广西康明斯工业动力有限公司,就向柳江区工信局提出申请,"
            "决定于2月6日正式开工生产。在防控新冠肺炎疫情的同时,柳州工业企业分批逐步恢复生产。柳州市工信局统计数据显示,"
            "截至2月11日,全市942家规模以上工业企业有343家复工复产,复工率为36.4%,复工人数7.1万人。\n"
            "2月8日,柳州市工信局下发通知,要求工业企业疫情防控期间复工复产必须达到8个条件,包括“厂区封闭管理”“人员管控”"
            "“杀菌消毒”“落实岗位防疫措施”等。这份通知被分发至各个县区、各个工业企业,要求遵照执行。康明斯公司相关负责人表示,"
            "目前公司已有187人上班,其他员工在家办公。该公司已取消集中配工作餐,改为一次性餐盒分批次配送至工位就餐,确保人员分批次"
            "在间隔不小于1.5米的环境里就餐。新兴工业园区管委会负责人说,截至2月11日,园区里已有85家企业复工复产。在河西高新区,"
            "柳州市双铠工业技术有限公司要求员工返厂前必须报告春节假期行程和身体情况,从疫区或重点省份回来以及有发热症状的员工"
            "自行隔离观察,工人入厂前对工作场地和设备进行消杀。河西高新区管委会负责人表示,柳南辖区复工的规模以上企业67家,"
            "约占企业总数的46%。\n"
            "据介绍,目前复工企业中,因疫情防控、城市运行和生活必需品而复工的占50%,因配套主机厂复工的占30%,其他因自身订单等市场"
            "因素的占20%。在复工企业中,大型企业起了龙头作用。柳钢、上汽通用五菱、柳工、东风柳汽、广西汽车集团、烟厂、供电局、"
            "两面针8家企业复工约3万人,占全市企业复工人数的42.3%。"
        ),
        published="2020-02-11",
        city="柳州市",
        expect=[
            ("sector_total", "柳州市", "2020-02-11", 942, "规模以上工业企业", ""),
            ("resumed", "柳州市", "2020-02-11", 343, "规模以上工业企业", ""),
            ("resumption_rate", "柳州市", "2020-02-11", 36.4, "规模以上工业企业", ""),
            ("workers_returned", "柳州市", "2020-02-11", 71000, "规模以上工业企业", ""),
            ("workers_returned", "广西康明斯工业动力有限公司", "2020-02-11", 187, "", ""),
            ("resumed", "柳州市新兴工业园区", "2020-02-11", 85, "企业", ""),
            ("resumed", "柳南区", "2020-02-11", 67, "规模以上企业", ""),
            ("resumption_rate", "柳南区", "2020-02-11", 46, "规模以上企业", "about"),
        ],
        note="广西县域经济网 item on 柳州's resumption (the closing paragraph on the big firms' methods was cut after a full "
        "sentence). The page shows no date: the story's own 截至2月11日 stands in. 全市942家…343家复工复产,复工率为36.4%,复工人数7.1万人 "
        "→ sector_total, resumed, resumption_rate and workers_returned 71000. The firm's figure stays with it: 康明斯 目前…187人上班 → "
        "workers_returned 187 for 广西康明斯工业动力有限公司; of its paragraph's dates 2月8日 is in a sentence with no "
        "figure and 截至2月11日 dates the zone's figure, so 目前 takes 2月11日. 园区里已有85家企业复工复产 → resumed 85 for the zone, which keeps the name it is first "
        "written with, 柳州市新兴工业园区 (reading choice). 柳南辖区…规模以上企业67家,约占企业总数的46% → 柳南区 resumed 67 and "
        "resumption_rate 46 about (河西高新区's manager speaks for it). 50%/30%/20% are shares of resumed firms; 柳钢…8家企业复工约3万人 "
        "is a total for a list of firms, neither one firm's nor the city's (no tuple); 42.3% is its share. 8个条件, 1.5米 and 2月3日 / "
        "2月6日 (one firm's application and start) are no figures.",
        source="http://m.gxcounty.com/show-7-154865-0.html",
    ),
    dict(
        id="b8n17",
        text=(
            "2月18日,随车医务人员在出发前为返岗务工人员检测体温。\n"
            "当日,广西首批粤桂扶贫劳务协作返岗专车从广西融安县发车,将57名农民工送往广东惠州市。为减轻疫情对返岗务工人员的影响,"
            "广西人社部门与广东用工企业积极协调,组织免费大巴专车接送返岗务工人员。大巴专车都已进行全面消杀,并配备随车医务人员,"
            "为务工人员做好体检。"
        ),
        published=None,
        city="柳州市",
        expect=[],
        note="A photo caption (新华社 style) on a poverty-relief site. The page shows no date and the text gives no year; the "
        "first 粤桂 workers' bus of the epidemic spring places it on 2020-02-18, so published is None. Workers leaving: "
        "57名农民工 are taken from 融安县 (柳州) to jobs in 广东惠州市 → no workers_returned for 融安县 or 柳州市, and 惠州 is "
        "another province's city. 首批 is an ordinal. No tuple.",
        source="https://3w.cxfupin.com/news/1504.html",
    ),
    dict(
        id="b8n18",
        text=(
            "河北涿鹿有序推进企业复工复产\n\n"
            "2020-02-24 08:35:00 来源:张家口日报\n\n"
            "连日来, 在抓好疫情防控工作的同时,涿鹿县通过加强组织领导、强化协调管理、完善服务机制,有序推进企业复工复产。 "
            "截至目前,该县已有77家企业恢复生产,其中20家规上企业已复工16家。\n\n"
            "涿鹿县成立专项工作管理协调组和5个专班,制定“1+5”方案,对企业复工复产进行总体安排,切实解决企业面临的困难,努力把"
            "疫情影响降到最低。"
        ),
        published="2020-02-24 08:35",
        city="张家口市",
        expect=[
            ("resumed", "涿鹿县", "2020-02-23", 77, "企业", ""),
            ("sector_total", "涿鹿县", "2020-02-23", 20, "规上企业", ""),
            ("resumed", "涿鹿县", "2020-02-23", 16, "规上企业", ""),
        ],
        note="张家口日报 story on 河北新闻网's 张家口 channel, page line 2020-02-24 08:35:00; the paragraphs on shops and other "
        "trades were dropped. 该县 is 涿鹿县 (named in the headline and before the figure). 截至目前 with no date of its own in a "
        "page published before 12:00 dates the figures to the day before (2月23日). 已有77家企业恢复生产 → resumed 77 (sector "
        "企业); 其中20家规上企业已复工16家 → sector_total 20 and resumed 16 for 规上企业 (no rate is stated). 5个专班 and “1+5”方案 "
        "are no counts.",
        source="http://zjk.hebnews.cn/2020-02/24/content_7714556.htm",
    ),
    dict(
        id="b8n19",
        text=(
            "一、总体情况\n"
            "3月份,全州规模以上工业企业107家,实现工业增加值3.5亿元,同比增长51.4%。1-3月实现工业增加值6.4亿元,同比增长11.9%。"
            "增速位居全疆前列。\n"
            "二、企业开工情况\n"
            "2020年全州规模以上工业企业107家,除季节性停产企业外,3月当月开工生产73家,开工率70%。\n"
            "三、分县市情况\n"
            "1-3月,博乐市规上企业40家,实现工业增加值2.64亿元,同比增长11.4%,占全州工业增加值的41%;阿拉山口市规上企业34家,"
            "实现工业增加值2.56亿元,同比增长11.2%,占全州工业增加值的40%;精河县规上企业27家,实现工业增加值1.09亿元,同比增长15.5%,"
            "占全州工业增加值的17%;温泉县规上企业6家,实现工业增加值1195万元,同比增长3.8%,占全州工业增加值的1.9%。"
        ),
        published=None,
        city="博尔塔拉蒙古自治州",
        expect=[
            ("sector_total", "博尔塔拉蒙古自治州", "2020-03-31", 107, "规模以上工业企业", ""),
            ("resumed", "博尔塔拉蒙古自治州", "2020-03-31", 73, "规模以上工业企业", ""),
            ("resumption_rate", "博尔塔拉蒙古自治州", "2020-03-31", 70, "规模以上工业企业", ""),
        ],
        note="博州's government statistics page on March 2020 industry (the table and the industry list were dropped). The "
        "page shows no date; the text's 2020年 gives the year, so published is None. 全州 is 博州 (the page's own). Reading "
        "choice: 3月当月开工生产73家,开工率70% is dated to the month's last day (2020-03-31); 2020年全州规模以上工业企业107家 in "
        "the same sentence → sector_total 107, 73 → resumed, 70 → resumption_rate (开工率). Value added, growth rates and "
        "shares are no metrics; the county lines (博乐市规上企业40家, 阿拉山口市34家, 精河县27家, 温泉县6家) count firms only for "
        "output, so no sector_total for them (reading choice).",
        source="https://www.xjboz.gov.cn/info/3414/138759.htm",
    ),
    dict(
        id="b8n20",
        text=(
            "丹东新闻网讯 记者乔戍宇 2月28日,记者从丹东市工业和信息化局获悉,截至2月27日,丹东市3530户工业企业中1897户开复工,"
            "开复工率为53.7%。\n"
            "其中,376户规模以上工业企业中有344户开复工,开复工率达91.5%,与去年同期水平基本持平。预计3月底开复工企业将达到353户,"
            "开复工率将达到93.9%。3154户规模以下企业有1553户企业开复工,开复工率为49.24%。已实现开复工的344户规上企业,产值占全市"
            "规模企业总量的94.2%。\n"
            "据了解,新冠肺炎疫情发生以来,丹东市不少工业企业因为物流、上下游供应链以及销售客户停产停工而无法进行正常运营。2月中旬后,"
            "丹东市部分企业克服困难逐渐恢复生产。五一八配件厂2月10日按要求复工,目前产能利用率90%左右,预计一季度产值同比下降35%,"
            "但全年产值将由降转升;禾丰成三食品原定于2月2日开工,后按要求延期至2月7日开工,目前满负荷生产,预计一季度产值同比增长13%。"
        ),
        published="2020-03-02",
        city="丹东市",
        expect=[
            ("sector_total", "丹东市", "2020-02-27", 3530, "工业企业", ""),
            ("resumed", "丹东市", "2020-02-27", 1897, "工业企业", ""),
            ("resumption_rate", "丹东市", "2020-02-27", 53.7, "工业企业", ""),
            ("sector_total", "丹东市", "2020-02-27", 376, "规模以上工业企业", ""),
            ("resumed", "丹东市", "2020-02-27", 344, "规模以上工业企业", ""),
            ("resumption_rate", "丹东市", "2020-02-27", 91.5, "规模以上工业企业", ""),
            ("sector_total", "丹东市", "2020-02-27", 3154, "规模以下企业", ""),
            ("resumed", "丹东市", "2020-02-27", 1553, "规模以下企业", ""),
            ("resumption_rate", "丹东市", "2020-02-27", 49.24, "规模以下企业", ""),
        ],
        note="丹东新闻网 item on 国际在线-辽宁; the page's date is its URL's 20200302 (the story is dated 2月28日); the closing "
        "sentence on 凤城's garment firms was dropped. 截至2月27日 dates the three groups: 3530户工业企业…1897户开复工,53.7%; "
        "376户规模以上工业企业…344户,91.5%; 3154户规模以下企业…1553户,49.24% → sector_total, resumed and resumption_rate each "
        "(开复工率 is the resumption rate). 与去年同期水平基本持平 is a comparison, no figure; 预计3月底…353户…93.9% is a forecast "
        "(no tuple); 94.2% is a share of output. The firms' figures stay with them and are no metrics: 五一八配件厂's 产能利用率90%左右 "
        "is capacity and its 35% an output forecast; 禾丰成三食品's 2月2日 / 2月7日 are start dates and 13% a forecast.",
        source="https://ln.cri.cn/20200302/cf9e56ac-e0ea-ed46-1892-25fdcab7325b.html",
    ),
]
