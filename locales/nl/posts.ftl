## Aanbod en vraag in de LETS.

posts-kind-offer = 🤝 Aanbod
posts-kind-need = 🔎 Vraag
posts-category-childcare = 👶 Kinderopvang
posts-category-transport = 🚗 Vervoer
posts-category-homework = 📚 Huiswerk
posts-category-cooking = 🍲 Koken
posts-category-repairs = 🔧 Herstellingen
posts-category-garden = 🌱 Tuin
posts-category-it = 💻 Computerhulp
posts-category-lending = 📦 Uitlenen
posts-category-other = ✨ Andere

posts-menu = 🤝 Aanbod en vraag van de ouders van de school. Wat wil je doen?
posts-new-offer = ➕ Ik bied aan…
posts-new-need = ➕ Ik zoek…
posts-browse-offers = 📚 Aanbod bekijken
posts-browse-needs = 📚 Vragen bekijken
posts-search = 🔍 Zoeken
posts-mine = 🗂 Mijn zoekertjes
posts-ask-category =
    { $kind ->
        [offer] Wat bied je aan? Kies een categorie.
       *[need] Wat zoek je? Kies een categorie.
    }
posts-ask-title = Een korte titel (hoogstens { $max } tekens), bv. “Hulp bij huiswerk wiskunde”.
posts-ask-description = Beschrijf het in een paar regels: wanneer, waar, alles wat nuttig is.
posts-ask-rate = Hoeveel eenheden per uur? Typ een getal (60 eenheden = 1 uur), of tik op de knop.
posts-rate-default = 60 eenheden per uur
posts-ask-lifetime = Hoe lang moet het zichtbaar blijven?
posts-lifetime =
    { $days ->
        [0] Zonder einddatum
       *[other] { $days } dagen
    }
posts-preview =
    Dit is je zoekertje:

    { $card }
posts-publish = ✅ Publiceren
posts-published = ✅ Gepubliceerd! De ouders van de school kunnen het nu zien.
posts-card =
    { $kind } · { $category }
    { $title }
    { $description }
    ⏱ { $rate } { $rate ->
        [one] eenheid
       *[other] eenheden
    } per uur · door { $author } · tot { $until }
posts-status =
    { $status ->
        [active] 🟢 Zichtbaar
        [paused] ⏸ Gepauzeerd
        [ended] ⌛ Afgelopen: verleng het om het weer te tonen
       *[other] 🗑 Verwijderd
    }
posts-edit-title = ✏️ Titel
posts-edit-description = ✏️ Beschrijving
posts-edit-rate = ✏️ Tarief
posts-ask-edit =
    { $field ->
        [title] Nieuwe titel voor “{ $title }”?
        [description] Nieuwe beschrijving voor “{ $title }”?
       *[rate] Nieuw tarief voor “{ $title }”, in eenheden per uur?
    }
posts-pause = ⏸ Pauzeren
posts-resume = ▶ Weer zichtbaar
posts-renew = 🔁 Met 90 dagen verlengen
posts-delete = 🗑 Verwijderen
posts-contact = ✉️ Contact opnemen
posts-pay = 💸 Betalen
posts-none-found = Hier is nog niets.
posts-list = { $title } (pagina { $page } van { $pages }) — tik op een zoekertje om het te bekijken:
posts-pick-category = Kies een categorie:
posts-ask-search = Typ een paar woorden om te zoeken (bv. “fiets”, “piano”).
posts-search-title = 🔍 “{ $text }”
posts-status-changed =
    { $status ->
        [active] ✅ “{ $title }” is weer zichtbaar.
        [paused] ⏸ “{ $title }” is gepauzeerd: niemand ziet het tot je het weer zichtbaar maakt.
       *[other] 🗑 “{ $title }” is verwijderd.
    }
