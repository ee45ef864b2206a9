"""What the clause around an "it", "its", "their" or "we" says it stands for: the body judged "for
its failings", the object a participle clause acts on, the body that reports a "we", or two bodies
either of which "its" may name. A pronoun and the doc's token → entity map in → an entity or a verdict."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.grammar import ATTRIBUTION_VERBS, SUBJECTS
from kg.model import Entity

#: The types of actors "they" and "it" may stand for (people aside).
PLURAL_TYPES = frozenset({"Country", "Organization", "Group"})
#: Verbs that judge their object for something it did: "praised the police for their action".
_JUDGING_FOR = frozenset(
    (
        "praise thank congratulate commend applaud hail salute credit reward criticise criticize blame fine"
        " punish penalise penalize condemn attack slam rebuke sue sanction censure chastise"
    ).split()
)


def owner_for(pronoun: Token, exclude: frozenset[str], by_token: dict[int, Entity]) -> Entity | None:
    """ "Ms Jamieson praised the police for their action", "fined Barclays for its failings": the
    owner in "for its/their N" is the object of the verb the reason hangs on."""
    if pronoun.lower_ not in ("its", "their") or pronoun.dep_ != "poss" or pronoun.head.dep_ != "pobj":
        return None
    prep = pronoun.head.head
    if prep.lower_ != "for" or prep.head.lemma_.lower() not in _JUDGING_FOR:
        return None  # "Air China has chosen London for its listing" — its is Air China's
    for child in prep.head.children:
        if child.dep_ == "dobj" and child.i < prep.i:
            found = by_token.get(child.i)
            if found is not None and found.type in PLURAL_TYPES and found.id not in exclude:
                return found
    return None


def told_body(pronoun: Token, exclude: frozenset[str], by_token: dict[int, Entity]) -> Entity | None:
    """ "Treasurer Jim Chalmers ordered Tianyu to sell its stake", "The Treasury ordered Tencent to sell
    its stake", "Ms Lagarde warned Italy that its debt …": "its" in what someone tells a body to do is
    the body's, whoever tells it (the body is the doer of the clause "its" sits in); in what a body is
    told of itself, only when a person tells it ("the EU warned Hungary that its veto …" may be either's)."""
    if pronoun.lower_ != "its" or pronoun.dep_ != "poss" or pronoun.head.dep_ not in ("dobj", "nsubj"):
        return None
    clause = pronoun.head.head
    # "ordered Tianyu to sell its stake"; "Ms Lagarde warned Italy that its debt was too high"
    if not (clause.dep_ == "xcomp" and pronoun.head.dep_ == "dobj" or clause.dep_ == "ccomp") or clause.head is clause:
        return None
    told = next((c for c in clause.head.children if c.dep_ in ("dobj", "dative") and c.i < clause.i), None)
    teller = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if told is None or teller is None or teller.i not in by_token:
        return None
    if by_token[teller.i].type != "Person" and clause.dep_ != "xcomp":
        return None  # "the EU warned Hungary that its veto …": either body's
    found = by_token.get(told.i)
    if found is None or found.id in exclude:
        return None
    # a name of no known kind told to act ("ordered Tencent to sell its stake") is still no person
    return found if found.type in PLURAL_TYPES or found.type == "Other" and clause.dep_ == "xcomp" else None


def main_object(pronoun: Token, exclude: frozenset[str], by_token: dict[int, Entity]) -> Entity | None:
    """The object of the verb a participle clause hangs on, if it is a body that "it" may name:
    "sued Ericsson …, accusing it". (Not any body named after that verb: in "won a contract with
    Airbus, making it the largest", it is the contract.)"""
    clause = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
    for child in clause.head.children:
        if child.dep_ in ("dobj", "dative") and child.i < clause.i:
            found = by_token.get(child.i)
            if found is not None and found.type in PLURAL_TYPES and found.id not in exclude:
                return found
    return None


def reporting_body(pronoun: Token, by_token: dict[int, Entity]) -> Entity | None:
    """The body that reports a "we" clause: "The EU has reiterated that we support …" — we is the EU."""
    for clause in pronoun.ancestors:
        if clause.dep_ == "ccomp":
            for subject in clause.head.children:
                if subject.dep_ == "nsubj" and subject.i < clause.i:
                    found = by_token.get(subject.i)
                    if found is not None and found.type in PLURAL_TYPES:
                        return found
            return None
    return None


def reported_between_two(pronoun: Token, by_token: dict[int, Entity]) -> bool:
    """True for "its" in what one body said of another: "Pesafy said Safaricom suspended its
    connection" — its may be either's, and the grammar does not say whose."""
    if pronoun.dep_ != "poss" or pronoun.head.dep_ not in ("dobj", "pobj"):
        return False
    verb = pronoun.head.head if pronoun.head.dep_ == "dobj" else pronoun.head.head.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ATTRIBUTION_VERBS:
        return False
    own = [by_token.get(c.i) for c in verb.children if c.dep_ in SUBJECTS]
    reporter = [by_token.get(c.i) for c in verb.head.children if c.dep_ in SUBJECTS]
    return any(
        a is not None and b is not None and a.id != b.id and a.type in PLURAL_TYPES and b.type in PLURAL_TYPES
        for a in own
        for b in reporter
    )


def said_of_the_thing_acted_on(pronoun: Token, by_token: dict[int, Entity]) -> bool:
    """True for "it" reported right after its speaker acted on a thing: "The Kremlin rejected the
    proposal, saying it favoured Ukraine" — the proposal favoured Ukraine, or the Kremlin did."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.dep_ != "advcl":
        return False
    saying = clause.head
    if saying.tag_ != "VBG" or saying.lemma_.lower() not in ATTRIBUTION_VERBS:
        return False
    return any(
        c.dep_ == "dobj" and c.tag_ == "NN" and c.i not in by_token and c.lower_ not in _REPORTING_BODY_NOUNS
        for c in saying.head.children
    )


#: Nouns for a body that a spokesman's "our" makes the speaker's own: "our alliance", "our party".
_OWN_BODY_NOUNS = frozenset(
    "alliance party company firm group union organisation organization bank club association airline".split()
)


def speakers_body(noun: Token, speaker: Entity | None, affiliations: dict[str, Entity]) -> Entity | None:
    """'"Our alliance will defend Finland," NATO Secretary General Jens Stoltenberg said' → NATO: "our
    <body>" in a quote is the body the speaker speaks for, when the article ties the speaker to one
    (not "our country", "our members": what "our" owns there is no body the article names)."""
    if speaker is None or noun.lower_ not in _OWN_BODY_NOUNS:
        return None
    if not any(c.dep_ == "poss" and c.lower_ == "our" for c in noun.children):
        return None
    body = speaker if speaker.type == "Organization" else affiliations.get(speaker.id)
    return body if body is not None and body.type == "Organization" else None


#: Common nouns for a body that says what "it" did: "the regulator said it had opened an inquiry".
_REPORTING_BODY_NOUNS = frozenset(
    """company firm group bank regulator watchdog maker carmaker chipmaker manufacturer producer miner
    retailer lender insurer airline carrier operator giant business union party agency authority
    commission council board""".split()
)


def reported_by_unnamed_body(pronoun: Token, by_token: dict[int, Entity]) -> bool:
    """True for "it" that reports on its own reporter when the reporter is a body the index could not
    name: "The Dutch regulator said it had opened an inquiry", "The iPhone maker said it had hired …" —
    it is that body, never the one named before it."""
    if pronoun.lower_ not in ("it", "its") or pronoun.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return False
    clause = pronoun.head if pronoun.dep_ != "poss" else pronoun.head.head
    if pronoun.dep_ == "poss" and pronoun.head.dep_ not in SUBJECTS:
        return False
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in ATTRIBUTION_VERBS:
        return False
    for subject in clause.head.children:
        if subject.dep_ in SUBJECTS and subject.i < pronoun.i:
            return (
                subject.i not in by_token
                and subject.tag_ == "NN"
                and subject.lower_ in _REPORTING_BODY_NOUNS
                and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            )
    return False


#: Verbs of what businesses do with money, staff and stock: "it will pay $1bn", "it would hire 500 staff".
_BUSINESS_VERBS = frozenset(
    """buy acquire sell pay hire employ invest merge float list borrow lend divest
    post report sack""".split()
)


def business_subject(pronoun: Token) -> bool:
    """True for "it" as the subject of a business verb: "It will pay $1bn in cash", "it announced it
    would hire 500 staff" (the clause it reports counts too)."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = pronoun.head
    if verb.lemma_.lower() in _BUSINESS_VERBS:
        return True
    return any(c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in _BUSINESS_VERBS for c in verb.children)


#: The links a pronoun may hang by inside a participle clause: "saying their figures were wrong".
_CLAUSE_LINKS = frozenset({"poss", "nsubj", "nsubjpass", "dobj", "pobj", "prep", "ccomp", "xcomp", "dative"})
#: Pronouns that a person who is the subject cannot be.
_NOT_A_PERSON = frozenset({"its", "their", "they", "them"})


def acted_on_body(pronoun: Token, exclude: frozenset[str], by_token: dict[int, Entity]) -> tuple[Entity | None, bool]:
    """ "Mr Prescott hit back at the Tories, saying their figures were wrong": in a participle clause
    hanging on a verb whose subject is a person, "its", "their", "they" cannot be that person, and are
    the one body the verb acts on (its object, or the object of its preposition), whatever was named
    in the sentences before. Gives that body, or None; and True when the verb acts on a name of no
    body's type ("criticised Ericsson", the name taken for a person's), on several, or on a noun with no
    name ("met union leaders at the CBI, saying their …"): the pronoun is then none of the sentences before."""
    named = _acted_on(pronoun, by_token)
    body = named[0] if len(named) == 1 and named[0] is not None and named[0].type in PLURAL_TYPES else None
    if body is not None:
        return (body, False) if body.id not in exclude else (None, False)
    return None, bool(named)


#: Why a pronoun that `acted_on_body` finds unclear stands for no one.
ACTED_ON_UNCLEAR = "pronoun ambiguous: the verb it hangs on acts on no body or several"


def _acted_on(pronoun: Token, by_token: dict[int, Entity]) -> list[Entity | None]:
    """What the verb acts on that a person subject's participle clause holding `pronoun` hangs on:
    each named entity once, and None for each noun with no name (empty when the pronoun is in no
    such clause)."""
    if pronoun.lower_ not in _NOT_A_PERSON:
        return []
    word = pronoun
    for _ in range(5):
        if word.dep_ not in _CLAUSE_LINKS or word.head.i == word.i:
            return []
        word = word.head
        if word.dep_ == "advcl" and word.tag_ == "VBG" and not any(c.dep_ in SUBJECTS for c in word.children):
            break
    else:
        return []
    verb = word.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (
        subject.i in by_token and by_token[subject.i].type == "Person" or subject.lower_ in ("he", "she")
    ):
        return []
    acted_on = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < word.i]
    acted_on += [g for c in verb.children if c.dep_ == "prep" and c.i < word.i for g in c.children if g.dep_ == "pobj"]
    words = [t for o in acted_on for t in (o, *o.conjuncts)]
    found: dict[str, Entity] = {by_token[t.i].id: by_token[t.i] for t in words if t.i in by_token}
    # a preposition's unnamed noun is mostly a place or a time ("attacked the senators on social media")
    unnamed: list[Entity | None] = [
        None for t in words if t.i not in by_token and t.pos_ in ("NOUN", "PROPN") and t.head.dep_ != "prep"
    ]
    return [*found.values(), *unnamed]
