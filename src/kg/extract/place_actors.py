"""A place name read where it stands in its sentence: a government or body that acts ("Beijing said",
"talks with Moscow"), or a place one goes to ("travel to Llanelli"). Tokens and names in → the
mention's name and type."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from kg.countries import country_name as _country_name
from kg.countries import stands_for as _stands_for
from kg.extract.grammar import hyphen_doer

#: The country and metonym tables are looked up for the same few names in every article.
country_name = lru_cache(maxsize=8192)(_country_name)
stands_for = lru_cache(maxsize=8192)(_stands_for)

#: Prepositions after which a place is where something happened, not who did it.
_PLACE_PREPOSITIONS = frozenset(
    "in at to from into near across through inside outside around within towards toward via beyond throughout".split()
)


#: Verbs whose object is a place one goes to or leaves.
_MOTION_VERBS = frozenset(
    (
        "visit tour enter leave reach quit fly travel return arrive head move flee storm capture bomb shell besiege "
        "evacuate"
    ).split()
)


#: Verbs whose object is a place chosen for something: "Air China has chosen London for its listing".
_CHOOSING_VERBS = frozenset({"choose", "pick", "select"})


def acts(token) -> bool:
    """True when a place name stands where an actor would: a clause's subject or object, an
    agent, or after a preposition that does not say where ("talks with Moscow"), or joined by "and"
    to one that does."""
    if token.dep_ in ("nsubj", "nsubjpass", "dative", "poss") or hyphen_doer(token):
        return True  # … or "Moscow-backed candidate": Moscow backs him
    if token.dep_ == "conj" and token.head is not token and token.head.pos_ == "PROPN":
        return acts(token.head)  # "Tokyo and Seoul agreed": the second name stands where the first does
    if token.dep_ == "dobj":  # "visited Moscow", "left London": a destination, not a government
        return token.head.lemma_.lower() not in _MOTION_VERBS | _CHOOSING_VERBS
    if token.dep_ == "pobj":
        prep = token.head
        if prep.lower_ == "of" and prep.head.lower_ in ("mayor", "governor", "people", "citizens", "residents"):
            return False  # "the Mayor of London": the city itself
        if prep.lower_ in ("from", "to") and _envoy_posting(prep.head):
            return True  # "recalled its ambassador from London": the state the envoy was sent to
        return prep.dep_ == "agent" or prep.lower_ == "by" or prep.lower_ not in _PLACE_PREPOSITIONS
    return False


#: Nouns of a state's envoy, whose posting "from" or "to" a capital names a state.
_ENVOYS = frozenset({"ambassador", "envoy", "consul", "chargé", "diplomat", "diplomats", "ambassadors", "envoys"})


def _envoy_posting(head: Token) -> bool:
    """True for an envoy noun, or a verb whose object is one: "its ambassador to Washington", "withdrew
    its ambassador from Madrid"."""
    if head.lower_ in _ENVOYS:
        return True
    return head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ in _ENVOYS for c in head.children)


def destination(token) -> bool:
    """True for the word after "to", "from" or "into" a verb of going hangs: "travel to Llanelli"."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ in ("to", "from", "into")
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() in _MOTION_VERBS
    )


def acting_capital(word: Token) -> tuple[str, str] | None:
    """The actor a one-word name the tagger read as a person stands for, where it acts: "Kyiv would
    not negotiate" is Ukraine's government."""
    return stands_for(word.text) if acts(word) else None


def one_word_place(word: Token) -> bool:
    """True when a one-word name the tagger read as a person is a place: one a journey goes to ("had
    to travel to Llanelli") or a capital ("expected to travel to Niamey")."""
    return destination(word) or stands_for(word.text) is not None


def _among_countries(ent: Span) -> bool:
    """True when a name is coordinated with a country's name: "Mali" of "Mali and Burkina Faso" (a one-word
    name alone may be a person's: "Chad", "Jordan")."""
    root = ent.root
    for other in root.conjuncts:
        words = [c for c in other.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if country_name(ent.doc[min((c.i for c in words), default=other.i) : other.i + 1].text) is not None:
            return True
    return False


def country_or_actor(name: str, entity_type: str, ent: Span, words: int, titled: bool) -> tuple[str, str]:
    """The name and type of a mention once its place names are read: a country's full name is the
    country, whatever the tagger said ("with Mali and Burkina Faso"), and a place that acts is the
    government or body it stands for ("Beijing said", "the Kremlin denied").

    Args:
        name: the mention's clean name; entity_type: its type so far.
        ent: the tagged span; words: how many words the clean name has; titled: a title came before it.
    """
    if (
        entity_type == "Person"
        and (words > 1 or _among_countries(ent))
        and not titled
        and country_name(name) is not None
    ):
        entity_type = "Location"  # "with Mali and Burkina Faso": no person has a country's full name
    if entity_type in ("Location", "Group", "Organization"):
        # a people's adjective names its country whatever the tagger typed it: "a ban on Ukrainian grain"
        country = country_name(name, demonyms=entity_type == "Group" or ent.root.dep_ == "amod")
        if country is not None:
            name, entity_type = country, "Country"
        elif entity_type in ("Location", "Organization") and acts(ent.root):
            actor = stands_for(name)  # "Beijing said", "accused Budapest", "Brussels warned", "the Kremlin denied"
            if actor is not None and (entity_type == "Location" or actor[1] != "Country"):
                name, entity_type = actor
    return name, entity_type
