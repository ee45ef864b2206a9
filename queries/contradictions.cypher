// Contradictions: claims asserted as plain fact in some sentences and plainly negated in
// others (same subject, predicate and object, in that direction; hedged, conditional and
// other non-asserted statements do not count), with the articles on each side.
//
// Parameters: none
MATCH (x:Entity)-[r]->(y:Entity)
WHERE r.facts > 0 AND r.negated > 0
CALL (r) {
  MATCH (s:Statement {triple: r.triple})-[:FROM]->(a:Article)
  WHERE s.modality = 'asserted'
  WITH s, a ORDER BY a.id
  RETURN count(CASE WHEN NOT s.negated THEN 1 END) AS asserted,
         count(CASE WHEN s.negated THEN 1 END) AS negated,
         collect(DISTINCT CASE WHEN NOT s.negated THEN a.id END) AS asserted_in,
         collect(DISTINCT CASE WHEN s.negated THEN a.id END) AS negated_in
}
WITH x, r, y, asserted, negated, asserted_in, negated_in
WHERE asserted > 0 AND negated > 0
RETURN x.name AS subject, r.predicate AS predicate, y.name AS object, asserted, negated,
       asserted_in, negated_in
ORDER BY subject, predicate, object
