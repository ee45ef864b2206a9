"""Actors named by a common noun: "the government" (the government of the article's country),
"the company" (the organization last named), "the prime minister" (the person the title fits),
"the executive" (the one organization so named), "a UKIP spokesman" (the body itself), "Labour
MPs", "Citigroup traders" and "the police" (groups and institutions of their own).

Named mentions, their entities and the titles the article gave people in → `Description`s
out: a token span and the entity it stands for. Nothing here is keyed to a name; the
nouns below are the common nouns English uses for actors.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Token

from kg.countries import country_name, subdivision_types
from kg.extract.arguments import sentence_starts
from kg.extract.article_country import article_country
from kg.extract.body_kinds import COMMERCIAL_NOUNS, KIND_HEADS, BodyKinds
from kg.extract.body_people import STAFF_NOUNS, spokesperson_body
from kg.extract.described_bodies import (
    BODY_NOUNS,
    MAKER_NOUNS,
    TRADE_NOUNS,
    claimed_about,
    described_before,
    topic_described,
)
from kg.extract.description_record import Description, new_actor, phrase_start, standing, standing_for
from kg.extract.governments import GOVERNMENT_NOUNS, government
from kg.extract.group_descriptions import (
    DETERMINERS,
    INSTITUTION_NOUNS,
    group_of,
    institution,
    institution_again,
    named_by_head,
    staff_group,
)
from kg.extract.head_nouns import SOVEREIGNS, NameHeads
from kg.extract.lead_people import membership_by_act, named_after_lead
from kg.extract.leader_offices import leader_office
from kg.extract.mentions import Mention
from kg.extract.organization_anaphors import anaphoric, body_of_kind, last_named_organization
from kg.extract.possessed_bodies import WORKPLACE_NOUNS, persons_party, persons_workplace, title_countries
from kg.extract.role_holders import Role
from kg.extract.subdivisions import SUBDIVISION_NOUNS, the_subdivision
from kg.extract.titled_people import PersonTitle, TitledPeople, owned_title
from kg.extract.titled_people import person_titles as person_titles  # where document.py reads it
from kg.extract.titles import ENDED, GROUP_NOUNS, title_predicate
from kg.model import Entity
from kg.resolve import canonical_key

#: Nouns that, after "the", point back to an organization the article named ("the company").
ORGANIZATION_NOUNS = frozenset(
    """company firm group bank party agency organisation organization alliance union club
    airline carrier regulator watchdog broadcaster newspaper network retailer insurer lender business conglomerate
    giant maker manufacturer charity committee council court commission association operator
    exchange brewer chain channel station paper corporation authority foundation bloc community coalition
    fund railway""".split()
)
#: Plural nouns for people who act together as one party to events ("co-operate with the authorities",
#: "appealed to the kidnappers"), beyond the members of bodies that GROUP_NOUNS lists.
ACTING_GROUPS = frozenset({"authorities", "kidnappers", "captors", "hostage-takers", "hijackers", "gunmen"})
#: How many sentences back "the company" looks for the organization it stands for.
_ANAPHOR_WINDOW = 6


def descriptions(
    doc: Doc,
    mentions: Sequence[Mention],
    entities: Sequence[Entity],
    titles: Sequence[PersonTitle],
    skip: frozenset[int] = frozenset(),
    nouns: Sequence[Token] | None = None,
    roles: Sequence[Role] = (),
) -> list[Description]:
    """The common-noun actors of `doc`, each with the entity it stands for (`nouns`: the doc's
    nouns and proper nouns, when the caller has them; `roles`: the roles titles gave people)."""
    named = {i for m in mentions for i in range(m.start, m.end)}
    owner = {i: e for m, e in zip(mentions, entities) for i in range(m.start, m.end)}
    # the article's country and the countries of people's titles, read when a noun first needs them
    country_of_article = cache(lambda: article_country(doc, mentions, entities))
    homes_of_people = cache(lambda: title_countries(titles, roles))
    by_start = sorted(zip(mentions, entities), key=lambda pair: pair[0].start)
    found: list[Description] = []
    sentence_of: list[int] | None = None  # read off the doc when a description first needs it
    heads: NameHeads | None = None
    people: TitledPeople | None = None
    kinds: BodyKinds | None = None
    voices: list[Entity] = []  # the bodies unnamed spokespeople spoke for, in order
    bodies: list[tuple[int, Entity]] = []  # the bodies the article described rather than named, where
    for token in nouns if nouns is not None else doc:
        if token.i in named or token.i in skip or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.dep_ == "appos" and token.head.pos_ == "PROPN" and token.head.i not in named:
            continue  # "an order from IndiGo, the Indian airline": it says what IndiGo is, no body named before
        lower = token.lower_
        described: Description | None
        if lower in GOVERNMENT_NOUNS:
            governed = government(token, owner, country_of_article(), homes_of_people())
            described = None if governed is None else new_actor(token, *governed)
        elif lower == "party" and (party := persons_party(token, owner, roles)) is not None:
            described = standing_for(token, party, "the party its possessor belongs to")
        elif lower in WORKPLACE_NOUNS and (workplace := persons_workplace(token, owner, roles)) is not None:
            described = standing_for(token, workplace, "the body its possessor works for")
        elif lower == "office":
            office = leader_office(token, country_of_article())
            described = None if office is None else new_actor(token, office, "office of the country's leader")
        elif lower in SUBDIVISION_NOUNS:
            place = the_subdivision(token, mentions, entities)
            described = None if place is None else standing_for(token, place, "the country part named before")
            if (
                described is None
                and _acting_state(token, mentions, entities)
                and (country := country_of_article()) is not None
            ):
                # "the state will take a 51% stake in the carrier": the government of the article's country
                described = new_actor(token, *government_of(country))
        elif lower == "ministers" and (country := country_of_article()) is not None and _the_ministers(token):
            described = new_actor(token, *government_of(country, "ministers: the government of the article's country"))
        elif lower in GROUP_NOUNS or lower in ACTING_GROUPS:  # plural forms only: "MPs", "peers"
            described = institution_again(token, found) or group_of(token, owner)
        elif lower == "leaders" and any(c.dep_ == "compound" and c.lower_ in KIND_HEADS for c in token.lefts):
            described = group_of(token, owner)  # "union leaders", "council leaders": a body's leaders, a group
        elif lower in STAFF_NOUNS:
            described = staff_group(token, owner)
        elif lower in INSTITUTION_NOUNS:
            if heads is None:
                heads = NameHeads(mentions, entities)
            described = standing(token, heads.institution_for(token), "institution the article names") or (
                institution(token, owner) if _definite(token) else None
            )
        elif (
            lower in ORGANIZATION_NOUNS
            and (_definite(token, ("the", "a", "an")) or _speaks_for(token))
            and not _modified_by_name(token)
        ):
            if sentence_of is None:
                sentence_of = sentence_starts(doc)
            if not anaphoric(token):
                described = standing(token, described_before(token, bodies, sentence_of), "the body described before")
                described = described or _new_body(token)
                if described is None and lower in TRADE_NOUNS:
                    if kinds is None:
                        kinds = BodyKinds(doc, mentions, entities)
                    described = standing(
                        token, claimed_about(token, owner, kinds), "business described in a claim"
                    ) or standing(token, topic_described(token, owner, kinds), "business described after its news")
            elif lower in KIND_HEADS:
                if kinds is None:
                    kinds = BodyKinds(doc, mentions, entities)
                described = _body_of_kind(token, kinds, sentence_of, owner)
            else:
                if kinds is None and lower in COMMERCIAL_NOUNS:
                    kinds = BodyKinds(doc, mentions, entities)
                organization = last_named_organization(token, by_start, sentence_of, kinds)
                described = standing(token, organization, "the organization last named")
        elif lower in MAKER_NOUNS:  # "The US planemaker blamed …": only the business the news was about
            if kinds is None:
                kinds = BodyKinds(doc, mentions, entities)
            described = standing(token, topic_described(token, owner, kinds), "business described after its news")
        elif (
            title_predicate([lower]) is not None
            and (_definite(token) or owned_title(token, owner))
            and token.dep_ != "compound"
            and not (lower in SOVEREIGNS and token.is_title)  # "the Queen" herself, below
        ):
            if people is None:
                people = TitledPeople(doc, mentions, entities, titles, _titled(roles))
            described = _titled_person(token, people, owner)
        elif title_predicate([lower]) is not None and lower not in SOVEREIGNS:
            lead = named_after_lead(token, owner)  # "UKIP have suspended a candidate … John Houston, 54, …"
            described = None if lead is None else _lead_person(token, lead, owner)
        else:
            described = None
        if described is None and token.dep_ != "compound":
            if heads is None:
                heads = NameHeads(mentions, entities)
            described = named_by_head(token, heads) or standing(
                token, spokesperson_body(token, owner, voices), "voice of a named body"
            )
        if described is not None:
            found.append(described)
            if described.rule == "body described by the article" or any(described.entity.id == e.id for _, e in bodies):
                bodies.append((described.head, described.entity))
            if bodies and bodies[-1][0] == described.head or described.rule == "group noun":
                # a body the article described can be "the group" later on
                by_start.append(
                    (
                        Mention(
                            described.start,
                            described.end,
                            described.entity.name,
                            described.entity.type or "Organization",
                        ),
                        described.entity,
                    )
                )
    return found


def _acting_state(token: Token, mentions: Sequence[Mention], entities: Sequence[Entity]) -> bool:
    """True for "the state" alone as the subject of a clause ("the state lent it 180 million euros") in
    an article that names no state of a country before it (where "the state" may be that one)."""
    if token.lower_ != "state" or not token.is_lower or token.dep_ != "nsubj":
        return False
    if [c.lower_ for c in token.children] != ["the"]:
        return False
    return not any(
        m.start < token.i and e.type != "Country" and subdivision_types(e.name) for m, e in zip(mentions, entities)
    )


def government_of(
    country: Entity, rule: str = "the state: the government of the article's country"
) -> tuple[Entity, str]:
    name = f"{country.name} Government"
    return Entity(canonical_key(name), name, "Organization"), rule


def _the_ministers(token: Token) -> bool:
    """True for "ministers" alone or "senior ministers", which news writes for the government acting
    ("after ministers forced the bill through", "hold ministers to account"); not "the ministers",
    "EU ministers", "Labour ministers", "two ministers", "ministers from both countries"."""
    if token.tag_ != "NNS" or token.dep_ in ("compound", "appos", "conj"):
        return False
    if any(c.dep_ != "amod" or c.lower_ != "senior" for c in token.lefts):
        return False
    # "accused ministers of betraying farmers": the charge, not whose ministers
    charged = token.dep_ == "dobj" and token.head.lemma_ in ("accuse", "suspect")
    return not any(
        c.dep_ in ("prep", "appos", "acl", "relcl") and not (charged and c.lower_ == "of") for c in token.rights
    )


def _titled(roles: Sequence[Role]) -> frozenset[str]:
    """The people a role's own title words name ("Secretary of State"), not a bare affiliation."""
    return frozenset(r.person.id for r in roles if r.title and not r.ended and r.person.type == "Person")


