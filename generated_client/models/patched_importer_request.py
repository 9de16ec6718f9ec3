from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedImporterRequest")


@_attrs_define
class PatchedImporterRequest:
    """Fields sent to change part of a Importer.

    Attributes:
        name (str | Unset):
        comment (str | Unset):
        crontab (str | Unset): Six fields, seconds first: `0 0 0 1 1 *`.
        auto_partial_reset (bool | Unset):
        parse_script (str | Unset):
        root_dir_path (str | Unset):
        re_run_last_file (bool | Unset):
        notify_missing_files_nb (int | Unset):
        max_ante_scanned_files_nb (int | Unset):
        project (str | Unset): Id of the odata project.
        gate (None | str | Unset): Id of the gate read by the importer, or null.
        last_imported_path (None | str | Unset): Sets the import position: the next run (or reset) imports the files
            after this one (by modification time, then path), relative to `root_dir_path`; null: every file again. An
            unknown file is refused.
    """

    name: str | Unset = UNSET
    comment: str | Unset = UNSET
    crontab: str | Unset = UNSET
    auto_partial_reset: bool | Unset = UNSET
    parse_script: str | Unset = UNSET
    root_dir_path: str | Unset = UNSET
    re_run_last_file: bool | Unset = UNSET
    notify_missing_files_nb: int | Unset = UNSET
    max_ante_scanned_files_nb: int | Unset = UNSET
    project: str | Unset = UNSET
    gate: None | str | Unset = UNSET
    last_imported_path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        comment = self.comment

        crontab = self.crontab

        auto_partial_reset = self.auto_partial_reset

        parse_script = self.parse_script

        root_dir_path = self.root_dir_path

        re_run_last_file = self.re_run_last_file

        notify_missing_files_nb = self.notify_missing_files_nb

        max_ante_scanned_files_nb = self.max_ante_scanned_files_nb

        project = self.project

        gate: None | str | Unset
        if isinstance(self.gate, Unset):
            gate = UNSET
        else:
            gate = self.gate

        last_imported_path: None | str | Unset
        if isinstance(self.last_imported_path, Unset):
            last_imported_path = UNSET
        else:
            last_imported_path = self.last_imported_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if comment is not UNSET:
            field_dict["comment"] = comment
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
        if project is not UNSET:
            field_dict["project"] = project
        if gate is not UNSET:
            field_dict["gate"] = gate
        if last_imported_path is not UNSET:
            field_dict["last_imported_path"] = last_imported_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        comment = d.pop("comment", UNSET)

        crontab = d.pop("crontab", UNSET)

        auto_partial_reset = d.pop("auto_partial_reset", UNSET)

        parse_script = d.pop("parse_script", UNSET)

        root_dir_path = d.pop("root_dir_path", UNSET)

        re_run_last_file = d.pop("re_run_last_file", UNSET)

        notify_missing_files_nb = d.pop("notify_missing_files_nb", UNSET)

        max_ante_scanned_files_nb = d.pop("max_ante_scanned_files_nb", UNSET)

        project = d.pop("project", UNSET)

        def _parse_gate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gate = _parse_gate(d.pop("gate", UNSET))

        def _parse_last_imported_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_imported_path = _parse_last_imported_path(
            d.pop("last_imported_path", UNSET)
        )

        patched_importer_request = cls(
            name=name,
            comment=comment,
            crontab=crontab,
            auto_partial_reset=auto_partial_reset,
            parse_script=parse_script,
            root_dir_path=root_dir_path,
            re_run_last_file=re_run_last_file,
            notify_missing_files_nb=notify_missing_files_nb,
            max_ante_scanned_files_nb=max_ante_scanned_files_nb,
            project=project,
            gate=gate,
            last_imported_path=last_imported_path,
        )

        patched_importer_request.additional_properties = d
        return patched_importer_request

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
