"""`pip install ovbp` from the built wheel: the client alone, typed; the sandbox asks for its extra. And a
plain editable install of a checkout (no build step writes code) type-checks as the repository does.

Both start from the repository's files as git has them (the working tree's, without what git ignores)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements" / f"lock-py{sys.version_info[0]}.{sys.version_info[1]}.txt"

USER_FILE = """
from typing import assert_type

import ftputil

from ovbp_facade import AsyncClient, AsyncGate, Client, Gate, Project


async def use_async(client: AsyncClient) -> None:
    gate: AsyncGate = await (await client.get_project("Org", "Project")).get_gate("gate")
    assert_type(await gate.get_ftputil_client(), ftputil.FTPHost)


def use(client: Client, project: Project, gate: Gate) -> None:
    assert_type(project.name, str)
    found: Gate = project.get_gate("gate")
    print(found.id, gate.get_ftp_account().host)
    with gate.get_ftputil_client() as ftp_client:  # the guide's upload cell, typed by ftputil-stubs
        assert_type(ftp_client, ftputil.FTPHost)
        with ftp_client.open("first.json", "w") as f:
            f.write("{}")
"""


def run(args: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=900)


def checkout(target: Path) -> Path:
    """The files git knows of (tracked, or new and not ignored), copied as they are in the working tree."""
    listed = run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"], cwd=ROOT)
    for name in filter(None, listed.stdout.split("\0")):
        source = ROOT / name
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():
            (target / name).symlink_to(source.readlink())
        elif source.is_file():
            shutil.copy2(source, target / name)
    return target


@pytest.mark.slow
def test_the_wheel_installs_the_client_alone(tmp_path: Path) -> None:
    source = checkout(tmp_path / "source")
    assert (source / "ovbp_facade" / "_sync" / "client.py").is_file()  # committed, not built
    built = run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"), str(source)]
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("ovbp-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert {"ovbp_facade/_sync/client.py", "ovbp_facade/_async/client.py"} <= set(names)
    venv = tmp_path / "venv"
    assert run([sys.executable, "-m", "venv", str(venv)]).returncode == 0
    python = venv / "bin" / "python"
    installed = run([str(python), "-m", "pip", "install", "-q", "-c", str(LOCK), str(wheel)])
    assert installed.returncode == 0, installed.stderr
    listed = run([str(python), "-m", "pip", "list", "--format=freeze"]).stdout.lower()
    for server_part in ("starlette", "uvicorn", "openapi-core", "pyftpdlib", "croniter", "pyarrow", "plotly"):
        assert f"{server_part}==" not in listed, server_part  # the sandbox's stack is an extra
    names_of = "from ovbp_facade import AsyncClient, Client; print(Client.__name__, AsyncClient.__name__)"
    client = run([str(python), "-c", names_of], cwd=tmp_path)
    assert client.returncode == 0 and client.stdout.strip() == "Client AsyncClient", client.stderr
    sandbox = run([str(python), "-c", "import ovbp_sandbox"], cwd=tmp_path)
    assert sandbox.returncode != 0 and "pip install 'ovbp[sandbox]'" in sandbox.stderr
    ovbp = venv / "bin" / "ovbp"  # the command line comes with the client
    helped = run([str(ovbp), "--help"], cwd=tmp_path)
    assert helped.returncode == 0 and "project" in helped.stdout, helped.stderr
    handed = run([str(ovbp), "sandbox", "serve"], cwd=tmp_path)
    assert handed.returncode == 1 and "pip install 'ovbp[sandbox]' (not installed: starlette" in handed.stderr
    (tmp_path / "app.py").write_text(USER_FILE)
    checked = run(
        [sys.executable, "-m", "mypy", "--strict", "--python-executable", str(python), "app.py"], cwd=tmp_path
    )
    assert checked.returncode == 0, checked.stdout
    (tmp_path / "pyrightconfig.json").write_text('{"typeCheckingMode": "strict"}')
    pyright = Path(sys.executable).with_name("pyright")
    checked = run([str(pyright), "--pythonpath", str(python), "app.py"], cwd=tmp_path)
    assert checked.returncode == 0 and "0 errors" in checked.stdout, checked.stdout + checked.stderr


def _code_files(folder: Path) -> dict[str, bytes]:
    found = [p for p in folder.rglob("*.py") if "__pycache__" not in p.parts]
    return {str(p.relative_to(folder)): p.read_bytes() for p in found}


@pytest.mark.slow
def test_a_plain_editable_install_of_a_checkout_type_checks(tmp_path: Path) -> None:
    """`pip install -e '.[dev]'` in its default mode (an import hook, which mypy cannot follow), then
    mypy --strict over the packages and tests with the repository's settings: no error."""
    source = checkout(tmp_path / "source")
    venv = tmp_path / "venv"
    assert run([sys.executable, "-m", "venv", str(venv)]).returncode == 0
    python = venv / "bin" / "python"
    before = _code_files(source)
    installed = run([str(python), "-m", "pip", "install", "-q", "-c", str(LOCK), "-e", ".[dev]"], cwd=source)
    assert installed.returncode == 0, installed.stderr
    assert _code_files(source) == before  # the install wrote no code
    checked = run([str(python), "-m", "mypy"], cwd=source)
    assert checked.returncode == 0, checked.stdout[-4000:]
    assert "Success: no issues found" in checked.stdout
