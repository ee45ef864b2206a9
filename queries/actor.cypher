// Everything about one actor: each relation it takes part in, as subject or object,
// with how often and where it was read, and the first sentence that says it.
// The actor is found by name or alias in any case.
//
// Parameters:
//   $name: actor  the actor's name or one of its aliases
MATCH (e:Entity)
WHERE e.name_key = toLower($name) OR toLower($name) IN e.alias_keys
MATCH (e)-[r]-(:Entity)
WITH DISTINCT r
RETURN startNode(r).name AS subject, r.predicate AS predicate, endNode(r).name AS object,
       r.mentions AS mentions, r.articles AS articles, r.facts AS facts, r.negated AS negated,
       r.first_seen AS first_seen, r.last_seen AS last_seen, r.evidence AS evidence
ORDER BY mentions DESC, subject, predicate, object
