// One :Statement node per sentence that supports a relation, linked to its subject,
// object and article; its id is a hash of what it says and where.
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (x:Entity {id: row.subject})
MATCH (y:Entity {id: row.object})
MERGE (s:Statement {id: row.id})
SET s.predicate = row.predicate, s.type = row.type, s.negated = row.negated, s.modality = row.modality,
    s.fact = row.fact, s.confidence = row.confidence, s.attributed_to = row.attributed_to,
    s.sentence = row.sentence, s.start = row.start, s.end = row.end, s.rule = row.rule,
    s.relation_text = row.relation_text
MERGE (s)-[:SUBJECT]->(x)
MERGE (s)-[:OBJECT]->(y)
MERGE (s)-[:FROM]->(a)
