// The edge a user sees first: one (subject)-[:PREDICATE]->(object) per triple, summarising
// its statements (found through the indexed Statement.triple); lists are in order of first
// appearance (publication date, undated last, article, offset, statement id), as in
// kg.store.rows.aggregate_properties, which computes the same for triples new to the database. Recomputed for the given
// triples; deleted when no statement is left. Keys: {triple, subject, object, predicate, type};
// type is the predicate's relationship type, checked against the identifier pattern.
UNWIND $keys AS key
MATCH (x:Entity {id: key.subject})
MATCH (y:Entity {id: key.object})
CALL (key) {
  OPTIONAL MATCH (s:Statement {triple: key.triple})-[:FROM]->(a:Article)
  USING INDEX s:Statement(triple)  // the plan must not depend on statistics: see below
  WITH s, a ORDER BY a.published, a.id, s.start, s.id
  RETURN count(s) AS mentions, count(DISTINCT a) AS articles, collect(DISTINCT a.id) AS article_ids,
         sum(CASE WHEN s.fact THEN 1 ELSE 0 END) AS facts,
         sum(CASE WHEN s.negated THEN 1 ELSE 0 END) AS negated,
         collect(DISTINCT s.modality) AS modalities, collect(DISTINCT s.attributed_to) AS attributed_to,
         max(s.confidence) AS confidence, min(a.published) AS first_seen, max(a.published) AS last_seen,
         collect(s.sentence)[0] AS evidence
}
// Not MERGE (x)-[r:$(key.type)]->(y), nor OPTIONAL MATCH (x)-[r]->(y): Neo4j 5.26 plans the
// first as a scan of every relationship in the database, and the second too while its
// statistics are those of an empty database (the first batch of a first load). Expanding
// from x to a new variable compared with y is always planned as an expansion from x.
CALL (x, y, key) {
  OPTIONAL MATCH (x)-[r]->(other)
  WHERE other = y AND type(r) = key.type
  RETURN collect(r)[0] AS old
}
CALL (old, mentions) {
  WITH * WHERE mentions = 0 AND old IS NOT NULL
  DELETE old
}
WITH * WHERE mentions > 0
CALL (x, y, key, old) {
  WITH * WHERE old IS NULL
  CREATE (x)-[r:$(key.type)]->(y)
  RETURN r
  UNION
  WITH * WHERE old IS NOT NULL
  RETURN old AS r
}
SET r.predicate = key.predicate, r.triple = key.triple, r.mentions = mentions, r.articles = articles,
    r.article_ids = article_ids, r.facts = facts, r.negated = negated,
    r.modalities = CASE WHEN size(modalities) > 0 THEN modalities END,  // empty: not stored, as in rows.py
    r.attributed_to = CASE WHEN size(attributed_to) > 0 THEN attributed_to END, r.confidence = confidence, r.first_seen = first_seen,
    r.last_seen = last_seen, r.evidence = evidence
