from extract import extract_text
from extract.layout import repair


def test_number_broken_across_blank_lines():
    text = "截至2月19日24时，我市在院治疗38\n\n例；尚有379人正在接受医学观察。"
    rep = repair(text)
    assert "在院治疗38例" in rep.text
    (r,) = [r for r in extract_text(text, published="2020-02-21") if r.metric == "hospitalized"]
    assert r.value == 38 and text[r.start : r.end] == r.quote and "\n" in r.quote


def test_word_broken_mid_line_is_joined_but_headlines_are_not():
    text = "毛腾飞指出，全市疫情防控形势积极向上的态势正持续拓展，但全球正呈\n\n现扩散态势。\n\n好消息 我市连续5天无新增病例\n\n治愈出院人数增至46人\n\n株洲日报记者 刘琼"
    rep = repair(text).text
    assert "全球正呈现扩散态势" in rep
    assert "无新增病例\n治愈出院" in rep


def test_continuation_marks_are_dropped_and_offsets_kept():
    text = "市中心医院产科护士长旷琼娟没有丝毫畏惧。 >>> 下转 A2版①\n\n我市累计确诊80例。"
    rep = repair(text)
    assert "下转" not in rep.text
    (r,) = extract_text(text, published="2020-03-02")
    assert text[r.start : r.end] == r.quote == "累计确诊80例"


def test_full_width_forms():
    text = "截至２月１９日２４时，我市累计确诊病例７８例，重症病例６例（其中危重症３例），复工率９４．１４％。"
    got = {(r.metric, r.value) for r in extract_text(text, published="2020-02-21")}
    assert ("confirmed_total", 78) in got and ("critical", 3) in got


def test_offsets_identity_on_clean_text():
    rep = repair("abc\n\n\ndef")
    for i, ch in enumerate(rep.text):
        if ch != "\n":
            assert "abc\n\n\ndef"[rep.offsets.orig(i)] == ch
