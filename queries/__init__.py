"""The Cypher library: one question per .cypher file, run with `kg query NAME`."""
