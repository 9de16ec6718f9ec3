from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rights import Rights


T = TypeVar("T", bound="Importer")


@_attrs_define
class Importer:
    """Reads its gate's files through the user's parse script. Creating one also creates its cleaner.

    Attributes:
        id (str): UUID of the record.
        active (bool):
        name (str):
        comment (str):
        model (str): Known value: `importer`.
        crontab (str): Six fields, seconds first: `0 0 0 1 1 *`.
        auto_partial_reset (bool):
        parse_script (str):
        root_dir_path (str):
        re_run_last_file (bool):
        notify_missing_files_nb (int):
        max_ante_scanned_files_nb (int):
        last_run (None | str): UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null.
        last_clear (None | str): UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null.
        last_imported_path (None | str):
        latest_imported_mdate (None | str): UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null.
        project (str): Id of the odata project.
        gate (None | str): Id of the gate read by the importer, or null.
        rights (None | Rights | Unset): The caller's rights on the record, or null.
    """

    id: str
    active: bool
    name: str
    comment: str
    model: str
    crontab: str
    auto_partial_reset: bool
    parse_script: str
    root_dir_path: str
    re_run_last_file: bool
    notify_missing_files_nb: int
    max_ante_scanned_files_nb: int
    last_run: None | str
    last_clear: None | str
    last_imported_path: None | str
    latest_imported_mdate: None | str
    project: str
    gate: None | str
    rights: None | Rights | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rights import Rights  # noqa: PLC0415

        id = self.id

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

        last_run: None | str
        last_run = self.last_run

        last_clear: None | str
        last_clear = self.last_clear

        last_imported_path: None | str
        last_imported_path = self.last_imported_path

        latest_imported_mdate: None | str
        latest_imported_mdate = self.latest_imported_mdate

        project = self.project

        gate: None | str
        gate = self.gate

        rights: dict[str, Any] | None | Unset
        if isinstance(self.rights, Unset):
            rights = UNSET
        elif isinstance(self.rights, Rights):
            rights = self.rights.to_dict()
        else:
            rights = self.rights

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "active": active,
                "name": name,
                "comment": comment,
                "model": model,
                "crontab": crontab,
                "auto_partial_reset": auto_partial_reset,
                "parse_script": parse_script,
                "root_dir_path": root_dir_path,
                "re_run_last_file": re_run_last_file,
                "notify_missing_files_nb": notify_missing_files_nb,
                "max_ante_scanned_files_nb": max_ante_scanned_files_nb,
                "last_run": last_run,
                "last_clear": last_clear,
                "last_imported_path": last_imported_path,
                "latest_imported_mdate": latest_imported_mdate,
                "project": project,
                "gate": gate,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rights import Rights  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        active = d.pop("active")

        name = d.pop("name")

        comment = d.pop("comment")

        model = d.pop("model")

        crontab = d.pop("crontab")

        auto_partial_reset = d.pop("auto_partial_reset")

        parse_script = d.pop("parse_script")

        root_dir_path = d.pop("root_dir_path")

        re_run_last_file = d.pop("re_run_last_file")

        notify_missing_files_nb = d.pop("notify_missing_files_nb")

        max_ante_scanned_files_nb = d.pop("max_ante_scanned_files_nb")

        def _parse_last_run(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_run = _parse_last_run(d.pop("last_run"))

        def _parse_last_clear(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_clear = _parse_last_clear(d.pop("last_clear"))

        def _parse_last_imported_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_imported_path = _parse_last_imported_path(d.pop("last_imported_path"))

        def _parse_latest_imported_mdate(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        latest_imported_mdate = _parse_latest_imported_mdate(
            d.pop("latest_imported_mdate")
        )

        project = d.pop("project")

        def _parse_gate(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gate = _parse_gate(d.pop("gate"))

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

        importer = cls(
            id=id,
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
            rights=rights,
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
