"""What a noun names that makes its owner, maker or holder the actor a clause reaches: an event made
by someone ("the steps that Ukraine was taking"), a state's own thing ("the Iranian programme"), an
envoy of a state, a part of whose things ("six of Apple's patents"), a body named beside a title.

Noun tokens (and the doc's argument index) in → the owning token or entity, or a yes or no.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import ArgumentIndex
from kg.extract.clause_subjects import clause_subject
from kg.extract.grammar import EVENT_SUFFIXES, EVENT_WORDS, SPEECH_NOUNS
from kg.extract.participants import INQUIRIES, RECEIVING_VERBS
from kg.extract.relied_on import RELYING
from kg.extract.titles import title_predicate
from kg.model import Entity

#: Prepositions after an event or a word said that name who made it: "rejected a plea by Lord
#: Falconer", "responding to a question from Mr Davis".
_AUTHOR_PREPS = frozenset({"by", "from"})
#: Verbs of heading something: "chairs the Senate's finance committee" heads a part, not the Senate.
_HEADING_VERBS = frozenset({"chair", "head", "lead", "run", "manage", "direct", "oversee"})
#: What heading makes one the head of its owner: "chairs the company's board".
_WHOLE_BODIES = frozenset({"board"})

#: Verbs of a relative clause that say nothing of whose its noun is: "the man that Labour is".
_NOT_OWNING = frozenset({"be", "become", "seem", "remain", "say", "call", "describe", "name", "know"})


#: Nouns for people, whom a relative clause picks out rather than owns: "the man that Labour chose".
_PERSON_NOUNS = frozenset(
    """man woman person people boy girl child official candidate figure friend ally rival successor predecessor
    member nominee choice pick""".split()
)


_QUANTIFIERS = frozenset("every each any many most some all few".split())


def made_by(clause: Token, noun: Token) -> Token | None:
    """The named subject of a relative clause whose object is its noun: "the steps that Ukraine was
    taking", "a plant that Renault runs", "payments that Pemex could not make" (not "the day that Kraft
    bought Cadbury": the clause has its own object; nor a title: "the minister that Labour appointed")."""
    if (
        noun.pos_ != "NOUN"
        or clause.pos_ != "VERB"
        or clause.lemma_.lower() in _NOT_OWNING
        or title_predicate([noun.text]) is not None
        or noun.lemma_.lower() in _PERSON_NOUNS
        or any(c.dep_ in ("dobj", "nsubjpass", "attr") and c.lower_ not in ("that", "which") for c in clause.children)
    ):
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or any(c.lower_ in _QUANTIFIERS for c in subject.children):
        return None  # "the pipes that every Kenyan uses": one of a people, not the country
    return subject


#: What a body or a leader puts to a vote or a deal, or in force, whose author is the one voted for or
#: against: "voted against the budget proposed by Mr Trump", "approved Labour's bill", "voted against
#: Mr Trump's tariffs".
PROPOSALS = frozenset(
    """budget bill plan plans proposal proposals motion law legislation reform reforms amendment amendments
    resolution measure measures package tariff tariffs sanction sanctions ban policy policies""".split()
)


#: What a state has that no one else does: "halt the Iranian nuclear programme" acts on Iran.
STATE_THINGS = frozenset(
    """programme program regime military army navy forces troops economy embassy consulate airspace border
    territory waters currency authorities""".split()
)


#: Nouns of what a body grants and may withdraw, whose owner is the one cut off: "cut off its access".
_GRANTS = frozenset(
    "access connection licence license contract contracts funding permit accreditation membership".split()
)


#: Words that name a part of what follows "of": "six of its patents", "some of Apple's designs".
_PARTS = frozenset("some many most all several both none one part half much few".split())


def partitive(token: Token) -> Token | None:
    """The noun after "of" that a number or a word of quantity in object position takes a part of:
    "six of Apple's patents" → patents."""
    if token.dep_ != "dobj" or not (token.pos_ == "NUM" or token.lower_ in _PARTS):
        return None
    return next(
        (n for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for n in p.children if n.pos_ == "NOUN"),
        None,
    )


def cut_off(noun: Token, owner: Token) -> bool:
    """True for "its"/"their" before a grant the verb acts on: "Safaricom suspended its connection to M-Pesa"
    (its: the start-up's), "the regulator revoked their licence"."""
    return owner.lower_ in ("its", "their") and noun.lemma_.lower() in _GRANTS


