"""Requests and bytes of `followup run` against a real Radicale holding a few thousand events.

    python benchmarks/caldav_requests.py                # 3000 events
    python benchmarks/caldav_requests.py --events 6000

Starts Radicale on 127.0.0.1 (temp storage), uploads a generated calendar (benchmarks/generate.py)
one object per UID, then runs `followup run` twice through a counting proxy: a first run and a
rerun with nothing changed. Prints the requests (by method) and the bytes the server sent.
Targets (issue 6): the first run reads with a handful of requests, not one per event; the rerun
makes at most 3 requests and writes nothing.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from click.testing import CliRunner  # noqa: E402

from followup.cli import main as followup  # noqa: E402
from followup.connectors.ics_collection import IcsCollectionTarget  # noqa: E402
from followup.demo import demo_calendar  # noqa: E402
from tests.counting_proxy import counting_proxy  # noqa: E402
from tests.servers import (  # noqa: E402
    CalDAVServer,  # noqa: E402
    _stop,
    fresh_calendar,
    raw_put,
    start_radicale,
)

NOW = "2026-11-25T20:00"


def generated(events: int) -> bytes:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.calendar(events)


def upload(server: CalDAVServer, calendar_url: str, data: bytes, folder: Path) -> int:
    """One object per UID; the few Radicale refuses (odd generated overrides) are left out."""
    path = folder / "calendar.ics"
    path.write_bytes(data)
    stored = 0
    for item in IcsCollectionTarget(path).read_items():
        status = raw_put(server, f"{calendar_url}{item.name}.ics", item.data).status
        stored += status in (201, 204)
    return stored


def measure(events: int) -> None:
    with tempfile.TemporaryDirectory(prefix="followup-bench-") as name:
        folder = Path(name)
        running, url = start_radicale(folder)
        try:
            server = CalDAVServer("radicale", url, "bench", "", f"{url}bench/", f"{url}bench/")
            personal = fresh_calendar(server, "Personal")
            objects = upload(server, personal, generated(events), folder)
            # plus this week's interviews (the demo calendar), so that the first run writes
            objects += upload(server, personal, demo_calendar(date(2026, 11, 25)), folder)
            with counting_proxy(url) as proxy:
                config = folder / "config.toml"
                config.write_text(
                    f'[candidate]\nemail = "alex@example.com"\ntimezone = "America/New_York"\n'
                    f'[source]\nkind = "caldav"\nurl = "{proxy.url}"\nusername = "bench"\n'
                    f'calendar = "Personal"\n[target]\nkind = "caldav"\ncalendar = "Follow-ups"\n'
                    f'[state]\npath = "{folder / "state.sqlite"}"\n',
                    encoding="utf-8",
                )
                print(f"Radicale holding {objects} calendar objects ({events} events)")
                print(f"{'run':<28}{'requests':>9}{'writes':>8}{'kB sent':>9}  by method")
                for label in ("first run", "rerun, nothing changed", "and again"):
                    proxy.reset()
                    result = CliRunner().invoke(
                        followup, ["run", "--config", str(config), "--now", NOW]
                    )
                    if result.exit_code not in (0, 1):
                        raise RuntimeError(result.output)
                    methods = Counter(proxy.methods())
                    writes = methods["PUT"] + methods["DELETE"] + methods["MKCALENDAR"]
                    print(
                        f"{label:<28}{proxy.count():>9}{writes:>8}{proxy.bytes_out() / 1024:>9.0f}"
                        f"  {dict(sorted(methods.items()))}"
                    )
        finally:
            _stop(running.process)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=3000)
    args = parser.parse_args()
    os.environ.setdefault("PYTHONHASHSEED", "0")
    measure(args.events)


if __name__ == "__main__":
    main()
