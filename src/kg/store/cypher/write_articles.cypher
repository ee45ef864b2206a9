// The articles, their MENTIONS and their new statements. detach_articles removed the
// articles' old MENTIONS and stale statements in the same transaction; statements
// already present (same id) are updated by update_statements instead.
//
// (:Article) metadata is replaced by the latest load (a null removes a property).
// MENTIONS carry the article's view of the entity (kg.store.identity): the key, name,
// type and aliases the article gave it, the rule that made it part of this entity (null:
// its own name) and the key's last word (tail), by which the loader finds short forms.
// An article may view one entity under several keys. An empty list is not stored
// (kg.store.rows._property says why).
// A :Statement per sentence that supports a relation, linked to subject, object and
// article; its id (kg.store.rows.statement_id) hashes what it says and where.
// Rows: {id, properties, mentions: [{entity, key, name, type, aliases, rule, tail}],
//        statements: [{id, subject, object, properties}]}; a statement's properties include
//        its id and triple.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.properties
WITH a, row
CALL (a, row) {
  UNWIND row.mentions AS m
  MATCH (e:Entity {id: m.entity})
  CREATE (a)-[:MENTIONS {name: m.name, type: m.type, aliases: CASE WHEN size(m.aliases) > 0 THEN m.aliases END,
                         key: m.key, rule: m.rule, tail: m.tail}]->(e)
}
CALL (a, row) {
  UNWIND row.statements AS st
  MATCH (x:Entity {id: st.subject})
  MATCH (y:Entity {id: st.object})
  CREATE (s:Statement)
  SET s = st.properties
  CREATE (s)-[:SUBJECT]->(x), (s)-[:OBJECT]->(y), (s)-[:FROM]->(a)
}
