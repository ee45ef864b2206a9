// Constraints and indexes of the kg graph model (schemas/neo4j/README.md).
// Applied by `kg init-db` and before every `kg load`; each statement is idempotent.

// The keys every load MERGEs on: one node per canonical entity key, article and statement.
CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT kg_article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT kg_statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;

// Case-insensitive lookup by name: name_key is toLower(name) (queries/*.cypher compare
// it with toLower($name)); the full-text index serves fuzzy search over names and aliases
// (queries/search.cypher).
CREATE INDEX kg_entity_name_key IF NOT EXISTS FOR (e:Entity) ON (e.name_key);
CREATE FULLTEXT INDEX kg_entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.alias_text];

// A triple's statements, found by the loader when it recomputes the aggregate edge and by
// queries that go from an edge (r.triple) to its sentences.
CREATE INDEX kg_statement_triple IF NOT EXISTS FOR (s:Statement) ON (s.triple);
CREATE INDEX kg_statement_predicate IF NOT EXISTS FOR (s:Statement) ON (s.predicate);

// Entity resolution at load time (kg.store.known): the MENTIONS holding a key, or a key's
// last word, which a short form ("Blair") shares with its full name ("Tony Blair").
CREATE INDEX kg_mentions_key IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.key);
CREATE INDEX kg_mentions_tail IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.tail);

// Timelines and date filters.
CREATE INDEX kg_article_published IF NOT EXISTS FOR (a:Article) ON (a.published);
