"""Golden extraction cases for FEED texts, third BLIND set, Jan–Apr 2020.

Feed texts are round-ups and wire items that summarise bulletins of several places: provincial
bulletins with per-city lists (new, discharged, current severe and critical, deaths, a city
listed beside its directly administered county-level city, hospitals instead of cities, a
resident of one city counted in another city's bracket), a national news-agency item on one
city's run of daily figures, a city bulletin relayed by a portal (本市/我市 = the issuer named in
the source line or signature), a county-level city's notice on its second case (ordinals), the
national health commission's daily report (current versus cumulative, 湖北/武汉 in brackets,
imported-only lists) and world round-ups (伊朗, 意大利, 韩国, 日本, 钻石公主号, 美国). Each case is a
short verbatim excerpt of a public page found with the search tool (`pages`), with its
`source` URL; traditional characters, pinyin residue ("時(shí)", "報(bào)告"), garbled characters
("?現(xiàn)有"), doubled commas (",,"), full-width "﹔", aggregator spacing and page chrome (view
counts, "0瀏覽 評論0條") are kept as found; paragraphs not needed were left out, and a paragraph
is cut only after a full sentence.

Annotated BLIND: from the texts alone, before any run of the engine, following
tests/cases/ANNOTATION.md (binding) and shared/gold/FORMAT.md, without reading or running the
extractor or the other case tables (only the docstrings and the first two entries of
blind2_feeds.py and blind2_narrative.py, for the format and the reading choices made there).

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Sources: provincial bulletins of 广西 (2月1日 via the 广西头条 WeChat account; 2月8日 via 人民日报客户端
on a Hebei portal), 贵州 (3月1日, traditional mirror), 河南 (2月1日 via 上游新闻), 黑龙江 (2月23日,
人民网黑龙江频道 traditional) and 福建 (2月9日 under a 宁德 headline, traditional), 中新网 on the 上海
bulletin of 2月4日 (traditional), 新华社 on 上海's daily figures of 2月8日–15日 (traditional, doubled
commas), 半岛网 relaying the 诸城 notice on its second case (traditional), the national report of
3月23日 (国家卫健委 via a portal) and of 3月3日 (via a Shaanxi culture site), the 吴忠 city bulletin
of 2月9日 (ttnews repost), and two world round-ups (3月4日 on a portal; 3月8日, ttnews repost). No
page comes from Hunan or mentions 株洲 or a Hunan place (checked on the excerpts), none comes
from the DXY feed, none is used by another case table (checked by grepping a distinctive
phrase of each excerpt across tests/cases and shared/, file names only). None of the home
cities is named in the docstrings of blind2_feeds.py or blind2_narrative.py, except 上海 and
北京 as places in lists there.

Four cases have city=None (every place with a figure is expected: the country as 全国,
provinces and cities in full, foreign countries by their short name, the ship as 钻石公主号; a
city bulletin's 我市 is the issuer named in its title and signature); ten have a home city (a
prefecture-level city of the list, or the municipality the item is about) and expect only that
city and its districts/counties (one of them, 北京市, expects nothing).

Reading choices made here where the binding conventions are silent (see each note):

* A death listed as "(河池市都安县1例)" is the county's and the city's (deaths_new and
  deaths_total for both); the county keeps the name the text gives it (都安县).
* A county-level city listed beside its prefecture (商丘市7例 … 永城市1例; 商丘市36例 … 永城市8例)
  is its own region, and the prefecture's figure is taken as written, not summed.
* A discharge list by hospital (雙鴨山市人民醫院20例) gives no tuple to the hospital's city; a
  resident of 宁德 counted in 福州's bracket (寧德市古田縣1例) gives no tuple to 宁德.
* Province-wide none-statements (無新增確診病例, 無死亡病例) are the province's: no zeros for its
  cities (as blind2_feeds.py).
* A 12-hour window count is kept as that day's figure (0—12時 新增確診11例 → 2月4日; 15日0-12時 無新增
  → 2月15日 confirmed_new 0), except where the same day's full count is stated (14日0-12時 無新增 beside
  14日新增8例: only the 8).
* "其中1例重癥" among the day's new cases gives no severe_new (the day's new severe count is not
  stated); residence subtotals (外地來滬人員, 本市常住人口) give no tuple.
* One confirmation story (諸城市確診第2例病例, one patient) gives confirmed_new 1 for that day; the
  ordinals 第1例/第2例 give no total.
* "较前一天增加N例" of a cumulative count is that day's new figure (意大利 deaths +28, recovered
  +116); of a current count (现存病例 +443) it is no figure; 日本's subtotal without the ship
  (在日本国内…315例) and 包机返回者 give no tuple; a headline's rounded "超5600" restates 5621.
* 当日 "解除医学观察的密切接触者N人" is observation_released_new; "尚在医学观察的密切接触者" is observation.

Removed after scoring: a 新华社 Shanghai daily-run case (2月15日) turned out to be the same story
as an eval_realworld.py case (found by the duplicate check); the scores without it are in the
CHANGELOG.
"""

