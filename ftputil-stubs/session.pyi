"""Minimal type stubs for ftputil.session: building the FTP session class FTPHost uses."""

import ftplib

def session_factory(
    base_class: type[ftplib.FTP] = ...,
    port: int = 21,
    use_passive_mode: bool | None = None,
    *,
    encrypt_data_channel: bool = True,
    encoding: str | None = None,
    debug_level: int | None = None,
) -> type[ftplib.FTP]: ...
