"""The city paper's own prose (issue 26): how a local story tells its figures, not a bulletin's
table. Short sentences in the ways a county or city paper writes, each with what a reader would
take from it. The home city here is 盐城市 (a prefecture of 江苏), whose county is 滨海县."""

from __future__ import annotations

import pytest

from extract import extract_text

CITY = "盐城市"


def figures(text: str, city: str = CITY) -> list[tuple]:
    return [(r.metric, r.region, r.value) for r in extract_text(text, published="2020-02-21", city=city)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("全市4个确诊病例均已治愈出院。", [("confirmed_total", CITY, 4), ("recovered_total", CITY, 4)]),
        ("全市新增2个确诊病例。", [("confirmed_new", CITY, 2)]),
        ("全市新增2个病例。", [("confirmed_new", CITY, 2)]),
    ],
)
def test_ge_counting_cases_is_a_case_count(text, expected):
    """全县4个确诊病例: 个 is a loose unit for cases, as 例 is."""
    assert sorted(figures(text)) == sorted(expected)


def test_ge_counting_projects_stays_a_resumption_count():
    got = extract_text("全市6个项目复工。", published="2020-02-21", city=CITY)
    assert [(r.metric, r.sector, r.value) for r in got] == [("resumed", "项目", 6)]  # not the sector 目


@pytest.mark.parametrize(
    "text",
    [
        "至此，全市4名确诊患者已有3名治愈出院。",
        "至此，全市4名确诊患者中已有3名治愈出院。",
        "全市确诊的4名患者已有3名治愈出院。",
    ],
)
def test_a_count_that_heads_how_many_of_them_recovered(text):
    """4名确诊患者已有3名治愈出院: 4 confirmed so far, 3 of them discharged (not 4 recovered)."""
    assert sorted(figures(text)) == [("confirmed_total", CITY, 4), ("recovered_total", CITY, 3)]


def test_a_total_not_a_count_when_its_words_run_on():
    assert figures("我市累计确诊病例已有3例。") == [("confirmed_total", CITY, 3)]


def test_the_part_of_a_total_discharged_so_far_is_a_total():
    """累计确诊病例4例，其中3例已治愈出院: the 3 are the discharges so far, not the day's."""
    assert figures("截至2月20日，我市累计确诊病例4例，其中3例已治愈出院，1例正在治疗。") == [
        ("confirmed_total", CITY, 4),
        ("recovered_total", CITY, 3),
        ("hospitalized", CITY, 1),
    ]
    # a breakdown of the day's new cases keeps its 1 new
    assert figures("全市新增确诊2例，其中1例已治愈出院。") == [("confirmed_new", CITY, 2), ("recovered_new", CITY, 1)]


def test_a_county_named_in_the_headline_owns_its_wo_xian():
    got = figures("滨海县4名确诊患者已有3名治愈出院\n本报讯 2月20日，我县又有一名确诊患者治愈出院。")
    assert ("recovered_new", "滨海县", 1) in got and all(region == "滨海县" for _, region, _ in got)
    assert figures("滨海县：截至2月20日，全县累计确诊4例。") == [("confirmed_total", "滨海县", 4)]


@pytest.mark.parametrize(
    "text", ["本报讯 2月20日，我县又有一名确诊患者治愈出院。", "截至2月20日，全县累计确诊病例4例。"]
)
def test_a_county_that_names_itself_nowhere_is_not_the_city(text):
    """A county paper's 我县/全县 with no county named: a county's figure, never the prefecture's."""
    assert figures(text) == []


@pytest.mark.parametrize(
    "text", ["截至2月20日，盐城市高新区新增确诊病例1例。", "截至2月20日，盐城高新区新增确诊病例1例。"]
)
def test_the_home_citys_generic_zone_is_named_without_the_city(text):
    """盐城市高新区 and 盐城高新区 are one zone, 高新区, the city's own (not the city)."""
    assert figures(text) == [("confirmed_new", "高新区", 1)]


def test_a_zone_in_the_sector_words_is_no_part_of_the_sector():
    got = extract_text("截至2月20日，盐城经开区规上工业企业复工率达95%。", published="2020-02-21", city=CITY)
    assert [(r.region, r.sector, r.value) for r in got] == [("经开区", "规上工业企业", 95)]


def test_a_companys_name_does_not_take_the_word_that_led_into_it():
    got = figures("截至2月20日，全市规上工业企业复工率达95%，其中盐城华泰集团员工到岗率达90%。")
    assert ("worker_return_rate", "盐城华泰集团", 90) in got


