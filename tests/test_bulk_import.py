"""`kg export --format neo4j-import` + the pinned Neo4j's own import tool give the graph `kg load` writes.

Integration: the example articles and a hostile article are loaded with `kg load` into
the session's server, exported as import files, imported with `neo4j-admin database
import full` into the home of a second local server, and both databases are compared
node by node and relationship by relationship, property types included.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.model import ArticleMeta, Entity, Evidence, Relation, TimeRef
from kg.records import write_relations
from kg.store.bulk_import import ARRAY_DELIMITER, ImportFileError, write_import_files

HOSTILE = [
    'Seamus "the Fox" O\'Brien, Jr.',
    "Line\nbreak; and semi;colons",
    'back\\slash \\" and \\n',
    "Zoë 🦊 Ψ, \r\ncarriage",
    "  padded  ",
]

# Every element and its properties, with Cypher value types (so 1 and 1.0 differ).
NODES = """
MATCH (n)
RETURN labels(n) AS labels, [k IN keys(n) | [k, n[k], valueType(n[k])]] AS properties
"""
RELATIONSHIPS = """
MATCH (x)-[r]->(y)
RETURN type(r) AS type, x.id AS start, y.id AS end, [k IN keys(r) | [k, r[k], valueType(r[k])]] AS properties
"""


def hostile_relations() -> list[Relation]:
    """One article whose names, aliases, sentence and metadata hold quotes, commas, newlines,
    semicolons, backslashes and emoji; some with aliases, arguments and attribution, some without."""
    meta = ArticleMeta(
        'hostile "one", two;\nthree',
        title='Title with "quotes", commas; and\nnewline 🦊',
        url='https://news.example/a,b;c?q="x"',
        published="2025-03-05",
        source="C:\\news\\a.txt",
    )
    people = [
        Entity(f"hostile-{i}", name, "Person", aliases=(HOSTILE[(i + 1) % len(HOSTILE)],) if i % 2 else ())
        for i, name in enumerate(HOSTILE)
    ]
    country = Entity("ruritania", "Ruritania", "Country", aliases=('Ruritania; the "Kingdom"', "R\\land"))
    relations = []
    for i, person in enumerate(people):
        sentence = f'{person.name} met {country.name}, said "someone";\nthen left \\ {i}.'
        relations.append(
            Relation(
                person,
                "meet",
                country,
                Evidence(meta.id, sentence, i * 100, i * 100 + len(sentence), "hostile"),
                meta,
                negated=i == 3,
                modality="hedged" if i == 2 else "asserted",
                confidence=0.5 + i / 10,
                attributed_to=HOSTILE[i] if i % 2 else None,
                relation_text="met",
                time=TimeRef('on "Tuesday"', "2025-03-04") if i == 1 else None,
                arguments=(f"in {HOSTILE[i]}", "a;b") if i == 4 else (),
                open=i == 4,
            )
        )
    relations.append(
        Relation(
            country, "sanction", people[0], Evidence(meta.id, "Ruritania sanctioned him.", 900, 925, "hostile"), meta
        )
    )
    return relations


def snapshot(driver, database: str) -> tuple[list, list]:
    nodes = sorted(
        repr((sorted(r["labels"]), sorted(map(tuple, r["properties"]))))
        for r in driver.execute_query(NODES, database_=database).records
    )
    relationships = sorted(
        repr((r["type"], r["start"], r["end"], sorted(map(tuple, r["properties"]))))
        for r in driver.execute_query(RELATIONSHIPS, database_=database).records
    )
    return nodes, relationships


def run_import_script(neo4j_local, jars: list[Path], home: Path, folder: Path) -> None:
    """`folder/import.sh` with the pinned Neo4j's admin tool as NEO4J_ADMIN, for the server home `home`."""
    (home / "conf").mkdir(parents=True, exist_ok=True)
    (home / "conf" / "neo4j.conf").touch()
    classpath = os.pathsep.join(f"{folder}{os.sep}*" for folder in jars)
    admin = home / "neo4j-admin"
    admin.write_text(
        f"#!/bin/sh\nexec {shlex.quote(neo4j_local.java_executable())} -cp {shlex.quote(classpath)} "
        f'org.neo4j.cli.AdminTool "$@"\n'
    )
    admin.chmod(0o755)
    result = subprocess.run(
        [str(folder / "import.sh"), "neo4j"],
        env={**os.environ, "NEO4J_ADMIN": str(admin), "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")},
        cwd=home,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]


def test_imported_database_equals_loaded_one(
    example_relations, neo4j_db, neo4j_settings, neo4j_local, neo4j_jars, tmp_path
):
    import neo4j

    triples = tmp_path / "triples.jsonl"
    with open(triples, "w", encoding="utf-8") as stream:
        write_relations([*example_relations, *hostile_relations()], stream)
    runner = CliRunner()
    loaded = runner.invoke(cli, ["load", str(triples)])
    assert loaded.exit_code == 0, loaded.output
    exported = runner.invoke(
        cli, ["export", "--format", "neo4j-import", "--input", str(triples), "-o", str(tmp_path / "import")]
    )
    assert exported.exit_code == 0, exported.output
    assert "kg init-db" in exported.output
    home = tmp_path / "home"
    run_import_script(neo4j_local, neo4j_jars, home, tmp_path / "import")

    expected = snapshot(neo4j_db, neo4j_settings.database)
    with neo4j_local.LocalNeo4j(home) as settings:
        with neo4j.GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password)) as driver:
            imported = snapshot(driver, settings.database)
    assert len(expected[0]) > 50 and len(expected[1]) > 100
    assert any("🦊" in node and "\\n" in node for node in expected[0])  # the hostile names are compared
    for kind, got, want in (("nodes", imported[0], expected[0]), ("relationships", imported[1], expected[1])):
        assert got == want, (
            f"{kind} only imported: {sorted(set(got) - set(want))[:3]}; only loaded: {sorted(set(want) - set(got))[:3]}"
        )


def test_import_script_names_every_file(example_relations, tmp_path):
    files = write_import_files(example_relations, tmp_path)
    script = (tmp_path / "import.sh").read_text()
    assert "--array-delimiter=U+001F" in script and "--multiline-fields=true" in script
    for _, header, data in [*files.nodes, *files.relationships]:
        assert f"$HERE/{header},$HERE/{data}" in script
        assert (tmp_path / header).read_text().count("\n") == 1
    assert (tmp_path / "entities.header.csv").read_text().startswith("id:ID(Entity),:LABEL,")
    assert files.relations == len(example_relations)


@pytest.mark.parametrize(
    "value, field",
    [
        (None, ""),
        ("", '""'),
        ('say "hi", then\nbye', '"say ""hi"", then\nbye"'),
        (True, "true"),
        (3, "3"),
        (0.1, "0.1"),
        (["a;b", 'c"d'], f'"a;b{ARRAY_DELIMITER}c""d"'),
        ([], ""),
    ],
)
def test_csv_fields(value, field):
    from kg.store.bulk_import import _field

    assert _field(value) == field


def test_a_value_holding_the_array_delimiter_is_refused(tmp_path):
    entity = Entity("x", "X", "Person", aliases=(f"bad{ARRAY_DELIMITER}alias",))
    other = Entity("y", "Y", "Country")
    relation = Relation(entity, "meet", other, Evidence("a", "X met Y.", 0, 8, "r"), ArticleMeta("a"))
    with pytest.raises(ImportFileError, match="array delimiter"):
        write_import_files([relation], tmp_path)
