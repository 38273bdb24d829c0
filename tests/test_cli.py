"""The command line through Click's runner, on real files: the contract's commands, output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import click
import icalendar
import pytest
from click.testing import CliRunner

from followup import __version__
from followup.cli import main
from tests.conftest import DATA, DEMO_NOW
from tests.khal_client import Khal
from tests.servers import free_port

CONTRACT_INTERVIEW_KEYS = {
    "uid",
    "recurrence_id",
    "summary",
    "company",
    "role",
    "start",
    "end",
    "reply_by",
    "status",
    "interviewers",
    "followups",
}
CONTRACT_FOLLOWUP_KEYS = {"stage", "at", "due", "to", "subject", "body", "uid"}


def invoke(*args: str) -> click.testing.Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def plan_json(source: Path, now: str = DEMO_NOW) -> dict:
    result = invoke("plan", "--source", str(source), "--now", now, "--json")
    assert result.exit_code == 0, result.output + result.stderr
    return json.loads(result.stdout)


def by_uid(data: dict, uid: str) -> list[dict]:
    return [i for i in data["interviews"] if i["uid"] == uid]


def test_every_command_has_help_with_an_example() -> None:
    commands = main.commands
    assert {"run", "plan", "demo"} <= set(commands)
    for name in commands:
        result = invoke(name, "--help")
        assert result.exit_code == 0
        assert "Example" in result.output, f"'followup {name} --help' has no example"
    assert "Example" in invoke("--help").output


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert __version__ in result.output


def test_plan_json_has_the_contract_shape(demo_ics: Path, config_env: Path) -> None:
    data = plan_json(demo_ics)
    assert set(data) == {"now", "interviews"}
    assert data["now"] == "2026-11-20T20:00:00-05:00"
    assert data["interviews"], "the demo calendar has interviews"
    for interview in data["interviews"]:
        assert set(interview) == CONTRACT_INTERVIEW_KEYS
        assert interview["status"] in {"active", "replied", "withdrawn", "cancelled", "superseded"}
        for person in interview["interviewers"]:
            assert set(person) == {"name", "email"}
        for followup in interview["followups"]:
            assert set(followup) == CONTRACT_FOLLOWUP_KEYS
            assert followup["stage"] in {"thank-you", "nudge", "check-in"}
            assert isinstance(followup["to"], list)


def test_plan_json_follows_the_rules_on_the_demo_calendar(demo_ics: Path, config_env: Path) -> None:
    data = plan_json(demo_ics)
    summaries = [i["summary"] for i in data["interviews"]]
    assert "Interview prep: Initech" not in summaries
    assert "Dentist" not in summaries

    (acme,) = by_uid(data, "demo-acme-backend@followup.example")
    assert (acme["company"], acme["role"]) == ("Acme", "Backend Engineer")
    assert acme["start"] == "2026-11-19T10:00:00-05:00"
    emails = {p["email"] for p in acme["interviewers"]}
    assert emails == {"jane.doe@acme.example", "raj.patel@acme.example"}  # no room, not Alex
    thanks = [f for f in acme["followups"] if f["stage"] == "thank-you"]
    assert sorted(f["to"] for f in thanks) == [
        ["jane.doe@acme.example"],
        ["raj.patel@acme.example"],
    ]
    assert all(f["at"] == "2026-11-19T12:00:00-05:00" for f in thanks)
    assert all(f["due"] == "2026-11-20T11:00:00-05:00" for f in thanks)
    assert acme["reply_by"] == "2026-11-26"  # within 5 business days of Thursday 19th
    (nudge,) = [f for f in acme["followups"] if f["stage"] == "nudge"]
    assert nudge["at"] == "2026-11-30T09:00:00-05:00"  # Fri 27th end + 2 days = Sun -> Monday
    (check_in,) = [f for f in acme["followups"] if f["stage"] == "check-in"]
    assert check_in["at"] == "2026-12-02T09:00:00-05:00"
    assert len({f["uid"] for f in acme["followups"]}) == 4

    (umbrella,) = by_uid(data, "demo-umbrella-final@followup.example")
    assert umbrella["status"] == "cancelled" and umbrella["followups"] == []
    (hooli,) = by_uid(data, "demo-hooli-hm@followup.example")
    assert hooli["status"] == "replied"
    assert [f["stage"] for f in hooli["followups"]] == ["thank-you"]

    stark = by_uid(data, "demo-stark-loop@followup.example")
    assert [s["status"] for s in stark] == ["superseded", "active"]
    assert all(s["recurrence_id"] for s in stark)
    assert [f["stage"] for f in stark[0]["followups"]] == ["thank-you"]


def test_plan_table_is_readable(demo_ics: Path, config_env: Path) -> None:
    result = invoke("plan", "--source", str(demo_ics), "--now", DEMO_NOW)
    assert result.exit_code == 0
    assert "Interview with Acme - Backend Engineer" in result.stdout
    assert "thank-you" in result.stdout and "nudge" in result.stdout
    assert "Dentist" not in result.stdout


@pytest.mark.parametrize("columns", [80, 120])
def test_plan_and_demo_fit_the_terminal(
    demo_ics: Path, config_env: Path, columns: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 11: lines ran to 144 characters; they fit the width, wrapped with a hanging indent."""
    monkeypatch.setenv("COLUMNS", str(columns))
    result = invoke("plan", "--source", str(demo_ics), "--now", DEMO_NOW)
    lines = result.stdout.splitlines()
    assert lines and max(len(line) for line in lines) <= columns
    wrapped = [line for line in lines if line.startswith(" " * 15) and line.strip()]
    assert columns > 80 or wrapped, "at 80 columns some follow-up lines wrap"
    assert all(not line.startswith(" " * 16) for line in wrapped), "one hanging indent"
    as_json = invoke("plan", "--source", str(demo_ics), "--now", DEMO_NOW, "--json")
    assert json.loads(as_json.stdout) == plan_json(demo_ics), "--json unchanged"


