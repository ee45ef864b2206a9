"""Relation rules over relational nouns: an exchange the clause's actor has with another ("in
conversations with Mr Bush"), and a tie one actor has to another ("Russia is Ukraine's partner",
"Alan Milburn, a close ally of Tony Blair", "rival plane makers Airbus and Boeing").

Each rule takes a noun and yields `Candidate`s, as the rules of `nouns.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate
from kg.extract.clause_subjects import clause_subject
from kg.extract.evaluation import FEELING_AGAINST, FEELING_FOR
from kg.extract.grammar import preposition_object
from kg.vocabulary import Vocabulary

#: Nouns of an exchange between two actors, with the predicate each says when the vocabulary has none.
EXCHANGES = {
    "conversation": "talk",
    "discussion": "talk",
    "contact": "talk",
    "dialogue": "talk",
    "negotiation": "talk",
    "talk": "talk",
    "meeting": "meet",
    "dispute": "dispute_with",
    "feud": "feud_with",
    "row": "row_with",
    "quarrel": "quarrel_with",
    "clash": "clash_with",
    "confrontation": "clash_with",
    "standoff": "clash_with",
    "battle": "battle_with",
    "fight": "fight_with",
    "spat": "row_with",
    "wrangle": "dispute_with",
}
#: Prepositions that set an exchange beside what the clause's actor does ("said in talks with").
_SETTING_PREPS = frozenset({"in", "during", "through", "after", "at"})
#: Verbs of taking part in an exchange, whose negation and modality are the exchange's.
_TAKING_PART = frozenset("engage participate join lock involve embroil enter take".split())

#: Nouns of a tie that one actor has to another, with their predicates.
TIES = {
    "ally": "ally",
    "partner": "partner_of",
    "rival": "rival",
    "friend": "friend_of",
    "enemy": "enemy_of",
    "foe": "enemy_of",
    "supporter": "support",  # the stands take the verbs' predicates, so one query finds both
    "backer": "support",
    "critic": "criticize",
    "opponent": "oppose",
    "successor": "successor_of",
    "predecessor": "predecessor_of",
}
_APPOSED = frozenset({"appos", "attr"})
#: Words before a tie noun that say it does not hold yet ("his likely successor", "a potential partner").
_UNSETTLED = frozenset(
    "likely possible potential probable would-be presumptive future prospective expected natural".split()
)
#: Words before a tie noun that say it has ended: "Boeing's former rival McDonnell Douglas" is no rival now.
_ENDED = frozenset({"former", "ex", "ex-", "erstwhile", "onetime", "one-time"})


def exchange_with_actor(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """An exchange whose other party follows "with", and whose first party is the subject of the clause
    it sits in: "Mr Blair had seen the change in conversations with Mr Bush" → Tony Blair –talk→ George
    W Bush; "they must engage in talks with the American administration"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in EXCHANGES or not noun.n_rights:
        return
    if any(c.dep_ == "poss" for c in noun.children):
        return  # "his talks with Mr Thorpe": the owner is the party (`owner_event_object`)
    head = noun.head
    # "Following talks with Mr Putin, Mr Orban said …": the parse makes "following" a verb with an object
    following = noun.dep_ == "dobj" and head.lower_ == "following" and head.dep_ == "prep"
    if (
        not following
        and (noun.dep_ != "pobj" or head.lower_ not in _SETTING_PREPS)
        or head.head.pos_ not in ("VERB", "AUX")
    ):
        return  # "began talks with …" is the verb's own (a light verb, or an object the open tuple keeps)
    verb = head.head
    subject = clause_subject(verb) or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return  # "Tesco is locked in a dispute with Unison": the one locked in it is a party
    predicate = vocabulary.for_noun(noun.lemma_.lower()) or EXCHANGES[noun.lemma_.lower()]
    # "willing to engage in talks with": the verb says whether they take place; "would not comment in
    # talks with" does not
    anchor = verb if verb.lemma_.lower() in _TAKING_PART else noun
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            for other in prep.children:
                if other.dep_ == "pobj" and other.i != subject.i:
                    words = f"{noun.text} {prep.text}"
                    yield Candidate(
                        subject, predicate, other, anchor, "exchange_with_actor", 0.6, reach=False, words=words
                    )


