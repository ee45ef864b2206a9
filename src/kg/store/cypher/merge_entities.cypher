// One node per entity, with the properties resolution gives it (kg.store.identity): name,
// type (also its label), name_key, aliases, alias_keys, alias_text and ids, the keys of
// the names it took in, which stay valid. A null removes a property (an empty list is not
// stored, kg.store.rows._property says why). Rows: {id, type, properties}; type is one of
// kg.model.ENTITY_TYPES, checked before it gets here. Returns the ids of the nodes created.
UNWIND $rows AS row
WITH row, NOT EXISTS { MATCH (:Entity {id: row.id}) } AS new
MERGE (e:Entity {id: row.id})
WITH e, row, new, e.type AS old
CALL (e, old, row) {
  WITH * WHERE old IS NOT NULL AND old <> row.type
  REMOVE e:$(old)
}
SET e:$(row.type)
SET e += row.properties
WITH row WHERE new
RETURN row.id AS id
