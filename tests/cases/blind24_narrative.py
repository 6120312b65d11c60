"""Removed before the first run (the maintainer's checks): b24n01 (its page names 湖南 in a
patient's route, left out of the excerpt: the page is excluded), b24n03 and b24n09 (bulletin or
mirror wording shared with an eval table), b24n08 (shared with a holdout table).

Twenty-fourth BLIND table of golden cases taken from REAL narrative local news (January–April 2020).

Each of the 9 entries is a short verbatim excerpt in which one place's story is told by an outlet: city notices and
stories with district lists (达州, 四川新闻网; 徐州, the city's 24th notice on a medical portal; 衢州, a discharge story with
the city's notice on ttnews; 金华, the city's notice on 东阳新闻网), a machine transcript of a TV news item on a city in
words (荆州, on a site of local news programmes), and resumption stories of a city's factories (眉山, 眉山网), a high-tech
zone (成都高新区, 每日经济新闻 on a mirror), a national-level development zone and a firm in it (余杭经济技术开发区 in 杭州,
浙江卫视 on a 江苏 portal) and a town and a firm in it (黄泽镇 in 绍兴, 越牛新闻). `city` names the home city in full.
`expect` lists every tuple the text supports for that city, its districts, counties, county-level cities, towns and
zones, and for any firm the text gives a figure to; each tuple reads (metric, region, as_of_iso_date, value, sector,
qualifier).

How it was made: the annotations come from the texts alone, under the binding rules of tests/cases/ANNOTATION.md and
shared/gold/FORMAT.md (and the dev_cases.py docstring they point to); where ANNOTATION.md lists open readings, the
first-listed one is followed. Nothing of the extractor was opened or run, and no test, CLI or evaluation script was run.
From the other tables only blind23_narrative.py's docstring and its first two entries were read, for the layout; the
`city=` values of all blind*.py tables were grepped for their home cities (none of the nine home cities is a home city
of blind23_*.py; blind24_feeds.py did not exist when this table was finished). Every other look at the tables was a
`grep -rlF` (file names only), with one slip: one grep asked for the context of a list item in blind10_narrative.py and
printed nothing, so nothing of that table was seen. The helper's brief lay in a scratch folder whose file names were
listed once; no other file there was opened. The texts were found with the `search` tool (corpus `pages`; one query to
`code` found no news archive); each text is what the search showed of its page.

Nine entries, all with expected tuples: some 115 searches went to named counties, towns and districts (四川, 贵州, 云南,
广西, 江西, 河北, 山西, 吉林, 黑龙江, 内蒙古, 新疆, 海南, 江苏, 浙江, 广东), zones and parks, trades (socks, pumps,
bearings, textiles), hospital pages, county TV and transcripts of local news programmes, e-papers, Hong Kong, Taiwanese
and overseas Chinese outlets, and WeChat and portal mirrors. Most returned provincial bulletins or pages already in a
table; some 95 candidates went through the grep checks and 9 are kept.

Overlap and exclusion checks: for every candidate the URL's distinctive part (the page id or last path segments) and two
to six distinctive 12–20-character snippets (headlines, figures with their nouns, list items, names of firms, people and
places) were converted with OpenCC to simplified (t2s) and to traditional (s2t), and each form, with the snippet as
found, was grepped with `grep -rlF` across tests/cases and tests/data; every kept excerpt was then converted whole to
simplified and ten 15-character windows spread over it were grepped, each also in traditional, and for the excerpt with
the mirror's pinyin (b24n03) ten more windows with the pinyin removed. Kept texts have no hit, with boilerplate
exceptions: in b24n03 two windows, fù)工復(fù)產(chǎn and (yè)復(fù)工復(fù), are the mirror family's garbled spelling of 复工复产,
found in many tables (the ten windows without pinyin have no hit); in b24n09 the window 24时,金华市新增新型冠状病毒 (the
opening formula of every 金华 daily notice) is found in eval_realworld.py, while the page address, the counts (新增…7例,
累计…34例), the list (东阳市10例、义乌市12例、永康市5例、浦江县3例) and the patients' lines are not. The per-place lists kept
(达州's, 徐州's, 衢州's and 金华's) were grepped item by item in runs of two to three and appear in no table.
Dropped for an overlap (hits of the URL and snippets): 永胜 (lijiang.cn, blind2), 运城 (thch813, dev_feeds and two more),
吉安 (maidi.me, dev_realworld), 灵山 in 钦州 (yybnet, dev_narrative), 井冈山经开区 (jgsdaily, blind6), 苍溪 in 广元 (dzsm,
blind_narrative), 甘孜 (甘孜日报, blind5), 湾里区 (nctvcloud, dev_realworld and eval_narrative), 孝义 (163.com, blind7),
双鸭山 (hljnews, blind_narrative), 丰泽区 (fjsen, blind_narrative), 德阳 (twgreatdaily, holdout_narrative), 大兴安岭 (dbw,
blind5), 上杭工业园区 (ccmn, blind3), 兴宁 (gcable, blind2), 福鼎工业园区 (bbczb, dev_county), 松原 (ttnews,
holdout_realworld), 宁德's 1081 firms (ndwww, dev_narrative and dev_feeds), 秦皇岛 (hdzc, blind3), 钟祥 (hujibbs,
dev_county), 汕头 (kcqsx, blind13), 临夏州 (gansudaily, dev_narrative and holdout_realworld), 巫山 (wushannews,
holdout_narrative), 大悟 (xgnews, blind4), 三门峡示范区 (smxsfq, blind10), 麻涌 (ttnews, blind5), 涪城区 (thecover,
blind_narrative and bugs_caught), 蒙自 (hhmz, blind5), 攀枝花 (sina, blind11), 成都高新区's 12.7万人 (成都商报 e-paper,
blind_narrative), 大理州 (gov.cn big5, blind4), 利川 (lcaj, blind4), 滁州 (滁州日报 e-paper, dev_narrative and more), 宿州
(yybnet, blind8_feeds), 上饶 (shi-fen, blind11; 800800s, eval_feeds), 宜春 (huashangw, dev_realworld), 定海 (zjol,
dev_narrative), 台州 (taizhou.com.cn, dev_narrative), 柳州 (gxcounty, blind8; yybnet, eval_narrative), 四平 (sina,
blind6_feeds), 昆明 (ztnews, eval_realworld), 店口镇 (workercn, blind21).
Dropped for a per-place list already in a table: 眉山's 2月25日 story (四川在线, whose list 东坡区4例、仁寿县4例 is in
blind10_narrative; the kept 眉山 page is an earlier one without a list) and 德州 (齐鲁网, whose 武城县13例 is in blind4_feeds).
Dropped for other reasons: pages without a date or year (凌源经济开发区 in 朝阳; 华蓥 in 广安, which also names no speaker
for its 我市; 梅州's clearance story, whose address gives only the month, and 梅州's 再减一 page; 揭阳's clearance;
永丰镇 and 梅陇镇 resumption notes; 华中路街道, whose city is not named); pages of another year (古田 大甲, 2021; 温溪镇,
2024; 大厂 and others, 2022); synonym-rewritten mirrors (新疆's parks on ly95511, whose zone names are garbled, 高新手艺工业
开发区; 寿光 台头镇, 雅安 and 绥化 on freep.cn); 湖南 places or pages naming 湖南 in their figure paragraphs (马路镇, likely
in 安化; 双峰; 黄冈's 治愈破千 on a 新华网 mirror, whose paragraphs name a 湖南 medical team); not a local figure story or an
unclear reading (鄢陵's photo caption, 新昌's inspection and 隆安's visit, without figures; 重庆 巴南's factory cluster, a
factory's count; 玉环's 返岗大巴, a returnee group; 公主岭, whose home city in February 2020 is unclear; 宁德's bare 2月8日
notice and several provincial bulletins, feeds rather than stories; 宿松 and 沭阳, shown without an address).
Every kept excerpt was checked for the reserved city and for 湖南 places and outlets (none is named; b24n01's page names
another province in a patient's route line, which was left out, and the page comes from 四川), and none comes from the
DXY feed, a mirror of it or a site reposting its live reports.

Home cities and outlets (9 cases, 9 home cities, 4 provinces):
  达州市 (四川; 四川新闻网) · 眉山市 (四川; 眉山网) · 成都市 (四川; 每日经济新闻 on a mirror: 高新区) · 徐州市 (江苏; the city's
  notice on a medical portal) · 荆州市 (湖北; 广东 TV transcript on a news-programme site) · 杭州市 (浙江; 浙江卫视 on 中国江苏网:
  余杭经济技术开发区) · 绍兴市 (浙江; 越牛新闻: 黄泽镇) · 衢州市 (浙江; a discharge story on ttnews) · 金华市 (浙江; 健康金华's notice
  on 东阳新闻网).
Texts are copied as found: traditional characters with the mirror's pinyin garbling (b24n03: 經(jīng)濟(jì), 復(fù)工),
a transcript with counts in words and misheard words (b24n05: 一千零七十五例, 新官肺炎, 一千零二里), a misprint (卫健卫,
b24n01), a space after a full stop (b24n05), mixed full-width and half-width brackets. Lines of page chrome (source, author,
time and view lines, summaries repeating the first sentence, image names, photo captions and credits, share lines,
footers), repeated headline lines, blank lines, leading indentation and paragraphs not needed were dropped; a paragraph is
only cut after a full sentence. `published` is the date (and time) the page shows; where it shows none (b24n05 shows the
programme's date; b24n08 none) the page line or the page id stands in, as the note says.

Ways of writing covered (number of cases; see the notes):
  (1) city notices and stories with district lists (4): 累计报告…36例,其中:通川区5例、…渠县8例… (b24n01); 按照病例管理地区划分,
    鼓楼区3例,…邳州市15例 (b24n04); 确诊病例中:柯城区2例… 重症病例中:江山市1例… (b24n08); 新增…7例,其中东阳市3例、义乌市4例 and
    累计…34例(婺城区1例…) (b24n09);
  (2) counts in words in a machine transcript (1): 累计报告新官肺炎病例一千零七十五例, 全市累计死亡十七例, 目前仍在医院治疗一千零二里,
    其中重症一百三十例危重症五十例 (b24n05);
  (3) current and cumulative side by side (4): 36例患者中,重症1例,已治愈出院5例 (b24n01); 目前治愈出院17例 after 累计…76例 (b24n04);
    现有重症病例2例 (b24n08); 累计治愈出院病例3例 beside 新增治愈出院病例3例 (b24n09);
  (4) contacts and observation (3): 累计追踪到密切接触者2197人…现已解除医学观察1541人,继续接受医学观察656人 (b24n01); the same three in
    b24n04; 现累计追踪密切接触者八千九百一十四人尚在接受医学观察四千六百二十一人 (b24n05);
  (5) none-statements and runs (2): 无新增…确诊病例 with 连续三天0新增 (b24n08); 无新增重症病例 (b24n09);
  (6) a discharge named by an ordinal, no figure (1): 成为我市第三例治愈出院的…患者, 第3例确诊患者治愈出院 (b24n08);
  (7) resumption of a city's factories, a zone, a national-level zone and a town (4): 全市规模以上工业企业共596户已有79户企业复工 (b24n02);
    已有超七成規上工業企業復工復產,復工規上工業企業總數達250家 (b24n03); 开发区299家规上企业已经全部实现复产,到岗率也超过了80% (b24n06);
    截至昨日,辖区内规上企业全部复工 (b24n07);
  (8) firms' workers (2): 已经有500多名员工到岗 (b24n06); 今天公司70%的员工正式复工 (b24n07);
  (9) numbers that are not figures (most cases): team sizes (二百四十人), area and population, a case-fatality rate (病死率百分之一点五八),
    output and capacity (产能…恢复90%以上), shares by origin (85%的员工为本地人), firms under a liaison scheme (50个重点企业), ages,
    ordinals (患者1, 第3例), durations and dates.

Reading choices made here where the binding conventions are silent or open (each note says which; unsure ones say so):
* Open readings of ANNOTATION.md: a first-listed reading is followed throughout: a discharge named by an ordinal in words
  gives no recovered_new (b24n08); 危重型 inside a cumulative breakdown is critical_total (b24n04). No local-only count,
  garbled place name with a figure, 全部解除 after contacts, intensive-care count or short prefecture name occurs.
* A discharge count with 目前 or 已…中 beside a cumulative count is read as recovered_total although the word is not
  累计/共/总 (b24n01, b24n04; unsure). 重型 inside a cumulative breakdown is read as severe (b24n04, as blind23; unsure);
  累计重症 has no metric (b24n09; unsure).
* 目前 is dated by the nearest stated date in its paragraph, else by the date an earlier paragraph gave (b24n01, b24n04,
  b24n05), else by the publication day (b24n02, b24n06); 近日 in a news item takes the publication day, the morning rule
  being kept for daily bulletins (b24n03; unsure).
* In a transcript, a number written in words with a misheard unit is read (一千零二里 → 1002), a misheard number is not
  (新增出院实力, no tuple) (b24n05; unsure).
* …N家…全部复工/全部实现复产 gives sector_total N, resumed N and resumption_rate 100 (b24n06); without N only the rate 100
  (b24n07; unsure). Workers' rates for a place carry the sector of their sentence; firms' figures have sector "".
* A zone named by its district (余杭经济技术开发区) keeps its whole name; a zone of a kind a city has one of drops its city's
  name (成都高新区 → 高新区); a town keeps its full name (黄泽镇). Firms are given as the text writes them (杭州德意电器股份有限公司,
  双鸟集团); sectors are given in simplified script.
"""

