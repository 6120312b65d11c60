"""Golden extraction cases for FEED texts, fourth BLIND set, Jan–Apr 2020.

What is here: 21 feed texts, i.e. round-ups and wire items that summarise the bulletins of several
places. They include provincial bulletins with per-city lists (new, discharged, cumulative, current
critical, a county listed beside its prefecture, eight cities whose cases have all left hospital),
city bulletins with district, county and zone lists, the national health commission's daily
report (current versus cumulative, 湖北/武汉 in brackets, a 湖北 total
smaller than 武汉's own new count because of corrections, imported-only and local-only
subtotals), a provincial bulletin that never names its province (我省 only), a municipal discharge
notice with numbered patients (病例1, 病例2 …), one hospital's discharge story (第100名出院患者) and
world round-ups (马来西亚, 韩国, 日本, 新加坡, 印尼, 菲律宾, 泰国, 美国, 纽约州, 纽约市, 华盛顿州,
加利福尼亚州, 意大利, 西班牙, 东京, 香港, 澳门, 台湾, 钻石公主号). Every case is a short verbatim
excerpt of a public page found with the search tool (`pages` corpus), and its `source` is that
page's URL. Traditional characters, pinyin residue ("時(shí)"), garbled characters
("31個?。ㄗ灾螀^(qū)"), doubled commas (",,"), spaced punctuation (" , "), digits with thousands
separators ("1,779例", "41,771例") and page chrome (view counts, "評論一下", "收藏/分享", a repeated
headline) are kept as found. Paragraphs a case does not need were left out, and a paragraph is
cut only after a full sentence.

How it was annotated: BLIND, i.e. as a careful reader of the text alone, before any run of the
engine. The binding conventions are tests/cases/ANNOTATION.md and shared/gold/FORMAT.md. No
extractor code, engine output or other case table was read, apart from what the brief allowed
for format and precedent: the docstring and first two CASES entries of blind3_feeds.py, and the
docstring of blind3_narrative.py.

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Sources:
* National reports: 2月14日 (新华网 text on a garbled traditional mirror), 2月19日 (a Hong Kong
  portal, traditional, digits with commas) and 4月2日 (a Hong Kong portal, traditional).
* Provincial bulletins: 广东 2月2日 (relayed by the 厚街发布 account under a 东莞 headline), 浙江
  2月25日 (中新网), 河北 3月8日 (a 邯郸 news mirror, traditional, garbled), 江苏 3月8日 (央视 via a
  broadcasting site), 安徽 1月28日 (安徽日报 via a 宿松 news page), and a province the text never
  names (3月3日, "我省" only; ttnews repost, traditional).
* City bulletins: 温州 2月27日 (洞头发布 via 新浪浙江), 莆田 2月11日 (an evening paper; 我市 with
  no city named) and 德州 3月14日 0–12时 (the city health commission via 大众网).
* Discharge items: 上海's notice of 4月4日 (市卫生健康委, numbered imported patients) and 鄂州's
  雷山医院 story of 3月5日.
* World items: 2月5日 (KTSF, San Francisco, traditional), 2月28日 (a Malaysian blog), 3月19日 (a
  Hong Kong portal, traditional), 3月22日 (新华社 on the 美国 states, via a 潜江 site), 3月31日
  (环球网 on 纽约市), 4月10日 (海外网 via 澎湃) and 4月25日 (联合早报 on 东京).
Exclusions: no page comes from Hunan or mentions 株洲 or a Hunan place. This was checked on every
excerpt and on all of the page text the search tool returned; no national list used here names
湖南. No page comes from the DXY feed.

Overlap check:
* Before annotating, two or more distinctive phrases (10+ characters) of every candidate were
  grepped with `grep -rlF` across tests/cases and /work/shared (file names only); every page that
  hit another table was dropped. This removed about 30 candidates, e.g. 四川 2月19日, 广元 2月14日,
  上海 2月7日, 香港 2月6日, 连云港 2月14日, 定西 2月15日, 北京 2月16日, 青岛 1月27日, 淮南 2月3日,
  蚌埠 2月18日, 江苏 2月28日, 河北 2月8日/2月26日, 临沂 2月19日, 德阳 3月7日, 丽水 3月2日, 黄石
  2月4日, 广州 1月30日 and the national report of 4月20日. Two more were dropped after writing: the
  辽宁 evening bulletin of 2月14日, whose simplified-character version another table uses, and
  北京 2月13日. For 北京, a grep for its headline printed one matching line of dev_feeds.py, which
  showed the same page; nothing else of that table was read. A 钟祥 daily report of 2月3日 (read
  for 荆门) was dropped too: duplicates showed that dev_county.py, a table created meanwhile, uses
  it.
* After writing, `duplicates --repo tests/cases --min-lines 3` listed three written cases as
  sharing lines with other tables: the 钻石公主号 item of 2月7日 (the same tuples as a dev_feeds.py
  and a holdout_feeds.py case), the national report of 3月3日 via 中央社 (the same 湖北/武汉 tuples
  as a blind3_feeds.py case) and a 宁波 reading of the 浙江 bulletin of 2月20日 (the same
  published/city lines as an eval_realworld.py case). All three were removed.
* What the tool still lists for this file: one shape-only boilerplate run
  (published/city=None/expect=[]) with dev_feeds.py, eval_feeds.py and dev_county.py. These lines share neither
  text nor values with those files.

City split: eleven cases have city=None and ten have a home city.
* city=None: every place with a figure is expected. That means the country as 全国, provinces in
  full (湖北省), municipalities (上海市), 香港/澳门/台湾, foreign countries by their short name,
  foreign states and cities as written (纽约州, 纽约市), 东京 as 东京都, and the ship as 钻石公主号.
  No case has more than seven places. One case (我省, province unnamed) expects nothing.
* Home city: a prefecture-level city in full. These expect only that city and its
  districts, counties, county-level cities and zones. One case (鄂州, one hospital) expects nothing.

Ways of writing covered (counts of cases):
  (1) provincial per-city lists read for one city: 5 (东莞, 杭州, 唐山, 南京, 安庆 with 宿松
      listed beside it) plus the unnamed province read with city=None;
  (2) city bulletins with district, county and zone lists: 3 (温州 with two 产业集聚区 and
      龙港市, 莆田 with 湄洲湾北岸, 德州 with 含出院/死亡 brackets);
  (3) national daily reports: 3 (2月14日 city=None with 湖北/武汉 brackets and a deaths list with 各;
      4月2日 city=None with imported-only and local-only subtotals; 2月19日 read for 武汉);
  (4) world round-ups and foreign items: 7 (KTSF 2月5日 with 香港/澳门/台湾/ship, the blog 2月28日,
      东南亚 3月19日, 美国 states 3月22日, 纽约市 3月31日, 美国/纽约州/意大利/西班牙 4月10日, 东京
      4月25日);
  (5) discharge items: 2 (上海's city-wide notice with patients numbered 病例1–3, giving the city's
      recovered_new; 鄂州 雷山医院, one institution with no tuple, where 第100名 is an ordinal);
  (6) 本市/我市/全市/我省 speakers: 4 (温州's 全市 in its own bulletin;
      莆田's 我市 with no city named, read as the home city; 上海's 市卫生健康委, named by the
      headline; 我省 with no province named and city=None, giving nothing);
  (7) current versus cumulative (现有/在院/住院/尚在医学观察 against 累计): 10. Implied figures said
      once: 1 (8市的确诊病例全部出院 → hospitalized 0). A speaker's none-statement as its own zero:
      2 (德州, 温州);
  (8) a 12-hour window dated as that day: 1 (德州 0–12时);
  (9) imported and origin: 4 (上海's discharges are all imported but are the whole day's
      discharges; the national imported-only subtotals; the patients' origins in the blog; 大马籍
      workers in the 3月19日 item).

Reading choices made where the binding conventions are silent (each note says which it uses):

* Dates for foreign and window figures:
  - "截至美国东部时间22日15时(北京时间23日3时)" takes the local date written first (3月22日).
  - A time written only in Beijing time ("截至北京时间4月10日凌晨3点", "截至北京时间4月1日07时49分")
    takes that date.
  - 截至次日0时 is the end of the previous day.
* A world item whose figures have no date takes the page's date (KTSF 2月5日, the blog 2月28日).
  Figures in a paragraph that continues a dated one take that date (印尼/菲律宾/泰国 after 新加坡's
  18日; NBC's 纽约州/西班牙 figures after the 当地时间9日 paragraph).
* New counts derived from a cumulative:
  - "较昨日增加N宗" or "较24小时前新增N例" on a cumulative count is that day's new count (as in
    blind3).
  - "由5人…增加至19人" gives only the total 19; the 5 is a baseline and the difference is not
    computed.
* A headline's rounded or repeated figure restates the body (超45万, 超3万例, 超过4万例, 新增4例确诊,
  累计31例).
* Region names: 东京 written alone is the metropolis, region 东京都; 印度尼西亚 written 印尼 is region
  印尼; 纽约市 is a foreign city as written.
* "(重症病例2例、危重症2例)" inside a 累计 sentence is read as the current severe/critical count.
  "至少1888人住在重症监护室" is read as critical 1888 more_than (uncertain).
* "首次出現死亡個案" without a number gives no tuple. "新增疑似病例N例" has no metric (suspected is the
  current count).
* A local-only split ("本土病例(遼寧1宗,廣東1宗)") is treated like an imported-only subtotal: no
  tuple, because the province's imported cases are not given. A 现有疑似 count inside the
  imported sentence is imported-only.
* None-statements: a province's (江苏省无新增, 河北 無新增, 广东 无死亡病例) gives no zero to its cities; a city's
  own (温州市无新增…) gives that city's zero.
* A province the text never names (我省/全省, 省卫健委, with only 馬爾康市 as a place) is no speaker:
  with city=None its figures are not expected.
"""

