// The sentences behind one relation edge: every statement of the triple, with its article.
// In Neo4j Browser, click an edge and copy its `triple` property
// (`:param triple => 'mark-rutte|meet|donald-trump'`).
//
// Parameters:
//   $triple  the edge's triple key: subject id|predicate|object id
MATCH (s:Statement {triple: $triple})-[:FROM]->(a:Article)
RETURN a.published AS published, a.id AS article, a.title AS title, s.negated AS negated,
       s.modality AS modality, s.attributed_to AS attributed_to, s.sentence AS sentence
ORDER BY published, article, s.start
