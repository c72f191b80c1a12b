linking-code =
    🔗 Your code: { $code }
    In your other chat app (WhatsApp or Telegram), send to SchoolHub: /link { $code }
    It works once, within { $minutes } minutes.
linking-done = ✅ Linked! { $name }, you can now use SchoolHub here too: same profile, children and units.
linking-code-invalid = This link code is unknown, already used or expired. Ask for a new one with /link in the app where you are registered.
linking-already-registered = This chat is already registered with SchoolHub.
