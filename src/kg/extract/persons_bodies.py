"""A company named with the person who owns or runs it: "Rupert Murdoch's News Corporation" → Rupert Murdoch
–control→ News Corporation, "Roman Abramovich's Sibneft". Mentions and their entities in → `Role`s out."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from kg.extract.doc_words import span_root
from kg.extract.mentions import Mention
from kg.extract.role_holders import Role
from kg.extract.title_owners import a_party
from kg.model import Entity


def persons_company(doc: Doc, mention: Mention, body: Entity, by_token) -> Iterator[Role]:
    """ "<person>'s <company>", the company the head of its noun phrase: "Philip Green's Arcadia bought
    BHS" (not "Mr Blair's BBC interview", where the name only says which interview; nor a party, which
    the party rules read)."""
    k = mention.start - 1
    if k < 1 or doc[k].text not in ("'s", "’s") or k - 1 not in by_token:
        return
    owner_mention, person = by_token[k - 1]
    if person.type != "Person" or body.type != "Organization" or a_party(body):
        return
    root = span_root(doc, mention.start, mention.end)
    if root.dep_ in ("compound", "nmod", "amod") or root.i + 1 < len(doc) and doc[root.i + 1].pos_ == "NOUN":
        return  # "Mr Blair's BBC interview": the company names a thing of the person's
    yield Role(person, body, "", "control", owner_mention.start, mention.end)
