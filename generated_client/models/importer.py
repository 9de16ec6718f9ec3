from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_ref import RecordRef
    from ..models.rights import Rights


T = TypeVar("T", bound="Importer")


@_attrs_define
class Importer:
    """Reads its gate's files through the user's parse script. Creating one also creates its cleaner.

    Attributes:
        id (str): UUID of the record.
        rights (None | Rights | Unset): The caller's rights on the record, or null.
        active (bool | Unset):
        name (str | Unset):
        comment (str | Unset):
        model (str | Unset): Known value: `importer`.
        crontab (str | Unset): Six fields, seconds first: `0 0 0 1 1 *`.
        auto_partial_reset (bool | Unset):
        parse_script (str | Unset):
        root_dir_path (str | Unset):
        re_run_last_file (bool | Unset):
        notify_missing_files_nb (int | Unset):
        max_ante_scanned_files_nb (int | Unset):
        last_run (None | str | Unset): UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null.
        last_clear (None | str | Unset): UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null.
        last_imported_path (None | str | Unset):
        latest_imported_mdate (None | str | Unset): UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null.
        project (RecordRef | str | Unset): Id of the odata project. (its id; read nested too)
        gate (None | RecordRef | str | Unset): The gate read by the importer: its id (nested as `{id, name}` in answers
            of 2017-18), or null.
    """

    id: str
    rights: None | Rights | Unset = UNSET
    active: bool | Unset = UNSET
    name: str | Unset = UNSET
    comment: str | Unset = UNSET
    model: str | Unset = UNSET
    crontab: str | Unset = UNSET
    auto_partial_reset: bool | Unset = UNSET
    parse_script: str | Unset = UNSET
    root_dir_path: str | Unset = UNSET
    re_run_last_file: bool | Unset = UNSET
    notify_missing_files_nb: int | Unset = UNSET
    max_ante_scanned_files_nb: int | Unset = UNSET
    last_run: None | str | Unset = UNSET
    last_clear: None | str | Unset = UNSET
    last_imported_path: None | str | Unset = UNSET
    latest_imported_mdate: None | str | Unset = UNSET
    project: RecordRef | str | Unset = UNSET
    gate: None | RecordRef | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.record_ref import RecordRef  # noqa: PLC0415
        from ..models.rights import Rights  # noqa: PLC0415

        id = self.id

        rights: dict[str, Any] | None | Unset
        if isinstance(self.rights, Unset):
            rights = UNSET
        elif isinstance(self.rights, Rights):
            rights = self.rights.to_dict()
        else:
            rights = self.rights

        active = self.active

        name = self.name

        comment = self.comment

        model = self.model

        crontab = self.crontab

        auto_partial_reset = self.auto_partial_reset

        parse_script = self.parse_script

        root_dir_path = self.root_dir_path

        re_run_last_file = self.re_run_last_file

        notify_missing_files_nb = self.notify_missing_files_nb

        max_ante_scanned_files_nb = self.max_ante_scanned_files_nb

        last_run: None | str | Unset
        if isinstance(self.last_run, Unset):
            last_run = UNSET
        else:
            last_run = self.last_run

        last_clear: None | str | Unset
        if isinstance(self.last_clear, Unset):
            last_clear = UNSET
        else:
            last_clear = self.last_clear

        last_imported_path: None | str | Unset
        if isinstance(self.last_imported_path, Unset):
            last_imported_path = UNSET
        else:
            last_imported_path = self.last_imported_path

        latest_imported_mdate: None | str | Unset
        if isinstance(self.latest_imported_mdate, Unset):
            latest_imported_mdate = UNSET
        else:
            latest_imported_mdate = self.latest_imported_mdate

        project: dict[str, Any] | str | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, RecordRef):
            project = self.project.to_dict()
        else:
            project = self.project

        gate: dict[str, Any] | None | str | Unset
        if isinstance(self.gate, Unset):
            gate = UNSET
        elif isinstance(self.gate, RecordRef):
            gate = self.gate.to_dict()
        else:
            gate = self.gate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights
        if active is not UNSET:
            field_dict["active"] = active
        if name is not UNSET:
            field_dict["name"] = name
        if comment is not UNSET:
            field_dict["comment"] = comment
        if model is not UNSET:
            field_dict["model"] = model
        if crontab is not UNSET:
            field_dict["crontab"] = crontab
        if auto_partial_reset is not UNSET:
            field_dict["auto_partial_reset"] = auto_partial_reset
        if parse_script is not UNSET:
            field_dict["parse_script"] = parse_script
        if root_dir_path is not UNSET:
            field_dict["root_dir_path"] = root_dir_path
        if re_run_last_file is not UNSET:
            field_dict["re_run_last_file"] = re_run_last_file
        if notify_missing_files_nb is not UNSET:
            field_dict["notify_missing_files_nb"] = notify_missing_files_nb
        if max_ante_scanned_files_nb is not UNSET:
            field_dict["max_ante_scanned_files_nb"] = max_ante_scanned_files_nb
        if last_run is not UNSET:
            field_dict["last_run"] = last_run
        if last_clear is not UNSET:
            field_dict["last_clear"] = last_clear
        if last_imported_path is not UNSET:
            field_dict["last_imported_path"] = last_imported_path
        if latest_imported_mdate is not UNSET:
            field_dict["latest_imported_mdate"] = latest_imported_mdate
        if project is not UNSET:
            field_dict["project"] = project
        if gate is not UNSET:
            field_dict["gate"] = gate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_ref import RecordRef  # noqa: PLC0415
        from ..models.rights import Rights  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_rights(data: object) -> None | Rights | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rights_type_0 = Rights.from_dict(data)

                return rights_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Rights | Unset, data)

        rights = _parse_rights(d.pop("rights", UNSET))

        active = d.pop("active", UNSET)

        name = d.pop("name", UNSET)

        comment = d.pop("comment", UNSET)

        model = d.pop("model", UNSET)

        crontab = d.pop("crontab", UNSET)

        auto_partial_reset = d.pop("auto_partial_reset", UNSET)

        parse_script = d.pop("parse_script", UNSET)

        root_dir_path = d.pop("root_dir_path", UNSET)

        re_run_last_file = d.pop("re_run_last_file", UNSET)

        notify_missing_files_nb = d.pop("notify_missing_files_nb", UNSET)

        max_ante_scanned_files_nb = d.pop("max_ante_scanned_files_nb", UNSET)

        def _parse_last_run(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_run = _parse_last_run(d.pop("last_run", UNSET))

        def _parse_last_clear(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_clear = _parse_last_clear(d.pop("last_clear", UNSET))

        def _parse_last_imported_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_imported_path = _parse_last_imported_path(
            d.pop("last_imported_path", UNSET)
        )

        def _parse_latest_imported_mdate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        latest_imported_mdate = _parse_latest_imported_mdate(
            d.pop("latest_imported_mdate", UNSET)
        )

        def _parse_project(data: object) -> RecordRef | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                project_type_1 = RecordRef.from_dict(data)

                return project_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecordRef | str | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        def _parse_gate(data: object) -> None | RecordRef | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gate_type_1 = RecordRef.from_dict(data)

                return gate_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordRef | str | Unset, data)

        gate = _parse_gate(d.pop("gate", UNSET))

        importer = cls(
            id=id,
            rights=rights,
            active=active,
            name=name,
            comment=comment,
            model=model,
            crontab=crontab,
            auto_partial_reset=auto_partial_reset,
            parse_script=parse_script,
            root_dir_path=root_dir_path,
            re_run_last_file=re_run_last_file,
            notify_missing_files_nb=notify_missing_files_nb,
            max_ante_scanned_files_nb=max_ante_scanned_files_nb,
            last_run=last_run,
            last_clear=last_clear,
            last_imported_path=last_imported_path,
            latest_imported_mdate=latest_imported_mdate,
            project=project,
            gate=gate,
        )

        importer.additional_properties = d
        return importer

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
