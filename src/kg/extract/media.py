"""The media in the grammar of speech: programmes named after a broadcaster's possessive ("told Radio
4's Today", "On the BBC's Breakfast with Frost"), publications written or quoted in, a state's
broadcaster. Mentions in → mentions retyped or added, `Programme` records and `Description`s out;
`media_relations` reads their relations."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from kg.countries import country_name
from kg.extract.addressees import NOT_SHOWS, SHOW_NOUNS, airing_verb
from kg.extract.article_country import article_country
from kg.extract.description_record import Description
from kg.extract.doc_words import tokens_among
from kg.extract.grammar import preposition_object
from kg.extract.mentions import Mention
from kg.extract.titles import TITLES
from kg.model import Entity
from kg.resolve import canonical_key

_POSSESSIVE = frozenset({"'s", "’s"})
#: Lower-case words inside a programme's name: "Breakfast with Frost", "Question Time", "File on Four".
_NAME_JOINS = frozenset({"with", "on", "of", "and", "at", "the"})
#: Where the possessive phrase stands when it names what speech was aired on.
OBJECT_DEPS = frozenset({"dobj", "dative"})
_LONGEST = 5
#: The forms of "tell" whose addressee the parser may join to the next clause's subject.
TELLING = frozenset({"tell", "tells", "told", "telling"})
#: The passive of quoting, whose "in" names the publication that quoted: "was quoted in the Herald".
QUOTED = frozenset({"quoted"})
#: Forms of "write" whose "in" names the publication written in: "writing in the Daily Telegraph".
WRITING = frozenset({"write", "writes", "wrote", "writing", "written"})
#: Kinds of broadcaster a state owns: "the state broadcaster", "Iranian state television".
#: Entity labels that never name a country (a demonym may be tagged a person: "his Nigerien counterpart").
_NOT_PLACES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
STATE_MEDIA_NOUNS = frozenset({"broadcaster", "television", "tv", "radio", "media", "agency", "channel"})
#: Words of bodies that sit, where one is quoted by others, not by the body: "quoted in the Commons".
SITTING = frozenset("house commons lords parliament assembly senate congress council court committee".split())


@dataclass(frozen=True, slots=True)
class Programme:
    """A programme speech is aired on: its broadcaster's last word, its name's first word, and the
    verb of speech that airs it (None when only the word "programme" says so)."""

    owner: Token
    name: Token
    verb: Token | None


def programme_mentions(doc: Doc, mentions: list[Mention]) -> tuple[list[Mention], list[Programme]]:
    """`mentions` with each programme a broadcaster's possessive names where speech is aired added as an
    Organization (the mentions it overlaps give way) and its owner typed an Organization; and the
    programmes."""
    mentions = list(mentions)
    by_token = {i: k for k, m in enumerate(mentions) for i in range(m.start, m.end)}
    found: list[tuple[int, int, int]] = []  # (owner's mention, programme start, programme end)
    programmes: list[Programme] = []
    for token in tokens_among(doc, _POSSESSIVE):
        if token.i + 1 >= len(doc) or token.i < 2:
            continue
        owner = by_token.get(token.i - 1)
        if owner is None and doc[token.i - 1].pos_ == "PROPN" and doc[token.i - 1].is_title:
            owner = _widened(doc, mentions, by_token.get(token.i - 2), token.i)
        if owner is None or not _may_own(mentions[owner], doc):
            continue
        end = _name_end(doc, token.i + 1)
        aired = None if end is None else _aired(doc, _root(doc, mentions[owner]), token.i + 1, end)
        if end is None or aired is None:
            continue
        found.append((owner, token.i + 1, end))
        programmes.append(Programme(doc[token.i - 1], doc[token.i + 1], aired if isinstance(aired, Token) else None))
    if not found:
        return mentions, programmes
    taken = {i for _, start, end in found for i in range(start, end)}
    owners = {owner for owner, _, _ in found}
    kept = [
        replace(m, type="Organization") if k in owners and m.type != "Country" else m
        for k, m in enumerate(mentions)
        if taken.isdisjoint(range(m.start, m.end))
    ]
    for _, start, end in found:
        span = doc[start:end]
        kept.append(Mention(start, end, span.text, "Organization", span.text))
    return sorted(kept, key=lambda m: m.start), programmes


def publication_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a name written or quoted in typed an Organization: "Writing in the Daily
    Telegraph" (a name the tagger left untyped), "quoted in the Herald newspaper" (read as a person)."""
    by_token = {i: k for k, m in enumerate(mentions) for i in range(m.start, m.end)}
    retyped = set()
    for verb in tokens_among(doc, WRITING | QUOTED):
        name = written_in(verb) if verb.lower_ in WRITING else quoting_publication(verb)
        k = None if name is None else by_token.get(name.i)
        if k is not None and mentions[k].type in ("Other", "Person") and name is not None and name.pos_ == "PROPN":
            retyped.add(k)
    for verb in tokens_among(doc, TELLING):  # "she told the Sueddeutsche Zeitung": a paper, not a place
        told = next((c for c in verb.children if c.dep_ in OBJECT_DEPS), None)
        k = None if told is None else by_token.get(told.i)
        if k is not None and told is not None and mentions[k].type == "Location" and _a_titled_paper(told):
            retyped.add(k)
    if not retyped:
        return mentions
    return [replace(m, type="Organization") if k in retyped else m for k, m in enumerate(mentions)]


