"""Golden extraction cases from REAL city/county narrative news, fourth BLIND set, Jan–Apr 2020.

What it is: 24 short verbatim excerpts of a city's, county's, district's, township's or zone's own
narrative local news about its own place (a city daily and two evening papers, county-level and
district news sites, a banner government's item, a city government bulletin page, city TV, a
township's district site, and a few provincial or national outlets writing about one place: the
note says which). `city` is the prefecture-level home city in full; `expect` is the COMPLETE set
of tuples for that city, its districts/counties, its zones, subdistricts and townships, and the
organisations the text gives figures to:

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Annotated BLIND, from the texts alone, following tests/cases/ANNOTATION.md (binding) and
shared/gold/FORMAT.md. The extractor was neither read nor run; of the other case tables only the
docstrings of blind3_narrative.py and blind3_feeds.py and the first two entries of
blind3_narrative.py were read (for the format and the reading choices made there).

Cities / outlets (24 cases, 21 home cities, 15 provinces):
  孝感市 (孝感日报 on 大悟县) · 邢台市 (a 牛城 item, ttnews repost, traditional) · 恩施土家族苗族自治州
  (恩施日报 on 2月2日, ttnews repost; 中国利川网 carrying the 利川 and 州 notices of 4月20日) · 淮南市 (the
  city bulletin, ttnews repost, traditional) · 宁德市 (the vice-mayor at the provincial press
  conference, a 宁德 channel mirror, traditional) · 周口市 (the city bulletin from the city
  government site, traditional mirror) · 福州市 (福州新闻网's April bulletin; 長樂新聞網 on 金峰镇,
  mirror) · 南充市 (四川在线 on 蓬安县, digest page) · 重庆市 (重庆网络广播电视台 on 綦江区, ttnews) ·
  驻马店市 (驻马店网 on 确山县留庄镇, traditional mirror; its photo item on buses from 比亚迪) · 东莞市
  (羊城晚报·羊城派 on 南城街道) · 龙岩市 (闽南网 on 上杭县溪口镇, traditional) · 宿迁市 (宿迁市广播电视总台,
  traditional mirror) · 鸡西市 (东北网 on 密山市) · 巴彦淖尔市 (乌拉特中旗人民政府 via 中国小康网) ·
  呼和浩特市 (内蒙古日报) · 大理白族自治州 (云南日报's round-up cut to its 大理 part, gov.cn traditional) ·
  台州市 (浙江在线台州频道 on 玉环市, traditional mirror) · 北海市 (广西日报 on 北海综合保税区, via a 合浦
  page) · 赣州市 (a portal on a 兴国县 notice) · 亳州市 (亳州晚报 street scene).
Every `text` is verbatim: traditional characters, pinyin residue ("開發(fā)區(qū)"), garbled quotes
("?!"), doubled commas (",,"), a digest page's lost punctuation, leading spaces and page chrome
(dates, source lines, TAG lines, a print-view header) are kept as found; paragraphs not needed were
left out, and a paragraph is cut only after a full sentence. `published` is the page's own date
(and time) when it shows one; otherwise the note says what was used (a repost id, a page path, the
story's date, the day after a bulletin's figures).

Ways of writing covered (number of cases; see the notes):
  (a) counts in words and loose units (7): 3名…2男一女 (大悟), one named patient in a discharge story
      with 首例 ordinals (恩施), 3名分別來自… (邢台); 800多名 (宿迁), 130多位“家人” (玉环), 200余人 (北海),
      百余人 (金峰);
  (b) implied figures said once (6): 三縣持續保持零確診病例 → 0 ×3 (宁德), 現有密切接觸者均已解除醫學隔離觀察
      → observation 0 (邢台), 無重症病例和死亡病例 (淮南), 48家企業已全部復工 (溪口), 25户…复工率为100% →
      resumed 25 (呼和浩特), the none-statements of an imported/local split (福州);
  (c) today's versus the total (4): a day's 3 against 共治癒出院18例 (邢台), one discharge against 全州已有
      5例 with a split by hospital (恩施), a county's 3 against its hospital's 累计12例 (大悟), a
      county-level city's 58/57 against the prefecture's 252/245 in one page (利川);
  (d) zones and sub-county places as places (6): 毛集实验区 and 高新区 inside district counts (淮南),
      经开区 and 示范区 in a county list (周口), 北海综合保税区, 南城街道 (东莞), 溪口镇, and 宿迁经开区 named
      with no figure;
  (e) dates that are not the figure's date (3): start dates (自2月22日起…共…200余人 北海; 自2月21日…以来
      綦江), 继前一天…首例 (恩施); a baseline of the 比2月X日提高 kind was found only in pages already held
      by other tables, so none is here;
  (f) proportions in words (1): 复工率都超过了九成 after a list of three firms (东莞); no fresh local page
      with 六成/过半/三分之二/近八成 could be found;
  (g) workers leaving for jobs elsewhere, no tuple (4): 蓬安, 綦江, 留庄镇, 驻马店's 比亚迪 buses; and the
      converse, workers brought back to the home place, which do give workers_returned (3): 玉环,
      北海综合保税区, 金峰镇's firm;
  (h) a rate after one company's name in a list (3): 彼联 94% and 海金杜门 91% after a 九成 list (东莞),
      家友竹竹木 95% before the township's 92% (溪口), 箭鹿集團's 800多名 beside a 復工率將超過90% forecast
      (宿迁);
  plus a banner speaking as 全旗/我旗 (乌拉特中旗) and a county-level city's 全市 fixed by its signature
  (利川); forecasts (淮南, 大理, 宿迁, 密山, 乌拉特中旗, 北海, 兴国); an imported/local split (福州); the
  province's and another prefecture's text beside the home city's (大理's 楚雄 paragraph, 宁德's 福州
  venue); and six cases that name the place with no figure of it (兴国, 亳州, 蓬安, 綦江, 留庄镇, 驻马店).

Reading choices made here where the binding conventions are silent (each note says which):
* A hospital's own batches and 累计 (该院…第二批5名, 2月10日有3例, 累计…12例) give no tuple even when it
  is the county hospital; a county that is the sentence's subject (大悟县又有3名…从县人民医院治愈出院)
  does. A hospital named only as where the news came from (從市第二醫院…傳來好消息) does not stop the
  city's recovered_new. A split of a total by hospital gives nothing to the hospitals' counties.
* 3名分別來自A縣、B縣、C縣 describes the patients: no per-county recovered_new.
* 現有密切接觸者均已解除醫學隔離觀察 → observation 0.
* Local-only subtotals beside imported-only ones are subtotals by origin: no tuple; the two parts'
  none-statements together (and the headline's 无新增确诊病例) give the city's zeros.
* A company's 复工率 that counts its staff (员工复工率达91% = 166/182) is worker_return_rate with the
  company as region and an empty sector; 企业的复工率都超过了九成 after a list gives each listed firm
  90 more_than, except a firm whose exact figure the text also gives (that one counts once).
* 东莞 has no districts: its 街道 is a region of its own; a township speaking of itself (該鎮) is one
  too, like a zone.
* N家企業已全部復工 → sector_total N and resumed N, no rate added; N户…复工率为100% → sector_total N,
  resumed N and the 100.
* 复产率 (production restored) has no metric; 开工率 is resumption_rate; 开门率 would be too.
* Workers brought back into the home place (帶回130多位, 接送员工200余人, 接回員工百余人) are
  workers_returned of the place or firm that receives them; workers taken away are nothing.
* Two groups with the same name get descriptive sectors (占工业总产值80%/90%的重点工业企业).
* 截至目前/目前 figures take the page date; on a page stamped before 12:00 they take the day before
  (东莞, 北海); a placeholder 00:00:00 time is not used (乌拉特中旗); 截至发稿时 is the reporting day.

Overlap check: for every case, six 12-character substrings of its two longest lines were grepped
with `grep -rlF` across tests/cases and /work/shared (file names only, other tables not opened):
no hit, except one generic phrase of the 恩施 case (…的肺炎患者), rechecked with three distinctive
phrases: no hit. `duplicates --repo tests/cases --min-lines 3 --most 200` lists no pair with this
file. About forty candidate pages were dropped before writing because a phrase of theirs was
already in another table (including five drafted cases: a 建德 notice, a 新华社 item on 通城, a 运河
zone item, a 青岛 press conference and a 惠民 visit); a 临汾 transport page was dropped because its
flight list names a Hunan city, and a 华蓥 notice because its 我市 names no speaker while its figures are the
county-level city's. No text mentions 株洲 or a Hunan place (checked on every excerpt and on what
the search showed of each page); none comes from the DXY feed.
"""

