"""Headlines read by their words where the parser makes little of headlinese: a name, a word that
is a verb whatever the tagger said, then a name or a noun stack that begins with one; and headlines
with no verb ("Ryanair in talks with Boeing"). The headline span and the mention index in, `Candidate`s out.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.arguments import ArgumentIndex
from kg.extract.candidates import Candidate, vocabulary_predicate
from kg.extract.titles import title_predicate
from kg.vocabulary import Vocabulary, normalise_predicate

#: Verbs of headlinese that the tagger often reads as nouns ("Police probe BNP leaflet"), with the
#: plain verb they stand for.
HEADLINE_VERBS = {
    "probe": "investigate",
    "quiz": "question",
    "slam": "criticise",
    "blast": "criticise",
    "rap": "criticise",
    "snub": "snub",
    "back": "support",
    "attack": "attack",
    "urge": "call",
    "sue": "sue",
    "fine": "fine",
    "ban": "ban",
    "target": "target",
    "oust": "oust",
    "censure": "censure",
    "court": "court",
    "defy": "defy",
}

#: Who owns a thing in a noun stack an action is done to: a body, a person or a group, never a
#: place ("buys Brazil gas assets" is not done to Brazil).
OWNER_TYPES = frozenset({"Organization", "Person", "Group"})


#: Nouns of what two parties are in together, in a headline with no verb: "Ryanair in talks with Boeing".
_TOGETHER = frozenset("talks negotiations row dispute clash feud deal alliance partnership".split())


def in_talks(span: Span, index: ArgumentIndex, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """A headline with no verb that puts an actor in talks, a row or a deal with another, read by its
    words (the parser makes little of it): "Ryanair in talks with Boeing" → Ryanair –talk→ Boeing,
    "Mitsubishi in Daimler talks", "Ford, GM in merger talks" → Ford –talk→ GM, and "BP in talks to
    buy Shell stake" → BP –buy→ Shell (intent)."""
    doc = span.doc
    words = [t for t in span if t.lower_ == "in" and t.i > span.start and t.i - 1 in index.by_token]
    if len(words) != 1 or any(t.pos_ == "VERB" and t.i < words[0].i for t in span):
        return  # the headline has a verb of its own before "in": the rules read it
    at = words[0].i
    subject = doc[at - 1]
    first = index.by_token[subject.i]
    noun = next((t for t in doc[at + 1 : min(at + 5, span.end)] if t.lower_ in _TOGETHER), None)
    if noun is None or any(not t.is_lower and t.i not in index.by_token for t in doc[at + 1 : noun.i]):
        return  # "Air China in $1bn London listing"
    partners = [t for t in doc[at + 1 : noun.i] if t.i in index.by_token]
    if noun.i + 2 < span.end and doc[noun.i + 1].lower_ == "with":
        partners.append(doc[noun.i + 2])
    before = subject.i
    while before > span.start and index.by_token.get(before - 1) is first:
        before -= 1
    predicate, _ = vocabulary_predicate(vocabulary, noun.lemma_.lower(), "with")
    if before - 2 >= span.start and doc[before - 1].text in (",", "and") and before - 2 in index.by_token:
        partner = doc[before - 2]  # "Ford, GM in merger talks": in the headline's order
        if index.by_token[partner.i].id != first.id:
            yield Candidate(partner, predicate, subject, noun, "headline_together", 0.7, reach=False)
    named = {first.id}
    for partner in partners:
        entity = index.by_token.get(partner.i)
        if entity is not None and entity.id not in named:
            named.add(entity.id)
            yield Candidate(subject, predicate, partner, noun, "headline_together", 0.7, reach=False)
    for clause in noun.children:
        if clause.dep_ == "acl" and clause.pos_ == "VERB" and any(c.lower_ == "to" for c in clause.lefts):
            verb_predicate, _ = vocabulary_predicate(vocabulary, clause.lemma_.lower())
            for obj in clause.children:
                if obj.dep_ == "dobj":
                    yield Candidate(subject, verb_predicate, obj, clause, "headline_together", 0.7)


#: Prepositions a headline's verb takes its object with: "calls for Lords speaker", "rules against Google".
_OBJECT_PREPS = frozenset({"against", "for", "on", "at", "with", "over", "into"})
#: Quotation marks a headline puts round a claim: "Blair 'backs' Brown".
_QUOTES = frozenset({"'", "‘", "’", '"', "“", "”"})
#: Prepositions after the noun of an act that name whom it is aimed at: "Blair warning to Mugabe",
#: "Howard attack on Blair", "Straw visit to Iran".
_EVENT_PREPS = frozenset({"to", "on", "against", "with"})


