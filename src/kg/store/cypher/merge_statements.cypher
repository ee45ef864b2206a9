// One :Statement node per sentence that supports a relation, linked to its subject, object
// and article. Its id (kg.store.rows.statement_id) hashes what it says and where; a statement
// loaded before keeps its node and links and takes the latest properties.
// Rows: {id, article, subject, object, triple, properties}.
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (x:Entity {id: row.subject})
MATCH (y:Entity {id: row.object})
MERGE (s:Statement {id: row.id})
SET s += row.properties, s.triple = row.triple
MERGE (s)-[:SUBJECT]->(x)
MERGE (s)-[:OBJECT]->(y)
MERGE (s)-[:FROM]->(a)
