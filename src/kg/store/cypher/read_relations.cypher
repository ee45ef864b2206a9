// Every statement with its article and, for subject and object, the entity as that
// article named it (its MENTIONS), for kg.store.read.read_relations.
MATCH (s:Statement)-[:FROM]->(a:Article)
MATCH (s)-[:SUBJECT]->(x:Entity)<-[mx:MENTIONS]-(a)
MATCH (s)-[:OBJECT]->(y:Entity)<-[my:MENTIONS]-(a)
RETURN properties(s) AS statement, properties(a) AS article,
       {id: x.id, name: mx.name, type: mx.type, aliases: mx.aliases} AS subject,
       {id: y.id, name: my.name, type: my.type, aliases: my.aliases} AS object
ORDER BY a.id, s.start, s.id
