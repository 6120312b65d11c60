"""Golden extraction table, price-parser style.

* dev_cases.py   — the cases the rules were developed against;
* eval_cases.py, eval_realworld.py — written separately, scored blind first; failures on them
  were then read and some fixed after their messages, so their pass rate is optimistic (the
  blind figures are in the changelog); holdout_realworld.py is the set nobody has looked at;
* bugs_caught.py — sentences that once came out wrong, kept so they stay right.
Known failures stay in the table as strict xfails (a fix turns them into a visible XPASS)
rather than being deleted. Compared: the set of (metric, region, date, value, qualifier);
sectors leniently (one contains the other), as the case files ask.
"""

from __future__ import annotations

import pytest

from extract import extract_text
from extract.layout import normalize_width
from extract.rules import is_registered
from tests.cases import (
    bugs_caught,
    dev_cases,
    dev_feeds,
    dev_narrative,
    dev_realworld,
    eval_cases,
    eval_feeds,
    eval_narrative,
    eval_realworld,
)

# id → why it still fails. Keep the reason honest and short.
KNOWN_FAILURES: dict[str, str] = {
    # dev_realworld (real reposts from other provinces): what the engine still gets wrong
    "rw-jx-0309-xinyu-qingling-group": "a group 清零 statement naming the city (…新余市等8个设区市…清零) is not read as in-hospital 0",
    "rw-gz-0202-hospitals-not-regions": "import-source breakdowns (与湖北输入病例直接关联37例) and a hospital's bracket read as figures",
    "rw-sz-0220-headline-date-page-two-chrome": "a quoted zero in a title (连续3天“0”新增) is not a none-statement",
    "rw-kaifeng-0201-zero-figures-and-dangri": "当日解除医学观察0人 with a zero count is missed",
    "rw-wuhan-0323-districts-and-address-numbers": "a composite zone (武汉开发区(汉南)) is named by its bracketed district",
    "rw-wuhan-0312-blog-chrome-zuori": "a district list in its own paragraph after '其中…排名:' breaks down a total stated after it",
    "rw-harbin-0308-districts-hospitals-contacts": "a hospital campus (一院群力院区) read as a region",
    "rw-nanjing-0217-bendibao-numbered-list": "a numbered FAQ list restates figures of other places and dates",
    "rw-yichang-0219-none-list-of-districts": "a header restating a count (3例确诊病例中) takes no modifier from the count it restates",
    "rw-xiangyang-nanzhang-county-wo-xian": "a county's own bulletin (我县) with the prefecture as home city",
    "rw-jian-0222-forum-several-sectors": "sector sizes enumerated in a 在对…的调度中 phrase, 分别 with two sectors",
    "rw-dongguan-0223-kaigonglv-and-shangchao": "复工企业超过1000家 summed over 30 towns read as the city's resumed count",
    "rw-zhongshan-0225-meeting-day-and-mixed": "a streak before a bare-day 截至25日 and 66病例 without 例",
    "rw-huangshi-0323-named-in-province-group": "a group rate (宜昌、…、黄石…7个市州…95%以上) naming the city",
    "rw-shangqiu-xiayi-0222-jiezhi-muqian": "a county's own report (我县) with the prefecture as home city",
    "rw-huangshi-0204-trad-combined-district-name": "a combined zone name (开发区·铁山区) is cut to its district",
}
# eval_realworld (blind, annotated by a helper who never saw the engine): what differs, as
# measured when the table was wired in (evaluation/evaluate.py --failures eval_realworld for
# the tuples). "dated differently" is mostly the 目前 convention: issue 8 carries a
# bulletin's 截至X日24时 to its later paragraphs, the annotator took the publication date.
EVAL_REALWORLD_FAILURES: dict[str, str] = {
    "ev-rw-gs-0202-trad-hk-tianshui-hospitalized-list": "1 dated differently; misses hospitalized×1",
    "ev-rw-gx-0215-guilin-brackets-chrome": "2 dated differently",
    "ev-rw-hn-0126-sanya-17h-to-7h-window": "misses confirmed_new×1; adds confirmed_total×2",
    "ev-rw-nm-0222-baotou-xiancun-by-county": "misses severe×1; adds severe×2, critical×1, suspected×1",
    "ev-rw-gx-0203-nanning-family-cluster": "2 dated differently",
    "ev-rw-cq-0313-no-severe-no-critical": "misses severe×1, critical×1, recovered_new×1",
    "ev-rw-tj-0203-repost-later-date-hebei-district": "3 dated differently; misses critical×1; adds critical_total×1",
    "ev-rw-bj-0229-trad-ages-suspected-contacts": "misses recovered_new×1, confirmed_total×1; adds recovered_total×1",
    "ev-rw-qd-0219-trad-district-parenthetical-outcomes": "misses recovered_total×2",
    "ev-rw-qd-0221-summary-duplicate-tags": "misses recovered_total×3, confirmed_new×1; adds recovered_new×1",
    "ev-rw-xm-0220-chrome-missing-unit-suspected-list": "1 dated differently; misses confirmed_total×1, severe×1",
    "ev-rw-hf-0203-censored-char-missing-number-ordinals": "misses confirmed_total×1, hospitalized×1; adds confirmed_total×2",
    "ev-rw-bazhong-0219-numbered-sections-contacts": "misses hospitalized×1; adds observation×1, hospitalized×1",
    "ev-rw-yb-0212-patient-own-contacts": "adds close_contacts_total×1",
    "ev-rw-wz-0213-trad-district-sections": "misses recovered_total×3, recovered_new×3; adds recovered_total×3, recovered_new×1",
    "ev-rw-sh-0225-xinmin-jintian-qingpu-jiezhimuqian": "5 dated differently; misses confirmed_new×1",
    "ev-rw-sh-0215-trad-day-list-and-discharges": "1 dated differently; misses confirmed_new×6",
    "ev-rw-hz-0205-trad-couple-city-new": "adds confirmed_total×2",
    "ev-rw-nb-0220-15h-cumulative-vs-daily-increments": "adds resumed×4",
    "ev-rw-tj-0304-zuotian-16h-district-fenbie": "4 dated differently; misses resumption_rate×8, workers_returned×1, sector_total×1; adds resumption_rate×5, resumed×1",
    "ev-rw-sh-0229-rates-by-firm-size": "adds resumption_rate×2",
    "ev-rw-ms-0305-trad-project-tiers": "misses sector_total×4, resumption_rate×2, resumed×1",
    "ev-rw-cq-0309-trad-leaders-suppliers-zhuanjingtexin": "10 dated differently; misses sector_total×2, workers_returned×1, resumed×1; adds resumed×1",
    "ev-rw-xm-0225-districts-without-suffix": "misses worker_return_rate×5, resumption_rate×2, sector_total×2; adds resumed×1, resumption_rate×1",
    "ev-rw-bozhou-0224-repost-2022-stamp-counties": "misses resumption_rate×2, sector_total×1, resumed×1; adds resumption_rate×2, sector_total×1, resumed×1",
    "ev-rw-qd-0224-trad-same-figures-two-dates": "misses workers_returned×3, resumption_rate×2",
    "ev-rw-zb-0220-4pm-daily-increments-zhanbi": "misses resumption_rate×4, resumed×1; adds resumed×2, workers_returned×1, resumption_rate×1",
    "ev-rw-bj-0219-trad-18h-and-muqian": "1 dated differently; misses sector_total×1, workers_returned×1; adds resumed×1",
    "ev-rw-qionghai-0319-inspection-visit-muqian": "9 dated differently; misses sector_total×2, worker_return_rate×1",
    "ev-rw-sd-0211-trad-province-city-rates-jinan": "misses resumption_rate×1",
}
KNOWN_FAILURES.update({k: "eval (blind): " + v for k, v in EVAL_REALWORLD_FAILURES.items()})
# Extraction v3 (issues 20, 26): the feed and narrative tables (tests/cases/ANNOTATION.md). dev_*
# were developed against; eval_* were annotated blind by a helper who never saw the engine, scored
# once before anyone read a failure (eval_feeds 0.703/0.763, eval_narrative 0.699/0.736), then read:
# what still differs, as the tables stand (evaluation/evaluate.py --failures TABLE for the tuples).
V3_DEV_FAILURES: dict[str, str] = {
    "dv-fd-gansu-0219-fuchanfugonglv-three-tiers": "the paper's city (据兰州晚报报道) takes a size stated before a bracket; the title's 逾五成 is kept beside the body's 56.9",
    "dv-fd-kr-0220-31st-patient": "misses confirmed_new×1; adds confirmed_total×1",
    "dv-fd-th-0204-trad-cases-20-25": "misses confirmed_new×1; adds confirmed_total×1",
    "dv-fd-yc-0218-taiyuan-hospital-one-discharge": "misses recovered_new×1, critical×1",
    "dv-fd-hb-0201-none-lists-and-earlier-days": "1 dated differently; misses confirmed_new×2; adds confirmed_new×1",
    "dv-fd-sd-0203-trad-sixth-discharge": "misses recovered_total×4, recovered_new×1",
    "dv-fd-nd-0229-key-firms-all-resumed-county-rates": "misses resumption_rate×1",
    "dv-fd-qqhr-0312-sector-rates-100-broken-lines": "misses sector_total×8",
    "dv-fd-tj-0304-district-rates-yesterday": "misses resumption_rate×3, workers_returned×1; adds resumption_rate×1",
    "dv-nr-ningbo-0131-first-discharge-one-patient": "misses recovered_new×1",
    "dv-nr-yuncheng-0218-first-severe-discharge-counties": "misses recovered_new×1, critical×1; adds recovered_total×1",
    "dv-nr-qinzhou-0223-named-patient-regional-paper": "misses recovered_new×1",
    "dv-nr-qiantang-0304-zone-last-one-all-recovered": "misses recovered_new×1",
    "dv-nr-hebi-0302-double-clear-quoted-conference": "2 dated differently",
    "dv-nr-nanchong-0310-all-39-last-one": "misses recovered_new×1",
    "dv-nr-tongcheng-0314-workers-leave-county-cleared": "misses recovered_new×1, hospitalized×1; adds hospitalized×1",
    "dv-nr-ningde-0229-company-zone-counties": "misses resumption_rate×2; adds resumption_rate×1",
    "dv-nr-dongcheng-0321-district-zone-below-district": "misses sector_total×1, resumed×1",
    "dv-nr-tianjin-0301-compare-previous-day-districts": "the sector (规上工业企业) is not carried to the next sentence's 分别 list",
    "dv-nr-linxia-0227-compare-province-day-zone": "misses resumption_rate×4, sector_total×4",
    "dv-nr-linxia-0227-small-firms-compare": "misses sector_total×1, worker_return_rate×1, workers_returned×1",
    "dv-nr-xiamen-taiqi-0220-liucheng-guoban-companies": "misses worker_return_rate×2",
    "dv-nr-huanggang-0323-photo-captions-companies": "misses workers_returned×1; adds workers_returned×1",
}
V3_EVAL_FAILURES: dict[str, str] = {
    "ev-fd-jx-0201-shangrao-city-and-province": "misses confirmed_new×3, recovered_total×1, close_contacts_total×1; adds confirmed_total×1",
    "ev-fd-jx-0308-xinyu-cleared-and-discharges": "misses hospitalized×1; adds hospitalized×1, confirmed_total×1",
    "ev-fd-jx-0305-pingxiang-cleared-forecast": "misses hospitalized×1; adds observation×1, hospitalized×1, suspected×1",
    "ev-fd-fj-0303-fuzhou-districts-origin": "misses deaths_total×2, recovered_total×1, observation_released_total×1, suspected×1, close_contacts_total×1",
    "ev-fd-none-sc-0219-province-zero-hour": "misses confirmed_new×1, observation×1, observation_released_new×1",
    "ev-fd-none-nhc-0420-local-vs-imported": "misses deaths_new×1; adds severe×1, confirmed_new×1",
    "ev-fd-none-sh-0308-origin-subsets": "misses recovered_total×1, severe×1, hospitalized×1, critical×1, suspected×1, deaths_total×1",
    "ev-fd-none-jp-0220-ship-prefectures-ordinals": "misses confirmed_new×1, confirmed_total×1",
    "ev-fd-none-kr-0301-morning-dated-trad": "misses confirmed_new×1",
    "ev-fd-none-kr-it-ir-0224-xinhua-trad": "5 dated differently; misses confirmed_new×2, confirmed_total×1; adds confirmed_total×2",
    "ev-fd-none-it-0311-lombardy-icu": "misses hospitalized×1, critical×1; adds critical×1",
    "ev-fd-none-ir-0307-tehran": "misses suspected×1, deaths_total×1, confirmed_total×1; adds suspected×1",
    "ev-fd-none-ir-0409-lead-rounding": "misses recovered_total×1; adds confirmed_total×1, deaths_new×1, deaths_total×1",
    "ev-fd-none-yn-0401-imported-only-nothing": "adds confirmed_new×1",
    "ev-nr-ningbo-haishu-aunt-niece-two-cured": "misses recovered_new×2, recovered_total×1; adds recovered_new×2",
    "ev-nr-ningbo-cnnb-0221-rates-vs-previous-day": "misses resumption_rate×1; adds resumed×4",
    "ev-nr-ningbo-ninghai-more-than-half-cured": "misses confirmed_new×1",
    "ev-nr-ningbo-beilun-one-company-return-rate": "misses worker_return_rate×1",
    "ev-nr-wuhu-etdz-211-firms-97pct": "misses sector_total×1",
    "ev-nr-jiujiang-hukou-16-of-which-5": "adds confirmed_total×1, recovered_new×1",
    "ev-nr-zibo-chenbao-zones-and-counties": "misses resumption_rate×4, resumed×1; adds resumed×2, workers_returned×1, resumption_rate×1",
    "ev-nr-liuzhou-805-of-942-firms": "misses workers_returned×1; adds resumption_rate×1",
    "ev-nr-liuzhou-53-days-all-24-cleared": "3 dated differently; misses recovered_total×1, recovered_new×1",
    "ev-nr-tianjin-districts-vs-previous-day": "misses resumption_rate×3, workers_returned×1; adds resumption_rate×1",
    "ev-nr-fuzhou-hi-tech-zone-1134-firms": "adds resumed×1",
    "ev-nr-mianyang-80-of-93-electronics-firms": "1 dated differently; misses sector_total×1",
    "ev-nr-anyang-two-a-day-total-20": "misses recovered_new×1",
    "ev-nr-huanggang-captions-company-rates": "misses worker_return_rate×1, workers_returned×1; adds workers_returned×1",
    "ev-nr-dezhou-canal-zone-100pct": "misses sector_total×1, workers_returned×1, worker_return_rate×1; adds resumed×1",
    "ev-nr-dezhou-two-more-cured-hospital-six": "adds confirmed_total×1",
}
KNOWN_FAILURES.update({k: "dev v3: " + v for k, v in V3_DEV_FAILURES.items()})
KNOWN_FAILURES.update({k: "eval v3 (blind, then read): " + v for k, v in V3_EVAL_FAILURES.items()})


