"""Relations → RDF with rdflib: entities typed with schema.org, facts as plain triples,
and every relation as a reified statement carrying its evidence (PROV-O)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SKOS

from kg.model import ArticleMeta, Entity, Relation
from kg.store.rows import statement_id

DEFAULT_BASE_IRI = "https://kg.example.org/"
SCHEMA = Namespace("https://schema.org/")

#: kg's entity types as schema.org classes.
ENTITY_CLASSES = {
    "Person": SCHEMA.Person,
    "Organization": SCHEMA.Organization,
    "Country": SCHEMA.Country,
    "Location": SCHEMA.Place,
    "Group": SCHEMA.Organization,
    "Event": SCHEMA.Event,
    "Other": SCHEMA.Thing,
}

#: Formats `kg export` writes, by name → rdflib serializer.
FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld"}


class Minter:
    """Deterministic IRIs under one base: entities, predicates, articles, statements."""

    def __init__(self, base: str = DEFAULT_BASE_IRI) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self.vocab = Namespace(self.base + "ontology#")

    def entity(self, entity: Entity) -> URIRef:
        return URIRef(f"{self.base}entity/{quote(entity.id, safe='')}")

    def article(self, article: ArticleMeta) -> URIRef:
        return URIRef(f"{self.base}article/{quote(article.id, safe='')}")

    def statement(self, relation: Relation) -> URIRef:
        return URIRef(f"{self.base}statement/{statement_id(relation)}")

    def predicate(self, name: str) -> URIRef:
        return self.vocab[name]


def relations_to_graph(relations: Iterable[Relation], base: str = DEFAULT_BASE_IRI) -> Graph:
    """An rdflib graph of the relations, with every prefix bound."""
    mint = Minter(base)
    kg = mint.vocab
    graph = Graph()
    for prefix, namespace in (("kg", kg), ("schema", SCHEMA), ("prov", PROV), ("skos", SKOS),
                              ("kge", Namespace(mint.base + "entity/")), ("kga", Namespace(mint.base + "article/")),
                              ("kgs", Namespace(mint.base + "statement/"))):
        graph.bind(prefix, namespace, override=True)
    seen: set[str] = set()
    for relation in relations:
        for entity in (relation.subject, relation.object):
            if entity.id not in seen:
                seen.add(entity.id)
                node = mint.entity(entity)
                graph.add((node, RDF.type, ENTITY_CLASSES.get(entity.type, SCHEMA.Thing)))
                graph.add((node, RDFS.label, Literal(entity.name)))
                for alias in entity.aliases:
                    graph.add((node, SKOS.altLabel, Literal(alias)))
        article = mint.article(relation.article)
        graph.add((article, RDF.type, SCHEMA.NewsArticle))
        if relation.article.title:
            graph.add((article, SCHEMA.headline, Literal(relation.article.title)))
        if relation.article.url:
            graph.add((article, SCHEMA.url, Literal(relation.article.url, datatype=XSD.anyURI)))
        if relation.article.published:
            graph.add((article, SCHEMA.datePublished, Literal(relation.article.published)))
        subject, predicate, obj = mint.entity(relation.subject), mint.predicate(relation.predicate), mint.entity(relation.object)
        if relation.is_fact:
            graph.add((subject, predicate, obj))
        statement = mint.statement(relation)
        evidence = relation.evidence
        graph.add((statement, RDF.type, RDF.Statement))
        graph.add((statement, RDF.subject, subject))
        graph.add((statement, RDF.predicate, predicate))
        graph.add((statement, RDF.object, obj))
        graph.add((statement, PROV.wasDerivedFrom, article))
        graph.add((statement, kg.sentence, Literal(evidence.sentence)))
        graph.add((statement, kg.start, Literal(evidence.start)))
        graph.add((statement, kg.end, Literal(evidence.end)))
        graph.add((statement, kg.rule, Literal(evidence.rule)))
        graph.add((statement, kg.confidence, Literal(relation.confidence, datatype=XSD.decimal)))
        graph.add((statement, kg.negated, Literal(relation.negated)))
        graph.add((statement, kg.modality, Literal(relation.modality)))
        if relation.attributed_to:
            graph.add((statement, kg.attributedTo, Literal(relation.attributed_to)))
    return graph


def write_rdf(relations: Iterable[Relation], stream: IO[bytes], fmt: str = "turtle", base: str = DEFAULT_BASE_IRI) -> int:
    """Serialize the relations in one of `FORMATS`; returns the number of RDF triples written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}; choose from {', '.join(FORMATS)}")
    graph = relations_to_graph(relations, base)
    graph.serialize(destination=stream, format=FORMATS[fmt], encoding="utf-8")
    return len(graph)


__all__ = ["DEFAULT_BASE_IRI", "FORMATS", "Minter", "relations_to_graph", "write_rdf"]
