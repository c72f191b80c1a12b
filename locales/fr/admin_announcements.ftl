# Le panneau : les annonces

admin-announcements-new = Nouvelle annonce
admin-announcements-one = Annonce
admin-announcements-date = Envoyée
admin-announcements-author = De
admin-announcements-audience = À
admin-announcements-audience-school = Toute l'école
admin-announcements-audience-classes = Certaines classes
admin-announcements-audience-reps = Délégués de classe
admin-announcements-audience-admins = Administrateurs
admin-announcements-audience-invalid = Choisissez qui la reçoit.
admin-announcements-classes = Classes (pour « Certaines classes »)
admin-announcements-classes-help = Leurs familles et délégués de classe la reçoivent.
admin-announcements-delivery = Distribution
admin-announcements-figures = { $sent }/{ $recipients } envoyées · { $read } lues · { $failed } non distribuées
admin-announcements-queued = { $count ->
        [one] Envoi à { $count } personne dans le chat.
       *[other] Envoi à { $count } personnes dans le chat.
    }
admin-announcements-urgent = Urgente
admin-announcements-urgent-yes = oui, envoyée même pendant les heures calmes
admin-announcements-urgent-no = non, attend la fin des heures calmes
admin-announcements-urgent-help = Urgente : envoyer tout de suite, même pendant les heures calmes
admin-announcements-file = Photo ou document (facultatif)
admin-announcements-file-help = Une photo JPEG ou PNG, ou un document, { $max } Mo au plus.
admin-announcements-stopped = arrêtée par son auteur
admin-announcements-progress = Part des messages distribués
admin-announcements-figure-recipients = Destinataires
admin-announcements-figure-queued = En attente d'envoi
admin-announcements-figure-sent = Remis à l'application de chat
admin-announcements-figure-read = Marqués comme lus
admin-announcements-figure-failed = Échecs
admin-announcements-figure-blocked = Bot bloqué par la personne
admin-announcements-finished = Distribution terminée.
admin-announcements-refresh = Actualiser les chiffres
admin-announcements-form-errors = Certains champs sont à revoir : voyez les messages sous chacun.
admin-announcements-text = Texte
admin-announcements-text-help = { $max } caractères au plus, dans votre langue : les familles la reçoivent telle quelle.
admin-announcements-send = Envoyer
