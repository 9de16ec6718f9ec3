"""What public sources show of the platform beyond the guide, against a running sandbox: external gates
(a gate's FTP account on the customer's own server), unitcleaners switched off and on, list filters."""

from __future__ import annotations

import ftplib
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import FTPHandler
from pyftpdlib.servers import FTPServer

from ovbp_facade import BadRequestError, Client, Project
from tests.support.sandboxes import GuideRun

PARSE = """
import io
import pandas as pd

def parse(content_bytes, rel_path, **tools):
    frame = pd.read_csv(io.BytesIO(content_bytes), index_col=0, parse_dates=True)
    return frame
"""


def csv_of(day: str, value: float) -> bytes:
    rows = "\n".join(f"{day} {hour:02d}:00:00,{value}" for hour in range(24))
    return f"time,temp\n{rows}\n".encode()


class CustomerServer:
    """The customer's own FTP server: a second, real FTP server on 127.0.0.1."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir()
        authorizer = DummyAuthorizer()
        authorizer.add_user("logger", "s3cret-pass", str(root), perm="elradfmwMT")
        handler = type("Handler", (FTPHandler,), {"authorizer": authorizer})
        self.server = FTPServer(("127.0.0.1", 0), handler)
        self.port = int(self.server.socket.getsockname()[1])
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"timeout": 0.2}, daemon=True)

    def upload(self, rel_path: str, content: bytes) -> None:
        """As a logger uploads: over FTP (STOR), not by writing the folder."""
        with ftplib.FTP() as ftp:
            ftp.connect("127.0.0.1", self.port)
            ftp.login("logger", "s3cret-pass")
            ftp.storbinary(f"STOR {rel_path}", io.BytesIO(content))


@pytest.fixture
def customer(tmp_path: Path) -> Iterator[CustomerServer]:
    server = CustomerServer(tmp_path / "customer")
    server.thread.start()
    try:
        yield server
    finally:
        server.server.close_all()


def test_an_external_gate_imports_from_the_customers_server(
    client: Client, project: Project, customer: CustomerServer
) -> None:
    gate = project.create_gate("external")
    account = gate.configure_external_ftp_account("127.0.0.1", "logger", "s3cret-pass", port=customer.port)
    assert (account.host, account.port, account.login, account.protocol) == (
        "127.0.0.1",
        customer.port,
        "logger",
        "ftp",
    )
    assert account.get_password() == "s3cret-pass"
    # answers show the configured account, never the password
    shown = client.gates.retrieve(gate.id).get_ftp_account()
    assert shown.host == "127.0.0.1" and shown.port == customer.port and "s3cret" not in str(shown.data)

    customer.upload("day1.csv", csv_of("2024-01-01", 1.0))
    importer = project.create_importer("from-customer")
    importer.configure(gate, parse_script=PARSE, crontab="0 0 0 1 1 *")
    assert importer.run().wait_for_completion(period=200, timeout=60) == "finished"
    (series,) = importer.list_all_output_series()
    assert len(series.select_data()) == 24
    assert [e.name for e in gate.get_ftp_account().list_dir()] == ["day1.csv"]  # the server's listing

    customer.upload("day2.csv", csv_of("2024-01-02", 2.0))
    assert importer.run().wait_for_completion(period=200, timeout=60) == "finished"
    assert len(series.select_data()) == 48

    # the platform's own FTP again: the external server is forgotten
    internal = gate.attach_internal_ftp_account()
    assert internal.host and internal.login != "logger" and internal.get_password() != "s3cret-pass"


def test_an_external_gate_the_sandbox_cannot_reach_is_refused_naming_the_protocol(
    client: Client, project: Project
) -> None:
    gate = project.create_gate("sftp-gate")
    before = client.gate_ftp_accounts.retrieve(gate.ftp_account or "").data
    for protocol in ("sftp", "ftps"):
        with pytest.raises(BadRequestError, match=rf"custom_protocol: .*{protocol}"):
            gate.configure_external_ftp_account("127.0.0.1", "logger", "pw", protocol=protocol)
    with pytest.raises(BadRequestError, match="allowed: ftp, sftp, ftps"):
        gate.configure_external_ftp_account("127.0.0.1", "logger", "pw", protocol="gopher")
    assert client.gate_ftp_accounts.retrieve(gate.ftp_account or "").data == before  # nothing changed


def test_an_unreachable_external_server_fails_the_import_saying_where(
    client: Client, project: Project, customer: CustomerServer
) -> None:
    gate = project.create_gate("gone")
    gate.configure_external_ftp_account("127.0.0.1", "logger", "wrong-password", port=customer.port)
    importer = project.create_importer("gone")
    importer.configure(gate, parse_script=PARSE, crontab="0 0 0 1 1 *")
    task = importer.run()
    assert task.wait_for_completion(period=200, timeout=60, raise_if_problem=False) == "failed"
    assert f"127.0.0.1:{customer.port}" in str(task.data["base"].get("message"))


def test_a_deactivated_unitcleaner_keeps_its_series_until_activated(
    client: Client, project: Project, customer: CustomerServer
) -> None:
    gate = project.create_gate("uc")
    gate.configure_external_ftp_account("127.0.0.1", "logger", "s3cret-pass", port=customer.port)
    customer.upload("day1.csv", csv_of("2024-01-01", 1.0))
    importer = project.create_importer("uc")
    importer.configure(gate, parse_script=PARSE, crontab="0 0 0 1 1 *")
    importer.run().wait_for_completion(period=200, timeout=60)
    cleaner = importer.get_cleaner()
    unitcleaner = cleaner.create_unitcleaner("temp", "temp-cleaned", freq="1H")
    assert unitcleaner.active is True
    cleaner.run().wait_for_completion(period=200, timeout=60)
    unitcleaner.reload()
    (raw,) = importer.list_all_output_series()
    assert unitcleaner.input_series is not None and unitcleaner.last_run is not None
    cleaned = client.series.list_all(filter_by={"generator": cleaner.id})[0]
    assert len(cleaned.select_data()) == 24

    unitcleaner.deactivate()
    assert unitcleaner.active is False and client.unitcleaners.retrieve(unitcleaner.id).active is False
    customer.upload("day2.csv", csv_of("2024-01-02", 2.0))
    importer.run().wait_for_completion(period=200, timeout=60)
    cleaner.run().wait_for_completion(period=200, timeout=60)
    assert len(raw.select_data()) == 48 and len(cleaned.select_data()) == 24  # kept as it was
    unitcleaner.activate()
    cleaner.run().wait_for_completion(period=200, timeout=60)
    assert len(cleaned.select_data()) == 48


def test_series_and_notifications_filter_as_the_platform_does(client: Client, guide: GuideRun) -> None:
    project_name = "Ovbpclient documentation"
    by_project = client.series.list_all(filter_by={"project_name": project_name})
    assert by_project and all(s.generator_model in ("importer", "cleaner", "analysis") for s in by_project)
    importers = client.series.list_all(
        filter_by={"project_name": project_name, "generator_model": "importer"}
    )
    assert importers and {s.generator_model for s in importers} == {"importer"}
    named = client.series.list_all(filter_by={"project_name": project_name, "generator_name": "importer-a"})
    importer, cleaner = guide.results.importer, guide.results.cleaner  # the cleaner has its importer's name
    assert {s.generator for s in named} == {importer.id, cleaner.id}
    outputs = [*importer.list_all_output_series(), *cleaner.list_all_output_series()]
    assert sorted(s.id for s in named) == sorted(s.id for s in outputs)
    assert client.series.list_all(filter_by={"project_name": "no such project"}) == []
    analysis = next(s for s in by_project if s.generator_model == "analysis")
    source = f"analysis:{analysis.generator}"
    notes = client.notifications.list_all(filter_by={"source": source})
    assert all(n.data.get("generator") == analysis.generator for n in notes)
    with pytest.raises(BadRequestError, match=r"source: 'nothing' .*importer\|cleaner\|analysis"):
        client.notifications.list_all(filter_by={"source": "nothing"})
