"""User scripts run in a limited subprocess, exchanging Parquet/JSON only."""

from __future__ import annotations

import time

import pandas as pd
import pytest

from ovbp_facade.guide_scripts import IMPORTER_SCRIPT
from ovbp_sandbox.scripts.runner import ScriptError, run_analyze, run_parse


def guide_content() -> bytes:
    df = pd.DataFrame(
        dict(a=[1] * 24, b=[2] * 24, c=[3] * 24), index=pd.date_range("2012-01-01", periods=24, freq="h")
    )
    return df.to_json(date_format="iso").encode()


def test_guide_parse_script_reads_json_bytes() -> None:
    df = run_parse(IMPORTER_SCRIPT, guide_content(), "first.json", 30)
    assert list(df.columns) == ["a", "b", "c"]
    assert (df.dtypes == "float64").all()
    assert df.index[0] == pd.Timestamp("2012-01-01") and len(df) == 24
    assert (df["c"] == 3.0).all()


def test_rel_path_and_bytes_are_passed() -> None:
    script = (
        "import pandas as pd\n"
        "def parse(content_bytes, rel_path, **tools):\n"
        "    assert isinstance(content_bytes, bytes)\n"
        "    n = float(len(content_bytes))\n"
        "    return pd.DataFrame({rel_path: [n]}, index=[pd.Timestamp('2012-01-01')])\n"
    )
    df = run_parse(script, b"12345", "dir/f.csv", 30)
    assert df["dir/f.csv"].tolist() == [5.0]


def test_syntax_error() -> None:
    with pytest.raises(ScriptError) as info:
        run_parse("def parse(:\n", b"", "x", 30)
    assert info.value.reason.startswith("syntax error")
    assert "SyntaxError" in info.value.traceback


def test_exception_carries_user_traceback() -> None:
    script = (
        "def helper():\n    return 1 / 0\n\n"
        "def parse(content_bytes, rel_path, **t):\n    print('hello')\n    return helper()\n"
    )
    with pytest.raises(ScriptError) as info:
        run_parse(script, b"", "x", 30)
    assert info.value.reason == "parse raised ZeroDivisionError: division by zero"
    tb = info.value.traceback
    assert "in parse" in tb and "in helper" in tb and "return 1 / 0" in tb
    assert "ovbp-parse-" not in tb  # no temporary paths
    assert tb.rstrip().endswith("hello")  # what the script printed comes last


def test_wrong_return_type_and_bad_columns() -> None:
    with pytest.raises(ScriptError, match="must return a pandas DataFrame, it returned list"):
        run_parse("def parse(c, p, **t):\n    return [1]\n", b"", "x", 30)
    bad_column = (
        "import pandas as pd\ndef parse(c, p, **t):\n    return pd.DataFrame({'x': ['a']}, index=['2012'])\n"
    )
    with pytest.raises(ScriptError, match="numeric columns; column 'x'"):
        run_parse(bad_column, b"", "x", 30)
    bad_index = (
        "import pandas as pd\ndef parse(c, p, **t):\n    return pd.DataFrame({'x': [1.0]}, index=['nope'])\n"
    )
    with pytest.raises(ScriptError, match="indexed by datetimes"):
        run_parse(bad_index, b"", "x", 30)


def test_missing_function() -> None:
    with pytest.raises(ScriptError, match=r"no function analyze\(\.\.\.\)"):
        run_analyze("x = 1\n", pd.DataFrame({"a": [1.0]}, index=[pd.Timestamp("2012")]), 30)


def test_endless_loop_times_out() -> None:
    started = time.monotonic()
    with pytest.raises(ScriptError, match="took longer than 3 s"):
        run_parse("def parse(c, p, **t):\n    while True:\n        pass\n", b"", "x", 3)
    assert time.monotonic() - started < 10


def test_huge_allocation_is_stopped() -> None:
    # 3 GiB of zeroed memory is cheap without a limit (lazily mapped): only RLIMIT_AS refuses it
    script = (
        "import pandas as pd\n"
        "def parse(c, p, **t):\n"
        "    block = bytearray(3 * 1024**3)\n"
        "    return pd.DataFrame({'n': [float(len(block))]}, index=[pd.Timestamp('2012')])\n"
    )
    with pytest.raises(ScriptError, match="memory"):
        run_parse(script, b"", "x", 30)


def test_subprocess_gets_no_pickle() -> None:
    script = (
        "import os\nimport sys\nimport pandas as pd\n"
        "def analyze(df, **tools):\n"
        "    names = sorted(os.listdir('.'))\n"
        "    server_loaded = float('ovbp_sandbox' in sys.modules)\n"
        "    columns = {'server_loaded': server_loaded, **{n: [1.0] for n in names}}\n"
        "    return pd.DataFrame(columns, index=[df.index[0]])\n"
    )
    df = run_analyze(script, pd.DataFrame({"a": [1.0]}, index=[pd.Timestamp("2012-01-01")]), 30)
    assert sorted(df.columns) == ["input.parquet", "job.json", "output.txt", "script.py", "server_loaded"]
    assert df["server_loaded"].tolist() == [0.0]  # the worker runs without the sandbox package


def test_analyze_round_trip() -> None:
    frame = pd.DataFrame(
        {"a": [1.0, 2.0], 3: [4.0, 5.0]}, index=pd.date_range("2012-01-01", periods=2, freq="3h")
    )
    result = run_analyze("def analyze(df, **tools):\n    return df * 2\n", frame, 30)
    assert result["a"].tolist() == [2.0, 4.0]
    assert result["3"].tolist() == [8.0, 10.0]
    assert list(result.index) == list(frame.index)


def test_stop_all_kills_running_scripts() -> None:
    import threading

    from ovbp_sandbox.scripts.runner import stop_all

    errors: list[ScriptError] = []

    def run() -> None:
        try:
            run_parse("def parse(c, p, **t):\n    while True:\n        pass\n", b"", "x", 60)
        except ScriptError as error:
            errors.append(error)

    thread = threading.Thread(target=run)
    started = time.monotonic()
    thread.start()
    while stop_all() == 0 and time.monotonic() - started < 20:
        time.sleep(0.05)
    thread.join(20)
    assert time.monotonic() - started < 20
    (error,) = errors
    assert error.reason == "parse was stopped: the sandbox is shutting down"
