"""What the command line's tests share besides fixtures: how a run is seen (`Ran`, `Runner`), the
environment commands run in, and the guide's file uploaded to a gate."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import pandas as pd

from ovbp_facade import Project
from ovbp_sandbox import Sandbox

OVBP = Path(sys.executable).with_name("ovbp")  # the console script of the editable install
BROKEN_SCRIPT = (
    "def parse(content_bytes, rel_path, **tools):\n    raise ValueError('no parser for ' + rel_path)\n"
)


@dataclass(frozen=True)
class Ran:
    """What one `ovbp` run did: exit code, stdout, stderr."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def json_lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.out.splitlines()]

    @property
    def said(self) -> str:
        """stderr as one line of words, the frame Typer draws around usage errors taken away."""
        return " ".join(word for word in self.err.split() if not set(word) <= set("│╭╮╰╯─"))


WIDE = 240  # columns of the terminal the commands see


class Runner(Protocol):
    def __call__(self, *args: str, env: Mapping[str, str] | None = None) -> Ran: ...


def clean_environment(sandbox: Sandbox) -> dict[str, str]:
    """This process' environment without any OVBP_ setting of the developer's, pointed at the sandbox, and
    a terminal wide enough that no table cell or message wraps (temporary paths are long)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OVBP_")}
    env.update(OVBP_URL=sandbox.url, OVBP_AUTH_PATH=str(sandbox.auth_path), COLUMNS=str(WIDE))
    return env


def upload(project: Project, gate_name: str, name: str = "first.json") -> None:
    """The guide's file (a, b, c over 24 hours of 2012-01-01) into a gate's FTP account."""
    frame = pd.DataFrame(
        {"a": [1.0] * 24, "b": [2.0] * 24, "c": [3.0] * 24},
        index=pd.date_range("2012-01-01", periods=24, freq="h"),
    )
    with project.get_gate(gate_name).get_ftputil_client() as ftp, ftp.open(name, "w") as f:
        f.write(frame.to_json(date_format="iso"))