def _verb_word(token: Token, vocabulary: Vocabulary) -> str | None:
    """The verb a lower-case word of headlinese is, whatever the tagger called it: "fines" → fine,
    "probe" → probe; None unless the vocabulary or headlinese knows it as an action."""
    if not token.is_lower or not token.is_alpha:
        return None
    lower = token.lower_
    forms = [token.lemma_.lower(), lower]
    if lower.endswith("ies"):
        forms.append(lower[:-3] + "y")
    if lower.endswith("es"):
        forms.append(lower[:-2])
    if lower.endswith("s"):
        forms.append(lower[:-1])
    return next((f for f in forms if f in HEADLINE_VERBS or f in vocabulary.by_lemma), None)


def _parsed_verb(verb: Token) -> bool:
    """True when the parse reads the word as a verb with its subject, as the verb rules do."""
    return verb.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in verb.children)


def name_verb_name(span: Span, index: ArgumentIndex, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Headlinese read by its words when the parse went astray: a name, a word that is a verb, then a
    name or a noun stack that begins with one: "Ofgem fines British Gas" → Ofgem –fine→ British Gas,
    "Labour attacks Tory tax plans" → Labour –attack→ Conservative Party, "Boothroyd calls for Lords
    speaker" → Boothroyd –call_for_speaker_of→ House of Lords."""
    doc = span.doc
    for verb in span[1:]:
        before = verb.i - 1
        while before > span.start and (doc[before].text in _QUOTES or doc[before].tag_ == "TO"):
            before -= 1  # "Blair 'backs' Brown": a verb in scare quotes; "Straw to meet Rice"
        subject = doc[before]
        doer = index.by_token.get(subject.i)
        event = (
            vocabulary.for_noun(verb.lower_)
            if doer is not None and verb.is_lower and not _parsed_verb(verb) and verb.i + 1 < span.end
            else None
        )
        if (
            event is not None
            and doer is not None
            and doer.type in OWNER_TYPES
            and doc[verb.i + 1].lower_ in _EVENT_PREPS
        ):
            lemma: str | None = event  # "Blair warning to Mugabe": the noun of an act, after its doer
        else:
            event = None
            lemma = _verb_word(verb, vocabulary) if doer is not None else None
        if lemma is None:
            continue
        parsed = _parsed_verb(verb)
        at = verb.i + 1
        while at < span.end and doc[at].text in _QUOTES:
            at += 1
        preps = _EVENT_PREPS if event else _OBJECT_PREPS
        prep = doc[at].lower_ if at < span.end and doc[at].lower_ in preps else None
        at += 1 if prep else 0
        owner = index.by_token.get(at) if at < span.end else None
        if owner is None or owner is index.by_token[subject.i]:
            continue
        last = at
        while last + 1 < span.end and index.by_token.get(last + 1) is owner:
            last += 1
        stack = []
        for word in doc[last + 1 : span.end]:
            if not word.is_lower or not word.is_alpha or word.lower_ in _OBJECT_PREPS or word.pos_ in ("ADP", "VERB"):
                break
            stack.append(word)
        predicate, _ = vocabulary_predicate(vocabulary, HEADLINE_VERBS.get(lemma, lemma), None if event else prep)
        words = f"{verb.text} {prep}" if prep else verb.text
        if not stack:
            if not parsed:  # the parse's own reading is the verb rules'
                yield Candidate(subject, predicate, doc[at], verb, "headline_reading", 0.7, reach=False, words=words)
            continue
        head = stack[-1]
        if owner.type not in OWNER_TYPES or parsed and not prep:
            continue  # "sells Nigeria oil assets"; a parsed verb's noun stack is `owner_in_noun_stack`'s
        if title_predicate([head.text]) is not None and not prep:
            continue  # "quiz BBC boss": done to the boss, whom the headline does not name
        plural = head.tag_ in ("NNS", "VBZ") or head.lower_.endswith("s") and not head.lower_.endswith("ss")
        if not plural:
            predicate = normalise_predicate(f"{predicate} {head.lower_} of")
            words = f"{words} {head.text} of"
        yield Candidate(subject, predicate, doc[at], verb, "headline_reading", 0.7, reach=False, words=words)
