// The edge a user sees first: one (subject)-[:PREDICATE]->(object) per triple, summarising
// its statements. Recomputed from the statements for the given keys; removed when none is left.
UNWIND $keys AS key
MATCH (x:Entity {id: key.subject}), (y:Entity {id: key.object})
OPTIONAL MATCH (x)-[old]->(y) WHERE type(old) = key.type
DELETE old
WITH DISTINCT x, y, key
MATCH (x)<-[:SUBJECT]-(s:Statement {predicate: key.predicate})-[:OBJECT]->(y)
MATCH (s)-[:FROM]->(a:Article)
WITH x, y, key, s, a ORDER BY a.published, s.start
WITH x, y, key, count(s) AS mentions, count(DISTINCT a) AS articles,
     sum(CASE WHEN s.fact THEN 1 ELSE 0 END) AS facts,
     sum(CASE WHEN s.negated THEN 1 ELSE 0 END) AS negated,
     max(s.confidence) AS confidence, min(a.published) AS first_seen, max(a.published) AS last_seen,
     collect(s.sentence)[0] AS evidence
CREATE (x)-[r:$(key.type)]->(y)
SET r.predicate = key.predicate, r.mentions = mentions, r.articles = articles, r.facts = facts,
    r.negated = negated, r.confidence = confidence, r.first_seen = first_seen, r.last_seen = last_seen,
    r.evidence = evidence
