"""Criticism and praise said with an adjective: "Mr Tyler said the prime minister's view was
flawed" (Paul Tyler –criticize→ Tony Blair), "We are disappointed that the BaFin has referred …"
(Citigroup –criticize→ BaFin), "We are delighted that Air China has chosen London" (praise).

An adjective token in → the target token (whose actor is judged) and the predicate; who judges
is the speaker of the clause, or the subject who feels so. The adjectives are English words of
judgement and feeling, not names.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.doc_words import child_deps
from kg.extract.failings import states_failing
from kg.extract.grammar import SUBJECTS

#: Adjectives that judge their subject badly ("the plan is flawed") or well ("the move was right").
_CRITICAL_ADJECTIVES = frozenset(
    """flawed wrong unsustainable pathetic disgraceful unacceptable outrageous ridiculous absurd
    misguided irresponsible shameful mistaken incompetent dishonest arrogant complacent reckless hypocritical
    cynical scandalous deplorable appalling disastrous inadequate unfair unjust wrongheaded deceitful
    untrustworthy weak cowardly divisive dangerous damaging undemocratic paralysed paralyzed chaotic shambolic
    negligent corrupt naive unfit incoherent unworkable unrealistic inept clueless opportunistic unprincipled
    hopeless feeble spineless""".split()
)
#: Nouns that judge the subject they are said of badly: "Mr Clegg said Mr Brown's budget was a disaster".
CRITICAL_NOUNS = frozenset(
    """disaster mistake shambles disgrace scandal fiasco farce betrayal blunder insult travesty sham
    catastrophe""".split()
)
CRITICAL = _CRITICAL_ADJECTIVES | CRITICAL_NOUNS
APPROVING = frozenset(
    """right correct excellent courageous impressive admirable brave sensible pragmatic
    constructive responsible wise visionary outstanding bold decisive principled statesmanlike consensual
    conciliatory flexible measured""".split()
)
#: Adjectives of a stance taken towards someone, who is named after "of" or "about" (never a
#: that-clause: "it is critical that …" is a need): "was critical of the government", "scathing
#: about the Tories", "supportive of Mr Brown".
ATTITUDES = {
    **dict.fromkeys("critical scathing dismissive contemptuous disparaging".split(), "criticize"),
    **dict.fromkeys("supportive complimentary appreciative".split(), "support"),
}
_ATTITUDE_PREPS = frozenset({"of", "about", "towards", "toward"})
#: Adjectives of feeling about what someone did ("we are disappointed that …", "shocked by …").
FEELING_AGAINST = frozenset(
    """disappointed shocked angry furious dismayed appalled outraged alarmed frustrated
    unhappy upset saddened disgusted astonished horrified""".split()
) | {a for a, p in ATTITUDES.items() if p == "criticize"}
FEELING_FOR = frozenset(
    """delighted glad pleased happy grateful proud thrilled encouraged impressed heartened""".split()
) | {a for a, p in ATTITUDES.items() if p != "criticize"}
#: Verbs of wrongdoing: someone said to have done them is accused ("the FCA said he had created a
#: culture …" is not one; "Puigdemont said the Socialists had broken promises" is).
WRONGDOING = frozenset(
    """break fail ignore betray mislead abandon undermine neglect sabotage hijack lie cheat waste
    squander bully punish obstruct damage harm hurt deceive exploit flout breach violate abuse rig steal
    suppress silence endanger jeopardise jeopardize renege bungle botch mishandle mismanage conceal overcharge
    discriminate blackmail bribe defraud""".split()
)
#: What a clause puts someone or something in when it harms them: "was putting the country at risk".
_HARMS = frozenset({"risk", "danger", "jeopardy", "peril"})
#: Verbs that report what someone says of another.
REPORTING = frozenset(
    """say claim argue insist allege complain tell add charge contend believe think suggest warn note stress
    state declare write explain admit acknowledge concede""".split()
)
#: Verbs that link a subject to an adjective ("was flawed", "feel let down", "seems wrong").
_LINKING = frozenset({"be", "feel", "seem", "look", "remain", "become", "sound", "appear", "prove"})
_TARGET_PREPS = frozenset({"with", "by", "at", "about", "over"})


@dataclass(frozen=True, slots=True)
class Judgement:
    """An adjective judging `target` (a token whose actor is judged): `predicate` is criticize or
    praise; `feeler` is the token of who feels so, when the adjective is a feeling ("we are
    disappointed"), else None: the judge is whoever the clause is attributed to."""

    adjective: Token
    target: Token
    predicate: str
    feeler: Token | None


def judgements(adjective: Token) -> Iterator[Judgement]:
    """What an adjective of judgement or feeling says about whom."""
    lower = adjective.lower_
    verb = adjective.head
    if adjective.dep_ == "amod" and (lower in CRITICAL or lower in APPROVING):
        yield from _manner_judgements(adjective)
        return
    if adjective.dep_ not in ("acomp", "attr", "oprd") or verb.lemma_.lower() not in _LINKING:
        return
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None and verb.dep_ == "xcomp" and (lower in FEELING_AGAINST or lower in FEELING_FOR):
        subject = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)  # "is said to be frustrated"
    if lower in CRITICAL or lower in APPROVING:
        if subject is not None and not (lower in CRITICAL_NOUNS and subject.pos_ == "PRON"):  # "it was a mistake to …"
            yield Judgement(adjective, subject, "criticize" if lower in CRITICAL else "praise", None)
    elif lower in ATTITUDES:
        for prep in adjective.children:
            if prep.dep_ == "prep" and prep.lower_ in _ATTITUDE_PREPS:
                for target in prep.children:
                    if target.dep_ == "pobj":
                        yield Judgement(adjective, target, ATTITUDES[lower], subject)
    elif lower in FEELING_AGAINST or lower in FEELING_FOR:
        predicate = "criticize" if lower in FEELING_AGAINST else "praise"
        for target in _felt_about(adjective, verb):
            yield Judgement(adjective, target, predicate, subject)


