// Statements a reloaded article repeats keep their node and links and take the latest
// properties. Rows: {id, properties}.
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})
SET s = row.properties