CASES = [
    # ================================================================ 1. discharge stories and bulletins: words, implied figures, today vs total
    dict(
        id="bl4-nr-dawu-0211-three-from-county-hospital",
        text=(
            "孝感日报讯 (通讯员郑超)2月11日下午3时,湖北省大悟县又有3名“新冠肺炎”确诊患者从县人民医院治愈出院,其中一名男性患者60岁,是目前大悟县治愈患者中年龄最大的。\n"
            "这3名“新型肺炎”患者为2男一女,都是大悟人,入院后,大悟县人民医院医疗团队克服疲劳,克服困难,日夜奋战。该院感染科、呼吸内科等科室在医疗专家组精心指导下,对每一例收治确诊患者精心制定个体治疗方案,提升治愈率。继2月9日第二批5名“新冠肺炎”治愈患者出院后,2月10日有3例患者治愈出院。截止2月11日24时,该院累计治愈“新冠肺炎”确诊患者12例。"
        ),
        published="2020-02-12",
        city="孝感市",
        expect=[
            ("recovered_new", "大悟县", "2020-02-11", 3, "", ""),
        ],
        note="孝感日报 (the city paper) on one county. 大悟县又有3名…确诊患者从县人民医院治愈出院 has the county as subject → recovered_new 3 for 大悟县 on "
        "2月11日; 2男一女 restates the 3. The rest of the paragraph is about the hospital (该院): its batches (2月9日第二批5名, 2月10日有3例) and its "
        "累计治愈…12例 are one institution's counts → no tuple (reading choice: a hospital's batch history is not the county's figure even when it is the "
        "county hospital). 第二批 is an ordinal; 60岁 an age. The page shows no date: published = the day after the story's 2月11日 (截止2月11日24时).",
        source="http://www.xgnews.cn/p/143132.html",
    ),
    dict(
        id="bl4-nr-xingtai-0222-three-discharged-county-lists",
        text=(
            "邢臺:連續六日無新增,堅持柔性管理繼續嚴防疫情\n\n"
            "據悉,2020年2月22日0-24時,邢臺市報告新增新冠肺炎確診病例、疑似病例均為0。\n\n"
            "2月22日,從市第二醫院再次傳來好消息,經過省、市醫療救治專家組和醫院的精心治療,3名分別來自隆堯縣、清河縣、威縣的新冠肺炎患者病癒出院。至此,我市共治癒出院18例(治癒率已達78%),分別為清河縣6例,隆堯縣3例,邢臺縣2例,臨西縣、鉅鹿縣、柏鄉縣、廣宗縣、新河縣、寧晉縣、威縣各1例。\n\n"
            "截至2月22日24時,全市現有住院治療確診病例4例。累計治癒出院病例18例,累計死亡病例1例,累計報告確診病例23例。經過核酸檢測,現有密切接觸者均已解除醫學隔離觀察。累計23例確診病例中,清河縣6例,隆堯縣4例,寧晉縣2例,邢臺縣2例,威縣2例,臨西縣、鉅鹿縣、新河縣、柏鄉縣、廣宗縣、內丘縣、臨城縣各1例。"
        ),
        published="2020-02-23",
        city="邢台市",
        expect=[
            ("confirmed_new", "邢台市", "2020-02-22", 0, "", ""),
            ("recovered_new", "邢台市", "2020-02-22", 3, "", ""),
            ("recovered_total", "邢台市", "2020-02-22", 18, "", ""),
            ("recovered_total", "清河县", "2020-02-22", 6, "", ""),
            ("recovered_total", "隆尧县", "2020-02-22", 3, "", ""),
            ("recovered_total", "邢台县", "2020-02-22", 2, "", ""),
            ("recovered_total", "临西县", "2020-02-22", 1, "", ""),
            ("recovered_total", "巨鹿县", "2020-02-22", 1, "", ""),
            ("recovered_total", "柏乡县", "2020-02-22", 1, "", ""),
            ("recovered_total", "广宗县", "2020-02-22", 1, "", ""),
            ("recovered_total", "新河县", "2020-02-22", 1, "", ""),
            ("recovered_total", "宁晋县", "2020-02-22", 1, "", ""),
            ("recovered_total", "威县", "2020-02-22", 1, "", ""),
            ("recovery_rate", "邢台市", "2020-02-22", 78, "", ""),
            ("hospitalized", "邢台市", "2020-02-22", 4, "", ""),
            ("deaths_total", "邢台市", "2020-02-22", 1, "", ""),
            ("confirmed_total", "邢台市", "2020-02-22", 23, "", ""),
            ("confirmed_total", "清河县", "2020-02-22", 6, "", ""),
            ("confirmed_total", "隆尧县", "2020-02-22", 4, "", ""),
            ("confirmed_total", "宁晋县", "2020-02-22", 2, "", ""),
            ("confirmed_total", "邢台县", "2020-02-22", 2, "", ""),
            ("confirmed_total", "威县", "2020-02-22", 2, "", ""),
            ("confirmed_total", "临西县", "2020-02-22", 1, "", ""),
            ("confirmed_total", "巨鹿县", "2020-02-22", 1, "", ""),
            ("confirmed_total", "新河县", "2020-02-22", 1, "", ""),
            ("confirmed_total", "柏乡县", "2020-02-22", 1, "", ""),
            ("confirmed_total", "广宗县", "2020-02-22", 1, "", ""),
            ("confirmed_total", "内丘县", "2020-02-22", 1, "", ""),
            ("confirmed_total", "临城县", "2020-02-22", 1, "", ""),
            ("observation", "邢台市", "2020-02-22", 0, "", ""),
        ],
        note="牛城 (邢台) item via a ttnews repost, traditional characters; the last two paragraphs (an appeal and the city leaders' demands) are left out. "
        "新增确诊…均為0 and the headline's 連續六日無新增 → one confirmed_new 0; 新增疑似 has no metric. The 3 patients discharged from 市第二醫院 are "
        "the city's recovered_new 3 (the hospital is only where the news came from; the sentence goes on with the city's 至此…共治癒出院18例). 分別來自隆堯縣、"
        "清河縣、威縣 describes the three patients: no per-county recovered_new (reading choice: only the totals are given per county). The 18 is stated twice "
        "(共治癒出院18例 / 累計治癒出院病例18例) → once. 治癒率已達78% → recovery_rate 78. 現有密切接觸者均已解除醫學隔離觀察 → observation 0 (implied, "
        "reading choice). County names in simplified canonical form (鉅鹿縣 → 巨鹿县). published = the repost date (ttnews id 2020-02-23 17:53 +08).",
        source="https://p2.ttnews.xyz/a/5e524b99dc9b5e5fd82e1e9e",
    ),
    dict(
        id="bl4-nr-enshi-0202-first-severe-patient-and-hospital-split",
        text=(
            "02.03 恩施州首例重症新型冠状病毒感染的肺炎患者治愈出院 全州已有5例患者治愈出院\n\n"
            "恩施日报讯 (记者黎袁媛 通讯员侯丹丹、刘铁强)继前一天全州首例新型冠状病毒感染的肺炎患者治愈出院后,2月2日上午10时15分,我州首例重症新型冠状病毒感染的肺炎患者宋某某也康复出院。\n\n"
            "截至发稿时,全州已有5例新型冠状病毒感染的肺炎患者治愈出院。其中,州中心医院2例,湖北民族大学附属民大医院2例,建始县人民医院1例。"
        ),
        published="2020-02-03",
        city="恩施土家族苗族自治州",
        expect=[
            ("recovered_new", "恩施土家族苗族自治州", "2020-02-02", 1, "", ""),
            ("recovered_total", "恩施土家族苗族自治州", "2020-02-02", 5, "", ""),
        ],
        note="恩施日报 via a ttnews repost (the id decodes to 2020-03-05; the item carries its own date 02.03, used as published). A story about one "
        "discharge: 首例重症…患者宋某某也康复出院 → recovered_new 1 on 2月2日 (首例 is an ordinal; the count is the one named patient). 继前一天全州首例…"
        "治愈出院后 is an ordinal about the day before: no tuple (reading choice). 截至发稿时…全州已有5例…治愈出院 → recovered_total 5, dated the reporting "
        "day 2月2日 (the copy was filed for the 2月3日 paper). The split by hospital (州中心医院2例…建始县人民医院1例) names institutions, not places: no tuple "
        "for 建始县.",
        source="https://p2.ttnews.xyz/a/5e60b255dc9b5e6d5f266576?lang=zh-hans",
    ),
    dict(
        id="bl4-nr-huainan-0217-zones-inside-districts",
        text=(
            "淮南市:2月18日報告新增2例確診病例,為一對夫妻\n\n"
            "2月18日上午,淮南市衛生健康委員會發布了2月18日淮南市報告新型冠狀病毒肺炎疫情情況\n\n"
            "2020年2月17日0-24時,淮南市新增新型冠狀病毒肺炎確診病例2例。無新增疑似病例。\n\n"
            "截至2月17日24時,淮南市累計報告新型冠狀病毒肺炎確診病例27例,其中:八公山區2例、潘集區2例、鳳臺縣14例(其中毛集實驗區1例)、田家庵區9例(其中高新區3例)。累計出院8例,其中:鳳臺縣3例,潘集區2例、田家庵區3例(其中高新區1例)。\n\n"
            "累計醫學觀察密切接觸者648人,尚在醫學觀察228人。\n\n"
            "截至2月17日24時,在院治療確診病例19例,均病情平穩,無重症病例和死亡病例。\n\n"
            "2月18日即將治癒出院3例。\n\n"
            "2月18日上午,淮南市衛生健康委員會發布了新增確診病例基本情況。\n\n"
            "吳某某,女,59歲,李某某妻子,現居高新區英倫聯邦1號樓2單元。2月12日下午出現發熱、肌肉痠痛等症狀,2月14日到東方醫院集團總院發熱門診就診後留觀,2月15日採樣核酸檢測陽性,診斷為疑似病例,2月17日複核確診,患者在定點收治醫院治療,病情平穩。已追蹤到密切接觸者3人,均已隔離醫學觀察。春節期間,吳某某與其女兒、女婿、外孫女有密切接觸,其女婿許某某為無症狀感染者,在合肥有可疑暴露史,已在定點醫院留觀。追蹤到其密切接觸者46人,均已隔離醫學觀察。"
        ),
        published="2020-02-18",
        city="淮南市",
        expect=[
            ("confirmed_new", "淮南市", "2020-02-17", 2, "", ""),
            ("confirmed_total", "淮南市", "2020-02-17", 27, "", ""),
            ("confirmed_total", "八公山区", "2020-02-17", 2, "", ""),
            ("confirmed_total", "潘集区", "2020-02-17", 2, "", ""),
            ("confirmed_total", "凤台县", "2020-02-17", 14, "", ""),
            ("confirmed_total", "毛集实验区", "2020-02-17", 1, "", ""),
            ("confirmed_total", "田家庵区", "2020-02-17", 9, "", ""),
            ("confirmed_total", "高新区", "2020-02-17", 3, "", ""),
            ("recovered_total", "淮南市", "2020-02-17", 8, "", ""),
            ("recovered_total", "凤台县", "2020-02-17", 3, "", ""),
            ("recovered_total", "潘集区", "2020-02-17", 2, "", ""),
            ("recovered_total", "田家庵区", "2020-02-17", 3, "", ""),
            ("recovered_total", "高新区", "2020-02-17", 1, "", ""),
            ("close_contacts_total", "淮南市", "2020-02-17", 648, "", ""),
            ("observation", "淮南市", "2020-02-17", 228, "", ""),
            ("hospitalized", "淮南市", "2020-02-17", 19, "", ""),
            ("severe", "淮南市", "2020-02-17", 0, "", ""),
            ("deaths_total", "淮南市", "2020-02-17", 0, "", ""),
        ],
        note="The 淮南 city bulletin of 2月18日 relayed by a ttnews repost (traditional); the second patient's paragraph is cut off on the page and left out. "
        "Zones inside districts keep their names: 毛集實驗區 (inside 鳳臺縣's 14) and 高新區 (inside 田家庵區's 9 and 3) each get their own tuples, and the "
        "district figures are taken as written (not reduced). 累計醫學觀察密切接觸者648人 → close_contacts_total; 尚在醫學觀察228人 → observation. 無重症病例 "
        "→ severe 0; 無…死亡病例 → deaths_total 0. 2月18日即將治癒出院3例 is a forecast: no tuple. The headline's 2例 restates the new cases; 一對夫妻 and the "
        "patient's own contacts (3人, 46人), ages and the 女婿 in 合肥 give no tuple; 無症狀感染者 has no metric.",
        source="https://ttnews.xyz/a/5e4b99d2dc9b5e3c1433a53a",
    ),
    dict(
        id="bl4-nr-ningde-0219-three-counties-zero",
        text=(
            "2月19日下午,福建省人民政府新聞辦公室在福州舉行福建省新冠肺炎疫情防控工作第八場(chǎng)新聞發(fā)布會(huì),副市長(zhǎng)毛祚松參加發(fā)布會(huì),通報(bào)了我市防控新冠肺炎疫情工作情況和企業(yè)復(fù)工復(fù)產(chǎn)保障工作進(jìn)展,并回答記者提問(wèn)。\n"
            "吳圣錦/圖\n"
            "疫情態(tài)勢(shì)總體平穩(wěn)可控\n"
            "記者從發(fā)布會(huì)獲悉,截至2月19日上午11時(shí),我市累計報(bào)告確診病例26例,治愈出院12例,現(xiàn)有住院病例14例,治愈率達(dá)46.15%;疑似病例1例。目前,屏南、壽寧、柘榮三縣持續(xù)保持零確診病例,占全市人口70%的沿海四個(gè)縣(市、區(qū))連續(xù)20天無(wú)新增確診病例,疫情態(tài)勢(shì)總體平穩(wěn)可控。\n"
            "疫情發(fā)生后,我市第一時(shí)間成立黨政主要領(lǐng)導(dǎo)任“雙組長(zhǎng)”的防控工作領(lǐng)導(dǎo)小組,組建黨員先鋒隊(duì)、青年突擊隊(duì)、志愿服務(wù)隊(duì)3200多支;落實(shí)“四集中”原則,確定11家定點(diǎn)醫(yī)院,成立13支專家組;對(duì)確診患者實(shí)行“一人一專管、一護(hù)理、一方案”的精準(zhǔn)救護(hù)。截至目前,我市累計(jì)治愈出院達(dá)12例,住院病例降至14例。"
        ),
        published="2020-02-19",
        city="宁德市",
        expect=[
            ("confirmed_total", "宁德市", "2020-02-19", 26, "", ""),
            ("recovered_total", "宁德市", "2020-02-19", 12, "", ""),
            ("hospitalized", "宁德市", "2020-02-19", 14, "", ""),
            ("recovery_rate", "宁德市", "2020-02-19", 46.15, "", ""),
            ("suspected", "宁德市", "2020-02-19", 1, "", ""),
            ("confirmed_total", "屏南县", "2020-02-19", 0, "", ""),
            ("confirmed_total", "寿宁县", "2020-02-19", 0, "", ""),
            ("confirmed_total", "柘荣县", "2020-02-19", 0, "", ""),
        ],
        note="宁德's vice-mayor at the provincial press conference, from a 宁德 news channel mirror (traditional, pinyin residue); the text never names "
        "宁德, so 我市 is the home city. 屏南、壽寧、柘榮三縣持續保持零確診病例 → confirmed_total 0 for each of the three counties (counties named in short "
        "form; regions given in full). 沿海四個縣(市、區)連續20天無新增 names no county: no tuple. The closing 截至目前…12例…14例 restates the 2月19日 "
        "figures → once. 3200多支 teams, 11家定點醫院, 13支專家組 are no metric; the 福州 press venue is no place of the city. The page shows no date: "
        "published = the press-conference day.",
        source="http://m.haicao88.cn/xinwenpindao/ningdexinwen/76120.html",
    ),
    dict(
        id="bl4-nr-lichuan-0420-county-city-and-prefecture",
        text=(
            "4月20日,利川无新增病例\n\n"
            "发布时间: 2020-04-22 09:09:29 来源: 中国利川网\n\n"
            "利川市疫情通报(第八十三号)\n\n"
            "2020年4月20日0-24时,利川市无新增新冠肺炎病例。\n\n"
            "截至2020年4月20日24时,利川市累计报告新冠肺炎病例58例。目前累计治愈出院57例,死亡1例。\n\n"
            "2020年4月20日,全市发热门诊共接诊59人,留观11人。\n\n"
            "利川市新冠肺炎疫情防控指挥部\n\n"
            "2020年4月21日\n\n"
            "恩施州新冠肺炎疫情情况\n\n"
            "2020年4月20日0时-24时,无新增新冠肺炎确诊病例、疑似病例和无症状感染者。\n\n"
            "截至2020年4月20日24时,累计报告新冠肺炎确诊病例252例,治愈出院245例,死亡7例。\n\n"
            "累计追踪密切接触者11884人,尚在接受医学观察69人。\n\n"
            "截至2020年4月20日24时,累计报告无症状感染者15例,其中转为确诊病例4例(已全部治愈出院),解除隔离医学观察10例,尚在接受隔离医学观察1例。\n\n"
            "恩施州新冠肺炎疫情防控指挥部\n\n"
            "2020年4月21日"
        ),
        published="2020-04-22 09:09",
        city="恩施土家族苗族自治州",
        expect=[
            ("confirmed_new", "利川市", "2020-04-20", 0, "", ""),
            ("confirmed_total", "利川市", "2020-04-20", 58, "", ""),
            ("recovered_total", "利川市", "2020-04-20", 57, "", ""),
            ("deaths_total", "利川市", "2020-04-20", 1, "", ""),
            ("confirmed_new", "恩施土家族苗族自治州", "2020-04-20", 0, "", ""),
            ("confirmed_total", "恩施土家族苗族自治州", "2020-04-20", 252, "", ""),
            ("recovered_total", "恩施土家族苗族自治州", "2020-04-20", 245, "", ""),
            ("deaths_total", "恩施土家族苗族自治州", "2020-04-20", 7, "", ""),
            ("close_contacts_total", "恩施土家族苗族自治州", "2020-04-20", 11884, "", ""),
            ("observation", "恩施土家族苗族自治州", "2020-04-20", 69, "", ""),
        ],
        note="An April page of 中国利川网 carrying 利川's own notice (第八十三号 is an ordinal) and the prefecture's one. 全市 in the 利川 notice = 利川市 "
        "(signature); the second block is signed by the 恩施州 headquarters, so it is the home prefecture's. 目前累计治愈出院57例 sits under 截至4月20日24时 → "
        "dated 4月20日. 利川's hospitalized is not stated (58−57−1 is not computed). 发热门诊接诊59人、留观11人 has no metric; every 无症状感染者 figure (15, 4 "
        "转为确诊 '已全部治愈出院', 10, 1) has no metric. The page's time (09:09) changes nothing: every figure is dated.",
        source="http://lcaj.net/zixun/04224841.html",
    ),
    dict(
        id="bl4-nr-zhoukou-0215-county-list-with-two-zones",
        text=(
            "2020年2月15日0—24時(shí),全市新增新冠肺炎確診病例1例,出院病例2例。新增確診病例為項(xiàng)城市1例。\n"
            "截至2月15日24時(shí),全市累計(jì)收到新冠肺炎報(bào)告確診病例71例,累計(jì)出院病例27例,無(wú)死亡病例,當(dāng)日在院疑似病例34例。確診病例中:商水縣3例、項(xiàng)城市8例(其中1例已轉(zhuǎn)入鄭大一附院)、太康縣11例、西華縣11例、鄲城縣6例、沈丘縣10例、鹿邑縣7例、淮陽(yáng)區(qū)9例(其中2例轉(zhuǎn)入省人民醫(yī)院)、川匯區(qū)3例、經(jīng)開區(qū)1例(已轉(zhuǎn)入鄭大一附院)、示范區(qū)2例。\n"
            "目前追蹤到密切接觸者1416人;當(dāng)日解除醫(yī)學(xué)觀察56人,尚有273人正在接受醫(yī)學(xué)觀察。\n"
            "新增新冠肺炎確診患者基本情況如下:\n"
            "位某某,女,58歲,家住項(xiàng)城市李寨鎮(zhèn)。1月27日至31日期間,與其丈夫、張某某(有武漢返鄉(xiāng)人員接觸史)等在家中聚餐。2月4日出現(xiàn)發(fā)熱癥狀,口服藥物治療,14日由其丈夫開車送到李寨衛(wèi)生院就診,后轉(zhuǎn)診至項(xiàng)城市第一人民醫(yī)院進(jìn)行隔離治療,核酸檢測(cè)陽(yáng)性。現(xiàn)隔離治療中,病情穩(wěn)定。該患者確認(rèn)密切接觸人員18人,現(xiàn)隔離觀察中。\n"
            "(來(lái)源:周口市人民政府網(wǎng) 編發(fā):李慧華 審核:鄭文娟)"
        ),
        published="2020-02-16",
        city="周口市",
        expect=[
            ("confirmed_new", "周口市", "2020-02-15", 1, "", ""),
            ("confirmed_new", "项城市", "2020-02-15", 1, "", ""),
            ("recovered_new", "周口市", "2020-02-15", 2, "", ""),
            ("confirmed_total", "周口市", "2020-02-15", 71, "", ""),
            ("confirmed_total", "商水县", "2020-02-15", 3, "", ""),
            ("confirmed_total", "项城市", "2020-02-15", 8, "", ""),
            ("confirmed_total", "太康县", "2020-02-15", 11, "", ""),
            ("confirmed_total", "西华县", "2020-02-15", 11, "", ""),
            ("confirmed_total", "郸城县", "2020-02-15", 6, "", ""),
            ("confirmed_total", "沈丘县", "2020-02-15", 10, "", ""),
            ("confirmed_total", "鹿邑县", "2020-02-15", 7, "", ""),
            ("confirmed_total", "淮阳区", "2020-02-15", 9, "", ""),
            ("confirmed_total", "川汇区", "2020-02-15", 3, "", ""),
            ("confirmed_total", "经开区", "2020-02-15", 1, "", ""),
            ("confirmed_total", "示范区", "2020-02-15", 2, "", ""),
            ("recovered_total", "周口市", "2020-02-15", 27, "", ""),
            ("deaths_total", "周口市", "2020-02-15", 0, "", ""),
            ("suspected", "周口市", "2020-02-15", 34, "", ""),
            ("close_contacts_total", "周口市", "2020-02-15", 1416, "", ""),
            ("observation_released_new", "周口市", "2020-02-15", 56, "", ""),
            ("observation", "周口市", "2020-02-15", 273, "", ""),
        ],
        note="The 周口 city bulletin from the city government site, on a traditional mirror with pinyin residue (source line kept). 全市 = 周口市 (the source "
        "line). The county list includes two zones that keep their names (經開區, 示范區). Transfers to 鄭大一附院/省人民醫院 are no figures; 出院病例2例 in the "
        "day's line → recovered_new. 當日在院疑似病例34例 → suspected (current). 當日解除醫學觀察56人 → observation_released_new; 尚有273人 → observation. The "
        "new patient's own contacts (18人), her age and the ordinal-free story give no tuple. The page shows no date: published = the day after the "
        "figures (the bulletin's usual release).",
        source="http://www.iphdh.cn/info/1138/2869.htm",
    ),
    dict(
        id="bl4-nr-fuzhou-0404-imported-and-local-subtotals",
        text=(
            "最新!福州市无新增确诊病例\n"
            "一、境外输入疫情\n"
            "4月4日0-24时,我市无新增境外输入确诊病例、疑似病例和无症状感染者;解除隔离境外输入无症状感染者1例。\n"
            "截至4月4日24时,我市累计报告境外输入确诊病例20例(在院治疗19例,已治愈出院1例,无死亡病例),其中美国输入10例、巴西输入4例、布基纳法索输入2例、法国输入1例、英国输入1例、日本输入1例、阿联酋输入1例;现无境外输入疑似病例和无症状感染者。\n"
            "二、本地疫情\n"
            "4月4日0-24时,我市无新增本地确诊病例、疑似病例和无症状感染者。\n"
            "截至4月4日24时,我市累计报告本地确诊病例72例,治愈出院71例,死亡1例;现无本地疑似病例和无症状感染者。\n"
            "三、密切接触者\n"
            "累计追踪到的密切接触者2866人(含省外通报协查),已解除医学观察2458人,其余正在接受医学观察。"
        ),
        published="2020-04-05",
        city="福州市",
        expect=[
            ("confirmed_new", "福州市", "2020-04-04", 0, "", ""),
            ("suspected", "福州市", "2020-04-04", 0, "", ""),
            ("close_contacts_total", "福州市", "2020-04-04", 2866, "", ""),
            ("observation_released_total", "福州市", "2020-04-04", 2458, "", ""),
        ],
        note="福州新闻网's April bulletin split into imported and local parts. Imported-only subtotals (20例, 在院19例, 出院1例, the country list) have no "
        "metric (ANNOTATION). Reading choice: the local-only subtotals (本地确诊72例, 治愈出院71例, 死亡1例) are subtotals by origin too and give no tuple; "
        "what the text states for the whole city is the headline's 无新增确诊病例 (with both parts' none-statements) → one confirmed_new 0, and both parts' "
        "现无…疑似病例 → suspected 0. Contacts are given for the city as a whole: close_contacts_total 2866, observation_released_total 2458; 其余 is not "
        "computed. 无症状感染者 has no metric. The page path gives 2020-04-05.",
        source="http://m.fznews.com.cn/dsxw/20200405/5e8932ce5f6a6.shtml",
    ),
    # ================================================================ 2. a wire item on one county: the last discharge, workers leaving
    dict(
        id="bl4-nr-pengan-0215-first-bus-to-shenzhen",
        text=(
            "城市镜像.新闻汇总 2020-02-16\n\n"
            "消息来源:四川在线 四川在线消息记者蒲南溪2月15日,南充市蓬安县首批52名农民工搭乘春风行动返岗专车,统一前往广东深圳市宝安区 上午10时许,蓬安汽车客运站安检、消毒等准备一切就绪后,52名来自该县福德镇、罗家镇、杨家镇、三坝乡等乡镇的返乡农民工背着行李走进客运站,在工作人员的精心组织下,体温检测、信息登记、安检、行李消毒、信息核实确认等相关流程后,他们依次登上了两辆准备就绪的大巴车 当前,全国各地在做好新冠肺炎疫情防控工作的前提下,积极组织推动各类生产企业有序复工复产 车上还推选了两名愿意为大家服务的热心乘客为车长和副车长,配合汽车驾驶员对车辆进行消毒,每隔8小时对车上人员进行体温检测 。"
        ),
        published="2020-02-16",
        city="南充市",
        expect=[],
        note="四川在线 (provincial portal) on one county, via a news-digest page that dropped the sentence punctuation (kept as found). The 52 农民工 leave "
        "蓬安 for jobs in 深圳市宝安区: workers leaving, no workers_returned for 蓬安 and nothing for 宝安区 (another city). 首批 is an ordinal; 两辆大巴车, "
        "两名…乘客, 每隔8小时 are no figures. Names the home city's county and its townships with no figure.",
        source="https://www.cititic.com/news/mm/1391614-20200216.htm",
    ),
    dict(
        id="bl4-nr-qijiang-0225-sixth-chartered-bus",
        text=(
            "02.26 綦江:跨越1300公里 包車送務工人員返崗復工\n\n"
            "重慶網絡廣播電視臺記者 馬卓\n\n"
            "昨天下午1點,載有21名建築工人的返崗客運包車,從綦江區汽車客運站出發,一路向南駛往廣東省廣州市,這也是綦江區為送務工人員返崗復工,發出的第6趟客運包車。\n\n"
            "綦江:跨越1300公里 包车送务工人员返岗复工\n\n"
            "該趟返崗專車的目的地為廣州市獅嶺鎮,行程約20餘個小時。考慮到在途時間較長,綦江區道路運輸事務中心還給大家準備了方便麵、礦泉水和口罩。據瞭解,自2月21日“愛心直通車”開通以來,綦江區已開通務工人員返崗包車6班,“點對點、一站式”將120名務工人員分別送往了天津、廣東等地,實現了疫情防控與外出就業兩不誤。"
        ),
        published="2020-02-26",
        city="重庆市",
        expect=[],
        note="重庆网络广播电视台 on one district (綦江区), via a ttnews repost (id 2020-02-27; the item's own date 02.26 is used), traditional with the "
        "simplified image caption kept as found; the interview paragraphs between are left out. The 21 builders and the 120 workers sent to 天津/广东 "
        "leave for jobs elsewhere: no workers_returned for 綦江区. 第6趟 is an ordinal; 返崗包車6班 counts chartered trips, not transport services "
        "restored: no tuple. 1300公里, 20餘個小時 are no figures.",
        source="https://p2.ttnews.xyz/a/5e575f45dc9b5e4bfd683b7b",
    ),
    dict(
        id="bl4-nr-queshan-liuzhuang-0224-buses-to-skyworth",
        text=(
            "留莊鎮(zhèn) 防控復工兩手抓 返崗工人送出發(fā)\n"
            "摘要:2月24日中午,在確山縣留莊鎮(zhèn)政府和深圳創(chuàng)維集團聯(lián)合精心組織下,兩輛返崗復工專用大巴車駛向亟待復工用人的創(chuàng)維集團所在地深圳。臨行前,縣人社局和留莊鎮(zhèn)政府負責人專程相送,并對返崗的工人作了叮囑。\n"
            "駐馬店網(wǎng)訊(記者 張新義 通訊員 任錢)“現(xiàn)在疫情還沒有完全結束,你們要注意自身防護,這車核載是48人的,現(xiàn)在只讓乘坐24人;車上不要隨意聊天,時刻保持距離。”2月24日中午,在確山縣留莊鎮(zhèn)政府和深圳創(chuàng)維集團聯(lián)合精心組織下,兩輛返崗復工專用大巴車駛向亟待復工用人的創(chuàng)維集團所在地深圳。臨行前,縣人社局和留莊鎮(zhèn)政府負責人專程相送,并對返崗的工人作了叮囑。\n\n"
            "特殊時期,留莊鎮(zhèn)黨委、鎮(zhèn)政府堅持一手抓疫情防控,確保群眾生命健康安全;一手抓復工復產(chǎn),確保經(jīng)濟社會平穩有序發(fā)展。全鎮(zhèn)持續繃緊疫情防控弦,加強對村民組、自然村的管控力度,將鎮(zhèn)村防控卡點人員及時充實到村民組,嚴格控制疫情防控期間人員流動;加強對重點人員的管控力度,建立重點人員情況日報告制度;加強對集鎮(zhèn)重點管控,對集鎮(zhèn)住戶發(fā)放通行證,每戶每三天只能一人出門,設立集鎮(zhèn)管控站點3個;嚴格人員登記手續,加強鎮(zhèn)聯防隊巡邏督查。\n\n"
            "留莊鎮(zhèn)黨委、鎮(zhèn)政府在繃緊疫情防控這根弦的同時,積極有序推進全鎮(zhèn)工業(yè)企業(yè)復工復產(chǎn),加快返崗務工人員健康證辦理程序,積極與各用工單位對接,組織人員返崗途徑。"
        ),
        published="2020-02-25",
        city="驻马店市",
        expect=[],
        note="驻马店网 on a township of 确山县, traditional with pinyin residue; the last paragraph is cut after its first sentence. Two buses take "
        "workers from 留庄镇 to 创维集团 in 深圳: workers leaving for jobs elsewhere, no workers_returned (and 创维集团 is a company outside the home city). "
        "核載48人 / 只讓乘坐24人 are seat limits; 站點3個 and 每三天…一人 are no metric. Names the home city's county with no figure. The page path gives "
        "2020-02-25.",
        source="http://m.gmzcc.com/2020/0225/575640.shtml",
    ),
    dict(
        id="bl4-nr-zhumadian-0304-byd-buses",
        text=(
            "打印页面\n\n"
            "首页 > 新闻天中 乘坐专车 返岗复工\n\n"
            "乘坐专车 返岗复工\n\n"
            "3月4日,4辆广东深圳牌照的大巴车停靠在市世纪广场大门前,来自我市各县区的100多名比亚迪员工在这里等候乘车返岗。\n\n"
            "据了解,我市有150多名居民在比亚迪工作,由于疫情至今没有返岗。随着疫情防控取得阶段性成效,我市外出务工人员陆续返岗复工。为了方便我市务工者安全有序返岗,比亚迪特派专车迎接返岗工人。\n\n"
            "  记者 李旻 摄\n\n"
            "文章来源:http://www.zmdnews.cn/2020/0306/578112.shtml"
        ),
        published="2020-03-06",
        city="驻马店市",
        expect=[],
        note="驻马店网's photo item (print view). 我市 = 驻马店 (the source line). The 100多名 比亚迪 employees board buses to 深圳: workers leaving the home "
        "city, no workers_returned for 驻马店; they have not yet reached 比亚迪 either, so no company tuple. 我市有150多名居民在比亚迪工作 counts residents "
        "employed elsewhere: no tuple. 4辆 buses are no figure. published = the date in the source path.",
        source="http://app.zmdnews.cn/print.php?contentid=578112",
    ),
    # ================================================================ 3. resumption: zones, a subdistrict, a township, companies in lists
    dict(
        id="bl4-nr-dongguan-nancheng-0225-nine-in-ten-and-firms",
        text=(
            "【复工复产】16.7万员工返岗!东莞南城复工复产企业超1.2万家\n\n"
            "2020-02-26 09:00:27来源:羊城派\n"
            "彼联科技复工后的生产车间\n\n"
            "文、图/羊城晚报全媒体记者 文聪  通讯员 文伟平 莫丽儿\n\n"
            "连日来,东莞市南城街道辖区企业有序复工复产。截至2月25日,复工企业已达12142家,返岗员工167699人,是全市首个复工企业数量突破万家的镇街。“复工企业”和“返岗员工”两项数据仍在以较大增幅逐日攀升,尤其是外资企业和规上企业,员工返岗率更为突出。\n\n"
            "南城街道有众多优质外资企业,例如金霸王(中国)有限公司、东莞海金杜门五金制品有限公司、东莞杜邦电子材料有限公司等企业的复工率都超过了九成。\n\n"
            "据东莞海金杜门五金制品有限公司有关负责人介绍,该公司原有员工182人,目前已有166名员工返岗复工,员工复工率达91%。“在做好复工复产的同时,新冠肺炎疫情防控工作丝毫不能松懈。每个员工一天4次测量体温。对于受疫情影响或在疫情地不能马上返岗的员工,公司发放正常工资。”\n\n"
            "此外,盟大集团等互联网企业、韩德塑胶等与网络相关的企业,也都已早早复工,它们充分利用互联网优势,开启云办公模式;制造业也相继开工,例如东莞市彼联机械科技有限公司,复工率超过94%,产能恢复到90%左右。该公司销售项目总监张景秋说:“公司约有170名员工,目前已有160人返岗。”"
        ),
        published="2020-02-26 09:00",
        city="东莞市",
        expect=[
            ("resumed", "南城街道", "2020-02-25", 12142, "企业", ""),
            ("workers_returned", "南城街道", "2020-02-25", 167699, "", ""),
            ("worker_return_rate", "金霸王(中国)有限公司", "2020-02-25", 90, "", "more_than"),
            ("worker_return_rate", "东莞杜邦电子材料有限公司", "2020-02-25", 90, "", "more_than"),
            ("workers_returned", "东莞海金杜门五金制品有限公司", "2020-02-25", 166, "", ""),
            ("worker_return_rate", "东莞海金杜门五金制品有限公司", "2020-02-25", 91, "", ""),
            ("worker_return_rate", "东莞市彼联机械科技有限公司", "2020-02-25", 94, "", "more_than"),
            ("workers_returned", "东莞市彼联机械科技有限公司", "2020-02-25", 160, "", ""),
        ],
        note="羊城晚报·羊城派 on one 东莞 subdistrict, via a portal (page date and time kept). 东莞 has no districts: its 街道 is the county-level unit, so "
        "南城街道 is a region of its own (reading choice). The headline's 16.7万 and 超1.2万家 round the body's 167699 and 12142 → once. 复工率都超过了九成 "
        "after a list of three firms is each listed firm's figure (a proportion in words, 90 more_than); a company's 复工率 here is its staff's return "
        "(员工复工率达91% = 166/182), so worker_return_rate with the company as region and an empty sector (reading choice). For 海金杜门 the exact 91% is "
        "the figure; the list's 九成 is not added again. 彼联's 复工率超过94% after its name is its own → 94 more_than; 160人返岗 → workers_returned; 170名员工, "
        "182人, 产能90%左右, 一天4次 are no metric. The 盟大/韩德 firms get no figure. Dates: the company figures carry no date and the page is stamped 09:00, "
        "so they are as of 2月25日, the same day as the subdistrict's 截至2月25日.",
        source="http://www.bjncw.net/jrlc/20200226/262445.html",
    ),
    dict(
        id="bl4-nr-shanghang-xikou-0224-firm-and-township-rates",
        text=(
            "24日,在上杭縣溪口鎮龍頭企業——福建家友竹竹木有限公司生產車間,工人們正戴著口罩在生產線上熟練作業,忙著趕制各類精致竹木工藝品。該廠廠長李光棚介紹,在鎮政府的貼心服務和幫助下,目前工人的返工率達到了95%。\n"
            "溪口鎮在嚴格做好疫情防控的前提下,以一站式“保姆”服務助推企業有序復工復產。該鎮成立企業復工復產工作領導小組,采取干部掛鉤責任制,實施“一人掛一企、一企施一策”,全程跟蹤服務掛鉤企業:指導各企業配備疫情防控專職管理聯絡員,聯絡員負責該企業返工人員登記和工人每天上、下班兩次體溫檢測以及廠區各場所的通風消殺等。要求各企業工人上班期間必須全程佩戴口罩、分散用餐,聯絡員和掛鉤干部每天下午在企業復工微信群反饋各企業當前存在的問題和困難,并及時給予協調解決。該鎮還為部分企業送去防疫物資,截至目前48家企業已全部復工復產,工人返工率92%。(通訊員 賴海濱)"
        ),
        published="2020-02-24",
        city="龙岩市",
        expect=[
            ("worker_return_rate", "福建家友竹竹木有限公司", "2020-02-24", 95, "", ""),
            ("sector_total", "溪口镇", "2020-02-24", 48, "企业", ""),
            ("resumed", "溪口镇", "2020-02-24", 48, "企业", ""),
            ("worker_return_rate", "溪口镇", "2020-02-24", 92, "企业", ""),
        ],
        note="A township of 上杭县 via 闽南网's 龙岩 channel (traditional); the page chrome after the signature (an unrelated 2025 item) is left out. The "
        "firm's 工人的返工率…95% comes right after its name → worker_return_rate of 福建家友竹竹木有限公司 (company region, empty sector). Reading choice: a "
        "township speaking of itself (該鎮) is its own region, like the zones; 48家企業已全部復工復產 → sector_total 48 and resumed 48 (implied once; no rate "
        "is stated, so none is added), 工人返工率92% → worker_return_rate. 兩次體溫檢測 no figure. The page shows no date: published = the story's 24日 (2月, "
        "from the 复工复产 context).",
        source="http://iosapp77.com/longyan/shanghang/2254232.html",
    ),
    dict(
        id="bl4-nr-suqian-0210-jianlu-eight-hundred-and-forecast",
        text=(
            "        生產防控“兩不誤” 宿遷全市企業有序復工\n\n"
            "        2020年02月11日08:27   來源:宿遷市廣播電視總臺\n\n"
            "          2月10日,宿遷市各地企業陸續復工復產。連日來,各企業積極做好內部防控,各地政府也全力支持生產企業復工復產,確保疫情防控和安全生產兩不誤。\n\n"
            "          記者 王銘:“現在是上午的七點三十分,我現在所在的位置是江蘇箭鹿集團制衣廠區的門口,大家可以看到,現在我身后我們的工人們正在有序的排隊,接受體溫檢測,相關的工作人員也在進行有序的記錄,大家在通過檢測之后就會進入廠區,開始全年的生產?!?/P>\n\n"
            "          箭鹿集團作為宿遷市紡織服裝的龍頭企業,是國家多個部委制服面料及服裝的定點生產企業。今天制衣、羊毛衫車間全面復工,800多名工人走上工作崗位,2月11日毛紡車間也將復工,屆時復工率將超過90%。\n\n"
            "          受疫情防控影響,不少企業還面臨著員工流失的問題。位于宿遷經開區的天合光能今年新建擴廠,員工需求量更大。為此,企業提前謀劃,進行了網上招聘。"
        ),
        published="2020-02-11 08:27",
        city="宿迁市",
        expect=[
            ("workers_returned", "江苏箭鹿集团", "2020-02-10", 800, "", "more_than"),
        ],
        note="宿迁市广播电视总台's report on a traditional mirror (leading spaces kept); the interviews between the paragraphs are left out, and the "
        "reporter's quote ends in garbled tag residue (?!?/P>), kept as found. "
        "800多名工人走上工作崗位 → workers_returned 800 more_than for the company (江蘇箭鹿集團, named in full in the reporter's words; empty sector). "
        "屆時復工率將超過90% is a forecast for 2月11日: no tuple. 今天 is the report's 2月10日 (the story opens with 2月10日; the page's 08:27 stamp on the "
        "11th is the upload). 宿遷經開區 and 天合光能 are named with no figure (a zone as a place, no tuple).",
        source="http://www-822834.com/news/shizheng/2020/02/2020-02-11452342.html",
    ),
    dict(
        id="bl4-nr-mishan-0222-thirty-firms",
        text=(
            "密山市防疫生产两不误引导企业开复工生产\n"
            "2020-02-22 20:05:50 来源:东北网 作者:范士友 葛金鑫\n"
            "东北网2月22日讯(范士友 记者 葛金鑫)在疫情防控期间,密山市一手抓疫情防控不动摇,一手抓企业开复工不放松,在给企业防控疫情“上锁”的情况下,鼓励、引导、支持企业早日开复工生产。截止到2月22日,密山市已有30家企业开复工生产。\n"
            "据了解,黑龙江东方风力发电有限公司、黑龙江福康生物科技股份有限公司等30家企业已开复工生产,近期还将有十多家企业相继开工生产。"
        ),
        published="2020-02-22 20:05",
        city="鸡西市",
        expect=[
            ("resumed", "密山市", "2020-02-22", 30, "企业", ""),
        ],
        note="东北网 (provincial portal) on a county-level city of 鸡西; the image and app-banner lines under the dateline are left out. 30家企业开复工 "
        "is said twice → once. 近期还将有十多家企业相继开工 is a forecast: no tuple. The two named companies are listed with no figure of their own.",
        source="https://heilongjiang.dbw.cn/system/2020/02/22/058350706.shtml",
    ),
    dict(
        id="bl4-nr-wulatezhongqi-0306-banner-sixty-two-percent",
        text=(
            "疫情防控期间,乌拉特中旗规模以上工业企业开工率达到62%\n\n"
            "2020-03-06 00:00:00 来源:乌拉特中旗人民政府 作者:陈瑶 责任编辑:康康 字号:T|T\n"
            "  疫情防控期间,乌中旗疫控指挥部及时印发了《关于做好疫情防控期间全旗企业生产工作的通知》、《乌拉特中旗新冠肺炎疫情防控期间工业企业复工复产工作实施意见》,明确各部门工作职责,针对疫情防控工作实际和企业复工复产需求,严格规范审批流程,落实防控措施。要求企业采取封闭管理,落实登记报告制度,做好个人防护,减少人员集聚,定期消杀防疫,强化物流管理,加强培训演练,确保做到疫病零输入、零输出、零感染、零扩散,积极促进各企业复工复产。\n"
            "  截至目前,全旗规模以上工业企业32家,已开工生产20户,开工率为62%。太平矿业、神华巴能公司等我旗重点企业产能得到恢复;新能源企业总体上运行稳定;海明、温明、永旺等矿山冶金企业近期将陆续开工;多数洗煤企业已具备开工条件,但由于煤源供应不足,暂时不能复工生产。"
        ),
        published="2020-03-06",
        city="巴彦淖尔市",
        expect=[
            ("sector_total", "乌拉特中旗", "2020-03-06", 32, "规模以上工业企业", ""),
            ("resumed", "乌拉特中旗", "2020-03-06", 20, "规模以上工业企业", ""),
            ("resumption_rate", "乌拉特中旗", "2020-03-06", 62, "规模以上工业企业", ""),
        ],
        note="A banner's (county-level) own government item via 中国小康网. 全旗/我旗 = 乌拉特中旗 (headline and source line). 开工率 of 规上工业企业 → "
        "resumption_rate; the headline restates 62%. 截至目前 → the page date; the page's 00:00:00 is a placeholder, so published carries no time (else the "
        "morning rule would move the date). 零输入、零输出 are slogans, not zero counts. 近期将陆续开工 is a forecast; the named firms get no figure.",
        source="http://xianyu.chinaxiaokang.com/xianyuzhanshi/neimenggubayannaoermengwultezhongqi/renwu/2020/0306/1602030.html",
    ),
    dict(
        id="bl4-nr-huhehaote-0224-key-firm-groups",
        text=(
            "按照自治区党委、政府以及市委、市政府统一部署,呼和浩特市工信局制定印发《呼和浩特市工业企业复工复产疫情防控工作方案》,成立5个工业企业复工复产督导工作小组。目前,这5个督导工作小组全部下沉企业一线,深入调查研究,全面了解全市253户规模以上工业企业生产运行情况以及复工复产和在职员工返呼计划,制定了“九个必须”和“五个坚持”标准,对工业企业复工复产规划了“时间表”和“路线图”,全力防止疫情在工业企业发生和稳定工业经济增长。\n"
            "呼和浩特市工信局结合复工复产工业企业实际制定了“八看、六查、三问”的复工复产审核“三步工作法”,建立市企“点对点”跟踪推进工作机制,实施日调度制,确保疫情防控无死角,落实责任全覆盖。已先后协调解决海玉科技生产原料次氯酸钠184.5吨、工业园区消毒剂1000公斤;大唐托电、呼和浩特热电、和林电厂、京能热电、齐鲁制药、阜丰生物等煤炭运输通行证300余个;返岗员工口罩7万余只。\n"
            "截至2月24日,呼和浩特市规模以上工业企业复工率为72.3%。其中,25户占工业总产值80%的重点工业企业复工率为100%,50户占工业总产值90%的重点工业企业复工率为96%。返岗员工4万人。"
        ),
        published="2020-02-26",
        city="呼和浩特市",
        expect=[
            ("sector_total", "呼和浩特市", "2020-02-26", 253, "规模以上工业企业", ""),
            ("resumption_rate", "呼和浩特市", "2020-02-24", 72.3, "规模以上工业企业", ""),
            ("sector_total", "呼和浩特市", "2020-02-24", 25, "占工业总产值80%的重点工业企业", ""),
            ("resumed", "呼和浩特市", "2020-02-24", 25, "占工业总产值80%的重点工业企业", ""),
            ("resumption_rate", "呼和浩特市", "2020-02-24", 100, "占工业总产值80%的重点工业企业", ""),
            ("sector_total", "呼和浩特市", "2020-02-24", 50, "占工业总产值90%的重点工业企业", ""),
            ("resumption_rate", "呼和浩特市", "2020-02-24", 96, "占工业总产值90%的重点工业企业", ""),
            ("workers_returned", "呼和浩特市", "2020-02-24", 40000, "", ""),
        ],
        note="内蒙古日报 (the provincial paper's e-paper) on one city. 全市253户规模以上工业企业 is the sector's size (sector_total), stated in the 目前 "
        "paragraph → the paper's date. 25户…复工率为100% → sector_total 25, resumption_rate 100 and the implied resumed 25 (as ANNOTATION's 全部复工 rule); "
        "50户…96% → sector_total 50 and resumption_rate 96 (the resumed count is not stated, not computed). 占工业总产值80%/90% are shares of output, not "
        "rates: they only name the sectors. 返岗员工4万人 → workers_returned 40000. 5个小组, 184.5吨, 1000公斤, 通行证300余个, 口罩7万余只 are no metric; the "
        "named firms get no figure.",
        source="http://szb.northnews.cn/nmgrb/html/2020-02/26/content_20567_106096.htm",
    ),
    dict(
        id="bl4-nr-dali-0215-prefecture-half-resumed-and-forecast",
        text=(
            "雲南:各地積極組織企業復工復産\n\n"
            "2020-02-18 09:24 來源: 雲南日報\n"
            "字號: 默認 超大 | 打印 |\n\n"
            "連日來,我省各地在確保疫情防控措施到位的基礎上,積極組織當地企業復工復産,努力實現一季度開好局、起好步,確保完成全年目標任務。\n\n"
            "大理州\n\n"
            "重點物資生産企業基本復工\n\n"
            "“目前全州重點物資生産企業基本都已復工復産,重點企業復産情況良好,工作正有序推進。” 2月15日,大理白族自治州工信局負責人介紹,全州131戶規模以上工業企業復工復産,佔規模以上工業企業的50.97%,預計本月內恢復生産的規模工業企業達222戶,佔全部規模工業企業的86.4%。\n\n"
            "大理州全力以赴組織企業復工復産,組建成立了企業復工復産工作專班,統籌抓好全州企業復工復産和疫情防控工作。同時,突出重點,有序推進。州工信局幫助企業及時了解掌握相關工作要求和流程,杜絕疫情發生;分類指導企業復工復産,重點支持消殺用品、藥品、生産生活必需品供應企業儘快恢復生産。\n\n"
            "楚雄州\n\n"
            "穩妥有序推進企業復産\n\n"
            "連日來,龍蟒佰利聯集團新立鈦業武定有限公司生産園區內一片繁忙景象。作為楚雄彝族自治州重點招商引資企業,龍蟒佰利聯集團去年5月與州政府簽署加快楚雄鈦産業發展合作協議。州、縣服務專班積極服務,僅用兩個多月的時間就完成檢修技改轉入生産階段,年産8萬噸高鈦渣生産線如期啟爐復産。面對疫情,公司制定了“聯防聯控方案”,對正常上班員工“三班倒”輪班,嚴格落實好安全生産要求。"
        ),
        published="2020-02-18 09:24",
        city="大理白族自治州",
        expect=[
            ("resumed", "大理白族自治州", "2020-02-15", 131, "规模以上工业企业", ""),
            ("resumption_rate", "大理白族自治州", "2020-02-15", 50.97, "规模以上工业企业", ""),
        ],
        note="云南日报's province-wide round-up (gov.cn traditional mirror) cut to its 大理 section and the first paragraph of the next one. 全州 = 大理 "
        "(the prefecture's 工信局 speaks); the figures are dated by 2月15日 in the same sentence. 131戶…佔…50.97% → resumed and resumption_rate of "
        "规模以上工业企业. 預計本月內…222戶…86.4% is a forecast: no tuple. 重點物資生産企業基本都已復工 gives no number. The 楚雄 paragraph is another "
        "prefecture's (and 年産8萬噸 is no metric): nothing expected from it.",
        source="http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2020-02/18/content_5480274.htm",
    ),
    dict(
        id="bl4-nr-changle-jinfeng-0309-firm-brought-back-hundred",
        text=(
            "長樂新聞網(wǎng)訊 3月9日,,記者走進(jìn)位于金峰鎮(zhèn)的福建經(jīng)緯集團(tuán)有限公司,,看到生產(chǎn)車間的每個(gè)門口都站著工作人員,幫員工進(jìn)行測溫,,并檢查員工的口罩,、手套等防護(hù)用品的穿戴情況,。“疫情防控期間,,廠區(qū)嚴(yán)格做好生產(chǎn)車間的人員出入管理,,保障員工身體健康和企業(yè)有序復(fù)產(chǎn)?!惫ぷ魅藛T告訴記者,。\n"
            "經(jīng)緯集團(tuán)車間負(fù)責(zé)人說:“疫情期間,金峰鎮(zhèn)成立黨員服務(wù)隊(duì),,對企業(yè)返崗員工開展徹底摸排,,同時(shí)開展高密度的防控知識宣傳和輿論引導(dǎo),利用微信,、釘釘?shù)绕脚_,,及時(shí)發(fā)布疫情動(dòng)態(tài)及政府采取防控措施,打造了良好的防疫環(huán)境,,幫助企業(yè)快速地復(fù)工復(fù)產(chǎn),。”\n"
            "和大多數(shù)企業(yè)一樣,,經(jīng)緯集團(tuán)在復(fù)工復(fù)產(chǎn)中面臨的最大問題就是員工返崗復(fù)工,。金峰鎮(zhèn)積極幫助企業(yè)協(xié)調(diào)員工返崗難的問題,采用了返崗直通車,,專機(jī)專列等方式,,幫助企業(yè)接回員工百余人。每輛返崗專車進(jìn)廠前都要先消毒,,并在廠區(qū)監(jiān)測點(diǎn)進(jìn)行體溫測量,、信息核對。經(jīng)緯集團(tuán)有關(guān)負(fù)責(zé)人說:“在金峰鎮(zhèn)和有關(guān)部門的竭誠服務(wù)下,,復(fù)產(chǎn)率已經(jīng)達(dá)到了80%,。”"
        ),
        published="2020-03-12",
        city="福州市",
        expect=[
            ("workers_returned", "福建经纬集团有限公司", "2020-03-09", 100, "", "more_than"),
        ],
        note="長樂新聞網 (the 长乐 district's own site) on one township and its big firm, via a mirror with pinyin residue, doubled commas and a garbled "
        "quote (kept as found); the paragraph on the township's whole economy is left out (its sentence is cut on the page). The township "
        "接回員工百余人 for the firm named in the same paragraph → workers_returned 100 more_than of 福建经纬集团有限公司 (company region, empty sector), "
        "dated the reporter's visit 3月9日. 復產率…80% is production restored, not 复工率: no metric (reading choice). 金峰鎮 itself gets no figure. "
        "published = the date in the mirror's path.",
        source="https://duobangwang.com/html/9/20200312/5e698f22cb5cc.shtml",
    ),
    dict(
        id="bl4-nr-yuhuan-0223-buses-bring-workers-back",
        text=(
            "70多個小時3000多公里 玉環首批“返崗大巴”回來了!\n"
            "2020年02月24日 來源: 浙江在線 通訊員 林俐 董伯志\n\n"
            "  浙江在線-臺州頻道2月24日訊(浙江在線通訊員 林俐 董伯志)“玉環,我們回來啦!”\n\n"
            "  2月23日下午2時許,玉環市首批始發的5輛“返崗大巴”在經過70多個小時,經過往返1600多公里的長途跋涉后,從貴州德江順利帶回130多位“家人”,平安返玉。\n\n"
            "  時間:下午1時許\n\n"
            "  “玉環市歡迎返崗人員回家”。當天下午1時許,雖“返崗大巴”還未到站,但在市客運中心的長途下車口早已拉起了歡迎橫幅。\n\n"
            "  一旁,焦急等待“家人”回歸的各企業負責人手舉著標有企業名稱的紅色“接工牌”。\n\n"
            "  “想著他們即將就要回來了,我們很開心。”浙江濤源銅業有限公司的工作人員林江說,當天中午12點多,他就急忙從企業出發趕來接人了。\n\n"
            "  據悉,本次“返崗大巴”中,有14位是來自浙江濤源銅業有限公司的一線員工。"
        ),
        published="2020-02-24",
        city="台州市",
        expect=[
            ("workers_returned", "玉环市", "2020-02-23", 130, "", "more_than"),
            ("workers_returned", "浙江涛源铜业有限公司", "2020-02-23", 14, "", ""),
        ],
        note="浙江在线's 台州 channel on a county-level city of 台州 (traditional mirror; a spam banner and the site menu above the headline are left out). Workers "
        "brought back from 贵州 to jobs in 玉环 are workers returning: 帶回130多位“家人”,平安返玉 → workers_returned 130 more_than for 玉环市 on 2月23日 "
        "(the opposite of the workers-leaving cases: here the home place receives them). 有14位是來自浙江濤源銅業有限公司的一線員工 → the company's own "
        "workers_returned 14 (company region, empty sector). 5輛, 70多個小時, 1600多/3000多公里, 12點多 are no figures; 首批 is an ordinal.",
        source="http://hanfengnongye.com/tzxw/202002/t20200224_11704977.shtml",
    ),
    dict(
        id="bl4-nr-beihai-ftz-0224-zone-return-rate",
        text=(
            "北海 各地包车接送员工 吹响返工复产号角\n\n"
            "广西日报 2020-02-26 06:59 大字\n\n"
            "“今天在家门口附近就可上车,免除了找不到交通工具复工和担心沿途被感染的风险,政府部门的这个措施为我们解了后顾之忧!”2月23日,合浦县常乐镇的年轻小伙小苏平安抵达位于北海综合保税区的公司。\n\n"
            "北海综合保税区管委会介绍,为保证综保区的企业员工顺利接送,自2月22日起,管委会专程派出人员前往合浦县各乡镇,并组织当地员工,包专车免费接员工返岗。目前北海综合保税区管委会共免费接送员工200余人。截至2月24日,综保区员工返岗率51.6%。下一步,将继续包专车前往钦州、玉林等城市,接送员工返岗。\n\n"
            "本报记者管林华通讯员李辉"
        ),
        published="2020-02-26 06:59",
        city="北海市",
        expect=[
            ("workers_returned", "北海综合保税区", "2020-02-25", 200, "", "more_than"),
            ("worker_return_rate", "北海综合保税区", "2020-02-24", 51.6, "", ""),
        ],
        note="广西日报 (provincial paper) on a zone of 北海, via a 合浦 news page (its recommended-news chrome left out). The zone keeps its full name "
        "(北海综合保税区; 综保区 is its short form). Workers fetched from 合浦县 (same city) to the zone's firms are workers returning to the zone: 共免费"
        "接送员工200余人 → workers_returned 200 more_than; it is undated (目前) on a page stamped 06:59, so as of the day before, 2月25日. 截至2月24日…员工"
        "返岗率51.6% → worker_return_rate. The trips planned to 钦州、玉林 are a plan and other cities: no tuple. 小苏's arrival is one person's story.",
        source="https://m.yybnet.net/beihai/hepu/202002/10226430.html",
    ),
    # ================================================================ 4. pages that name the place with no figure
    dict(
        id="bl4-nr-xingguo-0217-notice-buses-from-19th",
        text=(
            "首页 > 资讯 > 焦点关注\n"
            "2020年2月17日,兴国县新型冠状病毒感染的肺炎疫情防控应急指挥部发布了第5号公告,其中第九条规定:“有序恢复县际班线、公交车、出租车、农村客运等公共交通”。根据公告,为防止公共交通工具传播新冠肺炎疫情,县交通运输部门正在按照要求督促客运企业做好上述公共交通工具的性能检测、消杀、从业人员疫情防控知识培训、防护物资准备等复运工作,2月19日可开通均村乡到兴国县县城的班车。\n"
            "TAG:兴国县 疫情 公共交通 肺炎 防控"
        ),
        published="2020-02-17",
        city="赣州市",
        expect=[],
        note="A portal's item on a county's notice (page chrome kept). 第5号公告, 第九条 are ordinals; the notice orders transport to resume and a 班车 line "
        "may open on 2月19日: a plan, not services restored → no tuple. Names the home city's county with no figure. The page shows no date: published = "
        "the notice's date.",
        source="http://m.kidbbs.com/news/jiaodian/217405.html",
    ),
    dict(
        id="bl4-nr-bozhou-0304-bus-riders-no-metric",
        text=(
            "出行市民多了起来\n"
            "乘坐公交出行的乘客逐渐增多\n"
            "3月4日上午,在市区报业传媒小区公交站台,市民刘友芳带着5岁的小侄女在等公交车,“车怎么还没来呢?我最喜欢坐公交车了。”等车的过程中,小朋友不时向公交车来的方向张望,虽然戴着口罩,依然难掩脸上的兴奋。刘友芳表示,这是她们春节后第一次坐公交车,“平时出门都是开私家车,现在咱亳州划为低风险地区了,也能放心地坐公交车了。”\n"
            "很快,一辆118路公交车停到站台。车门旁边的车窗上,张贴着“此车已消毒,请放心乘坐”的提示语,洁净的车厢里,弥漫着消毒水的味道,车厢前方的电子屏上滚动着提醒乘客做好疫情防护的字幕。驾驶员田美丽告诉记者,今天的乘客明显多了起来,每一站几乎都有人上下车,而在她三天前上的那次班上,整趟车也只拉了几个乘客。\n"
            "记者从亳州公交公司了解到,在疫情最严峻的上个月中旬,每天公交出行的只有约1400名乘客,而在3月1日,这一数据增长到7800人。目前该公司正在逐步恢复运力,同时做好场站、首末站的消毒工作,保证市民的公交出行安全、舒心。\n"
            "在谯城公交首末东站、亳州汽车南站等车站,记者了解到,发车班线都已恢复,出行人数也在不断增长,人们在做好疫情防护的同时,陆续奔向各自的目的地。(记者路振杰文/图)"
        ),
        published="2020-03-04",
        city="亳州市",
        expect=[],
        note="The city evening paper's street scene (亳州晚报 on a yybnet page; the page's recommended-news chrome is left out). Daily riders (约1400名, "
        "7800人) are passengers, not a metric; 118路 is a route number; 5岁 an age; 发车班线都已恢复 gives no count → no services_resumed. Names the city, "
        "a district (谯城) and its stations with no figure. The page shows no date: published = the story's 3月4日.",
        source="https://m.yybnet.net/bozhou/news/202003/10254981.html",
    ),
]
