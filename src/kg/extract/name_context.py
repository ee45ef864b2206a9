"""The words beside a name that say what it names: an honorific makes a surname a person's ("Mr
Houston"), a noun for a kind of body or a company suffix an organization's ("the Herald newspaper",
"brewer Inbev", "Arm Holdings plc"),
and a body noun after a region's people's adjective completes the name ("Scottish Executive").
"""

from __future__ import annotations

from spacy.attrs import POS
from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from kg.countries import country_name, known_place
from kg.extract.doc_words import child_deps, doc_column, span_root, word_positions
from kg.extract.grammar import ATTRIBUTION_VERBS
from kg.extract.titles import title_predicate

#: Words before a surname that make it a person's: "Mr Houston", "Dr Kelly".
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr.", "dame"})
#: Common nouns that say a name is a body's: "the Herald newspaper", "brewer Inbev", "firm Ambev".
_BODY_NOUNS = frozenset(
    """newspaper paper broadcaster channel firm company bank brewer airline carrier retailer insurer lender
    group manufacturer maker operator agency charity giant supplier provider utility conglomerate startup
    start-up watchdog regulator supermarket carmaker automaker chipmaker miner union bloc railway fund
    contractor""".split()
)
#: Body nouns that never begin a name, so that the tagger's "Chipmaker Arm" is the chipmaker Arm.
BODY_NOUNS_BEFORE_NAMES = frozenset(
    """firm brewer retailer insurer lender giant supplier provider conglomerate startup start-up watchdog
    regulator supermarket carmaker automaker chipmaker miner""".split()
)
#: Words for a company's legal form, after its name: "Barclays plc", "Thames Water Ltd" (left out of the name).
LEGAL_FORMS = frozenset({"plc", "ltd", "ltd.", "inc", "inc.", "corp", "corp.", "llc", "gmbh", "ag", "limited"})
#: Words that end a company's name: "Arm Holdings plc", "Thames Water Ltd", "Adani Group".
_CORPORATE_SUFFIXES = LEGAL_FORMS | {"holdings", "group"}


class NameContext:
    """The tokens of a doc that say what the name beside them is: honorifics ("Mr") and nouns for a
    kind of body ("newspaper", "brewer"), found once on the doc's arrays."""

    def __init__(self, doc: Doc) -> None:
        self.honorifics = set(word_positions(doc, _HONORIFICS))
        pos = doc_column(doc, POS)
        self.bodies = {i for i in word_positions(doc, _BODY_NOUNS) if pos[i] == NOUN}
        self._called_at: dict[tuple[int, int], bool] = {}  # `_called` by (start, end)

    def honorific_before(self, token) -> bool:
        """ "Mr Houston", "Ms Jamieson"."""
        return token.i - 1 in self.honorifics and token.ent_iob_ == "B"

    def body_beside(self, ent: Span) -> bool:
        """ "the Herald newspaper", "brewer Inbev": the words on either side, whatever the parse."""
        return ent.start - 1 in self.bodies or ent.end in self.bodies

    def body_before(self, ent: Span) -> bool:
        """ "shipping group AP Moller-Maersk": a body noun that the parse makes a modifier of the
        name, for a name of several words (not "the company Jeff Bezos founded"), or one it calls the
        name by (`called_body`)."""
        before = ent.start - 1
        if before in self.bodies:
            word = ent.doc[before]
            if word.dep_ == "compound" and word.head.i == span_root(ent.doc, ent.start, ent.end).i:
                return True
        return self.called_body(ent)

    def called_body(self, ent: Span) -> bool:
        """ "Verdi, the services union", "the pilots' union, Vereinigung Cockpit", "the Vereinigung
        Cockpit union", "the far-right Chega": a name the article calls a body, by a body noun in apposition or after it."""
        return self._called(ent.doc, ent.start, ent.end)

    def _called(self, doc: Doc, start: int, end: int) -> bool:
        """`called_body` of the name doc[start:end], asked of most names twice."""
        found = self._called_at.get((start, end))
        if found is None:
            found = self._called_at[start, end] = self._calls_a_body(doc, start, end)
        return found

    def _calls_a_body(self, doc: Doc, start: int, end: int) -> bool:
        root = span_root(doc, start, end)
        dep = root.dep_  # each test below but the first two asks for one label of the root
        if dep == "compound":
            head = root.head
            if head.i in self.bodies and _nouns_between(doc, end, head):
                return True  # "the Vereinigung Cockpit union", "the Mercosur trade bloc"
        first, first_dep = root, dep
        while first_dep == "conj" and first.head.i != first.i:  # "its subsidiaries Eurowings and Lufthansa Cargo"
            first = first.head
            first_dep = first.dep_
        if first_dep == "appos" and _body_noun(first.head):
            return True
        if "appos" in child_deps(root) and any(c.dep_ == "appos" and _body_noun(c) for c in root.children):
            return True
        if dep == "pobj":
            if _employs(root, end - start) and not known_place(doc[start:end].text):
                return True  # "Analysts at Morningstar said" (not "a professor at Oxford")
            if _held_as_stock(root):
                return True
        elif dep == "poss" and _owned_by_a_body(root):
            return True
        return _spectrum_party(doc, start, end)

    def called_bodies(self, doc: Doc, spans: list[tuple[int, int, str]]) -> set[str]:
        """The names (of `spans`: start, end, name) that the article calls a body somewhere ("Verdi, the
        services union"): every mention of them is a body's, whatever the tagger said of it."""
        return {name for start, end, name in spans if self._called(doc, start, end)}


