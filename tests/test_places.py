import pytest

from extract import extract_text
from extract.places import canonical_city, matcher_for


@pytest.mark.parametrize(
    "text,name,scope",
    [
        ("我市", "株洲市", "home"),
        ("全市", "株洲市", "home"),
        ("株洲", "株洲市", "home"),
        ("醴陵市", "醴陵市", "sub"),
        ("醴陵", "醴陵市", "sub"),
        ("溁口区", "渌口区", "sub"),
        ("长沙", "长沙市", "other"),
        ("黄冈", "黄冈市", "other"),
        ("全省", "湖南省", "other"),
        ("援鄂", "湖北省", "other"),
        ("雨湖区", "雨湖区", "other"),
    ],
)
def test_zhuzhou_places(text, name, scope):
    (p,) = [p for p in matcher_for("株洲市").find(text) if p.scope != "org"]
    assert (p.name, p.scope) == (name, scope)


def test_home_city_is_a_setting():
    m = matcher_for("湘潭市")
    kinds = {p.name: p.scope for p in m.find("我市 雨湖区 株洲")}
    assert kinds == {"湘潭市": "home", "雨湖区": "sub", "株洲市": "other"}
    assert canonical_city("湘潭") == "湘潭市"


@pytest.mark.parametrize(
    "text,region",
    [
        ("截至2月20日，我市累计确诊80例。", "株洲市"),
        ("截至2月20日，醴陵市累计确诊5例。", "醴陵市"),
        ("天元区落实重点措施，全区规模以上工业企业复工78家。", "天元区"),
        ("醴陵市多措并举推进复工。截至2月20日，该市已有321家规模工业企业复工。", "醴陵市"),
    ],
)
def test_region_of_figure(text, region):
    recs = extract_text(text, published="2020-02-21")
    assert recs and {r.region for r in recs} == {region}


@pytest.mark.parametrize(
    "text",
    [
        "长沙市累计确诊病例200例。",
        "在黄冈战斗了一个多月。“我们收治了70余位患者，其中危重症患者有三四十人。”",
        "全省累计报告确诊病例1016例。",
        "在芦淞区董家堰街道，目前整个街道无一例确诊病例。",
    ],
)
def test_other_places_and_localities_are_not_the_city(text):
    assert extract_text(text, published="2020-02-21") == []
    # …but they are kept, with their own region, when asked for
    others = extract_text(text, published="2020-02-21", keep_other_places=True)
    assert all(r.region != "株洲市" for r in others)
