"""SEL offers and needs: /offers (post, browse, search, my posts, followed categories),
a post's page with relayed contact and payment, pause / resume / delete / renew, and a
report of someone else's post to the school's admins."""

from __future__ import annotations

from datetime import timedelta

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.errors import DomainError
from core.i18n import Translate, format_date
from core.models import CATEGORIES, Member, PostKind, PostStatus, SelPost
from core.outbox import Button, enqueue_for_member, optional_arg
from core.sel import follows, moderation, posts
from core.sel.amounts import parse_units
from core.sel.ledger import check_has_room
from handlers.filters import TYPED
from handlers.keyboards import ButtonData, Keyboard, buttons, cancel_to_menu, short
from handlers.sel import Exchange
from handlers.words import Said


class PostsCb(ButtonData, prefix="posts"):
    action: str
    kind: str = ""
    category: str = ""
    post_id: int = 0
    page: int = 0


class ContactCb(ButtonData, prefix="contact"):
    post_id: int
    member_id: int  # who receives the message: the author, or whoever wrote to them
    send: bool = False  # False: start writing; True: send what was written
    with_phone: bool = False


class NewPost(StatesGroup):
    category = State()
    title = State()
    description = State()
    rate = State()
    lifetime = State()
    confirm = State()


class EditPost(StatesGroup):
    value = State()


class SearchPosts(StatesGroup):
    text = State()


class Contact(StatesGroup):
    text = State()
    confirm = State()


def kind_label(t: Translate, kind: str) -> str:
    return t(f"posts-kind-{kind}")


def category_keyboard(t: Translate, action: str, kind: str) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for category in CATEGORIES:
        builder.button(text=t(f"posts-category-{category}"),
                       callback_data=PostsCb(action=action, kind=kind, category=category))
    builder.adjust(2)
    return builder.as_markup()


async def show_menu(message: Message, state: FSMContext, t: Translate) -> None:
    await state.clear()
    await message.answer(t("posts-menu"), reply_markup=buttons(
        (t("posts-new-offer"), PostsCb(action="new", kind=PostKind.OFFER)),
        (t("posts-new-need"), PostsCb(action="new", kind=PostKind.NEED)),
        (t("posts-browse-offers"), PostsCb(action="browse", kind=PostKind.OFFER)),
        (t("posts-browse-needs"), PostsCb(action="browse", kind=PostKind.NEED)),
        (t("posts-search"), PostsCb(action="search")),
        (t("posts-mine"), PostsCb(action="mine")),
        (t("posts-my-follows"), PostsCb(action="follows"))))


# Posting ---------------------------------------------------------------------------------

async def on_new(callback: CallbackQuery, callback_data: PostsCb, state: FSMContext,
                 t: Translate) -> None:
    await state.clear()
    await state.set_state(NewPost.category)
    await state.update_data(kind=callback_data.kind)
    await callback.answer()
    await callback.message.answer(t("posts-ask-category", kind=callback_data.kind),
                                  reply_markup=category_keyboard(t, "new_cat", callback_data.kind))


async def on_new_category(callback: CallbackQuery, callback_data: PostsCb, state: FSMContext,
                          t: Translate) -> None:
    posts.check_kind_and_category(callback_data.kind, callback_data.category)
    await state.update_data(category=callback_data.category)
    await state.set_state(NewPost.title)
    await callback.answer()
    await callback.message.answer(t("posts-ask-title", max=posts.TITLE_MAX))


async def on_title(message: Message, state: FSMContext, t: Translate) -> None:
    await state.update_data(title=posts.clean_title(message.text))
    await state.set_state(NewPost.description)
    await message.answer(t("posts-ask-description"))


async def on_description(message: Message, state: FSMContext, t: Translate) -> None:
    await state.update_data(description=posts.clean_description(message.text))
    await state.set_state(NewPost.rate)
    await message.answer(t("posts-ask-rate"), reply_markup=buttons(
        (t("posts-rate-default"), PostsCb(action="rate_default"))))


