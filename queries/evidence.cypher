// The sentences behind one relation: every statement of subject|predicate|object, with its
// article. Each end is an actor's name, alias or id, in any case (`NATO|pressure|Russia`,
// `rutte|meet|trump`); the `triple` property of an edge in Neo4j Browser
// (`mark-rutte|meet|donald-trump`) works as it is.
//
// Parameters:
//   $triple: triple  subject|predicate|object, e.g. NATO|pressure|Russia
WITH [part IN split($triple, '|') | trim(part)] AS part
WHERE size(part) = 3
MATCH (x:Entity)
WHERE x.id = part[0] OR x.name_key = toLower(part[0]) OR toLower(part[0]) IN x.alias_keys
MATCH (y:Entity)
WHERE y.id = part[2] OR y.name_key = toLower(part[2]) OR toLower(part[2]) IN y.alias_keys
MATCH (s:Statement {triple: x.id + '|' + replace(toLower(part[1]), ' ', '_') + '|' + y.id})-[:FROM]->(a:Article)
RETURN a.published AS published, a.id AS article, a.title AS title, s.negated AS negated,
       s.modality AS modality, s.attributed_to AS attributed_to, s.sentence AS sentence
ORDER BY published, article, s.start
