"""Twentieth BLIND table of golden cases taken from REAL narrative local news (January–April 2020).

Each of the 5 entries is a short verbatim excerpt in which one place's story is told by an outlet: a regional portal's
repost of a league's resumption story (阿拉善盟), two stories of Hebei's provincial portal on one city's patients
(衡水市: its last discharge, and an earlier severe case downgraded), a national economic paper's e-paper story on a
prefecture's collective project launch (海西州) and a motorway company's news page on a visit in a prefecture (阿坝州, no
figure). `city` names the home city in full (a league or an autonomous prefecture under its full name). `expect` lists
every tuple the text supports for that city, its districts, counties and zones, and for any firm the text gives a
figure to; each tuple reads (metric, region, as_of_iso_date, value, sector, qualifier).

How it was made: the annotations come from the texts alone, under the binding rules of tests/cases/ANNOTATION.md and
shared/gold/FORMAT.md (and the dev_cases.py docstring they point to); where ANNOTATION.md lists open readings, the
first-listed one is followed. Nothing of the extractor was opened or run, and no test, CLI or evaluation script was run.
From the other tables only blind19_narrative.py's docstring and its first two entries were read, for the layout; the
`city=` values of all blind*.py tables were grepped for their home cities (288 names; none of this table's 4 home cities
is among them); blind20_feeds.py did not exist when this table was finished. One slip: a check of the hospital name
衡水市第三人民医院 was first run as a context grep instead of `grep -l`, which showed about 250 characters around it in
eval_realworld.py (another page's 中新网 item on a 22日 discharge) and in blind15_narrative.py's docstring (a list of
boilerplate names); nothing of it was used, and every other look at the tables was a `grep -rlF` (file names only).
The texts were found with the `search` tool (corpus `pages`; one try of `code` found only trackers and link lists, no
local story); each text is what the search showed of its page.

Five entries, one of them without a figure, fewer than asked for: the brief allows a smaller table when candidates run
out, and they did. Some 140 searches went to the prefectures, leagues and Hainan counties no blind table uses yet (衡水,
乌海, 阿拉善, 辽阳, 朝阳, 白山, 伊春, 七台河, 黑河, 池州, 鹰潭, 开封, 安阳, 崇左, 黔东南, 玉溪, 昭通, 楚雄, 文山, 德宏,
阿坝, 武威, 西宁, 海西, 海南州, 黄南, 果洛, 玉树, 固原, 中卫, 克拉玛依, 喀什, 塔城, 阿勒泰, 石河子, 西藏's prefectures,
文昌, 琼海, 东方, 定安, 屯昌, 澄迈, 白沙, 昌江, 乐东, 陵水, 保亭, 琼中, 五指山 …), with their counties, towns, zones,
firms (铜 and 钢 works, 石化, 烟草, 盐湖), hospitals and papers (e-paper names, 东北网/长城网/天山网 local channels,
香港商报's provincial pages, trade-association pages): discharge, 清零, first-case, resumption, 到岗/返岗 and firm
stories. Most searches returned provincial bulletins and per-place lists, pages of used cities, pages of 2021–2026, or
the same few pages again. Nine pages went through the grep checks (some 15 more were dropped before them, for the reasons below); 5 are kept.

Overlap and exclusion checks: for every candidate the URL's distinctive part and three to eight distinctive
12–20-character snippets (headlines, figures with their nouns, names of firms, people and places) were converted with
OpenCC to simplified (t2s) and to traditional (s2t), and each form, with the snippet as found, was grepped with
`grep -rlF` across tests/cases and tests/data; every kept excerpt was then converted whole to simplified and ten
15-character windows spread over it were grepped, each also in traditional. Kept texts have no hit. The hospital name
衡水市第三人民医院, which b20n02 and b20n03 contain, also occurs in eval_realworld (in another page's item) and in
blind15_narrative's docstring: a name, boilerplate, not a hit (none of the windows contains it). No kept excerpt carries a per-place list of figures.
Dropped for an overlap (4 pages): 长城网's 衡水市规模以上工业企业复工率达91.4% (report.hebei.com.cn 100209459: URL and six
snippets hit holdout_realworld and dev_feeds); 泾源县轻工产业园区's 9家企业/17人 for 固原 (nxnews.net t20200224_6603154:
hits dev_county, blind15, blind18); 东北网's 七台河市25家重点工业企业复工复产 on a traditional-character mirror (hits
dev_realworld); 安阳日报's e-paper discharge story, 全市累计治愈出院患者20例 (ayrbs.com content_379605: hits
eval_narrative).
Dropped for other reasons: pages without a date (中宁县's 45家枸杞企业已有28家…复工 for 中卫 on a mirror; 凌源经济开发区's
返岗率98% for 朝阳, as earlier helpers also found; a 崇左稀土产业园 visit on a trade-association page); pages the search
showed without an address (央广网's 贵溪铜基地 story for 鹰潭; a 玉树州 work report); pages of another month or year
(黑河's 百大项目 on cri.cn, 2020-05-08; 开封's 卫健委 rumour denial, 2020-05-27; 乐东's 2020 review, 2021-02; 黄南's 2020
chronicle, 2021-01; 文昌's 2021 launch); per-place lists and round-ups (西藏's 规上企业 by prefecture; a 化工园区 table;
新疆各工业园区 on kelamayi.com.cn; 青海日报's province-wide series); pages of used cities (洋浦 for 儋州, 蒙自 for 红河,
博州, 资阳高新区, 永胜县 for 丽江, 湛江, 海口 and others); and a second no-figure page was not needed.
Every kept excerpt was checked for the reserved city and for 湖南 places and outlets (none is named), and none comes
from the DXY feed, a mirror of it or a site reposting its live reports.

Home cities and outlets (5 cases, 4 home cities, 4 provinces):
  阿拉善盟 (内蒙古; the league's resumption story reposted on the 魅力霍林河 portal, hlglxww.com) ·
  衡水市 (河北; 长城网's health channel: 8 cases all discharged, and its 衡水 channel: a severe case downgraded, 6 of 8
    discharged) ·
  海西蒙古族藏族自治州 (青海; 经济日报's e-paper: 208 projects launched on 3月28日) ·
  阿坝藏族羌族自治州 (四川; 汶马高速's company news page: the deputy prefect at a 理县 tunnel, no figure).
Texts are copied as found: a garbled date (327日 for 3月27日), full-width and half-width punctuation as shown. Lines of
page chrome (source, author, time and view lines, photo captions, trailing link titles), blank lines and paragraphs
not needed were dropped; a paragraph is only cut after a full sentence. `published` is the date (and time) the page
shows; where it shows none (b20n03), the date in the page address stands in, as the note says.

Ways of writing covered (number of cases; see the notes):
  (1) a league's resumption with totals, counts and rates for firms and for projects, and workers at work (1):
    全盟128户规模以上工业企业中…120户企业复工复产,复工率93.8% → sector_total, resumed, resumption_rate; 到岗29440人,
    到岗率95.4% → workers_returned, worker_return_rate; 停产企业8户,占比6.2% and 员工总人数30847人 → no tuple;
    项目共45项…25个项目已开复工建设,开复工率55.6% (阿拉善盟);
  (2) a city's last discharge written with a digit (1): 最后1例治愈出院 → recovered_new 1 and hospitalized 0;
    已连续15天没有新增 → one confirmed_new 0; 累计报告的8例…已经全部治愈出院 → confirmed_total and recovered_total;
    a headline 清零 repeating them (衡水 b20n02);
  (3) a recovery rate and no severe case (1): 治愈率达到75% → recovery_rate 75; 已无重型病例 → severe 0; 截至目前 …
    8例…其中6例…已经治愈出院 dated by the first paragraph; one hospital's 其余2例 → no tuple (衡水 b20n03);
  (4) a collective project launch with money amounts (1): 首批208个项目集中开复工 → resumed 208 (unsure, see the note);
    亿元 amounts, a capacity and a count of places → no tuple (海西州);
  (5) a page naming the home city with no figure (1): 阿坝州;
  (6) numbers that are not figures (4): ages, 年产1万吨 and 年产13.5万吨 (capacities), 亿元 amounts, 全州7个地区, 四次/第五次
    核酸检测, 连续14天体温正常, 24小时, C15 (a contract section), patients' travel dates;
  (7) date readings (4): 截至3月29日 for a whole paragraph (阿拉善盟); 2月23日下午 dating a 据统计 sentence without a date
    (b20n02); 当日/目前 after 2月20日 and 截至目前 taking an earlier paragraph's date (b20n03); a ceremony's day, 3月28日,
    for a story printed on the 30th (海西州); a garbled date kept as found (阿坝州).

Reading choices made here where the binding conventions are silent or open (each note says which; unsure ones say so):
* Open readings of ANNOTATION.md: a prefecture's name takes its full name (海西州 → 海西蒙古族藏族自治州; 阿坝州 is only
  named as the home city). No local-only count, garbled place name, 全部解除 after contacts, ordinal discharge in words,
  intensive-care count or 危重症 inside a cumulative breakdown occurs.
* 最后1例…治愈出院 is written with a digit, so it is a count (recovered_new 1) and implies hospitalized 0, as
  ANNOTATION.md says for 最后1名.
* 已连续15天没有新增 in a sentence without a date takes the paragraph's 2月23日 as the run's last day (unsure).
* A hospital's 其余2例确诊患者 gives no hospitalized tuple (one institution is not the city; unsure, since 其余 ties
  them to the city's 8).
* Workers 到岗 of 120户复工复产企业 take the sector 复工复产企业 (unsure: 规模以上工业企业 is the other reading);
  开复工/开复工率 of projects are read as resumed/resumption_rate.
* 208个项目集中开复工 is read as resumed 208 although the last sentence says 其余190个…也将陆续开复工建设 (unsure; the
  other reading is sector_total 208 and resumed 18).
"""

