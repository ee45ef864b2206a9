// The predicates the loaded statements use (an index scan on Statement.predicate). Used to
// explain an empty query answer. Parameters: none.
MATCH (s:Statement)
WHERE s.predicate IS NOT NULL
RETURN DISTINCT s.predicate AS predicate