#: Nouns of a way of acting, and the verbs an actor takes one with: "will display a more consensual
#: approach", "adopted a reckless policy", "took a pragmatic line".
_MANNERS = frozenset("approach attitude stance tone line style strategy".split())
_TAKING_A_MANNER = frozenset("show display adopt take have pursue strike bring demonstrate".split())


def _manner_judgements(adjective: Token) -> Iterator[Judgement]:
    """An actor said to act in a way an adjective judges: "George W Bush will display a more consensual
    approach" → praise (Bush); "the Tories have adopted a reckless strategy" → criticize."""
    manner = adjective.head
    verb = manner.head
    if manner.lemma_.lower() not in _MANNERS or manner.dep_ != "dobj" or verb.lemma_.lower() not in _TAKING_A_MANNER:
        return
    if any(c.dep_ == "neg" for c in verb.children):
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and not (subject.pos_ == "PRON" and subject.lower_ in ("it", "this", "that", "there")):
        yield Judgement(adjective, subject, "criticize" if adjective.lower_ in CRITICAL else "praise", None)


def accusation(verb: Token) -> Token | None:
    """The subject of a reported clause that says someone did wrong, if `verb` reports one:
    "Mr Puigdemont said the Socialists had broken promises" → Socialists; "said the government had
    been too slow" → government. The clause must not be negated."""
    if verb.lemma_.lower() not in REPORTING:
        return None
    for clause in verb.children:
        if clause.dep_ == "ccomp" and states_failing(clause):  # "had lost control", "could not be trusted"
            subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
            if subject is not None:
                return subject
        if clause.dep_ != "ccomp" or "neg" in child_deps(clause):
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if subject is None:
            continue
        if clause.lemma_.lower() in WRONGDOING and subject.dep_ == "nsubj":
            return subject
        if _phrasal_wrongdoing(clause) and subject.dep_ == "nsubj":  # "had let the country down"
            return subject
        if clause.lemma_.lower() == "have" and any(  # "had broken promises", parsed as an adjective
            g.dep_ == "amod" and g.lemma_.lower() in WRONGDOING
            for o in clause.children
            if o.dep_ == "dobj"
            for g in o.children
        ):
            return subject
        if clause.tag_ == "VBN" and clause.lower_ in CRITICAL:  # "was paralysed"
            return subject
        if subject.dep_ == "nsubjpass" and _run_badly(clause):  # "Aer Lingus was badly managed"
            return subject
        if clause.lemma_.lower() == "put" and _puts_in_harm(clause):  # "was putting the country at risk"
            return subject
        for child in clause.children:  # "had been 'too slow'", "was 'shameful'"
            if child.dep_ == "acomp" and (child.lower_ in CRITICAL or any(a.lower_ == "too" for a in child.children)):
                return subject
    return None


