"""Bytes → text: encoding detection, HTML to text, and clear refusals of bad input."""
from __future__ import annotations

from dataclasses import dataclass


class InputError(ValueError):
    """Bad input, with a message for the user in Chinese and in English."""

    def __init__(self, code: str, zh: str, en: str):
        super().__init__(f"{en} / {zh}")
        self.code, self.zh, self.en = code, zh, en


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    kind: str = "text"   # text | html


def decode_bytes(data: bytes, name: str = "") -> Decoded:
    if not data.strip():
        raise InputError("empty", f"文件为空：{name}", f"empty file: {name}")
    if data.startswith(b"\xef\xbb\xbf"):
        return Decoded(data[3:].decode("utf-8"), "utf-8-sig")
    for enc in ("utf-8", "gb18030"):
        try:
            return Decoded(data.decode(enc), enc)
        except UnicodeDecodeError:
            continue
    raise InputError("undecodable", f"无法识别文件编码：{name}", f"cannot decode file: {name}")
