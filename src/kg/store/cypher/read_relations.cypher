// Every statement with its article and its subject and object as the entities of the graph
// (name, type and aliases as resolution gave them), for kg.store.read.read_relations.
MATCH (s:Statement)-[:FROM]->(a:Article)
MATCH (s)-[:SUBJECT]->(x:Entity)
MATCH (s)-[:OBJECT]->(y:Entity)
RETURN properties(s) AS statement, properties(a) AS article,
       {id: x.id, name: x.name, type: x.type, aliases: x.aliases} AS subject,
       {id: y.id, name: y.name, type: y.type, aliases: y.aliases} AS object
ORDER BY a.id, s.start, s.id
