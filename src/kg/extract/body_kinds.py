"""What kind of body an organization is, read off its name's head noun or the noun the article
called it by: "the regulator" is the Competition Commission, "the union" the body the article called
"the Vereinigung Cockpit union", and neither is ever "the company".

Named mentions and their entities in → for a definite kind noun, the one body of that kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from spacy.tokens import Doc, Token

from kg.countries import country_name
from kg.extract.doc_words import span_root, tokens_among
from kg.extract.mentions import Mention
from kg.extract.strikes import STOPPAGES
from kg.model import Entity

#: Nouns that name a kind of body, with the head nouns of the names of bodies of that kind.
KIND_HEADS: dict[str, frozenset[str]] = {
    # "office" only as "Office of …" (the Office of Fair Trading), not a ministry's "Home Office"
    "regulator": frozenset({"commission", "authority", "regulator", "agency", "office", "bureau", "inspectorate"}),
    "commission": frozenset({"commission"}),
    "court": frozenset({"court", "tribunal"}),
    "union": frozenset({"union", "federation", "confederation"}),
    "council": frozenset({"council"}),
    "committee": frozenset({"committee"}),
    "association": frozenset({"association", "federation"}),
    "authority": frozenset({"authority"}),
    "agency": frozenset({"agency"}),
    "exchange": frozenset({"exchange"}),
    "foundation": frozenset({"foundation", "trust"}),
    "community": frozenset({"community"}),
    "bloc": frozenset({"union", "community", "association", "organisation", "organization", "alliance"}),
}
KIND_HEADS["watchdog"] = KIND_HEADS["regulator"]
#: "the coalition", "the alliance": the one coalition, alliance or front the article named.
KIND_HEADS["coalition"] = KIND_HEADS["alliance"] = frozenset({"coalition", "alliance", "front"})
#: The last words of newspapers' names: "the paper" is the Mail on Sunday, the Financial Times.
KIND_HEADS["paper"] = KIND_HEADS["newspaper"] = frozenset(
    """times post mail guardian telegraph journal herald express mirror sun independent observer
    standard tribune gazette chronicle star globe record""".split()
)
_KIND_WORDS = frozenset(KIND_HEADS)
#: Nouns for a business; a body whose name's head says it is public, a court, a party or a union is
#: never one of these.
COMMERCIAL_NOUNS = frozenset(
    """company firm business conglomerate giant maker manufacturer retailer insurer lender airline
    carrier brewer chain operator corporation bank""".split()
)
_NOT_COMMERCIAL = frozenset(
    """commission authority regulator agency office board bureau inspectorate ministry department
    council committee court tribunal parliament assembly senate union federation confederation
    association party government police army navy foundation trust institute university administration""".split()
)
#: The types of entity a kind noun can stand for.
_BODIES = ("Organization", "Group", "Other")


def name_head(name: str) -> str:
    """The head noun of an organization's name, lower-cased: "Competition Commission of India" →
    commission, "Vereinigung Cockpit" → cockpit.

    >>> name_head("Competition Commission of India"), name_head("Bank of England"), name_head("Andina Litio")
    ('commission', 'bank', 'litio')
    """
    before = name.split(" of ", 1)[0].split()
    return before[-1].lower() if before else ""


#: Last words of the names of laws and treaties, which the tagger may take for bodies' names.
_DOCUMENT_WORDS = frozenset({"bill", "act", "treaty", "accord", "convention", "directive", "charter", "protocol"})


def a_document(entity: Entity) -> bool:
    """ "Crossrail Link Bill", "Securities Trading Act": a law or treaty, which no "the paper" stands for."""
    return entity.name.rsplit(" ", 1)[-1].lower() in _DOCUMENT_WORDS and " " in entity.name


def commercial(entity: Entity, kinds: BodyKinds | None = None) -> bool:
    """Whether `entity` may be "the company": not a body whose name says it is public, a court, a
    party or a union, nor one the article called a regulator, a union, a court ("Germany's financial
    watchdog BaFin" is never "the bank")."""
    return (
        not (set(entity.name.lower().split()) & _NOT_COMMERCIAL)
        and entity.type in ("Organization", "Other")
        and (kinds is None or entity.id not in kinds.called_ids)
    )


class BodyKinds:
    """The bodies of an article by kind: by their name's head noun, and by the kind noun the article
    put beside their name ("the Vereinigung Cockpit union", "Verdi, the services union")."""

    def __init__(self, doc: Doc, mentions: Sequence[Mention], entities: Sequence[Entity]) -> None:
        self.pairs = sorted(
            ((m, e) for m, e in zip(mentions, entities) if e.type in _BODIES), key=lambda pair: pair[0].start
        )
        # a name the tagger took for a person's is a body all the same when the article calls it one
        owner = {i: e for m, e in zip(mentions, entities) for i in range(m.start, m.end) if e.type != "Country"}
        #: kind noun → (token index, entity) where the article called the entity by it
        self.called: dict[str, list[tuple[int, Entity]]] = {}
        starts = {m.start: (m, e) for m, e in zip(mentions, entities) if e.type != "Country"}
        for token in tokens_among(doc, _KIND_WORDS):
            if token.is_lower:
                named = _named_beside(token, owner) or _named_after(token, starts)
                if named is not None:
                    self.called.setdefault(token.lower_, []).append((token.i, named))
        for i, named in _strike_callers(doc, owner):  # "IG Metall called a strike … the union said"
            self.called.setdefault("union", []).append((i, named))
        self.called_ids = frozenset(e.id for found in self.called.values() for _, e in found)
        self._article = doc, mentions, entities

    @cached_property
    def _trades(self) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
        return trades(*self._article)  # read when a trade noun first asks ("the bank"), most articles never

    @property
    def trades(self) -> dict[str, frozenset[str]]:
        """Entity id → the trades the article showed it in ("the Swiss bank UBS")."""
        return self._trades[0]

    @property
    def trade_homes(self) -> dict[str, frozenset[str]]:
        """Entity id → the countries the article's trade nouns gave it ("the Italian carrier")."""
        return self._trades[1]

    def body_for(self, token: Token, window: int) -> Entity | None:
        """The one body of the kind `token` names among those the article named before it (or,
        when there are several, the one named since token `window`); None when none or several fit."""
        noun = token.lemma_.lower()
        fits = KIND_HEADS[noun]
        found = [(m.start, e) for m, e in self.pairs if m.start < token.i and _fits(e.name, fits)]
        # "financial watchdog BaFin … the regulator": a kind noun and its synonyms alike
        found += [
            (i, e) for kind, called in self.called.items() if KIND_HEADS[kind] == fits for i, e in called if i < token.i
        ]
        if len({e.id for _, e in found}) == 1:
            return found[0][1]
        recent = {e.id: e for i, e in found if i >= window}
        return next(iter(recent.values())) if len(recent) == 1 else None


#: Verbs by which a union calls a stoppage (one of `strikes.STOPPAGES`, which only a union calls).
_CALLING = frozenset({"call", "announce", "stage"})


def _strike_callers(doc: Doc, owner: dict[int, Entity]) -> list[tuple[int, Entity]]:
    """The bodies that called a strike, which are unions: "IG Metall called a strike at three plants"
    (not "British Airways called the strike unnecessary", a judgement of it)."""
    found = []
    for token in tokens_among(doc, STOPPAGES):
        verb = token.head
        if token.dep_ != "dobj" or verb.lemma_.lower() not in _CALLING:
            continue
        if any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in verb.children):
            continue  # "called the strike unnecessary", "called the strike a mistake"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i in owner and owner[subject.i].type in _BODIES:
            found.append((subject.i, owner[subject.i]))
    return found


