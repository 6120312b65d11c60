"""Adding articles and correcting figures through the dashboard (AppTest: conftest.run_app);
the helpers behind those forms (app/editing.py) are tested directly in test_editing.py.

File uploads can't be driven from AppTest; the real-browser test uploads files. Here the
paste path, corrections, restarts (a new AppTest = a new server process state) and the
refusal messages are checked, with the corpus folder compared byte for byte.
"""

from __future__ import annotations

import pytest

from app import editing
from conftest import file_digests, run_app
from store.loader import load_corpus

POINT = "2020-02-19|株洲市|confirmed_total|"
DOC = "004_b7adce7465891e7b.txt"


def texts(at) -> str:
    return "\n".join(
        [t.value for t in at.text]
        + [c.value for c in at.caption]
        + [s.value for s in at.success]
        + [w.value for w in at.warning]
        + [e.value for e in at.error]
        + [i.value for i in at.info]
    )


def test_pasted_article_appears_in_the_timeline(corpus):
    before = {p.name for p in corpus.iterdir()}
    at = run_app("manage", corpus_dir=str(corpus))
    at.text_input(key="paste_title").set_value("株洲日报 2月22日")
    at.text_area(key="paste_text").set_value(
        "截至2月21日24时，我市累计报告新冠肺炎确诊病例79例，出院病例52例，在院治疗27例。"
    )
    at.text_input(key="add_published").set_value("2020年2月22日")
    at.button(key="FormSubmitter:add_articles-保存到语料库").click()
    at.run()
    assert not at.exception
    added = [p for p in corpus.iterdir() if p.name not in before and p.suffix == ".txt"]
    assert len(added) == 1 and "79例" in added[0].read_text(encoding="utf-8")
    data = load_corpus(corpus)
    assert any(r.metric == "confirmed_total" and r.value == 79 and r.date == "2020-02-21" for r in data.records)
    assert any("79" in s.value or "已" in s.value for s in at.success), texts(at)
    at.switch_page("app/pages/timeline.py").run()  # the new figure is on the landing page
    assert "2月21日 · 株洲市 · 累计确诊 · 79例" in at.selectbox(key="evidence_point::zh").options


def test_mark_wrong_survives_restart_and_undo_restores(corpus):
    at = run_app(corpus_dir=str(corpus), evidence_point=POINT)
    at.radio(key=editing.fix_key("action", POINT)).set_value("wrong")
    at.text_input(key=editing.fix_key("note", POINT)).set_value("测试：标记错误")
    at.button(key=f"FormSubmitter:{editing.fix_key('form', POINT)}-保存更正").click()
    at.run()
    assert not at.exception
    assert (corpus / "corrections.csv").is_file()
    assert "#1" in texts(at)

    # restart: a fresh app reads corrections.csv on top of the stored records
    at2 = run_app("manage", corpus_dir=str(corpus))
    data = load_corpus(corpus)
    assert not any(r.metric == "confirmed_total" and r.date == "2020-02-19" and r.doc == DOC for r in data.records)
    assert any(r.metric == "confirmed_total" and r.date == "2020-02-19" for r in data.extracted)
    assert "测试：标记错误" in texts(at2)

    at2.button(key="undo_1").click()
    at2.run()
    data = load_corpus(corpus)
    assert any(r.metric == "confirmed_total" and r.date == "2020-02-19" and r.value == 78 for r in data.records)


def test_change_value_shows_badge(corpus):
    at = run_app(corpus_dir=str(corpus), evidence_point=POINT)
    at.radio(key=editing.fix_key("action", POINT)).set_value("change")
    at.number_input(key=editing.fix_key("value", POINT)).set_value(77.0)
    at.button(key=f"FormSubmitter:{editing.fix_key('form', POINT)}-保存更正").click()
    at.run()
    at = run_app(corpus_dir=str(corpus), evidence_point=POINT)
    assert "已人工更正" in texts(at)
    data = load_corpus(corpus)
    (r,) = [r for r in data.records if r.metric == "confirmed_total" and r.date == "2020-02-19"]
    assert r.value == 77 and r.rule.startswith("correction.")


# ---------------------------------------------------------------- app/editing.py


@pytest.mark.browser
def test_deck_button_builds_a_pptx(corpus):
    from briefing.chromium import chrome_available
    from conftest import require_browser

    if not chrome_available():
        if require_browser():
            pytest.fail("Chromium missing (REQUIRE_BROWSER=1)")
        pytest.skip("DECK BUTTON NOT TESTED: no Chromium for kaleido")
    at = run_app("briefing", corpus_dir=str(corpus))
    at.button(key="build_deck").click()
    at.run(timeout=240)
    assert not at.exception
    downloads = at.get("download_button")
    assert any("deck" in str(d.proto.id) or "pptx" in str(d.proto) for d in downloads), [
        str(d.proto)[:200] for d in downloads
    ]


POINT_B = "2020-03-01|株洲市|confirmed_total|"


def test_correction_form_follows_the_selected_point(corpus):
    """Select A (2月19日, 78), then B (3月1日, 80): the form shows B's value and date, and a
    change saved there is B's. It once kept A's widgets and wrote A's figures against B."""
    import csv

    at = run_app(corpus_dir=str(corpus), evidence_point=POINT)
    assert at.number_input(key=editing.fix_key("value", POINT)).value == 78.0
    at.selectbox(key="evidence_point::zh").set_value(POINT_B).run()
    assert not at.exception
    assert at.number_input(key=editing.fix_key("value", POINT_B)).value == 80.0
    assert str(at.date_input(key=editing.fix_key("date", POINT_B)).value) == "2020-03-01"
    at.radio(key=editing.fix_key("action", POINT_B)).set_value("change")
    at.number_input(key=editing.fix_key("value", POINT_B)).set_value(81.0)
    at.button(key=f"FormSubmitter:{editing.fix_key('form', POINT_B)}-保存更正").click()
    at.run()
    assert not at.exception
    rows = list(csv.DictReader((corpus / "corrections.csv").open(encoding="utf-8")))
    assert len(rows) == 1
    row = rows[0]
    assert (row["date"], row["value"], row["new_value"]) == ("2020-03-01", "80", "81"), row
    assert not row.get("new_date"), row


def test_no_correction_action_is_preselected(corpus):
    """Saving the form without choosing an action writes nothing and says why."""
    before = file_digests(corpus)
    at = run_app(corpus_dir=str(corpus), evidence_point=POINT)
    assert at.radio(key=editing.fix_key("action", POINT)).value is None
    at.button(key=f"FormSubmitter:{editing.fix_key('form', POINT)}-保存更正").click()
    at.run()
    assert not at.exception
    assert file_digests(corpus) == before
    assert "请先选择操作" in texts(at)
