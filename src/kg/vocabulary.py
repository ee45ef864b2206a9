"""The controlled relation vocabulary (schemas/relations.json) and the identifier check
that guards every label and relationship type that reaches Cypher or an IRI."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from kg.errors import PredicateError

#: Predicates are lower-case words joined by underscores; nothing else reaches a query.
PREDICATE_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


@dataclass(frozen=True, slots=True)
class Predicate:
    name: str
    label: str
    comment: str
    symmetric: bool = False
    inverse: str | None = None


@dataclass(frozen=True, slots=True)
class Vocabulary:
    predicates: dict[str, Predicate]
    by_lemma: dict[str, str]  # "meet" or "meet with" → predicate
    by_noun: dict[str, str]  # "sanctions" → predicate
    light_verbs: frozenset[str]

    def for_verb(self, lemma: str, prep: str | None = None) -> str | None:
        """The predicate a verb (with an optional preposition) expresses, if the vocabulary has one."""
        if prep:
            found = self.by_lemma.get(f"{lemma} {prep}")
            if found:
                return found
        return self.by_lemma.get(lemma)

    def for_noun(self, noun: str) -> str | None:
        """The predicate a light-verb noun ("pressure", "sanctions") expresses."""
        return self.by_noun.get(noun.lower())


@cache
def load_vocabulary() -> Vocabulary:
    """Read the vocabulary shipped in schemas/relations.json."""
    data = json.loads(resources.files("kg.schemas").joinpath("relations.json").read_text("utf-8"))
    predicates: dict[str, Predicate] = {}
    by_lemma: dict[str, str] = {}
    by_noun: dict[str, str] = {}
    for name, spec in data["predicates"].items():
        predicates[name] = Predicate(
            name=check_predicate(name),
            label=spec["label"],
            comment=spec["comment"],
            symmetric=bool(spec.get("symmetric", False)),
            inverse=spec.get("inverse"),
        )
        for lemma in spec.get("lemmas", ()):
            by_lemma.setdefault(lemma, name)
        for noun in spec.get("nouns", ()):
            by_noun.setdefault(noun, name)
    return Vocabulary(predicates, by_lemma, by_noun, frozenset(data.get("light_verbs", ())))


@lru_cache(maxsize=8192)  # the rules name the same few thousand predicates in every article
def normalise_predicate(text: str) -> str:
    """Turn a verb lemma or phrase into a predicate name ("step up" → "step_up").

    Raises:
        ValueError: when nothing usable is left.
    """
    name = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    if name and name[0].isdigit():
        name = f"p_{name}"
    return check_predicate(name[:64])


def check_predicate(name: str) -> str:
    """Return `name` if it is a valid predicate identifier, else raise `PredicateError` (a `SchemaError`)."""
    if not PREDICATE_PATTERN.fullmatch(name):
        raise PredicateError(f"invalid predicate {name!r}: use lower-case letters, digits and underscores")
    return name


def relationship_type(predicate: str) -> str:
    """The Neo4j relationship type of a predicate ("meet" → "MEET"), after the identifier check."""
    return check_predicate(predicate).upper()
