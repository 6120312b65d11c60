"""Golden extraction cases for FEED texts, HOLDOUT set (nobody tunes against it).

Same kind of texts, format and conventions as eval_feeds.py (read its docstring, which
also lists the reading choices made where the binding conventions are silent), from
other sources: provincial bulletins, press conferences and city news of Shaanxi (西安,
咸阳), Guangxi, Heilongjiang, the municipalities Chongqing, Tianjin and Beijing (their
districts), and Hong Kong / Taiwan items (Xinhua Hong Kong, 星島, RTHK, Taiwan CDC). No
page here is used by another case table or test corpus of the project (checked by URL).
Short verbatim excerpts of public pages from January-April 2020, each with its `source`
URL; annotated BLIND, from the texts alone, without reading or running the extractor.
About 60% of the cases have a home city (a municipality's own bulletin or a city of a
provincial list); the rest have city=None and expect every place's figures.

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Choices specific to this table (see each note): a municipality's district figures carry
the district's region (万州区, 宝坻区, 朝阳区); patients' residence districts without a
stated count give nothing; '新增危重型病例0例' has no metric (no
critical_new in the vocabulary); a day's whole new count that happens to be all imported
(香港新增4宗…全部都是由外地返港) is kept as confirmed_new; when a territory's case count
includes a suspected case and the confirmed count is given beside it (715 vs 714), the
confirmed count is taken; '均集中医学观察' stated for all of N contacts gives observation N.
"""

