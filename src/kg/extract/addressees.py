"""Whom speech is aimed at, when no verb says so: "in an interview with Bloomberg", "said in a letter
to the prime minister", and the broadcaster a programme belongs to ("told BBC1's Breakfast with Frost").

Parsed tokens in → `Addressed` candidates (tokens, not entities); the caller resolves their ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.clause_subjects import clause_subject
from kg.extract.grammar import SAYING_VERBS, preposition_object

#: Nouns of a message and the preposition before whom it is for: "an interview with Bloomberg",
#: "a letter to Rishi Sunak"; and the relation the speaker then has with that actor.
MESSAGE_NOUNS = {
    "interview": ("with", "give_interview_to"),
    "letter": ("to", "write_to"),
    "comments": ("to", "say"),
    "article": ("for", "write_in"),
    "remarks": ("to", "say"),
}
#: Prepositions that set a message in the clause of the one who gave it: "said in an interview",
#: "During an interview with Bloomberg, Rutte was asked".
_CARRYING = frozenset({"in", "during", "through"})
#: Where a programme is named as the place of speech: "told BBC1's Breakfast with Frost",
#: "Speaking on BBC Radio Scotland's Sunday Live programme", "On the BBC's Breakfast with Frost".
_ON_AIR = frozenset({"on", "to"})
AIRING_VERBS = SAYING_VERBS | frozenset({"speak", "appear", "interview"})
SHOW_NOUNS = frozenset({"programme", "program", "show", "bulletin"})
#: Last words of a body's or a meeting's name, never a programme's: "Labour's National Executive
#: Committee", "the UN's Security Council", "Tesco's Annual General Meeting".
NOT_SHOWS = frozenset(
    """council committee executive board commission court conference congress assembly forum meeting summit
    convention session party union forces army parliament cabinet group association federation authority
    agency office ministry department bank fund institute""".split()
)
#: Verbs whose subject spoke on the programme after "on": "said on …", "Asked on …, Mr Byers said".
_ON_AIR_VERBS = frozenset({"speak", "say", "ask", "interview"})


@dataclass(frozen=True, slots=True)
class Addressed:
    """A speaker and the actor their message was for: tokens of both ends and the clause's verb."""

    speaker: Token
    predicate: str
    addressee: Token
    verb: Token
    words: str


def message_addressees(noun: Token) -> Iterator[Addressed]:
    """ "In an interview with the Financial Times, Olaf Scholz warned China" → (Scholz, give_interview_to,
    Financial Times), as "said in a BBC interview"; "He said in a letter to Rishi Sunak that …" → (he,
    write_to, Rishi Sunak); "said in an article for the Guardian" → (he, write_in, Guardian)."""
    rule = MESSAGE_NOUNS.get(noun.lower_)
    if rule is None or noun.dep_ != "pobj" or noun.head.lower_ not in _CARRYING:
        return
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return
    preposition, predicate = rule
    addressee = next(
        (preposition_object(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == preposition), None
    )
    if addressee is None and predicate == "give_interview_to":
        # "said in a BBC interview": the broadcaster's name before the noun
        addressee = next((c for c in noun.children if c.dep_ in ("compound", "nmod") and c.ent_type_ == "ORG"), None)
    if predicate == "write_in" and (addressee is None or addressee.pos_ != "PROPN"):
        return  # "an article for Labour members" is for readers, not in a publication
    speaker = _speaker_of(verb)
    if addressee is None or speaker is None:
        return
    yield Addressed(speaker, predicate, addressee, verb, f"{noun.head.text} {noun.text} {preposition}")


def _speaker_of(verb: Token) -> Token | None:
    """The one the clause is about, spoken to or speaking: "Rutte was asked" is Rutte's interview."""
    subject = clause_subject(verb)
    if subject is not None:
        return subject
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def on_air_speaker(programme: Token) -> Token | None:
    """Who spoke on a programme: "Speaking on BBC Radio Scotland's Sunday Live programme, Ms Jamieson
    said …" → Ms Jamieson (the subject the participle takes from its clause); "Mr Milburn said on BBC
    One's Politics Show …", "Asked on Radio 4's Today programme whether …, Mr Byers said" → the one
    who spoke or was asked; or None."""
    if programme.dep_ != "pobj" or programme.head.lower_ != "on":
        return None
    verb = programme.head.head
    if verb.lemma_.lower() not in _ON_AIR_VERBS:
        return None  # "Appearing on …" is read by the relation rules
    if verb.pos_ == "NOUN":  # "In an interview on Radio 4's Today programme, Mr Darling said"
        if verb.dep_ != "pobj" or verb.head.lower_ not in _CARRYING or verb.head.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = verb.head.head
    return _speaker_of(verb)


def programme_owner(programme: Token) -> Token | None:
    """The broadcaster of a programme named with a possessive where speech is aired: "told BBC1's
    Breakfast with Frost" → BBC1 (the programme's owner word), or None."""
    owner = next((c for c in programme.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None or programme.lower_ in NOT_SHOWS:
        return None
    head = programme.head
    if programme.dep_ in ("dobj", "dative") and airing_verb(head):
        return owner
    if programme.dep_ == "pobj" and head.lower_ in _ON_AIR:
        aired = airing_verb(head.head) or programme.lemma_.lower() in SHOW_NOUNS
        return owner if aired else None  # "listed on the NYSE's Nasdaq index" is no programme
    return None


def airing_verb(verb: Token) -> bool:
    """A verb of speech, or a question "put to" someone ("On the BBC's Breakfast with Frost it was put
    to Mr Kinnock that …")."""
    lemma = verb.lemma_.lower()
    if lemma in AIRING_VERBS:
        return True
    return lemma == "put" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
