"""Fourteenth BLIND table of golden cases taken from REAL narrative local news (January–April 2020).

Each of the 14 entries is a short verbatim excerpt in which a prefecture-level city, one of its counties, districts,
county-level cities or development zones, or a firm inside it tells its own story, or in which an outlet tells one
place's story: a newspaper's case story on the city's first two cases (松原), a city bulletin with case stories relayed
by a county outlet (萍乡, via 今日芦溪), a provincial news site's zone resumption story on a mirror (东营's 河口经济开发区,
traditional with pinyin residue, no figure), a city case report machine-rewritten on a content farm (嘉兴, garbled), a
city paper's notice ruling out suspected cases (淮北, no figure), a city paper's case story (韶关), a provincial paper's
county-level-city resumption story (玉林's 北流市), a wire story on a discharge named by an ordinal (鄂尔多斯), a city
news site's zone story on a mirror (枣庄's 台儿庄经济开发区, traditional with residue), a provincial site's report of a
city press conference (玉林), a county resumption story on 人民网 (自贡's 荣县), a business paper's zone feature on a mirror
(西安经开区, traditional with residue), a discharge story on ttnews (阳江, traditional) and a city paper's project story
(渭南). `city` names the prefecture-level home city in full. `expect` lists every tuple the text supports for that city,
for its districts, counties, zones and towns, and for any firm the text gives a figure to; each tuple reads
(metric, region, as_of_iso_date, value, sector, qualifier).

How it was made: the annotations come from the texts alone, under the binding rules of tests/cases/ANNOTATION.md and
shared/gold/FORMAT.md (and the dev_cases.py docstring they point to). Nothing of the extractor was opened or run, and
no test was run. From the other tables only blind13_narrative.py's docstring and its first two entries were read, for
the layout; the `city=` lines of all blind*.py tables were grepped for their home cities (215 cities; none of this
table's 13 home cities is among them, and no blind14 feeds table existed when the file was written), and the overlap
checks below were run with `grep -rlF` (file names only). The texts were found with the `search` tool (corpus `pages`;
one `code` search for GitHub archives of local news found only dashboards and data code); each text is what the search
showed of its page.

Fourteen entries, in the 12–20 asked for: the `pages` corpus is very heavily mined. About 75 searches (unused cities
one by one with their counties, county outlets and 融媒体 wording, discharge, 双清零, resumption, 复工率/百分点 and
workers-leaving stories, traditional-character queries) surfaced some 45 candidate pages from unused home cities; 30
went through the full overlap check: 14 were kept, 12 dropped for an overlap and 4 for other reasons (two undated, two
second pages of a kept city). No entry was padded in.

Overlap and exclusion checks: for every candidate the URL's distinctive part and three to six distinctive 12–20-character
snippets (headlines, figures with their nouns, names of firms, people and villages) were converted with OpenCC to
simplified (t2s) and to traditional (s2t), and each form, with the snippet as found, was grepped with `grep -rlF` across
tests/cases and tests/data; every kept excerpt was then converted whole to simplified and twelve 15-character windows
spread over it were grepped, each also in traditional. Kept texts have no hit. Judged boilerplate, not a hit: the
standard 复工 checklist "、员工排查到位、设施物资到位、" (北流; the 六个到位 list recurs in other places' stories in
blind9/12/13_narrative, none of them 北流's), the generic phrase "病毒感染的肺炎确诊病例22例," (萍乡; eval_realworld's hit is
another place's total), and two windows made of pinyin residue of common words, "產(chǎn)車(chē)間內" (东营) and
"進(jìn)企業(yè)復(f" (枣庄), whose hits in blind5/blind6_narrative are other stories. The per-place lists kept (萍乡's seven
places, 嘉兴's eight districts, 西安经开区's five trades) were grepped and occur in no table.
Dropped for an overlap (12): 定西's 陇西 discharges (dev_narrative), 宜春's 2月19日 bulletin (dev_realworld), 黄山's 1月29日
case report in traditional characters (holdout_realworld), 运城's first severe case discharged (dev_feeds,
dev_narrative), 平凉's 崇信 workers leaving by bus (eval_narrative), 开封's 2月1日 bulletin (dev_realworld), 西安's eight
discharges of 2月22日 (holdout_feeds), 西安's 五上 firms of 3月23日 (eval_realworld), 池州's 东至县 report in traditional
characters (holdout_realworld), 松原's 2月20日 bulletin (holdout_realworld; the case story from the same city was kept),
安阳's four discharges (eval_narrative) and 铁岭's twenty days without a new case (eval_feeds). Dropped for other
reasons: pages whose figures no text ties to a day (an undated 保定 list, a 朝阳 凌源 zone's 98%, a 华蓥 notice with no year
and no naming of the county before the figures), second pages of a kept city (a 淮北 bulletin, a 韶关 discharge), pages of other years (a 2022 泰安 compilation, a 2020-11 淮北 repost, a
May 2020 大同 survey, 2021–2022 pages on 紫云, 勐腊, 洛阳, 吉林 and 西安), a 潮州 page with no address, province-level stories
with no home-city figure (西藏's only patient, 甘肃 and 山西 round-ups) and a 黄山 notice of scenic spots to reopen (a plan,
not a figure). Every excerpt and what the search showed of each page was checked for the reserved city and for Hunan
places and outlets (two 新宁/邵阳 case pages, 红网's relay of a 黑龙江 bulletin, two 湖南 provincial bulletins, a
长沙/株洲/岳阳 clearing page and a 湖南 workers' bus page surfaced and were dropped); none is kept. None comes from the DXY feed, a mirror of it or a site reposting its
live reports.

Home cities and outlets (14 cases, 13 home cities, 10 provinces and regions):
  松原市 (吉林; 中国新报's site: the first two cases, 121 contacts) · 萍乡市 (江西; the city bulletin on 今日芦溪) · 东营市 (山东;
  大众网·海报新闻 on a mirror, traditional, no figure) · 嘉兴市 (浙江; a content-farm rewrite, garbled) · 淮北市 (安徽; 淮北日报,
  no figure) · 韶关市 (广东; 韶关日报 on a mirror) · 玉林市 ×2 (广西; 广西日报 on gxcounty: 北流市's 76/45 firms; 广西新闻网 on a
  mirror: the city's 11/7/4) · 鄂尔多斯市 (内蒙古; 中新网 on 中国发展网) · 枣庄市 (山东; 枣庄新闻网 on a mirror, traditional:
  台儿庄经济开发区's 9 firms) · 自贡市 (四川; 人民网: 荣县's 926 firms, 84.34%) · 西安市 (陕西; 每日经济新闻 on a mirror,
  traditional: 经开区's 1455 firms by trade) · 阳江市 (广东; 南方+ on ttnews, traditional) · 渭南市 (陕西; 渭南日报 on yybnet:
  projects by level).
Texts are copied as found: traditional characters with pinyin residue ("開發(fā)區(qū)", "企業(yè)"), a one-line bulletin with
single spaces between its parts (萍乡), a machine rewrite's garbling ("住秀洲区王镇", "2 号令"). Lines of page chrome
(source/time lines, word counts, image file names, view counters), paragraph indentation and blank lines, and paragraphs
not needed were dropped; a paragraph is only cut after a full sentence. `published` is the date (and time) the page
shows; where it shows none or a broken one, the note says what stands in for it (a date in the page address, a
signature date, the story's own as-of day).

Ways of writing covered (number of cases; see the notes):
  (1) counts in words (4): 两名确诊病例 (松原), 两例/又有2例 (阳江), 三个服务工作组 (枣庄, no figure), 每天两次 (东营, no figure);
  (2) discharge stories (2): 阳江's 2 with the city's totals; 鄂尔多斯's 第6例 (an ordinal, no recovered_new);
  (3) county and zone stories (6): 北流市 (玉林), 荣县 (自贡), 台儿庄经济开发区 (枣庄), 经开区 (西安, the city's name dropped),
    经济技术开发区 and 武功山风景名胜区 (萍乡), 经济开发区 (嘉兴, written without the city's name);
  (4) resumption counts and rates (4): firms (北流, 荣县, 台儿庄, 西安 by trade), a rate (荣县 84.34%), projects by level with
    sector totals (渭南);
  (5) workers not counted as returned (1): 东营's 7 workers back home but not at work;
  (6) pages naming the city with no figure (2): 东营, 淮北;
  (7) patients' origins and homes not read as places' figures (5): 宜春市来萍 (萍乡), 新丰 (韶关), 乾安县 (松原), 达拉特旗
    (鄂尔多斯), 海陵岛 (阳江), 湘东区/安源区 addresses (萍乡);
  (8) other places' figures beside the home city's (2): 内蒙古's 17 (鄂尔多斯), 境外/湖北 travel splits (玉林);
  (9) ordinals that are not counts (5): 首例/第2例 (松原), 病例21/22 (萍乡), 第6例 (鄂尔多斯), 排除疑似病例1-4 (淮北), 患者一/二 (阳江);
  (10) 全部解除 after a count of contacts (1): 鄂尔多斯's 302 (observation 0).

Reading choices made here where the binding conventions are silent or open (each note says which; unsure ones say so):
* Open readings of ANNOTATION.md: the first-listed reading is followed wherever one applies — 鄂尔多斯's 第6例…治愈出院
  gives no recovered_new; 302名密切接触者全部解除隔离 gives observation 0. No local-only count, short prefecture name,
  garbled place name, intensive-care count or 危重症 inside a cumulative breakdown occurs in the kept texts.
* A count of a city's contacts before 全部解除 (鄂尔多斯 302) or 已全部追踪管理到位 (松原 121) is also read as
  close_contacts_total (unsure).
* 开复工 (new starts and resumptions reported together) is read as resumed, and so is a ceremony's 集中开工项目217个
  (渭南; unsure).
* (含韩城12个) inside a count of provincial projects is read as a breakdown of one: sector_total 12 for 韩城市 (unsure).
* A discharge story whose headline and lead make the city the subject (阳江) is read as the city's recovered_new, as in
  blind13 (unsure); a dated confirmation of two named patients (1月26日夫妻二人确诊, 阳江) is read as their history, not
  the day's confirmed_new (unsure).
* "5例重症病例" beside a cumulative total in a Zhejiang-style report is read as the current severe count (嘉兴; unsure).
* Firms that kept running through the holiday (台儿庄's 5家民生、防疫企业) are not counted as resumed; workers who came back
  to town but are not at work (东营's 7名) are not workers_returned.
* Regions, firms and sectors of traditional-character texts are written in simplified characters, as in the other tables.
"""

