"""spaCy named entities → typed mentions with clean names (titles, articles and possessives dropped)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np
from spacy.attrs import ENT_IOB, IS_TITLE, IS_UPPER
from spacy.tokens import Doc, Span

from kg.countries import country_name as _country_name
from kg.countries import stands_for as _stands_for
from kg.extract.alias_phrases import alias_phrases
from kg.extract.grammar import ARGUMENTS
from kg.extract.name_context import BODY_NOUNS_BEFORE_NAMES, LEGAL_FORMS, NameContext, corporate_name, with_body_noun
from kg.extract.named_places import names_for_places
from kg.extract.titles import (
    BODY_DEPARTMENTS,
    DEPARTMENTS,
    GROUP_NOUNS,
    MINISTER_TITLES,
    MINISTRY_WORDS,
    TITLES,
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

#: Letters after a personal name: "Guy Mansfield QC", "Douglas Hogg MP".
POST_NOMINALS = frozenset({"QC", "KC", "MP", "MEP", "MSP", "AM", "Jr", "Jr.", "Sr", "OBE", "MBE", "CBE", "KBE"})
_POSSESSIVE = {"'s", "’s", "'", "’"}
# The head nouns of organizations whose names hold a possessive ("People's Party").
_POSSESSIVE_NAME_HEADS = frozenset(
    """party army bank institute society league front union movement alliance congress council association
    federation church college fund trust foundation liberation""".split()
)
_FUNCTION_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART"})
# A name has a letter and none of the characters of keyboard shortcuts, handles or URLs.
_NOT_A_NAME = re.compile(r"[+@#/\\|=<>{}\[\]_~^*]")


#: Abbreviations of a trade or field, never an organization before a title: "PR executive", "IT director".
_FIELDS = frozenset({"pr", "it", "hr", "tv", "ict", "hq"})
#: Capitalised words that name a document or an occasion of state, not an actor, when they stand
#: alone: "the Budget", "a hybrid Bill", "the Act".
_NOT_ACTORS = frozenset(
    {"budget", "bill", "act", "manifesto", "constitution", "treaty", "census", "spring", "autumn", "summer", "winter"}
)

#: Prefixes that make a name an adjective of a stance towards it: "non-Nato", "anti-EU", "pro-Kremlin".
_STANCE_PREFIXES = frozenset({"non", "anti", "pro"})
#: The country and metonym tables are looked up for the same few names in every article.
country_name = lru_cache(maxsize=8192)(_country_name)
stands_for = lru_cache(maxsize=8192)(_stands_for)

# Lower-case particles inside personal names ("Ursula von der Leyen", "Charles de Gaulle").
_NAME_PARTICLES = frozenset("von van der den de del della di da du la le al bin ibn".split())


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
                if all(t.tag_ == "NNPS" for t in party):
                    mentions.append(Mention(party.start, party.end, party.text, "Group", party.text))
        elif rejected is not None:
            rejected.append(Rejected(ent.start_char, ent.end_char, ent.text, reason))
    return sorted(beside.as_bodies(doc, _surnames_as_people(mentions)), key=lambda m: m.start)


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


def untagged_names(doc: Doc) -> list[Span]:
    """Proper names the tagger missed, when they are an argument of a clause: "wants to meet Xi
    Jinping" (all tokens proper nouns, capitalised). They get the label "NAME" (type Other)."""
    found = []
    capitalised = _Capitalised(doc)
    # only capitalised words without an entity tag can be names the tagger missed
    shape = doc.to_array([IS_TITLE, IS_UPPER, ENT_IOB])
    for i in np.flatnonzero(np.logical_or(shape[:, 0], shape[:, 1]) & (shape[:, 2] == 2)).tolist():
        token = doc[i]
        if (
            token.dep_ in ARGUMENTS
            and token.tag_ == "NNPS"
            and token.is_title
            and not token.is_sent_start
            and token.lower_ not in TITLES
            and token.i + 1 < len(doc)
            and not doc[token.i + 1].is_title
        ):
            found.append(Span(doc, token.i, token.i + 1, label="NORP"))  # "the Socialists", "the Greens"
        elif (
            token.dep_ in ARGUMENTS
            and token.pos_ == "PROPN"
            and not token.ent_type_
            and token.is_title
            and token.lower_ not in TITLES
            and not any(c.dep_ == "appos" for c in token.children)
        ):
            start = token.i
            while (
                start > 0
                and doc[start - 1].pos_ == "PROPN"
                and doc[start - 1].dep_ == "compound"
                and doc[start - 1].is_title
                and (not doc[start - 1].ent_type_ or _lone_entity(doc[start - 1]))
            ):
                start -= 1  # "Harcourt Wealth", where the tagger took "Harcourt" alone for a person
            if start >= 2 and _hyphen_joined(doc[start - 2], doc[start - 1]):
                start -= 2  # "M-Pesa", "Rolls-Royce": one name written with a hyphen
            followed = token.i + 1 < len(doc) and _names_members(doc[token.i + 1])
            found.append(Span(doc, start, token.i + 1, label="ORG" if followed else "NAME"))
        elif (
            token.dep_ in ("compound", "amod", "nmod")
            and not token.ent_type_
            and _a_name(token, capitalised)
            and token.lower_ not in TITLES
            and token.lower_ not in DEPARTMENTS
            and token.lower_ not in _FIELDS
            and token.i + 1 < len(doc)
            and _names_members(doc[token.i + 1])
            and not (token.lower_ in MINISTRY_WORDS and doc[token.i + 1].lower_ in MINISTER_TITLES)
        ):
            start = token.i
            while (
                start > 0
                and doc[start - 1].is_title
                and doc[start - 1].dep_ in ("compound", "amod")
                and start <= doc[start - 1].head.i <= token.i
                and not doc[start - 1].ent_type_
            ):
                start -= 1  # "High Court judges": the whole name before the members
            found.append(Span(doc, start, token.i + 1, label="ORG"))  # "LSE chief executive", "Labour MPs"
    return found


