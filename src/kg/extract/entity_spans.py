"""spaCy doc → the proper names the tagger missed where they are arguments of a clause
(`untagged_names`); its own entities, joined where it split a name, are `joined_entities`'."""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, ENT_IOB, IS_ALPHA, IS_LOWER, IS_TITLE, IS_UPPER
from spacy.tokens import Doc, Span

from kg.extract.doc_words import doc_column
from kg.extract.grammar import ARGUMENTS
from kg.extract.name_context import named_body_noun
from kg.extract.titles import DEPARTMENTS, GROUP_NOUNS, MINISTER_TITLES, MINISTRY_WORDS, TITLES, title_predicate

#: Parts of speech that never end a name, nor make a capitalised word one.
FUNCTION_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART"})
#: Abbreviations of a trade or field, never an organization before a title: "PR executive", "IT director".
_FIELDS = frozenset({"pr", "it", "hr", "tv", "ict", "hq"})
#: Lower-case particles inside personal names ("Ursula von der Leyen", "Charles de Gaulle").
NAME_PARTICLES = frozenset("von van der den de del della di da du la le al bin ibn".split())


#: The labels of the words `untagged_names` reads: an argument of a clause, a modifier of a noun or an owner.
_NAME_LABELS = ARGUMENTS | {"compound", "amod", "nmod", "appos", "poss", "conj"}
#: Capitalised abbreviations of things, measures, offices and fields, never a body that acts: "the GDP",
#: "an ID", "the AI", "a CEO" (a country's, "UK", is tagged or aliased).
_THING_ACRONYMS = _FIELDS | frozenset(
    """id ids gdp gnp cpi pmi ai pm am ceo cfo coo cto md vp mp mps mep meps msp qc kc
    ipo ipos esg ev evs suv suvs gps usb api apis pc pcs dna rna hiv aids covid lng lpg gpu gpus cpu cpus
    etf etfs vat gcse gcses uk us usa eu un ok ad bc ebitda eps roi kpi faq ceos cfos agm egm ppe nft nfts
    usd eur gbp jpy cny chf rmb bn mn tn pct fy gmt bst est pst utc cet sms mba phd bsc msc llm gp gps
    lgbt lgbtq dvd cd cds ssd app r&d ip ira isa isas ftse kwh mwh gwh twh kw mw gw mhz ghz mah mrna ph var""".split()
)
#: Verbs whose object is a thing made or used, so a name there is a product's: "launched ChatGPT".
_PRODUCT_VERBS = frozenset(
    """launch release unveil use install download ship fly drive wear play stream update upgrade deploy
    develop design build produce manufacture introduce debut""".split()
)


