"""A verb, its common-noun object and a preposition naming the actor: "Shanda bought a stake in Sina"
→ Shanda –buy_stake_in→ Sina, "the detainees took their case to the Lords" → take_case_to, "took a
swipe at Mr Sunak" → criticize. A verb in → `Candidate`s out.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate, amount, light_verb_nouns, verb_lemma
from kg.extract.clause_subjects import clause_subject
from kg.extract.co_subjects import co_subject_with
from kg.extract.doc_words import child_deps
from kg.extract.faced import PENALTY_NOUNS
from kg.extract.grammar import CLASSIFIER_NOUNS, SAYING_VERBS
from kg.extract.offers import giver_after_from
from kg.extract.owned_things import an_event, titled_name
from kg.extract.participants import INQUIRIES, REBUKES, RECEIVING_VERBS, listed_names
from kg.extract.titles import title_predicate
from kg.vocabulary import Vocabulary, normalise_predicate

#: Relative pronouns a preposition before a relative clause takes: "Sina, in which Shanda bought a stake".
RELATIVE_OBJECTS = frozenset({"which", "whom"})
#: Verbs that state a property rather than an action between two actors.
NOT_ACTIONS = frozenset({"be", "seem", "become", "remain"})
#: Verbs of saying with the preposition of whom they address: "wrote to Mr Blair", "replied to".
ADDRESSED = frozenset({("to", "write"), ("to", "reply"), ("to", "explain")})

#: Prepositions that attach a second participant after a verb's object ("took their case to the
#: Lords", "bought a stake in Sina"); "at" and "in" with a verb mostly say where, so they count
#: only when they hang from the object noun.
_OBJECT_PREPS = frozenset({"to", "with", "against", "into", "from", "over", "for", "on", "in", "of"})
_VERB_OBJECT_PREPS = frozenset({"to", "with", "against", "into", "from", "for", "through"})
#: Nouns of doubt about someone, whose "about" names whom: "had long had reservations about the Lords".
_MISGIVINGS = frozenset("reservation misgiving doubt concern worry qualm".split())
#: Nouns of a verbal attack aimed "at" someone: "took a swipe at", "had a dig at", "took aim at".
_JIBES = frozenset("aim swipe dig jibe jab shot potshot broadside swipes digs jibes".split())
#: What one holds in a company, whose "in" names the company wherever the parse hangs it ("buys stake in Sina"),
#: and what one has in a person: "has full confidence in Mr Brown".
_HOLDINGS = frozenset({"stake", "share", "holding", "shareholding", "interest", "confidence", "faith", "trust"})
#: Nouns whose "in" names a body they have a part in, not a place: "a seat in the Lords", "a group in the
#: Assembly", "troops in Iraq" (but "polices state aid in the EU" says where the aid is).
_PART_IN = _HOLDINGS | frozenset("group seat role part say voice troop force soldier presence".split())


def _takes_in(noun: Token) -> bool:
    """True for a noun whose "in" names the other party: a part held (`_PART_IN`) or an event's scene
    ("an investment in Britain", "intervention in Syria")."""
    return noun.lemma_.lower() in _PART_IN or an_event(noun)


#: Nouns of an agreement or a negotiation, whose "on" or "over" names what it is about.
_TOPICAL_NOUNS = frozenset(
    "deal agreement accord pact treaty truce settlement compromise talk talks negotiation discussion consensus".split()
)
_TOPIC_PREPS = frozenset({"on", "over"})


#: Parts of speech of a part taken "of" a thing: "most of its chips", "some of its stake".
_PART_POS = frozenset({"ADJ", "DET", "NUM", "PRON"})


def _counted(part: Token) -> Token | None:
    """The common noun a part is taken of: "most of its chips" → chips."""
    of = next((c for c in part.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    thing = None if of is None else next((c for c in of.children if c.dep_ == "pobj"), None)
    return thing if thing is not None and thing.pos_ == "NOUN" else None


def verb_object_preposition(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A verb, its common-noun object and a preposition naming the actor: "Shanda bought a stake in
    Sina" → Shanda –buy_stake_in→ Sina, "the detainees took their case to the Lords" → take_case_to."""
    lemma = verb_lemma(verb)
    addressed = ("to", lemma) in ADDRESSED  # "wrote a letter to Mr Bush"
    if lemma in NOT_ACTIONS or lemma in SAYING_VERBS and not addressed or light_verb_nouns(verb, vocabulary):
        return
    subject = clause_subject(verb)
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if noun is None:  # "buys most of its chips from Samsung": the part names the thing the verb acts on
        noun = next((_counted(c) for c in verb.children if c.dep_ == "dobj" and c.pos_ in _PART_POS), None)
    if noun is not None and noun.is_upper and len(noun.text) > 1:
        return  # "left ECOWAS together with Mali": an acronym is a body's name, not a common noun
    if noun is not None and amount(noun) and not _priced(noun):
        return  # "invested $10bn in OpenAI": a sum is no object; the verb and its preposition say it
    if subject is None or noun is None or title_predicate([noun.text]) is not None:
        return  # "called the Liberal leader back to Downing Street": the leader is whom, the street where
    preps = [
        (p, p.head.i == noun.i)
        for p in (*noun.children, *verb.children)
        if (p.dep_ == "prep" or p.dep_ == "dative" and p.pos_ == "ADP")  # "sell planes to Air China"
        and p.i > noun.i
        and (
            (p.lower_ in _OBJECT_PREPS and (p.lower_ != "in" or _takes_in(noun)))
            or p.lower_ == "about"
            and noun.lemma_.lower() in _MISGIVINGS
            if p.head.i == noun.i
            else p.lower_ in _VERB_OBJECT_PREPS or p.lower_ == "in" and noun.lemma_.lower() in _HOLDINGS
        )
        or p.lower_ == "at"
        and noun.lemma_.lower() in _JIBES
    ]
    preps.extend((p, True) for p in _kind_preps(noun))
    preps.extend((p, False) for p in _relative_preps(verb, noun))
    owned = any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children)  # someone else's
    received = lemma in RECEIVING_VERBS and (
        vocabulary.for_noun(noun.lemma_.lower()) is not None
        or noun.lemma_.lower() in REBUKES
        or noun.lemma_.lower() in PENALTY_NOUNS
    )
    for prep, _on_noun in preps:
        if co_subject_with(prep):
            continue  # "quit the bloc together with Niger": Niger quit it too, no party to Mali's act
        title = None if _on_noun else _title_before(prep, noun)
        if (received or giver_after_from(verb)) and prep.lower_ == "from":
            continue  # "faced criticism from the Commission": the Commission criticised (received_from)
        if lemma == "have" and prep.lower_ == "from":
            continue  # "I have one version from him": a thing held came from him, no act between them
        if prep.lower_ == "in" and lemma in RECEIVING_VERBS and noun.lemma_.lower() in INQUIRIES | PENALTY_NOUNS.keys():
            continue  # "faces a probe in the EU": the EU's inquiry (inquiries_abroad)
        if lemma in SAYING_VERBS and prep.lower_ != "to":
            continue  # "wrote an article for the Guardian" says where, not to whom
        if prep.lower_ == "of" or owned and not (prep.lower_ == "in" and noun.lemma_.lower() in _HOLDINGS):
            # "back Ukraine's entry into the WTO": not the US's entry (but "bought SIA's stake in Virgin
            # Atlantic" bought a stake in Virgin Atlantic, whoever held it)
            continue  # "the resignation of the minister" is the object's owner (see reach)
        if prep.lower_ in _TOPIC_PREPS and (received or noun.lemma_.lower() in _TOPICAL_NOUNS):
            continue  # "struck a deal on Northern Ireland", "faced criticism over Iraq": what it is about
        predicate = normalise_predicate(f"{lemma} {noun.lemma_.lower()} {prep.lower_}")
        if prep.lower_ == "at" and "criticize" in vocabulary.predicates:
            predicate = "criticize"  # "took a swipe at Mr Sunak"
        words = f"{verb.text} {noun.text} {prep.text}"
        if title is not None:
            # "gained a post as shadow chief secretary to the Treasury": the title's preposition, not the post's
            words = f"{title} {prep.text}"
            predicate = normalise_predicate(words.lower())
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and not pobj.lower_.endswith(("self", "selves")):  # "made a name for himself"
                if pobj.lower_ in RELATIVE_OBJECTS:
                    pobj = _antecedent(verb, prep)
                owner = inquired_owner(noun, prep, pobj)
                if owner is not None:  # "demanded an inquiry into the government's handling of …"
                    owned_words = f"{words} {pobj.text}"
                    owned_predicate = normalise_predicate(
                        f"{lemma} {noun.lemma_.lower()} {prep.lower_} {pobj.lemma_.lower()} of"
                    )
                    yield Candidate(
                        subject,
                        owned_predicate,
                        owner,
                        verb,
                        "verb_object_preposition",
                        0.6,
                        reach=False,
                        words=owned_words,
                    )
                    continue
                for named in listed_names(pobj):  # "owes money to companies including DNO and Gulf Keystone"
                    yield Candidate(
                        subject,
                        predicate,
                        _classified_name(named),
                        verb,
                        "verb_object_preposition",
                        0.6,
                        reach=False,
                        words=words,
                    )


