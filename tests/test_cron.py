"""`followup cron`: the line, installing it through a stand-in `crontab`, and the line really running."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner, Result

from followup.cron_command import cron
from followup.crontab import (
    MARKER,
    cron_line,
    parse_at,
    systemd_quote,
    with_line,
    without_line,
)
from followup.demo import demo_calendar
from followup.init_command import init

OTHER_JOBS = "MAILTO=me@example.com\n# backups\n0 1 * * * /usr/local/bin/backup --all\n"

#: A stand-in for crontab(1): the user's crontab lives in $FAKE_CRONTAB.
FAKE_CRONTAB = f"""#!{sys.executable}
import os, sys
path = os.environ["FAKE_CRONTAB"]
if sys.argv[1:] == ["-l"]:
    if not os.path.exists(path):
        sys.stderr.write("no crontab for tester\\n")
        sys.exit(1)
    sys.stdout.write(open(path).read())
elif sys.argv[1:] == ["-"]:
    open(path, "w").write(sys.stdin.read())
else:
    sys.exit(2)
"""


@pytest.fixture(autouse=True)
def machine_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's clock in the candidate's zone (America/New_York), unless a test says else."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def on_machine(zone: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", zone)
    time.tzset()


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cron, list(args), catch_exceptions=False)


@pytest.fixture
def fake_crontab(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`crontab` first on PATH; returns the file that holds the installed crontab."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "crontab"
    script.write_text(FAKE_CRONTAB)
    script.chmod(0o755)
    store = tmp_path / "crontab.txt"
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_CRONTAB", str(store))
    return store


@pytest.fixture
def config(tmp_path: Path) -> Path:
    """A config written by init: a small calendar dated around today, a target .ics to generate."""
    source = tmp_path / "my calendar.ics"
    source.write_bytes(demo_calendar(date.today()))
    path = tmp_path / "conf" / "config.toml"
    result = CliRunner().invoke(
        init,
        ["--config", str(path), "--name", "Alex Morgan", "--email", "alex@example.com"]
        + ["--timezone", "America/New_York", "--source", str(source)]
        + ["--target", str(tmp_path / "out" / "followups.ics")],
        input="",
    )
    assert result.exit_code == 0, result.output
    return path


def ours(crontab: str) -> list[str]:
    return [line for line in crontab.splitlines() if MARKER in line]


def test_parse_at() -> None:
    assert parse_at("06:30") == (6, 30)
    assert parse_at("7:05") == (7, 5)
    for bad in ("25:99", "24:00", "6", "06:3", "noon", "-1:30"):
        with pytest.raises(ValueError):
            parse_at(bad)


def test_bad_at_exits_2() -> None:
    result = invoke("--at", "25:99")
    assert result.exit_code == 2
    assert "25:99" in result.stderr


def test_the_line(tmp_path: Path) -> None:
    conf, log = tmp_path / "c.toml", tmp_path / "logs" / "f.log"
    result = invoke("--config", str(conf), "--log-file", str(log))
    assert result.exit_code == 0, result.output
    line = result.stdout.splitlines()[0]
    fields = line.split(" ", 5)
    assert fields[:5] == ["30", "6", "*", "*", "*"]
    command = fields[5]
    assert os.path.isabs(command.split()[0])
    assert f"run --config {conf} --log-file {log}" in command
    assert command.endswith(MARKER)
    assert ">" not in command  # cron mails what the run prints
    assert str(log) in result.stdout.split("\n", 1)[1]  # says where the output goes


def test_default_config_and_log_are_absolute() -> None:
    line = invoke("--at", "22:05").stdout.splitlines()[0]
    assert line.startswith("5 22 * * * /")
    config = line.split("--config ", 1)[1].split()[0]
    log = line.split("--log-file ", 1)[1].split()[0]
    assert config == str(Path(os.environ["XDG_CONFIG_HOME"]) / "followup" / "config.toml")
    assert os.path.isabs(log) and log.endswith("followup.log")


def test_percent_is_escaped_for_cron() -> None:
    line = cron_line(6, 30, ["/bin/followup", "run", "--config", "/a/100% sure.toml"])
    assert "'/a/100\\% sure.toml'" in line
    assert "%" not in line.replace("\\%", "")


def test_with_line_is_idempotent_and_replaces() -> None:
    first = with_line(OTHER_JOBS, cron_line(6, 30, ["/f", "run"]))
    assert with_line(first, cron_line(6, 30, ["/f", "run"])) == first
    moved = with_line(first, cron_line(7, 15, ["/f", "run"]))
    assert ours(moved) == [f"15 7 * * * /f run {MARKER}"]
    assert without_line(moved) == OTHER_JOBS
    assert without_line(with_line("", cron_line(6, 30, ["/f"]))) == ""


def test_install_twice_gives_one_line(fake_crontab: Path, config: Path) -> None:
    fake_crontab.write_text(OTHER_JOBS)
    first = invoke("--install", "--config", str(config))
    assert first.exit_code == 0, first.output
    installed = fake_crontab.read_text()
    second = invoke("--install", "--config", str(config))
    assert second.exit_code == 0, second.output
    assert "Already" in second.stdout
    assert fake_crontab.read_text() == installed
    assert len(ours(installed)) == 1
    assert installed.startswith(OTHER_JOBS)

    moved = invoke("--install", "--config", str(config), "--at", "07:15")
    assert moved.exit_code == 0, moved.output
    lines = ours(fake_crontab.read_text())
    assert len(lines) == 1 and lines[0].startswith("15 7 * * * ")

    removed = invoke("--uninstall")
    assert removed.exit_code == 0, removed.output
    assert fake_crontab.read_text() == OTHER_JOBS
    again = invoke("--uninstall")
    assert again.exit_code == 0 and "nothing to remove" in again.stdout
    assert fake_crontab.read_text() == OTHER_JOBS


def test_install_into_no_crontab(fake_crontab: Path, config: Path) -> None:
    assert not fake_crontab.exists()
    result = invoke("--install", "--config", str(config))
    assert result.exit_code == 0, result.output
    assert len(ours(fake_crontab.read_text())) == 1
    assert fake_crontab.read_text().count("\n") == 1


def test_install_needs_a_config(fake_crontab: Path, tmp_path: Path) -> None:
    result = invoke("--install", "--config", str(tmp_path / "none.toml"))
    assert result.exit_code == 2
    assert "followup init" in result.stderr
    assert not fake_crontab.exists()


def test_install_and_uninstall_together_exit_2(fake_crontab: Path) -> None:
    assert invoke("--install", "--uninstall").exit_code == 2
    assert invoke("--systemd", "--install").exit_code == 2


def test_systemd_units(tmp_path: Path) -> None:
    result = invoke("--systemd", "--at", "6:30", "--config", str(tmp_path / "my conf.toml"))
    assert result.exit_code == 0, result.output
    out = result.stdout
    exec_start = next(line for line in out.splitlines() if line.startswith("ExecStart="))
    assert os.path.isabs(exec_start.removeprefix("ExecStart=").split()[0])
    assert f'--config "{tmp_path / "my conf.toml"}"' in exec_start
    assert "OnCalendar=*-*-* 06:30:00" in out and "Persistent=true" in out
    assert "Type=oneshot" in out and "WantedBy=timers.target" in out
    assert "systemctl --user enable --now followup.timer" in out


def test_a_machine_in_another_zone_runs_at_the_candidates_time(
    fake_crontab: Path, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 11: 06:30 is the candidate's 06:30. Without CRON_TZ (Debian's cron), the line is at
    the matching machine time, and says so."""
    on_machine("UTC", monkeypatch)
    result = invoke("--install", "--config", str(config))
    assert result.exit_code == 0, result.output
    (line,) = ours(fake_crontab.read_text())
    here = datetime.combine(date.today(), datetime.min.time().replace(hour=6, minute=30))
    utc = here.replace(tzinfo=ZoneInfo("America/New_York")).astimezone(ZoneInfo("UTC"))
    assert line.startswith(f"{utc.minute} {utc.hour} * * * ")
    assert f"(06:30 America/New_York is {utc:%H:%M} here;" in line
    assert "CRON_TZ" not in fake_crontab.read_text()
    assert invoke("--install", "--config", str(config)).stdout.startswith("Already")
    assert invoke("--uninstall").exit_code == 0 and fake_crontab.read_text() == ""


