"""Stance: what a speaker's words, quoted or reported, say of a named actor: criticism or praise read from the
VADER lexicon's polarity ("I feel UKIP have over-reacted", "called the plan a disgrace") and from English
phrases of judgement ("follow Nigeria's example", "not wanted here", "has not done enough").

A parsed doc in → `Stance` candidates (tokens, not entities); the caller finds the speaker and the actor.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Token

from kg.extract.doc_words import tokens_among
from kg.extract.evaluation import CRITICAL_NOUNS, WRONGDOING
from kg.extract.grammar import ATTRIBUTION_VERBS, SAYING_VERBS
from kg.extract.polarity import STRONG, polarity, strong_negative_words
from kg.extract.qualifiers import is_negated, modality
from kg.extract.stance_grammar import STATED, Stance, asked, doer, hyphenated
from kg.extract.stance_phrases import (
    GOOD_VERDICTS,
    LACKED_NOUNS,
    insight_stances,
    insight_words,
    lacking_stances,
    lacking_stances_of_have,
    warning_stances,
)
from kg.extract.summed_up import SUMMED_UP_CUES, summed_up_stances
from kg.extract.tone import tone_cue_words, tone_stances
from kg.vocabulary import load_vocabulary

#: Verbs that stir a feeling in their object: "Apple had disappointed investors" tells how others felt.
_STIRRING = frozenset(
    """disappoint anger annoy frustrate irritate infuriate enrage madden dismay depress sadden dishearten
    discourage alarm frighten terrify worry upset shock disturb distress embarrass""".split()
)
#: Verbs whose subject undergoes or feels what the verb says, does what is news but no fault, or
#: reports it: "UKIP suffered losses", "the bank's shares lagged", "farmers protested", "the union
#: complained" judge no one.
_UNDERGONE = (
    frozenset(
        """suffer struggle die lose fear worry dread panic mourn grieve regret miss cry sob weep tremble
        despair starve drown choke fail collapse crash decay lag worsen weaken strain tire ache sulk mope
        protest riot refuse restrict sever defect defeat boycott smuggle trap rage lament trouble upset
        shock scare shatter burden scar hurt harm""".split()
    )
    | _STIRRING
    | ATTRIBUTION_VERBS
    | SAYING_VERBS
    | WRONGDOING  # an accusation, which `evaluation.accusation` reads
)
#: Verbs of force and its sanctions: "Hamas killed two of our soldiers," the army said' reports an act,
#: which the relation rules read when its ends are actors, not a stance on the doer.
_ACTS_OF_FORCE = frozenset(
    """kill murder attack assault shoot stab bomb injure wound torture rape beat abduct kidnap arrest detain
    jail imprison ban fire sack expel prosecute punish suspend block strike destroy damage hack rob invade
    raid capture execute threaten""".split()
)


def conduct_stances(verb: Token) -> Iterator[Stance]:
    """An actor said to do something the lexicon rates strongly negative, outside the vocabulary of
    events: "UKIP have over-reacted" → UKIP; "a government that despises farmers" → government. A
    negated, asked, feared or supposed clause gives nothing."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or verb.tag_ == "VBN" and verb.dep_ in ("amod", "acl"):
        return
    if lemma in _UNDERGONE or lemma in _ACTS_OF_FORCE or load_vocabulary().for_verb(lemma) is not None:
        return  # an event between actors is read by the relation rules
    if polarity(verb) > -STRONG:
        return
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return  # "the union was ignored": the subject is the one wronged
    target = doer(verb)
    if target is None or asked(verb) or is_negated(verb) or modality(verb) not in STATED:
        return
    yield Stance(verb, target, "criticize", "speaker_stance")


#: Nouns of a model to follow: "follow Nigeria's example", "follow the lead of Norway".
EXAMPLE_NOUNS = frozenset({"example", "lead"})


