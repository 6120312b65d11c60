"""Removed before the first run (the maintainer's overlap check): b21f13, 武汉市 in the national
bulletin of 3月18日, whose wording shares windows with eval tables.

Golden extraction cases for FEED texts, twenty-first BLIND set, Jan–Apr 2020.

What is here: 16 feed texts, i.e. wire items, bulletins and round-ups that summarise several places or one country and
its regions (issue 20 of the project). 12 have city=None (a corpus without a home city: every place's tuples the text
gives); 4 are read for a home city (only that city's and its districts' tuples): 武汉市 (the national bulletin of 3月18日
on an association site), 哈尔滨市 (the city's own bulletin of 4月14日), 嘉兴市 (中央社's item on China's figures of
3月26日, on a Taiwanese portal) and 北京市 (中央社's item on China's figures of 4月15日). All four cities were home cities in
earlier tables; the brief allows that this round when the page is new, and every page passed the overlap check below.
blind21_narrative.py, written at the same time, did not exist when this file was finished (checked before finalising),
so no clash of home cities could be checked against it.
* city=None, one country (or one province) each, with its regions or cities where the text gives them (at most six
  places a case): 巴西 with 圣保罗州, 里约热内卢州, 伯南布哥州, 塞阿拉州, 亚马孙州 (中新网 on 新国学网, 4月18日); 秘鲁 and
  利马 (新华社 on a pinyin-bracketing traditional mirror, 4月23日); 阿根廷 (新华社, same kind of mirror, 3月8日); 奥地利
  (新华社, traditional mirror of 新华网, 3月24日); 菲律宾 (ETtoday, Taiwan, with an embedded English tweet, 3月31日); 智利
  (新华社 via 新华财经, 4月18日 data); 波兰 (央视 on a comma-spacing aggregator, 3月28日); 黑龙江省 with 哈尔滨市, 牡丹江市,
  大庆市 (the province's bulletin of 4月20日 on a news portal, local and imported cases reported apart); 日本 and 北海道
  (中新网 on 人民政协网, 4月13日); 沙特 (the Chinese chamber of commerce in Saudi Arabia, a trade association's site, 3月25日);
  阿联酋 (新华社 on a mirror, 4月5日); 韩国 (中国小康网, 3月10日).
  None of these countries or dates is one that rounds 19 and 20 name as used (Korea is of 3月10日, Japan of 4月13日 and
  outside Tokyo; Russia 4月9日, used in round 19, was dropped).
Every case is a short verbatim excerpt of a public page found with the search tool (`pages` corpus); its `source` is that
page's URL (also in a comment above the entry). Traditional characters, a mirror's pinyin in brackets (衛(wèi)生部) and its
doubled commas (',,', ',。'), spaced punctuation (' , ', ' 。'), spaces around numbers (新增確診 55 例), a headline repeated
in 【】, a 导言 that repeats the next paragraph, a title cut off in print (…2917例累_), a stray '】' before 摘要, the DHO typo,
an English tweet, a forum-style post header with a view count, and the pages' own headline/date/source lines are kept as
found. Leading indentation was dropped and each paragraph is one line; page chrome (navigation, share and follow lines,
privacy and app notices, photo captions, related-news links, footers, crawl markers) and paragraphs a case does not need
were left out; a paragraph is cut only after a full sentence; each note says what was left out.

How it was made: BLIND, as a careful reader of the texts alone. Nothing of the extractor was opened or run (no code under
extract/, store/, briefing/, app/ or evaluation/, no CLI, no test). Binding conventions: tests/cases/ANNOTATION.md
(including 'Readings still open', where the first-listed reading is followed), shared/gold/FORMAT.md and the conventions
in dev_cases.py's docstring. For the layout only the docstring and the first two CASES entries of blind20_feeds.py were
read. Other tables were grepped for file names only (checks below) and for `city=` values. About 40 searches were run and
some 90 candidate pages looked at; 16 were kept.

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Ways of writing covered (counts of cases; a case can count under several):
  (1) foreign places: 11 (countries by their usual short Chinese name, also where the text writes them in full:
      阿拉伯联合酋长国 → 阿联酋; 沙特 as written; states, a prefecture and a capital as written, in simplified: 圣保罗州,
      里约热内卢州, 伯南布哥州, 塞阿拉州, 亚马孙州, 利马, 北海道);
  (2) home-city reads of feeds: 4 (the home city's bracketed figures inside a national bulletin; a city bulletin with a
      district list; one city named in a wire item on the whole country, twice);
  (3) a provincial bulletin with prefectures written short (哈尔滨, 牡丹江, 大庆 → full names), city=None: 1;
  (4) local versus imported reported apart: 4 (local-only counts read as the place's figures, the first-listed reading;
      imported-only subtotals and contacts give no tuple; a 境外输入关联本地确诊病例 is a local case);
  (5) current versus cumulative, severity: 4 (现有确诊 with a prefecture list, 现有本地确诊 with a district list, 其余869名
      患者…接受隔离治疗 with (含重症3例), 现有确诊…其中重症 for 武汉, 现有疑似 with a prefecture);
  (6) deaths: 11 (new and total; 死亡28例 and 死亡2例 inside lists of running totals; 全國總共88名患者病逝; 死亡病例增至);
  (7) recoveries: 6 (另有7人從病情中康復 and 新增治愈病例1例 as new; 累计治愈, 治愈29例 in a list of totals as totals);
  (8) dates: 16 (截至当地时间18日21时 under a 20日 dateline; 截至10日0时 by the day written; 今(31)日; 昨天 =
      published-1 twice; 截至23日上午; 目前 taking an earlier paragraph's date where its own paragraph has only event dates;
      page dates from the address (20200424, 2020-03/09, 20200331, 20200420, 2020/0329, 2020-04/06, 2020/03/27);
      published=None twice where the stored page shows no date and the text's 2020年… dates the figures; baselines
      比前一天, 比前一日, 较9日0时; event dates 3月16日, 4月26日, 5月10日, 2月28日, 3月19日 that date no figure);
  (9) distractors without a tuple: 10 (an ordinal in words 拉美第一例…死亡病例; the army's and an office building's counts;
      Mecca as a patient's residence; patients' travel; a share of two regions together (占比超过八成); a threshold
      ranking of other countries (继巴西和秘鲁之后…超过1万例); an average of recent days (每天…1500例左右); tests; fever-clinic
      visits; asymptomatic carriers; new suspects; headline roundings 近5000例, 破万).

Reading choices made where the binding conventions are silent (each note says which it uses):
* 截至10日0时 is dated by the day written (2020-03-10), not converted to 9日24时 (as blind20 did for 零点).
* 比前一天增加952例 / 比前一日增加358例 after a cumulative count → confirmed_new (the day's rise).
* 近几日…每天新增确诊病例1500例左右 → no tuple: an average over recent days, not one day's count (unsure).
* 继巴西和秘鲁之后,第三个累计确诊病例数超过1万例的国家 → no tuple for Brazil or Peru (unsure).
* 正在接受隔离治疗 said of the day's new patients only → no hospitalized tuple.
* A page with no date line of its own takes the date in its address (as in earlier blind tables); where the address has
  no day either, published=None and the text's 2020年… dates the figures.

Exclusion and overlap checks:
* No page comes from Hunan, mentions 株洲 or a Hunan place (the kept excerpts, notes and addresses were scanned, in
  simplified, for the Hunan names of ANNOTATION.md and the brief, 湘, 红网 and 丁香), or comes from the DXY feed or a mirror
  of it; every page is of 2020 (Jan–Apr): pages whose stored copy shows no year anywhere (text, date line or address) were
  not kept (see below).
* Before annotating, each candidate's URL (its distinctive part) and 3–8 distinctive 12–20-character snippets (headline,
  figures with their nouns, lists, names), each as found, converted to simplified and to traditional (OpenCC t2s/s2t), and
  each also with half-width and full-width punctuation, were grepped with `grep -rlF` (file names only) across tests/cases
  and tests/data; then each kept excerpt was converted to simplified and ten 15-character windows spread over it were
  grepped, each also in traditional and with both kinds of punctuation. For the 16 kept pages no address path or snippet
  was found. One window matched boilerplate only, which is not counted as a hit: '州仍是巴西疫情最严重的地区。截' (b21f01;
  blind16_feeds.py) is 中新社 São Paulo's stock sentence '圣保罗州和里约热内卢州仍是巴西疫情最严重的地区' that opens the state
  paragraph of each day's report; the 4月18日 figures with their nouns (累计死亡2347例, 死亡病例增至991例, 4543例和387例,
  205例、176例和161例, 截至当天14时,巴西新增) were grepped and are clean. Some site domains are in other tables with other
  pages (feifmx.com, j637.cn, wxykgl.com, chinaxiaokang.com, taronews); their address paths and snippets are clean.
* Dropped for a hit on address, snippets or the same per-place list: world items: 伊朗 3月7日 (中新网 on a repost site;
  eval_feeds) and 3月26日 (俄罗斯卫星通讯社; blind8), 加拿大 4月2日 (央视 on a mirror; blind8), 巴西 4月14日 (中新社;
  blind16) and 4月25日 (中新网 on a mirror; blind18), 韩国 3月5日 (新华社 on another mirror; blind9), 新加坡 2月7日 (澎湃;
  dev_feeds), 印尼 3月18日 (东方日报; blind14), 澳门 2月3日 (新闻局; blind7), 香港 3月31日 (星島 on LINE; holdout_feeds), and
  日本 3月12日 (新华社 big5 page with the 钻石公主号 and 北海道: address and figures clean, but a window (the cruise-ship
  caveat) and two snippets (含包机归国14例, 已有34个出现确诊病例) are in blind10_feeds, possibly the same day's item, so it
  was dropped and Japan is read from 4月13日); mainland candidates for a home city: 四川 2月20日 for 泸州 (eval_feeds), 南漳县
  2月8日/17日 for 襄阳 (dev_realworld, blind2_narrative), 宣城 2月15日 (blind3_narrative), 宜春 2月19日 (dev_realworld), 宿州
  2月14日 (blind8_feeds) and 3月4日 (a college page; blind7_narrative), 安徽 1月28日 for 安庆/宿松 (blind4_feeds), 哈尔滨 3月8日
  (dev_realworld), 广州 1月30日 (dev_feeds, dev_realworld) and 2月21日 (dev_feeds), 深圳 2月2日 (dev_realworld), 广东 2月2日
  (blind4_feeds) and 2月3日 (dev_realworld), 宁夏 2月15日–29日 (city lists frozen for days, in blind6/blind11_feeds and
  holdout_realworld), 新疆 2月11日–28日 (lists in blind6/blind12_feeds and holdout_realworld), 湖北 3月19日 (blind10_feeds),
  the national bulletin of 3月19日 (blind_feeds), the national 清零 round-up of 3月9日 for 德阳 (blind_feeds, bugs_caught) and
  恩施州 3月17日 (blind3_narrative).
* Other candidates left out: pages whose stored copy shows no year (加拿大 3月30日 on two mirrors and 3月15日, 新加坡 3月17日
  on a Mandarin-school blog, 菲律宾 4月13日 (the 3月31日 item replaces it), 北海道 2月28日, 阿根廷 4月14日, 挪威 3月19日 and
  4月14日, 捷克 3月22日 (no date line in the stored copy), 智利 3月28日 (智利中文网, its numbers also missing), 墨西哥 3月12日,
  韩国 4月10日 and a bilingual Korean-learning page of 3月10日, a Macau government page 今(20)日, and the 3月18日 national
  bulletin on 中评社, kept instead from the association site that dates it); too many places (伊朗 3月9日, nine provinces;
  加拿大 3月23日, RCI's table of thirteen provinces; 韩国 3月1日 and 2月26日, eight or more regions; 阿根廷 4月12日, a province
  list; the regional paragraphs of the kept Saudi page were left out); 俄罗斯 4月9日 (used in round 19); 宿松县 3月2日 (no
  address in the stored copy); 梅州 3月 (a hospital discharge story, not a feed); second items for a country (波兰 3月16日,
  日本 3月12日 apart from its hit); 黑龙江 4月7日 (the province's bilingual page: clean, but nearly every figure is
  imported-only); pages of May 2020 or of 2021–2023 that the search returned.
"""