def untagged_names(doc: Doc) -> list[Span]:
    """Proper names the tagger missed, when they are an argument of a clause: "wants to meet Xi
    Jinping" (all tokens proper nouns, capitalised). They get the label "NAME" (type Other)."""
    found = []
    capitalised = _Capitalised(doc)
    # only capitalised words without an entity tag can be names the tagger missed
    shape = doc.to_array([IS_TITLE, IS_UPPER, ENT_IOB, IS_ALPHA, IS_LOWER])
    # (or written in mixed case, "OpenAI", "eBay": letters, neither lower, title nor upper case)
    cased = shape.astype(bool)
    mixed = cased[:, 3] & ~(cased[:, 0] | cased[:, 1] | cased[:, 4])
    # and only those with a label of the shapes below, read off the doc's array
    labels = {doc.vocab.strings.add(label) for label in _NAME_LABELS}
    deps = doc_column(doc, DEP)
    for i in np.flatnonzero((np.logical_or(shape[:, 0], shape[:, 1]) | mixed) & (shape[:, 2] == 2)).tolist():
        if deps[i] not in labels:
            continue
        token = doc[i]
        if (mixed[i] or acronym(token)) and token.dep_ in (*ARGUMENTS, "poss"):
            if _written_name(token):
                found.append(Span(doc, i, i + 1, label="NAME"))  # "offered OpenAI a deal", "BP is partnering"
            continue
        if token.dep_ == "conj":
            if _conjoined_name(token):
                start = _name_start(doc, i, lone_tagged=False)
                found.append(Span(doc, start, i + 1, label="NAME"))  # "agreed by Shell, BP and Equinor"
            continue
        if token.dep_ == "poss":
            if _owner_name(token):
                start = _name_start(doc, i, lone_tagged=False)
                found.append(Span(doc, start, i + 1, label="NAME"))  # "Teck rejected Glencore's offer"
            continue
        if (
            token.dep_ in ARGUMENTS
            and token.tag_ == "NNPS"
            and token.is_title
            and not token.is_sent_start
            and token.lower_ not in TITLES
            and token.i + 1 < len(doc)
            and not doc[token.i + 1].is_title
        ):
            found.append(Span(doc, token.i, token.i + 1, label="NORP"))  # "the Socialists", "the Greens"
        elif (
            token.dep_ in (*ARGUMENTS, "appos")
            and token.pos_ == "PROPN"
            and token.i > 0
            and _untagged_title(doc[token.i - 1], token)
            and token.lower_ not in TITLES
            and (token.i + 1 == len(doc) or not doc[token.i + 1].is_title)
        ):
            found.append(Span(doc, token.i - 1, token.i + 1, label="PERSON"))  # "girlfriend, Princess Marguerite"
        elif (
            token.dep_ in ARGUMENTS
            and token.pos_ == "PROPN"
            and not token.ent_type_
            and token.is_title
            and token.lower_ not in TITLES
            and not any(c.dep_ == "appos" and not _amount(c) for c in token.children)
            and not _made_thing(token)
        ):
            # "Harcourt Wealth", where the tagger took "Harcourt" alone for a person
            start = _name_start(doc, token.i, lone_tagged=True)
            if start >= 2 and _hyphen_joined(doc[start - 2], doc[start - 1]):
                start -= 2  # "M-Pesa", "Rolls-Royce": one name written with a hyphen
            followed = token.i + 1 < len(doc) and _names_members(doc[token.i + 1])
            found.append(Span(doc, start, token.i + 1, label="ORG" if followed else "NAME"))
        elif (
            token.dep_ == "compound"
            and token.pos_ == "PROPN"
            and token.is_title
            and token.lower_ not in TITLES
            and token.head.i == token.i + 1
            and named_body_noun(token.head)
        ):
            # "the Vereinigung Cockpit union": every word of the name before the body noun
            start = _name_start(doc, token.i, lone_tagged=False)
            found.append(Span(doc, start, token.i + 1, label="ORG"))
        elif (
            token.dep_ in ("compound", "amod", "nmod")
            and not token.ent_type_
            and _a_name(token, capitalised)
            and token.lower_ not in TITLES
            and token.lower_ not in DEPARTMENTS
            and token.lower_ not in _FIELDS
            and token.i + 1 < len(doc)
            and _names_members(doc[token.i + 1])
            and not (token.lower_ in MINISTRY_WORDS and doc[token.i + 1].lower_ in MINISTER_TITLES)
        ):
            start = token.i
            while (
                start > 0
                and doc[start - 1].is_title
                and doc[start - 1].dep_ in ("compound", "amod")
                and start <= doc[start - 1].head.i <= token.i
                and not doc[start - 1].ent_type_
            ):
                start -= 1  # "High Court judges": the whole name before the members
            found.append(Span(doc, start, token.i + 1, label="ORG"))  # "LSE chief executive", "Labour MPs"
    return found


def _written_name(token) -> bool:
    """A word that only a name is written as, standing alone as an argument or an owner: mixed case
    ("OpenAI", "IndiGo", "eBay") or capitals ("BP", "HSBC"), a proper noun that is no abbreviation of a
    thing or an office ("GDP", "CEO"), no dateline ("MUNICH —") and no product ("launched ChatGPT")."""
    doc = token.doc
    if token.lower_ in _THING_ACRONYMS or token.lower_ in TITLES:
        return False
    # the tagger reads some names in mixed case as nouns or pronouns: "an order from IndiGo", "to xAI"
    if token.pos_ != "PROPN" and not (
        token.pos_ == "NOUN"
        and token.text[0].isupper()
        and not token.is_upper
        or token.pos_ == "PRON"
        and not token.is_title
        and not token.is_upper
    ):
        return False
    if len(token.text) < 2 or not token.is_alpha or len(token.text) > 12:
        return False
    if token.is_upper and not acronym(token):
        return False
    if token.text[-1] == "s" and token.text[:-1].isupper():
        return False  # "SMEs", "NGOs": the plural of an abbreviation, a kind of body, not one
    if token.is_upper and token.i + 1 < len(doc) and doc[token.i + 1].text in _DATELINE_MARKS:
        return False  # "MUNICH —", "MUNICH, September 2", "LONDON (Reuters)": a dateline's place
    if any(
        c.dep_ in ("compound", "amod", "nummod") or c.dep_ == "det" and not (token.is_upper and c.lower_ == "the")
        for c in token.children
    ):
        return False  # "the new iPhone", "an IPO": a thing, or a longer name the tagger split ("the ECB" is one)
    if token.i + 1 < len(doc) and doc[token.i + 1].dep_ == "compound" and doc[token.i + 1].head.i == token.i:
        return False
    return not _made_thing(token)


