"""Acting on reminders from the shell: status, draft, replied, dismiss; the run lock; the log file."""

from __future__ import annotations

import email
import os
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner, Result

from followup import cli_options
from followup.cli import main
from tests.conftest import DEMO_NOW

ACME = "demo-acme-backend@followup.example"


@pytest.fixture
def setup(tmp_path: Path, demo_ics: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A config (in $FOLLOWUP_CONFIG) reading the demo calendar and writing followups.ics."""
    config = tmp_path / "config.toml"
    config.write_text(
        textwrap.dedent(
            f"""\
            [candidate]
            name = "Alex Morgan"
            email = "alex@example.com"
            timezone = "America/New_York"
            [source]
            path = "{demo_ics}"
            [target]
            path = "{tmp_path / "followups.ics"}"
            [state]
            path = "{tmp_path / "state.sqlite"}"
            """
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("FOLLOWUP_CONFIG", str(config))
    monkeypatch.setenv("COLUMNS", "200")  # status as one table row per reminder
    return tmp_path


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, [*args, "--now", DEMO_NOW])


def stages_of(target: Path, source_uid: str) -> list[str]:
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    return sorted(
        str(e["X-FOLLOWUP-STAGE"])
        for e in calendar.walk("VEVENT")
        if e["X-FOLLOWUP-SOURCE"] == source_uid
    )


def uids(target: Path) -> set[str]:
    return {str(e["UID"]) for e in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")}


def test_replied_then_run_removes_the_pending_nudges(setup: Path) -> None:
    assert invoke("run").exit_code == 0
    target = setup / "followups.ics"
    assert stages_of(target, ACME) == ["check-in", "nudge", "thank-you", "thank-you"]
    result = invoke("replied", "Acme")
    assert result.exit_code == 0, result.output
    assert "Recorded a reply" in result.stdout
    result = invoke("run")
    assert result.exit_code == 0
    assert "2 removed" in result.stdout
    assert stages_of(target, ACME) == ["thank-you", "thank-you"]
    assert invoke("plan", "--json").stdout.count('"status": "replied"') == 2  # Acme and Hooli


def test_dismiss_drops_one_reminder_for_good(setup: Path) -> None:
    invoke("run")
    target = setup / "followups.ics"
    plan = invoke("status").stdout
    line = next(row for row in plan.splitlines() if "check-in" in row and "Acme" in row)
    prefix = line.split()[-1]
    result = invoke("dismiss", prefix)
    assert result.exit_code == 0, result.output
    assert invoke("run").exit_code == 0
    assert stages_of(target, ACME) == ["nudge", "thank-you", "thank-you"]
    assert invoke("run").stdout == ""  # and it stays gone
    assert "dismissed" in invoke("status").stdout


def test_replied_undo_restores_what_the_mark_removed(setup: Path) -> None:
    target = setup / "followups.ics"
    invoke("run")
    before = uids(target)
    assert invoke("replied", "Acme").exit_code == 0
    assert "2 removed" in invoke("run").stdout
    undone = invoke("replied", "--undo", "Acme")
    assert undone.exit_code == 0, undone.output
    assert "Took back the reply" in undone.stdout
    assert "2 created" in invoke("run").stdout
    assert stages_of(target, ACME) == ["check-in", "nudge", "thank-you", "thank-you"]
    assert uids(target) == before, "the same reminders again"
    again = invoke("replied", "--undo", "Acme")
    assert again.exit_code == 2 and "no reply was recorded" in again.stderr


def test_dismiss_undo_writes_the_reminder_again(setup: Path) -> None:
    target = setup / "followups.ics"
    invoke("run")
    line = next(r for r in invoke("status").stdout.splitlines() if "check-in" in r and "Acme" in r)
    prefix = line.split()[-1]
    assert invoke("dismiss", prefix).exit_code == 0
    invoke("run")
    assert "check-in" not in stages_of(target, ACME)
    undone = invoke("dismiss", "--undo", prefix)
    assert undone.exit_code == 0, undone.output
    assert "1 created" in invoke("run").stdout
    assert stages_of(target, ACME) == ["check-in", "nudge", "thank-you", "thank-you"]
    assert invoke("dismiss", "--undo", prefix).exit_code == 2


def test_plan_and_status_say_which_reminders_are_written_and_where(setup: Path) -> None:
    """Issue 11: `plan` said "past: not written" for reminders written days before."""
    assert invoke("run").exit_code == 0
    never = invoke("plan").stdout.count("(past: not written)")  # too old on the first run
    later = CliRunner().invoke(main, ["plan", "--now", "2026-11-30T20:00"])
    assert "(past, written)" in later.stdout
    assert later.stdout.count("(past: not written)") == never, "written ones say so, days later"
    status = invoke("status").stdout
    assert f"Reminders are written to {setup / 'followups.ics'}" in status
    assert "WHEN" in status and "WHERE" in status and "written there" in status


@pytest.mark.parametrize("columns", [80, 200])
def test_status_fits_the_terminal(
    setup: Path, columns: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 11: status rows ran past 80 columns; narrow, each reminder is a block of lines."""
    invoke("run")
    monkeypatch.setenv("COLUMNS", str(columns))
    lines = invoke("status").stdout.splitlines()
    table = lines[lines.index("") + 1 :]
    assert max(len(line) for line in table) <= columns
    if columns == 200:
        assert table[0].startswith("WHEN") and len(table) == 13, "a header and one row each"
    else:
        reminders = [line for line in table if line.startswith("    to ")]
        assert len(reminders) == 12 and all("; reminder followup-" in r for r in reminders)
        assert not any(line.startswith("WHEN") for line in table)


def test_no_matching_reminder_reads_right(setup: Path) -> None:
    result = invoke("dismiss", "followup-nothing")
    assert result.exit_code == 2
    assert "no reminder matches 'followup-nothing' in the window" in result.stderr


def test_draft_prints_the_reminder_text_and_writes_an_eml(setup: Path) -> None:
    result = invoke("draft", "Acme", "--stage", "nudge")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("To: Jane Doe <jane.doe@acme.example>\nSubject: ")
    eml = setup / "nudge.eml"
    assert invoke("draft", "Acme", "--stage", "nudge", "--eml", str(eml)).exit_code == 0
    message = email.message_from_bytes(eml.read_bytes())
    assert message["X-Unsent"] == "1"
    assert "jane.doe@acme.example" in message["To"]
    # the next stage due is the default: on the 20th, the nudge
    assert invoke("draft", "Acme").stdout == result.stdout


def test_an_ambiguous_interview_lists_the_candidates(setup: Path) -> None:
    result = invoke("draft", "Stark")
    assert result.exit_code == 2
    assert result.stderr.count("demo-stark-loop@followup.example@") == 2
    one = result.stderr.splitlines()[-1].split()[0]
    assert invoke("draft", one).exit_code == 0
    assert invoke("replied", "nobody-here").exit_code == 2


def test_status_shows_the_last_run_and_each_follow_up(setup: Path) -> None:
    assert "Last run: never" in invoke("status").stdout
    invoke("run")
    out = invoke("status").stdout
    assert "Last run: 2026-11-20 20:00  ok: 12 created" in out
    assert "overdue" in out and "upcoming" in out
    assert "Jane Doe" in out and "written" in out


def test_a_quiet_rerun_prints_nothing_at_all(setup: Path) -> None:
    invoke("run")
    result = invoke("run", "-q")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def test_log_file_gets_timestamped_lines_and_stays_bounded(
    setup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = setup / "logs" / "followup.log"
    assert invoke("run", "--log-file", str(log)).exit_code == 0
    assert invoke("run", "--log-file", str(log)).exit_code == 0
    first, second = log.read_text(encoding="utf-8").splitlines()
    assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ INFO followup: 12 created", first)
    assert "INFO nothing changed" in second

    monkeypatch.setattr(cli_options, "LOG_MAX_BYTES", 300)
    for _ in range(8):
        assert invoke("run", "--log-file", str(log)).exit_code == 0
    assert log.stat().st_size <= 300
    assert log.with_name("followup.log.1").exists()
    assert not log.with_name("followup.log.2").exists()


def test_two_runs_never_overlap(setup: Path) -> None:
    """A real second process: it waits a few seconds for the lock, then exits 4."""
    state = setup / "state.sqlite"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from followup.lock import run_lock\n"
            f"with run_lock(Path({str(state)!r})):\n"
            "    print('locked', flush=True)\n"
            "    time.sleep(30)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        second = subprocess.run(
            [sys.executable, "-m", "followup", "run", "--now", DEMO_NOW],
            capture_output=True,
            text=True,
            env={**os.environ},
        )
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    assert second.returncode == 4, second.stderr
    assert "another followup run is in progress" in second.stderr
    assert waited >= 4  # it waited for the lock before giving up
    assert not (setup / "followups.ics").exists()
    # with the holder gone, the lock is free again
    assert invoke("run").exit_code == 0


def test_progress_bar_only_on_a_terminal_and_for_long_work(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    wrap = cli_options.progress_bar("writing reminders", at_least=3)
    assert list(wrap([1, 2, 3])) == [1, 2, 3]  # not a terminal (captured): no bar
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert list(wrap([1, 2])) == [1, 2]  # short work: no bar
    assert capsys.readouterr().err == ""
    assert list(wrap([1, 2, 3])) == [1, 2, 3]
    assert "writing reminders" in capsys.readouterr().err


def test_plan_and_status_say_the_calendar_holds_your_edited_version(
    setup: Path, demo_ics: Path
) -> None:
    """Issue 16: a reminder the user edited is kept while the plan moves on (a later `Reply by:`
    moves the nudge); `plan` and `status` say the calendar holds the user's version, and how it
    differs."""
    assert invoke("run").exit_code == 0
    target = setup / "followups.ics"
    data = target.read_bytes()
    nudge = next(
        b for b in re.findall(rb"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", data, re.S)
        if b"SUMMARY:Acme: nudge Jane Doe" in b
    )  # fmt: skip
    target.write_bytes(data.replace(nudge, nudge.replace(b"DESCRIPTION:", b"DESCRIPTION:Call. ")))
    text = demo_ics.read_text(encoding="utf-8")
    demo_ics.write_text(text.replace("within 5 business days", "2026-12-02"), encoding="utf-8")
    assert invoke("run").exit_code == 0
    assert b"DESCRIPTION:Call. " in target.read_bytes(), "the user's version is kept"
    said = "your edited version kept; its time, text differ from this plan"
    plan = " ".join(invoke("plan").stdout.split())  # as one line, whatever the wrapping
    assert said in plan, plan
    assert said in invoke("status").stdout
