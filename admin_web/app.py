from __future__ import annotations

from aiohttp import web

PAGE = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>SchoolHub — admin</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>SchoolHub</h1>
<p>Le panneau d'administration arrive bientôt. · Het beheerpaneel komt eraan. ·
The admin panel is on its way.</p></main></body></html>"""


async def index(_request: web.Request) -> web.Response:
    return web.Response(text=PAGE, content_type="text/html")


def create_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/", index)
    return app
