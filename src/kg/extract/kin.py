"""Family ties read from kin nouns beside a name: "Princess Marguerite, the eldest daughter of King
Michael" → daughter_of, "Mr Brown's wife, Sarah" and "their daughter Jennifer" (the pronoun's people).
Mentions, entities and the doc's pronoun resolution in → `Role`s between two people out."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Doc, Token

from kg.extract.doc_words import span_root, word_positions
from kg.extract.grammar import preposition_object
from kg.extract.mentions import Mention
from kg.extract.role_holders import Role
from kg.extract.titles import ENDED
from kg.keys import canonical_key
from kg.model import Entity

#: Kin nouns: each names the predicate "<noun>_of" ("son-in-law" is read from its tokens).
KIN = frozenset(
    """wife husband son daughter father mother brother sister widow widower grandson granddaughter
    grandfather grandmother nephew niece uncle aunt cousin girlfriend boyfriend fiancee fiance stepson
    stepdaughter""".split()
)
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})
#: Kin nouns of a child, whose first name alone may stand beside them ("had a son - John -").
_CHILDREN = frozenset({"son", "daughter"})


def kin_roles(
    doc: Doc,
    mentions: Sequence[Mention],
    entities: Sequence[Entity],
    people_of: Callable[[Token], list[Entity]],
) -> Iterator[Role]:
    """Each person named beside a kin noun and the relative it names: "<Name>, the son of <Name>",
    "<Name>'s wife, <Name>", "his brother <Name>". `people_of` resolves a token to the people it
    stands for ("their" → both)."""
    if not word_positions(doc, KIN):
        return  # no kin noun in the article (most articles)
    for mention, person in zip(mentions, entities):
        if person.type not in ("Person", "Organization", "Other"):
            continue  # a kin noun beside a name the tagger took for a body says it is a person's
        # a name the tagger took for a body only by a kin noun in apposition ("X, son-in-law of Y")
        for noun in _kin_nouns(doc, mention, before=person.type == "Person"):
            kin = _kin_word(noun)
            for relative in _relatives(noun, people_of, mentions, entities):
                if relative.type == "Person" and relative.id != person.id:
                    ended = any(t.lower_ in ENDED for t in noun.lefts) or noun.i > 1 and doc[noun.i - 2].lower_ in ENDED
                    start = min(mention.start, noun.left_edge.i)
                    yield Role(
                        person, relative, kin, f"{kin.replace('-', '_')}_of", start, max(mention.end, noun.i + 1), ended
                    )
    yield from _untagged_kin(doc, mentions, entities, people_of)


def _untagged_kin(
    doc: Doc, mentions: Sequence[Mention], entities: Sequence[Entity], people_of: Callable[[Token], list[Entity]]
) -> Iterator[Role]:
    """A child's first name the tagger did not take for a name, set beside the kin noun: "the couple
    had a son - John - an event which …" → John –son_of→ each of the couple."""
    named = {i for m in mentions for i in range(m.start, m.end)}
    for noun in (doc[i] for i in word_positions(doc, _CHILDREN) if doc[i].pos_ == "NOUN"):
        name = next((c for c in noun.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is None or name.i in named or name.ent_type_ or not (name.is_title and name.is_alpha):
            continue
        if name.n_lefts or name.n_rights and any(c.dep_ != "punct" for c in name.children):
            continue  # one word alone: a first name, not "John Lewis of …"
        child = Entity(canonical_key(name.text), name.text, "Person")
        for relative in _relatives(noun, people_of, mentions, entities):
            if relative.type == "Person":
                yield Role(child, relative, noun.lower_, f"{noun.lower_}_of", noun.left_edge.i, name.i + 1)


def _kin_nouns(doc: Doc, mention: Mention, *, before: bool = True) -> list[Token]:
    """Kin nouns in apposition to the name, or (`before`) right before it ("their daughter Jennifer")."""
    root = span_root(doc, mention.start, mention.end)
    found = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        found.append(root.head)
        # "Mr Brown's former girlfriend, Princess Marguerite, the eldest daughter of King Michael": the
        # second apposition is parsed as the first's sibling
        found += [c for c in root.head.children if c.dep_ == "appos" and c.i >= mention.end]
    k = mention.start - 1
    if k >= 0 and doc[k].text in (",", "-", "–"):
        k -= 1
    if k >= 0 and before:
        found.append(doc[k])
    elif not before:  # only "X, son-in-law of Y" after the name, never "his granddaughter X"
        found = [t for t in found if t.i >= mention.end]
    return [t for t in found if t.pos_ == "NOUN" and _kin_word(t)]


def _kin_word(noun: Token) -> str:
    """ "son" for "son", "son-in-law" for the head of "son - in - law"; "" for no kin noun."""
    if noun.lower_ not in KIN:
        return ""
    after = "".join(t.text for t in noun.doc[noun.i + 1 : noun.i + 5]).lower()
    return f"{noun.lower_}-in-law" if after == "-in-law" else noun.lower_


def _relatives(
    noun: Token, people_of: Callable[[Token], list[Entity]], mentions: Sequence[Mention], entities: Sequence[Entity]
) -> list[Entity]:
    """Whose kin the noun says: its owner ("Mr Brown's", "their") or the object of its "of"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return people_of(child)
        if child.dep_ == "poss" and child.lower_ in _POSSESSIVE_PRONOUNS:
            named = [e for e in people_of(child) if e.id in _named_before(child, mentions, entities)]
            return named or (_couple_before(child, people_of) if child.lower_ == "their" else [])
        if child.dep_ == "prep" and child.lower_ == "of":  # "the eldest daughter of ex-King Michael"
            pobj = preposition_object(child)
            # "ex - King Michael": the parse makes "ex" and the name each an object of "of"
            names = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if pobj is not None:  # "wife of the prime minister Tony Blair"
                names += [c for c in pobj.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            # "the son of President Joe Biden", the name parsed as the kin noun's own apposition
            names += [c for c in noun.children if c.dep_ == "appos" and c.i > child.i and c.pos_ == "PROPN"]
            for name in names:
                people = [e for e in people_of(name) if e.type == "Person"]
                if people:
                    return people
            return []
    return _parents(noun, people_of)


#: Verbs whose subject became the parents of the child named as their object ("the couple had a son").
_BEARING = frozenset({"have", "adopt"})


def _parents(noun: Token, people_of: Callable[[Token], list[Entity]]) -> list[Entity]:
    """The people who "had a son" or "adopted a daughter": "the couple had a son - John", "Gordon
    Brown and his wife Sarah had a son, John" (each subject, "the couple" both of the pair)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ not in _BEARING or verb.pos_ not in ("VERB", "AUX"):
        return []
    if noun.lower_ not in ("son", "daughter") or any(c.dep_ == "poss" for c in noun.children):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    people = [e for t in (subject, *subject.conjuncts) for e in people_of(t) if e.type == "Person"]
    return list({e.id: e for e in people}.values())


def _couple_before(pronoun: Token, people_of: Callable[[Token], list[Entity]]) -> list[Entity]:
    """The two people "their" stands for when the last subject before it, in its sentence or the one
    before, was a pair of them: "the couple were hit by tragedy in 2002. Their daughter Jennifer died"."""
    doc = pronoun.doc
    start = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else 0
    for i in range(pronoun.i - 1, start - 1, -1):
        if doc[i].dep_ in ("nsubj", "nsubjpass"):
            people = [e for e in people_of(doc[i]) if e.type == "Person"]
            return people if len(people) == 2 else []
    return []


def _named_before(pronoun: Token, mentions: Sequence[Mention], entities: Sequence[Entity]) -> set[str]:
    """Ids of the entities named in the pronoun's sentence before it, or in the sentence before: a
    pronoun's kin is not pinned on an antecedent further back."""
    sentence = pronoun.sent
    start = pronoun.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    return {e.id for m, e in zip(mentions, entities) if start <= m.start < pronoun.i}
