// Who does <predicate> to whom: every relation edge of one predicate from the vocabulary
// (schemas/relations.json), most often reported first.
//
// Parameters:
//   $predicate: predicate  a predicate name, e.g. meet, criticize, sanction
//   $limit: integer        how many rows (default 25)
MATCH (x:Entity)-[r:$(toUpper($predicate))]->(y:Entity)
RETURN x.name AS subject, y.name AS object, r.mentions AS mentions, r.articles AS articles,
       r.facts AS facts, r.negated AS negated, r.first_seen AS first_seen, r.last_seen AS last_seen
ORDER BY mentions DESC, subject, object
LIMIT toInteger($limit)
