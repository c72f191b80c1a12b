## Shared texts: access, errors, fallbacks, classes, menus, commands.

access-register-first = You are not registered yet. Send me the invite code you received from the school (or open its invite link).
access-pending = Your registration is waiting for the school's approval. I will tell you as soon as it is done.
access-inactive = Your account is not active. Please contact the school.
module-off = Your school has switched this off for now.
access-admin-only = Only a school administrator can do that.
error-unexpected = Sorry, something went wrong on my side. Nothing was changed; please try again.
button-stale = This button is no longer valid. Send /menu to start again.
button-stale-menu = This button is no longer valid. Here is the menu:
cancel-done = Cancelled.
cancel-done-menu = Cancelled. Here is the main menu.
dialog-help = You are in the middle of something: answer the last question above, or tap one of its buttons. To stop, send /cancel; for the main menu, send menu.
cancel-registration = Cancelled: nothing was kept. To register, send your school's invite code again.
cancel-nothing-menu = There is nothing to cancel. Here is the main menu.
fallback-unknown-command = I do not know that command. Send /help to see the commands.
fallback-not-understood = I did not understand. Here is the main menu (you can also type “help”).
fallback-use-the-buttons = I am waiting for a tap on one of the buttons above. Tap one, or send /cancel to stop.
fallback-type-your-answer = Please type your answer (or send /cancel to stop).
words-hello = Hello { $name }! 👋 What would you like to do?
words-thanks = You're welcome! 😊 Anything else?
school-name-invalid = A school name must have between 1 and 200 characters.
school-not-found = That school does not exist.
class-not-found = That class does not exist in your school.
audience-pick-classes = Tap at least one of your classes, then Done.
audience-your-class = 👥 For the families of { $klass }, your class.
language-unknown = I speak French, Dutch and English only.

class-m1 = M1
class-m2 = M2
class-m3 = M3
class-p1 = P1
class-p2 = P2
class-p3 = P3
class-p4 = P4
class-p5 = P5
class-p6 = P6

language-name-fr = Français
language-name-nl = Nederlands
language-name-en = English
# A language's name inside a sentence, in the reader's language (the pickers keep the
# language-name-* endonyms above).
language-in-fr = French
language-in-nl = Dutch
language-in-en = English

menu-title = What would you like to do?
menu-week = 🗓️ My week
menu-profile = 👤 My profile
menu-children = 👧 My children
menu-language = 🌐 Language
menu-help = ❓ Help
menu-sel = 💰 SEL: my units
menu-offers = 🤝 Offers & needs
menu-events = 📅 Events
menu-orders = 🛒 Group orders
menu-pending = ⏳ Registrations to approve
menu-organise = 🧑‍🏫 Organise
menu-organise-title = What would you like to organise?
menu-announce = 📣 Send a message
menu-newevent = 📅 New event
menu-myclass = 👥 My class
menu-myannouncements = 📋 My announcements
menu-neworder = 🛒 New group order

command-menu = Main menu
command-week = My week: what is on, what to do
command-profile = My profile
command-children = My children
command-family = Share my children with their other parent
command-language = Change language
command-link = Use SchoolHub from another chat app
command-help = What I can do
command-cancel = Cancel what I am doing
command-balance = My units (SEL)
command-pay = Pay units
command-request = Ask for units
command-history = My SEL history
command-reverse = Correct a transfer
command-offers = Offers and needs (SEL)
command-limits = Change a member's SEL limits
command-panel = Open the web panel (a one-time link)
command-events = Upcoming events
command-calendar = My events in my calendar app
command-orders = Group orders
command-neworder = Start a group order
command-newevent = Create an event
command-announce = Send an announcement
command-linkgroup = Link this class's group (send it in the group)
command-myclass = The families of my class
command-myannouncements = The announcements I sent
command-pending = Registrations to approve

help-parent =
    Here is what I can do for you:
    /menu – main menu
    /week – your week in one message: what is on, what is left to do (also every Sunday evening, if you ask)