def _fits(name: str, heads: frozenset[str]) -> bool:
    head = name_head(name)
    return head in heads and (head != "office" or name.startswith("Office of"))


def _named_after(token: Token, starts: dict[int, tuple[Mention, Entity]]) -> Entity | None:
    """ "financial watchdog BaFin told …", which the parser may read as two subjects of one verb; not
    "told the commission Shell had lied" (the name begins a clause of its own)."""
    found = starts.get(token.i + 1)
    if found is None:
        return None
    mention, entity = found
    root = span_root(token.doc, mention.start, mention.end)
    return entity if root.head.i in (token.i, token.head.i) and root.dep_ == token.dep_ else None


def _named_beside(token: Token, owner: dict[int, Entity]) -> Entity | None:
    """The named body a kind noun stands beside: "the Vereinigung Cockpit union" (a name before the
    noun), "Verdi, the services union" and "the pilots' union, Vereinigung Cockpit" (apposition)."""
    for child in token.children:
        if child.dep_ in ("compound", "appos") and child.i in owner:
            return owner[child.i]
        if child.dep_ == "nmod" and child.i in owner and child.nbor().text == "," and child.i < token.i:
            return owner[child.i]  # "HSBC, Europe's biggest bank, said": the parse hangs the name on the noun
    if token.dep_ == "appos" and token.head.i in owner:
        return owner[token.head.i]
    return None


