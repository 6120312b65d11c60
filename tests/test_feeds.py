"""Every place in any feed (issue 20): wire items and round-ups read with no home city, each figure
given to the place the text gives it. Short excerpts in the ways a feed writes."""

from __future__ import annotations

import pytest

from extract import extract_text


def feed(text: str, published: str = "2020-02-15") -> list[tuple]:
    return [(r.metric, r.region, r.date, r.value) for r in extract_text(text, published=published, city=None)]


def test_qi_counts_cases_in_singapores_press():
    got = feed("截至15日中午12时,新加坡确诊病例增加至72起。新加坡新增五起新冠肺炎确诊病例。")
    assert got == [("confirmed_total", "新加坡", "2020-02-15", 72), ("confirmed_new", "新加坡", "2020-02-15", 5)]


@pytest.mark.parametrize("text", ["和他们一起,全市复工。", "发生3起事故。"])
def test_qi_is_no_unit_elsewhere(text):
    assert extract_text(text, published="2020-02-15", city="盐城市") == []


def test_wan_then_digits_is_one_number():
    """3萬4,546例 (a Taiwan site's way): 34546, not 4546."""
    got = extract_text("截至7日,我市累计确诊3万4,546例。", published="2020-02-08", city="武汉市")
    assert [r.value for r in got] == [34546]


def test_a_breakdown_in_brackets_is_not_the_figures_owner():
    """累计882例(含包机归国人员确诊14例): the 882 and the deaths after are Japan's, not the group's."""
    got = feed(
        "截至18日10时30分,日本国内确诊病例新增47例,累计病例达到882例(含包机归国人员确诊14例),累计死亡29例。",
        published="2020-03-18",
    )
    assert got == [
        ("confirmed_new", "日本", "2020-03-18", 47),
        ("confirmed_total", "日本", "2020-03-18", 882),
        ("deaths_total", "日本", "2020-03-18", 29),
    ]


def test_the_day_a_count_was_made_dates_it():
    got = feed("据日本厚生劳动省17日统计,日本国内患者中已有171人出院。", published="2020-03-18")
    assert got == [("recovered_total", "日本", "2020-03-17", 171)]


@pytest.mark.parametrize(
    "text",
    [
        "泰国今天新增7个确诊病例,其中包括3名泰国人和4名中国人。",
        "新增3个泰国人确诊病例中,有1人是4日自武汉撤离的138人之一。",
    ],
)
def test_a_nationalitys_share_and_a_group_one_is_part_of_are_no_counts(text):
    values = [v for *_, v in feed(text, published="2020-02-08")]
    assert 3 not in values and 4 not in values and 138 not in values


def test_the_diseases_old_name_is_no_place():
    """截至7日午夜,中国武汉肺炎的确诊病例…: 武汉 names the disease here, not the city."""
    got = feed("泰国今天新增7个确诊病例。截至7日午夜,武汉肺炎的确诊病例来到34546例。", published="2020-02-08")
    assert all(region != "武汉市" for _, region, _, _ in got)


def test_a_deaths_list_written_with_its_total_gives_deaths():
    """死亡病例12例,分别为…双鸭山市确诊病例3例: the 3 are 双鸭山's deaths, not its cases."""
    got = extract_text(
        "截至2月23日24时,黑龙江省报告确诊病例480例,其中:哈尔滨市198例、双鸭山市52例。"
        "死亡病例12例,分别为绥化市确诊病例4例、双鸭山市确诊病例3例、哈尔滨市确诊病例3例。",
        published="2020-02-24",
        city="双鸭山市",
    )
    assert [(r.metric, r.value) for r in got] == [("confirmed_total", 52), ("deaths_total", 3)]


def home(text: str, city: str, published: str = "2020-02-15") -> list[tuple]:
    return [(r.metric, r.region, r.date, r.value) for r in extract_text(text, published=published, city=city)]


def test_a_county_level_city_listed_apart_stays_its_owners():
    """邓州市 (南阳's) after 永城市 (商丘's) in a provincial list: the table knows whose it is."""
    got = home("新增确诊病例中,南阳市9例、商丘市7例、永城市1例、邓州市1例。", "商丘市", "2020-02-02")
    assert ("confirmed_new", "永城市", "2020-02-02", 1) in got
    assert not [g for g in got if g[1] == "邓州市"]