#: Verbs of running a body, and the adverbs that say it was run badly: "was badly managed", "had been run poorly".
_RUNNING = frozenset("run manage handle govern lead organise organize".split())
_BADLY = frozenset("badly poorly incompetently disastrously".split())
_MISRUN = frozenset("mismanage mishandle misrun".split())


def _run_badly(clause: Token) -> bool:
    """True for a passive clause that says its subject was run badly: "had been mismanaged", "was run badly"."""
    lemma = clause.lemma_.lower()
    return (
        lemma in _MISRUN
        or lemma in _RUNNING
        and any(c.dep_ == "advmod" and c.lower_ in _BADLY for c in clause.children)
    )


#: Verbs of wrongdoing made with a particle: "let the voters down", "caved in", "sold out", "went back
#: on its promise", "backed down" is a retreat, not a wrong, and is left out.
_PHRASAL_WRONGDOING = frozenset({("let", "down"), ("cave", "in"), ("sell", "out")})


def _phrasal_wrongdoing(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    # the particle as the parser may attach it: "let the country down" is parsed as a clause "the country down"
    return any(
        (c.dep_ == "prt" or c.tag_ == "RP") and (lemma, c.lower_) in _PHRASAL_WRONGDOING for c in verb.children
    ) or (
        lemma == "go"
        and any(c.dep_ == "advmod" and c.lower_ == "back" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children)
    )


def _puts_in_harm(verb: Token) -> bool:
    """ "putting the country at risk", "put lives in danger" (but not "put the risks to the board")."""
    return any(
        prep.dep_ == "prep" and prep.lower_ in ("at", "in", "into") and pobj.lower_ in _HARMS
        for prep in verb.children
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    )


def _felt_about(adjective: Token, verb: Token) -> Iterator[Token]:
    """Who a feeling is about: the subject of its that-clause, or the object of its preposition."""
    for head in (adjective, verb):
        for child in head.children:
            if child.dep_ == "ccomp" or child.dep_ == "advcl" and _marked_that(child):
                doers = list(_by_agent(child))  # "that his reforms are being thwarted by Mr Brown": Brown
                subject = next((c for c in child.children if c.dep_ in SUBJECTS), None)
                if doers:
                    yield from doers
                elif subject is not None:
                    yield subject
            elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
                yield from (c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "xcomp":  # "shocked to see this sort of leaflet by the BNP"
                yield from _by_whom(child)


def _marked_that(clause: Token) -> bool:
    """ "that his plans were blocked", parsed as an adverbial clause of "be angry"."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _by_agent(clause: Token) -> Iterator[Token]:
    """The doer of a passive clause, named by its agent: "were being thwarted by Mr Brown" → Brown."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
        for agent in clause.children:
            if agent.dep_ == "agent":
                yield from (c for c in agent.children if c.dep_ == "pobj")


def _by_whom(verb: Token) -> Iterator[Token]:
    """Whose doing was seen: "to see this sort of leaflet by the BNP" → BNP."""
    for token in verb.subtree:
        if token.dep_ == "prep" and token.lower_ == "by":
            yield from (c for c in token.children if c.dep_ == "pobj")
