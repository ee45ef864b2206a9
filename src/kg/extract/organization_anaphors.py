"""Nouns that point back to an organization the article named ("the company", "the regulator"): the
one of that kind, the subject of what "the company said", the one the sentence before named, or the
one the passage is about. A noun and the named mentions in → the entity it stands for."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from kg.countries import country_name
from kg.extract.arguments import sentence_start_back
from kg.extract.article_country import institution_country
from kg.extract.body_kinds import (
    COMMERCIAL_NOUNS,
    KIND_HEADS,
    TRADE_KINDS,
    BodyKinds,
    a_document,
    commercial,
    name_head,
    trade_country,
)
from kg.extract.described_bodies import BODY_NOUNS
from kg.extract.doc_words import span_root
from kg.extract.grammar import SUBJECTS
from kg.extract.mentions import Mention
from kg.extract.title_owners import a_party
from kg.model import Entity

#: How many sentences back "the company" looks for the organization it stands for.
_ANAPHOR_WINDOW = 6


def anaphoric(token: Token) -> bool:
    """ "the company", "the German regulator", "the company, which supplies Tesla," point back; "an
    all-party group", "a cross-party committee of MPs", "the network our customers want" introduce a
    body of their own."""
    if any(c.lower_ in ("a", "an") for c in token.children if c.dep_ == "det"):
        return False
    doc = token.doc
    if any(c.dep_ == "relcl" and c.i > token.i and doc[c.left_edge.i - 1].text != "," for c in token.children):
        return False  # "exactly the network our customers want", "the company that owns it": said anew
    for child in token.lefts:
        if child.dep_ in ("amod", "compound", "nmod") and not (
            country_name(child.text, demonyms=True) or child.lower_ in ("same", "new", "former")
        ):
            return False
    return True


def body_of_kind(token: Token, kinds: BodyKinds, sentence_of: list[int]) -> Entity | None:
    """ "the regulator", "the union", "the court" → the one body of that kind the article named
    (see `BodyKinds`); never merely the organization last named. "The Dutch regulator" is only a body
    the article showed to be Dutch: never the British one it named before."""
    found = kinds.body_for(token, sentence_start_back(token, _ANAPHOR_WINDOW, sentence_of))
    country = next((c for c in map(_country_of, token.lefts) if c is not None), None)
    if found is not None and country is not None and _home(found, kinds, token.doc) != country:
        found = None
    return found or named_after(token, kinds)


def _home(entity: Entity, kinds: BodyKinds, doc: Doc) -> str | None:
    """The country a body belongs to, as its name or the article says it: "Australian Competition and
    Consumer Commission", "Securities Commission of Malaysia", "Germany's financial watchdog BaFin"."""
    home = institution_country(entity.name)
    if home is not None:
        return home
    homes = {country_name(word, demonyms=True) for word in entity.name.split()} - {None}
    for called in kinds.called.values():
        homes.update(_country_of(c) for i, e in called if e.id == entity.id for c in doc[i].children)
    for mention, named in kinds.pairs:
        if named.id == entity.id:
            homes.update(_country_of(c) for c in span_root(doc, mention.start, mention.end).children)
    homes.discard(None)
    return next(iter(homes)) if len(homes) == 1 else None


def named_after(token: Token, kinds: BodyKinds) -> Entity | None:
    """ "now the German regulator has said it found evidence … Germany's financial watchdog BaFin told
    BBC News …": a lead may describe a body before it names it. The one body of that kind and
    country the article names after the description, when it named none of that kind before."""
    country = next((c for c in map(_country_of, token.lefts) if c is not None), None)
    if country is None or kinds.body_for(token, 0) is not None:
        return None
    doc = token.doc
    heads = KIND_HEADS[token.lemma_.lower()]
    found = {
        e.id: e
        for noun, called in kinds.called.items()
        if KIND_HEADS[noun] == heads
        for i, e in called
        if i > token.i and any(_country_of(c) == country for c in doc[i].children)
    }
    found.update(
        (e.id, e)
        for m, e in kinds.pairs
        if m.start > token.i and name_head(e.name) in heads and institution_country(e.name) == country
    )
    return next(iter(found.values())) if len(found) == 1 else None


def _country_of(word: Token) -> str | None:
    """The country a modifier names: "German", "Germany's"."""
    if word.dep_ not in ("amod", "compound", "poss", "nmod"):
        return None
    return country_name(word.text, demonyms=True)


