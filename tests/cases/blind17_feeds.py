"""Golden extraction cases for FEED texts, seventeenth BLIND set, Jan–Apr 2020.

What is here: 14 feed texts, i.e. bulletins, round-ups and wire items that summarise several places (issue 20). Four are read for one
home city and ten have city=None:
* Home city (only that city, its districts and counties are expected): 宜春市 (江西's 1月25日 bulletin, 中新网 on the 国家应急广播网
  site), 铜仁市 (贵州's 1月24日 bulletin, a 新京报快讯), 万宁市 (海南's count of 1月28日 16:00, a 新京报快讯, page without a date),
  丽水市 (浙江's 1月27日 bulletin, 中新网 on a food-industry portal). 万宁市 is a county-level city administered directly by 海南 (no
  prefecture above it), read as a home city the way 天门/仙桃/潜江/济源 were in earlier tables. None of the four is a `city=` of
  blind*.py (grepped, including blind17_narrative.py, written at the same time: its home cities are 池州市, 保山市, 西双版纳傣族自治州,
  普洱市, 迪庆藏族自治州, 张掖市, 延安市, 拉萨市, 济源市, 安顺市).
* city=None (every place the text gives figures to; at most six places a case): 全国 with 湖北省/河南省/香港/澳门/台湾 (the NHC
  bulletin of 1月28日 on a spam mirror that replaced words with "手机版"/"明升手机版"), 西藏自治区 (中新网 on 央视网, 2月1日), 西班牙,
  意大利, 法国, 德国, 英国 (华视, Taiwan, traditional, 4月15日), 西班牙 with 马德里 and 意大利 (大手笔网, 3月9日), 德国 with 北威州, 巴符州,
  巴伐利亚 (直播吧, 3月21日), 伊朗 with 库姆 (人民日报 via 每日经济新闻 mirror, traditional, 2月24日), 美国 with 新泽西, 马萨诸塞州,
  宾夕法尼亚 (中评社, Hong Kong, traditional, 4月19日), 印尼 with 雅加达首都特区 (新华社 on 新华丝路, 3月24日), 南非 with five provinces
  (非洲时报, a Chinese-language paper in South Africa, 3月19日), 日本 with 东京都 and 岩手县 (新华社 on a mirror with a converter's
  pinyin garbling, traditional, 4月19日).
Every case is a short verbatim excerpt of a public page found with the search tool (`pages` corpus); its `source` is that page's URL (also
in a comment above the entry). Traditional characters, a converter's garbling (據(jù), 統(tǒng)計(jì), 當(dāng)?shù)貢r(shí)間), a spam mirror's word
replacement (累计手机版确诊病例, 当日解除明升手机版观察), printing slips (武漢肺炎診病例, 确诊病数, a headline cut off with '...'), spaced
punctuation (欧盟 27 国), a page line with the site's address (http://www.CRNTT.com   2020-04-20 08:33:32) and the pages'
own headline/date/source lines are kept as found. Leading indentation of paragraphs was dropped; page chrome (navigation, share and
font-size widgets, photo captions, editor and "related news" lines) and paragraphs a case does not need were left out; a paragraph is cut
only after a full sentence, and each note says what was left out.

How it was made: BLIND, as a careful reader of the texts alone. Nothing of the extractor was opened or run (no code under extract/,
store/, briefing/, app/ or evaluation/, no CLI, no test). Binding conventions: tests/cases/ANNOTATION.md (including 'Readings still
open', where the first-listed reading is followed), shared/gold/FORMAT.md and the conventions in dev_cases.py's docstring. For the layout
only the docstring and the first two CASES entries of blind16_feeds.py were read. Nothing else in tests/cases or tests/data was read;
they were only grepped for file names (checks below) and for `city=` lines (blind17_narrative.py likewise, for its home cities only).
About 50 searches were run and some 130 candidate pages checked; 14 were kept.

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Ways of writing covered (counts of cases; a case can count under several):
  (1) foreign places: 8 (countries; states, provinces, regions and prefectures as written: 马德里, 北威州, 巴符州, 巴伐利亚, 库姆, 新泽西,
      马萨诸塞州, 宾夕法尼亚, 雅加达首都特区, 豪登省, 夸祖鲁纳塔尔省, 姆普马兰加, 西开普, 林波波省, 东京都, 岩手县);
  (2) speakers and other places' items: 14 (provincial bulletins read for one city, with the province's own totals and none-statements
      that are not the home city's; wires and papers retelling health ministries and a newspaper's own count; an NHC bulletin with
      provinces and 港澳台);
  (3) aggregates, parts and counts of places: 6 (全歐洲逾百萬 and 欧盟超过1.4万 — no place of the listed kinds; 4个…过千的国家,
      34个省级行政区中的24个, 47個都道府縣, 31个省(区、市); 2例本地传播病例 as a subset; 约80% of patients with mild symptoms);
  (4) current versus cumulative, severity: 4 (现有重症 → severe; 重症病例0例; 重症病例31例(累计34例,其中3例已转轻症); 接受隔離);
  (5) deaths: 9 (new and total, per province in brackets, a local official's unconfirmed count, 死亡病例0例);
  (6) none-statements and zeros: 3 (西藏's 0例 list, 岩手縣未報告確診病例 → 0, a province's 新增确诊病例0例 that does not name the home city);
  (7) number words and forms: 4 (1萬8579, 16萬2488, 8.53萬, 超3.8萬, 近3.3萬, 超4萬 in a headline, 突破1000/破万/超过2万大关 as roundings
      of stated figures);
  (8) dates: baselines (從前一日的567人, 從17萬2541例增加至, 较前一天增加), "X以来" as a start (自2月13日以来), 周日 and a morning page
      (08:33) for undated figures, 本月15日, 截至台灣時間下午4點30分, 截至當地時間19日23時, 截至目前 after a dated paragraph, an hourly window
      (1月28日7:00-28日16:00), pages without a date (published None, the year from 2020年 or from the address), page dates taken from the
      address (2020/01/25, 202004/20).

Reading choices made where the binding conventions are silent (each note says which it uses):
* A province's none-statement that does not name the home city gives it no tuple (not a 0), as in blind15 and blind16.
* A rounded figure in a headline or lead (破万, 超过2万大关, 突破1000) is the body's figure, not a separate tuple; a headline figure
  the body does not give (美新冠死亡超4萬) is a tuple of its own.
* Two different totals the text states for one place on one day (德国: 罗伯特-科赫's 16662 and 柏林晨邮报's 20142) are both expected.
* A comparison's starting value (從…增加至, 從前一日的…下降至) is a baseline: no tuple; 较前一天增加N例 is the day's new count.
* Figures for a union or a continent (欧盟, 全歐洲) and a combined figure of two places get no tuple.
* 接受隔離 (people held in quarantine) is read as observation (unsure).
* A subset by route of infection (其中有2例本地传播病例) has no metric, like an imported-only subtotal.
* A garbled number is taken as printed; garbled words are read as the word meant when the sentence leaves no doubt (累计手机版确诊病例 →
  累计报告确诊病例; 当日解除明升手机版观察 → 当日解除医学观察).
* Names of foreign places as written, converted to simplified characters (縣 → 县); countries by their usual short name (義大利 → 意大利,
  印度尼西亚/印尼 → 印尼).

Exclusion and overlap checks:
* No page comes from Hunan, mentions 株洲 or a Hunan place (the kept excerpts were scanned, simplified and traditional, for the Hunan names
  of ANNOTATION.md, 湘, 红网 and 丁香), or comes from the DXY feed or a mirror of it; every page is of 2020 (Jan–Apr).
* Before annotating, each candidate's URL (its distinctive part) and 3–7 distinctive 12–20-character snippets (headline, figures with
  their nouns, lists, names), each as found, converted to simplified and to traditional (OpenCC t2s/s2t), were grepped with `grep -rlF`
  (file names only) across tests/cases and tests/data; then each kept excerpt was converted to simplified and ten 15-character windows
  spread over it were grepped, each also in traditional. Judged no hit (bulletin boilerplate or a site name): '健委网站消息,2020年1月2',
  '0-24时,浙江省报告新型冠状', '累计新型冠状病毒感染的肺炎确诊', ',截至2020年2月1日24时', '治区累计报告新型冠状病毒感染的' (wording
  shared by many provinces' bulletins; '西藏自治区累计报告…确诊病例1例' itself occurs nowhere), '重症病例0例,死亡病例0例,出院病例0例'
  (in dev_county.py, which does not mention 西藏: another place's zero list), '宜春市5例' (in other tables for other days; the 1月25日
  list as a whole occurs nowhere), and site names that other tables cite for other articles (cneb.gov.cn, bjnews, dashoubi, imsilkroad,
  crntt); the article paths and texts of the kept pages occur nowhere.
* Dropped for a hit (URL, text or the same per-place list already in a table or in tests/data), by place and date: 云南 2月7日, 2月11日;
  黑龙江 2月9日, 2月23日, 2月27日, 3月14日, 3月19日; 河南 1月25日, 2月2日 (封丘县's
  site), 2月28日; 甘肃 1月26日, 2月2日, 2月7日, 2月14日, 2月20日, 3月7日; 宁夏 2月29日; 江西 1月30日, 2月1日, 2月19日 (宜春's own bulletin),
  3月2日, 3月3日, 3月4日, 3月8日, 3月9日 (and a machine-translated 新华社 copy of 3月9日 whose lists are the frozen ones already in a table);
  辽宁 1月31日, 2月1日 (新宾县's site), 2月15日, 2月20日, 3月31日 (抚顺县's site); 广西 2月1日, 2月3日, 2月14日, 2月15日; 青海 2月3日,
  2月15日 (and its frozen 西宁/海北 list); 山西 1月31日, 2月9日 (宁武's site); 河北 2月8日, 2月26日; 山东 1月27日; 浙江 1月28日, 3月2日,
  3月18日; 安徽 1月28日, 2月6日, 2月13日, 2月24日, 3月1日; 海南 1月26日, 2月4日; 内蒙古 2月5日, 2月8日, 2月9日, 2月19日, 2月20日,
  2月21日, 2月22日; 四川 2月4日, 2月11日, 2月19日; 贵州 2月14日, 3月4日; 西藏 2月12日, 2月27日, 3月26日; the NHC bulletins of 2月3日
  (中央社's retelling: its figures are in dev_realworld.py and a tests/data feed file) and 2月20日 (中央社); 伊朗 2月22日 (观察者网), 3月7日 (中新网), 3月26日 (卫星社);
  俄罗斯 4月16日; 澳门 2月19日; 韩国 3月5日; 印尼 3月18日 (东方日报); 钻石公主号 2月12日 (中新社).
* Other candidates left out: 池州 (安徽's 1月26日 bulletin on 安庆师范大学's page: no hit, but blind17_narrative.py took 池州市 as its home
  city); 贵州 1月23日 on 香港商报 (its patient trained in 湖南长沙: excluded); 黑龙江 3月18日 on news.rednet.cn (红网, a Hunan outlet:
  excluded); pages without a date or year (西班牙 4月4日 on 东森, 俄罗斯 4月9日 on 观察者网 mirror, 德国 3月3日 and 3月20日, 西班牙/德国
  3月9日, 伊朗 3月2日 on 香港01, 钻石公主号 counts on 商业电台, 山东 1月29日 in a machine translation with the year garbled);
  too many places for a feed case (马来西亚 3月14日 with 14 states, 澳大利亚 3月18日, 韩国 2月29日 and 3月1日 with 9–11 regions, 日本 2月14日
  with 8, 南非 4月5日, 日本 4月22日 table); second items for a country (西班牙 3月17日 on 中央社, 新泽西 4月5日 on 美国中文网, 日本 4月28日
  on 中评社, 印尼 3月27日); 黑龙江 2月7日 (a bulletin calling its cumulative count 现有确诊病例295例: left out as ambiguous); a page in
  Japanese (河北 2月9日 on 河北's foreign-affairs site); pages of later years that the search returned.
"""

