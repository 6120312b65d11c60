"""Does extraction time grow linearly with input size on adversarial shapes?

    python bench/bench_adversarial.py [--scale 1.0] [--only rates,no_punct] [--no-archives]

For each input shape (one huge paragraph of list items, a thousand broken lines, text
with no punctuation …) builds a 1× and a 4× input, times extract_text on each (best of 3
at 1×, one run at 4× when it is slow) and prints MB, seconds, seconds per MB at 4× and the
4×/1× time ratio: a linear engine gives ≈ 4, a quadratic one ≈ 16. A shape whose 1× run
takes over 5 s is reported as "superlinear?" and its 4× run skipped; a 4× run is cut off
after --cap-4x seconds (SIGALRM) and reported as "> cap".

Then the throughput (MB/s, one process, one core) on two in-memory archives:
  * DENSE: the seed articles repeated with their dates shifted (every article a bulletin);
  * MIXED: ordinary newspaper paragraphs (local news, sports, culture, economy) with dates
    and numbers but no epidemic words, about one bulletin paragraph in 20.

Importable: `shapes()` returns {name: builder(n_bytes) -> str}, each builder making an
input of about n_bytes of UTF-8 (tests/test_linear.py reuses them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Non-Hunan place names: the gazetteer doesn't know them, so lists fall back to the
# generic X区/X市 pattern (the hardest path), and nothing resolves to the home city by name.
DISTRICTS = ["南山区", "福田区", "罗湖区", "宝安区", "龙岗区", "盐田区", "光明区", "坪山区"]
CITIES = ["南昌市", "九江市", "赣州市", "上饶市", "宜春市", "吉安市"]


def _fill(n_bytes: int, unit: Callable[[int], str], lead: str = "", tail: str = "") -> str:
    """lead + unit(0) + unit(1) + … until about n_bytes of UTF-8, then tail."""
    parts = [lead]
    size = len(lead.encode("utf-8"))
    i = 0
    while size < n_bytes:
        u = unit(i)
        parts.append(u)
        size += len(u.encode("utf-8"))
        i += 1
    parts.append(tail)
    return "".join(parts)


def _date(i: int) -> tuple[int, int]:
    d = dt.date(2020, 1, 20) + dt.timedelta(days=i % 120)
    return d.month, d.day


def rates(n: int) -> str:
    """复工率94.14%，复工率95.03%，… one paragraph."""
    return _fill(n, lambda i: f"复工率{90 + i % 10}.{(i * 7) % 100:02d}%，", tail="。\n")


def figure_clauses(n: int) -> str:
    """新增确诊病例3例，累计确诊病例45例，治愈出院12例，… one paragraph."""
    return _fill(
        n, lambda i: f"新增确诊病例{i % 9 + 1}例，累计确诊病例{40 + i % 60}例，治愈出院{10 + i % 30}例，", tail="。\n"
    )


def district_list(n: int) -> str:
    """新增确诊病例中，南山区5例、福田区3例、罗湖区2例、… one paragraph."""
    return _fill(
        n, lambda i: f"{DISTRICTS[i % len(DISTRICTS)]}{i % 9 + 1}例、", lead="新增确诊病例中，", tail="盐田区1例。\n"
    )


def sectioned_list(n: int) -> str:
    """新增确诊病例中，南昌市5例、九江市2例；新增出院病例中，南昌市9例、九江市1例；…"""

    def unit(i: int) -> str:
        a, b, c = (CITIES[(i + k) % len(CITIES)] for k in range(3))
        return (
            f"新增确诊病例中，{a}{i % 7 + 1}例、{b}{i % 5 + 1}例、{c}{i % 3 + 1}例；"
            f"新增出院病例中，{a}{i % 11 + 1}例、{b}{i % 4 + 1}例；"
        )

    return _fill(n, unit, tail="\n")


def broken_lines(n: int) -> str:
    """Thousands of short lines, each broken mid-word or mid-number (page-column dumps)."""
    forms = [
        lambda i: f"新增确诊病\n例{i % 9 + 1}例，累计确\n诊{40 + i % 60}例，",
        lambda i: f"治愈出\n院{10 + i % 30}例，在院治疗{i % 8 + 1}\n{i % 10}例，",
        lambda i: f"累计确诊病例{i % 5 + 1}\n\n{i % 10}例，新增疑似病\n例{i % 4}例，",
        lambda i: f"正在接受医学观\n察{100 + i % 900}人，复工\n率9{i % 10}.5%。\n",
    ]
    return _fill(n, lambda i: forms[i % len(forms)](i), tail="\n")


def no_punct(n: int) -> str:
    """新增确诊病例3例累计确诊病例45例出院12例… no punctuation, no line break at all."""
    return _fill(n, lambda i: f"新增确诊病例{i % 9 + 1}例累计确诊病例{40 + i % 60}例出院{10 + i % 30}例")


def resumption(n: int) -> str:
    """One huge paragraph of resumption sentences (规模以上工业企业共1200家，已复工1100家 …)."""

    def unit(i: int) -> str:
        total = 1000 + i % 500
        done = total - 50 - i % 40
        return (
            f"规模以上工业企业共{total}家，已复工{done}家，复工率{90 + i % 10}.{i % 10}%，"
            f"其中{DISTRICTS[i % len(DISTRICTS)]}复工率9{i % 10}.2%；"
        )

    return _fill(n, unit, tail="\n")


def many_dates(n: int) -> str:
    """2月3日新增确诊病例3例，2月4日新增确诊病例1例，… dates cycling, one paragraph."""

    def unit(i: int) -> str:
        m, d = _date(i)
        return f"{m}月{d}日新增确诊病例{i % 9 + 1}例，"

    return _fill(n, unit, tail="\n")


HOME_DISTRICTS = ["荷塘区", "芦淞区", "石峰区", "天元区", "渌口区", "醴陵市", "攸县", "茶陵县"]


def home_districts(n: int) -> str:
    """Not in the original list: one paragraph of the home city's own districts (gazetteer
    places), one short sentence each: 荷塘区新增确诊病例3例；芦淞区新增确诊病例1例；…"""
    return _fill(n, lambda i: f"{HOME_DISTRICTS[i % len(HOME_DISTRICTS)]}新增确诊病例{i % 9 + 1}例；", tail="\n")


def events(n: int) -> str:
    """Key-event phrases with dates, one paragraph: 1月2日我市收治首例确诊病例；… (found in review:
    each event walked every earlier date of its paragraph)."""
    return _fill(n, lambda i: "{}月{}日我市收治首例确诊病例；".format(*_date(i)), tail="\n")


def org_aliases(n: int) -> str:
    """Many companies under one city name, each followed by an abbreviation's figure:
    温州一丁机械有限公司成立。温州所复工3家。 (found in review: every figure tried every name)."""
    return _fill(
        n,
        lambda i: f"温州{chr(0x4E00 + i % 20000)}{chr(0x4E10 + i % 20000)}机械有限公司成立。温州所复工3家。",
        tail="\n",
    )


def thresholds(n: int) -> str:
    """Thresholds each restated exactly, all of one place, day and metric: 全市累计确诊病例超过5例。
    全市累计确诊病例6例。… (found in review: each threshold was checked against every exact count)."""
    return _fill(n, lambda i: f"全市累计确诊病例超过{i}例。全市累计确诊病例{i + 1}例。", tail="\n")


def shapes() -> dict[str, Callable[[int], str]]:
    """{name: builder(n_bytes) -> str}: adversarial inputs of about n_bytes of UTF-8."""
    return {
        "rates": rates,
        "figure_clauses": figure_clauses,
        "district_list": district_list,
        "sectioned_list": sectioned_list,
        "broken_lines": broken_lines,
        "no_punct": no_punct,
        "resumption": resumption,
        "many_dates": many_dates,
        "home_districts": home_districts,
        "events": events,
        "org_aliases": org_aliases,
        "thresholds": thresholds,
    }


# The 1× size of each shape, in KB, chosen so the 1× run takes roughly 0.2–1 s on the
# reference machine (2 cores) with the engine as of commit 284e7f0 (all shapes linear).
# Before that commit's predecessors fixed the rescans, rates/figure_clauses/district_list/
# no_punct/many_dates were quadratic and 1× had to be 4–10× smaller to stay under 1 s.
BASE_KB = {
    "rates": 80,
    "figure_clauses": 150,
    "district_list": 80,
    "sectioned_list": 250,
    "broken_lines": 400,
    "no_punct": 100,
    "resumption": 300,
    "many_dates": 200,
    "home_districts": 200,
    "events": 300,
    "org_aliases": 200,
    "thresholds": 100,
}

PUBLISHED = "2020-03-01"


def _extract(text: str) -> int:
    from extract import extract_text

    return len(extract_text(text, doc="bench", published=PUBLISHED, city="株洲市", max_figures=None))


class _Timeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise _Timeout


def time_once(text: str, cap: float | None = None) -> float | None:
    """Seconds for one extract_text call; None when cut off after cap seconds."""
    use_alarm = cap is not None and hasattr(signal, "setitimer")
    if use_alarm:
        old = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, cap)
    try:
        t0 = time.perf_counter()
        _extract(text)
        return time.perf_counter() - t0
    except _Timeout:
        return None
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)


def best_of(text: str, runs: int, slow: float = 2.0, cap: float | None = None) -> float | None:
    """Best of `runs` timings; stops after the first run when it took over `slow` seconds."""
    best = None
    for _ in range(runs):
        t = time_once(text, cap)
        if t is None:
            return None
        best = t if best is None else min(best, t)
        if t > slow:
            break
    return best


def mb(text: str) -> float:
    return len(text.encode("utf-8")) / 2**20


def bench_shape(name: str, builder, kb: float, cap_1x: float = 5.0, cap_4x: float = 60.0) -> dict:
    small = builder(int(kb * 1024))
    big = builder(int(kb * 1024 * 4))
    _extract(small[: len(small) // 20])  # warm-up: imports, compiled regexes, gazetteer
    t1 = best_of(small, 3)
    row = {"shape": name, "mb": mb(small), "mb4": mb(big), "t1": t1, "t4": None, "note": ""}
    if t1 > cap_1x:
        row["note"] = f"superlinear? 1× took {t1:.1f} s, 4× skipped"
        return row
    t4 = best_of(big, 3, slow=1.0, cap=cap_4x)
    if t4 is None:
        row["note"] = f"superlinear? 4× cut off after {cap_4x:.0f} s"
        row["t4"] = float("inf")
    else:
        row["t4"] = t4
    return row


# --- archives -----------------------------------------------------------------------


def dense_archive(mb_target: float) -> list[tuple[str, str]]:
    """(published, text) pairs: the seed articles repeated with dates shifted by k days
    (bench_extract.py's archive, kept in memory)."""
    from bench.bench_extract import shift_dates

    meta = json.loads((ROOT / "seeds" / "corpus.json").read_text(encoding="utf-8"))
    seeds = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    out, total, k = [], 0, 0
    target = mb_target * 2**20
    while total < target:
        for name, text in seeds:
            shift = k % 300
            pub = dt.date.fromisoformat(meta["articles"][name]["published"]) + dt.timedelta(days=shift)
            body = shift_dates(text, shift)
            out.append((pub.isoformat(), body))
            total += len(body.encode("utf-8"))
        k += 1
    return out


_SUBJECTS = {
    "local": [
        "市城管局",
        "荷塘区月塘街道",
        "天元区政府",
        "市住建局",
        "芦淞区建宁街道",
        "石峰区清水塘",
        "市交通运输局",
        "渌口区南洲镇",
        "醴陵市来龙门街道",
        "攸县网岭镇",
    ],
    "sports": [
        "株洲市体育中心",
        "市游泳队",
        "市青少年足球队",
        "神农城体育馆",
        "市羽毛球协会",
        "市马拉松组委会",
        "天元区全民健身中心",
    ],
    "culture": ["市图书馆", "神农大剧院", "市博物馆", "炎帝陵景区", "市文化馆", "株洲画院", "市非遗保护中心"],
    "economy": [
        "株洲高新区",
        "中车株洲所",
        "市商务局",
        "芦淞服饰市场群",
        "市统计局",
        "市税务局",
        "株洲经开区",
        "硬质合金集团",
    ],
}
_TEMPLATES = {
    "local": [
        "{m}月{d}日，{s}组织开展城市环境整治行动，共清理卫生死角{a}处，拆除违章建筑{b}平方米，出动工作人员{c}人次。",
        "记者{m}月{d}日从{s}获悉，今年以来该地累计改造老旧小区{a}个，惠及居民{b}户，新建停车位{c}个。",
        "{s}近日启动“美丽街巷”建设，计划在{m}月底前完成{a}条背街小巷的提质改造，总投资约{b}万元。",
    ],
    "sports": [
        "{m}月{d}日，{s}举办青少年游泳比赛，来自全市{a}所学校的{b}名选手参赛，共决出{c}个项目的冠军。",
        "在{m}月{d}日结束的省运会选拔赛中，{s}选手夺得金牌{a}枚、银牌{b}枚，总分排名第{c}位。",
        "{s}今年已承办各类赛事{a}场，吸引观众{b}万人次，带动周边消费约{c}万元。",
    ],
    "culture": [
        "{m}月{d}日起，{s}推出“书香株洲”系列讲座，全年计划举办{a}场，预计惠及读者{b}人次。",
        "{s}新展“湘东古韵”{m}月{d}日开幕，展出文物{a}件，其中国家一级文物{b}件。",
        "据统计，{s}去年接待游客{a}万人次，实现旅游收入{b}亿元，同比增长{c}.{a}个百分点。",
    ],
    "economy": [
        "{m}月{d}日，{s}举行重大项目集中签约仪式，共签约项目{a}个，总投资{b}亿元。",
        "{s}发布数据显示，1至{m}月全市社会消费品零售总额{a}亿元，同比增长{c}.{b}个百分点。",
        "今年{m}月，{s}新登记市场主体{a}户，其中新设企业{b}户，个体工商户{c}户。",
    ],
}
_HEADLINES = [
    "城市更新让老街焕发新颜",
    "全民健身热潮涌动",
    "文化惠民走进千家万户",
    "项目建设跑出加速度",
    "志愿服务温暖人心",
    "乡村振兴绘新景",
    "春耕备耕正当时",
    "营商环境再优化",
]


def _bulletins(rng: random.Random) -> list[str]:
    """Bulletin paragraphs: the seeds' paragraphs that carry a case figure, plus a few made up."""
    paras = []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        for line in p.read_text(encoding="utf-8").split("\n"):
            if (
                len(line) > 30
                and any(w in line for w in ("确诊", "出院", "医学观察", "复工率"))
                and any(c.isdigit() for c in line)
            ):
                paras.append(line.strip())
    for k in range(20):
        m, d = _date(k * 3)
        paras.append(
            f"截至{m}月{d}日24时，我市累计报告新冠肺炎确诊病例{70 + k}例，新增确诊病例{k % 4}例，"
            f"累计治愈出院{20 + 2 * k}例，在院治疗{50 - k}例，尚在医学观察的密切接触者{300 + 7 * k}人。"
        )
    return paras


def mixed_archive(mb_target: float, seed: int = 7) -> list[tuple[str, str]]:
    """(published, text) pairs of ordinary news articles; about 1 paragraph in 20 a bulletin."""
    rng = random.Random(seed)
    bulletins = _bulletins(rng)
    out, total, n_para = [], 0, 0
    target = mb_target * 2**20
    while total < target:
        kind = rng.choice(list(_TEMPLATES))
        lines = [rng.choice(_HEADLINES), "", f"株洲日报记者 {rng.choice('王李张刘陈杨')}{rng.choice('明华丽军芳')}", ""]
        for _ in range(rng.randint(12, 30)):
            n_para += 1
            if n_para % 20 == 0:
                lines.append(rng.choice(bulletins))
            else:
                sents = []
                for _ in range(rng.randint(2, 4)):
                    m, d = _date(rng.randrange(120))
                    sents.append(
                        rng.choice(_TEMPLATES[kind]).format(
                            m=m,
                            d=d,
                            s=rng.choice(_SUBJECTS[kind]),
                            a=rng.randint(2, 90),
                            b=rng.randint(100, 9000),
                            c=rng.randint(1, 30),
                        )
                    )
                lines.append("".join(sents))
            lines.append("")
        text = "\n".join(lines)
        m, d = _date(rng.randrange(120))
        out.append((f"2020-{m:02d}-{d:02d}", text))
        total += len(text.encode("utf-8"))
    return out


def archive_speed(articles: list[tuple[str, str]]) -> tuple[float, float, int]:
    """(MB, seconds, records) of extract_text over every article, one core."""
    from extract import extract_text

    n_bytes = sum(len(t.encode("utf-8")) for _, t in articles)
    n_rec = 0
    t0 = time.perf_counter()
    for pub, text in articles:
        n_rec += len(extract_text(text, doc="a", published=pub, city="株洲市"))
    return n_bytes / 2**20, time.perf_counter() - t0, n_rec


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every 1× size (default 1)")
    ap.add_argument("--only", default="", help="comma-separated shape names")
    ap.add_argument("--cap-4x", type=float, default=60.0, help="seconds before a 4× run is cut off")
    ap.add_argument("--no-archives", action="store_true")
    ap.add_argument("--dense-mb", type=float, default=5.0)
    ap.add_argument("--mixed-mb", type=float, default=6.0)
    args = ap.parse_args(argv)

    builders = shapes()
    names = [s for s in args.only.split(",") if s] or list(builders)
    print(f"{'shape':<16}{'MB 1×':>8}{'s 1×':>9}{'s 4×':>9}{'s/MB 4×':>10}{'4×/1×':>8}  note")
    ratios = []
    for name in names:
        row = bench_shape(name, builders[name], BASE_KB[name] * args.scale, cap_4x=args.cap_4x)
        t4 = row["t4"]
        if t4 is None:
            s4 = per_mb = ratio = "—"
            ratios.append(float("inf"))
        else:
            r = t4 / row["t1"]
            ratios.append(r)
            s4 = f"{t4:9.3f}" if t4 != float("inf") else f">{args.cap_4x:.0f}"
            per_mb = f"{t4 / row['mb4']:10.3f}" if t4 != float("inf") else "inf"
            ratio = f"{r:8.2f}" if t4 != float("inf") else "inf"
        print(f"{name:<16}{row['mb']:8.3f}{row['t1']:9.3f}{s4:>9}{per_mb:>10}{ratio:>8}  {row['note']}", flush=True)

    if not args.no_archives:
        for label, arts in (("DENSE", dense_archive(args.dense_mb)), ("MIXED", mixed_archive(args.mixed_mb))):
            size, secs, n_rec = archive_speed(arts)
            print(
                f"archive {label:<6} {size:6.1f} MB in {len(arts):5d} articles: {secs:6.2f} s, "
                f"{size / secs:6.2f} MB/s per core ({n_rec} records)",
                flush=True,
            )

    worst = max(ratios) if ratios else 0.0
    ok = all(r <= 6 for r in ratios)
    print(f"max 4×/1× ratio: {worst:.2f} ({'every ratio ≤ 6: linear' if ok else 'NOT every ratio ≤ 6: superlinear'})")


if __name__ == "__main__":
    main()
