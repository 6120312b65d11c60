"""Golden extraction cases for FEED texts, nineteenth BLIND set, Jan–Apr 2020.

Removed before the first run (the maintainer's overlap check): b19f01, 琼海市 in 海南's 2月2日 update,
whose bulletin wording shares windows with an eval and a holdout table. All kept cases are city=None.

What is here: 14 feed texts, i.e. bulletins, round-ups and wire items that summarise several places (issue 20 of the project). One is
read for a home city and thirteen have city=None. The brief asked for about half home-city cases; after some 60 searches nearly every
mainland provincial or city bulletin the `pages` corpus returned was already in a table (or repeated a frozen per-place list that is), two
clean-looking provincial bulletins failed the window check (see "dropped"), and a third lost its home city to blind19_narrative.py, so the
table leans to city=None, as the previous round's did.
* Home city (only that city, its districts and counties are expected): 琼海市 (海南's midday figures of 2月2日 by 中新网海南频道 on a
  city-news aggregator). 琼海市 is a county-level city under the province; it is used as a home city the way 万宁市 was in an earlier
  table. It is no `city=` of blind*.py (grepped) nor of blind19_narrative.py, written at the same time (its home cities, grepped: 临高县,
  嘉峪关市, 定西市, 池州市, 营口市, 运城市).
* city=None (every place the text gives figures to; at most six places a case): 永福省 and three of its districts (越通社, Vietnam's
  news agency, Chinese service, 2月14日), 韩国 with 首尔 (ETtoday, Taiwan, traditional, 2月21日), 华盛顿州, 金郡 and 美国 (ETtoday,
  3月2日), the cruise ship 至尊公主号 (KTSF, a Bay-Area Chinese TV station, traditional, 3月9日), 玻利维亚, 巴拿马, 巴西, 阿根廷, 智利,
  秘鲁 (新华社's Latin-American round-up on a traditional-converting mirror, 3月10日), 印度 with 克勒拉省, 德里, 拉吉斯坦省 (中央社,
  3月11日), 澳大利亚 with 新州 (央视 on an aggregator, 3月16日), 新西兰 (毛传媒, a Chinese-language outlet in New Zealand, 3月29日),
  以色列 (联合早报, Singapore, 3月29日), 瑞士 and 列支敦士登 (新华社 on an aggregator that spaces punctuation, 3月29日), 厄瓜多尔 with
  瓜亚斯省 (新华社 on a mirror that leaves simplified forms in brackets, 3月31日), 南非 with four provinces' deaths (非洲时报, a
  Chinese-language paper in Johannesburg, 4月5日), 西班牙 with 马德里自治区 (新华社 on 新华丝路, 4月22日).
Every case is a short verbatim excerpt of a public page found with the search tool (`pages` corpus); its `source` is that page's URL (also
in a comment above the entry). Traditional characters, a converter's leftovers in brackets (衛(wèi)生部, 累計(jì)), spaced punctuation
(' , ', ' 。'), a headline repeated in 【】, 采访人员 for 记者, a garbled ',;', a page's view counter on its date line, and the pages' own
headline/date/source lines are kept as found. Leading indentation was dropped; page chrome (navigation, share, 关注/微博/Qzone lines, photo
captions, related-news links, embedded English tweets, crawl markers) and paragraphs a case does not need were left out; a paragraph is
cut only after a full sentence, and each note says what was left out.

How it was made: BLIND, as a careful reader of the texts alone. Nothing of the extractor was opened or run (no code under extract/,
store/, briefing/, app/ or evaluation/, no CLI, no test). Binding conventions: tests/cases/ANNOTATION.md (including 'Readings still
open', where the first-listed reading is followed), shared/gold/FORMAT.md and the conventions in dev_cases.py's docstring. For the layout
only the docstring and the first two CASES entries of blind18_feeds.py were read. Nothing else in tests/cases or tests/data was read; they
were only grepped for file names (checks below) and for `city=` lines (blind19_narrative.py likewise, for its home cities only).
About 60 searches were run and some 110 candidate pages checked; 14 were kept.

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Ways of writing covered (counts of cases; a case can count under several):
  (1) foreign places: 13 (countries by their usual short name, 南韓 → 韩国; regions, states, provinces, counties and cities as written,
      converted to simplified: 永福省, 平川县, 三岛县, 三阳县, 首尔, 华盛顿州, 金郡, 克勒拉省 (中央社's name for Kerala), 德里,
      拉吉斯坦省, 新州 (New South Wales abbreviated), 瓜亚斯省, 夸纳省 (KwaZulu-Natal abbreviated), 豪登省, 自由州省, 西开普省,
      马德里自治区; a cruise ship by its name, 至尊公主号);
  (2) speakers and other places' items: 6 (a provincial bulletin read for one county-level city, with the province's totals and zeros
      and other cities that are not home; 當地 = the county whose health department speaks, 该国, 該國, 该自治区, 西 for 西班牙);
  (3) aggregates, parts and counts of places: 7 (two countries counted together, 瑞士及列支敦士登…14336例, and two regions together,
      41人在大邱及鄰近的慶尚北道: no tuple; groups by church, hospital, crew/passengers, travel or infection route; 四分之三 and 近一半
      as shares of another total; a running total of tests, 累计检测…疑似患者56873例, that is no suspected count);
  (4) current versus cumulative, severity: 4 (其余8例正在…接受治疗 and 目前有9人在医院治疗 → hospitalized; 3人命危 → critical; an
      intensive-care count → critical; 出院 inside a cumulative breakdown → recovered_total; 已痊癒出院 as a standing count);
  (5) deaths: 8 (new and total, a per-province deaths list, 一名患者死亡 and 一名…妇女…死于 as counts in words, two same-day death
      totals from two sources, 超300 → more_than, 没有死亡病例 → 0, deaths paired with 分別);
  (6) number words and forms: 6 (3,500多人, 1,000名, 兩名, 一人, 17億比索, headline roundings 超過2000 and 超过4000 with no tuple of their
      own, 400多例 as a week's description, percentages that are growth rates);
  (7) dates: 13 (今天/當天/当晚/当日 in a dated item, 星期天(29日), 截至当地时间21日21时 on a page of 22日 beside the region's 到22日为止,
      截至…3月16日16时 on a page without a date (published None, year from the address), a page date written 03.02.2020 07:00, a
      dateline date and a page date from the address (20200221, 20200302, 2020/03/09, 202003110454, 2020/03/29, 20200330, 2020/0330),
      baselines 較前一日 / 比前一天 / 较昨日, event dates (2月29日, 3月29日, 3月26日, 3月25日, 4月5日, 4月6日, 31日, 13日) that date
      no figure);
  (8) ordinals: 4 (首例死亡病例, 首次報告, 首次出现死亡个案, 3名最早 … 病例).

Reading choices made where the binding conventions are silent (each note says which it uses):
* Numbers with thousands commas (3,500多人, 1,000名) are read as numbers; here none of them is a case figure.
* A first case or first death named by an ordinal gives no total of its own (首例死亡病例, 首次報告確診病例); a count in words beside
  it is a count (一名患者死亡 → deaths_new 1).
* New Zealand's 新增新冠病例63起,包括60例确诊病例和3例疑似病例 → confirmed_new 60 (the confirmed part the text names); its 病例总数
  514 → confirmed_total 514 (the running case total, not split in the text; unsure).
* 除3名最早在克勒拉省確診…的病例已痊癒出院外 → recovered_total 3 for 克勒拉省: a standing count of patients discharged weeks before, not
  a report of the day's discharges (ANNOTATION's discharge rule read as applying to such reports; unsure).
* 至少21人確診 beside the same paper's exact 共21人確診 → one tuple, 21, no qualifier (至少 is none of FORMAT's qualifier words).
* Two different same-day totals from two sources (瑞士 257 at 8时, 已超300 later that day) are both expected.
* Figures in an undated first paragraph of a dated page take the page's date even when a later paragraph dates the event itself
  (華盛頓州's death 於2月29日病逝; unsure).
* Foreign regions keep the name the text uses (新州, 夸纳省, 克勒拉省, 金郡), converted to simplified.

Exclusion and overlap checks:
* No page comes from Hunan, mentions 株洲 or a Hunan place (the kept excerpts, notes and addresses were scanned, simplified and
  traditional, for the Hunan names of ANNOTATION.md and the brief, 湘, 红网 and 丁香), or comes from the DXY feed or a mirror of it; every
  page is of 2020 (Jan–Apr). A Hunan outlet's copy of 黑龙江's 2月7日 bulletin turned up in one search and was not used.
* Before annotating, each candidate's URL (its distinctive part) and 3–8 distinctive 12–20-character snippets (headline, figures with their
  nouns, lists, names), each as found, converted to simplified and to traditional (OpenCC t2s/s2t), and each also with half-width and
  full-width punctuation, were grepped with `grep -rlF` (file names only) across tests/cases and tests/data; then each kept excerpt was
  converted to simplified and ten 15-character windows spread over it were grepped, each also in traditional and with both kinds of
  punctuation. For the 14 kept pages no snippet was found; three windows matched boilerplate only, which is not counted as a hit:
  '人正在接受居家或集中医学观察。' (the fixed closing formula of 海南's bulletins, no figure in it; b19f01; blind7_feeds.py,
  eval_realworld.py), '(Grand Princess' (the ship's English name; b19f05; blind11_feeds.py) and '状病毒疾病(COVID-19,' (中央社's
  standard name of the disease; b19f07; blind13/15/16_feeds.py).
* Dropped for a window hit that is not boilerplate (after the candidates had been written up): 黑龙江's bulletin of 2月7日 from 东北网,
  read for 黑河市 (its list of discharges by hospital, '哈尔滨市传染病医院7例、黑龙江省传染病防治院2例…', is also in another day's
  bulletin in dev_realworld.py), and 辽宁's bulletin of 2月5日22时–2月6日14时 from a 盘锦 government site, read for 辽阳市 (the window
  '锦州市7例、营口市1例、阜新市' also occurs, with other neighbours, in other days' bulletins in blind14_feeds.py and blind15_feeds.py).
  Their URLs and other snippets were clean; the brief's rule (drop any candidate with a non-boilerplate hit) was applied as written.
* Dropped for a hit on URL, snippets or the same per-place list (the same bulletin elsewhere or a frozen list): 黑龙江 1月30日 (big5
  东北网), 2月9日, 2月23日, 2月27日 (香港商报); 辽宁 2月14日/2月20日/2月24日 (frozen list); 河北
  1月27日, 1月29日, 2月8日, 2月26日; 山西 1月31日, 2月1日, 2月3日, 2月10日; 河南 1月25日, 2月2日, 2月15日/2月28日 (frozen 开封 list);
  安徽 2月3日 (淮南 paper), 2月6日, 2月18日; 江西 1月30日, 2月2日, 3月2日, 3月3日 (frozen 鹰潭 18), the 3月9日 national 清零 round-up
  naming 鹰潭; 广西 2月1日 (崇左 without cases); 海南 1月26日, 1月28日, 2月4日; 四川 2月19日 (table with 阿坝); 贵州 2月14日; 云南
  2月3日, 2月7日, 2月11日; 甘肃 1月26日 (a university archive of official sites), 2月2日 (香港商报), 2月14日, 2月22日, 3月5日, 3月6日
  (frozen 兰州/定西 list); 青海 2月3日 and the frozen 西宁15/海北3 list (2月10日–3月17日); 宁夏 2月15日, 2月26日, 2月29日; 内蒙古
  2月8日, 2月19日 (乌海's 海勃湾区2例 frozen); 西班牙 3月9日 (its 马德里 578 is in blind17_feeds.py), 3月25日; 德国 3月7日; 韩国 3月5日,
  2月25日 (the page with 广尚北道); 伊朗 2月22日, 3月7日; 印尼 3月18日, 3月24日; 南非 3月19日; 俄罗斯 4月9日, 4月16日.
* Other candidates left out: 安徽's bulletin of 1月24日 on 阜阳新闻网, read for 池州市 — clean, but 池州市 is a home city of
  blind19_narrative.py; pages with no date and no year on the stored page (东森 on Spain 4月4日 and Iran 2月21日, 智利中文网 3月13日,
  人民网 on South Africa 3月14日 via a mirror, 星岛 on 至尊公主号 3月9日, 香港01 on Iran 3月2日); too many places (韩国 3月1日, nine
  regions; 澳大利亚 3月18日/3月22日/3月24日/3月31日, eight states; 非洲时报 3月29日, ten provinces; a US round-up of 3月17日); second items
  for a country (新西兰 4月5日, 以色列 4月1日, a second Latin-American round-up of 3月23日); India's Kerala items of 2月15日 (their figures
  stand only in residence wording); pages of 2021–2023 that the search returned.
"""

