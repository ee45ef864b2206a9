// One node per canonical key. A new node takes the name and type label of its row; an
// existing one gains the names the batch gives it as aliases (sorted, without its name).
// Rows: {id, name, type, aliases, names}; type is one of kg.model.ENTITY_TYPES, checked
// before it gets here. Returns the ids of the nodes this query created. An empty list is
// not stored (kg.store.rows._property says why): no aliases, no aliases nor alias_keys.
UNWIND $rows AS row
WITH row, NOT EXISTS { MATCH (:Entity {id: row.id}) } AS new
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e:$(row.type), e.name_key = toLower(row.name),
              e.aliases = CASE WHEN size(row.aliases) > 0 THEN row.aliases END,
              e.alias_keys = CASE WHEN size(row.aliases) > 0 THEN [a IN row.aliases | toLower(a)] END,
              e.alias_text = reduce(text = '', a IN row.aliases | text + a + ' ')
WITH e, row, new
CALL (e, row, new) {
  WITH * WHERE NOT new AND any(name IN row.names WHERE name <> e.name AND NOT name IN coalesce(e.aliases, []))
  WITH e, COLLECT { UNWIND coalesce(e.aliases, []) + row.names AS alias WITH DISTINCT alias WHERE alias <> e.name
                    RETURN alias ORDER BY alias } AS aliases
  SET e.aliases = aliases, e.alias_keys = [a IN aliases | toLower(a)],
      e.alias_text = reduce(text = '', a IN aliases | text + a + ' ')
}
WITH row WHERE new
RETURN row.id AS id
