"""Layout repair for newspaper page dumps, keeping a map back to the original offsets.

Page dumps break sentences across blank lines mid-word and mid-number
(`在院治疗38⏎⏎例`), carry continuation marks (`>>> 下转 A2版`) and mix full- and
half-width forms. `repair()` returns a cleaned text for matching plus an `OffsetMap`
so every match can be reported as a slice of the *original* text.

The clean text only ever *drops* characters or turns a run of them into one "\\n", and
full-width forms are mapped one character to one character, so the map is a short
list of runs rather than one entry per character (cheap on large archives).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

# One-to-one character normalisation: digits, letters, and the punctuation the rules use.
_ALNUM = {chr(0xFF10 + i): str(i) for i in range(10)}
_ALNUM.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
_ALNUM.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})
ALNUM_TABLE = str.maketrans(_ALNUM)
_HAS_FW_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
# "，" is by far the most common (one every ~20 characters): one str.replace, a C scan.
# The other forms are rare: one regex finds them and a dict maps each, far cheaper than
# str.translate with a dict, which is slow on non-ASCII text.
_PUNCT = {
    "：": ":",
    "；": ";",
    "（": "(",
    "）": ")",
    "％": "%",
    "！": "!",
    "？": "?",
    "．": ".",
    "\u3000": " ",
    "～": "~",
    "－": "-",
    "\u00a0": " ",
    "\r": "\n",
    "\t": " ",
    "﹪": "%",
    "﹐": ",",
    # 已治愈出院181例[咸安53例,…]: a mirror's square brackets hold what round ones do
    "[": "(",
    "]": ")",
    "［": "(",
    "］": ")",
}
_RARE_PUNCT = re.compile("[" + "".join(map(re.escape, _PUNCT)) + "]")
# a "?" between a Chinese character and pinyin residue or a stray "|": an encoding's loss
_GARBLED_MARK = re.compile(r"(?<=[\u4e00-\u9fff])\?(?=[a-zA-Z\u00c0-\u024f|])")


def normalize_width(text: str) -> str:
    """Full-width digits, letters and punctuation → ASCII, traditional characters →
    simplified, always one character for one (offsets stay those of the original)."""
    text = text.replace("，", ",")
    text = _RARE_PUNCT.sub(lambda m: _PUNCT[m.group()], text)
    if "?" in text:  # 河?xùn)|區: a character lost in a mirror's encoding, no question's end
        text = _GARBLED_MARK.sub("·", text)
    if _HAS_FW_ALNUM.search(text):
        text = text.translate(ALNUM_TABLE)
    traditional, table = _t2s()
    if traditional.search(text):
        text = text.translate(table)
    return text


# Variant forms OpenCC's t2s leaves alone that Hong Kong and Taiwan pages write for a
# place's or a word's usual character (陜西 for 陝西/陕西, 衞生 for 卫生)
_VARIANTS = {"陜": "陕", "衞": "卫"}


@cache
def _t2s() -> tuple[re.Pattern, dict[int, str]]:
    """OpenCC's Traditional→Simplified mapping, restricted to the characters it maps to
    exactly one character: reposts write 累計確診, 治癒出院, 長沙; the rules are written
    in simplified characters. Phrase-level conversions that change a text's length are
    left out on purpose: quotes and offsets must stay those of the original text."""
    import opencc

    chars = [chr(c) for c in range(0x3400, 0xA000)]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    table = {ord(a): b for a, b in zip(chars, converted) if a != b and len(b) == 1}
    table.update({ord(a): b for a, b in _VARIANTS.items()})
    return re.compile("[" + "".join(map(chr, table)) + "]"), table


# Continuation marks and cross-references: page furniture, not article text.
_FURNITURE = re.compile(r"(?:>{2,3}|▶▶?|》》)\s*(?:下转|上接|接|详见|转)\s*[A-Za-z]?\d*\s*版?\s*[①-⑩\d]?")
_FURNITURE_GATE = re.compile(r">>|▶|》》")
_BREAK = re.compile(r"[ ]*\n[\s]*")
# Some reposts gloss characters with pinyin (迎澤區(qū)1例): dropped like a column break.
_PINYIN_GLOSS = r"(?<=[\u4e00-\u9fff])\([a-zü\u00e0-\u01dc]{1,7}\)"
_GLOSS_GATE = re.compile(r"\([a-zü\u00e0-\u01dc]")
_BREAK_OR_GLOSS = re.compile(r"(?P<gloss>" + _PINYIN_GLOSS + r")|[ ]*\n[\s]*")
_TERMINAL = set("。!?…”」』】》")
_INNER_PUNCT = re.compile(r"[,、;]")
_BYLINE_START = re.compile(r"(?:[\u4e00-\u9fff]{2,4}(?:日报|晚报)|本报|记者|通讯员|新华社|#)")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PAGE_STAMP = re.compile(r"(?:发布日期|发布时间|发稿时间|来源)\s*[:：]\s*\d{4}-\d{1,2}-\d{1,2}")
_UNIT_START = re.compile(r"[例人名位家个%条台辆项户余多万亿成]")


@dataclass(frozen=True)
class OffsetMap:
    clean_starts: list[int]  # start of each run in the clean text
    orig_starts: list[int]  # where that run starts in the original text

    def orig(self, i: int) -> int:
        k = bisect_right(self.clean_starts, i) - 1
        return self.orig_starts[k] + (i - self.clean_starts[k])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Clean [start, end) → original [start, end) covering the same characters."""
        if end <= start:
            o = self.orig(start)
            return o, o
        return self.orig(start), self.orig(end - 1) + 1


