"""What a route handler receives: the platform, the caller, the operation and the parsed request."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ovbp_sandbox.auth import Principal
from ovbp_sandbox.engine_api import EngineAPI
from ovbp_sandbox.errors_http import ApiError
from ovbp_sandbox.platform import Platform
from ovbp_sandbox.spec import Operation


@dataclass
class Ctx:
    platform: Platform
    principal: Principal
    op: Operation
    collection: str  # e.g. "odata/gates"
    record_id: str | None
    query: dict[str, str]  # normalized (booleans as true/false)
    body: Any  # parsed JSON, or None

    @property
    def org(self) -> str:
        return self.principal.organization_id

    @property
    def engine(self) -> EngineAPI:
        if self.platform.engine is None:
            raise ApiError(503, "The sandbox engine is not running.")
        return self.platform.engine

    def record(self) -> dict[str, Any]:
        """The addressed record, if visible to the caller (404 otherwise)."""
        assert self.record_id is not None
        return self.platform.visible(self.collection, self.record_id, self.org)

    def int_query(self, name: str, default: int) -> int:
        value = self.query.get(name)
        return default if value is None or value == "" else int(value)


Result = tuple[int, Any]
