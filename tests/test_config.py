"""The config file: defaults, every documented key, every problem reported at once."""

from __future__ import annotations

import re
import tomllib
from datetime import time, timedelta
from pathlib import Path

import pytest

from followup.config import KNOWN_KEYS, default_config_path, load_config, parse_config
from followup.config_calendars import Password
from followup.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_example_config_documents_every_key_and_loads(tmp_path: Path) -> None:
    text = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    for section, keys in KNOWN_KEYS.items():
        assert f"[{section}]" in text
        for key in keys:
            assert re.search(rf"^#? ?{key} =", text, re.M), f"[{section}] {key} is not documented"
    config = parse_config(tomllib.loads(text), base=tmp_path, path=None)
    assert config.candidate.timezone == "America/New_York"
    assert config.source is not None and config.source.location.endswith("personal.ics")
    assert config.target is not None and config.target.attach_eml is True
    assert config.workflow.lookback_days == 30
    assert config.workflow.working_hours == (time(9), time(18))


def test_missing_default_config_means_defaults(tmp_path: Path) -> None:
    config = load_config(None, {"XDG_CONFIG_HOME": str(tmp_path)})
    assert config.path is None
    assert config.source is None
    assert "interview" in config.detect.keywords


def test_explicit_missing_config_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "nope.toml", {})
    assert info.value.exit_code == 2
    assert "nope.toml" in str(info.value)


def test_config_path_precedence(tmp_path: Path) -> None:
    assert default_config_path({"FOLLOWUP_CONFIG": "/x/c.toml", "XDG_CONFIG_HOME": "/y"}) == Path(
        "/x/c.toml"
    )
    assert default_config_path({"XDG_CONFIG_HOME": "/y"}) == Path("/y/followup/config.toml")


def test_every_problem_is_listed_together(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
[candidate]
timezone = "Mars/Olympus"
emial = "typo@example.com"
[source]
kind = "ftp"
[target]
attach_eml = "yes"
path = "out.ics"
[workflow]
working_hours = "nine to five"
lookback_days = "thirty"
[wat]
x = 1
""",
    )
    with pytest.raises(ConfigError) as info:
        load_config(path, {})
    text = str(info.value)
    for fragment in (
        "Mars/Olympus",
        "unknown key 'emial'",
        "kind must be one of",
        "needs a path or url",
        "attach_eml must be true or false",
        "working_hours",
        "lookback_days must be a whole number",
        "unknown section [wat]",
    ):
        assert fragment in text
    assert len(info.value.problems) >= 8


def test_a_misspelt_key_or_section_suggests_the_nearest_known_one(tmp_path: Path) -> None:
    path = write(tmp_path, '[candidate]\ntimezon = "UTC"\nemial = "a@b.example"\n[sourc]\n')
    with pytest.raises(ConfigError) as info:
        load_config(path, {})
    text = str(info.value)
    assert "unknown key 'timezon'; did you mean 'timezone'?" in text
    assert "unknown key 'emial'; did you mean 'email'?" in text
    assert "unknown section [sourc]; did you mean 'source'?" in text
    path = write(tmp_path, "[candidate]\nxyzzy = 1\n")
    with pytest.raises(ConfigError) as info:
        load_config(path, {})
    assert "unknown key 'xyzzy'" in str(info.value) and "did you mean" not in str(info.value)


def test_relative_paths_are_relative_to_the_config_file(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[source]\npath = "cal.ics"\n[target]\npath = "out/followups.ics"\n',
    )
    config = load_config(path, {})
    assert config.source is not None and config.source.location == str(tmp_path / "cal.ics")
    assert config.target is not None and config.target.location == str(
        tmp_path / "out" / "followups.ics"
    )


def test_url_sources_are_kept_as_urls(tmp_path: Path) -> None:
    path = write(tmp_path, '[source]\nurl = "https://calendar.example/feed.ics"\ntimeout = 5\n')
    config = load_config(path, {})
    assert config.source is not None
    assert config.source.location == "https://calendar.example/feed.ics"
    assert config.source.timeout == 5.0


def test_workflow_overrides_from_config(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[workflow]\nbusiness_days = false\nworking_hours = "08:00-20:00"\n'
        'offsets = { nudge = "3d" }\n',
    )
    wf = load_config(path, {}).workflow
    assert wf.business_days is False
    assert wf.working_hours == (time(8), time(20))
    nudge = next(s for s in wf.stages if s.name == "nudge")
    assert nudge.offset == timedelta(days=3)


def test_bad_toml_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "[candidate\nname = 1")
    with pytest.raises(ConfigError) as info:
        load_config(path, {})
    assert str(path) in str(info.value)


def test_caldav_target_shares_the_source_server_and_login(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[source]\nkind = "caldav"\nurl = "https://dav.example/"\nusername = "alex"\n'
        'password_env = "FOLLOWUP_TEST_PW"\ncalendar = "Personal"\ntimeout = 5\n'
        '[target]\nkind = "caldav"\n',
    )
    config = load_config(path, {})
    assert config.source is not None and config.target is not None
    assert config.target.location == "https://dav.example/"
    assert config.target.username == "alex"
    assert config.target.calendar == "Follow-ups"
    assert config.target.timeout == 5.0
    assert config.target.create is True


def test_password_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOLLOWUP_TEST_PW", "sentinel-secret-42")
    assert Password(env="FOLLOWUP_TEST_PW").resolve() == "sentinel-secret-42"
    assert Password(command="echo sentinel-secret-42").resolve() == "sentinel-secret-42"
    assert Password(value="sentinel-secret-42").resolve() == "sentinel-secret-42"
    assert "sentinel" not in repr(Password(value="sentinel-secret-42"))
    with pytest.raises(ConfigError) as info:
        Password(env="FOLLOWUP_UNSET_VARIABLE").resolve()
    assert "FOLLOWUP_UNSET_VARIABLE" in str(info.value)
    with pytest.raises(ConfigError) as info:
        Password(command="false sentinel-secret-42").resolve()
    assert "sentinel" not in str(info.value)


def test_one_password_source_only_and_a_url_for_caldav(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[source]\nkind = "caldav"\npassword = "x"\npassword_env = "Y"\n[target]\nkind = "vdir"\n',
    )
    with pytest.raises(ConfigError) as info:
        load_config(path, {})
    text = str(info.value)
    assert "give only one of password_env, password" in text
    assert "kind 'caldav' needs a url" in text
    assert "kind 'vdir' needs a path" in text
