"""Which actors a clause's argument phrase reaches when its head is not a name itself.

"told the Guardian newspaper" reaches the Guardian (a classifier noun after a name),
"backed the Home Office's powers" the Home Office (the owner of what was acted on),
"demanded the resignation of the minister" the minister (predicate "demand_resignation_of"),
and "a spokesman for the LSE said" the LSE (who speaks through the spokesman).

Argument head tokens in → (entity, the token that named it, predicate words to add) out.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.arguments import ArgumentIndex
from kg.extract.grammar import CLASSIFIER_NOUNS, EVENT_WORDS, SPEECH_NOUNS, preposition_object
from kg.extract.owned_things import (
    ACTION_ENDINGS,
    PROPOSALS,
    SCRUTINY,
    STATE_THINGS,
    an_event,
    apposed_name,
    authors,
    cut_off,
    described_body,
    heads_a_part,
    made_by,
    own_body,
    owned_by_the_subjects,
    partitive,
    ranked_within,
    received,
    ruling_party,
    state_of_envoy,
    titled_name,
)
from kg.extract.title_owners import a_party
from kg.extract.titles import title_predicate
from kg.model import Entity

#: Nouns through which an actor speaks: "a spokesman for the LSE said", "party sources told the BBC",
#: "China's embassy in Canberra accused Australia".
PROXY_NOUNS = frozenset(
    (
        "spokesman spokeswoman spokesperson source sources statement aide aides representative representatives"
        " lawyer lawyers embassy consulate delegation ministry"
    ).split()
)
#: Prepositions after a noun that name its owner: "the resignation of X", "criticism from X".
_OWNER_PREPS = frozenset({"of"})
#: Prepositions after a verb that aim it at someone's act: "appealed against", "objected to", "hit back at".
_AIMED_PREPS = frozenset({"against", "to", "at", "over", "with", "for"})
_PROXY_PREPS = frozenset({"for", "of", "within", "at", "from", "close"})

#: Verbs that only name their object as an example or a point: "cited last year's sale of Krivorizhstal" does
#: nothing to Krivorizhstal (but "blocked the sale of X", "approved the sale of X" do).
_CITING = frozenset({"cite", "mention", "note", "recall", "highlight", "quote", "list"})
#: Nouns of a tie between two sides, whose compound names the other side: "closer EU links".
_TIES = frozenset({"link", "tie", "relation", "contact"})


def _party_adjective(index: ArgumentIndex, word: Token) -> bool:
    """A party's name the tagger read as an adjective: "criticised the Conservative manifesto"."""
    found = index.by_token.get(word.i) if word.dep_ == "amod" and word.tag_ == "JJ" else None
    return found is not None and found.type == "Organization" and a_party(found)


