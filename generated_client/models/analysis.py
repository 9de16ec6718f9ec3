from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_config import AnalysisConfig
    from ..models.rights import Rights


T = TypeVar("T", bound="Analysis")


@_attrs_define
class Analysis:
    """Runs the user's analyze script on input series. `analysisconfig` is an id in lists and a nested object in retrieve
    answers; `is_obsolete` and `unresolved_notifications_nb` are sent in retrieve answers only.

        Attributes:
            id (str): UUID of the record.
            analysisconfig (AnalysisConfig | None | str): The analysis config, an id in list answers, nested in retrieve,
                create and update answers; null until configured.
            active (bool):
            name (str):
            comment (str):
            model (str): Known value: `analysis`.
            last_run (None | str): UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null.
            last_clear (None | str): UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null.
            project (str): Id of the odata project.
            rights (None | Rights | Unset): The caller's rights on the record, or null.
            is_obsolete (bool | Unset):
            unresolved_notifications_nb (int | Unset):
    """

    id: str
    analysisconfig: AnalysisConfig | None | str
    active: bool
    name: str
    comment: str
    model: str
    last_run: None | str
    last_clear: None | str
    project: str
    rights: None | Rights | Unset = UNSET
    is_obsolete: bool | Unset = UNSET
    unresolved_notifications_nb: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.analysis_config import AnalysisConfig  # noqa: PLC0415
        from ..models.rights import Rights  # noqa: PLC0415

        id = self.id

        analysisconfig: dict[str, Any] | None | str
        if isinstance(self.analysisconfig, AnalysisConfig):
            analysisconfig = self.analysisconfig.to_dict()
        else:
            analysisconfig = self.analysisconfig

        active = self.active

        name = self.name

        comment = self.comment

        model = self.model

        last_run: None | str
        last_run = self.last_run

        last_clear: None | str
        last_clear = self.last_clear

        project = self.project

        rights: dict[str, Any] | None | Unset
        if isinstance(self.rights, Unset):
            rights = UNSET
        elif isinstance(self.rights, Rights):
            rights = self.rights.to_dict()
        else:
            rights = self.rights

        is_obsolete = self.is_obsolete

        unresolved_notifications_nb = self.unresolved_notifications_nb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "analysisconfig": analysisconfig,
                "active": active,
                "name": name,
                "comment": comment,
                "model": model,
                "last_run": last_run,
                "last_clear": last_clear,
                "project": project,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights
        if is_obsolete is not UNSET:
            field_dict["is_obsolete"] = is_obsolete
        if unresolved_notifications_nb is not UNSET:
            field_dict["unresolved_notifications_nb"] = unresolved_notifications_nb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis_config import AnalysisConfig  # noqa: PLC0415
        from ..models.rights import Rights  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_analysisconfig(data: object) -> AnalysisConfig | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                analysisconfig_type_1 = AnalysisConfig.from_dict(data)

                return analysisconfig_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalysisConfig | None | str, data)

        analysisconfig = _parse_analysisconfig(d.pop("analysisconfig"))

        active = d.pop("active")

        name = d.pop("name")

        comment = d.pop("comment")

        model = d.pop("model")

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

        project = d.pop("project")

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

        is_obsolete = d.pop("is_obsolete", UNSET)

        unresolved_notifications_nb = d.pop("unresolved_notifications_nb", UNSET)

        analysis = cls(
            id=id,
            analysisconfig=analysisconfig,
            active=active,
            name=name,
            comment=comment,
            model=model,
            last_run=last_run,
            last_clear=last_clear,
            project=project,
            rights=rights,
            is_obsolete=is_obsolete,
            unresolved_notifications_nb=unresolved_notifications_nb,
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
