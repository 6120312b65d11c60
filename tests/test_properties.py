"""Property-based: any text never raises, and every record's start:end slices to its quote."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import extract_article

PIECES = [
    "截至",
    "2月19日",
    "24时",
    "，",
    "。",
    "我市",
    "累计",
    "确诊",
    "病例",
    "例",
    "人",
    "新增",
    "出院",
    "治愈",
    "在院治疗",
    "医学观察",
    "复工",
    "企业",
    "家",
    "%",
    "复工率",
    "其中",
    "醴陵市",
    "长沙",
    "\n\n",
    " ",
    "1",
    "7",
    "80",
    "3.5",
    "万",
    "余",
    "两",
    "十",
    "无",
    "昨日",
    "(",
    ")",
    "、",
    ">>> 下转 A2版",
    "株洲",
    "最后一名患者出院",
    "3月",
    "1日15时",
    "以来",
]

chinese_mix = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(chinese_mix, st.text(max_size=300)), st.sampled_from([None, "2020-02-21", "2020-03-02"]))
def test_never_raises_and_quotes_slice(text, published):
    records, events = extract_article(text, "doc.txt", published)
    for r in list(records) + list(events):
        assert text[r.start : r.end] == r.quote
        assert r.start <= r.end
