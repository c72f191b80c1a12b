linking-code =
    🔗 Je code: { $code }
    Stuur in je andere chatapp (WhatsApp of Telegram) naar SchoolHub: /link { $code }
    Hij werkt één keer, binnen { $minutes } minuten.
linking-done = ✅ Gekoppeld! { $name }, je kunt SchoolHub nu ook hier gebruiken: hetzelfde profiel, dezelfde kinderen en eenheden.
linking-code-invalid = Deze koppelcode is onbekend, al gebruikt of verlopen. Vraag een nieuwe met /link in de app waar je ingeschreven bent.
linking-already-registered = Dit gesprek is al ingeschreven bij SchoolHub.

## Je kinderen delen met hun andere ouder (/family).
family-share = 👥 De andere ouder
family-code =
    👥 Code voor de andere ouder van { $children }: { $code }
    Die stuurt hem naar SchoolHub (Telegram of WhatsApp): /family { $code }
    Nog niet ingeschreven? Hetzelfde bericht schrijft die ouder in bij de school.
    Jullie zien en beheren dan allebei dezelfde kinderen; ieder houdt de eigen naam, berichten en eenheden. De code werkt één keer, binnen { $days } dagen.
family-shared-with = 👥 Gedeeld met: { $names }
family-joined =
    ✅ Jij en { $name } delen nu { $count ->
        [one] jullie kind: { $children }.
       *[other] jullie kinderen: { $children }.
    }{ $merged ->
        [0] {""}
       *[other] {" "}Kinderen die jullie allebei hadden ingeschreven, staan nu maar één keer in de lijst.
    }
family-joined-notice = 👥 { $name } gebruikte je gezinscode: jullie delen nu { $children }.
family-code-invalid = Deze gezinscode is onbekend, al gebruikt of verlopen. Vraag de andere ouder om een nieuwe: die stuurt /family in zijn of haar chat.
family-code-own = Dit is je eigen gezinscode: geef hem aan de andere ouder van je kinderen, die hem met /family stuurt.
family-no-children = Voeg eerst je kinderen toe (/children) en deel ze daarna.
family-code-not-for-link = Dit is een gezinscode van een andere ouder: stuur /family { $code } om je ermee in te schrijven.
