"""Removed before the first run: b15f01 (云南 2月3日, for 玉溪) and b15f06 (辽宁 3月31日, for 葫芦岛). A check
here (22-character windows, simplified) found b15f01 sharing its bulletin sentences (现均在定点医院…现有危重3例)
with holdout_realworld and b15f06 sharing its frozen per-city cumulative list with eval_feeds. The rest of this
docstring stands as the helper wrote it (its counts include the two).

Golden extraction cases for FEED texts, fifteenth BLIND set, Jan–Apr 2020.

What is here: 16 feed texts, i.e. bulletins, round-ups and wire items that summarise several places (issue 20). Six are read for one
home city and ten have city=None:
* Home city (a prefecture-level city in full; only that city, its districts and counties are expected): 玉溪市 (云南's bulletin for
  2月3日12时至24时 on 北京青年报's app), 保定市 (河北's 1月25日 bulletin on a portal, page undated), 南昌市 (中新网 on 江西's 2月5日
  bulletin, on a university page), 平凉市 (香港商报 on 甘肃's 2月22日 figures, traditional: a current in-hospital list), 铁岭市
  (辽宁's 1月31日 evening bulletin, traditional and garbled, on a mirror of 盘锦's health commission page), 葫芦岛市 (辽宁's 3月31日
  bulletin on 抚顺县's government site, garbled dates). None of these six is a `city=` of blind*.py (grepped), nor of
  blind15_narrative.py, written at the same time (checked again before finishing).
* city=None (every place the text gives figures to; at most six places a case): 全国 with 湖北省 (央视, 2月15日 figures), 香港
  (星岛日报 realtime, 4月15日), 西班牙 with 马德里 (法新社 on LINE TODAY Taiwan, traditional, 4月2日), 韩国 with 大邱市 (a finance
  portal, 2月26日), 伊朗 (中央社, traditional, 3月6日), 德国 with 沃尔夫斯堡市 (新华社, 3月29日), 纽约州 (中新社, 4月9日), the cruise
  ship 钻石公主号 with an evacuation flight (新唐人, traditional, 2月17日), 俄罗斯 with 莫斯科/莫斯科州 (人民网, 4月9日), 澳门 (新华社,
  2月10日).
Every case is a short verbatim excerpt of a public page found with the search tool (`pages` corpus); its `source` is that page's URL (also
in a comment above the entry). Traditional characters, a converter's garbling (發(fā)布, 轉(zhuǎn)), garbled dates (202012216时-style
gaps, 20203310时至24时, 截至202033124时), spaced punctuation ( , 。), a doubled headline after 。。, 采访人员 for 记者 and headlines/date
lines are kept as found. Leading indentation of paragraphs was dropped; paragraphs a case does not need were left out, a paragraph is cut
only after a full sentence, and each note says what was left out.

How it was made: BLIND, as a careful reader of the texts alone. Nothing of the extractor was opened or run (no code under extract/,
store/, briefing/, app/ or evaluation/, no CLI, no test). Binding conventions: tests/cases/ANNOTATION.md (including 'Readings still
open', where the first-listed reading is followed), shared/gold/FORMAT.md and the conventions in dev_cases.py's docstring. For the layout
only the docstring and the first two CASES entries of blind14_feeds.py were read. Nothing else in tests/cases or tests/data was read;
they were only grepped for file names (checks below). Some 60 searches were run and about 200 candidate pages checked; 16 were kept.

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Ways of writing covered (counts of cases; a case can count under several):
  (1) foreign places, 港澳台, a ship: 10 (a country with a region or city: 马德里, 大邱市, 沃尔夫斯堡市, 莫斯科/莫斯科州; a US state;
      香港 and 澳门 by their own speakers 本港/澳门; the cruise ship 钻石公主号; 全国 with 湖北省);
  (2) speakers and other places' items: 16 (provincial bulletins read for one city; a HK paper on 甘肃; Hong Kong's 本港; wires retelling
      foreign ministries and a city government's report of a death; a second source (《时代报》) beside the official one);
  (3) origin, residence, institutions, evacuees: 5 (沈陽市13例(1例為鐵嶺市轉至沈陽市就診); nursing homes in 德国; the HA's
      留医/呈报 counts vs the noon breakdown; 定点医疗机构 and 集中救治中心 in 辽宁; 撤僑(包)機 65人/7人住院);
  (4) aggregates, shares and counts of places: 5 (除湖北以外地区166例, 50个地区/81个地区, 八市州, growth rates 7.9%/10.5%, 43名日本人
      and 70人無症狀 as subsets);
  (5) a province's totals beside a city's figures: 6 (every home-city case);
  (6) current versus cumulative, severity: 4 (甘肃's 現有…在定點醫院進行隔離治療 list, 香港 留医 with 危殆/严重, 纽约州 住院治疗超过1.82万人,
      辽宁's 在院治疗14例 by centre);
  (7) deaths: 6 (country totals and news, 马德里's deaths, 大邱市's single reported death, a past day's deaths dated 8日, nursing-home
      deaths that get no tuple);
  (8) ordinals and firsts: 5 (第4名确诊的警员, 首例 of other cities, 首發病例, 首例病例…38天, 第五架撤僑機);
  (9) none-statements and zeros: 3 (澳门's 没有新增/连续6天, 甘肃's 無新增/連續5日 (the province's), 辽宁's 无新增治愈出院);
  (10) qualifiers and number words: 5 (超过1.82万, 超過3萬2000, 1萬3 and 11萬238, 超5万/突破1萬/飆破11萬/破万/破千 headline thresholds);
  (11) dates: figures with their own older dates (8日, 29日零时 vs 29日12时), a morning page with a dated window (07:34), an afternoon
      page dated by its dateline (13:20), an undated page (published None, year from 2020年), page dates taken from addresses.

Reading choices made where the binding conventions are silent (each note says which it uses):
* A day's new count that is entirely imported (本港今日新增4宗…全部有外游纪录) is the place's confirmed_new, not an imported-only
  subtotal: there is no local count beside it (unsure).
* Hong Kong: the HA's 共有571病人仍然留医, given with its 30 呈报个案 and without 确诊, gets no tuple; the noon 550名患者…留医 with its
  危殆/严重 breakdown is the hospitalized figure (unsure).
* 韩国: 一天内增加病例284例 (against the previous day's 4 pm report) is confirmed_new; 较当天上午9时新增115例 (since the morning report)
  gets no tuple (unsure). 大邱市政府 reporting one death → 大邱市 deaths_new 1.
* 德国: the official (RKI, 截至当天零时) and the newspaper (《时代报》, 截至29日12时) totals are both stated and both expected for 3月29日;
  截至当天零时 is dated by its written day (unsure).
* 1萬3人 beside 11萬238例 in the same page is read in the same notation: 10003 (not 13000).
* A headline's or lead's rounded threshold (超5万例, 突破1萬, 飆破11萬, 破万/破千) is the body's figure, not a separate tuple.
* Foreign regions and cities are named as written where the figure stands (马德里, 大邱市, 沃尔夫斯堡市, 莫斯科, 莫斯科州, 纽约州);
  countries by their usual short name.
* Province-level none-statements and lists that do not name the home city give it no tuple (not a 0).

Exclusion and overlap checks:
* No page comes from Hunan, mentions 株洲 or a Hunan place (the kept excerpts were scanned for the Hunan names of ANNOTATION.md, their
  traditional forms and 湘), or comes from the DXY feed or a mirror of it; every page is of 2020 (Jan–Apr). 云南's 2月3日 excerpt ends
  before the patients' lines because one of them names a Hunan city; a 中新社 round-up of 3月12日 on provinces 清零 was dropped because it
  reports on 湖南.
* Before annotating, each candidate's URL (its distinctive part) and 2–5 distinctive 12–20-character snippets (headline, figures with their
  nouns, lists, names), each as found, converted to simplified and to traditional (OpenCC t2s/s2t), were grepped with `grep -rlF` (file
  names only) across tests/cases and tests/data; then each kept excerpt was converted to simplified and ten 15-character windows spread
  over it were grepped, each also in traditional. Judged no hit (boilerplate of other bulletins): …河北省报告新型冠状病毒感染的…,
  …自治区、直辖市)和新疆生产建设…, …报告新型冠状病毒肺炎确诊病例9… (another province's 9x count), …12时至24时,云南省报告新型…,
  …者外,现均在定点医院接受隔离治…, …例病例为输入性病例,6例病例为… (another day's 辽宁 wording), 沧州市1例。累计报告疑似病例5…
  (another day's …疑似病例54例), 染的肺炎新增确诊病例8例。其中 (another province's 8 new cases), 德镇市1例、萍乡市1例、吉安市 (a
  list fragment that recurs in other 江西 days' lists) and 市6例、盘锦市11例、葫芦岛市 (the tail of 辽宁's cumulative list, frozen from 2月20日;
  the 3月31日 list as a whole — 沈阳市32例、大连市26例 … 铁岭市9例 — occurs nowhere else). Longer snippets of each of these excerpts gave
  no hit.
* Dropped for a hit (URL or text already in a table or in tests/data), by place and date: 江西 1月30日, 2月4日 (南昌's own), 3月2日, 3月3日,
  3月4日, 3月8日, 3月9日 (and a machine-translated copy of it); 河南 1月24日, 2月2日 (two mirrors), 2月28日; 云南 2月3日 (0–12时), 2月7日,
  2月11日, 昆明 2月1日; 贵州 2月6日, 2月14日, 2月28日, 3月1日; 甘肃 1月26日, 2月2日, 2月14日, 2月20日, 3月7日; 黑龙江 1月29日,
  2月23日, 2月27日, 3月19日; 河北 1月27日, 1月29日, 2月1日, 2月10日, 2月20日, 2月26日, 3月8日; 山西 1月31日, 2月1日, 2月9日, 2月10日,
  2月29日; 广东 2月2日, 2月3日, 2月4日 and 梅州 2月20日; 安徽 2月18日, 3月1日, 3月3日 and 宣城 2月15日; 陕西 2月1日, 2月4日, 2月7日,
  2月10日, 2月16日; 辽宁 2月1日, 2月14日, 2月15日, 2月20日, 2月24日; 新疆 2月11日, 2月14日, 2月15日, 2月24日, 2月28日; 广西 1月27日,
  2月1日, 2月3日, 2月8日, 2月14日, 2月15日; 吉林 2月4日; 山东 1月31日; 青海 2月3日, 2月11日, 2月15日; 四川 2月11日, 2月12日 (宜宾),
  2月19日; 全国 2月3日, 2月19日, 3月18日; 多地清零 3月9日; 伊朗 3月7日, 3月26日, 4月15日; 西班牙 3月25日; 德国 3月7日, 4月6日; 美国
  3月7日, 3月22日; 钻石公主号 2月7日, 2月12日 and 日本 2月20日; 新加坡 2月7日, 3月17日; 俄罗斯 4月16日; 台湾 4月14日; 澳门 2月16日,
  3月6日.
* Other candidates left out: 黑龙江 2月7日 (东北网: its headline says 累计295例 while the body says 现有确诊病例295例 — a contested reading
  under the binding 现有 rule); 安徽 1月23日 and 广东 2月18日 (first read for 滁州市 and 江门市; when blind15_narrative.py took those as
  `city=`, no other city of these texts was free of blind tables); a second copy of 山东 1月31日 (same bulletin as a table's); frozen lists
  (江西's 935 list in March, 宁夏's, 辽宁 2月23日, 甘肃 3月6日 = 3月7日's list); pages without a date or year (河北 1月26日, 日本北海道
  2月28日, 澳门 4月10日, two 钻石公主号 items on a Hong Kong radio site, 西班牙 4月4日) or without an address (新疆 2月4日, 潮州 2月5日); a bilingual
  English/Chinese 河北 page with the Chinese cut; second items for a country already kept (西班牙 3月17日, 3月18日, 3月24日, 3月29日,
  4月15日, 4月24日; 伊朗 2月20日–2月27日; 德国 3月3日, 3月21日); too many places for a case without home city (澳大利亚's eight states,
  韩国's 11–17 regions, 马来西亚's states, the NHC's 1月20日 list); pages of later years that the search returned.
"""

