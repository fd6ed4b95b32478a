"""One line per build stage on standard output, with the time since the build started."""

from __future__ import annotations

import sys
import time

_started = time.perf_counter()


def restart() -> None:
    global _started
    _started = time.perf_counter()


def progress(message: str) -> None:
    print(f"[{time.perf_counter() - _started:5.2f} s] {message}", file=sys.stdout, flush=True)
