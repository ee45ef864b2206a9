"""Qualifiers of a relation read off its verb: negation and modality."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.answered_claims import answers_claim_before
from kg.extract.clause_chains import CHAIN_VERBS, verb_chain
from kg.extract.clause_subjects import NOT_DONE_NOUNS
from kg.extract.doc_words import child_deps, per_doc, sentence_starts, word_positions
from kg.extract.event_prospects import PLANNED, WANTING, talked_of, thwarted
from kg.extract.grammar import SUBJECTS
from kg.extract.neither_nor import neither_nor
from kg.extract.reported_plans import reported_clause, reported_plan

# Verbs whose clausal object is said not to be so.
_DENIALS = frozenset({"deny", "refute", "dispute", "reject", "dismiss", "rebut"})
_HEDGES = frozenset({"reportedly", "allegedly", "apparently", "possibly", "perhaps", "maybe", "reputedly"})
_MODAL_AUX = {
    "may": "hedged",
    "might": "hedged",
    "could": "hedged",
    # "Europe cannot lecture us", "Tesco can now bid for Booker": able or allowed, not done
    "can": "hedged",
    "ca": "hedged",
    "will": "future",
    "shall": "future",
    "'ll": "future",
    "wo": "future",
    "would": "conditional",
    "must": "obligation",
    "should": "obligation",
    "ought": "obligation",
}
#: Nouns of a claim whose "that" clause nobody in the sentence vouches for: "a report that Russia had
#: attacked Georgia", "claims that US forces had worked inside Iran", "speculation that Vodafone will bid".
HEARSAY_NOUNS = frozenset(
    """report reports claim claims allegation allegations suggestion suggestions speculation rumour rumours
    rumor rumors accusation accusations assertion assertions""".split()
)
#: Verbs whose infinitive did not happen: "refused to support him", "failed to agree", "was unable to
#: meet", "denied meeting".
_NOT_DONE = frozenset({"refuse", "fail", "decline", "unable", "deny", "avoid", "neglect", "omit"})
#: Verbs whose "from …ing" did not happen: "refrained from criticising Russia".
_HELD_BACK = frozenset({"refrain", "abstain", "desist"})


def is_negated(verb: Token) -> bool:
    """True when the verb or a verb of its chain is negated ("did not meet", "does not want to
    meet"), or when the clause is what someone denies ("Iran denied that it attacked …")."""
    chain = verb_chain(verb)
    ruled = next((k for k, link in enumerate(chain) if k and _ruled_out(link)), None)
    if ruled is not None:  # "ruled out forming a coalition"; but "refused to rule out", "did not rule out":
        return not _option_kept(chain, ruled)  # an option kept open
    if any("neg" in child_deps(link) for link in chain):
        return True
    if any(_no_longer(link) for link in chain):
        return True  # "he could no longer support Mr Howard"
    if any(
        link.lemma_.lower() in _NOT_DONE or link.lower_ == "unlikely" or _not_yet(link) or _ruled_out(link)
        for link in chain[1:]
    ):
        # "his colleagues refused to support him", "Tesco has yet to respond", "is unlikely to break with",
        # "has ruled out forming a coalition with the SNP"
        return True
    if _held_back(chain[-1]):
        return True  # "refrained from criticising Russia"
    if neither_nor(verb, chain):
        return True  # "has neither condemned nor supported Russia", "met neither Kraft nor Nestle"
    if chain[-1].dep_ == "acl" and chain[-1].head.lower_ in NOT_DONE_NOUNS:
        return True  # "Germany's refusal to support Greece"
    if any(link.dep_ in ("acl", "pcomp") and _none_of(link) for link in chain):
        return True  # "Vodafone had no plans to buy Verizon", "has no intention of selling"
    clause = verb_chain(verb)[-1]
    if _hearsay(clause) and clause.head.dep_ == "dobj":
        return clause.head.head.lemma_.lower() in _DENIALS  # "denied a report that Russia had attacked …"
    return (
        clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in _DENIALS
        and "neg" not in child_deps(clause.head)  # "did not deny that he had asked officials": no denial
        and not answers_claim_before(clause.head, clause)  # "…, a charge the Kremlin denied"
    )


def _held_back(clause: Token) -> bool:
    """ "refrained from criticising", "stopped short of criticising": a deed held back from."""
    prep = clause.head
    if clause.dep_ != "pcomp" or prep.dep_ not in ("prep", "advmod") or prep.head is prep:
        return False
    if prep.lower_ == "from":
        return prep.head.lemma_.lower() in _HELD_BACK
    return prep.lower_ == "of" and prep.head.lower_ == "short"  # "stopped short of"


def _none_of(clause: Token) -> bool:
    """True for an infinitive or gerund after a noun its determiner denies: "no plans to buy", "no
    intention of selling" ("of" between the noun and the gerund)."""
    if not (clause.tag_ == "VBG" or any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)):
        return False  # "there is no doubt that Vodafone will buy it": a clause stated, not a plan denied
    noun = clause.head.head if clause.dep_ == "pcomp" else clause.head
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _no_longer(link: Token) -> bool:
    """True when the verb is done "no longer" ("no more"): the parser hangs the "no" from the adverb."""
    return "advmod" in child_deps(link) and any(
        c.dep_ == "advmod" and c.lower_ in ("longer", "more") and any(n.lower_ == "no" for n in c.children)
        for c in link.children
    )