def test_run_writes_then_a_rerun_is_silent_and_byte_identical(
    demo_ics: Path, config_env: Path, tmp_path: Path
) -> None:
    target = tmp_path / "followups.ics"
    args = ("run", "--source", str(demo_ics), "--target", str(target), "--now", DEMO_NOW)
    first = invoke(*args)
    assert first.exit_code == 0, first.output
    assert first.stdout.startswith("followup: ") and "created" in first.stdout
    content = target.read_bytes()
    calendar = icalendar.Calendar.from_ical(content)
    events = list(calendar.walk("VEVENT"))
    assert events and all(e["X-FOLLOWUP-STAGE"] for e in events)

    again = invoke(*args)
    assert again.exit_code == 0
    assert again.output == ""
    assert target.read_bytes() == content


def test_reminders_under_the_old_titles_are_updated_once_not_duplicated(
    demo_ics: Path, config_env: Path, tmp_path: Path
) -> None:
    """Issue 11: titles now lead with the company; reminders written before are retitled in place."""
    bundled = (Path(__file__).parents[1] / "workflows" / "interview.toml").read_text("utf-8")
    old = bundled.replace(
        '"{company}: thank-you note to {to}"', '"Send thank-you note to {to} ({company})"'
    )
    old = old.replace('"{company}: nudge {to}"', '"Send a follow-up nudge to {to} ({company})"')
    assert old != bundled
    (tmp_path / "old.toml").write_text(old, encoding="utf-8")
    with_old = tmp_path / "old-config.toml"
    with_old.write_text(
        config_env.read_text("utf-8") + '[workflow]\nname = "' + str(tmp_path / "old.toml") + '"\n',
        encoding="utf-8",
    )
    target = tmp_path / "followups.ics"
    args = ("--source", str(demo_ics), "--target", str(target), "--now", DEMO_NOW)
    assert invoke("run", "--config", str(with_old), *args).exit_code == 0

    def titles() -> dict[str, str]:
        calendar = icalendar.Calendar.from_ical(target.read_bytes())
        return {str(e["UID"]): str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}

    before = titles()
    assert any(t.startswith("Send thank-you note to") for t in before.values())
    upgrade = invoke("run", *args)
    assert upgrade.exit_code == 0, upgrade.output
    assert "0 created" in upgrade.stdout and "0 removed" in upgrade.stdout
    after = titles()
    assert set(after) == set(before), "the same reminders, none added or lost"
    assert all(not t.startswith("Send ") for t in after.values())
    assert any(t.startswith("Acme: thank-you note to ") for t in after.values())
    assert invoke("run", *args).output == ""


