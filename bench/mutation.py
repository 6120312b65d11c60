"""Mutation testing of the extractor's rules and the timeline's checks (issue 13).

    python bench/mutation.py [--modules extract/numbers.py ...] [--max-per-module 60]
                             [--seed 13] [--jobs 2] [--tests tests/a.py ...] [--json out.json]
                             [--list] [--keep]

Not part of the normal test run: it is slow (a full run is minutes, not seconds).

What it does
  * copies the repository this script lives in to a temporary folder (one copy per job;
    .git, .venv, caches and bench/archive are left out) and mutates only those copies, so
    it can be run from a working tree someone is editing;
  * for each target module, generates one-change mutants from its AST:
      cmp      a comparison operator swapped: < ↔ <=, > ↔ >=, == ↔ !=
      int      an integer constant +1 or -1
      boolop   and ↔ or
      not      a `not` removed
      regex    one alternative dropped from a regex alternation in a string literal
               (a|b|c → a|c); only in strings that compile as a regex before and after
      table    one element dropped from a tuple/list/set of strings, or one entry from a
               dict whose keys are strings (the word tables)
      return   return True ↔ return False
    docstrings are not mutated; a target may be limited to some functions
    (briefing/points.py:stated_only,case_wide means those functions only);
  * samples at most --max-per-module of them per module (random.Random(seed), so the same
    seed gives the same mutants), runs the module's tests on each (pytest -x -q
    -p no:cacheprovider; a mutant is killed when they fail, also when it no longer
    imports) with a per-mutant timeout (a hang counts as killed: reported apart);
  * prints, per module: mutants, killed, survived, timeouts, score = (killed + timeouts) /
    mutants, then every survivor as file:line, kind, the mutation and the mutated line.

The default tests per module are fast ones that exercise it (the browser tests never): the
module's own test file first (so -x stops early), then the other extraction tests and the golden
tables. The unit tests written to kill earlier survivors live in those files, next to the tests
of the same module (tests/test_numbers.py, test_dates.py, test_places.py, test_classify.py,
test_timeline.py), each with a comment naming the mutant it kills.
Mutants that cannot change behaviour (equivalent) are listed in EQUIVALENT with a reason:
they still count as survivors in the score; the table also shows the score without them.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import json
import os
import queue
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The timeline's checks (cumulative never falls, recovered ≤ confirmed, the balance) and the
# two helpers of briefing/points.py they read through.
TIMELINE_CHECKS = "briefing/checks.py"
CHECKED_POINTS = "briefing/points.py:stated_only,case_wide"
DEFAULT_MODULES = [
    "extract/numbers.py",
    "extract/dates.py",
    "extract/places.py",
    "extract/classify.py",
    "extract/case_rules.py",
    "extract/resumption_rules.py",
    TIMELINE_CHECKS,
    CHECKED_POINTS,
]

_EXTRACT_TESTS = [
    "tests/test_numbers.py",
    "tests/test_dates.py",
    "tests/test_places.py",
    "tests/test_classify.py",
    "tests/test_golden.py",
    "tests/test_seed_gold.py",
]


def _own_first(own: str) -> list[str]:
    return [own, *(t for t in _EXTRACT_TESTS if t != own)]


DEFAULT_TESTS = {
    "extract/numbers.py": _own_first("tests/test_numbers.py"),
    "extract/dates.py": _own_first("tests/test_dates.py"),
    "extract/places.py": _own_first("tests/test_places.py"),
    "extract/classify.py": _own_first("tests/test_classify.py"),
    "extract/case_rules.py": _own_first("tests/test_classify.py"),
    "extract/resumption_rules.py": _own_first("tests/test_classify.py"),
    "briefing/checks.py": ["tests/test_timeline.py"],
    "briefing/points.py": ["tests/test_timeline.py"],
}

# Left out of the copies: not needed by the tests, or large.
_SKIP_TOP = {".git", ".venv", "artifacts", "out", ".hypothesis", ".pytest_cache"}
_SKIP_ANY = {"__pycache__", ".pytest_cache", "node_modules"}

# Mutants that cannot change what the code computes, keyed by (file, the unmutated line
# stripped, the column of the mutated node on it, the mutation as printed): see Mutant.key.
# Each still counts as a survivor in the score; the table's last column leaves them out.
# A few are dead code only while a known bug stands: the reason names its xfail test.
# One mutant a line: file ¦ column ¦ mutation ¦ why it is equivalent ¦ the unmutated line (last,
# as it may hold anything but ¦).
_EQUIVALENT_TABLE = r"""
# extract/numbers.py
extract/numbers.py ¦ 4 ¦ drop key '达' (13 → 12) ¦ 达 maps to no qualifier, as a missing key does: both lookups test the value's truth ¦ "达": "",
extract/numbers.py ¦ 4 ¦ drop key '多达' (13 → 12) ¦ 多达 maps to no qualifier, as a missing key does: both lookups test the value's truth ¦ "多达": "",
extract/numbers.py ¦ 4 ¦ drop key '达到' (13 → 12) ¦ 达到 maps to no qualifier, as a missing key does: both lookups test the value's truth ¦ "达到": "",
extract/numbers.py ¦ 54 ¦ 2 → 3 ¦ every qualifier word is at most 2 characters and the pattern ends at $: a wider window finds the same word ¦ pre = PRE_QUAL_RE.search(m.string, max(0, start - 2), start)
extract/numbers.py ¦ 44 ¦ 0 → 1 ¦ every caller passes start (find_quantities, segment.py): the default is never used ¦ def iter_quantities(text: str, start: int = 0, end: int | None = None):
extract/numbers.py ¦ 44 ¦ 0 → -1 ¦ every caller passes start (find_quantities, segment.py): the default is never used ¦ def iter_quantities(text: str, start: int = 0, end: int | None = None):
extract/numbers.py ¦ 44 ¦ 0 → -1 ¦ re.finditer reads a negative pos as 0 ¦ def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
extract/numbers.py ¦ 22 ¦ 0 → -1 ¦ num is all digits or all Chinese numerals: its last character tells the same as its first ¦ chinese = not num[0].isdigit()
# extract/dates.py
extract/dates.py ¦ 25 ¦ drop '截至目前' from '昨日|昨天|前日|前天|今日|今天|当天|当日|目前|至此|截至目前|截至发稿…' ¦ 截至目前 makes no mention; without it 目前 (no mention either) matches at the same end ¦ RELATIVE_RE = re.compile(r"昨日|昨天|前日|前天|今日|今天|当天|当日|目前|至此|截至目前|截至发稿|日前|近日|本周")
extract/dates.py ¦ 25 ¦ drop '截至发稿' from '昨日|昨天|前日|前天|今日|今天|当天|当日|目前|至此|截至目前|截至发稿…' ¦ 截至发稿 makes no mention, and no relative word starts inside it ¦ RELATIVE_RE = re.compile(r"昨日|昨天|前日|前天|今日|今天|当天|当日|目前|至此|截至目前|截至发稿|日前|近日|本周")
extract/dates.py ¦ 25 ¦ drop '至此' from '昨日|昨天|前日|前天|今日|今天|当天|当日|目前|至此|截至目前|截至发稿…' ¦ 至此 makes no mention, and no relative word starts at 此 ¦ RELATIVE_RE = re.compile(r"昨日|昨天|前日|前天|今日|今天|当天|当日|目前|至此|截至目前|截至发稿|日前|近日|本周")
extract/dates.py ¦ 25 ¦ drop '本周' from '昨日|昨天|前日|前天|今日|今天|当天|当日|目前|至此|截至目前|截至发稿…' ¦ 本周 makes no mention, and no relative word starts at 周 ¦ RELATIVE_RE = re.compile(r"昨日|昨天|前日|前天|今日|今天|当天|当日|目前|至此|截至目前|截至发稿|日前|近日|本周")
extract/dates.py ¦ 25 ¦ drop '当天' from '昨日|昨天|前日|前天|今日|今天|当天|当日|目前|至此|截至目前|截至发稿…' ¦ 当天 makes no mention, and no relative word starts at 天 ¦ RELATIVE_RE = re.compile(r"昨日|昨天|前日|前天|今日|今天|当天|当日|目前|至此|截至目前|截至发稿|日前|近日|本周")
extract/dates.py ¦ 58 ¦ 1 → 2 ¦ only the month of prev is used: the last day but one is in the same month ¦ prev = context.replace(day=1) - dt.timedelta(days=1)
extract/dates.py ¦ 32 ¦ 0 → -1 ¦ most_common(1) holds one pair: [-1] is [0] ¦ year = years.most_common(1)[0][0] if years else DEFAULT_YEAR
extract/dates.py ¦ 12 ¦ drop key 'PREFER_DAY_OF_MONTH' (3 → 2) ¦ REQUIRE_PARTS asks for a day, so the preference for a missing day never applies ¦ "PREFER_DAY_OF_MONTH": "first",
extract/dates.py ¦ 11 ¦ and → or ¦ DATE_RE matches month and day together or neither (a bare day) ¦ if m.group("m") and m.group("d"):
extract/dates.py ¦ 29 ¦ > → >= ¦ an equal date replaces latest with itself ¦ if latest is None or d > latest:
extract/dates.py ¦ 7 ¦ or → and ¦ callers pass strings; a blank one fails both forms and dateparser returns None for it ¦ if not s or not s.strip():
extract/dates.py ¦ 21 ¦ drop '19' from '19|20' ¦ YEAR_RE is used nowhere ¦ YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年")
extract/dates.py ¦ 21 ¦ drop '20' from '19|20' ¦ YEAR_RE is used nowhere ¦ YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年")
extract/dates.py ¦ 4 ¦ drop '晚上' from '\\s*\\d{1,2}(?:\\s*[-—–~至到]\\s*\\d{1,2})?时|统…' ¦ 晚 is in the lookahead too, and it only looks ¦ r"(?:(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]|(?P<bd>\d{1,2})\s*日(?=\s*\d{1,2}(?:\s*[-—–~至到]\s*\d{1,2})?时|统计|通报|公布|发布|宣布|新增|无新增|累计|全天|当天|上午|下午|晚上|晚间|傍晚|凌晨|中午|早上|晚|\s*[,，]))"
extract/dates.py ¦ 4 ¦ drop '晚间' from '\\s*\\d{1,2}(?:\\s*[-—–~至到]\\s*\\d{1,2})?时|统…' ¦ 晚 is in the lookahead too, and it only looks ¦ r"(?:(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]|(?P<bd>\d{1,2})\s*日(?=\s*\d{1,2}(?:\s*[-—–~至到]\s*\d{1,2})?时|统计|通报|公布|发布|宣布|新增|无新增|累计|全天|当天|上午|下午|晚上|晚间|傍晚|凌晨|中午|早上|晚|\s*[,，]))"
extract/dates.py ¦ 15 ¦ <= → < ¦ the year patterns read only 19xx and 20xx: no year reaches 2100 ¦ if 2000 <= int(m.group(1)) <= 2100 and "以来" not in text[m.end() : m.end() + 10]
extract/dates.py ¦ 42 ¦ 2100 → 2099 ¦ the year patterns read only 19xx and 20xx: no year reaches 2100 ¦ if 2000 <= int(m.group(1)) <= 2100 and "以来" not in text[m.end() : m.end() + 10]
extract/dates.py ¦ 30 ¦ 31 → 30 ¦ resolve_md is always given the year here, so the probe date is never read ¦ probe = dt.date(year, 12, 31)
extract/dates.py ¦ 55 ¦ 1 → 2 ¦ the base day shows only in relative words (昨天, tomorrow), which parse_user_date should refuse: xfail test_relative_words_are_no_user_date ¦ "RELATIVE_BASE": dt.datetime(default_year, 1, 1),
extract/dates.py ¦ 58 ¦ 1 → 2 ¦ the base day shows only in relative words (昨天, tomorrow), which parse_user_date should refuse: xfail test_relative_words_are_no_user_date ¦ "RELATIVE_BASE": dt.datetime(default_year, 1, 1),
extract/dates.py ¦ 26 ¦ drop '19' from '19|20' ¦ years before 2000 are dropped by the 2000 <= year filter that reads these matches ¦ BARE_YEAR_RE = re.compile(r"(?<![到至])((?:19|20)\d{2})\s*年(?![、,]|远景|目标|度|底|前|以来|以后|至)")
extract/dates.py ¦ 31 ¦ drop '19' from '19|20' ¦ years before 2000 are dropped by the 2000 <= year filter that reads these matches ¦ FULL_DATE_YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号](?!\s*(?:以来|起|开始))")
extract/dates.py ¦ 27 ¦ drop '19' from '19|20' ¦ years before 2000 are dropped by the 2000 <= year filter that reads these matches ¦ YEAR_MONTH_RE = re.compile(r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月")
extract/dates.py ¦ 29 ¦ 1 → 2 ¦ the first of most_common(2) is the first of most_common(1) ¦ year = years.most_common(1)[0][0] if years else DEFAULT_YEAR
extract/dates.py ¦ 49 ¦ 0 → -1 ¦ re.search reads a negative pos as 0 ¦ yr = YEAR_BEFORE_RE.search(text, max(0, m.start() - 7), m.start())
extract/dates.py ¦ 26 ¦ drop '以来' from '[、,]|远景|目标|度|底|前|以来|以后|至' ¦ the 以来 this lookahead refuses stands right after 年, where infer_reference's filter (以来 in the 10 characters after) refuses it too ¦ BARE_YEAR_RE = re.compile(r"(?<![到至])((?:19|20)\d{2})\s*年(?![、,]|远景|目标|度|底|前|以来|以后|至)")
extract/dates.py ¦ 40 ¦ > → >= ¦ an equal date replaces latest with itself ¦ if d and (latest is None or d > latest):
extract/dates.py ¦ 42 ¦ 2100 → 2101 ¦ the year patterns read only 19xx and 20xx: no year reaches 2100 ¦ if 2000 <= int(m.group(1)) <= 2100 and "以来" not in text[m.end() : m.end() + 10]
# extract/places.py
extract/places.py ¦ 4 ¦ drop '全省' (60 → 59) ¦ 全省 from OTHER_PLACES is always overwritten (the home-province words, or provref without a home city) ¦ "全省",
extract/places.py ¦ 4 ¦ drop '省内' (60 → 59) ¦ 省内 from OTHER_PLACES is always overwritten (the home-province words, or provref without a home city) ¦ "省内",
extract/places.py ¦ 4 ¦ drop '全国' (12 → 11) ¦ 全国 from OTHER_PLACES is set again, the same, by NATIONAL_WORDS ¦ "全国",
extract/places.py ¦ 4 ¦ drop '全国' (60 → 59) ¦ 全国 from OTHER_PLACES is set again, the same, by NATIONAL_WORDS ¦ "全国",
extract/places.py ¦ 18 ¦ drop '全国' (2 → 1) ¦ the OTHER_PLACES loop above set these words to the same (全国, other) ¦ for w in ("全国", "国内"):
extract/places.py ¦ 24 ¦ drop '国内' (2 → 1) ¦ the OTHER_PLACES loop above set these words to the same (全国, other) ¦ for w in ("全国", "国内"):
extract/places.py ¦ 8 ¦ drop '株洲高新区' (14 → 13) ¦ ALIASES names it for the home city, and the zone finder names it the same (株洲 + 高新区) for any other ¦ "株洲高新区",
extract/places.py ¦ 8 ¦ drop '株洲经开区' (14 → 13) ¦ the zone finder names 株洲经开区 the same from 株洲 + 经开区, seen from any city ¦ "株洲经开区",
extract/places.py ¦ 24 ¦ > → >= ¦ a match that ends at the suffix's end is what fullmatch up to it finds again ¦ if m is None or m.end() > sm.end():
extract/places.py ¦ 27 ¦ drop '全' from '我|本|全' ¦ dead: 我市/本市/全市 are places of every matcher, so a run holding one takes the first_named branch above ¦ elif re.search(r"(?:我|本|全)市$", text[run.start() : start]):
extract/places.py ¦ 27 ¦ drop '我' from '我|本|全' ¦ dead: 我市/本市/全市 are places of every matcher, so a run holding one takes the first_named branch above ¦ elif re.search(r"(?:我|本|全)市$", text[run.start() : start]):
extract/places.py ¦ 27 ¦ drop '本' from '我|本|全' ¦ dead: 我市/本市/全市 are places of every matcher, so a run holding one takes the first_named branch above ¦ elif re.search(r"(?:我|本|全)市$", text[run.start() : start]):
extract/places.py ¦ 26 ¦ 3 → 2 ¦ a 2-character name's stem has one character, which `len(stem) >= 2` refuses ¦ and len(s) >= 3
extract/places.py ¦ 38 ¦ 2 → 1 ¦ no one-character word names a district (stems, names and aliases have 2 or more) ¦ and len(m.group()) >= 2
extract/places.py ¦ 76 ¦ 2 → 1 ¦ ORG_RE itself needs 2 name characters before the suffix ¦ for m in _suffix_matches(text, _ORG_SUFFIX_RE, _RUN_BEFORE, ORG_RE, 2, 24):
extract/places.py ¦ 90 ¦ 2 → 1 ¦ LOCALITY_RE itself needs 2 name characters before the suffix ¦ for m in _suffix_matches(text, _LOCALITY_SUFFIX_RE, _CJK_RUN_BEFORE, LOCALITY_RE, 2, 6):
extract/places.py ¦ 19 ¦ 32 → 31 ¦ the cache's size changes no answer ¦ @lru_cache(maxsize=32)
extract/places.py ¦ 19 ¦ 32 → 33 ¦ the cache's size changes no answer ¦ @lru_cache(maxsize=32)
extract/places.py ¦ 4 ¦ drop '乡村' from '乡村|农村|城乡|城镇|集镇|乡镇|进社区|驻社区' ¦ dead: _NOT_LOCALITY is tried with re.match, and no locality match is one of these words whole (xfail test_generic_words_ending_in_a_locality_word) ¦ r"^(?:各|全|该|本|城|农|乡|社|一|每|市|两|多|村|街|小|此|其|镇|所在|进|到|在|驻|下|深入|派驻|走进|回到|以上|以下)"
extract/places.py ¦ 4 ¦ drop '农村' from '乡村|农村|城乡|城镇|集镇|乡镇|进社区|驻社区' ¦ dead: _NOT_LOCALITY is tried with re.match, and no locality match is one of these words whole (xfail test_generic_words_ending_in_a_locality_word) ¦ r"^(?:各|全|该|本|城|农|乡|社|一|每|市|两|多|村|街|小|此|其|镇|所在|进|到|在|驻|下|深入|派驻|走进|回到|以上|以下)"
extract/places.py ¦ 4 ¦ drop '城乡' from '乡村|农村|城乡|城镇|集镇|乡镇|进社区|驻社区' ¦ dead: _NOT_LOCALITY is tried with re.match, and no locality match is one of these words whole (xfail test_generic_words_ending_in_a_locality_word) ¦ r"^(?:各|全|该|本|城|农|乡|社|一|每|市|两|多|村|街|小|此|其|镇|所在|进|到|在|驻|下|深入|派驻|走进|回到|以上|以下)"
extract/places.py ¦ 4 ¦ drop '城镇' from '乡村|农村|城乡|城镇|集镇|乡镇|进社区|驻社区' ¦ dead: _NOT_LOCALITY is tried with re.match, and no locality match is one of these words whole (xfail test_generic_words_ending_in_a_locality_word) ¦ r"^(?:各|全|该|本|城|农|乡|社|一|每|市|两|多|村|街|小|此|其|镇|所在|进|到|在|驻|下|深入|派驻|走进|回到|以上|以下)"
extract/places.py ¦ 4 ¦ drop '集镇' from '乡村|农村|城乡|城镇|集镇|乡镇|进社区|驻社区' ¦ dead: _NOT_LOCALITY is tried with re.match, and no locality match is one of these words whole (xfail test_generic_words_ending_in_a_locality_word) ¦ r"^(?:各|全|该|本|城|农|乡|社|一|每|市|两|多|村|街|小|此|其|镇|所在|进|到|在|驻|下|深入|派驻|走进|回到|以上|以下)"
extract/places.py ¦ 4 ¦ drop '乡镇' from '乡村|农村|城乡|城镇|集镇|乡镇|进社区|驻社区' ¦ dead: _NOT_LOCALITY is tried with re.match, and no locality match is one of these words whole (xfail test_generic_words_ending_in_a_locality_word) ¦ r"^(?:各|全|该|本|城|农|乡|社|一|每|市|两|多|村|街|小|此|其|镇|所在|进|到|在|驻|下|深入|派驻|走进|回到|以上|以下)"
extract/places.py ¦ 4 ¦ drop '进社区' from '乡村|农村|城乡|城镇|集镇|乡镇|进社区|驻社区' ¦ dead: _NOT_LOCALITY is tried with re.match, and no locality match is one of these words whole (xfail test_generic_words_ending_in_a_locality_word) ¦ r"^(?:各|全|该|本|城|农|乡|社|一|每|市|两|多|村|街|小|此|其|镇|所在|进|到|在|驻|下|深入|派驻|走进|回到|以上|以下)"
extract/places.py ¦ 4 ¦ drop '驻社区' from '乡村|农村|城乡|城镇|集镇|乡镇|进社区|驻社区' ¦ dead: _NOT_LOCALITY is tried with re.match, and no locality match is one of these words whole (xfail test_generic_words_ending_in_a_locality_word) ¦ r"^(?:各|全|该|本|城|农|乡|社|一|每|市|两|多|村|街|小|此|其|镇|所在|进|到|在|驻|下|深入|派驻|走进|回到|以上|以下)"
extract/places.py ¦ 8 ¦ drop '光明' (48 → 47) ¦ no county of the national table or GAZETTEER has this stem, so the stem rule never meets it ¦ "光明",
extract/places.py ¦ 8 ¦ drop '人民' (48 → 47) ¦ no county of the national table or GAZETTEER has this stem, so the stem rule never meets it ¦ "人民",
extract/places.py ¦ 8 ¦ drop '胜利' (48 → 47) ¦ no county of the national table or GAZETTEER has this stem, so the stem rule never meets it ¦ "胜利",
extract/places.py ¦ 8 ¦ drop '城南' (48 → 47) ¦ no county of the national table or GAZETTEER has this stem, so the stem rule never meets it ¦ "城南",
extract/places.py ¦ 8 ¦ drop '郊区' (48 → 47) ¦ no county of the national table or GAZETTEER has this stem, so the stem rule never meets it ¦ "郊区",
extract/places.py ¦ 8 ¦ drop '矿区' (48 → 47) ¦ no county of the national table or GAZETTEER has this stem, so the stem rule never meets it ¦ "矿区",
extract/places.py ¦ 8 ¦ drop '开发' (48 → 47) ¦ no county of the national table or GAZETTEER has this stem, so the stem rule never meets it ¦ "开发",
extract/places.py ¦ 8 ¦ drop '中心' (48 → 47) ¦ no county of the national table or GAZETTEER has this stem, so the stem rule never meets it ¦ "中心",
extract/places.py ¦ 8 ¦ drop '开放' (48 → 47) ¦ no county of the national table or GAZETTEER has this stem, so the stem rule never meets it ¦ "开放",
extract/places.py ¦ 8 ¦ drop '建设' (48 → 47) ¦ no county of the national table or GAZETTEER has this stem, so the stem rule never meets it ¦ "建设",
extract/places.py ¦ 8 ¦ drop '发展' (48 → 47) ¦ no county of the national table or GAZETTEER has this stem, so the stem rule never meets it ¦ "发展",
extract/places.py ¦ 8 ¦ drop '文化' (48 → 47) ¦ no county of the national table or GAZETTEER has this stem, so the stem rule never meets it ¦ "文化",
extract/places.py ¦ 8 ¦ drop '高新' (48 → 47) ¦ no county of the national table or GAZETTEER has this stem, so the stem rule never meets it ¦ "高新",
extract/places.py ¦ 8 ¦ drop '经开' (48 → 47) ¦ no county of the national table or GAZETTEER has this stem, so the stem rule never meets it ¦ "经开",
extract/places.py ¦ 8 ¦ drop '先进' (48 → 47) ¦ no county of the national table or GAZETTEER has this stem, so the stem rule never meets it ¦ "先进",
extract/places.py ¦ 8 ¦ drop '团结' (48 → 47) ¦ no county of the national table or GAZETTEER has this stem, so the stem rule never meets it ¦ "团结",
extract/places.py ¦ 4 ¦ drop '我市' from '我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|…' ¦ 我市 is a place of every matcher: the zone takes the home-city branch, never this lead ¦ r".*(?:我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|整个|园区|在|的|和|与|及|对|向|从|据|了|为|是|将|"
extract/places.py ¦ 4 ¦ drop '本市' from '我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|…' ¦ 本市 is a place of every matcher: the zone takes the home-city branch, never this lead ¦ r".*(?:我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|整个|园区|在|的|和|与|及|对|向|从|据|了|为|是|将|"
extract/places.py ¦ 4 ¦ drop '全市' from '我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|…' ¦ 全市 is a place of every matcher: the zone takes the home-city branch, never this lead ¦ r".*(?:我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|整个|园区|在|的|和|与|及|对|向|从|据|了|为|是|将|"
extract/places.py ¦ 4 ¦ drop '该市' from '我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|…' ¦ 该市 is a named place (subref) that opens the zone, so this lead is never tried (the bug of xfail test_a_pointing_word_before_a_zone_is_not_its_name) ¦ r".*(?:我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|整个|园区|在|的|和|与|及|对|向|从|据|了|为|是|将|"
extract/places.py ¦ 4 ¦ drop '我区' from '我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|…' ¦ 我区 is a named place (subref) that opens the zone, so this lead is never tried (the bug of xfail test_a_pointing_word_before_a_zone_is_not_its_name) ¦ r".*(?:我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|整个|园区|在|的|和|与|及|对|向|从|据|了|为|是|将|"
extract/places.py ¦ 4 ¦ drop '本区' from '我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|…' ¦ 本区 is a named place (subref) that opens the zone, so this lead is never tried (the bug of xfail test_a_pointing_word_before_a_zone_is_not_its_name) ¦ r".*(?:我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|整个|园区|在|的|和|与|及|对|向|从|据|了|为|是|将|"
extract/places.py ¦ 4 ¦ drop '全区' from '我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|…' ¦ 全区 is a named place (subref) that opens the zone, so this lead is never tried (the bug of xfail test_a_pointing_word_before_a_zone_is_not_its_name) ¦ r".*(?:我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|整个|园区|在|的|和|与|及|对|向|从|据|了|为|是|将|"
extract/places.py ¦ 4 ¦ drop '该区' from '我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|…' ¦ 该区 is a named place (subref) that opens the zone, so this lead is never tried (the bug of xfail test_a_pointing_word_before_a_zone_is_not_its_name) ¦ r".*(?:我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|整个|园区|在|的|和|与|及|对|向|从|据|了|为|是|将|"
extract/places.py ¦ 4 ¦ drop '我县' from '我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|…' ¦ 我县 is a named place (subref) that opens the zone, so this lead is never tried (the bug of xfail test_a_pointing_word_before_a_zone_is_not_its_name) ¦ r".*(?:我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|整个|园区|在|的|和|与|及|对|向|从|据|了|为|是|将|"
extract/places.py ¦ 4 ¦ drop '全县' from '我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|…' ¦ 全县 is a named place (subref) that opens the zone, so this lead is never tried (the bug of xfail test_a_pointing_word_before_a_zone_is_not_its_name) ¦ r".*(?:我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|整个|园区|在|的|和|与|及|对|向|从|据|了|为|是|将|"
extract/places.py ¦ 4 ¦ drop '该县' from '我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|…' ¦ 该县 is a named place (subref) that opens the zone, so this lead is never tried (the bug of xfail test_a_pointing_word_before_a_zone_is_not_its_name) ¦ r".*(?:我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|整个|园区|在|的|和|与|及|对|向|从|据|了|为|是|将|"
extract/places.py ¦ 4 ¦ drop '整个' from '我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|…' ¦ 个 is a lead word too and ends at the same place ¦ r".*(?:我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|整个|园区|在|的|和|与|及|对|向|从|据|了|为|是|将|"
extract/places.py ¦ 4 ¦ drop '、' from '我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|…' ¦ 、 is no CJK ideograph, so it never stands in the run before a zone's suffix ¦ r".*(?:我市|本市|全市|该市|我区|本区|全区|该区|我县|全县|该县|目前|当前|整个|园区|在|的|和|与|及|对|向|从|据|了|为|是|将|"
extract/places.py ¦ 21 ¦ drop '医院' from '医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中…' ¦ INSTITUTION_SUFFIX is used nowhere ¦ INSTITUTION_SUFFIX = r"(?:医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中心|治疗中心)"
extract/places.py ¦ 21 ¦ drop '院区' from '医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中…' ¦ INSTITUTION_SUFFIX is used nowhere ¦ INSTITUTION_SUFFIX = r"(?:医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中心|治疗中心)"
extract/places.py ¦ 21 ¦ drop '病区' from '医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中…' ¦ INSTITUTION_SUFFIX is used nowhere ¦ INSTITUTION_SUFFIX = r"(?:医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中心|治疗中心)"
extract/places.py ¦ 21 ¦ drop '方舱' from '医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中…' ¦ INSTITUTION_SUFFIX is used nowhere ¦ INSTITUTION_SUFFIX = r"(?:医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中心|治疗中心)"
extract/places.py ¦ 21 ¦ drop '方舱医院' from '医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中…' ¦ INSTITUTION_SUFFIX is used nowhere ¦ INSTITUTION_SUFFIX = r"(?:医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中心|治疗中心)"
extract/places.py ¦ 21 ¦ drop '隔离点' from '医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中…' ¦ INSTITUTION_SUFFIX is used nowhere ¦ INSTITUTION_SUFFIX = r"(?:医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中心|治疗中心)"
extract/places.py ¦ 21 ¦ drop '隔离酒店' from '医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中…' ¦ INSTITUTION_SUFFIX is used nowhere ¦ INSTITUTION_SUFFIX = r"(?:医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中心|治疗中心)"
extract/places.py ¦ 21 ¦ drop '集中隔离点' from '医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中…' ¦ INSTITUTION_SUFFIX is used nowhere ¦ INSTITUTION_SUFFIX = r"(?:医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中心|治疗中心)"
extract/places.py ¦ 21 ¦ drop '留观点' from '医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中…' ¦ INSTITUTION_SUFFIX is used nowhere ¦ INSTITUTION_SUFFIX = r"(?:医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中心|治疗中心)"
extract/places.py ¦ 21 ¦ drop '救治中心' from '医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中…' ¦ INSTITUTION_SUFFIX is used nowhere ¦ INSTITUTION_SUFFIX = r"(?:医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中心|治疗中心)"
extract/places.py ¦ 21 ¦ drop '治疗中心' from '医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中…' ¦ INSTITUTION_SUFFIX is used nowhere ¦ INSTITUTION_SUFFIX = r"(?:医院|院区|病区|方舱|方舱医院|隔离点|隔离酒店|集中隔离点|留观点|救治中心|治疗中心)"
extract/places.py ¦ 4 ¦ drop '其他' from '风险|重点|其他|其它|有关|相关|部分|周边|偏远|贫困|发达|沿海|边境|…' ¦ the opening alternation already refuses a match that starts with 其 ¦ r"^(?:各|全|该|本|城|农|乡|社|一|每|市|两|多|村|街|小|此|其|镇|所在|进|到|在|驻|下|深入|派驻|走进|回到|以上|以下)"
extract/places.py ¦ 4 ¦ drop '其它' from '风险|重点|其他|其它|有关|相关|部分|周边|偏远|贫困|发达|沿海|边境|…' ¦ the opening alternation already refuses a match that starts with 其 ¦ r"^(?:各|全|该|本|城|农|乡|社|一|每|市|两|多|村|街|小|此|其|镇|所在|进|到|在|驻|下|深入|派驻|走进|回到|以上|以下)"
extract/places.py ¦ 4 ¦ drop '城市' from '风险|重点|其他|其它|有关|相关|部分|周边|偏远|贫困|发达|沿海|边境|…' ¦ the opening alternation already refuses a match that starts with 城 ¦ r"^(?:各|全|该|本|城|农|乡|社|一|每|市|两|多|村|街|小|此|其|镇|所在|进|到|在|驻|下|深入|派驻|走进|回到|以上|以下)"
extract/places.py ¦ 4 ¦ drop '所在' from '风险|重点|其他|其它|有关|相关|部分|周边|偏远|贫困|发达|沿海|边境|…' ¦ the opening alternation already refuses a match that starts with 所在 ¦ r"^(?:各|全|该|本|城|农|乡|社|一|每|市|两|多|村|街|小|此|其|镇|所在|进|到|在|驻|下|深入|派驻|走进|回到|以上|以下)"
extract/places.py ¦ 4 ¦ drop '以下' from '风险|重点|其他|其它|有关|相关|部分|周边|偏远|贫困|发达|沿海|边境|…' ¦ the opening alternation already refuses a match that starts with 以下 ¦ r"^(?:各|全|该|本|城|农|乡|社|一|每|市|两|多|村|街|小|此|其|镇|所在|进|到|在|驻|下|深入|派驻|走进|回到|以上|以下)"
extract/places.py ¦ 4 ¦ drop '以上' from '风险|重点|其他|其它|有关|相关|部分|周边|偏远|贫困|发达|沿海|边境|…' ¦ the opening alternation already refuses a match that starts with 以上 ¦ r"^(?:各|全|该|本|城|农|乡|社|一|每|市|两|多|村|街|小|此|其|镇|所在|进|到|在|驻|下|深入|派驻|走进|回到|以上|以下)"
extract/places.py ¦ 44 ¦ drop '出口加工区' (5 → 4) ¦ no zone suffix ends 出口加工区, so no zone's name is it ¦ ZONE_TYPE_NAMES = ("台商投资区", "保税区", "综合保税区", "出口加工区", "保税港区")
extract/places.py ¦ 53 ¦ drop '保税港区' (5 → 4) ¦ no zone suffix ends 保税港区, so no zone's name is it ¦ ZONE_TYPE_NAMES = ("台商投资区", "保税区", "综合保税区", "出口加工区", "保税港区")
extract/places.py ¦ 75 ¦ 0 → -1 ¦ no city of GAZETTEER has two zones ending in one generic zone name without that name itself ¦ kinds[zone] = (zone if zone in own_zones else ALIASES.get(mine[0], mine[0]), "sub")
extract/places.py ¦ 84 ¦ 0 → -1 ¦ no city of GAZETTEER has two zones ending in one generic zone name without that name itself ¦ kinds[zone] = (zone if zone in own_zones else ALIASES.get(mine[0], mine[0]), "sub")
extract/places.py ¦ 28 ¦ drop '保税区' (5 → 4) ¦ a zone named 保税区 alone is a zoneref by its length already, and after a city nothing stands between ¦ ZONE_TYPE_NAMES = ("台商投资区", "保税区", "综合保税区", "出口加工区", "保税港区")
extract/places.py ¦ 55 ¦ 2 → 1 ¦ no autonomous county of the national table has a one-character short name ¦ return short + name[-1] if short and len(short) >= 2 else None
extract/places.py ¦ 4 ¦ drop key '省内' (41 → 40) ¦ OTHER_CANON's 省内 is always set again after: by the home province's words with a home city, as provref without one ¦ "省内": "湖南省",
extract/places.py ¦ 16 ¦ drop '土家族苗族自治州' (5 → 4) ¦ a name ending 自治州 is read by autonomous_short first, which gives two or more characters unless the name opens with a people's own name (回族土家族苗族自治州), which no prefecture has ¦ for suf in ("土家族苗族自治州", "市", "州", "地区", "盟"):
extract/places.py ¦ 29 ¦ 2 → 1 ¦ a stem that differs from its name is the name less 区/县 (3 or more characters) or a 3-character 市's first two: never one character ¦ and len(stem) >= 2
extract/places.py ¦ 4 ¦ drop '[省市县区州国内外]' from '风险|重点|其他|其它|有关|相关|部分|周边|偏远|贫困|发达|沿海|边境|…' ¦ dead: a word X地区 with X one character is never a locality match (LOCALITY_RE needs 2 characters before 地区), and re.match reads this branch only as the whole word (xfail test_generic_words_ending_in_a_locality_word) ¦ r"^(?:各|全|该|本|城|农|乡|社|一|每|市|两|多|村|街|小|此|其|镇|所在|进|到|在|驻|下|深入|派驻|走进|回到|以上|以下)"
extract/places.py ¦ 44 ¦ < → <= ¦ inside is read only through inside[0].start == start: a place starting at sm.end() comes after the others and never starts at start (< sm.end()) ¦ inside = [pl for pl in named if start <= pl.start < sm.end()]
# extract/classify.py
extract/classify.py ¦ 17 ¦ 0 → -1 ¦ re.finditer reads a negative pos as 0 ¦ lo = max(0, q.start - _RESTATED_WINDOW)
extract/classify.py ¦ 81 ¦ 1 → 2 ¦ the first test (the character before is 双) already holds whenever this one does ¦ if t[max(0, m.start() - 1) : m.start()] == "双" or "双清零" in t[m.start() - 1 : m.end()]:
extract/classify.py ¦ 17 ¦ 0 → -1 ¦ the bound matters only at m.start() == 0, where t[-1:0] is empty like t[0:0] ¦ if t[max(0, m.start() - 1) : m.start()] == "双" or "双清零" in t[m.start() - 1 : m.end()]:
extract/classify.py ¦ 44 ¦ > → >= ¦ classify uses prev_q only when it ends after the clause's start, which is at or after s_start ¦ prev_q = quantities[k - 1] if k and quantities[k - 1].end > s_start else None
extract/classify.py ¦ 59 ¦ 1 → 0 ¦ classify uses prev_q only when it ends after the clause's start, which is at or after s_start ¦ prev_q = quantities[k - 1] if k and quantities[k - 1].end > s_start else None
extract/classify.py ¦ 67 ¦ 0 → -1 ¦ the bound matters only at m.start() == 0, where t[-1:0] is empty like t[0:0] ¦ if metric is None and kw == "病例" and neg == "未有" and t[max(0, m.start() - 1) : m.start()] == "尚":
extract/classify.py ¦ 62 ¦ 5 → 4 ¦ CLEARED_NEGATED ends at 清零 and matches at most 4 characters ([未没不] + a 2-character word + a quote mark): a 4-character window finds it ¦ if rules.CLEARED_NEGATED.search(t, max(0, m.start() - 5), m.start()):
extract/classify.py ¦ 62 ¦ 5 → 6 ¦ CLEARED_NEGATED ends at 清零 and matches at most 4 characters: a wider window finds the same ¦ if rules.CLEARED_NEGATED.search(t, max(0, m.start() - 5), m.start()):
extract/classify.py ¦ 45 ¦ drop '？' (2 → 1) ¦ normalize_width turns ？ into ? before the classifier reads the text ¦ or t[s_end : s_end + 1] in ("?", "？")
extract/classify.py ¦ 65 ¦ 1 → 0 ¦ a , ends a clause, so none stands between c_start and 分别: rfind gives -1 and max picks c_start either way ¦ head_start = max(c_start, t.rfind(",", c_start, m.start()) + 1)
extract/classify.py ¦ 46 ¦ 2 → 1 ¦ a clause before of 0 characters (the text opens with ,) holds no rate word: _SHARED_METRIC_TAIL finds none and None is returned, as when the test fails ¦ if head_start == m.start() and c_start >= 2 and t[c_start - 1] == ",":
extract/classify.py ¦ 35 ¦ >= → > ¦ a clause before of 1 character holds no rate word: _SHARED_METRIC_TAIL finds none and None is returned, as when the test fails ¦ if head_start == m.start() and c_start >= 2 and t[c_start - 1] == ",":
extract/classify.py ¦ 69 ¦ 0 → -1 ¦ _last_unbracketed returns one figure at most: [-1] is [0] ¦ if last and rules.LIST_TO_FOLLOW_RE.match(ctx.text, last[0].q.end, ctx.paras[sentence_key[0]].end):
extract/classify.py ¦ 62 ¦ < → <= ¦ when next_q.start == c_end, t[q.end : next_q.start] is after itself ¦ after_to_next = t[q.end : next_q.start] if next_q and next_q.start < c_end else after
extract/classify.py ¦ 36 ¦ 2 → 3 ¦ endswith reads only the last one or two characters, and both windows end at q.start ¦ if t[max(p.start, q.start - 2) : q.start].endswith(("无", "没有")):
extract/classify.py ¦ 92 ¦ 1 → 0 ¦ the window then also starts at the 、 itself, and no word of NOT_A_COUNT_BEFORE starts with 、 (with no 、, max picks c_start either way) ¦ if rules.NOT_A_COUNT_BEFORE.search(t, max(c_start, t.rfind("、", c_start, q.start) + 1), q.start):
extract/classify.py ¦ 32 ¦ 1 → 0 ¦ the first test then never holds, but the second (双清零 in t[m.start() - 1 : m.end()]) holds exactly when it did ¦ if t[max(0, m.start() - 1) : m.start()] == "双" or "双清零" in t[m.start() - 1 : m.end()]:
extract/classify.py ¦ 72 ¦ 1 → 2 ¦ the clause before ends at the , at c_start - 1 either way, unless c_start - 2 is a delimiter too, which the tail's [^、]*$ reads past the same ¦ prev_start, prev_end = ctx.bounds.clause(c_start - 2, c_start - 1)
# extract/case_rules.py
extract/case_rules.py ¦ 12 ¦ < → <= ¦ asked only for a 例 count, and no place name starts at a count's number ¦ c_start <= pl.start < q.start
extract/case_rules.py ¦ 22 ¦ drop 'observation' (3 → 2) ¦ dead: _case sees only 例, 人 and %, and % returned above for these families ¦ if family in ("observation", "released", "close_contacts") and q.unit not in rules.CASE_UNITS:
extract/case_rules.py ¦ 37 ¦ drop 'released' (3 → 2) ¦ dead: _case sees only 例, 人 and %, and % returned above for these families ¦ if family in ("observation", "released", "close_contacts") and q.unit not in rules.CASE_UNITS:
extract/case_rules.py ¦ 49 ¦ drop 'close_contacts' (3 → 2) ¦ dead: _case sees only 例, 人 and %, and % returned above for these families ¦ if family in ("observation", "released", "close_contacts") and q.unit not in rules.CASE_UNITS:
extract/case_rules.py ¦ 11 ¦ < → <= ¦ a bracket at 0 has nothing before it: the count search then finds none and returns False too ¦ if opener < 0 or t.find(")", opener, q.start) >= 0:
extract/case_rules.py ¦ 38 ¦ < → <= ¦ when equal, qs = mod_at changes nothing ¦ if mod_at is not None and mod_at < qs:
extract/case_rules.py ¦ 55 ¦ 1 → 2 ¦ only the part before the first 、 is read: split's [0] is the same for any maxsplit ¦ verb, noun = _words_after(after.split("、", 1)[0])  # 9例、东胜区1例已痊愈出院: the next item's verb
extract/case_rules.py ¦ 15 ¦ and → or ¦ it differs only when after_kw and kw are both None: kw stays None, and kw_before is not read on the kw-is-None path, which returns ¦ if after_kw is not None and (kw is None or verb is not None):
extract/case_rules.py ¦ 62 ¦ 0 → -1 ¦ re's search reads a negative pos as 0 ¦ verb = rules.VERB_BEFORE_CONFIRMED.search(before, 0, kw.start())
extract/case_rules.py ¦ 70 ¦ 0 → -1 ¦ re's search reads a negative pos as 0 ¦ or (not kw_before and rules.IMPORTED_BEFORE.search(after, 0, kw.start()))
extract/case_rules.py ¦ 32 ¦ 0 → 1 ¦ t[1:q.start] differs from t[0:q.start] only at q.start == 1, where the item has no place and _inherit has returned already ¦ if self.t.endswith("各", 0, q.start):
extract/case_rules.py ¦ 20 ¦ 0 → 1 ¦ a ( at 0 has nothing before it: the count search in t[:0] finds none and False is returned either way ¦ if opener < 0 or t.find(")", opener, q.start) >= 0:
extract/case_rules.py ¦ 20 ¦ 0 → -1 ¦ with opener == -1 the count search ends at -1 (no characters) and finds none: False either way ¦ if opener < 0 or t.find(")", opener, q.start) >= 0:
extract/case_rules.py ¦ 64 ¦ 16 → 15 ¦ the pattern is anchored at the bracket and only its presence is read: any window of 2 or more characters finds a count that ends there ¦ head = _COUNT_BEFORE_BRACKET.search(t, max(lo, opener - 16), opener)
extract/case_rules.py ¦ 64 ¦ 16 → 17 ¦ the pattern is anchored at the bracket and only its presence is read: a wider window finds the same ¦ head = _COUNT_BEFORE_BRACKET.search(t, max(lo, opener - 16), opener)
extract/case_rules.py ¦ 57 ¦ 1 → 0 ¦ GENERIC_DISTRICT_RE ends at $: group 0 and group 1 end at the same place, so both endswith tests agree ¦ return g is not None and before.endswith(g.group(1))
extract/case_rules.py ¦ 21 ¦ 0 → 1 ¦ at opener == 1 the excluded-count search reads t[0:1], one character, too few for 排除…N例: False either way ¦ opener > 0
extract/case_rules.py ¦ 16 ¦ < → <= ¦ find returns -1 or a position at or after opener, which is above 0 here: never 0 ¦ and t.find(")", opener, q.start) < 0
# extract/resumption_rules.py
extract/resumption_rules.py ¦ 32 ¦ drop '工商户' from '企业|工商户|市场主体|商户|租户|行业' ¦ 工商户 ends in 商户, also in the list: the search anchored at the end finds 商户 wherever it found 工商户 ¦ _ENTERPRISE_BEFORE = re.compile(r"(?:企业|工商户|市场主体|商户|租户|行业)(?:共有|共|有|达|为)?\s*$")
extract/resumption_rules.py ¦ 24 ¦ 2 → 1 ¦ the second test asks for 2 items that are places, so len(items) >= 2 whenever it passes ¦ if len(items) < 2 or sum(1 for pl in items if pl.start in places) < 2:
extract/resumption_rules.py ¦ 47 ¦ > → >= ¦ no worker-rate word starts where a resumption-rate word does (返岗/到岗/复岗 vs 复工/复产/开工/开复工): the starts never tie ¦ if w is not None and (m is None or w.start() > m.start()):
extract/resumption_rules.py ¦ 51 ¦ 1 → 0 ¦ a quantity starts at a digit, never at the ), so searching from the ) finds the same ¦ following = find_quantities(t, close + 1, self.ctx.bounds.sentence_end(q.end)) if close > 0 else []
# briefing/checks.py
briefing/checks.py ¦ 17 ¦ > → >= ¦ a difference of counts (read to 4 places) is 0 or at least 1e-4, never exactly 1e-9 ¦ unbalanced = (conf_ - (rec_ + wide["hospitalized"] + wide["deaths_total"])).abs() > 1e-9  # NaN → False
briefing/checks.py ¦ 21 ¦ > → >= ¦ a pre-filter: a row it adds (recovered = confirmed, in balance) fails both checks inside the loop ¦ for row in wide[(rec_ > conf_) | unbalanced].to_dict("records"):
briefing/checks.py ¦ 11 ¦ and → or ¦ a balanced row reaches the loop only when recovered > confirmed, which needs a negative count (the extractor reads no sign, corrections refuse one) ¦ if all(pd.notna(v) for v in (conf, rec, hosp, dead)) and abs(conf - (rec + hosp + dead)) > 1e-9:
briefing/checks.py ¦ 65 ¦ > → >= ¦ a difference of counts (read to 4 places) is 0 or at least 1e-4, never exactly 1e-9 ¦ if all(pd.notna(v) for v in (conf, rec, hosp, dead)) and abs(conf - (rec + hosp + dead)) > 1e-9:
"""


def _equivalent(table: str) -> dict[tuple[str, str, int, str], str]:
    out = {}
    for row in table.splitlines():
        if row.strip() and not row.startswith("#"):
            path, col, desc, reason, line = (x.strip() for x in row.split(" ¦ ", 4))
            out[(path, line, int(col), desc)] = reason
    return out


EQUIVALENT: dict[tuple[str, str, int, str], str] = _equivalent(_EQUIVALENT_TABLE)


@dataclass
class Mutant:
    path: str  # relative to the repository, e.g. extract/numbers.py
    line: int
    kind: str
    desc: str
    start: int  # byte span replaced in the module's source
    end: int
    new: str  # replacement text
    col: int = 0  # where the mutated node starts on its line (characters)
    source_line: str = ""  # that line of the unmutated module, stripped
    mutated_line: str = ""
    status: str = ""  # killed | survived | timeout | error
    seconds: float = 0.0
    detail: str = ""  # first failing test, for killed mutants

    @property
    def key(self) -> tuple[str, str, int, str]:
        """Names a mutant by its code, not its line number (lines move when the file changes)."""
        return (self.path, self.source_line, self.col, self.desc)


# ------------------------------------------------------------------ mutant generation

_CMP_SWAP = {
    ast.Lt: (ast.LtE, "<", "<="),
    ast.LtE: (ast.Lt, "<=", "<"),
    ast.Gt: (ast.GtE, ">", ">="),
    ast.GtE: (ast.Gt, ">=", ">"),
    ast.Eq: (ast.NotEq, "==", "!="),
    ast.NotEq: (ast.Eq, "!=", "=="),
}
_CMP_TOKEN = {"<": r"<(?!=)", "<=": r"<=", ">": r">(?!=)", ">=": r">=", "==": r"==", "!=": r"!="}


def _short(s: str, n: int = 40) -> str:
    s = s.replace("\n", "\\n")
    return s if len(s) <= n else s[: n - 1] + "…"


def regex_groups(p: str) -> list[tuple[int, int, list[int]]]:
    """(content start, content end, positions of its top-level |) for every group of the
    pattern p with an alternation, the pattern itself included. Escapes and [...] classes
    are skipped; an unbalanced ) (a fragment of a longer pattern) ends nothing."""
    stack: list[tuple[int, list[int]]] = [(0, [])]
    groups = []
    i, n = 0, len(p)
    while i < n:
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            j = i + 1
            if j < n and p[j] == "^":
                j += 1
            if j < n and p[j] == "]":
                j += 1
            while j < n and p[j] != "]":
                j += 2 if p[j] == "\\" else 1
            i = j + 1
            continue
        if c == "(":
            j = i + 1
            if p.startswith("?", j):
                m = re.match(r"\?(?:P<\w+>|P=\w+\)|[:=!>]|<[=!]|[aiLmsux-]+:|[aiLmsux]+\)|#[^)]*\))", p[j:])
                if m is None:
                    return []
                j += m.end()
                if m.group().endswith(")") and not m.group().startswith("?P<"):
                    i = j  # (?i) or (?P=name) or a comment: no content
                    continue
            stack.append((j, []))
            i = j
            continue
        if c == ")":
            if len(stack) > 1:
                start, bars = stack.pop()
                if bars:
                    groups.append((start, i, bars))
            i += 1
            continue
        if c == "|":
            stack[-1][1].append(i)
        i += 1
    if len(stack) == 1 and stack[0][1]:
        groups.append((0, n, stack[0][1]))
    return groups


def drop_alternatives(p: str) -> list[tuple[str, str, str]]:
    """(mutated pattern, the dropped alternative, the group) for each alternative of each
    alternation of p."""
    out = []
    for start, end, bars in regex_groups(p):
        edges = [start - 1, *bars, end]
        for k in range(len(edges) - 1):
            a, b = edges[k] + 1, edges[k + 1]
            if k < len(edges) - 2:
                new = p[:a] + p[b + 1 :]  # the alternative and the | after it
            else:
                new = p[: edges[k]] + p[b:]  # the | before it and the alternative
            out.append((new, p[a:b], p[start:end]))
    return out


class _Generator(ast.NodeVisitor):
    def __init__(self, path: str, src: str, functions: set[str] | None):
        self.path = path
        self.src = src
        self.b = src.encode("utf-8")
        self.line_starts = [0]
        for line in self.b.splitlines(keepends=True):
            self.line_starts.append(self.line_starts[-1] + len(line))
        self.functions = functions
        self.mutants: list[Mutant] = []
        self.docstrings: set[int] = set()
        self.fstring_parts: set[int] = set()
        self._in_target = functions is None

    # positions ----------------------------------------------------------------
    def off(self, lineno: int, col: int) -> int:
        return self.line_starts[lineno - 1] + col

    def span(self, node) -> tuple[int, int]:
        return self.off(node.lineno, node.col_offset), self.off(node.end_lineno, node.end_col_offset)

    def text(self, a: int, b: int) -> str:
        return self.b[a:b].decode("utf-8")

    def add(self, node, kind: str, desc: str, start: int, end: int, new: str):
        line = self.b[self.line_starts[node.lineno - 1] : self.line_starts[node.lineno]]
        col = len(line[: node.col_offset].decode("utf-8", "replace"))
        self.mutants.append(
            Mutant(
                self.path, node.lineno, kind, desc, start, end, new, col=col, source_line=line.decode("utf-8").strip()
            )
        )

    # scoping ------------------------------------------------------------------
    def visit_Module(self, node):
        self._docstring(node)
        self.generic_visit(node)

    def _docstring(self, node):
        body = getattr(node, "body", [])
        if (
            body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            self.docstrings.add(id(body[0].value))

    def _scoped(self, node):
        self._docstring(node)
        if self.functions is not None and not self._in_target and node.name in self.functions:
            self._in_target = True
            self.generic_visit(node)
            self._in_target = False
        else:
            self.generic_visit(node)

    visit_FunctionDef = visit_AsyncFunctionDef = visit_ClassDef = _scoped

    def visit_JoinedStr(self, node):
        for v in node.values:
            self.fstring_parts.add(id(v))
        self.generic_visit(node)

    # mutations ----------------------------------------------------------------
    def visit_Compare(self, node):
        if self._in_target:
            operands = [node.left, *node.comparators]
            for i, op in enumerate(node.ops):
                swap = _CMP_SWAP.get(type(op))
                if swap is None:
                    continue
                _, old, new = swap
                a = self.span(operands[i])[1]
                b = self.span(operands[i + 1])[0]
                gap = self.text(a, b)
                code = gap.split("#", 1)[0]
                m = re.search(_CMP_TOKEN[old], code)
                if m is None:
                    continue
                self.add(
                    node,
                    "cmp",
                    f"{old} → {new}",
                    a + len(gap[: m.start()].encode()),
                    a + len(gap[: m.end()].encode()),
                    new,
                )
        self.generic_visit(node)

    def visit_BoolOp(self, node):
        if self._in_target:
            old, new = ("and", "or") if isinstance(node.op, ast.And) else ("or", "and")
            # every operator of the chain: the one AST operator becomes the other
            parts = []
            for left, right in zip(node.values, node.values[1:]):
                a, b = self.span(left)[1], self.span(right)[0]
                gap = self.text(a, b)
                m = re.search(rf"\b{old}\b", gap.split("#", 1)[0])
                if m is None:
                    parts = []
                    break
                parts.append((a + len(gap[: m.start()].encode()), a + len(gap[: m.end()].encode())))
            if parts:
                start, end = parts[0][0], parts[-1][1]
                seg = self.b[start:end]
                for s, e in reversed(parts):
                    seg = seg[: s - start] + new.encode() + seg[e - start :]
                self.add(node, "boolop", f"{old} → {new}", start, end, seg.decode())
        self.generic_visit(node)

    def visit_UnaryOp(self, node):
        if self._in_target and isinstance(node.op, ast.Not):
            a, b = self.span(node)
            oa, ob = self.span(node.operand)
            self.add(
                node,
                "not",
                f"not {_short(self.text(oa, ob))} → {_short(self.text(oa, ob))}",
                a,
                b,
                "(" + self.text(oa, ob) + ")",
            )
        self.generic_visit(node)

    def visit_Return(self, node):
        v = node.value
        if self._in_target and isinstance(v, ast.Constant) and isinstance(v.value, bool):
            a, b = self.span(v)
            self.add(node, "return", f"return {v.value} → return {not v.value}", a, b, str(not v.value))
        self.generic_visit(node)

    def visit_Constant(self, node):
        if not self._in_target or id(node) in self.docstrings or id(node) in self.fstring_parts:
            return
        v = node.value
        a, b = self.span(node)
        if isinstance(v, int) and not isinstance(v, bool):
            for d in (1, -1):
                self.add(node, "int", f"{v} → {v + d}", a, b, str(v + d))
        elif isinstance(v, str) and "|" in v:
            try:
                re.compile(v)
            except re.error:
                return
            for new, alt, group in drop_alternatives(v):
                try:
                    re.compile(new)
                except re.error:
                    continue
                self.add(node, "regex", f"drop {alt!r} from {_short(group)!r}", a, b, repr(new))

    def _table(self, node, elts, open_, close):
        if not self._in_target or len(elts) < 2:
            return
        if not all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in elts):
            return
        segs = [self.text(*self.span(e)) for e in elts]
        a, b = self.span(node)
        for k, e in enumerate(elts):
            rest = segs[:k] + segs[k + 1 :]
            body = ", ".join(rest) + ("," if open_ == "(" and len(rest) == 1 else "")
            self.add(e, "table", f"drop {e.value!r} ({len(elts)} → {len(elts) - 1})", a, b, open_ + body + close)

    def visit_Tuple(self, node):
        self._table(node, node.elts, "(", ")")
        self.generic_visit(node)

    def visit_List(self, node):
        self._table(node, node.elts, "[", "]")
        self.generic_visit(node)

    def visit_Set(self, node):
        self._table(node, node.elts, "{", "}")
        self.generic_visit(node)

    def visit_Dict(self, node):
        keys = node.keys
        if (
            self._in_target
            and len(keys) >= 2
            and all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in keys)
        ):
            items = [f"{self.text(*self.span(k))}: {self.text(*self.span(v))}" for k, v in zip(keys, node.values)]
            a, b = self.span(node)
            for i, k in enumerate(keys):
                self.add(
                    k,
                    "table",
                    f"drop key {k.value!r} ({len(keys)} → {len(keys) - 1})",
                    a,
                    b,
                    "{" + ", ".join(items[:i] + items[i + 1 :]) + "}",
                )
        self.generic_visit(node)


def parse_target(spec: str) -> tuple[str, set[str] | None]:
    path, _, funcs = spec.partition(":")
    return path, ({f for f in funcs.split(",") if f} if funcs else None)


def generate(root: Path, spec: str) -> list[Mutant]:
    """Every valid, distinct mutant of a target (path or path:func1,func2)."""
    path, functions = parse_target(spec)
    src = (root / path).read_text(encoding="utf-8")
    tree = ast.parse(src)
    if functions:
        defined = {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
        missing = functions - defined
        if missing:
            raise SystemExit(f"{path}: no function {', '.join(sorted(missing))}")
    gen = _Generator(path, src, functions)
    gen.visit(tree)
    out, seen = [], set()
    for m in gen.mutants:
        new_src = gen.b[: m.start] + m.new.encode() + gen.b[m.end :]
        if new_src == gen.b or new_src in seen:
            continue
        try:
            compile(new_src, path, "exec")
        except SyntaxError:
            continue
        seen.add(new_src)
        # the mutated source's line where the change starts (a word table is rewritten on one line)
        a = new_src.rfind(b"\n", 0, m.start) + 1
        b = new_src.find(b"\n", m.start)
        m.mutated_line = new_src[a : b if b >= 0 else len(new_src)].decode("utf-8").strip()
        out.append(m)
    return out


def sample(mutants: list[Mutant], n: int, seed: int, spec: str) -> list[Mutant]:
    if n <= 0 or len(mutants) <= n:
        return list(mutants)
    rng = random.Random(f"{seed}:{spec}")
    picked = rng.sample(range(len(mutants)), n)
    return [mutants[i] for i in sorted(picked)]


# ------------------------------------------------------------------ running


def _ignore(root: Path):
    def ignore(directory, names):
        rel = Path(directory).resolve().relative_to(root)
        skip = {n for n in names if n in _SKIP_ANY or n.endswith(".egg-info")}
        if rel == Path("."):
            skip |= {n for n in names if n in _SKIP_TOP}
        if rel == Path("bench"):
            skip |= {"archive"}
        return skip

    return ignore


def make_copy(root: Path, dst: Path) -> Path:
    shutil.copytree(root, dst, ignore=_ignore(root), symlinks=True)
    return dst


def _env(copy: Path) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(copy) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # a mutant of the same size and second must not reuse a .pyc
    env.pop("REQUIRE_BROWSER", None)
    return env


_RUNNING: set[subprocess.Popen] = set()  # the test runs under way (killed on Ctrl-C / SIGTERM)
_STOP = threading.Event()


def _kill(proc: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)  # pytest and anything it started (its own session)


def run_tests(copy: Path, tests: list[str], timeout: float) -> tuple[str, float, str]:
    """('passed' | 'failed' | 'timeout' | 'error', seconds, the first failure's line)."""
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "-x",
        "-q",
        "-p",
        "no:cacheprovider",
        "--no-header",
        "-m",
        "not browser",
        *tests,
    ]
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        cwd=copy,
        env=_env(copy),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    _RUNNING.add(proc)
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(proc)
        proc.communicate()
        return "timeout", time.perf_counter() - t0, ""
    finally:
        _RUNNING.discard(proc)
    if _STOP.is_set():
        return "error", time.perf_counter() - t0, "interrupted"
    secs = time.perf_counter() - t0
    if proc.returncode == 0:
        return "passed", secs, ""
    if proc.returncode in (1, 2):  # tests failed, or collection failed (the mutant broke an import)
        first = next((ln for ln in out.splitlines() if ln.startswith(("FAILED", "ERROR"))), "")
        return "failed", secs, first[:200]
    return "error", secs, out[-2000:]