def object_actors(
    index: ArgumentIndex,
    token: Token,
    speaker: Entity | None = None,
    exclude: frozenset[str] = frozenset(),
    *,
    known_verb: bool = True,
    speech: bool = False,
) -> list[tuple[Entity, Token, str | None]]:
    """The actors an object phrase headed by `token` reaches, with predicate words to add
    (None when the verb alone says what was done to the actor).

    Beside the phrase's own name, it reaches the owner of what the phrase names: always for
    the patient of a passive ("his reforms were thwarted by Mr Brown") and a plural noun's name
    ("attack EU asylum moves"); for a possessive object only after a verb of the vocabulary
    ("backed the Home Office's powers", not "reached his desk"); after "of" for an event noun
    ("appeal for the release of Mrs Hassan"). A verb of saying reaches no owner.
    """
    found = index.entities(token, exclude=exclude, speaker=speaker)
    apposed = apposed_name(index, token, found)
    if apposed is not None:
        return [(apposed[0], apposed[1], None)]
    # "Police are investigating a British National Party leaflet": scrutiny acts on whose thing it is
    known_verb = known_verb or token.dep_ == "dobj" and token.head.lemma_.lower() in SCRUTINY
    if found:
        direct: list[tuple[Entity, Token, str | None]] = [(entity, token, None) for entity in found]
        if len(found) == 1:  # "the firms Young & Rubicam and J Walter Thompson"
            direct.extend((e, t, None) for e, t in _named_with(index, token, found[0], exclude))
        return direct
    part = partitive(token)
    if part is not None:  # "infringed six of Apple's patents": a part of whose things
        return [
            (e, owner, f"{part.lemma_.lower()} of")
            for owner in part.children
            if owner.dep_ == "poss" and (owner.pos_ == "PROPN" or known_verb and owner.lower_ not in ("our", "my"))
            for e in index.entities(owner, exclude=exclude, speaker=speaker)
        ]
    if token.pos_ not in ("NOUN", "PROPN"):
        return []
    own = own_body(index, token, exclude)
    if own is not None:
        return [(own, token, None)]
    titled = titled_name(token)
    if titled is not None:
        return [(e, titled, None) for e in index.entities(titled, exclude=exclude, speaker=speaker)]
    envoy = state_of_envoy(index, token)
    if envoy is not None:  # "summoned the Russian ambassador", "wrote to Brazil's envoy", "his American counterpart"
        return [(envoy[0], envoy[1], f"{token.lemma_.lower()} of")]
    named = _classified(index, token, speaker)
    if named is not None:
        return [(named, token, None), *((e, t, None) for e, t in _named_with(index, token, named, exclude))]
    listed = _listed(index, token, speaker, exclude)
    if listed or speech:  # a verb of saying reaches only who made what it answers: "replied to a letter from X"
        return [(entity, t, None) for entity, t in listed] or authors(index, token, speaker, exclude)
    reached: list[tuple[Entity, Token, str | None]] = []
    for child in token.children:
        if (
            child.dep_ == "poss"
            and (token.dep_ == "nsubjpass" or token.dep_ == "dobj" and known_verb)
            and child.lower_ not in ("our", "my")
            and not heads_a_part(token)
            and not ranked_within(index, token, child)
            and not owned_by_the_subjects(token, child)
        ):  # "our veto" is no one's in particular
            words = f"{token.lemma_.lower()} of" if _holding_in(token) else None  # "bought SIA's stake in …"
            reached.extend((e, child, words) for e in index.entities(child, exclude=exclude, speaker=speaker))
        elif (
            child.dep_ == "poss"
            and token.dep_ == "dobj"
            and (child.pos_ == "PROPN" or described_body(index, child) or cut_off(token, child))
            and (an_event(token) or title_predicate([token.text]) is None)
            and not ranked_within(index, token, child)
        ):
            # "wanted Sir Edward's resignation", "expelled Russia's diplomats": what was done to whose thing
            words = f"{token.lemma_.lower()} of"
            reached.extend((e, child, words) for e in index.entities(child, exclude=exclude, speaker=speaker))
        elif (
            child.dep_ == "amod"
            and known_verb
            and child.i in index.by_token
            and index.by_token[child.i].type == "Country"
            and (
                token.lower_.endswith(ACTION_ENDINGS)
                or token.lemma_.lower() in EVENT_WORDS
                or token.tag_ == "NNS"
                and token.dep_ == "pobj"
            )
            or child.dep_ == "amod"
            and token.lemma_.lower() in STATE_THINGS
            and token.dep_ in ("dobj", "pobj")
            and child.i in index.by_token
            and index.by_token[child.i].type == "Country"
        ):
            # "backed Turkish accession", "sanctions on Russian banks", "halt the Iranian nuclear programme":
            # a country's event or its own (but "sued a Chinese rival" is a company from China)
            reached.append((index.by_token[child.i], child, f"{token.lemma_.lower()} of"))
        elif (
            child.dep_ in ("compound", "nmod")
            and (token.dep_ in ("dobj", "nsubjpass") or known_verb and token.dep_ in ("pobj", "conj"))
            and child.i in index.by_token
            and token.tag_ == "NNS"
            and index.by_token[child.i].type not in ("Country", "Location")
        ):  # "attack EU asylum moves", "meet with Mr Bush and other Nato leaders" (but "sells Nigeria
            # oil assets" says where the assets are, not whose)
            of_part = (
                f"{token.lemma_.lower()} of" if heads_a_part(token) else None
            )  # "led Care International operations"
            if token.lemma_.lower() in _TIES:
                of_part = f"{token.lemma_.lower()} with"  # "wants closer EU links": links with the EU
            reached.append((index.by_token[child.i], child, of_part))
        elif (
            (child.dep_ == "compound" or _party_adjective(index, child))
            and token.dep_ == "dobj"
            and known_verb
            and token.tag_ == "NN"
            and described_body(index, child)
            and index.by_token[child.i].type != "Country"
            and title_predicate([token.text]) is None
            or ruling_party(index, token, child)
        ):  # "Police are investigating a British National Party leaflet": the party's leaflet (but "urged
            # an Iraq inquiry" is about Iraq, and "signed an Iran deal" with it: a country's name says what)
            reached.append((index.by_token[child.i], child, f"{token.lemma_.lower()} of"))
        elif (
            child.dep_ == "poss"
            and child.pos_ == "PROPN"
            and token.dep_ == "pobj"
            and (
                token.head.lower_ in _AIMED_PREPS
                and token.head.head.pos_ == "VERB"
                or token.head.lower_ == "on"
                and token.head.head.pos_ == "NOUN"
                and known_verb  # "launched an attack on Labour's plans"
            )
            and (an_event(token) or token.lemma_.lower() in SPEECH_NOUNS or token.lemma_.lower() in PROPOSALS)
        ):
            # "appealed against the Commission's ruling", "objected to Labour's plans": whose act it was
            words = f"{token.lemma_.lower()} of"
            reached.extend((e, child, words) for e in index.entities(child, exclude=exclude, speaker=speaker))
        elif child.dep_ == "relcl" and made_by(child, token) is not None:
            # "recognise the steps that Ukraine was taking", "deliver to a plant that Renault runs": whose
            doer = made_by(child, token)
            assert doer is not None
            words = f"{token.lemma_.lower()} of"
            reached.extend((e, doer, words) for e in index.entities(doer, exclude=exclude, speaker=speaker))
        elif (
            child.dep_ == "acl"
            and child.tag_ == "VBN"
            and (
                token.dep_ == "dobj"
                and (known_verb or token.lemma_.lower() in PROPOSALS)
                or token.dep_ == "pobj"
                and token.lemma_.lower() in PROPOSALS
                and token.head.lower_ in _AIMED_PREPS
                and token.head.head.pos_ == "VERB"
            )
        ):
            # "refused to support a tax rise proposed by the LDP": the LDP's tax rise; "voted against the
            # budget proposed by Mr Trump": his budget
            words = f"{token.lemma_.lower()} of"
            for agent in child.children:
                if agent.dep_ == "agent":
                    for pobj in agent.children:
                        if pobj.dep_ == "pobj":
                            found_by = index.entities(pobj, exclude=exclude, speaker=speaker)
                            reached.extend((e, pobj, words) for e in found_by)
        elif (
            child.dep_ == "prep"
            and child.lower_ in _OWNER_PREPS
            and (known_verb or an_event(token) or token.dep_ == "nsubjpass" and title_predicate([token.text]) is None)
            and not received(token)
            and not (token.dep_ == "dobj" and token.head.lemma_.lower() in _CITING)
            and token.ent_type_ != "PERCENT"  # "buy 20% of Sina": share_of_company
        ):  # "videos of Mrs Hassan have been broadcast by Al-Jazeera": what was done to whose thing
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    words = f"{token.lemma_.lower()} {child.lower_}"
                    for item in (pobj, *_deal_parties(token, pobj)):  # "blocked the merger of Sainsbury's and Asda"
                        reached.extend((e, item, words) for e in index.entities(item, exclude=exclude, speaker=speaker))
        elif child.dep_ == "prep" and child.lower_ == "between" and known_verb and token.lemma_.lower() in DEAL_NOUNS:
            # "will investigate the deal between Tesco and Booker": both parties' deal
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    words = f"{token.lemma_.lower()} between"
                    for item in (pobj, *pobj.conjuncts):
                        reached.extend((e, item, words) for e in index.entities(item, exclude=exclude, speaker=speaker))
    return reached or authors(index, token, speaker, exclude)


