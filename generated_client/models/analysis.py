from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_config import AnalysisConfig
    from ..models.record_ref import RecordRef
    from ..models.rights import Rights


T = TypeVar("T", bound="Analysis")


@_attrs_define
class Analysis:
    """Runs the user's analyze script on input series. `analysisconfig` is an id in lists and a nested object in retrieve
    answers; `is_obsolete` and `unresolved_notifications_nb` are sent in retrieve answers only.

        Attributes:
            id (str): UUID of the record.
            rights (None | Rights | Unset): The caller's rights on the record, or null.
            analysisconfig (AnalysisConfig | None | str | Unset): The analysis config, nested in retrieve answers, its id in
                list, create and update answers; null until configured.
            active (bool | Unset):
            is_obsolete (bool | Unset):
            unresolved_notifications_nb (int | Unset):
            name (str | Unset):
            comment (str | Unset):
            model (str | Unset): Known value: `analysis`.
            last_run (None | str | Unset): UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null.
            last_clear (None | str | Unset): UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null.
            project (RecordRef | str | Unset): Id of the odata project. (its id; read nested too)
    """

    id: str
    rights: None | Rights | Unset = UNSET
    analysisconfig: AnalysisConfig | None | str | Unset = UNSET
    active: bool | Unset = UNSET
    is_obsolete: bool | Unset = UNSET
    unresolved_notifications_nb: int | Unset = UNSET
    name: str | Unset = UNSET
    comment: str | Unset = UNSET
    model: str | Unset = UNSET
    last_run: None | str | Unset = UNSET
    last_clear: None | str | Unset = UNSET
    project: RecordRef | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.analysis_config import AnalysisConfig  # noqa: PLC0415
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

        analysisconfig: dict[str, Any] | None | str | Unset
        if isinstance(self.analysisconfig, Unset):
            analysisconfig = UNSET
        elif isinstance(self.analysisconfig, AnalysisConfig):
            analysisconfig = self.analysisconfig.to_dict()
        else:
            analysisconfig = self.analysisconfig

        active = self.active

        is_obsolete = self.is_obsolete

        unresolved_notifications_nb = self.unresolved_notifications_nb

        name = self.name

        comment = self.comment

        model = self.model

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

        project: dict[str, Any] | str | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, RecordRef):
            project = self.project.to_dict()
        else:
            project = self.project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights
        if analysisconfig is not UNSET:
            field_dict["analysisconfig"] = analysisconfig
        if active is not UNSET:
            field_dict["active"] = active
        if is_obsolete is not UNSET:
            field_dict["is_obsolete"] = is_obsolete
        if unresolved_notifications_nb is not UNSET:
            field_dict["unresolved_notifications_nb"] = unresolved_notifications_nb
        if name is not UNSET:
            field_dict["name"] = name
        if comment is not UNSET:
            field_dict["comment"] = comment
        if model is not UNSET:
            field_dict["model"] = model
        if last_run is not UNSET:
            field_dict["last_run"] = last_run
        if last_clear is not UNSET:
            field_dict["last_clear"] = last_clear
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis_config import AnalysisConfig  # noqa: PLC0415
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

        def _parse_analysisconfig(data: object) -> AnalysisConfig | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                analysisconfig_type_1 = AnalysisConfig.from_dict(data)

                return analysisconfig_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalysisConfig | None | str | Unset, data)

        analysisconfig = _parse_analysisconfig(d.pop("analysisconfig", UNSET))

        active = d.pop("active", UNSET)

        is_obsolete = d.pop("is_obsolete", UNSET)

        unresolved_notifications_nb = d.pop("unresolved_notifications_nb", UNSET)

        name = d.pop("name", UNSET)

        comment = d.pop("comment", UNSET)

        model = d.pop("model", UNSET)

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

        analysis = cls(
            id=id,
            rights=rights,
            analysisconfig=analysisconfig,
            active=active,
            is_obsolete=is_obsolete,
            unresolved_notifications_nb=unresolved_notifications_nb,
            name=name,
            comment=comment,
            model=model,
            last_run=last_run,
            last_clear=last_clear,
            project=project,
        )

        analysis.additional_properties = d
        return analysis

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
