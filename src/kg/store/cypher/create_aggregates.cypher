// The aggregate edges of triples new to the database (existing_triples found no
// statement for them and no statement of theirs was just deleted), with the properties
// the loader computed from the batch (kg.store.rows.aggregate_properties): plain CREATEs,
// no lookup of an edge that cannot exist. Keys: {triple, subject, object, type, properties}.
UNWIND $keys AS key
MATCH (x:Entity {id: key.subject})
MATCH (y:Entity {id: key.object})
CREATE (x)-[r:$(key.type)]->(y)
SET r = key.properties
