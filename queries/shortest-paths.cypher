// Shortest paths between two actors through relation edges (either direction, at most six
// hops), written out as "A -predicate-> B <-predicate- C".
// Each actor is found by name or alias in any case.
//
// Parameters:
//   $a: actor        one actor's name or alias
//   $b: actor        the other actor's name or alias
//   $limit: integer  how many paths (default 25)
MATCH (a:Entity)
WHERE a.name_key = toLower($a) OR toLower($a) IN a.alias_keys
MATCH (b:Entity)
WHERE (b.name_key = toLower($b) OR toLower($b) IN b.alias_keys) AND b <> a
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
WITH p, nodes(p) AS n, relationships(p) AS r
RETURN length(p) AS hops,
       reduce(text = n[0].name, i IN range(0, size(r) - 1) |
              text + CASE WHEN startNode(r[i]) = n[i] THEN ' -' + r[i].predicate + '-> '
                          ELSE ' <-' + r[i].predicate + '- ' END + n[i + 1].name) AS path
ORDER BY hops, path
LIMIT toInteger($limit)
