"""A quantity in its clause: the value objects the classifier's rules read and write, and
the rule sets' common base (the article and its text)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.numbers import Quantity
from extract.places import Place
from extract.segment import ArticleContext


@dataclass(slots=True)
class Figure:
    metric: str
    sector: str
    span: tuple[int, int]  # clean-text span of the quote
    q: Quantity
    rule: str
    para: int
    value: float | None = None  # override (none-statements)
    unit: str = ""
    org_ok: bool = False  # may be attributed to an organisation
    item_place: Place | None = None  # the district named in its own list item
    # a list's next items take this figure's metric: not when its own words come after the
    # number (东胜区1例已痊愈出院 says what happened to that one case, not what the list counts)
    inheritable: bool = True
    # 所有30名患者…: the earlier figure of the paragraph it counts again (whose place is its own)
    restates: Figure | None = None

    @property
    def number(self) -> float:
        return self.q.value if self.value is None else self.value


@dataclass(frozen=True, slots=True)
class Clause:
    """One quantity in its clause: the offsets and words the classifier's rules read."""

    q: Quantity
    pi: int  # the paragraph's index
    start: int  # the clause's first character (after its comma)
    end: int  # … and the end of the clause
    sentence_start: int
    item_start: int  # where this list item's own words begin (after 、 or the previous number)
    before: str  # text[item_start : q.start]
    after: str  # text[q.end : end]
    after_to_next: str  # text[q.end : the next quantity], within the clause
    sentence_figs: list[Figure]  # the figures found so far in this sentence
    next_q: Quantity | None


def last_match(regex: re.Pattern, s: str):
    last = None
    for m in regex.finditer(s):
        last = m
    return last


def last_match_in(regex: re.Pattern, s: str, lo: int, hi: int) -> re.Match | None:
    last = None
    for m in regex.finditer(s, lo, hi):
        last = m
    return last


# how many of a sentence's figures a list item looks back over for its list's metric: past a
# long bracketed breakdown (福州市66例(鼓楼区2例、…十二项…);厦门市34例) to the list's head
LIST_LOOKBACK = 60


# 、 and 和/及/与 between terms, not opening one (和平区、河东区: 和平区 is a term)
TERM_SEP = re.compile(r"、|(?<=[^、])(?:和|及|与)")


class ClauseRules:
    """What the case and the resumption rule sets share: the article being read."""

    def __init__(self, ctx: ArticleContext):
        self.ctx = ctx
        self.t = ctx.text
