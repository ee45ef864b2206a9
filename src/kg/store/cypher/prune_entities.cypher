// Entities no article mentions any more (after re-extraction) go; the rest stay.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)<-[:MENTIONS]-(:Article)
DETACH DELETE e
