// The edge a user sees first: one (subject)-[:PREDICATE]->(object) per triple, summarising
// its statements (found through the indexed Statement.triple); lists are in order of first
// appearance (publication date, article, offset). Recomputed for the given
// triples; deleted when no statement is left. Keys: {triple, subject, object, predicate, type};
// type is the predicate's relationship type, checked against the identifier pattern.
UNWIND $keys AS key
MATCH (x:Entity {id: key.subject})
MATCH (y:Entity {id: key.object})
CALL (key) {
  OPTIONAL MATCH (s:Statement {triple: key.triple})-[:FROM]->(a:Article)
  WITH s, a ORDER BY a.published, a.id, s.start
  RETURN count(s) AS mentions, count(DISTINCT a) AS articles, collect(DISTINCT a.id) AS article_ids,
         sum(CASE WHEN s.fact THEN 1 ELSE 0 END) AS facts,
         sum(CASE WHEN s.negated THEN 1 ELSE 0 END) AS negated,
         collect(DISTINCT s.modality) AS modalities, collect(DISTINCT s.attributed_to) AS attributed_to,
         max(s.confidence) AS confidence, min(a.published) AS first_seen, max(a.published) AS last_seen,
         collect(s.sentence)[0] AS evidence
}
CALL (x, y, key, mentions) {
  WITH * WHERE mentions = 0
  MATCH (x)-[r:$(key.type)]->(y)
  DELETE r
}
WITH * WHERE mentions > 0
MERGE (x)-[r:$(key.type)]->(y)
SET r.predicate = key.predicate, r.triple = key.triple, r.mentions = mentions, r.articles = articles,
    r.article_ids = article_ids, r.facts = facts, r.negated = negated, r.modalities = modalities,
    r.attributed_to = attributed_to, r.confidence = confidence, r.first_seen = first_seen, r.last_seen = last_seen, r.evidence = evidence
