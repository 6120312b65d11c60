"""Whose paper a folder is, when its corpus.json does not say: the city its articles speak for.

A folder of another city's bulletins without a corpus.json used to be read as the default
city's. Now its home city comes from its text — the city that speaks (datelines, titles,
issuers: speakers.py) and the prefecture most of its figures are about — with the evidence
for the guess; where the text does not say, the folder is a corpus without a home city.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from extract.engine import article_context, extract_article
from extract.gazetteer import MUNICIPALITIES, divisions
from extract.speakers import cues

SAMPLE = 12  # articles read for a guess: the first ones by name, evenly spread


@dataclass(frozen=True)
class HomeGuess:
    city: str | None  # None: the text does not say (a corpus without a home city)
    votes: tuple[tuple[str, int], ...]  # (city, articles that speak for it), most first
    evidence: tuple[str, ...]  # a few of the words that said so (（合肥讯）, 湘潭市…疫情通报)
    articles: int  # articles read


def _prefecture(region: str) -> str | None:
    nation = divisions()
    if region in MUNICIPALITIES or region in nation.cities.values():
        return region
    owners = nation.county_city(region)
    return owners[0] if len(owners) == 1 else None


def sample(items: list, k: int = SAMPLE) -> list:
    """At most k items spread evenly over the list (a guess reads a few articles, not all)."""
    if len(items) <= k:
        return list(items)
    step = len(items) / k
    return [items[int(i * step)] for i in range(k)]


def guess_home_city(texts: Iterable[str]) -> HomeGuess:
    """The city a set of articles speaks for: each article votes once for the city its
    speaker cues name and once for the prefecture most of its figures belong to. A city wins
    with more than half of the articles and at least two votes (one article: its own)."""
    votes: Counter[str] = Counter()
    evidence: dict[str, list[str]] = {}
    n = 0
    for text in texts:
        n += 1
        _, ctx = article_context(text, None, None)
        said = cues(ctx)
        for city in dict.fromkeys(c for c, _ in said):
            votes[city] += 1
        for city, words in said:
            evidence.setdefault(city, []).append(words.strip("（(【)）】 "))
        try:
            records = extract_article(text, city=None, max_figures=2000)[0]
        except ValueError:  # over the figure budget: a table, no vote
            records = []
        regions = Counter(p for r in records if (p := _prefecture(r.region)))
        if regions:
            top, count = regions.most_common(1)[0]
            votes[top] += 1
            evidence.setdefault(top, []).append(f"{count} 项数字 figures")
    ranked = tuple(votes.most_common())
    if not ranked:
        return HomeGuess(None, (), (), n)
    city, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if score <= runner_up or score <= n / 2 or score < min(2, n):
        return HomeGuess(None, ranked, (), n)
    return HomeGuess(city, ranked, tuple(dict.fromkeys(evidence.get(city, [])))[:3], n)
