from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImporterRequest")


@_attrs_define
class ImporterRequest:
    """Fields sent to create or replace a Importer. A field left out takes its `default` (the platform's).

    Attributes:
        name (str):
        project (str): Id of the odata project.
        comment (str | Unset):
        crontab (str | Unset): Six fields, seconds first: `0 0 0 1 1 *`.
        auto_partial_reset (bool | Unset):
        parse_script (str | Unset):
        root_dir_path (str | Unset):
        re_run_last_file (bool | Unset):
        notify_missing_files_nb (int | Unset):
        max_ante_scanned_files_nb (int | Unset):
        gate (None | str | Unset): Id of the gate read by the importer, or null.
    """

    name: str
    project: str
    comment: str | Unset = UNSET
    crontab: str | Unset = UNSET
    auto_partial_reset: bool | Unset = UNSET
    parse_script: str | Unset = UNSET
    root_dir_path: str | Unset = UNSET
    re_run_last_file: bool | Unset = UNSET
    notify_missing_files_nb: int | Unset = UNSET
    max_ante_scanned_files_nb: int | Unset = UNSET
    gate: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project = self.project

        comment = self.comment

        crontab = self.crontab

        auto_partial_reset = self.auto_partial_reset

        parse_script = self.parse_script

        root_dir_path = self.root_dir_path

        re_run_last_file = self.re_run_last_file

        notify_missing_files_nb = self.notify_missing_files_nb

        max_ante_scanned_files_nb = self.max_ante_scanned_files_nb

        gate: None | str | Unset
        if isinstance(self.gate, Unset):
            gate = UNSET
        else:
            gate = self.gate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "project": project,
            }
        )
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
        if gate is not UNSET:
            field_dict["gate"] = gate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        project = d.pop("project")

        comment = d.pop("comment", UNSET)

        crontab = d.pop("crontab", UNSET)

        auto_partial_reset = d.pop("auto_partial_reset", UNSET)

        parse_script = d.pop("parse_script", UNSET)

        root_dir_path = d.pop("root_dir_path", UNSET)

        re_run_last_file = d.pop("re_run_last_file", UNSET)

        notify_missing_files_nb = d.pop("notify_missing_files_nb", UNSET)

        max_ante_scanned_files_nb = d.pop("max_ante_scanned_files_nb", UNSET)

        def _parse_gate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gate = _parse_gate(d.pop("gate", UNSET))

        importer_request = cls(
            name=name,
            project=project,
            comment=comment,
            crontab=crontab,
            auto_partial_reset=auto_partial_reset,
            parse_script=parse_script,
            root_dir_path=root_dir_path,
            re_run_last_file=re_run_last_file,
            notify_missing_files_nb=notify_missing_files_nb,
            max_ante_scanned_files_nb=max_ante_scanned_files_nb,
            gate=gate,
        )

        importer_request.additional_properties = d
        return importer_request

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
