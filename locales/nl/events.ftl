## Activiteiten: fouten, herinneringen.

events-reminder = ⏰ Herinnering: { $title } — { $when }, { $location }.
events-nudge = 📅 Kom je naar “{ $title }”? Antwoord graag vóór { $deadline }.
events-cancelled = Deze activiteit is geannuleerd.
events-capacity-invalid = Het aantal plaatsen moet tussen 1 en { $max } liggen.
events-deadline-invalid = De antwoorddatum moet in de toekomst liggen en niet na de start.
events-deadline-passed = Het is te laat om te antwoorden of je antwoord te wijzigen voor deze activiteit.
events-end-before-start = Het einde moet na de start komen.
events-headcount-invalid = Geef hoogstens { $adults } volwassenen en { $children } kinderen op, en minstens één persoon als je komt.
events-no-room-for-more = Er is geen plaats voor meer mensen; je antwoord blijft ongewijzigd.
events-not-found = Die activiteit bestaat niet of is niet voor jou.
events-organisers-only = Alleen schoolbeheerders en klasafgevaardigden kunnen activiteiten organiseren.
events-rep-own-classes = Als klasafgevaardigde kun je alleen je eigen klassen uitnodigen.
events-slot-full = Het tijdslot “{ $label }” is volzet.
events-slots-invalid = Hoogstens { $max } vrijwilligersslots, elk voor 1 tot 100 personen.
events-start-in-past = De start moet in de toekomst liggen.
events-title-invalid = Typ een titel van 3 tot { $max } tekens.
