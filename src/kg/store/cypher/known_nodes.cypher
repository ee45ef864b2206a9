// The entity nodes resolution must see before a batch is written: those with the given
// ids, those holding a MENTIONS with one of the given keys (resolution keeps a key in one
// node: the first found is it) or key tails (the last word, which a short form shares with
// its full name), and those the given articles mention.
// Index seeks on the MENTIONS key and tail (schemas/neo4j/constraints.cypher), hinted: the
// plan must not depend on the statistics of an empty database.
CALL () {
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  RETURN e.id AS node
  UNION
  UNWIND $keys AS key
  CALL (key) {
    MATCH (:Article)-[m:MENTIONS {key: key}]->(e:Entity)
    USING INDEX m:MENTIONS(key)
    RETURN e.id AS node LIMIT 1
  }
  RETURN node
  UNION
  UNWIND $tails AS tail
  MATCH (:Article)-[m:MENTIONS {tail: tail}]->(e:Entity)
  USING INDEX m:MENTIONS(tail)
  RETURN e.id AS node
  UNION
  UNWIND $articles AS article
  MATCH (:Article {id: article})-[:MENTIONS]->(e:Entity)
  RETURN e.id AS node
}
RETURN DISTINCT node
