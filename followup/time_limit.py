"""A time limit for reading one calendar item: the last guard against an input that stalls.

Anyone can send an invite, and the calendar libraries walk recurrence rules step by step: the
reader refuses every rule known to run for hours (workflows/event_checks.py, ics_repair.py), and
fuzzing looks for more. Should an unknown one slip through, the nightly run skips that item with a
message instead of hanging until the next night's run queues behind it.

SIGALRM interrupts Python code only (dateutil, icalendar and recurring-ical-events are pure
Python); it works in the main thread of a Unix process, which is where the CLI reads. Elsewhere
(a thread, Windows) `time_limit` sets no limit. No library offers this for synchronous code;
`signal.setitimer` is the standard library's way.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class TimeLimitExceeded(BaseException):
    """A BaseException, like KeyboardInterrupt: the libraries' `except Exception` (and ours, which
    turn a bad event into a problem) must not swallow it."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeLimitExceeded inside the block once it has run `seconds` (0: no limit)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if seconds <= 0 or not usable:
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise TimeLimitExceeded

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
