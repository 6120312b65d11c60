"""app/quality.py: conflicts between sources and failed checks as items with escaped evidence,
a page at a time."""

from __future__ import annotations

from app import quality
from briefing.timeline import build_timeline
from conftest import conflicting_corpus
from extract.records import Record
from store.loader import load_corpus


def test_quality_items_come_a_page_at_a_time(tmp_path):
    data = load_corpus(conflicting_corpus(tmp_path / "c", 45))
    tl = build_timeline(data.records, data.published_by_doc())
    keys = quality.conflict_keys(tl.conflicts)
    per = quality.QUALITY_PAGE_ITEMS
    n_pages = -(-45 // per)
    assert len(keys) == 45 and quality.quality_pages(45) == n_pages > 1
    pages = [
        quality.conflict_items_page(tl.conflicts, tl.points, data.article_by_name, "zh", p)
        for p in range(1, n_pages + 1)
    ]
    assert [len(p) for p in pages] == [per] * (n_pages - 1) + [45 - per * (n_pages - 1)]
    titles = [i.title for p in pages for i in p]
    assert len(set(titles)) == 45
    last = quality.conflict_items_page(tl.conflicts, tl.points, data.article_by_name, "zh", 99)
    assert [i.title for i in last] == [i.title for i in pages[-1]]  # clamped to the last page
    assert all(len(i.blocks) == 2 for p in pages for i in p)  # both candidates' sentences


def test_a_conflict_shows_a_few_sentences_per_value_and_counts_the_rest():
    records = [
        Record(
            doc=f"r{i}.txt",
            date="2020-02-10",
            region="株洲市",
            metric="confirmed_total",
            sector="",
            value=61.0 if i < 7 else 62.0,
            unit="例",
            qualifier="",
            quote=f"累计确诊{61 if i < 7 else 62}例",
            start=0,
            end=7,
            published=f"2020-02-{11 + (i >= 7):02d}",
        )
        for i in range(10)
    ]
    tl = build_timeline(records)
    [item] = quality.conflict_items(tl.conflicts, tl.points, {}, "zh")
    more = [b for b in item.blocks if "zz-more" in b]
    assert len(item.blocks) == 3 + 3 + 1 and len(more) == 1  # 62: all 3; 61: 3 of 7 and a count
    assert "另有 4 篇报道了 61例" in more[0]


def test_quality_items_carry_escaped_evidence():
    text_a = "截至2月19日24时，我市累计确诊78例。"
    text_b = "<script>x</script>截至2月19日24时，我市累计确诊77例。"
    recs = [
        Record(
            "a.txt",
            "2020-02-19",
            "株洲市",
            "confirmed_total",
            "",
            78.0,
            "例",
            "",
            "累计确诊78例",
            text_a.index("累计"),
            text_a.index("累计") + 7,
            published="2020-02-21",
        ),
        Record(
            "b.txt",
            "2020-02-19",
            "株洲市",
            "confirmed_total",
            "",
            77.0,
            "例",
            "",
            "累计确诊77例",
            text_b.index("累计"),
            text_b.index("累计") + 7,
            published="2020-02-22",
        ),
        Record(
            "b.txt", "2020-02-19", "株洲市", "recovered_total", "", 90.0, "例", "", "x", 0, 1, published="2020-02-22"
        ),
    ]
    tl = build_timeline(recs)
    articles = {"a.txt": text_a, "b.txt": text_b}
    items = quality.conflict_items(tl.conflicts, tl.points, articles, "zh")
    assert len(items) == 1 and items[0].title == "2月19日 · 株洲市 · 累计确诊"
    assert "取最新报道" in items[0].message
    assert "采用 · 77例" in items[0].blocks[0] and "未采用 · 78例" in items[0].blocks[1]
    assert all("<script>" not in b for b in items[0].blocks)
    checks = quality.check_items(tl.failed_checks, articles, "en")
    assert any(c.title.endswith("recovered_gt_confirmed") for c in checks)
    assert all(c.blocks for c in checks)
    assert quality.conflict_items(tl.conflicts.iloc[0:0], tl.points, articles) == []
    assert quality.check_items(tl.failed_checks.iloc[0:0], articles) == []
