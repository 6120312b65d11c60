"""Golden extraction cases for FEED texts, eighth BLIND set, Jan–Apr 2020.

What is here: 20 feed texts, i.e. bulletins, round-ups and wire items that summarise several places: provincial bulletins with
per-city lists read for one city (new, discharged, cumulative, current severe and critical, a deaths list, a forecast of the next
day's discharges), city bulletins with district and county lists, a county-level city's own paragraph under its prefecture's
bulletin, a city-media item quoting another city's own bulletin under its province's, a city newspaper's report of one hospital's
discharges, a city bulletin with imported-only and re-added sub-groups, a provincial paper's report with imported, local and overall
figures read without a home city, and world items (the European countries, 加拿大 with its provinces, 伊朗, a world round-up with
湖北, 香港, 新加坡 and 伊朗, 台湾's command centre, 澳门's coordination centre, 钻石公主号 with its patients'
nationalities). Every case is a short verbatim excerpt of a public page found with the search tool (`pages` corpus); its
`source` is that page's URL. Traditional characters, pinyin residue ("衛(wèi)", "時(shí)"), mojibake ("上?;嘏_州"), dates with the year
stripped ("年2月3日12时至24时", "年1月27日16时"), blank counts ("追踪到密切接触者人"), a headline with its number missing
("确诊31例,死亡"), a garbled province name ("列顛哥倫比亞省"), a bulletin board's hard line breaks, spaces around numbers
("新增確診病例 349 例") and page chrome (timestamps, 来源, 责编, 原标题, an archive date, a signature) are kept as found. Paragraphs
a case does not need were left out, and a paragraph is cut only after a full sentence; each note says what was left out.

How it was annotated: BLIND, i.e. as a careful reader of the text alone, before any run of the engine. The binding
conventions are tests/cases/ANNOTATION.md, shared/gold/FORMAT.md and the conventions in dev_cases.py's docstring. No
extractor code, engine output or other case table was read, apart from what the brief allowed for format and precedent:
the docstring and the first two CASES entries of blind7_feeds.py (whose reading choices are followed where the binding
conventions are silent).

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Sources:
* Provincial bulletins read for one city: 浙江 2月20日 (浙江发布 on a Q&A mirror) for 温州, 江苏 2月14日 (央视 on a mirror,
  traditional, 10:23) for 徐州, 安徽 3月1日 (the commission's text on a news mirror) for 亳州, 广西 2月11日 with 南宁's own
  bulletin (柳州1号, traditional) for 南宁.
* City bulletins and city items: 潍坊 2月18日 beside 山东's half-day bulletin (齐鲁晚报, traditional),
  台州 2月1日 (浙江在线台州频道 on a mirror, traditional and garbled), 南阳 1月28日 (河南商报 on a mirror, year stripped), 宿州 2月14日
  (拂晓报, 15:28), 苏州 3月3日 with 张家港 (a local site, 14:55), 杭州 3月26日 (余杭发布 on a WeChat archive), 聊城 2月3日 (the
  commission's text on a mirror, year stripped), 昆明 2月20日 (春城晚报 on one hospital's discharges).
* city=None: the European round-up of 3月24日 (中新网 on a mirror), 加拿大 4月2日 (央视, traditional, 07:24), 伊朗 3月26日 (俄罗斯卫星通讯社,
  traditional), a world round-up of 2月19日 (a Taiwanese timeline page), 台湾 4月19日 (the CDC's release on a bulletin board, 14:53),
  澳门 3月30日 (the government's news bureau, 17:10), 钻石公主号 2月6日 (a Hong Kong weekly's site), 浙江 4月20日 (浙江日报).
Exclusions: no page comes from Hunan or mentions 株洲 or a Hunan place; this was checked on every excerpt and on the page text the
search tool returned. Pages whose text names a Hunan place were not used (a 云南 half-day bulletin of 2月3日 whose patient travelled
through a Hunan city), and a scan of every text, note and source of this file for the fourteen
Hunan names (simplified and traditional), 湘 and 株洲 finds them only in this paragraph. No page comes from the DXY feed or a mirror of it.

Overlap check:
* Before annotating, two or more distinctive phrases (10+ characters; simplified and, where the page was traditional, the
  traditional or garbled form too) of every candidate were grepped with `grep -rlF` across tests/cases and /work/shared (file
  names only; no other table's content was read). Every page that hit another table was dropped: about 45 candidates, e.g.
  河南 2月1日/2月2日/2月15日/2月28日; 云南 2月7日/2月11日; 浙江 2月5日/2月21日/2月23日/3月2日 and 温州 2月17日/2月27日; 安徽 1月28日/2月13日/2月18日;
  广西 2月3日/2月14日/2月15日 and 桂林 2月22日; 陕西 2月4日/2月16日 and 咸阳 2月17日; 江苏 2月28日/3月4日/3月8日 and 连云港 2月14日/2月15日;
  枣庄 2月15日; 临沂 2月19日/2月27日; 新乡 2月21日; 安阳 2月16日; 滁州 2月14日; 运城 2月18日; 北京 3月20日; 宿州 3月4日; 伊朗 3月7日;
  新加坡 2月7日; the national reports of 2月3日 and 2月20日.
* After writing, `duplicates --repo tests/cases --min-lines 3 --most 60` was run, and a line-by-line comparison of this file's
  expect tuples with the other tables' lines (no content read, only whether an identical line exists) was run too. They found
  identical expect lines, from other pages of the same facts, in two cases: the 意大利 paragraph of the European round-up (two
  tuples of 3月23日) and the 日本/鑽石公主號 and 韓國 lines of the 2月19日 round-up (three tuples) were left out of those texts. Run
  again on the finished file, the comparison finds no shared expect line; what `duplicates` still lists are the docstring's shared
  boilerplate with blind6_feeds.py and blind7_feeds.py and runs of published/city/expect=[ lines (a date and city=None) that stand
  in other tables whose texts are different pages (none of these pages' phrases is found there); those cases were kept.

City split: eight cases have city=None and twelve have a home city.
* city=None: every place with a figure is expected: provinces (湖北省, 浙江省), foreign countries by their usual short name (意大利,
  西班牙, 德国, 法国, 英国, 加拿大, 伊朗, 新加坡), a continent as written (欧洲), foreign provinces as written, in simplified form
  (列颠哥伦比亚省, 魁北克省, 安大略省, 艾伯塔省), 香港, 澳门, 台湾, and the ship as 钻石公主号. No case has more than six places; a
  paragraph of smaller Canadian provinces and 台湾's global paragraph were left out.
* Home city: a prefecture-level city in full; only that city and its districts, counties, county-level cities and zones are
  expected (台州's 集聚区, 南阳's 官庄工区 and 城乡一体化示范区 keep their names).

Ways of writing covered (counts of cases; a case can count under several):
  (1) foreign places, 港澳台 and ships: 7 (Europe, 加拿大, 伊朗, the 2月19日 round-up, 台湾, 澳门, 钻石公主号); 香港 in 1, 澳门 in 1,
      台湾 in 1 as a place and in 1 as a nationality only; 钻石公主号 in 1 (its patients' nationalities beside it);
  (2) speakers: 6 (国內 for 台湾's 指挥中心, 本澳 for 澳门's centre, 我省 in 浙江日报, 全市/我市 in 杭州's bulletin, 我區 for 广西 beside
      南宁's own bulletin, 本报讯 with 市卫健委 for 宿州);
  (3) origin and residence: 6 (武汉籍2例 in 南阳's list, 有溫州旅居史/現住 in 台州, 武漢人/駐馬店人/常住 in 南宁, 湖北籍/河南籍 re-added cases
      and an exchange student's route in 杭州, the ship's patients' nationalities);
  (4) one institution: 3 (昆明市第三人民医院's discharges and its running total; 澳门's patients split between two hospitals; 宿州's
      其余28例 in the city's designated hospital read as the city's patients in hospital);
  (5) a province's totals beside a city's figures: 5 (温州, 徐州, 潍坊, 亳州, 南宁);
  (6) current versus cumulative, severity and subtotals: 11 (温州's 重症病例中 under 现有重症, 徐州's 重型/危重型 lists, 潍坊's 重癥/危重,
      台州's 新增重癥 and 重癥 lists, 南阳's 重症, 宿州's 无危重 and 其余28例, 苏州's 在院18, 澳门's 正接受治疗28/重症1, 杭州's and 浙江's
      imported-only and local-only sub-groups, 台湾's imported/local/flotilla sub-groups, 伊朗's earlier single-day record);
  (7) deaths lists and deaths in lines: 5 (新增死亡病例中/死亡病例中 for 温州, 死亡病例中,唐河2例, 无死亡 in 宿州 and 杭州, 伊朗's 均不幸死亡);
  (8) ordinals and first cases: 5 (今日新增案399至420, 首10例患者已康复出院, 卧龙区出现首例确诊病例,确诊2例, 伊朗首度出現病例 2 例,
      全球第5个 for 德国, 南宁's numbered patients and 柳州市1月30日確診病例);
  (9) none-statements and zeros: 7 (潍坊's 無新增, 宿州's 无新增/无危重和死亡, 苏州's and 张家港's 无新增, 杭州's 无新增出院/无死亡, 聊城's
      无新增, 浙江's 无疑似病例);
  (10) dates: morning pages (07:24, 10:23), afternoon pages, half-day windows (12-24時), 截至目前 and 目前 taking the paragraph's date,
      昨日/今(19)日/今(30)日/25日/6日 relative days, stripped years resolved by the signature, a forecast for the next day (no tuple), a
      photo caption's date, pages without a date (the date their statistics name is taken as published, as in blind7) and one whose
      shown date is an archive's (杭州).

Reading choices made where the binding conventions are silent (each note says which it uses):
* Local-only subtotals (本地确诊病例, 无新增本地确诊病例, 本地 discharges and rates) are read like imported-only ones: no tuple (blind7);
  the place's own totals beside them are expected.
* A forecast (3月2日预计治愈出院…, 仅剩1例住院病例 after it, 2月15日无即将治愈出院病例) states no figure as of any day: no tuple.
* Sub-groups with no region of their own (the ship's patients by nationality, 台湾's 敦睦遠訓支隊) get no tuple; the ship's own
  count does.
* A continent written with a figure (欧洲…超过20万例) is read as a place; a garbled foreign name keeps its written form
  (列颠哥伦比亚省).
* Severity words: 重症/重型/重癥 → severe and 危重/危重型/危重症 → critical, as current figures; 新增重症 → severe_new.
* 解除隔離 in 台湾's release is read as recovered_total.
"""

