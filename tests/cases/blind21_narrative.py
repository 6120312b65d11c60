"""Removed after the first run, for the data rule (the maintainer's): b21n07, whose page names 湖南
among bus destinations in a paragraph the excerpt left out (as b24n01 was, before its run).

Twenty-first BLIND table of golden cases taken from REAL narrative local news (January–April 2020).

Each of the 12 entries is a short verbatim excerpt in which one place's story is told by an outlet: two discharge and
"清零" stories (梅州 on 羊城晚报's app; 珠海 in Macau's Plataforma), a 新华社 story on 横琴新区 as a garbled mirror shows it,
resumption stories of a city (宿迁, 现代快报), a county-level city (乐清, its daily on the government site), a town
(店口镇, 中工网), a district's bus of workers (长乐, 经济日报's e-paper), a poverty-relief factory in a county (沿河, 新华社
on a mirror), two coal stories on trade pages (准格尔旗 on 能源世界网, 晋中 on 中钢网), a chemical park's projects (兰州新区,
甘肃日报) and one visit with no figure (丹凤, 各界导报). `city` names the home city in full. `expect` lists every tuple
the text supports for that city, its districts, counties, towns and zones, and for any firm or project the text gives a
figure to; each tuple reads (metric, region, as_of_iso_date, value, sector, qualifier).

How it was made: the annotations come from the texts alone, under the binding rules of tests/cases/ANNOTATION.md and
shared/gold/FORMAT.md (and the dev_cases.py docstring they point to); where ANNOTATION.md lists open readings, the
first-listed one is followed. Nothing of the extractor was opened or run, and no test, CLI or evaluation script was run.
From the other tables only blind20_narrative.py's docstring and its first two entries were read, for the layout; the
`city=` values of all blind*.py tables were grepped for their home cities (292 names; every home city here is among them,
which this round allows when the page is new); blind21_feeds.py appeared while this table was being finished: only its
`city=` values were grepped (北京市, 哈尔滨市, 嘉兴市 and None), and none is a home city here. Every other
look at the tables was a `grep -rlF` (file names only). One slip: the first read of dev_cases.py printed, past its
docstring, its first entry and part of the second (株洲 bulletin examples of the seed set); nothing of them was used. The texts were found with the `search` tool (corpus `pages`; one
try of `code` found no local story); each text is what the search showed of its page.

Twelve entries, one of them without a figure: some 100 searches went to county and town names, zones and parks, firms,
trade pages (coal, textiles, chemicals, tea), hospital pages, e-paper and TV-transcript wordings, 新华社 见闻 mirrors, Hong
Kong, Macau, Taiwan and overseas Chinese outlets. Most returned provincial bulletins, pages already in a table, pages of
other years, or pages without a date; some 60 candidates went through the grep checks and 12 are kept.

Overlap and exclusion checks: for every candidate the URL's distinctive part and three to six distinctive
12–20-character snippets (headlines, figures with their nouns, names of firms, people and places) were converted with
OpenCC to simplified (t2s) and to traditional (s2t), and each form, with the snippet as found, was grepped with
`grep -rlF` across tests/cases and tests/data; every kept excerpt was then converted whole to simplified and ten
15-character windows spread over it were grepped, each also in traditional. Kept texts have no hit, with these
boilerplate exceptions: the bare domain names j637.cn (blind16_feeds, blind6_feeds, dev_feeds, eval_realworld,
data/feed_eval/SOURCES.md), ohl1yru (blind19_feeds) and ycpai.ycwb.com (blind13_narrative) occur in other tables as other
pages of the same mirror or app; the articles' own paths (c_1125651044, c_1125703361, content_651228) occur nowhere. In
b21n12 one window, 复(fù)工复(fù)产(ch, is the mirror family's garbled spelling of 复工复产, found in a dozen tables:
boilerplate, not a hit. No kept excerpt carries a per-place list of figures (a 广东 list of 13 cities was cut from b21n02).
Dropped for an overlap (hits of the URL and snippets, or of windows): 泰顺 discharge (tsxw66, dev/eval_narrative), 滁州日报
又有3例出院 (content_5357), 赤峰 (qqzyw, blind2_feeds), 运河经济开发区 for 德州 (rqjmxh), 定西 (chinadaily), 淄博 (晨报,
ttnews), 东城区 (北京日报 mirror), 天津 (wicongress), 中山 (羊城晚报), 巫山 (e-paper), 湾里区 (nctvcloud), 义乌 清零
(blind3), 丹东 (cri), 弥渡 (blind2), 东莞 (aimsen), 宿迁's 箭鹿集团 (blind4), 扬州生态科技新城 (blind11), 阜南 (dev_narrative),
潜江→绍兴 (blind16), 平顶山 (blind11), 福州高新区 (hxcsw), 中关村 (blind9), 永胜 (blind2), 钦州 (南国早报), 兴宁 (gcable,
blind2), 珠海 清零 on exmoo (blind8), 桂林 (blind3), 宜君 (blind2), 眉山 (blind2), 福州台商投资区 (taiwan.cn), 临夏 (甘肃),
福贡 (blind6), 安福 (blind5), 钟祥 (dev_county), 定海 (dev_narrative), 赣县区 (blind5), 湖口 (eval_narrative), 玉环
(blind4), 东莞南城 (blind4), 高明区 (blind5); and 达州晚报's 达州市又有4名新冠肺炎患者出院 (yybnet 10231086): its URL and
snippets were clean, but three windows of the patient paragraph hit blind6_narrative (the same patients described in an
earlier bulletin), so the page was dropped rather than trimmed.
Dropped for other reasons: pages without a date (宣汉's last discharge on yybnet, 达州观察 on cbgc, 梅州市人民医院's and
广州日报's 梅州 清零 stories, 日照 东港's 街道 figures, 临沂's 小黄线, 德州晚报 on a mirror); pages the search showed without an
address (宿松县 bulletin, 乐清柳市 on a forum, 平原示范区, 苏州's 湖北 return buses); outlets or years (长兴 via 潇湘晨报, a
Hunan outlet; 东阳 on a 2021 forum page; 义乌's 千人返岗专列 on 中国新报融媒网, an outlet with a Hunan bureau, left out to be
safe); provincial round-ups and per-place lists (江苏经济开发区, 吉林, 山西 and 青海 coal, 内蒙古 and 广东 bulletins); a second
no-figure page (云阳's 扶贫车间, 南阳's photo captions, 大余's meeting) was not needed; pages in Japanese or Korean.
Every kept excerpt was checked for the reserved city and for 湖南 places and outlets (none is named: b21n07's paragraph
listing 湖南 among bus destinations was left out), and none comes from the DXY feed, a mirror of it or a site reposting its
live reports.

Home cities and outlets (12 cases, 11 home cities, 10 provinces):
  梅州市 (广东; 羊城派, 羊城晚报's app: 12日新增1例治愈) · 珠海市 (广东; Plataforma, Macau: 最後一名 … 清零; and 新华社 on
    a 新华网 mirror: 横琴新区复工复产) · 宿迁市 (江苏; 现代快报 on 江苏苏讯网) · 温州市 (浙江; 乐清日报 on 乐清's government
    site) · 绍兴市 (浙江; 中工网 repost of 新华网: 店口镇) · 福州市 (福建; 经济日报 e-paper: 长乐区) · 铜仁市 (贵州; 新华社 on
    a mirror: 沿河's 恒泰源) · 鄂尔多斯市 (内蒙古; 能源世界网 after 中国煤炭资源网: 准格尔旗) · 晋中市 (山西; 中钢网 after 晋中网)
    · 兰州市 (甘肃; 甘肃日报 on 中国甘肃网: 兰州新区绿色化工园区) · 商洛市 (陕西; 各界导报 on a mirror: 丹凤县, no figure).
Texts are copied as found: traditional characters (b21n02, b21n03, b21n08, b21n12), the mirrors' pinyin garbling (戰(zhàn),
復(fù)工), doubled commas (,,), a quote turned to mojibake (?!肮驹ㄓ谡鲁醢藦…), a space before a comma (复产 ,). Lines of
page chrome (source, author, time and view lines, photo captions and credits, share lines), blank lines and paragraphs not
needed were dropped; a paragraph is only cut after a full sentence. `published` is the date (and time) the page shows;
where the search view shows none (b21n02, b21n07, b21n08, b21n11) the date in the page address stands in, as the note says.

Ways of writing covered (number of cases; see the notes):
  (1) a discharge with city totals and a run of days without cases (1): headline 梅州12日新增1例 → recovered_new 1 while
    the body names the hospital; 至此…已有5名 → recovered_total; 现仍有8例…在治疗中 → hospitalized; 仍为13例 → confirmed_total;
    连续4天无新增 → one confirmed_new 0; 兴宁地区首例 (an ordinal in words) → no tuple;
  (2) the last patient's discharge named by an ordinal in words (1): 最後一名…出院,實現「清零」 → hospitalized 0 only;
    截至本報出版時…連續23天無新增 → one confirmed_new 0 on the publication day (珠海, b21n02);
  (3) a zone's resumption with counts, workers and a rate, in garbled traditional script (1): 超過1200家 / 3.8萬人 /
    152個 / 超過75% for 横琴新区; 約1800名工人 at a project (b21n03);
  (4) a city's leading firms by rank class and its 规上 firms (1): 50强…已全部复产 → sector_total and resumed; 100强…81户;
    累计已复产991户 (宿迁);
  (5) workers brought back by bus (3): firms' 首批98名 / 150多名 and a county-level city's 接送人员2684人 (乐清); a town's
    95名…务工人员 (店口镇); a mill's 25名工人, and 1200余名…将…送至 read as a plan (长乐);
  (6) a town's firms: 5000多家…中224家规模以上企业已全部复工,复产率达到80%;规模以下企业复产率超过60% (店口镇);
  (7) a firm's workers inside a mojibake quote (1): 到3月1日已有103人報到上崗; 解決了184人就業 → no tuple (沿河);
  (8) coal mines on trade pages (2): a banner's 49座…复工复产率达到70% (准格尔旗); 54座…占…68座煤矿的79.4%和86.1%, with
    共有生产煤矿93座 (晋中);
  (9) a park's projects (1): 24个续建单独选址项目目前已复工20个; 20个新建…项目 with preparatory stages (兰州新区绿色化工园区);
  (10) a page naming the home city with no figure (1): 商洛 (b21n12);
  (11) numbers that are not figures (9): ages, capacities (万吨/年, 吨), floor area, buses (122辆, 50辆), durations (4天, 23天),
    rules (50%, 1米), planned throughput (8000萬人次), shares of capacity (86.1%), ordinals (首批, 第一批, 首例).

Reading choices made here where the binding conventions are silent or open (each note says which; unsure ones say so):
* Open readings of ANNOTATION.md: the last patient named by an ordinal in words gives no recovered_new, only
  hospitalized 0 (b21n02); 兴宁地区首例 gives nothing (b21n01); a garbled name is the name meant (b21n03's project, in
  simplified script). No local-only count, 全部解除 after contacts, intensive-care count or 危重症 in a cumulative breakdown
  occurs; no prefecture is named by a short name with a figure.
* A town is a region under its full name (店口镇), as ANNOTATION.md says; a banner (旗) and a county-level city keep
  their names (准格尔旗, 乐清市); a park whose name does not begin with the city's own name stays whole
  (兰州新区绿色化工园区, unsure).
* Workers arriving on buses organised for firms are workers_returned of the firm or place that receives them; workers
  leaving or still to be delivered (将…送至) are not (b21n05, b21n06, b21n07; unsure where noted).
* 复产率 of firms is read as resumption_rate (b21n06, unsure); 复工复产率 too (b21n09). A share of capacity is no metric.
* 全部复产/全部复工 after a stated count implies resumed = that count, but no rate (b21n04, b21n06).
* An organisation's name is kept as the text writes it, in traditional script where the text is traditional
  (恒泰源服裝有限公司, unsure); places are given under their canonical simplified names (横琴新区).
* Workers at work on one project site are read as that project's workers_returned (b21n03, unsure).
"""

