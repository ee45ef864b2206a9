"""Relations → a stream of RDF quads: plain triples for facts, a statement for every
relation (standard reification, or an RDF 1.2 reifier), entity and article descriptions,
the extraction run (PROV-O) and the dataset that imports the vocabulary.

With named graphs every quad is in exactly one graph and none is in the default graph:
`graph/<article id>` holds the article, its statements and `graph/<id> prov:wasDerivedFrom
article/<id>`; `facts` holds entities, facts, verb declarations, the run and the dataset.
So the union of the graphs is the Turtle export, whatever a store does with duplicates.

Streams: only the keys of what was already written are kept, never the triples. Terms are
made by a `TermFactory`, so the same mapping feeds kg's text writers, Oxigraph and rdflib.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from itertools import chain
from operator import attrgetter
from typing import Any, Protocol

from rdflib import OWL, RDF, RDFS
from rdflib.namespace import PROV, SKOS

from kg.errors import RDFError
from kg.keys import statement_id
from kg.model import ArticleMeta, Entity, Evidence, Relation
from kg.rdf.fields import FieldCodec, date_literal, scalar_codecs
from kg.rdf.iri import DEFAULT_BASE_IRI, Minter, timestamp
from kg.rdf.sources import file_url, public_source
from kg.rdf.terms import (
    ALIGNED_CLASSES,
    ENTITY_CLASSES,
    KG,
    ONTOLOGY_IRI,
    SCHEMA,
    Namespaces,
    is_vocabulary_predicate,
    predicate_iri,
)
from kg.vocabulary import load_vocabulary

_XSD_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"
_REIFIES = "http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies"


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """How an export is written.

    Attributes:
        base: the base of minted data IRIs (`--base-iri`).
        vocabulary: the ontology IRI of kg's vocabulary (`--vocab-iri`); kg: and kgv: follow it.
        language: the language tag of labels (entity names, headlines, statement labels).
        keep_paths: record each input file as a file: URL (kg:source, and schema:url when the
            article has none); otherwise only its name (or relative path) leaves the machine.
        rdf_star: statements are RDF 1.2 reifiers (`statement rdf:reifies <<( s p o )>>`)
            instead of rdf:Statement resources with rdf:subject / rdf:predicate / rdf:object.
        named_graphs: the graph layout of TriG and N-Quads (see the module docstring).
    """

    base: str = DEFAULT_BASE_IRI
    vocabulary: str = ONTOLOGY_IRI
    language: str = "en"
    keep_paths: bool = False
    rdf_star: bool = False
    named_graphs: bool = False


def asserts_fact(relation: Relation) -> bool:
    """True when the export asserts the relation as a plain triple: stated as fact by the
    article itself — not negated, not hypothetical (hedged, conditional, future, …), not
    merely reported (attributed to someone)."""
    return relation.is_fact and relation.attributed_to is None


def predicate_label(name: str) -> str:
    """How a predicate reads in a label: the vocabulary's label ("met"), else the verb ("step up")."""
    predicate = load_vocabulary().predicates.get(name)
    return predicate.label if predicate is not None else name.replace("_", " ")


def statement_label(relation: Relation) -> str:
    """A statement's rdfs:label: "Olaf Scholz met Vladimir Putin (negated, according to X)"."""
    notes = [
        "negated" if relation.negated else "",
        relation.modality if relation.modality != "asserted" else "",
        f"according to {relation.attributed_to}" if relation.attributed_to else "",
    ]
    qualifiers = ", ".join(note for note in notes if note)
    text = f"{relation.subject.name} {predicate_label(relation.predicate)} {relation.object.name}"
    return f"{text} ({qualifiers})" if qualifiers else text


class TermFactory(Protocol):
    """Makes the terms and quads of one RDF library. `graph` None is the default graph."""

    def iri(self, value: str) -> Any: ...

    def literal(self, lexical: str, datatype: str | None = None) -> Any: ...

    def text(self, lexical: str, language: str) -> Any: ...

    def triple(self, subject: Any, predicate: Any, obj: Any) -> Any: ...

    def quad(self, subject: Any, predicate: Any, obj: Any, graph: Any = None) -> Any: ...


