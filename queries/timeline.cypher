// One actor's timeline: every statement about it, as subject or object, by publication
// date (undated articles last), with the sentence. Found by name or alias in any case.
//
// Parameters:
//   $name: actor  the actor's name or one of its aliases
MATCH (e:Entity)
WHERE e.name_key = toLower($name) OR toLower($name) IN e.alias_keys
MATCH (e)<-[:SUBJECT|OBJECT]-(s:Statement)
WITH DISTINCT s
MATCH (x:Entity)<-[:SUBJECT]-(s)-[:OBJECT]->(y:Entity)
MATCH (s)-[:FROM]->(a:Article)
RETURN a.published AS published, a.id AS article, a.title AS title, x.name AS subject,
       s.predicate AS predicate, y.name AS object, s.negated AS negated, s.modality AS modality,
       s.sentence AS sentence
ORDER BY published, article, s.start, subject, predicate, object
