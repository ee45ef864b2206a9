"""Relations a headline states in headlinese, which the verb rules read wrong or not at all.

The article's first line (short, no full stop, ended by a line break) and the mention index in,
`Candidate`s out: the document turns them into relations as it does the verb rules' own.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from kg.extract.arguments import ArgumentIndex
from kg.extract.body_kinds import KIND_HEADS, BodyKinds, name_head
from kg.extract.candidates import Candidate, vocabulary_predicate
from kg.extract.description_record import Description
from kg.extract.doc_words import names_a_predicate
from kg.extract.headline_acts import in_act
from kg.extract.headline_stacks import act_in_stack, pair_in_stack
from kg.extract.headline_talks import back_to_talks
from kg.extract.headline_words import HEADLINE_VERBS, OWNER_TYPES, in_talks, name_verb_name
from kg.extract.mentions import Mention
from kg.model import Entity
from kg.vocabulary import Vocabulary, normalise_predicate

#: A headline is a line of at most this many words.
HEADLINE_WORDS = 16

#: How the words of a noun stack hang from its head.
_STACK_DEPS = frozenset({"compound", "nmod", "amod"})
#: What the tagger may call the head of a noun stack.
_STACK_HEADS = frozenset({"NOUN", "PROPN", "VERB"})
#: Verbs that two coordinated subjects of a headline do together even with a clause after them:
#: "Nigeria and Niger agree to reopen border crossings".
_AGREEING = frozenset({"agree"})
#: Verbs by which a backer stands behind a deal named after the subject's verb: "raises 6bn dollars
#: in bond sale backed by Mexico".
_BACKING = frozenset("back fund finance guarantee underwrite bankroll".split())
#: Verbs of workers who stop work against their employer: "Lufthansa pilots to strike".
_STRIKING = frozenset({"strike"})
#: Nouns of someone's resistance that an act went through: "passes bill despite Lula's objections".
_RESISTANCE = frozenset("objection opposition protest veto warning resistance".split())


def headline(doc: Doc, text: str) -> Span | None:
    """The article's headline: its first sentence when that is a line of its own, of at most
    `HEADLINE_WORDS` words, with no full stop at its end."""
    first = next((t for t in doc if not t.is_space), None)
    if first is None:
        return None
    end = first.i
    while end + 1 < len(doc) and not doc[end + 1].is_sent_start and not doc[end + 1].is_space:
        end += 1
    last = doc[end]
    after = text[last.idx + len(last.text) : last.idx + len(last.text) + 3]
    if "\n" not in after or last.text in (".", "?", ":") or end - first.i + 1 > HEADLINE_WORDS:
        return None
    return doc[first.i : end + 1]


def headline_passives(span: Span) -> frozenset[int]:
    """The verbs of a headline that are passives without their auxiliary: headlinese puts what an actor
    does in the present ("Ofgem fines British Gas"), so a past form with no object and no auxiliary is
    what was done to its subject ("Citigroup fined over Parmalat", "UKIP candidate suspended")."""
    return frozenset(
        token.i
        for token in span
        if token.tag_ in ("VBD", "VBN")
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in token.children)
        and any(c.dep_ == "nsubj" for c in token.children)
    )


def headline_candidates(span: Span, index: ArgumentIndex, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """What each headline rule finds in the headline `span`."""
    for token in span:
        # as in the rule loop, a word with no Latin letter names no act (symbols the tagger took for a verb)
        if (
            token.pos_ in ("VERB", "NOUN", "PROPN")
            and names_a_predicate(token.lemma_)
            and _subject(token, index) is not None
        ):
            for rule in HEADLINE_RULES:
                yield from rule(token, index, vocabulary)
    yield from in_talks(span, index, vocabulary)
    yield from name_verb_name(span, index, vocabulary)
    yield from back_to_talks(span, index, vocabulary)
    yield from in_act(span, index, vocabulary)


def _subject(verb: Token, index: ArgumentIndex) -> Token | None:
    """The verb's subject, or in "Straw to meet Rice" the name before "to" (which the parser often
    makes the root, with the verb hanging from it)."""
    found = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if found is None and verb.pos_ == "VERB" and intended(verb) and verb.i >= 2:
        before = verb.doc[verb.i - 2]
        if before.i in index.by_token and (verb.head.i == before.i or before.head.i == verb.i):
            return before
    return found


def intended(verb: Token) -> bool:
    """True for the verb of a headline's "to" + verb, which says what someone will do: "Kinnock to
    urge reform in Lords"."""
    return verb.i >= 1 and verb.doc[verb.i - 1].lower_ == "to" and verb.doc[verb.i - 1].tag_ == "TO"