def _key(metric, region, date, value, qualifier):
    return (metric, region, date, round(float(value), 2), qualifier or "")


def _params(module):
    out = []
    for case in module.CASES:
        marks = []
        if case["id"] in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(reason=KNOWN_FAILURES[case["id"]], strict=True))
        out.append(pytest.param(case, id=case["id"], marks=marks))
    return out


def check_case(case):
    recs = extract_text(
        case["text"], doc="case.txt", published=case.get("published"), city=case.get("city", "株洲市")
    )  # None: a corpus without a home city
    got = {}
    for r in recs:
        got.setdefault(_key(r.metric, r.region, r.date, r.value, r.qualifier), []).append(r.sector)
    want = {}
    for m, region, date, value, sector, qualifier in case["expect"]:
        want[_key(m, region, date, value, qualifier)] = sector
    missing = sorted(set(want) - set(got))
    extra = sorted(set(got) - set(want))
    assert not missing and not extra, f"missing={missing}\nextra={extra}"
    for k, sector in want.items():
        sector = normalize_width(sector)  # sectors come out in simplified characters
        if sector:
            assert any(s and (s in sector or sector in s) for s in got[k]), (k, sector, got[k])
    for r in recs:
        assert case["text"][r.start : r.end] == r.quote
        assert is_registered(r.rule), f"rule id {r.rule!r} is not registered in rules.RULE_IDS"
    # a case may pin the rule that must make a figure: {(metric, value): rule id}
    for (metric, value), rule in case.get("rules", {}).items():
        rules_seen = {r.rule for r in recs if r.metric == metric and round(r.value, 2) == round(value, 2)}
        assert rule in rules_seen, (metric, value, rule, rules_seen)


