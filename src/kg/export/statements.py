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
from itertools import chain
from operator import attrgetter
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
        quad, triple = ox.Quad, ox.Triple
        # Quad(s, p, o) is the default graph; passing DefaultGraph() explicitly costs 10x more.
        self.quad: Callable[..., Any] = ((lambda s, p, o, g=None: quad(s, p, o) if g is None else quad(s, p, o, g))
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
        # (read the value from a Relation, value → (lexical, datatype), one triple per item?, predicate node)
        self._statement_fields = [_field(f"evidence.{c.name}", c, iri) for c in scalar_codecs(Evidence)] + [
            _field(c.name, c, iri) for c in scalar_codecs(Relation)]
        self._article_fields = [_field(c.name, c, iri) for c in scalar_codecs(ArticleMeta)]

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
        # run:20250301T093000Z a prov:Activity ; prov:endedAtTime "2025-03-01T09:30:00+00:00"^^xsd:dateTime
        t = self.terms
        return [t.quad(self.run, self.a, t.iri(str(PROV.Activity))),
                t.quad(self.run, self.label, t.literal("kg extraction run")),
                t.quad(self.run, t.iri(str(PROV.endedAtTime)), t.literal(timestamp(self.extracted_at), _XSD_DATETIME))]

    def relation_quads(self, relation: Relation) -> list[Any]:
        """The quads one relation adds: new entity/article/predicate descriptions, its fact, its statement."""
        sid = statement_id(relation)
        if sid in self._statements:
            return []
        self._statements.add(sid)
        self.counts.statements += 1
        quad = self.terms.quad
        out: list[Any] = []
        subject = self.entity_node(relation.subject, out)
        obj = self.entity_node(relation.object, out)
        predicate = self.predicate_node(relation.predicate, out)
        article, graph = self.article_node(relation.article, out)
        if relation.is_fact:
            fact = (relation.subject.id, relation.predicate, relation.object.id,
                    relation.article.id if self.named_graphs else None)
            if fact not in self._facts:
                self._facts.add(fact)
                out.append(quad(subject, predicate, obj, graph))
        statement = self.terms.iri(self.minter.statement(sid))
        out += (quad(statement, self.a, self.rdf_statement, graph),
                quad(statement, self.rdf_subject, subject, graph),
                quad(statement, self.rdf_predicate, predicate, graph),
                quad(statement, self.rdf_object, obj, graph),
                quad(statement, self.derived_from, article, graph),
                quad(statement, self.generated_by, self.run, graph))
        self.add_fields(statement, relation, self._statement_fields, graph, out)
        if relation.evidence.doc_id != relation.article.id:
            out.append(quad(statement, self.doc_id, self.terms.literal(relation.evidence.doc_id), graph))
        return out

    def entity_node(self, entity: Entity, out: list[Any]) -> Any:
        """An entity's node; its type, key and label are added the first time it is seen, aliases when new."""
        t = self.terms
        known = self._entities.get(entity.id)
        if known is None:
            cls = ENTITY_CLASSES.get(entity.type)
            if cls is None:
                raise RDFError(f"entity {entity.id!r} has unknown type {entity.type!r}; "
                               f"known: {', '.join(ENTITY_CLASSES)}")
            node = t.iri(self.minter.entity(entity.id))
            known = self._entities[entity.id] = (node, {entity.name})
            out += (t.quad(node, self.a, t.iri(str(cls))),
                    t.quad(node, self.a, t.iri(str(ALIGNED_CLASSES[entity.type]))),
                    t.quad(node, self.key, t.literal(entity.id)),
                    t.quad(node, self.label, t.literal(entity.name)))
        node, labels = known
        for alias in entity.aliases:
            if alias not in labels:
                labels.add(alias)
                out.append(t.quad(node, self.alt_label, t.literal(alias)))
        return node

    def article_node(self, article: ArticleMeta, out: list[Any]) -> tuple[Any, Any]:
        """(An article's node, its named graph or None); a `schema:NewsArticle` is described the first time."""
        known = self._articles.get(article.id)
        if known is not None:
            return known
        t = self.terms
        node = t.iri(self.minter.article(article.id))
        graph = t.iri(self.minter.graph(article.id)) if self.named_graphs else None
        self._articles[article.id] = (node, graph)
        out.append(t.quad(node, self.a, t.iri(str(SCHEMA.NewsArticle))))
        self.add_fields(node, article, self._article_fields, None, out)
        return node, graph

    def predicate_node(self, name: str, out: list[Any]) -> Any:
        """A predicate's node; a verb outside the vocabulary is declared the first time it is used."""
        node = self._predicate_nodes.get(name)
        if node is not None:
            return node
        t = self.terms
        node = self._predicate_nodes[name] = t.iri(str(predicate_iri(name)))
        if not is_vocabulary_predicate(name):
            # kgv:step_up a owl:ObjectProperty ; rdfs:label "step up" ; rdfs:subPropertyOf kg:relatedTo
            out += (t.quad(node, self.a, t.iri(str(OWL.ObjectProperty))),
                    t.quad(node, self.label, t.literal(name.replace("_", " "))),
                    t.quad(node, t.iri(str(RDFS.subPropertyOf)), t.iri(str(KG.relatedTo))))
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


def _field(path: str, codec: FieldCodec, iri: Callable[[str], Any]) -> _Field:
    return attrgetter(path), codec.encode, codec.many, iri(codec.predicate)


__all__ = ["ExportCounts", "OxigraphTerms", "QuadBuilder", "RdflibTerms", "TermFactory"]
