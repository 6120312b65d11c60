"""Twenty-second BLIND table of golden cases taken from REAL narrative local news (January–April 2020).

Each of the 14 entries is a short verbatim excerpt in which one place's story is told by an outlet: a city's case total
beside counts of residential compounds (深圳, 中国房地产报's local page), a county's discharges and patients still in
hospital (监利 in 荆州, 深圳新闻网 on a mirror), a hospital's discharge story (三明市第一医院's own page) and a county-level
city's first recovered patient (和龙 in 延边, 中国吉林网 on a mirror), both with no expected tuple; and resumption stories
of farm firms in a city (无锡, on a spam-laden logistics mirror), a district's firms, buildings and tenants (河西区 in
天津), a high-tech park (紫竹高新区 in 上海, on the park's own site), a county-level city's couriers (龙港 in 温州, 龙港网),
a district's first day and a firm's first batch (武进 in 常州, on a mirror), a district's large firms (杜集区 in 淮北,
新华丝路), single firms' return rates and staff (集美 in 厦门, 集美报 on 东南网; 罗源 in 福州, 罗源湾新闻网; 孝感, 经济日报
on a mirror) and a county's poverty-relief workshops (会宁 in 白银). `city` names the home city in full. `expect` lists
every tuple the text supports for that city, its districts, counties, towns and zones, and for any firm the text gives a
figure to; each tuple reads (metric, region, as_of_iso_date, value, sector, qualifier).

How it was made: the annotations come from the texts alone, under the binding rules of tests/cases/ANNOTATION.md and
shared/gold/FORMAT.md (and the dev_cases.py docstring they point to); where ANNOTATION.md lists open readings, the
first-listed one is followed. Nothing of the extractor was opened or run, and no test, CLI or evaluation script was run.
From the other tables only blind21_narrative.py's docstring and its first two entries were read, for the layout; the
`city=` values of all blind*.py tables were grepped for their home cities (every home city here is among them, which this
round allows when the page is new; 温州市 and 福州市 are also home cities of blind21_narrative, with other pages);
blind22_feeds.py did not exist when this table was finished, so no home city could clash with it. Every other look at
the tables was a `grep -rlF` (file names only). The helper's brief lay in a scratch folder whose file names were listed
once; no other file there was opened. The texts were found with the `search` tool (corpus `pages` only); each text is
what the search showed of its page.

Fourteen entries, two of them without an expected tuple: some 55 searches went to county and town names, districts,
parks, firms, trade pages (tea, ceramics, cement, textiles, couriers), hospital pages, people's-congress and county-media
pages, e-paper wordings, Hong Kong, Taiwan and overseas Chinese outlets. Most returned provincial bulletins, pages already
in a table, pages of other years or pages without a date; some 60 candidates went through the grep checks and 14 are kept.

Overlap and exclusion checks: for every candidate the URL's distinctive part and two to five distinctive 12–20-character
snippets (headlines, figures with their nouns, names of firms, people and places) were converted with OpenCC to
simplified (t2s) and to traditional (s2t), and each form, with the snippet as found, was grepped with `grep -rlF` across
tests/cases and tests/data; every kept excerpt was then converted whole to simplified and ten 15-character windows spread
over it were grepped, each also in traditional, and for the four garbled excerpts (b22n02, b22n05, b22n09, b22n13) ten
more windows with the mirrors' pinyin removed. Kept texts have no hit, with one boilerplate exception: in b22n09 one
window, ù)工复(fù)产(chǎn), is the mirror family's garbled spelling of 复工复产, found in a dozen tables (as blind21
noted). No kept excerpt carries a per-place list of figures (b22n01's district lists count residential compounds).
Dropped for an overlap (hits of the URL and snippets): 德阳 two discharges (twgreatdaily, holdout_narrative), 桐城
(rx365, blind_narrative), 宁波 规上复工率84.9% (cnnb, eval_narrative), 湾里区 (nctvcloud, dev_realworld), 武进's 3月3日
meeting (wjyanghu, holdout_narrative), 恩施 last two (huashangw, blind3), 资阳高新区 (dev_narrative), 大悟 (xgnews, blind4),
通城 (cjyun, dev_narrative), 双鸭山 (hljnews, blind_narrative), 广元 (dzsm, blind_narrative), 陆河 (ycpai, blind13),
运城 (thch813, dev_feeds), 成都高新区 (中国商报 e-paper, blind_narrative), 西安 (cneb, holdout_feeds), 深圳 2月2日 district
list (sina, dev_realworld), 沽源's bus of workers (ttnews, dev/eval_narrative), 崇信 (gscn, eval_narrative), 秦皇岛 last
patient (hdzc, blind3), 泉州 (freep, blind6), 玉环 return buses (浙江在线 on a mirror, blind4), 洋浦 (gzbs, blind7), 桂林 (yybnet,
blind3), 钦州 (南国早报, dev_narrative), 东至 (pxte, holdout_realworld).
Dropped for other reasons: pages without a date (华蓥's report on iaiso, 凌源经济开发区, 海丰 梅陇镇 on a forum, 瑞安's
people's congress visit, 漳平, 德清's cement firm, 常州's water projects, 舟山, 松滋 on a 中山 paper's mirror, 蒲城's meat
plant); pages of another year or of May (神农架's 双清零 on a page dated 2025, 合肥循环园 on a 2022 page, 濮阳县 people's
congress page of 2020-05-09, 宣汉, 宝兴, 大厂); 湖南 places or outlets (新宁's 回龙寺镇 on 红网; 福鼎 管阳镇, which mentions
workers from 湖南; 英山, whose first sentence names a 湖南 medical team, and the 兴山 story on the same page is cut
mid-sentence; a 马路镇 stone-firm page naming no city, possibly 湖南's); no figure, imported cases only or not a local
story (a third no-figure page, 菏泽's first recovered patient; 青田's Italy-imported cases; tea gardens in 巴东 and 长阳;
宕昌 and 庄浪 workshops; 安陆 and 襄阳 hospital counts; 海口高新区, shown without an address and with its numbers missing;
星岛日报 on several cities; 深圳商报 on freewechat, dated 2020-08-18 by the archive; 漯河卷烟厂's 开工率; 银川经济开发区's
plan; 梅城镇 and 温岭 buses without counts; 先滩镇's health checks); and for variety a second 武进 page from the same
outlet (a 武进 paper's page on the cronii mirror, whose spam replaced the place name), so that one outlet and district appear once.
Every kept excerpt was checked for the reserved city and for 湖南 places and outlets (none is named), and none comes from
the DXY feed, a mirror of it or a site reposting its live reports.

Home cities and outlets (14 cases, 14 home cities, 10 provinces and municipalities):
  深圳市 (广东; 中国房地产报 本地快讯) · 荆州市 (湖北; 深圳新闻网 on a mirror: 监利) · 三明市 (福建; 三明市第一医院) ·
  延边朝鲜族自治州 (吉林; 中国吉林网 on a mirror: 和龙) · 无锡市 (江苏; a city story on a logistics mirror) · 天津市
  (a 天津 story on a portal's print view: 河西区) · 上海市 (紫竹高新区's site after 上海频道) · 温州市 (浙江; 龙港网) ·
  常州市 (江苏; 武进's site on a mirror) · 淮北市 (安徽; 新华丝路: 杜集区) · 厦门市 (福建; 集美报 on 东南网) · 福州市
  (福建; 罗源湾新闻网) · 孝感市 (湖北; 经济日报-中国经济网 via 东南网 on a mirror) · 白银市 (甘肃; 会宁 media on ttnews).
Texts are copied as found: traditional characters (b22n02, b22n05, b22n09, b22n13, b22n14), the mirrors' pinyin garbling
(定點(diǎn), 武進(jìn)), mojibake (?!币婕铱凳卟嘶刎, 當?shù)卣雠_), a space between sentences inside a paragraph (b22n03,
b22n09). Lines of page chrome (source, author, time and view lines, breadcrumbs, photo
captions and file names, spam lines, share lines), blank lines, leading indentation and paragraphs not needed were dropped;
a paragraph is only cut after a full sentence. `published` is the date (and time) the page shows; where the search view
shows none (b22n03, b22n08, b22n09) the date in the page address stands in, as the note says.

Ways of writing covered (number of cases; see the notes):
  (1) a city's cumulative cases beside counts of places (1): 病例累计达289例 → confirmed_total; 163个小区, 新增14个小区,
    福田区(4个) count residential compounds, and 1.–4. are list numbers → no tuple (b22n01);
  (2) a county's discharges and patients still in hospital (1): 又有5名…治愈出院 → recovered_new; 截至记者发稿时…尚有在院
    确诊患者42人 → hospitalized, dated by the dateline; 三家定点收治医院…完成所有病人出院 → no tuple (b22n02);
  (3) a hospital's discharge story (1): 又有3名…从三明市第一医院治愈出院 (one institution), 三位患者 from three counties
    (origin) → no tuple (b22n03);
  (4) a first recovered patient named by an ordinal in words (1): 首例…治愈患者 → no tuple (b22n04);
  (5) firms resuming in a city, a district, a park and a county (6): 其中…龙头企业9家 (b22n05); 767家…已复工492家, 26家…
    实现100%复工, 商务楼宇共计131座…113座,占91.9%, 复工率超七成, and a headline's 超九成 (b22n06); 实际办公企业总数352家,
    已开门企业数242家, 开门率69%, 复工率达100% (b22n07); 首日复工46家 (b22n09); 30家规模以上工业企业…复工复产率达到100%
    (b22n10); 40家扶贫车间中已经复工复产的有27家…复工率达到68% (b22n14);
  (6) workers back at their posts, for places and firms (8): 复工人员44464人, 复工单位工作人员22396人 (b22n06); 现场办公人数
    21618人, 现场办公率77% beside home-office counts that are no tuple (b22n07); a courier's 返岗率已达到八成 (b22n08); a
    firm's 首批复工74人 (b22n09); 员工返岗率达65% (b22n11); 返岗率达100% and 65名员工已全部返岗 (b22n12); 到岗员工已超过1000人
    (b22n13); and 481人实现就业 read as no tuple (b22n14);
  (7) a county-level city's sector rate in words (1): 快递业复工率超八成 → 80 more_than (b22n08);
  (8) morning publication (2): undated figures on pages published at 09:19 and 11:25 are as of the day before (b22n12,
    b22n13);
  (9) numbers that are not figures (most cases): staff bases (近200人, 一百多人, 28178人), output (15吨, 3万份, 15万单, 40万件,
    2500万元), area (1500亩), plans (增加20%), visits (30多次), officials (近300名干部), durations and test counts (10天,
    24小时, 3次, 2周), dates and list numbers.

Reading choices made here where the binding conventions are silent or open (each note says which; unsure ones say so):
* Open readings of ANNOTATION.md: a first patient named by an ordinal in words gives no recovered_new (b22n04). No
  local-only count, garbled place name with a figure, 全部解除 after contacts, intensive-care count, 危重症 in a cumulative
  breakdown or short prefecture name occurs.
* A zone whose name does not begin with its city's name stays whole (紫竹高新区); a county-level city keeps its name
  (龙港市); 武进 and 会宁 are given as 武进区 and 会宁县, 监利 as 监利县 (its status in March 2020).
* 截至记者发稿时 is dated by the story's dateline (b22n02, unsure); 目前 next to resumption dates is dated by the visit told
  just before (b22n11, unsure); 首日 with no date is dated by the publication day (b22n09, unsure).
* …N家…实现100%复工 after a stated count gives sector_total N, resumed N and resumption_rate 100 (b22n06), read like the
  ANNOTATION.md example; 全面复工 with no count gives only the rate (b22n07).
* A headline that rounds a body figure is kept as its own tuple (b22n06, unsure).
* 开门 (premises open) is read as resumption with its own sector, beside 复工率 that counts home-office firms (b22n07,
  unsure); 现场办公 is read as 到岗; people working from home are not workers returned.
* 实现就业 (employed) is not workers_returned (b22n14, unsure).
* Workers' counts for a place carry the sector of their sentence; firms' workers have sector "".
* An organisation's name is kept as the text writes it, in traditional script where the text is traditional (b22n09,
  b22n13; unsure); places are given under their canonical simplified names; sectors are given in simplified script
  without the mirrors' pinyin.
"""

