"""Names the tagger typed wrongly, told by the words beside them: a title only people hold makes a
name a person's ("Pesafy's co-founder, Wanjiru Kamau"), so does a form of address ("Baroness
Boothroyd"); an owner of a title or a workplace after "at" is a body ("Komeito's secretary general"), and so is a
word before a title that the article names as a body elsewhere ("Unifor national president Lana Payne").
Tokens and mentions in, yes or no (or the body) out."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from kg.extract.doc_words import span_root
from kg.extract.mentions import Mention
from kg.extract.title_owners import title_of
from kg.extract.titles import HONORIFICS, ROLE_TITLES, TITLES, title_predicate
from kg.model import Entity

#: Last words of titles no body holds: a name set beside one is a person's, whatever the tagger said.
_PERSON_TITLES = frozenset(
    """president chairman chairwoman chairperson founder co-founder cofounder spokesman spokeswoman
    spokesperson minister secretary general executive ceo director""".split()
)
#: Roles of an office, not of a trade ("producer", "manager" are said of companies too).
_OFFICES = frozenset({"lead", "chair", "spokesperson_for", "founder_of", "member_of"})


def person_titled(doc: Doc, mention: Mention, entity_type: str | None) -> bool:
    """True for a name in apposition to a title only people hold ("Pesafy's co-founder, Wanjiru
    Kamau"), or, for a name taken for a place, to an office ("The Conservative leader, Kemi Badenoch";
    not "Rio Tinto, Australia's largest iron ore producer")."""
    root = span_root(doc, mention.start, mention.end)
    before = doc[mention.start - 1] if mention.start > 0 else None
    if before is not None and before.lower_ in _PERSON_TITLES and before.head.i == root.i:
        return True  # "Outgoing BBC chairman Gavyn Davies"
    nouns = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    for noun in nouns:
        words = title_of(noun) if noun.i < mention.start or noun.i >= mention.end else []
        last = "".join(t.text for t in doc[noun.i - 2 : noun.i + 1]).lower() if noun.i >= 2 else noun.lower_
        chief = noun.lower_ != "executive" or any(t.lower_ == "chief" for t in words)  # not "the EU's executive"
        if words and chief and (noun.lower_ in _PERSON_TITLES or last == "co-founder"):
            return True
        if words and entity_type == "Location" and title_predicate([t.text for t in words]) in _OFFICES:
            return True
    return False


def addressed(doc: Doc, mention: Mention) -> bool:
    """True for a name that opens with a form of address and ends with no title: "Baroness Boothroyd"."""
    words = doc[mention.start : mention.end]
    last = words[-1].lower_
    return len(words) > 1 and words[0].lower_ in HONORIFICS and last not in TITLES and last not in ROLE_TITLES


def owned_place(doc: Doc, organization: Entity, person: Entity, start: int, end: int, by_token) -> bool:
    """True when the grammar makes a body of what the tagger took for a place, for a role over tokens
    [start, end): an owner of a person's title ("Komeito's secretary general, Hiroshi Tanabe") or the
    workplace after "at" ("Laura Ochoa, a fund manager at Amundi"); not a posting ("Paris
    correspondent John Smith")."""
    if organization.type != "Location" or person.type != "Person":
        return False
    for i in range(end - 1, doc[start].sent.start - 1, -1):  # the owner nearest the name
        found = by_token.get(i)
        if found is not None and found[1].id == organization.id:
            mention = found[0]
            after = doc[mention.end].text if mention.end < len(doc) else ""
            return after in ("'s", "’s") or mention.start > 0 and doc[mention.start - 1].lower_ == "at"
    return False


def named_elsewhere(token: Token, entities: Sequence[Entity]) -> tuple[Mention, Entity] | None:
    """A body the article names elsewhere, written here as a one-word name no mention holds (the tagger
    missed it): the word is the body's name or its short form, and it begins its noun phrase."""
    if token.pos_ != "PROPN" or not token.is_title and not token.is_upper or token.dep_ != "compound":
        return None
    if token.i > 0 and token.doc[token.i - 1].pos_ in ("PROPN", "ADJ", "NOUN"):
        return None  # a word inside a longer name
    bodies = {e.id: e for e in entities if e.type in ("Organization", "Group") and token.text in (e.name, *e.aliases)}
    if len(bodies) != 1:
        return None
    (body,) = bodies.values()
    return Mention(token.i, token.i + 1, body.name, body.type or "Organization"), body
