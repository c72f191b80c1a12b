linking-code =
    🔗 Je code: { $code }
    Stuur in je andere chatapp (WhatsApp of Telegram) naar SchoolHub: /link { $code }
    Hij werkt één keer, binnen { $minutes } minuten.
linking-done = ✅ Gekoppeld! { $name }, je kunt SchoolHub nu ook hier gebruiken: hetzelfde profiel, dezelfde kinderen en eenheden.
linking-code-invalid = Deze koppelcode is onbekend, al gebruikt of verlopen. Vraag een nieuwe met /link in de app waar je ingeschreven bent.
linking-already-registered = Dit gesprek is al ingeschreven bij SchoolHub.