def _hearsay(clause: Token) -> bool:
    """True when the clause is what a noun of claim says: "a report that Russia had attacked Georgia"."""
    return clause.dep_ in ("acl", "ccomp") and clause.head.pos_ == "NOUN" and clause.head.lower_ in HEARSAY_NOUNS


#: Verbs that put a question: the clause they take is asked, not stated ("asked whether Britain should join").
_QUESTION_VERBS = frozenset({"ask", "wonder", "question", "query", "inquire", "enquire"})
#: Verbs of opinion: the clause they take is what someone thinks ("voters think Blair should resign").
_OPINION_VERBS = frozenset({"think", "believe", "feel", "consider", "reckon", "suspect", "doubt", "fear"})
#: Nouns for polls and surveys: what they find is an opinion.
_POLL_NOUNS = frozenset({"poll", "survey", "opinion", "study", "pollster", "polls", "surveys"})


def _frames(verb: Token) -> list[Token]:
    """The verbs whose clausal complement the verb's clause is, nearest first
    ("voters think Blair should resign": think, then found)."""
    frames = []
    clause = verb_chain(verb)[-1]
    while clause.dep_ in ("ccomp", "xcomp") and clause.head.i != clause.i:
        frames.append(clause.head)
        clause = verb_chain(clause.head)[-1]
    return frames


def _hearsay_frame(frame: Token) -> bool:
    """True when the frame hangs from a passive verb of hearsay: "is said to be angry that …", "is
    thought to fear that …" (what others say of the subject, not what the article vouches for)."""
    return any(
        link.tag_ == "VBN" and CHAIN_VERBS.get(link.lemma_.lower()) == "hedged" and "auxpass" in child_deps(link)
        for link in verb_chain(frame)[1:]
    )


def _whether(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children)


def _ruled_out(link: Token) -> bool:
    """ "ruled out forming a coalition": a verb the clause hangs from that says it will not happen."""
    return link.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in link.children)


def _option_kept(chain: tuple[Token, ...], ruled: int) -> bool:
    """True when the "rule out" at `ruled` in the chain is itself denied: "did not rule out", "refused to
    rule out": what it would have ruled out is left possible."""
    return any(
        "neg" in child_deps(link) or k and link.lemma_.lower() in _NOT_DONE for k, link in enumerate(chain[ruled:])
    )


def _time_to_come(clause: Token) -> bool:
    """A present-tense "when"/"before"/"after" clause of a clause that is not yet done: "hopes to secure
    arms when he visits Berlin", "will sign the deal when she meets Mr Xi" (a time to come, not a habit)."""
    if clause.dep_ != "advcl" or clause.tag_ not in ("VBZ", "VBP") or "aux" in child_deps(clause):
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in clause.children):
        return False
    return modality(clause.head) in ("future", "intent", "conditional", "obligation")


#: Marks of a clause that says when: with a present tense under a plan, a time still to come.
_TIME_MARKS = frozenset({"when", "before", "after", "as"})


