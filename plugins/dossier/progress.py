"""One line per build stage on standard output, with the time since the build started and the build process's CPU
time (on a shared machine the wall time is mostly waiting for a core; the CPU time says what the stage cost)."""

from __future__ import annotations

import sys
import time

_started = time.perf_counter()
_cpu_started = time.process_time()


def restart() -> None:
    global _started, _cpu_started
    _started = time.perf_counter()
    _cpu_started = time.process_time()


def progress(message: str) -> None:
    print(f"[{time.perf_counter() - _started:5.2f} s, cpu {time.process_time() - _cpu_started:5.2f} s] {message}", file=sys.stdout, flush=True)
