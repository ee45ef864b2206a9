"""Keys and ids: an entity name's canonical key (what makes two spellings one key, its words and
initials), and the ids of a statement and of a triple that the graph, the store and the RDF export share."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from kg.model import Relation

_WORD = re.compile(r"\w+")

# Words an acronym skips: "Organisation for Economic Co-operation and Development" is OECD.
_MINOR = frozenset({"of", "the", "for", "and", "on", "in", "de", "du", "des", "la", "le", "&"})


@lru_cache(maxsize=1 << 16)  # a pure function of the name, asked again for every mention and merge
def canonical_key(name: str) -> str:
    """A stable key for an entity name: case, accents' composition, spacing and punctuation do not matter.

    >>> canonical_key("Mark  Rutte"), canonical_key("mark rutte,")
    ('mark-rutte', 'mark-rutte')
    """
    words = key_words(name)
    if words:
        return "-".join(words)
    return "x-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


@lru_cache(maxsize=1 << 16)
def key_words(name: str) -> tuple[str, ...]:
    """The words of a name as its key sees them: case-folded, punctuation gone.

    >>> key_words("Ursula von der Leyen")
    ('ursula', 'von', 'der', 'leyen')
    """
    return tuple(_WORD.findall(unicodedata.normalize("NFKC", name).casefold()))


def initials(name: str) -> str:
    """The letters an acronym of `name` would have, minor words skipped (case-folded).

    >>> initials("North Atlantic Treaty Organization"), initials("Bank of England"), initials("People's Party")
    ('nato', 'be', 'pp')
    """
    # the "s" of a possessive is no word of its own: "People's Party" is PP
    return "".join(word[0] for word in key_words(name) if word not in _MINOR and word != "s" and not word.isdigit())


def is_acronym(name: str) -> bool:
    """True for a name written as an acronym: 2 to 6 capital letters, dots allowed ("EU", "U.N.").

    >>> is_acronym("IMF"), is_acronym("U.N."), is_acronym("Blair")
    (True, True, False)
    """
    letters = name.replace(".", "")
    return letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 6


def statement_id(relation: Relation) -> str:
    """A deterministic id for one relation as read in one sentence of one article.

    It is also the local name of the statement's IRI in the RDF export, so a Statement
    node in Neo4j and a statement resource in RDF name each other.
    """
    e = relation.evidence
    parts = (
        e.doc_id,
        relation.subject.id,
        relation.predicate,
        relation.object.id,
        str(e.start),
        str(e.end),
        str(relation.negated),
        relation.modality,
    )
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def triple_key(subject: str, predicate: str, obj: str) -> str:
    """The key shared by a triple's statements and its aggregate edge, readable in Browser.

    `|` and `\\` in entity ids are escaped, so distinct triples never share a key
    (predicates cannot hold either).

    >>> triple_key("mark-rutte", "meet", "donald-trump")
    'mark-rutte|meet|donald-trump'
    """
    return f"{_escape(subject)}|{predicate}|{_escape(obj)}"


def _escape(entity_id: str) -> str:
    return entity_id.replace("\\", "\\\\").replace("|", "\\|") if "|" in entity_id or "\\" in entity_id else entity_id
