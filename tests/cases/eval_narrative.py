"""Golden extraction cases from REAL city-paper narrative news, blind evaluation set.

What it is: short verbatim excerpts (a paragraph or a few sentences; words, numbers,
punctuation, traditional characters and pinyin residue of mirror pages kept as found) of
a city paper's (or a county / development-zone outlet's) OWN narrative news about its own
city, January-March 2020: local news stories, county and development-zone reports, city
press-conference write-ups, feature stories about discharged patients, resumption-of-work
stories, workers leaving for jobs elsewhere, and pages that name the city with no figure
(expect=[]). `city` is the paper's city; `expect` is the COMPLETE set of tuples for that
city, its districts/counties/zones and named organisations.

Annotated BLIND: written from the texts alone, following tests/cases/ANNOTATION.md,
dev_cases.py's docstring and shared/gold/FORMAT.md, without reading or running the
extractor. holdout_narrative.py uses other cities' papers.

Cities / outlets: 宁波市 (宁波日报, 海曙新闻网, 中国宁波网, 宁海 county media),
温州市 (温州日报瓯网, 钱江晚报 on the city press conference), 芜湖市 (大江晚报, 芜湖日报),
南昌市 (南昌日报), 九江市 (湖口县 bulletin story), 淄博市 (鲁中晨报), 柳州市 (柳州晚报 and
a 柳州 feature), 天津市 (天津日报 article), 福州市 (福州晚报), 绵阳市 (绵阳日报), 滁州市
(滁州日报), 安阳市 (安阳日报), 巴中市 (巴中 city news), 平凉市 (崇信县 story), 张家口市
(沽源县 story), 黄冈市 (黄冈 photo captions), 德州市 (德州晚报 ×2), 潍坊市 (安丘 city site).
Several sources are mirrors or aggregators of the paper's page (yybnet, ttnews, …): the
`source` is the page the excerpt was taken from. None mentions 株洲 or comes from Hunan;
none comes from the DXY feed.

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Reading choices made here where the conventions are silent (see each case's note):

* A narrative that gives a patient's home district (琅琊区的陈某, 德城区康某, 内黄县…人)
  is residence, not a district breakdown: only the city's figure is expected.
* A discharge story whose subject is the city (我市/全市…名患者从某医院出院, 全市最后2例…
  从某医院治愈出院) is the city's recovered_new; only a count whose subject is the hospital
  itself (某医院收治的…) gives nothing.
* …全部复工 of a stated number N (51个省重点项目全部复工) → sector_total N, resumed N and
  resumption_rate 100, as if 复工率100% were written; 在全市率先实现100%复工 likewise
  implies the sector's total.
* 复产人数 (people back at production) is read as workers_returned; 复产率 and 产能恢复率
  have no metric; 综合复工率 keeps sector "综合".
* Where a story's publication date is not on the mirror page it is inferred from the text
  and said so in the note; every figure in such cases carries its own date anyway.
* Paragraphs left out of an excerpt are simply omitted (no ellipsis marks are added); a
  trailing sentence is dropped only when it would make the gold depend on an arbitrary
  date reading (e.g. 目前已连续6天无新增 stated a day after the six-day run).
"""

