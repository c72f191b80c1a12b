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
admin-announcements-figures = { $sent }/{ $recipients } envoyées · lue par { $who ->
        [people] { $read ->
            [one] { $read } personne
           *[other] { $read } personnes
        }
       *[families] { $read ->
            [one] { $read } famille
           *[other] { $read } familles
        }
    } sur { $families } · { $failed } non distribuées
admin-announcements-queued = { $who ->
        [people] { $count ->
            [one] Envoi à { $count } personne dans le chat.
           *[other] Envoi à { $count } personnes dans le chat.
        }
       *[families] { $count ->
            [one] Envoi à { $count } famille dans le chat.
           *[other] Envoi à { $count } familles dans le chat.
        }
    }
admin-announcements-urgent = Urgente
admin-announcements-urgent-yes = oui, envoyée même pendant les heures calmes
admin-announcements-urgent-no = non, attend la fin des heures calmes
admin-announcements-urgent-help = Urgente : envoyer tout de suite, même pendant les heures calmes
admin-announcements-file = Photo ou document (facultatif)
admin-announcements-file-help = Une photo JPEG ou PNG, ou un document, { $max } Mo au plus.
admin-announcements-stopped = arrêtée
admin-announcements-reminders = Rappels
admin-announcements-follow-up = Suivi
admin-announcements-remind = Relancer ceux qui ne l'ont pas lue
admin-announcements-remind-help = { $who ->
        [people] { $count ->
            [one] { $count } personne ne l'a pas encore marquée comme lue : elle la reçoit à nouveau dans le chat, de la part de son auteur.
           *[other] { $count } personnes ne l'ont pas encore marquée comme lue : elles la reçoivent à nouveau dans le chat, de la part de son auteur.
        }
       *[families] { $count ->
            [one] { $count } famille ne l'a pas encore marquée comme lue : ses parents la reçoivent à nouveau dans le chat, de la part de son auteur.
           *[other] { $count } familles ne l'ont pas encore marquée comme lue : leurs parents la reçoivent à nouveau dans le chat, de la part de son auteur.
        }
    }
admin-announcements-reminded = { $who ->
        [people] { $count ->
            [one] Renvoyée à { $count } personne qui ne l'a pas lue.
           *[other] Renvoyée à { $count } personnes qui ne l'ont pas lue.
        }
       *[families] { $count ->
            [one] Renvoyée à { $count } famille qui ne l'a pas lue.
           *[other] Renvoyée à { $count } familles qui ne l'ont pas lue.
        }
    }
admin-announcements-all-read = Tout le monde l'a lue : il n'y a personne à relancer.
admin-announcements-stop = Arrêter l'envoi
admin-announcements-stop-help = { $count ->
        [one] { $count } message encore en attente n'est pas envoyé ; ceux déjà remis le restent. C'est définitif.
       *[other] { $count } messages encore en attente ne sont pas envoyés ; ceux déjà remis le restent. C'est définitif.
    }
admin-announcements-stop-confirm = Oui : arrêter l'envoi de cette annonce.
admin-announcements-stopped-done = { $count ->
        [one] Arrêtée : { $count } message n'a pas été envoyé. Ceux déjà remis le restent.
       *[other] Arrêtée : { $count } messages n'ont pas été envoyés. Ceux déjà remis le restent.
    }
admin-announcements-progress = Part des messages distribués
admin-announcements-figure-recipients = Destinataires
admin-announcements-figure-queued = En attente d'envoi
admin-announcements-figure-sent = Remis à l'application de chat
admin-announcements-figure-read = { $who ->
        [people] Personnes qui l'ont marquée comme lue
       *[families] Familles qui l'ont marquée comme lue
    }
