// One actor and its neighbours as a graph, for Neo4j Browser (`kg query` prints the nodes
// by name and the edges as subject-[:TYPE]->object). Found by name or alias in any case.
//
// Parameters:
//   $name: actor     the actor's name or one of its aliases
//   $limit: integer  how many edges (default 50)
MATCH (e:Entity)
WHERE e.name_key = toLower($name) OR toLower($name) IN e.alias_keys
MATCH (e)-[r]-(other:Entity)
RETURN e AS actor, r AS relation, other
ORDER BY other.name, type(r), startNode(r) = e DESC
LIMIT toInteger($limit)
