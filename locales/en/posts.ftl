## SEL offers and needs.

posts-kind-offer = 🤝 Offer
posts-kind-need = 🔎 Need
posts-category-childcare = 👶 Childcare
posts-category-transport = 🚗 Transport
posts-category-homework = 📚 Homework
posts-category-cooking = 🍲 Cooking
posts-category-repairs = 🔧 Repairs
posts-category-garden = 🌱 Garden
posts-category-it = 💻 IT help
posts-category-lending = 📦 Lending
posts-category-other = ✨ Other

posts-menu = 🤝 Offers and needs of the school's parents. What would you like to do?
posts-new-offer = ➕ I offer…
posts-new-need = ➕ I am looking for…
posts-browse-offers = 📚 See offers
posts-browse-needs = 📚 See needs
posts-search = 🔍 Search
posts-mine = 🗂 My posts
posts-ask-category =
    { $kind ->
        [offer] What do you offer? Pick a category.
       *[need] What are you looking for? Pick a category.
    }
posts-ask-title = A short title ({ $max } characters at most), e.g. “Maths homework help”.
posts-ask-description = Describe it in a few lines: when, where, anything useful.
posts-ask-rate = How many units per hour? Type a number (60 units = 1 hour), or tap the button.
posts-rate-default = 60 units per hour
posts-ask-lifetime = How long should it stay visible?
posts-lifetime =
    { $days ->
        [0] No end date
       *[other] { $days } days
    }
posts-preview =
    Here is your post:

    { $card }
posts-publish = ✅ Publish
posts-published = ✅ Published! Parents of the school can now see it.
posts-card =
    { $kind } · { $category }
    { $title }
    { $description }
    ⏱ { $rate } { $rate ->
        [one] unit
       *[other] units
    } per hour · by { $author } · until { $until }
posts-status =
    { $status ->
        [active] 🟢 Visible
        [paused] ⏸ Paused
        [ended] ⌛ Ended: renew it to show it again
       *[other] 🗑 Deleted
    }
posts-edit-title = ✏️ Title
posts-edit-description = ✏️ Description
posts-edit-rate = ✏️ Rate
posts-ask-edit =
    { $field ->
        [title] New title for “{ $title }”?
        [description] New description for “{ $title }”?
       *[rate] New rate for “{ $title }”, in units per hour?
    }
posts-pause = ⏸ Pause
posts-resume = ▶ Make visible again
posts-renew = 🔁 Renew for 90 days
posts-delete = 🗑 Delete
posts-contact = ✉️ Contact
posts-pay = 💸 Pay
posts-none-found = Nothing here yet.
posts-list = { $title } (page { $page } of { $pages }) — tap a post to see it:
posts-pick-category = Pick a category:
posts-ask-search = Type a few words to search for (e.g. “bike”, “piano”).
posts-search-title = 🔍 “{ $text }”
posts-status-changed =
    { $status ->
        [active] ✅ “{ $title }” is visible again.
        [paused] ⏸ “{ $title }” is paused: nobody sees it until you make it visible again.
       *[other] 🗑 “{ $title }” was deleted.
    }
posts-delete-confirm = Delete “{ $title }”?
posts-renewed = 🔁 “{ $title }” stays visible until { $until }.
posts-renewed-paused = 🔁 “{ $title }” now runs until { $until }, but it is still paused: nobody sees it until you tap ▶ Make visible again.
posts-ask-message = Write your message for { $name } about “{ $title }”. I will pass it on.
posts-message-invalid = Please write a message of 1 to { $max } characters.
posts-confirm-message = Send it? Your phone number is only shared if you choose to.
posts-send = ✉️ Send
posts-send-with-phone = ✉️ With my number
posts-contact-message =
    ✉️ Message from { $name } about “{ $title }”:
    { $text }{ $has_phone ->
        [no] {""}
       *[yes] {""}
            Phone: { $phone }
    }
# Until 2026-11: the same, with "-" for no phone (kept for notices queued before).
posts-contact-notice =
    ✉️ Message from { $name } about “{ $title }”:
    { $text }
    Phone: { $phone }
posts-reply = ✉️ Reply
posts-message-sent = ✅ Your message was passed on to { $name }.
posts-rate-hint = (Their post says { $rate } units per hour.)
posts-expiry-reminder = ⏳ Your post “{ $title }” ends within a week. Keep it visible?

posts-title-invalid = Please type a title of 3 to { $max } characters.
posts-description-invalid = Please type a description of 1 to { $max } characters.
posts-rate-invalid = Please type a rate between 1 and { $max } units per hour.
posts-search-too-short = Please type at least one word of 2 letters or more.
posts-not-found = That post is not available (any more).
posts-ask = 🙋 Ask for units

## Following a category: a notice for each new offer or need in it.
posts-follow = 🔔 Notify me
posts-unfollow = 🔕 Stop notifications
posts-my-follows = 🔔 My alerts
posts-followed = 🔔 Done: I will tell you of each new offer or need in { $category }. To stop, tap below or see “🔔 My alerts” in /offers.
posts-unfollowed = 🔕 Done: no more notices for { $category }.
posts-follows-list =
    🔔 You are told of each new offer or need in:
    { $categories }
    Tap a category to stop.
posts-follows-none = You follow no category. Open one under “See offers” or “See needs” and tap “🔔 Notify me”.
posts-unfollow-category = 🔕 { $category }
posts-followed-notice =
    { $kind ->
        [offer] 🔔 New offer in { $category }: “{ $title }”
       *[need] 🔔 New need in { $category }: “{ $title }”
    }
posts-open = 👀 See it

## Reporting a post to the school's admins, who may remove it.
posts-report = 🚩 Report
posts-report-confirm =
    🚩 Report this post to the school's admins?
    “{ $title }”
    They decide whether it stays. Its author is not told who reported it.
posts-report-yes = 🚩 Report
posts-report-cancelled = Nothing was reported.
posts-reported = 🚩 Thank you: the school's admins are told, and they decide what happens to this post.
posts-reported-already = You have already reported this post: the school's admins decide what happens to it.
posts-report-own = You cannot report your own post.
posts-report-family = You cannot report a post of your own family.
posts-reported-notice =
    🚩 { $kind ->
        [offer] An offer
       *[need] A need
    } was reported: “{ $title }” by { $author } ({ $count ->
        [one] { $count } report
       *[other] { $count } reports
    }). You can remove it in the panel: SEL → Offers and needs.
posts-removed-notice =
    🚫 The school's admins removed your { $kind ->
        [offer] offer
       *[need] need
    } “{ $title }”. Reason: { $reason }
posts-removed = “{ $title }” was removed by the school's admins: it can no longer be changed.
