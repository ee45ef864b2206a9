"""The grammar the extraction rules share: dependency-label sets, verbs of saying, coordination, and
the subject finders of open tuples and quotes (the relation rules' own is in `clause_subjects`).
Tokens of a parsed doc in → labels, verbs and subject tokens out."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.doc_words import child_deps

#: Nominal subjects, active or passive: "Rutte met Trump", "Trump was met by Rutte".
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: The active subject only: the doer in "Rutte met Trump" (a passive subject is done to).
ACTIVE_SUBJECTS = frozenset({"nsubj"})
#: Every label that fills a clause's subject slot, clausal subjects and "there"/"it" included.
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
#: Nominal objects: direct, of a preposition, and indirect ("gave Ukraine aid").
OBJECTS = frozenset({"dobj", "pobj", "dative"})
#: Dependencies that make a noun an argument of a clause.
ARGUMENTS = SUBJECTS | OBJECTS
#: What completes a verb in an open tuple: objects, attributes and complements
#: ("served as the first Prime Minister", "is willing", "named him chair").
COMPLEMENTS = frozenset({"dobj", "dative", "attr", "acomp", "oprd"})

#: Pronouns that open a relative clause: "the footballer who plays for Newcastle".
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})
#: Nouns that classify the name before or after them: "the Guardian newspaper", "Reuters news
#: agency", "the human rights organisation Redress".
CLASSIFIER_NOUNS = frozenset(
    """newspaper paper agency organisation organization company firm group giant bank party
    broadcaster channel station network programme program show magazine website radio television lobby
    airline carrier operator brewer
    maker manufacturer retailer insurer lender regulator watchdog charity union club team body council committee
    conglomerate business exchange court tribunal ministry department office unit division subsidiary""".split()
)

# Clausal verbs that hand their subject down: "He attempted to popularize it".
_INHERITING = frozenset({"xcomp", "conj"})

#: Verbs of saying: what follows them is what was said, and their own objects are rarely
#: actors, so the relation rules do not read them as actions ("he added with a smile").
SAYING_VERBS = frozenset(
    "say add tell state note insist stress argue claim caution explain write announce declare reply ask".split()
)
#: Verbs that attribute what follows to their subject: they find the speaker of a quotation or
#: of reported speech ("Rutte warned that …"), so they include verbs of belief and report.
ATTRIBUTION_VERBS = SAYING_VERBS | frozenset(
    (
        "warn believe think suggest report allege admit acknowledge confirm estimate predict tweet post emphasize "
        "emphasise recall assert contend remark respond deny refute dispute point indicate reveal concede complain hint"
    ).split()
)


#: Endings of nouns made from verbs ("acquisition", "appointment", "refusal", "acceptance").
EVENT_SUFFIXES = ("tion", "sion", "ment", "al", "ance", "ence", "ure")
#: Nouns of events that no ending shows: "Ukraine's entry into the WTO", "Turkey's bid for membership".
EVENT_WORDS = frozenset("entry bid move return exit exile visit raid arrest release".split())


#: Nouns for something said or asked of someone, whose maker is the actor dealt with.
SPEECH_NOUNS = frozenset(
    """plea request call demand appeal offer bid proposal question challenge complaint claim warning threat
    letter message invitation order ultimatum overture suggestion remark comment comments remarks advice
    plan plans""".split()
)


#: Verbs that, joined to a name by a hyphen before a noun, say what the name does to it: "Moscow-backed",
#: "Saudi-led", "state-owned" (but "London-based" says where).
HYPHEN_DOERS = frozenset(
    "back lead fund own control sponsor broker support finance arm supply install run dominate".split()
)


def hyphen_doer(name: Token) -> bool:
    """True for a name joined by a hyphen to a participle of doing: the Moscow of "Moscow-backed"."""
    verb = name.head
    return (
        name.dep_ in ("npadvmod", "compound", "nmod")
        and verb.tag_ == "VBN"
        and verb.i - name.i == 2
        and name.nbor(1).text == "-"
        and verb.lemma_.lower() in HYPHEN_DOERS
    )


def preposition_object(prep: Token) -> Token | None:
    """The first object of a preposition or agent: "by Rutte" → Rutte."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def named_owner(noun: Token, before: frozenset[str] = frozenset({"poss"})) -> Token | None:
    """The name the noun's owner is given by, before it (through a dep of `before`) or after "of": "Abbey's
    board", "the board of Santander" (and with `before` holding "compound", "Labour leader")."""
    for child in noun.children:
        if child.dep_ in before and child.pos_ == "PROPN" and child.i < noun.i:
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            named = preposition_object(child)
            if named is not None and named.pos_ == "PROPN":
                return named
    return None


# The three subject finders answer different questions and differ on purpose:
#
# - `clause_subject` (relation rules, in `clause_subjects`): the doer of a verb. Active subjects only, a proper name
#   preferred when the parse gives two, an infinitive takes its controller's object ("urged
#   Congress to act"), and xcomp, conj, acomp and bare VBG adverbial clauses inherit.
# - `subject_of` (open tuples): whoever fills the subject slot, passive and clausal subjects
#   included; says whether the subject was inherited; a relative clause takes the noun it
#   describes; xcomp and conj, and VBG or VBN adverbial clauses, inherit.
# - `speech_subject` (quotes): the speaker of a speech verb; a passive yields its agent ("was
#   told by X"), or nobody; only conj inherits.


def coordinated(token: Token) -> list[Token]:
    """The words coordinated with `token`, less a name the parse joined to it across a clause of its own
    without "and" or "or": in "a letter to Ms Reeves organised by the Labour MP for Stockport, Helen
    Rawlins", Ms Rawlins is the MP, not a second addressee."""
    return [c for c in conjuncts(token) if not _joined_across_a_clause(c)]


def conjuncts(token: Token) -> tuple[Token, ...]:
    """`token.conjuncts`, without the walk for a word that is no conjunct and has none (most words)."""
    if token.dep_ != "conj" and "conj" not in child_deps(token):
        return ()
    return token.conjuncts


def _joined_across_a_clause(conj: Token) -> bool:
    head = conj.head
    if conj.dep_ != "conj" or any(c.dep_ in ("cc", "preconj") for c in (*head.children, *conj.children)):
        return False
    return any(c.dep_ in ("acl", "relcl") and head.i < c.i < conj.i for c in head.children)


def subject_of(verb: Token) -> tuple[Token, bool] | None:
    """The subject head of a clause and whether it was inherited from another clause.

    "Rutte met Trump and praised him" — praised (conj) inherits Rutte; "the footballer
    who plays for Newcastle" — plays (relcl) takes the noun the clause describes.
    """
    for child in verb.children:
        if child.dep_ in CLAUSE_SUBJECTS and child.dep_ != "expl":
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head, True
            return child, False
    if verb.dep_ in _INHERITING and verb.head is not verb:
        found = subject_of(verb.head)
        return (found[0], True) if found else None
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN")):
        return verb.head, True
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and verb.head is not verb:
        found = subject_of(verb.head)
        return (found[0], True) if found else None
    return None


def speech_subject(verb: Token) -> Token | None:
    """Who speaks by a speech verb, through "he then added" and "said Rutte" alike; for a passive
    ("Mr Blair was asked") the agent after "by", if any: its subject is spoken to, not speaking."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "nsubjpass":
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            return preposition_object(agent) if agent is not None else None
    if verb.dep_ == "conj":
        return speech_subject(verb.head)
    return None
