// What the database says of each key of the given entity nodes, for resolution: per key,
// name and type, the number of articles that name it so, and their aliases. Articles in
// $skip are left out (the batch replaces them). Rows: node, key, name, type, n, aliases.
UNWIND $nodes AS id
MATCH (e:Entity {id: id})<-[m:MENTIONS]-(a:Article)
WHERE NOT a.id IN $skip
WITH e.id AS node, coalesce(m.key, e.id) AS key, m.name AS name, m.type AS type, m
WITH node, key, name, type, count(*) AS n, collect(m.aliases) AS lists
RETURN node, key, name, type, n,
       COLLECT { UNWIND lists AS list UNWIND list AS alias RETURN DISTINCT alias } AS aliases
