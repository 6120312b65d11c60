"""Golden extraction cases for FEED texts, twentieth BLIND set, Jan–Apr 2020.

What is here: 14 feed texts, i.e. wire items, bulletins and round-ups that summarise one country and its regions or
cities (issue 20 of the project). All 14 have city=None (a corpus without a home city: every place's tuples the text gives).
The brief asked for about half home-city cases. After some 45 searches, every mainland provincial or city bulletin that
could be read for a home city not yet used (衡水市, 鹰潭市, 黔东南州, 昭通市/玉溪市, 朝阳市/辽阳市, 黑河市/伊春市, 安阳市,
Hainan's 昌江/保亭/乐东/陵水 and others) hit a table on its address or snippets, or repeated a frozen per-place list that is in
a table (see "dropped"). So no home-city case is kept, and no city= value is used. blind20_narrative.py, written at the same
time, appeared while this file was being finished; its city= values (grepped: 海西蒙古族藏族自治州, 衡水市, 阿坝藏族羌族自治州,
阿拉善盟) cannot clash with a table that uses none (衡水市 had been one of the home cities tried here, see "dropped").
* city=None, one country each, with its regions or cities where the text gives them (never more than four places a case):
  荷兰 with 北布拉班特省, 南荷兰, 北荷兰 (球头条, a sports-news portal's news channel, 3月22日); 巴基斯坦 with 旁遮普省, 信德省,
  伊斯兰堡 (新华社 on 新华网, 4月5日); 葡萄牙 with 里斯本, 波尔图, 科英布拉 (新华社 on a traditional-converting mirror, 3月7日);
  孟加拉国 (亚洲文旅网, a Chinese-language culture portal, traditional, 4月18日); 尼日利亚 with 拉各斯州, 阿布贾首都区 (人民网 on
  an aggregator, 4月1日); 瑞典 (央视 on the same aggregator, 4月1日); 土耳其 (中央社 reposted on a PTT-board mirror, 3月22日);
  纽约州 and 纽约市 (KTSF, a Bay-Area Chinese TV station, traditional, 3月9日); 泰国 (星島, Hong Kong, 3月22日); 马来西亚
  (联合早报, Singapore, 3月11日); 德国 (新华社 on a comma-doubling traditional mirror, 3月20日); 比利时 with 佛兰德斯大区,
  布鲁塞尔, 瓦隆大区 (the Belgian Chinese community's daily bulletin from 华商时报, 3月27日); 爱尔兰 and 北爱尔兰 (a Hong Kong
  blogger in Ireland, traditional, 3月9日); 埃及 (新华社 via 中新网 on the site of 澳门月刊, a Macau magazine, 3月19日).
  None of these countries or dates is one that round 19 used or dropped (Turkey 4月3日, Russia 4月9日/16日, Germany 3月7日
  and Spain were avoided; the kept Germany item is of 3月20日).
Every case is a short verbatim excerpt of a public page found with the search tool (`pages` corpus); its `source` is that
page's URL (also in a comment above the entry). Traditional characters, a mirror's pinyin left in brackets (臺(tái),
累計(jì)) and characters garbled into '?' (?qǐng)?bào)道), doubled commas (',,', ',。'), spaced punctuation (' , ', ' 。'),
a headline repeated three times, 采访人员 for 记者, PTT's hard line wraps inside words, a translation's 案件 for cases, an
empty time/view-count line, and the pages' own headline/date/source lines are kept as found. Leading indentation was
dropped; page chrome (navigation, share and follow lines, photo captions, related-news links, footers, crawl markers) and
paragraphs a case does not need were left out; a paragraph is cut only after a full sentence; each note says what was
left out. One page (联合早报, b20f10) stores its dateline paragraph after two later paragraphs; that order is kept.

How it was made: BLIND, as a careful reader of the texts alone. Nothing of the extractor was opened or run (no code under
extract/, store/, briefing/, app/ or evaluation/, no CLI, no test). Binding conventions: tests/cases/ANNOTATION.md
(including 'Readings still open', where the first-listed reading is followed), shared/gold/FORMAT.md and the conventions
in dev_cases.py's docstring. For the layout only the docstring and the first two CASES entries of blind19_feeds.py were
read. Other tables were grepped for file names only (checks below) and for `city=` values; one exception, stated here:
while checking the window hit of b20f11, one grep printed a line of context from blind15_feeds.py and one from
blind7_feeds.py (the openings of two other 新华社 Berlin items, of 3月29日 and 3月7日); nothing from them was used.
About 45 searches were run and some 70 candidate pages looked at; 14 were kept.

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Ways of writing covered (counts of cases; a case can count under several):
  (1) foreign places: 14 (countries by their usual short Chinese name, also where the text writes them otherwise: 马国 →
      马来西亚, 孟加拉 → 孟加拉国, 愛爾蘭共和國 → 爱尔兰; provinces, states, regions and cities as written, converted to simplified:
      北布拉班特省, 南荷兰 and 北荷兰 (written without 省), 旁遮普省, 信德省, 伊斯兰堡, 里斯本, 波尔图, 科英布拉, 拉各斯州,
      阿布贾首都区, 纽约州, 纽约市, 佛兰德斯大区, 布鲁塞尔, 瓦隆大区, 北爱尔兰);
  (2) places named without a count of their own: 6 (曼谷 with a 70% share and a headline 七成, 雪州 with 60% of patients
      as residents, 死者中有六人來自達卡 as origin wording, Westchester縣 with 大多數, 巴伐利亞州 with a measure only, and
      爱尔兰岛 as the sum of two places, 36: no tuple for any of them);
  (3) current versus cumulative, severity: 6 (目前一共有489例住院病例 → hospitalized; an intensive-care count → critical;
      治愈出院 and 死亡 inside a running total → totals; 治愈病例 in a list of totals; 自3月13日以来,已有858名患者治愈出院 →
      recovered_total beside 其中昨天有183人出院 → recovered_new; 恢復總數 beside 又有8個人從感染中恢復);
  (4) deaths: 10 (new and total, 有九人死於 in words, 維持1人死亡 as an unchanged total, 比前一日增加11例 as the day's rise,
      一名68岁的埃及男子 repeating the one new death);
  (5) number words and forms: 8 (九人, 三宗, 五宗, 2萬345人 and 超過1,000人 as counts of tests, 42名埃及人和4名外国人 as a split
      by nationality, headline roundings 超3000例 with no tuple of their own, percentages that are shares);
  (6) dates: 14 (截止当地时间22日零点; 5日晚 data on a page of 6日 00:51, so the before-noon rule does not apply; page dates
      from the address (2020-03-08, 20200321, 2020/0402, 2020/03/09, 2020-03-20, story20200311); a headline date 4.18 on a
      page of 2020-04-19; 今天/今日/週一/當天; 昨晚 and 昨天 = published-1; a forum post time beside the wire's 發稿時間;
      baselines 与4日晚…相比, 比前一日, 由105宗增至; 自3月13日以来 as a start; event dates 3月31日, 4月2日, 2月底, 未來14天
      that date no figure);
  (7) ordinals: 2 (首例 in Nigeria; 第78起病例已经痊愈并获准出院 as a patient number, no recovered_new);
  (8) evacuations: 1 (美欧等多国撤侨: no place, no tuple).

Reading choices made where the binding conventions are silent (each note says which it uses):
* 截止当地时间22日零点 is dated by the day written (2020-03-22), not converted to 21日24时.
* A headline that dates a report (4.18…最新疫情報告) dates 今天 in it, although the page is of the next day (unsure).
* Deaths stated as a rise over the day before (死亡病例共31例,比前一日增加11例) → deaths_new 11 (unsure).
* 維持1人死亡 → deaths_total 1 only; no deaths_new 0 is added (the text states no "none").
* A region's total written with the same verb tense as the country's (北愛爾蘭…共有12宗) is dated like it, by the page
  date, while its 昨晚 increase takes published-1 (unsure).
* A page with no date line of its own takes the date in its address (as in earlier blind tables).

Exclusion and overlap checks:
* No page comes from Hunan, mentions 株洲 or a Hunan place (the kept excerpts, notes and addresses were scanned, simplified
  and traditional, for the Hunan names of ANNOTATION.md and the brief, 湘, 红网 and 丁香), or comes from the DXY feed or a
  mirror of it; every page is of 2020 (Jan–Apr).
* Before annotating, each candidate's URL (its distinctive part) and 3–8 distinctive 12–20-character snippets (headline,
  figures with their nouns, lists, names), each as found, converted to simplified and to traditional (OpenCC t2s/s2t), and
  each also with half-width and full-width punctuation, were grepped with `grep -rlF` (file names only) across tests/cases
  and tests/data; then each kept excerpt was converted to simplified and ten 15-character windows spread over it were
  grepped, each also in traditional and with both kinds of punctuation. For the 14 kept pages no snippet was found; three
  windows matched boilerplate only, which is not counted as a hit: 'dāng)?shù)貢r(sh' (the mirror's garbled rendering of
  当地时间, b20f03; blind6/12/17_feeds.py, eval_feeds.py), 'na.com.tw/news/' (the stem of 中央社's addresses in the PTT
  header, b20f07; blind15/16/19_feeds.py) and ')德国疾控机构罗伯特·科赫研究' (新华社's byline bracket and the standard name
  of the Robert Koch Institute, b20f11; blind7/15_feeds.py, other days' Berlin items). For b20f11 and b20f03 further
  snippets (the figures with their nouns, 研究所所長威勒20日宣布, 7日15時…葡萄牙新增5例) were grepped and are clean.
* Dropped for a hit on address, snippets or the same per-place list (another copy of the same item, or a frozen list):
  world items: 土耳其 4月3日 (新华社 on shi-fen.com; blind14), 俄罗斯 4月16日 (央视 on ttnews; blind13), 纽约州 3月22日
  (证券时报 e公司; blind9), 意大利 3月11日 (新华社 mirror; eval_feeds), 德国 3月21日 (直播吧; blind17), 香港 3月31日 (星島 on
  LINE Today), 4月20日 (RTHK on a GitHub archive) and 4月21日 (a Malaysian portal) (holdout_feeds);
  mainland bulletins tried for a home city: 河北 2月10日 (邯郸 site, for 衡水市; eval_feeds, blind4), 贵州 2月6日 (铜仁 forum,
  for 黔东南州; dev_realworld), 江西 2月5日 (a university page, for 鹰潭市; blind15), 2月6日 (WeChat mirror; blind11), 2月20日
  (德兴 forum; dev_realworld), 3月5日 (人民网 on sina; eval_feeds) and 3月9日 (a machine-translated 新华社 copy: address and
  snippets clean, but its cumulative city list, frozen since late February, is in blind2/blind7/eval_feeds/dev_realworld);
  云南 2月11日 (eval_realworld); 海南 1月31日 (blind7), 2月4日 and 2月29日 (the latter also on a 三亚 finance-bureau site;
  frozen list, eval_realworld); 辽宁 1月28日 (blind16) and 2月1日 (新宾县 government site; blind14/15); 河南 1月25日, 2月1日
  and 2月2日 (incl. the 封丘县 government copy; dev_feeds, blind3, dev_realworld); 黑龙江 3月14日 (香港商报, for 黑河市;
  holdout_feeds, blind7).
* Other candidates left out: pages with no date and no year on the stored page (人民日报客户端 on Italy 3月7日, 人民日报/澎湃 on
  Germany 3月3日, 中新社 on Japan and 钻石公主号 2月20日, a Malaysian portal on the same day, 环球网 and another site on
  Hokkaido 2月28日, 智利中文网 3月13日 and 3月28日, a Taiwan timeline page of 3月24日, a Macau government page 今(4)日); too many
  places (Sweden 3月12日, 21 regions; Italy 3月4日/5日, regions and cities; 光华日报's Malaysian state list of 3月14日; Xinjiang
  2月28日, whose home-city candidates are all used); second items for a country (泰国 4月5日 联合早报, 比利时 4月3日 华商时报,
  荷兰 3月11日 中央社, 尼日利亚 3月27日 and 4月9日, 巴基斯坦 3月16日, 孟加拉国 4月14日/20日/28日, 土耳其 3月26日); Hebei's
  bulletins in Japanese and English on the province's foreign-language site; pages of 2021–2023 that the search returned.
"""

