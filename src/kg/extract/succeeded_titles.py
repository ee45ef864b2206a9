"""The office one takes over from another, named after "as": "Mr Brown remains the man most likely to
succeed Mr Blair as Labour leader" → Gordon Brown –lead→ Labour (hedged, as the verb is). A verb in →
`Candidate`s out."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.candidates import Candidate
from kg.extract.clause_subjects import clause_subject
from kg.extract.grammar import named_owner, preposition_object
from kg.extract.titles import ENDED, title_predicate
from kg.vocabulary import Vocabulary

#: How a title names its owner before it: "Labour leader", "Citigroup's chief executive".
_OWNER_DEPS = frozenset({"compound", "poss"})
#: Verbs whose subject takes over the office its object held, named after "as".
SUCCEEDING = frozenset({"succeed", "replace"})


def succeeded_as_title(verb: Token, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """ "<X> succeeds <Y> as <Org> <title>" or "… as <title> of <Org>": X holds the office, with the
    verb's negation and modality ("likely to succeed", "will replace"); the owner must be named there."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SUCCEEDING:
        return
    subject = clause_subject(verb)
    predecessor = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subject is None or predecessor is None:
        return
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i < predecessor.i:
            continue
        title = preposition_object(prep)
        if title is None or title.pos_ != "NOUN":
            continue
        words = [c for c in title.lefts if c.dep_ in ("compound", "amod") and c.is_lower and c.lower_ not in ENDED]
        predicate = title_predicate([*(t.lower_ for t in words), title.lower_])
        owner = named_owner(title, _OWNER_DEPS)
        if predicate is not None and owner is not None and owner.i != subject.i:
            text = " ".join(t.text for t in (*words, title))
            yield Candidate(subject, predicate, owner, verb, "succeeded_as_title", 0.6, reach=False, words=f"{text} of")