def employer(ent: Span) -> bool:
    """ "an analyst at Berenberg", "Analysts at Morningstar said": the place of a person's title is a body."""
    return len(ent) <= 2 and _employs(span_root(ent.doc, ent.start, ent.end), len(ent))


def _employs(root: Token, words: int) -> bool:
    """`employer` of a name of `words` words with this root."""
    if words > 2 or root.dep_ != "pobj":
        return False
    preposition = root.head
    if preposition.lower_ != "at":
        return False
    holder = preposition.head
    return holder.pos_ == "NOUN" and title_predicate([holder.lemma_.lower()]) is not None


def says_it(root: Token) -> bool:
    """ "Unite said it would take action": a name that says what "it" will do is a body, not a person
    (`root`: the name's root)."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in ATTRIBUTION_VERBS or "ccomp" not in child_deps(verb):
        return False
    return any(
        clause.dep_ == "ccomp" and any(w.dep_ == "nsubj" and w.lower_ == "it" for w in clause.children)
        for clause in verb.children
    )


def _nouns_between(doc: Doc, end: int, body: Token) -> bool:
    """True when only lower-case nouns modifying the body noun stand between the name (ending at `end`)
    and it ("trade")."""
    at = body.i
    return at >= end and all(t.is_lower and t.pos_ == "NOUN" and t.head.i == at for t in doc[end:at])


#: What only a body has, after its name's possessive: "Zomato's shareholders", "Lufthansa's subsidiaries".
_ONLY_BODIES_HAVE = frozenset(
    {"shareholders", "subsidiary", "subsidiaries", "headquarters", "ceo", "board"}
    # "Chega's leader, Andre Ventura": a party's or a union's people, not a person's
    | {"leader", "chairman", "chairwoman", "chairperson", "deputies", "lawmakers", "members"}
)


def _owned_by_a_body(root: Token) -> bool:
    """ "Zomato's shareholders", "Cockpit's board", "Maersk's chief executive" (not "Mr Smith's shares")."""
    if root.dep_ != "poss":
        return False
    head = root.head
    chief = head.lower_ == "executive" and any(c.lower_ == "chief" for c in head.lefts)
    return head.lower_ in _ONLY_BODIES_HAVE or chief


def _held_as_stock(root: Token) -> bool:
    """ "Shares in Zomato fell", "a 10% stake in Cockpit": a company's stock."""
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ != "in":
        return False
    return preposition.head.lower_ in ("shares", "stake", "stakes", "stock")


def named_body_noun(token: Token) -> bool:
    """A body noun after "the" and a name: "the Vereinigung Cockpit union"."""
    return _body_noun(token) and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _body_noun(token: Token) -> bool:
    """A body noun, lower-case as written ("the services union": the tagger may call it a proper noun),
    or its plural ("its subsidiaries Eurowings and Lufthansa Cargo", "two airlines, Condor and TUIfly")."""
    lemma = token.lemma_.lower()
    return token.is_lower and (
        token.lower_ in _BODY_NOUNS or lemma in _BODY_NOUNS or lemma in _CALLED_BODIES or lemma == "subsidiary"
    )


