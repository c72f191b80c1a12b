"""Words people type instead of commands (WhatsApp has no slash menu): one table.

A message counts only when it is one of these words as a whole ("menu", "Merci !",
"/solde"), whatever its case and accents: a sentence is never a command. A word may
mean several things ("d'accord" thanks outside a dialog, and says yes at a confirmation
step); which one applies is the handler's business, through the `Said` filter.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from aiogram.filters import Filter
from aiogram.types import Message

from core.models import Member

# intent -> language -> words. Add a word here and every channel understands it. A
# feature's word opens what its menu button and command open, and only outside a dialog
# (its router registers it with StateFilter(None)); none may start anything that cannot
# be taken back: "payer" asks who, as /pay does.
WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "menu": {"fr": ("menu", "menu principal", "accueil"),
             "nl": ("menu", "hoofdmenu", "startmenu"),
             "en": ("menu", "main menu", "start menu", "home")},
    "help": {"fr": ("aide", "aidez-moi", "au secours"),  # "commandes": the orders
             "nl": ("hulp", "help", "helpen", "help mij", "hulp nodig", "ik heb hulp nodig",
                    "wat kan ik doen", "uitleg", "commando's"),
             "en": ("help", "help me", "commands")},
    "balance": {"fr": ("solde", "mon solde", "unités", "mes unités"),
                "nl": ("saldo", "mijn saldo", "eenheden", "mijn eenheden"),
                "en": ("balance", "my balance", "units", "my units")},
    # The features, as the main menu's buttons and the commands name them.
    "pay": {"fr": ("payer", "paiement", "payer des unités"),
            "nl": ("betalen", "betaling", "eenheden betalen"),
            "en": ("pay", "payment", "pay units")},
    "offers": {"fr": ("offres", "mes offres", "offres et demandes", "offres & demandes",
                      "services"),
               "nl": ("aanbod", "aanbod en vraag", "aanbod & vraag", "vraag en aanbod",
                      "diensten"),
               "en": ("offers", "offers and needs", "offers & needs", "services")},
    "week": {"fr": ("ma semaine", "semaine", "cette semaine"),
             "nl": ("mijn week", "week", "deze week"),
             "en": ("my week", "week", "this week")},
    "events": {"fr": ("événements", "événement", "activités", "mes événements"),
               "nl": ("activiteiten", "activiteit", "evenementen", "evenement"),
               "en": ("events", "event", "activities", "my events")},
    "orders": {"fr": ("commandes", "mes commandes", "achats groupés", "achat groupé"),
               "nl": ("bestellingen", "mijn bestellingen", "bestelling", "groepsaankopen",
                      "groepsaankoop"),
               "en": ("orders", "my orders", "group orders", "group order")},
    "cancel": {"fr": ("annuler", "annule", "annulez", "stop", "arrêter", "arrête", "arrêtez"),
               "nl": ("annuleren", "annuleer", "stop", "stoppen", "afbreken", "ophouden",
                      "laat maar", "laat maar zitten", "toch niet", "vergeet het"),
               "en": ("cancel", "stop", "quit", "abort")},
    "hello": {"fr": ("bonjour", "salut", "bonsoir", "coucou", "bonjour à tous", "bjr",
                     "hello"),
              "nl": ("hallo", "dag", "goedendag", "goeiedag", "goedemorgen", "goeiemorgen",
                     "goedemiddag", "goeiemiddag", "goedenavond", "goeienavond", "hoi", "hai",
                     "hey", "hallo allemaal", "dag allemaal"),
              "en": ("hello", "hi", "hey", "good morning", "good afternoon", "good evening")},
    "thanks": {"fr": ("merci", "merci beaucoup", "mercii", "super merci", "ok", "okay",
                      "ok merci", "d'accord", "parfait", "super"),
               "nl": ("dank je", "dank u", "dankje", "dankjewel", "dank je wel", "dankuwel",
                      "dank u wel", "bedankt", "super bedankt", "heel erg bedankt",
                      "hartelijk bedankt", "hartelijk dank", "merci", "merci veel", "ok", "oké",
                      "oke", "oké bedankt", "ok bedankt", "oké merci", "top", "super"),
               "en": ("thanks", "thank you", "thank you very much", "thx", "cheers",
                      "ok", "okay", "ok thanks", "great", "perfect")},
    # At a step with one obvious "yes" button (privacy consent, registration summary).
    "yes": {"fr": ("oui", "ouais", "d'accord", "j'accepte", "je confirme", "confirmer",
                   "accepter", "oui je confirme"),
            "nl": ("ja", "akkoord", "ja akkoord", "ik ga akkoord", "bevestigen", "ik bevestig",
                   "jawel", "ja graag", "ja hoor", "jazeker", "ja zeker", "zeker", "klopt",
                   "dat klopt", "ja klopt", "ja dat klopt"),
            "en": ("yes", "yep", "yeah", "agree", "i agree", "confirm", "i confirm")},
    # At a step whose buttons offer to skip or to go on with nothing more (registration's
    # contact details, "another child?"): what people type instead of tapping.
    "no": {"fr": ("non", "non merci", "passer", "je passe", "pas maintenant", "plus tard",
                  "c'est tout", "non c'est tout", "aucun", "aucune", "rien", "continuer"),
           "nl": ("nee", "neen", "nee dank je", "nee dank u", "nee bedankt", "nee merci",
                  "neen merci", "nee hoor", "liever niet", "overslaan", "niet nu", "nu niet",
                  "later", "dat is alles", "dat was het", "da's alles", "geen", "niets",
                  "verder"),
           "en": ("no", "nope", "no thanks", "no thank you", "skip", "not now", "later",
                  "that's all", "none", "nothing", "continue")},
}

# The languages as people name them where a language is asked (registration, /language):
# the code, the language's own name and its names in the other two languages.
LANGUAGE_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("fr", "français", "en français", "frans", "french"),
    "nl": ("nl", "nederlands", "in het nederlands", "néerlandais", "vlaams", "flamand",
           "dutch", "flemish"),
    "en": ("en", "english", "in english", "anglais", "engels"),
}

LONGEST = 40  # longer messages are sentences: not looked at
# A message of these alone (a thumbs-up to the school's message) says thanks; one of
# question marks alone asks for help. Other emoji (😡, 😢) mean nothing we could answer.
THANKS_EMOJI = frozenset("👍👌🙏👏🤝✅💪🙂😊😀😃😄😁🥰😍🤗❤♥💙💚💛🧡💜")
# What an emoji may carry besides itself: a variation selector, a joiner, a skin tone.
_EMOJI_VARIANTS = re.compile(r"[\ufe0f\u200d\U0001f3fb-\U0001f3ff\s]")
_NOT_IN_A_WORD = re.compile(r"[^\w' -]+")  # punctuation, emoji: "Merci !" "merci 🙏"


def normalized(text: str) -> str:
    """What a typed word is compared as: "  Arrêtez ! " and "arretez" alike."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_NOT_IN_A_WORD.sub(" ", text).split())