async def on_rate(message: Message, state: FSMContext, t: Translate) -> None:
    await ask_lifetime(message, state, t, parse_rate(message.text))


def parse_rate(text: str | None) -> int:
    """A rate is typed like an amount ("60", "1h"), but its errors speak of rates."""
    try:
        return posts.check_rate(parse_units(text))
    except DomainError as error:
        raise DomainError("posts-rate-invalid", max=posts.RATE_MAX) from error


async def on_rate_default(callback: CallbackQuery, state: FSMContext, t: Translate) -> None:
    await callback.answer()
    await ask_lifetime(callback.message, state, t, 60)


async def ask_lifetime(message: Message, state: FSMContext, t: Translate, rate: int) -> None:
    data = await state.update_data(rate=rate)
    await state.set_state(NewPost.lifetime)
    await message.answer(t("posts-ask-lifetime"), reply_markup=buttons(
        *((t("posts-lifetime", days=days), PostsCb(action="life", page=days))
          for days in posts.LIFETIMES[data["kind"]]), width=3))


async def on_lifetime(callback: CallbackQuery, callback_data: PostsCb, member: Member,
                      state: FSMContext, t: Translate) -> None:
    if callback_data.page not in posts.LIFETIMES[(await state.get_data())["kind"]]:
        raise DomainError("button-stale")  # forged, or an offer's choice under a need
    data = await state.update_data(lifetime=callback_data.page)
    await state.set_state(NewPost.confirm)
    await callback.answer()
    days = data["lifetime"]
    until = format_date(t.locale, utcnow() + timedelta(days=days)) if days else "-"
    await callback.message.answer(
        t("posts-preview", card=card_text(t, data["kind"], data["category"], data["title"],
                                          data["description"], data["rate"], member.full_name,
                                          until)),
        reply_markup=buttons((t("posts-publish"), PostsCb(action="publish")),
                             (t("sel-cancel-button"), PostsCb(action="cancel"))))


async def on_publish(callback: CallbackQuery, member: Member, session: AsyncSession,
                     state: FSMContext, t: Translate) -> None:
    data = await state.get_data()
    post = await posts.create_post(
        session, member, kind=data["kind"], category=data["category"], title=data["title"],
        description=data["description"], units_per_hour=data["rate"],
        lifetime_days=data["lifetime"] or None)
    await follows.tell_followers(session, post, open_button(post))
    await state.clear()
    await callback.answer()
    await callback.message.answer(t("posts-published"))
    await show_post(callback.message, member, post, member.full_name, t)


# Reading ---------------------------------------------------------------------------------

def card_text(t: Translate, kind: str, category: str, title: str, description: str,
              rate: int, author: str, until: str) -> str:
    return t("posts-card", kind=kind_label(t, kind), category=t(f"posts-category-{category}"),
             title=title, description=description, rate=rate, author=author, until=until)


async def show_post(message: Message, member: Member, post: SelPost, author: str,
                    t: Translate) -> None:
    until = format_date(t.locale, post.expires_at) if post.expires_at else "-"
    text = card_text(t, post.kind, post.category, post.title, post.description,
                     post.units_per_hour, author, until)
    if post.member_id == member.id:
        toggle = ("pause", "posts-pause") if post.status == PostStatus.ACTIVE else (
            "resume", "posts-resume")
        actions = [(t(label), PostsCb(action=action, post_id=post.id)) for action, label in
                   (("edit_title", "posts-edit-title"),
                    ("edit_description", "posts-edit-description"),
                    ("edit_rate", "posts-edit-rate"),
                    toggle, ("renew", "posts-renew"), ("delete", "posts-delete"))]
        text += "\n" + t("posts-status", status=posts.shown_status(post))
    else:
        exchange = ("posts-pay", "pay") if exchange_mode(post) == "pay" else ("posts-ask", "ask")
        actions = [(t("posts-contact"), ContactCb(post_id=post.id, member_id=post.member_id)),
                   (t(exchange[0]), PostsCb(action=exchange[1], post_id=post.id)),
                   (t("posts-report"), PostsCb(action="report", post_id=post.id))]
    await message.answer(text, reply_markup=buttons(*actions, width=3 if len(actions) > 2
                                                      else 2))


