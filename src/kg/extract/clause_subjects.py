"""Who does a clause's verb, for the relation rules: the active subject the parse gives, or the one a
clause inherits through coordination, "have to / want to" chains, purpose and gerund clauses, or the
controller of an infinitive ("urged Mr Merz to settle"). Tokens of a parsed doc in → subject tokens out."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.appointees import successor_appointed
from kg.extract.doc_words import child_deps, per_token
from kg.extract.grammar import (
    ACTIVE_SUBJECTS,
    CLASSIFIER_NOUNS,
    CLAUSE_SUBJECTS,
    RELATIVE_PRONOUNS,
    SAYING_VERBS,
    preposition_object,
)
from kg.extract.speaker_participles import speaker_of_participle


@per_token  # every rule asks it of the same verb
def _classifier_name(noun: Token) -> Token | None:
    """The organization's name a classifier noun stands beside: "the Keidanren business lobby"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLASSIFIER_NOUNS:
        return None
    return next((c for c in noun.children if c.dep_ == "compound" and c.ent_type_ == "ORG" and noun.i - c.i <= 3), None)


@per_token  # most verbs are asked by several rules
def clause_subject(verb: Token) -> Token | None:
    """The subject of `verb`, inherited through "have to / want to" chains and coordinated verbs.

    "You have to maintain the pressure" — maintain (xcomp) takes the subject of have.
    "Rutte met Trump and praised him" — praised (conj) takes the subject of met.
    """
    subjects = (
        [child for child in verb.children if child.dep_ in ACTIVE_SUBJECTS] if "nsubj" in child_deps(verb) else []
    )
    if (
        len(subjects) == 1
        and subjects[0].lower_ in RELATIVE_PRONOUNS
        and verb.dep_ == "relcl"
        and verb.head.dep_ == "appos"
        and verb.head.head.pos_ == "PROPN"
    ):
        return verb.head.head  # "Vodafone, the British group that owns Vodacom": the name the noun describes
    if len(subjects) == 1 and subjects[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        named = _classifier_name(verb.head)
        if named is not None:
            return named  # "the Keidanren business lobby, which represents Toyota": the name the noun classifies
    if subjects:
        # "Germany's financial watchdog BaFin told …" parsed with two subjects: the name is the one
        return next((s for s in reversed(subjects) if s.pos_ == "PROPN"), subjects[0])
    possessor = next((c for c in verb.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if possessor is not None and verb.tag_.startswith("VB"):
        return possessor  # "Moody's cuts France's rating": a verb owns nothing; the parser split a name in 's
    if verb.dep_ == "xcomp" and verb.head is not verb and verb.head.lemma_.lower() in PLACES_LEFT_FOR:
        return clause_subject(verb.head)  # "left Downing Street to meet the Queen": who left is to meet
    if verb.dep_ == "xcomp" and verb.head is not verb:
        controller = _object_controller(verb.head)
        if controller is not None:
            return controller  # "urged Mr Merz to settle", "called on Keir Starmer to set up a fund"
    if verb.dep_ == "xcomp" and verb.head is not verb:
        patient = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if patient is not None:
            return patient  # "Mr Biden is expected to meet Mr Xi", "Mr Wilson was asked to form a government"
    speaker = _misplaced_speaker(verb)
    if speaker is not None:
        return speaker  # "Mr Miliband said the coalition was falling apart and called on Mr Cameron to …"
    if verb.dep_ == "conj" and verb.head is not verb and _active(verb):
        patient = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if patient is not None and patient.lower_ not in RELATIVE_PRONOUNS:
            return patient  # "Mr Smith was arrested in 2019 and later sued the police"
    if verb.dep_ == "xcomp" and verb.head.dep_ == "amod" and verb.head.lemma_.lower() in LIKELY_WORDS:
        noun = verb.head.head  # "Mr Brown remains the man most likely to succeed Mr Blair"
        if noun.dep_ == "attr" and noun.head.lemma_.lower() in ("be", "remain", "become"):
            return clause_subject(noun.head)
    charged = coordinated_deed(verb)
    if charged is not None:
        return charged  # "accused Mr Blair of betraying pensioners and misleading Parliament": Blair misled
    if verb.dep_ in ("xcomp", "conj", "acomp", "oprd") and verb.head is not verb:
        return clause_subject(verb.head)  # "is willing to hold talks", "appeared willing to form a coalition"
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VB" and any(c.tag_ == "TO" for c in verb.children):
        planner = _planner(verb.head)
        if planner is not None:
            return planner  # "Kraft struck a deal to buy Cadbury", "Kraft's bid to buy Cadbury"
        if verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN":
            return verb.head  # a headline: "Tesco to buy Booker"
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "PROPN" and verb.nbor(-1).text == ",":
        return verb.head  # "Rishi Sunak, meeting Joe Biden in Washington, said …"
    author = _author_of_text(verb)
    if author is not None:
        return author  # "The UK and Canada issued a joint statement condemning Iran"
    named = _title_root_name(verb)
    if named is not None:
        return named  # "The EU's foreign policy chief, Josep Borrell, called on Israel to …"
    named = _for_subject(verb)
    if named is not None:
        return named  # "called for Mr Xi to bring Russia to its senses": Xi is to bring it
    if purpose_clause(verb):
        return clause_subject(verb.head)  # "flew to Brussels to meet Mr Bush": who flew is to meet
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG":
        controller = _gerund_controller(verb)
        if controller is not None:
            return controller  # "praised Mr Trump for pushing the allies": Trump pushed them
        host = gerund_host(verb)
        if host is not None:  # "Kraft is interested in buying Cadbury", "Rangers were involved in working with"
            return clause_subject(host) or next((c for c in host.children if c.dep_ == "nsubjpass"), None)
        if verb.head.lower_ in _ADJUNCT_PREPS and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
            return clause_subject(verb.head.head)  # "After meeting Mr Biden, Mr Kishida flew home"
    appointee = successor_appointed(verb) or speaker_of_participle(verb)
    if appointee is not None:  # "appointed Georges Elhedery as chief executive, replacing Noel Quinn",
        return appointee  # "said Russia must leave Ukraine, urging Germany to …": the speaker urges
    if (
        verb.dep_ == "advcl"
        and (verb.tag_ == "VBG" or verb.tag_ == "VBN" and any(c.lower_ == "having" for c in verb.children))
        and verb.head is not verb
        and not any(c.dep_ == "mark" for c in verb.children)
    ):
        return clause_subject(verb.head)  # "Praising Celtic for their efforts, she said …", "Having won, she …"
    return None


def _title_root_name(verb: Token) -> Token | None:
    """The name set beside a title the parse took for the sentence's root, when the clause's finite verb
    hangs from that title: in "The EU's foreign policy chief, Josep Borrell, called on Israel to …",
    "called" (a past tense, not a participle) is an `acl` of "chief"."""
    title = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBZ") or title.dep_ != "ROOT" or title.pos_ != "NOUN":
        return None
    if verb.i == 0 or verb.nbor(-1).text != ",":
        return None
    return next((c for c in title.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < verb.i), None)


#: Prepositions of time or means whose "…ing" phrase the main clause's subject does ("after meeting").
_ADJUNCT_PREPS = frozenset({"after", "since", "while", "upon", "by", "through", "despite"})
#: Adjectives of likelihood whose infinitive the person they describe would do ("the man most likely to").
LIKELY_WORDS = frozenset({"likely", "unlikely", "certain", "expected", "set", "due", "poised"})


def _misplaced_speaker(verb: Token) -> Token | None:
    """The subject of a verb of saying whose second verb the parse joins to what was said: in "Mr
    Miliband said the coalition was falling apart and called on Mr Cameron to quit", "called" hangs
    from "falling". Taken only when the second verb has the saying verb's tense and no subject or
    auxiliary of its own while the reported verb has another form ("was falling", "had failed")."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or clause is verb or verb.tag_ not in ("VBD", "VBZ"):
        return None
    saying = clause.head
    if saying.lemma_.lower() not in SAYING_VERBS or saying.tag_ != verb.tag_:
        return None
    if any(c.dep_ in CLAUSE_SUBJECTS or c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if (
        clause.tag_ == verb.tag_
        and clause.lemma_.lower() != "be"
        and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    ):
        return None  # "said the firm bought X and sold Y": both may be what was said
    if any(c.dep_ == "mark" for c in clause.children) and not _urged_after_report(verb, clause):
        return None  # "said that …": the clause is marked off
    subjects = [c for c in saying.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects else None


#: Verbs by which a speaker presses someone to act: "… and urged the union to put it to a vote".
_URGING = frozenset({"urge", "ask", "press", "implore"})


def _urged_after_report(verb: Token, clause: Token) -> bool:
    """True for a verb of urging in the simple past after a reported clause in the past perfect: "said
    that the company had made an offer and urged the union to put it to a vote" — who urged is who said."""
    return (
        verb.tag_ == "VBD"
        and verb.lemma_.lower() in _URGING
        and any(c.dep_ == "dobj" for c in verb.children)
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children)
    )


#: Verbs of passing a thing on whose past tense is their participle: "was seized and sold to JPMorgan".
_PASSED_ON = frozenset({"sell", "hand", "transfer", "lend"})


def _active(verb: Token) -> bool:
    """True for a verb in the active voice: "sued", "would continue", "has sued" (not "was fined", nor a
    bare participle "fined and ordered to pay", which shares the passive of the verb before it)."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if verb.lemma_.lower() in _PASSED_ON and verb.dep_ == "conj" and "dobj" not in child_deps(verb):
        # "First Republic was seized by regulators and sold to JPMorgan": the past tense read for the participle
        return not any(c.dep_ == "auxpass" for c in verb.head.children)
    return verb.tag_ != "VBN" or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


#: Nouns of a plan whose infinitive says what is planned: "a deal to buy", "plans to merge".
PLAN_NOUNS = frozenset(
    "deal bid plan plans attempt offer agreement move effort decision proposal intention promise pledge talks "
    "negotiations".split()
)
#: Nouns whose infinitive did not happen, with their owner as its doer: "Germany's refusal to support Greece".
NOT_DONE_NOUNS = frozenset({"refusal", "failure", "inability"})
#: Verbs by which the subject makes or makes known a plan of its own: "struck a deal", "announced plans".
_PLAN_MAKING = frozenset(
    "make strike reach sign announce unveil launch agree table submit outline present propose seal clinch "
    "finalise finalize have take".split()
)


#: Work a company wins and then does: "won a contract to build the ships", "secured an order to supply engines".
_WORK_WON = frozenset({"order", "contract"})
_WINNING_WORK = frozenset({"win", "secure", "land", "clinch", "receive", "get", "sign"})


def _planner(noun: Token) -> Token | None:
    """Whose plan a plan noun is: its owner ("Kraft's bid"), its maker after "by" ("plans by Kraft"),
    or the subject of the verb that makes it ("Kraft struck a deal"; not "Cadbury rejected a bid")."""
    if noun.lemma_.lower() in _WORK_WON and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _WINNING_WORK:
        return clause_subject(noun.head)  # "Rolls-Royce won an order to supply engines to Emirates"
    if noun.lemma_.lower() not in PLAN_NOUNS and noun.lower_ not in PLAN_NOUNS and noun.lower_ not in NOT_DONE_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in ("its", "their", "his", "her", "our", "my", "your"):
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            return preposition_object(child)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _PLAN_MAKING:
        return clause_subject(noun.head)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _OWN_PLAN_KEEPING and _own(noun):
        return clause_subject(noun.head)  # "Mr Howard defended his decision to sack Howard Flight"
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in ("VERB", "AUX"):
        return clause_subject(noun.head.head)  # "Kraft is in talks to buy Cadbury"
    return None


#: Verbs by which the subject stands by a plan "his", "her", "its" or "their" own (with a verb of
#: judging, "Mr Blair criticised his decision to …", the owner may be another; a plan given up,
#: "abandoned its plan to …", is no act).
_OWN_PLAN_KEEPING = frozenset("defend justify explain confirm reaffirm signal stress".split())


def _own(noun: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their") for c in noun.children)


#: Verbs whose object is a place or body gone to or left, never the doer of the infinitive after it:
#: "visited Moscow to meet Mr Putin", "left the BBC to join ITV".
PLACES_LEFT_FOR = frozenset({"visit", "leave", "quit", "tour", "enter", "reach", "join"})


def purpose_clause(verb: Token) -> bool:
    """True for an infinitive of purpose without a subject of its own: "to meet" in "Mr Yushchenko
    headed to Brussels to meet Mr Bush" (not "for Airbus to sell", which names its own doer, nor
    "backed the Home Office's powers to hold them", where the infinitive may belong to the object)."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VB"
        and verb.head is not verb
        and verb.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and not any(c.dep_ in CLAUSE_SUBJECTS or c.dep_ == "mark" for c in verb.children)
        and (
            verb.head.lemma_.lower() in PLACES_LEFT_FOR | _SUBJECT_KEEPERS  # "left the meeting to meet Mr Bush"
            or not any(c.dep_ in ("dobj", "dative") for c in verb.head.children)
        )
    )