#: Words of a feeling or a stance towards another actor, said with "with" ("frustrated with Mr Brown").
FEELINGS = frozenset(
    """frustrated angry furious livid cross unhappy disappointed annoyed irritated exasperated upset
    impressed pleased satisfied dissatisfied displeased""".split()
)
#: Nouns of a standing quarrel after "at": "at odds with", "at loggerheads with".
_AT_ODDS = frozenset({"odds", "loggerheads"})


def feeling_with(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """An actor after "with" a word of feeling or stance, and the one who feels it: "Mr Blair is said to be
    frustrated with Mr Brown" → Tony Blair –frustrated_with→ Gordon Brown; "Paris was at odds with
    Washington over Iraq" → at_odds_with."""
    if noun.dep_ != "pobj" or noun.pos_ != "PROPN" or noun.head.lower_ != "with":
        return
    word = noun.head.head
    if word.pos_ == "ADJ" and word.lower_ in FEELING_AGAINST | FEELING_FOR:
        return  # "angry with the BBC": a judgement (`evaluation`)
    if word.lower_ in FEELINGS and word.pos_ in ("ADJ", "VERB"):
        holder = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if holder is None and word.dep_ == "acomp":
            holder = clause_subject(word.head)
        predicate = f"{word.lower_}_with"
    elif word.lower_ in _AT_ODDS and word.head.lower_ == "at" and word.head.head.pos_ in ("VERB", "AUX"):
        holder = clause_subject(word.head.head)
        predicate = f"at_{word.lower_}_with"
    else:
        return
    if holder is not None and holder.i != noun.i:
        yield Candidate(holder, predicate, noun, word, "feeling_with", 0.6, reach=False, words=f"{word.text} with")


#: Nouns of someone's time in charge, after "under": "under John Smith's leadership".
_LEADERSHIPS = frozenset({"leadership", "premiership", "presidency", "chairmanship", "stewardship", "command"})


def served_under(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The actor of a clause set under another's leadership: "He became shadow chancellor under John
    Smith's leadership" → Gordon Brown –serve_under→ John Smith."""
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in _LEADERSHIPS or noun.head.lower_ != "under":
        return
    leader = next((c for c in noun.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    anchor = noun.head.head
    if anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ in ("attr", "oprd", "dobj"):
        anchor = anchor.head  # "became chancellor under …": the office held under the leader
    if leader is None or anchor.pos_ not in ("VERB", "AUX"):
        return
    subject = clause_subject(anchor)
    if (
        subject is None
        or subject.i == leader.i
        or subject.ent_type_ != "PERSON"
        and subject.lower_ not in ("he", "she")
    ):
        return  # "Britain prospered under Mrs Thatcher's leadership": a country serves no one
    yield Candidate(subject, "serve_under", leader, anchor, "served_under", 0.6, reach=False, words="under")


def owned_tie(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A tie noun owned by one actor and said of another, by "be" or apposition: "Russia is Ukraine's
    strategic partner" → Russia –partner_of→ Ukraine; "Tony Blair's close ally, Alan Milburn" and "Alan
    Milburn, Tony Blair's ally," → Alan Milburn –ally→ Tony Blair."""
    predicate = TIES.get(noun.lemma_.lower())
    if predicate is None or noun.pos_ != "NOUN" or not noun.n_lefts:
        return
    owner = next((c for c in noun.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None:
        return
    if any(c.lower_ in _UNSETTLED or c.lower_ in _ENDED for c in noun.lefts):
        return  # "Mr Blair's likely successor": not yet; "Tesco's former rival, Asda": no longer
    for holder in _holders(noun):
        if holder.i != owner.i:
            yield Candidate(
                holder, predicate, owner, _clause(noun), "owned_tie", 0.65, reach=False, words=f"is {noun.text} of"
            )


def tie_of(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A tie noun with its other end after "of", said of an actor by "be" or apposition: "Alan Milburn,
    a close ally of Tony Blair," → ally; "she is a long-standing critic of the BNP" → criticize."""
    predicate = TIES.get(noun.lemma_.lower())
    if predicate is None or noun.pos_ != "NOUN" or not noun.n_rights:
        return
    if any(c.dep_ == "poss" for c in noun.lefts):
        return
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    other = preposition_object(of) if of is not None else None
    # a stand may be toward what an actor does: "the staunchest backers of Turkish accession" (Turkey's)
    stance = predicate in _STANCES and other is not None and other.pos_ == "NOUN"
    if other is None or other.pos_ != "PROPN" and not stance:
        return
    if any(c.lower_ in _UNSETTLED or c.lower_ in _ENDED for c in noun.lefts):
        return  # "a possible ally of Tony Blair": not yet; "a former ally of Tony Blair": no longer
    for holder in _holders(noun):
        if holder.i != other.i:
            yield Candidate(
                holder, predicate, other, _clause(noun), "tie_of", 0.65, reach=stance, words=f"is {noun.text} of"
            )


#: The ties that are a stand toward what another does, not only toward who they are.
_STANCES = frozenset({"support", "criticize", "oppose"})


def rival_pair(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Two actors named after rivals of a kind: "rival plane makers Airbus and Boeing" → Airbus –rival→
    Boeing. Bare "rivals Tesco and Asda" are often some third actor's rivals, and give nothing."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or not noun.n_lefts:
        return
    if not any(c.lower_ == "rival" and c.dep_ in ("amod", "compound") for c in noun.lefts):
        return
    if any(c.dep_ == "poss" for c in noun.lefts):
        return  # "Pepsi's rival drinks makers …": the owner's rivals
    name = next((c for c in noun.rights if c.dep_ == "appos"), None)
    if name is None or name.pos_ != "PROPN":
        return
    second = next((c for c in name.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
    if second is not None:
        yield Candidate(name, "rival", second, noun, "rival_pair", 0.65, reach=False, words="rival")


#: Entity labels of a body that has members ("" for a described one: "the all-party group"), and of its members.
_BODY_ENTITIES = frozenset({"", "ORG", "NORP"})
_MEMBER_ENTITIES = frozenset({"", "PERSON", "ORG", "GPE", "NORP"})


def included_members(noun: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The actors named after "including" an actor that has members: "the all-party group, including
    Tories Ken Clarke and Sir George Young, Labour's Robin Cook and Tony Wright" → each –member_of→ the
    group; "Nato, including France and Germany". An end that names no actor gives nothing ("several
    firms, including BP")."""
    if not noun.n_rights or noun.ent_type_ not in _BODY_ENTITIES or noun.tag_ == "NNS":
        return  # "Iraq, including Baghdad": the parts of a place; "ministers, including …": one of many
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "including"), None)
    if prep is None:
        return
    first = preposition_object(prep)
    if first is None or first.pos_ != "PROPN":
        return
    for member in _listed(first):
        if member.ent_type_ in _MEMBER_ENTITIES:
            yield Candidate(member, "member_of", noun, prep, "included_members", 0.65, reach=False, words="including")


def _listed(first: Token) -> list[Token]:
    """The names of a list, each the head of its name: coordinated, or set after a comma ("Clarke and
    Young, Labour's Robin Cook and Tony Wright")."""
    found, todo = [], [first]
    while todo:
        token = todo.pop()
        if token.pos_ == "PROPN":
            found.append(token)
            todo.extend(c for c in token.children if c.dep_ in ("conj", "appos"))
    return sorted(found, key=lambda t: t.i)


def _clause(noun: Token) -> Token:
    """The verb whose negation and modality a tie said by "be" takes ("Ukraine is not a partner of
    Russia"), or the noun itself in apposition."""
    return noun.head if noun.dep_ == "attr" and noun.head.lemma_ == "be" else noun


def _holders(noun: Token) -> list[Token]:
    """The actor a tie noun is said of: the subject of "be" ("Russia is … partner"), the name it stands
    in apposition to ("Alan Milburn, a close ally of …"), or the name apposed to it ("his ally, X")."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_ == "be":
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        return [subject] if subject is not None and subject.pos_ in ("PROPN", "PRON") else []
    if noun.dep_ == "appos" and head.pos_ == "PROPN":
        return [head]
    if noun.dep_ in ("nsubj", "compound") and head.pos_ in ("VERB", "PROPN"):
        # "Mr Blair's ally Alan Milburn said": the tie and the name parsed as two subjects, or one name
        following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if following is not None and following.pos_ == "PROPN" and following.ent_type_:
            name = following
            while name.dep_ == "compound" and name.head.i > name.i:
                name = name.head
            return [name]
    return [c for c in noun.rights if c.dep_ in _APPOSED and c.pos_ == "PROPN"]
