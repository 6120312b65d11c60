"""A Streamlit server on a free local port, for the browser tests and the browser benchmarks.

    from tests.streamlit_server import serving

    with serving(["-m", "app.pages.serve"], env, log) as server:
        page.goto(server.url)

The one place that starts a server (`python LAUNCH --server.port … --server.address 127.0.0.1`:
never reachable from outside this machine), waits until /_stcore/health answers "ok" and stops
it again (its whole process group: the launcher and whatever it started). No pytest and no
conftest here: bench/ imports it as well (bench scripts put the repository root on sys.path).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
HEALTH_TIMEOUT_S = 90.0


class ServerFailed(RuntimeError):
    """The server exited or did not answer its health check in time; the message ends with its log."""


@dataclass
class Server:
    proc: subprocess.Popen
    port: int
    healthy_s: float  # seconds from the start until /_stcore/health answered

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}/"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def wait_healthy(proc: subprocess.Popen, port: int, log: Path, timeout: float = HEALTH_TIMEOUT_S) -> None:
    url = f"http://{HOST}:{port}/_stcore/health"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ServerFailed(f"streamlit exited with {proc.returncode}:\n{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200 and resp.read().strip() == b"ok":
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise ServerFailed(f"streamlit did not serve within {timeout} s:\n{log.read_text(errors='replace')}")


def stop(proc: subprocess.Popen) -> None:
    """Terminate the server we started (its own process group), then kill if need be."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, 15)
    except (ProcessLookupError, PermissionError):
        proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, 9)
        except (ProcessLookupError, PermissionError):
            proc.kill()
        proc.wait(timeout=10)


def start(
    launch: Sequence[str], env: dict, log: Path, extra: Sequence[str] = (), timeout: float = HEALTH_TIMEOUT_S
) -> Server:
    """`python LAUNCH --server.port PORT … EXTRA` from the repository root, on a free local port,
    output to `log`; returned once healthy (stopped again and ServerFailed if it never is).
    LAUNCH is how it is started: ["-m", "app.pages.serve"] (as `bash dev.sh app` does) or
    ["-m", "streamlit", "run", "dashboard.py"]; EXTRA ends with ["--", APP_ARGS…] for the app."""
    port = free_port()
    cmd = [
        sys.executable,
        *launch,
        "--server.port",
        str(port),
        "--server.address",
        HOST,
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        *extra,
    ]
    t0 = time.monotonic()
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_healthy(proc, port, log, timeout)
    except BaseException:
        stop(proc)
        raise
    return Server(proc, port, time.monotonic() - t0)


@contextlib.contextmanager
def serving(
    launch: Sequence[str], env: dict, log: Path, extra: Sequence[str] = (), timeout: float = HEALTH_TIMEOUT_S
) -> Iterator[Server]:
    """start(), stopped when the block ends."""
    server = start(launch, env, log, extra, timeout)
    try:
        yield server
    finally:
        stop(server.proc)