CASES = [
    dict(
        id="b8f01",
        text=(
            "浙江新增新冠肺炎确诊病例28例,新增死亡病例1例\n\n"
            "来源:浙江发布\n\n"
            "2020年2月20日0-24时,浙江省报告新型冠状病毒肺炎新增确诊病例28例,新增死亡病例1例,新增出院病例38例。其中:\n\n"
            "新增确诊病例中,宁波市1例、省十里丰监狱27例;新增死亡病例中,温州市1例;新增出院病例中,杭州市3例、宁波市10例、温州市17例、嘉兴市2例、"
            "金华市3例、台州市3例。\n\n"
            "截至2月20日24时,浙江省累计报告新型冠状病毒肺炎确诊病例1203例,现有重症病例49例(其中危重18例),累计死亡1例,累计出院647例。其中:\n\n"
            "确诊病例中,杭州市169例、宁波市157例、温州市504例、湖州市10例、嘉兴市45例、绍兴市42例、金华市55例、衢州市14例(核减7例)、舟山市10例、"
            "台州市146例、丽水市17例、省十里丰监狱34例;重症病例中,杭州市7例、宁波市5例、温州市16例、湖州市1例、嘉兴市4例、绍兴市5例、金华市4例、"
            "舟山市2例、台州市4例、省十里丰监狱1例;死亡病例中,温州市1例;出院病例中,杭州市111例、宁波市101例、温州市245例、湖州市6例、嘉兴市22例、"
            "绍兴市20例、金华市36例、衢州市10例、舟山市5例、台州市77例、丽水市14例。\n\n"
            "全省共追踪到密切接触者40133人,当日解除医学观察808人,尚有5070人正在接受医学观察。"
        ),
        published="2020-02-20",
        city="温州市",
        expect=[
            ("deaths_new", "温州市", "2020-02-20", 1, "", ""),
            ("recovered_new", "温州市", "2020-02-20", 17, "", ""),
            ("confirmed_total", "温州市", "2020-02-20", 504, "", ""),
            ("severe", "温州市", "2020-02-20", 16, "", ""),
            ("deaths_total", "温州市", "2020-02-20", 1, "", ""),
            ("recovered_total", "温州市", "2020-02-20", 245, "", ""),
        ],
        note="浙江's bulletin of 2月20日 (浙江发布 on a Q&A mirror); the page shows no date, so the day its statistics name is taken as "
        "published (blind7). Read for 温州: 新增死亡病例中,温州市1例 → deaths_new; 新增出院病例中 → recovered_new 17; 确诊病例中 → "
        "confirmed_total 504; 重症病例中 sits under 现有重症病例49例 → severe 16 (current); 死亡病例中,温州市1例 under 累计死亡 → "
        "deaths_total 1 (a deaths list of the cumulative kind, beside the new one: both stated). 温州 is not in the 新增确诊 list, and no "
        "none-statement is made for it: no confirmed_new. The province's 28/1/38/1203/49/18/1/647, the prison's and other cities' "
        "figures and the contacts are not 温州's. Left out: the mirror's Q&A chrome",
        source="https://kuaida1.com/life/156166.html",
    ),
    dict(
        id="b8f02",
        text=(
            "江蘇新增新冠肺炎確診病例11例 累計確診604例\n\n"
            "2020-02-15 10:23 來源:央視新聞客戶端\n\n"
            "2020年2月14日0—24時,江蘇省報告新型冠狀病毒肺炎新增確診病例11例,均為普通型病例。新增出院病例23例。\n\n"
            "新增確診病例中,無錫市1例、徐州市1例、蘇州市1例、南通市1例、連云港市1例、淮安市4例、鹽城市1例、揚州市1例。其中,年齡最大的77歲,"
            "最小的19歲。男性2人,女性9人。所有病例均已在定點醫院救治,病情平穩(wěn)。\n\n"
            "截至2月14日24時,江蘇省累計報告新型冠狀病毒肺炎確診病例604例。其中,輕型病例47例,普通型病例547例,重型病例6例,危重型病例4例。"
            "出院病例160例。確診病例中,南京市91例、無錫市52例、徐州市77例、常州市43例、蘇州市86例、南通市40例、連云港市46例、淮安市60例、"
            "鹽城市27例、揚州市21例、鎮(zhèn)江市12例、泰州市37例、宿遷市12例。重型病例中,南京市1例、徐州市1例、蘇州市1例、南通市1例、淮安市1例、"
            "鎮(zhèn)江市1例。危重型病例中,徐州市1例、連云港市1例、淮安市1例、鹽城市1例。出院病例中,南京市27例、無錫市15例、徐州市20例、常州市11例、"
            "蘇州市17例、南通市13例、連云港市10例、淮安市11例、鹽城市6例、揚州市6例、鎮(zhèn)江市2例、泰州市16例、宿遷市6例。\n\n"
            "目前,江蘇省追蹤到密切接觸者12062人,已解除醫(yī)學(xué)觀察8057人,尚有4005人正在接受醫(yī)學(xué)觀察。(中央廣播電視總臺央視記者  吳睿)\n\n"
            "責(zé)編:曹夢雨"
        ),
        published="2020-02-15 10:23",
        city="徐州市",
        expect=[
            ("confirmed_new", "徐州市", "2020-02-14", 1, "", ""),
            ("confirmed_total", "徐州市", "2020-02-14", 77, "", ""),
            ("severe", "徐州市", "2020-02-14", 1, "", ""),
            ("critical", "徐州市", "2020-02-14", 1, "", ""),
            ("recovered_total", "徐州市", "2020-02-14", 20, "", ""),
        ],
        note="江苏's bulletin of 2月14日 (央视 on a mirror, traditional with pinyin residue, a 10:23 page; every figure is dated 2月14日). "
        "Read for 徐州: 新增確診病例中 → confirmed_new 1; 確診病例中 → confirmed_total 77; 重型病例中 → severe 1 and 危重型病例中 → "
        "critical 1 (current severity lists, blind7 precedent for 危重型); 出院病例中 → recovered_total 20. The ages (77歲, 19歲) and the "
        "sex split are no counts of a place; the province's 11/23/604/47/547/6/4/160 and the contacts are 江苏省's. Other cities are not "
        "the home city",
        source="http://yqmw666.cn/2020/02/15/ARTI1581733314404991.shtml",
    ),
    dict(
        id="b8f03",
        text=(
            "2月18日12-24時,濰坊無新增確診病例,新增1例疑似病例。截至2020年2月18日24時,濰坊共確診44例新冠肺炎病例,疑似病例2例,重癥2例,危重2例,"
            "出院14例。\n"
            "2020年2月18日12-24時,山東省報告新增新型冠狀病毒肺炎確診病例1例,累計確診病例544例(含重癥病例14例,危重癥病例12例,治愈出院215例,"
            "死亡病例3例);新增疑似病例7例,現有疑似病例38例。截至目前,追蹤到密切接觸者16073人,已解除醫學觀察13205人,診斷為疑似或確診病例290例,"
            "尚有2578人正在接受醫學觀察。\n"
            "備注:根據要求,按病例確診時醫院所在縣區統計。\n\n"
            "齊魯晚報 齊魯壹點記者 馬媛媛"
        ),
        published="2020-02-19",
        city="潍坊市",
        expect=[
            ("confirmed_new", "潍坊市", "2020-02-18", 0, "", ""),
            ("confirmed_total", "潍坊市", "2020-02-18", 44, "", ""),
            ("suspected", "潍坊市", "2020-02-18", 2, "", ""),
            ("severe", "潍坊市", "2020-02-18", 2, "", ""),
            ("critical", "潍坊市", "2020-02-18", 2, "", ""),
            ("recovered_total", "潍坊市", "2020-02-18", 14, "", ""),
        ],
        note="齐鲁晚报's item (traditional) with 潍坊's half-day figures above 山东's half-day bulletin; the page's address dates it 2月19日, "
        "the figures say 2月18日. 濰坊無新增確診病例 in the 12-24時 window → confirmed_new 0 for 2月18日 (half-day windows as in blind7); "
        "新增1例疑似病例 has no metric; 濰坊共確診44例 → confirmed_total; 疑似病例2例 → suspected; 重癥2例 → severe; 危重2例 → critical; "
        "出院14例 → recovered_total. The province's 1/544/14/12/215/3/7/38, its contacts and 診斷為疑似或確診病例290例 are 山东省's, not "
        "潍坊's. The 備注 line is kept",
        source="http://m.p146.com/news/2020-02-19/detail-iimxyqvz4070208.shtml?from=sd_cnxh",
    ),
    dict(
        id="b8f04",
        text=(
            "2020年2月1日0-24時,臺州市報告新型冠狀病毒感染的肺炎新增確診病例5例,新增重癥病例1例,原重癥病例轉為普通病例1例,新增出院病例3例。其中:\n"
            "新增確診病例中,溫嶺市3例、仙居縣1例、三門縣1例;新增重癥病例中,三門縣1例;新增出院病例中,黃巖區1例、臨海市1例、溫嶺市1例。\n"
            "截至2月1日24時,臺州市累計報告新型冠狀病毒感染的肺炎確診病例100例,重癥病例6例。其中:確診病例中,椒江區8例(其中集聚區2例)、"
            "黃巖區15例、路橋區13例、臨海市5例、溫嶺市35例、天臺縣5例、仙居縣8例、三門縣11例;重癥病例中,黃巖區2例、路橋區1例、仙居縣1例、"
            "三門縣2例。出院病例中,黃巖區2例、臨海市1例、溫嶺市1例。所有病例都在定點醫院診治。\n"
            "目前追蹤到密切接觸者1424人,已解除醫學觀察126人,尚有1298人正在接受醫學觀察。\n"
            "新增病例情況:\n"
            "患者一,女,46歲,現住仙居縣,有溫州旅居史,1月25日開始陸續出現頭痛、干咳、胸悶,現在定點醫院隔離治療。\n"
            "患者三,男,62歲,現住溫嶺市,有海南旅游史,1月22日途經上?;嘏_州,感染史需進一步核查,1月26日起出現畏寒、全身酸痛、發熱、干咳,"
            "現在定點醫院隔離治療。"
        ),
        published="2020-02-02",
        city="台州市",
        expect=[
            ("confirmed_new", "台州市", "2020-02-01", 5, "", ""),
            ("confirmed_new", "温岭市", "2020-02-01", 3, "", ""),
            ("confirmed_new", "仙居县", "2020-02-01", 1, "", ""),
            ("confirmed_new", "三门县", "2020-02-01", 1, "", ""),
            ("severe_new", "台州市", "2020-02-01", 1, "", ""),
            ("severe_new", "三门县", "2020-02-01", 1, "", ""),
            ("recovered_new", "台州市", "2020-02-01", 3, "", ""),
            ("recovered_new", "黄岩区", "2020-02-01", 1, "", ""),
            ("recovered_new", "临海市", "2020-02-01", 1, "", ""),
            ("recovered_new", "温岭市", "2020-02-01", 1, "", ""),
            ("confirmed_total", "台州市", "2020-02-01", 100, "", ""),
            ("severe", "台州市", "2020-02-01", 6, "", ""),
            ("confirmed_total", "椒江区", "2020-02-01", 8, "", ""),
            ("confirmed_total", "集聚区", "2020-02-01", 2, "", ""),
            ("confirmed_total", "黄岩区", "2020-02-01", 15, "", ""),
            ("confirmed_total", "路桥区", "2020-02-01", 13, "", ""),
            ("confirmed_total", "临海市", "2020-02-01", 5, "", ""),
            ("confirmed_total", "温岭市", "2020-02-01", 35, "", ""),
            ("confirmed_total", "天台县", "2020-02-01", 5, "", ""),
            ("confirmed_total", "仙居县", "2020-02-01", 8, "", ""),
            ("confirmed_total", "三门县", "2020-02-01", 11, "", ""),
            ("severe", "黄岩区", "2020-02-01", 2, "", ""),
            ("severe", "路桥区", "2020-02-01", 1, "", ""),
            ("severe", "仙居县", "2020-02-01", 1, "", ""),
            ("severe", "三门县", "2020-02-01", 2, "", ""),
            ("recovered_total", "黄岩区", "2020-02-01", 2, "", ""),
            ("recovered_total", "临海市", "2020-02-01", 1, "", ""),
            ("recovered_total", "温岭市", "2020-02-01", 1, "", ""),
            ("close_contacts_total", "台州市", "2020-02-01", 1424, "", ""),
            ("observation_released_total", "台州市", "2020-02-01", 126, "", ""),
            ("observation", "台州市", "2020-02-01", 1298, "", ""),
        ],
        note="台州's bulletin of 2月1日 (浙江在线台州频道 on a mirror, traditional; the address dates the page 2月2日). New lists → confirmed_new, "
        "severe_new (新增重癥病例1例, 三門縣1例) and recovered_new per county; 原重癥病例轉為普通病例1例 has no metric. Cumulative lists → "
        "confirmed_total per district and county; 椒江區8例(其中集聚區2例) gives 椒江区 8 and the zone 集聚区 2 (a zone keeps its name); "
        "重癥病例6例 and its list → severe (current); 出院病例中 → recovered_total per district. The city's total discharges are not "
        "stated (no sum). 所有病例都在定點醫院診治 states no number. Contacts → close_contacts_total, observation_released_total, "
        "observation. 患者一/患者三 are ordinals; 現住仙居縣/溫嶺市, 有溫州旅居史 and 有海南旅游史 are residence and travel, no counts; the "
        "garbled 上?;嘏_州 is kept. Left out: 患者二, 患者四, 患者五 (same kind) and the channel's chrome",
        source="http://hanfengnongye.com/tzxw/202002/t20200202_11626556.shtml",
    ),
    dict(
        id="b8f05",
        text=(
            "南阳通报肺炎疫情最新情况确诊31例,死亡\n\n"
            "河南商报记者张成诚\n\n"
            "河南商报记者从南阳市卫生健康委员会了解到,年1月27日16时至28日16时,新增确诊病例5例。其中,卧龙区出现首例确诊病例,确诊2例,"
            "其他县区新增确诊病例中,方城县1例,唐河县1例,桐柏县1例。\n\n"
            "截至1月28日16时,南阳市卫生健康委收到市内11县(市、区)累计报告新型冠状病毒感染的肺炎确诊病例31例,重症4例,死亡2例。其中:确诊病例中,"
            "邓州市6例、唐河县7例、宛城区1例、卧龙区2例,官庄工区2例、桐柏县3例、新野县3例、淅川县1例、方城县2例、镇平县1例、城乡一体化示范区1例、"
            "武汉籍2例。死亡病例中,唐河2例。\n\n"
            "目前追踪到密切接触者人,已解除医学观察人,诊断为疑似感染1人,尚有人正在接受医学观察。"
        ),
        published="2020-01-28",
        city="南阳市",
        expect=[
            ("confirmed_new", "南阳市", "2020-01-28", 5, "", ""),
            ("confirmed_new", "卧龙区", "2020-01-28", 2, "", ""),
            ("confirmed_new", "方城县", "2020-01-28", 1, "", ""),
            ("confirmed_new", "唐河县", "2020-01-28", 1, "", ""),
            ("confirmed_new", "桐柏县", "2020-01-28", 1, "", ""),
            ("confirmed_total", "南阳市", "2020-01-28", 31, "", ""),
            ("severe", "南阳市", "2020-01-28", 4, "", ""),
            ("deaths_total", "南阳市", "2020-01-28", 2, "", ""),
            ("confirmed_total", "邓州市", "2020-01-28", 6, "", ""),
            ("confirmed_total", "唐河县", "2020-01-28", 7, "", ""),
            ("confirmed_total", "宛城区", "2020-01-28", 1, "", ""),
            ("confirmed_total", "卧龙区", "2020-01-28", 2, "", ""),
            ("confirmed_total", "官庄工区", "2020-01-28", 2, "", ""),
            ("confirmed_total", "桐柏县", "2020-01-28", 3, "", ""),
            ("confirmed_total", "新野县", "2020-01-28", 3, "", ""),
            ("confirmed_total", "淅川县", "2020-01-28", 1, "", ""),
            ("confirmed_total", "方城县", "2020-01-28", 2, "", ""),
            ("confirmed_total", "镇平县", "2020-01-28", 1, "", ""),
            ("confirmed_total", "城乡一体化示范区", "2020-01-28", 1, "", ""),
            ("deaths_total", "唐河县", "2020-01-28", 2, "", ""),
        ],
        note="河南商报's report of 南阳's bulletin (on a mirror; the year is stripped from 年1月27日 and the contacts' counts are blank, as "
        "found; the headline lost its death count). The window 1月27日16时至28日16时 ends on 1月28日, and 截至1月28日16时 too; the page "
        "shows no date, so that day is taken as published. 新增确诊病例5例 → confirmed_new 5; 卧龙区出现首例确诊病例,确诊2例 → "
        "confirmed_new 2 for 卧龙区 (首例 is no count; the 2 is); 方城县/唐河县/桐柏县 1 each. Cumulative list → confirmed_total per county "
        "and zone (官庄工区, 城乡一体化示范区 keep their names); 武汉籍2例 describes origin: no tuple for any place (and 武汉 is not home). "
        "重症4例 → severe; 死亡2例 → deaths_total; 死亡病例中,唐河2例 → deaths_total 2 for 唐河县 (written short). 诊断为疑似感染1人 counts "
        "contacts turned suspect: no tuple; the blank contact counts give none",
        source="http://www1.xxietingting.com/jwbrc/2730.html",
    ),
    dict(
        id="b8f06",
        text=(
            "宿州市无新增新冠肺炎确诊及疑似病例\n\n"
            "拂晓报 2020-02-16 15:28\n\n"
            "本报讯  记者从市卫健委获悉,根据省卫生健康委发布的最新疫情,2月14日0时至24时,宿州市无新增确诊病例,无新增疑似病例。\n\n"
            "新增治愈出院1例,其中灵璧县1例。\n\n"
            "截至2月14日24时,宿州市累计报告新型冠状病毒肺炎确诊病例39例,无危重和死亡病例,累计治愈出院病例11例,其余28例患者均在市级定点医院集中救治。"
            "累计确诊病例中,埇桥区18例,灵璧县7例,泗县6例,萧县1例,砀山县7例。\n\n"
            "2月15日无即将治愈出院病例。\n\n"
            "目前追踪到密切接触者1858人,其中已经解除医学观察1364人,在外地的密切接触者141人,其余353人正在接受医学观察。"
        ),
        published="2020-02-16 15:28",
        city="宿州市",
        expect=[
            ("confirmed_new", "宿州市", "2020-02-14", 0, "", ""),
            ("recovered_new", "宿州市", "2020-02-14", 1, "", ""),
            ("recovered_new", "灵璧县", "2020-02-14", 1, "", ""),
            ("confirmed_total", "宿州市", "2020-02-14", 39, "", ""),
            ("critical", "宿州市", "2020-02-14", 0, "", ""),
            ("deaths_total", "宿州市", "2020-02-14", 0, "", ""),
            ("recovered_total", "宿州市", "2020-02-14", 11, "", ""),
            ("hospitalized", "宿州市", "2020-02-14", 28, "", ""),
            ("confirmed_total", "埇桥区", "2020-02-14", 18, "", ""),
            ("confirmed_total", "灵璧县", "2020-02-14", 7, "", ""),
            ("confirmed_total", "泗县", "2020-02-14", 6, "", ""),
            ("confirmed_total", "萧县", "2020-02-14", 1, "", ""),
            ("confirmed_total", "砀山县", "2020-02-14", 7, "", ""),
            ("close_contacts_total", "宿州市", "2020-02-14", 1858, "", ""),
            ("observation_released_total", "宿州市", "2020-02-14", 1364, "", ""),
            ("observation", "宿州市", "2020-02-14", 353, "", ""),
        ],
        note="拂晓报 (15:28, two days after the figures' day) on 宿州's figures from the province's bulletin. 无新增确诊病例 → "
        "confirmed_new 0; 无新增疑似病例 has no metric. 新增治愈出院1例,其中灵璧县1例 → recovered_new for the city and the county. "
        "无危重和死亡病例 → critical 0 and deaths_total 0; 其余28例患者均在市级定点医院集中救治 states the city's patients in hospital (the "
        "city's designated hospital holds all of them; blind7's 深圳 precedent) → hospitalized 28. District list → confirmed_total. "
        "2月15日无即将治愈出院病例 is a forecast: no tuple. Contacts: 1858 total, 1364 released, 353 under observation; 在外地的密切接触者141人 "
        "has no metric. 目前 takes 2月14日 from the bulletin's paragraphs",
        source="https://m.yybnet.net/suzhou/lingbi/202002/10195739.html",
    ),
    dict(
        id="b8f07",
        text=(
            "3月2日安徽省报告新冠肺炎疫情情况\n\n"
            "原标题:3月2日安徽省报告新冠肺炎疫情情况\n\n"
            "来源:安徽省卫生健康委员会\n\n"
            "2020年3月1日0-24时,安徽省报告无新增确诊病例,无新增疑似病例,新增治愈出院病例20例。\n\n"
            "新增治愈出院病例中,阜阳5例、合肥4例、亳州2例、蚌埠2例、池州2例、安庆2例、宿州1例、淮南1例、六安1例。\n\n"
            "截至3月1日24时,安徽省累计报告确诊病例990例,累计治愈出院病例888例,累计死亡病例6例,累计医学观察密切接触者28035人,尚在医学观察383人。\n\n"
            "累计确诊病例中,合肥174例、蚌埠160例、阜阳155例、亳州108例、安庆83例、六安69例、宿州41例、马鞍山38例、芜湖34例、铜陵29例、淮北27例、"
            "淮南27例、池州17例、滁州13例、黄山9例、宣城6例。\n\n"
            "截至3月1日24时,安徽省在院治疗确诊病例96例,无危重症病例。\n\n"
            "3月2日预计治愈出院29例,其中合肥6例、阜阳6例、六安5例、亳州4例、蚌埠2例、芜湖2例、淮南1例、马鞍山1例、池州1例、黄山1例。"
            "我省住院病例将减少到67例,治愈率将达到92.6%。亳州、芜湖、池州、安庆、黄山5市仅剩1例住院病例,滁州、宣城2市剩2例。"
        ),
        published="2020-03-02",
        city="亳州市",
        expect=[
            ("recovered_new", "亳州市", "2020-03-01", 2, "", ""),
            ("confirmed_total", "亳州市", "2020-03-01", 108, "", ""),
        ],
        note="安徽's bulletin of 3月1日 on a news mirror (its title dates it 3月2日). Read for 亳州 (written 亳州): 新增治愈出院病例中 → "
        "recovered_new 2; 累计确诊病例中 → confirmed_total 108. The province's none-statements (无新增确诊/疑似), its 20/990/888/6/28035/"
        "383/96 and 无危重症病例 are 安徽省's. The last paragraph is a forecast for 3月2日: 预计治愈出院…亳州4例 and the consequences that follow "
        "it (将减少到67例, 将达到92.6%, and 亳州…5市仅剩1例住院病例 after those discharges) state no figure as of any day: no tuple, "
        "though 仅剩1例住院病例 reads like a current count. Left out: two unrelated 相关阅读 headlines",
        source="https://news.shi-fen.com/china/202003/50-644663.html",
    ),
    dict(
        id="b8f08",
        text=(
            "苏州3月3日疫情通报\n\n"
            "文章来源:未知 发布时间:2020-03-09 14:55\n\n"
            "2020年3月3日0-24时,苏州市无新增新型冠状病毒肺炎确诊病例,新增出院病例2例。\n\n"
            "截至3月3日24时,苏州市累计报告新型冠状病毒肺炎确诊病例87例,其中,在院病例18例,出院病例69例。\n\n"
            "目前追踪到密切接触者980人,已解除医学观察974人。\n\n"
            "2020年3月3日0-24时,张家港市无新增新型冠状病毒肺炎确诊病例。截至2020年3月3日24时,张家港市累计报告新型冠状病毒肺炎确诊病例2例,"
            "其中出院病例1例。"
        ),
        published="2020-03-09 14:55",
        city="苏州市",
        expect=[
            ("confirmed_new", "苏州市", "2020-03-03", 0, "", ""),
            ("recovered_new", "苏州市", "2020-03-03", 2, "", ""),
            ("confirmed_total", "苏州市", "2020-03-03", 87, "", ""),
            ("hospitalized", "苏州市", "2020-03-03", 18, "", ""),
            ("recovered_total", "苏州市", "2020-03-03", 69, "", ""),
            ("close_contacts_total", "苏州市", "2020-03-03", 980, "", ""),
            ("observation_released_total", "苏州市", "2020-03-03", 974, "", ""),
            ("confirmed_new", "张家港市", "2020-03-03", 0, "", ""),
            ("confirmed_total", "张家港市", "2020-03-03", 2, "", ""),
            ("recovered_total", "张家港市", "2020-03-03", 1, "", ""),
        ],
        note="苏州's bulletin of 3月3日 with 张家港's own paragraph, on a local site that posted it on 3月9日 (14:55); the figures' day is "
        "3月3日. 无新增 → confirmed_new 0; 新增出院病例2例 → recovered_new; 累计87例,其中,在院病例18例,出院病例69例 → confirmed_total, "
        "hospitalized (current) and recovered_total; 目前 takes 3月3日 from the paragraph before: close_contacts_total 980, "
        "observation_released_total 974 (no count under observation is stated; 980 − 974 is not given). 张家港市 is a county-level city "
        "of 苏州: none-statement → confirmed_new 0, total 2, discharged 1",
        source="http://www.zjgzsw.org/a/yiqingbobao/jiaodiandongtai/2020/0309/4456.html",
    ),
    dict(
        id="b8f09",
        text=(
            "3月27日最新疫情通报︱杭州新增1例境外输入新冠肺炎确诊病例\n\n"
            "余杭发布 2020-10-26\n\n"
            "2020年3月26日0-24时,全市新增1例境外输入新冠肺炎确诊病例。截至3月26日24时,累计报告境外输入确诊病例5例,定点医院隔离治疗。\n\n"
            "新增境外输入病例情况:男,境外高校交换生,3月14日自法国马赛机场出发至德国法兰克福机场转机,3月15日中午抵达上海浦东机场,"
            "经机场检疫后全程受控转送至嘉善大云中转点、杭州中转点后,由在杭居住地所在区接回集中隔离点实施医学观察。\n\n"
            "3月26日0-24时,全市无新增本地确诊病例,无新增出院病例。截至3月26日24时,全市累计报告新冠肺炎确诊病例为169例和根据国家要求重新纳入我市的"
            "病例12例(即2月10日国家核减的在我市治愈的TR188新加坡航班湖北籍病例9例和河南籍病例3例)以及境外输入病例5例。累计出院181例,无死亡病例。"
            "全市已连续36天无本地新增确诊病例。\n\n"
            "截至3月26日24时,全市共追踪到密切接触者8904人,已解除隔离医学观察8577人,尚有327人在隔离医学观察期内(含外地确诊的境外输入病例在杭的"
            "密切接触者)。"
        ),
        published="2020-03-27",
        city="杭州市",
        expect=[
            ("recovered_new", "杭州市", "2020-03-26", 0, "", ""),
            ("confirmed_total", "杭州市", "2020-03-26", 169, "", ""),
            ("recovered_total", "杭州市", "2020-03-26", 181, "", ""),
            ("deaths_total", "杭州市", "2020-03-26", 0, "", ""),
            ("close_contacts_total", "杭州市", "2020-03-26", 8904, "", ""),
            ("observation_released_total", "杭州市", "2020-03-26", 8577, "", ""),
            ("observation", "杭州市", "2020-03-26", 327, "", ""),
        ],
        note="杭州's bulletin of 3月26日 as posted by 余杭发布 (its title dates it 3月27日; the 2020-10-26 shown is the WeChat archive's "
        "date, kept as found). 全市/我市 = 杭州 (the title names it). 新增1例境外输入 and 累计报告境外输入确诊病例5例 are imported-only: no "
        "tuple. 无新增本地确诊病例 and 连续36天无本地新增 are local-only: no tuple (blind7's reading), so no confirmed_new. 无新增出院病例 → "
        "recovered_new 0. 全市累计报告新冠肺炎确诊病例为169例 → confirmed_total 169; the 12 re-added cases (湖北籍/河南籍, origin) and the 5 "
        "imported ones are listed beside it and their sum is not stated: no further tuple. 累计出院181例 → recovered_total; 无死亡病例 → "
        "deaths_total 0. Contacts 8904/8577/327. The student's route (法国, 德国, 上海, 嘉善) names no figure. Left out: the rest of the "
        "case paragraph (symptoms and test) and a weather item",
        source="https://freewechat.com/a/MzA5MDg1ODgxNw==/2650268328/1",
    ),
    dict(
        id="b8f10",
        text=(
            "南寧一患者曾與柳州患者同團旅遊!廣西新增確診病例詳情公布\n\n"
            "2020-02-12   柳州1號\n\n"
            "2月12日,廣西壯族自治區衛生健康委發布通報稱,2月11日0-24時,我區共新增新型冠狀病毒肺炎確診病例7例,其中南寧市3例、桂林市1例、北海市3例。"
            "新增疑似病例106例。\n\n"
            "南寧市\n\n"
            "2月12日,廣西南寧衛生健康委員會發布通報,2020年2月11日0-24時,南寧市新增新型冠狀病毒肺炎確診病例3例,均為青秀區病例;新增治癒出院1例。\n\n"
            "1.邢某,男,60歲,武漢人,住南寧市青秀區東葛路159號景暉花園,為1月29日確診病例李某的愛人、確診病例邢某的哥哥。1月30日起作為密切接觸者在"
            "市級隔離觀察點集中隔離觀察,2月8日採樣後轉入市級定點救治醫院進行隔離治療。\n\n"
            "2.歐某某,男,46歲,南寧人,常住南寧市青秀區民族大道168號翡翠園小區。曾與柳州市1月30日確診病例有同團旅遊、同乘機史,因發熱於2月3日到"
            "廣西醫科大學第一附屬醫院就診。接柳州市發來協查函2月7日起進行隔離觀察,2月11日採樣後轉入市級定點救治醫院進行隔離治療。\n\n"
            "3.劉某某,男,43歲,駐馬店人,常住南寧市青秀區仙葫大道天池山小區,為2月9日確診病例龔某某的丈夫。1月24日返回河南駐馬店與湖北黃岡市親戚"
            "有接觸史,因喉嚨痛於2月7日到廣西中醫藥大學第一附屬醫院仙葫院區發熱門診就診,2月10日作為密切接觸者轉入市級隔離觀察點集中隔離觀察,"
            "當日因發熱症狀轉入南寧市第一人民醫院青秀分院隔離治療,2月11日轉入市級定點救治醫院進行隔離治療。\n\n"
            "桂林市\n\n"
            "2月12日,廣西桂林衛生健康委員會發布通報,桂林市新增1例新型冠狀病毒肺炎確診病例。目前,桂林市累計報告新型冠狀病毒肺炎確診病例31例。"
        ),
        published="2020-02-12",
        city="南宁市",
        expect=[
            ("confirmed_new", "南宁市", "2020-02-11", 3, "", ""),
            ("confirmed_new", "青秀区", "2020-02-11", 3, "", ""),
            ("recovered_new", "南宁市", "2020-02-11", 1, "", ""),
        ],
        note="A 柳州 outlet (柳州1号, on a mirror, traditional) quoting 广西's bulletin (我區 = 广西, not home) and 南宁's own bulletin of 2月11日; "
        "read for 南宁. 其中南寧市3例 and 南寧市新增…確診病例3例 are one figure → confirmed_new 3; 均為青秀區病例 → confirmed_new 3 for 青秀区; "
        "新增治癒出院1例 → recovered_new 1. The numbered patients (1. 2. 3.) are ordinals; 武漢人, 南寧人, 駐馬店人, 常住/住…青秀區 and the "
        "contacts in 湖北黃岡市 are origin and residence; 1月29日/2月9日/柳州市1月30日確診病例 name earlier cases, no counts; the hospitals "
        "are places of treatment with no count. 广西's 7 and 106 suspected, and 桂林's 1 and 31 (another city, dated 目前 = 2月12日's "
        "bulletin) are not 南宁's. Left out: the rest of 桂林's part (one patient's story)",
        source="https://twgreatdaily.com/_88uO3ABgx9BqZZI8MDZ.amp",
    ),
    dict(
        id="b8f11",
        text=(
            "昨日上午11:00,昆明市第三人民医院又新增7名新冠肺炎患者和两名无症状感染者康复出院。 7名患者有新冠肺炎相关症状,血常规、肺部影像学等检查有"
            "新冠肺炎的特征,经核酸检测阳性而确诊。通过感染、呼吸、影像、中医等多学科组成的专家团队诊治和隔离病区医护人员中西医结合等系统治疗和精心护理,"
            "体温恢复正常3天以上,呼吸道症状明显好转,胸部CT显示炎症明显吸收,三次核酸检测阴性,达到《新型冠状病毒感染的肺炎诊疗方案(试行第六版)》"
            "出院标准,经专家组会诊给予出院。出院后他们还需要进行为期两周的隔离休养康复,昆明市第三人民医院定期随访,身体状况如有异常,"
            "昆明市第三人民医院的医生会随时进行诊治。\n"
            "据悉,截至昨日,昆明市第三人民医院已累计出院五批17人,其中确诊病例15人、无症状感染者2人。本报记者 陶彦然"
        ),
        published="2020-02-21",
        city="昆明市",
        expect=[],
        note="春城晚报 of 2月21日 (昨日 = 2月20日) on one hospital's discharges. 昆明市第三人民医院又新增7名…康复出院 and its running total "
        "已累计出院五批17人(确诊病例15人…) are the hospital's counts, not the city's: no tuple (ANNOTATION.md, one institution); the two "
        "无症状感染者 have no metric either. 3天, 两周, 第六版 and 五批 are no counts of cases. Nothing is expected. Left out: the paragraph "
        "explaining what an asymptomatic carrier is (no figure), cut after a full sentence",
        source="http://ccwb.yunnan.cn/html/2020-02/21/content_1329324.htm?div=-1",
    ),
    dict(
        id="b8f12",
        text=(
            "年2月3日12时至24时,聊城市无新增新型冠状病毒感染的肺炎确诊病例,新增1例疑似病例。\n"
            "截至年2月3日24时,聊城市累计报告新型冠状病毒感染的肺炎确诊病例10例,其中,东昌府区4例,莘县3例,东阿县2例,临清市1例;现有疑似病例3例。"
            "目前累计追踪到密切接触者人,已解除医学观察人,尚有人正在接受医学观察。备注:根据国家卫生健康委关于疫情信息报告新要求,医院所在县区统计。"
            "聊城市卫生健康委员会\n"
            "年2月4日\n"
            "来源:聊城市卫生健康委员会编辑:刘璐"
        ),
        published="2020-02-04",
        city="聊城市",
        expect=[
            ("confirmed_new", "聊城市", "2020-02-03", 0, "", ""),
            ("confirmed_total", "聊城市", "2020-02-03", 10, "", ""),
            ("confirmed_total", "东昌府区", "2020-02-03", 4, "", ""),
            ("confirmed_total", "莘县", "2020-02-03", 3, "", ""),
            ("confirmed_total", "东阿县", "2020-02-03", 2, "", ""),
            ("confirmed_total", "临清市", "2020-02-03", 1, "", ""),
            ("suspected", "聊城市", "2020-02-03", 3, "", ""),
        ],
        note="聊城's bulletin of 2月3日 (half-day 12-24时) on a mirror that stripped the year and the contacts' counts, as found; the "
        "signature 年2月4日 is taken as published (2020 from the period). 无新增…确诊病例 → confirmed_new 0 (half-day window); "
        "新增1例疑似病例 has no metric; 累计10例 and the county list → confirmed_total; 现有疑似病例3例 → suspected. The blank contact counts "
        "give no tuple; the 备注 (counted by the hospital's county) and the signature are kept. Left out: the mirror's trailing chrome",
        source="http://www1.wanrongzx.com/afhzz/460.html",
    ),
    dict(
        id="b8f13",
        text=(
            "欧洲新冠肺炎确诊病例超20万 意大利西班牙德国均破3万\n\n"
            "原标题:欧洲新冠肺炎确诊病例超20万意大利西班牙德国均破3万\n\n"
            "中新网3月24日电据法新社统计,截至目前,欧洲新冠肺炎确诊病例已超过20万例。\n\n"
            "西班牙卫生部24日公布的最新数据显示,过去24小时,西班牙新增确诊病例6584例,累计确诊39673例。新增死亡病例514例,累计死亡2696例。\n\n"
            "此外,截至当地时间24日上午11时,德国新冠肺炎确诊病例突破3万例,由此成为全球第5个确诊病例突破3万的国家。\n\n"
            "法国累计确诊19856例,累计死亡病例860例。英国确诊病例超过6650例,死亡人数升至335人。"
        ),
        published="2020-03-24",
        city=None,
        expect=[
            ("confirmed_total", "欧洲", "2020-03-24", 200000, "", "more_than"),
            ("confirmed_total", "意大利", "2020-03-24", 30000, "", "more_than"),
            ("confirmed_new", "西班牙", "2020-03-24", 6584, "", ""),
            ("confirmed_total", "西班牙", "2020-03-24", 39673, "", ""),
            ("deaths_new", "西班牙", "2020-03-24", 514, "", ""),
            ("deaths_total", "西班牙", "2020-03-24", 2696, "", ""),
            ("confirmed_total", "德国", "2020-03-24", 30000, "", "more_than"),
            ("confirmed_total", "法国", "2020-03-24", 19856, "", ""),
            ("deaths_total", "法国", "2020-03-24", 860, "", ""),
            ("confirmed_total", "英国", "2020-03-24", 6650, "", "more_than"),
            ("deaths_total", "英国", "2020-03-24", 335, "", ""),
        ],
        note="中新网's European round-up of 3月24日 on a mirror. 截至目前 → the dateline's 3月24日; 欧洲…已超过20万例 → confirmed_total 200000 "
        "more_than for 欧洲 (a continent read as a place, a reading choice). 西班牙: "
        "24日公布, 过去24小时 → 3月24日 for new and total cases and deaths. 德国: 突破3万例 → 30000 more_than; 全球第5个 is an ordinal. 法国 and "
        "英国: no date in their sentence → the dateline's 3月24日; 超过6650例 → more_than; 升至335人 → deaths_total. The headline's "
        "均破3万 gives 意大利 confirmed_total 30000 more_than on the dateline's day (its body paragraph is left out) and restates the body "
        "for 西班牙 (exact 39673 stands) and 德国. Six places. Left out: the paragraph with 意大利's figures of 3月23日 (its two tuples "
        "stand in another table, from another page)",
        source="https://news.shi-fen.com/world/202003/51-674012.html",
    ),
    dict(
        id="b8f14",
        text=(
            "加拿大新冠肺炎確診病例增至11283例 累計死亡138例\n\n"
            "2020-04-03 07:24 來源:央視新聞客戶端\n\n"
            "加拿大各省4月2日當天大致依時區(qū)順序更新了各自過去24小時新冠疫情的統(tǒng)計數(shù)據(jù)。\n\n"
            "列顛哥倫比亞省新增55個新冠病毒感染病例,累計達1121例。死亡病例新增6例,累計31例。\n\n"
            "魁北克省新增907例感染病例,累計5518例,死亡病例增至36例。\n\n"
            "安大略省的數(shù)據(jù)顯示,該省當天新增401例感染病例,累計為2793例,死亡病例增至53例。\n\n"
            "艾伯塔省新增96個病例,累計達到967例,死亡病例增至13例。\n\n"
            "截至當?shù)貢r間4月2日18時10分,加拿大累計新冠肺炎病例共計11283例,死亡138例。(中央廣播電視總臺記者 張森)"
        ),
        published="2020-04-03 07:24",
        city=None,
        expect=[
            ("confirmed_new", "列颠哥伦比亚省", "2020-04-02", 55, "", ""),
            ("confirmed_total", "列颠哥伦比亚省", "2020-04-02", 1121, "", ""),
            ("deaths_new", "列颠哥伦比亚省", "2020-04-02", 6, "", ""),
            ("deaths_total", "列颠哥伦比亚省", "2020-04-02", 31, "", ""),
            ("confirmed_new", "魁北克省", "2020-04-02", 907, "", ""),
            ("confirmed_total", "魁北克省", "2020-04-02", 5518, "", ""),
            ("deaths_total", "魁北克省", "2020-04-02", 36, "", ""),
            ("confirmed_new", "安大略省", "2020-04-02", 401, "", ""),
            ("confirmed_total", "安大略省", "2020-04-02", 2793, "", ""),
            ("deaths_total", "安大略省", "2020-04-02", 53, "", ""),
            ("confirmed_new", "艾伯塔省", "2020-04-02", 96, "", ""),
            ("confirmed_total", "艾伯塔省", "2020-04-02", 967, "", ""),
            ("deaths_total", "艾伯塔省", "2020-04-02", 13, "", ""),
            ("confirmed_total", "加拿大", "2020-04-02", 11283, "", ""),
            ("deaths_total", "加拿大", "2020-04-02", 138, "", ""),
        ],
        note="央视's Canada item (on a mirror, traditional with pinyin residue) on a morning page of 4月3日 (07:24). The first paragraph "
        "dates the provinces' updates 4月2日當天, so every province paragraph is 4月2日 (the morning rule gives the same day); the national "
        "total is 截至當地時間4月2日18時10分. Provinces as written, simplified: 列顛哥倫比亞省 keeps its garbled form (列颠哥伦比亚省, the "
        "leading 不 lost); 新增 → confirmed_new, 累計 → confirmed_total, 死亡病例新增6例 → deaths_new, 增至/累計 deaths → deaths_total. "
        "加拿大: 11283 and 138 (the headline restates them). Five places. Left out: the paragraph on the other provinces and territories "
        "(eight more places) and the returned-travellers line",
        source="http://bili3.cn/2020/04/03/ARTI1585869743998939.shtml",
    ),
    dict(
        id="b8f15",
        text=(
            "伊朗衛生部:伊朗確診新冠病毒感染病例近3萬例 死亡2200余例\n\n"
            "俄羅斯衛星通訊社德黑蘭3月26日電 伊朗衛生部發言人賈汗普爾表示,該國境內新冠病毒感染確診病例增至29406例,其中至少2234例死亡。\n\n"
            "據IRINN電視台報道,賈汗普爾表示,伊朗新冠病毒感染病例正在逐步增加,最近一天新增死亡病例157例,而此前單日最多新增149例。\n\n"
            "自2月19日伊朗當局發現首例確診病例以來,已有2234人死亡。\n\n"
            "此外,伊朗最近一天確診2389例,創單日新高,25日確診2206例。\n\n"
            "目前該國累計確診29406例,治癒10457例。"
        ),
        published="2020-03-26",
        city=None,
        expect=[
            ("confirmed_total", "伊朗", "2020-03-26", 29406, "", ""),
            ("deaths_total", "伊朗", "2020-03-26", 2234, "", ""),
            ("deaths_new", "伊朗", "2020-03-26", 157, "", ""),
            ("confirmed_new", "伊朗", "2020-03-26", 2389, "", ""),
            ("confirmed_new", "伊朗", "2020-03-25", 2206, "", ""),
            ("recovered_total", "伊朗", "2020-03-26", 10457, "", ""),
        ],
        note="Sputnik's Chinese service (traditional), dateline 德黑蘭3月26日. 確診病例增至29406例 (restated by 目前該國累計確診29406例) → "
        "confirmed_total; 至少2234例死亡 and 已有2234人死亡 are one figure → deaths_total 2234 (the exact restatement; the headline's "
        "近3萬例/2200余例 restate the body); 最近一天新增死亡病例157例 → deaths_new for the dateline's day; 此前單日最多新增149例 is an "
        "earlier record: no tuple; 最近一天確診2389例 → confirmed_new on 3月26日 and 25日確診2206例 → confirmed_new on 3月25日; "
        "治癒10457例 → recovered_total. 自2月19日…首例 is a start date. One place. Left out: a linked headline of another article placed "
        "between the paragraphs (page chrome) and the timeline widget",
        source="https://big5.sputniknews.cn/20200326/1031093383.html",
    ),
    dict(
        id="b8f16",
        text=(
            "湖北新增確診人數大減 過去三週來首\n"
            "中國湖北省公布 2 月 19 日新增確診病例 349 例,新增死亡病例 108 例。值得注意的是,這是自 1 月 29 日以來,湖北新增確診病例首度低於 1000 例。"
            "截至 2 月 19 日止,湖北省累計確診病例 62031 例,累計死亡 2029 例,累計追蹤密切接觸者 21 萬 4093 人,尚在接受醫學觀察 65525 人。\n"
            "全球新增疫情\n"
            "香港新增 3 例,累計確診病例 65 例。\n"
            "新加坡新增 3 例,累計確診病例 84 例。\n"
            "伊朗首度出現病例 2 例,但均不幸死亡。\n"
            "資料來源: 今日新聞"
        ),
        published="2020-02-19",
        city=None,
        expect=[
            ("confirmed_new", "湖北省", "2020-02-19", 349, "", ""),
            ("deaths_new", "湖北省", "2020-02-19", 108, "", ""),
            ("confirmed_total", "湖北省", "2020-02-19", 62031, "", ""),
            ("deaths_total", "湖北省", "2020-02-19", 2029, "", ""),
            ("close_contacts_total", "湖北省", "2020-02-19", 214093, "", ""),
            ("observation", "湖北省", "2020-02-19", 65525, "", ""),
            ("confirmed_new", "香港", "2020-02-19", 3, "", ""),
            ("confirmed_total", "香港", "2020-02-19", 65, "", ""),
            ("confirmed_new", "新加坡", "2020-02-19", 3, "", ""),
            ("confirmed_total", "新加坡", "2020-02-19", 84, "", ""),
            ("confirmed_new", "伊朗", "2020-02-19", 2, "", ""),
            ("confirmed_total", "伊朗", "2020-02-19", 2, "", ""),
            ("deaths_total", "伊朗", "2020-02-19", 2, "", ""),
        ],
        note="A Taiwanese timeline page's entry (traditional, spaces around numbers) with 湖北's figures of 2月19日 and a world section; the "
        "page shows no date, so the day its statistics name is taken as published, and the undated world lines take it too. 湖北省: new "
        "349/108, totals 62031/2029, 21 萬 4093 → close_contacts_total 214093, 尚在接受醫學觀察 → observation; 首度低於 1000 例 and 自 1 月 29 "
        "日以來 are a threshold and a start: no tuple. 香港 3/65, 新加坡 3/84 (new and total). 伊朗首度出現病例 2 例,但均不幸死亡 → confirmed_new 2, and, as the first "
        "cases, confirmed_total 2 (implied), and deaths_total 2. Four places. Left out: the 日本/鑽石公主號 line and the 韓國 line (their "
        "figures of the day stand in another table, from another page)",
        source="https://youtiline.com/tl/COVID-19/event/?id=677",
    ),
    dict(
        id="b8f17",
        text=(
            "[新聞] 國內累計420人確診,189人解除隔離\n\n"
            "作者: TMC850613 (I'm TMC)   2020-04-19 14:53:42\n"
            "完整標題:國內累計420人確診,189人解除隔離\n"
            "發稿單位:衛福部疾管署\n"
            "發稿時間:2020-04-19\n"
            "撰 稿 者:指揮中心\n"
            "中央流行疫情指揮中心今(19)日表示,國內昨(18)日新增562例新型冠狀病毒肺炎相關通\n"
            "報(不含軍艦接觸者採檢),截至目前累計53,005例(含50,619例排除),其中420例確診(今\n"
            "日新增案399至420),分別為341例境外移入、55例本土病例及24例敦睦遠訓支隊。確診個\n"
            "案中6人死亡,189人解除隔離,其餘持續住院隔離中。"
        ),
        published="2020-04-19 14:53",
        city=None,
        expect=[
            ("confirmed_total", "台湾", "2020-04-19", 420, "", ""),
            ("deaths_total", "台湾", "2020-04-19", 6, "", ""),
            ("recovered_total", "台湾", "2020-04-19", 189, "", ""),
        ],
        note="台湾's CDC release of 4月19日 reposted on a bulletin board (its hard line breaks kept, 14:53). 國內 spoken by 指揮中心 = 台湾. "
        "562 and 53,005 (含50,619例排除) count reports, not cases: no tuple. 420例確診 (restated by the headline) → confirmed_total as of "
        "今(19)日; 今日新增案399至420 are patient numbers, and the number of new cases they imply is not stated: no confirmed_new. 341例境外移入 "
        "is imported-only and 55例本土病例 local-only: no tuple; 24例敦睦遠訓支隊 is a sub-group (a navy flotilla's crew) within 台湾's total "
        "with no region of its own: no tuple. 6人死亡 → deaths_total; 189人解除隔離 → recovered_total; 其餘持續住院隔離中 states no number. "
        "One place. Left out: the 原文連結 line and the paragraph on the global totals (with 美國, 西班牙, 義大利, 法國, 德國 and 英國) and "
        "the usual reminder",
        source="http://ucptt.com/article/nCoV2019/1587279224/02D",
    ),
    dict(
        id="b8f18",
        text=(
            "-记者会快讯(本澳最新疫情)-\n\n"
            "新闻局\n"
            "2020-03-30 17:10\n\n"
            "新型冠状病毒感染应变协调中心今(30)日表示,过去24小时本澳新增1例新型冠状病毒肺炎确诊病例,本澳至今累计38例确诊病例。\n\n"
            "确诊病例中,首10例患者已康复出院,正接受治疗的患者有28人,其中18名患者正入住仁伯爵综合医院隔离病区,另外10名患者正入住路环高顶公共卫生"
            "临床中心隔离病房。患者中,1人属重症,情况转差,需用氧气,院方已准备为她插喉及呼吸机;其他27名患者均属轻症,无发热和呼吸困难,不需用氧气,"
            "情况稳定。\n\n"
            "本澳累计疑似病例3,549例,当中确诊的有38例,已排除的有3,495例,仍待排除的有16例。过去24小时,公共化验共检测了563个样本。"
            "累计密切接触者124例,当中92例已解除隔离。"
        ),
        published="2020-03-30 17:10",
        city=None,
        expect=[
            ("confirmed_new", "澳门", "2020-03-30", 1, "", ""),
            ("confirmed_total", "澳门", "2020-03-30", 38, "", ""),
            ("recovered_total", "澳门", "2020-03-30", 10, "", ""),
            ("hospitalized", "澳门", "2020-03-30", 28, "", ""),
            ("severe", "澳门", "2020-03-30", 1, "", ""),
            ("suspected", "澳门", "2020-03-30", 16, "", ""),
            ("close_contacts_total", "澳门", "2020-03-30", 124, "", ""),
            ("observation_released_total", "澳门", "2020-03-30", 92, "", ""),
        ],
        note="澳门's news bureau, 3月30日 17:10; 本澳 spoken by the coordination centre = 澳门. 过去24小时…新增1例 → confirmed_new; 至今累计38例 "
        "(restated in the suspects' paragraph) → confirmed_total. 首10例患者已康复出院 → recovered_total 10 (首10例 names which patients, and "
        "the count is 10). 正接受治疗的患者有28人 → hospitalized; its split between 仁伯爵综合医院 (18) and the 路环 centre (10) counts "
        "institutions: no tuple. 1人属重症 → severe; 27名…轻症 has no metric. 累计疑似病例3,549例 counts all suspects ever (no metric); "
        "仍待排除的有16例 → suspected (current); 已排除 3,495 and the 563 samples: no tuple. Contacts 124 total, 92 released. One place. "
        "Left out: the bureau's subscription chrome",
        source="https://cdn.gcs.gov.mo/news/detail/zh-hans/N20CdIc6dY",
    ),
    dict(
        id="b8f19",
        text=(
            "钻石公主号邮轮又增加10名武汉肺炎确诊病例 由 中華時報總編室 - 编发 2020年2月6日 停泊在日本横滨港外的钻石公主号邮轮已经有20名乘客确诊感染"
            "武汉肺炎。(2020年2月5日) 目前停泊在日本横滨港外的钻石公主号邮轮,继日前有10名乘客确诊武汉肺炎之后,6日又有10人确诊。 日本厚生劳动省指出,"
            "确诊的患者包括1名台湾人、1名新西兰人、4名日本人、2名美国士以及2名加拿大人。 这20名武汉肺炎患者都已经送往神奈川的医疗机构,"
            "至于船上的3700人仍然必须待在自己的房间内,进行14天的隔离观察。 鉴于数起国际邮轮出现乘客感染武汉肺炎的案例,台湾中央流行疫情指挥中心表示,"
            "即日起禁止国际邮轮停泊台湾港口。"
        ),
        published="2020-02-06",
        city=None,
        expect=[
            ("confirmed_new", "钻石公主号", "2020-02-06", 10, "", ""),
            ("confirmed_total", "钻石公主号", "2020-02-06", 20, "", ""),
        ],
        note="A Hong Kong weekly's page on 钻石公主号 (2月6日, its text run together as found). The ship is the place: 6日又有10人确诊 → "
        "confirmed_new 10 on 2月6日; 已经有20名乘客确诊 and 这20名…患者 → confirmed_total 20. (2020年2月5日) is a photo caption's date and "
        "日前有10名 the earlier count: no tuple. The patients' nationalities (1名台湾人, 1名新西兰人, 4名日本人, 2名美国士, 2名加拿大人) are "
        "origin, not places with figures: no tuple for 台湾, 新西兰, 日本, 美国 or 加拿大. 3700人 on board and 14天 are no case counts; "
        "台湾's ban on cruise ships names no figure. One place",
        source="https://chinatimes.com.hk/20200206/5644",
    ),
    dict(
        id="b8f20",
        text=(
            "我省无新增本地新冠肺炎确诊病例\n\n"
            "新增出院病例2例\n\n"
            "  本报杭州4月21日讯 (记者 陈宁) 记者从省卫生健康委获悉,4月20日零时至24时,我省无新增境外输入新冠肺炎确诊病例。新增出院病例2例。"
            "截至4月20日24时,累计报告境外输入确诊病例50例,累计出院34例。\n\n"
            "  4月20日零时至24时,我省新增无症状感染者1例(湖北输入)。无当日转为确诊病例,无当日解除隔离者。截至4月20日24时,尚在医学观察无症状感染者"
            "55例(其中境外输入43例)。\n\n"
            "  4月20日零时至24时,我省无新增本地确诊病例。截至4月20日24时,累计报告本地确诊病例1218例,累计出院1217例,累计死亡1例,治愈出院率99.9%。\n\n"
            "  截至4月20日24时,我省累计报告确诊病例1268例,累计出院1251例,累计死亡1例。无疑似病例。全省共追踪到密切接触者47786人,"
            "尚有275人正在接受医学观察。"
        ),
        published="2020-04-22",
        city=None,
        expect=[
            ("recovered_new", "浙江省", "2020-04-20", 2, "", ""),
            ("confirmed_total", "浙江省", "2020-04-20", 1268, "", ""),
            ("recovered_total", "浙江省", "2020-04-20", 1251, "", ""),
            ("deaths_total", "浙江省", "2020-04-20", 1, "", ""),
            ("suspected", "浙江省", "2020-04-20", 0, "", ""),
            ("close_contacts_total", "浙江省", "2020-04-20", 47786, "", ""),
            ("observation", "浙江省", "2020-04-20", 275, "", ""),
        ],
        note="浙江日报 of 4月22日 (本报杭州4月21日讯) on the province's figures of 4月20日; 我省/全省 spoken by the provincial paper and its "
        "commission = 浙江省. 无新增境外输入 and 累计报告境外输入确诊病例50例,累计出院34例 are imported-only: no tuple. 新增出院病例2例 (also the "
        "sub-headline) is stated without a qualifier → recovered_new 2 for the province. 无症状感染者 figures have no metric. 无新增本地确诊病例 "
        "and 本地 1218/1217/1/99.9% are local-only: no tuple (blind7's reading); no overall confirmed_new is stated (0 + 0 is a sum the text "
        "does not state). Overall 1268/1251/1 → confirmed_total, recovered_total, deaths_total; 无疑似病例 → suspected 0; contacts 47786 and "
        "275 under observation. (湖北输入) is origin. One place. Left out: the e-paper's page header",
        source="http://zjrb.zjol.com.cn/html/2020-04/22/content_3324268.htm?div=-1",
    ),
]
