from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.analysis_config import AnalysisConfig
    from ..models.rights import Rights


T = TypeVar("T", bound="Analysis")


@_attrs_define
class Analysis:
    """Runs the user's analyze script on input series. `analysisconfig` is an id in lists and a nested object in retrieve
    answers.

        Attributes:
            id (str): UUID of the record.
            rights (None | Rights): The caller's rights on the record, or null.
            analysisconfig (AnalysisConfig | None | str): Id of the analysis config in lists, the nested config in retrieve
                answers; null until configured.
            active (bool):
            is_obsolete (bool):
            unresolved_notifications_nb (int):
            name (str):
            comment (str):
            model (str): Known value: `analysis`.
            last_run (None | str): UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null.
            last_clear (None | str): UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null.
            project (str): Id of the odata project.
    """

    id: str
    rights: None | Rights
    analysisconfig: AnalysisConfig | None | str
    active: bool
    is_obsolete: bool
    unresolved_notifications_nb: int
    name: str
    comment: str
    model: str
    last_run: None | str
    last_clear: None | str
    project: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.analysis_config import AnalysisConfig  # noqa: PLC0415
        from ..models.rights import Rights  # noqa: PLC0415

        id = self.id

        rights: dict[str, Any] | None
        if isinstance(self.rights, Rights):
            rights = self.rights.to_dict()
        else:
            rights = self.rights

        analysisconfig: dict[str, Any] | None | str
        if isinstance(self.analysisconfig, AnalysisConfig):
            analysisconfig = self.analysisconfig.to_dict()
        else:
            analysisconfig = self.analysisconfig

        active = self.active

        is_obsolete = self.is_obsolete

        unresolved_notifications_nb = self.unresolved_notifications_nb

        name = self.name

        comment = self.comment

        model = self.model

        last_run: None | str
        last_run = self.last_run

        last_clear: None | str
        last_clear = self.last_clear

        project = self.project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "rights": rights,
                "analysisconfig": analysisconfig,
                "active": active,
                "is_obsolete": is_obsolete,
                "unresolved_notifications_nb": unresolved_notifications_nb,
                "name": name,
                "comment": comment,
                "model": model,
                "last_run": last_run,
                "last_clear": last_clear,
                "project": project,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis_config import AnalysisConfig  # noqa: PLC0415
        from ..models.rights import Rights  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_rights(data: object) -> None | Rights:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rights_type_0 = Rights.from_dict(data)

                return rights_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Rights, data)

        rights = _parse_rights(d.pop("rights"))

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

        is_obsolete = d.pop("is_obsolete")

        unresolved_notifications_nb = d.pop("unresolved_notifications_nb")

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
