"""Domain errors. Each carries its exit code (contract: command line); the CLI turns them into messages."""

from __future__ import annotations


class FollowupError(Exception):
    """Base class: a problem to tell the user about, with the exit code it ends the run with."""

    exit_code = 1


class ConfigError(FollowupError):
    """The configuration or the command line is wrong. Lists every problem found, not just the first."""

    exit_code = 2

    def __init__(self, problems: list[str], where: str = "") -> None:
        self.problems = list(problems)
        self.where = where
        head = f"configuration problems in {where}:" if where else "configuration problems:"
        super().__init__("\n".join([head, *(f"  - {p}" for p in self.problems)]))


class SourceUnavailable(FollowupError):
    """The calendar could not be reached or read at all."""

    exit_code = 3


class LockHeld(FollowupError):
    """Another run holds the lock."""

    exit_code = 4


class UsageError(FollowupError):
    """A command was given something it cannot use (an unknown interview, a bad option value)."""

    exit_code = 2

    def __init__(self, message: str, candidates: list[str] | None = None) -> None:
        super().__init__("\n".join([message, *(f"    {c}" for c in candidates or [])]))