def test_a_district_the_table_gives_elsewhere_keeps_its_lists_company():
    """深圳's 龙华区 is newer than the table (海口's): in a list of 深圳's districts it is one."""
    got = home("按照病例管理地区划分,南山区46例、龙华区24例、宝安区27例。", "深圳市")
    assert ("confirmed_total", "龙华区", "2020-02-15", 24) in got


def test_a_county_in_a_bracket_counts_for_its_prefecture_too():
    got = home(
        "新增死亡病例1例(河池市都安县1例)。现有重症病例6例(南宁市1例、河池市2例),累计死亡病例1例(河池市都安县1例)。",
        "河池市",
    )
    assert ("deaths_new", "河池市", "2020-02-15", 1) in got and ("deaths_total", "河池市", "2020-02-15", 1) in got
    assert ("deaths_new", "都安县", "2020-02-15", 1) in got


def test_an_items_cures_in_brackets_make_it_the_case_count():
    """…死亡2例;贵阳市36例(治愈28例,死亡1例),毕节市23例(治愈16例): the 23 is 毕节's cases."""
    got = home("治愈出院114例,死亡2例;贵阳市36例(治愈28例,死亡1例),毕节市23例(治愈16例)。", "毕节市")
    assert ("confirmed_total", "毕节市", "2020-02-15", 23) in got
    assert ("recovered_total", "毕节市", "2020-02-15", 16) in got


@pytest.mark.parametrize("written", ["黔西南州", "黔东南州", "恩施州"])
def test_an_autonomous_prefecture_by_its_short_name_is_itself(written):
    got = home(f"{written}4例(治愈4例)。", "毕节市")
    assert got == []  # another prefecture, never 毕节's 黔西县


def test_a_change_since_the_day_before_is_the_new_count():
    got = feed(
        "意大利现存病例2706例,较前一天增加443例;累计276例治愈,较前一天增加116例;死亡病例较前一天增加28例,累计107例。"
    )
    assert ("recovered_new", "意大利", "2020-02-15", 116) in got and ("deaths_new", "意大利", "2020-02-15", 28) in got
    assert 443 not in [v for *_, v in got]


@pytest.mark.parametrize(
    "window, published, day",
    [
        ("当地时间3日0时至4日16时", "2020-03-05", "2020-03-04"),
        ("当地时间24日0时至25日0时", "2020-03-25", "2020-03-24"),
    ],
)
def test_a_windows_end_dates_its_figures(window, published, day):
    got = feed(f"{window},韩国新增809例新冠肺炎确诊病例。", published=published)
    assert got == [("confirmed_new", "韩国", day, 809)]


def test_the_national_reports_subject_is_the_country_however_garbled():
    text = (
        "2月14日0—24時,,31個?。ㄗ灾螀^(qū),、直轄市)和新疆生產建設兵團報告新增確診病例2641例,"
        "新增死亡病例143例(湖北139例,,北京、重慶各1例)。\n當日新增治愈出院病例1373例。"
    )
    got = feed(text)
    assert ("confirmed_new", "全国", "2020-02-14", 2641) in got
    assert ("recovered_new", "全国", "2020-02-14", 1373) in got  # not 重庆's: it is a bracket's item


def test_elsewhere_and_a_place_in_a_predicate_carry_nothing():
    text = (
        "內地過去一日(4月2日),新增確診病例31宗,其中29宗為境外輸入病例;新增死亡病例4宗,全都在湖北。\n"
        "累計治癒出院病例76571宗。"
    )
    got = feed(text, published="2020-04-03")
    assert ("deaths_new", "全国", "2020-04-02", 4) in got
    assert ("recovered_total", "全国", "2020-04-02", 76571) in got


