"""The per-item time limit (followup/time_limit.py): an item that stalls the reader is skipped and
named, the other items are read, and the run ends as usual.

No known input stalls the reader any more (tests/data/bad/ holds the ones fuzzing found), so the
stall is injected: the real parse_calendar, made to spin forever for one item.
"""

from __future__ import annotations

import contextlib
import json
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup import pipeline
from followup.cli import main
from followup.time_limit import TimeLimitExceeded, time_limit
from tests.conftest import DATA


def _spin() -> None:
    while True:
        pass


def test_the_limit_interrupts_a_loop_that_swallows_exceptions() -> None:
    """The libraries (and the reader) turn `Exception` into a problem: the limit must get out."""
    with pytest.raises(TimeLimitExceeded), time_limit(0.05):
        while True:
            with contextlib.suppress(Exception):
                _spin()


def test_the_limit_leaves_no_alarm_behind() -> None:
    previous = signal.getsignal(signal.SIGALRM)
    with time_limit(5):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is previous


@pytest.fixture
def stalling_item(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """parse_calendar spins forever on the item named stall.ics; 0.5 s are allowed per item."""
    real = pipeline.parse_calendar

    def parse_calendar(data: bytes, *, source: str):  # type: ignore[no-untyped-def]
        if source.endswith("stall.ics"):
            _spin()
        return real(data, source=source)

    monkeypatch.setattr(pipeline, "parse_calendar", parse_calendar)
    monkeypatch.setattr(pipeline, "ITEM_TIME_LIMIT", 0.5)
    yield "stall.ics"


def test_a_stalling_item_is_skipped_and_the_others_are_planned(
    stalling_item: str, config_env: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "calendar"
    folder.mkdir()
    good = (DATA / "bad" / "duration_instead_of_dtend.ics").read_bytes()
    (folder / "good.ics").write_bytes(good)
    (folder / stalling_item).write_bytes(good)
    config_env.write_text(
        config_env.read_text() + f'[source]\nkind = "vdir"\npath = "{folder}"\n', encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["plan", "--now", "2026-11-20T20:00", "--json"])
    assert result.exit_code == 1, result.output
    assert "stall.ics: reading it took over 0.5 s; the rest was read" in result.stderr
    uids = {i["uid"] for i in json.loads(result.stdout)["interviews"]}
    assert uids == {"good-duration@bad.example", "good-duration-days@bad.example"}


def test_a_single_stalling_file_is_an_unreadable_source(
    stalling_item: str, config_env: Path, tmp_path: Path
) -> None:
    path = tmp_path / stalling_item
    path.write_bytes((DATA / "bad" / "duration_instead_of_dtend.ics").read_bytes())
    result = CliRunner().invoke(main, ["plan", "--source", str(path), "--now", "2026-11-20T20:00"])
    assert result.exit_code == 3, result.output
    assert "no calendar could be read" in result.stderr and "took over" in result.stderr