def open_button(post: SelPost) -> list[list[Button]]:
    """Under a notice about a post: opens its page."""
    return [[Button("posts-open", PostsCb(action="view", post_id=post.id).pack())]]


def list_keyboard(lines: list[posts.PostLine], page: int, pages: int, more: PostsCb,
                  extra: tuple[str, PostsCb] | None = None) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for line in lines:
        builder.button(text=f"{line.post.title} — {line.author}"[:60],
                       callback_data=PostsCb(action="view", post_id=line.post.id))
    nav = []
    if page > 0:
        builder.button(text="◀", callback_data=more.model_copy(update={"page": page - 1}))
        nav.append(1)
    if page < pages - 1:
        builder.button(text="▶", callback_data=more.model_copy(update={"page": page + 1}))
        nav.append(1)
    if extra:
        builder.button(text=extra[0], callback_data=extra[1])
    builder.adjust(*([1] * len(lines)), *(nav and [len(nav)]), 1)
    return builder.as_markup()


async def show_list(message: Message, t: Translate, lines: list[posts.PostLine], page: int,
                    pages: int, more: PostsCb, title: str,
                    extra: tuple[str, PostsCb] | None = None) -> None:
    """The posts, one button each, pages; `extra` is a last button (follow a category),
    shown under an empty list too."""
    if not lines:
        await message.answer(t("posts-none-found"), reply_markup=buttons(extra) if extra
                             else None)
        return
    await message.answer(t("posts-list", title=title, page=page + 1, pages=pages),
                         reply_markup=list_keyboard(lines, page, pages, more, extra))


async def on_browse(callback: CallbackQuery, callback_data: PostsCb, t: Translate) -> None:
    await callback.answer()
    await callback.message.answer(t("posts-pick-category"),
                                  reply_markup=category_keyboard(t, "list", callback_data.kind))


async def on_list(callback: CallbackQuery, callback_data: PostsCb, member: Member,
                  session: AsyncSession, t: Translate) -> None:
    lines, pages = await posts.browse(session, member.school_id, callback_data.kind,
                                      callback_data.category, callback_data.page)
    await callback.answer()
    title = f"{kind_label(t, callback_data.kind)} · {t(f'posts-category-{callback_data.category}')}"
    following = callback_data.category in await follows.followed(session, member)
    await show_list(callback.message, t, lines, min(callback_data.page, pages - 1), pages,
                    callback_data, title, follow_toggle(t, callback_data, following))


def follow_toggle(t: Translate, listing: PostsCb, following: bool) -> tuple[str, PostsCb]:
    """The button under a category's posts: follow it, or stop following it."""
    if following:
        return t("posts-unfollow"), listing.model_copy(update={"action": "unfollow", "page": 0})
    return t("posts-follow"), listing.model_copy(update={"action": "follow", "page": 0})


async def on_follow(callback: CallbackQuery, callback_data: PostsCb, member: Member,
                    session: AsyncSession, t: Translate) -> None:
    following = callback_data.action == "follow"
    if following:
        await follows.follow(session, member, callback_data.category)
    else:
        await follows.unfollow(session, member, callback_data.category)
    await callback.answer()
    category = t(f"posts-category-{callback_data.category}")
    await callback.message.answer(
        t("posts-followed" if following else "posts-unfollowed", category=category),
        reply_markup=buttons(follow_toggle(t, callback_data, following)))


async def on_my_follows(callback: CallbackQuery, member: Member, session: AsyncSession,
                        t: Translate) -> None:
    mine = await follows.followed(session, member)
    await callback.answer()
    if not mine:
        await callback.message.answer(t("posts-follows-none"))
        return
    names = [t(f"posts-category-{category}") for category in mine]
    await callback.message.answer(
        t("posts-follows-list", categories="\n".join(names)),
        reply_markup=buttons(*((t("posts-unfollow-category", category=name),
                                PostsCb(action="unfollow", category=category))
                               for name, category in zip(names, mine, strict=True)), width=1))


