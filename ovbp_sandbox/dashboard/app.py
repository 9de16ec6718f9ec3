"""The dashboard's routes: read-only HTML pages at ``/``, behind the API's Basic authentication.

Each route authenticates, asks ``pages``/``series_views`` for its data and renders a template; only
GET and HEAD are routed, so any write is a 405. Sync endpoints run in Starlette's threadpool, as the
Store is synchronous. plotly.js is served from the installed plotly package, never from a CDN.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ovbp_sandbox.api.auth import authenticate
from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.backend.platform_rules import Platform
from ovbp_sandbox.dashboard.downsample import DEFAULT_BUCKETS
from ovbp_sandbox.dashboard.pages import Pages, config_rows
from ovbp_sandbox.dashboard.pipeline import layout, status_line, when
from ovbp_sandbox.dashboard.series_views import SeriesViews, parse_bound
from ovbp_sandbox.errors import DEFAULT_DETAILS, ApiError
from ovbp_sandbox.text import TextSafeJSONResponse, visible_json

HERE = Path(__file__).resolve().parent
MAX_PLOTTED = 20  # series on one plot
ANY_METHOD = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
SECURITY_HEADERS = {
    # our pages show users' scripts and tracebacks: nothing in them may run, and only our scripts do
    "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; object-src 'none'; frame-ancestors 'none'; form-action 'self'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
}


def plotly_js() -> Path:
    """plotly.min.js as the installed plotly wheel ships it (found without importing plotly)."""
    spec = importlib.util.find_spec("plotly")
    if spec is None or spec.origin is None:
        raise RuntimeError("the dashboard needs plotly: pip install 'ovbp[sandbox]'")
    path = Path(spec.origin).parent / "package_data" / "plotly.min.js"
    if not path.is_file():
        raise RuntimeError(f"the installed plotly has no {path.name} at {path}")
    return path


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every answer of the dashboard."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [
                    (k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items() if k.encode() not in names
                ]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class Dashboard:
    """The pages of one platform; each method is a route."""

    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        self.pages = Pages(platform)
        self.views = SeriesViews(platform.store)
        self.templates = Jinja2Templates(directory=HERE / "templates")
        # a stored string holding a lone surrogate or NUL (from before the text rule) is shown written
        # out rather than failing the page
        self.templates.env.finalize = visible_json
        self.templates.env.filters["when"] = when
        self.templates.env.globals["status_line"] = status_line
        self.plotly = plotly_js()

    def org(self, request: Request) -> str:
        address = request.client.host if request.client else ""
        principal = authenticate(self.platform.store, request.headers.get("authorization"), address)
        return principal.organization_id

    def render(self, request: Request, template: str, **context: Any) -> Response:
        return self.templates.TemplateResponse(request, template, context)

    # -- pages ------------------------------------------------------------------------------------
    def index(self, request: Request) -> Response:
        org = self.org(request)
        return self.render(
            request,
            "index.html",
            organization=self.pages.organization(org),
            projects=self.pages.projects(org),
            counts=self.pages.project_counts(org),
        )

    def project(self, request: Request) -> Response:
        org = self.org(request)
        project = self.pages.project(org, request.path_params["project_id"])
        gates = self.pages.gates(org, project)
        generators = self.pages.generators(org, project)
        graph = layout(gates, generators, self.pages.feeds(org, generators), self.pages.file_counts(gates))
        return self.render(
            request,
            "pipeline.html",
            project=project,
            graph=graph,
            generators=generators,
            gates=gates,
            unresolved=sum(g.unresolved for g in generators),
        )

    def series_list(self, request: Request) -> Response:
        org = self.org(request)
        project = self.pages.project(org, request.path_params["project_id"])
        series = self.pages.series_of_project(org, project)
        generators = {g.id: g for g in self.pages.generators(org, project)}
        return self.render(
            request,
            "series_list.html",
            project=project,
            series=series,
            summaries=self.views.summaries(series),
            generators=generators,
            max_plotted=MAX_PLOTTED,
        )

    def series_page(self, request: Request) -> Response:
        org = self.org(request)
        (series,) = self.pages.series(org, [request.path_params["series_id"]])
        return self._plot(request, org, [series], single=series)

    def plot(self, request: Request) -> Response:
        org = self.org(request)
        return self._plot(request, org, self._asked_series(request, org), single=None)

    def _asked_series(self, request: Request, org: str) -> list[dict[str, Any]]:
        ids = [i for value in request.query_params.getlist("series") for i in value.split(",") if i]
        if not ids:
            raise ApiError(400, "Choose at least one series (?series=ID, once per series).")
        if len(ids) > MAX_PLOTTED:
            raise ApiError(400, f"At most {MAX_PLOTTED} series on one plot ({len(ids)} asked).")
        return self.pages.series(org, ids)

    def _plot(
        self, request: Request, org: str, series: list[dict[str, Any]], single: dict[str, Any] | None
    ) -> Response:
        start = parse_bound(request.query_params.get("start"))
        end = parse_bound(request.query_params.get("end"))
        traces = [self.views.trace(s, start, end) for s in series]
        project = self.pages.project_of(org, series[0].get("project"))
        summaries = self.views.summaries(series)
        firsts = [s.first.time for s in summaries.values() if s.first is not None]
        lasts = [s.last.time for s in summaries.values() if s.last is not None]
        return self.render(
            request,
            "plot.html",
            project=project,
            series=series,
            single=single,
            generator=self.pages.generator_of(org, single) if single else None,
            summaries=summaries,
            traces=traces,
            earliest=min(firsts, default="").replace("T", " "),
            latest=max(lasts, default="").replace("T", " "),
            plot_data={
                "series": [t.as_json() for t in traces],
                "points_url": "/points?" + "&".join(f"series={s['id']}" for s in series),
            },
            start=request.query_params.get("start") or "",
            end=request.query_params.get("end") or "",
        )

    def points(self, request: Request) -> Response:
        """The traces of a plot for a time range (the page asks again when zoomed)."""
        org = self.org(request)
        series = self._asked_series(request, org)
        start = parse_bound(request.query_params.get("start"))
        end = parse_bound(request.query_params.get("end"))
        try:
            buckets = min(max(int(request.query_params.get("buckets") or DEFAULT_BUCKETS), 10), 20_000)
        except ValueError:
            raise ApiError(400, "buckets must be a whole number.") from None
        traces = [self.views.trace(s, start, end, buckets).as_json() for s in series]
        return TextSafeJSONResponse({"series": traces})

    def generator(self, collection: str) -> Callable[[Request], Response]:
        """The page of an importer, a cleaner or an analysis (one route per collection)."""

        def page(request: Request) -> Response:
            org = self.org(request)
            generator = self.pages.generator(org, collection, request.path_params["generator_id"])
            tasks, task_count = self.pages.tasks(org, generator)
            return self.render(
                request,
                "generator.html",
                project=self.pages.project_of(org, generator.record.get("project")),
                generator=generator,
                config=config_rows(generator.record),
                script=self.pages.script_of(generator),
                tasks=tasks,
                task_count=task_count,
                notifications=self.pages.notifications(org, generator_id=generator.id),
                series=self.pages.series_of_generator(org, generator.id),
                config_rows=config_rows,
                max_plotted=MAX_PLOTTED,
            )

        return page

    def gate(self, request: Request) -> Response:
        org = self.org(request)
        gate = self.pages.gate(org, request.path_params["gate_id"])
        files, cut = self.pages.files(gate)
        return self.render(
            request,
            "gate.html",
            project=self.pages.project_of(org, gate.get("project")),
            gate=gate,
            config=config_rows(gate),
            login=self.pages.ftp_login(gate),
            address=self.pages.ftp_address(),
            feeder=self.pages.gate_feeder(org, gate),
            importers=self.pages.gate_importers(org, gate),
            files=files,
            cut=cut,
        )

    def notifications(self, request: Request) -> Response:
        org = self.org(request)
        project = self.pages.project(org, request.path_params["project_id"])
        shown = request.query_params.get("show", "unresolved")
        notes = self.pages.notifications(org, project=project)
        generators = {g.id: g for g in self.pages.generators(org, project)}
        return self.render(
            request,
            "notifications.html",
            project=project,
            notifications=[n for n in notes if shown == "all" or not n.get("resolved")],
            total=len(notes),
            shown=shown,
            generators=generators,
        )

    def notification(self, request: Request) -> Response:
        org = self.org(request)
        note = self.pages.notification(org, request.path_params["notification_id"])
        generator = self.pages.generator_of(org, note)
        return self.render(
            request,
            "notification.html",
            project=self.pages.project_of(org, note.get("project")),
            note=note,
            generator=generator,
        )

    def nowhere(self, request: Request) -> Response:
        """Any other path: 404 to a read, 405 to anything else (no write is taken anywhere)."""
        if request.method in ("GET", "HEAD"):
            raise HTTPException(404)
        raise HTTPException(405, headers={"allow": "GET, HEAD"})

    def plotly_file(self, request: Request) -> Response:
        return FileResponse(
            self.plotly, media_type="text/javascript", headers={"cache-control": "public, max-age=86400"}
        )

    # -- errors -----------------------------------------------------------------------------------
    async def api_error(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        detail = exc.body.get("detail", exc.body)
        return self._error(request, exc.status, str(detail), exc.headers)

    async def http_error(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        detail = (
            f"{request.method} is not allowed: these pages are read-only." if exc.status_code == 405 else ""
        )
        return self._error(request, exc.status_code, detail, dict(exc.headers or {}))

    def _error(self, request: Request, status: int, detail: str, headers: dict[str, str]) -> Response:
        title = DEFAULT_DETAILS.get(status, "Error.").rstrip(".")
        return self.templates.TemplateResponse(
            request, "error.html", {"status": status, "title": title, "detail": detail}, status, headers
        )


def build_dashboard(platform: Platform) -> Starlette:
    """The dashboard's app; the sandbox serves it at ``/``, beside the API."""
    board = Dashboard(platform)

    def get(path: str, endpoint: Callable[[Request], Response]) -> Route:
        return Route(path, endpoint, methods=["GET"])  # HEAD too; any other method is a 405

    routes = [
        get("/", board.index),
        get("/projects/{project_id}", board.project),
        get("/projects/{project_id}/series", board.series_list),
        get("/projects/{project_id}/notifications", board.notifications),
        get("/importers/{generator_id}", board.generator(r.IMPORTERS)),
        get("/cleaners/{generator_id}", board.generator(r.CLEANERS)),
        get("/analyses/{generator_id}", board.generator(r.ANALYSES)),
        get("/gates/{gate_id}", board.gate),
        get("/series/{series_id}", board.series_page),
        get("/plot", board.plot),
        get("/points", board.points),
        get("/notifications/{notification_id}", board.notification),
        get("/static/plotly.min.js", board.plotly_file),
        Mount("/static", StaticFiles(directory=HERE / "static")),
        Route("/{path:path}", board.nowhere, methods=list(ANY_METHOD)),  # last: what nothing else took
    ]
    return Starlette(
        routes=routes,
        middleware=[Middleware(SecurityHeaders)],
        exception_handlers={ApiError: board.api_error, HTTPException: board.http_error},
    )


def with_dashboard(api: ASGIApp, platform: Platform, api_prefix: str) -> ASGIApp:
    """One app for the sandbox's HTTP port: ``api`` under ``api_prefix``, the dashboard everywhere else."""
    pages = build_dashboard(platform)

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        if path == api_prefix or path.startswith(api_prefix + "/"):
            await api(scope, receive, send)
        else:
            await pages(scope, receive, send)

    return app
