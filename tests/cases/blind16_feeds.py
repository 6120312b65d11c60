"""Golden extraction cases for FEED texts, sixteenth BLIND set, Jan–Apr 2020.

What is here: 13 feed texts, i.e. bulletins, round-ups and wire items that summarise several places (issue 20). Five are read for one
home city and eight have city=None:
* Home city (only that city, its districts and counties are expected): 天门市 (湖北's 3月2日 bulletin, garbled, on 钟祥's 融媒
  site), 仙桃市 (湖北's 3月27日 bulletin, traditional and garbled, on a mirror), 吉林市 (吉林's 2月10日 bulletin on a portal, page
  undated), 葫芦岛市 (辽宁's count of 1月28日 10:30, an 央视 item machine-translated back into Chinese, page undated), 石家庄市 (河北's
  2月3日 bulletin on the province's bilingual foreign-affairs site, garbled date). 天门市 and 仙桃市 are province-direct cities listed
  among 湖北's 17 市州 (read like 神农架林区 in earlier tables). None of the five is a `city=` of blind*.py (grepped, including
  blind16_narrative.py, written at the same time: its home cities are 临沧市, 乐山市, 大同市, 广安市, 潜江市, 阳泉市, 阿克苏地区).
* city=None (every place the text gives figures to; at most six places a case): 泰国 with 南邦府/难府 (曼谷国际时报, 3月30日), 新加坡
  (星岛日报, 4月16日), five Southern California counties (美洲华联社, 4月5日), 美国 with 华盛顿州, Placer县, 加州, 湾区 and the cruise
  ship 至尊公主号 (KTSF, traditional, 3月6日), 英国 (中央社 on a PTT mirror, traditional, 4月1日), 菲律宾 (新华社 garbled with pinyin,
  3月24日), 土耳其 (新华社, traditional and garbled, 4月13日), 巴西 with 圣保罗州/里约热内卢州 (中新社 on 中国发展网, 4月14日).
Every case is a short verbatim excerpt of a public page found with the search tool (`pages` corpus); its `source` is that page's URL (also
in a comment above the entry). Traditional characters, a converter's garbling (發(fā)布, 神農(nóng)架林區(qū), 據(jù)), pinyin inserted after
characters (馬(ma)尼拉, 時(shi)(shi)), doubled punctuation (,, ,、 ,。), dropped characters in print ('2020年320—24时', '全省累计病2834例',
'230-24时'), a machine translation's wording, spaced punctuation ( , 。 in 10: 30), a forum's hard line breaks inside words and the
pages' own headline/date/source lines are kept as found. Leading indentation of paragraphs was dropped; paragraphs a case does not need
were left out, a paragraph is cut only after a full sentence, and each note says what was left out.

How it was made: BLIND, as a careful reader of the texts alone. Nothing of the extractor was opened or run (no code under extract/,
store/, briefing/, app/ or evaluation/, no CLI, no test). Binding conventions: tests/cases/ANNOTATION.md (including 'Readings still
open', where the first-listed reading is followed), shared/gold/FORMAT.md and the conventions in dev_cases.py's docstring. For the layout
only the docstring and the first two CASES entries of blind15_feeds.py were read. Nothing else in tests/cases or tests/data was read;
they were only grepped for file names (checks below) and for `city=` lines. About 55 searches were run and some 120 candidate pages
checked; 13 were kept.

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Ways of writing covered (counts of cases; a case can count under several):
  (1) foreign places and a ship: 8 (countries with provinces, states, counties as written: 南邦府, 难府, 洛杉矶县/洛县, 橙县, 河滨县,
      圣伯纳迪诺县, 范图拉县, 华盛顿州, Placer县, 加州, 湾区, 圣保罗州, 里约热内卢州; the ship 至尊公主号 with no count of its own);
  (2) speakers and other places' items: 13 (provincial bulletins read for one city; a county outlet carrying the province's bulletin;
      a Hong Kong paper on Singapore's ministry; wires retelling health ministries; a county health department's bulletin in a round-up);
  (3) origin, residence, institutions: 5 (自马来西亚回国, 654人居住在外劳宿舍, earlier-voyage passengers confirmed ashore, a 99-year-old
      leaving one hospital, 在武汉居住或旅行);
  (4) aggregates, parts, shares and counts of places: 6 (77个府, 31個省市, the 71/59/6 and 680/654/48 splits, 超过八成/逾九成, 11 of
      15 deaths with conditions, 17 市州 lists with 其他N个市州均为0例);
  (5) a province's totals beside a city's figures: 5 (every home-city case);
  (6) current versus cumulative, severity: 4 (住院治疗1388人/重症23人, 现在院隔离治疗…吉林市3例, 在院治疗25050例 with 重症/危重症 as
      the province's, the garbled 14例重症病例);
  (7) deaths: 9 (new and total, deaths lists by city and county, 没有新的死亡病例 → 0, a garbled deaths header);
  (8) ordinals and firsts: 2 (加州首宗死亡個案, 第一次現身);
  (9) none-statements and zeros: 4 (南邦府和难府没有出现确诊患者, 没有新的死亡病例, province-level 0 lines that do not name the home
      city, 无境外输入);
  (10) number words and forms: 4 (2萬9474人, 各1例, 近6000 in a headline, 3,000幾名);
  (11) dates: 昨天宣布 on a morning page (10:36), dated windows (23日16時至24日16時), baselines (比昨天381人,
      比周六报告的75例), garbled dates ('320—24时', '230-24时'), figures older than the page (3月30日 data posted 4月3日, 4月14日 data on a
      page of 4月15日), undated pages (published None, year from 2020年), page dates taken from addresses.

Reading choices made where the binding conventions are silent (each note says which it uses):
* A province's none-statement or 其他N个市州均为0例 that does not name the home city gives it no tuple (not a 0), as in blind15.
* A garbled metric word is read as the metric meant when the list's place in the bulletin leaves no doubt: 全省累计病2834例其中 → deaths
  (天门市 deaths_total 14; unsure).
* 各1例 after a list of places gives each place 1.
* A county named inside a breakdown (一人在加州Placer縣) is the county's figure; the state gets no tuple from it.
* 洛县 is read as 洛杉矶县, the county the lead names in full (unsure); 湾区 is a place the text gives a figure to (unsure); names of
  foreign places otherwise as written, 縣 → 县.
* A headline's rounded figure (洛县病例近6000) is the body's figure, not a separate tuple.
* 比昨天新增4324例 is the day's increase (confirmed_new); the 比/较 baseline figures themselves give no tuple.

Exclusion and overlap checks:
* No page comes from Hunan, mentions 株洲 or a Hunan place (the kept excerpts were scanned, simplified and traditional, for the Hunan names
  of ANNOTATION.md, 湘, 红网 and 丁香), or comes from the DXY feed or a mirror of it; every page is of 2020 (Jan–Apr).
* Before annotating, each candidate's URL (its distinctive part) and 3–7 distinctive 12–20-character snippets (headline, figures with
  their nouns, lists, names), each as found, converted to simplified and to traditional (OpenCC t2s/s2t), were grepped with `grep -rlF`
  (file names only) across tests/cases and tests/data; then each kept excerpt was converted to simplified and ten 15-character windows
  spread over it were grepped, each also in traditional. Judged no hit (boilerplate or frozen values): '…7例、荆州市1580例、鄂州市…',
  '…市496例、恩施州252例、潜…' and '州市1580例、鄂州市1394' (frozen values inside 湖北's lists; the lists as a whole — 武汉市49426例 on
  3月2日, 武汉市50006例 on 3月27日 — and the recovered and deaths lists of both days occur nowhere), '均在定点医疗机构接受隔离治疗。',
  '發(fā)布時間:2020-0', 'nóng)架林區(qū)0例。', '系在密切接触者中主动开展核酸检', '亡1例(四平市),现在院隔离治',
  '疑似病例中,排除17例;新增疑' and '治疗,目前正在进一步明确诊断。' (吉林's wording of other days; longer snippets of the 2月10日
  bulletin gave no hit), '019冠狀病毒疾病(COVID' (中央社's standard gloss), the ship name 至尊公主号 (a name in another table, not its
  text) and '552例' (found only inside 1552例). 吉林 2月10日's paragraph on severity and contacts was left out of the excerpt because its
  危重症 list (长春市1例,白城市1例,公主岭市1例) recurs unchanged in another table's 吉林 bulletin.
* Dropped for a hit (URL or text already in a table or in tests/data), by place and date: 黑龙江 1月29日, 1月30日, 2月9日, 2月27日,
  2月28日; 山西 1月26日, 2月10日, 2月29日 and 运城 2月18日; 浙江 2月21日, 3月2日; 贵州 2月14日, 3月4日; 湖北 2月2日, 2月28日, 3月19日;
  四川 2月11日, 2月19日; 河南 2月1日, 2月15日 and 开封 2月1日; 安徽 2月6日, 2月13日, 2月18日; 宁夏 2月12日, 2月23日 (and 2月16日, whose
  frozen list is another table's); 青海 2月18日, 3月17日; 吉林 2月4日, 2月19日, 2月20日; 陕西 2月1日 (another mirror of the same
  article), 2月4日, 2月10日, 2月16日; 甘肃 2月14日; 江西 2月2日, 2月6日, 2月20日 and 宜春 2月19日; 河北 1月27日 (with 衡水), 2月1日,
  2月8日, 2月26日; 山东 1月31日; 云南 2月7日; 辽宁 2月1日; 内蒙古 2月5日, 2月22日, 3月3日; 法国 3月6日; 意大利 3月7日; 日本 2月21日,
  3月18日 (a tests/data file); 印尼 3月18日; 印度 4月15日; 土耳其 4月3日.
* Other candidates left out: 潜江市 (湖北 3月10日) when blind16_narrative.py took it as `city=`; 湖北 3月20日 (a machine translation for
  仙桃, page without date or year) and a 3月15日 copy (a second 仙桃 item); 湖北 3月12日 (no address); 印度 4月22日 and 加拿大 4月22日
  (pages without date or year); second items for a country or place (菲律宾 3月10日, 巴西 4月28日, 洛杉矶县 3月24日, and 新加坡 4月7日 from 联合早报, whose
  text never names the place: 本地/我国 under an English page heading only); 意大利 3月5日 (too
  many places); 马来西亚 2月15日 with the ship 威士特丹号 (the count's date unclear); a 贵州 2月13日 page scrambled sentence by sentence
  (figures cannot be attributed); 潜江 1月29日 (one place, not a feed); a 土耳其 4月18日 item contradicting itself (823329 and 新增确诊数121);
  pages of later years that the search returned.
"""

