"""Golden extraction cases from REAL texts, second blind holdout set (Jan-Apr 2020).

Short verbatim excerpts (words, numbers, punctuation, page chrome and garbling left as
found; excerpts trimmed only at sentence or paragraph boundaries) of public Chinese pages:
provincial and city bulletins, resumption reports, reposts and traditional-character
mirrors, from Qinghai, Ningxia, Xinjiang, Tibet, Hubei (Jingzhou, Shiyan, Jingmen,
Hanchuan), Anhui (Bengbu, Wuhu, Maanshan, Huangshan, Chizhou, Xuancheng), Shandong
(Weifang, Yantai, Zaozhuang, Linyi), Henan, Fujian, Guizhou, Yunnan, Guangxi, Guangdong
(Hong Kong papers), Heilongjiang, Jilin, Hebei, Gansu and Macau. Same format and
conventions as dev_cases.py (read its docstring) and FORMAT.md; `source` is the page the
excerpt was read from. Written without looking at the extractor: keep this set out of
any tuning loop and use it only to measure.

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Reading choices made here where dev_cases.py is silent (each case's note says which):

* Regions are canonical simplified names even in traditional texts; bare county names get
  their suffix (雨山 -> 雨山区, 含山 -> 含山县, 屈家岭 -> 屈家岭管理区); a city prefix is
  dropped from a zone (十堰经济技术开发区 -> 经济技术开发区); a named aggregate area
  of the city (荆州 "中心城区") is kept as written, as a region of its own.
* A province-level none-statement or "其他市州无报告病例" that does not name the home city
  gives the home city no tuple (as in dev_realworld.py); a group statement that names the
  home city (黄山、…、芜湖…复工复产率均超60%) gives it the figure with its qualifier.
* 现无疑似病例 -> suspected 0 (a current count stated as none); 均已出院 after 累计确诊N例
  -> recovered_total N (as 全部治愈出院); 累计(医学观察)密切接触者N人 -> close_contacts_total.
* Two breakdowns of the same total by different rules (Yantai: by hospital county and by
  residence) are both stated figures: both tuples are expected.
* Per-patient contact counts (已追踪到密切接触者12人 for one patient) are not city figures.
* 复产N户 / 复产率 counting enterprises (N of M enterprises) is resumed / resumption_rate;
  复工复产率 is resumption_rate.
* Published dates: the page's own date; for ttnews.xyz mirrors the date printed on the
  page, else the ObjectId timestamp of the repost.
"""

