"""Run the reliability tests and write RELIABILITY.md from what they report (never typed by hand).

    python tools/reliability.py            # runs the tests, rewrites RELIABILITY.md
    python tools/reliability.py --check    # the same, but fails if any figure is not as promised

The tests count what they try through the `figures` fixture (tests/conftest.py); this script runs
them with $FOLLOWUP_FIGURES pointing at a file, reads the counts and pytest's JUnit XML, and writes
the table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: test file -> what it shows (one row of the table each)
AREAS = {
    "tests/test_bad_input.py": "Malformed calendars (tests/data/bad/ and the calendars icalendar and "
    "recurring-ical-events ship): exit 0, 1 or 3, never a traceback; bad events named; good ones planned",
    "tests/test_fuzz.py": "Fuzzing (hypothesis): calendar reader, reply-by and summary parsers, "
    "`plan` on mutated calendars: no crash, no hang",
    "tests/test_time_limit.py": "A calendar item that stalls the reader (injected) is skipped "
    "after a time limit and named; the other items are read",
    "tests/test_server_faults.py": "Server faults between followup and a real Radicale (500, 503, "
    "412, resets, stalls): bounded timeouts, retries, exit codes, convergence afterwards",
    "tests/test_crashes.py": "Runs killed with SIGKILL at random points, then a normal run: "
    "convergence, no half-written state or target",
    "tests/test_hostile_text.py": "Hostile event text: no header or mailto injection, template "
    "syntax never evaluated, sandboxed user templates, oversized fields cut",
    "tests/test_secrets.py": "A sentinel password never in output, logs, state or error text; "
    "TLS verified by default; warnings for risky settings",
    "tests/test_contract.py": "The safety promises on every target (memory, .ics, in-place .ics, "
    "vdir, Radicale, Radicale with a login, Xandikos, Cyrus)",
    "tests/test_soak.py": "A season of nights: an evolving job search (new interviews, "
    "reschedules, cancellations, deletions, later rounds, reply-by and status lines added later, "
    "a recurring onsite, a malformed invite, a reminder edited and one deleted by hand), one run "
    "a night on a generated .ics, the source .ics itself, a vdir and a CalDAV calendar that is "
    "its own source: no duplicate, the user's items byte for byte, every pending reminder the "
    "plan's, none of an ended chain, a second run silent",
}

#: the figures the issue asks for: (label, count name summed over every area that reports it)
FIGURES = [
    ("inputs tried (malformed files, fuzzed inputs, hostile texts)", "inputs tried"),
    ("crashes (tracebacks or unexpected errors)", "crashes"),
    ("duplicate reminders found", "duplicate reminders found"),
    ("foreign events changed", "foreign items changed"),
    ("secrets leaked", "secrets leaked"),
]


def run_tests(files: list[str]) -> tuple[dict[str, int], dict[str, tuple[int, int]]]:
    with tempfile.TemporaryDirectory() as folder:
        figures_file = Path(folder) / "figures.json"
        junit = Path(folder) / "junit.xml"
        env = {**os.environ, "FOLLOWUP_FIGURES": str(figures_file)}
        # in one process: each of xdist's workers would write its own counts over the others'
        command = [sys.executable, "-m", "pytest", "-q", "-n", "0", "-p", "no:cacheprovider"]
        subprocess.run([*command, f"--junitxml={junit}", *files], cwd=ROOT, env=env, check=False)
        counts = json.loads(figures_file.read_text()) if figures_file.exists() else {}
        results: dict[str, tuple[int, int]] = {}
        for case in ET.parse(junit).getroot().iter("testcase"):
            name = case.get("classname", "").replace(".", "/") + ".py"
            total, passed = results.get(name, (0, 0))
            failed = any(child.tag in ("failure", "error") for child in case)
            skipped = any(child.tag == "skipped" for child in case)
            results[name] = (total + 1, passed + (not failed and not skipped))
    return counts, results


def figure(counts: dict[str, int], key: str) -> int:
    """The sum of every count named `key`, or "<area>: <key>"."""
    return sum(value for name, value in counts.items() if name == key or name.endswith(f": {key}"))


def render(counts: dict[str, int], results: dict[str, tuple[int, int]]) -> str:
    failed_crash_areas = sum(
        total - passed
        for name, (total, passed) in results.items()
        if name in ("tests/test_bad_input.py", "tests/test_fuzz.py")
    )
    values = {key: figure(counts, key) for _, key in FIGURES}
    values["crashes"] += failed_crash_areas
    lines = [
        "# Reliability",
        "",
        "What is tested to show that followup cannot hurt a calendar, and the figures of the latest",
        "run. Generated by `python tools/reliability.py` (do not edit by hand).",
        "",
        f"Latest run: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, Python {platform.python_version()}.",
        "",
        "| figure | latest run |",
        "|---|---:|",
        *(f"| {label} | {values[key]} |" for label, key in FIGURES),
        "",
        "| area | tests passed |",
        "|---|---:|",
    ]
    for name, text in AREAS.items():
        total, passed = results.get(name, (0, 0))
        lines.append(f"| {text} (`{name}`) | {passed} / {total} |")
    lines += ["", "Every count the tests reported:", "", "| count | value |", "|---|---:|"]
    lines += [f"| {name} | {value} |" for name, value in sorted(counts.items())]
    return "\n".join(lines) + "\n" + HUNTING


HUNTING = """
## Hunting hangs

CI fuzzes the same inputs on every run, so that a red build can be reproduced. To explore new
ones, run the fuzz tests with random inputs, many times as many, writing each calendar to a file
before it is read:

    FOLLOWUP_FUZZ_EXPLORE=20 FOLLOWUP_FUZZ_CURRENT=/tmp/fuzz-current.ics \\
        python -m pytest tests/test_fuzz.py -k "reader or plan" -p no:cacheprovider

A crash is shrunk and printed by hypothesis; a hang is not (its deadline is checked only after
an input finishes, and a hang never finishes). If the file stops changing for more than a few
seconds, it holds the input that hangs. Add it to `tests/data/bad/` (see its README) with the
fix. Random fuzzing found three hangs this way, now fixed and in that corpus: VTIMEZONE rules
no time zone has (`FREQ=SECONDLY`, `INTERVAL=0`), which dateutil walks step by step from 1601;
an event nested inside another one; and a VTIMEZONE missing an END line, which nested every
event inside it.
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail unless every figure is 0")
    args = parser.parse_args()
    files = [f for f in AREAS if (ROOT / f).exists()]
    counts, results = run_tests(files)
    text = render(counts, results)
    (ROOT / "RELIABILITY.md").write_text(text, encoding="utf-8")
    print(text)
    bad = [label for label, key in FIGURES[1:] if f"| {label} | 0 |" not in text]
    all_passed = all(total == passed for total, passed in results.values())
    if args.check and (bad or not all_passed):
        print(f"not as promised: {bad or 'some tests failed'}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
