"""Series exports: a zip of CSV files, as the platform drops into the user's FTP ``series_exports/``.

In ``dataframe`` mode the columns are joined and cut to the range every series covers (the
guide's dataframe export of importer, cleaned and analysis series spans 03:00..20:00).

Export names look like ``a cleaned [cleaner=importer a]``: the series and generator names with
non-alphanumerics turned into spaces, then ``[<generator model>=<generator name>]``. Zip names
carry a UTC timestamp with microseconds so that the newest export sorts last by name (the client
takes the greatest name).
"""

from __future__ import annotations

import datetime as dt
import io
import pathlib
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ovbp_sandbox.timeseries.cleaning import aggregate
from ovbp_sandbox.timeseries.frequencies import check_steps, parse_frequency

MAX_EXPORT_STEPS = 20_000_000
_NON_ALNUM = re.compile(r"[^0-9A-Za-z]+")


def clean_name(name: str) -> str:
    """Non-alphanumerics as single spaces, trimmed."""
    return _NON_ALNUM.sub(" ", name).strip()


def export_name(series_name: str, generator_model: str, generator_name: str) -> str:
    """``a cleaned [cleaner=importer a]``."""
    return f"{clean_name(series_name)} [{generator_model}={clean_name(generator_name)}]"


def zip_file_name(now: dt.datetime | None = None) -> str:
    """``export-20120101T000000.000000Z.zip``: sorts by creation time."""
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    return f"export-{moment.strftime('%Y%m%dT%H%M%S.%f')}Z.zip"


@dataclass(frozen=True)
class ExportSeries:
    """One series to export: its export name and its points (already in the wanted clock)."""

    name: str
    points: pd.Series


def prepare(
    points: pd.Series, start: pd.Timestamp | None, end: pd.Timestamp | None, out_freq: str | None
) -> pd.Series:
    """Cut to [start, end] (both bounds included, as ``select`` does) and bring to ``out_freq``.

    Finer series are averaged in end-labelled intervals (t - out_freq, t]; coarser ones are
    repeated forward over their own step (a 3H value at 03:00 also gives 04:00 and 05:00 at 1H),
    which is what the platform's dataframe exports show.
    """
    se = points.dropna()
    if start is not None:
        se = se[se.index >= start]
    if end is not None:
        se = se[se.index <= end]
    if not out_freq or se.empty:
        return se
    freq = parse_frequency(out_freq, "out_freq")
    check_steps(se.index[0], se.index[-1], freq, "out_freq", MAX_EXPORT_STEPS)
    out = freq.timedelta
    resampled = aggregate(se.resample(out, closed="right", label="right"), "mean")
    if len(se) > 1:
        step = pd.Timedelta(np.median(np.diff(pd.DatetimeIndex(se.index).as_unit("ns").asi8)), unit="ns")
        repeat = int(step // out) - 1
        if repeat > 0:
            resampled = resampled.ffill(limit=repeat)
            last = resampled.index.max() + out * repeat
            resampled = resampled.reindex(pd.date_range(resampled.index.min(), last, freq=out)).ffill(
                limit=repeat
            )
            if end is not None:
                resampled = resampled[resampled.index <= end]
    return resampled.dropna()


def common_range(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows between the latest first point and the earliest last point of the columns."""
    present = frame.notna()
    if frame.empty or not bool(present.any().all()):
        return frame.iloc[0:0]
    index = pd.DatetimeIndex(frame.index)
    first = max(index[present[c].to_numpy()].min() for c in frame.columns)
    last = min(index[present[c].to_numpy()].max() for c in frame.columns)
    return frame[(index >= first) & (index <= last)]


def _csv(frame: pd.DataFrame, sep: str, decimal: str) -> bytes:
    buffer = io.StringIO()
    frame.to_csv(buffer, sep=sep, decimal=decimal, date_format="%Y-%m-%d %H:%M:%S")
    return buffer.getvalue().encode("utf-8")


def _unique(names: Sequence[str]) -> list[str]:
    seen: dict[str, int] = {}
    answer = []
    for name in names:
        count = seen.get(name, 0)
        seen[name] = count + 1
        answer.append(name if count == 0 else f"{name} ({count + 1})")
    return answer


def build_zip(
    series: Sequence[ExportSeries], *, out_mode: str = "series", sep: str = ",", decimal: str = "."
) -> bytes:
    """The zip: one CSV per series (``series``) or one CSV with a column per series (``dataframe``)."""
    names = _unique([s.name for s in series])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        if out_mode == "dataframe":
            # columns in the order of their names, as the platform's dataframe exports show them
            columns = sorted(zip(names, series, strict=True), key=lambda pair: pair[0])
            frame = common_range(pd.DataFrame({name: s.points for name, s in columns}))
            frame.index.name = "date"
            archive.writestr("export.csv", _csv(frame, sep, decimal))
        else:
            for name, s in zip(names, series, strict=True):
                frame = pd.DataFrame({name: s.points})
                frame.index.name = "date"
                archive.writestr(f"{name}.csv", _csv(frame, sep, decimal))
    return buffer.getvalue()


def write_export(directory: pathlib.Path, content: bytes, now: dt.datetime | None = None) -> pathlib.Path:
    """Write the zip into ``directory`` (created if needed) under a name that sorts by time."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / zip_file_name(now)
    tmp = path.with_suffix(".part")
    tmp.write_bytes(content)
    tmp.replace(path)
    return path


def export_options(body: Mapping[str, object]) -> tuple[str, str, str]:
    """(out_mode, sep, decimal) with the platform's defaults."""
    out_mode = str(body.get("out_mode") or "series")
    sep = str(body.get("sep") or ",")
    decimal = str(body.get("decimal") or ".")
    return out_mode, sep, decimal
