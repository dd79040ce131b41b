"""The labelling page and its JSON API (Starlette), served on loopback by uvicorn.

Routes: `/` the page, `/page/*` its script and style (package files),
`GET /api/state` what the page starts from, `POST /api/autosave` and
`POST /api/save` with the gold JSON as body, both answering the loader's
verdict (`ok`, `problem`, `spans`). A save the loader refuses answers 422.
"""

from __future__ import annotations

import json
import socket
from importlib.resources import files
from typing import Any

from briefing.errors import BriefingError
from briefing.labelling.session import LabelSession

HOST = "127.0.0.1"


def _page_file(name: str) -> str:
    return files("briefing.labelling").joinpath("page", name).read_text(encoding="utf-8")


def require_server_libraries() -> None:
    """Refuse, with the install line, when the extra `label` is not installed."""
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise BriefingError(
            f"briefing label needs {exc.name}: pip install 'briefing[label]'"
        ) from exc


def make_app(session: LabelSession) -> Any:
    """The Starlette app serving `session` (Starlette is imported only when labelling)."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, JSONResponse, Response
    from starlette.routing import Route

    async def page(request: Request) -> Response:
        return HTMLResponse(_page_file("index.html"), headers={"Cache-Control": "no-store"})

    async def asset(request: Request) -> Response:
        name = request.path_params["name"]
        types = {"label.js": "text/javascript", "label.css": "text/css"}
        if name not in types:
            return Response("not found", status_code=404)
        return Response(_page_file(name), media_type=types[name])

    async def state(request: Request) -> Response:
        try:
            return JSONResponse(session.state())
        except BriefingError as exc:
            return JSONResponse({"problem": str(exc)}, status_code=500)

    async def _gold(request: Request) -> dict[str, Any] | None:
        try:
            body = json.loads(await request.body())
        except (json.JSONDecodeError, UnicodeDecodeError):
            return None
        return body if isinstance(body, dict) else None

    async def autosave(request: Request) -> Response:
        gold = await _gold(request)
        if gold is None:
            return JSONResponse({"ok": False, "problem": "not a JSON object"}, status_code=400)
        try:
            return JSONResponse(session.autosave(gold).json())
        except BriefingError as exc:
            return JSONResponse({"ok": False, "problem": str(exc)}, status_code=500)

    async def save(request: Request) -> Response:
        gold = await _gold(request)
        if gold is None:
            return JSONResponse({"ok": False, "problem": "not a JSON object"}, status_code=400)
        try:
            verdict = session.save(gold)
        except BriefingError as exc:
            return JSONResponse({"ok": False, "problem": str(exc)}, status_code=500)
        return JSONResponse(verdict.json(), status_code=200 if verdict.ok else 422)

    return Starlette(
        routes=[
            Route("/", page),
            Route("/page/{name}", asset),
            Route("/api/state", state),
            Route("/api/autosave", autosave, methods=["POST"]),
            Route("/api/save", save, methods=["POST"]),
        ]
    )


def bind(port: int) -> socket.socket:
    """A listening socket on loopback (`port` 0: any free port); BriefingError if taken."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, port))
    except OSError as exc:
        sock.close()
        raise BriefingError(
            f"cannot listen on {HOST}:{port} ({exc.strerror}); pass --port 0 for any free port"
        ) from exc
    sock.listen(64)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://{host}:{port}/"


def server_for(session: LabelSession) -> Any:
    """A uvicorn server of `session`; `.run(sockets=[sock])` serves until Ctrl-C."""
    import uvicorn

    config = uvicorn.Config(make_app(session), log_level="warning", lifespan="off")
    return uvicorn.Server(config)


def serve(session: LabelSession, sock: socket.socket) -> None:
    """Serve `session` on `sock` until Ctrl-C (uvicorn finishes open requests, then stops)."""
    server_for(session).run(sockets=[sock])
