"""Removed before its failures were read (the maintainer's overlap check): b27n04, 抚州's
bulletin, whose wording shares windows with eval and holdout tables. The docstring below still
describes it.

Twenty-seventh BLIND table of golden cases taken from REAL narrative local news (January–April 2020).

Each of the 7 entries is a short verbatim excerpt in which a city, a county-level city, a development zone or a firm inside
a city tells its own story: a county-level city's labour bureau on the "point-to-point" buses that fetched workers back
(句容市 in 镇江, on a 句容 job-site's news page), a firm in 武汉开发区 counting its approved returners (航天瑞奇, 长江网 on a
mirror in traditional characters), a national outlet's walk through 武汉's restart with a post-sorting centre and a car
plant (光明网 on 金羊网), a city bulletin reposted by a county 融媒体 centre (抚州 via 广昌县融媒体中心 on 中国小康网's county
channel), a city paper's firm story (即发集团, 青岛日报 on 半岛网), a district story from a provincial outlet (威海's 环翠区,
大众网·海报新闻) and a county-level city's 融媒体 walk through an industrial park that gives no figure (赤壁 in 咸宁).
`city` names the home city in full. `expect` lists every tuple the text supports for that city, its districts, counties,
county-level cities, zones and named organisations; each tuple reads (metric, region, as_of_iso_date, value, sector,
qualifier). Six of the seven are resumption stories and one is a case bulletin: the few case stories the search showed
were nearly all in earlier tables.

How it was made: the annotations come from the texts alone, under the binding rules of tests/cases/ANNOTATION.md and
shared/gold/FORMAT.md (and the dev_cases.py docstring they point to); where ANNOTATION.md lists open readings, the
first-listed one is followed (none of the open cases occurs as such here). Nothing of the extractor was opened or run, and
no test, CLI or evaluation script was run. From the other tables only blind26_narrative.py's docstring and its first two
entries (b26n01, b26n02) were read, for the layout; the `city=` values of all blind*.py tables (and of blind23_*.py in
particular) were grepped for their home cities. Every other look at the tables and at tests/data was a `grep -rlF` (file
names only). The helper's brief lay in a scratch folder whose file names were listed once; no other file there was opened.
The texts were found with the `search` tool (corpus `pages`; one query to `code` found no archive of local news); each text
is what the search showed of its page (the page's beginning), copied as found.

Searches: about 140 look-ups, to discharge, 清零, county-bulletin and resumption stories of prefectures not yet used
(开封, 池州, 鹰潭, 黔东南, 武威, 乌海, 辽阳, 昭通, 朝阳, 琼海/澄迈/陵水 …) and of counties in 河南, 安徽, 江西, 四川, 云南, 贵州,
甘肃, 宁夏, 黑龙江, 吉林, 河北, 广西, 海南; to e-paper dates, county 融媒体 and 融媒体-channel wordings, pinyin- and traditional-
character mirror wordings, labour-bureau "点对点" buses, 扶贫车间, bus and courier restarts, industrial parks, chemical,
textile, ceramics and car-parts trade pages, hospital discharge stories, overseas and Hong Kong/Macau/Taiwan outlets (星洲,
光明, 明报, 中央社, 香港商报, 澳门 pages, 欧洲时报-type 青田 stories: nothing with a home-city figure that was not imported-only).
About 80 candidates went through the grep checks; nearly every one the search showed first was already in a table.

Overlap and exclusion checks: for every candidate the URL's distinctive part (page id or last path segments) and two to six
distinctive 12–20-character snippets (headlines, figures with their nouns, firm, town and patient names, county lists) were
converted with OpenCC to simplified (t2s) and to traditional (s2t), and each form, with the snippet as found, was grepped
with `grep -rlF` across tests/cases and tests/data; every kept excerpt was then converted whole to simplified and ten
15-character windows spread over it were grepped, each also in traditional. Kept texts have no hit, with these exceptions
that are not overlaps: in b27n04 one window, 省无新增新型冠状病毒肺炎确诊病, is the provincial bulletins' stock wording (found
in many feed tables), and the phrase 尚有82人正在接受医学观察 is found in eval_realworld (a coincidence of a stock phrase and a
small number: the page id, 2880人, 2798人, 东临新区, 抚州市卫生健康委员会 and the county lists are found nowhere). The domain
xianyu.chinaxiaokang.com is in other tables with other pages (this page 2623325 is not). 抚州's two county lists were grepped
in runs of two items and appear in no table.

Dropped for an overlap (hits of the URL and snippets): 开封's bulletin (yjglj.kaifeng, dev_realworld), 安阳's discharges
(ayrbs e-paper, eval_narrative and more), 资阳高新区 (gk.ziyang, dev/holdout_narrative), 德州's 运河经济开发区 (rqjmxh,
dev/eval_narrative), 临沂, 义乌, 沽源, 淄博, 阿克塞, 平顶山, 松原, 中山 (ttnews pages in dev, eval, holdout and blind tables),
温州's 清零 (zjnews, eval_narrative), 北京东城 (dev_narrative), 齐齐哈尔 (101ir, holdout_realworld), 湾里区 (nctvcloud), 眉山
(maijiandao), 天津 (wicongress), 泰顺 (tsxw66), 鹤壁 (henance, blind6_feeds), 南漳 (nzkd, blind2), 三门峡示范区 (smxsfq,
blind10), 合肥高新区 (cdsnjd, blind), 成都高新区 (cbt e-paper, blind), 通城 (cjyun, dev_narrative), 永胜 in 丽江 (lijiang.cn,
blind2), 钟祥 (hujibbs, dev_county), 六安 (investchn, blind9), 崇信 (gscn, eval_narrative), 安福 (jgsdaily, blind5), 乐至 (duesmart,
blind), 黄冈晨鸣 (wypyueling), 南靖 (folksfolks, blind25), 德州's discharges (nxhuan 1494335), 阜阳 (x9aky, dev_feeds), 东莞南城
(bjncw, blind4), 高明 (wuald, blind5), 蒙自 (hhmz, blind5), 柳州 twice (gxcounty blind8; yybnet eval_narrative), 临夏 (gansudaily,
dev_narrative), 福州高新区 (hxcsw), 福清 twice (fqxww, fznews; dev_county), 宜春 (huashangw, dev_realworld), 萍乡 (cs0799,
dev_county), 上饶 twice (shi-fen blind11; 800800s eval_feeds), 宿州 (yybnet, blind8_feeds), 芜湖 (x9aky, blind9), 宣城
(siseiken's list, blind3), 马鞍山 (pxte, holdout_realworld), 兰州新区's chemical park (gscn, blind21), 太原富士康 (nanxi123,
blind10), 铜陵 twice (ahscb blind; sybtv blind9), 烟台 (ri800, blind11).
Dropped for other reasons: 温州晚报's recap (wenzhouwanbao 16175; fresh, but no page date and the total is missing in print:
温州确诊例), 宣汉 in 达州 (yybnet 10258890; fresh, but no page date, so 昨日 cannot be dated), 德州's 规上 resumption on nxhuan
1492769 (fresh, but neither date nor year shown), 凌源经济开发区 in 朝阳 (no date), 杭州东腾实业 on qiangjiping (fresh, but what
the search showed stops in mid-quote and the headline's train has no clear date), 朝美日化 on 明报's Vancouver mirror (fresh,
but the text names no place for the firm), 龙岩龙净环保 (xhw111; no year, and a firm's 复工率 of its staff is ambiguous),
伟巴斯特武汉分公司 (irakyat; "复工了70%" ambiguous), 西安经开区 (sn.cri, ce.cn) and 鄂尔多斯's firms (home cities of blind23),
大朗毛织 (no figure), 简阳 and 阳江 on freep (garbled or missing dates), 黄岩's buses (spam-injected
mirror, plans only), 华中路街道, 漳港街道, 清源街道 (street-level figures only), pages of 2021–2023 (广西-东盟经开区, 灵寿, 德化, 夹江,
大厂, 吉林) and 湖南 pages (邵阳's buses, 会同, 双峰, 安仁, a 湖南 包车 story, and a 长沙 清零 story that also names 株洲). No kept
excerpt names 株洲, 湖南 or a 湖南 place or outlet, nor the DXY feed; the parts of each page that the search showed were
checked as well.

Home cities and outlets (7 cases, 6 home cities, 5 provinces):
  镇江市 (江苏; 句容's 人社 story on 句容人才网 212400job) · 武汉市 ×2 (湖北; 长江网 on a traditional-character mirror; 光明网 on
  金羊网) · 抚州市 (江西; 抚州市卫健委 via 广昌县融媒体中心 on 中国小康网) · 青岛市 (山东; 青岛日报 on 半岛网) · 威海市 (山东;
  大众网·海报新闻) · 咸宁市 (湖北; 赤壁融媒体 on 赤壁网). None is a home city of blind23_*.py; blind27_feeds.py did not exist
  when this table was finished.
Texts are copied as found: traditional characters with the mirror's mixed forms (b27n02: 應用于, 臺), spaces inside a
sentence (b27n01: 专车, 行程; b27n06: 新目标 ,), photo captions left in place (b27n02). Page chrome (share widgets, view
counts, related links, photo credits of separate pictures), exhortations and paragraphs not needed were left out; a
paragraph is only cut after a full sentence. `published` is the date and time the page shows; b27n02's page shows none and
its dateline (3月20日) stands in, the year coming from the content (火神山医院, 江汉方舱医院); b27n07's comes from its address.

Ways of writing covered (see the notes):
  (1) workers fetched back by a county-level city's buses, beside new hires still on their way (b27n01): 接回企业员工613人
    dated by 截止3月10日; 新招员工853人…将陆续到达 (no tuple); trips, kilometres and subsidies (no metric); 我市 = 句容市;
  (2) a firm's own count of approved returners with a sub-count and an output share (b27n02): 經批準復工的共有164人, 其中…55人
    (no tuple), 約為平時的31% (no metric); traditional characters;
  (3) two organisations in one city story (b27n03): a sorter's quote 有40多人复工 (more_than, dated by the page) and 截止3月底…
    一线员工到岗率97% (a firm's worker-return rate); vehicle and firm counts that are no resumption figure;
  (4) a city bulletin with a province line, a one-case attribution, two county lists and a zone's suspected case (b27n04):
    新增出院病例系…金溪病例 (recovered_new for 金溪县); 现有住院确诊病例1例; 现有疑似病例1例为东临新区病例;
  (5) a firm's returners in a dateline story (b27n05): 本报2月13日讯 … 200余名复工返岗的工人 (more_than);
  (6) a district story whose only count is one firm's (b27n06): 近300名员工返岗 (about); 产能已恢复达70% (no metric);
  (7) a county-level city's park walk with no figure (b27n07): 恢复85%的产能, 约300万的订单 (no metric): expect [].

Reading choices made here where the binding conventions are silent (each note says which; unsure ones say so):
* A firm's name written in traditional characters is given as region in simplified characters, like a place (b27n02:
  航天瑞奇電纜有限公司 → 航天瑞奇电缆有限公司; unsure).
* A sub-count of the returners by role (其中,生產一線員工55人) and a firm's total staff (550多名員工) have no metric (b27n02).
* A quoted count with no date of its own (从3月份开始有40多人复工) is dated by the page (b27n03; 从3月份开始 is a start).
* Workers fetched back (接回企业员工) are workers_returned for the city that fetched them, sector 企业 (b27n01; unsure of the
  sector string); company-level worker figures have sector "" (b27n02, b27n03, b27n05, b27n06).
* 产能恢复 (capacity restored) is no resumption_rate (b27n06, b27n07).
"""

