"""`ovbp whoami` and `ovbp ls`: tables and JSON lines; and how errors are told (one line, no password)."""

from __future__ import annotations

from pathlib import Path

from ovbp_facade import Client, Project
from ovbp_sandbox import Sandbox
from tests.support.sandboxes import GuideRun

from .commands import Runner


def test_whoami(ovbp: Runner, cli: Runner, sandbox: Sandbox, client: Client) -> None:
    ran = ovbp("--json", "whoami")
    assert ran.code == 0 and ran.err == ""
    me = ran.json()
    assert (me["login"], me["url"]) == (client.login, sandbox.url)
    assert me["organizations"] == [{"id": o.id, "name": o.name} for o in client.organizations.list_all()]
    table = cli("whoami").out.splitlines()
    assert [line.split()[0] for line in table] == ["login", "url", "organizations"]
    assert table[0].split()[1] == client.login and table[2].split()[1] == "Sandbox"


def test_ls_tables_and_json_lines(ovbp: Runner, cli: Runner, guide: GuideRun) -> None:
    project = guide.results.project
    ran = ovbp("ls", "series", "--project", project.name)
    assert ran.code == 0, ran.err
    header, rule, *rows = ran.out.splitlines()
    assert header.split() == ["name", "generator", "unit", "freq", "id"] and set(rule.strip()) == {"─"}
    by_name = {row.split()[0]: row for row in rows}
    assert sorted(by_name) == sorted(guide.results.project_series_names)
    assert "cleaner 'importer-a'" in by_name["a-cleaned"] and " 1H " in by_name["a-cleaned"]
    output = next(se for se in project.list_all_series() if se.name == "a-output")
    assert by_name["a-output"].split()[-1] == output.id and "°C" in by_name["a-output"]

    importers = cli("--json", "ls", "importers", "--project", project.name, "--org", "Sandbox").json_lines()
    assert [(i["id"], i["name"], i["parse_script"]) for i in importers] == [
        (guide.results.importer.id, "importer-a", guide.results.importer.parse_script)
    ]
    assert importers[0]["last_run"].endswith("Z")  # datetimes in the platform's own form
    gates = cli("ls", "gates", "--project", project.name).out
    account = guide.results.gate.get_ftp_account()
    assert f"{account.login}@{account.host}:{account.port}" in gates
    projects = cli("--json", "ls", "projects").json_lines()
    assert project.id in {p["id"] for p in projects}
    for kind in ("organizations", "cleaners", "analyses", "notifications"):
        listed = cli("ls", kind, "--project", project.name)
        assert listed.code == 0 and listed.out.split()[0] in ("name", "created"), (kind, listed.err)


def test_a_missing_record_is_one_line_and_exit_1(cli: Runner, project: Project) -> None:
    ran = cli("ls", "gates", "--project", "no such project")
    assert ran.code == 1 and ran.out == ""
    assert (
        ran.err
        == "ovbp: error: oteams/projects: no record with name 'no such project' in organization 'Sandbox'\n"
    )
    empty = cli("ls", "gates", "--project", project.name)
    assert (empty.code, empty.err) == (0, "no gates\n")
    project.create_gate("[bold]main[/bold] :smile:")
    named = cli("ls", "gates", "--project", project.name)
    assert named.out.splitlines()[2].split()[:2] == ["[bold]main[/bold]", ":smile:"]  # no markup, no emoji


def test_bad_credentials_are_one_line_and_the_password_shows_nowhere(
    ovbp: Runner, cli: Runner, tmp_path: Path
) -> None:
    password = "not-the-password-9f3c"
    wrong = {"OVBP_LOGIN": "sandbox@localhost", "OVBP_PASSWORD": password, "OVBP_AUTH_PATH": ""}
    debug = ovbp("--debug", "ls", "organizations", env=wrong)
    assert debug.code == 1
    assert "Traceback (most recent call last)" in debug.err and "DEBUG ovbp_facade.http: GET" in debug.err
    assert debug.err.splitlines()[-1].startswith("ovbp: error: http://127.0.0.1:")
    assert password not in debug.out + debug.err

    auth_file = tmp_path / "auth.txt"
    auth_file.write_text(f"sandbox@localhost\n{password}\n")
    ran = cli("--auth", str(auth_file), "whoami")
    assert ran.code == 1 and ran.out == "" and len(ran.err.splitlines()) == 1
    assert "refused the credentials (HTTP 401" in ran.err and "check --auth" in ran.err
    assert password not in ran.err

    missing = cli("--auth", str(tmp_path / "nowhere.txt"), "whoami")
    assert (
        missing.code == 1
        and missing.err.startswith("ovbp: error: auth file '")
        and "does not exist" in missing.err
    )
