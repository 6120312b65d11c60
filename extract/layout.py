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

# One-to-one character normalisation: digits, letters, and the punctuation the rules use.
_ALNUM = {chr(0xFF10 + i): str(i) for i in range(10)}
_ALNUM.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
_ALNUM.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})
ALNUM_TABLE = str.maketrans(_ALNUM)
_HAS_FW_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
# Punctuation is common (one "，" every ~20 characters): a chain of str.replace is a fast
# C scan each, far faster than str.translate with a dict on non-ASCII text.
_PUNCT = (("，", ","), ("：", ":"), ("；", ";"), ("（", "("), ("）", ")"), ("％", "%"),
          ("！", "!"), ("？", "?"), ("．", "."), ("\u3000", " "), ("～", "~"), ("－", "-"),
          ("\u00a0", " "), ("\r", "\n"), ("\t", " "), ("﹪", "%"), ("﹐", ","))


def normalize_width(text: str) -> str:
    """Full-width digits, letters and punctuation → ASCII, one character for one."""
    for a, b in _PUNCT:
        if a in text:
            text = text.replace(a, b)
    if _HAS_FW_ALNUM.search(text):
        text = text.translate(ALNUM_TABLE)
    return text

# Continuation marks and cross-references: page furniture, not article text.
_FURNITURE = re.compile(r"(?:>{2,3}|▶▶?|》》)\s*(?:下转|上接|接|详见|转)\s*[A-Za-z]?\d*\s*版?\s*[①-⑩\d]?")
_BREAK = re.compile(r"[ ]*\n[\s]*")
_TERMINAL = set("。!?…”」』】》")
_INNER_PUNCT = re.compile(r"[,、;]")
_BYLINE_START = re.compile(r"(?:株洲日报|本报|记者|通讯员|新华社|#)")
_UNIT_START = re.compile(r"[例人名位家个%条台辆项户余多万亿成]")


@dataclass(frozen=True)
class OffsetMap:
    clean_starts: list[int]   # start of each run in the clean text
    orig_starts: list[int]    # where that run starts in the original text

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


def _should_join(prev_line: str, next_text: str) -> bool:
    """A line break inside a sentence (page column break) rather than a paragraph end."""
    if not prev_line or not next_text:
        return False
    last = prev_line[-1]
    if last in _TERMINAL or prev_line.lstrip().startswith("#"):
        return False
    if _BYLINE_START.match(next_text):
        return False
    if last.isdigit() and (next_text[0].isdigit() or _UNIT_START.match(next_text[0])):
        return True   # 在院治疗38⏎⏎例
    if last in ",、:;(":
        return True
    # Headlines are short and unpunctuated; a broken body line is long or punctuated.
    return len(prev_line) >= 40 or bool(_INNER_PUNCT.search(prev_line))


def repair(original: str) -> Repaired:
    text = normalize_width(original)
    # Page furniture becomes a paragraph break of the same length, so offsets are untouched.
    text = _FURNITURE.sub(lambda m: "\n" + " " * (len(m.group()) - 1), text)
    pieces: list[str] = []
    clean_starts: list[int] = []
    orig_starts: list[int] = []
    clean_len = 0
    pos = 0
    line_start = 0  # start of the current line in `text`
    for m in _BREAK.finditer(text):
        seg = text[pos:m.start()]
        if seg:
            clean_starts.append(clean_len)
            orig_starts.append(pos)
            pieces.append(seg)
            clean_len += len(seg)
        prev_line = text[line_start:m.start()].strip()
        next_text = text[m.end():m.end() + 8]
        if not _should_join(prev_line, next_text):
            clean_starts.append(clean_len)
            orig_starts.append(m.start())
            pieces.append("\n")
            clean_len += 1
            line_start = m.end()
        pos = m.end()
    seg = text[pos:]
    if seg:
        clean_starts.append(clean_len)
        orig_starts.append(pos)
        pieces.append(seg)
    if not clean_starts:
        clean_starts, orig_starts = [0], [0]
    return Repaired("".join(pieces), OffsetMap(clean_starts, orig_starts))
