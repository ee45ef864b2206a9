"""Bare descriptions in a headline: "Australia orders Hong Kong fund to sell stake …" names by its kind
the one body the article's text calls "a Hong Kong investment fund" beside its name (Tianyu Capital).

The headline span, the article's mentions and entities in → `Description`s of the headline's bare noun phrases.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.description_record import Description
from kg.extract.mentions import Mention
from kg.extract.role_holders import Role
from kg.model import Entity

#: Where a bare noun phrase acts in a headline: as a subject or an object of its verb or preposition.
_ACTING = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
#: Words before a noun that make it no bare description ("its fund", "the fund" are the verb rules').
_DETERMINING = frozenset({"det", "poss", "nummod", "predet"})
#: The types of entity a headline's kind noun may stand for.
_BODIES = frozenset({"Organization", "Group"})


def headline_kind_phrases(
    span: Span, mentions: Sequence[Mention], entities: Sequence[Entity], taken: set[int]
) -> list[Description]:
    """The bare noun phrases of the headline `span` ("Hong Kong fund") that stand for the one named body
    the article's text calls by the same noun with the same modifiers beside its name ("Tianyu Capital,
    a Hong Kong investment fund"); none when no body or several fit."""
    owner = {i: e for m, e in zip(mentions, entities) for i in range(m.start, m.end) if e.type in _BODIES}
    found = []
    for noun in span:
        if not _bare_kind_noun(noun, taken):
            continue
        modifiers = [c for c in noun.lefts if c.dep_ in ("amod", "compound")]
        words = {w.lower_ for c in modifiers for w in c.subtree if not w.is_punct}
        bodies = {e.id: e for e in _called(span, noun, owner, words)}
        if len(bodies) == 1:
            start = min([noun.i, *(w.i for c in modifiers for w in c.subtree)])
            entity = next(iter(bodies.values()))
            found.append(Description(start, noun.i + 1, noun.i, entity, "the body the headline names by its kind"))
    return found


def _bare_kind_noun(noun: Token, taken: set[int]) -> bool:
    """A common noun acting in the headline with no determiner before it: "fund" in "orders Hong Kong fund"."""
    return (
        noun.pos_ == "NOUN"
        and noun.is_lower
        and noun.tag_ == "NN"
        and noun.dep_ in _ACTING
        and noun.i not in taken
        and not any(c.dep_ in _DETERMINING for c in noun.children)
    )


def _called(span: Span, noun: Token, owner: dict[int, Entity], words: set[str]) -> list[Entity]:
    """The named bodies the article's text (after the headline) puts the noun beside, in apposition
    ("Tianyu Capital, a Hong Kong investment fund") or before their name ("the Hong Kong fund Tianyu"),
    when every modifier word of the headline's phrase is in that phrase or the body's name."""
    found = []
    for token in span.doc[span.end :]:
        if token.lemma_.lower() != noun.lemma_.lower() or token.pos_ != "NOUN":
            continue
        named = _named_beside(token, owner)
        if named is None:
            continue
        phrase = {w.lower_ for w in token.subtree} | set(named.name.lower().split())
        if all(w in phrase or _same_country(w, phrase) for w in words):
            found.append(named)
    return found


def _same_country(word: str, phrase: set[str]) -> bool:
    """Whether a country's adjective in the headline ("Chinese chip designer") names the country a word of
    the text's phrase names, by its name, its adjective or its capital ("a Beijing chip designer")."""
    from kg.countries import capital_country, country_name

    country = country_name(word.title(), demonyms=True)
    return country is not None and any(
        country in (country_name(w.title(), demonyms=True), capital_country(w)) for w in phrase if w.isalpha()
    )


def _named_beside(token: Token, owner: dict[int, Entity]) -> Entity | None:
    """The named body a noun is in apposition with ("Tianyu Capital, a Hong Kong fund"), that it stands
    before or after as a modifier ("the Hong Kong fund Tianyu Capital", "the Tianyu fund"), or that it
    is said to be."""
    if token.dep_ in ("appos", "compound") and token.head.i in owner:
        return owner[token.head.i]
    for child in token.children:
        if child.dep_ in ("appos", "compound") and child.i in owner:
            return owner[child.i]
    verb = token.head
    if token.dep_ == "attr" and verb.lemma_ == "be" and not any(c.dep_ == "neg" for c in verb.children):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)  # "Tianyu is a Hong Kong fund"
        return owner.get(subject.i) if subject is not None else None
    return None


