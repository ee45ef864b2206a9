// Top actors by degree: the entities taking part in the most relations (either direction).
// Parameters: $limit (integer, default 10).
MATCH (e:Entity)
OPTIONAL MATCH (e)<-[:SUBJECT|OBJECT]-(s:Statement)
WITH e, count(s) AS statements
WHERE statements > 0
RETURN e.name AS actor, e.type AS type, statements
ORDER BY statements DESC, actor
LIMIT coalesce(toInteger($limit), 10)
