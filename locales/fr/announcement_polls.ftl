## Quick polls on announcements: choices added at the preview, one answer per family.

announcements-poll-add = 📊 Ajouter des choix
announcements-poll-remove = 📊 Retirer les choix
announcements-poll-ask = 📊 Tapez les choix proposés aux familles, un par ligne : de { $min } à { $max } choix, chacun de { $length } caractères au plus (par exemple « Sam 12 », « Sam 19 », « Sam 26 »). /cancel pour revenir à l'aperçu.
announcements-poll-count = Tapez de { $min } à { $max } choix, un par ligne (il y en avait { $count }). Rien n'a été changé ; tapez-les à nouveau, ou /cancel pour revenir à l'aperçu.
announcements-poll-empty-line = La ligne { $line } est vide : tapez un choix par ligne, sans ligne vide. Rien n'a été changé.
announcements-poll-too-long = Le choix { $line } compte { $length } caractères : chaque choix en a { $max } au plus. Rien n'a été changé ; tapez-les à nouveau, plus courts.
announcements-poll-twice = « { $choice } » apparaît deux fois : chaque choix doit être différent. Rien n'a été changé.
announcements-poll-preview =
    📊 Chaque famille répond en touchant un de ces choix :
    { $choices }
announcements-poll-choice = { $choice }
announcements-poll-noted = ✅ C'est noté : { $choice } — vous pouvez changer votre réponse jusqu'à la fin du sondage.
announcements-poll-same = Déjà noté : { $choice }. Rien n'a changé.
announcements-poll-your-answer = Votre réponse : { $choice }
announcements-poll-not-yours = Ce sondage ne vous a pas été envoyé : vous ne pouvez pas y répondre ici. Rien n'a été noté.
announcements-poll-closed = Ce sondage est terminé : les réponses sont closes. Rien n'a été noté.
announcements-poll-choice-gone = Ce choix ne fait pas partie de ce sondage. Rien n'a été noté.
announcements-poll-tally = 🗳 { $tally } — { $answered } { $who ->
        [people] { $families ->
            [one] sur { $families } personne a répondu
           *[other] sur { $families } personnes ont répondu
        }
       *[families] { $families ->
            [one] sur { $families } famille a répondu
           *[other] sur { $families } familles ont répondu
        }
    }
announcements-status-unanswered = 👀 Pas encore répondu
announcements-poll-unanswered =
    👀 Pas encore de réponse de { $who ->
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
announcements-poll-resent = 🔁 Renvoyé à { $who ->
        [people] { $count ->
            [one] { $count } personne qui n'a
           *[other] { $count } personnes qui n'ont
        }
       *[families] { $count ->
            [one] { $count } famille qui n'a
           *[other] { $count } familles qui n'ont
        }
    } pas encore répondu.
# The author's notice when a rep of its classes or an admin re-sends their poll.
announcements-poll-manager-reminded = 🔁 { $name } ({ events-manager-role }) a renvoyé votre sondage du { $date } (« { $words } ») à { $who ->
        [people] { $count ->
            [one] { $count } personne qui n'y a
           *[other] { $count } personnes qui n'y ont
        }
       *[families] { $count ->
            [one] { $count } famille qui n'y a
           *[other] { $count } familles qui n'y ont
        }
    } pas encore répondu.
announcements-poll-manager-stopped = 🛑 { $name } ({ events-manager-role }) a arrêté votre sondage du { $date } (« { $words } ») : il ne prend plus de réponses, { $count ->
        [0] et il était déjà parti chez tout le monde.
        [one] et { $count } message en attente a été retenu.
       *[other] et { $count } messages en attente ont été retenus.
    }
announcements-poll-everyone-answered = 🗳 Tout le monde a répondu : personne à qui le rappeler.
announcements-poll-stopped = 🗳 Le sondage est clos : une famille qui touche un choix apprend qu'il est terminé, et rien n'est noté. Les réponses déjà données restent dans le décompte.
# In a class group's post: the bot answers nothing in groups.
announcements-poll-in-group = 📊 Répondez dans votre conversation privée avec le bot.

## The panel's page of a poll.
admin-announcements-poll-title = Réponses
# Under a poll's buttons in the panel's preview, when WhatsApp shows them as a list.
admin-announcements-poll-whatsapp-list = Sur WhatsApp, ces choix arrivent sous forme de liste, derrière le bouton « { $button } ».
admin-announcements-poll-answered = { $answered } { $who ->
        [people] { $families ->
            [one] sur { $families } personne a répondu
           *[other] sur { $families } personnes ont répondu
        }
       *[families] { $families ->
            [one] sur { $families } famille a répondu
           *[other] sur { $families } familles ont répondu
        }
    } (une réponse par famille : la dernière réponse d'un parent remplace celle de l'autre).
admin-announcements-unanswered-title = { $who ->
        [people] { $count ->
            [one] Pas encore répondu : { $count } personne
           *[other] Pas encore répondu : { $count } personnes
        }
       *[families] { $count ->
            [one] Pas encore répondu : { $count } famille
           *[other] Pas encore répondu : { $count } familles
        }
    }
admin-announcements-poll-remind-help = { $who ->
        [people] { $count ->
            [one] { $count } personne n'a pas encore répondu : elle la reçoit à nouveau dans la conversation, de la part de son auteur.
           *[other] { $count } personnes n'ont pas encore répondu : elles la reçoivent à nouveau dans la conversation, de la part de son auteur.
        }
       *[families] { $count ->
            [one] { $count } famille n'a pas encore répondu : ses parents la reçoivent à nouveau dans la conversation, de la part de son auteur.
           *[other] { $count } familles n'ont pas encore répondu : leurs parents la reçoivent à nouveau dans la conversation, de la part de son auteur.
        }
    }
admin-announcements-poll-remind = Relancer ceux qui n'ont pas répondu
admin-announcements-poll-reminded = { $who ->
        [people] { $count ->
            [one] Renvoyé à { $count } personne qui n'y a pas répondu.
           *[other] Renvoyé à { $count } personnes qui n'y ont pas répondu.
        }
       *[families] { $count ->
            [one] Renvoyé à { $count } famille qui n'y a pas répondu.
           *[other] Renvoyé à { $count } familles qui n'y ont pas répondu.
        }
    }
admin-announcements-poll-all-answered = Tout le monde y a répondu : il n'y a personne à relancer.
