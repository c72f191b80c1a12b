"""Moderation of the SEL's offers and needs: a parent reports a post to the school's
admins (once per parent and post, never its author); an admin removes it with a reason,
or dismisses its reports and keeps it.

The admins are told of each report (after the quiet hours, one message per report; one
still waiting gives way to the next, which counts them all). A removed post is gone for
everyone as a deleted one is, what was still waiting about it (its followers' alerts, its
author's reminder to renew it, the admins' notices of its reports) is withdrawn, and its
author is told why; they are never told who reported it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, ScalarSelect, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.db import insert_ignoring_conflicts
from core.errors import DomainError
from core.members.households import with_co_parents
from core.members.service import admins_of
from core.models import Member, MemberStatus, PostStatus, SelPost, SelPostReport
from core.outbox import enqueue_for_member, purposes_in, withdraw
from core.outbox.service import reports_arg
from core.sel import follows
from core.sel.posts import report_purpose, visible_post, withdraw_waiting

REASON_MAX = 300
# The posts an admin may still act on (an ended one included: its author may renew it).
LISTED = (PostStatus.ACTIVE, PostStatus.PAUSED)


async def reportable_post(session: AsyncSession, member: Member, post_id: int) -> SelPost:
    """A post the member sees and their household did not write (a co-parent's post is
    the family's own too)."""
    post = await visible_post(session, member, post_id)
    if post.member_id == member.id:
        raise DomainError("posts-report-own")
    if post.member_id in await with_co_parents(session, [member.id]):
        raise DomainError("posts-report-family")
    return post


def open_reports(post_id: int | ColumnElement[int]) -> ScalarSelect[int]:
    """How many reports of the post no admin has dismissed (a scalar subquery)."""
    return (select(func.count(SelPostReport.id))
            .where(SelPostReport.post_id == post_id, SelPostReport.dismissed_at.is_(None))
            .scalar_subquery())


async def report(session: AsyncSession, member: Member, post_id: int) -> bool:
    """Whether this report is new (False: the member had reported the post already)."""
    post = await reportable_post(session, member, post_id)
    report_id = await session.scalar(insert_ignoring_conflicts(
        session, SelPostReport, school_id=post.school_id, post_id=post.id,
        member_id=member.id, created_at=utcnow()).returning(SelPostReport.id))
    if report_id is None:
        return False
    author = await session.get_one(Member, post.member_id)
    # A notice still waiting (quiet hours) gives way to this one, which counts them all.
    await withdraw(session, purposes_in([report_purpose(post.id)]))
    for admin in await admins_of(session, post.school_id):
        if admin.id != member.id:
            await enqueue_for_member(
                session, admin, purpose=f"{report_purpose(post.id)}{report_id}",
                message_id="posts-reported-notice",
                args={"kind": post.kind, "title": post.title, "author": author.full_name,
                      "count": reports_arg(post.id)})  # counted when it goes
    return True


async def school_post(session: AsyncSession, school_id: int, post_id: int,
                      lock: bool = False) -> SelPost:
    """A post of the school an admin may look at: not one its author deleted. `lock`:
    its row taken for a change (as its author's own changes take it: posts.own_post), so
    that two admins, or an admin and the author, change it in turn."""
    post = await session.get(SelPost, post_id, populate_existing=lock,
                             with_for_update={"key_share": True} if lock else None)
    if post is None or post.school_id != school_id or post.status == PostStatus.DELETED:
        raise DomainError("admin-sel-post-not-found")
    return post


@dataclass(frozen=True)
class ReportLine:
    reporter: Member
    created_at: datetime
    dismissed_at: datetime | None


async def reports_of(session: AsyncSession, post: SelPost) -> list[ReportLine]:
    rows = await session.execute(
        select(SelPostReport, Member).join(Member, Member.id == SelPostReport.member_id)
        .where(SelPostReport.post_id == post.id)
        .order_by(SelPostReport.created_at, SelPostReport.id))
    return [ReportLine(reporter, row.created_at, row.dismissed_at) for row, reporter in rows]


def clean_reason(text: str | None) -> str:
    value = " ".join((text or "").split())
    if not value:
        raise DomainError("admin-sel-post-reason-required")
    if len(value) > REASON_MAX:
        raise DomainError("admin-sel-post-reason-too-long", max=REASON_MAX)
    return value


async def remove(session: AsyncSession, school_id: int, post_id: int, reason: str) -> SelPost:
    """The post is gone for everyone, as if deleted; its author is told why."""
    post = await school_post(session, school_id, post_id, lock=True)
    if post.status not in LISTED:
        raise DomainError("admin-sel-post-removed-already")
    post.removed_reason = clean_reason(reason)
    post.status = PostStatus.REMOVED
    await follows.withdraw_notices(session, post)
    await withdraw_waiting(session, post)
    author = await session.get_one(Member, post.member_id)
    if author.status == MemberStatus.ACTIVE:
        await enqueue_for_member(session, author, purpose=f"posts-removed:{post.id}",
                                 message_id="posts-removed-notice",
                                 args={"kind": post.kind, "title": post.title,
                                       "reason": post.removed_reason})
    await session.flush()
    return post


async def dismiss_reports(session: AsyncSession, school_id: int, post_id: int) -> int:
    """The post stays; its reports no longer count. Returns how many were dismissed."""
    post = await school_post(session, school_id, post_id, lock=True)
    if post.status not in LISTED:
        raise DomainError("admin-sel-post-removed-already")
    dismissed = await session.execute(
        update(SelPostReport).where(SelPostReport.post_id == post.id,
                                    SelPostReport.dismissed_at.is_(None))
        .values(dismissed_at=utcnow()).execution_options(synchronize_session=False))
    # Notices of those reports still waiting would send the other admins to a post kept.
    await withdraw(session, purposes_in([report_purpose(post.id)]))
    return dismissed.rowcount