def test_counts_before_their_nouns_in_a_round_up():
    got = feed(
        "韩国确诊2,337宗,较昨日增加571宗,死亡病例有13宗和27宗治愈病例。"
        "日本境内有224宗确诊病例,5宗死亡病例和32宗治愈病例。",
        published="2020-02-28",
    )
    assert sorted(got) == sorted(
        [
            ("confirmed_total", "韩国", "2020-02-28", 2337),
            ("confirmed_new", "韩国", "2020-02-28", 571),  # 较昨日: the baseline, not the day
            ("deaths_total", "韩国", "2020-02-28", 13),
            ("recovered_total", "韩国", "2020-02-28", 27),
            ("confirmed_total", "日本", "2020-02-28", 224),
            ("deaths_total", "日本", "2020-02-28", 5),
            ("recovered_total", "日本", "2020-02-28", 32),
        ]
    )


def test_the_local_date_not_its_beijing_conversion():
    got = feed(
        "截至美国东部时间22日15时(北京时间23日3时),美国新冠肺炎确诊病例升至31057例。纽约州确诊病例最多,为15783例。",
        published="2020-03-22",
    )
    assert got == [("confirmed_total", "美国", "2020-03-22", 31057), ("confirmed_total", "纽约州", "2020-03-22", 15783)]


def test_a_closed_bracket_with_corrections_leaves_the_figures_after_it():
    text = (
        "湖北新增確診病例349例(其中武漢新增615例,荊門、咸寧等10市州進行核酸檢測,共訂正核減279例),"
        "新增治癒出院病例1,209例(武漢553例),新增死亡病例108例(武漢88例)。"
    )
    got = home(text, "武汉市", "2020-02-20")
    assert ("recovered_new", "武汉市", "2020-02-20", 553) in got and ("deaths_new", "武汉市", "2020-02-20", 88) in got


def test_a_list_under_a_count_of_no_metric_gives_nothing():
    text = "安徽省新增确诊病例46例,其中:合肥13例、宿松4例。\n\n新增疑似病例42例,其中:合肥4例、淮北4例、宿松1例。"
    got = home(text, "安庆市", "2020-01-29")
    assert got == [("confirmed_new", "宿松县", "2020-01-29", 4)]


def test_a_bound_picking_out_a_group_keeps_its_list():
    text = "湖北省累计报告病例9074例,其中14个市州累计确诊病例均超过100例,其中武汉市4109例、黄冈市1002例。"
    assert ("confirmed_total", "黄冈市", "2020-02-02", 1002) in home(text, "黄冈市", "2020-02-02")


def test_a_world_round_ups_china_and_its_share_that_died():
    got = feed("最新數字是全中國有24,433宗確診個案,當中492人已經死亡。", published="2020-02-05")
    assert got == [("confirmed_total", "全国", "2020-02-05", 24433), ("deaths_total", "全国", "2020-02-05", 492)]


def test_qi_before_a_long_name_of_the_virus():
    got = feed("日本东京新增103起新冠状病毒确诊病例。", published="2020-04-25")
    assert got == [("confirmed_new", "东京", "2020-04-25", 103)]  # a foreign city as written


def test_a_time_zone_is_no_place():
    text = "纽约市已有41,771例新冠肺炎确诊病例。报道称,截至美国东时间3月31日18时,超过8400人住院治疗,其中至少1888人住在重症监护室。"
    got = feed(text, published="2020-04-01")
    assert ("hospitalized", "纽约市", "2020-03-31", 8400) in got and ("critical", "纽约市", "2020-03-31", 1888) in got


def test_a_change_over_24_hours_and_indonesias_short_name():
    got = feed("纽约州累计确诊159937例,较24小时前新增10621例。另外在印尼,新增55宗確診個案。", published="2020-04-09")
    assert ("confirmed_new", "纽约州", "2020-04-09", 10621) in got and (
        "confirmed_new",
        "印尼",
        "2020-04-09",
        55,
    ) in got


def test_a_lost_character_is_no_question_mark():
    text = "確診病例中,寶坻區(qū)60例、河?xùn)|區(qū)15例、河北區(qū)12例、和平區(qū)6例;"
    got = home(text, "天津市", "2020-02-24")
    assert ("confirmed_total", "河北区", "2020-02-24", 12) in got and (
        "confirmed_total",
        "和平区",
        "2020-02-24",
        6,
    ) in got


