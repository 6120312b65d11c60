"""Golden extraction cases from REAL city-paper narrative news, blind HOLDOUT set.

Same kind of material and same format as eval_narrative.py (read its docstring and
tests/cases/ANNOTATION.md): short verbatim excerpts of a city paper's, county outlet's or
development zone's own narrative news about its own city, January-March 2020, with
`city` = the outlet's city and `expect` = the COMPLETE set of tuples for that city, its
districts/counties/zones and named organisations. Annotated BLIND, from the texts alone,
without reading or running the extractor. Nobody is meant to look at its failures: it
measures accuracy on unseen text.

Cities / outlets (none of them used in eval_narrative.py): 临沂市 (临沂 city story),
桂林市 (桂林日报 ×2), 资阳市 (资阳高新区 management committee), 金华市 (东阳市 bulletin
story), 济宁市 (济宁新闻网), 孝感市 (安陆 city media), 重庆市 (巫山报; a 重庆日报 report),
德阳市 (四川新闻网德阳 / 德阳新闻联播), 苏州市 (吴江 district paper), 赣州市 (大余 county
page). Several are mirrors or aggregators of the outlet's page; `source` is the page the
excerpt was taken from. None mentions 株洲 or comes from Hunan; none comes from DXY.

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Reading choices are those listed in eval_narrative.py's docstring, plus:

* In a company round-up (桂林) 目前 is the day of the visit the story reports, not the
  companies' own resumption dates (自2月10日复工, 2月3日基本实现满产), which date nothing.
* Patients of another city treated in the home city's hospital (济宁市收治的…枣庄籍患者)
  are the other city's cases and an institution's count: nothing for the home city.
"""