def check_imports(copy: Path) -> None:
    res = subprocess.run(
        [sys.executable, "-c", "import extract, briefing; print(extract.__file__)"],
        cwd=copy,
        env=_env(copy),
        capture_output=True,
        text=True,
    )
    where = Path(res.stdout.strip()).resolve()
    if res.returncode != 0 or copy.resolve() not in where.parents:
        raise SystemExit(f"the copy does not import its own extract package: {res.stdout}{res.stderr}")


def run(mutants: list[Mutant], copies: list[Path], tests_of, timeout_of, progress=True) -> None:
    todo: queue.Queue = queue.Queue()
    for m in mutants:
        todo.put(m)
    originals: dict[tuple[Path, str], bytes] = {}
    lock = threading.Lock()
    done = [0]

    finished = threading.Semaphore(0)

    def worker(copy: Path):
        try:
            work(copy)
        finally:
            finished.release()

    def work(copy: Path):
        while not _STOP.is_set():
            try:
                m = todo.get_nowait()
            except queue.Empty:
                return
            target = copy / m.path
            key = (copy, m.path)
            if key not in originals:
                originals[key] = target.read_bytes()
            orig = originals[key]
            target.write_bytes(orig[: m.start] + m.new.encode() + orig[m.end :])
            try:
                result, secs, detail = run_tests(copy, tests_of(m.path), timeout_of(m.path))
            except Exception as exc:  # never lose the run to one mutant
                result, secs, detail = "error", 0.0, repr(exc)
            finally:
                target.write_bytes(orig)
            m.status = {"passed": "survived", "failed": "killed"}.get(result, result)
            m.seconds, m.detail = round(secs, 2), detail
            with lock:
                done[0] += 1
                if progress:
                    print(
                        f"  [{done[0]}/{len(mutants)}] {m.status:8} {m.path}:{m.line} {m.kind} {m.desc} ({secs:.1f}s)",
                        file=sys.stderr,
                        flush=True,
                    )

    threads = [threading.Thread(target=worker, args=(c,), daemon=True) for c in copies]
    for t in threads:
        t.start()
    # Waits on a semaphore, not Thread.join: a join interrupted by Ctrl-C can leave the
    # thread looking finished (CPython 3.11), and the copies would go while it restores.
    left = len(threads)
    try:
        while left:
            if finished.acquire(timeout=0.5):
                left -= 1
    except KeyboardInterrupt:
        _STOP.set()
        for proc in list(_RUNNING):
            _kill(proc)
        deadline = time.monotonic() + 30
        while left and time.monotonic() < deadline:
            if finished.acquire(timeout=0.5):
                left -= 1
        raise