CASES = [
    # http://www.sinology.cn/cosbu/news/show-65345.html
    dict(
        id="b21f01",
        text="新国学网:巴西新增新冠肺炎确诊病例2917例累_里约热内卢-圣保罗-巴西-\n发布日期:2020-04-19  来源:中国新闻网  作者:罗攀\n(抗击新冠肺炎)巴西新增新冠肺炎确诊病例2917例 累计确诊36599例\n中新网圣保罗4月18日电 (记者 莫成雄)巴西卫生部当地时间18日发布报告称,截至当天14时,巴西新增新冠肺炎确诊病例2917例,累计确诊36599例;新增死亡病例206例,累计死亡2347例。\n巴西卫生部称,圣保罗州和里约热内卢州仍是巴西疫情最严重的地区。截至目前,圣保罗州确诊病例达到13894例,死亡病例增至991例,两项均居全国首位。里约热内卢州确诊和死亡病例分别达到4543例和387例。此外,伯南布哥州、塞阿拉州和亚马孙州死亡病例分别达到205例、176例和161例。",
        published="2020-04-19",
        city=None,
        expect=[
            ("confirmed_new", "巴西", "2020-04-18", 2917, "", ""),
            ("confirmed_total", "巴西", "2020-04-18", 36599, "", ""),
            ("deaths_new", "巴西", "2020-04-18", 206, "", ""),
            ("deaths_total", "巴西", "2020-04-18", 2347, "", ""),
            ("confirmed_total", "圣保罗州", "2020-04-18", 13894, "", ""),
            ("deaths_total", "圣保罗州", "2020-04-18", 991, "", ""),
            ("confirmed_total", "里约热内卢州", "2020-04-18", 4543, "", ""),
            ("deaths_total", "里约热内卢州", "2020-04-18", 387, "", ""),
            ("deaths_total", "伯南布哥州", "2020-04-18", 205, "", ""),
            ("deaths_total", "塞阿拉州", "2020-04-18", 176, "", ""),
            ("deaths_total", "亚马孙州", "2020-04-18", 161, "", ""),
        ],
        note="中新网 (莫成雄, São Paulo) on Brazil, 4月18日, reposted on 新国学网 (sinology.cn) with its own title line (cut off in print: 确诊病例2917例累_ followed by keyword tags) and its date line (发布日期:2020-04-19); the font-size buttons before the date line, the 核心提示 box (a copy of the lede) and the page's repeated headline without the 抗击新冠肺炎 tag were left out, as were the paragraphs after the second one (hospitals under pressure in four state capitals). The second paragraph is cut after 161例 (a full sentence): its last sentence names a seventh place (联邦区), left out to keep the case at six places. Corpus without a home city. 截至当天14时 in the lede dates the country's figures 2020-04-18; 截至目前 in the next paragraph has no date of its own, so it takes the date the earlier paragraph stated (2020-04-18). 死亡病例增至991例 is a running total → deaths_total. 分别达到4543例和387例 pairs 确诊 and 死亡 in order; 分别达到205例、176例和161例 pairs the three states in order (deaths_total each).",
        source="http://www.sinology.cn/cosbu/news/show-65345.html",
    ),
    # https://feifmx.com/internationalgd/10000166/20200424/38133599.html
    dict(
        id="b21f02",
        text="新華社利馬4月23日電(記者張國英)秘魯衛(wèi)生部23日公布的最新數(shù)據(jù)顯示,,秘魯累計新冠確診病例升至20914例,,累計死亡病例572例,。秘魯總統(tǒng)比斯卡拉當天宣布,將全國緊急狀態(tài)期限再次延長,,至5月10日,。\n秘魯目前疫情嚴峻,已成為拉美地區(qū)疫情最嚴重的國家之一,。近幾日秘魯每天新增確診病例1500例左右,,主要集中在人口密集的首都利馬。截至23日上午,,利馬累計確診病例14300例,。\n秘魯3月16日進入全國緊急狀態(tài),開始實行強制性居家隔離措施,。秘魯曾延長全國緊急狀態(tài)至4月26日,。",
        published="2020-04-24",
        city=None,
        expect=[
            ("confirmed_total", "秘鲁", "2020-04-23", 20914, "", ""),
            ("deaths_total", "秘鲁", "2020-04-23", 572, "", ""),
            ("confirmed_total", "利马", "2020-04-23", 14300, "", ""),
        ],
        note="新华社 (张国英, Lima) on Peru, 4月23日, on a traditional-converting mirror that writes pinyin in brackets (衛(wèi)生部, 數(shù)據(jù)) and doubles commas (',,', ',。'); kept as found. The stored page has no headline or date line: published is the date in the address (20200424). The related-news line after the third paragraph (a WHO world total) was left out. Corpus without a home city. 23日公布 dates Peru's totals 2020-04-23; 截至23日上午 dates Lima's 14300 the same day (region as written: 利马). 近几日秘鲁每天新增确诊病例1500例左右 is an average of recent days, not one day's count: no tuple (unsure). 3月16日, 4月26日 and 5月10日 are dates of measures, no figures.",
        source="https://feifmx.com/internationalgd/10000166/20200424/38133599.html",
    ),
    # https://j637.cn/world/2020-03/09/c_1125682631.htm
    dict(
        id="b21f03",
        text="新華社布宜諾斯艾利斯3月8日電(記者倪瑞捷)阿根廷衛(wèi)生部8日發(fā)布消息說,阿根廷當天新增3例新冠肺炎確診病例,,目前累計確診病例升至12例,。\n阿根廷衛(wèi)生部說,在新增病例中,,2人近期曾前往歐洲或美國旅行,,1人日前從意大利返回阿根廷。\n阿根廷目前發現的12例新冠肺炎確診病例均為輸入性病例,。7日,,阿根廷報告了拉美第一例新冠肺炎死亡病例。",
        published="2020-03-09",
        city=None,
        expect=[
            ("confirmed_new", "阿根廷", "2020-03-08", 3, "", ""),
            ("confirmed_total", "阿根廷", "2020-03-08", 12, "", ""),
        ],
        note="新华社 (倪瑞捷, Buenos Aires) on Argentina, 3月8日, on a traditional mirror with pinyin in brackets and doubled commas, kept as found; the stored page has no headline or date line, so published is the date in the address (2020-03-09). Corpus without a home city. 当天新增3例 and 目前累计…升至12例 → confirmed_new 3 and confirmed_total 12 on 2020-03-08; the third paragraph's 12例…均为输入性病例 repeats the country's total (one tuple; it is the whole total, not an imported-only subtotal beside local ones). 2人…旅行, 1人…从意大利返回 describe where patients had been: no tuple. 7日,阿根廷报告了拉美第一例新冠肺炎死亡病例 names one death by an ordinal in words: no deaths tuple (the reading ANNOTATION.md lists first for ordinals in words).",
        source="https://j637.cn/world/2020-03/09/c_1125682631.htm",
    ),
    # http://m.wxykgl.com/politics/2020-03/25/c_1125762833.htm
    dict(
        id="b21f04",
        text="奧地利新冠肺炎確診病例升至近5000例\n2020-03-25 04:33:57 來源: 新華網\n新華社維也納3月24日電(記者于濤)據奧地利衛生部網站24日消息,奧地利累計新冠肺炎確診病例4876例,比前一天增加952例。\n截至24日15時,奧地利共進行了28391次新冠病毒檢測,累計確診病例4876例,死亡28例。",
        published="2020-03-25 04:33",
        city=None,
        expect=[
            ("confirmed_total", "奥地利", "2020-03-24", 4876, "", ""),
            ("confirmed_new", "奥地利", "2020-03-24", 952, "", ""),
            ("deaths_total", "奥地利", "2020-03-24", 28, "", ""),
        ],
        note="新华社 (于涛, Vienna) on Austria, 3月24日, traditional, on a mirror of 新华网's mobile page: headline, date/source line and the first two paragraphs; the 新华网 正文 label, the follow/share line (關注新華網/微博/Qzone/評論), the paragraphs on testing capacity and measures, the gallery and correction chrome and the mirror's spam footer were left out. Corpus without a home city. 24日消息 and 截至24日15時 date the figures 2020-03-24 (the page time 04:33 does not matter: the text dates them). 比前一天增加952例 is the day's rise → confirmed_new 952 (the day before is a baseline, no tuple). 累計確診病例4876例,死亡28例 is a list of running totals → deaths_total 28. The second 4876 repeats the first (one tuple). 28391次…檢測 counts tests: no metric. The headline's 近5000例 is a rounding: no tuple.",
        source="http://m.wxykgl.com/politics/2020-03/25/c_1125762833.htm",
    ),
    # https://www.ettoday.net/news/20200331/1681145.htm?from=rss&utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+ettoday%2Fglobal+%28ETtoday+%E5%9C%8B%E9%9A%9B%E6%96%B0%E8%81%9E%29
    dict(
        id="b21f05",
        text="記者丁維瑀/綜合報導\n菲律賓媒體最新報導指出,菲律賓衛生部(DHO)今(31)日證實新增538例新冠肺炎(COVID-19)確診病例,全國累計2084人感染。另外,今日還新增10例死亡,全國總共88名患者病逝,另有7人從病情中康復。\nJUST IN: The Department of Health reported 538 new cases of COVID-19 on Tuesday, bringing the total number of cases in the country to 2,084\nDOH also reported 10 new deaths and 7 new recoveries. pic.twitter.com/BXioWBft14",
        published="2020-03-31",
        city=None,
        expect=[
            ("confirmed_new", "菲律宾", "2020-03-31", 538, "", ""),
            ("confirmed_total", "菲律宾", "2020-03-31", 2084, "", ""),
            ("deaths_new", "菲律宾", "2020-03-31", 10, "", ""),
            ("deaths_total", "菲律宾", "2020-03-31", 88, "", ""),
            ("recovered_new", "菲律宾", "2020-03-31", 7, "", ""),
        ],
        note="ETtoday (Taiwan, traditional) on the Philippines, 3月31日 (address 20200331): the byline, the report paragraph and the embedded English tweet of a Philippine outlet, as the page shows them. The photo caption, a crawl marker before it and the paragraph on a WHO official's remarks (no figure) were left out. Corpus without a home city. 今(31)日 → 2020-03-31; the tweet's 'on Tuesday' is the same day and its figures (538, 2,084, 10, 7) repeat the Chinese ones (one tuple each). The page's DHO for DOH is kept as printed. 全國總共88名患者病逝 → deaths_total 88. 另有7人從病情中康復 (the tweet: 7 new recoveries) reports recoveries without 累计/共 → recovered_new 7.",
        source="https://www.ettoday.net/news/20200331/1681145.htm?from=rss&utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+ettoday%2Fglobal+%28ETtoday+%E5%9C%8B%E9%9A%9B%E6%96%B0%E8%81%9E%29",
    ),
    # http://world.xinhua08.com/a/20200420/1931379.shtml
    dict(
        id="b21f06",
        text="智利累计确诊病例破万\n新华财经圣地亚哥4月20日电(记者尹南 张笑然)智利卫生部19日发布的新冠疫情数据显示,截至当地时间18日21时,该国累计确诊病例10088例。智利成为拉美国家中继巴西和秘鲁之后,第三个累计确诊病例数超过1万例的国家。\n据智利卫生部数据,截至当地时间18日21时,该国确诊病例比前一日增加358例,累计确诊10088例;新增死亡病例7例,累计死亡133例;累计治愈4338例。智利卫生部长马纳利奇预计智利将在5月和6月分别迎来确诊人数和重症患者人数的高峰。",
        published="2020-04-20",
        city=None,
        expect=[
            ("confirmed_total", "智利", "2020-04-18", 10088, "", ""),
            ("confirmed_new", "智利", "2020-04-18", 358, "", ""),
            ("deaths_new", "智利", "2020-04-18", 7, "", ""),
            ("deaths_total", "智利", "2020-04-18", 133, "", ""),
            ("recovered_total", "智利", "2020-04-18", 4338, "", ""),
        ],
        note="新华社's item on Chile (尹南, 张笑然) as carried by 新华财经 under a 4月20日 dateline: headline and the two report paragraphs; the paragraph on masks and the page's brand-project footer and editor line were left out. No date line on the stored page: published is the date in the address (20200420). Corpus without a home city. The dateline (20日) and the day of publication by the ministry (19日) are not the figures' date: 截至当地时间18日21时 dates them 2020-04-18. 比前一日增加358例 → confirmed_new 358. The second 10088 repeats the first (one tuple). 继巴西和秘鲁之后,第三个累计确诊病例数超过1万例的国家 ranks countries by a threshold; it gives Brazil and Peru no figure of their own: no tuple (unsure). 5月和6月 are forecast months. The headline's 破万 is a rounding: no tuple.",
        source="http://world.xinhua08.com/a/20200420/1931379.shtml",
    ),
    # http://tech.jiangsulong.com/a/2020/0329/032914914R020.html
    dict(
        id="b21f07",
        text="「波兰」波兰新增新冠肺炎确诊病例249例 累计确诊1638例\n综合波兰卫生部全天发布的疫情信息 , 截至当地时间3月28日午夜24点 , 波兰境内当天新增新冠肺炎确诊病例249例 , 累计确诊1638例;新增死亡病例2例 , 死者年龄分别为70岁和67岁 , 累计死亡病例达到18例 。\n【「波兰」波兰新增新冠肺炎确诊病例249例 累计确诊1638例】此外 , 波兰国防部当天表示 , 波兰军队中有14名士兵和3名文职人员确诊感染新冠病毒 , 超过900名军人因此被隔离 , 其中包括357名华沙军事科技学院的学员 。 (总台采访人员 徐明)",
        published="2020-03-29",
        city=None,
        expect=[
            ("confirmed_new", "波兰", "2020-03-28", 249, "", ""),
            ("confirmed_total", "波兰", "2020-03-28", 1638, "", ""),
            ("deaths_new", "波兰", "2020-03-28", 2, "", ""),
            ("deaths_total", "波兰", "2020-03-28", 18, "", ""),
        ],
        note="央视 (总台, 徐明) on Poland, 3月28日, on an aggregator (江苏龙网's tech channel) that spaces its commas (' , ', ' 。') and repeats the headline in 【】 before the second paragraph; kept as found. The image caption between the paragraphs (the headline again and 本文插图) and the 推荐阅读 line were left out; three blank lines after the headline were reduced to a line break. No date line on the stored page: published is the date in the address (2020/0329). Corpus without a home city. 截至当地时间3月28日午夜24点 → 2020-03-28. 70岁和67岁 are ages. 波兰军队中有14名士兵和3名文职人员确诊 and 超过900名军人…被隔离 (357名…学员) count people of one institution, the army: no tuple.",
        source="http://tech.jiangsulong.com/a/2020/0329/032914914R020.html",
    ),
    # http://gdcenn.cn/a/202004/459040.html
    dict(
        id="b21f08",
        text="黑龙江新增确诊病例6例 其中2例为本土无症状感染者转确诊\n导言:2020年4月20日0-24时,黑龙江省省内新增确诊病例6例(哈尔滨6例,其中本土无症状感染者转为确诊病例2例),新增疑似病例1例(大庆),新增无症状感染者6例(哈尔滨4例、牡丹江2例)。截至4月20日24时,累计报告本土确诊病例530例,累计治愈出院病例470例,现有确诊病例47例(哈尔滨45例、牡丹江2例),现有疑似病例1例(大庆),现有无症状感染者30例(哈尔滨23例、牡丹江5例、绥化2例)。当日发热门诊诊疗人数1043人。累计追踪到密切接触者17899人,已解除医学观察16521人,尚有1378人正在接受医学观察。\n据黑龙江省卫健委网站消息,2020年4月20日0-24时,黑龙江省省内新增确诊病例6例(哈尔滨6例,其中本土无症状感染者转为确诊病例2例),新增疑似病例1例(大庆),新增无症状感染者6例(哈尔滨4例、牡丹江2例)。截至4月20日24时,累计报告本土确诊病例530例,累计治愈出院病例470例,现有确诊病例47例(哈尔滨45例、牡丹江2例),现有疑似病例1例(大庆),现有无症状感染者30例(哈尔滨23例、牡丹江5例、绥化2例)。当日发热门诊诊疗人数1043人。累计追踪到密切接触者17899人,已解除医学观察16521人,尚有1378人正在接受医学观察。\n2020年4月20日0-24时,全省新增境外输入确诊病例2例,均为中国籍,从俄罗斯输入,其中:黑龙江省1例、山东省1例;新增境外治愈出院病例3例。截至4月20日24时,累计报告境外输入确诊病例383例,其中:黑龙江省119例,其他省份264例;现有境外输入确诊病例378例;现有境外输入疑似病例3例;累计境外治愈出院病例5例。追踪到境外密切接触者2093人,已解除医学观察1664人,尚有429人正在接受医学观察。",
        published=None,
        city=None,
        expect=[
            ("confirmed_new", "黑龙江省", "2020-04-20", 6, "", ""),
            ("confirmed_new", "哈尔滨市", "2020-04-20", 6, "", ""),
            ("confirmed_total", "黑龙江省", "2020-04-20", 530, "", ""),
            ("recovered_total", "黑龙江省", "2020-04-20", 470, "", ""),
            ("hospitalized", "黑龙江省", "2020-04-20", 47, "", ""),
            ("hospitalized", "哈尔滨市", "2020-04-20", 45, "", ""),
            ("hospitalized", "牡丹江市", "2020-04-20", 2, "", ""),
            ("suspected", "黑龙江省", "2020-04-20", 1, "", ""),
            ("suspected", "大庆市", "2020-04-20", 1, "", ""),
            ("close_contacts_total", "黑龙江省", "2020-04-20", 17899, "", ""),
            ("observation_released_total", "黑龙江省", "2020-04-20", 16521, "", ""),
            ("observation", "黑龙江省", "2020-04-20", 1378, "", ""),
        ],
        note="Heilongjiang's bulletin for 4月20日 on a news portal (gdcenn.cn): headline, the 导言 (a copy of the next paragraph, kept as the page shows it: the same figures twice, one tuple each), the 省内 paragraph and the imported-case paragraph; the last paragraph (imported asymptomatic carriers), cut off in the stored copy, was left out. The stored page shows no date and the address gives only 202004: published=None; the text's 2020年4月20日 dates the figures. Corpus without a home city. Local-only counts beside imported ones reported apart are read as the place's figures (the reading ANNOTATION.md lists first): 累计报告本土确诊病例530例 → confirmed_total 530, 累计治愈出院病例470例 → recovered_total 470, 现有确诊病例47例 → hospitalized 47 for 黑龙江省. Prefecture names in full: 哈尔滨 → 哈尔滨市 (new 6; hospitalized 45), 牡丹江 → 牡丹江市 (hospitalized 2), 大庆 → 大庆市 (现有疑似病例1例(大庆) → suspected 1). 其中本土无症状感染者转为确诊病例2例 is a subset of the 6: no tuple. New suspects (新增疑似病例1例), asymptomatic carriers (绥化 has only these) and 发热门诊诊疗人数 have no metric. The imported paragraph is all imported-only subtotals (new 2 with 黑龙江省1例、山东省1例, 383/119/264, 378, 3 suspected, 3 and 5 discharges, 2093/1664/429 contacts): no tuple.",
        source="http://gdcenn.cn/a/202004/459040.html",
    ),
    # https://www.rmzxb.com.cn/c/2020-04-13/2554183.shtml
    dict(
        id="b21f09",
        text="日本确诊增至7410例 北海道再度进入紧急状态\n2020年04月13日 11:58 | 来源:中国新闻网\n中新网4月13日电 综合日媒报道,截至当地时间13日上午11时30分,日本全国累计确诊新冠肺炎7410例,死亡病例137例。鉴于疫情持续蔓延,日本北海道与札幌市政府在12日发布紧急共同宣言,时隔不到一个月后再次进入紧急状态。\n据报道,截至12日,北海道的新增病例已连续五日达到两位数,由于呈现出再次爆发的趋势,北海道政府与札幌市政府在12日联合发布紧急共同宣言。北海道知事铃木直道表示,“为早日扑灭第2波感染扩大的危机,将会实施(防止感染的)紧急应对措施。”\n进入紧急状态后,北海道宣布,该地区所有中小学校将从4月14日起再度停课。据悉,该地区的中小学在此前也因疫情停课,虽然之后已经复课,但复课时间仅持续了一周左右的时间。\n2月28日,鉴于疫情扩大,日本北海道宣布进入紧急状态,北海道知事铃木直道呼吁民众尽量减少外出,这一状态已于3月19日结束。目前,北海道内的新冠肺炎确诊病例数为267例。",
        published="2020-04-13 11:58",
        city=None,
        expect=[
            ("confirmed_total", "日本", "2020-04-13", 7410, "", ""),
            ("deaths_total", "日本", "2020-04-13", 137, "", ""),
            ("confirmed_total", "北海道", "2020-04-13", 267, "", ""),
        ],
        note="中新网 on Japan and Hokkaido, 4月13日, on 人民政协网: headline, date/source line and the four paragraphs; the navigation line, share button and the editor/keyword/更多 lines were left out. Corpus without a home city. 截至当地时间13日上午11时30分 dates Japan's totals 2020-04-13 (the page time 11:58 is before noon, but the text dates the figures, so the before-noon rule does not apply). 目前,北海道内的新冠肺炎确诊病例数为267例: the dates in that paragraph (2月28日, 3月19日) date measures in sentences without figures, so 目前 takes the date the first paragraph stated for the figures, 2020-04-13 (also the page date) → confirmed_total 267 for 北海道 (as written). 新增病例已连续五日达到两位数 gives no count: no tuple. The headline's 7410 repeats the total.",
        source="https://www.rmzxb.com.cn/c/2020-04-13/2554183.shtml",
    ),
    # http://saudi-cocc.net/info/embassy/581.html
    dict(
        id="b21f10",
        text="沙特新冠肺炎防控信息\n发布时间:2020-03-26 18:56:00\n一、3月25日,沙特卫生部宣布,沙特境内新冠肺炎新增确诊病例133例,新增治愈病例1例,新增死亡病例1例(在麦加的外籍居民,46岁)。\n从感染途径看,18例为从国外返沙后即被隔离并确诊,115例与此前确诊病例有密切接触。\n二、截至3月25日,沙特境内累计确诊病例900例,治愈29例,死亡2例,其余869名患者均在相关医疗机构接受隔离治疗(含重症3例)。",
        published="2020-03-26 18:56",
        city=None,
        expect=[
            ("confirmed_new", "沙特", "2020-03-25", 133, "", ""),
            ("recovered_new", "沙特", "2020-03-25", 1, "", ""),
            ("deaths_new", "沙特", "2020-03-25", 1, "", ""),
            ("confirmed_total", "沙特", "2020-03-25", 900, "", ""),
            ("recovered_total", "沙特", "2020-03-25", 29, "", ""),
            ("deaths_total", "沙特", "2020-03-25", 2, "", ""),
            ("hospitalized", "沙特", "2020-03-25", 869, "", ""),
            ("severe", "沙特", "2020-03-25", 3, "", ""),
        ],
        note="The Chinese chamber of commerce in Saudi Arabia (沙特中国商会, saudi-cocc.net, a trade association's site; the page is filed under 信息发布 > 使馆活动): title, 发布时间 line, the first paragraph of part 一 with its 感染途径 paragraph, and the first paragraph of part 二. Left out: the navigation, the two 从分布地区看 paragraphs (regional lists with some twenty provinces and cities), the age paragraph, part 三 (a curfew warning, no figure) and 热门推荐. Corpus without a home city; the country is written 沙特 (its usual short name). 3月25日 and 截至3月25日 date everything 2020-03-25. 新增治愈病例1例 → recovered_new 1; 新增死亡病例1例(在麦加的外籍居民,46岁) → deaths_new 1 for 沙特 (Mecca is where the patient lived, not a figure of Mecca; 46岁 is an age). 18例为从国外返沙后…确诊 and 115例与此前确诊病例有密切接触 split the day's cases by route: no metric. 治愈29例,死亡2例 stand in the list of totals → recovered_total 29, deaths_total 2. 其余869名患者均在相关医疗机构接受隔离治疗 → hospitalized 869, (含重症3例) → severe 3.",
        source="http://saudi-cocc.net/info/embassy/581.html",
    ),
    # http://hongniuke.com/world/2020-04/06/c_1125817398.htm
    dict(
        id="b21f11",
        text="新华社迪拜4月5日电(记者苏小坡)阿拉伯联合酋长国卫生和预防部5日宣布,该国新增新冠确诊病例294例,累计确诊1799例,累计治愈144例,累计死亡10例。\n阿联酋卫生和预防部说,新增294名患者来自多个国家和地区,目前患者身体状况稳定,正在接受隔离治疗。",
        published="2020-04-06",
        city=None,
        expect=[
            ("confirmed_new", "阿联酋", "2020-04-05", 294, "", ""),
            ("confirmed_total", "阿联酋", "2020-04-05", 1799, "", ""),
            ("recovered_total", "阿联酋", "2020-04-05", 144, "", ""),
            ("deaths_total", "阿联酋", "2020-04-05", 10, "", ""),
        ],
        note="新华社 (苏小坡, Dubai) on the United Arab Emirates, 4月5日, on a mirror of 新华网: both paragraphs as stored (the stored page has no headline or date line; published is the date in the address, 2020-04/06). Corpus without a home city. The text writes 阿拉伯联合酋长国 and then 阿联酋: region 阿联酋 (the usual short name). 5日宣布 → 2020-04-05. 新增294名患者来自多个国家和地区 repeats the new count (one tuple) and speaks of nationality; 正在接受隔离治疗 is about these 294, not the number in hospital: no hospitalized tuple.",
        source="http://hongniuke.com/world/2020-04/06/c_1125817398.htm",
    ),
    # http://news.chinaxiaokang.com/dujiazhuangao/20200310/913593_9.html
    dict(
        id="b21f12",
        text="韩国累计7513例新冠肺炎 首尔办公楼27人集体感染 34名军人感染新冠肺炎 韩美联合军演釜山世乒赛均延期\n2020-03-10 22:21:02 来源:《小康》•中国小康网 作者:佚名 责任编辑:田小介 字号:T|T\n摘要】韩国中央防疫对策本部10日通报,截至10日0时,韩国较9日0时新增新冠肺炎确诊病例131例,累计确诊达7513例,累计死亡病例增至54例。\n韩国会通过“新冠三法”防疫情扩散\n韩国新冠疫情以大邱和庆尚北道为中心迅速扩散。目前,基本所有省级地方均出现确诊者;军队、法院、警察甚至青瓦台,都已出现确诊患者,隔离人数则呈现滚雪球般发展。\n目前韩国确诊人员大部分出现在大邱市和庆尚北道地区,占比超过八成。",
        published="2020-03-10 22:21",
        city=None,
        expect=[
            ("confirmed_new", "韩国", "2020-03-10", 131, "", ""),
            ("confirmed_total", "韩国", "2020-03-10", 7513, "", ""),
            ("deaths_total", "韩国", "2020-03-10", 54, "", ""),
        ],
        note="《小康》/中国小康网 on Korea, 3月10日 (a long feature; the address ends _9): the headline, the page's date/source line, the 摘要 (printed with its stray '】'), the sub-heading and first paragraph after it, and the later one-sentence paragraph on 大邱/庆尚北道; the paragraphs between them (alert levels, measures) and the rest of the page were left out. Corpus without a home city. 截至10日0时 is dated by the day written (2020-03-10), as blind20 did for 零点; 较9日0时 is a baseline. 累计死亡病例增至54例 → deaths_total 54. The headline's 首尔办公楼27人集体感染 and 34名军人感染 are counts of one building's cluster and of the army: no tuple. 大邱市和庆尚北道地区,占比超过八成 is a share of two places together: no tuple for either. 基本所有省级地方均出现确诊者 gives no count.",
        source="http://news.chinaxiaokang.com/dujiazhuangao/20200310/913593_9.html",
    ),
    # https://news.shi-fen.com/china/202004/50-699815.html
    dict(
        id="b21f14",
        text="2020年4月14日哈尔滨市新型冠状病毒肺炎疫情情况\n原标题:2020年4月14日哈尔滨市新型冠状病毒肺炎疫情情况\n2020年4月14日0-24时,哈尔滨市新增本地新冠肺炎确诊病例8例(无症状感染者转为确诊病例2例);新增境外输入确诊病例1例。\n截至4月14日24时,哈尔滨市现有本地确诊病例19例,其中:道外区7例、道里区2例、南岗区7例、松北区2例、阿城区1例。现有境外输入确诊病例3例。现有无症状感染者19例,其中,境外输入14例。\n全市当日发热门诊诊疗人数598人。目前追踪到密切接触者6870人,已解除医学观察6353人,尚有517人正在接受医学观察。",
        published=None,
        city="哈尔滨市",
        expect=[
            ("confirmed_new", "哈尔滨市", "2020-04-14", 8, "", ""),
            ("hospitalized", "哈尔滨市", "2020-04-14", 19, "", ""),
            ("hospitalized", "道外区", "2020-04-14", 7, "", ""),
            ("hospitalized", "道里区", "2020-04-14", 2, "", ""),
            ("hospitalized", "南岗区", "2020-04-14", 7, "", ""),
            ("hospitalized", "松北区", "2020-04-14", 2, "", ""),
            ("hospitalized", "阿城区", "2020-04-14", 1, "", ""),
            ("close_contacts_total", "哈尔滨市", "2020-04-14", 6870, "", ""),
            ("observation_released_total", "哈尔滨市", "2020-04-14", 6353, "", ""),
            ("observation", "哈尔滨市", "2020-04-14", 517, "", ""),
        ],
        note="Harbin's own daily bulletin for 4月14日 on a news portal (shi-fen.com): title, 原标题 line and the three bulletin paragraphs; the breadcrumb and the 相关阅读 links were left out. The stored page shows no date of its own (the address gives 202004): published=None; the title's 2020年4月14日 dates the figures. Home city 哈尔滨市; 全市 is the city the title names. Local-only counts beside imported ones reported apart are read as the place's figures (the reading ANNOTATION.md lists first): 新增本地…确诊病例8例 → confirmed_new 8; 现有本地确诊病例19例 → hospitalized 19, and its district list gives each district hospitalized. (无症状感染者转为确诊病例2例) is a subset of the 8: no tuple. 新增境外输入确诊病例1例 and 现有境外输入确诊病例3例 are imported-only: no tuple. Asymptomatic carriers and 发热门诊诊疗人数 have no metric.",
        source="https://news.shi-fen.com/china/202004/50-699815.html",
    ),
    # https://wp.taronews.tw/2020/03/27/646770
    dict(
        id="b21f15",
        text="中國國家衛生健康委員會官網今早通報, 2019 冠狀病毒疾病(武漢肺炎)昨天新增確診 55 例,其中境外移入 54 例,浙江省新增 1 例,本土連續兩天歸零紀錄破功。\n浙江已經連續 34 天未出現本土病例, 26 日新增本土 1 例,引發當地民眾恐慌,擔心開學恐將因此遙遙無期,甚至居住城市可能恢復封管。\n浙江衛健委官網上午通報, 26 日新增「境外輸入關聯本地確診病例」 1 例,地點是嘉興市,但未說明具體內容。\n國家衛健委通報,中國 26 日新增境外移入確診病例 54 例(上海 17 例,廣東 12 例,北京 4 例,天津 4 例,內蒙古 3 例,浙江 3 例,福建 3 例,山東 2 例,雲南 2 例,遼寧 1 例,江蘇 1 例,四川 1 例,陝西 1 例),累計境外移入確診病例 595 例。\n中國 31 個省市區 26 日新增本土確診病例 1 例(浙江 1 例);新增死亡病例 5 例(湖北 5 例);新增疑似病例 49 例。當日新增治癒出院病例 537 例,解除醫學觀察的密切接觸者 837 人,重症病例減少 201 例。\n(新聞資料來源 : 中央社)",
        published="2020-03-27",
        city="嘉兴市",
        expect=[
            ("confirmed_new", "嘉兴市", "2020-03-26", 1, "", ""),
        ],
        note="中央社's morning item on China's figures for 3月26日 as carried by a Taiwanese portal (taronews; traditional, with spaces around the numbers as found): the first five paragraphs and the source line; the paragraphs on the national totals, Hubei and Hong Kong/Macau were left out (the portal's comment-closed line too). Published is the date in the address (2020/03/27); 昨天 and 26 日 → 2020-03-26. Home city 嘉兴市: the only figure of it is 浙江衛健委…通報, 26 日新增「境外輸入關聯本地確診病例」 1 例,地點是嘉興市 → confirmed_new 1 (a local case linked to an imported one, not an imported-only subtotal). 浙江省新增 1 例 and 浙江 1 例 are the province's; 連續 34 天 is a duration. The country's, the imported (上海 17 例 …) and Hubei's figures are other places.",
        source="https://wp.taronews.tw/2020/03/27/646770",
    ),
    # https://www.cna.com.tw/news/firstnews/202004160044.aspx
    dict(
        id="b21f16",
        text="中國新增確診46人 本土病例攀升\n2020/4/16 09:56(4/16 11:01 更新)\n(中央社台北16日電)據官方通報,中國大陸昨天新增武漢肺炎確診病例46例,其中34例為境外移入;本土病例攀升到12例,創3月18日本土新增確診歸零以來新高。\n中國國家衛生健康委員會官網今早通報,大陸31個省市區4月15日新增2019冠狀病毒疾病確診病例46例,其中34例為境外移入病例,12例為本土病例(廣東5例,黑龍江4例,北京3例);無新增死亡病例;新增疑似病例4例,其中3例為境外移入(上海3例),1例為本土(北京1例)。\n國家衛健委昨天宣布,大陸累計報告無症狀感染者已達6764例後,15日再增加無症狀感染者64例,其中本土就佔61例,境外移入3例。當日解除醫學觀察49例(境外移入12例);尚在醫學觀察無症狀感染者1032例(境外移入217例)。\n據通報,大陸境外移入現有確診病例898例(含重症病例46例),現有疑似病例61例。累計確診病例1534例,累計治癒出院病例636例,尚無死亡病例。\n截至4月15日午夜,大陸現有確診病例1107例(其中重症病例95例),累計治癒出院病例7萬7892例,累計死亡病例3342例,累計確診病例8萬2341例,現有疑似病例63例,尚在醫學觀察的密切接觸者8484人。",
        published="2020-04-16 09:56",
        city="北京市",
        expect=[
            ("confirmed_new", "北京市", "2020-04-15", 3, "", ""),
        ],
        note="中央社 (Taipei) on China's figures for 4月15日, traditional: headline, time line (with its 更新 time) and the five report paragraphs; the privacy and app notices and the listen-to-news lines above the headline, and the paragraph cut off in the stored copy (Hubei), were left out. Home city 北京市. The text dates the figures (4月15日, 昨天 = published-1), so the before-noon rule is not needed. 12例為本土病例(廣東5例,黑龍江4例,北京3例) → confirmed_new 3 for 北京市 (a local-only count beside imported ones reported apart, read as the place's figure: the reading ANNOTATION.md lists first). 1例為本土(北京1例) counts new suspects: no metric. Everything else is the country's (大陸), the provinces' or imported-only.",
        source="https://www.cna.com.tw/news/firstnews/202004160044.aspx",
    ),
]