CASES = [
    # ------------------------------------------------------------------ city=None
    dict(
        id="bl4-fd-none-0214-national-garbled-hubei-wuhan-deaths-list",
        text=(
            "新聞動態(tài)\n【新華網(wǎng)】截至2月14日24時新型冠狀病毒肺炎疫情最新情況\n"
            "2020-02-15 11:12:252月14日0—24時,,31個?。ㄗ灾螀^(qū),、直轄市)和新疆生產(chǎn)建設(shè)兵團報告新增確診病例2641例,,新增重癥病例849例,新增死亡病例143例(湖北139例,,河南2例,,北京、重慶各1例),,新增疑似病例2277例,。\n"
            "當日新增治愈出院病例1373例,解除醫(yī)學(xué)觀察的密切接觸者30081人,。\n"
            "截至2月14日24時,,據(jù)31個省(自治區(qū),、直轄市)和新疆生產(chǎn)建設(shè)兵團報告,,現(xiàn)有確診病例56873例(其中重癥病例11053例),累計治愈出院病例8096例,,累計死亡病例1523例,,累計報告確診病例66492例,,現(xiàn)有疑似病例8969例,。累計追蹤到密切接觸者513183人,尚在醫(yī)學(xué)觀察的密切接觸者169039人,。\n"
            "湖北新增確診病例2420例(武漢1923例),,新增治愈出院病例912例(武漢486例),,新增死亡病例139例(武漢107例),現(xiàn)有確診病例48175例(武漢34289例),,其中重癥病例10152例(武漢8335例),。累計治愈出院病例4774例(武漢2502例),累計死亡病例1457例(武漢1123例),,累計確診病例54406例(武漢37914例),。新增疑似病例1216例(武漢507例),現(xiàn)有疑似病例5534例(武漢2265例),。"
        ),
        published="2020-02-15 11:12",
        city=None,
        expect=[
            ("confirmed_new", "全国", "2020-02-14", 2641, "", ""),
            ("severe_new", "全国", "2020-02-14", 849, "", ""),
            ("deaths_new", "全国", "2020-02-14", 143, "", ""),
            ("deaths_new", "湖北省", "2020-02-14", 139, "", ""),
            ("deaths_new", "河南省", "2020-02-14", 2, "", ""),
            ("deaths_new", "北京市", "2020-02-14", 1, "", ""),
            ("deaths_new", "重庆市", "2020-02-14", 1, "", ""),
            ("recovered_new", "全国", "2020-02-14", 1373, "", ""),
            ("observation_released_new", "全国", "2020-02-14", 30081, "", ""),
            ("hospitalized", "全国", "2020-02-14", 56873, "", ""),
            ("severe", "全国", "2020-02-14", 11053, "", ""),
            ("recovered_total", "全国", "2020-02-14", 8096, "", ""),
            ("deaths_total", "全国", "2020-02-14", 1523, "", ""),
            ("confirmed_total", "全国", "2020-02-14", 66492, "", ""),
            ("suspected", "全国", "2020-02-14", 8969, "", ""),
            ("close_contacts_total", "全国", "2020-02-14", 513183, "", ""),
            ("observation", "全国", "2020-02-14", 169039, "", ""),
            ("confirmed_new", "湖北省", "2020-02-14", 2420, "", ""),
            ("confirmed_new", "武汉市", "2020-02-14", 1923, "", ""),
            ("recovered_new", "湖北省", "2020-02-14", 912, "", ""),
            ("recovered_new", "武汉市", "2020-02-14", 486, "", ""),
            ("deaths_new", "武汉市", "2020-02-14", 107, "", ""),
            ("hospitalized", "湖北省", "2020-02-14", 48175, "", ""),
            ("hospitalized", "武汉市", "2020-02-14", 34289, "", ""),
            ("severe", "湖北省", "2020-02-14", 10152, "", ""),
            ("severe", "武汉市", "2020-02-14", 8335, "", ""),
            ("recovered_total", "湖北省", "2020-02-14", 4774, "", ""),
            ("recovered_total", "武汉市", "2020-02-14", 2502, "", ""),
            ("deaths_total", "湖北省", "2020-02-14", 1457, "", ""),
            ("deaths_total", "武汉市", "2020-02-14", 1123, "", ""),
            ("confirmed_total", "湖北省", "2020-02-14", 54406, "", ""),
            ("confirmed_total", "武汉市", "2020-02-14", 37914, "", ""),
            ("suspected", "湖北省", "2020-02-14", 5534, "", ""),
            ("suspected", "武汉市", "2020-02-14", 2265, "", ""),
        ],
        note="national report of 2月14日 (新华网 text on a traditional, garbled mirror; the 港澳台 paragraph left out to keep six places). "
        "The deaths bracket gives 湖北 139, 河南 2 and 北京、重慶各1例 (各 distributes 1 to each municipality); 湖北's own 新增死亡病例139例 "
        "restates the bracket (one tuple). 現有確診病例 → hospitalized, 其中重癥 → severe (current); 新增重癥病例849例 → severe_new; "
        "新增疑似病例 (2277, 1216, 507) has no metric; 現有疑似 → suspected. 武漢 in brackets is the city's figure of each metric. The page "
        'date and time are glued to the first sentence ("11:12:252月14日") as found',
        source="https://bjdsd.com/pcpd/info/1021/2218.htm",
    ),
    dict(
        id="bl4-fd-none-0205-ktsf-china-hk-macau-taiwan-ship-each-six",
        text=(
            "date 2020-02 【KTSF 吳倩妤報導】\n\n"
            "中國的新型冠狀病毒疫情持續,最新數字是全中國有24,433宗確診個案,當中492人已經死亡。\n\n"
            "鑑於疫情擴散,除湖北省外,其他省市,包括淅江的杭州、溫州、寧波、河南的鄭州、江蘇的南京、南通、山東臨沂、黑龍江的哈爾濱等地也實行封城。\n\n"
            "中國大陸境外,香港的病例增加到20宗,繼美國航空(American Airlines)之後,聯合航空(United Airlines)亦宣布由本週六起停飛香港航班,至2月20日,此外,美國也計劃從中國撤出更多美國僑民。\n\n"
            "澳門有10宗確診,澳門實行關閉賭場半個月以抗疫,台灣有11宗,台灣宣布暫時禁止在過去14日曾到過中國的外籍人士入境。\n\n"
            "日本當局證實,早前香港確診男子曾經乘坐的郵輪鑽石公主號有10人確診。\n\n"
            "泰國和新加坡都在一日內新增6宗病例,目前疫情蔓延至20多個國家,共195宗確診,當中有20幾宗是以人傳人個案。"
        ),
        published="2020-02-05",
        city=None,
        expect=[
            ("confirmed_total", "全国", "2020-02-05", 24433, "", ""),
            ("deaths_total", "全国", "2020-02-05", 492, "", ""),
            ("confirmed_total", "香港", "2020-02-05", 20, "", ""),
            ("confirmed_total", "澳门", "2020-02-05", 10, "", ""),
            ("confirmed_total", "台湾", "2020-02-05", 11, "", ""),
            ("confirmed_total", "钻石公主号", "2020-02-05", 10, "", ""),
            ("confirmed_new", "泰国", "2020-02-05", 6, "", ""),
            ("confirmed_new", "新加坡", "2020-02-05", 6, "", ""),
        ],
        note="KTSF (San Francisco) world item, traditional; the page shows only its date (URL 2020/02/05), the figures have none, so "
        "all take 2月5日. 全中國…24,433宗確診個案,當中492人已經死亡 → 全国 total and deaths; the lockdown list names cities with no "
        "figure; 增加到20宗 is 香港's total; the ship 鑽石公主號有10人確診 → its total; 泰國和新加坡都…新增6宗 gives 6 to each "
        "(都 distributes). 共195宗確診 counts the world outside China: no region; 以人傳人 20幾宗 and 2月20日 (a flight suspension date) "
        "are no figures. Seven places (one over the usual six, kept for the distributive 都). The WHO paragraph was left out",
        source="http://www.ktsf.com/2020/02/05/united-airlines-suspends-flight-to-hong-kong/",
    ),
    dict(
        id="bl4-fd-none-0228-blog-malaysia-korea-japan-ship",
        text=(
            "2月28日新冠肺炎疫情\n\n\n"
            "马来西亚连续2天出现新冠肺炎确诊病例,累计25宗确诊病例,3人还在留院就医,22人已康复出院。\n\n"
            "根据大马卫生部所发出的消息,新增的3宗确诊病例为从日本过来的大马公民、从日本和印尼回来的日本女子,还有从意大利回来的意大利男子。\n\n"
            "韩国确诊2,337宗,较昨日增加571宗,死亡病例有13宗和27宗治愈病例。日本境内有224宗确诊病例,5宗死亡病例和32宗治愈病例。钻石公主邮轮则有709宗确诊病例和5宗死亡病例。"
        ),
        published="2020-02-28",
        city=None,
        expect=[
            ("confirmed_total", "马来西亚", "2020-02-28", 25, "", ""),
            ("hospitalized", "马来西亚", "2020-02-28", 3, "", ""),
            ("recovered_total", "马来西亚", "2020-02-28", 22, "", ""),
            ("confirmed_new", "马来西亚", "2020-02-28", 3, "", ""),
            ("confirmed_total", "韩国", "2020-02-28", 2337, "", ""),
            ("confirmed_new", "韩国", "2020-02-28", 571, "", ""),
            ("deaths_total", "韩国", "2020-02-28", 13, "", ""),
            ("recovered_total", "韩国", "2020-02-28", 27, "", ""),
            ("confirmed_total", "日本", "2020-02-28", 224, "", ""),
            ("deaths_total", "日本", "2020-02-28", 5, "", ""),
            ("recovered_total", "日本", "2020-02-28", 32, "", ""),
            ("confirmed_total", "钻石公主号", "2020-02-28", 709, "", ""),
            ("deaths_total", "钻石公主号", "2020-02-28", 5, "", ""),
        ],
        note="a Malaysian blog's daily round-up (title and URL date 2月28日; the figures carry no other date). 3人还在留院就医 → "
        "hospitalized (current); 22人已康复出院 → recovered_total; 新增的3宗 → confirmed_new. The patients' origins (从日本过来, 从日本和印尼"
        "回来, 从意大利回来) give nothing to 日本/印尼/意大利. 韩国 较昨日增加571宗 of the cumulative count → confirmed_new 571; 日本境内 "
        "and 钻石公主邮轮 (the ship by its name) are separate places. The paragraphs on 中国, 港澳台, the world outside China and the list "
        "意大利…泰国 were left out to keep four places",
        source="https://www.winrayland.com/2020/02/report228.html",
    ),
    dict(
        id="bl4-fd-none-0319-hk-portal-southeast-asia-five-countries",
        text=(
            "【焦點新聞】馬來西亞成為東南亞疫情重災區\n【焦點新聞】馬來西亞成為東南亞疫情重災區\n\n"
            "新型肺炎疫情在東南亞有擴散跡象。截至18日,馬來西亞確診病例急升至790宗,並首次出現死亡個案,成為疫情最嚴重的東南亞國家。大馬全國從今日(19/3)開始,實施為期兩星期的封鎖政策,禁止外國人入境,又下令學校及公共場所關閉。大馬衛生官員警告,如果民眾仍然不認真對待疫情,當地疫情數字可能「海嘯式」增長。\n\n\n"
            "因應大馬疫情,新加坡表示將為超過1萬名大馬籍員工配對臨時住宿。而新加坡國內,18日亦新增47宗確診個案,打破單日確診數,該國宣布從22日凌晨起,所有入境者都要自我隔離14天。\n\n\n"
            "另外在印尼,死於疫症亡人數由5人大幅增加至19人,另外新增55宗確診個案;在菲律賓,再多3人死亡,死亡病例增至17宗;泰國新增35人確診。\n\n\n"
            "原圖:新華社"
        ),
        published="2020-03-19",
        city=None,
        expect=[
            ("confirmed_total", "马来西亚", "2020-03-18", 790, "", ""),
            ("confirmed_new", "新加坡", "2020-03-18", 47, "", ""),
            ("deaths_total", "印尼", "2020-03-18", 19, "", ""),
            ("confirmed_new", "印尼", "2020-03-18", 55, "", ""),
            ("deaths_new", "菲律宾", "2020-03-18", 3, "", ""),
            ("deaths_total", "菲律宾", "2020-03-18", 17, "", ""),
            ("confirmed_new", "泰国", "2020-03-18", 35, "", ""),
        ],
        note="a Hong Kong portal's Southeast Asia round-up (traditional; the page date is taken from 今日(19/3)). 截至18日 馬來西亞…790宗 "
        "→ total; 首次出現死亡個案 gives no number (no tuple). 新加坡 18日亦新增47宗 → confirmed_new; 超過1萬名大馬籍員工 are workers, no "
        "metric; 14天/22日 are no figures. The 印尼, 菲律賓 and 泰國 figures carry no date of their own and continue the 18日 report: "
        "dated 3月18日. 由5人…增加至19人 → deaths_total 19 only (5 is a baseline); 再多3人死亡 → deaths_new 3, 增至17宗 → deaths_total. "
        "印度尼西亚 is written 印尼 (its usual short name)",
        source="https://uat.speakout.hk/%E7%84%A6%E9%BB%9E%E6%96%B0%E8%81%9E/54984/-%E7%84%A6%E9%BB%9E%E6%96%B0%E8%81%9E-%E9%A6%AC%E4%BE%86%E8%A5%BF%E4%BA%9E%E6%88%90%E7%82%BA%E6%9D%B1%E5%8D%97%E4%BA%9E%E7%96%AB%E6%83%85%E9%87%8D%E7%81%BD%E5%8D%80",
    ),
    dict(
        id="bl4-fd-none-0322-xinhua-us-states-jhu",
        text=(
            "约翰斯·霍普金斯大学:美国新冠肺炎确诊病例超过3万例\n\n"
            "新华社纽约3月22日电 美国约翰斯·霍普金斯大学22日发布的最新数据显示,截至美国东部时间22日15时(北京时间23日3时),美国新冠肺炎确诊病例升至31057例,死亡390例。\n\n"
            "根据数据,纽约州确诊病例最多,为15783例,死亡114例;华盛顿州确诊病例1793例,死亡94例;加利福尼亚州确诊病例1547例,死亡28例。\n\n"
            "这一数据来自该大学新冠病毒研究项目汇总的美国各州疫情报告。\n\n"
            "评论一下\n评论 0人参与,0条评论\n还没有评论,快来抢沙发吧!"
        ),
        published="2020-03-22",
        city=None,
        expect=[
            ("confirmed_total", "美国", "2020-03-22", 31057, "", ""),
            ("deaths_total", "美国", "2020-03-22", 390, "", ""),
            ("confirmed_total", "纽约州", "2020-03-22", 15783, "", ""),
            ("deaths_total", "纽约州", "2020-03-22", 114, "", ""),
            ("confirmed_total", "华盛顿州", "2020-03-22", 1793, "", ""),
            ("deaths_total", "华盛顿州", "2020-03-22", 94, "", ""),
            ("confirmed_total", "加利福尼亚州", "2020-03-22", 1547, "", ""),
            ("deaths_total", "加利福尼亚州", "2020-03-22", 28, "", ""),
        ],
        note="新华社 wire on a 潜江 news site (the page shows no date: published = the dateline 3月22日). 截至美国东部时间22日15时"
        "(北京时间23日3时) → dated 3月22日, the local date written first. 升至31057例,死亡390例 → cumulative counts; the state list "
        "gives each state's confirmed and deaths totals (foreign states as written). The headline's 超过3万例 restates 31057. 0人参与/"
        "0条评论 is page chrome",
        source="http://qianjiang.cjyun.org/p/118004.html",
    ),
    dict(
        id="bl4-fd-none-0331-huanqiu-new-york-city-state-us",
        text=(
            "美媒:纽约市新冠肺炎累计确诊病例已超4万例\n\ntext\n\n"
            "【环球网报道 记者 王博雅琪】据美国有线电视新闻网(CNN)报道称,截至美国当地时间3月31日,美国纽约市新冠肺炎累计确诊病例已超过4万例。\n\n"
            "报道称,根据纽约市长办公室当地时间3月31日稍晚时候发布的一份新闻稿,该市已有41,771例新冠肺炎确诊病例,累计死亡病例达1096例。报道称,截至美国东时间3月31日18时,超过8400人住院治疗,其中至少1888人住在重症监护室。\n\n"
            "根据美国约翰斯•霍普金斯大学发布的疫情数据,截至北京时间4月1日07时49分,美国新冠肺炎累计确诊病例仍为全球最多,达到187919例,累计死亡病例为3857例。其中纽约州疫情形势十分严峻,累计确诊病例达到75795例。"
        ),
        published="2020-04-01",
        city=None,
        expect=[
            ("confirmed_total", "纽约市", "2020-03-31", 41771, "", ""),
            ("deaths_total", "纽约市", "2020-03-31", 1096, "", ""),
            ("hospitalized", "纽约市", "2020-03-31", 8400, "", "more_than"),
            ("critical", "纽约市", "2020-03-31", 1888, "", "more_than"),
            ("confirmed_total", "美国", "2020-04-01", 187919, "", ""),
            ("deaths_total", "美国", "2020-04-01", 3857, "", ""),
            ("confirmed_total", "纽约州", "2020-04-01", 75795, "", ""),
        ],
        note='环球网 item on a news aggregator ("text" is page chrome; the page shows no date: published = the Beijing date of its '
        "latest figure, 4月1日). 纽约市 (a foreign city as written): the mayor's office figures of 当地时间3月31日 → 41,771 confirmed and "
        "1096 deaths (totals); the headline's and lead's 超过4万例 restate 41,771. 超过8400人住院治疗 → hospitalized 8400 more_than; "
        '"至少1888人住在重症监护室" is read as critical (intensive-care patients), 至少 → more_than — an uncertain reading. 约翰斯•霍普'
        "金斯大学 figures 截至北京时间4月1日07时49分 → 美国 totals and 纽约州's 75795, dated 4月1日 (the time as written is Beijing's)",
        source="https://cn.apdnews.com/article/409e664",
    ),
    dict(
        id="bl4-fd-none-0410-haiwai-us-newyork-italy-spain",
        text=(
            "美国确诊病例超45万死亡超1.5万,死亡病例仅次意大利\n\n刘强/海外网\n2020-04-10 06:21\n\n海外网 图\n\n"
            "约翰斯·霍普金斯大学统计数据显示,截至北京时间4月10日凌晨3点,美国累计确诊病例451491例,累计死亡15938例。美国是全球累计确诊病例数最多的国家,死亡病例数第二多国家,仅次于意大利(18279例)。\n\n"
            "纽约州是美国疫情最严重的地方。据彭博社报道,当地时间9日,美国纽约州州长科莫说,过去24小时,纽约州新增死亡病例799例,为有疫情以来最大增幅,累计死亡7067例。科莫还表示,纽约州已经封闭18天了,感觉像过了一辈子(那么久)。\n\n"
            "另据NBC新闻报道,纽约州累计确诊159937例,较24小时前新增10621例。纽约州确诊病例数已超过西班牙(152446例)。西班牙目前是除美国外,确诊病例数第二多的国家。\n\n"
            "(原题为《美国确诊病例超45万,死亡超1.5万,死亡病例仅次意大利》)"
        ),
        published="2020-04-10 06:21",
        city=None,
        expect=[
            ("confirmed_total", "美国", "2020-04-10", 451491, "", ""),
            ("deaths_total", "美国", "2020-04-10", 15938, "", ""),
            ("deaths_total", "意大利", "2020-04-10", 18279, "", ""),
            ("deaths_new", "纽约州", "2020-04-09", 799, "", ""),
            ("deaths_total", "纽约州", "2020-04-09", 7067, "", ""),
            ("confirmed_total", "纽约州", "2020-04-09", 159937, "", ""),
            ("confirmed_new", "纽约州", "2020-04-09", 10621, "", ""),
            ("confirmed_total", "西班牙", "2020-04-09", 152446, "", ""),
        ],
        note="海外网 item on 澎湃. 截至北京时间4月10日凌晨3点 dates 美国's totals and 意大利's bracketed deaths (仅次于意大利(18279例)) to "
        "4月10日. 当地时间9日…过去24小时 新增死亡799例 → 纽约州 deaths_new, 累计死亡7067例 → deaths_total, both 4月9日. The NBC "
        "paragraph has no date and continues the 9日 one: 累计确诊159937例 and 较24小时前新增10621例 (of the cumulative count → new) dated "
        "4月9日, and the comparison's 西班牙(152446例) is Spain's total at the same moment. 封闭18天 is no figure; the headline's 超45万/"
        "超1.5万 restate",
        source="http://m.thepaper.cn/newsDetail_forward_6890513",
    ),
    dict(
        id="bl4-fd-none-0425-zaobao-tokyo-japan-near-13000",
        text=(
            "东京周六新增103起冠病确诊病例\n\n字体大小:\n\n"
            "(早报讯)共同社报道,日本东京周六新增103起新冠状病毒确诊病例,是4月20日新增病例的最低水平。但人们担心随着下周开始的黄金周假期期,日本确诊病例或将增加,政府鼓励居民在这段期间尽可能多地呆在室内。\n\n"
            "共同社报道,东京的累计确诊病例至今已达到3836起;日本的累计确诊病例已达到近1万3000起,345人死亡。\n\n"
            "LIKE我们的官方脸书网页以获取更多新信息"
        ),
        published="2020-04-25",
        city=None,
        expect=[
            ("confirmed_new", "东京都", "2020-04-25", 103, "", ""),
            ("confirmed_total", "东京都", "2020-04-25", 3836, "", ""),
            ("confirmed_total", "日本", "2020-04-25", 13000, "", "about"),
            ("deaths_total", "日本", "2020-04-25", 345, "", ""),
        ],
        note="联合早报 (URL date 2020-04-25, a Saturday: 周六 = 4月25日). 东京 written alone → region 东京都 (the metropolis); 新增103起 → "
        'confirmed_new, 累计…3836起 → confirmed_total; 日本 近1万3000起 → 13000 about, 345人死亡 → deaths_total. "是4月20日…的最低水平" '
        "compares with another day: no figure",
        source="https://www.zaobao.com.sg/realtime/world/story20200425-1048392",
    ),
    dict(
        id="bl4-fd-none-0303-unnamed-province-wosheng-no-speaker",
        text=(
            "03.04 連續5日,我省無新增新冠病例,新增馬爾康低風險縣市區\n\n"
            "3月4日,記者從省衛健委獲悉,3月3日0-24時,我省新型冠狀病毒肺炎無新增確診病例,新增治癒出院病例11例,新增疑似病例1例,無新增死亡病例。\n\n"
            "截至3月4日0時,我省累計報告新型冠狀病毒肺炎確診病例538例,涉及21個市(州)。\n\n"
            "全省現有無現症病例區(低風險縣)129個、散發病例區(中風險縣)53個、社區暴發和局部流行區(高風險縣)1個(過去24小時新增馬爾康市為低風險縣)。\n\n"
            "538名確診患者中,正在住院隔離治療135人(其中危重2人),已治癒出院400人,死亡3人。\n\n"
            "現有疑似病例2例。\n\n"
            "當日解除醫學觀察144人,現有745人正在接受醫學觀察。\n\n"
            "審核:聞亞\n\n\n分享到:\n\n\n相關文章:"
        ),
        published="2020-03-04",
        city=None,
        expect=[],
        note="a ttnews repost (traditional; the page shows 03.04) of a provincial bulletin that never names its province: 我省/全省 and "
        "省衛健委 only, and the one place named (馬爾康市) has no figure. With city=None and no named speaker, 我省's figures are not "
        "expected (ANNOTATION: 本市/我市… with no speaker and no home city → no tuple), although a reader who knows that 馬爾康 lies in "
        "四川 could guess the province. Had the province been named: confirmed_new 0, recovered_new 11, deaths_new 0, confirmed_total 538, "
        "hospitalized 135, critical 2, recovered_total 400, deaths_total 3, suspected 2, observation_released_new 144, observation 745 "
        "(all 3月3日; 截至3月4日0時 = end of 3月3日). County counts by risk level (129個/53個/1個) are no metric",
        source="https://p2.ttnews.xyz/a/5e637ae3dc9b5e34a8d4ab04?lang=zh-hant",
    ),
    dict(
        id="bl4-fd-none-0404-shanghai-discharge-numbered-imported",
        text=(
            "上海有8例确诊病例今日出院,共计356例治愈出院\n\n"
            "市卫生健康委今日(4日)通报:8例新型冠状病毒肺炎病例 , 经定点医疗机构医护人员精心诊治和护理 , 专家组评估 , 认为符合国家卫生健康委最新的新型冠状病毒肺炎确诊病例解除隔离和出院标准 , 于今日出院 。\n"
            "病例1 , 加拿大籍 , 男 , 34岁 , 境外输入性病例 , 3月17日被确诊为新型冠状病毒肺炎确诊病例 , 转入市公共卫生临床中心 。\n"
            "【上海有8例确诊病例今日出院,共计356例治愈出院】病例2 , 法国籍 , 男 , 53岁 , 境外输入性病例 , 3月20日被确诊为新型冠状病毒肺炎确诊病例 , 转入市公共卫生临床中心 。\n"
            "病例3 , 美国籍 , 女 , 25岁 , 境外输入性病例 , 3月21日被确诊为新型冠状病毒肺炎确诊病例 , 转入市公共卫生临床中心 。"
        ),
        published="2020-04-04",
        city=None,
        expect=[
            ("recovered_new", "上海市", "2020-04-04", 8, "", ""),
            ("recovered_total", "上海市", "2020-04-04", 356, "", ""),
        ],
        note='a portal relaying the 上海 health commission\'s discharge notice (spaced punctuation " , " and the repeated bracketed '
        "headline kept as found; cases 4–8 and the closing sentence left out). 市卫生健康委 is 上海's (named by the headline): 8例…于今日"
        "出院 → recovered_new 8 for 4日, 共计356例治愈出院 → recovered_total. The eight are all imported, but they are the whole day's "
        "discharges, not an imported-only subtotal. 病例1/病例2/病例3 are patient numbers, ages and confirmation dates are no counts, "
        "加拿大籍/法国籍/美国籍 give nothing to those countries, 市公共卫生临床中心 is an institution",
        source="http://jiangsulong.com/a/2020/0404/040423LM2020.html",
    ),
    dict(
        id="bl4-fd-none-0402-hk-portal-national-imported-only-subtotals",
        text=(
            "內地過去一日(4月2日),新增確診病例31宗,其中29宗為境外輸入病例,2宗為本土病例(遼寧1宗,廣東1宗);新增死亡病例4宗,全都在湖北。新增疑似病例12宗,均為境外輸入病例。\n  \n"
            "新增無症狀感染者60宗。其中境外輸入無症狀感染者7宗,當日都轉為確診病例。\n\n"
            "當日新增治癒出院病例163宗,解除醫學觀察的密切接觸者1990人,重症病例減少50宗。\n  \n"
            "境外輸入現有確診病例710宗,現有疑似病例135宗,累計確診病例870宗。\n\n"
            "累計治癒出院病例76571宗,累計死亡病例3322宗,累計報告確診病例81620宗。"
        ),
        published="2020-04-03",
        city=None,
        expect=[
            ("confirmed_new", "全国", "2020-04-02", 31, "", ""),
            ("deaths_new", "全国", "2020-04-02", 4, "", ""),
            ("deaths_new", "湖北省", "2020-04-02", 4, "", ""),
            ("recovered_new", "全国", "2020-04-02", 163, "", ""),
            ("observation_released_new", "全国", "2020-04-02", 1990, "", ""),
            ("recovered_total", "全国", "2020-04-02", 76571, "", ""),
            ("deaths_total", "全国", "2020-04-02", 3322, "", ""),
            ("confirmed_total", "全国", "2020-04-02", 81620, "", ""),
        ],
        note="a Hong Kong portal's rewrite of the national report for 4月2日 (traditional, 宗 for 例; the page shows no date: published = "
        "the day after the data day). 內地 = 全国. 29宗為境外輸入 and the sentence 境外輸入現有確診病例710宗,現有疑似病例135宗,累計確診"
        "病例870宗 are imported-only subtotals: no tuple (the 135 suspected stand in that imported sentence). The local-only split "
        "\"2宗為本土病例(遼寧1宗,廣東1宗)\" is read the same way: it is not 辽宁's or 广东's whole new count (the 29 imported cases are not "
        "split by province), so no tuple. 全都在湖北 → 湖北省 deaths_new 4. 新增疑似 and 無症狀感染者 have no metric; 重症病例減少50宗 is no "
        "figure. The last paragraph is the national cumulative",
        source="https://hd.stheadline.com/ncov/news-detail.php?r=1239091&y=2020",
    ),
    # ------------------------------------------------------------------ home city
    dict(
        id="bl4-fd-dezhou-0314-city-bulletin-noon-window-brackets",
        text=(
            "市卫健委:3月14日0时至12时 德州无新增确诊病例\n\n··\n\n"
            "  2020年3月14日0时至12时,德州市无新增新型冠状病毒肺炎确诊病例。\n\n"
            "  截至2020年3月14日12时,德州市累计报告确诊病例37例(含出院病例33例,死亡病例2例),其中:德城区9例(含出院病例8例,死亡病例1例)、禹城市3例(含出院病例3例)、乐陵市7例(含出院病例7例)、宁津县3例(含出院病例3例)、武城县13例(含出院病例10例,死亡病例1例)、庆云县2例(含出院病例2例)。无疑似病例。\n\n"
            "  备注:根据国家卫生健康委关于疫情信息报告新要求,按病例确诊时医院所在县区统计;按省疫情信息统计要求,德州市市级定点医疗机构报告的病例,记入德城区发布。\n\n"
            "  德州市卫生健康委员会\n  2020年3月14日\n责编:白雪"
        ),
        published="2020-03-14",
        city="德州市",
        expect=[
            ("confirmed_new", "德州市", "2020-03-14", 0, "", ""),
            ("confirmed_total", "德州市", "2020-03-14", 37, "", ""),
            ("recovered_total", "德州市", "2020-03-14", 33, "", ""),
            ("deaths_total", "德州市", "2020-03-14", 2, "", ""),
            ("suspected", "德州市", "2020-03-14", 0, "", ""),
            ("confirmed_total", "德城区", "2020-03-14", 9, "", ""),
            ("recovered_total", "德城区", "2020-03-14", 8, "", ""),
            ("deaths_total", "德城区", "2020-03-14", 1, "", ""),
            ("confirmed_total", "禹城市", "2020-03-14", 3, "", ""),
            ("recovered_total", "禹城市", "2020-03-14", 3, "", ""),
            ("confirmed_total", "乐陵市", "2020-03-14", 7, "", ""),
            ("recovered_total", "乐陵市", "2020-03-14", 7, "", ""),
            ("confirmed_total", "宁津县", "2020-03-14", 3, "", ""),
            ("recovered_total", "宁津县", "2020-03-14", 3, "", ""),
            ("confirmed_total", "武城县", "2020-03-14", 13, "", ""),
            ("recovered_total", "武城县", "2020-03-14", 10, "", ""),
            ("deaths_total", "武城县", "2020-03-14", 1, "", ""),
            ("confirmed_total", "庆云县", "2020-03-14", 2, "", ""),
            ("recovered_total", "庆云县", "2020-03-14", 2, "", ""),
        ],
        note="the 德州 health commission's noon bulletin on 大众网. The 0–12时 window's none-statement is kept as that day's figure "
        '(confirmed_new 0 on 3月14日, as blind3 reads a 12-hour window). "累计…37例(含出院病例33例,死亡病例2例)" → confirmed_total, '
        "recovered_total and deaths_total for the city and, bracket by bracket, for each county-level unit. 无疑似病例 → suspected 0 "
        "(the city's own statement). Counties whose cases are all discharged are not said to be cleared: no hospitalized 0 computed. "
        "The 备注 on counting rules has no figure",
        source="https://hb.dzwww.com/p/5263373.html",
    ),
    dict(
        id="bl4-fd-ezhou-0305-leishan-hospital-100th-discharge",
        text=(
            "湖北鄂州雷山医院出院患者达100人\n\n"
            "3月5日上午,湖北省鄂州市雷山医院6名新冠肺炎患者康复出院。截至记者发稿时,该院出院人数累计达到100人。\n\n"
            "46岁的鄂州市民江先生成为雷山医院第100名出院患者,当他走出病房,医护人员为他以及另外5名出院患者送上一本记录着医护人员与患者相处瞬间的影集。临别之时,他再三向医护人员鞠躬致谢。据了解,6名患者出院后,将转至鄂州市防控指挥部指定场所继续实施为期14天免费的康复隔离和医学观察。观察期满,身体状况符合条件的解除隔离。"
        ),
        published="2020-03-05",
        city="鄂州市",
        expect=[],
        note="鄂州's own news site on one hospital (the page shows no date: published = the story's day, 3月5日). 雷山医院6名…康复出院 "
        "and 该院出院人数累计达到100人 are one institution's counts: no tuple for 鄂州市. 第100名出院患者 is an ordinal; 46岁, 另外5名 "
        "(the same discharge) and 14天 are no figures",
        source="http://ezhou.cjyun.org/p/108060.html",
    ),
    dict(
        id="bl4-fd-putian-0211-evening-paper-wushi-zone-suspected",
        text=(
            "晚报讯 据市应对新型冠状病毒感染的肺炎疫情工作指挥部消息,2月11日0时-24时,我市报告新增新型冠状病毒感染的肺炎确诊病例1例(城厢区1例);报告新增新型冠状病毒感染的肺炎疑似病例3例(城厢区2例、仙游县1例)。 "
            "截至2月11日24时,我市累计报告新型冠状病毒感染的肺炎确诊病例52例(重症病例2例、危重症2例)。其中:城厢区30例、涵江区3例、荔城区6例、秀屿区6例、湄洲湾北岸3例、仙游县4例。 "
            "截至2月11日24时,我市现有报告新型冠状病毒感染的肺炎疑似病例共19例(城厢区13例、荔城区4例、湄洲湾北岸1例、仙游县1例)。 "
            "目前确诊、疑似病例的密切接触者已解除医学观察600人,尚有774人正在接受医学观察。 |"
        ),
        published="2020-02-12",
        city="莆田市",
        expect=[
            ("confirmed_new", "莆田市", "2020-02-11", 1, "", ""),
            ("confirmed_new", "城厢区", "2020-02-11", 1, "", ""),
            ("confirmed_total", "莆田市", "2020-02-11", 52, "", ""),
            ("severe", "莆田市", "2020-02-11", 2, "", ""),
            ("critical", "莆田市", "2020-02-11", 2, "", ""),
            ("confirmed_total", "城厢区", "2020-02-11", 30, "", ""),
            ("confirmed_total", "涵江区", "2020-02-11", 3, "", ""),
            ("confirmed_total", "荔城区", "2020-02-11", 6, "", ""),
            ("confirmed_total", "秀屿区", "2020-02-11", 6, "", ""),
            ("confirmed_total", "湄洲湾北岸", "2020-02-11", 3, "", ""),
            ("confirmed_total", "仙游县", "2020-02-11", 4, "", ""),
            ("suspected", "莆田市", "2020-02-11", 19, "", ""),
            ("suspected", "城厢区", "2020-02-11", 13, "", ""),
            ("suspected", "荔城区", "2020-02-11", 4, "", ""),
            ("suspected", "湄洲湾北岸", "2020-02-11", 1, "", ""),
            ("suspected", "仙游县", "2020-02-11", 1, "", ""),
            ("observation_released_total", "莆田市", "2020-02-11", 600, "", ""),
            ("observation", "莆田市", "2020-02-11", 774, "", ""),
        ],
        note="an evening paper's item on its city's bulletin; the text names no city (市…指挥部, 我市), so 我市 is the home city 莆田市, "
        "whose districts it lists. The page shows no date: published = the day after the bulletin's data day. 新增疑似病例3例 (and its "
        'district split) has no metric; 现有…疑似病例共19例 → suspected for the city and each district. "(重症病例2例、危重症2例)" in the '
        "累计 sentence is read as the current severe/critical count. 湄洲湾北岸 (a development zone) keeps its name. 已解除医学观察600人 "
        "→ observation_released_total, 尚有774人 → observation (目前, dated with the 11日 bulletin)",
        source="http://ptwbs.net/news-1002998.html",
    ),
    dict(
        id="bl4-fd-wenzhou-0227-city-bulletin-districts-zones",
        text=(
            "新浪浙江>温州>温州>正文\n\n2020年2月28日温州市新型冠状病毒肺炎疫情通报\n\n2020年02月28日 10:12 洞头发布 \n\n"
            "  2020年2月27日0-24时,温州市无新增新型冠状病毒肺炎确诊病例, 无新增死亡病例,新增出院病例30例。其中:新增出院病例中,鹿城区4例、龙湾区2例、瓯海区6例、洞头区1例、乐清市7例、瑞安市3例、永嘉县1例、文成县2例、泰顺县2例、龙港市1例、瓯江口产业集聚区1例。\n\n"
            "  截至2月27日24时,温州市累计报告新型冠状病毒肺炎确诊病例504例,现有重症病例7例,累计死亡1例,累计出院384例。其中:确诊病例中,鹿城区68例、龙湾区18例、瓯海区36例、洞头区5例、乐清市170例、瑞安市74例、永嘉县52例、文成县11例、平阳县30例、泰顺县20例、苍南县9例、龙港市9例、瓯江口产业集聚区1例、浙南产业集聚区1例;现有重症病例中,鹿城区2例、乐清市4例、龙港市1例;死亡病例中,永嘉县1例;出院病例中,鹿城区43例、龙湾区12例、瓯海区28例、洞头区4例、乐清市140例、瑞安市65例、永嘉县37例、文成县6例、平阳县24例、泰顺县9例、苍南县7例、龙港市7例、瓯江口产业集聚区1例、浙南产业集聚区1例。\n\n"
            "  目前,全市共追踪到密切接触者14628人,当日解除医学观察66人,累计解除医学观察13957人,尚有404人正在接受医学观察。"
        ),
        published="2020-02-28 10:12",
        city="温州市",
        expect=[
            ("confirmed_new", "温州市", "2020-02-27", 0, "", ""),
            ("deaths_new", "温州市", "2020-02-27", 0, "", ""),
            ("recovered_new", "温州市", "2020-02-27", 30, "", ""),
            ("recovered_new", "鹿城区", "2020-02-27", 4, "", ""),
            ("recovered_new", "龙湾区", "2020-02-27", 2, "", ""),
            ("recovered_new", "瓯海区", "2020-02-27", 6, "", ""),
            ("recovered_new", "洞头区", "2020-02-27", 1, "", ""),
            ("recovered_new", "乐清市", "2020-02-27", 7, "", ""),
            ("recovered_new", "瑞安市", "2020-02-27", 3, "", ""),
            ("recovered_new", "永嘉县", "2020-02-27", 1, "", ""),
            ("recovered_new", "文成县", "2020-02-27", 2, "", ""),
            ("recovered_new", "泰顺县", "2020-02-27", 2, "", ""),
            ("recovered_new", "龙港市", "2020-02-27", 1, "", ""),
            ("recovered_new", "瓯江口产业集聚区", "2020-02-27", 1, "", ""),
            ("confirmed_total", "温州市", "2020-02-27", 504, "", ""),
            ("severe", "温州市", "2020-02-27", 7, "", ""),
            ("deaths_total", "温州市", "2020-02-27", 1, "", ""),
            ("recovered_total", "温州市", "2020-02-27", 384, "", ""),
            ("confirmed_total", "鹿城区", "2020-02-27", 68, "", ""),
            ("confirmed_total", "龙湾区", "2020-02-27", 18, "", ""),
            ("confirmed_total", "瓯海区", "2020-02-27", 36, "", ""),
            ("confirmed_total", "洞头区", "2020-02-27", 5, "", ""),
            ("confirmed_total", "乐清市", "2020-02-27", 170, "", ""),
            ("confirmed_total", "瑞安市", "2020-02-27", 74, "", ""),
            ("confirmed_total", "永嘉县", "2020-02-27", 52, "", ""),
            ("confirmed_total", "文成县", "2020-02-27", 11, "", ""),
            ("confirmed_total", "平阳县", "2020-02-27", 30, "", ""),
            ("confirmed_total", "泰顺县", "2020-02-27", 20, "", ""),
            ("confirmed_total", "苍南县", "2020-02-27", 9, "", ""),
            ("confirmed_total", "龙港市", "2020-02-27", 9, "", ""),
            ("confirmed_total", "瓯江口产业集聚区", "2020-02-27", 1, "", ""),
            ("confirmed_total", "浙南产业集聚区", "2020-02-27", 1, "", ""),
            ("severe", "鹿城区", "2020-02-27", 2, "", ""),
            ("severe", "乐清市", "2020-02-27", 4, "", ""),
            ("severe", "龙港市", "2020-02-27", 1, "", ""),
            ("deaths_total", "永嘉县", "2020-02-27", 1, "", ""),
            ("recovered_total", "鹿城区", "2020-02-27", 43, "", ""),
            ("recovered_total", "龙湾区", "2020-02-27", 12, "", ""),
            ("recovered_total", "瓯海区", "2020-02-27", 28, "", ""),
            ("recovered_total", "洞头区", "2020-02-27", 4, "", ""),
            ("recovered_total", "乐清市", "2020-02-27", 140, "", ""),
            ("recovered_total", "瑞安市", "2020-02-27", 65, "", ""),
            ("recovered_total", "永嘉县", "2020-02-27", 37, "", ""),
            ("recovered_total", "文成县", "2020-02-27", 6, "", ""),
            ("recovered_total", "平阳县", "2020-02-27", 24, "", ""),
            ("recovered_total", "泰顺县", "2020-02-27", 9, "", ""),
            ("recovered_total", "苍南县", "2020-02-27", 7, "", ""),
            ("recovered_total", "龙港市", "2020-02-27", 7, "", ""),
            ("recovered_total", "瓯江口产业集聚区", "2020-02-27", 1, "", ""),
            ("recovered_total", "浙南产业集聚区", "2020-02-27", 1, "", ""),
            ("close_contacts_total", "温州市", "2020-02-27", 14628, "", ""),
            ("observation_released_new", "温州市", "2020-02-27", 66, "", ""),
            ("observation_released_total", "温州市", "2020-02-27", 13957, "", ""),
            ("observation", "温州市", "2020-02-27", 404, "", ""),
        ],
        note="温州's own bulletin of 2月27日, posted by the 洞头 district account on 新浪浙江. The city's none-statements are its own "
        "zeros (confirmed_new 0, deaths_new 0). Each list under 新增出院病例中 / 确诊病例中 / 现有重症病例中 / 死亡病例中 / 出院病例中 gives "
        "the matching metric to each district, county-level city (乐清市, 瑞安市, 龙港市) and zone (瓯江口产业集聚区, 浙南产业集聚区 keep "
        "their names). 现有重症 is current (severe). 目前,全市… (全市 = the issuer 温州市): 追踪到密切接触者 → close_contacts_total, 当日"
        "解除 → observation_released_new, 累计解除 → observation_released_total, 尚有…正在接受 → observation. The two zones with 1 case "
        "and 1 discharge are not said to be cleared: no hospitalized 0",
        source="http://zj.sina.com.cn/wenzhou/2020-02-28/detail-iimxyqvz6416270.shtml",
    ),
    dict(
        id="bl4-fd-dongguan-0202-guangdong-list-via-town-account",
        text=(
            "疫情速报!东莞新增4例确诊,累计31例!\n\n2020-02-04     厚街发布\n\n刚刚\n\n广东卫健委通报最新疫情情况\n\n截至2月2日24时\n\n全省新增确诊病例79\n\n累计683例\n\n其中东莞新增4\n\n通报全文如下\n\n"
            "截至2月2日24时,全省累计报告新型冠状病毒感染的肺炎确诊病例683例。2日当天全省新增确诊病例79例,新增确诊病例中,深圳市30例、广州市14例、珠海市10例、惠州市5例、中山市4例、佛山市4例、东莞市4例、汕头市3例、汕尾市1例、梅州市1例、茂名市1例、江门市1例、潮州市1例。有2660名密切接触者正在接受医学观察。\n\n"
            "累计报告确诊病例中,深圳市226例、广州市189例、珠海市51例、佛山市43例、东莞市31例、惠州市28例、中山市25例、汕头市17例、湛江市14例、阳江市10例、肇庆市7例、梅州市7例、清远市6例、揭阳市6例、韶关市5例、汕尾市5例、茂名市4例、江门市4例、潮州市4例、河源市1例。男性331例,女性352例,年龄介于10月龄-86岁之间。\n\n"
            "截至2月2日24时,在院的669例确诊病例中,危重20例,重症57例,普通型592例。新增出院2例,累计出院14例。无死亡病例。"
        ),
        published="2020-02-04",
        city="东莞市",
        expect=[
            ("confirmed_new", "东莞市", "2020-02-02", 4, "", ""),
            ("confirmed_total", "东莞市", "2020-02-02", 31, "", ""),
        ],
        note="the 厚街 town account relaying the 广东 provincial bulletin under a 东莞 headline (the national section that followed was "
        "left out). For 东莞: 东莞市4例 in the new list → confirmed_new, 东莞市31例 in the cumulative list → confirmed_total; the headline "
        '(新增4例确诊,累计31例) and "其中东莞新增4" restate them. 在院/危重/重症, discharges, contacts and 无死亡病例 are the province\'s '
        "(no zero for the city); 男性/女性 and ages are no metric",
        source="https://twgreatdaily.com/zh-hans/MqXyEXAB3uTiws8KbEp9.html",
    ),
    dict(
        id="bl4-fd-hangzhou-0225-chinanews-zhejiang-prison-in-lists",
        text=(
            "浙江无新增新冠肺炎确诊病例 累计报告1205例\n\n中国新闻网\n\n"
            "中新网2月26日电 据浙江卫健委网站消息,2020年2月25日0-24时,浙江省无新增新型冠状病毒肺炎确诊病例,新增出院病例20例。其中:\n\n"
            "新增出院病例中,杭州市3例、宁波市1例、温州市11例、衢州市1例、舟山市1例、省十里丰监狱3例。\n\n"
            "截至2月25日24时,浙江省累计报告新型冠状病毒肺炎确诊病例1205例,现有重症病例35例(其中危重16例),累计死亡1例,累计出院814例。其中:\n\n"
            "确诊病例中,杭州市169例、宁波市157例、温州市504例、湖州市10例、嘉兴市45例、绍兴市42例、金华市55例、衢州市14例、舟山市10例、台州市146例、丽水市17例、省十里丰监狱36例;重症病例中,杭州市6例、宁波市5例、温州市10例、嘉兴市3例、绍兴市1例、金华市3例、舟山市2例、台州市4例、省十里丰监狱1例;死亡病例中,温州市1例;出院病例中,杭州市139例、宁波市122例、温州市317例、湖州市7例、嘉兴市28例、绍兴市30例、金华市39例、衢州市11例、舟山市6例、台州市98例、丽水市14例、省十里丰监狱3例。\n\n"
            "全省共追踪到密切接触者40939人,当日解除医学观察507人,尚有1966人正在接受医学观察。"
        ),
        published="2020-02-26",
        city="杭州市",
        expect=[
            ("recovered_new", "杭州市", "2020-02-25", 3, "", ""),
            ("confirmed_total", "杭州市", "2020-02-25", 169, "", ""),
            ("severe", "杭州市", "2020-02-25", 6, "", ""),
            ("recovered_total", "杭州市", "2020-02-25", 139, "", ""),
        ],
        note="中新网 on the 浙江 bulletin of 2月25日 (URL date 2020/0226). For 杭州: 新增出院病例中 杭州市3例 → recovered_new; 确诊病例中 "
        "→ confirmed_total 169; 重症病例中 under 现有重症病例 → severe 6 (current); 出院病例中 → recovered_total 139. The province's 无新增 "
        "gives 杭州 no zero; 危重16例 is not split by city; the prison (省十里丰监狱) is an institution, not 杭州",
        source="http://m.qzcns.com/qznews/2020/0226/597351.html",
    ),
    dict(
        id="bl4-fd-tangshan-0308-hebei-garbled-lists-deaths-severe",
        text=(
            "2020年3月8日0—24時(shí),河北省報(bào)告無(wú)新型冠狀病毒肺炎新增確診病例。無(wú)新增治愈出院病例。無(wú)新增死亡病例。無(wú)新增疑似病例。\n"
            "截至3月8日24時(shí),河北省累計(jì)報(bào)告確診病例318例,其中在院治療5例,現(xiàn)有重癥病例2例,累計(jì)治愈出院307例,死亡6例。確診病例中,唐山市58例、滄州市48例、張家口市41例、保定市32例、邯鄲市32例、廊坊市30例、石家莊市29例、邢臺(tái)市23例、秦皇島市10例、衡水市8例、承德市7例;死亡病例中,滄州市3例、秦皇島市1例、唐山市1例、邢臺(tái)市1例;重癥病例中,唐山市2例;出院病例中,唐山市55例、滄州市45例、張家口市38例、保定市32例、邯鄲市32例、廊坊市30例、石家莊市29例、邢臺(tái)市22例、秦皇島市9例、衡水市8例、承德市7例?,F(xiàn)有疑似病例0例。\n"
            "目前累計(jì)追蹤到密切接觸者10933人,當(dāng)日解除隔離醫(yī)學(xué)觀察2人,現(xiàn)有323人正在接受隔離醫(yī)學(xué)觀察。"
        ),
        published="2020-03-09",
        city="唐山市",
        expect=[
            ("confirmed_total", "唐山市", "2020-03-08", 58, "", ""),
            ("deaths_total", "唐山市", "2020-03-08", 1, "", ""),
            ("severe", "唐山市", "2020-03-08", 2, "", ""),
            ("recovered_total", "唐山市", "2020-03-08", 55, "", ""),
        ],
        note='the 河北 bulletin of 3月8日 on a 邯郸 news mirror (traditional with pinyin residue and a garbled "?,F(xiàn)有"; URL date '
        "2020_03/09). For 唐山: 确诊病例中 → confirmed_total 58; 死亡病例中 → deaths_total 1; 重癥病例中 under 現有重癥病例 → severe 2 "
        "(current); 出院病例中 → recovered_total 55. The province's none-statements (無新增…, 疑似0例) give 唐山 no zeros; 在院治療5例 is "
        "the province's, and 唐山's own in-hospital count (58−1−55) is not stated, so not computed",
        source="http://pub2biz.cn/html/news/handan/handannews/2020_03/09/218236512.html",
    ),
    dict(
        id="bl4-fd-nanjing-0308-jiangsu-eight-cities-all-discharged",
        text=(
            "3月8日0—24时,江苏省无新增新型冠状病毒肺炎确诊病例,新增出院病例8例。1例重型病例转为普通型病例。\n"
            "截至3月8日24时,江苏省累计报告新型冠状病毒肺炎确诊病例631例。其中,南京市93例、无锡市55例、徐州市79例、常州市51例、苏州市87例、南通市40例、连云港市48例、淮安市66例、盐城市27例、扬州市23例、镇江市12例、泰州市37例、宿迁市13例。\n"
            "累计确诊病例中,在院病例13例。其中,轻型病例3例;普通型病例9例;危重型病例1例(无锡市1例)。\n"
            "累计出院病例618例。其中,南京市93例、无锡市52例、徐州市76例、常州市51例、苏州市84例、南通市40例、连云港市47例、淮安市63例、盐城市27例、扬州市23例、镇江市12例、泰州市37例、宿迁市13例。其中,南京市、常州市、南通市、盐城市、扬州市、镇江市、泰州市、宿迁市8市的确诊病例全部出院。\n"
            "目前,江苏省追踪到密切接触者12639人,已解除医学观察12614人,尚有25人正在接受医学观察。(消息来源:央视新闻客户端 中央广播电视总台央视记者 吴睿)"
        ),
        published="2020-03-09",
        city="南京市",
        expect=[
            ("confirmed_total", "南京市", "2020-03-08", 93, "", ""),
            ("recovered_total", "南京市", "2020-03-08", 93, "", ""),
            ("hospitalized", "南京市", "2020-03-08", 0, "", ""),
        ],
        note="央视 text of the 江苏 bulletin on a broadcasting site (URL date 2020/03/09). For 南京: 南京市93例 in the cumulative list → "
        'confirmed_total, 南京市93例 in 累计出院病例 → recovered_total, and "8市的确诊病例全部出院" (南京 named) implies no confirmed case '
        "in hospital → hospitalized 0, said once. The province's 无新增 gives no zero to 南京; 在院病例13例 and the critical case are the "
        "province's and 无锡's",
        source="http://cneb.gov.cn/2020/03/09/ARTI1583719779566564.shtml",
    ),
    dict(
        id="bl4-fd-anqing-0128-anhui-susong-listed-beside-prefecture",
        text=(
            "安徽省新增新型冠状病毒感染的肺炎确诊病例46例\n\n安徽日报 2020-01-30 06:54 大字\n\n"
            "本报讯(记者 朱琳琳)记者从省卫健委获悉,1月28日0-24时,安徽省新增报告新型冠状病毒感染的肺炎确诊病例46例。其中:合肥13例、亳州7例、宿州6例、阜阳2例、六安2例、马鞍山1例、芜湖2例、安庆6例、黄山3例、宿松4例。\n\n"
            "新增疑似病例42例,其中:合肥4例、淮北4例、亳州9例、蚌埠1例、淮南1例、六安11例、马鞍山4例、芜湖3例、宣城1例、铜陵1例、池州1例、黄山1例、宿松1例。\n\n"
            "所有病例病情平稳,均已在定点医院接受治疗。\n\n"
            "截至1月28日24时,全省累计报告新型冠状病毒感染的肺炎确诊病例152例,其中:合肥29例、淮北2例、亳州15例、宿州9例、蚌埠3例、阜阳23例、淮南2例、滁州4例、六安6例、马鞍山11例、芜湖11例、宣城2例、铜陵9例、池州1例、安庆14例、黄山7例、宿松4例。\n\n"
            "累计医学观察密切接触者2884人,尚在接受医学观察410人。"
        ),
        published="2020-01-30 06:54",
        city="安庆市",
        expect=[
            ("confirmed_new", "安庆市", "2020-01-28", 6, "", ""),
            ("confirmed_new", "宿松县", "2020-01-28", 4, "", ""),
            ("confirmed_total", "安庆市", "2020-01-28", 14, "", ""),
            ("confirmed_total", "宿松县", "2020-01-28", 4, "", ""),
        ],
        note="安徽日报 on a 宿松 news page, the provincial bulletin of 1月28日 (published two days later; the figures carry their own date). "
        "宿松 is a county of 安庆 listed beside it (a directly administered pilot county): it is its own region (宿松县, full name) and "
        "安庆's figures are taken as written, not summed (as blind3 reads 商丘/永城). New list → confirmed_new, cumulative list → "
        'confirmed_total. 新增疑似病例 (宿松1例) has no metric; "所有病例…均已在定点医院接受治疗" is the province\'s and states no number',
        source="https://m.yybnet.net/anqing/susong/202001/10152186.html",
    ),
    dict(
        id="bl4-fd-wuhan-0219-hk-portal-national-wuhan-exceeds-hubei",
        text=(
            "【好消息】新增確診降至3位數!\n\n內地昨日新增病例394例 出院1,779例\n20/02/2020\n62857\n收藏\n分享\n"
            "內地昨日新增病例394例 出院1,779例\n內地昨日新增病例394例 出院1,779例\n內地昨日新增病例394例 出院1,779例\n\n"
            "新冠肺炎疫情持續,自1月29日以來,全國新增確診數字昨日首次降至3位數(即低於1,000人)。\n\n"
            "據國家衛健委最新通報,截至昨日(19日),31個省(自治區、直轄市)和新疆生產建設兵團報告新增確診病例394例,新增死亡病例114例(湖北108例,河北、上海、福建、山東、雲南、陝西各1例),新增疑似病例1,277例。\n\n"
            "當日新增治癒出院病例1,779例,解除醫學觀察的密切接觸者25,318人,重症病例減少113例。\n\n"
            "截至昨日,據31個省(自治區、直轄市)和新疆生產建設兵團報告,現有確診病例56,303例(其中重症病例11,864例),累計治癒出院病例16,155例,累計死亡病例2,118例,累計報告確診病例74,576例(江西、河南、雲南省各核減1例),現有疑似病例4,922例。累計追蹤到密切接觸者589,163人,尚在醫學觀察的密切接觸者126,363人。\n\n"
            "湖北新增確診病例349例(其中武漢新增615例,仙桃等4市新增13例,荊門、咸寧等10市州對確診病例中來源於原「臨床診斷病例」者進行核酸檢測,通過綜合分析,將核酸檢測結果為陰性的病例從確診病例中核減,共訂正核減279例),新增治癒出院病例1,209例(武漢553例),新增死亡病例108例(武漢88例),現有確診病例49,665例(武漢37,994例),其中重症病例11,178例(武漢9,689例)。累計治癒出院病例10,337例(武漢5,448例),累計死亡病例2,029例(武漢1,585例),累計確診病例62,031例(武漢45,027例)。新增疑似病例880例(武漢483例),現有疑似病例3,456例(武漢1,940例)。"
        ),
        published="2020-02-20",
        city="武汉市",
        expect=[
            ("confirmed_new", "武汉市", "2020-02-19", 615, "", ""),
            ("recovered_new", "武汉市", "2020-02-19", 553, "", ""),
            ("deaths_new", "武汉市", "2020-02-19", 88, "", ""),
            ("hospitalized", "武汉市", "2020-02-19", 37994, "", ""),
            ("severe", "武汉市", "2020-02-19", 9689, "", ""),
            ("recovered_total", "武汉市", "2020-02-19", 5448, "", ""),
            ("deaths_total", "武汉市", "2020-02-19", 1585, "", ""),
            ("confirmed_total", "武汉市", "2020-02-19", 45027, "", ""),
            ("suspected", "武汉市", "2020-02-19", 1940, "", ""),
        ],
        note="a Hong Kong portal's rewrite of the national report of 2月19日 (traditional, digits with thousands separators, the headline "
        "repeated and a view count 62857 as page chrome), read for 武汉. 昨日/截至昨日(19日) on a page dated 20/02/2020 → 2月19日. 湖北's "
        "349 is smaller than 武漢新增615例 because of the 279 corrections in other cities: 615 is still 武汉's new count. 現有確診 (武漢"
        "37,994例) → hospitalized, 其中重症 → severe, 現有疑似 → suspected; 新增疑似 (武漢483例) has no metric. The 港澳台 paragraph "
        "was left out",
        source="https://exmoo.com/article/141609.html",
    ),
]
