from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_ref import RecordRef
    from ..models.rights import Rights


T = TypeVar("T", bound="AnalysisConfig")


@_attrs_define
class AnalysisConfig:
    """Script and frequencies of an analysis.

    Attributes:
        id (str): UUID of the record.
        rights (None | Rights | Unset): The caller's rights on the record, or null.
        output_tags (list[Any] | Unset):
        clock (str | Unset): A `Clock`.
        output_timezone (str | Unset):
        start_with_first (bool | Unset):
        wait_for_last (bool | Unset):
        input_freq (str | Unset): A `Frequency`.
        output_freq (str | Unset): A `Frequency`.
        custom_before_offset (None | str | Unset):
        custom_after_offset (None | str | Unset):
        before_offset_strict_mode (bool | Unset):
        with_tags (bool | Unset):
        script (str | Unset):
        script_method (str | Unset): Known value: `array`.
        wait_offset (str | Unset): A `Frequency`.
        custom_delay (None | str | Unset):
        analysis (RecordRef | str | Unset): Id of the analysis. (its id; read nested too)
    """

    id: str
    rights: None | Rights | Unset = UNSET
    output_tags: list[Any] | Unset = UNSET
    clock: str | Unset = UNSET
    output_timezone: str | Unset = UNSET
    start_with_first: bool | Unset = UNSET
    wait_for_last: bool | Unset = UNSET
    input_freq: str | Unset = UNSET
    output_freq: str | Unset = UNSET
    custom_before_offset: None | str | Unset = UNSET
    custom_after_offset: None | str | Unset = UNSET
    before_offset_strict_mode: bool | Unset = UNSET
    with_tags: bool | Unset = UNSET
    script: str | Unset = UNSET
    script_method: str | Unset = UNSET
    wait_offset: str | Unset = UNSET
    custom_delay: None | str | Unset = UNSET
    analysis: RecordRef | str | Unset = UNSET
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

        output_tags: list[Any] | Unset = UNSET
        if not isinstance(self.output_tags, Unset):
            output_tags = self.output_tags

        clock = self.clock

        output_timezone = self.output_timezone

        start_with_first = self.start_with_first

        wait_for_last = self.wait_for_last

        input_freq = self.input_freq

        output_freq = self.output_freq

        custom_before_offset: None | str | Unset
        if isinstance(self.custom_before_offset, Unset):
            custom_before_offset = UNSET
        else:
            custom_before_offset = self.custom_before_offset

        custom_after_offset: None | str | Unset
        if isinstance(self.custom_after_offset, Unset):
            custom_after_offset = UNSET
        else:
            custom_after_offset = self.custom_after_offset

        before_offset_strict_mode = self.before_offset_strict_mode

        with_tags = self.with_tags

        script = self.script

        script_method = self.script_method

        wait_offset = self.wait_offset

        custom_delay: None | str | Unset
        if isinstance(self.custom_delay, Unset):
            custom_delay = UNSET
        else:
            custom_delay = self.custom_delay

        analysis: dict[str, Any] | str | Unset
        if isinstance(self.analysis, Unset):
            analysis = UNSET
        elif isinstance(self.analysis, RecordRef):
            analysis = self.analysis.to_dict()
        else:
            analysis = self.analysis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights
        if output_tags is not UNSET:
            field_dict["output_tags"] = output_tags
        if clock is not UNSET:
            field_dict["clock"] = clock
        if output_timezone is not UNSET:
            field_dict["output_timezone"] = output_timezone
        if start_with_first is not UNSET:
            field_dict["start_with_first"] = start_with_first
        if wait_for_last is not UNSET:
            field_dict["wait_for_last"] = wait_for_last
        if input_freq is not UNSET:
            field_dict["input_freq"] = input_freq
        if output_freq is not UNSET:
            field_dict["output_freq"] = output_freq
        if custom_before_offset is not UNSET:
            field_dict["custom_before_offset"] = custom_before_offset
        if custom_after_offset is not UNSET:
            field_dict["custom_after_offset"] = custom_after_offset
        if before_offset_strict_mode is not UNSET:
            field_dict["before_offset_strict_mode"] = before_offset_strict_mode
        if with_tags is not UNSET:
            field_dict["with_tags"] = with_tags
        if script is not UNSET:
            field_dict["script"] = script
        if script_method is not UNSET:
            field_dict["script_method"] = script_method
        if wait_offset is not UNSET:
            field_dict["wait_offset"] = wait_offset
        if custom_delay is not UNSET:
            field_dict["custom_delay"] = custom_delay
        if analysis is not UNSET:
            field_dict["analysis"] = analysis

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

        output_tags = cast(list[Any], d.pop("output_tags", UNSET))

        clock = d.pop("clock", UNSET)

        output_timezone = d.pop("output_timezone", UNSET)

        start_with_first = d.pop("start_with_first", UNSET)

        wait_for_last = d.pop("wait_for_last", UNSET)

        input_freq = d.pop("input_freq", UNSET)

        output_freq = d.pop("output_freq", UNSET)

        def _parse_custom_before_offset(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_before_offset = _parse_custom_before_offset(
            d.pop("custom_before_offset", UNSET)
        )

        def _parse_custom_after_offset(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_after_offset = _parse_custom_after_offset(
            d.pop("custom_after_offset", UNSET)
        )

        before_offset_strict_mode = d.pop("before_offset_strict_mode", UNSET)

        with_tags = d.pop("with_tags", UNSET)

        script = d.pop("script", UNSET)

        script_method = d.pop("script_method", UNSET)

        wait_offset = d.pop("wait_offset", UNSET)

        def _parse_custom_delay(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_delay = _parse_custom_delay(d.pop("custom_delay", UNSET))

        def _parse_analysis(data: object) -> RecordRef | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                analysis_type_1 = RecordRef.from_dict(data)

                return analysis_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecordRef | str | Unset, data)

        analysis = _parse_analysis(d.pop("analysis", UNSET))

        analysis_config = cls(
            id=id,
            rights=rights,
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
