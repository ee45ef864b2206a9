// Relations between two actors, in both directions, with their counts and first sentence.
// Each actor is found by name or alias in any case.
//
// Parameters:
//   $a: actor  one actor's name or alias
//   $b: actor  the other actor's name or alias
MATCH (a:Entity)
WHERE a.name_key = toLower($a) OR toLower($a) IN a.alias_keys
MATCH (b:Entity)
WHERE b.name_key = toLower($b) OR toLower($b) IN b.alias_keys
MATCH (a)-[r]-(b)
WITH DISTINCT r
RETURN startNode(r).name AS subject, r.predicate AS predicate, endNode(r).name AS object,
       r.mentions AS mentions, r.articles AS articles, r.facts AS facts, r.negated AS negated,
       r.first_seen AS first_seen, r.last_seen AS last_seen, r.evidence AS evidence
ORDER BY mentions DESC, subject, predicate, object
