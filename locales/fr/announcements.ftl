## Annonces.

announcements-message =
    { $urgent ->
        [yes] 🚨 URGENT — de { $author } :
       *[no] 📣 De { $author } :
    }
    { $text }
announcements-read = 👍 Lu
announcements-thanks = Merci, c'est noté comme lu.
announcements-already-read = Déjà noté comme lu.
announcements-status =
    📊 { $who ->
        [people] Annonce à { $recipients ->
            [one] { $recipients } personne
           *[other] { $recipients } personnes
        } :
       *[families] Annonce à { $families ->
            [one] { $families } famille
           *[other] { $families } familles
        } ({ $recipients ->
            [one] { $recipients } personne
           *[other] { $recipients } personnes
        }) :
    }
    ⏳ en file { $queued } · ✅ envoyées { $sent } · ⚠️ échecs { $failed } · 🚫 bloquées { $blocked }
    👍 lue par { $who ->
        [people] { $read ->
            [one] { $read } personne
           *[other] { $read } personnes
        }
       *[families] { $read ->
            [one] { $read } famille
           *[other] { $read } familles
        }
    } sur { $families }
announcements-status-refresh = 🔄 Actualiser
announcements-status-unread = 👀 Pas encore lue
announcements-status-resend = 🔁 Leur renvoyer
announcements-status-cancel = 🛑 Arrêter l'envoi
announcements-ask-audience = 📣 Nouvelle annonce. Qui doit la recevoir ?
announcements-audience-school = 🏫 Toute l'école
announcements-audience-classes = 🏷 Certaines classes
announcements-audience-reps = 🧑‍🤝‍🧑 Délégué·e·s de classe
announcements-audience-admins = 🛠 Administrateur·rice·s
announcements-ask-classes =
    Quelles classes ? Touchez-les, puis Terminé. ({ $chosen ->
        [one] { $chosen } choisie
       *[other] { $chosen } choisies
    })
announcements-to-class = 📣 Pour les familles de { $klass }.
announcements-ask-text = Tapez l'annonce (jusqu'à 3 500 caractères). Pour joindre une photo ou un document, envoyez-le avec le texte en légende.
announcements-ask-versions = Ajouter une version dans une autre langue ? Chaque famille reçoit sa langue, ou la vôtre à défaut.
announcements-add-version = ➕ En { $language }
announcements-no-more-versions = Continuer
announcements-ask-version-text = Tapez la version en { $language }.
announcements-ask-urgent = Est-ce urgent ? Les annonces urgentes partent tout de suite, même la nuit ; les autres attendent le matin.
announcements-urgent = 🚨 Urgent
announcements-normal = Pas urgent
announcements-preview =
    Aperçu — voici ce que { $who ->
        [people] { $count ->
            [one] { $count } personne recevra
           *[other] { $count } personnes recevront
        }
       *[families] { $count ->
            [one] { $count } famille recevra
           *[other] { $count } familles recevront
        }
    } (langues : { $versions }) :

    { $preview }
announcements-send = 📣 Envoyer
announcements-queued = ✅ Envoi à { $who ->
        [people] { $count ->
            [one] { $count } personne
           *[other] { $count } personnes
        }
       *[families] { $count ->
            [one] { $count } famille
           *[other] { $count } familles
        }
    }. Les chiffres ci-dessous suivent la distribution.
announcements-queued-later = 🌙 Prête pour { $who ->
        [people] { $count ->
            [one] { $count } personne
           *[other] { $count } personnes
        }
       *[families] { $count ->
            [one] { $count } famille
           *[other] { $count } familles
        }
    } : elle n'est pas urgente, elle partira donc après les heures calmes, le { $when }. Les chiffres ci-dessous suivent la distribution ; 🛑 Arrêter l'envoi la retient encore jusque-là.
announcements-unread =
    👀 Pas encore lue par { $who ->
        [people] { $count ->
            [one] { $count } personne
           *[other] { $count } personnes
        }
       *[families] { $count ->
            [one] { $count } famille
           *[other] { $count } familles
        }
    } :
    { $names }
announcements-unread-line = { $name } ({ $classes })
announcements-unread-more = { $who ->
        [people] { $count ->
            [one] … et { $count } autre personne.
           *[other] … et { $count } autres personnes.
        }
       *[families] { $count ->
            [one] … et { $count } autre famille.
           *[other] … et { $count } autres familles.
        }
    }
announcements-resent = 🔁 Renvoyée à { $who ->
        [people] { $count ->
            [one] { $count } personne qui ne l'a
           *[other] { $count } personnes qui ne l'ont
        }
       *[families] { $count ->
            [one] { $count } famille qui ne l'a
           *[other] { $count } familles qui ne l'ont
        }
    } pas encore lue.
announcements-cancelled = 🛑 Arrêté : { $count ->
        [one] { $count } message n'a
       *[other] { $count } messages n'ont
    } pas été envoyé(s). Ceux déjà distribués le restent.

announcements-cancelled-delivered = 🛑 Elle était déjà partie chez tout le monde : il n'y avait plus rien à retenir. Ses rappels sont arrêtés : elle ne peut plus être renvoyée à ceux qui ne l'ont pas lue.
announcements-read-not-yours = Cette annonce ne vous a pas été envoyée : elle ne peut pas être marquée comme lue ici. Rien n'a été noté.
announcements-mine =
    📋 Vos annonces (page { $page } sur { $pages }) — touchez-en une pour la voir :
    { $lines }
