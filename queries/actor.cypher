// Everything about one actor: its relations in both directions, with the evidence sentence.
// Parameters: $name (the actor's name or an alias, any case).
MATCH (e:Entity)
WHERE e.name_key = toLower($name) OR toLower($name) IN [a IN coalesce(e.aliases, []) | toLower(a)]
MATCH (x:Entity)<-[:SUBJECT]-(s:Statement)-[:OBJECT]->(y:Entity)
WHERE x = e OR y = e
MATCH (s)-[:FROM]->(a:Article)
RETURN x.name AS subject, s.predicate AS predicate, y.name AS object, s.negated AS negated,
       s.modality AS modality, a.id AS article, s.sentence AS evidence
ORDER BY article, s.start, subject, predicate, object
