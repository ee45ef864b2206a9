"""Colours per entity type, read from the Neo4j Browser style sheet schemas/neo4j/kg.grass:
one source of truth, so the graph view, the report and Neo4j Browser agree."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kg.model import ENTITY_TYPES

_RULE = re.compile(r"^([\w.]+)\s*\{(.*?)^\}", re.S | re.M)  # a rule closes at a "}" opening a line
_PROPERTY = re.compile(r"([\w-]+)\s*:\s*([^;]+);")


@dataclass(frozen=True, slots=True)
class TypeStyle:
    """How one entity type is drawn: fill, border, and the text colour on the fill."""

    color: str
    border: str
    text: str


def parse_grass(text: str) -> dict[str, dict[str, str]]:
    """A .grass style sheet as {selector: {property: value}}.

    >>> parse_grass("node.Person {\\n  color: #4C8EDA;\\n  caption: '{name}';\\n}")
    {'node.Person': {'color': '#4C8EDA', 'caption': "'{name}'"}}
    """
    return {
        selector: {key: value.strip() for key, value in _PROPERTY.findall(body)}
        for selector, body in _RULE.findall(text)
    }


@cache
def type_styles() -> dict[str, TypeStyle]:
    """The style of every entity type, in the order of `ENTITY_TYPES`.

    A type the style sheet does not colour takes the `node.Entity` rule (then `node`).
    """
    rules = parse_grass(resources.files("kg.schemas").joinpath("neo4j", "kg.grass").read_text("utf-8"))
    fallback = {**rules.get("node", {}), **rules.get("node.Entity", {})}
    styles = {}
    for entity_type in ENTITY_TYPES:
        rule = {**fallback, **rules.get(f"node.{entity_type}", {})}
        styles[entity_type] = TypeStyle(
            rule.get("color", "#A5ABB6"),
            rule.get("border-color", "#7F8793"),
            rule.get("text-color-internal", "#FFFFFF"),
        )
    return styles


def type_colors() -> dict[str, str]:
    """The fill colour of every entity type: {"Person": "#4C8EDA", …}."""
    return {entity_type: style.color for entity_type, style in type_styles().items()}


__all__ = ["TypeStyle", "parse_grass", "type_colors", "type_styles"]
