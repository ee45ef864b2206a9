"""Helpers shared by tests: the `kg` command run as a user runs it, the fixture entities and
the `relation()` factory of loader, query and report tests, and extraction of short texts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from kg.model import Article, ArticleMeta, Entity, Evidence, Relation

ROOT = Path(__file__).resolve().parents[1]


def kg(
    *args: str,
    stdin: str | None = None,
    check: bool = False,
    cwd: Path = ROOT,
    env: dict[str, str] | None = None,
    timeout: float = 600,
) -> subprocess.CompletedProcess[str]:
    """Run `python -m kg ARGS` in a fresh process, as a user would; output as text.

    Args:
        stdin: text sent to the command's standard input.
        check: raise `AssertionError` (with the command's stderr) unless it exits 0.
        env: variables set on top of this process's environment.
    """
    result = subprocess.run(
        [sys.executable, "-m", "kg", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=timeout,
        env=None if env is None else {**os.environ, **env},
    )
    if check and result.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} exited {result.returncode}: {result.stderr}")
    return result


def relations_of(text: str, doc_id: str = "t", **meta: str) -> list[Relation]:
    """Extract the relations of one text with the default pipeline."""
    from kg.extract import extract_relations  # spaCy: only the tests that extract pay for it

    article = Article(ArticleMeta(id=doc_id, **meta), text)
    [(_, relations)] = list(extract_relations([article]))
    return relations


def triples_of(text: str) -> set[tuple[str, str, str]]:
    """The (subject name, predicate, object name) of every relation in `text`."""
    return {(r.subject.name, r.predicate, r.object.name) for r in relations_of(text)}


# --- fixture relations --------------------------------------------------------------

RUTTE = Entity("mark-rutte", "Mark Rutte", "Person", ("Rutte",))
TRUMP = Entity("donald-trump", "Donald Trump", "Person", ("Trump",))
NATO = Entity("nato", "NATO", "Organization")
RUSSIA = Entity("russia", "Russia", "Country")
GERMANY = Entity("germany", "Germany", "Country")
ZELENSKY = Entity("volodymyr-zelensky", "Volodymyr Zelensky", "Person", ("Zelensky",))
EU = Entity("european-union", "European Union", "Organization")
KREMLIN = Entity("kremlin", "Kremlin", "Organization")
REUTERS = Entity("reuters", "Reuters", "Organization")


def relation(
    subject: Entity,
    predicate: str,
    obj: Entity,
    doc: str = "a1",
    start: int = 0,
    *,
    published: str | None = ...,
    **qualifiers: Any,
) -> Relation:  # type: ignore[assignment]
    """A relation read in article `doc` at offset `start`, its sentence "<subject> <predicate> <object>.".

    The article is titled "Article <doc>", at https://news.example/<doc>, from source "test",
    published on 2025-01-0N when `doc` ends in the digit N (else undated) unless `published`
    is given. `qualifiers` are `Relation` fields (negated=True, modality="hedged", ...).
    """
    if published is ...:
        published = f"2025-01-0{doc[-1]}" if doc[-1:].isdigit() else None
    sentence = f"{subject.name} {predicate} {obj.name}."
    meta = ArticleMeta(
        doc, title=f"Article {doc}", url=f"https://news.example/{doc}", published=published, source="test"
    )
    return Relation(
        subject, predicate, obj, Evidence(doc, sentence, start, start + len(sentence), "test"), meta, **qualifiers
    )
