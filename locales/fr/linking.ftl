linking-code =
    🔗 Votre code : { $code }
    Dans votre autre messagerie (WhatsApp ou Telegram), envoyez à SchoolHub : /link { $code }
    Il fonctionne une fois, dans les { $minutes } minutes.
linking-done = ✅ C'est relié ! { $name }, vous pouvez maintenant utiliser SchoolHub ici aussi : même profil, mêmes enfants et unités.
linking-code-invalid = Ce code de liaison est inconnu, déjà utilisé ou expiré. Demandez-en un nouveau avec /link dans l'application où vous êtes inscrit·e.
linking-already-registered = Cette conversation est déjà inscrite à SchoolHub.
