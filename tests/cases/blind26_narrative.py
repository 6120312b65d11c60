"""Removed before its failures were read (the maintainer's overlap check): b26n03, 建德's February
bulletin, whose command body's name shares a window with a holdout table. The docstring below
still describes it.

Twenty-sixth BLIND table of golden cases taken from REAL narrative local news (January–April 2020).

Each of the 7 entries is a short verbatim excerpt in which one place tells its own case story: a city paper's recap of
the fortnight (杭州's figures with a comparison baseline and a proportion in words, 都市快报 on 杭州网), two county
bulletins signed by a county-level city's command post (建德市 in 杭州: its first weeks, and its clearance story in March,
on a mirror of 建德新闻网 in traditional characters with pinyin garbling), a county's discharge story beside its county
hospital's own counts (阳新县 in 黄石, a county account reposted on ttnews), a city's half-day bulletin with a new patient's
story and a county list (菏泽, 菏泽新闻网), a county-level city's report with the prefecture's and the province's figures in
machine-paraphrased wording (瑞昌市 in 九江, a mirror of 瑞昌's 融媒体中心) and a city's discharge story with two named
patients and district lists (泸州, 健康泸州 reposted on ttnews). `city` names the home city in full. `expect` lists every
tuple the text supports for that city, its districts, counties and county-level cities; each tuple reads (metric, region,
as_of_iso_date, value, sector, qualifier). No resumption story is among them: this round looked first for case stories.

How it was made: the annotations come from the texts alone, under the binding rules of tests/cases/ANNOTATION.md and
shared/gold/FORMAT.md (and the dev_cases.py docstring they point to); where ANNOTATION.md lists open readings, the
first-listed one is followed (none of the open cases occurs as such; 危重症 here is part of a current count and is read
as critical). Nothing of
the extractor was opened or run, and no test, CLI or evaluation script was run. From the other tables only
blind25_narrative.py's docstring and its first two entries (b25n01, b25n02) were read, for the layout; the `city=` values of
all blind*.py tables were grepped for their home cities. Every other look at the tables and at tests/data was a
`grep -rlF` (file names only). The helper's brief lay in a scratch folder whose file names were listed once; no other file
there was opened. The texts were found with the `search` tool (corpus `pages`; one query to `code` found no news archive);
each text is what the search showed of its page (the beginning of the page; 都市快报's page goes on past the excerpt).

Searches: about 175 look-ups went to discharge, 清零, 在院 and county case stories of named prefectures, counties and
districts not yet home cities of rounds 24–25 (鹰潭, 池州, 昭通, 德宏, 楚雄, 中卫, 黑河, 绥芬河, 辽阳, 西宁, 凯里 …), to Hubei,
Anhui, Henan, Jiangxi, Shandong, Zhejiang and Sichuan counties, to city evening papers, e-papers, hospital stories, overseas
Chinese and Hong Kong/Macau/Taiwan outlets (联合早报, 星洲日报, 中央社, 大公报/文汇报, 澳门日报: no home-city story found), to
transport and trade stories (bus lines, tea, ceramics, glasses) and to garbled mirrors. About 70 candidates went through the
grep checks; nearly every case story the search showed first was already in a table.

Overlap and exclusion checks: for every candidate the URL's distinctive part (the page id or last path segments) and three
to seven distinctive 12–20-character snippets (headlines, figures with their nouns, district lists, patients' and towns'
names) were converted with OpenCC to simplified (t2s) and to traditional (s2t), and each form, with the snippet as found,
was grepped with `grep -rlF` across tests/cases and tests/data; every kept excerpt was then converted whole to simplified and
ten 15-character windows spread over it were grepped, each also in traditional. Kept texts have no hit, with these
exceptions that are not overlaps: in b26n05 one window, 2020年2月2日0时至12时, is a bare dateline found in dev_realworld, and
the phrase 排除疑似病例2例 is found in blind6_feeds (the page id, the patient 段某某, 沙土镇卫生院, the totals and the county list
are found nowhere); in b26n02 one window, 医学(xué)观(guān)察, is the mirror family's pinyin-garbled spelling of 医学观察, found in
blind5_feeds (ten windows taken with the pinyin removed, for b26n02 and b26n03, have no hit). Two domains are found in other
tables with other pages: heze.cn (blind7_narrative; this page id content_427023 is not) and rcggzy.com (blind14_feeds; this
page aid=22980 is not). The per-place lists kept (菏泽's 牡丹区3例…曹县1例; 泸州's confirmed and recovered lists by district)
were grepped in runs of two or three items and appear in no table.

Dropped for an overlap (hits of the URL and snippets): 巫山 in 重庆 (wushannews e-paper, holdout_narrative), 湖口 in 九江 (ttnews,
eval_narrative), 秦皇岛 (hdzc, blind3), 临沧 (kunming.cn, blind16), 钦州/灵山 (yybnet, dev_narrative), 黄石's 清零 (cjyun,
dev_narrative), 临沂 (ttnews, holdout_narrative and more), 运城 (sxycrb, dev_narrative and more), 兴宁 in 梅州 (gcable, blind2),
滁州 (szbk.chuzhou e-paper, dev_narrative and more), 安阳 (ayrbs e-paper, eval_narrative and more), 赤峰 (qqzyw, blind2_feeds),
吉林省's discharges (quangouzu, blind_feeds), 德阳 (twgreatdaily, holdout_narrative), 湾里区 in 南昌 (nctvcloud, dev_realworld and
eval_narrative), 衡水 (hebei.com.cn, holdout_realworld and more), 巴中 (cnbz, eval_narrative), 松原 (ttnews, holdout_realworld),
宁德's firms (ndwww, dev_narrative and dev_feeds), 淮南 (yybnet, dev_feeds), 安庆 (aqtz, blind8), 东阳 in 金华 (ttnews,
holdout_narrative), 铁岭 (ttnews, eval_feeds), 松滋 in 荆州 (nydjfy, dev_county), 大冶 in 黄石 (cjyun, blind_narrative), 监利 in 荆州
(深圳新闻网 on a mirror, blind22), 咸宁 (长江日报 on a mirror, blind2), 丹东's firms (cri, blind8), 上海's 2月15日 story (新华社 on a
mirror, eval_realworld), 上海's 30 discharges (cneb, dev_feeds), 宜宾 (jl0831, eval_realworld), 南充 (is0817, eval_realworld),
恩施 (ttnews, blind4).
Dropped for other reasons: 英山 in 黄冈 (cjyun; fresh, but the page names 湖南永州医疗队, a 湖南 place); 大悟 in 孝感 and 西安's
discharges (home cities of blind23); 华蓥 in 广安 (fresh, but the page shows no year and names no speaker for 我市); 枣阳 in 襄阳
(a 2021 page carrying a 2020 bulletin); 宝鸡's bus lines, 上海's 22 discharges (东方网 on a code site), 巴中/通江 on yybnet, 内江
on cszwjc and 菏泽/巨野 on freep (pages without a date or a year); 夹江's ceramics firms (2022 and 2024 pages) and 玉溪高新区/灵川
(2025 pages); 光山's bus lines (line names only, no count); 平顶山's and 咸宁's transport notices (plans for later days); 潘铺园区
(a town the page does not name) and 梅陇镇 in 汕尾 (no date); 固原 (one hospital's isolation ward count only); 绥芬河
(imported-only counts); 淳安's repost of 健康杭州 (fresh, but a fourth 杭州 page and a city bulletin) and 上海's 3月4日 bulletin on
kankanews (fresh, but a city bulletin of the most used home city). 湖南 places were excluded (邵东 on 红网, 平江, 双峰, 马路镇,
张家界, 株洲's pages). No kept excerpt names 株洲, 湖南 or a 湖南 place, outlet or the DXY feed; the parts of each page that the
search showed were checked as well.

Home cities and outlets (7 cases, 5 home cities, 5 provinces):
  杭州市 ×3 (浙江; 都市快报 on 杭州网; 建德市新冠肺炎疫情防控指挥部 on a mirror of 建德新闻网, twice) · 黄石市 (湖北; 阳新县, a county
  account on ttnews) · 菏泽市 (山东; 菏泽新闻网) · 九江市 (江西; 瑞昌市卫生委员会 via 瑞昌融媒体中心 on a mirror) · 泸州市 (四川; 健康泸州
  on ttnews). None is a home city of blind23_*.py or of rounds 24–25 except 杭州 (round 24; these pages are new);
  blind26_feeds.py did not exist when this table was finished.
Texts are copied as found: traditional characters with the mirror's pinyin in brackets (b26n02, b26n03: 時(shí), 無(wú), 觀(guān)),
paragraphs run together with one space (b26n01, b26n06), a space after a comma (b26n04: 上午8时, 共治愈), machine-paraphrased
wording (b26n06: 新发冠状病毒肺炎, 公众被要求理解和支持它), a ttnews date prefix (b26n07: 02.26). Page chrome (share widgets, related
links, tips), exhortations and paragraphs not needed were left out; a paragraph is only cut after a full sentence.
`published` is the date the page or its address shows (b26n06 the mirror's time); where the page shows none the ttnews page
id stands in (b26n04: 5e48bcaa → 2020-02-16; b26n07 shows 02.26, its id 5e5733ed → 2020-02-27), as the notes say.

Ways of writing covered (see the notes):
  (1) a city's fortnight recap (b26n01): 治愈出院8例 beside 累计出院159例(含核减12例); 除现有的2例重症病例(其中危重症1例)外; a
    comparison baseline (从半月前的1477人,到目前仅剩129人); a proportion in words (已占累计确诊病例的近九成); 连续9天无新增 stated twice;
  (2) county bulletins whose speaker is their signature (b26n02, b26n03): 我市 = 建德市 (建德市…防控指挥部); 截至目前 dated by the
    paragraph's date; 均已治愈出院 (total and recovered total implied); 均已收治在…医院 (all in hospital); screening counts that are
    no metric (排摸…7135人, 医院隔离医学观察404人); an overseas-returnee subgroup beside the main observation count;
  (3) a county's total beside one hospital's counts (b26n04): 共治愈…32人 (the county) and 痊愈出院32人 (the hospital: no tuple);
  (4) a half-day bulletin (b26n05): 0时至12时; a county list by the hospital's place with residents in brackets (单县居民…各1例);
    one patient's contacts (追踪到密切接触者18人: no tuple); 目前有疑似病例1例; 尚有357人正在接受医学观察;
  (5) a county-level city beside its prefecture and province (b26n06): 九江市新增确诊病例12例, 瑞昌市无新增; 九江已有55例…其中瑞昌1例;
    the province's 47 and 1 (no tuple); a forecast (高峰期是在2月8日左右和5天后: no tuple);
  (6) a discharge story with two named patients (b26n07): 治愈出院…患者2例; district lists for the confirmed and the recovered; 在治
    确诊病例12例 with 重型1例、危重型0例; 无死亡病例; 正在接受医学观察的密切接触者272人, 解除医学观察1770人.

Reading choices made here where the binding conventions are silent (each note says which; unsure ones say so):
* 现有的2例重症病例(其中危重症1例) gives severe 2 and critical 1 (current, not a cumulative breakdown); 重型1例、危重型0例 gives
  severe 1 and critical 0 (b26n01, b26n07).
* 治愈出院占确诊的近九成 is a recovery rate in words: recovery_rate 90 about, dated like the totals it compares (b26n01; unsure).
* 累计确诊病例2例,均已收治在…医院 gives hospitalized 2 besides confirmed_total 2 (b26n03; unsure); 均已治愈出院 gives
  recovered_total = the total (b26n02, by the 全部治愈 rule), and no hospitalized 0 (not stated).
* An overseas-returnee subgroup's observation counts (境外返建来建人员…继续隔离观察28人) are read like imported-only subtotals: no
  tuple; the main group's 解除 and 尚有…在隔离医学观察中 give the place's observation figures (b26n02; unsure).
* Screening and hospital-isolation counts (排摸, 医院隔离医学观察…已排除) have no metric; one patient's contacts are no
  close_contacts_total (b26n03, b26n05).
* 截止…上午8时 dates the county total by its day (b26n04); 0时至12时 figures are dated by their day (b26n05).
"""

