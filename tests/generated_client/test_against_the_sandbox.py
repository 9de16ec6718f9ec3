"""The generated client (built from the same spec) works against the sandbox over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from generated_client.api.analyses import analyses_create, analyses_list, analyses_retrieve
from generated_client.api.analysis_configs import analysis_configs_create
from generated_client.api.gate_ftp_accounts import (
    gate_ftp_accounts_attach_new_oftp_account,
    gate_ftp_accounts_list_dir,
    gate_ftp_accounts_password,
)
from generated_client.api.gates import gates_create, gates_destroy, gates_list, gates_retrieve
from generated_client.api.importers import importers_create, importers_partial_update, importers_set_active
from generated_client.api.organizations import organizations_list
from generated_client.api.projects import projects_create, projects_list
from generated_client.api.users import users_me
from generated_client.client import Client
from generated_client.models import (
    ActiveValue,
    AnalysisConfig,
    AnalysisConfigRequest,
    AnalysisRequest,
    BaseFeeder,
    Error,
    FtpAccount,
    Gate,
    GateRequest,
    ImporterRequest,
    ListDirRequest,
    PatchedImporterRequest,
    ProjectRequest,
)
from ovbp_sandbox import Sandbox
from tests.ovbp_sandbox.helpers import read_auth


@pytest.fixture
def auth(sandbox: Sandbox) -> tuple[str, str]:
    return read_auth(sandbox.auth_path)


@pytest.fixture
def client(sandbox: Sandbox, auth: tuple[str, str]) -> Iterator[Client]:
    with Client(base_url=sandbox.url, httpx_args={"auth": auth}) as c:
        yield c


def test_walkthrough_with_the_generated_client(client: Client, auth: tuple[str, str]) -> None:
    me = users_me.sync(client=client)
    assert not isinstance(me, Error) and me is not None and me.username == auth[0]
    orgs = organizations_list.sync(client=client, name="Sandbox")
    assert orgs is not None and not isinstance(orgs, Error)
    org = orgs.data[0]
    project = projects_create.sync(client=client, body=ProjectRequest(organization=org.id, name="generated"))
    assert project is not None and not isinstance(project, Error)
    assert project.organization == org.id  # the create answer: an id (the flat serializer)
    listed = projects_list.sync(client=client, name="generated", organization=org.id)
    assert listed is not None and not isinstance(listed, Error) and listed.records_filtered == 1
    assert isinstance(project.odata, str)

    gate = gates_create.sync(client=client, body=GateRequest(project=project.odata, name="gate"))
    assert isinstance(gate, Gate) and isinstance(gate.ftp_account, str)  # the create answer: an id
    account_id = gate.ftp_account
    account = gate_ftp_accounts_attach_new_oftp_account.sync(account_id, client=client)
    assert isinstance(account, FtpAccount) and account.login
    password = gate_ftp_accounts_password.sync(account_id, client=client)
    assert password is not None and not isinstance(password, Error) and password.password
    listing = gate_ftp_accounts_list_dir.sync(account_id, client=client, body=ListDirRequest(path="/"))
    assert listing is not None and not isinstance(listing, Error) and listing.data == []
    bad = gate_ftp_accounts_list_dir.sync_detailed(account_id, client=client, body=ListDirRequest(path=".."))
    assert bad.status_code == 400

    importer = importers_create.sync(
        client=client, body=ImporterRequest(name="imp", project=project.odata, gate=gate.id)
    )
    assert importer is not None and not isinstance(importer, Error) and importer.active is False
    changed = importers_partial_update.sync(
        importer.id, client=client, body=PatchedImporterRequest(crontab="0 0 * * * *")
    )
    assert changed is not None and not isinstance(changed, Error) and changed.crontab == "0 0 * * * *"
    state = importers_set_active.sync(importer.id, client=client, body=ActiveValue(value=True))
    assert state is not None and not isinstance(state, Error) and state.value is True

    analysis = analyses_create.sync(client=client, body=AnalysisRequest(name="an", project=project.odata))
    assert analysis is not None and not isinstance(analysis, Error)
    config = analysis_configs_create.sync(
        client=client,
        body=AnalysisConfigRequest(input_freq="3H", output_freq="3H", script="", analysis=analysis.id),
    )
    assert isinstance(config, AnalysisConfig)
    page = analyses_list.sync(client=client, project=project.odata)
    assert page is not None and not isinstance(page, Error) and page.data[0].analysisconfig == config.id
    detail = analyses_retrieve.sync(analysis.id, client=client)
    assert detail is not None and not isinstance(detail, Error)
    assert isinstance(detail.analysisconfig, AnalysisConfig) and detail.analysisconfig.id == config.id

    gates = gates_list.sync(client=client, project=project.odata)
    assert gates is not None and not isinstance(gates, Error) and gates.data[0].base_feeder is None
    retrieved = gates_retrieve.sync(gate.id, client=client)
    assert isinstance(retrieved, Gate) and not isinstance(retrieved.base_feeder, BaseFeeder)
    assert gates_destroy.sync_detailed(gate.id, client=client).status_code == 204
    missing = gates_retrieve.sync_detailed(gate.id, client=client)
    assert missing.status_code == 404 and isinstance(missing.parsed, Error)
