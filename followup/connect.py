"""Open the configured calendars: config -> connector. The one place that knows every kind."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from followup.config import Config
from followup.config_calendars import SourceConfig, TargetConfig
from followup.config_check import is_url
from followup.connectors.base import Source, Target
from followup.connectors.ics import redact_url
from followup.errors import ConfigError

NO_SOURCE = "no calendar to read: give --source PATH|URL or [source] in the config"
NO_TARGET = "no target to write: give --target PATH or [target] in the config"


def calendar_key(cal: SourceConfig) -> str:
    """Names a CalDAV calendar in the state (to remember its URL): server, user, calendar."""
    return "|".join((cal.location, cal.username, cal.calendar))


def _caldav(cal: SourceConfig, *, create: bool, hints: Mapping[str, str]):  # type: ignore[no-untyped-def]
    from followup.connectors.caldav import CalDAVStore

    return CalDAVStore(
        cal.location,
        username=cal.username,
        password=cal.password.resolve() or "",
        calendar=cal.calendar or None,
        timeout=cal.timeout,
        verify_tls=cal.verify_tls,
        create=create,
        hint_url=hints.get(calendar_key(cal)),
    )


def open_source(config: Config, hints: Mapping[str, str] = MappingProxyType({})) -> Source:
    """The configured source; `hints` are calendar URLs remembered from earlier runs."""
    source = config.source
    if source is None:
        raise ConfigError([NO_SOURCE])
    if source.kind == "caldav":
        return _caldav(source, create=False, hints=hints)
    if source.kind == "vdir":
        from followup.connectors.vdir import VdirStore

        return VdirStore(source.location)
    from followup.connectors import ics

    if is_url(source.location):
        return ics.IcsUrlSource(
            source.location, timeout=source.timeout, verify_tls=source.verify_tls
        )
    return ics.IcsFileSource(source.location)


def open_target(config: Config, hints: Mapping[str, str] = MappingProxyType({})) -> Target:
    target = config.target
    if target is None:
        raise ConfigError([NO_TARGET])
    if target.kind == "caldav":
        return _caldav(target, create=target.create, hints=hints)
    if target.kind == "vdir":
        from followup.connectors.vdir import VdirStore

        return VdirStore(target.location)
    from followup.connectors.ics_collection import IcsCollectionTarget

    return IcsCollectionTarget(target.location, calname=target.name)


def target_key(target: TargetConfig) -> str:
    """Names a target in the state file: kind, location and calendar, never a secret."""
    return "|".join((target.kind, target.location, target.calendar))


def describe_source(cal: SourceConfig) -> str:
    """The source for a message: a URL without what may be a secret in it."""
    return redact_url(cal.location) if is_url(cal.location) else cal.location


def describe_target(target: TargetConfig) -> str:
    if target.kind == "caldav":
        return f"calendar '{target.calendar}' on {target.location}"
    return target.location
