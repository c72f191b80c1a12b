# Annonces envoyées plus tard (core/announcements/schedule.py) : chat et panneau.
announcements-later = 🕒 Envoyer plus tard
announcements-later-ask = 🕒 Quand doit-elle partir ? Tapez le jour et l'heure, par exemple { $example } (au plus { $days } jours à l'avance). { $changing ->
        [yes] /cancel garde l'heure prévue.
       *[no] /cancel revient à l'aperçu.
    }
announcements-later-invalid = Je n'ai pas compris ce moment. Tapez le jour et l'heure, par exemple 24/11 7h00 ou 24/11/2026 07:00.
announcements-later-past = Ce moment est déjà passé : tapez un jour et une heure encore à venir.
announcements-later-too-far = C'est à plus de { $days } jours : tapez un jour et une heure plus proches.
announcements-scheduled = 🕒 Programmée : elle part le { $when } pour { $who ->
        [people] { $count ->
            [one] { $count } personne
           *[other] { $count } personnes
        }
       *[families] { $count ->
            [one] { $count } famille
           *[other] { $count } familles
        }
    } (telles qu'elles seront alors : une famille qui rejoint la classe d'ici là la reçoit aussi).{ $quiet ->
        [yes] {" "}🌙 C'est pendant les heures calmes : elle partira quand même à cette heure-là, même si les familles dorment.
       *[no] {""}
    }
announcements-send-now = 📣 Envoyer maintenant
announcements-change-time = 🕒 Changer l'heure
announcements-unschedule = Déprogrammer
announcements-unscheduled = Elle n'est plus programmée : c'est de nouveau un brouillon, rien n'est parti.
announcements-schedule-is-set = Cette annonce est programmée : déprogrammez-la (dans /myannouncements) avant de la modifier ou de l'envoyer. Rien n'a été fait.
announcements-schedule-not-set = Elle était déjà déprogrammée : rien n'a été fait.
announcements-schedule-gone = Cette annonce est déjà partie : rien n'a été fait. /myannouncements en suit la distribution.
announcements-schedule-refused = 🕒 Votre annonce « { $words } » prévue le { $when } n'a pas été envoyée : votre rôle a changé et vous ne pouvez plus écrire à tous ceux à qui elle était destinée. Rien n'est parti ; elle reste en brouillon.
announcements-schedule-went-out = 🕒 Votre annonce programmée « { $words } » part maintenant pour { $who ->
        [people] { $count ->
            [one] { $count } personne
           *[other] { $count } personnes
        }
       *[families] { $count ->
            [one] { $count } famille
           *[other] { $count } familles
        }
    }.
announcements-schedule-went-out-later = { announcements-schedule-went-out } /myannouncements en suit la distribution.
announcements-schedule-after-night = 🕒 Votre annonce programmée « { $words } » n'a pas pu partir à son heure (SchoolHub était indisponible) et ce sont maintenant les heures calmes : comme elle n'est pas urgente, elle part le { $when }, après elles, pour { $who ->
        [people] { $count ->
            [one] { $count } personne
           *[other] { $count } personnes
        }
       *[families] { $count ->
            [one] { $count } famille
           *[other] { $count } familles
        }
    }.
announcements-schedule-after-night-later = { announcements-schedule-after-night } /myannouncements en suit la distribution.
announcements-mine-scheduled =
    🕒 Programmées — touchez-en une pour l'envoyer maintenant, changer son heure ou la déprogrammer :
    { $lines }
announcements-mine-scheduled-line = 🕒 { $when } · « { $words } »
announcements-scheduled-card =
    🕒 Programmée pour le { $when }, à { $audience } :
    { $text }

# Panneau
admin-announcements-send-at = Envoyer le (facultatif)
admin-announcements-send-at-help = Heure de l'école ({ $timezone }), au plus { $days } jours à l'avance. Pendant les heures calmes, elle part quand même à cette heure-là.
admin-announcements-schedule = 🕒 Programmer
admin-announcements-scheduled = Programmées
admin-announcements-goes-out = Part le { $when }
admin-announcements-scheduled-done = 🕒 Programmée : elle part le { $when }.
admin-announcements-quiet-note = 🌙 Pendant les heures calmes : les familles la reçoivent à cette heure-là, même la nuit.
admin-announcements-unschedule = Déprogrammer
admin-announcements-unscheduled = Elle n'est plus programmée : c'est de nouveau un brouillon.
