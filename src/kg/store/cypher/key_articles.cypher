// The articles whose view of an entity (a MENTIONS with key `key`) points at node `node`:
// those resolution re-points when the key now belongs elsewhere. Rows: {key, node}.
UNWIND $moved AS moved
MATCH (:Entity {id: moved.node})<-[m:MENTIONS]-(a:Article)
WHERE coalesce(m.key, moved.node) = moved.key
RETURN DISTINCT a.id AS id