CASES = [
    dict(
        id="b14n01",
        text=(
            "1月23日,吉林省松原市诊断报告首例新型冠状病毒感染的肺炎输入性病例孙某甲;1月26日,报告第2例新型冠状病毒感染的肺炎继发病例孙某乙。孙某甲与孙某乙为父子关系。两人途径沈阳。\n"
            "患者孙某甲,男,63岁,松原市乾安县人,1月10日从北京去往武汉市,期间去过黄鹤楼、长江大桥、武汉大学、东湖等景点旅游,于13日上午从武汉市武昌站去往黄石市,乘亲属自驾车到阳新县韦原口镇下陈村参加婚礼。\n"
            "1月22日孙某乙带孙某甲因发烧到乾安县人民医院发热门诊就诊,之后直接收入传染病病房进行隔离治疗。目前两名确诊病例的密切接触者,松原境内的121人已全部追踪管理到位,域外密切接触人员已移交相关省、市进行追踪管理。121名密切接触者已纳入医学观察管理,目前无异常症状。截至2月2日8时,松原市无新增确诊病例。"
        ),
        published="2020-02-03",
        city="松原市",
        expect=[
            ("confirmed_total", "松原市", "2020-02-02", 2, "", ""),
            ("close_contacts_total", "松原市", "2020-02-02", 121, "", ""),
            ("observation", "松原市", "2020-02-02", 121, "", ""),
            ("confirmed_new", "松原市", "2020-02-02", 0, "", ""),
        ],
        note=(
            "A 中国新报 case story on its own site (zgxbrmw.com): the city's first two cases, father and son. The page shows no"
            " date; the date in its address (difang_0203) stands in for `published`. A paragraph on the son's train journey"
            " (1月16日-20日) was dropped between the second and third paragraphs. 首例/第2例 are ordinals, so the 1月23日 and 1月26日 "
            "reports give no confirmed_new. Count in words: 目前两名确诊病例 → confirmed_total 2; 松原境内的121人 (contacts traced inside"
            " the city) → close_contacts_total 121 (unsure: contacts outside the city were handed to other provinces, so th"
            "e city's own total could be read as larger, or 121 read only as the observation count); 121名密切接触者已纳入医学观察管理 → o"
            "bservation 121; 截至2月2日8时,松原市无新增确诊病例 → confirmed_new 0. 目前 takes 2月2日, the only date of that paragraph in a sen"
            "tence with a figure (1月22日 dates a sentence with no figure). 乾安县 is the patient's home county and 北京, 武汉, 黄石, "
            "阳新县, 沈阳 and 山东东营 his travels: no tuple. Ages, 13日, the train number and seat are no figures."
        ),
        source="http://zgxbrmw.com/2020/difang_0203/7089.html",
    ),
    dict(
        id="b14n02",
        text=(
            "2020年2月4日萍乡市新型冠状病毒感染的肺炎疫情情况 根据江西省卫生健康委2月5日通报,2020年2月4日0-24时,萍乡市新增新型冠状病毒感染的肺炎确诊病例2例。 新增确诊病例分别为:病例21、患者胡某某,男,45岁,现住址萍乡市湘东区腊市镇明塘村胡家屋场,2020年1月19日从湖北十堰市经武汉抵萍,2020年2月4日入萍乡市第二人民医院隔离治疗。目前病情稳定。病例22、患者梁某,男,48岁,现住址萍乡市安源区高坑镇新华村车谷岭,2020年2月2日入萍乡市第二人民医院隔离治疗。目前病情稳定。截至2月4日24时,萍乡市累计报告新型冠状病毒感染的肺炎确诊病例22例,其中萍乡经济技术开发区累计4例,莲花县累计4例,芦溪县累计4例,安源区累计3例,湘东区累计3例,上栗县累计2例,武功山风景名胜区累计1例,宜春市来萍1例。累计治愈出院1例,为湘东区病例。目前追踪到密切接触者224人,已解除医学观察37人,尚有187人正在接受医学观察。 萍乡市卫生健康委员会 2020年2月5日"
        ),
        published="2020-02-05",
        city="萍乡市",
        expect=[
            ("confirmed_new", "萍乡市", "2020-02-04", 2, "", ""),
            ("confirmed_total", "萍乡市", "2020-02-04", 22, "", ""),
            ("confirmed_total", "经济技术开发区", "2020-02-04", 4, "", ""),
            ("confirmed_total", "莲花县", "2020-02-04", 4, "", ""),
            ("confirmed_total", "芦溪县", "2020-02-04", 4, "", ""),
            ("confirmed_total", "安源区", "2020-02-04", 3, "", ""),
            ("confirmed_total", "湘东区", "2020-02-04", 3, "", ""),
            ("confirmed_total", "上栗县", "2020-02-04", 2, "", ""),
            ("confirmed_total", "武功山风景名胜区", "2020-02-04", 1, "", ""),
            ("recovered_total", "萍乡市", "2020-02-04", 1, "", ""),
            ("recovered_total", "湘东区", "2020-02-04", 1, "", ""),
            ("close_contacts_total", "萍乡市", "2020-02-04", 224, "", ""),
            ("observation_released_total", "萍乡市", "2020-02-04", 37, "", ""),
            ("observation", "萍乡市", "2020-02-04", 187, "", ""),
        ],
        note=(
            "The city health commission's 2月4日 bulletin with two case stories, relayed by 今日芦溪 (jinriluxi.com, a 芦溪县 outlet"
            "), copied as one run of text with its single spaces; a trailing page counter after the signature was dropped. "
            "`published` is the signature date (2020年2月5日); the figures carry 2月4日 (0-24时, 截至2月4日24时; 目前 takes the same par"
            "agraph's date). 萍乡经济技术开发区 → 经济技术开发区 (a zone of a kind a city has one of, written with the city's name before i"
            "t); 武功山风景名胜区 keeps its name. 宜春市来萍1例 is a patient's origin: no tuple (another city). 为湘东区病例 is a breakdown of "
            "one of the recovered total. The new cases' home addresses (湘东区腊市镇, 安源区高坑镇) describe patients: no confirmed_new"
            " for those districts. 病例21/病例22 are ordinals; 湖北十堰, 武汉 are origins; the province's 2月5日 notice dates no figure"
            " of its own."
        ),
        source="http://m.jinriluxi.com/p/2059.html",
    ),
    dict(
        id="b14n03",
        text=(
            "東營(yíng)市河口經(jīng)濟(jì)開(kāi)發(fā)區(qū)企業(yè)有序復(fù)工復(fù)產(chǎn)\n"
            "大眾網(wǎng)·海報(bào)新聞東營(yíng)2月7日訊(記者 李夢(mèng)雨 通訊員 張學(xué)榮)2月6日,東營(yíng)市河口經(jīng)濟(jì)開(kāi)發(fā)區(qū)部分工業(yè)企業(yè)在采取積極的防控措施、保障員工健康安全前提下,分類施策,靈活安排,有序復(fù)工復(fù)產(chǎn)。\n"
            "在企業(yè)醫(yī)藥中間體生產(chǎn)車(chē)間內(nèi),工人們戴著口罩,在各個(gè)崗位有序開(kāi)展生產(chǎn)活動(dòng),廠區(qū)內(nèi),隨處可見(jiàn)新型冠狀病毒感染肺炎疫情的防控知識(shí)宣傳。\n"
            "匯海醫(yī)藥化工有限公司總經(jīng)理王樂(lè)強(qiáng)表示,東營(yíng)市新型冠狀病毒感染的肺炎疫情防控工作啟動(dòng)后,匯海醫(yī)藥迅速成立了疫情防控工作領(lǐng)導(dǎo)小組,號(hào)召全體職工參與到疫情防控工作中,安排專(zhuān)人每天兩次在辦公區(qū)、食堂、職工公寓、公共區(qū)域開(kāi)展消殺,確保企業(yè)內(nèi)部環(huán)境衛(wèi)生。對(duì)上崗員工,實(shí)施彈性工作機(jī)制,協(xié)調(diào)開(kāi)展值班上崗,減少人員流動(dòng)、接觸。7名因探親從外地返回河口的職工按照疫情防控工作要求,在家進(jìn)行自主隔離觀測(cè),暫時(shí)未到企業(yè)上班。"
        ),
        published="2020-02-07 18:10",
        city="东营市",
        expect=[],
        note=(
            "A 大众网·海报新闻 resumption story on a mirror (huayl.cn), traditional with pinyin residue, copied as found; the page"
            "'s source line, an image file line and a cut-off last paragraph were dropped. A real local story naming the ci"
            "ty and a zone of its 河口区 with no figure of any metric: 部分工业企业 resumed (no count); 7名…职工…暂时未到企业上班 counts worker"
            "s who came back to 河口 but are NOT at work yet — no workers_returned (and no firm-level tuple for 汇海医药化工有限公司 ei"
            "ther); 每天两次 is a frequency. One of the table's two no-figure cases."
        ),
        source="http://www.huayl.cn/dyxw/202002/t20200207_4978913.htm",
    ),
    dict(
        id="b14n04",
        text=(
            "2020年2月8日零时至24时,嘉兴市秀洲区新增1例新型冠状病毒感染肺炎确诊病例。确诊病例,女,69岁,住秀洲区王镇天乐村11组。在2月8日的集中隔离医学观察中,确诊病例的婆婆被诊断为感染新型冠状病毒的肺炎。目前,病人在指定的医疗机构接受隔离治疗。\n"
            "新增1例来自秀洲区,嘉兴新增病例详情发布\n"
            "截至2月8日24时,嘉兴市共有38例肺炎确诊病例,5例重症病例,1例出院。确诊病例中,南湖区8例,秀洲区12例,经济开发区2例,嘉善县5例,平湖市2例,海盐县1例,海宁市4例,桐乡市4例。目前,已追踪1473名密切接触者,1047人正在接受医学观察。"
        ),
        published="2020-02-08",
        city="嘉兴市",
        expect=[
            ("confirmed_new", "秀洲区", "2020-02-08", 1, "", ""),
            ("confirmed_total", "嘉兴市", "2020-02-08", 38, "", ""),
            ("severe", "嘉兴市", "2020-02-08", 5, "", ""),
            ("recovered_total", "嘉兴市", "2020-02-08", 1, "", ""),
            ("confirmed_total", "南湖区", "2020-02-08", 8, "", ""),
            ("confirmed_total", "秀洲区", "2020-02-08", 12, "", ""),
            ("confirmed_total", "经济开发区", "2020-02-08", 2, "", ""),
            ("confirmed_total", "嘉善县", "2020-02-08", 5, "", ""),
            ("confirmed_total", "平湖市", "2020-02-08", 2, "", ""),
            ("confirmed_total", "海盐县", "2020-02-08", 1, "", ""),
            ("confirmed_total", "海宁市", "2020-02-08", 4, "", ""),
            ("confirmed_total", "桐乡市", "2020-02-08", 4, "", ""),
            ("close_contacts_total", "嘉兴市", "2020-02-08", 1473, "", ""),
            ("observation", "嘉兴市", "2020-02-08", 1047, "", ""),
        ],
        note=(
            "The city's 2月8日 case report machine-rewritten on a content farm (jiuxincar.com), garbling kept (住秀洲区王镇, '确诊病例的"
            "婆婆被诊断为…', the title repeated as an image caption between the two paragraphs); a word-count line and an advice "
            "paragraph were dropped. The page shows no date: the story's own as-of day stands in for `published`. 嘉兴市秀洲区新增1"
            "例 → confirmed_new 1 for 秀洲区 only (the city's new count is not stated as such; no sum is made). The breakdown s"
            "ums to 38. 经济开发区 is written without the city's name and keeps it. 5例重症病例 is read as the current severe count ("
            "NHC-style wording beside the total; unsure: could be read as cumulative). 1例出院 in the cumulative sentence → re"
            "covered_total. 目前 takes 2月8日 of the same paragraph. 69岁 and 11组 are no figures."
        ),
        source="http://jiuxincar.com/jxxw/1106.html",
    ),
    dict(
        id="b14n05",
        text=(
            "我市排除4例新型冠状病毒肺炎疑似病例\n"
            "对照国家卫生健康委发布的《新型冠状病毒感染的肺炎诊疗方案(试行第五版)》,我市坚持“早发现、早报告、早隔离、早治疗”的原则,对收治患者认真进行筛查、诊断、救治,2020年2月8日又有4例疑似病例经实验室连续两次核酸检测均为阴性,专家组决定排除疑似病例。现将排除疑似病例的情况通报如下:\n"
            "排除疑似病例1:赵某某,女,52岁,居住在烈山区古饶镇山西村大杨家。2月1日公布为疑似病例。2月8日,经专家组决定排除疑似。\n"
            "排除疑似病例2:赵某某,女,50岁,居住在濉溪县经济开发区金桂花园小区。2月4日公布为疑似病例。2月8日,经专家组决定排除疑似。\n"
            "排除疑似病例3:余某某,男,20岁,居住在相山区三堤口街道余庄社区。2月3日公布为疑似病例。2月8日,经专家组决定排除疑似。\n"
            "排除疑似病例4:王某某,女,31岁,居住在相山区东街道供电社区。2月4日公布为疑似病例。2月8日,经专家组决定排除疑似。\n"
            "淮北市新型冠状病毒感染的\n"
            "肺炎疫情防控应急综合指挥部办公室\n"
            "2020年2月9日"
        ),
        published="2020-02-10",
        city="淮北市",
        expect=[],
        note=(
            "A 淮北日报 page (A02) printing the city headquarters' notice that four suspected cases were ruled out. It names th"
            "e city, 濉溪县, 烈山区 and 相山区 but states no figure of any metric: ruled-out suspected cases (排除4例/又有4例疑似病例) have no"
            " metric and the current suspected count is not given. 第五版, 排除疑似病例1-4 are ordinals; ages, the 2月1日-4日 listing d"
            "ates and 两次 are no figures. One of the table's two no-figure cases. Signature date 2020年2月9日, printed 2月10日."
        ),
        source="http://epaper.hbnews.net/epaper/hbrb/pc/content/202002/10/content_36108.html",
    ),
    dict(
        id="b14n06",
        text=(
            "13日韶关市新确诊1例新冠肺炎病例\n"
            "2月13日,广东省卫生健康委确认,韶关市新确诊1例新型冠状病毒肺炎病例,该病例为男性,26岁,户籍新丰,长期居住在佛山顺德区,1月23-27日到香港探亲,1月28日回到新丰县丰城街道,主要到过优滋鲜果店、龙围市场、大润欢超市、中心市场、西门广客隆等地,2月9日因咳嗽、咽痛就诊并被隔离治疗,当日核酸检测呈阴性,2月10日、12日两次核酸检测呈阳性,诊断为确诊病例。根据流行病学调查,该病例与香港确诊病例有接触史。目前患者已在市定点医疗机构隔离治疗,生命体征平稳,防控部门已对与其密切接触者实施集中隔离医学观察。目前韶关市累计确诊病例8例。\n"
            "为保障您和家人的身体健康,温馨提示:\n"
            "一、疫情发生地来韶人员,请您在抵韶之日主动向所在居委/村委、单位或者入住的酒店等申报,需要实施14天隔离医学观察,请自觉接受居委/村委干部、医护人员、民警组成的“三人工作小组”的健康管理。"
        ),
        published="2020-02-14 09:01",
        city="韶关市",
        expect=[
            ("confirmed_new", "韶关市", "2020-02-13", 1, "", ""),
            ("confirmed_total", "韶关市", "2020-02-13", 8, "", ""),
        ],
        note=(
            "A 韶关日报 case story on a news mirror (kcqsx.com); the page's source/time line and the later prompts to readers w"
            "ere dropped after the first one. Headline and lead: 韶关市新确诊1例 on 2月13日 → confirmed_new 1; 目前韶关市累计确诊病例8例 takes t"
            "he paragraph's date 2月13日 (the morning publication time does not move dated figures). 户籍新丰 / 回到新丰县 describe th"
            "e patient: no tuple for 新丰县; 佛山顺德区 and 香港 are other places. 26岁, 1月23-27日, 2月10日、12日两次, 14天 and 三人工作小组 are no "
            "figures."
        ),
        source="http://m.kcqsx.com/shaoguan/202002/859343.html",
    ),
    dict(
        id="b14n07",
        text=(
            "2月15日,在北流南达时装针织有限公司的生产车间内,记者看到部分机器正在运转,工人们在各自岗位上有条不紊地忙碌着。\n"
            "“公司部分生产车间已经复工第6天了,到下个星期一,其他一些车间也开始上班,计划下个星期把产能尽量追上来。”南达时装针织有限公司负责人胡超群说,公司在抓好生产的同时,坚持做好疫情防控工作。\n"
            "连日来,北流市在严格做好疫情防控工作基础上,有序推进企业复工复产,加快消除原材料供应环节梗阻,推动企业尽快恢复正常生产,稳定产销。该市组成3个核查小组进企业开展复工复产和疫情防控指导,指导企业落实“六个到位”,即防控机制到位、员工排查到位、设施物资到位、内部管理到位、清洁消毒到位、健康教育到位。还积极协调解决企业防控物资短缺问题,在做好防控措施的同时抓好企业复工准备。截至目前,北流市已经开工复产企业76家,其中规模以上企业45家,待审批企业71家。"
        ),
        published="2020-02-17",
        city="玉林市",
        expect=[
            ("resumed", "北流市", "2020-02-17", 76, "企业", ""),
            ("resumed", "北流市", "2020-02-17", 45, "规模以上企业", ""),
        ],
        note=(
            "A 广西日报 resumption story on 广西县域经济网 (gxcounty.com): 北流市, a county-level city of 玉林. Paragraph indentation and b"
            "lank lines dropped. 截至目前 has no date in its paragraph and the only earlier date (2月15日) dates a sentence with "
            "no figure, so the figures take the publication date. 开工复产企业76家,其中规模以上企业45家 → resumed 76 (企业) and 45 (规模以上企业); "
            "待审批企业71家 (awaiting approval) has no metric. The firm's 复工第6天 is a duration, 3个核查小组 and 六个到位 are no figures; no"
            " firm-level tuple for 南达时装针织有限公司."
        ),
        source="http://gxcounty.com/news/xyjjbd/20200217/154901.html",
    ),
    dict(
        id="b14n08",
        text=(
            "中新网鄂尔多斯2月21日电 (记者 李爱平 张玮)21日,经内蒙古自治区和鄂尔多斯市两级新冠肺炎专家组会诊,鄂尔多斯市第6例新冠肺炎确诊病例治愈出院,也是内蒙古唯一一位孕妇确诊病例。\n"
            "至此,内蒙古累计出院病例为17例。\n"
            "患者韩某有武汉居住史,孕32周,1月20日从武汉返回达拉特旗,1月30日出现症状后到达拉特旗人民医院就诊,1月31日确诊后转入鄂尔多斯市第二人民医院进行隔离治疗。\n"
            "经专家组与医院医务人员积极治疗,患者临床症状消失,体温正常,连续2次咽拭子核酸检测结果均为阴性。通过内蒙古自治区和鄂尔多斯市两级专家组确认,符合解除隔离和出院标准,于2月21日下午出院。\n"
            "截至目前,鄂尔多斯市累计报告确诊病例11例,治愈出院6例。鄂尔多斯市302名密切接触者全部解除隔离。"
        ),
        published="2020-02-21",
        city="鄂尔多斯市",
        expect=[
            ("confirmed_total", "鄂尔多斯市", "2020-02-21", 11, "", ""),
            ("recovered_total", "鄂尔多斯市", "2020-02-21", 6, "", ""),
            ("close_contacts_total", "鄂尔多斯市", "2020-02-21", 302, "", ""),
            ("observation", "鄂尔多斯市", "2020-02-21", 0, "", ""),
        ],
        note=(
            "A 中新网 discharge story on 中国发展网's topic pages (the page shows 2020-02-21 中国新闻网; that chrome line was dropped). "
            "鄂尔多斯市第6例…确诊病例治愈出院 names one patient's discharge by an ordinal: no recovered_new (ordinals are not counts; firs"
            "t-listed reading for a one-patient discharge named by an ordinal). 截至目前 → 2月21日 (dateline and the discharge da"
            "y): confirmed_total 11, recovered_total 6. 302名密切接触者全部解除隔离 → observation 0 (first-listed reading of 全部解除 after"
            " a count of contacts) and close_contacts_total 302 (unsure: the count is read as the city's contacts). 内蒙古累计出院"
            "病例为17例 is the region's: no tuple. 达拉特旗 and 武汉 describe the patient; 唯一一位孕妇, 孕32周 and 连续2次 are no figures."
        ),
        source="http://special.chinadevelopment.com.cn/2020zt/xgfyjjz/yqzj/2020/02/1616189.shtml",
    ),
    dict(
        id="b14n09",
        text=(
            "棗莊新聞網(wǎng)訊 連日來(lái),臺(tái)兒莊經(jīng)濟(jì)開(kāi)發(fā)區(qū)在抓好疫情防控的基礎(chǔ)上,分類分批有序推進(jìn)企業(yè)復(fù)工復(fù)產(chǎn)。\n"
            "截至2月16日,5家民生、防疫企業(yè)保持了春節(jié)假日以來(lái)的正常運(yùn)轉(zhuǎn),9家企業(yè)完成備案并復(fù)工復(fù)產(chǎn),9家企業(yè)完成備案開(kāi)始組織生產(chǎn),其他擬開(kāi)工企業(yè)正在落實(shí)備案措施及防疫物資等準(zhǔn)備工作。\n"
            "夯實(shí)復(fù)工基礎(chǔ),做好復(fù)工前準(zhǔn)備工作。成立三個(gè)服務(wù)工作組,深入各類企業(yè)進(jìn)行調(diào)研、摸排、宣傳、發(fā)動(dòng),有序組織生產(chǎn)。重點(diǎn)指導(dǎo)企業(yè)細(xì)化復(fù)工復(fù)產(chǎn)方案和預(yù)案、做好防疫物資儲(chǔ)備、編制復(fù)工人員明細(xì)表、開(kāi)展預(yù)防性消殺等復(fù)工前的準(zhǔn)備工作。同時(shí),聯(lián)合工信、應(yīng)急、防疫辦等單位進(jìn)行現(xiàn)場(chǎng)查驗(yàn)備案,促進(jìn)企業(yè)有序復(fù)工。\n"
            "深入企業(yè)一線,幫助協(xié)調(diào)解決難題。在深入企業(yè)調(diào)研的基礎(chǔ)上,針對(duì)口罩、酒精等消毒物品緊缺、貨源少問(wèn)題,廣泛收集外界信息,利用網(wǎng)絡(luò)、微信群等幫助企業(yè)尋找貨源,緩解緊缺現(xiàn)狀;針對(duì)企業(yè)反映的一些用工難問(wèn)題、物流運(yùn)輸不暢問(wèn)題、部分防控手續(xù)辦理難問(wèn)題,形成問(wèn)題清單,協(xié)調(diào)有關(guān)單位積極幫助解決。目前,已幫助蓋瑞銀河生物科技、聯(lián)潤(rùn)色紡、科宏紡織等企業(yè)解決實(shí)際難題20多個(gè)。"
        ),
        published="2020-02-25",
        city="枣庄市",
        expect=[
            ("resumed", "台儿庄经济开发区", "2020-02-16", 9, "企业", ""),
        ],
        note=(
            "A 枣庄新闻网 zone story on a mirror (minidiantai.com), traditional with pinyin residue, copied as found; the page s"
            "hows no date, the date in its address (2020-02/25) stands in. The zone is named with its district (台儿庄), not t"
            "he city, and keeps its whole name. 截至2月16日: 9家企业完成备案并复工复产 → resumed 9 (企业); the second 9家企业完成备案开始组织生产 (startin"
            "g to organise production) would give the same tuple if read as resumption (unsure); the 5家民生、防疫企业 that kept ru"
            "nning through the holiday did not resume: no tuple. 三个服务工作组 and 20多个 problems solved are no figures; firms nam"
            "ed without figures give none."
        ),
        source="http://minidiantai.com/zzqs/content/2020-02/25/content_6407.html",
    ),
    dict(
        id="b14n10",
        text=(
            "玉林:坚决夺取疫情防控和经济社会发展双胜利\n"
            "广西新闻网玉林2月28日讯(记者 麦一帆)2月28日,玉林市统筹推进疫情防控和经济社会发展工作新闻发布会召开,会上介绍了玉林市新冠肺炎疫情防控和经济社会发展情况。玉林市委常委、宣传部部长、副市长、市新冠肺炎疫情防控领导小组指挥部副指挥长吕剑枫在会上发言。\n"
            "会上介绍,新冠肺炎疫情发生以来,玉林市坚决贯彻落实党中央、国务院和自治区党委、政府的决策部署,统筹推进疫情防控和经济社会发展工作。疫情防控方面,截至2月27日,玉林市全市累计确诊病例11例,均为输入性病例,其中8例有武汉或湖北居住史,3例有境外旅行史,已治愈出院7例,在院4例病情稳定,连续9天无新增确诊病例、疑似病例。经济社会发展方面,各类企业安全有序复工复产,春耕备耕有序推进,重大项目陆续开工,全市生产生活秩序逐步恢复正常。\n"
            "据了解,疫情发生以来,玉林市先后发布1号令、2 号令、3号令和2个通告,制定落实各项防控措施;在全区率先建立“市县镇村组”五级包联机制,推动各级党组织成立党员先锋队4880多支、志愿服务队1450多支,设立党员服务岗、示范岗15290多个,组织近20万党员线上线下参加“战胜疫情,我带头、我承诺”大行动。"
        ),
        published="2020-02-29",
        city="玉林市",
        expect=[
            ("confirmed_total", "玉林市", "2020-02-27", 11, "", ""),
            ("recovered_total", "玉林市", "2020-02-27", 7, "", ""),
            ("hospitalized", "玉林市", "2020-02-27", 4, "", ""),
            ("confirmed_new", "玉林市", "2020-02-27", 0, "", ""),
        ],
        note=(
            "A 广西新闻网 report of the city's press conference on a mirror (guangxi.duofei.com); the page's own date field is a"
            " broken 1970-01-01, so the date in its address (2020-02-29) stands in; the text's dateline is 2月28日. 截至2月27日: "
            "累计确诊11例, 已治愈出院7例, 在院4例 → confirmed_total, recovered_total, hospitalized; 连续9天无新增确诊病例 → one confirmed_new 0 on "
            "2月27日 (9天 is a duration); no new suspected has no metric. 均为输入性病例 and the 8例/3例 split by travel history (武汉或湖北"
            ", 境外) describe patients: no tuple. 1号令…, 2个通告, 党员先锋队4880多支, 志愿服务队1450多支, 15290多个 posts and 近20万党员 are no figur"
            "es of the vocabulary. A second 玉林 case (b14n07 is 北流市's)."
        ),
        source="http://guangxi.duofei.com/guangxixinwen/bendixinwen/2020-02-29/1698.html",
    ),
    dict(
        id="b14n11",
        text=(
            "四川荣县已有926户企业复工复产 复工复产率达84.34%\n"
            "人民网成都3月2日电 近日,笔者从四川省自贡市荣县科技经信局获悉,自荣县开展“春晓”行动,推动企业复工复产以来,截至目前,全县已有926户企业复工复产,复工复产率达84.34%。\n"
            "据悉,荣县通过对项目、企业实行复工复产“零审批”,明确在满足疫情防控物资、卫生消毒等基本条件后,向属地镇(街道)提交员工情况登记表、职工去向摸排表、疫情防控方案、安全生产方案等“两表两方案”即可复工复产。\n"
            "“通过建立县级领导、县级部门和驻荣单位包保联系重点民营企业制度,实地走访开展复工复产调研指导服务,收集并协调解决企业在招工、防疫物资、物流运输、原料配套等方面存在的问题。截至目前,解决问题268个。”荣县科技经信局相关负责人说。(胡未)"
        ),
        published="2020-03-02 11:49",
        city="自贡市",
        expect=[
            ("resumed", "荣县", "2020-03-02", 926, "企业", ""),
            ("resumption_rate", "荣县", "2020-03-02", 84.34, "企业", ""),
        ],
        note=(
            "A 人民网四川频道 county resumption story (荣县 of 自贡); the page's time line was dropped and one policy paragraph (十条措施)"
            " omitted between the second and last paragraphs. 全县 is 荣县 (named before the figure). 截至目前 takes the dateline's"
            " 3月2日 in the same paragraph (the text gives a date, so the before-noon publication time does not move it). 926"
            "户企业复工复产,复工复产率达84.34% → resumed 926 and resumption_rate 84.34 (sector 企业). 两表两方案, 零审批 and 解决问题268个 are no figur"
            "es of the vocabulary."
        ),
        source="http://sc.people.com.cn/n2/2020/0302/c345167-33842843.html",
    ),
    dict(
        id="b14n12",
        text=(
            "每經(jīng)記者 陳嘉偉 每經(jīng)編輯 畢華章\n"
            "引領萬億級工業(yè)大走廊建設的西安經(jīng)濟技術開發(fā)區(qū)(以下簡稱西安經(jīng)開區(qū)),可以說是西安經(jīng)濟發(fā)展的壓艙石。受新冠肺炎影響的西安經(jīng)濟能夠快速恢復到正常軌道,在某種程度上說,經(jīng)開區(qū)是其中的關鍵區(qū)域之一。\n"
            "截至3月3日12時,西安經(jīng)開區(qū)累計復工復產(chǎn)企業(yè)1455家,其中工業(yè)企業(yè)474家,商貿業(yè)企業(yè)312家,服務業(yè)企業(yè)433家,建筑業(yè)企業(yè)169家,房地產(chǎn)業(yè)企業(yè)67家。\n"
            "亮眼的數(shù)據(jù)背后,是西安經(jīng)開區(qū)扎實的疫情抗擊工作,自陜西省疫情防控實行分區(qū)分級以來,該區(qū)域始終處于低風險地區(qū)。\n"
            "按照疫情防控要求,該區(qū)在“外防輸入”的基礎上,區(qū)域內的正常生產(chǎn)生活秩序正在全面恢復……\n"
            "當隆基股份(601012)公共事務部陜西區(qū)域負責人何漪,回想起2月9日晚9時到2月10日凌晨4時的經(jīng)歷時,依然感慨萬分。"
        ),
        published="2020-03-04 20:07",
        city="西安市",
        expect=[
            ("resumed", "经开区", "2020-03-03", 1455, "企业", ""),
            ("resumed", "经开区", "2020-03-03", 474, "工业企业", ""),
            ("resumed", "经开区", "2020-03-03", 312, "商贸业企业", ""),
            ("resumed", "经开区", "2020-03-03", 433, "服务业企业", ""),
            ("resumed", "经开区", "2020-03-03", 169, "建筑业企业", ""),
            ("resumed", "经开区", "2020-03-03", 67, "房地产业企业", ""),
        ],
        note=(
            "A 每日经济新闻 zone feature on a mirror (m.ship-bio.com; the page shows 2020-03-04 20:07:24, that line dropped), tra"
            "ditional with pinyin residue, copied as found up to the start of a firm's anecdote. 西安经济技术开发区(以下简称西安经开区) → 经开区"
            " (a zone of a kind a city has one of, written with the city's name before it). 截至3月3日12时 累计复工复产企业1455家 and its"
            " breakdown by trade (474+312+433+169+67 = 1455) → resumed per sector, each item keeping its own noun; sectors "
            "written in simplified characters. 隆基股份's stock code (601012) and the night of 2月9日-10日 are no figures; 低风险地区 i"
            "s no figure."
        ),
        source="http://m.ship-bio.com/articles/2020-03-04/1413768.html",
    ),
    dict(
        id="b14n13",
        text=(
            "03.05 陽江再有兩例治癒出院!14例確診病例累計出院13例\n"
            "3月5日上午,陽江又有2例確診新冠肺炎患者治癒出院。患者情況如下:\n"
            "患者一,男,65歲;患者二,女,60歲,二人為夫妻關係,是武漢來陽江海陵島旅遊人員。1月26日夫妻二人確診為新冠肺炎,收治在定點醫院陽江市人民醫院隔離治療。入院後病情嚴重,2月3日轉為重型病例。後經中西醫結合、多學科聯合救治,轉為普通型病例。3月5日經院內專家組討論確認,符合新冠肺炎患者的出院標準,治癒出院。患者出院後,將按規定繼續進行14天的隔離管理和健康狀況監測。\n"
            "截至目前,陽江確診的14例新冠肺炎患者,已有13例治癒出院。"
        ),
        published="2020-03-05",
        city="阳江市",
        expect=[
            ("recovered_new", "阳江市", "2020-03-05", 2, "", ""),
            ("confirmed_total", "阳江市", "2020-03-05", 14, "", ""),
            ("recovered_total", "阳江市", "2020-03-05", 13, "", ""),
        ],
        note=(
            "A 南方+ discharge story on ttnews, traditional, copied as found with its '03.05 ' title prefix; the credits and "
            "a prompt paragraph were dropped. The page shows 03.05 and no year; the story (tourists from 武汉, confirmed 1月26"
            "日) is of 2020. Headline 两例 and lead 又有2例 → recovered_new 2 for 阳江市 on 3月5日 (read as the city's, the city being"
            " the subject, though both left 阳江市人民医院; unsure as in blind13). 截至目前 has no date in its paragraph and takes the"
            " earlier paragraph's 3月5日: confirmed_total 14, recovered_total 13. 1月26日夫妻二人确诊 tells two patients' history and"
            " is not read as the day's confirmed_new (unsure); 2月3日转为重型病例 likewise gives no severe figure. 海陵岛 and 武汉 are t"
            "he patients' travels; 患者一/二 are ordinals; 65岁, 60岁 and 14天 are no figures."
        ),
        source="https://ttnews.xyz/a/5e619944dc9b5e20abc55359",
    ),
    dict(
        id="b14n14",
        text=(
            "渭南市加大重点项目复工建设力度\n"
            "本报讯(记者 郭艳)华州区派尔森废旧电池电子产品资源化综合利用项目、渭南经开区食品医药“大健康”产业基地建设项目、临渭区200万头生猪养殖体系项目……连日来,一个个工程项目陆续开复工,经济发展“新枝”正在春风中萌生。\n"
            "记者从市发改委了解到,在做好疫情防控的前提下,截至3月13日18时,全市重点项目开复工439个。其中,51个省级重点项目(含韩城12个)开复工37个;420个市级重点项目开复工237个。\n"
            "3月3日,举办了2020年第一次重点项目集中开工动员会,集中开工项目217个,总投资737.1亿元,年度投资361.4亿元。"
        ),
        published="2020-03-19 00:42",
        city="渭南市",
        expect=[
            ("resumed", "渭南市", "2020-03-13", 439, "重点项目", ""),
            ("sector_total", "渭南市", "2020-03-13", 51, "省级重点项目", ""),
            ("resumed", "渭南市", "2020-03-13", 37, "省级重点项目", ""),
            ("sector_total", "韩城市", "2020-03-13", 12, "省级重点项目", ""),
            ("sector_total", "渭南市", "2020-03-13", 420, "市级重点项目", ""),
            ("resumed", "渭南市", "2020-03-13", 237, "市级重点项目", ""),
            ("resumed", "渭南市", "2020-03-03", 217, "集中开工项目", ""),
        ],
        note=(
            "A 渭南日报 project story on yybnet (the page shows 2020-03-19 00:42; that line dropped); the third paragraph is cu"
            "t after its first sentence, the fourth after its first. 开复工 (new starts and resumptions together) is read as r"
            "esumed. 截至3月13日18时: 全市重点项目开复工439个; 51个省级重点项目…开复工37个 and 420个市级重点项目开复工237个 → sector_total and resumed for each "
            "level (439 is not the sum of 37 and 237: no tuple is made from sums). (含韩城12个) is read as a breakdown of one o"
            "f the 51: sector_total 12 for 韩城市 (unsure: 韩城 is a county-level city under 渭南 with provincial direct managemen"
            "t; and the 12 could be read as no tuple). 3月3日 集中开工项目217个 → resumed 217 as of 3月3日 (unsure: a ceremony for new"
            " starts; read like 开复工). 200万头 pigs, 737.1亿元 and 361.4亿元 are no figures; projects named in 华州区, 临渭区 and 渭南经开区 "
            "carry no counts."
        ),
        source="https://yybnet.net/weinan/news/202003/10298107.html",
    ),
]