def test_chinas_mainland_after_a_ship_is_china():
    text = (
        "另鑽石公主號返台國人中,其餘18人持續觀察。\n"
        "依據中國大陸疾控中心通報,中國大陸全部31省市區(不含港澳特別行政區)累計確診7萬8497例,較前日新增433例。"
    )
    got = feed(text, published="2020-02-26")
    assert ("confirmed_total", "全国", "2020-02-26", 78497) in got and (
        "confirmed_new",
        "全国",
        "2020-02-26",
        433,
    ) in got


def test_taiwans_names_regions_and_a_change_from_a_baseline():
    text = (
        "義大利當局今天通報境內新增 368 起武漢肺炎死亡病例,累計死亡數來到 1809 人。"
        "全國確診數大增 3590 例。義大利南部普利亞大區(Puglia)的死亡病例數今天從 8 人倍增至 16 人。"
    )
    got = feed(text, published="2020-03-16")
    assert ("deaths_total", "意大利", "2020-03-16", 1809) in got
    assert ("deaths_total", "普利亚大区", "2020-03-16", 16) in got
    assert all(v != 8 for *_, v in got)


def test_the_past_24_hours_and_a_weekdays_baseline():
    text = "意大利在过去24小时内有175人逝世。截止昨日晚间,意大利的确诊人数增加到了17750人,相比周五增加了2795人。"
    got = feed(text, published="2020-03-15")
    assert ("deaths_new", "意大利", "2020-03-15", 175) in got
    assert ("confirmed_total", "意大利", "2020-03-14", 17750) in got and (
        "confirmed_new",
        "意大利",
        "2020-03-14",
        2795,
    ) in got


def test_clinically_diagnosed_subcounts_and_reclassified_cases_are_parts():
    """Hubei's bulletins: 新增…病例9例(含临床诊断病例4例), 通山县0例(临床转确诊1例): the bracket
    says what the count holds, and a case moved between kinds is none of the day's new ones."""
    got = home(
        "2月16日0时-24时,咸宁市新增新型冠状病毒肺炎病例9例(含临床诊断病例4例),其中咸安区7例,"
        "通山县0例(临床转确诊1例,总数不变)。",
        "咸宁市",
        published="2020-02-17",
    )
    assert got == [
        ("confirmed_new", "咸宁市", "2020-02-16", 9),
        ("confirmed_new", "咸安区", "2020-02-16", 7),
        ("confirmed_new", "通山县", "2020-02-16", 0),
    ]


def test_severe_and_critical_side_by_side_under_a_total_are_both_current():
    got = home("截至2月16日24时,咸宁市累计报告病例861例,其中重症病例36例,危重病例24例。", "咸宁市", "2020-02-17")
    assert [g[0] for g in got] == ["confirmed_total", "severe", "critical"]


@pytest.mark.parametrize("bracket", ["[]", "()"])
def test_a_figure_after_a_closed_list_is_the_subjects(bracket):
    """已治愈出院181例[(含…),咸安53例,崇阳11例],病亡10例: a mirror's square brackets are
    brackets, and a list's items own only themselves."""
    o, c = bracket
    got = home(
        f"截至2月16日24时,咸宁市累计报告病例861例,已治愈出院181例{o}(含临床诊断病例27例),咸安53例,崇阳11例{c},病亡10例。",
        "咸宁市",
        "2020-02-17",
    )
    assert ("deaths_total", "咸宁市", "2020-02-16", 10) in got and len(got) == 5


def test_the_home_city_named_inside_a_provinces_sentence_is_not_the_next_ones_subject():
    got = home(
        "截至2月4日24时,全省累计报告确诊病例54例,长春市治愈出院1例。在院治疗确诊病例中,3例为重症病例。"
        "上述确诊病例的密切接触者1627人。",
        "长春市",
        "2020-02-05",
    )
    assert got == [("recovered_total", "长春市", "2020-02-04", 1)]


def test_an_autonomous_regions_whole_is_not_a_district_listed_before():
    """宁夏…通报: 新增出院病例7例(兴庆区2例、金凤区1例)…全区现有确诊病例29例: 全区 is 宁夏."""
    got = home(
        "宁夏发布全区疫情通报。2月18日0-24时,全区新增出院病例3例(兴庆区2例、金凤区1例)。"
        "截至2月18日24时,全区现有确诊病例29例,累计出院病例42例。",
        "银川市",
        "2020-02-19",
    )
    assert got == [("recovered_new", "兴庆区", "2020-02-18", 2), ("recovered_new", "金凤区", "2020-02-18", 1)]


