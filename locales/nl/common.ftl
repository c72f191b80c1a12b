## Gedeelde teksten: toegang, fouten, terugvallers, klassen, menu's, commando's.

access-register-first = Je bent nog niet ingeschreven. Stuur me de uitnodigingscode die je van de school kreeg (of open de uitnodigingslink).
access-pending = Je inschrijving wacht op goedkeuring door de school. Ik laat het je weten zodra het zover is.
access-inactive = Je account is niet actief. Neem contact op met de school.
module-off = Je school heeft deze functie voorlopig uitgeschakeld.
access-admin-only = Alleen een schoolbeheerder kan dat doen.
error-unexpected = Sorry, er ging bij mij iets mis. Er is niets gewijzigd; probeer het opnieuw.
button-stale = Deze knop is niet meer geldig. Stuur /menu om opnieuw te beginnen.
button-stale-menu = Deze knop is niet meer geldig. Hier is het menu:
cancel-done = Geannuleerd.
cancel-done-menu = Geannuleerd. Hier is het hoofdmenu.
dialog-help = Je bent nog bezig: beantwoord de laatste vraag hierboven, of tik op een van de knoppen. Stoppen? Stuur /cancel. Terug naar het hoofdmenu? Stuur menu.
cancel-registration = Geannuleerd: er werd niets bewaard. Stuur de uitnodigingscode van de school opnieuw om je in te schrijven.
cancel-nothing-menu = Er is niets te annuleren. Hier is het hoofdmenu.
fallback-unknown-command = Dat commando ken ik niet. Stuur /help om de commando's te zien.
fallback-not-understood = Dat begreep ik niet. Hier is het hoofdmenu (je kunt ook “hulp” typen).
fallback-use-the-buttons = Tik op een van de knoppen hierboven, of stuur /cancel om te stoppen.
fallback-type-your-answer = Typ je antwoord (of stuur /cancel om te stoppen).
words-hello = Hallo { $name }! 👋 Wat wil je doen?
words-thanks = Graag gedaan! 😊 Nog iets?
school-name-invalid = De naam van een school moet tussen 1 en 200 tekens lang zijn.
school-not-found = Die school bestaat niet.
class-not-found = Die klas bestaat niet in je school.
audience-pick-classes = Tik op minstens één van je klassen en dan op Klaar.
audience-your-class = 👥 Voor de gezinnen van { $klass }, je klas.
language-unknown = Ik spreek alleen Frans, Nederlands en Engels.

class-m1 = K1
class-m2 = K2
class-m3 = K3
class-p1 = L1
class-p2 = L2
class-p3 = L3
class-p4 = L4
class-p5 = L5
class-p6 = L6

language-name-fr = Français
language-name-nl = Nederlands
language-name-en = English
# De naam van een taal in een zin, in de taal van de lezer (de taalkeuzes houden de
# namen language-name-* hierboven, elk in zijn eigen taal).
language-in-fr = Frans
language-in-nl = Nederlands
language-in-en = Engels

menu-title = Wat wil je doen?
menu-week = 🗓️ Mijn week
menu-profile = 👤 Mijn profiel
menu-children = 👧 Mijn kinderen
menu-language = 🌐 Taal
menu-help = ❓ Hulp
menu-sel = 💰 LETS: mijn eenheden
menu-offers = 🤝 Aanbod & vraag
menu-events = 📅 Activiteiten
menu-orders = 🛒 Groepsaankopen
menu-pending = ⏳ Inschrijvingen goedkeuren
menu-organise = 🧑‍🏫 Organiseren
menu-organise-title = Wat wil je organiseren?
menu-announce = 📣 Mededeling sturen
menu-newevent = 📅 Nieuwe activiteit
menu-myclass = 👥 Mijn klas
menu-myannouncements = 📋 Mijn mededelingen
menu-neworder = 🛒 Nieuwe groepsaankoop

command-menu = Hoofdmenu
command-week = Mijn week: wat er gepland is, wat je nog moet doen
command-profile = Mijn profiel
command-children = Mijn kinderen
command-family = Mijn kinderen delen met hun andere ouder
command-language = Taal wijzigen
command-link = SchoolHub gebruiken vanuit een andere chatapp
command-help = Wat ik kan doen
command-cancel = Huidige actie annuleren
command-balance = Mijn eenheden (LETS)
command-pay = Eenheden betalen
command-request = Eenheden vragen
command-history = Mijn LETS-geschiedenis
command-reverse = Een uitwisseling corrigeren
command-offers = Aanbod en vraag (LETS)
command-limits = LETS-grenzen van een lid wijzigen
command-panel = Het webpaneel openen (een eenmalige link)
command-events = Komende activiteiten
command-calendar = Mijn activiteiten in mijn agenda
command-orders = Groepsaankopen
command-neworder = Een groepsaankoop starten
command-newevent = Een activiteit maken
command-announce = Een mededeling sturen
command-linkgroup = De klasgroep koppelen (stuur het in de groep)
command-myclass = De gezinnen van mijn klas
command-myannouncements = De mededelingen die ik stuurde
command-pending = Inschrijvingen goedkeuren

help-parent =
    Dit kan ik voor je doen:
    /menu – hoofdmenu
    /week – je week in één bericht: wat er gepland is, wat je nog moet doen (ook elke zondagavond, als je dat vraagt)
help-parent-events =
    /events – komende activiteiten: antwoorden, helpen, in je agenda zetten
    /calendar – je activiteiten in je agenda-app (Google, iPhone, Outlook), altijd bijgewerkt