async def on_search(callback: CallbackQuery, state: FSMContext, t: Translate) -> None:
    await state.set_state(SearchPosts.text)
    await callback.answer()
    await callback.message.answer(t("posts-ask-search"))


async def on_search_text(message: Message, member: Member, session: AsyncSession,
                         state: FSMContext, t: Translate) -> None:
    lines, pages = await posts.search(session, member.school_id, message.text or "")
    await state.set_state(None)  # keeps the words for the next pages
    await state.update_data(search=message.text)
    await show_list(message, t, lines, 0, pages, PostsCb(action="search_page"),
                    t("posts-search-title", text=(message.text or "")[:40]))


async def on_search_page(callback: CallbackQuery, callback_data: PostsCb, member: Member,
                         session: AsyncSession, state: FSMContext, t: Translate) -> None:
    text = (await state.get_data()).get("search")
    await callback.answer()
    if not text:
        raise DomainError("button-stale")
    lines, pages = await posts.search(session, member.school_id, text, callback_data.page)
    await show_list(callback.message, t, lines, min(callback_data.page, pages - 1), pages,
                    callback_data, t("posts-search-title", text=text[:40]))


async def on_view(callback: CallbackQuery, callback_data: PostsCb, member: Member,
                  session: AsyncSession, t: Translate) -> None:
    post = await posts.visible_post(session, member, callback_data.post_id)
    author = await session.get_one(Member, post.member_id)
    await callback.answer()
    await show_post(callback.message, member, post, author.full_name, t)


async def on_mine(callback: CallbackQuery, member: Member, session: AsyncSession,
                  t: Translate) -> None:
    mine = await posts.my_posts(session, member)
    await callback.answer()
    lines = [posts.PostLine(post, t("posts-status", status=posts.shown_status(post)))
             for post in mine]
    await show_list(callback.message, t, lines, 0, 1, PostsCb(action="mine"), t("posts-mine"))


# Changing my posts -------------------------------------------------------------------------

async def on_status(callback: CallbackQuery, callback_data: PostsCb, member: Member,
                    session: AsyncSession, t: Translate) -> None:
    status = {"pause": PostStatus.PAUSED, "resume": PostStatus.ACTIVE,
              "delete_yes": PostStatus.DELETED}[callback_data.action]
    post = await posts.set_status(session, member, callback_data.post_id, status)
    if status == PostStatus.ACTIVE:
        await follows.tell_followers(session, post, open_button(post))
    else:
        await follows.withdraw_notices(session, post)
    await callback.answer()
    await callback.message.answer(t("posts-status-changed", title=post.title, status=status))


async def on_delete(callback: CallbackQuery, callback_data: PostsCb, member: Member,
                    session: AsyncSession, t: Translate) -> None:
    post = await posts.own_post(session, member, callback_data.post_id)
    await callback.answer()
    await callback.message.answer(t("posts-delete-confirm", title=post.title), reply_markup=buttons(
        (t("children-remove-yes"), PostsCb(action="delete_yes", post_id=post.id)),
        (t("children-keep"), PostsCb(action="view", post_id=post.id))))


async def on_edit(callback: CallbackQuery, callback_data: PostsCb, member: Member,
                  session: AsyncSession, state: FSMContext, t: Translate) -> None:
    post = await posts.own_post(session, member, callback_data.post_id)
    field = callback_data.action.removeprefix("edit_")
    await state.clear()
    await state.set_state(EditPost.value)
    await state.update_data(post_id=post.id, field=field)
    await callback.answer()
    await callback.message.answer(t("posts-ask-edit", field=field, title=post.title))


