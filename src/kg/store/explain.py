"""Why a query answered nothing: each actor, predicate, article or triple it was given that
the database does not hold, with the nearest ones it does.

Names are looked up by name or alias in any case; the nearest names come from the
forgiving full-text search of queries/search.cypher, predicates from those in use and the
vocabulary of schemas/relations.json (a verb it knows, "condemn", points to its predicate,
"criticize"), ranked with difflib.
"""

from __future__ import annotations

import difflib
from functools import cache
from importlib import resources
from typing import Any

from kg.store.query import Query, run_query
from kg.vocabulary import load_vocabulary


@cache
def _cypher(name: str) -> str:
    return resources.files("kg.store").joinpath("cypher", f"{name}.cypher").read_text("utf-8")


def explain_empty(driver: Any, query: Query, values: dict[str, Any], *, database: str) -> list[str]:
    """One line per reason the query may have found nothing; empty when every name is known.

    `values` are the bound parameters (`Query.bind`).
    """
    context = _Lookup(driver, database)
    notes: list[str] = []
    known_actors: list[str] = []
    for parameter in query.parameters:
        value = values.get(parameter.name)
        if not isinstance(value, str):
            continue
        if parameter.type == "actor":
            found = context.actors([value])[value]
            if found:
                known_actors.append(_names(found))
            else:
                notes.append(context.unknown_actor(parameter.name, value))
        elif parameter.type == "predicate":
            note = context.predicate_note(parameter.name, value)
            if note:
                notes.append(note)
        elif parameter.type == "article":
            note = context.article_note(parameter.name, value)
            if note:
                notes.append(note)
        elif parameter.type == "triple":
            notes.extend(context.triple_notes(parameter.name, value))
    if not notes and known_actors:
        notes.append(
            f"{' and '.join(known_actors)} {'is' if len(known_actors) == 1 else 'are'} in the graph, "
            f"but nothing answers {query.name!r} for {'it' if len(known_actors) == 1 else 'them'}"
        )
    return notes


def _closest(word: str, known: set[str]) -> list[str]:
    """Up to three of `known` closest to `word`: those about as close as the closest one.

    >>> _closest("presure", {"pressure", "praise", "sue", "meet"})
    ['pressure']
    """
    scored = sorted(((difflib.SequenceMatcher(None, word, k).ratio(), k) for k in known), key=lambda p: (-p[0], p[1]))
    if not scored or scored[0][0] < 0.6:
        return []
    return [k for ratio, k in scored[:3] if ratio >= max(0.6, scored[0][0] - 0.15)]


def _names(entities: list[dict]) -> str:
    return " / ".join(sorted({e["name"] for e in entities}))


class _Lookup:
    """The few reads an explanation needs, against one database."""

    def __init__(self, driver: Any, database: str) -> None:
        self.driver = driver
        self.database = database

    def _read(self, name: str, **parameters: Any) -> list[dict]:
        from neo4j import RoutingControl

        records, _, _ = self.driver.execute_query(
            _cypher(name), parameters_=parameters, database_=self.database, routing_=RoutingControl.READ
        )
        return [record.data() for record in records]

    def actors(self, names: list[str], *, ids: bool = False) -> dict[str, list[dict]]:
        return {row["given"]: row["found"] for row in self._read("find_actors", names=names, ids=ids)}

    def nearest_actors(self, text: str) -> list[str]:
        """Names like `text`: the forgiving search, then, if it finds none, the first half of each word
        as a prefix ("Russland" → "russ" → Russia)."""
        names: list[str] = []
        for attempt in (text, " ".join(w[: max(3, len(w) // 2)] for w in text.split())):
            _, rows = run_query(self.driver, "search", {"text": attempt, "limit": 10}, database=self.database)
            names = [row["name"] for row in rows]
            if names:
                break
        ranked = sorted(names, key=lambda n: -difflib.SequenceMatcher(None, text.lower(), n.lower()).ratio())
        return ranked[:3]

    def unknown_actor(self, parameter: str, value: str) -> str:
        near = self.nearest_actors(value) if value.strip() else []
        hint = f"; nearest: {', '.join(near)}" if near else "; kg query search --param text=… finds names"
        return f"{parameter}: no actor is named {value!r}{hint}"

    def predicates(self) -> set[str]:
        return {row["predicate"] for row in self._read("predicates_in_use")}

    def predicate_note(self, parameter: str, value: str) -> str | None:
        wanted = "_".join(value.lower().split())
        in_use = self.predicates()
        if wanted in in_use:
            return None
        vocabulary = load_vocabulary()
        lemma = vocabulary.by_lemma.get(value.lower().strip()) or vocabulary.by_noun.get(value.lower().strip())
        if lemma and lemma != wanted:
            usage = "" if lemma in in_use else " (no loaded relation uses it yet)"
            return f"{parameter}: {value!r} is recorded as the predicate {lemma!r}{usage}"
        if wanted in vocabulary.predicates:
            return f"{parameter}: no loaded relation uses the predicate {wanted!r} (it is in the vocabulary)"
        near = _closest(wanted, in_use | set(vocabulary.predicates))
        hint = f"; nearest: {', '.join(near)}" if near else "; kg query predicates lists those in use"
        return f"{parameter}: no relation has the predicate {value!r}{hint}"

    def article_note(self, parameter: str, value: str) -> str | None:
        [row] = self._read("find_articles", article=value)
        near = [a["id"] for a in row["near"]]
        if value in near:
            return None
        if near:
            return f"{parameter}: no article has the id {value!r}; nearest: {', '.join(near)}"
        return f"{parameter}: no article has the id {value!r} (ids look like: {', '.join(row['examples'])})"

    def triple_notes(self, parameter: str, value: str) -> list[str]:
        parts = [part.strip() for part in value.split("|")]
        if len(parts) != 3 or not all(parts):
            return [f"{parameter}: {value!r} is not subject|predicate|object (e.g. NATO|pressure|Russia)"]
        subject, predicate, obj = parts
        found = self.actors([subject, obj], ids=True)
        notes = [self.unknown_actor(f"{parameter} subject", subject)] if not found[subject] else []
        if not found[obj]:
            notes.append(self.unknown_actor(f"{parameter} object", obj))
        note = self.predicate_note(f"{parameter} predicate", predicate)
        if note:
            notes.append(note)
        if notes:
            return notes
        links = self._read("links_between", a=[e["id"] for e in found[subject]], b=[e["id"] for e in found[obj]])
        said = "; ".join(f"{r['subject']} –{r['predicate']}→ {r['object']}" for r in links)
        pair = f"{_names(found[subject])} and {_names(found[obj])}"
        if not said:
            return [f"{parameter}: no relation links {pair} (kg query shortest-paths finds indirect ones)"]
        return [f"{parameter}: {pair} are linked only by: {said}"]


__all__ = ["explain_empty"]