def test_a_county_bulletin_signed_at_its_foot_speaks_for_the_county():
    """我县/全县 in a bulletin whose signature names the county (a county of the home city)."""
    got = figures(
        "2020年2月17日00:00至24:00,我县无新增报告确诊病例;新增确诊病例治愈出院4例。\n"
        "截止2月17日24时,全县累计报告确诊病例63例。\n"
        "滨海县新型冠状病毒肺炎防控指挥部办公室\n2020年2月18日"
    )
    assert sorted(got) == [
        ("confirmed_new", "滨海县", 0),
        ("confirmed_total", "滨海县", 63),
        ("recovered_new", "滨海县", 4),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "原报告的疑似病例中累计排除85例(其中累计出院34例)。",
        "排除病例出院1例。",
        "原报告的疑似病例中累计排除47例(另:原1例排除病例今日核酸检测为阳性,被确定为新增确诊病例,其中累计出院11例)。",
    ],
)
def test_excluded_suspects_going_home_are_no_recoveries(text):
    assert figures(text) == []


def test_a_recovery_in_the_next_clause_after_an_excluded_count_stays():
    assert figures("我市累计排除疑似病例85例，治愈出院34例。") == [("recovered_total", CITY, 34)]


def test_days_in_a_row_without_a_case_are_a_day_without_a_new_one():
    assert figures("2月20日，全市已连续5天无确诊病例。") == [("confirmed_new", CITY, 0)]


def test_a_count_of_confirmed_patients_then_how_many_of_them_recovered():
    assert figures("其中滨海县8例确诊患者已治愈出院5例。") == [
        ("confirmed_total", "滨海县", 8),
        ("recovered_total", "滨海县", 5),
    ]


def test_a_day_written_with_a_clock_is_the_days_block():
    """2月8日00:00至24:00，…确诊病例治愈出院3例: the day's discharges."""
    got = extract_text("2020年2月8日00:00至24:00,全市确诊病例治愈出院3例。", published="2020-02-09", city=CITY)
    assert [(r.metric, r.date, r.value) for r in got] == [("recovered_new", "2020-02-08", 3)]


def test_a_day_inside_a_closed_bracket_dates_only_the_bracket():
    got = extract_text(
        "截至2月8日24时,全市累计排除疑似病例47例(另有1例今日核酸检测为阳性)。目前仍在定点医疗机构接受隔离治疗61例。",
        published="2020-02-09",
        city=CITY,
    )
    assert [(r.metric, r.date, r.value) for r in got] == [("hospitalized", "2020-02-08", 61)]


def test_a_bracket_breaking_down_another_citys_count_holds_that_citys_places():
    """A province's list: 大同's 平城区 is no 城区 of the home city, 阳泉's 城区 neither."""
    text = (
        "截至2月9日24时,山西省累计报告确诊病例119例。其中:\n大同市11例(平城区9例、云冈区2例)\n"
        "晋城市8例(城区3例、沁水县2例)\n阳泉市4例(城区2例、盂县2例)\n朔州市7例(应县3例、朔城区3例、怀仁市1例)"
    )
    assert figures(text, city="晋城市") == [
        ("confirmed_total", "晋城市", 8),
        ("confirmed_total", "城区", 3),
        ("confirmed_total", "沁水县", 2),
    ]


def test_a_source_line_names_who_speaks_in_a_relayed_bulletin():
    """来源:信阳市卫生健康委员会 over a portal's relay: its 我市 is 信阳市, in a feed with no home city."""
    text = "来源:信阳市卫生健康委员会\n\n截至3月9日24时,我市累计治愈271例,死亡病例2例。"
    got = [(r.metric, r.region, r.value) for r in extract_text(text, published="2020-03-10", city=None)]
    assert got == [("recovered_total", "信阳市", 271), ("deaths_total", "信阳市", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "新增20例患者中,15例已证实与第31例确诊患者有过接触。",
        "截至19日,共有621人确诊,确诊者中322人无症状。",
        "使日本邮轮以外的确诊感染者增至83人。",
        "此外,9973名疑似人员接受检测后结果呈阴性,1149名疑似人员正在接受检测。",
    ],
)
def test_a_part_of_the_cases_is_no_places_count(text):
    """By contact, by symptoms, all but a part, people tested: none is a place's own figure."""
    got = extract_text(text, published="2020-02-19", city=None)
    assert [r.value for r in got if r.value in (15, 322, 83, 9973, 1149)] == []


@pytest.mark.parametrize(
    "text",
    [
        "截止目前,该县通过商务包车先后运送4批农民工顺利返岗,共运送农民工返岗1876人。",
        "截至2月27日,劳务输出大市共开出务工专列17趟,1.1万余名当地务工人员返岗复工。",
    ],
)
def test_workers_carried_away_to_jobs_elsewhere_are_not_returned_workers(text):
    assert figures(text) == []


def test_workers_brought_back_are_returned_workers():
    got = figures("截至2月20日，全市规上工业企业通过包车点对点接回返岗员工1200人。")
    assert got == [("workers_returned", CITY, 1200)]


def test_a_forecast_dated_in_its_own_clause_is_no_figure():
    got = figures("截至2月19日,全市规上工业企业复产率达75%,预计2月29日,规上工业企业复产率可达到100%。")
    assert got == [("resumption_rate", CITY, 75)]


