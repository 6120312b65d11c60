"""Bad input and what a command line says about it: one message in Chinese and English.

Every layer raises :class:`InputError` for input it refuses, and every CLI (``python -m
extract|store|briefing``) ends in :func:`guarded`, so a user sees one zh/en line and a non-zero
exit, never a traceback (``-v`` shows it).
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable


class InputError(ValueError):
    """Bad input, with a message for the user in Chinese and in English."""

    def __init__(self, code: str, zh: str, en: str):
        super().__init__(f"{en} / {zh}")
        self.code, self.zh, self.en = code, zh, en


def describe(exc: BaseException) -> tuple[str, str]:
    """(zh, en) for an error a user can act on, without a traceback's words."""
    if isinstance(exc, InputError):
        return exc.zh, exc.en
    if isinstance(exc, OSError):
        where = f"{exc.filename}：" if getattr(exc, "filename", None) else ""
        where_en = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        if isinstance(exc, FileNotFoundError):
            return f"{where}找不到该文件或文件夹", f"{where_en}no such file or folder"
        if isinstance(exc, PermissionError):
            return f"{where}没有权限", f"{where_en}permission denied"
        if isinstance(exc, IsADirectoryError):
            return f"{where}这是一个文件夹，不是文件", f"{where_en}this is a folder, not a file"
        why = exc.strerror or str(exc)
        return f"{where}无法读写（{why}）", f"{where_en}cannot read or write ({why})"
    if isinstance(exc, RecursionError):
        return "输入嵌套层数过多", "the input is nested too deeply"
    first = (str(exc).strip().splitlines() or [exc.__class__.__name__])[0][:300]
    return f"出错：{first}", f"error: {first}"


def one_line(exc: BaseException) -> str:
    zh, en = describe(exc)
    return f"{zh} / {en}"


def guarded(run: Callable[[], int], verbose: bool = False, also: tuple[type[BaseException], ...] = ()) -> int:
    """run() → its exit code; a refusal or a system error (InputError, OSError, ValueError, and
    also: a layer's own, such as duckdb.Error) → one zh/en line on stderr and exit 1."""
    caught: tuple[type[BaseException], ...] = (InputError, OSError, ValueError, RecursionError, *also)
    try:
        return run()
    except BrokenPipeError:  # the reader went away (| head): nothing to say, and nowhere to say it
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except caught as exc:
        print(one_line(exc), file=sys.stderr)
        if verbose:
            traceback.print_exc()
        return 1
