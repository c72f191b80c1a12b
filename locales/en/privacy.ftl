## Privacy (RGPD): the notice, a copy of my data, erasing my data.

privacy-notice =
    🔒 Privacy notice (version { $version })

    What is stored: your name, your language, your contact details if you gave them, your children's first names and classes, the chat apps you use SchoolHub from, and what you do here: SEL exchanges and offers, answers to events, group orders and payments, announcements you wrote.

    Why: only to run the school's community — reaching you, events, group orders, the time bank. Nothing is sold or shared outside the school; payments go through Mollie.

    Who sees it: the school's administrators; your class reps see your name and your children's first names in their class and, for what they organise or send you (events, group orders, announcements), your answer, your order and whether you read it; the parent you share your children with (/family) also sees your answers to events and your group orders; other parents see only your name (and your phone number if you choose to share it when contacting them).

    How long: while you are a member. Technical logs of messages are deleted after { $days } days.

    Calendar: if you ask for one with /calendar, a secret link shows your events and your family's answers to your calendar app. Whoever has the link can read it, so share it with no one; 🔄 New link replaces it, and /forgetme deletes it.

    Your rights: /mydata sends you a copy of everything (a JSON file); /forgetme erases your data. For any question, or to correct something, contact the school's administrators.
privacy-export-caption = 📦 Your data, as a file any computer can read (JSON).
privacy-summary =
    📦 Your data at { $school } ({ $name }):
    • profile: name, language, { $contact } contact detail(s)
    • children: { $children }
    • chat apps: { $apps }
    • SEL: balance { $balance } { $balance ->
        [one] unit
       *[other] units
    }, { $transfers } transfer(s), { $requests } request(s), { $posts } offer(s) or need(s), { $follows } category alert(s)
    • events: { $answers } answer(s), { $volunteering } volunteer slot(s)
    • group orders: { $lines } line(s), { $payments } payment(s)
    • announcements written: { $announcements }
    • private replies to announcements: { $replies }
    • messages sent to you by SchoolHub: { $messages }
    Everything is in the file above.
privacy-forget-ask =
    ⚠️ Erase your data?
    Your name becomes a pseudonym; your contact details, your children, your offers and the texts you wrote are erased, and SchoolHub will no longer know you in any chat app. Your SEL exchanges stay in the school's books (the amounts, without your name), so that everyone's balance stays right.
    This cannot be undone: to come back, you would register again with an invite.
privacy-forget-warn-balance = • Your SEL balance is { $amount }: it stays in the books as it is.
privacy-forget-warn-open-orders = • You joined { $count } open group order(s): you will leave them.
privacy-forget-warn-unpaid = • { $count } confirmed group order(s) are not paid yet: the payment link you received still works, please pay before.
privacy-forget-yes = Yes, continue
privacy-forget-cancel = Cancel
privacy-forget-word = ERASE
privacy-forget-really = Really? To erase everything, type { $word } or tap the red button.
privacy-forget-red = 🔴 Erase everything
privacy-forget-wrong-word = Nothing was erased. To erase everything, type { $word } exactly, or tap Cancel.
privacy-forget-already-asked = I already asked you: type { $word } or tap the red button to erase everything, or Cancel.
privacy-forget-cancelled = Nothing was erased. Send /menu to see what you can do.
privacy-forget-stale = This confirmation is no longer valid; nothing was erased. Send /forgetme to start again.
privacy-forget-gone = Your data have been erased. To use SchoolHub again, send an invite code from the school.
privacy-forget-done = 👋 Your data have been erased. Thank you for taking part in the school's community, goodbye!
privacy-last-admin = You are the school's only administrator: give the admin role to someone else first (with an admin invite), then send /forgetme again. Nothing was erased.
privacy-not-found = There is nothing to erase: this member does not exist or was already erased.
help-privacy =
    /privacy – what SchoolHub stores about you, and why
    /mydata – a copy of all your data
    /forgetme – erase your data
command-privacy = Privacy notice
command-mydata = A copy of my data
command-forgetme = Erase my data
admin-status-erased = erased (RGPD)
