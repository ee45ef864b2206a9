// The aggregate edges of triples new to the database, with the properties the loader
// computed from the batch (kg.store.rows.aggregate_properties). Triples that already
// have an edge are left alone and returned: refresh_aggregates recomputes those from
// all their statements. Keys: {triple, subject, object, type, properties}.
UNWIND $keys AS key
MATCH (x:Entity {id: key.subject})
MATCH (y:Entity {id: key.object})
// Expanding from x to a new variable compared with y, not MATCH (x)-[r]->(y): see
// refresh_aggregates.cypher for why.
CALL (x, y, key) {
  OPTIONAL MATCH (x)-[r]->(other)
  WHERE other = y AND type(r) = key.type
  RETURN count(r) > 0 AS exists
}
CALL (x, y, key, exists) {
  WITH * WHERE NOT exists
  CREATE (x)-[r:$(key.type)]->(y)
  SET r = key.properties
}
WITH key WHERE exists
RETURN key.triple AS triple
