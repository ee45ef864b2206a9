"""Typed records passed between the stages: articles in, entities and relations out.

No I/O and no spaCy here: every stage after extraction sees only these records.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Entity types of the ontology (documented in schemas/ontology.ttl).
ENTITY_TYPES = ("Person", "Organization", "Country", "Location", "Group", "Event", "Other")

#: Modalities a relation can carry; only "asserted" relations are plain facts.
MODALITIES = ("asserted", "hedged", "conditional", "obligation", "intent", "future", "question", "opinion")


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """Provenance of an article: what travels with every relation extracted from it."""

    id: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, as given
    source: str | None = None  # file path or "-" for stdin
    #: Where `published` was read: "jsonl", "html" (the page's metadata), "front matter",
    #: "published line", "dateline", "byline" or "date line" (kg.ingest.dates), or None.
    published_from: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """One article to extract from."""

    meta: ArticleMeta
    text: str

    @property
    def id(self) -> str:
        return self.meta.id


@dataclass(frozen=True, slots=True)
class Entity:
    """A real-world thing; `id` is its canonical key, stable across runs and articles.

    In open mode (`kg extract --open`) an argument that names no entity ("a peace deal")
    is an `Entity` whose `type` is None: it has a key and a name but no place in the ontology.
    """

    id: str
    name: str
    type: str | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a relation was read: the sentence and its character offsets in the article."""

    doc_id: str
    sentence: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True, slots=True)
class TimeRef:
    """When a relation happened, as the article says it ("on Thursday") and, when it can be
    resolved, as an ISO 8601 date of the precision given ("2025-03-06", "2025-03", "2025")."""

    text: str
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Relation:
    """One subject–predicate–object statement with its qualifiers and evidence."""

    subject: Entity
    predicate: str
    object: Entity
    evidence: Evidence
    article: ArticleMeta
    negated: bool = False
    modality: str = "asserted"
    confidence: float = 1.0
    attributed_to: str | None = None
    relation_text: str | None = None
    time: TimeRef | None = None
    subject_text: str | None = None  # the words of the sentence for each end ("he", "the Russians")
    object_text: str | None = None
    arguments: tuple[str, ...] = ()  # further arguments of an open tuple ("in 1717")
    open: bool = False  # an open tuple: its ends may be any noun phrases, not only entities
    ended: bool = False  # a role or state that no longer holds ("former Labour leader Neil Kinnock")

    @property
    def is_fact(self) -> bool:
        """True when the article itself asserts the relation: not negated, not hypothetical, not a
        role that has ended, and not a claim that someone other than its subject makes."""
        return (
            not self.negated
            and self.modality == "asserted"
            and not self.ended
            and (self.attributed_to is None or self.attributed_to == self.subject.name)
        )


@dataclass(frozen=True, slots=True)
class Merge:
    """An entity resolution decision: the mention `mention` became entity `entity_id` by `rule`."""

    doc_id: str
    mention: str
    entity_id: str
    entity_name: str
    rule: str


@dataclass(frozen=True, slots=True)
class Decision:
    """What extraction kept or dropped, and why: one line of `kg extract --report`.

    `outcome` is "kept" or "dropped"; `reason` says why ("page furniture", "no entity
    at one end", "pronoun unresolved", "below confidence", …); `start`/`end` are
    character offsets in the article, `text` the words concerned.
    """

    doc_id: str
    outcome: str
    reason: str
    text: str
    start: int
    end: int
    rule: str | None = None
    detail: str | None = None
