"""spaCy doc → the tagger's entities, with a name it split in two joined again and the capitalised
words that modify an organization's name taken in (`joined_entities`)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from kg.extract.coordinated_names import coordinated_names
from kg.extract.counted_names import counted_place_name
from kg.extract.doc_words import doc_column, word_hashes
from kg.extract.entity_spans import NAME_PARTICLES, acronym
from kg.extract.name_context import with_body_noun
from kg.extract.titles import GROUP_NOUNS, TITLES, title_predicate


def joined_entities(doc: Doc) -> Iterator[Span]:
    """The doc's entities, with a name the tagger split in two joined again:
    "Ursula von der" + "Leyen" → "Ursula von der Leyen" (adjacent spans of one flat name), and two
    names it took for one parted ("Booker and Home Retail Group").
    """
    ents = list(doc.ents)
    alone = {e.text for e in ents if " and " not in e.text and e.label_ in ("ORG", "GPE")}
    lower = doc_column(doc, LOWER)
    particles = word_hashes(NAME_PARTICLES)
    i = 0
    while i < len(ents):
        ent = ents[i]
        # only name particles may stand between two parts of a name (see `_one_name`): most entities
        # have another word after them, and that alone says they are not one name with the next
        while i + 1 < len(ents) and _may_join(ent, ents[i + 1], lower, particles) and _one_name(ent, ents[i + 1]):
            following = ents[i + 1]
            label = "PERSON" if "PERSON" in (ent.label_, following.label_) else "ORG"
            ent = Span(doc, ent.start, following.end, label=label)
            i += 1
        for name in coordinated_names(ent, alone):  # "Booker and Home Retail Group": two names
            yield _with_capitalised_modifiers(with_body_noun(counted_place_name(name)))  # "Three UK said"
        i += 1


def _with_capitalised_modifiers(ent: Span) -> Span:
    """An organization's name with the capitalised words before it that modify it: the tagger's
    "Democrat" in "Liberal Democrat spokesman" is "Liberal Democrat"."""
    if ent.label_ == "PERSON":
        return _with_first_word(ent)
    if ent.label_ not in ("ORG", "NORP"):
        return ent
    start = ent.start
    while start > 0:
        token = ent.doc[start - 1]
        if not (
            token.is_title
            and token.is_alpha
            and token.dep_ in ("compound", "amod")
            and token.head.i >= start
            and token.head.i < ent.end
            and not token.ent_type_
            and token.lower_ not in TITLES
            and (not token.is_sent_start or token.pos_ == "PROPN")
        ):
            break
        start -= 1
    return ent if start == ent.start else Span(ent.doc, start, ent.end, label=ent.label_)


def _with_first_word(ent: Span) -> Span:
    """A one-word name with the untagged proper noun the tagger left out before it: "Vereinigung
    Cockpit said" (a title or a group's noun is not a name's word: "Chancellor Merz", "MPs Diane Abbott")."""
    if ent.start == 0 or len(ent) > 1:
        return ent  # a name of two words has its first ("Ex-Labour Bob Marshall-Andrews")
    token = ent.doc[ent.start - 1]
    if (
        token.ent_type_
        or token.i > 0
        and not ent.doc[token.i - 1].whitespace_
        or token.tag_ != "NNP"
        or not token.is_title
        or token.dep_ != "compound"
        or not ent.start <= token.head.i < ent.end
        or token.lower_ in TITLES
        or token.lower_ in GROUP_NOUNS
        or title_predicate([token.text]) is not None
    ):
        return ent
    return Span(ent.doc, token.i, ent.end, label=ent.label_)


def _may_join(first: Span, second: Span, lower: list[int], particles: frozenset[int]) -> bool:
    """False when a word that is no name particle stands between two entity spans (`lower`: the doc's
    lower-case forms; `particles`: the particles' hashes): they are then not one name."""
    return second.start <= first.end or lower[first.end] in particles


def _one_name(first: Span, second: Span) -> bool:
    """True when two adjacent entity spans are one name: the first ends in a name particle, or
    all its tokens are compound parts of the second's head ("Liberal" + "Democrat")."""
    if second.start < first.end:
        return False
    if {first.label_, second.label_} <= {"ORG", "NORP"}:
        return (
            second.start == first.end
            and first.root.dep_ in ("compound", "amod")
            and second.start <= first.root.head.i < second.end
        )
    if "PERSON" not in (first.label_, second.label_) or first.label_ in ("ORG", "NORP") and len(first) > 1:
        return False  # "Liberal Democrat" + "Paul Tyler": a party before a name, not part of it
    if first.label_ in ("ORG", "NORP") and acronym(first[-1]):
        return False  # "told the BBC Michael Howard had …": a first name is never in capitals
    doc = first.doc
    if any(doc[k].lower_ not in NAME_PARTICLES for k in range(first.end, second.start)):
        return False  # only particles may stand between the parts: "Ursula von" + der + "Leyen"
    last = first[-1]
    if last.lower_ in NAME_PARTICLES or second[0].lower_ in NAME_PARTICLES or second.start > first.end:
        return True
    return all(t.dep_ == "compound" and second.start <= t.head.i < second.end for t in first if t.head not in first)
