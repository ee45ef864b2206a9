"""Writing the model to Neo4j: rows (pure) in `rows`, the driver calls in `neo4j`."""