class OxigraphTerms:
    """pyoxigraph terms; `quads=False` makes `Triple`s (Turtle, N-Triples), else `Quad`s."""

    def __init__(self, quads: bool) -> None:
        import pyoxigraph as ox

        self.iri = ox.NamedNode
        self._literal = ox.Literal
        self._datatypes: dict[str, Any] = {}
        self.triple = ox.Triple
        quad, triple = ox.Quad, ox.Triple
        # Quad(s, p, o) is the default graph; passing DefaultGraph() explicitly costs 10x more.
        self.quad: Callable[..., Any] = (
            (lambda s, p, o, g=None: quad(s, p, o) if g is None else quad(s, p, o, g))
            if quads
            else (lambda s, p, o, g=None: triple(s, p, o))
        )

    def literal(self, lexical: str, datatype: str | None = None) -> Any:
        if datatype is None:
            return self._literal(lexical)
        node = self._datatypes.get(datatype)
        if node is None:
            node = self._datatypes[datatype] = self.iri(datatype)
        return self._literal(lexical, datatype=node)

    def text(self, lexical: str, language: str) -> Any:
        return self._literal(lexical, language=language)


class RdflibTerms:
    """rdflib terms; lexical forms are kept as given (no normalisation), like Oxigraph's."""

    def __init__(self) -> None:
        from rdflib import Literal, URIRef

        self.iri = URIRef
        self._literal = Literal
        self._uri = URIRef

    def literal(self, lexical: str, datatype: str | None = None) -> Any:
        return self._literal(lexical, datatype=None if datatype is None else self._uri(datatype), normalize=False)

    def text(self, lexical: str, language: str) -> Any:
        return self._literal(lexical, lang=language)

    @staticmethod
    def triple(subject: Any, predicate: Any, obj: Any) -> Any:
        raise RDFError("rdflib has no RDF 1.2 triple terms: --rdf-star needs --engine stream or oxigraph")

    @staticmethod
    def quad(subject: Any, predicate: Any, obj: Any, graph: Any = None) -> tuple[Any, Any, Any, Any]:
        return subject, predicate, obj, graph


@dataclass(slots=True)
class ExportCounts:
    """What an export wrote: relations read, statements written, triples (or quads) written."""

    relations: int = 0
    statements: int = 0
    triples: int = 0


