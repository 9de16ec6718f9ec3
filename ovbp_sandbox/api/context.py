"""What a route handler receives: the platform, the caller, the operation and the parsed request."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ovbp_sandbox.api.auth import Principal
from ovbp_sandbox.api.spec import Operation
from ovbp_sandbox.backend.platform_rules import Platform
from ovbp_sandbox.engine.interface import EngineAPI
from ovbp_sandbox.errors import ApiError


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

    @property
    def id(self) -> str:
        """The id in the operation's path (only detail operations are routed to handlers using it)."""
        if self.record_id is None:
            raise LookupError(f"{self.op.operation_id} has no {{id}} in its path")
        return self.record_id

    def record(self) -> dict[str, Any]:
        """The addressed record, if visible to the caller (404 otherwise)."""
        return self.platform.visible(self.collection, self.id, self.org)

    def int_query(self, name: str, default: int) -> int:
        value = self.query.get(name)
        return default if value is None or value == "" else int(value)


Result = tuple[int, Any]
