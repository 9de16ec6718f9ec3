"""A local stand-in for the Openergy Virtual Building Platform: HTTP API, FTP server and engine."""

from ovbp_sandbox.server import Sandbox

__all__ = ["Sandbox"]