class QuadBuilder:
    """Builds the quads of an export; one instance per export (it remembers what it wrote).

    Args:
        terms: the RDF library's term factory.
        options: IRIs, language, layout.
        extracted_at: when the relations were extracted (the run's `prov:endedAtTime`).
    """

    def __init__(self, terms: TermFactory, options: ExportOptions, extracted_at: datetime) -> None:
        self.terms, self.options = terms, options
        self.minter = Minter(options.base)
        self.namespaces = Namespaces(options.vocabulary)
        self.named_graphs = options.named_graphs
        self.counts = ExportCounts()
        iri, kg = terms.iri, self._kg
        self.a, self.label, self.alt_label, self.key = (
            iri(str(RDF.type)),
            iri(str(RDFS.label)),
            iri(str(SKOS.altLabel)),
            kg(KG.key),
        )
        self.rdf_statement, self.rdf_subject = iri(str(RDF.Statement)), iri(str(RDF.subject))
        self.rdf_predicate, self.rdf_object, self.reifies = iri(str(RDF.predicate)), iri(str(RDF.object)), iri(_REIFIES)
        self.derived_from, self.generated_by = iri(str(PROV.wasDerivedFrom)), iri(str(PROV.wasGeneratedBy))
        self.doc_id, self.time, self.time_text = kg(KG.docId), kg(KG.time), kg(KG.timeText)
        self.run = iri(self.minter.run(extracted_at))
        self.facts = iri(self.minter.facts_graph) if self.named_graphs else None
        self.extracted_at = extracted_at
        self._predicate_nodes: dict[str, Any] = {}
        self._entities: dict[str, tuple[Any, set[str]]] = {}
        self._articles: dict[str, tuple[Any, Any]] = {}
        self._statements: set[str] = set()
        self._facts: set[tuple[str, str, str]] = set()
        # (read the value from a Relation, value → (lexical, datatype), one triple per item?, predicate node)
        self._statement_fields = [self._field(f"evidence.{c.name}", c) for c in scalar_codecs(Evidence)] + [
            self._field(c.name, c) for c in scalar_codecs(Relation)
        ]
        self._article_fields = [self._field(c.name, c) for c in scalar_codecs(ArticleMeta) if c.name != "title"]
        self._headline = iri(str(SCHEMA.headline))

    def _kg(self, term: Any) -> Any:
        """A node for a term of kg's vocabulary, in the export's namespaces."""
        return self.terms.iri(self.namespaces.rebase(str(term)))

    def _field(self, path: str, codec: FieldCodec) -> _Field:
        return attrgetter(path), codec.encode, codec.many, self._kg(codec.predicate)

    def quads(self, relations: Iterable[Relation]) -> Iterator[Any]:
        """Every quad of the export, the run first; counts as it goes."""
        return chain.from_iterable(self.batches(relations))

    def batches(self, relations: Iterable[Relation]) -> Iterator[list[Any]]:
        """The quads of the export as one list per relation (the run's first); counts as it goes.

        Lists and flat loops, not nested generators, keep the Python side of the fast path fast.
        """
        counts = self.counts
        batch = self.run_quads()
        counts.triples += len(batch)
        yield batch
        relation_quads = self.relation_quads
        for relation in relations:
            counts.relations += 1
            batch = relation_quads(relation)
            counts.triples += len(batch)
            yield batch

    def run_quads(self) -> list[Any]:
        """The dataset (an owl:Ontology importing kg's vocabulary) and the extraction run."""
        # <base> a owl:Ontology ; owl:imports <ontology> ; prov:wasGeneratedBy run:20250301T093000Z .
        # run:20250301T093000Z a prov:Activity ; prov:endedAtTime "2025-03-01T09:30:00+00:00"^^xsd:dateTime .
        t, g = self.terms, self.facts
        dataset = t.iri(self.minter.dataset)
        return [
            t.quad(dataset, self.a, t.iri(str(OWL.Ontology)), g),
            t.quad(dataset, self.label, t.text("knowledge graph extracted from news articles by kg", "en"), g),
            t.quad(dataset, t.iri(str(OWL.imports)), t.iri(self.namespaces.ontology), g),
            t.quad(dataset, self.generated_by, self.run, g),
            t.quad(self.run, self.a, t.iri(str(PROV.Activity)), g),
            t.quad(self.run, self.label, t.text("kg extraction run", "en"), g),
            t.quad(self.run, t.iri(str(PROV.endedAtTime)), t.literal(timestamp(self.extracted_at), _XSD_DATETIME), g),
        ]

    def relation_quads(self, relation: Relation) -> list[Any]:
        """The quads one relation adds: new entity/article/predicate descriptions, its fact, its statement."""
        sid = statement_id(relation)
        if sid in self._statements:
            return []
        self._statements.add(sid)
        self.counts.statements += 1
        t = self.terms
        quad = t.quad
        out: list[Any] = []
        subject = self.entity_node(relation.subject, out)
        obj = self.entity_node(relation.object, out)
        predicate = self.predicate_node(relation.predicate, out)
        article, graph = self.article_node(relation.article, out)
        if asserts_fact(relation):
            fact = (relation.subject.id, relation.predicate, relation.object.id)
            if fact not in self._facts:
                self._facts.add(fact)
                out.append(quad(subject, predicate, obj, self.facts))
        statement = t.iri(self.minter.statement(sid))
        if self.options.rdf_star:
            out.append(quad(statement, self.reifies, t.triple(subject, predicate, obj), graph))
        else:
            out += (
                quad(statement, self.a, self.rdf_statement, graph),
                quad(statement, self.rdf_subject, subject, graph),
                quad(statement, self.rdf_predicate, predicate, graph),
                quad(statement, self.rdf_object, obj, graph),
            )
        # kg's own words (the predicate's label, the qualifiers) make it English.
        out += (
            quad(statement, self.label, t.text(statement_label(relation), "en"), graph),
            quad(statement, self.derived_from, article, graph),
            quad(statement, self.generated_by, self.run, graph),
        )
        self.add_fields(statement, relation, self._statement_fields, graph, out)
        if relation.time is not None:
            if relation.time.date:
                out.append(quad(statement, self.time, t.literal(*date_literal(relation.time.date)), graph))
            out.append(quad(statement, self.time_text, t.literal(relation.time.text), graph))
        if relation.evidence.doc_id != relation.article.id:
            out.append(quad(statement, self.doc_id, t.literal(relation.evidence.doc_id), graph))
        return out

    def entity_node(self, entity: Entity, out: list[Any]) -> Any:
        """An entity's node; its type, key and label are added the first time it is seen, aliases when new."""
        t, g, language = self.terms, self.facts, self.options.language
        known = self._entities.get(entity.id)
        if known is None:
            cls = ENTITY_CLASSES.get(entity.type or "")
            if cls is None or entity.type is None:
                raise RDFError(
                    f"entity {entity.id!r} has unknown type {entity.type!r}; known: {', '.join(ENTITY_CLASSES)}"
                )
            node = t.iri(self.minter.entity(entity.id))
            known = self._entities[entity.id] = (node, {entity.name})
            out += (
                t.quad(node, self.a, self._kg(cls), g),
                t.quad(node, self.a, t.iri(str(ALIGNED_CLASSES[entity.type])), g),
                t.quad(node, self.key, t.literal(entity.id), g),
                t.quad(node, self.label, t.text(entity.name, language), g),
            )
        node, labels = known
        for alias in entity.aliases:
            if alias not in labels:
                labels.add(alias)
                out.append(t.quad(node, self.alt_label, t.text(alias, language), g))
        return node

    def article_node(self, article: ArticleMeta, out: list[Any]) -> tuple[Any, Any]:
        """(An article's node, its named graph or None); a `schema:NewsArticle` is described the first time,
        with the graph that holds its statements."""
        known = self._articles.get(article.id)
        if known is not None:
            return known
        t, language = self.terms, self.options.language
        node = t.iri(self.minter.article(article.id))
        graph_node = t.iri(self.minter.graph(article.id))
        graph = graph_node if self.named_graphs else None
        self._articles[article.id] = (node, graph)
        out += (
            t.quad(graph_node, self.a, self._kg(KG.ArticleGraph), graph),
            t.quad(graph_node, self.derived_from, node, graph),
            t.quad(node, self.a, t.iri(str(SCHEMA.NewsArticle)), graph),
            t.quad(node, self.label, t.text(article.title or article.id, language), graph),
        )
        if article.title:
            out.append(t.quad(node, self._headline, t.text(article.title, language), graph))
        self.add_fields(node, self.public(article), self._article_fields, graph, out)
        return node, graph

    def public(self, article: ArticleMeta) -> ArticleMeta:
        """The article as it may leave the machine: its source as a name (or a file: URL when asked)."""
        source = article.source
        if source is None or source == "-":
            return article
        if self.options.keep_paths:
            url = file_url(source)
            return replace(article, source=url, url=article.url or url)
        return replace(article, source=public_source(source))

    def predicate_node(self, name: str, out: list[Any]) -> Any:
        """A predicate's node; a verb outside the vocabulary is declared the first time it is used."""
        node = self._predicate_nodes.get(name)
        if node is not None:
            return node
        t, g = self.terms, self.facts
        node = self._predicate_nodes[name] = self._kg(predicate_iri(name))
        if not is_vocabulary_predicate(name):
            # kgv:step_up a owl:ObjectProperty ; rdfs:label "step up"@en ; rdfs:subPropertyOf kg:relatedTo
            out += (
                t.quad(node, self.a, t.iri(str(OWL.ObjectProperty)), g),
                t.quad(node, self.label, t.text(name.replace("_", " "), "en"), g),
                t.quad(node, t.iri(str(RDFS.subPropertyOf)), self._kg(KG.relatedTo), g),
            )
        return node

    def add_fields(self, node: Any, record: Any, fields: list[_Field], graph: Any, out: list[Any]) -> None:
        """One literal per scalar field (per item of a tuple field); `None` values are left out."""
        quad, literal = self.terms.quad, self.terms.literal
        for read, encode, many, predicate in fields:
            value = read(record)
            if value is None:
                continue
            if many:
                out += (quad(node, predicate, literal(*encode(item)), graph) for item in value)
            else:
                out.append(quad(node, predicate, literal(*encode(value)), graph))


_Field = tuple[Callable[[Any], Any], Callable[[Any], Any], bool, Any]


__all__ = [
    "ExportCounts",
    "ExportOptions",
    "OxigraphTerms",
    "QuadBuilder",
    "RdflibTerms",
    "TermFactory",
    "asserts_fact",
    "predicate_label",
    "statement_label",
]