# ------------------------------------------------------------------ report


def summary(mutants: list[Mutant], specs: list[str]) -> list[dict]:
    rows = []
    for spec in [*specs, "total"]:
        path = parse_target(spec)[0]
        ms = mutants if spec == "total" else [m for m in mutants if m.path == path]
        n = len(ms)
        killed = sum(m.status == "killed" for m in ms)
        timeouts = sum(m.status == "timeout" for m in ms)
        survived = sum(m.status == "survived" for m in ms)
        errors = sum(m.status == "error" for m in ms)
        equiv = sum(m.status == "survived" and m.key in EQUIVALENT for m in ms)
        score = 100.0 * (killed + timeouts) / n if n else 0.0
        score_ne = 100.0 * (killed + timeouts) / (n - equiv) if n - equiv else 0.0
        rows.append(
            {
                "module": spec,
                "mutants": n,
                "killed": killed,
                "survived": survived,
                "timeouts": timeouts,
                "errors": errors,
                "equivalent": equiv,
                "score": round(score, 1),
                "score_without_equivalent": round(score_ne, 1),
            }
        )
    return rows


def print_report(rows: list[dict], mutants: list[Mutant], wall: float) -> None:
    w = max(len(r["module"]) for r in rows)
    head = f"{'module':<{w}}  mutants  killed  survived  timeouts  errors  score   equiv  score w/o equiv"
    print(head)
    print("-" * len(head))
    for r in rows:
        print(
            f"{r['module']:<{w}}  {r['mutants']:>7}  {r['killed']:>6}  {r['survived']:>8}  "
            f"{r['timeouts']:>8}  {r['errors']:>6}  {r['score']:>5.1f}%  {r['equivalent']:>5}  "
            f"{r['score_without_equivalent']:>5.1f}%"
        )
    surv = [m for m in mutants if m.status in ("survived", "error")]
    if surv:
        print(f"\nsurvivors ({len(surv)}):")
        for m in sorted(surv, key=lambda m: (m.path, m.line)):
            tag = "  [equivalent: " + EQUIVALENT[m.key] + "]" if m.key in EQUIVALENT else ""
            err = "  [error]" if m.status == "error" else ""
            print(f"  {m.path}:{m.line}  {m.kind:6} {m.desc}{tag}{err}")
            print(f"      {_short(m.mutated_line, 150)}")
    print(f"\nwall time {wall:.0f} s")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--modules",
        nargs="+",
        default=DEFAULT_MODULES,
        help="targets: path or path:func1,func2 (default: numbers, dates, places, classify, the timeline's checks)",
    )
    ap.add_argument("--max-per-module", type=int, default=60, help="0 = all mutants")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--tests", nargs="+", help="test files for every module (default: per module)")
    ap.add_argument("--jobs", type=int, default=max(1, min(os.cpu_count() or 1, 2)))
    ap.add_argument(
        "--timeout", type=float, default=0, help="seconds per mutant (default: 4× the unmutated run, at least 60)"
    )
    ap.add_argument("--json", help="write the results here")
    ap.add_argument("--list", action="store_true", help="list the sampled mutants, run nothing")
    ap.add_argument("--keep", action="store_true", help="keep the temporary copies")
    args = ap.parse_args(argv)

    signal.signal(signal.SIGTERM, signal.default_int_handler)  # SIGTERM cleans up like Ctrl-C
    t_start = time.perf_counter()
    mutants: list[Mutant] = []
    for spec in args.modules:
        everyone = generate(ROOT, spec)
        picked = sample(everyone, args.max_per_module, args.seed, spec)
        print(f"{spec}: {len(everyone)} mutants, {len(picked)} sampled", file=sys.stderr)
        mutants.extend(picked)
    if args.list:
        for m in mutants:
            print(f"{m.path}:{m.line}  {m.kind:6} {m.desc}\n      {_short(m.mutated_line, 150)}")
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="zz-mutation-"))
    try:
        copies = [make_copy(ROOT, tmp / f"copy{j}") for j in range(max(1, args.jobs))]
        check_imports(copies[0])
        # each module's tests, as the copies hold them (fixed now: files written later don't count)
        tests_by_path: dict[str, list[str]] = {}
        for path in dict.fromkeys(m.path for m in mutants):
            wanted = args.tests or DEFAULT_TESTS.get(path) or _EXTRACT_TESTS
            tests_by_path[path] = [t for t in wanted if (copies[0] / t).exists()]
            missing = [t for t in wanted if t not in tests_by_path[path]]
            if missing:
                print(f"{path}: no {' '.join(missing)} (skipped)", file=sys.stderr)
            if not tests_by_path[path]:
                print(f"{path}: no tests to run", file=sys.stderr)
                return 2

        def tests_of(path: str) -> list[str]:
            return tests_by_path[path]

        # the unmutated code must pass its tests; their time sets the timeout
        baseline: dict[tuple[str, ...], float] = {}
        for path in dict.fromkeys(m.path for m in mutants):
            tests = tuple(tests_of(path))
            if tests in baseline:
                continue
            result, secs, detail = run_tests(copies[0], list(tests), 600)
            if result != "passed":
                print(f"the unmutated code fails {' '.join(tests)}: {result}\n{detail}", file=sys.stderr)
                return 2
            baseline[tests] = secs
            print(f"baseline {' '.join(tests)}: {secs:.1f} s", file=sys.stderr)

        def timeout_of(path: str) -> float:
            return args.timeout or max(60.0, 4 * baseline[tuple(tests_of(path))])

        run(mutants, copies, tests_of, timeout_of)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    finally:
        if args.keep:
            print(f"copies kept in {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    wall = time.perf_counter() - t_start
    rows = summary(mutants, args.modules)
    print_report(rows, mutants, wall)
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "seed": args.seed,
                    "max_per_module": args.max_per_module,
                    "wall_seconds": round(wall, 1),
                    "summary": rows,
                    "mutants": [{**asdict(m), "equivalent": EQUIVALENT.get(m.key, "")} for m in mutants],
                },
                ensure_ascii=False,
                indent=1,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
