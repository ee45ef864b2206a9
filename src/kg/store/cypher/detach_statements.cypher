// Before an article is (re)loaded: drop its statements and return the (subject, predicate,
// object) keys whose aggregate edges must be recomputed.
UNWIND $ids AS id
MATCH (x:Entity)<-[:SUBJECT]-(s:Statement)-[:FROM]->(:Article {id: id})
MATCH (s)-[:OBJECT]->(y:Entity)
WITH s, x.id AS subject, s.predicate AS predicate, s.type AS type, y.id AS object
DETACH DELETE s
RETURN DISTINCT subject, predicate, type, object
