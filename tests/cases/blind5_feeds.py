"""Golden extraction cases for FEED texts, fifth BLIND set, Jan–Apr 2020.

What is here: 25 feed texts, i.e. bulletins, round-ups and wire items that summarise several places.
They include provincial bulletins with per-city lists (new, discharged, cumulative, current in hospital,
current severe, a …均為0例 list, a forecast of discharges), city and municipal bulletins with district,
county and zone lists, one city's bulletin reposted by one of its counties' sites, two national daily
reports (imported-only and local-only subtotals, 湖北/武汉 in brackets, 港澳台), Taiwanese items with a
numbered list of discharged patients, one hospital's discharge story, and world round-ups (韩国, 大邱市,
庆尚北道, 日本, 东京都, 钻石公主号, 新加坡, 香港, 澳门, 台湾, 意大利 with 伦巴第/伦巴底大区 and two more of its
regions, 西班牙, 伊朗, 德国, 美国, 纽约州, 新泽西州). Every case is a short verbatim excerpt of a public page
found with the search tool (`pages` corpus), and its `source` is that page's URL. Traditional characters,
pinyin residue ("時(shí)"), garbled characters ("河?xùn)|區"), doubled and stray commas (",," ",。"), a typo
("广尚北道"), digits with thousands separators or spaces ("1,135 人", "2 萬 4747 例"), "7萬8497例", a "0一24时"
with 一, bullets and indentation and page chrome (view counts, "責(zé)編", "关注新华网/微博/Qzone/评论", a
repeated headline or photo caption, a site's own timestamp line) are kept as found. Paragraphs a case does
not need were left out, and a paragraph is cut only after a full sentence.

How it was annotated: BLIND, i.e. as a careful reader of the text alone, before any run of the engine.
The binding conventions are tests/cases/ANNOTATION.md and shared/gold/FORMAT.md. No extractor code,
engine output or other case table was read, apart from what the brief allowed for format and
precedent: the docstring and the first two CASES entries of blind4_feeds.py.

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Sources:
* National reports: 4月8日 (traditional mirror with an UpdateTime line) and 4月21日 (中評社, traditional).
* Provincial bulletins read for one city: 江西 1月30日 (央广 site) for 新余, 湖北 2月27日 (中新網 on a garbled
  traditional mirror) for 黄冈, 福建 2月14日 (under a 宁德 site's headline) for 宁德, 黑龙江 2月28日 (央视) for
  双鸭山, 安徽 2月13日 (央廣網, garbled traditional) for 亳州, 浙江 2月16日 (央视) for 衢州, 陕西 2月16日 9时
  (garbled traditional) for 汉中.
* City and municipal bulletins: 天津 2月23日 (央视, garbled traditional), 深圳 2月8日 0–12时 (市卫健委's site),
  北京 3月20日 (市卫健委's site), 上海 3月25日 (新华社 on a 宣讲家 mirror), 襄阳 4月4日 (reposted by the 保康
  county site), 咸宁 2月2日 (咸宁日报 on the 通山 county site).
* Discharge item: 贵州省将军山医院 3月1日 (人民網 traditional edition, datelined 貴陽).
* World and Taiwan items: 2月17日 (公視), 2月25日 (韩国, a portal), 2月26日 (a Taiwanese health site), 3月14日
  (a sports site with its own timestamp), 3月16日 (芋傳媒 relaying 中央社), 3月21日 (a Hong Kong portal),
  4月7日 (新华社 on a Singapore portal), 4月14日 (新华网, 美国 states) and 4月28日 (海外網 on a garbled mirror).
Exclusions: no page comes from Hunan or mentions 株洲 or a Hunan place; this was checked on every
excerpt and on all of the page text the search tool returned, and a scan of every text, note and
source of this file for the fourteen Hunan names, 湘 and 株洲 finds none. No page comes from the DXY feed.

Overlap check:
* Before annotating, two or more distinctive phrases (10+ characters, in simplified and, where the
  page was traditional, traditional form) of every candidate were grepped with `grep -rlF` across
  tests/cases and /work/shared (file names only; no other table's content was read). Every page that
  hit another table was dropped. This removed about 45 candidates, e.g. the national report of 2月3日
  (traditional portal), the WHO round-up of 3月4日, 山东's 第6例 discharge (2月3日), 江西 2月2日 and 3月9日,
  西安 2月22日, 广西 2月3日/14日/15日, 河南 1月24日/2月1日/2月15日, 重庆 2月6日/2月20日, 黑龙江 2月9日/2月23日/
  2月27日/3月14日, 贵州 2月14日 and 2月28日, 咸宁 3月2日, 浙江 2月21日 and 3月2日, 泰顺 3月1日, 广州 2月21日,
  云南 2月7日/2月11日, 安徽 2月18日/2月24日/3月3日, 黄石 2月4日, 天津 2月3日/2月7日, 深圳 2月2日/2月20日,
  广东 2月3日, 湖北 2月2日, 福建 2月12日/2月13日, 山东 1月31日, 阜阳 2月8日, 辽宁 2月14日/2月20日, 甘肃
  2月20日, 连云港 2月15日, 马鞍山 2月3日, 海南 2月4日/2月29日 and 中山 2月7日. A 四川 2月4日 page was dropped
  for another reason: its mirror dates it 2020-08-19.
* After writing, `duplicates --repo tests/cases --min-lines 3 --most 60` listed runs that this file
  shared with other tables, and every case concerned was dropped or changed: a 甘肃 2月14日 reading for
  兰州 (its published/city/expect lines stood in another table: the same bulletin and city there, most
  likely), and six cases whose only shared lines were the published/city=None/expect lines (a 3月1日
  world round-up, a 天津 2月9日 bulletin with its district list cut, a 3月7日 人民日报 item on 意大利, a
  3月19日 daily update, a 2月15日 Taiwan item and a 3月10日 香港商報 story on the same 将军山 hospital). The
  将军山 story kept here (3月1日) is read for 贵阳市, the city of its dateline, as blind4 read its 鄂州
  hospital story for a home city. Run again on the finished file, the tool lists no row for this file
  (only its note that runs too common to list, standing in more than 8 places, were left out).

City split: twelve cases have city=None and thirteen have a home city.
* city=None: every place with a figure is expected: the country as 全国 (中國, 中國大陸 included),
  provinces in full (湖北省), municipalities (上海市), cities (武汉市), 香港/澳门/台湾, foreign countries by
  their short name (韩国 for 南韓, 意大利 for 義大利), foreign states, regions and cities as written, in
  simplified form (纽约州, 新泽西州, 东京都, 大邱市, 庆尚北道, 伦巴第, 伦巴底大区, 普利亚大区, 拉西奥大区),
  and the ship as 钻石公主号. No case has more than six places.
* Home city: a prefecture-level city in full or a municipality; only that city and its districts,
  counties, county-level cities and zones are expected. One case (贵阳, one hospital) expects nothing.

Ways of writing covered (counts of cases; a case can count under several):
  (1) provincial per-city lists read for one city: 7 (新余, 黄冈, 宁德, 双鸭山, 亳州, 衢州, 汉中);
  (2) city/municipal bulletins with district, county and zone lists: 5 (天津, 深圳, 北京, 襄阳 with
      高新区/东津新区/鱼梁洲开发区, 咸宁);
  (3) national daily reports: 2 (4月8日, 4月21日), plus national figures inside 3 other items
      (中國/中國大陸 → 全国 in 2月17日, 2月26日, 3月16日);
  (4) world round-ups, foreign and Taiwan items: 9 (2月17日, 2月25日, 2月26日, 3月14日, 3月16日, 3月21日,
      4月7日, 4月14日, 4月28日); 香港/澳门/台湾 appear in 4 cases, 钻石公主号 in 1;
  (5) one institution's discharge news, no tuple: 1 (将军山医院, home city 贵阳); institution- or
      cluster-level counts inside other texts: 3 (a church and a hospital in 韩国; prisons in 美国;
      深圳's one designated hospital, read as the city's in-hospital count because it holds all of them);
  (6) speakers and relayed bulletins: 6 (我市/全市 of 襄阳 named by its signature on a county site;
      咸宁's bulletin on a county site; 上海's 市卫健委 relayed by 新华社; 宁德's own headline over the
      province's bulletin; 國內 = 台湾 in the command centre's words; a 貴陽 dateline over one hospital);
  (7) ordinals and patient numbers: 2 (第1例…案例13 and 首例本土 in Taiwan; 患者1 in 汉中, with his
      residence in 洋县);
  (8) imported-only and local-only subtotals: 4 (4月8日, 4月21日, 上海 3月25日, 北京 3月20日);
  (9) current versus cumulative (现有确诊/在院/隔离治疗/现有重症/重症监护/现有疑似 against 累计, and
      现有治愈出院 read as cumulative): 12;
  (10) none-statements and zeros: 10 (…均為0例 lists, a headline 无新增, 新增…0例 strings, 无死亡病例,
      無新增死亡病例, 无现有疑似病例, 平谷区自有疫情以来无报告病例, 无新增治愈出院);
  (11) windows, cut-offs and local dates: 7 (0–12时, a 9时 cut-off, 7日0时 = end of 6日, 截至17號上午7點
      with 昨天, 美国东部时间, 北京时间 only, 当地时间昨日 under a 02:52 timestamp);
  (12) qualifiers in words (突破, 多, 近, 逾): 2; a forecast (即將治愈出院): 1.

Reading choices made where the binding conventions are silent (each note says which it uses):
* Dates: a 0–12时 window and a 9时 cut-off are dated that day; 截至当地时间7日0时 is the end of 4月6日; a
  time in local and Beijing time takes the local date written first, one in Beijing time only takes that
  date; 昨天 in an item dated 截至17號上午7點 is 2月16日, and 也新增 after a 昨天 clause shares it; 昨日 under
  a page timestamp of 3月15日 02:52 is 3月14日; world figures with no date take the page's date (2月26日
  中國大陸, 3月16日 今天, 3月21日 伊朗); where a page shows no date, the date its own statistics name is
  taken as published (2月26日 Taiwan, 2月25日 韩国).
* 较前一日数据增加N例 / 较前一天新增N例 / 相比周五增加了N人 / 较前日新增 on a cumulative is that day's new
  count (as in blind3/blind4); 较5日增幅143例 is a baseline, no tuple; 從 8 人倍增至 16 人 gives only 16.
* Headline or lead figures that round or repeat the body (超10万, 超60万例, 逾100萬例, 新增出院16例) are not
  extra tuples.
* Local-only subtotals are treated like imported-only ones (no tuple) even when both are given; the
  city-wide figures beside them are expected.
* 危重型/重型 (or 重症/危重) inside a 累计 sentence are read as current; 新增危重型病例0例 has no metric;
  新增重型病例0例 → severe_new 0; ICU counts (需要重症监护, 在重症监护室) → critical.
* A list's 均為0例 gives each listed place its zero; a province's own none-statement gives its cities
  nothing; absence from a list is no statement.
* A forecast (即將治愈出院) is no figure. Shares (一半以上, 80%, 67 %, 95%) have no metric. Taiwan's
  已有14人解除隔離 (beside 6 出院) gets no tuple.
"""

