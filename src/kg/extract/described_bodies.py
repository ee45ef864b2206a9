"""Bodies named again by a description: a business by its trade in what another body claims ("Pesafy
has sued Safaricom, claiming that the telecoms company cut off its access" — Safaricom), and a body the
article described rather than named, described anew ("A group of MPs … The cross-party group …").

A description token and what the article named or described before it in → the entity, or None.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.antecedents import sentence_start_back
from kg.extract.body_kinds import COMMERCIAL_NOUNS, BodyKinds, commercial, trade_fits
from kg.extract.grammar import ATTRIBUTION_VERBS, SUBJECTS
from kg.model import Entity

#: Verbs whose subject makes a claim about another, beyond the verbs of saying: "accusing the search
#: giant of copying", "blaming the carrier for the delays".
_CHARGING = frozenset({"accuse", "blame", "charge", "sue"})
#: Nouns for a business named by its trade: "the telecoms company", "the search giant", "the iPhone maker".
TRADE_NOUNS = COMMERCIAL_NOUNS | {"group"}
#: Nouns for a business by what it makes, which stand for the business the news was about and no other:
#: "The US planemaker blamed …" (not any body named before, as "the company" may be).
MAKER_NOUNS = frozenset({"carmaker", "automaker", "planemaker", "chipmaker", "drugmaker", "miner", "producer"})
#: How far up from a description its clause's verb may be ("of the telecoms company" is two steps).
_CLAUSE_STEPS = 3


def claimed_about(token: Token, owner: dict[int, Entity], kinds: BodyKinds | None) -> Entity | None:
    """The business "the telecoms company" at `token` stands for, when it is spoken of in a clause
    that a named body claims, charges or says: the one other business named before it in the
    sentence. A body describes itself with "it", not with its trade, in its own claim; a second
    business named beside the claimant makes the description open."""
    if token.lower_ not in TRADE_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    if any(c.dep_ in ("relcl", "acl", "appos") or c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return None  # "the company that owns the plant", "the company of …": described anew
    claimants = _claimants(token, owner)
    if not claimants:
        return None
    first = token.sent.start
    others = {
        e.id: e
        for i, e in owner.items()
        if first <= i < token.i and e.id not in claimants and commercial(e, kinds) and e.type == "Organization"
    }
    return next(iter(others.values())) if len(others) == 1 else None


def _claimants(token: Token, owner: dict[int, Entity]) -> set[str]:
    """The bodies that claim, say or charge what the clause of `token` says (empty when none does)."""
    verb = token.head
    for _ in range(_CLAUSE_STEPS):
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    else:
        return set()
    claimants: set[str] = set()
    claimed = verb.lemma_.lower() in _CHARGING and token.dep_ not in SUBJECTS  # "accusing the maker of …"
    while verb.dep_ in ("ccomp", "advcl", "xcomp", "pcomp", "conj") and verb.head.i != verb.i:
        outer = verb.head
        if outer.pos_ == "ADP":  # "accusing it of …": the preposition's verb
            outer = outer.head
        lemma = outer.lemma_.lower()
        claimed = claimed or lemma in ATTRIBUTION_VERBS or lemma in _CHARGING
        for child in outer.children:
            if child.dep_ in SUBJECTS and child.i in owner:
                claimants.add(owner[child.i].id)
        verb = outer
    if verb.lemma_.lower() in _CHARGING or verb.lemma_.lower() in ATTRIBUTION_VERBS:
        claimed = True
    return claimants if claimed else set()


#: Nouns for bodies an article may describe rather than name ("an all-party group of MPs").
BODY_NOUNS = frozenset({"group", "committee", "panel", "coalition", "alliance", "commission", "consortium"})
#: How many sentences back "the cross-party group" looks for the body it describes again.
_DESCRIBED_WINDOW = 6


def described_before(token: Token, bodies: list[tuple[int, Entity]], sentence_of: list[int]) -> Entity | None:
    """ "A group of MPs has tried to … The cross-party group has unveiled a draft bill": "the" and a
    body noun with new words of description go back to the latest body the article described (or
    described again) with that noun a few sentences before (`bodies`: each description's head and
    entity); "a cross-party group", "the group of peers", "the group that …" are others."""
    if token.lower_ not in BODY_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    if any(c.dep_ in ("relcl", "acl", "appos") or c.dep_ == "prep" and c.lower_ == "of" for c in token.rights):
        return None
    window = sentence_start_back(token, _DESCRIBED_WINDOW, sentence_of)
    for head, entity in reversed(bodies):
        if head < window:
            break
        if token.doc[head].lower_ == token.lower_:
            return entity
    return None


def topic_described(token: Token, owner: dict[int, Entity], kinds: BodyKinds | None) -> Entity | None:
    """ "Shell has agreed to buy BG Group. The Anglo-Dutch oil giant said …", "Shares in Vodafone fell.
    The mobile phone company said …": a business described by its trade or nationality, opening the
    sentence as its subject, is the one business the sentence before was about (its subject, or the
    owner of its subject); none when the description names another body or describes one anew."""
    doc = token.doc
    start = token.sent.start
    if token.dep_ not in ("nsubj", "nsubjpass") or token.left_edge.i != start or start == 0:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    if any(c.dep_ in ("relcl", "acl", "appos") or c.dep_ == "prep" and c.lower_ == "of" for c in token.rights):
        return None
    if any(owner[t.i].type not in ("Country", "Location", "Group") for t in doc[start : token.i] if t.i in owner):
        return None  # "the Tesla supplier": another body is named in the description
    previous = doc[start - 1].sent
    topics = {e.id: e for subject in previous.root.children for e in _topics(subject, owner)}
    if len(topics) != 1:
        return None  # "Vodafone and BT reported …": either may be the mobile phone company
    [topic] = topics.values()
    if topic.type != "Organization" or not commercial(topic, kinds) or not trade_fits(token, topic, kinds):
        return None  # "Lender Barclays agreed … The carmaker hired …" is not Barclays
    return topic


def _topics(subject: Token, owner: dict[int, Entity]) -> list[Entity]:
    """The bodies a sentence's subject names: "Shell has agreed", "Shell's shares fell", "Shares in
    Vodafone fell", "Vodafone and BT reported" (both)."""
    if subject.dep_ not in SUBJECTS:
        return []
    found = []
    for word in (subject, *subject.conjuncts):
        if word.i in owner:
            found.append(owner[word.i])
            continue
        for child in word.children:
            if child.dep_ == "poss" and child.i in owner:
                found.append(owner[child.i])
            if child.dep_ == "prep" and child.lower_ == "in":
                found.extend(owner[g.i] for g in child.children if g.dep_ == "pobj" and g.i in owner)
    return found