def _a_titled_paper(told: Token) -> bool:
    """True for a name of several words after "the" that is told something: "told the Sueddeutsche
    Zeitung", "told the Financial Times" (a place is not told: "told the Kremlin" is a body already)."""
    return (
        told.pos_ == "PROPN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in told.children)
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in told.children)
    )


#: Labels the tagger gives a programme's name it does not know as a body: "told Newsnight" (a work
#: of art), "told Sunday AM" (a time); an unlabelled name may be a person's the tagger missed.
_UNKNOWN_NAMES = frozenset({"DATE", "TIME", "WORK_OF_ART"})


def told_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the capitalised name no mention holds told something mid-sentence, a programme
    or a paper: "Mr Brown told Today that …", "told Newsnight"; not "told MPs today"."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for verb in tokens_among(doc, TELLING):
        told = next((c for c in verb.children if c.dep_ in OBJECT_DEPS), None)
        if told is None or told.i in taken or told.is_sent_start or not told.is_title:
            continue
        if told.ent_type_ not in _UNKNOWN_NAMES or told.pos_ not in ("PROPN", "NOUN") or told.lower_ in TITLES:
            continue
        start = told.i
        while start > verb.i + 1 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
            start -= 1
        if any(c.dep_ in ("det", "poss") for c in told.children) or start - 1 in taken:
            continue  # "told the Speaker", "told Labour's Today": a noun or a name read elsewhere
        span = doc[start : told.i + 1]
        added.append(Mention(start, told.i + 1, span.text, "Organization", span.text))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def written_in(verb: Token) -> Token | None:
    """The publication someone wrote in: "Writing in the Daily Telegraph, Mr Howard said …", "Mr Cable
    wrote in the Financial Times that …" → its name's head word, or None."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "dobj") for c in verb.children):
        return None  # "wrote in a letter", "written in the constitution": not a publication's words
    return next((preposition_object(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"), None)


def state_media(
    doc: Doc, mentions: Sequence[Mention], entities: Sequence[Entity], taken: frozenset[int]
) -> list[Description]:
    """The broadcaster of a state, named by its kind alone: "Mr Sangare told the state broadcaster"
    (of the article's country, when it names no other), "told Iranian state television" (of the
    country its adjective names),
    "state-run radio"; not "the state news agency IRNA", whose name is the actor. `taken`: the heads
    other rules already read."""
    found: list[Description] = []
    country: Entity | None = None
    for head in tokens_among(doc, STATE_MEDIA_NOUNS):
        if head.i in taken or head.pos_ != "NOUN" or not of_the_state(head):
            continue
        if any(c.pos_ == "PROPN" and c.dep_ in ("compound", "appos") for c in head.children) or (
            head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN"
        ):
            continue  # "the state news agency IRNA": the name is the actor
        owner = next(
            (
                named
                for c in head.children
                if c.dep_ in ("amod", "poss") and (named := country_name(c.text, demonyms=True)) is not None
            ),
            None,
        )
        if owner is None:
            country = country or article_country(doc, mentions, entities)
            if country is None or _other_country(doc, entities, country):
                return found  # an article of two countries leaves "the state broadcaster" open
            owner = country.name
        name = f"{owner} state {head.lower_}"
        entity = Entity(canonical_key(name), name, "Organization")
        found.append(Description(head.left_edge.i, head.i + 1, head.i, entity, "state_media", new=True))
    return found


def _other_country(doc: Doc, entities: Sequence[Entity], country: Entity) -> bool:
    """The article names a country besides `country`, as a name or an adjective ("his Nigerien counterpart")."""
    if any(e.type == "Country" and e.id != country.id for e in entities):
        return True
    named = (country_name(ent.text, demonyms=True) for ent in doc.ents if ent.label_ not in _NOT_PLACES)
    return any(name is not None and name != country.name for name in named)


def of_the_state(head: Token) -> bool:
    """ "the state broadcaster", "state-run radio", "state-owned television"."""
    for c in head.children:
        if c.dep_ in ("compound", "amod", "nmod") and (
            c.lower_ == "state" or any(g.lower_ == "state" for g in c.children) and c.lower_ in ("run", "owned")
        ):
            return True
    return False


def _widened(doc: Doc, mentions: list[Mention], k: int | None, end: int) -> int | None:
    """A body's mention taken on to the word before a possessive the tagger left out of it: "BBC Two's
    Newsnight" (its channel's number); `mentions[k]` is replaced, and k returned, or None."""
    if k is None or mentions[k].end != end - 1 or mentions[k].type != "Organization":
        return None
    text = doc[mentions[k].start : end].text
    mentions[k] = replace(mentions[k], end=end, name=text, surface=text)
    return k


