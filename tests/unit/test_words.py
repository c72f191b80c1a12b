"""Words typed instead of commands: whole messages only, any case or accent."""

from handlers.words import INTENTS, WORDS, intents_of


def test_a_whole_word_in_any_case_or_accent_means_its_intent() -> None:
    assert intents_of("Menu") == {"menu"}
    assert intents_of("  ARRÊTEZ ! ") == intents_of("arretez") == {"cancel"}
    assert intents_of("Merci 🙏") == {"thanks"}
    assert intents_of("d’accord") == {"thanks", "yes"}  # which applies: the step decides
    assert intents_of("/solde") == intents_of("/solde@schoolhub_bot") == {"balance"}


def test_a_sentence_or_a_command_with_arguments_is_no_word() -> None:
    for text in ("quel est mon solde ?", "menu please now", "/solde 12", "", None,
                 "Bonjour, voici mon code XU2A4RHQ", "stop" * 20):
        assert intents_of(text) == frozenset(), text


def test_every_intent_has_words_in_every_language() -> None:
    for intent, languages in WORDS.items():
        assert set(languages) == {"fr", "nl", "en"}, intent
        assert all(languages.values()), intent


def test_a_thumbs_up_alone_says_thanks_and_a_question_mark_alone_asks_for_help() -> None:
    assert intents_of("👍") == intents_of("👍🏽 👍🏽") == intents_of("❤️") == {"thanks"}
    assert intents_of("?") == intents_of(" ?? ") == {"help"}
    for text in ("😡", "😢", "?!", "a👍", "/?"):  # nothing we could answer kindly
        assert intents_of(text) == frozenset(), text


def test_what_flemish_parents_type_is_understood() -> None:
    """Words heard from Brussels' Dutch-speaking parents that fell through to "Dat begreep
    ik niet": a greeting, a thanks, a never-mind, a yes to a summary, a no thanks."""
    assert intents_of("Goeiedag!") == intents_of("goeienavond") == {"hello"}
    assert intents_of("Merci veel 🙏") == intents_of("dankje") == {"thanks"}
    assert intents_of("Laat maar") == intents_of("toch niet") == {"cancel"}
    assert intents_of("Klopt") == intents_of("ja graag") == intents_of("Jazeker!") == {"yes"}
    assert intents_of("Nee merci") == intents_of("nee hoor") == {"no"}
    assert intents_of("wat kan ik doen?") == {"help"}


def test_a_feature_typed_by_its_name_means_that_feature_in_every_language() -> None:
    for intent, words in (("pay", ("payer", "Betalen", "pay")),
                          ("offers", ("offres", "aanbod", "Diensten", "offers & needs")),
                          ("events", ("événements", "EVENEMENTS", "activiteiten", "Events!")),
                          ("orders", ("commandes", "bestellingen", "Achats groupés",
                                      "orders", "/commandes"))):
        for word in words:
            assert intents_of(word) == {intent}, word
    # A word names one thing: "commandes" are the orders; /help lists the commands.
    assert all(len(intents) == 1 for word, intents in INTENTS.items() if word != "d'accord")
    for text in ("payer Jan 30", "betalen aan Jan", "/pay Jan 30", "mes commandes de pizza"):
        assert intents_of(text) == frozenset(), text
