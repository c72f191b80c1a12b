"""Offers ("je propose") and needs ("je cherche") in the school's SEL.

A post is visible to the school while active and not past its end date; 7 days before
that date its author gets one reminder with a button to renew it for 90 days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.errors import DomainError
from core.members.validation import printable
from core.models import CATEGORIES, Member, PostKind, PostStatus, SelPost
from core.outbox.service import purposes_in, queued_for, withdraw

PAGE_SIZE = 5
DEFAULT_LIFETIME_DAYS = 90
# The choices, in days (0: no end). A need is often for one occasion ("walk Léa home on
# Thursday"): a week, and no reminder to renew it.
LIFETIMES = {PostKind.OFFER: (90, 30, 0), PostKind.NEED: (7, 30, 90)}
REMINDER_BEFORE = timedelta(days=7)
TITLE_MAX = 80
DESCRIPTION_MAX = 1000
RATE_MAX = 600  # units per hour: ten times the standard hour is surely a typo
# Gone for good: deleted by its author, or removed by the school's admins.
GONE = (PostStatus.DELETED, PostStatus.REMOVED)


@dataclass(frozen=True)
class PostLine:
    post: SelPost
    author: str


def clean_title(text: str | None) -> str:
    value = " ".join((text or "").split())
    if not 3 <= len(value) <= TITLE_MAX or not printable(value) or value.startswith("/"):
        raise DomainError("posts-title-invalid", max=TITLE_MAX)
    return value


def clean_description(text: str | None) -> str:
    value = (text or "").strip()
    if not value or len(value) > DESCRIPTION_MAX or value.startswith("/"):
        raise DomainError("posts-description-invalid", max=DESCRIPTION_MAX)
    return value


def check_rate(units_per_hour: int) -> int:
    if not 1 <= units_per_hour <= RATE_MAX:
        raise DomainError("posts-rate-invalid", max=RATE_MAX)
    return units_per_hour


def check_kind_and_category(kind: str, category: str) -> None:
    if kind not in (PostKind.OFFER, PostKind.NEED) or category not in CATEGORIES:
        raise DomainError("button-stale")


async def create_post(session: AsyncSession, member: Member, *, kind: str, category: str,
                      title: str, description: str, units_per_hour: int = 60,
                      lifetime_days: int | None = DEFAULT_LIFETIME_DAYS) -> SelPost:
    check_kind_and_category(kind, category)
    if (lifetime_days or 0) not in LIFETIMES[kind]:
        raise DomainError("button-stale")  # a forged or outdated choice
    short = bool(lifetime_days) and timedelta(days=lifetime_days) <= REMINDER_BEFORE
    post = SelPost(
        school_id=member.school_id, member_id=member.id, kind=kind, category=category,
        title=clean_title(title), description=clean_description(description),
        units_per_hour=check_rate(units_per_hour),
        expires_at=utcnow() + timedelta(days=lifetime_days) if lifetime_days else None,
        reminded_at=utcnow() if short else None)  # a week's post needs no "ends soon"
    session.add(post)
    await session.flush()
    return post


def _visible(school_id: int):
    now = utcnow()
    return (SelPost.school_id == school_id, SelPost.status == PostStatus.ACTIVE,
            or_(SelPost.expires_at.is_(None), SelPost.expires_at > now))


async def _page(session: AsyncSession, query, page: int) -> tuple[list[PostLine], int]:
    total = await session.scalar(select(func.count()).select_from(query.subquery()))
    pages = max(1, -(-(total or 0) // PAGE_SIZE))
    page = min(max(page, 0), pages - 1)
    rows = await session.execute(
        query.add_columns(Member.first_name, Member.last_name)
        .join(Member, Member.id == SelPost.member_id)
        .order_by(SelPost.created_at.desc(), SelPost.id.desc())
        .offset(page * PAGE_SIZE).limit(PAGE_SIZE))
    return [PostLine(post, f"{first} {last}") for post, first, last in rows], pages


async def browse(session: AsyncSession, school_id: int, kind: str, category: str,
                 page: int = 0) -> tuple[list[PostLine], int]:
    check_kind_and_category(kind, category)
    query = select(SelPost).where(*_visible(school_id), SelPost.kind == kind,
                                  SelPost.category == category)
    return await _page(session, query, page)


async def search(session: AsyncSession, school_id: int, text: str, page: int = 0
                 ) -> tuple[list[PostLine], int]:
    # LIKE wildcards typed by a person are dropped, then too-short words.
    cleaned = (w.replace("%", "").replace("_", "") for w in (text or "").lower().split())
    words = [w for w in cleaned if len(w) >= 2][:4]
    if not words:
        raise DomainError("posts-search-too-short")
    query = select(SelPost).where(*_visible(school_id))
    for word in words:
        pattern = f"%{word}%"
        query = query.where(or_(func.lower(SelPost.title).like(pattern),
                                func.lower(SelPost.description).like(pattern)))
    return await _page(session, query, page)


async def my_posts(session: AsyncSession, member: Member) -> list[SelPost]:
    return list(await session.scalars(
        select(SelPost).where(SelPost.member_id == member.id,
                              SelPost.status.not_in(GONE))
        .order_by(SelPost.created_at.desc())))


async def visible_post(session: AsyncSession, member: Member, post_id: int) -> SelPost:
    """A post the member may see: any visible post of their school, or one of their own."""
    post = await session.get(SelPost, post_id)
    if post is None or post.school_id != member.school_id or post.status == PostStatus.DELETED:
        raise DomainError("posts-not-found")
    _not_removed(post, member)
    expired = post.expires_at is not None and post.expires_at <= utcnow()
    if post.member_id != member.id and (post.status != PostStatus.ACTIVE or expired):
        raise DomainError("posts-not-found")
    return post


async def own_post(session: AsyncSession, member: Member, post_id: int) -> SelPost:
    """One's own post, its row taken for the change to come (as an admin's removal takes
    it: core/sel/moderation.py), so that a removal at the same moment is seen, not undone
    by a resume or an edit written over it. FOR NO KEY UPDATE: a report or a payment
    naming the post still goes meanwhile."""
    post = await session.get(SelPost, post_id, with_for_update={"key_share": True},
                             populate_existing=True)
    if post is None or post.member_id != member.id or post.status == PostStatus.DELETED:
        raise DomainError("posts-not-found")
    _not_removed(post, member)
    return post


def _not_removed(post: SelPost, member: Member) -> None:
    """A post the school's admins removed is gone for everyone; its author, who was told
    why, is reminded that it can no longer be changed."""
    if post.status == PostStatus.REMOVED:
        if post.member_id == member.id:
            raise DomainError("posts-removed", title=post.title)
        raise DomainError("posts-not-found")


def expiry_purpose(post_id: int) -> str:
    """The reminders to renew the post (one per end date: the purpose goes on with it)."""
    return f"posts-expiry:{post_id}:"


def report_purpose(post_id: int) -> str:
    """The admins' notices of reports of the post (core/sel/moderation.py)."""
    return f"posts-reported:{post_id}:"