CASES = [
    # http://cneb.gov.cn/2020/01/26/ARTI1579976731321571.shtml
    dict(
        id="b17f01",
        text="江西新增新型冠状病毒肺炎18例 含重症病例2例\n2020-01-26 02:58 来源:国家应急广播网综合\n中新网1月26日电 据江西卫健委网站消息,2020年1月25日0-24时,江西省报告新型冠状病毒感染的肺炎新增确诊病例18例(含重症病例2例)。其中赣州市5例、宜春市4例、上饶市4例、抚州市2例、南昌市1例、萍乡市1例、吉安市1例。\n截至1月25日24时,江西省累计报告新型冠状病毒感染的肺炎确诊病例36例(含重症病例6例)。其中赣州市7例、上饶市6例、抚州市6例、宜春市5例、南昌市4例、九江市2例、萍乡市2例、吉安市2例、景德镇市1例、新余市1例。\n目前追踪到密切接触者1036人,已解除医学观察24人,尚有1012人正在接受医学观察。",
        published="2020-01-26 02:58",
        city="宜春市",
        expect=[
            ("confirmed_new", "宜春市", "2020-01-25", 4, "", ""),
            ("confirmed_total", "宜春市", "2020-01-25", 5, "", ""),
        ],
        note="江西's bulletin for 1月25日0-24时 as retold by 中新网 on the 国家应急广播网 site (headline and page date line kept; two 科普视频 lines after it dropped). Read for 宜春市: 新增确诊病例18例…其中…宜春市4例 → confirmed_new 4 on 1月25日; 截至1月25日24时…累计…36例…其中…宜春市5例 → confirmed_total 5. 含重症病例2例 / 含重症病例6例 are the province's (no city breakdown): no tuple. Other cities and the province's contacts (1036, 24, 1012) are not home.",
        source="http://cneb.gov.cn/2020/01/26/ARTI1579976731321571.shtml",
    ),
    # http://www.bjnews.com.cn/news/2020/01/25/679167.html
    dict(
        id="b17f02",
        text="新京报快讯 据贵州省卫健委官网消息,2020年1月24日0时至24时,我省新型冠状病毒感染的肺炎疫情新增1例确诊病例。\n截至24日24时,全省累计报告新型冠状病毒感染的肺炎病例4例。其中,贵阳市1例,铜仁市2例,黔南州1例。4名患者病情稳定。\n目前,追踪到密切接触者91名,已解除医学观察0人,尚有91人正在接受医学观察。\n原标题:2020年1月24日贵州省新型冠状病毒感染的肺炎疫情情况",
        published="2020-01-25",
        city="铜仁市",
        expect=[
            ("confirmed_total", "铜仁市", "2020-01-24", 2, "", ""),
        ],
        note="A 新京报快讯 retelling 贵州's bulletin of 1月24日 (我省 = 贵州, the speaker named in 据贵州省卫健委官网消息); the page shows no date of its own, the date in the address (news/2020/01/25) stands in for `published`; the 编辑/来源 lines were dropped, the 原标题 line kept. 截至24日24时 takes the month of 2020年1月24日 → 2020-01-24: 其中…铜仁市2例 → confirmed_total 2. The province's 新增1例确诊病例 is not attributed to a city: no tuple for 铜仁市. 4名患者病情稳定 and the contacts (91, 0, 91) are the province's.",
        source="http://www.bjnews.com.cn/news/2020/01/25/679167.html",
    ),
    # https://www.bjnews.com.cn/detail/158021153915505.html
    dict(
        id="b17f03",
        text="新京报快讯 据海南卫健委消息,2020年1月28日7:00-28日16:00,海南省新型冠状病毒感染的肺炎新增确诊病例0例,新增重症病例4例,新增死亡病例0例,新增出院病例0例。\n截至1月28日16:00,海南省累计报告新型冠状病毒感染的肺炎确诊病例40例,其中重症病例9例,死亡病例1例,出院病例0例。确诊病例中,海口市7例、三亚市14例、儋州市5例、万宁市7例、琼海市1例、东方市1例、临高县1例、陵水县1例、澄迈县2例、琼中县1例。\n截至1月28日16:00,追踪到密切接触者592人,已解除医学观察31人,尚有561人正在接受医学观察。",
        published=None,
        city="万宁市",
        expect=[
            ("confirmed_total", "万宁市", "2020-01-28", 7, "", ""),
        ],
        note="A 新京报快讯 retelling 海南's count for 1月28日7:00-28日16:00; the page shows no date (published None; the year comes from 2020年1月28日 in the text); the 编辑/来源 lines were dropped. 万宁市 is a county-level city under 海南 directly (no prefecture above it), taken as a home city like 天门/仙桃/济源 in earlier tables. 截至1月28日16:00…确诊病例中…万宁市7例 → confirmed_total 7 on 1月28日. The province's 新增确诊病例0例, 新增重症病例4例, 新增死亡病例0例, 新增出院病例0例 and its totals (40, 重症9, 死亡1, 出院0) do not name 万宁市: no tuple (a none-statement that does not name the home city gives it no 0). Other places are not home.",
        source="https://www.bjnews.com.cn/detail/158021153915505.html",
    ),
    # https://mip.tech-food.com/news/detail/n1434376.htm
    dict(
        id="b17f04",
        text="浙江新型冠状病毒感染的肺炎确诊173例 重症31例\n2020/1/28 11:07:59 来源:中国新闻网 张煜欢\n(抗击新型肺炎)浙江新型冠状病毒感染的肺炎确诊173例 重症31例\n中新网杭州1月28日电(记者 张煜欢)记者28日从浙江省卫生健康委获悉,2020年1月27日0-24时,浙江省报告新型冠状病毒感染的肺炎新增确诊病例45例,新增重症病例14例。截至1月27日24时,浙江省累计报告新型冠状病毒感染的肺炎确诊病例173例,重症病例31例(累计34例,其中3例已转轻症)。\n浙江确诊病例中,杭州市32例、宁波市17例、温州市60例、湖州市3例、嘉兴市11例、绍兴市7例、金华市7例、衢州市5例、舟山市4例、台州市22例、丽水市5例;重症病例中,杭州市8例、宁波市1例、温州市7例、嘉兴市5例、绍兴市4例、衢州市1例、舟山市1例、台州市4例。\n目前,浙江全省共追踪到密切接触者4952人,已解除医学观察182人,尚有4715人正在接受医学观察。",
        published="2020-01-28 11:07",
        city="丽水市",
        expect=[
            ("confirmed_total", "丽水市", "2020-01-27", 5, "", ""),
        ],
        note="中新网's report of 浙江's bulletin for 1月27日0-24时 on a food-industry portal (headline, the portal's date/source line and the repeated headline kept; 责任编辑 line dropped). Read for 丽水市: 截至1月27日24时…浙江确诊病例中…丽水市5例 → confirmed_total 5. 丽水市 is not in the 重症病例中 list: no tuple. 重症病例31例(累计34例,其中3例已转轻症), the new counts (45, 14) and the contacts are the province's; other cities are not home.",
        source="https://mip.tech-food.com/news/detail/n1434376.htm",
    ),
    # http://rebyn.com/htmlnews/2020/1/435239.shtm
    dict(
        id="b17f05",
        text="截至1月28日24时新型冠状病毒感染的肺炎疫情最新情况 |\n1月28日0-24时,31个省(区、市)手机版新增确诊病例1459例,新增重症病例263例,新增死亡病例26例(湖北省25例、河南省1例),新增治愈出院病例43例,新增疑似病例3248例(包括西藏1例)。\n截至1月28日24时,国家卫生健康委收到31个省(区、市)累计手机版确诊病例5974例,现有重症病例1239例,累计死亡病例132例,累计治愈出院103例。现有疑似病例9239例。\n目前累计追踪到密切接触者65537人,当日解除明升手机版观察1604人,现有59990人正在接受明升手机版观察。\n累计收到港澳台地区通报确诊病例:香港特别行政区8例,澳门特别行政区7例,台湾地区8例。",
        published=None,
        city=None,
        expect=[
            ("confirmed_new", "全国", "2020-01-28", 1459, "", ""),
            ("severe_new", "全国", "2020-01-28", 263, "", ""),
            ("deaths_new", "全国", "2020-01-28", 26, "", ""),
            ("deaths_new", "湖北省", "2020-01-28", 25, "", ""),
            ("deaths_new", "河南省", "2020-01-28", 1, "", ""),
            ("recovered_new", "全国", "2020-01-28", 43, "", ""),
            ("confirmed_total", "全国", "2020-01-28", 5974, "", ""),
            ("severe", "全国", "2020-01-28", 1239, "", ""),
            ("deaths_total", "全国", "2020-01-28", 132, "", ""),
            ("recovered_total", "全国", "2020-01-28", 103, "", ""),
            ("suspected", "全国", "2020-01-28", 9239, "", ""),
            ("close_contacts_total", "全国", "2020-01-28", 65537, "", ""),
            ("observation_released_new", "全国", "2020-01-28", 1604, "", ""),
            ("observation", "全国", "2020-01-28", 59990, "", ""),
            ("confirmed_total", "香港", "2020-01-28", 8, "", ""),
            ("confirmed_total", "澳门", "2020-01-28", 7, "", ""),
            ("confirmed_total", "台湾", "2020-01-28", 8, "", ""),
        ],
        note="The NHC bulletin for 1月28日 on a spam mirror that replaced words with casino-app names: '31个省(区、市)手机版新增确诊病例' (报告 → 手机版), '累计手机版确诊病例5974例' (累计报告确诊病例), '当日解除明升手机版观察1604人' and '正在接受明升手机版观察' (医学 → 明升手机版); read as the words meant (the sentences leave no doubt). The page shows no date (published None); the title gives 1月28日 and the year comes from the address (/2020/1/). Corpus without a home city: 全国 new 1459, 新增重症 263 → severe_new, new deaths 26 with (湖北省25例、河南省1例) as each province's deaths_new, new recovered 43; 截至1月28日24时: 累计 5974, 现有重症 1239 → severe, deaths 132, 累计治愈出院103 → recovered_total, 现有疑似 9239 → suspected; contacts 65537 (close_contacts_total), 1604 released that day, 59990 under observation. 新增疑似病例3248例(包括西藏1例) has no metric (new suspected): no tuple, not for 西藏 either. 港澳台: 香港 8, 澳门 7, 台湾 8 (confirmed_total, the bulletin's day). Leading/trailing '|' lines and the site's disclaimer were dropped.",
        source="http://rebyn.com/htmlnews/2020/1/435239.shtm",
    ),
    # http://news.cctv.com/2020/02/02/ARTIrByS6J04qAJ284iMXvkW200202.shtml
    dict(
        id="b17f06",
        text="西藏累计新型冠状病毒感染的肺炎确诊病例1例\n来源:中国新闻网  |  2020年02月02日 10:32\n原标题:西藏累计新型冠状病毒感染的肺炎确诊病例1例\n中新网2月2日电 据西藏卫健委网站消息,截至2020年2月1日24时,西藏自治区累计报告新型冠状病毒感染的肺炎确诊病例1例,重症病例0例,死亡病例0例,出院病例0例。\n目前,患者生命体征平稳,追踪到的密切接触者正在接受医学观察。",
        published="2020-02-02 10:32",
        city=None,
        expect=[
            ("confirmed_total", "西藏自治区", "2020-02-01", 1, "", ""),
            ("severe", "西藏自治区", "2020-02-01", 0, "", ""),
            ("deaths_total", "西藏自治区", "2020-02-01", 0, "", ""),
            ("recovered_total", "西藏自治区", "2020-02-01", 0, "", ""),
        ],
        note="中新网 on 央视网: 西藏's count 截至2020年2月1日24时 (headline, source/date line and 原标题 kept; a duplicate source line, '正在加载' and the advice paragraph on masks dropped). 西藏自治区 累计…确诊病例1例 → confirmed_total 1; 重症病例0例 → severe 0 (current, as in the bulletins' usage); 死亡病例0例 → deaths_total 0; 出院病例0例 → recovered_total 0 (all as of 2月1日). 追踪到的密切接触者正在接受医学观察 gives no number: no tuple.",
        source="http://news.cctv.com/2020/02/02/ARTIrByS6J04qAJ284iMXvkW200202.shtml",
    ),
    # https://news-demo.cts.com.tw/cts/international/202004/202004151997295.html
    dict(
        id="b17f07",
        text="西班牙單日新增5092例 全歐洲確診逾百萬人\n2020-04-15 21:10:00 / 吳念達 綜合報導 /\n西班牙在當地時間本月15日公布,過去24小時新增5092例武漢肺炎(COVID-19)確診,同時新增死亡病例523例,為6天來單日最多確診;另外,歐洲各國總確診人數已經超過100萬人,佔全球確診人數的2分之1。 綜合外媒報導,西班牙衛生部今日表示,過去24小時內武漢肺炎死亡病例,從前一日的567人下降至523人,總死亡病例累計1萬8579例;另外,西班牙總確診病例則從17萬2541例增加至17萬7663例,這是6天以來,西班牙單日新增確診病例的新高紀錄。西班牙衛生部長伊拉(Salvador Illa)表示,西班牙已經撐過這波疫情爆發高峰,各地醫院和重症加護病房內的情況已經有所改善,但儘管如此,西班牙政府仍嚴格執行外出限制。 根據《法新社》統計各國官方公布數據,截至台灣時間下午4點30分,全歐洲已有超過100萬例武漢肺炎診病例,佔全球總數的一半。據報導,西班牙、義大利(16萬2488確診、2萬1067死亡)、法國(14萬3303確診、1萬5729死亡)和德國(12萬7584確診、3254死亡)是歐洲確診超過10萬例的國家,而英國(9萬3873確診、1萬2107死亡)則是目前每天新增病例最多的國家。",
        published="2020-04-15 21:10",
        city=None,
        expect=[
            ("confirmed_new", "西班牙", "2020-04-15", 5092, "", ""),
            ("deaths_new", "西班牙", "2020-04-15", 523, "", ""),
            ("deaths_total", "西班牙", "2020-04-15", 18579, "", ""),
            ("confirmed_total", "西班牙", "2020-04-15", 177663, "", ""),
            ("confirmed_total", "意大利", "2020-04-15", 162488, "", ""),
            ("deaths_total", "意大利", "2020-04-15", 21067, "", ""),
            ("confirmed_total", "法国", "2020-04-15", 143303, "", ""),
            ("deaths_total", "法国", "2020-04-15", 15729, "", ""),
            ("confirmed_total", "德国", "2020-04-15", 127584, "", ""),
            ("deaths_total", "德国", "2020-04-15", 3254, "", ""),
            ("confirmed_total", "英国", "2020-04-15", 93873, "", ""),
            ("deaths_total", "英国", "2020-04-15", 12107, "", ""),
        ],
        note="华视 (Taiwan) news in traditional characters; headline and the page's date/byline line kept, the site's weather strip, share/font widgets and unrelated 2026 video titles dropped; the single paragraph is kept whole. 西班牙 (本月15日 → 4月15日): 過去24小時新增5092例 → confirmed_new, 新增死亡病例523例 → deaths_new, 總死亡病例累計1萬8579例 → deaths_total 18579, 總確診病例…增加至17萬7663例 → confirmed_total 177663; 從前一日的567人 and 從17萬2541例 are baselines: no tuple. 截至台灣時間下午4點30分 (4月15日): 義大利(16萬2488確診、2萬1067死亡) → 意大利, 法國, 德國, 英國 each confirmed_total and deaths_total. 全歐洲…超過100萬 and 歐洲各國總確診人數已經超過100萬人 (also garbled '武漢肺炎診病例') are a continent's figure and 佔全球…2分之1 its share: no tuple (no place of the listed kinds; unsure). 為6天來單日最多 and 超過10萬例的國家 are no figures.",
        source="https://news-demo.cts.com.tw/cts/international/202004/202004151997295.html",
    ),
    # http://www.dashoubi.org.cn/zonghe/redian/2020-03-10/120704.html
    dict(
        id="b17f08",
        text="欧盟 27 国最终无一免疫,西班牙病例过千德国首现死亡\n文章来源:大手笔网 作者:\n发布时间:2020-03-10 13:44:56\n在西班牙确诊病例数一天内翻番突破1000后,欧洲已出现4个确诊病数过千的国家。在越来越多国家通报首例确诊后,截至目前,所有欧盟国家均未能在新冠肺炎面前「免疫」,累计确诊已超过1.4万人。\n3月9日,西班牙卫生部数据显示,该国新冠肺炎确诊病例已达1204例,死亡28人。从周日到周一短短24小时内,首都马德里疫情最为严重,确诊病例达578例。当地所有学校将从周三(3月11日)开始关闭,政府还建议公司让员工远程办公。\n截至3月9日18时,意大利累计确诊新冠肺炎病例9172例,较前一天增加1797例。此外累计死亡463人,治愈724人。",
        published="2020-03-10 13:44",
        city=None,
        expect=[
            ("confirmed_total", "西班牙", "2020-03-09", 1204, "", ""),
            ("deaths_total", "西班牙", "2020-03-09", 28, "", ""),
            ("confirmed_total", "马德里", "2020-03-09", 578, "", ""),
            ("confirmed_total", "意大利", "2020-03-09", 9172, "", ""),
            ("confirmed_new", "意大利", "2020-03-09", 1797, "", ""),
            ("deaths_total", "意大利", "2020-03-09", 463, "", ""),
            ("recovered_total", "意大利", "2020-03-09", 724, "", ""),
        ],
        note="A portal's round-up (大手笔网), page date 2020-03-10 13:44:56; the headline (with its spaced '欧盟 27 国'), source and date lines kept, '字体:' dropped; four paragraphs without needed figures (拉里奥哈/哈罗 with 数十人 and a 60万欧元 fine, 桑切斯's measures, 意大利 ten days earlier, 孔特's lockdown) were left out. 3月9日: 西班牙 1204 confirmed, 28 deaths; 从周日到周一…首都马德里…确诊病例达578例 → 马德里 confirmed_total 578 (周一 = 3月9日). 截至3月9日18时 意大利 9172 → confirmed_total, 较前一天增加1797例 → confirmed_new (the day's increase), 累计死亡463 → deaths_total, 治愈724 → recovered_total. 翻番突破1000 is a rounding of 1204 (no tuple); 4个…过千的国家 is a count of countries; 所有欧盟国家…累计确诊已超过1.4万人 is a union's figure (no tuple; unsure); 德国首现死亡 is a first, not a count (no tuple).",
        source="http://www.dashoubi.org.cn/zonghe/redian/2020-03-10/120704.html",
    ),
    # http://m.lc123.net/e/public/GotoNext/?classid=4&enews=next&id=1081855
    dict(
        id="b17f09",
        text="德国累计确诊破万 目前德国新冠疫情最严...\n2020-03-21 18:56:50\n直播吧3月21日讯 虽然罗伯特-科赫最新公布的数据表示德国国内确诊病例为16662例,但其时效性一直偏慢。根据德国媒体柏林晨邮报统计的实时数据,截止北京时间21日18点,德国境内新冠确诊病例数已超过2万大关,累计达到了20142例,死亡病例累计70例。\n德国也是继意大利、西班牙之后第三个累计确诊病例超过两万大关的欧洲国家。\n目前德国新冠疫情最严重的三个联邦州为北威州(6301例),巴符州(3668例),巴伐利亚(3107例)。",
        published="2020-03-21 18:56",
        city=None,
        expect=[
            ("confirmed_total", "德国", "2020-03-21", 16662, "", ""),
            ("confirmed_total", "德国", "2020-03-21", 20142, "", ""),
            ("deaths_total", "德国", "2020-03-21", 70, "", ""),
            ("confirmed_total", "北威州", "2020-03-21", 6301, "", ""),
            ("confirmed_total", "巴符州", "2020-03-21", 3668, "", ""),
            ("confirmed_total", "巴伐利亚", "2020-03-21", 3107, "", ""),
        ],
        note="直播吧's item of 2020-03-21 18:56:50 (the cut-off headline '…最严...' kept as found). Two totals for 德国 on the same day: 罗伯特-科赫最新公布的…16662例 (no date of its own → the page's day) and 截止北京时间21日18点…累计达到了20142例 (柏林晨邮报's count); both are stated, both expected (reading choice). 死亡病例累计70例 → deaths_total 70. 最严重的三个联邦州: 北威州 6301, 巴符州 3668, 巴伐利亚 3107 → confirmed_total each, names as written (no date of their own → 3月21日). 破万 (headline) and 超过2万大关 are roundings of 20142: no tuple. 继意大利、西班牙之后第三个…超过两万大关 only ranks 德国: no tuple for 意大利 or 西班牙.",
        source="http://m.lc123.net/e/public/GotoNext/?classid=4&enews=next&id=1081855",
    ),
    # http://www.huan00.com/articles/2020-02-24/1411096.html
    dict(
        id="b17f10",
        text="2020-02-24 19:25:28\n人民日報消息,據路透社2月24日報道,伊朗衛生副部長哈利其當天表示,該國新冠肺炎累計感染人數已達61人,其中12人死亡。報道稱,大多數病例都發生在位于首都德黑蘭以南120公里處的圣城庫姆。\n據美聯社援引伊朗勞動通訊社采訪一位庫姆當地官員的報道稱,自2月13日以來,庫姆已有50人死于新冠肺炎,有超過250人接受隔離,但目前伊朗衛生部尚未證實此說法。",
        published="2020-02-24 19:25",
        city=None,
        expect=[
            ("confirmed_total", "伊朗", "2020-02-24", 61, "", ""),
            ("deaths_total", "伊朗", "2020-02-24", 12, "", ""),
            ("deaths_total", "库姆", "2020-02-24", 50, "", ""),
            ("observation", "库姆", "2020-02-24", 250, "", "more_than"),
        ],
        note="人民日报's item via a 每日经济新闻 mirror, in traditional characters with a converter's slips (位于, 圣城, 死于 left simplified); the page line 2020-02-24 19:25:28 kept; the site's notes at the end dropped. 據路透社2月24日報道…當天表示 → 2月24日: 伊朗 累計感染人數已達61人 → confirmed_total 61, 其中12人死亡 → deaths_total 12. 庫姆 (a city, name as written → 库姆): a local official's claim 自2月13日以來…已有50人死于新冠肺炎 → deaths_total 50 ('X以来' is a start; the figure takes the report's day); 有超過250人接受隔離 → observation 250 more_than (people held in quarantine read as under observation; unsure). 首都德黑蘭以南120公里 is a distance; 伊朗衛生部尚未證實 does not withdraw the stated figure.",
        source="http://www.huan00.com/articles/2020-02-24/1411096.html",
    ),
    # http://hk1.crntt.com/doc/93_7950_105742241_2_0420114326.html
    dict(
        id="b17f11",
        text="美新冠死亡超4萬 紐約州長稱疫情高峰已過\nhttp://www.CRNTT.com   2020-04-20 08:33:32\n紐約州長葛謨在周日的記者會上說,紐約似乎已經度過了新冠疫情暴發的高峰期,但他警告,脆弱的進展並不意味著居民可以放鬆對社交距離的限制。他說:“別忘了,昨天仍有1300人進入醫院,結果呈陽性。”所以,現在不是自大的時候,也不是傲慢的時候。還有很長的路要走。\n疫情第二大熱點新澤西病例8.53萬;死亡4362。第三熱點馬薩諸塞州病例超3.8萬;死亡1706。賓夕法尼亞躍居第四大熱點,病例近3.3萬,死亡1276。",
        published="2020-04-20 08:33",
        city=None,
        expect=[
            ("deaths_total", "美国", "2020-04-19", 40000, "", "more_than"),
            ("confirmed_total", "新泽西", "2020-04-19", 85300, "", ""),
            ("deaths_total", "新泽西", "2020-04-19", 4362, "", ""),
            ("confirmed_total", "马萨诸塞州", "2020-04-19", 38000, "", "more_than"),
            ("deaths_total", "马萨诸塞州", "2020-04-19", 1706, "", ""),
            ("confirmed_total", "宾夕法尼亚", "2020-04-19", 33000, "", "about"),
            ("deaths_total", "宾夕法尼亚", "2020-04-19", 1276, "", ""),
        ],
        note="中评社 (Hong Kong) page 2 of a 华盛顿邮报-based round-up, traditional; headline and the page's address/date line (http://www.CRNTT.com   2020-04-20 08:33:32) kept as found, a video caption dropped, the state paragraph cut after 賓夕法尼亞's sentence (加州, 密歇根, 伊利诺伊 … left out). Date: the figures carry none; the page is a morning page of 4月20日 and its lead is 纽约州长's Sunday (周日 = 4月19日) briefing → 2020-04-19. Headline 美新冠死亡超4萬 → 美国 deaths_total 40000 more_than. 新澤西病例8.53萬;死亡4362 → 新泽西 85300 / 4362; 馬薩諸塞州病例超3.8萬 → 38000 more_than, 死亡1706; 賓夕法尼亞…病例近3.3萬 → 33000 about, 死亡1276 (names as written, simplified). 昨天仍有1300人進入醫院,結果呈陽性 counts admissions: no metric, no tuple for 纽约州; 第二/第三/第四大熱點 are ranks.",
        source="http://hk1.crntt.com/doc/93_7950_105742241_2_0420114326.html",
    ),
    # https://www.imsilkroad.com/news/p/406914.html
    dict(
        id="b17f12",
        text="印尼新增107例新冠肺炎确诊病例\n来源:新华社 责任编辑:唐云 2020-03-25 10:16:28\n新华社雅加达3月25日电(郑世波)印度尼西亚卫生部24日说,印尼新冠肺炎确诊病例比前一天增加107例,累计确诊686例,累计死亡55例,累计治愈30例。\n印尼新冠肺炎疫情防控工作发言人艾哈迈迪·尤里扬托在当天下午的新闻发布会上说,印尼34个省级行政区中的24个都发现了确诊病例。雅加达首都特区是确诊病例和死亡病例最多的省份,目前共有确诊病例424例,死亡31例。\n他说,印尼约80%的新冠肺炎患者表现为中轻症状或无症状。他还表示,轻症患者可在家自我隔离,不必住院治疗。居家隔离效果良好,且不会对医疗资源造成负担。",
        published="2020-03-25 10:16",
        city=None,
        expect=[
            ("confirmed_new", "印尼", "2020-03-24", 107, "", ""),
            ("confirmed_total", "印尼", "2020-03-24", 686, "", ""),
            ("deaths_total", "印尼", "2020-03-24", 55, "", ""),
            ("recovered_total", "印尼", "2020-03-24", 30, "", ""),
            ("confirmed_total", "雅加达首都特区", "2020-03-24", 424, "", ""),
            ("deaths_total", "雅加达首都特区", "2020-03-24", 31, "", ""),
        ],
        note="新华社 (雅加达3月25日电) on 新华丝路; site banner lines and the 相关推荐 block dropped; headline and source/date line kept. 印度尼西亚卫生部24日说: 比前一天增加107例 → confirmed_new 107, 累计确诊686 / 累计死亡55 / 累计治愈30 → 印尼 (the country's usual short name) totals, all 3月24日. 当天…雅加达首都特区…目前共有确诊病例424例,死亡31例 → confirmed_total 424, deaths_total 31 (目前 takes 当天 = 24日; the place as written). 34个省级行政区中的24个 is a count of provinces and 约80%…中轻症状或无症状 a share of patients: no tuple.",
        source="https://www.imsilkroad.com/news/p/406914.html",
    ),
    # http://wap.africantimes2005.com/nfyw/20300.html
    dict(
        id="b17f13",
        text="南非新冠肺炎确诊人数150例 新增34例 2例本土传播\n2020-03-19 22:11:58 来源: 非洲时报 阅读 (12406次)\n南非卫生部3月19日发布消息,南非境内再新增34例新冠肺炎感染者,总确诊人数达到了150例,其中有2例本地传播病例。\n新增病例大部分集中在豪登省、西开普省和夸祖鲁纳塔尔省。\n统计显示,截至目前,豪登省总确诊76例;夸祖鲁纳塔尔省总确诊22例;姆普马兰加总确诊5例;西开普总确诊46例;林波波省总确诊1例。",
        published="2020-03-19 22:11",
        city=None,
        expect=[
            ("confirmed_new", "南非", "2020-03-19", 34, "", ""),
            ("confirmed_total", "南非", "2020-03-19", 150, "", ""),
            ("confirmed_total", "豪登省", "2020-03-19", 76, "", ""),
            ("confirmed_total", "夸祖鲁纳塔尔省", "2020-03-19", 22, "", ""),
            ("confirmed_total", "姆普马兰加", "2020-03-19", 5, "", ""),
            ("confirmed_total", "西开普", "2020-03-19", 46, "", ""),
            ("confirmed_total", "林波波省", "2020-03-19", 1, "", ""),
        ],
        note="非洲时报, a Chinese-language paper in South Africa; the site name and breadcrumb lines dropped, headline and date/source/reads line kept. 南非卫生部3月19日: 再新增34例 → confirmed_new 34, 总确诊人数达到了150例 → confirmed_total 150. 其中有2例本地传播病例 (and 2例本土传播 in the headline) is a subset by route of infection: no metric (read like an imported-only subtotal; unsure). 截至目前 takes 3月19日: 豪登省76, 夸祖鲁纳塔尔省22, 姆普马兰加5, 西开普46, 林波波省1 → confirmed_total each, names as written (姆普马兰加 and 西开普 without 省). 大部分集中在… names places without figures.",
        source="http://wap.africantimes2005.com/nfyw/20300.html",
    ),
    # http://m.eduhup.com.cn/news/gj/gjxw/202004/20/1886081.shtml
    dict(
        id="b17f14",
        text="新華社東京4月19日電 據(jù)日本廣播協(xié)會(NHK)電視臺統(tǒng)計(jì),截至當(dāng)?shù)貢r(shí)間19日23時(shí)(北京時(shí)間22時(shí)),日本當(dāng)日新增新冠確診病例373例,累計(jì)確診10806例。東京都當(dāng)日新增確診病例107例,累計(jì)確診達(dá)3082例。\n據(jù)NHK電視臺統(tǒng)計(jì),截至目前日本累計(jì)報(bào)告新冠死亡病例236例。日本47個(gè)都道府縣只有巖手縣未報(bào)告確診病例。\n另據(jù)日本厚生勞動省統(tǒng)計(jì),截至19日日本已有1159例治愈出院;新增檢測1491人,累計(jì)檢測112816人。",
        published="2020-04-20",
        city=None,
        expect=[
            ("confirmed_new", "日本", "2020-04-19", 373, "", ""),
            ("confirmed_total", "日本", "2020-04-19", 10806, "", ""),
            ("confirmed_new", "东京都", "2020-04-19", 107, "", ""),
            ("confirmed_total", "东京都", "2020-04-19", 3082, "", ""),
            ("deaths_total", "日本", "2020-04-19", 236, "", ""),
            ("confirmed_total", "岩手县", "2020-04-19", 0, "", ""),
            ("recovered_total", "日本", "2020-04-19", 1159, "", ""),
        ],
        note="新华社 (东京4月19日电) on a mirror, traditional with a converter's pinyin garbling (據(jù), 統(tǒng)計(jì), 當(dāng)?shù)貢r(shí)間 as found); the page shows no date, the address (202004/20) stands in for `published`; the editor line, the mirror's disclaimer and related-news list were dropped, and so was the paragraph on 二木芳人's forecast and the 2021 Olympics. 截至當地時間19日23時: 日本 當日新增373 → confirmed_new, 累計10806 → confirmed_total; 東京都 當日新增107 → confirmed_new, 累計3082 → confirmed_total. 截至目前 (next paragraph, no date of its own → 19日): 累計…死亡病例236例 → deaths_total; 只有巖手縣未報告確診病例 → 岩手县 confirmed_total 0. 截至19日…1159例治愈出院 → recovered_total (厚生劳动省's count). 新增檢測1491人 and 累計檢測112816人 are tests; 47個都道府縣 is a count of prefectures: no tuple.",
        source="http://m.eduhup.com.cn/news/gj/gjxw/202004/20/1886081.shtml",
    ),
]
