"""Tone: criticism or praise said by what a speaker's words state of another actor, rated by the VADER
lexicon rather than by a verb of criticising: "The government keeps rewarding failure", "Tesco had been
careless", "Putin is a liar", "acted responsibly", "We regret that Tesco has chosen to …".
A token in → `Stance` candidates; the caller finds the speaker, who must be another actor.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache

from spacy.tokens import Token

from kg.extract.evaluation import APPROVING, CRITICAL, CRITICAL_NOUNS, FEELING_AGAINST, FEELING_FOR
from kg.extract.polarity import STRONG, polarity, polarity_lexicon
from kg.extract.qualifiers import is_negated, modality
from kg.extract.stance_grammar import STATED, Stance, asked, hyphenated
from kg.model import Entity

#: The least negative rating (VADER's -4 … +4) of what an actor is said to foster: "failure" (-2.3),
#: "violence" (-3.1), "chaos" (-2.7); not "lies" (-1.8) or "victims" (-1.3).
_BAD_THING = 2.0
#: Verbs the lexicon rates well that remedy or guard against what they take: "resolved the crisis",
#: "helped the poor", "survived the chaos" praise no wrong.
_REMEDYING = frozenset(
    """resolve solve ease relieve rescue save help cure heal fix settle protect defend survive overcome win
    calm soothe comfort assist aid care forgive free clear handle manage prevent""".split()
)
#: Verbs of bringing something about, which blame their subject for a strongly bad thing: "has caused
#: chaos", "is sowing hatred", "stoked fears" (not "suffered", "faced" or "ended").
_CAUSING = frozenset("cause create sow spread wreak unleash stoke fuel foment incite".split())
#: Nouns the lexicon rates badly that name people in misfortune ("supported the poor", "rewarded the injured")
#: or the harm of an event ("the drones caused damage"), which the event rules read.
_PEOPLE_IN_NEED = frozenset("poor needy victim homeless sick wounded injured unemployed vulnerable damage loss".split())
#: Adjectives the lexicon rates strongly that tell a feeling, a state or a fortune, not a fault or a merit:
#: "the bank is bankrupt", "Labour was worried", "Germany is suspicious", "the firm is happy to", "was successful".
_STATES = frozenset(
    """sad afraid scared frightened terrified worried anxious nervous fearful desperate depressed lonely miserable
    sorry ashamed embarrassed hurt injured wounded dead sick ill tired exhausted bored confused uncertain doubtful
    skeptical sceptical concerned troubled distressed devastated heartbroken grieving hopeless helpless vulnerable
    poor homeless jobless unemployed bankrupt insolvent broke angry furious upset disappointed frustrated
    unhappy shocked dismayed appalled outraged alarmed disgusted horrified saddened bitter grim bad serious severe
    difficult hard tough painful tragic sorrowful lost missing defeated killed powerless disadvantaged bereaved
    unsuccessful uncomfortable grave insecure unprotected unsecured uneasy unconvinced dissatisfied displeased
    indignant regretful resentful jealous suspicious pessimistic distrustful sullen irate livid aghast frantic
    panicky distraught despondent crestfallen scornful moody irritated irritable annoyed gloomy glum dismal
    mournful sore weary stressed fatal dire negative critical
    happy glad pleased proud delighted excited grateful thankful hopeful optimistic confident relieved comfortable
    satisfied lucky fortunate safe free rich wealthy healthy alive well fine successful positive peaceful strong
    prosperous enthusiastic eager keen amazed impressed fascinated ecstatic elated euphoric cheerful joyful jubilant
    relaxed sure certain appreciative sympathetic thrilled content welcome favorable favourable valuable
    popular superior supreme invincible triumphant victorious""".split()
)
#: Adjectives of praise said of things as readily as of actors ("the new model was brilliant"): a name
#: says more ("was a brilliant partner").
_THING_PRAISE = frozenset(
    """great excellent brilliant wonderful fantastic amazing awesome superb terrific perfect beautiful gorgeous
    lovely nice good best fabulous marvelous marvellous magnificent outstanding impressive remarkable spectacular
    incredible stunning super splendid glorious delightful exciting fun pleasant""".split()
)
#: Nouns of things, which a name of praise may be said of: "was a great product".
_THINGS = frozenset(
    """product device phone car model film book game deal place idea plan system service brand app drug design
    result results achievement success investment opportunity day year time""".split()
)
#: Nouns of an actor's way of acting, whose owner a judgement of them is about: "the government's position is
#: reckless" judges the government; "Ryanair's pilots were careless" judges the pilots, not Ryanair.
_CONDUCT_NOUNS = frozenset(
    """view views position stance policy policies plan plans approach handling response decision decisions record
    strategy conduct behaviour behavior attitude action actions leadership management proposal proposals
    reform reforms tactics treatment performance""".split()
)
#: The least rating of a quality that praises its actor: "courageous" (+2.4), "honest" (+2.3); not "keen" (+1.5).
_GOOD_QUALITY = 2.0
#: Words `evaluation` reads with its own lists.
_JUDGED_ELSEWHERE = CRITICAL | APPROVING
#: Verbs that link to a quality of its own: "was reckless", "seems incompetent", "has become arrogant".
_LINKING = frozenset({"be", "seem", "appear", "become", "remain", "prove", "look", "sound"})
_NOT_ACTORS = frozenset({"it", "this", "that", "there", "we", "i", "us", "you", "what", "which"})


def _actor_subject(verb: Token) -> Token | None:
    """The subject of `verb`, climbing the verbs it continues: "keeps rewarding" → "keeps"'s subject."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
                return verb.head  # "individuals who are inciting hatred"
            if subject.dep_ == "nsubjpass" or subject.pos_ == "PRON" and subject.lower_ in _NOT_ACTORS:
                return None
            return _owner(subject)
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head


