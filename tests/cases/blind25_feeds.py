"""Golden extraction cases for FEED texts, twenty-fifth BLIND set, Jan–Apr 2020.

What is here: 14 feed texts, i.e. wire items, official bulletins and round-ups that summarise a country and its regions, a
province and a city, a ship, or a city's own day (issue 20 of the project). 10 have city=None (a corpus without a home city:
every place's tuples the text gives, foreign places included); 4 are read for a home city (only that city's, its districts',
counties' and zones' tuples): 黄石市 (b25f01, the city's daily figures on 黄石广播电视台's cjyun 融媒体 site, 2月6日), 鄂州市
(b25f03, the city's rolling bulletin on its cjyun 融媒体 site, 2月12日), 黄冈市 (b25f06, 新华社 on an emergency-management
portal, 3月13日: nine counties cleared) and 武汉市 (b25f09, 新华社 on 河北's government portal, 4月26日: in-hospital patients
cleared). Each was a home city in earlier tables (黄石 2, 鄂州 2, 黄冈 2, 武汉 4 times); the pages are new and passed the
checks below. blind25_narrative.py (written at the same time) was checked before finishing: its home cities are 南昌市, 天水市,
邢台市, 芜湖市, 太原市, 宿迁市, 北京市, 漳州市, 成都市, 广州市, 南通市 and 兰州市. Two pages first drafted as home-city reads
for 北京市 and 广州市 were therefore turned into corpus cases (b25f11, b25f13: the Beijing bulletin cut to its city
paragraphs, the Guangdong bulletin with its two places). This is fewer home-city reads than "about half": about 30 further
mainland candidates (provincial bulletins with city lists, city and county bulletins, county 融媒体 pages and milestone wires;
listed below) failed the overlap check.
* city=None, one country or region with its parts (at most seven places a case): 巴拿马 (a Panamanian Chinese forum reposting
  巴拿马中讯网, 3月17日); 塞尔维亚 (新华网, 3月20日); 柬埔寨 (新华社 on a garbled traditional mirror, 3月17日); 法国 with 瓦兹省,
  莫尔比昂 and 上萨瓦省 (RFI 中文 on a French Chinese portal, 3月6日); 印度 with 孟买市 (新华社 on 中华网, 4月14日); 吉尔吉斯斯坦 with
  比什凯克市 and five 州 (环球网 on an aggregator, 3月31日); 北京市 (人民网北京频道 BIG5, 4月16日); 乌兹别克斯坦 (新华社 on 中新网,
  4月14日); 广东省 with 广州市 (the province's bulletin on a 梅州 forum, 4月23日); 日本 with 东京都, 大阪府 and 钻石公主号 (中评社, Hong
  Kong, 4月28日). None of these countries is among those the brief names as used in rounds 19–24 except France (3月2日 and
  3月6日's 613 in earlier tables, 4月14日 in round 23: this is RFI's 423 of '3月6日' with three departments), India (Maharashtra
  4月22日 in round 22, 4月15日 in blind14: this is 4月14日), Japan (Hokkaido and Aichi: this is the whole country with Tokyo, Osaka
  and the ship on 4月28日) and Guangdong (4月5日 in round 22: this is 4月23日); these are other days and pages and passed the checks.
Every case is a short verbatim excerpt of a public page found with the search tool (`pages` corpus); its `source` is that
page's URL (also in a comment above the entry). Traditional characters (人民网 BIG5, the Cambodia mirror), the mirror's pinyin in
brackets and garbling (衛(wèi)生部, 當?shù)?), doubled commas (',,' ',。'), an aggregator's spaced punctuation ( , 。) and its
bracketed repeat of the headline, a forum's poster line (hola666 发表于 19-3-2020 01:05:48, mz168 2020-4-24 8:47:07), a
portal's '未知 2020-03-07', 中评社's 'http://www.CRNTT.com   2020-04-29 10:48:09', fullwidth and halfwidth punctuation and the
pages' own headline/date/source/signature lines are kept as found. Leading indentation and blank lines were dropped and each
paragraph is one line; page chrome (share and login notices, photo captions, read counts, related links, QR-code lines) and
paragraphs a case does not need were left out; a paragraph is cut only after a full sentence (b25f07); each note says what was
left out. Two pages show no year (b25f01: no date line, the wording 新型冠状病毒感染的肺炎 of Jan–Feb 2020 and its own dates fix
it; b25f09: dateline 4月26日 of the day Wuhan's last COVID-19 inpatient left hospital); blind24 left such pages out, here they
were kept and their notes say so. `published` for b25f01 and b25f03 (no date line) is the morning after the bulletin's day.

How it was made: BLIND, as a careful reader of the texts alone. Nothing of the extractor was opened or run (no code under
extract/, store/, briefing/, app/ or evaluation/, no CLI, no test). Binding conventions: tests/cases/ANNOTATION.md
(including 'Readings still open', where the first-listed reading is followed), shared/gold/FORMAT.md and the conventions in
dev_cases.py's docstring. For the layout only the docstring and the first two CASES entries of blind24_feeds.py were read.
Other tables were grepped, file names only, for the checks below and for `city=` values (blind25_narrative.py: its `city=`
lines only; that grep, for the word 'city', also printed a few lines of its docstring, which named its home cities). About 50 searches were run and some 60 candidates checked; 14 were kept.

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Ways of writing covered (counts of cases; a case can count under several):
  (1) foreign places: 8 (countries by their usual short Chinese name; regions, departments and cities as written, in
      simplified: 瓦兹省, 莫尔比昂, 上萨瓦省, 孟买市, 比什凯克市, 纳伦州, 伊塞克湖州, 楚河州, 奥什州, 贾拉拉巴德州, 东京都, 大阪府; a ship by
      its name: 钻石公主号);
  (2) home-city reads: 4 (a city's own bulletin with district, county and zone lists: 大冶市 / 阳新县 / 开发区·铁山区, 鄂城区 /
      葛店开发区 / 临空经济区; county short names → full names: 团风 → 团风县, 麻城 → 麻城市; a province's figure beside the city's:
      湖北省现有确诊病例…50633例(武汉38020例));
  (3) current versus cumulative, severity: 8 (现有疑似病例 → suspected; 在院 / 留院 / 所有确诊患者都在医院 → hospitalized; 在院…清零
      and 确诊病例清零 → hospitalized 0; 现有确诊病例 of a past date → hospitalized; 重症监护 → critical; 在抢救之中 → critical
      (unsure); 重型 → severe; 其中重症…危重症… inside a cumulative total → severe and critical_total; 重症患者仍有 → severe);
  (4) none-statements and runs: 3 (无新增确诊 → confirmed_new 0; 连续20天无新增确诊病例 → one confirmed_new 0; 清零 → 0);
  (5) deaths: 10 (new and total; 去世 / 病亡 / 死亡个案 / 死者; deaths of a country and of its city or prefecture; a ship's deaths;
      a first death named by an ordinal in words → no tuple; an implied total for a country's first death);
  (6) recoveries: 8 (新增出院 / 治愈出院 with a digit 最后2名 → a count; 累计治愈 / 累计出院; a named patient's discharge → no tuple;
      治愈出院率 → recovery_rate; an implied recovered total that is only a difference → no tuple);
  (7) local versus imported: 2 (local-only counts reported apart → the place's figures, first-listed reading; imported-only
      subtotals and totals → no tuple; a headline's total discharges beside an imported-only body figure);
  (8) dates: 14 (昨日 / 昨天 on a next-morning page; 截至当地时间14日15时30分; 截至20日18时; 截止3月17日; 3月6日 and 前一天; a
      baseline after 与…相比; 截至目前 taking the story's date; a county cleared on 2月27日; a past peak 2月18日; dates of measures
      that date no figure);
  (9) distractors without a tuple: 14 (headline roundings 破万 / 破千 / 破百; case-fatality rates of six countries; clinically
      diagnosed subtotals; fever-clinic visits and 留观; new suspected counts; asymptomatic carriers; home isolation; travel
      origins; sums across a country and a ship; people tested; population; one hospital's patient; 外地户籍 / 市外; beds).

Reading choices made where the binding conventions are silent (each note says which it uses):
* 开发区·铁山区 (黄石's development zone joined with a district) and 临空经济区 / 葛店开发区 are kept as written.
* A regional split written 新增的确诊病例分别来自X(1例)、Y(3例)… (Kyrgyz ministry) → confirmed_new per region (where the new
  cases were found, not the patients' travel origin; unsure), as blind24 read its Kazakh item.
* 23人在抢救之中 → critical (unsure); 瓦兹省's cluster count 105 and 3 deaths → the department's totals (unsure).
* 四类人员清零 of eight counties → hospitalized 0 only, not also suspected or observation 0 (unsure).
* 除9例病亡外,其余病例已全部治愈出院 after a total of 284 → no recovered_total (275 would be a difference the text does not state).
* 一名男子当天…去世,成为该国首例…死亡病例 → deaths_new 1 and deaths_total 1 (as blind24 read Cuba); 德岛县首例 (a death) → no tuple.
* 确诊患者已在当地医院隔离并接受治疗 with no number → no hospitalized tuple.

Exclusion and overlap checks:
* No page comes from Hunan, mentions 株洲 or a Hunan place, or comes from the DXY feed or a mirror of it (the kept excerpts and
  addresses were scanned, in simplified, for the Hunan names of ANNOTATION.md and the brief, 湘, 红网 and 丁香; search results
  from 石门, 双峰 and 东安 (Hunan) and a 红网 copy of 黑龙江's bulletin were not used). Every page is of Jan–Apr 2020; pages of May
  2020 and of 2021–2025 that the searches returned were not used (e.g. 枣阳's bulletin on a page dated 2021).
* Before annotating, each candidate's URL (its distinctive part) and 3–5 distinctive 12–20-character snippets (headline,
  figures with their nouns, lists, names), each as found, converted to simplified and to traditional (OpenCC t2s/s2t), and
  each also with halfwidth and fullwidth punctuation, were grepped with `grep -rlF` (file names only) across tests/cases and
  tests/data; then each kept excerpt was converted to simplified and ten 15-character windows spread over it were grepped,
  each also in traditional (and simplified). As an extra pass, all tables and data files were normalised (pinyin brackets
  removed, t2s, halfwidth punctuation, whitespace removed), the longest common run (≥14 characters) of each kept excerpt with
  any single file was computed, and a regex over that normalised copy (the place followed within 25 characters by the figure)
  checked each case's per-place figures (file names only). Where a place's figure matched, a second grep (file names only)
  for '"<place>", "<date>"' checked whether any table holds a tuple of that place on that date; one deviation to report: in
  doing so it was seen that blind3_feeds and blind7_feeds hold 意大利 tuples of 3月4–5日 with the values 107, 116 and 276, and
  that blind10_feeds holds 法国 and blind14_feeds 印度 tuples near the kept days (not with the kept values). No annotation below
  was taken from these. For the 14 kept pages no address or distinctive snippet was found. Matches not counted as hits,
  boilerplate or frames only: the Guangdong bulletin frame '0-24时,全省无新增境外输入' (b25f13; blind10_narrative, another
  April day) and '日24时,全省累计报告新冠肺炎确诊病例' (blind9/10_feeds, blind10_narrative); the Beijing bulletin frame
  '…确诊病例、疑似病例和无症状感染者' and '日24时,累计报告境外输入确诊病例' (b25f11; blind4_narrative, blind/7/8_feeds); 黄石's bulletin
  frame '…外地户籍8例。现有疑似病例均在指定医疗机构接受隔离治疗。' (b25f01: a 30-character run with dev_realworld, whose 黄石
  bulletin is of 2月4日 with other figures; the suspected count of non-local residents happens to be 8 on both days and gives no
  tuple; the 2月6日 lists and totals are in no table); the bulletin frame '日24时,全市累计报告新冠肺炎确诊病例' (b25f03; eval/blind5
  narrative, holdout_realworld, eval_cases); the wire frames '例新冠肺炎确诊病例,累计确诊病例增至/达' (b25f05, b25f10; blind2/9/13/
  15/18/19/24_feeds), '截至2020年3月12日24时,' and '名新冠肺炎确诊患者治愈出院,' (b25f06; dev_realworld, blind/5_feeds),
  '马哈拉施特拉邦是印度疫情最严重' (b25f08; bugs_caught, another India item) and a coincident time stamp '2020-04-14 17:0'
  (blind7_feeds); 中评社's date line 'http://www.CRNTT.com 2020-04-2…' and the CNA-style gloss '2019冠状病毒疾病(COVID-19)' (b25f14;
  blind15/17/19_feeds, bugs_caught); '(Angelo Borrelli)' (a dropped Italy candidate). Same site, other pages (not hits): the
  cjyun sites of 黄石 (blind2/11_feeds, dev_narrative) and 鄂州 (blind4_feeds), hebwb.hebei.gov.cn (blind16_feeds) and feifmx
  (blind14_feeds). Pair hits of another date: 钻石公主号 712 and 13 (frozen totals of the ship in eval_feeds, blind5/11/24_feeds;
  no tuple of the ship dated 4月20–29日 in any table).
* Dropped for the same per-place figures: 意大利 3月5日 (中新网 on a 国家应急广播 mirror: its 3月4日 figures 107 deaths, 116 new
  and 276 recoveries are in blind3/7_feeds); 北京 and 广州 as home cities (see above; kept as corpus cases).
* Dropped for a hit on address, snippets or the same per-place figures at the first check — world items: 韩国 3月5日 (新华社;
  blind9), 意大利 3月7日 (人民日报; blind9), 法国 3月1日 (中新社; 130 in blind6), 俄罗斯 4月9日 (观察者网; blind15), 印尼 3月18日 and
  3月24日 (blind14, blind17), 巴西 4月14日 and 4月25日 (blind16, blind18), 德国 3月7日 and 3月21日 (blind7, blind17), 拉美 round-up
  3月10日 (blind19), 印度 4月15日 (卫星社; blind14), 香港 4月21日 (holdout_feeds), 全国 2月6日 (hk01; blind18). Mainland bulletins and
  city reads: 开封 2月1日 and 河南 2月2日 (dev_realworld), 青海 2月3日 (holdout_realworld), 黑龙江 2月7日 (blind5's list), 2月23日 and
  2月27日 (blind3_feeds, dev_realworld), 淮南 2月3日 (dev_feeds), 安庆 2月13日 (blind8_narrative), 安徽 3月3日 (eval_realworld,
  blind9), 宁夏 2月15–29日 (frozen list; holdout_realworld, blind6/11_feeds), 海南 2月4日 and 2月29日 (eval_realworld), 十堰 2月6日
  (holdout_realworld), 大冶 3月2日 (blind_narrative), 荆门 3月31日 (its district list in holdout_realworld), 恩施 3月17日
  (blind3_narrative), 神农架 2月19日 (blind2_narrative), '多地清零' round-up 3月9日 (blind_feeds), 武汉 3月17日 (a county 融媒体 repost
  of the national bulletin; 'Hubei 67800 (武汉50005)' in blind_feeds) and 4月17日 (the revision; blind5), 深圳 2月2日, 2月3日, 2月4日,
  2月8日 and 3月13日 (dev_realworld, blind3/5/7 and a data file), 广东 4月14日 (blind10_narrative).
* Other candidates left out: pages whose stored copy shows no year and whose content does not fix it (印尼 4月9日 (中新社 on a
  mirror), 魁北克/安大略 4月22日, 科威特 3月2日, 3月24日 and 4月13日, 乌兹别克斯坦 3月25日, 柬埔寨 3月18日 (吴哥时报), 维州 April, 多伦多
  4月21日, 西班牙 4月4日 (东森), 澳门 '今(4)日'); too many places (休斯顿 3月20日 and 3月23日 county tables, 加拿大 3月22日 and 4月12日
  with all provinces, 拉美 round-ups of 3月28日 and 4月20日, 意大利 3月4日 with 19 regions, 武汉 3月16日 with 16 districts on a
  reworded copy); a France RFI paragraph whose own dates disagree (the day's 138 given both to 3月6日 and to Thursday 3月5日; that
  part was cut from b25f07); clean items left out to vary outlets or places (印度 3月30日, 塞尔维亚 3月20日 by 卫星社 (the 新华社 item was
  kept), 鄂州 1月31日 (the 2月12日 bulletin was kept), 北京 4月7日 (中评社) and 4月20日); pages of May 2020 and of 2021–2025; pages
  in Japanese, Korean, English, French, German, Greek, Indonesian, Italian, Russian, Spanish and Arabic.
"""

