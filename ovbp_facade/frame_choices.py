"""The frames a selection answers, as the user chooses: pandas (the default, as ovbpclient answered),
a polars DataFrame or a pyarrow Table (extras `ovbp[polars]`, `ovbp[arrow]`), and a timezone-aware
time index on request (`tz=`): the points are then asked in UTC (`clock="gmt"`), which names every
instant once, also in the repeated hour of a change back from daylight saving time."""

from __future__ import annotations

import dataclasses
import zoneinfo
from typing import TYPE_CHECKING, Literal, get_args

import pandas as pd

if TYPE_CHECKING:
    import polars as pl
    import pyarrow as pa

    from .select_signatures import SelectOptions

__all__ = ["AS_ANSWERED", "FRAMES", "TIME_COLUMN", "Frame", "FrameChoice", "as_arrow", "as_polars"]

Frame = Literal["pandas", "polars", "arrow"]
FRAMES: tuple[Frame, ...] = get_args(Frame)
#: the name of the time column of a polars or Arrow answer (they have no index)
TIME_COLUMN = "time"


@dataclasses.dataclass(frozen=True)
class FrameChoice:
    """What a selection answers: which frame, and which zone its times are in (None: naive wall time,
    as the platform answers)."""

    frame: Frame = "pandas"
    tz: str | None = None

    def __post_init__(self) -> None:
        if self.frame not in FRAMES:
            raise ValueError(f"frame={self.frame!r}: expected one of {', '.join(map(repr, FRAMES))}")
        if self.tz is not None:
            try:
                zoneinfo.ZoneInfo(self.tz)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                raise ValueError(
                    f"tz={self.tz!r} is not a timezone: give an IANA name such as 'Europe/Paris' or 'UTC'"
                ) from None

    def options(self, options: SelectOptions) -> SelectOptions:
        """The select options to ask with: in UTC when an aware index is wanted."""
        if self.tz is None:
            return options
        if options.clock not in (None, "gmt"):
            raise ValueError(
                f"tz={self.tz!r} asks the points in UTC (clock='gmt') and converts them; "
                f"clock={options.clock!r} cannot go with it: leave clock out"
            )
        return dataclasses.replace(options, clock="gmt")

    def localized(self, data: pd.DataFrame) -> pd.DataFrame:
        """`data` (its index read in UTC) in the chosen zone; unchanged without `tz`."""
        if self.tz is None:
            return data
        return data.set_axis(_aware(data.index, self.tz), axis=0)

    def localized_series(self, data: pd.Series[float]) -> pd.Series[float]:
        if self.tz is None:
            return data
        return data.set_axis(_aware(data.index, self.tz), axis=0)

    def answer(self, data: pd.DataFrame) -> pd.DataFrame | pl.DataFrame | pa.Table:
        """`data` localized, in the chosen frame."""
        data = self.localized(data)
        if self.frame == "polars":
            return as_polars(data)
        if self.frame == "arrow":
            return as_arrow(data)
        return data


#: pandas, in the wall time the platform answers
AS_ANSWERED = FrameChoice()


def _aware(index: pd.Index, tz: str) -> pd.DatetimeIndex:
    times = pd.DatetimeIndex(index)
    aware = times.tz_localize("UTC") if times.tz is None else times
    return aware.tz_convert(tz).rename(index.name)


def _with_time_column(data: pd.DataFrame) -> pd.DataFrame:
    return data.rename_axis(TIME_COLUMN).reset_index()


def as_polars(data: pd.DataFrame) -> pl.DataFrame:
    """The frame as polars: a `time` column first, then one column per series."""
    try:
        import polars
    except ImportError:
        raise ImportError("frame='polars' needs polars: pip install 'ovbp[polars]'") from None
    return polars.from_pandas(_with_time_column(data))


def as_arrow(data: pd.DataFrame) -> pa.Table:
    """The frame as a pyarrow Table: a `time` column first, then one column per series."""
    try:
        import pyarrow
    except ImportError:
        raise ImportError("frame='arrow' needs pyarrow: pip install 'ovbp[arrow]'") from None
    table: pa.Table = pyarrow.Table.from_pandas(_with_time_column(data), preserve_index=False)
    return table
