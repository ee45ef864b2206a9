"""Who said it: quotations (also when they run over several sentences and the attribution
comes at the end) and reported speech ("Rutte said Europe would …").

A parsed doc in → for any verb, the token of the speaker it is attributed to. Built
once per doc; lookups are by token index.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Doc, Token

from kg.extract.answered_claims import answers_claim_before
from kg.extract.clause_subjects import coordinated_deed
from kg.extract.doc_words import child_deps, sentence_starts, word_positions
from kg.extract.grammar import ATTRIBUTION_VERBS, SAYING_VERBS, preposition_object, speech_subject

_OPENING = frozenset({"“", "``"})
_CLOSING = frozenset({"”", "''"})
_STRAIGHT = '"'
_ACCORDING = frozenset({"according"})
_MARKS = re.compile(r'“|”|``|\'\'|"|\n\n')


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: tokens [start, end) inside the marks, and the subject token of its attribution."""

    start: int
    end: int
    speaker: Token | None


def according_to(verb: Token, positions: list[int] | None = None) -> Token | None:
    """The source named by "according to X" in the verb's clause or a clause above it
    (`positions`: where the doc says "according", if known)."""
    doc = verb.doc
    if positions is None:
        candidates = [t for t in verb.sent if t.lower_ == "according"]
    else:
        starts = sentence_starts(doc)  # the verb's sentence from the doc's array, not `Token.sent`
        candidates = [doc[i] for i in positions if starts[i] == starts[verb.i]]
    if not candidates:
        return None
    clause_heads = {verb.i, *(a.i for a in verb.ancestors)}
    # a trailing source covers the clauses "and" or "but" joined before it: "Rio Tinto and Glencore held
    # talks, but the discussions ended without agreement, according to the FT"
    joined = {c.i for h in (verb, *verb.ancestors) for c in h.children if c.dep_ == "conj" and c.i > verb.i}
    for token in candidates:
        if token.head.i in clause_heads | {token.i} or token.head.i in joined and token.i > token.head.i:
            for to in token.children:
                if to.lower_ == "to":
                    return preposition_object(to)
    return None