def _hyphen_joined(first, hyphen) -> bool:
    """True for a capitalised word joined to the next by a hyphen with no space ("M-Pesa")."""
    return hyphen.text == "-" and not first.whitespace_ and not hyphen.whitespace_ and first.text[:1].isupper()


def _lone_entity(token) -> bool:
    """True for a word the tagger made a person or organization of its own (the first word of a name it
    cut short; a place's adjective, "Scottish Executive", is read by the region rules)."""
    doc = token.doc
    return (
        token.ent_type_ in ("PERSON", "ORG")
        and token.ent_iob_ == "B"
        and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
    )


def _names_members(head) -> bool:
    """True when a noun is a title or a group of members ("chief executive", "MPs"): a name
    before it is the organization they belong to."""
    return title_predicate([head.text]) is not None or head.lower_ in GROUP_NOUNS


class _Capitalised:
    """The words an article capitalises in mid-sentence, read once and only when asked."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.words: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self.words is None:
            self.words = {t.lower_ for t in self.doc if t.is_title and not t.is_sent_start}
        return word in self.words


def _a_name(token, capitalised: _Capitalised) -> bool:
    """A word written as a name: an acronym, a proper noun, or a capitalised word that the article
    also capitalises in mid-sentence (the tagger often reads "Labour" or "Barclays" as a common word
    when it opens a sentence)."""
    if _acronym(token) or token.pos_ == "PROPN" and token.is_title:
        return True
    return token.is_title and token.pos_ not in _FUNCTION_POS and token.lower_ in capitalised


def _acronym(token) -> bool:
    """An all-capitals word of two to six letters: "LSE", "UAF"."""
    return token.is_upper and token.is_alpha and 2 <= len(token.text) <= 6


def joined_entities(doc: Doc) -> Iterator[Span]:
    """The doc's entities, with a name the tagger split in two joined again:
    "Ursula von der" + "Leyen" → "Ursula von der Leyen" (adjacent spans of one flat name).
    """
    ents = list(doc.ents)
    i = 0
    while i < len(ents):
        ent = ents[i]
        while i + 1 < len(ents) and _one_name(ent, ents[i + 1]):
            following = ents[i + 1]
            label = "PERSON" if "PERSON" in (ent.label_, following.label_) else "ORG"
            ent = Span(doc, ent.start, following.end, label=label)
            i += 1
        yield _with_capitalised_modifiers(with_body_noun(ent))
        i += 1


def _with_capitalised_modifiers(ent: Span) -> Span:
    """An organization's name with the capitalised words before it that modify it: the tagger's
    "Democrat" in "Liberal Democrat spokesman" is "Liberal Democrat"."""
    if ent.label_ not in ("ORG", "NORP"):
        return ent
    start = ent.start
    while start > 0:
        token = ent.doc[start - 1]
        if not (
            token.is_title
            and token.is_alpha
            and token.dep_ in ("compound", "amod")
            and token.head.i >= start
            and token.head.i < ent.end
            and not token.ent_type_
            and token.lower_ not in TITLES
            and (not token.is_sent_start or token.pos_ == "PROPN")
        ):
            break
        start -= 1
    return ent if start == ent.start else Span(ent.doc, start, ent.end, label=ent.label_)


def _one_name(first: Span, second: Span) -> bool:
    """True when two adjacent entity spans are one name: the first ends in a name particle, or
    all its tokens are compound parts of the second's head ("Liberal" + "Democrat")."""
    if second.start < first.end:
        return False
    if {first.label_, second.label_} <= {"ORG", "NORP"}:
        return (
            second.start == first.end
            and first.root.dep_ in ("compound", "amod")
            and second.start <= first.root.head.i < second.end
        )
    if "PERSON" not in (first.label_, second.label_) or first.label_ in ("ORG", "NORP") and len(first) > 1:
        return False  # "Liberal Democrat" + "Paul Tyler": a party before a name, not part of it
    if first.label_ in ("ORG", "NORP") and _acronym(first[-1]):
        return False  # "told the BBC Michael Howard had …": a first name is never in capitals
    doc = first.doc
    if any(doc[k].lower_ not in _NAME_PARTICLES for k in range(first.end, second.start)):
        return False  # only particles may stand between the parts: "Ursula von" + der + "Leyen"
    last = first[-1]
    if last.lower_ in _NAME_PARTICLES or second[0].lower_ in _NAME_PARTICLES or second.start > first.end:
        return True
    return all(t.dep_ == "compound" and second.start <= t.head.i < second.end for t in first if t.head not in first)