def example_stances(noun: Token) -> Iterator[Stance]:
    """An actor whose example or lead others should follow is praised: "hoped other members would follow
    Nigeria's example" → Nigeria; not when it is not to be followed ("should not follow Ghana's lead")."""
    if noun.lower_ not in EXAMPLE_NOUNS or noun.dep_ != "dobj" or noun.head.lemma_.lower() != "follow":
        return
    if is_negated(noun.head) or asked(noun.head):
        return
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            yield Stance(noun, child, "praise", "example_to_follow")
        elif child.dep_ == "prep" and child.lower_ == "of":
            yield from (Stance(noun, c, "praise", "example_to_follow") for c in child.children if c.dep_ == "pobj")


#: Words that say an actor is unwanted when negated ("the BNP are not wanted here"), or of themselves.
UNWELCOME_WORDS = frozenset({"welcome", "wanted", "unwelcome"})


def unwelcome_stances(word: Token) -> Iterator[Stance]:
    """An actor said not to be welcome or wanted is criticised: "the BNP are not needed and not wanted
    here" → BNP; "he said the party was unwelcome in Swansea" → the party. Negation is what judges
    here: "UKIP is welcome" gives nothing, and nor does a question or a supposition."""
    lower = word.lower_
    if lower in ("welcome", "unwelcome") and word.dep_ == "acomp" and word.head.lemma_.lower() == "be":
        clause = word.head
        negated = any(c.dep_ == "neg" for c in clause.children)
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    elif lower == "wanted" and word.tag_ == "VBN":
        clause = word
        negated = any(c.dep_ == "neg" for c in word.children)
        shared = word.head if word.dep_ == "conj" else word  # "are not needed and not wanted"
        subject = next((c for c in shared.children if c.dep_ == "nsubjpass"), None)
    else:
        return
    if subject is None or negated != (lower != "unwelcome") or asked(clause):
        return
    if modality(clause) not in STATED and clause.dep_ != "acl":
        return
    yield Stance(word, subject, "criticize", "unwelcome_actor")


#: Verbs that give their object a name or a quality: "called the plan a disgrace", "branded the offer insulting".
LABELLING_VERBS = frozenset({"call", "brand", "label", "dub", "describe", "term"})
_LABELLING_FORMS = frozenset(
    """call calls called calling brand brands branded branding label labels labelled labeled labelling
    labeling dub dubs dubbed dubbing describe describes described describing term terms termed terming""".split()
)


@cache
def stance_cue_words() -> frozenset[str]:
    """The word forms the rules start from: conduct cues, the forms of labelling and voicing verbs, and
    the words of the phrase rules."""
    return (
        strong_negative_words()
        | _LABELLING_FORMS
        | _VOICING_FORMS
        | PHRASE_CUE_WORDS
        | CRITICAL_NOUNS
        | insight_words()
        | GOOD_VERDICTS
        | SUMMED_UP_CUES
        | tone_cue_words()
    )


def labelled_stances(verb: Token) -> Iterator[Stance]:
    """An actor, or an actor's thing, called by a name the lexicon rates strongly: "Mr Davis called the
    government's plan a disgrace" → criticize (the government); "She called Mr Trump a great leader" →
    praise; "described the Tories as reckless". Who calls it so judges; a negated or asked call gives nothing."""
    if verb.lemma_.lower() not in LABELLING_VERBS or verb.pos_ != "VERB":
        return
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    label = next((c for c in verb.children if c.dep_ == "oprd"), None)
    if label is None:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "as":  # "described the Tories as reckless"
                label = next((c for c in child.children if c.dep_ in ("pobj", "amod", "acomp")), None)
            elif child.dep_ == "ccomp" and target is None:  # "branded Ryanair's offer insulting"
                target = next((c for c in child.children if c.dep_ == "nsubj"), None)
                label = child
    if target is None or label is None or is_negated(verb) or asked(verb) or modality(verb) not in STATED:
        return
    # the name and the adjectives that qualify it, not a word a hyphen binds to another ("anti-war activist")
    words = [label, *(c for c in label.children if c.dep_ == "amod" and c.pos_ == "ADJ")]
    words = [w for w in words if not hyphenated(w)]
    if not words:
        return
    score = min((polarity(w) for w in words), key=lambda v: -abs(v))
    if abs(score) < STRONG:
        return
    judge = _labeller(verb)
    if judge is not None:
        yield Stance(label, target, "criticize" if score < 0 else "praise", "called_a_name", judge)


