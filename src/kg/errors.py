"""One error root for the library; the CLI turns these into one-line messages."""


class KGError(Exception):
    """Base of every error kg raises on purpose. The message says what to do."""


class InputError(KGError):
    """An input file or record cannot be read (names the file, and the line for JSONL)."""


class ModelError(KGError):
    """The spaCy pipeline cannot be loaded."""


class SchemaError(KGError):
    """A triples record does not match schemas/triple.schema.json."""


class DatabaseError(KGError):
    """Neo4j is unreachable, refuses the credentials, or a write failed."""


class QueryError(KGError):
    """A Cypher query from queries/ cannot be found or run."""


class RDFError(KGError):
    """An RDF file cannot be read back into relations, or an IRI cannot be minted."""