#: Nouns that call a name a body in apposition or after it, though they may stand before a person's
#: name as a noun of their own ("the party Macron founded"): "Chega, the far-right party".
_CALLED_BODIES = frozenset({"party", "coalition", "alliance", "movement", "federation", "association", "club"})


#: Words of the political spectrum that, after "the", describe a party: "the far-right Chega".
_SPECTRUM = frozenset(
    """far-right far-left centre-right centre-left center-right center-left right-wing left-wing hard-right
    hard-left""".split()
)


def _spectrum_party(doc: Doc, start: int, end: int) -> bool:
    """ "the far-right Chega voted against it": a one-word name after "the" and a word of the
    political spectrum is a party's (a person is "the far-right leader …")."""
    if end - start != 1 or start < 4 or doc[start - 4].lower_ != "the":
        return False
    return doc[start - 3 : start].text.lower() in _SPECTRUM


def corporate_name(ent: Span) -> bool:
    """ "Arm Holdings plc", "Thames Water Ltd": a name that ends in, or is followed by, a word that
    only companies' names end in ("Group" only inside the name: "the group" after one is a noun)."""
    doc, end = ent.doc, ent.end
    last = doc[end - 1]
    if len(ent) > 1 and last.lower_ in _CORPORATE_SUFFIXES and last.is_title | last.is_upper:
        return True
    after = doc[end] if end < len(doc) else None
    return (
        after is not None
        and after.lower_ in LEGAL_FORMS
        and (after.is_title or after.is_upper or after.lower_ == "plc")
    )


#: Last words of a body's name that no personal name ends in: "Northline Rail", "Velden Partners".
_BODY_NAME_ENDS = frozenset(
    """rail railway railways airways airlines bank holdings group partners capital ventures investments
    energy motors systems resources mining minerals technologies industries logistics pharmaceuticals
    insurance securities foods telecom telecoms media networks electric shipping bancorp equity fund
    trust party union council committee association institute university college hospital ministry
    agency authority commission corporation company services solutions federation foundation society
    league bloc alliance coalition movement congress petroleum earths chemicals materials metals
    semiconductor semiconductors pharma biotech therapeutics aerospace automotive airports aviation""".split()
)
#: Of those, the words that also end the names of places: "West Bank", "Soviet Union".
_PLACE_ENDS = frozenset({"bank", "union", "capital"})


def body_name_end(tokens: list[Token]) -> bool:
    """ "Northline Rail", "Velden Partners", "Tianyu Capital": a name of two or more words whose
    last, capitalised, is a word only bodies' names end in."""
    return len(tokens) > 1 and tokens[-1].is_title and tokens[-1].lower_ in _BODY_NAME_ENDS


def placeless_body_name_end(tokens: list[Token]) -> bool:
    """As `body_name_end`, for a word that ends no place's name: "Gulf Keystone Petroleum" tagged a place."""
    return body_name_end(tokens) and tokens[-1].lower_ not in _PLACE_ENDS


#: Nouns for a public body that a region's people's adjective names: "the Scottish Executive".
_BODY_HEADS = frozenset({"executive", "assembly", "parliament", "government", "council", "senate", "cabinet"})


def with_body_noun(ent: Span) -> Span:
    """A region's people's adjective and the body noun the tagger left out: "Scottish" + "Executive"
    is the Scottish Executive (a country's adjective is left alone: "British Government" is the
    United Kingdom's)."""
    doc = ent.doc
    if ent.label_ != "NORP" or ent.end >= len(doc):
        return ent
    body = doc[ent.end]
    if body.lower_ not in _BODY_HEADS or body.ent_type_ or not body.is_title or body.pos_ != "PROPN":
        return ent
    if span_root(doc, ent.start, ent.end).head.i != ent.end:
        return ent
    if country_name(ent.text, demonyms=True) is not None:
        return ent
    return Span(doc, ent.start, ent.end + 1, label="ORG")
