// Constraints and indexes of the kg graph model (schemas/neo4j/README.md).
// Applied by `kg init-db` and before every `kg load`; each statement is idempotent.
CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT kg_article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT kg_statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;
// Case-insensitive name lookups: name_key is the lower-cased name.
CREATE INDEX kg_entity_name_key IF NOT EXISTS FOR (e:Entity) ON (e.name_key);
CREATE FULLTEXT INDEX kg_entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.alias_text];
CREATE INDEX kg_statement_predicate IF NOT EXISTS FOR (s:Statement) ON (s.predicate);
CREATE INDEX kg_article_published IF NOT EXISTS FOR (a:Article) ON (a.published);