def _mention_country(doc: Doc, mention: Mention) -> str | None:
    """The country the words around a name give it: "France's TotalEnergies", "the German carmaker BMW"."""
    root = span_root(doc, mention.start, mention.end)
    words = [*root.children, *((root.head,) if root.dep_ in ("appos", "compound") else ())]
    return next((c for c in map(_country_of, words) if c is not None), None)


def last_named_organization(
    token: Token, by_start: list[tuple[Mention, Entity]], sentence_of: list[int], kinds: BodyKinds | None
) -> Entity | None:
    """ "the company" → the organization last named within a few sentences, preferring one whose
    name has the noun ("the council" → Bar Council)."""
    window = sentence_start_back(token, _ANAPHOR_WINDOW, sentence_of)
    own_subjects = _own_subjects(token)
    own = {e.id for m, e in by_start if any(m.start <= i < m.end for i in own_subjects)} if own_subjects else set()
    candidates = [
        (m, e)
        for m, e in by_start
        if window <= m.start < token.i
        and e.type in ("Organization", "Group", "Other")
        and not a_document(e)
        and (token.lower_ not in COMMERCIAL_NOUNS or commercial(e, kinds))
        and (token.lower_ != "party" or a_party(e))  # "the party" is never the farmers' union last named
        and e.id not in own
    ]
    country = next((c for c in map(_country_of, token.lefts) if c is not None), None)
    if country is not None:  # "France's TotalEnergies agreed to buy …, the Indian group said": not Total
        candidates = [(m, e) for m, e in candidates if _mention_country(token.doc, m) in (None, country)]
    candidates = _of_trade(token, candidates, kinds, sentence_of)
    if not candidates:
        return None
    noun = token.lemma_.lower()
    named = [pair for pair in candidates if noun in pair[1].name.lower().split()]
    if token.lower_ in BODY_NOUNS:  # nouns a body's own name or description may hold
        # "A group of MPs … a clear majority of MPs … The group believes": the body called a group,
        # however far back, when it is the only one so called
        called = {e.id: e for m, e in by_start if m.start < token.i and noun in e.name.lower().split()}
        if named:
            candidates = named
        elif len(called) == 1:
            return next(iter(called.values()))
    reporter = _reported_subject(token, candidates)
    if reporter is not None:
        _, entity = reporter
        return entity
    previous = _only_in_previous_sentence(token, candidates, sentence_of)
    if previous is not None:
        return previous
    # the organization the passage is about: the one named most often so far, then one that was a
    # subject, the latest of equals ("Kiranpay's founder told the BBC that the company …" is Kiranpay;
    # "Barclays sued Nokia and Ericsson. The bank …" is Barclays)
    pool = named or candidates
    if len({e.id for _, e in pool}) == 1:
        _, entity = pool[-1]
    else:
        counts = Counter(e.id for m, e in by_start if m.start < token.i)
        doc = token.doc
        subjects = {e.id for m, e in pool if _subject_or_its_owner(doc[m.end - 1])}
        ranks = {e.id: (counts[e.id], e.id in subjects) for _, e in pool}
        _, entity = max(reversed(pool), key=lambda pair: ranks[pair[1].id])
        if _coordinated_equal(entity, pool, ranks, doc):
            return None  # "BP and Shell reported higher profits. The company said …": either may be
    return entity


def _of_trade(token: Token, candidates, kinds: BodyKinds | None, sentence_of: list[int]):
    """ "the bank", "the airline": only a body the article showed to be in that trade ("the Swiss bank
    UBS", "Aegean Airlines"); after "Google agreed to buy …", "The bank was bailed out" is no one named.
    When none was shown so, the one body of no other trade its own sentence named before it: "Jane
    Fraser, who joined Citigroup from McKinsey, runs the bank"; and a description that says more than
    the trade may describe a body of no other trade and no other country: "Shares in Barclays fell. The
    British lender said …"; "Lufthansa will buy ITA Airways, the Italian carrier. The German airline …"."""
    trade = TRADE_KINDS.get(token.lower_)
    if trade is None:
        return candidates
    shown = kinds.trades if kinds is not None else {}
    if any(c.dep_ in ("amod", "compound", "nmod") for c in token.lefts):
        homes = kinds.trade_homes if kinds is not None else {}
        country = next((c for c in map(trade_country, token.lefts) if c is not None), None)
        candidates = [
            (m, e)
            for m, e in candidates
            if shown.get(e.id, frozenset()) <= {trade}
            and (country is None or homes.get(e.id, frozenset()) <= {country})
        ]
    fit = [(m, e) for m, e in candidates if trade in shown.get(e.id, frozenset())]
    if fit and _outranked(token, fit, candidates, shown):
        return []  # "Lufthansa will buy ITA Airways, the Italian carrier. The airline …": either
    if fit or any(c.dep_ in ("amod", "compound", "nmod") for c in token.lefts):
        return fit or candidates
    own = sentence_of[token.i]
    near = [(m, e) for m, e in candidates if m.start >= own and not shown.get(e.id)]
    return near if len({e.id for _, e in near}) == 1 else []