def test_the_level_a_measure_changed_to_is_that_measure_on_its_own_date():
    got = extract_text("全市规上企业复工率由2月20日的78.5%提高到3月3日的96.5%。", published="2020-03-04", city=CITY)
    assert [(r.metric, r.date, r.value, r.rule) for r in got] == [
        ("resumption_rate", "2020-02-20", 78.5, "resume.rate"),
        ("resumption_rate", "2020-03-03", 96.5, "resume.rate+changed_to"),
    ]


def test_a_date_that_introduces_its_own_number_dates_nothing_after_it():
    """全国治愈比例8.2%,1月27日为1.3%;武汉治愈比例6.2%: 6.2% is the report's day's, not 1月27日's."""
    got = extract_text(
        "截至2月9日24时,全国治愈比例8.2%,1月27日为1.3%;武汉治愈比例6.2%。", published="2020-02-10", city="武汉市"
    )
    assert [(r.metric, r.date, r.value) for r in got] == [("recovery_rate", "2020-02-09", 6.2)]


def test_a_bare_day_with_an_hour_range_is_a_date():
    got = extract_text("1日12-24时,全市新增治愈出院1例。", published="2020-03-02 08:39", city=CITY)
    assert [(r.metric, r.date, r.value) for r in got] == [("recovered_new", "2020-03-01", 1)]


@pytest.mark.parametrize(
    "text,zone",
    [
        ("确诊病例中,亭湖区6例,盐城经济技术开发区2例。", "经济技术开发区"),
        ("确诊病例中,亭湖区6例,盐城开发区2例。", "盐城开发区"),  # no kind a city has one of
        ("确诊病例中,亭湖区6例,盐城市高新区2例。", "高新区"),
        ("确诊病例中,亭湖区6例,盐城生态文旅区2例。", "生态文旅区"),
    ],
)
def test_the_home_citys_zones_in_a_list(text, zone):
    assert (zone, 2) in [(region, value) for _, region, value in figures(text)]


def test_people_still_under_observation_in_a_few_words():
    assert ("observation", CITY, 868) in figures("截至2月11日,已解除医学观察1172人,868人尚在观察中。")


def test_a_bulletin_released_in_the_morning_reports_the_day_before():
    got = extract_text(
        "本报讯2月22日上午,自治区卫生健康委发布通报,盐城市新增治愈出院病例2例。",
        published="2020-02-23 10:13",
        city=CITY,
    )
    assert [(r.metric, r.date, r.value) for r in got] == [("recovered_new", "2020-02-21", 2)]


def test_a_morning_meeting_is_no_release():
    got = extract_text("2月22日上午,市委召开会议。全市累计确诊病例32例。", published="2020-02-23", city=CITY)
    assert [(r.metric, r.value) for r in got] == [("confirmed_total", 32)]


def test_districts_listed_after_an_as_follows_line():
    got = extract_text(
        "截至2月4日24时,深圳累计报告确诊病例289例。各区情况如下:南山区59例、福田区57例、大鹏新区2例。",
        published="2020-02-05",
        city="深圳市",
    )
    assert [(r.region, r.value) for r in got] == [("深圳市", 289), ("南山区", 59), ("福田区", 57), ("大鹏新区", 2)]


def test_a_municipalitys_districts_are_its_own():
    got = extract_text(
        "截至2月9日12时,重庆市累计报告确诊病例450例。北碚区、南川区尚未有病例。确诊病例较多的区县有万州区85例,江北区23例。",
        published="2020-02-09",
        city="重庆市",
    )
    assert [(r.region, r.value) for r in got] == [
        ("重庆市", 450),
        ("北碚区", 0),
        ("南川区", 0),
        ("万州区", 85),
        ("江北区", 23),
    ]


def test_cases_counted_by_how_they_were_infected_are_a_subset():
    assert figures("截至2月8日24时,累计有二代病例146例,三代病例15例;社区感染病例45例。") == []


def test_each_of_a_severity_pair_counts_both():
    got = figures("目前全市累计报告确诊病例32例,其中危重型病例及重型病例各1例。")
    assert ("critical", CITY, 1) in got and ("severe", CITY, 1) in got


def test_suspected_patients_in_hospital_are_suspected():
    assert figures("现有4例疑似病例住院隔离治疗。") == [("suspected", CITY, 4)]


@pytest.mark.parametrize(
    "text,metric",
    [
        ("累计医学观察密切接触者1709人。", "close_contacts_total"),
        ("正在接受医学观察的密切接触者83人。", "observation"),
        ("共有100人正在接受医学观察。", "observation"),
    ],
)
def test_contacts_observed_so_far_are_the_contacts(text, metric):
    assert [f[0] for f in figures(text)] == [metric]


@pytest.mark.parametrize(
    "text,value",
    [
        ("截至3月28日,市区54条公交线路全部恢复运营。", 54),
        ("2月21日,全市城区公交全面恢复,开通16条线路。", 16),
    ],
)
def test_a_count_before_the_services_noun(text, value):
    got = [(r.metric, r.value) for r in extract_text(text, published="2020-03-28", city=CITY)]
    assert got == [("services_resumed", value)]