CASES = [
    # http://huangshifb.cjyun.org/p/261547.html
    dict(
        id="b25f01",
        text="黄石市新型冠状病毒感染的肺炎最新疫情\n记者从市防控指挥部获悉,2月6日0-24时,黄石市报告新型冠状病毒感染的肺炎新增确诊病例69例,其中大冶市15例、阳新县8例、黄石港区13例、西塞山区18例、下陆区10例、开发区·铁山区4例、外地户籍1例。全市新增出院6例。\n截至2月6日24时,黄石市累计报告新型冠状病毒感染的肺炎确诊病例635例,其中重症51例,危重症22例,死亡2例,治愈出院31例。确诊的病例中,大冶市165例、阳新县108例、黄石港区124例、西塞山区80例、下陆区81例、开发区·铁山区48例,外地户籍29例。现有确诊病例均在定点医疗机构接受隔离治疗。\n2月6日0-24时,黄石市新增疑似病例34例。其中大冶市3例、阳新县7例、黄石港区11例、西塞山区3例、下陆区6例、开发区·铁山区2例、外地户籍2例。\n截至2月6日24时,黄石市现有疑似病例157例,其中大冶市39例、阳新县24例、黄石港区38例、西塞山区11例、下陆区29例、开发区·铁山区8例,外地户籍8例。现有疑似病例均在指定医疗机构接受隔离治疗。\n注:大冶市保安镇、殷祖镇,阳新县三溪镇,黄石港区楠竹林社区、市建村社区,西塞山区石料山社区,下陆区陈百臻社区、柯尔山社区,开发区·铁山区胜利路社区等均根据地址从新订正统计。",
        published="2020-02-07",
        city="黄石市",
        expect=[
            ("confirmed_new", "黄石市", "2020-02-06", 69, "", ""),
            ("confirmed_new", "大冶市", "2020-02-06", 15, "", ""),
            ("confirmed_new", "阳新县", "2020-02-06", 8, "", ""),
            ("confirmed_new", "黄石港区", "2020-02-06", 13, "", ""),
            ("confirmed_new", "西塞山区", "2020-02-06", 18, "", ""),
            ("confirmed_new", "下陆区", "2020-02-06", 10, "", ""),
            ("confirmed_new", "开发区·铁山区", "2020-02-06", 4, "", ""),
            ("recovered_new", "黄石市", "2020-02-06", 6, "", ""),
            ("confirmed_total", "黄石市", "2020-02-06", 635, "", ""),
            ("severe", "黄石市", "2020-02-06", 51, "", ""),
            ("critical_total", "黄石市", "2020-02-06", 22, "", ""),
            ("deaths_total", "黄石市", "2020-02-06", 2, "", ""),
            ("recovered_total", "黄石市", "2020-02-06", 31, "", ""),
            ("confirmed_total", "大冶市", "2020-02-06", 165, "", ""),
            ("confirmed_total", "阳新县", "2020-02-06", 108, "", ""),
            ("confirmed_total", "黄石港区", "2020-02-06", 124, "", ""),
            ("confirmed_total", "西塞山区", "2020-02-06", 80, "", ""),
            ("confirmed_total", "下陆区", "2020-02-06", 81, "", ""),
            ("confirmed_total", "开发区·铁山区", "2020-02-06", 48, "", ""),
            ("suspected", "黄石市", "2020-02-06", 157, "", ""),
            ("suspected", "大冶市", "2020-02-06", 39, "", ""),
            ("suspected", "阳新县", "2020-02-06", 24, "", ""),
            ("suspected", "黄石港区", "2020-02-06", 38, "", ""),
            ("suspected", "西塞山区", "2020-02-06", 11, "", ""),
            ("suspected", "下陆区", "2020-02-06", 29, "", ""),
            ("suspected", "开发区·铁山区", "2020-02-06", 8, "", ""),
        ],
        note="黄石广播电视台's cjyun 融媒体 site (huangshifb.cjyun.org), the city's own daily figures (记者从市防控指挥部获悉) for 2月6日 0-24时; the stored copy shows no date line and its address no date: `published` is the morning after the figures' day (unsure), every figure has its own date (2月6日 / 截至2月6日24时) and the wording 新型冠状病毒感染的肺炎 fixes the year (the name was used only in Jan–Feb 2020). Blank lines and the page's QR-code line were left out; the closing 注 (towns and communities re-assigned by address) is kept, it has no figure. Home city 黄石市: the city's tuples and its county-level city, county and districts; '开发区·铁山区' (the city's development zone joined with 铁山区) is kept as written (unsure); 外地户籍 (non-local residents, 1 / 29 / 2 / 8) is no place: no tuple. 其中重症51例,危重症22例 inside the cumulative 635 → severe 51 (as blind24 read 重症 inside a total) and critical_total 22 (first-listed reading of 'Readings still open'). 新增疑似病例34例 and its district split are new suspected cases: no metric. 现有确诊病例均在定点医疗机构接受隔离治疗 states no number (a difference 635-2-31 is not stated): no hospitalized tuple. 现有疑似病例157例 and its split → suspected.",
        source="http://huangshifb.cjyun.org/p/261547.html",
    ),
    # http://hola666.com/forum.php?mod=viewthread&tid=74792&extra=page%3D1
    dict(
        id="b25f02",
        text="巴拿马3月17日冠状病毒确诊86宗 住院14人\nhola666 发表于 19-3-2020 01:05:48\n【巴拿马中讯网根据Telemetro新闻翻译】本国卫生部(Minsa)流行病学负责人卢尔德·莫雷诺(Lourdes Moreno)确认,截止3月17日,巴拿马已有86例确诊的新冠状病毒病例。\n莫雷诺解释说:“在这86例个案中,有71人因症状轻微而只需在家隔离,14人正在留院(普通病房6例,重症监护8例)和1例死亡个案。”\n他指出,巴拿马的病死率是1.16%,与韩国的0.92%,英国的1.84%,法国的2.04%,中国的3.95%和意大利的6.81%相对比,本国的比率仍处于预期范围内。另外有30%的病例年龄在39岁以下,这就是为什么当局呼吁民众提高对老年人照顾的意识。",
        published="2020-03-19 01:05",
        city=None,
        expect=[
            ("confirmed_total", "巴拿马", "2020-03-17", 86, "", ""),
            ("hospitalized", "巴拿马", "2020-03-17", 14, "", ""),
            ("critical", "巴拿马", "2020-03-17", 8, "", ""),
            ("deaths_total", "巴拿马", "2020-03-17", 1, "", ""),
        ],
        note="A Panamanian Chinese community forum (hola666) reposting 巴拿马中讯网's translation of a Telemetro item; the forum line 'hola666 发表于 19-3-2020 01:05:48' dates the page (day-month-year). Kept: title, poster line and the three paragraphs with figures; the per-district list of Panama City's suburbs, the hospital-patients paragraph and forum chrome were left out. Corpus without a home city; one place. 截止3月17日 dates the figures. 14人正在留院 → hospitalized 14 (the title's 住院14人 is the same); 重症监护8例 → critical 8 (first-listed reading for an intensive-care count); 普通病房6例 has no metric; 1例死亡个案 among the 86 → deaths_total 1; 71人…在家隔离 (home isolation) → no tuple. The case-fatality rates (1.16%, and 韩国/英国/法国/中国/意大利's rates) are not in the vocabulary and give no tuple for any country; 30% under 39 → no tuple.",
        source="http://hola666.com/forum.php?mod=viewthread&tid=74792&extra=page%3D1",
    ),
    # http://ezhou.cjyun.org/p/106394.html
    dict(
        id="b25f03",
        text="滚动播报:截至2月12日24时,鄂州累计确诊1065例(含临床诊断病例155例),病亡30例\n2020年2月12日0-24时,全市新冠肺炎(NCP)新增确诊病例204例(其中,临床诊断病例155例)、疑似病例0例、出院23例、死亡2例。当日发热门诊就诊人数377例、留观人数122例。\n截至2020年2月12日24时,全市累计报告新冠肺炎确诊病例1065例,其中鄂城区804例(含临床诊断病例134例)、华容区94例(含临床诊断病例5例)、梁子湖区39例(含临床诊断病例5例)、葛店开发区78例(含临床诊断病例6例)、临空经济区40例(含临床诊断病例4例)、市外10例(含临床诊断病例1例),现有疑似病例32例。累计出院病例95例、死亡30例。",
        published="2020-02-13",
        city="鄂州市",
        expect=[
            ("confirmed_new", "鄂州市", "2020-02-12", 204, "", ""),
            ("recovered_new", "鄂州市", "2020-02-12", 23, "", ""),
            ("deaths_new", "鄂州市", "2020-02-12", 2, "", ""),
            ("confirmed_total", "鄂州市", "2020-02-12", 1065, "", ""),
            ("suspected", "鄂州市", "2020-02-12", 32, "", ""),
            ("recovered_total", "鄂州市", "2020-02-12", 95, "", ""),
            ("deaths_total", "鄂州市", "2020-02-12", 30, "", ""),
            ("confirmed_total", "鄂城区", "2020-02-12", 804, "", ""),
            ("confirmed_total", "华容区", "2020-02-12", 94, "", ""),
            ("confirmed_total", "梁子湖区", "2020-02-12", 39, "", ""),
            ("confirmed_total", "葛店开发区", "2020-02-12", 78, "", ""),
            ("confirmed_total", "临空经济区", "2020-02-12", 40, "", ""),
        ],
        note="The city's own rolling bulletin (滚动播报) on 鄂州's cjyun 融媒体 site; the page shows no date line, the text dates every figure (2020年2月12日0-24时 / 截至2020年2月12日24时) and `published` is the following day (unsure). Kept whole. Home city 鄂州市: the city, its three districts and two zones (葛店开发区 and 临空经济区 keep their names as written); 市外10例 is no place. The headline's 1065 and 病亡30例 are the body's. The clinically diagnosed subtotals (其中,临床诊断病例155例; 含临床诊断病例134例 …) are subtotals by kind of diagnosis, like imported-only subtotals: no tuple. 疑似病例0例 in the day's list is new suspected cases: no metric; 现有疑似病例32例 → suspected 32. 发热门诊就诊人数377例 and 留观人数122例 (fever-clinic visits and observation beds) → no tuple.",
        source="http://ezhou.cjyun.org/p/106394.html",
    ),
    # http://www.xinhuanet.com/politics/2020-03/21/c_1125745102.htm
    dict(
        id="b25f04",
        text="塞尔维亚出现首例新冠肺炎死亡病例\n2020-03-21 05:47:42 来源: 新华网\n新华社贝尔格莱德3月20日电(记者石中玉)塞尔维亚总理布尔纳比奇20日说,一名男子当天因新冠肺炎去世,成为该国首例新冠肺炎死亡病例。\n布尔纳比奇当天在新闻发布会上说,这名男子来自塞尔维亚北部基金达市,曾在塞第二大城市诺维萨德一家医院接受治疗。\n截至20日18时,塞尔维亚共确诊新冠肺炎病例135例,较前一天增加32例。这也是塞尔维亚6日确诊首例新冠肺炎病例以来新增病例最多的一天。\n为应对日趋严峻的新冠肺炎疫情,本月15日,塞尔维亚宣布进入国家紧急状态,采取措施包括禁止外国人入境,塞尔维亚人回国需要接受至少14天的强制隔离,关闭所有学校和幼儿园,暂停体育活动等。19日,塞尔维亚宣布采取更严格的管制措施,包括暂时禁止国际客运航班抵达或离开,关闭所有边境口岸,暂停城际公共汽车和火车运行等。",
        published="2020-03-21 05:47",
        city=None,
        expect=[
            ("deaths_new", "塞尔维亚", "2020-03-20", 1, "", ""),
            ("deaths_total", "塞尔维亚", "2020-03-20", 1, "", ""),
            ("confirmed_total", "塞尔维亚", "2020-03-20", 135, "", ""),
            ("confirmed_new", "塞尔维亚", "2020-03-20", 32, "", ""),
        ],
        note="新华网 (新华社贝尔格莱德3月20日电), page 2020-03-21 05:47:42; the page's 正文 breadcrumb, share buttons, photo-gallery link and editor line were left out. Corpus without a home city; one place. 一名男子当天因新冠肺炎去世,成为该国首例…死亡病例 → deaths_new 1 (a count in words) and deaths_total 1 (implied by 首例; unsure), read as blind24 read Cuba's first death. 截至20日18时…135例,较前一天增加32例 → confirmed_total 135 and confirmed_new 32 on 3/20. 基金达市 (the man's home town) and 诺维萨德 (where he was treated) are no places with figures; 6日 (first case), 本月15日, 19日 (measures) and 至少14天 (quarantine length) date or count no figure.",
        source="http://www.xinhuanet.com/politics/2020-03/21/c_1125745102.htm",
    ),
    # https://feifmx.com/internationalgd/10000166/20200317/37929908.html
    dict(
        id="b25f05",
        text="新華社金邊3月17日電(記者毛鵬飛)柬埔寨衛(wèi)生部17日發(fā)布公告說,,過去24小時里柬新增12例新冠肺炎確診病例,累計確診病例增至24例,。\n柬衛(wèi)生部說,,12名新增患者均為柬埔寨人,其中11人曾赴馬來西亞參加大型宗教活動,,另1人從泰國返回,。確診患者已在當?shù)蒯t(yī)院隔離并接受治療。共有79名柬埔寨人赴馬來西亞參加了大型宗教活動,,衛(wèi)生部門正在尋找相關(guān)人員,。\n衛(wèi)生大臣曼本亨表示,,柬政府已在各省醫(yī)院都準備了相關(guān)醫(yī)療器械,、藥品等資源,應(yīng)對新冠肺炎疫情,。政府還決定將金邊的一家賓館改造為收治新冠肺炎患者的醫(yī)院,,并將一處廢棄醫(yī)院改建為擁有100張病床的醫(yī)療收治中心。",
        published="2020-03-17",
        city=None,
        expect=[
            ("confirmed_new", "柬埔寨", "2020-03-17", 12, "", ""),
            ("confirmed_total", "柬埔寨", "2020-03-17", 24, "", ""),
        ],
        note="新华社金边3月17日电 on a mirror (feifmx) in traditional characters with the mirror's garbling kept (pinyin in brackets, 當?shù)?, doubled commas ',,' and ',。'); the page's address carries 20200317. Kept: the first three paragraphs; the measures paragraph and a related-link item (柬埔寨首相訪華) were left out. Corpus without a home city; one place. 過去24小時里柬新增12例…累計確診病例增至24例 → confirmed_new 12 and confirmed_total 24 on 3/17 (the ministry's notice of 17日). 確診患者已在當地醫院隔離并接受治療 states no number: no hospitalized tuple (unsure). 11人曾赴馬來西亞 / 另1人從泰國返回 are origins: no tuple for 马来西亚 or 泰国; 79名柬埔寨人 (travellers being traced) and 100張病床 → no tuple.",
        source="https://feifmx.com/internationalgd/10000166/20200317/37929908.html",
    ),
    # http://yjaq.com.cn/rd/2020-03-14/2460.html
    dict(
        id="b25f06",
        text="湖北黄冈9个县市确诊病例全部“清零”\n2020-03-14 19:06:29    来源:新华网\n原标题:湖北黄冈9个县市确诊病例全部“清零”\n新华社武汉3月13日电(记者徐海波、陈圣炜)13日下午,随着湖北省黄冈市黄梅县最后2名新冠肺炎确诊患者治愈出院,黄冈市9个县市确诊病例已实现“清零”。\n当天下午四点半,在黄梅县人民医院雷焱山应急医院医护人员的护送下,最后两名新冠肺炎患者走出雷焱山医院感染病房,康复出院。至此,黄梅县累计报告新冠肺炎确诊的284例病例中,除9例病亡外,其余病例已全部治愈出院。截至目前,黄梅县已连续20天无新增确诊病例。\n紧邻武汉的黄冈市总人口750万,是湖北省仅次于武汉的第二人口大市,大量人员常年在武汉等地务工。新冠肺炎疫情发生以来,黄冈市确诊病例数量曾一度位居全国第二,仅次于武汉。截至2020年3月12日24时,黄冈市累计确诊病例2907例,累计治愈出院2720例。\n自2月27日,英山县成为黄冈市首个存量确诊病例“清零”的县市以来,黄冈市10个县市区中,已先后有团风、浠水、红安、蕲春、麻城、武穴、罗田和黄梅实现“四类人员”清零目标。剩下的黄冈市黄州区正在进一步加强疫情防控工作。",
        published="2020-03-14 19:06",
        city="黄冈市",
        expect=[
            ("recovered_new", "黄梅县", "2020-03-13", 2, "", ""),
            ("hospitalized", "黄梅县", "2020-03-13", 0, "", ""),
            ("confirmed_total", "黄梅县", "2020-03-13", 284, "", ""),
            ("deaths_total", "黄梅县", "2020-03-13", 9, "", ""),
            ("confirmed_new", "黄梅县", "2020-03-13", 0, "", ""),
            ("confirmed_total", "黄冈市", "2020-03-12", 2907, "", ""),
            ("recovered_total", "黄冈市", "2020-03-12", 2720, "", ""),
            ("hospitalized", "英山县", "2020-02-27", 0, "", ""),
            ("hospitalized", "英山县", "2020-03-13", 0, "", ""),
            ("hospitalized", "团风县", "2020-03-13", 0, "", ""),
            ("hospitalized", "浠水县", "2020-03-13", 0, "", ""),
            ("hospitalized", "红安县", "2020-03-13", 0, "", ""),
            ("hospitalized", "蕲春县", "2020-03-13", 0, "", ""),
            ("hospitalized", "麻城市", "2020-03-13", 0, "", ""),
            ("hospitalized", "武穴市", "2020-03-13", 0, "", ""),
            ("hospitalized", "罗田县", "2020-03-13", 0, "", ""),
        ],
        note="新华社武汉3月13日电 on an emergency-management portal (应急安全网), page 2020-03-14 19:06:29; its disclaimer was left out. Home city 黄冈市: the city and its counties and county-level cities (short names in the text → full names: 团风 → 团风县, 麻城 → 麻城市 …). 黄梅县最后2名…确诊患者治愈出院 (a count with a digit) → 黄梅县 recovered_new 2 and hospitalized 0 on 3/13; the second telling (最后两名…康复出院) is the same two. 累计报告…284例病例中,除9例病亡外,其余病例已全部治愈出院 → confirmed_total 284 and deaths_total 9; the recovered total is only implied as a difference (275, not stated): no tuple (unsure). 截至目前,黄梅县已连续20天无新增确诊病例 → one confirmed_new 0 on 3/13. 黄冈市累计确诊病例2907例,累计治愈出院2720例 → totals on 3/12. The headline's 9个县市确诊病例全部“清零” are 英山县 (cleared 2月27日, so hospitalized 0 on 2/27 too) and the eight named afterwards → hospitalized 0 for each on 3/13; '四类人员清零' is read for hospitalized only, not expanded into suspected or observation 0 (unsure). 黄州区 is still clearing: no tuple. 总人口750万, 10个县市区, 全国第二 → no tuple; 黄梅县人民医院雷焱山应急医院 is one hospital.",
        source="http://yjaq.com.cn/rd/2020-03-14/2460.html",
    ),
    # https://001france.com/news/news1817688327.html
    dict(
        id="b25f07",
        text="告急 法国单日增138例 423人确诊\n未知 2020-03-07\n法国广播电台中文网\n3月6日法国新冠病毒确诊病例已经增至423例,比前一天多了138例确诊病例,23人在抢救之中。死亡人数从前一天的4人增至7人。\n法国目前有三大疫情重灾区。一个是瓦兹省(L’oise),群聚感染确诊人数已经升至105人,死亡人数增至3人;西北部莫尔比昂( Morbihan )20例;上萨瓦省(Haute-Savoie)49例。另一个群聚感染重灾区是大东部大区(Grand Est)。",
        published="2020-03-07",
        city=None,
        expect=[
            ("confirmed_total", "法国", "2020-03-06", 423, "", ""),
            ("confirmed_new", "法国", "2020-03-06", 138, "", ""),
            ("critical", "法国", "2020-03-06", 23, "", ""),
            ("deaths_total", "法国", "2020-03-06", 7, "", ""),
            ("deaths_total", "法国", "2020-03-05", 4, "", ""),
            ("confirmed_total", "瓦兹省", "2020-03-06", 105, "", ""),
            ("deaths_total", "瓦兹省", "2020-03-06", 3, "", ""),
            ("confirmed_total", "莫尔比昂", "2020-03-06", 20, "", ""),
            ("confirmed_total", "上萨瓦省", "2020-03-06", 49, "", ""),
        ],
        note="RFI's Chinese service (法国广播电台中文网) as reposted on a French Chinese-community portal (001france), page line '未知 2020-03-07' (author unknown, date); the comment count and a photo caption were left out. The first paragraph is cut after its second sentence (the rest, on the week's daily rises and the spread to all 13 regions, was left out) and the paragraphs after the regions one were left out. Corpus without a home city; four places. 3月6日…增至423例,比前一天多了138例 → confirmed_total 423 and confirmed_new 138 on 3/6 (the text's date); 23人在抢救之中 → critical 23 (people in emergency/critical care, read like an intensive-care count; unsure); 死亡人数从前一天的4人增至7人 → deaths_total 7 on 3/6 and 4 on 3/5 (前一天); the rise of 3 is not stated: no deaths_new. 法国目前有三大疫情重灾区 dates the regions paragraph by the earlier 3月6日: 瓦兹省's cluster count 105 and 3 deaths → 瓦兹省 confirmed_total 105 and deaths_total 3 (the department's outbreak as the text presents it; unsure); 莫尔比昂 (as written) 20 and 上萨瓦省 49 → confirmed_total. 大东部大区 has no figure.",
        source="https://001france.com/news/news1817688327.html",
    ),
    # https://news.china.com/internationalgd/10000166/20200414/38076446.html
    dict(
        id="b25f08",
        text="印度新冠确诊病例破万\n2020-04-14 17:01:01 新华网\n新华社新德里4月14日电(记者赵旭 张兴军)印度卫生部14日发布的疫情数据显示,截至当天上午8时,印度新冠确诊病例累计达10363例,累计死亡339例,累计治愈1036例。\n印度总理莫迪当天上午发表全国电视讲话说,政府决定延长全国封锁措施至5月3日。印度自3月25日起实施为期21天的封锁措施,要求民众除购买生活必需品等特定情况外一律不要外出。封锁期原定于4月14日结束。\n莫迪说,政府下一阶段会重点关注境内疫情热点地区。\n孟买市所在的马哈拉施特拉邦是印度疫情最严重的地区之一。孟买市政府13日公布的数据显示,该市新冠死亡病例累计已达100例,是印度首个新冠死亡病例达三位数的城市。",
        published="2020-04-14 17:01",
        city=None,
        expect=[
            ("confirmed_total", "印度", "2020-04-14", 10363, "", ""),
            ("deaths_total", "印度", "2020-04-14", 339, "", ""),
            ("recovered_total", "印度", "2020-04-14", 1036, "", ""),
            ("deaths_total", "孟买市", "2020-04-13", 100, "", ""),
        ],
        note="新华社新德里4月14日电 on 中华网's world-news channel, page 2020-04-14 17:01:01 (新华网); the site's bookmark hint and related-news chrome were left out. Corpus without a home city; two places. 截至当天上午8时 → the national totals on 4/14; 孟买市政府13日公布的数据显示,该市新冠死亡病例累计已达100例 → 孟买市 deaths_total 100 on 4/13 (the city's own data; 该市 is 孟买市). The headline's 破万 is a rounding; 马哈拉施特拉邦 has no figure; 5月3日, 3月25日, 21天, 4月14日 (lockdown dates and length) date no figure; 首个…达三位数的城市 is a ranking.",
        source="https://news.china.com/internationalgd/10000166/20200414/38076446.html",
    ),
    # https://hebwb.hebei.gov.cn/single/296/4375.html
    dict(
        id="b25f09",
        text="新华社武汉4月26日电(记者王贤、乐文婉)武汉市卫生健康委员会26日下午发布消息称,武汉市肺科医院77岁的新冠肺炎患者丁某第二次核酸检测结果为阴性,临床症状解除,达到出院标准。至此,武汉市在院新冠肺炎患者清零。\n湖北和武汉是打赢疫情防控阻击战的决胜之地。武汉胜则湖北胜,湖北胜则全国胜。湖北省现有确诊病例从最高峰2月18日的50633例(武汉38020例),到4月14日湖北除武汉以外病例清零,4月21日武汉病例降至两位数,再到26日在院新冠肺炎患者清零……湖北省、武汉市新冠肺炎医疗救治工作取得阶段性重大成效。",
        published="2020-04-26",
        city="武汉市",
        expect=[
            ("hospitalized", "武汉市", "2020-04-26", 0, "", ""),
            ("hospitalized", "武汉市", "2020-02-18", 38020, "", ""),
        ],
        note="新华社武汉4月26日电 on 河北's government web portal; the stored copy shows no headline or date line (the page's interactive-login notice was left out), `published` is the dateline's day and the year is fixed by the event (Wuhan's last COVID-19 inpatient, 26 April 2020). Home city 武汉市. 至此,武汉市在院新冠肺炎患者清零 → hospitalized 0 on 4/26. 湖北省现有确诊病例从最高峰2月18日的50633例(武汉38020例) → 武汉市 hospitalized 38020 on 2/18 (现有确诊 is current); the province's 50633 is not the home city's. 武汉市肺科医院…患者丁某…达到出院标准 is one hospital's patient named by a name, not a count: no recovered_new. 4月14日湖北除武汉以外病例清零 concerns the rest of the province; 4月21日武汉病例降至两位数 states no number: no tuple.",
        source="https://hebwb.hebei.gov.cn/single/296/4375.html",
    ),
    # http://tech.jiangsulong.com/a/2020/0331/03311FM52020.html
    dict(
        id="b25f10",
        text="吉尔吉斯斯坦新冠肺炎确诊病例数“破百”\n【环球时报-环球网特派采访人员 周翰博】比什凯克消息:据吉尔吉斯斯坦卫生部消息 , 31日吉新增13例新冠肺炎确诊病例 , 累计确诊病例达到107例 。\n吉卫生部副部长马姆别托夫在31日举行的新闻发布会上对媒体表示 , 新增的确诊病例分别来自首都比什凯克市(1例)、纳伦州(3例)、伊塞克湖州(2例)、楚河州(1例)、奥什州(5例)以及贾拉拉巴德州(1例)等地 。 截至目前 , 全国新冠肺炎确诊病例达到107例 , 其中包括49名男性和58名女性 , 所有确诊患者都在医院接受隔离治疗 。 “年龄最小的患者未满周岁 。 需要引起关注的是 , 未成年患者数量正在不断升高” 。\n【吉尔吉斯斯坦新冠肺炎确诊病例数“破百”】为应对疫情 , 从3月25日至4月15日 , 吉尔吉斯斯坦政府决定在包括首都比什凯克在内的多座城市实行紧急状态 。 紧急状态期间 , 每天20时00分至次日7时00分(夜间)实行宵禁 。",
        published="2020-03-31",
        city=None,
        expect=[
            ("confirmed_new", "吉尔吉斯斯坦", "2020-03-31", 13, "", ""),
            ("confirmed_total", "吉尔吉斯斯坦", "2020-03-31", 107, "", ""),
            ("hospitalized", "吉尔吉斯斯坦", "2020-03-31", 107, "", ""),
            ("confirmed_new", "比什凯克市", "2020-03-31", 1, "", ""),
            ("confirmed_new", "纳伦州", "2020-03-31", 3, "", ""),
            ("confirmed_new", "伊塞克湖州", "2020-03-31", 2, "", ""),
            ("confirmed_new", "楚河州", "2020-03-31", 1, "", ""),
            ("confirmed_new", "奥什州", "2020-03-31", 5, "", ""),
            ("confirmed_new", "贾拉拉巴德州", "2020-03-31", 1, "", ""),
        ],
        note="环球网's report (环球时报-环球网特派采访人员, 比什凯克消息) on an aggregator whose address carries 2020/0331; the aggregator's spaced punctuation ( , 。) and its repetition of the headline in brackets before the last paragraph are kept as found; picture placeholders and 推荐阅读 were left out. Corpus without a home city; seven places (the country and six regions), a little over the usual six because the regional split is the point of the item. 31日 → 2020-03-31. 新增的确诊病例分别来自首都比什凯克市(1例)、纳伦州(3例)… is the ministry's regional split of the day's 13 (1+3+2+1+5+1) → confirmed_new per region (read as where the new cases were found, not as the patients' travel origin; unsure). 全国…107例,…所有确诊患者都在医院接受隔离治疗 → hospitalized 107 (all confirmed patients in hospital, read as blind24 read '31名患者均在定点医疗机构接受隔离治疗'). 49名男性和58名女性 and 未满周岁 → no tuple; 3月25日至4月15日 and 20时00分至次日7时00分 (state of emergency and curfew) date no figure; the headline's 破百 is a rounding.",
        source="http://tech.jiangsulong.com/a/2020/0331/03311FM52020.html",
    ),
    # http://bj.people.com.cn/BIG5/n2/2020/0417/c14540-33955164.html
    dict(
        id="b25f11",
        text="北京昨日無新增確診病例 出院6例\n2020年04月17日08:33  來源:人民網-北京頻道\n人民網北京4月17日電 4月16日0時至24時,北京市無新增報告境外輸入新冠肺炎確診病例、疑似病例和無症狀感染者,治愈出院病例6例。截至4月16日24時,累計報告境外輸入確診病例174例,無境外輸入無症狀感染者報告,治愈出院病例105例。\n4月16日0時至24時,無新增報告本地確診病例、疑似病例和無症狀感染者。截至4月16日24時,累計報告本地確診病例419例,無處於醫學觀察期的無症狀感染者,治愈出院病例404例,治愈出院率96.4%。",
        published="2020-04-17 08:33",
        city=None,
        expect=[
            ("confirmed_new", "北京市", "2020-04-16", 0, "", ""),
            ("recovered_new", "北京市", "2020-04-16", 6, "", ""),
            ("confirmed_total", "北京市", "2020-04-16", 419, "", ""),
            ("recovered_total", "北京市", "2020-04-16", 404, "", ""),
            ("recovery_rate", "北京市", "2020-04-16", 96.4, "", ""),
        ],
        note="人民网北京频道 in traditional characters (BIG5 edition), page 2020年04月17日08:33, quoting the city's bulletin for 4月16日. Kept: headline, date/source line and the two figure paragraphs; the paragraph listing 15 districts' runs of days without local cases and the editor line were left out (a corpus case is kept to a few places). Corpus without a home city; one place, 北京市 (the issuer: 北京市無新增報告…). The headline's 北京昨日無新增確診病例 → confirmed_new 0 on 4/16 (昨日 = published-1; the local paragraph's 無新增報告本地確診病例 gives the same 0). 出院6例 in the headline is the city's discharges of the day → recovered_new 6; the body's 治愈出院病例6例 are the imported cases' (an imported-only figure, no tuple of its own). Local counts reported apart (累計報告本地確診病例419例, 治愈出院病例404例, 治愈出院率96.4%) → the city's confirmed_total, recovered_total and recovery_rate (first-listed reading of 'Readings still open'); the imported totals 174 and 105 → no tuple. 無新增…疑似病例和無症狀感染者 → no metric.",
        source="http://bj.people.com.cn/BIG5/n2/2020/0417/c14540-33955164.html",
    ),
    # https://www.chinanews.com/gj/2020/04-15/9157002.shtml
    dict(
        id="b25f12",
        text="乌兹别克斯坦新冠确诊病例破千\n2020年04月15日 01:02 来源:新华网\n新华社塔什干4月14日电(记者蔡国栋)据乌兹别克斯坦卫生部14日发布的疫情报告,截至当地时间14日15时30分(北京时间18时30分),该国累计确诊新冠病例1113例,与13日23时(北京时间14日2时)的998例相比,新增115例;累计死亡4例;累计治愈99例。\n乌卫生部表示,截至目前仅对约10万人进行了新冠病毒检测,尚没有大规模开展新冠病毒检测的计划。\n乌兹别克斯坦于3月15日确诊该国首例新冠病例。根据政府指令,该国自3月23日起关闭边境,境内所有人在公共场所必须戴口罩。目前,乌政府正计划筹资1亿美元加强国家卫生系统,并为低收入人群和家庭提供援助。\n【编辑:罗攀】",
        published="2020-04-15 01:02",
        city=None,
        expect=[
            ("confirmed_total", "乌兹别克斯坦", "2020-04-14", 1113, "", ""),
            ("confirmed_new", "乌兹别克斯坦", "2020-04-14", 115, "", ""),
            ("deaths_total", "乌兹别克斯坦", "2020-04-14", 4, "", ""),
            ("recovered_total", "乌兹别克斯坦", "2020-04-14", 99, "", ""),
        ],
        note="新华社塔什干4月14日电 on 中新网's world channel (来源:新华网), page 2020年04月15日 01:02; the page repeats its headline (one copy kept) and its share/interaction chrome and site footer were left out; the editor line is kept. Corpus without a home city; one place. 截至当地时间14日15时30分 → 4/14: confirmed_total 1113, confirmed_new 115, deaths_total 4, recovered_total 99. 与13日23时…的998例相比 is the baseline of the comparison: no tuple for 998 or for 13日. 约10万人 (people tested), 3月15日 (first case, an ordinal), 3月23日 (border closing) and 1亿美元 → no tuple; the headline's 破千 is a rounding.",
        source="https://www.chinanews.com/gj/2020/04-15/9157002.shtml",
    ),
    # http://4g.mz168.com/thread-157456.htm/thread-169752.htm
    dict(
        id="b25f13",
        text="4月23日,广东新增境内确诊病例1例,新增无症状感染者4例\nmz168 2020-4-24 8:47:07\n2020年4月24日\n广东省新冠肺炎疫情情况\n4月23日0-24时,全省无新增境外输入确诊病例。累计报告境外输入病例192例。\n新增境内确诊病例1例,为广州报告境外输入关联,通过社区排查发现,为无症状感染者转确诊病例。\n截至4月23日24时,全省累计报告新冠肺炎确诊病例1585例,累计出院1528例,累计死亡8例。\n新增出院10例。在院49例(其中境外输入病例21例)中,轻型10例,普通型35例,重型4例。\n新增无症状感染者4例。广州报告3例,其中,境外输入关联2例,通过社区排查、密接排查发现;境外输入1例,来自柬埔寨,通过入境口岸发现,入关后即被隔离观察。佛山报告1例,湖北输入,通过医疗机构发现。\n(广东省卫生健康委)",
        published="2020-04-24 08:47",
        city=None,
        expect=[
            ("confirmed_new", "广东省", "2020-04-23", 1, "", ""),
            ("confirmed_new", "广州市", "2020-04-23", 1, "", ""),
            ("confirmed_total", "广东省", "2020-04-23", 1585, "", ""),
            ("recovered_total", "广东省", "2020-04-23", 1528, "", ""),
            ("deaths_total", "广东省", "2020-04-23", 8, "", ""),
            ("recovered_new", "广东省", "2020-04-23", 10, "", ""),
            ("hospitalized", "广东省", "2020-04-23", 49, "", ""),
            ("severe", "广东省", "2020-04-23", 4, "", ""),
        ],
        note="广东省卫生健康委's bulletin for 4月23日 as reposted on a 梅州 community forum (mz168), post line 'mz168 2020-4-24 8:47:07' and the bulletin's own date line 2020年4月24日; the read count and bookmark chrome were left out. Corpus without a home city; two places: 广东省 (全省, signed 广东省卫生健康委) and 广州市. 全省无新增境外输入确诊病例 and 累计报告境外输入病例192例 are imported-only: no tuple. 新增境内确诊病例1例 (domestic cases reported apart from imported ones) → 广东省 confirmed_new 1 (first-listed reading for local-only counts) and, 为广州报告, 广州市 confirmed_new 1; the headline's 新增境内确诊病例1例 is the same. 累计…1585例,累计出院1528例,累计死亡8例 → totals; 新增出院10例 → recovered_new 10; 在院49例 → hospitalized 49 (其中境外输入病例21例 is an imported subtotal: no tuple); 重型4例 → severe 4; 轻型 and 普通型 have no metric. 无症状感染者 (4, 广州报告3例, 佛山报告1例, 境外输入关联 …) → no metric; 柬埔寨 and 湖北 are origins.",
        source="http://4g.mz168.com/thread-157456.htm/thread-169752.htm",
    ),
    # https://gb.crntt.com/doc/49_972_105752581_1.html
    dict(
        id="b25f14",
        text="日本28日单日新增282例病例\nhttp://www.CRNTT.com   2020-04-29 10:48:09\n中评社香港4月29日电/日本境内2019冠状病毒疾病(COVID-19)疫情延烧,昨天新增282例确诊病例分布29个都道府县,其中东京都单日新增112例;死亡病例单日新增19例,包括德岛县首例及大阪府4例。\n日本放送协会(NHK)报道,截至昨天为止,日本境内共有1万3895例确诊病例,加上钻石公主号邮轮712例,总计1万4607例。\n死亡人数总计426人,包括境内413人及钻石公主号13人。",
        published="2020-04-29 10:48",
        city=None,
        expect=[
            ("confirmed_new", "日本", "2020-04-28", 282, "", ""),
            ("confirmed_new", "东京都", "2020-04-28", 112, "", ""),
            ("deaths_new", "日本", "2020-04-28", 19, "", ""),
            ("deaths_new", "大阪府", "2020-04-28", 4, "", ""),
            ("confirmed_total", "日本", "2020-04-28", 13895, "", ""),
            ("confirmed_total", "钻石公主号", "2020-04-28", 712, "", ""),
            ("deaths_total", "日本", "2020-04-28", 413, "", ""),
            ("deaths_total", "钻石公主号", "2020-04-28", 13, "", ""),
        ],
        note="中评社 (China Review News, Hong Kong) quoting NHK via 中央社, page 'http://www.CRNTT.com 2020-04-29 10:48:09' (a date line kept as found); the paragraph ranking the prefectures (东京都 4059, 大阪府 1553 … 岩手县 零确诊, 德岛县 5, 鸟取县 3) was left out to keep the case to four places, and the QR-code/print chrome was left out. Corpus without a home city; places 日本, 东京都, 大阪府 and the ship by its name. 昨天 and 截至昨天为止 on a page of 4/29 → 2020-04-28. 新增282例 → 日本 confirmed_new 282 (分布29个都道府县 is a count of prefectures); 东京都单日新增112例 → confirmed_new 112; 死亡病例单日新增19例,包括德岛县首例及大阪府4例 → 日本 deaths_new 19 and 大阪府 deaths_new 4, while 德岛县首例 (a first death named by an ordinal in words) gives no tuple (first-listed reading). 日本境内…1万3895例 → 日本 confirmed_total 13895 and 钻石公主号邮轮712例 → the ship's confirmed_total; 总计1万4607例 and 死亡人数总计426人 are sums across the country and the ship: no tuple (as blind24 read CNA's Japan totals; unsure); 境内413人 → 日本 deaths_total 413, 钻石公主号13人 → the ship's deaths_total 13.",
        source="https://gb.crntt.com/doc/49_972_105752581_1.html",
    ),
]