CASES = [
    # http://m-zhongxiang.cjyun.org/p/87763.html
    dict(
        id="b16f01",
        text="2020年3月2日湖北省新冠肺炎疫情情况(附统计表)\n2020-03-03 12:38\n2020年320—24时,省新增新冠肺炎确诊病例114例,其中:武汉市111例、黄冈市2例、荆门市1例,其他14个市州均为0例。\n全省新增31例其中:武汉市24例、黄冈市3例、随州市2例、宜昌市1例、仙桃市1例,其他12个市州均为0例。\n全省新增出院2410,其中:武汉市1846例、孝感市163例、黄冈市83例、宜昌市48例、荆州市48例、十堰市32例、襄阳市28例、荆门市28例、随州市28例、鄂州市26例、黄石市23例、天门市21例、咸宁市19例、仙桃市6例、潜江市6例、恩施州5例、神农架林区0例。\n截至2020年3月2日24时,湖北省累计报告新冠肺炎确诊病例67217,其中:武汉市49426例、孝感市3518例、黄冈市2907例、荆州市1580例、鄂州市1391例、随州市1307例、襄阳市1175例、黄石市1014例、宜昌市931例、荆门市928例、咸宁市836例、十堰市672例、仙桃市575例、天门市496例、恩施州252例、潜江市198例、神农架林区11例。\n全省累计治愈出院36167,其中:武汉市23031例、孝感市2560例、黄冈市2343例、荆州市1144例、襄阳市913例、随州市893例、鄂州市840例、黄石市752例、咸宁市749例、荆门市650例、宜昌市583例、十堰市491例、仙桃市467例、天门市414例、恩施州198例、潜江市128例、神农架林区11例。\n全省累计病2834例其中:武汉市2251例、孝感市120例、黄冈市119例、荆州市48例、鄂州市48例、随州市42例、荆门市39例、黄石市35例、襄阳市34例、宜昌市32例、仙桃市20例、天门市14例、咸宁市12例、潜江市9例、十堰市7例、恩施州4例、神农架林区0例。\n目前仍在院治疗25050例,其中:重症5407例、危重症1186例,均在定点医疗机构接受隔离治疗。",
        published="2020-03-03 12:38",
        city="天门市",
        expect=[
            ("recovered_new", "天门市", "2020-03-02", 21, "", ""),
            ("confirmed_total", "天门市", "2020-03-02", 496, "", ""),
            ("recovered_total", "天门市", "2020-03-02", 414, "", ""),
            ("deaths_total", "天门市", "2020-03-02", 14, "", ""),
        ],
        note="湖北's 3月2日 bulletin as reposted by 钟祥's 融媒 site (cjyun, a 荆门 county-level outlet), garbled in print: '2020年320—24时' (3月2日0—24时), '省新增', '全省新增31例其中' (病亡 dropped), '全省新增出院2410,' and '累计…67217,' (例 dropped), '全省累计病2834例其中' (亡 dropped). Read for 天门市 (a province-direct city listed among the 17 市州, like 神农架林区 in earlier tables). 新增出院…天门市21例 → recovered_new 21; cumulative lists 截至2020年3月2日24时: 天门市496例 → confirmed_total 496, 累计治愈出院…天门市414例 → recovered_total 414, and 全省累计病2834例…天门市14例 → deaths_total 14, reading the garbled header as 累计病亡 (the place meant by a garbled word, by analogy with the first-listed reading for garbled names; unsure). 天门市 is not named in the new-case line nor in the garbled new-deaths line ('其他14个市州均为0例', '其他12个市州均为0例'): no tuple (a none-statement that does not name the home city gives it no 0). Province totals (114, 67217, 36167, 2834, 在院25050, 重症5407, 危重症1186) and other cities are not home. The 附统计表 and the lines after the in-hospital sentence (疑似, contacts) were left out.",
        source="http://m-zhongxiang.cjyun.org/p/87763.html",
    ),
    # https://jcyum.com/content/show?catid=320582&newsid=540141
    dict(
        id="b16f02",
        text="發(fā)布時間:2020-03-28\n2020年3月27日0—24時,全省新增新冠肺炎確診病例0例,,無境外輸入性病例,。\n全省新增病亡3例,,其中:武漢市3例,,其他16個市州均為0例,。\n全省新增出院367例,,其中:武漢市360例,、孝感市3例,,黃石市、荊州市,、荊門市和仙桃市各1例,,其他11個市州均為0例。\n截至2020年3月27日24時,,全省累計報告新冠肺炎確診病例67801例,,其中:武漢市50006例、孝感市3518例,、黃岡市2907例,、荊州市1580例、鄂州市1394例,、隨州市1307例,、襄陽市1175例、黃石市1015例,、宜昌市931例,、荊門市928例、咸寧市836例,、十堰市672例,、仙桃市575例、天門市496例,、恩施州252例,、潛江市198例、神農(nóng)架林區(qū)11例,。\n全省累計治愈出院62098例,,其中:武漢市44951例、孝感市3389例,、黃岡市2782例,、荊州市1528例、鄂州市1332例,、隨州市1262例,、襄陽市1135例、黃石市976例,、宜昌市894例,、荊門市887例,、咸寧市821例、十堰市664例,、仙桃市552例,、天門市481例、恩施州245例,、潛江市188例,、神農(nóng)架林區(qū)11例。\n全省累計病亡3177例,,其中:武漢市2538例,、孝感市128例、黃岡市125例,、鄂州市59例,、荊州市52例、隨州市45例,、荊門市40例,、黃石市39例、襄陽市39例,、宜昌市36例,、仙桃市22例、咸寧市15例,、天門市15例,、潛江市9例、十堰市8例,、恩施州7例,、神農(nóng)架林區(qū)0例。",
        published="2020-03-28",
        city="仙桃市",
        expect=[
            ("recovered_new", "仙桃市", "2020-03-27", 1, "", ""),
            ("confirmed_total", "仙桃市", "2020-03-27", 575, "", ""),
            ("recovered_total", "仙桃市", "2020-03-27", 552, "", ""),
            ("deaths_total", "仙桃市", "2020-03-27", 22, "", ""),
        ],
        note="湖北's 3月27日 bulletin on a mirror, in traditional characters with a converter's garbling (發(fā)布, 神農(nóng)架林區(qū)) and doubled punctuation (,, ,、 ,。), 發布時間 2020-03-28 kept. Read for 仙桃市 (province-direct city). 新增出院367例…黃石市、荊州市,、荊門市和仙桃市各1例 → recovered_new 1 for 仙桃市 (各 gives each place the count). Cumulative lists 截至2020年3月27日24時: 仙桃市575例 → confirmed_total 575; 累計治愈出院…仙桃市552例 → recovered_total 552; 累計病亡…仙桃市22例 → deaths_total 22. The province's 全省新增…確診病例0例 and 其他16個市州均為0例 (new deaths) and 其他11個市州均為0例 do not name 仙桃市: no tuple. Other places and province totals are not home. The closing paragraph (在院2526例, 疑似, contacts, 來源) was left out.",
        source="https://jcyum.com/content/show?catid=320582&newsid=540141",
    ),
    # https://xwzx.qqzyw.com/show-295487.html
    dict(
        id="b16f03",
        text="原标题:吉林省卫生健康委员会关于新型冠状病毒肺炎疫情情况通报(2020年2月11日公布)\n2月10日0-24时,吉林省新增确诊病例1例(长春市),系在密切接触者中主动开展核酸检测筛查发现。新增出院患者1例(四平市)。\n截至2月10日24时,全省累计报告确诊病例81例,累计治愈出院13例(长春市6例,吉林市2例,延边州2例,四平市1例,松原市1例,公主岭市1例),死亡1例(四平市),现在院隔离治疗确诊病例67例。其中长春市34例,吉林市3例,延边州3例,四平市10例,通化市3例,白城市1例,辽源市6例,松原市1例,公主岭市5例,梅河口市1例。\n2月10日0-24时,全省原有40例疑似病例中,排除17例;新增疑似病例24例;现有疑似病例47例,已全部隔离治疗,目前正在进一步明确诊断。",
        published=None,
        city="吉林市",
        expect=[
            ("recovered_total", "吉林市", "2020-02-10", 2, "", ""),
            ("hospitalized", "吉林市", "2020-02-10", 3, "", ""),
        ],
        note="吉林's bulletin for 2月10日0-24时 on a portal (原标题 line kept; the page shows no date, so published is None; the year comes from 2020年2月11日公布). Read for 吉林市: 累计治愈出院13例(…吉林市2例…) → recovered_total 2; 现在院隔离治疗确诊病例67例。其中…吉林市3例 → hospitalized 3 (a current list), both as of 截至2月10日24时. 吉林市 is not in the new-case or new-discharge brackets (长春市, 四平市): no tuple. 累计报告确诊病例81例, 死亡1例(四平市), 疑似 and the other cities are not home. Left out: the paragraph on severity and contacts (its 危重症 breakdown recurs unchanged in another table's 吉林 bulletin), the patient's line and the reminders.",
        source="https://xwzx.qqzyw.com/show-295487.html",
    ),
    # http://freep.cn/zhuangxiu_6/News_5808025.html
    dict(
        id="b16f04",
        text="截至2020年1月28日10: 30,辽宁省共报告了30例新冠状病毒感染引起的肺炎确诊病例和14例重症病例确诊病例中,沈阳8例,大连5例,本溪2例,丹东5例,营口1例,辽阳1例,铁岭2例,朝阳2例,盘锦2例,葫芦岛2例目前,所有30名患者都在指定的医疗机构接受隔离治疗,病情稳定。其中,27例在发病前曾在武汉居住或旅行,3例为从武汉输入病例的家属。\n至今已追踪449名密切接触者,21名已从医学观察中释放,428名目前正在医学观察中,其余正在追踪中。(中央电视台记者李成泽,中央电视台)",
        published=None,
        city="葫芦岛市",
        expect=[
            ("confirmed_total", "葫芦岛市", "2020-01-28", 2, "", ""),
        ],
        note="A machine-translated (back into Chinese) 央视 item on 辽宁's count 截至2020年1月28日10: 30, garbled (…和14例重症病例确诊病例中…; …葫芦岛2例目前,…; 中央电视台记者李成泽). The page shows no date: published None, year from 2020年. Read for 葫芦岛市: the city list 确诊病例中…葫芦岛2例 → confirmed_total 2 (short name → the home city in full). The province's 30例, the garbled 14例重症病例, 所有30名患者…隔离治疗, the 27/3 split by travel history and the contact figures are 辽宁's, not the home city's; other cities (朝阳2例, 营口1例 …) are not home.",
        source="http://freep.cn/zhuangxiu_6/News_5808025.html",
    ),
    # http://hebwb.hebei.gov.cn/single/283/2971.html
    dict(
        id="b16f05",
        text="Latest Epidemic Update of Hebei Province (Feb. 3rd, 2020)\n发布日期: 2020-02-04  来源:管理员 打印   分享至:\n(摘自河北省卫生健康委员会网站)\n230-24时,河北省报告新型冠状病毒感染的肺炎新增确诊病例13例,其中,石家庄市5例、邯郸市3例、邢台市2例、承德市1例、沧州市1例、衡水市1例。新增疑似病例41例,其中,石家庄市17例、唐山市5例、张家口市4例、秦皇岛市4例、保定市4例、承德市3例、邢台市2例、定州市2例。",
        published="2020-02-04",
        city="石家庄市",
        expect=[
            ("confirmed_new", "石家庄市", "2020-02-03", 5, "", ""),
        ],
        note="河北's 2月3日 bulletin on the province's foreign-affairs site, bilingual; the English paragraphs between the source line and (摘自…) were left out, and the Chinese part is cut after its second sentence (the page's next sentence breaks off). The Chinese date is garbled: '230-24时' is 2月3日0-24时 (the English title says Feb. 3rd; 发布日期 2020-02-04). Read for 石家庄市: 新增确诊病例13例,其中,石家庄市5例 → confirmed_new 5. 新增疑似病例…石家庄市17例 has no metric. 13 and 41 are the province's; 邯郸市, 衡水市, 定州市 … are not home.",
        source="http://hebwb.hebei.gov.cn/single/283/2971.html",
    ),
    # http://dmw360.com/yw/398.html
    dict(
        id="b16f06",
        text="新增确诊136人||卫生部恐慌||普吉“封城”\n来源:曼谷国际时报 Bangkok International Times Co., Ltd.发布时间:2020-04-03\n3月30日,泰国政府发言人对外公布,今日新增确诊136人,新增死亡2人。目前累计确诊1524人,累计治愈127人,住院治疗1388人,重症23人,累计死亡9人。泰国共77个府,目前只有南邦府和难府没有出现确诊患者。\n今日新增确诊患者主要分为三类:1、与已有确诊患者有接触71人;2、自国外返回人员或与外国人有接触59人;3、等待调查6人。其中死亡两例分别为:1、54岁泰国男性,自马来西亚回国;2、56岁泰国女性,有肺炎病史。",
        published="2020-04-03",
        city=None,
        expect=[
            ("confirmed_new", "泰国", "2020-03-30", 136, "", ""),
            ("deaths_new", "泰国", "2020-03-30", 2, "", ""),
            ("confirmed_total", "泰国", "2020-03-30", 1524, "", ""),
            ("recovered_total", "泰国", "2020-03-30", 127, "", ""),
            ("hospitalized", "泰国", "2020-03-30", 1388, "", ""),
            ("severe", "泰国", "2020-03-30", 23, "", ""),
            ("deaths_total", "泰国", "2020-03-30", 9, "", ""),
            ("confirmed_total", "南邦府", "2020-03-30", 0, "", ""),
            ("confirmed_total", "难府", "2020-03-30", 0, "", ""),
        ],
        note="曼谷国际时报 (a Chinese-language paper in Bangkok) on the Thai government spokesman's figures for 3月30日, posted 2020-04-03 (发布时间). city=None. 今日新增确诊136人, 新增死亡2人 → 泰国 confirmed_new 136, deaths_new 2; 目前累计确诊1524人, 累计治愈127人 → confirmed_total, recovered_total; 住院治疗1388人 → hospitalized (current); 重症23人 → severe; 累计死亡9人 → deaths_total; all dated by the paragraph's 3月30日 (今日/目前), not by the later page date. 只有南邦府和难府没有出现确诊患者 is a none-statement for two provinces → confirmed_total 0 each (names as written). 77个府 is a count of places; the 71/59/6 split and the two deaths described are parts of the day's figures, no tuple; 自马来西亚回国 is origin. The later paragraphs (the spokesman on mobility, a ministry official who tested positive, 普吉's closure) were left out.",
        source="http://dmw360.com/yw/398.html",
    ),
    # https://std.stheadline.com/sc/realtime/article/1248970/即時-國際-新加坡新增728宗確診全屬本土-外勞佔逾九成
    dict(
        id="b16f07",
        text="新加坡新增728宗确诊全属本土 外劳占逾九成 2020-04-17 10:36 新加坡新增728宗确诊全属本土,外劳占逾九成。AP图 新加坡卫生部昨天宣布,新加坡过去一天新增新冠确诊病例728宗,累计确诊病例4427宗;新增治愈病例31宗,累计治愈病例683宗;累计死亡病例10宗。新增病例全部为本地感染病例,其中680宗涉及外籍劳工,654人居住在外劳宿舍,48人是在本地社区受感染,当局再发现五个新增感染群组。目前确诊病例当中超过八成与已知的群组感染有关,其化患者感染源头仍有待追查。",
        published="2020-04-17 10:36",
        city=None,
        expect=[
            ("confirmed_new", "新加坡", "2020-04-16", 728, "", ""),
            ("confirmed_total", "新加坡", "2020-04-16", 4427, "", ""),
            ("recovered_new", "新加坡", "2020-04-16", 31, "", ""),
            ("recovered_total", "新加坡", "2020-04-16", 683, "", ""),
            ("deaths_total", "新加坡", "2020-04-16", 10, "", ""),
        ],
        note="星岛日报 (Hong Kong) realtime item of 2020-04-17 10:36 on Singapore, simplified edition; the page runs headline, time and body together on one line (kept; the '关键字/Facebook' tail was left out). city=None. 新加坡卫生部昨天宣布 → the figures are as of 4月16日 (昨天 = published-1): 过去一天新增…728宗 → confirmed_new 728 (the headline's 728 is the same figure); 累计确诊病例4427宗, 新增治愈病例31宗, 累计治愈病例683宗, 累计死亡病例10宗 → the other four tuples. 新增病例全部为本地感染病例 qualifies the 728 (no separate local-only count); 680宗/654人/48人 are parts, 外劳宿舍 is where people live, 五个新增感染群组 counts clusters and 超过八成/逾九成 are shares of cases: no tuple. 其化 (其他) is a typo of the page.",
        source="https://std.stheadline.com/sc/realtime/article/1248970/即時-國際-新加坡新增728宗確診全屬本土-外勞佔逾九成",
    ),
    # https://huarenone.com/2020/04/05/%e5%8d%97%e5%8a%a0covid-19%e6%9c%80%e6%96%b0%e7%96%ab%e6%83%85%ef%bc%9a%e6%b4%9b%e5%8e%bf%e7%97%85%e4%be%8b%e8%bf%916000-%e6%a9%99%e5%8e%bf%e7%96%ab%e6%83%85%e4%b8%8b%e9%99%8d/amp/
    dict(
        id="b16f08",
        text="南加Covid-19最新疫情:洛县病例近6000 橙县疫情下降\n【美洲华联社洛杉矶4月5日报道】洛杉矶县公共卫生局周日发布Covid-19疫情通报,新增死亡15人、663人感染。在死亡的15人中,有11人有潜在的健康状况,其中10人超过65岁。2名死亡患者年龄在41至65岁之间,1人年龄在18至40岁之间。\n目前洛县Covid-19病例总数为5955、死亡总数为132人。\n橙县周日报告新增COVID-19病例49人,但没有新的死亡病例,全县共有834例和14例死亡。周日报告的新增病例总数比周六报告的75例减少,这是令人欢迎的。\n河滨县在周六要求民众在公共场合遮住面部,并且禁止集会。目前河滨县总病例为799人、死亡人数19。圣伯纳迪诺县的病例总数为372、死亡人数13。\n范图拉县目前仍是南加州病例及死亡人数最少的县。截至4月5日中午,该县病例总数为221、死亡人数为6。",
        published="2020-04-05",
        city=None,
        expect=[
            ("deaths_new", "洛杉矶县", "2020-04-05", 15, "", ""),
            ("confirmed_new", "洛杉矶县", "2020-04-05", 663, "", ""),
            ("confirmed_total", "洛杉矶县", "2020-04-05", 5955, "", ""),
            ("deaths_total", "洛杉矶县", "2020-04-05", 132, "", ""),
            ("confirmed_new", "橙县", "2020-04-05", 49, "", ""),
            ("deaths_new", "橙县", "2020-04-05", 0, "", ""),
            ("confirmed_total", "橙县", "2020-04-05", 834, "", ""),
            ("deaths_total", "橙县", "2020-04-05", 14, "", ""),
            ("confirmed_total", "河滨县", "2020-04-05", 799, "", ""),
            ("deaths_total", "河滨县", "2020-04-05", 19, "", ""),
            ("confirmed_total", "圣伯纳迪诺县", "2020-04-05", 372, "", ""),
            ("deaths_total", "圣伯纳迪诺县", "2020-04-05", 13, "", ""),
            ("confirmed_total", "范图拉县", "2020-04-05", 221, "", ""),
            ("deaths_total", "范图拉县", "2020-04-05", 6, "", ""),
        ],
        note="美洲华联社 (Los Angeles) round-up of five Southern California counties, 4月5日 (a Sunday; the address gives 2020/04/05). city=None; five places, named as written, 洛杉矶县 taken from the lead (洛杉矶县公共卫生局) for the figures the text then gives as 洛县 (abbreviation of the same county; unsure). 新增死亡15人、663人感染 → deaths_new 15, confirmed_new 663; 目前洛县…病例总数为5955、死亡总数为132人 → totals; the headline's 近6000 is the body's 5955, no separate tuple. 橙县: 新增…49人, 没有新的死亡病例 → deaths_new 0, 全县共有834例和14例死亡. 比周六报告的75例 is a baseline: no tuple. 河滨县 (its 周六 is the date of a mask order, a sentence with no figure), 圣伯纳迪诺县 and 范图拉县 (截至4月5日中午) totals as stated. The 11/10/2/1 age and health breakdown of the 15 deaths is a part: no tuple. The paragraph of 橙县's age shares (percentages of cases, not a metric) and the nursing-home paragraph were left out.",
        source="https://huarenone.com/2020/04/05/%e5%8d%97%e5%8a%a0covid-19%e6%9c%80%e6%96%b0%e7%96%ab%e6%83%85%ef%bc%9a%e6%b4%9b%e5%8e%bf%e7%97%85%e4%be%8b%e8%bf%916000-%e6%a9%99%e5%8e%bf%e7%96%ab%e6%83%85%e4%b8%8b%e9%99%8d/amp/",
    ),
    # http://www.ktsf.com/2020/03/06/princess-cruise-coronavirus/
    dict(
        id="b16f09",
        text="【KTSF 郭柟報導】\n現時全美累計有232宗確診,有14人死亡,當中13人在華盛頓州,一人在加州Placer縣,加州目前累計有71宗,當中42宗在灣區,至於有疑似個案的Grand Princess至尊公主號郵輪,目前仍然停留在加州海域,不准靠岸,船上3,000幾名乘客和船員需要接受檢測,料週五有結果。\n船上現有3,000幾人,當中一半是加州居民,消息指船上有35名乘客和船員出現輕微症狀,州長紐森週三宣佈暫時禁止該郵輪停靠加州海岸,直至為船上所有人完成檢疫。\n目前已知有兩名乘客確診,懷疑他們在2月11至21號前往墨西哥的行程中受感染。\n其中一名71歲,居住在Placer縣的男患者死亡,成為加州首宗死亡個案。",
        published="2020-03-06",
        city=None,
        expect=[
            ("confirmed_total", "美国", "2020-03-06", 232, "", ""),
            ("deaths_total", "美国", "2020-03-06", 14, "", ""),
            ("deaths_total", "华盛顿州", "2020-03-06", 13, "", ""),
            ("deaths_total", "Placer县", "2020-03-06", 1, "", ""),
            ("confirmed_total", "加州", "2020-03-06", 71, "", ""),
            ("confirmed_total", "湾区", "2020-03-06", 42, "", ""),
        ],
        note="KTSF (San Francisco Chinese-language TV), traditional, page address 2020/03/06; 現時/目前 take the publication date. city=None. 全美累計有232宗確診,有14人死亡 → 美国 confirmed_total 232, deaths_total 14; the deaths breakdown 當中13人在華盛頓州,一人在加州Placer縣 → 华盛顿州 deaths_total 13 and Placer县 deaths_total 1 (the county named in the bracket-like breakdown, like 麗水市青田縣 → the county; 加州 gets no deaths tuple, the text gives it none and 加州首宗死亡個案 is an ordinal); 加州目前累計有71宗,當中42宗在灣區 → 加州 71, 湾区 42 (the Bay Area read as a place the text gives a figure to; unsure). The cruise ship 至尊公主號 has no count of its own: 有疑似個案, 3,000幾名 aboard and 35名…出現輕微症狀 are no metric, and 目前已知有兩名乘客確診 are passengers of an earlier voyage confirmed ashore (counted where reported, Placer/Sonoma): no tuple for the ship. Names as written, 縣 in simplified form. The paragraphs on test kits, the second patient, Sonoma county and passengers' accounts were left out.",
        source="http://www.ktsf.com/2020/03/06/princess-cruise-coronavirus/",
    ),
    # http://ucptt.com/article/nCoV2019/1585756257/E2E
    dict(
        id="b16f10",
        text="[新聞] 英國單日死亡人數達新高 新增武漢肺炎563\n完整標題: 英國單日死亡人數達新高 新增武漢肺炎563死\n發稿單位: 中央社\n發稿時間: 2020/04/01 23:19\n撰 稿 者: 戴雅真\n原文連結: https://www.cna.com.tw/news/aopl/202004010463.aspx\n英國連續兩天刷新武漢肺炎病故人數,今天新增563例死亡,比昨天381人大幅增加,總數\n來到2352人。71歲的英國王儲查爾斯王子今天在確診後第一次現身,描述在隔離期間的體\n驗。\n根據官方數據,截至今天上午9時,英國的2019冠狀病毒疾病(COVID-19,武漢肺炎)確\n診人數為2萬9474人,比昨天新增4324例。",
        published="2020-04-01 23:50",
        city=None,
        expect=[
            ("deaths_new", "英国", "2020-04-01", 563, "", ""),
            ("deaths_total", "英国", "2020-04-01", 2352, "", ""),
            ("confirmed_total", "英国", "2020-04-01", 29474, "", ""),
            ("confirmed_new", "英国", "2020-04-01", 4324, "", ""),
        ],
        note="中央社 London item of 2020/04/01 23:19 reposted on a PTT mirror (posted 2020-04-01 23:50; the poster's line was left out), traditional, with the forum's hard line breaks inside words (總數|來到, 體|驗, 確|診) kept. city=None. 今天新增563例死亡 → 英国 deaths_new 563 (the headline's 新增武漢肺炎563 is the same figure); 總數來到2352人 → deaths_total 2352; 截至今天上午9時…確診人數為2萬9474人 → confirmed_total 29474; 比昨天新增4324例 → confirmed_new 4324 (the day's increase; 昨天 is its baseline). 比昨天381人 is a baseline: no tuple. 71歲 is an age; 查爾斯王子 is one person. The paragraphs after the figures (禁足令, NHS, the prince) were left out.",
        source="http://ucptt.com/article/nCoV2019/1585756257/E2E",
    ),
    # http://spics.org.cn/world/2020-03/24/c_1125762409.htm
    dict(
        id="b16f11",
        text="新華社馬(ma)尼拉3月24日(ri)電(記(ji)者袁夢晨(chen) 鄭昕)菲律賓衛生部24日(ri)公布的數據顯示,截至當地時(shi)間24日(ri)16時(shi),該國新冠肺炎累計(ji)確(que)診(zhen)病例已(yi)達552例,其中35人死亡,20人治愈。\n當地時(shi)(shi)間23日(ri)(ri)16時(shi)(shi)至24日(ri)(ri)16時(shi)(shi),菲律賓新增90例(li)新冠(guan)肺(fei)炎(yan)確診病例(li),是疫情出(chu)現以來該國單日(ri)(ri)病例(li)增加最(zui)多的一天(tian)。",
        published="2020-03-24",
        city=None,
        expect=[
            ("confirmed_total", "菲律宾", "2020-03-24", 552, "", ""),
            ("deaths_total", "菲律宾", "2020-03-24", 35, "", ""),
            ("recovered_total", "菲律宾", "2020-03-24", 20, "", ""),
            ("confirmed_new", "菲律宾", "2020-03-24", 90, "", ""),
        ],
        note="新华社 Manila item of 3月24日 on a mirror that garbles it with pinyin in brackets after characters (馬(ma)尼拉, 24日(ri), 時(shi)(shi), 例(li)); traditional; page address 2020-03/24. city=None. 截至當地時(shi)間24日(ri)16時(shi)…累計…病例已(yi)達552例,其中35人死亡,20人治愈 → 菲律宾 confirmed_total 552, deaths_total 35, recovered_total 20; 23日16時至24日16時…新增90例(li) → confirmed_new 90 as of 24日 (a window ending on the 24th). The later paragraphs (emergency powers, a vice-minister's remark) were left out.",
        source="http://spics.org.cn/world/2020-03/24/c_1125762409.htm",
    ),
    # https://j637.cn/politics/2020-04/14/c_1125853593.htm
    dict(
        id="b16f12",
        text="新華社伊斯坦布爾4月13日電(記者王峰)據(jù)土耳其衛(wèi)生部長(zhǎng)科賈13日公布的最新數(shù)據(jù),,該國(guó)新增確診病例4093例,,累計(jì)確診61049例;新增死亡病例98例,,累計(jì)死亡1296例,;新增治愈病例511例,累計(jì)治愈3957例,。\n土耳其目前確診病例數(shù)增長(zhǎng)較快,。總統(tǒng)埃爾多安13日表示,,全國(guó)31個(gè)省市實(shí)施“居家令”是必要的防疫措施,。土耳其在上周末從11日0時(shí)起至12日24時(shí)實(shí)施了“居家令”,本周末將從18日0時(shí)到19日24時(shí)實(shí)施,。埃爾多安說(shuō),,如有必要,每個(gè)周末都會(huì)繼續(xù)實(shí)施“居家令”,。\n埃爾多安還說(shuō),,土耳其有能力應(yīng)對(duì)疫情,目前土耳其有24萬(wàn)張病床,,重癥監(jiān)護(hù)病床有4萬(wàn)張,。",
        published="2020-04-14",
        city=None,
        expect=[
            ("confirmed_new", "土耳其", "2020-04-13", 4093, "", ""),
            ("confirmed_total", "土耳其", "2020-04-13", 61049, "", ""),
            ("deaths_new", "土耳其", "2020-04-13", 98, "", ""),
            ("deaths_total", "土耳其", "2020-04-13", 1296, "", ""),
            ("recovered_new", "土耳其", "2020-04-13", 511, "", ""),
            ("recovered_total", "土耳其", "2020-04-13", 3957, "", ""),
        ],
        note="新华社 Istanbul item of 4月13日 on a mirror, traditional with a converter's garbling (據(jù), 衛(wèi)生部長(zhǎng)) and doubled punctuation (,, ,。 ,;); page address 2020-04/14. city=None. The minister's figures published 13日: 新增確診病例4093例, 累計確診61049例, 新增死亡病例98例, 累計死亡1296例, 新增治愈病例511例, 累計治愈3957例 → six 土耳其 tuples as of 4月13日. 31個省市 is a count of places; 24萬張病床 and 4萬張 ICU beds are capacities, no metric; the curfew dates (11日0時…19日24時) date no figure.",
        source="https://j637.cn/politics/2020-04/14/c_1125853593.htm",
    ),
    # http://special.chinadevelopment.com.cn/2020zt/xgfyjjz/yqzj/2020/04/1636981.shtml
    dict(
        id="b16f13",
        text="2020-04-15 中新网\n中新社圣保罗4月14日电 (记者 莫成雄)巴西卫生部当地时间14日宣布,当天巴西新增新冠肺炎确诊病例1832例,累计确诊25262例;新增死亡病例204例,创单日死亡数最高纪录,累计死亡1532例。里约热内卢州州长和帕拉州州长当天均表示其新冠病毒检测呈阳性。\n巴西卫生部称,圣保罗州和里约热内卢州仍是巴西疫情最严重的地区。截至目前,圣保罗州已有确诊病例9371例,死亡695例。里约热内卢州确诊和死亡病例分别达到3410例和224例。\n当天,一位99岁参加过第二次世界大战的老兵从巴西利亚一家医院康复出院,他成为巴西至今最年长的新冠肺炎治愈者。",
        published="2020-04-15",
        city=None,
        expect=[
            ("confirmed_new", "巴西", "2020-04-14", 1832, "", ""),
            ("confirmed_total", "巴西", "2020-04-14", 25262, "", ""),
            ("deaths_new", "巴西", "2020-04-14", 204, "", ""),
            ("deaths_total", "巴西", "2020-04-14", 1532, "", ""),
            ("confirmed_total", "圣保罗州", "2020-04-14", 9371, "", ""),
            ("deaths_total", "圣保罗州", "2020-04-14", 695, "", ""),
            ("confirmed_total", "里约热内卢州", "2020-04-14", 3410, "", ""),
            ("deaths_total", "里约热内卢州", "2020-04-14", 224, "", ""),
        ],
        note="中新社 São Paulo item of 4月14日 on a special-topic page of 中国发展网 (page line '2020-04-15 中新网' kept). city=None; three places (names as written). 当天巴西新增…确诊病例1832例,累计确诊25262例;新增死亡病例204例…累计死亡1532例 → four 巴西 tuples as of 14日; 截至目前 in the next paragraph takes 14日 from the first: 圣保罗州 9371/695 and 里约热内卢州 3410/224 (分别达到 pairs them) → confirmed_total and deaths_total each. Two governors testing positive and the 99-year-old veteran leaving one hospital (康复出院 of one patient from an institution) give no tuple. Left out to keep the case at three places: the two sentences on 伯南布哥州/塞阿拉州/亚马孙州 deaths and the 联邦区's 17, and the paragraphs on the governors.",
        source="http://special.chinadevelopment.com.cn/2020zt/xgfyjjz/yqzj/2020/04/1636981.shtml",
    ),
]
