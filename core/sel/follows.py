"""Following a category of the SEL: a parent hears of each new offer or need in it.

One notice per post and follower (the outbox's dedupe), not urgent (quiet hours apply),
to active members of the post's school other than its author. A post paused or deleted
before its notices went out takes them back; made visible again, it is told to the
followers who have not heard of it (a withdrawn notice goes again, after quiet hours),
never twice to the same person. A post edited before its notices went out is announced
as it now reads. A post renewed after it ended is news again, announced as a new one: to
every follower once more, once (its notices have a purpose of their own, of the day it
came back); pausing, deleting or editing it treats those notices as the first ones. One
renewed while paused has its renewal notices held back, as a pause holds them: made
visible again, it is news to whoever has not heard of it since it came back.
"""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.db import insert_ignoring_conflicts
from core.errors import DomainError
from core.models import (
    CATEGORIES,
    Member,
    MemberStatus,
    OutboxMessage,
    OutboxStatus,
    PostStatus,
    School,
    SelFollow,
    SelPost,
)
from core.outbox import (
    Button,
    enqueue_for_member,
    label_arg,
    purposes_in,
    rewrite_unsent,
    withdraw,
)
from core.quiet import quiet_end_after


def notice_purpose(post_id: int) -> str:
    return f"posts-followed:{post_id}"


def renewal_purpose(post_id: int) -> str:
    """The notices of a post back after its end: one purpose per day it came back."""
    return f"{notice_purpose(post_id)}:renewed:{utcnow().date().isoformat()}"


def notice_purposes(post_id: int) -> list[str]:
    """Every notice about the post (purposes_in): when published, and when renewed."""
    return [notice_purpose(post_id), f"{notice_purpose(post_id)}:"]


async def _current_purpose(session: AsyncSession, post: SelPost) -> str:
    """The purpose of the post's latest announcement (its last renewal's, or the first):
    who heard of it then need not hear again."""
    latest = await session.scalar(
        select(OutboxMessage.purpose).where(purposes_in(notice_purposes(post.id)))
        .order_by(OutboxMessage.id.desc()).limit(1))
    return latest or notice_purpose(post.id)


def _check(category: str) -> None:
    if category not in CATEGORIES:
        raise DomainError("button-stale")


async def follow(session: AsyncSession, member: Member, category: str) -> None:
    """Following twice is following once."""
    _check(category)
    await session.execute(insert_ignoring_conflicts(
        session, SelFollow, school_id=member.school_id, member_id=member.id,
        category=category))


async def unfollow(session: AsyncSession, member: Member, category: str) -> None:
    _check(category)
    await session.execute(delete(SelFollow).where(SelFollow.member_id == member.id,
                                                  SelFollow.category == category))


async def followed(session: AsyncSession, member: Member) -> list[str]:
    """The member's categories, in the order of the category menu."""
    mine = set(await session.scalars(select(SelFollow.category).where(
        SelFollow.member_id == member.id)))
    return [category for category in CATEGORIES if category in mine]


async def _followers(session: AsyncSession, post: SelPost) -> list[Member]:
    return list(await session.scalars(
        select(Member).join(SelFollow, SelFollow.member_id == Member.id)
        .where(SelFollow.school_id == post.school_id, SelFollow.category == post.category,
               Member.id != post.member_id, Member.status == MemberStatus.ACTIVE)
        .order_by(Member.id)))


def notice_args(post: SelPost) -> dict[str, object]:
    return {"title": post.title, "kind": post.kind,
            "category": label_arg(f"posts-category-{post.category}")}


async def tell_followers(session: AsyncSession, post: SelPost, buttons: list[list[Button]],
                         renewed: bool = False) -> None:
    """The post is visible (published, or visible again): its category's followers who
    have not heard of it are told; `buttons` opens it. `renewed`: it is back after its
    end, and every follower is told again, as of a new post (once that day)."""
    if post.expires_at is not None and post.expires_at <= utcnow():
        return  # made visible again past its end: nobody can see it
    followers = await _followers(session, post)
    if not followers:
        return
    purpose = renewal_purpose(post.id) if renewed else await _current_purpose(session, post)
    school = await session.get_one(School, post.school_id)
    await session.execute(  # withdrawn when the post was paused: it goes after all
        update(OutboxMessage).where(OutboxMessage.purpose == purpose,
                                    OutboxMessage.status == OutboxStatus.CANCELLED,
                                    OutboxMessage.member_id.in_([f.id for f in followers]))
        .values(status=OutboxStatus.PENDING, message_args=notice_args(post),
                next_attempt_at=quiet_end_after(school, utcnow()), expires_at=post.expires_at)
        .execution_options(synchronize_session=False))
    for follower in followers:
        await enqueue_for_member(session, follower, purpose=purpose,
                                 message_id="posts-followed-notice", args=notice_args(post),
                                 buttons=buttons, expires_at=post.expires_at)


async def announce_renewal(session: AsyncSession, post: SelPost,
                           buttons: list[list[Button]]) -> None:
    """The post is back after its end: its followers are told, as of a new post. If it is
    paused, its notices are written and held back at once (as pausing it would), so that
    making it visible again sends them (tell_followers takes the latest purpose)."""
    await tell_followers(session, post, buttons, renewed=True)
    if post.status == PostStatus.PAUSED:
        await withdraw(session, OutboxMessage.purpose == renewal_purpose(post.id))


async def withdraw_notices(session: AsyncSession, post: SelPost) -> None:
    """The post is paused or deleted: notices still waiting (quiet hours) are not sent."""
    await withdraw(session, purposes_in(notice_purposes(post.id)))


async def rewrite_notices(session: AsyncSession, post: SelPost) -> None:
    """The post was edited: notices still waiting (quiet hours) tell its new title."""
    for purpose in notice_purposes(post.id):
        await rewrite_unsent(session, purpose, notice_args(post))