#: What follows a dateline's place in capitals: "MUNICH —", "LONDON, May 2", "PARIS (Reuters)".
_DATELINE_MARKS = frozenset({"—", "–", "-", "(", ":", ","})


def _made_thing(token) -> bool:
    """The object of a verb of making or using: "launched ChatGPT", "uses iOS"."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() in _PRODUCT_VERBS


def _amount(token) -> bool:
    """A sum the parser hung from a name in apposition: "fined Thames Water £123m" ("m" of "£123m")."""
    return (
        token.like_num or token.lower_ in ("m", "bn", "million", "billion") and token.i > 0 and token.nbor(-1).like_num
    )


def _conjoined_name(token) -> bool:
    """A capitalised proper noun joined by "and" to a name that is an argument: "Equinor" of "agreed by
    Shell, BP and Equinor" (not a title, "Shell and Energy Minister …")."""
    head = token.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return (
        token.pos_ == "PROPN"
        and (token.is_title or _written_name(token))
        and token.lower_ not in TITLES
        and head.pos_ == "PROPN"
        and head.dep_ in ARGUMENTS
        and (bool(head.ent_type_) or not head.is_sent_start)
        and not any(c.dep_ in ("appos", "det") for c in token.children)
        and not _made_thing(head)
    )


#: A body's kind, capitalised at a sentence's start or by house style: "Government's plans", "Company's shares".
_BODY_KINDS = frozenset(
    """government ministry department agency committee company group firm council parliament court
    police army party union cabinet state city""".split()
)


def _owner_name(token) -> bool:
    """A capitalised proper noun that owns what follows: "rejected Glencore's offer", "Glencore's
    shares fell" (not a title, "the President's plan", nor a kind of body, "Government's plans")."""
    doc = token.doc
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.lower_ not in TITLES
        and token.lower_ not in DEPARTMENTS
        and token.lower_ not in _BODY_KINDS
        and token.i + 1 < len(doc)
        and doc[token.i + 1].tag_ == "POS"
        and not (token.i > 0 and doc[token.i - 1].lower_ in ("the", "a", "an"))
    )


def _untagged_title(title, name) -> bool:
    """An untagged title before a name it modifies: "Princess" of "Princess Marguerite"."""
    return (
        title.lower_ in TITLES
        and not title.ent_type_
        and title.is_title
        and title.dep_ == "compound"
        and title.head.i == name.i
    )


def _name_start(doc: Doc, end: int, *, lone_tagged: bool) -> int:
    """Where an untagged name ending at `end` starts: the capitalised proper nouns compounded before
    it, untagged (or, with `lone_tagged`, tagged alone as one word)."""
    start = end
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].is_title
        and (not doc[start - 1].ent_type_ or lone_tagged and _lone_entity(doc[start - 1]))
    ):
        start -= 1
    return start


def _hyphen_joined(first, hyphen) -> bool:
    """True for a capitalised word joined to the next by a hyphen with no space ("M-Pesa")."""
    return hyphen.text == "-" and not first.whitespace_ and not hyphen.whitespace_ and first.text[:1].isupper()


def _lone_entity(token) -> bool:
    """True for a word the tagger made a person or organization of its own (the first word of a name it
    cut short; a place's adjective, "Scottish Executive", is read by the region rules)."""
    doc = token.doc
    return (
        token.ent_type_ in ("PERSON", "ORG")
        and token.ent_iob_ == "B"
        and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
    )


def _names_members(head) -> bool:
    """True when a noun is a title or a group of members ("chief executive", "MPs"): a name
    before it is the organization they belong to."""
    return title_predicate([head.text]) is not None or head.lower_ in GROUP_NOUNS


class _Capitalised:
    """The words an article capitalises in mid-sentence, read once and only when asked."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.words: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self.words is None:
            self.words = {t.lower_ for t in self.doc if t.is_title and not t.is_sent_start}
        return word in self.words


def _a_name(token, capitalised: _Capitalised) -> bool:
    """A word written as a name: an acronym, a proper noun, or a capitalised word that the article
    also capitalises in mid-sentence (the tagger often reads "Labour" or "Barclays" as a common word
    when it opens a sentence)."""
    if acronym(token) or token.pos_ == "PROPN" and token.is_title:
        return True
    return token.is_title and token.pos_ not in FUNCTION_POS and token.lower_ in capitalised


def acronym(token) -> bool:
    """An all-capitals word of two to six letters: "LSE", "UAF"."""
    return token.is_upper and token.is_alpha and 2 <= len(token.text) <= 6
