// One node per canonical key. New nodes take the name and type label of their first row;
// refresh_entities then recomputes name, type and aliases from every article's MENTIONS.
// Rows: {id, name, type}; type is one of kg.model.ENTITY_TYPES, checked before it gets here.
// Returns the ids of the nodes this query created.
UNWIND $rows AS row
WITH row, NOT EXISTS { MATCH (:Entity {id: row.id}) } AS new
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.name_key = toLower(row.name), e:$(row.type)
WITH row WHERE new
RETURN row.id AS id
