"""Worker processes: how many, and how they treat interrupts. Shared by the alignment workers of a
check (factcheck.pipeline) and the parsing workers of an index run (factcheck.index)."""

from __future__ import annotations

import os
import signal


def default_jobs() -> int:
    """Worker processes: one per CPU this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def leave_interrupts_to_parent() -> None:
    """In a worker: Ctrl-C reaches the whole process group, and a pool's clean-up ends its workers
    with SIGTERM; the parent handles both (and removes half-written files), so neither should print
    a worker's traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