def _index() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for intent, languages in WORDS.items():
        for words in languages.values():
            for word in words:
                found.setdefault(normalized(word), set()).add(intent)
    return {word: frozenset(intents) for word, intents in found.items()}


INTENTS = _index()


def intents_of(text: str | None) -> frozenset[str]:
    """What a whole message means as a word ("Bonjour" -> hello), or nothing. A command
    made of a word ("/solde") means the same, with no arguments after it."""
    if not text or len(text) > LONGEST:
        return frozenset()
    if text.startswith("/"):
        text = text[1:].partition("@")[0]
        if not text or not text.isalpha():
            return frozenset()
    return INTENTS.get(normalized(text)) or _signs(text)


_LANGUAGES = {normalized(word): code for code, words in LANGUAGE_WORDS.items()
              for word in words}


def language_named(text: str | None) -> str | None:
    """The language a whole message names ("Nederlands", "FR", "francais", "Anglais"),
    whatever its case and accents, or None."""
    if not text or len(text) > LONGEST:
        return None
    return _LANGUAGES.get(normalized(text))


class NamesALanguage(Filter):
    """Passes a message that names a language, giving the handler its code as
    `language`."""

    async def __call__(self, message: Message) -> bool | dict[str, str]:
        code = language_named(message.text)
        return {"language": code} if code else False


def _signs(text: str) -> frozenset[str]:
    signs = _EMOJI_VARIANTS.sub("", text)
    if signs and set(signs) <= THANKS_EMOJI:
        return frozenset({"thanks"})
    return frozenset({"help"}) if signs and set(signs) <= {"?", "¿"} else frozenset()


class Said(Filter):
    """Passes a message that is one of these intents' words, from a member (a stranger's
    words go to registration); `anyone=True` lets strangers' words through too."""

    def __init__(self, *intents: str, anyone: bool = False) -> None:
        unknown = set(intents) - WORDS.keys()
        assert not unknown, f"no words for {unknown}"
        self.intents, self.anyone = frozenset(intents), anyone

    async def __call__(self, message: Message, member: Member | None = None,
                       **_: Any) -> bool:
        if member is None and not self.anyone:
            return False
        return bool(intents_of(message.text) & self.intents)
