// The relation edges between two sets of entities, either direction: what does link a
// subject and an object when the asked-for triple does not. Used to explain an empty
// query answer. Parameters: $a and $b, lists of entity ids.
MATCH (x:Entity)-[r]-(y:Entity)
WHERE x.id IN $a AND y.id IN $b
RETURN DISTINCT startNode(r).name AS subject, r.predicate AS predicate, endNode(r).name AS object
ORDER BY subject, predicate, object
LIMIT 10
