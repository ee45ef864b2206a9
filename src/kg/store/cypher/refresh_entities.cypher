// After articles were replaced or re-pointed: delete the given entities that no article
// mentions any more (resolution set the properties of the others).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { MATCH (e)<-[:MENTIONS]-() }
DETACH DELETE e