async def on_edit_value(message: Message, member: Member, session: AsyncSession,
                        state: FSMContext, t: Translate) -> None:
    data = await state.get_data()
    value = parse_rate(message.text) if data["field"] == "rate" else message.text or ""
    post = await posts.edit_post(session, member, data["post_id"], data["field"], value)
    await follows.rewrite_notices(session, post)
    await state.clear()
    await message.answer(t("profile-saved"))
    await show_post(message, member, post, member.full_name, t)


async def on_renew(callback: CallbackQuery, callback_data: PostsCb, member: Member,
                   session: AsyncSession, t: Translate) -> None:
    post, ended = await posts.renew(session, member, callback_data.post_id)
    if ended:  # hidden since its end: news again for its category's followers
        await follows.announce_renewal(session, post, open_button(post))
    await callback.answer()
    until = format_date(t.locale, post.expires_at)
    if post.status == PostStatus.PAUSED:  # renewing moves its end, not its pause
        await callback.message.answer(
            t("posts-renewed-paused", title=post.title, until=until), reply_markup=buttons(
                (t("posts-resume"), PostsCb(action="resume", post_id=post.id))))
        return
    await callback.message.answer(t("posts-renewed", title=post.title, until=until))


# Reporting a post to the school's admins ---------------------------------------------------

async def on_report(callback: CallbackQuery, callback_data: PostsCb, member: Member,
                    session: AsyncSession, t: Translate) -> None:
    post = await moderation.reportable_post(session, member, callback_data.post_id)
    await callback.answer()
    await callback.message.answer(t("posts-report-confirm", title=post.title), reply_markup=buttons(
        (t("posts-report-yes"), PostsCb(action="report_yes", post_id=post.id)),
        (t("sel-cancel-button"), PostsCb(action="report_no", post_id=post.id))))


async def on_report_yes(callback: CallbackQuery, callback_data: PostsCb, member: Member,
                        session: AsyncSession, t: Translate) -> None:
    new = await moderation.report(session, member, callback_data.post_id)
    await callback.answer()
    await callback.message.answer(t("posts-reported" if new else "posts-reported-already"))


async def on_report_no(callback: CallbackQuery, t: Translate) -> None:
    await callback.answer()
    await callback.message.answer(t("posts-report-cancelled"))


# Contact and payment ---------------------------------------------------------------------

async def on_contact(callback: CallbackQuery, callback_data: ContactCb, member: Member,
                     session: AsyncSession, state: FSMContext, t: Translate) -> None:
    post = await posts.visible_post(session, member, callback_data.post_id)
    recipient = await posts.may_write(session, member, callback_data.member_id, post)
    await state.clear()
    await state.set_state(Contact.text)
    await state.update_data(post_id=post.id, to=recipient.id)
    await callback.answer()
    await callback.message.answer(t("posts-ask-message", name=recipient.full_name,
                                    title=post.title))


async def on_message_text(message: Message, member: Member, state: FSMContext,
                          t: Translate) -> None:
    text = (message.text or "").strip()
    if not text or len(text) > 1000:
        raise DomainError("posts-message-invalid", max=1000)
    data = await state.update_data(text=text)
    await state.set_state(Contact.confirm)
    send = ContactCb(post_id=data["post_id"], member_id=data["to"], send=True)
    choices = [(t("posts-send"), send)]
    if member.phone:
        choices.append((t("posts-send-with-phone"), send.model_copy(update={"with_phone": True})))
    await message.answer(t("posts-confirm-message"), reply_markup=buttons(*choices, width=1))


async def on_send(callback: CallbackQuery, callback_data: ContactCb, member: Member,
                  session: AsyncSession, state: FSMContext, t: Translate) -> None:
    data = await state.get_data()
    if data.get("post_id") != callback_data.post_id or data.get("to") != callback_data.member_id:
        raise DomainError("button-stale")
    post = await posts.visible_post(session, member, callback_data.post_id)
    recipient = await posts.may_write(session, member, callback_data.member_id, post)
    reply = ContactCb(post_id=post.id, member_id=member.id).pack()
    await enqueue_for_member(
        session, recipient, purpose=f"posts-contact:{post.id}:{member.id}:{short(callback.id)}",
        message_id="posts-contact-message",
        args={"name": member.full_name, "title": post.title, "text": data["text"],
              **optional_arg("phone", member.phone if callback_data.with_phone else None)},
        buttons=[[Button("posts-reply", reply)]])
    await state.clear()
    await callback.answer()
    await callback.message.answer(t("posts-message-sent", name=recipient.full_name))


