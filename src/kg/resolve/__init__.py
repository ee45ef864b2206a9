"""Entity resolution, the stage between extraction and the graph: mentions and relations in,
one entity per real-world thing out, every merge with the rule that made it.

- `article`: one article's mentions → its entities (what `kg extract` does per article);
- `corpus`: keys of all articles → corpus entities, as a function of counts (order-free);
- `relations`: the stage over relations that every command calls (`resolve_relations`);
- `aliases`: the alias table (schemas/aliases.csv, plus a user's `--aliases FILE`);
- `duplicates`: likely duplicates left apart, for `kg entities`.
"""

from kg.keys import canonical_key
from kg.resolve.aliases import Alias, AliasTable, load_aliases, shipped_aliases
from kg.resolve.article import NamedMention, resolve_mentions, resolve_with_merges
from kg.resolve.corpus import Assignment, CorpusEntity, KeyStats, resolve_keys
from kg.resolve.relations import (
    MentionRecord,
    Resolution,
    key_stats,
    mention_records,
    resolve_across_articles,
    resolve_relations,
)

__all__ = [
    "Alias",
    "AliasTable",
    "Assignment",
    "CorpusEntity",
    "KeyStats",
    "MentionRecord",
    "NamedMention",
    "Resolution",
    "canonical_key",
    "key_stats",
    "load_aliases",
    "mention_records",
    "resolve_across_articles",
    "resolve_keys",
    "resolve_mentions",
    "resolve_relations",
    "resolve_with_merges",
    "shipped_aliases",
]