def _lead_person(token: Token, person: Entity, owner: dict[int, Entity]) -> Description:
    """The person "a candidate" in the lead stands for; a member of the body that suspended, selected
    or appointed them (see `membership_by_act`)."""
    body = membership_by_act(token, owner)
    role = (title_predicate([token.lower_]) or "member_of") if body is not None else "member_of"
    rule = "described in the lead, named next"
    return Description(phrase_start(token), token.i + 1, token.i, person, rule, member_of=body, role=role)


def _definite(token: Token, determiners: frozenset[str] | tuple[str, ...] = DETERMINERS) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in determiners for c in token.children)


def _modified_by_name(token: Token) -> bool:
    """ "the Bar Council", "the Labour party": a name is already there (the tagger may have missed it);
    not "the US planemaker", whose name is a country's."""
    return any(
        c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and country_name(c.text) is None for c in token.children
    )


#: Nouns for people who speak for a body named before them ("party sources", "company officials").
_VOICES = frozenset({"source", "sources", "spokesman", "spokeswoman", "spokesperson", "insiders", "officials"})


def _speaks_for(token: Token) -> bool:
    """ "party sources told the BBC": the party is the one the article named."""
    return token.dep_ == "compound" and token.head.lower_ in _VOICES and not any(True for _ in token.lefts)


