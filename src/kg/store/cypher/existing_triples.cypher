// Which of the given triples statements already in the database support (other
// articles', or those a reloaded article keeps), asked after detach_articles and before
// the batch writes its statements: their aggregate edges exist and refresh_aggregates
// recomputes them; the others are new and create_aggregates writes them from the batch.
// One Statement.triple index seek per triple (hinted: the plan must not depend on the
// statistics of an empty database), where looking for the edge itself would expand
// every relationship of the subject. Parameter: $triples, a list of triple keys.
UNWIND $triples AS triple
WITH triple WHERE EXISTS { MATCH (s:Statement {triple: triple}) USING INDEX s:Statement(triple) }
RETURN triple