def test_a_cron_that_knows_zones_gets_cron_tz(
    fake_crontab: Path, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_machine("UTC", monkeypatch)
    script = fake_crontab.parent / "bin" / "crontab"
    script.write_text(
        script.read_text().replace(
            "else:\n    sys.exit(2)",
            'elif sys.argv[1:] == ["-V"]:\n    print("cronie 1.7.2")\nelse:\n    sys.exit(2)',
        )
    )
    fake_crontab.write_text(OTHER_JOBS)
    assert invoke("--install", "--config", str(config)).exit_code == 0
    installed = fake_crontab.read_text()
    assert installed.startswith(OTHER_JOBS), "other jobs keep their place and their zone"
    tail = installed.removeprefix(OTHER_JOBS).splitlines()
    assert tail[0] == "CRON_TZ=America/New_York"
    assert tail[1].startswith("30 6 * * * ") and len(tail) == 2
    assert invoke("--install", "--config", str(config)).stdout.startswith("Already")
    assert invoke("--uninstall").exit_code == 0
    assert fake_crontab.read_text() == OTHER_JOBS


def test_the_systemd_timer_names_the_candidates_zone(config: Path) -> None:
    result = invoke("--systemd", "--config", str(config))
    assert "OnCalendar=*-*-* 06:30:00 America/New_York" in result.stdout


def test_systemd_quote() -> None:
    assert systemd_quote("/usr/bin/followup") == "/usr/bin/followup"
    assert systemd_quote("/a b/100%") == '"/a b/100%%"'
    assert systemd_quote('x"$y') == '"x\\"$$y"'


def test_the_printed_line_runs(config: Path, tmp_path: Path) -> None:
    """Run the command part as cron would: /bin/sh, a bare environment, another working folder."""
    log = tmp_path / "log" / "followup.log"
    line = invoke("--config", str(config), "--log-file", str(log)).stdout.splitlines()[0]
    command = line.split(" ", 5)[5].replace("\\%", "%")  # crontab(5) unescapes '\%'
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()

    def nightly() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["/bin/sh", "-c", command],
            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8"},
            cwd=elsewhere,
            capture_output=True,
            text=True,
            timeout=60,
        )

    first = nightly()
    assert first.returncode == 0, first.stderr
    target = tmp_path / "out" / "followups.ics"
    assert b"X-FOLLOWUP-STAGE" in target.read_bytes()
    assert first.stdout.strip()  # news: cron mails it
    assert log.exists()
    second = nightly()
    assert (second.returncode, second.stdout, second.stderr) == (0, "", "")  # no news, no mail
