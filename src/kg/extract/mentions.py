"""spaCy named entities → typed mentions with clean names: the spans that may name entities
(`entity_spans`), their clean names (`clean_names`), and the type each name has where it stands
(`place_actors` reads place names); spans that name no actor are rejected with the reason."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kg.countries import known_place, subdivision_types
from kg.extract.alias_phrases import alias_phrases
from kg.extract.bought_names import product_bought
from kg.extract.clean_names import name_tokens, without_body_noun, without_legal_form
from kg.extract.doc_words import child_deps, span_root_of
from kg.extract.entity_spans import acronym, untagged_names
from kg.extract.faith_groups import faith_in_general
from kg.extract.joined_entities import joined_entities
from kg.extract.name_context import (
    NameContext,
    body_name_end,
    corporate_name,
    employer,
    placeless_body_name_end,
    says_it,
)
from kg.extract.named_places import names_for_places
from kg.extract.place_actors import acting_capital, country_name, country_or_actor, one_word_place
from kg.extract.titles import (
    BODY_DEPARTMENTS,
    DEPARTMENTS,
    HONORIFICS,
    MINISTER_TITLES,
    MINISTRY_WORDS,
    TITLES,
    name_before_portfolio,
    portfolio_words,
    title_predicate,
)

_LABELS = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Location",
    "LOC": "Location",
    "FAC": "Location",
    "NORP": "Group",
    "EVENT": "Event",
    "NAME": "Other",  # a proper name the tagger missed (see `untagged_names`)
}

# A name has a letter and none of the characters of keyboard shortcuts, handles or URLs.
_NOT_A_NAME = re.compile(r"[+@#/\\|=<>{}\[\]_~^*]")
#: Capitalised words that name a document or an occasion of state, not an actor, when they stand
#: alone: "the Budget", "a hybrid Bill", "the Act".
NOT_ACTORS = frozenset(
    {"budget", "bill", "act", "manifesto", "constitution", "treaty", "census", "spring", "autumn", "summer", "winter"}
    # a body's kind alone, capitalised as a sentence's first word or a house style: "Group chief executive …"
    | {"group", "company", "firm", "corporation", "government", "ministry", "department", "agency", "committee"}
)

#: Prefixes that make a name an adjective of a stance towards it: "non-Nato", "anti-EU", "pro-Kremlin".
_STANCE_PREFIXES = frozenset({"non", "anti", "pro"})


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention: token span [start, end) in the doc, its clean name and type, and the
    words as written (`surface`: "the Russians" for the mention named Russia)."""

    start: int
    end: int
    name: str
    type: str
    surface: str = ""


@dataclass(frozen=True, slots=True)
class Rejected:
    """A named-entity span that is not an entity, and why (for the report)."""

    start_char: int
    end_char: int
    text: str
    reason: str