CASES = [
    dict(
        id="b21n01",
        text=(
            "【我们康复了】累计治愈5例!梅州12日新增1例新冠肺炎治愈病例\n"
            "现仍有8例确诊患者在治疗中\n"
            "今天下午,梅州市梅县区中山大学第三附属医院粤东医院又1例新冠肺炎患者治愈出院。至此,梅州市已有5名确诊患者治愈出院,现仍有8例确诊患者在治疗中。\n"
            "据了解,该患者为46岁男性,在武汉工作,1月21日返梅;于2月4日开始出现全身乏力、干咳症状,2月6日收入粤东医院院治疗;2月7日确诊为新型冠状病毒肺炎(普通型)。该患者也是兴宁地区首例治愈出院的确诊病例。\n"
            "同时,截至2月12日12时,梅州确诊病例仍为13例,无新增确诊病例,这是梅州连续4天无新增确诊病例。"
        ),
        published="2020-02-12 18:17",
        city="梅州市",
        expect=[
            ("recovered_new", "梅州市", "2020-02-12", 1, "", ""),
            ("recovered_total", "梅州市", "2020-02-12", 5, "", ""),
            ("hospitalized", "梅州市", "2020-02-12", 8, "", ""),
            ("confirmed_total", "梅州市", "2020-02-12", 13, "", ""),
            ("confirmed_new", "梅州市", "2020-02-12", 0, "", ""),
        ],
        note=(
            "羊城派 (羊城晚报's app, ycpai.ycwb.com) on one discharge in 梅州; the page line 2020-02-12 18:17 羊城派 gives `published` and was left out with the byline (文、图/羊城派记者 …) and a subhead (患者治愈出院); the patient paragraph was cut after its second sentence and the middle paragraphs on the treatment were left out. The headline 梅州12日新增1例新冠肺炎治愈病例 gives the city's recovered_new 1 on 2020-02-12 (the body's 粤东医院又1例…治愈出院 is the hospital's wording of the same patient; one institution is not the city, but the headline and 至此 tie the figure to 梅州). 至此,梅州市已有5名确诊患者治愈出院 (headline 累计治愈5例) → recovered_total 5; 现仍有8例确诊患者在治疗中 (also the subhead) → hospitalized 8; both dated by 今天 = the publication day. 截至2月12日12时,梅州确诊病例仍为13例 → confirmed_total 13; 无新增确诊病例 … 连续4天无新增确诊病例 → one confirmed_new 0 on 2020-02-12 (4 is a duration). 该患者也是兴宁地区首例治愈出院的确诊病例: an ordinal in words for one patient of 兴宁 (a county-level city of 梅州), and residence is not the place → no tuple for 兴宁市 (first-listed reading of ANNOTATION.md). 梅县区 only locates the hospital. 46岁, 1月21日, 2月4日/6日/7日 are an age and dates."
        ),
        source="https://ycpai.ycwb.com/ycppad/content/2020-02/12/content_651228.html",
    ),
    dict(
        id="b21n02",
        text=(
            "疫情明顯受控 生活正在恢復\n"
            "3月10日,與澳門毗鄰的廣東省珠海市的最後一名新冠肺炎確診患者出院,實現「清零」。截至本報出版時,珠海已經連續23天無新增病例。\n"
            "在珠海,雖然目前住宅小區仍然嚴禁非住戶入內、學校仍未開學及室內娛樂場所仍未開放,但自3月1日起,商場、店鋪開始逐步恢復營業,而餐廳也開始恢復有限制的堂食服務-用餐人員在進入餐廳之前必須測量體溫、大堂餐桌使用數量不得超過平時的50%、不同餐桌之間距離不小於1米、每桌至少登記一名就餐人員的聯繫方式等。"
        ),
        published="2020-03-13",
        city="珠海市",
        expect=[
            ("hospitalized", "珠海市", "2020-03-10", 0, "", ""),
            ("confirmed_new", "珠海市", "2020-03-13", 0, "", ""),
        ],
        note=(
            "Macau's Plataforma (plataformamedia.com, traditional characters) on 珠海 next door; the page shows no date of its own in the search view, so the date in its address (2020/03/13) stands in for `published`. The breadcrumb line (Início » …) was left out; the second paragraph, a 广东 round-up with a list of 13 cities whose patients are all discharged, was left out (a per-place list, and not 珠海's own story); the third is cut after a full sentence. 3月10日…珠海市的最後一名新冠肺炎確診患者出院,實現「清零」: the last patient's discharge named by an ordinal in words → no recovered_new (first-listed reading of ANNOTATION.md), only what it implies, hospitalized 0 on 2020-03-10 (清零 says the same; one tuple). 截至本報出版時,珠海已經連續23天無新增病例 → one confirmed_new 0 dated by the publication (2020-03-13; 23 is a duration). 自3月1日起,商場、店鋪開始逐步恢復營業 gives no count (no tuple); 50% (tables in use) and 1米 are rules, not figures."
        ),
        source="https://www.plataformamedia.com/zh-hant/2020/03/13/%E7%96%AB%E6%83%85%E6%98%8E%E9%A1%AF%E5%8F%97%E6%8E%A7-%E7%94%9F%E6%B4%BB%E6%AD%A3%E5%9C%A8%E6%81%A2%E5%BE%A9/",
    ),
    dict(
        id="b21n03",
        text=(
            "戰(zhàn)“疫”中踐行對(duì)澳初心 橫琴按下復(fù)工復(fù)產(chǎn)“快進(jìn)鍵”\n"
            "新華社廣州3月12日電(記者周強(qiáng) 陸浩)濠江側(cè)畔,一派繁忙景象。橫琴口岸及綜合交通樞紐開發(fā)工程項(xiàng)目施工現(xiàn)場(chǎng),約1800名工人戴著口罩開展作業(yè),焊接火花聲、金屬切割聲、來(lái)往施工車輛的轟鳴聲,組合成一首“復(fù)工進(jìn)行曲”。\n"
            "連接澳門與珠海的橫琴口岸是促進(jìn)粵港澳深度合作的重點(diǎn)工程,年通關(guān)量預(yù)計(jì)達(dá)8000萬(wàn)人次。2019年10月,全國(guó)人大常委會(huì)授權(quán)澳門特別行政區(qū)對(duì)橫琴口岸澳方口岸區(qū)及相關(guān)延伸區(qū)實(shí)施管轄。\n"
            "當(dāng)下,從寫字樓、產(chǎn)業(yè)園到項(xiàng)目工地,橫琴各環(huán)節(jié)快速響應(yīng),政企有序聯(lián)動(dòng),一系列重點(diǎn)項(xiàng)目“串珠成鏈”。截至目前,橫琴新區(qū)復(fù)工復(fù)產(chǎn)企業(yè)總數(shù)超過(guò)1200家,返崗人數(shù)超過(guò)3.8萬(wàn)人;建筑工地復(fù)工152個(gè),復(fù)工率超過(guò)75%。"
        ),
        published="2020-03-12 19:28",
        city="珠海市",
        expect=[
            ("resumed", "横琴新区", "2020-03-12", 1200, "企业", "more_than"),
            ("workers_returned", "横琴新区", "2020-03-12", 38000, "企业", "more_than"),
            ("resumed", "横琴新区", "2020-03-12", 152, "建筑工地", ""),
            ("resumption_rate", "横琴新区", "2020-03-12", 75, "建筑工地", "more_than"),
            ("workers_returned", "横琴口岸及综合交通枢纽开发工程项目", "2020-03-12", 1800, "", "about"),
        ],
        note=(
            "新华社's story on 横琴新区 (珠海) as a mirror of 新华网 shows it: traditional characters with the mirror's pinyin garbling kept as found (戰(zhàn), 復(fù)工 …); the page line 2020-03-12 19:28:01 來(lái)源: 新華網(wǎng) gives `published`; the share/comment lines, the paragraphs on the port's handover and on 横琴's 合作初心, and a last paragraph cut mid-sentence in the search view (橫琴選派106名黨員…) were left out. 截至目前 in a paragraph without a date, and the paragraph before states no date for its figure, so the publication day dates them (2020-03-12). 橫琴新區復工復產企業總數超過1200家 → resumed 1200 more_than, sector 企业 (the noun of 复工复产企业 minus the count; unsure: 复工复产企业 whole); 返崗人數超過3.8萬人 → workers_returned 38000 more_than, sector 企业 (the same clause; unsure); 建筑工地復工152個,復工率超過75% → resumed 152 and resumption_rate 75 more_than, sector 建筑工地. Region 横琴新区 (a zone keeps its name; written here in traditional script). 約1800名工人戴著口罩開展作業 at 橫琴口岸及綜合交通樞紐開發工程項目 → workers_returned 1800 about for the project under the name meant, in simplified script with the garbling removed (unsure twice: a project read like a firm, and workers at work read as workers returned; the other reading is no tuple). 8000萬人次 is a planned capacity, 2019年10月 a date."
        ),
        source="http://ohl1yru.cn/politics/2020-03/12/c_1125703361.htm",
    ),
    dict(
        id="b21n04",
        text=(
            "宿迁规上工业企业复工991家 前50强企业全部复产\n"
            "(记者 孙旭晖)在做好疫情防控的前提下,全力支持和组织推动各类生产企业复工复产。2月17日,宿迁市2019年工业开票50强企业已全部复产,100强企业已有81户复产。另据统计,截至2月17日下午6时,宿迁市规上工业企业累计已复产991户。\n"
            "2月17日一早,安静已久的江苏洋河酒厂股份有限公司重新忙碌起来。“疫情发生后,我们迅速落实防控措施,市委、市政府及有关部门主动上门指导,并帮助解决实际困难,推动尽快复产,坚定必胜信心。”公司党委书记、董事长王耀说。\n"
            "现代快报记者了解到,随着洋河股份的顺利复产 ,宿迁市2019年工业开票50强企业已全部复产,100强企业已有81户复产。据统计,截至2月17日下午6时,宿迁规上工业企业累计已复产991户,且数量还在持续攀升,全市经济“压舱石”越来越稳。"
        ),
        published="2020-02-19 11:23",
        city="宿迁市",
        expect=[
            ("sector_total", "宿迁市", "2020-02-17", 50, "工业开票50强企业", ""),
            ("resumed", "宿迁市", "2020-02-17", 50, "工业开票50强企业", ""),
            ("sector_total", "宿迁市", "2020-02-17", 100, "工业开票100强企业", ""),
            ("resumed", "宿迁市", "2020-02-17", 81, "工业开票100强企业", ""),
            ("resumed", "宿迁市", "2020-02-17", 991, "规上工业企业", ""),
        ],
        note=(
            "现代快报's story on 宿迁's resumption as reposted by 江苏苏讯网 (025ct.com); the page line 2020-02-19 11:23 来源: 编辑:现代快报 gives `published`; the site's banner and a photo caption (△宿迁经开区安排“助厂员”…) were left out, and the paragraphs after the third. The figures are stated twice (lead and third paragraph, and the headline): one tuple each. 2月17日,宿迁市2019年工业开票50强企业已全部复产 → sector_total 50 and resumed 50 (全部 implies the count, as 均已治愈出院 does; no rate is stated, so no resumption_rate); 100强企业已有81户复产 → sector_total 100 and resumed 81, the sector carrying 工业开票 over from the first item (sector strings keep the rank 50强/100强 that names the class and drop the year; unsure). 截至2月17日下午6时,宿迁市规上工业企业累计已复产991户 → resumed 991, sector 规上工业企业, 2020-02-17 (the headline's 复工991家 repeats it). 江苏洋河酒厂股份有限公司 (洋河股份) has no figure of its own. The page was published before noon but every figure carries its own date."
        ),
        source="https://www.025ct.com/shehuixinwen/598195.html",
    ),
    dict(
        id="b21n05",
        text=(
            "返岗企业员工陆续抵达乐清\n"
            "■乐清日报全媒体记者 陈青\n"
            "昨日13时10分许,神奇电碳集团首批98名员工乘坐乐清市“员工返岗专车”安全抵达柳市镇。(如图)\n"
            "该集团来自重庆市秀山县的员工万丽平说,她上车前就收到了口罩,接受了体温测量和信息核对,还被告知安全防疫知识。\n"
            "当天,正泰集团也迎来了统一包车的第一批150多名外地员工返岗。\n"
            "记者了解到,为保障乐清各企业复工复产需求,乐清市经信局、乐清市交通运输局等多部门联动,科学谋划用工企业“人员回归”实施方案,高质量提供“一站式”“保姆式”人员接送服务。\n"
            "据了解,正泰、台邦、宝龙、神奇等企业第一批返岗员工于昨日陆续抵达乐清,截至昨日16时,乐清共已派车122辆,接送人员2684人。"
        ),
        published="2020-02-24 14:31",
        city="温州市",
        expect=[
            ("workers_returned", "神奇电碳集团", "2020-02-23", 98, "", ""),
            ("workers_returned", "正泰集团", "2020-02-23", 150, "", "more_than"),
            ("workers_returned", "乐清市", "2020-02-23", 2684, "企业", ""),
        ],
        note=(
            "乐清日报's story on the county-level city's government site (今日乐清 > 每日要讯); its line 发布日期: 2020- 02- 24 14 : 31 gives `published`; the photo credit (刘言勇 摄), the video line and the rest of two paragraphs (正泰's health checks; the bus arrangements) was left out, each paragraph cut after a full sentence. 昨日 = 2020-02-23 and 当天 takes it. 神奇电碳集团首批98名员工乘坐乐清市“员工返岗专车”安全抵达柳市镇 → workers_returned 98 for the firm (首批 is an ordinal of batches, 98 the count); 正泰集团…第一批150多名外地员工返岗 → workers_returned 150 more_than for the firm. 截至昨日16时,乐清共已派车122辆,接送人员2684人 → workers_returned 2684 for 乐清市 (the county-level city, region under its full name), sector 企业 from 为保障乐清各企业复工复产需求 (unsure: 接送人员 read as workers brought back for the firms; the other reading is no tuple); 122辆 counts buses, no metric. 柳市镇 is only where they arrive; 重庆市秀山县 is an origin (no tuple)."
        ),
        source="http://www.yueqing.gov.cn/art/2020/2/24/art_1322069_41975114.html",
    ),
    dict(
        id="b21n06",
        text=(
            "浙江诸暨:工业重镇链式复工复产\n"
            "2月23日,由店口镇政府包车接回的95名江西籍务工人员抵达店口。\n"
            "浙江省诸暨市的工业重镇店口镇在严格疫情防控的同时,由政府出资包车前往多地帮助企业接回员工返岗复工,并推出链式复工复产相关政策,协调当地大企业“以大带小”帮助产业链条上的中小企业解决人员、住宿等问题。\n"
            "据介绍,目前店口镇5000多家工业企业中224家规模以上企业已全部复工,复产率达到80%;规模以下企业复产率超过60%。"
        ),
        published="2020-02-23 17:30",
        city="绍兴市",
        expect=[
            ("workers_returned", "店口镇", "2020-02-23", 95, "企业", ""),
            ("sector_total", "店口镇", "2020-02-23", 5000, "工业企业", "more_than"),
            ("sector_total", "店口镇", "2020-02-23", 224, "规模以上企业", ""),
            ("resumed", "店口镇", "2020-02-23", 224, "规模以上企业", ""),
            ("resumption_rate", "店口镇", "2020-02-23", 80, "规模以上企业", ""),
            ("resumption_rate", "店口镇", "2020-02-23", 60, "规模以下企业", "more_than"),
        ],
        note=(
            "中工网 (workercn.cn) repost of a 新华网 photo story on 店口镇, a town of 诸暨市 (绍兴); the page line 2020-02-23 17:30:48 来源:新华网 gives `published`; site chrome (中工新闻, 图片, 1 2 3 … 共6页) and the photo credit (新华社记者 韩传号 摄) were left out. A town is a region under its full name (ANNOTATION.md). 2月23日,由店口镇政府包车接回的95名江西籍务工人员抵达店口 → workers_returned 95 for 店口镇, sector 企业 from the next paragraph's 帮助企业接回员工返岗复工 (unsure; 江西籍 is an origin). 目前 in a paragraph without a date takes the earlier paragraph's 2月23日. 店口镇5000多家工业企业 → sector_total 5000 more_than (工业企业); 224家规模以上企业已全部复工 → sector_total 224 and resumed 224 (全部); 复产率达到80% → resumption_rate 80 for 规模以上企业 and 规模以下企业复产率超过60% → resumption_rate 60 more_than (复产率 read as the vocabulary's rate of firms back in production; unsure: with every 规上 firm back at work the 80% may be a production rate with no metric, which would drop both rate tuples)."
        ),
        source="https://news.workercn.cn/32846/202002/23/200223173047330.shtml",
    ),
    dict(
        id="b21n08",
        text=(
            "新華社貴陽(yáng)3月2日電 題:“懸著的心終于放下了”——武陵山區(qū)土家山村扶貧工廠復(fù)工見聞\n"
            "新華社記者吳思,、汪軍\n"
            "走進(jìn)位于貴州省沿河土家族自治縣的恒泰源服裝有限公司,,空氣中彌漫著消毒水的味道,一名工作人員正為進(jìn)入廠房的工人測(cè)量體溫,?!肮驹ㄓ谡鲁醢藦?fù)工,,受疫情影響,2月26日正式復(fù)工,,到3月1日已有103人報(bào)到上崗?!惫矩?fù)責(zé)人付芬說(shuō)。\n"
            "地處武陵山集中連片特困地區(qū)深處的恒泰源,,是一家以服裝設(shè)計(jì),、加工、出口為一體的企業(yè),。付芬介紹,,公司目前主要生產(chǎn)棉衣和羽絨服,,占地10000平方米的廠房,,解決了184人就業(yè)。"
        ),
        published="2020-03-02",
        city="铜仁市",
        expect=[
            ("workers_returned", "恒泰源服裝有限公司", "2020-03-01", 103, "", ""),
        ],
        note=(
            "新华社's story from 沿河土家族自治县 (铜仁) on a 扶贫 garment factory, as a 新华网 mirror shows it: traditional characters, pinyin garbling (貴陽(yáng)), doubled commas (,,) and a quote turned to mojibake (?!肮驹ㄓ谡鲁醢藦…), all kept as found; the dateline 3月2日電 and the address give `published` (the search view shows no page line). Only the first two paragraphs are kept. Inside the garbled quote, 2月26日正式復工,,到3月1日已有103人報到上崗 → workers_returned 103 for the firm as of 2020-03-01, region the firm's name as the text writes it (恒泰源服裝有限公司, traditional script; unsure: the simplified 恒泰源服装有限公司 is the other reading). 解決了184人就業 is employment, not a return (no tuple); 10000平方米 is floor area. 沿河土家族自治縣 gets no figure of its own."
        ),
        source="https://j637.cn/politics/2020-03/02/c_1125651044.htm",
    ),
    dict(
        id="b21n09",
        text=(
            "准格尔旗49座煤矿复工复产 复工复产率达到70%\n"
            "据准格尔报社报道,目前仍处于疫情防控的关键期,同时也迎来了各大煤矿企业复工复产的高峰期,为了能源保供应,准格尔全旗49家煤矿正有条不紊地投入到生产战线中,恢复正常运营。\n"
            "同时这些已复工复产的煤矿结合自身实际,严格落实疫情防控和安全生产主体责任,多举措并举确保疫情防控和复工复产两不误。\n"
            "目前,全旗49座煤矿复工复产和应急保供工作已经全面开展,为了确保特殊时期复工复产平稳有序,各煤矿积极配合陆续安排工作人员返岗复工。"
        ),
        published="2020-02-26",
        city="鄂尔多斯市",
        expect=[
            ("resumed", "准格尔旗", "2020-02-26", 49, "煤矿", ""),
            ("resumption_rate", "准格尔旗", "2020-02-26", 70, "煤矿", ""),
        ],
        note=(
            "A trade page: 能源世界网 (ny21.cn, 煤炭行业) reposting 中国煤炭资源网's item after 准格尔报 on 准格尔旗, a banner (county-level) of 鄂尔多斯; its line 来源:中国煤炭资源网 时间:2020/2/26 gives `published`; the repeated title and a last paragraph cut mid-sentence were left out. 目前 with no date anywhere in the text → the publication date. Headline 准格尔旗49座煤矿复工复产 复工复产率达到70% → resumed 49 and resumption_rate 70, sector 煤矿, region 准格尔旗 (a 旗 keeps its name); the body's 全旗49家煤矿…投入到生产 and 全旗49座煤矿复工复产 repeat the 49 (unsure: 全旗49家 could be read as every mine of the banner, which the 70% contradicts; no sector_total is stated)."
        ),
        source="http://www.ny21.cn/show.asp?nid=62457",
    ),
    dict(
        id="b21n10",
        text=(
            "截至2月18日晋中市已复产煤矿54座 产能6155万吨/年\n"
            "晋中网消息,随着灵石红杏元富煤业有限公司、灵石银源华强煤业有限公司、灵石国泰南河煤业有限公司、介休义棠瑞东煤业有限公司等4座煤矿2月18日的复产,晋中市具备复产条件的煤矿已有54座复产,产能达到6155万吨/年,分别占具备复产条件68座煤矿的79.4%和86.1%。\n"
            "晋中市共有生产煤矿93座,具备复产条件的有68座,产能7145万吨/年。晋中市煤矿复产复建从2月8日开始启动,截至2月18日,全市已复产煤矿54座,产能6155万吨/年。预计到2月底,剩余14座煤矿全部复产,增加产能990万吨/年。"
        ),
        published="2020-02-22 05:49",
        city="晋中市",
        expect=[
            ("resumed", "晋中市", "2020-02-18", 54, "具备复产条件的煤矿", ""),
            ("sector_total", "晋中市", "2020-02-18", 68, "具备复产条件的煤矿", ""),
            ("resumption_rate", "晋中市", "2020-02-18", 79.4, "具备复产条件的煤矿", ""),
            ("sector_total", "晋中市", "2020-02-18", 93, "生产煤矿", ""),
        ],
        note=(
            "A trade page: 中钢网 (news.zgw.com) reposting 晋中网 on the city's coal mines; the page line 2020-02-22 05:49:00 gives `published`; the paragraph on safety checks after the second was left out. Figures carry their own date (截至2月18日 in the headline and the second paragraph; the first paragraph's 2月18日的复产), so the morning publication does not shift them. 晋中市具备复产条件的煤矿已有54座复产 … 分别占具备复产条件68座煤矿的79.4%和86.1% → resumed 54, sector_total 68, resumption_rate 79.4 (sector 具备复产条件的煤矿); 86.1% is a share of capacity (no metric); 6155万吨/年, 7145万吨/年, 990万吨 are capacities. 晋中市共有生产煤矿93座 → sector_total 93, sector 生产煤矿 (the larger set; dated by the paragraph's 截至2月18日). 4座煤矿2月18日的复产 is one day's increment (no metric), 剩余14座…预计到2月底 a plan, 2月8日开始启动 a start. The four named 煤业有限公司 (灵石, 介休) have no count of their own."
        ),
        source="http://news.zgw.com/ylxw/20200222/291075.html",
    ),
    dict(
        id="b21n11",
        text=(
            "项目建设战正酣——兰州新区绿色化工园区复工复产见闻\n"
            "新甘肃·甘肃日报记者 刘健\n"
            "4月的秦王川,阳光明媚。兰州新区绿色化工园区内,建设正酣。\n"
            "“目前,一期农药中间体子项目已开始带料试车,建成后可年产1000吨高效低毒农药中间体啶虫脒。”在兰州康鹏威耳化工有限公司年产7000吨农药原药及医药中间体项目建设现场,该公司有关负责人介绍说。\n"
            "春节过后,兰州新区绿色化工园区在全面开展疫情防控工作的同时,积极组织入园企业复工复产。\n"
            "“绿色化工园区续建项目复工和新建项目开工情况整体良好,目前已实现全面复工复产。”兰州新区化工园区管理办公室主任于凤刚表示,24个续建单独选址项目目前已复工20个;20个新建单独选址项目中,7个项目正在进行场平及临设搭建工作,4个项目已经开始地勘及场平,其余项目计划于4月全部开工。"
        ),
        published="2020-04-15",
        city="兰州市",
        expect=[
            ("sector_total", "兰州新区绿色化工园区", "2020-04-15", 24, "续建单独选址项目", ""),
            ("resumed", "兰州新区绿色化工园区", "2020-04-15", 20, "续建单独选址项目", ""),
            ("sector_total", "兰州新区绿色化工园区", "2020-04-15", 20, "新建单独选址项目", ""),
        ],
        note=(
            "甘肃日报's 见闻 on the 绿色化工园区 of 兰州新区, on 中国甘肃网's government channel; the search view shows no page line, so the date in the address (2020/04/15) stands in for `published`; the 原标题 lines and two paragraphs on one firm's early return (1月30日,员工就开始陆续返岗, no count) were left out. Region 兰州新区绿色化工园区: a park whose name does not start with the city's own name stays whole (unsure: 兰州新区, the new area it lies in, is the other reading). 24个续建单独选址项目目前已复工20个 → sector_total 24 and resumed 20, sector 续建单独选址项目, dated by the publication (目前; 4月 is a month, not a date). 20个新建单独选址项目 → sector_total 20 for 新建单独选址项目 (unsure: projects to be started rather than resumed); 7个…场平, 4个…地勘 are preparatory stages and 其余…计划于4月全部开工 a plan (no tuple). 已实现全面复工复产 states no number (no tuple). 1000吨, 7000吨 are capacities of 兰州康鹏威耳化工有限公司's project."
        ),
        source="http://gov.gscn.com.cn/system/2020/04/15/012365600.shtml",
    ),
    dict(
        id="b21n12",
        text=(
            "本報訊(記者 王斌 通訊員 王雪鋒)3月11日,商洛市政協(xié)主席高健深入丹鳳縣調(diào)研統(tǒng)籌推進疫情防控和經(jīng)濟社會發(fā)展工作。市政協(xié)副主席夏啟宗參加調(diào)研。\n"
            "在丹鳳江南醫(yī)院、新建丹鳳中學(xué)項目建設(shè)現(xiàn)場、商鎮(zhèn)黑溝河村,高健詳細了解了疫情防控情況,實地察看了企業(yè)復(fù)工復(fù)產(chǎn)、春耕生產(chǎn)情況,認真聽取了丹鳳縣委員工作室建設(shè)試點工作有關(guān)情況匯報。"
        ),
        published="2020-03-13 08:46",
        city="商洛市",
        expect=[],
        note=(
            "各界导报 (陕西's 各界新闻网) on 商洛's CPPCC chairman visiting 丹凤县, in traditional characters with the mirror's pinyin garbling kept as found (政協(xié)); the page line 2020-03-13 08:46:52 來源:各界新聞網(wǎng)-各界導(dǎo)報 gives `published`; the paragraph of instructions after the second was left out. A real local story naming the home city with no figure: no tuple (3月11日 is the visit's date; 企業復工復產 and 春耕 are named without counts)."
        ),
        source="http://shyushe.cn/zhengxie/2020/131012.html",
    ),
]