def _verb_predicate(verb: Token, vocabulary: Vocabulary) -> tuple[str, bool]:
    """The predicate of a headline's verb and whether it names an action the vocabulary or
    headlinese knows."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        lemma = verb.lower_ if verb.lower_ in HEADLINE_VERBS else lemma
    if lemma in HEADLINE_VERBS:
        predicate, _ = vocabulary_predicate(vocabulary, HEADLINE_VERBS[lemma])
        return predicate, True
    return vocabulary_predicate(vocabulary, lemma)


def noun_tagged_verb(verb: Token, index: ArgumentIndex, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A verb of headlinese the tagger read as a noun, between its subject and its object:
    "Police probe BNP leaflet" → police –investigate→ …, the object reached as any verb's."""
    if verb.pos_ == "VERB" or verb.lower_ not in HEADLINE_VERBS and verb.lemma_.lower() not in HEADLINE_VERBS:
        return
    subject = _subject(verb, index)
    assert subject is not None
    predicate, _ = _verb_predicate(verb, vocabulary)
    for child in verb.children:
        if child.dep_ == "dobj":
            yield Candidate(subject, predicate, child, verb, "headline_verb", 0.7)


def owner_in_noun_stack(verb: Token, index: ArgumentIndex, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The owner named first in a noun stack a known verb acts on: "Tories attack EU asylum moves"
    → Tories –attack→ EU, "Komeito rejects LDP plan" → Komeito –reject_plan_of→ LDP."""
    if verb.pos_ != "VERB" and verb.lower_ not in HEADLINE_VERBS and verb.lemma_.lower() not in HEADLINE_VERBS:
        return
    predicate, known = _verb_predicate(verb, vocabulary)
    if not known:
        return  # "Blair sees greater Bush consensus": not something done to Bush
    subject = _subject(verb, index)
    assert subject is not None
    for noun in verb.children:
        if noun.dep_ not in ("dobj", "ccomp") or noun.pos_ not in _STACK_HEADS or noun.i in index.by_token:
            continue  # the tagger reads a plural at a stack's end as a verb too ("EU asylum moves")
        owner = _stack_owner(noun, index)
        if owner is None:
            continue
        words = None if noun.tag_ in ("NNS", "VBZ") else f"{predicate} {noun.lemma_.lower()} of"
        yield Candidate(
            subject,
            normalise_predicate(words) if words else predicate,
            owner,
            verb,
            "headline_owner",
            0.7,
            reach=False,
            words=f"{verb.text} {noun.text} of" if words else None,
        )


def _stack_owner(noun: Token, index: ArgumentIndex) -> Token | None:
    """The name that begins the noun stack headed by `noun` ("BNP mosque leaflet" → BNP, "EU nuclear
    offer" → EU), when the other words of the stack are common words that modify the head."""
    first = noun.left_edge
    owner = index.by_token.get(first.i)
    if first.i == noun.i or owner is None or owner.type not in OWNER_TYPES:
        return None  # "greater Bush consensus": the stack begins with no name
    rest = first.i
    while rest + 1 < noun.i and index.by_token.get(rest + 1) is owner:
        rest += 1  # the name's own words
    words = noun.doc[first.i : noun.i]
    if rest + 1 == noun.i and index.by_token.get(noun.i) is not None:
        return None
    if any(t.dep_ not in _STACK_DEPS for t in words if t.i <= rest and t.head.i > rest) or any(
        t.dep_ not in _STACK_DEPS or not t.is_lower or t.i in index.by_token for t in words if t.i > rest
    ):
        return None  # a second name, or words that are no modifiers of the head
    return first


def coordinated_agreement(verb: Token, index: ArgumentIndex, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Two coordinated subjects that agree to do something agree with each other: "Nigeria and
    Niger agree to reopen border crossings" → Nigeria –agree_with→ Niger."""
    if verb.lemma_.lower() not in _AGREEING or not any(c.dep_ == "xcomp" for c in verb.children):
        return
    subject = _subject(verb, index)
    assert subject is not None
    partner = next((c for c in subject.children if c.dep_ == "conj"), None)
    if partner is None or any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return
    predicate, known = vocabulary_predicate(vocabulary, verb.lemma_.lower(), "with")
    yield Candidate(subject, predicate, partner, verb, "headline_agreement", 0.7 if known else 0.6, reach=False)


def backer_of_deal(verb: Token, index: ArgumentIndex, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Who backs the deal by which the subject acts: "Pemex raises 6bn dollars in bond sale backed
    by Mexico" → Mexico –support→ Pemex."""
    subject = _subject(verb, index)
    assert subject is not None
    if verb.pos_ != "VERB" or subject.i not in index.by_token:
        return
    for noun in _arguments(verb):
        if noun.i in index.by_token:
            continue
        for participle in noun.children:
            if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.lemma_.lower() not in _BACKING:
                continue
            for agent in participle.children:
                if agent.dep_ != "agent":
                    continue
                for backer in agent.children:
                    if backer.dep_ == "pobj":
                        predicate, _ = vocabulary_predicate(vocabulary, participle.lemma_.lower())
                        yield Candidate(backer, predicate, subject, participle, "headline_backer", 0.7, reach=False)


def _arguments(verb: Token) -> Iterator[Token]:
    """The verb's object and the objects of its prepositions."""
    for child in verb.children:
        if child.dep_ == "dobj":
            yield child
        elif child.dep_ == "prep":
            yield from (g for g in child.children if g.dep_ == "pobj")


def strike_against_owner(verb: Token, index: ArgumentIndex, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Workers named after their employer strike against it: "Lufthansa pilots to strike after pay
    talks collapse" → Lufthansa pilots –strike_against→ Lufthansa."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _STRIKING:
        return
    over = any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)  # "strike over pensions"
    if any(c.dep_ == "dobj" and not over or c.dep_ == "prep" and c.lower_ == "against" for c in verb.children):
        return  # "strike a deal", "strike against the government": the rules' own
    subject = _subject(verb, index)
    assert subject is not None
    group = index.by_token.get(subject.i)
    if group is None or group.type != "Group" or subject.tag_ != "NNS":
        return
    for employer in subject.children:
        found = index.by_token.get(employer.i)
        if employer.dep_ == "compound" and found is not None and found.type == "Organization" and found != group:
            yield Candidate(subject, "strike_against", employer, verb, "headline_strike", 0.7, reach=False)


def defied_resistance(verb: Token, index: ArgumentIndex, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """An act done despite someone's resistance defies them: "Senate passes mining bill despite
    Lula's objections" → Senate –defy→ Lula."""
    if verb.pos_ != "VERB":
        return
    subject = _subject(verb, index)
    assert subject is not None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "despite":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in _RESISTANCE:
                for owner in noun.children:
                    if owner.dep_ == "poss" and owner.i in index.by_token:
                        yield Candidate(subject, "defy", owner, verb, "headline_defiance", 0.7, reach=False)


#: Nouns of a change made to a body: "urge reform in Lords" is reform of the Lords.
_CHANGES = frozenset("reform reforms overhaul shake-up shakeup change changes modernisation modernization".split())


def change_in_body(verb: Token, index: ArgumentIndex, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A change sought or made in a body is done to it: "Kinnock to urge reform in Lords" → Kinnock
    –urge_reform_of→ House of Lords (but "urge calm in Iraq" is where, and no change)."""
    if verb.pos_ != "VERB":
        return
    subject = _subject(verb, index)
    assert subject is not None
    for noun in verb.children:
        if noun.dep_ != "dobj" or noun.lower_ not in _CHANGES:
            continue
        for prep in (*noun.children, *verb.children):
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
                continue
            for body in prep.children:
                found = index.by_token.get(body.i)
                if body.dep_ == "pobj" and found is not None and found.type == "Organization":
                    predicate = normalise_predicate(f"{verb.lemma_.lower()} {noun.lower_} of")
                    yield Candidate(subject, predicate, body, verb, "headline_change", 0.7, reach=False)


HEADLINE_RULES = (
    noun_tagged_verb,
    owner_in_noun_stack,
    coordinated_agreement,
    backer_of_deal,
    strike_against_owner,
    defied_resistance,
    change_in_body,
    act_in_stack,
    pair_in_stack,
)


def headline_bodies(
    span: Span, mentions: Sequence[Mention], entities: Sequence[Entity], taken: set[int]
) -> list[Description]:
    """The kind noun a headline calls a body by, for the one body of that kind the article names
    below it: "Competition watchdog opens probe into Thaalify" → the Competition Commission of India
    (the body text names it; a headline comes before every name)."""
    nouns = [t for t in span if t.lower_ in KIND_HEADS and t.i not in taken and t.dep_ in ("nsubj", "ROOT")]
    if not nouns:
        return []
    kinds = BodyKinds(span.doc, mentions, entities)
    found = []
    for noun in nouns:
        heads = KIND_HEADS[noun.lower_]
        bodies = {e.id: e for m, e in kinds.pairs if m.start >= span.end and name_head(e.name) in heads}
        bodies.update((e.id, e) for i, e in kinds.called.get(noun.lower_, ()) if i >= span.end)
        if len(bodies) == 1:
            start = min([noun.i, *(c.i for c in noun.lefts if c.dep_ in ("amod", "compound") and c.i not in taken)])
            found.append(
                Description(
                    start, noun.i + 1, noun.i, next(iter(bodies.values())), "the body the headline names by its kind"
                )
            )
    return found