CASES = [
    # ------------------------------------------------------------------ city=None
    dict(
        id="bl5-fd-none-0408-national-traditional-imported-local-hubei-wuhan-hk-macau-tw",
        text=(
            "UpdateTime:2020/4/9 10:15:04\n"
            "據國家衛健委消息,4月8日0—24時(shí),31個(gè)省(自治區、直轄市)和新疆生產(chǎn)建設兵團報告新增確診病例63例,其中61例為境外輸入病例,2例為本土病例(廣東2例);新增死亡病例2例(湖北2例);新增疑似病例17例,其中16例為境外輸入病例,1例為本土病例(黑龍江1例)。\n"
            "當日新增治愈出院病例91例,解除醫學(xué)觀(guān)察的密切接觸者1848人,重癥病例減少13例。\n"
            "境外輸入現有確診病例729例(含重癥病例31例),現有疑似病例71例。累計確診病例1103例,累計治愈出院病例374例,無(wú)死亡病例。\n"
            "截至4月8日24時(shí),據31個(gè)省(自治區、直轄市)和新疆生產(chǎn)建設兵團報告,現有確診病例1160例(其中重癥病例176例),累計治愈出院病例77370例,累計死亡病例3335例,累計報告確診病例81865例,現有疑似病例73例。累計追蹤到密切接觸者716889人,尚在醫學(xué)觀(guān)察的密切接觸者12510人。\n"
            "湖北無(wú)新增確診病例,新增治愈出院病例45例(武漢45例),新增死亡病例2例(武漢2例),現有確診病例401例(武漢398例),其中重癥病例137例(武漢135例)。累計治愈出院病例64187例(武漢47036例),累計死亡病例3215例(武漢2574例),累計確診病例67803例(武漢50008例)。無(wú)新增疑似病例,無(wú)現有疑似病例。\n"
            "累計收到港澳臺地區通報確診病例1384例:香港特別行政區960例(出院264例,死亡4例),澳門(mén)特別行政區45例(出院10例),中國臺灣地區379例(出院67例,死亡5例)。"
        ),
        published="2020-04-09 10:15",
        city=None,
        expect=[
            ("confirmed_new", "全国", "2020-04-08", 63, "", ""),
            ("deaths_new", "全国", "2020-04-08", 2, "", ""),
            ("deaths_new", "湖北省", "2020-04-08", 2, "", ""),
            ("recovered_new", "全国", "2020-04-08", 91, "", ""),
            ("observation_released_new", "全国", "2020-04-08", 1848, "", ""),
            ("hospitalized", "全国", "2020-04-08", 1160, "", ""),
            ("severe", "全国", "2020-04-08", 176, "", ""),
            ("recovered_total", "全国", "2020-04-08", 77370, "", ""),
            ("deaths_total", "全国", "2020-04-08", 3335, "", ""),
            ("confirmed_total", "全国", "2020-04-08", 81865, "", ""),
            ("suspected", "全国", "2020-04-08", 73, "", ""),
            ("close_contacts_total", "全国", "2020-04-08", 716889, "", ""),
            ("observation", "全国", "2020-04-08", 12510, "", ""),
            ("confirmed_new", "湖北省", "2020-04-08", 0, "", ""),
            ("recovered_new", "湖北省", "2020-04-08", 45, "", ""),
            ("recovered_new", "武汉市", "2020-04-08", 45, "", ""),
            ("deaths_new", "武汉市", "2020-04-08", 2, "", ""),
            ("hospitalized", "湖北省", "2020-04-08", 401, "", ""),
            ("hospitalized", "武汉市", "2020-04-08", 398, "", ""),
            ("severe", "湖北省", "2020-04-08", 137, "", ""),
            ("severe", "武汉市", "2020-04-08", 135, "", ""),
            ("recovered_total", "湖北省", "2020-04-08", 64187, "", ""),
            ("recovered_total", "武汉市", "2020-04-08", 47036, "", ""),
            ("deaths_total", "湖北省", "2020-04-08", 3215, "", ""),
            ("deaths_total", "武汉市", "2020-04-08", 2574, "", ""),
            ("confirmed_total", "湖北省", "2020-04-08", 67803, "", ""),
            ("confirmed_total", "武汉市", "2020-04-08", 50008, "", ""),
            ("suspected", "湖北省", "2020-04-08", 0, "", ""),
            ("confirmed_total", "香港", "2020-04-08", 960, "", ""),
            ("recovered_total", "香港", "2020-04-08", 264, "", ""),
            ("deaths_total", "香港", "2020-04-08", 4, "", ""),
            ("confirmed_total", "澳门", "2020-04-08", 45, "", ""),
            ("recovered_total", "澳门", "2020-04-08", 10, "", ""),
            ("confirmed_total", "台湾", "2020-04-08", 379, "", ""),
            ("recovered_total", "台湾", "2020-04-08", 67, "", ""),
            ("deaths_total", "台湾", "2020-04-08", 5, "", ""),
        ],
        note="national report of 4月8日 on a traditional mirror with pinyin residue (時(shí), 觀(guān)) kept; UpdateTime line gives published. "
        "Imported-only figures (61, 境外輸入現有729/31/71, 累計1103/374) and the local-only split (本土病例…廣東2例) give no tuple; "
        "the 疑似 brackets (黑龍江1例) are new suspected, no metric. 新增死亡病例2例(湖北2例) → 湖北省 deaths_new 2, restated in the "
        "湖北 paragraph (one tuple). 湖北無新增確診 → 湖北省 confirmed_new 0 (武漢 is not said, no tuple); 無現有疑似病例 → 湖北省 "
        "suspected 0. 現有確診 → hospitalized, 重癥 → severe; 重癥病例減少13例 is a change, no tuple. 港澳臺: each region's total, "
        "出院 → recovered_total, 死亡 → deaths_total; the 1384 sum has no region. The asymptomatic paragraph was left out. Six places",
        source="http://sdwanliyuan.com/news/detail-8b7f3285-4c3d-44f7-9330-b74c8d39ddb6.html",
    ),
    dict(
        id="bl5-fd-none-0421-crntt-national-traditional-hubei-wuhan-hk-macau-tw",
        text=(
            "4月21日新型冠狀病毒肺炎疫情最新情況\n"
            "http://www.CRNTT.tw   2020-04-22 09:24:08\n"
            "  中評社北京4月22日電/據國家衛建委網站報道,4月21日0—24時,31個省(自治區、直轄市)和新疆生產建設兵團報告新增確診病例30例,其中23例為境外輸入病例,7例為本土病例(黑龍江7例);無新增死亡病例;新增疑似病例3例,均為境外輸入疑似病例。\n\n"
            "  當日新增治愈出院病例28例,解除醫學觀察的密切接觸者784人,重症病例減少4例。\n\n"
            "  境外輸入現有確診病例811例(含重症病例41例),現有疑似病例30例。累計確診病例1610例,累計治愈出院病例799例,無死亡病例。\n\n"
            "  截至4月21日24時,據31個省(自治區、直轄市)和新疆生產建設兵團報告,現有確診病例1005例(其中重症病例78例),累計治愈出院病例77151例,累計死亡病例4632例,累計報告確診病例82788例,現有疑似病例35例。累計追蹤到密切接觸者727589人,尚在醫學觀察的密切接觸者8796人。\n\n"
            "  湖北無新增確診病例,新增治愈出院病例5例(武漢5例),無新增死亡病例,現有確診病例97例(武漢97例),其中重症病例15例(武漢15例)。累計治愈出院病例63519例(武漢46367例),累計死亡病例4512例(武漢3869例),累計確診病例68128例(武漢50333例)。無新增疑似病例,無現有疑似病例。\n\n"
            "  累計收到港澳台地區通報確診病例1499例。其中,香港特別行政區1029例(出院650例,死亡4例),澳門特別行政區45例(出院24例),台灣地區425例(出院217例,死亡6例)。"
        ),
        published="2020-04-22 09:24",
        city=None,
        expect=[
            ("confirmed_new", "全国", "2020-04-21", 30, "", ""),
            ("deaths_new", "全国", "2020-04-21", 0, "", ""),
            ("recovered_new", "全国", "2020-04-21", 28, "", ""),
            ("observation_released_new", "全国", "2020-04-21", 784, "", ""),
            ("hospitalized", "全国", "2020-04-21", 1005, "", ""),
            ("severe", "全国", "2020-04-21", 78, "", ""),
            ("recovered_total", "全国", "2020-04-21", 77151, "", ""),
            ("deaths_total", "全国", "2020-04-21", 4632, "", ""),
            ("confirmed_total", "全国", "2020-04-21", 82788, "", ""),
            ("suspected", "全国", "2020-04-21", 35, "", ""),
            ("close_contacts_total", "全国", "2020-04-21", 727589, "", ""),
            ("observation", "全国", "2020-04-21", 8796, "", ""),
            ("confirmed_new", "湖北省", "2020-04-21", 0, "", ""),
            ("recovered_new", "湖北省", "2020-04-21", 5, "", ""),
            ("recovered_new", "武汉市", "2020-04-21", 5, "", ""),
            ("deaths_new", "湖北省", "2020-04-21", 0, "", ""),
            ("hospitalized", "湖北省", "2020-04-21", 97, "", ""),
            ("hospitalized", "武汉市", "2020-04-21", 97, "", ""),
            ("severe", "湖北省", "2020-04-21", 15, "", ""),
            ("severe", "武汉市", "2020-04-21", 15, "", ""),
            ("recovered_total", "湖北省", "2020-04-21", 63519, "", ""),
            ("recovered_total", "武汉市", "2020-04-21", 46367, "", ""),
            ("deaths_total", "湖北省", "2020-04-21", 4512, "", ""),
            ("deaths_total", "武汉市", "2020-04-21", 3869, "", ""),
            ("confirmed_total", "湖北省", "2020-04-21", 68128, "", ""),
            ("confirmed_total", "武汉市", "2020-04-21", 50333, "", ""),
            ("suspected", "湖北省", "2020-04-21", 0, "", ""),
            ("confirmed_total", "香港", "2020-04-21", 1029, "", ""),
            ("recovered_total", "香港", "2020-04-21", 650, "", ""),
            ("deaths_total", "香港", "2020-04-21", 4, "", ""),
            ("confirmed_total", "澳门", "2020-04-21", 45, "", ""),
            ("recovered_total", "澳门", "2020-04-21", 24, "", ""),
            ("confirmed_total", "台湾", "2020-04-21", 425, "", ""),
            ("recovered_total", "台湾", "2020-04-21", 217, "", ""),
            ("deaths_total", "台湾", "2020-04-21", 6, "", ""),
        ],
        note="national report of 4月21日 via 中評社 (traditional; the CRNTT line gives published; the page's 【打 印】 chrome before and "
        "after and the asymptomatic paragraph were left out). 無新增死亡病例 → 全国 deaths_new 0, and 湖北's own → 湖北省 deaths_new 0. "
        "7例為本土病例(黑龍江7例) is a local-only split (黑龍江's imported cases are not given): no tuple. Imported-only figures "
        "(23, 811/41/30, 1610/799) give no tuple. 重症病例減少4例 is a change. 湖北無新增確診 → 湖北省 confirmed_new 0 (武漢 not said); "
        "無現有疑似病例 → 湖北省 suspected 0; 武漢 in brackets is the city's figure. 港澳台 as in the 4月8日 case. Six places",
        source="http://49.213.3.36/doc/7_0_105744849_1.html",
    ),
    dict(
        id="bl5-fd-none-0414-xinhua-usa-newyork-newjersey-jhu",
        text=(
            "新华网 正文\n约翰斯·霍普金斯大学:美国确诊病例超60万例\n2020-04-15 07:41:10 来源: 新华网\n关注新华网\n微博\nQzone\n评论\n\n"
            "海报:美国确诊病例超60万例 新华社记者 卢哲 编制\n\n"
            "  新华社纽约4月14日电 美国约翰斯·霍普金斯大学14日发布的新冠疫情最新统计数据显示,美国确诊病例超过60万例,是目前全球确诊病例和死亡病例最多的国家。\n\n"
            "  数据显示,截至美国东部时间14日19时(北京时间15日7时),美国确诊病例升至602989例,死亡病例达25575例。\n\n"
            "  数据显示,纽约州是美国疫情最严重的地区,确诊病例达202630例,死亡病例达10834例;新泽西州确诊病例达68824例,死亡病例达2805例。"
        ),
        published="2020-04-15 07:41",
        city=None,
        expect=[
            ("confirmed_total", "美国", "2020-04-14", 602989, "", ""),
            ("deaths_total", "美国", "2020-04-14", 25575, "", ""),
            ("confirmed_total", "纽约州", "2020-04-14", 202630, "", ""),
            ("deaths_total", "纽约州", "2020-04-14", 10834, "", ""),
            ("confirmed_total", "新泽西州", "2020-04-14", 68824, "", ""),
            ("deaths_total", "新泽西州", "2020-04-14", 2805, "", ""),
        ],
        note="新华社 on the JHU count, page chrome (关注新华网/微博/Qzone/评论, the poster caption) kept. 截至美国东部时间14日19时(北京时间15日7时) "
        "takes the local date written first (4月14日). The headline's and the lead's 超60万例/超过60万例 restate 602989 (no extra tuple). "
        "The states paragraph was cut after the 新泽西州 sentence: its last sentence (其他州…确诊病例超过2万例) was left out",
        source="http://xinhuanet.com/politics/2020-04/15/c_1125856291.htm",
    ),
    dict(
        id="bl5-fd-none-0217-pts-china-taiwan-japan-singapore-korea-hk-yesterday",
        text=(
            "新冠病毒疫情 全球確診病例數持續增加\n\n \n"
            "截至17號上午7點為止的全球新型冠狀病毒病例統計: 中國又新增100人死亡,目前中國死亡人數累積為1765人,確診病例也增加2千多例,目前中國確診病例數已經突破7萬人。各國確診病例數,台灣昨天新增兩例,其中一例死亡,目前確診病例數是20例。日本疫情持續發燒,昨天又增加5例,確診人數累積59例。新加坡也新增3例,確診達到75例。南韓29例,香港57例,東南亞多國維持原本的案例數。"
        ),
        published="2020-02-17",
        city=None,
        expect=[
            ("deaths_new", "全国", "2020-02-17", 100, "", ""),
            ("deaths_total", "全国", "2020-02-17", 1765, "", ""),
            ("confirmed_new", "全国", "2020-02-17", 2000, "", "more_than"),
            ("confirmed_total", "全国", "2020-02-17", 70000, "", "more_than"),
            ("confirmed_new", "台湾", "2020-02-16", 2, "", ""),
            ("deaths_new", "台湾", "2020-02-16", 1, "", ""),
            ("confirmed_total", "台湾", "2020-02-17", 20, "", ""),
            ("confirmed_new", "日本", "2020-02-16", 5, "", ""),
            ("confirmed_total", "日本", "2020-02-17", 59, "", ""),
            ("confirmed_new", "新加坡", "2020-02-16", 3, "", ""),
            ("confirmed_total", "新加坡", "2020-02-17", 75, "", ""),
            ("confirmed_total", "韩国", "2020-02-17", 29, "", ""),
            ("confirmed_total", "香港", "2020-02-17", 57, "", ""),
        ],
        note="公視 (Taiwan) world count, traditional; the paragraph was cut after 東南亞多國維持原本的案例數 to keep six places (the ship, 法國, "
        "德國 … follow). 截至17號上午7點 dates the totals and 中國's 又新增100人死亡 (2月17日); 昨天新增/昨天又增加 are 2月16日, and "
        "新加坡也新增3例 continues 日本's 昨天 (2月16日). 中國 → 全国: 2千多例 → 2000 more_than, 突破7萬人 → 70000 more_than. "
        "台灣…其中一例死亡 → deaths_new 1 (one of the two new cases died). 南韓29例/香港57例 are totals. 東南亞多國 has no figure",
        source="https://news.pts.org.tw/article/466799/amp",
    ),
    dict(
        id="bl5-fd-none-0407-xinhua-germany-two-counts-japan-tokyo-ship",
        text=(
            "实时|德国确诊病例超10万 日本累计确诊4100例\n\n"
            "德媒:德国确诊病例超10万例\n\n"
            "新华社柏林4月7日电(记者田颖)德国媒体NTV在7日报道的新冠病毒疫情最新数据显示,截至当地时间7日8时,德国累计确诊病例已超过10万例,累计100168例,累计死亡1646例。\n\n"
            "德国疾控机构罗伯特·科赫研究所公布的最新数据显示,截至当地时间7日0时,德国累计确诊病例为99225例,较前一日数据增加3834例,累计死亡1607例。\n\n"
            "日本累计新冠确诊病例4100例\n\n"
            "新华社东京4月7日电(记者华义)据日本广播协会电视台统计的新冠疫情数据,截至7日10时30分(北京时间9时30分),日本确诊病例比6日同期新增235例,累计确诊4100例,累计死亡97例。日本媒体称首相安倍晋三可能在7日晚发布紧急事态宣言。\n\n"
            "在病例数较多的东京都,6日新增确诊病例83例,较5日增幅143例有所回落,累计确诊病例1116例。东京都政府表示,可能有些医疗机构周末休息导致了6日报告的新增病例减少。东京都知事小池百合子说,7日就可安排首批住院的轻症患者到酒店隔离,将病床优先给重症患者。\n\n"
            "另据日本厚生劳动省6日统计,日本确诊病例中已有592人出院。“钻石公主”号邮轮确诊患者依然为712人,其中619人出院,11人死亡。"
        ),
        published="2020-04-07",
        city=None,
        expect=[
            ("confirmed_total", "德国", "2020-04-07", 100168, "", ""),
            ("deaths_total", "德国", "2020-04-07", 1646, "", ""),
            ("confirmed_total", "德国", "2020-04-06", 99225, "", ""),
            ("confirmed_new", "德国", "2020-04-06", 3834, "", ""),
            ("deaths_total", "德国", "2020-04-06", 1607, "", ""),
            ("confirmed_new", "日本", "2020-04-07", 235, "", ""),
            ("confirmed_total", "日本", "2020-04-07", 4100, "", ""),
            ("deaths_total", "日本", "2020-04-07", 97, "", ""),
            ("confirmed_new", "东京都", "2020-04-06", 83, "", ""),
            ("confirmed_total", "东京都", "2020-04-06", 1116, "", ""),
            ("recovered_total", "日本", "2020-04-06", 592, "", ""),
            ("confirmed_total", "钻石公主号", "2020-04-06", 712, "", ""),
            ("recovered_total", "钻石公主号", "2020-04-06", 619, "", ""),
            ("deaths_total", "钻石公主号", "2020-04-06", 11, "", ""),
        ],
        note="新华社 items on a Singapore portal (the page's leading 'X' chrome left out), two counts for 德国: NTV's as of 7日8时 "
        "(4月7日) and the Robert Koch institute's as of 7日0时, which is the end of 4月6日; 较前一日数据增加3834例 on that cumulative is "
        "6日's new count. 超10万/已超过10万例 restate 100168. 日本…比6日同期新增235例 is 7日's new count (6日同期 is the baseline). "
        "东京都 6日新增83例 and 累计1116例 are of 4月6日; 较5日增幅143例 is the comparison's baseline, no tuple. The last paragraph "
        "(厚生劳动省6日统计) dates 日本's 592 discharged and the ship's 712/619/11 to 4月6日. Test counts paragraphs left out",
        source="https://xinjiapo.news/news/364343/amp",
    ),
    dict(
        id="bl5-fd-none-0316-taronews-italy-regions-china-deaths",
        text=(
            "芋傳媒 TaroNews - 台灣觀點.芋見真相\n\n"
            "義大利武漢肺炎暴增368死創單日新高 累計1809死\n\n"
            "圖片來源:pixabay 作者:Openpics\n\n"
            "義大利當局今天通報境內新增 368 起武漢肺炎死亡病例,創下疫情爆發至今的單日死亡通報新高紀錄,累計死亡數來到 1809 人,目前在全球僅次於中國官方數據的 3199 死。\n\n"
            "義大利民防保護局(Civil Protection Agency)提供給媒體的數據還顯示,全國的 2019 冠狀病毒疾病(COVID- 19 ,武漢肺炎)確診數大增 3590 例,累計來到 2 萬 4747 例。\n\n"
            "以米蘭(Milan)為首府的倫巴底大區(Lombardy)依然是歐洲武漢肺炎疫情重災區,官方數據指出當地有 1218 起死亡病例,占全國死亡總數的 67 %。\n\n"
            "義大利南部普利亞大區(Puglia)的死亡病例數今天從 8 人倍增至 16 人。\n\n"
            "包括首都羅馬(Rome)在內的拉西奧大區(Lazio),死亡病例數也增至 16 人。"
        ),
        published="2020-03-16",
        city=None,
        expect=[
            ("deaths_new", "意大利", "2020-03-16", 368, "", ""),
            ("deaths_total", "意大利", "2020-03-16", 1809, "", ""),
            ("deaths_total", "全国", "2020-03-16", 3199, "", ""),
            ("confirmed_new", "意大利", "2020-03-16", 3590, "", ""),
            ("confirmed_total", "意大利", "2020-03-16", 24747, "", ""),
            ("deaths_total", "伦巴底大区", "2020-03-16", 1218, "", ""),
            ("deaths_total", "普利亚大区", "2020-03-16", 16, "", ""),
            ("deaths_total", "拉西奥大区", "2020-03-16", 16, "", ""),
        ],
        note="芋傳媒 relaying 中央社, traditional, spaced digits (' 368 ', '2 萬 4747') and site chrome kept. 今天 is the page's date (URL "
        "2020/03/16). 義大利 is 意大利; 中國官方數據的 3199 死 → 全国 deaths_total. The regions are foreign regions as written, in "
        "simplified form: 倫巴底大區 → 伦巴底大区, 普利亞大區 → 普利亚大区, 拉西奧大區 → 拉西奥大区. 占全國死亡總數的 67 % has no metric; "
        "從 8 人倍增至 16 人 gives only the total 16 (8 is a baseline); 米蘭/羅馬 are capitals named without figures. The mayor's "
        "death paragraph was left out",
        source="https://wp.taronews.tw/2020/03/16/636902/",
    ),
    dict(
        id="bl5-fd-none-0314-sports-site-italy-lombardy-yesterday-icu",
        text=(
            "TOP体育 2020-03-15 02:52:06\n"
            "意大利\n"
            "当地时间昨日晚间,意大利官方发布新闻发布会证实,意大利全国因此次新冠疫情死亡的人数,已增加至1441人,在过去24小时内有175人逝世,目前有1518人需要重症监护。\n"
            "截止昨日晚间,意大利的确诊人数增加到了17750人,相比周五增加了2795人。\n"
            "伦巴第目前依旧是疫情最严重的地区,过去三周该地区累计因新冠肺炎死亡的人数达到了966人死亡(昨日新增76人),该地区累计病例4898人,其中732人在重症监护室接受治疗。\n"
            "令人欣慰的好消息是,在17750个病例中,已有1966人已经完全康复,同时根据官方预计,由于本周以来意大利全国均采取了封城措施,新病例的增加数量有望在未来几天内开始减少。"
        ),
        published="2020-03-15 02:52",
        city=None,
        expect=[
            ("deaths_total", "意大利", "2020-03-14", 1441, "", ""),
            ("deaths_new", "意大利", "2020-03-14", 175, "", ""),
            ("critical", "意大利", "2020-03-14", 1518, "", ""),
            ("confirmed_total", "意大利", "2020-03-14", 17750, "", ""),
            ("confirmed_new", "意大利", "2020-03-14", 2795, "", ""),
            ("recovered_total", "意大利", "2020-03-14", 1966, "", ""),
            ("deaths_total", "伦巴第", "2020-03-14", 966, "", ""),
            ("deaths_new", "伦巴第", "2020-03-14", 76, "", ""),
            ("confirmed_total", "伦巴第", "2020-03-14", 4898, "", ""),
            ("critical", "伦巴第", "2020-03-14", 732, "", ""),
        ],
        note="a sports site's item with its own timestamp (2020-03-15 02:52): 昨日 is 3月14日 and dates every figure (the 意大利 "
        "heading is chrome). 在过去24小时内有175人逝世 → deaths_new; 需要重症监护 / 在重症监护室接受治疗 are ICU patients, read as "
        "critical (current). 相比周五增加了2795人 on the cumulative is the day's new count (周五 is the baseline). 伦巴第 is a foreign "
        "region as written (昨日新增76人 → its deaths_new). 在17750个病例中…1966人已经完全康复 → recovered_total; the forecast of "
        "fewer new cases has no figure",
        source="https://top5188.com/yijiaNews/831.html",
    ),
    dict(
        id="bl5-fd-none-0428-haiwainet-garbled-usa-million-prisons-no-tuple",
        text=(
            "摘要:截至北京時(shí)間4月28日6時(shí)30分左右,,全球累計(jì)確診新冠肺炎病例3034801例,,累計(jì)死亡210511例,。\n"
            "全球累計(jì)確診新冠肺炎病例超303萬(wàn)例。(圖源:美聯(lián)社)\n"
            "【海外網(wǎng)4月28日|戰(zhàn)疫全時(shí)區(qū)】美國(guó)約翰斯·霍普金斯大學(xué)發(fā)布的實(shí)時(shí)統(tǒng)計(jì)數(shù)據(jù)顯示,,截至北京時(shí)間4月28日6時(shí)30分左右,,全球累計(jì)確診新冠肺炎病例3034801例,累計(jì)死亡210511例,。\n"
            "全球新冠肺炎疫情持續(xù)蔓延,,不少國(guó)家開始放寬限制措施,意大利公布疫情第二階段防控措施,,將從5月4日起逐步復(fù)工,;西班牙逐步解除封鎖措施;法國(guó)將公布解封方案,,伊朗不同區(qū)域根據(jù)疫情推行不同限制措施,;此外,此前確診感染新冠病毒的英國(guó)首相約翰遜正式恢復(fù)全職工作,。\n"
            "美國(guó)累計(jì)確診逾100萬(wàn)例監(jiān)獄“無(wú)癥狀感染者”比例驚人\n"
            "據(jù)Worldometer世界實(shí)時(shí)統(tǒng)計(jì)數(shù)據(jù),,截至北京時(shí)間4月28日6時(shí)30分左右,美國(guó)累計(jì)確診逾100萬(wàn)例,,達(dá)1004942例,,死亡56527例。\n"
            "據(jù)路透社倫敦4月25日消息,,隨著病毒擴(kuò)散,,美國(guó)各州的監(jiān)獄開始進(jìn)行大規(guī)模檢測(cè)。隨著檢測(cè)規(guī)模擴(kuò)大,,發(fā)現(xiàn)了大量無(wú)癥狀囚犯,。俄亥俄州馬里恩管教所對(duì)2300名囚犯進(jìn)行檢測(cè)后,驚人地發(fā)現(xiàn)在2028名結(jié)果呈陽(yáng)性的囚犯中,,近95%的人沒(méi)有癥狀,。根據(jù)路透社記者的采訪以及查詢的記錄,在阿肯色州,、北卡羅來(lái)納州,、俄亥俄州和弗吉尼亞州這4個(gè)州的監(jiān)獄系統(tǒng)中,,3277名檢測(cè)呈陽(yáng)性的囚犯中有96%的人屬于無(wú)癥狀感染者,。"
        ),
        published="2020-04-28",
        city=None,
        expect=[
            ("confirmed_total", "美国", "2020-04-28", 1004942, "", ""),
            ("deaths_total", "美国", "2020-04-28", 56527, "", ""),
        ],
        note="海外網 world item on a garbled traditional mirror (時(shí), doubled and stray commas ',,' ',。' kept). A time written only in "
        "Beijing time (截至北京時間4月28日6時30分) takes that date. 逾100萬例 restates 1004942 (no extra tuple). The global counts "
        "(3034801, 210511, 超303萬) have no region. The prison figures (one facility's 2300 tested and 2028 positive, 3277 positive "
        "prisoners in four states' prison systems) are institutions' counts and mostly about asymptomatic infection: no tuple for "
        "俄亥俄州 or the other states; 95%/96% have no metric. 意大利/西班牙/法國/伊朗/英國 are named without figures",
        source="https://feifmx.com/international/1000/20200428/38149786_all.html",
    ),
    dict(
        id="bl5-fd-none-0321-hk-portal-italy-spain-korea-iran-qualifiers",
        text=(
            "歐洲成新型肺炎重災區 意大利死亡人數超逾中國\n\n"
            "0\n230\n意大利駐港領事館網站截圖\n\n"
            "歐洲成為新型肺炎重災區,意大利在3月20日,死亡人數已超越中國,突破3,400人後,西班牙在3月19日,亦新增235宗死亡病例,累計死亡人數突破1,000人,2,800多人確診,累計近2萬人受染病。\n\n"
            "而據《韓聯社》報道,在南韓駐米蘭總領事館和位於羅馬的駐意大使館轄區內,分別有421和150人願意搭乘南韓政府包機回國,因此,當局認為有需要安排兩架包機進行接載行動,具體時間未確定。另外,南韓,在3月19至20的一天裡,新增87宗新型冠狀病毒確診病例,累計確診8,652宗。\n\n"
            "在中東多國,最受關注的伊朗,疫情仍未受控,再多149人死亡,一日新增逾1,200人確診,累計逾19,000人染病,1,433人不治。"
        ),
        published="2020-03-21",
        city=None,
        expect=[
            ("deaths_total", "意大利", "2020-03-20", 3400, "", "more_than"),
            ("deaths_new", "西班牙", "2020-03-19", 235, "", ""),
            ("deaths_total", "西班牙", "2020-03-19", 1000, "", "more_than"),
            ("confirmed_new", "西班牙", "2020-03-19", 2800, "", "more_than"),
            ("confirmed_total", "西班牙", "2020-03-19", 20000, "", "about"),
            ("confirmed_new", "韩国", "2020-03-20", 87, "", ""),
            ("confirmed_total", "韩国", "2020-03-20", 8652, "", ""),
            ("deaths_new", "伊朗", "2020-03-21", 149, "", ""),
            ("confirmed_new", "伊朗", "2020-03-21", 1200, "", "more_than"),
            ("confirmed_total", "伊朗", "2020-03-21", 19000, "", "more_than"),
            ("deaths_total", "伊朗", "2020-03-21", 1433, "", ""),
        ],
        note="Hong Kong portal, traditional, digits with thousands separators, view-count chrome ('0', '230') and the picture caption kept. "
        "突破3,400人 → 3400 more_than; 西班牙's clause chain is of 3月19日: 新增235宗死亡 → deaths_new, 突破1,000人 → more_than, "
        "2,800多人確診 → that day's new confirmed, more_than; 近2萬人 → 20000 about. 南韓 在3月19至20的一天裡 → 3月20日. 伊朗's "
        "figures have no date and take the page's (URL 2020/03/21); 逾 → more_than. 中國 is named without a number; 421 and 150 "
        "people waiting for charter flights (包機) are no case figures",
        source="https://asiairn.com/2020/03/21/5778.html",
    ),
    dict(
        id="bl5-fd-none-0325-xinhua-shanghai-imported-local-subtotals",
        text=(
            "上海新增18例境外输入确诊病例 无新增本地确诊病例\n\n"
            "上海新增18例境外输入确诊病例 无新增本地确诊病例\n\n"
            "新华社上海3月26日电(记者袁全 仇逸)上海市卫健委26日通报:3月25日0—24时,通过口岸联防联控机制,报告18例境外输入确诊病例。截至3月25日24时,上海累计报告境外输入确诊病例112例,现有20例境外输入疑似病例正在排查中。\n\n"
            "18例境外输入确诊病例均已转至定点医疗机构救治,已追踪同航班的密切接触者73人,均已落实集中隔离观察。\n\n"
            "3月25日0—24时,上海无新增本地新冠肺炎确诊病例。截至3月25日24时,上海累计报告本地确诊病例339例,现有本地疑似病例0例。\n\n"
            "3月25日0—24时,上海无新增治愈出院。截至3月25日24时,上海累计治愈出院330例,死亡5例。现有116例在院治疗,含境外输入109例,其中病情平稳108例,重症2例,危重型6例。"
        ),
        published="2020-03-26",
        city=None,
        expect=[
            ("recovered_new", "上海市", "2020-03-25", 0, "", ""),
            ("recovered_total", "上海市", "2020-03-25", 330, "", ""),
            ("deaths_total", "上海市", "2020-03-25", 5, "", ""),
            ("hospitalized", "上海市", "2020-03-25", 116, "", ""),
            ("severe", "上海市", "2020-03-25", 2, "", ""),
            ("critical", "上海市", "2020-03-25", 6, "", ""),
        ],
        note="新华社 on 上海市卫健委's bulletin (a 宣讲家 mirror, the headline repeated as found). The speaker is named: 上海 → 上海市. "
        "Imported-only figures (18 new, 112 cumulative, 20 imported suspected, 109 of those in hospital) and the local-only split "
        "(无新增本地确诊, 本地确诊339例, 本地疑似0例) give no tuple, as the text gives no city-wide new or cumulative count. City-wide: "
        "无新增治愈出院 → recovered_new 0, 累计治愈出院330例 and 死亡5例, 现有116例在院治疗 → hospitalized, 重症2 → severe, 危重型6 → "
        "critical; 病情平稳108例 has no metric. The 73 flight contacts are a new tracing count, no cumulative: no tuple",
        source="http://71.cn/2020/0326/1080585.shtml",
    ),
    dict(
        id="bl5-fd-none-0225-korea-daegu-gyeongbuk-typo-cluster-hospital",
        text=(
            "影/韩国新冠疫情往北蔓延 庆尚北道新增病例首度超过大邱\n"
            "▲全身防护装备的防疫人员,周一在首都圈的富平区进行消毒。据指出,韩国新冠肺炎疫情有从大邱往北发展的趋势。(图/达志影像/美联社)\n"
            "韩国「中央防疫对策本部」周二(25日)通报,截至当天上午9点,韩国较前一天新增60例新冠肺炎确诊病例。在60例新增病例中,大邱市16例,广尚北道33例。\n"
            "其中一半以上的新病例集中在庆尚北道,这也是庆北新增病例首度超过大邱。「韩联社」分析:这或许是病毒传播正在从大邱扩展到庆北的迹象。\n"
            "目前,韩国80%确诊病例集中在大邱市及相邻的庆尚北道。两地分别有两个主要的传染发生地:「新天地」大邱教会及庆尚北道清道郡大南医院。与这两个地方有关的确诊病例分别为456例和113例。\n"
            "之前大邱市「新天地」教会发生的「超级传播事件」吸引了大部分媒体及公众的注意力。然而跟大邱相邻、仅半小时车程的庆尚北道清道郡大南医院或许更加值得关注。截至目前,韩国8例死亡病例中,6例均为大南医院的患者。"
        ),
        published="2020-02-25",
        city=None,
        expect=[
            ("confirmed_new", "韩国", "2020-02-25", 60, "", ""),
            ("confirmed_new", "大邱市", "2020-02-25", 16, "", ""),
            ("confirmed_new", "庆尚北道", "2020-02-25", 33, "", ""),
            ("deaths_total", "韩国", "2020-02-25", 8, "", ""),
        ],
        note="portal item relaying 中央防疫对策本部 of 周二(25日) (2月25日; the page shows no date of its own). The first paragraph was cut "
        "after 广尚北道33例 to keep three places (京畿道, 釜山市, 首尔市, 庆尚南道 follow). 广尚北道 is the text's typo for 庆尚北道 "
        "(so written everywhere else): region 庆尚北道. 较前一天新增60例 is 25日's new count. 一半以上 and 80% are shares with no "
        "metric; 456例/113例 are clusters (a church, a hospital) and 6 of the deaths are one hospital's patients: no tuple. "
        "8例死亡病例 → 韩国 deaths_total 8. 富平区 is named without a figure",
        source="https://cn.bg3.co/a/ying-han-guo-xin-guan-yi-qing-wang-bei-man-yan-qing-shang-bei-dao-xin-zeng-bing-li-shou-du-chao-guo-da-qiu.html",
    ),
    dict(
        id="bl5-fd-none-0226-heho-taiwan-ordinals-discharged-list-mainland",
        text=(
            "中央流行疫情指揮中心宣布,目前台灣確診32例個案中,已有14人解除隔離,其中有6人出院,其餘還在會診中。\n"
            "已出院的確診個案\n"
            "第1例:55歲 女性 台商(1/21)\n"
            "1月20日武漢搭機返台,入境時主動通報發燒等症狀,隔離篩檢後確診。\n"
            "第4例:50多歲 女性 台商(1/26)\n"
            "從武漢赴歐跟團旅遊,1月25日症狀加劇獨自返台,入境時主動通報,隔離篩檢後確診。\n"
            "第5例:50多歲 女性 台商(1/27)\n"
            "與案例1同機返台的女台商,不過座位距離較遠,應早在武漢就已感染,其後丈夫也受感染,為台灣首例本土傳染病例。\n"
            "第10例:40多歲 男性 案例9的丈夫(1/31)\n"
            "案例9的丈夫,原列接觸者,經調查發現去年9月至武漢工作,今年1月12日返台。起先上呼吸道症狀被診斷為一般感冒,後因太太確診接受採檢,檢出陽性反應。\n"
            "案例13:20多歲 女性 台商(2/6)\n"
            "1月21日從武漢經深圳返台,2月1日出現咳嗽有痰及胸悶症狀,經通報檢驗確診。\n"
            "案例12:40多歲 男性 台商(2/6)\n"
            "1月17日從武漢前往遼寧,2月2日返台,3日出現發燒、咳嗽、頭痛等症狀,經通報檢驗確診。\n"
            "台灣疫情總匯\n"
            "指揮中心統計,26日時,國內新增15例嚴重特殊傳染性肺炎通報個案,目前累計通報2086個案,含32名確診、2024名排除,其餘隔離檢驗中(22名初驗陰性、其餘待檢驗)。\n"
            "確診個案中,目前1名死亡、6名出院(案13於26日出院)、其餘個案持續住院隔離。\n"
            "另鑽石公主號返台國人中,2月25日後送1人一採結果陰性,二採檢驗中,其餘18人無疑似症狀,持續於集中檢疫所密切觀察健康情形。\n"
            "指揮中心指出,依據中國大陸疾控中心通報及各省市區衛生健康委員會公布資料,中國大陸全部31省市區(不含港澳特別行政區)累計確診7萬8497例,較前日新增433例,其中8346例重症,2744例死亡。"
        ),
        published="2020-02-26",
        city=None,
        expect=[
            ("confirmed_total", "台湾", "2020-02-26", 32, "", ""),
            ("recovered_total", "台湾", "2020-02-26", 6, "", ""),
            ("deaths_total", "台湾", "2020-02-26", 1, "", ""),
            ("recovered_new", "台湾", "2020-02-26", 1, "", ""),
            ("confirmed_total", "全国", "2020-02-26", 78497, "", ""),
            ("confirmed_new", "全国", "2020-02-26", 433, "", ""),
            ("severe", "全国", "2020-02-26", 8346, "", ""),
            ("deaths_total", "全国", "2020-02-26", 2744, "", ""),
        ],
        note="Taiwanese health site, traditional, with a list of discharged patients by number: 第1例/第4例/第5例/第10例/案例13/案例12/"
        "案例9 are ordinals, (1/21)…(2/6) their confirmation dates, 首例本土 an ordinal. The page shows no date; its statistics are "
        "of 26日時 and 案13於26日出院, so published and the undated figures are taken as 2月26日. 台灣 → 台湾: 32 confirmed, 6 出院 → "
        "recovered_total, 1名死亡 → deaths_total, 案13於26日出院 → recovered_new 1 of 2月26日. 已有14人解除隔離 (isolation lifted, "
        "of whom 6 discharged) is no metric here and gets no tuple; 其餘個案持續住院隔離 gives no number. 通報/排除 counts have no "
        "metric. The 19 ship returnees in quarantine are no case figure of 钻石公主号. 中國大陸 → 全国: 7萬8497例 → 78497, 較前日新增 → "
        "confirmed_new, 重症 → severe. The international paragraph (cut off on the stored page) was left out",
        source="https://heho.com.tw/archives/71042",
    ),
    # ------------------------------------------------------------------ home city
    dict(
        id="bl5-fd-guiyang-0301-peoples-daily-jiangjunshan-two-discharged-no-tuple",
        text=(
            "2名新冠肺炎確診患者治愈出院。貴州省衛生健康委供圖 |\n"
            "2名新冠肺炎確診患者治愈出院。貴州省衛生健康委供圖\n"
            "人民網貴陽3月2日電 (王秀芳)3月1日下午,貴州省將軍山醫院收治的2名新冠肺炎確診患者經精心治療,兩次核酸檢測均顯示陰性,達到臨床出院標准。\n"
            "據了解,貴州省將軍山醫院已累計治愈新冠肺炎確診患者62名,現該院還有29名新冠肺炎確診患者接受治療,其中重型和危重型患者各1名。\n"
            "3月1日下午出院的2名新冠肺炎確診患者分別是:\n"
            "李某某 男 51歲,2020年1月30日在黔西縣人民醫院確診為新型冠狀病毒肺炎。因病情需要,於2月5日轉入將軍山醫院治療。經治療,患者兩次復查核酸檢測均顯示陰性。3月1日,經省級專家組討論,一致同意患者出院。\n"
            "宋某某 男 53歲,2020年1月23日經貴州省人民醫院咽拭子核酸檢測顯示陽性,診斷為新冠肺炎。因病情需要,於2月14日轉入將軍山醫院治療。經治療,患者兩次復查核酸檢測均顯示陰性。3月1日,經省級專家組討論,一致同意患者出院。\n"
            "根據新冠肺炎確診患者治愈出院隔離觀察要求,此次治愈的2名患者出院后還須繼續進行醫學隔離觀察,醫務人員將對其健康狀況進行密切觀察並提供必要幫助。\n"
            "點擊查看人民網貴州頻道新冠肺炎疫情報道"
        ),
        published="2020-03-02",
        city="贵阳市",
        expect=[],
        note="人民網 (traditional edition), datelined 貴陽 and read for 贵阳市, on one hospital, 貴州省將軍山醫院: its 2 discharges of 3月1日, its cumulative 62 cured, its 29 "
        "patients and 重型和危重型各1名 are one institution's counts, not the city's: no tuple. 貴州省 appears only in institution names (and in the "
        "photo credit 貴州省衛生健康委供圖); 黔西縣人民醫院 and 貴州省人民醫院 are where the two were first diagnosed. Ages and dates "
        "are not figures. The photo caption is repeated as found (the page's leading image marker left out)",
        source="http://gz.people.com.cn/BIG5/n2/2020/0302/c395897-33842443.html",
    ),
    dict(
        id="bl5-fd-xinyu-0130-jiangxi-new-discharged-cumulative-lists",
        text=(
            "2020年1月30日0-24时,江西省报告新型冠状病毒感染的肺炎新增确诊病例78例,新增出院病例4例。\n"
            "新增确诊病例中,南昌市21例、新余市17例、宜春市12例、九江市11例、赣州市6例、萍乡市3例、吉安市3例、抚州市2例、景德镇市1例、鹰潭市1例、上饶市1例。新增出院病例中,南昌市1例、景德镇市1例、新余市1例、上饶市1例。\n"
            "截至1月30日24时,江西省累计报告新型冠状病毒感染的肺炎确诊病例240例,其中重症病例33例,出院病例7例。\n"
            "确诊病例中,南昌市67例、九江市42例、新余市28例、赣州市27例、宜春市26例、抚州市15例、上饶市12例、萍乡市8例、吉安市8例、鹰潭市4例、景德镇市3例。出院病例中,新余市2例、南昌市1例、景德镇市1例、萍乡市1例、上饶市1例、吉安市1例。\n"
            "目前追踪到密切接触者6842人,解除医学观察275人,尚有6567人正在接受医学观察。"
        ),
        published="2020-01-31",
        city="新余市",
        expect=[
            ("confirmed_new", "新余市", "2020-01-30", 17, "", ""),
            ("recovered_new", "新余市", "2020-01-30", 1, "", ""),
            ("confirmed_total", "新余市", "2020-01-30", 28, "", ""),
            ("recovered_total", "新余市", "2020-01-30", 2, "", ""),
        ],
        note="江西省 bulletin of 1月30日 (央广 site, published from the URL 2020/01/31), read for 新余市: its entry in each of the four "
        "lists (new, new discharged, cumulative, cumulative discharged). The province's own totals (78, 240, 重症33, 出院7, contacts) "
        "and the other cities are not the home city's",
        source="http://cneb.gov.cn/2020/01/31/ARTI1580432022425193.shtml",
    ),
    dict(
        id="bl5-fd-tianjin-0223-garbled-district-cumulative-and-discharged-lists",
        text=(
            "天津無新增新冠肺炎確診病例 新增出院16例\n\n"
            "2020-02-24 09:27 來源:央視新聞客戶端\n\n"
            "2020年2月23日0—24時,天津市報告新型冠狀病毒肺炎新增確診病例0例,新增危重型病例0例,新增重型病例0例,新增死亡病例0例,新增出院病例16例。\n\n"
            "截至2月23日24時,天津市累計報告新型冠狀病毒肺炎確診病例135例,危重型病例2例,重型病例15例,死亡病例3例,出院病例81例。其中:\n\n"
            "確診病例中,寶坻區(qū)60例、河?xùn)|區(qū)15例、河北區(qū)12例、和平區(qū)6例、南開區(qū)6例、北辰區(qū)6例、河西區(qū)4例、寧河區(qū)4例、東麗區(qū)4例、西青區(qū)4例、濱海新區(qū)3例、紅橋區(qū)2例、武清區(qū)2例、津南區(qū)1例、外地來津6例;\n\n"
            "出院病例中,寶坻區(qū)26例、河北區(qū)10例、河?xùn)|區(qū)10例、和平區(qū)5例、河西區(qū)4例、西青區(qū)4例、東麗區(qū)4例、北辰區(qū)3例、紅橋區(qū)2例、南開區(qū)2例、濱海新區(qū)2例、武清區(qū)2例、津南區(qū)1例、寧河區(qū)1例、外地來津5例。\n\n"
            "目前追蹤到密切接觸者2156人,已解除醫學(xué)觀察1417人,尚有693人正在接受醫學(xué)觀察。\n\n"
            "責(zé)編:袁帥"
        ),
        published="2020-02-24 09:27",
        city="天津市",
        expect=[
            ("confirmed_new", "天津市", "2020-02-23", 0, "", ""),
            ("severe_new", "天津市", "2020-02-23", 0, "", ""),
            ("deaths_new", "天津市", "2020-02-23", 0, "", ""),
            ("recovered_new", "天津市", "2020-02-23", 16, "", ""),
            ("confirmed_total", "天津市", "2020-02-23", 135, "", ""),
            ("critical", "天津市", "2020-02-23", 2, "", ""),
            ("severe", "天津市", "2020-02-23", 15, "", ""),
            ("deaths_total", "天津市", "2020-02-23", 3, "", ""),
            ("recovered_total", "天津市", "2020-02-23", 81, "", ""),
            ("confirmed_total", "宝坻区", "2020-02-23", 60, "", ""),
            ("confirmed_total", "河东区", "2020-02-23", 15, "", ""),
            ("confirmed_total", "河北区", "2020-02-23", 12, "", ""),
            ("confirmed_total", "和平区", "2020-02-23", 6, "", ""),
            ("confirmed_total", "南开区", "2020-02-23", 6, "", ""),
            ("confirmed_total", "北辰区", "2020-02-23", 6, "", ""),
            ("confirmed_total", "河西区", "2020-02-23", 4, "", ""),
            ("confirmed_total", "宁河区", "2020-02-23", 4, "", ""),
            ("confirmed_total", "东丽区", "2020-02-23", 4, "", ""),
            ("confirmed_total", "西青区", "2020-02-23", 4, "", ""),
            ("confirmed_total", "滨海新区", "2020-02-23", 3, "", ""),
            ("confirmed_total", "红桥区", "2020-02-23", 2, "", ""),
            ("confirmed_total", "武清区", "2020-02-23", 2, "", ""),
            ("confirmed_total", "津南区", "2020-02-23", 1, "", ""),
            ("recovered_total", "宝坻区", "2020-02-23", 26, "", ""),
            ("recovered_total", "河北区", "2020-02-23", 10, "", ""),
            ("recovered_total", "河东区", "2020-02-23", 10, "", ""),
            ("recovered_total", "和平区", "2020-02-23", 5, "", ""),
            ("recovered_total", "河西区", "2020-02-23", 4, "", ""),
            ("recovered_total", "西青区", "2020-02-23", 4, "", ""),
            ("recovered_total", "东丽区", "2020-02-23", 4, "", ""),
            ("recovered_total", "北辰区", "2020-02-23", 3, "", ""),
            ("recovered_total", "红桥区", "2020-02-23", 2, "", ""),
            ("recovered_total", "南开区", "2020-02-23", 2, "", ""),
            ("recovered_total", "滨海新区", "2020-02-23", 2, "", ""),
            ("recovered_total", "武清区", "2020-02-23", 2, "", ""),
            ("recovered_total", "津南区", "2020-02-23", 1, "", ""),
            ("recovered_total", "宁河区", "2020-02-23", 1, "", ""),
            ("close_contacts_total", "天津市", "2020-02-23", 2156, "", ""),
            ("observation_released_total", "天津市", "2020-02-23", 1417, "", ""),
            ("observation", "天津市", "2020-02-23", 693, "", ""),
        ],
        note="天津 bulletin via 央视 on a garbled traditional mirror (區(qū), 河?xùn)|區 for 河東區 → 河东区, 責(zé)編) kept. The headline restates "
        "the zero and the 16 discharges. Every district gets its cumulative and its discharged count; 外地來津6例/5例 (patients from "
        "elsewhere) have no region. 新增危重型病例0例 has no metric; 新增重型病例0例 → severe_new 0; 危重型2/重型15 inside the 累計 "
        "sentence are read as current. 已解除醫學觀察 → observation_released_total",
        source="http://yqmw666.cn/2020/02/24/ARTI1582507560214283.shtml",
    ),
    dict(
        id="bl5-fd-shenzhen-0208-noon-window-districts-all-in-one-hospital",
        text=(
            "2020年2月8日0时至12时,深圳市报告新型冠状病毒感染的肺炎新增确诊病例3例,累计确诊354例。\n"
            "累计报告确诊病例中,男性171例、女性183例。\n"
            "按照病例管理地区划分,南山区79例、福田区65例、龙岗区58例、宝安区49例、龙华区31例、罗湖区27例、光明区10例、坪山区6例、盐田区3例、大鹏新区2例、其他(指由机场、车站、码头、关口、路卡等直接送往定点医院的)24例。\n"
            "目前,重症29例、危重症13例,无死亡病例,累计出院39例。\n"
            "315例确诊病例均在深圳市第三人民医院隔离治疗。\n"
            "1045例密切接触者正在接受医学观察。\n"
            "深圳市卫生健康委员会\n"
            "2020年2月8日"
        ),
        published="2020-02-08",
        city="深圳市",
        expect=[
            ("confirmed_new", "深圳市", "2020-02-08", 3, "", ""),
            ("confirmed_total", "深圳市", "2020-02-08", 354, "", ""),
            ("confirmed_total", "南山区", "2020-02-08", 79, "", ""),
            ("confirmed_total", "福田区", "2020-02-08", 65, "", ""),
            ("confirmed_total", "龙岗区", "2020-02-08", 58, "", ""),
            ("confirmed_total", "宝安区", "2020-02-08", 49, "", ""),
            ("confirmed_total", "龙华区", "2020-02-08", 31, "", ""),
            ("confirmed_total", "罗湖区", "2020-02-08", 27, "", ""),
            ("confirmed_total", "光明区", "2020-02-08", 10, "", ""),
            ("confirmed_total", "坪山区", "2020-02-08", 6, "", ""),
            ("confirmed_total", "盐田区", "2020-02-08", 3, "", ""),
            ("confirmed_total", "大鹏新区", "2020-02-08", 2, "", ""),
            ("severe", "深圳市", "2020-02-08", 29, "", ""),
            ("critical", "深圳市", "2020-02-08", 13, "", ""),
            ("deaths_total", "深圳市", "2020-02-08", 0, "", ""),
            ("recovered_total", "深圳市", "2020-02-08", 39, "", ""),
            ("hospitalized", "深圳市", "2020-02-08", 315, "", ""),
            ("observation", "深圳市", "2020-02-08", 1045, "", ""),
        ],
        note="深圳市卫健委's noon bulletin (0时至12时 window, dated that day). 其他(机场、车站…)24例 has no region; male/female counts "
        "have no metric. 无死亡病例 → deaths_total 0. 315例确诊病例均在深圳市第三人民医院隔离治疗 states where all the city's patients "
        "in hospital are (354 − 39 = 315), so it is read as the city's hospitalized count, not one institution's own figure",
        source="https://wjw.sz.gov.cn/yqxx/content/post_7343685.html",
    ),
    dict(
        id="bl5-fd-huanggang-0227-hubei-traditional-zero-lists",
        text=(
            "湖北新增新冠肺炎確診病例318例 累計(jì)報(bào)告65914例\n"
            "中新網(wǎng)2月28日電 據(jù)湖北衛(wèi)健委網(wǎng)站消息,2020年2月27日0—24時(shí),全省新增新冠肺炎確診病例318例,其中:武漢市313例、宜昌市2例、荊門市1例、孝感市1例、潛江市1例,黃石市、十堰市、襄陽(yáng)市、荊州市、鄂州市、黃岡市、咸寧市、隨州市、恩施州、仙桃市、天門市、神農(nóng)架林區(qū)均為0例。\n"
            "全省新增病亡41例,其中:武漢市28例、黃岡市4例、十堰市3例、襄陽(yáng)市1例、宜昌市1例、荊州市1例、鄂州市1例、孝感市1例、隨州市1例,黃石市、荊門市、咸寧市、恩施州、仙桃市、天門市、潛江市、神農(nóng)架林區(qū)均為0例。\n"
            "全省新增出院3203例,其中:武漢市2498例、孝感市173例、黃岡市93例、鄂州市74例、襄陽(yáng)市52例、隨州市47例、荊州市46例、黃石市40例、咸寧市37例、宜昌市33例、仙桃市32例、荊門市26例、天門市25例、十堰市17例、恩施州8例、潛江市2例、神農(nóng)架林區(qū)0例。\n"
            "截至2020年2月27日24時(shí),湖北省累計(jì)報(bào)告新冠肺炎確診病例65914例,其中:武漢市48137例、孝感市3517例、黃岡市2904例、荊州市1579例、鄂州市1389例、隨州市1307例、襄陽(yáng)市1175例、黃石市1013例、宜昌市931例、荊門市924例、咸寧市836例、十堰市671例、仙桃市575例、天門市496例、恩施州251例、潛江市198例、神農(nóng)架林區(qū)11例。"
        ),
        published="2020-02-28",
        city="黄冈市",
        expect=[
            ("confirmed_new", "黄冈市", "2020-02-27", 0, "", ""),
            ("deaths_new", "黄冈市", "2020-02-27", 4, "", ""),
            ("recovered_new", "黄冈市", "2020-02-27", 93, "", ""),
            ("confirmed_total", "黄冈市", "2020-02-27", 2904, "", ""),
        ],
        note="湖北 bulletin of 2月27日 via 中新網 on a garbled traditional mirror (累計(jì)報(bào)告, 襄陽(yáng)) kept, read for 黃岡市 → 黄冈市. "
        "黃岡市 is in the list …均為0例 of the new confirmed, so confirmed_new 0 (the list's 均 gives each place its zero). "
        "The paragraph of cumulative discharges was left out (it is cut off on the stored page)",
        source="http://whygutenberg.com/xwzx/PoliticsNews/202002/t20200228_12248975.htm",
    ),
    dict(
        id="bl5-fd-ningde-0214-fujian-headline-zero-county-in-fuzhou-list",
        text=(
            "快讯!宁德无新增确诊和疑似病例\n"
            "福建省卫健委\n"
            "2月14日0—24时,福建省报告新增新型冠状病毒肺炎确诊病例4例。其中:\n"
            "漳州市1例(南靖县1例);\n"
            "泉州市2例(晋江市1例、南安市1例);\n"
            "莆田市1例(荔城区1例)。\n"
            "新增治愈出院病例7例。\n"
            "报告新增新型冠状病毒肺炎疑似病例6例。其中:\n"
            "福州市3例(鼓楼区1例、台江区1例、晋安区1例);\n"
            "泉州市2例(惠安县1例、德化县1例);\n"
            "三明市1例(宁化县1例)。\n"
            "截至2月14日24时,福建省累计报告新型冠状病毒肺炎确诊病例285例(危重型9例、重型12例,无死亡病例)。其中:\n"
            "福州市66例(鼓楼区2例、仓山区7例、晋安区9例、长乐区8例、闽侯县3例、连江县8例、罗源县1例、闽清县7例、永泰县2例、福清市16例、宁德市古田县1例、湖北省武汉市2例);\n"
            "厦门市34例(思明区13例、海沧区2例、湖里区2例、集美区4例、翔安区3例、泉州市石狮市1例、湖北省武汉市9例);\n"
            "漳州市20例(芗城区9例、龙文区1例、云霄县2例、诏安县2例、长泰县3例、东山县1例、南靖县1例、龙海市1例);\n"
            "泉州市46例(鲤城区1例、丰泽区4例、洛江区1例、惠安县2例、安溪县2例、永春县2例、石狮市2例、晋江市19例、南安市13例);\n"
            "三明市13例(三元区2例、宁化县1例、尤溪县1例、沙县5例、将乐县1例、永安市3例);\n"
            "莆田市55例(城厢区31例、涵江区3例、荔城区7例、秀屿区6例、湄洲湾北岸3例、仙游县5例);\n"
            "南平市20例(延平区4例、建阳区1例、顺昌县1例、浦城县1例、光泽县1例、松溪县5例、政和县1例、武夷山市3例、建瓯市2例、湖北省孝感市1例);\n"
            "龙岩市6例(永定区5例、武平县1例);\n"
            "宁德市25例(蕉城区3例、霞浦县4例、古田县10例、周宁县6例、福安市1例、福鼎市1例)。\n"
            "累计治愈出院病例66例,目前住院病例219例。"
        ),
        published="2020-02-15",
        city="宁德市",
        expect=[
            ("confirmed_new", "宁德市", "2020-02-14", 0, "", ""),
            ("confirmed_total", "宁德市", "2020-02-14", 25, "", ""),
            ("confirmed_total", "蕉城区", "2020-02-14", 3, "", ""),
            ("confirmed_total", "霞浦县", "2020-02-14", 4, "", ""),
            ("confirmed_total", "古田县", "2020-02-14", 10, "", ""),
            ("confirmed_total", "周宁县", "2020-02-14", 6, "", ""),
            ("confirmed_total", "福安市", "2020-02-14", 1, "", ""),
            ("confirmed_total", "福鼎市", "2020-02-14", 1, "", ""),
        ],
        note="福建省卫健委's bulletin under a 宁德 site's headline (published from the URL 2020/0215), read for 宁德市. The headline "
        "宁德无新增确诊和疑似病例 is the home city's own none-statement → confirmed_new 0 of 2月14日 (新增疑似 has no metric). 宁德市25例 "
        "and its six districts/counties are cumulative. 福州市's entry 宁德市古田县1例 is a 古田 resident counted in 福州's 66 (residence "
        "is not the place): no tuple for 宁德 or 古田县. The province's totals (285, 危重型9, 重型12, 66, 219) are not the city's",
        source="http://ndwww.cn/xw/ndxw/2020/0215/151407.shtml",
    ),
    dict(
        id="bl5-fd-xiangyang-0404-woshi-on-baokang-site-signature-zones",
        text=(
            "2020年4月4日0时至24时,我市新增确诊病例0例;新增疑似病例0例;新增治愈出院0例;新增病亡0例。\n"
            "截至2020年4月4日24时,我市累计报告确诊病例1175例,其中:樊城区238例、枣阳市194例、襄州区162例、襄城区149例、高新区106例、谷城县86例、宜城市71例、南漳县63例、老河口市41例、东津新区35例、保康县25例、鱼梁洲开发区5例。现有疑似病例0例。累计治愈出院1135例。累计死亡39例。目前仍在定点医疗机构接受隔离治疗1例(危重症1例)。累计追踪到密切接触者16786人,尚在接受医学观察112人。\n"
            "全市新增无症状感染者0例,当日转为确诊病例0例。累计解除隔离34例;尚在医学观察的无症状感染者3例,其中境外输入0例。\n"
            "襄阳市新型冠状病毒感染肺炎疫情防控指挥部办公室\n"
            "2020年4月5日"
        ),
        published="2020-04-05",
        city="襄阳市",
        expect=[
            ("confirmed_new", "襄阳市", "2020-04-04", 0, "", ""),
            ("recovered_new", "襄阳市", "2020-04-04", 0, "", ""),
            ("deaths_new", "襄阳市", "2020-04-04", 0, "", ""),
            ("confirmed_total", "襄阳市", "2020-04-04", 1175, "", ""),
            ("confirmed_total", "樊城区", "2020-04-04", 238, "", ""),
            ("confirmed_total", "枣阳市", "2020-04-04", 194, "", ""),
            ("confirmed_total", "襄州区", "2020-04-04", 162, "", ""),
            ("confirmed_total", "襄城区", "2020-04-04", 149, "", ""),
            ("confirmed_total", "高新区", "2020-04-04", 106, "", ""),
            ("confirmed_total", "谷城县", "2020-04-04", 86, "", ""),
            ("confirmed_total", "宜城市", "2020-04-04", 71, "", ""),
            ("confirmed_total", "南漳县", "2020-04-04", 63, "", ""),
            ("confirmed_total", "老河口市", "2020-04-04", 41, "", ""),
            ("confirmed_total", "东津新区", "2020-04-04", 35, "", ""),
            ("confirmed_total", "保康县", "2020-04-04", 25, "", ""),
            ("confirmed_total", "鱼梁洲开发区", "2020-04-04", 5, "", ""),
            ("suspected", "襄阳市", "2020-04-04", 0, "", ""),
            ("recovered_total", "襄阳市", "2020-04-04", 1135, "", ""),
            ("deaths_total", "襄阳市", "2020-04-04", 39, "", ""),
            ("hospitalized", "襄阳市", "2020-04-04", 1, "", ""),
            ("critical", "襄阳市", "2020-04-04", 1, "", ""),
            ("close_contacts_total", "襄阳市", "2020-04-04", 16786, "", ""),
            ("observation", "襄阳市", "2020-04-04", 112, "", ""),
        ],
        note="襄阳's city bulletin reposted by the 保康 (a county of 襄阳) news site; 我市/全市 are the issuer, named by the signature "
        "(襄阳市…防控指挥部办公室), not the county whose site carries it. published from the signature date. Zones keep their names "
        "(高新区, 东津新区, 鱼梁洲开发区). 新增疑似病例0例 has no metric; 现有疑似病例0例 → suspected 0. 目前仍在定点医疗机构接受隔离治疗1例"
        "(危重症1例) → hospitalized 1 and critical 1. The asymptomatic paragraph has no metric",
        source="http://baokang.cjyun.org/p/12060.html",
    ),
    dict(
        id="bl5-fd-beijing-0320-imported-local-split-pinggu-never-a-case",
        text=(
            "当前位置:要闻动态>新闻发布\n"
            "北京3月20日12时至24时新增报告境外输入确诊病例8例\n"
            "  • 发布日期:2020-03-21\n"
            "  • 来源:北京市卫生健康委\n"
            "  • 文字变小 恢复文字大小 文字变大\n"
            "  • 3月20日12时至24时,新增报告境外输入新冠肺炎确诊病例 8例,其中英国5例,法国、意大利、荷兰各1例。昨日共新增境外输入确诊病例14例,疑似病例6例。截至3月20日24时,累计报告境外输入确诊病例84例,治愈出院病例7例。\n"
            "            3月20日12时至24时,无新增报告本地确诊病例,治愈出院病例2例。截至3月20日24时,累计报告本地确诊病例415例,治愈出院病例385例,治愈出院率92.8%。全市已14天无本地报告新增确诊病例。\n"
            "            截至3月20日24时,累计报告确诊病例499例,治愈出院病例392例,死亡病例8例。现有疑似病例41例。累计确定密切接触者4033人,其中330人尚在隔离医学观察中。\n"
            "            全市各区已连续14天以上无新增确诊病例。具体为平谷区自有疫情以来无报告病例,延庆区57天,门头沟区47天,怀柔区43天,顺义区41天,密云区38天,石景山区36天,大兴区36天,房山区33天,昌平区32天,西城区30天,通州区30天,海淀区19天,丰台区17天,朝阳区16天,东城区14天。"
        ),
        published="2020-03-21",
        city="北京市",
        expect=[
            ("confirmed_total", "北京市", "2020-03-20", 499, "", ""),
            ("recovered_total", "北京市", "2020-03-20", 392, "", ""),
            ("deaths_total", "北京市", "2020-03-20", 8, "", ""),
            ("suspected", "北京市", "2020-03-20", 41, "", ""),
            ("close_contacts_total", "北京市", "2020-03-20", 4033, "", ""),
            ("observation", "北京市", "2020-03-20", 330, "", ""),
            ("confirmed_total", "平谷区", "2020-03-20", 0, "", ""),
        ],
        note="北京市卫健委's page (chrome and bullets kept). Imported-only figures (8 in the 12–24时 window, 14 for the day, 84/7 "
        "cumulative) give no tuple; 英国/法国/意大利/荷兰 are where the cases came from, not places with figures. The local-only "
        "sentences (无新增本地确诊, 本地治愈出院2例, 本地415/385, 治愈出院率92.8%) are a subtotal like the imported one: no tuple. The "
        "city-wide 499/392/8/41/4033/330 are expected. 平谷区自有疫情以来无报告病例 → 平谷区 confirmed_total 0; the other districts' "
        "N天 are lengths of time without a new case, no figures (no zero is derived for them)",
        source="http://wjw.beijing.gov.cn/xwzx_20031/xwfb/202003/t20200321_1723568.html",
    ),
    dict(
        id="bl5-fd-shuangyashan-0228-heilongjiang-xianyou-zhiyu-chuyuan",
        text=(
            "2020年2月28日0-24时,黑龙江省无新增确诊病例。无新增疑似病例。新增治愈出院病例15例。无新增死亡病例。\n"
            "截至2月28日24时,黑龙江省报告新型冠状病毒肺炎现有治愈出院病例295例,其中:哈尔滨市94例、绥化市35例、齐齐哈尔市33例、双鸭山市32例、鸡西市30例、大庆市17例、佳木斯市15例、七台河市13例、黑河市10例、牡丹江市9例、鹤岗市4例、大兴安岭地区2例、伊春市1例。现有确诊病例172例,其中:哈尔滨市100例、双鸭山市17例、鸡西市16例、齐齐哈尔市9例、大庆市8例、绥化市8例、牡丹江市5例、黑河市4例、七台河市4例、鹤岗市1例。现有重症病例54例。无疑似病例。死亡确诊病例13例。\n"
            "全省当日发热门诊诊疗人数1709人。目前追踪到密切接触者16208人, 已解除医学观察15170人,尚有909人正在接受医学观察。(消息来源:央视新闻客户端 中央广播电视总台央视记者 王跃军 张艺馨)"
        ),
        published="2020-02-29",
        city="双鸭山市",
        expect=[
            ("recovered_total", "双鸭山市", "2020-02-28", 32, "", ""),
            ("hospitalized", "双鸭山市", "2020-02-28", 17, "", ""),
        ],
        note="黑龙江省 bulletin via 央视 (published from the URL 2020/02/29), read for 双鸭山市. 现有治愈出院病例 can only be a cumulative "
        "count of discharges (the province's 295 = earlier totals plus the day's 15), so its 双鸭山市32例 is recovered_total; 现有确诊病例 "
        "→ hospitalized 17. The province's none-statements (无新增确诊/疑似/死亡) give the city no zero; 发热门诊 visits have no metric",
        source="http://cneb.gov.cn/2020/02/29/ARTI1582934369779256.shtml",
    ),
    dict(
        id="bl5-fd-xianning-0202-city-bulletin-counties-new-and-cumulative",
        text=(
            "咸宁新增新型冠状病毒感染的肺炎50例,累计296例\n\n\n\n\n"
            "咸宁市关于新型冠状病毒感染的肺炎的\n\n"
            "情况通报\n\n"
            "2020年2月2日0时-24时,咸宁市新增新型冠状病毒感染的肺炎病例50例,其中咸安区10例,嘉鱼县5例,赤壁市22例,通城县3例,崇阳县1例,通山县9例。截至2月2日24时,咸宁市累计报告新型冠状病毒感染的肺炎病例296例,其中重症病例7例,危重病例6例,已治愈出院1例,无死亡病例。确诊病例中,咸安区75例,嘉鱼县48例,赤壁市74例,通城县30例,崇阳县27例,通山县42例。目前追踪到密切接触者4723人,已解除医学观察73人,尚有4650人正在接受医学观察。\n\n"
            "2月1日,咸宁市发热门诊共接诊1082人,留观64人。\n\n"
            "咸宁市新型冠状病毒感染的肺炎\n\n"
            "防控指挥部\n\n"
            "2020年2月3日\n\n"
            "来源:咸宁日报"
        ),
        published="2020-02-03",
        city="咸宁市",
        expect=[
            ("confirmed_new", "咸宁市", "2020-02-02", 50, "", ""),
            ("confirmed_new", "咸安区", "2020-02-02", 10, "", ""),
            ("confirmed_new", "嘉鱼县", "2020-02-02", 5, "", ""),
            ("confirmed_new", "赤壁市", "2020-02-02", 22, "", ""),
            ("confirmed_new", "通城县", "2020-02-02", 3, "", ""),
            ("confirmed_new", "崇阳县", "2020-02-02", 1, "", ""),
            ("confirmed_new", "通山县", "2020-02-02", 9, "", ""),
            ("confirmed_total", "咸宁市", "2020-02-02", 296, "", ""),
            ("severe", "咸宁市", "2020-02-02", 7, "", ""),
            ("critical", "咸宁市", "2020-02-02", 6, "", ""),
            ("recovered_total", "咸宁市", "2020-02-02", 1, "", ""),
            ("deaths_total", "咸宁市", "2020-02-02", 0, "", ""),
            ("confirmed_total", "咸安区", "2020-02-02", 75, "", ""),
            ("confirmed_total", "嘉鱼县", "2020-02-02", 48, "", ""),
            ("confirmed_total", "赤壁市", "2020-02-02", 74, "", ""),
            ("confirmed_total", "通城县", "2020-02-02", 30, "", ""),
            ("confirmed_total", "崇阳县", "2020-02-02", 27, "", ""),
            ("confirmed_total", "通山县", "2020-02-02", 42, "", ""),
            ("close_contacts_total", "咸宁市", "2020-02-02", 4723, "", ""),
            ("observation_released_total", "咸宁市", "2020-02-02", 73, "", ""),
            ("observation", "咸宁市", "2020-02-02", 4650, "", ""),
        ],
        note="咸宁市's own bulletin (from 咸宁日报) on the 通山 county news site; the text names its issuer (咸宁市…防控指挥部), so nothing "
        "goes to 通山 beyond its list entries. 重症7/危重6 inside the 累计 sentence are read as current. 无死亡病例 → deaths_total 0. "
        "The headline restates 50 and 296. The fever clinic's 2月1日 visits (1082) and 留观64 have no metric",
        source="http://tongshan.cjyun.org/p/65033.html",
    ),
    dict(
        id="bl5-fd-bozhou-0213-anhui-traditional-forecast-discharges",
        text=(
            "央廣網(wǎng)合肥2月14日消息(記者王利)2月13日0-24時(shí),安徽省報(bào)告新增確診病例24例,新增疑似病例16例,新增死亡病例1例,新增治愈出院病例38例。\n\n"
            "  新增確診病例中,亳州6例、合肥5例、阜陽(yáng)4例、蚌埠3例、馬鞍山2例、六安1例、宿州1例、池州1例、安慶1例。\n\n"
            "  新增疑似病例中,蚌埠8例、合肥3例、阜陽(yáng)3例、六安1例、馬鞍山1例。\n\n"
            "  新增治愈出院病例中,安慶14例、合肥7例、阜陽(yáng)6例、亳州4例、宿州2例、馬鞍山2例、蚌埠1例、蕪湖1例、銅陵1例。\n\n"
            "  截至2月13日24時(shí),安徽省累計(jì)報(bào)告確診病例934例,累計(jì)治愈出院病例166例,累計(jì)死亡病例6例,累計(jì)醫(yī)學(xué)觀察密切接觸者20229人,尚在醫(yī)學(xué)觀察5657人。\n\n"
            "  累計(jì)確診病例中,合肥166例、蚌埠149例、阜陽(yáng)146例、亳州106例、安慶81例、六安61例、宿州39例、馬鞍山34例、蕪湖31例、銅陵28例、淮北25例、淮南23例、池州17例、滁州13例、黃山9例、宣城6例。\n\n"
            "  截至2月13日24時(shí),安徽省在院治療確診病例762例,其中危重癥病例11例。\n\n"
            "  2月14日即將治愈出院30例,其中阜陽(yáng)5例、六安5例、合肥3例、亳州3例、安慶3例、蕪湖3例、滁州3例、蚌埠2例、馬鞍山1例、池州1例、宿州1例。"
        ),
        published="2020-02-14",
        city="亳州市",
        expect=[
            ("confirmed_new", "亳州市", "2020-02-13", 6, "", ""),
            ("recovered_new", "亳州市", "2020-02-13", 4, "", ""),
            ("confirmed_total", "亳州市", "2020-02-13", 106, "", ""),
        ],
        note="安徽 bulletin of 2月13日 via 央廣網 on a garbled traditional mirror (時(shí), 阜陽(yáng)), cities written without 市, read for "
        "亳州 → 亳州市. 2月14日即將治愈出院…亳州3例 is a forecast of the next day's discharges, not a reported figure: no tuple. "
        "亳州 is not in the new-suspected list (no tuple either way). The province's totals are not the city's",
        source="http://huiyingmeng.com/newscenter/native/city/20200214/t20200214_524973964.shtml",
    ),
    dict(
        id="bl5-fd-quzhou-0216-zhejiang-absent-from-new-lists",
        text=(
            "浙江新增4例新冠肺炎确诊病例 累计确诊1171例\n\n"
            "2020-02-17 09:22 来源:央视新闻客户端\n\n"
            "2020年2月16日0一24时,浙江省报告新型冠状病毒肺炎新增确诊病例4例,新增出院病例33例。其中:\n\n"
            "新增确诊病例中,杭州市2例、宁波市1例、温州市1例;新增出院病例中,杭州市6例、宁波市9例、温州市13例、绍兴市1例、台州市3例、丽水市1例。\n\n"
            "截至2月16日24时,浙江省累计报告新型冠状病毒肺炎确诊病例1171例,现有重症病例73例(其中危重25例),累计出院470例。其中:\n\n"
            "确诊病例中,杭州市168例、宁波市156例、温州市503例、湖州市10例、嘉兴市43例、绍兴市42例、金华市55例、衢州市21例、舟山市10例、台州市146例、丽水市17例;重症病例中,杭州市15例、宁波市10例、温州市22例、湖州市1例、嘉兴市4例、绍兴市7例、金华市4例、衢州市3例、台州市6例、丽水市1例;出院病例中,杭州市81例、宁波市62例、温州市182例、湖州市4例、嘉兴市11例、绍兴市18例、金华市24例、衢州市9例、舟山市5例、台州市63例、丽水市11例。\n\n"
            "浙江省共追踪到密切接触者38056人,当日解除医学观察1538人,尚有7866人正在接受医学观察。(消息来源:央视新闻客户端)\n\n"
            "责编:袁帅"
        ),
        published="2020-02-17 09:22",
        city="衢州市",
        expect=[
            ("confirmed_total", "衢州市", "2020-02-16", 21, "", ""),
            ("severe", "衢州市", "2020-02-16", 3, "", ""),
            ("recovered_total", "衢州市", "2020-02-16", 9, "", ""),
        ],
        note="浙江省 bulletin via 央视 (0一24时 with 一 as found), read for 衢州市: its cumulative, its entry in the 重症病例中 list under "
        "现有重症病例 (current → severe) and its cumulative discharges. 衢州 is absent from the day's new-confirmed and new-discharge "
        "lists; absence is no statement, so no zero is expected",
        source="http://cneb.gov.cn/2020/02/17/ARTI1581902489500354.shtml",
    ),
    dict(
        id="bl5-fd-hanzhong-0216-shaanxi-9am-cutoff-numbered-patients-residence",
        text=(
            "截至2月16日9時,陜西新增4例新冠肺炎確診病例,新增疑似病例15例。新增確診病例中,漢中市4例。陜西累計報告新冠肺炎確診病例236例(64例治愈出院),其中輸入性病例116例,密切接觸者105例,無明確接觸史病例15例。累計確診病例中,西安市114例、寶雞市13例、咸陽市17例、銅川市8例、渭南市15例、延安市8例、榆林市3例、漢中市25例、安康市24例、商洛市7例、楊凌示范區(qū)1例,韓城市1例。全省現(xiàn)有疑似病例189例。全省新增密切接觸者920人,累計15673人,均集中醫(yī)學觀察。新增解除密切接觸者642人,累計解除密切接觸者9990人。\n"
            "患者1,男,46歲,現(xiàn)居漢中市洋縣,長期在浙江省寧波市務工。1月18日從寧波市到達漢中市洋縣,1月26日出現(xiàn)癥狀,當天及1月27日到洋縣八里關鎮(zhèn)八里關村某診所就診,1月29日、1月30日到洋縣八里關鎮(zhèn)八里關村衛(wèi)生室就診,2月6日、2月7日、2月12日到洋縣八里關鎮(zhèn)亢柳村衛(wèi)生室就診。2月13日到洋縣和平醫(yī)院就診,當天被轉(zhuǎn)至洋縣人民醫(yī)院就診。2月14日被轉(zhuǎn)至漢中市中心醫(yī)院就診,2月15日被轉(zhuǎn)至唐都醫(yī)院就診。2月16日被診斷為新冠肺炎。目前在唐都醫(yī)院隔離治療。"
        ),
        published="2020-02-16",
        city="汉中市",
        expect=[
            ("confirmed_new", "汉中市", "2020-02-16", 4, "", ""),
            ("confirmed_total", "汉中市", "2020-02-16", 25, "", ""),
        ],
        note="陕西 bulletin with a 9时 cut-off (截至2月16日9時, dated that day) on a garbled traditional mirror, read for 漢中市 → 汉中市. "
        "患者1 is a patient number, not a count; 現居漢中市洋縣 and 在浙江省寧波市務工 describe the patient: no tuple for 洋县 (his case "
        "is in 漢中市's 4). The province's totals, its 64 discharges and the contact counts are not the city's. Only 患者1's paragraph "
        "of the patient notes was kept",
        source="http://yqmw666.cn/2020/02/16/ARTI1581816489343752.shtml",
    ),
]