CASES = [
    dict(
        id="b20n01",
        text=(
            "阿拉善盟规模以上工业企业复工复产率达93.8%\n"
            "这几天,在阿拉善高新区的内蒙古中高化工有限公司的工人们正忙着在车间安装生产设备,全力推进自治区级重点项目年产1万吨硝磺草酮原药项目尽快投产。“项目正处于冲刺阶段,我们也在加班加点赶工期,争取4月上旬第一个硝磺草酮车间投入试生产。”该公司总经理曹备昌说。\n"
            "记者从盟工信局了解到,截至3月29日,全盟128户规模以上工业企业中,中盐集团、兰太实业、庆华集团等120户企业复工复产,复工率93.8%;停产企业8户,占比6.2%。120户复工复产企业员工总人数30847人,到岗29440人,到岗率95.4%。全盟投资亿元以上的工业项目共45项,其中内蒙古中高化工有限公司原药及中间体项目、内蒙古扬帆新材料股份有限公司医药中间体项目、内蒙古犇星化学有限公司农药及农药中间体项目等25个项目已开复工建设,开复工率55.6%。"
        ),
        published="2020-04-01 08:57",
        city="阿拉善盟",
        expect=[
            ("sector_total", "阿拉善盟", "2020-03-29", 128, "规模以上工业企业", ""),
            ("resumed", "阿拉善盟", "2020-03-29", 120, "规模以上工业企业", ""),
            ("resumption_rate", "阿拉善盟", "2020-03-29", 93.8, "规模以上工业企业", ""),
            ("workers_returned", "阿拉善盟", "2020-03-29", 29440, "复工复产企业", ""),
            ("worker_return_rate", "阿拉善盟", "2020-03-29", 95.4, "复工复产企业", ""),
            ("sector_total", "阿拉善盟", "2020-03-29", 45, "投资亿元以上的工业项目", ""),
            ("resumed", "阿拉善盟", "2020-03-29", 25, "投资亿元以上的工业项目", ""),
            ("resumption_rate", "阿拉善盟", "2020-03-29", 55.6, "投资亿元以上的工业项目", ""),
        ],
        note=(
            "A league (盟) in Inner Mongolia, its own home city under its full name 阿拉善盟 (a prefecture-level unit, as 兴安盟 and 锡林郭勒盟 in earlier tables). The story (原标题 as headline) was found on the 魅力霍林河 portal (hlglxww.com, a 霍林郭勒 site reposting regional news); its page line 魅力霍林河 2020-04-01 08:57:00 gives `published`; the source/原标题 lines and the paragraph without figures (连日来,阿拉善盟在全力做好新冠肺炎疫情防控工作的同时…) and the closing paragraph (就下一步如何全面推动…, cut in the search view) were left out. 截至3月29日 dates every figure of the paragraph, 2020-03-29; the headline's 复工复产率达93.8% repeats the body's 复工率93.8% (one tuple, dated by the body). 全盟128户规模以上工业企业中…120户企业复工复产,复工率93.8% → sector_total 128, resumed 120, resumption_rate 93.8, sector 规模以上工业企业, region 阿拉善盟 (全盟). 停产企业8户,占比6.2% → no metric (firms not resumed), no tuple. 120户复工复产企业员工总人数30847人 → no metric (a workforce size); 到岗29440人,到岗率95.4% → workers_returned 29440 and worker_return_rate 95.4, sector 复工复产企业 — the noun phrase the text gives the workers (unsure: 规模以上工业企业, the firms' sector, is the other reading). 全盟投资亿元以上的工业项目共45项…25个项目已开复工建设,开复工率55.6% → sector_total 45, resumed 25 (开复工 read as resumed), resumption_rate 55.6 (开复工率), sector 投资亿元以上的工业项目. 阿拉善高新区 and the firms 内蒙古中高化工有限公司, 中盐集团, 兰太实业, 庆华集团, 内蒙古扬帆新材料股份有限公司, 内蒙古犇星化学有限公司 have no figure of their own: 年产1万吨 is a capacity, 4月上旬 a plan."
        ),
        source="http://www.hlglxww.com/news/20200401/202040890.html",
    ),
    dict(
        id="b20n02",
        text=(
            "【衡水战“疫”·暖新闻】清零!衡水8例新冠肺炎确诊患者全部治愈出院\n"
            "长城网衡水讯(记者张梅胜 张千)2月23日下午,从衡水市第三人民医院获悉,该市目前确诊的8例新冠肺炎患者中的最后1例治愈出院。据统计,衡水市已连续15天没有新增新冠肺炎确诊病例,累计报告的8例新冠肺炎确诊病例,已经全部治愈出院。\n"
            "此次治愈出院患者为25岁男性,1月21日从武汉回阜城县。1月24日在乡镇大排查中发现其发热,随即由阜城县人民医院救护车接至县医院隔离治疗。作为有武汉流行病学史的发热待筛查病例,其临床症状及病情进展都高度怀疑其为新冠肺炎病例,但是四次实验室检查(新冠肺炎核酸检测)均为阴性,经过县医院和市级专家组多轮会诊,结合国内相关病例报道,做出将患者于2月1日经负压救护车转运至衡水市第三人民医院的决定,同时精心安排治疗计划,申请第五次核酸检测。最终患者2月4日、5日连续两次核酸检测阳性,确诊为新冠肺炎(重型)。"
        ),
        published="2020-02-25 18:03",
        city="衡水市",
        expect=[
            ("recovered_new", "衡水市", "2020-02-23", 1, "", ""),
            ("hospitalized", "衡水市", "2020-02-23", 0, "", ""),
            ("confirmed_new", "衡水市", "2020-02-23", 0, "", ""),
            ("confirmed_total", "衡水市", "2020-02-23", 8, "", ""),
            ("recovered_total", "衡水市", "2020-02-23", 8, "", ""),
        ],
        note=(
            "长城网 (Hebei's provincial portal, its health channel health.hebei.com.cn) on 衡水's last discharge; the page line 2020-02-25 18:03:12 gives `published`; the author/source line and photo captions (衡水市最后1例确诊新冠肺炎患者治愈出院。记者张千 摄) were left out, and the third paragraph, cut in the search view, too. 长城网衡水讯 … 2月23日下午,从衡水市第三人民医院获悉,该市目前确诊的8例新冠肺炎患者中的最后1例治愈出院 → 该市 is 衡水市 (the dateline names it; the hospital is only the informant); 最后1例…治愈出院 written with a digit is a count (ANNOTATION.md): recovered_new 1 and hospitalized 0, dated 2020-02-23; 该市目前确诊的8例 is the same total as 累计报告的8例. 据统计 … 已连续15天没有新增新冠肺炎确诊病例 → one confirmed_new 0 on the last day of the run; the sentence states no date, so it takes the paragraph's 2月23日 (unsure: the run may be counted to the 22nd). 累计报告的8例新冠肺炎确诊病例,已经全部治愈出院 → confirmed_total 8 and recovered_total 8 (implied, as ANNOTATION.md's 均已治愈出院); the headline's 清零 and 8例…全部治愈出院 repeat these (one tuple each). The patient's story gives no tuple: 25岁 is an age, 1月21日从武汉回阜城县 is travel and residence (阜城县 gets no tuple: residence is not the place, and no 阜城县 figure is stated), 四次/第五次/两次核酸检测 are test counts, 2月1日/2月4日、5日 dates."
        ),
        source="http://health.hebei.com.cn/system/2020/02/25/100210769.shtml",
    ),
    dict(
        id="b20n03",
        text=(
            "长城网衡水讯(实习记者李珊珊)2月20日,好消息再从衡水市第三人民医院战“疫”一线传来,该市在新冠肺炎确诊患者治愈率达到75%的基础上,又一例新冠肺炎重型患者已于当日解除重型,转为普通型。目前,衡水市已无重型病例。\n"
            "据了解,该患者今年25岁,阜城县人,1月21日从武汉回到阜城。1月24日,乡镇在大排查中发现其发热,由阜城县人民医院救护车接到县医院发热门诊就诊。2月1日,转入衡水市第三人民医院隔离治疗,经专家组会诊,诊断为确诊病例(重型)。\n"
            "对于病例尤其是重型病例的治疗,衡水市严格按照“四集中”和“三个一”的医疗救治要求,由北京地坛医院专家进行远程会诊,省专家常驻衡水现场指导治疗,市专家24小时值守。经专家组精心救治,患者于2月7日至20日连续14天体温正常。2月17日查血常规未见异常;查肺CT显示:双肺病灶吸收良好,较13日CT病变范围明显缩小;患者病情好转,趋稳定。2月12日、14日咽拭子核酸检测阴性。20日,省市专家组会诊意见:解除重型转为普通型,继续对症治疗。\n"
            "截至目前,衡水市共确诊并集中收治8例新冠肺炎病例,其中6例(含1例重型)已经治愈出院,目前衡水市第三人民医院其余2例确诊患者病情均为普通型。"
        ),
        published="2020-02-20",
        city="衡水市",
        expect=[
            ("recovery_rate", "衡水市", "2020-02-20", 75, "", ""),
            ("severe", "衡水市", "2020-02-20", 0, "", ""),
            ("confirmed_total", "衡水市", "2020-02-20", 8, "", ""),
            ("recovered_total", "衡水市", "2020-02-20", 6, "", ""),
        ],
        note=(
            "长城网's 衡水 channel (hs.hebei.com.cn), three days before b20n02 (a different page and different figures). The search showed the page from its dateline on, without headline or date line; the date in the page address (system/2020/02/20) gives `published`, matching the story's own 2月20日. 该市在新冠肺炎确诊患者治愈率达到75%的基础上 → recovery_rate 75 for 衡水市, dated by the paragraph's 2月20日; 又一例新冠肺炎重型患者已于当日解除重型,转为普通型 → no metric (a change of state, one patient); 目前,衡水市已无重型病例 → severe 0 on 2020-02-20. The patient paragraphs give no tuple (25岁 an age, 阜城县人 residence, 24小时值守, 连续14天体温正常 a duration, dates of tests). 截至目前,衡水市共确诊并集中收治8例新冠肺炎病例,其中6例(含1例重型)已经治愈出院 → confirmed_total 8 and recovered_total 6; 截至目前 has no date in its paragraph and takes the date the first paragraph stated for its figures, 2020-02-20; (含1例重型) gives no tuple. 目前衡水市第三人民医院其余2例确诊患者病情均为普通型 → no tuple: worded as one hospital's patients (ANNOTATION.md: one institution is not the city; unsure — 其余 ties them to the city's 8, which would read hospitalized 2). 北京地坛医院 is an outside hospital consulted remotely, no figure."
        ),
        source="http://hs.hebei.com.cn/system/2020/02/20/100204241.shtml",
    ),
    dict(
        id="b20n04",
        text=(
            "青海海西州208个项目集中开复工\n"
            "投资总额达1053.14亿元\n"
            "本报讯 记者石晶报道:3月28日上午,青海省海西州2020年首批208个项目集中开复工仪式在海西全州7个地区同步举行。\n"
            "海西州地处柴达木盆地,是青海经济发展的主战场,为全力推进疫情防控和经济社会运行重点工作,海西州精准有序扎实推动重大项目开工提速、工业企业稳产复工、商贸企业开工复业。\n"
            "据悉,海西州此次集中开复工的208个项目,涵盖传统产业改造提升、基础设施、民生工程等领域,投资总规模达1053.14亿元,年内计划投资208.09亿元,对于补齐基础设施短板,推进产业转型升级具有重要作用。\n"
            "为发挥引领、带动作用,海西州精选了18个具有代表性、示范性的新建项目举办开复工仪式。其中,青海国源化工科技有限公司年产13.5万吨氯酸盐项目、青海黄河矿业有限责任公司夏日哈木镍钴矿采选项目等12个重点产业项目,总投资194.43亿元;青新藏(格尔木)陆港商旅物流中心项目、乌兰县茶卡景区旅游扶贫基础设施建设项目(二期)等6个重大基础设施项目,总投资13.66亿元。其余190个建设项目也将陆续开复工建设。"
        ),
        published="2020-03-30",
        city="海西蒙古族藏族自治州",
        expect=[
            ("resumed", "海西蒙古族藏族自治州", "2020-03-28", 208, "项目", ""),
        ],
        note=(
            "经济日报's e-paper (paper.ce.cn, 第04版, 2020年3月30日, as the page and its address show) on a prefecture's collective project launch. Region: the prefecture's full name, 海西蒙古族藏族自治州, for 海西州 as written (the first-listed open reading of ANNOTATION.md); 青海/青海省 is named only as the province. 3月28日上午 … 2020年首批208个项目集中开复工仪式 and 此次集中开复工的208个项目 → resumed 208, sector 项目 (首批 a batch label, not part of the noun), dated 2020-03-28, the ceremony's day; the headline repeats it. Unsure: the last sentence says 其余190个建设项目也将陆续开复工建设, so only the 18 新建项目 that held ceremonies visibly started that day; the reading followed takes the text's own wording (the 208 projects 集中开复工) and gives the 18 (and their split 12个重点产业项目 / 6个重大基础设施项目) no separate tuple as a ceremonial subset of the 208; the other reading would give sector_total 208 and resumed 18. 投资总额/总规模 1053.14亿元, 年内计划投资208.09亿元, 总投资194.43亿元 and 13.66亿元 are money, no metric; 年产13.5万吨 a capacity; 全州7个地区 a count of places; 190 a count of projects still to start (no tuple). The firms (青海国源化工科技有限公司, 青海黄河矿业有限责任公司) have no figure of their own."
        ),
        source="http://paper.ce.cn/jjrb/html/2020-03/30/content_415783.htm",
    ),
    dict(
        id="b20n05",
        text=(
            "阿坝州副州长陶剑锋调研汶马高速C15合同段\n"
            "327日,阿坝州副州长陶剑锋一行到汶马高速C15合同段狮子坪隧道施工现场调研工作。理县县委常委、副县长杨玉峰,理县发改局局长张韩春,理县交通局局长范贤君及参建单位负责人陪同调研。\n"
            "陶剑锋一行现场听取了汶马高速防疫落实和施工人员返岗情况的汇报。陶剑锋指出,工程建设受年初疫情影响压力较大,希望各参建单位克服困难,最大程度降低疫情对工程进度的影响,确保完成汶马高速年底通车任务。"
        ),
        published="2020-03-30",
        city="阿坝藏族羌族自治州",
        expect=[],
        note=(
            "A firm's news page (四川汶马高速公路有限责任公司's site, scwmgs.com, 公司新闻) on the deputy prefect's visit to a tunnel section in 理县; the page line 时间:2020-03-30 gives `published`; the 浏览/来源 line and a trailing link title (汶马公司副总经理李龙确督导收费站防疫及复工工作) were left out. The date is garbled as found (327日 for 3月27日) and kept. No figure: C15 names a contract section, 327日 is a date, 施工人员返岗情况 and 年底通车任务 state no number. A page naming the home city (阿坝州, read as 阿坝藏族羌族自治州) and a county (理县) with no figure; one of the at most two such pages allowed."
        ),
        source="https://www.scwmgs.com/news/gsxw/4505.html",
    ),
]