def _new_body(token: Token) -> Description | None:
    """A body the article describes rather than names: "an all-party group of MPs"."""
    if token.lower_ not in BODY_NOUNS:
        return None
    if any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in token.children):
        return None  # "the private equity group Ashdown Partners": the name is there
    modifiers = [
        c
        for c in token.lefts
        if c.dep_ in ("compound", "nmod")
        or c.dep_ == "amod"
        and "-" in c.text
        or c.dep_ == "amod"
        and any(t.text == "-" for t in c.subtree)
    ]
    members = [
        p
        for p in token.rights
        if p.dep_ == "prep"
        and p.lower_ == "of"
        and any(c.dep_ == "pobj" and c.lower_ in GROUP_NOUNS for c in p.children)
    ]
    if not modifiers and not members:
        return None  # "a group" alone says too little; "a group of MPs" is a body
    if _trade_group(token, modifiers) and not members:
        return None  # "The drugs group said …": the company named before, by its trade
    words = [t for c in modifiers for t in c.subtree] + [token]
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            words.extend(t for t in prep.subtree if t.is_alpha)
    ordered = sorted(words, key=lambda t: t.i)
    name = " ".join(t.text for t in ordered if t.is_alpha or t.text == "-").replace(" - ", "-")
    entity = Entity(canonical_key(name), name, "Group" if token.lower_ == "group" else "Organization")
    return Description(ordered[0].i, ordered[-1].i + 1, token.i, entity, "body described by the article", new=True)