#: Verbs that judge or reward someone for what they did: "praised Mr Trump for pushing the allies"
#: says Trump pushed them; "blamed Russia for attacking", "accused Labour of betraying" allege it, as
#: the blamer's claim (`quotes` attributes it to them).
_FOR_DEEDS = frozenset(
    "praise thank commend applaud hail congratulate salute credit criticise criticize condemn attack fine punish "
    "reward blame accuse".split()
)


#: Verbs and adjectives whose "in" or "on" with a gerund is what their subject does or means to do:
#: "succeeded in blocking", "is interested in buying", "insisted on meeting".
GERUND_HOSTS = frozenset(
    "succeed involve engage interested instrumental insist keen bent intent persist participate join".split()
)


#: Nouns of a share in a deed, whose verb's subject does the "in …ing" after them.
_SHARE_NOUNS = frozenset({"lead", "part", "role", "hand"})


def gerund_host(verb: Token) -> Token | None:
    """The verb or adjective whose "in …ing" or "on …ing" phrase `verb` heads, when it is one of
    `GERUND_HOSTS` or takes a share in the deed: "interested in buying" → interested, "took the lead in
    trying" → took."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in ("in", "on") or prep.head is prep:
        return None
    host = prep.head
    if host.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in _SHARE_NOUNS for c in host.children):
        return host  # "took the lead in trying to halt", "played a part in brokering the deal"
    return host if host.pos_ in ("VERB", "ADJ") and host.lemma_.lower() in GERUND_HOSTS else None


def _gerund_controller(verb: Token) -> Token | None:
    """The object of the verb whose "for …ing" phrase `verb` heads: "praised Trump for pushing" → Trump
    ("accused Labour of betraying" → Labour)."""
    prep = verb.head
    if prep.dep_ != "prep" or prep.lower_ not in ("for", "of") or prep.head is prep:
        return None
    judge = prep.head
    if judge.lemma_.lower() not in _FOR_DEEDS:
        return None
    return next((c for c in judge.children if c.dep_ == "dobj"), None)


def coordinated_deed(verb: Token) -> Token | None:
    """The object of a verb of judging whose "of …ing" phrase holds a second gerund the parse joined to
    the judging verb itself: in "accused Mr Blair of betraying pensioners and misleading Parliament",
    "misleading" is a conjunct of "accused" with no subject or auxiliary of its own."""
    judge = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or judge is verb or judge.lemma_.lower() not in _FOR_DEEDS:
        return None
    if any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in verb.children):
        return None
    judged = next((c for c in judge.children if c.dep_ == "dobj"), None)
    if judged is None:
        return None
    # "of" hangs from the verb or, as the parse often has it, from its object ("accused Mr Blair of …")
    deeds = (c for c in (*judge.children, *judged.children) if c.dep_ == "prep" and c.lower_ in ("for", "of"))
    return judged if any(judged.i < c.i < verb.i for c in deeds) else None


def _object_controller(verb: Token) -> Token | None:
    """The object of a verb that hands it to its infinitive: "urged Congress to act", "called on
    the EU to recognise" (not "promised the voters to act", which English rarely says, nor "left Tesco to
    join ITV", whose leaver is the joiner)."""
    if verb.lemma_.lower() in _SUBJECT_KEEPERS:
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and child.lower_ not in ("it", "that", "this"):
            # a span of time controls nothing: "had spent months negotiating with the FNSEA"
            return child if child.ent_type_ not in ("DATE", "TIME") else None
        if child.dep_ == "prep" and (verb.lemma_.lower(), child.lower_) in _PREPOSITION_CONTROLLERS:
            return preposition_object(child)
    return None