#: Nouns of someone who stands for a state abroad or across a table: "the Russian ambassador".
ENVOYS = frozenset({"ambassador", "envoy", "consul", "counterpart", "counterparts"})


def state_of_envoy(index: ArgumentIndex, noun: Token) -> tuple[Entity, Token] | None:
    """The state an envoy stands for, by its adjective or as owner: "the Russian ambassador" → Russia,
    "Britain's envoy" → the United Kingdom, "his American counterpart" → the United States."""
    if noun.lemma_.lower() not in ENVOYS and noun.lower_ not in ENVOYS or noun.dep_ not in ("dobj", "pobj"):
        return None
    for child in noun.children:
        if child.dep_ in ("amod", "poss", "compound") and child.i in index.by_token:
            state = index.by_token[child.i]
            if state.type == "Country":
                return state, child
    return None


#: Nouns of a body that governs, whose party is named before it: "form a Labour government".
_RULING_BODIES = frozenset({"government", "administration", "coalition", "cabinet"})


def ruling_party(index: ArgumentIndex, noun: Token, party: Token) -> bool:
    """True for the party named before a governing body a verb acts on: "form a Labour government", "prop
    up a Conservative administration" (the word may be parsed as an adjective)."""
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in _RULING_BODIES or party.dep_ not in ("compound", "amod"):
        return False
    found = index.by_token.get(party.i)
    return found is not None and found.type == "Organization"


#: Verbs of looking into something, which act on whoever owns what they look into.
SCRUTINY = frozenset("investigate probe examine scrutinise scrutinize audit review".split())


#: What a subject receives from whoever follows "of": "won the backing of the TUC" (the TUC backs him).
_RECEIVED = frozenset("support backing criticism praise condemnation endorsement approval blessing".split())


def received(noun: Token) -> bool:
    """ "won the backing of the TUC": the TUC backed, which `received_from` says; the owner is not the object
    (nor the giver of what a subject "relies on", which `relied_on_giver` says)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.lemma_.lower() in RELYING:
        return True  # "relies on funding from the EU": the EU gives it
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in RECEIVING_VERBS and noun.lemma_.lower() in _RECEIVED


def apposed_name(index: ArgumentIndex, noun: Token, guessed: list[Entity]) -> tuple[Entity, Token] | None:
    """The name set in apposition to a common noun whose own reading (`guessed`) is someone else: the
    name says who the noun is better than a guess at the noun alone: "Their leader, Marine Tondelier,
    urged Mr Faure" → Tondelier, whoever "their leader" was taken for."""
    if noun.pos_ != "NOUN" or not guessed:
        return None
    for child in noun.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i in index.by_token:
            found = index.by_token[child.i]
            return None if found in guessed else (found, child)
    return None


#: Nouns for a body or a place a person belongs to, said with "his" or "her": "his province would
#: support Alberta's challenge" (the province its premier leads), "her party".
_OWN_PLACES = frozenset("country province state region city nation".split())
_OWN_BODIES = frozenset("party company firm union group bank club organisation organization".split())


