"""Golden extraction cases for FEED texts, sixth BLIND set, Jan–Apr 2020.

What is here: 24 feed texts, i.e. bulletins, round-ups and wire items that summarise several places: provincial bulletins with
per-city lists (new, discharged, cumulative, current in hospital, severe/critical; lists of current cases that are not the
cumulative one), city bulletins with district and county lists, a city's report with a discharge item at its head, a press-
conference story with per-hospital counts, a Hong Kong story on 湖北's bulletin (deaths list) read for a city its headline does
not name, two bulletins of a province with few places (青海), and world items (韩国, 日本, 钻石公主号, 意大利, 伊朗 with 中央省,
法国, 西班牙, 美国 with 纽约州, 纽约市, 新泽西州, 密歇根州, 加利福尼亚州). Every case is a short verbatim excerpt of a public page found
with the search tool (`pages` corpus); its `source` is that page's URL. Traditional characters, pinyin residue ("累計(jì)",
"時(shí)"), mojibake ("當?shù)貢r間"), doubled and stray commas (",," ",。"), spaces around punctuation, indentation and page chrome
(timestamps, 责编/责任编辑, 原标题, "信息发布联系客服", a disclaimer, a rewritten outlet name "完美体育·(中国)官方网站讯") are kept as
found. Paragraphs a case does not need were left out, and a paragraph is cut only after a full sentence; each note says what
was left out.

How it was annotated: BLIND, i.e. as a careful reader of the text alone, before any run of the engine. The binding
conventions are tests/cases/ANNOTATION.md, shared/gold/FORMAT.md and the conventions in dev_cases.py's docstring. No
extractor code, engine output or other case table was read, apart from what the brief allowed for format and precedent:
the docstring and the first two CASES entries of blind5_feeds.py (whose reading choices are followed where the binding
conventions are silent).

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Sources:
* Provincial bulletins read for one city: 广东 2月8日 (央视, 09:39) for 惠州, 内蒙古 截至2月19日8时 for 赤峰, 吉林 2月4日 for 长春 and
  2月20日 for 通化, 宁夏 2月18日 (人民日报客户端, traditional, 09:25) for 银川 and 2月23日 (中新网) for 吴忠, 新疆 2月14日 for 吐鲁番 and
  2月24日 (天山网, 08:19) for 乌鲁木齐, 山西 2月10日 (15:51) for 太原, 辽宁 2月13日22时—14日10时 (10:16) for 沈阳 and 2月14日 10–22时
  (garbled traditional) for 锦州, 湖北 3月3日 (香港01, traditional) for 鄂州.
* City bulletins and city news: 咸宁 2月16日 (the city paper's site, signed by the 防控指挥部办公室), 四平 2月14日 (新浪吉林, source
  line 四平市卫生健康委员会), 北京 2月6日 (with a discharge item, traditional mirror), 鹤壁 press conference of 2月11日.
* city=None: 青海 2月13日 (央视, 09:43) and 2月18日 (a finance portal); world items of 2月23日 (伊朗, 央视 on 观察者网, 07:50), 3月1日
  (韩国, 日本, the ship, 意大利, 伊朗, 法国; traditional with mojibake), 3月10日 (伊朗, 韩国, 日本; garbled traditional), 4月6日 (美国 and
  five states/cities; 新华社), 4月11日 (美国, 西班牙, 意大利, 纽约州, 纽约市; 新华社, garbled traditional), 4月15日 (伊朗; 新华社, garbled
  traditional).
Exclusions: no page comes from Hunan or mentions 株洲 or a Hunan place; this was checked on every excerpt and on the page text
the search tool returned, and a scan of every text, note and source of this file for the fourteen Hunan names (simplified and
traditional), 湘 and 株洲 finds none. No page comes from the DXY feed or a mirror of it.

Overlap check:
* Before annotating, two or more distinctive phrases (10+ characters; simplified and, where the page was traditional, the
  traditional or garbled form too) of every candidate were grepped with `grep -rlF` across tests/cases and /work/shared (file
  names only; no other table's content was read). Every page that hit another table was dropped: about 60 candidates, e.g.
  江苏 1月26日 and 2月28日, 四川 2月19日, 山东 1月27日/1月28日/1月31日, 河北 1月27日/2月1日/2月8日/2月10日/3月8日, 广东 1月30日/2月2日/
  2月3日/2月4日, 北京 2月1日/2月13日/2月16日, 黄石 2月4日, 舟山 2月13日, 安徽 2月3日/2月6日/2月18日 (and 2月13日, blind5's), 内蒙古
  2月8日/2月22日, 宁夏 2月15日/2月29日, 新疆 2月15日/2月28日, 山西 1月31日/2月1日/2月29日, 辽宁 2月20日/2月29日, 甘肃 2月2日/2月20日,
  上海 2月7日/2月15日, 运城 2月18日, 云南 2月7日/2月11日, 昆明 2月1日, 重庆 2月27日, 临沂 2月19日, 安阳 2月16日, 信阳 3月9日, 温州
  2月27日, 浙江 2月21日, 广西 2月3日/2月14日/2月15日, 海南 1月23日/2月4日, 青海 2月15日, 香港 2月6日, 新加坡 2月7日, the WHO round-up
  of 3月4日, 伊朗 3月7日, 美国 4月9日, and the national reports of 2月14日, 2月20日 and 3月3日.
* After writing, `duplicates --repo tests/cases --min-lines 3 --most 60` listed runs shared with other tables, and a line-by-line
  comparison of this file's expect tuples with the other tables' lines (no content read, only whether an identical line exists)
  was run too. Dropped for this: a national report of 3月1日 (Taiwanese retelling) and one of 3月2日, a 2月19日 world timeline
  (three of its tuples stood in another table), a 2月23日 新华社 item on 意大利 (its three national tuples stood in another table), a
  3月2日 伊朗 item and a 4月3日 US item (their published/city=None/expect lines stood in other tables). Changed: the 湖北 3月3日 story,
  first read for 武汉 (whose six tuples equalled another table's from the national report of that day), is read for 鄂州; the
  4月6日 US item's published was set to its statistics' date (as the other undated pages here) rather than the Beijing date.
  Run again on the finished file, the tool lists one row for this file: the 咸宁 case's published/city/expect lines
  (2020-02-17, 咸宁市) stand in a narrative table; that table's text is a different one (none of this bulletin's phrases is found
  there) and the case was kept; see the final report.

City split: eight cases have city=None and sixteen have a home city (the drops above fell on city=None cases; replacements
were found for five of the six, three of them with a home city).
* city=None: every place with a figure is expected: provinces (青海省) and their cities/prefectures as written (西宁市, 海北州),
  foreign countries by their usual short name (韩国 for 韓國, 日本, 意大利, 伊朗, 法国, 美国, 西班牙), foreign provinces, states and
  cities as written, in simplified form (中央省, 纽约州, 纽约市, 新泽西州, 密歇根州, 加利福尼亚州), and the ship as 钻石公主号. No case
  has more than six places; one had a sentence left out to stay there (five US states on 4月11日) and one to avoid an
  imported/local split (法国 on 3月1日).
* Home city: a prefecture-level city in full (北京市 as a municipality); only that city and its districts, counties,
  county-level cities and banners (旗) are expected.

Ways of writing covered (counts of cases; a case can count under several):
  (1) provincial per-city lists read for one city: 13 (惠州, 赤峰, 长春, 通化, 银川, 吴忠, 吐鲁番, 乌鲁木齐, 太原, 沈阳, 锦州, 鄂州,
      and 青海's two lists read with city=None);
  (2) city bulletins and city news with district/county lists: 4 (咸宁, 四平, 北京, 鹤壁); district/county brackets inside
      provincial bulletins: 4 (赤峰, 银川, 吴忠, 太原);
  (3) world items: 6 (2月23日, 3月1日, 3月10日, 4月6日, 4月11日, 4月15日); 钻石公主号 in 1;
  (4) current versus cumulative (现在院隔离治疗 lists, 现有确诊…其中 lists, 尚有…住院治疗, 仍在隔離治療, 目前尚有重癥, a 其中 list that
      sums to the in-hospital count and not the cumulative one): 10;
  (5) hospital discharge news and institution counts: 5 (北京's two-hospital discharge read as the city's; 鹤壁's first batch
      with per-hospital counts given no tuple; 武漢客廳方艙醫院 132 given no tuple; a Seoul building cluster; 日本's sub-groups);
  (6) deaths lists and deaths figures: 6 (湖北's 新增病亡 list, 咸宁's 病亡 by county, 四平's 死亡病例1例(铁西区), 伊朗 ×3 with
      中央省, 美国 states' deaths);
  (7) origin and residence phrases: 3 (有湖北及其他省份接觸史 in 北京, 均为鹤壁籍/武汉接触史, 8个来自…库姆);
  (8) speakers: 本市/全市 (北京, 咸宁), 我省 in a headline that is not the home city (太原), a governor speaking of his province
      (中央省), a source line (四平), a signature (咸宁);
  (9) none-statements and zeros: 6 (青海's 0例 strings ×2, 四平's 无新增, 咸宁's county zeros, 北京's 尚未有病例, and regions'
      none-statements giving their cities nothing in 宁夏/新疆/吉林);
  (10) dates: morning timestamps (07:50, 08:19, 09:25, 09:39, 09:43, 10:16) where every figure is dated anyway, an 8时 cut-off,
      half-day windows (10–22时, 22时—10时), 截至10日0時 (end of the day before), local versus Beijing time, pages without a
      date (the date their statistics name is taken as published, as in blind5);
  (11) qualifiers and counts in words: 超过13万例 (more_than), 1名 (1), 个 as a case count; lead figures that round the body
      (超过1万例, 破萬 subheadings) give no extra tuple.

Reading choices made where the binding conventions are silent (each note says which it uses):
* A list after 现在院隔离治疗确诊病例53例。其中 that sums to 53 (not to the 54 cumulative) is read as current.
* A later, current total supersedes an earlier one for the same day (伊朗 deaths 5 → 6): only the later is expected.
* Sub-groups of a country's total with no region of their own (日本's in-country, tourists, charter returnees) get no tuple;
  the ship's own count does.
* 北京's 累計疑似病例 has no metric (suspected is current): no tuple.
* A discharge stated with the city as subject (北京市又有2例…從佑安醫院、解放軍總醫院第五醫學中心出院, 鹤壁市首批3名…出院) is the
  city's recovered_new, even where one hospital is named.
* County-level units listed on their own (公主岭市, 梅河口市, 宁东, 兵团 divisions and their cities) are not the home city's.
"""