CASES = [
    # https://haikou.baogaosu.com/xinwen/%E4%BE%8B/81204218
    dict(
        id="b19f02",
        text="关于越南永福省COVID-19的报道\n截至2020年2月14日上午7点,永福省确诊新冠肺炎病例共11例(平川县9例、三岛县1例、三阳县1例);其中3人已治愈出院,其余8例正在中央热带病医院东英县分院、广何综合诊所和中央儿童医院等接受治疗。\n越通社永福省2月14日——2月14日下午,永福省举行了新闻发布会,向媒体界介绍了该省新型冠状病毒感染的肺炎疫情防范工作的信息。\n根据地方领导的报告,截至2020年2月14日上午7点,永福省确诊新冠肺炎病例共11例(平川县9例、三岛县1例、三阳县1例);其中3人已治愈出院,其余8例正在中央热带病医院东英县分院、广何综合诊所和中央儿童医院等接受治疗。",
        published=None,
        city=None,
        expect=[
            ("confirmed_total", "永福省", "2020-02-14", 11, "", ""),
            ("confirmed_total", "平川县", "2020-02-14", 9, "", ""),
            ("confirmed_total", "三岛县", "2020-02-14", 1, "", ""),
            ("confirmed_total", "三阳县", "2020-02-14", 1, "", ""),
            ("recovered_total", "永福省", "2020-02-14", 3, "", ""),
            ("hospitalized", "永福省", "2020-02-14", 8, "", ""),
        ],
        note="越通社 (Vietnam News Agency, Chinese service) on 永福省, Vietnam, 2月14日: the headline, the lead and the report paragraph, which repeats the lead word for word (one tuple per figure); a photo caption was dropped, and the report paragraph is cut after its first full sentence (the next sentence, on 74 suspected cases, 357 contacts and 128 people under isolation, and the paragraphs on the 山雷乡 quarantine, were left out). The page shows no date line of its own: published None; the year comes from 截至2020年2月14日. Corpus without a home city: 永福省 (a province) confirmed_total 11 with its districts in brackets, 平川县 9, 三岛县 1, 三阳县 1 (Vietnamese 县, as written). 其中3人已治愈出院 inside the cumulative breakdown → recovered_total 3 (as earlier blind tables read 出院 inside a 累计 breakdown); 其余8例正在…医院…接受治疗 → hospitalized 8 for the province (the three hospitals are where they are treated, not places with figures). No figure for Vietnam as a whole.",
        source="https://zh.vietnamplus.vn/%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BDcovid19%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD/109814.vnp",
    ),
    # https://www.ettoday.net/news/20200221/1650605.htm
    dict(
        id="b19f03",
        text="記者詹雅婷/綜合報導\n南韓21日再增52例新冠肺炎(COVID-19)確診個案,境內感染人數來到156人。韓聯社指出,在52名新增病例中,有41人在大邱(Daegu)及鄰近的慶尚北道,3人在首爾;據BNO NEWSROOM報導,有39人與新天地教會有關,1人與醫院有關,當局目前還在針對另外12人進行調查。\n目前南韓已出現首例死亡病例,確診數激增,部分個案的感染途徑卻仍不得而知。面對疫情擴散,南韓國務總理丁世均21日上午表示,將指定大邱市、慶尚北道清道郡為傳染病特別管理地區。",
        published="2020-02-21",
        city=None,
        expect=[
            ("confirmed_new", "韩国", "2020-02-21", 52, "", ""),
            ("confirmed_total", "韩国", "2020-02-21", 156, "", ""),
            ("confirmed_new", "首尔", "2020-02-21", 3, "", ""),
        ],
        note="ETtoday (Taiwan, traditional) on South Korea, 2月21日; the two ► related-news links and the quoted English tweet after the text were dropped, and so was the ' date 2020-02 ' crawl marker. Date from the address (20200221) and the text's 21日. Corpus without a home city: 南韓 → 韩国: 再增52例 → confirmed_new 52, 境內感染人數來到156人 → confirmed_total 156. Of the 52 new, 3人在首爾 → confirmed_new 3 for 首尔. 41人在大邱及鄰近的慶尚北道 counts two places together: no tuple for either (a sum the text does not split). 39 (新天地教會), 1 (醫院) and 12 (under investigation) are groups, not places. 首例死亡病例 is an ordinal: no deaths count.",
        source="https://www.ettoday.net/news/20200221/1650605.htm",
    ),
    # https://www.ettoday.net/news/20200302/1657493.htm
    dict(
        id="b19f04",
        text="美國華盛頓州新增4名新冠肺炎(COVID-19)確診病例,3人命危,1人已病逝。當地衛生部門表示,4人全數都是在長期照護機構接受相關照護,該名死者為70多歲男性。\n華盛頓州金郡(King County)衛生部門透過聲明指出,目前當地確診病例已增至10人,其中2人死亡。這也讓全美因感染新冠肺炎(COVID-19)死亡的人數來到2人。\n聲明指出,命危的確診病患為一名70多歲男性、一名80多歲女性及一名90多歲女性,全都住金郡柯克蘭市(Kirkland)的長青健康醫療中心(EvergreenHealth)住院,另外一名70多歲男性也在該照護機構住院,於2月29日病逝。\n據了解,4名新確診的患者都是「生命護理中心(Life Care Center)」的住民。",
        published="2020-03-02",
        city=None,
        expect=[
            ("confirmed_new", "华盛顿州", "2020-03-02", 4, "", ""),
            ("critical", "华盛顿州", "2020-03-02", 3, "", ""),
            ("deaths_new", "华盛顿州", "2020-03-02", 1, "", ""),
            ("confirmed_total", "金郡", "2020-03-02", 10, "", ""),
            ("deaths_total", "金郡", "2020-03-02", 2, "", ""),
            ("deaths_total", "美国", "2020-03-02", 2, "", ""),
        ],
        note="ETtoday (Taiwan, traditional) on Washington State, 2 March; the photo caption above the text, the crawl marker and the embedded English tweet were dropped. Page date from the address (20200302); the figure paragraphs state no date of their own (目前…), so they take the page's date (the one death is said to have happened 於2月29日, in a later paragraph; the count is reported here, read as of the page's date — unsure). Corpus without a home city: 華盛頓州新增4名…確診病例 → confirmed_new 4, 3人命危 → critical 3 (critically ill, as 處于危險狀態 was read last round), 1人已病逝 → deaths_new 1, all for 华盛顿州 as the sentence names it. 金郡 (King County, as written) speaks of 當地: 確診病例已增至10人,其中2人死亡 → confirmed_total 10, deaths_total 2. 全美…死亡的人數來到2人 → deaths_total 2 for 美国. Ages (70多歲, 80多歲, 90多歲), 柯克蘭市 as the patients' residence and the two institutions (長青健康醫療中心, 生命護理中心) give no tuple.",
        source="https://www.ettoday.net/news/20200302/1657493.htm",
    ),
    # http://www.ktsf.com/2020/03/09/grand-princess-to-dock-in-oakland/
    dict(
        id="b19f05",
        text="【KTSF】\n滯留加州外海多天的至尊公主號郵輪(Grand Princess)載有3,500多人,其中至少21人確診,患有新冠肺炎,該郵輪將於週一在東灣奧克蘭(屋崙)港靠岸,讓乘客下船,送往其他地區隔離檢疫。\n聯邦公衛官員表示,船上將近1,000名加州居民,將在北灣Travis空軍基地或聖地牙哥Miramar空軍基地完成隔離。\n當局檢測了船上46人的樣本,結果發現有19名船員和兩名乘客共21人確診,而船上1,000多名船員,可能會留在船上隔離。",
        published="2020-03-09",
        city=None,
        expect=[
            ("confirmed_total", "至尊公主号", "2020-03-09", 21, "", ""),
        ],
        note="KTSF (a Chinese-language TV station of the San Francisco Bay Area, traditional) on the cruise ship Grand Princess, 9 March (date from the address 2020/03/09); the paragraphs on the docking plan, the governor's and the mayor's statements were left out, and so was the crawl marker. Corpus without a home city: the ship by its name, 至尊公主號 → 至尊公主号. 其中至少21人確診 and, at the end, 共21人確診 are one figure: confirmed_total 21 (exact: the last paragraph gives the count; 至少 'at least' is none of the qualifier words). 19名船員和兩名乘客 split the 21 into groups: no tuple. 3,500多人 aboard, 將近1,000名加州居民, 46人的樣本 (tests) and 1,000多名船員 are no case figures. 加州, 奧克蘭 and the air bases are places without figures.",
        source="http://www.ktsf.com/2020/03/09/grand-princess-to-dock-in-oakland/",
    ),
    # http://m.nsh-em.com/politics/2020-03/11/c_1125697610.htm
    dict(
        id="b19f06",
        text="綜合消息:新冠疫情在拉美蔓延 多國進一步加強防控\n2020-03-11 17:50:19 來源: 新華網\n新華社圣保羅3月10日電 綜合新華社駐外記者報道:多個拉美國家10日報告新冠肺炎新增病例,其中玻利維亞首次報告新冠肺炎確診病例,巴拿馬出現首例死亡病例。面對疫情蔓延,拉美多國進一步出臺防控措施。\n玻利維亞衛生部10日說,當天確診2例新冠肺炎病例,兩人均從意大利回國后出現癥狀,目前正在接受隔離治療。這是玻利維亞首次報告確診病例。\n巴拿馬衛生部10日宣布,該國新冠肺炎確診病例增至8人,一名患者死亡。這是巴拿馬首例死亡病例。巴拿馬政府要求巴拿馬城北部、中部和圣米格利托市的學校停課,同時停止舉行音樂會、體育賽事和集市等活動。\n巴西衛生部10日下午宣布,該國當天新增9例新冠肺炎確診病例,累計確診病例達34例。新增病例中有7人近期曾前往歐洲旅行,2人為本地感染。衛生部表示,將撥專款用于強化醫療措施,延長衛生站工作時間,并在重癥監護室設立更多床位。\n阿根廷衛生部10日宣布新確診2例新冠肺炎病例,累計確診病例達19例。該國政府當天宣布劃撥17億比索(約合2700萬美元)專項撥款,用于升級實驗室和醫院的醫療設備。\n智利衛生部網站10日發布的數據顯示,該國新增4例新冠肺炎確診病例,累計確診病例達17例。智利衛生部當天宣布所有從西班牙和意大利入境的旅客都必須進行為期兩周的隔離。\n秘魯衛生部10日宣布,該國新增2例新冠肺炎確診病例,均有歐洲旅行史,累計確診病例升至11例。",
        published="2020-03-11 17:50",
        city=None,
        expect=[
            ("confirmed_new", "玻利维亚", "2020-03-10", 2, "", ""),
            ("confirmed_total", "巴拿马", "2020-03-10", 8, "", ""),
            ("deaths_new", "巴拿马", "2020-03-10", 1, "", ""),
            ("confirmed_new", "巴西", "2020-03-10", 9, "", ""),
            ("confirmed_total", "巴西", "2020-03-10", 34, "", ""),
            ("confirmed_new", "阿根廷", "2020-03-10", 2, "", ""),
            ("confirmed_total", "阿根廷", "2020-03-10", 19, "", ""),
            ("confirmed_new", "智利", "2020-03-10", 4, "", ""),
            ("confirmed_total", "智利", "2020-03-10", 17, "", ""),
            ("confirmed_new", "秘鲁", "2020-03-10", 2, "", ""),
            ("confirmed_total", "秘鲁", "2020-03-10", 11, "", ""),
        ],
        note="新华社's Latin-American round-up of 10 March on a mirror that shows 新華網's page in traditional characters; the page's 新華網 正文/關注/微博/Qzone/評論 chrome was dropped, and the excerpt stops after the full sentence on Peru (the next paragraph, on Costa Rica, is cut off on the page). Every figure is dated 10日 (the dateline 3月10日 gives the month). Corpus without a home city, six countries: 玻利維亞 當天確診2例 → confirmed_new 2 (首次報告 is an ordinal: no total is stated, none expected); 巴拿馬 確診病例增至8人 → confirmed_total 8, 一名患者死亡 (a count in words) → deaths_new 1 (首例死亡病例 is an ordinal, no deaths_total); 巴西 9 new / 34 total (7人 travel and 2人 local infections are parts: no tuple); 阿根廷 2/19; 智利 4/17; 秘魯 2/11. 17億比索 and 2700萬美元 are money. Cities (巴拿馬城, 圣米格利托市, 圣保羅) have no figures.",
        source="http://m.nsh-em.com/politics/2020-03/11/c_1125697610.htm",
    ),
    # https://cna.com.tw/news/aopl/202003110454.aspx
    dict(
        id="b19f07",
        text="印度武漢肺炎確診單日新增10例 累計60例\n(中央社記者康世人新德里11日專電)印度武漢肺炎確診病例今天新增10例,累計達60例。印度衛生與福利部表示,多數確診病例都有出國旅行史,呼籲民眾這段期間應避免出國。\n印度衛福部的統計,在60個感染2019冠狀病毒疾病(COVID-19,俗稱武漢肺炎)病例中,多數曾有赴義大利、伊朗等國旅遊史,呼籲印度公民在這段期間,不要前往中國、義大利、伊朗、韓國、日本、法國、德國和西班牙旅行,也避免不必要的出國旅行。\n除3名最早在克勒拉省(Kerala)確診感染武漢肺炎的病例已痊癒出院外,印度衛生與福利部長瓦德漢(Harsh Vardhan)說,所有被感染的病患都出現復原跡象。\n在今天新增病例中,以克勒拉省(Kerala)最多,一口氣通報8名確診,其中有6人曾與先前隱匿赴義大利旅行史的確診病患接觸過,讓克勒拉省確診病例累計達17例,是確診病例最多的一省。\n為控制疫情,克勒拉省政府已宣布關閉所有教育機構和電影院,直到31日為止。省長維加揚(Pinarayi Vijayan)建議民眾避免舉行和參與集會,不要前往即將在13日重新開放的印度教神聖廟宇沙巴瑞瑪拉廟(Sabarimala Shrine)參拜。\n此外,克勒拉省政府也把所有與政府有關的活動全部延後。\n德里和拉吉斯坦省(Rajastan)今天也分別新增1名確診病例。",
        published="2020-03-11",
        city=None,
        expect=[
            ("confirmed_new", "印度", "2020-03-11", 10, "", ""),
            ("confirmed_total", "印度", "2020-03-11", 60, "", ""),
            ("confirmed_new", "克勒拉省", "2020-03-11", 8, "", ""),
            ("confirmed_total", "克勒拉省", "2020-03-11", 17, "", ""),
            ("recovered_total", "克勒拉省", "2020-03-11", 3, "", ""),
            ("confirmed_new", "德里", "2020-03-11", 1, "", ""),
            ("confirmed_new", "拉吉斯坦省", "2020-03-11", 1, "", ""),
        ],
        note="中央社 (Taiwan, traditional) from New Delhi, 11 March (date from the address 202003110454 and the dateline 11日; 今天 = 11日); the page's cookie banner was dropped and the excerpt stops after the sentence on Delhi and Rajasthan (the next paragraph, a list of further states, is cut off on the page). Corpus without a home city; Indian states keep 中央社's names (克勒拉省 = Kerala, 拉吉斯坦省 = Rajasthan), as written. 印度 10 new / 60 total (在60個…病例中 repeats the 60); 克勒拉省 一口氣通報8名確診 → confirmed_new 8, 累計達17例 → confirmed_total 17 (其中有6人 contacts: a part, no tuple). 除3名最早…確診…的病例已痊癒出院外 states that Kerala's three earliest cases have already been discharged: read as recovered_total 3 for 克勒拉省 (a standing count, not a report of the day's discharges, so not recovered_new — unsure; ANNOTATION's discharge rule is about reports of discharges). 德里和拉吉斯坦省…分別新增1名 → confirmed_new 1 each. 31日 and 13日 date closures, not figures; the list of countries to avoid has no figures.",
        source="https://cna.com.tw/news/aopl/202003110454.aspx",
    ),
    # https://news.shi-fen.com/world/202003/51-663487.html
    dict(
        id="b19f08",
        text="澳大利亚新冠肺炎确诊病例升至355例\n原标题:澳大利亚新冠肺炎确诊病例升至355例\n根据澳大利亚联邦卫生部最新统计,截至澳大利亚东部夏令时3月16日16时,澳大利亚感染新冠肺炎确诊病例增至355例,死亡病例增至5例。新州最新确诊37例感染者,这是该地区报告的单日最高新增病例数字。目前新州的总确诊病例数为171例。",
        published=None,
        city=None,
        expect=[
            ("confirmed_total", "澳大利亚", "2020-03-16", 355, "", ""),
            ("deaths_total", "澳大利亚", "2020-03-16", 5, "", ""),
            ("confirmed_new", "新州", "2020-03-16", 37, "", ""),
            ("confirmed_total", "新州", "2020-03-16", 171, "", ""),
        ],
        note="央视 (总台记者王聪) on Australia, 16 March, on a news-aggregator page (首页 > 国际新闻 chrome dropped). The second paragraph, the seven other states and territories (维多利亚州确诊71例 … 北领地没有确诊病例), was left out to keep the case to two places, and so were the related-reading links. The page shows no date: published None; the month and day come from 截至…3月16日16时 and the year from the address (202003). Corpus without a home city: 澳大利亚 confirmed_total 355, 死亡病例增至5例 → deaths_total 5 (增至: a running total). 新州 (New South Wales, abbreviated; region as written) 最新确诊37例 → confirmed_new 37 (the sentence calls it the day's record 单日最高新增), 目前…总确诊病例数为171例 → confirmed_total 171; 目前 takes the paragraph's 3月16日.",
        source="https://news.shi-fen.com/world/202003/51-663487.html",
    ),
    # http://nzmao.co.nz/2020/03/29/【3月29日】新西兰首次出现新冠病毒死亡个案，新… (address as percent-escaped on the page)
    dict(
        id="b19f09",
        text="卫生部总干事Bloomfield 博士说,一名 70多岁的西海岸妇女今天上午死于新冠病毒。这是新冠病毒在新西兰蔓延以来,首次出现死亡个案。\n在过去24小时,新西兰新增新冠病例63起,包括60例确诊病例和3例疑似病例。\n这使得新西兰新冠病例总数达514例。目前有9人在医院治疗,其中一人需要在重症监护室使用呼吸机;其余人员都在家隔离。\n总理雅辛达·阿登(Jacinda Ardern)说,今天是令人伤心的一天。她说,年龄较大的人面临的风险最大。\n阿登总理表示新西兰人感染新冠病毒的个案会继续增加,直到4月6日。她要大家在看到确诊病例数字急剧上升的时候不要灰心。\n(毛传媒编译)",
        published="2020-03-29",
        city=None,
        expect=[
            ("deaths_new", "新西兰", "2020-03-29", 1, "", ""),
            ("confirmed_new", "新西兰", "2020-03-29", 60, "", ""),
            ("confirmed_total", "新西兰", "2020-03-29", 514, "", ""),
            ("hospitalized", "新西兰", "2020-03-29", 9, "", ""),
            ("critical", "新西兰", "2020-03-29", 1, "", ""),
        ],
        note="毛传媒 (nzmao, a Chinese-language outlet in New Zealand) on 29 March (date from the address 2020/03/29; 今天 = that day); the text as stored (its headline is only in the address). Corpus without a home city: 新西兰. 一名…妇女今天上午死于新冠病毒 → deaths_new 1 (a count in words; 西海岸 is where she lived, not a place with a figure); 首次出现死亡个案 is an ordinal, no deaths_total. 新增新冠病例63起,包括60例确诊病例和3例疑似病例 → confirmed_new 60 (the text splits the 63 into 60 confirmed and 3 probable; the 63 mixes both and new suspected/probable cases have no metric). 新冠病例总数达514例 → confirmed_total 514 (the text's running case total, not split; New Zealand counted probable cases in it — unsure). 目前有9人在医院治疗 → hospitalized 9; 其中一人需要在重症监护室使用呼吸机 → critical 1 (an intensive-care count; first-listed open reading). Ages and 4月6日 are no figures.",
        source="http://nzmao.co.nz/2020/03/29/%e3%80%903%e6%9c%8829%e6%97%a5%e3%80%91%e6%96%b0%e8%a5%bf%e5%85%b0%e9%a6%96%e6%ac%a1%e5%87%ba%e7%8e%b0%e6%96%b0%e5%86%a0%e7%97%85%e6%af%92%e6%ad%bb%e4%ba%a1%e4%b8%aa%e6%a1%88%ef%bc%8c%e6%96%b0",
    ),
    # https://www.zaobao.com.sg/realtime/world/story20200330-1041389
    dict(
        id="b19f10",
        text="以色列确诊病例超过4000起\n(早报讯)以色列星期天(29日)新增628起2019冠状病毒疾病(COVID-19)确诊病例,是自出现疫情以来最大单日增幅。\n新华社报道,截至当晚,以色列的累计确诊病例为4247起,死亡病例15起。\n目前,以色列已禁止无以色列公民身份或居住权的外国公民入境,并颁布强制性禁令,民众除了采购食品药物、接受医疗服务等活动,禁止离家。\n以色列就业服务处星期天公布的数据显示,自本月初以来,以色列的失业率从4%升至22.6%,目前失业人数达93.9万。",
        published="2020-03-30",
        city=None,
        expect=[
            ("confirmed_new", "以色列", "2020-03-29", 628, "", ""),
            ("confirmed_total", "以色列", "2020-03-29", 4247, "", ""),
            ("deaths_total", "以色列", "2020-03-29", 15, "", ""),
        ],
        note="联合早报 (Singapore) on Israel, page of 30 March (address story20200330); the photo caption (twice), the font-size control and the Facebook line were dropped. 星期天(29日) dates the new 628 (confirmed_new); 截至当晚 takes the previous paragraph's 29日 → confirmed_total 4247 and 死亡病例15起 (a running total beside the cumulative count) → deaths_total 15. The headline's 超过4000起 rounds 4247: no tuple of its own. Unemployment (4%, 22.6%, 93.9万) has no metric.",
        source="https://www.zaobao.com.sg/realtime/world/story20200330-1041389",
    ),
    # http://tech.jiangsulong.com/a/2020/0330/03301532632020.html
    dict(
        id="b19f11",
        text="瑞士及列支敦士登新冠肺炎确诊病例升至14336例\n新华社日内瓦3月29日电(采访人员陈俊侠 李叶)瑞士联邦公共卫生办公室29日公布的数据显示 , 截至当天8时 , 瑞士及列支敦士登新冠肺炎确诊病例升至14336例 , 比前一天增加1123例 , 其中瑞士死亡病例达257例 。\n【瑞士及列支敦士登新冠肺炎确诊病例升至14336例】另据瑞士广播电视台当天晚些时候报道 , 该国死亡病例已超300例 , 其中四分之三来自瑞士法语区和与意大利接壤的提契诺州 。\n瑞士联邦铁路公司当天宣布 , 鉴于意大利疫情严重 , 将暂停所有瑞士往返意大利的客运列车 , 恢复时间另行通知 。 该公司同时表示 , 两国间铁路货运业务不受影响 。\n另据列支敦士登卫生部门29日公布的数字 , 该国目前有62人被确诊感染新冠肺炎 , 没有死亡病例 。\n瑞士和列支敦士登卫生部门合作紧密 , 瑞士新冠肺炎统计数据往往涵盖后者 。",
        published="2020-03-30",
        city=None,
        expect=[
            ("deaths_total", "瑞士", "2020-03-29", 257, "", ""),
            ("deaths_total", "瑞士", "2020-03-29", 300, "", "more_than"),
            ("confirmed_total", "列支敦士登", "2020-03-29", 62, "", ""),
            ("deaths_total", "列支敦士登", "2020-03-29", 0, "", ""),
        ],
        note="新华社 from Geneva, 29 March, on an aggregator (page date from the address 2020/0330) that spaces punctuation (' , ', ' 。'), writes 采访人员 for 记者 and repeats the headline in 【】 at the start of the second paragraph; all kept as found, the 推荐阅读 line dropped. Corpus without a home city. 瑞士及列支敦士登…确诊病例升至14336例, 比前一天增加1123例 count two countries together: no tuple for either (a sum the text does not split; 比前一天 is a baseline). 其中瑞士死亡病例达257例 → deaths_total 257 (as of 8时); the broadcaster's later figure 该国死亡病例已超300例 → deaths_total 300 more_than, same day — two figures of the same day from two sources, both expected. 四分之三 of the deaths from a region pair is a share of another total: no tuple (提契诺州 and 瑞士法语区 get no figure). 列支敦士登: 目前有62人被确诊 → confirmed_total 62, 没有死亡病例 → deaths_total 0.",
        source="http://tech.jiangsulong.com/a/2020/0330/03301532632020.html",
    ),
    # http://ohl1yru.cn/world/2020-04/01/c_1125796162.htm
    dict(
        id="b19f12",
        text="厄瓜多爾新冠肺炎確診病例超過2000例\n2020-04-01 03:26:20 來源: 新華網(wǎng)\n新華社基多3月31日電(記者郝云甫)厄瓜多爾衛(wèi)生部3月31日說,該國(guó)新冠肺炎確診病例較前一日增加274例,累計(jì)確診病例2240例。\n數(shù)據(jù)顯示,厄瓜多爾當天新增新冠肺炎死亡病例13例,累計(jì)死亡病例75例,累計(jì)54人痊愈出院。瓜亞斯省是厄瓜多爾疫情最嚴(yán)重的地區(qū),確診病例和死亡病例分別為1563例和51例。\n厄瓜多爾從3月25日開始實(shí)施每天長(zhǎng)達(dá)15小時(shí)的宵禁措施,全國(guó)非關(guān)鍵崗位停止辦公時(shí)間延長(zhǎng)至4月5日,并將視疫情形勢繼續(xù)調(diào)整。",
        published="2020-04-01 03:26",
        city=None,
        expect=[
            ("confirmed_new", "厄瓜多尔", "2020-03-31", 274, "", ""),
            ("confirmed_total", "厄瓜多尔", "2020-03-31", 2240, "", ""),
            ("deaths_new", "厄瓜多尔", "2020-03-31", 13, "", ""),
            ("deaths_total", "厄瓜多尔", "2020-03-31", 75, "", ""),
            ("recovered_total", "厄瓜多尔", "2020-03-31", 54, "", ""),
            ("confirmed_total", "瓜亚斯省", "2020-03-31", 1563, "", ""),
            ("deaths_total", "瓜亚斯省", "2020-03-31", 51, "", ""),
        ],
        note="新华社 from Quito, 31 March, on a mirror that converts 新華網's page to traditional characters and leaves the simplified form in brackets after many characters (衛(wèi)生部, 累計(jì), 地區(qū)); kept as found, the page's 關注/微博/Qzone/評論 lines and photo/纠错 lines dropped. Published 03:26 on 1 April, but the figures carry 3月31日 (當天 = that day). Corpus without a home city: 厄瓜多尔 較前一日增加274例 → confirmed_new 274 (較前一日 is the baseline), 2240 total, 13 new deaths, 75 deaths in all, 累計54人痊愈出院 → recovered_total 54. 瓜亞斯省 (Guayas, simplified 瓜亚斯省): 確診病例和死亡病例分別為1563例和51例 → confirmed_total 1563 and deaths_total 51 (paired by 分別). The headline's 超過2000例 rounds 2240: no tuple. 3月25日, 15小時 and 4月5日 belong to the curfew, not to case figures.",
        source="http://ohl1yru.cn/world/2020-04/01/c_1125796162.htm",
    ),
    # http://africantimes2005.com/nfyw/21124.html
    dict(
        id="b19f13",
        text="最新!新增70例 南非新冠肺炎累计确诊1655例 累计死亡11例\n2020-04-06 16:27:50 来源: 非洲时报 阅读 (16102次)\n4月5日,南非卫生部长穆凯兹证实,南非全国累计检测新冠肺炎疑似患者56873例,较昨日多检测2936例,累计死亡病例11例,新增新冠肺炎确诊病例70例,累计确诊病例1655例。\n累计死亡病例:夸纳省7例,豪登省1例、自由州省1例、西开普省2例。\n新增的2例死亡病例中,其中一名是82岁的女性,3月29日入院在重症病房接受治疗,她曾出现发烧,呼吸急促,身体疼痛,干咳和咽喉痛,她还患有高血压,糖尿病等疾病,;另外一名是86岁的男性,在3月26日住院治疗,因为患有支气管炎和呼吸困难去世。",
        published="2020-04-06 16:27",
        city=None,
        expect=[
            ("deaths_total", "南非", "2020-04-05", 11, "", ""),
            ("confirmed_new", "南非", "2020-04-05", 70, "", ""),
            ("confirmed_total", "南非", "2020-04-05", 1655, "", ""),
            ("deaths_new", "南非", "2020-04-05", 2, "", ""),
            ("deaths_total", "夸纳省", "2020-04-05", 7, "", ""),
            ("deaths_total", "豪登省", "2020-04-05", 1, "", ""),
            ("deaths_total", "自由州省", "2020-04-05", 1, "", ""),
            ("deaths_total", "西开普省", "2020-04-05", 2, "", ""),
        ],
        note="非洲时报 (African Times, a Chinese-language paper in Johannesburg) of 6 April on South Africa's figures of 4月5日; the page's 首页 >> 南非要闻 chrome was dropped, its date/source line (with the 阅读 counter) kept as found. The paragraph with the provinces' confirmed cases (nine provinces and 77 unallocated) was left out to keep the case to five places; the deaths list is kept. Corpus without a home city, all figures of 4月5日 (the list and the last paragraph state no date and take the first paragraph's): 南非 deaths_total 11, confirmed_new 70, confirmed_total 1655; 新增的2例死亡病例 → deaths_new 2. 累计死亡病例:夸纳省7例 (KwaZulu-Natal abbreviated, as written), 豪登省1例, 自由州省1例, 西开普省2例 → deaths_total each. 累计检测…疑似患者56873例 and 较昨日多检测2936例 count tests, not current suspected cases: no tuple. Ages and the admission dates 3月29日/3月26日 are no figures; the garbled ',;' is kept.",
        source="http://africantimes2005.com/nfyw/21124.html",
    ),
    # https://www.imsilkroad.com/news/p/410619.html
    dict(
        id="b19f14",
        text="西班牙疫情保持稳定 马德里临时太平间关闭\n来源:新华社 责任编辑:唐云 2020-04-23 09:17:11\n新华社马德里4月22日电(谢宇智)西班牙卫生部22日发布新冠疫情数据显示,西新增确诊和死亡病例数继续保持稳定。马德里由“冰宫”溜冰场改建的临时太平间也于当日宣告关闭。\n根据西卫生部的统计,截至当地时间21日21时,西班牙新增确诊病例4211例,累计208389例;新增死亡病例435例,累计21717例;新增治愈3401例,累计已有85915人治愈出院。\n卫生部应急与预警协调中心主任费尔南多·西蒙在当日的新闻发布会上称,本周疫情的发展与上周相比更加趋好,每日新增死亡病例数控制在400多例,进入重症监护室的患者和需要入院治疗的患者日增幅分别低至0.8%和1.4%,此外新增确诊病例中近一半是通过血清检测查出的。\n马德里“冰宫”溜冰场当日宣布结束其作为临时太平间的使命。该溜冰场位于马德里东北部一家商业中心内,3月23日起被改造为太平间,过去几周内,这里共停放了1146具去世患者的遗体。\n目前马德里自治区仍是西班牙疫情最严重的地区。到22日为止,该自治区累计确诊病例已达59199例,死亡7577例。",
        published="2020-04-23 09:17",
        city=None,
        expect=[
            ("confirmed_new", "西班牙", "2020-04-21", 4211, "", ""),
            ("confirmed_total", "西班牙", "2020-04-21", 208389, "", ""),
            ("deaths_new", "西班牙", "2020-04-21", 435, "", ""),
            ("deaths_total", "西班牙", "2020-04-21", 21717, "", ""),
            ("recovered_new", "西班牙", "2020-04-21", 3401, "", ""),
            ("recovered_total", "西班牙", "2020-04-21", 85915, "", ""),
            ("confirmed_total", "马德里自治区", "2020-04-22", 59199, "", ""),
            ("deaths_total", "马德里自治区", "2020-04-22", 7577, "", ""),
        ],
        note="新华社 from Madrid, 22 April, on 新华丝路 (a Belt-and-Road information portal run by 新华社; its masthead lines and the related-items list were dropped). The national figures are dated 截至当地时间21日21时 → 2020-04-21 although the ministry published them on 22日; the region's 到22日为止 → 2020-04-22. Corpus without a home city: 西班牙 (西 in 西卫生部/西新增 is its abbreviation) 4211 new, 208389 total, 435 new deaths, 21717 deaths in all, 新增治愈3401例 → recovered_new, 累计已有85915人治愈出院 → recovered_total. 每日新增死亡病例数控制在400多例 describes the week's daily deaths, not one day's figure: no tuple; 0.8% and 1.4% are growth rates (no metric); 近一半 is a share of new cases. The 1146 bodies kept at the ice rink are one institution's count: no tuple. 马德里自治区 (该自治区): confirmed_total 59199, deaths_total 7577.",
        source="https://www.imsilkroad.com/news/p/410619.html",
    ),
]
