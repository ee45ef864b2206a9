"""Roles a body's act on a titled person says: "Ukraine ousted long-serving leader Leonid Kuchma"
(the leader was Ukraine's), "Shell sacked chief executive Philip Watts", "Labour has suspended MP
Tony Lloyd". A bare title before the object's name, and the subject that removes, suspends or
appoints them, in → `Role`s out (ended when the act removed them)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from kg.countries import country_name
from kg.extract.doc_words import doc_column, positions_among, word_hashes
from kg.extract.mentions import Mention
from kg.extract.role_holders import Role, may_hold
from kg.extract.titles import ENDED, title_predicate
from kg.model import Entity

#: Acts by which a body removes one of its own staff or members: the role has ended.
_REMOVING = frozenset("sack dismiss fire expel".split())
#: Acts a body does to one of its own, who stays: "suspended", "appointed", "promoted".
_KEEPING = frozenset("suspend appoint promote hire recruit nominate select".split())
#: What a country does to its own leader (not to a foreign one it welcomed or met); an army or
#: rebels that "ousted President X" are no body he led.
_COUNTRY_ACTS = frozenset("oust depose topple".split())
_BODIES = frozenset({"Organization"})
#: Acts a body does to its members, and to others' staff: only a member's title says whose it was.
_MEMBERS_ONLY = frozenset({"suspend", "expel"})


def acted_title_roles(
    doc: Doc, mentions: Sequence[Mention], entities: Sequence[Entity], entity_of: Callable[[Token], Entity | None]
) -> Iterator[Role]:
    """The person named as the object of "ousted", "sacked", "suspended", "appointed" … with a title
    and nothing else before the name ("chief executive Philip Watts", not "BP chief executive …",
    "Russian diplomat …") held that title in the verb's subject (an organization; a country only for
    ousting or toppling its leader)."""
    verbs = positions_among(doc_column(doc, LEMMA), word_hashes(_REMOVING | _KEEPING | _COUNTRY_ACTS))
    if not verbs:
        return
    by_token = {i: (m, e) for m, e in zip(mentions, entities) for i in range(m.start, m.end)}
    for i in verbs:
        verb = doc[i]
        if verb.pos_ != "VERB":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        body = entity_of(subject) if subject is not None else None
        if body is None:
            continue
        lemma = verb.lemma_.lower()
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            if obj.i not in by_token:
                continue
            mention, person = by_token[obj.i]
            if person.type != "Person" or person.id == body.id:
                continue
            words = _bare_title(doc, mention.start)
            if not words:
                continue
            predicate = title_predicate([t.lower_ for t in words if t.lower_ not in ENDED])
            if predicate is None or not _may_act(body, predicate, lemma):
                continue
            title = " ".join(t.text for t in words)
            ended = lemma in _REMOVING or lemma in _COUNTRY_ACTS
            role = Role(person, body, title, predicate, words[0].i, obj.i + 1, ended)
            if may_hold(role):
                yield role


def _bare_title(doc: Doc, start: int) -> list[Token]:
    """The lower-case title words right before a name, when nothing else is ("chief executive Philip
    Watts", "long-serving leader Leonid Kuchma"); none when a name, a nationality or a determiner
    says whose title it is ("BP chief executive", "Russian diplomat", "its chief executive")."""
    words: list[Token] = []
    i = start - 1
    while i >= 0 and _title_word(doc[i]):
        if doc[i].text != "-":
            words.insert(0, doc[i])
        i -= 1
    if not words or i >= 0 and (doc[i].ent_type_ or doc[i].dep_ in ("poss", "det") and doc[i].head.i >= start):
        return []
    if any(country_name(t.text, demonyms=True) for t in words):
        return []
    # "long-serving leader", "embattled chairman": a participle describes the holder, not the office
    return [t for t in words if t.tag_ not in ("VBG", "VBN")]


def _title_word(token: Token) -> bool:
    """A word of a bare title: lower case ("chief executive"), an upper-case title ("MP"), or the
    hyphen of "long-serving"; never a word of a name."""
    if token.text == "-":
        return token.i > 0 and token.nbor(-1).is_lower
    if not token.is_alpha or token.ent_type_ or token.dep_ not in ("compound", "amod", "nmod"):
        return False
    return token.is_lower or token.is_upper and title_predicate([token.lower_]) is not None


def _may_act(body: Entity, predicate: str, lemma: str) -> bool:
    """A body acts on its own staff and members; a country only ousts or topples its own leader."""
    if body.type in _BODIES:  # a regulator suspends or expels outsiders too ("suspended trader X")
        return lemma not in _COUNTRY_ACTS and (lemma not in _MEMBERS_ONLY or predicate == "member_of")
    return body.type == "Country" and predicate == "lead" and lemma in _COUNTRY_ACTS
