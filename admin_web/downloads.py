"""Files the panel hands over (CSV exports): saved by the browser, never shown inline."""

from __future__ import annotations

from aiohttp import web


def csv_attachment(body: bytes, filename: str) -> web.Response:
    return web.Response(body=body, content_type="text/csv", charset="utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{filename}"'})
