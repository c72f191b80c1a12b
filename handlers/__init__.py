"""The bot's routers, in the order updates try them."""

from aiogram import Router

from bot.middlewares import ActiveMemberOnly, ModuleSwitch
from handlers.filters import ChatTypes, TextSteps, run_filters_inline
from handlers.routing import add_gates


def build_router() -> Router:
    from handlers import (
        announcement_polls,
        announcement_schedule,
        announcements,
        approvals,
        calendar,
        children,
        events,
        fallback,
        groups,
        help,
        linking,
        orders,
        orders_create,
        orders_manage,
        panel,
        privacy,
        profile,
        roster,
        sel,
        sel_posts,
        start,
        week,
    )

    root = Router(name="schoolhub")
    root.include_router(groups.make_router())  # group chats: /linkgroup and nothing else
    private = Router(name="private")
    private.message.filter(ChatTypes("private"))
    private.message.middleware(TextSteps())  # a voice note where a name is asked
    private.include_router(linking.make_router())  # also for strangers: /link CODE
    # Back to the preview, before the /cancel that ends any dialog.
    for early in (announcement_polls.make_cancel_router(),
                  announcement_schedule.make_cancel_router()):
        early.message.middleware(ActiveMemberOnly())
        private.include_router(early)
    private.include_router(start.make_router())
    private.include_router(privacy.make_router())  # every member, whatever their status
    features = [(profile, None), (children, None), (help, None), (approvals, None),
                (panel, None), (roster, None), (week, None), (sel, "sel"), (sel_posts, "sel"),
                (events, "events"), (calendar, "events"),
                (announcements, "announcements"), (announcement_polls, "announcements"),
                (announcement_schedule, "announcements"),
                (orders, "orders"),
                (orders_manage, "orders"), (orders_create, "orders")]
    for module, switch in features:
        feature = module.make_router()
        for observer in (feature.message, feature.callback_query):
            observer.middleware(ActiveMemberOnly())
            if switch is not None:  # a school may switch the module off
                observer.middleware(ModuleSwitch(switch))
        private.include_router(feature)
    private.include_router(start.make_code_router())
    private.include_router(fallback.make_router())
    root.include_router(private)
    add_gates(root)
    run_filters_inline(root)
    return root
