"""The admin web panel, mounted under /admin on the shared aiohttp application."""

from admin_web.app import create_app

__all__ = ["create_app"]
