from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rights import Rights


T = TypeVar("T", bound="AnalysisConfig")


@_attrs_define
class AnalysisConfig:
    """Script and frequencies of an analysis.

    Attributes:
        id (str): UUID of the record.
        output_tags (list[Any]):
        clock (str): A `Clock`.
        output_timezone (str):
        start_with_first (bool):
        wait_for_last (bool):
        input_freq (str): A `Frequency`.
        output_freq (str): A `Frequency`.
        custom_before_offset (None | str):
        custom_after_offset (None | str):
        before_offset_strict_mode (bool):
        with_tags (bool):
        script (str):
        script_method (str): Known value: `array`.
        wait_offset (str): A `Frequency`.
        custom_delay (None | str):
        analysis (str): Id of the analysis.
        rights (None | Rights | Unset): The caller's rights on the record, or null.
    """

    id: str
    output_tags: list[Any]
    clock: str
    output_timezone: str
    start_with_first: bool
    wait_for_last: bool
    input_freq: str
    output_freq: str
    custom_before_offset: None | str
    custom_after_offset: None | str
    before_offset_strict_mode: bool
    with_tags: bool
    script: str
    script_method: str
    wait_offset: str
    custom_delay: None | str
    analysis: str
    rights: None | Rights | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rights import Rights  # noqa: PLC0415

        id = self.id

        output_tags = self.output_tags

        clock = self.clock

        output_timezone = self.output_timezone

        start_with_first = self.start_with_first

        wait_for_last = self.wait_for_last

        input_freq = self.input_freq

        output_freq = self.output_freq

        custom_before_offset: None | str
        custom_before_offset = self.custom_before_offset

        custom_after_offset: None | str
        custom_after_offset = self.custom_after_offset

        before_offset_strict_mode = self.before_offset_strict_mode

        with_tags = self.with_tags

        script = self.script

        script_method = self.script_method

        wait_offset = self.wait_offset

        custom_delay: None | str
        custom_delay = self.custom_delay

        analysis = self.analysis

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
                "output_tags": output_tags,
                "clock": clock,
                "output_timezone": output_timezone,
                "start_with_first": start_with_first,
                "wait_for_last": wait_for_last,
                "input_freq": input_freq,
                "output_freq": output_freq,
                "custom_before_offset": custom_before_offset,
                "custom_after_offset": custom_after_offset,
                "before_offset_strict_mode": before_offset_strict_mode,
                "with_tags": with_tags,
                "script": script,
                "script_method": script_method,
                "wait_offset": wait_offset,
                "custom_delay": custom_delay,
                "analysis": analysis,
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

        output_tags = cast(list[Any], d.pop("output_tags"))

        clock = d.pop("clock")

        output_timezone = d.pop("output_timezone")

        start_with_first = d.pop("start_with_first")

        wait_for_last = d.pop("wait_for_last")

        input_freq = d.pop("input_freq")

        output_freq = d.pop("output_freq")

        def _parse_custom_before_offset(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_before_offset = _parse_custom_before_offset(
            d.pop("custom_before_offset")
        )

        def _parse_custom_after_offset(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_after_offset = _parse_custom_after_offset(d.pop("custom_after_offset"))

        before_offset_strict_mode = d.pop("before_offset_strict_mode")

        with_tags = d.pop("with_tags")

        script = d.pop("script")

        script_method = d.pop("script_method")

        wait_offset = d.pop("wait_offset")

        def _parse_custom_delay(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_delay = _parse_custom_delay(d.pop("custom_delay"))

        analysis = d.pop("analysis")

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

        analysis_config = cls(
            id=id,
            output_tags=output_tags,
            clock=clock,
            output_timezone=output_timezone,
            start_with_first=start_with_first,
            wait_for_last=wait_for_last,
            input_freq=input_freq,
            output_freq=output_freq,
            custom_before_offset=custom_before_offset,
            custom_after_offset=custom_after_offset,
            before_offset_strict_mode=before_offset_strict_mode,
            with_tags=with_tags,
            script=script,
            script_method=script_method,
            wait_offset=wait_offset,
            custom_delay=custom_delay,
            analysis=analysis,
            rights=rights,
        )

        analysis_config.additional_properties = d
        return analysis_config

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