announcements-mine-line = { $number }. { $date } · « { $words } »{ $mine ->
        [yes] {""}
       *[no] {" "}par { $author }
    } · { $poll ->
        [yes] 🗳 { $read } { $who ->
            [people] { $families ->
                [one] sur { $families } personne a répondu
               *[other] sur { $families } personnes ont répondu
            }
           *[families] { $families ->
                [one] sur { $families } famille a répondu
               *[other] sur { $families } familles ont répondu
            }
        }
       *[no] 👍 lue par { $who ->
            [people] { $read ->
                [one] { $read } personne
               *[other] { $read } personnes
            }
           *[families] { $read ->
                [one] { $read } famille
               *[other] { $read } familles
            }
        } sur { $families }
    }{ $stopped ->
        [yes] {" "}· 🛑 arrêtée
       *[no] {""}
    }
announcements-mine-empty = 📋 Vous n'avez encore envoyé aucune annonce. /announce en écrit une.
announcements-card =
    📣 Envoyée le { $date }{ $mine ->
        [yes] {""}
       *[no] {" "}par { $author }
    } à : { $audience }{ $stopped ->
        [yes] {" "}(🛑 arrêtée)
       *[no] {""}
    }
    { $text }

announcements-authors-only = Seuls les délégué·e·s de classe et les administrateur·rice·s peuvent envoyer des annonces.
announcements-rep-own-classes = En tant que délégué·e de classe, vous ne pouvez écrire qu'à vos propres classes.
announcements-pick-classes = Choisissez au moins une classe.
announcements-text-invalid = Tapez un texte de 1 à { $max } caractères.
announcements-not-found = Cette annonce n'existe pas ou n'est pas la vôtre.
announcements-manage-refused = Seuls l'auteur·rice de cette annonce, les délégué·es de chacune de ses classes et les administrateurs de l'école peuvent voir qui l'a lue, la renvoyer ou l'arrêter. Rien n'a été fait.
announcements-resend-no-longer-rep = Votre rôle a changé : vous ne pouvez plus écrire à tous ceux à qui cette annonce est allée, elle ne peut donc plus être renvoyée en votre nom. Rien n'a été envoyé. Vous pouvez encore l'arrêter ; les délégué·es de ses classes ou un·e administrateur·rice peuvent relancer ceux qui ne l'ont pas lue.
# To an announcement's author, when a rep of all its classes or an admin re-sent it to those who have not read it, or stopped it.
announcements-manager-did = { $what ->
        [stopped] 🛑 { $name } ({ events-manager-role }) a arrêté votre annonce du { $date } (« { $words } ») : { $count ->
            [0] elle était déjà partie chez tout le monde, et ne sera plus renvoyée.
            [one] { $count } message en attente a été retenu.
           *[other] { $count } messages en attente ont été retenus.
        }
       *[reminded] 🔁 { $name } ({ events-manager-role }) a renvoyé votre annonce du { $date } (« { $words } ») à { $who ->
            [people] { $count ->
                [one] { $count } personne qui ne l'a
               *[other] { $count } personnes qui ne l'ont
            }
           *[families] { $count ->
                [one] { $count } famille qui ne l'a
               *[other] { $count } familles qui ne l'ont
            }
        } pas encore lue.
    }
announcements-already-sent = Cette annonce a déjà été envoyée.
announcements-already-cancelled = Cette annonce a déjà été arrêtée.
announcements-already-resent = Un rappel vient de leur être envoyé ; rien n'a été renvoyé.
announcements-preview-attachment = 📎 En pièce jointe : { $name }
announcements-still-waiting = ⏳ Rien n'a été renvoyé : { $count ->
        [one] { $count } message attend
       *[other] { $count } messages attendent
    } encore de partir (ce qui n'est pas urgent attend la fin des heures calmes). Un rappel maintenant leur arriverait deux fois.
announcements-everyone-read = 👍 Tout le monde l'a lue : personne à qui la rappeler.

## A family's private reply to an announcement, and the answers back.
announcements-reply = 💬 Répondre
announcements-answer = ↩️ Lui répondre
announcements-reply-ask = 💬 Écrivez votre message pour { $name } au sujet de l'annonce du { $date } (« { $words } ») : un seul message, de { $max } caractères au plus. Je le transmettrai en privé, sans votre numéro de téléphone ni votre e-mail. /cancel pour arrêter.
announcements-reply-sent = { $later ->
        [yes] 🌙 Votre message pour { $name } est prêt : il partira après les heures calmes, le { $when }.
       *[no] ✅ Votre message a été transmis à { $name }.
    }
# Relayed through the outbox, in the reader's language; never the writer's phone or e-mail.
announcements-reply-message =
    💬 { $name }{ $has_children ->
        [yes] , parent de { $children } ({ $classes }),
       *[no] {""}
    } écrit au sujet de l'annonce du { $date } (« { $words } ») :
    { $text }
announcements-reply-invalid = Écrivez un message de 1 à { $max } caractères (ou /cancel pour arrêter). Rien n'a été envoyé.
announcements-reply-text-only = Seul un texte écrit peut être transmis : tapez votre message (ou /cancel pour arrêter). Rien n'a été envoyé.
announcements-reply-not-yours = Ce bouton ne vous était pas destiné : aucun message ne peut passer par lui. Rien n'a été envoyé.
announcements-reply-gone = Cette personne n'est plus inscrite à l'école : votre message ne peut plus l'atteindre. Rien n'a été envoyé.
announcements-reply-nobody = L'auteur de cette annonce n'est plus inscrit à l'école, et personne d'autre n'en répond : votre message ne peut pas être transmis. Rien n'a été envoyé. Adressez-vous directement à l'école.
announcements-reply-family-only = Cette annonce a été écrite par quelqu'un de votre propre famille, et personne d'autre n'en répond : votre message ne peut pas être transmis. Rien n'a été envoyé. Adressez-vous directement à l'école.
