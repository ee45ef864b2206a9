"""An RDF export (any format) → the relations it was made from, by the same field table
the exporter uses (`kg.rdf.fields`), so export → import → export is lossless.

Every statement (an `rdf:Statement`, or an RDF 1.2 reifier of `kg export --rdf-star`)
becomes one `Relation`; entities and articles are read from their descriptions. The plain
fact triples are not needed: they follow from the statements. An export whose vocabulary
was moved (`--vocab-iri`) is read through the ontology its owl:imports names.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO, Any

from rdflib import RDF, RDFS
from rdflib.namespace import PROV, SKOS

from kg.errors import RDFError
from kg.model import ArticleMeta, Entity, Evidence, Relation, TimeRef
from kg.rdf.fields import scalar_codecs
from kg.rdf.formats import oxigraph_format
from kg.rdf.iri import decode_key
from kg.rdf.terms import ENTITY_CLASSES, KG, KG_IRI, KGV_IRI, ONTOLOGY_IRI, Namespaces, is_vocabulary_predicate
from kg.vocabulary import check_predicate

_TYPE, _STATEMENT = str(RDF.type), str(RDF.Statement)
_SUBJECT, _PREDICATE, _OBJECT = str(RDF.subject), str(RDF.predicate), str(RDF.object)
_DERIVED_FROM, _GENERATED_BY, _ENDED = str(PROV.wasDerivedFrom), str(PROV.wasGeneratedBy), str(PROV.endedAtTime)
_KEY, _LABEL, _ALT_LABEL, _DOC_ID = str(KG.key), str(RDFS.label), str(SKOS.altLabel), str(KG.docId)
_TIME, _TIME_TEXT = str(KG.time), str(KG.timeText)
_REIFIES = str(RDF) + "reifies"
_IMPORTS = "http://www.w3.org/2002/07/owl#imports"
_TYPE_OF_CLASS = {str(cls): name for name, cls in ENTITY_CLASSES.items()}

#: A subject's properties: predicate IRI → values (IRIs and blank nodes as str, literals as their lexical form).
Properties = dict[str, list[str]]


@dataclass(slots=True)
class RdfImport:
    """What an export held: its relations in a stable order, and when they were extracted."""

    relations: list[Relation] = field(default_factory=list)
    extracted_at: datetime | None = None


def index_quads(source: IO[bytes] | str, fmt: str, *, vocabulary: str | None = None) -> dict[str, Properties]:
    """Parse RDF (every graph of a dataset merged) into subject → predicate → values, the
    terms of kg's vocabulary as the default vocabulary's IRIs.

    Args:
        vocabulary: the export's ontology IRI; by default the one its owl:imports names.

    Raises:
        RDFError: naming the line and column of a syntax error.
    """
    import pyoxigraph

    ox_format = oxigraph_format(fmt)
    index: dict[str, Properties] = defaultdict(lambda: defaultdict(list))
    literal, triple = pyoxigraph.Literal, pyoxigraph.Triple
    try:
        for quad in pyoxigraph.parse(source, ox_format):
            o, p = quad.object, quad.predicate.value
            subject = index[_node(quad.subject)]
            if p == _REIFIES and isinstance(o, triple):  # an RDF 1.2 reifier: a statement of the triple term
                subject[_TYPE].append(_STATEMENT)
                subject[_SUBJECT].append(_node(o.subject))
                subject[_PREDICATE].append(_node(o.predicate))
                subject[_OBJECT].append(_node(o.object))
                continue
            subject[p].append(o.value if isinstance(o, literal) else _node(o))
    except SyntaxError as error:
        raise RDFError(f"not valid {fmt}: {error}") from None
    return _in_default_vocabulary(index, vocabulary)


def _in_default_vocabulary(index: dict[str, Properties], vocabulary: str | None) -> dict[str, Properties]:
    """The index with the terms of a moved vocabulary written as kg's own."""
    if vocabulary is None:
        imported = {value for properties in index.values() for value in properties.get(_IMPORTS, ())}
        vocabulary = next(
            (
                o
                for o in sorted(imported - {ONTOLOGY_IRI})
                if any(p.startswith(Namespaces(o).kg) for props in index.values() for p in props)
            ),
            None,
        )
    namespaces = Namespaces(vocabulary or ONTOLOGY_IRI)
    if namespaces.is_default:
        return index
    restore = namespaces.restore
    moved: dict[str, Properties] = defaultdict(lambda: defaultdict(list))
    for node, properties in index.items():
        target = moved[restore(node)]
        for predicate, values in properties.items():
            target[restore(predicate)].extend(restore(v) if v.startswith(namespaces.ontology) else v for v in values)
    return moved


def _node(term: Any) -> str:
    import pyoxigraph

    if isinstance(term, pyoxigraph.Triple):
        raise RDFError(f"a triple term outside rdf:reifies ({term}) is not something kg exports")
    return term.value if isinstance(term, pyoxigraph.NamedNode) else f"_:{term.value}"


def read_rdf(source: IO[bytes] | str, fmt: str, *, vocabulary: str | None = None) -> RdfImport:
    """Read the relations of a kg export.

    Args:
        source: a binary stream or a file path.
        fmt: a name of `kg.rdf.formats.FORMATS`.
        vocabulary: the export's ontology IRI (`--vocab-iri`); by default the one its owl:imports names.

    Raises:
        RDFError: when the RDF does not parse, or a statement lacks what a relation needs.
    """
    return relations_from_index(index_quads(source, fmt, vocabulary=vocabulary))