def own_body(index: ArgumentIndex, noun: Token, exclude: frozenset[str] = frozenset()) -> Entity | None:
    """The body or place a person's title ties them to, for "his"/"her" + a noun of its kind: "Saskatchewan
    Premier Scott Moe said his province would support …" → Saskatchewan (a body for a place noun, or a
    country for a body noun, is not it)."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or lemma not in _OWN_PLACES | _OWN_BODIES:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in ("his", "her"):
        return None
    person = index.entity(owner)
    body = index.affiliations.get(person.id) if person is not None and person.type == "Person" else None
    if body is None or body.id in exclude or body.type == "Person":
        return None
    if lemma in _OWN_PLACES and body.type == "Group" or lemma in _OWN_BODIES and body.type in ("Country", "Location"):
        return None
    return body


def described_body(index: ArgumentIndex, noun: Token) -> bool:
    """True for a word that names a body: a common noun the article uses for one ("the federal
    government's cap") or a name in a compound ("a British National Party leaflet")."""
    # the tagger may call a party's name before a noun an adjective: "the Labour/JJ manifesto"
    named = noun.pos_ in ("NOUN", "PROPN") or noun.dep_ in ("compound", "amod") and noun.tag_ == "JJ"
    found = index.by_token.get(noun.i) if named else None
    return found is not None and found.type in ("Organization", "Country", "Group")


def titled_name(noun: Token) -> Token | None:
    """The person a title noun names in apposition, wherever the parse hangs the name in the phrase:
    "met the leader of the Conservatives, David Cameron" → Cameron."""
    if noun.pos_ not in ("NOUN", "PROPN") or title_predicate([noun.text]) is None:
        return None
    for token in noun.subtree:
        if token.dep_ == "appos" and token.ent_type_ == "PERSON" and token.i > noun.i and token.head.i >= noun.i:
            first = token.left_edge
            if first.i > 0 and token.doc[first.i - 1].text == ",":
                return token
    return None


def authors(
    index: ArgumentIndex, token: Token, speaker: Entity | None, exclude: frozenset[str]
) -> list[tuple[Entity, Token, str | None]]:
    """Who made the event or the words a noun names: "a plea by Lord Falconer", "a question from Mr Davis"."""
    if not (an_event(token) or token.lemma_.lower() in SPEECH_NOUNS):
        return []
    return [
        (e, pobj, f"{token.lemma_.lower()} {child.lower_}")
        for child in token.children
        if child.dep_ == "prep"
        and child.lower_ in _AUTHOR_PREPS
        and not (child.lower_ == "from" and token.dep_ == "dobj")  # "rejected an offer from": the rules' own
        and not (received(token) or token.lemma_.lower() in INQUIRIES and token.head.lemma_.lower() in RECEIVING_VERBS)
        for pobj in child.children
        if pobj.dep_ == "pobj"
        for e in index.entities(pobj, exclude=exclude, speaker=speaker)
    ]


#: Endings of nouns made from verbs ("release", "resignation", "appointment"): the event nouns of the
#: rules, and "release" and "-ing" forms, whose owner after "of" is still the one acted on.
_EVENT_ENDINGS = (*EVENT_SUFFIXES, "ease", "ing")


#: Endings that make a noun an action and nothing else ("accession", "invasion", "withdrawal" is
#: left out with "rival" and "official").
ACTION_ENDINGS = ("tion", "sion", "ment", "ance", "ence")


#: Nouns of a deal done to a company, whose "of" names the company: "blocked the takeover of Kimberley".
_DEALS = frozenset({"takeover", "purchase", "merger", "buyout", "sale"})


def an_event(noun: Token) -> bool:
    return noun.lower_.endswith(_EVENT_ENDINGS) or noun.lemma_.lower() in EVENT_WORDS or noun.lemma_.lower() in _DEALS


def heads_a_part(noun: Token) -> bool:
    """True for a possessed object of a verb of heading that names a part of its owner: "Ms Cheruiyot
    chairs the Senate's finance committee", "runs the bank's Asian arm" (she heads neither the Senate
    nor the bank; "chairs the company's board" heads its owner)."""
    return (
        noun.dep_ == "dobj"
        and noun.pos_ == "NOUN"
        and noun.head.lemma_.lower() in _HEADING_VERBS
        and noun.lemma_.lower() not in _WHOLE_BODIES
    )


def ranked_within(index: ArgumentIndex, noun: Token, owner: Token) -> bool:
    """True when a place's possessive is where a superlative ranks the noun, not who owns it: "creating
    the UK's largest mobile operator", "bought Germany's second-biggest bank" (but "Apple's biggest
    supplier" supplies Apple)."""
    place = index.by_token.get(owner.i)
    if place is None or place.type not in ("Country", "Location"):
        return False
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_.endswith(_RANKS)) for c in noun.children)


#: Ends of a hyphened superlative the tagger may call a plain adjective: "second-largest".
_RANKS = ("-largest", "-biggest", "-highest", "-richest", "-oldest")


def owned_by_the_subjects(noun: Token, owner: Token) -> bool:
    """True for "their" on the object of a clause whose subjects are joined by "and": the thing is theirs
    together, no one else's ("Sony and Honda plan to sell their first car" sells neither to the other)."""
    if owner.lower_ != "their" or noun.dep_ != "dobj":
        return False
    subject = clause_subject(noun.head)
    return subject is not None and any(c.dep_ == "conj" for c in subject.children)
