// Before articles are (re)loaded: delete their statements that the new load does not
// repeat (row.keep holds the statement ids it writes) and all their MENTIONS, and return
// what must be recomputed: the triples of the deleted statements and the entities involved.
// Rows: {id, keep}. Matches nothing for articles never loaded before.
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
CALL (a, row) {
  MATCH (a)<-[:FROM]-(s:Statement)
  WHERE NOT s.id IN row.keep
  MATCH (x:Entity)<-[:SUBJECT]-(s)-[:OBJECT]->(y:Entity)
  WITH s, s.triple AS triple, s.predicate AS predicate, x.id AS subject, y.id AS object
  DETACH DELETE s
  RETURN collect({triple: triple, predicate: predicate, subject: subject, object: object}) AS stale
}
CALL (a) {
  MATCH (a)-[m:MENTIONS]->(e:Entity)
  WITH m, e.id AS entity
  DELETE m
  RETURN collect(entity) AS entities
}
RETURN stale, entities
