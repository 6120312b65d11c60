"""Removed before its failures were read (the maintainer's overlap check): b25n07, 北京's 西城区
story, whose press conference's name (北京市新型冠状病毒肺炎疫情防控工作新闻发布会上) shares a window
with an eval table. The docstring below still describes it.

Twenty-fifth BLIND table of golden cases taken from REAL narrative local news (January–April 2020).

Each of the 13 entries is a short verbatim excerpt in which one place's story is told by an outlet: city stories on the
resumption of a trade or sector (南昌's agricultural firms, 中国江西网; 广州's ports and shipping firms, 羊城派; 南通's ports,
江苏省交通运输厅 on a shipping-trade portal; 成都's restaurants, 成都全搜索 on a food-trade portal; 漳州's restaurants, a city
paper's item on a home-appliance news site; 兰州's factories and noodle shops, 新华社 on a mirror; 天水's factories with a
county list, 天水在线 on a mirror), a city's bus lines (邢台, 人民网 on 新浪河北), district, county and zone stories (西城区 and
中关村西城园 in 北京, 北京日报客户端; 迎泽区's building sites in 太原, on a mirror; 繁昌县's farm firms and farm-supply shops in
芜湖, on ttnews; 泗阳县's school projects and fetched workers in 宿迁, on ttnews) and a firm story (南靖中祥纺织有限公司 in 漳州,
东南网 on a mirror). `city` names the home city in full. `expect` lists every tuple the text supports for that city, its
districts, counties, zones and any firm the text gives a figure to; each tuple reads (metric, region, as_of_iso_date, value,
sector, qualifier).

How it was made: the annotations come from the texts alone, under the binding rules of tests/cases/ANNOTATION.md and
shared/gold/FORMAT.md (and the dev_cases.py docstring they point to); where ANNOTATION.md lists open readings, the
first-listed one is followed (none of the open cases occurs here). Nothing of the extractor was opened or run, and no test,
CLI or evaluation script was run. From the other tables only blind24_narrative.py's docstring and its first two entries
(b24n02, b24n04) were read, for the layout; the `city=` values of all blind*.py tables were grepped for their home cities.
Every other look at the tables and at tests/data was a `grep -rlF` (file names only). The helper's brief lay in a scratch
folder whose file names were listed once; no other file there was opened. The texts were found with the `search` tool
(corpus `pages`; one query to `code` found no news archive); each text is what the search showed of its page.

Thirteen entries, all with expected tuples: some 100 searches went to named prefectures and counties not yet home cities of a blind table (鹰潭,
池州, 开封, 安阳, 白山, 伊春, 七台河, 辽阳, 朝阳, 武威, 固原, 西宁, 崇左, 玉溪, 昭通, 黔东南 …), to discharge, 清零 and 双清零
stories of counties and districts, to overseas Chinese, Hong Kong and Taiwanese outlets, e-papers, 中新网/人民网/新华网 local
items, and to trades and sectors (farm firms, coal mines, ports and shipping, building sites, markets, restaurants, bus and
coach lines, poverty-relief workshops, feed and slaughter firms). About 60 candidates went through the grep checks; the
discharge and case stories found were all already in a table, so every kept excerpt is a resumption or service story.

Overlap and exclusion checks: for every candidate the URL's distinctive part (the page id or last path segments) and three
to seven distinctive 12–20-character snippets (headlines, figures with their nouns, list items, names of firms, people and
places) were converted with OpenCC to simplified (t2s) and to traditional (s2t), and each form, with the snippet as found,
was grepped with `grep -rlF` across tests/cases and tests/data; every kept excerpt was then converted whole to simplified and
ten 15-character windows spread over it were grepped, each also in traditional. Kept texts have no hit, with two
exceptions that are not overlaps: in b25n05 one window, 施工现(xiàn)场(chǎn, is the mirror family's pinyin-garbled spelling
of 施工现场, found in blind5_narrative and blind21_narrative (ten windows taken with the pinyin removed have no hit); in b25n04
the station head's name 李彬 is found in a tests/data text of another place (a common name; the page id, headline, counts
and firm are not found). The one per-place list kept (天水's 秦州复产企业19户、麦积复产12户 …) was grepped in runs of two items and
appears in no table.
Dropped for an overlap (hits of the URL and snippets): 开封 (yjglj.kaifeng, dev_realworld), 齐齐哈尔 (101ir, holdout_realworld
and dev_feeds), 宣城 (ahwang, blind3), 七台河 (ttnews, dev_realworld), 密山 in 鸡西 (dbw, blind4), 铁岭 (ttnews, eval_feeds),
陇西 in 定西 (chinadaily, dev_narrative), 通城 in 咸宁 (cjyun, dev_narrative), 泰顺 in 温州 (tsxw66, dev_narrative), 阜阳
(x9aky, dev_feeds), 沽源 in 张家口 (ttnews, dev_narrative and eval_narrative), 崇信 in 平凉 (gscn, eval_narrative), 合肥高新区
(cdsnjd, blind_narrative), 阿克塞 in 酒泉 (ttnews, blind6), 运河经济开发区 in 德州 (rqjmxh, dev_narrative and eval_narrative),
六安 (investchn, blind9), 眉山's 3月8日 story (a mirror of 眉山网 whose page id is in eval_realworld and blind2), 晋中's coal
mines (zgw, blind21), 东城区 in 北京 (7667359, dev_narrative), 河西区 in 天津 (72177, blind22), 北京's 3081 factories (gov.cn
big5, eval_realworld), 上海's 94.5% (3news, eval_realworld), 海曙区 in 宁波 (cnnb, eval_narrative), 安阳's discharges (安阳日报
e-paper, eval_narrative and more), 义乌 in 金华 (ttnews, blind3), 临沂 (ttnews, holdout_narrative and more), 德州's discharges
(nxhuan, dev_narrative and eval_narrative), 青岛 (qindaosou, blind9), 黄冈's firms (wypyueling, dev_narrative and
eval_narrative), 定海 in 舟山 (zjol, dev_narrative), 福州高新区 (hxcsw, dev_narrative and eval_narrative), 福州台商投资区
(taiwan.cn, dev_narrative), 安福 in 吉安 (jgsdaily, blind5), 汉中 (yybnet, blind_narrative), 西安 (cneb, holdout_feeds), 巴中
(cnbz, eval_narrative), 桂林 (yybnet, blind3), 天津's district rates (wicongress, eval_realworld and more).
Dropped for other reasons: 合肥's markets story (新安晚报, no overlap), because 合肥市 is a home city of blind23_narrative;
two 兰州 stories on yybnet (西部药谷 and the city's 348 factories, no overlap), whose pages show no date and whose addresses
give only the month, as blind24 dropped such pages (the 兰州 story kept is another page); 漳州's city story was kept beside the
南靖 firm story, so 漳州 has two entries. Pages of another year (肃宁 2025, 大厂 and 秀洲 2022, 合肥循环园 on a 2022 mirror,
神农架's 双清零 on a page dated 2025), pages without a date or year (溪口镇 in 龙岩, 凌源经济开发区, 宝鸡's bus lines, 略阳's
projects, 石家庄's coach lines), a page without an address (宜城's notice), pages naming no county for 我县 (a 重庆 county's
poverty item, 滨海's couriers), a synonym-rewritten mirror (贵阳's coach station) and plans or approvals rather than figures
(黄山's scenic spots to reopen, 镇海's approved firms, 茌平's firms preparing) were not taken. 湖南 places were excluded
(新宁 回龙寺镇 on 红网, 会同, 马路镇). No kept excerpt names 株洲, 湖南 or a 湖南 place, outlet or the DXY feed; the parts of
each page that the search showed were checked as well.

Home cities and outlets (13 cases, 12 home cities, 10 provinces):
  南昌市 (江西; 中国江西网) · 天水市 (甘肃; 天水在线 on a mirror) · 兰州市 (甘肃; 新华社 on a mirror of 新华网) · 邢台市 (河北; 人民网 on
  新浪河北) · 芜湖市 (安徽; 繁昌县, on ttnews) · 太原市 (山西; 迎泽区, on a mirror) · 宿迁市 (江苏; 泗阳县, on ttnews) · 南通市 (江苏;
  江苏省交通运输厅 on 中国航贸网) · 北京市 (西城区 and 中关村西城园; 北京日报客户端) · 漳州市 ×2 (福建; 东南网 on a mirror: 南靖中祥纺织有限公司;
  a city paper's item on a news site) · 成都市 (四川; 成都全搜索新闻网 on 食品产业网) · 广州市 (广东; 羊城派/羊城晚报).
  None is a home city of blind23_*.py; blind25_feeds.py did not exist when this table was finished.
Texts are copied as found: traditional characters (b25n02, b25n04), a mirror's pinyin in brackets and doubled commas
(b25n05: 地铁2号(hào)线, 复(fù)工复(fù)产(chǎn),,), full-width and half-width punctuation mixed, a space after a full stop
(b25n08) and after a comma (b25n04). Lines of page chrome (time, view and source lines where not kept, editor lines, photo captions, share and
mood widgets, disclaimers), repeated headlines, blank lines and leading indentation where dropped, and paragraphs not needed
were left out; a paragraph is only cut after a full sentence. `published` is the date (and time) the page shows; where it
shows none the address or the page id stands in (b25n02: the address's 20200219165426; b25n03, b25n05: the address's date;
b25n04, b25n06: the ttnews page id), as the note says.

Ways of writing covered (number of cases; see the notes):
  (1) a sector's size, count and rate together (8): 全市914家重点农业企业共复工858家,复工率93.87% (b25n01); 规上工业企业160户,复工复产81户,
    占…50.6% (b25n02); 27679家餐饮经营服务单位中,已有15950家复工,复工率为57.62% (b25n09); 122家营运中的港口企业已正常生产经营115家,
    复工率达到94.3% (b25n10); 39家规模以上工业企业,已复工33家 (b25n07); 350户规模以上工业企业复工率达56% (b25n13); 22个在建项目中
    有11个复工 (b25n02); 9个在建水运工程,复工6个 (b25n10);
  (2) a county list with short names (1): 秦州复产企业19户、麦积复产12户、开发区复产29户…张川复产6户 (b25n02);
  (3) 全部复工 with and without a count (5): 99家…已经全部复工复产, 44家农资经营门店已全部复工复业 (b25n04); 5所学校新建改造工程已全部复工
    (b25n06); 1060家单位全部复工, 99家重点金融机构…实现100%复工 (b25n07); 151家…复工率达到100% (b25n01); 重点建设工程已全部复工 (b25n05);
  (4) qualifiers and proportions in words (6): 过半 (b25n09); 超95% (b25n12); 超过97% (b25n11); 1000余家, 近30家 (b25n13); 7500余人
    (b25n01); 约有26000人 (b25n10);
  (5) workers (6): 到岗工人数7500余人,占在册工人数的54% (b25n01); 建筑工人已返岗3271人 (b25n05); 接回人员126名 (b25n06); 累计复工15.4万人
    (b25n07); 约有26000人投入港航生产岗位 (b25n10); a firm's 47名员工…实现全员复工复产 (b25n08);
  (6) a zone and a district (3): 中关村西城园…共有企业920家,已复工50% beside 西城区 (b25n07); 迎泽区 (b25n05); 开发区 in a county list (b25n02);
  (7) services (1): 恢复市区2路、6路、42路共3条公交线路运营 (b25n03);
  (8) numbers that are not figures (most cases): capacity rates (产能恢复率接近7成, 达78.73%), a half resumption (5企业设备检修半复产),
    targets (并将于3月1日前全部复工, 确保2月底前…全面复工), tonnages, ship counts, population (300多万人口), line names (2路, 6路, 42路),
    one site's crew (300余名建筑工人), buildings under control (406处商务楼宇), shops that stayed open (坚持开业), a pilot (7家餐饮企业),
    a size threshold (200万元), reporting districts (22个区(市)县), ordinals (南靖首家), start dates (自2月14日起) and dates of meetings.
  No case, discharge or clearance story is among them: every such candidate found this round was already in a table.

Reading choices made here where the binding conventions are silent or open (each note says which; unsure ones say so):
* 目前/截至目前 is dated by the nearest stated date in its paragraph or sentence (b25n05), else by the date an earlier paragraph
  gave its figures (b25n02), else by the publication day (b25n04, b25n06, b25n07, b25n13); a date in a sentence without a figure
  (a dateline, a visit, a press conference) dates nothing after it. Where the publication day comes from a page id, the date is
  unsure (b25n04, b25n06).
* …N家…全部复工 gives sector_total N, resumed N and resumption_rate 100; N家…复工率达到100% is read the same way (b25n01; unsure);
  全部复工 without N gives only the rate 100 (b25n05; unsure, as blind24). 坚持开业 (stayed open) is not resumption (b25n07; unsure).
* A headline's rounded restatement in words (过半 beside 57.62%) is kept as its own tuple with its qualifier, dated like the
  figure it sums up (b25n09; unsure). 全员复工 of a firm with a head count gives workers_returned only (b25n08; unsure).
* Workers fetched by bus to the county's own projects are workers returned (b25n06; unsure); people at work in a trade
  (投入港航生产岗位) are workers returned (b25n10; unsure). Workers' figures carry the sector of their sentence; a firm's have
  sector "". Sectors are given in simplified script and as the text's noun phrase (重点农业企业, 港口企业, 牛肉面馆 …).
* 自…起 with a service count is dated by that day (b25n03; unsure). Short county names in a list are given in full (张川 →
  张家川回族自治县); a bare 开发区 in a city's list is kept as written (b25n02; unsure). An area of a district (金融街核心区) stays
  in the sector, its district being the region; a named park (中关村西城园) is its own region (b25n07; unsure).
"""