def entity_mentions(
    doc: Doc, skip: frozenset[int] = frozenset(), rejected: list[Rejected] | None = None
) -> list[Mention]:
    """The named-entity mentions of `doc` that can be actors, in document order.

    Args:
        doc: the parsed article.
        skip: token indices to ignore (page furniture).
        rejected: when given, receives every entity span that was not kept, with the reason.
    """
    mentions = []
    phrases = alias_phrases(doc)
    beside = NameContext(doc)
    untagged = untagged_names(doc)
    # a tagged word that an untagged name takes in ("Harcourt" of "Harcourt Wealth") is that name's
    taken = {i for span in untagged for i in range(span.start, span.end - 1)}
    tagged: list[Span] = [
        *(ent for ent in joined_entities(doc) if not (len(ent) == 1 and ent.start in taken)),
        *untagged,
    ]
    tagged = names_for_places(doc, tagged)
    if phrases:
        known = {i for phrase in phrases for i in range(phrase.start, phrase.end)}
        tagged = [ent for ent in tagged if known.isdisjoint(range(ent.start, ent.end))]
    for ent in (*tagged, *phrases):
        if ent.start in skip:
            reason = "page furniture"
            mention = None
        else:
            mention, reason = _mention(ent, beside)
        if mention is not None:
            mentions.append(mention)
            if ent.label_ == "PERSON" and mention.start > ent.start and ent[0].tag_ == "NNPS" and ent[0].is_title:
                # "Tories Ken Clarke and Sir George Young": the party the tagger joined to a name
                party = ent.doc[ent.start : mention.start]
                if all(t.tag_ == "NNPS" and t.lower_ not in HONORIFICS for t in party):  # "Ms Truss": a title
                    mentions.append(Mention(party.start, party.end, party.text, "Group", party.text))
        elif rejected is not None:
            rejected.append(Rejected(ent.start_char, ent.end_char, ent.text, reason))
    mentions = _surnames_as_people(mentions)
    called = beside.called_bodies(doc, [(m.start, m.end, m.name) for m in mentions])
    if called:  # "Verdi accused Lufthansa" once "Verdi, the services union" is written
        mentions = [
            replace(m, type="Organization")
            if m.type in ("Person", "Group", "Location", "Other") and m.name in called
            else m
            for m in mentions
        ]
    return sorted(_others_of_one_kind(mentions), key=lambda m: m.start)


def _others_of_one_kind(mentions: list[Mention]) -> list[Mention]:
    """A name typed Other (nothing beside it told its kind) takes the one kind its other mentions have,
    an organization's or a person's: "using Arm's technology" is the organization of "chip designer Arm"
    (a place's is left to the vote: the tagger calls many a company a place)."""
    kinds: dict[str, set[str]] = {}
    for m in mentions:
        if m.type != "Other":
            kinds.setdefault(m.name, set()).add(m.type)
    if not kinds:
        return mentions
    return [
        replace(m, type=next(iter(kinds[m.name])))
        if m.type == "Other" and kinds.get(m.name) in ({"Organization"}, {"Person"})
        else m
        for m in mentions
    ]


def _surnames_as_people(mentions: list[Mention]) -> list[Mention]:
    """A one-word name that is the surname of a person the article names is that person, whatever
    the tagger said: "Carney spoke with …" (tagged a place) after "Prime Minister Mark Carney"."""
    surnames = {m.name.split()[-1] for m in mentions if m.type == "Person" and len(m.name.split()) > 1}
    if not surnames:
        return mentions
    return [
        replace(m, type="Person")
        if m.type in ("Location", "Organization", "Group", "Other")
        and m.name in surnames
        and m.start == m.end - 1
        and country_name(m.name) is None
        else m
        for m in mentions
    ]


def _root(ent: Span) -> Token:
    """`ent.root`, found once per span of the doc (see `span_root`)."""
    return span_root_of(ent)


def _person_title(noun) -> bool:
    """A noun that is a person's title: "president", "chief executive"."""
    return noun.pos_ == "NOUN" and title_predicate([noun.text]) is not None


def _which_names(root: Token) -> bool:
    """ "Fitch, which upgraded the country's rating": a relative clause with "which" describes a thing
    (`root`: the name's root)."""
    return "relcl" in child_deps(root) and any(
        c.dep_ == "relcl" and any(w.lower_ == "which" and w.dep_ in ("nsubj", "nsubjpass", "dobj") for w in c.children)
        for c in root.children
    )


def _affiliation(root: Token, end: int) -> bool:
    """True when the span (its `root`, its `end`) modifies a title: the organization in "Lib Dem home
    affairs spokesman"."""
    if root.dep_ not in ("compound", "amod", "nmod"):
        return False
    head = root.head
    return head.i >= end and title_predicate([head.text]) is not None