@dataclass(frozen=True)
class Repaired:
    text: str
    offsets: OffsetMap


_HEADING = re.compile(r"\s*#")
# a place's name, a colon, then its figures: 韩国:新增438例,累计确诊5766例
# 二、企业开工情况: a numbered section's heading
_NUMBERED_HEADING = re.compile(r"\s*[一二三四五六七八九十]{1,3}、[^。,，:：;；]{1,24}$")
_LABELLED_HEADING = re.compile(r"\s*[\u4e00-\u9fff]{2,8}[:：][^。:：]*\d[^。:：]*$")


def _should_join(text: str, line_start: int, line_end: int, nxt: int) -> bool:
    """Is the break at text[line_end:nxt] inside a sentence (a page column break) rather
    than a paragraph end? Works on offsets: the "line" is the paragraph so far, which can
    be long, and must not be copied at every break."""
    if line_end <= line_start or nxt >= len(text):
        return False
    last = text[line_end - 1]
    if last in _TERMINAL or _HEADING.match(text, line_start):
        return False
    if _BYLINE_START.match(text, nxt):
        return False
    tail = max(line_start, line_end - 80)  # (bounded: the line may be a long paragraph so far)
    if not _CJK.search(text, tail, line_end) or _PAGE_STAMP.search(text, tail, line_end):
        return False  # an English title line; 发布日期: 2020-02-04 来源:… (the page's stamp line)
    first = text[nxt]
    if last.isdigit() and _UNIT_START.match(first):
        return True  # 在院治疗38⏎⏎例
    if last.isdigit() and first.isdigit():
        # 在院治疗3⏎⏎8例 joins; 阅读数：1234⏎2月17日 (a page counter, then a date) does not
        digits = _DIGITS.match(text, nxt)
        return digits is not None and _UNIT_START.match(text, digits.end()) is not None
    if last in ",、:;(":
        return True
    if line_end - line_start < 40 and (
        _LABELLED_HEADING.match(text, line_start, line_end) or _NUMBERED_HEADING.match(text, line_start, line_end)
    ):
        return False  # 韩国:新增438例,累计确诊5766例⏎(the section): a round-up's sub-heading
    # Headlines are short and unpunctuated; a broken body line is long or punctuated.
    return line_end - line_start >= 40 or _INNER_PUNCT.search(text, line_start, line_end) is not None


def repair(original: str) -> Repaired:
    text = normalize_width(original)
    # Page furniture becomes a paragraph break of the same length, so offsets are untouched.
    # (each pass runs only when its first characters are there: a scan by a literal is far
    # cheaper than a pattern tried at every position)
    if _FURNITURE_GATE.search(text):
        text = _FURNITURE.sub(lambda m: "\n" + " " * (len(m.group()) - 1), text)
    # Each run of line breaks becomes "" (joined) or "\n" (a paragraph end); re.sub does the
    # copying in C, and the offset map is rebuilt from the recorded (start, end, kept) runs.
    runs: list[tuple[int, int, int]] = []
    line_start = 0

    def decide(m: re.Match) -> str:
        nonlocal line_start
        if m.lastgroup == "gloss":
            runs.append((m.start(), m.end(), 0))
            return ""
        if _should_join(text, line_start, m.start(), m.end()):
            runs.append((m.start(), m.end(), 0))
            return ""
        if m.end() - m.start() > 1:  # (a lone "\n" kept moves no offset: nothing to map)
            runs.append((m.start(), m.end(), 1))
        line_start = m.end()
        return "\n"

    clean = (_BREAK_OR_GLOSS if _GLOSS_GATE.search(text) else _BREAK).sub(decide, text)
    clean_starts, orig_starts = [0], [0]
    shift = 0  # original offset minus clean offset after the runs seen so far
    for start, end, kept in runs:
        if kept:  # the "\n" stands for the run's first character
            clean_starts.append(start - shift)
            orig_starts.append(start)
        shift += (end - start) - kept
        clean_starts.append(end - shift)
        orig_starts.append(end)
    return Repaired(clean, OffsetMap(clean_starts, orig_starts))