def _owner(subject: Token) -> Token:
    """The owner of a way of acting ("the government's position" → government), else the subject itself."""
    if subject.lemma_.lower() in _CONDUCT_NOUNS and subject.pos_ == "NOUN":
        owner = next((c for c in subject.children if c.dep_ == "poss"), None) or next(
            (
                g
                for c in subject.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        if owner is not None and not (owner.pos_ == "PRON" and owner.lower_ in ("my", "our", "its", "their")):
            return owner
    return subject


def _stated(verb: Token) -> bool:
    """A clause stated as so: not negated, asked, feared or supposed, here or on the verb it continues."""
    clauses = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    return not any(is_negated(c) or asked(c) or modality(c) not in STATED for c in clauses)


def _fostering(thing: Token) -> Token:
    """The word that does something to `thing`: its verb, or a gerund the parser took for its adjective
    ("keeps rewarding failure", with "rewarding" parsed as an adjective of "failure")."""
    before = thing.doc[thing.i - 1] if thing.i > 0 else None
    if before is not None and before.head.i == thing.i and before.dep_ == "amod" and before.lower_.endswith("ing"):
        return before
    return thing.head


def fostered_wrong_stances(thing: Token) -> Iterator[Stance]:
    """An actor said to foster something strongly bad is criticised: "The Greek government keeps rewarding
    failure" → the government; "the regime is encouraging violence". A verb that remedies what it takes
    ("resolved the crisis") or a bad thing made good ("no violence") gives nothing."""
    verb = thing.head
    if thing.dep_ != "dobj" or thing.pos_ != "NOUN" or verb.pos_ != "VERB" or hyphenated(thing):
        return
    if polarity(thing) > -_BAD_THING or thing.lemma_.lower() in _PEOPLE_IN_NEED:
        return
    fostering = _fostering(thing)
    lemma = fostering.lemma_.lower()
    if lemma not in _CAUSING and (polarity(fostering) < STRONG or lemma in _REMEDYING):
        return
    if any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in thing.children):
        return
    target = _actor_subject(verb)
    if target is None or not _stated(verb):
        return
    yield Stance(thing, target, "criticize", "fostered_wrong")


def quality_stances(word: Token) -> Iterator[Stance]:
    """An actor said to have a quality the lexicon rates strongly is criticised or praised: "Mr Smith said
    the regulator had been careless" → criticize (the regulator); "said the government's response was
    courageous" → praise (the government). A feeling, a state or a fortune ("was worried", "is bankrupt",
    "is happy to") judges no one; the hand-kept words of `evaluation` are read there."""
    lower = word.lower_
    if word.dep_ != "acomp" or word.pos_ != "ADJ" or lower in _JUDGED_ELSEWHERE or lower in _STATES:
        return
    score = polarity(word)
    if -STRONG < score < _GOOD_QUALITY or hyphenated(word):
        return
    verb = word.head
    if verb.lemma_.lower() not in _LINKING:
        return
    if any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in ("too", "less") for c in word.children):
        return  # "not careless", "too brave to …"
    if any(c.dep_ in ("xcomp", "ccomp", "prep") for c in word.children) and score > 0:
        return  # "was brilliant at marketing", "is great to see": a skill or a situation, not a merit
    if score > 0 and lower in _THING_PRAISE:
        return  # "the iPhone was brilliant" praises a thing as readily as an actor
    target = _actor_subject(verb)
    if target is None or not _stated(verb):
        return
    yield Stance(word, target, "criticize" if score < 0 else "praise", "quality_of_actor")


#: Nouns the lexicon rates strongly that name a fortune or a warning, not a fault or a merit: "was the
#: biggest winner", "is a victim of", "is a threat to" (a warning, read elsewhere).
_FORTUNES = frozenset("winner champion beneficiary favourite favorite victim casualty loser threat danger risk".split())