CASES = [
    dict(
        id="ho-nr-linyi-hospital-four-city-total-41",
        text=(
            "向上吧!小黄线\n"
            "2月19日,我市抗击疫情一线再度传来好消息,临沂市人民医院今日又有4名患者治愈出院,已连续6日持续有患者治愈出院。\n"
            "下午3时,4名新冠肺炎治愈患者在医护人员的陪同下走出市人民医院负压隔离病房,并向医务人员表达了他们深深的感激之情。"
            "4名患者在医护人员祝福中按要求分别乘专用车辆返回当地进行医学隔离观察。\n"
            "2月14日以来,我市已连续六天有患者治愈出院。截至目前,全市累计41名确诊患者出院。在当前防控形势的关键阶段,每每传来患者治愈出院的消息,总是特别振奋人心。\n"
            "截至目前,全市已累计出院新冠肺炎确诊患者41人。"
        ),
        published="2020-02-19",
        city="临沂市",
        expect=[
            ("recovered_total", "临沂市", "2020-02-19", 41, "", ""),
        ],
        note=(
            "one institution is not the city: 临沂市人民医院今日又有4名患者治愈出院 gives nothing (the patients go "
            "back to 当地, their own counties); the city total 41 (stated twice) is one tuple; 2月14日以来 is a "
            "start, so 截至目前 takes 2月19日; 连续6日 / 连续六天 are durations"
        ),
        source="https://p2.ttnews.xyz/a/5e4e8792dc9b5e2652dbf8f8?lang=zh-hans",
    ),
    dict(
        id="ho-nr-guilin-etdz-company-return-rates",
        text=(
            "本报讯(记者周文俊)2月19日上午,市委常委、常务副市长、市疫情防控指挥部常务副指挥长彭代元带队到桂林经开区,检查指导重点企业复工复产工作。"
            "彭代元要求,桂林经开区、临桂新区要在全力支持企业做好疫情防控基础上,进一步做好企业返工人员、防护物资、生产要素、政策支持等各项保障,"
            "推进园区和辖区企业全面复工复产,确保疫情防控和桂林经济社会发展两手抓、两不误、双促进。\n"
            "在桂林三金药业生产车间内,自动化生产线正在“忙碌”工作,工人在生产线上进行作业。公司自2月10日开始准备复工,筹集了2万多个口罩及一批体温枪等防护物资,"
            "于2月13日正式开工,目前已经全部满产。桂林莱茵生物公司自2月10日复工,目前员工已经到位90%,达到全部复产条件,公司相关负责人表示,作为医药企业,"
            "在疫情期间虽然生产受到一定影响,但从长期来看,对公司发展仍是利好,预计今年实现增长30%。桂林福达集团员工目前返岗90%,公司通过配发口罩、"
            "每天测量体温、饭菜送到员工岗位上避免聚集等方式,目前恢复产能90%以上。临桂溢达纺织有限公司于1月27日开始复工,2月3日基本实现满产,"
            "目前员工已经大部分返岗,每天产出10吨花灰纱。桂林深科技项目80%员工已经返岗,每天可生产手机3.5万台,达到正常产能的60%,"
            "预计一周左右将实现满负荷生产。桂林合兴医疗2月16日成功试产桂林第一个护目镜,19日正式生产,该生产线将日产5000个护目镜,"
            "下一步计划增加生产线,满产后产能将达到日产2万个,为桂林、广西乃至全国医疗防护物资提供保障。"
        ),
        published="2020-02-20",
        city="桂林市",
        expect=[
            ("worker_return_rate", "桂林莱茵生物公司", "2020-02-19", 90, "", ""),
            ("worker_return_rate", "桂林福达集团", "2020-02-19", 90, "", ""),
            ("worker_return_rate", "桂林深科技项目", "2020-02-19", 80, "", ""),
        ],
        note=(
            "company list, each rate its own company's (员工已经到位90% / 员工目前返岗90% / 80%员工已经返岗); "
            "恢复产能90%以上 and 达到正常产能的60% are capacity (no metric), 全部满产 / 大部分返岗 give no number, "
            "2万多个口罩, 增长30%, 10吨, 3.5万台, 5000个 / 2万个 are no figures; 目前 = the 2月19日 visit (reading "
            "choice), not the resumption dates; 桂林经开区 named with no figure; publication date inferred"
        ),
        source="https://yybnet.net/guilin/lingui/202002/10209144.html",
    ),
    dict(
        id="ho-nr-guilin-zhemu-town-level-only",
        text=(
            "柘木镇稳步推进复工复产\n"
            "本报讯(通讯员欧婷 记者秦丽云)量体温、扫码出入,这是位于雁山区柘木镇的桂林市福桂纸业有限公司员工上班的“规定动作”。"
            "据了解,目前柘木镇已有13家工业企业复工复产,复工率达68%。\n"
            "柘木镇共有工业企业19家,其中奇峰创业园16家,规模以上企业4家。当前,疫情防控因企业陆续返岗复工而迎来了新挑战。"
            "柘木镇企业迎难而上,防控疫情保生产,用实际行动诠释了企业的责任与担当。\n"
            "截至目前,该镇有13家工业企业已复工,其中包括桂林大北农饲料科技有限公司、桂林市福桂纸业有限公司、桂林市中天机械有限公司和桂林彤强新型建材有限公司等企业,"
            "复工率达68%,预计月底复工率达95%。"
        ),
        published="2020-02-28",
        city="桂林市",
        expect=[],
        note=(
            "every figure is a town's (柘木镇 in 雁山区) or its park's (奇峰创业园): below district level, nothing "
            "expected, not even for 雁山区; companies are listed without figures; 预计…95% is a forecast"
        ),
        source="http://epaper.guilinlife.com/glwb/html/2020-02/28/content_1745572.htm?div=-1",
    ),
    dict(
        id="ho-nr-ziyang-hi-tech-zone-59-firms-91pct",
        text=(
            "高新区战“疫”和发展两手抓、两促进\n"
            "发布时间:2020-03-03   录入:资阳高新技术产业园区管理委员会\n"
            "自新冠疫情爆发以来,高新区全面贯彻习近平总书记关于新型冠状病毒肺炎疫情防控工作重要指示精神,认真落实党中央、国务院和省、市部署要求,"
            "坚持疫情防控和复产复工两手抓、两促进,确保疫情防控工作不松懈,精准稳妥推进复产复工,确保全区经济社会发展健康平稳。截至2月28日12时,"
            "高新区已复工复产规上工业企业59户,占处于正常生产状态的规上工业企业的91%,规上工业复工人数7983人。中车资阳机车及其投资公司、"
            "南骏汽车及其配套企业、百威啤酒、共享铸造、大千药业等重点企业和爱齐、卡瓦等18户口腔企业自1月29日起先后复工复产。"
        ),
        published="2020-03-03",
        city="资阳市",
        expect=[
            ("resumed", "高新区", "2020-02-28", 59, "规上工业企业", ""),
            ("resumption_rate", "高新区", "2020-02-28", 91, "规上工业企业", ""),
            ("workers_returned", "高新区", "2020-02-28", 7983, "规上工业企业", ""),
            ("resumed", "高新区", "2020-02-28", 18, "口腔企业", ""),
        ],
        note=(
            "development-zone report (资阳高新技术产业园区 -> 高新区); 占…规上工业企业的91% is the sector's "
            "resumption_rate; 18户口腔企业…先后复工复产 -> resumed 18 as of the paragraph's 截至2月28日 (自1月29日起 "
            "is a start); named companies carry no figure of their own"
        ),
        source="http://gk.ziyang.gov.cn/details.aspx?dept=5&id=12839",
    ),
    dict(
        id="ho-nr-jinhua-dongyang-all-19-cured",
        text=(
            "3月13日东阳市新冠肺炎疫情通报\n"
            "2020年3月12日0-24时,东阳市无新增新型冠状病毒肺炎病例。自2月13日起,东阳市已连续29天未出现新增确诊病例。\n"
            "截至3月12日24时,东阳市累计报告新冠肺炎确诊病例19例,已全部治愈出院。\n"
            "专家提醒:当前境外输入风险增加,疫情防控工作依然不能松懈,为了您和他人健康,请继续保持“戴口罩、勤洗手、不集聚”的良好习惯。"
        ),
        published="2020-03-13",
        city="金华市",
        expect=[
            ("confirmed_new", "东阳市", "2020-03-12", 0, "", ""),
            ("confirmed_total", "东阳市", "2020-03-12", 19, "", ""),
            ("recovered_total", "东阳市", "2020-03-12", 19, "", ""),
        ],
        note=(
            "county-level city of 金华市; implied figure: 累计…19例,已全部治愈出院 -> confirmed_total 19 and "
            "recovered_total 19; 无新增 and 连续29天 give one confirmed_new 0 (自2月13日起 is a start, 29 a duration)"
        ),
        source="https://p2.ttnews.xyz/a/5e6cbc9ddc9b5e7ebb5c7e79?lang=zh-hans",
    ),
    dict(
        id="ho-nr-jining-zaozhuang-patients-not-home",
        text=(
            "濟寧新聞網訊(記者 孫靈猛 秦璞)經過濟寧市新冠肺炎醫(yī)療救治專家團隊精心治療,3月7日下午,濟寧市收治的棗莊籍最后1位新冠肺炎確診患者治愈出院。\n"
            "患者劉某某對記者說:“自從到了這個醫(yī)院之后,感覺也很好,非常溫暖,不管是治療上還是生活上對我們照顧的非常周到,非常感謝!”\n"
            "該患者2月12日轉入濟寧市定點醫(yī)院,經過精心治療,病情持續(xù)改善,連續(xù)兩次核酸檢測均為陰性,經省、市兩級專家組綜合評估,符合出院條件。"
            "至此,濟寧市收治的17位棗莊籍新冠肺炎確診患者全部治愈出院。(《濟寧新聞聯播》)"
        ),
        published="2020-03-07",
        city="济宁市",
        expect=[],
        note=(
            "the 17 (and the last 1) are 枣庄 cases treated in 济宁's designated hospital: another city's patients "
            "and an institution's count -> nothing for 济宁市 (reading choice); traditional characters with pinyin "
            "residue kept"
        ),
        source="http://www.hndydb.com/news/343845.shtml",
    ),
    dict(
        id="ho-nr-xiaogan-anlu-256-leave-for-shenzhen",
        text=(
            "“点对点、一站式 ”输送——安陆首批256名外出务工人员启程返岗\n"
            "朱辉 蒋鹏飞 张成旭 2020-03-18 13:03\n"
            "3月18日上午,在警车带领和护送下,12辆大巴车依次从安陆市长途汽车站驶出,“点对点、一站式 ”输送首批256名安陆籍外出务工者直奔深圳市、东莞市。"
            "市委常委、常务副市长黄炜率人社、交通等部门负责人现场欢送外出务工人员。从即日起至20日,安陆市将通过“点对点、一站式 ”运送1000余名外出务工者返岗。\n"
            "发车现场,每一辆大巴车都进行严格消毒,每一名外出务工人员都出示“湖北健康码”绿码、目的地接收证明、接受体温测量并佩戴口罩上车出行,"
            "工作人员还为每名返工者发放返岗人员须知,每台车严格按50%乘坐率安排座次,并配备口罩、消毒液等防疫设施。\n"
            "据安陆市人社部门相关负责人介绍,安陆常年外出务工4万余人。此前,安陆市人社局对外出务工人员进行实名登记统计,沟通对接各地企业用工情况后,"
            "组织点对点运送安陆籍外出务工人员返岗,对急需复工的、有接送证明的和精准扶贫对象优先保障。"
        ),
        published="2020-03-18 13:03",
        city="孝感市",
        expect=[],
        note=(
            "workers leaving for jobs elsewhere (深圳市、东莞市): 256, the planned 1000余 and the usual 4万余 migrant "
            "workers are no workers_returned for 安陆市; 12辆 and 50% are no figures"
        ),
        source="http://m-anluyun.cjyun.org/p/49522.html",
    ),
    dict(
        id="ho-nr-chongqing-wushan-two-discharged",
        text=(
            "巫山2名确诊患者治愈出院\n"
            "刊发日期:2020-02-03\n"
            "2月2日,县人民医院,治愈的新型冠状病毒感染的肺炎患者李某(左四)敖某(右四)出院。\n"
            "本报讯(记者卢先庆向勇鲁作炳文/图)2月2日,我县2名新型冠状病毒感染的肺炎确诊患者在县人民医院经过精心治疗,达到解除隔离和出院标准,正式出院,"
            "这也是该县采用中西医结合治疗治愈确诊患者的成功范例。\n"
            "44岁的女性患者李某,2019年12月在武汉华南海鲜市场附近打工。返巫后于2020年1月12日出现咳嗽,咳少许白色粘痰,伴发热,体温37度多。"
            "1月19日,李某主动到县人民医院就诊,1月20日新型冠状病毒核酸检测呈阳性。\n"
            "2月2日上午,2名患者正式出院。"
        ),
        published="2020-02-03",
        city="重庆市",
        expect=[
            ("recovered_new", "巫山县", "2020-02-02", 2, "", ""),
        ],
        note=(
            "county paper of a municipality (我县 = 巫山县, region kept as the county); discharge report: 2名…达到解除"
            "隔离和出院标准 -> recovered_new (stated twice, one tuple); the county hospital is only where; ages, "
            "37度, 左四/右四 are no figures; 武汉 is the patient's workplace"
        ),
        source="http://epaper.wushannews.com/Html/2020-02-03/20371.html",
    ),
    dict(
        id="ho-nr-deyang-two-cured-total-five",
        text=(
            "德陽2名新冠肺炎患者治癒出院 累計治癒5人\n"
            "2020-02-21     德陽新聞聯播\n"
            "魏女士出院\n"
            "朱先生出院\n"
            "四川新聞網德陽2月21日訊(記者 周鴻)2月21日下午,新冠肺炎治癒患者魏女士和朱先生在醫務人員的陪伴下走出定點醫院大門。至此,德陽市已累計有5例確診患者治癒出院。\n"
            "魏女士、朱先生分別於2月1日、2月3日被確診為新冠肺炎患者,確診後即轉診至定點醫院接受隔離治療。\n"
            "2月21日上午,專家團隊就魏女士和朱先生近期情況及檢查報告進行了討論,認為二人均已符合國家衛健委新冠肺炎確診病例出院標準。"
            "出院後,魏女士和朱先生還將接受為期14天的居家隔離觀察。(德陽市人民醫院供圖)"
        ),
        published="2020-02-21",
        city="德阳市",
        expect=[
            ("recovered_new", "德阳市", "2020-02-21", 2, "", ""),
            ("recovered_total", "德阳市", "2020-02-21", 5, "", ""),
        ],
        note=(
            "discharge story in traditional characters: two named patients (二人, headline 2名) -> recovered_new 2; "
            "至此 takes 2月21日; diagnosis dates and 14天 give nothing"
        ),
        source="https://twgreatdaily.com/zh-tw/dKL0ZnABjYh_GJGVPRhH.html",
    ),
    dict(
        id="ho-nr-suzhou-wujiang-all-1250-resumed",
        text=(
            "疫情防控要抓牢\n"
            "服务企业促发展 昨天下午,我区召开支持企业复工复产会议。区长戴士福要求全区各级在抓好疫情防控的同时,主动服务企业,落实各项政策,"
            "同舟共济促发展。区领导陆秋明、薛建忠参加会议。\n"
            "会上,区发改、工信、人社等部门汇报了全区企业复工复产和相关政策落实情况。截至3月3日,全区累计复工企业超1.5万家,三产服务业企业5215家,"
            "交通运输企业177家,建筑房地产企业118家,其中,1250家规上工业企业全部复工,24家上市企业、31家上市后备企业全部复工。"
            "836家服务业规上企业累计复工677家,复工率81%,高于全市平均水平。10127家已复工工业企业在岗员工超25万人,占复工达产后拟用职工数的77.9%。"
        ),
        published="2020-03-05",
        city="苏州市",
        expect=[
            ("resumed", "吴江区", "2020-03-03", 15000, "企业", "more_than"),
            ("resumed", "吴江区", "2020-03-03", 5215, "三产服务业企业", ""),
            ("resumed", "吴江区", "2020-03-03", 177, "交通运输企业", ""),
            ("resumed", "吴江区", "2020-03-03", 118, "建筑房地产企业", ""),
            ("sector_total", "吴江区", "2020-03-03", 1250, "规上工业企业", ""),
            ("resumed", "吴江区", "2020-03-03", 1250, "规上工业企业", ""),
            ("resumption_rate", "吴江区", "2020-03-03", 100, "规上工业企业", ""),
            ("sector_total", "吴江区", "2020-03-03", 24, "上市企业", ""),
            ("resumed", "吴江区", "2020-03-03", 24, "上市企业", ""),
            ("resumption_rate", "吴江区", "2020-03-03", 100, "上市企业", ""),
            ("sector_total", "吴江区", "2020-03-03", 31, "上市后备企业", ""),
            ("resumed", "吴江区", "2020-03-03", 31, "上市后备企业", ""),
            ("resumption_rate", "吴江区", "2020-03-03", 100, "上市后备企业", ""),
            ("sector_total", "吴江区", "2020-03-03", 836, "服务业规上企业", ""),
            ("resumed", "吴江区", "2020-03-03", 677, "服务业规上企业", ""),
            ("resumption_rate", "吴江区", "2020-03-03", 81, "服务业规上企业", ""),
            ("resumed", "吴江区", "2020-03-03", 10127, "工业企业", ""),
            ("workers_returned", "吴江区", "2020-03-03", 250000, "工业企业", "more_than"),
            ("worker_return_rate", "吴江区", "2020-03-03", 77.9, "工业企业", ""),
        ],
        note=(
            "district paper (我区 = 吴江区); 超1.5万家 -> 15000 more_than; the listed categories are resumed "
            "counts; N家…全部复工 -> sector_total N, resumed N, rate 100 (reading choice); 高于全市平均水平 is a "
            "comparison with no 苏州市 figure; 在岗员工超25万人 / 占拟用职工数的77.9% -> workers and their rate; "
            "the meeting was 昨天 (3/4) but the figures are 截至3月3日"
        ),
        source="https://app.wjyanghu.com/yhw/hotspot/wjxw/2020-03-05/74480.html",
    ),
    dict(
        id="ho-nr-ganzhou-dayu-meeting-no-figure",
        text=(
            "2月14日上午,全县企业复工复产工作调度会在县工业园管委会会议室召开。县政府副县长罗少贵、县政协副主席周凤来出席会议。\n"
            "会议传达了省委副书记、省长易炼红关于企业复工复产讲话精神、省控4号令精神、撤销高速公路及国省道检测点通告精神,"
            "就企业复工Q : P ! w G复产工作进行了部署。会议强调,要鼓励企业开工复产,做好复工准备,企业核查组要加快现场核查进度;"
            "要强化园区企业防疫监管,制定工作方案,做好外来人员及车辆有效管控;要强化园区企业督查,要求企业落实防控措施,"
            "每日人员、车辆动态要做到一日一报告L s % 7 & i % 3;要有序推进企业复工,做到疫情防控和企业复产两不误。"
        ),
        published="2020-02-14",
        city="赣州市",
        expect=[],
        note=(
            "county meeting story (大余县 page of a 赣州 aggregator) with anti-copy noise (Q : P ! w G, L s % 7 & i "
            "% 3) kept as found; 省控4号令 is a document number; no figure at all"
        ),
        source="https://www.ganzhouxinwen.com/bendi/dayu/126444.html",
    ),
    dict(
        id="ho-nr-chongqing-6500-firms-vs-feb10",
        text=(
            "截至3月9日,重庆累计实现生产的规模工业企业(含持续生产)6500家,开工率99.8%。市经信委介绍,员工返岗率是体现企业产能恢复和正常生产的重要指标。"
            "市经信委统计数据显示,截至3月9日,全市规模工业企业员工返岗合计131.9万人,返岗率93%。用电量是工业企业运行状况最直观的指标之一,3月8日,"
            "全市工业用电总量8765.8万千瓦时,相比2019年3月日均值,用电恢复率为82.6%,较2月10日提高43.8个百分点。\n"
            "市经信委表示,目前,459家专精特新企业已开工447家,开工率97.4%,合计返岗人数6.6万人。其中,20家“隐形冠军”企业已全部复工,返岗率76.1%;"
            "40家“小巨人”企业已复工39家,返岗率76.2%。"
        ),
        published="2020-03-11",
        city="重庆市",
        expect=[
            ("resumed", "重庆市", "2020-03-09", 6500, "规模工业企业", ""),
            ("resumption_rate", "重庆市", "2020-03-09", 99.8, "规模工业企业", ""),
            ("workers_returned", "重庆市", "2020-03-09", 1319000, "规模工业企业", ""),
            ("worker_return_rate", "重庆市", "2020-03-09", 93, "规模工业企业", ""),
            ("sector_total", "重庆市", "2020-03-09", 459, "专精特新企业", ""),
            ("resumed", "重庆市", "2020-03-09", 447, "专精特新企业", ""),
            ("resumption_rate", "重庆市", "2020-03-09", 97.4, "专精特新企业", ""),
            ("workers_returned", "重庆市", "2020-03-09", 66000, "专精特新企业", ""),
            ("sector_total", "重庆市", "2020-03-09", 20, "隐形冠军企业", ""),
            ("resumed", "重庆市", "2020-03-09", 20, "隐形冠军企业", ""),
            ("resumption_rate", "重庆市", "2020-03-09", 100, "隐形冠军企业", ""),
            ("worker_return_rate", "重庆市", "2020-03-09", 76.1, "隐形冠军企业", ""),
            ("sector_total", "重庆市", "2020-03-09", 40, "小巨人企业", ""),
            ("resumed", "重庆市", "2020-03-09", 39, "小巨人企业", ""),
            ("worker_return_rate", "重庆市", "2020-03-09", 76.2, "小巨人企业", ""),
        ],
        note=(
            "comparison baselines: 较2月10日提高43.8个百分点 and 相比2019年3月日均值 qualify 用电恢复率 (no metric); "
            "开工率 of firms = resumption_rate; 131.9万人 -> 1319000; the dateless 目前 paragraph takes the report's "
            "截至3月9日 (the 3月8日 electricity date is not the report's); 20家…全部复工 -> total/resumed 20, rate 100; "
            "publication date inferred (a 重庆日报 report of 3月10日 briefing)"
        ),
        source="http://cdhailida.com/zd.php?cid=19&id=896",
    ),
]
