"""Qualifiers of a relation read off its verb: negation and modality."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.countries import capital_country, country_name
from kg.extract.answered_claims import answers_claim_before
from kg.extract.clause_subjects import NOT_DONE_NOUNS, gerund_host
from kg.extract.doc_words import child_deps, per_doc, per_token, sentence_starts, word_positions
from kg.extract.grammar import SPEECH_NOUNS, SUBJECTS

# Verbs whose clausal object is said not to be so.
_DENIALS = frozenset({"deny", "refute", "dispute"})
_HEDGES = frozenset({"reportedly", "allegedly", "apparently", "possibly", "perhaps", "maybe", "reputedly"})
_MODAL_AUX = {
    "may": "hedged",
    "might": "hedged",
    "could": "hedged",
    "will": "future",
    "shall": "future",
    "'ll": "future",
    "wo": "future",
    "would": "conditional",
    "must": "obligation",
    "should": "obligation",
    "ought": "obligation",
}
_CHAIN_VERBS = {
    "have": "obligation",
    "need": "obligation",
    "want": "intent",
    "plan": "intent",
    "intend": "intent",
    "hope": "intent",
    "aim": "intent",
    "seek": "intent",
    "try": "intent",
    "expect": "future",
    "risk": "hedged",  # "the bloc risked losing Europe": a danger named, not a loss
    "going": "future",
    "willing": "intent",
    "ready": "intent",
    "determined": "intent",
    "eager": "intent",
    "prepared": "intent",
    "agree": "intent",  # "agreed to buy": a deal to do it, not done yet
    "decide": "intent",
    "promise": "intent",
    "pledge": "intent",
    "vow": "intent",
    "offer": "intent",
    "threaten": "intent",
    "prepare": "intent",
    "attempt": "intent",
    # "is considering sending tanks", "weighed imposing sanctions": an option, not yet done
    "consider": "intent",
    "weigh": "intent",
    "mull": "intent",
    "contemplate": "intent",
    # "moved to block the merger", "is looking to sell", "raced to buy": an attempt, not yet done
    "move": "intent",
    "look": "intent",
    "race": "intent",
    "scramble": "intent",
    "struggle": "intent",
    "bid": "intent",
    "campaign": "intent",
    "fight": "intent",
    "battle": "intent",
    "keen": "intent",
    "interested": "intent",
    "insist": "intent",
    "bent": "intent",
    "intent": "intent",
    "anxious": "intent",
    "due": "future",  # "is due to meet"
    "set": "future",  # "is set to buy"
    "poised": "future",
    "schedule": "future",  # "are scheduled to meet"
    "slate": "future",
    "likely": "hedged",
    "unlikely": "hedged",
    # "is said to have met", "is thought to be": what others say or think, not what happened
    "say": "hedged",
    "report": "hedged",
    "believe": "hedged",
    "think": "hedged",
    "understand": "hedged",
    "rumour": "hedged",
    "rumor": "hedged",
    "allege": "hedged",
    # "urged Congress to act", "asked Harold Wilson to form a government": asked for, not done
    "urge": "intent",
    "ask": "intent",
    "call": "intent",
    "press": "intent",
    "pressure": "intent",
    "push": "intent",
    "encourage": "intent",
    "invite": "intent",
    "tell": "intent",
    "order": "intent",
    "prompt": "intent",
    "beg": "intent",
    "implore": "intent",
    "plead": "intent",  # "pleaded with Mr Trump not to abandon Ukraine"
    "appeal": "intent",
    "advise": "intent",
    "instruct": "intent",
}
#: Nouns of a claim whose "that" clause nobody in the sentence vouches for: "a report that Russia had
#: attacked Georgia", "claims that US forces had worked inside Iran", "speculation that Vodafone will bid".
HEARSAY_NOUNS = frozenset(
    """report reports claim claims allegation allegations suggestion suggestions speculation rumour rumours
    rumor rumors accusation accusations assertion assertions""".split()
)
#: Verbs whose infinitive did not happen: "refused to support him", "failed to agree", "was unable to
#: meet", "denied meeting".
_NOT_DONE = frozenset({"refuse", "fail", "decline", "unable", "deny"})


@per_token  # negation and modality both walk it, from the verb and from its frames
def _chain(verb: Token) -> tuple[Token, ...]:
    """The verb and the verbs it hangs from through xcomp ("have to maintain" → maintain, have)."""
    chain = [verb]
    while True:
        link = chain[-1]
        if link.dep_ in ("xcomp", "acomp") and link.head is not link:
            chain.append(link.head)
        elif (host := gerund_host(link)) is not None:
            chain.append(host)  # "is interested in buying": buying, interested, is
        elif link.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in link.children):
            # "wants the freedom to sign a deal" (read as the noun's clause, or as a clause of "wants"
            # whose subject is the noun): sign, wants
            host = link.head.head if link.dep_ == "acl" and link.head.dep_ == "dobj" else link.head
            if link.dep_ not in ("acl", "ccomp") or host is link or host.lemma_.lower() not in _CHAIN_VERBS:
                return tuple(chain)
            chain.append(host)
        else:
            return tuple(chain)


def is_negated(verb: Token) -> bool:
    """True when the verb or a verb of its chain is negated ("did not meet", "does not want to
    meet"), or when the clause is what someone denies ("Iran denied that it attacked …")."""
    chain = _chain(verb)
    if any("neg" in child_deps(link) for link in chain):
        return True
    if any(_no_longer(link) for link in chain):
        return True  # "he could no longer support Mr Howard"
    if any(_neither_nor(link) for link in chain):
        return True  # "Neither Kraft nor Nestle has bid for Cadbury"
    if any(link.lemma_.lower() in _NOT_DONE for link in chain[1:]):
        return True  # "his colleagues refused to support him"
    if chain[-1].dep_ == "acl" and chain[-1].head.lower_ in NOT_DONE_NOUNS:
        return True  # "Germany's refusal to support Greece"
    if any(link.dep_ in ("acl", "pcomp") and _none_of(link) for link in chain):
        return True  # "Vodafone had no plans to buy Verizon", "has no intention of selling"
    clause = _chain(verb)[-1]
    if _hearsay(clause) and clause.head.dep_ == "dobj":
        return clause.head.head.lemma_.lower() in _DENIALS  # "denied a report that Russia had attacked …"
    return (
        clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in _DENIALS
        and not answers_claim_before(clause.head, clause)  # "…, a charge the Kremlin denied"
    )


def _none_of(clause: Token) -> bool:
    """True for an infinitive or gerund after a noun its determiner denies: "no plans to buy", "no
    intention of selling" ("of" between the noun and the gerund)."""
    if not (clause.tag_ == "VBG" or any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)):
        return False  # "there is no doubt that Vodafone will buy it": a clause stated, not a plan denied
    noun = clause.head.head if clause.dep_ == "pcomp" else clause.head
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _neither_nor(link: Token) -> bool:
    """True when a subject or object of the verb is "neither … nor …": "Neither Labour nor the Tories backed
    the bill", "he met neither Mr Blair nor Mr Brown"."""
    arguments = [c for c in link.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    arguments += [o for p in link.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(
        c.lower_ == "neither" and c.i < argument.i or c.dep_ == "cc" and c.lower_ == "nor"
        for argument in arguments
        for c in argument.children
    )


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
#: Verbs that report speech: "would" in the clause they take is a plan said aloud ("said he would contest").
_REPORTING_VERBS = frozenset(
    "say tell add announce insist indicate confirm reveal declare state promise pledge vow".split()
)
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})


