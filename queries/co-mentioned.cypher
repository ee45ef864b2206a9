// Actors mentioned together in the same articles: pairs of entities named by at least
// $min_articles common articles, most shared articles first.
//
// Parameters:
//   $min_articles: integer  the fewest articles a pair must share (default 2)
//   $limit: integer         how many pairs (default 25)
MATCH (x:Entity)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(y:Entity)
WHERE x.id < y.id
WITH x, y, a ORDER BY a.id
WITH x, y, collect(a.id) AS article_ids
WHERE size(article_ids) >= toInteger($min_articles)
RETURN x.name AS actor, y.name AS other, size(article_ids) AS articles, article_ids
ORDER BY articles DESC, actor, other
LIMIT toInteger($limit)