CASES = [
    # https://app.bjtitle.com/8816/newshow.php?mood=wx&newsid=5536763&typeid=91
    # https://news.shi-fen.com/china/202001/50-602645.html
    dict(
        id="b15f02",
        text="原标题:河北新增新型肺炎5例河北累积新型肺炎13例死亡1例\n记者从河北省卫健委获悉,2020年1月25日0-24时,河北省报告新型冠状病毒感染的肺炎新增确诊病例5例,其中,邯郸市2例,保定市2例,石家庄市1例。邯郸市为报告首例确诊病例。新增疑似病例5例,其中,承德市2例,秦皇岛市1例,廊坊市2例。\n截至1月25日24时,河北省累计报告确诊病例13例,其中死亡1例。确诊病例中,石家庄市5例、保定市3例、沧州市2例、邯郸市2例、承德市1例;死亡病例中,沧州市1例。累计报告疑似病例5例。\n目前追踪到密切接触者222人,均在接受隔离医学观察。",
        published=None,
        city="保定市",
        expect=[
            ("confirmed_new", "保定市", "2020-01-25", 2, "", ""),
            ("confirmed_total", "保定市", "2020-01-25", 3, "", ""),
        ],
        note="河北's 1月25日0-24时 bulletin retold on a portal (原标题 line kept). The page shows no date (its address gives only 202001), so published is None and the year comes from 2020年1月25日 in the text. Read for 保定市: 新增确诊病例5例,其中…保定市2例 → confirmed_new 2; 确诊病例中…保定市3例 → confirmed_total 3, both as of 1月25日. 邯郸市为报告首例确诊病例 is a first case of another city. The suspected list (承德市2例 …) has no metric; 13/死亡1/疑似5/密切接触者222 are the province's; 石家庄市/沧州市/邯郸市/承德市 are not home.",
        source="https://news.shi-fen.com/china/202001/50-602645.html",
    ),
    # https://rwxy.qhnu.edu.cn/info/1004/1692.htm
    dict(
        id="b15f03",
        text="江西新增确诊病例52例 累计确诊600例\n发布日期:2020-02-06\n中新网南昌2月6日电 (吴鹏泉)据江西省卫生健康委员会6日通报,2月5日0-24时,该省报告新型冠状病毒感染的肺炎新增确诊病例52例,新增治愈出院病例10例。\n新增确诊病例中,南昌市15例、新余市9例、上饶市9例、九江市6例、宜春市6例、赣州市4例、抚州市2例、萍乡市1例。新增治愈出院病例中,抚州市4例、南昌市3例、九江市1例、新余市1例、赣州市1例。\n官方通报称,截至2月5日24时,江西省累计报告新型冠状病毒感染的肺炎确诊病例600例,其中重症病例53例,治愈出院病例37例。\n确诊病例中,南昌市149例、九江市92例、新余市78例、上饶市78例、宜春市54例、赣州市52例、抚州市46例、萍乡市23例、吉安市15例、鹰潭市9例、景德镇市4例。治愈出院病例中,南昌市10例、新余市5例、上饶市5例、抚州市5例、宜春市4例、九江市3例、赣州市2例、景德镇市1例、萍乡市1例、吉安市1例。\n目前,江西追踪到密切接触者14972人,解除医学观察3823人,尚有11149人正在接受医学观察。",
        published="2020-02-06",
        city="南昌市",
        expect=[
            ("confirmed_new", "南昌市", "2020-02-05", 15, "", ""),
            ("recovered_new", "南昌市", "2020-02-05", 3, "", ""),
            ("confirmed_total", "南昌市", "2020-02-05", 149, "", ""),
            ("recovered_total", "南昌市", "2020-02-05", 10, "", ""),
        ],
        note="中新网南昌2月6日电 on 江西's 2月5日0-24时 bulletin, reposted on a Qinghai university's epidemic page (发布日期 kept; the 责编 line left out). Read for 南昌市: new list 南昌市15例 → confirmed_new 15; 新增治愈出院病例中…南昌市3例 → recovered_new 3; the cumulative lists (截至2月5日24时) give 南昌市149例 → confirmed_total 149 and 治愈出院病例中,南昌市10例 → recovered_total 10. The province's 52/10/600/重症53/37 and contacts are not the city's; other cities (鹰潭市9例, 宜春市6例 …) are not home.",
        source="https://rwxy.qhnu.edu.cn/info/1004/1692.htm",
    ),
    # http://hkcd.com/content_p/2020-02/23/content_90266.html
    dict(
        id="b15f04",
        text="甘肅新冠肺炎治癒率達83.5%\n2020-02-23\n来源:香港商报网\n【香港商報網訊】記者 寇剛 報導:甘肅省衛健委消息稱,21日20時至22日20時,甘肅省無新增新型冠狀病毒肺炎確診病例,這也是甘肅省連續5日無新增病例。至22日20時,甘肅省累計報告新型冠狀病毒肺炎確診病例91例,累計治癒出院76例,治癒率達83.5%,居全國前列。\n消息顯示,甘肅現有13例在定點醫院進行隔離治療,其中蘭州市5例、平涼市3例、甘南州2例、白銀市1例、定西市1例、慶陽市1例。現有重型病例3例。甘肅省目前無疑似病例。目前,累計追蹤到密切接觸者4102人,已解除醫學觀察3692人,其餘410人正在接受醫學觀察。\n此前,甘肅省已經將新冠肺炎疫情防控應急響應級別由一級應急響應調整為省級三級應急響應。酒泉、定西、武威、張掖、嘉峪關、平涼、白銀、臨夏八市州發布通告,全面恢復正常生產生活秩序。",
        published="2020-02-23",
        city="平凉市",
        expect=[
            ("hospitalized", "平凉市", "2020-02-22", 3, "", ""),
        ],
        note="香港商报 (traditional) retelling 甘肃's bulletin for 21日20時至22日20時 (the month comes from the page date 2020-02-23). Read for 平凉市: 甘肅現有13例在定點醫院進行隔離治療,其中…平涼市3例 → hospitalized 3 as of 2月22日 (a current list; no cumulative figure is given for the city). 平涼 in the list of 八市州 that resume normal life carries no figure. The province's 無新增 (连续5日), 91, 76, 治癒率83.5%, 重型3, 無疑似 and contacts are not spread to the city. 甘南州2例 … are other prefectures.",
        source="http://hkcd.com/content_p/2020-02/23/content_90266.html",
    ),
    # http://vancouverculinarycollege.com/2020_02/01_00/content-52172.html
    dict(
        id="b15f05",
        text="2020年1月31日10時30分至23時30分遼寧新型冠狀病毒感染的肺炎疫情情況\n發(fā)布時間:2020-02-01 瀏覽次數(shù):291\n2020年1月31日10時30分至23時30分,遼寧省新增12例新型冠狀病毒感染的肺炎確診病例,其中沈陽市2例,大連市1例,鞍山市1例,錦州市2例,阜新市1例,朝陽市1例,盤錦市3例,葫蘆島市1例,均屬普通型病例。鞍山市、阜新市屬首發(fā)病例。\n截至2020年1月31日23時30分,遼寧省累計報告新型冠狀病毒感染的肺炎確診病例60例,其中重型病例6例,大連市治愈出院1例。確診病例中,沈陽市13例(1例為鐵嶺市轉(zhuǎn)至沈陽市就診)、大連市8例、鞍山市1例、本溪市3例、丹東市5例、錦州市7例、營口市1例、阜新市1例,遼陽市1例、鐵嶺市2例、朝陽市6例、盤錦市7例、葫蘆島市5例。\n目前59名在治患者均在定點醫(yī)療機構隔離治療,病情平穩(wěn)。59名在治患者中,48例病例為輸入性病例,6例病例為武漢輸入病例家屬,4例為現(xiàn)有確診病例的密切接觸者,1例正在對其感染情況進行流行病調(diào)查。\n目前累計追蹤到密切接觸者804人,已解除醫(yī)學觀察95人,現(xiàn)有709人正在接受醫(yī)學觀察,其余正在追蹤中。",
        published="2020-02-01",
        city="铁岭市",
        expect=[
            ("confirmed_total", "铁岭市", "2020-01-31", 2, "", ""),
        ],
        note="辽宁's bulletin for 1月31日10時30分至23時30分, traditional with a converter's garbling (發(fā)布, 轉(zhuǎn)) kept as found, on a mirror of 盘锦's health commission page (發布時間 2020-02-01). Read for 铁岭市: 確診病例中…鐵嶺市2例 → confirmed_total 2 as of 1月31日. 沈陽市13例(1例為鐵嶺市轉至沈陽市就診) describes where one 沈阳 patient came from: by the origin rule it stays 沈阳's and gives 铁岭 nothing (it is not a breakdown naming 铁岭 as the reporting place). 铁岭 is absent from the window's new list (沈陽市2例 … 葫蘆島市1例): no confirmed_new tuple. 60/重型6/59在治/contacts are the province's; 大連市治愈出院1例 is another city.",
        source="http://vancouverculinarycollege.com/2020_02/01_00/content-52172.html",
    ),
    # http://lnfsx.gov.cn/ins.asp?s=18&i=9124
    # http://tv.cctv.com/2020/02/16/ARTIsYPwLiBufblPi4Sp9wVF200216.shtml
    dict(
        id="b15f07",
        text="国家卫健委:湖北以外地区新增确诊病例12天连降\n2月16日上午,国家卫健委发布了15日全国报告新冠肺炎的总体情况,2月15日0—24时,31个省(自治区、直辖市)和新疆生产建设兵团报告新增确诊病例2009例,湖北新增确诊病例1843例。除湖北以外地区新增确诊病例166例,连续第12天下降。当日新增治愈出院病例1323例,解除医学观察的密切接触者29788人。",
        published="2020-02-16",
        city=None,
        expect=[
            ("confirmed_new", "全国", "2020-02-15", 2009, "", ""),
            ("confirmed_new", "湖北省", "2020-02-15", 1843, "", ""),
            ("recovered_new", "全国", "2020-02-15", 1323, "", ""),
            ("observation_released_new", "全国", "2020-02-15", 29788, "", ""),
        ],
        note="央视 item on the NHC's 2月15日0—24时 figures (page address dated 2020/02/16; no time shown). 31个省…报告新增确诊病例2009例 → 全国 confirmed_new 2009; 湖北新增确诊病例1843例 → 湖北省 1843; 当日新增治愈出院病例1323例 → 全国 recovered_new 1323; 解除医学观察的密切接触者29788人 → 全国 observation_released_new 29788. 除湖北以外地区新增确诊病例166例 is an aggregate of places, not a place: no tuple; 连续第12天/12天连降 are durations.",
        source="http://tv.cctv.com/2020/02/16/ARTIsYPwLiBufblPi4Sp9wVF200216.shtml",
    ),
    # https://std.stheadline.com/sc/realtime/article/1247722/%E5%8D%B3%E6%99%82-%E6%B8%AF%E8%81%9E-%E7%A2%BA%E8%A8%BA%E7%9F%B3%E7%A1%A4%E5%B0%BE%E8%AD%A6%E7%BD%B2%E8%AD%A6%E9%95%B7%E6%83%85%E6%B3%81%E5%8D%B1%E6%AE%86%E8%BD%89%E7%82%BA%E5%9A%B4%E9%87%8D
    dict(
        id="b15f08",
        text="确诊石硖尾警署警长情况危殆转为严重\n2020-04-15 17:56\n本港今日新增4宗新冠病毒确诊病例,全部有外游纪录。其中46岁石硖尾警署警长情况由危殆转为严重,他上月31日在太子站附近负责人群管理行动,是第4名确诊的警员。\n医管局过去24小时供呈报30宗个案,共有571病人仍然留医。过去24小时有25人出院,至今458名确诊病人和1名疑似确诊病人康复出院。截止中午12点,有550名患者分别在14间医院留医,其中10人危殆,另外有8人严重,532人情况稳定。负压病床有1127张,使用量65.5%,负压病房有578间,使用量67.1%。另外由于有维修工程进行中,目前有3张隔离病床暂时停用,维修工作完成后会尽快开放。",
        published="2020-04-15 17:56",
        city=None,
        expect=[
            ("confirmed_new", "香港", "2020-04-15", 4, "", ""),
            ("recovered_new", "香港", "2020-04-15", 25, "", ""),
            ("recovered_total", "香港", "2020-04-15", 458, "", ""),
            ("hospitalized", "香港", "2020-04-15", 550, "", ""),
            ("critical", "香港", "2020-04-15", 10, "", ""),
            ("severe", "香港", "2020-04-15", 8, "", ""),
        ],
        note="星岛日报's realtime page (simplified edition), 2020-04-15 17:56; 本港 is 香港 (the paper's own place). 本港今日新增4宗…确诊病例,全部有外游纪录 → confirmed_new 4: the whole day's count, all of it with travel history, not an imported-only subtotal beside a local one (unsure). 过去24小时有25人出院 → recovered_new 25; 至今458名确诊病人和1名疑似确诊病人康复出院 → recovered_total 458 (the confirmed patients; the suspected one is not added). 截止中午12点,有550名患者…留医,其中10人危殆…8人严重 → hospitalized 550, critical 10, severe 8. Reading choice (unsure): 医管局过去24小时供呈报30宗个案,共有571病人仍然留医 comes with the HA's case reports (呈报, which include suspected cases) and says 病人, not 确诊; the noon count with its breakdown is taken as the confirmed in-hospital figure, 571 gets no tuple. 第4名确诊的警员 is an ordinal; the 警长's change from 危殆 to 严重 is one patient; beds and wards have no metric.",
        source="https://std.stheadline.com/sc/realtime/article/1247722/%E5%8D%B3%E6%99%82-%E6%B8%AF%E8%81%9E-%E7%A2%BA%E8%A8%BA%E7%9F%B3%E7%A1%A4%E5%B0%BE%E8%AD%A6%E7%BD%B2%E8%AD%A6%E9%95%B7%E6%83%85%E6%B3%81%E5%8D%B1%E6%AE%86%E8%BD%89%E7%82%BA%E5%9A%B4%E9%87%8D",
    ),
    # https://today.line.me/tw/v2/amp/article/XwX3aO
    dict(
        id="b15f09",
        text="疫情延燒西班牙增950不治創新高 死亡破萬\n法新社\n發布於 2020年04月02日13:20\n(法新社馬德里2日電) 西班牙政府表示,境內過去24小時新增950起2019冠狀病毒疾病死亡病例,創單日新高紀錄,累計死亡突破1萬例,確診數則飆破11萬大關。\n西班牙是全球2019冠狀病毒疾病(COVID-19)死亡病例第2多國家,僅次於義大利。西班牙衛生部公布的數據顯示,儘管確診和死亡病例增速持續下降,境內目前仍有1萬3人染疫病亡,確診達11萬238例。\n西班牙今天感染病例增幅7.9%,低於昨天的增幅8.2%以及上週初的逾25%;單日死亡病例增幅降至10.5%,與昨天的增幅10.6%幾乎一致,低於一週前的27%。\n首都馬德里仍是西班牙的重災區,累計4175起死亡病例,以及超過3萬2000例確診,讓當地醫院不堪負荷,停屍間屍滿為患。(譯者:李宛諭/核稿:劉學源)",
        published="2020-04-02 13:20",
        city=None,
        expect=[
            ("deaths_new", "西班牙", "2020-04-02", 950, "", ""),
            ("deaths_total", "西班牙", "2020-04-02", 10003, "", ""),
            ("confirmed_total", "西班牙", "2020-04-02", 110238, "", ""),
            ("deaths_total", "马德里", "2020-04-02", 4175, "", ""),
            ("confirmed_total", "马德里", "2020-04-02", 32000, "", "more_than"),
        ],
        note="法新社马德里2日電 (traditional) on LINE TODAY Taiwan, 發布於 2020年04月02日13:20; the dateline dates the undated figures (2日). 境內過去24小時新增950起…死亡病例 → deaths_new 950. 境內目前仍有1萬3人染疫病亡,確診達11萬238例 → deaths_total 10003 and confirmed_total 110238: the 萬 notation writes the digits after 萬 literally (11萬238 = 110238, so 1萬3 = 10003, not 13000). The lead's 累計死亡突破1萬例 and 確診數則飆破11萬大關 are rounded thresholds of those same figures: no separate tuples. 首都馬德里…累計4175起死亡病例,以及超過3萬2000例確診 → 马德里 (as written) deaths_total 4175 and confirmed_total 32000 more_than. Growth rates (7.9%, 8.2%, 10.5% …) have no metric; 第2多 is a rank. Left out: the health minister's quote, the officials' warning paragraph and the readers' comments.",
        source="https://today.line.me/tw/v2/amp/article/XwX3aO",
    ),
    # http://gold.cnfol.com/caijingyaowen/20200226/27977659.shtml
    dict(
        id="b15f10",
        text="根据韩国中央防疫对策本部周三(2月26日)通报,截至当地时间当天下午4时,韩国较当天上午9时新增115例新冠肺炎确诊病例,累计确诊病例达1261例,共出现12例死亡病例。\n与前一天下午4时相比,一天内增加病例284例。\n韩联社报道称,韩国将于周四起每天通过药店等公共销售点面向公众供应350万只口罩,并向疫情严重的大邱地区和防疫一线特供口罩。\n韩国大邱市政府周三早些时候表示,今天新增1例确诊感染新冠肺炎的患者不治身亡。由此,韩国境内累计死亡病例增至12例。\n该患者73岁,是韩国新天地教会信徒,患有糖尿病和高血压等慢性疾病。之前曾在大邱医疗院接受住院治疗,后于23日转院接受救治,26日凌晨1时许不治身亡。\n从1月20日确诊首例病例以来,38天时间韩国累计确诊数破千。",
        published="2020-02-26",
        city=None,
        expect=[
            ("confirmed_total", "韩国", "2020-02-26", 1261, "", ""),
            ("deaths_total", "韩国", "2020-02-26", 12, "", ""),
            ("confirmed_new", "韩国", "2020-02-26", 284, "", ""),
            ("deaths_new", "大邱市", "2020-02-26", 1, "", ""),
        ],
        note="A finance portal's item (address dated 20200226) on 韩国中央防疫对策本部's report of 周三(2月26日) 下午4时. 累计确诊病例达1261例 → confirmed_total 1261; 共出现12例死亡病例 and 累计死亡病例增至12例 → deaths_total 12 (one tuple). Reading choices (unsure): 与前一天下午4时相比,一天内增加病例284例 is the day's rise → confirmed_new 284; 较当天上午9时新增115例 is the rise since that morning's report (a seven-hour increment, not the day's count): no tuple. 韩国大邱市政府…表示,今天新增1例确诊…患者不治身亡 → 大邱市 deaths_new 1 (the place that reports the death). 350万只口罩, the patient's age 73, 23日/26日凌晨1时, 首例 and 38天…破千 are no figures of the vocabulary. Left out: the paragraphs on 文在寅, 丁世均, 新天地 and a truncated 中新网 item.",
        source="http://gold.cnfol.com/caijingyaowen/20200226/27977659.shtml",
    ),
    # https://www.cna.com.tw/news/firstnews/202003065011.aspx
    dict(
        id="b15f11",
        text="武漢肺炎伊朗暴增1234例 外長顧問不治\n2020/3/6 19:46(3/6 20:05 更新)\n(中央社德黑蘭6日綜合外電報導)伊朗衛生當局今天通報新增17起武漢肺炎死亡病例,死亡總數增至124人;確診數暴增1234例,累計4747人確診。官方媒體也報導,伊朗外交部長查瑞夫的顧問因染病宣告不治。\n伊朗衛生部發言人賈漢普爾(Kianoush Jahanpour)在記者會上表示:「過去幾天內,我們證實新增1234例確診,創下紀錄。」他提到,伊朗累計病例數達4747例。\n官方伊朗通訊社(IRNA)報導,「資深革命外交官」謝柯列斯蘭(Hossein Sheikholeslam)昨晚因感染2019年冠狀病毒疾病(COVID-19,武漢肺炎)過世。\n伊朗包括副總統等多位高層官員日前相繼確診。剛於2月21日國會選舉中當選的議員達斯塔克(Mohammad Ali Ramazani Dastak),也因感染武漢肺炎而在2月29日不治。",
        published="2020-03-06 19:46",
        city=None,
        expect=[
            ("deaths_new", "伊朗", "2020-03-06", 17, "", ""),
            ("deaths_total", "伊朗", "2020-03-06", 124, "", ""),
            ("confirmed_new", "伊朗", "2020-03-06", 1234, "", ""),
            ("confirmed_total", "伊朗", "2020-03-06", 4747, "", ""),
        ],
        note="中央社德黑蘭6日綜合外電報導 (traditional), 2020/3/6 19:46. 今天通報新增17起…死亡病例,死亡總數增至124人 → deaths_new 17, deaths_total 124; 確診數暴增1234例,累計4747人確診 → confirmed_new 1234 (today's report; the spokesman's 過去幾天內 quote restates it) and confirmed_total 4747 (also 累計病例數達4747例: one tuple). Single named deaths (the adviser, the MP who died on 2月29日) are no counts. Left out: the 法新社 paragraph on the adviser's career and the paragraph on 米爾莫哈瑪迪.",
        source="https://www.cna.com.tw/news/firstnews/202003065011.aspx",
    ),
    # https://news.fznews.com.cn/dsxw/20200330/5e812deba7d63.shtml
    dict(
        id="b15f12",
        text="德国新冠肺炎确诊病例超5万例\n2020-03-30 07:23:23 来源:新华网\n新华社柏林3月29日电(记者田颖)德国疾控机构罗伯特·科赫研究所29日上午公布的最新数据显示,截至当天零时,德国新冠肺炎确诊病例52547例,较前一日新增3965例,累计死亡病例389例。\n另据德国《时代报》统计,截至29日12时,德国累计确诊病例58143例,死亡480例。\n德国多地养老院出现集体感染。下萨克森州沃尔夫斯堡市一家养老院29日新增3例新冠肺炎死亡病例,累计死亡病例15例。据报道,该市共有145名确诊患者,其中多数为该养老院的老人。\n萨克森-安哈尔特州哈勒市一家养老院152人中有13人确诊感染新冠肺炎,其中1人已经死亡。下萨克森州维尔德斯豪森一家养老院因家属探望造成41人被感染。",
        published="2020-03-30 07:23",
        city=None,
        expect=[
            ("confirmed_total", "德国", "2020-03-29", 52547, "", ""),
            ("confirmed_new", "德国", "2020-03-29", 3965, "", ""),
            ("deaths_total", "德国", "2020-03-29", 389, "", ""),
            ("confirmed_total", "德国", "2020-03-29", 58143, "", ""),
            ("deaths_total", "德国", "2020-03-29", 480, "", ""),
            ("confirmed_total", "沃尔夫斯堡市", "2020-03-29", 145, "", ""),
        ],
        note="新华社柏林3月29日电 on a Fuzhou portal (2020-03-30 07:23; the figures carry their own dates). RKI: 截至当天零时,德国…确诊病例52547例,较前一日新增3965例,累计死亡病例389例 → confirmed_total 52547, confirmed_new 3965, deaths_total 389, dated by the written date 29日 (unsure: 29日零时 is also the end of 28日). 《时代报》: 截至29日12时,德国累计确诊病例58143例,死亡480例 → a second confirmed_total 58143 and deaths_total 480 for the same place and day (two sources, both stated; both expected). 下萨克森州沃尔夫斯堡市…该市共有145名确诊患者 → 沃尔夫斯堡市 (as written) confirmed_total 145. The nursing homes' counts (沃尔夫斯堡's home 3 new/15 deaths, 哈勒's 152人中有13人/1人死亡, 维尔德斯豪森's 41人) are institutions: no tuple. The headline's 超5万例 is the rounded 52547.",
        source="https://news.fznews.com.cn/dsxw/20200330/5e812deba7d63.shtml",
    ),
    # http://tech.jiangsulong.com/a/2020/0410/04103501222020.html
    dict(
        id="b15f13",
        text="「中国新闻网」纽约新冠肺炎患者单日死亡数连续三天上升\n中新社纽约4月9日电(采访人员 马德林)纽约州州长安德鲁·科莫9日说,纽约州8日死于新冠肺炎的患者达779人,这是单日死亡病例数连续第三天上升。。「中国新闻网」纽约新冠肺炎患者单日死亡数连续三天上升\n科莫当天在纽约州首府奥尔巴尼举行采访人员会。纽约州目前确诊新冠病毒感染者159937人,住院治疗超过1.82万人,死亡7067人。纽约州感染者人数已经超过了美国以外任何一个国家的数据。\n科莫说,尽管新增死亡人数走高,但新增住院人数和重症监护人数都在持续降低。纽约州目前日检测量已超过2.6万例。由于部分族裔感染率较高,下一步将加大对非洲裔美国人和西班牙语社区的检测力度。",
        published="2020-04-10",
        city=None,
        expect=[
            ("deaths_new", "纽约州", "2020-04-08", 779, "", ""),
            ("confirmed_total", "纽约州", "2020-04-09", 159937, "", ""),
            ("hospitalized", "纽约州", "2020-04-09", 18200, "", "more_than"),
            ("deaths_total", "纽约州", "2020-04-09", 7067, "", ""),
        ],
        note="中新社纽约4月9日电 on a portal that garbles it (the headline repeated after 。。 and 记者 rendered 采访人员, kept as found); page address dated 2020/0410. 纽约州8日死于新冠肺炎的患者达779人 → deaths_new 779 as of 4月8日 (its own date). 纽约州目前确诊…159937人,住院治疗超过1.82万人,死亡7067人 → confirmed_total 159937, hospitalized 18200 more_than (1.82万), deaths_total 7067, as of the dateline's 9日. 连续第三天 is a duration; 日检测量已超过2.6万例 has no metric; 美国以外任何一个国家 is a comparison. Left out: the 《纽约时报》 paragraph on the virus's origin, the economy paragraph (80万 jobless) and 白思豪's paragraph.",
        source="http://tech.jiangsulong.com/a/2020/0410/04103501222020.html",
    ),
    # https://event.ntdtv.com.tw/b5/20200217/video/264242.html
    dict(
        id="b15f14",
        text="鑽石公主號新增99例確診 其中70人無症狀\n【新唐人亞太台 2020 年 02 月 17 日訊】接著來看到,停靠在日本橫濱港的鑽石公主號郵輪的最新情況。厚生勞動省17號宣布,鑽石公主號中共肺炎確診病例,再新增99例。這讓鑽石公主號的累計確診病例,來到454人。\nANN主播 渡邊 宜嗣:「停在橫濱港的郵輪上,發現又有99人感染新型冠狀病毒(中共病毒)。到目前為止,船上的確診病例已經來到454人。」\n日本厚生勞動省表示,新增的99個病例,年齡從20歲到80多歲,男性女性都有,其中包括43名日本人。值得注意的是,其中有70人沒有症狀。另外,日本第五架撤僑胞機,已經在17號抵達日本,這次共有65人從中國返回日本,其中有7人有咳嗽症狀,目前已經住院。",
        published="2020-02-17",
        city=None,
        expect=[
            ("confirmed_new", "钻石公主号", "2020-02-17", 99, "", ""),
            ("confirmed_total", "钻石公主号", "2020-02-17", 454, "", ""),
        ],
        note="新唐人亞太台's 2020年02月17日 item (traditional) on 厚生勞動省's report: 鑽石公主號…再新增99例…累計確診病例,來到454人 → the ship (region 钻石公主号) confirmed_new 99 and confirmed_total 454 (the anchor's quote repeats both: one tuple each). 43名日本人 and 70人沒有症狀 are subsets of the 99: no tuple. 日本第五架撤僑胞機 (garbled for 包機) with 65人 and 7人…住院 is an evacuation flight: no place, no tuple (and not 日本's figures).",
        source="https://event.ntdtv.com.tw/b5/20200217/video/264242.html",
    ),
    # http://jiangsulong.com/a/2020/0409/04093433912020.html
    dict(
        id="b15f15",
        text="[肺炎]俄罗斯新冠肺炎确诊病例累计破万\n人民网莫斯科4月9日电(屈海齐 李明琪)据俄罗斯防疫指挥部公布数据显示 , 俄罗斯过去24小时内新增新冠肺炎确诊病例1459例 , 累计确诊病例达10131例 , 累计死亡病例76例 。\n消息称 , 过去24小时 , 俄罗斯50个地区新增新冠肺炎确诊病例1459例 , 此次确诊病例大部分出现在莫斯科和莫斯科州 , 分别为857例和199例 。 此外 , 俄罗斯新增死亡病例13例 , 新增治愈出院病例118例 。 截至目前 , 俄罗斯81个地区累计确诊新冠肺炎病例10131例 。",
        published="2020-04-09",
        city=None,
        expect=[
            ("confirmed_new", "俄罗斯", "2020-04-09", 1459, "", ""),
            ("confirmed_total", "俄罗斯", "2020-04-09", 10131, "", ""),
            ("deaths_total", "俄罗斯", "2020-04-09", 76, "", ""),
            ("deaths_new", "俄罗斯", "2020-04-09", 13, "", ""),
            ("recovered_new", "俄罗斯", "2020-04-09", 118, "", ""),
            ("confirmed_new", "莫斯科", "2020-04-09", 857, "", ""),
            ("confirmed_new", "莫斯科州", "2020-04-09", 199, "", ""),
        ],
        note="人民网莫斯科4月9日电 on a portal that spaces punctuation ( , 。) as found; address dated 2020/0409. 俄罗斯过去24小时内新增…1459例,累计确诊病例达10131例,累计死亡病例76例 → confirmed_new 1459, confirmed_total 10131, deaths_total 76 (the repeats in the second paragraph are one tuple each); 新增死亡病例13例 → deaths_new 13; 新增治愈出院病例118例 → recovered_new 118. 大部分出现在莫斯科和莫斯科州,分别为857例和199例 → confirmed_new 857 for 莫斯科 and 199 for 莫斯科州 (a respectively-list). 50个地区/81个地区 count places. Left out: the paragraphs on 普京's remarks and the paid holiday to 4月30日.",
        source="http://jiangsulong.com/a/2020/0409/04093433912020.html",
    ),
    # http://tech.jiangsulong.com/a/2020/0211/1581381999.html
    dict(
        id="b15f16",
        text="澳门连续6天无新增新冠肺炎确诊病例\n新华社澳门2月10日电(采访人员郭鑫)澳门特区政府新型冠状病毒感染应变协调中心10日举行新闻发布会表示 , 在过去24小时内 , 澳门没有新增新型冠状病毒感染肺炎确诊病例 。 至此 , 澳门已经连续6天没有新增确诊病例 , 新冠肺炎确诊病例维持在10例 , 并有1例已经治愈出院 。\n澳门特区政府卫生局局长李展润表示 , 新冠肺炎疫情暴发以来 , 澳门特区政府采取及时严厉的防控措施 , 澳门连续6天没有新增感染确诊病例 , 可见防控措施初见成效 , 感谢全澳居民的理解及配合 。",
        published="2020-02-11",
        city=None,
        expect=[
            ("confirmed_new", "澳门", "2020-02-10", 0, "", ""),
            ("confirmed_total", "澳门", "2020-02-10", 10, "", ""),
            ("recovered_total", "澳门", "2020-02-10", 1, "", ""),
        ],
        note="新华社澳门2月10日电 on a portal (address dated 2020/0211; spaced punctuation kept). 在过去24小时内,澳门没有新增…确诊病例 → confirmed_new 0 as of 10日; 连续6天没有新增确诊病例 (said twice) is the same none-statement: one tuple, 6 is a duration. 确诊病例维持在10例 → confirmed_total 10; 并有1例已经治愈出院 → recovered_total 1. Left out (a paragraph is cut only after a full sentence): the hospital coordinator's paragraph (该院's suspected/confirmed/contacts counts) and the border-crossing paragraph (178万人次).",
        source="http://tech.jiangsulong.com/a/2020/0211/1581381999.html",
    ),
]