CASES = [
    # ------------------------------------------------------------------ 宁波市
    dict(
        id="ev-nr-ningbo-daily-0228-cured-136-of-157",
        text=(
            "本报讯(记者陈敏)昨日,记者从宁波市新冠肺炎疫情防控工作第20次新闻发布会上获悉,截至2月27日12时,"
            "在我市累计报告的157例确诊病例中已有136例治愈出院,治愈率达86.62%,无死亡病例。\n"
            "2月26日0时-24时,宁波市无新增新冠肺炎确诊病例,新增出院病例12例。昨天上午,我市又有2名新冠肺炎患者治愈出院。\n"
            "目前,全市共有198名密切接触者正在接受医学观察,2568名密切接触者已解除隔离。\n"
            "目前,全市还有21例确诊患者在院治疗,其中5名重症病例(均为60岁以上的老年人,2名为超过80岁的高龄患者)在省级定点医院。"
        ),
        published="2020-02-28",
        city="宁波市",
        expect=[
            ("confirmed_total", "宁波市", "2020-02-27", 157, "", ""),
            ("recovered_total", "宁波市", "2020-02-27", 136, "", ""),
            ("recovery_rate", "宁波市", "2020-02-27", 86.62, "", ""),
            ("deaths_total", "宁波市", "2020-02-27", 0, "", ""),
            ("confirmed_new", "宁波市", "2020-02-26", 0, "", ""),
            ("recovered_new", "宁波市", "2020-02-26", 12, "", ""),
            ("recovered_new", "宁波市", "2020-02-27", 2, "", ""),
            ("observation", "宁波市", "2020-02-27", 198, "", ""),
            ("observation_released_total", "宁波市", "2020-02-27", 2568, "", ""),
            ("hospitalized", "宁波市", "2020-02-27", 21, "", ""),
            ("severe", "宁波市", "2020-02-27", 5, "", ""),
        ],
        note=(
            "city press conference in the city paper; total in a noun phrase (在我市累计报告的157例确诊病例中 -> "
            "confirmed_total), 无死亡病例 -> deaths_total 0; 2月26日 bulletin day vs 昨天上午 (=2/27) discharge of "
            "2名; dateless 目前 paragraphs take the conference's 截至2月27日12时 (also the nearest earlier date, 昨天); "
            "ages 60/80 and 第20次 are no figures"
        ),
        source="http://daily.cnnb.com.cn/nbrb/html/2020-02/28/content_1211025.htm?div=-1",
    ),
    dict(
        id="ev-nr-ningbo-haishu-aunt-niece-two-cured",
        text=(
            "海曙新闻网讯(全媒体记者李叶馨)截至2月6日发稿,我区先后有3名新型冠状病毒感染的肺炎确诊病例出院。\n"
            "2月5日,两名治愈患者为姑侄关系。\n"
            "姑姑,49岁,有与武汉来人员就餐史,1月27日至定点医院隔离治疗。1月28日诊断为新型冠状病毒感染的肺炎确诊病例。在宁波市定点医院接受隔离治疗。\n"
            "侄女,24岁,有驾车与姑姑去医院就诊史。1月28日至定点医院隔离治疗。1月29日诊断为新型冠状病毒感染的肺炎确诊病例。在宁波市定点医院接受隔离治疗。\n"
            "经治疗,两人各项化验指标均正常,核酸检测呈阴性。经专家组评估,符合国家卫健委新型冠状病毒感染的肺炎确诊病例解除隔离和出院标准,可解除隔离,予以出院。\n"
            "2月6日,56岁的女性患者吕某治愈出院。她是台州临海人,居住在海曙区。"
        ),
        published="2020-02-07",
        city="宁波市",
        expect=[
            ("recovered_total", "海曙区", "2020-02-06", 3, "", ""),
            ("recovered_new", "海曙区", "2020-02-05", 2, "", ""),
            ("recovered_new", "海曙区", "2020-02-06", 1, "", ""),
        ],
        note=(
            "district news site: 我区 = 海曙区 (the speaker); count in words 两名 -> 2 on 2月5日; one patient (吕某) "
            "discharged 2月6日 -> 1; 先后有3名…出院 up to 2月6日 -> recovered_total; 台州临海人 is origin, not a place; "
            "ages 49/24/56 and diagnosis dates give nothing"
        ),
        source="http://hsnews.cnnb.com.cn/system/2020/02/07/012072189.shtml",
    ),
    dict(
        id="ev-nr-ningbo-cnnb-0221-rates-vs-previous-day",
        text=(
            "中国宁波网记者佘蕙\n"
            "截至2月20日15时,全市规上(限上)企业新增复工1928家,累计复工13707家,复工率84.9%。\n"
            "其中,规上工业企业新增复工410家,累计复工7674家,复工率95.4%,比上日提高5.1个百分点,产能利用率在50%-75%和75%以上两个区间的企业占比在提升;\n"
            "限上服务业企业新增复工1518家,累计复工6033家,复工率74.5%,比上日提高17.3个百分点,产能利用率在50%-75%和75%以上两个区间的企业占比在提升。\n"
            "银行机构复工率93.2%,比上日提高5.3个百分点。\n"
            "外贸企业复工率75.3%,比上日提高19.4个百分点。\n"
            "建筑业新增复工项目155个,累计复工316个,复工率11.2%。规下(限下)企业复工83221家,比昨日增长62.2%。\n"
            "51个省重点项目全部复工;273个续建类市重点项目中,已经复工251个,复工率91.9%,单日增长21.6个百分点。计划在2月23日前实现全面复工。"
        ),
        published="2020-02-21 09:42",
        city="宁波市",
        expect=[
            ("resumed", "宁波市", "2020-02-20", 13707, "规上(限上)企业", ""),
            ("resumption_rate", "宁波市", "2020-02-20", 84.9, "规上(限上)企业", ""),
            ("resumed", "宁波市", "2020-02-20", 7674, "规上工业企业", ""),
            ("resumption_rate", "宁波市", "2020-02-20", 95.4, "规上工业企业", ""),
            ("resumed", "宁波市", "2020-02-20", 6033, "限上服务业企业", ""),
            ("resumption_rate", "宁波市", "2020-02-20", 74.5, "限上服务业企业", ""),
            ("resumption_rate", "宁波市", "2020-02-20", 93.2, "银行机构", ""),
            ("resumption_rate", "宁波市", "2020-02-20", 75.3, "外贸企业", ""),
            ("resumed", "宁波市", "2020-02-20", 316, "建筑业项目", ""),
            ("resumption_rate", "宁波市", "2020-02-20", 11.2, "建筑业项目", ""),
            ("resumed", "宁波市", "2020-02-20", 83221, "规下(限下)企业", ""),
            ("sector_total", "宁波市", "2020-02-20", 51, "省重点项目", ""),
            ("resumed", "宁波市", "2020-02-20", 51, "省重点项目", ""),
            ("resumption_rate", "宁波市", "2020-02-20", 100, "省重点项目", ""),
            ("sector_total", "宁波市", "2020-02-20", 273, "续建类市重点项目", ""),
            ("resumed", "宁波市", "2020-02-20", 251, "续建类市重点项目", ""),
            ("resumption_rate", "宁波市", "2020-02-20", 91.9, "续建类市重点项目", ""),
        ],
        note=(
            "comparison baselines: 比上日提高5.1个百分点 / 比昨日增长62.2% / 单日增长21.6个百分点 are no tuples, all "
            "rates are as of 截至2月20日15时; 新增复工N家 daily increments have no metric; 产能利用率 ranges give "
            "nothing; 51个省重点项目全部复工 -> total/resumed 51 and rate 100 (reading choice); 计划在2月23日前 is a plan"
        ),
        source="http://news.cnnb.com.cn/system/2020/02/21/030128261.shtml",
    ),
    dict(
        id="ev-nr-ningbo-ninghai-more-than-half-cured",
        text=(
            "宁海,连续9天无新增,确诊人员治愈出院过半,由中风险降为较低风险地区\n"
            "截至2020年2月17日,全县累计报告新型冠状病毒肺炎确诊病例11例,累计出院6例,一半以上治愈出院,连续9天无新增。"
        ),
        published="2020-02-17",
        city="宁波市",
        expect=[
            ("confirmed_total", "宁海县", "2020-02-17", 11, "", ""),
            ("recovered_total", "宁海县", "2020-02-17", 6, "", ""),
            ("recovery_rate", "宁海县", "2020-02-17", 50, "", "more_than"),
            ("confirmed_new", "宁海县", "2020-02-17", 0, "", ""),
        ],
        note=(
            "county story (全县 = 宁海县 named in the headline); proportion in words: 一半以上 / headline 过半 -> "
            "recovery_rate 50 more_than (one tuple); 连续9天无新增 -> one confirmed_new 0 on the as-of day, 9 is a "
            "duration; the dateless headline takes the body's 2月17日; published date from the mirror's timestamp"
        ),
        source="https://p2.ttnews.xyz/a/5e4aadd4dc9b5e40046761c3?lang=zh-hans",
    ),
    dict(
        id="ev-nr-ningbo-beilun-one-company-return-rate",
        text=(
            "本报讯(记者厉晓杭 北仑区委报道组顾霄扬 虞海波)在近百名员工还未到岗情况下,旭升公司产能已超过去年同期,其生产自动化效应显著;"
            "华朔等20多家龙头企业正抓紧推进机械手等数字化改造项目,灵峰工业社区顺势而为,让社工转型成为“自动化改造推广员”;"
            "吉利汽车春晓基地有部分供应商无法按时供货,在省市区三级发改部门助力下,数十家省内汽配企业火速“增援”,确保生产顺利进行,"
            "同时大幅激活了省市汽配产业链……\n"
            "防控松不得,发展等不起。作为工业重镇,北仑区因地制宜、因情施策,加快推动复工复产,推动重点行业产业链协同复工,努力夺取双胜利。"
            "“北仑要通过抢机遇、抢市场、抢项目、抢人才、保信心、保畅通、保增量、保稳定的‘四抢四保’工作,充分释放打造‘246’万千亿级产业集群示范区和‘225’外贸双万亿行动示范区的巨大潜力和强大动能,推动临港经济强势启航。”北仑区主要领导表示。"
            "最新数据显示,北仑区综合复工率88.85%,综合产能恢复率超过75%,均位居全市第一。\n"
            "北仑区建立“1+6”联合复工战“疫”工作机制,成立调度中心,75%机关企事业干部职工、逾2500名人员通过家园守卫队、巡防督导队、"
            "“三复”指导队、发展调研队等6支队伍持续下沉防控、复工一线。\n"
            "“危机加上战略思考就是契机。”国内顶尖的渔具和电动推力制造商海伯集团总裁助理徐斌峰告诉记者,目前企业返工率和产能都已近80%,"
            "受疫情影响两个重要行业展销会被取消,集团集中精力以创新电商营销模式主攻国内市场开发。"
        ),
        published="2020-02-26",
        city="宁波市",
        expect=[
            ("resumption_rate", "北仑区", "2020-02-26", 88.85, "综合", ""),
            ("worker_return_rate", "海伯集团", "2020-02-26", 80, "", "about"),
        ],
        note=(
            "company list where one rate belongs to one company: 海伯集团 返工率…近80% -> worker_return_rate 80 about "
            "(its 产能 近80% has no metric); 旭升公司 近百名员工还未到岗 and 华朔等20多家 automation are no resumption "
            "figures; 75%机关干部 / 逾2500名人员 sent to the front line are no figures; 综合产能恢复率 has no metric; "
            "the leader's quote (‘246’, ‘225’ and its 示范区 are plan names) gives nothing; dateless -> publication date"
        ),
        source="http://daily.cnnb.com.cn/nbrb/html/2020-02/26/content_1210728.htm?div=-1",
    ),
    # ------------------------------------------------------------------ 温州市
    dict(
        id="ev-nr-wenzhou-daily-0212-seven-more-cured",
        text=(
            "【温州日报瓯网】9县市区连续两天以上无新增确诊病例\n"
            "温州市第十三场疫情防控工作新闻发布会通报最新防控信息\n"
            "温州日报记者 夏婕妤 赵用\n"
            "昨天下午,温州市政府新闻办召开温州市新冠病毒疫情防控工作新闻发布会(第十三场),向全市人民通报最新疫情防控情况,"
            "并详细介绍了《关于应对新冠肺炎疫情支持中小企业共渡难关的若干措施》中的“28条”惠企措施。\n"
            "陈乐慧通报了全市当前疫情防控工作。截至2月10日24时,温州市累计报告新型冠状病毒肺炎确诊病例474例,现有重症病例31例。"
            "昨天全市又有7例确诊患者治愈出院,其中乐清市4例,平阳县1例,市六医2例。截至下午4时,全市累计治愈出院106例。\n"
            "发布会上,陈乐慧还公布了一个好消息:经统计,全市昨天有9个县(市、区)已经连续2天以上无新增病例。"
        ),
        published="2020-02-12 12:20",
        city="温州市",
        expect=[
            ("confirmed_total", "温州市", "2020-02-10", 474, "", ""),
            ("severe", "温州市", "2020-02-10", 31, "", ""),
            ("recovered_new", "温州市", "2020-02-11", 7, "", ""),
            ("recovered_new", "乐清市", "2020-02-11", 4, "", ""),
            ("recovered_new", "平阳县", "2020-02-11", 1, "", ""),
            ("recovered_total", "温州市", "2020-02-11", 106, "", ""),
        ],
        note=(
            "press-conference write-up reposted by a county site; 昨天 = published-1 = 2/11 (截至下午4时 takes it); "
            "the breakdown 其中乐清市4例,平阳县1例 gives county tuples but 市六医2例 is a hospital -> nothing; "
            "9个县(市、区) is an unnamed group, 2天 a duration; 第十三场 and 28条 are no figures"
        ),
        source="http://www.tsxw66.com/system/2020/02/12/013696004.shtml",
    ),
    dict(
        id="ev-nr-wenzhou-qjwb-hospital-cases-cleared",
        text=(
            "温州新冠肺炎住院病例清零\n"
            "浙江在线3月17日讯 昨天下午,温州市召开新型冠状肺炎疫情防控工作第39场新闻发布会。\n"
            "钱报记者获悉,当天温州全市最后2例确诊病例从温医大附一院治愈出院,这标志着温州市新冠肺炎住院病例已清零。\n"
            "1月17日,温州报告首例新冠肺炎确诊病例(也是全省首例确诊病例),1月24日首例治愈患者出院,截至2月17日,温州全市累计报告新冠肺炎确诊病例504例。\n"
            "3月3日以来,温州各县(市、区)陆续实现确诊病例住院清零。"
        ),
        published="2020-03-17 03:20",
        city="温州市",
        expect=[
            ("recovered_new", "温州市", "2020-03-16", 2, "", ""),
            ("hospitalized", "温州市", "2020-03-16", 0, "", ""),
            ("confirmed_total", "温州市", "2020-02-17", 504, "", ""),
        ],
        note=(
            "story on the city press conference (钱江晚报 via 浙江在线); implied figure: 住院病例已清零 -> "
            "hospitalized 0; 当天 takes 昨天下午 (=3/16) from the lead; 全市最后2例…从温医大附一院治愈出院 is the city's "
            "recovered_new (the hospital is only where); 首例 is an ordinal; 3月3日以来 is a start and 各县(市、区) names "
            "no county; the 2月18日以来连续27天 sentence is left out (its as-of day would be arbitrary)"
        ),
        source="https://zjnews.zjol.com.cn/zjnews/wznews/202003/t20200317_11785109.shtml",
    ),
    # ------------------------------------------------------------------ 芜湖市
    dict(
        id="ev-nr-wuhu-etdz-211-firms-97pct",
        text=(
            "芜湖经开区 规模以上工业企业复工率97%\n"
            "来源:大江晚报 2020-02-28 02:00\n"
            "本报讯 芜湖市疫情防控以来,芜湖经济技术开发区一手抓疫情稳控不放松,一手抓复工复产保六稳。芜湖经开区现有规模以上工业企业211家,"
            "截至2月27日,企业复工205家,复工率97%,企业复工率居全市前列。\n"
            "为满足企业复工最为迫切的防控物资需求,经开区早启动、早准备,与相关防控物资供应商紧密、高位对接,多渠道帮助企业采购防疫物资。"
            "目前,已为经开区企业筹集口罩10万余只。"
        ),
        published="2020-02-28 02:00",
        city="芜湖市",
        expect=[
            ("sector_total", "经开区", "2020-02-27", 211, "规模以上工业企业", ""),
            ("resumed", "经开区", "2020-02-27", 205, "规模以上工业企业", ""),
            ("resumption_rate", "经开区", "2020-02-27", 97, "规模以上工业企业", ""),
        ],
        note=(
            "development zone as a place: 芜湖经济技术开发区 / 芜湖经开区 -> 经开区; the headline's 97% is the same "
            "figure; 口罩10万余只 is no metric; 六稳 is no figure"
        ),
        source="https://yybnet.net/wuhu/news/202002/10232963.html",
    ),
    dict(
        id="ev-nr-wuhu-inspection-no-figure",
        text=(
            "本报讯(记者 王世宁 冯光宇)3月3日,副省长王翠凤率省督导组来芜督导检查疫情防控、重点工程建设和企业复工复产等工作。"
            "省政府副秘书长左俊,市领导曹哨兵、程刚、陆雷分别陪同。\n"
            "“返岗率有多少?”“项目进度怎么样?”“还有哪些困难要解决?”王翠凤首先来到芜湖市在建交通重点工程施工现场,协调解决项目建设中的实际困难。"
            "她要求各参建单位既要从严做好员工返岗和生活生产管理,做到疫情防控不松劲,又要抓住春季施工有利时机,高质量高标准加快项目建设。\n"
            "王翠凤还走进奇瑞汽车、中达电子,实地了解疫情防控举措、复工复产进展。她强调,要提高政治站位,深刻认识精准稳妥推进复工复产的重大意义,"
            "全面落实“六稳”工作要求和战疫情、稳增长系列政策举措;要打磨政策精度,结合芜湖实际,及时总结前期防控经验措施,精准出台契合防控形势、适用有效的政策措施,实现疫情防控和复工复产的良性互动;要突出“四送一服”,深入一线、现场办公、精心调度,着力解决复工复产中企业用工难、"
            "物资运输难、产业链协同难、外经外贸企业复产难、资金筹措难、防疫物资短缺等“五难一缺”问题,确保实现全年经济社会发展目标任务。"
        ),
        published="2020-03-04",
        city="芜湖市",
        expect=[],
        note=(
            "names the city (来芜, 芜湖市) and asks 返岗率有多少? but states no figure; 六稳 / 四送一服 / 五难一缺 are "
            "slogans; companies named without figures; publication date inferred (visit on 3月3日, next-day paper)"
        ),
        source="https://yybnet.net/wuhu/news/202003/10248211.html",
    ),
    # ------------------------------------------------------------------ 南昌市
    dict(
        id="ev-nr-nanchang-wanli-25-of-26",
        text=(
            "湾里区规模以上工业企业复工率达96.2%\n"
            "2020-03-11\n"
            "本报讯(记者 林潇)记者昨日从湾里区统计局获悉,目前,湾里区26户规模以上工业企业已有25户复工,复工率达96.2%。\n"
            "据悉,受新冠肺炎疫情影响,工业企业生产经营中的主要困难在于员工复工率低、防疫物资短缺、原材料采购受阻等方面。"
        ),
        published="2020-03-11",
        city="南昌市",
        expect=[
            ("sector_total", "湾里区", "2020-03-10", 26, "规模以上工业企业", ""),
            ("resumed", "湾里区", "2020-03-10", 25, "规模以上工业企业", ""),
            ("resumption_rate", "湾里区", "2020-03-10", 96.2, "规模以上工业企业", ""),
        ],
        note=(
            "district figures with 户 as unit; 目前 takes 昨日 (=3/10) from the same paragraph; 员工复工率低 has no number"
        ),
        source="https://share.nctvcloud.com/folder107/folder119/2020-03-11/83sYDP27IWRfHtyW.html",
    ),
    # ------------------------------------------------------------------ 九江市
    dict(
        id="ev-nr-jiujiang-hukou-16-of-which-5",
        text=(
            "疫情通報!湖口2例新冠肺炎治癒患者出院!累計5例\n"
            "2020年2月15日0-24時,江西省報告新冠肺炎新增確診病例12例,新增治癒出院病例29例。湖口縣無新增確診病例,新增治癒出院2例,"
            "累計確診病例16例,治癒出院病例5例。\n"
            "湖口縣新增治癒出院2病例為:\n"
            "1. 22歲的周某,湖口縣城山鎮大塘村人。按照九江市衛健委統一安排,2月11日轉至九江市第三人民醫院進一步治療,2月15日治癒出院。\n"
            "2. 28歲的陳某某,湖口縣流芳鄉沙港村人。按照九江市衛健委統一安排,2月11日轉至九江市第三人民醫院進一步治療,2月15日治癒出院。\n"
            "湖口縣已確診的16例病人中,有11例系5個家庭感染髮病。\n"
            "重要提醒:根據九新冠指辦〔2020〕46號要求,切實做好我市新冠肺炎的醫療救治工作,落實新冠肺炎救治集中患者、集中專家、集中資源、集中救治"
            "“四集中”要求,及時有效地隔離、救治病人,保護廣大人民群眾和醫務人員的身體健康和生命安全,湖口縣16例確診病例中,5例已治癒出院,"
            "其他11例全部轉入市定點醫院治療。縣人民醫院暫不接收其他病症患者。請廣大市民互相轉告。\n"
            "湖口縣衛生健康委員會\n"
            "2020年2月16日 (來源:湖口發佈)"
        ),
        published="2020-02-16",
        city="九江市",
        expect=[
            ("confirmed_new", "湖口县", "2020-02-15", 0, "", ""),
            ("recovered_new", "湖口县", "2020-02-15", 2, "", ""),
            ("confirmed_total", "湖口县", "2020-02-15", 16, "", ""),
            ("recovered_total", "湖口县", "2020-02-15", 5, "", ""),
            ("hospitalized", "湖口县", "2020-02-15", 11, "", ""),
        ],
        note=(
            "county story in traditional characters; the province's 12 and 29 are not the city's; total in a noun "
            "phrase (已確診的16例病人中 / 16例確診病例中); 有11例系5個家庭感染 is a cluster count, not a metric, while "
            "其他11例全部轉入市定點醫院治療 is the current in-hospital count -> hospitalized 11 (bulletin day); "
            "〔2020〕46號 is a document number, 四集中 a slogan, ages no figures"
        ),
        source="https://ttnews.xyz/a/5e4b80a8dc9b5e28052336c4",
    ),
    # ------------------------------------------------------------------ 淄博市
    dict(
        id="ev-nr-zibo-chenbao-zones-and-counties",
        text=(
            "截至2月20日淄博市复工复产企业2794家 占比65.66%\n"
            "晨报淄博2月21日讯 今天,记者从淄博市发展和改革委员会获悉,截至2月20日下午4点,从调度的工业、商贸服务业、交通物流业、农业、建筑业、"
            "规上服务业等行业来看,淄博市复工复产企业2794家,复工企业占比达到65.66%,日增复工企业52家,返岗人数28.38万人,日增返岗人数1.08万人。\n"
            "工业企业。复工复产的规上工业企业(含连续性生产企业)达1589家,开复工率达到92.06%,日增复工企业6家,返岗人数21.75万人,其中,"
            "临淄区、高新区开复工率超过95%,分别达到97.84%和95.96%;\n"
            "农业企业。已复工企业131家,复工企业数量占比为54.58%,返岗人数5356人,其中,高青县企业开复工率达到80%;\n"
            "规上服务业企业。已复工规上服务业企业258家,复工企业数量占比为56.21%,返岗人数31095人;其中,周村区、高青县、经开区开复工率达到80%以上。"
        ),
        published="2020-02-21",
        city="淄博市",
        expect=[
            ("resumed", "淄博市", "2020-02-20", 2794, "企业", ""),
            ("resumption_rate", "淄博市", "2020-02-20", 65.66, "企业", ""),
            ("workers_returned", "淄博市", "2020-02-20", 283800, "企业", ""),
            ("resumed", "淄博市", "2020-02-20", 1589, "规上工业企业", ""),
            ("resumption_rate", "淄博市", "2020-02-20", 92.06, "规上工业企业", ""),
            ("workers_returned", "淄博市", "2020-02-20", 217500, "规上工业企业", ""),
            ("resumption_rate", "临淄区", "2020-02-20", 97.84, "规上工业企业", ""),
            ("resumption_rate", "高新区", "2020-02-20", 95.96, "规上工业企业", ""),
            ("resumed", "淄博市", "2020-02-20", 131, "农业企业", ""),
            ("resumption_rate", "淄博市", "2020-02-20", 54.58, "农业企业", ""),
            ("workers_returned", "淄博市", "2020-02-20", 5356, "农业企业", ""),
            ("resumption_rate", "高青县", "2020-02-20", 80, "农业企业", ""),
            ("resumed", "淄博市", "2020-02-20", 258, "规上服务业企业", ""),
            ("resumption_rate", "淄博市", "2020-02-20", 56.21, "规上服务业企业", ""),
            ("workers_returned", "淄博市", "2020-02-20", 31095, "规上服务业企业", ""),
            ("resumption_rate", "周村区", "2020-02-20", 80, "规上服务业企业", "more_than"),
            ("resumption_rate", "高青县", "2020-02-20", 80, "规上服务业企业", "more_than"),
            ("resumption_rate", "经开区", "2020-02-20", 80, "规上服务业企业", "more_than"),
        ],
        note=(
            "one paragraph of the evening paper cut into its sector sentences (商贸、交通、建筑 sentences left out); "
            "zones 高新区 / 经开区 as places; 占比 of a sector = its resumption_rate; 超过95%,分别达到97.84%和95.96% -> "
            "the exact values; 高青县 twice with two sectors; 日增 increments have no metric; 28.38万 -> 283800"
        ),
        source="https://ttnews.xyz/a/5e4ff0e3dc9b5e4e0eaedd56?lang=zh-hans",
    ),
    # ------------------------------------------------------------------ 柳州市
    dict(
        id="ev-nr-liuzhou-805-of-942-firms",
        text=(
            "在柳州采埃孚机械有限公司,工人正在作业。\n"
            "“全市要按照一手抓疫情防控、一手抓复工复产,两手都要硬的工作思路,帮助企业有序复工,保障疫情防控期间经济稳定运行,坚决打赢疫情防控阻击战。”"
            "按照市委、市政府的要求,柳州市多家工业企业正积极动起来抓生产,呈现出一派“人勤春来早、企业复工忙”的景象。\n"
            "统计数据显示,截至2月26日,全市在库942家规模以上工业企业复工805家,复工率达85.5%;复产人数约15.5万人,复产率达70.5%。\n"
            "本报记者 江宏坤摄"
        ),
        published="2020-02-27",
        city="柳州市",
        expect=[
            ("sector_total", "柳州市", "2020-02-26", 942, "规模以上工业企业", ""),
            ("resumed", "柳州市", "2020-02-26", 805, "规模以上工业企业", ""),
            ("resumption_rate", "柳州市", "2020-02-26", 85.5, "规模以上工业企业", ""),
            ("workers_returned", "柳州市", "2020-02-26", 155000, "规模以上工业企业", "about"),
        ],
        note=(
            "photo story of the evening paper; 复产人数约15.5万人 read as workers back at work (about); 复产率 has no "
            "metric; the company in the caption has no figure; publication date not on the page, inferred as the "
            "day after 截至2月26日"
        ),
        source="https://www.yybnet.net/liuzhou/news/202002/10230983.html",
    ),
    dict(
        id="ev-nr-liuzhou-53-days-all-24-cleared",
        text=(
            "53天!从首例确诊到“清零”,柳州人经历了什么?\n"
            "柳州已经连续29天没有新增病例。\n"
            "今天下午,柳州最后一例新冠肺炎确诊患者达到临床治愈标准,24例病例全部“清零”。无死亡病例,无医务人员感染。\n"
            "3月15日,柳州街道已经出现早晚高峰堵车,人们重新走进公园、商场,餐馆逐步恢复堂食,全城26万余株紫荆花静静绽放。\n"
            "1月23日\n"
            "  • 柳州确诊首例输入性新冠肺炎病例。\n"
            "患者黄某,男,49岁,鹿寨县人,长期在武汉市居住,1月20日回鹿寨探亲,1月21日出现发热症状,1月22日实验室检测新型冠状病毒核酸阳性。\n"
            "1月24日(除夕)\n"
            "  • 柳州新增1名新冠肺炎确诊病例。累计2例。"
        ),
        published="2020-03-16",
        city="柳州市",
        expect=[
            ("confirmed_new", "柳州市", "2020-03-16", 0, "", ""),
            ("recovered_new", "柳州市", "2020-03-16", 1, "", ""),
            ("hospitalized", "柳州市", "2020-03-16", 0, "", ""),
            ("confirmed_total", "柳州市", "2020-03-16", 24, "", ""),
            ("recovered_total", "柳州市", "2020-03-16", 24, "", ""),
            ("deaths_total", "柳州市", "2020-03-16", 0, "", ""),
            ("confirmed_new", "柳州市", "2020-01-24", 1, "", ""),
            ("confirmed_total", "柳州市", "2020-01-24", 2, "", ""),
        ],
        note=(
            "feature story; implied figures: 最后一例…达到临床治愈标准 -> recovered_new 1, 24例病例全部清零 with 无死亡 "
            "-> hospitalized 0 and recovered_total 24 (reading choice: all cleared by cure); 连续29天 -> one "
            "confirmed_new 0, 29 and 53 are durations; 首例 is an ordinal; the timeline's 1月24日 heading dates its "
            "bullet (新增1名, 累计2例); 26万余株 and 49岁 are no figures; 鹿寨县人 is residence; published date "
            "inferred from 53 days after 1月23日 (今天)"
        ),
        source="https://xinjiapo.news/news/344391",
    ),
    # ------------------------------------------------------------------ 天津市
    dict(
        id="ev-nr-tianjin-districts-vs-previous-day",
        text=(
            "截至昨天16时 我市规上工业企业复工率达九成\n"
            "2020-03-05\n"
            "截至昨天16时,全市4630家规上工业企业合计复工4166家,较上一天增加48家,规上工业企业复工率达到90%,较上一天增长1.1个百分点。"
            "规上工业企业复工总人数约50.89万人,复产率达到54.9%,较上一天增长2.8个百分点。\n"
            "从各区复工情况看,疫情防控低风险区的8个区复工率全部超过90%,平均复工率达到98.2%,其中,东丽区复工率达到100%,滨海新区、宁河区、"
            "西青区复工率分别达到99.2%、99.3%、99.2%,北辰区、津南区、静海区、蓟州区复工率分别达到98.5%、98.2%、95.5%、93%。"
            "疫情防控中风险区平均复工率67.5%,其中,和平区、河东区、河西区的复工率均超过80%,分别达到87.5%、87.5%、80.8%,武清区复工率为64.7%。"
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
        note=(
            "municipality's own paper (我市 = 天津市); 截至昨天16时 -> 3/4; comparisons 较上一天增加48家 / 增长1.1个百分点 "
            "are no tuples; headline 九成 is the body's 90%; group averages (8个区 98.2%, 中风险区 67.5%) name no "
            "district; the sector carries over into the district list; 复产率 has no metric; 约50.89万人 -> 508900 about"
        ),
        source="https://wicongress.org.cn/zh/article/893",
    ),
    # ------------------------------------------------------------------ 福州市
    dict(
        id="ev-nr-fuzhou-hi-tech-zone-1134-firms",
        text=(
            "福州高新区上千家企业复工\n"
            "2020-02-25 09:03:16 来源:福州新闻网\n"
            "福州新闻网2月25日讯(福州晚报记者 徐文宇 通讯员 廖思兴)连日来,福州高新区各企业根据员工返岗和自身情况,推进复工复产,"
            "努力降低疫情对生产经营的影响。目前全区已有复工备案企业1134家,28873人复工。\n"
            "昨日,记者在福州天宇电气股份有限公司的生产车间看到,一排排自动化生产设备正在高速运转,所有的生产线全部开工运行。"
            "天宇电气是以电力装备研发、生产为主的高科技企业,于2月10日复工。"
        ),
        published="2020-02-25 09:03",
        city="福州市",
        expect=[
            ("resumed", "高新区", "2020-02-25", 1134, "复工备案企业", ""),
            ("workers_returned", "高新区", "2020-02-25", 28873, "复工备案企业", ""),
        ],
        note=(
            "high-tech zone as a place (福州高新区 -> 高新区, 全区 = the zone); headline 上千家 rounds the body's 1134 "
            "(no tuple of its own); 目前 takes the dateline's 2月25日; the company resumed on 2月10日 with no figure"
        ),
        source="http://hxcsw.com/chengshizixun/2020/0225/c_123522959.html",
    ),
    # ------------------------------------------------------------------ 绵阳市
    dict(
        id="ev-nr-mianyang-80-of-93-electronics-firms",
        text=(
            "绵阳:复工按下“快进键”\n"
            "来源:绵阳日报 2020-03-04 08:05\n"
            "□经济日报记者刘畅\n"
            "不时进出的货车显示,位于四川绵阳市城郊的长虹智能制造产业园已经复工复产。更为重要的变化是,通过引入全新5G技术,"
            "产业园提高了自动控制、智能生产的能力,同样生产600万台平板电视,如今用工不到过去一半。当前,长虹智能制造产业园还有部分生产线正在调试,"
            "预计到3月底结束调试后将迎来近2000名员工在此工作,园区每年将创造产值约350亿元。\n"
            "电子信息产业是绵阳工业的“主力军”,已形成电子信息千亿元产业集群,拥有电子信息规上企业93家,当前已有80余家规上企业复工复产。"
            "这些企业一手织起疫情“防控网”,一手按下复工“快进键”。"
        ),
        published="2020-03-04",
        city="绵阳市",
        expect=[
            ("sector_total", "绵阳市", "2020-03-04", 93, "电子信息规上企业", ""),
            ("resumed", "绵阳市", "2020-03-04", 80, "电子信息规上企业", "more_than"),
        ],
        note=(
            "the city paper reprinting a 经济日报 story about the city; 80余家 -> 80 more_than; 当前 -> publication "
            "date (a story, not a morning bulletin; the page's 08:05 posting time is not the figure's day); 产业园 named with no resumption figure: 近2000名员工 is a forecast, 用工不到过去一半 is staffing per "
            "output (no metric), 600万台 / 350亿元 are no figures"
        ),
        source="https://yybnet.net/mianyang/news/202003/10250250.html",
    ),
    # ------------------------------------------------------------------ 滁州市
    dict(
        id="ev-nr-chuzhou-three-discharged-total-7",
        text=(
            "又有3例出院\n"
            "全市已有7名确诊患者治愈出院\n"
            "本报讯(记者张开兴)2月14日上午,市级定点医院滁州市第二人民医院首批治愈的三名新冠肺炎确诊患者出院。截至目前,全市已累计治愈出院病例7例。\n"
            "当天出院的三名患者分别是来自琅琊区的陈某,凤阳县转入的潘某及其女儿,3人分别由其家人和所在地卫生健康部门接回,将按照规定继续进行隔离观察。\n"
            "三名患者走出隔离区,医护人员送上鲜花,并为潘某女儿送上奶粉及尿不湿等用品,患者陈某、潘某则对医护人员多日来的治疗和照顾表示感谢。\n"
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
        note=(
            "discharge feature: count in words 三名 -> 3; today's noun phrase 当天出院的三名患者 -> recovered_new (the "
            "city's, headline 又有3例出院; the hospital is only where); 截至目前 takes 2月14日; 琅琊区 / 凤阳县 are the "
            "patients' homes, not a breakdown; 无新增…确诊病例和疑似病例 -> confirmed_new 0 only (无新增疑似 has no metric)"
        ),
        source="http://szbk.chuzhou.cn/czrb/pc/content/202002/15/content_5357.html",
    ),
    # ------------------------------------------------------------------ 安阳市
    dict(
        id="ev-nr-anyang-two-a-day-total-20",
        text=(
            "本报讯 2月15日、16日,我市各有两名新冠肺炎治愈患者从市第五人民医院出院。截至昨天,全市累计治愈出院患者20例。\n"
            "2月15日治愈出院患者基本情况:\n"
            "患者石某,内黄县井店镇人,在郑州市工作,丈夫为新型冠状病毒肺炎病例。\n"
            "患者屈某,文峰区南关街道人,无武汉旅行及居住史,与确诊患者有接触。\n"
            "2月16日治愈出院患者基本情况:\n"
            "患者张某,58岁,殷都区铁西路街道人。无武汉旅行及居住史,其儿子常住武汉,1月10日回到安阳,至今无症状。张某于1月21日出现发热及呼吸道症状,"
            "在濮阳市安阳地区医院隔离治疗,后经专家组会诊,诊断为新型冠状病毒肺炎疑似病例。26日,市疾控中心对采集的患者样本进行检测,结果显示呈病毒核酸阳性,予以确诊。\n"
            "患者周某,42岁,安阳县辛村镇人。1月23日在北京与新型冠状病毒肺炎患者有密切接触史,24日与朋友开车回到家中。25日出现发热症状,"
            "自行服用药物治疗,30日到市中医院就诊,2月2日样本检测结果呈病毒核酸阳性,予以确诊。\n"
            "上述4名患者经市第五人民医院医护团队全力救治、精心护理,病情持续改善,呼吸道症状消失,连续一周体温正常,肺部炎症吸收好转,"
            "各项化验指标显示正常,2次核酸检测均为阴性。经医疗救治专家组评估,符合出院条件。\n"
            "(本报记者)"
        ),
        published="2020-02-17",
        city="安阳市",
        expect=[
            ("recovered_new", "安阳市", "2020-02-15", 2, "", ""),
            ("recovered_new", "安阳市", "2020-02-16", 2, "", ""),
            ("recovered_total", "安阳市", "2020-02-16", 20, "", ""),
        ],
        note=(
            "counts in words 各有两名 -> 2 on each of two days; 截至昨天 = 2/16; the subject is 我市 (the hospital is "
            "where); 上述4名 sums the two days (no daily tuple); homes 内黄县/文峰区/殷都区/安阳县 are residence, not a "
            "breakdown; 郑州市, 北京, 濮阳市 are other places; ages and 2次 are no figures"
        ),
        source="http://www.ayrbs.com/epaper/html/2020-02/17/content_379605.htm",
    ),
    # ------------------------------------------------------------------ 巴中市
    dict(
        id="ev-nr-bazhong-nine-days-no-severe-no-suspect",
        text=(
            "确诊病例连续9天“零新增”\n"
            "发布日期:2020-02-24 09:57\n"
            "我市新冠肺炎疫情防控好消息不断。记者从市卫生健康委了解到,截至2月22日24时,我市确诊病例已连续9天实现“零新增”。\n"
            "据统计,截至2月22日24时,全市累计报告新冠肺炎确诊病例24例(巴州区15例、通江县5例、平昌县3例、恩阳区1例),继2月13日新增2例确诊病例后,"
            "我市已连续9天再无新增确诊病例。目前出院病例10例,尚在医院治疗14例,无重型患者,无疑似病例。接受医学观察的密切接触者已降至5人,实现“六连降”。"
        ),
        published="2020-02-24 09:57",
        city="巴中市",
        expect=[
            ("confirmed_new", "巴中市", "2020-02-22", 0, "", ""),
            ("confirmed_total", "巴中市", "2020-02-22", 24, "", ""),
            ("confirmed_total", "巴州区", "2020-02-22", 15, "", ""),
            ("confirmed_total", "通江县", "2020-02-22", 5, "", ""),
            ("confirmed_total", "平昌县", "2020-02-22", 3, "", ""),
            ("confirmed_total", "恩阳区", "2020-02-22", 1, "", ""),
            ("confirmed_new", "巴中市", "2020-02-13", 2, "", ""),
            ("recovered_total", "巴中市", "2020-02-22", 10, "", ""),
            ("hospitalized", "巴中市", "2020-02-22", 14, "", ""),
            ("severe", "巴中市", "2020-02-22", 0, "", ""),
            ("suspected", "巴中市", "2020-02-22", 0, "", ""),
            ("observation", "巴中市", "2020-02-22", 5, "", ""),
        ],
        note=(
            "city news narrative; 连续9天零新增 -> one confirmed_new 0 (9 a duration), plus the dated 2月13日新增2例; "
            "bracketed breakdown per district; implied none-statements: 无重型患者 -> severe 0, 无疑似病例 -> suspected 0; "
            "尚在医院治疗 -> hospitalized; 目前 takes the paragraph's 截至2月22日24时 (2月13日 dates only its own 新增2例); "
            "六连降 is no figure"
        ),
        source="http://jkqgwh.cnbz.gov.cn/xwzx/ywjj/10211781.html",
    ),
    # ------------------------------------------------------------------ workers leaving for jobs elsewhere
    dict(
        id="ev-nr-pingliang-chongxin-66-leave-for-suzhou",
        text=(
            "【甘肃全民战“疫”】平凉崇信县第六批“点对点”输送外出务工人员赴贵阳、苏州返岗复工\n"
            "本网通讯员 李旭\n"
            "3月1号,在县人社局和县总工会等部门的精心组织下,我县第六批“点对点”输送外出的66名务工人员,有序登上大巴车,赴苏州、贵阳等地返岗复工。"
            "记者在现场看到,上车前,66名返岗复工的外出务工人员有序排队,由工作人员逐一测量体温、核实健康证明等。专车严格按照要求做好了驾乘人员的自身防护、"
            "运输工具消毒、通风和卫生清洁等工作,满载率未超过50%,乘客均佩戴口罩,隔位分散就座,保持一定的距离。\n"
            "为做好返岗复工人员跟踪服务工作,县人社局统筹结合企业用工需求和务工人员意愿,依据返岗复工人员数量安排专用车辆及跟车人员,"
            "以“专班、专人、专车”为举措,采取“点对点”输送的闭环管理模式,让返岗复工人员出门上车、下车进厂,切实做到出发有组织、健康有监测、"
            "运输有保障、运达有交接、全程可追溯。截至3月1日,我县已有237名外出务工人员集中返岗复工。"
        ),
        published="2020-03-02",
        city="平凉市",
        expect=[],
        note=(
            "workers leaving for jobs elsewhere (赴苏州、贵阳): neither 66 nor the running 237 外出务工人员 is "
            "workers_returned for 崇信县; 第六批 is an ordinal, 满载率未超过50% a seating rule"
        ),
        source="http://gansu.gscn.com.cn/system/2020/03/02/012331877.shtml",
    ),
    dict(
        id="ev-nr-zhangjiakou-guyuan-55-leave-for-beijing",
        text=(
            "03.05 暖心!我縣首批返崗直通車發車,55名務工人員順利返崗\n"
            "3月4日9時,我縣在汽車客運站舉行2020首批務工人員返崗歡送儀式,55名沽源籍群眾外出務工人員,點對點運送,零風險返崗,"
            "拉開了2020年我縣疫情防控期間農村勞動力有組織轉移輸出的序幕。政府縣長秦飛,縣委常委、常務副縣長任曉偉出席儀式。\n"
            "發車前,工作人員對55名外出返崗人員一一進行體溫測量和核實登記信息,並要求返崗人員嚴格按照“限乘核定座位50%”的人員隔座制度就坐。\n"
            "儀式後,三輛政府免費提供的離鄉返崗“直通車”,在縣汽車站出發,駛往北京、天津等返崗目的地。"
        ),
        published="2020-03-05",
        city="张家口市",
        expect=[],
        note=(
            "county story in traditional characters: 55名沽源籍…外出務工人員 leave for 北京、天津 -> no workers_returned "
            "for 沽源县 (the headline's 順利返崗 too); 三輛 and 50% are no figures; date from the mirror's heading 03.05"
        ),
        source="https://ttnews.xyz/a/5e624d78dc9b5e0d1fd235a6",
    ),
    # ------------------------------------------------------------------ 黄冈市
    dict(
        id="ev-nr-huanggang-captions-company-rates",
        text=(
            "3月23日,黃岡晨鳴已全面復工復產,500余名員工到崗,所有生產線已恢復80-85%的產能。該公司從3月13日著手員工返廠、生產物料準備等復工復產工作“,"
            "四進”工作人員全力幫助解決問題,并做好疫情防控工作。記者周偉胡輝攝\n"
            "3月23日下午,湖北綠宇環(huán)保有限公司大型鍋爐正在加溫預熱,3天后就可以滿負荷生產。3月18日以來,公司員工到崗率達94%,為復工復產打下堅實基礎。記者余濤攝\n"
            "3月23日下午,湖北貴族真空科技有限公司員工正在加緊調試設備。該公司每天都在召集員工返崗,為全面復工復產做準備。記者余濤攝\n"
            "湖北正茂新材料科技股份有限公司已于3月16日正式復工復產,目前訂單充足,預計3月底100%恢復產能。自3月13日以來,該公司迅速召集員工返廠并開展健康檢測,"
            "制定疫情防控預案。圖為正在生產用于黃岡市區(qū)地下綜合管廊的電力頂管產品。記者周偉胡輝攝\n"
            "3月19日,湖北科峰傳動設備有限公司減速機生產車間里,工人們正在忙著生產。疫情期間,國內口罩自動化生產線使用的減速機,80%來自科峰公司,"
            "該公司2月6日開始部分復工,目前產能已恢復70%。記者周偉余濤攝"
        ),
        published="2020-03-24",
        city="黄冈市",
        expect=[
            ("workers_returned", "黄冈晨鸣", "2020-03-23", 500, "", "more_than"),
            ("worker_return_rate", "湖北绿宇环保有限公司", "2020-03-23", 94, "", ""),
        ],
        note=(
            "photo captions, each company its own figure: 黄冈晨鸣 500余名員工到崗 -> workers_returned more_than; "
            "绿宇 到崗率94% as of the caption's 3月23日 (3月18日以来 is a start); 80-85%的產能, 恢復70% are capacity "
            "(no metric), 80%來自科峰 a market share, 預計…100% a forecast; region names canonical simplified, "
            "pinyin residue (huán) dropped; publication date inferred as the day after the captions"
        ),
        source="http://wypyueling.cn/html/2020/3310.html",
    ),
    # ------------------------------------------------------------------ 德州市
    dict(
        id="ev-nr-dezhou-canal-zone-100pct",
        text=(
            "運河經濟開發(fā)區: 規(guī)模以上企業(yè)100%復工復產\n"
            " 德州晚報訊(德州晚報全媒體記者張明凱)\n"
            "截至2月23日,全區(qū)已復工規(guī)模以上工業(yè)企業(yè)26家,新開工2家,在全市率先實現100%復工復產。規(guī)上企業(yè)人數為11378人,"
            "返工人員8628人,占比為75.8%。規(guī)下企業(yè)復工24家。同時,已為工業(yè)企業(yè)辦理《戰(zhàn)疫情保暢通通行證》174件,全力保障生產運營。"
        ),
        published="2020-02-24",
        city="德州市",
        expect=[
            ("sector_total", "运河经济开发区", "2020-02-23", 26, "规模以上工业企业", ""),
            ("resumed", "运河经济开发区", "2020-02-23", 26, "规模以上工业企业", ""),
            ("resumption_rate", "运河经济开发区", "2020-02-23", 100, "规模以上工业企业", ""),
            ("workers_returned", "运河经济开发区", "2020-02-23", 8628, "规上企业", ""),
            ("worker_return_rate", "运河经济开发区", "2020-02-23", 75.8, "规上企业", ""),
            ("resumed", "运河经济开发区", "2020-02-23", 24, "规下企业", ""),
        ],
        note=(
            "development zone in traditional characters with pinyin residue (qū, guī, yè …) kept; 全區 = the zone; "
            "26家 with 100%复工 implies the sector's total 26 (reading choice); 新開工2家 are new starts, 11378人 the "
            "workforce, 174件 passes: no tuples; publication date inferred as the day after 截至2月23日"
        ),
        source="http://m.rqjmxh.cn/p/1495074.html",
    ),
    dict(
        id="ev-nr-dezhou-two-more-cured-hospital-six",
        text=(
            "德城區患者康某\n"
            "樂陵市患者張某\n"
            "德州新聞網訊(德州晚報全媒體記者侯進高家輝通訊員王法成攝影報道)\n"
            "2月20日,我市又有兩名新冠肺炎患者兩次核酸檢測為陰性,臨床治愈出院。本次出院的兩人均為此前我市集中轉(zhuǎn)送到省胸科醫院救治的患者,"
            "也是省胸科醫院集中收治病人后首批治愈的患者。截至目前,德州已有11名新冠肺炎患者治愈出院。\n"
            "為全力做好新冠肺炎患者的集中救治,12日起,我市確診病例集中轉(zhuǎn)送到省胸科醫院救治,截至2月18日24時,已轉(zhuǎn)送25名患者。"
            "20日當天,省胸科醫院集中收治后的首批6名患者治愈出院,其中三人來自淄博,一人來自泰安,兩人來自德州。\n"
            "此次治愈出院的兩名德州患者為:德城區康某,男,46歲,2月7日被收治入院,2月8日被確診;樂陵市張某,男,48歲,1月25日被收治入院,1月26日被確診。"
            "兩人病例分型均為普通型。記者了解到,兩名患者將由各自縣(市、區(qū))負(fù)責(zé)轉運,回到德州后還將居家觀察14天。"
        ),
        published="2020-02-21",
        city="德州市",
        expect=[
            ("recovered_new", "德州市", "2020-02-20", 2, "", ""),
            ("recovered_total", "德州市", "2020-02-20", 11, "", ""),
        ],
        note=(
            "discharge story in traditional characters: 又有兩名 -> recovered_new 2 (words); 截至目前 takes 2月20日; "
            "the provincial hospital's 首批6名 is an institution's count (with patients of 淄博/泰安: other cities) -> "
            "nothing; 已轉送25名 has no metric; 德城區康某 / 樂陵市張某 are residences, not a breakdown; ages, 14天 no "
            "figures; publication date inferred (page shows none)"
        ),
        source="http://m.nxhuan.com/yxkx/p/1494335.html",
    ),
    # ------------------------------------------------------------------ 潍坊市
    dict(
        id="ev-nr-weifang-anqiu-inspection-no-figure",
        text=(
            "凌文来我市督导检查疫情防控和复工复产情况\n"
            "发布时间:2020-02-13\n"
            "2月11日,副省长凌文率领省疫情处置工作督导组来我市督导检查疫情防控和企业复工复产情况。潍坊市领导刘建国,我市市委书记李新阁,"
            "市委常委、办公室主任郭永超陪同活动。\n"
            "凌文一行先后到上冶钢构、聚成医疗器械、鲁丰集团等一线进行了督导检查。他强调,要进一步提高思想认识,坚决克服消极懈怠、麻痹大意思想,"
            "把防输入、防扩散、防蔓延作为疫情防控的重中之重,强化人员信息核查,规范登记出入制度,进一步筑牢疫情防控“防火墙”。"
        ),
        published="2020-02-13",
        city="潍坊市",
        expect=[],
        note=(
            "county-level city site (我市 = 安丘市, the speaker) naming 潍坊市 and three companies without any figure"
        ),
        source="http://anqiu.gov.cn/yw/snyw/202002/t20200213_5563109.html",
    ),
]