def test_a_numbered_list_under_its_counts_words_gives_that_count():
    """内蒙古: …危重病例6例。其中75例确诊病例为: 1.…赤峰市9例(…) — the cities' confirmed
    totals, not critical cases; 出院…(赤峰市松山区1例、元宝山区1例) gives 赤峰 no count of its own."""
    got = home(
        "截至2月19日8时,内蒙古自治区累计报告确诊病例75例,出院病例9例,危重病例6例。其中75例确诊病例为:\n"
        "1.鄂尔多斯市11例(达拉特旗9例、东胜区2例)\n2.赤峰市9例(元宝山区2例、松山区7例)\n3.乌海市海勃湾区2例\n"
        "确诊病例中,出院病例9例(鄂尔多斯市东胜区1例,赤峰市松山区1例、元宝山区1例,乌海市海勃湾区1例)。",
        "赤峰市",
        "2020-02-19",
    )
    assert got == [
        ("confirmed_total", "赤峰市", "2020-02-19", 9),
        ("confirmed_total", "元宝山区", "2020-02-19", 2),
        ("confirmed_total", "松山区", "2020-02-19", 7),
        ("recovered_total", "松山区", "2020-02-19", 1),
        ("recovered_total", "元宝山区", "2020-02-19", 1),
    ]


def test_a_provinces_list_after_its_header_owns_only_its_items():
    """累计确诊病例中,西宁市15例,海北州3例。尚有7例确诊患者住院治疗: the 7 are 青海's, not 西宁's."""
    got = feed(
        "截至2月13日24时,青海省累计报告确诊病例18例。累计确诊病例中,西宁市15例,海北州3例。尚有7例确诊患者住院治疗。",
        published="2020-02-14",
    )
    assert ("hospitalized", "青海省", "2020-02-13", 7) in got


def test_a_split_by_sex_is_no_count():
    got = home("297例确诊病例中,男性病例147例,占49.5%,女性病例150例,占50.5%。", "北京市", "2020-02-07")
    assert [g[3] for g in got] == [297]  # the header's count, not its halves


def test_patients_who_met_the_discharge_standard_a_clause_or_two_on():
    got = home(
        "北京市又有2例新型冠状病毒感染的肺炎患者,经过医护人员精心治疗后,符合出院标准,于2月6日从佑安医院出院。",
        "北京市",
        "2020-02-07",
    )
    assert [(g[0], g[3]) for g in got] == [("recovered_new", 2)]


def test_a_cut_off_at_midnight_of_a_bare_day_is_the_day_before():
    """截至10日0时 (韩国's count, a feed's way): the end of the 9th."""
    got = feed("截至10日0时,韩国较前一天0时新增131例确诊病例,累计确诊7513例。", published="2020-03-11")
    assert got == [("confirmed_new", "韩国", "2020-03-09", 131), ("confirmed_total", "韩国", "2020-03-09", 7513)]


@pytest.mark.parametrize(
    "after,owner",
    [("均为锦州市确诊病例", "锦州市"), ("均为锦州市返乡人员", None)],
)
def test_whose_cases_a_count_is_said_in_the_next_clause(after, owner):
    got = home(f"辽宁省新增5例治愈出院病例,{after}。", "锦州市", "2020-02-14")
    assert got == ([("recovered_new", owner, "2020-02-14", 5)] if owner else [])


def test_us_states_are_places_and_a_thresholds_exact_count_follows_it():
    got = feed(
        "新华社纽约4月6日电 美国新冠死亡病例超过1万例,达到10335例。此外,新泽西州死亡917例,密歇根州死亡617例。",
        published="2020-04-06",
    )
    assert ("deaths_total", "美国", "2020-04-06", 10335) in got
    assert ("deaths_total", "密歇根州", "2020-04-06", 617) in got
    assert ("deaths_total", "新泽西州", "2020-04-06", 617) not in got