help-parent-events =
    /events – upcoming events: answer, volunteer, add to your calendar
    /calendar – your events in your calendar app (Google, iPhone, Outlook), kept up to date
help-parent-orders =
    /orders – group orders: join, change, pay
help-parent-sel =
    /balance – your SEL units (time bank)
    /pay – pay units to another parent
    /request – ask another parent for units
    /history – your SEL exchanges
    /offers – offers and needs of the parents (SEL)
help-parent-common =
    /profile – your name and contact details
    /children – your children and their classes
    /family – share your children with their other parent
    /language – change language
    /link – use SchoolHub from WhatsApp or Telegram too
    /cancel – stop what you are doing
    /help – this list
help-words = 💬 No slash needed: you can also just type { $words }.
help-word = “{ $word }”
help-class-rep = As a class representative: /announce writes to the families of your class (with a Read button and delivery figures); /linkgroup, sent in your class's Telegram group, posts them there too. /myclass lists the families of your class who have joined, with their children; its 📨 Invite families gives a message to post in the class's group so the others join.
help-admin =
    As a school administrator:
    /pending – registrations waiting for your approval
    /reverse CODE reason – correct a SEL transfer
    /limits – change one member's SEL limits
    /panel – a one-time link to the web panel
help-organiser = As an organiser: /newevent creates an event and invites the families; /neworder starts a group order; /myannouncements lists the announcements you sent, with how many families read each.
attachment-too-big = That file is too big: { $max } MB at most.
attachment-invalid = That file cannot be used. Send a photo or a document.
attachment-type-refused = Families on WhatsApp could not receive that kind of file ({ $file }). Please send a PDF, a Word, Excel or PowerPoint file, a text file or a photo.
panel-link = 🔑 Your link to the web panel, valid once for { $minutes } minutes:
    { $url }
    Do not forward it: it opens the panel in your name.

## /myclass: a class rep's families.
roster-title = 👥 { $klass }: { $families ->
        [one] { $families } family
       *[other] { $families } families
    }, { $children ->
        [one] { $children } child
       *[other] { $children } children
    }
roster-family = • { $parents } — { $children }
roster-more = … and { $count } more families.
roster-empty = 👥 { $klass }: no family has joined yet. Tap 📨 Invite families for a message to share with the class.
roster-reps-only = Only a class rep sees the families of their class here. The school's administrators find every class in the web panel (/panel).
roster-invite = 📨 Invite families
roster-invite-not-yours = Only a class rep of this class can invite its families here. The school's administrators print the invite codes from the web panel (/panel).
# The message a class rep forwards to the class's group: the school's name, then
# roster-invite-post in French, in Dutch and in English (the English one short: a line
# for the families who speak neither), each followed by roster-invite-until when the
# code has an end; then one roster-invite-link per configured app.
roster-invite-school = 🏫 { $school }
roster-invite-post = { $links ->
        [0] Class { $klass } is on SchoolHub! To join, send the code { $code } to the school's SchoolHub bot.
       *[other] Class { $klass } is on SchoolHub! To join, tap a link below, or send the code { $code } to the bot.
    }
roster-invite-until = Valid until { $until }.
roster-invite-link = 👉 { $app }: { $link }
# For the class rep, in their language, under the message to forward.
roster-invite-forward = { $links ->
        [0] ⬆️ Forward this message to the { $klass } parents' group: its code lets the class's families join SchoolHub.
       *[other] ⬆️ Forward this message to the { $klass } parents' group: its code and links let the class's families join SchoolHub. At the school gate, show them the QR code below from your phone.
    }
roster-invite-qr = Scan to join SchoolHub on { $app } — { $klass }, code { $code }

## A message without text (voice note, sticker, photo) outside any dialog.
fallback-not-text = I only read typed messages: voice notes, stickers and photos sent here reach no one. Type what you need, or choose below.

## WhatsApp, after a day of silence: only a line of text may go; the rest waits for a reply.
whatsapp-write-back = ↩️ Reply to this message to receive all of it.
