"""Golden extraction cases from REAL feed texts (development set), Jan–Apr 2020.

A "feed" is what a wire service, a national or provincial round-up, a world-news desk or a
reposting site carries: several places in one item, bulletins of other cities quoted inside
it, foreign countries, special groups (a cruise ship, an evacuation flight), patients
described by where they came from, hospitals and quarantine sites, provinces beside their
cities, current versus cumulative lists, deaths lists, patient numbers, and morning items
that give no date. A few city-paper items about their own city (discharges, resumption) are
mixed in.

Same format and conventions as dev_cases.py (its docstring), dev_realworld.py and
ANNOTATION.md (binding):

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Every `text` is a verbatim excerpt of a stored public page found with the search tool
(`pages`); excerpts are whole sentences or whole paragraphs, and where a paragraph in the
middle was not needed it was left out (the paragraphs kept are verbatim and in order).
Words, numbers, punctuation (half-width `, : ; ( )`), page chrome and garbling (the
"(shí)" pinyin residue and doubled ",," of some traditional-character mirrors, "??????",
"确诊病例例" with its number missing) are left as found. `source` is the page read.
No text touches the places or the feed excluded by ANNOTATION.md's data rules.

About half the cases have city=None (a corpus without a home city: every place with a figure
is expected, the country as 全国, foreign countries by their usual short name, foreign
regions as written: 首尔, 北海道; 香港/澳门/台湾; a ship by its name: 钻石公主号); the others
have a prefecture-level home city outside Hunan and expect only that city and its
districts/counties.

Choices made here beyond the binding conventions (listed so they can be argued with):

* Regions are written in simplified characters when the text is traditional.
* Imported cases. A breakdown that attributes imported cases to a place (新增确诊病例7例(均为
  丽水市青田县报告的意大利输入病例); 境外输入病例共10例,其中丽水8例,湖州2例; 其中境外输入病例
  8例) is an imported-only subtotal: no tuple for that place. The province's own headline
  count worded generally (浙江省新增新冠肺炎确诊病例2例) stays the province's figure. A
  place's general total that merely includes imported cases (丽水市25例(其中境外输入病例8例))
  is that place's confirmed_total. Iran/Italy/foreign travel, charter flights (包机, 撤侨)
  and the people on them give no tuple, and neither do contacts or severe counts of the
  imported group (现有重型病例2例 in the imported paragraph).
* A country breakdown "新增的31例病例中,30例来自庆尚北道和大邱市,1例来自首尔" is a regional
  breakdown, not patients' origin: 首尔 gets confirmed_new 1; two places joined in one count
  (庆尚北道和大邱市 30) get nothing.
* "在定西市定点医院进行隔离治疗" names where patients are treated (no tuple for 定西市);
  "现有2例在定点医院进行隔离治疗,其中兰州市1例、定西市1例" is whose (hospitalized per city).
* A story about one named discharge ("泰安市东平县首例确诊…患者…2月3日上午9点正式出院";
  "运城市首例新冠肺炎重症患者2月18日…治愈出院") gives recovered_new 1 for the place the patient
  belongs to (the binding "这位患者 in a story about one discharge → 1"), not for the place of
  the hospital (太原市) and not for the parent city unless it is the home city.
* A list refined by exact values ("和平区、河东区、河西区的复工率均超过80%,分别达到87.5%、
  87.5%、80.8%") gives the exact values only, not an extra "80 more_than".
* "…N家重点工业企业已全部复工" without a stated rate gives sector_total N and resumed N; the
  rate 100 is expected only when the text states 复工率100%.
* A forecast (2月19日预计治愈出院63例,…合肥4例) is no figure.
* 今日 in a bulletin is its publication date (as 昨日 = published-1).
* A morning item (published before 12:00) whose headline gives no date reports the day
  before; a morning item whose body dates its figures (于7日治愈出院) keeps that date.
"""

