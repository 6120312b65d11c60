"""Atomic file writes and a per-folder lock for the corpus folder.

A write goes to a temporary file in the same folder (so ``os.replace`` is a rename on
one file system), is flushed and fsync'ed, then renamed over the target: readers see the
old file or the new one, never half of either. The temporary file is removed on any
exception, including one injected through :data:`_before_replace` by the tests.

Temporary names start with "." and end in ".tmp", so a leftover from a power cut is
never mistaken for an article (articles are .txt/.html/.htm).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

# Test hook: called as _before_replace(tmp_path, target) after the temporary file is
# written and fsync'ed, just before os.replace. Raise from it to simulate a crash.
_before_replace: Callable[[Path, Path], None] | None = None

TMP_SUFFIX = ".tmp"


def _tmp_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}{TMP_SUFFIX}")


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable; not every platform can open a directory (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> Path:
    """Replace (or create) ``path`` with ``data`` atomically; returns the path."""
    target = Path(path)
    tmp = _tmp_path(target)
    # O_EXCL: never follow or clobber anything already there; mode 0o666 minus umask,
    # like an ordinary new file (mkstemp would give 0o600).
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, 0o666)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(FileNotFoundError):  # replacing a file keeps its permissions
            os.chmod(tmp, stat.S_IMODE(os.stat(target).st_mode))
        if _before_replace is not None:
            _before_replace(tmp, target)
        os.replace(tmp, target)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)
    return target


def write_text_atomic(path: str | os.PathLike, text: str) -> Path:
    """UTF-8, no BOM, line endings exactly as in ``text`` (no newline translation)."""
    return write_bytes_atomic(path, text.encode("utf-8"))


# ------------------------------------------------------------------- folder lock

_GUARD = threading.Lock()
_LOCKS: dict[str, list] = {}  # realpath → [RLock, depth, fd or None]


@contextmanager
def folder_lock(folder: str | os.PathLike) -> Iterator[None]:
    """Serialise read-modify-write of a corpus folder (corpus.json, corrections.csv).

    Threads of this process (Streamlit sessions) queue on a lock; other processes
    (the CLI next to the app) on ``flock`` of the folder itself where the platform has
    it. Re-entrant within a thread. Nothing is written into the folder.
    """
    key = os.path.realpath(folder)
    with _GUARD:
        entry = _LOCKS.setdefault(key, [threading.RLock(), 0, None])
    lock = entry[0]
    with lock:
        if entry[1] == 0:
            entry[2] = _flock(key)
        entry[1] += 1
        try:
            yield
        finally:
            entry[1] -= 1
            if entry[1] == 0 and entry[2] is not None:
                _funlock(entry[2])
                entry[2] = None


def _flock(path: str) -> int | None:
    try:
        import fcntl
    except ImportError:  # Windows: the in-process lock only
        return None
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
    except OSError:
        os.close(fd)
        return None
    return fd


def _funlock(fd: int) -> None:
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
