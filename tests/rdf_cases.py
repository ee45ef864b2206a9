"""Shared pieces of the RDF tests: hand-made relations with nasty names, and exporting /
parsing helpers that compare graphs with rdflib."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from rdflib import Dataset, Graph

from kg.model import ArticleMeta, Entity, Evidence, Relation
from kg.rdf.export import write_rdf

EXTRACTED_AT = datetime(2025, 3, 4, 12, 0, tzinfo=UTC)
RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "trig": "trig", "nquads": "nquads"}

#: Names that break naive IRIs and serializers, each with the key kg would give it or a hostile one.
NASTY_NAMES = [
    ("Mark Rutte", "mark rutte"),
    ('The "Quoted" Party', 'the "quoted" party'),
    ("AC/DC Holdings", "ac/dc"),
    ("Zoë Ångström-Ñúñez", "zoë-ångström-ñúñez"),
    ("🙂 Smile Corp 🚀", "🙂-smile"),
    ("Line\nBreak\r\nLtd", "line\nbreak"),
    ("Tab\tand back\\slash", "tab\tback\\slash"),
    ("<script>alert('x')</script>", "<script>{x}|^`"),
    ("100% Pure #1 ?q=a&b", "100%25 pure #1 ?q"),
    ("Dots", ".."),
    ("Dot", "."),
    ("Zero\u200bWidth\u00a0Space", "zero\u200bwidth\u00a0space"),
    ("東京電力", "東京電力"),
    ("مصر", "مصر"),
]


def entity(name: str, key: str, kind: str = "Organization", aliases: tuple[str, ...] = ()) -> Entity:
    return Entity(key, name, kind, aliases)


def relation(
    subject: Entity,
    predicate: str,
    obj: Entity,
    *,
    doc: str = "doc-1",
    start: int = 0,
    sentence: str = "A sentence.",
    **qualifiers,
) -> Relation:
    article = qualifiers.pop("article", None) or ArticleMeta(
        doc,
        title=f"Title of {doc}",
        url=f"https://news.example/{doc}",
        published="2025-03-04",
        source=f"news/{doc}.txt",
    )
    return Relation(
        subject,
        predicate,
        obj,
        Evidence(doc, sentence, start, start + len(sentence), "test_rule"),
        article,
        **qualifiers,
    )


def nasty_relations() -> list[Relation]:
    """One relation from each nasty entity to the next, with nasty sentences and qualifiers too."""
    entities = [
        entity(name, key, "Person" if i % 2 else "Organization", aliases=(name.upper(),))
        for i, (name, key) in enumerate(NASTY_NAMES)
    ]
    relations = []
    for i, (a, b) in enumerate(zip(entities, entities[1:] + entities[:1])):
        k = i % 3  # three articles
        article = ArticleMeta(
            f'doc {k}/"x"',
            title=f"Title «{k}»\nwith newline",
            url=f'https://news.example/{k}?a=1&b="2"',
            published=("2025-03-04", "2025-03-04T10:00:00Z", "March 2025")[k],
            source=f"news/{k}.txt",
        )
        relations.append(
            relation(
                a,
                ("meet", "discuss", "step_up", "criticize")[i % 4],
                b,
                doc=article.id,
                start=i * 10,
                sentence=f'{a.name} and {b.name} said "{i}"\\n.',
                article=article,
                negated=i % 5 == 1,
                modality=("asserted", "hedged")[i % 7 == 3],
                confidence=(0.5, 1.0, 1e-07, 0.123456789)[i % 4],
                attributed_to='a "spokesman"' if i % 2 else None,
                relation_text=None if i % 3 else "met\twith",
            )
        )
    return relations


def export(relations: list[Relation], fmt: str = "turtle", engine: str = "stream", **options) -> bytes:
    out = io.BytesIO()
    write_rdf(relations, out, fmt, extracted_at=options.pop("extracted_at", EXTRACTED_AT), engine=engine, **options)
    return out.getvalue()


def parse(data: bytes, fmt: str) -> Graph:
    """The export as one rdflib graph (a dataset's graphs merged)."""
    if fmt in ("trig", "nquads"):
        dataset = Dataset()
        dataset.parse(data=data, format=RDFLIB_FORMATS[fmt])
        graph = Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            graph.add((s, p, o))
        return graph
    return Graph().parse(data=data, format=RDFLIB_FORMATS[fmt])


def parse_dataset(data: bytes, fmt: str) -> Dataset:
    dataset = Dataset()
    dataset.parse(data=data, format=RDFLIB_FORMATS[fmt])
    return dataset


# --- The analyst's questions (README "Querying the export"), asked of every layout -------------------

PREFIXES = """PREFIX kg: <https://w3id.org/kg-news/ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
"""

#: name → SPARQL over the statements (Turtle as it is; TriG and N-Quads with the union as default graph).
ANALYST_QUERIES = {
    "top actors": """SELECT ?name (COUNT(DISTINCT ?statement) AS ?relations) WHERE {
  { ?statement rdf:subject ?actor } UNION { ?statement rdf:object ?actor }
  ?actor rdfs:label ?name .
}
GROUP BY ?name ORDER BY DESC(?relations) ?name LIMIT 10""",
    "relations of one actor": """SELECT ?predicate ?other ?sentence WHERE {
  ?actor rdfs:label "Mark Rutte"@en .
  ?statement rdf:subject ?actor ; rdf:predicate ?predicate ; rdf:object ?object ; kg:sentence ?sentence .
  ?object rdfs:label ?other .
}
ORDER BY ?predicate ?other ?sentence""",
    "provenance of one relation": """SELECT ?headline ?sentence ?start ?end ?rule ?graph ?extracted WHERE {
  ?subject rdfs:label "Mark Rutte"@en . ?object rdfs:label "Volodymyr Zelensky"@en .
  ?statement rdf:subject ?subject ; rdf:predicate kg:meet ; rdf:object ?object ;
             kg:sentence ?sentence ; kg:start ?start ; kg:end ?end ; kg:rule ?rule ;
             prov:wasDerivedFrom ?article ; prov:wasGeneratedBy ?run .
  ?article schema:headline ?headline .
  ?graph a kg:ArticleGraph ; prov:wasDerivedFrom ?article .
  ?run prov:endedAtTime ?extracted .
}
ORDER BY ?start""",
}

#: The same question ("what did Mark Rutte do to whom?") of the other layouts.
RELATIONS_OF_ONE_ACTOR_RDF_STAR = """SELECT ?predicate ?other ?sentence WHERE {
  ?actor rdfs:label "Mark Rutte"@en .
  ?statement rdf:reifies <<( ?actor ?predicate ?object )>> ; kg:sentence ?sentence .
  ?object rdfs:label ?other .
}
ORDER BY ?predicate ?other ?sentence"""
RELATIONS_OF_ONE_ACTOR_FACTS = """SELECT ?predicate ?other WHERE {
  ?actor rdfs:label "Mark Rutte"@en ; ?predicate ?object .
  ?object kg:key ?key ; rdfs:label ?other .
}
ORDER BY ?predicate ?other"""
RELATIONS_OF_ONE_ACTOR_BY_GRAPH = """SELECT ?predicate ?other ?headline WHERE {
  ?actor rdfs:label "Mark Rutte"@en .
  GRAPH ?graph { ?statement rdf:subject ?actor ; rdf:predicate ?predicate ; rdf:object ?object . }
  ?graph prov:wasDerivedFrom ?article .
  ?article schema:headline ?headline .
  ?object rdfs:label ?other .
}
ORDER BY ?predicate ?other ?headline"""


def oxigraph_answers(data: bytes, fmt: str, query: str, *, union: bool) -> list[tuple[str, ...]]:
    """A query's rows (terms as N-Triples text) on an export loaded into an Oxigraph store."""
    import pyoxigraph

    store = pyoxigraph.Store()
    store.load(
        data,
        {
            "turtle": pyoxigraph.RdfFormat.TURTLE,
            "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
            "trig": pyoxigraph.RdfFormat.TRIG,
            "nquads": pyoxigraph.RdfFormat.N_QUADS,
            "jsonld": pyoxigraph.RdfFormat.JSON_LD,
        }[fmt],
    )
    solutions = store.query(PREFIXES + query, use_default_graph_as_union=union)
    names = [v.value for v in solutions.variables]
    return [tuple(str(row[name]) if row[name] is not None else "" for name in names) for row in solutions]