def _holding_in(token: Token) -> bool:
    """True for a stake in a body: its possessor held it, and is not what was bought or sold with it."""
    return token.lemma_.lower() in ("stake", "holding", "shareholding") and any(
        c.dep_ == "prep" and c.lower_ == "in" for c in token.children
    )


#: Nouns of a deal two parties make, acted on as a whole: "blocked the merger of Sainsbury's and Asda".
DEAL_NOUNS = frozenset("merger deal takeover tie-up venture agreement alliance partnership combination".split())


def _deal_parties(token: Token, party: Token) -> tuple[Token, ...]:
    """The names coordinated with the first party of a deal after "of": "the merger of Sainsbury's and Asda"."""
    return party.conjuncts if token.lemma_.lower() in DEAL_NOUNS else ()


def owner_actors(index: ArgumentIndex, token: Token, speaker: Entity | None = None) -> list[tuple[Entity, Token]]:
    """The actors a phrase stands for, or whose thing it names: "the prime minister's view",
    "the policy of the government", "Labour plans"."""
    found = subject_actors(index, token, speaker)
    if found or token.pos_ not in ("NOUN", "PROPN"):
        return found
    owners: list[tuple[Entity, Token]] = []
    for child in token.children:
        if child.dep_ in ("poss", "compound") or child.dep_ == "prep" and child.lower_ == "of":
            heads = [child] if child.dep_ != "prep" else [c for c in child.children if c.dep_ == "pobj"]
            for head in heads:
                owners.extend((e, head) for e in index.entities(head, speaker=speaker))
    return owners


