"""The Neo4j writer: connection settings, constraints, and batched, idempotent loads.

Only driver calls live here; the rows come from `kg.store.rows` and the Cypher from
`kg/store/cypher/*.cypher` and `schemas/neo4j/constraints.cypher`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from kg.errors import DatabaseError
from kg.model import Relation
from kg.store.rows import ArticleBatch, aggregate_keys, batches, group_by_article

DEFAULT_URI = "bolt://localhost:7687"
DEFAULT_BATCH_SIZE = 10_000


@dataclass(frozen=True, slots=True)
class Neo4jSettings:
    """Where and how to connect. `password` never appears in messages or repr."""

    uri: str = DEFAULT_URI
    user: str = "neo4j"
    password: str = field(default="", repr=False)
    database: str = "neo4j"

    @classmethod
    def from_env(cls, **overrides: str | None) -> Neo4jSettings:
        """Settings from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE; non-None overrides win."""
        values = {
            "uri": os.environ.get("NEO4J_URI", DEFAULT_URI),
            "user": os.environ.get("NEO4J_USER", "neo4j"),
            "password": os.environ.get("NEO4J_PASSWORD", ""),
            "database": os.environ.get("NEO4J_DATABASE", "neo4j"),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


@dataclass(slots=True)
class LoadSummary:
    """What a load did, for the closing summary line."""

    articles: int = 0
    statements: int = 0
    entities_created: int = 0
    relationships_created: int = 0
    seconds: float = 0.0


@cache
def _cypher(name: str) -> str:
    return resources.files("kg.store").joinpath("cypher", f"{name}.cypher").read_text("utf-8")


def constraint_statements() -> list[str]:
    """The statements of schemas/neo4j/constraints.cypher, comments removed."""
    text = resources.files("kg.schemas").joinpath("neo4j", "constraints.cypher").read_text("utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("//")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


@contextmanager
def connect(settings: Neo4jSettings) -> Iterator[Any]:
    """A verified driver; connection and authentication failures become `DatabaseError`s naming the URI."""
    import neo4j
    from neo4j.exceptions import AuthError, ConfigurationError, ServiceUnavailable

    try:
        driver = neo4j.GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password))
    except (ValueError, ConfigurationError) as error:
        raise DatabaseError(f"invalid Neo4j URI {settings.uri!r}: {error}") from None
    try:
        driver.verify_connectivity()
    except AuthError:
        driver.close()
        raise DatabaseError(
            f"Neo4j at {settings.uri} refused the credentials of user {settings.user!r} (check NEO4J_PASSWORD)"
        ) from None
    except (ServiceUnavailable, OSError) as error:
        driver.close()
        raise DatabaseError(f"cannot reach Neo4j at {settings.uri}: {_first_line(error)}") from None
    try:
        yield driver
    finally:
        driver.close()


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


def apply_constraints(driver: Any, database: str) -> None:
    """Create the constraints and indexes (idempotent)."""
    for statement in constraint_statements():
        driver.execute_query(statement, database_=database)


def wipe(driver: Any, database: str) -> None:
    """Delete every node and relationship of the database, in batches."""
    with driver.session(database=database) as session:  # CALL … IN TRANSACTIONS needs an auto-commit query
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def load_relations(
    driver: Any,
    relations: Iterable[Relation],
    *,
    database: str = "neo4j",
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
) -> LoadSummary:
    """Load relations, replacing the articles they come from.

    Each batch holds whole articles and is one managed transaction (retried on transient
    errors), so a failure leaves every article either fully old or fully new. Loading the
    same relations twice changes nothing.

    Args:
        progress: called with the number of relations written after each batch.
    """
    summary = LoadSummary()
    started = time.perf_counter()
    apply_constraints(driver, database)
    groups = group_by_article(relations)
    with driver.session(database=database) as session:
        for batch in batches(groups, batch_size):
            counters = session.execute_write(_write_batch, batch)
            summary.articles += len(batch.article_ids)
            summary.statements += batch.size
            summary.entities_created += counters["entities_created"]
            summary.relationships_created += counters["relationships_created"]
            if progress is not None:
                progress(batch.size)
    summary.seconds = time.perf_counter() - started
    return summary


def _write_batch(tx: Any, batch: ArticleBatch) -> dict[str, int]:
    old_entities = [r["entity"] for r in tx.run(_cypher("detach_mentions"), ids=batch.article_ids)]
    old_keys = [r.data() for r in tx.run(_cypher("detach_statements"), ids=batch.article_ids)]
    tx.run(_cypher("merge_articles"), rows=batch.articles).consume()
    created = tx.run(_cypher("merge_entities"), rows=batch.entities).consume().counters.nodes_created
    tx.run(_cypher("merge_mentions"), rows=batch.mentions).consume()
    tx.run(_cypher("merge_statements"), rows=batch.statements).consume()
    keys = {tuple(k.values()): k for k in (*old_keys, *aggregate_keys(batch.statements))}
    result = tx.run(_cypher("refresh_aggregates"), keys=list(keys.values())).consume()
    stale = {*old_entities, *(k["subject"] for k in old_keys), *(k["object"] for k in old_keys)}
    tx.run(_cypher("prune_entities"), ids=sorted(stale)).consume()
    return {"entities_created": created, "relationships_created": result.counters.relationships_created}