def _outranked(token: Token, fit, candidates, shown: dict[str, frozenset[str]]) -> bool:
    """True when a body of no shown trade was the subject of a clause and none of those shown to be
    in the trade was: the trade noun may then be the subject's, which the article never called so."""
    doc = token.doc
    fit_ids = {e.id for _, e in fit}
    subjects = [e for m, e in candidates if _subject_or_its_owner(_described(doc[m.end - 1]))]
    return not any(e.id in fit_ids for e in subjects) and any(not shown.get(e.id) for e in subjects)


def _described(word: Token) -> Token:
    """The noun a name stands beside: "the Swiss bank UBS agreed" — UBS is the subject's."""
    return word.head if word.dep_ in ("appos", "compound") and word.head.i != word.i else word


def _coordinated_equal(entity: Entity, pool, ranks: dict[str, tuple[int, bool]], doc: Doc) -> bool:
    """True when another body ranks as high as `entity` and was named beside it in one phrase ("BP and
    Shell"): nothing then tells which of the two "the company" is."""
    spans = {e.id: [(m.start, m.end) for m, f in pool if f.id == e.id] for _, e in pool}
    for _, other in pool:
        if other.id == entity.id or ranks[other.id] != ranks[entity.id]:
            continue
        for start, end in spans[entity.id]:
            root = span_root(doc, start, end)
            if any(
                other_start <= c.i < other_end for c in root.conjuncts for other_start, other_end in spans[other.id]
            ):
                return True
    return False


def _own_subjects(token: Token) -> list[int]:
    """The subjects (their indices) of the verb "the network" is the object of: "Corvana has built exactly
    the network our customers want" — what Corvana built is not Corvana (that is "itself"), nor is the owner
    of what it acted on: "Ofcom criticised the company's handling of complaints". Read once for the noun,
    not for each name before it."""
    if token.dep_ == "poss" and token.head.i != token.i:
        token = token.head
    dep = token.dep_
    if dep not in ("dobj", "pobj", "dative"):
        return []
    verb = token.head.head if dep == "pobj" else token.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [c.i for c in verb.children if c.dep_ in SUBJECTS]


def _subject_or_its_owner(token: Token) -> bool:
    """ "Corvana said", and "Corvana's board said": the body a sentence is about."""
    while token.dep_ == "conj" and token.head.i != token.i:  # "BP and Shell reported": both
        token = token.head
    return token.dep_ in SUBJECTS or token.dep_ == "poss" and token.head.dep_ in SUBJECTS


def _only_in_previous_sentence(token: Token, candidates, sentence_of: list[int]) -> Entity | None:
    """The one organization the sentence before names, for "the company" that opens the next:
    "Shares in SQM, Chile's largest lithium producer, fell. The company, which supplies Tesla, …" is SQM,
    whatever the article named most."""
    own = sentence_of[token.i]
    if own == 0 or any(c.dep_ not in ("det", "poss") for c in token.lefts) or token.left_edge.i != own:
        return None
    previous = sentence_of[own - 1]
    named = {e.id: e for m, e in candidates if previous <= m.start < own}
    return next(iter(named.values())) if len(named) == 1 else None


def _reported_subject(token: Token, candidates):
    """The organization whose deed "the company" reports: "Siemens Energy signed a contract with Saudi
    Electricity Company, the company said" — the company is Siemens Energy, the subject of what it said."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in ("say", "add", "announce", "confirm", "state"):
        return None
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "parataxis") and clause.i < token.i:
            for subject in clause.children:
                if subject.dep_ in SUBJECTS:  # a dateline may be parsed as a second one
                    found = next(((m, e) for m, e in candidates if m.start <= subject.i < m.end), None)
                    if found is not None:
                        return found
    return None