def named_stances(word: Token) -> Iterator[Stance]:
    """An actor called, in a speaker's words, a name the lexicon rates strongly, or a name with such an
    adjective: "Vladimir Putin is a liar" → criticize; "said Tesco had been a great partner" → praise. A
    fortune ("the biggest winner") or a warning ("a threat to") judges no one."""
    name = word.head if word.dep_ == "amod" else word
    if name.dep_ != "attr" or name.pos_ != "NOUN" or name.lemma_.lower() in _FORTUNES or hyphenated(word):
        return
    if word is not name and (word.lower_ in _STATES or word.i > name.i):
        return
    if any(c.dep_ == "poss" for c in name.children):
        return  # "Pemex's debt is Mexico's debt": whose it is, not a name
    score = polarity(word)
    if word is name and any(c.dep_ == "amod" and abs(polarity(c)) >= STRONG for c in name.children):
        return  # read at the adjective: "a great disaster"
    if word is name and word.lower_ in CRITICAL_NOUNS or -STRONG < score < _GOOD_QUALITY:
        return  # "a disaster" is read by `evaluation`
    if score > 0 and name.lemma_.lower() in _THINGS:
        return  # "was a great product", "is a great place to work"
    verb = name.head
    if verb.lemma_.lower() not in _LINKING or any(c.dep_ == "det" and c.lower_ == "no" for c in name.children):
        return
    target = _actor_subject(verb)
    if target is None or not _stated(verb):
        return
    yield Stance(word, target, "criticize" if score < 0 else "praise", "called_by_quality")


#: Verbs of conduct whose manner judges the doer: "has behaved disgracefully", "acted responsibly".
_CONDUCT_VERBS = frozenset("behave act treat handle respond react conduct deal".split())
_ADVERB_ENDINGS = (("ibly", "ible"), ("ably", "able"), ("ily", "y"), ("ly", ""))


def _adverb_rating(adverb: Token) -> float:
    """The lexicon's rating of a manner adverb, or of the adjective it is made from ("recklessly" →
    "reckless"); a hand-kept word of `evaluation` ("irresponsibly") counts as strong."""
    lower = adverb.lower_
    for ending, base in _ADVERB_ENDINGS:
        if lower.endswith(ending):
            adjective = lower[: -len(ending)] + base
            if adjective in CRITICAL:
                return -4.0
            if adjective in APPROVING:
                return 4.0
            return polarity(adverb) or polarity_lexicon().get(adjective, 0.0)
    return 0.0


def manner_stances(adverb: Token) -> Iterator[Stance]:
    """An actor said to act in a manner the lexicon rates strongly: "Tesco has behaved disgracefully" →
    criticize; "the regulator acted responsibly" → praise."""
    verb = adverb.head
    if adverb.dep_ != "advmod" or verb.lemma_.lower() not in _CONDUCT_VERBS or verb.pos_ != "VERB":
        return
    score = _adverb_rating(adverb)
    if -STRONG < score < _GOOD_QUALITY or any(c.lower_ in ("too", "less") for c in adverb.children):
        return
    target = _actor_subject(verb)
    if target is None or not _stated(verb):
        return
    yield Stance(adverb, target, "criticize" if score < 0 else "praise", "manner_of_conduct")


#: Verbs of a feeling about what someone did, said of a that-clause: "We regret that Tesco has chosen …".
_FEELING_VERBS = {
    **dict.fromkeys("regret deplore lament resent".split(), "criticize"),
    **dict.fromkeys("welcome applaud appreciate commend".split(), "praise"),
}
#: Nouns of blame said of a that-clause: "It is a shame that Tesco has walked away".
_BLAMING_NOUNS = frozenset("shame disgrace scandal outrage travesty".split())
_FIRST_PERSON = frozenset({"we", "i"})


def felt_deed_stances(word: Token) -> Iterator[Stance]:
    """A feeling about an actor's deed in a that-clause: '"We regret that Tesco has chosen to close the
    store," Ms Smith said' → criticize (Tesco); "It is a shame that Tesco has walked away"."""
    lemma = word.lemma_.lower()
    if lemma in _FEELING_VERBS and word.pos_ == "VERB":
        verb, predicate = word, _FEELING_VERBS[lemma]
        feeler = next((c for c in word.children if c.dep_ == "nsubj"), None)
        if feeler is None or feeler.pos_ == "PRON" and feeler.lower_ not in _FIRST_PERSON:
            return
        judge = None if feeler.lower_ in _FIRST_PERSON else feeler
    elif lemma in _BLAMING_NOUNS and word.dep_ == "attr" and word.head.lemma_.lower() == "be":
        verb, predicate, judge = word.head, "criticize", None
        if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
            return
    else:
        return
    deed = next((c for c in (*word.children, *verb.children) if _deed_clause(c)), None)
    if deed is None or is_negated(deed) or asked(verb) or is_negated(verb) or modality(verb) not in STATED:
        return
    target = _actor_subject(deed)
    if target is not None:
        yield Stance(word, target, predicate, "felt_about_deed", judge)


