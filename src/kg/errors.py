"""One error root for the library, and one protocol for bad input: batch work takes
`on_error="raise"|"skip"` and hands each skipped input's error to one `OnSkip` callback.
The CLI turns these errors into one-line messages."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Literal

#: What batch work (reading, extracting, loading, exporting) does with an input it cannot
#: use: "raise" its error at once, or "skip" it (the error goes to `on_skip`) and go on.
OnError = Literal["raise", "skip"]
ON_ERROR: tuple[OnError, ...] = ("raise", "skip")


class KGError(Exception):
    """Base of every error kg raises on purpose. The message says what to do."""


#: Called with the error of every input passed over under on_error="skip"; the error's
#: message names the file (and line) or the article.
OnSkip = Callable[[KGError], None]


class InputError(KGError):
    """An input file or record cannot be read (names the file, and the line for JSONL)."""


class ModelError(KGError):
    """The spaCy pipeline cannot be loaded."""


class SchemaError(KGError):
    """A record does not fit kg's schemas (schemas/triple.schema.json, a predicate, an entity type)."""


class PredicateError(SchemaError, ValueError):
    """A predicate that is not a plain identifier (lower-case letters, digits, underscores)."""


class ArticleError(KGError):
    """An article kg passes over whole: its message names it (`article 'ID': cause`)."""

    def __init__(self, article_id: str, cause: str, *, where: str | None = None) -> None:
        super().__init__(f"{where or f'article {article_id!r}'}: {cause}")
        self.article_id = article_id
        self.cause = cause
        self.where = where

    def __reduce__(self) -> tuple[Callable[..., ArticleError], tuple[type[ArticleError], str, str, str | None]]:
        return _article_error, (type(self), self.article_id, self.cause, self.where)


def _article_error(cls: type[ArticleError], article_id: str, cause: str, where: str | None) -> ArticleError:
    return cls(article_id, cause, where=where)


class ArticleSchemaError(ArticleError, SchemaError):
    """An article holding a relation that cannot be loaded (a predicate, an entity type)."""


class ExtractionError(ArticleError):
    """An article whose extraction failed; its message names the article's file and id."""


class DatabaseError(KGError):
    """Neo4j is unreachable, refuses the credentials, or a write failed."""


class QueryError(KGError):
    """A Cypher query from queries/ cannot be found or run."""


class RDFError(KGError):
    """An RDF file cannot be read back into relations, or an IRI cannot be minted."""


class ImportFileError(KGError):
    """A value the neo4j-admin import files cannot carry (it holds the array delimiter)."""


class OptionError(KGError, ValueError):
    """A function of kg was given a choice it does not know (an RDF format, an engine, on_error)."""


def check_on_error(on_error: str) -> None:
    """Raise `OptionError` unless `on_error` is "raise" or "skip"."""
    if on_error not in ON_ERROR:
        raise OptionError(f"on_error must be 'raise' or 'skip', not {on_error!r}")


def skip_or_raise(error: KGError, on_error: OnError, on_skip: OnSkip | None) -> None:
    """The protocol in one place: raise `error`, or hand it to `on_skip` (when given) so the caller goes on."""
    if on_error == "raise":
        raise error
    if on_skip is not None:
        on_skip(error)


def unknown_choice(kind: str, name: str, choices: Iterable[str]) -> OptionError:
    """The error for an unknown `name` of `kind` ("RDF format"), naming the choices.

    >>> str(unknown_choice("RDF engine", "jena", ["stream", "rdflib"]))
    "unknown RDF engine 'jena'; choose from stream, rdflib"
    """
    return OptionError(f"unknown {kind} {name!r}; choose from {', '.join(choices)}")
