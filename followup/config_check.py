"""Reading typed values out of TOML tables while collecting every problem (reported together)."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from pathlib import Path
from typing import Any


class Checker:
    """Collects problems while reading typed values out of the TOML tables."""

    def __init__(self, data: Mapping[str, Any], known_keys: Mapping[str, set[str]]) -> None:
        self.data = data
        self.known_keys = known_keys
        self.problems: list[str] = []

    def table(self, name: str) -> Mapping[str, Any]:
        value = self.data.get(name, {})
        if not isinstance(value, Mapping):
            self.problems.append(f"[{name}] must be a table")
            return {}
        for key in value:
            if key not in self.known_keys[name]:
                self.problems.append(
                    f"[{name}] unknown key '{key}'{nearest(key, self.known_keys[name])}"
                )
        return value

    def get(
        self, table: Mapping[str, Any], section: str, key: str, kind: type, default: Any
    ) -> Any:
        value = table.get(key, default)
        if value is default:
            return default
        ok = isinstance(value, kind) and not (kind in (int, float) and isinstance(value, bool))
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value, ok = float(value), True
        if not ok:
            self.problems.append(f"[{section}] {key} must be {_type_name(kind)}, not {value!r}")
            return default
        return value


def nearest(key: str, known: set[str]) -> str:
    """ "; did you mean 'timezone'?" for a misspelt key (difflib's closest match), else ""."""
    close = difflib.get_close_matches(key.lower(), sorted(known), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def _type_name(kind: type) -> str:
    return {str: "a string", int: "a whole number", float: "a number", bool: "true or false"}.get(
        kind, kind.__name__
    )


def resolve_path(value: str, base: Path) -> Path:
    """`~` expanded; a relative path is relative to `base` (the config file's folder)."""
    path = Path(value).expanduser()
    return path if path.is_absolute() else base / path


def is_url(location: str) -> bool:
    return location.lower().startswith(("http://", "https://", "webcal://"))