admin-announcements-figure-failed = Échecs
admin-announcements-figure-blocked = Bot bloqué par la personne
admin-announcements-finished = Distribution terminée.
admin-announcements-refresh = Actualiser les chiffres
admin-announcements-form-errors = Certains champs sont à revoir : lisez le message sous chacun d'eux.
admin-announcements-text-in = Texte en { $language }
admin-announcements-text-help = { $max } caractères au plus. Les familles qui lisent une autre langue le reçoivent tel quel, sauf si vous ajoutez leur version ci-dessous.
admin-announcements-version = Version en { $language } (facultatif)
admin-announcements-version-help = Les familles qui lisent en { $language } reçoivent cette version.
admin-announcements-choices = Choix de réponse (un sondage rapide, facultatif)
admin-announcements-choices-help = Un par ligne : de { $min } à { $max } choix, chacun de { $length } caractères au plus, les mêmes dans toutes les langues. Chaque famille répond alors en touchant l'un d'eux (une réponse par famille) au lieu de « 👍 Lu ». Laissez vide pour une annonce simple.
admin-announcements-poll-count = Tapez de { $min } à { $max } choix, un par ligne (il y en a { $count }), ou videz ce champ pour une annonce simple.
admin-announcements-poll-empty-line = La ligne { $line } est vide : tapez un choix par ligne, sans ligne vide.
admin-announcements-poll-too-long = Le choix { $line } compte { $length } caractères : chaque choix en a { $max } au plus.
admin-announcements-poll-twice = « { $choice } » apparaît deux fois : chaque choix doit être différent.
admin-announcements-poll-preview-help = Un sondage rapide : chaque famille répond en touchant l'un des { $count } choix sous le message (une réponse par famille : celle d'un parent remplace celle de l'autre).
admin-announcements-buttons = Boutons sous le message
admin-announcements-to-preview = Aperçu
admin-announcements-edit-title = Modifier le brouillon
admin-announcements-back-to-preview = Retour à l'aperçu
admin-announcements-current-file = Fichier joint : { $name }
admin-announcements-remove-file = Retirer ce fichier
admin-announcements-file-replace = Une autre photo ou un autre document à la place (facultatif)
admin-announcements-preview-title = Aperçu : pas encore envoyée
admin-announcements-preview-help = Voici ce que les familles liront dans le chat. Rien n'est envoyé avant que vous appuyiez sur « Envoyer maintenant ».
admin-announcements-reach = { $who ->
        [people] { $people ->
            [one] { $people } personne
           *[other] { $people } personnes
        }
       *[families] { $count ->
            [one] { $count } famille
           *[other] { $count } familles
        }, { $people ->
            [one] { $people } personne
           *[other] { $people } personnes
        }
    }
admin-announcements-reach-language = { $language } : { $count }
admin-announcements-untranslated = { $count ->
        [one] { $count } personne la recevra en { $language } et non dans sa langue : « Modifier » permet d'ajouter sa version.
       *[other] { $count } personnes la recevront en { $language } et non dans leur langue : « Modifier » permet d'ajouter leur version.
    }
admin-announcements-card = En { $language } · { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    }
admin-announcements-no-version = Pas de version en { $language } : ces familles reçoivent le texte en { $original }.
admin-announcements-decide = L'envoyer ?
admin-announcements-send-now = Envoyer maintenant
admin-announcements-edit = Modifier
admin-announcements-discard = Jeter le brouillon
admin-announcements-discard-confirm = Oui : jeter ce brouillon ; le texte tapé sera perdu.
admin-announcements-discarded = Le brouillon a été jeté ; rien n'a été envoyé.
admin-announcements-drafts = Vos brouillons, pas encore envoyés
admin-announcements-sent = Annonces envoyées
admin-announcements-written = écrit le { $when }
admin-announcements-unread-title = { $who ->
        [people] { $count ->
            [one] Pas encore lue : { $count } personne
           *[other] Pas encore lue : { $count } personnes
        }
       *[families] { $count ->
            [one] Pas encore lue : { $count } famille
           *[other] Pas encore lue : { $count } familles
        }
    }
admin-announcements-unread-more = { $who ->
        [people] { $count ->
            [one] … et { $count } autre personne.
           *[other] … et { $count } autres personnes.
        }
       *[families] { $count ->
            [one] … et { $count } autre famille.
           *[other] … et { $count } autres familles.
        }
    }
