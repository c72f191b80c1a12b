## Registration and approval.

start-ask-code = Welcome to SchoolHub! 👋 Please send me the invite code you received from the school.
start-stranger-welcome =
    Hello! 👋 I am SchoolHub, the school's chat assistant for families: events, group orders, the parents' time bank (SEL) and messages from the school.
    To join, send me here the invite code the school gave you (8 letters and digits).
    Already registered in the other app (Telegram or WhatsApp)? Send /link there, then send me here the code you get.
start-code-unknown = I do not know this invite code. Please check it and send it again.
start-code-expired = This invite code has expired. Please ask the school for a new one.
start-code-used-up = This invite code has already been used as many times as allowed. Please ask the school for a new one.
start-code-other-school = This invite code belongs to another school.
start-welcome = Welcome to { $school }! 👋 Which language do you prefer?
start-ask-first-name = What is your first name?
start-ask-last-name = And your last name?
start-ask-contact = Would you like to leave a phone number or an e-mail address, so other parents can reach you? Send it, or tap Skip.
start-skip = Skip
start-privacy =
    Privacy: the school's parents' community stores your name, your contact details (if you give them) and your children's first names and classes, only to run school life. Only the school's administrators see them all. You can see or erase your data at any time.
    Do you agree?
start-consent-yes = ✅ I agree
start-consent-no = I do not agree
start-consent-refused = Without your consent I cannot register you. Nothing was saved. If you change your mind, send /start { $code }
start-consent-required = Your consent to the privacy notice is needed to register.
start-ask-child-name =
    { $first ->
        [yes] What is your child's first name?
       *[no] What is the first name of your next child?
    }
start-no-children = No child at school
start-ask-child-class = Which class is { $child } in?
start-ask-child-class-next = { $september ->
        [yes] Which class is { $child } in this September (school year { $year })?
       *[no] Which class will { $child } be in from September (school year { $year })?
    }
start-family-children = 👥 { $parent } shares { $children } with you: you will see and manage them together. Does another child of yours go to this school?
start-child-added = { $child } ({ $klass }) added.
start-add-another-child = ➕ Add another child
start-children-done = Continue
start-tap-a-button = Please tap one of the buttons below (or send /cancel to stop).
start-menu-after-registration = The menu and help come as soon as you are registered: just a few questions first. To stop, send /cancel.
start-children-required = Please add at least one child.
start-summary =
    Please check your details:
    Name: { $name }
    Phone: { $phone }
    E-mail: { $email }
    Children:
    { $children }
start-summary-child = • { $child } – { $klass }
start-confirm = ✅ Confirm
start-restart = Start over
start-done = Welcome, { $name }! 🎉 You are now registered. Here is the main menu.
start-pending = Thank you! Your registration has been sent to the school for approval. I will let you know.
start-approved = Good news: the school has approved your registration! 🎉 What would you like to do first?
start-rejected = Sorry, the school has not approved your registration. Please contact the school if you think this is a mistake.
start-welcome-back = Welcome back, { $name }!
start-already-registered = You are already registered. Send /menu to see what you can do.
start-role-granted =
    { $role ->
        [admin] You are now an administrator of your school.
        [class_rep] You are now a class representative.
       *[other] Your role has been updated.
    }

approval-request = New registration waiting for your approval: { $name }
approval-approve = ✅ Approve
approval-reject = ❌ Reject
approval-approved = ✅ { $name } has been approved.
approval-rejected = ❌ { $name } has been rejected.
approval-already-decided =
    { $status ->
        [active] { $name } has already been approved.
        [rejected] { $name } has already been rejected.
       *[other] { $name }'s registration has already been handled.
    }
approval-too-many-children = ⚠️ { $name } cannot be approved: with the children of { $other }, their family would have { $count } children, and a family may have at most { $max }. Nothing was changed. { $other } can remove a child (/children); then approve again, or reject the registration.
approval-not-found = That registration does not exist in your school.
approval-none-pending = No registration is waiting for approval.
invite-role-invalid = Unknown role for an invite.
invite-rep-needs-class = An invite for a class representative needs a class.
invite-year-over = The school year { $year } is over: new invite codes can be made once the school has started { $next } in its web panel.
start-registered-elsewhere = This number is already registered with { $school } from your other chat app. To use the same account here (your children, units and answers), send /link there, then send here the code it gives you. Register again only if you are someone else.
start-same-name = Someone named { $name } is already registered with { $school }. If that is you, from another chat app, do not register twice: send /link in the app you already use, then send me here the code it gives you (you keep your children, units and answers). If you are someone else with the same name, just go on.
