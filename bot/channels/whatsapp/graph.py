"""The WhatsApp Cloud API (Meta's Graph API) over aiohttp, the HTTP client aiogram
already brings: send a message, upload and download media."""

from __future__ import annotations

from typing import Any

import aiohttp

DEFAULT_BASE = "https://graph.facebook.com/v21.0"
RATE_LIMITED = {130429, 131056, 4, 80007}  # throughput, pair rate, app and account limits
UNREACHABLE = {131026, 131049, 131050}  # undeliverable, ecosystem limit, opted out
# Meta's side failed (API unknown, API service, "something went wrong", service unavailable):
# Meta asks to try again later.
TRANSIENT = {1, 2, 131000, 131016}
OUTSIDE_WINDOW = 131047  # free text more than 24 h after the person's last message


class GraphError(RuntimeError):
    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.status, self.code, self.message = status, code, message

    @property
    def rate_limited(self) -> bool:
        return self.code in RATE_LIMITED or self.status == 429

    @property
    def transient(self) -> bool:
        return self.code in TRANSIENT or self.status >= 500


class GraphClient:
    def __init__(self, token: str, phone_number_id: str, base_url: str | None = None) -> None:
        self.token, self.phone_number_id = token, phone_number_id
        self.base_url = (base_url or DEFAULT_BASE).rstrip("/")
        self._http: aiohttp.ClientSession | None = None

    @property
    def http(self) -> aiohttp.ClientSession:
        if self._http is None or self._http.closed:
            self._http = aiohttp.ClientSession(
                headers={"Authorization": f"Bearer {self.token}"},
                timeout=aiohttp.ClientTimeout(total=30))
        return self._http

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()

    async def send(self, to: str, payload: dict[str, Any]) -> str:
        """Send one message; returns its wamid."""
        body = {"messaging_product": "whatsapp", "recipient_type": "individual", "to": to,
                **payload}
        async with self.http.post(f"{self.base_url}/{self.phone_number_id}/messages",
                                  json=body) as response:
            answer = await self._json(response)
        return answer["messages"][0]["id"]

    async def upload(self, data: bytes, mime_type: str, filename: str) -> str:
        form = aiohttp.FormData()
        form.add_field("messaging_product", "whatsapp")
        form.add_field("type", mime_type)
        form.add_field("file", data, filename=filename, content_type=mime_type)
        async with self.http.post(f"{self.base_url}/{self.phone_number_id}/media",
                                  data=form) as response:
            return (await self._json(response))["id"]

    async def download(self, media_id: str) -> bytes:
        """A file a person sent: its URL first, then the bytes (same bearer token)."""
        async with self.http.get(f"{self.base_url}/{media_id}") as response:
            url = (await self._json(response))["url"]
        async with self.http.get(url) as response:
            if response.status != 200:
                raise GraphError(response.status, 0, "media download failed")
            return await response.read()

    @staticmethod
    async def _json(response: aiohttp.ClientResponse) -> dict[str, Any]:
        try:
            answer = await response.json(content_type=None)
        except ValueError:
            answer = {}
        if response.status >= 400 or "error" in answer:
            error = answer.get("error", {}) if isinstance(answer, dict) else {}
            raise GraphError(response.status, int(error.get("code", 0)),
                             str(error.get("message", response.reason)))
        return answer
