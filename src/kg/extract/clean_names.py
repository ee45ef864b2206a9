"""A tagged entity span → the words of its clean name: articles, titles, possessives, post-nominals,
a body noun before the name and a legal form after it left out, with what the trimming says of the
kind of thing named (a title marks a person, a body noun an organization)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.entity_spans import FUNCTION_POS
from kg.extract.name_context import BODY_NOUNS_BEFORE_NAMES, LEGAL_FORMS
from kg.extract.titles import DEPARTMENTS, GROUP_NOUNS, TITLES

#: Letters after a personal name: "Guy Mansfield QC", "Douglas Hogg MP".
POST_NOMINALS = frozenset({"QC", "KC", "MP", "MEP", "MSP", "AM", "Jr", "Jr.", "Sr", "OBE", "MBE", "CBE", "KBE"})
_POSSESSIVE = {"'s", "’s", "'", "’"}
# The head nouns of organizations whose names hold a possessive ("People's Party").
_POSSESSIVE_NAME_HEADS = frozenset(
    """party army bank institute society league front union movement alliance congress council association
    federation church college fund trust foundation liberation plan scheme board commission service
    guild club school hospital coalition network centre center""".split()
)


def name_tokens(ent: Span) -> tuple[list[Token], bool]:
    """The words of a span that are its name, and whether a title or post-nominal was left out
    ("Sir George Young", "Guy Mansfield QC"): a possessive ends the name ("Trump’s Efforts"), and
    articles, titles, a party before a person's name, a verb, punctuation and function words at
    either end are not part of it."""
    tokens = _before_amount(_before_possessive(ent))
    titled = False
    while ent.label_ == "PERSON" and len(tokens) > 2 and tokens[0].tag_ == "NNPS":
        tokens = tokens[1:]  # "Tories Ken Clarke": a first name is not plural
    if len(tokens) > 2 and tokens[0].lower_ == "ex" and tokens[1].text in ("-", "–"):
        tokens = tokens[2:]  # "Ex-Tesco boss Dave Lewis": "ex-" ends a role, it names nothing
    while len(tokens) > 1 and tokens[0].pos_ == "VERB":
        tokens = tokens[1:]  # "Praising Celtic and Rangers": the verb before a name is not part of it
    while tokens and (
        tokens[0].lower_ in ("the", "a", "an")
        and tokens[0].whitespace_  # not the A of "A-Levels"
        or _title_word(tokens[0])
        and len(tokens) > 1
        and not (len(tokens) == 2 and tokens[1].lower_ in _OFFICE_HEADS)  # "the Foreign Office" is no title
        and not (ent.label_ == "ORG" and tokens[-1].lower_ in _BRIEF_BODIES and tokens[0].lower_ in DEPARTMENTS)
        and not (ent.label_ == "ORG" and tokens[0].lower_ in _NAME_ADJECTIVES)  # "General Motors", "Premier League"
    ):
        titled = titled or _title_word(tokens[0])
        tokens = tokens[1:]
    signs = [k for k, t in enumerate(tokens) if t.is_currency and k > 0]
    if signs:
        tokens = tokens[: signs[0]]  # "fined Google £2m": the sum after a name is no part of it
    while tokens and (
        tokens[-1].is_punct
        or tokens[-1].is_currency  # "fined BT £10m": the sum's sign is no part of the name
        or tokens[-1].is_space  # a name that ends a line, as a headline's last word does
        or tokens[-1].text in _POSSESSIVE
        and not _possessive_name(ent)
        or tokens[-1].pos_ in FUNCTION_POS
        and not (tokens[-1].text in _POSSESSIVE and _possessive_name(ent))
        or len(tokens) > 2
        and tokens[-1].text in POST_NOMINALS
    ):
        titled = titled or tokens[-1].text in POST_NOMINALS
        tokens = tokens[:-1]  # "King Philippe of" ends before its preposition; "Guy Mansfield QC" is Guy Mansfield
    return tokens, titled


#: Words that make a number before them an amount: "lend Andina 250 million dollars".
_AMOUNT_WORDS = frozenset(
    "million billion trillion bn m dollars dollar pounds pound euros euro yen yuan rupees pesos francs".split()
)


#: The last word of a department named by its brief, whose first word is also a title's: "Foreign Office",
#: "Defence Ministry", "Treasury Department".
_OFFICE_HEADS = frozenset({"office", "ministry", "department"})
#: The last word of a body named by its brief, whose first word is also a title's: "Foreign Affairs
#: Committee", "Defence Select Committee".
_BRIEF_BODIES = _OFFICE_HEADS | frozenset({"committee", "commission", "council"})
#: Titles that also open the names of bodies, as adjectives: "General Motors", "Premier League".
_NAME_ADJECTIVES = frozenset({"general", "premier"})


def _title_word(token: Token) -> bool:
    """A title, or a group's plural noun the tagger ran into the first of several names ("MPs Diane Abbott")."""
    lower = token.lower_
    return lower in TITLES or token.ent_type_ == "PERSON" and lower in GROUP_NOUNS


