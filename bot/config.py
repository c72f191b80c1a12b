"""All configuration, from the environment or `.env`. Secrets are never logged."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.ops.engines import is_sqlite, sqlite_file
from core.errors import DomainError
from core.members.invite_links import InviteLinks, whatsapp_digits


def with_async_driver(url: str) -> str:
    """Accept the plain URLs people copy from docs and pick the async drivers."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+asyncpg://" + url.split("://", 1)[1]
    if url.startswith("sqlite:///"):
        return "sqlite+aiosqlite:///" + url.removeprefix("sqlite:///")
    return url


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = "sqlite+aiosqlite:///./data/schoolhub.sqlite3"
    redis_url: str | None = None

    telegram_bot_token: SecretStr | None = None
    telegram_api_base: str | None = None
    public_url: str | None = None
    webhook_secret: SecretStr | None = None

    # Mollie: a test_ key in test mode, a live_ key in production. Webhooks reach
    # {public_url}/webhooks/mollie; the endpoint is only changed by tests.
    mollie_api_key: SecretStr | None = None
    mollie_api_endpoint: str | None = None

    # WhatsApp Cloud API (Meta): the channel is on when the token and number id are set.
    whatsapp_token: SecretStr | None = None
    whatsapp_phone_number_id: str | None = None
    # Where invite codes lead (the panel's printable sheet, a class rep's 📨 Invite
    # families): t.me/<username>, wa.me/<number>, as links and QR codes.
    telegram_bot_username: str | None = None
    whatsapp_display_number: str | None = None
    whatsapp_app_secret: SecretStr | None = None
    whatsapp_verify_token: SecretStr | None = None
    whatsapp_api_base: str | None = None
    # Approved templates for messages outside the 24-hour window: message id -> template
    # name ("*" for any other); each has one body parameter, the message's text.
    whatsapp_templates: dict[str, str] = {"*": "schoolhub_update"}

    web_host: str = "127.0.0.1"
    web_port: int = 8080

    default_locale: str = "fr"
    school_timezone: str = "Europe/Brussels"

    # Updates one process handles at once, each holding a database connection (the pool
    # keeps 20 open, 10 more for the sender, jobs and panel); the rest wait in line, first
    # come first served, instead of racing for connections.
    updates_at_once: int = Field(default=20, ge=1)
    outbox_poll_seconds: float = 0.5
    # Telegram's budget per bot (shared by every replica through Redis): about 30/s,
    # up to 1000/s for bots with paid broadcasts enabled.
    telegram_messages_per_second: float = 29.0
    processed_update_retention_days: int = 30
    # Outbox rows already delivered, leftover inbox rows and stale conversation drafts
    # are purged after this many days (core/retention.py).
    retention_days: int = Field(default=90, ge=7)

    # `schoolhub backup` writes under backup_dir (default: `backups` next to the SQLite
    # file, else ./data/backups). With backup_daily_at (an hour, 0-23, school time) a
    # verified backup is taken every day there, keeping 7 daily and 4 weekly.
    backup_dir: Path | None = None
    backup_daily_at: int | None = Field(default=None, ge=0, le=23)

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, url: str) -> str:
        return with_async_driver(url)

    @field_validator("whatsapp_display_number")
    @classmethod
    def _written_number(cls, number: str | None) -> str | None:
        """Read as a phone typed in the chat is (clean_phone), an area code in brackets
        too ("+1 (555) 123-4567": whatsapp_digits): a letter would have been dropped from
        the wa.me link, silently, a digit too many or missing kept, and every invite lead
        to someone else's number, or nobody's."""
        if not (number and number.strip()):
            return number
        try:
            whatsapp_digits(number)
        except DomainError:
            raise ValueError(f"WHATSAPP_DISPLAY_NUMBER must be the bot's WhatsApp number, "
                             f"in digits (\"+32 470 12 34 56\"), not {number!r}") from None
        return number

    @property
    def backup_folder(self) -> Path:
        if self.backup_dir is not None:
            return self.backup_dir
        if is_sqlite(self.database_url):
            return sqlite_file(self.database_url).parent / "backups"
        return Path("data/backups")

    @property
    def whatsapp_enabled(self) -> bool:
        return bool(self.whatsapp_token and self.whatsapp_phone_number_id)

    @property
    def invite_links(self) -> InviteLinks:
        return InviteLinks(self.telegram_bot_username, self.whatsapp_display_number)

    @property
    def base_url(self) -> str:
        """Where people and providers reach this process's web server."""
        return (self.public_url or f"http://{self.web_host}:{self.web_port}").rstrip("/")

    @property
    def webhook_mode(self) -> bool:
        return bool(self.public_url and self.telegram_bot_token)
