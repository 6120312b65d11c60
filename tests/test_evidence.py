"""app/evidence.py: a figure's source sentences as escaped HTML with the figure marked, the
evidence panel for a chosen point and the article picker."""

from __future__ import annotations

from app import evidence
from briefing import labels

FEB19_CONFIRMED = "2020-02-19|株洲市|confirmed_total|"


def test_highlight_escapes_script_in_quote_and_sentence():
    text = "前文。截至2月19日，<script>alert(1)</script>累计确诊<b>80</b>例。后文"
    start = text.index("<script>")
    end = text.index("例。") + 1
    out = evidence.highlight_html(text, start, end, text[start:end])
    assert "<script>" not in out and "<b>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;累计确诊&lt;b&gt;80&lt;/b&gt;例</mark>" in out
    assert out.startswith("截至2月19日，<mark")
    assert out.endswith("</mark>。")
    assert "前文" not in out and "后文" not in out


def test_highlight_escapes_quote_that_is_not_in_the_text():
    out = evidence.highlight_html("别的文字。", 0, 3, "<script>x</script>")
    assert out.count("<mark") == 1 and "&lt;script&gt;x&lt;/script&gt;" in out
    assert "<script>" not in out


def test_highlight_finds_quote_when_offsets_drifted():
    text = "第一句。截至2月19日24时，我市累计确诊78例。"
    out = evidence.highlight_html(text, 0, 4, "累计确诊78例")
    assert ">累计确诊78例</mark>" in out and "第一句" not in out


def test_highlight_joins_layout_breaks_inside_chinese():
    text = "截至2月19日24时，出院病例40例，在院治疗38\n\n例；已解除医学观察1419人。下一句。"
    start = text.index("在院治疗")
    end = text.index("例；") + 1
    out = evidence.highlight_html(text, start, end)
    assert ">在院治疗38例</mark>；已解除医学观察1419人。" in out
    assert out.startswith("截至2月19日24时")


def test_sentence_span_stops_at_headings_and_caps_length():
    text = "## 标题\n截至3月1日，我市累计确诊80例"
    s, e, left, right = evidence.sentence_span(text, text.index("累计"), len(text))
    assert text[s:e] == "截至3月1日，我市累计确诊80例" and not left and not right
    long = "甲" * 300 + "80例" + "乙" * 300
    s, e, left, right = evidence.sentence_span(long, 300, 303, max_side=50)
    assert left and right and e - s == 3 + 100
    out = evidence.highlight_html(long, 300, 303, max_side=50)
    assert out.startswith("…") and out.endswith("…")


def test_article_title_is_the_nearest_heading():
    text = "## 第一条\n正文一。\n\n# 第二条\n截至3月1日，我市累计确诊80例。"
    assert labels.article_title(text, text.index("累计")) == "第二条"
    assert labels.article_title("\n\n好消息 我市连续5天无新增病例\n正文", 10) == "好消息 我市连续5天无新增病例"


def test_evidence_html_escapes_all_article_text():
    text = "<h1>标题</h1>\n截至2月19日，<img src=x onerror=alert(1)>累计确诊78例。"
    start = text.index("累计")
    item = {"doc": "a<b>.txt", "published": "2020-02-21", "quote": "累计确诊78例", "start": start, "end": start + 7}
    out = evidence.evidence_html(item, {"a<b>.txt": text}, "zh", extra="<i>tag</i>")
    assert "<img" not in out and "<h1>" not in out and "<i>" not in out
    assert "&lt;img src=x onerror=alert(1)&gt;" in out
    assert "a&lt;b&gt;.txt" in out and "报道日期：2月21日" in out
    assert "《&lt;h1&gt;标题&lt;/h1&gt;》" in out


def test_evidence_view(seeds_timeline):
    data, tl = seeds_timeline
    ev = evidence.evidence_view(tl.points, FEB19_CONFIRMED, data.article_by_name, tl.conflicts, "zh")
    assert ev.found and ev.title == "2月19日 · 株洲市 · 累计确诊 · 78例" and not ev.derived
    assert len(ev.blocks) == 1 and ">累计报告新冠肺炎确诊病例78例</mark>" in ev.blocks[0]
    d = evidence.evidence_view(tl.points, "2020-03-01|株洲市|recovery_rate|", data.article_by_name, tl.conflicts, "en")
    assert d.derived and d.note.startswith("Derived value: Derived: recovered 69")
    assert not evidence.evidence_view(tl.points, "nope", data.article_by_name).found
    assert not evidence.evidence_view(tl.points, None, data.article_by_name).found
    choices = evidence.point_choices(tl.points)
    assert FEB19_CONFIRMED in choices and len(choices) == len(tl.points)


def test_article_options_filter_by_name_or_headline_newest_first():
    from types import SimpleNamespace as A

    arts = {
        "a.txt": A(title="株洲复工复产", published="2020-02-01"),
        "b.txt": A(title="全市新增确诊", published="2020-02-03"),
        "c.txt": A(text="# 企业复工率\n正文", published="2020-02-02"),
    }
    assert evidence.article_options(arts) == ["b.txt", "c.txt", "a.txt"]
    assert evidence.article_options(arts, "复工") == ["c.txt", "a.txt"]
    assert evidence.article_options(arts, "B.TXT") == ["b.txt"]
    assert evidence.article_options(arts, limit=1) == ["b.txt"]
