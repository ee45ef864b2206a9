"""The Neo4j writer: connection settings, constraints, and batched, idempotent loads.

Only driver calls live here; the rows come from `kg.store.rows` and the Cypher from
`kg/store/cypher/*.cypher` and `schemas/neo4j/constraints.cypher`.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from kg.errors import ArticleError, DatabaseError, KGError, OnError, OnSkip, check_on_error
from kg.model import Merge, Relation
from kg.resolve import AliasTable, shipped_aliases
from kg.store.identity import Identity
from kg.store.known import resolve_batch
from kg.store.rows import article_batch, article_groups, batches, group_by_article
from kg.store.unchanged import stored_articles, without_articles
from kg.store.unreachable import unreachable_reason
from kg.vocabulary import relationship_type

DEFAULT_URI = "bolt://localhost:7687"
DEFAULT_BATCH_SIZE = 10_000
#: Seconds the driver goes on retrying a transaction that failed with a transient error
#: (lock timeout, deadlock, lost connection), backing off 1, 2, 4 ... s (±20 %), before
#: the load fails. NEO4J_MAX_RETRY_TIME or --max-retry-time change it.
DEFAULT_MAX_RETRY_TIME = 15.0
#: Seconds to wait for a TCP (and TLS) connection to the server.
CONNECTION_TIMEOUT = 10.0
#: The Bolt schemes; the driver's HTTP preview (http://, https://) is not supported.
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


@dataclass(frozen=True, slots=True)
class Neo4jSettings:
    """Where and how to connect. `password` never appears in messages or repr."""

    uri: str = DEFAULT_URI
    user: str = "neo4j"
    password: str = field(default="", repr=False)
    database: str = "neo4j"
    max_retry_time: float = DEFAULT_MAX_RETRY_TIME

    @classmethod
    def from_env(cls, **overrides: str | None) -> Neo4jSettings:
        """Settings from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE; non-None overrides win."""
        values: dict[str, Any] = {
            "uri": os.environ.get("NEO4J_URI", DEFAULT_URI),
            "user": os.environ.get("NEO4J_USER", "neo4j"),
            "password": os.environ.get("NEO4J_PASSWORD", ""),
            "database": os.environ.get("NEO4J_DATABASE", "neo4j"),
            "max_retry_time": os.environ.get("NEO4J_MAX_RETRY_TIME", DEFAULT_MAX_RETRY_TIME),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        values["max_retry_time"] = float(values["max_retry_time"])
        return cls(**values)


@dataclass(slots=True)
class LoadSummary:
    """What a load did, for the closing summary.

    Relations are the statements written; `relations_replaced` were already in the
    database (same article, same claim, same place) and were rewritten,
    `relations_removed` belonged to a reloaded article and are gone from its new version.
    An unchanged article (stored exactly as this load would write it, `kg.store.unchanged`)
    is not written at all: it and its relations count as unchanged.
    `articles_repointed` were already stored and rewritten because resolution moved one of
    their entities; `merges` is the merge log of the load (`kg load --report`).
    """

    articles_new: int = 0
    articles_replaced: int = 0
    articles_unchanged: int = 0
    relations_created: int = 0
    relations_replaced: int = 0
    relations_unchanged: int = 0
    relations_removed: int = 0
    entities_created: int = 0
    entities_matched: int = 0
    entities_removed: int = 0
    edges_created: int = 0
    edges_removed: int = 0
    skipped: list[str] = field(default_factory=list)  # articles refused by on_error="skip"
    seconds: float = 0.0
    articles_repointed: int = 0
    merges: list[Merge] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return self.articles_new + self.articles_replaced + self.articles_unchanged

    @property
    def relations(self) -> int:
        return self.relations_created + self.relations_replaced + self.relations_unchanged

    def describe(self) -> str:
        """One line for the end of a load."""
        written = self.relations_created + self.relations_replaced
        rate = f", {written / self.seconds:,.0f} relations/s" if self.seconds > 0 and written else ""
        unchanged = f", {self.articles_unchanged} unchanged" if self.articles_unchanged else ""
        return (
            f"{self.relations} relations from {self.articles} articles ({self.articles_new} new, "
            f"{self.articles_replaced} replaced{unchanged}) in {self.seconds:.1f} s{rate}; "
            f"relations: {self.relations_created} created, {self.relations_replaced} replaced, "
            + (f"{self.relations_unchanged} unchanged, " if self.relations_unchanged else "")
            + f"{self.relations_removed} removed; "
            f"entities: {self.entities_created} created, {self.entities_matched} matched, "
            f"{self.entities_removed} removed; "
            f"aggregate edges: {self.edges_created} created, {self.edges_removed} removed"
            + (
                f"; resolution: {len(self.merges)} merges, {self.articles_repointed} stored articles re-pointed"
                if self.merges or self.articles_repointed
                else ""
            )
        )


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
    """A verified driver, closed on exit.

    Every failure, while connecting or inside the `with` block, becomes a one-line
    `DatabaseError` naming the URI (without credentials) and never the password.
    """
    import neo4j
    from neo4j.exceptions import AuthError, ConfigurationError, DriverError, Neo4jError, ServiceUnavailable

    where = safe_uri(settings.uri)

    def scrub_text(text: str) -> str:  # the driver may quote the URI as given, user:password@ and all
        text = text.replace(settings.uri, where)
        return text.replace(settings.password, "***") if settings.password else text

    def scrub(error: BaseException) -> str:
        return scrub_text(_first_line(error))

    scheme = settings.uri.partition("://")[0].lower() if "://" in settings.uri else ""
    if scheme not in SCHEMES:
        raise DatabaseError(f"invalid Neo4j URI {where!r}: the scheme must be one of {', '.join(SCHEMES)}")
    try:
        driver = neo4j.GraphDatabase.driver(
            settings.uri,
            auth=(settings.user, settings.password),
            max_transaction_retry_time=getattr(settings, "max_retry_time", DEFAULT_MAX_RETRY_TIME),
            connection_timeout=CONNECTION_TIMEOUT,
        )
    except (ValueError, ConfigurationError) as error:
        raise DatabaseError(f"invalid Neo4j URI {where!r}: {scrub(error)}") from None
    try:
        driver.verify_connectivity()
    except AuthError:
        driver.close()
        raise DatabaseError(
            f"Neo4j at {where} refused the credentials of user {settings.user!r} (check NEO4J_PASSWORD)"
        ) from None
    except (ServiceUnavailable, OSError) as error:
        driver.close()
        raise DatabaseError(
            f"cannot reach Neo4j at {where}: {scrub_text(unreachable_reason(error, CONNECTION_TIMEOUT))}"
        ) from None
    except ValueError as error:  # a port that is not a number
        driver.close()
        raise DatabaseError(f"cannot reach Neo4j at {where}: {scrub(error)}") from None
    except (Neo4jError, DriverError) as error:
        driver.close()
        raise DatabaseError(f"Neo4j at {where}: {describe_error(error)}") from None
    try:
        yield driver
    except DatabaseError as error:
        raise DatabaseError(f"Neo4j at {where}: {error}") from None
    except (Neo4jError, DriverError) as error:
        raise DatabaseError(f"Neo4j at {where}: {describe_error(error)}") from None
    finally:
        driver.close()


def safe_uri(uri: str) -> str:
    """The URI without any user:password@ part, for messages.

    >>> safe_uri("neo4j+s://neo4j:secret@example.org:7687")
    'neo4j+s://example.org:7687'
    """
    scheme, sep, rest = uri.partition("://")
    return f"{scheme}{sep}{rest.rpartition('@')[2]}" if sep else uri


def describe_error(error: BaseException) -> str:
    """A driver or server error in one line: its Neo4j status code, if any, and the first line."""
    code = getattr(error, "code", None)
    message = getattr(error, "message", None) or str(error)
    first = message.strip().splitlines()[0] if message.strip() else type(error).__name__
    return f"{code}: {first}" if code else f"{type(error).__name__}: {first}"


def _articles_named(ids: list[str]) -> str:
    more = f" and {len(ids) - 1} more" if len(ids) > 1 else ""
    return f"article {ids[0]!r}{more}" if ids else "an empty batch"


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


_SCHEMA_NAME = re.compile(r"^CREATE\s+(?:CONSTRAINT|(?:\w+\s+)?INDEX)\s+(\w+)", re.IGNORECASE)


def apply_constraints(driver: Any, database: str) -> None:
    """Create the constraints and indexes that are missing, and wait until they are online.

    One query asks which exist (every constraint has an index of its name): on a database
    that has them all, nothing else is sent. The missing ones are created in one
    transaction, and only then is the server asked to wait for their population.
    """
    statements = constraint_statements()
    records, _, _ = driver.execute_query("SHOW INDEXES YIELD name, state RETURN name, state", database_=database)
    states = {record["name"]: record["state"] for record in records}
    missing = [s for s in statements if (m := _SCHEMA_NAME.match(s)) is None or m.group(1) not in states]
    if missing:
        with driver.session(database=database) as session:
            session.execute_write(lambda tx: [tx.run(statement).consume() for statement in missing])
    if missing or any(states[name] != "ONLINE" for name in states if name.startswith("kg_")):
        driver.execute_query("CALL db.awaitIndexes(300)", database_=database)


def wipe(driver: Any, database: str) -> None:
    """Delete every node and relationship of the database, in batches."""
    # Relationships first: DETACH DELETE of 10,000 nodes holds all their relationships in
    # one transaction, which a hub entity can push past the server's transaction memory.
    with driver.session(database=database) as session:  # CALL … IN TRANSACTIONS needs an auto-commit query
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS").consume()
        session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS").consume()


def load_relations(
    driver: Any,
    relations: Iterable[Relation],
    *,
    database: str = "neo4j",
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
    on_error: OnError = "raise",
    on_skip: OnSkip | None = None,
    aliases: AliasTable | None = None,
    sizes: Mapping[str, int] | None = None,
) -> LoadSummary:
    """Load relations, replacing the articles they come from, their entities resolved together
    with those the database already holds (`kg.store.known`).

    Each batch holds whole articles and is one managed write transaction, which the
    driver retries on transient errors (deadlocks, lock timeouts, leader changes, lost
    connections) with exponential backoff for up to the driver's
    `max_transaction_retry_time` (`Neo4jSettings.max_retry_time` through `connect`);
    any other error stops the load at once as a `DatabaseError` naming the articles of
    the batch. A failure leaves every article either fully old or fully new. Loading
    the same relations twice changes nothing, and loading articles in several loads, in
    any order, gives the graph one load of them all gives: a later full name ("Tony
    Blair") takes in a stored short form ("Blair"), whose old id stays valid in the
    entity's `ids` and `alias_keys`; the stored articles it moves are rewritten.

    A list is checked whole before anything is written. Any other iterable is streamed
    when `sizes` is given: each article is written with the batch it falls in once its
    last relation is read (`kg.store.rows.article_groups`), so memory holds about one
    batch, and an article refused by `on_error` is found when it is reached.

    Args:
        batch_size: relations per transaction (whole articles, so batches may be larger).
        progress: called with the number of relations written after each batch.
        on_error: for an article whose predicate or entity type cannot be loaded,
            "raise" an `ArticleSchemaError` (a `SchemaError`), or "skip" the whole article.
        on_skip: with on_error="skip", called with that error (its `article_id` names the article).
        aliases: the alias table (default: the shipped one, schemas/aliases.csv).
        sizes: how many relations each article has in `relations` (`kg.records.relations_per_article`
            counts them in a file); without it an iterable that is not a list is read whole first.
    """
    from neo4j.exceptions import DriverError, Neo4jError

    check_on_error(on_error)
    summary = LoadSummary()
    started = time.perf_counter()

    def skip(error: KGError) -> None:
        summary.skipped.append(error.article_id if isinstance(error, ArticleError) else str(error))
        if on_skip is not None:
            on_skip(error)

    groups: Iterable[tuple[str, list[Relation]]] = (
        group_by_article(relations, on_error, skip)
        if isinstance(relations, Sequence)
        else article_groups(relations, on_error, skip, sizes=sizes)
    )
    table = shipped_aliases() if aliases is None else aliases
    apply_constraints(driver, database)
    created_ids: set[str] = set()
    seen_ids: set[str] = set()
    # Rows are built inside each transaction: they depend on what resolution reads there.
    with driver.session(database=database) as session:
        for pending in batches(groups, batch_size):
            batch = PendingBatch(pending, table)
            tried = time.monotonic()
            try:
                counts = session.execute_write(_write_batch, batch)
            except (Neo4jError, DriverError) as error:
                retried = f" (retried for {time.monotonic() - tried:.0f} s)" if error.is_retryable() else ""
                raise DatabaseError(
                    f"writing {_articles_named(batch.article_ids)} failed{retried}: {describe_error(error)}"
                ) from None
            created_ids.update(counts.pop("entity_ids_created"))
            seen_ids.update(counts.pop("entity_ids_seen"))
            summary.merges.extend(counts.pop("merges"))
            for name, value in counts.items():
                setattr(summary, name, getattr(summary, name) + value)
            if progress is not None:
                progress(batch.size)
    summary.entities_created = len(created_ids)
    summary.entities_matched = len(seen_ids - created_ids)
    summary.seconds = time.perf_counter() - started
    return summary


@dataclass(frozen=True, slots=True)
class PendingBatch:
    """Whole articles to write in one transaction, and the alias table to resolve them with."""

    groups: Sequence[tuple[str, Sequence[Relation]]]
    aliases: AliasTable

    @property
    def article_ids(self) -> list[str]:
        return [article_id for article_id, _ in self.groups]

    @property
    def size(self) -> int:
        return sum(len(relations) for _, relations in self.groups)


@dataclass(frozen=True, slots=True)
class _NoCounts:
    """The counters of a query that was not sent."""

    relationships_created: int = 0
    relationships_deleted: int = 0


_NO_COUNTS = _NoCounts()


def _write_batch(tx: Any, pending: PendingBatch) -> dict[str, Any]:
    """One transaction: resolve the batch against the database (`kg.store.known`), then replace
    its articles and the stored articles whose entities resolution moved. Safe to run again
    after a rollback.

    Articles stored exactly as they would be written are left alone (`kg.store.unchanged`).
    Queries with nothing to do are not sent (on a server just started, planning each one
    costs a good part of a second): detaching old versions when no article is stored yet,
    looking up or refreshing aggregate edges when there are none to look at.
    """
    resolved = resolve_batch(tx, pending.groups, pending.aliases)
    batch = article_batch([*pending.groups, *resolved.reloaded], Identity.of_resolution(resolved.resolution))
    identity = {
        "merges": resolved.merges,
        "articles_repointed": len(resolved.reloaded),
        "entity_ids_seen": {m["entity"] for a in batch.articles for m in a["mentions"]},
    }
    entities = resolved.changed(batch.entities)  # a vote may change an entity whose articles do not
    stored = stored_articles(tx, batch)
    unchanged = {article_id for article_id, same in stored.items() if same}
    whole = batch.size
    if unchanged:
        batch = without_articles(batch, unchanged)
    skipped = {"articles_unchanged": len(unchanged), "relations_unchanged": whole - batch.size}
    if not batch.articles:
        created = [r["id"] for r in tx.run(_cypher("merge_entities"), rows=entities)] if entities else []
        return {"entity_ids_created": created, **skipped, **identity}
    detached = (
        tx.run(_cypher("detach_articles"), rows=[{"id": a["id"], "keep": a["keep"]} for a in batch.articles])
        if len(stored) > len(unchanged)
        else ()
    )
    kept: set[str] = set()
    stale: dict[str, dict] = {}
    old_entities: set[str] = set()
    replaced = removed = 0
    for record in detached:
        replaced += 1
        kept.update(record["kept"])
        removed += len(record["stale"])
        stale.update((key["triple"], key) for key in record["stale"])
        old_entities.update(record["entities"])
    # Triples whose statements are all in this batch get the edge computed from the batch;
    # the others (and those that lost statements) are recomputed in the database.
    candidates = [key["triple"] for key in batch.keys if key["triple"] not in stale]
    existing = {r["triple"] for r in tx.run(_cypher("existing_triples"), triples=candidates)} if candidates else set()
    created = [r["id"] for r in tx.run(_cypher("merge_entities"), rows=entities)]
    rows = batch.articles
    if kept:  # statements already present are updated, not created again
        rows = [{**a, "statements": [s for s in a["statements"] if s["id"] not in kept]} for a in rows]
        updates = [
            {"id": s["id"], "properties": s["properties"]}
            for a in batch.articles
            for s in a["statements"]
            if s["id"] in kept
        ]
        tx.run(_cypher("update_statements"), rows=updates).consume()
    tx.run(_cypher("write_articles"), rows=rows).consume()
    new_keys = [key for key in batch.keys if key["triple"] not in stale and key["triple"] not in existing]
    edges_created = tx.run(_cypher("create_aggregates"), keys=new_keys).consume().counters.relationships_created
    refresh = [key for key in batch.keys if key["triple"] in existing or key["triple"] in stale]
    in_batch = {key["triple"] for key in batch.keys}
    refresh += [
        {**key, "type": relationship_type(key["predicate"])} for triple, key in stale.items() if triple not in in_batch
    ]
    edges = tx.run(_cypher("refresh_aggregates"), keys=refresh).consume().counters if refresh else _NO_COUNTS
    removed_entities = 0
    if old_entities or stale:
        ids = sorted({*old_entities, *(k["subject"] for k in stale.values()), *(k["object"] for k in stale.values())})
        removed_entities = tx.run(_cypher("refresh_entities"), ids=ids).consume().counters.nodes_deleted
    repointed = len({a["id"] for a in batch.articles} & {article_id for article_id, _ in resolved.reloaded})
    return {
        **skipped,
        **identity,
        "articles_new": len(batch.articles) - replaced,
        "articles_replaced": replaced - repointed,
        "relations_created": batch.size - len(kept),
        "relations_replaced": len(kept),
        "relations_removed": removed,
        "entity_ids_created": created,
        "entities_removed": removed_entities,
        "edges_created": edges_created + edges.relationships_created,
        "edges_removed": edges.relationships_deleted,
    }
