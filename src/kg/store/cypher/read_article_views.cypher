// The relations of the given articles with each end as the article saw it (the key, name,
// type and aliases of its MENTIONS; the statement's subject_key / object_key say which
// key when the article's key is not the entity's id), for re-resolving those articles.
UNWIND $ids AS id
MATCH (a:Article {id: id})<-[:FROM]-(s:Statement)
MATCH (s)-[:SUBJECT]->(x:Entity)<-[mx:MENTIONS]-(a)
WHERE coalesce(mx.key, x.id) = coalesce(s.subject_key, x.id)
MATCH (s)-[:OBJECT]->(y:Entity)<-[my:MENTIONS]-(a)
WHERE coalesce(my.key, y.id) = coalesce(s.object_key, y.id)
RETURN properties(s) AS statement, properties(a) AS article,
       {id: coalesce(mx.key, x.id), name: mx.name, type: mx.type, aliases: mx.aliases} AS subject,
       {id: coalesce(my.key, y.id), name: my.name, type: my.type, aliases: my.aliases} AS object
ORDER BY a.id, s.start, s.id
