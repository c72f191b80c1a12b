"""SEL offers and needs: the school's posts still shown or paused, with the reports
parents made of them; a post's page, where an admin removes it with a reason (its author
is told) or dismisses its reports and keeps it. Changes go through core/sel/moderation
and the audit log."""

from __future__ import annotations

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy import select

from admin_web.moments import school_calendar, school_clock
from admin_web.render import (
    FormErrors,
    Sorting,
    audited,
    context,
    done,
    invalid,
    number,
    paged,
    school_of,
    t_for,
    unconfirmed,
)
from admin_web.security import DB
from core.errors import DomainError
from core.folding import folded
from core.models import Member, SelPost
from core.sel.moderation import (
    LISTED,
    REASON_MAX,
    clean_reason,
    dismiss_reports,
    open_reports,
    remove,
    reports_of,
    school_post,
)
from core.sel.posts import shown_status


@aiohttp_jinja2.template("sel_posts.html")
async def posts_list(request: web.Request) -> dict[str, object]:
    reports = open_reports(SelPost.id).label("reports")
    query = (select(SelPost, Member, reports).join(Member, Member.id == SelPost.member_id)
             .where(SelPost.school_id == school_of(request), SelPost.status.in_(LISTED)))
    reported = request.query.get("reported") == "1"
    if reported:
        query = query.where(open_reports(SelPost.id) > 0)
    sorting = Sorting.of(request, {"posted": SelPost.created_at, "ends": SelPost.expires_at,
                                   "title": folded(SelPost.title),
                                   "reports": open_reports(SelPost.id)},
                         default="posted", descending=True)
    rows, page, more = await paged(request, sorting.apply(query).order_by(SelPost.id.desc()))
    return context(request, rows=rows, page=page, more=more, sorting=sorting,
                   reported=reported, shown_status=shown_status,
                   day=await school_calendar(request))


async def post_context(request: web.Request, errors: FormErrors | None = None,
                       reason: str = "") -> dict[str, object]:
    db = request[DB]
    post = await school_post(db, school_of(request), number(request.match_info["post_id"]))
    return context(request, post=post, author=await db.get_one(Member, post.member_id),
                   reports=await reports_of(db, post), status=shown_status(post),
                   listed=post.status in LISTED, reason=reason, reason_max=REASON_MAX,
                   errors=errors or FormErrors(t_for(request)),
                   when=await school_clock(request), day=await school_calendar(request))


@aiohttp_jinja2.template("sel_post.html")
async def post_page(request: web.Request) -> dict[str, object]:
    return await post_context(request)


async def remove_post(request: web.Request) -> web.Response:
    """Removed for good, with a reason its author reads; the post's followers' notices
    still waiting are withdrawn."""
    post_id = number(request.match_info["post_id"])
    reason = str((await request.post()).get("reason", ""))
    errors = await unconfirmed(request) or FormErrors(t_for(request))
    try:
        clean_reason(reason)
    except DomainError as error:
        errors.add("reason", error.message_id, **error.args_for_message)
    if errors:
        raise invalid(request, "sel_post.html", await post_context(request, errors, reason))
    before = (await school_post(request[DB], school_of(request), post_id, lock=True)).status
    post = await remove(request[DB], school_of(request), post_id, reason)
    await audited(request, "sel-post-remove", f"sel-post:{post.id}", {"status": before},
                  {"status": post.status, "reason": post.removed_reason})
    raise done(request, "sel-post", "removed", post_id=str(post.id))


async def dismiss(request: web.Request) -> web.Response:
    post_id = number(request.match_info["post_id"])
    count = await dismiss_reports(request[DB], school_of(request), post_id)
    await audited(request, "sel-post-dismiss-reports", f"sel-post:{post_id}", {},
                  {"dismissed": count})
    raise done(request, "sel-post", "dismissed", post_id=str(post_id))


def add_routes(app: web.Application) -> None:
    app.router.add_get("/sel/posts", posts_list, name="sel-posts")
    app.router.add_get("/sel/posts/{post_id:\\d+}", post_page, name="sel-post")
    app.router.add_post("/sel/posts/{post_id:\\d+}/remove", remove_post, name="sel-post-remove")
    app.router.add_post("/sel/posts/{post_id:\\d+}/dismiss", dismiss,
                        name="sel-post-dismiss")