def _before_amount(tokens: list[Token]) -> list[Token]:
    """The words of a name before an amount the tagger ran into it ("Andina 250 million dollars" is
    Andina); a number that is part of a name ("Radio 4", "G7") has no amount word after it."""
    for i, token in enumerate(tokens[1:], start=1):
        if token.like_num and i + 1 < len(tokens) and tokens[i + 1].lower_ in _AMOUNT_WORDS:
            return tokens[:i]
    return tokens


def _before_possessive(ent: Span) -> list[Token]:
    """The words of a span up to a possessive inside it, unless the possessive is the name's own
    ("People's Action Party", "Moody's")."""
    tokens = list(ent)
    for i, token in enumerate(tokens):
        if token.text in _POSSESSIVE and i > 0:
            if tokens[-1].lower_ in _POSSESSIVE_NAME_HEADS and _plural(tokens[i - 1]):
                continue  # "People's Action Party", "Women's Institute": the possessive is part of the name
            if i == len(tokens) - 1 and _possessive_name(ent):
                continue  # "Moody's, which cut Pemex's rating": it owns nothing, so the 's is the name's
            tokens = tokens[:i]  # "Trump’s Efforts" names Trump
            break
    return tokens


#: Plurals without an s, which the tagger may read as singular proper nouns ("CDS-People's Party").
_PLURALS_WITHOUT_S = frozenset({"people", "women", "men", "children"})


def _plural(token: Token) -> bool:
    return token.tag_ in ("NNS", "NNPS") or token.lower_ in _PLURALS_WITHOUT_S


def without_body_noun(tokens: list[Token]) -> tuple[list[Token], bool]:
    """A name without the body noun before it, and whether there was one: "Chipmaker Arm", "Retailer Next"."""
    described = False
    while len(tokens) > 1 and tokens[0].lower_ in BODY_NOUNS_BEFORE_NAMES and tokens[1].is_title:
        described, tokens = True, tokens[1:]  # "Chipmaker Arm", "Retailer Next": a body noun, then the name
    return tokens, described


def without_legal_form(tokens: list[Token]) -> tuple[list[Token], Token | None]:
    """A company's name without its legal form, and the form: "Barclays plc" is Barclays (the mention
    spans the form, the name leaves it out)."""
    legal_form = None
    if len(tokens) > 1 and _legal_form(tokens[-1]):
        legal_form, tokens = tokens[-1], tokens[:-1]
        while len(tokens) > 1 and tokens[-1].is_punct:
            tokens = tokens[:-1]
    return tokens, legal_form


def _possessive_name(ent: Span) -> bool:
    """True for an organization's name that ends in a possessive and owns nothing after it: "Moody's said"."""
    if ent.label_ != "ORG" or ent[-1].text not in _POSSESSIVE:
        return False
    owned = ent.root.head
    if ent.root.dep_ == "poss" and owned.tag_.startswith("VB") and owned.i == ent.end:
        return True  # "Moody's cuts France's rating": a verb owns nothing, the parser split the name
    if ent.root.dep_ in ("poss", "compound"):
        return False
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    # "Radio 4's Today" owns the programme, whatever the parser hung "Today" from
    return after is None or not (after.is_title or after.pos_ in ("NOUN", "PROPN"))


def _legal_form(token) -> bool:
    """ "plc", "Ltd", "Inc" after a company's name."""
    return token.lower_ in LEGAL_FORMS and (token.is_title or token.is_upper or token.lower_ == "plc")