#: Words before "group" that make it a group of campaigners or members, not a business by its trade.
_CAMPAIGNING = frozenset(
    "pressure campaign campaigning lobby action interest protest rights advocacy working study support user"
    " party parliamentary community residents victims".split()
)


def _trade_group(token: Token, modifiers: list[Token]) -> bool:
    """True for "the <trade> group" said again of a business: "the drugs group", "the mining group" (not
    "the pressure group", "an all-party group", "the cross-party group")."""
    return (
        token.lower_ == "group"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and all(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in _CAMPAIGNING for c in modifiers)
    )


#: Kinds of body that a country has one of, named by its people's adjective: "the German regulator".
_NATIONAL_KINDS = frozenset({"regulator", "watchdog"})


def _body_of_kind(
    token: Token, kinds: BodyKinds, sentence_of: list[int], owner: dict[int, Entity]
) -> Description | None:
    """ "the regulator", "the union", "the court" → the one body of that kind the article named;
    "the German regulator" is, besides, Germany's (BaFin –regulator_of→ Germany)."""
    entity = body_of_kind(token, kinds, sentence_of)
    if entity is None:
        return None
    country = next((owner[c.i] for c in token.lefts if c.dep_ == "amod" and c.i in owner), None)
    if token.lower_ in _NATIONAL_KINDS and country is not None and country.type == "Country":
        return Description(
            phrase_start(token),
            token.i + 1,
            token.i,
            entity,
            "the body of that kind",
            member_of=country,
            role=f"{token.lower_}_of",
        )
    return Description(phrase_start(token), token.i + 1, token.i, entity, "the body of that kind")


def _titled_person(token: Token, people: TitledPeople, owner: dict[int, Entity]) -> Description | None:
    """ "the prime minister", "the former Labour leader", "the home secretary" → the one person of
    the article that the title fits."""
    found = people.person_for(token, owner)
    if found is None:
        return None
    person, rule = found
    words = [c.lower_ for c in token.lefts if c.dep_ in ("compound", "amod") and c.i not in owner]
    if owned_title(token, owner) and not ENDED.intersection(words):
        # "Scotland's justice minister": a role in the country or body that owns the title
        predicate = title_predicate([*words, token.lower_]) or title_predicate([token.lower_]) or "works_for"
        body = next(owner[c.i] for c in token.children if c.dep_ == "poss" and c.i in owner)
        return Description(phrase_start(token), token.i + 1, token.i, person, rule, member_of=body, role=predicate)
    # "the Tory MP for Sleaford": a member of the party the title names
    party = next((owner[c.i] for c in token.lefts if c.i in owner), None)
    if party is None or party.type != "Organization" or title_predicate([token.lower_]) != "member_of":
        party = None
    return Description(phrase_start(token), token.i + 1, token.i, person, rule, member_of=party)
