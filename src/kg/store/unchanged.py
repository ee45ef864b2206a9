"""Articles a load would write exactly as they are already stored, found by a digest.

Every Article node keeps `load_digest`: a hash of the rows the loader wrote for it (its
metadata, its mentions, its statements with every property) and of the loader's Cypher.
Reloading an article whose rows hash the same changes nothing, so the loader leaves it
alone and reports it as unchanged (`kg load` of the same file twice: "4 unchanged").
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # kg.store.rows imports this module: the type only
    from kg.store.rows import ArticleBatch

Row = dict[str, Any]

#: The Article property holding the digest (schemas/neo4j/README.md).
DIGEST_PROPERTY = "load_digest"

#: Which of the batch's articles are stored with the digest they have now. Rows: {id, digest};
#: $key is DIGEST_PROPERTY (a dynamic key: no warning from a server that has never seen it).
UNCHANGED_ARTICLES = """
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
RETURN a.id AS id, a[$key] = row.digest AS unchanged
"""


@cache
def _loader_version() -> str:
    """A hash of the loader's Cypher: a load by a changed loader rewrites every article once."""
    digest = hashlib.sha256()
    folder = resources.files("kg.store").joinpath("cypher")
    for name in sorted(p.name for p in folder.iterdir() if p.name.endswith(".cypher")):
        digest.update(folder.joinpath(name).read_bytes())
    return digest.hexdigest()[:16]


def article_digest(row: Row) -> str:
    """The digest of one article row of `kg.store.rows.article_batch` (its id, properties,
    mentions and statements), its own digest property left out.

    >>> row = {"id": "a1", "properties": {"title": "T"}, "mentions": [], "statements": []}
    >>> article_digest(row) == article_digest({**row, "keep": ["x"]}), len(article_digest(row))
    (True, 32)
    """
    properties = {k: v for k, v in row["properties"].items() if k != DIGEST_PROPERTY}
    content = {
        "id": row["id"],
        "properties": properties,
        "mentions": row["mentions"],
        "statements": row["statements"],
        "loader": _loader_version(),
    }
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, default=_plain)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _plain(value: Any) -> Any:
    return sorted(value) if isinstance(value, (set, frozenset)) else str(value)


def stored_articles(tx: Any, batch: ArticleBatch) -> dict[str, bool]:
    """The batch's articles already in the database, each with whether it is unchanged."""
    rows = [{"id": a["id"], "digest": a["properties"].get(DIGEST_PROPERTY)} for a in batch.articles]
    return {r["id"]: bool(r["unchanged"]) for r in tx.run(UNCHANGED_ARTICLES, rows=rows, key=DIGEST_PROPERTY)}


def without_articles(batch: ArticleBatch, article_ids: set[str]) -> ArticleBatch:
    """The batch less the given articles, and less the entities and aggregate edges only they
    concern (those are stored as these articles left them)."""
    articles = [a for a in batch.articles if a["id"] not in article_ids]
    triples = {s["triple"] for a in articles for s in a["statements"]}
    entities = {m["entity"] for a in articles for m in a["mentions"]}
    return replace(
        batch,
        articles=articles,
        entities=[e for e in batch.entities if e["id"] in entities],
        keys=[k for k in batch.keys if k["triple"] in triples],
        size=sum(len(a["statements"]) for a in articles),
    )


__all__ = ["DIGEST_PROPERTY", "article_digest", "stored_articles", "without_articles"]
