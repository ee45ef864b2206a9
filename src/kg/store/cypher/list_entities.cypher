// Every entity for review (kg entities --from-neo4j): its names as the articles wrote them,
// each with the number of articles and the rule that made it the entity's (MENTIONS.rule),
// the names merged within an article (MENTIONS.aliases), the articles that mention it and
// the statements it is the subject or object of.
MATCH (e:Entity)
CALL (e) {
  MATCH (e)<-[m:MENTIONS]-(a:Article)
  WITH m.name AS name, m.rule AS rule, count(DISTINCT a) AS n
  RETURN collect({name: name, rule: rule, articles: n}) AS names
}
CALL (e) {
  MATCH (e)<-[m:MENTIONS]-(a:Article)
  UNWIND coalesce(m.aliases, []) AS alias
  WITH alias, count(DISTINCT a) AS n
  RETURN collect({name: alias, articles: n}) AS aliases
}
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.ids, []) AS ids,
       COUNT { MATCH (e)<-[:MENTIONS]-(a:Article) RETURN DISTINCT a } AS articles,
       COUNT { (e)<-[:SUBJECT|OBJECT]-(:Statement) } AS mentions, names, aliases
