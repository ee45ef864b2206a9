// Everything extracted from one article: each statement in the order of the text, with
// its qualifiers and sentence.
//
// Parameters:
//   $article: article  the article id (as in triples.jsonl: evidence.doc_id / article.id)
MATCH (a:Article {id: $article})<-[:FROM]-(s:Statement)
MATCH (x:Entity)<-[:SUBJECT]-(s)-[:OBJECT]->(y:Entity)
RETURN s.start AS start, x.name AS subject, s.predicate AS predicate, y.name AS object,
       s.negated AS negated, s.modality AS modality, s.attributed_to AS attributed_to,
       s.confidence AS confidence, s.sentence AS sentence
ORDER BY start, subject, predicate, object
