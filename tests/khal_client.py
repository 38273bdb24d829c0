"""A real calendar client for the tests: khal (from PyPI), importing into a temporary vdir."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

KHAL = [sys.executable, "-c", "from khal.cli import main_khal; main_khal()"]


class Khal:
    """khal with its own config, vdir and database under `home`, in the given local zone."""

    def __init__(self, home: Path, timezone: str = "America/New_York") -> None:
        self.home = home
        self.vdir = home / "followups"
        self.vdir.mkdir(parents=True)
        self.config = home / "khal.conf"
        self.config.write_text(
            textwrap.dedent(
                f"""\
                [calendars]
                [[followups]]
                path = {self.vdir}
                [locale]
                timeformat = %H:%M
                dateformat = %Y-%m-%d
                longdateformat = %Y-%m-%d
                datetimeformat = %Y-%m-%d %H:%M
                longdatetimeformat = %Y-%m-%d %H:%M
                local_timezone = {timezone}
                default_timezone = {timezone}
                [sqlite]
                path = {home / "khal.db"}
                """
            )
        )

    def __call__(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {"HOME": str(self.home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
        return subprocess.run(
            [*KHAL, "-c", str(self.config), *args], capture_output=True, text=True, env=env
        )

    def import_file(self, ics: Path) -> subprocess.CompletedProcess[str]:
        return self("import", "--batch", str(ics))