CASES = [
    dict(
        id="b24n02",
        text=(
            "“复工以来,经信部门、地方政府非常负责,每天上门巡查、宣传,督促防疫措施到位。我们坚持对每位进出人员测量体温并登记,坚持每天做好消毒工作,确保工作环境安全干净,全力做到防疫、复工两不误。”企业相关部门负责人告诉记者。\n"
            "疫情发生以来,我市通过制定《眉山市重点工业企业复工复产包保工作方案》、《眉山市企业疫情防控工作手册》,建立50个重点企业和50个重点项目包保联系服务制度、疫情防控物资生产企业驻企联络员制度等举措,千方百计推动工业企业复工复产。截止目前,全市规模以上工业企业共596户已有79户企业复工;科伦药业、康博医疗、国为制药等11户疫情防控物资生产企业加足马力生产。"
        ),
        published="2020-02-07 21:12",
        city="眉山市",
        expect=[
            ("sector_total", "眉山市", "2020-02-07", 596, "规模以上工业企业", ""),
            ("resumed", "眉山市", "2020-02-07", 79, "规模以上工业企业", ""),
        ],
        note=(
            "眉山网's own story on the city's factories (新闻来源:眉山网, 更新时间:2020-02-07 21:12:47, dropped as page chrome with the editor's line, the photo caption and the share line). Kept: the two text paragraphs as the page shows them (it opens with a quotation; its start is what the search showed). 我市 has no other speaker than the outlet of the home city → 眉山市. 截止目前,全市规模以上工业企业共596户已有79户企业复工 → sector_total 596 and resumed 79 for 眉山市, sector 规模以上工业企业; 截止目前 has no date in its paragraph or before, so it takes the publication day, 2020-02-07. 科伦药业、康博医疗、国为制药等11户疫情防控物资生产企业加足马力生产 says they are producing at full tilt, not that they resumed → no tuple (unsure; it could be read as resumed 11 for 疫情防控物资生产企业). 50个重点企业和50个重点项目 are the firms and projects put under the liaison scheme → no tuple."
        ),
        source="http://www.mshw.net/xwzx/msyw/202002/t20200207_473478.html",
    ),
    dict(
        id="b24n04",
        text=(
            "疫情通报(24号)\n"
            "2020年2月13日0-24时,我市新增新型冠状病毒肺炎确诊病例5例,均为普通型病例。全市累计报告新型冠状病毒肺炎确诊病例76例,其中,有轻型病例2例,普通型病例72例,重型病例1例,危重型病例1例。目前治愈出院17例。已确诊病例中,按照病例管理地区划分,鼓楼区3例,云龙区6例,贾汪区7例,泉山区5例,丰县3例,沛县7例,睢宁县28例,新沂市2例,邳州市15例。\n"
            "目前追踪到密切接触者1996人,已解除医学观察1332人,尚有664人正在接受医学观察。\n"
            "新增病例情况\n"
            "患者1:郭某,女,33岁,住睢宁县睢城镇睢中教师公寓,为确诊病例的密切接触者。1月21日17时许到人民西路红叶小区南门西面的杜氏酒业购物。1月30日下午被隔离观察。2月13日确诊为新型冠状病毒肺炎,现在定点医疗机构隔离治疗。"
        ),
        published="2020-02-14 10:56",
        city="徐州市",
        expect=[
            ("confirmed_new", "徐州市", "2020-02-13", 5, "", ""),
            ("confirmed_total", "徐州市", "2020-02-13", 76, "", ""),
            ("severe", "徐州市", "2020-02-13", 1, "", ""),
            ("critical_total", "徐州市", "2020-02-13", 1, "", ""),
            ("recovered_total", "徐州市", "2020-02-13", 17, "", ""),
            ("confirmed_total", "鼓楼区", "2020-02-13", 3, "", ""),
            ("confirmed_total", "云龙区", "2020-02-13", 6, "", ""),
            ("confirmed_total", "贾汪区", "2020-02-13", 7, "", ""),
            ("confirmed_total", "泉山区", "2020-02-13", 5, "", ""),
            ("confirmed_total", "丰县", "2020-02-13", 3, "", ""),
            ("confirmed_total", "沛县", "2020-02-13", 7, "", ""),
            ("confirmed_total", "睢宁县", "2020-02-13", 28, "", ""),
            ("confirmed_total", "新沂市", "2020-02-13", 2, "", ""),
            ("confirmed_total", "邳州市", "2020-02-13", 15, "", ""),
            ("close_contacts_total", "徐州市", "2020-02-13", 1996, "", ""),
            ("observation_released_total", "徐州市", "2020-02-13", 1332, "", ""),
            ("observation", "徐州市", "2020-02-13", 664, "", ""),
        ],
        note=(
            "徐州's 24th notice (疫情通报(24号)) as a 徐州 medical portal reposts it from 徐州健康网 (信息来自:徐州健康网, 发布时间:2020-02-14 10:56:00; the page's summary line repeats the first sentence and was dropped with the chrome). Kept: the title, the two figure paragraphs, the 新增病例情况 header and the first patient's paragraph; the second patient's paragraph, cut off on the page, was left out. 我市 names no other speaker → 徐州市. 2020年2月13日0-24时,我市新增…5例 → confirmed_new 5 on 2020-02-13; 全市累计报告…76例 → confirmed_total 76; its breakdown 轻型2例, 普通型72例 has no metric, 重型病例1例 → severe 1 and 危重型病例1例 → critical_total 1 (the first-listed open reading for 危重症 inside a cumulative breakdown; severe for 重型 follows blind23's reading, unsure). 目前治愈出院17例 → recovered_total 17 (目前 beside the cumulative count read as the total so far; unsure, the word is not 累计/共/总). 按照病例管理地区划分 list → confirmed_total per district, county and county-level city. 目前追踪到密切接触者1996人, 已解除医学观察1332人, 尚有664人正在接受医学观察 → close_contacts_total, observation_released_total, observation, dated by the earlier paragraph's 2月13日. 患者1 is an ordinal; her address in 睢宁县 and dates (1月21日, 1月30日, 2月13日) give no tuple."
        ),
        source="http://hhmyw.cn/article/12745.html",
    ),
    dict(
        id="b24n05",
        text=(
            "[广东新闻联播]湖北荆州:累计报告新冠肺炎病例1075例\n"
            "湖北荆州:累计报告新冠肺炎病例1075例。 本台收到的最新消息广东支援湖北省荆州医疗队第二批成员约二百四十人今天傍晚从广州白云国际机场出发持原湖北荆州。接下来让我们通过一组数据来了解一下现在荆州的基本情况。荆州市湖北省地级市位于湖北中南部长江中游汉江平原腹地全市国土面积一点四一万平方公里总人口达六百九十万二月十号零点是二十四点荆州市新增新官肺炎病例三十例新增出院实力截至二月十号二十四点荆州市累计报告新官肺炎病例一千零七十五例全市累计治愈出院五十六例全市累计死亡十七例病死率百分之一点五八目前仍在医院治疗一千零二里其中重症一百三十例危重症五十例全在全市十家定点医疗机构接受隔离治疗现累计追踪密切接触者八千九百一十四人尚在接受医学观察四千六百二十一人。广东台综合报道。"
        ),
        published="2020-02-11",
        city="荆州市",
        expect=[
            ("confirmed_new", "荆州市", "2020-02-10", 30, "", ""),
            ("confirmed_total", "荆州市", "2020-02-10", 1075, "", ""),
            ("recovered_total", "荆州市", "2020-02-10", 56, "", ""),
            ("deaths_total", "荆州市", "2020-02-10", 17, "", ""),
            ("hospitalized", "荆州市", "2020-02-10", 1002, "", ""),
            ("severe", "荆州市", "2020-02-10", 130, "", ""),
            ("critical", "荆州市", "2020-02-10", 50, "", ""),
            ("close_contacts_total", "荆州市", "2020-02-10", 8914, "", ""),
            ("observation", "荆州市", "2020-02-10", 4621, "", ""),
        ],
        note=(
            "A machine transcript of a 广东 TV news item on 荆州, on a site of local news programmes (page line 湖北新闻联播:2020-02-11 gives `published`; the title line says 广东新闻联播). Kept: the title and the first paragraph up to 广东台综合报道。; the live link with the reporter that follows was left out. Counts are in words and the transcript garbles words (新官肺炎 for 新冠肺炎, 持原 for 驰援, 零点是二十四点 for 零点至二十四点). 二月十号零点是二十四点荆州市新增新官肺炎病例三十例 → confirmed_new 30 on 2020-02-10. 新增出院实力 is most likely 新增出院十例 misheard, but no number is written → no tuple (unsure). 截至二月十号二十四点…累计报告…一千零七十五例 (the title's 1075例 is the same figure) → confirmed_total 1075; 全市累计治愈出院五十六例 → recovered_total 56; 全市累计死亡十七例 → deaths_total 17; 目前仍在医院治疗一千零二里 → hospitalized 1002 (the number is written, its unit 例 garbled as 里; 1075−56−17 agrees); 其中重症一百三十例危重症五十例 → severe 130 and critical 50 (current, under the in-hospital count); 现累计追踪密切接触者八千九百一十四人 → close_contacts_total 8914; 尚在接受医学观察四千六百二十一人 → observation 4621; 目前/现 take the nearest stated date in the paragraph, 2月10号24点. 病死率百分之一点五八 has no metric; 一点四一万平方公里 and 六百九十万 (area, population), the team of 二百四十人 and 十家定点医疗机构 are no figures of the vocabulary."
        ),
        source="http://m.xinwenlianbo.tv/news/71408.html",
    ),
    dict(
        id="b24n06",
        text=(
            "空中看浙江丨各大开发区、港口正加速复工繁忙作业\n"
            "新蓝网-中国蓝新闻客户端3月4日讯(中国蓝融媒体中心 浙江卫视记者 余奕霖 余杭台 萧山台 北仑台 永嘉台 舟山台)连日来,浙江省内各开发区、港口采取各种举措,推动企业有序复工复产。\n"
            "在余杭经济技术开发区的西奥电梯有限公司。早上八点,工人们出示健康码和进行体温检测后,有序地进入到厂区。从2月10号开始企业正式复工,现在已经全面实现复产。\n"
            "在自动化流水线上,车间工人不是特别多,但其实产能已经恢复到春节前的水平。\n"
            "余杭经济技术开发区是国家级经济技术开发区,记者了解到,目前,开发区299家规上企业已经全部实现复产,到岗率也超过了80%。\n"
            "在杭州德意电器股份有限公司的生产车间,据公司的负责人介绍,现在企业已经有500多名员工到岗,产能也已经恢复90%以上。"
        ),
        published="2020-03-04 17:19",
        city="杭州市",
        expect=[
            ("sector_total", "余杭经济技术开发区", "2020-03-04", 299, "规上企业", ""),
            ("resumed", "余杭经济技术开发区", "2020-03-04", 299, "规上企业", ""),
            ("resumption_rate", "余杭经济技术开发区", "2020-03-04", 100, "规上企业", ""),
            ("worker_return_rate", "余杭经济技术开发区", "2020-03-04", 80, "规上企业", "more_than"),
            ("workers_returned", "杭州德意电器股份有限公司", "2020-03-04", 500, "", "more_than"),
        ],
        note=(
            "浙江卫视's aerial feature (新蓝网-中国蓝新闻客户端3月4日讯) as a 江苏 portal reposts it (page time 2020-03-04 17:19:00; an image file name and the source/listen lines were dropped). Kept: the title, the dateline paragraph and the four paragraphs on 余杭经济技术开发区; the paragraphs on 宁波保税区 and a 永嘉 shoe firm (other cities) that follow were left out. 开发区299家规上企业已经全部实现复产 → sector_total 299, resumed 299, resumption_rate 100 for the zone, sector 规上企业 (…N家…全部复工 read for 全部实现复产; unsure); 到岗率也超过了80% → worker_return_rate 80 more_than, with the sentence's sector. The zone is named by its district (余杭), not by its city, so it keeps its whole name. 目前 has no date in its paragraph and the earlier 从2月10号开始 is a start, so the dateline day is used, 2020-03-04. 杭州德意电器股份有限公司…已经有500多名员工到岗 → workers_returned 500 more_than for the firm (sector \"\"). 西奥电梯有限公司 全面实现复产 and 产能…恢复到春节前的水平 / 恢复90%以上 (output) give no tuple."
        ),
        source="http://news.jschina.com.cn/scroll/szyw/202003/t20200304_2494932.shtml",
    ),
    dict(
        id="b24n07",
        text=(
            "黄泽镇:抓实疫情防控 稳步推进复工\n"
            "企业复工准备工作,是当前疫情防控的重要环节。对此,黄泽镇提前谋划,落实落细防控措施,建立复工复产保障机制,“一企一策”助企做好复工复产方案,协助做好疫情监测、排查、预警等工作。截至昨日,辖区内规上企业全部复工。\n"
            "2月12日上午,记者在双鸟集团生产车间看到,工人们正在紧张有序忙碌。双鸟集团是全国专业生产“双鸟”牌手动葫芦、电动葫芦等起重产品的厂家之一,85%的员工为本地人。“今天公司70%的员工正式复工,剩余员工也将陆续返岗,同时要求没有特殊工作安排的销售人员在家网络办公,应该说首日开工一切顺利。”双鸟集团总裁办主任韩剑介绍,双鸟集团目前订单较多,但受制于疫情、配件等影响,现在主要在赶制年前订单,为后续生产打下基础。"
        ),
        published="2020-02-18 08:47",
        city="绍兴市",
        expect=[
            ("resumption_rate", "黄泽镇", "2020-02-17", 100, "规上企业", ""),
            ("worker_return_rate", "双鸟集团", "2020-02-12", 70, "", ""),
        ],
        note=(
            "A town's resumption story on 绍兴's news portal (越牛新闻), page time 2020-02-18 08:47 (dropped with the app prompt and the photo caption). Kept: the headline and the first two paragraphs; the paragraph on a second firm, cut off on the page, was left out. 黄泽镇 (a town of 嵊州市 in 绍兴) keeps its full name. 截至昨日,辖区内规上企业全部复工 → resumption_rate 100 for 黄泽镇, sector 规上企业, on 2020-02-17 (昨日 = published−1); with no count there is no sector_total or resumed (unsure). “今天公司70%的员工正式复工…” said in the 2月12日上午 visit → worker_return_rate 70 for 双鸟集团 on 2020-02-12 (a firm's share of its staff back). 85%的员工为本地人 is a share by origin → no tuple; 首日开工 is no figure."
        ),
        source="http://m.shaoxing.com.cn/p/2790987.html",
    ),
]
