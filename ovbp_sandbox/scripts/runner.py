"""Run user scripts (importer ``parse``, analysis ``analyze``) in a limited child process.

The child gets a wall-clock timeout (killed on expiry), CPU-time and address-space limits, and
exchanges data with us through Parquet/JSON files in a temporary directory, never pickle, so a
script can neither hang the engine nor smuggle objects into it.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import pathlib
import resource
import signal
import subprocess
import sys
import tempfile
import threading

import pandas as pd

# run by path, not with -m: importing the package would load the HTTP and FTP servers too;
# -P keeps the worker's folder off sys.path, so a user script imports only what is installed
WORKER_PATH = pathlib.Path(__file__).with_name("worker.py")
MEMORY_LIMIT_BYTES = 2 * 1024**3  # leaves room for pandas + pyarrow imports
CPU_MARGIN_S = 5


_running: dict[subprocess.Popen[bytes], int] = {}  # process -> id of the thread waiting for it
_running_lock = threading.Lock()
_stopped_by_us: set[int] = set()


def stop_all(thread_id: int | None = None) -> int:
    """Kill the scripts running now (those run by ``thread_id`` when given); their runs fail as stopped."""
    with _running_lock:
        processes = [p for p, t in _running.items() if thread_id is None or t == thread_id]
        _stopped_by_us.update(p.pid for p in processes)
    for process in processes:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    return len(processes)


class ScriptError(Exception):
    """A user script failed: ``reason`` is one line for task messages, ``traceback`` the details."""

    def __init__(self, reason: str, traceback: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.traceback = traceback


def _limits(cpu_s: int, memory_bytes: int) -> None:
    """preexec_fn: applied in the child before exec."""
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 2))
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    # one thread per numeric library: predictable memory use under RLIMIT_AS
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "ARROW_NUM_THREADS"):
        env[name] = "1"
    return env


def _printed(path: pathlib.Path, limit: int = 4000) -> str:
    """What the script printed (its last ``limit`` characters), to append to a failure's details."""
    text = path.read_text(errors="replace") if path.exists() else ""
    if not text.strip():
        return ""
    return "\n--- script output (last lines) ---\n" + text[-limit:]


def _run(
    work_dir: pathlib.Path, function: str, extra: dict[str, str], timeout_s: float, memory_bytes: int
) -> pd.DataFrame:
    (work_dir / "job.json").write_text(json.dumps({"function": function, **extra}))
    cpu_s = math.ceil(timeout_s) + CPU_MARGIN_S
    output_path = work_dir / "output.txt"
    with open(output_path, "wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-P", str(WORKER_PATH), str(work_dir)],
            cwd=work_dir,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            env=_child_env(),
            start_new_session=True,
            preexec_fn=lambda: _limits(cpu_s, memory_bytes),
        )
        with _running_lock:
            _running[process] = threading.get_ident()
        try:
            returncode = process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            raise ScriptError(
                f"{function} took longer than {timeout_s:g} s and was stopped", _printed(output_path)
            ) from None
        finally:
            with _running_lock:
                _running.pop(process, None)
                stopped = process.pid in _stopped_by_us
                _stopped_by_us.discard(process.pid)
        if stopped:
            raise ScriptError(f"{function} was stopped: the sandbox is shutting down")
    error_path = work_dir / "error.json"
    if error_path.exists():
        error = json.loads(error_path.read_text())
        raise ScriptError(str(error["reason"]), str(error["traceback"]) + _printed(output_path))
    printed = _printed(output_path)
    if returncode in (-signal.SIGKILL, -signal.SIGXCPU):
        raise ScriptError(f"{function} was killed: CPU time ({cpu_s} s) or memory limit reached", printed)
    if returncode != 0 or not (work_dir / "output.parquet").exists():
        raise ScriptError(f"{function} crashed (exit code {returncode})", printed)
    df = pd.read_parquet(work_dir / "output.parquet")
    df.index = pd.DatetimeIndex(df.index)
    return df


def run_parse(
    script: str, content: bytes, rel_path: str, timeout_s: float, *, memory_bytes: int = MEMORY_LIMIT_BYTES
) -> pd.DataFrame:
    """Call the script's ``parse(content_bytes, rel_path, **tools)``; answer its checked DataFrame."""
    with tempfile.TemporaryDirectory(prefix="ovbp-parse-") as tmp:
        work_dir = pathlib.Path(tmp)
        (work_dir / "script.py").write_text(script)
        (work_dir / "content.bin").write_bytes(content)
        return _run(work_dir, "parse", {"rel_path": rel_path}, timeout_s, memory_bytes)


def run_analyze(
    script: str, df: pd.DataFrame, timeout_s: float, *, memory_bytes: int = MEMORY_LIMIT_BYTES
) -> pd.DataFrame:
    """Call the script's ``analyze(df, **tools)``; answer its checked DataFrame."""
    with tempfile.TemporaryDirectory(prefix="ovbp-analyze-") as tmp:
        work_dir = pathlib.Path(tmp)
        (work_dir / "script.py").write_text(script)
        frame = df.copy()
        frame.columns = [str(c) for c in frame.columns]
        frame.to_parquet(work_dir / "input.parquet")
        return _run(work_dir, "analyze", {}, timeout_s, memory_bytes)