def test_a_rate_of_taxis_is_no_count_of_them():
    got = [(r.metric, r.value) for r in extract_text("全市88台出租车复工率50%。", published="2020-03-14", city=CITY)]
    assert got == [("resumption_rate", 50)]


def test_so_far_is_the_papers_day_when_the_storys_date_comes_later():
    text = "交通复工复产。\n\n3月7日,出租车复工。截止目前,全市出租车复工率100%。\n\n3月13日,班线客车开通,发送17个班次。"
    got = [(r.metric, r.date) for r in extract_text(text, published="2020-03-14", city=CITY)]
    assert ("resumption_rate", "2020-03-14") in got


def test_januarys_imported_cases_are_the_days_cases():
    """输入性 (from Wuhan, January) after the count describes the day's cases; 境外输入 does not."""
    got = [
        (r.metric, r.date, r.value)
        for r in extract_text("28日我市又出现了2例新的输入性确诊病例。", published="2020-01-29", city=CITY)
    ]
    assert got == [("confirmed_new", "2020-01-28", 2)]
    assert figures("我市新增3例境外输入确诊病例。") == []


def test_all_cases_in_hospital_is_the_current_count():
    got = figures("截至28日24时,我市已有6例确诊病例。所有病例均在指定医院隔离治疗,病情稳定。")
    assert ("hospitalized", CITY, 6) in got and ("confirmed_total", CITY, 6) in got


@pytest.mark.parametrize(
    "text",
    ["连续3天全市确诊病人“0”报告。", "全市新增确诊病例零增长。", "全市连续5天新增确诊病例为零。"],
)
def test_a_zero_written_as_a_number_is_a_days_zero(text):
    assert figures(text) == [("confirmed_new", CITY, 0)]


@pytest.mark.parametrize("text", ["连续多日，我市新增确诊病例为零。", "全市确诊病例为0.5%。"])
def test_no_days_zero_from_a_vague_run_or_a_share(text):
    assert figures(text) == []


def test_a_range_from_one_day_to_another_dates_by_its_end():
    got = extract_text("从2月18日24时至20日24时,全市连续3天确诊病人“0”报告。", published="2020-02-21", city=CITY)
    assert [(r.metric, r.date) for r in got] == [("confirmed_new", "2020-02-20")]


@pytest.mark.parametrize(
    "signature",
    [
        "钟祥市新型冠状病毒感染的肺炎防控指挥部\n2020年3月20日",
        "钟祥市新型冠状病毒感染的肺炎\n疫情防控工作领导小组办公室\n2020年3月20日",
        "钟祥市新型冠状病毒感染肺炎防控工作应急指挥部\n2020年3月20日",
    ],
)
def test_a_county_level_citys_signature_says_whose_wo_shi_it_is(signature):
    text = f"截至2020年3月19日24时,全市累计报告病例319例,累计出院300例。\n\n{signature}"
    got = figures(text, city="荆门市")
    assert ("confirmed_total", "钟祥市", 319) in got and ("recovered_total", "钟祥市", 300) in got


def test_a_long_paragraph_naming_the_county_is_no_signature():
    text = "全市累计报告病例319例。\n\n钟祥市新型冠状病毒感染的肺炎防控指挥部要求各地加强管理,做好防控工作,确保群众生命安全和身体健康,不得松懈。"
    assert ("confirmed_total", "荆门市", 319) in figures(text, city="荆门市")


def test_where_returnees_came_from_owns_no_figure():
    text = "全市共摸排湖北(含武汉)来(返)人员1598人、其中武汉928人,市疾控中心认定密切接触者190人。"
    assert ("close_contacts_total", CITY, 190) in figures(text)


@pytest.mark.parametrize("lead", ["03.06 ", "[资讯] ", ""])
def test_a_county_bulletins_title_says_whose_unplaced_figures_are(lead):
    text = f"{lead}罗平县新冠肺炎防控情况通报\n\n截止2020年3月6日18时,累计确诊病例1人,已治愈出院。"
    assert ("confirmed_total", "罗平县", 1) in figures(text, city="曲靖市")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("全市22个农贸市场复市率100%。", [("resumed", 22), ("sector_total", 22), ("resumption_rate", 100)]),
        ("加油站营业26座,复产营业率100%。", [("resumption_rate", 100)]),
        ("永胜县14家规上工业企业实现复产的有11家。", [("sector_total", 14), ("resumed", 11)]),
        ("其余3家企业正在开展复产准备工作。", []),
        ("计划2月20日以后复产企业3家。", []),
    ],
)
def test_resumption_said_in_a_countys_words(text, expected):
    got = [(r.metric, r.value) for r in extract_text(text, published="2020-02-23", city="丽江市")]
    assert [g for g in got if g[0] in ("resumption_rate", "sector_total", "resumed")] == expected


def test_a_plan_after_a_date_dates_nothing_after_it():
    text = "截至2月14日已经复产的企业11家,计划2月20日以后复产企业3家。截至目前,超市复产营业率44%。"
    got = [(r.metric, r.date) for r in extract_text(text, published="2020-02-14", city=CITY)]
    assert ("resumption_rate", "2020-02-14") in got


