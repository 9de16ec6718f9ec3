"""`Platform`: what the platform does when records are created, changed or deleted.

Side records (a project's odata project, a gate's FTP account, an importer's cleaner...), foreign
key checks within the caller's organization, cascades on delete, and the engine's hooks. Routes
call this; it never deals with HTTP beyond raising ApiError.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ovbp_sandbox.backend import external_ftp, ftp_accounts
from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.backend.answer_forms import field_forms
from ovbp_sandbox.backend.generator_records import recount_unresolved
from ovbp_sandbox.backend.store import Store
from ovbp_sandbox.engine.interface import EngineAPI
from ovbp_sandbox.errors import ApiError, InvalidOptions, bad_request, not_found


def _series_of_project_named(platform: Platform, rec: dict[str, Any], value: Any) -> bool:
    return bool(platform._name_of((r.ODATA_PROJECTS,), rec.get("project")) == value)


def _series_of_generator_named(platform: Platform, rec: dict[str, Any], value: Any) -> bool:
    return bool(platform._name_of(r.GENERATORS, rec.get("generator")) == value)


def _source(value: Any) -> tuple[str, str]:
    """(generator collection, id) of a `source` filter; 400 naming the form when it is not one."""
    model, _, generator_id = str(value).partition(":")
    collection = {"importer": r.IMPORTERS, "cleaner": r.CLEANERS, "analysis": r.ANALYSES}.get(model)
    if collection is None or not generator_id:
        expected = "expected <model>:<id>, model importer, cleaner or analysis"
        raise bad_request({"source": [f"{value!r} is not a source: {expected}."]})
    return collection, generator_id


def _notification_of_source(platform: Platform, rec: dict[str, Any], value: Any) -> bool:
    """`source` is `<model>:<id>` (`importer:3f...`), as the platform's notification views take it."""
    collection, generator_id = _source(value)
    return rec.get("generator") == generator_id and platform.store.get(collection, generator_id) is not None


_DERIVED_FILTERS: dict[str, Callable[[Platform, dict[str, Any], Any], bool]] = {
    "project_name": _series_of_project_named,
    "generator_name": _series_of_generator_named,
    "source": _notification_of_source,
}


