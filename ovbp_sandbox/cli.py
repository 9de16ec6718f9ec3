"""``ovbp-sandbox serve | add-user``: run the local platform, or give it another user."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from ovbp_sandbox.api.faults import FAULT_KINDS, FaultSettings
from ovbp_sandbox.backend.store import Store
from ovbp_sandbox.server import LOCALHOST, Sandbox, add_user

DEFAULT_DATA_DIR = Path("ovbp-sandbox-data")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ovbp-sandbox", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the HTTP API, the FTP server and the engine")
    serve.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR, help="where everything is kept")
    serve.add_argument("--host", default=LOCALHOST, help="address to bind (127.0.0.1 unless --allow-remote)")
    serve.add_argument("--port", type=int, default=8000, help="HTTP port (0: a free port)")
    serve.add_argument("--ftp-port", type=int, default=0, help="FTP port (0: a free port)")
    serve.add_argument("--organization", default="Sandbox", help="organization of the first user")
    serve.add_argument("--allow-remote", action="store_true", help="allow binding another address")
    serve.add_argument(
        "--script-timeout", type=float, default=60.0, help="seconds a user script may run before it is killed"
    )
    faults = serve.add_argument_group("fault injection (to test clients' retries)")
    faults.add_argument("--fault-rate", type=float, default=0.0, help="share (0..1) of requests made to fail")
    faults.add_argument("--fault-methods", default="GET,HEAD", help="methods that may fail (comma-separated)")
    faults.add_argument(
        "--fault-kinds", default=",".join(FAULT_KINDS), help="503 and/or drop (comma-separated)"
    )
    faults.add_argument("--fault-delay", type=float, default=0.0, help="seconds added to every answer")
    faults.add_argument("--fault-seed", type=int, default=None, help="seed, for reproducible faults")

    add = commands.add_parser("add-user", help="add a user (and their organization if new)")
    add.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    add.add_argument("--organization", required=True)
    add.add_argument("--login", required=True)
    add.add_argument("--password", default=None, help="generated when not given")
    return parser


def serve(args: argparse.Namespace) -> int:
    if args.host != LOCALHOST and not args.allow_remote:
        print(f"ovbp-sandbox: refusing to bind {args.host}: pass --allow-remote to do so", file=sys.stderr)
        return 2
    try:
        faults = FaultSettings(
            rate=args.fault_rate,
            methods=frozenset(m.strip() for m in args.fault_methods.split(",") if m.strip()),
            kinds=tuple(k.strip() for k in args.fault_kinds.split(",") if k.strip()),
            delay_s=args.fault_delay,
            seed=args.fault_seed,
        )
    except ValueError as exc:
        print(f"ovbp-sandbox: {exc}", file=sys.stderr)
        return 2
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    sandbox = Sandbox(
        args.data_dir,
        args.organization,
        host=args.host,
        port=args.port,
        ftp_port=args.ftp_port,
        allow_remote=args.allow_remote,
        faults=faults,
        script_timeout_s=args.script_timeout,
    )
    with sandbox:
        print(
            f"ovbp-sandbox ready url={sandbox.url} ftp={sandbox.ftp_host}:{sandbox.ftp_port}"
            f" auth={sandbox.auth_path} dashboard={sandbox.dashboard_url}",
            flush=True,
        )
        while not stop.wait(0.5):
            pass
    return 0


def add_user_command(args: argparse.Namespace) -> int:
    from ovbp_sandbox.backend.platform_rules import Platform

    data_dir: Path = args.data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    store = Store(data_dir / "sandbox.sqlite3")
    try:
        # the FTP port of a running server is filled in when accounts are shown
        platform = Platform(store, data_dir / "ftp", engine=None, ftp_port=lambda: 0)
        if store.login_exists(args.login):
            print(f"ovbp-sandbox: login {args.login!r} already exists", file=sys.stderr)
            return 1
        path = add_user(platform, data_dir, args.organization, args.login, args.password)
    finally:
        store.close()
    print(path, flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "serve":
        return serve(args)
    return add_user_command(args)


if __name__ == "__main__":
    sys.exit(main())
