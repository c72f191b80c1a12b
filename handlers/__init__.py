"""The bot's routers, in the order updates try them."""

from aiogram import F, Router

from bot.middlewares import ActiveMemberOnly


def build_router() -> Router:
    from handlers import (
        announcements,
        approvals,
        children,
        events,
        fallback,
        groups,
        help,
        linking,
        orders,
        orders_create,
        orders_manage,
        profile,
        sel,
        sel_posts,
        start,
    )

    root = Router(name="schoolhub")
    root.include_router(groups.make_router())  # group chats: /linkgroup and nothing else
    private = Router(name="private")
    private.message.filter(F.chat.type == "private")
    private.include_router(linking.make_router())  # also for strangers: /link CODE
    private.include_router(start.make_router())
    for make in (profile.make_router, children.make_router, help.make_router,
                 approvals.make_router, sel.make_router, sel_posts.make_router,
                 events.make_router, announcements.make_router, orders.make_router,
                 orders_manage.make_router, orders_create.make_router):
        feature = make()
        feature.message.middleware(ActiveMemberOnly())
        feature.callback_query.middleware(ActiveMemberOnly())
        private.include_router(feature)
    private.include_router(start.make_code_router())
    private.include_router(fallback.make_router())
    root.include_router(private)
    return root