#: Nouns of a challenge to someone's act, which is aimed at its doer: "an appeal against the Commission's ruling".
_CHALLENGES = frozenset({"appeal", "challenge", "complaint", "lawsuit", "suit", "objection"})


def inquired_owner(noun: Token, prep: Token, pobj: Token) -> Token | None:
    """The owner of what an inquiry looks into, which is whom it looks into: "an inquiry into Tony Blair's
    conduct" or "into the collapse of MG Rover" → the owner, and of what a challenge is aimed at: "lost its appeal against the Commission's
    ruling" → the Commission (not "our", "my": the speaker's own)."""
    challenged = prep.lower_ in ("against", "to") and noun.lemma_.lower() in _CHALLENGES
    if not challenged and (prep.lower_ != "into" or noun.lemma_.lower() not in INQUIRIES) or pobj.pos_ != "NOUN":
        return None
    owner = next((c for c in pobj.children if c.dep_ == "poss"), None)
    if owner is None and not challenged:  # "an inquiry into the collapse of MG Rover"
        owner = next((o for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children), None)
        return owner if owner is not None and owner.dep_ == "pobj" and owner.pos_ == "PROPN" else None
    return owner if owner is not None and owner.lower_ not in ("our", "my", "your") else None


def _relative_preps(verb: Token, noun: Token) -> list[Token]:
    """The preposition that opens a relative clause and names the noun the clause describes: "Sina, in
    which Shanda bought a stake" → "in" (its object is Sina)."""
    if verb.dep_ != "relcl":
        return []
    return [
        p
        for p in verb.children
        if p.dep_ == "prep"
        and p.i < verb.i
        and (p.lower_ in _VERB_OBJECT_PREPS or p.lower_ == "in" and noun.lemma_.lower() in _HOLDINGS)
        and any(c.dep_ == "pobj" and c.lower_ in RELATIVE_OBJECTS for c in p.children)
    ]


