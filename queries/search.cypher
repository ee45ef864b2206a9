// Find actors by words of their name or aliases (full-text index kg_entity_names, Lucene
// syntax: `merkel`, `rut*`, `"mark rutte"`, `putn~`), best match first.
//
// Parameters:
//   $text   what to look for
//   $limit  how many actors (default 10)
CALL db.index.fulltext.queryNodes('kg_entity_names', $text) YIELD node, score
RETURN node.name AS name, node.type AS type, node.aliases AS aliases
ORDER BY score DESC, name
LIMIT toInteger($limit)