CASES = [
    dict(
        id="b26n01",
        text=(
            "都市快报讯 根据杭州市卫健委通报,2020年2月28日0-24时,杭州全市无新增新型冠状病毒肺炎确诊病例,无新增重症病例,治愈出院8例。截至2月28日24时,杭州全市已连续9天无新增新型冠状病毒肺炎确诊病例,累计出院159例(含核减12例)。除现有的2例重症病例(其中危重症1例)外,其余病例病情均稳定。 截至2月28日24时,全市共追踪到密切接触者8057人,已解除隔离医学观察7928人,尚有129人在隔离医学观察期内。 记者整理了半个月以来(2月14日-2月29日)杭州新冠肺炎疫情情况的五个重要数据,以图表的形式,与大家一起来看看。 连续9日无新增确诊病例 治愈出院占确诊的近九成 从2月20日起,截至2月28日24时,杭州全市已连续9天无新增新型冠状病毒肺炎确诊病例,累计报告确诊病例保持在169例。 而从图表中我们还能看到,半个月以来,每天都有新增治愈出院患者,累计出院159例(含核减12例),已占累计确诊病例的近九成。 在隔离医学观察期内的人员数量也逐渐减少,从半月前的1477人,到目前仅剩129人。 2月29日,杭州发布乡镇(街道)新冠肺炎疫情风险地图,双浦镇、瑶琳镇、城南街道由中风险降低到较低风险。至此,杭州已无高风险和中风险乡镇(街道)。"
        ),
        published="2020-03-01",
        city="杭州市",
        expect=[
            ("confirmed_new", "杭州市", "2020-02-28", 0, "", ""),
            ("severe_new", "杭州市", "2020-02-28", 0, "", ""),
            ("recovered_new", "杭州市", "2020-02-28", 8, "", ""),
            ("recovered_total", "杭州市", "2020-02-28", 159, "", ""),
            ("severe", "杭州市", "2020-02-28", 2, "", ""),
            ("critical", "杭州市", "2020-02-28", 1, "", ""),
            ("close_contacts_total", "杭州市", "2020-02-28", 8057, "", ""),
            ("observation_released_total", "杭州市", "2020-02-28", 7928, "", ""),
            ("observation", "杭州市", "2020-02-28", 129, "", ""),
            ("confirmed_total", "杭州市", "2020-02-28", 169, "", ""),
            ("recovery_rate", "杭州市", "2020-02-28", 90, "", "about"),
        ],
        note=(
            "都市快报's recap on 杭州网 (hznews), dated by its address 2020-03-01 (chrome and the page's headline are not in what the search showed; the text runs its paragraphs together with one space and is kept so). Kept: from the dateline to the risk-map paragraph; the page goes on with a section on severe cases (重症患者连续15天无新增…), cut after a full sentence. 杭州全市/全市 → 杭州市 (the speaker is 杭州市卫健委). 2020年2月28日0-24时: 无新增确诊 → confirmed_new 0, 无新增重症病例 → severe_new 0, 治愈出院8例 → recovered_new 8. 截至2月28日24时: 累计出院159例 → recovered_total 159 (含核减12例 is part of it: no tuple); 除现有的2例重症病例(其中危重症1例) → severe 2 and critical 1 (a current count; 危重症 read as critical); 密切接触者8057人 → close_contacts_total, 已解除…7928人 → observation_released_total, 尚有129人在隔离医学观察期内 → observation 129; 累计报告确诊病例保持在169例 → confirmed_total 169. 连续9天/连续9日无新增 (twice, from 2月20日起) → the one confirmed_new 0 on 2-28. 已占累计确诊病例的近九成 → recovery_rate 90 about, dated 2-28 like the 159 it rests on (unsure: a proportion in words of 治愈出院 to 确诊). 从半月前的1477人,到目前仅剩129人: 1477 is a baseline (no tuple), 129 the same observation tuple. (2月14日-2月29日) is a period; the 2月29日 risk map (双浦镇、瑶琳镇、城南街道) gives no figure."
        ),
        source="https://hznews.hangzhou.com.cn/kejiao/content/2020-03/01/content_7686040_0.htm",
    ),
    dict(
        id="b26n02",
        text=(
            "接省、杭州市疫情通報,2020年3月12日0—24時(shí),我市無(wú)新增新冠肺炎確診病例。截至目前,我市累計確診病例3例,均已治愈出院。\n"
            "截至3月13日10時(shí),全市累計排摸重點(diǎn)地區返建來(lái)建人員7135人(含密切接觸者),全部實(shí)施隔離醫學(xué)觀(guān)察,已累計解除隔離觀(guān)察7088人,尚有47人在隔離醫學(xué)觀(guān)察中。累計排摸境外返建來(lái)建人員61人,已解除隔離觀(guān)察33人,繼續隔離觀(guān)察28人。全市累計實(shí)施醫院隔離醫學(xué)觀(guān)察404人,均采樣送疾控中心檢測,目前已排除402人,其余人員正在等待檢測結果。\n"
            "建德市新冠肺炎疫情防控指揮部\n"
            "2020年3月13日"
        ),
        published="2020-03-13",
        city="杭州市",
        expect=[
            ("confirmed_new", "建德市", "2020-03-12", 0, "", ""),
            ("confirmed_total", "建德市", "2020-03-12", 3, "", ""),
            ("recovered_total", "建德市", "2020-03-12", 3, "", ""),
            ("observation_released_total", "建德市", "2020-03-13", 7088, "", ""),
            ("observation", "建德市", "2020-03-13", 47, "", ""),
        ],
        note=(
            "建德市新冠肺炎疫情防控指挥部's bulletin on a mirror of 建德新闻网 (xw381 gggs), in traditional characters with the mirror's pinyin in brackets (時(shí), 無(wú), 觀(guān)), kept as found; published from the address and the signature, 2020-03-13. Kept: the two figure paragraphs and the signature; two paragraphs of exhortation (戴口罩、勤洗手…1米以上) were left out. 我市/全市 → 建德市 (the speaker, named in the signature), a county-level city of 杭州市. 2020年3月12日0—24時,我市無新增 → confirmed_new 0 on 3-12; 截至目前,我市累計確診病例3例,均已治愈出院 → confirmed_total 3 and recovered_total 3, dated by the paragraph's 3月12日 (目前 has no date of its own). 截至3月13日10時: 已累計解除隔離觀察7088人 → observation_released_total 7088, 尚有47人在隔離醫學觀察中 → observation 47 (both 2020-03-13). 累計排摸…7135人(含密切接觸者) is a screening count (no metric). The overseas-returnee subgroup (累計排摸境外返建來建人員61人,已解除隔離觀察33人,繼續隔離觀察28人) is read like an imported-only subtotal: no tuple (unsure; its 28 are not part of the 47). 醫院隔離醫學觀察404人…已排除402人 → no metric."
        ),
        source="http://xw381.com/gggs/content/2020-03/13/content_9024424.html",
    ),
    dict(
        id="b26n04",
        text=(
            "阳新县共有32名新冠肺炎确诊患者治愈出院\n"
            "阳新县认真贯彻落实中央和省市委决策部署,采取得力措施,全力救治新型肺炎病人。截止2月15日上午8时, 共治愈新冠肺炎确诊患者32人。\n"
            "阳新县委、县政府调动全县力量支援县人民医院,合理安排全县医疗资源,让人民医院专心救治病人。截至15日上午8时,阳新县人民医院共排查发热病人2227人次,收治确诊病例148人,抢救危重病人24人,痊愈出院32人,收治疑似病例74人,出院71人。(舒海燕 马哲钊)"
        ),
        published="2020-02-16",
        city="黄石市",
        expect=[
            ("recovered_total", "阳新县", "2020-02-15", 32, "", ""),
        ],
        note=(
            "A 阳新县 account (reporters 舒海燕 马哲钊) reposted on ttnews; the page shows no date, its id 5e48bcaa stands in (→ 2020-02-16 11:53 Beijing time; unsure). Kept: the headline, the lead paragraph and the county's last paragraph; a paragraph on the county hospital's wards (白天需要接诊200多个病人…) was left out. 截止2月15日上午8时, 共治愈新冠肺炎确诊患者32人 (the county, named in the lead: 阳新县认真贯彻落实…) → recovered_total 32 for 阳新县 on 2020-02-15 (治愈 as a total: 共); the headline's 共有32名…治愈出院 is the same tuple. The last paragraph counts one institution, 阳新县人民医院 (共排查发热病人2227人次,收治确诊病例148人,抢救危重病人24人,痊愈出院32人,收治疑似病例74人,出院71人) → no tuple (one hospital is not the county)."
        ),
        source="https://p2.ttnews.xyz/a/5e48bcaadc9b5e30ea3aa90a?lang=zh-hans",
    ),
    dict(
        id="b26n05",
        text=(
            "2020年2月2日0时至12时,菏泽市新增1例新型冠状病毒感染的肺炎确诊病例,排除疑似病例2例。\n"
            "段某某,男性,28岁,菏泽市牡丹区人,在武汉工作。1月20日自驾从武汉返回菏泽,1月30日起发热,咳嗽。2月1日由沙土镇卫生院救护车送至牡丹人民医院隔离治疗。追踪到密切接触者18人,正接受隔离医学观察。\n"
            "截至目前,菏泽市累计报告新型冠状病毒感染的肺炎确诊病例9例,按病例确诊时医院所在县区统计:牡丹区3例(单县居民、曹县居民各1例)、成武县1例、巨野县3例、东明县1例、曹县1例。患者生命体征均平稳。目前有疑似病例1例。尚有357人正在接受医学观察。"
        ),
        published="2020-02-02",
        city="菏泽市",
        expect=[
            ("confirmed_new", "菏泽市", "2020-02-02", 1, "", ""),
            ("confirmed_total", "菏泽市", "2020-02-02", 9, "", ""),
            ("confirmed_total", "牡丹区", "2020-02-02", 3, "", ""),
            ("confirmed_total", "成武县", "2020-02-02", 1, "", ""),
            ("confirmed_total", "巨野县", "2020-02-02", 3, "", ""),
            ("confirmed_total", "东明县", "2020-02-02", 1, "", ""),
            ("confirmed_total", "曹县", "2020-02-02", 1, "", ""),
            ("suspected", "菏泽市", "2020-02-02", 1, "", ""),
            ("observation", "菏泽市", "2020-02-02", 357, "", ""),
        ],
        note=(
            "菏泽新闻网's item (heze.cn), dated by its address 2020-02-02; what the search showed starts at the dateline (no headline). Kept: the three paragraphs. 2020年2月2日0时至12时,菏泽市新增1例…确诊病例 → confirmed_new 1 on 2-2 (a half-day figure, dated by its day); 排除疑似病例2例 → no metric. The new patient 段某某 (28岁, 菏泽市牡丹区人, 在武汉工作): his 追踪到密切接触者18人 are one patient's contacts → no tuple. 截至目前,菏泽市累计报告…确诊病例9例 → confirmed_total 9, dated by the first paragraph's 2月2日 (目前 has no date of its own); the list 按病例确诊时医院所在县区统计 gives confirmed_total per county/district: 牡丹区3, 成武县1, 巨野县3, 东明县1, 曹县1; (单县居民、曹县居民各1例) describes residents counted under 牡丹区 → no tuple for 单县 and no second tuple for 曹县. 目前有疑似病例1例 → suspected 1; 尚有357人正在接受医学观察 → observation 357."
        ),
        source="http://heze.cn/news/2020-02/02/content_427023.htm",
    ),
    dict(
        id="b26n06",
        text=(
            "疫情报告2月1日瑞昌没有新的确诊病例\n"
            "时间:2020-02-28 10:33 来源:融媒体中心 作者:admin 点击:次\n"
            "2020年2月1日0:00 ~ 24:00,江西省报告新发冠状病毒肺炎确诊病例47例,新发出院病例1例。其中,九江市新增确诊病例12例,瑞昌市无新增确诊病例。 截至2月1日24时,九江已有55例确诊病例,其中瑞昌1例。市人民医院是治疗新型冠状病毒肺炎的定点医院。公众被要求理解和支持它,并把它传递给彼此。 根据国家传染性病毒专家的推断,该疾病的高峰期是在2月8日左右和5天后,并且将会发生感染者的爆发。因此,请广大群众严格遵守“九必须九禁止”,尽量不出门,科学防控疫情;如果有症状,请尽快诊断和治疗,共同赢得防疫和控制战争! 瑞昌市卫生委员会 2020年2月2日 (责任编辑:admin)"
        ),
        published="2020-02-28 10:33",
        city="九江市",
        expect=[
            ("confirmed_new", "九江市", "2020-02-01", 12, "", ""),
            ("confirmed_new", "瑞昌市", "2020-02-01", 0, "", ""),
            ("confirmed_total", "九江市", "2020-02-01", 55, "", ""),
            ("confirmed_total", "瑞昌市", "2020-02-01", 1, "", ""),
        ],
        note=(
            "瑞昌市卫生委员会's report (signed 2020年2月2日) on a mirror of 瑞昌's 融媒体中心 (rcggzy), whose wording is machine-paraphrased (新发冠状病毒肺炎, 新发出院病例, 公众被要求理解和支持它) and kept as found with its run-together paragraphs; published is the time the mirror shows, 2020-02-28 10:33 (every figure carries its own date). Kept: the headline line, the mirror's time/source line and the text up to the editor line. 2020年2月1日0:00 ~ 24:00: the province's 47 new and 1 discharge → no tuple (江西省 is not the home city); 九江市新增确诊病例12例 → confirmed_new 12 for 九江市; 瑞昌市无新增确诊病例 → confirmed_new 0 for 瑞昌市 (a county-level city of 九江). 截至2月1日24时,九江已有55例确诊病例,其中瑞昌1例 → confirmed_total 55 (九江 → 九江市) and confirmed_total 1 for 瑞昌市. The headline restates 瑞昌's 0 (same tuple). 高峰期是在2月8日左右和5天后 is a forecast → no tuple; 市人民医院 is the designated hospital (no figure)."
        ),
        source="http://m.rcggzy.com/view.php?aid=22980",
    ),
    dict(
        id="b26n07",
        text=(
            "02.26 【最新】泸州市连续6天无新增确诊病例,累计出院12人\n"
            "2月25日0-24时,我市无新增新型冠状病毒肺炎确诊病例。\n"
            "2月25日0-24时,我市治愈出院新型冠状病毒肺炎患者2例。具体出院患者情况如下:\n"
            "出院患者1:郭某贤,68岁,女,龙马潭区双加镇人。1月20日,从武汉返回泸州市龙马潭区双加镇家中。1月24日,郭某贤自感无明显不适,经排查发现其存在低热症状,并经检测确认,随即由泸州市传染病医院收治隔离。2月25日,患者已达到出院标准,病情痊愈出院。\n"
            "出院患者2:石某辉,男,50岁,泸县牛滩镇人。1月7日,石某辉自驾从武汉返回到牛滩镇寿尊村10社家中。2月19日,经核酸检测确诊,随即被泸州市传染病医院收治隔离。2月25日,患者已达到出院标准,病情痊愈出院。\n"
            "截至2月25日24时,我市累计报告新型冠状病毒肺炎确诊病例24例,男性13例、女性11例,年龄在5岁至68岁之间,涉及5个县区,其中江阳区7例、龙马潭区8例、泸县6例、叙永县1例、古蔺县2例。在治确诊病例12例,其中轻型3例、普通型8例、重型1例、危重型0例。治愈出院12例,其中江阳区6例、龙马潭区4例、泸县1例、叙永县1例。无死亡病例。\n"
            "正在接受医学观察的密切接触者272人,已排除感染风险解除医学观察1770人。"
        ),
        published="2020-02-26",
        city="泸州市",
        expect=[
            ("confirmed_new", "泸州市", "2020-02-25", 0, "", ""),
            ("recovered_new", "泸州市", "2020-02-25", 2, "", ""),
            ("confirmed_total", "泸州市", "2020-02-25", 24, "", ""),
            ("confirmed_total", "江阳区", "2020-02-25", 7, "", ""),
            ("confirmed_total", "龙马潭区", "2020-02-25", 8, "", ""),
            ("confirmed_total", "泸县", "2020-02-25", 6, "", ""),
            ("confirmed_total", "叙永县", "2020-02-25", 1, "", ""),
            ("confirmed_total", "古蔺县", "2020-02-25", 2, "", ""),
            ("hospitalized", "泸州市", "2020-02-25", 12, "", ""),
            ("severe", "泸州市", "2020-02-25", 1, "", ""),
            ("critical", "泸州市", "2020-02-25", 0, "", ""),
            ("recovered_total", "泸州市", "2020-02-25", 12, "", ""),
            ("recovered_total", "江阳区", "2020-02-25", 6, "", ""),
            ("recovered_total", "龙马潭区", "2020-02-25", 4, "", ""),
            ("recovered_total", "泸县", "2020-02-25", 1, "", ""),
            ("recovered_total", "叙永县", "2020-02-25", 1, "", ""),
            ("deaths_total", "泸州市", "2020-02-25", 0, "", ""),
            ("observation", "泸州市", "2020-02-25", 272, "", ""),
            ("observation_released_total", "泸州市", "2020-02-25", 1770, "", ""),
        ],
        note=(
            "泸州's city report (健康泸州 wording) reposted on ttnews; the page shows 02.26 before its headline, read as 2020-02-26 (its id 5e5733ed → 2020-02-27 11:13; every figure carries its own date). Kept: the headline line and the text up to the contacts paragraph; the closing 温馨提示 and share widgets were left out. 我市 → 泸州市 (named in the headline). 2月25日0-24时: 无新增…确诊病例 → confirmed_new 0 (the headline's 连续6天无新增 is the same tuple); 治愈出院…患者2例 → recovered_new 2 (the two patient paragraphs describe them: residence 龙马潭区双加镇, 泸县牛滩镇, ages and earlier dates give no tuple). 截至2月25日24时: 累计报告…确诊病例24例 → confirmed_total 24 with the district list (江阳区7、龙马潭区8、泸县6、叙永县1、古蔺县2); 男性13例、女性11例, 5岁至68岁, 涉及5个县区 → no tuple; 在治确诊病例12例 → hospitalized 12, of which 重型1例 → severe 1 and 危重型0例 → critical 0 (轻型3例、普通型8例 have no metric); 治愈出院12例 → recovered_total 12 with its list (江阳区6、龙马潭区4、泸县1、叙永县1; the headline's 累计出院12人 is the same tuple); 无死亡病例 → deaths_total 0. 正在接受医学观察的密切接触者272人 → observation 272; 解除医学观察1770人 → observation_released_total 1770 (dated 2-25 like the paragraph before)."
        ),
        source="https://ttnews.xyz/a/5e5733eddc9b5e5d594ccacb?lang=zh-hans",
    ),
]
