"""People a lead describes before it names them: "UKIP have suspended a candidate for allegedly
suggesting … John Houston, 54, was due to stand in East Kilbride" — the candidate is John Houston.

A title noun with "a" in an article's lead (or bare in its headline, for the same title in the lead)
and the named tokens' entities in → the person, or None.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.doc_words import sentence_starts
from kg.extract.grammar import SUBJECTS
from kg.model import Entity

#: How many sentences open an article (a headline and its lead): where a person may be described first.
_LEAD_SENTENCES = 2


def named_after_lead(token: Token, owner: dict[int, Entity]) -> Entity | None:
    """The person that "a candidate" in the lead stands for: the one whose name opens the next
    sentence as its subject, when the lead names no person and the name comes with no title of its own
    ("UKIP spokesman Mark Croucher said …" is someone else) and no description but an age."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        twin = _lead_twin(token)  # "UKIP candidate suspended", the headline of "… suspended a candidate"
        if twin is None:
            return None
        token = twin
    if token.dep_ not in ("dobj", "nsubj", "nsubjpass") or any(
        c.dep_ in ("prep", "relcl", "acl") for c in token.rights
    ):
        return None  # "a candidate for the seat", "a candidate who …": described there
    lead = token.sent
    doc = token.doc
    if _sentence_number(lead) >= _LEAD_SENTENCES or lead.end >= len(doc):
        return None
    if any(owner[t.i].type == "Person" for t in lead if t.i in owner):
        return None
    following = doc[lead.end].sent
    subject = next((c for c in following.root.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.left_edge.i != following.start or subject.i not in owner:
        return None
    person = owner[subject.i]
    if person.type != "Person" or owner.get(following.start) != person:
        return None  # "Labour spokesman John Smith said …": a title before the name, someone else
    if any(c.dep_ == "appos" and not c.like_num for c in subject.children):
        return None  # "Mark Croucher, the party's spokesman, said …": described as someone else
    return person


def _lead_twin(token: Token) -> Token | None:
    """The same title with "a" in the sentence after the headline, for a bare title in the headline:
    "UKIP candidate suspended" over "UKIP have suspended a candidate for …" (the one the lead describes)."""
    doc = token.doc
    if sentence_starts(doc)[token.i] != 0:
        return None  # not in the article's first sentence (most titles): no sentence is walked
    headline = token.sent
    last = doc[headline.end - 1]
    if headline.start != 0 or headline.end >= len(doc) or "\n" not in last.text + last.whitespace_:
        return None  # a headline stands on its own line
    if any(c.dep_ in ("det", "poss") for c in token.children):
        return None
    lead = doc[headline.end].sent
    return next(
        (
            t
            for t in lead
            if t.lower_ == token.lower_ and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
        ),
        None,
    )


def _sentence_number(sentence) -> int:
    """How many sentences come before `sentence` (0 for the first), counting at most the lead's."""
    doc = sentence.doc
    count = 0
    for earlier in doc.sents:
        if earlier.start >= sentence.start or count >= _LEAD_SENTENCES:
            break
        count += 1
    return count


#: Verbs by which a body acts on one of its own members: "UKIP have suspended a candidate".
_MEMBERSHIP_VERBS = frozenset(
    "suspend expel sack dismiss deselect select appoint nominate recruit hire fire discipline".split()
)


def membership_by_act(token: Token, owner: dict[int, Entity]) -> Entity | None:
    """The body whose member "a candidate" is, when the body suspends, expels, selects or appoints
    them ("UKIP have suspended a candidate" → UKIP); none when the title names another body ("hired
    a former Tesla executive")."""
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in _MEMBERSHIP_VERBS:
        return None
    if any(c.i in owner for c in token.lefts):
        return None
    body = next((owner[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in owner), None)
    return body if body is not None and body.type == "Organization" else None
