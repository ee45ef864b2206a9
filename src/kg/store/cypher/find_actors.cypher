// Which of the given names (and, for triples, ids) name an entity, by name or alias in any
// case: one row per name with the entities found. Used to explain an empty query answer.
// Parameters: $names, a list of texts; $ids, true to match entity ids too.
UNWIND $names AS given
OPTIONAL MATCH (e:Entity)
WHERE e.name_key = toLower(given) OR toLower(given) IN e.alias_keys OR ($ids AND e.id = given)
RETURN given, collect(e {.id, .name, .type}) AS found