def test_an_unknown_city_beside_the_home_city_in_a_list_of_cities_is_another():
    got = home(
        "新增确诊病例中,伊犁州2例、吐鲁番市1例、兵团第六师五家渠市1例、兵团第八师石河子市1例。",
        "吐鲁番市",
        "2020-02-15",
    )
    assert [(g[0], g[1], g[3]) for g in got] == [("confirmed_new", "吐鲁番市", 1)]


def test_a_cut_off_in_local_time_and_a_change_on_the_days_data():
    """截至当地时间7日0时 (a time zone between 截至 and its day): the end of the 6th; 较前一日数据
    增加 is that day's new count."""
    got = feed(
        "截至当地时间7日0时,德国累计确诊病例为99225例,较前一日数据增加3834例,累计死亡1607例。",
        published="2020-04-07",
    )
    assert got == [
        ("confirmed_total", "德国", "2020-04-06", 99225),
        ("confirmed_new", "德国", "2020-04-06", 3834),
        ("deaths_total", "德国", "2020-04-06", 1607),
    ]


def test_hong_kongs_words_for_cases_deaths_and_thresholds():
    """宗 before the virus's name, 染病 (infected), 不治 (died), 突破 (passed: a floor)."""
    got = feed(
        "伊朗一日新增87宗新型冠狀病毒確診病例,累計逾19,000人染病,1,433人不治,累計死亡人數突破1,000人。",
        published="2020-03-21",
    )
    assert ("confirmed_new", "伊朗", "2020-03-21", 87) in got
    assert ("confirmed_total", "伊朗", "2020-03-21", 19000) in got
    assert ("deaths_total", "伊朗", "2020-03-21", 1433) in got
    quals = {(r.metric, r.value): r.qualifier for r in extract_text("韩国累计死亡人数突破1000人。", city=None)}
    assert quals == {("deaths_total", 1000): "more_than"}
    # 传染病 (an infectious disease's hospital) is no 染病
    assert feed("北京市新增3例,均在传染病医院治疗。") == [("confirmed_new", "北京市", "2020-02-15", 3)]


def test_china_is_never_the_home_citys_and_chinese_patients_abroad_are_no_place():
    # a home city's paper: 中国's count is the country's, not the city's (it was the city's)
    assert home("中国新增确诊病例2000例。", "深圳市") == []
    got = feed(
        "泰国新增确诊病例7例。第四名中国病例是来自中国的观光客。\n\n今天有1名病患获准返家,使得出院人数增加到10人。",
        published="2020-02-08",
    )
    assert ("recovered_total", "泰国", "2020-02-08", 10) in got and not [g for g in got if g[1] == "全国"]


def test_an_imported_only_paragraph_continues_into_its_next_sentences():
    text = (
        "3月18日12时至24时,新增报告境外输入确诊病例10例,其中英国3例、西班牙2例。治愈出院病例1例。截至3月18日24时,"
        "累计报告境外输入确诊病例64例,治愈出院病例6例。现有疑似病例40例。\n"
        "截至3月18日24时,累计报告确诊病例479例,治愈出院病例379例,死亡病例8例。现有疑似病例41例。"
    )
    got = home(text, "北京市", "2020-03-19")
    assert sorted(g[3] for g in got) == [8, 41, 379, 479]
    # a confirmed count names its own kind: the whole after an imported sentence stays whole
    got = home("新增境外输入确诊病例2例。累计报告确诊病例479例。", "北京市", "2020-03-19")
    assert [g[3] for g in got if g[0] == "confirmed_total"] == [479]


def test_taiwans_own_domestic_count_and_its_numbered_today():
    text = (
        "中央流行疫情指揮中心今(18)日公布,國內新增23例病例,目前累計確診個案已達100例。\n"
        "另,日本、泰國等歐亞19國,以及美國3州,旅遊警示提升至第三級警告。\n"
        "中央流行疫情指揮中心今(17)日公布,國內新增10例確定病例。"
    )
    got = feed(text, published="2020-03-18")
    assert got == [
        ("confirmed_new", "台湾", "2020-03-18", 23),
        ("confirmed_total", "台湾", "2020-03-18", 100),
        ("confirmed_new", "台湾", "2020-03-17", 10),
    ]