posts-delete-confirm = “{ $title }” verwijderen?
posts-renewed = 🔁 “{ $title }” blijft zichtbaar tot { $until }.
posts-renewed-paused = 🔁 “{ $title }” loopt nu tot { $until }, maar staat nog op pauze: niemand ziet het tot je op ▶ Weer zichtbaar tikt.
posts-ask-message = Schrijf je bericht voor { $name } over “{ $title }”. Ik geef het door.
posts-message-invalid = Schrijf een bericht van 1 tot { $max } tekens.
posts-confirm-message = Versturen? Je telefoonnummer wordt alleen gedeeld als je daarvoor kiest.
posts-send = ✉️ Versturen
posts-send-with-phone = ✉️ Met mijn nummer
posts-contact-message =
    ✉️ Bericht van { $name } over “{ $title }”:
    { $text }{ $has_phone ->
        [no] {""}
       *[yes] {""}
            Telefoon: { $phone }
    }
# Tot 2026-11: hetzelfde, met "-" zonder telefoon (voor berichten die al klaarstonden).
posts-contact-notice =
    ✉️ Bericht van { $name } over “{ $title }”:
    { $text }
    Telefoon: { $phone }
posts-reply = ✉️ Antwoorden
posts-message-sent = ✅ Je bericht is doorgegeven aan { $name }.
posts-rate-hint = (Het zoekertje vermeldt { $rate } eenheden per uur.)
posts-expiry-reminder = ⏳ Je zoekertje “{ $title }” loopt binnen een week af. Zichtbaar houden?

posts-title-invalid = Typ een titel van 3 tot { $max } tekens.
posts-description-invalid = Typ een beschrijving van 1 tot { $max } tekens.
posts-rate-invalid = Typ een tarief tussen 1 en { $max } eenheden per uur.
posts-search-too-short = Typ minstens één woord van 2 letters of meer.
posts-not-found = Dat zoekertje is niet (meer) beschikbaar.
posts-ask = 🙋 Eenheden vragen

## Een categorie volgen: een bericht bij elk nieuw aanbod of elke nieuwe vraag.
posts-follow = 🔔 Laat het me weten
posts-unfollow = 🔕 Geen meldingen
posts-my-follows = 🔔 Mijn meldingen
posts-followed = 🔔 Genoteerd: ik laat je elk nieuw aanbod en elke nieuwe vraag in { $category } weten. Stoppen kan hieronder of via “🔔 Mijn meldingen” in /offers.
posts-unfollowed = 🔕 Genoteerd: geen meldingen meer voor { $category }.
posts-follows-list =
    🔔 Je krijgt een melding bij elk nieuw aanbod en elke nieuwe vraag in:
    { $categories }
    Tik op een categorie om te stoppen.
posts-follows-none = Je volgt geen enkele categorie. Open er een via “Aanbod bekijken” of “Vragen bekijken” en tik op “🔔 Laat het me weten”.
posts-unfollow-category = 🔕 { $category }
posts-followed-notice =
    { $kind ->
        [offer] 🔔 Nieuw aanbod in { $category }: “{ $title }”
       *[need] 🔔 Nieuwe vraag in { $category }: “{ $title }”
    }
posts-open = 👀 Bekijken

## Een zoekertje melden aan de beheerders van de school, die het kunnen verwijderen.
posts-report = 🚩 Melden
posts-report-confirm =
    🚩 Dit zoekertje melden aan de beheerders van de school?
    “{ $title }”
    Zij beslissen of het blijft. De auteur hoort niet wie het gemeld heeft.
posts-report-yes = 🚩 Melden
posts-report-cancelled = Er is niets gemeld.
posts-reported = 🚩 Bedankt: de beheerders van de school zijn verwittigd, en zij beslissen wat er met dit zoekertje gebeurt.
posts-reported-already = Je hebt dit zoekertje al gemeld: de beheerders van de school beslissen wat ermee gebeurt.
posts-report-own = Je kunt je eigen zoekertje niet melden.
posts-report-family = Je kunt geen zoekertje van je eigen gezin melden.
posts-reported-notice =
    🚩 { $kind ->
        [offer] Een aanbod
       *[need] Een vraag
    } werd gemeld: “{ $title }” van { $author } ({ $count ->
        [one] { $count } melding
       *[other] { $count } meldingen
    }). Je kunt het verwijderen in het paneel: SEL → Aanbod en vragen.
posts-removed-notice =
    🚫 De beheerders van de school hebben je { $kind ->
        [offer] aanbod
       *[need] vraag
    } “{ $title }” verwijderd. Reden: { $reason }
posts-removed = “{ $title }” werd door de beheerders van de school verwijderd: je kunt het niet meer wijzigen.
