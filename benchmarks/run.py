"""followup run vs icalendar's full parse of the same calendar: time and peak memory, as ratios.

Each measurement is its own child process (interpreter start and imports included on both
sides); peak memory is the child's own ru_maxrss, read with os.wait4. Times are the median of
--repeat runs. The machines are shared: read the ratios, not the absolute figures.

    python benchmarks/run.py                       # 1k, 10k, 100k events (generated if missing)
    python benchmarks/run.py --sizes 1000 --repeat 1
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import generate  # noqa: E402

NOW = "2026-11-25T20:00"
BASELINE = "import sys, icalendar; icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())"
CONFIG = """\
[candidate]
name = "Alex Morgan"
email = "alex@example.com"
timezone = "America/New_York"

[state]
path = "{state}"
"""


@dataclass
class Figure:
    seconds: float
    peak_mib: float


def measure(argv: list[str]) -> Figure:
    """Run one child process; its wall time and its own peak resident memory."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    stderr = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
    if child.returncode not in (0, 1):  # 1: some events could not be used, the rest was done
        raise SystemExit(f"{' '.join(argv)} exited {child.returncode}:\n{stderr}")
    return Figure(seconds, usage.ru_maxrss / 1024)  # Linux: KiB


def followup_argv(calendar: Path, folder: Path) -> list[str]:
    """A first run (fresh state and target) of `followup run`, as cron would start it."""
    config = folder / "config.toml"
    config.write_text(CONFIG.format(state=folder / "state.sqlite"), encoding="utf-8")
    return [
        sys.executable,
        "-m",
        "followup",
        "run",
        "--config",
        str(config),
        "--source",
        str(calendar),
        "--target",
        str(folder / "followups.ics"),
        "--now",
        NOW,
        "-q",
    ]


def median(figures: list[Figure]) -> Figure:
    return Figure(
        statistics.median(f.seconds for f in figures),
        statistics.median(f.peak_mib for f in figures),
    )


def bench(calendar: Path, repeat: int) -> tuple[Figure, Figure]:
    """(baseline, followup) medians, the two alternating so that load hits both alike."""
    base: list[Figure] = []
    ours: list[Figure] = []
    for _ in range(repeat):
        base.append(measure([sys.executable, "-c", BASELINE, str(calendar)]))
        with tempfile.TemporaryDirectory(prefix="followup-bench-") as folder:
            ours.append(measure(followup_argv(calendar, Path(folder))))
    return median(base), median(ours)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", default="1000,10000,100000", help="event counts, comma-separated"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    header = (
        f"{'events':>8} {'MiB':>6} | {'full parse s':>12} {'MB':>6} | {'followup s':>10} {'MB':>6}"
        f" | {'time ratio':>10} {'mem ratio':>9}"
    )
    print(header)
    print("-" * len(header))
    results: dict[int, Figure] = {}
    for size in sizes:
        calendar = generate.write(size, args.out)
        base, ours = bench(calendar, args.repeat)
        results[size] = ours
        mib = calendar.stat().st_size / 2**20
        row = (
            f"{size:>8} {mib:>6.1f} | {base.seconds:>12.2f} {base.peak_mib:>6.0f} | "
            f"{ours.seconds:>10.2f} {ours.peak_mib:>6.0f} | "
            f"{ours.seconds / base.seconds:>10.3f} {ours.peak_mib / base.peak_mib:>9.3f}"
        )
        rows.append(row)
        print(row, flush=True)
    for small, large in zip(sizes, sizes[1:], strict=False):
        growth = results[large].seconds / results[small].seconds
        print(f"followup time {large}/{small} events: x{growth:.2f} (linear: x{large / small:g})")


if __name__ == "__main__":
    main()
