// Articles whose id or title holds the given text, in any case, exact ids first; then, when
// none does, a few ids to show what they look like. Used to explain an empty query answer.
// Parameters: $article, a text.
OPTIONAL MATCH (a:Article)
WHERE toLower(a.id) CONTAINS toLower($article) OR toLower(coalesce(a.title, '')) CONTAINS toLower($article)
WITH a ORDER BY toLower(a.id) = toLower($article) DESC, a.id LIMIT 5
WITH collect(a {.id, .title}) AS near
OPTIONAL MATCH (b:Article)
WITH near, b ORDER BY b.id LIMIT 3
RETURN near, collect(b.id) AS examples