def _labeller(verb: Token) -> Token | None:
    """Who calls it so: the verb's subject, or its clause's for a participle ("…, Smith said, calling …")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp"):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject


#: Words of a shortfall: "has not done enough", "has done too little", "it is not enough for X to …".
SHORTFALL_WORDS = frozenset({"enough", "little"})
_DOING = frozenset({"do", "act"})


def shortfall_stances(word: Token) -> Iterator[Stance]:
    """An actor said to do too little is criticised: "said the government had not done enough to help
    farmers" → the government; "Tesco has done too little"; "It is not enough for the military to
    investigate behind closed doors" → the military. "Enough" without a negation judges no one."""
    head = word.head
    if word.lower_ == "enough" and word.dep_ in ("dobj", "advmod") and head.lemma_.lower() in _DOING:
        shortfall = any(c.dep_ == "neg" for c in head.children)
        target = next((c for c in head.children if c.dep_ == "nsubj"), None)
    elif word.lower_ == "little" and word.dep_ == "dobj" and head.lemma_.lower() in _DOING:
        shortfall = any(c.lower_ == "too" for c in word.children)  # "done too little"
        target = next((c for c in head.children if c.dep_ == "nsubj"), None)
    elif word.lower_ == "enough" and word.dep_ == "acomp" and head.lemma_.lower() == "be":
        shortfall = any(c.dep_ == "neg" for c in head.children)  # "it is not enough for X to …"
        clause = next((c for c in head.children if c.dep_ == "advcl" and _marked_for(c)), None)
        target = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    else:
        return
    if not shortfall or target is None or target.pos_ == "PRON" and target.lower_ in ("it", "this", "that"):
        return
    if asked(head) or modality(head) not in STATED:
        return
    yield Stance(word, target, "criticize", "did_too_little")


def _marked_for(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)


#: Verbs that voice a feeling named by their object: "expressed anger at the government's decision".
_VOICING = frozenset({"express", "voice", "vent"})
_VOICING_FORMS = frozenset(
    """express expresses expressed expressing voice voices voiced voicing vent vents vented venting raise raises
    raised raising""".split()
)
#: Nouns of worry voiced about an actor's doing: "voiced concern over the Tories' plans", "raised
#: doubts about Ryanair's figures".
_CONCERNS = frozenset("concern doubt reservation misgiving unease".split())
#: Concern "for" someone is for their safety, not about their doing.
_WORRIED_AT = frozenset({"about", "over", "at", "regarding"})
#: Feelings for someone's plight or loss, not about their doing: "expressed sympathy to the families".
_SORROW = frozenset("sympathy regret sorrow grief sadness condolence condolences pity shock support confidence".split())
_FELT_AT = frozenset({"at", "with", "over", "about", "towards", "toward", "to"})
#: What befalls an actor: "anger at the death of Ms Hassan" judges no one by name.
_BEFALLING = frozenset({"death", "loss", "killing", "murder", "passing", "plight", "suffering", "treatment"})


