# Mededelingen die later vertrekken (core/announcements/schedule.py): chat en paneel.
announcements-later = 🕒 Later versturen
announcements-later-ask = 🕒 Wanneer moet ze vertrekken? Typ de dag en het uur, bijvoorbeeld { $example } (hoogstens { $days } dagen vooruit). { $changing ->
        [yes] Met /cancel blijft het geplande uur staan.
       *[no] Met /cancel ga je terug naar het voorbeeld.
    }
announcements-later-invalid = Dat moment begreep ik niet. Typ de dag en het uur, bijvoorbeeld 24/11 7u00 of 24/11/2026 07:00.
announcements-later-past = Dat moment is al voorbij: typ een dag en uur die nog moeten komen.
announcements-later-too-far = Dat is meer dan { $days } dagen vooruit: typ een vroegere dag en uur.
announcements-scheduled = 🕒 Ingepland: vertrekt op { $when } naar { $who ->
        [people] { $count ->
            [one] { $count } persoon
           *[other] { $count } personen
        }
       *[families] { $count ->
            [one] { $count } gezin
           *[other] { $count } gezinnen
        }
    } (zoals ze dan zijn: een gezin dat intussen bij de klas komt, krijgt ze ook).{ $quiet ->
        [yes] {" "}🌙 Dat valt in de stille uren: ze vertrekt toch op dat uur, ook als de gezinnen slapen.
       *[no] {""}
    }
announcements-send-now = 📣 Nu versturen
announcements-change-time = 🕒 Uur wijzigen
announcements-unschedule = Niet meer inplannen
announcements-unscheduled = Ze is niet meer ingepland: het is weer een ontwerp, er is niets vertrokken.
announcements-schedule-is-set = Deze mededeling is ingepland: haal ze eerst uit de planning (in /myannouncements) voor je ze wijzigt of verstuurt. Er is niets gedaan.
announcements-schedule-not-set = Ze was al niet meer ingepland: er is niets gedaan.
announcements-schedule-gone = Deze mededeling is al vertrokken: er is niets gedaan. In /myannouncements volg je ze op.
announcements-schedule-refused = 🕒 Je mededeling “{ $words }”, gepland op { $when }, is niet verstuurd: je rol is veranderd en je kunt niet meer schrijven naar iedereen voor wie ze bedoeld was. Er is niets vertrokken; ze blijft als ontwerp bewaard.
announcements-schedule-went-out = 🕒 Je ingeplande mededeling “{ $words }” vertrekt nu naar { $who ->
        [people] { $count ->
            [one] { $count } persoon
           *[other] { $count } personen
        }
       *[families] { $count ->
            [one] { $count } gezin
           *[other] { $count } gezinnen
        }
    }.
announcements-schedule-went-out-later = { announcements-schedule-went-out } In /myannouncements volg je de bezorging.
announcements-schedule-after-night = 🕒 Je ingeplande mededeling “{ $words }” kon niet op tijd vertrekken (SchoolHub was niet bereikbaar) en het zijn nu de stille uren: omdat ze niet dringend is, vertrekt ze op { $when }, na de stille uren, naar { $who ->
        [people] { $count ->
            [one] { $count } persoon
           *[other] { $count } personen
        }
       *[families] { $count ->
            [one] { $count } gezin
           *[other] { $count } gezinnen
        }
    }.
announcements-schedule-after-night-later = { announcements-schedule-after-night } In /myannouncements volg je de bezorging.
announcements-mine-scheduled =
    🕒 Ingepland — tik er een aan om ze nu te versturen, het uur te wijzigen of ze uit de planning te halen:
    { $lines }
announcements-mine-scheduled-line = 🕒 { $when } · “{ $words }”
announcements-scheduled-card =
    🕒 Ingepland voor { $when }, naar { $audience }:
    { $text }

# Paneel
admin-announcements-send-at = Versturen op (optioneel)
admin-announcements-send-at-help = Uur van de school ({ $timezone }), hoogstens { $days } dagen vooruit. In de stille uren vertrekt ze toch op dat uur.
admin-announcements-schedule = 🕒 Inplannen
admin-announcements-scheduled = Ingepland
admin-announcements-goes-out = Vertrekt op { $when }
admin-announcements-scheduled-done = 🕒 Ingepland: ze vertrekt op { $when }.
admin-announcements-quiet-note = 🌙 In de stille uren: de gezinnen krijgen ze op dat uur, ook 's nachts.
admin-announcements-unschedule = Niet meer inplannen
admin-announcements-unscheduled = Ze is niet meer ingepland: het is weer een ontwerp.