def test_run_never_writes_stale_reminders_but_plan_lists_them(
    demo_ics: Path, config_env: Path, tmp_path: Path
) -> None:
    target = tmp_path / "followups.ics"
    invoke("run", "--source", str(demo_ics), "--target", str(target), "--now", DEMO_NOW)
    written = {
        str(e["UID"]) for e in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    }
    planned = plan_json(demo_ics)
    old = [
        f["uid"]
        for i in planned["interviews"]
        for f in i["followups"]
        if f["at"] < "2026-11-18T20:00:00-05:00"
    ]
    assert old, "the demo calendar has follow-ups older than two days"
    assert not set(old) & written


def test_a_reply_removes_pending_nudges(demo_ics: Path, config_env: Path, tmp_path: Path) -> None:
    target = tmp_path / "followups.ics"
    args = ("run", "--source", str(demo_ics), "--target", str(target), "--now", DEMO_NOW)
    invoke(*args)
    stages = [
        e["X-FOLLOWUP-STAGE"]
        for e in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
        if e["X-FOLLOWUP-SOURCE"] == "demo-acme-backend@followup.example"
    ]
    assert "nudge" in stages
    text = demo_ics.read_text(encoding="utf-8")
    demo_ics.write_text(
        text.replace("Reply by: within 5 business days", "Status: Replied"), encoding="utf-8"
    )
    result = invoke(*args)
    assert result.exit_code == 0
    assert "removed" in result.stdout
    stages = [
        e["X-FOLLOWUP-STAGE"]
        for e in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
        if e["X-FOLLOWUP-SOURCE"] == "demo-acme-backend@followup.example"
    ]
    assert stages == ["thank-you", "thank-you"]


def test_dry_run_writes_nothing(demo_ics: Path, config_env: Path, tmp_path: Path) -> None:
    target = tmp_path / "followups.ics"
    result = invoke(
        "run", "--source", str(demo_ics), "--target", str(target), "--now", DEMO_NOW, "--dry-run"
    )
    assert result.exit_code == 0
    assert "dry run" in result.stdout
    assert not target.exists()


def test_malformed_events_are_named_and_the_rest_is_planned(config_env: Path) -> None:
    result = CliRunner().invoke(
        main, ["plan", "--source", str(DATA / "malformed_events.ics"), "--now", DEMO_NOW, "--json"]
    )
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    assert "followup: skipped event bad-no-dtstart" in result.stderr
    assert "skipped event bad-garbage-line" not in result.stderr  # used, minus one line
    data = json.loads(result.stdout)
    assert data["interviews"], "good interviews beside bad ones are still planned"