def test_a_deaths_list_after_its_count_and_parts_of_a_total_not_of_the_days():
    got = feed("病例中3例死亡,為日本、香港及菲律賓各1例。")
    assert got == [
        (m, p, "2020-02-15", 1)
        for m, p in (("deaths_total", "日本"), ("deaths_total", "香港"), ("deaths_total", "菲律宾"))
    ]
    got = feed("中國大陸累計確診66,492例,較昨日新增2,641例,其中11,053例重症,1,523例死亡。")
    assert ("deaths_total", "全国", "2020-02-15", 1523) in got
    assert ("confirmed_total", "全国", "2020-02-15", 585) not in feed("除台灣之外,國際間累計585例確診病例。")


def test_a_round_ups_sub_headings_stay_lines_and_name_their_place():
    text = (
        "韩国:新增438例,累计确诊5766例\n韩国中央防疫对策本部5日通报,截至5日0时,韩国较4日0时新增确诊病例438例,"
        "累计确诊病例达5766例。\n意大利:新增587例,累计确诊3089例\n意大利确诊病例由2502例上升到3089例。"
    )
    got = [(m, p, v) for m, p, _d, v in feed(text, published="2020-03-05")]
    assert got == [
        ("confirmed_new", "韩国", 438),
        ("confirmed_total", "韩国", 5766),
        ("confirmed_new", "意大利", 587),  # said only in its sub-heading
        ("confirmed_total", "意大利", 3089),
    ]


def test_a_none_statements_word_and_a_list_item_with_its_note():
    got = home("最新!青岛无新增确诊病例 已治愈出院38例!", "青岛市", "2020-02-25")
    assert got == [("confirmed_new", "青岛市", "2020-02-25", 0), ("recovered_total", "青岛市", "2020-02-25", 38)]
    got = home("累计已解除医学观察654人,仍纳入医学观察的密切接触者68人。", "青岛市", "2020-02-25")
    assert ("observation", "青岛市", "2020-02-25", 68) in got
    text = (
        "截至3月19日24时,黑龙江省现有确诊病例8例,其中:哈尔滨市4例(其中境外输入病例2例)、齐齐哈尔市1例。"
        "无疑似病例。死亡确诊病例13例。"
    )
    assert home(text, "哈尔滨市", "2020-03-20") == [("hospitalized", "哈尔滨市", "2020-03-19", 4)]


def test_a_bulletins_counts_without_li_and_its_implied_observation():
    text = "20201260-24时,甘肃省报告新增确诊病例7,新增重症病例2例。\n目前,追踪到密切接触者199人,均正在接受医学观察。"
    got = feed(text, published="2020-01-27 08:58")
    assert got == [
        ("confirmed_new", "甘肃省", "2020-01-26", 7),
        ("severe_new", "甘肃省", "2020-01-26", 2),
        ("close_contacts_total", "甘肃省", "2020-01-26", 199),
        ("observation", "甘肃省", "2020-01-26", 199),  # implied: case.all_observed
    ]
    got = home("截至1月25日24时,天津市累积报告确诊病例10例,死亡病例0,出院病例0例。", "天津市", "2020-01-26")
    assert ("deaths_total", "天津市", "2020-01-25", 0) in got
    assert home("全市未新增确诊病例。", "绥化市", "2020-02-09") == [("confirmed_new", "绥化市", "2020-02-09", 0)]
    # a patient's label or a thousands separator is no count written without 例
    from extract.numbers import find_quantities

    text = "病例1 , 加拿大籍 , 男 , 30岁。新增确诊病例1,277例。"
    assert [q.value for q in find_quantities(text)] == [1277]


