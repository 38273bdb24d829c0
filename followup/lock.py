"""One run at a time: an exclusive lock file beside the state file, held for the whole run.

fcntl.flock is released by the kernel when the process dies, so a killed run never leaves a stale
lock behind (a lock *file* left on disk means nothing by itself).
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from followup.errors import LockHeld

#: How long a second run waits for the first before giving up (exit 4).
WAIT_SECONDS = 5.0


def lock_path(state_path: Path) -> Path:
    return state_path.with_name(state_path.name + ".lock")


@contextmanager
def run_lock(state_path: Path | None, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the run lock for the state file; LockHeld when another run keeps it past `wait`."""
    if state_path is None:  # in-memory state (the demo): nothing shared to protect
        yield
        return
    path = lock_path(state_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockHeld(
                        f"another followup run is in progress (it holds {path}); "
                        "this one gives up: the next scheduled run will do the work"
                    ) from None
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
