"""Peak memory of one facade select_data of a big series: `python -m benchmarks.memory_probe URL AUTH ID`.

Prints JSON {"idle_mb", "peak_above_idle_mb", "points"}; run in its own process so the peak is this select's.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ovbp_facade import Client


def status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def main() -> None:
    url, auth_path, series_id = sys.argv[1:4]
    client = Client(auth_path, url=url)
    series = client.series.retrieve(series_id)
    idle_kb = status_kb("VmRSS")
    points = len(series.select_data())
    peak_kb = status_kb("VmHWM")
    client.close()
    print(
        json.dumps(
            {"idle_mb": idle_kb / 1024, "peak_above_idle_mb": (peak_kb - idle_kb) / 1024, "points": points}
        )
    )


if __name__ == "__main__":
    main()