def _inverted_condition(clause: Token) -> bool:
    """ "Should Moscow cut supplies, …", "Had Kraft raised its offer, …": a condition put by a modal or
    auxiliary before its subject, with no "if"."""
    first = clause.left_edge
    return (
        clause.dep_ == "advcl"
        and first.dep_ == "aux"
        and first.head.i == clause.i
        and first.lower_ in _INVERTING
        and any(c.dep_ in SUBJECTS and c.i > first.i for c in clause.children)
    )


#: Auxiliaries that open a condition when put before its subject.
_INVERTING = frozenset({"should", "had", "were"})


def _not_yet(link: Token) -> bool:
    """ "has yet to respond", "is yet to sign": a verb the clause hangs from that says it has not happened."""
    return link.lemma_.lower() in ("have", "be") and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in link.children
    )


def _asked(clause: Token, frame: Token) -> bool:
    """True when `clause` is what `frame` asks: "asked whether/if/why …", or any frame's "whether"
    ("did not say whether it would rejoin the bloc": left open, not said)."""
    if _whether(clause):
        return True
    if frame.lemma_.lower() == "put" and any(c.dep_ == "prep" and c.lower_ == "to" for c in frame.children):
        return "auxpass" in child_deps(frame)  # "it was put to Mr Kinnock that he had …": a claim put to him
    if frame.lemma_.lower() not in _QUESTION_VERBS:
        return False
    return any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") or c.tag_ in ("WRB", "WP", "WDT")
        for c in clause.subtree
        if c.i < clause.i
    )


def _polled(frame: Token) -> bool:
    """True when a poll or survey is what finds or shows the clause."""
    return any(c.dep_ in SUBJECTS and c.lemma_.lower() in _POLL_NOUNS for c in frame.children)


def _conditional(link: Token) -> bool:
    """The clause is, or has, an "if"/"unless" clause: "if the government did not accept …", "… would
    follow if they refused"."""
    labels = child_deps(link)
    if _inverted_condition(link) or "advcl" in labels and any(_inverted_condition(c) for c in link.children):
        return True  # "Should Washington impose sanctions, Beijing would retaliate"
    if "mark" in labels and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in link.children):
        return link.head.lemma_.lower() not in _QUESTION_VERBS  # "was asked if he thinks …" asks
    if (
        "mark" in labels
        and link.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "mark" and c.lower_ == "once" for c in link.children)
    ):
        return True  # "once Tesco owns Booker, …": a condition yet to be met
    if "advcl" not in labels or link.lemma_.lower() in _QUESTION_VERBS:
        return False
    return any(
        c.dep_ == "advcl"
        and "mark" in child_deps(c)
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in link.children
    )


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in verb.children)


def _infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _to_be_done(link: Token) -> bool:
    """An infinitive that says what is meant to happen: "headed to Brussels to meet Mr Bush", "a deal
    for Airbus to sell planes to Air China" (a purpose or a plan, not a thing done)."""
    return (
        link.dep_ in ("advcl", "acl", "relcl")
        and link.tag_ == "VB"
        and link.head.lemma_.lower() != "come"  # "had come to expect from the BNP": no plan
        and link.head.lower_ not in NOT_DONE_NOUNS  # "Germany's refusal to support Greece": negated, no plan
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in link.children)
    )


def _ends_in_question_mark(token: Token) -> bool:
    return sentence_starts(token.doc)[token.i] in _questions(token.doc)


@per_doc
def _questions(doc: Doc) -> frozenset[int]:
    """Where the sentences that end in a question mark start: a question mark with nothing after it in
    its sentence but closing quotation marks and spaces."""
    starts = sentence_starts(doc)
    found = set()
    for mark in word_positions(doc, _QUESTION_MARK):
        after = mark + 1
        while after < len(doc) and starts[after] != after and (doc[after].is_space or doc[after].text in _CLOSERS):
            after += 1
        if after == len(doc) or starts[after] == after:
            found.add(starts[mark])
    return frozenset(found)


_QUESTION_MARK = frozenset({"?"})
_CLOSERS = frozenset({'"', "”", "'", "’"})


#: Words that can make a clause an obligation: modal verbs and "have to" / "need to".
OBLIGATION_WORDS = frozenset({"must", "should", "ought", "have", "has", "had", "need", "needs", "needed"})


