"""Schemas shipped with kg: relation vocabulary, JSON Schema, ontology, shapes, Neo4j constraints."""