def felt_by_stances(word: Token) -> Iterator[Stance]:
    """A feeling the parser read as a passive, stirred by an actor or an actor's doing: '"I am shocked by
    Tesco's behaviour," Ms Smith said' → criticize (Tesco); "Labour was delighted by the Tories' decision"."""
    lower = word.lower_
    if word.tag_ != "VBN" or lower not in FEELING_AGAINST and lower not in FEELING_FOR:
        return
    feeler = next((c for c in word.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in word.children if c.dep_ == "agent"), None)
    if feeler is None or agent is None or feeler.pos_ == "PRON" and feeler.lower_ in _NOT_ACTORS - _FIRST_PERSON:
        return
    if is_negated(word) or asked(word) or modality(word) not in STATED:
        return
    judge = None if feeler.lower_ in _FIRST_PERSON else feeler
    predicate = "criticize" if lower in FEELING_AGAINST else "praise"
    for doer in agent.children:
        if doer.dep_ == "pobj":
            yield Stance(word, _owner(doer), predicate, "felt_by_doing", judge)


def _deed_clause(clause: Token) -> bool:
    """A that-clause of a deed with its subject: "[that] Tesco has chosen …", or one the parser hung on the
    noun as if it were a relative clause ("a shame [that Tesco has walked away]")."""
    if clause.dep_ in ("relcl", "acl"):
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    return clause.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


#: Adjectives of incapacity, and the duties of a body they judge it unable to do: "the coalition was unable
#: to agree", "is incapable of governing" (not "unable to comment", "unable to attend").
_UNABLE = frozenset({"unable", "incapable"})
_DUTIES = frozenset("agree decide govern deliver lead explain answer act".split())


def incapacity_stances(word: Token) -> Iterator[Stance]:
    """A single actor said to be unable to do its duty is criticised: "Mr Noda said the coalition was
    unable to agree on how to pay for its promises" → the coalition. Two actors unable to agree with each
    other ("Iran and the US were unable to agree", "unable to agree with France") are news, not blame."""
    if word.lower_ not in _UNABLE or word.dep_ != "acomp" or word.head.lemma_.lower() not in _LINKING:
        return
    duty = next((c for c in word.children if c.dep_ == "xcomp"), None)
    if duty is None:
        duty = next((g for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children), None)
    if duty is None or duty.lemma_.lower() not in _DUTIES:
        return
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in duty.children):
        return
    verb = word.head
    target = _actor_subject(verb)
    if target is None or any(c.dep_ == "conj" for c in target.children) or not _stated(verb):
        return
    yield Stance(word, target, "criticize", "unable_to_do_duty")


#: The rules of this module, whose stances the caller keeps from a speaker's own body.
TONE_RULES = frozenset(
    {
        "fostered_wrong",
        "quality_of_actor",
        "called_by_quality",
        "manner_of_conduct",
        "felt_about_deed",
        "felt_by_doing",
        "unable_to_do_duty",
    }
)


def of_own_body(judge: Entity, target: Entity, affiliations: Mapping[str, Entity]) -> bool:
    """True when the target is the body the judge speaks for: '"Tesco has been careless," Tesco's Jane
    Smith said' is a body's own admission, not a stance on another actor."""
    body = affiliations.get(judge.id)
    return body is not None and body.id == target.id


def tone_stances(token: Token) -> Iterator[Stance]:
    """Every tone stance read at a word the lexicon rates strongly."""
    yield from fostered_wrong_stances(token)
    yield from quality_stances(token)
    yield from named_stances(token)
    yield from manner_stances(token)
    yield from felt_deed_stances(token)
    yield from felt_by_stances(token)
    yield from incapacity_stances(token)


@cache
def tone_cue_words() -> frozenset[str]:
    """The word forms the lexicon rates well enough to praise as a quality (the strongly negative ones are
    among the stance rules' cues already)."""
    lexicon = polarity_lexicon()
    good = {word for word, score in lexicon.items() if score >= _GOOD_QUALITY}
    manners = {w + "ly" for w in CRITICAL | APPROVING} | {w[:-1] + "y" for w in CRITICAL | APPROVING if w.endswith("e")}
    manners |= {w + "ly" for w, score in lexicon.items() if abs(score) >= STRONG}
    feelings = (
        set(_FEELING_VERBS) | _BLAMING_NOUNS | FEELING_AGAINST | FEELING_FOR | {"regrets", "regretted", "welcomed"}
    )
    return frozenset(good | manners | feelings | _UNABLE)
