// Who said what: every claim attributed to one actor — what it is quoted or reported as
// saying, and what it told someone (its `say` relations) — with the sentence and the date
// (the relation's own date, else the article's), oldest first, undated last. The speaker is
// found by name or alias in any case.
//
// Parameters:
//   $name: actor  the speaker's name or one of its aliases
OPTIONAL MATCH (e:Entity)
WHERE e.name_key = toLower($name) OR toLower($name) IN e.alias_keys
WITH collect(e) AS speakers
WITH speakers, [toLower($name)] + [e IN speakers | e.name_key] +
               reduce(keys = [], e IN speakers | keys + coalesce(e.alias_keys, [])) AS names
MATCH (s:Statement)
WHERE toLower(s.attributed_to) IN names
   OR (s.predicate = 'say' AND EXISTS { MATCH (s)-[:SUBJECT]->(x) WHERE x IN speakers })
MATCH (x:Entity)<-[:SUBJECT]-(s)-[:OBJECT]->(y:Entity)
MATCH (s)-[:FROM]->(a:Article)
RETURN coalesce(s.time_date, a.published) AS date, a.id AS article, a.title AS title,
       coalesce(s.attributed_to, x.name) AS speaker, x.name AS subject, s.predicate AS predicate,
       y.name AS object, s.negated AS negated, s.modality AS modality, s.sentence AS sentence
ORDER BY date, article, s.start, subject, predicate, object