#: Prepositions after which a place is where something happened, not who did it.
_PLACE_PREPOSITIONS = frozenset(
    "in at to from into near across through inside outside around within towards toward via beyond throughout".split()
)


#: Verbs whose object is a place one goes to or leaves.
_MOTION_VERBS = frozenset(
    (
        "visit tour enter leave reach quit fly travel return arrive head move flee storm capture bomb shell besiege "
        "evacuate"
    ).split()
)


#: Verbs whose object is a place chosen for something: "Air China has chosen London for its listing".
_CHOOSING_VERBS = frozenset({"choose", "pick", "select"})


def _acts(token) -> bool:
    """True when a place name stands where an actor would: a clause's subject or object, an
    agent, or after a preposition that does not say where ("talks with Moscow")."""
    if token.dep_ in ("nsubj", "nsubjpass", "dative", "poss"):
        return True
    if token.dep_ == "dobj":  # "visited Moscow", "left London": a destination, not a government
        return token.head.lemma_.lower() not in _MOTION_VERBS | _CHOOSING_VERBS
    if token.dep_ == "pobj":
        prep = token.head
        if prep.lower_ == "of" and prep.head.lower_ in ("mayor", "governor", "people", "citizens", "residents"):
            return False  # "the Mayor of London": the city itself
        return prep.dep_ == "agent" or prep.lower_ == "by" or prep.lower_ not in _PLACE_PREPOSITIONS
    return False


def _person_title(noun) -> bool:
    """A noun that is a person's title: "president", "chief executive"."""
    return noun.pos_ == "NOUN" and title_predicate([noun.text]) is not None


def _affiliation(ent: Span) -> bool:
    """True when the span modifies a title: the organization in "Lib Dem home affairs spokesman"."""
    root = ent.root
    head = root.head
    return root.dep_ in ("compound", "amod", "nmod") and head.i >= ent.end and title_predicate([head.text]) is not None


