"""kg's RDF vocabulary: the closed `KG` namespace, the open `KGV` namespace for verb
predicates, the other namespaces an export uses, and a description of every `KG` term.

The vocabulary lives under one ontology IRI, a persistent identifier
(https://w3id.org/kg-news/ns): `KG` is its `#` namespace, `KGV` its `/verb#` one.
`Namespaces` moves all of it to another ontology IRI at once (`--vocab-iri`).

`KG` is closed: a term that is neither described in `TERMS`, nor a predicate (or
declared inverse) of schemas/relations.json, nor a field of the model's records raises
`AttributeError`, so a typo never mints a new IRI. Predicates outside the vocabulary
(verb lemmas such as "discuss") live in `KGV`, which is open by design: its local names
are checked by `kg.vocabulary.check_predicate` instead, and every one an export uses is
declared there as an `owl:ObjectProperty` under `kg:relatedTo`.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache

from rdflib import OWL, RDF, RDFS, XSD, Namespace, URIRef
from rdflib.namespace import PROV, SKOS, DefinedNamespace

from kg.errors import SchemaError
from kg.model import ArticleMeta, Entity, Evidence, Relation
from kg.vocabulary import check_predicate, load_vocabulary

#: The ontology IRI: a w3id.org persistent identifier, redirected to where schemas/ontology.ttl is served.
ONTOLOGY_IRI = "https://w3id.org/kg-news/ns"
KG_IRI = ONTOLOGY_IRI + "#"
KGV_IRI = ONTOLOGY_IRI + "/verb#"
SHAPES_IRI = ONTOLOGY_IRI + "/shapes#"
_REGEX_SPECIAL = re.compile(r"[.^$*+?()\[\]{}|\\]")
SCHEMA = Namespace("https://schema.org/")
KGV = Namespace(KGV_IRI)


@dataclass(frozen=True, slots=True)
class Namespaces:
    """Where the vocabulary lives: `kg:` is `<ontology>#`, `kgv:` `<ontology>/verb#`.

    The default is kg's published vocabulary; another ontology IRI moves every term, the
    ontology, the shapes and the JSON-LD context together (`rebase`, `rebase_text`).

    >>> Namespaces("https://example.org/vocab/").kgv
    'https://example.org/vocab/verb#'
    >>> Namespaces("https://example.org/vocab").rebase(KG_IRI + "meet")
    'https://example.org/vocab#meet'
    """

    ontology: str = ONTOLOGY_IRI

    def __post_init__(self) -> None:
        object.__setattr__(self, "ontology", self.ontology.rstrip("#/"))

    @property
    def kg(self) -> str:
        return self.ontology + "#"

    @property
    def kgv(self) -> str:
        return self.ontology + "/verb#"

    @property
    def is_default(self) -> bool:
        return self.ontology == ONTOLOGY_IRI

    def rebase(self, iri: str) -> str:
        """An IRI of the default vocabulary moved under this one; any other IRI unchanged."""
        if self.is_default or not iri.startswith(ONTOLOGY_IRI) or iri[len(ONTOLOGY_IRI) :][:1] not in ("", "#", "/"):
            return iri
        return self.ontology + iri[len(ONTOLOGY_IRI) :]

    def restore(self, iri: str) -> str:
        """The inverse of `rebase`: an IRI of this vocabulary as the default vocabulary's."""
        if self.is_default or not iri.startswith(self.ontology):
            return iri
        rest = iri[len(self.ontology) :]
        return ONTOLOGY_IRI + rest if rest[:1] in ("#", "/") or not rest else iri

    def prefixes(self) -> dict[str, str]:
        """`PREFIXES` with kg: and kgv: in this vocabulary."""
        return {**PREFIXES, "kg": self.kg, "kgv": self.kgv}

    def rebase_text(self, text: str) -> str:
        """Turtle, JSON or SPARQL text of the default vocabulary written for this one (regex
        patterns that spell the namespace with escaped dots included)."""
        if self.is_default:
            return text
        # A regex in Turtle spells "." as two backslashes and a dot.
        escaped = ONTOLOGY_IRI.replace(".", "\\\\.")
        moved = _REGEX_SPECIAL.sub(lambda m: "\\\\" + m.group(), self.ontology)
        return text.replace(escaped, moved).replace(ONTOLOGY_IRI, self.ontology)


