from typing import Literal

SeriesExportRequestOutMode = Literal["dataframe", "series"]

SERIES_EXPORT_REQUEST_OUT_MODE_VALUES: set[SeriesExportRequestOutMode] = {
    "dataframe",
    "series",
}


def check_series_export_request_out_mode(value: str) -> SeriesExportRequestOutMode:
    if value in SERIES_EXPORT_REQUEST_OUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SERIES_EXPORT_REQUEST_OUT_MODE_VALUES!r}"
    )
