"""Golden extraction cases for FEED texts, blind evaluation set.

Feed texts are round-ups that list many places: national health-commission daily
reports, provincial bulletins with per-city lists, city bulletins relayed by other sites,
news-agency and Hong Kong/Taiwan-press world round-ups, hospital and treatment-centre
news, patient-by-patient lists with ordinals and origins. Each case is a short verbatim
excerpt (words, numbers, punctuation, mojibake and pinyin residue as found) of a public
page from January-April 2020, with its `source` URL. This table was annotated BLIND:
from the texts alone, without reading or running the extractor.

Sources: provincial bulletins, press conferences and local sites of Jiangxi (province,
上饶, 赣州), Hebei (traditional mirrors), Anhui (province), Fujian (province, 福州),
Liaoning (province via 营口/本溪 sites, 铁岭), Hubei (province, 孝感 press conference),
Sichuan (province, 宜宾), Yunnan (province, April), the national report (February and
April), Shanghai; world news on Japan and the Diamond Princess, Korea (大邱), Italy
(伦巴第), Iran (德黑兰) and Singapore, from 中新社/新华社/央视/俄罗斯卫星通讯社 and
Hong Kong/Taiwan/Singapore outlets. No page here is used by another case table or test
corpus of the project (checked by URL).
About 60% of the cases have a home city (a prefecture-level city the text gives figures
for, or names only in passing: expect few or no tuples); the rest have city=None and
expect every place's figures (kept to at most about six places).

    expect tuple = (metric, region, as_of_iso_date, value, sector, qualifier)

Conventions: tests/cases/ANNOTATION.md, the docstring of dev_cases.py and
/work/shared/gold/FORMAT.md. Reading choices made here where those are silent (each
case's note says which applies):

* 截至X月D日0时 (Sichuan's wording) is the end of the previous day: the totals are dated
  D-1, like 截至(D-1)日24时, and the day's new figures.
* Regions are simplified canonical names even in traditional texts (滄州市 -> 沧州市);
  prefectures written 州 keep the text's short form (甘孜州); foreign places use the usual
  short name for countries (韩国, 意大利, 伊朗, 日本, 新加坡) and the written name for
  their cities and regions (大邱 / 大邱市, 庆尚北道, 伦巴第大区, 德黑兰, 北海道, 千叶县).
* A foreign country's regional breakdown (376名新增感染者中,333人來自…大邱) gives the
  region's figure: 来自 there names the reporting region, not an origin elsewhere.
* A headline or lead that rounds a body figure (累计已超150人 vs 共有152人; 6.6万 vs
  66220) is not a figure of its own.
* 较上一日增加N例 of a cumulative count is the day's new figure; 重症监护 (ICU) is critical;
  病危 / 病情危重 is critical.
* '已有N人出院' / '目前已经有N人康复' in a status summary are cumulative (recovered_total);
  '5例患者均已进行隔离治疗' states a count in treatment (hospitalized 5).
* Several pages were published in the morning (06:23 to 10:44) but date their figures in
  the text; the text's date wins (the previous-day rule applies only when no date is
  given). No page with a morning time and no date at all was found that is not already
  used by another table.
* In a national report, the bracketed per-province figures of the 本土 subtotal
  (7例为本土病例(黑龙江6例,广东1例)) are kept as those provinces' new cases; the 境外输入
  paragraph is an imported-only subtotal and gives nothing.
* Forecasts (预计治愈出院, 预计…将减至个位数, 治愈率将达) give no tuple; 清零 / 实现住院患者清零 /
  确诊病例清零 give hospitalized 0.
* A provincial treatment centre's count (锦州中心10人) is an institution's, not the city's.
"""