def test_canadas_provinces_macaus_own_word_and_a_provincial_papers_province():
    got = feed(
        "加拿大魁北克省新增907例感染病例,累计5518例。安大略省该省当天新增401例感染病例,累计为2793例。", "2020-04-03"
    )
    assert ("confirmed_total", "安大略省", "2020-04-03", 2793) in got and (
        "confirmed_new",
        "魁北克省",
        "2020-04-03",
        907,
    ) in got
    assert feed("哥伦比亚省新增55个新冠病毒感染病例。", "2020-04-03") == [
        ("confirmed_new", "不列颠哥伦比亚省", "2020-04-03", 55)
    ]
    got = feed("应变协调中心今(30)日表示,过去24小时本澳新增1例确诊病例,本澳至今累计38例确诊病例。", "2020-03-30")
    assert got == [("confirmed_new", "澳门", "2020-03-30", 1), ("confirmed_total", "澳门", "2020-03-30", 38)]
    text = "  本报杭州4月21日讯 (记者 陈宁) 4月20日,我省新增无症状感染者1例(湖北输入)。截至4月20日24时,我省累计报告确诊病例1268例。"
    assert feed(text, "2020-04-22") == [("confirmed_total", "浙江省", "2020-04-20", 1268)]


def test_a_districts_account_relaying_its_citys_bulletin_and_no_new_discharges():
    text = "余杭发布 2020-03-27\n\n3月26日0-24时,全市无新增出院病例。截至3月26日24时,全市累计报告确诊病例为169例。"
    got = home(text, "杭州市", "2020-03-27")
    assert got == [("recovered_new", "杭州市", "2020-03-26", 0), ("confirmed_total", "杭州市", "2020-03-26", 169)]


def test_spaced_numbers_and_a_threshold_are_read_as_written():
    text = (
        "中國湖北省公布 2 月 19 日新增確診病例 349 例。這是湖北新增確診病例首度低於 1000 例。"
        "湖北省累計追蹤密切接觸者 21 萬 4093 人。\n香港新增 3 例,累計確診病例 65 例。"
    )
    got = feed(text, "2020-02-19")
    assert got == [
        ("confirmed_new", "湖北省", "2020-02-19", 349),
        ("close_contacts_total", "湖北省", "2020-02-19", 214093),
        ("confirmed_new", "香港", "2020-02-19", 3),
        ("confirmed_total", "香港", "2020-02-19", 65),
    ]


def test_the_rest_under_observation_after_contacts_elsewhere_and_the_rest_in_hospital():
    text = (
        "截至2月14日24时,宿州市累计报告确诊病例39例,累计治愈出院病例11例,其余28例患者均在市级定点医院集中救治。"
        "目前追踪到密切接触者1858人,其中已经解除医学观察1364人,在外地的密切接触者141人,其余353人正在接受医学观察。"
    )
    got = home(text, "宿州市", "2020-02-16")
    assert ("hospitalized", "宿州市", "2020-02-14", 28) in got and ("observation", "宿州市", "2020-02-14", 353) in got
    # a treatment centre's name is no verb: 在省集中救治大连中心治愈出院 are discharges
    got = home("3月17日,丹东市最后2例确诊病例在省集中救治大连中心治愈出院。", "丹东市", "2020-03-18")
    assert ("recovered_new", "丹东市", "2020-03-17", 2) in got


def test_cases_moved_from_severe_to_mild_are_no_count():
    got = home(
        "2020年2月1日0-24时,台州市新增重症病例1例,原重症病例转为普通病例1例,新增出院病例3例。", "台州市", "2020-02-02"
    )
    assert got == [("severe_new", "台州市", "2020-02-01", 1), ("recovered_new", "台州市", "2020-02-01", 3)]


def test_a_continents_count_and_patients_counted_by_nationality():
    got = feed("中新网3月24日电据法新社统计,截至目前,欧洲新冠肺炎确诊病例已超过20万例。", "2020-03-24")
    assert got == [("confirmed_total", "欧洲", "2020-03-24", 200000)]
    got = feed("钻石公主号邮轮6日又有10人确诊。确诊的患者包括1名台湾人、1名新西兰人、4名日本人。", "2020-02-06")
    assert got == [("confirmed_new", "钻石公主号", "2020-02-06", 10)]


def test_counts_said_respectively_belong_each_to_its_place():
    got = feed("截至2月10日,武汉市、黄冈市确诊病例分别为3000例和2000例。", "2020-02-11")
    assert got == [("confirmed_total", "武汉市", "2020-02-10", 3000), ("confirmed_total", "黄冈市", "2020-02-10", 2000)]