CASES = [
    dict(
        id="b22n01",
        text=(
            "最新!深圳确诊患者涉及163个小区!又增14个!\n"
            "截至2月4日24时,深圳的“新型肺炎”病例累计达289例。\n"
            "2月4日,疾控专业人员通过最新的流行病学调查确认,深圳新增14个小区(场所),有新确诊的病人在出现病征期间曾经逗留。这些新确诊病人已经全部转到深圳市第三人民医院治疗。\n"
            "密切接触者已找到,正接受社区基层防控工作小组“三位一体”的隔离医学观察和管理。\n"
            "这14个新增地点\n"
            "新确诊病人曾逗留\n"
            "福田区(4个)\n"
            "1. 香山美树苑\n"
            "2. 下梅林河背村\n"
            "3. 东海国际公寓\n"
            "4. 园中花园\n"
            "*以上病例均已转医院治疗\n"
            "南山区(3个)\n"
            "1. 大冲新城花园\n"
            "2. 南光花园\n"
            "3. 恒立心海湾花园\n"
            "*以上病例均已转医院治疗"
        ),
        published="2020-02-05 17:39",
        city="深圳市",
        expect=[
            ("confirmed_total", "深圳市", "2020-02-04", 289, "", ""),
        ],
        note=(
            "中国房地产报's local-news page for 深圳 (中房报·本地快讯, shenzhen.creb.com.cn), reposting the city's list of residential compounds; the page line 2020-02-05 17:39 gives `published`. Kept: the headline, the first three paragraphs and the first two district lists (福田区, 南山区) of the fourteen new places; the paragraph on disinfection, the reassurance line, the remaining district lists, source and tag lines were left out. 截至2月4日24时,深圳的“新型肺炎”病例累计达289例 → confirmed_total 289 for 深圳市 on 2020-02-04. Counts of places are not case figures: 涉及163个小区, 又增14个, 新增14个小区(场所), 福田区(4个), 南山区(3个) count residential compounds → no tuple for 深圳市, 福田区 or 南山区; the 1.–4. before the compound names are list numbers; 这些新确诊病人已经全部转到…治疗 and *以上病例均已转医院治疗 state no count; 24时 is a time."
        ),
        source="http://shenzhen.creb.com.cn/bdkx/106243.jhtml",
    ),
    dict(
        id="b22n02",
        text=(
            "馳援湖北,荊州戰疫日記|患者人數大幅下降 監利三家定點(diǎn)收治醫院不再接收新病人\n"
            "見(jiàn)圳客戶(hù)端·深圳新聞網(wǎng)2020年3月6日訊 連日來(lái),在廣東醫療隊與監利當地醫院的共同努力下,監利片區新冠肺炎確診和疑似患者診治工作平穩推進(jìn)。3月5日,監利又有5名確診患者治愈出院,截至記者發(fā)稿時(shí),監利尚有在院確診患者42人,戰疫勝利指日可待。監利縣防疫指揮部根據患者出院情況,已于當天(3月5日)撤銷(xiāo)原監利縣中醫院病區,除監利縣人民醫院外,另外三家定點(diǎn)收治醫院都已順利完成所有病人出院,不再接收新冠病人。"
        ),
        published="2020-03-06 08:05",
        city="荆州市",
        expect=[
            ("recovered_new", "监利县", "2020-03-05", 5, "", ""),
            ("hospitalized", "监利县", "2020-03-06", 42, "", ""),
        ],
        note=(
            "深圳新闻网's 荆州战疫日记 on 监利 (a county of 荆州, still a 县 in March 2020), as a mirror (americahotelguide.com) shows it in traditional characters with the mirror's pinyin garbling (定點(diǎn), 見(jiàn)圳); the page line 2020-03-06 08:05來源:深圳新聞網 gives `published`. Kept: the headline and the first paragraph; the mirror's markup lines, the breadcrumb, a photo caption and the later paragraphs (a Guangdong team's own count of 204 discharged patients, 80% of the county's cases, and the list of designated hospitals) were left out. 3月5日,監利又有5名確診患者治愈出院 → recovered_new 5 for 监利县 on 2020-03-05 (a discharge report, not 累计). 截至記者發稿時,監利尚有在院確診患者42人 → hospitalized 42; dated by the filing date in the dateline (2020年3月6日訊 → 2020-03-06), read as 截至本報出版時 was read in b21n02 (unsure: the nearest date in the sentence, 3月5日, dates the discharge clause only). 三家定點收治醫院都已順利完成所有病人出院 is about hospitals (one institution is not the county; 三家 counts hospitals) → no tuple; 已於當天(3月5日)撤銷…病區 gives no figure. The morning-publication rule does not apply: every figure has a date."
        ),
        source="http://www.americahotelguide.com/news/content/2020-03/06/content_22930238.htm",
    ),
    dict(
        id="b22n03",
        text=(
            "“感谢所有医务工作者,正是因为有了你们默默付出和精心照料,才有了我们的早日康复。虽然我记不住你们的名字,但你们在我心里是最美的天使……” 今天上午,又有3名新冠肺炎确诊患者从三明市第一医院治愈出院。走出病房时,三位患者亲笔书写了感谢信,表达了对医务人员的感激之情。 卓某、伍某、陈某三位患者分别来自沙县、将乐、尤溪,确诊为新冠肺炎病例后,转诊至三明市第一医院。医院每日组织医疗专家共同商讨,遵循诊疗要求,采用中西医结合的方法,对患者进行抗病毒、营养支持等对症治疗,并积极进行心理疏导和健康宣教。\n"
            "连日来,三位患者病情不断好转,已连续10天以上体温正常,间隔24小时3次呼吸道病原核酸检测阴性,符合出院标准。按照最新标准,三位患者出院后,还需到隔离点集中观察2周。医务人员将继续对患者进行追踪随访,确保治疗效果。"
        ),
        published="2020-02-29",
        city="三明市",
        expect=[],
        note=(
            "A discharge story on the news page of 三明市第一医院 (smdyyy.cn); the search view shows no headline and no date, so the date in the page address (20200229) stands in for `published`. Kept: the two paragraphs as shown. 又有3名新冠肺炎确诊患者从三明市第一医院治愈出院 is one hospital's count: one institution is not the city → no recovered_new for 三明市 (ANNOTATION.md, 某某医院今日又有27名患者治愈出院 → nothing); 三位患者 (a count in words) is the same three patients. 分别来自沙县、将乐、尤溪 is the patients' origin, not a figure of those counties (origin and residence are not the place) → no tuple for 沙县, 将乐县, 尤溪县. 10天, 24小时, 3次, 2周 are durations and test counts. A real local story with no expected tuple (one of the two such pages here)."
        ),
        source="https://www.smdyyy.cn/a/xinwenzhongxin/yiyuanxinxi/20200229/3646.html",
    ),
    dict(
        id="b22n04",
        text=(
            "和龙市首例新冠肺炎治愈患者为医护人员送锦旗\n"
            "3月18日下午,和龙市首例新冠治愈患者王先生专程来到和龙市人民医院,把锦旗和感谢信送到医护人员手中,感谢白衣天使帮助他重获新生。\n"
            "据了解,1月28日,王先生以疑似新冠肺炎患者入院,后咽拭子新型冠状病毒核酸检测呈阳性。在和龙市人民医院隔离病房,经过感染性疾病科医护人员的及时救治和精心护理,2月6日呼吸道病原核酸检测呈阴性,经省级专家组会诊后,符合出院标准,出院后继续居家隔离康复。"
        ),
        published="2020-03-20 15:01",
        city="延边朝鲜族自治州",
        expect=[],
        note=(
            "中国吉林网 on a mirror (jlyb.info) on 和龙 (a county-level city of 延边朝鲜族自治州): its first recovered patient brings a banner to the city hospital; the page line 2020-03-20 15:01:41 | 来源: 中国吉林网 (run into the first sentence in the search view) gives `published` and was left out. Kept: the headline and the first two paragraphs; the text of the thank-you letter and the hospital staff's reply were left out. 和龙市首例新冠肺炎治愈患者 is an ordinal in words for one patient → no recovered_new (first-listed reading of ANNOTATION.md) and nothing it would imply (the story does not say he was the last); 1月28日, 2月6日 and 3月18日 are dates. A page naming the home city's county-level city with no figure (the second and last such page here)."
        ),
        source="http://www.jlyb.info/yaowen/2020/0320/968.html",
    ),
    dict(
        id="b22n05",
        text=(
            "為保障防疫期間農(nóng)產(chǎn)品供應(yīng),我市一批農(nóng)業(yè)企業(yè)提前復(fù)工\n"
            "為保障防疫期間農(nóng)產(chǎn)品供應(yīng),我市一批農(nóng)業(yè)企業(yè)提前復(fù)工,其中市級(jí)以上農(nóng)業(yè)龍頭企業(yè)9家,緊急供應(yīng)蔬菜、牛奶、熟食制品等農(nóng)副產(chǎn)品和畜禽飼料。\n"
            "“春節(jié)假期我們沒有休息,日供應(yīng)蔬菜最高時(shí)達(dá)15噸,目前因疫情嚴(yán)控、市場(chǎng)需求量回落等因素影響,日供應(yīng)量約5噸?!币婕铱凳卟嘶刎?fù)責(zé)人周南星說。每天,這個(gè)有1500畝蔬菜的基地要對(duì)進(jìn)出車輛、辦公場(chǎng)所的門、墻、地面等進(jìn)行消毒,菜農(nóng)要戴口罩、量體溫。目前基地生產(chǎn)、供應(yīng)蔬菜的菜農(nóng)有20家。\n"
            "在市馬山牛奶有限公司,盡管日訂奶量受送奶員回外地老家過年等影響下滑,仍每日生產(chǎn)3萬份鮮奶保障供應(yīng)。每天上、下班時(shí),公司值班人員都對(duì)每一名進(jìn)廠工人量體溫,并記錄在上崗證上。\n"
            "市農(nóng)業(yè)農(nóng)村局人士說,從1月28日起他們就向涉農(nóng)企業(yè)發(fā)放“外出、返錫人員調(diào)查表”等,加強(qiáng)對(duì)農(nóng)企返錫人員的管理。"
        ),
        published="2020-02-06 21:30",
        city="无锡市",
        expect=[
            ("resumed", "无锡市", "2020-02-06", 9, "市级以上农业龙头企业", ""),
        ],
        note=(
            "A 无锡 city-paper story on farm firms reopening early, as a spam-laden logistics mirror (m.vns8890.com, 物流資訊 › 行業新聞) shows it: traditional characters with pinyin garbling (農(nóng)業(yè)) and a mojibake quote tail (?!币婕铱凳卟嘶刎?fù)責(zé)人); the page line 2020/2/6 21:30:39 gives `published`. Kept: the headline and the first four paragraphs, the fourth cut after its first sentence; the spam line, breadcrumb and 來源:互聯網 line were left out; leading indentation dropped. The city is not named: 返錫人員 (锡 is 无锡's short name) and 馬山 place the story in 无锡, and 我市 with no named speaker means the home city anyway. 我市一批農業企業提前復工,其中市級以上農業龍頭企業9家 → resumed 9 for 无锡市, sector 市级以上农业龙头企业 (given in simplified script without the mirror's pinyin), dated by the publication day. 日供應蔬菜最高時達15噸 / 約5噸, 1500畝, 3萬份鮮奶 are output and area; 菜農有20家 counts farm households supplying a base, not firms resuming (no tuple); 1月28日 is a start date."
        ),
        source="http://m.vns8890.com/news/html/41233.html",
    ),
    dict(
        id="b22n06",
        text=(
            "河西区复工商务楼宇超九成 近300名干部值守商务楼宇\n"
            "一手抓疫情防控,一手抓复工复产,河西区目前在“双战双赢”的大考中成绩如何,昨天举行的天津市新冠肺炎疫情防控工作新闻发布会上,该区副区长蔡宁给出答案:“截至3月6日,河西区累计复工复产各类企业单位及项目5048家,复工人员44464人。767家重点规模以上企业中已复工492家,其中26家规上工业企业实现100%复工。全区正统筹推进疫情防控和经济社会发展,落实精准防控策略,全力推动企业复工复产。”\n"
            "目前,河西区商务楼宇共计131座,入驻单位5955家。截至3月5日,复工楼宇113座,占91.9%。复工单位1742家,复工单位工作人员22396人。坐落于楼宇内的规上企业275家,已复工企业195家,复工率超七成。金融企业94家重点行业企业实现复工率100%。"
        ),
        published="2020-03-09 00:12",
        city="天津市",
        expect=[
            ("resumed", "河西区", "2020-03-06", 5048, "各类企业单位及项目", ""),
            ("workers_returned", "河西区", "2020-03-06", 44464, "各类企业单位及项目", ""),
            ("sector_total", "河西区", "2020-03-06", 767, "重点规模以上企业", ""),
            ("resumed", "河西区", "2020-03-06", 492, "重点规模以上企业", ""),
            ("sector_total", "河西区", "2020-03-06", 26, "规上工业企业", ""),
            ("resumed", "河西区", "2020-03-06", 26, "规上工业企业", ""),
            ("resumption_rate", "河西区", "2020-03-06", 100, "规上工业企业", ""),
            ("sector_total", "河西区", "2020-03-05", 131, "商务楼宇", ""),
            ("resumed", "河西区", "2020-03-05", 113, "商务楼宇", ""),
            ("resumption_rate", "河西区", "2020-03-05", 91.9, "商务楼宇", ""),
            ("resumption_rate", "河西区", "2020-03-05", 90, "商务楼宇", "more_than"),
            ("sector_total", "河西区", "2020-03-05", 5955, "入驻单位", ""),
            ("resumed", "河西区", "2020-03-05", 1742, "入驻单位", ""),
            ("workers_returned", "河西区", "2020-03-05", 22396, "入驻单位", ""),
            ("sector_total", "河西区", "2020-03-05", 275, "楼宇内的规上企业", ""),
            ("resumed", "河西区", "2020-03-05", 195, "楼宇内的规上企业", ""),
            ("resumption_rate", "河西区", "2020-03-05", 70, "楼宇内的规上企业", "more_than"),
            ("sector_total", "河西区", "2020-03-05", 94, "金融企业", ""),
            ("resumed", "河西区", "2020-03-05", 94, "金融企业", ""),
            ("resumption_rate", "河西区", "2020-03-05", 100, "金融企业", ""),
        ],
        note=(
            "A 天津 story on 河西区 on the print view of a news portal (app.72177.com, 资讯中心 天津); the page line 2020年03月09日 00:12 gives `published`. Kept: the headline, the first paragraph (a deputy district head's statement at the city's press conference) and the third, cut after 金融企业…复工率100%.; the second paragraph (近九成的企业和单位实现实质性复工, a share of the economy, and power and tax indices) and the rest of the third (近300名干部, 自2月13日起) were left out. The district is named, so all figures are 河西区's. 截至3月6日: 累计复工复产各类企业单位及项目5048家 → resumed 5048; 复工人员44464人 → workers_returned 44464 (sector carried over from the same sentence); 767家重点规模以上企业中已复工492家 → sector_total 767, resumed 492; 其中26家规上工业企业实现100%复工 → sector_total 26, resumption_rate 100 and resumed 26 (implied, read like …N家…已全部复工,复工率100% in ANNOTATION.md). Third paragraph, dated 2020-03-05 by its 截至3月5日 (目前 at its head takes that nearest date): 商务楼宇共计131座 / 复工楼宇113座,占91.9% → sector_total 131, resumed 113, resumption_rate 91.9; 入驻单位5955家 / 复工单位1742家 / 复工单位工作人员22396人 → sector_total 5955, resumed 1742, workers_returned 22396; 楼宇内的规上企业275家,已复工企业195家,复工率超七成 → 275, 195, resumption_rate 70 more_than; 金融企业94家…实现复工率100% → sector_total 94, resumption_rate 100, resumed 94 (implied). The headline 复工商务楼宇超九成 rounds the body's 91.9% and is kept as its own tuple (resumption_rate 90 more_than, dated by the body's 3月5日; unsure: it could be read as the same figure stated twice). 近300名干部 counts officials; 昨天 (2020-03-08) dates the press conference only; the morning-publication rule does not apply (every figure has a date)."
        ),
        source="http://app.72177.com/print.php?contentid=4525770",
    ),
    dict(
        id="b22n07",
        text=(
            "媒体眼中的紫竹||一手抓防疫,一手抓复工,紫竹高新区已实现100%复工\n"
            "目前,紫竹高新区内实际办公企业总数352家,已开门企业数242家,企业开门率为69%。共有员工总数28178人,纳入白名单现场办公人数为21618人,员工现场办公率为77%。经过排摸与数据汇总,高新区内企业已全面复工(含居家办公企业),复工率达100%。\n"
            "2月26日,在“紫竹高新区疫情应急处理群”每日通报的抗疫与复工情况中,一份《高新区土地企业复工统计表》内的信息尤为醒目。表格里中显示:英特尔居家办公1842人占员工总数53.22%;埃克森美孚亚太研发公司居家办公495人占员工总数75.11%;微软居家办公1596人占员工总数89.76%;印孚瑟斯技术上海公司居家办公771人占员工总数90.07%。"
        ),
        published="2020-02-27 14:44",
        city="上海市",
        expect=[
            ("sector_total", "紫竹高新区", "2020-02-27", 352, "实际办公企业", ""),
            ("resumed", "紫竹高新区", "2020-02-27", 242, "实际办公企业", ""),
            ("resumption_rate", "紫竹高新区", "2020-02-27", 69, "实际办公企业", ""),
            ("workers_returned", "紫竹高新区", "2020-02-27", 21618, "", ""),
            ("worker_return_rate", "紫竹高新区", "2020-02-27", 77, "", ""),
            ("resumption_rate", "紫竹高新区", "2020-02-27", 100, "企业(含居家办公企业)", ""),
        ],
        note=(
            "The park's own site (zizhupark.com, 媒体眼中的紫竹) reposting a 上海频道 story on 紫竹高新区 (上海紫竹高新技术产业开发区 in 闵行区); the line 上海频道 作者:鲁薇 报道时间:2020-02-27 14:44:03 2020-02-28 6702 gives `published` (the report time) and was left out. Kept: the headline and the first two paragraphs; the third (the park's industries and home-office policy) was left out. A zone whose name does not begin with its city's name keeps it whole: 紫竹高新区. 目前 with no date in its paragraph → the publication day. 实际办公企业总数352家,已开门企业数242家,企业开门率为69% → sector_total 352, resumed 242, resumption_rate 69 (unsure: 开门 is read as resumption on site, distinct from 复工 below, which counts home-office firms); 纳入白名单现场办公人数为21618人,员工现场办公率为77% → workers_returned 21618, worker_return_rate 77 (on-site work read as 到岗); 员工总数28178人 is the staff base, no metric; 高新区内企业已全面复工(含居家办公企业),复工率达100% → resumption_rate 100 (the headline 已实现100%复工 says the same; no resumed count is implied, as the home-office firms need not be the 352). Second paragraph: 英特尔居家办公1842人 … 90.07% count people working from home at four firms, not workers back at their posts → no tuple; 2月26日 dates the table only."
        ),
        source="http://www.zizhupark.com/announcement/view/3791",
    ),
    dict(
        id="b22n08",
        text=(
            "龙港快递业复工率超八成 有望一周后恢复正常\n"
            "我市快递业在接到复工复产通知以来,积极主动复工复产,上周以来,各快递公司已将年初积压的单子送达目的地。目前,我市快递公司复工率超八成,预计在一周后恢复正常。\n"
            "2月25日下午4点左右,记者在我市天天快递公司看到,已有快递车辆陆续抵达分拨中心。该公司共需员工一百多人,目前返岗率已达到八成。\n"
            "随后,记者在韵达快递龙港分公司了解到,该公司在做好人员防疫的前提下,有序复工复产。该公司日均快递收发量已达15万单,分拨机开始运转,有望在一周后恢复正常。"
        ),
        published="2020-02-27",
        city="温州市",
        expect=[
            ("resumption_rate", "龙港市", "2020-02-27", 80, "快递公司", "more_than"),
            ("worker_return_rate", "天天快递公司", "2020-02-25", 80, "", ""),
        ],
        note=(
            "龙港网 (news.cnlg.cn), the news site of 龙港 (a county-level city of 温州 since 2019), on its couriers; the search view shows no date line, so the date in the page address (20200227) stands in for `published`. Kept: the headline and three paragraphs; the photo file lines (640.webp …jpg), the paragraph on health codes and masks, the editor and copyright lines were left out. 我市 is 龙港市: the headline names the place that speaks. 龙港快递业复工率超八成 / 我市快递公司复工率超八成 → one tuple, resumption_rate 80 more_than, sector 快递公司, dated by the publication day (目前, no date in its paragraph; 上周以来 is a start). 天天快递公司 … 该公司共需员工一百多人,目前返岗率已达到八成 → worker_return_rate 80 for the firm, dated 2020-02-25 by the date in its paragraph; 一百多人 is the staff the firm needs, no metric. 韵达快递龙港分公司 日均快递收发量已达15万单 is throughput → no tuple; 一周后 is a forecast."
        ),
        source="http://news.cnlg.cn/20200227/143036.htm",
    ),
    dict(
        id="b22n09",
        text=(
            "本周企業(yè)復(fù)工的號(hào)角吹響,在疫情管控一刻不能松的前提下,帶來了春天的希望。今天上午,副市長(zhǎng)、區(qū)委書記李林督查企業(yè)復(fù)工情況,要求各部門、鄉(xiāng)鎮(zhèn)、板塊壓緊監(jiān)管責(zé)任,企業(yè)壓實(shí)防控主體責(zé)任,嚴(yán)格做好“四個(gè)到位”,有序推進(jìn)企業(yè)復(fù)工、穩(wěn)定運(yùn)行。副區(qū)長(zhǎng)薛建忠參加督查。 李林一行首先來到常州敏杰電器有限公司,了解企業(yè)復(fù)工情況。敏杰電器產(chǎn)品涵蓋LED照明及其智能控制系統(tǒng)、微波雷達(dá)、語(yǔ)音播報(bào)系統(tǒng)等,員工人數(shù)近200人,首批復(fù)工74人。李林詳細(xì)了解了員工就餐情況,要求企業(yè)重點(diǎn)做好錯(cuò)時(shí)、分餐管理,加強(qiáng)通風(fēng),避免人員聚集。 李林還走訪了江蘇豐順新材料科技有限公司、上藥康麗(常州)藥業(yè)有限公司,實(shí)地檢查復(fù)工復(fù)產(chǎn)和疫情防控工作。 李林強(qiáng)調(diào),企業(yè)復(fù)工是對(duì)疫情防控的重大考驗(yàn),在首日復(fù)工46家的基礎(chǔ)上,武進(jìn)將迎來一波復(fù)工潮,要堅(jiān)決貫徹中央決策部署和省、市工作要求,嚴(yán)格做好防控機(jī)制到位、員工排查到位、設(shè)施物資到位、內(nèi)部管理到位“四個(gè)到位”;各部門、鄉(xiāng)鎮(zhèn)、板塊要壓緊監(jiān)管責(zé)任,條件成熟一家,批準(zhǔn)復(fù)工一家;企業(yè)也要擔(dān)負(fù)起疫情防控主體責(zé)任,以“員工安全,企業(yè)才能安全”的社會(huì)責(zé)任感,分階段推進(jìn)復(fù)工復(fù)產(chǎn)。"
        ),
        published="2020-02-11",
        city="常州市",
        expect=[
            ("workers_returned", "常州敏杰電器有限公司", "2020-02-11", 74, "", ""),
            ("resumed", "武进区", "2020-02-11", 46, "企业", ""),
        ],
        note=(
            "武进 (a district of 常州) news on a mirror of its site (daniellecarmesin.com, same path family yhw/hotspot/wjxw as 武进's 阳湖网), in traditional characters with pinyin garbling; the search view shows the one paragraph without a headline or date line, so the date in the page address (2020-02-11) stands in for `published`, and 今天上午 is that day. The paragraph is kept whole. 常州敏杰電器有限公司 … 員工人數近200人,首批復工74人 → workers_returned 74 for the firm (the firm's name as the text writes it, in traditional script; 首批 is a batch, 74 is a count); 近200人 is its staff, no metric. 在首日復工46家的基礎上,武進將迎來一波復工潮 → resumed 46 for 武进区 (武進(jìn) in the text), sector 企业, dated by the publication day because the text gives no date for the first day (unsure: the first day may be 2月10日). 江蘇豐順… and 上藥康麗(常州)… are visited with no figure; 四個到位 is a slogan."
        ),
        source="http://daniellecarmesin.com/yhw/hotspot/wjxw/2020-02-11/73327.html",
    ),
    dict(
        id="b22n10",
        text=(
            "淮北杜集区人大常委会:开展疫情防控和复工复产视察活动\n"
            "3月18日上午,安徽省淮北市杜集区人大常委会充分发挥职能作用,适时组织开展疫情防控和复工复产“双统筹”“双促进”视察活动。\n"
            "连日来,杜集区人大常委会班子成员全力做好当前新型冠状病毒肺炎疫情防控工作,先后深入包保帮扶联系企业进行视察和督查30多次,努力为推进企业复工复产建言献策,使辖区内30家规模以上工业企业率先在全市实现复工复产,确保复工复产率达到100%。"
        ),
        published="2020-03-18 16:26",
        city="淮北市",
        expect=[
            ("sector_total", "杜集区", "2020-03-18", 30, "规模以上工业企业", ""),
            ("resumed", "杜集区", "2020-03-18", 30, "规模以上工业企业", ""),
            ("resumption_rate", "杜集区", "2020-03-18", 100, "规模以上工业企业", ""),
        ],
        note=(
            "新华丝路 (imsilkroad.com) carrying a report from 淮北's 杜集区 people's congress; the line 来源:新华丝路 责任编辑:杨慧瑾 2020-03-18 16:26:20 gives `published` and was left out. Kept: the headline, the first paragraph and the fourth; two photo captions and the closing paragraph on deputies were left out. 使辖区内30家规模以上工业企业率先在全市实现复工复产,确保复工复产率达到100% → sector_total 30, resumed 30 (all of them) and resumption_rate 100 for 杜集区 (复工复产率 read as resumption_rate), dated by the publication day (连日来 gives no date; 3月18日上午 dates the visit, a sentence with no figure). 视察和督查30多次 counts visits → no tuple."
        ),
        source="https://www.imsilkroad.com/news/p/406019.html",
    ),
    dict(
        id="b22n11",
        text=(
            "集美区人大常委会调研企业复工复产\n"
            "科学调度 有序有效提升产能\n"
            "陈建荣带队调研企业复工复产\n"
            "2月17日,区人大常委会主任陈建荣、副主任陈来福到信华科技、东金电子、厦门新凯复材科技有限公司三家公司调研企业复工复产和疫情防控工作措施落实情况。\n"
            "在信华科技公司,陈建荣一行仔细询问企业返工、产能恢复等情况,详细了解企业防疫物资储备、厂区员工疫情防控工作落实情况。据介绍,疫情发生后,信华科技公司迅速组织应对,公司成立了疫情防控小组,采购储备疫情防控物质,制定了企业内部防控方案等;原定于2月3日复工,延期至2月10日复工,目前,员工返岗率达65%,且部分员工近期内将会陆续返厂。陈建荣表示,当前企业应坚持两手抓,一手抓防控,一手抓生产,企业作为第一责任人要严格落实各项防控措施,合理安排生产。要加强与有关部门的交流、沟通,在复工复产过程中遇到困难,主动上报反馈,区委区政府一定会全力协调解决。"
        ),
        published="2020-02-24 16:57",
        city="厦门市",
        expect=[
            ("worker_return_rate", "信华科技公司", "2020-02-17", 65, "", ""),
        ],
        note=(
            "东南网's 集美 channel reposting 集美报 (the paper of 厦门's 集美区) on the district people's congress visiting firms; the line 2020-02-24 16:57:54 作者: 林志杰 来源: 集美报 gives `published` and was left out with the breadcrumb. Kept: the headline, the two subheads and the first two paragraphs; the paragraphs on 新凯复材 and on the 2月19日 visits were left out (no figures). 信华科技公司 … 原定于2月3日复工,延期至2月10日复工,目前,员工返岗率达65% → worker_return_rate 65 for the firm (its name as the text writes it in full: 信华科技公司). Its date: 目前 is the day of the visit told in the paragraph before (2月17日) → 2020-02-17 (unsure: 2月3日 and 2月10日 in the same sentence are resumption dates, not as-of dates, and the publication day 2020-02-24 is the other reading). 三家公司 counts the firms visited → no tuple."
        ),
        source="http://xm.fjsen.com/2020-02/24/content_30187165.htm",
    ),
    dict(
        id="b22n12",
        text=(
            "百谷农业:防疫复工两手抓 企业产能全面恢复\n"
            "罗源湾新闻网讯 连日来,位于起步镇的福建省罗源县百谷农业发展有限公司精准施策,统筹推进疫情防控和复工复产两大工作有序进行。目前,企业员工返岗率达100%,企业产能全面恢复。\n"
            "百谷农业是罗源唯一一家生产海鲜菇的食用菌企业,去年公司生产的海鲜菇产值达到了2500万元。受疫情影响,近期海鲜菇市场需求量下降,价格走低,为缓解库存压力,公司联系当地最大的市场供应商,采取促销方式刺激销量,保持供需基本平衡。\n"
            "目前,百谷农业的65名员工已全部返岗工作,企业产能全面恢复。疫情过后,百谷农业还计划引进菌包生产自动化生产线,届时生产能力将增加20%。"
        ),
        published="2020-03-07 09:19",
        city="福州市",
        expect=[
            ("worker_return_rate", "福建省罗源县百谷农业发展有限公司", "2020-03-06", 100, "", ""),
            ("workers_returned", "福建省罗源县百谷农业发展有限公司", "2020-03-06", 65, "", ""),
        ],
        note=(
            "罗源湾新闻网 (lywxww.com, 罗源广播电视台; 罗源 is a county of 福州) on a mushroom grower; the line http://www.lywxww.com 2020-03-07 09:19:46 来源:罗源广播电视台 gives `published` and was left out. Kept: the headline, the first paragraph, the fourth and the last; the visit to the greenhouses, the manager's quotes and the paragraph on masks and disinfection were left out. The firm is named in full once: 福建省罗源县百谷农业发展有限公司. 目前,企业员工返岗率达100% → worker_return_rate 100; 百谷农业的65名员工已全部返岗工作 → workers_returned 65. Neither figure has a date and the page was published at 09:19, so both are as of the day before (2020-03-06; ANNOTATION.md's morning rule; the page address also carries 20200306). 2500万元 is last year's output value; 生产能力将增加20% is a plan; 初四, 正月十六 are dates."
        ),
        source="http://www.lywxww.com/html/2471/20200306/5e61ac3a95bfb.shtml",
    ),
    dict(
        id="b22n13",
        text=(
            "【全景新聞】記者探訪“停不得”企業(yè):湖北孝感有序復工復產\n"
            "經濟日報-中國經濟網孝感3月15日訊(記者 鄧浩 溫濟聰 董慶森 包元凱)湖北省孝感市曾是全國除武漢市之外新冠肺炎疫情最為嚴峻的地區(qū)之一。隨著疫情防控形勢的好轉,有序復工復產成為當下的重要任務。3月12日至13日,記者走進孝感市多家“停不得”企業(yè),實地探訪當?shù)貜凸彤a情況。\n"
            "在孝感華工高理電子有限公司,工人們正在溫度傳感器裝配車間進行焊接、護套安裝、定位等工作。該公司在國內溫度傳感器市場份額占比較高,年前就已簽署大量訂單。隨著當?shù)卣雠_一系列指導復工復產的政策,企業(yè)採取租賃酒店、購買口罩、員工分餐、就近招聘等措施,在嚴格做好疫情防控的同時安全有序復工。目前,公司到崗員工已超過1000人,產能恢復到一天40萬件。"
        ),
        published="2020-03-16 11:25",
        city="孝感市",
        expect=[
            ("workers_returned", "孝感華工高理電子有限公司", "2020-03-15", 1000, "", "more_than"),
        ],
        note=(
            "经济日报-中国经济网 on firms in 孝感, reposted by 东南网 and shown by a spam mirror (m.kejuu.com) in traditional characters with pinyin garbling (企業(yè)) and mojibake (當?shù)卣雠_); the line 2020-03-16 11:25:33 來源:經濟日報-中國經濟網 gives `published`. Kept: the headline, the dateline paragraph and the firm paragraph; the spam line, breadcrumb, image lines and the truncated next paragraph (湖北研妝…) were left out. 目前,公司到崗員工已超過1000人 → workers_returned 1000 more_than for the firm, its name as the text writes it (孝感華工高理電子有限公司, traditional script). The figure has no date and the page was published at 11:25, so it is as of the day before, 2020-03-15 (the morning rule), which is also the story's dateline (孝感3月15日訊). 產能恢復到一天40萬件 is output; 3月12日至13日 dates the reporters' visits."
        ),
        source="http://m.kejuu.com/2020-03/16/content_30222828.htm",
    ),
    dict(
        id="b22n14",
        text=(
            "【復工復產進行時】會寧:扶貧車間復工忙\n"
            "疫情防控不放鬆,產業扶貧不歇腳。3月4日,縣領導帶隊調研會寧縣扶貧車間復工復產情況,督促鄉鎮有序開展相關工作,助力貧困群眾增收致富,鞏固脫貧攻堅成果。\n"
            "連日來,會寧縣在做好疫情防控工作的同時,科學謀劃,精準施策,加大扶持力度、落實優惠政策,積極吸納貧困勞動力和返鄉農民工就地就近務工就業,多措並舉推進全縣扶貧車間復工復產,努力將疫情對扶貧工作的不利影響降到最小。截至目前,全縣現有的40家扶貧車間中已經復工復產的有27家,共有481人實現就業,復工率達到68%。"
        ),
        published="2020-03-06",
        city="白银市",
        expect=[
            ("sector_total", "会宁县", "2020-03-06", 40, "扶贫车间", ""),
            ("resumed", "会宁县", "2020-03-06", 27, "扶贫车间", ""),
            ("resumption_rate", "会宁县", "2020-03-06", 68, "扶贫车间", ""),
        ],
        note=(
            "A 会宁 (a county of 白银) county-media story on poverty-relief workshops as ttnews.xyz shows it (traditional characters); the page shows 03.06 before the headline (left out as page chrome; the page id decodes to March 2020), which gives `published`. Kept: the headline and the first two text paragraphs; the repeated image captions and the paragraph on the firms visited were left out. 截至目前,全縣現有的40家扶貧車間中已經復工復產的有27家 … 復工率達到68% → sector_total 40, resumed 27, resumption_rate 68 for 会宁县, dated by the publication day (3月4日 dates the visit, a sentence with no figure). 共有481人實現就業 counts people employed in the workshops, not workers back at their posts → no workers_returned (unsure)."
        ),
        source="https://p2.ttnews.xyz/a/5e62b281dc9b5e5842eebe52",
    ),
]
