"""Bad input through the facade: a clear error naming what was wrong, and nothing changed on the platform.

Auth-file shapes (missing, empty, one line) are covered in tests/ovbp_facade/test_auth.py; here only what it
leaves out: the password line never echoed, and a wrong password against the real sandbox.
"""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

from ovbp_facade import (
    AuthenticationError,
    AuthFileError,
    BadRequestError,
    Client,
    Organization,
    Project,
    RecordDoesNotExistError,
)
from ovbp_sandbox import Sandbox

SECRET = "Hunter2-not-in-messages"


def test_auth_file_with_only_a_password_line_never_echoes_it(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "auth.txt"
    for content in (f"{SECRET}\n", f"\n{SECRET}\n\n"):
        path.write_text(content)
        with pytest.raises(AuthFileError) as info:
            Client(str(path), url="http://127.0.0.1:9/api/v2")
        text = str(info.value)
        assert str(path) in text and "line 1 the login, line 2 the password" in text
        assert SECRET not in text and SECRET not in repr(info.value)


def test_wrong_password_is_a_401_that_never_shows_the_password(
    sandbox: Sandbox, tmp_path: pathlib.Path
) -> None:
    login = sandbox.auth_path.read_text().splitlines()[0]
    path = tmp_path / "wrong.txt"
    path.write_text(f"{login}\n{SECRET}\n")
    with Client(str(path), url=sandbox.url) as client, pytest.raises(AuthenticationError) as info:
        client.get_organization("Sandbox")
    assert info.value.status == 401
    for text in (str(info.value), repr(info.value), info.value.message, info.value.url, repr(client)):
        assert SECRET not in text


def test_unknown_names_raise_record_does_not_exist_naming_kind_and_name(
    client: Client, organization: Organization, project: Project
) -> None:
    importer = project.create_importer("imp")
    cleaner = project.get_cleaner("imp")
    lookups: list[tuple[str, Any]] = [
        ("organization", lambda: client.get_organization("no-such-org")),
        ("project", lambda: organization.get_project("no-such-project")),
        ("project", lambda: client.get_project("Sandbox", "no-such-project")),
        ("gate", lambda: project.get_gate("no-such-gate")),
        ("importer", lambda: project.get_importer("no-such-importer")),
        ("cleaner", lambda: project.get_cleaner("no-such-cleaner")),
        ("analysis", lambda: project.get_analysis("no-such-analysis")),
        ("unitcleaner", lambda: cleaner.get_unitcleaner("no-such-series")),
    ]
    for kind, lookup in lookups:
        with pytest.raises(RecordDoesNotExistError) as info:
            lookup()
        text = str(info.value)
        assert kind in text and "no-such-" in text, text
    assert importer.get_cleaner() == cleaner


UNITCLEANER_BAD = [
    ("freq", "1X"),
    ("freq", "0H"),
    ("timezone", "Mars/Olympus"),
    ("resample_rule", "median-ish"),
    ("input_convention", "middle"),
    ("input_unit_type", "integral"),  # an extensive input into the default intensive unit_type
]


@pytest.mark.parametrize(("field", "value"), UNITCLEANER_BAD)
def test_bad_unitcleaner_values_create_and_change_nothing(
    client: Client, project: Project, field: str, value: str
) -> None:
    project.create_importer("imp")
    cleaner = project.get_cleaner("imp")
    kept = cleaner.create_unitcleaner("kept", "kept-cleaned", freq="1H")
    with pytest.raises(BadRequestError) as info:
        cleaner.create_unitcleaner("a", "a-cleaned", **{field: value})  # type: ignore[arg-type]
    assert info.value.status == 400
    assert f"{field}: " in str(info.value) and repr(value) in str(info.value)
    with pytest.raises(BadRequestError) as info:
        kept.update(**{field: value})  # type: ignore[arg-type]
    assert f"{field}: " in str(info.value)
    # nothing created, the existing unitcleaner unchanged on the platform (and in the local record)
    assert [uc.id for uc in cleaner.list_all_unitcleaners()] == [kept.id]
    fresh = client.unitcleaners.retrieve(kept.id)
    assert without_rights(fresh.data) == without_rights(kept.data)
    assert fresh.data[field] != value


def without_rights(data: dict[str, Any]) -> dict[str, Any]:
    """A record's settings: less `rights` (filled in retrieve answers only) and the run state."""
    return {k: v for k, v in data.items() if k not in ("rights", "last_run", "last_clear", "input_series")}


@pytest.mark.parametrize("crontab", ["61 * * * *", "every day", "0 0 0 32 1 *", ""])
def test_bad_crontab_changes_nothing(client: Client, project: Project, crontab: str) -> None:
    importer = project.create_importer("imp")
    importer.configure(crontab="0 0 0 1 1 *", parse_script="def parse(b, p, **t): pass")
    before = client.importers.retrieve(importer.id).data
    with pytest.raises(BadRequestError) as info:
        if crontab:
            importer.configure(crontab=crontab, parse_script="changed too")
        else:  # configure() skips empty values as "not given"; update() sends it
            importer.update(crontab=crontab, parse_script="changed too")
    assert "crontab: " in str(info.value)
    assert client.importers.retrieve(importer.id).data == before
    assert importer.crontab == "0 0 0 1 1 *"


@pytest.mark.parametrize(("field", "value"), [("input_freq", "3Q"), ("output_freq", "-1H"), ("clock", "x")])
def test_bad_analysis_config_is_not_created(client: Client, project: Project, field: str, value: str) -> None:
    analysis = project.create_analysis("an")
    arguments: dict[str, Any] = {"input_freq": "3H", "output_freq": "3H", field: value}
    with pytest.raises(BadRequestError) as info:
        analysis.create_analysis_config(script="def analyze(df, **t): return df", **arguments)
    assert f"{field}: " in str(info.value)
    assert client.analysis_configs.list_all(filter_by={"analysis": analysis.id}) == []
    analysis.reload()
    assert analysis.get_analysis_config() is None
    # a valid config, then a bad change to it: refused, old values intact
    config = analysis.create_analysis_config("3H", "3H", "def analyze(df, **t): return df")
    with pytest.raises(BadRequestError, match=f"{field}: "):
        config.update(**{field: value})  # type: ignore[arg-type]
    assert without_rights(client.analysis_configs.retrieve(config.id).data) == without_rights(config.data)


def test_bad_analysis_output_rule_is_not_created(client: Client, project: Project) -> None:
    analysis = project.create_analysis("an")
    with pytest.raises(BadRequestError, match="resample_rule: 'medianish'"):
        analysis.create_analysis_output("o", "medianish")
    assert analysis.list_all_analysis_outputs() == []
