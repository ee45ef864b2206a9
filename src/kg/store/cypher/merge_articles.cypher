// One node per article; its metadata is replaced by the latest load (a null removes a property).
// Rows: {id, properties}.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.properties
