"""Relation rules for an inquiry a subject faces in a country: "Citigroup is facing a criminal
investigation in Germany" → Germany –investigate→ Citigroup (the country's authorities, as the news
names them by the country).

Each rule takes a verb and yields `Candidate`s, as the rules of `rules.py` do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.countries import country_name
from kg.extract.candidates import Candidate
from kg.extract.clause_subjects import clause_subject
from kg.extract.participants import INQUIRIES
from kg.vocabulary import Vocabulary

#: Verbs by which a subject undergoes an inquiry: "faces a probe", "came under investigation".
UNDERGOING = frozenset({"face", "come", "be", "remain"})
#: The inquiry nouns as written, for the rule's gate.
INQUIRY_WORDS = frozenset({*INQUIRIES, *(f"{noun}s" for noun in INQUIRIES)})


def _inquiry(verb: Token) -> Token | None:
    """The inquiry noun the verb's subject undergoes: its object after "face", or after "under"."""
    for child in verb.children:
        if child.dep_ == "dobj" and verb.lemma_.lower() == "face" and child.lemma_.lower() in INQUIRIES:
            return child
        if child.dep_ == "prep" and child.lower_ == "under":
            noun = next((g for g in child.children if g.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in INQUIRIES:
                return noun
    return None


def _a_state(name: Token) -> bool:
    """True for a country or the EU, whose authorities the news names by it (not a city: "an inquiry in
    London" says where)."""
    text = " ".join(t.text for t in name.subtree if t.dep_ != "det")
    return country_name(text) is not None or text in ("EU", "European Union")


def inquiry_in_country(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """The country whose inquiry the subject faces: "Citigroup is facing a criminal investigation in
    Germany", "Google came under scrutiny in France" → France –investigate→ Google (not a city: "an
    inquiry in London" says where)."""
    if verb.lemma_.lower() not in UNDERGOING:
        return
    inquiry = _inquiry(verb)
    subject = clause_subject(verb) if inquiry is not None else None
    if inquiry is None or subject is None:
        return
    predicate = INQUIRIES[inquiry.lemma_.lower()]
    for prep in (*inquiry.children, *verb.children):
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i < inquiry.i:
            continue
        for country in prep.children:
            if country.dep_ == "pobj" and country.pos_ == "PROPN" and _a_state(country):
                words = f"{inquiry.text} in"
                yield Candidate(country, predicate, subject, verb, "inquiry_in_country", 0.6, reach=False, words=words)