def relations_from_index(index: dict[str, Properties]) -> RdfImport:
    """Every `rdf:Statement` of the index as a `Relation`, sorted like `kg.graph.graph_relations`."""
    reader = _RelationReader(index)
    result = RdfImport()
    keyed = []
    for node, properties in index.items():
        if _STATEMENT in properties.get(_TYPE, ()):
            keyed.append((node, reader.relation(node, properties)))
    keyed.sort(
        key=lambda item: (
            item[1].evidence.doc_id,
            item[1].evidence.start,
            item[1].subject.id,
            item[1].predicate,
            item[1].object.id,
            item[0],
        )
    )
    result.relations = [relation for _, relation in keyed]
    result.extracted_at = reader.extracted_at
    return result


class _RelationReader:
    """Reads entities, articles and runs once each, then every statement that points at them."""

    def __init__(self, index: dict[str, Properties]) -> None:
        self.index = index
        self.entities: dict[str, Entity] = {}
        self.articles: dict[str, ArticleMeta] = {}
        self.runs: dict[str, datetime | None] = {}
        self.extracted_at: datetime | None = None

    def relation(self, node: str, props: Properties) -> Relation:
        article = self.article(_one(node, props, _DERIVED_FROM))
        values = _fields(node, props, Relation, skip={"subject", "predicate", "object", "evidence", "article"})
        evidence = _fields(node, props, Evidence, skip={"doc_id"})
        evidence["doc_id"] = props[_DOC_ID][0] if props.get(_DOC_ID) else article.id
        for run in props.get(_GENERATED_BY, ()):
            self.run(run)
        if props.get(_TIME_TEXT):
            values["time"] = TimeRef(
                sorted(props[_TIME_TEXT])[0], sorted(props[_TIME])[0] if props.get(_TIME) else None
            )
        return Relation(
            subject=self.entity(_one(node, props, _SUBJECT)),
            predicate=predicate_name(_one(node, props, _PREDICATE)),
            object=self.entity(_one(node, props, _OBJECT)),
            evidence=Evidence(**evidence),
            article=article,
            **values,
        )

    def entity(self, node: str) -> Entity:
        if node not in self.entities:
            props = self.index.get(node, {})
            types = sorted(_TYPE_OF_CLASS[t] for t in props.get(_TYPE, ()) if t in _TYPE_OF_CLASS)
            if not types:
                raise RDFError(f"entity <{node}> has no kg type (kg:Person, kg:Organization, …)")
            key = sorted(props[_KEY])[0] if props.get(_KEY) else decode_key(node.rsplit("/", 1)[-1])
            name = sorted(props.get(_LABEL, ()) or [key])[0]
            aliases = tuple(sorted(set(props.get(_ALT_LABEL, ())) - {name}))
            self.entities[node] = Entity(key, name, types[0], aliases)
        return self.entities[node]

    def article(self, node: str) -> ArticleMeta:
        if node not in self.articles:
            props = self.index.get(node, {})
            self.articles[node] = ArticleMeta(**_fields(node, props, ArticleMeta, skip=()))
        return self.articles[node]

    def run(self, node: str) -> None:
        if node in self.runs:
            return
        ended = self.index.get(node, {}).get(_ENDED)
        moment = datetime.fromisoformat(ended[0]) if ended else None
        self.runs[node] = moment
        if moment is not None and (self.extracted_at is None or moment > self.extracted_at):
            self.extracted_at = moment


def predicate_name(iri: str) -> str:
    """The kg predicate of an IRI: kg:meet → "meet", kgv:discuss → "discuss".

    Raises:
        RDFError: for an IRI in neither namespace.
    """
    try:
        if iri.startswith(KG_IRI) and is_vocabulary_predicate(iri[len(KG_IRI) :]):
            return iri[len(KG_IRI) :]
        if iri.startswith(KGV_IRI):
            return check_predicate(iri[len(KGV_IRI) :])
    except ValueError as error:
        raise RDFError(f"predicate <{iri}>: {error}") from None
    raise RDFError(f"predicate <{iri}> is neither in the kg vocabulary ({KG_IRI}) nor a verb ({KGV_IRI})")


def _one(node: str, props: Properties, predicate: str) -> str:
    values = props.get(predicate)
    if not values:
        raise RDFError(f"<{node}> has no <{predicate}>")
    return sorted(values)[0]


def _fields(node: str, props: Properties, record: type, *, skip: Iterable[str]) -> dict[str, Any]:
    """The scalar fields of `record` read from a node's literals; missing ones take their default."""
    values: dict[str, Any] = {}
    skipped = set(skip)
    for codec in scalar_codecs(record):
        if codec.name in skipped:
            continue
        found = props.get(codec.predicate)
        try:
            if codec.many:
                values[codec.name] = tuple(sorted(codec.decode(v) for v in found or ()))
            elif found:
                values[codec.name] = codec.decode(sorted(found)[0])
            elif codec.default is None and _required(record, codec.name):
                raise RDFError(f"<{node}> has no <{codec.predicate}>")
        except ValueError as error:
            raise RDFError(f"<{node}> <{codec.predicate}>: {error}") from None
    return values


def _required(record: type, name: str) -> bool:
    f = next(f for f in dataclasses.fields(record) if f.name == name)
    return f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING


__all__ = ["RdfImport", "index_quads", "predicate_name", "read_rdf", "relations_from_index"]