def voiced_stances(verb: Token) -> Iterator[Stance]:
    """A feeling voiced at an actor or an actor's doing, judged by the lexicon: "Jane Smith expressed anger
    at the government's decision" → criticize (the government); "voiced his gratitude to Germany" → praise;
    concern voiced or raised ("raised doubts about Ryanair's figures") → express_concern_about.
    Sympathy, regret and shock are felt for someone, not about them, and judge no one."""
    lemma = verb.lemma_.lower()
    if lemma not in _VOICING and lemma != "raise" or verb.pos_ != "VERB":
        return
    feeling = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if feeling is None or feeling.lemma_.lower() in _SORROW:
        return
    score = polarity(feeling)
    if feeling.lemma_.lower() in _CONCERNS:  # "voiced concern over", "raised doubts about": worry, not blame
        predicate = "express_concern_about"
    elif abs(score) >= STRONG and lemma != "raise":
        predicate = "criticize" if score < 0 else "praise"
    else:
        return
    if is_negated(verb) or asked(verb) or modality(verb) not in STATED:
        return
    judge = _labeller(verb)
    if judge is None:
        return
    for prep in (*feeling.children, *verb.children):
        if prep.dep_ == "prep" and prep.lower_ in (_FELT_AT if predicate != "express_concern_about" else _WORRIED_AT):
            for target in prep.children:
                if target.dep_ == "pobj" and target.lemma_.lower() not in _BEFALLING:
                    yield Stance(feeling, target, predicate, "voiced_feeling", judge)


#: Nouns of a verdict on someone's doing: "has done a great job", "deserves credit", "is to blame".
VERDICT_WORDS = frozenset({"job", "credit", "blame"})


def verdict_stances(word: Token) -> Iterator[Stance]:
    """An actor given a verdict on what they did: "The Bank of England has done a great job" → praise
    (the job's adjective rated by the lexicon: "a terrible job" → criticize); "deserves credit" → praise;
    "Ryanair is to blame for the chaos" → criticize. Negated, asked or supposed, it gives nothing."""
    head, lower = word.head, word.lower_
    predicate = None
    if lower == "job" and word.dep_ == "dobj" and head.lemma_.lower() == "do":
        scores = [polarity(c) for c in word.children if c.dep_ == "amod" and not hyphenated(c)]
        score = min(scores, key=lambda v: -abs(v)) if scores else 0.0
        if abs(score) >= STRONG:
            predicate = "criticize" if score < 0 else "praise"
    elif lower == "credit" and word.dep_ == "dobj" and head.lemma_.lower() == "deserve":
        predicate = "praise"
    elif lower == "blame" and word.pos_ == "VERB" and word.dep_ == "xcomp" and head.lemma_.lower() == "be":
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children) and not any(
            c.dep_ == "dobj" for c in word.children
        ):
            predicate = "criticize"  # "is to blame", not "is to blame the weather"
    if predicate is None:
        return
    target = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if target is None or target.pos_ == "PRON" and target.lower_ in ("it", "this", "that", "there"):
        return
    if any(c.dep_ == "neg" for c in word.children) or is_negated(head):
        return  # "is not to blame"
    if asked(head) or modality(head) not in STATED:
        return
    yield Stance(word, target, predicate, "verdict_on_actor")


#: The words the phrase rules start from (examples to follow, unwelcome actors, shortfalls, verdicts,
#: what is lacked or done without).
PHRASE_CUE_WORDS = EXAMPLE_NOUNS | UNWELCOME_WORDS | SHORTFALL_WORDS | VERDICT_WORDS | LACKED_NOUNS | {"without"}


def stances(doc: Doc, masked: frozenset[int] | set[int] = frozenset()) -> Iterator[Stance]:
    """Every stance candidate of `doc`, read only at the words that may start one (`masked`: tokens of
    page furniture, never read)."""
    for token in tokens_among(doc, stance_cue_words()):
        if token.i in masked:
            continue
        if token.lower_ in PHRASE_CUE_WORDS:
            yield from example_stances(token)
            yield from unwelcome_stances(token)
            yield from shortfall_stances(token)
            yield from verdict_stances(token)
            yield from lacking_stances(token)
            yield from lacking_stances_of_have(token)
            yield from warning_stances(token)  # "it is welcome that …"
        else:
            yield from conduct_stances(token)
            yield from insight_stances(token)
            yield from warning_stances(token)
            yield from labelled_stances(token)
            yield from voiced_stances(token)
            yield from summed_up_stances(token)
            yield from tone_stances(token)