#: Nouns for one trade of business, each with the kind it names: "the bank" is only a body the
#: article showed to be a bank (or a lender), "the airline" one it showed to be an airline or carrier.
TRADE_KINDS: dict[str, str] = {
    "bank": "bank",
    "lender": "bank",
    "airline": "airline",
    "carrier": "airline",
    "carmaker": "carmaker",
    "automaker": "carmaker",
    "insurer": "insurer",
    "miner": "miner",
    "retailer": "retailer",
    "supermarket": "retailer",
    "brewer": "brewer",
}
#: Words of a body's own name that say its trade: "Deutsche Bank", "Aegean Airlines", "Tata Motors".
_TRADE_NAME_WORDS: dict[str, str] = {
    "bank": "bank",
    "banco": "bank",
    "bancorp": "bank",
    "banking": "bank",
    "bankers": "bank",
    "airlines": "airline",
    "airline": "airline",
    "airways": "airline",
    "air": "airline",
    "motors": "carmaker",
    "motor": "carmaker",
    "automobile": "carmaker",
    "insurance": "insurer",
    "assurance": "insurer",
    "mining": "miner",
    "brewery": "brewer",
    "breweries": "brewer",
    "brewing": "brewer",
}


def trade_fits(token: Token, entity: Entity, kinds: BodyKinds | None) -> bool:
    """Whether "the bank", "the carmaker" at `token` may stand for `entity`: never a body the article
    showed to be in another trade, and when the noun says no more than the trade ("the carmaker", not
    "the Japanese carmaker"), only one it showed to be in this one."""
    trade = TRADE_KINDS.get(token.lower_)
    if trade is None:
        return True
    shown = kinds.trades.get(entity.id, frozenset()) if kinds is not None else frozenset()
    if trade in shown:
        return True
    return not shown and any(c.dep_ in ("amod", "compound", "nmod") for c in token.lefts)


def trades(
    doc: Doc, mentions: Sequence[Mention], entities: Sequence[Entity]
) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Entity id → the trades the article showed the body to be in: by a word of its name ("Nordbank",
    "Aegean Airlines") or by a trade noun beside it ("the Swiss bank UBS", "UBS, the Swiss bank",
    "lender Barclays said"); and entity id → the countries such a noun gave it ("the Italian carrier")."""
    shown: dict[str, set[str]] = {}
    homes: dict[str, set[str]] = {}
    for entity in entities:
        for word in entity.name.lower().split():
            kind = _TRADE_NAME_WORDS.get(word) or ("bank" if word.endswith("bank") else None)
            if kind is not None:
                shown.setdefault(entity.id, set()).add(kind)
    owner = {i: e for m, e in zip(mentions, entities) for i in range(m.start, m.end) if e.type != "Country"}
    starts = {m.start: (m, e) for m, e in zip(mentions, entities) if e.type != "Country"}
    for token in tokens_among(doc, frozenset(TRADE_KINDS)):
        if token.is_lower:
            named = _named_beside(token, owner) or _named_after(token, starts)
            if named is None and token.dep_ == "compound":  # "the German bank Commerzbank said"
                named = owner.get(token.head.i)
            if named is not None:
                shown.setdefault(named.id, set()).add(TRADE_KINDS[token.lower_])
                words = [*token.lefts, *(token.head.lefts if token.dep_ == "compound" else ())]
                homes.setdefault(named.id, set()).update(filter(None, map(trade_country, words)))
    for mention, entity in zip(mentions, entities):  # "Lender Barclays said", the noun taken into the name
        first = doc[mention.start].lower_
        if first in TRADE_KINDS and mention.end - mention.start > 1 and first not in entity.name.lower().split():
            shown.setdefault(entity.id, set()).add(TRADE_KINDS[first])
    return (
        {key: frozenset(value) for key, value in shown.items()},
        {key: frozenset(value) for key, value in homes.items()},
    )


def trade_country(word: Token) -> str | None:
    """The country a trade noun's modifier names: "the Italian carrier", "Germany's biggest lender"."""
    if word.dep_ not in ("amod", "compound", "poss", "nmod"):
        return None
    return country_name(word.text, demonyms=True)
