"""Safety promise: a source that suddenly yields no events, where the last run read some, removes
nothing; the run says so and exits 1, and `--allow-empty` accepts it. Real processes, real files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import icalendar
from click.testing import CliRunner

from followup.cli import main
from tests.conftest import DEMO_NOW

EMPTY_CALENDAR = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//feed//EN\r\nEND:VCALENDAR\r\n"


def followup(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "followup", *args, "--config", str(config), "--now", DEMO_NOW],
        capture_output=True,
        text=True,
        timeout=120,
    )


def reminder_uids(target: Path) -> set[str]:
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    return {str(e["UID"]) for e in calendar.walk("VEVENT")}


def test_an_emptied_folder_removes_nothing_until_allowed(
    demo_ics: Path, config_env: Path, tmp_path: Path
) -> None:
    target = tmp_path / "followups.ics"
    first = followup(config_env, "run", "--source", str(demo_ics), "--target", str(target))
    assert first.returncode == 0, first.stderr
    written = reminder_uids(target)
    content = target.read_bytes()
    empty = tmp_path / "empty"
    empty.mkdir()

    for _ in range(2):  # and again: the count of the last good run is kept
        emptied = followup(config_env, "run", "--source", str(empty), "--target", str(target))
        assert emptied.returncode == 1
        assert "holds no events now, where the last run read" in emptied.stderr
        assert "--allow-empty" in emptied.stderr
        assert target.read_bytes() == content, "no reminder removed"

    allowed = followup(
        config_env, "run", "--source", str(empty), "--target", str(target), "--allow-empty"
    )
    assert allowed.returncode == 0, allowed.stderr
    assert "removed" in allowed.stdout
    assert reminder_uids(target) < written
    again = followup(config_env, "run", "--source", str(empty), "--target", str(target))
    assert again.returncode == 0 and again.stdout == "", "empty is now what the last run read"


def test_a_feed_answering_an_empty_calendar_removes_nothing(
    demo_ics: Path, config_env: Path, tmp_path: Path
) -> None:
    source = tmp_path / "feed.ics"
    source.write_bytes(demo_ics.read_bytes())
    target = tmp_path / "followups.ics"
    args = ("run", "--source", str(source), "--target", str(target), "--now", DEMO_NOW)
    assert CliRunner().invoke(main, list(args)).exit_code == 0
    content = target.read_bytes()
    source.write_bytes(EMPTY_CALENDAR)
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 1 and "holds no events now" in result.stderr
    assert target.read_bytes() == content


def test_only_our_own_reminders_in_the_source_count_as_empty(
    demo_ics: Path, config_env: Path, tmp_path: Path
) -> None:
    """Reminders written into the source calendar are not the user's events: a source left with
    only them was emptied all the same."""
    source = tmp_path / "calendar.ics"
    source.write_bytes(demo_ics.read_bytes())
    args = ("run", "--source", str(source), "--target", str(source), "--now", DEMO_NOW)
    assert CliRunner().invoke(main, list(args)).exit_code == 0
    calendar = icalendar.Calendar.from_ical(source.read_bytes())
    ours = [c for c in calendar.subcomponents if "X-FOLLOWUP-STAGE" in c]
    assert ours
    calendar.subcomponents = [c for c in calendar.subcomponents if c.name != "VEVENT" or c in ours]
    source.write_bytes(calendar.to_ical())
    kept = source.read_bytes()
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 1 and "holds no events now" in result.stderr
    assert source.read_bytes() == kept


def test_the_first_run_on_an_empty_source_is_fine(config_env: Path, tmp_path: Path) -> None:
    source = tmp_path / "feed.ics"
    source.write_bytes(EMPTY_CALENDAR)
    result = CliRunner().invoke(
        main, ["run", "--source", str(source), "--target", str(tmp_path / "out.ics")]
    )
    assert result.exit_code == 0, result.output


def test_check_warns_about_a_source_without_events(config_env: Path, tmp_path: Path) -> None:
    source = tmp_path / "feed.ics"
    source.write_bytes(EMPTY_CALENDAR)
    target = tmp_path / "out.ics"
    result = CliRunner().invoke(main, ["check", "--source", str(source), "--target", str(target)])
    said = " ".join(result.stderr.split())  # as wrapped for the terminal: a long path moves it
    assert said.startswith("WARN ") and "holds no events" in said
    assert result.exit_code == 0, "a warning, not a failure"
