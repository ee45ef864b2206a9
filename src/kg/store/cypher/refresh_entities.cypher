// After articles were reloaded: recompute the entities they mentioned from the MENTIONS
// left (the most frequent name and type, ties broken alphabetically; every other name
// and alias as aliases), and delete those no article mentions any more.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH e,
     COLLECT { MATCH (e)<-[m:MENTIONS]-() WITH m.name AS name, count(*) AS n
               RETURN name ORDER BY n DESC, name LIMIT 1 } AS names,
     COLLECT { MATCH (e)<-[m:MENTIONS]-() WITH m.type AS type, count(*) AS n
               RETURN type ORDER BY n DESC, type LIMIT 1 } AS types,
     COLLECT { MATCH (e)<-[m:MENTIONS]-() UNWIND [m.name] + coalesce(m.aliases, []) AS alias
               RETURN DISTINCT alias ORDER BY alias } AS names_seen
CALL (e, names) {
  WITH * WHERE size(names) = 0
  DETACH DELETE e
}
WITH e, names[0] AS name, types[0] AS type, [a IN names_seen WHERE a <> names[0]] AS aliases
WHERE name IS NOT NULL
FOREACH (_ IN CASE WHEN e.type <> type THEN [1] ELSE [] END | REMOVE e:$(e.type) SET e:$(type))
SET e.name = name, e.type = type, e.aliases = CASE WHEN size(aliases) > 0 THEN aliases END,
    e.name_key = toLower(name), e.alias_keys = CASE WHEN size(aliases) > 0 THEN [a IN aliases | toLower(a)] END, e.alias_text = reduce(text = '', a IN aliases | text + a + ' ')
