// Every statement with its subject, object and article, in a stable order, for the exporters.
MATCH (s:Statement)-[:FROM]->(a:Article)
MATCH (s)-[:SUBJECT]->(x:Entity)
MATCH (s)-[:OBJECT]->(y:Entity)
RETURN properties(s) AS statement, properties(x) AS subject, properties(y) AS object, properties(a) AS article
ORDER BY a.id, s.start, s.id