def test_a_banner_speaks_as_quanqi():
    text = "乌拉特中旗规模以上工业企业开工率达到62%\n\n截至目前,全旗规模以上工业企业32家,已开工生产20户,开工率为62%。"
    got = [
        (r.metric, r.region, r.value) for r in extract_text(text, published="2020-03-06 00:00:00", city="巴彦淖尔市")
    ]
    assert ("resumption_rate", "乌拉特中旗", 62) in got and all(region != "巴彦淖尔市" for _, region, _ in got)


def test_midnight_on_the_stamp_is_no_time_of_day():
    got = extract_text("截至目前,全市规上工业企业复工率为62%。", published="2020-03-06 00:00:00", city=CITY)
    assert [r.date for r in got] == ["2020-03-06"]


def test_a_headline_opening_with_the_county_makes_the_story_its():
    text = "密山市防疫生产两不误引导企业开复工生产\n\n据了解,黑龙江东方风力发电有限公司等30家企业已开复工生产,近期还将有十多家企业相继开工生产。"
    got = [(r.metric, r.region, r.value) for r in extract_text(text, published="2020-02-22", city="鸡西市")]
    assert got == [("resumed", "密山市", 30)]


def test_a_photo_caption_is_no_headline():
    text = "乐陵市患者张某\n\n2月20日,我市又有两名新冠肺炎患者治愈出院。"
    got = [(r.metric, r.region, r.value) for r in extract_text(text, published="2020-02-20", city="德州市")]
    assert got == [("recovered_new", "德州市", 2)]


def test_the_subject_of_a_bulletins_paragraph_owns_its_later_sentences():
    text = "截至2020年4月20日24时,利川市累计报告新冠肺炎病例58例。目前累计治愈出院57例,死亡1例。"
    got = [
        (r.metric, r.region, r.value) for r in extract_text(text, published="2020-04-21", city="恩施土家族苗族自治州")
    ]
    assert ("recovered_total", "利川市", 57) in got and ("deaths_total", "利川市", 1) in got


def test_counties_named_short_with_their_group_word_each_have_none():
    text = "目前,屏南、寿宁、柘荣三县持续保持零确诊病例,沿海四个县(市、区)连续20天无新增确诊病例。"
    got = figures(text, city="宁德市")
    assert sorted(got) == [("confirmed_total", r, 0) for r in ("寿宁县", "屏南县", "柘荣县")]


def test_all_the_citys_counties_with_none_is_the_citys_none():
    assert figures("全市9个县(市、区)均无新增确诊病例。") == [("confirmed_new", CITY, 0)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("截至4月20日24时,累计报告无症状感染者15例,其中转为确诊病例4例,尚在接受隔离医学观察1例。", []),
        ("全市新增确诊病例3例,无症状感染者2例。", [("confirmed_new", CITY, 3)]),
    ],
)
def test_the_asymptomatic_carriers_sentence_is_theirs(text, expected):
    assert figures(text) == expected


def test_both_nouns_then_all_zero_is_the_days_zero():
    assert figures("2月22日0-24时,全市报告新增新冠肺炎确诊病例、疑似病例均为0。") == [("confirmed_new", CITY, 0)]


def test_patients_described_by_where_they_came_from_are_counted():
    got = figures("2月22日,3名分别来自滨海县、响水县、射阳县的新冠肺炎患者病愈出院。")
    assert got == [("recovered_new", CITY, 3)]


@pytest.mark.parametrize(
    "text",
    ["全市成立5个工业企业复工复产督导工作小组。", "其中,25户占工业总产值80%的重点工业企业复工率为100%。"],
)
def test_teams_and_shares_of_output_are_no_resumption(text):
    got = [(r.metric, r.value) for r in extract_text(text, published="2020-02-24", city=CITY)]
    assert ("resumed", 5) not in got and ("resumption_rate", 80) not in got


def test_a_zones_short_name_is_the_zone_named_before():
    text = "北海综合保税区管委会介绍,管委会共免费接送员工200余人。截至2月24日,综保区员工返岗率51.6%。"
    got = [(r.metric, r.region, r.value) for r in extract_text(text, published="2020-02-25", city="北海市")]
    assert ("worker_return_rate", "北海综合保税区", 51.6) in got
    assert ("workers_returned", "北海综合保税区", 200) in got


def test_the_hospital_the_story_is_about_owns_its_tally():
    got = figures("截止2月11日24时,该院累计治愈新冠肺炎确诊患者12例。")
    assert got == []


def test_a_countys_paragraph_stops_a_provinces_carry():
    text = (
        "截至2月5日24时,我省累计报告确诊病例321例。\n\n截至2月5日24时,什邡市无确诊病例。\n\n累计追踪到密切接触者29人。"
    )
    got = figures(text, city="德阳市")
    assert ("close_contacts_total", "四川省", 29) not in got and all(r != "四川省" for _, r, _ in got)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("全市无重症和死亡病例。", [("deaths_total", CITY, 0), ("severe", CITY, 0)]),
        ("全市在院病人数为0。疑似病人数为0。", [("hospitalized", CITY, 0), ("suspected", CITY, 0)]),
        ("全市新增疑似病例为0。", []),
    ],
)
def test_zeros_of_current_counts(text, expected):
    assert sorted(figures(text)) == sorted(expected)