CASES = [
    # ================================================================ (a) a home city in a provincial bulletin
    dict(
        id="bl3-fd-hechi-0208-guangxi-death-in-county-bracket",
        text=(
            "广西新增确诊病例12例 累计确诊195例\n\n来源: 人民日报客户端  庞革平 张云河\n2020-02-09 09:20:00\n分享:\n\n"
            "  2月8日0-24时,广西新增新型冠状病毒感染的肺炎确诊病例12例,其中南宁市3例、北海市1例、河池市4例、来宾市4例。新增治愈出院病例1例(梧州市1例),新增死亡病例1例(河池市都安县1例)。\n\n"
            "  目前广西累计报告确诊病例195例,累计出院病例18例。现有重症病例6例(南宁市1例、桂林市1例、北海市1例、贵港市1例、河池市2例),危重病例7例(南宁市1例、桂林市1例、防城港市2例、玉林市1例、河池市2例),累计死亡病例1例(河池市都安县1例)。\n\n"
            "  累计确诊病例中,南宁市35例、柳州市20例、桂林市29例、梧州市5例、北海市33例、防城港市16例、钦州市8例、贵港市7例、玉林市9例、百色市3例、贺州市4例、河池市19例、来宾市7例。\n\n"
            "  目前累计追踪到密切接触者9701人,正在接受医学观察3985人。"
        ),
        published="2020-02-09 09:20",
        city="河池市",
        expect=[
            ("confirmed_new", "河池市", "2020-02-08", 4, "", ""),
            ("deaths_new", "河池市", "2020-02-08", 1, "", ""),
            ("deaths_new", "都安县", "2020-02-08", 1, "", ""),
            ("severe", "河池市", "2020-02-08", 2, "", ""),
            ("critical", "河池市", "2020-02-08", 2, "", ""),
            ("deaths_total", "河池市", "2020-02-08", 1, "", ""),
            ("deaths_total", "都安县", "2020-02-08", 1, "", ""),
            ("confirmed_total", "河池市", "2020-02-08", 19, "", ""),
        ],
        note="provincial bulletin relayed by 人民日报客户端 on a Hebei portal, read for 河池. New list → confirmed_new 4; the bracketed death "
        "(河池市都安县1例) is deaths_new for the county and the city, and again deaths_total under 累计死亡病例1例 (the 1 outside the bracket is the "
        "province's); 现有重症/危重 lists → severe 2 and critical 2 (目前 in a morning page takes 2月8日, the bulletin's day); 累计确诊病例中 → "
        "confirmed_total 19. 都安县 is written so (its official name is 都安瑶族自治县). Contacts are the province's",
        source="http://news.hebei.com.cn/system/2020/02/09/100188309.shtml",
    ),
    dict(
        id="bl3-fd-guigang-0201-guangxi-first-cases-current-severe",
        text=(
            "广西累计确诊111例,贵港首次出现,全区仅剩两城无确诊报告\n\n▲广西头条NEWS,广西最独具视角的时政新媒体!\n\n\n"
            "广西卫健委通报,2月1日0-24时,我区共新增新型冠状病毒感染的肺炎确诊病例11例,其中桂林2例、钦州1例、贵港4例、玉林2例、贺州2例。其中贵港市是首次报告出现确诊病例。目前,广西只剩崇左和来宾没有确诊病例报告。\n\n\n\n\n"
            "目前全区累计报告确诊病例111例,累计出院病例2例。现有重症病例6例(桂林2例、防城港3例、贵港1例),危重病例2例(桂林2例),无死亡病例,无医务人员感染病例。\n\n\n"
            "累计确诊病例中,南宁市16例、柳州市12例、桂林市23例、梧州市5例、北海市23例、防城港市8例、钦州市2例、贵港市4例、玉林市7例、百色市2例、贺州市3例、河池市6例;累计出院病例中:梧州市1例、防城港市1例。"
        ),
        published="2020-02-02",
        city="贵港市",
        expect=[
            ("confirmed_new", "贵港市", "2020-02-01", 4, "", ""),
            ("confirmed_total", "贵港市", "2020-02-01", 4, "", ""),
            ("severe", "贵港市", "2020-02-01", 1, "", ""),
        ],
        note="a 广西 WeChat account relaying the provincial bulletin (我区 = 广西, the issuer). 贵港4例 in the new list → confirmed_new; 贵港市4例 in "
        "累计确诊病例中 → confirmed_total; 现有重症病例…贵港1例 → severe 1 (current); 贵港 is in neither the critical nor the discharge list (nothing "
        "inferred); 无死亡病例 is the province's (no zero for the city). 首次报告 restates the first cases. The page shows no date: published = the day "
        "after the bulletin's data day",
        source="https://freewechat.com/a/MzAxOTE1NzMxOQ==/2651889262/{{href}}",
    ),
    dict(
        id="bl3-fd-bijie-0301-guizhou-half-day-discharge-bracket-totals-trad",
        text=(
            "2020年3月1日12—24時,全省新型冠狀病毒肺炎無新增確診病例,新增治愈出院病例2例,其中:貴陽市1例、畢節(jié)市1例。\n"
            "截至3月1日24時,全省累計報告新型冠狀病毒肺炎病例146例。其中,51例有武漢旅居史,14例有武漢外湖北其他地區(qū)旅居史,15例有湖北以外地區(qū)旅居史;治愈出院114例,在院治療30例(輕癥及普通型27例,重癥1例,危重癥2例),死亡2例;男性74例,女性72例;年齡最大87歲,最小1個月(確診時間);"
            "貴陽市36例(治愈28例,死亡1例),遵義市32例(治愈19例),六盤水市10例(治愈8例,死亡1例),安順市4例(治愈4例),畢節(jié)市23例(治愈16例),銅仁市10例(治愈10例),黔東南州10例(治愈10例),黔南州17例(治愈15例),黔西南州4例(治愈4例)?現(xiàn)有疑似病例0例。\n"
            "累計追蹤密切接觸者2574人,已解除醫(yī)學觀察2475人,尚在接受醫(yī)學觀察27人。"
        ),
        published="2020-03-02",
        city="毕节市",
        expect=[
            ("recovered_new", "毕节市", "2020-03-01", 1, "", ""),
            ("confirmed_total", "毕节市", "2020-03-01", 23, "", ""),
            ("recovered_total", "毕节市", "2020-03-01", 16, "", ""),
        ],
        note='provincial bulletin on a repost site (traditional, pinyin residue, a garbled "?" before 現有). The 12—24時 half-day discharge list '
        "gives 畢節(jié)市1例 → recovered_new 1 on 3月1日; the city bracket 畢節市23例(治愈16例) → confirmed_total 23 and recovered_total 16. 無新增確診 and "
        "現有疑似病例0例 are the province's (no zeros for the city); 在院治療30例 and travel-history counts are the province's. The page shows no date: "
        "published = the day after the data day",
        source="http://www.g2bonline.com/guonazixun/94175.html",
    ),
    dict(
        id="bl3-fd-shangqiu-0201-henan-county-city-listed-apart",
        text=(
            "河南省卫健委消息,2020年2月1日0-24时,河南省新增新型冠状病毒感染的肺炎确诊病例71例,新增出院病例1例。新增确诊病例中,郑州市9例、开封市3例、洛阳市2例、焦作市5例、平顶山市3例、鹤壁市2例、许昌市1例、漯河市2例、南阳市9例、商丘市7例、信阳市18例、周口市2例、驻马店市6例、永城市1例、邓州市1例。\n"
            "截至2月1日24时,全省累计报告新型冠状病毒感染的肺炎确诊病例493例,现有重症病例32例, 现有危重病例12例,累计死亡病例2例,累计治愈病例4例,现有疑似病例754例。其中:确诊病例中,郑州市65例、开封市11例、洛阳市7例、平顶山市14例、安阳市24例、鹤壁市8例、新乡市21例、焦作市7例、濮阳市3例、许昌市13例、漯河市16例、三门峡市7例、南阳市62例、商丘市36例、信阳市88例、周口市40例、驻马店市46例、滑县1例、长垣市2例、永城市8例、邓州市14例。\n"
            "目前累计追踪到密切接触者11012人,2月1日已解除观察1263人,诊断为疑似17人,共有7162人正在接受医学观察。"
        ),
        published="2020-02-02",
        city="商丘市",
        expect=[
            ("confirmed_new", "商丘市", "2020-02-01", 7, "", ""),
            ("confirmed_new", "永城市", "2020-02-01", 1, "", ""),
            ("confirmed_total", "商丘市", "2020-02-01", 36, "", ""),
            ("confirmed_total", "永城市", "2020-02-01", 8, "", ""),
        ],
        note="provincial bulletin relayed by 上游新闻 (a space after a comma kept). 永城市 (a county-level city of 商丘 listed apart, like 邓州/滑县/长垣) "
        "keeps its own new and cumulative figures, and 商丘市's 7 and 36 are taken as written, not summed (reading choice). Severe, critical, deaths, "
        "discharges, suspected and contacts are the province's. published from the page path (2020-02-02)",
        source="http://cqcb.com/headline/2020-02-02/2138853_pc.html",
    ),
    dict(
        id="bl3-fd-shuangyashan-0223-heilongjiang-deaths-list-hospital-discharges-trad",
        text=(
            "2月23日黑龍江無新增確診病例 無新增疑似病例\n\n2020年02月24日08:02  來源:人民網-黑龍江頻道\n \n\n"
            "人民網哈爾濱2月24日電(楊雪楠)2020年2月23日0-24時,黑龍江省無新增確診病例。無新增疑似病例。新增治愈出院病例9例。\n\n"
            "截至2月23日24時,黑龍江省報告新型冠狀病毒肺炎確診病例480例,其中:哈爾濱市198例、雙鴨山市52例、綏化市47例、雞西市46例、齊齊哈爾市43例、大慶市26例、七台河市17例、佳木斯市15例、黑河市14例、牡丹江市14例、鶴崗市5例、大興安嶺地區2例、伊春市1例﹔現有重症病例72例。"
            "死亡病例12例,分別為綏化市確診病例4例、大慶市確診病例1例、雙鴨山市確診病例3例、齊齊哈爾市確診病例1例、哈爾濱市確診病例3例。"
            "治愈出院病例224例,分別為省傳染病防治院23例、哈爾濱市傳染病醫院54例、雙鴨山市人民醫院20例、佳木斯市傳染病醫院14例、佳木斯市中心醫院1例、綏化市第一醫院29例、牡丹江市第二人民醫院1例、牡丹江市康安醫院6例、鶴崗市傳染病醫院4例、雞西市傳染病醫院1例、雞西市中醫醫院17例、齊齊哈爾市第七醫院13例、齊齊哈爾市第一醫院10例、齊齊哈爾市中醫醫院1例、大慶市第二醫院9例、七台河市人民醫院10例、大興安嶺地區人民醫院2例、黑河市嫩江市人民醫院6例、五大連池市人民醫院3例。現有疑似病例0例。"
        ),
        published="2020-02-24 08:02",
        city="双鸭山市",
        expect=[
            ("confirmed_total", "双鸭山市", "2020-02-23", 52, "", ""),
            ("deaths_total", "双鸭山市", "2020-02-23", 3, "", ""),
        ],
        note='provincial bulletin on 人民网黑龙江频道 (traditional, full-width "﹔"). 確診病例480例,其中…雙鴨山市52例 → confirmed_total; 死亡病例12例,分別為'
        "…雙鴨山市確診病例3例 → deaths_total 3 (deaths list). The discharges are listed by hospital: 雙鴨山市人民醫院20例 is an institution's count, "
        "no tuple for the city. 無新增確診/疑似, 現有疑似病例0例 and 現有重症病例72例 are the province's",
        source="http://hlj.people.com.cn/BIG5/n2/2020/0224/c220024-33821989.html",
    ),
    dict(
        id="bl3-fd-ningde-0209-fujian-county-new-and-resident-in-fuzhou-trad",
        text=(
            "最新!寧德新增確診病例1例,疑似病例1例\n福建省衛(wèi)健委\n"
            "2月9日0—24時(shí),福建省報(bào)告新增新型冠狀病毒肺炎確診病例11例。其中:\n"
            "福州市1例(晉安區(qū)1例);\n廈門市3例(思明區(qū)1例、集美區(qū)1例、翔安區(qū)1例);\n莆田市4例(城廂區(qū)4例);\n南平市2例(松溪縣1例、建甌市1例);\n寧德市1例(古田縣1例)。\n"
            "新增治愈出院病例11例。\n"
            "報(bào)告新增新型冠狀病毒肺炎疑似病例24例。其中:\n"
            "福州市7例(鼓樓區(qū)1例、倉(cāng)山區(qū)3例、晉安區(qū)1例、連江縣1例、永泰縣1例);\n廈門市5例(海滄區(qū)2例、湖里區(qū)1例、翔安區(qū)2例);\n漳州市2例(東山縣1例、華安縣1例);\n泉州市1例(晉江市1例);\n三明市1例(大田縣1例);\n莆田市6例(城廂區(qū)2例、荔城區(qū)3例、仙游縣1例);\n南平市1例(浦城縣1例);\n寧德市1例(福鼎市1例)。\n"
            "截至2月9日24時(shí),福建省累計(jì)報(bào)告新型冠狀病毒肺炎確診病例261例(危重型8例、重型13例,無(wú)死亡病例)。其中:\n"
            "福州市63例(鼓樓區(qū)1例、倉(cāng)山區(qū)7例、晉安區(qū)9例、長(zhǎng)樂(lè)區(qū)8例、閩侯縣3例、連江縣8例、羅源縣1例、閩清縣6例、永泰縣2例、福清市15例、寧德市古田縣1例、湖北省武漢市2例);"
        ),
        published="2020-02-10",
        city="宁德市",
        expect=[
            ("confirmed_new", "宁德市", "2020-02-09", 1, "", ""),
            ("confirmed_new", "古田县", "2020-02-09", 1, "", ""),
        ],
        note="provincial bulletin under a 宁德 site's headline (traditional, pinyin residue); the excerpt stops after 福州's cumulative line (宁德's own "
        "cumulative line further down the page is left out). 寧德市1例(古田縣1例) → confirmed_new for the city and the county (the headline restates "
        "it); the new-suspected list (寧德市1例(福鼎市1例)) has no metric. 寧德市古田縣1例 inside 福州's bracket is a 宁德 resident counted in 福州: no "
        "tuple for 宁德 or 古田. 無死亡病例 and 危重型/重型 are the province's. published from the page path (2020/0210)",
        source="http://www.fjyigong.com/xw/ndxw/2020/0210/150468.shtml",
    ),
    # ================================================================ (b) a city bulletin or a city's run of figures relayed by an agency
    dict(
        id="bl3-fd-shanghai-0204-noon-bulletin-residence-split-trad",
        text=(
            "上海新增11例新型肺炎確診病例 累計(jì)發(fā)現(xiàn)219例\n2020-02-04 14:30:07 來源: 中國新聞網(wǎng)\n0瀏覽 評論0條\n"
            "中新網(wǎng)2月4日電 據(jù)上海市衛(wèi)健委微信公眾號消息,2020年2月4日0—12時,上海市排除新型冠狀病毒感染的肺炎疑似病例4例;新增治愈出院2例;新增確診病例11例,其中1例重癥。新增確診病例中,2例為外地來滬人員,9例為本市常住人口。\n"
            "截至2月4日12時,上海市已累計(jì)排除疑似病例527例,發(fā)現(xiàn)確診病例219例。確診病例中,男性112例,女性107例;年齡最大88歲,最小7月齡;121例有湖北居住或旅行史,8例有湖北以外地區(qū)居住或旅行史,90例有相關(guān)病例接觸史;外地來滬人員81例,本市常住人口138例。\n"
            "目前,191例病情平穩(wěn),8例病情危重,7例重癥,12例治愈出院,1例死亡。尚有229例疑似病例正在排查中。"
        ),
        published="2020-02-04 14:30",
        city="上海市",
        expect=[
            ("recovered_new", "上海市", "2020-02-04", 2, "", ""),
            ("confirmed_new", "上海市", "2020-02-04", 11, "", ""),
            ("confirmed_total", "上海市", "2020-02-04", 219, "", ""),
            ("critical", "上海市", "2020-02-04", 8, "", ""),
            ("severe", "上海市", "2020-02-04", 7, "", ""),
            ("recovered_total", "上海市", "2020-02-04", 12, "", ""),
            ("deaths_total", "上海市", "2020-02-04", 1, "", ""),
            ("suspected", "上海市", "2020-02-04", 229, "", ""),
        ],
        note="中新网 relaying the city's bulletin (traditional mirror; page chrome 0瀏覽 評論0條 kept); 本市 = 上海 (the issuer named). The 0—12時 window "
        "gives 2月4日's new figures (reading choice, as blind2); 其中1例重癥 describes the new cases: no severe_new. 外地來滬人員/本市常住人口 splits, sexes, "
        "ages and exposure histories are no tuples; 排除 has no metric. 目前 (12時): 8例病情危重 → critical, 7例重癥 → severe, 12例治愈出院 → "
        "recovered_total, 1例死亡 → deaths_total; 尚有229例疑似病例正在排查中 → suspected. 191例病情平穩 has no metric",
        source="http://e1mgy15.cn/qznews/2020/0204/595929.html",
    ),
    dict(
        id="bl3-fd-weifang-0205-zhucheng-second-case-ordinal-trad",
        text=(
            "諸城確診的第2例新型冠狀病毒感染的肺炎病例情況說明\n\n2020-02-06 09:50 半島網閱讀 (151538) 掃描到手機\n\n"
            "  2020年2月5日,諸城市確診第2例病例。\n\n"
            "  患者高某某,男,53歲,農民,諸城市百尺河鎮人,與我市確診的第1例病例的關系為親兄弟,第1例病例自武漢返回諸城后就居住于高某某家中。1月28日下午,高某某出現發熱癥狀,在家自行治療。1月29日下午由市人民醫院急救車接入市人民醫院發熱門診就診,體溫37.7℃,咳嗽,進行肺部CT檢查無異常,收治隔離病房。2月5日,經核酸檢測,結果為陽性,同日,經濰坊市專家組評估,確認為新型冠狀病毒感染的肺炎確診病例。現追蹤到該患者接觸人員13人(含與第1例病例共同接觸人員),已全部接受集中隔離醫學觀察。\n\n"
            "  諸城市新型冠狀病毒感染的肺炎\n\n  防控工作領導小組(指揮部)辦公室\n\n  2020年2月6日\n\n來源:半島網"
        ),
        published="2020-02-06 09:50",
        city="潍坊市",
        expect=[
            ("confirmed_new", "诸城市", "2020-02-05", 1, "", ""),
        ],
        note="半岛网 relaying the notice of 诸城 (a county-level city of 潍坊; 我市 = 诸城市, the issuer named in the signature), traditional mirror. "
        "第2例 and 第1例 are ordinals: no confirmed_total 2; the one confirmation on 2月5日 → confirmed_new 1 (one-patient story, reading choice). "
        "The 13 contacts of this patient are no city total; age, 37.7℃ and the page's view count (151538) are no figures",
        source="http://www.sihu13.cn/a/338339.html",
    ),
    dict(
        id="bl3-fd-beijing-0323-national-imported-only-none",
        text=(
            "最新!23日新增78例确诊病例 74例为境外输入\n\n2020-03-24 08:37:47  来源:国家卫健委  \n\n\n"
            "  3月23日0—24时,31个省(自治区、直辖市)和新疆生产建设兵团报告新增确诊病例78例,新增死亡病例7例(湖北7例),新增疑似病例35例。\n\n"
            "  当日新增治愈出院病例456例,解除医学观察的密切接触者769人,重症病例减少176例。\n\n"
            "  3月23日0—24时,新增报告境外输入确诊病例74例(北京31例,广东14例,上海9例,福建5例,天津4例,江苏3例,浙江2例,四川2例,山西、辽宁、山东和重庆各1例)。截至3月23日24时,累计报告境外输入确诊病例427例。"
        ),
        published="2020-03-24 08:37",
        city="北京市",
        expect=[],
        note="the national report on a portal (the summary, the national and 湖北 totals and the 港澳台 paragraphs are left out), read for 北京. Its "
        "only figure for 北京 is in the imported-only list (北京31例 of 境外输入): imported-only subtotals have no metric → nothing for 北京市. 全国 and "
        "湖北 figures are not the home city's",
        source="http://www.gjnews.cn/jiaodian/2020/132192.html",
    ),
    # ================================================================ (c) city=None: every place with a figure
    dict(
        id="bl3-fd-none-0209-wuzhong-bulletin-wo-shi-signature",
        text=(
            "吴忠市新增3例新型冠状病毒肺炎确诊病例\n\n"
            "2月9日,经自治区卫生健康委员会确认,我市确诊3例新型冠状病毒肺炎病例,累计确诊13例。\n\n"
            "患者马某,男,24岁,回族,同心县韦州镇石峡村人,系同心县2月6日确诊病例苏某某的儿子,2月7日确诊病例马某某的丈夫,2月6日被集中隔离。2月9日,经自治区诊疗专家组评估,确诊为新型冠状病毒肺炎病例。\n\n"
            "患者彭某某,男,39岁,回族,同心县韦州镇韦二村人,常住广东省广州市,2月6日被集中隔离。2月9日,经自治区诊疗专家组评估,确诊为新型冠状病毒肺炎病例。\n\n"
            "患者白某某,女,34岁,回族,同心县韦州镇韦二村人。2月7日被集中隔离。2月9日,经自治区专家组评估,确诊为新型冠状病毒肺炎病例。\n\n"
            "目前,已将3名患者转运至自治区第四人民医院治疗,病情稳定。已对患者家属进行医学隔离,追踪密切接触者并实施管控。\n\n"
            "吴忠市卫生健康委员会\n\n2020年2月10日"
        ),
        published="2020-02-10",
        city=None,
        expect=[
            ("confirmed_new", "吴忠市", "2020-02-09", 3, "", ""),
            ("confirmed_total", "吴忠市", "2020-02-09", 13, "", ""),
        ],
        note="a city bulletin relayed without a home city (ttnews repost); 我市 = 吴忠市, the issuer named in the title and the signature. 确诊3例 → "
        "confirmed_new, 累计确诊13例 → confirmed_total on 2月9日. The three patients live in 同心县 (residence; the 2月6日/2月7日 cases are relatives, "
        "not counts): no tuple for 同心县; 3名患者转运 restates the 3; 广州 is a patient's residence. published = the signature date (the ttnews id "
        "decodes to 2020-02-12)",
        source="https://ttnews.xyz/a/5e434ed6dc9b5e6a7fe363c5?lang=zh-hans",
    ),
    dict(
        id="bl3-fd-none-0303-national-current-vs-cumulative-hubei-wuhan",
        text=(
            "国家卫健委:昨日新增确诊病例119例,湖北新增115例\n\n发布时间:   作者:  来源:国家卫健委网站\n\n"
            "3月3日0—24时,31个省(自治区、直辖市)和新疆生产建设兵团报告新增确诊病例119例,新增死亡病例38例(湖北37例,内蒙古1例),新增疑似病例143例。\n\n"
            "当日新增治愈出院病例2652例,解除医学观察的密切接触者6250人,重症病例减少390例。\n\n"
            "截至3月3日24时,据31个省(自治区、直辖市)和新疆生产建设兵团报告,现有确诊病例27433例(其中重症病例6416例),累计治愈出院病例49856例,累计死亡病例2981例,累计报告确诊病例80270例,现有疑似病例520例。累计追踪到密切接触者666397人,尚在医学观察的密切接触者36432人。\n\n"
            "湖北新增确诊病例115例(武汉114例),新增治愈出院病例2389例(武汉1859例),新增死亡病例37例(武汉31例),现有确诊病例25905例(武汉22368例),其中重症病例6232例(武汉5723例)。累计治愈出院病例38556例(武汉24890例),累计死亡病例2871例(武汉2282例),累计确诊病例67332例(武汉49540例)。新增疑似病例52例(武汉43例),现有疑似病例340例(武汉234例)。"
        ),
        published="2020-03-04",
        city=None,
        expect=[
            ("confirmed_new", "全国", "2020-03-03", 119, "", ""),
            ("deaths_new", "全国", "2020-03-03", 38, "", ""),
            ("recovered_new", "全国", "2020-03-03", 2652, "", ""),
            ("observation_released_new", "全国", "2020-03-03", 6250, "", ""),
            ("hospitalized", "全国", "2020-03-03", 27433, "", ""),
            ("severe", "全国", "2020-03-03", 6416, "", ""),
            ("recovered_total", "全国", "2020-03-03", 49856, "", ""),
            ("deaths_total", "全国", "2020-03-03", 2981, "", ""),
            ("confirmed_total", "全国", "2020-03-03", 80270, "", ""),
            ("suspected", "全国", "2020-03-03", 520, "", ""),
            ("close_contacts_total", "全国", "2020-03-03", 666397, "", ""),
            ("observation", "全国", "2020-03-03", 36432, "", ""),
            ("deaths_new", "湖北省", "2020-03-03", 37, "", ""),
            ("deaths_new", "内蒙古自治区", "2020-03-03", 1, "", ""),
            ("confirmed_new", "湖北省", "2020-03-03", 115, "", ""),
            ("confirmed_new", "武汉市", "2020-03-03", 114, "", ""),
            ("recovered_new", "湖北省", "2020-03-03", 2389, "", ""),
            ("recovered_new", "武汉市", "2020-03-03", 1859, "", ""),
            ("deaths_new", "武汉市", "2020-03-03", 31, "", ""),
            ("hospitalized", "湖北省", "2020-03-03", 25905, "", ""),
            ("hospitalized", "武汉市", "2020-03-03", 22368, "", ""),
            ("severe", "湖北省", "2020-03-03", 6232, "", ""),
            ("severe", "武汉市", "2020-03-03", 5723, "", ""),
            ("recovered_total", "湖北省", "2020-03-03", 38556, "", ""),
            ("recovered_total", "武汉市", "2020-03-03", 24890, "", ""),
            ("deaths_total", "湖北省", "2020-03-03", 2871, "", ""),
            ("deaths_total", "武汉市", "2020-03-03", 2282, "", ""),
            ("confirmed_total", "湖北省", "2020-03-03", 67332, "", ""),
            ("confirmed_total", "武汉市", "2020-03-03", 49540, "", ""),
            ("suspected", "湖北省", "2020-03-03", 340, "", ""),
            ("suspected", "武汉市", "2020-03-03", 234, "", ""),
        ],
        note="the national report on a Shaanxi culture site (the 港澳台 paragraph is left out). 现有确诊病例 → hospitalized (current), 其中重症 → severe, "
        "现有疑似 → suspected, against the 累计 figures; 当日解除医学观察的密切接触者 → observation_released_new, 尚在医学观察的密切接触者 → observation. "
        "The death bracket (湖北37例,内蒙古1例) gives deaths_new to 湖北省 (restated in its paragraph) and 内蒙古自治区. 湖北's paragraph with 武汉 in "
        "brackets gives each metric to both. 重症病例减少390例 is a change; 新增疑似 has no metric. published = the day after the data day (昨日)",
        source="http://whysw.org/m/view.php?aid=19419",
    ),
    dict(
        id="bl3-fd-none-0304-world-iran-italy-korea-japan-ship",
        text=(
            "世卫:中国境外76个国家确诊12668例\n\n"
            "当地时间3月4日,世卫组织发布最新一期新冠肺炎情况每日报告。截至欧洲中部时间3月4日上午10时(北京时间17时),中国境外共76个国家确诊新冠肺炎12668例,死亡共计214例。\n\n"
            "与前一日报告相比,中国境外新增新冠肺炎2103例,新增4个国家(阿根廷、智利、波兰、乌克兰)出现新冠肺炎病例。\n\n"
            "伊朗单日新增586例 累计确诊2922例\n\n"
            "当地时间4日,伊朗新增确诊586例,累计确诊2922例,累计死亡92例。伊朗政府出台多项疫情防控措施。\n\n"
            "世卫组织工作人员在伊朗医院考察\n\n"
            "意大利累计确诊3089例 累计死亡107例\n\n"
            "当地时间4日18时,意大利民防部门负责人、新冠病毒应急委员会专员安杰洛·博雷利通报,意大利现存病例2706例,较前一天增加443例;累计276例治愈,较前一天增加116例;死亡病例较前一天增加28例,累计107例,累计病例已达3089例。\n\n"
            "韩国确诊病例超5600\n\n"
            "韩国疾病管理本部4日发布的最新统计显示,当地时间3日0时至4日16时,韩国新增809例新冠肺炎确诊病例,新增死亡4例,新增治愈7例,累计确诊病例增至5621例。目前,韩国确诊病例中,累计死亡32例,治愈41例。\n\n"
            "日本累计确诊1035例\n\n"
            "截至日本当地时间3月4日23时,日本累计确诊新冠肺炎病例1035例,因新冠肺炎死亡累计12人。据日本广播协会电视台报道,从3日深夜到4日晚上11时,日本山口县、京都府、爱媛县、北海道、千叶县等地新确诊36名新冠肺炎患者,在日本国内的日本人和中国游客等累计确诊315例;“钻石公主”号邮轮累计确诊706例;从武汉乘坐包机返回者累计确诊14例。"
        ),
        published="2020-03-05",
        city=None,
        expect=[
            ("confirmed_new", "伊朗", "2020-03-04", 586, "", ""),
            ("confirmed_total", "伊朗", "2020-03-04", 2922, "", ""),
            ("deaths_total", "伊朗", "2020-03-04", 92, "", ""),
            ("hospitalized", "意大利", "2020-03-04", 2706, "", ""),
            ("recovered_total", "意大利", "2020-03-04", 276, "", ""),
            ("recovered_new", "意大利", "2020-03-04", 116, "", ""),
            ("deaths_new", "意大利", "2020-03-04", 28, "", ""),
            ("deaths_total", "意大利", "2020-03-04", 107, "", ""),
            ("confirmed_total", "意大利", "2020-03-04", 3089, "", ""),
            ("confirmed_new", "韩国", "2020-03-04", 809, "", ""),
            ("deaths_new", "韩国", "2020-03-04", 4, "", ""),
            ("recovered_new", "韩国", "2020-03-04", 7, "", ""),
            ("confirmed_total", "韩国", "2020-03-04", 5621, "", ""),
            ("deaths_total", "韩国", "2020-03-04", 32, "", ""),
            ("recovered_total", "韩国", "2020-03-04", 41, "", ""),
            ("confirmed_total", "日本", "2020-03-04", 1035, "", ""),
            ("deaths_total", "日本", "2020-03-04", 12, "", ""),
            ("confirmed_new", "日本", "2020-03-04", 36, "", ""),
            ("confirmed_total", "钻石公主号", "2020-03-04", 706, "", ""),
        ],
        note="a world round-up on a portal (captions and the Italian school-closure paragraph left out). 中国境外 and 76个国家 are no place; the new "
        "countries are named without figures. 意大利: 现存病例 → hospitalized; 累计276例治愈,较前一天增加116例 → recovered_total 276 and recovered_new "
        "116; 死亡病例较前一天增加28例,累计107例 → deaths_new 28 and deaths_total 107; the +443 of the current count is no figure. 韩国's 3日0时至4日16时 "
        "window is dated 4日; the headline 超5600 restates 5621. 日本: 新确诊36名 (3日深夜到4日晚上11时) → confirmed_new on 4日; the subtotal without the "
        "ship (315) and the charter-flight returnees (14) give no tuple; the ship keeps its 706. Headlines restate the body. The page shows no date: "
        "published = the day after (Beijing time) the figures' day",
        source="https://news.eleoem.com/?p=204895",
    ),
    dict(
        id="bl3-fd-none-0308-world-italy-overtakes-korea-usa",
        text=(
            "全球疫情:意大利确诊超韩国,美572人感染,疫情“逼近”白宫\n\n"
            "新冠肺炎疫情在世界多国持续蔓延,截至北京时间3月8日17时,中国以外全球受新冠肺炎疫情影响的国家和地区数量已破百,达到101个。\n\n"
            "意大利、韩国和伊朗仍然是中国之外确诊病例最多的国家。\n\n"
            "当地时间3月8日,意大利民防部门表示,该国累计确诊新冠肺炎病例7375例,新增死亡病例133例,累计死亡病例366例。意大利现存新冠肺炎病例6387例。\n\n"
            "据韩国中央防疫对策本部3月8日通报,截至当地时间8日下午4时,韩国累计确诊病例为7313例。\n"
            "在韩国未更新最新数据之前,意大利新冠肺炎确诊病例超过韩国,成为全球除中国之外确诊病例最多的国家。\n\n"
            "伊朗卫生部当地时间3月8日通报,过去一天,伊朗新增743例新冠肺炎确诊病例,累计确诊6566例,死亡病例194例,治愈病例2134例。\n\n"
            "根据美国疾病控制与预防中心和各州公共卫生部门统计,截至美东时间3月8日晚7点,美国共报告新冠肺炎确诊病例572例,死亡21例。8日新增确诊病例113例,新增死亡病例2例。"
        ),
        published="2020-03-08",
        city=None,
        expect=[
            ("confirmed_total", "意大利", "2020-03-08", 7375, "", ""),
            ("deaths_new", "意大利", "2020-03-08", 133, "", ""),
            ("deaths_total", "意大利", "2020-03-08", 366, "", ""),
            ("hospitalized", "意大利", "2020-03-08", 6387, "", ""),
            ("confirmed_total", "韩国", "2020-03-08", 7313, "", ""),
            ("confirmed_new", "伊朗", "2020-03-08", 743, "", ""),
            ("confirmed_total", "伊朗", "2020-03-08", 6566, "", ""),
            ("deaths_total", "伊朗", "2020-03-08", 194, "", ""),
            ("recovered_total", "伊朗", "2020-03-08", 2134, "", ""),
            ("confirmed_total", "美国", "2020-03-08", 572, "", ""),
            ("deaths_total", "美国", "2020-03-08", 21, "", ""),
            ("confirmed_new", "美国", "2020-03-08", 113, "", ""),
            ("deaths_new", "美国", "2020-03-08", 2, "", ""),
        ],
        note="a world round-up (ttnews repost; image credits, the army-chief and 华盛顿特区 paragraphs are left out). 101个 countries and regions is no "
        "place. 意大利: 现存…病例 → hospitalized (current) beside the cumulative 7375. 伊朗's 过去一天 is 3月8日; 死亡病例194例/治愈病例2134例 in a cumulative "
        "sentence → deaths_total and recovered_total. 美国: totals of 3月8日晚7点 and 8日新增. The headline's 572 restates the body. published = the day "
        "the item reports (the ttnews id decodes to a repost of 2020-03-15)",
        source="https://p2.ttnews.xyz/a/5e6da411dc9b5e40e30ffc05?lang=zh-hans",
    ),
]