class Platform:
    """Record-level behaviour of the sandbox, shared by the HTTP routes, the CLI and the Sandbox API."""

    def __init__(
        self,
        store: Store,
        ftp_root: Path,
        *,
        engine: EngineAPI | None,
        ftp_port: Callable[[], int],
        ftp_host: str = ftp_accounts.FTP_HOST,
    ) -> None:
        self.store = store
        self.ftp_root = ftp_root
        self.engine = engine
        self.ftp_port = ftp_port
        self.ftp_host = ftp_host

    # -- visibility -----------------------------------------------------------------------------
    def visible(self, collection: str, record_id: str, organization_id: str) -> dict[str, Any]:
        """The record if it belongs to ``organization_id``; 404 otherwise (existence is not leaked)."""
        record = self.store.get(collection, record_id)
        if record is None or self.store.organization_of(collection, record_id) != organization_id:
            raise not_found()
        return record

    def find(self, collection: str, organization_id: str, filters: dict[str, Any]) -> list[dict[str, Any]]:
        """The organization's records matching ``filters``: stored fields by value, and the filters the
        platform's list views derive (series by project or generator name, notifications by source)."""
        stored = {k: v for k, v in filters.items() if k not in _DERIVED_FILTERS}
        derived = {k: v for k, v in filters.items() if k in _DERIVED_FILTERS}
        if "source" in derived:
            _source(derived["source"])  # refused even when nothing would be listed
        records = self.store.find_in(collection, organization_id, **stored)
        for name, value in derived.items():
            records = [rec for rec in records if _DERIVED_FILTERS[name](self, rec, value)]
        return records

    def _name_of(self, collections: tuple[str, ...], record_id: object) -> str | None:
        for collection in collections:
            found = self.store.get(collection, str(record_id)) if record_id else None
            if found is not None:
                return str(found.get("name"))
        return None

    def present(self, collection: str, record: dict[str, Any], kind: str) -> dict[str, Any]:
        """The wire form of a record in answers of `kind` (`list`, `retrieve`, `create`,
        `partial_update`), field by field as the spec's `x-forms` say; live FTP address."""
        shown = {k: v for k, v in record.items() if not k.startswith("_")}  # internal keys stay inside
        if collection == r.NOTIFICATIONS:  # the platform's name for it; `title` kept for older clients
            shown.setdefault("name", shown.get("title"))
        for field, forms in field_forms(collection).items():
            form = forms.get(kind, "value")
            value = shown.get(field)
            if field == "rights":  # a sandbox user may do everything in their own organization
                shown[field] = dict(r.FULL_RIGHTS) if form == "nested" else None
            elif form == "absent":
                shown.pop(field, None)
            elif form == "null":
                shown[field] = None
            elif form == "id" and isinstance(value, dict):
                shown[field] = value.get("id")
            elif form == "nested" and isinstance(value, str):
                target = r.target_of(collection, field)
                child = self.store.get(target, value)
                shown[field] = self.present(target, child, "list") if child is not None else None
        if collection in r.FTP_ACCOUNT_COLLECTIONS:
            shown.update(self.ftp_address(record))
        return shown

    # -- create / update ------------------------------------------------------------------------
    def _check_foreign_keys(self, collection: str, fields: dict[str, Any], organization_id: str) -> None:
        errors: dict[str, list[str]] = {}
        for field, targets in r.FOREIGN_KEYS.get(collection, {}).items():
            value = fields.get(field)
            if value is None:
                continue
            found = any(
                self.store.get(t, value) is not None
                and self.store.organization_of(t, value) == organization_id
                for t in targets
            )
            if not found:
                errors[field] = [f'Invalid pk "{value}" - object does not exist.']
        if errors:
            raise bad_request(errors)

    def _validate(self, collection: str, fields: dict[str, Any]) -> None:
        if self.engine is None:
            return
        try:
            self.engine.validate(collection, fields)
        except InvalidOptions as e:
            raise bad_request(e.errors) from e

    def create(
        self, collection: str, body: dict[str, Any], organization_id: str, writable: set[str]
    ) -> dict[str, Any]:
        fields = {k: v for k, v in body.items() if k in writable}
        self._check_foreign_keys(collection, fields, organization_id)
        record = {**r.DEFAULTS.get(collection, {}), **fields}
        self._validate(collection, record)
        changed: list[tuple[str, str]] = []
        with self.store.transaction() as conn:
            self._before_create(collection, record, conn)
            created = self.store.insert(collection, record, organization_id=organization_id, conn=conn)
            changed.append((collection, created["id"]))
            changed.extend(self._after_create(collection, created, organization_id, conn))
            created = self.store.get(collection, created["id"]) or created
        self._changed(changed)
        return created

    def update(
        self, collection: str, record_id: str, body: dict[str, Any], organization_id: str, writable: set[str]
    ) -> dict[str, Any]:
        current = self.visible(collection, record_id, organization_id)
        fields = {k: v for k, v in body.items() if k in writable}
        self._check_foreign_keys(collection, fields, organization_id)
        self._validate(collection, {**current, **fields})
        if collection == r.IMPORTERS and "last_imported_path" in fields and self.engine is not None:
            fields.update(self.engine.import_position({**current, **fields}, fields["last_imported_path"]))
        changed = [(collection, record_id)]
        with self.store.transaction() as conn:
            updated = self.store.update(collection, record_id, fields, conn=conn)
            if collection == r.PROJECTS and "name" in fields and updated.get("odata"):
                self.store.update(r.ODATA_PROJECTS, updated["odata"], {"name": fields["name"]}, conn=conn)
            if collection == r.NOTIFICATIONS:
                changed.extend(recount_unresolved(self.store, updated.get("generator"), conn))
        self._changed(changed)
        return updated

    def set_fields(self, collection: str, record_id: str, fields: dict[str, Any]) -> dict[str, Any]:
        """A server-side change (e.g. the active action), with the engine told afterwards."""
        updated = self.store.update(collection, record_id, fields)
        self._changed([(collection, record_id)])
        return updated

    def _changed(self, changed: list[tuple[str, str]]) -> None:
        if self.engine is None:
            return
        for collection, record_id in changed:
            self.engine.on_record_changed(collection, record_id)

    def _before_create(self, collection: str, record: dict[str, Any], conn: sqlite3.Connection) -> None:
        if collection == r.PROJECTS:
            record["creation_date"] = dt.date.today().isoformat()
        elif collection == r.BASE_FEEDERS:
            gate = self.store.get(r.GATES, record["gate"])
            if gate is not None and gate.get("base_feeder"):
                raise bad_request({"gate": [f'Gate "{record["gate"]}" already has a base feeder.']})
        elif collection in r.FEEDER_CHILD_MODELS:
            feeder = self.store.get(r.BASE_FEEDERS, record["base_feeder"])
            if feeder is not None and feeder.get("child_id"):
                raise bad_request(
                    {"base_feeder": [f'Base feeder "{record["base_feeder"]}" already has a child feeder.']}
                )
        elif collection == r.ANALYSIS_CONFIGS:
            analysis = self.store.get(r.ANALYSES, record["analysis"])
            if analysis is not None and analysis.get("analysisconfig"):
                raise bad_request({"analysis": [f'Analysis "{record["analysis"]}" already has a config.']})

    def _after_create(
        self, collection: str, created: dict[str, Any], organization_id: str, conn: sqlite3.Connection
    ) -> list[tuple[str, str]]:
        """Side records and back references; returns the (collection, id) of what else changed."""
        store = self.store
        rid = created["id"]
        if collection == r.PROJECTS:
            odata = store.insert(
                r.ODATA_PROJECTS,
                {**r.DEFAULTS[r.ODATA_PROJECTS], "name": created["name"]},
                organization_id=organization_id,
                conn=conn,
            )
            store.update(collection, rid, {"odata": odata["id"]}, conn=conn)
            return [(r.ODATA_PROJECTS, odata["id"])]
        if collection == r.GATES:
            account = self._new_ftp_account(r.GATE_FTP_ACCOUNTS, organization_id, conn, attach=False)
            store.update(collection, rid, {"ftp_account": account["id"]}, conn=conn)
            return [(r.GATE_FTP_ACCOUNTS, account["id"])]
        if collection == r.BASE_FEEDERS:
            store.update(r.GATES, created["gate"], {"base_feeder": rid}, conn=conn)
            return [(r.GATES, created["gate"])]
        if collection in r.FEEDER_CHILD_MODELS:
            store.update(
                r.BASE_FEEDERS,
                created["base_feeder"],
                {"child_id": rid, "child_model": r.FEEDER_CHILD_MODELS[collection]},
                conn=conn,
            )
            return [(r.BASE_FEEDERS, created["base_feeder"])]
        if collection == r.IMPORTERS:
            cleaner = store.insert(
                r.CLEANERS,
                {
                    **r.DEFAULTS[r.CLEANERS],
                    "name": created["name"],
                    "project": created["project"],
                    "related_importer": rid,
                },
                organization_id=organization_id,
                conn=conn,
            )
            return [(r.CLEANERS, cleaner["id"])]
        if collection == r.ANALYSIS_CONFIGS:
            store.update(r.ANALYSES, created["analysis"], {"analysisconfig": rid}, conn=conn)
            return [(r.ANALYSES, created["analysis"])]
        return []

    def _new_ftp_account(
        self, collection: str, organization_id: str, conn: sqlite3.Connection, *, attach: bool
    ) -> dict[str, Any]:
        account = self.store.insert(
            collection,
            {"protocol": "ftp", "host": None, "port": None, "login": None},
            organization_id=organization_id,
            conn=conn,
        )
        if attach:
            account = ftp_accounts.attach(
                self.store, self.ftp_root, collection, account["id"], port=self.ftp_port(), conn=conn
            )
        return account

    def attach_ftp_account(self, collection: str, account_id: str) -> dict[str, Any]:
        """The sandbox's own FTP login for the account (an external server it pointed at is forgotten)."""
        with self.store.transaction() as conn:
            self.store.update(collection, account_id, {external_ftp.EXTERNAL: None}, conn=conn)
            return ftp_accounts.attach(
                self.store, self.ftp_root, collection, account_id, port=self.ftp_port(), conn=conn
            )

    def configure_external_ftp(self, account_id: str, body: dict[str, Any]) -> dict[str, Any]:
        """Point a gate FTP account at the customer's own server (400, changing nothing, when the
        sandbox cannot read it); the sandbox's own login for it is removed."""
        fields = external_ftp.external_fields(body)
        with self.store.transaction() as conn:
            self.store.delete_ftp_login(account_id, conn=conn)
            return self.store.update(r.GATE_FTP_ACCOUNTS, account_id, fields, conn=conn)

    def ftp_address(self, account: dict[str, Any]) -> dict[str, Any]:
        """protocol, host, port, login as answers show them: the external server's, the sandbox's own
        FTP server's, or, not configured yet, host `""` (the platform's form, which the old client tests)."""
        if account.get(external_ftp.EXTERNAL):
            return {}
        if account.get("login") is None:
            return {"host": ""}
        return {"host": self.ftp_host, "port": self.ftp_port()}

    def ftp_password(self, account_id: str) -> str:
        """The account's password: the external server's, or the sandbox FTP login's."""
        account = self.store.get(r.GATE_FTP_ACCOUNTS, account_id) or {}
        external = account.get(external_ftp.EXTERNAL)
        if external:
            return str(external["password"])
        return self.ftp_login(account_id)["password"]

    def ftp_home(self, collection: str, account_id: str) -> Path:
        """The directory list_dir reads: the sandbox login's home, or the mirror of an external server
        (refreshed first; 502 naming the server when it cannot be read)."""
        account = self.store.get(collection, account_id) or {}
        if account.get(external_ftp.EXTERNAL):
            home = ftp_accounts.home_of(self.ftp_root, collection, account_id)
            try:
                external_ftp.mirror(account, home)
            except external_ftp.MirrorError as exc:
                raise ApiError(502, str(exc)) from exc
            return home
        return Path(self.ftp_login(account_id)["home"])

    # -- delete ---------------------------------------------------------------------------------
    def delete(self, collection: str, record_id: str) -> list[tuple[str, dict[str, Any]]]:
        """Delete a record and what depends on it; the engine hears of each deleted record."""
        deleted: list[tuple[str, dict[str, Any]]] = []
        nulled: list[tuple[str, str]] = []
        with self.store.transaction() as conn:
            self._delete(collection, record_id, conn, deleted, nulled)
            for coll, record in deleted:
                if coll == r.NOTIFICATIONS:
                    nulled.extend(recount_unresolved(self.store, record.get("generator"), conn))
        for coll, record in deleted:
            if coll in r.FTP_ACCOUNT_COLLECTIONS:
                ftp_accounts.remove_home(self.ftp_root, coll, record["id"])
        if self.engine is not None:
            for coll, record in deleted:
                self.engine.on_record_deleted(coll, record)
        gone = {(c, rec["id"]) for c, rec in deleted}
        self._changed([key for key in dict.fromkeys(nulled) if key not in gone])
        return deleted

    def _delete(
        self,
        collection: str,
        record_id: str,
        conn: sqlite3.Connection,
        deleted: list[tuple[str, dict[str, Any]]],
        nulled: list[tuple[str, str]],
    ) -> None:
        record = self.store.get(collection, record_id)
        if record is None:
            return
        self.store.delete(collection, record_id, conn=conn)
        deleted.append((collection, record))
        if collection in r.FTP_ACCOUNT_COLLECTIONS:
            self.store.delete_ftp_login(record_id, conn=conn)
        for field, target in r.OWNED.get(collection, {}).items():
            value = record.get(field)
            if isinstance(value, str):
                self._delete(target, value, conn, deleted, nulled)
        if collection == r.BASE_FEEDERS and isinstance(record.get("child_id"), str):
            for child_collection, model in r.FEEDER_CHILD_MODELS.items():
                if record.get("child_model") == model:
                    self._delete(child_collection, record["child_id"], conn, deleted, nulled)
        for dep_collection, field, action in r.DEPENDENTS.get(collection, ()):
            for dep in self.store.find(dep_collection, **{field: record_id}):
                if action == "delete":
                    self._delete(dep_collection, dep["id"], conn, deleted, nulled)
                else:
                    extra = {"child_model": None} if field == "child_id" else {}
                    self.store.update(dep_collection, dep["id"], {field: None, **extra}, conn=conn)
                    nulled.append((dep_collection, dep["id"]))

    # -- lookups the action routes need ------------------------------------------------------------
    def ftp_login(self, account_id: str) -> dict[str, str]:
        """The sandbox FTP login attached to an FTP account; 400 when none is attached yet."""
        login = self.store.ftp_login_of_account(account_id)
        if login is None:
            raise ApiError(400, "This FTP account has no sandbox FTP login yet: attach one first.")
        return login

    def series_ids_by_pk(self, organization_id: str, otsdb_pks: list[str]) -> dict[str, str]:
        """Series ids of the organization by ``otsdb_pk``; 400 naming every unknown one."""
        found = {pk: self.store.find_in(r.SERIES, organization_id, otsdb_pk=pk) for pk in otsdb_pks}
        unknown = [f"Unknown series otsdb_pk: {pk!r}." for pk, records in found.items() if not records]
        if unknown:
            raise bad_request({"otsdb_pk": unknown})
        return {pk: records[0]["id"] for pk, records in found.items()}

    def check_series_ids(self, organization_id: str, series_ids: list[str]) -> None:
        """400 naming every id that is not a series of the organization."""
        errors = [
            f'Invalid pk "{series_id}" - object does not exist.'
            for series_id in series_ids
            if self.store.get(r.SERIES, series_id) is None
            or self.store.organization_of(r.SERIES, series_id) != organization_id
        ]
        if errors:
            raise bad_request({"series": errors})

    # -- organizations and users ------------------------------------------------------------------
    def create_organization(self, name: str) -> dict[str, Any]:
        with self.store.transaction() as conn:
            existing = self.store.find(r.ORGANIZATIONS, name=name)
            if existing:
                return existing[0]
            org_id = str(uuid.uuid4())
            org = self.store.insert(
                r.ORGANIZATIONS,
                {"id": org_id, "name": name, **r.DEFAULTS[r.ORGANIZATIONS]},
                organization_id=org_id,
                conn=conn,
            )
            account = self._new_ftp_account(r.USER_FTP_ACCOUNTS, org["id"], conn, attach=True)
            return self.store.update(r.ORGANIZATIONS, org["id"], {"ftp_account": account["id"]}, conn=conn)

    def set_user_password(self, organization_id: str, login: str, password: str) -> dict[str, Any]:
        """The user of `login` with a new password (created, in the organization, when there is none)."""
        users = self.store.find(r.USERS, username=login)
        if not users:
            return self.create_user(organization_id, login, password)
        self.store.set_credentials(login, password, user_id=users[0]["id"], organization_id=organization_id)
        return users[0]

    def create_user(self, organization_id: str, login: str, password: str) -> dict[str, Any]:
        """A user of the organization, with their odata user and an attached personal FTP account."""
        with self.store.transaction() as conn:
            if self.store.login_exists(login):
                raise ApiError(400, {"login": [f"A user with login {login!r} already exists."]})
            account = self._new_ftp_account(r.USER_FTP_ACCOUNTS, organization_id, conn, attach=True)
            odata_user = self.store.insert(
                r.ODATA_USERS, {"ftp_account": account["id"]}, organization_id=organization_id, conn=conn
            )
            user = self.store.insert(
                r.USERS,
                {
                    "username": login,
                    "email": login if "@" in login else "",
                    "first_name": "",
                    "last_name": "",
                    "odata": odata_user["id"],
                },
                organization_id=organization_id,
                conn=conn,
            )
            self.store.set_credentials(
                login, password, user_id=user["id"], organization_id=organization_id, conn=conn
            )
            return user