def test_a_story_opened_by_a_county_carries_it_to_later_paragraphs():
    text = "蒙自市坚持以疫情防控稳定企业生产,确保企业复工复产顺利。\n\n截至2月21日,302户四上企业已复工复产222户,复工复产率达73.5%。"
    got = [
        (r.metric, r.region, r.value) for r in extract_text(text, published="2020-02-22", city="红河哈尼族彝族自治州")
    ]
    assert ("resumption_rate", "蒙自市", 73.5) in got and all(region == "蒙自市" for _, region, _ in got)


def test_sectors_named_with_de_and_service_keep_their_size():
    text = "其中,89户限额以上的商贸企业已复工复产60户;39户重点服务企业已复工复产33户。"
    got = [(r.metric, r.value) for r in extract_text(text, published="2020-02-22", city=CITY)]
    assert ("sector_total", 89) in got and ("sector_total", 39) in got
    assert ("resumed", 89) not in got and ("resumed", 39) not in got


def test_a_prefecture_without_counties_is_divided_into_towns():
    got = [
        (r.metric, r.region, r.value)
        for r in extract_text("截至2月20日,麻涌镇已有968家企业复工复产。", published="2020-02-21", city="东莞市")
    ]
    assert got == [("resumed", "麻涌镇", 968)]


def test_a_county_whose_name_ends_in_a_qualifier_word():
    """色达2例: 达 reads as 达 (reaching) before the number; the county keeps its item."""
    got = figures("我州累计报告确诊病例69例(道孚64例、色达2例、稻城1例)。", city="甘孜藏族自治州")
    assert ("confirmed_total", "色达县", 2) in got


def test_the_rest_still_treated_elsewhere_are_in_hospital():
    text = "目前,丹东市共有4名患者治愈出院,其余3名确诊病例已转至省集中救治大连中心治疗。"
    assert ("hospitalized", "丹东市", 3) in figures(text, city="丹东市")


def test_a_zone_that_was_a_lists_item_owns_only_its_item():
    text = "27例临床诊断病例分布为:胡集4例(本地4例)、南湖新区1例(本地1例)。当日出院2例,累计出院31例。"
    got = figures(text, city="荆门市")
    assert ("recovered_total", "荆门市", 31) in got and all(r != "南湖新区" or v == 1 for _, r, v in got)


def test_the_days_new_ones_among_a_total_just_given():
    """巴中: 全市累计…15例(…)。其中新增3例:巴州区2人,通江县1人,均为湖北返巴人员 — the day's new
    cases and their districts; 湖北返巴人员 says where they came from, and what follows is 巴中's."""
    got = [
        (r.metric, r.region, r.value)
        for r in extract_text(
            "截至2月4日24时,全市累计报告确诊病例15例(巴州区7例,通江县5例,平昌县3例)。其中新增3例:巴州区2人,"
            "通江县1人,均为湖北返巴人员。尚在医院治疗15例。",
            published="2020-02-05",
            city="巴中市",
        )
    ]
    assert got[4:] == [
        ("confirmed_new", "巴中市", 3),
        ("confirmed_new", "巴州区", 2),
        ("confirmed_new", "通江县", 1),
        ("hospitalized", "巴中市", 15),
    ]


def test_none_of_a_kind_after_a_count_is_not_its_kind():
    got = extract_text("全市累计15例无重型患者。", published="2020-02-05", city="巴中市")
    assert [(r.metric, r.value) for r in got] == [("confirmed_total", 15), ("severe", 0)]


def test_a_wire_storys_today_is_its_datelines_day():
    """央广网锡林郭勒3月3日消息…今天…目前: the story's day, not the repost's (3月4日 at night)."""
    got = extract_text(
        "央广网锡林郭勒3月3日消息 锡林郭勒盟5例新冠肺炎患者今天一起痊愈出院,目前锡林郭勒盟仅剩1例确诊病例。",
        published="2020-03-04 23:39",
        city="锡林郭勒盟",
    )
    assert {(r.metric, r.date) for r in got} == {("recovered_new", "2020-03-03"), ("hospitalized", "2020-03-03")}


def test_the_rest_after_an_exception_in_a_hospital_are_the_citys():
    """除1例危重病例在A医院进行隔离治疗外,其余54例全部治愈出院: the hospital (and the region its
    name holds) owns none of what follows the 外."""
    got = extract_text(
        "3月2日,南宁市累计确诊的55例病例中,除1例危重病例在广西壮族自治区人民医院进行隔离治疗外,"
        "其余54例全部治愈出院,治愈率累计达98.18%。",
        published="2020-03-04",
        city="南宁市",
    )
    assert {(r.metric, r.region, r.value) for r in got} >= {
        ("recovered_total", "南宁市", 54),
        ("recovery_rate", "南宁市", 98.18),
    }