CASES = [
    dict(
        id="b27n01",
        text=(
            "句容市“点对点”专车助力企业异地员工返岗复工\n最新资讯 2020-04-03 6607次\n\n句容企业复工以来,市人社部门根据企业员工集中返岗需求,主动联系我市21车队制定专门的包车运输方案,按照“一企一车一方案”的原则,开展“点对点”直达运输,优先保障成规模、成批次、目的地集中的企业员工返岗。截止3月10日,共发出“点对点”复工专车26车次,行程65000多公里,接回企业员工613人。\n\n时间跨度长,发车频率密。自2月20日起,句容已经发出复工专车26车次,平均每天至少发出一辆复工专车, 行程超过6万5千公里,足迹遍布10个省市,最远到达黑龙江双鸭山。预计复工专车将运行至3月20日,在长达一个月的时间内,确保每天都有专车接返员工。\n\n接返与新招双管齐下。在接返原有员工的同时,句容市人社部门与河南、山东、陕西等地人社部门、劳务基地、劳务中介联系,组织企业在线洽谈,及时为企业补充新员工,截止目前,为我市企业新招员工853人,这部分人员将陆续到达句容。"
        ),
        published="2020-04-03",
        city="镇江市",
        expect=[
            ("workers_returned", "句容市", "2020-03-10", 613, "企业", ""),
        ],
        note=(
            "句容市's labour bureau story on 句容人才网 (212400job, news3/100515), dated 2020-04-03 by the page (最新资讯 2020-04-03; 6607次 is a view count). Kept: headline, date line, the first two paragraphs and the last; one paragraph on staff riding along was left out. 句容市 is a county-level city of 镇江市; 市人社部门/我市 → 句容市 (the story names 句容 and 句容市人社 as speaker). 截止3月10日…接回企业员工613人 → workers_returned 613 for 句容市 on 2020-03-10 (sector 企业, from 企业员工; unsure of the sector string). 26车次, 65000多公里/6万5千公里, 10个省市, 50万元 are trips, distance, places and money: no metric; 自2月20日起 is a start; 预计…至3月20日 a plan. 为我市企业新招员工853人,这部分人员将陆续到达句容 counts new hires still on their way: no tuple. 河南、山东、陕西、黑龙江双鸭山 are other places (no figure)."
        ),
        source="http://m.212400job.com/news3/100515.html",
    ),
    dict(
        id="b27n02",
        text=(
            "長江網3月20日訊“目前,我們全廠550多名員工中,經批準復工的共有164人。其中,生產一線員工55人,還有一些銷售等人員,他們平時在線上辦公,有需要才到公司來。”\n航天瑞奇電纜公司生產線,工人正在進行操作。通訊員 陳瑋瑋 攝\n3月20日,武漢開發區,航天瑞奇電纜有限公司相關負責人告訴長江日報-長江網記者,該企業正謹慎有序恢復生產,目前,已有20臺設備正常生產,每日產量達15噸,約為平時的31%。\n航天瑞奇是央企——中國航天科技集團旗下公司,2012年落戶武漢,主要生產電線電纜,其產品廣泛應用于礦山、公路、鐵路、冶金、化工、隧道、電力等行業。在此次武漢戰“疫”中,該公司曾緊急馳援,為火神山醫院、江漢方艙醫院等供應電線電纜專用線。"
        ),
        published="2020-03-20",
        city="武汉市",
        expect=[
            ("workers_returned", "航天瑞奇电缆有限公司", "2020-03-20", 164, "", ""),
        ],
        note=(
            '长江网 story on a mirror (hoppecoke, news/show-286579) in traditional characters, kept as found (應用于, 臺, a photo caption in the middle). The page shows no date; published is the dateline 長江網3月20日訊, the year coming from the content (火神山醫院, 江漢方艙醫院 existed only in 2020). Kept: the first four paragraphs; the paragraphs on disinfection and dormitories and the page\'s footer were left out. 經批準復工的共有164人 → workers_returned 164 for the firm 航天瑞奇電纜有限公司 (given in simplified, 航天瑞奇电缆有限公司; unsure), dated 3-20 (目前, in a 3月20日 story), sector "" (a company-level worker figure). 550多名員工 (total staff) and 其中,生產一線員工55人 (a sub-count by role) have no metric; 20臺設備, 15噸, 約為平時的31% are output: no metric. 武漢開發區 is where the firm lies; no figure of the zone.'
        ),
        source="http://www.hoppecoke.com/news/show-286579.html",
    ),
    dict(
        id="b27n03",
        text=(
            "有序复工复产,江城武汉“复苏”进行时\n\n来源:光明网 作者:李政葳 季春红 蔡琳 发表时间:2020-04-03 11:51\n\n一架货运飞机在武汉天河国际机场落地停靠后,工作人员分批卸下货物,并转运至机场货运中心;随后,中国邮政武汉邮区中心员工开始对这批包裹进行分拣……这是记者日前在武汉天河国际机场看到的一幕。“从3月份开始有40多人复工,平均每天分拣4至5万吨货。”分拣员姚季说。\n\n随着疫情防控形势好转,武汉各行各业逐渐复工复产。不仅机场快递量不断增加,城区地铁公交陆续开通,城区内各大商业体、商家也逐个营业。此时,再度漫步在武汉街头,虽然还不是昔日熙熙攘攘、车水马龙的景象,但过往车辆、行人明显渐多。曾经冷清的街道,慢慢有了烟火气。\n\n车企生产线有序恢复,多套预案预防风险\n\n每天清晨起床、进车间、上午工休、下午工休以及每晚十点,员工都要实时测量体温并上报;每天早晨保持间距开晨会,点检员工身体状况;定时、定人、定点就餐,就餐时互相间距大于两米……截止3月底,位于湖北武汉开发区的东风乘用车公司一线员工到岗率97%,全力按下了生产“加速键”。\n\n在武汉的经济版图中,汽车产业已连续多年占据第一支柱产业位置。因此,这座江城也有“车都”之称。以武汉开发区为例,东风本田、东风乘用车、神龙汽车等7家整车企业和500余家汽车零部件企业在这里汇集。"
        ),
        published="2020-04-03 11:51",
        city="武汉市",
        expect=[
            ("workers_returned", "中国邮政武汉邮区中心", "2020-04-03", 40, "", "more_than"),
            ("worker_return_rate", "东风乘用车公司", "2020-03-31", 97, "", ""),
        ],
        note=(
            "光明网's report reposted on 金羊网 (ycwb content_738892), dated by the page 2020-04-03 11:51. Kept: headline, source line and the first two paragraphs, the sub-head and the two paragraphs on the car plants; the page goes on (每天生产直接参与及支持人员控制在700…) and is cut after a full sentence; the series tag, bylines and photo captions were left out. “从3月份开始有40多人复工” (a sorter's quote about 中国邮政武汉邮区中心) → workers_returned 40 more_than for that organisation, dated by the page (the visit is 日前; 从3月份开始 is a start; unsure). 截止3月底…东风乘用车公司一线员工到岗率97% → worker_return_rate 97 for 东风乘用车公司 on 2020-03-31 (company-level, sector \"\"). 平均每天分拣4至5万吨货 (output), 7家整车企业和500余家汽车零部件企业 (firms located there, not resumed) and 两米/十点 have no metric. 武汉开发区 gets no figure of its own."
        ),
        source="http://news.ycwb.com/2020-04/03/content_738892.htm",
    ),
    dict(
        id="b27n05",
        text=(
            "即发投产民用口罩 !八条生产线开足马力 200余名返岗工人加班加点\n\n2020-02-14 07:45 青岛日报\n\n青岛日报/青岛观/青报网记者 孙 欣 通讯员 梁孝鹏\n\n本报2月13日讯 即发集团服装生产车间,200余名复工返岗的工人正忙碌在缝纫机前,加班加点赶制口罩。这些机器轰鸣、工人忙碌的生产线,原本是企业用来加工服装的传统生产线,在接到口罩生产任务后,企业第一时间对生产线进行改造重组,上马生产。目前,企业已有八条民用口罩生产线开足马力运行。"
        ),
        published="2020-02-14 07:45",
        city="青岛市",
        expect=[
            ("workers_returned", "即发集团", "2020-02-13", 200, "", "more_than"),
        ],
        note=(
            "青岛日报's story on 半岛网 (muji.bandao a/343421), published 2020-02-14 07:45. Kept: headline, date line (the view counter and QR prompt left out), byline and the story; the photo caption (新华社照片) was left out. 本报2月13日讯 dates the story: 200余名复工返岗的工人 (and the headline's 200余名返岗工人, the same figure) → workers_returned 200 more_than for 即发集团 on 2020-02-13, sector \"\" (company-level). 八条(民用口罩)生产线 are production lines, not a resumption count: no tuple."
        ),
        source="http://muji.bandao.cn/a/343421.html",
    ),
    dict(
        id="b27n06",
        text=(
            "起步就冲刺,开局就奔跑!向着高质量发展迈进!\n\n来源:大众网·海报新闻   2020-02-29 18:39:43\n\n大众网·海报新闻威海2月29日讯 (记者 于霄雁) 防疫不能丝毫松劲,高质量发展尤须攻坚。面对当前的疫情大考,威海市环翠区一手抓疫情防控,一手抓复工复产,踏着春天的节拍,全区企业加快冲击新目标 ,各大产业项目花开遍地红,一曲曲高质量发展的“交响”在环翠奏响。\n\n逆势而上,企业积极复工\n\n在威高骨科材料股份有限公司生产车间内,工人们正在医用物资、医用关节等生产线上忙碌着。复工后,该企业有近300名员工返岗, 一面是紧张有序地生产防疫紧缺物资,另一面对防疫工做也绝不含糊,每一道“关卡”的测体温、记录、消毒,每一面墙上的横幅、标语、需知,都在保障着已经在岗员工的安全。\n\n作为方舱医疗车专业生产厂家,威海广泰特种车辆有限公司(以下简称“广泰特车”)在1月27日就提前复工复产,并于2月8日向武汉大学人民医院捐赠大型“发热巡诊车”和“留置观察车”拓展方舱式移动医疗车各一台,用于疫情筛查及疑似病例留置观察。\n\n在海鑫新材料生产车间,设备有序排开,工人们正在进行生产,现场忙碌而有序。在按要求全面做好防控工作的同时,海鑫新材料努力克服各种困难,积极恢复生产工作。目前,产能已恢复达70%,各类产品订单正常。"
        ),
        published="2020-02-29 18:39",
        city="威海市",
        expect=[
            ("workers_returned", "威高骨科材料股份有限公司", "2020-02-29", 300, "", "about"),
        ],
        note=(
            "大众网·海报新闻's district story on the 威海 channel of 大众网 (weihai.dzwww, t20200229_5168873), published 2020-02-29 18:39:43. Kept: headline, source line (编辑/作者 left empty by the page were dropped), the lead, the first sub-head and three firm paragraphs; the paragraph on 广泰二厂 and those after 海鑫新材料 were left out (the page goes on). The lead is 威海市环翠区's story, but no figure is the district's. 复工后,该企业有近300名员工返岗 → workers_returned 300 about for 威高骨科材料股份有限公司, dated by the page (sector \"\", company-level). 广泰特车 在1月27日就提前复工复产 gives no count; 各一台 are donated vehicles; 产能已恢复达70% is capacity (no metric)."
        ),
        source="http://weihai.dzwww.com/jjxw/202002/t20200229_5168873.htm",
    ),
    dict(
        id="b27n07",
        text=(
            "赤壁融媒体记者 万绍武\n当前,赤壁市疫情防控形势持续稳定向好,各企业、商贸场所都已陆续复工复产。3月15日,记者走访蒲纺工业园区部分企业看到,工人们戴着口罩,在已经做好消毒的工位上紧张忙碌着,全力以赴赶制订单。\n赤壁新纺纺织实业有限公司是一家主要从事纺织面料制造、销售,纺织品整理加工印染的企业。一进厂区,醒目的消毒警示标语映入眼帘,进场人员一律要进行体温测量、登记、换口罩等。在机声隆隆的工作车间,工人们正在紧张有序的工作。该厂负责人告诉记者,目前他们已全面进入复工阶段,半个月后有约300万的订单要交付,工人们正在抢赶工期。\n在赤壁市鸿鑫服装有限公司,记者看到,工人们正戴着口罩,控制间距在各自的工位上忙碌。记者了解到,企业目前已恢复85%的产能,工厂严格按照防疫期间的要求,做好防控工作,工人们采取轮班的形式,赶制外贸订单。"
        ),
        published="2020-03-17",
        city="咸宁市",
        expect=[],
        note=(
            "赤壁融媒体's walk through 蒲纺工业园区 on 赤壁网 (chibi.com.cn, ffgc 2020/0317/331247), dated by its address 2020-03-17 (the visit is 3月15日). Kept: byline and the first three paragraphs; the paragraph on 湖北泽翰实业 (五、六个订单) was left out. A real local story of 赤壁市 (a county-level city of 咸宁市) with no figure: 各企业、商贸场所都已陆续复工复产 gives no count; 约300万的订单 is an order value; 企业目前已恢复85%的产能 is capacity, not a resumption or worker-return rate. expect = [] (one of at most two such cases)."
        ),
        source="http://chibi.com.cn/cbw/zt2018/ffgc/2020/0317/331247.html",
    ),
]
