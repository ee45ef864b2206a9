// Before articles are (re)loaded, for those already in the database: delete their
// statements that the new load does not repeat (row.keep holds the statement ids it
// writes) and all their MENTIONS, and return what the rest of the batch needs: the ids
// of the statements kept, the triples of the deleted ones, and the entities the article
// mentioned. Rows: {id, keep}. Articles never loaded before return nothing.
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
CALL (a, row) {
  OPTIONAL MATCH (a)<-[:FROM]-(s:Statement)
  RETURN collect(CASE WHEN s.id IN row.keep THEN s.id END) AS kept,
         collect(CASE WHEN NOT s.id IN row.keep THEN s END) AS stale_nodes
}
CALL (stale_nodes) {
  UNWIND stale_nodes AS s
  MATCH (x:Entity)<-[:SUBJECT]-(s)-[:OBJECT]->(y:Entity)
  WITH s, s.triple AS triple, s.predicate AS predicate, x.id AS subject, y.id AS object
  DETACH DELETE s
  RETURN collect({triple: triple, predicate: predicate, subject: subject, object: object}) AS stale
}
CALL (a) {
  OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity)
  WITH m, e.id AS entity
  DELETE m
  RETURN collect(entity) AS entities
}
RETURN row.id AS id, kept, stale, entities