def test_critical_patients_still_treated_are_critical():
    got = extract_text("截至目前,全盟还有1例危重型新冠肺炎患者继续在治疗。", published="2020-03-03", city="锡林郭勒盟")
    assert [(r.metric, r.value) for r in got] == [("critical", 1)]


def test_where_some_of_a_count_came_from_is_no_count():
    got = extract_text(
        "全盟5例患者今天痊愈出院。4名来自多伦县,1名来自锡林浩特市。", published="2020-03-03", city="锡林郭勒盟"
    )
    assert [(r.metric, r.region, r.value) for r in got] == [("recovered_new", "锡林郭勒盟", 5)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("咸阳市新增确诊病例已经连续7天为零。", [("confirmed_new", "咸阳市", 0)]),
        ("目前,现已解除医观察962人。", [("observation_released_total", "咸阳市", 962)]),  # 医学 lost
    ],
)
def test_a_streak_of_zeros_and_a_word_lost_in_print(text, expected):
    assert figures(text, city="咸阳市") == expected


def test_a_town_of_a_city_without_counties_written_short_is_still_the_town():
    got = extract_text(
        "2月21日,麻涌镇召开党委扩大会议。截至2月20日,麻涌已有968家企业复工复产,复工率68.03%。",
        published="2020-02-21",
        city="东莞市",
    )
    assert {(r.metric, r.region) for r in got} == {("resumed", "麻涌镇"), ("resumption_rate", "麻涌镇")}


def test_workers_fetched_from_everywhere_are_the_citys_and_a_sites_dateline_dates_yesterday():
    got = extract_text(
        "时间:2020-02-18 17:13\n据福州新闻网2月16日消息,近日福州市各县(市)区奔赴全国各地接务工人员返岗。\n"
        "根据统计显示,昨日福州赴省内及全国各地共接回务工人员454人。",
        published="2020-02-18 17:13",
        city="福州市",
    )
    assert [(r.metric, r.region, r.date, r.value) for r in got] == [("workers_returned", "福州市", "2020-02-15", 454)]


def test_a_repost_that_lost_its_date_characters_keeps_the_date():
    """截至3424时 and 2020340时至24时: 3月4日 with 年/月/日 lost (the digits cannot be a count)."""
    text = "2020340时至24时,宿州市无新增确诊病例。\n截至3424时,宿州市累计报告确诊病例41例,无危重和死亡病例。"
    got = {(r.metric, r.date, r.value) for r in extract_text(text, published="2020-03-05 16:05", city="宿州市")}
    assert got == {
        ("confirmed_new", "2020-03-04", 0),
        ("confirmed_total", "2020-03-04", 41),
        ("critical", "2020-03-04", 0),  # 无危重和死亡病例: both nouns
        ("deaths_total", "2020-03-04", 0),
    }


def test_a_mirrors_stamp_years_later_dates_nothing():
    text = "2020年2月17日0时至24时,神农架全区无新增确诊病例。\n到今天,神农架林区累计确诊的10例病例全部治愈。"
    got = {(r.metric, r.date) for r in extract_text(text, published="2025-12-04 23:43", city="神农架林区")}
    assert got == {
        ("confirmed_new", "2020-02-17"),
        ("confirmed_total", "2020-02-17"),
        ("recovered_total", "2020-02-17"),
    }


def test_discharges_from_a_list_of_hospitals_and_who_one_of_them_was():
    got = figures(
        "2月19日,鹤壁市3例新冠肺炎确诊患者先后从鹤壁市第三人民医院、浚县人民医院和淇县人民医院治愈出院,"
        "其中1例治愈患者为该市首例确诊患者。",
        "鹤壁市",
    )
    assert got == [("recovered_new", "鹤壁市", 3)]
    # how ill one of the discharged was is no current count
    assert figures("2月25日,双鸭山市3名确诊患者治愈出院,其中1名为省专家组评估的重型患者。", "双鸭山市") == [
        ("recovered_new", "双鸭山市", 3)
    ]


def test_the_last_inpatients_and_a_header_restating_a_count():
    text = "山东省新增治愈出院9例。\n\n9例新增出院中,其中有潍坊3例,这也是潍坊最后3例住院患者。"
    assert figures(text, "潍坊市") == [("recovered_new", "潍坊市", 3)]
    assert figures("全市最后3例住院患者今天出院。", "潍坊市") == [("recovered_new", "潍坊市", 3)]


def test_a_zone_named_after_its_city_and_a_sector_all_resumed_at_full_rate():
    got = extract_text(
        "在银川经济技术开发区,截至3月12日,规模以上工业企业复工复产89家,复工率100%,产能复产率90%。",
        published="2020-03-18",
        city="银川市",
    )
    assert {(r.metric, r.region, r.value, r.rule) for r in got} == {
        ("resumed", "经济技术开发区", 89, "resume.count"),
        ("sector_total", "经济技术开发区", 89, "resume.full_rate_total"),  # implied: its own rule id
        ("resumption_rate", "经济技术开发区", 100, "resume.rate"),
    }
    # a rate below 100 implies no size
    assert "sector_total" not in {m for m, _, _ in figures("规模以上工业企业复工89家,复工率98%。")}