CASES = [
    # ================================================================ (a) foreign places, special groups
    dict(
        id="dv-fd-sg-0207-trad-new3-total33",
        text=(
            "新加坡衛生部今天(7日)在跨部門工作小組新聞會上公佈,截至當天下午2點,新加坡新增新型冠狀病毒感染的肺炎確診病例3例,累計33例。"
            "3例皆爲新加坡人,沒有中國旅行史,其中2人曾到馬來西亞旅行。衛生部正在追查感染源。"
            "目前已確診的33例病例中,2人治癒出院,2人危重,其餘狀況穩定或是改善。"
        ),
        published="2020-02-07",
        city=None,
        expect=[
            ("confirmed_new", "新加坡", "2020-02-07", 3, "", ""),
            ("confirmed_total", "新加坡", "2020-02-07", 33, "", ""),
            ("recovered_total", "新加坡", "2020-02-07", 2, "", ""),
            ("critical", "新加坡", "2020-02-07", 2, "", ""),
        ],
        note="foreign country's own ministry figures (traditional); 今天(7日) dates them; 其中2人曾到马来西亚旅行 is travel, no 马来西亚 tuple",
        source="https://cht.apdnews.com/article/5ccff6f",
    ),
    dict(
        id="dv-fd-dp-0207-diamond-princess-41-61",
        text=(
            "原标题:日本厚生劳动省确认:“钻石公主号”邮轮新增41人感染新冠肺炎 目前已确诊61例\n"
            "日本厚生劳动省7日上午确认,“钻石公主号”邮轮上再确认41人感染新型冠状病毒。至此,目前船上已确诊61名感染者。(总台记者 王梦)"
        ),
        published="2020-02-07",
        city=None,
        expect=[
            ("confirmed_new", "钻石公主号", "2020-02-07", 41, "", ""),
            ("confirmed_total", "钻石公主号", "2020-02-07", 61, "", ""),
        ],
        note="the cruise ship is its own region (not 日本, whose ministry reports it); headline and body state the same two figures",
        source="https://xwzx.qqzyw.com/show-293814.html",
    ),
    dict(
        id="dv-fd-nhc-0201-national-hk-mo-tw",
        text=(
            "国家卫健委:2月1日新增确诊病例2590例\n"
            "  来源:国家卫生健康委员会官方微博\n"
            "2020-02-02 08:02:18\n\n"
            "2月1日0—24时,31个省(自治区、直辖市)和新疆生产建设兵团报告新增确诊病例2590例(湖北省1921例),新增重症病例315例(湖北省268例),新增死亡病例45例(湖北省45例),新增治愈出院病例85例(湖北省49例),新增疑似病例4562例(湖北省2606例)。\n\n"
            "截至2月1日24时,国家卫生健康委收到31个省(自治区、直辖市)和新疆生产建设兵团累计报告确诊病例14380例,现有重症病例2110例,累计死亡病例304例,累计治愈出院病例328例,共有疑似病例19544例。\n\n"
            "目前累计追踪到密切接触者163844人,当日解除医学观察8044人,共有137594人正在接受医学观察。\n\n"
            "累计收到港澳台地区通报确诊病例31例:香港特别行政区14例,澳门特别行政区7例,台湾地区10例。"
        ),
        published="2020-02-02 08:02",
        city=None,
        expect=[
            ("confirmed_new", "全国", "2020-02-01", 2590, "", ""),
            ("confirmed_new", "湖北省", "2020-02-01", 1921, "", ""),
            ("severe_new", "全国", "2020-02-01", 315, "", ""),
            ("severe_new", "湖北省", "2020-02-01", 268, "", ""),
            ("deaths_new", "全国", "2020-02-01", 45, "", ""),
            ("deaths_new", "湖北省", "2020-02-01", 45, "", ""),
            ("recovered_new", "全国", "2020-02-01", 85, "", ""),
            ("recovered_new", "湖北省", "2020-02-01", 49, "", ""),
            ("confirmed_total", "全国", "2020-02-01", 14380, "", ""),
            ("severe", "全国", "2020-02-01", 2110, "", ""),
            ("deaths_total", "全国", "2020-02-01", 304, "", ""),
            ("recovered_total", "全国", "2020-02-01", 328, "", ""),
            ("suspected", "全国", "2020-02-01", 19544, "", ""),
            ("close_contacts_total", "全国", "2020-02-01", 163844, "", ""),
            ("observation_released_new", "全国", "2020-02-01", 8044, "", ""),
            ("observation", "全国", "2020-02-01", 137594, "", ""),
            ("confirmed_total", "香港", "2020-02-01", 14, "", ""),
            ("confirmed_total", "澳门", "2020-02-01", 7, "", ""),
            ("confirmed_total", "台湾", "2020-02-01", 10, "", ""),
        ],
        note="NHC daily report: 31个省 is the country (全国), bracketed 湖北省 figures are Hubei's; 新增疑似 has no metric; 港澳台 31 is a sum of three places (no tuple), each SAR/Taiwan is its own region; 目前 and the 港澳台 line take 2月1日 from the bulletin",
        source="http://www.hljnews.cn/article/231/145866.html",
    ),
    dict(
        id="dv-fd-gs-0305-lanzhou-iran-charter",
        text=(
            "甘肃新增11例境外输入病例,311人近期由伊朗抵兰州\n\n来源:甘肃卫健委\n\n2020-03-06 07:17\n\n"
            "据甘肃卫健委消息,3月4日20时至3月5日20时,甘肃本地无新增病例。截至3月5日20时,甘肃本地累计报告新型冠状病毒肺炎确诊病例91例,累计治愈出院87例,累计死亡病例2例。现有2例在定点医院进行隔离治疗,其中兰州市1例、定西市1例。甘肃本地目前无疑似病例。目前,甘肃本地累计追踪到密切接触者4337人,已解除医学观察4259人,其余78人正在接受医学观察。\n\n"
            "3月2日20时至3月5日20时,有311人分别乘商业包机由伊朗到达兰州,均已全部隔离。3月5日新增11例境外输入确诊病例,均在省级定点医院隔离治疗,病情平稳。新增境外输入密切接触者300人,其中38人在省级定点医院隔离留观,262人在集中隔离点隔离,正在进一步进行医学检测检查。"
        ),
        published="2020-03-06 07:17",
        city="兰州市",
        expect=[
            ("hospitalized", "兰州市", "2020-03-05", 1, "", ""),
        ],
        note="home city named in a province item: only 兰州市1例 under 现有…隔离治疗 (hospitalized); 311 people on charters from 伊朗 to 兰州 and 11 imported cases give no tuple; the province's figures are not Lanzhou's",
        source="https://m.guancha.cn/politics/2020_03_06_540143.shtml",
    ),
    dict(
        id="dv-fd-gs-0307-none-local-vs-imported",
        text=(
            "本报兰州3月7日讯(新甘肃·甘肃日报记者 李欣瑶)记者今天从省卫生健康委获悉,3月6日20时至3月7日20时,在3月4日、3月5日两批乘商业包机由伊朗到达兰州309人、加3月2日专门转到兰州2人共计311人中,新增1例确诊病例,在省级定点医院隔离治疗,病情平稳。\n"
            "甘肃省累计报告境外输入新冠肺炎确诊病例29例,目前有境外输入密切接触者282人,其中61人在省级定点医院隔离留观,221人在集中隔离点隔离,正在进一步进行医学检测检查。\n"
            "3月6日20时至3月7日20时,甘肃省本地无新增病例。截至3月7日20时,甘肃省本地累计报告新冠肺炎确诊病例91例,累计治愈出院87例,累计死亡病例2例。现有2例在定点医院进行隔离治疗,其中兰州市1例、定西市1例。甘肃省本地目前无疑似病例。目前,本地累计追踪到密切接触者4337人,已解除医学观察4266人,其余71人正在接受医学观察。"
        ),
        published="2020-03-08",
        city=None,
        expect=[
            ("confirmed_new", "甘肃省", "2020-03-07", 0, "", ""),
            ("confirmed_total", "甘肃省", "2020-03-07", 91, "", ""),
            ("recovered_total", "甘肃省", "2020-03-07", 87, "", ""),
            ("deaths_total", "甘肃省", "2020-03-07", 2, "", ""),
            ("hospitalized", "甘肃省", "2020-03-07", 2, "", ""),
            ("hospitalized", "兰州市", "2020-03-07", 1, "", ""),
            ("hospitalized", "定西市", "2020-03-07", 1, "", ""),
            ("suspected", "甘肃省", "2020-03-07", 0, "", ""),
            ("close_contacts_total", "甘肃省", "2020-03-07", 4337, "", ""),
            ("observation_released_total", "甘肃省", "2020-03-07", 4266, "", ""),
            ("observation", "甘肃省", "2020-03-07", 71, "", ""),
        ],
        note="imported-only figures (1 new case among the 311 from 伊朗, 境外输入累计29例, their 282 contacts) give no tuple; the local paragraph is the province's; 本报兰州…讯 is a dateline of a provincial paper, not a Lanzhou figure",
        source="https://yybnet.net/gansu/news/202003/10263014.html",
    ),
    dict(
        id="dv-fd-kr-0220-31st-patient",
        text=(
            "快讯:韩国新增31例感染新冠病毒确诊病例 累计82例\n\n"
            "韩国中央防疫对策本部20日通报,截至当天上午9时,韩国新增31例新型冠状病毒(COVID-19)感染病例,累计确诊病例达82例。\n\n\n"
            "当天新增的31例病例中,30例来自庆尚北道和大邱市,1例来自首尔。在大邱和庆北地区出现的30例中有23人与第31例(61岁韩国女性)病例常去的教堂(新天地耶稣教会)有关,另外2人在庆北清道郡的一家医疗机构确诊,其余5例的情况正在了解当中。由此,与第31例有关的确诊病例增至37例,庆尚北道和大邱市累计确诊48例。"
        ),
        published="2020-02-20",
        city=None,
        expect=[
            ("confirmed_new", "韩国", "2020-02-20", 31, "", ""),
            ("confirmed_total", "韩国", "2020-02-20", 82, "", ""),
            ("confirmed_new", "首尔", "2020-02-20", 1, "", ""),
        ],
        note="第31例 is a patient number equal to the day's count (no second tuple); 30 and 48 belong to two places at once (庆尚北道和大邱市: no tuple); 23/37 are a church cluster, 2 a hospital; 1例来自首尔 is a regional breakdown",
        source="http://daaixq.com/wdoc_16362025.html",
    ),
    dict(
        id="dv-fd-th-0204-trad-cases-20-25",
        text=(
            "2019新型冠狀病毒肺炎(COVID-19;俗稱新冠肺炎)擴散,泰國確診今日(4日)又增加6例,包含4名泰國人,兩名中國遊客,從原本19例瞬間攀升至25例,超過日本,為中國以外最多起確診病例國家。\n"
            "根據泰國公共衛生部疾病管制司公告,本日新增確診,其中4位泰國人中包含一對夫妻,近期曾赴日本旅遊,不確定是在泰國境內或日本感染。另2人則是泰國司機,近期未曾到過中國,但接送過中國乘客,其中一位司機則表示,曾在華欣載過中國遊客。繼上周泰國司機確診,目前已有3名確診病例身分皆為司機,且都是境內感染。\n"
            "新冠肺炎泰國確診案例\n"
            "- 案例20:自日本返泰的43歲泰國女性(與21例為夫妻)\n"
            "- 案例21:為自日本返泰的49歲泰國男性(與20例為夫妻)\n"
            "- 案例22:33歲中國女遊客\n"
            "- 案例23:曾接送過中國遊客的45歲泰籍男計程車司機\n"
            "- 案例24:31歲中國男遊客\n"
            "- 案例25:70歲泰國男性\n"
            "截至今日統計,目前泰國確診共25例,為中國境外最多起案例之國家,包含19名中國遊客,6名泰國人,其中3名為境內感染。"
        ),
        published="2020-02-04",
        city=None,
        expect=[
            ("confirmed_new", "泰国", "2020-02-04", 6, "", ""),
            ("confirmed_total", "泰国", "2020-02-04", 25, "", ""),
        ],
        note="案例20…案例25 and 21例/20例 are patient numbers; 原本19例 is the baseline; nationality subsets (4名泰國人, 19名中國遊客) and 日本 travel give no tuple",
        source="https://visionthai.net/article/ncov2019-thailand-25",
    ),
    dict(
        id="dv-fd-dp-0219-compatriots-charter-none",
        text=(
            "钻石公主号中国同胞将乘包机返港,47人确诊\n\n2020-02-19 19:01  \n"
            "2月19日起,“钻石公主”号乘客开始分批下船。在中央政府的统筹下,经中国驻日本大使馆、外交部驻香港公署、香港特别行政区政府有关部门紧密协调,特区政府将派包机撤离中国乘客前往香港。首架包机将于2月20日凌晨1:45从东京羽田机场起飞。\n\n\n\n\n"
            "另据央视新闻,据中国驻日本大使馆消息,根据2月5号的统计,当时船上有312名中国人,其中261人来自中国香港,5人来自中国澳门,25人来自中国台湾,21人来自中国内地。截至19日,船上有47名中国同胞被确诊,其中2人来自中国内地,44人来自中国香港,1人来自中国台湾。"
        ),
        published="2020-02-19 19:01",
        city=None,
        expect=[],
        note="47 is a nationality subgroup of the ship's cases and 44/1 are where passengers come from: no tuple for 钻石公主号, 香港 or 台湾; the evacuation charter is no place",
        source="http://m-zhongxiang.cjyun.org/p/86566.html",
    ),
    dict(
        id="dv-fd-jp-0129-trad-evacuation-flight",
        text=(
            "各國撤僑 日本包機今接返首批200人 美籲勿往中國任何地區 領館員工將離武漢\n"
            "中國武漢因新型冠狀病毒肺炎(簡稱武漢肺炎)疫情爆發而封城,不少外國人滯留在當地,各國陸續撤僑,其中日本政府昨日派出包機從東京出發到武漢,預料將首批約200名日本國民送返國。\n"
            "隨機運緊急援助物資\n"
            "日本外相茂木敏充表示,約有650名僑民希望返回日本,日本政府周二晚派出的包機,接載首批200人,預料周三上午將返抵羽田機場,政府要求回國人士在家隔離約兩周。"
        ),
        published="2020-01-29",
        city=None,
        expect=[],
        note="撤侨 flights and returnee groups (200人, 650名僑民) are no place and no case figure",
        source="https://www2.hkej.com/landing/articleprint/id/2363176",
    ),
    dict(
        id="dv-fd-zj-0304-italy-imported-none",
        text=(
            "浙江新增意大利输入病例2例\n"
            "新华社杭州3月5日电3月4日0-24时,浙江省新增新冠肺炎确诊病例2例,均为湖州市德清县报告的意大利输入病例。截至3月4日24时,浙江省累计报告新冠肺炎确诊境外输入病例共10例,其中丽水8例,湖州2例。"
        ),
        published="2020-03-05",
        city=None,
        expect=[
            ("confirmed_new", "浙江省", "2020-03-04", 2, "", ""),
        ],
        note="the province's general new count stays; the imported attribution to 湖州市德清县 and the imported-only 累计…境外输入10例 (丽水8, 湖州2) give no tuple; 意大利 is an origin",
        source="https://m.yybnet.net/news/china/202003/10258000.html",
    ),
    dict(
        id="dv-fd-zj-0302-trad-lishui-imported-subtotals",
        text=(
            "浙江新增新冠肺炎確診病例7例 均為麗水市青田縣報告\n"
            "中新網(wǎng)3月3日電 據(jù)浙江省衛(wèi)健委官網(wǎng)消息,,2020年3月2日0-24時(shí),,浙江省新增新型冠狀病毒肺炎確診病例7例(均為麗水市青田縣報告的意大利輸入病例),新增出院病例36例,。\n"
            "其中:\n"
            "新增出院病例中,,杭州市5例、寧波市2例,、溫州市9例,、湖州市1例、紹興市1例,、金華市2例,、舟山市2例、臺州市4例,、省十里豐監(jiān)獄10例,。\n"
            "截至3月2日24時(shí),浙江省累計(jì)報(bào)告新型冠狀病毒肺炎確診病例1213例(其中境外輸入病例8例),,現(xiàn)有重癥病例8例(其中危重4例),,累計(jì)死亡1例,累計(jì)出院1086例,。其中:\n"
            "確診病例中,,杭州市169例,、寧波市157例、溫州市504例,、湖州市10例,、嘉興市45例、紹興市42例,、金華市55例,、衢州市14例、舟山市10例,、臺州市146例,、麗水市25例(其中境外輸入病例8例)、省十里豐監(jiān)獄36例,;重癥病例中,,寧波市1例、溫州市5例,、嘉興市1例,、省十里豐監(jiān)獄1例;死亡病例中,,溫州市1例,;出院病例中,,杭州市170例(其中劃歸外省病例12例),、寧波市151例,、溫州市456例、湖州市10例,、嘉興市41例,、紹興市38例、金華市54例,、衢州市12例,、舟山市10例、臺州市112例,、麗水市17例,、省十里豐監(jiān)獄15例。"
        ),
        published="2020-03-03",
        city="丽水市",
        expect=[
            ("confirmed_total", "丽水市", "2020-03-02", 25, "", ""),
            ("recovered_total", "丽水市", "2020-03-02", 17, "", ""),
        ],
        note="home city named beside 意大利 imports: the 7 new cases all imported from Italy give no tuple for 丽水市 or 青田县; 麗水市25例(其中境外輸入病例8例) is Lishui's total (8 is an imported subtotal); a prison (省十里豐監獄) is an institution; garbled ',,' and (shí) residue kept",
        source="https://ptzyk.com/hqhr/2020/03-03/247557.shtml",
    ),
    dict(
        id="dv-fd-mas-0201-patients-23-25-thailand",
        text=(
            "马鞍山市5例新增确诊病例基本情况公布\n"
            "来源: 马鞍山卫健委 马鞍山发布 2020-02-02 12:19:57 责编: 徐文娟\n\n"
            "2月1日0—24时,马鞍山市新增新型冠状病毒感染的肺炎确诊病例5例,新增疑似病例1例。\n\n"
            "截至2月1日24时,全市累计报告新型冠状病毒感染的肺炎确诊病例27例,其中:和县17例,雨山8例,含山1例,当涂1例。\n\n"
            "新增确诊患者基本情况:\n\n"
            "患者23:余某,男,39岁,确诊患者13余某某儿子,雨山区泰和天成居民。1月21日自驾前往浙江诸暨,与其父母及伯父(长期居住武汉,已于28日确诊)住在其堂哥家中,24日与其亲戚10人聚餐,26日从诸暨自驾返回马鞍山,28日自驾至市妇幼保健院就诊,同日起接受医学观察,30日因发热由救护车转送市人民医院,其它时间居家未外出,2月1日确诊。已追踪到密切接触者12人(与其父余某某重复),其中5人正在我市接受医学观察,其他7人已通报当地相关部门。\n\n"
            "患者24:桂某,男,25岁,雨山区阳光城居民,在上海工作。1月19-23日赴泰国旅行,24日返回国内,从上海乘坐G7088动车(16车8D座)至马鞍山东站,由其父接至外婆家。"
        ),
        published="2020-02-02 12:19",
        city="马鞍山市",
        expect=[
            ("confirmed_new", "马鞍山市", "2020-02-01", 5, "", ""),
            ("confirmed_total", "马鞍山市", "2020-02-01", 27, "", ""),
            ("confirmed_total", "和县", "2020-02-01", 17, "", ""),
            ("confirmed_total", "雨山区", "2020-02-01", 8, "", ""),
            ("confirmed_total", "含山县", "2020-02-01", 1, "", ""),
            ("confirmed_total", "当涂县", "2020-02-01", 1, "", ""),
        ],
        note="患者23/患者24/确诊患者13 are patient numbers; 泰国 travel, 浙江诸暨 and 武汉 residence are descriptions; one patient's 12 contacts (5 in 我市) are not the city's; bare county names take their suffix; 新增疑似 has no metric",
        source="http://www.ahnews.com.cn/yaowen1/pc/con/2020-02/02/496_163399.html",
    ),
    # ================================================================ (b) other cities' own bulletins quoted
    dict(
        id="dv-fd-bj-0201-benshi-speaker-in-title",
        text=(
            "2月1日12时至24时,本市新增15例新型冠状病毒感染的肺炎病例,11例有湖北及其他省份接触史,4例为确诊病例的密切接触者,其中2例既有湖北及其他省份接触史又是确诊病例的密切接触者。2例否认湖北接触史,正在进一步核实。均已送至定点医疗机构进行救治。\n"
            "截至2月1日24时,本市累计确诊病例183例,其中死亡1例,出院9例,173例在定点医院进行隔离治疗。东城区3例、西城区17例、朝阳区35例、海淀区41例、丰台区16例、石景山区4例、门头沟区1例、房山区2例、通州区13例、顺义区6例、昌平区12例、大兴区21例、怀柔区1例、外地来京人员11例。平谷区、密云区、延庆区尚未有病例。\n"
            "原标题:2月1日12时至24时,北京新增15例新型冠状病毒感染的肺炎病例"
        ),
        published="2020-02-02",
        city="北京市",
        expect=[
            ("confirmed_new", "北京市", "2020-02-01", 15, "", ""),
            ("confirmed_total", "北京市", "2020-02-01", 183, "", ""),
            ("deaths_total", "北京市", "2020-02-01", 1, "", ""),
            ("recovered_total", "北京市", "2020-02-01", 9, "", ""),
            ("hospitalized", "北京市", "2020-02-01", 173, "", ""),
            ("confirmed_total", "东城区", "2020-02-01", 3, "", ""),
            ("confirmed_total", "西城区", "2020-02-01", 17, "", ""),
            ("confirmed_total", "朝阳区", "2020-02-01", 35, "", ""),
            ("confirmed_total", "海淀区", "2020-02-01", 41, "", ""),
            ("confirmed_total", "丰台区", "2020-02-01", 16, "", ""),
            ("confirmed_total", "石景山区", "2020-02-01", 4, "", ""),
            ("confirmed_total", "门头沟区", "2020-02-01", 1, "", ""),
            ("confirmed_total", "房山区", "2020-02-01", 2, "", ""),
            ("confirmed_total", "通州区", "2020-02-01", 13, "", ""),
            ("confirmed_total", "顺义区", "2020-02-01", 6, "", ""),
            ("confirmed_total", "昌平区", "2020-02-01", 12, "", ""),
            ("confirmed_total", "大兴区", "2020-02-01", 21, "", ""),
            ("confirmed_total", "怀柔区", "2020-02-01", 1, "", ""),
            ("confirmed_total", "平谷区", "2020-02-01", 0, "", ""),
            ("confirmed_total", "密云区", "2020-02-01", 0, "", ""),
            ("confirmed_total", "延庆区", "2020-02-01", 0, "", ""),
        ],
        note="the speaking city's own bulletin (本市; 北京 named in 原标题) with city = the speaker; 湖北 contact history is origin; 外地来京人员11例 is no place; 尚未有病例 is a none-statement (0) for three districts; 173例在定点医院 is the city's hospitalized",
        source="https://24qq.cc/n71026c9.aspx",
    ),
    dict(
        id="dv-fd-gz-0130-youxun-home-shenzhen",
        text=(
            "全省累计报告确诊病例354例\n"
            "广州日报讯(全媒体记者何雪华通讯员粤卫信)据省卫健委通报,截至1月30日12时,全省累计报告新型冠状病毒感染的肺炎确诊病例354例,累计出院8例。\n"
            "1月30日0-12时,全省新增确诊病例43例,新增出院病例2例。新增确诊病例中,广州市15例、深圳市12例、珠海市8例、东莞市4例、中山市2例、湛江市2例。有1514名密切接触者正在接受医学观察。目前,重症37例、危重症13例,无死亡病例,累计出院病例8例。\n"
            "又讯(全媒体记者伍仞通讯员穗卫健宣)广州市卫生健康委员会通报,1月30日0时至12时,广州市报告新型冠状病毒感染的肺炎新增确诊病例15例,其中越秀区、海珠区、白云区各4例,番禺区3例。新增1例出院病例,为广州市首例治愈病例。\n"
            "截至1月30日12时,广州市累计报告新型冠状病毒感染的肺炎确诊病例94例,其中白云区22例、天河区20例、海珠区15例、番禺区11例、越秀区10例、黄埔区9例、南沙区3例、花都区2例、荔湾区1例、增城区1例。"
        ),
        published="2020-01-31",
        city="深圳市",
        expect=[
            ("confirmed_new", "深圳市", "2020-01-30", 12, "", ""),
        ],
        note="a Guangzhou paper quotes the province and then 广州市卫健委 (又讯); with city set to another city only 深圳市12例 in the province's list is the home city's; nothing of 广州市, its districts or the province",
        source="http://m.kcqsx.com/zhanjiang/202001/845455.html",
    ),
    dict(
        id="dv-fd-sh-0207-morning-item-dated-body",
        text=(
            "上海又有5例新型冠状病毒感染的肺炎确诊病例治愈出院\n\n2020-02-07 11:53 来源:央视新闻\n\n"
            "上海市卫生健康委7日通报:经医护人员精心诊治和护理,5例新型冠状病毒感染的肺炎患者病情逐步改善,经专家组评估,符合国家卫生健康委最新的新型冠状病毒感染的肺炎确诊病例解除隔离和出院标准,于7日治愈出院。目前,上海已累计治愈出院30例。(中央广播电视总台央视记者 陆学贤)"
        ),
        published="2020-02-07 11:53",
        city=None,
        expect=[
            ("recovered_new", "上海市", "2020-02-07", 5, "", ""),
            ("recovered_total", "上海市", "2020-02-07", 30, "", ""),
        ],
        note="Shanghai's bulletin quoted on a national site, city=None: the speaker's figures; published before noon but the body dates the discharge (于7日), so no shift to the day before",
        source="http://cneb.gov.cn/2020/02/07/ARTI1581046873547783.shtml",
    ),
    dict(
        id="dv-fd-gz-0221-none-districts-and-baby-age",
        text=(
            "21日穗新增4例确诊 均非本地感染\n"
            "广州日报讯(全媒体记者伍仞通讯员穗卫健宣)广州市卫健委通报,2月21日0时至24时,广州市报告新冠肺炎新增确诊病例4例,其中荔湾区2例、花都区2例,包括一名3个月大的男婴,新增治愈出院18例。截至2月21日24时,广州市累计报告新冠肺炎确诊病例343例。\n"
            "市卫健委通报,新增4例中3个病例为湖北输入,另一例有外出旅行史,均不属于本地感染。"
        ),
        published="2020-02-22",
        city=None,
        expect=[
            ("confirmed_new", "广州市", "2020-02-21", 4, "", ""),
            ("confirmed_new", "荔湾区", "2020-02-21", 2, "", ""),
            ("confirmed_new", "花都区", "2020-02-21", 2, "", ""),
            ("recovered_new", "广州市", "2020-02-21", 18, "", ""),
            ("confirmed_total", "广州市", "2020-02-21", 343, "", ""),
        ],
        note="the city's bulletin in a corpus without home city: 广州市 and its districts; 3个病例为湖北输入 is origin (no 湖北 tuple); 3个月大 is an age",
        source="http://m.kcqsx.com/gz/202002/867602.html",
    ),
    dict(
        id="dv-fd-gz-0221-current-list-and-hospitals",
        text=(
            "截至21日24时广州市累计报告新冠肺炎的343例确诊病例中,其中白云区74例、海珠区66例、天河区44例、番禺区40例、越秀区35例、花都区21例、荔湾区19例、黄埔区18例、增城区17例、南沙区8例、从化区1例。男性166例、女性177例。年龄介于3个月至90岁之间。现有疑似病例1例。累计核实追踪密切接触者3875人,尚在医学观察616人。\n"
            "343例确诊病例中,已治愈出院190例,无死亡病例。现有153例在定点医院隔离治疗,其中危重型9例、重型6例、普通型133例、轻型5例;119例在市八医院(含危重型1例、重型2例)、16例在广医附一医院(含危重型8例、重型4例)、12例在省二医院、6例在市妇儿中心接受治疗。"
        ),
        published="2020-02-22",
        city="广州市",
        expect=[
            ("confirmed_total", "广州市", "2020-02-21", 343, "", ""),
            ("confirmed_total", "白云区", "2020-02-21", 74, "", ""),
            ("confirmed_total", "海珠区", "2020-02-21", 66, "", ""),
            ("confirmed_total", "天河区", "2020-02-21", 44, "", ""),
            ("confirmed_total", "番禺区", "2020-02-21", 40, "", ""),
            ("confirmed_total", "越秀区", "2020-02-21", 35, "", ""),
            ("confirmed_total", "花都区", "2020-02-21", 21, "", ""),
            ("confirmed_total", "荔湾区", "2020-02-21", 19, "", ""),
            ("confirmed_total", "黄埔区", "2020-02-21", 18, "", ""),
            ("confirmed_total", "增城区", "2020-02-21", 17, "", ""),
            ("confirmed_total", "南沙区", "2020-02-21", 8, "", ""),
            ("confirmed_total", "从化区", "2020-02-21", 1, "", ""),
            ("suspected", "广州市", "2020-02-21", 1, "", ""),
            ("close_contacts_total", "广州市", "2020-02-21", 3875, "", ""),
            ("observation", "广州市", "2020-02-21", 616, "", ""),
            ("recovered_total", "广州市", "2020-02-21", 190, "", ""),
            ("deaths_total", "广州市", "2020-02-21", 0, "", ""),
            ("hospitalized", "广州市", "2020-02-21", 153, "", ""),
            ("critical", "广州市", "2020-02-21", 9, "", ""),
            ("severe", "广州市", "2020-02-21", 6, "", ""),
        ],
        note="the speaking city = home city: 现有153例…隔离治疗 is hospitalized (危重型→critical, 重型→severe; 普通型/轻型 no metric); counts per hospital (市八医院119例 …) give no tuple; 截至21日24时 takes February from the publication",
        source="http://m.kcqsx.com/gz/202002/867602.html",
    ),
    dict(
        id="dv-fd-sh-0225-xinmin-own-city-discharge",
        text=(
            "本报讯(记者 左妍)2月25日0-24时,上海市排除新型冠状病毒肺炎疑似病例31例;新增确诊病例1例。今天上午新增4人出院。\n"
            "新增确诊病例常住本市青浦区,1月20日与家人往河南探亲,2月9日返沪,2月22日出现发热等症状,2月23日就诊,昨日被确诊。\n"
            "截至2月25日24时,上海市累计排除疑似病例2249例,发现确诊病例336例。确诊病例中,外地来沪人员111例,本市常住人口225例。\n"
            "截至目前,49例病情平稳,9例病情危重,3例重症,272例治愈出院,3例死亡。尚有78例疑似病例正在排查中。"
        ),
        published="2020-02-26",
        city="上海市",
        expect=[
            ("confirmed_new", "上海市", "2020-02-25", 1, "", ""),
            ("recovered_new", "上海市", "2020-02-26", 4, "", ""),
            ("confirmed_total", "上海市", "2020-02-25", 336, "", ""),
            ("critical", "上海市", "2020-02-25", 9, "", ""),
            ("severe", "上海市", "2020-02-25", 3, "", ""),
            ("recovered_total", "上海市", "2020-02-25", 272, "", ""),
            ("deaths_total", "上海市", "2020-02-25", 3, "", ""),
            ("suspected", "上海市", "2020-02-25", 78, "", ""),
        ],
        note="city paper about its own city: 今天上午新增4人出院 is recovered_new on the publication day; 常住本市青浦区 and 往河南探亲 describe the patient (no 青浦区 or 河南 tuple); 排除疑似 has no metric; 外地来沪人员/本市常住人口 are not places; 截至目前 takes 2月25日 from the earlier paragraph",
        source="https://paper.xinmin.cn/html/xmwb/2020-02-26/2/58497.html",
    ),
    dict(
        id="dv-fd-hn-0203-huainan-paper-home-hefei",
        text=(
            "本报讯 2月4日,根据安徽省及淮南市新型冠状病毒感染的肺炎疫情通报,2月3日淮南新增新型冠状病毒感染的肺炎确诊病例1例,新增疑似病例4例。截至2月3日24时,淮南累计报告确诊病例8例,其中:八公山区2例、潘集区2例、凤台县2例、高新区1例、毛集实验区1例;疑似病例4例,其中:凤台县2例、田家庵区2例。所有病例均在定点医院接受治疗,病情平稳。\n"
            "2月3日0-24时,安徽省报告新增确诊病例72例,其中淮南1例;新增疑似病例57例,其中淮南4例;新增危重病例1例;新增治愈出院7例。截至2月3日24时,安徽省累计报告确诊病例480例,累计治愈出院病例14例,无死亡病例。确诊病例中,合肥81例、淮北11例、亳州48例、宿州23例、蚌埠43例、阜阳79例、淮南8例、滁州11例、六安30例、马鞍山28例、芜湖21例、宣城4例、铜陵19例、池州10例、安庆55例、黄山9例。"
        ),
        published="2020-02-05",
        city="合肥市",
        expect=[
            ("confirmed_total", "合肥市", "2020-02-03", 81, "", ""),
        ],
        note="a county paper quotes 淮南's own bulletin and then the province; with city set to another city only 合肥81例 in the province's list (bare 合肥 → 合肥市); none of 淮南's districts (高新区 here is Huainan's, not the home city's) or the province's figures",
        source="https://yybnet.net/huainan/fengtai/202002/10164865.html",
    ),
    # ================================================================ (c) origin and residence
    dict(
        id="dv-fd-xc-0203-wuhan-origin-home-wuhan",
        text=(
            "许昌新增4例确诊病例,首例确诊病例的二姐夫被传染\n\n2020/2/4 11:17:38 来源:大河报 作者\n\n"
            "  2月4日,河南省卫生健康委发布公开信息,2月3日0—24时,许昌市新增新型冠状病毒感染的肺炎确诊病例4例。\n\n"
            "  截至2月3日24时,许昌市累计报告新型冠状病毒感染的肺炎确诊病例19例。其中魏都区6例(含5例来许武汉人),襄城县4例,开发区1例,建安区2例(含1例来许武汉人),东城区4例,长葛市1例,禹州市1例。\n\n"
            "  新增确诊病例情况:\n\n"
            "  新增病例1:男,24岁,襄城县城关镇人。患者1月16日—19日到武汉旅行,20日乘火车到许昌,并乘坐公交返回襄城县。1月26日,出现发热、上颌干疼,步行到襄城县人民医院就诊,并居家隔离治疗。2月1日下午,患者骑电瓶车到襄城县人民医院就诊,收住隔离病房治疗。\n\n"
            "  新增病例4:男,46岁,湖北人。患者于1月23日从武汉自驾车到建安区亲戚家。1月31日出现发热,自服药物未缓解,2月2日前往许昌市中心医院发热门诊就诊,入住许昌市中心医院隔离病房治疗。"
        ),
        published="2020-02-04 11:17",
        city="武汉市",
        expect=[],
        note="含5例来许武汉人, 到武汉旅行, 从武汉自驾 describe Xuchang's patients: with city=武汉市 nothing",
        source="https://wap.tech-food.com/news/detail/n1434506.htm",
    ),
    dict(
        id="dv-fd-fj-0202-wuhan-inside-city-lists",
        text=(
            "2月2日0—24时,福建省报告新增新型冠状病毒感染的肺炎确诊病例20例。其中: 福州市3例(福清市3例); 厦门市1例(集美区1例); 漳州市1例(芗城区1例); 泉州市2例(晋江市2例); 莆田市7例(城厢区4例、荔城区1例、仙游县2例); 南平市3例(延平区2例、武夷山市1例); 宁德市3例(霞浦县1例、周宁县2例)。"
            " 截至2月2日24时,福建省累计报告新型冠状病毒感染的肺炎确诊病例例(危重症7例、重症13例,无死亡病例)。其中: 福州市47例(仓山区2例、晋安区6例、长乐区4例、闽侯县2例、连江县8例、罗源县1例、闽清县5例、永泰县2例、福清市14例、宁德市古田县1例、湖北省武汉市2例); 厦门市19例(思明区6例、湖里区1例、集美区2例、泉州市石狮市1例、湖北省武汉市9例);"
        ),
        published="2020-02-03",
        city="武汉市",
        expect=[],
        note="湖北省武汉市2例/9例 inside 福州市's and 厦门市's lists are their own cases by residence: nothing for 武汉市; the province total's number is missing in the source (确诊病例例)",
        source="http://www.shunchangzx.com/scxzf/8608.html",
    ),
    dict(
        id="dv-fd-xg-0207-trad-wuhan-returnees-home-wuhan",
        text=(
            "新華社武漢2月8日電 截至7日24時(shí),,湖北省孝感市累計(jì)確診新冠肺炎2313例,,連續(xù)三天在武漢之下、黃岡之上,,為確診病例全國(guó)第二多的城市,、最多的地級(jí)市。孝感市市長(zhǎng)吳海濤7日晚接受記者采訪,,對(duì)此進(jìn)行了分析,。\n"
            "吳海濤介紹,孝感市確診人數(shù)多的主要原因是緊鄰武漢,,春節(jié)前武漢返鄉(xiāng)人員數(shù)量龐大,。第一輪全面摸排中,孝感市摸排506萬人,,其中武漢返鄉(xiāng)人員有39.35萬人,。摸排發(fā)現(xiàn)發(fā)熱人員11524人,其中武漢返鄉(xiāng)人員4509人,。截至1月31日的確診和疑似病例中,,武漢返鄉(xiāng)人員占比分別為60%和66%。"
        ),
        published="2020-02-08",
        city="武汉市",
        expect=[],
        note="武汉返乡人员 (39.35万, 4509, 60%/66%) are Xiaogan residents from Wuhan, and 孝感市2313例 is Xiaogan's: with city=武汉市 nothing; garbled traditional mirror",
        source="https://feifmx.com/domesticgd/10000159/20200208/37777128.html",
    ),
    dict(
        id="dv-fd-fy-0208-trad-lived-in-wuhan-and-shantou",
        text=(
            "新安晚報 安徽網 大皖客戶端訊 2月8日,阜陽市第四批2例新型冠狀病毒感染的肺炎患者,從阜陽市第二人民醫院呼吸病樓走出,治愈出院。至此,阜陽市已有11名患者從阜陽市第二醫院治愈出院。\n"
            "據了解,此次出院的2名患者為阜陽市第四批治愈出院者,他們均為男性,均為普通病例,其中一例為利辛縣鞏店鎮人盧某,男,31歲,1月21日發病,1月24日前常住武漢,1月24日到阜陽市,1月24日到阜陽市第二人民醫院就診,1月27日確診。\n"
            "另一例患者張某某,阜南縣朱寨鎮人,男,56歲,貨車司機,大約1周從廣東至武漢往返一次。常住汕頭市。1月16日22:00乘坐同村人的貨車從汕頭返回阜南家中。"
        ),
        published="2020-02-08",
        city="武汉市",
        expect=[],
        note="常住武漢 and 常住汕頭市 are residence of Fuyang's patients; the discharges belong to 阜阳 (and 11名…從阜陽市第二醫院 is one hospital's count): with city=武汉市 nothing",
        source="http://www.x9aky.com/newsflash/2020/0208/1979366.html",
    ),
    # ================================================================ (d) one institution
    dict(
        id="dv-fd-wh-0206-two-hospitals-discharges",
        text=(
            "本报武汉2月6日电 记者袁勇报道:6日上午,湖北省中西医结合医院18名新型冠状病毒感染的肺炎患者痊愈出院,他们当中最大年龄为67岁,最小年龄为23岁,重症患者1人,非重症患者17人,住院天数最长18天,最短6天。\n"
            "当天下午,武汉市中医医院5名新型冠状病毒感染的肺炎确诊患者集体出院,其中女性3人,男性2人,最大年龄61岁,最小年龄26岁。"
        ),
        published="2020-02-07",
        city="武汉市",
        expect=[],
        note="each count is one hospital's (18 at 湖北省中西医结合医院, 5 at 武汉市中医医院): no recovered_new for 武汉市 even though the hospital carries the city's name",
        source="http://paper.ce.cn/jjrb/html/2020-02/07/content_411884.htm",
    ),
    dict(
        id="dv-fd-wh-0310-fangcang-closes-zero-deaths",
        text=(
            "湖北武汉武昌方舱医院10日正式休舱\n"
            "发布时间:2020-03-12 09:35:40\n"
            "3月10日下午5点,湖北省武汉市,武昌方舱医院休舱仪式现场。随着最后一批49名患者从洪山体育馆走出,运行了35天的武汉市首个方舱医院——武昌方舱医院正式休舱。方舱医院,这一在武汉市新冠肺炎疫情防控关键时期,发挥了关键作用的特殊医院,圆满完成了历史使命。据了解,武昌方舱医院开设病床784张,累计收治患者1124人,出院833人,转院291人,实现了病人零病亡、零回头、医护零感染。"
        ),
        published="2020-03-12 09:35",
        city="武汉市",
        expect=[],
        note="a 方舱医院's counts (49, 1124, 833, 291) and its 零病亡 are the institution's, not the city's deaths_total 0",
        source="https://tv.chinacourt.org/44265.html",
    ),
    dict(
        id="dv-fd-ly-0219-hospital-4-city-total-41",
        text=(
            "2月19日,我市抗击疫情一线再度传来好消息,临沂市人民医院今日又有4名患者治愈出院,已连续6日持续有患者治愈出院。\n\n"
            "下午3时,4名新冠肺炎治愈患者在医护人员的陪同下走出市人民医院负压隔离病房,并向医务人员表达了他们深深的感激之情。4名患者在医护人员祝福中按要求分别乘专用车辆返回当地进行医学隔离观察。\n\n"
            "2月14日以来,我市已连续六天有患者治愈出院。截至目前,全市累计41名确诊患者出院。在当前防控形势的关键阶段,每每传来患者治愈出院的消息,总是特别振奋人心。\n\n"
            "截至目前,全市已累计出院新冠肺炎确诊患者41人。"
        ),
        published="2020-02-19",
        city="临沂市",
        expect=[
            ("recovered_total", "临沂市", "2020-02-19", 41, "", ""),
        ],
        note="临沂市人民医院今日又有4名患者治愈出院 is one hospital's count (no recovered_new for the city); the city's 累计41 is stated twice (one tuple); 连续6日/六天 are durations",
        source="https://p2.ttnews.xyz/a/5e4e8792dc9b5e2652dbf8f8?lang=zh-hans",
    ),
    dict(
        id="dv-fd-hb-0220-trad-prison-correction-home-huanggang",
        text=(
            "新華社武漢2月21日電(記者黎昌政,、梁建強(qiáng))湖北省衛(wèi)生健康委員會(huì)21日對(duì)新冠肺炎疫情數(shù)據(jù)進(jìn)行了訂正,其中,,2月20日新增確診病例數(shù)由411例訂正為631例,。\n"
            "來(lái)自湖北省衛(wèi)生健康委員會(huì)的通報(bào)顯示,,目前,湖北省監(jiān)獄沒(méi)有接入傳染病疫情網(wǎng)絡(luò)報(bào)告系統(tǒng),,2月20日夜,,接到監(jiān)獄部門手工報(bào)卡后,經(jīng)認(rèn)真審核確認(rèn),,截至2月20日24時(shí),,監(jiān)獄部門報(bào)告的271例新冠肺炎確診病例中,有51例前期已納入相關(guān)地區(qū)統(tǒng)計(jì)并公布,,其余220例確診病例和10例疑似病例,,現(xiàn)納入2月20日疫情數(shù)據(jù)進(jìn)行公布。湖北省新增確診病例數(shù)由411例訂正為631例,,累計(jì)確診病例數(shù)由62442例訂正為62662例,;新增疑似病例數(shù)由1269例訂正為1279例,,現(xiàn)有疑似病例數(shù)由4084例訂正為4094例。\n"
            "訂正后,,2月20日湖北省新冠肺炎疫情情況如下:\n"
            "2月20日0—24時(shí),,全省新增新冠肺炎確診病例631例,其中:武漢市319例,、黃石市7例,、十堰市13例、襄陽(yáng)市3例,、宜昌市4例,、荊州市7例、荊門市6例,、鄂州市5例,、孝感市17例、黃岡市17例,、隨州市4例,、恩施州1例、仙桃市1例,、天門市4例,、潛江市3例,咸寧市和神農(nóng)架林區(qū)0例,。此外,,監(jiān)獄系統(tǒng)累計(jì)增加220例。\n"
            "全省新增病亡115例,,其中:武漢市99例,、黃石市1例、襄陽(yáng)市1例,、宜昌市1例,、荊門市3例、鄂州市1例,、孝感市5例,、黃岡市3例、隨州市1例,,十堰市,、荊州市、咸寧市,、恩施州,、仙桃市、天門市,、潛江市和神農(nóng)架林區(qū)0例,。"
        ),
        published="2020-02-21",
        city="黄冈市",
        expect=[
            ("confirmed_new", "黄冈市", "2020-02-20", 17, "", ""),
            ("deaths_new", "黄冈市", "2020-02-20", 3, "", ""),
        ],
        note="prisons (監獄部門 271/51/220 例) are institutions, and 由411例訂正為631例 keeps only the corrected province figure (not Huanggang's); 黃岡市17例 / 病亡…黃岡市3例 are the home city's; garbled ',,' and (shí) residue",
        source="https://j637.cn/politics/2020-02/21/c_1125608261.htm",
    ),
    dict(
        id="dv-fd-yc-0218-taiyuan-hospital-one-discharge",
        text=(
            "2020年2月19日,从运城市新型冠状病毒肺炎疫情防控指挥部获悉,运城市首例新冠肺炎重症患者2月18日从太原市第四人民医院治愈出院。 截至目前,运城市累计治愈出院患者14例。据了解,截至2月18日12时,全市累计确诊病例19例(新绛县5例、平陆县4例、盐湖区3例、河津市2例、芮城县1例、万荣县1例、夏县1例、绛县1例、稷山县1例),累计治愈出院14例。 目前在院治疗5例。其中,4例在运城市第二医院隔离治疗,目前病情平稳,1例危重病例在太原市第四人民医院隔离治疗。"
        ),
        published="2020-02-19",
        city="运城市",
        expect=[
            ("recovered_new", "运城市", "2020-02-18", 1, "", ""),
            ("recovered_total", "运城市", "2020-02-18", 14, "", ""),
            ("confirmed_total", "运城市", "2020-02-18", 19, "", ""),
            ("confirmed_total", "新绛县", "2020-02-18", 5, "", ""),
            ("confirmed_total", "平陆县", "2020-02-18", 4, "", ""),
            ("confirmed_total", "盐湖区", "2020-02-18", 3, "", ""),
            ("confirmed_total", "河津市", "2020-02-18", 2, "", ""),
            ("confirmed_total", "芮城县", "2020-02-18", 1, "", ""),
            ("confirmed_total", "万荣县", "2020-02-18", 1, "", ""),
            ("confirmed_total", "夏县", "2020-02-18", 1, "", ""),
            ("confirmed_total", "绛县", "2020-02-18", 1, "", ""),
            ("confirmed_total", "稷山县", "2020-02-18", 1, "", ""),
            ("hospitalized", "运城市", "2020-02-18", 5, "", ""),
            ("critical", "运城市", "2020-02-18", 1, "", ""),
        ],
        note="the hospitals' counts (4例在运城市第二医院, 1例在太原市第四人民医院) are where patients are: no tuple for 太原市; the city's in-hospital 5 and its one critical case are Yuncheng's; one named discharge on 2月18日 gives recovered_new 1 (首例 is an ordinal); 累计治愈出院14 stated twice; 截至目前 takes 2月18日",
        source="https://thch813.com/article-8882-1.html",
    ),
    # ================================================================ (e) a province's total beside a city's figure
    dict(
        id="dv-fd-ha-0125-nanyang-deaths-list",
        text=(
            "据河南省卫健委消息,2020年1月25日0-24时,10市(县)报告新型冠状病毒感染的肺炎新增确诊病例51例。安阳市、漯河市为报告首例确诊病例。其中:安阳市3例、漯河市3例。其他地市新增确诊病例中,郑州市12例、平顶山市1例、新乡市2例、三门峡市1例、周口市1例、驻马店市5例、南阳市7例、信阳市16例。\n"
            "截至1月25日24时,河南省卫健委收到省内11市(县)累计报告新型冠状病毒感染的肺炎确诊病例83例,重症13例,死亡1例。其中:确诊病例中,郑州市20例、洛阳市1例、平顶山2例、安阳市3例、新乡3例、漯河市3例、三门峡市2例、南阳市15例、信阳市22例、驻马店市7例、周口市5例;死亡病例中,南阳1例。\n"
            "目前追踪到密切接触者993人,已解除医学观察45人,诊断为疑似3人,尚有945人正在接受医学观察。\n"
            "原标题:河南省新型冠状病毒感染的肺炎新增确诊病例51例 累计确诊病例83例 死亡1例"
        ),
        published="2020-01-26",
        city="南阳市",
        expect=[
            ("confirmed_new", "南阳市", "2020-01-25", 7, "", ""),
            ("confirmed_total", "南阳市", "2020-01-25", 15, "", ""),
            ("deaths_total", "南阳市", "2020-01-25", 1, "", ""),
        ],
        note="the province's 死亡1例 (and headline 死亡1例) is the province's; 死亡病例中,南阳1例 under the 截至 header is Nanyang's deaths_total; 11市(县)/10市(县) count places",
        source="http://news.chengdu.cn/2020/0126/2095022.shtml",
    ),
    dict(
        id="dv-fd-xg-0205-headline-city-beside-province",
        text=(
            "2月6日孝感疫情最新通报 确诊数超黄冈仅次武汉\n\n"
            "来源:荆楚网 2020-02-06 15:23 http://www.mnw.cn/\n\n"
            "  据湖北省卫健委2月6日上午通报,2020年2月5日0时-24时,湖北省新增新型冠状病毒感染的肺炎病例2987例。其中,孝感市424例。\n\n"
            "  同时,孝感确诊病例数超过黄冈,数量仅次于武汉。截至2020年2月5日24时,湖北省累计报告新型冠状病毒感染的肺炎病例19665例,其中:武汉市10117例、孝感市1886例、黄冈市1807例。\n\n"
            "确诊数超黄冈仅次武汉2月5日孝感为何新增424例?\n\n"
            "  另据孝感日报报道,截至2月5日24时,孝感市新型冠状病毒感染的肺炎确诊病例新增424例,累计1886例。现有疑似病例158例,其中当日新增28例。"
        ),
        published="2020-02-06 15:23",
        city=None,
        expect=[
            ("confirmed_new", "湖北省", "2020-02-05", 2987, "", ""),
            ("confirmed_new", "孝感市", "2020-02-05", 424, "", ""),
            ("confirmed_total", "湖北省", "2020-02-05", 19665, "", ""),
            ("confirmed_total", "武汉市", "2020-02-05", 10117, "", ""),
            ("confirmed_total", "孝感市", "2020-02-05", 1886, "", ""),
            ("confirmed_total", "黄冈市", "2020-02-05", 1807, "", ""),
            ("suspected", "孝感市", "2020-02-05", 158, "", ""),
        ],
        note="city figures beside the province's in one item (city=None: both); 2月6日 in the headline is the bulletin's date, not the figures'; 424/1886 repeated from 孝感日报 are one tuple each; 当日新增28例 (new suspected) has no metric",
        source="http://www.mnw.cn/news/shehui/2247466.html",
    ),
    dict(
        id="dv-fd-hb-0228-headline-province-and-wuhan",
        text="湖北28日新增423例,其中武汉420例",
        published="2020-02-29",
        city=None,
        expect=[
            ("confirmed_new", "湖北省", "2020-02-28", 423, "", ""),
            ("confirmed_new", "武汉市", "2020-02-28", 420, "", ""),
        ],
        note="headline: province new count with the city's share; 28日 takes February from the publication",
        source="https://www.outputnews.com/2020/guancha/news_2020_02_29_539049",
    ),
    dict(
        id="dv-fd-xn-0205-city-brackets-county",
        text=(
            "最新疫情通报:咸宁新增15例,累计399例,死亡1例!\n\n"
            "02-06 07:08   通城县融媒体中心  \n\n"
            "咸宁市关于新型冠状病毒感染的肺炎的情况通报\n\n"
            "2020年2月5日0时-24时,咸宁市新增新型冠状病毒感染的肺炎病例15例,其中咸安区2例,嘉鱼县1例,赤壁市11例,通山县1例。全市新增治愈出院1例(咸安),新增死亡1例(崇阳)。\n\n"
            "截至2月5日24时,咸宁市累计报告新型冠状病毒感染的肺炎病例399例,其中重症病例11例,危重病例8例,已治愈出院3例(其中咸安1例,嘉鱼2例),死亡1例(崇阳)。确诊病例中,咸安区105例,嘉鱼县66例,赤壁市107例,通城县35例,崇阳县35例,通山县51例。目前追踪到密切接触者6978人,已解除医学观察412人,尚有6566人正在接受医学观察。\n\n"
            "2月4日,咸宁市发热门诊共接诊782人,留观59人。"
        ),
        published="2020-02-06 07:08",
        city="咸宁市",
        expect=[
            ("confirmed_new", "咸宁市", "2020-02-05", 15, "", ""),
            ("confirmed_new", "咸安区", "2020-02-05", 2, "", ""),
            ("confirmed_new", "嘉鱼县", "2020-02-05", 1, "", ""),
            ("confirmed_new", "赤壁市", "2020-02-05", 11, "", ""),
            ("confirmed_new", "通山县", "2020-02-05", 1, "", ""),
            ("recovered_new", "咸宁市", "2020-02-05", 1, "", ""),
            ("recovered_new", "咸安区", "2020-02-05", 1, "", ""),
            ("deaths_new", "咸宁市", "2020-02-05", 1, "", ""),
            ("deaths_new", "崇阳县", "2020-02-05", 1, "", ""),
            ("confirmed_total", "咸宁市", "2020-02-05", 399, "", ""),
            ("severe", "咸宁市", "2020-02-05", 11, "", ""),
            ("critical", "咸宁市", "2020-02-05", 8, "", ""),
            ("recovered_total", "咸宁市", "2020-02-05", 3, "", ""),
            ("recovered_total", "咸安区", "2020-02-05", 1, "", ""),
            ("recovered_total", "嘉鱼县", "2020-02-05", 2, "", ""),
            ("deaths_total", "咸宁市", "2020-02-05", 1, "", ""),
            ("deaths_total", "崇阳县", "2020-02-05", 1, "", ""),
            ("confirmed_total", "咸安区", "2020-02-05", 105, "", ""),
            ("confirmed_total", "嘉鱼县", "2020-02-05", 66, "", ""),
            ("confirmed_total", "赤壁市", "2020-02-05", 107, "", ""),
            ("confirmed_total", "通城县", "2020-02-05", 35, "", ""),
            ("confirmed_total", "崇阳县", "2020-02-05", 35, "", ""),
            ("confirmed_total", "通山县", "2020-02-05", 51, "", ""),
            ("close_contacts_total", "咸宁市", "2020-02-05", 6978, "", ""),
            ("observation_released_total", "咸宁市", "2020-02-05", 412, "", ""),
            ("observation", "咸宁市", "2020-02-05", 6566, "", ""),
        ],
        note="the total beside a bracketed place one level down: 新增死亡1例(崇阳) → the city's deaths_new 1 and 崇阳县's; 死亡1例(崇阳) under 截至 → deaths_total for both; morning repost (07:08) whose body dates everything; 发热门诊 figures have no metric",
        source="http://m-tongcheng.cjyun.org/p/30009.html",
    ),
    dict(
        id="dv-fd-zj-0223-wenzhou-deaths-list-province-death",
        text=(
            "浙江无新增新冠肺炎确诊病例 累计诊病例1205例\n\n"
            "字号+来源:浙江新闻官网 2020-02-24 09:02 我要评论() 收藏成功收藏本文\n\n"
            "(原标题:23日浙江省无新增确诊病例 出院病例36例)\n\n"
            "记者从省卫生健康委获悉,2020年2月23日0-24时,浙江省无新增新型冠状病毒肺炎确诊病例,新增出院病例36例。其中:\n\n"
            "新增出院病例中,杭州市8例、宁波市5例、温州市12例、嘉兴市2例、绍兴市3例、台州市6例。\n\n"
            "截至2月23日24时,浙江省累计报告新型冠状病毒肺炎确诊病例1205例,现有重症病例39例(其中危重16例),累计死亡1例,累计出院765例。其中:\n\n"
            "确诊病例中,杭州市169例、宁波市157例、温州市504例、湖州市10例、嘉兴市45例、绍兴市42例、金华市55例、衢州市14例、舟山市10例、台州市146例、丽水市17例、省十里丰监狱36例;重症病例中,杭州市6例、宁波市6例、温州市10例、嘉兴市3例、绍兴市4例、金华市3例、舟山市2例、台州市4例、省十里丰监狱1例;死亡病例中,温州市1例;出院病例中,杭州市131例、宁波市114例、温州市292例、湖州市7例、嘉兴市25例、绍兴市30例、金华市39例、衢州市10例、舟山市5例、台州市98例、丽水市14例。"
        ),
        published="2020-02-24 09:02",
        city="温州市",
        expect=[
            ("recovered_new", "温州市", "2020-02-23", 12, "", ""),
            ("confirmed_total", "温州市", "2020-02-23", 504, "", ""),
            ("severe", "温州市", "2020-02-23", 10, "", ""),
            ("deaths_total", "温州市", "2020-02-23", 1, "", ""),
            ("recovered_total", "温州市", "2020-02-23", 292, "", ""),
        ],
        note="累计死亡1例 is the province's; 死亡病例中,温州市1例 is Wenzhou's deaths_total; the province's 无新增 names no city (no confirmed_new 0 for 温州市); 现有重症 list → severe; morning item whose body dates the figures",
        source="http://www.zgxjjw.com/news/2020/02/17032.html",
    ),
    # ================================================================ (f) current vs cumulative
    dict(
        id="dv-fd-ah-0218-hefei-forecast-province-inhospital",
        text=(
            "最新!安徽新增确诊病例4例,无新增疑似病例\n\n"
            "2020年2月18日0-24时,安徽省报告新增确诊病例4例,无新增疑似病例,新增治愈出院病例68例。\n\n"
            "新增确诊病例中,蚌埠1例、阜阳1例、六安1例、马鞍山1例。\n\n"
            "新增治愈出院病例中,合肥21例、亳州12例、蚌埠9例、阜阳6例、安庆5例、芜湖4例、淮南3例、淮北2例、六安2例、马鞍山2例、宿州1例、铜陵1例。\n\n"
            "截至2月18日24时,安徽省累计报告确诊病例986例,累计治愈出院病例361例,累计死亡病例6例,累计医学观察密切接触者24600人,尚在医学观察3602人。\n\n"
            "累计确诊病例中,合肥173例、蚌埠159例、阜阳155例、亳州108例、安庆83例、六安69例、宿州41例、马鞍山37例、芜湖33例、铜陵29例、淮北27例、淮南27例、池州17例、滁州13例、黄山9例、宣城6例。\n\n"
            "截至2月18日24时,安徽省在院治疗确诊病例619例,其中危重症病例9例。\n\n"
            "2月19日预计治愈出院63例,阜阳17例、亳州11例、蚌埠10例、六安7例、安庆5例、合肥4例、宿州3例、黄山3例、淮南1例、马鞍山1例、铜陵1例。"
        ),
        published="2020-02-19",
        city="合肥市",
        expect=[
            ("recovered_new", "合肥市", "2020-02-18", 21, "", ""),
            ("confirmed_total", "合肥市", "2020-02-18", 173, "", ""),
        ],
        note="the province's in-hospital 619/危重症9 are not Hefei's; 预计治愈出院 (合肥4例 on 2月19日) is a forecast, no figure; Hefei has no new case listed (no confirmed_new 0 invented)",
        source="http://aqszgh.org.cn/control/view.php?aid=4981",
    ),
    dict(
        id="dv-fd-hb-0201-none-lists-and-earlier-days",
        text=(
            "北欧绿色邮报网援引中新社武汉2月2日电 (记者 马芙蓉)据湖北省卫生健康委员会2日通报,2020年2月1日0时-24时,湖北省新增新型冠状病毒感染的肺炎病例1921例,新增死亡45例,新增出院49例。\n"
            "  其中,新增病例中,武汉市894例,黄冈市276例,孝感市121例;\n\n"
            "新增死亡病例中,武汉市32例、黄冈市1例、孝感市2例;\n\n"
            "新增出院病例中,武汉市32例、黄冈市10例。\n"
            "  这是湖北连续四天新增确诊病例在1000例以上。据湖北省卫健委通报,1月29日、1月30日、1月31日,湖北新增新型冠状病毒感染的肺炎病例分别为1032例、1220例、1347例。紧邻武汉的黄冈、孝感成为疫情高发区。\n"
            "  据通报,截至2020年2月1日24时,湖北省累计报告新型冠状病毒感染的肺炎病例9074例,其中14个市州累计确诊病例均超过100例,其中武汉市4109例、黄冈市1002例、孝感市749例;已治愈出院215例;死亡294例,其中武汉市224例、黄冈市15例、孝感市14例。\n"
            "  目前,湖北仍在院治疗8565例,其中重症1118例、危重症444例,均在定点医疗机构接受隔离治疗。累计追踪密切接触者48571人,尚在接受医学观察43121人。(完)"
        ),
        published="2020-02-02",
        city=None,
        expect=[
            ("confirmed_new", "湖北省", "2020-02-01", 1921, "", ""),
            ("deaths_new", "湖北省", "2020-02-01", 45, "", ""),
            ("recovered_new", "湖北省", "2020-02-01", 49, "", ""),
            ("confirmed_new", "武汉市", "2020-02-01", 894, "", ""),
            ("confirmed_new", "黄冈市", "2020-02-01", 276, "", ""),
            ("confirmed_new", "孝感市", "2020-02-01", 121, "", ""),
            ("deaths_new", "武汉市", "2020-02-01", 32, "", ""),
            ("deaths_new", "黄冈市", "2020-02-01", 1, "", ""),
            ("deaths_new", "孝感市", "2020-02-01", 2, "", ""),
            ("recovered_new", "武汉市", "2020-02-01", 32, "", ""),
            ("recovered_new", "黄冈市", "2020-02-01", 10, "", ""),
            ("confirmed_new", "湖北省", "2020-01-29", 1032, "", ""),
            ("confirmed_new", "湖北省", "2020-01-30", 1220, "", ""),
            ("confirmed_new", "湖北省", "2020-01-31", 1347, "", ""),
            ("confirmed_total", "湖北省", "2020-02-01", 9074, "", ""),
            ("confirmed_total", "武汉市", "2020-02-01", 4109, "", ""),
            ("confirmed_total", "黄冈市", "2020-02-01", 1002, "", ""),
            ("confirmed_total", "孝感市", "2020-02-01", 749, "", ""),
            ("recovered_total", "湖北省", "2020-02-01", 215, "", ""),
            ("deaths_total", "湖北省", "2020-02-01", 294, "", ""),
            ("deaths_total", "武汉市", "2020-02-01", 224, "", ""),
            ("deaths_total", "黄冈市", "2020-02-01", 15, "", ""),
            ("deaths_total", "孝感市", "2020-02-01", 14, "", ""),
            ("hospitalized", "湖北省", "2020-02-01", 8565, "", ""),
            ("severe", "湖北省", "2020-02-01", 1118, "", ""),
            ("critical", "湖北省", "2020-02-01", 444, "", ""),
            ("close_contacts_total", "湖北省", "2020-02-01", 48571, "", ""),
            ("observation", "湖北省", "2020-02-01", 43121, "", ""),
        ],
        note="new / deaths / discharge lists per city, earlier days aligned by 分别为, current in-hospital (仍在院治疗) beside cumulative; 14个市州…均超过100例 and 连续四天…1000例以上 give no tuple; 湖北 (仍在院) = 湖北省",
        source="https://www.greenpost.se/www.chineseonline.se/%e6%b9%96%e5%8c%97%e6%96%b0%e5%a2%9e%e7%97%85%e4%be%8b/",
    ),
    # ================================================================ (h) ordinals
    dict(
        id="dv-fd-lyg-0214-case-46-equals-total",
        text=(
            "现代快报讯(记者 王晓宇)2 月 15 日,连云港市新型冠状病毒感染的肺炎疫情防控工作领导小组办公室发布消息,2 月 14 日 0-24 时,经江苏省卫生健康委确认,连云港市新增新型冠状病毒肺炎确诊病例 1 例,新增出院病例 4 例。截至 2020 年 2 月 14 日 24 时,全市累计报告新型冠状病毒肺炎确诊病例 46 例。其中,危重型病例 1 例,出院病例 10 例。\n"
            "病例 46,女,75 岁,现住海州区,有确诊病例密切接触史。2 月 6 日,至市二院隔离治疗。2 月 14 日确诊,目前在市定点医院隔离治疗,生命体征平稳。\n"
            "目前,连云港市追踪到密切接触者 1190 人,已解除医学观察 820 人,尚有 370 人正在接受医学观察。"
        ),
        published="2020-02-15",
        city="连云港市",
        expect=[
            ("confirmed_new", "连云港市", "2020-02-14", 1, "", ""),
            ("recovered_new", "连云港市", "2020-02-14", 4, "", ""),
            ("confirmed_total", "连云港市", "2020-02-14", 46, "", ""),
            ("critical", "连云港市", "2020-02-14", 1, "", ""),
            ("recovered_total", "连云港市", "2020-02-14", 10, "", ""),
            ("close_contacts_total", "连云港市", "2020-02-14", 1190, "", ""),
            ("observation_released_total", "连云港市", "2020-02-14", 820, "", ""),
            ("observation", "连云港市", "2020-02-14", 370, "", ""),
        ],
        note="病例 46 is a patient number (the total 46 is stated separately); 现住海州区 is residence (no 海州区 tuple); spaces inside numbers and dates ('2 月 14 日', '1 例'); 目前 takes 2月14日 from the bulletin",
        source="https://app.myzaker.com/article/5e4759781bc8e0a07600005e",
    ),
    dict(
        id="dv-fd-sd-0203-trad-sixth-discharge",
        text=(
            "山東第6例新型冠狀病毒感染的肺炎確診患者治愈出院\n\n"
            "2020-02-03 10:49 來源:央視新聞\n\n"
            "2月3日上午9點,泰安市東平縣首例確診新型冠狀病毒感染的肺炎患者在醫(yī)護人員的陪同下,走出東平縣人民醫(yī)院沙河站院區(qū)隔離病房,這也是泰安市病愈出院的首例疫情患者。該患者為31歲男性,已于2月2日下午辦理完出院手續(xù),2月3日上午9點正式出院。\n\n"
            "目前,山東省共有6名新型冠狀病毒感染的肺炎患者治愈出院,其中青島、德州、濟寧、泰安各1名患者治愈出院,威海2名患者出院。"
        ),
        published="2020-02-03 10:49",
        city=None,
        expect=[
            ("recovered_new", "东平县", "2020-02-03", 1, "", ""),
            ("recovered_total", "山东省", "2020-02-03", 6, "", ""),
            ("recovered_total", "青岛市", "2020-02-03", 1, "", ""),
            ("recovered_total", "德州市", "2020-02-03", 1, "", ""),
            ("recovered_total", "济宁市", "2020-02-03", 1, "", ""),
            ("recovered_total", "泰安市", "2020-02-03", 1, "", ""),
            ("recovered_total", "威海市", "2020-02-03", 2, "", ""),
        ],
        note="第6例 and 首例 are ordinals; the story of one discharge (東平縣…2月3日…正式出院) gives 东平县 recovered_new 1; 目前 takes 2月3日 from the first paragraph, so the morning time (10:49) does not shift it; 各1名 distributes",
        source="http://yqmw666.cn/2020/02/03/ARTI1580697757510486.shtml",
    ),
    dict(
        id="dv-fd-sg-0211-trad-cases-46-47",
        text=(
            "截至2月11日中午12點,新加坡新增2例確診病例。目前累計共47例病例中,9例痊癒出院,7例病危,剩餘31例病情穩定或正在好轉。\n\n"
            "第46例:\n\n"
            "35歲新加坡永久居民,他住在馬來西亞新山,在聖淘沙名勝世界賭場工作,最近沒有去過中國。他2月5日出現症狀,9日到一家診所求醫後被救護車送往陳篤生醫院隔離,10日下午確診。\n\n"
            "入院前,他去過聖淘沙名勝世界賭場上班。2月8日晚上確診的第43例、54歲新加坡籍男子,也在聖淘沙名勝世界工作。他住在盛港一帶的Fernvale Close,1月26日去過馬來西亞,30日出現症狀,8日晚上確診。\n\n"
            "第47例:\n\n"
            "39歲孟加拉籍男子,是一名在新加坡工作的客工,租住在Jalan Besar一帶、Veerasamy Road的一個單位,最近沒有去過中國。"
        ),
        published="2020-02-12",
        city=None,
        expect=[
            ("confirmed_new", "新加坡", "2020-02-11", 2, "", ""),
            ("confirmed_total", "新加坡", "2020-02-11", 47, "", ""),
            ("recovered_total", "新加坡", "2020-02-11", 9, "", ""),
            ("critical", "新加坡", "2020-02-11", 7, "", ""),
        ],
        note="第46例/第47例/第43例 are patient numbers (47 also equals the total, stated separately); 住在馬來西亞新山 and 去過馬來西亞 are residence/travel (no 马来西亚 tuple); 病情穩定 31 has no metric; ages are not figures",
        source="https://www.shicheng.news/zh-hant/v/W0ywY",
    ),
    dict(
        id="dv-fd-hk-0202-trad-mother-of-13th-case",
        text=(
            "香港新型冠狀病毒感染肺炎確診病例增至15例\n"
            "2020-02-02 23:34:45 來源: 新華網\n\n"
            "  新華社香港2月2日電 香港特區政府衛生署衛生防護中心2月2日通報,香港新增1例新型冠狀病毒感染的肺炎確診病例,目前香港確診病例累計總數增至15例。\n\n"
            "  衛生署衛生防護中心介紹,新增的病例為一名居于香港黃埔花園的72歲女子,她是香港第十三例確診病例患者的母親。她于2月1日起入住特區政府鯉魚門公園度假村接受隔離檢疫,同日出現發燒和咳嗽癥狀并被轉送醫院接受隔離治療,其呼吸道樣本經化驗證實對新型冠狀病毒呈陽性反應,目前情況穩定。\n\n"
            "  資料顯示,該名患者于潛伏期內沒有外游,主要逗留在家中。患者的兒媳婦、孫子、孫女和家傭共4名密切接觸者仍然在鯉魚門公園度假村接受檢疫,尚未出現病征。"
        ),
        published="2020-02-02 23:34",
        city=None,
        expect=[
            ("confirmed_new", "香港", "2020-02-02", 1, "", ""),
            ("confirmed_total", "香港", "2020-02-02", 15, "", ""),
        ],
        note="第十三例 (in words) is a patient number; the quarantine camp (鯉魚門公園度假村) and one patient's 4 contacts give no tuple; ages are not figures",
        source="http://wxykgl.com/politics/2020-02/02/c_1125523691.htm",
    ),
    # ================================================================ (i) morning items without a date
    dict(
        id="dv-fd-qd-0127-morning-headline-city-share",
        text="山东新增确诊病例12例 累计87例 青岛市13例\n\n2020-01-28 08:41 来源:健康山东",
        published="2020-01-28 08:41",
        city="青岛市",
        expect=[
            ("confirmed_total", "青岛市", "2020-01-27", 13, "", ""),
        ],
        note="morning headline with no date: the figures are the day before's; 青岛市13例 follows 累计87例 (Qingdao's cumulative); the province's 12 and 87 are not Qingdao's",
        source="http://news.qingdaonews.com/qingdao/2020-01/28/content_21196522.htm",
    ),
    dict(
        id="dv-fd-zj-0216-morning-headline-province",
        text="浙江新增4例新冠肺炎确诊病例 累计确诊1171例\n\n2020-02-17 09:22 来源:央视新闻客户端",
        published="2020-02-17 09:22",
        city=None,
        expect=[
            ("confirmed_new", "浙江省", "2020-02-16", 4, "", ""),
            ("confirmed_total", "浙江省", "2020-02-16", 1171, "", ""),
        ],
        note="morning headline without a date → the day before",
        source="http://cneb.gov.cn/2020/02/17/ARTI1581902489500354.shtml",
    ),
    dict(
        id="dv-fd-ha-0228-trad-morning-headline-none-statement",
        text="河南無(wú)新增新冠肺炎確診病例 新增治愈出院58例\n\n2020-02-29 09:46 來(lái)源:國家應急廣播網綜合",
        published="2020-02-29 09:46",
        city=None,
        expect=[
            ("confirmed_new", "河南省", "2020-02-28", 0, "", ""),
            ("recovered_new", "河南省", "2020-02-28", 58, "", ""),
        ],
        note="morning headline: a none-statement (無新增 → 0) and a discharge count, both the day before; garbled (wú) residue",
        source="http://yqmw666.cn/2020/02/29/ARTI1582938628991763.shtml",
    ),
    dict(
        id="dv-fd-bj-0213-morning-headline-none",
        text="北京新增新冠肺炎确诊病例6例 累计确诊372例\n\n2020-02-14 11:58 来源:央视新闻",
        published="2020-02-14 11:58",
        city=None,
        expect=[
            ("confirmed_new", "北京市", "2020-02-13", 6, "", ""),
            ("confirmed_total", "北京市", "2020-02-13", 372, "", ""),
        ],
        note="11:58 is still before noon: the day before",
        source="http://cneb.gov.cn/2020/02/14/ARTI1581649626821203.shtml",
    ),
    # ================================================================ city papers about their own city
    dict(
        id="dv-fd-cz-0214-city-paper-three-discharged",
        text=(
            "又有3例出院\n\n"
            "全市已有7名确诊患者治愈出院\n\n"
            "本报讯(记者张开兴)2月14日上午,市级定点医院滁州市第二人民医院首批治愈的三名新冠肺炎确诊患者出院。截至目前,全市已累计治愈出院病例7例。\n\n"
            "当天出院的三名患者分别是来自琅琊区的陈某,凤阳县转入的潘某及其女儿,3人分别由其家人和所在地卫生健康部门接回,将按照规定继续进行隔离观察。\n\n"
            "患者陈某居住于琅琊区,于1月22日乘坐火车从武汉至南京南站,当日转车返回滁州。1月29日出现发热和咳嗽症状,并于当日至定点医院发热门诊就诊,后确诊并接受隔离治疗。患者潘某发病前一直居住在六安市,1月17日驾私家车回到凤阳县老家过春节。\n\n"
            "2月14日上午,市卫健委通报的信息显示,截至2月13日24时,我市累计报告新冠肺炎确诊病例13例,2月13日0时至24时,我市无新增新冠肺炎确诊病例和疑似病例。"
        ),
        published="2020-02-15",
        city="滁州市",
        expect=[
            ("recovered_new", "滁州市", "2020-02-14", 3, "", ""),
            ("recovered_total", "滁州市", "2020-02-14", 7, "", ""),
            ("confirmed_total", "滁州市", "2020-02-13", 13, "", ""),
            ("confirmed_new", "滁州市", "2020-02-13", 0, "", ""),
        ],
        note="city paper discharge report: 又有3例出院 / 当天出院的三名患者 (word count) are the city's new recoveries, 全市已累计…7例 the total; 来自琅琊区 / 凤阳县转入 / 居住在六安市 / 从武汉 describe patients (no district tuples); 无新增…疑似 has no metric",
        source="http://szbk.chuzhou.cn/czrb/pc/content/202002/15/content_5357.html",
    ),
    dict(
        id="dv-fd-nd-0229-key-firms-all-resumed-county-rates",
        text=(
            "我市50家重点工业企业已全部复工 规上工业企业复工率达93.4%\n"
            "为服务好上汽宁德基地,作为基地重要配套物流企业——安吉智行物流(福建)有限公司按下了复工“快进键”。据统计,2月28日至3月1日,安吉智行已向全国各地及宁德园区配送零件30车次,同时完成散件出口11个集装箱。\n"
            "宁德网消息(记者 张文奎 文/图) 3月2日,市市场监管局和特检院工作人员来到金盛水产,向企业提供技术支持和指导,保障企业特种设备运行平稳,目前该企业复工率达100%。记者从市工信局获悉,截至2月29日,全市1081家规上工业企业中,已复工企业达1010家,复工率为93.4%。全市50家重点工业企业已全部复工。\n"
            "市工信局工作人员介绍,规上工业企业对经济发展有很强的拉动作用,已复工的1010家规上工业企业,2019年产值约3320亿元,占全市的99.1%,将为我市经济社会稳定发展持续发力。数据显示,蕉城、东侨、福鼎规上工业企业复工率均达100%,福安、霞浦、屏南、寿宁、周宁、柘荣均在90%以上。"
        ),
        published="2020-03-03",
        city="宁德市",
        expect=[
            ("sector_total", "宁德市", "2020-02-29", 1081, "规上工业企业", ""),
            ("resumed", "宁德市", "2020-02-29", 1010, "规上工业企业", ""),
            ("resumption_rate", "宁德市", "2020-02-29", 93.4, "规上工业企业", ""),
            ("sector_total", "宁德市", "2020-02-29", 50, "重点工业企业", ""),
            ("resumed", "宁德市", "2020-02-29", 50, "重点工业企业", ""),
            ("resumption_rate", "金盛水产", "2020-03-02", 100, "", ""),
            ("resumption_rate", "蕉城区", "2020-02-29", 100, "规上工业企业", ""),
            ("resumption_rate", "东侨", "2020-02-29", 100, "规上工业企业", ""),
            ("resumption_rate", "福鼎市", "2020-02-29", 100, "规上工业企业", ""),
            ("resumption_rate", "福安市", "2020-02-29", 90, "规上工业企业", "more_than"),
            ("resumption_rate", "霞浦县", "2020-02-29", 90, "规上工业企业", "more_than"),
            ("resumption_rate", "屏南县", "2020-02-29", 90, "规上工业企业", "more_than"),
            ("resumption_rate", "寿宁县", "2020-02-29", 90, "规上工业企业", "more_than"),
            ("resumption_rate", "周宁县", "2020-02-29", 90, "规上工业企业", "more_than"),
            ("resumption_rate", "柘荣县", "2020-02-29", 90, "规上工业企业", "more_than"),
        ],
        note="50家重点工业企业已全部复工 (no rate stated) → sector_total 50 and resumed 50; a company's own rate (金盛水产, 目前 = 3月2日) keeps the company; county rates by name (东侨 is a development zone, kept as written); 30车次/11个集装箱/99.1% 产值 are not resumption figures",
        source="http://ndwww.cn/xw/ndxw/2020/0303/154102.shtml",
    ),
    dict(
        id="dv-fd-zz-0311-provincial-projects-all-resumed",
        text=(
            "漳州111个省级续建重点项目全部复工\n\n"
            "2020-03-11 16:57 林晓琪 来源:东南网 责任编辑:潘超\n\n"
            "东南网3月11日讯(海峡导报记者 林晓琪)防疫复工两不误,截至目前,漳州市111个省级续建重点项目全部复工,376个市级续建重点项目中,已有374个项目恢复建设。\n\n"
            "同时,漳州还指导企业做好防控工作,打通复工开工绿色通道。全力做好市级以上重点项目口罩保供工作,发放口罩70多万片,有效保障一线员工的口罩需求。同时,开展“爱心娘家、安康返漳”活动,分赴全国10多个省份,为漳州市各企业、各工程项目接回返岗复工人员近千人。"
        ),
        published="2020-03-11 16:57",
        city="漳州市",
        expect=[
            ("sector_total", "漳州市", "2020-03-11", 111, "省级续建重点项目", ""),
            ("resumed", "漳州市", "2020-03-11", 111, "省级续建重点项目", ""),
            ("sector_total", "漳州市", "2020-03-11", 376, "市级续建重点项目", ""),
            ("resumed", "漳州市", "2020-03-11", 374, "市级续建重点项目", ""),
            ("workers_returned", "漳州市", "2020-03-11", 1000, "", "about"),
        ],
        note="project counts with 个 (111个…全部复工 → total and resumed; 376个…已有374个项目恢复建设); 近千人 → 1000 about; 70多万片 masks and 10多个省份 are not figures; 截至目前 takes 3月11日",
        source="http://ph.fjsen.com/2020-03/11/content_30216066.htm",
    ),
    dict(
        id="dv-fd-qqhr-0312-sector-rates-100-broken-lines",
        text=(
            "规上工业企业开复工率达91.1%,上游工业设计类公司迎来机遇\n"
            "齐齐哈尔新闻网3月14日讯(记者 路久宽)随着疫情得到逐步控制,在做好疫情防控的同时,全市规上工业企业陆续开始\n"
            "复工复产。\n"
            "记者在市工信局获悉,随着复工复产的有序推进,全市规上工业企业共有314户,截至3月12日开复工企业达286户,开\n"
            "复工率为91.1%。其中,食品行业132户,开复工率92.3%;能源行业 56 户,开复工率 100%;装备行业 44 户,开复\n"
            "工率100%;石化行业21户,开复工率95.5%;林木建材行业25户,开复工率61%;冶金行业3户,开复工率100%;纺\n"
            "织行业3户,开复工率100%;医药行业2户,开复工率100%。"
        ),
        published="2020-03-14",
        city="齐齐哈尔市",
        expect=[
            ("sector_total", "齐齐哈尔市", "2020-03-12", 314, "规上工业企业", ""),
            ("resumed", "齐齐哈尔市", "2020-03-12", 286, "规上工业企业", ""),
            ("resumption_rate", "齐齐哈尔市", "2020-03-12", 91.1, "规上工业企业", ""),
            ("sector_total", "齐齐哈尔市", "2020-03-12", 132, "食品行业", ""),
            ("resumption_rate", "齐齐哈尔市", "2020-03-12", 92.3, "食品行业", ""),
            ("sector_total", "齐齐哈尔市", "2020-03-12", 56, "能源行业", ""),
            ("resumption_rate", "齐齐哈尔市", "2020-03-12", 100, "能源行业", ""),
            ("sector_total", "齐齐哈尔市", "2020-03-12", 44, "装备行业", ""),
            ("resumption_rate", "齐齐哈尔市", "2020-03-12", 100, "装备行业", ""),
            ("sector_total", "齐齐哈尔市", "2020-03-12", 21, "石化行业", ""),
            ("resumption_rate", "齐齐哈尔市", "2020-03-12", 95.5, "石化行业", ""),
            ("sector_total", "齐齐哈尔市", "2020-03-12", 25, "林木建材行业", ""),
            ("resumption_rate", "齐齐哈尔市", "2020-03-12", 61, "林木建材行业", ""),
            ("sector_total", "齐齐哈尔市", "2020-03-12", 3, "冶金行业", ""),
            ("resumption_rate", "齐齐哈尔市", "2020-03-12", 100, "冶金行业", ""),
            ("sector_total", "齐齐哈尔市", "2020-03-12", 3, "纺织行业", ""),
            ("resumption_rate", "齐齐哈尔市", "2020-03-12", 100, "纺织行业", ""),
            ("sector_total", "齐齐哈尔市", "2020-03-12", 2, "医药行业", ""),
            ("resumption_rate", "齐齐哈尔市", "2020-03-12", 100, "医药行业", ""),
        ],
        note="city paper on its own city, sectors by industry with 户 and 开复工率; a stated 100% rate gives the rate and the sector size but no computed resumed count; line breaks inside words (开\\n复工率, 纺\\n织行业) and spaces around numbers are as found; the headline's 91.1% is the body's (one tuple)",
        source="http://101ir.com/news-s275-c2-p20.html",
    ),
    dict(
        id="dv-fd-tj-0304-district-rates-yesterday",
        text=(
            "截至昨天16时 我市规上工业企业复工率达九成\n\n"
            "2020-03-05\n\n"
            "截至昨天16时,全市4630家规上工业企业合计复工4166家,较上一天增加48家,规上工业企业复工率达到90%,较上一天增长1.1个百分点。规上工业企业复工总人数约50.89万人,复产率达到54.9%,较上一天增长2.8个百分点。\n\n"
            "从各区复工情况看,疫情防控低风险区的8个区复工率全部超过90%,平均复工率达到98.2%,其中,东丽区复工率达到100%,滨海新区、宁河区、西青区复工率分别达到99.2%、99.3%、99.2%,北辰区、津南区、静海区、蓟州区复工率分别达到98.5%、98.2%、95.5%、93%。疫情防控中风险区平均复工率67.5%,其中,和平区、河东区、河西区的复工率均超过80%,分别达到87.5%、87.5%、80.8%,武清区复工率为64.7%。"
        ),
        published="2020-03-05",
        city="天津市",
        expect=[
            ("sector_total", "天津市", "2020-03-04", 4630, "规上工业企业", ""),
            ("resumed", "天津市", "2020-03-04", 4166, "规上工业企业", ""),
            ("resumption_rate", "天津市", "2020-03-04", 90, "规上工业企业", ""),
            ("workers_returned", "天津市", "2020-03-04", 508900, "规上工业企业", "about"),
            ("resumption_rate", "东丽区", "2020-03-04", 100, "规上工业企业", ""),
            ("resumption_rate", "滨海新区", "2020-03-04", 99.2, "规上工业企业", ""),
            ("resumption_rate", "宁河区", "2020-03-04", 99.3, "规上工业企业", ""),
            ("resumption_rate", "西青区", "2020-03-04", 99.2, "规上工业企业", ""),
            ("resumption_rate", "北辰区", "2020-03-04", 98.5, "规上工业企业", ""),
            ("resumption_rate", "津南区", "2020-03-04", 98.2, "规上工业企业", ""),
            ("resumption_rate", "静海区", "2020-03-04", 95.5, "规上工业企业", ""),
            ("resumption_rate", "蓟州区", "2020-03-04", 93, "规上工业企业", ""),
            ("resumption_rate", "和平区", "2020-03-04", 87.5, "规上工业企业", ""),
            ("resumption_rate", "河东区", "2020-03-04", 87.5, "规上工业企业", ""),
            ("resumption_rate", "河西区", "2020-03-04", 80.8, "规上工业企业", ""),
            ("resumption_rate", "武清区", "2020-03-04", 64.7, "规上工业企业", ""),
        ],
        note="city paper on its own districts: 昨天 = published-1; 分别达到 aligns rates with districts; group averages (8个区…超过90%, 平均98.2%, 67.5%) and comparisons (增加48家, 增长1.1个百分点) give no tuple; 复产率 has no metric; 约50.89万人 → 508900 about",
        source="https://wicongress.org.cn/zh/article/893",
    ),
    dict(
        id="dv-fd-hebei-0222-province-rates-named-cities-jun",
        text=(
            "位居全省第一!衡水市规模以上工业企业复工率达91.4%\n\n"
            "来源: 长城网   作者:赵晓慧 郝赫 \n"
            "2020-02-24 18:35:46\n\n"
            "河北金达科技股份有限公司员工在生产防护隔离面罩材料产品。任光阳 殷实 摄\n\n"
            "  长城网讯(记者 赵晓慧 通讯员 郝赫)河北省工业和信息化厅消息,截至2月22日,全省9909家规模以上工业企业复工复产,比21日增加431家,复工率为75.1%,比21日提高3.2个百分点。其中,衡水市规模以上工业企业复工率达91.4%,位居全省第一。\n\n"
            "  分企业规模看,大型企业复工率良好。年营业收入超100亿元企业全部复工;超50亿元企业复工率94.6%,比21日提高1.6个百分点;超10亿元企业复工率89.3%,比21日提高0.9个百分点。分地区情况看,各市复工率均呈上升态势。衡水、邢台、石家庄复工率均超过80%。"
        ),
        published="2020-02-24 18:35",
        city=None,
        expect=[
            ("resumed", "河北省", "2020-02-22", 9909, "规模以上工业企业", ""),
            ("resumption_rate", "河北省", "2020-02-22", 75.1, "规模以上工业企业", ""),
            ("resumption_rate", "衡水市", "2020-02-22", 91.4, "规模以上工业企业", ""),
            ("resumption_rate", "河北省", "2020-02-22", 94.6, "超50亿元企业", ""),
            ("resumption_rate", "河北省", "2020-02-22", 89.3, "超10亿元企业", ""),
            ("resumption_rate", "衡水市", "2020-02-22", 80, "", "more_than"),
            ("resumption_rate", "邢台市", "2020-02-22", 80, "", "more_than"),
            ("resumption_rate", "石家庄市", "2020-02-22", 80, "", "more_than"),
        ],
        note="a provincial round-up (长城网) with no home city: 全省 is 河北省 (named by the issuer); 比21日增加431家 and 提高…个百分点 compare with a baseline day (no tuple); rates by firm size are the province's, sector = the size class; 超100亿元企业全部复工 states no count or rate; 衡水、邢台、石家庄复工率均超过80% gives each named city 80 more_than; 截至2月22日 carries to the next paragraph; the headline's 91.4% is the body's; the photo caption's company has no figure",
        source="http://report.hebei.com.cn/system/2020/02/24/100209459.shtml",
    ),
    dict(
        id="dv-fd-gansu-0219-fuchanfugonglv-three-tiers",
        text=(
            "甘肃省工信厅:全省规上工业企业复产复工率逾五成\n"
            "原标题:省工信厅 全省规上工业企业复产复工率逾五成\n"
            "中国甘肃网2月21日讯 据兰州晚报报道 记者从2月20日召开的省政府新闻发布会上获悉,目前,中央在甘企业、国有企业绝大多数复工复产,中小企业也陆续复工复产。截至2月19日,省工信厅重点调度的31户企业(占全省规上工业比重70%左右)复产复工29户,复产复工率94%;尚未复产两户中,正威(甘肃)铜业拟于2月24日复产,祁连山水泥预计月底复产。100户重点监测企业(占全省规上工业比重80%左右)累计复产复工65户,复产复工率65%。全省1732户规上工业企业复产复工985户,复产复工率56.9%。"
        ),
        published="2020-02-21",
        city=None,
        expect=[
            ("sector_total", "甘肃省", "2020-02-19", 31, "重点调度企业", ""),
            ("resumed", "甘肃省", "2020-02-19", 29, "重点调度企业", ""),
            ("resumption_rate", "甘肃省", "2020-02-19", 94, "重点调度企业", ""),
            ("sector_total", "甘肃省", "2020-02-19", 100, "重点监测企业", ""),
            ("resumed", "甘肃省", "2020-02-19", 65, "重点监测企业", ""),
            ("resumption_rate", "甘肃省", "2020-02-19", 65, "重点监测企业", ""),
            ("sector_total", "甘肃省", "2020-02-19", 1732, "规上工业企业", ""),
            ("resumed", "甘肃省", "2020-02-19", 985, "规上工业企业", ""),
            ("resumption_rate", "甘肃省", "2020-02-19", 56.9, "规上工业企业", ""),
        ],
        note="a province's press conference (中国甘肃网 from 兰州晚报) with no home city: 全省/省工信厅 are 甘肃省 (named in the title); three tiers, each a size, a 复产复工 count and a 复产复工率; (占全省规上工业比重70%左右) is a share of output, 尚未复产两户 and the companies' planned dates are no figures; the title's 逾五成 rounds the body's 56.9 (one tuple); 截至2月19日 carries to the next sentences (2月20日 is the conference day)",
        source="http://gansu.gscn.com.cn/system/2020/02/21/012323856.shtml",
    ),
]
