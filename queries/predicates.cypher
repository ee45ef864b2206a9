// The predicates in use, with how many statements and distinct triples use each.
// Parameters: none.
MATCH (s:Statement)
RETURN s.predicate AS predicate, count(s) AS statements,
       count(DISTINCT [s.predicate, [(s)-[:SUBJECT]->(x) | x.id][0], [(s)-[:OBJECT]->(y) | y.id][0]]) AS triples
ORDER BY statements DESC, predicate
