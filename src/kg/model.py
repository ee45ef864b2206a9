"""Typed records passed between the stages: articles in, entities and relations out.

No I/O and no spaCy here: every stage after extraction sees only these records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Entity types of the ontology (documented in schemas/ontology.ttl).
ENTITY_TYPES = ("Person", "Organization", "Country", "Location", "Group", "Event", "Other")

#: Modalities a relation can carry; only "asserted" relations are plain facts.
MODALITIES = ("asserted", "hedged", "conditional", "obligation", "intent", "future", "question")


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """Provenance of an article: what travels with every relation extracted from it."""

    id: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, as given
    source: str | None = None  # file path or "-" for stdin


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
    """A real-world thing; `id` is its canonical key, stable across runs and articles."""

    id: str
    name: str
    type: str
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

    @property
    def is_fact(self) -> bool:
        """True when the relation may be stated as a plain fact (not negated, not hypothetical)."""
        return not self.negated and self.modality == "asserted"


@dataclass(slots=True)
class ExtractionStats:
    """Counts a run reports at the end."""

    articles_read: int = 0
    articles_skipped: int = 0
    relations: int = 0
    entity_ids: set[str] = field(default_factory=set)
