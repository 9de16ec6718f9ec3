"""Importers (parse a gate's files into series) and their raw importer series."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from .base import Field, Record
from .mixins import ActiveMixin, GeneratorMixin

if TYPE_CHECKING:
    from ..endpoints import Endpoint
    from .cleaners import Cleaner
    from .gates import Gate
    from .tasks import Task

__all__ = ["Importer", "ImporterSeries"]


class Importer(ActiveMixin, GeneratorMixin):
    """An importer (odata/importers); creating one makes the platform create its cleaner too."""

    name: Field[str] = Field()
    comment: Field[str] = Field()
    model: Field[str] = Field()
    active: Field[bool] = Field()
    crontab: Field[str] = Field()
    auto_partial_reset: Field[bool] = Field()
    parse_script: Field[str] = Field()
    root_dir_path: Field[str] = Field()
    re_run_last_file: Field[bool] = Field()
    notify_missing_files_nb: Field[int] = Field()
    max_ante_scanned_files_nb: Field[int] = Field()
    last_imported_path: Field[str | None] = Field()
    project: Field[str] = Field()
    gate: Field[str | None] = Field()

    @property
    def latest_imported_mdate(self) -> dt.datetime | str | None:
        value = self.data.get("latest_imported_mdate")
        return value if isinstance(value, dt.datetime | str) else None

    def _tasks_endpoint(self) -> Endpoint[Task]:
        return self.client.importer_tasks

    def configure(
        self,
        gate: Gate | str | None = None,
        crontab: str | None = None,
        auto_partial_reset: bool | None = None,
        parse_script: str | None = None,
        root_dir_path: str | None = None,
        re_run_last_file: bool | None = None,
        notify_missing_files_nb: int | None = None,
        max_ante_scanned_files_nb: int | None = None,
    ) -> None:
        """PATCH the given settings (those left to None are not sent). `gate` is a Gate or its id."""
        values: dict[str, Any] = {
            "gate": gate,
            "crontab": crontab,
            "auto_partial_reset": auto_partial_reset,
            "parse_script": parse_script,
            "root_dir_path": root_dir_path,
            "re_run_last_file": re_run_last_file,
            "notify_missing_files_nb": notify_missing_files_nb,
            "max_ante_scanned_files_nb": max_ante_scanned_files_nb,
        }
        changes = {k: v for k, v in values.items() if v is not None}
        if changes:
            self.update(**changes)

    def get_cleaner(self) -> Cleaner:
        """The cleaner the platform created with this importer."""
        from .lookup import get_one

        return get_one(
            self.client.cleaners, "cleaner", {"related_importer": self.id}, f"related_importer '{self.name}'"
        )


class ImporterSeries(Record):
    """A raw series produced by an importer (odata/importer_series); `unitcleaner` set once configured."""

    generator: Field[str] = Field()
    name: Field[str] = Field()
    external_name: Field[str] = Field()
    unitcleaner: Field[str | None] = Field()
