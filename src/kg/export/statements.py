"""Relations → a stream of RDF quads: plain triples for facts, a reified statement for
every relation, entity and article descriptions, and the extraction run (PROV-O).

Streams: only the keys of what was already written (entities, articles, statements,
facts) are kept, never the triples. Terms are made by a `TermFactory`, so the same
mapping feeds Oxigraph (fast) and rdflib (the reference) alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from rdflib import OWL, RDF, RDFS
from rdflib.namespace import PROV, SKOS

from kg.errors import RDFError
from kg.export.fields import FieldCodec, scalar_codecs
from kg.export.iri import Minter, timestamp
from kg.export.terms import ALIGNED_CLASSES, ENTITY_CLASSES, KG, SCHEMA, is_vocabulary_predicate, predicate_iri
from kg.model import ArticleMeta, Entity, Evidence, Relation
from kg.store.rows import statement_id

_XSD_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"


class TermFactory(Protocol):
    """Makes the terms and quads of one RDF library. `graph` None is the default graph."""

    def iri(self, value: str) -> Any: ...

    def literal(self, lexical: str, datatype: str | None = None) -> Any: ...

    def quad(self, subject: Any, predicate: Any, obj: Any, graph: Any = None) -> Any: ...


class OxigraphTerms:
    """pyoxigraph terms; `quads=False` makes `Triple`s (Turtle, N-Triples), else `Quad`s."""

    def __init__(self, quads: bool) -> None:
        import pyoxigraph as ox

        self.iri = ox.NamedNode
        self._literal = ox.Literal
        self._datatypes: dict[str, Any] = {}
        default = ox.DefaultGraph()
        quad, triple = ox.Quad, ox.Triple
        self.quad: Callable[..., Any] = ((lambda s, p, o, g=None: quad(s, p, o, default if g is None else g))
                                         if quads else (lambda s, p, o, g=None: triple(s, p, o)))

    def literal(self, lexical: str, datatype: str | None = None) -> Any:
        if datatype is None:
            return self._literal(lexical)
        node = self._datatypes.get(datatype)
        if node is None:
            node = self._datatypes[datatype] = self.iri(datatype)
        return self._literal(lexical, datatype=node)


class RdflibTerms:
    """rdflib terms; lexical forms are kept as given (no normalisation), like Oxigraph's."""

    def __init__(self) -> None:
        from rdflib import Literal, URIRef

        self.iri = URIRef
        self._literal = Literal
        self._uri = URIRef

    def literal(self, lexical: str, datatype: str | None = None) -> Any:
        return self._literal(lexical, datatype=None if datatype is None else self._uri(datatype), normalize=False)

    @staticmethod
    def quad(subject: Any, predicate: Any, obj: Any, graph: Any = None) -> tuple:
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
        minter: IRIs under the export's base.
        extracted_at: when the relations were extracted (the run's `prov:endedAtTime`).
        named_graphs: put each article's statements and facts in a named graph of its own.
    """

    def __init__(self, terms: TermFactory, minter: Minter, extracted_at: datetime, *, named_graphs: bool) -> None:
        self.terms, self.minter, self.named_graphs = terms, minter, named_graphs
        self.counts = ExportCounts()
        iri = terms.iri
        self.a, self.label, self.alt_label, self.key = iri(str(RDF.type)), iri(str(RDFS.label)), iri(
            str(SKOS.altLabel)), iri(str(KG.key))
        self.rdf_statement, self.rdf_subject = iri(str(RDF.Statement)), iri(str(RDF.subject))
        self.rdf_predicate, self.rdf_object = iri(str(RDF.predicate)), iri(str(RDF.object))
        self.derived_from, self.generated_by = iri(str(PROV.wasDerivedFrom)), iri(str(PROV.wasGeneratedBy))
        self.doc_id = iri(str(KG.docId))
        self.run = iri(minter.run(extracted_at))
        self.extracted_at = extracted_at
        self._predicate_nodes: dict[str, Any] = {}
        self._entities: dict[str, tuple[Any, set[str]]] = {}
        self._articles: dict[str, tuple[Any, Any]] = {}
        self._statements: set[str] = set()
        self._facts: set[tuple[str, str, str, str | None]] = set()
        self._codecs = {record: [(c, iri(c.predicate)) for c in scalar_codecs(record)]
                        for record in (Relation, Evidence, ArticleMeta)}

    def quads(self, relations: Iterable[Relation]) -> Iterator[Any]:
        """Every quad of the export, the run first; counts as it goes."""
        counts = self.counts
        for quad in self.run_quads():
            counts.triples += 1
            yield quad
        for relation in relations:
            counts.relations += 1
            for quad in self.relation_quads(relation):
                counts.triples += 1
                yield quad

    def run_quads(self) -> Iterator[Any]:
        # ex:run/20250301T093000Z a prov:Activity ; prov:endedAtTime "2025-03-01T09:30:00+00:00"^^xsd:dateTime
        t = self.terms
        yield t.quad(self.run, self.a, t.iri(str(PROV.Activity)))
        yield t.quad(self.run, self.label, t.literal("kg extraction run"))
        yield t.quad(self.run, t.iri(str(PROV.endedAtTime)), t.literal(timestamp(self.extracted_at), _XSD_DATETIME))

    def relation_quads(self, relation: Relation) -> Iterator[Any]:
        """The quads one relation adds: new entity/article/predicate descriptions, its fact, its statement."""
        sid = statement_id(relation)
        if sid in self._statements:
            return
        self._statements.add(sid)
        self.counts.statements += 1
        quad = self.terms.quad
        subject = yield from self.entity_quads(relation.subject)
        obj = yield from self.entity_quads(relation.object)
        predicate = yield from self.predicate_quads(relation.predicate)
        article, graph = yield from self.article_quads(relation.article)
        if relation.is_fact:
            fact = (relation.subject.id, relation.predicate, relation.object.id,
                    relation.article.id if self.named_graphs else None)
            if fact not in self._facts:
                self._facts.add(fact)
                yield quad(subject, predicate, obj, graph)
        statement = self.terms.iri(self.minter.statement(sid))
        yield quad(statement, self.a, self.rdf_statement, graph)
        yield quad(statement, self.rdf_subject, subject, graph)
        yield quad(statement, self.rdf_predicate, predicate, graph)
        yield quad(statement, self.rdf_object, obj, graph)
        yield quad(statement, self.derived_from, article, graph)
        yield quad(statement, self.generated_by, self.run, graph)
        yield from self.field_quads(statement, relation.evidence, self._codecs[Evidence], graph)
        if relation.evidence.doc_id != relation.article.id:
            yield quad(statement, self.doc_id, self.terms.literal(relation.evidence.doc_id), graph)
        yield from self.field_quads(statement, relation, self._codecs[Relation], graph)

    def entity_quads(self, entity: Entity) -> Iterator[Any]:
        """An entity's type, key and label the first time it is seen; aliases new to it. Returns its node."""
        t = self.terms
        known = self._entities.get(entity.id)
        if known is None:
            cls = ENTITY_CLASSES.get(entity.type)
            if cls is None:
                raise RDFError(f"entity {entity.id!r} has unknown type {entity.type!r}; "
                               f"known: {', '.join(ENTITY_CLASSES)}")
            node = t.iri(self.minter.entity(entity.id))
            known = self._entities[entity.id] = (node, {entity.name})
            yield t.quad(node, self.a, t.iri(str(cls)))
            yield t.quad(node, self.a, t.iri(str(ALIGNED_CLASSES[entity.type])))
            yield t.quad(node, self.key, t.literal(entity.id))
            yield t.quad(node, self.label, t.literal(entity.name))
        node, labels = known
        for alias in entity.aliases:
            if alias not in labels:
                labels.add(alias)
                yield t.quad(node, self.alt_label, t.literal(alias))
        return node

    def article_quads(self, article: ArticleMeta) -> Iterator[Any]:
        """A `schema:NewsArticle` the first time an article is seen. Returns (its node, its graph or None)."""
        known = self._articles.get(article.id)
        if known is not None:
            return known
        t = self.terms
        node = t.iri(self.minter.article(article.id))
        graph = t.iri(self.minter.graph(article.id)) if self.named_graphs else None
        self._articles[article.id] = (node, graph)
        yield t.quad(node, self.a, t.iri(str(SCHEMA.NewsArticle)))
        yield from self.field_quads(node, article, self._codecs[ArticleMeta], None)
        return node, graph

    def predicate_quads(self, name: str) -> Iterator[Any]:
        """A verb predicate outside the vocabulary is declared the first time it is used. Returns its node."""
        node = self._predicate_nodes.get(name)
        if node is not None:
            return node
        t = self.terms
        node = self._predicate_nodes[name] = t.iri(str(predicate_iri(name)))
        if not is_vocabulary_predicate(name):
            # kgv:step_up a owl:ObjectProperty ; rdfs:label "step up" ; rdfs:subPropertyOf kg:relatedTo
            yield t.quad(node, self.a, t.iri(str(OWL.ObjectProperty)))
            yield t.quad(node, self.label, t.literal(name.replace("_", " ")))
            yield t.quad(node, t.iri(str(RDFS.subPropertyOf)), t.iri(str(KG.relatedTo)))
        return node

    def field_quads(self, node: Any, record: Any, codecs: list[tuple[FieldCodec, Any]], graph: Any) -> Iterator[Any]:
        """One literal per scalar field (per item of a tuple field); `None` values are left out."""
        t = self.terms
        for codec, predicate in codecs:
            value = getattr(record, codec.name)
            if value is None:
                continue
            for item in (value if codec.many else (value,)):
                yield t.quad(node, predicate, t.literal(*codec.encode(item)), graph)


__all__ = ["ExportCounts", "OxigraphTerms", "QuadBuilder", "RdflibTerms", "TermFactory"]