CASES = [
    # ------------------------------------------------------------------ city=None
    dict(
        id="b6f01",
        text=(
            "最近幾天國內新增的新冠肺炎人數開始呈現下降的趨勢,全國除湖北外的地區新增的病例甚至將至了個位數,而其他部分國家的卻呈現了上漲的勢頭,例如韓國、意大利等。接下來我們一起了解一下意大利、韓國、法國、日本等多個國家的疫情最新情況。\n"
            "韓國中央防疫對策本部3月1日通報,截至當天下午4點,韓國在24小時內新增確診感染新冠肺炎病例586例,累計報告確診3736例,死亡病例18例,其中大部分病例依然來自大邱市和慶尚北道。\n"
            "截至當?shù)貢r間1日晚七點半,綜合日本各地以及厚生勞動省消息,日本的新冠肺炎感染者共計955人,其中包括在日本國內的感染者和中國游客等236人,“鉆石公主”號郵輪的乘客和乘務人員705人,以及乘坐日本政府包機回到日本國內的14人。\n"
            "截至當?shù)貢r間1日22點,意大利累計確診新冠肺炎病例1694例,死亡41例,治愈83例。感染人數快速攀升導致該國醫療資源日趨緊張,目前已有倫巴第和皮埃爾蒙特兩個大區宣布計劃征召已退休醫護人員來應對疫情。\n"
            "據伊朗國家電視臺3月1日報道,伊朗衛生部發言人賈汗普爾表示,伊朗新增新冠肺炎確診病例385例,新增死亡11例。截至當?shù)貢r間3月1日中午,伊朗共有新冠肺炎確診病例978例,其中54例死亡。\n"
            "當?shù)貢r間3月1日晚,法國衛生總局局長薩洛蒙在例行發布會上表示,截至當天16點,法國累計新冠肺炎確診病例增至130例。其中12例治愈,2例死亡,116例仍在隔離治療,9例病情嚴重。"
        ),
        published="2020-03-01",
        city=None,
        expect=[
            ("confirmed_new", "韩国", "2020-03-01", 586, "", ""),
            ("confirmed_total", "韩国", "2020-03-01", 3736, "", ""),
            ("deaths_total", "韩国", "2020-03-01", 18, "", ""),
            ("confirmed_total", "日本", "2020-03-01", 955, "", ""),
            ("confirmed_total", "钻石公主号", "2020-03-01", 705, "", ""),
            ("confirmed_total", "意大利", "2020-03-01", 1694, "", ""),
            ("deaths_total", "意大利", "2020-03-01", 41, "", ""),
            ("recovered_total", "意大利", "2020-03-01", 83, "", ""),
            ("confirmed_new", "伊朗", "2020-03-01", 385, "", ""),
            ("deaths_new", "伊朗", "2020-03-01", 11, "", ""),
            ("confirmed_total", "伊朗", "2020-03-01", 978, "", ""),
            ("deaths_total", "伊朗", "2020-03-01", 54, "", ""),
            ("confirmed_total", "法国", "2020-03-01", 130, "", ""),
            ("recovered_total", "法国", "2020-03-01", 12, "", ""),
            ("deaths_total", "法国", "2020-03-01", 2, "", ""),
            ("hospitalized", "法国", "2020-03-01", 116, "", ""),
            ("severe", "法国", "2020-03-01", 9, "", ""),
        ],
        note="world round-up of 3月1日 on a 武汉 portal mirror (traditional; mojibake 當?shù)貢r間 for 當地時間 kept). The page shows no date; "
        "every figure names 3月1日 or 1日 (local time), taken as published too. The opening 國內/全國除湖北外 sentence gives no number (個位數 is "
        "no figure). 韓國 → 韩国; 大邱市/慶尚北道 get no figure (大部分病例). 日本's 955 is its total; the ship's 705 (“鉆石公主”號) is the ship's "
        "(钻石公主号); the 236 (in Japan, with Chinese tourists) and 14 (charter) are sub-groups of Japan with no region of their own: no tuple. "
        "意大利's 治愈83 → recovered_total; 倫巴第/皮埃爾蒙特 no figure. 法國: 治愈 → recovered_total, 仍在隔離治療 → hospitalized, 病情嚴重 → severe. "
        "A last sentence splitting 法國's 130 by where they were infected (in or outside France) was left out (an imported/local split). "
        "Six places",
        source="http://jwzcgl.com/xinwen/40223.html",
    ),
    dict(
        id="b6f02",
        text=(
            '伊朗:累計(jì)確診8042例 建起"方艙"醫(yī)院\n'
            "根據(jù)伊朗衛(wèi)生部最新消息,,伊朗新增新冠肺炎確診病例881例,,新增死亡54例,。截至到10日中午,,伊朗累計(jì)確診新冠肺炎病例8042例,,其中2731例康復(fù),,291例死亡,。\n"
            '伊朗法爾斯通訊社10日?qǐng)?bào)道,,伊朗伊斯蘭革命衛(wèi)隊(duì)在該國(guó)西部的西阿塞拜疆省建立了擁有200個(gè)隔離床位的"方艙"醫(yī)院,用以抗擊新冠肺炎疫情,。\n'
            "韓國(guó):一大樓出現(xiàn)聚集性感染 64人確診\n"
            "截至10日0時(shí),,韓國(guó)較前一天0時(shí)新增131例確診病例,累計(jì)確診7513例,。\n"
            "韓國(guó)首爾市政府10日通報(bào),,位于首爾九老區(qū)新道林洞的韓國(guó)大廈出現(xiàn)新冠肺炎聚集性感染事件,目前已有64人確診感染,,其余人員的病毒檢測(cè)工作仍在進(jìn)行中,。\n"
            "韓國(guó)中央防疫對(duì)策本部副部長(zhǎng)權(quán)埈郁表示,對(duì)此政府保持密切關(guān)注,。\n"
            "據(jù)中央防疫對(duì)策本部數(shù)據(jù),,韓國(guó)新冠病毒確診病例中80.2%屬于集體感染,其中新天地大邱教會(huì)病例占比最大,。\n"
            "日本:國(guó)內(nèi)確診581人\n"
            "限制日本全國(guó)的體育和文化活動(dòng)舉辦\n"
            "據(jù)日本放送協(xié)會(huì)消息,,根據(jù)日本各地的地方自治團(tuán)體和厚生勞動(dòng)省通報(bào)的數(shù)據(jù),截至當(dāng)?shù)貢r(shí)間10日晚11點(diǎn),,10日當(dāng)天新增59人感染,,在日本國(guó)內(nèi)新冠肺炎感染者達(dá)到567人,加上包機(jī)歸國(guó)的確診病例14例,,感染者共581人,。目前日本國(guó)內(nèi)死亡人數(shù)為12人。"
        ),
        published="2020-03-11",
        city=None,
        expect=[
            ("confirmed_new", "伊朗", "2020-03-10", 881, "", ""),
            ("deaths_new", "伊朗", "2020-03-10", 54, "", ""),
            ("confirmed_total", "伊朗", "2020-03-10", 8042, "", ""),
            ("recovered_total", "伊朗", "2020-03-10", 2731, "", ""),
            ("deaths_total", "伊朗", "2020-03-10", 291, "", ""),
            ("confirmed_new", "韩国", "2020-03-09", 131, "", ""),
            ("confirmed_total", "韩国", "2020-03-09", 7513, "", ""),
            ("confirmed_new", "日本", "2020-03-10", 59, "", ""),
            ("confirmed_total", "日本", "2020-03-10", 581, "", ""),
            ("deaths_total", "日本", "2020-03-10", 12, "", ""),
        ],
        note="world round-up on a garbled traditional mirror (pinyin residue 累計(jì), doubled ',,' and stray ',。' kept); published from the "
        "URL's 20200311. A subheading about 中國境外 and 意大利 (破3萬/破萬, no body) was left out. 伊朗: the undated 新增881/54 take the date of "
        "the next sentence in the same paragraph (截至到10日中午 → 3月10日); 康復 → recovered_total. 韓國: 截至10日0時 is the end of 3月9日 "
        "(as in blind5); 較前一天0時新增131例 → confirmed_new. The 64 in one Seoul building (首爾九老區) are a cluster's count, no tuple; 80.2% has "
        "no metric; the 200 beds are no figure. 日本: 10日當天新增59人 → confirmed_new; its total is 感染者共581人 (the subheading's 581; the "
        "567 in-country is a sub-group, no tuple), 死亡12人 → deaths_total. Three places",
        source="https://feifmx.com/socialgd/10000169/20200311/37895790_1.html",
    ),
    dict(
        id="b6f03",
        text=(
            "這是4月11日從美國紐約布朗克斯區(qū)拍攝的用來埋葬部分新冠死亡患者的哈特島。 新華社發(fā)(郭克攝)\n"
            "新華社紐約4月11日電? 美國約翰斯·霍普金斯大學發(fā)布的新冠疫情統(tǒng)計數(shù)據(jù)顯示,截至美東時間11日12時30分(北京時間12日0時30分),美國死亡病例達18860例,成為全球死亡病例最多的國家。\n"
            "數(shù)據(jù)顯示,美國確診病例達503594例,仍然是全球確診病例最多的國家;西班牙確診病例為161852例,死亡病例達16353例。意大利確診病例為147577例,死亡病例達18849例。\n"
            "根據(jù)數(shù)據(jù),美國疫情最嚴重的紐約州確診病例達174489例,死亡病例達7887例,其中紐約市確診病例達94409例,死亡病例達5820例。\n"
            "這些數(shù)據(jù)來自約翰斯·霍普金斯大學新冠病毒研究項目實時匯總的各個國家和地區(qū)數(shù)據(jù)。"
        ),
        published="2020-04-12",
        city=None,
        expect=[
            ("deaths_total", "美国", "2020-04-11", 18860, "", ""),
            ("confirmed_total", "美国", "2020-04-11", 503594, "", ""),
            ("confirmed_total", "西班牙", "2020-04-11", 161852, "", ""),
            ("deaths_total", "西班牙", "2020-04-11", 16353, "", ""),
            ("confirmed_total", "意大利", "2020-04-11", 147577, "", ""),
            ("deaths_total", "意大利", "2020-04-11", 18849, "", ""),
            ("confirmed_total", "纽约州", "2020-04-11", 174489, "", ""),
            ("deaths_total", "纽约州", "2020-04-11", 7887, "", ""),
            ("confirmed_total", "纽约市", "2020-04-11", 94409, "", ""),
            ("deaths_total", "纽约市", "2020-04-11", 5820, "", ""),
        ],
        note="新华社 item (datelined 紐約4月11日) on a garbled traditional mirror (發(fā), 數(shù)據(jù), a stray '電?' kept); published from the URL's "
        "2020-04/12. The cut-off is given in local and Beijing time: the local date written first (美東時間11日) is taken, as in blind5. The "
        "photo caption (布朗克斯區, 哈特島) gives no figure. A sentence naming five more states with 兩萬例以上 and two with deaths 超過1000例 was "
        "left out to keep the case to five places: 美国, 西班牙, 意大利, 纽约州, 纽约市 (a foreign city as written)",
        source="http://hotsrq.com/world/2020-04/12/c_1125843055.htm",
    ),
    dict(
        id="b6f04",
        text=(
            "青海13日无新增新冠肺炎确诊病例 累计确诊18例\n\n"
            "2020-02-14 09:43 来源:央视新闻\n\n"
            "2020年2月13日0-24时,青海省报告新型冠状病毒肺炎新增确诊病例0例,新增重症病例0例,新增死亡病例0例,新增出院病例2例。当日无新增确诊病例和疑似病例。\n\n"
            "截至2020年2月13日24时,青海省累计报告新型冠状病毒肺炎确诊病例18例,其中:重症病例3例,死亡病例0例,出院病例11例。累计确诊病例中,西宁市15例,海北州3例。尚有7例确诊患者住院治疗。目前累计追踪到密切接触者437人,已解除医学观察96人,尚有341人正在接受医学观察。\n\n"
            "责编:张泽昕"
        ),
        published="2020-02-14 09:43",
        city=None,
        expect=[
            ("confirmed_new", "青海省", "2020-02-13", 0, "", ""),
            ("severe_new", "青海省", "2020-02-13", 0, "", ""),
            ("deaths_new", "青海省", "2020-02-13", 0, "", ""),
            ("recovered_new", "青海省", "2020-02-13", 2, "", ""),
            ("confirmed_total", "青海省", "2020-02-13", 18, "", ""),
            ("severe", "青海省", "2020-02-13", 3, "", ""),
            ("deaths_total", "青海省", "2020-02-13", 0, "", ""),
            ("recovered_total", "青海省", "2020-02-13", 11, "", ""),
            ("confirmed_total", "西宁市", "2020-02-13", 15, "", ""),
            ("confirmed_total", "海北州", "2020-02-13", 3, "", ""),
            ("hospitalized", "青海省", "2020-02-13", 7, "", ""),
            ("close_contacts_total", "青海省", "2020-02-13", 437, "", ""),
            ("observation_released_total", "青海省", "2020-02-13", 96, "", ""),
            ("observation", "青海省", "2020-02-13", 341, "", ""),
        ],
        note="青海's provincial bulletin of 2月13日 via 央视 on a national emergency-broadcast site, with its 09:43 timestamp; every figure is "
        "dated 2月13日 (0-24时 / 截至24时; 目前 in the same paragraph). The headline and 当日无新增确诊病例 repeat confirmed_new 0 (one tuple); "
        "无新增疑似 has no metric. 新增重症病例0例 → severe_new 0. 重症病例3例 inside the 累计 sentence is read as current (severe), as in blind5; "
        "死亡病例0例 → deaths_total 0. 尚有7例确诊患者住院治疗 → hospitalized. 海北州 kept as written. Three places: 青海省, 西宁市, 海北州",
        source="http://www.cneb.gov.cn/2020/02/14/ARTI1581644494009219.shtml",
    ),
    dict(
        id="b6f05",
        text=(
            "伊朗新冠肺炎患者死亡人数达6人 28人被确诊\n\n"
            "来源:央视新闻\n\n"
            "2020-02-23 07:50\n\n"
            "央视新闻2月23日援引伊朗英语新闻电视台报道,伊朗卫生部发言人贾汉普尔当地时间22日表示,伊朗被确诊的新冠病毒肺炎患者数量达到了28人,其中5人已经死亡。贾汉普尔表示,在21—22日之间伊朗新增的10个被确诊病例中,8个来自伊朗宗教城市库姆,目前库姆已经决定暂停学校和集会活动。\n\n"
            "同一天,位于库姆西南部的中央省省长阿里·阿佳扎德表示,当天1名患有心脏病并发症的患者在被确诊为新冠病毒肺炎阳性之前死亡。这意味着当前伊朗新冠病毒肺炎患者的死亡人数增加到了6人。阿佳扎德还表示,该省所有的学校、大学和运动场所将在未来一周的时间里保持关闭状态。"
        ),
        published="2020-02-23 07:50",
        city=None,
        expect=[
            ("confirmed_total", "伊朗", "2020-02-22", 28, "", ""),
            ("confirmed_new", "伊朗", "2020-02-22", 10, "", ""),
            ("deaths_total", "伊朗", "2020-02-22", 6, "", ""),
            ("deaths_new", "中央省", "2020-02-22", 1, "", ""),
        ],
        note="央视 item on 观察者网 with its 07:50 timestamp; the figures are dated 当地时间22日 (同一天/当天 refer to it), so the morning rule "
        "is not needed. 伊朗's deaths: 28人…其中5人已经死亡, then 当前…增加到了6人 after the 中央省 death: the later, current figure 6 is "
        "taken (headline 6 too), 5 is superseded (doubtful: an extractor may report both). 在21—22日之间…新增的10个 → confirmed_new 10 "
        "(个 counts cases), dated 22日. 8个来自…库姆 is where patients come from (origin): no tuple for 库姆. The 中央省 governor speaks of "
        "his province: 当天1名…患者…死亡 → 中央省 deaths_new 1 (1名 in words). The photo caption of a disinfected train was left out. "
        "Two places",
        source="https://m.guancha.cn/internation/2020_02_23_537870.shtml?s=wapzwyxgtjdt",
    ),
    dict(
        id="b6f06",
        text=(
            "新華社德黑蘭4月15日電(記者陳霖)伊朗衛(wèi)生部15日宣布,,截至當(dāng)天中午,伊朗新增新冠確診病例1512例,,累計確診達76389例,,累計死亡病例4777例,累計治愈49933人,,目前尚有重癥患者3643人,。\n"
            "伊朗衛(wèi)生部長納馬基14日稱,伊朗單日新增死亡人數(shù)已回歸兩位數(shù),,大多數(shù)省份疫情趨向好轉(zhuǎn),,單日新增確診人數(shù)也在不斷減少。"
        ),
        published="2020-04-15",
        city=None,
        expect=[
            ("confirmed_new", "伊朗", "2020-04-15", 1512, "", ""),
            ("confirmed_total", "伊朗", "2020-04-15", 76389, "", ""),
            ("deaths_total", "伊朗", "2020-04-15", 4777, "", ""),
            ("recovered_total", "伊朗", "2020-04-15", 49933, "", ""),
            ("severe", "伊朗", "2020-04-15", 3643, "", ""),
        ],
        note="新华社 item (德黑蘭4月15日電) on a garbled traditional mirror (衛(wèi)生部, doubled ',,', stray ',。' kept); published from the "
        "dateline and URL. 截至當天中午 → 4月15日. 累計治愈…人 → recovered_total; 目前尚有重癥患者 → severe. 回歸兩位數 is no figure, and 14日 "
        "dates no figure. One place",
        source="https://www.j637.cn/politics/2020-04/15/c_1125861068.htm",
    ),
    dict(
        id="b6f07",
        text=(
            "新华社纽约4月6日电 美国约翰斯·霍普金斯大学发布的新冠疫情统计数据显示,截至美国东部时间6日13时30分(北京时间7日1时30分),美国新冠死亡病例超过1万例,达到10335例。\n"
            "4月4日,在美国弗吉尼亚州阿灵顿,一名男子戴着墨镜和围巾走在街头。(新华社记者刘杰摄)\n"
            "数据显示,纽约州确诊病例和死亡病例最多,确诊病例超过13万例,死亡病例达4758例,其中纽约市有3048例。此外,新泽西州死亡917例,密歇根州死亡617例,加利福尼亚州死亡350例。\n"
            "数据显示,美国累计确诊病例达到347003例,有18953名患者康复。\n"
            "这些数据来自约翰斯·霍普金斯大学新冠病毒研究项目汇总的美国各州疫情报告。\n"
            "编辑 高原"
        ),
        published="2020-04-06",
        city=None,
        expect=[
            ("deaths_total", "美国", "2020-04-06", 10335, "", ""),
            ("confirmed_total", "纽约州", "2020-04-06", 130000, "", "more_than"),
            ("deaths_total", "纽约州", "2020-04-06", 4758, "", ""),
            ("deaths_total", "纽约市", "2020-04-06", 3048, "", ""),
            ("deaths_total", "新泽西州", "2020-04-06", 917, "", ""),
            ("deaths_total", "密歇根州", "2020-04-06", 617, "", ""),
            ("deaths_total", "加利福尼亚州", "2020-04-06", 350, "", ""),
            ("confirmed_total", "美国", "2020-04-06", 347003, "", ""),
            ("recovered_total", "美国", "2020-04-06", 18953, "", ""),
        ],
        note="新华社 item (纽约4月6日电) on a Shenzhen news site; the page shows no date, so the date its statistics name (美国东部时间6日, the local "
        "date written first, as in blind5) is taken as published and as the figures' date. 死亡病例超过1万例,达到10335例 "
        "→ 10335 (the rounded lead is no extra tuple). 纽约州 确诊病例超过13万例 → 130000 more_than. 其中纽约市有3048例 follows 死亡病例达4758例: "
        "纽约市's deaths. The photo caption (弗吉尼亚州阿灵顿, 4月4日) gives no figure. 有18953名患者康复 → recovered_total. Six places: 美国, "
        "纽约州, 纽约市, 新泽西州, 密歇根州, 加利福尼亚州",
        source="https://www.dutenews.com/p/402137.html",
    ),
    dict(
        id="b6f08",
        text=(
            "2月18日0—24时,青海省报告新型冠状病毒肺炎新增确诊病例0例,新增重症病例0例,新增死亡病例0例,新增出院病例2例。当日无新增确诊病例和疑似病例。\n"
            "截至2月18日24时,青海省累计报告新型冠状病毒肺炎确诊病例18例,其中:重症病例1例,死亡病例0例,出院病例15例。累计确诊病例中,西宁市15例,海北州3例。尚有3例确诊患者住院治疗。\n"
            "目前累计追踪到密切接触者437人,已解除医学观察361人,尚有76人正在接受医学观察。\n"
            "(文章来源:央视网)\n"
            "(责任编辑:DF120) 郑重声明:东方财富网发布此信息的目的在于传播更多信息,与本站立场无关。"
        ),
        published="2020-02-18",
        city=None,
        expect=[
            ("confirmed_new", "青海省", "2020-02-18", 0, "", ""),
            ("severe_new", "青海省", "2020-02-18", 0, "", ""),
            ("deaths_new", "青海省", "2020-02-18", 0, "", ""),
            ("recovered_new", "青海省", "2020-02-18", 2, "", ""),
            ("confirmed_total", "青海省", "2020-02-18", 18, "", ""),
            ("severe", "青海省", "2020-02-18", 1, "", ""),
            ("deaths_total", "青海省", "2020-02-18", 0, "", ""),
            ("recovered_total", "青海省", "2020-02-18", 15, "", ""),
            ("confirmed_total", "西宁市", "2020-02-18", 15, "", ""),
            ("confirmed_total", "海北州", "2020-02-18", 3, "", ""),
            ("hospitalized", "青海省", "2020-02-18", 3, "", ""),
            ("close_contacts_total", "青海省", "2020-02-18", 437, "", ""),
            ("observation_released_total", "青海省", "2020-02-18", 361, "", ""),
            ("observation", "青海省", "2020-02-18", 76, "", ""),
        ],
        note="青海's bulletin of 2月18日 (央视网) on a finance portal (source and disclaimer lines kept); the page shows no date, so the "
        "date its figures name is taken as published (as in blind5); 目前 in the last paragraph takes 截至2月18日24时 from the bulletin. "
        "Read as the 2月13日 case of this file: 0例 strings and 当日无新增确诊 → zeros (one tuple each), 重症 in the 累计 sentence → severe, "
        "尚有3例…住院治疗 → hospitalized, 无新增疑似 no metric. Three places",
        source="http://yg88.cn/news/show-829425.html",
    ),
    # ------------------------------------------------------------------ home city
    dict(
        id="b6f09",
        text=(
            "广东新增45例新冠肺炎确诊病例 累计确诊1120例\n\n"
            "2020-02-09 09:39 来源:央视新闻客户端\n\n"
            "截至2月8日24时,广东省累计报告新型冠状病毒感染的肺炎确诊病例1120例。2月8日当天广东省新增确诊病例45例。新增确诊病例中,深圳市13例、广州市6例、惠州市6例、中山市5例、佛山市5例、茂名市3例、江门市3例、东莞市2例、珠海市1例、湛江市1例。另有疑似病例208例。有3197名密切接触者正在接受医学观察。\n\n"
            "累计报告确诊病例中,深圳市364例、广州市304例、珠海市83例、佛山市65例、东莞市58例、中山市51例、惠州市47例、汕头市25例、湛江市21例、江门市17例、肇庆市14例、阳江市13例、梅州市13例、清远市10例、茂名市9例、揭阳市7例、韶关市6例、汕尾市5例、潮州市5例、河源市3例。男性550例,女性570例,年龄介于2月龄-90岁之间。\n\n"
            "截至2月8日24时,在院的994例确诊病例中,轻型67例,普通型798例,重型91例,危重型38例。新增出院28例,累计出院125例。累计死亡1例。(消息来源:央视新闻客户端)\n\n"
            "责编:袁帅"
        ),
        published="2020-02-09 09:39",
        city="惠州市",
        expect=[
            ("confirmed_new", "惠州市", "2020-02-08", 6, "", ""),
            ("confirmed_total", "惠州市", "2020-02-08", 47, "", ""),
        ],
        note="广东's provincial bulletin of 2月8日 (央视, on a national emergency-broadcast site with its 09:39 timestamp), read for "
        "惠州市. Only 惠州's new (2月8日当天 list) and cumulative figures are its own; the province's totals, 在院/重型/危重型, 出院 and "
        "死亡 and every other city's figures are not expected. 惠州市6例 and 广州市6例 share a value: only 惠州's counts",
        source="http://cneb.gov.cn/2020/02/09/ARTI1581212260160841.shtml",
    ),
    dict(
        id="b6f10",
        text=(
            "咸宁市关于新型冠状病毒感染的肺炎的情况通报\n"
            "2020年2月16日0时-24时,咸宁市新增新型冠状病毒肺炎病例9例(含临床诊断病例4例),其中咸安区7例(临床诊断病例6例),通城县2例,嘉鱼县0例,崇阳县0例,通山县0例(临床转确诊1例,总数不变,当日临床诊断为-1例),赤壁市0例(临床转确诊1例,总数不变,当日临床诊断为-1例)。全市新增治愈出院29例(含临床诊断病例8例),其中:咸安8例,嘉鱼13例,赤壁2例,通山6例。新增病亡2例。\n"
            "截至2月16日24时,咸宁市累计报告新型冠状病毒肺炎病例861例(含临床诊断病例299例),其中重症病例36例(含临床诊断病例15例),危重病例24例(含临床诊断病例9例),已治愈出院181例[(含临床诊断病例27例),咸安53例,嘉鱼44例,通山33例,赤壁26例,通城14例,崇阳11例],病亡10例(赤壁4例,咸安3例,通城2例,崇阳1例)。确诊病例中,咸安区303例(含临床诊断病例158例),赤壁市200例(含临床诊断病例36例),嘉鱼县127例(含临床诊断病例41例),通山县95例(含临床诊断病例29例),崇阳县71例(含临床诊断病例16例),通城县65例(含临床诊断病例19例)。目前累计追踪到密切接触者13274人,已解除医学观察8716人,尚有4191人正在接受医学观察。\n"
            "2月15日,咸宁市发热门诊共就诊662人,留观277人。\n"
            "附:咸宁市确诊病例(含临床诊断病例)一览表\n"
            "咸宁市新型冠状病毒感染的肺炎防控指挥部办公室\n"
            "2020年2月17日"
        ),
        published="2020-02-17",
        city="咸宁市",
        expect=[
            ("confirmed_new", "咸宁市", "2020-02-16", 9, "", ""),
            ("confirmed_new", "咸安区", "2020-02-16", 7, "", ""),
            ("confirmed_new", "通城县", "2020-02-16", 2, "", ""),
            ("confirmed_new", "嘉鱼县", "2020-02-16", 0, "", ""),
            ("confirmed_new", "崇阳县", "2020-02-16", 0, "", ""),
            ("confirmed_new", "通山县", "2020-02-16", 0, "", ""),
            ("confirmed_new", "赤壁市", "2020-02-16", 0, "", ""),
            ("recovered_new", "咸宁市", "2020-02-16", 29, "", ""),
            ("recovered_new", "咸安区", "2020-02-16", 8, "", ""),
            ("recovered_new", "嘉鱼县", "2020-02-16", 13, "", ""),
            ("recovered_new", "赤壁市", "2020-02-16", 2, "", ""),
            ("recovered_new", "通山县", "2020-02-16", 6, "", ""),
            ("deaths_new", "咸宁市", "2020-02-16", 2, "", ""),
            ("confirmed_total", "咸宁市", "2020-02-16", 861, "", ""),
            ("severe", "咸宁市", "2020-02-16", 36, "", ""),
            ("critical", "咸宁市", "2020-02-16", 24, "", ""),
            ("recovered_total", "咸宁市", "2020-02-16", 181, "", ""),
            ("recovered_total", "咸安区", "2020-02-16", 53, "", ""),
            ("recovered_total", "嘉鱼县", "2020-02-16", 44, "", ""),
            ("recovered_total", "通山县", "2020-02-16", 33, "", ""),
            ("recovered_total", "赤壁市", "2020-02-16", 26, "", ""),
            ("recovered_total", "通城县", "2020-02-16", 14, "", ""),
            ("recovered_total", "崇阳县", "2020-02-16", 11, "", ""),
            ("deaths_total", "咸宁市", "2020-02-16", 10, "", ""),
            ("deaths_total", "赤壁市", "2020-02-16", 4, "", ""),
            ("deaths_total", "咸安区", "2020-02-16", 3, "", ""),
            ("deaths_total", "通城县", "2020-02-16", 2, "", ""),
            ("deaths_total", "崇阳县", "2020-02-16", 1, "", ""),
            ("confirmed_total", "咸安区", "2020-02-16", 303, "", ""),
            ("confirmed_total", "赤壁市", "2020-02-16", 200, "", ""),
            ("confirmed_total", "嘉鱼县", "2020-02-16", 127, "", ""),
            ("confirmed_total", "通山县", "2020-02-16", 95, "", ""),
            ("confirmed_total", "崇阳县", "2020-02-16", 71, "", ""),
            ("confirmed_total", "通城县", "2020-02-16", 65, "", ""),
            ("close_contacts_total", "咸宁市", "2020-02-16", 13274, "", ""),
            ("observation_released_total", "咸宁市", "2020-02-16", 8716, "", ""),
            ("observation", "咸宁市", "2020-02-16", 4191, "", ""),
        ],
        note="咸宁's own bulletin of 2月16日 (the city's paper's site), signed by the city's 防控指挥部办公室 on 2月17日 (no time). 新增…病例9例 "
        "(临床诊断 included) → confirmed_new, with each county's figure, zeros included; the 含临床诊断 subtotals, 临床转确诊1例 and 当日临床诊断为-1例 "
        "are sub-counts: no tuple. Short county names in the lists (咸安, 嘉鱼, 赤壁, 通山, 通城, 崇阳) are the 区/县/市 in full. 新增病亡 → "
        "deaths_new; 病亡10例(…) → deaths_total by county. 重症/危重 inside the 累计 sentence are read as current (severe, critical), as in "
        "blind5. The 发热门诊 662/277 of 2月15日 have no metric. 全市 is 咸宁市 (the issuer)",
        source="http://xnnews.com.cn/ztbd/2020zt/zxccjjezyqksmy/qktb/202002/t20200217_1931112.shtml",
    ),
    dict(
        id="b6f11",
        text=(
            "完美体育·(中国)官方网站讯(皇利华 赵泽瑞) 截至2月19日8时,内蒙古自治区累计报告新冠肺炎确诊病例75例,出院病例9例,重症病例4例,危重病例6例。其中75例确诊病例为:\n"
            "1.鄂尔多斯市11例(达拉特旗9例、东胜区1例、鄂托克前旗1例)\n"
            "2.包头市11例(土默特右旗7例、昆都仑区3例、东河区1例)\n"
            "3.锡林郭勒盟9例(锡林浩特市4例、二连浩特市1例、多伦县4例)\n"
            "4.赤峰市9例(元宝山区2例、松山区2例、林西县1例、红山区1例、翁牛特旗3例)\n"
            "5.巴彦淖尔市8例(五原县2例、临河区2例、乌拉特中旗4例)\n"
            "6.呼和浩特市7例(玉泉区3例、新城区2例、赛罕区1例、回民区1例)\n"
            "7.通辽市7例(霍林郭勒市6例、经济开发区1例)\n"
            "8.呼伦贝尔市7例(莫力达瓦旗5例、满洲里市1例、牙克石市1例)\n"
            "9.乌兰察布市3例(化德县2例、四子王旗1例)\n"
            "10.乌海市海勃湾区2例\n"
            "11.兴安盟乌兰浩特市1例\n"
            "确诊病例中,出院病例9例(鄂尔多斯市东胜区1例、鄂托克前旗1例、达拉特旗1例,乌兰察布市四子王旗1例,锡林郭勒盟二连浩特市1例,赤峰市松山区1例、元宝山区1例、林西县1例,呼伦贝尔市的满洲里市1例);重症病例4例(赤峰市翁牛特旗1例,巴彦淖尔市临河区1例,通辽市的霍林郭勒市1例,锡林郭勒盟锡林浩特市1例);危重病例6例(包头市昆都仑区1例、土右旗1例,锡林郭勒盟锡林浩特市2例,巴彦淖尔市临河区1例,呼伦贝尔市莫力达瓦旗1例)。\n"
            "疑似病例17例(呼伦贝尔市莫力达瓦旗5例、海拉尔区1例,包头市土默特右旗2例、东河区1例,锡林郭勒盟多伦县2例,呼和浩特市赛罕区2例、回民区1例,通辽市的霍林郭勒市1例、库伦旗2例)。排除包头市九原区疑似病例1例。均在定点医院接受隔离治疗。目前,尚在接受医学观察的密切接触者614人。当日解除医学观察18人。"
        ),
        published="2020-02-19",
        city="赤峰市",
        expect=[
            ("confirmed_total", "赤峰市", "2020-02-19", 9, "", ""),
            ("confirmed_total", "元宝山区", "2020-02-19", 2, "", ""),
            ("confirmed_total", "松山区", "2020-02-19", 2, "", ""),
            ("confirmed_total", "林西县", "2020-02-19", 1, "", ""),
            ("confirmed_total", "红山区", "2020-02-19", 1, "", ""),
            ("confirmed_total", "翁牛特旗", "2020-02-19", 3, "", ""),
            ("recovered_total", "松山区", "2020-02-19", 1, "", ""),
            ("recovered_total", "元宝山区", "2020-02-19", 1, "", ""),
            ("recovered_total", "林西县", "2020-02-19", 1, "", ""),
            ("severe", "翁牛特旗", "2020-02-19", 1, "", ""),
        ],
        note="内蒙古's bulletin 截至2月19日8时 on a site that rewrote the outlet's name (完美体育·(中国)官方网站讯 for a food-safety news site): kept. "
        "The page gives no date; the cut-off's date is taken as published and a morning cut-off is dated that day (as blind5's 9时). Read "
        "for 赤峰市: its cumulative and its districts'/banners' (旗 is a county-level unit, kept in full). 赤峰's three 出院 are listed by "
        "district only (松山区, 元宝山区, 林西县): each district gets recovered_total 1, the city's sum (3) is not stated, no tuple. 重症 → "
        "severe for 翁牛特旗. 赤峰 has no 危重 or 疑似 entry (absence is no statement). Other leagues/cities and the region's totals are not "
        "expected",
        source="http://hbzyjz.com/news/detail/737/59936.html",
    ),
    dict(
        id="b6f12",
        text=(
            "2月14日0-24时,四平市无新增新冠肺炎确诊病例及疑似病例。\n\n"
            "  截至2月14日24时, 四平市累计报告新冠肺炎确诊病例 14例, 其中治愈出院2例(铁西区),死亡病例1例(铁西区),现在院隔离治疗确诊病例11例,其中铁东区1例、铁西区6例、双辽市4例。\n\n"
            "  截至2月14日24时,四平市现有新冠肺炎疑似病例2例,已全部隔离治疗,目前正在进一步明确诊断。\n\n"
            "  (来源:四平市卫生健康委员会)\n\n"
            "  专题:众志成城 共克时艰——关注吉林省新冠肺炎疫情"
        ),
        published="2020-02-15",
        city="四平市",
        expect=[
            ("confirmed_new", "四平市", "2020-02-14", 0, "", ""),
            ("confirmed_total", "四平市", "2020-02-14", 14, "", ""),
            ("recovered_total", "四平市", "2020-02-14", 2, "", ""),
            ("recovered_total", "铁西区", "2020-02-14", 2, "", ""),
            ("deaths_total", "四平市", "2020-02-14", 1, "", ""),
            ("deaths_total", "铁西区", "2020-02-14", 1, "", ""),
            ("hospitalized", "四平市", "2020-02-14", 11, "", ""),
            ("hospitalized", "铁东区", "2020-02-14", 1, "", ""),
            ("hospitalized", "铁西区", "2020-02-14", 6, "", ""),
            ("hospitalized", "双辽市", "2020-02-14", 4, "", ""),
            ("suspected", "四平市", "2020-02-14", 2, "", ""),
        ],
        note="四平's own bulletin (source line 四平市卫生健康委员会) on 新浪吉林, page of 2月15日; indentation and stray spaces kept. 无新增…确诊病例及疑似病例 "
        "→ confirmed_new 0 (new suspected has no metric). A one-place bracket (铁西区) is a breakdown of one: recovered_total and deaths_total "
        "for 铁西区. 现在院隔离治疗 list → hospitalized per district; 现有疑似 → suspected. The 专题 line names 吉林省 but gives no figure",
        source="http://jl.sina.com.cn/news/yaowen/2020-02-15/detail-iimxyqvz3005584.shtml",
    ),
    dict(
        id="b6f13",
        text=(
            "2月4日0-24时,吉林省新增确诊病例12例,其中长春市10例,四平市1例,公主岭市1例。截至2月4日24时,全省累计报告确诊病例54例,长春市治愈出院1例,现在院隔离治疗确诊病例53例。其中长春市27例,四平市8例,吉林市5例,公主岭市4例,延边州3例,辽源市3例,松原市2例,通化市1例。在院治疗确诊病例中,48例为普通病例,3例为重症病例,2例为危重症病例。上述确诊病例的密切接触者1627人,正在隔离或居家医学观察1176人,已解除医学观察451人。\n"
            "2月4日0-24时,全省原有24例疑似病例转为确诊病例9例,排除疑似病例2例;新增疑似病例48例,其中3例转为确诊病例;现有疑似病例58例,已全部隔离治疗,目前正在进一步明确诊断。(吉林卫健委)"
        ),
        published="2020-02-05",
        city="长春市",
        expect=[
            ("confirmed_new", "长春市", "2020-02-04", 10, "", ""),
            ("recovered_total", "长春市", "2020-02-04", 1, "", ""),
            ("hospitalized", "长春市", "2020-02-04", 27, "", ""),
        ],
        note="吉林's bulletin of 2月4日 on an economic site (page of 2月5日), read for 长春市. 长春市治愈出院1例 stands in the 截至…24时 sentence "
        "beside the province's 累计: 长春's cumulative discharges (recovered_total 1). The list after 现在院隔离治疗确诊病例53例。其中 is of "
        "current in-hospital cases (it sums to 53, not 54): 长春市27例 → hospitalized 27. 公主岭市 is listed as a separate unit (then "
        "administered directly by the province): its figures are not 长春's. Province-wide 普通/重症/危重, contacts and suspected figures "
        "are not expected",
        source="http://ccepi.cn/ccep/2020/0205/47442.html",
    ),
    dict(
        id="b6f14",
        text=(
            "中新网2月24日电 据宁夏卫健委网站消息,2020年2月23日0-24时,宁夏回族自治区无新增新型冠状病毒肺炎确诊病例,新增出院病例9例(兴庆区1例、青铜峡市1例、同心县6例、隆德县1例)。\n\n"
            "截至2月23日24时,全区现有确诊病例14例,累计出院病例57例。全区累计报告确诊病例71例,其中银川市33例(兴庆区13例、金凤区8例、西夏区6例、永宁县5例、灵武市1例),石嘴山市1例(大武口区),吴忠市28例(利通区4例、青铜峡市4例、同心县16例、红寺堡区4例),固原市5例(原州区2例、隆德县3例),中卫市3例(沙坡头区2例、中宁县1例),宁东1例(宁东镇)。现有疑似病例7例。\n\n"
            "目前,累计解除隔离医学观察3641人,尚集中隔离医学观察682人。"
        ),
        published="2020-02-24",
        city="吴忠市",
        expect=[
            ("recovered_new", "青铜峡市", "2020-02-23", 1, "", ""),
            ("recovered_new", "同心县", "2020-02-23", 6, "", ""),
            ("confirmed_total", "吴忠市", "2020-02-23", 28, "", ""),
            ("confirmed_total", "利通区", "2020-02-23", 4, "", ""),
            ("confirmed_total", "青铜峡市", "2020-02-23", 4, "", ""),
            ("confirmed_total", "同心县", "2020-02-23", 16, "", ""),
            ("confirmed_total", "红寺堡区", "2020-02-23", 4, "", ""),
        ],
        note="宁夏's bulletin of 2月23日 relayed by 中新网 (page of 2月24日), read for 吴忠市. The new-discharge bracket lists counties without "
        "their cities: 青铜峡市 and 同心县 are 吴忠's (兴庆区 is 银川's, 隆德县 固原's), so they get recovered_new; 吴忠's own sum (7) is not "
        "stated: no tuple. The region's none-statement (无新增确诊) gives its cities nothing. 吴忠市28例 and its bracket → confirmed_total. "
        "全区 figures (现有14, 出院57, 疑似7, observation) are the region's, not expected",
        source="https://haore.net/4621.html",
    ),
    dict(
        id="b6f15",
        text=(
            "2020年02月25日 08:19 来源:天山网\n"
            "天山网讯 新疆维吾尔自治区卫生健康委最新通报,2月24日0时至24时,新疆维吾尔自治区(含新疆生产建设兵团)无新增新冠肺炎确诊病例。新增出院病例2例,其中兵团第九师1例、兵团第十二师1例。\n"
            "截至2月24日24时,新疆维吾尔自治区(含新疆生产建设兵团)累计报告新冠肺炎确诊病例76例,其中,新疆维吾尔自治区52例,新疆生产建设兵团24例。确诊病例中,乌鲁木齐市23例、伊犁州18例、吐鲁番市3例、阿克苏地区1例、昌吉州4例、巴州3例;兵团第七师1例、兵团第八师4例、兵团第九师4例、兵团第六师2例、兵团第十二师3例、兵团第四师10例。累计治愈出院病例30例,死亡病例2例。出院病例中,乌鲁木齐市13例、吐鲁番市1例、伊犁州6例、阿克苏地区1例、昌吉州3例、巴州2例、兵团第七师1例、兵团第八师1例、兵团第九师1例、兵团第十二师1例。\n"
            "现有住院隔离治疗44人,其中重症病例8例、危重症病例2例。目前尚有4176人正在接受医学观察。"
        ),
        published="2020-02-25 08:19",
        city="乌鲁木齐市",
        expect=[
            ("confirmed_total", "乌鲁木齐市", "2020-02-24", 23, "", ""),
            ("recovered_total", "乌鲁木齐市", "2020-02-24", 13, "", ""),
        ],
        note="新疆's bulletin of 2月24日 on 天山网 with its 08:19 timestamp (all figures dated 截至2月24日24时, so the morning rule is not "
        "needed), read for 乌鲁木齐市: its cumulative and its discharges. The 兵团 divisions are not 乌鲁木齐's districts (第十二师 is "
        "stationed near the city but reported as a unit of its own); 伊犁州, 昌吉州 etc. are other prefectures. The region's none-statement "
        "(无新增确诊) gives its cities nothing; 现有住院44/重症/危重症 are region-wide",
        source="http://news.ts.cn/system/2020/02/25/036113195.shtml",
    ),
    dict(
        id="b6f16",
        text=(
            "截至2月10日24时 我省累计报告新型冠状病毒肺炎确诊病例122例\n"
            "发布时间:2020-02-11 15:51:40\n"
            "原标题:截至2月10日24时 我省累计报告新型冠状病毒肺炎确诊病例122例\n"
            "据山西省卫生健康委员会网站消息,2020年2月10日0时至24时,山西省报告新增新型冠状病毒肺炎确诊病例3例,其中:太原市1例(万柏林区1例)、晋中市1例(平遥县1例)、运城市1例(平陆县1例)。新增疑似病例27例,现有疑似病例58例。\n"
            "截至2月10日24时,山西省11个市累计报告新型冠状病毒肺炎确诊病例122例。其中:晋中市33例(平遥县33例),运城市19例(新绛县5例、盐湖区3例、平陆县4例、河津市2例、芮城县1例、万荣县1例、夏县1例、绛县1例、稷山县1例),太原市18例(万柏林区7例、迎泽区6例、杏花岭区3例、小店区1例、清徐县1例),大同市11例(平城区9例、云冈区2例),晋城市8例(城区3例、沁水县2例、阳城县1例、陵川县1例、泽州县1例),长治市7例(潞州区6例、长子县1例),忻州市7例(五台县6例、忻府区1例),朔州市7例(应县3例、朔城区3例、怀仁市1例),吕梁市6例(孝义市3例、离石区2例、文水县1例),阳泉市4例(城区2例、盂县2例),临汾市2例(乡宁县1例、吉县1例)。\n"
            "新增治愈出院1例(朔州市1例),累计治愈出院26例(晋中市8例、运城市4例、大同市3例、吕梁市3例、太原市3例、晋城市2例、朔州市2例、临汾市1例)。现有在院隔离治疗96例,其中重症12例,危重症5例。\n"
            "目前累计追踪到密切接触者3332人,当日解除医学观察152人,共有985人正在接受医学观察。\n"
            "信息发布联系客服"
        ),
        published="2020-02-11 15:51",
        city="太原市",
        expect=[
            ("confirmed_new", "太原市", "2020-02-10", 1, "", ""),
            ("confirmed_new", "万柏林区", "2020-02-10", 1, "", ""),
            ("confirmed_total", "太原市", "2020-02-10", 18, "", ""),
            ("confirmed_total", "万柏林区", "2020-02-10", 7, "", ""),
            ("confirmed_total", "迎泽区", "2020-02-10", 6, "", ""),
            ("confirmed_total", "杏花岭区", "2020-02-10", 3, "", ""),
            ("confirmed_total", "小店区", "2020-02-10", 1, "", ""),
            ("confirmed_total", "清徐县", "2020-02-10", 1, "", ""),
            ("recovered_total", "太原市", "2020-02-10", 3, "", ""),
        ],
        note="山西's bulletin of 2月10日 on a finance portal (headline, 发布时间 line with seconds, 原标题 and a '信息发布联系客服' chrome line kept), "
        "read for 太原市. 我省 in the headline is the province (the relayed issuer), not the home city. The new case and the cumulative "
        "list with districts are 太原's; in the discharge bracket 太原市3例 → recovered_total 3; the new discharge is 朔州's. Province-wide "
        "suspected, in-hospital, severe and contacts figures are not expected; 城区 belongs to 晋城/阳泉, not 太原",
        source="http://pinpaiworld.cn/jinrong/2020-02-11/26051.html",
    ),
    dict(
        id="b6f17",
        text=(
            "2020年2月14日10時(shí)至22時(shí),遼寧省新增2例新型冠狀病毒肺炎確診病例,其中大連市1例、鞍山市1例,均為普通型病例。新增5例治愈出院病例,均為錦州市確診病例。目前,遼寧省累計(jì)報(bào)告新型冠狀病毒肺炎確診病例119例,治愈出院29例,死亡1例。\n"
            "119例確診病例中,沈陽(yáng)市28例、大連市18例、鞍山市4例、本溪市3例、丹東市7例、錦州市12例、營(yíng)口市1例、阜新市8例、遼陽(yáng)市3例、鐵嶺市7例、朝陽(yáng)市6例、盤(pán)錦市11例、葫蘆島市11例。\n"
            "目前共有89名新型冠狀病毒肺炎患者在定點(diǎn)醫(yī)療機(jī)構(gòu)隔離治療,其中重型病例8例,危重型病例2例。\n"
            "目前累計(jì)追蹤到密切接觸者2306人,已解除醫(yī)學(xué)觀察1794人,現(xiàn)有512人正在接受醫(yī)學(xué)觀察。(總臺(tái)央視記者 李承澤)"
        ),
        published="2020-02-14",
        city="锦州市",
        expect=[
            ("recovered_new", "锦州市", "2020-02-14", 5, "", ""),
            ("confirmed_total", "锦州市", "2020-02-14", 12, "", ""),
        ],
        note="辽宁's half-day bulletin (2月14日10時至22時, 央视) on a garbled traditional mirror (時(shí), 累計(jì), 遼寧 kept), published from the "
        "URL's 2020/02/14; read for 锦州市. A 10–22时 window is dated that day, as blind5 dated a 0–12时 window. 新增5例治愈出院病例,均為錦州市確診病例 "
        "→ 锦州市 recovered_new 5; 錦州市12例 in the cumulative list (目前 → the window's date) → confirmed_total 12. 朝陽市 is 辽宁's city "
        "(not Beijing's district). Province-wide figures are not expected",
        source="http://itqalam.com/system/2020/02/14/100196351.shtml",
    ),
    dict(
        id="b6f18",
        text=(
            "【新冠肺炎】武漢累計治愈出院病例首超現有確診病例\n\n"
            "撰文:王兆陽\n"
            "出版:更新:\n\n"
            "新冠肺炎(俗稱武漢肺炎)疫情儲蓄,據湖北省衛健委消息,3月3日0至24時,湖北全省新增新冠肺炎確診病例115例,其中:武漢市114例、鄂州市1例,其他15個市州均為0例。無境外輸入性病例。全省新增病亡37例,其中:武漢市31例、黃岡市2例、咸寧市2例、黃石市1例、鄂州市1例,其他12個市州均為0例。\n"
            "值得一提的是,目前,武漢市累計確診病例49540例,其中,治愈出院病例現在也已經達到了24890例,仍有22368例確診病例在接受治療,已經治愈出院數量首次超過仍在接受治療病例數量。\n\n"
            "湖北全省新增出院2389例,其中:武漢市1859例、孝感市153例、荊州市71例、黃岡市63例、隨州市44例、鄂州市40例、黃石市31例、襄陽市27例、宜昌市25例、十堰市14例、荊門市14例、潛江市14例、咸寧市10例、仙桃市10例、恩施州7例、天門市7例、神農架林區0例。\n\n"
            "3月1日,武漢客廳方艙醫院132人出院。(中新社)\n\n"
            "截至2020年3月3日24時,湖北省累計報告新冠肺炎確診病例67332例,其中:武漢市49540例、孝感市3518例、黃岡市2907例、荊州市1580例、鄂州市1392例、隨州市1307例、襄陽市1175例、黃石市1014例、宜昌市931例、荊門市928例、咸寧市836例、十堰市672例、仙桃市575例、天門市496例、恩施州252例、潛江市198例、神農架林區11例。\n\n"
            "全省累計治癒出院38556例,其中:武漢市24890例、孝感市2713例、黃岡市2406例、荊州市1215例、襄陽市940例、隨州市937例、鄂州市880例、黃石市783例、咸寧市759例、荊門市664例、宜昌市608例、十堰市505例、仙桃市477例、天門市421例、恩施州205例、潛江市142例、神農架林區11例。"
        ),
        published="2020-03-04",
        city="鄂州市",
        expect=[
            ("confirmed_new", "鄂州市", "2020-03-03", 1, "", ""),
            ("deaths_new", "鄂州市", "2020-03-03", 1, "", ""),
            ("recovered_new", "鄂州市", "2020-03-03", 40, "", ""),
            ("confirmed_total", "鄂州市", "2020-03-03", 1392, "", ""),
            ("recovered_total", "鄂州市", "2020-03-03", 880, "", ""),
        ],
        note="香港01 story (traditional) on 湖北's bulletin of 3月3日, read for 鄂州市 although its headline and its lead paragraph are about "
        "武漢; '疫情儲蓄' (for 持續) kept. Its 出版/更新 line is empty: published is taken as the day after the bulletin's date (湖北 issues it "
        "the next morning; no time shown); every figure is dated 3月3日 / 截至3月3日24時. 鄂州's figures: 鄂州市1例 in the new-case list, "
        "鄂州市1例 in the 新增病亡 deaths list (deaths_new), 鄂州市40例 among 新增出院, and its cumulative confirmed and 累計治癒出院 entries. "
        "武漢's figures (incl. 仍有22368例…在接受治療) and 武漢客廳方艙醫院's 132 (one hospital, 3月1日) are not 鄂州's; 其他15個市州均為0例 and "
        "無境外輸入性病例 name no city.",
        source="https://www.hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/443123/%E6%96%B0%E5%86%A0%E8%82%BA%E7%82%8E-%E6%AD%A6%E6%BC%A2%E7%B4%AF%E8%A8%88%E6%B2%BB%E6%84%88%E5%87%BA%E9%99%A2%E7%97%85%E4%BE%8B%E9%A6%96%E8%B6%85%E7%8F%BE%E6%9C%89%E7%A2%BA%E8%A8%BA%E7%97%85%E4%BE%8B",
    ),
    dict(
        id="b6f19",
        text=(
            "北京市又有2例新型冠狀病毒感染的肺炎患者,經過醫護人員精心治療后,符合出院標準,于2月6日從佑安醫院、解放軍總醫院第五醫學中心出院。2名患者均為男性,年齡分別為34歲、35歲。\n"
            "2月6日0時至24時,本市新增23例新型冠狀病毒感染的肺炎病例,10例有湖北及其他省份接觸史,14例為確診病例的密切接觸者,其中3例既有湖北及其他省份接觸史又是確診病例的密切接觸者。2例無湖北接觸史。均已送至定點醫療機構進行救治。\n"
            "截至2月6日24時,本市累計疑似病例157例,確診病例297例。其中東城區7例、西城區36例、朝陽區51例、海淀區47例、豐臺區22例、石景山區13例、門頭溝區3例、房山區13例、通州區14例、順義區8例、昌平區17例、大興區34例、懷柔區7例、延慶區1例,外地來京人員24例。平谷區、密云區尚未有病例。\n"
            "297例確診病例中,男性病例147例,占49.5%,女性病例150例,占50.5%;年齡范圍為9個月~94歲,其中5歲以下11例,占3.7%,6歲至17歲9例,占3%,18歲至59歲203例,占68.4%,60歲及以上74例,占24.9%。\n"
            "目前,本市死亡1例,出院33例,263例在定點醫院進行隔離治療,其中危重型15例。"
        ),
        published="2020-02-07",
        city="北京市",
        expect=[
            ("recovered_new", "北京市", "2020-02-06", 2, "", ""),
            ("confirmed_new", "北京市", "2020-02-06", 23, "", ""),
            ("confirmed_total", "北京市", "2020-02-06", 297, "", ""),
            ("confirmed_total", "东城区", "2020-02-06", 7, "", ""),
            ("confirmed_total", "西城区", "2020-02-06", 36, "", ""),
            ("confirmed_total", "朝阳区", "2020-02-06", 51, "", ""),
            ("confirmed_total", "海淀区", "2020-02-06", 47, "", ""),
            ("confirmed_total", "丰台区", "2020-02-06", 22, "", ""),
            ("confirmed_total", "石景山区", "2020-02-06", 13, "", ""),
            ("confirmed_total", "门头沟区", "2020-02-06", 3, "", ""),
            ("confirmed_total", "房山区", "2020-02-06", 13, "", ""),
            ("confirmed_total", "通州区", "2020-02-06", 14, "", ""),
            ("confirmed_total", "顺义区", "2020-02-06", 8, "", ""),
            ("confirmed_total", "昌平区", "2020-02-06", 17, "", ""),
            ("confirmed_total", "大兴区", "2020-02-06", 34, "", ""),
            ("confirmed_total", "怀柔区", "2020-02-06", 7, "", ""),
            ("confirmed_total", "延庆区", "2020-02-06", 1, "", ""),
            ("confirmed_total", "平谷区", "2020-02-06", 0, "", ""),
            ("confirmed_total", "密云区", "2020-02-06", 0, "", ""),
            ("deaths_total", "北京市", "2020-02-06", 1, "", ""),
            ("recovered_total", "北京市", "2020-02-06", 33, "", ""),
            ("hospitalized", "北京市", "2020-02-06", 263, "", ""),
            ("critical", "北京市", "2020-02-06", 15, "", ""),
        ],
        note="北京's daily report for 2月6日 with a discharge item at its head (traditional, on a mirror; published from the URL's "
        "2020/02/07). 北京市又有2例…于2月6日從佑安醫院、解放軍總醫院第五醫學中心出院: the subject is the city and the two patients left two "
        "hospitals, so recovered_new 2 for 北京市 (not a hospital's count). 本市 = 北京市 (named in the first sentence; also the home city). "
        "Contact-history phrases (有湖北及其他省份接觸史, 無湖北接觸史) describe patients: no tuple. 本市累計疑似病例157例 is a cumulative of "
        "suspected cases, for which there is no metric (suspected is current): no tuple, doubtful. 外地來京人員24例 is no district. "
        "平谷區、密云區尚未有病例 → confirmed_total 0 each. Sex/age shares have no metric. 目前 takes 截至2月6日24時 from the bulletin; "
        "危重型 → critical",
        source="http://itqalam.com/system/2020/02/07/100186543.shtml",
    ),
    dict(
        id="b6f20",
        text=(
            "河南县域经济网鹤壁讯2月11日晚8时,鹤壁市召开新型冠状病毒肺炎疫情防控工作情况第四次新闻发布会,发布疫情防控最新进展和治愈出院人员情况。\n"
            "发布会上,鹤壁市卫健委有关负责人介绍,截至2月10日24时,鹤壁市累计报告新型冠状病毒肺炎确诊病例18例,现有重症病例1例,累计治愈病例3例。确诊病例中,浚县3例、淇县1例、淇滨区6例、山城区2例、鹤山区6例。目前,11名患者在市第三人民医院隔离治疗,3名患者在浚县人民医院隔离治疗,1名患者在淇县人民医院隔离治疗。\n"
            "2月10日上午,鹤壁市首批3名新型冠状病毒肺炎治愈患者从市第三人民医院出院。这3名患者均为鹤壁籍,都有过武汉接触史。"
        ),
        published="2020-02-11",
        city="鹤壁市",
        expect=[
            ("confirmed_total", "鹤壁市", "2020-02-10", 18, "", ""),
            ("severe", "鹤壁市", "2020-02-10", 1, "", ""),
            ("recovered_total", "鹤壁市", "2020-02-10", 3, "", ""),
            ("confirmed_total", "浚县", "2020-02-10", 3, "", ""),
            ("confirmed_total", "淇县", "2020-02-10", 1, "", ""),
            ("confirmed_total", "淇滨区", "2020-02-10", 6, "", ""),
            ("confirmed_total", "山城区", "2020-02-10", 2, "", ""),
            ("confirmed_total", "鹤山区", "2020-02-10", 6, "", ""),
            ("recovered_new", "鹤壁市", "2020-02-10", 3, "", ""),
        ],
        note="a county-economy news site's report of 鹤壁's press conference of 2月11日晚 (page date not shown beyond that: published "
        "2020-02-11). Figures are dated 截至2月10日24时 (目前 in the same paragraph). The per-hospital counts (11 in 市第三人民医院, 3 in 浚县人民医院, "
        "1 in 淇县人民医院) are institutions' counts: no hospitalized tuple, and nothing for 浚县/淇县 from them. 鹤壁市首批3名…治愈患者…出院 on "
        "2月10日 → recovered_new 3 for the city (its first batch, all of the city's discharged, so also consistent with 累计治愈病例3例); "
        "doubtful as it names one hospital. 均为鹤壁籍 / 武汉接触史 describe the patients",
        source="https://chengshi.henance.com/show-49647.html",
    ),
    dict(
        id="b6f21",
        text=(
            "2月20日0—24时,吉林省无新增确诊病例。新增治愈出院4例(长春市2例,吉林市1例,四平市1例)。\n"
            "截至2月20日24时,吉林省累计报告确诊病例91例,累计治愈出院44例(长春市21例,四平市8例,吉林市4例,延边州4例,松原市2例,公主岭市2例,通化市1例,辽源市1例,梅河口市1例),死亡1例(四平市),现在院隔离治疗确诊病例46例。其中长春市24例,四平市6例,辽源市6例,公主岭市4例,通化市3例,吉林市1例,延边州1例,白城市1例。\n"
            "在院治疗确诊病例中,40例为普通型病例,2例为重型病例(长春市2例),4例为危重型病例(长春市1例,白城市1例,公主岭市1例,通化市1例重型转为危重型)。上述确诊病例的密切接触者3924人,已解除医学观察3599人,正在指定地点隔离或居家隔离医学观察325人。累计在密切接触者中主动开展核酸检测筛查出确诊患者13例。\n"
            "2月20日0—24时,吉林省原有31例疑似病例中,排除17例;新增疑似病例4例;现有疑似病例18例,已全部隔离治疗,目前正在进一步明确诊断。(消息来源:央视新闻客户端)"
        ),
        published="2020-02-21",
        city="通化市",
        expect=[
            ("recovered_total", "通化市", "2020-02-20", 1, "", ""),
            ("hospitalized", "通化市", "2020-02-20", 3, "", ""),
            ("critical", "通化市", "2020-02-20", 1, "", ""),
        ],
        note="吉林's bulletin of 2月20日 (央视) on a national emergency-broadcast site (page of 2月21日), read for 通化市. 累计治愈出院 bracket → "
        "recovered_total 1; the list after 现在院隔离治疗确诊病例46例。其中 is current (hospitalized 3); 危重型 bracket 通化市1例重型转为危重型 → "
        "critical 1. 通化 has no new case or discharge (the province's none-statement gives its cities nothing; absence from the 新增 list "
        "is no statement). 梅河口市 and 公主岭市 are listed on their own (then administered directly by the province), not as 通化's or 长春's",
        source="http://cneb.gov.cn/2020/02/21/ARTI1582244907836238.shtml",
    ),
    dict(
        id="b6f22",
        text=(
            "原标题:新疆新增新冠肺炎确诊病例5例 累计确诊70例\n"
            "2020年2月14日0—24时,新疆(含兵团)报告新型冠状病毒肺炎新增确诊病例5例,新增死亡病例0例,新增治愈出院病例0例。其中:\n"
            "新增确诊病例中,伊犁州2例、吐鲁番市1例、兵团第六师五家渠市1例、兵团第八师石河子市1例。\n"
            "截至2月14日24时,新疆(含兵团)累计报告新型冠状病毒肺炎确诊病例70例(新疆维吾尔自治区49例、新疆生产建设兵团21例),累计死亡病例1例,累计治愈出院病例6例。\n"
            "截至2月14日24时,新疆(含兵团)现有确诊病例63例(新疆维吾尔自治区44例、新疆生产建设兵团19例),其中:\n"
            "乌鲁木齐市21例、伊犁州15例、昌吉州4例、吐鲁番市1例、巴州3例、兵团第四师10例、兵团第六师五家渠市2例、兵团第八师石河子市2例、兵团第九师4例、兵团第十二师1例;现有重症病例11例、危重症病例4例。\n"
            "目前尚有4739人正在接受医学观察。\n"
            "责任编辑:赵鹏"
        ),
        published="2020-02-15",
        city="吐鲁番市",
        expect=[
            ("confirmed_new", "吐鲁番市", "2020-02-14", 1, "", ""),
            ("hospitalized", "吐鲁番市", "2020-02-14", 1, "", ""),
        ],
        note="新疆's bulletin of 2月14日 on a news portal (原标题 and 责任编辑 lines kept; page of 2月15日), read for 吐鲁番市. 吐鲁番市1例 in the "
        "新增 list → confirmed_new 1; in the 现有确诊病例…其中 list → hospitalized 1 (current, not cumulative: the bulletin gives no per-city "
        "cumulative). 五家渠市 and 石河子市 are 兵团 cities, not 吐鲁番's. The region's zeros (新增死亡/治愈出院0例) and totals are not expected",
        source="https://xwzx.qqzyw.com/show-296674.html",
    ),
    dict(
        id="b6f23",
        text=(
            "辽宁最新疫情通报 沈阳感染新冠肺炎多少人 阜新疫情情况\n\n"
            "央视新闻客户端   2020-02-14 10:16\n\n"
            "  2月13日22时—14日10时,辽宁省新增2例治愈出院病例,为沈阳市确诊病例。\n\n"
            "  截至2020年2月14日10时,辽宁省累计报告新型冠状病毒肺炎确诊病例117例,治愈出院24例,死亡1例。117例确诊病例中,沈阳市28例、大连市17例、鞍山市3例、本溪市3例、丹东市7例、锦州市12例、营口市1例、阜新市8例、辽阳市3例、铁岭市7例、朝阳市6例、盘锦市11例、葫芦岛市11例。\n\n"
            "  目前92名在治患者均在定点医疗机构隔离治疗,其中重型病例9例,危重型病例2例。\n\n"
            "  目前累计追踪到密切接触者2306人,已解除医学观察1794人,现有512人正在接受医学观察。\n\n"
            "  (总台央视记者  李承泽)"
        ),
        published="2020-02-14 10:16",
        city="沈阳市",
        expect=[
            ("recovered_new", "沈阳市", "2020-02-14", 2, "", ""),
            ("confirmed_total", "沈阳市", "2020-02-14", 28, "", ""),
        ],
        note="辽宁's half-day bulletin (2月13日22时—14日10时, 央视) on a news portal with its 10:16 timestamp, read for 沈阳市. The window ends on "
        "2月14日 and the cumulative is 截至2020年2月14日10时: both dated 2月14日 (a dated cut-off, so the morning rule does not apply). 新增2例治愈出院病例,"
        "为沈阳市确诊病例 → recovered_new 2. The headline's 阜新 and 沈阳 give no figure. A sentence splitting the 92 in treatment into imported "
        "and local infections was left out. Province-wide figures are not expected",
        source="http://m.mnw.cn/news/shehui/2250213.html",
    ),
    dict(
        id="b6f24",
        text=(
            "來源:人民日報客戶端寧夏頻道\n"
            "2020-02-19 09:25:02\n"
            "2月19日,寧夏應對新型冠狀病毒肺炎疫情工作指揮部發布最新全區新型冠狀病毒肺炎疫情通報。\n"
            "2020年2月18日0-24時,全區新增新型冠狀病毒肺炎確診病例1例(同心縣1例),新增出院病例7例(興慶區2例、金鳳區1例、利通區1例、青銅峽市1例、同心縣1例、隆德縣1例)。\n"
            "截至2月18日24時,全區現有確診病例29例,累計出院病例42例;現有疑似病例25例(較17日減少2例)。\n"
            "全區累計報告確診病例71例,其中銀川市33例(興慶區13例、金鳳區8例、西夏區6例、永寧縣5例、靈武市1例),石嘴山市1例(大武口區),吳忠市28例(利通區4例、青銅峽市4例、同心縣16例、紅寺堡區4例),固原市5例(原州區2例、隆德縣3例),中衛市3例(沙坡頭區2例、中寧縣1例),寧東1例(寧東鎮)。\n"
            "目前,累計解除隔離醫學觀察2763人,尚集中隔離醫學觀察1183人。"
        ),
        published="2020-02-19 09:25",
        city="银川市",
        expect=[
            ("recovered_new", "兴庆区", "2020-02-18", 2, "", ""),
            ("recovered_new", "金凤区", "2020-02-18", 1, "", ""),
            ("confirmed_total", "银川市", "2020-02-18", 33, "", ""),
            ("confirmed_total", "兴庆区", "2020-02-18", 13, "", ""),
            ("confirmed_total", "金凤区", "2020-02-18", 8, "", ""),
            ("confirmed_total", "西夏区", "2020-02-18", 6, "", ""),
            ("confirmed_total", "永宁县", "2020-02-18", 5, "", ""),
            ("confirmed_total", "灵武市", "2020-02-18", 1, "", ""),
        ],
        note="宁夏's bulletin of 2月18日 (人民日报客户端, traditional, on a mirror of a 齐鲁网 page whose odd domain is the stored copy's) with its "
        "2020-02-19 09:25:02 line; read for 银川市. Every figure is dated (0-24時 / 截至2月18日24時; 目前 takes the bulletin's date). The "
        "new-discharge bracket names districts without cities: 興慶區 and 金鳳區 are 银川's (recovered_new 2 and 1); 银川's sum (3) is not "
        "stated, no tuple. The new case is 同心县's (吴忠). 寧東(寧東鎮) is listed on its own, not under 銀川市: not expected. 較17日減少2例 is a "
        "comparison; the region's figures are not expected",
        source="http://nakedbustytits.com/china/gedi/2020/0219/4457048.shtml",
    ),
]
