"""Roles whose organization a description names, read once descriptions resolve: "The airline's chief
executive, Elena Markou" (the airline the article is about), "Bolivia, the fourth member of the bloc",
"Brazil, Argentina, Uruguay and Paraguay, the bloc's four full members". Mentions, entities and the
run's entity lookup in → `Role`s out."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.acted_titles import acted_title_roles
from kg.extract.coalition_partners import coalition_partner_roles
from kg.extract.doc_words import child_deps, span_root
from kg.extract.grammar import preposition_object
from kg.extract.mentions import Mention
from kg.extract.owned_bodies import BODY_KINDS
from kg.extract.role_holders import Role, may_hold
from kg.extract.subdivisions import SUBDIVISION_NOUNS
from kg.extract.title_owners import organization_of, scoped, title_of
from kg.extract.titled_names import person_titled
from kg.extract.titles import ENDED, singular, title_predicate
from kg.model import Entity

#: Roles a body or a country may hold in another, besides those people hold.
_HELD_BY_BODIES = frozenset({"member_of", "shareholder_of", "owner_of"})
#: Kinds of body within another, named in apposition ("the Junge Union, the party's youth wing").
_KINDS = BODY_KINDS | {"wing", "part"}
#: Bodies a "sister" one is of the same kind as ("the CDU's Bavarian sister party").
#: Kinds of company a state may own, and the words before them that say it does ("state-owned").
_STATE_BODIES = frozenset({"company", "firm", "group", "enterprise", "corporation", "producer", "operator", "miner"})
_STATE_RUN = frozenset({"owned", "run", "controlled", "backed"})
_PARENTS = frozenset({"company", "group", "firm"})
_SISTERS = frozenset({"party", "company", "organisation", "organization", "paper", "newspaper"})
_HELD_BY_PEOPLE = frozenset({"founder_of"})
_COPULAS = frozenset({"be", "become", "remain"})
_HOLDERS = frozenset({"Person", "Organization", "Group", "Country"})
_OWNERS = frozenset({"Organization", "Group", "Country", "Person"})
#: Nouns that describe a body: the name a description by one stands for is a body, whatever type the
#: tagger gave it ("the bloc's four full members" for a Mercosur tagged as a place).
_BODY_NOUNS = frozenset(
    """bloc alliance coalition union party group company firm airline carrier bank community
    organisation organization association federation league railway fund club""".split()
)


def described_owner_roles(
    doc: Doc, mentions: Sequence[Mention], entities: Sequence[Entity], entity_of: Callable[[Token], Entity | None]
) -> Iterator[Role]:
    """A title set beside a name whose organization is a description ("the airline's", "of the bloc")
    resolved to a named body: the name holds that role in it; a plural title ("the bloc's four full
    members") is held by every name of the coordination it stands beside."""
    by_token = {i: (m, e) for m, e in zip(mentions, entities) for i in range(m.start, m.end)}
    for mention, holder in zip(mentions, entities):
        root = span_root(doc, mention.start, mention.end)
        said = _said_of(root, by_token)
        if not said:
            continue
        if holder.type in ("Location", "Other", "Organization") and person_titled(doc, mention, holder.type):
            holder = replace(holder, type="Person")  # "the union's president, Andreas Pinheiro" taken for a place
        if holder.type not in _HOLDERS:
            continue
        for noun, past in said:
            words, predicate, plural = _title(noun) if holder.type != "Organization" else _kind(noun)
            if predicate is None and holder.type == "Organization":
                words, predicate, plural = _title(noun)
            if predicate is None or holder.type != "Person" and not _held_by_bodies(predicate):
                continue
            holders = [(holder, mention.start, mention.end)]
            if plural:  # "Brazil, Argentina, Uruguay and Paraguay, the bloc's four full members"
                holders += [
                    (by_token[c.i][1], by_token[c.i][0].start, by_token[c.i][0].end)
                    for c in root.conjuncts
                    if c.i in by_token and by_token[c.i][1].type == holder.type
                ]
            ended = past or any(t.lower_ in ENDED for t in noun.lefts)
            for owner, body, token in _owners(noun, by_token, entity_of, holder.type != "Person"):
                # "chief executive of the airline" heads it: "of" names the body, not a part of it
                held = predicate if token.head.head.i == noun.i else scoped(predicate, noun, by_token)
                for named, start, end in holders:
                    role = Role(
                        named,
                        owner,
                        " ".join(t.text for t in words),
                        held,
                        min(start, noun.left_edge.i),
                        max(end, noun.right_edge.i + 1),
                        ended,
                    )
                    if named.id != owner.id and (may_hold(role) or body and owner.type not in _OWNERS):
                        yield role
    yield from coalition_partner_roles(doc, mentions, entities)
    yield from acted_title_roles(doc, mentions, entities, entity_of)  # "Shell sacked chief executive …"


def _owners(
    noun: Token, by_token, entity_of: Callable[[Token], Entity | None], body_held: bool
) -> list[tuple[Entity, bool, Token]]:
    """The organizations a title noun names (see `_described_owner`), each with whether a body noun
    described it ("the bloc's") and the word that names it; names coordinated with a named one too ("an
    EU and Nato member")."""
    token = _described_owner(noun, by_token, body_held)
    if token is None:
        return []
    owner = entity_of(token)
    if owner is None and token.lower_ in ("its", "their"):
        owner = organization_of(noun, by_token)  # "Its largest shareholder, …": the body last named
    body = token.lower_ in _BODY_NOUNS
    if owner is not None and owner.type == "Location" and token.lower_ in SUBDIVISION_NOUNS:
        body = True  # "The province's justice minister, Mickey Amery": the province resolved to a place
    if owner is None or owner.type not in _OWNERS and not body:
        return []
    others = [by_token[c.i][1] for c in token.conjuncts if c.i in by_token] if token.i in by_token else []
    return [(owner, body, token), *((o, False, token) for o in others if o.type in _OWNERS and o.id != owner.id)]


def _held_by_bodies(predicate: str) -> bool:
    return predicate in _HELD_BY_BODIES or predicate.endswith("_of") and predicate not in _HELD_BY_PEOPLE


def _said_of(root: Token, by_token) -> list[tuple[Token, bool]]:
    """The common nouns said of a name, each with whether "was" put it in the past: in apposition either
    side of it ("the airline's chief executive, Elena Markou", "Bolivia, the fourth member of the bloc")
    or after "be", "become" or "remain", in the name's clause or a relative one ("Sweden became Nato's
    32nd member", "Bolivia, which is a member of the bloc"; not after "is not")."""
    labels = child_deps(root)  # most names have none of the children read here
    nouns = [(c, False) for c in root.children if c.dep_ == "appos"] if "appos" in labels else []
    if root.dep_ == "appos":
        nouns.append((root.head, False))
        if root.head.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i not in by_token:
            nouns.append((root.head.head, False))  # "the company's largest shareholder, the Hong Kong fund X"
    # "the airline's chief executive Maria Lopes": the title before the name, no comma between
    if "compound" in labels:
        nouns.extend((c, False) for c in root.lefts if c.dep_ == "compound" and c.pos_ == "NOUN")
    verbs = [root.head] if root.dep_ == "nsubj" else []
    if "relcl" in labels:
        for clause in (c for c in root.children if c.dep_ == "relcl"):  # "Maria Lopes, who is the airline's …"
            if any(c.dep_ == "nsubj" and c.lower_ in ("who", "which") for c in clause.children):
                verbs.extend([clause, *clause.conjuncts])
    for verb in verbs:
        if verb.lemma_ in _COPULAS and not any(_unsure(c) for c in verb.children):
            past = verb.lemma_ == "be" and verb.tag_ == "VBD"
            nouns.extend((c, past) for c in verb.children if c.dep_ == "attr")
    nouns = [(_one_of(n), past) for n, past in nouns]  # "Norges Bank, one of Shell's largest shareholders"
    # a lower-case title the tagger made a proper noun counts ("The province's justice minister, …")
    return [
        (n, past)
        for n, past in nouns
        if (n.pos_ == "NOUN" or n.pos_ == "PROPN" and n.is_lower) and n.i not in by_token and _role_noun(n)
    ]


def _one_of(noun: Token) -> Token:
    """The plural after "one of" ("one of the bloc's founding members"), or the noun itself."""
    if noun.lower_ != "one":
        return noun
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    found = preposition_object(prep) if prep is not None else None
    return found if found is not None and found.tag_ == "NNS" else noun


def _role_noun(noun: Token) -> bool:
    """True for a noun that may name a role or a kind of body (a cheap look before the grammar)."""
    lower = noun.lower_
    return (
        title_predicate([lower]) is not None
        or title_predicate([singular(lower)]) is not None
        or noun.lemma_ in _KINDS
        or lower in _SISTERS
        or lower in _PARENTS
        or lower in _STATE_BODIES
    )


def _unsure(child: Token) -> bool:
    """True for a word that leaves what "be" says unsaid: "not", "no longer", "would", "if", "whether"."""
    return (
        child.dep_ == "neg"
        or child.tag_ == "MD"
        or child.dep_ == "mark"
        and child.lower_ in ("if", "unless", "whether")
        or child.dep_ == "advmod"
        and child.lower_ == "longer"
    )


def _kind(noun: Token) -> tuple[list[Token], str | None, bool]:
    """The kind of body within another a noun names, and the relation it says: "the party's youth wing"
    → wing_of, "Lufthansa's low-cost subsidiary" → subsidiary_of, "the CDU's sister party" → sister_party_of,
    "Instagram's parent company" → parent_company_of."""
    words = [*(c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.is_lower), noun]
    kind = noun.lemma_.lower()
    if kind in _KINDS and noun.tag_ == "NN":
        return words, f"{kind}_of", False
    if kind in _SISTERS and any(c.lower_ == "sister" for c in noun.lefts):
        return words, f"sister_{kind}_of", False
    if kind in _STATE_BODIES and _state_run(noun):
        return words, "state_company_of", False  # "Petroleos Mexicanos, Mexico's state oil company"
    if kind in _PARENTS and any(c.lower_ == "parent" for c in noun.lefts):
        return words, "parent_company_of", False  # "Instagram's parent company, Meta Platforms"
    return [], None, False


def _state_run(noun: Token) -> bool:
    """True for a kind noun said to be the state's: "state oil company", "state-owned miner"."""
    for left in noun.lefts:
        if left.lower_ == "state" and left.dep_ in ("compound", "nmod", "amod", "npadvmod"):
            return True
        if left.dep_ == "amod" and left.lower_ in _STATE_RUN:
            return any(c.lower_ == "state" for c in left.children)  # "state-owned": "state" hangs on "owned"
    return False


def _title(noun: Token) -> tuple[list[Token], str | None, bool]:
    """The title words of a noun, the role they name and whether the noun is plural ("members")."""
    words = title_of(noun)
    if words:
        return words, title_predicate([t.text for t in words if t.lower_ not in ENDED]), False
    if noun.tag_ == "NNS" and singular(noun.lower_) != noun.lower_:
        return [noun], title_predicate([singular(noun.lower_)]), True
    return [], None, False


def _described_owner(noun: Token, by_token, body_held: bool) -> Token | None:
    """What names the title's organization: a description ("the airline's", "of the bloc": a common noun
    after "the"); for a role a body holds, also "its" and a name ("two smaller Corella shareholders, …":
    a person's titles beside a name are the title rules' own)."""
    for child in noun.children:
        found = None
        if child.dep_ in ("poss", "compound", "nmod") if body_held else child.dep_ == "poss":
            found = child
        elif child.dep_ == "prep" and child.lower_ == "of":
            found = next((c for c in child.children if c.dep_ == "pobj"), None)
        if found is None:
            continue
        if body_held and (found.i in by_token or found.lower_ in ("its", "their")):
            return found
        if found.pos_ == "NOUN" and found.i not in by_token and any(d.lower_ == "the" for d in found.children):
            return found
    return None
