"""`followup init`: prompts, options, no input at all; the starter config always loads."""

from __future__ import annotations

import os
import pwd
import stat
import tomllib
from datetime import UTC, datetime
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result
from hypothesis import given, settings
from hypothesis import strategies as st

from followup import init_command
from followup.check import check
from followup.config import KNOWN_KEYS, Config, default_config_path, load_config
from followup.init_command import init
from followup.starter_config import Answers, detect_source_kind, render, todo_keys, toml_string

REAL_ACCOUNT_FULL_NAME = init_command.account_full_name


@pytest.fixture(autouse=True)
def machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """A known login name and machine zone, whatever the test machine says."""
    monkeypatch.setattr(init_command, "account_full_name", lambda: "Alex Morgan")
    monkeypatch.setattr(init_command, "local_timezone_name", lambda: "Europe/Berlin")


def invoke(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(init, list(args), input=input, catch_exceptions=False)


def written() -> Path:
    return default_config_path(os.environ)


def loaded(path: Path | None = None) -> Config:
    return load_config(path or written())


def test_enter_at_every_prompt_writes_a_valid_config() -> None:
    result = invoke(input="\n" * 10)
    assert result.exit_code == 0, result.output
    assert "Your name" in result.stderr and "time zone" in result.stderr
    config = loaded()
    assert config.candidate.name == "Alex Morgan"
    assert config.candidate.timezone == "Europe/Berlin"
    assert config.source is None  # left as TODO lines
    assert config.target is not None and config.target.location.endswith("followups.ics")
    text = written().read_text()
    assert '# TODO: email = "you@example.com"' in text
    assert "# TODO: say where your calendar is" in text
    assert f"Wrote {written()}" in result.stdout
    for step in ("followup check", "followup plan", "followup cron --install"):
        assert step in result.stdout


def test_no_input_at_all_takes_every_default() -> None:
    result = invoke()
    assert result.exit_code == 0, result.output
    assert loaded().candidate.name == "Alex Morgan"
    assert "email" in result.stdout  # listed among what is still to fill in


def test_options_alone_ask_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cal.ics").write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    monkeypatch.chdir(tmp_path)
    result = invoke(
        "--name", "Jo \"JJ\" O'Neil",
        "--email", "Jo@Example.com",
        "--timezone", "America/New_York",
        "--source", "cal.ics",
        "--target", str(tmp_path / "out.ics"),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stderr == ""  # no prompt shown
    config = loaded()
    assert config.candidate.name == 'Jo "JJ" O\'Neil'
    assert config.candidate.email == "jo@example.com"
    assert config.candidate.timezone == "America/New_York"
    assert config.source is not None
    assert (config.source.kind, config.source.location) == ("ics", str(tmp_path / "cal.ics"))
    assert config.target is not None and config.target.location == str(tmp_path / "out.ics")
    assert todo_keys(written().read_text()) == []


def test_prompts_answered(tmp_path: Path) -> None:
    vdir = tmp_path / "calendars" / "work"
    vdir.mkdir(parents=True)
    answers = [
        "Sam Lee",
        "not-an-email",
        "sam@example.com",
        "Mars/Olympus",
        "Asia/Tokyo",
        str(vdir),
    ]
    result = invoke(input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "not an email address" in result.stderr  # asked again
    assert "not an IANA time zone" in result.stderr
    config = loaded()
    assert (config.candidate.name, config.candidate.email) == ("Sam Lee", "sam@example.com")
    assert config.candidate.timezone == "Asia/Tokyo"
    assert config.source is not None and (config.source.kind, config.source.location) == (
        "vdir",
        str(vdir),
    )


def test_caldav_asks_the_login_and_keeps_the_password_private() -> None:
    answers = ["", "", "", "https://dav.example.com/remote.php/dav/", "alex", "file", 's3cr"et']
    result = invoke(input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "s3cr" not in result.output
    config = loaded()
    assert config.source is not None and config.target is not None
    assert (config.source.kind, config.source.username) == ("caldav", "alex")
    assert config.source.password.resolve() == 's3cr"et'
    assert (config.target.kind, config.target.calendar) == ("caldav", "Follow-ups")
    assert stat.S_IMODE(written().stat().st_mode) == 0o600


def test_caldav_with_enter_suggests_a_password_command() -> None:
    result = invoke(
        "--caldav-url", "https://dav.example.com/", "--username", "alex", input="\n\n\n\n\n"
    )
    assert result.exit_code == 0, result.output
    text = written().read_text()
    assert '# TODO: password_command = "pass show caldav"' in text
    assert "password_command" in result.stdout
    assert loaded().source is not None


def test_never_overwrites_without_force() -> None:
    assert invoke("--name", "First", input="").exit_code == 0
    again = invoke("--name", "Second", input="")
    assert again.exit_code == 2
    assert "--force" in again.stderr and str(written()) in again.stderr
    assert loaded().candidate.name == "First"
    forced = invoke("--name", "Second", "--force", input="")
    assert forced.exit_code == 0
    assert loaded().candidate.name == "Second"


def test_file_mode_is_0600_even_over_an_open_file(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("")
    path.chmod(0o644)
    result = invoke("--config", str(path), "--force", input="")
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert f"--config {path}" in result.stdout
    assert load_config(path).candidate.name == "Alex Morgan"


def test_bad_option_exits_2_and_writes_nothing() -> None:
    result = invoke("--timezone", "Nowhere/Land", "--email", "nope", input="")
    assert result.exit_code == 2
    assert "Nowhere/Land" in result.stderr and "nope" in result.stderr
    assert not written().exists()


@pytest.mark.parametrize(
    ("location", "kind"),
    [
        ("https://calendar.google.com/calendar/ical/x%40gmail.com/private-abc/basic.ics", "ics"),
        ("https://example.com/feed.ics?token=1", "ics"),
        ("https://outlook.office365.com/owa/calendar/abc/reachcalendar.ics", "ics"),
        ("webcal://p01-calendars.icloud.com/published/2/abc", "ics"),
        ("https://example.com/export/ical?user=1", "ics"),
        ("https://cloud.example.com/remote.php/dav/", "caldav"),
        ("https://caldav.fastmail.com/dav/calendars/user/alex@fastmail.com/", "caldav"),
        ("missing/calendar.ics", "ics"),
    ],
)
def test_detect_source_kind(location: str, kind: str) -> None:
    assert detect_source_kind(location) == kind


def test_detect_source_kind_on_disk(tmp_path: Path) -> None:
    (tmp_path / "export").write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    assert detect_source_kind(str(tmp_path)) == "vdir"
    assert detect_source_kind(str(tmp_path / "export")) == "ics"


@pytest.mark.parametrize(
    "answers",
    [
        Answers(),
        Answers(name="A", email="a@b.c", source_kind="ics", source="https://x.example/c.ics"),
        Answers(source_kind="vdir", source="/cal", target_kind="vdir", target="/out"),
        Answers(source_kind="caldav", source="https://d.example/", target_kind="caldav"),
        Answers(
            source_kind="caldav",
            source="https://d.example/",
            username="u",
            password_method="command",
            password_value="pass show dav",
            target_kind="caldav",
        ),
    ],
)
def test_every_config_key_is_documented(answers: Answers) -> None:
    text = render(answers)
    data = tomllib.loads(text)
    assert set(data) <= set(KNOWN_KEYS)
    for section, keys in KNOWN_KEYS.items():
        assert f"[{section}]" in text
        for key in keys:
            assert f"{key} = " in text, f"[{section}] {key} is not documented"


@settings(max_examples=60, deadline=None)
@given(st.text())
def test_toml_string_round_trips(value: str) -> None:
    assert tomllib.loads(f"v = {toml_string(value)}")["v"] == value


def test_help_has_an_example() -> None:
    result = invoke("--help")
    assert result.exit_code == 0 and "Example" in result.output
    assert isinstance(init, click.Command) and init.name == "init"


def test_a_login_without_a_full_name_leaves_the_name_to_fill_in(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Issue 11: `init < /dev/null` as root signed the drafts "root". The login name is no full
    name; the name stays a TODO, and `check` says so."""
    root = pwd.struct_passwd(("root", "x", 0, 0, "root", "/root", "/bin/sh"))
    alex = pwd.struct_passwd(("amorgan", "x", 1000, 1000, "Alex Morgan,,,", "/h", "/bin/sh"))
    monkeypatch.setattr(init_command, "account_full_name", REAL_ACCOUNT_FULL_NAME)
    monkeypatch.setattr(pwd, "getpwuid", lambda uid: alex)
    assert init_command.account_full_name() == "Alex Morgan"
    monkeypatch.setattr(pwd, "getpwuid", lambda uid: root)
    assert init_command.account_full_name() == ""

    result = invoke("--config", str(tmp_path / "c.toml"))
    assert result.exit_code == 0, result.output
    assert "# TODO: name = " in (tmp_path / "c.toml").read_text()
    config = load_config(tmp_path / "c.toml")
    assert config.candidate.name == ""
    findings = check(config, datetime(2026, 11, 20, tzinfo=UTC))
    assert any("[candidate] name" in f.text and not f.ok for f in findings)