CASES = [
    dict(
        id="b25n01",
        text=(
            "【关注南昌复工复产】工人有序返岗 南昌重点农业企业复工率93.87%\n"
            "中国江西网/江西头条客户端讯 记者左阳天报道:自疫情发生以来,南昌市坚持一手抓疫情防控,一手抓复工复产,有序有力推动了农业企业复工复产。截至2月24日,全市914家重点农业企业共复工858家,复工率93.87%。\n"
            "复工率93.87%,产能恢复率接近7成\n"
            "据调度,截至2月24日,全市914家重点农业企业共复工858家,复工率93.87%,产能恢复率接近7成,其中纳入省级调度的151家重点农业企业,复工率达到100%,产能恢复率达78.73%,到岗工人数7500余人,占在册工人数的54%。"
        ),
        published="2020-02-26 21:22",
        city="南昌市",
        expect=[
            ("sector_total", "南昌市", "2020-02-24", 914, "重点农业企业", ""),
            ("resumed", "南昌市", "2020-02-24", 858, "重点农业企业", ""),
            ("resumption_rate", "南昌市", "2020-02-24", 93.87, "重点农业企业", ""),
            ("sector_total", "南昌市", "2020-02-24", 151, "纳入省级调度的重点农业企业", ""),
            ("resumed", "南昌市", "2020-02-24", 151, "纳入省级调度的重点农业企业", ""),
            ("resumption_rate", "南昌市", "2020-02-24", 100, "纳入省级调度的重点农业企业", ""),
            ("workers_returned", "南昌市", "2020-02-24", 7500, "纳入省级调度的重点农业企业", "more_than"),
            ("worker_return_rate", "南昌市", "2020-02-24", 54, "纳入省级调度的重点农业企业", ""),
        ],
        note=(
            "中国江西网's own story (江西头条客户端) on the city's agricultural firms, 2020-02-26 21:22 as the page shows (chrome dropped: the time/阅读/source lines and a middle section on financing whitelists). Kept: the headline, the lead paragraph, the sub-heading and the 据调度 paragraph (the page's text goes on; the excerpt stops after a full sentence). 全市 → 南昌市 (the outlet speaks of 南昌市 by name). 截至2月24日 dates every figure: 914家…共复工858家,复工率93.87% → sector_total, resumed, resumption_rate, sector 重点农业企业 (stated in headline, lead and body: one tuple each). 其中纳入省级调度的151家重点农业企业,复工率达到100% → sector_total 151 and resumption_rate 100, and resumed 151 by the N家…复工率100% rule (unsure: the text does not say 全部复工 in words). 到岗工人数7500余人 → workers_returned 7500 more_than and 占在册工人数的54% → worker_return_rate 54, both carrying the sub-sector of their sentence (纳入省级调度的…). 产能恢复率接近7成 / 达78.73% are capacity, not resumption → no tuple (the 7成 is a proportion in words of a metric the vocabulary lacks)."
        ),
        source="http://tt.m.jxnews.com.cn/news/94/944482.html?app=JXTTN",
    ),
    dict(
        id="b25n02",
        text=(
            "近期,天水市工信系統深入學習貫徹黨中央、國務院決策部署,認真貫徹落實我市有序做好復工復產工作專題會議精神,堅持“兩手抓”“兩手硬”,以迅速、務實、管用為導向,結合我市產業特點和實際困難,科學謀劃、精準施策,推動工業企業穩步有序復工復產。\n"
            "截止2月19日,全市規上工業企業160戶,復工復產81戶,占全市規上企業總數的50.6%。20戶重點企業中,15戶企業全面復工復產,5企業設備檢修半復產。從各縣區情況看:秦州復產企業19戶、麥積復產12戶、開發區復產29戶、秦安復產3戶、甘谷復產8戶、武山復產2戶、張川復產6戶、清水復產2戶。\n"
            "隨著各工業企業的復工復產,部分技改項目已基本恢復正常建設,截至目前,我市先進制造產業22個在建項目中有11個復工;出城入園項目中長城果汁搬遷改造項目待相關部門審批后即可復工。"
        ),
        published="2020-02-19 16:54",
        city="天水市",
        expect=[
            ("sector_total", "天水市", "2020-02-19", 160, "规上工业企业", ""),
            ("resumed", "天水市", "2020-02-19", 81, "规上工业企业", ""),
            ("resumption_rate", "天水市", "2020-02-19", 50.6, "规上工业企业", ""),
            ("sector_total", "天水市", "2020-02-19", 20, "重点企业", ""),
            ("resumed", "天水市", "2020-02-19", 15, "重点企业", ""),
            ("resumed", "秦州区", "2020-02-19", 19, "规上工业企业", ""),
            ("resumed", "麦积区", "2020-02-19", 12, "规上工业企业", ""),
            ("resumed", "开发区", "2020-02-19", 29, "规上工业企业", ""),
            ("resumed", "秦安县", "2020-02-19", 3, "规上工业企业", ""),
            ("resumed", "甘谷县", "2020-02-19", 8, "规上工业企业", ""),
            ("resumed", "武山县", "2020-02-19", 2, "规上工业企业", ""),
            ("resumed", "张家川回族自治县", "2020-02-19", 6, "规上工业企业", ""),
            ("resumed", "清水县", "2020-02-19", 2, "规上工业企业", ""),
            ("sector_total", "天水市", "2020-02-19", 22, "先进制造产业在建项目", ""),
            ("resumed", "天水市", "2020-02-19", 11, "先进制造产业在建项目", ""),
        ],
        note=(
            "天水在线's story on the city's industry office (编辑:李俊锋), as a mirror shows it in traditional characters with its own blank lines; the page shows no date, its address carries one (…/2020021916542610170.htm → 2020-02-19 16:54, standing in for published). Kept: the three text paragraphs (the editor line dropped). 我市/全市 → 天水市. 截止2月19日,全市规上工业企业160户,复工复产81户,占…50.6% → sector_total 160, resumed 81, resumption_rate 50.6; 20户重点企业中,15户企业全面复工复产 → sector_total 20 and resumed 15 (sector 重点企业); 5企业设备检修半复产 is a half-resumption → no tuple (unsure). 从各县区情况看 list → resumed per county with the sector carried over (规上工业企业); short names are given in full: 秦州 → 秦州区, 麦积 → 麦积区, 秦安 → 秦安县, 甘谷 → 甘谷县, 武山 → 武山县, 张川 → 张家川回族自治县, 清水 → 清水县; 开发区 (天水经济技术开发区) is kept as written, 开发区 (unsure; a canonical 经开区 is possible). The list sums to 81, no tuple for the sum. 截至目前,我市先进制造产业22个在建项目中有11个复工 → sector_total 22, resumed 11, dated by the earlier paragraph's 2月19日 (目前 has no date of its own). 长城果汁搬迁改造项目 awaits approval → no tuple."
        ),
        source="http://www.yhg994208.cn/news/tianshui/2020021916542610170.htm",
    ),
    dict(
        id="b25n03",
        text=(
            "人民网石家庄2月19日电 据悉,为全力做好新型冠状病毒疫情防控工作,满足节后复工复产需要,邢台市自2月18日14时起,恢复市区2路、6路、42路共3条公交线路运营。\n"
            "  具体情况为:首班车7时,末班车18时,运行间隔约30-50分钟。公交运营期间,将严格落实防控措施,运营车辆一趟一消毒,定时开窗通风。\n"
            "  据了解,2月10日以来,为保障市民基本出行需求,在确保疫情有效防控的前提下,河北省已有8市部分公交线路恢复运营。\n"
            "  截至2月17日,石家庄市运营公交线路91条,投入车辆330辆;承德市运营公交线路4条,投入车辆46辆;张家口市运营公交线路5条,投入车辆45辆;秦皇岛市运营公交线路4条,投入车辆28辆;沧州市运营公交线路7条,投入车辆16辆;衡水市运营公交线路7条,投入车辆14辆;邯郸市运营公交线路5条,投入车辆28辆。(杨文娟、魏莉、刘晓燕)"
        ),
        published="2020-02-19",
        city="邢台市",
        expect=[
            ("services_resumed", "邢台市", "2020-02-18", 3, "公交线路", ""),
        ],
        note=(
            "人民网石家庄 item on 新浪河北 (hebei.sina.com.cn, address dated 2020-02-19; no time shown). Kept: all four paragraphs. 邢台市自2月18日14时起,恢复市区2路、6路、42路共3条公交线路运营 → services_resumed 3 (sector 公交线路) for 邢台市, dated 2020-02-18, the day the lines resumed (unsure: 自…起 marks when the service starts; the publication day is the other reading); 2路/6路/42路 are line names, not counts. 首班车7时, 末班车18时, 运行间隔约30-50分钟 → no tuple. The province's 8市 and the other cities' lines and buses (石家庄市运营公交线路91条, 投入车辆330辆 …) are other places → not expected."
        ),
        source="http://hebei.sina.com.cn/news/yz/2020-02-19/detail-iimxxstf2758878.shtml",
    ),
    dict(
        id="b25n04",
        text=(
            "繁昌:99家縣級以上農業產業化龍頭企業全部復工復產\n"
            "驚蟄一過萬物醒,春耕生產正當時。近日,在繁昌縣峨山鎮繁華生態農業科技有限公司蔬菜大棚裡,記者看到,幾名工作人員正進行田間管理;另外一個大棚裡,一名農機手對清理後的田壟進行深翻、旋耕。目前,繁昌縣縣級以上農業產業化龍頭企業99家,已經全部復工復產。\n"
            "確保種子供應。繁昌縣44家農資經營門店已全部復工復業,農資經營已逐步恢復正常,各類農資產品儲備數量充足。據繁昌縣種子管理站站長李彬介紹,目前該縣已供應各類種子21.1噸, 其中水稻種子20噸、棉花種子0.2噸、玉米種子0.2噸、蔬菜種子0.7噸、肥料520噸、除草劑殺菌劑類農藥3.5噸。"
        ),
        published="2020-03-13",
        city="芜湖市",
        expect=[
            ("sector_total", "繁昌县", "2020-03-13", 99, "县级以上农业产业化龙头企业", ""),
            ("resumed", "繁昌县", "2020-03-13", 99, "县级以上农业产业化龙头企业", ""),
            ("resumption_rate", "繁昌县", "2020-03-13", 100, "县级以上农业产业化龙头企业", ""),
            ("sector_total", "繁昌县", "2020-03-13", 44, "农资经营门店", ""),
            ("resumed", "繁昌县", "2020-03-13", 44, "农资经营门店", ""),
            ("resumption_rate", "繁昌县", "2020-03-13", 100, "农资经营门店", ""),
        ],
        note=(
            "A county story on 繁昌 (then a county of 芜湖市) on a ttnews mirror in traditional characters; the page shows no date, its id (5e6b8658…) encodes 2020-03-13, which stands in for published. Kept: the headline (repeated three times on the page; once kept), the lead paragraph and the 确保种子供应 paragraph; the two paragraphs between them (policy leaflets, technical teams, a 3月6日 field visit) were left out. 目前,繁昌县县级以上农业产业化龙头企业99家,已经全部复工复产 → sector_total 99, resumed 99, resumption_rate 100 (the N家…全部复工 rule); 繁昌县44家农资经营门店已全部复工复业 → the same three for 农资经营门店. 目前/近日 give no date → the publication day from the page id (unsure). Seed and fertiliser tonnages (21.1吨, 20吨 … 肥料520吨) and the firm named in the lead (繁华生态农业科技有限公司, no figure) → no tuple."
        ),
        source="https://ttnews.xyz/a/5e6b8658dc9b5e0ae8ae232a",
    ),
    dict(
        id="b25n05",
        text=(
            "在太原地鐵2號(hào)線209標(biāo)大南門站工地項(xiàng)目施工現(xiàn)場(chǎng),,300余名建筑工人正在緊張有序施工。3月19日,,記者從迎澤區(qū)住建局獲悉,,截至目前,迎澤區(qū)共有32處建筑工地復(fù)工復(fù)產(chǎn),,建筑工人已返崗3271人,。地鐵2號(hào)線等重點(diǎn)建設(shè)工程已全部復(fù)工。"
        ),
        published="2020-03-20",
        city="太原市",
        expect=[
            ("resumed", "迎泽区", "2020-03-19", 32, "建筑工地", ""),
            ("workers_returned", "迎泽区", "2020-03-19", 3271, "建筑工地", ""),
            ("resumption_rate", "迎泽区", "2020-03-19", 100, "重点建设工程", ""),
        ],
        note=(
            "A district construction story (迎泽区住建局, in 太原市) on a mirror that spells traditional characters with pinyin in brackets and doubles its commas (地铁2号(hào)线, 复(fù)工, ,,); address dated 2020/03/20 (published). Kept: the first paragraph only (the rest is procedure). 3月19日,记者从迎泽区住建局获悉,截至目前,迎泽区共有32处建筑工地复工复产 → resumed 32 (sector 建筑工地), 目前 dated by the 3月19日 of its sentence; 建筑工人已返岗3271人 → workers_returned 3271 with the sector of its sentence. 地铁2号线等重点建设工程已全部复工 → resumption_rate 100 (sector 重点建设工程) without a count (as blind24 read 全部复工 without N; unsure). 300余名建筑工人 at one site (大南门站工地) is one site's crew → no tuple."
        ),
        source="https://yhhmip.com/system/2020/03/20/030195225.shtml",
    ),
    dict(
        id="b25n06",
        text=(
            "5所学校工程复工,泗阳住建局安排专车接送工人返工\n"
            "2020年2月20日,泗阳住建局集中对年度重点学校、保障性住房等工程项目开展复工工作,安排专场赴疫情较轻地区接送工人复工复岗。\n"
            "  目前,5所学校新建改造工程已全部复工,保障性住房项目也在有序复工,下一步住建局将继续加大力度,确保2月底前住建领域各条线全面复工。\n"
            "  因疫情管控部分工人无法及时到岗,2月20日,为进一步保障工程顺利开复工,住建局安排专车分赴连云港灌云等地接工人返泗,本次共接回人员126名。接下来,县住建局还将继续根据复工实际需求,陆续组织专车保障各地工人安全返泗复工。"
        ),
        published="2020-02-21",
        city="宿迁市",
        expect=[
            ("sector_total", "泗阳县", "2020-02-21", 5, "学校新建改造工程", ""),
            ("resumed", "泗阳县", "2020-02-21", 5, "学校新建改造工程", ""),
            ("resumption_rate", "泗阳县", "2020-02-21", 100, "学校新建改造工程", ""),
            ("workers_returned", "泗阳县", "2020-02-20", 126, "工程项目", ""),
        ],
        note=(
            "泗阳 (a county of 宿迁市) housing-bureau story on a ttnews mirror; the page shows no date, its id (5e4fa30b…) encodes 2020-02-21, which stands in for published. Kept: the headline, the first paragraph, and the two figure paragraphs (the list of school projects, photo captions and the 泗阳住建局安排车辆… captions dropped). 目前,5所学校新建改造工程已全部复工 → sector_total 5, resumed 5, resumption_rate 100 (the N…全部复工 rule), region 泗阳县; 目前 has no date in its paragraph and the 2020年2月20日 sentence before it states no figure → the publication day (unsure). 2月20日,…接工人返泗,本次共接回人员126名 → workers_returned 126 on 2020-02-20: workers brought back to the county's own projects, not workers leaving (unsure whether people fetched by bus count as returned; sector 工程项目 from the sentence). 确保2月底前…全面复工 is a target → no tuple."
        ),
        source="https://ttnews.xyz/a/5e4fa30bdc9b5e47c842d206?lang=zh-hans",
    ),
    dict(
        id="b25n08",
        text=(
            "南靖中祥纺织:全员复工 吹响复产“集结号”\n"
            "zz.fjsen.com 2020-02-24 16:15:24 来源:东南网\n"
            "2月24日,南靖中祥纺织有限公司生产车间,数十台织布机全线投入使用。工人们一律佩戴口罩,穿梭在纺织设备之间,有序进行智能化操作。自2月14日起,南靖中祥纺织有限公司包括行政人员及车间工人在内的47名员工,经过严格自查排查,实现全员复工复产。这也是南靖首家全员复工的企业。 “在复工之前每位员工要自查,自查内容包括假期间的出行史和接触史。复工之前政府还派人对我们全体员工进行培训,学习预防措施要如何执行。现在每天进公司之前,每位员工都要测体温、戴口罩,然后消毒才能进到厂区。”据车间主任佘洁添介绍, 复产以来,公司严格落实防疫措施,车间每天都进行若干次消杀。"
        ),
        published="2020-02-24 16:15",
        city="漳州市",
        expect=[
            ("workers_returned", "南靖中祥纺织有限公司", "2020-02-24", 47, "", ""),
        ],
        note=(
            "A firm story from 南靖 (a county of 漳州市), 东南网 (zz.fjsen.com 2020-02-24 16:15:24) on a mirror. Kept: headline, source line and the text paragraph up to the workshop head's quotation and the next full sentence (the manager's quotation, the closing paragraph and the page's mood widgets dropped). 自2月14日起,南靖中祥纺织有限公司…47名员工…实现全员复工复产 → workers_returned 47 for the firm (company-level workers have sector \"\"), dated 2月24日, the date its paragraph states (自2月14日起 is a start, not an as-of date). 全员复工 is not turned into a worker_return_rate 100 (not among the implied figures; unsure). 数十台织布机 and 南靖首家全员复工的企业 (an ordinal) → no tuple."
        ),
        source="https://m.folksfolks.com/zz/2020-02/24/content_30186996.htm",
    ),
    dict(
        id="b25n09",
        text=(
            "成都过半餐饮单位复工 允许适当设置餐饮外摆位\n"
            "  【餐饮】\n"
            "  全市过半餐饮单位复工\n"
            "  市商务局国际美食处相关负责人告诉记者,截止3月17日,据22个区(市)县商务部门上报数据,全市27679家餐饮经营服务单位中,已有15950家复工,复工率为57.62%。其中,年销售额200万以上的限上餐饮企业463家,复工435家,复工率93.95%。"
        ),
        published="2020-03-20 15:26",
        city="成都市",
        expect=[
            ("resumption_rate", "成都市", "2020-03-17", 50, "餐饮单位", "more_than"),
            ("sector_total", "成都市", "2020-03-17", 27679, "餐饮经营服务单位", ""),
            ("resumed", "成都市", "2020-03-17", 15950, "餐饮经营服务单位", ""),
            ("resumption_rate", "成都市", "2020-03-17", 57.62, "餐饮经营服务单位", ""),
            ("sector_total", "成都市", "2020-03-17", 463, "限上餐饮企业", ""),
            ("resumed", "成都市", "2020-03-17", 435, "限上餐饮企业", ""),
            ("resumption_rate", "成都市", "2020-03-17", 93.95, "限上餐饮企业", ""),
        ],
        note=(
            "成都全搜索新闻网 (胡科) on a food-trade portal (tech-food.com, 2020/3/20 15:26:15). Kept: the headline and the page's 【餐饮】 section (its sub-heading and first paragraph); the opening paragraphs on banks, trade firms and office towers and the rest of the section were left out. 全市 → 成都市. 截止3月17日,…全市27679家餐饮经营服务单位中,已有15950家复工,复工率为57.62% → sector_total, resumed, resumption_rate; 限上餐饮企业463家,复工435家,复工率93.95% → the same three for 限上餐饮企业. 过半 in the headline and sub-heading (全市过半餐饮单位复工) → resumption_rate 50 more_than (proportion in words), dated 3月17日 like the figure it sums up (unsure: it restates the 57.62% rounded; one tuple for headline and sub-heading). 22个区(市)县 counts reporting districts → no tuple."
        ),
        source="https://www.tech-food.com/news/detail/n1435754.htm",
    ),
    dict(
        id="b25n10",
        text=(
            "广州港口企业复工复产率达到94.3%\n"
            "2020-02-20 20:16 羊城派 原创\n"
            "广州市122家营运中的港口企业已正常生产经营115家\n"
            "文/羊城晚报全媒体记者 汪海晏 罗仕\n"
            "2月20日,广州市政府新闻办组织召开南沙区复工复产工作专题新闻通气会,市港务局副局长袁越在会上介绍了全市港务系统复工复产情况。\n"
            "据悉,截至2月19日,广州市122家营运中的港口企业已正常生产经营115家,复工率达到94.3%,并将于3月1日前全部复工;153家营运中的航运企业已正常生产经营130家,复工率达到85%;9个在建水运工程,复工6个,总计约有26000人投入港航生产岗位。"
        ),
        published="2020-02-20 20:16",
        city="广州市",
        expect=[
            ("sector_total", "广州市", "2020-02-19", 122, "港口企业", ""),
            ("resumed", "广州市", "2020-02-19", 115, "港口企业", ""),
            ("resumption_rate", "广州市", "2020-02-19", 94.3, "港口企业", ""),
            ("sector_total", "广州市", "2020-02-19", 153, "航运企业", ""),
            ("resumed", "广州市", "2020-02-19", 130, "航运企业", ""),
            ("resumption_rate", "广州市", "2020-02-19", 85, "航运企业", ""),
            ("sector_total", "广州市", "2020-02-19", 9, "在建水运工程", ""),
            ("resumed", "广州市", "2020-02-19", 6, "在建水运工程", ""),
            ("workers_returned", "广州市", "2020-02-19", 26000, "港航生产", "about"),
        ],
        note=(
            "羊城派 (羊城晚报, 原创, 2020-02-20 20:16) on the city port bureau's figures at a press briefing on 南沙区. Kept: headline, time line, sub-heading, byline and the first two paragraphs (a photo caption and the paragraphs on relief measures, pilots and shipping lines were left out). 截至2月19日,广州市122家营运中的港口企业已正常生产经营115家,复工率达到94.3% → sector_total 122, resumed 115, resumption_rate 94.3 (sector 港口企业; the sub-heading repeats 122/115: one tuple each); 153家…航运企业…130家,复工率达到85% → the same three for 航运企业; 9个在建水运工程,复工6个 → sector_total 9, resumed 6. 总计约有26000人投入港航生产岗位 → workers_returned 26000 about (unsure: people at work in the port and shipping trade read as returned; sector from the phrase). 并将于3月1日前全部复工 is a target → no tuple. 南沙区 gets no figure."
        ),
        source="https://ycpai.ycwb.com/ycppad/content/2020-02/20/content_666283.html",
    ),
    dict(
        id="b25n11",
        text=(
            "南通港口生产全面复工\n"
            "   2020-03-03   来源:江苏省交通运输厅   \n"
            "   截至2月26日,南通全市沿江沿海67家港口企业已复工,复工率超过97%,港口生产已基本恢复正常。 \n"
            "  南通港口企业认真落实防控新冠肺炎疫情应急响应的各项工作要求,在抓好疫情防控的同时,保障港口重点物资转运畅通,特别是优先保障湖北生产生活重点物资的船舶靠港作业;对湖北船舶第一时间安排靠港,以最快速度抢卸,确保货物及时离泊前往湖北。\n"
            "  截至2月26日,南通港作业发往湖北重点物资运输船舶126艘次,运输煤炭14.8万吨、矿石34.9万吨、油品1.1万吨、粮油5.8万吨、集装箱1830标箱。"
        ),
        published="2020-03-03",
        city="南通市",
        expect=[
            ("resumed", "南通市", "2020-02-26", 67, "沿江沿海港口企业", ""),
            ("resumption_rate", "南通市", "2020-02-26", 97, "沿江沿海港口企业", "more_than"),
        ],
        note=(
            "A trade portal (中国航贸网 shippingchina.com, 蓝网新闻) reposting 江苏省交通运输厅's item on 南通's ports, dated 2020-03-03. Kept: headline, date/source line and the three text paragraphs (the portal's disclaimer and share widgets dropped). 截至2月26日,南通全市沿江沿海67家港口企业已复工,复工率超过97% → resumed 67 and resumption_rate 97 more_than (超过), sector 沿江沿海港口企业. 全面复工 in the headline gives no number → no tuple. Ships and cargo sent to 湖北 (126艘次, 14.8万吨 …) are traffic, not resumption → no tuple."
        ),
        source="http://info.shippingchina.com/bluenews/index/detail/id/172657/oneday//289/repage/count/306/repage/2.html",
    ),
    dict(
        id="b25n12",
        text=(
            "截至4月12日 漳州全市限上餐饮业复工率超95%\n"
            "  记者获悉,市商务局落实统筹疫情防控和经济社会发展要求,积极支持餐饮企业复工复产,促进全市餐饮消费回暖。截至4月12日,全市限上餐饮业(年营业额200万元以上的餐饮企业)复工率超95%。\n"
            "  市商务局结合疫情防控实际情况动态,分阶段进行餐饮业复工。2月下旬,针对企事业单位复工复产员工就餐难问题,迅速指导餐饮协会选择7家餐饮企业推出“移动食堂”试点,开展“统一定价、统一接单、一品一码”无接触营养配餐服务;3月上旬,采取业主“公开承诺+行业报告”方式,推动中心城区限上餐饮企业和中型以上餐馆有序恢复堂食;4月1日起,全面恢复中心城区餐饮业堂食经营,不再对开放堂食的餐饮单位规模、营业面积设限,努力把疫情造成的损失降到最低。(记者 俞映云 通讯员 曾焕强)"
        ),
        published="2020-04-14",
        city="漳州市",
        expect=[
            ("resumption_rate", "漳州市", "2020-04-12", 95, "限上餐饮业", "more_than"),
        ],
        note=(
            "A city commerce story (记者 俞映云, 通讯员 曾焕强; 漳州 paper) reposted on a home-appliance news site dated 2020-04-14 (来源:互联网). Kept: the headline and both text paragraphs (the site's chrome and disclaimer dropped). 全市 → 漳州市 (the headline names it). 截至4月12日,全市限上餐饮业(…)复工率超95% → resumption_rate 95 more_than, sector 限上餐饮业 (the headline repeats it: one tuple). 选择7家餐饮企业推出“移动食堂”试点 is a pilot, not resumption → no tuple; 2月下旬, 3月上旬, 4月1日起 date steps without figures; 200万元 is a size threshold → no tuple."
        ),
        source="http://dianqichn.com/jiadianxinwen/72389.html",
    ),
    dict(
        id="b25n13",
        text=(
            "“牛肉面之城”复工气息浓\n"
            "2020-02-20 15:34:44 来源: 新华网\n"
            "  新华社兰州2月20日电(记者任卫东、张玉洁)伴随着牛肉面的重新飘香,在拥有300多万人口、中国西北最大城市之一的甘肃省省会兰州市,复工复产气息渐浓。\n"
            "  目前,兰州350户规模以上工业企业复工率达56%,重点企业复工率达80%。餐饮、零售等人员密集企业正在逐步恢复经营。部分小微企业调整业务板块,寻找新的商业机会。\n"
            "  兰州牛肉拉面行业协会秘书长赵小龙介绍,兰州市牛肉面馆有1000余家,目前已有近30家复工。协会在18日出台了《兰州牛肉拉面企业在疫情期间复工营业服务规范》,要求企业根据疫情分业态、分阶段、分规模复工,并对场所卫生、人员管理、食材管理、食品加工等有详细要求。"
        ),
        published="2020-02-20 15:34",
        city="兰州市",
        expect=[
            ("sector_total", "兰州市", "2020-02-20", 350, "规模以上工业企业", ""),
            ("resumption_rate", "兰州市", "2020-02-20", 56, "规模以上工业企业", ""),
            ("resumption_rate", "兰州市", "2020-02-20", 80, "重点企业", ""),
            ("sector_total", "兰州市", "2020-02-20", 1000, "牛肉面馆", "more_than"),
            ("resumed", "兰州市", "2020-02-20", 30, "牛肉面馆", "about"),
        ],
        note=(
            "新华社兰州 feature (记者 任卫东、张玉洁) on a mirror of 新华网 (2020-02-20 15:34:44). Kept: headline, time/source line, the dateline paragraph, the figures paragraph and the trade association's paragraph; the paragraphs on the province's 55 measures and on one noodle shop (garbled on the mirror) were left out. 目前 has no date in its paragraph and the dateline sentence states no figure → the publication day 2020-02-20. 兰州350户规模以上工业企业复工率达56% → sector_total 350 and resumption_rate 56 (no resumed count is stated; 196 would be a computed number → no tuple); 重点企业复工率达80% → resumption_rate 80 (sector 重点企业). 兰州市牛肉面馆有1000余家,目前已有近30家复工 → sector_total 1000 more_than (余) and resumed 30 about (近), sector 牛肉面馆, a trade association's count read for the city. 300多万人口 (population) and 18日 (the date of the association's rules) → no tuple."
        ),
        source="http://zysteam-edu.com/politics/2020-02/20/c_1125601968.htm",
    ),
]