@dataclass(frozen=True, slots=True)
class Term:
    """One hand-described term of the `KG` namespace, as the ontology declares it.

    `kind` is "class", "object" (owl:ObjectProperty) or "datatype" (owl:DatatypeProperty);
    `domain`, `range` and `parent` (rdfs:subClassOf / rdfs:subPropertyOf) are IRIs.
    """

    name: str
    kind: str
    label: str
    comment: str
    domain: str | None = None
    range: str | None = None
    parent: str | None = None
    aligned: str | None = None  # the schema.org class a kg class is a subclass of


_K = KG_IRI
_ENTITY, _STATEMENT, _ARTICLE = _K + "Entity", str(RDF.Statement), str(SCHEMA.NewsArticle)

#: Every hand-described term of `KG`; relation predicates come from schemas/relations.json.
TERMS: tuple[Term, ...] = (
    Term(
        "Entity",
        "class",
        "entity",
        "A real-world thing kg extracted from the news: a person, organization, "
        "country, place, group or event. Its IRI is minted from its canonical key.",
        aligned=str(SCHEMA.Thing),
    ),
    Term("Person", "class", "person", "A person.", parent=_ENTITY, aligned=str(SCHEMA.Person)),
    Term(
        "Organization",
        "class",
        "organization",
        "A company, institution, party or other organization.",
        parent=_ENTITY,
        aligned=str(SCHEMA.Organization),
    ),
    Term("Country", "class", "country", "A country or state.", parent=_ENTITY, aligned=str(SCHEMA.Country)),
    Term(
        "Location",
        "class",
        "location",
        "A place that is not a country: a city, region or site.",
        parent=_ENTITY,
        aligned=str(SCHEMA.Place),
    ),
    Term(
        "Group",
        "class",
        "group",
        "A nationality, religious or political group (spaCy's NORP).",
        parent=_ENTITY,
        aligned=str(SCHEMA.Organization),
    ),
    Term(
        "Event",
        "class",
        "event",
        "A named event: a summit, a war, an election.",
        parent=_ENTITY,
        aligned=str(SCHEMA.Event),
    ),
    Term(
        "Other",
        "class",
        "other entity",
        "An entity of no more specific type.",
        parent=_ENTITY,
        aligned=str(SCHEMA.Thing),
    ),
    Term(
        "ArticleGraph",
        "class",
        "article graph",
        "The named graph of a TriG or N-Quads export that holds one "
        "article, the statements derived from it and its own prov:wasDerivedFrom link to the article; entities "
        "and facts are in the facts graph.",
        parent=str(PROV.Entity),
    ),
    Term(
        "relatedTo",
        "object",
        "related to",
        "Any relation kg extracts between two entities; every predicate, "
        "from the vocabulary or a verb lemma, is a sub-property.",
        domain=_ENTITY,
        range=_ENTITY,
    ),
    Term(
        "key",
        "datatype",
        "key",
        "The canonical key of an entity, from which its IRI is minted; stable across runs and articles.",
        range=str(XSD.string),
    ),
    Term(
        "sentence",
        "datatype",
        "evidence sentence",
        "The sentence of the article the relation was read from.",
        domain=_STATEMENT,
        range=str(XSD.string),
    ),
    Term(
        "start",
        "datatype",
        "start offset",
        "Character offset of the evidence sentence in the article text.",
        domain=_STATEMENT,
        range=str(XSD.integer),
    ),
    Term(
        "end",
        "datatype",
        "end offset",
        "Character offset just past the evidence sentence in the article text.",
        domain=_STATEMENT,
        range=str(XSD.integer),
    ),
    Term(
        "rule",
        "datatype",
        "extraction rule",
        "The extraction rule that read the relation.",
        domain=_STATEMENT,
        range=str(XSD.string),
    ),
    Term(
        "docId",
        "datatype",
        "document id",
        "The id of the document the evidence is in, when it differs from "
        "the id of the article the statement is derived from.",
        domain=_STATEMENT,
        range=str(XSD.string),
    ),
    Term(
        "negated",
        "datatype",
        "negated",
        "True when the sentence denies the relation; such a relation is never asserted as a plain triple.",
        domain=_STATEMENT,
        range=str(XSD.boolean),
    ),
    Term(
        "modality",
        "datatype",
        "modality",
        "How the sentence states the relation: asserted, hedged, "
        "conditional, obligation, intent, future, question or opinion. Only asserted, not negated relations are "
        "plain triples.",
        domain=_STATEMENT,
        range=str(XSD.string),
    ),
    Term(
        "confidence",
        "datatype",
        "confidence",
        "How sure the extraction rule is, from 0 to 1.",
        domain=_STATEMENT,
        range=str(XSD.decimal),
    ),
    Term(
        "attributedTo",
        "datatype",
        "attributed to",
        "Who made the claim, for quoted or reported relations, as named in the article.",
        domain=_STATEMENT,
        range=str(XSD.string),
    ),
    Term(
        "relationText",
        "datatype",
        "relation text",
        "The words of the article that express the relation.",
        domain=_STATEMENT,
        range=str(XSD.string),
    ),
    Term(
        "source",
        "datatype",
        "source",
        "Where kg read the article: the file's name or its path relative to the "
        "input folder as given, '-' for standard input; a file: URL only when the export was asked to keep paths "
        "(kg export --keep-paths). Never an absolute local path otherwise.",
        domain=_ARTICLE,
        range=str(XSD.string),
    ),
    Term(
        "time",
        "datatype",
        "time",
        "When the relation happened, as far as the article says: an xsd:date, or "
        "xsd:gYearMonth / xsd:gYear for a month or a year, xsd:dateTime for a moment; a plain string for other "
        "forms (an ISO week such as 2025-W09). Resolved against the publication date; kg:timeText keeps the "
        "words.",
        domain=_STATEMENT,
    ),
    Term(
        "timeText",
        "datatype",
        "time phrase",
        'The words of the article that say when the relation happened ("on Thursday"), kept as written.',
        domain=_STATEMENT,
        range=str(XSD.string),
    ),
    Term(
        "subjectText",
        "datatype",
        "subject text",
        'The words of the sentence for the subject ("he", "the Russians"), when they differ from the entity\'s name.',
        domain=_STATEMENT,
        range=str(XSD.string),
    ),
    Term(
        "objectText",
        "datatype",
        "object text",
        "The words of the sentence for the object, when they differ from the entity's name.",
        domain=_STATEMENT,
        range=str(XSD.string),
    ),
    Term(
        "arguments",
        "datatype",
        "further arguments",
        'A further argument of an open relation ("in 1717"), one value each.',
        domain=_STATEMENT,
        range=str(XSD.string),
    ),
    Term(
        "open",
        "datatype",
        "open relation",
        "True for an open relation (kg extract --open), whose ends may be any noun phrases rather than entities.",
        domain=_STATEMENT,
        range=str(XSD.boolean),
    ),
    Term(
        "ended",
        "datatype",
        "ended",
        'True for a role or state that no longer holds ("former Labour leader '
        'Neil Kinnock"); such a relation is never asserted as a plain triple.',
        domain=_STATEMENT,
        range=str(XSD.boolean),
    ),
    Term(
        "publishedFrom",
        "datatype",
        "publication date read from",
        "Where kg read the article's publication "
        'date: the input\'s own field, front matter, a "Published:" line, a dateline or a byline.',
        domain=_ARTICLE,
        range=str(XSD.string),
    ),
)