class Attribution:
    """Speakers of one doc: quotes with their attribution, and reported-speech verbs."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.quotes = quotations(doc, text)
        self._starts = [q.start for q in self.quotes]
        self._according = word_positions(doc, _ACCORDING)

    def quote_at(self, token: Token) -> Quote | None:
        """The quotation `token` is inside, if any."""
        k = bisect_right(self._starts, token.i) - 1
        if k >= 0 and self.quotes[k].start <= token.i < self.quotes[k].end:
            return self.quotes[k]
        return None

    def speaker(self, verb: Token) -> Token | None:
        """Who the clause of `verb` is attributed to: the quote's speaker, else the subject of a
        speech verb the clause is reported by ("Rutte said Europe would mend ties" → Rutte); for a
        spokesman, whom they speak for ("a spokesman for the LSE said" → LSE)."""
        found = self._speaker(verb)
        return spoken_for(found) if found is not None else None

    def _speaker(self, verb: Token) -> Token | None:
        quote = self.quote_at(verb)
        if quote is not None:
            # a clause the quoted words themselves report is its own speaker's: '"The Liberal
            # Democrats have long argued that Britain should …," said Mr Oaten' — the Liberal Democrats
            reported = _reporter(verb)
            if reported is not None and quote.start <= reported.i < quote.end and reported.pos_ != "PRON":
                return reported
            if quote.speaker is not None:
                return quote.speaker
            # a phrase quoted inside a clause that tells who says it: 'She accused Warsaw of "punishing Ukraine"'
        source = according_to(verb, self._according) if self._according else None
        if source is not None:
            return source
        return _reporter(verb) or _trailing_reporter(verb)


#: Verbs that put a question: a clause one asks of someone is not what the one asked says.
_ASKING = frozenset({"ask", "question", "press", "quiz"})

#: Verbs of charging someone with a deed, whose "of …ing" or "for …ing" phrase is their subject's
#: claim: "Mr Davis accused Labour of betraying the Liberal Democrats" is Mr Davis's word, not news.
_CHARGING = frozenset({"accuse", "blame"})


#: Nouns of one who speaks for a body, named by a possessive, a compound or "for": "a Downing Street
#: spokeswoman", "a spokesman for the LSE".
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def spoken_for(speaker: Token) -> Token:
    """The body a spokesman speaks for, when the phrase names it; else `speaker` itself. A person's
    spokesman stays the speaker: their "we" is an office, not the person ("Tony Blair's spokesman
    said: 'We reject …'" is not Tony Blair rejecting)."""
    if speaker.lower_ not in _SPOKESPEOPLE:
        return speaker
    for child in reversed(list(speaker.children)):  # the name next to the noun: "South Wales Police spokeswoman"
        owner = child if child.dep_ in ("poss", "compound") else None
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at"):
            owner = preposition_object(child)
        if owner is not None and owner.pos_ == "PROPN":
            return owner if owner.ent_type_ != "PERSON" else speaker
    return speaker


def _speech_subject(verb: Token) -> Token | None:
    """`speech_subject`, and the name of an attribution parsed with several subjects: "said co-ordinator
    Peter Facey", "Germany's financial watchdog BaFin told …" → Facey, BaFin; "said Pesafy's co-founder,
    Wanjiru Kamau" → founder (the last word of "co-founder")."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        verb = verb.head.head  # "quoted Mr Sorrell as saying that WPP would bid": the quoting verb's source
    source = quoted_as_saying(verb)
    if source is not None:
        return source  # "…, Reuters reported BaFin as saying": BaFin's words, carried by Reuters
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) > 1:
        return next((s for s in reversed(subjects) if s.pos_ == "PROPN"), subjects[-1])
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not subjects and "mark" not in child_deps(verb):
        # "Pesafy has sued Safaricom, claiming that …": Pesafy claims; but in "Mr Sunak said Mr Macron had
        # praised the deal, adding that …" the parse hangs the participle on the clause Mr Sunak reports
        reported = verb.head.dep_ == "ccomp" and verb.head.head.lemma_.lower() in ATTRIBUTION_VERBS
        return None if reported else speech_subject(verb.head)
    return speech_subject(verb)


def quoted_as_saying(verb: Token) -> Token | None:
    """The source a report quotes: "Reuters reported BaFin as saying …", "the paper quoted Mr Sorrell as
    saying …" → BaFin, Mr Sorrell (the object of the verb, before "as" and a verb of saying)."""
    source = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if source is None:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i > source.i:
            if any(g.tag_ == "VBG" and g.lemma_.lower() in ATTRIBUTION_VERBS for g in prep.children):
                return source
    return None


def _reporter(verb: Token) -> Token | None:
    """The subject of the verb of saying that reports the clause of `verb` ("Rutte said Europe would …"),
    or of the verb that charges someone with it ("accused Labour of betraying …"). A clause joined to
    the verb of saying by "and" is no part of what was said: "Norway said it was following the debate,
    and a group of MEPs wrote to the ambassador"."""
    below = verb
    first_person = None
    for ancestor in verb.ancestors:
        lemma = ancestor.lemma_.lower()
        # (but not a second deed the parse joined to the charging verb: "accused him of lying and cheating")
        coordinated = (
            below.dep_ == "conj"
            and below.pos_ == "VERB"
            and below.lemma_.lower() != "be"
            and coordinated_deed(below) is None
        )
        if lemma in _ASKING and ancestor.tag_ == "VBN" and below.dep_ in ("advcl", "ccomp"):
            return None  # "Asked if Germany should send tanks, Mr Scholz said no": put to him, not said by him
        if lemma in SAYING_VERBS and _narrated(below):
            return None  # "Mr Petro told the summit, looking directly at Mr Noboa": the writer's, not his
        below = ancestor
        if (lemma in ATTRIBUTION_VERBS or lemma in _CHARGING) and ancestor.pos_ == "VERB" and coordinated:
            return None
        if (lemma in ATTRIBUTION_VERBS or lemma in _CHARGING) and ancestor.pos_ == "VERB":
            if answers_claim_before(ancestor, verb):
                return None  # "Washington accused Moscow of …, a charge the Kremlin denied"
            subject = _speech_subject(ancestor)
            if subject is None or verb.left_edge.i <= subject.i <= verb.right_edge.i:
                continue
            if subject.left_edge.i <= verb.i <= subject.right_edge.i:
                return None  # "Ofcom, which fined BT last year, said …": the clause tells who speaks
            if subject.lower_ in ("i", "we") and first_person is None:
                first_person = subject  # "I think Russia will attack Poland, Mr Duda said": Duda's "I"
                continue
            return subject
    return first_person


def _narrated(clause: Token) -> bool:
    """True for a participle the writer hangs on a verb of saying to tell what the speaker did meanwhile:
    "…, Mr Petro told the summit, looking at Mr Noboa" (not a verb of saying: "…, adding that …")."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and clause.lemma_.lower() not in SAYING_VERBS
        and clause.lemma_.lower() not in _CHARGING
        and not any(c.dep_ in ("mark", "nsubj", "ccomp") for c in clause.children)
    )


def _trailing_reporter(verb: Token) -> Token | None:
    """The subject of a verb of saying the parser joins to the sentence's main clause rather than taking it as
    its object: "Microsoft will buy Activision, a person familiar with the matter told Reuters", "…,
    Bloomberg News reported, citing unnamed sources" (a verb of saying with a clause of its own says that)."""
    root = verb
    while root.head.i != root.i:
        root = root.head
    for child in root.rights:
        if child.dep_ not in ("conj", "parataxis") or child.i <= verb.i or child.pos_ != "VERB":
            continue
        edge = child.left_edge
        if child.lemma_.lower() not in ATTRIBUTION_VERBS or "," not in (edge.text, child.doc[edge.i - 1].text):
            continue
        if any(c.dep_ in ("ccomp", "xcomp") for c in child.children):
            continue  # "Microsoft bought Activision, and Sony said it would sue": Sony's own claim
        return _speech_subject(child)
    return None


def quotations(doc: Doc, text: str | None = None) -> list[Quote]:
    """The quotations of `doc` with the subject of the speech verb that attributes them.

    The attribution is looked for after the closing mark in its sentence ("…," Rutte
    said), then before the opening mark in its own sentence (Rutte said: "…").
    """
    spans = _quote_spans(doc, doc.text if text is None else text)
    speakers = [_attribution_after(doc, end) or _attribution_before(doc, start) for start, end, _ in spans]
    # a quote that runs over paragraphs opens each with a mark and names its speaker once, in its
    # first or its last part: the parts without an attribution take it from their neighbours
    for k in range(1, len(spans)):
        if speakers[k] is None and spans[k][2]:
            speakers[k] = speakers[k - 1]
    for k in range(len(spans) - 2, -1, -1):
        if speakers[k] is None and spans[k + 1][2]:
            speakers[k] = speakers[k + 1]
    for k, (start, _, continued) in enumerate(spans):
        if speakers[k] is None and not continued:
            speakers[k] = _speaker_before(doc, start, spans[k - 1][1] if k else None, speakers[k - 1] if k else None)
    for k in range(1, len(spans)):
        if speakers[k] is None and spans[k][2]:
            speakers[k] = speakers[k - 1]
    return [Quote(start, end, speaker) for (start, end, _), speaker in zip(spans, speakers)]


def _quote_spans(doc: Doc, text: str) -> list[tuple[int, int, bool]]:
    """Token spans inside quotation marks, and whether each goes on from an unclosed one before it
    ('… a member. "By all accounts …': a new paragraph of the same quote); found by a scan of the text
    (the doc's, given by the caller: `Doc.text` joins every token again), not of every token."""
    spans = []
    opened: int | None = None
    continued = False
    starts = doc.to_array("IDX")
    for match in _MARKS.finditer(text):
        mark = match.group()
        if mark == "\n\n":
            opened = None  # an unclosed quote does not run past its paragraph
            continue
        i = int(np.searchsorted(starts, match.start(), side="right")) - 1
        if i < 0 or doc[i].text != mark:
            continue  # a quote character inside a word
        if opened is not None and _reopens(text, match.start(), mark):
            spans.append((opened, i, continued))  # the quote goes on in a new paragraph
            opened, continued = i + 1, True
        elif mark in _OPENING or (mark == _STRAIGHT and opened is None):
            opened, continued = i + 1, False
        elif opened is not None:
            spans.append((opened, i, continued))
            opened = None
    return spans


def _reopens(text: str, at: int, mark: str) -> bool:
    """True for an opening mark met inside an open quote after the end of a sentence ('candidate.
    "By all accounts'): the first part ended with its paragraph, unclosed, and the quote goes on."""
    if mark in _CLOSING:
        return False
    before = text[max(0, at - 2) : at]
    after = text[at + len(mark) : at + len(mark) + 1]
    return before[-1:].isspace() and before[:1] in ".?!" and after[:1].isalnum()


def _speaker_before(
    doc: Doc, start: int, last_end: int | None = None, last_speaker: Token | None = None
) -> Token | None:
    """The speaker of a quote that is a sentence of its own, named in the sentence before it:
    'Andy Richards said the leaflet was what he had expected. "People will not put up with this."',
    or the speaker of the quote that sentence ends: '"It is a landmark," he said. "It is ideal …"'.
    (`last_end`, `last_speaker`: where the quote before ends, and its speaker.)"""
    if start < 2:
        return None
    opening = doc[start - 1]
    if opening.sent.start != opening.i and doc[opening.sent.start : opening.i].text.strip() != "":
        return None  # the quote is not where its sentence begins
    previous = doc[opening.sent.start - 1].sent if opening.sent.start > 0 else None
    if previous is None:
        return None
    if last_end is not None and previous.start <= last_end < previous.end:
        return last_speaker
    root = previous.root
    if root.lemma_.lower() not in ATTRIBUTION_VERBS:
        return None
    subject = _speech_subject(root)
    if subject is None or subject.ent_type_ not in ("PERSON", "ORG", "") or subject.lower_ in ("it", "they"):
        return None
    if any(t.text in _OPENING or t.text in _CLOSING or t.text == _STRAIGHT for t in previous):
        return None  # the sentence before is itself quoted, or holds a quote of its own
    return subject


def _speaking_subject(verb: Token) -> Token | None:
    """As `speech_subject`, and the subject a participle of saying takes from its clause: "Mr Houston
    was quoted in the Herald saying: …", "He was quoted as saying …" — Mr Houston, he."""
    subject = _speech_subject(verb)
    if subject is not None or verb.tag_ != "VBG":
        return subject
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "as":
        head = head.head
    elif verb.dep_ not in ("advcl", "xcomp"):
        return None
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _attribution_after(doc: Doc, end: int) -> Token | None:
    if end >= len(doc):
        return None
    sentence = doc[end].sent
    for token in doc[end + 1 : sentence.end]:
        if token.text in _OPENING or token.text == _STRAIGHT:
            break
        if token.lemma_.lower() in ATTRIBUTION_VERBS:
            subject = _speaking_subject(token)
            if subject is not None and subject.i > end:
                return subject
    return None


def _attribution_before(doc: Doc, start: int) -> Token | None:
    sentence = doc[start - 1].sent
    for token in reversed(doc[sentence.start : start - 1]):
        if token.lemma_.lower() in ATTRIBUTION_VERBS:
            subject = _speaking_subject(token)
            if subject is not None and subject.i < start:
                return subject
    return None