@pytest.mark.parametrize(
    "case", _params(dev_cases) + _params(dev_realworld) + _params(dev_feeds) + _params(dev_narrative)
)
def test_dev(case):
    check_case(case)


@pytest.mark.parametrize(
    "case", _params(eval_cases) + _params(eval_realworld) + _params(eval_feeds) + _params(eval_narrative)
)
def test_eval(case):
    check_case(case)


@pytest.mark.parametrize("case", _params(bugs_caught))
def test_bugs_caught(case):
    check_case(case)


def test_table_sizes():
    ids = [
        c["id"]
        for m in (
            dev_cases,
            dev_realworld,
            dev_feeds,
            dev_narrative,
            eval_cases,
            eval_realworld,
            eval_feeds,
            eval_narrative,
            bugs_caught,
        )
        for c in m.CASES
    ]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    assert len(dev_cases.CASES) + len(eval_cases.CASES) >= 60


# Record-level scores the real-world tables hold today (evaluation/evaluate.py): a case
# that already fails can still get worse, and the strict xfails alone would not notice.
# The holdouts (holdout_realworld, holdout_feeds, holdout_narrative) have no floor here: a
# floor that fails prints their score on every run, which makes them tuning sets. They are
# measured once at the end of a round (evaluate.py --holdout), the figures in the CHANGELOG.
SCORE_FLOORS = {
    "dev_realworld": (0.92, 0.97),
    # (0.849 recall since a count before its rate word became the sector's size, 350户…复工率达56%:
    # four dev tuples gained, one eval tuple lost, unseen)
    "eval_realworld": (0.84, 0.88),
    "dev_feeds": (0.95, 0.97),
    "dev_narrative": (0.87, 0.96),
    "eval_feeds": (0.85, 0.92),
    "eval_narrative": (0.85, 0.86),
    # annotated blind in the next round (tests/cases/blind_*.py); scored once before any failure
    # was read: blind_narrative 0.474/0.584, blind_feeds 0.750/0.792; after their failures were read
    # and the engine's ways of writing fixed: 0.758/0.878 and 0.947/0.986
    "blind_narrative": (0.77, 0.88),
    "blind_feeds": (0.94, 0.98),
    # the round after (blind2_*): first run 0.746/0.885 and 0.692/0.761; after reading them
    # 0.843/0.934 and 0.821/0.941 (without a narrative case repeating a dev_feeds one and a feed
    # case repeating an eval_feeds bulletin).
    # blind3_*, annotated after that work: first run 0.435/0.571 and 0.854/0.812 (feeds without a
    # case found to repeat an eval_realworld story); after reading them 0.772/0.910, 0.865/0.822
    "blind2_narrative": (0.88, 0.95),
    "blind2_feeds": (0.85, 0.99),
    "blind3_narrative": (0.83, 0.96),
    "blind3_feeds": (0.97, 0.94),
    # blind4_* and blind5_* (annotated by helpers from the texts alone, the third round): first
    # runs 0.727/0.785 and 0.746/0.746 (blind4 feeds, narrative), 0.708/0.823 and 0.669/0.648
    # (blind5), before any failure was read; the floors are today's, after reading them.
    # dev_county: a county papers' dev table, read and tuned against (first run 0.489/0.512).
    "blind4_feeds": (0.94, 0.96),
    "blind4_narrative": (0.82, 0.85),
    "blind5_feeds": (0.84, 0.87),
    "blind5_narrative": (0.84, 0.83),
    "dev_county": (0.80, 0.77),
    # blind6_* (the fourth round, annotated like blind4/5): first runs 0.713/0.766 (narrative) and
    # 0.835/0.725 (feeds) before any failure was read; today's after reading them.
    "blind6_narrative": (0.87, 0.84),
    "blind6_feeds": (0.93, 0.92),
    # blind7_* (the fifth round, annotated like blind4-6 by two helpers): first runs 0.585/0.688
    # (narrative) and 0.843/0.804 (feeds) at 17cede3, before any failure was read.
    "blind7_narrative": (0.78, 0.90),
    "blind7_feeds": (0.93, 0.90),
    # blind8_* (the sixth round, annotated while blind7 was being read): first runs 0.832/0.868
    # (narrative, at 868b1c8) and 0.713/0.751 (feeds, the same engine), before any failure was
    # read; the floors are today's, after reading them.
    "blind8_narrative": (0.86, 0.90),
    "blind8_feeds": (0.91, 0.91),
    # blind9_* (the seventh round, two helpers, from the texts alone): first runs 0.667/0.750
    # (narrative) and 0.923/0.879 (feeds) at 6bc3f95, before any failure was read; today's
    # after reading them.
    "blind9_narrative": (0.82, 0.89),
    "blind9_feeds": (0.98, 0.95),
    # blind10_* (the eighth round, annotated while blind9 was being read): first runs 0.799/0.864
    # (feeds, at 67b8ade) and 0.606/0.645 (narrative, 16 cases, at 9034799) before any failure
    # was read; today's after reading them.
    "blind10_feeds": (0.91, 0.93),
    "blind10_narrative": (0.87, 0.96),
    # blind11_* (the ninth round, annotated while blind10 was being read): first runs 0.658/0.812
    # (narrative, 17 cases, at da16082) and 0.837/0.856 (feeds, at 623df50) before any failure
    # was read; today's after reading them.
    "blind11_narrative": (0.77, 0.93),
    "blind11_feeds": (0.88, 0.90),
    # blind12_* (the tenth round: 8 narrative and 15 feed excerpts, all the helpers found fresh):
    # first runs 0.459/0.531 and 0.671/0.701 at f7c67ec, before any failure was read (feeds
    # 0.672/0.694 without b12f09, removed later as a repeat of an eval_feeds wire text); the
    # floors are today's after reading them.
    "blind12_narrative": (0.51, 0.55),
    "blind12_feeds": (0.78, 0.87),
    # blind13_* (the eleventh round, with a cross-script overlap check; two feed cases sharing
    # city lists with eval tables removed before the run): first runs 0.750/0.833 (narrative, 12
    # cases) and 0.713/0.807 (feeds, 16) at 50143a3, before any failure was read; today's after.
    "blind13_narrative": (0.80, 0.94),
    "blind13_feeds": (0.86, 0.96),
    # blind14_* (the twelfth round, annotated blind by two helpers with the cross-script check):
    # first runs 0.730/0.868 (narrative, 14 cases, at e6c534e) and 0.765/0.788 (feeds, 17, at
    # 479fe08) before any failure was read; today's after reading them.
    "blind14_narrative": (0.95, 0.98),
    "blind14_feeds": (0.98, 0.99),
    # blind15_* (the thirteenth round, like blind14; two narrative and two feed cases removed
    # before the run for sharing text with eval/holdout tables): first runs 0.480/0.500
    # (narrative, 12 cases, at e5f3e1c) and 0.642/0.667 (feeds, 14, at 2e45683); today's after.
    "blind15_narrative": (0.68, 0.68),
    "blind15_feeds": (0.84, 0.88),
    # blind16_* (the fourteenth round, from sources earlier rounds had not reached: county pages,
    # overseas Chinese papers and TV, bilingual bulletins; nothing dropped by the overlap check):
    # first runs 0.500/0.571 (narrative, 8 cases) and 0.544/0.685 (feeds, 13) at the commit
    # that added them, before any failure was read; today's after.
    "blind16_narrative": (0.75, 0.75),
    "blind16_feeds": (0.92, 0.98),
    # blind17_* (the fifteenth round, like blind16; b17n01 removed before the run for a sentence
    # shared with a holdout table): first runs 0.069/0.125 (narrative, 9 cases: county and zone
    # stories all given to the prefecture) and 0.610/0.781 (feeds, 14) at 5dfc510; today's after.
    "blind17_narrative": (0.55, 0.84),
    "blind17_feeds": (0.92, 0.93),
    # blind18_* (the sixteenth round; sources are running out: 6 narrative and 12 feed cases, b18f01
    # dropped before the run for sharing a bulletin with a holdout table): first runs 0.400/0.364
    # (narrative, at 39a529d with 9aeef1f's rules) and 0.753/0.745 (feeds, at 43ce3a5), before
    # any failure was read; today's after.
    "blind18_narrative": (0.80, 0.80),
    "blind18_feeds": (0.90, 0.91),
    # blind19_narrative (the seventeenth round; five stories, two without figures, b19n01 dropped
    # before the run for sharing text with a holdout table): first run 0.750/0.750 at 1718994.
    "blind19_narrative": (0.87, 0.87),
    # blind19_feeds (13 overseas texts, all city=None; b19f01 dropped before the run for sharing
    # a Hainan bulletin's wording with eval/holdout tables): first run 0.616/0.643 at 656c666.
    "blind19_feeds": (0.91, 0.91),
    # blind20_* (the eighteenth round: five stories, fourteen overseas feed texts, nothing dropped):
    # first runs 0.667/0.600 (narrative, at 57eac33) and 0.630/0.780 (feeds, at bcf7813).
    "blind20_narrative": (0.94, 0.99),
    "blind20_feeds": (0.75, 0.87),
    # blind21_* and blind22_* (home cities used before allowed again, pages new): first runs
    # 0.800/0.759 (feeds, 15; b21f13 dropped) at c6160b7 and 0.378/0.700 (narrative, 12) at
    # b9a0fb3; 0.295/0.448 (narrative, 14) at 1f395d2 and 0.500/0.514 (feeds, 13;
    # b22f12 dropped) at e585fee.
    "blind21_narrative": (0.74, 0.89),
    "blind21_feeds": (0.93, 0.92),
    "blind22_narrative": (0.56, 0.83),
    "blind22_feeds": (0.68, 0.70),
    # blind23_* and blind24_*: first runs 0.408/0.596 (feeds, 14; b23f13 dropped) and
    # 0.571/0.769 (narrative, 13; b23n06 dropped) at 322ae6d, 0.571/0.588 (narrative,
    # 5; four dropped) at bd8018a and 0.518/0.647 (feeds, 14; b24f02 dropped) at f434408.
    "blind23_narrative": (0.71, 0.83),
    "blind23_feeds": (0.65, 0.92),
    "blind24_narrative": (0.82, 0.90),
    "blind24_feeds": (0.75, 0.82),
    # blind25_*: first runs 0.639/0.929 (narrative, 12; b25n07 dropped) at fe61162 and
    # 0.735/0.865 (feeds, 14) at fe61162 with the next commit's resumption edits under way.
    "blind25_narrative": (0.73, 0.95),
    "blind25_feeds": (0.77, 0.91),
    # blind26_*: first runs 0.857/0.894 (narrative, 6; b26n03 dropped) at cbd9304 and
    # 0.691/0.649 (feeds, 13; b26f11 and b26f14 dropped) at 8f40521.
    "blind26_narrative": (0.97, 0.95),
    "blind26_feeds": (0.79, 0.84),
    # blind27_narrative: first run 0.333/0.500 (6 stories, 6 tuples; b27n04 dropped) at 47dcf3c.
    "blind27_narrative": (0.50, 0.60),
    # blind27_feeds: first run 0.858/0.867 (13 feeds; b27f10 and b27f15 dropped) at f20739d.
    "blind27_feeds": (0.90, 0.90),
}


@pytest.mark.parametrize("table", sorted(SCORE_FLOORS))
def test_realworld_scores_hold(table):
    import sys

    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "evaluation"))
    from evaluate import score_table

    score = score_table(table)
    recall, precision = SCORE_FLOORS[table]
    assert score["recall"] >= recall and score["precision"] >= precision, score