def _frames(verb: Token) -> list[Token]:
    """The verbs whose clausal complement the verb's clause is, nearest first
    ("voters think Blair should resign": think, then found)."""
    frames = []
    clause = _chain(verb)[-1]
    while clause.dep_ in ("ccomp", "xcomp") and clause.head.i != clause.i:
        frames.append(clause.head)
        clause = _chain(clause.head)[-1]
    return frames


def _asked(clause: Token, frame: Token) -> bool:
    """True when `clause` is what `frame` asks: "asked whether/if/why …"."""
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
    if "mark" in labels and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in link.children):
        return link.head.lemma_.lower() not in _QUESTION_VERBS  # "was asked if he thinks …" asks
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
    if _thwarted(verb):
        return "intent"  # "the CMA blocked Microsoft's purchase of Activision": planned, not done
    if verb.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in _PLANNED for c in verb.children):
        return "intent"  # "Vodafone's proposed takeover of Fibrenest": not done yet
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
        # an event named as what is done: "wants the freedom to sign its own deal with the US" is as
        # planned as the signing; what someone should back ("should back Ukraine's entry") is wanted
        done = modality(verb.head)
        return "intent" if done == "obligation" else done
    chain = _chain(verb)
    clause = chain[-1]
    if _hearsay(clause):
        return "hedged"  # "denied a report that Russia had attacked Georgia": a claim, not news
    for frame in _frames(verb):
        if _asked(clause, frame):
            return "question"
        if frame.lemma_.lower() in _OPINION_VERBS or _polled(frame):
            return "opinion"
        clause = _chain(frame)[-1]
    for position, link in enumerate(chain):
        if _conditional(link):
            return "conditional"
        if _to_be_done(link) or link.dep_ == "ROOT" and _infinitive(link) and _own_subject(link):
            return "intent"  # "a deal for Airbus to sell planes"; a headline's "Tesco to buy Booker"
        if not _MODIFIERS.isdisjoint(child_deps(link)):
            for child in link.children:
                lower = child.lower_
                if child.dep_ in ("aux", "auxpass") and lower in _MODAL_AUX:
                    if lower == "would" and _reported_plan(link):
                        return "intent"
                    return _MODAL_AUX[lower]
                if child.dep_ == "advmod" and lower in _HEDGES:
                    return "hedged"
        if position or link.dep_ == "acomp":  # a verb the clause hangs from, or "is due in Europe"
            # "going to" is future, "went to" is not: the word form decides before the lemma
            for key in (link.lower_, link.lemma_.lower()):
                if key in _CHAIN_VERBS:
                    return _CHAIN_VERBS[key]
            if link.lemma_.lower() == "be" and _infinitive(chain[position - 1]):
                return "intent"  # "Air China is to make its debut in London"
    return "asserted"


