"""Answers of the platform as the user guide and public traces show them (wire dicts), for the tests
that parse them."""

from __future__ import annotations

from typing import Any

ORGANIZATION: dict[str, Any] = {
    "id": "32606ad2-159c-4890-a1d7-eca2bdd1a3c7",
    "rights": None,
    "name": "Openergy",
    "comment": "",
    "control_affiliations": False,
    "log_activity": False,
    "ftp_account": "1b56e75e-0b40-4e03-9701-ef66bb42253b",
}
PROJECT: dict[str, Any] = {
    "id": "89bcfaa0-3792-4218-837b-ee3089207360",
    "rights": None,
    "odata": "0d9b1d54-8fe7-4925-9b16-3d3636c467af",
    "obuildings": "38fbf2d7-de4f-44d3-b820-9760b2ccdb7c",
    "is_visible": True,
    "organization": ORGANIZATION,
    "name": "Ovbpclient documentation",
    "comment": "",
    "private_comment": "",
    "creation_date": "2020-04-13",
    "display_buildings": False,
}
IMPORTER: dict[str, Any] = {
    "id": "f7e0621b-f2d2-4bd7-9e8b-3e807ca3547c",
    "rights": None,
    "active": False,
    "name": "importer-a",
    "comment": "documentation importer",
    "model": "importer",
    "crontab": "0 0 0 1 1 *",
    "auto_partial_reset": False,
    "parse_script": "\nimport pandas as pd\n\ndef parse(content_bytes, rel_path, **tools):\n"
    "    return pd.read_json(content_bytes)\n\n",
    "root_dir_path": "/",
    "re_run_last_file": False,
    "notify_missing_files_nb": 0,
    "max_ante_scanned_files_nb": 0,
    "last_run": "2020-04-16T15:14:59.248897Z",
    "last_clear": "2020-04-16T09:50:33.229508Z",
    "last_imported_path": "first.json",
    "latest_imported_mdate": "2020-04-13T13:28:23Z",
    "project": "0d9b1d54-8fe7-4925-9b16-3d3636c467af",
    "gate": "0af8ead9-612a-46f8-a250-8545937101aa",
}
CLEANER: dict[str, Any] = {
    "id": "c49b62ff-3f9d-4db4-9d93-b47c8eb77c00",
    "rights": None,
    "name": "importer-a",
    "comment": "",
    "model": "cleaner",
    "last_run": "2020-04-16T15:18:14.372013Z",
    "last_clear": "2020-04-16T09:50:43.528043Z",
    "project": "0d9b1d54-8fe7-4925-9b16-3d3636c467af",
    "related_importer": "f7e0621b-f2d2-4bd7-9e8b-3e807ca3547c",
}
ANALYSIS_CONFIG: dict[str, Any] = {
    "id": "b05eaa68-795c-453f-a02b-8bc6b1228ba1",
    "rights": None,
    "output_tags": [],
    "clock": "tzt",
    "output_timezone": "Europe/Paris",
    "start_with_first": False,
    "wait_for_last": False,
    "input_freq": "3H",
    "output_freq": "3H",
    "custom_before_offset": None,
    "custom_after_offset": None,
    "before_offset_strict_mode": False,
    "with_tags": False,
    "script": "\nimport pandas as pd\n\ndef analyze(df, **tools):\n"
    '    return pd.DataFrame({"a-output": df.mean(axis=1)})\n\n',
    "script_method": "array",
    "wait_offset": "6H",
    "custom_delay": None,
    "analysis": "aa2940e9-cc7e-47ea-87c8-6a7bffb866f3",
}
ANALYSIS_LISTED: dict[str, Any] = {
    "id": "aa2940e9-cc7e-47ea-87c8-6a7bffb866f3",
    "rights": None,
    "analysisconfig": "b05eaa68-795c-453f-a02b-8bc6b1228ba1",
    "active": True,
    "name": "analysis-a",
    "comment": "documentation analysis",
    "model": "analysis",
    "last_run": "2020-04-16T15:18:26.673364Z",
    "last_clear": "2020-04-16T09:50:48.936804Z",
    "project": "0d9b1d54-8fe7-4925-9b16-3d3636c467af",
}
ANALYSIS_RETRIEVED: dict[str, Any] = {
    "id": ANALYSIS_LISTED["id"],
    "rights": {"can_delete": True, "can_read": True, "can_admin": True, "can_write": True},
    "analysisconfig": ANALYSIS_CONFIG,
    "active": True,
    "is_obsolete": False,
    "unresolved_notifications_nb": 1,
    **{k: v for k, v in ANALYSIS_LISTED.items() if k not in ("id", "rights", "analysisconfig", "active")},
}
GATE_LISTED: dict[str, Any] = {
    "id": "0af8ead9-612a-46f8-a250-8545937101aa",
    "rights": None,
    "project": "0d9b1d54-8fe7-4925-9b16-3d3636c467af",
    "name": "gate",
    "comment": "documentation gate",
    "ftp_account": {
        "id": "5c1b6bf2-8f37-4a4b-9b58-3e0e1f3c8c11",
        "rights": None,
        "protocol": "ftp",
        "host": "127.0.0.1",
        "port": 2121,
        "login": "gate-login",
    },
    "base_feeder": "6a9c1b4e-5d2f-4f0a-8a43-2b7f3f1e9d20",
}
BASE_FEEDER: dict[str, Any] = {
    "id": "6a9c1b4e-5d2f-4f0a-8a43-2b7f3f1e9d20",
    "rights": None,
    "gate": GATE_LISTED["id"],
    "timezone": "Europe/Paris",
    "crontab": "0 0 * * * *",
    "active": False,
    "child_id": None,
    "child_model": "genericbasicfeeder",
}