def exchange_mode(post: SelPost) -> str:
    """Whoever reads an offer pays its author; whoever reads a need may help, then asks
    its author for units (an older "Pay" button under a need asks too)."""
    return "pay" if post.kind == PostKind.OFFER else "request"


async def on_exchange_post(callback: CallbackQuery, callback_data: PostsCb, member: Member,
                           session: AsyncSession, state: FSMContext, t: Translate) -> None:
    post = await posts.visible_post(session, member, callback_data.post_id)
    if post.member_id == member.id:
        raise DomainError("sel-pay-self")
    author = await session.get_one(Member, post.member_id)
    mode = exchange_mode(post)
    await state.clear()
    await check_has_room(session, member, mode)
    await state.set_state(Exchange.units)
    await state.update_data(mode=mode, other_id=author.id, other_name=author.full_name,
                            post_id=post.id)
    await callback.answer()
    await callback.message.answer(t("sel-ask-units", mode=mode, name=author.full_name) + "\n"
                                  + t("posts-rate-hint", rate=post.units_per_hour))


def make_router() -> Router:
    router = Router(name="sel-posts")
    on = PostsCb.filter

    router.message.register(show_menu, Command("offers"))
    router.message.register(show_menu, Said("offers"), StateFilter(None))  # "aanbod"
    router.callback_query.register(on_new, on(F.action == "new"))
    router.callback_query.register(on_new_category, NewPost.category, on(F.action == "new_cat"))
    router.message.register(on_title, TYPED, NewPost.title)
    router.message.register(on_description, TYPED, NewPost.description)
    router.message.register(on_rate, TYPED, NewPost.rate)
    router.callback_query.register(on_rate_default, NewPost.rate, on(F.action == "rate_default"))
    router.callback_query.register(on_lifetime, NewPost.lifetime, on(F.action == "life"))
    router.callback_query.register(on_publish, NewPost.confirm, on(F.action == "publish"))
    router.callback_query.register(cancel_to_menu, on(F.action == "cancel"))
    router.callback_query.register(on_browse, on(F.action == "browse"))
    router.callback_query.register(on_list, on(F.action == "list"))
    router.callback_query.register(on_search, on(F.action == "search"))
    router.message.register(on_search_text, TYPED, SearchPosts.text)
    router.callback_query.register(on_search_page, on(F.action == "search_page"))
    router.callback_query.register(on_view, on(F.action == "view"))
    router.callback_query.register(on_mine, on(F.action == "mine"))
    router.callback_query.register(on_follow, on(F.action.in_({"follow", "unfollow"})))
    router.callback_query.register(on_my_follows, on(F.action == "follows"))
    router.callback_query.register(on_status, on(F.action.in_({"pause", "resume", "delete_yes"})))
    router.callback_query.register(on_delete, on(F.action == "delete"))
    router.callback_query.register(on_renew, on(F.action == "renew"))
    router.callback_query.register(on_edit, on(F.action.startswith("edit_")))
    router.message.register(on_edit_value, TYPED, EditPost.value)
    router.callback_query.register(on_exchange_post, on(F.action.in_({"pay", "ask"})))
    router.callback_query.register(on_report, on(F.action == "report"))
    router.callback_query.register(on_report_yes, on(F.action == "report_yes"))
    router.callback_query.register(on_report_no, on(F.action == "report_no"))
    router.callback_query.register(on_send, ContactCb.filter(F.send))
    router.callback_query.register(on_contact, ContactCb.filter(~F.send))
    router.message.register(on_message_text, TYPED, Contact.text)
    return router
