linking-code =
    🔗 Your code: { $code }
    In your other chat app (WhatsApp or Telegram), send to SchoolHub: /link { $code }
    It works once, within { $minutes } minutes.
linking-done = ✅ Linked! { $name }, you can now use SchoolHub here too: same profile, children and units.
linking-code-invalid = This link code is unknown, already used or expired. Ask for a new one with /link in the app where you are registered.
linking-already-registered = This chat is already registered with SchoolHub.

## Sharing one's children with their other parent (/family).
family-share = 👥 The other parent
family-code =
    👥 Code for the other parent of { $children }: { $code }
    They send it to SchoolHub (Telegram or WhatsApp): /family { $code }
    Not registered yet? The same message registers them with the school.
    You will both see and manage the same children; each of you keeps their own name, messages and units. It works once, within { $days } days.
family-shared-with = 👥 Shared with: { $names }
family-joined =
    ✅ You and { $name } now share { $count ->
        [one] your child: { $children }.
       *[other] your children: { $children }.
    }{ $merged ->
        [0] {""}
       *[other] {" "}Children you had both registered are now listed once.
    }
family-joined-notice = 👥 { $name } used your family code: you now share { $children }.
family-code-invalid = This family code is unknown, already used or expired. Ask the other parent for a new one: they send /family in their chat.
family-code-own = This is your own family code: give it to your children's other parent, who sends it with /family.
family-no-children = Add your children first (/children), then share them.
family-code-not-for-link = This is a family code from another parent: send /family { $code } to register with it.
