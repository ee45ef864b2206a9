"""Ties of ownership between bodies read from the verbs of corporate history: "the company was spun off
from the engineering group Voith in 2019" → Voith –spin_off→ the company, "to buy Elettro Adriatica from
the private equity firm Ardian" → Ardian –owner_of→ Elettro Adriatica. Tokens and the run's entity
lookup in → `Role`s between bodies out."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token

from kg.extract.doc_words import word_positions
from kg.extract.grammar import preposition_object
from kg.extract.role_holders import Role
from kg.model import Entity

#: Verbs (with their particle) by which a body was cut from its parent: "spun off from", "carved out of".
_SEPARATED = {"spin": ("off", "out"), "carve": ("out",), "demerge": ("",)}
_SEPARATED_FORMS = frozenset({"spun", "carved", "demerged"})
_BODIES = frozenset({"Organization", "Group"})
#: Verbs of buying a company: the one it is bought from owns it until the sale is done.
_BUYING = frozenset({"buy", "acquire", "purchase"})
_BUYING_FORMS = frozenset(
    "buy buys buying bought acquire acquires acquiring acquired purchase purchases purchasing purchased".split()
)
_SELLERS = frozenset({"Organization", "Group", "Person", "Country"})


def spun_off_roles(doc: Doc, entity_of: Callable[[Token], Entity | None]) -> Iterator[Role]:
    """ "<body> was spun off from <parent>", "<body>, spun off from <parent> in 2019", "<body> was demerged
    from <parent>": the parent –spin_off→ the body (said as done: not after "will" or "could")."""
    for i in word_positions(doc, _SEPARATED_FORMS):
        verb = doc[i]
        if (
            verb.tag_ != "VBN"
            or verb.lemma_ not in _SEPARATED
            or any(c.tag_ == "MD" or c.dep_ == "neg" for c in verb.children)
        ):
            continue
        particles = _SEPARATED[verb.lemma_]
        if particles != ("",) and not any(c.dep_ == "prt" and c.lower_ in particles for c in verb.children):
            continue
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "of")), None)
        source = preposition_object(prep) if prep is not None else None
        body_token = _separated(verb)
        if prep is None or source is None or body_token is None:
            continue
        parent, body = entity_of(_named(source)), entity_of(body_token)
        if parent is None or body is None or parent.id == body.id:
            continue
        if parent.type in _BODIES and body.type in _BODIES:
            start = min(verb.i, body_token.i)
            yield Role(parent, body, f"{verb.text} {prep.text}", "spin_off", start, prep.right_edge.i + 1)


def _separated(verb: Token) -> Token | None:
    """The body cut off: the passive subject, or the noun the participle describes (", spun off from")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None:
        return subject if subject.tag_ != "WDT" else (verb.head if verb.dep_ == "relcl" else None)
    return verb.head if verb.dep_ == "acl" else None


def _named(noun: Token) -> Token:
    """The name in apposition to a kind noun ("the engineering group Voith"), or the noun itself."""
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), noun)


def bought_from_roles(doc: Doc, entity_of: Callable[[Token], Entity | None]) -> Iterator[Role]:
    """ "to buy <company> from <owner>": the owner –owner_of→ the company; the tie has ended once the
    sale is told as done ("bought Chelsea from Roman Abramovich in 2022"), not while it is sought or agreed."""
    for i in word_positions(doc, _BUYING_FORMS):
        verb = doc[i]
        if verb.lemma_ not in _BUYING:
            continue
        company = next((c for c in verb.children if c.dep_ == "dobj"), None)
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        seller_token = preposition_object(prep) if prep is not None else None
        if company is None or prep is None or seller_token is None or any(c.dep_ == "neg" for c in verb.children):
            continue
        owned, owner = entity_of(company), entity_of(_named(seller_token))
        if owned is None or owner is None or owned.id == owner.id:
            continue
        if owned.type in _BODIES and company.pos_ == "PROPN" and owner.type in _SELLERS:
            done = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.lemma_ == "have" for c in verb.children)
            yield Role(owner, owned, f"{verb.text} from", "owner_of", verb.i, prep.right_edge.i + 1, done)
