"""Child process running one user script (``python .../scripts/worker.py WORK_DIR``).

Standard library and pandas only: it runs by path, without importing the ovbp_sandbox package.

Reads ``job.json``, ``script.py`` and the input (``content.bin`` or ``input.parquet``) from
WORK_DIR, calls ``parse`` or ``analyze`` and writes ``output.parquet``, or ``error.json`` with a
reason and the user's traceback. Only Parquet and JSON cross the process boundary (never pickle).
"""

from __future__ import annotations

import io
import json
import linecache
import pathlib
import sys
import traceback
from typing import Any


class ContentBytes(bytes):
    """The file content: real ``bytes`` that pandas 3 also reads as a file (``pd.read_json(content_bytes)``).

    pandas 3 no longer reads raw bytes given as a literal; platform parse scripts do exactly that.
    """

    def _buffer(self) -> io.BytesIO:
        buffer = self.__dict__.get("_buffer_")
        if buffer is None:
            buffer = io.BytesIO(bytes(self))
            self.__dict__["_buffer_"] = buffer
        assert isinstance(buffer, io.BytesIO)
        return buffer

    def read(self, size: int | None = -1) -> bytes:
        return self._buffer().read(size)

    def readline(self, size: int | None = -1) -> bytes:
        return self._buffer().readline(size)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._buffer().seek(offset, whence)

    def tell(self) -> int:
        return self._buffer().tell()

    def seekable(self) -> bool:
        return True

    def readable(self) -> bool:
        return True


class UserError(Exception):
    """A problem of the user's script, reported with ``reason``."""

    def __init__(self, reason: str, user_traceback: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.user_traceback = user_traceback


def _user_traceback(error: BaseException, filename: str) -> str:
    """The traceback restricted to the frames of the user's script (plus the exception line)."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == filename]
    lines = ["Traceback (most recent call last):\n", *traceback.format_list(frames)]
    lines += traceback.format_exception_only(type(error), error)
    return "".join(lines)


def normalize_result(result: object, function: str) -> Any:
    """Check and convert what the user returned: DataFrame, datetime index, numeric columns."""
    import pandas as pd

    if not isinstance(result, pd.DataFrame):
        raise UserError(f"{function} must return a pandas DataFrame, it returned {type(result).__name__}")
    df = result.copy()
    df.columns = [str(c) for c in df.columns]
    if df.columns.duplicated().any():
        duplicated = sorted(set(df.columns[df.columns.duplicated()]))
        raise UserError(f"{function} returned duplicate column names: {duplicated}")
    if pd.api.types.is_numeric_dtype(df.index.dtype) and len(df.index) > 0:
        raise UserError(
            f"{function} must return a DataFrame indexed by datetimes; its index has dtype {df.index.dtype}"
        )
    try:
        index = pd.DatetimeIndex(pd.to_datetime(df.index))
    except (ValueError, TypeError) as error:
        raise UserError(
            f"{function} must return a DataFrame indexed by datetimes; "
            f"its index could not be converted ({error})"
        ) from None
    if index.tz is not None:
        index = index.tz_localize(None)  # keep the wall-clock time the script gave
    df.index = index.as_unit("ns")
    df = df[df.index.notna()]  # rows without a usable timestamp cannot be stored
    for column in df.columns:
        try:
            df[column] = pd.to_numeric(df[column]).astype("float64")
        except (ValueError, TypeError):
            raise UserError(
                f"{function} must return numeric columns; column {column!r} has dtype {df[column].dtype}"
            ) from None
    return df


def run(work_dir: pathlib.Path) -> None:
    """Do the job of WORK_DIR; every outcome ends in output.parquet or error.json."""
    job = json.loads((work_dir / "job.json").read_text())
    script_path = work_dir / "script.py"
    function = str(job["function"])
    filename = f"<{function} script>"
    try:
        source = script_path.read_text()
        # lets tracebacks quote the script's lines under a name free of temporary paths
        linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
        try:
            code = compile(source, filename, "exec")
        except SyntaxError as error:
            text = "".join(traceback.format_exception_only(type(error), error))
            raise UserError(f"syntax error in the script: {error.msg} (line {error.lineno})", text) from None
        namespace: dict[str, Any] = {"__name__": "user_script", "__file__": filename}
        try:
            exec(code, namespace)
        except Exception as error:
            raise UserError(
                f"the script raised {type(error).__name__} while loading: {error}",
                _user_traceback(error, filename),
            ) from None
        func = namespace.get(function)
        if not callable(func):
            raise UserError(f"the script defines no function {function}(...)")
        import pandas as pd

        tools: dict[str, Any] = {}
        try:
            if function == "parse":
                content = ContentBytes((work_dir / "content.bin").read_bytes())
                result = func(content, str(job["rel_path"]), **tools)
            else:
                df = pd.read_parquet(work_dir / "input.parquet")
                result = func(df, **tools)
        except MemoryError:
            raise UserError("the script ran out of memory (memory limit reached)") from None
        except Exception as error:
            raise UserError(
                f"{function} raised {type(error).__name__}: {error}", _user_traceback(error, filename)
            ) from None
        normalize_result(result, function).to_parquet(work_dir / "output.parquet")
    except UserError as error:
        (work_dir / "error.json").write_text(
            json.dumps({"reason": error.reason, "traceback": error.user_traceback})
        )
    except MemoryError:
        (work_dir / "error.json").write_text(
            json.dumps({"reason": "the script ran out of memory (memory limit reached)", "traceback": ""})
        )


if __name__ == "__main__":
    run(pathlib.Path(sys.argv[1]))
