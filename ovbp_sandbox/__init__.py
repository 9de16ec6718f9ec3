"""A local stand-in for the Openergy Virtual Building Platform: HTTP API, FTP server and engine.

Its server stack is the extra `ovbp[sandbox]`; the client (`ovbp_facade`) does not need it.
"""

try:
    from ovbp_sandbox.login_guard import LoginGuard
    from ovbp_sandbox.server import Sandbox
except ModuleNotFoundError as missing:  # a client-only install
    raise ModuleNotFoundError(
        f"the OVBP sandbox needs its extra ({missing.name} is not installed): pip install 'ovbp[sandbox]'",
        name=missing.name,
    ) from missing

__all__ = ["LoginGuard", "Sandbox"]