def modality(verb: Token) -> str:
    """asserted, hedged, conditional, obligation, intent, future, question or opinion.

    A clause that a question puts, or that a poll or an opinion verb frames, takes that
    frame's modality whatever its own modal verb says; "would" in a reported clause is what
    someone said they would do (intent), not a condition.
    """
    if _ends_in_question_mark(verb):
        return "question"
    if talked_of(verb):
        return "hedged"  # "met Mr Berlusconi to talk about Turkey entering the EU": a prospect talked of
    if thwarted(verb):
        return "intent"  # "the CMA blocked Microsoft's purchase of Activision": planned, not done
    if verb.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in PLANNED for c in verb.children):
        return "intent"  # "Vodafone's proposed takeover of Fibrenest": not done yet
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
        # an event named as what is done: "wants the freedom to sign its own deal with the US" is as
        # planned as the signing; what someone should back ("should back Ukraine's entry") is wanted
        done = modality(verb.head)
        if verb.head.lemma_.lower() in WANTING and done in ("asserted", "future"):
            return "intent"  # "we support Ukraine's accession to the WTO": wanted, not done
        return "intent" if done == "obligation" else done
    chain = verb_chain(verb)
    clause = chain[-1]
    if _hearsay(clause):
        return "hedged"  # "denied a report that Russia had attacked Georgia": a claim, not news
    if clause.dep_ == "advcl" and _asked(clause, clause.head):
        return "question"  # "Asked if Germany should send tanks, Mr Scholz said no": put to him, not urged
    if clause.dep_ == "pcomp" and _whether(clause):
        return "question"  # "declined to comment on whether it would buy GSK": left open
    if any(_not_yet(link) for link in chain[1:]):
        return "asserted"  # "has yet to respond": not done (negated), and no duty either
    ruled = next((k for k, link in enumerate(chain) if k and _ruled_out(link)), None)
    if ruled is not None and _option_kept(chain, ruled):
        return "hedged"  # "refused to rule out forming a coalition": possible, not done
    for frame in _frames(verb):
        if _asked(clause, frame):
            return "question"
        if frame.lemma_.lower() in _OPINION_VERBS or _polled(frame):
            return "opinion"
        if frame.lemma_.lower() in _DENIALS and "neg" in child_deps(frame):
            return "hedged"  # "did not deny that he had asked officials": not denied, not confirmed either
        if _hearsay_frame(frame):
            return "hedged"  # "Blair is said to be frustrated that Brown thwarts his reforms"
        clause = verb_chain(frame)[-1]
    if _time_to_come(chain[-1]):
        return "future"  # "hopes to secure more systems when he visits Berlin": the visit is to come
    for position, link in enumerate(chain):
        if _conditional(link):
            return "conditional"
        if _to_be_done(link) or link.dep_ == "ROOT" and _infinitive(link) and _own_subject(link):
            return "intent"  # "a deal for Airbus to sell planes"; a headline's "Tesco to buy Booker"
        if not _MODIFIERS.isdisjoint(child_deps(link)):
            for child in link.children:
                lower = child.lower_
                if child.dep_ in ("aux", "auxpass") and lower in _MODAL_AUX:
                    if lower == "would" and reported_clause(link):
                        # "said he would contest": a plan; "said Warsaw would buy tanks": the
                        # reported "will" of the speaker, put in the past (a condition needs an "if")
                        return "intent" if reported_plan(link) else "future"
                    return _MODAL_AUX[lower]
                if child.dep_ == "advmod" and lower in _HEDGES:
                    return "hedged"
        if position or link.dep_ == "acomp":  # a verb the clause hangs from, or "is due in Europe"
            # "going to" is future, "went to" is not: the word form decides before the lemma
            for key in (link.lower_, link.lemma_.lower()):
                if key in CHAIN_VERBS:
                    return CHAIN_VERBS[key]
            if link.lemma_.lower() == "be" and _infinitive(chain[position - 1]):
                return "intent"  # "Air China is to make its debut in London"
    return "asserted"


#: The labels of a verb's modal auxiliary or hedging adverb: a verb with neither child is not read for them.
_MODIFIERS = frozenset({"aux", "auxpass", "advmod"})