def subject_actors(
    index: ArgumentIndex, token: Token, speaker: Entity | None = None, exclude: frozenset[str] = frozenset()
) -> list[tuple[Entity, Token]]:
    """The actors a subject phrase headed by `token` reaches: itself, a name it classifies, or
    the actor a spokesman or source speaks for."""
    found = index.entities(token, exclude=exclude, speaker=speaker)
    apposed = apposed_name(index, token, found)
    if apposed is not None:
        return [apposed]
    if found:
        return [(entity, token) for entity in found]
    if token.pos_ not in ("NOUN", "PROPN"):
        return []
    own = own_body(index, token, exclude)
    if own is not None:
        return [(own, token)]
    named = _classified(index, token, speaker)
    if named is not None:
        return [(named, token)]
    if token.lower_ in PROXY_NOUNS or token.lemma_.lower() in PROXY_NOUNS:
        state_only = token.lemma_.lower() == "ministry"  # "Russia's foreign ministry", not "his ministry"
        return [
            (entity, t)
            for entity, t in _proxied(index, token, speaker)
            if entity.id not in exclude and (not state_only or entity.type == "Country")
        ]
    titled = titled_name(token) if token.dep_ in ("nsubj", "nsubjpass") else None
    if titled is not None:  # "The leader of the Conservatives, David Cameron, met …"
        return [(e, titled) for e in index.entities(titled, exclude=exclude, speaker=speaker)]
    counted = _counted(token)
    if counted is not None:  # "A majority of Conservative MPs backed Mrs May"
        return [(e, counted) for e in index.entities(counted, exclude=exclude, speaker=speaker)]
    return [(entity, t) for entity, t in _deciders(index, token, speaker) if entity.id not in exclude]


#: Nouns of a share of a group, whose members after "of" are who acted: "a majority of MPs", "dozens of".
_SHARES_OF_GROUP = frozenset("majority minority number handful dozen hundred thousand score most many group".split())


