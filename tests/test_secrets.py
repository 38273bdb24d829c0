"""Secrets: a sentinel password never shows up in output, logs, the state file or error text."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from followup.cli import main
from tests.conftest import DEMO_NOW, Figures
from tests.servers import HTPASSWD_PASSWORD, CalDAVServer, fresh_calendar

SENTINEL_WRONG = "Sentinel-Wrong-Pa55-7d1e"


def write_config(
    tmp_path: Path, server: CalDAVServer, password_line: str, mode: int = 0o600
) -> Path:
    config = tmp_path / "config.toml"
    config.write_text(
        f"""
[candidate]
email = "alex@example.com"
timezone = "America/New_York"
[source]
path = "{tmp_path / "calendar.ics"}"
[target]
kind = "caldav"
url = "{server.url}"
username = "{server.username}"
{password_line}
calendar = "{fresh_calendar(server)}"
timeout = 5
[state]
path = "{tmp_path / "state.sqlite"}"
""",
        encoding="utf-8",
    )
    config.chmod(mode)
    return config


def everything_written(tmp_path: Path) -> bytes:
    """Every byte followup left on disk in the test folder (state, WAL, logs, outputs)."""
    out = b""
    for path in tmp_path.rglob("*"):
        if path.is_file() and path.name != "config.toml":
            out += path.read_bytes()
    return out


def run(config: Path, log: Path) -> tuple[int, str]:
    result = CliRunner().invoke(
        main, ["run", "--config", str(config), "--now", DEMO_NOW, "-v", "--log-file", str(log)]
    )
    return result.exit_code, result.output


@pytest.mark.parametrize(
    "password_line",
    [
        f'password = "{SENTINEL_WRONG}"',
        f'password_command = "echo {SENTINEL_WRONG}"',
        'password_env = "FOLLOWUP_TEST_SECRET"',
    ],
)
def test_a_refused_password_is_never_shown(
    radicale_htpasswd_server: CalDAVServer,
    tmp_path: Path,
    demo_ics: Path,
    password_line: str,
    monkeypatch: pytest.MonkeyPatch,
    figures: Figures,
) -> None:
    monkeypatch.setenv("FOLLOWUP_TEST_SECRET", SENTINEL_WRONG)
    (tmp_path / "calendar.ics").write_bytes(demo_ics.read_bytes())
    config = write_config(tmp_path, radicale_htpasswd_server, password_line)
    code, output = run(config, tmp_path / "followup.log")
    assert code == 3, output
    assert "refused the login" in output
    leaks = (SENTINEL_WRONG in output) + (SENTINEL_WRONG.encode() in everything_written(tmp_path))
    figures.add("secrets: outputs and files searched", 2)
    figures.add("secrets leaked", leaks)
    assert leaks == 0


def test_a_working_password_is_never_shown_or_stored(
    radicale_htpasswd_server: CalDAVServer, tmp_path: Path, demo_ics: Path, figures: Figures
) -> None:
    (tmp_path / "calendar.ics").write_bytes(demo_ics.read_bytes())
    config = write_config(tmp_path, radicale_htpasswd_server, f'password = "{HTPASSWD_PASSWORD}"')
    code, output = run(config, tmp_path / "followup.log")
    assert code == 0 and "created" in output
    code, output = run(config, tmp_path / "followup.log")
    assert code == 0
    disk = everything_written(tmp_path)
    assert b"created" in disk  # the log and the state really were written
    leaks = (HTPASSWD_PASSWORD in output) + (HTPASSWD_PASSWORD.encode() in disk)
    figures.add("secrets: outputs and files searched", 2)
    figures.add("secrets leaked", leaks)
    assert leaks == 0


def test_a_readable_config_with_a_password_draws_a_warning(
    radicale_htpasswd_server: CalDAVServer, tmp_path: Path, demo_ics: Path
) -> None:
    (tmp_path / "calendar.ics").write_bytes(demo_ics.read_bytes())
    config = write_config(
        tmp_path, radicale_htpasswd_server, f'password = "{HTPASSWD_PASSWORD}"', mode=0o644
    )
    result = CliRunner().invoke(main, ["run", "--config", str(config), "--now", DEMO_NOW])
    assert result.exit_code == 0
    assert "other users can read it" in result.stderr and "chmod 600" in result.stderr
    assert HTPASSWD_PASSWORD not in result.output
    config.chmod(0o600)
    quiet = CliRunner().invoke(main, ["run", "--config", str(config), "--now", DEMO_NOW])
    assert quiet.stderr == ""


def test_tls_is_verified_unless_explicitly_turned_off(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[source]\nkind = "caldav"\nurl = "https://127.0.0.1:9/dav/"\nverify_tls = false\n'
        "timeout = 2\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check", "--config", str(config)])
    assert "verify_tls = false" in result.stderr and "certificate is not checked" in result.stderr
    config.write_text(
        '[source]\nkind = "caldav"\nurl = "https://127.0.0.1:9/dav/"\ntimeout = 2\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check", "--config", str(config)])
    assert "verify_tls" not in result.stderr
    assert result.exit_code in (2, 3)