CASES = [
    # ------------------------------------------------------------------ home = one city: Shaanxi
    dict(
        id="ho-fd-sn-0222-xian-three-hospitals",
        text=(
            "陕西西安22日又有8人出院 治愈人数首超在院人数\n"
            "\n"
            "2020-02-23 13:38 来源:央视新闻\n"
            "\n"
            "2月22日,经过医护人员精心治疗,西安交大一附院、西安市胸科医院、西安市第八医院共8名新冠肺炎确诊患者治愈出院。\n"
            "\n"
            "据悉,截至2月22日9时,西安累计确诊新型冠状病毒感染病例120例,无新增确诊病例。累计治愈出院65例,在院患者54例,治愈出院人数首次超过在院人数。(中央广播电视总台央视记者 常青 刘海涛)\n"
            "\n"
            "责编:张泽昕"
        ),
        published="2020-02-23 13:38",
        city="西安市",
        expect=[
            ("recovered_new", "西安市", "2020-02-22", 8, "", ""),
            ("confirmed_total", "西安市", "2020-02-22", 120, "", ""),
            ("confirmed_new", "西安市", "2020-02-22", 0, "", ""),
            ("recovered_total", "西安市", "2020-02-22", 65, "", ""),
            ("hospitalized", "西安市", "2020-02-22", 54, "", ""),
        ],
        note="the 8 discharges are the sum over three named hospitals, but the headline attributes them to the city ('西安22日又有8人出院'), so recovered_new 8 for 西安市 (not a single institution's count); 截至2月22日9时 -> 2月22日",
        source="http://www.cneb.gov.cn/2020/02/23/ARTI1582433660879800.shtml",
    ),
    dict(
        id="ho-fd-sn-0210-xianyang-9h-patients-trad",
        text=(
            "截至2月10日10時,陜西新增5例新冠肺炎確診病例,新增疑似病例88例。新增確診病例中,西安市2例、咸陽市1例、渭南市1例、安康市1例。陜西累計報告新冠肺炎確診病例213例(26例治愈出院),其中輸入性病例111例,密切接觸者90例,無明確接觸史病例12例。累計確診病例中,西安市98例、寶雞市13例、咸陽市17例、銅川市8例、渭南市14例、延安市8例、榆林市3例、漢中市21例、安康市22例、商洛市7例、楊凌示范區(qū)1例,韓城市1例。全省現(xiàn)有疑似病例375例。全省新增密切接觸者964人,累計10986人,均集中醫(yī)學觀察。新增解除密切接觸者677人,累計解除密切接觸者5303人。\n"
            "患者1,女,55歲,現(xiàn)居西安市碑林區(qū),在西安市東門人人樂超市上班。1月26日出現(xiàn)癥狀,1月28日到西安市第四醫(yī)院就診,遵醫(yī)囑服藥未見好轉(zhuǎn),1月30日癥狀加重,再次到西安市第四醫(yī)院就診,被診斷為新冠肺炎疑似病例,當天被轉(zhuǎn)至陜西省傳染病院(西安市第八醫(yī)院)隔離治療。2月10日被診斷為新冠肺炎。目前在陜西省傳染病院(西安市第八醫(yī)院)隔離治療。\n"
            "患者2,女,70歲,現(xiàn)居西安市蓮湖區(qū),曾與2月8日確診患者4有共同參加葬禮經(jīng)歷。1月25日出現(xiàn)癥狀,1月30日癥狀加重,2月1日、2月2日到蓮湖區(qū)豐盛園社區(qū)衛(wèi)生服務(wù)站就診,自行服藥未見好轉(zhuǎn)。2月3日到陜西省康復(fù)醫(yī)院就診,2月4日被轉(zhuǎn)至西安市胸科醫(yī)院就診。2月10日被診斷為新冠肺炎。目前在西安市胸科醫(yī)院隔離治療。"
        ),
        published="2020-02-10",
        city="咸阳市",
        expect=[
            ("confirmed_new", "咸阳市", "2020-02-10", 1, "", ""),
            ("confirmed_total", "咸阳市", "2020-02-10", 17, "", ""),
        ],
        note="Shaanxi's 10时 reporting window: '截至2月10日10時…新增5例' is dated 2月10日; the patient paragraphs are 西安 residents (碑林區, 蓮湖區) and '2月8日確診患者4' is an ordinal; the province's 輸入性/密切接觸者 splits and contact counts are 陕西's; page date not shown, published taken as the bulletin day",
        source="http://111bq.cn/news/shannxi/373977.html",
    ),
    # ------------------------------------------------------------------ home = one city: Guangxi
    dict(
        id="ho-fd-gx-0214-beihai-new-and-deaths",
        text=(
            "位置:首页 > 资讯首页 > 各地动态 > 正文\n"
            "\n"
            "2月14日广西新增新冠肺炎9例,计报告确诊病例235例\n"
            "\n"
            "2020/2/15 15:40:58 来源:中国新闻网 作者\n"
            "\n"
            "(抗击新冠肺炎)广西新冠肺炎确诊病例增至235例 防控不搞简单化\n"
            "\n"
            "中新网南宁2月15日电(记者 黄艳梅)广西壮族自治区卫生健康委员会15日通报,2月14日0-24时,广西共新增新型冠状病毒肺炎确诊病例9例,新增疑似病例44例,新增治愈出院病例5例,无新增死亡病例。目前广西累计报告确诊病例235例。\n"
            "\n"
            "根据通报,2月14日广西新增确诊病例中,南宁市2例、柳州市2例、北海市3例、玉林市1例、河池市1例。新增治愈出院病例中,南宁市1例、北海市3例、钦州市1例。\n"
            "\n"
            "在广西平果县四塘镇,党员先锋队助力复工复产工作。 平果宣 摄\n"
            "\n"
            "目前广西累计出院病例40例。现有疑似病例181例,重症病例6例(南宁市2例、贵港市1例、玉林市1例、河池市2例),危重病例6例(南宁市1例、桂林市2例、防城港市2例、河池市1例),累计死亡病例2例(河池市1例、北海市1例)。\n"
            "\n"
            "目前广西累计确诊病例中,南宁市49例、柳州市24例、桂林市31例、梧州市5例、北海市43例、防城港市17例、钦州市8例、贵港市8例、玉林市10例、百色市3例、贺州市4例、河池市22例、来宾市11例。目前累计追踪到密切接触者14280人,正在接受医学观察2397人。"
        ),
        published="2020-02-15 15:40",
        city="北海市",
        expect=[
            ("confirmed_new", "北海市", "2020-02-14", 3, "", ""),
            ("recovered_new", "北海市", "2020-02-14", 3, "", ""),
            ("deaths_total", "北海市", "2020-02-14", 1, "", ""),
            ("confirmed_total", "北海市", "2020-02-14", 43, "", ""),
        ],
        note="the 目前… paragraphs state no date and take 2月14日 from the opening ones; 北海 appears in the new-case list, the new-discharge list, the bracketed death list and the total list; 无新增死亡病例 is 广西's; the photo caption (平果县) is no figure",
        source="https://wap.tech-food.com/news/detail/n1434849.htm",
    ),
    # ------------------------------------------------------------------ home = one city: Heilongjiang
    dict(
        id="ho-fd-hl-0130-suihua-deaths-trad",
        text=(
            "最新疫情通報:新增確診病例16例 新增重癥病例3例\n"
            "2020-01-31 09:05:35 來源:黑龍江省衛生健康委員會  作者:\n"
            "\n"
            "  東北網1月31日訊 2020年1月30日0-24時,黑龍江省報告新型冠狀病毒感染的肺炎新增確診病例16例。新增重癥病例3例。新增死亡病例1例為綏化市確診病例。新增疑似病例74例。\n"
            "\n"
            "  截至1月30日24時,黑龍江省累計報告新型冠狀病毒感染的肺炎確診病例59例,其中:哈爾濱市18例、齊齊哈爾市3例、牡丹江市2例、佳木斯市8例、大慶市7例、雞西市2例、雙鴨山市1例、七臺河市3例、鶴崗市1例、綏化市12例、大興安嶺地區2例;累計重癥病例7例。死亡病例2例為綏化市確診病例。累計報告疑似病例128例。\n"
            "\n"
            "  全省當日發熱門診診療人數2824人。目前追蹤到密切接觸者1869人,已解除醫學觀察462人,尚有1389人正在接受醫學觀察。"
        ),
        published="2020-01-31 09:05",
        city="绥化市",
        expect=[
            ("deaths_new", "绥化市", "2020-01-30", 1, "", ""),
            ("confirmed_total", "绥化市", "2020-01-30", 12, "", ""),
            ("deaths_total", "绥化市", "2020-01-30", 2, "", ""),
        ],
        note="deaths attributed to the city in prose ('新增死亡病例1例為綏化市確診病例', '死亡病例2例為綏化市確診病例'); 累計重癥病例7例 is the province's; fever-clinic visits are no case figure; traditional, simplified region",
        source="https://heilongjiang.big5.dbw.cn/system/2020/01/31/058328148.shtml",
    ),
    dict(
        id="ho-fd-hl-0314-qiqihar-current-list-trad",
        text=(
            "【香港商報網訊】記者 付彥華 張曉磊 報導:3月15日,記者從黑龍江省政府新聞辦公室召開的第33場「黑龍江省應對新冠肺炎疫情聯防聯控進展情況」系列新聞發佈會上獲悉,2020年3月14日0-24時,黑龍江省無新增確診病例。無新增疑似病例。新增治癒出院病例6例。無新增死亡病例。\n"
            "發佈會現場 付彥華/攝\n"
            "通報數據顯示,截至3月14日24時,黑龍江省報告新型冠狀病毒肺炎確診病例482例。現有治癒出院病例453例,其中:哈爾濱市187例、雙鴨山市48例、雞西市46例、綏化市41例、齊齊哈爾市40例、大慶市23例、七台河市17例、佳木斯市15例、牡丹江市15例、黑河市13例、鶴崗市5例、大興安嶺地區2例、伊春市1例。現有確診病例16例,其中:哈爾濱市7例、齊齊哈爾市2例、大慶市2例、綏化市2例、雙鴨山市1例、黑河市1例、大興安嶺地區1例。現有重症病例5例。無疑似病例。死亡確診病例13例。\n"
            "全省當日發熱門診診療人數1265人。目前追蹤到密切接觸者16415人,已解除醫學觀察16118人,尚有168人正在接受醫學觀察。"
        ),
        published="2020-03-15",
        city="齐齐哈尔市",
        expect=[
            ("recovered_total", "齐齐哈尔市", "2020-03-14", 40, "", ""),
            ("hospitalized", "齐齐哈尔市", "2020-03-14", 2, "", ""),
        ],
        note="'現有治癒出院病例453例' is the cumulative recovered count despite 現有 (discharged people are not current patients) -> recovered_total for the list; '現有確診病例16例,其中…' is the current list -> hospitalized; the photo caption is chrome",
        source="http://hkcd.com/content_p/2020-03/15/content_92228.html",
    ),
    # ------------------------------------------------------------------ home = one city: Chongqing
    dict(
        id="ho-fd-cq-0227-district-discharges",
        text=(
            "2020年2月27日0—24时,重庆市无新冠肺炎新增确诊病例报告,新增治愈出院病例17例。\n"
            "\n"
            "新增治愈出院病例中,万州区2例、渝中区1例、江北区1例、九龙坡区1例、渝北区2例、开州区1例、丰都县1例、垫江县2例、奉节县4例、石柱县1例、两江新区1例。\n"
            "\n"
            "截至2月27日24时,重庆市现有在院确诊病例169例(其中重型病例8例、危重型病例5例),累计死亡病例6例,累计治愈出院病例401例,累计报告确诊病例576例。累计追踪到密切接触者23481人,已解除医学观察22858人,尚有623人正在接受医学观察。\n"
            "\n"
            "重庆28日最新通报:无新冠肺炎新增确诊病例\n"
            "\n"
            "来源:央视新闻"
        ),
        published="2020-02-28",
        city="重庆市",
        expect=[
            ("confirmed_new", "重庆市", "2020-02-27", 0, "", ""),
            ("recovered_new", "重庆市", "2020-02-27", 17, "", ""),
            ("recovered_new", "万州区", "2020-02-27", 2, "", ""),
            ("recovered_new", "渝中区", "2020-02-27", 1, "", ""),
            ("recovered_new", "江北区", "2020-02-27", 1, "", ""),
            ("recovered_new", "九龙坡区", "2020-02-27", 1, "", ""),
            ("recovered_new", "渝北区", "2020-02-27", 2, "", ""),
            ("recovered_new", "开州区", "2020-02-27", 1, "", ""),
            ("recovered_new", "丰都县", "2020-02-27", 1, "", ""),
            ("recovered_new", "垫江县", "2020-02-27", 2, "", ""),
            ("recovered_new", "奉节县", "2020-02-27", 4, "", ""),
            ("recovered_new", "石柱县", "2020-02-27", 1, "", ""),
            ("recovered_new", "两江新区", "2020-02-27", 1, "", ""),
            ("hospitalized", "重庆市", "2020-02-27", 169, "", ""),
            ("severe", "重庆市", "2020-02-27", 8, "", ""),
            ("critical", "重庆市", "2020-02-27", 5, "", ""),
            ("deaths_total", "重庆市", "2020-02-27", 6, "", ""),
            ("recovered_total", "重庆市", "2020-02-27", 401, "", ""),
            ("confirmed_total", "重庆市", "2020-02-27", 576, "", ""),
            ("close_contacts_total", "重庆市", "2020-02-27", 23481, "", ""),
            ("observation_released_total", "重庆市", "2020-02-27", 22858, "", ""),
            ("observation", "重庆市", "2020-02-27", 623, "", ""),
        ],
        note="municipality = home; the district discharge list breaks the 17 down (a zone keeps its name: 两江新区); 现有在院确诊 -> hospitalized with 重型/危重型 inside; the trailing headline '重庆28日最新通报' repeats the 无新增 of 2月27日 (28日 is the report day)",
        source="http://www.ckhq.net/arc/hqck/jiankang/2020/0228/515785.html",
    ),
    # ------------------------------------------------------------------ home = one city: Tianjin
    dict(
        id="ho-fd-tj-0207-baodi-new-severe-trad",
        text=(
            "天津新增2例新型冠狀病毒感染的肺炎確診病例 累計確診81例\n"
            "\n"
            "2020-02-08 10:05 來源:央視新聞\n"
            "\n"
            "2月7日0—24時,天津市報告新型冠狀病毒感染的肺炎新增確診病例2例,新增危重型病例0例,新增重型病例4例,新增死亡病例0例,新增出院病例0例。其中:新增確診病例中寶坻區(qū)2例。\n"
            "\n"
            "截至2月7日24時,天津市累計報告新型冠狀病毒感染的肺炎確診病例81例,危重型病例5例,重型病例32例,死亡病例1例,出院病例2例。其中:\n"
            "\n"
            "確診病例中,寶坻區(qū)23例、河東區(qū)10例、河北區(qū)10例、和平區(qū)6例、河西區(qū)4例、寧河區(qū)4例、東麗區(qū)4例、西青區(qū)4例、南開區(qū)3例、濱海新區(qū)3例、紅橋區(qū)2例、津南區(qū)1例、北辰區(qū)1例、外地來津6例;出院病例中,河東區(qū)1例、紅橋區(qū)1例。\n"
            "\n"
            "目前追蹤到密切接觸者621人,已解除醫(yī)學(xué)觀察82人,尚有518人正在接受醫(yī)學(xué)觀察。\n"
            "\n"
            "責編:張澤昕"
        ),
        published="2020-02-08 10:05",
        city="天津市",
        expect=[
            ("confirmed_new", "天津市", "2020-02-07", 2, "", ""),
            ("severe_new", "天津市", "2020-02-07", 4, "", ""),
            ("deaths_new", "天津市", "2020-02-07", 0, "", ""),
            ("recovered_new", "天津市", "2020-02-07", 0, "", ""),
            ("confirmed_new", "宝坻区", "2020-02-07", 2, "", ""),
            ("confirmed_total", "天津市", "2020-02-07", 81, "", ""),
            ("critical", "天津市", "2020-02-07", 5, "", ""),
            ("severe", "天津市", "2020-02-07", 32, "", ""),
            ("deaths_total", "天津市", "2020-02-07", 1, "", ""),
            ("recovered_total", "天津市", "2020-02-07", 2, "", ""),
            ("confirmed_total", "宝坻区", "2020-02-07", 23, "", ""),
            ("confirmed_total", "河东区", "2020-02-07", 10, "", ""),
            ("confirmed_total", "河北区", "2020-02-07", 10, "", ""),
            ("confirmed_total", "和平区", "2020-02-07", 6, "", ""),
            ("confirmed_total", "河西区", "2020-02-07", 4, "", ""),
            ("confirmed_total", "宁河区", "2020-02-07", 4, "", ""),
            ("confirmed_total", "东丽区", "2020-02-07", 4, "", ""),
            ("confirmed_total", "西青区", "2020-02-07", 4, "", ""),
            ("confirmed_total", "南开区", "2020-02-07", 3, "", ""),
            ("confirmed_total", "滨海新区", "2020-02-07", 3, "", ""),
            ("confirmed_total", "红桥区", "2020-02-07", 2, "", ""),
            ("confirmed_total", "津南区", "2020-02-07", 1, "", ""),
            ("confirmed_total", "北辰区", "2020-02-07", 1, "", ""),
            ("recovered_total", "河东区", "2020-02-07", 1, "", ""),
            ("recovered_total", "红桥区", "2020-02-07", 1, "", ""),
            ("close_contacts_total", "天津市", "2020-02-07", 621, "", ""),
            ("observation_released_total", "天津市", "2020-02-07", 82, "", ""),
            ("observation", "天津市", "2020-02-07", 518, "", ""),
        ],
        note="traditional with pinyin residue; 新增重型病例4例 -> severe_new; 新增危重型病例0例 has no metric (no critical_new in the vocabulary); the 危重型5/重型32 after 累計報告…81例 are read as current severe/critical; '外地來津6例' is no place; '新增出院病例0例' -> recovered_new 0",
        source="http://yqmw666.cn/2020/02/08/ARTI1581127483997544.shtml",
    ),
    dict(
        id="ho-fd-tj-0216-ordinals-residence",
        text=(
            "原标题:天津新增2例新冠肺炎确诊病例,累计确诊124例\n"
            "记者从市疾控中心获悉,2月15日18时至2月16日6时,天津新增新冠肺炎确诊病例2例,累计确诊病例124例。\n"
            "第123例患者,男,74岁,现居住于天津市河东区大直沽街,无武汉旅行和工作史,系第95例、116例确诊病例的亲属,为密切接触者。该患者2月10日被送至隔离点进行隔离医学观察;2月10日至14日期间共进行4次核酸检测,第4次核酸检测结果为阳性;2月16日经市专家组确诊为我市第123例病例,分型待定。目前已转至海河医院治疗,其密切接触者除确诊病例外,均在集中隔离观察中。\n"
            "第124例患者,女,66岁,现居住于天津市宝坻区宝平街,无武汉旅行和工作史。该患者1月21日与丈夫到宝坻区百货大楼购物;1月25日全家聚餐;1月30日全家聚餐。该患者2月9日出现气喘、咳嗽等症状,无发热,自行服药后症状缓解;2月14日出现发热;2月15日到宝坻区人民医院发热门诊就诊;2月16日核酸检测结果为阳性,经市专家组确诊为我市第124例病例,分型待定。目前已转至海河医院治疗,对已判定的3名密切接触者进行隔离医学观察,其他密切接触者正在排查中,已对其住所进行终末消毒。据进一步流行病学调查获悉,1月24日其丈夫单独前往百货大楼购物并于2月4日出现鼻塞、流涕、头胀等症状,于2月15日自觉发热,由120送宝坻区人民医院发热门诊就诊,被诊断为新型冠状病毒肺炎疑似病例并报告,目前检测正在进行中。\n"
            "截至目前,天津累计报告新冠肺炎确诊病例124例,其中男性66例,女性58例;危重型5例、重型23例、普通型53例、轻型1例,分型待定2例,治愈出院37例,死亡3例。疑似病例351例。累计排查密切接触者1522例,其中已确诊37人,已解除医学观察787人,尚有698人正在接受医学观察。"
        ),
        published="2020-02-16",
        city="天津市",
        expect=[
            ("confirmed_new", "天津市", "2020-02-16", 2, "", ""),
            ("confirmed_total", "天津市", "2020-02-16", 124, "", ""),
            ("critical", "天津市", "2020-02-16", 5, "", ""),
            ("severe", "天津市", "2020-02-16", 23, "", ""),
            ("recovered_total", "天津市", "2020-02-16", 37, "", ""),
            ("deaths_total", "天津市", "2020-02-16", 3, "", ""),
            ("suspected", "天津市", "2020-02-16", 351, "", ""),
            ("close_contacts_total", "天津市", "2020-02-16", 1522, "", ""),
            ("observation_released_total", "天津市", "2020-02-16", 787, "", ""),
            ("observation", "天津市", "2020-02-16", 698, "", ""),
        ],
        note="half-day window 2月15日18时至2月16日6时 -> 2月16日; 第123例/第124例/第95例/第116例 and 第4次 are ordinals; the patients' residence districts (河东区, 宝坻区) give no district tuples (the count is 天津's); one patient's 3名密切接触者 and the husband's suspected diagnosis are no city figures; '截至目前' has no date and takes 2月16日 from the opening paragraph; 治愈出院37例 inside the 截至 list is cumulative; page date not shown, published taken as the bulletin day",
        source="https://news.shi-fen.com/china/202002/50-626460.html",
    ),
    # ------------------------------------------------------------------ home = one city: Beijing
    dict(
        id="ho-fd-bj-0216-benshi-source-line-districts",
        text=(
            "北京疫情2月17日最新通报:新增确诊1例 累计治愈人数\n"
            "\n"
            "北京卫健委   2020-02-17 11:10\n"
            "\n"
            "  2月16日0时至24时,本市新增1例新冠肺炎确诊病例,其否认确诊病例接触史,正在进一步核实,已送至定点医疗机构进行救治。现有疑似病例116例。新增密切接触者71例,累计确定密切接触者1920例,其中1132例已解除医学观察。治愈出院9例。\n"
            "\n"
            "  截至2月16日24时,本市累计确诊病例381例。其中出院114例,死亡4例。东城区12例、西城区46例、朝阳区58例、海淀区60例、丰台区39例、石景山区14例、门头沟区3例、房山区16例、通州区18例、顺义区10例、昌平区25例、大兴区39例、怀柔区7例、密云区7例、延庆区1例,外地来京人员26例。平谷区尚未有病例。"
        ),
        published="2020-02-17 11:10",
        city="北京市",
        expect=[
            ("confirmed_new", "北京市", "2020-02-16", 1, "", ""),
            ("suspected", "北京市", "2020-02-16", 116, "", ""),
            ("close_contacts_total", "北京市", "2020-02-16", 1920, "", ""),
            ("observation_released_total", "北京市", "2020-02-16", 1132, "", ""),
            ("recovered_new", "北京市", "2020-02-16", 9, "", ""),
            ("confirmed_total", "北京市", "2020-02-16", 381, "", ""),
            ("recovered_total", "北京市", "2020-02-16", 114, "", ""),
            ("deaths_total", "北京市", "2020-02-16", 4, "", ""),
            ("confirmed_total", "东城区", "2020-02-16", 12, "", ""),
            ("confirmed_total", "西城区", "2020-02-16", 46, "", ""),
            ("confirmed_total", "朝阳区", "2020-02-16", 58, "", ""),
            ("confirmed_total", "海淀区", "2020-02-16", 60, "", ""),
            ("confirmed_total", "丰台区", "2020-02-16", 39, "", ""),
            ("confirmed_total", "石景山区", "2020-02-16", 14, "", ""),
            ("confirmed_total", "门头沟区", "2020-02-16", 3, "", ""),
            ("confirmed_total", "房山区", "2020-02-16", 16, "", ""),
            ("confirmed_total", "通州区", "2020-02-16", 18, "", ""),
            ("confirmed_total", "顺义区", "2020-02-16", 10, "", ""),
            ("confirmed_total", "昌平区", "2020-02-16", 25, "", ""),
            ("confirmed_total", "大兴区", "2020-02-16", 39, "", ""),
            ("confirmed_total", "怀柔区", "2020-02-16", 7, "", ""),
            ("confirmed_total", "密云区", "2020-02-16", 7, "", ""),
            ("confirmed_total", "延庆区", "2020-02-16", 1, "", ""),
            ("confirmed_total", "平谷区", "2020-02-16", 0, "", ""),
        ],
        note="本市 = 北京 (source line 北京卫健委); published 11:10 but dated in the text (2月16日); '治愈出院9例' in the day's paragraph is a discharge report -> recovered_new; '其中出院114例' under 截至 is the total; 新增密切接触者71例 has no metric; '外地来京人员26例' is no place; 平谷区尚未有病例 -> confirmed_total 0",
        source="http://m.mnw.cn/news/china/2250944.html",
    ),
    # ------------------------------------------------------------------ corpora without a home city: a provincial press conference, Hong Kong / Taiwan items
    dict(
        id="ho-fd-none-hk-0206-morning-repost-trad",
        text=(
            "香港再增2例新型冠狀病毒感染肺炎確診病例\n"
            "\n"
            "2020年02月07日 09:16 | 來源:新華網\n"
            "分享到: \n"
            "\n"
            "新華社香港2月6日電(記者方棟)香港特區政府衛生署衛生防護中心6日晚間通報,截至當晚8時,香港再增2例新型冠狀病毒感染的肺炎確診病例,目前確診病例累計總數增至24例。\n"
            "\n"
            "衛生防護中心介紹,其中一個病例是1名居于筲箕灣道、過往健康狀況良好的63歲女子,自1月26日起出現咳嗽和疲倦等癥狀。患者的數名家人都沒有出現病征,但將安排接受檢疫。另一病例是1名獨居于沙田、有長期病患的65歲女子,自1月28日起出現發燒和咳嗽等癥狀,目前情況嚴重。兩位患者在潛伏期內都無外游記錄。"
        ),
        published="2020-02-07 09:16",
        city=None,
        expect=[
            ("confirmed_new", "香港", "2020-02-06", 2, "", ""),
            ("confirmed_total", "香港", "2020-02-06", 24, "", ""),
        ],
        note="published the next morning; the text dates the figures itself (6日…截至當晚8時) -> 2月6日; one patient's '目前情況嚴重' is her condition, not a count of severe cases; 筲箕灣/沙田 are residences",
        source="http://m.csgzkj.com/c/2020-02-07/2515996.shtml",
    ),
    dict(
        id="ho-fd-none-hk-0421-benkang-ordinals-trad",
        text=(
            "2020-4-21 16:50 本港今日新增4宗武漢新型冠狀病毒肺炎確診個案,累積至1,030宗,包括一宗懷疑個案。衛生署衛生防護中心傳染病處主任張竹君表示,新增患者全部都是由外地返港後確診。 張竹君稱,第1,027及1,028宗個案的患者是兩夫婦,身處美國時已經感到不適,但病徵曾有好轉,其後在美國返港,在亞博館接受檢測後呈陽性。第... 阅读更多"
        ),
        published="2020-04-21 16:50",
        city=None,
        expect=[
            ("confirmed_new", "香港", "2020-04-21", 4, "", ""),
            ("confirmed_total", "香港", "2020-04-21", 1030, "", ""),
        ],
        note="本港 = 香港 (a Hong Kong report); 1,030 with a thousands comma, the total as stated (it includes one suspected case); the 4 are the day's whole count, all returnees, kept; 第1,027及1,028宗 are ordinals; 美國 is travel history",
        source="https://chinese.irakyat.my/?p=100277",
    ),
    dict(
        id="ho-fd-none-tw-cdc-0302-world-list-trad",
        text=(
            "全球-新型冠狀病毒肺炎\n"
            "\n"
            "\n"
            "\n"
            "  • 中國大陸整體疫情趨勢持平,湖北省近1日新增確診病例數下降。全國截至3/2 15:30累計80,026例確診,其中2,912例死亡(CFR:3.6%)。將持續關注復課時間及各省市復工後疫情變化,以及台商回流之效應。\n"
            "  • 中國大陸以外國家/地區:累計67國/地區8,783例確診,較昨日新增5國,其中130例死亡,病例數以韓國4,212例、義大利1,577例、伊朗978例、國際運輸工具(日本鑽石公主號)687例及日本253例為多。另韓國、義大利及伊朗確診病例數快速增加,報告病例國家持續增加;歐洲及中東地區疫情迅速擴散。\n"
            "最後更新日期 2020/3/3"
        ),
        published="2020-03-03",
        city=None,
        expect=[
            ("confirmed_total", "全国", "2020-03-02", 80026, "", ""),
            ("deaths_total", "全国", "2020-03-02", 2912, "", ""),
            ("confirmed_total", "韩国", "2020-03-02", 4212, "", ""),
            ("confirmed_total", "意大利", "2020-03-02", 1577, "", ""),
            ("confirmed_total", "伊朗", "2020-03-02", 978, "", ""),
            ("confirmed_total", "钻石公主号", "2020-03-02", 687, "", ""),
            ("confirmed_total", "日本", "2020-03-02", 253, "", ""),
        ],
        note="Taiwan CDC travel page: 中國大陸/全國 -> 全国; the second bullet has no date of its own and takes 3/2 from the first; the 67-country aggregate (8,783, 130) is no place; 國際運輸工具(日本鑽石公主號) -> 钻石公主号; 義大利 -> 意大利; CFR 3.6% is no metric; '湖北省近1日新增…下降' has no number",
        source="https://www.cdc.gov.tw/TravelEpidemic/Detail/6U0eCorDVCOBl2dEQchLcQ?epidemicId=Zlxa3Amnf0ktDECFK3joWA",
    ),
    dict(
        id="ho-fd-none-sn-0207-press-six-places",
        text=(
            "华商网讯 2月7日下午,陕西省新型冠状病毒感染的肺炎疫情防控工作情况第八场新闻发布会举行。陕西省应对新型冠状病毒感染肺炎疫情工作领导小组办公室医疗救治组组长、省卫生健康委副主任、新闻发言人刘岭通报疫情相关情况。\n"
            "截止2月7日10时,全省新增11例新型冠状病毒感染肺炎确诊病例,新增确诊病例中,西安市6例,宝鸡市2例,铜川市1例,汉中市1例,商洛市1例。累计确诊病例184例,其中输入性病例105例。\n"
            "新增疑似病例70例,累计疑似病例260例。新增密切接触者654人,累计8309人,均集中医学观察。173例住院患者中,普通型患者163例,约占94.2%;经省级专家确定的危重型患者6例,重型患者4例,重型和危重型患者共10例,约占6.0%;死亡病例0例;医护人员感染0例。重型和危重型患者全部集中在唐都医院救治。\n"
            "编辑:谢磊"
        ),
        published="2020-02-07",
        city=None,
        expect=[
            ("confirmed_new", "陕西省", "2020-02-07", 11, "", ""),
            ("confirmed_new", "西安市", "2020-02-07", 6, "", ""),
            ("confirmed_new", "宝鸡市", "2020-02-07", 2, "", ""),
            ("confirmed_new", "铜川市", "2020-02-07", 1, "", ""),
            ("confirmed_new", "汉中市", "2020-02-07", 1, "", ""),
            ("confirmed_new", "商洛市", "2020-02-07", 1, "", ""),
            ("confirmed_total", "陕西省", "2020-02-07", 184, "", ""),
            ("close_contacts_total", "陕西省", "2020-02-07", 8309, "", ""),
            ("observation", "陕西省", "2020-02-07", 8309, "", ""),
            ("hospitalized", "陕西省", "2020-02-07", 173, "", ""),
            ("critical", "陕西省", "2020-02-07", 6, "", ""),
            ("severe", "陕西省", "2020-02-07", 4, "", ""),
            ("deaths_total", "陕西省", "2020-02-07", 0, "", ""),
        ],
        note="全省 = 陕西 (the press conference names the province); 截止2月7日10时 -> 2月7日; '累计8309人,均集中医学观察' gives the contacts total and, stated for all of them, the number under observation; 累计疑似病例260例 is cumulative suspected (no metric); 输入性病例105例 and the 重型和危重型共10例 sum are subsets/sums; percentages and 医护人员感染0例 have no metric; 唐都医院 is an institution",
        source="http://news.hsw.cn/system/2020/0207/1153591.shtml",
    ),
    dict(
        id="ho-fd-none-hk-0331-confirmed-vs-cases-trad",
        text=(
            "新聞\n"
            "\n"
            "本港累計確診個案突破700宗 14人待送院\n"
            "\n"
            "星島日報\n"
            "更新於 2020年03月31日13:03 • 發布於 2020年03月31日13:02\n"
            "\n"
            "衞生署衞生防護中心公布,截至今日下午4時,中心正調查32宗新增2019冠狀病毒病確診個案,至今本港個案累計715宗(包括714宗確診個案和一宗疑似個案)。\n"
            "今日公布的新增個案涉及19男13女,年齡介乎11至86歲,當中24人曾於潛伏期身處外地,13人為留學生。衞生防護中心正繼續跟進確診個案的流行病學調查及接觸者追蹤的工作。另外,有14人有待送院。\n"
            "衞生防護中心已設立熱線(2125 1111及2125 1122)供市民查詢,熱線每日上午8時至午夜12時運作。截至今日下午4時,熱線共接獲74 625個查詢。"
        ),
        published="2020-03-31 13:02",
        city=None,
        expect=[
            ("confirmed_new", "香港", "2020-03-31", 32, "", ""),
            ("confirmed_total", "香港", "2020-03-31", 714, "", ""),
        ],
        note="本港 = 香港; the case count 715 includes a suspected case and the text gives the confirmed 714 separately: confirmed_total 714; the headline's '突破700宗' rounds it; sex/age split, 24 with travel, 13 students, 14 awaiting admission, hotline numbers and 74 625 enquiries are no case figures",
        source="https://today.line.me/hk/v2/amp/article/nO1o7J",
    ),
    dict(
        id="ho-fd-none-hk-0420-zero-rthk-trad",
        text=(
            "本港今日零確診 周三起通宵等結果抵港人士到酒店留宿 Apr 20, 2020 衞生防護中心公布,新型肺炎確診個案今日錄得「零感染」,是過去一個月以來首次。 有傳染病專家說,疫情有緩和跡象,但不能夠確定已完全中斷傳播。 另外,衞生署宣布,星期三起安排需要通宵等待檢測結果的抵港人士到九龍城富豪東方酒店,留宿一日等候檢測結果。"
        ),
        published="2020-04-20",
        city=None,
        expect=[
            ("confirmed_new", "香港", "2020-04-20", 0, "", ""),
        ],
        note="RTHK item (mirror): 本港今日零確診 / 錄得「零感染」 -> confirmed_new 0 for 香港 on the day; '過去一個月以來首次' is no figure; a quarantine hotel is no place",
        source="https://agora0.github.io/2004/rthk/2020/04/20/RTHK-%E6%9C%AC%E6%B8%AF%E4%BB%8A%E6%97%A5%E9%9B%B6%E7%A2%BA%E8%A8%BA-%E5%91%A8%E4%B8%89%E8%B5%B7%E9%80%9A%E5%AE%B5%E7%AD%89%E7%B5%90%E6%9E%9C%E6%8A%B5%E6%B8%AF%E4%BA%BA%E5%A3%AB%E5%88%B0%E9%85%92%E5%BA%97%E7%95%99%E5%AE%BF.html",
    ),
]