def _mention(ent: Span, beside: NameContext | None = None) -> tuple[Mention | None, str]:
    """The mention a tagged span makes: its clean name (see `clean_names`) and the type the words
    around it give it; or None, and why it names no actor."""
    label = ent.label_
    entity_type = _LABELS.get(label)
    if label == "PRODUCT" and (beside is not None and beside.called_body(ent) or product_bought(ent)):
        entity_type = "Organization"  # "the Mercosur trade bloc", "bought Sibneft": the tagger's product is a body
    if entity_type is None and label == "WORK_OF_ART" and len(ent) == 1 and _root(ent).pos_ == "PROPN":
        entity_type = "Other"  # a headline's lone surname the tagger took for a title: "Labour MPs turn on Reeves"
    if entity_type is None:
        return None, f"not an actor ({label})"
    if label == "NORP" and faith_in_general(ent):
        return None, "a faith's people in general"  # "Muslims had to travel to Llanelli"
    # read once: the span's doc, end, root and words as written
    doc, end = ent.doc, ent.end
    root = span_root_of(ent)
    surface = ent.text
    tokens, titled = name_tokens(ent)
    if label in ("ORG", "PERSON") and end < len(doc):
        after = doc[end]
        if label == "ORG" and portfolio_words([t.text for t in tokens], after.text):
            return None, "a title's words"  # "European Trade Commissioner Peter Mandelson"
        if after.lower_ in TITLES:
            tokens = tokens[: name_before_portfolio([t.text for t in tokens])]  # "Lib Dem Treasury spokeswoman"
    tokens, described = without_body_noun(tokens)
    if described and entity_type in ("Person", "Location", "Other"):
        entity_type = "Organization"
    tokens, legal_form = without_legal_form(tokens)
    if entity_type == "Other" and not titled and country_name(surface) is not None:
        entity_type = "Location"  # a country the tagger missed: "Nigeria and Niger held talks"
    if entity_type in ("Person", "Other") and len(tokens) == 1 and not titled:
        actor = acting_capital(tokens[0])
        if actor is not None:  # the tagger reads some capitals as people, or misses them ("Kyiv would not negotiate")
            return Mention(tokens[0].i, tokens[0].i + 1, actor[0], actor[1], surface), ""
        if one_word_place(tokens[0]):
            entity_type = "Location"  # "had to travel to Llanelli", "expected to travel to Niamey"
    if titled and entity_type in ("Organization", "Location") and tokens and all(t.pos_ == "PROPN" for t in tokens):
        entity_type = "Person"  # a title before a name marks a person, whatever the tagger said
    elif (
        beside is not None
        and entity_type in ("Location", "Organization", "Group", "Other")
        and len(tokens) == 1
        and beside.honorific_before(tokens[0])
    ):
        entity_type = "Person"  # "Mr Houston", "Ms Jamieson"
    elif (
        beside is not None
        and entity_type in ("Person", "Group", "Location", "Other")
        and (len(tokens) == 1 and beside.body_beside(ent) or beside.body_before(ent))
        and country_name(surface, demonyms=True) is None  # "the German regulator" is Germany's
    ):
        entity_type = "Organization"  # "the Herald newspaper", "brewer Inbev", "electronics giant Foxconn"
    elif entity_type in ("Person", "Location", "Other") and corporate_name(ent):
        entity_type = "Organization"  # "Arm Holdings plc", "Thames Water Ltd"
    elif entity_type in ("Person", "Other") and body_name_end(tokens):
        entity_type = "Organization"  # "Unifor and Northline Rail return to talks"
    elif entity_type == "Location" and placeless_body_name_end(tokens) and not known_place(surface):
        entity_type = "Organization"  # "shares in Gulf Keystone Petroleum"
    elif entity_type == "Person" and not titled and len(tokens) > 1 and subdivision_types(_words(tokens, ent, surface)):
        entity_type = "Location"  # "Tamil Nadu takes Centre to court": no person has a state's name
    elif (
        entity_type in ("Organization", "Group")
        and len(tokens) == 1
        and (
            tokens[0].lower_ in MINISTRY_WORDS
            or tokens[0].lower_ in DEPARTMENTS
            and tokens[0].lower_ not in BODY_DEPARTMENTS
        )
        and tokens[0].i + 1 < len(doc)
        and doc[tokens[0].i + 1].lower_ in MINISTER_TITLES
    ):
        return None, "part of an office's title (Labour Minister, Transport Minister)"
    elif (
        len(tokens) == 1
        and tokens[0].lower_ in DEPARTMENTS
        and tokens[0].i >= 2
        and doc[tokens[0].i - 1].lower_ == "of"
        and doc[tokens[0].i - 2].lower_ in TITLES
    ):
        return None, "part of an office's title (Secretary of State)"
    elif entity_type == "Person" and len(tokens) == 1 and acronym(tokens[0]) and not titled:
        entity_type = "Organization"  # "Shares in SQM fell": people are not written as acronyms
    elif entity_type == "Person" and not titled and (_which_names(root) or employer(ent)):
        entity_type = "Organization"  # "Fitch, which upgraded …", "an analyst at Berenberg"
    elif (
        entity_type in ("Location", "Other")
        and (_which_names(root) or employer(ent) or _affiliation(root, end) or entity_type == "Other" and says_it(root))
        and not known_place(surface)
    ):
        # "Nvidia, which buys memory", "a fund manager at Amundi in Paris", "Jefferies analyst Priya Nair"
        entity_type = "Organization"
    elif entity_type == "Person" and _affiliation(root, end):
        entity_type = "Organization"  # "Lib Dem" in "Lib Dem spokesman Mark Oaten" names whom he speaks for
    elif (
        entity_type in ("Location", "Organization")
        and len(tokens) > 1
        and all(t.pos_ == "PROPN" and t.is_title for t in tokens)
        and root.dep_ == "appos"
        and _person_title(root.head)
        and title_predicate([root.head.text]) not in ("owner_of", "shareholder_of")  # a body may own
        and root.head.lower_ not in ("partner", "partners")
        and country_name(surface) is None
        and not body_name_end(tokens)
    ):
        entity_type = "Person"  # "the union's president, Andreas Pinheiro, said"
    elif (
        entity_type == "Organization"
        and not (len(tokens) == 1 and acronym(tokens[0]))  # "SQM, Chile's largest lithium producer"
        and not body_name_end(tokens)  # "the CDS-People's Party, the junior partner in …"
        and "appos" in child_deps(root)
        and any(c.dep_ == "appos" and _person_title(c) for c in root.children)
    ):
        entity_type = "Person"  # "Jean-Claude Juncker, president of the European Commission,"
    if not tokens:
        return None, "fragment: only a title or punctuation"
    if len(tokens) > 2 and tokens[0].lower_ in _STANCE_PREFIXES and tokens[1].text == "-":
        return None, "a stance towards a name, not the name (non-Nato, anti-EU)"
    if (
        len(tokens) == 1
        and not titled
        and (
            tokens[0].lower_ in NOT_ACTORS
            or "det" in child_deps(tokens[0])
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tokens[0].children)
        )
    ):
        return None, "a common noun written with a capital (the Budget, a hybrid Bill)"
    name = _words(tokens, ent, surface)
    if not any(map(str.isalpha, name)) or _NOT_A_NAME.search(name) or "\n" in name:
        return None, "fragment: not a name"
    if (
        entity_type == "Location"
        and len(tokens) > 1
        and acronym(tokens[-1])
        and len(tokens[-1]) > 2
        and country_name(name) is None
    ):
        entity_type = "Organization"  # "Swansea UAF": a place and an acronym name a body
    name, entity_type = country_or_actor(name, entity_type, ent, len(tokens), titled)
    end = (legal_form or tokens[-1]).i + 1
    return Mention(tokens[0].i, end, name, entity_type, surface), ""


def _words(tokens: list[Token], ent: Span, surface: str) -> str:
    """The text of a name's words (`tokens`, in `ent`, whose text is `surface`): most names are their
    span, word for word (and `Doc.text` would join the whole doc each time)."""
    first, last = tokens[0].i, tokens[-1].i
    if first == ent.start and last == ent.end - 1:
        return surface
    return ent.doc[first : last + 1].text
