// The predicates in use: how many statements, distinct triples and articles each has.
//
// Parameters: none
MATCH (s:Statement)-[:FROM]->(a:Article)
RETURN s.predicate AS predicate, count(s) AS statements, count(DISTINCT s.triple) AS triples,
       count(DISTINCT a) AS articles
ORDER BY statements DESC, predicate