#: Nouns by which a headline calls the person who leads a body or a place: "Kurdish leader",
#: "Tesla boss", "Chinese premier".
_LEADER_NOUNS = frozenset("leader boss chief head premier president chairman chairwoman chair".split())
#: The roles of a person that such a noun names.
_LEADING = frozenset({"lead", "chair", "chief_executive_of", "head_of", "president_of", "prime_minister_of"})


def headline_leaders(
    span: Span, mentions: Sequence[Mention], entities: Sequence[Entity], taken: set[int], roles: Sequence[Role]
) -> list[Description]:
    """The bare "[place or body] leader" of the headline `span` ("Kurdish leader accuses Baghdad …") for
    the one person the article's text says leads a body or place its modifier names ("The prime
    minister of Iraq's Kurdistan Region, Masrour Barzani"); none when no person or several fit."""
    by_token = {i: e for m, e in zip(mentions, entities) for i in range(m.start, m.end)}
    found = []
    for noun in span:
        if noun.lower_ not in _LEADER_NOUNS or not _bare_kind_noun(noun, taken):
            continue
        modifiers = [c for c in noun.lefts if c.dep_ in ("amod", "compound")]
        if len(modifiers) != 1 or not modifiers[0].text[:1].isupper():
            continue  # "party leader", "union boss": the place or body must be named
        word, named = modifiers[0].text, by_token.get(modifiers[0].i)
        people = {
            r.person.id: r.person
            for r in roles
            if not r.ended
            and r.person.type == "Person"
            and r.predicate in _LEADING
            and (named is not None and named.id == r.organization.id or _names(word, r.organization))
        }
        if len(people) == 1:
            person = next(iter(people.values()))
            found.append(Description(noun.i, noun.i + 1, noun.i, person, "the leader the headline names"))
    return found


def _names(word: str, body: Entity) -> bool:
    """Whether a headline's modifier names `body`: its name's word ("Tesla boss"), its country's
    adjective ("Chinese premier"), or an adjective sharing a name word's stem ("Kurdish": Kurdistan Region)."""
    from kg.countries import country_name

    folded = word.lower()
    names = [w.lower() for w in body.name.replace("-", " ").split()]
    if folded in names:
        return True
    country = country_name(word, demonyms=True)
    if country is not None and country.lower() in body.name.lower():
        return True
    return len(folded) >= 5 and any(n[:4] == folded[:4] and len(n) >= 5 for n in names)


def headline_leader_roles(
    span: Span, mentions: Sequence[Mention], entities: Sequence[Entity], roles: Sequence[Role]
) -> list[Role]:
    """The role a bare "[body] chief" of the headline `span` states, when its modifier is a name of the
    body the one person the text says leads it: "Fed chief warning on US deficit" with "Federal Reserve
    chairman Alan Greenspan" below → Alan Greenspan chairs the Federal Reserve, said in the headline too."""
    by_token = {i: e for m, e in zip(mentions, entities) for i in range(m.start, m.end)}
    found = []
    for noun in span:
        if noun.lower_ not in _LEADER_NOUNS or noun.tag_ != "NN" or noun.i in by_token:
            continue
        if any(c.dep_ in _DETERMINING for c in noun.children):
            continue
        modifiers = [c for c in noun.lefts if c.dep_ in ("amod", "compound")]
        body = by_token.get(modifiers[0].i) if len(modifiers) == 1 else None
        if body is None or any(r.start >= span.start and r.end <= span.end for r in roles):
            continue  # the headline's own title roles are the title rules'
        held = {
            r.person.id: r
            for r in roles
            if not r.ended and r.person.type == "Person" and r.predicate in _LEADING and r.organization.id == body.id
        }
        if len(held) == 1:
            role = next(iter(held.values()))
            found.append(replace(role, title=noun.text, start=modifiers[0].i, end=noun.i + 1))
    return found