def _root(doc: Doc, mention: Mention) -> int:
    """The word of a mention the parse hangs it by ("Radio" of "Radio 4")."""
    span = range(mention.start, mention.end)
    return next((i for i in span if doc[i].head.i not in span), mention.end - 1)


def _may_own(owner: Mention, doc: Doc) -> bool:
    """A broadcaster: a body, or a name the tagger read as a person but written as no person's is
    ("BBC1", "ITV2": capitals and a digit)."""
    if owner.type == "Organization":
        return True
    words = doc[owner.start : owner.end]
    return owner.type == "Person" and len(words) == 1 and words[0].text[:2].isupper() and not words[0].is_lower


def _name_end(doc: Doc, start: int) -> int | None:
    """The end of the capitalised name that starts at `start` ("Breakfast With Frost", "Today"), or
    None when there is none or it is a person's or a title's ("the BBC's Nick Robinson"; but "the BBC's
    Andrew Marr Show" is a show)."""
    first = doc[start]
    if not _capitalised(first) or first.lower_ in TITLES:
        return None
    end = start + 1
    while end < len(doc) and end - start < _LONGEST:
        word = doc[end]
        named = _capitalised(word) and word.lower_ not in TITLES
        if not named and not (word.lower_ in _NAME_JOINS and end + 1 < len(doc) and _capitalised(doc[end + 1])):
            break
        end += 1
        if word.lower_ in SHOW_NOUNS:
            break  # "Show" ends "Andrew Marr Show"
    if doc[end - 1].lower_ in _NAME_JOINS or any(doc[i].lower_ in NOT_SHOWS for i in range(start, end)):
        return None  # "Labour's National Executive Committee" is a body, "the EU's Council of Ministers" too
    shown = doc[end - 1].lower_ in SHOW_NOUNS or end < len(doc) and doc[end].lower_ in SHOW_NOUNS
    if first.ent_type_ == "PERSON" and not shown:
        return None  # "ITV's Jonathan Dimbleby programme" is a programme, "the BBC's Nick Robinson" a man
    if end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].lower_ not in SHOW_NOUNS:
        return None  # "the BBC's Washington correspondent": the name describes a noun that follows
    return end


def _capitalised(word: Token) -> bool:
    """A word of a programme's name: "Newsnight", "PM", "Sunday AM"."""
    return word.is_title or word.is_upper and word.is_alpha and len(word) <= 4


def _aired(doc: Doc, owner: int, start: int, end: int) -> Token | bool | None:
    """The possessive phrase is where speech was aired: the object of a verb of speech ("told BBC1's
    Breakfast with Frost"), after "on" or "to" with one ("Speaking on …", "On the BBC's Breakfast with
    Frost it was put to Mr Kinnock"), or named a programme ("Radio 4's Today programme"): the verb,
    True when only the word "programme" says so, or None."""
    show = end < len(doc) and doc[end].lower_ in SHOW_NOUNS
    inside = range(start, end + 1 if show else end)
    for i in (owner, *inside):
        token = doc[i]
        if token.head.i in inside or token.head.i == owner:
            continue  # inside the phrase
        head = token.head
        if token.dep_ in OBJECT_DEPS and airing_verb(head):
            return head
        if token.dep_ == "npadvmod" and airing_verb(head) and doc[owner].dep_ in OBJECT_DEPS:
            return head  # "told Radio 4's Today the …": the parser leaves the name by the verb
        if token.dep_ == "pobj" and head.lower_ in ("on", "to") and airing_verb(head.head):
            return head.head
    return True if show else None


def swallowed_addressee(verb: Token) -> Token | None:
    """The addressee of "told" the parser read as a word of the next clause's subject: "Sources told
    the BBC ministers had failed" (the BBC, not "the BBC ministers", was told), or None."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    subject = None if clause is None else next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i != verb.i + 1 or verb.i + 2 >= subject.i:
        return None
    article, name = verb.doc[verb.i + 1], verb.doc[verb.i + 2]
    if article.lower_ != "the" or name.dep_ != "compound" or name.head.i != subject.i or not name.ent_type_:
        return None
    if name.ent_type_ != "ORG" or any(
        verb.doc[i].ent_type_ != "PERSON" and verb.doc[i].lower_ not in TITLES for i in range(verb.i + 3, subject.i)
    ):
        return None  # the subject's own words follow the name: its head or a person's name ("the BBC | ministers")
    return name


def quoting_publication(verb: Token) -> Token | None:
    """Where someone was quoted saying something: "Mr Houston was quoted in the Herald newspaper
    saying: …" → "newspaper" (its phrase names the Herald), or None ("quoted in a statement" is read
    by the caller, which keeps bodies only)."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    said = any(c.dep_ == "advcl" and c.lemma_ == "say" or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    if not said:
        return None  # "were quoted in the report" may be prices, not speech
    return next((preposition_object(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"), None)