class KG(DefinedNamespace):
    """kg's own terms; closed (`_fail`): see the module docstring."""

    _NS = Namespace(KG_IRI)
    _fail = True
    Entity: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Location: URIRef
    Group: URIRef
    Event: URIRef
    Other: URIRef
    ArticleGraph: URIRef
    relatedTo: URIRef
    key: URIRef
    sentence: URIRef
    start: URIRef
    end: URIRef
    rule: URIRef
    docId: URIRef
    negated: URIRef
    modality: URIRef
    confidence: URIRef
    attributedTo: URIRef
    relationText: URIRef
    source: URIRef
    time: URIRef
    timeText: URIRef
    subjectText: URIRef
    objectText: URIRef
    arguments: URIRef
    open: URIRef
    ended: URIRef
    publishedFrom: URIRef


def camel_case(name: str) -> str:
    """A model field name as an RDF local name.

    >>> camel_case("attributed_to"), camel_case("start")
    ('attributedTo', 'start')
    """
    first, *rest = name.split("_")
    return first + "".join(word.capitalize() for word in rest)


#: Fields whose RDF term is not `KG[camel_case(field)]`; `None` means "handled by the exporter".
FIELD_OVERRIDES: dict[tuple[type, str], URIRef | None] = {
    (Relation, "subject"): RDF.subject,
    (Relation, "predicate"): RDF.predicate,
    (Relation, "object"): RDF.object,
    (Relation, "evidence"): None,
    (Relation, "time"): None,  # two literals: kg:time (typed) and kg:timeText
    (Relation, "article"): PROV.wasDerivedFrom,
    (Evidence, "doc_id"): KG.docId,
    (ArticleMeta, "id"): SCHEMA.identifier,
    (ArticleMeta, "title"): SCHEMA.headline,
    (ArticleMeta, "url"): SCHEMA.url,
    (ArticleMeta, "published"): SCHEMA.datePublished,
    (Entity, "id"): KG.key,
    (Entity, "name"): RDFS.label,
    (Entity, "type"): RDF.type,
    (Entity, "aliases"): SKOS.altLabel,
}