def _mention(ent: Span, beside: NameContext | None = None) -> tuple[Mention | None, str]:
    entity_type = _LABELS.get(ent.label_)
    if entity_type is None:
        return None, f"not an actor ({ent.label_})"
    tokens = list(ent)
    for i, token in enumerate(tokens):
        if token.text in _POSSESSIVE and i > 0:
            if tokens[-1].lower_ in _POSSESSIVE_NAME_HEADS and tokens[i - 1].tag_ in ("NNS", "NNPS"):
                continue  # "People's Action Party", "Women's Institute": the possessive is part of the name
            if i == len(tokens) - 1 and _possessive_name(ent):
                continue  # "Moody's, which cut Pemex's rating": it owns nothing, so the 's is the name's
            tokens = tokens[:i]  # "Trump’s Efforts" names Trump
            break
    titled = False
    while ent.label_ == "PERSON" and len(tokens) > 2 and tokens[0].tag_ == "NNPS":
        tokens = tokens[1:]  # "Tories Ken Clarke": a first name is not plural
    while len(tokens) > 1 and tokens[0].pos_ == "VERB":
        tokens = tokens[1:]  # "Praising Celtic and Rangers": the verb before a name is not part of it
    while tokens and (
        tokens[0].lower_ in ("the", "a", "an")
        and tokens[0].whitespace_  # not the A of "A-Levels"
        or tokens[0].lower_ in TITLES
        and len(tokens) > 1
    ):
        titled = titled or tokens[0].lower_ in TITLES
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].is_punct
        or tokens[-1].is_space  # a name that ends a line, as a headline's last word does
        or tokens[-1].text in _POSSESSIVE
        and not _possessive_name(ent)
        or tokens[-1].pos_ in _FUNCTION_POS
        and not (tokens[-1].text in _POSSESSIVE and _possessive_name(ent))
        or len(tokens) > 2
        and tokens[-1].text in POST_NOMINALS
    ):
        titled = titled or tokens[-1].text in POST_NOMINALS
        tokens = tokens[:-1]  # "King Philippe of" ends before its preposition; "Guy Mansfield QC" is Guy Mansfield
    if (
        ent.label_ == "ORG"
        and ent.end < len(ent.doc)
        and portfolio_words([t.text for t in tokens], ent.doc[ent.end].text)
    ):
        return None, "a title's words"  # "European Trade Commissioner Peter Mandelson"
    described = False
    while len(tokens) > 1 and tokens[0].lower_ in BODY_NOUNS_BEFORE_NAMES and tokens[1].is_title:
        described, tokens = True, tokens[1:]  # "Chipmaker Arm", "Retailer Next": a body noun, then the name
    if described and entity_type in ("Person", "Location", "Other"):
        entity_type = "Organization"
    legal_form = None  # "Barclays plc" is Barclays: the mention spans the form, the name leaves it out
    if len(tokens) > 1 and _legal_form(tokens[-1]):
        legal_form, tokens = tokens[-1], tokens[:-1]
        while len(tokens) > 1 and tokens[-1].is_punct:
            tokens = tokens[:-1]
    if (
        entity_type == "Person"
        and len(tokens) == 1
        and not titled
        and _acts(tokens[0])
        and stands_for(tokens[0].text) is not None
    ):
        # the tagger reads some capitals as people ("Kyiv would not negotiate")
        name, kind = stands_for(tokens[0].text) or ("", "")
        return Mention(tokens[0].i, tokens[0].i + 1, name, kind, ent.text), ""
    if entity_type == "Person" and len(tokens) == 1 and not titled and _destination(tokens[0]):
        entity_type = "Location"  # "had to travel to Llanelli": one word a journey goes to is a place
    if entity_type == "Person" and len(tokens) == 1 and not titled and stands_for(tokens[0].text) is not None:
        entity_type = "Location"  # "expected to travel to Niamey": a capital the tagger read as a person, as a place
    if titled and entity_type in ("Organization", "Location") and tokens and all(t.pos_ == "PROPN" for t in tokens):
        entity_type = "Person"  # a title before a name marks a person, whatever the tagger said
    elif (
        beside is not None
        and entity_type in ("Location", "Organization", "Group")
        and len(tokens) == 1
        and beside.honorific_before(tokens[0])
    ):
        entity_type = "Person"  # "Mr Houston", "Ms Jamieson"
    elif (
        beside is not None
        and entity_type in ("Person", "Group", "Location", "Other")
        and (len(tokens) == 1 and beside.body_beside(ent) or beside.body_before(ent))
        and country_name(ent.text, demonyms=True) is None  # "the German regulator" is Germany's
    ):
        entity_type = "Organization"  # "the Herald newspaper", "brewer Inbev", "electronics giant Foxconn"
    elif entity_type in ("Person", "Location", "Other") and corporate_name(ent):
        entity_type = "Organization"  # "Arm Holdings plc", "Thames Water Ltd"
    elif (
        entity_type in ("Organization", "Group")
        and len(tokens) == 1
        and (
            tokens[0].lower_ in MINISTRY_WORDS
            or tokens[0].lower_ in DEPARTMENTS
            and tokens[0].lower_ not in BODY_DEPARTMENTS
        )
        and tokens[0].i + 1 < len(ent.doc)
        and ent.doc[tokens[0].i + 1].lower_ in MINISTER_TITLES
    ):
        return None, "part of an office's title (Labour Minister, Transport Minister)"
    elif (
        len(tokens) == 1
        and tokens[0].lower_ in DEPARTMENTS
        and tokens[0].i >= 2
        and ent.doc[tokens[0].i - 1].lower_ == "of"
        and ent.doc[tokens[0].i - 2].lower_ in TITLES
    ):
        return None, "part of an office's title (Secretary of State)"
    elif entity_type == "Person" and len(tokens) == 1 and _acronym(tokens[0]) and not titled:
        entity_type = "Organization"  # "Shares in SQM fell": people are not written as acronyms
    elif entity_type == "Person" and _affiliation(ent):
        entity_type = "Organization"  # "Lib Dem" in "Lib Dem spokesman Mark Oaten" names whom he speaks for
    elif (
        entity_type == "Organization"
        and not (len(tokens) == 1 and _acronym(tokens[0]))  # "SQM, Chile's largest lithium producer"
        and any(c.dep_ == "appos" and _person_title(c) for c in ent.root.children)
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
            tokens[0].lower_ in _NOT_ACTORS
            or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tokens[0].children)
        )
    ):
        return None, "a common noun written with a capital (the Budget, a hybrid Bill)"
    surface = ent.text
    if tokens[0].i == ent.start and tokens[-1].i == ent.end - 1:
        name = surface  # most names are their span, word for word
    else:
        name = ent.doc[tokens[0].i : tokens[-1].i + 1].text  # Doc.text would join the whole doc each time
    if not any(map(str.isalpha, name)) or _NOT_A_NAME.search(name) or "\n" in name:
        return None, "fragment: not a name"
    if (
        entity_type == "Location"
        and len(tokens) > 1
        and _acronym(tokens[-1])
        and len(tokens[-1]) > 2
        and country_name(name) is None
    ):
        entity_type = "Organization"  # "Swansea UAF": a place and an acronym name a body
    if entity_type == "Person" and len(tokens) > 1 and not titled and country_name(name) is not None:
        entity_type = "Location"  # "with Mali and Burkina Faso": no person has a country's full name
    if entity_type in ("Location", "Group", "Organization"):
        country = country_name(name, demonyms=entity_type == "Group")
        if country is not None:
            name, entity_type = country, "Country"
        elif entity_type in ("Location", "Organization") and _acts(ent.root):
            actor = stands_for(name)  # "Beijing said", "accused Budapest", "Brussels warned", "the Kremlin denied"
            if actor is not None and (entity_type == "Location" or actor[1] != "Country"):
                name, entity_type = actor
    end = (legal_form or tokens[-1]).i + 1
    return Mention(tokens[0].i, end, name, entity_type, surface), ""


def _destination(token) -> bool:
    """True for the word after "to", "from" or "into" a verb of going hangs: "travel to Llanelli"."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ in ("to", "from", "into")
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() in _MOTION_VERBS
    )


def _possessive_name(ent: Span) -> bool:
    """True for an organization's name that ends in a possessive and owns nothing after it: "Moody's said"."""
    if ent.label_ != "ORG" or ent[-1].text not in _POSSESSIVE or ent.root.dep_ in ("poss", "compound"):
        return False
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    # "Radio 4's Today" owns the programme, whatever the parser hung "Today" from
    return after is None or not (after.is_title or after.pos_ in ("NOUN", "PROPN"))


def _legal_form(token) -> bool:
    """ "plc", "Ltd", "Inc" after a company's name."""
    return token.lower_ in LEGAL_FORMS and (token.is_title or token.is_upper or token.lower_ == "plc")