CASES = [
    # http://www.dxdx.net/article/237379.html
    dict(
        id="b20f01",
        text="荷兰新冠确诊病例升至4204例 当局表示实际人数比现有数字高\n时间:2020-03-22 22:21:05 来源:荷兰卫生部 作者:\n球头条3月22日讯 根据荷兰国家公共卫生及环境研究院发布的最新数据,截止当地时间22日零点,荷兰境内新增新冠确诊病例573例,累计新冠确诊病例达到4204例;新冠死亡病例新增43例,累计死亡病例179例,死亡病例年龄在57至97岁之间,目前一共有489例住院病例。\n目前荷兰全国各个地区中,北布拉班特省疫情最为严重,共有1404人确诊新冠病毒阳性,排在之后的是南荷兰(585)和北荷兰(535)。",
        published="2020-03-22 22:21",
        city=None,
        expect=[
            ("confirmed_new", "荷兰", "2020-03-22", 573, "", ""),
            ("confirmed_total", "荷兰", "2020-03-22", 4204, "", ""),
            ("deaths_new", "荷兰", "2020-03-22", 43, "", ""),
            ("deaths_total", "荷兰", "2020-03-22", 179, "", ""),
            ("hospitalized", "荷兰", "2020-03-22", 489, "", ""),
            ("confirmed_total", "北布拉班特省", "2020-03-22", 1404, "", ""),
            ("confirmed_total", "南荷兰", "2020-03-22", 585, "", ""),
            ("confirmed_total", "北荷兰", "2020-03-22", 535, "", ""),
        ],
        note="球头条 (a sports-news portal's news channel, dxdx.net) on the Netherlands, 3月22日: headline, the page's date/source line and the two report paragraphs; the map caption and the closing paragraph (the authorities' remark that real numbers are higher, no figure) were left out. Corpus without a home city. 截止当地时间22日零点 is read as of 2020-03-22, the date written (not converted to 21日24时). 目前一共有489例住院病例 → hospitalized 489 (current wording). 57至97岁 are ages. The provinces keep the names as written: 北布拉班特省 1404, 南荷兰 585 and 北荷兰 535 (written without 省; the bracketed numbers are their confirmed totals, same date). The headline's 升至4204例 repeats the total (one tuple).",
        source="http://www.dxdx.net/article/237379.html",
    ),
    # http://m.xinhuanet.com/2020-04/06/c_1125817381.htm
    dict(
        id="b20f02",
        text="巴基斯坦确诊病例超3000例\n2020-04-06 00:51:47 来源: 新华网\n新华社伊斯兰堡4月5日电(记者李浩)巴基斯坦卫生部网站5日晚公布的新冠疫情数据显示,与4日晚公布的数据相比,该国新增确诊病例241例,累计确诊病例3059例,死亡病例45例,治愈病例170例。\n根据数据,巴东部旁遮普省和南部信德省是疫情最严重的地区,累计确诊病例分别为1319例和881例。首都伊斯兰堡累计确诊病例78例。",
        published="2020-04-06 00:51",
        city=None,
        expect=[
            ("confirmed_new", "巴基斯坦", "2020-04-05", 241, "", ""),
            ("confirmed_total", "巴基斯坦", "2020-04-05", 3059, "", ""),
            ("deaths_total", "巴基斯坦", "2020-04-05", 45, "", ""),
            ("recovered_total", "巴基斯坦", "2020-04-05", 170, "", ""),
            ("confirmed_total", "旁遮普省", "2020-04-05", 1319, "", ""),
            ("confirmed_total", "信德省", "2020-04-05", 881, "", ""),
            ("confirmed_total", "伊斯兰堡", "2020-04-05", 78, "", ""),
        ],
        note="新华社 on Pakistan on 新华网's mobile site, 4月5日 (page time 4月6日 00:51): headline, date/source line and the first two paragraphs; the paragraph on the lockdown and the construction sector, and page chrome (关注/微博/Qzone, 图集, 纠错), were left out. Corpus without a home city. The figures are the 5日晚 data (the text dates them, so the before-noon rule does not apply): 与4日晚…相比 is a baseline. 死亡病例45例 and 治愈病例170例 stand in the list of running totals after 累计确诊病例 → deaths_total 45 and recovered_total 170 (a standing count, not a report of the day's discharges). 分别为1319例和881例 pairs with 旁遮普省 and 信德省 in order. The headline's 超3000例 is a rounding of 3059: no tuple of its own.",
        source="http://m.xinhuanet.com/2020-04/06/c_1125817381.htm",
    ),
    # http://customkitchencountertop.com/world/2020-03/08/c_1125680708.htm
    dict(
        id="b20f03",
        text="新華社里斯本3月7日電 葡萄牙國家電視臺(tái)7日?qǐng)?bào)道,截至當(dāng)?shù)貢r(shí)間7日15時(shí),葡萄牙新增5例新冠肺炎確診病例,累計(jì)病例達(dá)到18例。其中,里斯本4例,波爾圖13例,科英布拉1例。新增病例均與其他確診病例有接觸史。",
        published="2020-03-08",
        city=None,
        expect=[
            ("confirmed_new", "葡萄牙", "2020-03-07", 5, "", ""),
            ("confirmed_total", "葡萄牙", "2020-03-07", 18, "", ""),
            ("confirmed_total", "里斯本", "2020-03-07", 4, "", ""),
            ("confirmed_total", "波尔图", "2020-03-07", 13, "", ""),
            ("confirmed_total", "科英布拉", "2020-03-07", 1, "", ""),
        ],
        note="新华社 on Portugal, 3月7日, on a traditional-converting mirror of 新华网 (world/2020-03/08 in the address: published 2020-03-08) that leaves pinyin in brackets (臺(tái), 累計(jì)) and garbles some characters into '?' (7日?qǐng)?bào)道, 當(dāng)?shù)貢r(shí)間); the whole item, kept as found. Corpus without a home city. 截至當地時間7日15時 → 2020-03-07. 其中,里斯本4例,波爾圖13例,科英布拉1例 breaks down the running total (4+13+1 = 18) → confirmed_total for each city, converted to simplified (里斯本, 波尔图, 科英布拉). 新增病例均與其他確診病例有接觸史 gives no figure.",
        source="http://customkitchencountertop.com/world/2020-03/08/c_1125680708.htm",
    ),
    # http://ctstvnet.com/?wid=19&id=9285
    dict(
        id="b20f04",
        text="4.18孟加拉最新疫情報告 達卡仍然是重災區\n来源:亞洲文旅網    发布时间:2020-04-19\n【亞洲文旅網訊】IEDCR今天說,在過去的24小時中,有九人死於冠狀病毒感染。\n疾病控制和研究流行病學研究所所長Meerjady Sabrina Flora博士在簡報中說,目前的死亡人數為84。\n在過去的24小時內,有366人對Covid-19進行了陽性測試。這樣一來,受感染的總數已達到2144人。\n同時,在過去24小時內,又有8個人從感染中恢復過來。她說,到目前為止,恢復總數為66。\n她說,死者中有六人來自達卡。",
        published="2020-04-19",
        city=None,
        expect=[
            ("deaths_new", "孟加拉国", "2020-04-18", 9, "", ""),
            ("deaths_total", "孟加拉国", "2020-04-18", 84, "", ""),
            ("confirmed_new", "孟加拉国", "2020-04-18", 366, "", ""),
            ("confirmed_total", "孟加拉国", "2020-04-18", 2144, "", ""),
            ("recovered_new", "孟加拉国", "2020-04-18", 8, "", ""),
            ("recovered_total", "孟加拉国", "2020-04-18", 66, "", ""),
        ],
        note="亞洲文旅網 (a Chinese-language travel and culture portal, traditional, ctstvnet.com) on Bangladesh: headline, source/date line and the first five paragraphs; the paragraphs on the ages of the dead, the 32% share of new infections in Dhaka and the count of PCR laboratories were left out. Corpus without a home city; 孟加拉 → 孟加拉国 (the usual mainland short name). Date: the headline dates the report 4.18 and 今天 is the briefing's day, so the figures are read as of 2020-04-18 although the page is dated 2020-04-19 (unsure: the publication date would give 04-19). 有九人死於 → deaths_new 9 (a count in words); 目前的死亡人數為84 → deaths_total 84; 366 new positives → confirmed_new, 受感染的總數…2144 → confirmed_total; 又有8個人從感染中恢復 → recovered_new 8; 恢復總數為66 → recovered_total 66. 死者中有六人來自達卡 describes where six of the dead came from (origin wording): no tuple for 达卡; the headline's 達卡仍然是重災區 gives no figure.",
        source="http://ctstvnet.com/?wid=19&id=9285",
    ),
    # http://tech.jiangsulong.com/a/2020/0402/040219612R020.html
    dict(
        id="b20f05",
        text="尼日利亚新冠肺炎确诊病例增至174例 美欧等多国撤侨\n【尼日利亚新冠肺炎确诊病例增至174例 美欧等多国撤侨】人民网阿布贾4月1日电(采访人员 姜宣)截止当地时间1日20时 , 根据尼日利亚疾控中心公布数据 , 尼新冠肺炎确诊病例当日新增23例 , 总数达174例 , 其中治愈出院9例 , 死亡2例 。 新增确诊病例中9例在拉各斯州 , 自在拉各斯发现该国首例新冠肺炎病例以来 , 目前该州以91例继续成为病例增长最多地区 , 阿布贾首都区以35例紧随其后 。\n鉴于当前疫情增长态势 , 虽然尼日利亚已取消国际航班 , 但欧盟3月31日宣布于4月2日起实施撤侨计划 。 此前 , 美国于周一也确认于本周内撤侨 。",
        published="2020-04-02",
        city=None,
        expect=[
            ("confirmed_new", "尼日利亚", "2020-04-01", 23, "", ""),
            ("confirmed_total", "尼日利亚", "2020-04-01", 174, "", ""),
            ("recovered_total", "尼日利亚", "2020-04-01", 9, "", ""),
            ("deaths_total", "尼日利亚", "2020-04-01", 2, "", ""),
            ("confirmed_new", "拉各斯州", "2020-04-01", 9, "", ""),
            ("confirmed_total", "拉各斯州", "2020-04-01", 91, "", ""),
            ("confirmed_total", "阿布贾首都区", "2020-04-01", 35, "", ""),
        ],
        note="人民网 on Nigeria, 4月1日, on an aggregator (jiangsulong.com) that spaces punctuation (' , ', ' 。'), repeats the headline in 【】 and writes 采访人员 for 记者; headline and both paragraphs, the '推荐阅读' line left out. Date from the address (2020/0402) and 截止当地时间1日20时 → 2020-04-01. Corpus without a home city. 总数达174例 , 其中治愈出院9例 , 死亡2例 → recovered_total 9 and deaths_total 2 (parts of the running total, as earlier blind tables read 出院 inside a cumulative breakdown). 新增确诊病例中9例在拉各斯州 → confirmed_new 9 for 拉各斯州; 该州以91例 and 阿布贾首都区以35例 are the states' running totals. 首例 is an ordinal; 撤侨 (evacuations) is no place; 3月31日, 4月2日 and 周一 date no figure.",
        source="http://tech.jiangsulong.com/a/2020/0402/040219612R020.html",
    ),
    # http://tech.jiangsulong.com/a/2020/0402/040219354R020.html
    dict(
        id="b20f06",
        text="【病例】瑞典新增新冠肺炎确诊病例512例 累计确诊4947例\n【【病例】瑞典新增新冠肺炎确诊病例512例 累计确诊4947例】\n北京联盟_本文原题:瑞典新增新冠肺炎确诊病例512例 累计确诊4947例\n当地时间4月1日 , 瑞典公共卫生局发布 , 截至当日14点 , 瑞典全国当日新增512例 , 累计4947例新冠肺炎病例 , 当日新增死亡病例59例 , 累计死亡病例239例 。 在重症监护病房的有393位患者(此数据仅表示确诊的病例 , 而未表示感染者的总数) 。",
        published="2020-04-02",
        city=None,
        expect=[
            ("confirmed_new", "瑞典", "2020-04-01", 512, "", ""),
            ("confirmed_total", "瑞典", "2020-04-01", 4947, "", ""),
            ("deaths_new", "瑞典", "2020-04-01", 59, "", ""),
            ("deaths_total", "瑞典", "2020-04-01", 239, "", ""),
            ("critical", "瑞典", "2020-04-01", 393, "", ""),
        ],
        note="央视 (总台记者) on Sweden, 4月1日, on the same spacing aggregator as b20f05 (address 2020/0402: published 2020-04-02), which shows the headline three times (with a 【病例】 tag, in 【】 and as 北京联盟_本文原题); headline lines and the first paragraph, the paragraphs on the minister's appeals (no figure) left out. Corpus without a home city. 截至当日14点 with 当地时间4月1日 → 2020-04-01. 在重症监护病房的有393位患者 → critical 393 (an intensive-care count, first-listed reading of ANNOTATION's open question; blind10 would read severe). The headline repeats 512 and 4947 (one tuple each).",
        source="http://tech.jiangsulong.com/a/2020/0402/040219354R020.html",
    ),
    # http://www.ucptt.com/article/nCoV2019/1584961326/ADB
    dict(
        id="b20f07",
        text="[新聞] 土耳其增289例 1236確診武漢肺炎30死\n作者: EggAcme (Egg)   2020-03-23 19:02:04\n完整標題:土耳其增289例 1236確診武漢肺炎30死\n發稿單位:中央社\n發稿時間:2020/03/23 07:17\n撰 稿 者:中央社記者何宏儒安卡拉23日專電\n原文連結:https://www.cna.com.tw/news/aopl/202003230010.aspx\n土耳其22日新增2019年冠狀病毒疾病(COVID-19,武漢肺炎)9起死亡病例,累計30人死\n亡;新增289起確診病例,累計確診數達1236例。\n衛生部長克扎(Fahrettin Koca)深夜在推特(Twitter)帳號推文表示,死者全為年長\n者。他說,截至目前已對2萬345人進行檢測,過去24小時新增289人對新型冠狀病毒呈現\n陽性反應,累計1236起確診病例。",
        published="2020-03-23 19:02",
        city=None,
        expect=[
            ("deaths_new", "土耳其", "2020-03-22", 9, "", ""),
            ("deaths_total", "土耳其", "2020-03-22", 30, "", ""),
            ("confirmed_new", "土耳其", "2020-03-22", 289, "", ""),
            ("confirmed_total", "土耳其", "2020-03-22", 1236, "", ""),
        ],
        note="中央社 (Taiwan, traditional) on Turkey, reposted on a PTT board mirror (ucptt.com) with the board's header block (作者, 完整標題, 發稿單位, 發稿時間, 撰稿者, 原文連結) and PTT's hard line wraps inside words (累計30人死\\n亡, 年長\\n者), kept as found; the paragraphs on the minister's appeal and civil servants' home working, and the mirror's footer, were left out. published is the post's time (2020-03-23 19:02). Corpus without a home city. 土耳其22日新增 dates the figures 2020-03-22; 截至目前 in the next paragraph takes that date (2萬345人 is a count of tests: no tuple). 9起 and 289起 are new, 累計30人 and 1236 totals; the headline (增289例, 1236確診, 30死) and the minister's repetition are the same figures.",
        source="http://www.ucptt.com/article/nCoV2019/1584961326/ADB",
    ),
    # http://www.ktsf.com/2020/03/09/new-york-top-official-sick/
    dict(
        id="b20f08",
        text="【KTSF】\n新型肺炎疫情在紐約州持續擴散,連政府高層人員也成為確診病者之一。\n紐約州州長Andrew Cuomo週一宣布,紐約及新澤西港務局局長Rick Cotton已確診新型肺炎,目前正居家隔離,該局統領紐約市都會局的所有機場。\nCuomo說,紐約州的確診病例由105宗增至142宗,大多數集中在紐約市以北的Westchester縣,紐約市則有19人確診。\nCuomo強調,大多數確診者病癥輕微,約6%病者要入院治療,當中很多是長期病患,有些要在深切治療病房留醫。",
        published="2020-03-09",
        city=None,
        expect=[
            ("confirmed_total", "纽约州", "2020-03-09", 142, "", ""),
            ("confirmed_total", "纽约市", "2020-03-09", 19, "", ""),
        ],
        note="KTSF (a Bay-Area Chinese TV station, traditional) on New York State, 2020-03-09 (date from the address; 週一 is that Monday); the station tag, the first three paragraphs and the closing paragraph on severity; the paragraphs on staff testing and prison-made hand sanitiser (no figure) and the ' date 2020-03 ' crawl marker were left out. Corpus without a home city. 由105宗增至142宗 → confirmed_total 142 (105 is the earlier count, no tuple; the increase is not stated, so no confirmed_new); 紐約市則有19人確診 → confirmed_total 19 for 纽约市. Westchester縣 gets no number (大多數), 約6% is a share of patients and the port authority's director is one person named, not a count.",
        source="http://www.ktsf.com/2020/03/09/new-york-top-official-sick/",
    ),
    # https://std.stheadline.com/realtime/article/1228771/即時-國際-泰國急增188宗確診-創單日新高七成來自曼谷
    dict(
        id="b20f09",
        text="泰國急增188宗確診 創單日新高七成來自曼谷\n2020-03-22 14:20\n新冠肺炎疫情持續擴散,泰國今日急增188宗確診,再創單日新高,累計599宗病例,維持1人死亡。\n泰國公共衛生部發言人表示,新增的確診病例多數與昨日爆發的拳擊場群聚感染有關。又指新增病例多來自曼谷,佔全國病例約70%。",
        published="2020-03-22 14:20",
        city=None,
        expect=[
            ("confirmed_new", "泰国", "2020-03-22", 188, "", ""),
            ("confirmed_total", "泰国", "2020-03-22", 599, "", ""),
            ("deaths_total", "泰国", "2020-03-22", 1, "", ""),
        ],
        note="星島 (Hong Kong, traditional, realtime page) on Thailand, 2020-03-22 14:20: headline, time line, the first paragraph and the first two sentences of the second; a photo caption above the text, the rest of the second paragraph (the closures), the next paragraph, the repeated captions and the page's keyword/ad chrome were left out. Corpus without a home city. 今日 → the page's date. 急增188宗 → confirmed_new 188; 累計599宗病例 → confirmed_total 599; 維持1人死亡 → deaths_total 1 (no deaths_new 0 is added: the text states none, it only says the total is unchanged; unsure). 佔全國病例約70% and the headline's 七成來自曼谷 are shares of the new cases: no tuple for 曼谷 (no count is stated). 昨日 dates the boxing-stadium cluster, no figure.",
        source="https://std.stheadline.com/realtime/article/1228771/即時-國際-泰國急增188宗確診-創單日新高七成來自曼谷",
    ),
    # http://org-dsnewsapi.zaobao.com/znews/sea/story20200311-1036272
    dict(
        id="b20f10",
        text="雪州大臣阿米鲁丁说,根据卫生部的最新数据,全国出现的确诊病例中,有60%病患是雪州居民,因此州政府必须采取行动控制疫情。\n对于马国确诊病例暴增,诺希山说,当局还在确认与这20名新病例有近距离接触者,以及他们在哪裡受到感染。他也说,第78起病例已经痊愈并获准出院。\n(吉隆坡综合讯)马来西亚周三(11日)新增20起冠病确诊病例,累计病例达149起。更糟的是,文莱一名冠病确诊患者2月底曾到吉隆坡出席一场万人回教徒大集会,卫生部已经下令各州卫生局在各州调查追踪这些出席者的情况。",
        published="2020-03-11",
        city=None,
        expect=[
            ("confirmed_new", "马来西亚", "2020-03-11", 20, "", ""),
            ("confirmed_total", "马来西亚", "2020-03-11", 149, "", ""),
        ],
        note="联合早报 (Singapore) on Malaysia, 3月11日 (date from the address, story20200311, and 周三(11日)). The stored page gives the paragraphs in this order (the dateline paragraph (吉隆坡综合讯) after two later ones); three of its paragraphs are kept in that order, the others (entry bans, the returnees from Wuhan, the Brunei patient's travels) left out. Corpus without a home city; 马国 = 马来西亚. 新增20起 → confirmed_new 20 (这20名新病例 repeats it), 累计病例达149起 → confirmed_total 149. 第78起病例已经痊愈并获准出院 names one patient by number: ordinals are not counts, and by the first-listed reading of an ordinal discharge no recovered_new is expected. 60%病患是雪州居民 is a share by residence: no tuple for 雪兰莪. 一名…患者 (Brunei's case) and 万人 give no figure for a place.",
        source="http://org-dsnewsapi.zaobao.com/znews/sea/story20200311-1036272",
    ),
    # https://feifmx.com/internationalgd/10000166/20200321/37951605.html
    dict(
        id="b20f11",
        text="新華社柏林3月20日電(記者田穎)德國疾控機構羅伯特·科赫研究所所長威勒20日宣布,德國新冠肺炎確診病例一日增長2985例,,累計13957例,。目前上報該所的死亡病例共31例,比前一日增加11例,。\n當天,,巴伐利亞州州長索德爾宣布,該州居民未來14天若無正當理由不得出門,,該州成為德國首個頒布“禁足令”的聯(lián)邦州。",
        published="2020-03-21",
        city=None,
        expect=[
            ("confirmed_new", "德国", "2020-03-20", 2985, "", ""),
            ("confirmed_total", "德国", "2020-03-20", 13957, "", ""),
            ("deaths_total", "德国", "2020-03-20", 31, "", ""),
            ("deaths_new", "德国", "2020-03-20", 11, "", ""),
        ],
        note="新华社 on Germany, 3月20日, on a traditional-converting mirror (feifmx.com, date 20200321 in the address) that doubles commas (',,', ',。') and leaves one pinyin bracket (聯(lián)邦州); the first two paragraphs, the rest of the Bavarian paragraph (what the order allows) left out. Corpus without a home city. 20日宣布 → 2020-03-20. 一日增長2985例 → confirmed_new 2985; 死亡病例共31例 → deaths_total 31; 比前一日增加11例 is the day's rise in deaths as the text states it → deaths_new 11 (前一日 is the baseline and dates nothing; unsure: a reader who keeps only absolute counts would drop it). 巴伐利亞州 gets no figure; 14天 is a duration.",
        source="https://feifmx.com/internationalgd/10000166/20200321/37951605.html",
    ),
    # https://www.aecbl.org/post/比利时防控新冠肺炎疫情播报-2020年3月27日
    dict(
        id="b20f12",
        text="比利时防控新冠肺炎疫情播报 2020年3月27日\n一、比利时新增新冠肺炎确诊病例1049例,累计确诊病例达7284例\n3月27日上午11点,比利时联邦公共健康服务局SPF比利时危机处理中心联合在新闻发布会上公布,在过去的24小时里,比利时新增新冠肺炎确诊病例1049例,累计确诊病例达7284例。新增死亡69例,共289人感染新冠病毒死亡。 在新增确诊1049个病例中,佛兰德斯大区772例(74%),布鲁塞尔137例(13%),瓦隆大区131例(12%)。\n在累计确诊7284个病例中,佛兰德斯大区4652例(64%),布鲁塞尔846例(12%),瓦隆大区1621例(22%)。\n自3月13日以来,已有858名患者治愈出院,其中昨天有183人出院。",
        published="2020-03-27",
        city=None,
        expect=[
            ("confirmed_new", "比利时", "2020-03-27", 1049, "", ""),
            ("confirmed_total", "比利时", "2020-03-27", 7284, "", ""),
            ("deaths_new", "比利时", "2020-03-27", 69, "", ""),
            ("deaths_total", "比利时", "2020-03-27", 289, "", ""),
            ("confirmed_new", "佛兰德斯大区", "2020-03-27", 772, "", ""),
            ("confirmed_new", "布鲁塞尔", "2020-03-27", 137, "", ""),
            ("confirmed_new", "瓦隆大区", "2020-03-27", 131, "", ""),
            ("confirmed_total", "佛兰德斯大区", "2020-03-27", 4652, "", ""),
            ("confirmed_total", "布鲁塞尔", "2020-03-27", 846, "", ""),
            ("confirmed_total", "瓦隆大区", "2020-03-27", 1621, "", ""),
            ("recovered_total", "比利时", "2020-03-27", 858, "", ""),
            ("recovered_new", "比利时", "2020-03-26", 183, "", ""),
        ],
        note="The Belgian Chinese community's daily bulletin (aecbl.org, from 华商时报's reports), 2020年3月27日: title, section heading, the report paragraph, the cumulative breakdown and the discharge sentence. Left out: the paragraph repeating the 69 deaths with 昨天 (it would date the same 69 a day earlier), the hospital/intensive-care paragraph (admissions and ICU counts) and section 二 on a Chinese patient in Brussels. Corpus without a home city. 3月27日上午11点…过去的24小时 → 2020-03-27. Regions as written: 佛兰德斯大区, 布鲁塞尔, 瓦隆大区 (new and cumulative breakdowns; the percentages are shares, no tuple). 自3月13日以来,已有858名患者治愈出院 → recovered_total 858 (a running count since a start date; X以来 is a start, so the report's date 2020-03-27); 其中昨天有183人出院 → recovered_new 183 on 2020-03-26 (昨天 = published-1).",
        source="https://www.aecbl.org/post/%E6%AF%94%E5%88%A9%E6%97%B6%E9%98%B2%E6%8E%A7%E6%96%B0%E5%86%A0%E8%82%BA%E7%82%8E%E7%96%AB%E6%83%85%E6%92%AD%E6%8A%A5-2020%E5%B9%B43%E6%9C%8827%E6%97%A5",
    ),
    # https://hkgirlinireland.com/en/2020/03/09/愛爾蘭-新增-3-宗確診-covid-19-three-new-cases-of-coronavirus-confirmed-in-republic-of-ireland/amp
    dict(
        id="b20f13",
        text="衛生官員今天晚上確認了三宗新病例:\n南部的一名女性,與一例確診病例密切接觸, 西部的一名女性,與一例確診病例密切接觸, 南部的一名女醫護人員,與一例確診病例有關\n愛爾蘭共和國目前有24個案件, 北愛爾蘭昨晚再確認五宗, 共有12宗, 即愛爾蘭島上的病例總數現在為36。\n決定取消所有聖帕特里克節遊行, 愛爾蘭在巴黎與法國的六國比賽被推遲\n到目前為止,已有超過1,000人在愛爾蘭接受了冠狀病毒測試, 愛爾蘭共和國的大部分案件都與自意大利北部的旅行回來有關",
        published="2020-03-09",
        city=None,
        expect=[
            ("confirmed_new", "爱尔兰", "2020-03-09", 3, "", ""),
            ("confirmed_total", "爱尔兰", "2020-03-09", 24, "", ""),
            ("confirmed_new", "北爱尔兰", "2020-03-08", 5, "", ""),
            ("confirmed_total", "北爱尔兰", "2020-03-09", 12, "", ""),
        ],
        note="A Hong Kong blogger in Ireland (hkgirlinireland.com, traditional, translating TheJournal.ie), 2020-03-09 (date from the address): the Chinese part of the post, kept as found with its comma-space style and the translation's 案件 for cases; the English original and the credit links after it were left out. Corpus without a home city. 今天晚上確認了三宗新病例 → confirmed_new 3 (a count in words) for the Republic; 愛爾蘭共和國目前有24個案件 → confirmed_total 24 (爱尔兰 is the Republic's usual short name). 北愛爾蘭昨晚再確認五宗 → confirmed_new 5 for 北爱尔兰 on 2020-03-08 (昨晚 = published-1), 共有12宗 → its total now, read as of the page's date 2020-03-09 (unsure: a reader tying it to 昨晚 would give 03-08). 愛爾蘭島上的病例總數…36 adds two places (the Republic and Northern Ireland): no tuple. The three women, 一例確診病例 (contacts) and 超過1,000人 tested give no place figure.",
        source="https://hkgirlinireland.com/en/2020/03/09/%e6%84%9b%e7%88%be%e8%98%ad-%e6%96%b0%e5%a2%9e-3-%e5%ae%97%e7%a2%ba%e8%a8%ba-covid-19-three-new-cases-of-coronavirus-confirmed-in-republic-of-ireland/amp",
    ),
    # http://wap.macaumonthly.net/news/guoji/2020-03-20/292012.html
    dict(
        id="b20f14",
        text="埃及新冠肺炎确诊病例增至256例\n时间:  来源:中新网 访问量:\n新华社开罗3月19日电 (记者吴丹妮)埃及卫生部19日晚发表声明说,埃及境内新增新冠肺炎确诊病例46例,新增死亡病例1例,累计确诊病例256例,累计死亡病例7例。\n埃及卫生部发言人穆贾希德在声明中说,新增确诊病例包括42名埃及人和4名外国人,他们与此前确诊的病例有过直接接触。新增死亡病例为一名68岁的埃及男子。",
        published="2020-03-20",
        city=None,
        expect=[
            ("confirmed_new", "埃及", "2020-03-19", 46, "", ""),
            ("deaths_new", "埃及", "2020-03-19", 1, "", ""),
            ("confirmed_total", "埃及", "2020-03-19", 256, "", ""),
            ("deaths_total", "埃及", "2020-03-19", 7, "", ""),
        ],
        note="新华社 on Egypt, 3月19日, reposted (via 中新网) on the site of 澳门月刊, a Macau magazine (wap.macaumonthly.net; date from the address, 2020-03-20, the page's own 时间 line being empty); headline, the time/source line (its time and view count empty, kept as found) and the first two paragraphs, leading indentation dropped; the paragraphs on closures and tourist towns and the site footer were left out. Corpus without a home city. 19日晚 → 2020-03-19. 42名埃及人和4名外国人 split the 46 new cases by nationality (no place); 一名68岁的埃及男子 is the one new death again (one tuple); 68岁 is an age.",
        source="http://wap.macaumonthly.net/news/guoji/2020-03-20/292012.html",
    ),
]
