// Which entities each article mentions, and how the article's extraction named them
// (name, type, aliases): the record read_relations gives back for that article.
// detach_articles removed the articles' old MENTIONS in the same transaction.
// Rows: {article, entity, name, type, aliases}.
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (e:Entity {id: row.entity})
CREATE (a)-[:MENTIONS {name: row.name, type: row.type, aliases: row.aliases}]->(e)