CASES = [
    # ------------------------------------------------------------------ home = one city: Jiangxi
    dict(
        id="ev-fd-jx-0201-shangrao-city-and-province",
        text=(
            "根据江西省卫生健康委2月2日通报,2020年2月1日0-24时,江西省报告新型冠状病毒感染的肺炎新增确诊病例47例,其中上饶市新增确诊病例3例。\n"
            "3例新增病例均为输入性病例,分别为信州区1例、婺源县1例、德兴市1例,德兴市为首次确诊病例。\n"
            "截至2月1日24时,上饶市累计报告新型冠状病毒感染的肺炎确诊病例19例,其中重症病例1例,出院病例1例。\n"
            "确诊病例中,余干县3例、广信区3例、婺源县3例、鄱阳县2例、玉山县2例、信州区2例、万年县1例、铅山县1例、广丰区1例、德兴市1例。出院病例1例,为余干县。\n"
            "目前追踪到密切接触者499,解除医学观察31人,尚有468人正在接受医学观察。\n"
            "上饶市卫生健康委员会\n"
            "2020年2月2日\n"
            "2020年2月1日0-24时,江西省报告新型冠状病毒感染的肺炎新增确诊病例47例,新增治愈出院病例1例。\n"
            "新增确诊病例中,九江市12例、南昌市6例、萍乡市6例、抚州市6例、鹰潭市4例、赣州市4例、新余市3例、上饶市3例、宜春市2例、吉安市1例。新增治愈出院病例为新余市1例。\n"
            "截至2月1日24时,江西省累计报告新型冠状病毒感染的肺炎确诊病例333例,其中重症病例32例,治愈出院病例10例。\n"
            "确诊病例中,南昌市89例、九江市55例、新余市43例、赣州市34例、宜春市31例、抚州市24例、上饶市19例、萍乡市15例、吉安市12例、鹰潭市8例、景德镇市3例。治愈出院病例中,新余市3例、南昌市1例、景德镇市1例、萍乡市1例、赣州市1例、宜春市1例、上饶市1例、吉安市1例。\n"
            "目前追踪到密切接触者9254人,解除医学观察825人,尚有8429人正在接受医学观察。\n"
            "江西省卫生健康委员会\n"
            "2020年2月2日"
        ),
        published="2020-02-02",
        city="上饶市",
        expect=[
            ("confirmed_new", "上饶市", "2020-02-01", 3, "", ""),
            ("confirmed_new", "信州区", "2020-02-01", 1, "", ""),
            ("confirmed_new", "婺源县", "2020-02-01", 1, "", ""),
            ("confirmed_new", "德兴市", "2020-02-01", 1, "", ""),
            ("confirmed_total", "上饶市", "2020-02-01", 19, "", ""),
            ("severe", "上饶市", "2020-02-01", 1, "", ""),
            ("recovered_total", "上饶市", "2020-02-01", 1, "", ""),
            ("confirmed_total", "余干县", "2020-02-01", 3, "", ""),
            ("confirmed_total", "广信区", "2020-02-01", 3, "", ""),
            ("confirmed_total", "婺源县", "2020-02-01", 3, "", ""),
            ("confirmed_total", "鄱阳县", "2020-02-01", 2, "", ""),
            ("confirmed_total", "玉山县", "2020-02-01", 2, "", ""),
            ("confirmed_total", "信州区", "2020-02-01", 2, "", ""),
            ("confirmed_total", "万年县", "2020-02-01", 1, "", ""),
            ("confirmed_total", "铅山县", "2020-02-01", 1, "", ""),
            ("confirmed_total", "广丰区", "2020-02-01", 1, "", ""),
            ("confirmed_total", "德兴市", "2020-02-01", 1, "", ""),
            ("recovered_total", "余干县", "2020-02-01", 1, "", ""),
            ("close_contacts_total", "上饶市", "2020-02-01", 499, "", ""),
            ("observation_released_total", "上饶市", "2020-02-01", 31, "", ""),
            ("observation", "上饶市", "2020-02-01", 468, "", ""),
        ],
        note="city bulletin (上饶市卫健委) followed by the province bulletin: the province's lists repeat 上饶市's figures (3 new, 19 total, 1 recovered) and add none; 均为输入性病例 (from Hubei, Feb 2020) is not the 境外 subtotal; 德兴市为首次确诊病例 is no count; '密切接触者499' has no unit in the text",
        source="https://800800s.com/8265.html",
    ),
    dict(
        id="ev-fd-jx-0314-ganzhou-cleared-after-province",
        text=(
            "根据江西省卫生健康委3月14日通报,2020年3月14日0-24时,江西省无新增新型冠状病毒肺炎确诊病例报告,无新增疑似病例,无住院确诊病例。\n"
            "截至3月14日24时,江西省累计报告确诊病例935例,累计出院病例934例,累计死亡病例1例。全省住院确诊病例为0,疑似病例为0。\n"
            "目前追踪到密切接触者26898人,解除医学观察26682人,尚有216人正在接受医学观察。\n"
            "江西省卫生健康委员会\n"
            "2020年3月15日\n"
            "2020年3月14日0-24时,赣州市无新增确诊病例。目前赣州市住院确诊病例已“清零”。\n"
            "赣州市目前累计追踪到密切接触者3436人,解除医学观察3429人,尚有7人正在接受医学观察。\n"
            "市卫生健康委提醒群众,虽然住院确诊患者实现清零,但疫情防控不能“清零”。我们不能掉以轻心,要根据疫情防控工作的形势发展变化,继续毫不放松抓紧抓实抓细各项工作,众志成城,共克时艰,坚决打赢这场人民战争、总体战、阻击战。\n"
            "赣州市卫生健康委员会\n"
            "2020年3月15日\n"
            "(“信息来自赣州市卫生健康委员会官方微信公众号”。"
        ),
        published="2020-03-15",
        city="赣州市",
        expect=[
            ("confirmed_new", "赣州市", "2020-03-14", 0, "", ""),
            ("hospitalized", "赣州市", "2020-03-14", 0, "", ""),
            ("close_contacts_total", "赣州市", "2020-03-14", 3436, "", ""),
            ("observation_released_total", "赣州市", "2020-03-14", 3429, "", ""),
            ("observation", "赣州市", "2020-03-14", 7, "", ""),
        ],
        note="province bulletin first (all 全省 figures, none for 赣州), then the city's own: 住院确诊病例已“清零” -> hospitalized 0; the contacts line opens with 目前 and has no date: it takes 3月14日 from the previous paragraph; 疫情防控不能“清零” is no figure",
        source="http://jxgz120.cn/index.php/home/article/detail/id/709.html",
    ),
    dict(
        id="ev-fd-jx-0308-xinyu-cleared-and-discharges",
        text=(
            "3月9日江西疫情最新消息:现有住院确诊病例11例\n"
            "\n"
            "江西省卫健委\n"
            "\n"
            "2020年3月8日0-24时,江西省无新增新型冠状病毒肺炎确诊病例,新增出院病例5例。\n"
            "\n"
            "新增出院病例中,南昌市1例、九江市1例、新余市3例。\n"
            "\n"
            "截至3月8日24时,江西省现有住院确诊病例11例。累计报告新型冠状病毒肺炎确诊病例935例,其中出院病例923例,死亡病例1例。现有重症病例1例。现有疑似病例0例。\n"
            "\n"
            "现有住院确诊病例(11例)中,南昌市5例、九江市5例、上饶市1例。鹰潭市、景德镇市、宜春市、萍乡市、赣州市、吉安市、抚州市、新余市等8个设区市和赣江新区住院确诊病例已“清零”。75个县(市、区)住院确诊病例已“清零”,16个县(市、区)继续保持无确诊病例报告。\n"
            "\n"
            "累计确诊病例(935例)中,南昌市230例、九江市118例、景德镇市6例、萍乡市33例、新余市130例、鹰潭市18例、赣州市76例、宜春市106例、上饶市123例、吉安市22例、抚州市72例、赣江新区1例。\n"
            "\n"
            "出院病例(923例)中,南昌市225例、九江市113例、景德镇市6例、萍乡市33例、新余市130例、鹰潭市18例、赣州市75例、宜春市106例、上饶市122例、吉安市22例、抚州市72例、赣江新区1例。\n"
            "\n"
            "目前追踪到密切接触者26834人,解除医学观察26547人,尚有287人正在接受医学观察。\n"
            "\n"
            "江西省卫生健康委员会\n"
            "\n"
            "2020年3月9日"
        ),
        published="2020-03-09",
        city="新余市",
        expect=[
            ("recovered_new", "新余市", "2020-03-08", 3, "", ""),
            ("hospitalized", "新余市", "2020-03-08", 0, "", ""),
            ("confirmed_total", "新余市", "2020-03-08", 130, "", ""),
            ("recovered_total", "新余市", "2020-03-08", 130, "", ""),
        ],
        note="province bulletin with a current list (现有住院确诊病例(11例)中…) and a cleared list: 新余市 is absent from the current list and named in '…新余市等8个设区市…住院确诊病例已“清零”' -> hospitalized 0; its 3 discharges of the day are in the 新增出院 list; county counts (75个县) are no place",
        source="http://m.qzcns.com/qznews/2020/0309/598080.html",
    ),
    dict(
        id="ev-fd-jx-0305-pingxiang-cleared-forecast",
        text=(
            "人民网南昌3月6日电(时雨)6日,江西省卫生健康委副主任龚建平介绍,3月5日0时-24时,江西全省无新增确诊病例,新增出院病例7例。他说,按照患者从发病到临床痊愈的中位时间为15天计算,预计下周江西省在院治疗病例将减至个位数。\n"
            "\n"
            "  据介绍,截至3月5日24时,江西省疫情防控呈现出“四无”的阶段性特征,即无新增确诊病例、无新增疑似病例、无新增危重病人、无新增病亡。同样是截至3月5日24时,景德镇、萍乡、鹰潭、赣州、宜春、赣江新区等6地实现了现症病例清零,62个县(市、区)实现了新冠肺炎确诊病例、疑似病例、密切接触者及无症状感染者等“四类人员”全部清零。\n"
            "\n"
            "  “总体来看,从2月4日开始,江西省日确诊病例数保持31天呈震荡下降趋势,日新增确诊病例数从最高的85例降至0例,连续19天维持在0或个位数;日新增疑似病例从最高的118例降至0例,连续20天维持在0或个位数。”龚建平介绍,截至3月5日24时,江西省现有高风险县(市、区)3个、中风险县(市、区)6个、低风险县(市、区)91个。"
        ),
        published="2020-03-07",
        city="萍乡市",
        expect=[
            ("hospitalized", "萍乡市", "2020-03-05", 0, "", ""),
        ],
        note="press-conference report: 萍乡 is one of the '6地实现了现症病例清零' -> hospitalized 0 as of 3月5日; everything else is 江西省's (四无, peaks 85/118, risk-county counts); '预计下周…将减至个位数' is a forecast; 15天 is a median duration",
        source="http://jx.sina.com.cn/news/b/2020-03-07/detail-iimxxstf7084910.shtml",
    ),
    # ------------------------------------------------------------------ home = one city: Hebei
    dict(
        id="ev-fd-he-0226-langfang-cleared-trad",
        text=(
            "02.27 最新疫情:河北5市確診患者清0!秦皇島加油\n"
            "\n"
            "最新疫情:河北5市確診患者清0!秦皇島加油\n"
            "\n"
            "\n"
            "2月27日消息\n"
            "\n"
            "省衛健委公佈最新疫情情況\n"
            "\n"
            "\n"
            "2020年2月26日0—24時,河北省報告新型冠狀病毒肺炎新增確診病例5例(張家口市)。新增治癒出院病例13例,其中,唐山市6例、廊坊市2例、滄州市2例、邢臺市2例、邯鄲市1例。無新增死亡病例。無新增疑似病例。\n"
            "\n"
            "  截至2月26日24時,河北省累計報告確診病例317例,其中在院治療50例,現有重症病例5例,累計治癒出院261例,死亡6例。確診病例中,唐山市58例、滄州市48例、張家口市40例、保定市32例、邯鄲市32例、廊坊市30例、石家莊市29例、邢臺市23例、秦皇島市10例、衡水市8例、承德市7例;死亡病例中,滄州市3例、秦皇島市1例、唐山市1例、邢臺市1例;重症病例中,唐山市3例、張家口市1例、滄州市1例;\n"
            "\n"
            "出院病例中,唐山市36例、滄州市35例、張家口市32例、保定市32例、廊坊市30例、邯鄲市29例、石家莊市22例、邢臺市22例、秦皇島市8例、衡水市8例、承德市7例。現有疑似病例0例\n"
            "\n"
            "  目前累計追蹤到密切接觸者10675人,當日解除隔離醫學觀察63人,現有278人正在接受隔離醫學觀察。\n"
            "\n"
            "\n"
            "河北省衛生健康委員會\n"
            "\n"
            "2020年2月27日\n"
            "\n"
            "\n"
            "截至2月26日下午\n"
            "\n"
            "河北已有5市確診患者清零\n"
            "\n"
            "截至目前,廊坊、邢臺、保定、承德、衡水5市新冠肺炎確診病例清零!秦皇島目前僅剩的最後1例確診患者,尚無最新消息!"
        ),
        published="2020-02-27",
        city="廊坊市",
        expect=[
            ("recovered_new", "廊坊市", "2020-02-26", 2, "", ""),
            ("confirmed_total", "廊坊市", "2020-02-26", 30, "", ""),
            ("recovered_total", "廊坊市", "2020-02-26", 30, "", ""),
            ("hospitalized", "廊坊市", "2020-02-26", 0, "", ""),
        ],
        note="province bulletin plus a reposter's note: 廊坊…5市新冠肺炎確診病例清零 (截至2月26日下午 / 截至目前) -> hospitalized 0 as of 2月26日; the 出院病例中 list sits in its own paragraph and keeps the bulletin's date; headline '河北5市確診患者清0' names no city; 秦皇島's last patient is not the home city",
        source="https://p2.ttnews.xyz/a/5e5f0425dc9b5e2391ba6000",
    ),
    dict(
        id="ev-fd-he-0210-cangzhou-sections-trad",
        text=(
            "2020年2月10日0—24時,河北省報告新型冠狀病毒肺炎新增確診病例21例,其中,保定市4例、滄州市4例、張家口市4例、唐山市3例、石家莊市2例、廊坊市2例、秦皇島市2例。新增治愈出院病例6例,其中,滄州市2例、衡水市2例、保定市1例、邯鄲市1例。新增疑似病例15例,其中,秦皇島市7例、滄州市3例、邯鄲市2例、張家口市1例、保定市1例、定州市1例。\n"
            "截至2月10日24時,河北省累計報告確診病例239例,其中死亡2例,現(xiàn)有重癥病例21例,累計治愈出院41例。確診病例中,滄州市32例、唐山市31例、保定市30例、邯鄲市27例、石家莊市27例、廊坊市26例、邢臺市21例、張家口市21例、秦皇島市9例、衡水市8例、承德市7例;死亡病例中,滄州市1例、邢臺市1例;重癥病例中,滄州市5例、張家口市3例、唐山市3例、石家莊市2例、保定市2例、邯鄲市2例、秦皇島市2例、衡水市1例、邢臺市1例;出院病例中,滄州市10例、保定市9例、廊坊市5例、邢臺市4例、石家莊市3例、邯鄲市3例、張家口市2例、唐山市2例、衡水市2例、承德市1例?,F(xiàn)有疑似病例44例。\n"
            "目前累計追蹤到密切接觸者8138人,當日解除隔離醫(yī)學觀察497人,現(xiàn)有3633人正在接受隔離醫(yī)學觀察。"
        ),
        published="2020-02-11",
        city="沧州市",
        expect=[
            ("confirmed_new", "沧州市", "2020-02-10", 4, "", ""),
            ("recovered_new", "沧州市", "2020-02-10", 2, "", ""),
            ("confirmed_total", "沧州市", "2020-02-10", 32, "", ""),
            ("deaths_total", "沧州市", "2020-02-10", 1, "", ""),
            ("severe", "沧州市", "2020-02-10", 5, "", ""),
            ("recovered_total", "沧州市", "2020-02-10", 10, "", ""),
        ],
        note="traditional mirror with pinyin residue (現(xiàn)有, ?,F(xiàn)有); the city appears in six lists: new confirmed, new discharges, new suspected (no metric), and the 確診/死亡/重癥/出院 sections of the totals; region in simplified form",
        source="http://m.pub2biz.cn/html/news/handan/handannews/2020_02/11/218235703.html",
    ),
    # ------------------------------------------------------------------ home = one city: Anhui
    dict(
        id="ev-fd-ah-0224-fuyang-shortnames-forecast",
        text=(
            "2月25日安徽省报告新冠肺炎疫情情况\n"
            "2020年2月24日0-24时,安徽省报告无新增确诊病例,无新增疑似病例,新增治愈出院病例44例。\n"
            "新增治愈出院病例中,合肥16例、蚌埠6例、安庆4例、宿州3例、淮南3例、铜陵3例、池州3例、阜阳2例、亳州1例、滁州1例、六安1例、马鞍山1例。\n"
            "截至2月24日24时,安徽省累计报告确诊病例989例,累计治愈出院病例692例,累计死亡病例6例,累计医学观察密切接触者27696人,尚在医学观察2439人。\n"
            "累计确诊病例中,合肥174例、蚌埠160例、阜阳155例、亳州108例、安庆83例、六安69例、宿州41例、马鞍山38例、芜湖33例、铜陵29例、淮北27例、淮南27例、池州17例、滁州13例、黄山9例、宣城6例。\n"
            "截至2月24日24时,安徽省在院治疗确诊病例291例,无危重症病例。\n"
            "2月25日预计治愈出院35例,其中合肥8例、亳州6例、蚌埠6例、阜阳5例、铜陵4例、淮北3例、六安1例、马鞍山1例、芜湖1例。\n"
            "疫情简要分析:当前我省疫情蔓延势头得到初步遏制,积极向好态势不断拓展。截至2月24日24时,全省新冠肺炎累计确诊989例,新增确诊病例已连续3日零报告;治愈出院692例,今日预计出院35例,治愈率将达73.5% ;危重病人从最高峰16例下降至0例。全省新冠肺炎防控继续呈现出“四无”的阶段性特征:无新增确诊病例、无新增疑似病例、无危重病人、无新增病亡。"
        ),
        published="2020-02-25",
        city="阜阳市",
        expect=[
            ("recovered_new", "阜阳市", "2020-02-24", 2, "", ""),
            ("confirmed_total", "阜阳市", "2020-02-24", 155, "", ""),
        ],
        note="Anhui lists write cities without 市 (阜阳2例); '2月25日预计治愈出院…阜阳5例' and '治愈率将达73.5%' are forecasts (no tuple); the province's 无新增确诊病例 and 四无 are 安徽省's, not per-city statements",
        source="http://fylbs.com/shenghuo/lvyou/83751.html",
    ),
    dict(
        id="ev-fd-ah-0206-hefei-press-conference-trad",
        text=(
            "新安晚報 安徽網(wǎng) 大皖客戶端訊 今天下午,安徽省新型冠狀病毒感染的肺炎疫情防控工作新聞發(fā)布會在合肥召開。安徽省衛(wèi)生健康委主任、省疫情防控工作領(lǐng)導(dǎo)小組辦公室主任陶儀聲介紹了安徽省最新疫情。\n"
            "2月6日0-24時,我省新增新型冠狀病毒感染肺炎確診病例74例。截至2月6日24時,我省累計報告確診病例665例,其中:合肥115例、阜陽105例、蚌埠88例、亳州72例、安慶66例、六安41例、馬鞍山30例、宿州27例、蕪湖27例、淮北22例、銅陵22例、淮南14例、滁州11例、池州11例、黃山9例、宣城5例。追蹤到密切接觸者14235人,均在接受醫(yī)學(xué)觀察。\n"
            "陶儀聲表示,近幾天疫情發(fā)展呈現(xiàn)以下幾個特點:“一是治愈出院病例不斷增加。截至昨天已治愈出院34名患者,今天又有13名患者出院,累計患者治愈出院47名。二是發(fā)熱門診量呈下降趨勢。近幾天,全省綜合醫(yī)院發(fā)熱門診量持續(xù)下降。三是本地感染病例進一步增加。2月1日至2月6日,當(dāng)日新增確診病例中,本地感染病例呈上升態(tài)勢。四是聚集性感染較多。2月6日,新增74例中30例為家庭成員感染,淮南2例、蚌埠2例、安慶1例、合肥1例因參加聚餐感染。”\n"
            "新安晚報 安徽網(wǎng) 大皖客戶端記者 項磊"
        ),
        published="2020-02-07",
        city="合肥市",
        expect=[
            ("confirmed_total", "合肥市", "2020-02-06", 115, "", ""),
        ],
        note="press conference held in 合肥 (a venue, not a figure); 我省 is 安徽; the discharges (34 by yesterday, 13 today, 47) are the province's; '合肥1例因參加聚餐感染' is the cause of one of the day's cases, not 合肥's new-case count; traditional with pinyin residue",
        source="http://www.x9aky.com/newsflash/2020/0207/1978734.html",
    ),
    # ------------------------------------------------------------------ home = one city: Fujian
    dict(
        id="ev-fd-fj-0213-xiamen-origin-in-list",
        text=(
            "海峡网 >新闻中心 >福建频道 >福建新闻\n"
            "福建新增确诊病例2例 累计确诊病例281例\n"
            "福建省卫生健康委员会\n"
            "2020-02-14 08:36\n"
            "\n"
            "福建省新型冠状病毒肺炎疫情情况\n"
            "\n"
            "2月13日0—24时,福建省报告新增新型冠状病毒肺炎确诊病例2例。其中:\n"
            "\n"
            "福州市2例(闽清县1例、福清市1例)。\n"
            "\n"
            "新增治愈出院病例5例。\n"
            "\n"
            "报告新增新型冠状病毒肺炎疑似病例23例。其中:\n"
            "\n"
            "福州市14例(鼓楼区5例、台江区1例、仓山区4例、晋安区3例、三明市沙县1例);\n"
            "\n"
            "厦门市2例(思明区1例、湖里区1例);\n"
            "\n"
            "漳州市1例(南靖县1例);\n"
            "\n"
            "泉州市2例(晋江市1例、南安市1例);\n"
            "\n"
            "三明市2例(梅列区1例、大田县1例);\n"
            "\n"
            "莆田市2例(城厢区2例)。\n"
            "\n"
            "截至2月13日24时,福建省累计报告新型冠状病毒肺炎确诊病例281例(危重型8例、重型13例,无死亡病例)。其中:\n"
            "\n"
            "福州市66例(鼓楼区2例、仓山区7例、晋安区9例、长乐区8例、闽侯县3例、连江县8例、罗源县1例、闽清县7例、永泰县2例、福清市16例、宁德市古田县1例、湖北省武汉市2例);\n"
            "\n"
            "厦门市34例(思明区13例、海沧区2例、湖里区2例、集美区4例、翔安区3例、泉州市石狮市1例、湖北省武汉市9例);"
        ),
        published="2020-02-14 08:36",
        city="厦门市",
        expect=[
            ("confirmed_total", "厦门市", "2020-02-13", 34, "", ""),
            ("confirmed_total", "思明区", "2020-02-13", 13, "", ""),
            ("confirmed_total", "海沧区", "2020-02-13", 2, "", ""),
            ("confirmed_total", "湖里区", "2020-02-13", 2, "", ""),
            ("confirmed_total", "集美区", "2020-02-13", 4, "", ""),
            ("confirmed_total", "翔安区", "2020-02-13", 3, "", ""),
        ],
        note="morning repost whose figures carry their own date (2月13日); inside 厦门市's bracket, '泉州市石狮市1例、湖北省武汉市9例' are cases counted by 厦门 whose residence is elsewhere: no tuple for them; 厦门 is only in the new-suspected list (no metric), so no confirmed_new for it",
        source="http://m.hxnews.com/news/fj/fj/202002/14/1860155.shtml",
    ),
    dict(
        id="ev-fd-fj-0303-fuzhou-districts-origin",
        text=(
            "3月3日0-24时,福州市无新增新型冠状病毒肺炎确诊病例、疑似病例。 截至3月3日24时,福州市累计报告新型冠状病毒肺炎确诊病例72例,其中:鼓楼区2例、仓山区10例、晋安区11例、长乐区8例(湖北武汉2例,航班经停长乐机场)、福清市16例、闽侯县3例、连江县8例、闽清县7例、罗源县1例、永泰县2例、宁德古田1例、南平延平1例、湖北武汉2例。 累计治愈出院70例,其中:鼓楼区2例、仓山区10例、晋安区10例、长乐区8例、福清市16例、闽侯县2例、连江县8例、闽清县7例、罗源县1例、永泰县2例、宁德古田1例、南平延平1例、湖北武汉2例。死亡1例,为晋安区病例。 累计排除新型冠状病毒肺炎疑似病例206例,现无新型冠状病毒肺炎疑似病例。 目前,累计追踪到的密切接触者1859人,已解除医学观察1756人,其余正在接受医学观察。"
        ),
        published="2020-03-04",
        city="福州市",
        expect=[
            ("confirmed_new", "福州市", "2020-03-03", 0, "", ""),
            ("confirmed_total", "福州市", "2020-03-03", 72, "", ""),
            ("confirmed_total", "鼓楼区", "2020-03-03", 2, "", ""),
            ("confirmed_total", "仓山区", "2020-03-03", 10, "", ""),
            ("confirmed_total", "晋安区", "2020-03-03", 11, "", ""),
            ("confirmed_total", "长乐区", "2020-03-03", 8, "", ""),
            ("confirmed_total", "福清市", "2020-03-03", 16, "", ""),
            ("confirmed_total", "闽侯县", "2020-03-03", 3, "", ""),
            ("confirmed_total", "连江县", "2020-03-03", 8, "", ""),
            ("confirmed_total", "闽清县", "2020-03-03", 7, "", ""),
            ("confirmed_total", "罗源县", "2020-03-03", 1, "", ""),
            ("confirmed_total", "永泰县", "2020-03-03", 2, "", ""),
            ("recovered_total", "福州市", "2020-03-03", 70, "", ""),
            ("recovered_total", "鼓楼区", "2020-03-03", 2, "", ""),
            ("recovered_total", "仓山区", "2020-03-03", 10, "", ""),
            ("recovered_total", "晋安区", "2020-03-03", 10, "", ""),
            ("recovered_total", "长乐区", "2020-03-03", 8, "", ""),
            ("recovered_total", "福清市", "2020-03-03", 16, "", ""),
            ("recovered_total", "闽侯县", "2020-03-03", 2, "", ""),
            ("recovered_total", "连江县", "2020-03-03", 8, "", ""),
            ("recovered_total", "闽清县", "2020-03-03", 7, "", ""),
            ("recovered_total", "罗源县", "2020-03-03", 1, "", ""),
            ("recovered_total", "永泰县", "2020-03-03", 2, "", ""),
            ("deaths_total", "福州市", "2020-03-03", 1, "", ""),
            ("deaths_total", "晋安区", "2020-03-03", 1, "", ""),
            ("suspected", "福州市", "2020-03-03", 0, "", ""),
            ("close_contacts_total", "福州市", "2020-03-03", 1859, "", ""),
            ("observation_released_total", "福州市", "2020-03-03", 1756, "", ""),
        ],
        note="city bulletin: '宁德古田1例、南平延平1例、湖北武汉2例' and '(湖北武汉2例,航班经停长乐机场)' are cases 福州 counts whose residence/origin is elsewhere: no tuples for them; 死亡1例,为晋安区病例 -> deaths_total for 晋安区; 现无…疑似病例 -> suspected 0; 累计排除疑似 206 has no metric; '其余' is no number",
        source="http://zgsjcfw.com/html/news/2020/0304/12886.html",
    ),
    # ------------------------------------------------------------------ home = one city: Liaoning
    dict(
        id="ev-fd-ln-0220-jinzhou-treatment-centre",
        text=(
            "2020年2月20日0时至24时辽宁新型冠状病毒肺炎疫情情况\n"
            "\n"
            "2020年2月20日0时至24时,辽宁省无新增新型冠状病毒肺炎确诊病例。新增3例治愈出院病例,其中锦州市1例、盘锦市1例、葫芦岛市1例。全省累计报告新型冠状病毒肺炎确诊病例121例,治愈出院61例,死亡1例。\n"
            "\n"
            "  现有59名确诊患者在院治疗,其中有57名在沈阳、大连、锦州三个省集中救治中心治疗(沈阳中心35人、大连中心12人、锦州中心10人),其余2人分别在朝阳市、葫芦岛市定点医疗机构隔离治疗。59名在治患者中,重型病例3例,危重型病例2例。\n"
            "\n"
            "  全省121例确诊病例中,沈阳市28例、大连市19例、鞍山市4例、本溪市3例、丹东市7例、锦州市12例、营口市1例、阜新市8例、辽阳市3例、铁岭市7例、朝阳市6例、盘锦市11例、葫芦岛市12例。\n"
            "\n"
            "  目前累计追踪到密切接触者2717人,已解除医学观察2359人,现有358人正在接受医学观察。\n"
            "\n"
            "信息来源:省卫生健康委\n"
            "\n"
            "来源:      时间:2020-02-21打印本页"
        ),
        published="2020-02-21",
        city="锦州市",
        expect=[
            ("recovered_new", "锦州市", "2020-02-20", 1, "", ""),
            ("confirmed_total", "锦州市", "2020-02-20", 12, "", ""),
        ],
        note="'锦州中心10人' is a provincial treatment centre holding patients from several cities (an institution, not 锦州市's hospitalized); the two patients in 朝阳/葫芦岛 hospitals are not the home city; the 全省121例 list takes the bulletin's date",
        source="http://ccgp.yingkou.net.cn/Html/NewsView.asp?ID=12420&SortID=125&sortpath=0%2C99%2C125%2C",
    ),
    dict(
        id="ev-fd-ln-0215-benxi-morning-but-dated",
        text=(
            "2020年2月14日22时至2月15日10时辽宁新型冠状病毒肺炎疫情情况\n"
            "\n"
            "来源: 发布时间:2020-02-15 10:44:02 浏览次数:\n"
            "\n"
            "\n"
            "2020年2月14日22时至2月15日10时,辽宁省无新增新型冠状病毒肺炎确诊病例、无新增治愈出院病例。目前,辽宁省累计报告新型冠状病毒肺炎确诊病例119例,治愈出院29例,死亡1例。\n"
            "\n"
            "119例确诊病例中,沈阳市28例、大连市18例、鞍山市4例、本溪市3例、丹东市7例、锦州市12例、营口市1例、阜新市8例、辽阳市3例、铁岭市7例、朝阳市6例、盘锦市11例、葫芦岛市11例。\n"
            "\n"
            "目前共有89名新型冠状病毒肺炎患者在定点医疗机构隔离治疗,其中重型病例8例,危重型病例2例。\n"
            "\n"
            "目前累计追踪到密切接触者2318人,已解除医学观察1867人,现有451人正在接受医学观察。\n"
            "\n"
            "信息来源:省卫生健康委员"
        ),
        published="2020-02-15 10:44",
        city="本溪市",
        expect=[
            ("confirmed_total", "本溪市", "2020-02-15", 3, "", ""),
        ],
        note="published in the morning, but the bulletin dates itself (2月14日22时至2月15日10时; 目前 takes 2月15日 from the same paragraph), so the figure is as of 2月15日, not the day before; the province's 无新增 is 辽宁省's, not 本溪's",
        source="https://g123.benxi.gov.cn/ydzx/xwdt/content_444551",
    ),
    dict(
        id="ev-fd-ln-0302-tieling-transfer",
        text=(
            "03.02 截至3月2日17时铁岭市连续20天无新增病例\n"
            "\n"
            "截至3月2日17时\n"
            "\n"
            "铁岭市连续20天无新增病例\n"
            "\n"
            "截至3月2日17时,我市无新增新型冠状病毒肺炎确诊病例。\n"
            "\n"
            "目前,铁岭市累计报告新型冠状病毒肺炎确诊病例7例(其中:1例已转至沈阳,6例已治愈出院)。7例确诊病例中,西丰县1例、调兵山市4例,昌图县2例。\n"
            "\n"
            "目前累计追踪到密切接触者442人,已解除医学观察417人,现有25人正在接受医学观察。\n"
            "\n"
            "铁岭市新型冠状病毒感染的肺炎\n"
            "\n"
            "疫情防控指挥部\n"
            "\n"
            "2020年3月2日"
        ),
        published="2020-03-02",
        city="铁岭市",
        expect=[
            ("confirmed_new", "铁岭市", "2020-03-02", 0, "", ""),
            ("confirmed_total", "铁岭市", "2020-03-02", 7, "", ""),
            ("recovered_total", "铁岭市", "2020-03-02", 6, "", ""),
            ("confirmed_total", "西丰县", "2020-03-02", 1, "", ""),
            ("confirmed_total", "调兵山市", "2020-03-02", 4, "", ""),
            ("confirmed_total", "昌图县", "2020-03-02", 2, "", ""),
            ("close_contacts_total", "铁岭市", "2020-03-02", 442, "", ""),
            ("observation_released_total", "铁岭市", "2020-03-02", 417, "", ""),
            ("observation", "铁岭市", "2020-03-02", 25, "", ""),
        ],
        note="city bulletin (speaker 铁岭市 named; 我市); '连续20天无新增' -> one confirmed_new 0 on 3月2日; the 目前 paragraphs have no date and take 3月2日; '1例已转至沈阳' is a transfer: nothing for 沈阳, and no hospitalized figure is stated for 铁岭",
        source="https://ttnews.xyz/a/5e60e204dc9b5e139f506f47",
    ),
    # ------------------------------------------------------------------ home = one city: Hubei
    dict(
        id="ev-fd-hb-0304-ezhou-others-zero",
        text=(
            "湖北新增新冠肺炎确诊病例134例 新增治愈出院1923例\n"
            "央视新闻客户端 2020-03-05 08:44\n"
            "\n"
            "2020年3月4日0—24时,湖北省新增新冠肺炎确诊病例134例,其中:武汉市131例、鄂州市2例、黄石市1例,其他14个市州均为0例。无境外输入性病例。\n"
            "\n"
            "湖北省新增病亡31例,其中:武汉市23例、鄂州市3例、襄阳市1例、宜昌市1例、孝感市1例、恩施州1例、天门市1例,其他10个市州均为0例。\n"
            "\n"
            "湖北省新增出院1923例,其中:武汉市1426例、孝感市108例、黄冈市66例、荆州市54例、襄阳市40例、黄石市39例、随州市38例、鄂州市32例、宜昌市30例、十堰市22例、荆门市22例、咸宁市17例、天门市14例、潜江市9例、仙桃市4例、恩施州2例、神农架林区0例。\n"
            "\n"
            "截至2020年3月4日24时,湖北省累计报告新冠肺炎确诊病例67466例,其中:武汉市49671例、孝感市3518例、黄冈市2907例、荆州市1580例、鄂州市1394例、随州市1307例、襄阳市1175例、黄石市1015例、宜昌市931例、荆门市928例、咸宁市836例、十堰市672例、仙桃市575例、天门市496例、恩施州252例、潜江市198例、神农架林区11例。\n"
            "\n"
            "湖北省累计治愈出院40479例,其中:武汉市26316例、孝感市2821例、黄冈市2472例、荆州市1269例、襄阳市980例、随州市975例、鄂州市912例、黄石市822例、咸宁市776例、荆门市686例、宜昌市638例、十堰市527例、仙桃市481例、天门市435例、恩施州207例、潜江市151例、神农架林区11例。\n"
            "\n"
            "湖北省累计病亡2902例,其中:武汉市2305例、黄冈市121例、孝感市121例、鄂州市52例、荆州市48例、随州市42例、荆门市39例、黄石市36例、襄阳市35例、宜昌市33例、仙桃市20例、天门市15例、咸宁市14例、潜江市9例、十堰市7例、恩施州5例、神农架林区0例。"
        ),
        published="2020-03-05 08:44",
        city="鄂州市",
        expect=[
            ("confirmed_new", "鄂州市", "2020-03-04", 2, "", ""),
            ("deaths_new", "鄂州市", "2020-03-04", 3, "", ""),
            ("recovered_new", "鄂州市", "2020-03-04", 32, "", ""),
            ("confirmed_total", "鄂州市", "2020-03-04", 1394, "", ""),
            ("recovered_total", "鄂州市", "2020-03-04", 912, "", ""),
            ("deaths_total", "鄂州市", "2020-03-04", 52, "", ""),
        ],
        note="Hubei bulletin with six per-city lists (新增确诊/病亡/出院, 累计确诊/治愈/病亡); the undated 累计治愈/累计病亡 paragraphs take 3月4日 from the 截至 paragraph; '其他14个市州均为0例' concerns the others, not 鄂州",
        source="https://app.bjtitle.com/8816/newshow.php?mood=w&newsid=5562463&typeid=91",
    ),
    dict(
        id="ev-fd-hb-0308-xiaogan-morning-paper",
        text=(
            "湖北孝感连续9天无新增病例\n"
            "\n"
            "2020年03月10日 06:23   来源:经济日报   记者:常理 董庆森\n"
            "\n"
            "  经济日报-365体育投注:经济网武汉3月9日讯(记者 常理 董庆森)在9日下午举行的湖北省新冠病毒肺炎疫情防控发布会上,湖北省孝感市委副书记、市长吴海涛介绍,经过50多天的艰苦努力,截至3月8日24时,孝感市已连续9天没有新增病例。累计治愈出院3057例,目前在院治疗335例,其中重症42例,危重症17例。\n"
            "\n"
            "  吴海涛说,孝感市患者基数大,任务繁重。“我们将继续把疫情防控作为头等大事和最紧迫的工作来抓,千方百计救治重症、危重症患者。同时统筹做好春季农业生产、企业复工复产等工作,夺取疫情防控战役的最终胜利。”\n"
            "\n"
            "  湖北省疾病预防控制中心副主任李阳表示,3月8日,湖北省新增新冠肺炎确诊病例36例,新增确诊病例数连续3天保持在两位数水平。新增确诊病例均来自于武汉市,其他16个市、州、林区无新增确诊病例,全省无境外输入性病例。神农架林区和咸宁市均已连续超过14天无新增确诊病例。"
        ),
        published="2020-03-10 06:23",
        city="孝感市",
        expect=[
            ("confirmed_new", "孝感市", "2020-03-08", 0, "", ""),
            ("recovered_total", "孝感市", "2020-03-08", 3057, "", ""),
            ("hospitalized", "孝感市", "2020-03-08", 335, "", ""),
            ("severe", "孝感市", "2020-03-08", 42, "", ""),
            ("critical", "孝感市", "2020-03-08", 17, "", ""),
        ],
        note="early-morning paper report of a press conference; the figures carry their date (截至3月8日24时), not the day before publication; '连续9天没有新增病例' and '其他16个市、州、林区无新增' both give the one confirmed_new 0; dateline 武汉 and the spam insert '365体育投注' are no figures; 50多天 is a duration",
        source="http://tjgltbzj.com/xwzx/gnsz/gdxw/202003/10/t20200310_34451700.shtml",
    ),
    # ------------------------------------------------------------------ home = one city: national report
    dict(
        id="ev-fd-nhc-0404-wuhan-brackets",
        text=(
            "4月4日新增确诊病例30例 新增无症状感染者47例\n"
            "\n"
            " 《小康》 ● 中国小康网   2020-04-05 10:22:51\n"
            "\n"
            "  新华社北京4月5日电(记者熊丰、李延霞)记者5日从国家卫生健康委员会了解到,4月4日0—24时,31个省(自治区、直辖市)和新疆生产建设兵团报告新增确诊病例30例,其中25例为境外输入病例,5例为本土病例(广东5例);新增死亡病例3例(湖北3例);新增疑似病例11例,均为境外输入病例。\n"
            "\n"
            "  截至4月4日24时,据31个省(自治区、直辖市)和新疆生产建设兵团报告,现有确诊病例1376例(其中重症病例295例),累计治愈出院病例76964例,累计死亡病例3329例,累计报告确诊病例81669例,现有疑似病例107例。累计追踪到密切接触者713110人,尚在医学观察的密切接触者17436人。\n"
            "\n"
            "  湖北新增确诊病例0例(武汉0例),新增治愈出院病例183例(武汉183例),新增死亡病例3例(武汉3例),现有确诊病例648例(武汉644例),其中重症病例267例(武汉264例)。累计治愈出院病例63945例(武汉46794例),累计死亡病例3210例(武汉2570例),累计确诊病例67803例(武汉50008例)。新增疑似病例0例(武汉0例),现有疑似病例0例(武汉0例)。"
        ),
        published="2020-04-05 10:22",
        city="武汉市",
        expect=[
            ("confirmed_new", "武汉市", "2020-04-04", 0, "", ""),
            ("recovered_new", "武汉市", "2020-04-04", 183, "", ""),
            ("deaths_new", "武汉市", "2020-04-04", 3, "", ""),
            ("hospitalized", "武汉市", "2020-04-04", 644, "", ""),
            ("severe", "武汉市", "2020-04-04", 264, "", ""),
            ("recovered_total", "武汉市", "2020-04-04", 46794, "", ""),
            ("deaths_total", "武汉市", "2020-04-04", 2570, "", ""),
            ("confirmed_total", "武汉市", "2020-04-04", 50008, "", ""),
            ("suspected", "武汉市", "2020-04-04", 0, "", ""),
        ],
        note="national report: 武汉's figures are the bracketed ones in the 湖北 paragraph (现有确诊病例 -> hospitalized); that paragraph has no date and takes 4月4日 from the one before; 新增疑似病例0例(武汉0例) has no metric; 湖北's and the country's figures are not the home city's",
        source="http://m.chinaxiaokang.com/wap/news/yaowen/2020/0405/933158.html",
    ),
    # ------------------------------------------------------------------ home = one city: Sichuan
    dict(
        id="ev-fd-sc-0129-yibin-residence-origin",
        text=(
            "封面新闻记者伍雪梅\n"
            "1月30日,宜宾市卫健委官方微博发布最新消息:\n"
            "宜宾市新型冠状病毒感染的肺炎疫情情况\n"
            "截至1月29日24:00,宜宾市累计报告新型冠状病毒感染的肺炎确诊病例5例,其中新增3例。5例患者均已进行隔离治疗,目前病情稳定。对密切接触者总计61人已进行隔离医学观察。\n"
            "新增确诊患者雷某,33岁,女性。曾与家人自驾前往武汉,于1月23日自驾返回翠屏区家中。1月26日因发热、乏力等症状到宜宾市二医院就诊,医院随即收治隔离。\n"
            "新增确诊患者成某,30岁,女性。与家人自驾从湖北随州市返宜,于1月21日回到筠连县家中。1月27日因发热、乏力等症状就近到珙县王家镇卫生院就诊,医院随即收治隔离。\n"
            "新增确诊患者王某, 20岁,男性。1月20日从汉口乘坐D615次动车(7号车厢)到成都。1月21日从成都乘坐D1763次动车(10号车厢)到宜宾西站下车,回到宜宾家中。1月27日因发热到宜宾市中医院就诊,医院随即收治隔离。"
        ),
        published="2020-01-30",
        city="宜宾市",
        expect=[
            ("confirmed_total", "宜宾市", "2020-01-29", 5, "", ""),
            ("confirmed_new", "宜宾市", "2020-01-29", 3, "", ""),
            ("hospitalized", "宜宾市", "2020-01-29", 5, "", ""),
            ("close_contacts_total", "宜宾市", "2020-01-29", 61, "", ""),
        ],
        note="city weibo relayed by 封面新闻; '5例患者均已进行隔离治疗' states the count in treatment -> hospitalized 5; '对密切接触者总计61人已进行隔离医学观察' is read as the contacts' total (close_contacts_total); the three patients' homes (翠屏区, 筠连县) are residences (no district tuples); 武汉, 随州, 汉口, 成都 are travel/origin; hospitals and train numbers are no figures",
        source="https://sichuan.scol.com.cn/ybxw/202001/57464568.html",
    ),
    # ------------------------------------------------------------------ home = one city: world news (the city named only in passing)
    dict(
        id="ev-fd-sg-0222-wuhan-evacuee-passing",
        text=(
            "快捷搜索:\n"
            "\n"
            "新加坡新增新冠肺炎确诊病例3例 共报告89例\n"
            "\n"
            "2月22日新加坡卫生部宣布,该国当天新增确诊3例新冠病毒肺炎病例,总病例达89例。\n"
            "\n"
            "在新增的3例病例中:1例是新加坡本月初从武汉撤回的公民;1例与新加坡本地之前确诊病例有接触;最后1例目前尚未确认感染源。\n"
            "\n"
            "22日当天,2名新加坡新冠肺炎患者痊愈出院,出院总人数达49人。"
        ),
        published="2020-02-22",
        city="武汉市",
        expect=[],
        note="武汉 is only where an evacuated citizen came from (撤侨 is no place): no figure is 武汉市's; Singapore's own figures are not the home city's; the page shows no date, published taken as the text's day",
        source="http://0daili.com/guoji/56931.html",
    ),
    # ------------------------------------------------------------------ corpora without a home city: provincial/national round-ups and world news
    dict(
        id="ev-fd-none-sc-0219-province-zero-hour",
        text=(
            "2月20日泸州疫情最新通报:四川新冠肺炎治愈出院人数\n"
            "健康四川官微 2020-02-20 08:25\n"
            "四川省新型冠状病毒肺炎疫情最新情况\n"
            "(2月20日发布)\n"
            "2月19日0-24时,我省新型冠状病毒肺炎新增确诊病例6例,新增疑似病例26例,新增治愈出院病例21例,无新增死亡病例。\n"
            "新增确诊病例中,泸州市4例、甘孜州2例。\n"
            "(确诊患者信息详见各市(州)卫生健康委官微或官网每日发布)\n"
            "截至2月20日0时,我省累计报告新型冠状病毒肺炎确诊病例520例,涉及21个市(州)。现有疫情县(市、区)98个(增加泸县1个,减少都江堰市1个)。\n"
            "520名确诊患者中,正在住院隔离治疗319人(其中危重17人),已治愈出院198人,死亡3人。\n"
            "现有疑似病例113例。\n"
            "当日解除医学观察606人,现有2458人正在接受医学观察。"
        ),
        published="2020-02-20 08:25",
        city=None,
        expect=[
            ("confirmed_new", "四川省", "2020-02-19", 6, "", ""),
            ("recovered_new", "四川省", "2020-02-19", 21, "", ""),
            ("deaths_new", "四川省", "2020-02-19", 0, "", ""),
            ("confirmed_new", "泸州市", "2020-02-19", 4, "", ""),
            ("confirmed_new", "甘孜州", "2020-02-19", 2, "", ""),
            ("confirmed_total", "四川省", "2020-02-19", 520, "", ""),
            ("hospitalized", "四川省", "2020-02-19", 319, "", ""),
            ("critical", "四川省", "2020-02-19", 17, "", ""),
            ("recovered_total", "四川省", "2020-02-19", 198, "", ""),
            ("deaths_total", "四川省", "2020-02-19", 3, "", ""),
            ("suspected", "四川省", "2020-02-19", 113, "", ""),
            ("observation_released_new", "四川省", "2020-02-19", 606, "", ""),
            ("observation", "四川省", "2020-02-19", 2458, "", ""),
        ],
        note="我省 = 四川 (the bulletin's title); '截至2月20日0时' is read as the end of 2月19日 (the same instant as 2月19日24时), so the totals are dated 2020-02-19 like the day's new figures; the undated 现有疑似/当日 lines follow it; 甘孜州 kept as written; 涉及21个市(州), 疫情县98个 and 泸县/都江堰市 changes are no case figures",
        source="http://m.mnw.cn/news/shehui/2252133.html",
    ),
    dict(
        id="ev-fd-none-nhc-0420-local-vs-imported",
        text=(
            "中评社北京4月21日电/据国家卫健委网站报道,4月20日0—24时,31个省(自治区、直辖市)和新疆生产建设兵团报告新增确诊病例11例,其中4例为境外输入病例,7例为本土病例(黑龙江6例,广东1例);无新增死亡病例;新增疑似病例3例,其中2例为境外输入疑似病例,1例为本土疑似病例(黑龙江1例)。\n"
            "当日新增治愈出院病例39例,解除医学观察的密切接触者882人,重症病例增加1例。\n"
            "境外输入现有确诊病例811例(含重症病例44例),现有疑似病例32例。累计确诊病例1587例,累计治愈出院病例776例,无死亡病例。\n"
            "截至4月20日24时,据31个省(自治区、直辖市)和新疆生产建设兵团报告,现有确诊病例1003例(其中重症病例82例),累计治愈出院病例77123例,累计死亡病例4632例,累计报告确诊病例82758例,现有疑似病例37例。累计追踪到密切接触者726797人,尚在医学观察的密切接触者8791人。"
        ),
        published="2020-04-21",
        city=None,
        expect=[
            ("confirmed_new", "全国", "2020-04-20", 11, "", ""),
            ("deaths_new", "全国", "2020-04-20", 0, "", ""),
            ("confirmed_new", "黑龙江省", "2020-04-20", 6, "", ""),
            ("confirmed_new", "广东省", "2020-04-20", 1, "", ""),
            ("recovered_new", "全国", "2020-04-20", 39, "", ""),
            ("observation_released_new", "全国", "2020-04-20", 882, "", ""),
            ("hospitalized", "全国", "2020-04-20", 1003, "", ""),
            ("severe", "全国", "2020-04-20", 82, "", ""),
            ("recovered_total", "全国", "2020-04-20", 77123, "", ""),
            ("deaths_total", "全国", "2020-04-20", 4632, "", ""),
            ("confirmed_total", "全国", "2020-04-20", 82758, "", ""),
            ("suspected", "全国", "2020-04-20", 37, "", ""),
            ("close_contacts_total", "全国", "2020-04-20", 726797, "", ""),
            ("observation", "全国", "2020-04-20", 8791, "", ""),
        ],
        note="April national report: the whole 境外输入 paragraph (811, 44, 32, 1587, 776, 无死亡) is an imported-only subtotal -> no tuples; the 4 imported and 7 本土 are subtotals too, but the bracketed 黑龙江6例/广东1例 are those provinces' only stated new cases and are kept; 新增疑似 and 重症病例增加1例 have no metric",
        source="https://gb.crntt.com/doc/49_972_105743721_1.html",
    ),
    dict(
        id="ev-fd-none-sh-0308-origin-subsets",
        text=(
            "8日0-12时,上海无新增新型冠状病毒肺炎确诊病例\n"
            "健康上海 2020-03-08 13:08\n"
            "\n"
            "2020年3月8日0-12时,上海市排除新型冠状病毒肺炎疑似病例10例;新增治愈出院1例;无新增确诊病例。\n"
            "\n"
            "截至3月8日12时,上海市已累计排除疑似病例2521例,发现确诊病例342例。确诊病例中,男性180例,女性162例;年龄最大88岁,最小7月龄;145例有湖北居住或旅行史,34例有湖北以外地区居住或旅行史,159例有相关病例接触史,4例有伊朗居住史;外地来沪人员111例,境外输入人员4例,本市常住人口227例。\n"
            "\n"
            "确诊病例中,现有25例在院治疗,其中16例病情平稳,8例病情危重,1例重症;314例治愈出院;3例死亡。尚有31例疑似病例正在排查中。\n"
            "\n"
            "编辑/赵红信"
        ),
        published="2020-03-08 13:08",
        city=None,
        expect=[
            ("recovered_new", "上海市", "2020-03-08", 1, "", ""),
            ("confirmed_new", "上海市", "2020-03-08", 0, "", ""),
            ("confirmed_total", "上海市", "2020-03-08", 342, "", ""),
            ("hospitalized", "上海市", "2020-03-08", 25, "", ""),
            ("critical", "上海市", "2020-03-08", 8, "", ""),
            ("severe", "上海市", "2020-03-08", 1, "", ""),
            ("recovered_total", "上海市", "2020-03-08", 314, "", ""),
            ("deaths_total", "上海市", "2020-03-08", 3, "", ""),
            ("suspected", "上海市", "2020-03-08", 31, "", ""),
        ],
        note="half-day bulletin (0-12时, 截至12时): dates are 3月8日; 湖北/伊朗 residence or travel history, 外地来沪/境外输入/本市常住 splits, sex and age are no place figures; 排除疑似 has no metric; 病情危重 -> critical, 重症 -> severe; 尚有31例疑似病例正在排查 -> suspected",
        source="https://app.bjtitle.com/8816/newshow.php?did=865736034103526&newsid=5565400&typeid=91",
    ),
    dict(
        id="ev-fd-none-jp-0220-ship-prefectures-ordinals",
        text=(
            "日本确诊人数上升至727人\n"
            "\n"
            "中国新闻网\n"
            "\n"
            "(抗击新冠肺炎)日本确诊人数上升至727人\n"
            "\n"
            "中新社东京2月20日电 (记者 吕少威)截至当地时间20日21时,日本新型冠状病毒感染确诊人数上升至727人。\n"
            "\n"
            "当天,停泊在横滨的邮轮“钻石公主”号新增确诊13例,从本月3日晚该船抵达横滨接受检疫以来,船内感染总数已达634例。从19日开始,船上检测结果呈阴性、没有相关症状且客房内没有出现确诊者的乘客被允许下船。19日有443人下船,20日有274人下船。\n"
            "\n"
            "当天北海道也新增1例确诊,据悉其曾与此前已确诊的感染者一起工作过。这是北海道的第5例。\n"
            "\n"
            "20日千叶县发布消息称该县新增1例确诊,该县累计确诊数上升至8例。\n"
            "\n"
            "爱知县20日发布消息,家住名古屋市的1名80多岁男性确认感染,他与此前的确诊者有过接触,为观察对象。这是该县第9例确诊。"
        ),
        published="2020-02-20",
        city=None,
        expect=[
            ("confirmed_total", "日本", "2020-02-20", 727, "", ""),
            ("confirmed_new", "钻石公主号", "2020-02-20", 13, "", ""),
            ("confirmed_total", "钻石公主号", "2020-02-20", 634, "", ""),
            ("confirmed_new", "北海道", "2020-02-20", 1, "", ""),
            ("confirmed_new", "千叶县", "2020-02-20", 1, "", ""),
            ("confirmed_total", "千叶县", "2020-02-20", 8, "", ""),
            ("confirmed_new", "爱知县", "2020-02-20", 1, "", ""),
        ],
        note="world news: the cruise ship is its own region (钻石公主号); '这是北海道的第5例' and '该县第9例确诊' are ordinals, not totals; 名古屋市 is the patient's residence (the case is 爱知县's, reported by it); passengers leaving the ship (443, 274) are no case figures; 当天 takes 20日",
        source="https://cn.apdnews.com/article/d68e6d2",
    ),
    dict(
        id="ev-fd-none-kr-0301-morning-dated-trad",
        text=(
            "韓國截至3月1日9時新冠肺炎確診病例達3526人\n"
            "\n"
            "2020-03-01 09:34 來源:央視新聞客戶端\n"
            "\n"
            "據(jù)韓國衛生部門消息,截至當(dāng)?shù)貢r間3月1日9時,韓國再次確診新增376名新型冠狀病毒感染病例,累計感染者達到3526人。\n"
            "\n"
            "376名新增感染者中,333人來自韓國南部城市大邱,大邱累計確診感染者達2569人,占全國感染者總數超7成。\n"
            "\n"
            "另外韓國衛生部門還公布了一例出生僅45天的嬰兒確診感染病例,為韓國年齡最小的確診感染者。(消息來源:央視新聞客戶端 總臺記者唐鑫)\n"
            "\n"
            "責(zé)編:袁帥"
        ),
        published="2020-03-01 09:34",
        city=None,
        expect=[
            ("confirmed_new", "韩国", "2020-03-01", 376, "", ""),
            ("confirmed_total", "韩国", "2020-03-01", 3526, "", ""),
            ("confirmed_new", "大邱", "2020-03-01", 333, "", ""),
            ("confirmed_total", "大邱", "2020-03-01", 2569, "", ""),
        ],
        note="published in the morning but dated in the text (截至…3月1日9時): 3月1日, not the day before; '333人來自…大邱' is the Korean regional breakdown of the new cases (大邱 reports them), not an origin elsewhere; 超7成 is a share, not a metric; the 45-day-old baby is one of the cases, not a separate count",
        source="http://m.bili3.cn/2020/03/01/ARTI1583026376421432.shtml",
    ),
    dict(
        id="ev-fd-none-kr-it-ir-0224-xinhua-trad",
        text=(
            "韓國(guó)意大利等國(guó)新冠疫情發(fā)展引關(guān)注\n"
            "綜合消息:韓意等國(guó)新冠疫情發(fā)展引關(guān)注\n"
            "新華社北京2月24日電 綜合新華社駐外記者報(bào)道:韓國(guó)23日到24日間新冠病毒感染病例大幅增加,;23日,,意大利宣布全國(guó)確診新型冠狀病毒感染者累計(jì)已超150人,伊朗感染者升至43人,,日本和英國(guó)等地感染人數(shù)也有所上升,。\n"
            "韓國(guó)疾病管理本部24日最新通報(bào)說,,當(dāng)?shù)貢r(shí)間23日16時(shí)至24日9時(shí),韓國(guó)新增161例新冠病毒感染病例,,累計(jì)確診病例增至763例,;新增死亡病例2例,累計(jì)死亡7例,。新增確診病例中,,131例發(fā)生在大邱市,其中129例與某教會(huì)有關(guān),,韓國(guó)累計(jì)確診病例中與該教會(huì)有關(guān)的病例已增至458例,;另有11例感染者來自慶尚北道地區(qū),。由于感染人數(shù)眾多,大邱市和慶尚北道清道郡21日被政府指定為傳染病特別管理地區(qū),。\n"
            "意大利政府23日宣布,,該國(guó)目前共有152人確認(rèn)感染新冠病毒,,其中3人病亡,1人治愈出院,。確診病例主要集中在該國(guó)北部4個(gè)大區(qū),。"
        ),
        published="2020-02-24",
        city=None,
        expect=[
            ("confirmed_new", "韩国", "2020-02-24", 161, "", ""),
            ("confirmed_total", "韩国", "2020-02-24", 763, "", ""),
            ("deaths_new", "韩国", "2020-02-24", 2, "", ""),
            ("deaths_total", "韩国", "2020-02-24", 7, "", ""),
            ("confirmed_new", "大邱市", "2020-02-24", 131, "", ""),
            ("confirmed_new", "庆尚北道", "2020-02-24", 11, "", ""),
            ("confirmed_total", "意大利", "2020-02-23", 152, "", ""),
            ("deaths_total", "意大利", "2020-02-23", 3, "", ""),
            ("recovered_total", "意大利", "2020-02-23", 1, "", ""),
            ("confirmed_total", "伊朗", "2020-02-23", 43, "", ""),
        ],
        note="traditional Xinhua round-up with pinyin residue and doubled commas; Korea's new cases are for the window 23日16時至24日9時 -> 2月24日; '來自慶尚北道地區' is Korea's regional breakdown (reporting region), kept; the lead '累計已超150人' rounds the body's 152 and is not a figure of its own; '目前共有152人…其中3人病亡,1人治愈出院' -> Italy's totals; church-linked counts (129, 458) and '日本和英國…有所上升' give no tuple; foreign names in simplified form",
        source="https://ptzyk.com/hqhr/2020/02-24/246758.shtml",
    ),
    dict(
        id="ev-fd-none-it-0311-lombardy-icu",
        text=(
            "新华社罗马3月11日电(记者李洁)意大利民事?;げ棵鸥涸鹑?、新冠病毒应急委员会专员博雷利11日说,截至当地时间当天18时,意大利累计新冠肺炎确诊病例12462例。\n"
            "当天晚间新闻发布会上公布的数据显示,意大利新冠肺炎确诊病例较上一日增加2313例,当天新增死亡病例196例,累计死亡827例,累计治愈1045例。\n"
            "3月11日,在意大利首都罗马,一处观景台空无一人。新华社发(埃莉萨·林格里亚摄)\n"
            "博雷利在发布会上说,死亡病例中约有2%年龄在50岁至60岁之间,其余死亡病例年龄都在60岁以上。\n"
            "据介绍,在现有确诊病例中,有6800多名患者在医院接受治疗,其中1028人在重症监护室治疗,另有3724名患者居家隔离。北部的伦巴第大区共有确诊病例7280例,是意大利疫情最严重的地区。"
        ),
        published="2020-03-12",
        city=None,
        expect=[
            ("confirmed_total", "意大利", "2020-03-11", 12462, "", ""),
            ("confirmed_new", "意大利", "2020-03-11", 2313, "", ""),
            ("deaths_new", "意大利", "2020-03-11", 196, "", ""),
            ("deaths_total", "意大利", "2020-03-11", 827, "", ""),
            ("recovered_total", "意大利", "2020-03-11", 1045, "", ""),
            ("hospitalized", "意大利", "2020-03-11", 6800, "", "more_than"),
            ("critical", "意大利", "2020-03-11", 1028, "", ""),
            ("confirmed_total", "伦巴第大区", "2020-03-11", 7280, "", ""),
        ],
        note="mojibake kept (民事?;げ…); '较上一日增加2313例' is the day's increase of the cumulative count -> confirmed_new (the previous day is a baseline); 重症监护室 -> critical; 居家隔离 3724 has no metric; 2% is an age share; the photo caption dates nothing; the 据介绍 paragraph takes 3月11日",
        source="http://soairport.com/world/2020-03/12/c_1125698783.htm",
    ),
    dict(
        id="ev-fd-none-ir-0307-tehran",
        text=(
            "中新网3月7日电 据外媒报导,伊朗卫生部门7日音讯称,伊朗新增新冠肺炎确诊病例1076例,累计确诊达5823例,逝世人数升至145人。\n"
            "此外,伊朗现在有超越1.6万人疑似感染新冠肺炎,都已送往医院。\n"
            "据悉,在伊朗首都德黑兰,有1539人感染了新冠肺炎。"
        ),
        published="2020-03-07",
        city=None,
        expect=[
            ("confirmed_new", "伊朗", "2020-03-07", 1076, "", ""),
            ("confirmed_total", "伊朗", "2020-03-07", 5823, "", ""),
            ("deaths_total", "伊朗", "2020-03-07", 145, "", ""),
            ("suspected", "伊朗", "2020-03-07", 16000, "", "more_than"),
            ("confirmed_total", "德黑兰", "2020-03-07", 1539, "", ""),
        ],
        note="reworded (synonym-spun) mirror of a 中新网 item: 逝世人数升至 -> deaths_total, 超越1.6万人 -> 16000 more_than; a foreign capital as written (德黑兰); undated sentences take 7日",
        source="http://naoseo.com/news/82905.html",
    ),
    dict(
        id="ev-fd-none-ir-0409-lead-rounding",
        text=(
            "伊朗感染新冠病毒人数达到6.6万人 超过4000人死亡\n"
            "\n"
            "俄罗斯卫星通讯社德黑兰4月9日电 伊朗卫生部发言人贾汉普尔表示,该国累计确诊新冠病毒感染病例超过6.6万例,死亡4100例。\n"
            "\n"
            "贾汗普尔在伊朗IRINN电视台节目中表示,最近一天,该国新增1634例确诊病例,累计达到66220例病例。\n"
            "\n"
            "他说,目前已经有32309人康复。\n"
            "\n"
            "贾汉普尔表示:“遗憾的是,最近24小时内,有117人死亡,全国死亡人数累计达到4110人。”\n"
            "\n"
            "他还称,该国新冠病毒的传播速度无疑还在继续减缓,新增病例越来越少。"
        ),
        published="2020-04-09",
        city=None,
        expect=[
            ("confirmed_new", "伊朗", "2020-04-09", 1634, "", ""),
            ("confirmed_total", "伊朗", "2020-04-09", 66220, "", ""),
            ("recovered_total", "伊朗", "2020-04-09", 32309, "", ""),
            ("deaths_new", "伊朗", "2020-04-09", 117, "", ""),
            ("deaths_total", "伊朗", "2020-04-09", 4110, "", ""),
        ],
        note="the headline and lead round the body's figures (6.6万 / 超过4000 / 4100 vs 66220 / 4110): not figures of their own; '最近一天' and '最近24小时内' are the day of the dispatch; '目前已经有32309人康复' is cumulative; the page's Russian photo captions and a related-story link are left out of the excerpt",
        source="http://sputniknews.cn//society/202004091031183838/",
    ),
    dict(
        id="ev-fd-none-nhc-0220-brackets-ge-trad",
        text=(
            "31省份新冠肺炎累計確診75465例 死亡2236例\n"
            "中新網2月21日電 據國家衛健委網站消息,2月20日0—24時,31個省(自治區、直轄市)和新疆生産建設兵團報告新增確診病例889例,新增死亡病例118例(湖北115例,浙江、重慶、雲南各1例),新增疑似病例1614例。\n"
            "當日新增治愈出院病例2109例,解除醫學觀察的密切接觸者28804人,重症病例減少231例。\n"
            "截至2月20日24時,據31個省(自治區、直轄市)和新疆生産建設兵團報告,現有確診病例54965例(其中重症病例11633例),累計治愈出院病例18264例,累計死亡病例2236例,累計報告確診病例75465例,現有疑似病例5206例。累計追蹤到密切接觸者606037人,尚在醫學觀察的密切接觸者120302人。\n"
            "湖北新增確診病例631例(武漢319例),新增治愈出院病例1451例(武漢766例),新增死亡病例115例(武漢99例),現有確診病例48730例(武漢37448例),其中重症病例10997例(武漢9628例)。累計治愈出院病例11788例(武漢6214例),累計死亡病例2144例(武漢1684例),累計確診病例62662例(武漢45346例)。新增疑似病例1279例(武漢979例),現有疑似病例4094例(武漢2820例)。"
        ),
        published="2020-02-21",
        city=None,
        expect=[
            ("confirmed_new", "全国", "2020-02-20", 889, "", ""),
            ("deaths_new", "全国", "2020-02-20", 118, "", ""),
            ("deaths_new", "湖北省", "2020-02-20", 115, "", ""),
            ("deaths_new", "浙江省", "2020-02-20", 1, "", ""),
            ("deaths_new", "重庆市", "2020-02-20", 1, "", ""),
            ("deaths_new", "云南省", "2020-02-20", 1, "", ""),
            ("recovered_new", "全国", "2020-02-20", 2109, "", ""),
            ("observation_released_new", "全国", "2020-02-20", 28804, "", ""),
            ("hospitalized", "全国", "2020-02-20", 54965, "", ""),
            ("severe", "全国", "2020-02-20", 11633, "", ""),
            ("recovered_total", "全国", "2020-02-20", 18264, "", ""),
            ("deaths_total", "全国", "2020-02-20", 2236, "", ""),
            ("confirmed_total", "全国", "2020-02-20", 75465, "", ""),
            ("suspected", "全国", "2020-02-20", 5206, "", ""),
            ("close_contacts_total", "全国", "2020-02-20", 606037, "", ""),
            ("observation", "全国", "2020-02-20", 120302, "", ""),
            ("confirmed_new", "湖北省", "2020-02-20", 631, "", ""),
            ("recovered_new", "湖北省", "2020-02-20", 1451, "", ""),
            ("hospitalized", "湖北省", "2020-02-20", 48730, "", ""),
            ("severe", "湖北省", "2020-02-20", 10997, "", ""),
            ("recovered_total", "湖北省", "2020-02-20", 11788, "", ""),
            ("deaths_total", "湖北省", "2020-02-20", 2144, "", ""),
            ("confirmed_total", "湖北省", "2020-02-20", 62662, "", ""),
            ("suspected", "湖北省", "2020-02-20", 4094, "", ""),
            ("confirmed_new", "武汉市", "2020-02-20", 319, "", ""),
            ("recovered_new", "武汉市", "2020-02-20", 766, "", ""),
            ("deaths_new", "武汉市", "2020-02-20", 99, "", ""),
            ("hospitalized", "武汉市", "2020-02-20", 37448, "", ""),
            ("severe", "武汉市", "2020-02-20", 9628, "", ""),
            ("recovered_total", "武汉市", "2020-02-20", 6214, "", ""),
            ("deaths_total", "武汉市", "2020-02-20", 1684, "", ""),
            ("confirmed_total", "武汉市", "2020-02-20", 45346, "", ""),
            ("suspected", "武汉市", "2020-02-20", 2820, "", ""),
        ],
        note="national report (traditional, 中新網): '浙江、重慶、雲南各1例' gives each province deaths_new 1; 湖北's 115 is stated twice (one tuple); the undated 湖北 paragraph takes 2月20日; 現有確診 -> hospitalized; 新增疑似 and 重症病例減少231例 have no metric; the Hong Kong/Macau/Taiwan paragraph is left out of the excerpt (six places)",
        source="http://big5.taiwan.cn/xwzx/PoliticsNews/202002/t20200221_12245764.htm",
    ),
    dict(
        id="ev-fd-none-jp-0401-ship-dated-discharges-trad",
        text=(
            "首頁>要聞要聞\n"
            "\n"
            "日本單日新增新冠肺炎病例數超200 為有疫情以來最高\n"
            "\n"
            "2020年04月01日 14:56 | 來源:新華社\n"
            "分享到: \n"
            "\n"
            "新華社東京4月1日電(記者華義)據日本廣播協會(NHK)電視臺統計,截至當地時間4月1日10時30分(北京時間9時30分),日本國內新冠肺炎確診病例較前一日同期新增234例,累計達2233例;單日新增病例數為有疫情以來最高。\n"
            "\n"
            "日本47個都道府縣已有44個出現確診病例,累計死亡病例達到66例。\n"
            "\n"
            "據日本媒體報道,日本首相安倍晉三3月31日首次在公開場合戴上口罩,他當天曾前往皇居向日本天皇“內奏”(匯報國事活動)。\n"
            "\n"
            "另據日本厚生勞動省統計,截至3月31日,日本國內新冠肺炎確診患者中已有424人出院。“鉆石公主”號郵輪712名確診患者中已有619人出院,11人死亡。\n"
            "\n"
            "據日本共同社報道,日本外相茂木敏充3月31日宣布,日本將美國、英國、韓國等49個國家和地區的傳染病危險警示級別上調至三級,建議暫勿前往這些地區。日本政府計劃于近期召開政府對策總部會議,宣布對來自上述國家和地區的外國人采取拒絕入境措施。日本還計劃要求包括日本人在內的所有入境者自入境日起自行隔離14天。(完)"
        ),
        published="2020-04-01 14:56",
        city=None,
        expect=[
            ("confirmed_new", "日本", "2020-04-01", 234, "", ""),
            ("confirmed_total", "日本", "2020-04-01", 2233, "", ""),
            ("deaths_total", "日本", "2020-04-01", 66, "", ""),
            ("recovered_total", "日本", "2020-03-31", 424, "", ""),
            ("confirmed_total", "钻石公主号", "2020-03-31", 712, "", ""),
            ("recovered_total", "钻石公主号", "2020-03-31", 619, "", ""),
            ("deaths_total", "钻石公主号", "2020-03-31", 11, "", ""),
        ],
        note="April world news: '較前一日同期新增234例' is the day's new count; the undated 死亡 paragraph takes 4月1日; the discharge paragraph is dated 截至3月31日 by itself, and '712名確診患者' there is the ship's total; '已有…出院' is cumulative; 44 of 47 prefectures, the 49 countries on the travel list and 14天 are no case figures",
        source="http://www.mkcnfr.com/c/2020-04-01/2548102.shtml",
    ),
    dict(
        id="ev-fd-none-yn-0401-imported-only-nothing",
        text=(
            "云南新增境外输入病例1例 新增境外输入无症状感染者1例\n"
            "云南卫健委网站4月2日消息,4月1日0时至24时,云南省无新增本地确诊病例,新增境外输入确诊病例1例(英国籍,英国输入),新增境外输入无症状感染者1例(中国籍,缅甸输入)。\n"
            "截至4月1日24时,现有境外输入确诊病例9例(中国籍7例),现有无症状感染者4例(中国籍3例)。\n"
            "第9例境外输入病例信息:\n"
            "男,6个月,英籍华人。3月16日随家人从伦敦乘坐CA938航班于17日到达北京,18日从北京乘坐CA4172航班到达昆明,即送到昆明市集中医学观察点集中医学观察,期间未出现发热。因其母核酸检测阳性,患儿即被送至指定医院隔离,29日出现发热,采样核酸检测阳性,诊断为新冠肺炎确诊病例(轻型,英国输入),转送定点医院隔离治疗。\n"
            "第4例境外输入无症状感染者信息:\n"
            "男,31岁,中国籍。2020年3月10日乘坐DR5038航班从缅甸曼德勒到德宏芒市机场入境,通过社区排查到当地集中医学观察点集中观察,25日采样核酸检测阴性,31日再次采样核酸检测阳性,无临床症状,诊断为新冠肺炎无症状感染者(缅甸输入),转运至定点医院隔离观察。\n"
            "(原题为《4月1日云南省新冠肺炎疫情情况》)(本文来自澎湃新闻,更多原创资讯请下载“澎湃新闻”APP)"
        ),
        published="2020-04-02",
        city=None,
        expect=[],
        note="every figure is an imported-only or local-only subtotal (新增境外输入确诊1例, 现有境外输入确诊9例, 无新增本地确诊病例) or an asymptomatic count: no tuple for 云南省 (its total new count is not stated); 英国, 缅甸, 伦敦, 北京, 昆明 are origins and travel stops; 第9例/第4例 are ordinals",
        source="https://m.yybnet.net/news/china/202004/10348202.html",
    ),
]