def _counted(token: Token) -> Token | None:
    """The plural group a subject counts a share of: "a majority of Conservative MPs", "dozens of Labour
    MPs" → the MPs (not "a number of issues": the group must name actors, which the caller checks)."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.lemma_.lower() not in _SHARES_OF_GROUP:
        return None
    group = next((preposition_object(c) for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return (
        group if group is not None and group.tag_ != "NN" or group is not None and group.lower_.endswith("s") else None
    )


#: Nouns of a choice or act whose owner is who acted: "Mr Blair's decision to name a date has given
#: Mr Brown something to aim for" (Blair gave). Bodies in -ment ("government") are not acts.
_DECISIONS = frozenset(
    "decision refusal choice move intervention insistence determination announcement resignation".split()
)


def _deciders(index: ArgumentIndex, token: Token, speaker: Entity | None) -> Iterator[tuple[Entity, Token]]:
    """The named owner of an act that is the subject of an active verb with an object."""
    verb = token.head
    if (
        token.dep_ != "nsubj"
        or token.lemma_.lower() not in _DECISIONS
        or verb.pos_ != "VERB"
        or not any(c.dep_ in ("dobj", "dative") for c in verb.children)
    ):
        return
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            yield from ((e, child) for e in index.entities(child, speaker=speaker))


def _listed(
    index: ArgumentIndex, token: Token, speaker: Entity | None, exclude: frozenset[str]
) -> list[tuple[Entity, Token]]:
    """The names a plural noun lists: "firms such as Ogilvy & Mather and Cordiant", "parties including Labour"."""
    found: list[tuple[Entity, Token]] = []
    for prep in token.children:
        if prep.dep_ == "prep" and (
            prep.lower_ in ("like", "including")
            or prep.lower_ == "as"
            and any(c.lower_ == "such" for c in prep.children)
        ):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    for item in (pobj, *pobj.conjuncts):
                        found.extend((e, item) for e in index.entities(item, exclude=exclude, speaker=speaker))
    return found


def _classified(index: ArgumentIndex, token: Token, speaker: Entity | None) -> Entity | None:
    """The name a classifier noun stands beside: "the Guardian newspaper", "organisation Redress"."""
    if token.lemma_.lower() not in CLASSIFIER_NOUNS and token.lower_ not in CLASSIFIER_NOUNS:
        return None
    # "the iPhone maker" names what it makes, not who makes it
    made = token.lemma_.lower() in ("maker", "manufacturer")
    for child in token.children:
        if (
            child.dep_ in ("compound", "appos")
            and not (made and child.dep_ == "compound" and child.i < token.i)
            or child.dep_ == "amod"
            and child.ent_type_ == "ORG"  # "Both Rangers and Celtic football clubs"
        ) and abs(child.i - token.i) <= 3:
            found = index.by_token.get(child.i)
            if found is not None and found.type in ("Organization", "Group", "Other"):
                return found
    return None


def _named_with(
    index: ArgumentIndex, token: Token, first: Entity, exclude: frozenset[str]
) -> Iterator[tuple[Entity, Token]]:
    """The further names a plural classifier noun stands beside: "the firms Young & Rubicam and J Walter
    Thompson" (the first is `first`)."""
    if token.tag_ != "NNS":
        return
    for child in token.children:
        if child.dep_ == "appos" and index.by_token.get(child.i) == first:
            for item in child.conjuncts:
                found = index.by_token.get(item.i)
                if found is not None and found != first and found.id not in exclude:
                    yield found, item


#: Proxies a state sends, whose nationality names the state: "the Russian embassy" (but "a British lawyer"
#: is a lawyer from Britain, not its voice).
_STATE_PROXIES = frozenset({"embassy", "consulate", "delegation", "ministry"})


def _proxied(index: ArgumentIndex, token: Token, speaker: Entity | None) -> Iterator[tuple[Entity, Token]]:
    for child in token.children:
        if (
            child.dep_ in ("poss", "compound", "nmod")
            and child.i in index.by_token
            or (
                child.dep_ == "amod"
                and token.lemma_.lower() in _STATE_PROXIES
                and child.i in index.by_token
                and index.by_token[child.i].type == "Country"
            )
        ):
            yield index.by_token[child.i], child
        elif child.dep_ == "poss" and child.pos_ == "PRON":  # "its lawyers asked the court"
            yield from ((e, child) for e in index.entities(child, speaker=speaker))
        elif child.dep_ == "prep" and child.lower_ in _PROXY_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    yield from ((e, pobj) for e in index.entities(pobj, speaker=speaker))