def _antecedent(verb: Token, prep: Token) -> Token:
    """The noun "in which" stands for: the clause's head, or the name just before it that the parser
    hung the clause above ("talks with Nissan, in which Renault holds a stake" → Nissan)."""
    k = prep.i - 1
    while k > 0 and prep.doc[k].is_punct:
        k -= 1
    named = prep.doc[k]
    if verb.head.pos_ != "PROPN" and named.pos_ == "PROPN" and verb.head.is_ancestor(named):
        return named
    return verb.head


def _priced(noun: Token) -> bool:
    """True for a noun of a thing whose price stands before it: "made a $143bn offer for Unilever" (but
    "$10bn" and "tonnes" are the sum)."""
    return noun.is_alpha and noun.ent_type_ == "" and noun.pos_ == "NOUN"


#: Prepositions after the noun of "a motion of censure against", "a vote of no confidence in" that name
#: whom the kind of motion is aimed at.
_AIMED_PREPS = frozenset({"against", "in", "on", "with"})


def _kind_preps(noun: Token) -> list[Token]:
    """The prepositions hung from the noun after "of" that says what kind the object is: "back a motion
    of censure against the government" (not "the release of rupees in school funding": a plural or a
    name after "of" is what the object holds, not its kind)."""
    if "prep" not in child_deps(noun):
        return []
    return [
        prep
        for of in noun.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for kind in of.children
        if kind.dep_ == "pobj" and kind.tag_ == "NN"
        for prep in kind.children
        if prep.dep_ == "prep" and prep.lower_ in _AIMED_PREPS
    ]


def _classified_name(noun: Token) -> Token:
    """The name a classifier or title noun stands beside, else the noun: "a proposal for the NOP World
    research unit", "an office with the MP for Sedgefield, Tony Blair" (but "sued its rival in a US
    court" is a court in a country, not one named)."""
    titled = titled_name(noun)
    if titled is not None:
        return titled
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLASSIFIER_NOUNS:
        return noun
    return next(
        (c for c in noun.children if c.dep_ == "compound" and c.ent_type_ == "ORG" and noun.i - c.i <= 3),
        noun,
    )


def _title_before(prep: Token, noun: Token) -> str | None:
    """The words of a title other than the object right before a preposition the parser hangs from the verb,
    which the preposition belongs to: "gained his first post as shadow chief secretary to the Treasury" →
    "shadow chief secretary"."""
    before = prep.doc[prep.i - 1]
    if before.i == noun.i or before.pos_ != "NOUN" or title_predicate([before.text]) is None:
        return None
    words = [t.text for t in before.lefts if t.dep_ in ("compound", "amod")]
    return " ".join([*words, before.text])
