"""IRIs: deterministic, valid, readable, reversible (so never colliding) for any key."""

from __future__ import annotations

import pyoxigraph
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, URIRef

from kg.errors import RDFError
from kg.rdf.iri import Minter, decode_key, encode_key
from kg.rdf.read import read_rdf
from kg.resolve import canonical_key
from tests.rdf_cases import NASTY_NAMES, entity, export, relation

# rdflib's own N-Quads parser and serializer use its deprecated Dataset API.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

# Any text Python can write as UTF-8 (no lone surrogates), control characters included.
keys = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@given(keys)
def test_encoding_is_reversible(key: str) -> None:
    assert decode_key(encode_key(key)) == key


@given(keys, keys)
def test_different_keys_never_share_an_iri(a: str, b: str) -> None:
    if a != b:
        assert Minter().entity(a) != Minter().entity(b)


@settings(max_examples=300)
@given(keys)
def test_every_key_gives_a_valid_iri(key: str) -> None:
    iri = Minter().entity(key)
    assert pyoxigraph.NamedNode(iri).value == iri  # Oxigraph validates RFC 3987 syntax
    assert not any(c in iri for c in ' <>"{}|^`\\\n\r\t')
    line = f'<{iri}> <https://kg.example.org/ns#key> "x" .\n'
    assert str(next(iter(Graph().parse(data=line, format="nt")))[0]) == iri
    assert not iri.endswith(("/.", "/.."))


@settings(max_examples=500)
@given(st.text(min_size=1, max_size=30))
def test_canonical_keys_stay_readable(name: str) -> None:
    """kg's own keys (lower-case words joined by "-") need no percent-encoding at all."""
    assert "%" not in encode_key(canonical_key(name))


@pytest.mark.parametrize(
    ("key", "segment"),
    [
        ("mark-rutte", "mark-rutte"),
        ("zoë-ångström", "zoë-ångström"),
        ("🙂-smile", "🙂-smile"),
        ("東京電力", "東京電力"),
        ("ac/dc", "ac%2Fdc"),
        ('the "quoted"', "the%20%22quoted%22"),
        ("line\nbreak", "line%0Abreak"),
        ("50%", "50%25"),
        (".", "%2E"),
        ("..", "%2E%2E"),
        ("zero\u200bwidth", "zero%E2%80%8Bwidth"),
    ],
)
def test_segments_are_readable(key: str, segment: str) -> None:
    assert encode_key(key) == segment


def test_the_same_entity_gets_the_same_iri_in_every_article_and_run() -> None:
    a, b = entity("Mark Rutte", "mark-rutte", "Person"), entity("NATO", "nato")
    first = export([relation(a, "meet", b, doc="one")], "ntriples").decode()
    second = export([relation(b, "praise", a, doc="two")], "ntriples").decode()
    assert "<https://kg.example.org/entity/mark-rutte>" in first
    assert "<https://kg.example.org/entity/mark-rutte>" in second


def test_an_empty_key_is_an_error() -> None:
    with pytest.raises(RDFError):
        encode_key("")


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "jsonld", "trig", "nquads"])
@pytest.mark.parametrize(("name", "key"), NASTY_NAMES)
def test_nasty_names_round_trip(fmt: str, name: str, key: str) -> None:
    import io

    nasty = entity(name, key, "Person", aliases=(f"{name} (alias)",))
    r = relation(nasty, "meet", entity("Other", "other"), sentence=f"{name} met Other.")
    [back] = read_rdf(io.BytesIO(export([r], fmt)), fmt).relations
    assert back == r


@settings(max_examples=60, deadline=None)
@given(
    name=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20),
    key=keys,
    sentence=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
    fmt=st.sampled_from(["turtle", "ntriples", "trig", "nquads", "jsonld"]),
)
def test_any_names_round_trip(name: str, key: str, sentence: str, fmt: str) -> None:
    import io

    r = relation(
        entity(name, key),
        "discuss",
        entity("Other", "other-key" if key != "other-key" else "x"),
        sentence=sentence,
        attributed_to=name,
    )
    [back] = read_rdf(io.BytesIO(export([r], fmt)), fmt).relations
    assert back == r
    assert URIRef(Minter().entity(key))  # and the IRI is the one minted
