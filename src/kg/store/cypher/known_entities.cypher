// The stored properties of the given entity nodes: the loader writes only the entities
// whose properties resolution changes. Rows: id, properties.
UNWIND $nodes AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, properties(e) AS properties