help-parent-orders =
    /orders – groepsaankopen: meedoen, wijzigen, betalen
help-parent-sel =
    /balance – je LETS-eenheden (tijdsbank)
    /pay – eenheden betalen aan een andere ouder
    /request – eenheden vragen aan een andere ouder
    /history – je LETS-uitwisselingen
    /offers – aanbod en vraag van de ouders (LETS)
help-parent-common =
    /profile – je naam en contactgegevens
    /children – je kinderen en hun klassen
    /family – je kinderen delen met hun andere ouder
    /language – taal wijzigen
    /link – SchoolHub ook vanuit WhatsApp of Telegram gebruiken
    /cancel – stoppen met wat je aan het doen bent
    /help – deze lijst
help-words = 💬 Geen schuine streep nodig: je kunt ook gewoon { $words } typen.
help-word = “{ $word }”
help-class-rep = Als klasafgevaardigde: /announce schrijft naar de gezinnen van je klas (met een knop Gelezen en de bezorgcijfers); /linkgroup, in de Telegramgroep van je klas gestuurd, zet ze daar ook. /myclass toont de gezinnen van je klas die al aangesloten zijn, met hun kinderen; met de knop 📨 Nodig gezinnen uit krijg je een bericht voor de groep van de klas, zodat de anderen zich ook aansluiten.
help-admin =
    Als schoolbeheerder:
    /pending – inschrijvingen die op je goedkeuring wachten
    /reverse CODE reden – een LETS-uitwisseling corrigeren
    /limits – de LETS-grenzen van een lid wijzigen
    /panel – een eenmalige link naar het webpaneel
help-organiser = Als organisator: /newevent maakt een activiteit en nodigt de gezinnen uit; /neworder start een groepsaankoop; /myannouncements toont de mededelingen die je stuurde, met hoeveel gezinnen elk ervan lazen.
attachment-too-big = Dit bestand is te groot: maximaal { $max } MB.
attachment-invalid = Dit bestand kan niet gebruikt worden. Stuur een foto of een document.
attachment-type-refused = Gezinnen op WhatsApp zouden dat soort bestand ({ $file }) niet kunnen ontvangen. Stuur een pdf, een Word-, Excel- of PowerPoint-bestand, een tekstbestand of een foto.
panel-link = 🔑 Je link naar het webpaneel, één keer geldig gedurende { $minutes } minuten:
    { $url }
    Stuur hem niet door: hij opent het paneel in jouw naam.

## /myclass: de gezinnen van de klas van een klasafgevaardigde.
roster-title = 👥 { $klass }: { $families ->
        [one] { $families } gezin
       *[other] { $families } gezinnen
    }, { $children ->
        [one] { $children } kind
       *[other] { $children } kinderen
    }
roster-family = • { $parents } — { $children }
roster-more = … en nog { $count } gezinnen.
roster-empty = 👥 { $klass }: nog geen enkel gezin is aangesloten. Tik op 📨 Nodig gezinnen uit voor een bericht om met de klas te delen.
roster-reps-only = Alleen een klasafgevaardigde ziet hier de gezinnen van de eigen klas. De beheerders van de school vinden alle klassen in het webpaneel (/panel).
roster-invite = 📨 Nodig gezinnen uit
roster-invite-not-yours = Alleen een klasafgevaardigde van deze klas kan hier de gezinnen van de klas uitnodigen. De beheerders van de school drukken de uitnodigingscodes af vanuit het webpaneel (/panel).
# The message a class rep forwards to the class's group: the school's name, then
# roster-invite-post in French, in Dutch and in English (the English one short: a line
# for the families who speak neither), each followed by roster-invite-until when the
# code has an end; then one roster-invite-link per configured app.
roster-invite-school = 🏫 { $school }
roster-invite-post = { $links ->
        [0] De SchoolHub van klas { $klass } is open! Je krijgt er de mededelingen, activiteiten en groepsaankopen van de school. Om je in te schrijven, stuur je de code { $code } naar de SchoolHub-bot van de school.
       *[other] De SchoolHub van klas { $klass } is open! Je krijgt er de mededelingen, activiteiten en groepsaankopen van de school. Om je in te schrijven, tik je op een link hieronder, of stuur je de code { $code } naar de bot.
    }
roster-invite-until = Geldig tot { $until }.
roster-invite-link = 👉 { $app }: { $link }
# For the class rep, in their language, under the message to forward.
roster-invite-forward = { $links ->
        [0] ⬆️ Stuur dit bericht door naar de oudergroep van { $klass }: met de code sluiten de gezinnen van de klas zich aan bij SchoolHub.
       *[other] ⬆️ Stuur dit bericht door naar de oudergroep van { $klass }: met de code en de links sluiten de gezinnen van de klas zich aan bij SchoolHub. Aan de schoolpoort toon je hen de QR-code hieronder op je telefoon.
    }
roster-invite-qr = Scan om je via { $app } aan te sluiten bij SchoolHub — { $klass }, code { $code }

## A message without text (voice note, sticker, photo) outside any dialog.
fallback-not-text = Ik lees alleen getypte berichten: spraakberichten, stickers en foto's die je hier stuurt, komen bij niemand aan. Typ wat je wilt doen, of kies hieronder.

## WhatsApp, na een dag stilte: alleen een regel tekst mag vertrekken; de rest wacht op een antwoord.
whatsapp-write-back = ↩️ Beantwoord dit bericht om het volledig te ontvangen.