CASES = [
    # ================================================================ 1. provincial bulletins: Qinghai, Ningxia, Xinjiang, Tibet
    dict(
        id="ho-rw-qh-0210-xining-trad-pinyin-residue",
        text=(
            "2020年2月10日0—24時(shí),青海省報(bào)告新型冠狀病毒肺炎新增確診病例0例,新增重癥病例2例,新增死亡病例0例,新增出院病例0例。當(dāng)日無(wú)新增確診病例和疑似病例。\n"
            "截至2月10日24時(shí),青海省累計(jì)報(bào)告新型冠狀病毒肺炎確診病例18例,其中:重癥病例3例,死亡病例0例,出院病例3例。累計(jì)確診病例中,西寧市15例,海北州3例,尚有15例確診患者住院治療。\n"
            "目前累計(jì)追蹤到密切接觸者435人,已解除醫(yī)學(xué)觀察51人,尚有384人正在接受醫(yī)學(xué)觀察。"
        ),
        published="2020-02-11",
        city="西宁市",
        expect=[
            ("confirmed_total", "西宁市", "2020-02-10", 15, "", ""),
        ],
        note="traditional mirror with pinyin residue (時(shí)); only 西寧市15例 is the city's; 尚有15例…住院治療 and the contact triple are the province's",
        source="http://yqmw666.cn/2020/02/11/ARTI1581388611381263.shtml",
    ),
    dict(
        id="ho-rw-qh-0203-xining-other-prefectures-none",
        text=(
            "我的位置: 首页 > 要闻 > 正文\n\n青海新增确诊病例2例,累计15例\n\n"
            "  2020年2月3日0-24时,青海省报告新型冠状病毒感染的肺炎新增确诊病例2例,新增重症病例0例,新增死亡病例0例,新增出院病例0例。其中:海北州报告新增确诊病例2例,其他市州无报告病例。\n\n\n"
            "  截至2月3日24时,青海省累计报告新型冠状病毒感染的肺炎确诊病例15例,其中:重症病例1例,死亡病例0例,出院病例0例。确诊病例中,西宁市12例,海北州3例。\n\n\n"
            "  目前追踪到密切接触者284人,当日解除医学观察3人,尚有281人正在接受医学观察。\n\n\n"
            "    来源/青海省卫健委\n\n责任编辑/周梓颜"
        ),
        published="2020-02-04",
        city="西宁市",
        expect=[
            ("confirmed_total", "西宁市", "2020-02-03", 12, "", ""),
        ],
        note="其他市州无报告病例 does not name 西宁市, so no confirmed_new 0 for it (convention question); the new 2 are 海北州's",
        source="http://www.ddcpc.cn/news/202002/t20200204_803077.shtml",
    ),
    dict(
        id="ho-rw-neg-qh-0215-haidong-province-streak",
        text=(
            "每日疫情丨青海连续10天无新增确诊病例啦!\n\n"
            "时间:2020-02-16 22:32 来源:省卫健委 作者:消息 浏览:次    \n\n"
            "  2020年2月15日0-24时,青海省报告新型冠状病毒肺炎新增确诊病例0例,新增重症病例0例,新增死亡病例0例,新增出院病例2例。当日无新增确诊病例和疑似病例。\n\n"
            "  截至2月15日24时,青海省累计报告新型冠状病毒肺炎确诊病例18例,其中:重症病例2例,死亡病例0例,出院病例13例。累计确诊病例中,西宁市15例,海北州3例。尚有5例确诊患者住院治疗。\n\n"
            "  目前累计追踪到密切接触者437人,已解除医学观察126人,尚有311人正在接受医学观察。\n\n责任编辑:金石"
        ),
        published="2020-02-16",
        city="海东市",
        expect=[],
        note="海东市 is not named: the streak, the none-statements and every count are the province's (or 西宁/海北's)",
        source="http://www.yssnews.com/wangluo/3568.html",
    ),
    dict(
        id="ho-rw-neg-qh-0127-xining-screened-persons",
        text=(
            "青海省卫生委员会主任吴捷报告,疫情爆发后,青海省卫生系统通过加强组织领导、安排防控措施部署、加强疫情监测报告、制定和实施专项防控工作计划等措施,采取了防控疫情的措施。"
            "截至1月27日18: 00,青海省发热门诊共收治发热患者1026例,观察对象99人。省、市(州)疾病预防控制中心网络实验室共对80人进行了核酸检测,其中6人呈阳性。"
            "六例感染新冠状病毒的肺炎病例已经得到确认,无疑与病例相似,并且已经确定了40名密切接触者。所有确诊病例均为武汉绿色回归人员。青海省没有发生新冠状病毒感染的第二代肺炎病例。\n\n"
            "目前,青海省共调查人员7358人,其中西宁市5325人,海东市902人,海西蒙古族藏族自治州451人,海南藏族自治州129人,海北藏族自治州344人,黄南藏族自治州141人,果洛藏族自治州58人,玉树藏族自治州8人。"
            "在指定医疗机构治疗或观察了6例确诊病例和40例密切接触者,所有人员情况稳定。"
        ),
        published=None,
        city="西宁市",
        expect=[],
        note="machine-rewritten repost; 西宁市5325人 counts screened returnees (no metric); 6 confirmed and 40 contacts are the province's",
        source="http://www4.freep.cn/hot/4691245.html",
    ),
    dict(
        id="ho-rw-nx-0215-yinchuan-district-parentheses",
        text=(
            "15日宁夏无新增新型冠状病毒肺炎确诊病例 新增出院病例6例\n\n16.02.2020  20:51\n\n"
            "  2月16日,宁夏应对新型冠状病毒肺炎疫情工作指挥部发布最新全区新型冠状病毒肺炎疫情通报。\n\n"
            "  2020年2月15日0-24时,全区无新增新型冠状病毒肺炎确诊病例。新增出院病例6例(兴庆区2例、金凤区1例、西夏区1例、永宁县1例、中宁县1例)。\n\n"
            "  截至2月15日24时,全区累计报告确诊病例70例,其中银川市33例(兴庆区13例、金凤区8例、西夏区6例、永宁县5例、灵武市1例),石嘴山市1例(大武口区),吴忠市27例(利通区4例、青铜峡市4例、同心县15例、红寺堡区4例),固原市5例(原州区2例、隆德县3例),中卫市3例(沙坡头区2例、中宁县1例),宁东1例(宁东镇)。"
            "累计出院病例33例(兴庆区6例、金凤区6例、西夏区5例、永宁县3例、大武口区1例、利通区3例、红寺堡区3例、原州区2例、沙坡头区2例、中宁县1例、宁东镇1例)。现有疑似病例30例(较14日增加1例)。\n\n"
            "  目前,累计解除隔离医学观察2107人,尚集中隔离医学观察1487人。"
        ),
        published="2020-02-16",
        city="银川市",
        expect=[
            ("recovered_new", "兴庆区", "2020-02-15", 2, "", ""),
            ("recovered_new", "金凤区", "2020-02-15", 1, "", ""),
            ("recovered_new", "西夏区", "2020-02-15", 1, "", ""),
            ("recovered_new", "永宁县", "2020-02-15", 1, "", ""),
            ("confirmed_total", "银川市", "2020-02-15", 33, "", ""),
            ("confirmed_total", "兴庆区", "2020-02-15", 13, "", ""),
            ("confirmed_total", "金凤区", "2020-02-15", 8, "", ""),
            ("confirmed_total", "西夏区", "2020-02-15", 6, "", ""),
            ("confirmed_total", "永宁县", "2020-02-15", 5, "", ""),
            ("confirmed_total", "灵武市", "2020-02-15", 1, "", ""),
            ("recovered_total", "兴庆区", "2020-02-15", 6, "", ""),
            ("recovered_total", "金凤区", "2020-02-15", 6, "", ""),
            ("recovered_total", "西夏区", "2020-02-15", 5, "", ""),
            ("recovered_total", "永宁县", "2020-02-15", 3, "", ""),
        ],
        note="district lists in parentheses without a city sum for recoveries (the 银川 sums 5 and 20 are not stated); 全区无新增 is the region's",
        source="https://yinchuan.baogaosu.com/xinwen/%E6%96%B0%E5%A2%9E%E5%87%BA%E9%99%A2%E7%97%85%E4%BE%8B6%E4%BE%8B%E4%BE%8B/81576546",
    ),
    dict(
        id="ho-rw-nx-0212-shizuishan-single-district",
        text=(
            "宁夏新增6例新冠肺炎确诊病例 累计确诊64例\n时间:2020-02-13 09:38:03 来源:中国新闻网\n"
            "中新网2月13日电 据宁夏卫健委网站消息,2月13日,宁夏应对新型冠状病毒肺炎疫情工作指挥部发布最新全区新型冠状病毒肺炎疫情通报。\n"
            "2020年2月12日0-24时,宁夏报告新增确诊病例6例,新增出院病例2例。\n"
            "截至2月12日24时,宁夏累计报告确诊病例64例,其中银川市32例(兴庆区13例、金凤区8例、西夏区6例、永宁县4例、灵武市1例),石嘴山市1例(大武口区),吴忠市22例(利通区4例、青铜峡市4例、同心县11例、红寺堡区3例),固原市5例(原州区2例、隆德县3例),中卫市3例(沙坡头区2例、中宁县1例),宁东1例(宁东镇)。"
            "累计出院病例24例(兴庆区3例、金凤区4例、西夏区3例、永宁县2例、大武口区1例、利通区3例、红寺堡区3例、原州区2例、沙坡头区2例、宁东镇1例)。现有疑似病例28例(较11日减少3例)。\n"
            "目前,累计解除隔离医学观察1661人,尚集中隔离医学观察1442人。\n"
            "编辑:zmh\n"
            "声明:网上天津登载此文出于传送更多信息之目的,并不意味着赞同其观点或证实其描述。"
        ),
        published="2020-02-13",
        city="石嘴山市",
        expect=[
            ("confirmed_total", "石嘴山市", "2020-02-12", 1, "", ""),
            ("confirmed_total", "大武口区", "2020-02-12", 1, "", ""),
            ("recovered_total", "大武口区", "2020-02-12", 1, "", ""),
        ],
        note="石嘴山市1例(大武口区) is an attribution without a count; the recovery is stated for the district only, never for the city",
        source="https://022tianjin.cn/2020/0213/1874771.html",
    ),
    dict(
        id="ho-rw-nx-0229-zhongwei-comparison-day",
        text=(
            "2月29日宁夏无新增确诊病例 新增出院病例1例\n\n2020年03月01日09:11  来源:人民网-宁夏频道\n \n\n"
            "人民网银川3月1日电(梁宏鑫)今天上午,宁夏应对新型冠状病毒肺炎疫情工作指挥部发布最新全区新型冠状病毒肺炎疫情通报。\n\n"
            "2020年2月29日0-24时,全区无新增新型冠状病毒肺炎确诊病例,新增出院病例1例(同心县1例)。\n\n"
            "截至2月29日24时,全区现有确诊病例4例,累计出院病例69例。全区累计报告确诊病例73例,其中银川市34例(兴庆区13例、金凤区8例、西夏区6例、永宁县5例、灵武市2例),石嘴山市1例(大武口区),吴忠市28例(利通区4例、青铜峡市4例、同心县16例、红寺堡区4例),固原市5例(原州区2例、隆德县3例),中卫市4例(沙坡头区3例、中宁县1例),宁东1例(宁东镇)。现有疑似病例5例(较28日增加1例)。\n\n"
            "目前,累计解除隔离医学观察4342人,尚集中隔离医学观察228人。\n\n(责编:梁宏鑫、宽容)"
        ),
        published="2020-03-01",
        city="中卫市",
        expect=[
            ("confirmed_total", "中卫市", "2020-02-29", 4, "", ""),
            ("confirmed_total", "沙坡头区", "2020-02-29", 3, "", ""),
            ("confirmed_total", "中宁县", "2020-02-29", 1, "", ""),
        ],
        note="leap day; the one recovery is 同心县's (吴忠); 较28日 is a comparison day, not a date for anything",
        source="http://nx.people.com.cn/n2/2020/0301/c192493-33839982.html",
    ),
    dict(
        id="ho-rw-nx-0131-guyuan-suspected-elsewhere",
        text=(
            "原标题:宁夏新增确诊病例5例无新增疑似病例报告\n"
            "2月1日,自治区应对新型冠状病毒感染肺炎疫情工作指挥部发布,1月31日0时至24时,宁夏新增新型冠状病毒感染的肺炎确诊病例5例,无新增疑似病例报告。\n"
            "截至1月31日24时,全区累计报告新型冠状病毒感染的肺炎确诊病例26例(重症2例),现有疑似病例1例。其中银川市15例(兴庆区5例、金凤区5例、西夏区3例、永宁县2例)、吴忠市6例(利通区4例、红寺堡区2例)、固原市2例(原州区2例)、中卫市2例(沙坡头区2例)、宁东1例(宁东镇);累计疑似病例1例(中卫市)。\n"
            "全区共有792例确诊病例密切接触者正在接受集中或居家隔离医学观察,目前未发现异常。(宁夏日报记者周一青王溦)"
        ),
        published="2020-02-01",
        city="固原市",
        expect=[
            ("confirmed_total", "固原市", "2020-01-31", 2, "", ""),
            ("confirmed_total", "原州区", "2020-01-31", 2, "", ""),
        ],
        note="city and its only district both 2; the suspected case is 中卫市's; 792 observed contacts are the region's",
        source="https://news.china.com/focus/xxgzbd/gdyq/13003573/20200201/37753927.html",
    ),
    dict(
        id="ho-rw-xj-0228-urumqi-big5-current-cases",
        text=(
            "人民網烏魯木齊2月29日電(陳新輝)新疆維吾爾自治區衛生健康委員會最新通報,2020年2月28日0-24時,新疆(含兵團)報告新型冠狀病毒肺炎新增確診病例0例,新增死亡病例0例,新增治愈出院病例9例。其中:\n"
            "新增治愈出院病例中,烏魯木齊市2例、伊犁州2例、兵團第四師2例、兵團第六師1例、兵團第八師1例、兵團第九師1例。\n"
            "截至2月28日24時,新疆(含兵團)累計報告新型冠狀病毒肺炎確診病例76例(新疆維吾爾自治區52例、新疆生產建設兵團24例),累計死亡病例3例,累計治愈出院病例52例。\n"
            "截至2月28日24時,新疆(含兵團)現有確診病例21例(新疆維吾爾自治區16例、新疆生產建設兵團5例),其中:\n"
            "烏魯木齊市7例、伊犁州6例、昌吉州1例、吐魯番市2例、兵團第四師3例、兵團第八師1例、兵團第九師1例﹔現有重症病例5例、危重症病例1例。\n"
            "目前尚有3618人正在接受醫學觀察。"
        ),
        published="2020-02-29",
        city="乌鲁木齐市",
        expect=[
            ("recovered_new", "乌鲁木齐市", "2020-02-28", 2, "", ""),
            ("hospitalized", "乌鲁木齐市", "2020-02-28", 7, "", ""),
        ],
        note="BIG5 gateway; 現有確診病例 list broken by a line after 其中: gives hospitalized for the city; severe/critical and observation are the region's",
        source="http://xj.people.com.cn/BIG5/n2/2020/0229/c186332-33838631.html",
    ),
    dict(
        id="ho-rw-xj-0128-urumqi-severe-sections",
        text=(
            "国内 国际 社会 文史 经济 滚动\n\n新疆维吾尔自治区新增新冠肺炎确诊病例3例,累计13例\n\n"
            "2020年1月28日0-24时,自治区报告新型冠状病毒感染的肺炎新增确诊病例3例,新增重症病例2例,新增死亡病例0例,新增出院病例0例。其中:\n\n"
            "新增确诊病例中,乌鲁木齐市1例,伊犁州2例;新增重症病例中,乌鲁木齐市2例。\n\n"
            "截至1月28日24时,新疆(含兵团)累计报告新型冠状病毒感染的肺炎确诊病例13例,现有重症病例4例,累计死亡病例0例,累计出院病例0例。其中:\n\n"
            "确诊病例中,乌鲁木齐市6例、伊犁州4例、吐鲁番市1例、兵团第七师1例、兵团第八师石河子市1例;现有重症病例中,乌鲁木齐市3例、伊犁州1例。\n\n"
            "目前累计追踪到密切接触者307人,已解除医学观察9人,现有298人正在接受医学观察。\n\n"
            "责任编辑:梁云娇 CN079\n点击查看全文(剩余0%)"
        ),
        published="2020-01-29",
        city="乌鲁木齐市",
        expect=[
            ("confirmed_new", "乌鲁木齐市", "2020-01-28", 1, "", ""),
            ("severe_new", "乌鲁木齐市", "2020-01-28", 2, "", ""),
            ("confirmed_total", "乌鲁木齐市", "2020-01-28", 6, "", ""),
            ("severe", "乌鲁木齐市", "2020-01-28", 3, "", ""),
        ],
        note="four section headers (新增确诊/新增重症/确诊/现有重症) each set their own metric; 剩余0% is chrome",
        source="https://3g.china.com/act/news/13003573/20200129/37746278.html",
    ),
    dict(
        id="ho-rw-xj-0215-turpan-wei-attribution",
        text=(
            "天山网讯 新疆维吾尔自治区卫生健康委最新通报,2月15日0时至24时,新疆维吾尔自治区(含新疆生产建设兵团)报告新冠肺炎新增确诊病例1例,为吐鲁番市确诊病例。新增出院病例5例,其中乌鲁木齐市1例、伊犁州3例、兵团第八师石河子市1例。\n"
            "截至2月15日24时,新疆维吾尔自治区(含新疆生产建设兵团)累计报告新冠肺炎确诊病例71例,其中,新疆维吾尔自治区50例,新疆生产建设兵团21例。确诊病例中,乌鲁木齐市23例、伊犁州16例、吐鲁番市3例、阿克苏地区1例、昌吉州4例、巴州3例;兵团第七师1例、兵团第八师石河子市3例、兵团第九师4例、兵团第六师五家渠市2例、兵团第十二师1例、兵团第四师10例。累计治愈出院病例11例,死亡病例1例。出院病例中,乌鲁木齐市3例、吐鲁番市1例、伊犁州4例、阿克苏地区1例、兵团第七师1例、兵团第八师石河子市1例。\n"
            "现有住院隔离治疗59人,其中重症病例10例、危重症病例4例。目前尚有5168人正在接受医学观察。\n"
            "来源链接:http://news.ts.cn/system/2020/02/16/036095681.shtml\n【我要纠错】"
        ),
        published="2020-02-16",
        city="吐鲁番市",
        expect=[
            ("confirmed_new", "吐鲁番市", "2020-02-15", 1, "", ""),
            ("confirmed_total", "吐鲁番市", "2020-02-15", 3, "", ""),
            ("recovered_total", "吐鲁番市", "2020-02-15", 1, "", ""),
        ],
        note="the new case is attributed by a clause (为吐鲁番市确诊病例) rather than a list; a URL with digits in the chrome",
        source="https://xjht.gov.cn/article/show.php?itemid=289158",
    ),
    dict(
        id="ho-rw-neg-xz-0227-lhasa-region-only",
        text=(
            "连续29天!西藏没有新增病例\n\n来源:香格里拉网 作者: 发布时间:2020-02-28 14:58:49\n\n"
            "人民网拉萨2月28日电(徐驭尧)2月28日上午,西藏自治区卫健委发布新型冠状病毒感染的肺炎疫情情况:截至2月27日24时,我区现有新冠肺炎确诊病例0例,重症病例0例,死亡病例0例,疑似病例0例,治愈出院病例1例,累计确诊新冠肺炎病例1例。\n\n"
            "西藏已连续29天没有新增确诊或疑似病例了。\n\n"
            "西藏唯一新冠肺炎确诊病例,已于2月12日治愈出院。\n\n\n责任编辑:卓玛拉初"
        ),
        published="2020-02-28",
        city="拉萨市",
        expect=[],
        note="拉萨 appears only in the dateline; 我区 is the autonomous region, so every count and the streak are Tibet's, none is Lhasa's",
        source="http://www.xgll.com.cn/zbdq/2020-02/28/content_361433.htm",
    ),
    # ================================================================ 1b. provincial bulletins elsewhere (home = one city of the list)
    dict(
        id="ho-rw-fj-0203-quanzhou-new-vs-new-suspected",
        text=(
            "地方:\n\n福州    厦门    泉州    漳州    三明    龙岩    南平    莆田    宁德    平潭 \n\n"
            "第十一届海峡两岸农博会·第二十一届海峡两岸花博会_fororder_福建1\n推进知识产权强省建设 服务福建高质量发展_fororder_福建\n\n"
            "福建省新增20例确诊病例和47例疑似病例\n\n2020-02-04 09:28:49|来源:福建日报|编辑:尹小兵|责编:葛宁远\n\n"
            "  3日,我省报告新增新型冠状病毒感染的肺炎确诊病例20例,疑似病例47例。\n\n"
            "  确诊病例为:\n\n"
            "  福州市3例(福清市3例);\n\n  厦门市1例(集美区1例);\n\n  漳州市1例(芗城区1例);\n\n  泉州市2例(晋江市2例);\n\n"
            "  莆田市7例(城厢区4例、荔城区1例、仙游县2例);\n\n  南平市3例(延平区2例、武夷山市1例);\n\n  宁德市3例(霞浦县1例、周宁县2例)。\n\n"
            "  疑似病例为:\n\n"
            "  福州市17例(鼓楼区1例、台江区1例、仓山区5例、马尾区1例、晋安区5例、长乐区2例、闽清县1例、福清市1例);\n\n"
            "  厦门市8例(思明区2例、海沧区1例、湖里区4例、集美区1例);\n\n  漳州市1例(芗城区1例);\n\n  泉州市5例(晋江市3例、南安市2例);\n\n"
            "  莆田市10例(城厢区5例、秀屿区2例、湄洲岛北岸1例、仙游县2例);\n\n  南平市2例(建阳区1例、光泽县1例);\n\n  龙岩市1例(永定区1例);\n\n  宁德市3例(蕉城区3例)。"
        ),
        published="2020-02-04",
        city="泉州市",
        expect=[
            ("confirmed_new", "泉州市", "2020-02-03", 2, "", ""),
            ("confirmed_new", "晋江市", "2020-02-03", 2, "", ""),
        ],
        note="3日 takes February from the 2020-02-04 page; the second list is NEW suspected cases (no metric), so 泉州市5例 is not a figure; 第十一届/第二十一届 chrome",
        source="http://fj.cri.cn/20200204/fcbb451b-17cf-f251-8001-2742ac2bea45.html",
    ),
    dict(
        id="ho-rw-hl-0123-suihua-trad-death-in-cumulative",
        text=(
            "【武漢肺炎】內地確診增至830宗 黑龍江省現首宗死亡病例\n\n24/01/2020\n\n"
            "  國家衛生健康委最新公布,截至昨日(23日)24時,29個省(區、市)累計報告新型肺炎確診病例增至830宗,死亡25例。死亡個案中,湖北省佔24例、河北省1例。不過,《央視》引述黑龍江省最新報告,23日0-24時,黑龍江省報告新型冠狀病毒感染的肺炎新增確診病例2例,死亡病例1例。也就是說,目前內地死亡病例增至至少26例,覆蓋省份亦從兩個擴至三個。\n\n \n\n"
            "黑龍江省現首宗死亡病例 疫情擴散至大慶、綏化\n\n \n\n"
            "  報道稱,截至1月23日24時,黑龍江省累計報告新型冠狀病毒感染的肺炎確診病例4例,其中:哈爾濱市1例、牡丹江市1例、大慶市1例、綏化市1例;大慶市、綏化市均為首次報告確診病例。死亡病例1例為綏化市確診病例。目前追蹤到密切接觸者380人,已解除醫學觀察114人,尚有487人正在接受醫學觀察。"
        ),
        published="2020-01-24",
        city="绥化市",
        expect=[
            ("confirmed_total", "绥化市", "2020-01-23", 1, "", ""),
            ("deaths_total", "绥化市", "2020-01-23", 1, "", ""),
        ],
        note="Hong Kong finance site (宗, DD/MM/YYYY dateline); the death sits in the 截至…24時 block, so deaths_total; 首次報告 implies but does not state a new case",
        source="https://webuat01.etnet.com.hk/www/tc/news/topic_news_detail.php?category=china&newsid=118601",
    ),
    dict(
        id="ho-rw-neg-hg-0119-unconfirmed-viral-pneumonia",
        text=(
            "財新引政府內部講話:黃岡19日病毒肺炎病例已逾百\n\n \n\n"
            "  武漢爆發新型冠狀病毒肺炎疫情,確診病例已飆升至超過500宗,但其周邊縣市的情況亦須重點關注。據《財新》取得一份黃岡市蘄春縣縣委副書記、蘄春縣政府縣長詹才紅在1月20日全縣病毒性肺炎防控大會上的講話,其中指出,截至1月19日,黃岡市「病毒性肺炎」病例已達到109例,其中蘄春縣有11例住院患者,未知文件中提及的「病毒性肺炎」是否就是新型冠狀病毒肺炎。"
        ),
        published="2020-01-24",
        city="黄冈市",
        expect=[],
        note="「病毒性肺炎」 cases (109, 11 inpatients) are explicitly not known to be COVID-19: no confirmed or hospitalized figure; 超過500宗 is Wuhan's",
        source="https://webuat01.etnet.com.hk/www/tc/news/topic_news_detail.php?category=china&newsid=118601",
    ),
    dict(
        id="ho-rw-gz-0214-zunyi-half-day-and-patient",
        text=(
            "2月14日12-24时贵州新增3例 累计确诊143例(治愈33例,死亡1例)\n\n2020年02月15日08:55  来源:人民网-贵州频道\n \n\n"
            "人民网贵阳2月15日电 据贵州省卫生健康委员会官网消息,2020年2月14日12—24时,全省新型冠状病毒肺炎新增确诊病例3例,新增治愈出院病例5例,其中:新增确诊病例中,遵义市3例,新增治愈出院病例中,遵义市2例,毕节市1例,黔东南州1例,黔西南州1例。\n\n"
            "截至2月14日24时,全省累计报告新型冠状病毒肺炎病例143例。其中,51例有武汉旅居史,14例有武汉外湖北其他地区旅居史,14例有湖北以外地区旅居史;治愈出院33例,轻症及普通型100例,重症 4例,危重症5例,死亡1例;男性71例,女性72例;年龄最大87岁,最小1个月(确诊时间);"
            "贵阳市34例(4例已治愈),遵义市31例(3例已治愈),六盘水市10例(3例已治愈),安顺市4例,毕节市23例(5例已治愈),铜仁市10例(6例已治愈),黔东南州10例(3例已治愈),黔南州17例(5例已治愈),黔西南州4例(4例已治愈)。现有疑似病例38例。\n\n"
            "累计追踪密切接触者2242人,已解除医学观察1597人,尚在接受医学观察565人。\n\n"
            "新增3例患者信息如下:\n\n"
            "患者1:马某华,女,21岁,现居于遵义市汇川区泗渡镇泗渡居,系2月13日确诊病例马某政的大女儿,1月21日—26日与从武汉返回探亲的舅舅杨某齐(2月13日确诊病例)一家同住,期间曾与父母、妹妹一起前往李家湾清溪村奶奶王某某家拜年,并与亲戚聚餐,1月26日男友刘某尧来访,1月27日与刘某尧前往毕节市大方县,31日二人返回泗渡镇,之后无外出,因系武汉旅居史人员密切接触者,对其进行核酸采样检测,2月14日被诊断为确诊病例,目前在遵义市传染病医院隔离治疗,病情平稳。"
        ),
        published="2020-02-15",
        city="遵义市",
        expect=[
            ("confirmed_new", "遵义市", "2020-02-14", 3, "", ""),
            ("recovered_new", "遵义市", "2020-02-14", 2, "", ""),
            ("confirmed_total", "遵义市", "2020-02-14", 31, "", ""),
            ("recovered_total", "遵义市", "2020-02-14", 3, "", ""),
        ],
        note="half-day bulletin (12—24时); 遵义市31例(3例已治愈) gives total and recovered; the patient paragraph (21岁, 汇川区) carries no figure",
        source="http://gz.people.com.cn/n2/2020/0215/c395897-33797659.html",
    ),
    dict(
        id="ho-rw-sd-0131-linyi-province-sections-ge",
        text=(
            "最新发布:临沂又新增3例确诊病例,确诊病例增至23例...\n"
            "2020年1月31日0—12时,山东省报告新型冠状病毒感染的肺炎新增确诊病例6例,新增重症病例1例。其中:新增确诊病例中,临沂市3例(河东区2例、莒南县1例),淄博市(周村区)、泰安市(泰山区)、菏泽市(曹县)各1例。\n"
            "目前有疑似病例65例,其中:青岛市25例,泰安市10例,菏泽市8例,枣庄市5例,德州市4例,威海市、聊城市各3例,济宁市、临沂市各2例,淄博市、潍坊市、滨州市各1例。\n"
            "截至1月31日12时,山东省累计报告新型冠状病毒感染的肺炎确诊病例184例(含重症病例11例、危重症病例1例、出院病例2例,无死亡病例),其中:济南市16例(市中区11例,历城区、天桥区各2例,槐荫区1例)、青岛市21例(黄岛区6例,市北区4例,崂山区、即墨区、平度市各2例,市南区、城阳区、李沧区、胶州市、莱西市各1例)、淄博市9例(博山区4例,张店区、淄川区各2例,周村区1例)、枣庄市9例(市中区5例,薛城区、滕州市各2例)、烟台市18例(芝罘区5例,福山区、海阳市各4例,莱州市2例,莱山区、牟平区、莱阳市各1例)、潍坊市8例(奎文区3例,临朐县2例,高密市、安丘市、昌乐县各1例)、济宁市8例(任城区6例,曲阜市2例)、泰安市4例(东平县2例,泰山区、新泰市各1例)、威海市19例(环翠区9例,乳山市5例,文登区4例,荣成市1例)、日照市9例(东港区7例,岚山区、五莲县各1例)、临沂市23例(兰山区7例,河东区7例,沂水县、费县、莒南县各2例,郯城县、临沭县、沂南县各1例)、德州市16例(德城区、乐陵市各4例,禹城市、宁津县各3例,庆云县2例)、聊城市7例(东昌府区3例,莘县2例,临清市、东阿县各1例)、滨州市9例(邹平市5例,惠民县2例,滨城区、阳信县各1例)、菏泽市8例(巨野县3例,牡丹区2例,曹县、东明县、成武县各1例);"
        ),
        published=None,
        city="临沂市",
        expect=[
            ("confirmed_new", "临沂市", "2020-01-31", 3, "", ""),
            ("confirmed_new", "河东区", "2020-01-31", 2, "", ""),
            ("confirmed_new", "莒南县", "2020-01-31", 1, "", ""),
            ("suspected", "临沂市", "2020-01-31", 2, "", ""),
            ("confirmed_total", "临沂市", "2020-01-31", 23, "", ""),
            ("confirmed_total", "兰山区", "2020-01-31", 7, "", ""),
            ("confirmed_total", "河东区", "2020-01-31", 7, "", ""),
            ("confirmed_total", "沂水县", "2020-01-31", 2, "", ""),
            ("confirmed_total", "费县", "2020-01-31", 2, "", ""),
            ("confirmed_total", "莒南县", "2020-01-31", 2, "", ""),
            ("confirmed_total", "郯城县", "2020-01-31", 1, "", ""),
            ("confirmed_total", "临沭县", "2020-01-31", 1, "", ""),
            ("confirmed_total", "沂南县", "2020-01-31", 1, "", ""),
        ],
        note="各N例 distributes one count over several names (济宁市、临沂市各2例; 沂水县、费县、莒南县各2例); 目前 takes the paragraph-above 1月31日; year from 2020年",
        source="http://1230539.com/news/17234.html",
    ),
    dict(
        id="ho-rw-ha-0228-zhoukou-trad-han-county",
        text=(
            "河南無(wú)新增新冠肺炎確診病例 新增治愈出院58例\n\n2020-02-29 09:46 來(lái)源:國(guó)家應(yīng)急廣播網(wǎng)綜合\n\n"
            "2020年2月28日0-24時(shí),河南省無(wú)新增新型冠狀病毒肺炎確診病例,新增出院病例58例,新增死亡病例1例。\n\n"
            "截至2月28日24時(shí),河南省累計(jì)報(bào)告新型冠狀病毒肺炎確診病例1272例,現(xiàn)有重癥病例7例,現(xiàn)有危重病例6例,累計(jì)死亡病例21例,累計(jì)出院病例1161例。其中:確診病例中,信陽(yáng)市274例(含固始縣31例)、鄭州市157例(含鞏義市9例)、南陽(yáng)市156例(含鄧州市17例)、駐馬店市139例(含新蔡縣10例)、商丘市91例(含永城市14例)、周口市76例(含鹿邑縣7例)、平頂山市58例(含汝州市1例)、新鄉(xiāng)市57例(含長(zhǎng)垣市13例)、安陽(yáng)市53例(含滑縣2例)、許昌市39例、漯河市35例、焦作市32例、洛陽(yáng)市31例、開(kāi)封市26例(含蘭考縣5例)、鶴壁市19例、濮陽(yáng)市17例、三門峽市7例、濟(jì)源示范區(qū)5例。\n\n"
            "目前累計(jì)追蹤到密切接觸者39170人,2月28日已解除觀察345人,共有1525人正在接受醫(yī)學(xué)觀察。(中央廣播電視總臺(tái)央視記者 田萌)"
        ),
        published="2020-02-29",
        city="周口市",
        expect=[
            ("confirmed_total", "周口市", "2020-02-28", 76, "", ""),
            ("confirmed_total", "鹿邑县", "2020-02-28", 7, "", ""),
        ],
        note="(含鹿邑縣7例) is a part of the city's 76 (a directly-administered county still counted inside); 河南省無新增 is the province's",
        source="http://yqmw666.cn/2020/02/29/ARTI1582938628991763.shtml",
    ),
    dict(
        id="ho-rw-ha-0124-zhumadian-first-cases",
        text=(
            "您所在的位置:首页 - >  政务要闻->遂平新闻\n"
            "【最新通报】1月25日河南省新型冠状病毒感染的肺炎疫情情况新增23例\n"
            "浏览次数:637 投稿:管理员 来源:河南省卫生健康委 发布时间:2020-01-25\n"
            "       2020年1月24日0-24时,8市(县)报告新型冠状病毒感染的肺炎新增确诊病例23例。平顶山市、新乡市、南阳市、驻马店市、固始县为报告首例确诊病例。其中:平顶山市1例、新乡市1例、南阳市8例、驻马店市2例、固始县1例。其他地市新增确诊病例中,郑州市3例、周口市3例、信阳市4例。\n\n"
            "  截至1月24日24时,河南省卫生健康委收到省内11市(县)累计报告新型冠状病毒感染的肺炎确诊病例32例,重症病例5例,无死亡病例。其中:确诊病例中,郑州市6例、洛阳市1例、平顶山1例、新乡1例、三门峡市1例、南阳市8例、信阳市5例、驻马店市2例、周口市4例、巩义市2例、固始县1例;重症5例。\n\n"
            "  目前追踪到密切接触者698人,已解除医学观察15人,诊断为疑似感染1人,尚有682人正在接受医学观察。\n\n"
            "主办:遂平县人民政府  承办:驻马店日报报业集团   地址:遂平县建设路中段  网站维护:0396-4922539"
        ),
        published="2020-01-25",
        city="驻马店市",
        expect=[
            ("confirmed_new", "驻马店市", "2020-01-24", 2, "", ""),
            ("confirmed_total", "驻马店市", "2020-01-24", 2, "", ""),
        ],
        note="first cases: new and total both 2; a county-government page of the city (遂平县, 驻马店日报 chrome, phone number) states nothing for the county",
        source="http://suiping.gov.cn/web/front/news/detail.php?newsid=32220",
    ),
    dict(
        id="ho-rw-yn-0207-qujing-patient-numbers",
        text=(
            "央视新闻客户端2月8日消息,云南省卫生健康委员会通报,2月7日12时至24时,云南省报告新型冠状病毒感染肺炎新增病例2例(曲靖市、玉溪市各1例)。\n"
            "全省累计报告确诊病例138例,除治愈出院者外,现均在定点医院接受隔离治疗。现有危重3例,重症15例,治愈出院12例,疑似病例144例,无死亡病例。密切接触者当日解除医学观察660人,正在观察3099人。\n"
            "确诊病例中,昆明市41例、西双版纳州15例、玉溪市14例、曲靖市11例、大理州11例、昭通市10例、保山市9例、丽江市7例、红河州5例、德宏州5例、楚雄州4例、普洱市4例、文山州1例、临沧市1例。\n"
            "新增确诊患者情况:\n"
            "第137例:16岁女性,曲靖麒麟人,1月23日从武汉乘高铁回曲靖并开始居家医学观察,2月1日经排查隔离医学观察后在曲靖医疗机构收治入院隔离治疗。\n"
            "第138例:76岁男性,玉溪红塔人,1月20至21日与朋友陪同武汉来玉溪的亲属,31日朋友确诊,本人经密切接触者排查隔离医学观察,在玉溪医疗机构收治入院隔离治疗。\n"
            "(原题为《云南2月8日最新通报:新增新型冠状病毒感染肺炎确诊病例2例 累计确诊138例》)(本文来自澎湃新闻,更多原创资讯请下载“澎湃新闻”APP)"
        ),
        published="2020-02-08",
        city="曲靖市",
        expect=[
            ("confirmed_new", "曲靖市", "2020-02-07", 1, "", ""),
            ("confirmed_total", "曲靖市", "2020-02-07", 11, "", ""),
        ],
        note="曲靖市、玉溪市各1例; the cumulative list carries the 2月7日 date; 第137例 is a case number, 16岁 an age; 麒麟 gives no district figure",
        source="https://www.yybnet.net/news/china/202002/10172940.html",
    ),
    dict(
        id="ho-rw-gx-0126-yulin-forum-noon-cutoff",
        text=(
            "再增3例!广西累计确诊36例!\n\n靖西网路边的野花 2020-01-26\n\n请大家不造谣、不传谣、不信谣。\n\n疫情信息请以官方最新发布为准!\n\n"
            "据:广西新闻网今天(1月26日)下午,广西举行新型冠状病毒肺炎疫情防控工作新闻发布会,介绍我区疫情及防控工作开展情况。\n\n新闻发布会现场。\n\n"
            "记者从新闻发布会上获悉,截至1月26日12时,广西累计报告新型冠状病毒感染的肺炎确诊病例36例,新增3例,涉及9个市。其中南宁市1例、柳州市5例、桂林市11例、梧州市2例、北海市9例、防城港市2例、玉林市1例、百色市2例、河池市3例。目前全部病例在定点医院隔离治疗,现有重症病例1例,无死亡病例。目前追踪到密切接触者397人,其中正在接受医学观察384人,解除观察6人,转为疑似病例或确诊病例7人。\n\n"
            "来源:广西新闻网\n\n浏览32532 / 回复2\n举报内容\n\n竖线全部回复\n\n2020-01-27\n我家养的鸡,每天都要喂\n回复\n1"
        ),
        published="2020-01-26",
        city="玉林市",
        expect=[
            ("confirmed_total", "玉林市", "2020-01-26", 1, "", ""),
        ],
        note="forum repost with view counts and replies; 截至1月26日12时 is a noon cutoff; the per-city list (其中…) breaks down the cumulative 36, not the new 3",
        source="http://m.jingxi.net/read-htm-tid-40665.html",
    ),
    dict(
        id="ho-rw-gd-0123-foshan-hk-zong",
        text=(
            "【武漢肺炎】廣東新增確診21宗 武漢來穗人員居家隔離14天\n\n24/01/2020\n\n"
            "  廣東衛健委今日公布,截至23日午夜12點,廣東省報告新型冠狀病毒感染的肺炎新增確診病例21宗。新增出院病例2宗,均為深圳。\n\n \n\n \n\n"
            "廣東衛健委宣布,決定啟動廣東省重大突發公共衛生事件一級響應(Shutterstock圖片)\n\n \n\n"
            "  分地區看,陽江(3宗)、清遠(1宗)均為首次報告確診病例。其他6地市新增確診病例中,廣州2宗、珠海4宗、佛山5宗、韶關1宗、惠州4宗、中山1宗。"
        ),
        published="2020-01-24",
        city="佛山市",
        expect=[
            ("confirmed_new", "佛山市", "2020-01-23", 5, "", ""),
        ],
        note="Hong Kong wording: 宗 for 例, 截至23日午夜12點 for 24时, city names without 市; the new-case list is dated by 23日",
        source="http://202.62.215.10/www/tc/news/topic_news_detail.php?category=china&newsid=118603",
    ),
    dict(
        id="ho-rw-neg-gd-0129-zhuhai-named-without-number",
        text=(
            "2020年1月29日 星期三\n\n"
            "武漢肺炎:武漢肺炎:2港人確診感染 全省累計272宗 __,新型肺炎,武漢肺炎,\n\n"
            "武漢肺炎疫情席捲全國,廣東省衞健委周三(29日)公布,全省確診個案累計272宗,河源及茂名首次出現確診個案。確診人士包括1名巴基斯坦人、2名澳洲人及2名香港人,他們均曾前往湖北武漢或居住。\n\n\n"
            "廣東省確診病例中133人為男性,139人為女性,年齡介乎11個月至85歲。確診地域方面,深圳有83宗、廣州60宗及佛山21宗,其餘病人分布在珠海、惠州、中山、陽江、東莞及江門等地。廣東省衞健委黨組成員、副主任陳祝生沒有透露確診港人在省內哪處感染。\n\n"
            "來源 source: http://hk.on.cc"
        ),
        published="2020-01-29",
        city="珠海市",
        expect=[],
        note="珠海 is named among 其餘病人 but without a count; 272, 133/139, ages and the other cities' totals are not 珠海's",
        source="http://hittt.blogspot.com/2020/01/2272.html?m=1",
    ),
    dict(
        id="ho-rw-neg-mo-0204-guangzhou-macau-case",
        text=(
            "本澳今日再新增1例新型冠狀病毒感染確診病例,患者為59歲男性,本澳居民。直至目前,本澳確診病例已增至10例。 經初步調查,此患者於1月25日曾到廣州並於當日往返,於1月26日起出現流涕、咳嗽和發燒等症狀,昨(3)日到鏡湖醫院就診,今(4)日凌晨轉送到仁伯爵綜合醫院,經檢測對新型冠狀病毒呈陽性,被列為本澳第10個確診個案,已被安排至隔離病房治療。目前患者情況一般,衛生局疾病防控團隊正展開追蹤調查其流行病學史和密切接觸者。"
        ),
        published="2020-02-04",
        city="广州市",
        expect=[],
        note="Macau government release: the new case and the total of 10 are Macau's (本澳); 廣州 is only a travel history",
        source="https://gov.mo/zh-hant/news/316719",
    ),
    dict(
        id="ho-rw-neg-hk-0317-hangzhou-province-near-100",
        text=(
            "« 返回前頁列印\n\n中國財經 | 2020-03-17 10:56\n\n發改委:除湖北外全國復工率逾九成\n\n放大圖片\n\n"
            "國家發展改革委新聞發言人孟瑋今日在發布會表示,全國規模以上工業企業復工率提高較快,除湖北等個別省份外,全國其他省復工率均已超過90%,其中浙江、江蘇、上海、山東、廣西、重慶等已接近100%。\n\n"
            "孟瑋指出,根據電網企業監測的用電情況,目前有色金屬行業用電量已達去年正常水平,醫藥、化工、電子行業用電量已恢復到正常水平的九成以上,鋼鐵、機械、紡織行業用電量恢復到正常水平的八成以上,鐵路裝車數已恢復到正常水平,民航、港口、水運均正常運營。"
        ),
        published="2020-03-17",
        city="杭州市",
        expect=[],
        note="Hong Kong paper; 浙江…已接近100% is the province's rate, not 杭州's; industry power-use shares have no metric",
        source="https://www2.hkej.com/landing/articleprint/id/2405421",
    ),
    # ================================================================ 2. city bulletins with per-district lists, contacts, frame dates
    dict(
        id="ho-rw-hb-0301-jingzhou-trad-central-area",
        text=(
            "原標題:3月1日荊州市新冠肺炎疫情情況\n\n"
            "  2020年3月1日0—24時,全市新增新冠肺炎確診病例1例(洪湖市)。\n\n"
            "  全市新增病亡病例2例(中心城區(qū)1例、洪湖市1例)。\n\n"
            "  全市新增出院62例,其中:中心城區(qū)20例、松滋市4例、公安縣10例、監(jiān)利縣6例、洪湖市22例。\n\n"
            "  截至2020年3月1日24時,荊州市累計報告新冠肺炎確診病例1580例,其中:中心城區(qū)559例、江陵縣35例、松滋市140例、公安縣136例、石首市92例、監(jiān)利縣251例、洪湖市367例。(因存在市內(nèi)轉(zhuǎn)院情況,各地報告數(shù)據(jù)有所增減。)\n\n"
            "  全市累計治愈出院1096例。其中:中心城區(qū)415例、江陵縣32例、松滋市119例、公安縣96例、石首市67例、監(jiān)利縣172例、洪湖市195例。\n\n"
            "  全市累計病亡48例,其中:中心城區(qū)19例、江陵縣1例、松滋市4例、公安縣3例、石首市3例、監(jiān)利縣5例、洪湖市13例。\n\n"
            "  目前仍在院治療436例,其中:重癥49例、危重癥8例,均在定點醫(yī)療機構(gòu)接受隔離治療?,F(xiàn)有疑似病例22人,當日無新增,當日排除5人。累計追蹤密切接觸者18022人,尚在接受醫(yī)學(xué)觀察1656人。"
        ),
        published="2020-03-02",
        city="荆州市",
        expect=[
            ("confirmed_new", "荆州市", "2020-03-01", 1, "", ""),
            ("confirmed_new", "洪湖市", "2020-03-01", 1, "", ""),
            ("deaths_new", "荆州市", "2020-03-01", 2, "", ""),
            ("deaths_new", "中心城区", "2020-03-01", 1, "", ""),
            ("deaths_new", "洪湖市", "2020-03-01", 1, "", ""),
            ("recovered_new", "荆州市", "2020-03-01", 62, "", ""),
            ("recovered_new", "中心城区", "2020-03-01", 20, "", ""),
            ("recovered_new", "松滋市", "2020-03-01", 4, "", ""),
            ("recovered_new", "公安县", "2020-03-01", 10, "", ""),
            ("recovered_new", "监利县", "2020-03-01", 6, "", ""),
            ("recovered_new", "洪湖市", "2020-03-01", 22, "", ""),
            ("confirmed_total", "荆州市", "2020-03-01", 1580, "", ""),
            ("confirmed_total", "中心城区", "2020-03-01", 559, "", ""),
            ("confirmed_total", "江陵县", "2020-03-01", 35, "", ""),
            ("confirmed_total", "松滋市", "2020-03-01", 140, "", ""),
            ("confirmed_total", "公安县", "2020-03-01", 136, "", ""),
            ("confirmed_total", "石首市", "2020-03-01", 92, "", ""),
            ("confirmed_total", "监利县", "2020-03-01", 251, "", ""),
            ("confirmed_total", "洪湖市", "2020-03-01", 367, "", ""),
            ("recovered_total", "荆州市", "2020-03-01", 1096, "", ""),
            ("recovered_total", "中心城区", "2020-03-01", 415, "", ""),
            ("recovered_total", "江陵县", "2020-03-01", 32, "", ""),
            ("recovered_total", "松滋市", "2020-03-01", 119, "", ""),
            ("recovered_total", "公安县", "2020-03-01", 96, "", ""),
            ("recovered_total", "石首市", "2020-03-01", 67, "", ""),
            ("recovered_total", "监利县", "2020-03-01", 172, "", ""),
            ("recovered_total", "洪湖市", "2020-03-01", 195, "", ""),
            ("deaths_total", "荆州市", "2020-03-01", 48, "", ""),
            ("deaths_total", "中心城区", "2020-03-01", 19, "", ""),
            ("deaths_total", "江陵县", "2020-03-01", 1, "", ""),
            ("deaths_total", "松滋市", "2020-03-01", 4, "", ""),
            ("deaths_total", "公安县", "2020-03-01", 3, "", ""),
            ("deaths_total", "石首市", "2020-03-01", 3, "", ""),
            ("deaths_total", "监利县", "2020-03-01", 5, "", ""),
            ("deaths_total", "洪湖市", "2020-03-01", 13, "", ""),
            ("hospitalized", "荆州市", "2020-03-01", 436, "", ""),
            ("severe", "荆州市", "2020-03-01", 49, "", ""),
            ("critical", "荆州市", "2020-03-01", 8, "", ""),
            ("suspected", "荆州市", "2020-03-01", 22, "", ""),
            ("close_contacts_total", "荆州市", "2020-03-01", 18022, "", ""),
            ("observation", "荆州市", "2020-03-01", 1656, "", ""),
        ],
        note="Hubei 病亡 wording (deaths); 中心城區 kept as a region of its own; garbled ?,F(xiàn)有 before 疑似; 當日無新增 refers to suspected (no metric); 目前 carries 3月1日",
        source="http://shougong114.com/news/j/2020-03-02/detail-iimxyqvz7138770.shtml?from=hb_ydph",
    ),
    dict(
        id="ho-rw-hb-0206-shiyan-forum-spaced-number",
        text=(
            "2020年2月6日十堰市新型冠状病毒感染的肺炎疫情情况 2020年2月6日0时-24时,十堰市新增新型冠状病毒感染的肺炎确诊病例42例(其中:房县10例、茅箭区9例、张湾区8例、竹山县7例、竹溪县3例、丹江口市2例、郧阳区2例、郧西县1例)。"
            "全市新增出院病例10例(其中:张湾区6例、茅箭区1例、竹山县1例、竹溪县1例、丹江口市1例),无新增死亡病例。 "
            "截至2020年2月6日24时,十堰市累计报告新型冠状病毒感染的肺炎确诊病例395 例(其中:茅箭区147例、张湾区107例、丹江口市34例、竹山县25例、郧西县20例、房县17例、武当山特区16例、郧阳区16例、竹溪县12例、十堰经济技术开发区1例),累计出院24例(其中:张湾区15例、茅箭区4例、丹江口市2例、竹山县2例、竹溪县1例),无死亡病例。"
            "目前仍在院治疗371例(其中:重症32例、危重症4例),均在定点医疗机构接受隔离治疗。 十堰市新型冠状病毒感染的肺炎疫情防控指挥部 2020年2月7日 |"
        ),
        published="2020-02-07",
        city="十堰市",
        expect=[
            ("confirmed_new", "十堰市", "2020-02-06", 42, "", ""),
            ("confirmed_new", "房县", "2020-02-06", 10, "", ""),
            ("confirmed_new", "茅箭区", "2020-02-06", 9, "", ""),
            ("confirmed_new", "张湾区", "2020-02-06", 8, "", ""),
            ("confirmed_new", "竹山县", "2020-02-06", 7, "", ""),
            ("confirmed_new", "竹溪县", "2020-02-06", 3, "", ""),
            ("confirmed_new", "丹江口市", "2020-02-06", 2, "", ""),
            ("confirmed_new", "郧阳区", "2020-02-06", 2, "", ""),
            ("confirmed_new", "郧西县", "2020-02-06", 1, "", ""),
            ("recovered_new", "十堰市", "2020-02-06", 10, "", ""),
            ("recovered_new", "张湾区", "2020-02-06", 6, "", ""),
            ("recovered_new", "茅箭区", "2020-02-06", 1, "", ""),
            ("recovered_new", "竹山县", "2020-02-06", 1, "", ""),
            ("recovered_new", "竹溪县", "2020-02-06", 1, "", ""),
            ("recovered_new", "丹江口市", "2020-02-06", 1, "", ""),
            ("deaths_new", "十堰市", "2020-02-06", 0, "", ""),
            ("confirmed_total", "十堰市", "2020-02-06", 395, "", ""),
            ("confirmed_total", "茅箭区", "2020-02-06", 147, "", ""),
            ("confirmed_total", "张湾区", "2020-02-06", 107, "", ""),
            ("confirmed_total", "丹江口市", "2020-02-06", 34, "", ""),
            ("confirmed_total", "竹山县", "2020-02-06", 25, "", ""),
            ("confirmed_total", "郧西县", "2020-02-06", 20, "", ""),
            ("confirmed_total", "房县", "2020-02-06", 17, "", ""),
            ("confirmed_total", "武当山特区", "2020-02-06", 16, "", ""),
            ("confirmed_total", "郧阳区", "2020-02-06", 16, "", ""),
            ("confirmed_total", "竹溪县", "2020-02-06", 12, "", ""),
            ("confirmed_total", "经济技术开发区", "2020-02-06", 1, "", ""),
            ("recovered_total", "十堰市", "2020-02-06", 24, "", ""),
            ("recovered_total", "张湾区", "2020-02-06", 15, "", ""),
            ("recovered_total", "茅箭区", "2020-02-06", 4, "", ""),
            ("recovered_total", "丹江口市", "2020-02-06", 2, "", ""),
            ("recovered_total", "竹山县", "2020-02-06", 2, "", ""),
            ("recovered_total", "竹溪县", "2020-02-06", 1, "", ""),
            ("deaths_total", "十堰市", "2020-02-06", 0, "", ""),
            ("hospitalized", "十堰市", "2020-02-06", 371, "", ""),
            ("severe", "十堰市", "2020-02-06", 32, "", ""),
            ("critical", "十堰市", "2020-02-06", 4, "", ""),
        ],
        note="forum copy flattened to one line; 395 例 has a space before the unit; 十堰经济技术开发区 -> 经济技术开发区, 武当山特区 kept; two none-statements",
        source="https://bbs.10yan.com/thread-4224717-1-1.html",
    ),
    dict(
        id="ho-rw-hb-0301-jingmen-residence-subcounts",
        text=(
            "荆门市新冠肺炎疫情日报(3月2日)\n\n"
            "2020年3月1日0—24时,全市新增新冠肺炎确诊病例2例。按现住址统计,地区分布为:京山市2例(本地2例),新增病亡2例。新增出院18例。\n\n"
            "截至2020年3月1日24时,全市累计报告新冠肺炎确诊病例927例,按现住址统计,地区分布为:沙洋县130例(本地75例、外地6例、其他49例)、钟祥市318例(本地309例、外地9例)、京山市229例(本地225例、外地4例)、东宝区104例(本地98例、外地6例)、掇刀区102例(本地90例、外地12例)、漳河新区22例(本地22例)、屈家岭22例(本地22例)。\n\n"
            "全市累计治愈出院622例,累计病亡39例。目前仍在院治疗266例,其中重症28例、危重症13例。\n\n"
            "现有疑似病例10例,当日新增5例,当日排除7例。累计追踪到密切接触者7021人,尚在医学观察的密切接触者854人。\n\n"
            "荆门市卫生健康委员会\n\n2020年3月2日"
        ),
        published="2020-03-02",
        city="荆门市",
        expect=[
            ("confirmed_new", "荆门市", "2020-03-01", 2, "", ""),
            ("confirmed_new", "京山市", "2020-03-01", 2, "", ""),
            ("deaths_new", "荆门市", "2020-03-01", 2, "", ""),
            ("recovered_new", "荆门市", "2020-03-01", 18, "", ""),
            ("confirmed_total", "荆门市", "2020-03-01", 927, "", ""),
            ("confirmed_total", "沙洋县", "2020-03-01", 130, "", ""),
            ("confirmed_total", "钟祥市", "2020-03-01", 318, "", ""),
            ("confirmed_total", "京山市", "2020-03-01", 229, "", ""),
            ("confirmed_total", "东宝区", "2020-03-01", 104, "", ""),
            ("confirmed_total", "掇刀区", "2020-03-01", 102, "", ""),
            ("confirmed_total", "漳河新区", "2020-03-01", 22, "", ""),
            ("confirmed_total", "屈家岭管理区", "2020-03-01", 22, "", ""),
            ("recovered_total", "荆门市", "2020-03-01", 622, "", ""),
            ("deaths_total", "荆门市", "2020-03-01", 39, "", ""),
            ("hospitalized", "荆门市", "2020-03-01", 266, "", ""),
            ("severe", "荆门市", "2020-03-01", 28, "", ""),
            ("critical", "荆门市", "2020-03-01", 13, "", ""),
            ("suspected", "荆门市", "2020-03-01", 10, "", ""),
            ("close_contacts_total", "荆门市", "2020-03-01", 7021, "", ""),
            ("observation", "荆门市", "2020-03-01", 854, "", ""),
        ],
        note="本地/外地/其他 sub-counts are origins, not places; 屈家岭 written bare -> 屈家岭管理区; the 3月2日 heading and signature date nothing; 当日新增5例 is new suspected",
        source="http://shayang.cjyun.org/p/8907.html",
    ),
    dict(
        id="ho-rw-hb-0203-hanchuan-county-towns",
        text=(
            "汉川市卫健局公布:2020年2月3日0时-24时,汉川市新增新型冠状病毒感染的肺炎病例8例,累计确诊230例。新增死亡病例2例,累计死亡10例。共追踪到密切接触者825人,解除医学观察103人,尚有722人在接受医学观察。\n"
            "根据家庭住址统计,230例确诊病例分布的乡镇,分别为:仙女山87例,马口30例,南河19例,庙头12例,城隍10例,新堰8例,分水8例,刘隔7例,新河6例,西江5例,沉湖5例,马鞍4例,二河4例,回龙3例,汈东3例,杨林3例,里潭3例,脉旺3例,垌冢2例,麻河2例, 韩集2例,湾潭2例,华严1例。另外,收治武汉患者1例。中洲、汈汊、三星垸无确诊病例报告。\n"
            "10例死亡病例分布在我市4个乡镇。分别为:仙女山5例,马口1例,垌冢1例,南河3例。"
        ),
        published=None,
        city="孝感市",
        expect=[
            ("confirmed_new", "汉川市", "2020-02-03", 8, "", ""),
            ("confirmed_total", "汉川市", "2020-02-03", 230, "", ""),
            ("deaths_new", "汉川市", "2020-02-03", 2, "", ""),
            ("deaths_total", "汉川市", "2020-02-03", 10, "", ""),
            ("close_contacts_total", "汉川市", "2020-02-03", 825, "", ""),
            ("observation_released_total", "汉川市", "2020-02-03", 103, "", ""),
            ("observation", "汉川市", "2020-02-03", 722, "", ""),
        ],
        note="county-level city bulletin read with the prefecture as home: every figure is 汉川市's; township lists (乡镇) are below county level; 我市 here is 汉川; year from 2020年",
        source="http://hanchuan.cjyun.org/p/35895.html",
    ),
    dict(
        id="ho-rw-ah-0203-maanshan-trad-duplicated-body",
        text=(
            "2月3日0—24時,馬鞍山市新增新型冠狀病毒感染的肺炎確診病例0例,新增疑似病例2例。\n"
            "截至2月3日24時,全市累計報告新型冠狀病毒感染的肺炎確診病例28例,其中:和縣18例,雨山8例,含山1例,當涂1例。所有患者均在定點醫院接受治療,病情平穩,無死亡病例。\n"
            "目前追蹤到本地密切接觸者433人,已解除醫學觀察27人,尚有406人正在接受醫學觀察。\n"
            "馬鞍山市新型冠狀病毒感染的肺炎\n疫情防控工作應急指揮部\n2020年2月4日\n"
            "2月3日0—24時,馬鞍山市新增新型冠狀病毒感染的肺炎確診病例0例,新增疑似病例2例。\n"
            "截至2月3日24時,全市累計報告新型冠狀病毒感染的肺炎確診病例28例,其中:和縣18例,雨山8例,含山1例,當涂1例。所有患者均在定點醫院接受治療,病情平穩,無死亡病例。\n"
            "目前追蹤到本地密切接觸者433人,已解除醫學觀察27人,尚有406人正在接受醫學觀察。\n"
            "馬鞍山市新型冠狀病毒感染的肺炎\n疫情防控工作應急指揮部\n2020年2月4日"
        ),
        published="2020-02-04",
        city="马鞍山市",
        expect=[
            ("confirmed_new", "马鞍山市", "2020-02-03", 0, "", ""),
            ("confirmed_total", "马鞍山市", "2020-02-03", 28, "", ""),
            ("confirmed_total", "和县", "2020-02-03", 18, "", ""),
            ("confirmed_total", "雨山区", "2020-02-03", 8, "", ""),
            ("confirmed_total", "含山县", "2020-02-03", 1, "", ""),
            ("confirmed_total", "当涂县", "2020-02-03", 1, "", ""),
            ("deaths_total", "马鞍山市", "2020-02-03", 0, "", ""),
            ("close_contacts_total", "马鞍山市", "2020-02-03", 433, "", ""),
            ("observation_released_total", "马鞍山市", "2020-02-03", 27, "", ""),
            ("observation", "马鞍山市", "2020-02-03", 406, "", ""),
        ],
        note="the mirror prints the whole bulletin twice (one tuple each); bare 雨山/含山/當涂 get their suffix; explicit 0 new; 無死亡病例",
        source="http://pxte.cn/news/20200204/57584.html",
    ),
    dict(
        id="ho-rw-neg-mas-0201-patients-own-contacts",
        text=(
            "新增确诊患者基本情况:\n\n"
            "患者23:余某,男,39岁,确诊患者13余某某儿子,雨山区泰和天成居民。1月21日自驾前往浙江诸暨,与其父母及伯父(长期居住武汉,已于28日确诊)住在其堂哥家中,24日与其亲戚10人聚餐,26日从诸暨自驾返回马鞍山,28日自驾至市妇幼保健院就诊,同日起接受医学观察,30日因发热由救护车转送市人民医院,其它时间居家未外出,2月1日确诊。已追踪到密切接触者12人(与其父余某某重复),其中5人正在我市接受医学观察,其他7人已通报当地相关部门。\n\n"
            "患者24:桂某,男,25岁,雨山区阳光城居民,在上海工作。1月19-23日赴泰国旅行,24日返回国内,从上海乘坐G7088动车(16车8D座)至马鞍山东站,由其父接至外婆家。之后,乘出租车到大华国际广场逗留,后乘出租车回家。25日随其父自驾去外婆家吃饭。26日出现乏力咳嗽症状。27日乘出租车到女友家,后自驾前往市传染病医院就诊。28日自驾去女友家后返回,29日居家未外出,30日出现发热症状,自驾前往市传染病医院就诊,2月1日确诊。已追踪到密切接触者25人,正在接受医学观察。"
        ),
        published="2020-02-02",
        city="马鞍山市",
        expect=[],
        note="patient descriptions only: case numbers 23/24/13, ages, train G7088 and seat 16车8D, 10 relatives; each patient's own contacts (12, 5, 7, 25) are not city totals",
        source="http://www.ahnews.com.cn/yaowen1/pc/con/2020-02/02/496_163399.html",
    ),
    dict(
        id="ho-rw-ah-0128-huangshan-trad-report-date",
        text=(
            "據(jù)黃山市衛(wèi)生健康委員會今日通報:2020年1月29日,省衛(wèi)生健康委發(fā)布疫情通報,涉及我市新增確診病例3例,疑似病例1例。具體情況如下:\n"
            "1、分別為駱某某、顏某1、顏某2,該3名病例與我委1月28日公布確診的3名病例(汪某、顏某某、汪某某)系同一家庭人員(駱某某系汪某母親,顏某1、顏某2系汪某子女)。顏某1于1月17日在武漢接種麻風疫苗,20日晚出現(xiàn)發(fā)熱癥狀,21日體溫正常。顏某2 于1月21日在武漢家中出現(xiàn)發(fā)熱癥狀,未處理,21日晚體溫正常。 1月22日6:00患者一家6口,自駕驅車從武漢返回我市歙縣練江花園小區(qū)家中。1月25日汪某、顏某某、汪某某接受治療期間此3病例同步進行隔離和醫(yī)學觀察,并于1月26日收住定點醫(yī)院治療,目前病情平穩(wěn)。\n"
            "2、患者鄧某某,休寧縣鶴城鄉(xiāng)新安源村茶源山組村民,在武漢漢口江岸區(qū)從事服裝貿(mào)易工作,1月23日乘D3398動車3號車廂由武漢到江西景德鎮(zhèn)后駕車返鄉(xiāng)。26日下午鄧某某在家出現(xiàn)發(fā)熱、背部疼痛等癥狀,由急救車送至定點醫(yī)院就診。目前患者病情平穩(wěn)。\n"
            "截至1月28日24時,全市累計報告新型冠狀病毒感染的肺炎確診病例7例,目前病情平穩(wěn)。累計醫(yī)學觀察密切接觸者91人。\n"
            "市疾控中心已開通24小時防控新型冠狀病毒感染肺炎健康咨詢電話,號碼為2591070、2591865、18805599120。"
        ),
        published="2020-01-29",
        city="黄山市",
        expect=[
            ("confirmed_new", "黄山市", "2020-01-29", 3, "", ""),
            ("confirmed_total", "黄山市", "2020-01-28", 7, "", ""),
            ("close_contacts_total", "黄山市", "2020-01-28", 91, "", ""),
        ],
        note="the 3 new cases carry only the 1月29日 report/publication date (convention question: the later 截至1月28日24時 does not reach back); list markers 1、2、, 6口, D3398, phone numbers are not figures",
        source="http://m.xomn.cn/html/2020/anhui_0129/144838.html",
    ),
    dict(
        id="ho-rw-sd-0210-weifang-trad-muqian-paragraph",
        text=(
            "我市新增1例新冠肺炎確診病例\n來源:濰坊新聞網(wǎng) 發(fā)布時間:2020-02-11 09:45:52\n"
            "????2020年2月10日,我市新增1例新冠肺炎確診病例。截至10日24時,共確診38例,現(xiàn)隔離治療37例,1例治愈出院。\n"
            "????第38例:劉某某,女,48歲,奎文區(qū)人,家住奎文區(qū)玉清街江山帝景小區(qū)。無業(yè),無外出史。1月22日回昌樂縣紅河鎮(zhèn)探親,曾到第26例確診病例王某某小賣部購物,但流行病學(xué)史不明顯。2月8日因發(fā)熱15天、咳嗽3天,到昌樂縣人民醫(yī)院就診,收住隔離病房;2月10日確診為新冠肺炎,臨床分型為輕型,正在隔離治療。\n"
            "????現(xiàn)已追蹤到密切接觸者19人,14人滿醫(yī)學(xué)觀察期,5人正在接受醫(yī)學(xué)觀察,均無發(fā)熱等癥狀。\n"
            "????截至2020年2月10日24時,我市共確診38例新冠肺炎病例。根據(jù)國家衛(wèi)健委關(guān)于疫情信息報告的要求,按病例確診時醫(yī)院所在縣區(qū)統(tǒng)計。其中,奎文區(qū)23例、諸城市2例、壽光市1例、安丘市1例、高密市1例、昌邑市1例、臨朐縣3例(治愈1例)、昌樂縣6例。有疑似病例2例。目前,1名患者治愈出院;1名患者病情較重,其他患者生命體征均穩(wěn)定。\n"
            "????目前,累計追蹤到密切接觸者915人,解除醫(yī)學(xué)觀察684人,尚有231人正在接受醫(yī)學(xué)觀察。有關(guān)醫(yī)院進(jìn)行集中觀察的醫(yī)務(wù)人員,均無異常。\n"
            "責(zé)任編輯:"
        ),
        published="2020-02-11",
        city="潍坊市",
        expect=[
            ("confirmed_new", "潍坊市", "2020-02-10", 1, "", ""),
            ("confirmed_total", "潍坊市", "2020-02-10", 38, "", ""),
            ("hospitalized", "潍坊市", "2020-02-10", 37, "", ""),
            ("recovered_total", "潍坊市", "2020-02-10", 1, "", ""),
            ("confirmed_total", "奎文区", "2020-02-10", 23, "", ""),
            ("confirmed_total", "诸城市", "2020-02-10", 2, "", ""),
            ("confirmed_total", "寿光市", "2020-02-10", 1, "", ""),
            ("confirmed_total", "安丘市", "2020-02-10", 1, "", ""),
            ("confirmed_total", "高密市", "2020-02-10", 1, "", ""),
            ("confirmed_total", "昌邑市", "2020-02-10", 1, "", ""),
            ("confirmed_total", "临朐县", "2020-02-10", 3, "", ""),
            ("recovered_total", "临朐县", "2020-02-10", 1, "", ""),
            ("confirmed_total", "昌乐县", "2020-02-10", 6, "", ""),
            ("suspected", "潍坊市", "2020-02-10", 2, "", ""),
            ("close_contacts_total", "潍坊市", "2020-02-10", 915, "", ""),
            ("observation_released_total", "潍坊市", "2020-02-10", 684, "", ""),
            ("observation", "潍坊市", "2020-02-10", 231, "", ""),
        ],
        note="???? chrome; the patient's own contacts (19/14/5) are not the city's; the last paragraph's 目前 has no date of its own and takes 2月10日; 病情較重 is not counted as severe (no 重症 term)",
        source="http://m.tugecao.com/content/2020-02/11/content_2212632.htm",
    ),
    dict(
        id="ho-rw-sd-0210-yantai-two-breakdowns",
        text=(
            "2月10日12-24时,烟台市新增2例新型冠状病毒肺炎确诊病例。\n\n"
            "  病例40:刘某某,男,24岁,牟平区人,家居牟平区新华里村,有本省外地市出行史,与确诊病例有密切接触史。2月10日确定为新冠肺炎确诊病例,临床分型为普通型,无基础性疾病。正在隔离治疗。\n\n"
            "  病例41:臧某某,女,62岁,海阳市人。家居海阳市嵩山街,与确诊病例有密切接触史。2月10日确定为新冠肺炎确诊病例,临床分型为普通型,无基础性疾病。正在隔离治疗。\n\n"
            "  截至目前,我市累计确诊41例新冠肺炎病例,其中重型病例3例,均在定点医院隔离治疗,治愈出院3例。现有疑似病例1例。累计对1134名密切接触者开展医学观察,尚有419人正在接受医学观察。\n\n"
            "  按照山东省新冠肺炎疫情发布统计口径(病例确诊时医院所在县市区):福山区10例,海阳市9例,芝罘区7例,莱阳市6例,牟平区3例,招远市3例,莱州市2例,莱山区1例。\n\n"
            "  按照确诊病例居住属地统计口径:福山区10例,海阳市9例,莱阳市6例,芝罘区5例,招远市3例,牟平区2例,高新区2例,莱州市2例,开发区1例,莱山区1例。"
        ),
        published="2020-02-11",
        city="烟台市",
        expect=[
            ("confirmed_new", "烟台市", "2020-02-10", 2, "", ""),
            ("confirmed_total", "烟台市", "2020-02-10", 41, "", ""),
            ("severe", "烟台市", "2020-02-10", 3, "", ""),
            ("recovered_total", "烟台市", "2020-02-10", 3, "", ""),
            ("suspected", "烟台市", "2020-02-10", 1, "", ""),
            ("close_contacts_total", "烟台市", "2020-02-10", 1134, "", ""),
            ("observation", "烟台市", "2020-02-10", 419, "", ""),
            ("confirmed_total", "福山区", "2020-02-10", 10, "", ""),
            ("confirmed_total", "海阳市", "2020-02-10", 9, "", ""),
            ("confirmed_total", "芝罘区", "2020-02-10", 7, "", ""),
            ("confirmed_total", "芝罘区", "2020-02-10", 5, "", ""),
            ("confirmed_total", "莱阳市", "2020-02-10", 6, "", ""),
            ("confirmed_total", "牟平区", "2020-02-10", 3, "", ""),
            ("confirmed_total", "牟平区", "2020-02-10", 2, "", ""),
            ("confirmed_total", "招远市", "2020-02-10", 3, "", ""),
            ("confirmed_total", "莱州市", "2020-02-10", 2, "", ""),
            ("confirmed_total", "莱山区", "2020-02-10", 1, "", ""),
            ("confirmed_total", "高新区", "2020-02-10", 2, "", ""),
            ("confirmed_total", "开发区", "2020-02-10", 1, "", ""),
        ],
        note="截至目前 and both dateless breakdown paragraphs take the bulletin's 2月10日; two stated breakdowns disagree for 芝罘区 (7/5) and 牟平区 (3/2): both expected; 病例40/41 are case numbers",
        source="http://sd.sina.com.cn/news/2020-02-11/detail-iimxxstf0535878.shtml?from=sd_cnxh",
    ),
    dict(
        id="ho-rw-sd-0215-zaozhuang-trad-after-province",
        text=(
            "2020年2月15日12-24時,山東省報告新增新型冠狀病毒肺炎確診病例5例,,累計確診病例537例(含重癥病例16例,,危重癥病例12例,治愈出院164例,,死亡病例2例),;新增疑似病例13例,現(xiàn)有疑似病例66例,。截至目前,,追蹤到密切接觸者15446人,已解除醫(yī)學(xué)觀察11801人,,診斷為疑似或確診病例281例,,尚有3364人正在接受醫(yī)學(xué)觀察,。\n"
            "詳見下表(單位:例):\n"
            "備注:根據(jù)要求,按病例確診時醫(yī)院所在縣區(qū)統(tǒng)計,。\n"
            "2020年2月15日12時至24時棗莊市新型冠狀病毒肺炎疫情情況\n"
            "2020年2月15日12時-24時,,棗莊市無新增新型冠狀病毒肺炎確診病例。\n"
            "截至2020年2月15日24時,,棗莊市累計報告新型冠狀病毒肺炎確診病例24例(滕州市5例,、薛城區(qū)4例、山亭區(qū)4例,、市中區(qū)5例,、嶧城區(qū)5例、臺兒莊區(qū)1例),,其中危重型病例1例,,治愈出院4例(滕州市2例、市中區(qū)2例)?,F(xiàn)有疑似病例1例(山亭區(qū)1例),,正在定點醫(yī)院隔離觀察。\n"
            "追蹤到密切接觸者816人,已解除醫(yī)學(xué)觀察722人,,尚有94人接受醫(yī)學(xué)觀察,。\n"
            "棗莊市衛(wèi)生健康委員會\n2020年2月16日"
        ),
        published="2020-02-16",
        city="枣庄市",
        expect=[
            ("confirmed_new", "枣庄市", "2020-02-15", 0, "", ""),
            ("confirmed_total", "枣庄市", "2020-02-15", 24, "", ""),
            ("confirmed_total", "滕州市", "2020-02-15", 5, "", ""),
            ("confirmed_total", "薛城区", "2020-02-15", 4, "", ""),
            ("confirmed_total", "山亭区", "2020-02-15", 4, "", ""),
            ("confirmed_total", "市中区", "2020-02-15", 5, "", ""),
            ("confirmed_total", "峄城区", "2020-02-15", 5, "", ""),
            ("confirmed_total", "台儿庄区", "2020-02-15", 1, "", ""),
            ("critical", "枣庄市", "2020-02-15", 1, "", ""),
            ("recovered_total", "枣庄市", "2020-02-15", 4, "", ""),
            ("recovered_total", "滕州市", "2020-02-15", 2, "", ""),
            ("recovered_total", "市中区", "2020-02-15", 2, "", ""),
            ("suspected", "枣庄市", "2020-02-15", 1, "", ""),
            ("suspected", "山亭区", "2020-02-15", 1, "", ""),
            ("close_contacts_total", "枣庄市", "2020-02-15", 816, "", ""),
            ("observation_released_total", "枣庄市", "2020-02-15", 722, "", ""),
            ("observation", "枣庄市", "2020-02-15", 94, "", ""),
        ],
        note="mirror with doubled commas (,, ,、) and a garbled ?,F(xiàn)有; the province block first (its contacts are Shandong's); 危重型 -> critical; 尚有94人接受醫學觀察 without 正在",
        source="https://jinshusy.com/news/show-9804.html",
    ),
    dict(
        id="ho-rw-ah-0202-dongzhi-county-trad-patients",
        text=(
            "根據(jù)省衛(wèi)健委發(fā)布的最新疫情,2020年2月2日0-24時,東至縣新型冠狀病毒感染的肺炎新增確診病例0例,新增疑似病例2例。所有病例病情平穩(wěn),均在定點醫(yī)院隔離治療。\n"
            "截至2月2日24時,東至縣累計報告新型冠狀病毒感染的肺炎確診病例4例。累計追蹤密切接觸者58人,均按密切接觸者管理方案規(guī)范管理。\n"
            "4例確診病例情況如下:\n"
            "病例1:章某某,男,43歲,東至縣勝利鎮(zhèn)瓦垅村人。1月21日,自武漢返回東至。1月23日患者出現(xiàn)發(fā)熱癥狀,前往東至縣第三人民醫(yī)院就診。1月27日晚,轉(zhuǎn)入東至縣人民醫(yī)院,1月29日確診。1月30日,轉(zhuǎn)到市人民醫(yī)院集中隔離救治,目前病情平穩(wěn)。\n"
            "病例2:王某某,女,36歲,東至縣葛公鎮(zhèn)聯(lián)塘村人,1月23日從黃石經(jīng)武漢返回東至。1月25日出現(xiàn)發(fā)熱癥狀,居家隔離,1月29日入住東至縣人民醫(yī)院,1月30日確診。1月31日,轉(zhuǎn)到市人民醫(yī)院集中隔離救治,目前病情平穩(wěn)。"
        ),
        published="2020-02-03",
        city="池州市",
        expect=[
            ("confirmed_new", "东至县", "2020-02-02", 0, "", ""),
            ("confirmed_total", "东至县", "2020-02-02", 4, "", ""),
            ("close_contacts_total", "东至县", "2020-02-02", 58, "", ""),
        ],
        note="a county bulletin read with the prefecture (池州市) as home: figures are the county's; 4例確診病例情況如下 repeats the total; 第三人民醫院 and ages are not figures",
        source="http://m.pxte.cn/news/20200203/57565.html",
    ),
    dict(
        id="ho-rw-jl-0220-songyuan-trad-all-discharged",
        text=(
            "松原市新冠肺炎疫情通報(2020年2月21日公佈)\n\n"
            "2月20日0-24時,松原市無新增新型冠狀病毒肺炎確診病例。截止2月20日24時,松原市累計報告新型冠狀病毒肺炎確診病例2例,均已出院。\n\n\n"
            "截止2月20日24時,松原市現無疑似病例。全市累計追蹤密接人員646人,累計解除醫學觀察639人,尚有7人正在醫學觀察。\n\n"
            "2月20日0-24時,松原市排查湖北(武漢)返松來松0人,其他外省返松來松416人。截止2月20日24時,松原市累計排查湖北(武漢)返松來松2081人,其他外省返松來松58075人。\n\n"
            "請廣大群眾應注意避免到人群密集場所,做好個人防護,勤洗手,戴口罩,少出門,勿聚集,保護好自己和家人的健康。\n\n\n分享到:\n\n\n相關文章:"
        ),
        published="2020-02-21",
        city="松原市",
        expect=[
            ("confirmed_new", "松原市", "2020-02-20", 0, "", ""),
            ("confirmed_total", "松原市", "2020-02-20", 2, "", ""),
            ("recovered_total", "松原市", "2020-02-20", 2, "", ""),
            ("suspected", "松原市", "2020-02-20", 0, "", ""),
            ("close_contacts_total", "松原市", "2020-02-20", 646, "", ""),
            ("observation_released_total", "松原市", "2020-02-20", 639, "", ""),
            ("observation", "松原市", "2020-02-20", 7, "", ""),
        ],
        note="均已出院 -> recovered_total 2; 現無疑似病例 -> suspected 0 (convention question); 截止 spelling; screened returnees (0, 416, 2081, 58075) have no metric",
        source="https://ttnews.xyz/a/5e4f7cdddc9b5e7c5c0134b8?lang=zh-hant",
    ),
    dict(
        id="ho-rw-ah-0203-xuancheng-garbled-dates",
        text=(
            "名称: 2月4日宣城市报告新型冠状病毒感染的肺炎疫情情况\n文号:\n发布日期: 2020-02-04\n"
            "2月4日宣城市报告新型冠状病毒感染的肺炎疫情情况\n"
            "发布时间:2020-02-04 11:59 来源:转载于宣城市人民政府网站 浏览次数: 字体:[ ]\n\n"
            "2020年230-24,我市无新增新型冠状病毒感染的肺炎确诊病例和疑似病例。\n\n"
            "截至2324时,我市累计报告新型冠状病毒感染的肺炎确诊病例4(郎溪县1例、宁国市1例、绩溪县2例),其中宁国市1例病例已于22日治愈出院。\n\n"
            "累计医学观察密切接触者298人,解除医学观察42人。"
        ),
        published="2020-02-04",
        city="宣城市",
        expect=[
            ("confirmed_new", "宣城市", "2020-02-03", 0, "", ""),
            ("confirmed_total", "宣城市", "2020-02-03", 4, "", ""),
            ("confirmed_total", "郎溪县", "2020-02-03", 1, "", ""),
            ("confirmed_total", "宁国市", "2020-02-03", 1, "", ""),
            ("confirmed_total", "绩溪县", "2020-02-03", 2, "", ""),
            ("recovered_total", "宁国市", "2020-02-03", 1, "", ""),
            ("close_contacts_total", "宣城市", "2020-02-03", 298, "", ""),
            ("observation_released_total", "宣城市", "2020-02-03", 42, "", ""),
        ],
        note="government repost that lost 月/日/时/例 (2020年230-24 = 2月3日0-24时, 截至2324时 = 2月3日24时, 确诊病例4( without 例); 已于22日治愈出院 is a status (recovered_total), not a dated new recovery",
        source="http://sjj.xuancheng.gov.cn/OpennessContent/show/1811226.html",
    ),
    # ================================================================ 3. resumption (复工复产)
    dict(
        id="ho-rw-nx-0219-yinchuan-resumption-gov-chrome",
        text=(
            "当前位置:首页 > 新闻中心 > 政务要闻\n\n银川市规模以上工业企业复工率56.2%\n\n"
            "银川市人民政府门户网站 www.yinchuan.gov.cn \n来源:银川日报 2020-02-21 11:30 \n\n"
            "字体颜色: [红] [黄] [蓝] [绿]    \n保护视力色:    \n字体大小: [小] [中] [大] 恢复默认\n\n"
            "银川市工信系统在抓好企业疫情防控工作的同时,积极引导企业复工复产,确保疫情防控和经济发展两不误。截至2月19日,全市规模以上工业企业299户(不含宁东),已复工复产企业168户,复工率56.2%。\n\n"
            "银川市工信系统全员投入疫情防控阻击战和生产复工攻坚战,深入园区、县区、企业开展调研督查34次,指导检查工业企业260户(次),全力支持全市企业保经营、稳发展。"
        ),
        published="2020-02-21",
        city="银川市",
        expect=[
            ("sector_total", "银川市", "2020-02-19", 299, "规模以上工业企业", ""),
            ("resumed", "银川市", "2020-02-19", 168, "规模以上工业企业", ""),
            ("resumption_rate", "银川市", "2020-02-19", 56.2, "规模以上工业企业", ""),
        ],
        note="户 as the unit; (不含宁东) qualifies the base; the headline rate is the body's; 34次 inspections and 260户(次) checked are not resumption figures",
        source="http://www.yinchuan.gov.cn/xwzx/zwyw/202002/t20200221_1963328.html",
    ),
    dict(
        id="ho-rw-ah-0216-bengbu-trad-group-and-key-firms",
        text=(
            "2月17日,記者從安徽省新型冠狀病毒肺炎疫情防控工作領(lǐng)導(dǎo)小組辦公室會議上獲悉,截至2月16日(正月二十三),全省規(guī)模以上工業(yè)企業(yè)復(fù)工7288戶,復(fù)工率40.4%,較上日提高3.7個百分點,復(fù)工人數(shù)88.7萬人,較上日增加3.7萬人。\n"
            "省經(jīng)濟(jì)和信息化廳黨組成員、總工程師徐文章介紹,從各市情況看,宣城市復(fù)工率75%,居全省首位;黃山、滁州、蕪湖、銅陵、合肥市復(fù)工率在50%以上;亳州、池州、淮北市復(fù)工率在30%-50%之間;六安、淮南、安慶、馬鞍山、蚌埠、阜陽、宿州市復(fù)工率在30%以下,其中宿州市僅9.5%。黃山、宣城、淮北三市復(fù)工率分別較上日提高8.9個、8.7個、6.4個百分點,提升幅度居全省前三位。\n"
            "據(jù)介紹,在重點企業(yè)方面,合肥市已復(fù)工億元以上企業(yè)514戶,占全部復(fù)工企業(yè)的42.5%;其中家電、汽車、裝備、電子信息行業(yè)龍頭企業(yè)基本實現(xiàn)全面復(fù)工。滁州市50戶市級重點企業(yè)中,包括隆基股份、立訊精密、惠科光電、長電科技在內(nèi)的43戶企業(yè)已復(fù)工,在崗員工近4萬人,占全市在崗員工總數(shù)的34%,蚌埠市全市“十強(qiáng)”和“三十佳”工業(yè)企業(yè)已復(fù)工27家,復(fù)工率達(dá)67.5%。"
        ),
        published="2020-02-17",
        city="蚌埠市",
        expect=[
            ("resumption_rate", "蚌埠市", "2020-02-16", 30, "規(guī)模以上工業(yè)企業(yè)", "less_than"),
            ("resumed", "蚌埠市", "2020-02-16", 27, "十強(qiáng)和三十佳工業(yè)企業(yè)", ""),
            ("resumption_rate", "蚌埠市", "2020-02-16", 67.5, "十強(qiáng)和三十佳工業(yè)企業(yè)", ""),
        ],
        note="traditional mirror with pinyin residue; 蚌埠 named in a group 復工率在30%以下 (less_than 30); the key-firm paragraph has no date and takes 2月16日; 正月二十三 is a lunar date; Chuzhou/Hefei figures are other cities'",
        source="http://m.zgstyb.cn/html/2020/anhui_0217/149457.html",
    ),
    dict(
        id="ho-rw-ah-0218-wuhu-trad-group-over-60",
        text=(
            "兩手抓兩手硬 安徽規上工業企業復工過半\n\n兩手抓兩手硬 安徽規上工業企業復工過半\n\n"
            "隨著商合杭鐵路合肥以南段等重點項目的加緊建設,連日來,安徽全省迎來複工復產熱潮。\n\n"
            "截至2月18日,全省規模以上工業企業復工9147戶,復工率為51.5%,復工人數106.9萬人。黃山、宣城、滁州、合肥、蕪湖、銅陵等6個市規模以上工業企業復工復產率均超60%。\n\n"
            "從行業來看,電子信息行業和裝備製造業復產率較高,分別達到了70%和80%。規模以上服務業復工復產率為24.8%,限額以上批發零售住宿餐飲業復工復產率為16.4%。"
        ),
        published="2020-02-20",
        city="芜湖市",
        expect=[
            ("resumption_rate", "芜湖市", "2020-02-18", 60, "規模以上工業企業", "more_than"),
        ],
        note="traditional repost; a group of 6 named cities 均超60% gives 芜湖 60 more_than; 6 is a count of cities; the industry and service rates are the province's; published from the mirror's ObjectId (2020-02-20)",
        source="https://ttnews.xyz/a/5e4e71fbdc9b5e46c344bbbd",
    ),
    dict(
        id="ho-rw-he-0222-xingtai-group-over-80",
        text=(
            "长城原创 >\n\n位居全省第一!衡水市规模以上工业企业复工率达91.4%\n\n"
            "来源: 长城网   作者:赵晓慧 郝赫 \n2020-02-24 18:35:46\n分享:\n\n"
            "河北金达科技股份有限公司员工在生产防护隔离面罩材料产品。任光阳 殷实 摄\n\n"
            "  长城网讯(记者 赵晓慧 通讯员 郝赫)河北省工业和信息化厅消息,截至2月22日,全省9909家规模以上工业企业复工复产,比21日增加431家,复工率为75.1%,比21日提高3.2个百分点。其中,衡水市规模以上工业企业复工率达91.4%,位居全省第一。\n\n"
            "  分企业规模看,大型企业复工率良好。年营业收入超100亿元企业全部复工;超50亿元企业复工率94.6%,比21日提高1.6个百分点;超10亿元企业复工率89.3%,比21日提高0.9个百分点。分地区情况看,各市复工率均呈上升态势。衡水、邢台、石家庄复工率均超过80%。\n\n"
            "关键词:规上工业,复工复产,营业收入责任编辑:赵晓慧"
        ),
        published="2020-02-24",
        city="邢台市",
        expect=[
            ("resumption_rate", "邢台市", "2020-02-22", 80, "规模以上工业企业", "more_than"),
        ],
        note="邢台 only in a group 均超过80% (more_than); the dateless paragraph takes 2月22日, and 比21日 is a comparison; 衡水's 91.4% and the size-band rates are not 邢台's",
        source="http://report.hebei.com.cn/system/2020/02/24/100209459.shtml",
    ),
    dict(
        id="ho-rw-hl-0312-qiqihar-industry-list-line-breaks",
        text=(
            "资 讯\n规上工业企业开复工率达91.1%,上游工业设计类公司迎来机遇 | FROM ZERO TO ONE\n"
            "- 来 源:网络\n- 发 表 于:2020-03-14\n- 作 者:101\n- 人 气:9092\n"
            "规上工业企业开复工率达91.1%,上游工业设计类公司迎来机遇\n"
            "齐齐哈尔新闻网3月14日讯(记者 路久宽)随着疫情得到逐步控制,在做好疫情防控的同时,全市规上工业企业陆续开始\n复工复产。\n"
            "记者在市工信局获悉,随着复工复产的有序推进,全市规上工业企业共有314户,截至3月12日开复工企业达286户,开\n复工率为91.1%。"
            "其中,食品行业132户,开复工率92.3%;能源行业 56 户,开复工率 100%;装备行业 44 户,开复\n工率100%;石化行业21户,开复工率95.5%;林木建材行业25户,开复工率61%;冶金行业3户,开复工率100%;纺\n织行业3户,开复工率100%;医药行业2户,开复工率100%。"
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
        note="开复工率 = resumption_rate; hard line breaks split 开\\n复工率 and 纺\\n织行业; spaced numbers (能源行业 56 户, 开复工率 100%); each industry is its own sector with its size; 人气9092 and 3月14日讯 are chrome",
        source="http://101ir.com/news-s275-c2-p20.html",
    ),
    dict(
        id="ho-rw-xj-0305-urumqi-company-workers-back",
        text=(
            "03.05 乌鲁木齐战略性新兴产业相关企业有序复工复产\n\n"
            "  乌鲁木齐晚报全媒体讯(记者王丽丽)抓紧抓实抓细疫情防控,高端制造生产线平稳运行,以技改创新引领企业提质增效,引入先进技术为企业发展注入动能,按照2020年既定生产经营指标稳步推进生产乌鲁木齐战略性新兴产业企业有序复工复产,探寻新的成长空间和发展机遇,展现经济新动能的活力和韧劲。\n\n"
            "  “这边是发动机搭装、驾驶室搭装、轮胎装配,这边是油液加注,然后整车下线”走进陕汽新疆汽车有限公司生产制造部大线车间,工作人员佩戴口罩在各自的岗位上有条不紊地忙碌着。目前车间130名员工中已有65人返岗复工。\n"
            "  该公司于2月24日正式复工复产以来,严格落实防控疫情措施,保障企业生产,全力完成今年计划订单任务。去年,公司共生产重型卡车4560辆,实现产值12亿7000万元,主要供新疆及周边市场。2020年公司计划生产重型卡车5500辆,其中,一季度计划订单1200辆,截至目前已收到订单1063辆。"
        ),
        published="2020-03-05",
        city="乌鲁木齐市",
        expect=[
            ("workers_returned", "陕汽新疆汽车有限公司", "2020-03-05", 65, "", ""),
        ],
        note="company-level returned workers (65 of a 130-strong workshop; no rate is stated); 目前 has no date in its paragraph -> publication date; 2月24日…以来 is a start; trucks, output value and orders are not metrics",
        source="https://p2.ttnews.xyz/a/5e620723dc9b5e2b86b4de4e?lang=zh-hans",
    ),
    dict(
        id="ho-rw-gs-0227-linxiashi-inside-prefecture",
        text=(
            "我州三十六户规模以上工业企业复工复产\n"
            "每日甘肃网2月27日讯 据民族日报报道(记者幸福)全州规模以上工业企业陆续复工复产,近日记者从州工信局获悉,截至目前,全州46户规模以上工业企业中,已有36户复工复产,复产率78.26%,高于全省23日复产率12.96个百分点;全州工业企业通常用工8606人,目前到岗5363人,复工率62.32%。\n"
            "从各县市工业企业复工复产情况来看,广河县、和政县规模以上企业各5户,临夏县、康乐县规模以上企业各1户,复产率均100%;临夏市规模以上企业11户,复产9户,复产率81.82%;永靖县规模以上企业12户,复产9户,复产率75%;临夏经开区规模以上企业5户,复产3户,复产率60%;东乡县规模以上企业6户,复产3户,复产率50%;"
        ),
        published="2020-02-27",
        city="临夏市",
        expect=[
            ("sector_total", "临夏市", "2020-02-27", 11, "规模以上企业", ""),
            ("resumed", "临夏市", "2020-02-27", 9, "规模以上企业", ""),
            ("resumption_rate", "临夏市", "2020-02-27", 81.82, "规模以上企业", ""),
        ],
        note="home is a county-level city inside 临夏州: 我州/全州 figures (46, 36, 8606, 5363, 62.32%) are the prefecture's; 复产N户/复产率 here count enterprises (convention question); 截至目前 -> publication date; 全省23日 is a comparison",
        source="http://lx.gansudaily.com.cn/system/2020/02/27/017366498.shtml",
    ),
    dict(
        id="ho-rw-neg-gs-0219-lanzhou-province-only",
        text=(
            "甘肃省工信厅:全省规上工业企业复产复工率逾五成\n"
            "【专题】众志成城 战胜疫情——抗击新型冠状病毒感染的肺炎疫情\n"
            "原标题:省工信厅 全省规上工业企业复产复工率逾五成\n"
            "中国甘肃网2月21日讯 据兰州晚报报道 记者从2月20日召开的省政府新闻发布会上获悉,目前,中央在甘企业、国有企业绝大多数复工复产,中小企业也陆续复工复产。截至2月19日,省工信厅重点调度的31户企业(占全省规上工业比重70%左右)复产复工29户,复产复工率94%;尚未复产两户中,正威(甘肃)铜业拟于2月24日复产,祁连山水泥预计月底复产。100户重点监测企业(占全省规上工业比重80%左右)累计复产复工65户,复产复工率65%。全省1732户规上工业企业复产复工985户,复产复工率56.9%。\n"
            "兰州日报社全媒体记者 田玥"
        ),
        published="2020-02-21",
        city="兰州市",
        expect=[],
        note="兰州 appears only as the newspaper; every resumption figure is the province's (全省, 省工信厅重点调度); 拟于2月24日复产 is a plan",
        source="http://gansu.gscn.com.cn/system/2020/02/21/012323856.shtml",
    ),
]