async def withdraw_waiting(session: AsyncSession, post: SelPost) -> None:
    """A post gone for good (deleted, removed): its author's reminder to renew it, whose
    button would only say it is gone, and the admins' notices of its reports, which would
    send them to remove what is gone, are not sent if still waiting."""
    await withdraw(session, purposes_in([expiry_purpose(post.id), report_purpose(post.id)]))


def shown_status(post: SelPost) -> str:
    """What the author sees: an active post past its end date has ended."""
    if post.status == PostStatus.ACTIVE and post.expires_at and post.expires_at <= utcnow():
        return "ended"
    return post.status


async def may_write(session: AsyncSession, sender: Member, recipient_id: int,
                    post: SelPost) -> Member:
    """About a post, one may write to its author, or answer someone who wrote to oneself."""
    recipient = await session.get(Member, recipient_id)
    if (recipient is None or recipient.school_id != sender.school_id
            or recipient.id == sender.id or not recipient.is_active):
        raise DomainError("sel-member-not-found")
    if recipient.id == post.member_id:
        return recipient
    if not await queued_for(session, sender.id, f"posts-contact:{post.id}:{recipient.id}:"):
        raise DomainError("sel-member-not-found")  # they never wrote to the sender
    return recipient


async def set_status(session: AsyncSession, member: Member, post_id: int, status: str
                     ) -> SelPost:
    if status not in (PostStatus.ACTIVE, PostStatus.PAUSED, PostStatus.DELETED):
        raise DomainError("button-stale")
    post = await own_post(session, member, post_id)
    post.status = status
    if status == PostStatus.DELETED:
        await withdraw_waiting(session, post)
    await session.flush()
    return post


EDITABLE = {"title": clean_title, "description": clean_description}


async def edit_post(session: AsyncSession, member: Member, post_id: int, field: str,
                    value: str | int) -> SelPost:
    """Change the title, description or rate of one's own post."""
    post = await own_post(session, member, post_id)
    if field == "rate" and isinstance(value, int):
        post.units_per_hour = check_rate(value)
    elif field in EDITABLE and isinstance(value, str):
        setattr(post, field, EDITABLE[field](value))
    else:
        raise DomainError("button-stale")
    await session.flush()
    return post


async def renew(session: AsyncSession, member: Member, post_id: int) -> tuple[SelPost, bool]:
    """The post, and whether it had ended (its category's followers are then told of it,
    as of a new post: at once, or when its author makes it visible again if it is
    paused)."""
    post = await own_post(session, member, post_id)
    back = post.expires_at is not None and post.expires_at <= utcnow()
    post.expires_at = utcnow() + timedelta(days=DEFAULT_LIFETIME_DAYS)
    post.reminded_at = None  # a paused post stays paused: renewing only moves the end
    await session.flush()
    return post, back


async def due_for_reminder(session: AsyncSession) -> list[SelPost]:
    """Active posts ending within 7 days whose author was not reminded yet (marked now)."""
    now = utcnow()
    due = list(await session.scalars(
        select(SelPost).where(SelPost.status == PostStatus.ACTIVE,
                              SelPost.expires_at.is_not(None),
                              SelPost.expires_at > now,
                              SelPost.expires_at <= now + REMINDER_BEFORE,
                              SelPost.reminded_at.is_(None))
        .with_for_update(skip_locked=True)))
    for post in due:
        post.reminded_at = now
    await session.flush()
    return due
