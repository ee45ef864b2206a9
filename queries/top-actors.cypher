// Top actors by degree: the entities taking part in the most distinct relations
// (subject, predicate, object), in either direction; ties go to the one with more
// supporting statements, then by name.
//
// Parameters:
//   $limit: integer  how many actors (default 10)
MATCH (e:Entity)
CALL (e) {
  MATCH (e)-[r]-(:Entity)
  RETURN count(r) AS relations, sum(r.mentions) AS statements
}
WITH e, relations, statements
WHERE relations > 0
RETURN e.name AS actor, e.type AS type, relations, statements,
       COUNT { (e)<-[:MENTIONS]-(:Article) } AS articles
ORDER BY relations DESC, statements DESC, actor
LIMIT toInteger($limit)
