## Événements : erreurs, rappels.

events-reminder = ⏰ Rappel : { $title } — { $when }, { $location }.
events-nudge = 📅 Viendrez-vous à « { $title } » ? Merci de répondre avant le { $deadline }.
events-cancelled = Cet événement a été annulé.
events-capacity-invalid = Le nombre de places doit être compris entre 1 et { $max }.
events-deadline-invalid = La date limite de réponse doit être dans le futur et pas après le début.
events-deadline-passed = Il est trop tard pour répondre ou changer votre réponse à cet événement.
events-end-before-start = La fin doit venir après le début.
events-headcount-invalid = Indiquez au maximum { $adults } adultes et { $children } enfants, et au moins une personne si vous venez.
events-no-room-for-more = Il n'y a plus de place pour davantage de personnes ; votre réponse est inchangée.
events-not-found = Cet événement n'existe pas ou ne vous concerne pas.
events-organisers-only = Seuls les administrateur·rice·s de l'école et les délégué·e·s de classe peuvent organiser des événements.
events-rep-own-classes = En tant que délégué·e de classe, vous ne pouvez inviter que vos propres classes.
events-slot-full = Le créneau « { $label } » est complet.
events-slots-invalid = Au maximum { $max } créneaux de bénévoles, chacun pour 1 à 100 personnes.
events-start-in-past = Le début doit être dans le futur.
events-title-invalid = Tapez un titre de 3 à { $max } caractères.