#: Verbs whose infinitive is their subject's purpose, not their object's act: "Ms McCall left easyJet to
#: run ITV", "Russia used its veto to block the resolution", "sold its stake to raise cash".
_SUBJECT_KEEPERS = frozenset("leave quit use sell buy spend borrow raise close cut exit abandon".split())


#: Verbs whose "for" names who is to act: "called for Mr Xi to act", "pressed for Serbia to recognise Kosovo".
_CALLING_FOR = frozenset({"call", "press", "push", "plead", "appeal", "campaign", "lobby", "ask", "argue", "wait"})


def _for_subject(verb: Token) -> Token | None:
    """The subject "for" gives an infinitive the parser hung beside it: "called for Mr Xi to bring Russia
    to its senses" (for Mr Xi, then to bring, read as two children of called)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or verb.head.lemma_.lower() not in _CALLING_FOR:
        return None
    to = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
    if to is None:
        return None
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "for" and prep.right_edge.i + 1 == to.i:
            return preposition_object(prep)
    return None


#: Verbs whose preposition's object is asked to do the infinitive: "called on the EU to recognise",
#: "pleaded with Mr Trump not to abandon Ukraine", "appealed to the kidnappers to free her".
_PREPOSITION_CONTROLLERS = frozenset({("call", "on"), ("plead", "with"), ("appeal", "to")})


#: Texts that say what their authors say: "a statement condemning Iran", "a letter urging the minister".
_TEXTS = frozenset({"statement", "letter", "communique", "communiqué", "declaration", "resolution", "motion"})
#: Verbs whose subject writes or puts out the text that is their object.
_AUTHORING = frozenset({"issue", "release", "publish", "sign", "write", "send", "table", "draft", "co-sign"})


def _author_of_text(verb: Token) -> Token | None:
    """Who issued the text a participle describes: "The UK and Canada issued a joint statement condemning
    Iran" → the UK (not "obtained a letter accusing the minister": whose letter is unsaid)."""
    text = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or text.lemma_.lower() not in _TEXTS or text.dep_ != "dobj":
        return None
    issuer = text.head
    return clause_subject(issuer) if issuer.lemma_.lower() in _AUTHORING else None
