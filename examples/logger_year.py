"""A year of a data logger's daily files, through an importer, a cleaner and an analysis of daily energy.

The logger drops one CSV a day on the project's gate (10-minute power readings, kW); the importer parses
them, the cleaner makes a regular 10-minute series, and an analysis sums it into daily energy (kWh).

    OVBP_URL=... OVBP_AUTH_PATH=auth.txt OVBP_ORGANIZATION=Openergy python examples/logger_year.py
"""

from __future__ import annotations

import io
import os
import uuid

import numpy as np
import pandas as pd

from ovbp_facade import Client

PARSE = """
import io
import pandas as pd

def parse(content_bytes, rel_path, **tools):
    return pd.read_csv(io.BytesIO(content_bytes), index_col=0, parse_dates=True)
"""
ANALYZE = """
import pandas as pd

def analyze(df, **tools):
    # 10-minute mean power (kW) -> energy of each day (kWh)
    return pd.DataFrame({"energy-kwh": df["power-cleaned"].resample("1D").sum() / 6})
"""


def daily_file(day: pd.Timestamp, rng: np.random.Generator) -> str:
    """One day of 10-minute power readings, as a logger writes them."""
    index = pd.date_range(day, periods=144, freq="10min")
    hours = index.hour + index.minute / 60
    power = 20 + 15 * np.clip(np.sin((hours - 6) / 12 * np.pi), 0, None) + rng.normal(0, 1, len(index))
    frame = pd.DataFrame({"power": power.round(2)}, index=index.rename("time"))
    buffer = io.StringIO()
    frame.to_csv(buffer)
    return buffer.getvalue()


def main() -> None:
    client = Client()  # OVBP_URL, and OVBP_AUTH_PATH or OVBP_LOGIN / OVBP_PASSWORD
    organization = client.get_organization(os.environ.get("OVBP_ORGANIZATION", "Openergy"))
    project = organization.create_project(f"logger-year-{uuid.uuid4().hex[:6]}")
    gate = project.create_gate("logger")
    gate.attach_internal_ftp_account()

    days = pd.date_range("2023-01-01", "2023-12-31", freq="D")
    rng = np.random.default_rng(7)
    with gate.get_ftputil_client() as ftp:
        for day in days:
            with ftp.open(f"{day:%Y%m%d}.csv", "w") as f:
                f.write(daily_file(day, rng))

    importer = project.create_importer("logger")
    importer.configure(gate, parse_script=PARSE, crontab="0 0 0 1 1 *")
    importer.run().wait_for_completion(timeout=600)

    cleaner = importer.get_cleaner()
    cleaner.create_unitcleaner("power", "power-cleaned", freq="10min", unit="kW")
    cleaner.run().wait_for_completion(timeout=600)

    analysis = project.create_analysis("daily-energy")
    analysis.create_analysis_input(cleaner, "power-cleaned", "power-cleaned")
    analysis.create_analysis_output("energy-kwh", "sum", unit="kWh")
    analysis.create_analysis_config("10min", "1D", ANALYZE)
    analysis.run().wait_for_completion(timeout=600)

    (energy,) = analysis.list_all_output_series()
    daily = energy.select_data()
    print(f"{len(days)} daily files imported; {len(daily)} days of energy")
    print(
        f"yearly energy: {daily.sum():,.0f} kWh; best day {daily.idxmax():%Y-%m-%d} ({daily.max():,.0f} kWh)"
    )
    client.close()


if __name__ == "__main__":
    main()
