// Before an article is (re)loaded: drop its MENTIONS and return the entities they pointed to,
// which are pruned at the end if no article mentions them any more.
UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->(e:Entity)
WITH m, e.id AS entity
DELETE m
RETURN DISTINCT entity
