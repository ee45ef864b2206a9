// Which of the given article ids the database already holds. Parameter: $ids.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id