def test_unreadable_source_exits_3_naming_it(config_env: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.ics"
    result = CliRunner().invoke(main, ["plan", "--source", str(missing)])
    assert result.exit_code == 3
    assert "nope.ics" in result.stderr
    assert "Traceback" not in result.output


def test_bad_config_exits_2_listing_every_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[candidate]\ntimezone = "Nowhere/Zone"\nemial = "x"\n[source]\nkind = "gopher"\n'
    )
    result = CliRunner().invoke(main, ["plan", "--config", str(bad)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    for fragment in ("Nowhere/Zone", "'emial'", "kind must be one of", "needs a path or url"):
        assert fragment in result.stderr
    assert result.stderr.count("  - ") == 4


def test_bad_now_is_a_usage_error(demo_ics: Path, config_env: Path) -> None:
    result = CliRunner().invoke(main, ["plan", "--source", str(demo_ics), "--now", "yesterday"])
    assert result.exit_code == 2
    assert "--now" in result.stderr


def test_no_source_is_a_usage_error(config_env: Path) -> None:
    result = CliRunner().invoke(main, ["plan"])
    assert result.exit_code == 2
    assert "--source" in result.stderr


def test_demo_writes_an_importable_calendar_in_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("demo", "--now", DEMO_NOW)
    assert result.exit_code == 0, result.output
    assert "Interview with Acme - Backend Engineer" in result.stdout
    written = tmp_path / "followup-demo.ics"
    calendar = icalendar.Calendar.from_ical(written.read_bytes())
    assert list(calendar.walk("VEVENT"))
    assert "followup-demo.ics" in result.stdout


def test_a_real_client_imports_what_run_writes(
    demo_ics: Path, config_env: Path, tmp_path: Path
) -> None:
    target = tmp_path / "followups.ics"
    invoke("run", "--source", str(demo_ics), "--target", str(target), "--now", DEMO_NOW)
    written = list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    khal = Khal(tmp_path / "khal")
    result = khal.import_file(target)
    assert result.returncode == 0, result.stderr
    assert len(list(khal.vdir.iterdir())) == len(written)
    listed = khal("list", "2026-11-30", "1d")
    assert "09:00-09:15 Acme: nudge Jane Doe" in listed.stdout


def test_check_says_what_is_read_and_written(
    demo_ics: Path, config_env: Path, tmp_path: Path
) -> None:
    target = tmp_path / "followups.ics"
    result = CliRunner().invoke(
        main, ["check", "--source", str(demo_ics), "--target", str(target)], env={"COLUMNS": "400"}
    )
    assert result.exit_code == 0, result.output
    assert f"reads ics {demo_ics}" in result.stdout and "interview(s)" in result.stdout
    assert f"writes to {target}" in result.stdout
    assert not target.exists(), "check never writes"

    broken = CliRunner().invoke(
        main, ["check", "--source", str(tmp_path / "gone.ics"), "--target", str(target)]
    )
    assert broken.exit_code == 3
    assert "gone.ics" in broken.stderr and "FAIL" in broken.stderr


def test_check_says_why_a_server_is_unreachable_once(config_env: Path, tmp_path: Path) -> None:
    """Issue 11: a refused connection read "URL: URL: connection refused: is the server running
    ...?. Check the url, that the server is running, ..." (twice, and a library's repr for CalDAV)."""
    url = f"http://127.0.0.1:{free_port()}/cal/"
    config = tmp_path / "caldav.toml"
    config.write_text(
        f'[candidate]\nname = "Alex Morgan"\nemail = "alex@example.com"\ntimezone = "UTC"\n'
        f'[source]\nkind = "caldav"\nurl = "{url}"\nusername = "alex"\npassword_env = "NONE"\n'
        f'[target]\npath = "{tmp_path / "out.ics"}"\n',
        encoding="utf-8",
    )
    target = ("--target", str(tmp_path / "out.ics"))
    for args in (["--source", url + "feed.ics", *target], ["--config", str(config)]):
        result = CliRunner().invoke(main, ["check", *args], env={"NONE": "x", "COLUMNS": "400"})
        assert result.exit_code == 3, result.output
        fail = next(line for line in result.stderr.splitlines() if line.startswith("FAIL"))
        assert fail.endswith(": connection refused: is the server running and the port right?")
        assert fail.count("127.0.0.1") == 1 and fail.count("refused") == 1, fail
        assert "urllib3" not in fail and "Errno" not in fail
        narrow = CliRunner().invoke(main, ["check", *args], env={"NONE": "x", "COLUMNS": "80"})
        # wrapped at 80, but for a word no wrap can break (a long temporary path)
        assert all(
            len(line) <= 80 or " " not in line.strip() for line in narrow.output.splitlines()
        )
        assert " ".join(narrow.stderr.split()) == " ".join(result.stderr.split()), "wrapped"


def test_reminders_that_all_turn_edited_at_once_are_reported(
    demo_ics: Path, config_env: Path, tmp_path: Path
) -> None:
    """Issue 15: a server that rewrites what it stores made every reminder read as edited, and
    the run kept them all silently. Most turning edited in one run is said on stderr, once."""
    target = tmp_path / "followups.ics"
    args = ("run", "--source", str(demo_ics), "--target", str(target), "--now", DEMO_NOW)
    assert invoke(*args).exit_code == 0
    # a server that rewrites every description it stores (its own footer)
    target.write_bytes(target.read_bytes().replace(b"DESCRIPTION:To:", b"DESCRIPTION:Synced. To:"))
    ours = target.read_bytes().count(b"X-FOLLOWUP-STAGE")
    first = invoke(*args, "-v")
    assert first.exit_code == 0 and first.stdout == ""
    notice = (
        f"{ours} of the {ours} reminders in the target read as edited by you since the last run"
    )
    assert first.stderr.count(notice) == 1, first.stderr
    assert first.stderr.count("kept your edit of") == ours, "-v lists them"
    again = invoke(*args)
    assert (again.exit_code, again.stdout, again.stderr) == (0, "", ""), "said once, not nightly"


def _acme_round(uid: str, day: int, status: str = "CONFIRMED") -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261101T000000Z\r\n"
        f"DTSTART:202611{day:02d}T150000Z\r\nDTEND:202611{day:02d}T160000Z\r\n"
        f"SUMMARY:Interview with Acme - Data Engineer\r\nSTATUS:{status}\r\n"
        "ORGANIZER;CN=Jane Doe:mailto:jane.doe@acme.example\r\nEND:VEVENT\r\n"
    )


@pytest.mark.parametrize("then", ["deleted", "cancelled"])
def test_a_later_round_gone_afterwards_keeps_the_earlier_chain_ended(
    config_env: Path, tmp_path: Path, then: str
) -> None:
    """Issue 16: when the second round was deleted or cancelled, the first round's nudge and
    check-in came back (design.md rule 5: the employer was in touch after it)."""
    source, target = tmp_path / "calendar.ics", tmp_path / "followups.ics"
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    first = _acme_round("round-1@acme.example", 16)
    source.write_text(head + first + _acme_round("round-2@acme.example", 19) + "END:VCALENDAR\r\n")
    args = ("run", "--source", str(source), "--target", str(target), "--now", DEMO_NOW)
    assert invoke(*args).exit_code == 0
    stages = lambda: sorted(  # noqa: E731
        (str(e["X-FOLLOWUP-SOURCE"]), str(e["X-FOLLOWUP-STAGE"]))
        for e in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    )
    before = stages()
    assert ("round-1@acme.example", "nudge") not in before
    second = "" if then == "deleted" else _acme_round("round-2@acme.example", 19, "CANCELLED")
    source.write_text(head + first + second + "END:VCALENDAR\r\n")
    assert invoke(*args).exit_code == 0
    assert invoke(*args, "--now", "2026-11-24T20:00").exit_code == 0
    assert not [s for s in stages() if s[0] == "round-1@acme.example" and s[1] != "thank-you"]


def test_reminders_of_interviews_that_leave_the_window_stay_as_history(
    demo_ics: Path, config_env: Path, tmp_path: Path
) -> None:
    target = tmp_path / "followups.ics"
    args = ("run", "--source", str(demo_ics), "--target", str(target))
    assert invoke(*args, "--now", DEMO_NOW).exit_code == 0
    before = target.read_bytes()
    later = invoke(*args, "--now", "2026-12-25T20:00")  # every demo interview is 30+ days old
    assert later.exit_code == 0
    assert later.stdout == ""
    assert target.read_bytes() == before


def test_warnings_alone_exit_0_and_show_with_verbose(config_env: Path, tmp_path: Path) -> None:
    """Issue 11: exit 1 only when something was skipped; a guessed zone or an ignored line is a
    warning, shown with -v (cron mails whatever a job prints)."""
    noted = DATA / "bad" / "duplicate_uids.ics"  # two revisions of a UID: the newest is used
    args = ("run", "--source", str(noted), "--target", str(tmp_path / "a.ics"), "--now", DEMO_NOW)
    quiet = invoke(*args)
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert "created" in quiet.stdout
    loud = invoke(*args, "-v")
    assert loud.exit_code == 0 and "warning: " in loud.stderr and "share this UID" in loud.stderr

    skipped = DATA / "bad" / "unknown_tzid.ics"  # events in an unknown zone are left out
    result = invoke(
        "run", "--source", str(skipped), "--target", str(tmp_path / "b.ics"), "--now", DEMO_NOW
    )
    assert result.exit_code == 1
    assert "skipped event bad-mars-zone@" in result.stderr


def test_files_followup_creates_are_private(
    demo_ics: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 11: the state (interviews, addresses), the log and the generated .ics are 0600."""
    import os
    import stat

    config = tmp_path / "config.toml"
    state = tmp_path / "state" / "followup.sqlite"
    config.write_text(
        '[candidate]\nname = "Alex Morgan"\nemail = "alex@example.com"\n'
        f'timezone = "America/New_York"\n[state]\npath = "{state}"\n',
        encoding="utf-8",
    )
    target, log_file = tmp_path / "followups.ics", tmp_path / "followup.log"
    old = os.umask(0o022)  # the usual umask: files readable by everyone unless made private
    try:
        result = invoke(
            "run", "--config", str(config), "--source", str(demo_ics), "--target", str(target),
            "--now", DEMO_NOW, "--log-file", str(log_file),
        )  # fmt: skip
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    made = [state, target, log_file, *state.parent.glob("followup.sqlite*")]
    for path in made:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_run_without_a_setup_lists_every_missing_part(config_env: Path) -> None:
    result = invoke("run")
    assert result.exit_code == 2
    assert "no calendar to read" in result.stderr and "no target to write" in result.stderr
    assert "followup init" in result.stderr


def test_no_interviews_ends_with_a_newline(config_env: Path, tmp_path: Path) -> None:
    source = tmp_path / "empty.ics"
    source.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nEND:VCALENDAR\r\n")
    result = invoke("plan", "--source", str(source), "--now", DEMO_NOW)
    assert result.stdout.startswith("No interviews in the window") and result.stdout.endswith(
        ").\n"
    )


def test_the_state_forgets_reminders_long_past_and_keeps_100_runs(
    demo_ics: Path, config_env: Path, tmp_path: Path
) -> None:
    """Issue 16: the state stays small over a season: rows of reminders whose interviews left
    the window a month ago are forgotten (and not rebuilt from the target, which keeps them as
    history), and only the last 100 runs are kept."""
    from followup.config_calendars import TargetConfig
    from followup.connect import target_key
    from followup.state import KEEP_RUNS, State

    target, state_path = tmp_path / "followups.ics", tmp_path / "state.sqlite"
    with config_env.open("a", encoding="utf-8") as config:
        config.write(f'[state]\npath = "{state_path}"\n')
    args = ("run", "--source", str(demo_ics), "--target", str(target))
    assert invoke(*args, "--now", DEMO_NOW).exit_code == 0
    kept = target.read_bytes()
    key = target_key(TargetConfig(kind="ics", location=str(target)))
    for _ in range(2):  # and the next night the same: nothing rebuilt, nothing said
        later = invoke(*args, "--now", "2027-03-01T20:00")
        assert (later.exit_code, later.stdout, later.stderr) == (0, "", "")
    assert target.read_bytes() == kept, "history stays in the calendar"
    state = State.open(state_path)
    try:
        assert state.records(key) == {}
        for _ in range(KEEP_RUNS + 5):
            state.record_run(state.last_run())  # type: ignore[arg-type]
        assert state._db.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == KEEP_RUNS
    finally:
        state.close()