#: The labels of a verb's modal auxiliary or hedging adverb: a verb with neither child is not read for them.
_MODIFIERS = frozenset({"aux", "auxpass", "advmod"})

#: Adjectives that make an event noun a plan: "the proposed takeover", "a planned merger".
_PLANNED = frozenset("proposed planned mooted intended prospective pending rumoured rumored".split())

#: Verbs that stop or refuse a planned event: what they act on was intended, not done.
_THWARTING = frozenset("block reject rebuff veto prohibit halt stop thwart scupper derail oppose bar".split())


def _thwarted(noun: Token) -> bool:
    """True for an event noun that a verb of stopping acts on: "blocked Microsoft's purchase of
    Activision", "Kraft's bid for Cadbury was rejected"."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "nsubjpass") or noun.head is noun:
        return False
    if noun.lemma_.lower() in SPEECH_NOUNS:
        return False  # "rejected Glencore's bid": the bid was made
    return noun.head.lemma_.lower() in _THWARTING


def _reported_plan(clause: Token) -> bool:
    """ "Mr Kinnock said he would contest Bethnal Green": "would" under a reporting verb, with the
    speaker (or a pronoun for them) as the subject, is a stated plan."""
    top = _chain(clause)[-1]
    if top.dep_ != "ccomp" or top.head.lemma_.lower() not in _REPORTING_VERBS:
        return False
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    speaker = next((c for c in top.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if speaker is not None and _speaks_for_state(speaker, subject):
        return True  # "Poland's defence minister said Warsaw would buy tanks": the state's own plan
    return subject.lower_ in _PRONOUNS or speaker is not None and subject.lower_ == speaker.lower_


def _state_named(word: Token) -> str | None:
    """The country a word names, as a country, its capital or its people: "Poland", "Warsaw", "Polish"."""
    return country_name(word.text, demonyms=True) or capital_country(word.text)


def _speaks_for_state(speaker: Token, subject: Token) -> bool:
    """True when an office-holder of a country speaks of that country's deeds: "Poland's defence minister
    said Warsaw would …", "the French foreign minister said France would …"."""
    if speaker.pos_ != "NOUN" or subject.pos_ != "PROPN":
        return False
    state = _state_named(subject)
    return state is not None and any(
        c.dep_ in ("poss", "compound", "amod") and _state_named(c) == state for c in speaker.children
    )
