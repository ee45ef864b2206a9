// Find actors by their name or aliases, forgiving typing: each word counts when it matches
// a word of a name whole, as its beginning (`rut` finds Mark Rutte) or with a typo or two
// (`putn` finds Putin), best match first. Text holding Lucene syntax (`rut*`, `putn~`,
// `"mark rutte"`, AND, OR) goes to the full-text index kg_entity_names as it is.
//
// Parameters:
//   $text: text      what to look for
//   $limit: integer  how many actors (default 10)
WITH trim($text) AS text
WITH text, text =~ '.*([*?~"]|\\bAND\\b|\\bOR\\b|\\bNOT\\b).*' AS lucene,
     [word IN split(reduce(t = toLower(text), c IN ['\\', '+', '-', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~',
                                                    '*', '?', ':', '/', '&', '|', ',', '.', ';', "'"] |
                           replace(t, c, ' ')), ' ') WHERE word <> ''] AS words
WITH CASE WHEN lucene THEN text
          ELSE reduce(q = '', w IN words | q + ' (' + w + '^4 OR ' + w + '*^2' +
                      CASE WHEN size(w) >= 5 THEN ' OR ' + w + '~' WHEN size(w) >= 3 THEN ' OR ' + w + '~1'
                           ELSE '' END + ')')
     END AS query
WHERE trim(query) <> ''
CALL db.index.fulltext.queryNodes('kg_entity_names', query) YIELD node, score
RETURN node.name AS name, node.type AS type, node.aliases AS aliases
ORDER BY score DESC, name
LIMIT toInteger($limit)