RECORDS = (Relation, Evidence, ArticleMeta, Entity)


def model_field_names() -> list[str]:
    """`KG` local names of the record fields that map to `KG[camel_case(field)]` by default.

    A field added to a record later (say `Relation.time`) joins the namespace here, so
    the exporter carries it without a code change; the ontology test then asks for the
    regenerated schemas/ontology.ttl.
    """
    return [
        camel_case(f.name)
        for record in RECORDS
        for f in dataclasses.fields(record)
        if (record, f.name) not in FIELD_OVERRIDES
    ]


def vocabulary_names() -> list[str]:
    """`KG` local names of the vocabulary's predicates and their declared inverses."""
    names: list[str] = []
    for predicate in load_vocabulary().predicates.values():
        names.append(predicate.name)
        if predicate.inverse:
            names.append(predicate.inverse)
    return names


def _open_the_generated_terms() -> None:
    """Add the vocabulary's predicates and the model's fields to `KG` (its `_extras`).

    Raises:
        SchemaError: when a predicate of schemas/relations.json is named like one of kg's own
            terms, which would make two terms one IRI.
    """
    clash = {term.name for term in TERMS}.intersection(vocabulary_names())
    if clash:
        raise SchemaError(f"schemas/relations.json predicates {sorted(clash)} clash with kg's own terms")
    KG._extras = [name for name in (*vocabulary_names(), *model_field_names()) if name not in KG.__annotations__]


_open_the_generated_terms()


@cache
def is_vocabulary_predicate(name: str) -> bool:
    """True for predicates (and inverses) of schemas/relations.json, which live in `KG`."""
    return name in vocabulary_names()


def predicate_iri(name: str) -> URIRef:
    """The IRI of a predicate: `kg:meet` for the vocabulary, `kgv:discuss` for a verb lemma.

    Raises:
        ValueError: for a name that is not a valid predicate identifier.
    """
    if is_vocabulary_predicate(name):
        return KG[name]
    return KGV[check_predicate(name)]


#: The kg class of each entity type; its schema.org alignment is in `TERMS`.
ENTITY_CLASSES: dict[str, URIRef] = {
    name: KG[name] for name in ("Person", "Organization", "Country", "Location", "Group", "Event", "Other")
}
ALIGNED_CLASSES: dict[str, URIRef] = {t.name: URIRef(t.aligned) for t in TERMS if t.kind == "class" and t.aligned}

#: Prefixes bound in every export (the base-dependent ones are added by `kg.rdf.iri.Minter`;
#: `Namespaces.prefixes` moves kg: and kgv:).
PREFIXES: dict[str, str] = {
    "kg": KG_IRI,
    "kgv": KGV_IRI,
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "skos": str(SKOS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
}

__all__ = [
    "ALIGNED_CLASSES",
    "ENTITY_CLASSES",
    "FIELD_OVERRIDES",
    "KG",
    "KGV",
    "KGV_IRI",
    "KG_IRI",
    "ONTOLOGY_IRI",
    "PREFIXES",
    "RECORDS",
    "SCHEMA",
    "SHAPES_IRI",
    "TERMS",
    "Namespaces",
    "Term",
    "camel_case",
    "is_vocabulary_predicate",
    "model_field_names",
    "predicate_iri",
    "vocabulary_names",
]