def test_patients_counted_before_their_contacts_and_a_header_of_patients():
    got = figures("我市共确诊两例。两例患者的密切接触者共27人,已全部实行居家医学隔离观察。", "吕梁市")
    assert ("close_contacts_total", "吕梁市", 2) not in got and ("close_contacts_total", "吕梁市", 27) in got
    got = figures("随着最后两名确诊患者出院,铜川8位患者中除两名转至西安治疗外,其余6名均在铜川治愈出院。", "铜川市")
    assert ("recovered_new", "铜川市", 8) not in got and ("recovered_total", "铜川市", 6) in got


@pytest.mark.parametrize(
    "text,expected",
    [
        ("截至2月7日,济宁市已复工复产280家企业,上岗企业职工6.8万人。", ("workers_returned", 68000)),
        ("复工复产:截至2月7日,200余名工人已经回到厂里工作。", ("workers_returned", 200)),
        ("目前,济宁市14家消杀用品企业也全部复工复产。", ("sector_total", 14)),
    ],
)
def test_workers_at_their_posts_back_in_the_factory_and_also_all_resumed(text, expected):
    assert expected in [(m, v) for m, _, v in figures(text, "济宁市")]


def test_none_with_the_diseases_name_before_new():
    text = "2020年3月27日0-24时,景德镇市无新型冠状病毒肺炎新增确诊病例。"
    assert figures(text, "景德镇市") == [("confirmed_new", "景德镇市", 0)]


def test_a_county_notice_with_its_hospital_site_and_implied_counts():
    text = (
        "截止2020年1月31日23时,经山西省卫生健康委员会通报,我市共确诊新型冠状病毒感染的肺炎两例,现正在吕梁市定点医疗机构"
        "汾阳医院进行治疗,目前病情平稳。两例患者的密切接触者共27人,已按要求全部实行严格的居家医学隔离观察。\n孝义市疾控中心"
    )
    got = {(r.metric, r.region, r.value, r.rule) for r in extract_text(text, published="2020-02-01", city="吕梁市")}
    assert got == {
        ("confirmed_total", "孝义市", 2, "case.confirmed.total"),
        ("hospitalized", "孝义市", 2, "case.all_in_hospital"),  # implied: all of them in treatment
        ("close_contacts_total", "孝义市", 27, "case.close_contacts.total"),
        ("observation", "孝义市", 27, "case.all_observed"),  # implied
    }


def test_contacts_found_ill_and_the_severity_of_suspected_cases_are_no_counts():
    text = (
        "现有疑似病例254例,其中重症7例。\n"
        "累计追踪密切接触者1819人,已解除医学观察123人,已诊断疑似病例15例、确诊病例3例,尚在接受医学观察1678人。"
    )
    got = figures(text, "宜昌市")
    assert ("severe", "宜昌市", 7) not in got and ("suspected", "宜昌市", 15) not in got
    assert ("confirmed_total", "宜昌市", 3) not in got and ("observation", "宜昌市", 1678) in got


def test_a_statistics_page_with_months_only_and_numbered_headings():
    text = (
        "一、总体情况\n3月份,全州规模以上工业企业107家,实现工业增加值3.5亿元。\n二、企业开工情况\n"
        "2020年全州规模以上工业企业107家,除季节性停产企业外,3月当月开工生产73家,开工率70%。"
    )
    got = {(r.metric, r.date, r.value) for r in extract_text(text, city="博尔塔拉蒙古自治州")}
    assert ("resumed", "2020-03-31", 73) in got and ("resumption_rate", "2020-03-31", 70) in got
    assert ("resumed", "2020-03-31", 107) not in got  # the heading's 开工 is no verb of the next line


def test_whose_a_count_of_one_is_after_a_comma_and_contacts_who_became_cases():
    text = (
        "2020年2月21日0-24时,绍兴市无新增确诊病例;新增出院1例,为上虞区患者。"
        "尚有215人正在接受隔离医学观察,其中4例隔离中的密切接触者被确诊。"
    )
    got = figures(text, "绍兴市")
    assert ("recovered_new", "上虞区", 1) in got and ("recovered_new", "绍兴市", 1) in got
    assert ("observation", "绍兴市", 4) not in got and ("observation", "绍兴市", 215) in got


def test_firms_that_cannot_resume_and_a_slogans_numeral():
    got = figures("截至3月5日,全市348家规上工业企业333家已复工,不包括15家因退出和政策因素而无法复工的企业。", "雅安市")
    assert [v for m, _, v in got if m == "resumed"] == [333]
    got = figures("已复工项目中有57个为市级“四个一百”重点项目。", "曲靖市")
    assert [v for _, _, v in got] == [57]
